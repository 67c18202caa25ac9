"""The Agents tab: everyone who logs in (agents, supervisors, owners), their
team, skills with levels and how many contacts they take at once; teams and
skills are created where they are needed. A password the server makes up is
shown once, with a copy button, and never again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
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
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.models.admin import skills_text
from callnest.desktop.models.wallboard import Column, StatsTable
from callnest.desktop.ports import EnginePort
from callnest.desktop.ui.admin.form import AdminEditor, SkillLevels, rows_view, select_row_with_id
from callnest.desktop.ui.customer import plain_label
from callnest.desktop.ui.setup import USER_NAME

ROLES = (("agent", "Agent"), ("supervisor", "Supervisor"), ("owner", "Owner"))
MAX_CHATS = 20  # the server's limit on chats at once
MIN_PASSWORD = 8
NEW_SKILL_LEVEL = 5  # a skill made while editing someone: mid-scale, for the owner to adjust

User = dict[str, Any]


class OncePasswordDialog(QDialog):
    """A password the server made up, shown this once, with a copy button."""

    def __init__(self, user: User, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = str(user.get("display_name") or user.get("username"))
        self.setWindowTitle(f"Password for {name}")
        self.password = QLineEdit(password)
        self.password.setReadOnly(True)
        self.password.setMinimumWidth(260)
        self.copy = QPushButton("Copy")
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(password))
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.copy)
        said = plain_label(
            f"Give {name} the user name {user.get('username')} and this password. "
            "It is shown only now: copy it before you close this."
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addLayout(row)
        layout.addWidget(buttons)


class AgentsTab(AdminEditor):
    def __init__(
        self, engine: EnginePort, bridge: EngineBridge, parent: QWidget | None = None
    ) -> None:
        super().__init__(engine, bridge, parent)
        self.teams: list[dict[str, Any]] = []
        self.skills: list[dict[str, Any]] = []
        self.editing: int | None = None  # the user in the form; None: a new one
        self.password_dialog: OncePasswordDialog | None = None
        self.users = StatsTable[User](self._columns(), key=lambda u: int(u["id"]))
        self._build()
        self.new_agent()
        self.reload()

    # ------------------------------------------------------------ building

    def _columns(self) -> tuple[Column[User], ...]:
        role_names = dict(ROLES)
        return (
            Column("Name", lambda u, _: str(u["display_name"])),
            Column("Login", lambda u, _: str(u["username"])),
            Column("Role", lambda u, _: role_names.get(u["role"], str(u["role"]))),
            Column("Team", lambda u, _: self._team_name(u.get("team_id"))),
            Column("Skills", lambda u, _: skills_text(u.get("skills") or {}, self._skill_names())),
            Column("Calls", lambda u, _: "Yes" if u.get("voice_capacity") else "No"),
            Column("Chats", lambda u, _: str(u.get("chat_capacity", 0))),
            Column("Active", lambda u, _: "Yes" if u.get("active") else "No"),
        )

    def _build(self) -> None:
        self.table = rows_view(self.users)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.new_button = QPushButton("New agent")
        self.new_button.clicked.connect(self.new_agent)
        refresh = QPushButton("Refresh")
        refresh.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(refresh)

        self.team_list = QListWidget()
        self.team_list.setToolTip("Double-click a team to rename it")
        self.team_list.setMaximumHeight(130)
        self.team_list.itemChanged.connect(self._team_renamed)
        self.new_team = QLineEdit()
        self.new_team.setPlaceholderText("New team name")
        self.new_team.returnPressed.connect(self.add_team)
        add_team = QPushButton("Add team")
        add_team.clicked.connect(self.add_team)
        team_row = QHBoxLayout()
        team_row.addWidget(self.new_team, 1)
        team_row.addWidget(add_team)
        teams = QGroupBox("Teams")
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
        self.display_name.setPlaceholderText("e.g. Ada Lovelace")
        self.username = QLineEdit()
        self.username.setPlaceholderText("ada.lovelace")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("leave empty: Callnest makes one up")
        self.role = QComboBox()
        for value, label in ROLES:
            self.role.addItem(label, value)
        self.team = QComboBox()
        self.takes_calls = QCheckBox("Takes calls (one at a time)")
        self.chats = QSpinBox()
        self.chats.setRange(0, MAX_CHATS)
        self.chats.setSuffix(" at once")
        self.active = QCheckBox("Can log in")
        self.skill_levels = SkillLevels()
        self.new_skill = QLineEdit()
        self.new_skill.setPlaceholderText("New skill, e.g. French")
        self.new_skill.returnPressed.connect(self.add_skill)
        add_skill = QPushButton("Add skill")
        add_skill.clicked.connect(self.add_skill)
        skill_row = QHBoxLayout()
        skill_row.addWidget(self.new_skill, 1)
        skill_row.addWidget(add_skill)

        self.form = QFormLayout()
        self.form.addRow("Name", self.display_name)
        self.form.addRow("Login", self.username)
        self.form.addRow("Password", self.password)
        self.form.addRow("Role", self.role)
        self.form.addRow("Team", self.team)
        self.form.addRow("Calls", self.takes_calls)
        self.form.addRow("Chats", self.chats)
        self.form.addRow("Active", self.active)
        self.fields = {
            "display_name": ("Name", self.display_name),
            "username": ("Login", self.username),
            "password": ("Password", self.password),
            "role": ("Role", self.role),
            "team_id": ("Team", self.team),
            "voice_capacity": ("Calls", self.takes_calls),
            "chat_capacity": ("Chats", self.chats),
            "active": ("Active", self.active),
            "skills": ("Skills", self.skill_levels),
        }

        self.save_button = QPushButton("Save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton("Reset password…")
        self.reset_button.clicked.connect(lambda: self.reset_password())
        self.deactivate_button = QPushButton("Deactivate…")
        self.deactivate_button.clicked.connect(lambda: self.deactivate())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.deactivate_button)

        self.editor = QGroupBox()
        layout = QVBoxLayout(self.editor)
        layout.addLayout(self.form)
        layout.addWidget(QLabel("Skills (tick, then set the level, 1 to 10)"))
        layout.addWidget(self.skill_levels, 1)
        layout.addLayout(skill_row)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        return self.editor

    # ------------------------------------------------------------ loading

    def reload(self) -> None:
        self.call("GET", "/api/teams", None, self._teams_loaded)
        self.call("GET", "/api/skills", None, self._skills_loaded)
        self.call("GET", "/api/users", None, self._users_loaded)

    def _users_loaded(self, rows: list[User]) -> None:
        self.users.replace(sorted(rows, key=lambda u: str(u["display_name"]).lower()))
        self._select(self.editing)

    def _teams_loaded(self, rows: list[dict[str, Any]]) -> None:
        self.teams = sorted(rows, key=lambda t: str(t["name"]).lower())
        chosen = self.team.currentData()
        self.team.clear()
        self.team.addItem("(no team)", None)
        for team in self.teams:
            self.team.addItem(str(team["name"]), int(team["id"]))
        self.team.setCurrentIndex(max(0, self.team.findData(chosen)))
        self.team_list.blockSignals(True)
        self.team_list.clear()
        for team in self.teams:
            item = QListWidgetItem(str(team["name"]))
            item.setData(Qt.ItemDataRole.UserRole, int(team["id"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.team_list.addItem(item)
        self.team_list.blockSignals(False)
        self._repaint_users()

    def _skills_loaded(self, rows: list[dict[str, Any]]) -> None:
        self.skills = rows
        self.skill_levels.set_skills(rows)
        self._repaint_users()

    def _repaint_users(self) -> None:
        """Team or skill names changed: the rows read them again."""
        rows = (self.users.at(i) for i in range(self.users.rowCount()))
        self._users_loaded([u for u in rows if u is not None])

    def _team_name(self, team_id: int | None) -> str:
        return next((str(t["name"]) for t in self.teams if t["id"] == team_id), "—")

    def _skill_names(self) -> dict[int, str]:
        return {int(s["id"]): str(s["name"]) for s in self.skills}

    def _select(self, user_id: int | None) -> None:
        select_row_with_id(self.table, self.users, user_id)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        user = self.users.at(current.row()) if current.isValid() else None
        # Re-selecting the row being edited (after a reload) keeps what is typed.
        if user is not None and user["id"] != self.editing:
            self.edit(user)

    # ------------------------------------------------------------ the form

    def new_agent(self) -> None:
        """An empty form for someone new."""
        self.editing = None
        self.table.setCurrentIndex(QModelIndex())  # so choosing any row edits it again
        self.editor.setTitle("New agent")
        for field in (self.display_name, self.username, self.password):
            field.clear()
        self.username.setReadOnly(False)
        self.form.setRowVisible(self.password, True)
        self.role.setCurrentIndex(0)
        self.team.setCurrentIndex(0)
        self.takes_calls.setChecked(True)
        self.chats.setValue(3)
        self.active.setChecked(True)
        self.skill_levels.set_levels({})
        self.reset_button.setEnabled(False)
        self.deactivate_button.setEnabled(False)
        self.clear_problem()
        self.display_name.setFocus()

    def edit(self, user: User) -> None:
        """Puts ``user`` in the form."""
        self.editing = int(user["id"])
        self.editor.setTitle(f"Edit {user['display_name']}")
        self.display_name.setText(str(user["display_name"]))
        self.username.setText(str(user["username"]))
        self.password.clear()
        self.form.setRowVisible(self.password, False)  # changed with Reset password
        self.role.setCurrentIndex(max(0, self.role.findData(user["role"])))
        self.team.setCurrentIndex(max(0, self.team.findData(user.get("team_id"))))
        self.takes_calls.setChecked(bool(user.get("voice_capacity")))
        self.chats.setValue(int(user.get("chat_capacity") or 0))
        self.active.setChecked(bool(user.get("active")))
        self.skill_levels.set_levels(user.get("skills") or {})
        self.reset_button.setEnabled(True)
        self.deactivate_button.setEnabled(bool(user.get("active")))
        self.clear_problem()

    def values(self) -> dict[str, Any]:
        """The form as the server's user fields."""
        values: dict[str, Any] = {
            "username": self.username.text().strip(),
            "display_name": self.display_name.text().strip(),
            "role": self.role.currentData(),
            "team_id": self.team.currentData(),
            "active": self.active.isChecked(),
            "voice_capacity": 1 if self.takes_calls.isChecked() else 0,
            "chat_capacity": self.chats.value(),
            "skills": {str(k): v for k, v in self.skill_levels.levels().items()},
        }
        if self.editing is None and self.password.text():
            values["password"] = self.password.text()
        return values

    def _first_problem(self, values: dict[str, Any]) -> tuple[str, str] | None:
        if not values["display_name"]:
            return "display_name", "Enter the person's name."
        if not USER_NAME.match(values["username"]):
            return (
                "username",
                "The login takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).",
            )
        if 0 < len(values.get("password", "x" * MIN_PASSWORD)) < MIN_PASSWORD:
            return "password", f"A password needs at least {MIN_PASSWORD} characters."
        return None

    def save(self) -> None:
        """Creates or changes the user in the form."""
        values = self.values()
        problem = self._first_problem(values)
        if problem is not None:
            field, text = problem
            self.show_problem(text, field)
            return
        self.save_button.setEnabled(False)

        def saved(user: User) -> None:
            self.save_button.setEnabled(True)
            created = self.editing is None
            self.editing = int(user["id"])
            self.report(f"{'Created' if created else 'Saved'} {user['display_name']}.")
            if created:
                self.edit(user)
                if "password" in user:
                    self.show_password(user, str(user["password"]))
            self.call("GET", "/api/users", None, self._users_loaded)

        def refused() -> None:
            self.save_button.setEnabled(True)

        if self.editing is None:
            self.call("POST", "/api/users", values, saved, refused)
        else:
            self.call("PATCH", f"/api/users/{self.editing}", values, saved, refused)

    def show_password(self, user: User, password: str) -> OncePasswordDialog:
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
        if confirm and not self._confirm(
            "Reset password",
            f"Make up a new password for {user['display_name']}? "
            "The old one stops working at once.",
        ):
            return

        def done(answer: dict[str, Any]) -> None:
            self.report(f"New password made for {user['display_name']}.")
            self.show_password(user, str(answer["password"]))

        self.call("POST", f"/api/users/{user['id']}/password", {}, done)

    def deactivate(self, *, confirm: bool = True) -> None:
        """Stops someone logging in; their history stays (the server keeps every user)."""
        user = self.users.row(self.editing) if self.editing is not None else None
        if user is None:
            return
        if confirm and not self._confirm(
            "Deactivate",
            f"Deactivate {user['display_name']}? They are logged out now and cannot log in "
            "again; their history stays. Tick Active and save to undo.",
        ):
            return

        def done(_answer: Any) -> None:
            self.report(f"Deactivated {user['display_name']}.")
            self.active.setChecked(False)
            self.deactivate_button.setEnabled(False)
            self.call("GET", "/api/users", None, self._users_loaded)

        self.call("DELETE", f"/api/users/{user['id']}", None, done)

    def _confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    # ------------------------------------------------------------ teams and skills

    def add_team(self) -> None:
        name = self.new_team.text().strip()
        if not name:
            self.show_problem("Type the new team's name first.", "team_id")
            return

        def created(team: dict[str, Any]) -> None:
            self.new_team.clear()
            self.report(f"Created team {team['name']}.")
            self._teams_loaded([*self.teams, team])
            self.team.setCurrentIndex(self.team.findData(int(team["id"])))

        self.call("POST", "/api/teams", {"name": name}, created)

    def _team_renamed(self, item: QListWidgetItem) -> None:
        team_id = int(item.data(Qt.ItemDataRole.UserRole))
        before = next((t for t in self.teams if t["id"] == team_id), None)
        name = item.text().strip()
        if before is None or name == before["name"]:
            return

        def renamed(team: dict[str, Any]) -> None:
            self.report(f"Renamed team {before['name']} to {team['name']}.")
            self._teams_loaded([t for t in self.teams if t["id"] != team_id] + [team])

        def refused() -> None:
            self.team_list.blockSignals(True)
            item.setText(str(before["name"]))
            self.team_list.blockSignals(False)

        if not name:
            refused()
            self.show_problem("A team needs a name.", "team_id")
            return
        self.call("PATCH", f"/api/teams/{team_id}", {"name": name}, renamed, refused)

    def add_skill(self) -> None:
        name = self.new_skill.text().strip()
        if not name:
            self.show_problem("Type the new skill's name first.", "skills")
            return

        def created(skill: dict[str, Any]) -> None:
            self.new_skill.clear()
            self.report(f"Created skill {skill['name']}.")
            self._skills_loaded([*self.skills, skill])
            self.skill_levels.tick(int(skill["id"]), NEW_SKILL_LEVEL)

        self.call("POST", "/api/skills", {"name": name}, created)
