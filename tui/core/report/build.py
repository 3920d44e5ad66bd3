"""From a workbook and its analyses to the blocks of a report, in one language.

The report is the whole analysis as a handout, in the method's order:

1. the project (step 1);
2. the stakeholders by sector (ไตรพลัง), one table each — name, kind, the two
   scores, the grid cell, key player / key leader, strategy — then the
   worksheet of seed 001 (ใบงาน 1 part 3): contact, influence, impact, what
   matters, how they can help, how they could obstruct, how to reach them;
3. the grid: the four cells in the seed's order with the names in each, and
   ใบงาน 1's table of the three groups by the three sectors;
4. the network map: its shape with the advice (and whether the advice is the
   seed's), the measures, and who plays which role;
5. the gaps;
6. the planning table (ใบงาน Network 4) in the seed's column order, our own
   group first;
7. the network's health (:mod:`tui.core.health`), when it has been reviewed:
   the latest scores, each item's trend across the reviews, the weakest three.

Every heading and label comes from :mod:`tui.core.i18n`, every vocabulary
value through :func:`~tui.core.i18n.label`; figures come from
:func:`tui.core.analysis.analyse`, never recomputed here.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable

from tui.core.analysis import Analysis, Quadrant, analyse
from tui.core.analysis.centrality import CONFIDENCE
from tui.core.analysis.gaps import KINDS, gap_about, gap_label
from tui.core.analysis.grid import SUGGESTED_STRATEGY
from tui.core.analysis.network import role_about, role_label
from tui.core.analysis.sectors import PAIRS, sector_ties
from tui.core.current import current, ended, left
from tui.core.i18n import field_label, label, tr
from tui.core.model import PlanRow, Stakeholder, Tie, Workbook
from tui.core.plan import Relationships, current_text, target_label
from tui.core.plan_rules import flag_texts, plan_flags
from tui.core.report.blocks import Block, Field, Fields, Heading, Paragraph, Report, Table
from tui.core.report.redact import clean, redact_text
from tui.core.steps import WORKSHEET_FIELDS
from tui.core.vocab import Group, Language, Sector

#: ใบงาน 2's questions, in the seed's order.
LESSON_QUESTIONS = ("drawing_in", "keeping", "leadership")
#: The least trusted ties the report lists.
TRUST_SHOWN = 5
#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("report.sectors.col.",)

#: Step 1's fields, in the form's order.
PROJECT_FIELDS = ("title", "issue", "objective", "area", "network_kind", "date", "facilitator", "notes")
#: The planning table of seed 001 (ใบงาน Network 4), in its column order, then ours.
PLAN_FIELDS = (
    "group",
    "current",
    "target",
    "our_benefit",
    "their_benefit",
    "methods",
    "owner",
    "review_date",
    "status",
)
#: The network's roles listed, in reading order (fields of ``Network``).
ROLES = ("hubs", "power_centres", "brokers", "cut_points", "bottlenecks", "isolates")
#: Shown for a score not given or a cell off the grid.
BLANK = "—"
#: Marks a current relationship entered by hand rather than read from the map.
ENTERED_MARK = " *"


def build_report(
    workbook: Workbook,
    analysis: Analysis | None = None,
    *,
    lang: Language | str | None = None,
    redact: bool = False,
    today: datetime.date | None = None,
) -> Report:
    """The report of ``workbook`` in ``lang`` (default: the workbook's).

    Pass ``analysis`` when it is already computed, and ``today`` for the plan's
    rows to be followed through by that day (overdue reviews, quiet logs). With ``redact``, every
    contact is left out and every phone number and e-mail address anywhere
    in the text is replaced (see :mod:`.redact`). Control characters are
    always dropped.
    """
    lang = Language(lang or workbook.language)
    now = current(workbook)  # the measures are of the network as it stands; who left is listed apart
    builder = _Builder(now, analysis or analyse(now), lang, redact, workbook, today)
    report = Report(lang=lang, title=builder.title(), blocks=tuple(builder.blocks()), redacted=redact)
    if redact:
        marker = tr(lang, "report.redacted")
        return report.map_text(lambda text: redact_text(clean(text), marker))
    return report.map_text(clean)


class _Builder:
    def __init__(
        self,
        workbook: Workbook,
        analysis: Analysis,
        lang: Language,
        redact: bool,
        everyone: Workbook | None = None,
        today: datetime.date | None = None,
    ) -> None:
        self.workbook = workbook
        #: The workbook with who left and the ties that ended (``workbook`` is without them).
        self.everyone = everyone or workbook
        #: The day the plan's rows are followed through by; None: not followed.
        self.today = today
        self.analysis = analysis
        self.lang = lang
        self.redact = redact
        self.names = {s.id: s.name.strip() or s.id for s in workbook.stakeholders}
        self.sector_ties = sector_ties(workbook)

    def tr(self, key: str, **values: object) -> str:
        return tr(self.lang, key, **values)

    def name_list(self, ids: Iterable[str], separator: str = ", ", empty: str | None = None) -> str:
        """Names in the given order; ``empty`` (default: "none") when there are none."""
        return separator.join(self.names.get(i, i) for i in ids) or (self.tr("report.none") if empty is None else empty)

    def title(self) -> str:
        return self.workbook.project.title.strip() or self.tr("app.untitled")

    def blocks(self) -> list[Block]:
        blocks: list[Block] = [Heading(self.title(), 1), Paragraph(self.tr("report.title"), note=True)]
        if self.redact:
            blocks.append(Paragraph(self.tr("report.redacted_note"), note=True))
        parts = (
            self.project,
            self.stakeholders,
            self.gone,
            self.groups,
            self.grid,
            self.network,
            self.gaps,
            self.lessons,
        )
        for part in (*parts, self.plan, self.health):
            blocks.extend(part())
        return blocks

    # -- 1. the project --

    def project(self) -> list[Block]:
        project = self.workbook.project
        items = []
        for name in PROJECT_FIELDS:
            value = getattr(project, name)
            text = label(self.lang, value) if name == "network_kind" and value else str(value or "").strip()
            if text:
                items.append(Field(field_label(self.lang, "project", name), text))
        blocks: list[Block] = [Heading(self.tr("report.project"))]
        blocks.append(Fields(tuple(items)) if items else Paragraph(self.tr("report.project.empty")))
        return blocks

    # -- 2. the stakeholders --

    def stakeholders(self) -> list[Block]:
        people = self.workbook.stakeholders
        blocks: list[Block] = [
            Heading(self.tr("report.stakeholders")),
            Paragraph(self.tr("report.stakeholders.count", count=len(people))),
        ]
        header = (
            self.tr("report.col.name"),
            self.tr("report.col.kind"),
            self.tr("report.col.influence"),
            self.tr("report.col.interest"),
            self.tr("report.col.quadrant"),
            self.tr("report.col.role"),
            field_label(self.lang, "stakeholder", "strategy"),
        )
        for sector in Sector:
            blocks.append(Heading(self.sector_name(sector), 3))
            members = [s for s in people if s.sector is sector]
            if members:
                blocks.append(Table(header, tuple(self.stakeholder_row(s) for s in members)))
            else:
                checked = sector in self.workbook.project.empty_sectors
                blocks.append(Paragraph(self.tr("report.sector_checked" if checked else "report.sector_empty")))
        if people:
            blocks.append(Paragraph(self.tr("report.quadrant_note"), note=True))
        blocks.extend(self.worksheet())
        return blocks

    def sector_name(self, sector: Sector) -> str:
        return self.tr("sector.people.long") if sector is Sector.PEOPLE else label(self.lang, sector)

    def stakeholder_row(self, stakeholder: Stakeholder) -> tuple[str, ...]:
        placement = self.analysis.grid.placement(stakeholder.id)
        roles = []
        if placement and placement.key_player:
            roles.append(field_label(self.lang, "stakeholder", "key_player"))
        if stakeholder.key_leader:
            roles.append(field_label(self.lang, "stakeholder", "key_leader"))
        strategy = placement.strategy if placement else stakeholder.strategy
        return (
            self.names[stakeholder.id],
            label(self.lang, stakeholder.kind),
            _score(stakeholder.influence),
            _score(stakeholder.interest),
            str(placement.quadrant.value) if placement and placement.quadrant else BLANK,
            "\n".join(roles),
            label(self.lang, strategy) if strategy else "",
        )

    def worksheet(self) -> list[Block]:
        """ใบงาน 1 part 3, for the stakeholders with something entered in it."""
        header = (field_label(self.lang, "stakeholder", "name"),) + tuple(
            field_label(self.lang, "stakeholder", name) for name in WORKSHEET_FIELDS
        )
        rows = []
        for s in self.workbook.stakeholders:
            values = [getattr(s, name).strip() for name in WORKSHEET_FIELDS]
            if not any(values):
                continue
            if self.redact and values[0]:
                values[0] = self.tr("report.redacted")  # the contact, whatever it holds
            rows.append((self.names[s.id], *values))
        blocks: list[Block] = [Heading(self.tr("report.worksheet"), 3)]
        blocks.append(Table(header, tuple(rows)) if rows else Paragraph(self.tr("report.worksheet.none")))
        return blocks

    def gone(self) -> list[Block]:
        """Who left the network and the ties that ended: kept in the file, out of the measures."""
        people, ties = left(self.everyone), ended(self.everyone)
        if not people and not ties:
            return []
        blocks: list[Block] = [Heading(self.tr("report.gone"), 3), Paragraph(self.tr("report.gone.note"), note=True)]
        if people:
            columns = [field_label(self.lang, "stakeholder", name) for name in ("left", "left_reason")]
            rows = tuple((s.name.strip() or s.id, s.left, s.left_reason.strip()) for s in people)
            blocks.append(Table((self.tr("report.col.name"), *columns), rows))
        if ties:
            names = {s.id: s.name.strip() or s.id for s in self.everyone.stakeholders}
            ended_on = field_label(self.lang, "tie", "ended")
            blocks.append(
                Table(
                    (self.tr("report.col.tie"), ended_on),
                    tuple((f"{names[t.a]} – {names[t.b]}", t.ended) for t in ties),
                )
            )
        return blocks

    def groups(self) -> list[Block]:
        """A merged workbook (``phakhi merge``): its groups, and where they answered differently,
        each group's answer beside the merged value, as points for discussion."""
        from tui.core.merge import PROJECT, answer_value, answered_fields, merged_groups
        from tui.core.model import Project

        groups = merged_groups(self.everyone)
        if not groups:
            return []
        names = {s.id: s.name.strip() or s.id for s in self.everyone.stakeholders}
        records: dict[str, tuple[str, object]] = {PROJECT: (self.tr("report.project"), self.everyone.project)}
        records |= {s.id: (names[s.id], s) for s in self.everyone.stakeholders}
        records |= {t.id: (f"{names[t.a]} – {names[t.b]}", t) for t in self.everyone.ties}
        spreads: dict[tuple[str, str], list[str]] = {}
        for answer in self.everyone.answers:
            if answer.of not in records or (self.redact and answer.field in ("name", "contact")):
                continue
            record = records[answer.of][1]
            spec = answered_fields(type(record)).get(answer.field)
            if spec is not None:
                shown = self.shown(answer_value(spec, answer.value))
                spreads.setdefault((answer.of, answer.field), []).append(f"{answer.group}: {shown}")
        section = {Project: "project", Tie: "tie"}
        rows = tuple(
            (
                records[of][0],
                field_label(self.lang, section.get(type(records[of][1]), "stakeholder"), name),
                " · ".join(answers),
                self.shown(getattr(records[of][1], name)),
            )
            for (of, name), answers in spreads.items()
        )
        alone = [s for s in self.everyone.stakeholders if len(s.named_by) == 1]
        blocks: list[Block] = [
            Heading(self.tr("report.groups"), 3),
            Paragraph(self.tr("report.groups.from", count=len(groups), groups=", ".join(groups))),
        ]
        if rows:
            blocks.append(Paragraph(self.tr("report.groups.note"), note=True))
            columns = ("report.col.who", "report.col.field", "report.col.answers", "report.col.merged")
            blocks.append(Table(tuple(self.tr(key) for key in columns), rows))
        if alone:
            by_one = ", ".join(f"{names[s.id]} ({s.named_by[0]})" for s in alone)
            blocks.append(Fields((Field(self.tr("report.groups.alone"), by_one),)))
        return blocks

    def shown(self, value: object) -> str:
        """A field's value as the report writes it: a choice in words, a flag as yes or no."""
        if isinstance(value, bool):
            return self.tr("io.yes" if value else "report.no")
        if isinstance(value, list):
            return ", ".join(self.shown(item) for item in value)
        if isinstance(value, enum.StrEnum):
            return label(self.lang, value)
        return "" if value is None else str(value)

    # -- 3. the grid --

    def grid(self) -> list[Block]:
        grid = self.analysis.grid
        items = [
            Field(
                f"{quadrant.value} {quadrant.label(self.lang)}",
                self.name_list(grid.in_quadrant(quadrant)),
                self.tr("report.grid.strategy", strategy=label(self.lang, SUGGESTED_STRATEGY[quadrant])),
            )
            for quadrant in Quadrant
        ]
        if grid.unscored:
            items.append(Field(self.tr("analysis.unscored"), self.name_list(grid.unscored)))
        items.append(Field(self.tr("analysis.key_players"), self.name_list(grid.key_players)))
        header = (field_label(self.lang, "stakeholder", "groups"),) + tuple(label(self.lang, s) for s in Sector)
        cells = self.analysis.groups
        rows = tuple(
            (label(self.lang, group), *(self.name_list(cells[group][sector], "\n", "") for sector in Sector))
            for group in Group
        )
        return [
            Heading(self.tr("analysis.grid")),
            Fields(tuple(items)),
            Paragraph(self.tr("report.grid.threshold"), note=True),
            Heading(self.tr("analysis.group_table"), 3),
            Table(header, rows),
        ]

    # -- 4. the network map --

    def network(self) -> list[Block]:
        network, shape = self.analysis.network, self.analysis.shape
        found = [Field(self.tr("analysis.shape"), shape.name(self.lang), shape.why(self.lang))]
        if shape.shape is not None:
            source = "analysis.shape.from_seed" if shape.advice_from_seed else "analysis.shape.ours"
            found.append(Field(self.tr("report.advice"), shape.advice(self.lang), self.tr(source)))
        else:
            found.append(Field(self.tr("report.advice"), shape.advice(self.lang)))
        measures: tuple[Field, ...] = (
            Field(self.tr("report.measure.members"), str(len(network.members))),
            Field(self.tr("analysis.measure.degree"), str(network.ties)),
            Field(self.tr("analysis.measure.density"), f"{network.density:.2f}"),
            Field(self.tr("analysis.measure.centralisation"), f"{network.centralisation:.2f}"),
            Field(self.tr("analysis.measure.components"), str(len(network.components))),
        )
        if (estimate := network.betweenness_estimate) is not None:  # the brokers and bottlenecks rest on it
            measures += (
                Field(
                    self.tr("analysis.measure.betweenness"),
                    self.tr(
                        "report.betweenness_estimate",
                        sources=estimate.sources,
                        members=estimate.members,
                        batches=estimate.batches,
                        error=f"{estimate.error:.4f}",
                        confidence=f"{CONFIDENCE:.0%}",
                    ),
                    self.tr("report.betweenness_estimate.about"),
                ),
            )
        return [
            Heading(self.tr("report.network")),
            Heading(self.tr("analysis.shape"), 3),
            Fields(tuple(found)),
            Heading(self.tr("analysis.measures"), 3),
            Fields(measures),
            Heading(self.tr("report.roles"), 3),
            Fields(tuple(self.roles())),
            *self.sectors(),
            *self.trust(),
        ]

    def trust(self) -> list[Block]:
        """Trust on the ties (seed 000, การสร้างความไว้วางใจ): how many are scored, and the
        least trusted first, those between two key players before the others."""
        scored = [tie for tie in self.workbook.ties if tie.trust]
        if not scored:
            return []
        key = {s.id for s in self.workbook.stakeholders if (p := self.analysis.grid.placement(s.id)) and p.key_player}

        def weakest(tie: Tie) -> tuple[bool, int]:
            return (not (tie.a in key and tie.b in key), tie.trust or 0)

        shown = sorted(scored, key=weakest)[:TRUST_SHOWN]
        lines = "\n".join(
            f"{self.names.get(t.a, t.a)} – {self.names.get(t.b, t.b)}: {self.tr('ties.trust', score=t.trust)}"
            + (f" · {t.trust_note.strip()}" if t.trust_note.strip() else "")
            + (f" · {self.tr('report.trust.key_players')}" if t.a in key and t.b in key else "")
            for t in shown
        )
        mean = sum(t.trust or 0 for t in scored) / len(scored)
        counted = self.tr("report.trust.scored", scored=len(scored), ties=len(self.workbook.ties), mean=f"{mean:.1f}")
        return [
            Heading(self.tr("report.trust"), 3),
            Fields(
                (
                    Field(self.tr("report.trust.count"), counted),
                    Field(self.tr("report.trust.weakest"), lines, self.tr("report.trust.about")),
                )
            ),
        ]

    def sectors(self) -> list[Block]:
        """Ties between each pair of the three sectors, and the share that crosses (seed 000, 74-83)."""
        found = self.sector_ties
        rows = tuple(
            (f"{label(self.lang, a)} – {label(self.lang, b)}", str(found.ties[(a, b)]), str(found.strong[(a, b)]))
            for a, b in PAIRS
            if a in found.present and b in found.present
        )
        header = tuple(self.tr(f"report.sectors.col.{name}") for name in ("between", "ties", "strong"))
        blocks: list[Block] = [Heading(self.tr("report.sectors"), 3), Table(header, rows)]
        if found.ei_index is not None and found.share_across is not None:
            value = self.tr(
                "analysis.sectors.across.value",
                across=found.across,
                total=found.across + found.within,
                share=f"{found.share_across:.0%}",
                ei=f"{found.ei_index:+.2f}",
            )
            about = self.tr("analysis.sectors.across.about")
            blocks.append(Fields((Field(self.tr("analysis.sectors.across"), value, about),)))
        return blocks

    def roles(self) -> list[Field]:
        network = self.analysis.network
        roles = [
            Field(role_label(self.lang, role), self.name_list(getattr(network, role)), role_about(self.lang, role))
            for role in ROLES
        ]
        uninvolved = self.analysis.gaps.uninvolved_key_players
        kind = "uninvolved_key_players"
        roles.append(Field(gap_label(self.lang, kind), self.name_list(uninvolved), gap_about(self.lang, kind)))
        about = role_about(self.lang, "clusters")
        roles += [
            Field(self.tr("analysis.cluster", number=number), self.name_list(members), about if number == 1 else "")
            for number, members in enumerate(network.clusters, 1)
        ]
        if not network.clusters:
            roles.append(Field(role_label(self.lang, "clusters"), self.tr("report.none"), about))
        ties = {t.id: t for t in self.workbook.ties}
        bridges = "\n".join(
            f"{self.names.get(ties[t].a, ties[t].a)} – {self.names.get(ties[t].b, ties[t].b)}" if t in ties else t
            for t in network.weak_bridges
        )
        roles.append(
            Field(
                role_label(self.lang, "weak_bridges"),
                bridges or self.tr("report.none"),
                role_about(self.lang, "weak_bridges"),
            )
        )
        return roles

    # -- 5. the gaps --

    def gaps(self) -> list[Block]:
        gaps = self.analysis.gaps
        rows = {row.id: row for row in self.workbook.plan.rows}
        items = []
        for kind in KINDS:
            found = getattr(gaps, kind)
            if not found:
                continue
            if kind == "missing_sectors":
                value = ", ".join(self.sector_name(s) for s in found)
            elif kind == "only_through":
                value = "\n".join(
                    self.tr("analysis.gap.only_through.item", name=self.names.get(s, s), via=self.names.get(v, v))
                    for s, v in found.items()
                )
            elif kind == "plan_rows_without_methods":
                value = "\n".join(self.plan_group(rows[r]) if r in rows else r for r in found)
            else:
                value = self.name_list(found)
            items.append(Field(gap_label(self.lang, kind), value, gap_about(self.lang, kind)))
        if unlinked := self.sector_ties.unlinked:
            kind = "unlinked_sectors"
            value = "\n".join(f"{label(self.lang, a)} – {label(self.lang, b)}" for a, b in unlinked)
            items.append(Field(gap_label(self.lang, kind), value, gap_about(self.lang, kind)))
        blocks: list[Block] = [Heading(self.tr("analysis.gaps"))]
        blocks.append(Fields(tuple(items)) if items else Paragraph(self.tr("analysis.gaps.none")))
        return blocks

    # -- ใบงาน 2: lessons learned --

    def lessons(self) -> list[Block]:
        """A page per case: the seed's three questions, each with its answer (001:197-205)."""
        if not self.everyone.lessons:
            return []
        blocks: list[Block] = [Heading(self.tr("report.lessons"))]
        for lesson in self.everyone.lessons:
            blocks.append(Heading(lesson.case.strip() or lesson.id, 3))
            answers = [
                Field(field_label(self.lang, "lesson", name), getattr(lesson, name).strip() or self.tr("report.none"))
                for name in LESSON_QUESTIONS
            ]
            if lesson.notes.strip():
                answers.append(Field(field_label(self.lang, "lesson", "notes"), lesson.notes.strip()))
            blocks.append(Fields(tuple(answers)))
        return blocks

    # -- 6. the plan --

    def plan_group(self, row: PlanRow) -> str:
        return row.group.strip() or self.names.get(row.stakeholder, "") or row.id

    def plan(self) -> list[Block]:
        plan = self.workbook.plan
        blocks: list[Block] = [Heading(self.tr("plan.title"))]
        items = tuple(
            Field(field_label(self.lang, "plan", name), getattr(plan, name).strip())
            for name in ("shared_vision", "our_group")
            if getattr(plan, name).strip()
        )
        if items:
            blocks.append(Fields(items))
        if not plan.rows:
            blocks.append(Paragraph(self.tr("report.plan.none")))
            return blocks
        header = tuple(field_label(self.lang, "plan_row", name) for name in PLAN_FIELDS)
        rows: list[tuple[str, ...]] = []
        ours = plan.our_group.strip() or self.names.get(plan.our_stakeholder, "")
        if ours:  # the seed's first row: our own group, the anchor of the others
            rows.append((ours,) + ("",) * (len(header) - 1))
        entered_any = False
        relationships = Relationships(self.workbook)
        for row in plan.rows:
            closeness, via, derived = relationships.of(row)
            entered_any |= not derived
            rows.append(
                (
                    self.plan_group(row),
                    current_text(self.lang, closeness, via) + ("" if derived else ENTERED_MARK),
                    target_label(self.lang, row.target) if row.target else "",
                    row.our_benefit.strip(),
                    row.their_benefit.strip(),
                    "\n".join(f"- {m.strip()}" for m in row.methods if m.strip()),
                    row.owner.strip(),
                    row.review_date.strip(),
                    label(self.lang, row.status) if row.status else "",
                )
            )
        blocks.append(Table(header, tuple(rows)))
        note = self.tr("report.plan.current_note")
        if entered_any:
            note += "\n" + self.tr("report.plan.entered")
        blocks.append(Paragraph(note, note=True))
        return blocks + self.plan_flags()

    def plan_flags(self) -> list[Block]:
        """What the plan still lacks, by the planning table's rules (as the app flags it)."""
        flags = plan_flags(self.workbook, today=self.today)
        if not flags:
            return [Paragraph(self.tr("plan.no_flags"))]
        texts = "\n".join(f"- {text}" for text in flag_texts(flags, self.lang, self.workbook))
        return [Heading(self.tr("report.plan.flags", count=len(flags)), level=3), Paragraph(texts)]

    # -- 7. the network's health --

    def health(self) -> list[Block]:
        """The latest health review: its scores with each item's trend across the reviews, and
        its three weakest items with what the seed says of each. Left out with no review."""
        from tui.core import health

        reviews = self.everyone.health
        if not reviews:
            return []
        latest = reviews[-1]
        trend = " → ".join(f"{health.shown_average(health.average(r))} ({r.label})" for r in reviews)
        named = latest.label if latest.label == latest.day else f"{latest.label} · {latest.day}"
        blocks: list[Block] = [
            Heading(self.tr("report.health")),
            Paragraph(self.tr("report.health.note"), note=True),
            Fields(
                (
                    Field(self.tr("report.health.latest"), named),
                    Field(self.tr("report.health.average"), trend),
                )
            ),
        ]
        header = tuple(
            self.tr(key)
            for key in ("health.column.item", "health.column.score", "report.health.trend", "health.column.note")
        )
        for checklist in latest.checklists:
            rows = tuple(
                (
                    health.item_text(self.lang, item.id),
                    _score(latest.scores.get(item.id)),
                    health.trend_text(health.trend(reviews, item.id)),
                    latest.notes.get(item.id, "").strip(),
                )
                for item in health.items_of([checklist])
            )
            blocks += [Heading(health.checklist_name(self.lang, checklist), 3), Table(header, rows)]
        weak = health.weakest(latest)
        if weak:
            items = []
            for item in weak:
                sentence, seed = health.says(self.lang, item.id)
                note = f"“{sentence}” ({self.tr('health.seed', line=seed)})"
                items.append(Field(health.item_text(self.lang, item.id), str(latest.scores[item.id]), note))
            blocks += [Heading(self.tr("report.health.weakest"), 3), Fields(tuple(items))]
        return blocks


def _score(score: int | None) -> str:
    return BLANK if score is None else str(score)
