"""The research's rules on screen (issue 17): the employer contact log, ending a cooperation,
arrangements for a placement, placement terms and the Nazorg offer, what the propose dialog
leaves out and warns about, the intervention editor and the start of the day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget

from jobhunter.models.enums import (
    ArrangementKind,
    ArrangementStatus,
    BarrierKind,
    CandidatePreference,
    ConsentParty,
    ContactKind,
    InterventionFollowUp,
    InterventionKind,
    InterventionStatus,
    Phase,
    PlacementForm,
    RequirementKind,
    Sector,
    Stage,
    WorkplaceStatus,
)
from jobhunter.services.aftercare import AftercareService
from jobhunter.services.caseload import CaseloadService
from jobhunter.services.clients import ClientService
from jobhunter.services.clock import FixedClock
from jobhunter.services.employers import EmployerService
from jobhunter.services.matches import MatchService
from jobhunter.services.placements import PlacementTerms
from jobhunter.services.store import Store
from jobhunter.ui.aftercare.dialogs import ScheduleDialog
from jobhunter.ui.app import settings_for
from jobhunter.ui.caseload.dialogs import InterventionDialog
from jobhunter.ui.employers.dialogs import ArrangementDialog, EndCooperationDialog
from jobhunter.ui.labels import label
from jobhunter.ui.main_window import TAB_EMPLOYERS, TAB_PIPELINE, MainWindow
from jobhunter.ui.pipeline.dialogs import MoveDialog, ProposeDialog
from jobhunter.ui.today import TodayPage


@pytest.fixture
def people(store: Store, clock: FixedClock):
    clients = ClientService(store, clock)
    caseload = CaseloadService(store, clock)
    zoe = clients.create("Zoë", "Özdemir", driving_licence=True, hours_available=24,
                         city="Schiedam")  # fmt: skip
    ahmed = clients.create("Ahmed", "Bakkali", driving_licence=True, hours_available=24)
    for client in (zoe, ahmed):
        caseload.give_consent(client.id, ConsentParty.EMPLOYERS, "cv")
        clients.change_phase(client.id, Phase.MATCHING, "Klaar voor bemiddeling")
    employers = EmployerService(store, clock)
    employer = employers.create("Groenvoorziening Van Dijk", Sector.GREEN, city="Schiedam")
    employers.add_contact(employer.id, "Jan van Dijk", role="Eigenaar")
    workplace = employers.add_workplace(employer.id, "Hovenier", hours_per_week=24)
    employers.set_requirements(workplace.id, [(RequirementKind.DRIVING_LICENCE, "B", True)])
    return zoe, ahmed, employer, workplace


@pytest.fixture
def window(qtbot, store: Store, clock: FixedClock, data_dir: Path, people) -> MainWindow:
    win = MainWindow(store, settings_for(data_dir), clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _open_employer(window: MainWindow, employer_id) -> None:
    window.tabs.setCurrentIndex(TAB_EMPLOYERS)
    assert window.employers.list.select_id(employer_id)
    assert window.employers.file.employer_id == employer_id


# --- the employer file -----------------------------------------------------------------------
def test_ctrl_l_logs_a_call_with_the_contact_person(window: MainWindow, qtbot, people) -> None:
    _zoe, _ahmed, employer, _workplace = people
    _open_employer(window, employer.id)
    file = window.employers.file
    # Given the employer file, when the user presses Ctrl+L, types a line and presses Enter
    qtbot.keyClick(file, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert file.sections.currentWidget() is file.contact_log
    assert file.contact_log.person.currentText() == "Jan van Dijk"  # the primary contact
    qtbot.keyClicks(file.contact_log.quick, "Gebeld over de hovenier")
    qtbot.keyClick(file.contact_log.quick, Qt.Key.Key_Return)
    # Then the call is in the log, with whom, and the list shows contact today
    table = file.contact_log.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (1, 2, 4)] == [
        label(ContactKind.CALL),
        "Jan van Dijk",
        "Gebeld over de hovenier",
    ]
    assert file.contact_log.quick.text() == ""

    def contact_today() -> bool:
        row = next(r for r in window.employers.list.model.rows() if r.id == employer.id)
        return row.days_since_contact == 0

    qtbot.waitUntil(contact_today)


def test_ending_a_cooperation_for_discrimination_closes_the_workplaces(
    window: MainWindow, qtbot, monkeypatch, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    MatchService(store, clock).propose(zoe.id, employer.id, workplace.id)
    _open_employer(window, employer.id)
    file = window.employers.file
    # Given the end-cooperation dialog answered with a reason and "discrimination"
    monkeypatch.setattr(
        EndCooperationDialog,
        "get_values",
        classmethod(lambda cls, *a: (("Weigerde een kandidate met hoofddoek", True), True)),
    )
    # When the user ends the cooperation
    file.end_button.click()
    # Then the header says why and what is still open, the workplace is closed
    assert "hoofddoek" in file.alert.text()
    assert "Zoë Özdemir" in file.alert.text()
    assert "Hovenier" in file.notice.text()
    assert file.end_button.isHidden()
    assert EmployerService(store, clock).workplaces(employer.id)[0].status is (
        WorkplaceStatus.CLOSED
    )


def test_the_arrangement_dialog_ties_it_to_a_placement_with_its_wage_value(
    qtbot, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    match = MatchService(store, clock).propose(zoe.id, employer.id, workplace.id)
    file = EmployerService(store, clock).load(employer.id)
    dialog = ArrangementDialog(None, file.workplaces, None, file.placements)
    qtbot.addWidget(dialog)
    # Given a jobcoach: no wage value applies
    dialog.kind.setCurrentIndex(dialog.kind.findData(ArrangementKind.JOBCOACH.value))
    assert not dialog.wage_value.isEnabled()
    # When loondispensatie is chosen for Zoë's placement without the loonwaarde
    dialog.kind.setCurrentIndex(dialog.kind.findData(ArrangementKind.WAGE_DISPENSATION.value))
    dialog.placement.setCurrentIndex(dialog.placement.findData(str(match.id)))
    # Then the workplace follows the placement, and OK asks for the wage value
    assert dialog.workplace.currentData() == str(workplace.id)
    assert dialog.validate()
    dialog.wage_value.set_value(70)
    assert dialog.validate() is None
    values = dialog.values()
    assert (values.match_id, values.wage_value) == (match.id, 70)


# --- placements ------------------------------------------------------------------------------
def test_a_placement_asks_its_form_and_offers_nazorg(
    window: MainWindow, qtbot, monkeypatch, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    match = MatchService(store, clock).propose(zoe.id, employer.id, workplace.id)
    window.tabs.setCurrentIndex(TAB_PIPELINE)
    window.pipeline.list.reload()

    # Given the move dialog, answered with a leerwerkplek of 20 hours
    def answer(dialog: MoveDialog) -> int:
        assert dialog.placement.isVisibleTo(dialog)
        forms = [dialog.placement.form.itemData(i) for i in range(dialog.placement.form.count())]
        assert PlacementForm.PERMANENT_CONTRACT.value not in forms  # a contract is not a trial
        dialog.placement.form.setCurrentIndex(
            dialog.placement.form.findData(PlacementForm.LEARNING_WORKPLACE.value)
        )
        dialog.placement.hours.set_value(20)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(MoveDialog, "exec", answer)
    monkeypatch.setattr(ScheduleDialog, "exec", lambda d: ScheduleDialog.DialogCode.Rejected)
    # When the match is moved to proefplaatsing
    assert window.pipeline.request_move(match.id, Stage.TRIAL_PLACEMENT)
    # Then the terms are kept, the file names the form, and offers Nazorg for Zoë
    terms = MatchService(store, clock).load(match.id).placement
    assert terms is not None and (terms.form, terms.hours) == (PlacementForm.LEARNING_WORKPLACE, 20)
    file = window.pipeline.file
    assert label(PlacementForm.LEARNING_WORKPLACE) in file.stage_badge.text()
    assert file.offer.isVisibleTo(file)
    file.offer.button.click()
    assert ClientService(store, clock).get(zoe.id).phase is Phase.AFTERCARE
    assert not file.offer.isVisibleTo(file)
    # and the placement tab changes the terms
    file.placement.box.end.set_value(clock.today() + timedelta(weeks=26))
    assert file.placement.save()
    saved = MatchService(store, clock).load(match.id).placement
    assert saved is not None and saved.end == clock.today() + timedelta(weeks=26)


# --- proposing -------------------------------------------------------------------------------
def test_the_propose_dialog_says_what_it_left_out_and_shows_it_on_request(
    qtbot, store, clock, people
) -> None:
    _zoe, ahmed, _employer, workplace = people
    employers = EmployerService(store, clock)
    other = employers.create("Eetcafé Kidane", Sector.CATERING)
    kitchen = employers.add_workplace(other.id, "Keukenhulp", hours_per_week=24)
    placed = MatchService(store, clock).propose(ahmed.id, other.id, kitchen.id)
    MatchService(store, clock).move(placed.id, Stage.TRIAL_PLACEMENT)
    dialog = ProposeDialog(store, clock)
    qtbot.addWidget(dialog)
    # Given the candidates for the gardener's job
    dialog.start_with_workplace(workplace.id)
    # Then Ahmed, in a running placement, is left out and counted
    model = dialog.table.model()
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Zoë Özdemir"]
    assert "1" in dialog.left_out.text() and dialog.show_all.isVisibleTo(dialog)
    # When the user ticks "show them anyway"
    dialog.show_all.setChecked(True)
    # Then he shows, after the others and marked
    assert model.rowCount() == 2
    assert model.index(1, 0).data().startswith("Ahmed Bakkali (")
    # greyed, as what would have been left out
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#8a8f98")


def test_a_one_candidate_employer_and_a_recent_dropout_are_read_before_proposing(
    qtbot, store, clock, people
) -> None:
    zoe, ahmed, employer, workplace = people
    employers = EmployerService(store, clock)
    employers.update(employer.id, candidate_preference=CandidatePreference.ONE)
    matches = MatchService(store, clock)
    matches.propose(zoe.id, employer.id, workplace.id)
    dialog = ProposeDialog(store, clock)
    qtbot.addWidget(dialog)
    dialog.start_with_client(ahmed.id)
    # Given Ahmed's suggestions, the gardener's job selected
    assert dialog.select_suggestion(workplace.id)
    # Then the warning is shown first, and the first Propose only asks to read it
    assert dialog.warnings.isVisibleTo(dialog) and "één kandidaat" in dialog.warnings.text()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    ok.click()
    assert dialog.created is None and dialog.error.text()
    assert matches.list_rows()[0].client_name == "Zoë Özdemir" and len(matches.list_rows()) == 1
    # When the user proposes anyway
    ok.click()
    # Then the match is made
    assert dialog.created is not None and len(matches.list_rows()) == 2


# --- gewogen maatwerk ------------------------------------------------------------------------
def test_the_intervention_editor_records_barriers_approach_effect_and_follow_up(qtbot) -> None:
    dialog = InterventionDialog(None, None, {BarrierKind.LANGUAGE})
    qtbot.addWidget(dialog)
    # Given the client's own barrier listed first
    assert dialog.barriers.item(0).data(Qt.ItemDataRole.UserRole) == BarrierKind.LANGUAGE.value
    # When a weak effect is recorded, a follow-up can be chosen (not before)
    dialog.goal.setText("Taalniveau B1")
    dialog.barriers.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.approach.setPlainText("Taalmaatje op de werkvloer")
    dialog.evaluation.setPlainText("Weinig veranderd")
    assert not dialog.follow_up.isEnabled()
    assert dialog.validate()  # an evaluation scores the effect
    dialog.effect.setCurrentIndex(dialog.effect.findData(2))
    assert dialog.follow_up.isEnabled() and dialog.validate() is None
    dialog.follow_up.setCurrentIndex(dialog.follow_up.findData(InterventionFollowUp.ADJUST))
    values = dialog.values()
    assert values.barriers == [BarrierKind.LANGUAGE]
    assert (values.effect, values.follow_up) == (2, InterventionFollowUp.ADJUST)
    assert values.approach == "Taalmaatje op de werkvloer"


def test_the_plan_asks_to_adjust_a_weak_effect_until_a_follow_up_is_chosen(
    window: MainWindow, store, clock, people
) -> None:
    zoe, *_ = people
    caseload = CaseloadService(store, clock)
    item = caseload.save_intervention(
        zoe.id, InterventionKind.TRAINING, "Sollicitatietraining", effect=2,
        evaluation="Weinig effect", status=InterventionStatus.COMPLETED,
        barriers=[BarrierKind.SEARCH_STRATEGIES],
    )  # fmt: skip
    window.tabs.setCurrentIndex(0)
    assert window.caseload.list.select_id(zoe.id)
    plan = window.caseload.file.plan
    window.caseload.file.sections.setCurrentWidget(plan)
    # Then the plan flags it and names the barrier it addressed
    assert plan.table.item(0, 2).text()
    assert label(BarrierKind.SEARCH_STRATEGIES) in plan.table.item(0, 7).text()
    assert "1" in window.caseload.file.advice.text()
    # When a follow-up is chosen, the flag goes
    caseload.save_intervention(
        zoe.id, InterventionKind.TRAINING, "Sollicitatietraining", intervention_id=item.id,
        effect=2, evaluation="Weinig effect", status=InterventionStatus.COMPLETED,
        follow_up=InterventionFollowUp.REPLACE,
    )  # fmt: skip
    window.caseload.file.reload()
    assert not plan.table.item(0, 2).text()


# --- the start of the day --------------------------------------------------------------------
def test_the_start_of_the_day_lists_an_arrangement_ending_soon(qtbot, store, clock, people) -> None:
    zoe, _ahmed, employer, workplace = people
    match = MatchService(store, clock).propose(zoe.id, employer.id, workplace.id)
    EmployerService(store, clock).save_arrangement(
        employer.id, ArrangementKind.WAGE_COST_SUBSIDY, match_id=match.id, wage_value=70,
        status=ArrangementStatus.USED, starts_on=date(2025, 4, 1),
        ends_on=clock.today() + timedelta(days=12),
    )  # fmt: skip
    dialog = TodayPage(store, clock)  # the Vandaag page
    qtbot.addWidget(dialog)
    dialog.refresh()
    # Then it is under "coming up", and opens the placement
    heading = dialog.list.topLevelItem(dialog.list.topLevelItemCount() - 1)
    entry = heading.child(0)
    assert label(ArrangementKind.WAGE_COST_SUBSIDY) in entry.text(1)
    assert entry.text(2) == "Zoë Özdemir — Groenvoorziening Van Dijk"
    opened: list[tuple[str, object]] = []
    dialog.openRecord.connect(lambda kind, record: opened.append((kind, record)))
    dialog.list.itemActivated.emit(entry, 0)
    assert opened == [("match", match.id)]


def test_twelve_months_on_the_aftercare_tab_offers_to_close(
    window: MainWindow, qtbot, store, clock, people
) -> None:
    zoe, _ahmed, employer, workplace = people
    matches = MatchService(store, clock)
    match = matches.propose(zoe.id, employer.id, workplace.id)
    matches.move(match.id, Stage.CONTRACT,
                 terms=PlacementTerms(PlacementForm.PERMANENT_CONTRACT))  # fmt: skip
    clock.advance(timedelta(days=370))
    AftercareService(store, clock).record_outcome(match.id, 12, True, "vast contract")
    window.aftercare.placements.reload()
    panel = window.aftercare.placements
    # Given the placement selected on the Nazorg tab
    panel.table.selectRow(0)
    # Then the bar offers to close the trajectory, and one click does
    assert panel.offer.isVisibleTo(panel)
    panel.offer.button.click()
    assert ClientService(store, clock).get(zoe.id).phase is Phase.CLOSED


def test_lists_in_the_employer_history_show_goodwill(window: MainWindow, store, clock,
                                                      people) -> None:  # fmt: skip
    zoe, _ahmed, employer, workplace = people
    matches = MatchService(store, clock)
    match = matches.propose(zoe.id, employer.id, workplace.id)
    matches.move(match.id, Stage.TRIAL_PLACEMENT)
    matches.move(match.id, Stage.DROPPED_OUT, "Kwam te laat")
    _open_employer(window, employer.id)
    history = window.employers.file.history
    window.employers.file.sections.setCurrentWidget(history)
    assert history.goodwill.text().startswith("1")
    setbacks = history.findChild(QListWidget, "setbacks")
    assert setbacks.count() == 1 and "Kwam te laat" in setbacks.item(0).text()
