"""The Campaigns tab: lists of people a queue's agents call, and the numbers
no campaign may call.

Above, every campaign: its queue, how its calls go out, where it stands and
how far its list has got; the owner makes one, fills its list, starts,
pauses, resumes and finishes it. Below, the chosen one's settings, its
report and its people. While the tab is shown the list (with each one's
progress) is asked again every few seconds: a running campaign moves by
itself. A supervisor reads all of it; only the owner changes anything (the
server's rule too)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import CampaignAction, CampaignFigures, every
from callnest.desktop.i18n import translate
from callnest.desktop.models.campaigns import mode_text, progress_text, status_text
from callnest.desktop.models.format import moment
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.campaign_add_people import AddPeopleDialog
from callnest.desktop.ui.admin.campaign_editor import CampaignEditor
from callnest.desktop.ui.admin.campaign_people import PeopleList
from callnest.desktop.ui.admin.campaign_report import CampaignReport
from callnest.desktop.ui.admin.do_not_call import DoNotCallPage
from callnest.desktop.ui.admin.form import (
    AdminEditor,
    LiveEditor,
    confirmed,
    rows_view,
    select_row_with_id,
)
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import Role, rest

REFRESH_MS = 20_000
SETTINGS, REPORT, PEOPLE = 0, 1, 2  # the chosen campaign's pages


def _done(action: CampaignAction, name: str) -> str:
    """What the status line says once the server did ``action``."""
    if action == "start":
        text = translate("ui.admin.campaigns", "Campaign “{name}” is running.")
    elif action == "pause":
        text = translate("ui.admin.campaigns", "Campaign “{name}” is paused.")
    else:
        text = translate("ui.admin.campaigns", "Campaign “{name}” is finished.")
    return text.format(name=name)


class CampaignList(LiveEditor):
    """The campaigns, their actions, and the chosen one's pages."""

    def __init__(
        self,
        engine: EnginePort,
        bridge: EngineBridge,
        *,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(engine, bridge, REFRESH_MS, parent)
        self.read_only = read_only
        self.queues: dict[int, rest.Queue] = {}
        self.figures: dict[int, CampaignFigures] = {}
        self.chosen_id: int | None = None
        self.add_people_dialog: AddPeopleDialog | None = None
        self.rows = StatsTable[rest.Campaign](
            (
                Column(
                    translate("ui.admin.campaigns", "Campaign", "a column"), lambda c, _: c.name
                ),
                Column(
                    translate("ui.admin.campaigns", "Queue", "a column"),
                    lambda c, _: self._queue_name(c.queue_id),
                ),
                Column(
                    translate("ui.admin.campaigns", "Calls go out", "a column: the mode"),
                    lambda c, _: mode_text(c.mode, c.preview_s),
                ),
                Column(
                    translate("ui.admin.campaigns", "Status", "a column"),
                    lambda c, _: status_text(c.status),
                ),
                Column(
                    translate("ui.admin.campaigns", "Progress", "a column"),
                    lambda c, _: progress_text(self._counts(c.id)),
                ),
                Column(
                    translate("ui.admin.campaigns", "Created", "a column: when"),
                    lambda c, _: moment(c.created_at),
                ),
            ),
            key=lambda c: c.id,
            parent=self,
        )
        self.editor = CampaignEditor(engine, bridge, read_only=read_only)
        self.editor.saved.connect(self._saved)
        self.report_view = CampaignReport(engine, bridge)
        self.report_view.read.connect(self._figures_read)
        self.people = PeopleList(engine, bridge)
        self._build()
        self.new_campaign()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.new_button = QPushButton(translate("ui.admin.campaigns", "New campaign"))
        self.new_button.clicked.connect(self.new_campaign)
        self.add_people_button = QPushButton(translate("ui.admin.campaigns", "Add people…"))
        self.add_people_button.clicked.connect(self.add_people)
        self.start_button = QPushButton(
            translate("ui.admin.campaigns", "Start", "a button: start the campaign")
        )
        self.start_button.clicked.connect(lambda: self.change("start"))
        self.pause_button = QPushButton(
            translate("ui.admin.campaigns", "Pause", "a button: pause the campaign")
        )
        self.pause_button.clicked.connect(lambda: self.change("pause"))
        self.finish_button = QPushButton(
            translate("ui.admin.campaigns", "Finish…", "a button: finish the campaign")
        )
        self.finish_button.clicked.connect(lambda: self.change("finish"))
        self.delete_button = QPushButton(translate("ui.admin.campaigns", "Delete…", "a button"))
        self.delete_button.clicked.connect(lambda: self.delete())
        refresh = QPushButton(translate("ui.admin.campaigns", "Refresh", "a button"))
        refresh.clicked.connect(self.refresh)
        top = QHBoxLayout()
        owners = (
            self.new_button,
            self.add_people_button,
            self.start_button,
            self.pause_button,
            self.finish_button,
        )
        for button in owners:
            top.addWidget(button)
        if self.read_only:
            note = plain_label(
                translate(
                    "ui.admin.campaigns", "You may read campaigns; only the owner changes them."
                ),
                wrap=False,
            )
            note.setObjectName("hint")
            top.addWidget(note)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        top.addWidget(refresh)
        for button in (*owners, self.delete_button):
            button.setVisible(not self.read_only)

        self.table = rows_view(self.rows, translate("ui.admin.window", "Campaigns", "a tab"))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.pages = QTabWidget()
        self.pages.addTab(self.editor, translate("ui.admin.campaigns", "Settings", "a tab"))
        self.pages.addTab(self.report_view, translate("ui.admin.campaigns", "Report", "a tab"))
        self.pages.addTab(
            self.people, translate("ui.admin.campaigns", "People", "a tab: a campaign's list")
        )
        self.pages.currentChanged.connect(lambda _: self._page_shown())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)

    def editors(self) -> tuple[AdminEditor, ...]:
        """This list and the views of the chosen campaign: what reports to the status line."""
        return (self, self.editor, self.report_view, self.people)

    # ------------------------------------------------------------ loading

    def poll_again(self) -> None:
        self.list_again()  # the names they refer to change only by hand

    def reload(self) -> None:
        """The campaigns, after what their settings and figures name: queues,
        scripts and dispositions (the editor offers them, so a campaign is
        never shown before them), and agents."""
        self.call(self.client.users, self._users_loaded)

        def choices() -> Future[list[list[Any]]]:
            lists: list[Future[list[Any]]] = [
                self.client.queues.list(),
                self.client.scripts.list(),
                self.client.dispositions.list(),
            ]
            return every(lists)

        self.call(choices, self._choices_loaded)

    def _choices_loaded(self, answers: list[list[Any]]) -> None:
        queues, scripts, dispositions = answers
        self.queues = {q.id: q for q in queues}
        self.editor.set_choices(queues, scripts, dispositions)
        names = {d.id: d.name for d in dispositions}
        self.report_view.name_dispositions(names)
        self.people.name_dispositions(names)
        self.list_again()

    def _users_loaded(self, users: list[rest.User]) -> None:
        self.report_view.name_agents({u.id: u.display_name for u in users})

    def list_again(self) -> None:
        """The campaigns (and their figures) again: one changed, or time passed."""
        self.call(self.client.campaigns.list, self._loaded)

    def _loaded(self, campaigns: list[rest.Campaign]) -> None:
        self.rows.replace(sorted(campaigns, key=lambda c: -c.created_at))
        select_row_with_id(self.table, self.rows, self.chosen_id)
        chosen = self.rows.row(self.chosen_id) if self.chosen_id is not None else None
        if chosen is None and self.chosen_id is not None:
            self.new_campaign()  # deleted meanwhile
        elif chosen is not None:
            self._show_chosen(chosen, refill=False)
        self._actions_changed()
        if campaigns:
            self.call(
                lambda: every([self.client.campaign_figures(c.id) for c in campaigns]),
                lambda answers: self._figures_loaded([c.id for c in campaigns], answers),
            )

    def _figures_loaded(self, ids: list[int], answers: list[CampaignFigures]) -> None:
        self.figures = dict(zip(ids, answers, strict=True))
        self.rows.redraw()
        if self.chosen_id in self.figures:
            self.report_view.show_figures(self.chosen_id, self.figures[self.chosen_id])
            self._page_shown()  # the people's counts

    def _figures_read(self, campaign_id: int, figures: CampaignFigures) -> None:
        self.figures[campaign_id] = figures
        self.rows.redraw()

    def _queue_name(self, queue_id: int) -> str:
        queue = self.queues.get(queue_id)
        if queue is not None:
            return queue.display_name
        return translate("ui.admin.campaigns", "Queue #{id}", "one whose name is not known").format(
            id=queue_id
        )

    def _counts(self, campaign_id: int | None) -> Mapping[str, int] | None:
        """How many of the campaign's people are in each status; None until known."""
        figures = None if campaign_id is None else self.figures.get(campaign_id)
        return None if figures is None else figures.get("prospects") or {}

    # ------------------------------------------------------------ choosing

    def chosen(self) -> rest.Campaign | None:
        return None if self.chosen_id is None else self.rows.row(self.chosen_id)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        campaign = self.rows.at(current.row()) if current.isValid() else None
        if campaign is not None and campaign.id != self.chosen_id:
            self._show_chosen(campaign, refill=True)
            self._actions_changed()

    def _show_chosen(self, campaign: rest.Campaign, *, refill: bool) -> None:
        """Shows ``campaign`` below the list: its settings only when just
        chosen (``refill``), so a refresh never undoes what is being typed."""
        self.chosen_id = campaign.id
        if refill:
            self.editor.edit(campaign)
        for page in (REPORT, PEOPLE):
            self.pages.setTabEnabled(page, True)
        self.report_view.show_campaign(campaign)
        self._page_shown()

    def _page_shown(self) -> None:
        # The people are asked for once their page is looked at: they may be many.
        if self.pages.currentIndex() == PEOPLE:
            self.people.show_campaign(self.chosen(), self._counts(self.chosen_id) or {})

    def new_campaign(self) -> None:
        """An empty editor for a new campaign; nothing to report on yet."""
        self.chosen_id = None
        self.table.setCurrentIndex(QModelIndex())
        self.table.clearSelection()
        self.editor.new_campaign()
        self.report_view.show_campaign(None)
        self.people.show_campaign(None, {})
        self.pages.setCurrentIndex(SETTINGS)
        for page in (REPORT, PEOPLE):
            self.pages.setTabEnabled(page, False)
        self._actions_changed()

    def _saved(self, campaign: rest.Campaign) -> None:
        self.rows.merge([campaign])
        self.chosen_id = campaign.id
        select_row_with_id(self.table, self.rows, campaign.id)
        self._show_chosen(campaign, refill=False)
        self._actions_changed()
        self.list_again()

    def _actions_changed(self) -> None:
        chosen = self.chosen()
        status = None if chosen is None else chosen.status
        self.start_button.setText(
            translate("ui.admin.campaigns", "Resume", "a button: resume the campaign")
            if status == "paused"
            else translate("ui.admin.campaigns", "Start", "a button: start the campaign")
        )
        self.start_button.setEnabled(status in ("draft", "paused"))
        self.pause_button.setEnabled(status == "running")
        self.finish_button.setEnabled(status in ("draft", "running", "paused"))
        self.add_people_button.setEnabled(status in ("draft", "running", "paused"))
        self.delete_button.setEnabled(status in ("draft", "paused", "finished"))
        self.delete_button.setToolTip(
            translate("ui.admin.campaigns", "Pause it first: a running campaign cannot be deleted")
            if status == "running"
            else ""
        )

    # ------------------------------------------------------------ acting

    def change(self, action: CampaignAction, *, confirm: bool = True) -> None:
        """Starts (or resumes), pauses or finishes the chosen campaign;
        finishing asks first, since it cannot be undone."""
        campaign = self.chosen()
        if campaign is None or self.read_only:
            return
        if (
            action == "finish"
            and confirm
            and not confirmed(
                self,
                translate("ui.admin.campaigns", "Finish campaign", "a dialog's title"),
                translate(
                    "ui.admin.campaigns",
                    "Finish “{name}”? Nobody more on its list is called, and it "
                    "cannot be started again. Its report stays.",
                ).format(name=campaign.name),
            )
        ):
            return

        def changed(updated: rest.Campaign) -> None:
            self.rows.merge([updated])
            self._actions_changed()
            self.report(_done(action, updated.name))
            self.list_again()

        self.call(
            lambda: self.client.change_campaign(campaign.id, action),
            changed,
            self.list_again,
        )

    def delete(self, *, confirm: bool = True) -> None:
        campaign = self.chosen()
        if campaign is None or self.read_only or campaign.status == "running":
            return
        listed = sum((self._counts(campaign.id) or {}).values())
        if listed:
            question = translate(
                "ui.admin.campaigns",
                "Delete “{name}” and its list of %n people? Its report goes with it; its "
                "calls stay in Interactions and Reports.",
                None,
                listed,
            )
        else:
            question = translate(
                "ui.admin.campaigns",
                "Delete “{name}”? Its report goes with it; its calls stay "
                "in Interactions and Reports.",
            )
        if confirm and not confirmed(
            self,
            translate("ui.admin.campaigns", "Delete campaign", "a dialog's title"),
            question.format(name=campaign.name),
        ):
            return

        def deleted(_answer: rest.Deleted) -> None:
            self.report(
                translate("ui.admin.campaigns", "Campaign “{name}” deleted.").format(
                    name=campaign.name
                )
            )
            self.new_campaign()
            self.list_again()

        self.call(lambda: self.client.campaigns.delete(campaign.id), deleted)

    def add_people(self) -> AddPeopleDialog | None:
        """Opens the dialog that adds people to the chosen campaign's list."""
        campaign = self.chosen()
        if campaign is None or self.read_only:
            return None
        queue = self.queues.get(campaign.queue_id)
        dialog = AddPeopleDialog(
            self.engine,
            self.bridge,
            campaign,
            None if queue is None else queue.outbound_caller_id,
            parent=self,
        )
        forward: Callable[[str, bool], None] = self.status.emit
        dialog.adder.status.connect(forward)
        dialog.adder.added.connect(lambda _: self.list_again())
        if self.add_people_dialog is not None:  # the last one, closed by now
            self.add_people_dialog.deleteLater()
        self.add_people_dialog = dialog
        dialog.open()
        return dialog


class CampaignsTab(QWidget):
    """The campaigns beside the do-not-call list, each a page of its own."""

    status = Signal(str, bool)  # the admin window's status line

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        welcome = engine.welcome
        self.read_only = welcome is None or welcome.user.role is not Role.OWNER
        self.campaigns = CampaignList(engine, bridge, read_only=self.read_only)
        self.do_not_call = DoNotCallPage(engine, bridge, read_only=self.read_only)
        forward: Callable[[str, bool], None] = self.status.emit
        for editor in self.editors():
            editor.status.connect(forward)
        self.pages = QTabWidget()
        self.pages.addTab(self.campaigns, translate("ui.admin.campaigns", "Campaigns", "a tab"))
        self.pages.addTab(
            self.do_not_call, translate("ui.admin.campaigns", "Do-not-call list", "a tab")
        )
        self.pages.currentChanged.connect(lambda _: self._page_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def editors(self) -> tuple[AdminEditor, ...]:
        return (*self.campaigns.editors(), self.do_not_call)

    def busy(self) -> bool:
        """Whether an answer from the server is still awaited."""
        return any(editor.in_flight for editor in self.editors())

    def _page_shown(self) -> None:
        if self.pages.currentWidget() is self.do_not_call:
            self.do_not_call.reload()  # campaigns made or numbers added meanwhile

    def showEvent(self, event: QShowEvent) -> None:  # Qt names it
        super().showEvent(event)
        self._page_shown()
