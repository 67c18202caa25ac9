"""A campaign's report: calls placed, people reached, conversion and abandon
rate above; below, how its calls ended, what agents chose at wrap-up, where
its list stands and each agent's time on it. Refresh asks again; the
campaigns' list also hands it fresh figures each time it asks for its own."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.rest import CampaignFigures
from callnest.desktop.i18n import translate
from callnest.desktop.models.campaign_figures import (
    AgentTime,
    Headline,
    Share,
    agent_columns,
    agent_rows,
    disposition_columns,
    disposition_rows,
    headlines,
    outcome_columns,
    outcome_rows,
    progress_columns,
    progress_rows,
)
from callnest.desktop.models.wallboard import StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, rows_view
from callnest.desktop.ui.customer import plain_label
from callnest.protocol import rest


class HeadlineTile(QFrame):
    """One headline figure: what it is, the figure, and what it counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title, self.value, self.note = plain_label(), plain_label(), plain_label()
        self.title.setObjectName("pageTitle")
        self.value.setObjectName("title")
        self.note.setObjectName("hint")
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.note):
            layout.addWidget(label)

    def show_headline(self, headline: Headline) -> None:
        self.title.setText(headline.title)
        self.value.setText(headline.value)
        self.note.setText(headline.note)


class CampaignReport(AdminEditor):
    """The chosen campaign's figures; ``read`` carries each answer (campaign
    id, figures), so the list's progress is never older than the report."""

    read = Signal(int, dict)

    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.campaign: rest.Campaign | None = None
        self.figures: CampaignFigures | None = None
        self.dispositions: Mapping[int, str] = {}
        self.agents: Mapping[int, str] = {}
        self.outcomes = StatsTable[Share](outcome_columns(), key=id, parent=self)
        self.chosen = StatsTable[Share](disposition_columns(), key=id, parent=self)
        self.progress = StatsTable[Share](progress_columns(), key=id, parent=self)
        self.agent_time = StatsTable[AgentTime](agent_columns(), key=id, parent=self)
        self._build()

    def _build(self) -> None:
        self.as_of = plain_label(wrap=False)
        self.as_of.setObjectName("hint")
        self.refresh_button = QPushButton(
            translate("ui.admin.campaign_report", "Refresh", "a button")
        )
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.as_of, 1)
        top.addWidget(self.refresh_button)
        self.tiles = [HeadlineTile() for _ in range(4)]
        tiles = QHBoxLayout()
        for tile in self.tiles:
            tiles.addWidget(tile, 1)
        tables: tuple[tuple[str, QAbstractItemModel], ...] = (
            (translate("ui.admin.campaign_report", "How the calls ended"), self.outcomes),
            (
                translate("ui.admin.campaign_report", "Dispositions of the people reached"),
                self.chosen,
            ),
            (
                translate("ui.admin.campaign_report", "The list", "where a campaign's list stands"),
                self.progress,
            ),
            (
                translate("ui.admin.campaign_report", "Agents' time on the campaign"),
                self.agent_time,
            ),
        )
        grid = QGridLayout()
        for at, (title, rows) in enumerate(tables):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(rows_view(rows, title))
            grid.addWidget(box, at // 2, at % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addLayout(tiles)
        layout.addLayout(grid, 1)

    def name_dispositions(self, names: Mapping[int, str]) -> None:
        """The names the figures' disposition ids stand for."""
        self.dispositions = names
        self._redraw()

    def name_agents(self, names: Mapping[int, str]) -> None:
        """The names the figures' agent ids stand for."""
        self.agents = names
        self._redraw()

    def show_campaign(self, campaign: rest.Campaign | None) -> None:
        """Reports on ``campaign`` (its figures asked for), or on nothing."""
        changed = campaign is None or self.campaign is None or campaign.id != self.campaign.id
        self.campaign = campaign
        if changed:
            self.figures = None
            self.clear_problem()
            self._redraw()
        if campaign is not None and changed:
            self.refresh()

    def refresh(self) -> None:
        campaign = self.campaign
        if campaign is None:
            return

        def answered(figures: CampaignFigures) -> None:
            self.show_figures(campaign.id, figures)
            self.read.emit(campaign.id, figures)

        self.call(lambda: self.client.campaign_figures(campaign.id), answered)

    def show_figures(self, campaign_id: int, figures: CampaignFigures) -> None:
        """Figures just asked for; ignored when another campaign is shown by now."""
        if self.campaign is None or campaign_id != self.campaign.id:
            return
        self.figures = figures
        now = QLocale().toString(QTime.currentTime(), "HH:mm:ss")  # as before: to the second
        self.as_of.setText(
            translate("ui.admin.campaign_report", "“{name}” as of {time}.").format(
                name=self.campaign.name, time=now
            )
        )
        self._redraw()

    def _redraw(self) -> None:
        figures, campaign = self.figures, self.campaign
        if figures is None or campaign is None:
            self.as_of.setText(
                ""
                if campaign is None
                else translate("ui.admin.campaign_report", "Reading “{name}”…").format(
                    name=campaign.name
                )
            )
            for tile in self.tiles:
                tile.show_headline(Headline("", "", ""))
            for table in (self.outcomes, self.chosen, self.progress):
                table.replace(())
            self.agent_time.replace(())
            return
        success = campaign.success_dispositions
        for tile, headline in zip(self.tiles, headlines(figures, success), strict=True):
            tile.show_headline(headline)
        self.outcomes.replace(outcome_rows(figures))
        self.chosen.replace(disposition_rows(figures, self.dispositions, success))
        self.progress.replace(progress_rows(figures))
        self.agent_time.replace(agent_rows(figures, self.agents))

    def headline_texts(self) -> list[tuple[str, str, str]]:
        """The headlines as shown: (title, figure, note)."""
        return [(t.title.text(), t.value.text(), t.note.text()) for t in self.tiles]
