"""Demo detail of the employer network: profiles, visits, primary-contact history and
arrangements, so the Werkgevers tab shows every part filled in.

Runs after the rest of the demo is built and draws from the same seeded generator, so the
output stays the same for the same seed and day.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

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
    Stage,
)

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
    ArrangementKind.TRIAL_PLACEMENT: "Twee maanden met behoud van uitkering.",
    ArrangementKind.WAGE_COST_SUBSIDY: "Loonwaardemeting gepland; subsidie aangevraagd.",
    ArrangementKind.NO_RISK_POLICY: "Uitgelegd; werkgever was er niet van op de hoogte.",
    ArrangementKind.JOBCOACH: "Jobcoach twee uur per week in de eerste drie maanden.",
    ArrangementKind.TRAINING_SUBSIDY: "Heftruckcursus vergoed via scholingssubsidie.",
}


def add_network_details(gen: _Generator) -> None:
    rng = gen.rng
    contacts: dict[Any, list[dict[str, Any]]] = {}
    for person in gen.rows[ContactPerson]:
        contacts.setdefault(person["employer_id"], []).append(person)
    placed_employers = {m["employer_id"] for m in gen.rows[Match] if m["stage"] in _PLACED}
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
                candidate_preference=rng.choice(list(CandidatePreference)),
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
        if employer["id"] in placed_employers or (
            status is RelationshipStatus.ACTIVE and rng.random() < 0.4
        ):
            for kind in rng.sample(list(ARRANGEMENT_NOTES), rng.randint(1, 2)):
                start = gen.today - timedelta(days=rng.randint(10, 300))
                used = employer["id"] in placed_employers and rng.random() < 0.7
                gen.add(
                    Arrangement,
                    gen.at(start),
                    employer_id=employer["id"],
                    kind=kind,
                    status=ArrangementStatus.USED if used else ArrangementStatus.OFFERED,
                    starts_on=start if used else None,
                    ends_on=start + timedelta(days=rng.choice((60, 90, 180))) if used else None,
                    notes=ARRANGEMENT_NOTES[kind],
                )


_PLACED = frozenset({Stage.TRIAL_PLACEMENT, Stage.CONTRACT, Stage.DROPPED_OUT})
