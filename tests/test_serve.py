"""``phakhi serve``: the app in a browser — localhost by default, a clear word when the extra is missing."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import json
import re
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui import serve as serving
from tui.cli import main
from tui.core.analysis_service import SOCKET_VARIABLE
from tui.core.vocab import Language


class FakeServer:
    """Stands in for textual_serve.server.Server and remembers how it was built."""

    made: list[FakeServer] = []

    def __init__(self, command: str, host: str, port: int, title: str, public_url: str) -> None:
        self.command, self.host, self.port, self.title, self.public_url = command, host, port, title, public_url
        self.served = False
        FakeServer.made.append(self)

    def serve(self) -> None:
        self.served = True


@pytest.fixture
def fake_server(monkeypatch) -> type[FakeServer]:
    module = type(sys)("textual_serve.server")
    module.Server = FakeServer  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "textual_serve", type(sys)("textual_serve"))
    monkeypatch.setitem(sys.modules, "textual_serve.server", module)
    FakeServer.made = []
    return FakeServer


def test_by_default_it_listens_on_this_computer_only_and_says_so(sample: Path, fake_server, capsys) -> None:
    assert main(["serve", str(sample), "--lang", "en"]) == 0
    (server,) = fake_server.made
    assert (server.host, server.port, server.served) == ("127.0.0.1", 8000, True)
    assert server.public_url == "http://127.0.0.1:8000"
    assert "this computer" in capsys.readouterr().err


def test_each_tab_runs_this_python_on_the_workbook_by_its_full_path(tmp_path: Path, fake_server) -> None:
    folder = tmp_path / "งาน ชุมชน"  # a space and Thai in the path survive the shell
    folder.mkdir()
    path = folder / "แผน.toml"
    assert main(["new", str(path), "--lang", "th"]) == 0
    assert main(["serve", str(path), "--port", "8123", "--lang", "th"]) == 0
    (server,) = fake_server.made
    assert shlex.split(server.command) == [sys.executable, "-m", "tui", "open", str(path.resolve()), "--lang", "th"]
    assert server.port == 8123


def test_listening_on_every_address_warns_that_the_room_can_edit(sample: Path, fake_server, capsys) -> None:
    assert main(["serve", str(sample), "--host", "0.0.0.0", "--lang", "th"]) == 0
    (server,) = fake_server.made
    assert server.host == "0.0.0.0"
    assert not server.public_url.startswith("http://0.0.0.0")  # browsers elsewhere need a real address
    assert "ทุกคนในเครือข่ายนี้" in capsys.readouterr().err


def test_without_the_extra_it_says_how_to_install_it(sample: Path, monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # import fails as if not installed
    assert main(["serve", str(sample), "--lang", "en"]) == 1
    assert "uv sync --extra serve" in capsys.readouterr().err


def test_a_broken_workbook_is_refused_before_serving(tmp_path: Path, fake_server, capsys) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 3\n", encoding="utf-8")
    assert main(["serve", str(broken), "--lang", "en"]) == 2
    assert fake_server.made == []


def test_public_url_brackets_ipv6() -> None:
    assert serving.public_url("::1", 80) == "http://[::1]:80"
    assert serving.app_command(Path("/tmp/a b.toml"), Language.EN).endswith("'/tmp/a b.toml' --lang en")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


SERVE_EXTRA = pytest.mark.skipif(importlib.util.find_spec("textual_serve") is None, reason="the optional serve extra")


@contextlib.contextmanager
def serving_sample(sample: Path):
    """The real server on a free port: yields the port and the link it printed; stopped at the end."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", str(sample), "--port", str(port), "--lang", "th"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        printed = server.stderr.readline()  # printed before it listens
        found = re.search(r"(http://\S+/\?token=[\w-]+)", printed)
        assert found, printed
        yield server, port, found.group(1)
    finally:
        server.terminate()
        server.communicate(timeout=10)


async def _connect(session, url: str, **options):
    """The server takes a moment to listen: try for a while."""
    import aiohttp

    for _ in range(100):
        try:
            return await session.ws_connect(url, **options)
        except aiohttp.ClientConnectorError:
            await asyncio.sleep(0.1)
    raise AssertionError("the server never listened")


def _children(pid: int) -> list[str]:
    """The processes the server started for browser tabs (each tab's app is one), not its
    analysis service (tui/core/analysis_service.py), which it starts as it starts."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [child for child in children if b"tui.core.analysis_service" not in _command(child)]


def _children_all(pid: int) -> list[str]:
    """Every process the server started, and theirs (a tab's app runs under a shell)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:  # ended meanwhile
        return []
    return [*children, *(grandchild for child in children for grandchild in _children_all(int(child)))]


def _environment(pid: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return b""


def _command(pid: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:  # ended meanwhile
        return b""


@SERVE_EXTRA
def test_a_browser_tab_with_the_printed_link_gets_the_home_screen(sample: Path) -> None:
    """The real server, and a client doing what the page does: open the printed link (the secret
    becomes a cookie), then the web socket from the page's own origin. The home screen arrives."""
    import aiohttp

    async def browse(port: int, link: str) -> str:
        received = b""
        # unsafe: aiohttp keeps no cookies for a bare IP address otherwise; a browser does.
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as session:
            for _ in range(100):
                try:
                    async with session.get(link) as page:
                        assert page.status == 200 and str(page.url) == f"http://127.0.0.1:{port}/"
                    break
                except aiohttp.ClientConnectorError:
                    await asyncio.sleep(0.1)
            socket_ = await _connect(session, f"http://127.0.0.1:{port}/ws", origin=f"http://127.0.0.1:{port}")
            async with socket_:
                await socket_.send_str(json.dumps(["resize", {"width": 80, "height": 24}]))
                deadline = time.monotonic() + 20
                while "ผังเครือข่าย" not in re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", received.decode("utf-8", "replace")):
                    assert time.monotonic() < deadline, received[-500:]
                    message = await asyncio.wait_for(socket_.receive(), 20)
                    assert message.type in (aiohttp.WSMsgType.BINARY, aiohttp.WSMsgType.TEXT), (
                        message,
                        received[-500:],
                    )
                    received += message.data if isinstance(message.data, bytes) else message.data.encode()
        return received.decode("utf-8", "replace")

    with serving_sample(sample) as (server, port, link):
        assert link.startswith(f"http://127.0.0.1:{port}/?token=")
        shown = asyncio.run(browse(port, link))
        # the tab's app was given the server's one analysis service
        (service,) = [c for c in _children_all(server.pid) if b"tui.core.analysis_service" in _command(c)]
        address = _command(service).split(b"\0")[-2].decode()
        given = f"{SOCKET_VARIABLE}={address}".encode()
        assert [c for c in _children_all(server.pid) if given in _environment(c)]
    assert "ระบุวัตถุประสงค์" in re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", shown)


@SERVE_EXTRA
def test_no_secret_a_foreign_origin_or_a_foreign_host_is_refused_before_any_app_starts(sample: Path) -> None:
    """A web page elsewhere in the presenter's browser (foreign Origin), a client without the
    secret, a rebound name (foreign Host): 403, and no app is started for any of them."""
    import aiohttp

    async def knock(port: int, token: str) -> list[int]:
        base = f"http://127.0.0.1:{port}"
        statuses = []
        async with aiohttp.ClientSession() as session:
            attempts = [
                {"origin": "http://evil.example"},  # no secret, foreign page
                {"origin": "http://evil.example", "params": {"token": token}},  # the secret, from a foreign page
                {"origin": base},  # its own origin, no secret
                {"params": {"token": token}},  # the secret, but no Origin: not a browser's page
                {
                    "origin": f"http://rebound.example:{port}",
                    "params": {"token": token},
                    "headers": {"Host": f"rebound.example:{port}"},
                },
            ]
            for options in attempts:
                try:
                    await _connect(session, f"{base}/ws", **options)
                except aiohttp.WSServerHandshakeError as refused:
                    statuses.append(refused.status)
            for url in (f"{base}/", f"{base}/static/js/textual.js", f"{base}/download/x"):
                async with session.get(url, allow_redirects=False) as answer:
                    statuses.append(answer.status)
        return statuses

    with serving_sample(sample) as (server, port, link):
        token = link.rsplit("=", 1)[1]
        assert asyncio.run(knock(port, token)) == [403] * 8
        assert _children(server.pid) == []
