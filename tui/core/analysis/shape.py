"""The shape of the whole network, as the slides of seed 001 name them, with advice.

Seed 001 shows six pictures: แน่นแฟ้น (tight), อย่างหลวม ๆ (loose), ผ่าน Hub
(through hubs), รวมศูนย์ (centralised), กระจายไปทั่ว (distributed) and
กระจายศูนย์ (decentralised) — the last three are Baran's (1964) centralised /
decentralised / distributed networks. Seed 000 describes three of them in
words and advises on each: loose means "เครือข่ายมีความสัมพันธ์ผ่าน node
เดียว" (ties run through a single node), through hubs means coordinating
organisations each linking the members near them (its example has two), and
tight means members linked to each other, working together freely.

The pictures overlap, so the reading is a decision list on the measures of
:mod:`tui.core.analysis.network`, first match wins (docs/ANALYSES.md has the
reasoning for each threshold):

1. fewer than :data:`MIN_MEMBERS` tied stakeholders: no shape yet;
2. degree centralisation >= :data:`CENTRALISED_AT`: centralised;
3. density >= :data:`TIGHT_DENSITY`, in one piece, no cut point: tight;
4. :data:`MANY_HUBS` hubs or more: decentralised;
5. two or three hubs: through hubs;
6. one hub, or one stakeholder on most shortest paths (a bottleneck): loose;
7. otherwise (no hub, no bottleneck, ties spread evenly): distributed.

Advice for loose, through hubs and tight is seed 000's; for the other three
it is ours, built from seed 000's and seed 001's management advice, and
:attr:`ShapeReading.advice_from_seed` says which.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tui.core.analysis.network import Network
from tui.core.i18n import tr
from tui.core.vocab import Language

#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used).
MESSAGE_PREFIXES = ("analysis.shape.",)

#: Below this many tied stakeholders there is no shape to read.
MIN_MEMBERS = 3
#: Freeman degree centralisation from which one centre dominates (a star is 1.0).
CENTRALISED_AT = 0.5
#: Density from which members are, on average, tied to half the others or more.
TIGHT_DENSITY = 0.5
#: From this many hubs the network has many centres (decentralised), not a few (through hubs).
MANY_HUBS = 4


class Shape(StrEnum):
    TIGHT = "tight"  # ความสัมพันธ์เครือข่ายแบบแน่นแฟ้น
    LOOSE = "loose"  # ความสัมพันธ์เครือข่ายอย่างหลวม ๆ
    THROUGH_HUBS = "through_hubs"  # ความสัมพันธ์เครือข่ายผ่าน Hub
    CENTRALISED = "centralised"  # ความสัมพันธ์เครือข่ายรวมศูนย์
    DECENTRALISED = "decentralised"  # ความสัมพันธ์เครือข่ายกระจายศูนย์
    DISTRIBUTED = "distributed"  # ความสัมพันธ์เครือข่ายกระจายไปทั่ว


#: The shapes whose advice is seed 000's own text; the rest is ours.
ADVICE_FROM_SEED = frozenset({Shape.LOOSE, Shape.THROUGH_HUBS, Shape.TIGHT})


def classify(
    *,
    members: int,
    density: float,
    centralisation: float,
    connected: bool,
    cut_points: int,
    hubs: int,
    bottlenecks: int,
) -> Shape | None:
    """The decision list of the module docstring, on plain numbers."""
    if members < MIN_MEMBERS:
        return None
    if centralisation >= CENTRALISED_AT:
        return Shape.CENTRALISED
    if density >= TIGHT_DENSITY and connected and cut_points == 0:
        return Shape.TIGHT
    if hubs >= MANY_HUBS:
        return Shape.DECENTRALISED
    if hubs >= 2:
        return Shape.THROUGH_HUBS
    if hubs == 1 or bottlenecks:
        return Shape.LOOSE
    return Shape.DISTRIBUTED


@dataclass(frozen=True)
class ShapeReading:
    """A shape and the numbers it was read from, to show beside the advice."""

    shape: Shape | None
    members: int
    density: float
    centralisation: float
    hubs: tuple[str, ...]
    bottlenecks: tuple[str, ...]
    cut_points: tuple[str, ...]
    connected: bool

    @property
    def key(self) -> str:
        return f"analysis.shape.{self.shape.value if self.shape else 'none'}"

    @property
    def advice_from_seed(self) -> bool:
        return self.shape in ADVICE_FROM_SEED

    def _values(self) -> dict[str, object]:
        return {
            "members": self.members,
            "density": f"{self.density:.2f}",
            "centralisation": f"{self.centralisation:.2f}",
            "hubs": len(self.hubs),
        }

    def name(self, lang: Language | str) -> str:
        return tr(lang, self.key)

    def why(self, lang: Language | str) -> str:
        """Which rule matched, with the numbers, in words."""
        return tr(lang, self.key + ".why", **self._values())

    def advice(self, lang: Language | str) -> str:
        return tr(lang, self.key + ".advice", **self._values())


def read_shape(network: Network) -> ShapeReading:
    shape = classify(
        members=len(network.members),
        density=network.density,
        centralisation=network.centralisation,
        connected=network.connected,
        cut_points=len(network.cut_points),
        hubs=len(network.hubs),
        bottlenecks=len(network.bottlenecks),
    )
    return ShapeReading(
        shape=shape,
        members=len(network.members),
        density=network.density,
        centralisation=network.centralisation,
        hubs=network.hubs,
        bottlenecks=network.bottlenecks,
        cut_points=network.cut_points,
        connected=network.connected,
    )
