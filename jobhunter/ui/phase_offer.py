"""A bar offering the next step of a client's trajectory that a placement suggests: Nazorg
once placed, closing the trajectory once the placement lasted twelve months. Offered, never
done behind the user's back; one click takes it, with the reason in the phase history."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from jobhunter.models.enums import Phase
from jobhunter.services.errors import ValidationError
from jobhunter.services.placements import PhaseOffer, PlacementService
from jobhunter.ui.hub import announce
from jobhunter.ui.labels import label

OFFER_STYLE = "#phase_offer { background: #e2f4e6; border-radius: 4px; } QLabel { color: #1e6b32; }"


class PhaseOfferBar(QWidget):
    """A step the placement suggests for the client's trajectory, with a button to take it."""

    accepted = Signal(object)  # client id

    def __init__(self, placements: PlacementService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placements = placements
        self.offer: PhaseOffer | None = None
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("accept_phase_offer")
        self.button.clicked.connect(self.accept)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.setObjectName("phase_offer")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(OFFER_STYLE)  # the bar and its text, not the button
        self.hide()

    def show_offer(self, offer: PhaseOffer | None) -> None:
        self.offer = offer
        self.setVisible(offer is not None)
        if offer is None:
            return
        if offer.suggested is Phase.CLOSED:
            self.text.setText(
                self.tr("%1 is still working twelve months after the start.").replace(
                    "%1", offer.client_name
                )
            )
            self.button.setText(self.tr("Close the trajectory"))
            return
        self.text.setText(
            self.tr("%1 is placed but still in the phase %2.")
            .replace("%1", offer.client_name)
            .replace("%2", label(offer.current))
        )
        self.button.setText(self.tr("Move to %1").replace("%1", label(offer.suggested)))

    def accept(self) -> bool:
        if self.offer is None:
            return False
        offer = self.offer
        try:
            self.placements.accept(offer)
        except ValidationError as exc:
            self.text.setText(str(exc))
            return False
        announce("client", [offer.client_id])
        self.show_offer(None)
        self.accepted.emit(offer.client_id)
        return True
