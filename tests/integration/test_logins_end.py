"""When a login ends (issue 18, item 5): an owner's password reset, a
deactivation or a change of role ends every login of that user, a
reactivation brings none back, and a login ends a fixed time after it began
however much it is used."""

from __future__ import annotations

import asyncio

from integration.conftest import Running, StartServer


async def me(server: Running, token: str) -> int:
    status, _ = await server.call("GET", "/api/me", token)
    return status


async def test_a_password_reset_ends_every_login_of_the_user(server: Running) -> None:
    ann_id, first = await server.add_agent("ann")
    second = await server.login("ann", "password-ann")
    desk = await server.desktop(first)
    await server.owner("POST", f"/api/users/{ann_id}/password", json={"password": "new-s3cret-pw"})
    ended = await desk.expect("session.ended")
    assert "password" in ended["reason"]
    assert (await me(server, first), await me(server, second)) == (401, 401)
    assert await me(server, await server.login("ann", "new-s3cret-pw")) == 200


async def test_a_deactivated_users_logins_do_not_come_back_with_the_account(
    server: Running,
) -> None:
    ann_id, token = await server.add_agent("ann")
    await server.owner("DELETE", f"/api/users/{ann_id}")
    assert await me(server, token) == 401
    await server.owner("PATCH", f"/api/users/{ann_id}", json={"active": True})
    assert await me(server, token) == 401
    assert await me(server, await server.login("ann", "password-ann")) == 200


async def test_a_new_role_needs_a_new_login(server: Running) -> None:
    ann_id, token = await server.add_agent("ann")
    await server.owner("PATCH", f"/api/users/{ann_id}", json={"display_name": "Ann B."})
    assert await me(server, token) == 200  # other changes leave the login alone
    await server.owner("PATCH", f"/api/users/{ann_id}", json={"role": "supervisor"})
    assert await me(server, token) == 401
    status, body = await server.call("GET", "/api/me", await server.login("ann", "password-ann"))
    assert (status, body["role"]) == (200, "supervisor")


async def test_a_login_ends_its_maximum_age_after_it_began_however_used(
    start_server: StartServer,
) -> None:
    server = await start_server(session_max_age_s=1.5)
    _, token = await server.add_agent("ann")
    for _ in range(3):  # in use all along: the sliding expiry never runs out
        assert await me(server, token) == 200
        await asyncio.sleep(0.3)
    await asyncio.sleep(0.8)
    assert await me(server, token) == 401
