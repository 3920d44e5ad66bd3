"""The method's closed vocabularies, as stored in the workbook file.

Each value is the stable English code written to TOML; the Thai and English
labels shown to people live in :mod:`tui.core.i18n` (key ``"<vocab>.<code>"``),
so that renaming a label never changes a saved file. The Thai terms follow the
glossary of the design card and the course's worksheets.
"""

from __future__ import annotations

from enum import StrEnum


class Sector(StrEnum):
    """ไตรพลัง — the three sectors of seed 001 (สามเหลี่ยมเขยื้อนภูเขา in seed 000)."""

    PEOPLE = "people"  # ประชาชน ประชาสังคม เอกชน
    ACADEMIC = "academic"  # วิชาการ
    GOVERNMENT = "government"  # ภาครัฐ


class Kind(StrEnum):
    """INN of seed 001: an individual, a node (group or organisation), a network."""

    INDIVIDUAL = "individual"
    NODE = "node"
    NETWORK = "network"


class Strength(StrEnum):
    """Tie strength: แน่นแฟ้น (tight) or หลวม ๆ (loose)."""

    STRONG = "strong"
    WEAK = "weak"


class Relation(StrEnum):
    """ความสัมพันธ์ในเครือข่าย (seed 001): the three kinds of relationship."""

    COLLABORATE = "collaborate"  # การมีส่วนร่วม — tight
    COOPERATE = "cooperate"  # ประสานการทำงาน — loose
    COORDINATE = "coordinate"  # ประสานความร่วมมือ — loose


class PlanStatus(StrEnum):
    """Where a plan row stands, followed through over months (seed 000: ดำเนินการ และประเมินผล)."""

    NOT_STARTED = "not_started"  # ยังไม่เริ่ม
    IN_PROGRESS = "in_progress"  # กำลังทำ
    DONE = "done"  # สำเร็จ
    STUCK = "stuck"  # ติดขัด


class TieForm(StrEnum):
    """Seed 000: ties are exchange, communication or co-existence ties."""

    EXCHANGE = "exchange"
    COMMUNICATION = "communication"
    COEXISTENCE = "coexistence"


class Group(StrEnum):
    """The three groups of ใบงาน 1, part 2."""

    INFLUENCES = "influences"  # กลุ่มที่มีอิทธิพลต่อโครงการเรา
    AFFECTED = "affected"  # กลุ่มที่โครงการเราไปมีผลต่อเขา
    INTERESTED = "interested"  # กลุ่มที่สนใจความสำเร็จและความล้มเหลวของโครงการเรา


class PowerBase(StrEnum):
    """Seed 000 step 5: where a stakeholder's power comes from."""

    NATURE = "nature"  # ลักษณะองค์กร
    ROLE = "role"  # บทบาทหน้าที่
    RULES = "rules"  # กฎระเบียบที่รองรับ
    IMPACT = "impact"  # ความสามารถในการสร้างผลกระทบ


class Strategy(StrEnum):
    """Approach strategies of the standard power-interest grid (not in the seeds)."""

    MANAGE_CLOSELY = "manage_closely"
    KEEP_SATISFIED = "keep_satisfied"
    KEEP_INFORMED = "keep_informed"
    MONITOR = "monitor"


class NetworkKind(StrEnum):
    """Seed 003: area, issue or functional (structure-and-role) networks."""

    AREA = "area"
    ISSUE = "issue"
    FUNCTIONAL = "functional"


class Closeness(StrEnum):
    """ความสัมพันธ์เดิม of the planning table: none, loose (หลวม) or tight (แน่นแฟ้น)."""

    NONE = "none"
    LOOSE = "loose"
    TIGHT = "tight"


class Language(StrEnum):
    TH = "th"
    EN = "en"


#: Scores for influence and interest run from 1 (least) to 5 (most).
SCORE_MIN = 1
SCORE_MAX = 5
