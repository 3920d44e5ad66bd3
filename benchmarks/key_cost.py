"""Processor time per key of a workshop's worksheet, by kind of key, beside another checkout.

    uv run python benchmarks/key_cost.py                     # this checkout alone
    uv run python benchmarks/key_cost.py --code ../before    # and another, side by side
    uv run python benchmarks/key_cost.py --rounds 20

The worksheet of benchmarks/room.py without the map (whose drawing is
measured by benchmarks/map_speed.py): in the real command, in a
pseudo-terminal of 80x24 on its own copy of the Thai sample, ``2`` from the
home screen, a new stakeholder's name typed in step 2 and Enter, Escape
home, ``5``, four scores, Escape home, then a look at each other step (``1``,
``3``, ``4``, ``6``, ``7``, each and Escape home); round after round at up to ``--rate``
keys a second, each key waiting for its frame, as a person waits to see
what they typed.

A key's processor time is what the process used (all its threads, the
autosave's among them, from /proc) from the key to the next one; a
round's first key after a warm-up round, so the screens' modules are
imported already; the pause's time is counted apart (the round's last save).
With ``--code DIR`` the same worksheet is typed by a
second session running the checkout in DIR (its folder holding ``tui/``),
the two taking rounds in turn, so a busy moment of the machine falls on
both alike. It prints the mean per key of each kind for each, and the
mean over the worksheet.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from bytes_meter import ROOT, SAMPLE, Session
from room import QUIET, cpu_seconds

#: Seconds a key's frame may take before the run gives up on the session.
BOUND = 20.0
#: Seconds waited after a round's last key: its last save is done by then.
AFTER = 1.5
#: Scores typed in each round.
SCORES = "3142"
#: The kinds of key, in the order printed.
KINDS = (
    ("home → step 2", "switch"),
    ("step 2: a letter of a name", "typing"),
    ("step 2: Enter (the name added)", "typing"),
    ("step 2 → home", "switch"),
    ("home → step 5", "switch"),
    ("step 5: a score", "typing"),
    ("step 5 → home", "switch"),
    ("home → step 1, 3, 4, 6 or 7", "switch"),
    ("step 1, 3, 4, 6 or 7 → home", "switch"),
)
#: The other steps looked at in each round.
LOOKED_AT = "13467"


def worksheet(round_number: int) -> Iterator[tuple[str, str]]:
    """One round's keys, each with its kind."""
    yield "2", KINDS[0][0]
    for character in f"ห้อง{round_number}":
        yield character, KINDS[1][0]
    yield "enter", KINDS[2][0]
    yield "escape", KINDS[3][0]
    yield "5", KINDS[4][0]
    for score in SCORES:
        yield score, KINDS[5][0]
    yield "escape", KINDS[6][0]
    for step in LOOKED_AT:
        yield step, KINDS[7][0]
        yield "escape", KINDS[8][0]


class Typist:
    """One checkout's session and the processor time of its keys, by kind."""

    def __init__(self, code: Path, folder: Path, rate: float) -> None:
        path = folder / f"{code.name}.toml"
        shutil.copy(SAMPLE, path)
        env = {"PHAKHI_STATE_DIR": str(folder / "state"), "PHAKHI_CACHE_DIR": str(folder / "cache")}
        self.session = Session([sys.executable, "-m", "tui", str(path), "--lang", "en"], 80, 24, env, root=code)
        self.session.read(QUIET * 4, 60.0, need_output=True)  # the first paint
        self.rate = rate
        self.spent: dict[str, list[float]] = defaultdict(list)
        #: The processor time of each round after its last key (its last save).
        self.after: list[float] = []

    def type_round(self, number: int, *, counted: bool = True) -> None:
        pid = self.session.process.pid
        keys = list(worksheet(number))
        before = cpu_seconds(pid)
        for key, kind in keys:
            sent = time.monotonic()
            self.session.send(key)
            _, cut = self.session.read(QUIET, BOUND, need_output=True)
            if cut:
                raise SystemExit(f"no frame for {BOUND:.0f} s after {key!r} ({kind})")
            time.sleep(max(0.0, sent + 1 / self.rate - time.monotonic()))
            now = cpu_seconds(pid)
            if counted:
                self.spent[kind].append(now - before)
            before = now
        self.session.read_for(AFTER)  # the last save of the round, and anything else left
        if counted:
            self.after.append(cpu_seconds(pid) - before)

    def close(self) -> None:
        self.session.close()


def mean_ms(values: list[float]) -> float:
    return 1000 * sum(values) / len(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, help="another checkout to measure beside this one")
    parser.add_argument("--rounds", type=int, default=10, help="rounds of the worksheet measured (default 10)")
    parser.add_argument("--rate", type=float, default=5.0, help="keys a second at most (default 5)")
    args = parser.parse_args()
    codes = [ROOT] if args.code is None else [args.code.resolve(), ROOT]
    labels = ["this checkout"] if args.code is None else [f"{args.code} (before)", "this checkout (after)"]
    print(f"{os.cpu_count()} cores; load average before: {os.getloadavg()[0]:.2f}; {args.rounds} rounds each")
    with tempfile.TemporaryDirectory(prefix="phakhi-keys-") as folder:
        typists = []
        for number, code in enumerate(codes):
            place = Path(folder) / str(number)
            place.mkdir()
            typists.append(Typist(code, place, args.rate))
        try:
            for typist in typists:
                typist.type_round(0, counted=False)  # the screens' modules imported, the caches warm
            for number in range(1, args.rounds + 1):
                for typist in typists:
                    typist.type_round(number)
        finally:
            for typist in typists:
                typist.close()
    print("| key | " + " | ".join(f"processor per key, {label}" for label in labels) + " |")
    print("|---|" + "---|" * len(labels))
    for kind, _ in KINDS:
        row(kind, [mean_ms(t.spent[kind]) for t in typists])
    for group, words in (("switch", "every screen switch"), ("typing", "every key typed in a step")):
        kinds = [kind for kind, of in KINDS if of == group]
        row(words, [mean_ms([v for kind in kinds for v in t.spent[kind]]) for t in typists])
    row("after a round's last key (its last save), per round", [mean_ms(t.after) for t in typists])
    row(
        "the worksheet, all its time over all its keys",
        [1000 * (sum(map(sum, t.spent.values())) + sum(t.after)) / sum(map(len, t.spent.values())) for t in typists],
    )


def row(what: str, values: list[float]) -> None:
    print(f"| {what} | " + " | ".join(f"{value:.1f} ms" for value in values) + " |")


if __name__ == "__main__":
    main()
