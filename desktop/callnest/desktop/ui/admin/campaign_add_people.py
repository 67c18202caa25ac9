"""Adding people to a campaign's list: numbers typed or pasted (a name after
a comma), or every customer a search finds, with the country their national
numbers are read in. A long list goes in sends of a thousand, so the bar
shows how far it has got; the result is said in words, with each refused
line, its number and why.

The country starts as the queue's caller ID's, when the desktop can tell it:
a campaign mostly calls the country it calls from. When it cannot, it starts
at none, so a national number is refused rather than read as some other
country's (which would ring a stranger)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.campaign_lists import (
    Tally,
    TypedPerson,
    batches,
    matches_text,
    read_people,
    region_of,
    regions,
    tally,
)
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor
from callnest.desktop.ui.admin.refused_lines import RefusedLines
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest

BATCH = 1000
SEARCH_COUNTED = 50  # the most customers the server's search answers with
# Example data (numbers and names), the same in every language.
NUMBERS_PLACEHOLDER = "+386 40 111 222, Ana Novak\n040 111 333, Bor Kos\n+44 20 7946 0000"


def _hint(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setObjectName("hint")
    return label


class PeopleAdder(AdminEditor):
    """The numbers or the search, the country, Add, and what came of it;
    ``added`` carries the tally once everything was sent."""

    added = Signal(object)  # Tally

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        campaign: rest.Campaign,
        caller_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.campaign = campaign
        self.counted: str | None = None  # the search whose matches are shown
        self.stopped = False
        self._build(caller_id)

    def _build(self, caller_id: str | None) -> None:
        region = region_of(caller_id)
        self.numbers = QPlainTextEdit()
        self.numbers.setPlaceholderText(NUMBERS_PLACEHOLDER)
        typed = QWidget()
        typed_layout = QVBoxLayout(typed)
        typed_layout.addWidget(
            _hint(
                translate(
                    "ui.admin.campaign_add_people",
                    "One person a line: their number, then a comma and their name if you have it.",
                )
            )
        )
        typed_layout.addWidget(self.numbers, 1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate(
                "ui.admin.campaign_add_people", "Name, phone or e-mail, as in the Customers tab"
            )
        )
        self.search.returnPressed.connect(self.count_matches)
        self.search.textChanged.connect(lambda _: self._search_changed())
        find = QPushButton(translate("ui.admin.campaign_add_people", "Find", "a button: search"))
        find.clicked.connect(self.count_matches)
        self.matches = plain_label()
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(find)
        found = QWidget()
        found_layout = QVBoxLayout(found)
        found_layout.addWidget(
            _hint(
                translate(
                    "ui.admin.campaign_add_people",
                    "Every customer the search finds is added, with their first number.",
                )
            )
        )
        found_layout.addLayout(search_row)
        found_layout.addWidget(self.matches)
        found_layout.addStretch(1)

        self.source = QTabWidget()
        self.source.addTab(
            typed, translate("ui.admin.campaign_add_people", "Numbers", "a tab: numbers typed")
        )
        self.source.addTab(
            found, translate("ui.admin.campaign_add_people", "Customers a search finds", "a tab")
        )
        self.source.currentChanged.connect(lambda _: self._can_add())

        self.region = QComboBox()
        self.region.addItem(
            translate(
                "ui.admin.campaign_add_people",
                "None: every number has + and its country code",
                "the country national numbers are read in: none",
            ),
            None,
        )
        for code, name, calling in regions():
            self.region.addItem(f"{name} ({code}, +{calling})", code)
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.region_note = _hint(
            translate(
                "ui.admin.campaign_add_people", "The country of the queue's caller ID, {number}."
            ).format(number=caller_id)
            if region is not None
            else translate(
                "ui.admin.campaign_add_people",
                "The queue's caller ID does not tell its country: choose one if you need to.",
            )
        )
        region_row = QHBoxLayout()
        region_row.addWidget(
            QLabel(
                translate(
                    "ui.admin.campaign_add_people",
                    "Numbers without + are from",
                    "then a list of countries",
                )
            )
        )
        region_row.addWidget(self.region, 1)

        self.add_button = QPushButton(
            translate("ui.admin.campaign_add_people", "Add to the list", "a button")
        )
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        self.progress = QProgressBar()
        self.progress.setFormat(
            translate(
                "ui.admin.campaign_add_people",
                "%v of %m people sent",
                "a progress bar: keep %v (sent so far) and %m (all)",
            )
        )
        self.progress.hide()
        self.sending = _hint()
        self.result = plain_label()
        self.result.setObjectName("customerName")  # the answer: what the owner came for
        self.result.hide()
        self.refused = RefusedLines()
        add_row = QHBoxLayout()
        add_row.addWidget(self.progress, 1)
        add_row.addWidget(self.sending, 1)
        add_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source, 1)
        layout.addLayout(region_row)
        layout.addWidget(self.region_note)
        layout.addWidget(self.problem)
        layout.addLayout(add_row)
        layout.addWidget(self.result)
        layout.addWidget(self.refused)
        self._can_add()

    # ------------------------------------------------------------ the search

    def _search_changed(self) -> None:
        self.counted = None
        self.matches.clear()
        self._can_add()

    def count_matches(self) -> None:
        """Says how many customers the search finds, before any is added."""
        text = self.search.text().strip()
        if not text:
            return

        def found(rows: list[rest.Customer]) -> None:
            if text != self.search.text().strip():
                return  # typed on meanwhile
            with_phone = sum(1 for r in rows if r.phones)
            self.matches.setText(matches_text(len(rows), with_phone, SEARCH_COUNTED))
            self.counted = text if with_phone else None
            self._can_add()

        self.call(lambda: self.client.find_customers(text), found)

    def _can_add(self) -> None:
        by_search = self.source.currentIndex() == 1
        self.add_button.setEnabled(not by_search or self.counted is not None)
        self.add_button.setToolTip(
            translate(
                "ui.admin.campaign_add_people",
                "Find first: the matches are counted before anyone is added",
            )
            if by_search and self.counted is None
            else ""
        )

    # ------------------------------------------------------------ adding

    def add(self) -> None:
        """Sends the numbers (in batches) or the search; says what came of it."""
        self.clear_problem()
        self.result.hide()
        self.refused.show_lines(())
        if self.source.currentIndex() == 1:
            self._add_found()
        else:
            self._add_typed()

    def _add_typed(self) -> None:
        people, refused_here = read_people(self.numbers.toPlainText())
        if not people and not refused_here:
            self.show_problem(
                translate(
                    "ui.admin.campaign_add_people", "Type or paste the numbers to call, one a line."
                )
            )
            return
        self._busy(len(people))
        self._send(batches(people, BATCH), 0, Tally(refused=tuple(refused_here)))

    def _send(self, left: Sequence[Sequence[TypedPerson]], sent: int, so_far: Tally) -> None:
        if self.stopped or not left:
            self._done(so_far)
            return
        batch, rest_of = left[0], left[1:]
        region = self.region.currentData()

        def answered(answer: rest.ProspectsAdded) -> None:
            self.progress.setValue(sent + len(batch))
            self._send(rest_of, sent + len(batch), so_far.plus(tally(answer, batch)))

        self.call(
            lambda: self.client.add_prospects(
                self.campaign.id,
                rest.ProspectsIn(prospects=[p.person for p in batch], region=region),
            ),
            answered,
            lambda: self._done(so_far, stopped_at=sent),
        )

    def _add_found(self) -> None:
        text = self.counted
        if text is None:
            return
        region = self.region.currentData()
        self._busy(0)
        self.sending.setText(
            translate(
                "ui.admin.campaign_add_people", "Adding the customers who match “{search}”…"
            ).format(search=text)
        )
        self.call(
            lambda: self.client.add_prospects(
                self.campaign.id, rest.ProspectsIn(customer_search=text, region=region)
            ),
            lambda answer: self._done(tally(answer)),
            lambda: self._done(Tally(), stopped_at=0),
        )

    def _busy(self, total: int) -> None:
        self.progress.setRange(0, total)  # 0: one answer at the end, a busy bar meanwhile
        self.progress.setValue(0)
        self.progress.setTextVisible(total > 0)
        self.progress.show()
        self.add_button.setEnabled(False)
        self.source.setEnabled(False)
        self.region.setEnabled(False)

    def _done(self, result: Tally, stopped_at: int | None = None) -> None:
        """Says what came of the sends; ``stopped_at`` is how many were sent
        when the server refused one (its words are above, in the problem)."""
        total = self.progress.maximum()
        self.progress.hide()
        self.sending.clear()
        self.source.setEnabled(True)
        self.region.setEnabled(True)
        self._can_add()
        self.refused.show_lines(result.refused)
        if stopped_at == 0:
            return  # nothing reached the list: the problem says why
        text = result.text()
        if stopped_at is not None:
            text = translate(
                "ui.admin.campaign_add_people",
                "{result} (the first {sent} of {total} were sent, the rest were not)",
                "{result}: what came of the sends (Added 480 · 15 already listed · 5 refused)",
            ).format(
                result=text,
                sent=QLocale().toString(stopped_at),
                total=QLocale().toString(total),
            )
        self.result.setText(text)
        self.result.show()
        self.report(
            translate("ui.admin.campaign_add_people", "“{name}”: {result}.").format(
                name=self.campaign.name, result=text
            )
        )
        self.added.emit(result)

    def stop(self) -> None:
        """Sends no further batch (the dialog closed); one on its way still lands."""
        self.stopped = True


class AddPeopleDialog(QDialog):
    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        campaign: rest.Campaign,
        caller_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate(
                "ui.admin.campaign_add_people", "Add people to “{name}”", "a window's title"
            ).format(name=campaign.name)
        )
        self.adder = PeopleAdder(engine, bridge, campaign, caller_id)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.adder, 1)
        layout.addWidget(close)
        self.resize(720, 560)

    def done(self, result: int) -> None:  # Qt names it: every way the dialog closes
        self.adder.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt names it
        self.adder.stop()
        super().closeEvent(event)
