"""Demo detail of the employer network: profiles, visits, primary-contact history and
arrangements, so the Werkgevers tab shows every part filled in.

Runs after the rest of the demo is built and draws from the same seeded generator, so the
output stays the same for the same seed and day.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from dateutil.relativedelta import relativedelta

from jobhunter.models import (
    Arrangement,
    CompanyVisit,
    ContactMoment,
    ContactPerson,
    Employer,
    Match,
    PrimaryContactChange,
)
from jobhunter.models.enums import (
    ArrangementKind,
    ArrangementStatus,
    CandidatePreference,
    CollectiveArrangement,
    ContactKind,
    InformationPreference,
    Motive,
    RelationshipStatus,
    Sector,
)
from jobhunter.services.clock import local_day

if TYPE_CHECKING:
    from jobhunter.services.demo.generator import _Generator

EXPERIENCE = (
    "Twee statushouders in vaste dienst; goede ervaring met een buddy op de werkvloer.",
    "Eerder iemand via de gemeente gehad; dat liep stuk op de taal, nu voorzichtiger.",
    "Nog geen ervaring, wel nieuwsgierig; wil eerst een proefplaatsing.",
    "Werkt al jaren met mensen uit de Participatiewet; teamleider is jobcoach geweest.",
)
CULTURE: dict[Sector, tuple[str, ...]] = {
    Sector.CLEANING: (
        "Kleine ploegen, vroeg beginnen; leidinggevende is streng maar eerlijk.",
        "Veel verschillende nationaliteiten; Nederlands is de voertaal.",
    ),
    Sector.CATERING: (
        "Drukke keuken, korte lijnen, veel humor; wel hoge werkdruk rond lunch.",
        "Familiebedrijf: de eigenaar staat zelf mee in de keuken.",
    ),
    Sector.GREEN: (
        "Buiten in weer en wind; ploegen van vier met een vaste voorman.",
        "Rustige sfeer, veel oudere medewerkers die graag iets uitleggen.",
    ),
    Sector.PRODUCTION: (
        "Werken in ploegen aan de lijn; veiligheid staat voorop.",
        "Strakke planning, maar er is tijd om in te werken.",
    ),
    Sector.LOGISTICS: (
        "Scanners en productienormen; teamleiders jong en direct.",
        "Groot magazijn, veel uitzendkrachten; vaste kern is hecht.",
    ),
    Sector.CARE: (
        "Warme sfeer; bewoners staan centraal, collega's helpen elkaar.",
        "Veel parttimers; planning via een rooster-app.",
    ),
    Sector.TRANSPORT: (
        "Veel alleen onderweg; dagstart op het depot met koffie.",
        "Klantcontact is belangrijk; nette kleding verplicht.",
    ),
}
CONDITIONS = (
    "Cao, reiskostenvergoeding, werkkleding van de zaak.",
    "Start om 06:00; geen avond- of weekendwerk.",
    "Wisselende diensten, ook weekend; toeslagen volgens cao.",
    "Fysiek zwaar werk, tillen tot 20 kg.",
)
STAFF = (
    "Ongeveer 40 medewerkers, gemiddeld 45 jaar, veel vaste krachten.",
    "Jong team, veel studenten en parttimers.",
    "Gemengd team met zes nationaliteiten.",
    "Klein team van acht; iedereen doet alles.",
)
VISIT_RELATIONSHIP = (
    "Rondleiding gehad; eigenaar vertelde hoe hij zelf is begonnen.",
    "Kennisgemaakt met de teamleider; die wil één vast aanspreekpunt.",
    "Koffie met HR; ze willen graag weten wat de gemeente biedt.",
)
VISIT_WORKPLACE = (
    "Plek voor een medewerker groen, 24 uur; rijbewijs echt nodig, taal A2 genoeg.",
    "Orderpicker, 32 uur, dagdienst; heftruckcertificaat mag tijdens het werk.",
    "Keukenhulp voor de ochtend; HACCP halen ze zelf met de nieuwe medewerker.",
    "Werk kan gesplitst: schoonmaak van de kantine los van de productievloer (jobcarving).",
)
VISIT_COMMITMENT = (
    "Wil twee kandidaten per jaar een kans geven; tekent mee met het werkgeversakkoord.",
    "Akkoord met een proefplaatsing van twee maanden met behoud van uitkering.",
    "Wil eerst één kandidaat zien; bij succes meer.",
)
ARRANGEMENT_NOTES = {
    ArrangementKind.TRIAL_PLACEMENT: "Met behoud van uitkering; evaluatie halverwege.",
    ArrangementKind.WAGE_COST_SUBSIDY: "Loonwaarde gemeten op de werkplek; subsidie loopt.",
    ArrangementKind.WAGE_DISPENSATION: "Loonwaarde vastgesteld; gemeente vult aan tot het "
    "minimumloon.",
    ArrangementKind.NO_RISK_POLICY: "Uitgelegd; werkgever was er niet van op de hoogte.",
    ArrangementKind.JOBCOACH: "Jobcoach twee uur per week in de eerste drie maanden.",
    ArrangementKind.TRAINING_SUBSIDY: "Heftruckcursus vergoed via scholingssubsidie.",
    ArrangementKind.PRACTICAL_ROUTE: "Praktijkverklaring via het mbo; leren op de werkplek.",
    ArrangementKind.OTHER: "Reiskostenvergoeding eerste maand via de gemeente.",
}
#: offered to an employer as a whole, not (yet) for a placement
EMPLOYER_LEVEL = (
    ArrangementKind.TRAINING_SUBSIDY, ArrangementKind.PRACTICAL_ROUTE,
    ArrangementKind.NO_RISK_POLICY, ArrangementKind.OTHER, ArrangementKind.TRIAL_PLACEMENT,
)  # fmt: skip


def add_network_details(gen: _Generator) -> None:
    rng = gen.rng
    contacts: dict[Any, list[dict[str, Any]]] = {}
    for person in gen.rows[ContactPerson]:
        contacts.setdefault(person["employer_id"], []).append(person)
    crowded = _crowded_employers(gen)
    for employer in gen.rows[Employer]:
        created = employer["created_at"]
        since = gen.today - created.date()
        sector: Sector = employer["sector"]
        status: RelationshipStatus = employer["status"]
        known = status is not RelationshipStatus.PROSPECT or rng.random() < 0.4
        if known:
            employer.update(
                hr_formalised=rng.random() < 0.5,
                target_group_experience=rng.choice(EXPERIENCE),
                culture=rng.choice(CULTURE.get(sector, CULTURE[Sector.CLEANING])),
                working_conditions=rng.choice(CONDITIONS),
                staff_composition=rng.choice(STAFF),
                motives=sorted(m.value for m in rng.sample(list(Motive), rng.randint(1, 2))),
                # one candidate at a time, unless two are open for one workplace there
                candidate_preference=CandidatePreference.SEVERAL
                if employer["id"] in crowded
                else rng.choice(list(CandidatePreference)),
                information_preference=rng.choice(list(InformationPreference)),
                wants_jobhunter_at_interview=rng.random() < 0.6,
            )
            if rng.random() < 0.4:
                arrangements = rng.sample(list(CollectiveArrangement), rng.randint(1, 2))
                employer["collective_arrangements"] = sorted(a.value for a in arrangements)
        people = contacts.get(employer["id"], [])
        primary = next((p for p in people if p["is_primary"]), None)
        if primary is not None:
            gen.add(
                PrimaryContactChange,
                created,
                employer_id=employer["id"],
                previous_name=None,
                new_contact_id=primary["id"],
                new_name=primary["name"],
                changed_on=created.date(),
            )
            if len(people) > 1 and rng.random() < 0.3:
                # the first contact left; the current primary took over
                moment = gen.days_ago(rng.randint(1, max(1, since.days)))
                gen.add(
                    PrimaryContactChange,
                    moment,
                    employer_id=employer["id"],
                    previous_name=rng.choice(("Hans de Wit", "Saskia Mulder", "Erik Smit")),
                    new_contact_id=primary["id"],
                    new_name=primary["name"],
                    changed_on=moment.date(),
                )
        visits = (
            0 if status is RelationshipStatus.PROSPECT and rng.random() < 0.5 else rng.randint(1, 3)
        )
        for number in range(visits):
            # the log covers the last year, like the other contact moments
            moment = gen.days_ago(rng.randint(1, max(1, min(since.days, 365))))
            relationship = (
                rng.choice(VISIT_RELATIONSHIP) if number == 0 or rng.random() < 0.3 else None
            )
            workplace = rng.choice(VISIT_WORKPLACE) if rng.random() < 0.6 else None
            commitment = rng.choice(VISIT_COMMITMENT) if rng.random() < 0.4 else None
            if not (relationship or workplace or commitment):
                relationship = rng.choice(VISIT_RELATIONSHIP)
            gen.add(
                CompanyVisit,
                moment,
                employer_id=employer["id"],
                visited_on=moment.date(),
                contact_person_id=primary["id"] if primary else None,
                relationship_done=relationship is not None,
                relationship_notes=relationship,
                workplace_done=workplace is not None,
                workplace_notes=workplace,
                commitment_done=commitment is not None,
                commitment_notes=commitment,
            )
            summary = relationship or workplace or commitment or ""
            gen.add(
                ContactMoment,
                moment,
                employer_id=employer["id"],
                kind=ContactKind.VISIT,
                occurred_at=moment,
                summary=f"Bedrijfsbezoek: {summary}"[:200],
            )
        if status is RelationshipStatus.ACTIVE and rng.random() < 0.3:
            kind = rng.choice(EMPLOYER_LEVEL)
            start = gen.today - timedelta(days=rng.randint(10, min(300, max(10, since.days))))
            gen.add(
                Arrangement, gen.at(start), employer_id=employer["id"], workplace_id=None,
                match_id=None, kind=kind, status=ArrangementStatus.OFFERED, starts_on=None,
                ends_on=None, wage_value=None, notes=ARRANGEMENT_NOTES[kind],
            )  # fmt: skip
    _placement_arrangements(gen)


def _crowded_employers(gen: _Generator) -> set[Any]:
    """Employers with two or more open matches for one workplace: they take several CVs."""
    open_per_workplace: dict[Any, int] = {}
    for match in gen.rows[Match]:
        if match["stage"].is_open:
            open_per_workplace[match["workplace_id"]] = (
                open_per_workplace.get(match["workplace_id"], 0) + 1
            )
    return {
        m["employer_id"]
        for m in gen.rows[Match]
        if open_per_workplace.get(m["workplace_id"], 0) > 1
    }


def _placement_arrangements(gen: _Generator) -> None:
    """Arrangements that support a placement: a proefplaatsing with keeping the benefit, a
    jobcoach, and with a contract a subsidy or loondispensatie (with the loonwaarde) or a
    no-riskpolis. Each ends on a day; one ends within the coming weeks, so the start of the
    day has a reminder. Every kind of arrangement shows up somewhere."""
    rng, today = gen.rng, gen.today
    reminded = False
    for match, started, ended in gen.runs:
        begin = local_day(started)
        contract = match["placement_form"] is not None and match["placement_form"].is_contract
        contract_day = match["placement_start"] if contract else None
        kinds: list[tuple[ArrangementKind, Any, Any]] = []
        if rng.random() < 0.6 or not contract:
            kinds.append((ArrangementKind.TRIAL_PLACEMENT, begin, begin + relativedelta(months=2)))
        if rng.random() < 0.35:
            kinds.append((ArrangementKind.JOBCOACH, begin, begin + relativedelta(months=6)))
        if contract_day is not None:
            money = rng.choices(
                (ArrangementKind.WAGE_COST_SUBSIDY, ArrangementKind.WAGE_DISPENSATION,
                 ArrangementKind.NO_RISK_POLICY), (5, 2, 3),
            )[0]  # fmt: skip
            years = 5 if money is ArrangementKind.NO_RISK_POLICY else 1
            kinds.append((money, contract_day, contract_day + relativedelta(years=years)))
        if not reminded and ended is None and kinds:
            # the first running placement's last arrangement ends soon: a reminder today
            kind, start, _end = kinds[-1]
            soon = today + timedelta(days=rng.randint(8, 25))
            kinds[-1] = (kind, min(start, soon), soon)
            reminded = True
        for kind, start, end in kinds:
            if ended is not None:
                end = min(end, local_day(ended))  # it stopped with the placement
            wage = None
            if kind is ArrangementKind.WAGE_DISPENSATION:
                wage = rng.choice((40, 50, 60, 70, 80, 90))
            elif kind is ArrangementKind.WAGE_COST_SUBSIDY:
                wage = rng.choice((50, 60, 65, 70, 75, 80, 85))
            gen.add(
                Arrangement, gen.at(start), employer_id=match["employer_id"],
                workplace_id=match["workplace_id"], match_id=match["id"], kind=kind,
                status=ArrangementStatus.USED, starts_on=start, ends_on=max(start, end),
                wage_value=wage, notes=ARRANGEMENT_NOTES[kind],
            )  # fmt: skip
    present = {row["kind"] for row in gen.rows[Arrangement]}
    active = [e for e in gen.rows[Employer] if e["status"] is RelationshipStatus.ACTIVE]
    if ArrangementKind.WAGE_DISPENSATION not in present and gen.runs:
        match = gen.runs[0][0]  # offered for a placement, with the loonwaarde measured
        gen.add(
            Arrangement, match["created_at"], employer_id=match["employer_id"],
            workplace_id=match["workplace_id"], match_id=match["id"],
            kind=ArrangementKind.WAGE_DISPENSATION, status=ArrangementStatus.OFFERED,
            starts_on=None, ends_on=None, wage_value=70,
            notes=ARRANGEMENT_NOTES[ArrangementKind.WAGE_DISPENSATION],
        )  # fmt: skip
        present.add(ArrangementKind.WAGE_DISPENSATION)
    for kind in ArrangementKind:
        if kind in present or not active:
            continue
        employer = rng.choice(active)
        gen.add(
            Arrangement, employer["created_at"], employer_id=employer["id"], workplace_id=None,
            match_id=None, kind=kind, status=ArrangementStatus.OFFERED, starts_on=None,
            ends_on=None, wage_value=None, notes=ARRANGEMENT_NOTES[kind],
        )  # fmt: skip
