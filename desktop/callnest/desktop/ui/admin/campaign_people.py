"""A campaign's people: each number with its name, where it stands, the calls
made to it and how the last ended, when it is called next and what the agent
chose. Filtered by status and read a page at a time: a list may hold a
hundred thousand people."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.callbacks import local_when
from callnest.desktop.models.campaigns import (
    attempt_outcome_text,
    prospect_status_text,
    prospect_statuses,
)
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, rows_view
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest
from callnest.protocol.rest.campaigns import ProspectStatus

PAGE = 200


def _next_call(person: rest.Prospect, now: float) -> str:
    if person.status != "pending":
        return ""
    if person.next_attempt_at <= now:
        return translate(
            "ui.admin.campaign_people", "As soon as the hours allow", "when a person is called next"
        )
    return local_when(person.next_attempt_at)


class PeopleList(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.campaign: rest.Campaign | None = None
        self.counts: Mapping[str, int] = {}
        self.dispositions: Mapping[int, str] = {}
        self.offset = 0
        self.rows = StatsTable[rest.Prospect](
            (
                Column(
                    translate("ui.admin.campaign_people", "Number", "a column: a phone number"),
                    lambda p, _: p.number,
                ),
                Column(
                    translate("ui.admin.campaign_people", "Name", "a column: a person's"),
                    lambda p, _: p.name or "",
                ),
                Column(
                    translate("ui.admin.campaign_people", "Status", "a column"),
                    lambda p, _: prospect_status_text(p.status),
                ),
                Column(
                    translate("ui.admin.campaign_people", "Calls made", "a column: how many"),
                    lambda p, _: QLocale().toString(p.attempts),
                ),
                Column(
                    translate("ui.admin.campaign_people", "Last call", "a column: how it ended"),
                    lambda p, _: attempt_outcome_text(p.last_outcome),
                ),
                Column(
                    translate("ui.admin.campaign_people", "Next call", "a column: when"),
                    _next_call,
                    tip=translate(
                        "ui.admin.campaign_people", "on this computer's clock", "a column's tooltip"
                    ),
                ),
                Column(
                    translate("ui.admin.campaign_people", "Disposition", "a column"),
                    lambda p, _: self._disposition(p.disposition_id),
                ),
            ),
            key=lambda p: p.id,
            parent=self,
        )
        self._build()

    def _build(self) -> None:
        self.shown = QComboBox()
        self.shown.addItem(
            translate("ui.admin.campaign_people", "Everyone", "a filter: people of any status"),
            None,
        )
        for code, words in prospect_statuses():
            self.shown.addItem(words, code)
        self.shown.currentIndexChanged.connect(lambda _: self.first_page())
        self.page_text = plain_label(wrap=False)
        self.page_text.setObjectName("hint")
        self.previous_button = QPushButton(
            translate("ui.admin.campaign_people", "Previous", "a button: the page before")
        )
        self.previous_button.clicked.connect(lambda: self._turn(-PAGE))
        self.next_button = QPushButton(
            translate("ui.admin.campaign_people", "Next", "a button: the page after")
        )
        self.next_button.clicked.connect(lambda: self._turn(PAGE))
        refresh = QPushButton(translate("ui.admin.campaign_people", "Refresh", "a button"))
        refresh.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ui.admin.campaign_people", "Show", "then a filter")))
        top.addWidget(self.shown)
        top.addSpacing(12)
        top.addWidget(self.page_text, 1)
        top.addWidget(self.previous_button)
        top.addWidget(self.next_button)
        top.addWidget(refresh)
        self.table = rows_view(
            self.rows, translate("ui.admin.campaign_people", "People on the list")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        self._paging(0)

    def _disposition(self, disposition_id: int | None) -> str:
        if disposition_id is None:
            return ""
        return self.dispositions.get(disposition_id, f"#{disposition_id}")

    def name_dispositions(self, names: Mapping[int, str]) -> None:
        """The names the people's disposition ids stand for."""
        self.dispositions = names
        self.rows.redraw()

    def show_campaign(self, campaign: rest.Campaign | None, counts: Mapping[str, int]) -> None:
        """The people of ``campaign`` from the first page (another campaign),
        or the page shown again (the same one); ``counts`` is how many are in
        each status, for the pages' count."""
        same = (
            campaign is not None and self.campaign is not None and campaign.id == self.campaign.id
        )
        self.campaign, self.counts = campaign, counts
        if same:
            self._paging(self.rows.rowCount())
            return
        self.offset = 0
        self.rows.replace(())
        self.clear_problem()
        self.load()

    def chosen_status(self) -> ProspectStatus | None:
        """The status the filter shows (None: everyone)."""
        chosen: ProspectStatus | None = self.shown.currentData()
        return chosen

    def first_page(self) -> None:
        self.offset = 0
        self.load()

    def _turn(self, by: int) -> None:
        self.offset = max(0, self.offset + by)
        self.load()

    def load(self) -> None:
        """Asks for the page at ``offset`` of the people of the chosen status."""
        campaign, status, offset = self.campaign, self.chosen_status(), self.offset
        if campaign is None:
            self.rows.replace(())
            self._paging(0)
            return

        def loaded(people: list[rest.Prospect]) -> None:
            if (campaign, status, offset) != (self.campaign, self.chosen_status(), self.offset):
                return  # another page was asked for meanwhile: its answer follows
            self.rows.replace(people)
            self._paging(len(people))

        self.call(
            lambda: self.client.prospects(campaign.id, status, limit=PAGE, offset=offset), loaded
        )

    def _paging(self, shown: int) -> None:
        status = self.chosen_status()
        total = sum(self.counts.values()) if status is None else self.counts.get(status, 0)
        if not shown:
            self.page_text.setText(
                translate("ui.admin.campaign_people", "Nobody here.", "an empty page of people")
                if self.campaign is not None
                else ""
            )
        else:
            number = QLocale().toString
            first, last = self.offset + 1, self.offset + shown
            if total:
                text = translate(
                    "ui.admin.campaign_people", "People {first} to {last} of {total}"
                ).format(first=number(first), last=number(last), total=number(max(total, last)))
            else:
                text = translate("ui.admin.campaign_people", "People {first} to {last}").format(
                    first=number(first), last=number(last)
                )
            self.page_text.setText(text)
        self.previous_button.setEnabled(self.offset > 0)
        # A full page may have more after it, whatever the counts said a moment ago.
        self.next_button.setEnabled(shown == PAGE)
