"""The transition tables: every state and phase has its moves, and a move
outside them is a bug, caught where it happens with what moved where.

(The property tests in test_properties.py drive every move the ACD makes
through the same checks.)"""

from __future__ import annotations

import pytest

from callnest.server.acd import AgentState, Phase
from callnest.server.acd.transitions import AGENT_MOVES, CONTACT_MOVES, IllegalTransition

from .harness import AcdHarness


def test_every_state_and_phase_has_its_moves() -> None:
    assert set(AGENT_MOVES) == set(AgentState)
    assert set(CONTACT_MOVES) == set(Phase)


def test_a_contact_in_conversation_ends_its_talk_before_it_closes() -> None:
    # Connected to closed is only a call transferred to an outside number
    # ending (its agent's talk ended at the transfer): see test_transfer_out.
    assert CONTACT_MOVES[Phase.CONNECTED] == {Phase.QUEUED, Phase.WRAP_UP, Phase.CLOSED}
    assert CONTACT_MOVES[Phase.WRAP_UP] == {Phase.CLOSED}
    assert CONTACT_MOVES[Phase.CLOSED] == frozenset()


def test_an_illegal_contact_move_raises_and_moves_nothing(harness: AcdHarness) -> None:
    harness.queue(1)
    harness.agent(1)
    harness.call("c1")
    harness.answer(1)
    contact = harness.acd.contacts["c1"]
    with pytest.raises(IllegalTransition, match="contact c1: connected -> ringing") as err:
        harness.acd._move(contact, Phase.RINGING)
    assert (err.value.from_, err.value.to) == (Phase.CONNECTED, Phase.RINGING)
    assert contact.phase is Phase.CONNECTED
    harness.check()


def test_an_illegal_agent_move_raises_and_changes_nothing(harness: AcdHarness) -> None:
    harness.agent(1)
    agent = harness.acd.agents[1]
    mark = harness.mark()
    with pytest.raises(IllegalTransition, match="agent 1: available -> available"):
        harness.acd._change_state(agent, AgentState.AVAILABLE)
    assert agent.state is AgentState.AVAILABLE
    assert harness.since(mark) == []


def test_a_closed_contact_is_in_its_last_phase(harness: AcdHarness) -> None:
    harness.queue(1, wrap_up_s=0)
    harness.agent(1)
    harness.call("c1")
    contact = harness.acd.contacts["c1"]
    harness.answer(1)
    harness.acd.hang_up("c1")
    assert "c1" not in harness.acd.contacts
    assert contact.phase is Phase.CLOSED


def test_asking_for_the_state_an_agent_is_in_is_no_move(harness: AcdHarness) -> None:
    """Available again would be an illegal move: the command does nothing instead."""
    harness.agent(1)
    mark = harness.mark()
    harness.acd.set_agent_state(1, AgentState.AVAILABLE)
    assert harness.since(mark) == []


def test_an_agent_lost_while_offline_is_logged_offline_again(harness: AcdHarness) -> None:
    harness.agent(1, state=None)
    harness.acd.agent_lost(1)
    assert harness.agent_states(1) == [("offline", None)]
