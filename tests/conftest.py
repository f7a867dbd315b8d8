"""Shared fixtures: the seed article, the shared data folder, and no network."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_508ca77f2a9567b4.txt"
SHARED_DATA = (ROOT.parent / "shared" / "data").resolve()


def shared_data(*parts: str) -> Path:
    """A path inside ../shared/data; skips the test cleanly when it is absent."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a socket fails, as on an offline machine."""

    def refuse(*_args, **_kwargs):
        raise OSError("network disabled by the test")

    class NoSocket(socket.socket):
        def __init__(self, *_args, **_kwargs) -> None:
            refuse()

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def break_worker_streams(monkeypatch: pytest.MonkeyPatch, kept: int) -> None:
    """Make every perspective worker's answer break off after ``kept`` sentences (0: the
    worker failed), as a worker killed or out of disk would."""
    import summarize.perspective as perspective

    stream = perspective._Worker.stream

    def broken(self):
        items = stream(self)
        if items is None or kept == 0:
            return None

        def cut():
            for index, item in enumerate(items):
                if index == kept:
                    raise EOFError("cut short")
                yield item

        return cut()

    monkeypatch.setattr(perspective._Worker, "stream", broken)
