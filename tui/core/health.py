"""The network health check (ตรวจสุขภาพเครือข่าย): the seeds' checklists, dated reviews.

The course's second learning outcome is to analyse a network's strength and
weaknesses (seed 000 line 23), and its seeds give the instruments ready-made:
the seven components of a network (seed 002 lines 17-99, again in seed 004
lines 24-167 and seed 001 lines 437-447), the four questions that diagnose an
established network (seed 000 line 160), the six principles for keeping one
(seed 002 lines 167-176), the core leaders' nine qualities (seed 002 lines
180-192), the five key factors of managing one (seed 000 lines 224-246) and
its risks (seed 000 lines 218-222, seed 001 lines 567-572).

A review (:class:`tui.core.model.Review`) scores the items of the checklists
it uses from 1 (weak) to 5 (strong), each with a note of the evidence; for a
risk, 5 means the network is well kept from it. Here are the checklists as
data (each item's words are ``health.item.<id>`` in :mod:`tui.core.i18n`, the
seed's own sentence about it ``health.says.<id>``, and :data:`ITEMS` says
which seed line each comes from), the reading and writing of ``[[health]]``,
and the sums a report makes: the average of a review, the trend of each item
across reviews, the weakest items.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tui.core import model
from tui.core.i18n import tr
from tui.core.schema import FieldSpec, Shape
from tui.core.vocab import SCORE_MAX, SCORE_MIN, Language, Sector

if TYPE_CHECKING:
    from tui.core.codec import Decoder
    from tui.core.toml_lines import Path

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("health.item.", "health.says.", "health.list.", "health.intro.")


@dataclass(frozen=True)
class Item:
    """One item of a checklist: ``seed`` is where its words are, ``says`` where the
    sentence shown beside it is (``""``: the checklist's own opening sentence)."""

    id: str
    checklist: str
    seed: str
    says: str = ""


#: The checklists in the order a review shows them, with the seed line of each one's
#: opening sentence (``health.intro.<name>``).
CHECKLISTS: dict[str, str] = {
    "components": "002:17",
    "diagnosis": "000:160",
    "keeping": "002:169",
    "leaders": "002:182",
    "factors": "000:226",
    "risks": "000:218",
}
#: What a new review scores: the seven components and the four questions.
DEFAULT_CHECKLISTS = ("components", "diagnosis")

ITEMS: tuple[Item, ...] = (
    # The seven components (องค์ประกอบของเครือข่าย), seed 002 lines 19-25.
    Item("perception", "components", "002:19", "002:35"),
    Item("vision", "components", "002:20", "002:44"),
    Item("interests", "components", "002:21", "002:57"),
    Item("participation", "components", "002:22", "002:67"),
    Item("complementary", "components", "002:23", "002:77"),
    Item("interdependence", "components", "002:24", "002:86"),
    Item("interaction", "components", "002:25", "002:96"),
    # The four questions for an established network, seed 000 line 160.
    Item("information", "diagnosis", "000:160"),
    Item("diverse_views", "diagnosis", "000:160"),
    Item("open_to_new", "diagnosis", "000:160"),
    Item("results", "diagnosis", "000:160"),
    # Keeping the network (การรักษาเครือข่าย), seed 002 lines 171-176.
    Item("activities", "keeping", "002:171"),
    Item("relations", "keeping", "002:172"),
    Item("incentives", "keeping", "002:173"),
    Item("resources", "keeping", "002:174"),
    Item("help", "keeping", "002:175"),
    Item("new_leaders", "keeping", "002:176"),
    # The core leaders' qualities (คุณสมบัติของกลุ่มสมาชิกแกนนำ), seed 002 lines 184-192.
    Item("maturity", "leaders", "002:184"),
    Item("teamwork", "leaders", "002:185"),
    Item("cohesion", "leaders", "002:186"),
    Item("open_communication", "leaders", "002:187"),
    Item("trust", "leaders", "002:188"),
    Item("shared_decisions", "leaders", "002:189"),
    Item("respect", "leaders", "002:190"),
    Item("coordination", "leaders", "002:191"),
    Item("outside_ties", "leaders", "002:192"),
    # The five key factors (ปัจจัยสำคัญในการสร้างและบริหารเครือข่าย), seed 000 lines 226-244.
    Item("factor_leader", "factors", "000:226", "000:228"),
    Item("factor_communication", "factors", "000:226", "000:230"),
    Item("factor_information", "factors", "000:226", "000:240"),
    Item("factor_resources", "factors", "000:226", "000:242"),
    Item("factor_learning", "factors", "000:226", "000:244"),
    # The risks (ความเสี่ยงของเครือข่าย), seed 000 lines 220-222; seed 001 lines 569-571 name them too.
    Item("risk_vision", "risks", "000:220"),
    Item("risk_leader", "risks", "000:220", "001:571"),
    Item("risk_communication", "risks", "000:220", "001:570"),
    Item("risk_centralised", "risks", "000:220"),
    Item("risk_opacity", "risks", "000:220", "001:569"),
    Item("risk_benefits", "risks", "000:220"),
    Item("risk_capture", "risks", "000:222", "001:569"),
    Item("risk_funder", "risks", "000:222"),
    Item("risk_change", "risks", "000:222"),
)
BY_ID: dict[str, Item] = {item.id: item for item in ITEMS}
#: The items the map can inform (a hint shown beside the score, never the score).
HINTED = ("information", "diverse_views", "trust")


def items_of(checklists: Iterable[str]) -> list[Item]:
    """The items of ``checklists``, in the order of :data:`ITEMS`."""
    wanted = set(checklists)
    return [item for item in ITEMS if item.checklist in wanted]


def item_text(lang: Language | str, item_id: str) -> str:
    return tr(lang, f"health.item.{item_id}")


def checklist_name(lang: Language | str, checklist: str) -> str:
    return tr(lang, f"health.list.{checklist}")


def says(lang: Language | str, item_id: str) -> tuple[str, str]:
    """The seed's own sentence about an item, and its seed line (``"002:86"``)."""
    item = BY_ID[item_id]
    if item.says:
        return tr(lang, f"health.says.{item_id}"), item.says
    return tr(lang, f"health.intro.{item.checklist}"), CHECKLISTS[item.checklist]


# --- the sums ------------------------------------------------------------------


def average(review: model.Review, checklist: str | None = None) -> float | None:
    """The mean score of the items scored (of one checklist); None when none is."""
    scores = [
        score
        for item_id, score in review.scores.items()
        if item_id in BY_ID and (checklist is None or BY_ID[item_id].checklist == checklist)
    ]
    return sum(scores) / len(scores) if scores else None


def trend(reviews: Sequence[model.Review], item_id: str) -> list[int | None]:
    """The item's score in each review, oldest first (None where it was not scored)."""
    return [review.scores.get(item_id) for review in reviews]


def scored_items(reviews: Sequence[model.Review]) -> list[Item]:
    """Every item scored in any review, in checklist order."""
    scored = {item_id for review in reviews for item_id in review.scores}
    return [item for item in ITEMS if item.id in scored]


def weakest(review: model.Review, count: int = 3) -> list[Item]:
    """The ``count`` items with the lowest scores (the checklist order between equals)."""
    order = {item.id: index for index, item in enumerate(ITEMS)}
    ranked = sorted(
        (item_id for item_id in review.scores if item_id in BY_ID), key=lambda i: (review.scores[i], order[i])
    )
    return [BY_ID[item_id] for item_id in ranked[:count]]


def shown_average(value: float | None) -> str:
    """An average as a report writes it: one decimal (half up), a dash when there is none."""
    if value is None:
        return "–"
    return f"{math.floor(value * 10 + 0.5) / 10:.1f}"


def map_findings(
    workbook: model.Workbook, section: dict[str, Any] | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the map finds for the hinted items, of the network as it stands: the ids of the
    information bottlenecks (strongest first) and the sectors with no stakeholder. Read from
    ``section``, the file's ``[analysis]``, when it is the workbook's own (nothing worked out,
    networkx not loaded: a workshop session's sections come from its server's service), else
    worked out."""
    from tui.core import derived_read
    from tui.core.current import current

    now = current(workbook)
    saved = derived_read.analysis(now, section) if section is not None else None
    if saved is not None:
        return saved.network.bottlenecks, tuple(sector.value for sector in saved.gaps.missing_sectors)
    from tui.core.analysis import analyse_network, find_gaps

    missing = find_gaps(now).missing_sectors
    return analyse_network(now).bottlenecks, tuple(sector.value for sector in missing)


def sectors(values: Iterable[str]) -> list[Sector]:
    return [Sector(value) for value in values]


def trust_hint(lang: Language | str, workbook: model.Workbook) -> str:
    """Beside "trust" (the core leaders' qualities): what step 4 says of trust on the ties of
    the network as it stands, their mean and how many are scored. A hint, never a score."""
    from tui.core.current import current

    scored = [tie.trust for tie in current(workbook).ties if tie.trust]
    if not scored:
        return tr(lang, "health.hint.no_trust")
    mean = shown_average(sum(scored) / len(scored))
    return tr(lang, "health.hint.trust", mean=mean, count=len(scored))


def hints(lang: Language | str, bottlenecks: Sequence[str], missing_sectors: Sequence[str]) -> dict[str, str]:
    """What the map says about the items it can inform: the information bottlenecks (names)
    beside "does news reach everyone", the sectors with no stakeholder (already in words)
    beside "diverse views". A hint, never a score."""
    found = {
        "information": tr(lang, "health.hint.bottlenecks", names=", ".join(bottlenecks))
        if bottlenecks
        else tr(lang, "health.hint.no_bottleneck"),
        "diverse_views": tr(lang, "health.hint.missing_sectors", sectors=", ".join(missing_sectors))
        if missing_sectors
        else tr(lang, "health.hint.all_sectors"),
    }
    return found


# --- the file ------------------------------------------------------------------

#: The keys of a ``[[health]]`` table, in file order.
KEYS = ("label", "day", "checklists", "scores", "notes")


def table(review: model.Review) -> dict[str, Any]:
    """A review as its ``[[health]]`` table: items in checklist order, empty parts left out."""
    values: dict[str, Any] = {"label": review.label, "day": review.day, "checklists": list(review.checklists)}
    scores = {item.id: review.scores[item.id] for item in ITEMS if item.id in review.scores}
    notes = {item.id: review.notes[item.id] for item in ITEMS if review.notes.get(item.id)}
    if scores:
        values["scores"] = scores
    if notes:
        values["notes"] = notes
    return values


def read(decoder: Decoder, raw: object) -> list[model.Review]:
    """The ``[[health]]`` reviews of a file, every problem reported at its line."""

    def twice(where: Path, label: str, first: int | str) -> None:
        decoder.report(where, "duplicate_review", "duplicate_review", found=label, first=first)

    return decoder.labelled_tables("health", raw, 3, lambda where, item: _review(decoder, where, item), twice)


def _review(decoder: Decoder, where: Path, raw: dict[str, Any]) -> model.Review | None:
    before = len(decoder.problems)
    decoder.unknown_keys(raw, KEYS, where, "[[health]]")
    values: dict[str, str] = {}
    for key in ("label", "day"):
        if key not in raw:
            decoder.report(where, "missing_key", "missing_key", key=key, where="[[health]]", example='"…"')
            continue
        checked = decoder.value(FieldSpec(key, Shape.TEXT), raw[key], where + (key,), key)
        if isinstance(checked, str) and not checked:
            decoder.report(where + (key,), "missing_key", "missing_key", key=key, where="[[health]]", example='"…"')
        elif isinstance(checked, str):
            values[key] = checked
    checklists = _checklists(decoder, where + ("checklists",), raw.get("checklists", list(DEFAULT_CHECKLISTS)))
    scores: dict[str, int] = {}
    for item_id, score in _items(decoder, where + ("scores",), raw.get("scores", {})).items():
        if isinstance(score, bool) or not isinstance(score, int):
            decoder.wrong_type(where + ("scores", item_id), item_id, score, "type.integer", "3")
        elif not SCORE_MIN <= score <= SCORE_MAX:
            decoder.report(
                where + ("scores", item_id),
                "score_range",
                "score_range",
                key=item_id,
                found=score,
                low=SCORE_MIN,
                high=SCORE_MAX,
            )
        else:
            scores[item_id] = score
    notes: dict[str, str] = {}
    for item_id, note in _items(decoder, where + ("notes",), raw.get("notes", {})).items():
        checked = decoder.value(FieldSpec("note", Shape.TEXT), note, where + ("notes", item_id), item_id)
        if isinstance(checked, str) and checked:
            notes[item_id] = checked
    if len(decoder.problems) > before:
        return None
    # A checklist whose item is scored is one the review uses, listed or not.
    used = set(checklists) | {BY_ID[item_id].checklist for item_id in (*scores, *notes)}
    return model.Review(
        label=values["label"],
        day=values["day"],
        checklists=[name for name in CHECKLISTS if name in used],
        scores=scores,
        notes=notes,
    )


def _checklists(decoder: Decoder, where: Path, raw: object) -> list[str]:
    if not isinstance(raw, list) or not all(isinstance(name, str) for name in raw):
        decoder.wrong_type(where, "checklists", raw, "type.list", '["components"]')
        return []
    wrong = [name for name in raw if name not in CHECKLISTS]
    if wrong:
        choices = ", ".join(CHECKLISTS)
        decoder.report(
            where, "bad_choice", "bad_choice", key="checklists", found=", ".join(wrong)[:80], choices=choices
        )
    return [name for name in raw if name in CHECKLISTS]


def _items(decoder: Decoder, where: Path, raw: object) -> dict[str, object]:
    """A table keyed by item ids: unknown ids reported (with the nearest id)."""
    if not isinstance(raw, dict):
        decoder.wrong_type(where, str(where[-1]), raw, "type.table", f"[health.{where[-1]}]")
        return {}
    decoder.unknown_keys(raw, tuple(BY_ID), where, f"[health.{where[-1]}]")
    return {key: value for key, value in raw.items() if key in BY_ID}


# --- in words ------------------------------------------------------------------


def trend_text(scores: Sequence[int | None]) -> str:
    """``3 → 4`` (a dash for a review that did not score the item)."""
    return " → ".join("–" if score is None else str(score) for score in scores)


def words(reviews: Sequence[model.Review], lang: Language | str) -> str:
    """The latest review and the trend of each of its items across all reviews, as
    ``phakhi health`` prints them: a score, its trend, the item, the evidence under it."""
    if not reviews:
        return tr(lang, "health.none") + "\n"
    latest = reviews[-1]
    lines = [
        tr(lang, "health.latest", label=latest.label, day=latest.day, count=len(reviews)),
        tr(lang, "health.average", trend=" → ".join(shown_average(average(review)) for review in reviews)),
    ]
    for checklist in latest.checklists:
        means = " → ".join(shown_average(average(review, checklist)) for review in reviews)
        lines += ["", f"{checklist_name(lang, checklist)}: {means}"]
        for item in items_of([checklist]):
            score = latest.scores.get(item.id)
            shown = "–" if score is None else str(score)
            lines.append(f"  {shown}  ({trend_text(trend(reviews, item.id))})  {item_text(lang, item.id)}")
            if latest.notes.get(item.id):
                lines.append("       " + tr(lang, "health.evidence", note=" ".join(latest.notes[item.id].split())))
    weak = weakest(latest)
    if weak:
        named = ", ".join(f"{item_text(lang, item.id)} ({latest.scores[item.id]})" for item in weak)
        lines += ["", tr(lang, "health.weakest", items=named)]
    return "\n".join(lines) + "\n"
