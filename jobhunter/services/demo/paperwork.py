"""Demo consents and documents.

Consent to share with employers is given before anything is told to an employer: every
client whose match reached the employer pre-briefing (or went further) gave it on or before
the day of that move. Some clients in the matching phase with only a proposal have not given
it yet, and one withdrew it; that is what the match file warns about.

Some clients have a small generated CV (and some a certificate) as a document: the files
are plain text, written into the data folder after the store has the rows.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jobhunter.models import Consent, Document, Intervention, Match, StageChange
from jobhunter.models.enums import (
    BarrierKind,
    ConsentCategory,
    ConsentParty,
    DocumentKind,
    InterventionKind,
    InterventionStatus,
    Phase,
    Stage,
)
from jobhunter.services.clock import local_day
from jobhunter.services.demo import vocabulary as voc
from jobhunter.services.files import atomic_write, make_private_dir

if TYPE_CHECKING:
    from jobhunter.services.demo.generator import _ClientPlan, _Generator

#: stages from which the employer has been told about the candidate
TOLD_EMPLOYER = frozenset(
    {Stage.EMPLOYER_PREBRIEF, Stage.INTERVIEW_PLANNED, Stage.DEBRIEF, Stage.TRIAL_PLACEMENT,
     Stage.CONTRACT}
)  # fmt: skip
#: at most this many demo files are written (a 5,000-client benchmark store stays quick)
MAX_FILES = 400
CERTIFICATE_TITLES = {
    "VCA-basis behalen": "Certificaat VCA Basis",
    "Heftruckcertificaat halen": "Heftruckcertificaat",
    "HACCP-certificaat halen": "Certificaat HACCP",
}


def add_consents(gen: _Generator) -> None:
    """Consent before the employer hears of the candidate; some still without one."""
    rng = gen.rng
    told: dict[Any, datetime] = {}  # client -> first move that told an employer
    proposed: dict[Any, datetime] = {}  # client -> first proposal
    match_client = {m["id"]: m["client_id"] for m in gen.rows[Match]}
    for change in gen.rows[StageChange]:
        client_id = match_client[change["match_id"]]
        at = change["changed_at"]
        if change["to_stage"] is Stage.PROPOSED:
            proposed[client_id] = min(at, proposed.get(client_id, at))
        if change["to_stage"] in TOLD_EMPLOYER:
            told[client_id] = min(at, told.get(client_id, at))
    without = withdrawn = 0
    for plan in gen.plans:
        client_id = plan.row["id"]
        if client_id in told:
            # given when the client was first put forward, at the latest the day it mattered
            first = proposed.get(client_id, told[client_id])
            _consent(gen, plan, local_day(first), ConsentParty.EMPLOYERS)
        elif client_id in proposed and plan.row["phase"] is Phase.MATCHING:
            if without == 0 or rng.random() < 0.4:
                without += 1  # proposed, and the employer waits for the consent
            elif withdrawn == 0:
                withdrawn += 1
                given = _consent(gen, plan, local_day(plan.moments[0]), ConsentParty.EMPLOYERS)
                given["withdrawn_on"] = min(gen.today, local_day(proposed[client_id]))
                given["withdrawn_reason"] = "Wil eerst zelf met de werkgever praten."
            else:
                _consent(gen, plan, local_day(proposed[client_id]), ConsentParty.EMPLOYERS)
        elif plan.row["phase"] is not Phase.INTAKE and rng.random() < 0.3:
            _consent(gen, plan, local_day(plan.moments[-1]), ConsentParty.EMPLOYERS)
        if plan.row["phase"] is not Phase.INTAKE and rng.random() < 0.25:
            _consent(gen, plan, local_day(plan.moments[0]), ConsentParty.COLLEAGUES)


def _consent(gen: _Generator, plan: _ClientPlan, given: date, party: ConsentParty) -> Any:
    """A consent; now and then a client with health complaints names them for employers, so
    a kandidaatprofiel may mention them (the sensitive categories are named, not implied)."""
    rng = gen.rng
    given = max(given, local_day(plan.row["created_at"]))
    scopes = voc.CONSENT_SCOPES if party is ConsentParty.EMPLOYERS else voc.COLLEAGUE_SCOPES
    scope, named = rng.choice(scopes), []
    health = party is ConsentParty.EMPLOYERS and BarrierKind.HEALTH in plan.barriers
    if health and rng.random() < 0.5:
        named = [ConsentCategory.HEALTH.value]
        scope = (
            f"{voc.CONSENT_SCOPES[-1]} Ook de gezondheidsklachten, zodat de werkgever er "
            "rekening mee houdt."
        )
    return gen.add(
        Consent, max(gen.at(given), plan.row["created_at"]),
        client_id=plan.row["id"], party=party, scope=scope, given_on=given,
        withdrawn_on=None, withdrawn_reason=None, categories=named,
    )  # fmt: skip


def add_documents(gen: _Generator) -> None:
    """A small CV for about half the clients past the intake (an older version for some),
    and a certificate for some who finished a course that gives one."""
    rng = gen.rng
    finished: dict[Any, list[str]] = {}
    for item in gen.rows[Intervention]:
        if (
            item["kind"] in (InterventionKind.SCHOOLING, InterventionKind.TRAINING)
            and item["status"] is InterventionStatus.COMPLETED
            and item["goal"] in CERTIFICATE_TITLES
        ):
            finished.setdefault(item["client_id"], []).append(item["goal"])
    for plan in gen.plans:
        if len(gen.files) >= MAX_FILES:
            break
        row = plan.row
        if row["phase"] is Phase.INTAKE or rng.random() < 0.45:
            continue
        first = local_day(plan.moments[min(1, len(plan.moments) - 1)])
        last = local_day(plan.ended) if plan.ended else gen.today
        added = first + timedelta(days=rng.randint(0, max(0, (last - first).days)))
        if rng.random() < 0.2 and (added - first).days > 30:
            older = first + timedelta(days=rng.randint(0, (added - first).days - 1))
            _document(gen, plan, DocumentKind.CV, "Cv (eerste versie)", older, current=False)
        _document(gen, plan, DocumentKind.CV, "Cv", added, current=True)
        for goal in finished.get(row["id"], []):
            if rng.random() < 0.6:
                _document(gen, plan, DocumentKind.CERTIFICATE, CERTIFICATE_TITLES[goal], added)


def _document(
    gen: _Generator,
    plan: _ClientPlan,
    kind: DocumentKind,
    title: str,
    added: date,
    *,
    current: bool = False,
) -> None:
    row = plan.row
    doc_id = gen.uuid()
    slug = f"{gen.slug(row['first_name'])}-{gen.slug(row['last_name'])}"
    stem = "cv" if kind is DocumentKind.CV else "certificaat"
    relative = f"documents/{row['id'].hex}/{doc_id.hex}.txt"
    gen.add(
        Document, max(gen.at(added), row["created_at"]),
        id=doc_id, client_id=row["id"], kind=kind,
        title=f"{title} {row['first_name']} {row['last_name']}" if kind is DocumentKind.CV
        else title,
        original_name=f"{stem}-{slug}.txt", stored_path=relative, added_on=added,
        is_current_cv=current,
    )  # fmt: skip
    text = _cv_text(row) if kind is DocumentKind.CV else _certificate_text(row, title, added)
    gen.files.append((relative, text))


def _cv_text(row: dict[str, Any]) -> str:
    lines = [
        f"CURRICULUM VITAE — {row['first_name']} {row['last_name']}",
        "",
        f"Woonplaats: {row['city'] or ''}",
        f"Geboortejaar: {row['birth_year'] or ''}",
        f"Talen: {row['languages'] or ''}",
        f"Rijbewijs: {'ja' if row['driving_licence'] else 'nee'}",
        "",
        "OPLEIDING",
        f"  {row['education'] or ''}",
        "",
        "WERKERVARING",
        f"  {row['work_experience'] or ''}",
        "",
        "VAARDIGHEDEN",
        f"  {row['skills'] or ''}",
        "",
        "WAT IK ZOEK",
        f"  {row['wishes'] or ''}",
        "",
        "(Fictief demodocument, gemaakt door Jobhunter.)",
    ]
    return "\n".join(lines) + "\n"


def _certificate_text(row: dict[str, Any], title: str, added: date) -> str:
    return (
        f"{title.upper()}\n\nUitgereikt aan {row['first_name']} {row['last_name']}\n"
        f"Datum: {added:%d-%m-%Y}\n\n(Fictief demodocument, gemaakt door Jobhunter.)\n"
    )


def write_files(data_dir: Path, files: list[tuple[str, str]]) -> None:
    """Write the demo documents into the data folder, private to the user from the moment
    they exist and whole or not at all, like every client document (the rows are in the
    store already)."""
    folders: set[Path] = set()
    for relative, text in files:
        target = data_dir / relative
        if target.parent not in folders:
            make_private_dir(target.parent)
            folders.add(target.parent)
        atomic_write(target, text)
