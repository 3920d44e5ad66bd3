"""Build the sample workbooks in ``samples/`` through the core editor.

    uv run python samples/make_samples.py            # rewrite samples/*.toml
    uv run python samples/make_samples.py OUT_DIR    # write them into OUT_DIR
    uv run python samples/make_samples.py --size 10000 OUT_DIR   # only large-10000.toml

Every value goes through :class:`tui.core.edit.Editor`, so a sample can only
hold what the app itself would accept. The output is deterministic: the same
bytes on every run (the large workbook uses a fixed random seed), and a test
checks that rebuilding reproduces the committed files.

* ``organic-farming.th.toml`` — the organic-farming group of the workshop
  slides (seed 001): ใบงาน 1 (stakeholders, the นายก ทม. worksheet row, the
  three groups) and ใบงาน Network 4 (the six rows of the planning table);
  like the English one, it keeps two network health reviews, a snapshot, a
  stakeholder who left the network and a tie that ended after it.
* ``clean-energy.en.toml`` — a regional clean-energy network modelled on the
  RE-AMP case study of the same slides; organisations and people are invented.
* ``large.toml`` — 300 stakeholders in eight clusters, 900 ties, 40 plan rows,
  for measuring the screens and the analyses on a big map; ``--size N``
  makes the same kind of map with N stakeholders and 3N ties (not committed).

Stakeholders are referred to by name in the tables below (names are unique
within each hand-made sample); the builder turns names into ids.
"""

from __future__ import annotations

import argparse
import bisect
import copy
import itertools
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a plain script from any folder
    sys.path.insert(0, str(ROOT))

from tui.core import model, store  # noqa: E402  (after the path is set, for a plain script)
from tui.core.edit import Editor  # noqa: E402
from tui.core.plan import current_relationship  # noqa: E402
from tui.core.snapshots import take  # noqa: E402
from tui.core.steps import STUDY_FIELDS  # noqa: E402

SAMPLES = Path(__file__).resolve().parent
#: Samples are shared course material with invented people, not private
#: workbooks, so they are world-readable (the app's own files are 0600).
SAMPLE_MODE = 0o644

# =============================================================================
# 1. กลุ่มเกษตรอินทรีย์ — the organic-farming group of seed 001 (Thai)
# =============================================================================

ORGANIC_PROJECT = {
    "title": "ขยายเครือข่ายผักอินทรีย์ส่งโรงพยาบาล",
    "issue": (
        "กลุ่มเกษตรอินทรีย์ส่งผักให้โรงพยาบาลได้ไม่พอและไม่สม่ำเสมอ ผลผลิตของกลุ่มเดียวไม่พอตามรายการอาหาร "
        "ต้นทุนปุ๋ยสูง และงานของกลุ่มยังไม่อยู่ในแผนของเทศบาลและกองทุนตำบล"
    ),
    "objective": (
        "1. วิเคราะห์ภาคี/ผู้มีส่วนได้ส่วนเสียของการส่งผักอินทรีย์เข้า รพ. ทั้งสามภาค (ไตรพลัง)\n"
        "2. วางแผนขยายเครือข่ายข้ามประเด็นในจังหวัดเดียวกัน ให้กลุ่มผู้ปลูกหลายกลุ่มร่วมส่งผลผลิตเข้า รพ. ทุกสัปดาห์\n"
        "3. หาแนวทางให้ได้รับการสนับสนุนนโยบายและงบประมาณจากเทศบาลและกองทุนตำบล"
    ),
    "area": "เขตเทศบาลเมือง (ทม.) และตำบลใกล้เคียง จังหวัดสงขลา",
    "network_kind": "area",
    "date": "2024-06-15",
    "facilitator": "ทีมวิทยากร สถาบันนโยบายสาธารณะ ม.สงขลานครินทร์",
    "notes": (
        "ตัวอย่างจากใบงาน 1 (การวิเคราะห์ภาคี) และใบงาน Network 4 (การสร้างเครือข่ายข้ามประเด็น พื้นที่เดียวกัน) "
        "ของหลักสูตรการสร้างและการบริหารเครือข่าย ชื่อบุคคลนอกจากในใบงานเป็นชื่อสมมติ"
    ),
}

# The worksheet row of ใบงาน 1 part 3, word for word (cell line breaks joined).
MAYOR_WORKSHEET_ROW = {
    "contact": "ป้อม เลข 0879998888",
    "influence_how": "กำหนดนโยบายเกษตรอินทรีย์",
    "impact": "ใช้เรื่องเกษตรอินทรีย์เป็นผลงาน",
    "what_matters": "ฐานเสียงปชช. ผู้รักสุขภาพ",
    "can_help": "การนำไปกำหนดเป็นแผน สนับสนุนงบประมาณ ความร่วมมือของผู้ปฏิบัติงาน ประชาชนในพื้นที่",
    "may_obstruct": "การขับเคลื่อนงานซ้ำ",
    "access": "นัดหมายเข้าพบ แนะนำ/ชี้ให้เห็นความสอดคล้องการทำงาน/สนับสนุนนโยบายนายก ฯ/นำเสนอผลงานร่วมกับสื่อ",
}

# (name, sector, kind, other fields). Scores avoid the grid's middle (3) so
# that every stakeholder sits clearly in one quadrant.
ORGANIC_STAKEHOLDERS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "กลุ่มเกษตรอินทรีย์",
        "people",
        "node",
        {
            "contact": "คุณสมพร ประธานกลุ่ม (ไลน์กลุ่มเกษตรอินทรีย์)",
            "characteristics": "กลุ่มเกษตรกรปลูกผักอินทรีย์ สมาชิก 25 ครัวเรือน พื้นที่ปลูกรวมประมาณ 40 ไร่",
            "management": "คณะกรรมการกลุ่ม 7 คน ประชุมทุกเดือน\nแบ่งงานเป็นฝ่ายผลิต ฝ่ายตลาด และฝ่ายบัญชี",
            "decisions": "ที่ประชุมสมาชิกตัดสินเรื่องราคาและแผนการปลูก ใช้เสียงข้างมาก",
            "aims": "ผลิตผักอินทรีย์ที่ปลอดภัยส่งโรงพยาบาลและผู้บริโภคในพื้นที่ เพิ่มรายได้ที่มั่นคงให้สมาชิก",
            "track_record": ("ส่งผักให้โรงพยาบาลสัปดาห์ละ 2 ครั้ง ต่อเนื่องมา 2 ปี\nได้รับรองมาตรฐานเกษตรอินทรีย์แบบมีส่วนร่วม (PGS)"),
            "needs": "ผลผลิตไม่พอตามที่ รพ. ต้องการ ต้องการกลุ่มผู้ปลูกเพิ่ม และความรู้การใช้จุลินทรีย์ทำปุ๋ยเพื่อลดต้นทุน",
            "influence": 4,
            "interest": 5,
            "power_bases": ["nature", "impact"],
        },
    ),
    (
        "นายก ทม.",
        "government",
        "individual",
        {
            **MAYOR_WORKSHEET_ROW,
            "characteristics": "ผู้บริหารสูงสุดของเทศบาลเมือง มาจากการเลือกตั้ง เป็นประธานกรรมการกองทุนตำบลโดยตำแหน่ง",
            "leader_view": "สนับสนุนเรื่องอาหารปลอดภัยและสุขภาพของประชาชน อยากเห็นผลงานที่จับต้องได้",
            "stance": "เห็นด้วยกับเกษตรอินทรีย์ แต่ยังไม่มีแผนงานและงบประมาณรองรับ",
            "influence": 5,
            "interest": 4,
            "power_bases": ["role", "rules", "impact"],
            "groups": ["influences"],
            "key_leader": True,
            "approach_how": (
                "นัดหมายเข้าพบพร้อมข้อมูลผลผลิตและจำนวนผู้ป่วยที่ได้กินผักอินทรีย์\n"
                "ชี้ให้เห็นความสอดคล้องกับนโยบายเมืองสุขภาวะของนายก ฯ\n"
                "เชิญร่วมงานส่งมอบผักให้ รพ. พร้อมสื่อท้องถิ่น"
            ),
            "approach_who": "ประธานกลุ่มเกษตรอินทรีย์ นัดผ่านป้อม เลขานุการนายก",
            "approach_when": "ก่อนจัดทำแผนพัฒนาท้องถิ่นรอบใหม่ (ไตรมาส 3)",
            "relationship_goal": "cooperate",
        },
    ),
    (
        "สปสช.",
        "government",
        "node",
        {
            "characteristics": "สำนักงานหลักประกันสุขภาพแห่งชาติ เขต 12 สงขลา กำกับการใช้เงินกองทุนหลักประกันสุขภาพระดับท้องถิ่น",
            "rules": "ประกาศคณะกรรมการหลักประกันสุขภาพแห่งชาติ เรื่องกองทุนหลักประกันสุขภาพในระดับท้องถิ่นหรือพื้นที่",
            "influence_how": "กำหนดหลักเกณฑ์ว่าโครงการแบบใดใช้เงินกองทุนตำบลได้",
            "can_help": "แนะนำการเขียนโครงการให้ตรงหลักเกณฑ์ เชื่อมกับแผนส่งเสริมสุขภาพของเขต",
            "influence": 5,
            "interest": 2,
            "power_bases": ["rules", "role"],
            "groups": ["influences"],
            "strategy": "keep_satisfied",
        },
    ),
    (
        "กรรมการกองทุนตำบล",
        "government",
        "node",
        {
            "contact": "เจ้าหน้าที่กองทุนหลักประกันสุขภาพ สำนักงานเทศบาล",
            "characteristics": (
                "คณะกรรมการกองทุนหลักประกันสุขภาพระดับท้องถิ่น มีนายก ทม. เป็นประธาน มีผู้แทนหน่วยบริการ อสม. และผู้แทนประชาชน"
            ),
            "decisions": "พิจารณาอนุมัติโครงการในที่ประชุมกรรมการ ปีละ 2-3 รอบ",
            "influence_how": "อนุมัติงบประมาณโครงการส่งเสริมสุขภาพในพื้นที่",
            "impact": "มีโครงการที่ใช้เงินกองทุนได้ตรงเป้าหมายการส่งเสริมสุขภาพ",
            "what_matters": "ใช้เงินกองทุนตามเป้า ประชาชนในพื้นที่มีสุขภาวะ",
            "can_help": "สนับสนุนงบประมาณโครงการอาหารปลอดภัยและตลาดสีเขียว",
            "may_obstruct": "ระเบียบการเบิกจ่ายเข้มงวด อนุมัติล่าช้าถ้าโครงการเขียนไม่ตรงหลักเกณฑ์",
            "influence": 4,
            "interest": 2,
            "power_bases": ["rules", "role"],
            "groups": ["influences"],
            "key_player": True,
            "approach_how": "เชิญเป็นวิทยากรและร่วมเขียนโครงการขอทุน แลกเปลี่ยนความรู้",
            "approach_who": "คณะกรรมการกลุ่ม ฝ่ายบัญชี",
            "approach_when": "ก่อนรอบพิจารณาโครงการเดือนตุลาคม",
            "relationship_goal": "cooperate",
        },
    ),
    (
        "โรงพยาบาล",
        "government",
        "node",
        {
            "contact": "หัวหน้าฝ่ายโภชนาการ รพ.",
            "characteristics": "โรงพยาบาลชุมชนขนาด 120 เตียง ประกอบอาหารผู้ป่วยวันละประมาณ 300 ที่",
            "aims": "ผู้ป่วยได้รับอาหารปลอดภัย ลดการใช้ผักที่มีสารเคมีตกค้าง",
            "rules": "ระเบียบการจัดซื้อจัดจ้างภาครัฐ ผู้ขายต้องขึ้นทะเบียนและส่งของครบตามสัญญา",
            "needs": "ผักอินทรีย์ปริมาณสม่ำเสมอทุกสัปดาห์ ชนิดผักตรงตามรายการอาหาร",
            "impact": "ได้ผักปลอดภัยสำหรับผู้ป่วยและเจ้าหน้าที่",
            "can_help": "รับซื้อผลผลิตต่อเนื่อง เปิดพื้นที่ตลาดสีเขียวใน รพ.",
            "may_obstruct": "ถ้าส่งผักไม่ครบตามสัญญา อาจกลับไปซื้อจากผู้ค้าส่ง",
            "influence": 4,
            "interest": 5,
            "power_bases": ["nature", "rules"],
            "groups": ["affected", "interested"],
            "approach_how": "ประชุมร่วมกับฝ่ายโภชนาการทุกเดือน วางแผนการปลูกตามรายการอาหาร",
            "approach_who": "ฝ่ายตลาดของกลุ่ม",
            "relationship_goal": "collaborate",
        },
    ),
    (
        "กองสาธารณสุขและสิ่งแวดล้อม ทม.",
        "government",
        "node",
        {
            "what_matters": "ตัวชี้วัดอาหารปลอดภัยและการลดโรคไม่ติดต่อเรื้อรังในเขตเทศบาล",
            "can_help": "ตรวจสารเคมีตกค้างในผักให้ฟรี ประชาสัมพันธ์ผ่าน อสม. ในชุมชน",
            "influence": 4,
            "interest": 4,
            "power_bases": ["role"],
            "groups": ["influences", "interested"],
        },
    ),
    (
        "สำนักงานเกษตรอำเภอ",
        "government",
        "node",
        {
            "characteristics": "หน่วยงานส่งเสริมการเกษตรระดับอำเภอ",
            "can_help": "อบรมและตรวจแปลงเพื่อขอรับรองมาตรฐาน สนับสนุนเมล็ดพันธุ์",
            "influence": 2,
            "interest": 2,
            "power_bases": ["role"],
        },
    ),
    (
        "กลุ่มนักวิชาการ ม.อ.",
        "academic",
        "network",
        {
            "contact": "อาจารย์ผู้ประสานงานบริการวิชาการ ม.อ.",
            "characteristics": "กลุ่มอาจารย์และนักวิจัยหลายคณะ ทำงานบริการวิชาการด้านเกษตรและอาหาร",
            "aims": "งานวิจัยและบริการวิชาการที่ชุมชนนำไปใช้ได้จริง",
            "knowledge": ("การใช้จุลินทรีย์ทำปุ๋ยและแปรรูปอาหาร\nการผลิตก๊าซชีวภาพและปุ๋ยจากเศษพืชผักระดับครัวเรือน"),
            "can_help": "แลกเปลี่ยนการใช้จุลินทรีย์ทำปุ๋ยลดต้นทุนการผลิต",
            "influence": 2,
            "interest": 4,
            "power_bases": ["nature"],
            "groups": ["interested"],
            "relationship_goal": "cooperate",
        },
    ),
    (
        "ดร.วิภาวรรณ นักจุลชีววิทยา ม.อ.",
        "academic",
        "individual",
        {
            "knowledge": "การใช้จุลินทรีย์แปรรูปอาหาร",
            "influence": 1,
            "interest": 4,
            "groups": ["interested"],
        },
    ),
    (
        "อ.ธนพล วิศวกรเคมี ม.อ.",
        "academic",
        "individual",
        {
            "knowledge": "การผลิตก๊าซชีวภาพและปุ๋ยจากเศษพืชผักระดับครัวเรือน",
            "influence": 1,
            "interest": 2,
        },
    ),
    (
        "กลุ่มเกษตรกรรมยั่งยืน",
        "people",
        "network",
        {
            "contact": "พี่เลี้ยงเครือข่ายระดับจังหวัด",
            "characteristics": "เครือข่ายเกษตรกรรมยั่งยืนระดับจังหวัด สมาชิกหลายอำเภอ ทำเกษตรผสมผสาน",
            "track_record": "จัดตลาดนัดเกษตรกรรมยั่งยืนทุกวันเสาร์",
            "stance": "สนับสนุนเกษตรอินทรีย์เต็มที่",
            "what_matters": "พลังจากเครือข่าย",
            "influence": 2,
            "interest": 5,
            "power_bases": ["nature", "impact"],
            "groups": ["interested"],
            "relationship_goal": "collaborate",
        },
    ),
    (
        "กลุ่มพืชร่วมยางโดน งาช้าง",
        "people",
        "node",
        {
            "characteristics": "เกษตรกรปลูกผักและสมุนไพรร่วมในสวนยาง",
            "needs": "ตลาดที่แน่นอนสำหรับผลผลิตพืชร่วมยาง",
            "influence": 1,
            "interest": 4,
            "groups": ["interested", "affected"],
            "relationship_goal": "collaborate",
        },
    ),
    (
        "กลุ่มอาหารสมุนไพร",
        "people",
        "node",
        {
            "characteristics": "กลุ่มแม่บ้านปลูกผักพื้นบ้านและสมุนไพร แปรรูปอาหาร",
            "influence": 2,
            "interest": 4,
            "groups": ["interested"],
            "relationship_goal": "collaborate",
        },
    ),
    (
        "สวนผักคนเมือง",
        "people",
        "network",
        {
            "contact": "ผ่านชาคริต",
            "characteristics": "เครือข่ายคนเมืองปลูกผักในที่ว่างและบนดาดฟ้า เน้นการเรียนรู้และแบ่งปันเมล็ดพันธุ์",
            "what_matters": "แลกเปลี่ยนวิธีการปลูก การตลาด",
            "influence": 2,
            "interest": 4,
            "groups": ["interested"],
            "approach_how": "ให้ชาคริตพาไปร่วมกิจกรรมวันเสาร์ของสวนผัก แล้วชวนมาดูงานแปลงของกลุ่ม",
            "approach_who": "ชาคริต",
            "approach_when": "เดือนกรกฎาคม",
            "relationship_goal": "collaborate",
        },
    ),
    (
        "ชาคริต",
        "people",
        "individual",
        {
            "characteristics": "สมาชิกกลุ่มเกษตรอินทรีย์ และอาสาสมัครของสวนผักคนเมือง รู้จักคนทั้งสองกลุ่ม",
            "influence": 2,
            "interest": 5,
            "groups": ["interested"],
            "key_leader": True,
            "notes": (
                "เป็นจุดเชื่อมเพียงจุดเดียวระหว่างกลุ่มกับสวนผักคนเมือง\nถ้าชาคริตไม่อยู่ ความสัมพันธ์นี้จะขาด ควรให้สมาชิกคนอื่นรู้จักสวนผักด้วย"
            ),
        },
    ),
    (
        "ผู้บริโภคผักอินทรีย์",
        "people",
        "network",
        {
            "characteristics": "ผู้ป่วยและญาติ เจ้าหน้าที่ รพ. และลูกค้าประจำตลาดสีเขียว",
            "impact": "ได้กินผักปลอดภัยในราคาเป็นธรรม",
            "what_matters": "ความปลอดภัยของอาหาร ราคา และผลผลิตที่มีให้ซื้อสม่ำเสมอ",
            "influence": 2,
            "interest": 5,
            "groups": ["affected"],
        },
    ),
    (
        "กลุ่มปลูกผักอินทรีย์อื่น",
        "people",
        "node",
        {
            "stance": "รอดูว่าการส่งผักเข้า รพ. จะสำเร็จหรือไม่ ก่อนตัดสินใจเข้าร่วม",
            "influence": 2,
            "interest": 4,
            "groups": ["interested"],
            "notes": "ยังไม่มีความสัมพันธ์กับกลุ่มเรา ควรชวนเข้าร่วมเครือข่าย",
        },
    ),
    (
        "วิทยุชุมชนและเพจข่าวท้องถิ่น",
        "people",
        "node",
        {
            "can_help": "นำเสนอผลงานร่วมกับสื่อ",
            "influence": 4,
            "interest": 1,
            "power_bases": ["impact"],
            "strategy": "keep_informed",
        },
    ),
    (
        "พ่อค้าคนกลางตลาดสด",
        "people",
        "node",
        {
            "may_obstruct": "กดราคาผักของเกษตรกร ไม่แยกผักอินทรีย์ออกจากผักทั่วไป",
            "influence": 2,
            "interest": 1,
            "groups": ["affected"],
        },
    ),
]

# (a, b, strength, relation, form, other fields). collaborate is the tight
# kind (strong); cooperate and coordinate are loose (weak).
ORGANIC_TIES: list[tuple[str, str, str, str | None, str | None, dict[str, Any]]] = [
    (
        "กลุ่มเกษตรอินทรีย์",
        "โรงพยาบาล",
        "strong",
        "collaborate",
        "exchange",
        {
            "frequency": "ส่งผักทุกวันจันทร์และพฤหัสบดี",
            "duration": "2 ปี",
            "trust": 4,
            "trust_note": "2024-06-01 รับผักตรงนัด",
        },
    ),
    ("กลุ่มเกษตรอินทรีย์", "ผู้บริโภคผักอินทรีย์", "strong", "collaborate", "exchange", {"frequency": "ตลาดสีเขียวทุกวันพุธ"}),
    (
        "กลุ่มเกษตรอินทรีย์",
        "ชาคริต",
        "strong",
        "collaborate",
        "coexistence",
        {"frequency": "ทุกสัปดาห์", "duration": "5 ปี", "trust": 5, "notes": "เป็นสมาชิกกลุ่มตั้งแต่เริ่มก่อตั้ง"},
    ),
    ("ชาคริต", "สวนผักคนเมือง", "strong", "collaborate", "coexistence", {"notes": "อาสาสมัครประจำแปลงดาดฟ้า"}),
    ("กลุ่มเกษตรอินทรีย์", "นายก ทม.", "weak", "coordinate", "communication", {"frequency": "ปีละ 1-2 ครั้ง"}),
    (
        "กลุ่มเกษตรอินทรีย์",
        "กรรมการกองทุนตำบล",
        "weak",
        "coordinate",
        "exchange",
        {"notes": "เคยยื่นโครงการขอทุนครั้งเดียว ได้งบอบรมบางส่วน"},
    ),
    ("กลุ่มเกษตรอินทรีย์", "กลุ่มนักวิชาการ ม.อ.", "weak", "coordinate", "communication", {}),
    ("กลุ่มเกษตรอินทรีย์", "กลุ่มเกษตรกรรมยั่งยืน", "weak", "cooperate", "exchange", {"frequency": "เดือนละครั้ง"}),
    ("กลุ่มเกษตรอินทรีย์", "กลุ่มพืชร่วมยางโดน งาช้าง", "weak", "cooperate", "exchange", {}),
    ("กลุ่มเกษตรอินทรีย์", "กลุ่มอาหารสมุนไพร", "weak", "cooperate", "exchange", {}),
    ("กลุ่มเกษตรอินทรีย์", "สำนักงานเกษตรอำเภอ", "weak", "coordinate", "communication", {}),
    (
        "นายก ทม.",
        "กรรมการกองทุนตำบล",
        "strong",
        "collaborate",
        "coexistence",
        {"notes": "นายกเป็นประธานกรรมการกองทุนโดยตำแหน่ง"},
    ),
    ("นายก ทม.", "กองสาธารณสุขและสิ่งแวดล้อม ทม.", "strong", "collaborate", "coexistence", {}),
    ("นายก ทม.", "วิทยุชุมชนและเพจข่าวท้องถิ่น", "weak", "coordinate", "communication", {}),
    ("สปสช.", "กรรมการกองทุนตำบล", "weak", "cooperate", "exchange", {"notes": "สปสช. โอนเงินสมทบเข้ากองทุนทุกปี"}),
    ("สปสช.", "โรงพยาบาล", "weak", "coordinate", "exchange", {}),
    ("โรงพยาบาล", "กองสาธารณสุขและสิ่งแวดล้อม ทม.", "weak", "coordinate", "communication", {}),
    ("กลุ่มนักวิชาการ ม.อ.", "ดร.วิภาวรรณ นักจุลชีววิทยา ม.อ.", "strong", "collaborate", "coexistence", {}),
    ("กลุ่มนักวิชาการ ม.อ.", "อ.ธนพล วิศวกรเคมี ม.อ.", "strong", "collaborate", "coexistence", {}),
    ("กลุ่มนักวิชาการ ม.อ.", "กลุ่มเกษตรกรรมยั่งยืน", "weak", "coordinate", "communication", {}),
    (
        "กลุ่มเกษตรกรรมยั่งยืน",
        "กลุ่มพืชร่วมยางโดน งาช้าง",
        "strong",
        "collaborate",
        "exchange",
        {"frequency": "ทุกสัปดาห์", "duration": "3 ปี"},
    ),
    ("กลุ่มเกษตรกรรมยั่งยืน", "กลุ่มอาหารสมุนไพร", "weak", "cooperate", "communication", {}),
    ("กลุ่มเกษตรกรรมยั่งยืน", "สำนักงานเกษตรอำเภอ", "weak", "coordinate", "communication", {}),
    ("กลุ่มอาหารสมุนไพร", "ผู้บริโภคผักอินทรีย์", "weak", "cooperate", "exchange", {}),
    ("พ่อค้าคนกลางตลาดสด", "กลุ่มพืชร่วมยางโดน งาช้าง", "weak", None, "exchange", {"notes": "รับซื้อผลผลิตราคาต่ำ"}),
]

ORGANIC_OUR_GROUP = "กลุ่มเกษตรอินทรีย์"
ORGANIC_VISION = (
    "ผักอินทรีย์จากกลุ่มเกษตรกรในจังหวัดส่งถึงโรงพยาบาลและผู้บริโภคทุกสัปดาห์ "
    "เกษตรกรมีรายได้มั่นคง ผู้ป่วยและประชาชนในพื้นที่มีสุขภาวะที่ดี\n"
    "ทุกกลุ่มได้ประโยชน์ร่วม สร้างความเชื่อใจ และแรงบันดาลใจเรื่องการสมานฉันท์ระหว่างกลุ่มต่างประเด็น"
)

# ใบงาน Network 4, "แผนการขยายเครือข่ายข้ามประเด็น จังหวัดเดียวกัน", row by row.
# Cell line breaks are joined; methods keep the seed's "-" items; the seed's
# two broken words are fixed (จุลินทรีย์, กลุ่มนักวิชาการ ม.อ.).
# (group, current, via, target, our benefit, their benefit, methods, extra)
ORGANIC_PLAN: list[tuple[str, str, str, str, str, str, str, dict[str, Any]]] = [
    (
        "กรรมการกองทุนตำบล",
        "loose",
        "",
        "cooperate",
        "ได้รับการสนับสนุนงบประมาณ",
        "ใช้เงินกองทุนตามเป้า ประชาชนในพื้นที่มีสุขภาวะ",
        "-เชิญเป็นวิทยากร เขียนโครงการขอทุน แลกเปลี่ยนความรู้ -ประชาสัมพันธ์ผลงานให้เป็นที่รู้จัก",
        {
            "owner": "ฝ่ายบัญชีของกลุ่ม",
            "review_date": "2024-10-31",
            "status": "done",
            "log": ["2024-09-15 ยื่นโครงการขอทุนกองทุนตำบลแล้ว", "2024-10-20 กองทุนอนุมัติงบประมาณ"],
        },
    ),
    (
        "กลุ่มนักวิชาการ ม.อ.",
        "loose",
        "",
        "cooperate",
        "แลกเปลี่ยนการใช้จุลินทรีย์ทำปุ๋ยลดต้นทุนการผลิต",
        "ผลงานตามภารกิจอาจารย์ บริการวิชาการแก่ชุมชน",
        "-เชิญเป็นวิทยากร แลกเปลี่ยนความรู้ -สื่อสารสาธารณะ",
        {
            "owner": "คุณสมพร ประธานกลุ่ม",
            "review_date": "2024-08-31",
            "status": "in_progress",
            "log": ["2024-07-10 เชิญอาจารย์เป็นวิทยากรอบรมทำปุ๋ยจุลินทรีย์"],
        },
    ),
    (
        "กลุ่มเกษตรกรรมยั่งยืน",
        "loose",
        "",
        "collaborate",
        "แลกเปลี่ยนวิธีการปลูก การตลาด",
        "พลังจากเครือข่าย",
        "-พบปะแลกเปลี่ยนความร่วมมือ -ทำกิจกรรมร่วมทุกสัปดาห์ -สื่อสารสาธารณะ",
        {},
    ),
    (
        "กลุ่มพืชร่วมยางโดน งาช้าง",
        "loose",
        "",
        "collaborate",
        "ร่วมส่งผลผลิตเข้า รพ.",
        "ร่วมส่งผลผลิตเข้า รพ.",
        "-พบปะแลกเปลี่ยนความร่วมมือ จัดระบบส่งผลผลิต -ทำกิจกรรมร่วมทุกสัปดาห์",
        {
            "owner": "ฝ่ายตลาดของกลุ่ม",
            "review_date": "2024-09-30",
            "status": "stuck",
            "log": ["2024-08-05 ฝ่ายโภชนาการ รพ. ยังไม่ตกลงรับผักจากหลายกลุ่ม"],
            "notes": "ตกลงกับฝ่ายโภชนาการ รพ. ก่อนว่าจะรับผักจากหลายกลุ่ม",
        },
    ),
    (
        "กลุ่มอาหารสมุนไพร",
        "loose",
        "",
        "collaborate",
        "ร่วมส่งผลผลิตเข้า รพ. แลกเปลี่ยนวิธีการปลูก การตลาด",
        "ร่วมส่งผลผลิตเข้า รพ.",
        "-พบปะแลกเปลี่ยนความร่วมมือ จัดระบบ -ทำกิจกรรมร่วมทุกสัปดาห์",
        {},
    ),
    (
        "สวนผักคนเมือง",
        "loose",
        "ชาคริต",
        "collaborate",
        "แลกเปลี่ยนวิธีการปลูก การตลาด",
        "แลกเปลี่ยนวิธีการปลูก การตลาด",
        "-พบปะแลกเปลี่ยนความร่วมมือ -ทำกิจกรรมร่วมทุกสัปดาห์",
        {"owner": "ชาคริต", "review_date": "2024-07-31", "status": "not_started"},
    ),
]

# =============================================================================
# 2. A regional clean-energy network modelled on RE-AMP (seed 001, English)
# =============================================================================

CLEAN_PROJECT = {
    "title": "Midwest Clean Energy Network: stakeholder analysis",
    "issue": (
        "Coal-fired power plants are the Upper Midwest's largest source of global-warming and air pollution. "
        "Dozens of nonprofits, foundations and agencies each work on a piece of the problem, rarely together."
    ),
    "objective": (
        "Map who can move the region's energy policy, and plan the relationships the network needs to reach "
        "its goal:\nan 80% reduction in global-warming pollution economy-wide by 2050."
    ),
    "area": "The Upper Midwest: eight states around the Great Lakes",
    "network_kind": "issue",
    "date": "2024-03-12",
    "facilitator": "Maria Gonzalez, network weaver",
    "notes": (
        "Modelled on the RE-AMP Network case study in the workshop slides: founded in 2003 by a small group of "
        "nonprofits after a shared systems analysis, it grew to more than 125 organisations in eight states, and "
        "clean-energy policies were adopted in six.\nThe organisations and people in this workbook are invented."
    ),
}

CLEAN_STAKEHOLDERS: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "Midwest Clean Energy Network",
        "people",
        "network",
        {
            "contact": "Steering committee chair (network mailing list)",
            "characteristics": "Nonprofits and foundations that came together around a shared systems analysis of the regional energy economy.",
            "management": (
                "Steering committee of member representatives.\n"
                "Four staff 'network weavers'; each working group sets its own workplan."
            ),
            "decisions": "Consensus in the steering committee; working groups choose their own campaigns.",
            "aims": "An 80% reduction in global-warming pollution economy-wide by 2050; a vibrant Midwest clean-energy economy.",
            "track_record": (
                "A shared systems map of the regional energy economy\n"
                "Clean-energy policies adopted in six states\n"
                "More than 125 member organisations in eight states"
            ),
            "influence": 4,
            "interest": 5,
            "power_bases": ["nature", "impact"],
        },
    ),
    (
        "Clean Up Coal Working Group",
        "people",
        "network",
        {
            "aims": "Retire old coal plants and stop new dirty coal.",
            "track_record": "Helped stop several proposed coal plants through permit challenges and public hearings.",
            "influence": 4,
            "interest": 5,
            "power_bases": ["impact"],
            "groups": ["interested"],
        },
    ),
    (
        "Energy Efficiency Working Group",
        "people",
        "network",
        {
            "aims": "Make energy efficiency the first resource in every state's resource plan.",
            "influence": 2,
            "interest": 5,
            "groups": ["interested"],
        },
    ),
    (
        "New Clean Energy Working Group",
        "people",
        "network",
        {
            "aims": "Renewable energy standards and fair grid rules for wind, solar and community-owned generation.",
            "influence": 2,
            "interest": 5,
            "groups": ["interested"],
        },
    ),
    (
        "Great Lakes Climate Foundation",
        "people",
        "node",
        {
            "contact": "Program officer, climate and energy",
            "characteristics": "Private foundation making regional climate and energy grants.",
            "decisions": "Program officers recommend; the board approves grants every quarter.",
            "influence_how": "Its funding decisions shape which campaigns run and for how long.",
            "what_matters": "Measurable cuts in emissions, and evidence that the network adds value beyond single grantees.",
            "can_help": "Multi-year general operating support; a pooled fund for state campaigns.",
            "may_obstruct": "Could move its priorities to other regions if results are slow.",
            "influence": 5,
            "interest": 4,
            "power_bases": ["nature", "impact"],
            "groups": ["influences", "interested"],
            "approach_how": "Quarterly briefings built on the systems map; invite the program officer to the steering retreat.",
            "approach_who": "Executive director",
            "approach_when": "Before the foundation's autumn strategy review",
            "relationship_goal": "collaborate",
        },
    ),
    (
        "Prairie Environmental Fund",
        "people",
        "node",
        {
            "characteristics": "Small family foundation; funds local conservation more than energy policy.",
            "can_help": "Bridge grants for rural outreach.",
            "influence": 4,
            "interest": 2,
            "power_bases": ["nature"],
            "groups": ["influences"],
        },
    ),
    (
        "State Public Utility Commissions",
        "government",
        "network",
        {
            "characteristics": "The regulators in each state who approve utility resource plans, new plants and rates.",
            "rules": (
                "State utility law sets what they may decide.\n"
                "Ex parte rules forbid informal contact about open dockets."
            ),
            "influence_how": "Approve or reject new plants, efficiency programmes and rate designs.",
            "what_matters": "Reliable, affordable service; a clean record that survives appeal.",
            "access": "Formal testimony in dockets; public comment periods; technical workshops.",
            "influence": 5,
            "interest": 2,
            "power_bases": ["rules", "role"],
            "groups": ["influences"],
            "strategy": "keep_satisfied",
            "approach_how": "Joint, well-documented testimony with the Energy Institute's analysis.",
            "approach_who": "Clean Up Coal Working Group lead with university experts",
            "relationship_goal": "cooperate",
        },
    ),
    (
        "State Energy Offices",
        "government",
        "network",
        {
            "can_help": "Run efficiency programmes; share data on energy use by sector.",
            "influence": 4,
            "interest": 4,
            "power_bases": ["role"],
            "groups": ["influences", "interested"],
        },
    ),
    (
        "EPA Region 5",
        "government",
        "node",
        {
            "rules": "Clean Air Act permits and enforcement for the Great Lakes states.",
            "influence": 4,
            "interest": 2,
            "power_bases": ["rules"],
            "groups": ["influences"],
        },
    ),
    (
        "Lakeshore University Energy Institute",
        "academic",
        "node",
        {
            "contact": "Institute director's office",
            "knowledge": "Grid modelling; the cost of efficiency against new supply.",
            "can_help": "Independent analysis that the regulators trust.",
            "needs": "Research questions from the field, data, and partners to publish with.",
            "influence": 2,
            "interest": 4,
            "power_bases": ["nature"],
            "groups": ["interested"],
            "relationship_goal": "cooperate",
        },
    ),
    (
        "Prairie State University Extension",
        "academic",
        "node",
        {
            "can_help": "Energy audits for farms and small towns.",
            "influence": 2,
            "interest": 2,
        },
    ),
    (
        "Dr. Anna Lindqvist",
        "academic",
        "individual",
        {
            "characteristics": "Systems modeller who facilitated the network's original systems map.",
            "knowledge": "Systems analysis; facilitation of multi-stakeholder modelling.",
            "influence": 2,
            "interest": 4,
            "groups": ["interested"],
        },
    ),
    (
        "Northern Plains Power & Light",
        "people",
        "node",
        {
            "characteristics": "Investor-owned utility; most of its generation is coal.",
            "what_matters": "Return on its rate base, reliability, shareholder value.",
            "stance": "Opposes early coal retirement; open to utility-owned wind farms.",
            "may_obstruct": "Lobbies against efficiency standards and for new coal capacity.",
            "influence": 5,
            "interest": 1,
            "power_bases": ["nature", "impact"],
            "groups": ["influences", "affected"],
        },
    ),
    (
        "Rural Electric Cooperatives Association",
        "people",
        "network",
        {
            "characteristics": "Member-owned rural co-ops, most buying wholesale power under long coal contracts.",
            "influence": 2,
            "interest": 2,
            "groups": ["affected"],
            "relationship_goal": "coordinate",
        },
    ),
    (
        "Midwest Asthma Coalition",
        "people",
        "network",
        {
            "characteristics": "Patients, parents and clinicians working on air quality and asthma.",
            "impact": "Cleaner air in the neighbourhoods next to coal plants.",
            "influence": 2,
            "interest": 4,
            "groups": ["affected", "interested"],
            "relationship_goal": "collaborate",
        },
    ),
    (
        "Building Trades Council",
        "people",
        "node",
        {
            "what_matters": "Construction jobs, whether at a coal plant or a wind farm.",
            "influence": 4,
            "interest": 2,
            "power_bases": ["impact"],
            "groups": ["influences", "affected"],
            "relationship_goal": "coordinate",
        },
    ),
    (
        "Maria Gonzalez",
        "people",
        "individual",
        {
            "characteristics": "Network weaver: coordinates the working groups and keeps members talking.",
            "influence": 2,
            "interest": 5,
            "key_leader": True,
        },
    ),
    (
        "State Senator Tom Becker",
        "government",
        "individual",
        {
            "characteristics": "Chair of the state senate energy committee; sponsor of the renewable standard.",
            "leader_view": "Clean energy is a jobs issue first.",
            "influence": 5,
            "interest": 4,
            "power_bases": ["role", "rules"],
            "groups": ["influences"],
            "key_leader": True,
        },
    ),
    (
        "SunShare Community Solar Co-op",
        "people",
        "node",
        {
            "characteristics": "Member-owned community solar gardens in three towns.",
            "influence": 1,
            "interest": 4,
            "groups": ["interested"],
        },
    ),
]

CLEAN_TIES: list[tuple[str, str, str, str | None, str | None, dict[str, str]]] = [
    (
        "Midwest Clean Energy Network",
        "Clean Up Coal Working Group",
        "strong",
        "collaborate",
        "coexistence",
        {"notes": "A working group of the network."},
    ),
    ("Midwest Clean Energy Network", "Energy Efficiency Working Group", "strong", "collaborate", "coexistence", {}),
    ("Midwest Clean Energy Network", "New Clean Energy Working Group", "strong", "collaborate", "coexistence", {}),
    (
        "Midwest Clean Energy Network",
        "Great Lakes Climate Foundation",
        "strong",
        "collaborate",
        "exchange",
        {
            "frequency": "Quarterly funder calls",
            "duration": "Since 2004",
            "notes": "Core funder; a program officer sits on the steering committee.",
        },
    ),
    (
        "Midwest Clean Energy Network",
        "Prairie Environmental Fund",
        "weak",
        "coordinate",
        "exchange",
        {"frequency": "Annual grant report"},
    ),
    (
        "Midwest Clean Energy Network",
        "Maria Gonzalez",
        "strong",
        "collaborate",
        "coexistence",
        {"notes": "Staff network weaver."},
    ),
    (
        "Midwest Clean Energy Network",
        "Dr. Anna Lindqvist",
        "weak",
        "cooperate",
        "communication",
        {"duration": "The original systems-mapping project"},
    ),
    (
        "Midwest Clean Energy Network",
        "Lakeshore University Energy Institute",
        "weak",
        "coordinate",
        "communication",
        {},
    ),
    (
        "Maria Gonzalez",
        "Clean Up Coal Working Group",
        "strong",
        "collaborate",
        "communication",
        {"frequency": "Weekly calls"},
    ),
    (
        "Maria Gonzalez",
        "Energy Efficiency Working Group",
        "strong",
        "collaborate",
        "communication",
        {"frequency": "Weekly calls"},
    ),
    (
        "Maria Gonzalez",
        "New Clean Energy Working Group",
        "strong",
        "collaborate",
        "communication",
        {"frequency": "Weekly calls"},
    ),
    (
        "Clean Up Coal Working Group",
        "EPA Region 5",
        "weak",
        "coordinate",
        "communication",
        {"notes": "Comments on air permits."},
    ),
    (
        "Clean Up Coal Working Group",
        "Midwest Asthma Coalition",
        "strong",
        "collaborate",
        "exchange",
        {"notes": "Health data and testimony for permit hearings."},
    ),
    (
        "Clean Up Coal Working Group",
        "Northern Plains Power & Light",
        "weak",
        None,
        "coexistence",
        {"notes": "Adversaries in permit cases; no working relationship."},
    ),
    ("Energy Efficiency Working Group", "State Energy Offices", "weak", "cooperate", "exchange", {}),
    (
        "Energy Efficiency Working Group",
        "Prairie State University Extension",
        "weak",
        "coordinate",
        "communication",
        {},
    ),
    ("New Clean Energy Working Group", "SunShare Community Solar Co-op", "weak", "cooperate", "exchange", {}),
    (
        "New Clean Energy Working Group",
        "State Senator Tom Becker",
        "weak",
        "coordinate",
        "communication",
        {"frequency": "During the legislative session"},
    ),
    (
        "State Public Utility Commissions",
        "Northern Plains Power & Light",
        "weak",
        "coordinate",
        "coexistence",
        {"frequency": "Every rate case and resource plan"},
    ),
    ("State Public Utility Commissions", "State Energy Offices", "weak", "coordinate", "communication", {}),
    (
        "State Public Utility Commissions",
        "Lakeshore University Energy Institute",
        "weak",
        "cooperate",
        "exchange",
        {"notes": "Commissioned a grid study."},
    ),
    (
        "Lakeshore University Energy Institute",
        "Dr. Anna Lindqvist",
        "strong",
        "collaborate",
        "coexistence",
        {"notes": "Faculty affiliate."},
    ),
    (
        "Great Lakes Climate Foundation",
        "Prairie Environmental Fund",
        "weak",
        "coordinate",
        "communication",
        {"notes": "Regional funders' table."},
    ),
    ("State Senator Tom Becker", "Northern Plains Power & Light", "weak", "coordinate", "communication", {}),
    (
        "Building Trades Council",
        "Northern Plains Power & Light",
        "strong",
        "collaborate",
        "exchange",
        {"notes": "Project labour agreements on plant construction."},
    ),
    (
        "Rural Electric Cooperatives Association",
        "Northern Plains Power & Light",
        "weak",
        "coordinate",
        "exchange",
        {"duration": "Wholesale contracts to 2035"},
    ),
    ("SunShare Community Solar Co-op", "Rural Electric Cooperatives Association", "weak", "cooperate", "exchange", {}),
]

CLEAN_OUR_GROUP = "Midwest Clean Energy Network"
CLEAN_VISION = (
    "A vibrant Midwest clean-energy economy: global-warming pollution cut 80% economy-wide by 2050, "
    "old coal retired, efficiency first, and new clean energy that creates local jobs.\n"
    "Every member gains: funders see larger results, advocates win policy, communities breathe cleaner air."
)

# (group, current, via, target, our benefit, their benefit, methods, extra)
CLEAN_PLAN: list[tuple[str, str, str, str, str, str, list[str], dict[str, Any]]] = [
    (
        "Great Lakes Climate Foundation",
        "",
        "",
        "collaborate",
        "Multi-year operating support for the working groups.",
        "Evidence that pooled, coordinated grants cut more pollution than single grants.",
        [
            "Quarterly funder briefings built on the systems map",
            "Joint evaluation of each state campaign",
            "Invite the program officer to the steering committee retreat",
        ],
        {
            "owner": "Executive director",
            "review_date": "2024-06-30",
            "status": "in_progress",
            "log": ["2024-05-02 First call with the utility's planning office"],
        },
    ),
    (
        "State Public Utility Commissions",
        "none",
        "",
        "cooperate",
        "Efficiency and renewable standards written into utility resource plans.",
        "Independent, well-documented testimony; fewer surprises in contested cases.",
        [
            "File joint testimony in resource-plan dockets",
            "Host technical workshops with the Energy Institute",
            "Share modelling data openly",
        ],
        {"owner": "Clean Up Coal Working Group lead", "review_date": "2024-09-30"},
    ),
    (
        "Lakeshore University Energy Institute",
        "loose",
        "",
        "cooperate",
        "Trusted analysis of the cost of efficiency against new coal.",
        "Research questions from the field, data, and co-authored public reports.",
        ["Co-design one study a year", "Present results together at commission workshops"],
        {},
    ),
    (
        "Midwest Asthma Coalition",
        "loose",
        "Clean Up Coal Working Group",
        "collaborate",
        "Health voices at every permit hearing.",
        "Cleaner air in the neighbourhoods around coal plants.",
        ["Train coalition members to testify", "Share air-monitoring data", "Joint press events"],
        {
            "owner": "Maria Gonzalez",
            "review_date": "2024-05-15",
            "status": "done",
            "log": ["2024-05-10 Joint hearing held"],
        },
    ),
    (
        "Rural Electric Cooperatives Association",
        "none",
        "",
        "coordinate",
        "Rural allies for community wind and efficiency programmes.",
        "Help financing efficiency loans and community wind for their members.",
        ["Meet at the association's annual meeting", "Pilot on-bill efficiency loans with two co-ops"],
        {"notes": "Start with the co-ops that already buy from SunShare."},
    ),
    (
        "Building Trades Council",
        "none",
        "",
        "coordinate",
        "Labour support for clean-energy construction.",
        "Jobs building wind farms and retrofitting buildings.",
        ["Joint jobs study", "Apprenticeship pathways into wind and retrofit work"],
        {},
    ),
]

# =============================================================================
# 3. The large generated workbook
# =============================================================================

LARGE_SEED = 20240615
LARGE_STAKEHOLDERS = 300
LARGE_TIES = 900
LARGE_BRIDGES = 90  # ties between clusters; the rest are inside one
LARGE_ISOLATES = 5  # stakeholders left without any tie
LARGE_PLAN_ROWS = 40
LARGE_UNLINKED_ROWS = 4  # plan rows naming a group that is not on the map

# Eight clusters, each around one area or issue.
CLUSTERS = [
    "ตำบลนาทอง",
    "ตำบลคลองแห",
    "ตำบลควนลัง",
    "เขตเมือง",
    "Upper Basin",
    "Riverside",
    "ชายฝั่งทะเลสาบ",
    "North Hills",
]
THAI_ORGS = [
    ("กลุ่มออมทรัพย์", "people"),
    ("วิสาหกิจชุมชน", "people"),
    ("ชมรมผู้สูงอายุ", "people"),
    ("กลุ่มแม่บ้าน", "people"),
    ("สหกรณ์การเกษตร", "people"),
    ("ร้านค้าชุมชน", "people"),
    ("โรงเรียน", "government"),
    ("รพ.สต.", "government"),
    ("อบต.", "government"),
    ("เทศบาลตำบล", "government"),
    ("ศูนย์เรียนรู้", "academic"),
    ("วิทยาลัยชุมชน", "academic"),
]
THAI_NETWORK_THEMES = ["เกษตรอินทรีย์", "ป่าชุมชน", "อาหารปลอดภัย", "ผู้สูงอายุ", "เยาวชน", "ประมงพื้นบ้าน"]
THAI_PLACE_FIRST = ["บ้าน", "ทุ่ง", "หนอง", "ควน", "คลอง", "บาง"]
THAI_PLACE_SECOND = ["นา", "ทอง", "ใหญ่", "ไผ่", "ยาง", "งาม", "เหนือ", "ใต้", "แก้ว", "สะแก"]
THAI_TITLES = ["นาย", "นาง", "นางสาว", "ผศ.ดร.", "อ."]
THAI_GIVEN = ["บุญมี", "สมหญิง", "ประเสริฐ", "วันเพ็ญ", "อำนาจ", "จิราพร", "สุนทร", "มาลี", "ทองใบ", "ณัฐพล", "กนกวรรณ", "วีระ"]
ENGLISH_GIVEN = ["Alex", "Priya", "Tom", "Mei", "Omar", "Sara", "Jonas", "Lena"]
PHRASES = [
    "ประชุมสมาชิกทุกเดือน",
    "ตัดสินใจโดยคณะกรรมการ",
    "มีงบประมาณจากกองทุนตำบล",
    "ต้องการตลาดที่แน่นอน",
    "สนใจเรื่องอาหารปลอดภัย",
    "ขาดคนรุ่นใหม่มาสานต่อ",
    "มีความรู้เรื่องปุ๋ยหมัก",
    "ทำงานร่วมกับ อสม.",
    "Meets monthly",
    "Decides by consensus",
    "Funded by a small grant",
    "Wants a stable market",
    "Shares data openly",
    "Short of volunteers",
    "Runs a weekly market",
    "Reports to the district office",
]
TEXT_FIELDS = [*STUDY_FIELDS, "approach_how", "approach_who", "approach_when", "notes"]
METHODS = [
    "พบปะแลกเปลี่ยนความร่วมมือ",
    "ทำกิจกรรมร่วมทุกสัปดาห์",
    "สื่อสารสาธารณะ",
    "เชิญเป็นวิทยากร",
    "Joint workshop",
    "Shared newsletter",
    "Site visit",
    "Co-write a grant proposal",
]
FREQUENCIES = ["ทุกสัปดาห์", "เดือนละครั้ง", "ปีละ 2 ครั้ง", "Weekly", "Monthly", "Twice a year"]
DURATIONS = ["1 ปี", "3 ปี", "มากกว่า 10 ปี", "Since 2019", "6 months"]


# =============================================================================
# Building
# =============================================================================


def split_methods(cell: str) -> list[str]:
    """The "-" items of a methods cell of ใบงาน Network 4, one string each."""
    return [item.strip() for item in cell.split("-") if item.strip()]


def new_editor(language: str, project: dict[str, str]) -> Editor:
    editor = Editor(model.Workbook())
    editor.set_language(language)
    for name, value in project.items():
        editor.set_project(name, value)
    return editor


def add_stakeholders(editor: Editor, rows: list[tuple[str, str, str, dict[str, Any]]]) -> dict[str, str]:
    """Add the stakeholders; return each name's id."""
    ids: dict[str, str] = {}
    for name, sector, kind, fields in rows:
        assert name not in ids, f"duplicate sample name {name}"
        ids[name] = editor.add_stakeholder(name, sector, kind, **fields).id
    return ids


def add_ties(
    editor: Editor, ids: dict[str, str], rows: list[tuple[str, str, str, str | None, str | None, dict[str, str]]]
) -> None:
    for a, b, strength, relation, form, fields in rows:
        editor.add_tie(ids[a], ids[b], strength=strength, relation=relation, form=form, **fields)


def add_plan(editor: Editor, ids: dict[str, str], our_group: str, vision: str, rows: list[tuple]) -> None:
    editor.set_plan("shared_vision", vision)
    editor.set_plan("our_group", our_group)
    editor.set_plan("our_stakeholder", ids[our_group])
    for group, current, via, target, ours, theirs, methods, extra in rows:
        row = editor.add_plan_row(
            group,
            stakeholder=ids[group],
            target=target,
            our_benefit=ours,
            their_benefit=theirs,
            methods=split_methods(methods) if isinstance(methods, str) else methods,
            **extra,
        )
        # The seed's ความสัมพันธ์เดิม is read off the map; write an override only
        # where the map would say otherwise.
        closeness, derived_via, _ = current_relationship(editor.workbook, row)
        if (closeness.value, derived_via or "") != (current or "none", via):
            editor.update_plan_row(row.id, "current", current or None)
            editor.update_plan_row(row.id, "current_via", via)


#: Two network health reviews of each sample (tui/core/health.py): (label, day, checklists,
#: scores in the order of the items of those checklists, notes by item id).
ORGANIC_HEALTH = [
    (
        "เวทีครั้งที่ 1",
        "2024-04-01",
        ["components", "diagnosis"],
        [3, 3, 4, 2, 3, 3, 3, 2, 2, 4, 3],
        {
            "participation": "ที่ประชุมฟังแต่ประธานกลุ่ม สมาชิกรายย่อยไม่ค่อยออกความเห็น",
            "information": "ข่าวเรื่องรับซื้อผักส่งต่อกันผ่านประธานคนเดียว",
        },
    ),
    (
        "เวทีครั้งที่ 2",
        "2024-07-01",
        ["components", "diagnosis"],
        [4, 3, 4, 3, 4, 4, 3, 3, 2, 4, 3],
        {
            "participation": "แบ่งเวรกันนำประชุม ทุกคนได้พูด",
            "information": "ตั้งกลุ่มไลน์แล้ว แต่ยังมีสมาชิกที่ไม่ได้ใช้",
            "diverse_views": "ยังไม่มีนักวิชาการหรือโรงเรียนร่วมเวที",
        },
    ),
]
CLEAN_HEALTH = [
    (
        "first convening",
        "2024-04-01",
        ["components", "diagnosis"],
        [3, 4, 3, 2, 3, 2, 3, 2, 3, 3, 2],
        {"interdependence": "Most groups still run their own campaigns alone."},
    ),
    (
        "second convening",
        "2024-10-01",
        ["components", "diagnosis", "keeping"],
        [4, 4, 3, 3, 4, 3, 4, 3, 3, 4, 3, 4, 4, 3, 2, 4, 3],
        {
            "interdependence": "The efficiency and the coal campaigns now share one research team.",
            "resources": "Two of the four weavers are funded for one more year only.",
        },
    ),
]


def add_health(editor: Editor, reviews: list[tuple[str, str, list[str], list[int], dict[str, str]]]) -> None:
    from tui.core.health import items_of

    for label, day, checklists, scores, notes in reviews:
        review = editor.add_review(label, day, checklists)
        for item, score in zip(items_of(checklists), scores, strict=True):
            editor.score_item(review, item.id, score)
        for item_id, note in notes.items():
            editor.note_item(review, item_id, note)


def keep_earlier_snapshot(editor: Editor, label: str, day: str, newcomers: int) -> None:
    """A snapshot of the network as it was before its last ``newcomers`` stakeholders
    joined and its first tight tie grew tight (it was loose then), so that
    ``phakhi diff SAMPLE --since LABEL`` has something to say."""
    earlier = Editor(copy.deepcopy(editor.workbook))
    for stakeholder in list(earlier.workbook.stakeholders)[-newcomers:]:
        earlier.remove_stakeholder(stakeholder.id)
    tight = next(tie for tie in earlier.workbook.ties if tie.strength == "strong")
    earlier.update_tie(tight.id, "strength", "weak")
    editor.add_snapshot(take(earlier.workbook, label, day))


#: Who left the network after the snapshot (name, day, reason) and a tie that ended then
#: (its two ends, day): kept in the workbook, out of the current measures and map.
ORGANIC_LEFT = (
    "สำนักงานเกษตรอำเภอ",
    "2024-06-15",
    "เจ้าหน้าที่ผู้ประสานงานย้ายไปอำเภออื่น สำนักงานไม่ได้ส่งคนมาร่วมเวทีอีก",
)
ORGANIC_ENDED = ("กลุ่มอาหารสมุนไพร", "ผู้บริโภคผักอินทรีย์", "2024-06-30")
CLEAN_LEFT = (
    "Prairie Environmental Fund",
    "2024-09-15",
    "Closed its Midwest energy programme; its last grant ended in August.",
)
CLEAN_ENDED = ("Clean Up Coal Working Group", "Northern Plains Power & Light", "2024-08-31")


def leave_and_end(editor: Editor, ids: dict[str, str], left: tuple[str, str, str], ended: tuple[str, str, str]) -> None:
    name, day, reason = left
    editor.mark_left(ids[name], day, reason)
    a, b, day = ended
    (tie,) = editor.workbook.ties.joining(ids[a], ids[b])
    editor.end_tie(tie.id, day)


def build_organic() -> model.Workbook:
    editor = new_editor("th", ORGANIC_PROJECT)
    ids = add_stakeholders(editor, ORGANIC_STAKEHOLDERS)
    add_ties(editor, ids, ORGANIC_TIES)
    add_plan(editor, ids, ORGANIC_OUR_GROUP, ORGANIC_VISION, ORGANIC_PLAN)
    keep_earlier_snapshot(editor, "ก่อนเวทีครั้งที่ 2", "2024-04-01", newcomers=2)
    leave_and_end(editor, ids, ORGANIC_LEFT, ORGANIC_ENDED)
    add_health(editor, ORGANIC_HEALTH)
    return editor.workbook


def build_clean_energy() -> model.Workbook:
    editor = new_editor("en", CLEAN_PROJECT)
    ids = add_stakeholders(editor, CLEAN_STAKEHOLDERS)
    add_ties(editor, ids, CLEAN_TIES)
    add_plan(editor, ids, CLEAN_OUR_GROUP, CLEAN_VISION, CLEAN_PLAN)
    keep_earlier_snapshot(editor, "before the first convening", "2024-04-01", newcomers=2)
    leave_and_end(editor, ids, CLEAN_LEFT, CLEAN_ENDED)
    add_health(editor, CLEAN_HEALTH)
    return editor.workbook


# --- the large workbook ---


def _large_name(rng: random.Random, kind: str, cluster: str, number: int) -> tuple[str, str]:
    """A (name, sector) for a generated stakeholder; about a third are English."""
    english = rng.random() < 0.3
    if kind == "individual":
        if english:
            return f"{rng.choice(ENGLISH_GIVEN)} {number}", rng.choice(["people", "academic", "government"])
        return f"{rng.choice(THAI_TITLES)}{rng.choice(THAI_GIVEN)} {number}", rng.choice(["people", "academic"])
    if kind == "network":
        if english:
            return f"Network {number}", "people"
        return f"เครือข่าย{rng.choice(THAI_NETWORK_THEMES)}{cluster} {number}", "people"
    if english:
        return f"Group {number}", rng.choice(["people", "people", "academic", "government"])
    org, sector = rng.choice(THAI_ORGS)
    place = rng.choice(THAI_PLACE_FIRST) + rng.choice(THAI_PLACE_SECOND)
    return f"{org}{place} {number}", sector


def _text(rng: random.Random) -> str:
    """One to three phrases; more than one goes on separate lines."""
    return "\n".join(rng.sample(PHRASES, rng.choice([1, 1, 1, 2, 3])))


def _large_fields(rng: random.Random) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        if rng.random() < 0.25:
            fields[name] = _text(rng)
    if "contact" in fields:
        fields["contact"] = f"คุณ{rng.choice(THAI_GIVEN)} โทร 080-000-{rng.randrange(10000):04d}"
    if rng.random() < 0.9:
        fields["influence"] = rng.randint(1, 5)
        fields["interest"] = rng.randint(1, 5)
    fields["power_bases"] = rng.sample(["nature", "role", "rules", "impact"], rng.choice([0, 0, 1, 2, 3]))
    fields["groups"] = rng.sample(["influences", "affected", "interested"], rng.choice([0, 1, 1, 2]))
    fields["key_player"] = rng.choice([None] * 8 + [True, False])
    fields["key_leader"] = rng.random() < 0.05
    fields["strategy"] = rng.choice([None] * 6 + ["manage_closely", "keep_satisfied", "keep_informed", "monitor"])
    fields["relationship_goal"] = rng.choice([None] * 4 + ["collaborate", "cooperate", "coordinate"])
    return fields


def _endpoint(rng: random.Random, members: list[str], cumulative: list[int], count: int | None = None) -> str:
    """A member picked by weight among the first ``count`` (all by default).

    The same draw as ``rng.choices(members[:count], weights[:count])`` with the
    weights' running sums worked out once per cluster, not once per draw, so a
    cluster of n members costs n draws, not n squared additions.
    """
    count = len(members) if count is None else count
    return members[bisect.bisect(cumulative, rng.random() * (cumulative[count - 1] + 0.0), 0, count - 1)]


def _large_tie_fields(rng: random.Random) -> dict[str, Any]:
    strong = rng.random() < 0.35
    fields: dict[str, Any] = {
        "strength": "strong" if strong else "weak",
        "relation": rng.choice(["collaborate"] * 9 + [None])
        if strong
        else rng.choice(["cooperate", "coordinate"] * 4 + [None]),
        "form": rng.choice(["exchange", "communication", "coexistence", None]),
    }
    if rng.random() < 0.3:
        fields["frequency"] = rng.choice(FREQUENCIES)
    if rng.random() < 0.2:
        fields["duration"] = rng.choice(DURATIONS)
    if rng.random() < 0.1:
        fields["notes"] = _text(rng)
    return fields


def build_large(
    stakeholders: int = LARGE_STAKEHOLDERS, ties: int | None = None, seed: int = LARGE_SEED
) -> model.Workbook:
    """The large sample, or one like it of any size: ``ties`` defaults to three per stakeholder.

    A tenth of the ties run between clusters and the plan keeps the sample's
    share of rows (40 per 300 stakeholders), so a bigger workbook is the same
    kind of map, only larger. The default size gives samples/large.toml.
    """
    ties = 3 * stakeholders if ties is None else ties
    bridges = ties * LARGE_BRIDGES // LARGE_TIES
    plan_rows = LARGE_PLAN_ROWS * stakeholders // LARGE_STAKEHOLDERS
    rng = random.Random(seed)
    editor = new_editor(
        "th",
        {
            "title": f"Large sample: เครือข่ายจังหวัด {stakeholders} ภาคี",
            "issue": "A generated workbook for measuring the screens and analyses on a big map.",
            "objective": f"ทดสอบความเร็ว\nand layout with {stakeholders} stakeholders and {ties} ties",
            "area": "8 clusters: " + ", ".join(CLUSTERS),
            "network_kind": "functional",
            "date": "2024-01-01",
            "facilitator": "make_samples.py",
            "notes": f'Generated with random.Random({seed}); names are invented. Quotes " and backslashes \\ survive a save.',
        },
    )

    # Stakeholders, in eight contiguous clusters; a few in each are hubs.
    clusters: list[list[str]] = [[] for _ in CLUSTERS]
    weights: list[list[int]] = [[] for _ in CLUSTERS]
    names: set[str] = set()
    for number in range(1, stakeholders + 1):
        cluster = (number - 1) * len(CLUSTERS) // stakeholders
        kind = rng.choice(["individual"] * 3 + ["node"] * 6 + ["network"] * 1)
        name, sector = _large_name(rng, kind, CLUSTERS[cluster], number)
        assert name not in names
        names.add(name)
        stakeholder = editor.add_stakeholder(name, sector, kind, **_large_fields(rng))
        clusters[cluster].append(stakeholder.id)
        weights[cluster].append(rng.choice([1, 1, 1, 1, 2, 2, 3, 12]))

    # The last few of each of the first clusters get no ties at all.
    isolates = {members[-1] for members in clusters[:LARGE_ISOLATES]}
    for index, members in enumerate(clusters):
        pairs = [(m, w) for m, w in zip(members, weights[index], strict=False) if m not in isolates]
        clusters[index] = [m for m, _ in pairs]
        weights[index] = [w for _, w in pairs]
    cumulative = [list(itertools.accumulate(w)) for w in weights]
    # Each cluster's heaviest members are its brokers to other clusters.
    brokers = []
    for members, w in zip(clusters, weights, strict=False):
        ranked = sorted(zip(members, w, strict=False), key=lambda pair: -pair[1])  # stable: ties keep file order
        brokers.append([m for m, _ in ranked[:3]])

    seen: set[frozenset[str]] = set()

    def tie(a: str, b: str) -> bool:
        pair = frozenset((a, b))
        if a == b or pair in seen:
            return False
        seen.add(pair)
        fields = _large_tie_fields(rng)
        if len(seen) % 7 == 0:  # trust on every seventh tie (no draw from rng: the rest stays as it was)
            fields["trust"] = len(seen) // 7 % 5 + 1
            if len(seen) % 21 == 0:
                fields["trust_note"] = "2024-05-01 ส่งงานตามนัด"
        editor.add_tie(a, b, **fields)
        return True

    # Inside each cluster: first a tree that joins every member to an earlier
    # one (hubs attract more), then more ties between random members.
    made = 0
    for members, cum in zip(clusters, cumulative, strict=False):
        for index in range(1, len(members)):
            made += tie(members[index], _endpoint(rng, members, cum, index))
    inside = ties - bridges
    while made < inside:
        index = made % len(CLUSTERS)
        members, cum = clusters[index], cumulative[index]
        made += tie(_endpoint(rng, members, cum), _endpoint(rng, members, cum))
    made = 0
    while made < bridges:
        first, second = rng.sample(range(len(CLUSTERS)), 2)
        a = rng.choice(brokers[first]) if rng.random() < 0.7 else rng.choice(clusters[first])
        made += tie(a, rng.choice(brokers[second]))

    # The plan: our group is the biggest hub of the first cluster.
    ours = brokers[0][0]
    editor.set_plan("our_group", editor.workbook.stakeholder(ours).name)
    editor.set_plan("our_stakeholder", ours)
    editor.set_plan("shared_vision", "ทุกกลุ่มในจังหวัดได้ประโยชน์ร่วม\nEvery cluster linked to at least two others.")
    candidates = [s.id for s in editor.workbook.stakeholders if s.id != ours]
    every = LARGE_PLAN_ROWS // LARGE_UNLINKED_ROWS  # every tenth row is not on the map
    linked = rng.sample(candidates, plan_rows - plan_rows // every)
    for number in range(plan_rows):
        if (number + 1) % every == 0:
            group, stakeholder = f"กลุ่มใหม่ที่ยังไม่อยู่ในผัง {number + 1}", ""
        else:
            stakeholder = linked.pop()
            group = editor.workbook.stakeholder(stakeholder).name
        current = rng.choice([None, None, None, "none", "loose", "tight"])
        extra: dict[str, Any] = {}
        if current == "loose" and rng.random() < 0.5:
            extra["current_via"] = editor.workbook.stakeholder(rng.choice(candidates)).name
        if rng.random() < 0.4:
            extra["owner"] = f"คุณ{rng.choice(THAI_GIVEN)}"
        if rng.random() < 0.4:
            extra["review_date"] = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.2:
            extra["notes"] = _text(rng)
        # Followed through (no draw from rng: the rest of the sample stays as it was).
        statuses = ("not_started", "in_progress", "done", "stuck", None)
        if statuses[number % 5] is not None:
            extra["status"] = statuses[number % 5]
        if statuses[number % 5] in ("in_progress", "done", "stuck"):
            extra["log"] = [f"2024-{number % 12 + 1:02d}-15 {METHODS[number % len(METHODS)]}"]
        editor.add_plan_row(
            group,
            stakeholder=stakeholder,
            current=current,
            target=rng.choice(["collaborate", "cooperate", "coordinate", None]),
            our_benefit=_text(rng),
            their_benefit=_text(rng) if rng.random() < 0.8 else "",
            methods=rng.sample(METHODS, rng.randint(0, 4)),
            **extra,
        )
    return editor.workbook


# =============================================================================
# Writing
# =============================================================================

BUILDERS = {
    "organic-farming.th.toml": build_organic,
    "clean-energy.en.toml": build_clean_energy,
    "large.toml": build_large,
}


def write(workbook: model.Workbook, path: Path) -> None:
    """Write atomically, without the ``.bak`` that ``store.save`` keeps."""
    store.write_atomic(path, store.dumps(workbook).encode("utf-8"), SAMPLE_MODE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the sample workbooks through the core editor.")
    parser.add_argument("out", nargs="?", type=Path, default=SAMPLES, metavar="OUT_DIR")
    parser.add_argument(
        "--size",
        type=int,
        metavar="N",
        help="write only large-N.toml: the large sample's kind of map with N stakeholders and 3N ties",
    )
    args = parser.parse_args(argv)
    if args.size is not None and args.size < 2 * len(CLUSTERS):
        parser.error(f"--size must be at least {2 * len(CLUSTERS)} (two stakeholders in each of the eight clusters)")
    args.out.mkdir(parents=True, exist_ok=True)
    builders = BUILDERS if args.size is None else {f"large-{args.size}.toml": lambda: build_large(args.size)}
    for filename, build in builders.items():
        workbook = build()
        write(workbook, args.out / filename)
        print(
            f"{args.out / filename}: {len(workbook.stakeholders)} stakeholders, "
            f"{len(workbook.ties)} ties, {len(workbook.plan.rows)} plan rows"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
