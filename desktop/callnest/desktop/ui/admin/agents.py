"""The Agents tab: everyone who logs in (agents, supervisors, owners), their
team, skills with levels and how many contacts they take at once; teams and
skills are created where they are needed. A password the server makes up is
shown once, in a fixed-width font and groups of four, with a copy button,
and never again."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.i18n import translate
from callnest.desktop.models.admin import skills_text
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import (
    AdminEditor,
    SkillLevels,
    confirmed,
    list_toolbar,
    rows_view,
    select_row_with_id,
)
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.setup import USER_NAME
from callnest.protocol import Role, rest

MAX_CHATS = 20  # the server's limit on chats at once
MAX_EMAILS = 50  # the server's limit on e-mail threads at once
DEFAULT_EMAILS = 2  # the server's own default
MIN_PASSWORD = 8
NEW_SKILL_LEVEL = 5  # a skill made while editing someone: mid-scale, for the owner to adjust


def roles() -> tuple[tuple[Role, str], ...]:
    """The roles someone may have, in words."""
    return (
        (Role.AGENT, translate("ui.admin.agents", "Agent", "a role")),
        (Role.SUPERVISOR, translate("ui.admin.agents", "Supervisor", "a role")),
        (Role.OWNER, translate("ui.admin.agents", "Owner", "a role")),
    )


def _yes(value: bool) -> str:
    if value:
        return translate("ui.admin.agents", "Yes", "a table cell: takes calls, can log in")
    return translate("ui.admin.agents", "No", "a table cell: takes calls, can log in")


GROUP = 4  # characters between the spaces a made-up password is shown with


def grouped(password: str) -> str:
    """``k7m3 p9xa ...``: groups of four are read out and typed without losing
    one's place. The spaces are not part of the password."""
    return " ".join(password[i : i + GROUP] for i in range(0, len(password), GROUP))


class OncePasswordDialog(QDialog):
    """A password the server made up, shown this once in a font where every
    character looks like itself, with a copy button."""

    def __init__(self, user: rest.User, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = user.display_name or user.username
        self.setWindowTitle(
            translate("ui.admin.agents", "Password for {name}", "a window title").format(name=name)
        )
        self.password = password
        self.shown = QLabel(grouped(password))
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.shown.setFont(font)
        self.copy = QPushButton(translate("ui.admin.agents", "Copy", "a button: copy the password"))
        self.copy.setToolTip(
            translate("ui.admin.agents", "Copies the password, without the spaces")
        )
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(password))
        row = QHBoxLayout()
        row.addWidget(self.shown, 1)
        row.addWidget(self.copy)
        said = plain_label(
            translate(
                "ui.admin.agents",
                "Give {name} the user name {username} and this password. "
                "It is shown only now: copy it before you close this.",
            ).format(name=name, username=user.username)
        )
        spaces = plain_label(
            translate(
                "ui.admin.agents",
                "The spaces only make it easier to read: type it without them.",
            )
        )
        spaces.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(row)
        layout.addWidget(spaces)
        layout.addWidget(buttons)


class AgentsTab(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.teams: list[rest.Team] = []
        self.skills: list[rest.Skill] = []
        self.editing: int | None = None  # the user in the form; None: a new one
        self.password_dialog: OncePasswordDialog | None = None
        self.users = StatsTable[rest.User](self._columns(), key=lambda u: u.id)
        self._build()
        self.new_agent()
        self.reload()

    # ------------------------------------------------------------ building

    def _columns(self) -> tuple[Column[rest.User], ...]:
        role_names = dict(roles())
        return (
            Column(
                translate("ui.admin.agents", "Name", "a column: a person's"),
                lambda u, _: u.display_name,
            ),
            Column(
                translate("ui.admin.agents", "Login", "a column: the user name"),
                lambda u, _: u.username,
            ),
            Column(
                translate("ui.admin.agents", "Role", "a column"), lambda u, _: role_names[u.role]
            ),
            Column(
                translate("ui.admin.agents", "Team", "a column"),
                lambda u, _: self._team_name(u.team_id),
            ),
            Column(
                translate("ui.admin.agents", "Skills", "a column"),
                lambda u, _: skills_text(u.skills, self._skill_names()),
            ),
            Column(
                translate("ui.admin.agents", "Calls", "a column: takes calls"),
                lambda u, _: _yes(bool(u.voice_capacity)),
            ),
            Column(
                translate("ui.admin.agents", "Chats", "a column: chats at once"),
                lambda u, _: QLocale().toString(u.chat_capacity),
            ),
            Column(
                translate("ui.admin.agents", "E-mails", "a column: e-mail threads at once"),
                lambda u, _: QLocale().toString(u.email_capacity),
            ),
            Column(
                translate("ui.admin.agents", "Active", "a column: can log in"),
                lambda u, _: _yes(u.active),
            ),
        )

    def _build(self) -> None:
        self.table = rows_view(self.users, translate("ui.admin.window", "Agents", "a tab"))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.new_button = QPushButton(translate("ui.admin.agents", "New agent", "a button"))
        self.new_button.clicked.connect(self.new_agent)
        top = list_toolbar(self.new_button, self.reload)

        self.team_list = QListWidget()
        self.team_list.setToolTip(translate("ui.admin.agents", "Double-click a team to rename it"))
        self.team_list.setMaximumHeight(130)
        self.team_list.itemChanged.connect(self._team_renamed)
        self.new_team = QLineEdit()
        self.new_team.setPlaceholderText(translate("ui.admin.agents", "New team name"))
        self.new_team.returnPressed.connect(self.add_team)
        add_team = QPushButton(translate("ui.admin.agents", "Add team", "a button"))
        add_team.clicked.connect(self.add_team)
        team_row = QHBoxLayout()
        team_row.addWidget(self.new_team, 1)
        team_row.addWidget(add_team)
        teams = QGroupBox(translate("ui.admin.agents", "Teams", "a group's title"))
        teams_layout = QVBoxLayout(teams)
        teams_layout.addWidget(self.team_list)
        teams_layout.addLayout(team_row)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(teams)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._build_form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_form(self) -> QGroupBox:
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(
            translate("ui.admin.agents", "e.g. Ada Lovelace", "an example of a person's name")
        )
        self.username = QLineEdit()
        self.username.setPlaceholderText(
            translate(
                "ui.admin.agents", "ada.lovelace", "an example of a login: letters, digits, . _ @ -"
            )
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("ui.admin.agents", "leave empty: Callnest makes one up", "a password")
        )
        self.role = QComboBox()
        for value, label in roles():
            self.role.addItem(label, value)
        self.team = QComboBox()
        self.takes_calls = QCheckBox(translate("ui.admin.agents", "Takes calls (one at a time)"))
        self.chats = QSpinBox()
        self.chats.setRange(0, MAX_CHATS)
        self.chats.setSuffix(
            translate("ui.admin.agents", " at once", "a suffix after a number of chats")
        )
        self.emails = QSpinBox()
        self.emails.setRange(0, MAX_EMAILS)
        self.emails.setSuffix(
            translate("ui.admin.agents", " at once", "a suffix after a number of e-mail threads")
        )
        self.emails.setToolTip(
            translate("ui.admin.agents", "How many customers' e-mail threads they answer at once")
        )
        self.active = QCheckBox(translate("ui.admin.agents", "Can log in"))
        self.skill_levels = SkillLevels()
        self.new_skill = QLineEdit()
        self.new_skill.setPlaceholderText(translate("ui.admin.agents", "New skill, e.g. French"))
        self.new_skill.returnPressed.connect(self.add_skill)
        add_skill = QPushButton(translate("ui.admin.agents", "Add skill", "a button"))
        add_skill.clicked.connect(self.add_skill)
        skill_row = QHBoxLayout()
        skill_row.addWidget(self.new_skill, 1)
        skill_row.addWidget(add_skill)

        self.fields = {
            "display_name": (
                translate("ui.admin.agents", "Name", "a form's label: a person's"),
                self.display_name,
            ),
            "username": (
                translate("ui.admin.agents", "Login", "a form's label: the user name"),
                self.username,
            ),
            "password": (translate("ui.admin.agents", "Password", "a form's label"), self.password),
            "role": (translate("ui.admin.agents", "Role", "a form's label"), self.role),
            "team_id": (translate("ui.admin.agents", "Team", "a form's label"), self.team),
            "voice_capacity": (
                translate("ui.admin.agents", "Calls", "a form's label: takes calls"),
                self.takes_calls,
            ),
            "chat_capacity": (
                translate("ui.admin.agents", "Chats", "a form's label: chats at once"),
                self.chats,
            ),
            "email_capacity": (
                translate("ui.admin.agents", "E-mails", "a form's label: e-mail threads at once"),
                self.emails,
            ),
            "active": (
                translate("ui.admin.agents", "Active", "a form's label: can log in"),
                self.active,
            ),
            "skills": (translate("ui.admin.agents", "Skills", "a form's label"), self.skill_levels),
        }
        self.form = QFormLayout()
        for field in (
            "display_name",
            "username",
            "password",
            "role",
            "team_id",
            "voice_capacity",
            "chat_capacity",
            "email_capacity",
            "active",
        ):
            label, widget = self.fields[field]
            self.form.addRow(label, widget)

        self.save_button = QPushButton(translate("ui.admin.agents", "Save", "a button"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(translate("ui.admin.agents", "Reset password…", "a button"))
        self.reset_button.clicked.connect(lambda: self.reset_password())
        self.deactivate_button = QPushButton(
            translate("ui.admin.agents", "Deactivate…", "a button: stop someone logging in")
        )
        self.deactivate_button.clicked.connect(lambda: self.deactivate())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.deactivate_button)

        self.editor = QGroupBox()
        layout = QVBoxLayout(self.editor)
        layout.addLayout(self.form)
        layout.addWidget(
            QLabel(translate("ui.admin.agents", "Skills (tick, then set the level, 1 to 10)"))
        )
        layout.addWidget(self.skill_levels, 1)
        layout.addLayout(skill_row)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        return self.editor

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call(self.client.teams.list, self._teams_loaded)
        self.call(self.client.skills.list, self._skills_loaded)
        self.call(self.client.users, self._users_loaded)

    def _users_loaded(self, rows: list[rest.User]) -> None:
        self.users.replace(sorted(rows, key=lambda u: u.display_name.lower()))
        self._select(self.editing)

    def _teams_loaded(self, rows: list[rest.Team]) -> None:
        self.teams = sorted(rows, key=lambda t: t.name.lower())
        chosen = self.team.currentData()
        self.team.clear()
        self.team.addItem(translate("ui.admin.agents", "(no team)"), None)
        for team in self.teams:
            self.team.addItem(team.name, team.id)
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)))
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for team in self.teams:
            item = QListWidgetItem(team.name)
            item.setData(Qt.ItemDataRole.UserRole, team.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.team_list.addItem(item)
        self.team_list.blockSignals(False)
        self._repaint_users()

    def _skills_loaded(self, rows: list[rest.Skill]) -> None:
        self.skills = rows
        self.skill_levels.set_skills(rows)
        self._repaint_users()

    def _repaint_users(self) -> None:
        """Team or skill names changed: the rows read them again."""
        rows = (self.users.at(i) for i in range(self.users.rowCount()))
        self._users_loaded([u for u in rows if u is not None])

    def _team_name(self, team_id: int | None) -> str:
        return next((t.name for t in self.teams if t.id == team_id), "—")

    def _skill_names(self) -> dict[int, str]:
        return {s.id: s.name for s in self.skills}

    def _select(self, user_id: int | None) -> None:
        select_row_with_id(self.table, self.users, user_id)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        user = self.users.at(current.row()) if current.isValid() else None
        # Re-selecting the row being edited (after a reload) keeps what is typed.
        if user is not None and user.id != self.editing:
            self.edit(user)

    # ------------------------------------------------------------ the form

    def new_agent(self) -> None:
        """An empty form for someone new."""
        self.editing = None
        self.table.setCurrentIndex(QModelIndex())  # so choosing any row edits it again
        self.editor.setTitle(translate("ui.admin.agents", "New agent", "the form's title"))
        for field in (self.display_name, self.username, self.password):
            field.clear()
        self.username.setReadOnly(False)
        self.form.setRowVisible(self.password, True)
        self.role.setCurrentIndex(0)
        self.team.setCurrentIndex(0)
        self.takes_calls.setChecked(True)
        self.chats.setValue(3)
        self.emails.setValue(DEFAULT_EMAILS)
        self.active.setChecked(True)
        self.skill_levels.set_levels({})
        self.reset_button.setEnabled(False)
        self.deactivate_button.setEnabled(False)
        self.clear_problem()
        self.display_name.setFocus()

    def edit(self, user: rest.User) -> None:
        """Puts ``user`` in the form."""
        self.editing = user.id
        self.editor.setTitle(
            translate("ui.admin.agents", "Edit {name}", "the form's title: a person's name").format(
                name=user.display_name
            )
        )
        self.display_name.setText(user.display_name)
        self.username.setText(user.username)
        self.password.clear()
        self.form.setRowVisible(self.password, False)  # changed with Reset password
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.team.setCurrentIndex(max(0, self.team.findData(user.team_id)))
        self.takes_calls.setChecked(bool(user.voice_capacity))
        self.chats.setValue(user.chat_capacity)
        self.emails.setValue(user.email_capacity)
        self.active.setChecked(user.active)
        self.skill_levels.set_levels(user.skills)
        self.reset_button.setEnabled(True)
        self.deactivate_button.setEnabled(user.active)
        self.clear_problem()

    def values(self) -> rest.UserFields:
        """The form as the server's user fields; raises ValidationError naming
        a field that cannot be."""
        return rest.UserFields(
            username=self.username.text().strip(),
            display_name=self.display_name.text().strip(),
            role=self.role.currentData(),
            team_id=self.team.currentData(),
            active=self.active.isChecked(),
            voice_capacity=1 if self.takes_calls.isChecked() else 0,
            chat_capacity=self.chats.value(),
            email_capacity=self.emails.value(),
            skills=self.skill_levels.levels(),
        )

    def new_user(self) -> rest.NewUserFields:
        """The form as a new user: its fields, and the password typed if any
        (none: the server makes one up)."""
        typed = {"password": self.password.text()} if self.password.text() else {}
        return rest.NewUserFields.model_validate(dict(self.values()) | typed)

    def _first_problem(self) -> tuple[str, str] | None:
        if not self.display_name.text().strip():
            return "display_name", translate("ui.admin.agents", "Enter the person's name.")
        if not USER_NAME.match(self.username.text().strip()):
            return (
                "username",
                translate(
                    "ui.admin.agents",
                    "The login takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).",
                ),
            )
        typed = self.password.text() if self.editing is None else ""
        if 0 < len(typed) < MIN_PASSWORD:
            return "password", translate(
                "ui.admin.agents", "A password needs at least %n character(s).", None, MIN_PASSWORD
            )
        return None

    def save(self) -> None:
        """Creates or changes the user in the form."""
        problem = self._first_problem()
        if problem is not None:
            field, text = problem
            self.show_problem(text, field)
            return
        self.save_button.setEnabled(False)

        def saved(user: rest.User) -> None:
            self.save_button.setEnabled(True)
            created = self.editing is None
            self.editing = user.id
            if created:
                said = translate("ui.admin.agents", "Created {name}.", "a person's name")
            else:
                said = translate("ui.admin.agents", "Saved {name}.", "a person's name")
            self.report(said.format(name=user.display_name))
            if created:
                self.edit(user)
                if user.password is not None:
                    self.show_password(user, user.password)
            self.call(self.client.users, self._users_loaded)

        def refused() -> None:
            self.save_button.setEnabled(True)

        editing = self.editing
        if editing is None:
            self.call(lambda: self.client.create_user(self.new_user()), saved, refused)
        else:
            self.call(lambda: self.client.change_user(editing, self.values()), saved, refused)

    def show_password(self, user: rest.User, password: str) -> OncePasswordDialog:
        dialog = OncePasswordDialog(user, password, parent=self)
        dialog.setModal(True)
        dialog.show()
        self.password_dialog = dialog
        return dialog

    def reset_password(self, *, confirm: bool = True) -> None:
        """A new password made up by the server, shown once."""
        user = self.users.row(self.editing) if self.editing is not None else None
        if user is None:
            return
        if confirm and not confirmed(
            self,
            translate("ui.admin.agents", "Reset password", "a window title"),
            translate(
                "ui.admin.agents",
                "Make up a new password for {name}? The old one stops working at once.",
            ).format(name=user.display_name),
        ):
            return

        def done(answer: rest.PasswordReset) -> None:
            self.report(
                translate("ui.admin.agents", "New password made for {name}.").format(
                    name=user.display_name
                )
            )
            self.show_password(user, answer.password or "")

        self.call(lambda: self.client.reset_password(user.id), done)

    def deactivate(self, *, confirm: bool = True) -> None:
        """Stops someone logging in; their history stays (the server keeps every user)."""
        user = self.users.row(self.editing) if self.editing is not None else None
        if user is None:
            return
        if confirm and not confirmed(
            self,
            translate("ui.admin.agents", "Deactivate", "a window title: stop someone logging in"),
            translate(
                "ui.admin.agents",
                "Deactivate {name}? They are logged out now and cannot log in again; their "
                "history stays. Tick Active and save to undo.",
                "Active: the form's label of that name",
            ).format(name=user.display_name),
        ):
            return

        def done(_answer: rest.Deactivated) -> None:
            self.report(
                translate("ui.admin.agents", "Deactivated {name}.").format(name=user.display_name)
            )
            self.active.setChecked(False)
            self.deactivate_button.setEnabled(False)
            self.call(self.client.users, self._users_loaded)

        self.call(lambda: self.client.deactivate_user(user.id), done)

    # ------------------------------------------------------------ teams and skills

    def add_team(self) -> None:
        name = self.new_team.text().strip()
        if not name:
            self.show_problem(
                translate("ui.admin.agents", "Type the new team's name first."), "team_id"
            )
            return

        def created(team: rest.Team) -> None:
            self.new_team.clear()
            self.report(translate("ui.admin.agents", "Created team {name}.").format(name=team.name))
            self._teams_loaded([*self.teams, team])
            self.team.setCurrentIndex(self.team.findData(team.id))

        self.call(lambda: self.client.teams.create(rest.TeamFields(name=name)), created)

    def _team_renamed(self, item: QListWidgetItem) -> None:
        team_id = int(item.data(Qt.ItemDataRole.UserRole))
        before = next((t for t in self.teams if t.id == team_id), None)
        name = item.text().strip()
        if before is None or name == before.name:
            return

        def renamed(team: rest.Team) -> None:
            self.report(
                translate("ui.admin.agents", "Renamed team {before} to {after}.").format(
                    before=before.name, after=team.name
                )
            )
            self._teams_loaded([t for t in self.teams if t.id != team_id] + [team])

        def refused() -> None:
            self.team_list.blockSignals(True)
            item.setText(before.name)
            self.team_list.blockSignals(False)

        if not name:
            refused()
            self.show_problem(translate("ui.admin.agents", "A team needs a name."), "team_id")
            return
        self.call(
            lambda: self.client.teams.change(team_id, rest.TeamFields(name=name)),
            renamed,
            refused,
        )

    def add_skill(self) -> None:
        name = self.new_skill.text().strip()
        if not name:
            self.show_problem(
                translate("ui.admin.agents", "Type the new skill's name first."), "skills"
            )
            return

        def created(skill: rest.Skill) -> None:
            self.new_skill.clear()
            self.report(
                translate("ui.admin.agents", "Created skill {name}.").format(name=skill.name)
            )
            self._skills_loaded([*self.skills, skill])
            self.skill_levels.tick(skill.id, NEW_SKILL_LEVEL)

        self.call(lambda: self.client.skills.create(rest.SkillFields(name=name)), created)
