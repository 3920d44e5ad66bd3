"""Every user-visible word, in Thai and English.

One table of ``key -> (thai, english)``. Thai terms come from the course
material (seeds 000 and 001) and the glossary of the design card; where the
seeds have no word (the grid strategies, some screen chrome) the Thai is ours,
and ``docs/VOCABULARY.md`` says where each comes from. Placeholders use
``str.format`` names and must match in both languages (a test checks).
"""

from __future__ import annotations

import os
from enum import StrEnum

from tui.core.vocab import Language

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the app --------------------------------------------------------
    "app.name": ("ภาคี", "Phakhi"),
    "app.tagline": (
        "สมุดงานวิเคราะห์ภาคีและวางแผนเครือข่าย",
        "a workbook for stakeholder analysis and network planning",
    ),
    "app.untitled": ("(ยังไม่มีชื่อโครงการ)", "(untitled project)"),
    "home.steps": ("การวิเคราะห์ผู้มีส่วนได้ส่วนเสีย 7 ขั้นตอน", "The seven steps of stakeholder analysis"),
    "home.more": ("เครื่องมือเครือข่าย", "Network tools"),
    "home.counts": (
        "ภาคี {stakeholders} · ความสัมพันธ์ {ties} · แผน {rows} แถว",
        "{stakeholders} stakeholders · {ties} ties · {rows} plan rows",
    ),
    "home.coming": ("หน้าจอนี้กำลังจะมา", "This screen is coming soon"),
    "home.new_file": ("ไฟล์ใหม่ จะบันทึกเมื่อแก้ไขครั้งแรก", "new file, saved at the first edit"),
    "step.1": ("ระบุวัตถุประสงค์ ประเด็นของการวิเคราะห์", "Objective of the analysis"),
    "step.2": ("ค้นหาผู้มีส่วนได้ส่วนเสีย", "Identify stakeholders"),
    "step.3": ("ศึกษาลักษณะของผู้มีส่วนได้ส่วนเสีย", "Study each stakeholder"),
    "step.4": ("ศึกษารูปแบบความสัมพันธ์", "Relationships"),
    "step.5": ("ประเมินอำนาจ", "Assess power"),
    "step.6": ("จัดกลุ่มความสำคัญ", "Prioritise"),
    "step.7": ("พิจารณาแนวทางการเข้าหา สร้างความสัมพันธ์", "Approach and build the relationship"),
    "screen.map": ("ผังเครือข่าย", "Network map"),
    "screen.plan": ("แผนการขยายเครือข่าย", "Relationship plan"),
    "screen.report": ("รายงาน", "Report"),
    "screen.help": ("วิธีใช้", "Help"),
    "help.keys": ("ปุ่มลัดของหน้าจอนี้", "Keys on this screen"),
    "help.close": ("กด Esc เพื่อปิด", "Press Esc to close"),
    "key.quit": ("ออก", "Quit"),
    "key.help": ("วิธีใช้", "Help"),
    "key.language": ("ภาษา", "Language"),
    "key.open": ("เปิด", "Open"),
    "key.close": ("ปิด", "Close"),
    "key.undo": ("เลิกทำ", "Undo"),
    "key.redo": ("ทำซ้ำ", "Redo"),
    "status.saved": ("บันทึกแล้ว", "Saved"),
    "status.unsaved": ("ยังไม่บันทึก", "Unsaved"),
    "status.error": ("บันทึกไม่ได้", "Not saved"),
    "status.undone": ("เลิกทำ: {what}", "Undone: {what}"),
    "status.redone": ("ทำซ้ำ: {what}", "Redone: {what}"),
    "status.nothing_to_undo": ("ไม่มีอะไรให้เลิกทำ", "Nothing to undo"),
    "status.nothing_to_redo": ("ไม่มีอะไรให้ทำซ้ำ", "Nothing to redo"),
    # --- descriptions of keys that Textual's own widgets bind ---------
    "widget.Up": ("ขึ้น", "Up"),
    "widget.Down": ("ลง", "Down"),
    "widget.First": ("แรกสุด", "First"),
    "widget.Last": ("ท้ายสุด", "Last"),
    "widget.Select": ("เลือก", "Select"),
    "widget.Page Up": ("หน้าก่อน", "Page up"),
    "widget.Page Down": ("หน้าถัดไป", "Page down"),
    "widget.Page Left": ("เลื่อนซ้ายหนึ่งหน้า", "Page left"),
    "widget.Page Right": ("เลื่อนขวาหนึ่งหน้า", "Page right"),
    "widget.Scroll Up": ("เลื่อนขึ้น", "Scroll up"),
    "widget.Scroll Down": ("เลื่อนลง", "Scroll down"),
    "widget.Scroll Left": ("เลื่อนซ้าย", "Scroll left"),
    "widget.Scroll Right": ("เลื่อนขวา", "Scroll right"),
    "widget.Scroll Home": ("เลื่อนไปต้น", "Scroll to start"),
    "widget.Scroll End": ("เลื่อนไปท้าย", "Scroll to end"),
    "widget.Quit": ("ออก", "Quit"),
    "widget.Focus Next": ("ไปช่องถัดไป", "Next field"),
    "widget.Focus Previous": ("ไปช่องก่อนหน้า", "Previous field"),
    "widget.Copy selected text": ("คัดลอกข้อความที่เลือก", "Copy selected text"),
    "widget.palette": ("รายการคำสั่ง", "Command palette"),
    # --- names of edits (shown by undo/redo) ---------------------------
    "edit.set": ("แก้ไข {field}", "edit {field}"),
    "edit.add_stakeholder": ("เพิ่มภาคี {name}", "add stakeholder {name}"),
    "edit.remove_stakeholder": ("ลบภาคี {name}", "remove stakeholder {name}"),
    "edit.add_tie": ("เพิ่มความสัมพันธ์", "add tie"),
    "edit.remove_tie": ("ลบความสัมพันธ์", "remove tie"),
    "edit.add_plan_row": ("เพิ่มแถวแผน {group}", "add plan row {group}"),
    "edit.remove_plan_row": ("ลบแถวแผน {group}", "remove plan row {group}"),
    "edit.move_plan_row": ("ย้ายแถวแผน {group}", "move plan row {group}"),
    # --- edit refusals --------------------------------------------------
    "edit.bad_value": ("ค่า {value} ใช้กับ {field} ไม่ได้", "{value} is not a valid {field}"),
    "edit.bad_score": (
        "{field} ต้องเป็นตัวเลข {low} ถึง {high}",
        "{field} must be a whole number from {low} to {high}",
    ),
    "edit.hidden_char": ("{field} มีอักขระที่มองไม่เห็น ({code}) จึงไม่บันทึก", "{field} holds an invisible control character ({code}); not saved"),
    "edit.too_long": ("{field} ยาวเกิน {limit} ตัวอักษร จึงไม่บันทึก", "{field} is longer than {limit} characters; not saved"),
    "edit.unknown_stakeholder": ("ไม่พบภาคีรหัส {id}", "No stakeholder with id {id}"),
    "edit.unknown_item": ("ไม่พบรายการรหัส {id}", "No item with id {id}"),
    "edit.self_tie": ("ความสัมพันธ์ต้องเชื่อมภาคีสองรายที่ต่างกัน", "A tie must join two different stakeholders"),
    "edit.duplicate_tie": ("สองภาคีนี้มีความสัมพันธ์กันอยู่แล้ว", "These two stakeholders are already tied"),
    "edit.unknown_field": ("ไม่มีช่อง {field}", "There is no field {field}"),
    "edit.id_fixed": ("แก้รหัสไม่ได้ รหัสคงที่ตลอด", "Ids cannot be changed; they stay fixed"),
    # --- the file: problems found while loading -------------------------
    "problem.not_found": ("ไม่พบไฟล์", "file not found"),
    "fix.not_found": (
        "ตรวจชื่อไฟล์ หรือสร้างไฟล์ใหม่ด้วย phakhi new ไฟล์",
        "check the name, or create it with: phakhi new FILE",
    ),
    "problem.unreadable": ("อ่านไฟล์ไม่ได้ ({reason})", "cannot read the file ({reason})"),
    "fix.unreadable": ("ตรวจสิทธิ์การอ่านไฟล์และโฟลเดอร์", "check the permissions of the file and its folder"),
    "problem.too_big": ("ไฟล์ใหญ่เกิน ({size} MB; รับได้ถึง {limit} MB)", "the file is too big ({size} MB; the limit is {limit} MB)"),
    "fix.too_big": ("ตรวจว่าเป็นไฟล์สมุดงานที่ถูกต้อง", "check that this is really a workbook"),
    "problem.encoding": ("ไฟล์ไม่ใช่ข้อความ UTF-8 (ไบต์ 0x{byte} อ่านไม่ได้)", "the file is not UTF-8 text (byte 0x{byte} cannot be read)"),
    "fix.encoding": (
        "บันทึกไฟล์ใหม่เป็น UTF-8 (ในโปรแกรมแก้ไขข้อความ เลือกการเข้ารหัส UTF-8)",
        "save the file again as UTF-8 (in your editor, choose the UTF-8 encoding)",
    ),
    "fix.encoding_thai": (
        "ไฟล์นี้ดูเหมือนบันทึกเป็นภาษาไทยแบบ TIS-620 (cp874) ให้บันทึกใหม่เป็น UTF-8",
        "it looks like Thai saved as TIS-620 (cp874): save it again as UTF-8",
    ),
    "problem.syntax": ("ไวยากรณ์ TOML ผิด: {detail}", "TOML syntax error: {detail}"),
    "fix.syntax": (
        "ตรวจเครื่องหมายคำพูด วงเล็บ เครื่องหมาย = และจุลภาคในบรรทัดนี้",
        "check the quotes, brackets, '=' and commas on this line",
    ),
    "problem.no_format": ("ไม่ใช่สมุดงานภาคี: ไม่มี format", "not a Phakhi workbook: there is no 'format' key"),
    "fix.no_format": (
        'เพิ่มบรรทัด format = "phakhi-workbook" และ version = 1 ที่ต้นไฟล์',
        'add the lines format = "phakhi-workbook" and version = 1 at the top',
    ),
    "problem.wrong_format": ('format คือ "{found}" ไม่ใช่ "phakhi-workbook"', 'format is "{found}", not "phakhi-workbook"'),
    "fix.wrong_format": ("เปิดไฟล์ที่เป็นสมุดงานภาคี", "open a Phakhi workbook, or fix the format line"),
    "problem.no_version": ("ไม่มี version", "there is no 'version' key"),
    "fix.no_version": ("เพิ่มบรรทัด version = 1 ใต้บรรทัด format", "add the line version = 1 below the format line"),
    "problem.newer_version": (
        "ไฟล์นี้สร้างด้วยภาคีรุ่นใหม่กว่า (รูปแบบรุ่น {found}; รุ่นนี้อ่านได้ถึงรุ่น {supported})",
        "written by a newer Phakhi (format version {found}; this one reads up to version {supported})",
    ),
    "fix.newer_version": ("อัปเดตภาคีให้เป็นรุ่นล่าสุดก่อนเปิดไฟล์นี้", "upgrade Phakhi to open this file"),
    "problem.bad_version": ("version = {found} ไม่ถูกต้อง", "version = {found} is not a format version"),
    "fix.bad_version": ("ใช้ version = 1", "use version = 1"),
    "problem.wrong_type": ("{key} ควรเป็น{expected} แต่พบ{found}", "{key} should be {expected}, not {found}"),
    "fix.wrong_type": ("เขียนเป็น{expected} เช่น {example}", "write it as {expected}, e.g. {example}"),
    "problem.unknown_key": ("ไม่รู้จักคีย์ {key} ใน {where}", "unknown key {key} in {where}"),
    "fix.unknown_key": ("ลบออก หรือแก้การสะกด", "remove it or correct the spelling"),
    "fix.unknown_key_hint": ("ลบออก หรือหมายถึง {suggestion} ใช่ไหม", "remove it, or did you mean {suggestion}?"),
    "problem.bad_choice": ('{key} = "{found}" ไม่อยู่ในตัวเลือก', '{key} = "{found}" is not one of the allowed values'),
    "fix.bad_choice": ("ใช้ค่าใดค่าหนึ่ง: {choices}", "use one of: {choices}"),
    "problem.score_range": ("{key} = {found} อยู่นอกช่วงคะแนน", "{key} = {found} is out of range"),
    "fix.score_range": ("ใช้จำนวนเต็ม {low} ถึง {high}", "use a whole number from {low} to {high}"),
    "problem.hidden_char": ("{key} มีอักขระที่มองไม่เห็น ({code})", "{key} holds an invisible control character ({code})"),
    "fix.hidden_char": (
        "ลบอักขระนั้นออก (อาจติดมาจากการคัดลอก) แล้วพิมพ์ข้อความใหม่",
        "delete it (it may have come with a copy and paste) and type the text again",
    ),
    "problem.too_long": ("{key} ยาว {length} ตัวอักษร เกินที่รับได้ ({limit})", "{key} is {length} characters long, over the limit of {limit}"),
    "fix.too_long": (
        "ย่อข้อความ หรือเก็บข้อความยาวไว้ในเอกสารแยก แล้วจดไว้ว่าอยู่ที่ใด",
        "shorten it, or keep the long text in a document of its own and note where it is",
    ),
    "problem.missing_key": ("{where} ไม่มี {key}", "{where} has no {key}"),
    "fix.missing_key": ("เพิ่ม {key} = {example}", "add {key} = {example}"),
    "problem.bad_id": ('รหัส "{found}" ใช้ไม่ได้', 'the id "{found}" is not allowed'),
    "fix.bad_id": (
        "ใช้ตัวอักษรอังกฤษ ตัวเลข - หรือ _ ไม่เกิน 64 ตัว เช่น s12",
        "use up to 64 ASCII letters, digits, '-' or '_', e.g. s12",
    ),
    "problem.duplicate_id": ('รหัส "{found}" ซ้ำกับบรรทัด {first}', 'the id "{found}" is already used on line {first}'),
    "fix.duplicate_id": ("ให้แต่ละรายการมีรหัสของตัวเอง", "give each item an id of its own"),
    "problem.unknown_ref": ('{key} อ้างถึงภาคี "{found}" ซึ่งไม่มีในไฟล์', '{key} names stakeholder "{found}", which is not in this file'),
    "fix.unknown_ref": (
        "ใช้รหัสของภาคีที่มีอยู่ในไฟล์ หรือลบรายการนี้",
        "use the id of a stakeholder in this file, or remove this entry",
    ),
    "problem.self_tie": ('ความสัมพันธ์ "{found}" เชื่อมภาคีกับตัวเอง', 'tie "{found}" joins a stakeholder to itself'),
    "fix.self_tie": ("ให้ a และ b เป็นภาคีคนละราย", "make a and b two different stakeholders"),
    "problem.duplicate_tie": (
        "ความสัมพันธ์ระหว่าง {first_end} และ {second_end} ซ้ำกับบรรทัด {first}",
        "a tie between {first_end} and {second_end} is already on line {first}",
    ),
    "fix.duplicate_tie": ("รวมเป็นความสัมพันธ์เดียว", "merge them into one tie"),
    "where.top": ("ระดับบนสุดของไฟล์", "the top level of the file"),
    "where.table": ("ตาราง [{name}]", "the [{name}] table"),
    "where.item": ("[[{name}]] รายการที่ {number}", "[[{name}]] entry {number}"),
    "type.text": ("ข้อความ", "text"),
    "type.integer": ("จำนวนเต็ม", "a whole number"),
    "type.boolean": ("true หรือ false", "true or false"),
    "type.list": ("รายการ", "a list"),
    "type.table": ("ตาราง", "a table"),
    "type.list_of_tables": ("รายการตาราง [[...]]", "a list of [[...]] tables"),
    "type.date": ("วันที่", "a date"),
    "type.float": ("ทศนิยม", "a decimal number"),
    # --- saving ----------------------------------------------------------
    "save.changed_on_disk": (
        "{path} ถูกแก้ไขจากที่อื่นหลังจากเปิด จึงไม่บันทึกทับ",
        "{path} changed on disk since it was opened, so it was not overwritten",
    ),
    "fix.changed_on_disk": (
        "เลือกโหลดไฟล์ใหม่ บันทึกเป็นไฟล์อื่น หรือบันทึกทับโดยตั้งใจ",
        "reload it, save as another file, or overwrite it on purpose",
    ),
    "save.failed": ("บันทึก {path} ไม่ได้: {reason}", "could not save {path}: {reason}"),
    "fix.save_failed": (
        "ไฟล์เดิมยังอยู่ครบ ตรวจพื้นที่ว่างและสิทธิ์เขียนโฟลเดอร์ แล้วลองอีกครั้ง",
        "the previous file is intact; check free space and write permission on the folder, then try again",
    ),
    # --- command line ------------------------------------------------------
    "cli.description": (
        "ภาคี: สมุดงานวิเคราะห์ภาคีและวางแผนเครือข่ายในเทอร์มินัล",
        "Phakhi: a terminal workbook for stakeholder analysis and network planning",
    ),
    "cli.file": ("ไฟล์สมุดงาน (.toml)", "the workbook file (.toml)"),
    "cli.lang": ("ภาษาที่แสดง: th หรือ en", "language to show: th or en"),
    "cli.open": ("เปิดสมุดงานในหน้าจอเทอร์มินัล (ค่าเริ่มต้น)", "open a workbook in the terminal screens (the default)"),
    "cli.new": ("สร้างสมุดงานใหม่", "create a new workbook"),
    "cli.new_title": ("ชื่อโครงการ", "the project title"),
    "cli.check": ("ตรวจสมุดงาน (0 = ถูกต้อง, 2 = มีปัญหา)", "check workbooks (exit 0 valid, 2 invalid)"),
    "cli.check_files": ("ไฟล์ที่จะตรวจ", "files to check"),
    "cli.quiet": ("ไม่แสดงข้อความเมื่อถูกต้อง", "print nothing for valid files"),
    "cli.created": ("สร้าง {path} แล้ว", "created {path}"),
    "cli.exists": ("{path} มีอยู่แล้ว ไม่เขียนทับ", "{path} already exists; not overwritten"),
    "fix.exists": ("ใช้ชื่อไฟล์อื่น หรือเปิดไฟล์นี้ด้วย phakhi {path}", "choose another name, or open it with: phakhi {path}"),
    "cli.valid": ("{path}: ถูกต้อง (ภาคี {stakeholders}, ความสัมพันธ์ {ties})", "{path}: valid ({stakeholders} stakeholders, {ties} ties)"),
    "cli.problems": ("{path}: พบปัญหา {count} รายการ", "{path}: {count} problem(s)"),
    "cli.not_opened": ("ไม่เปิดไฟล์นี้เพื่อไม่ให้ข้อมูลเดิมเสียหาย", "the file was not opened, so nothing in it can be lost"),
    "cli.no_terminal": ("ต้องใช้เทอร์มินัลเพื่อเปิดหน้าจอ", "the workbook screens need a terminal"),
    # --- vocabularies ------------------------------------------------------
    "sector.people": ("ประชาชน", "People"),
    "sector.academic": ("วิชาการ", "Academic"),
    "sector.government": ("ภาครัฐ", "Government"),
    "sector.people.long": ("ประชาชน ประชาสังคม เอกชน", "People, civil society, private"),
    "kind.individual": ("บุคคล", "Individual"),
    "kind.node": ("กลุ่ม/องค์กร", "Group or organisation"),
    "kind.network": ("เครือข่าย", "Network"),
    "strength.strong": ("แน่นแฟ้น", "Tight"),
    "strength.weak": ("หลวม ๆ", "Loose"),
    "relation.collaborate": ("การมีส่วนร่วม", "Collaborate"),
    "relation.cooperate": ("ประสานการทำงาน", "Co-operate"),
    "relation.coordinate": ("ประสานความร่วมมือ", "Co-ordinate"),
    "tie_form.exchange": ("การแลกเปลี่ยน", "Exchange"),
    "tie_form.communication": ("การติดต่อสื่อสาร", "Communication"),
    "tie_form.coexistence": ("ความสัมพันธ์ในการอยู่ร่วมกัน", "Co-existence"),
    "group.influences": ("กลุ่มที่มีอิทธิพลต่อโครงการเรา", "Influences our project"),
    "group.affected": ("กลุ่มที่โครงการเราไปมีผลต่อเขา", "Affected by our project"),
    "group.interested": (
        "กลุ่มที่สนใจความสำเร็จและความล้มเหลวของโครงการเรา",
        "Interested in our project's success or failure",
    ),
    "power_base.nature": ("ลักษณะองค์กร", "Nature of the organisation"),
    "power_base.role": ("บทบาทหน้าที่", "Role and duties"),
    "power_base.rules": ("กฎระเบียบที่รองรับ", "Supporting rules"),
    "power_base.impact": ("ความสามารถในการสร้างผลกระทบ", "Ability to create impact"),
    "strategy.manage_closely": ("บริหารจัดการอย่างใกล้ชิด", "Manage closely"),
    "strategy.keep_satisfied": ("ดูแลให้พึงพอใจ", "Keep satisfied"),
    "strategy.keep_informed": ("แจ้งข้อมูลอย่างสม่ำเสมอ", "Keep informed"),
    "strategy.monitor": ("เฝ้าติดตาม", "Monitor"),
    "network_kind.area": ("เครือข่ายเชิงพื้นที่", "Area network"),
    "network_kind.issue": ("เครือข่ายเชิงประเด็นกิจกรรม", "Issue network"),
    "network_kind.functional": ("เครือข่ายแบ่งตามโครงสร้างหน้าที่", "Functional network"),
    "closeness.none": ("ไม่มี", "None"),
    "closeness.loose": ("หลวม", "Loose"),
    "closeness.tight": ("แน่นแฟ้น", "Tight"),
    "language.th": ("ไทย", "Thai"),
    "language.en": ("อังกฤษ", "English"),
    # --- field labels: the project (step 1) ---------------------------------
    "field.workbook.format": ("รูปแบบไฟล์", "file format"),
    "field.workbook.version": ("รุ่นรูปแบบไฟล์", "format version"),
    "field.workbook.language": ("ภาษา", "language"),
    "field.project.title": ("ชื่อโครงการ", "Project title"),
    "field.project.issue": ("ประเด็น", "Issue"),
    "field.project.objective": ("วัตถุประสงค์ของการวิเคราะห์", "Objective of the analysis"),
    "field.project.area": ("พื้นที่", "Area"),
    "field.project.network_kind": ("ประเภทเครือข่าย", "Kind of network"),
    "field.project.date": ("วันที่", "Date"),
    "field.project.facilitator": ("ผู้นำกระบวนการ", "Facilitator"),
    "field.project.notes": ("หมายเหตุ", "Notes"),
    "field.project.empty_sectors": ("ภาคที่ไม่มีผู้มีส่วนได้เสีย", "Sectors with no stakeholders"),
    # --- field labels: stakeholders (steps 2-7) ------------------------------
    "field.stakeholder.id": ("รหัส", "Id"),
    "field.stakeholder.name": ("ชื่อผู้มีส่วนได้เสีย/กลุ่ม ภาคี เครือข่าย", "Stakeholder, group or network"),
    "field.stakeholder.sector": ("ภาค (ไตรพลัง)", "Sector"),
    "field.stakeholder.kind": ("ประเภท (คน/กลุ่ม/เครือข่าย)", "Kind (individual/node/network)"),
    "field.stakeholder.contact": ("ชื่อผู้ที่ติดต่อได้", "Contact person"),
    "field.stakeholder.characteristics": ("ลักษณะของหน่วยงาน", "Characteristics"),
    "field.stakeholder.management": ("การบริหารงาน", "How it is run"),
    "field.stakeholder.decisions": ("การตัดสินใจ", "How it decides"),
    "field.stakeholder.aims": ("จุดมุ่งหมาย", "Aims"),
    "field.stakeholder.purposes": ("จุดประสงค์ในการทำงาน", "Working purposes"),
    "field.stakeholder.track_record": ("ผลงาน", "Track record"),
    "field.stakeholder.rules": ("กฎระเบียบที่เกี่ยวข้อง", "Rules that bind it"),
    "field.stakeholder.leader_view": ("มุมมอง ความเห็นของหัวหน้าองค์กร", "The leader's view"),
    "field.stakeholder.gains_losses": ("สิ่งที่กำลังจะได้หรือเสีย", "What it stands to gain or lose"),
    "field.stakeholder.stance": ("จุดยืนต่อประเด็น", "Stance on the issue"),
    "field.stakeholder.needs": ("ความต้องการ", "Needs"),
    "field.stakeholder.knowledge": ("ความรู้", "Knowledge"),
    "field.stakeholder.behaviour": ("พฤติกรรม", "Behaviour"),
    "field.stakeholder.influence_how": (
        "อิทธิพล: ภาคีมีอิทธิพลต่อโครงการเราอย่างไร",
        "Influence: how they influence our project",
    ),
    "field.stakeholder.impact": (
        "ผลกระทบ: ภาคีรับผลกระทบอะไรจากโครงการเรา",
        "Impact: what our project does to them",
    ),
    "field.stakeholder.what_matters": ("อะไรมีความสำคัญต่อภาคี", "What matters to them"),
    "field.stakeholder.can_help": ("ภาคีช่วยอะไรโครงการเราได้บ้าง", "How they can help our project"),
    "field.stakeholder.may_obstruct": ("ภาคีเป็นอุปสรรคอย่างไรต่อโครงการเรา", "How they could obstruct it"),
    "field.stakeholder.access": ("เข้าถึงภาคีได้อย่างไร", "How to reach them"),
    "field.stakeholder.influence": ("อิทธิพล (1-5)", "Influence (1-5)"),
    "field.stakeholder.interest": ("ความสนใจ (1-5)", "Interest (1-5)"),
    "field.stakeholder.power_bases": ("ที่มาของอำนาจ", "Bases of power"),
    "field.stakeholder.groups": ("ลักษณะของกลุ่ม", "Groups"),
    "field.stakeholder.key_player": ("ผู้เล่นหลัก", "Key player"),
    "field.stakeholder.key_leader": ("แกนนำสำคัญ", "Key leader"),
    "field.stakeholder.strategy": ("กลยุทธ์", "Strategy"),
    "field.stakeholder.approach_how": ("วิธีเข้าหา", "How to approach"),
    "field.stakeholder.approach_who": ("ผู้เข้าหา", "Who approaches"),
    "field.stakeholder.approach_when": ("เมื่อใด", "When"),
    "field.stakeholder.relationship_goal": ("ความสัมพันธ์ที่จะสร้าง", "Relationship to build"),
    "field.stakeholder.notes": ("หมายเหตุ", "Notes"),
    # --- field labels: ties (step 4) ----------------------------------------
    "field.tie.id": ("รหัส", "Id"),
    "field.tie.a": ("ภาคีฝั่งหนึ่ง", "One end"),
    "field.tie.b": ("ภาคีอีกฝั่ง", "Other end"),
    "field.tie.strength": ("ความแน่นแฟ้น", "Strength"),
    "field.tie.relation": ("ความสัมพันธ์ในเครือข่าย", "Kind of relationship"),
    "field.tie.form": ("ลักษณะการเชื่อมโยง", "Form of the tie"),
    "field.tie.frequency": ("ความถี่", "Frequency"),
    "field.tie.duration": ("ช่วงเวลา", "Duration"),
    "field.tie.notes": ("หมายเหตุ", "Notes"),
    # --- field labels: the plan (ใบงาน Network 4) -----------------------------
    "field.plan.shared_vision": ("วิสัยทัศน์ร่วม", "Shared vision"),
    "field.plan.our_group": ("กลุ่มของเรา", "Our group"),
    "field.plan.our_stakeholder": ("ภาคีที่เป็นกลุ่มของเรา", "Our group's stakeholder"),
    "field.plan.rows": ("แถวของแผน", "Plan rows"),
    "field.plan_row.id": ("รหัส", "Id"),
    "field.plan_row.group": ("กลุ่ม", "Group"),
    "field.plan_row.stakeholder": ("ภาคี", "Stakeholder"),
    "field.plan_row.current": ("ความสัมพันธ์เดิม", "Current relationship"),
    "field.plan_row.current_via": ("ผ่าน", "Through"),
    "field.plan_row.target": ("ความสัมพันธ์ใหม่", "New relationship"),
    "field.plan_row.our_benefit": ("ประโยชน์เรา/แลกเปลี่ยน", "Our benefit / what we exchange"),
    "field.plan_row.their_benefit": ("ประโยชน์เพื่อน", "Their benefit"),
    "field.plan_row.methods": ("วิธีการ", "Methods"),
    "field.plan_row.owner": ("ผู้รับผิดชอบ", "Owner"),
    "field.plan_row.review_date": ("วันทบทวน", "Review date"),
    "field.plan_row.notes": ("หมายเหตุ", "Notes"),
    "plan.title": (
        "แผนการขยายเครือข่ายข้ามประเด็น จังหวัดเดียวกัน",
        "Plan to expand the network across issues in one province",
    ),
    # --- the step screens -------------------------------------------------
    "steps.bar": ("ขั้นที่ {number}/7", "Step {number}/7"),
    "steps.complete": ("ครบแล้ว", "complete"),
    "steps.todo": ("ยังต้องทำ: {items}", "Still to do: {items}"),
    "steps.missing.title": ("ใส่ชื่อโครงการ", "enter the project title"),
    "steps.missing.objective": ("ใส่วัตถุประสงค์ของการวิเคราะห์", "enter the objective of the analysis"),
    "steps.missing.sector.people": ("ภาคประชาชนยังไม่มีรายชื่อ", "no stakeholder from the people sector yet"),
    "steps.missing.sector.academic": ("ภาควิชาการยังไม่มีรายชื่อ", "no stakeholder from the academic sector yet"),
    "steps.missing.sector.government": ("ภาครัฐยังไม่มีรายชื่อ", "no stakeholder from the government sector yet"),
    "steps.missing.stakeholders": ("ยังไม่มีรายชื่อผู้มีส่วนได้ส่วนเสีย (ขั้นที่ 2)", "no stakeholders yet (step 2)"),
    "steps.missing.study": ("ศึกษาผู้มีส่วนได้ส่วนเสียให้ครบทุกราย", "study every stakeholder"),
    "steps.missing.ties": ("ยังไม่มีความสัมพันธ์ระหว่างผู้มีส่วนได้ส่วนเสีย", "no ties between stakeholders yet"),
    "steps.missing.scores": ("ให้คะแนนอิทธิพลและความสนใจให้ครบทุกราย", "score influence and interest for everyone"),
    "steps.missing.approach": ("ระบุวิธีเข้าหาผู้เล่นหลักให้ครบทุกราย", "enter how to approach each key player"),
    "key.next_step": ("ขั้นถัดไป", "Next step"),
    "key.previous_step": ("ขั้นก่อนหน้า", "Previous step"),
    "key.go_step": ("ไปขั้นที่…", "Go to step…"),
    "key.home": ("หน้าแรก", "Home"),
    "key.remove": ("ลบ", "Remove"),
    "key.kind": ("เปลี่ยนประเภท", "Change kind"),
    "key.none_here": ("ไม่มีในภาคนี้", "None in this sector"),
    "key.table_view": ("ตาราง/ฟอร์ม", "Table/form"),
    "study.empty": ("ยังไม่มีผู้มีส่วนได้ส่วนเสีย เพิ่มรายชื่อในขั้นที่ 2", "No stakeholders yet: add them in step 2"),
    "key.add_tie": ("เพิ่มความสัมพันธ์", "Add tie"),
    "key.choose": ("เลือก", "Choose"),
    "pick.title": ("เลือกผู้มีส่วนได้ส่วนเสีย", "Choose a stakeholder"),
    "pick.filter": ("พิมพ์เพื่อค้นหา", "type to search"),
    "pick.tie_with": ("ความสัมพันธ์ของ {name} กับ…", "Tie {name} with…"),
    "ties.of": ("ความสัมพันธ์ของ {name} ({count})", "Ties of {name} ({count})"),
    "ties.none": ("ยังไม่มีความสัมพันธ์ กด ^n เพื่อเพิ่ม", "No ties yet: press ^n to add one"),
    "ties.added": ("เพิ่มความสัมพันธ์ {first} — {second}", "Tied {first} — {second}"),
    "key.clear_score": ("ลบคะแนน", "Clear score"),
    "key.toggle": ("เลือก/ไม่เลือก", "Tick or untick"),
    "power.help": (
        "เลื่อนไปที่ช่องคะแนนแล้วกด 1-5 · ช่องกลุ่มและที่มาของอำนาจ กด Space",
        "On a score, press 1-5 · on a group or power base, press Space",
    ),
    "power.group.influences": ("มีอิทธิพล", "Influences"),
    "power.group.affected": ("ได้รับผล", "Affected"),
    "power.group.interested": ("สนใจผล", "Interested"),
    "power.base.nature": ("องค์กร", "Nature"),
    "power.base.role": ("บทบาท", "Role"),
    "power.base.rules": ("กฎ", "Rules"),
    "power.base.impact": ("ผลกระทบ", "Impact"),
    "power.key_player": ("ผู้เล่นหลัก", "Key"),
    "power.key_leader": ("แกนนำ", "Leader"),
    "power.help_keys": (
        "ผู้เล่นหลัก: Space สลับ ตามตาราง → ใช่ → ไม่ใช่ (★ ใช่, ★! ใช่โดยผู้ใช้, ✗ ไม่ใช่โดยผู้ใช้)",
        "Key player: Space cycles as the grid says → yes → no (★ yes, ★! yes by you, ✗ no by you)",
    ),
    "key.key_players_only": ("เฉพาะผู้เล่นหลัก", "Key players only"),
    "power.influence": ("อิทธิพล", "Infl."),
    "power.interest": ("สนใจ", "Int."),
    "grid.title": ("ตารางอิทธิพล x ความสนใจ", "Influence x interest grid"),
    "grid.influence_axis": ("อิทธิพล ↑", "Influence ↑"),
    "grid.interest_axis": ("ความสนใจ →", "Interest →"),
    "grid.legend": ("★ ผู้เล่นหลัก  ♦ แกนนำสำคัญ", "★ key player  ♦ key leader"),
    "grid.unscored": ("ยังไม่ได้ให้คะแนน: {names}", "Not scored yet: {names}"),
    "grid.more": ("…และอีก {count}", "…and {count} more"),
    "approach.suggested": ("ตามตาราง: {strategy}", "As the grid suggests: {strategy}"),
    "approach.no_suggestion": ("(ให้คะแนนในขั้นที่ 5 ก่อน)", "(score it in step 5 first)"),
    "command.go_step": ("ไปขั้นที่ {number}: {name}", "Go to step {number}: {name}"),
    "command.language": ("เปลี่ยนภาษาเป็น{name}", "Switch language to {name}"),
    "command.save": ("บันทึกเดี๋ยวนี้", "Save now"),
    "command.home": ("กลับหน้าแรก", "Back to the home screen"),
    "command.help": ("ปุ่มลัดของหน้าจอนี้", "Keys of this screen"),
    "conflict.title": ("ไฟล์ถูกแก้ไขจากที่อื่น", "The file changed elsewhere"),
    "conflict.body": (
        "{path} ถูกแก้ไขหลังจากเปิด (เช่น เปิดอยู่อีกหน้าต่างหนึ่ง) งานของคุณยังอยู่ครบในหน้าจอนี้ จะทำอย่างไร?",
        "{path} changed after it was opened (another session, perhaps). Your work is safe on this screen. What now?",
    ),
    "conflict.save_as": ("บันทึกเป็นไฟล์ใหม่", "Save as a new file"),
    "conflict.overwrite": ("บันทึกทับไฟล์นั้น", "Overwrite that file"),
    "conflict.reload": ("โหลดไฟล์นั้น (ทิ้งงานที่ยังไม่บันทึก)", "Reload that file (drop unsaved work)"),
    "conflict.later": ("ยังไม่ตัดสินใจ", "Decide later"),
    "conflict.new_name": ("ชื่อไฟล์ใหม่", "New file name"),
    "conflict.saved_as": ("บันทึกเป็น {path} แล้ว", "Saved as {path}"),
    "conflict.reloaded": ("โหลด {path} ใหม่แล้ว", "Reloaded {path}"),
    "plan.flag.key_player_without_row": (
        "ผู้เล่นหลัก {name} ยังไม่มีในแผน",
        "Key player {name} has no row in the plan",
    ),
    "plan.flag.no_target": ("{name}: ยังไม่ได้ระบุความสัมพันธ์ใหม่", "{name}: no new relationship chosen"),
    "plan.flag.target_weaker": (
        "{name}: ความสัมพันธ์ใหม่หลวมกว่าที่มีอยู่เดิม",
        "{name}: the new relationship is looser than the current one",
    ),
    "plan.flag.no_method": ("{name}: ยังไม่มีวิธีการ", "{name}: no method yet"),
    "plan.vision": ("วิสัยทัศน์ร่วม: {text}", "Shared vision: {text}"),
    "plan.no_vision": ("วิสัยทัศน์ร่วม: (ยังไม่มี กด v เพื่อเขียน)", "Shared vision: (none yet: press v to write one)"),
    "plan.our_row": ("(กลุ่มของเรา)", "(our group)"),
    "plan.derived": ("จากผัง: {text}", "from the map: {text}"),
    "plan.flags": ("ต้องดู {count} เรื่อง", "{count} to look at"),
    "report.plan.flags": ("สิ่งที่แผนยังขาด ({count})", "What the plan still lacks ({count})"),
    "plan.no_flags": ("✓ แผนครบตามเกณฑ์", "✓ the plan meets every rule"),
    "plan.sort.table": ("เรียงตามตาราง", "in table order"),
    "plan.sort.group": ("เรียงตามชื่อกลุ่ม", "by group"),
    "plan.sort.target": ("เรียงตามความสัมพันธ์ใหม่", "by new relationship"),
    "plan.sort.flagged": ("ที่ต้องดูก่อน", "flagged first"),
    "plan.filter.flagged": ("เฉพาะที่ต้องดู", "flagged only"),
    "plan.added_key_players": ("เพิ่มผู้เล่นหลัก {count} ราย", "Added {count} key players"),
    "plan.row_title": ("แถวของแผน: {group}", "Plan row: {group}"),
    "plan.vision_title": ("วิสัยทัศน์ร่วมและกลุ่มของเรา", "Shared vision and our group"),
    "plan.add_row_title": ("เพิ่มแถว: เลือกภาคี", "Add a row: choose a stakeholder"),
    "key.plan_row": ("แก้แถว", "Edit row"),
    "key.add_row": ("เพิ่มแถว", "Add row"),
    "key.add_key_players": ("เพิ่มผู้เล่นหลักทั้งหมด", "Add all key players"),
    "key.sort": ("เรียง", "Sort"),
    "key.filter": ("กรอง", "Filter"),
    "key.vision": ("วิสัยทัศน์", "Vision"),
    "key.move_up": ("เลื่อนขึ้น", "Move up"),
    "key.move_down": ("เลื่อนลง", "Move down"),
    "goto.prompt": ("กดเลข 1-7 เพื่อไปยังขั้นนั้น", "Press 1-7 to go to that step"),
    "form.choose": ("(เลือก)", "(choose)"),
    "identify.add": ("พิมพ์ชื่อ แล้วกด Enter", "type a name, press Enter"),
    "identify.none_marked": ("ไม่มีผู้มีส่วนได้เสียในภาคนี้", "no stakeholders in this sector"),
    "identify.questions": ("คำถามช่วยค้นหา", "Questions to find them"),
    "identify.q1": ("ใครมีหน้าที่รับผิดชอบโดยตรง โดยอ้อม", "Who is directly or indirectly responsible?"),
    "identify.q2": ("ใครมีความสนใจ มีความรู้ หรืออยู่ในแวดวงที่ศึกษา", "Who is interested, knowledgeable or in the circle studied?"),
    "identify.q3": ("ใครได้ประโยชน์ หรือเสียประโยชน์", "Who gains or loses?"),
    "identify.q4": ("ใครเป็นเจ้าของทุน ข้อมูลหรือวัตถุดิบ", "Who owns capital, data or raw materials?"),
    "identify.q5": ("ใครรับผลกระทบการเปลี่ยนแปลงนั้น", "Who is affected by the change?"),
    # (end of step screens)
    # --- analyses and the report ------------------------------------------
    "analysis.grid": ("ตารางวิเคราะห์อิทธิพลและความสนใจ", "Influence and interest grid"),
    "analysis.quadrant.1": ("อิทธิพลมาก สนใจมาก", "High influence, high interest"),
    "analysis.quadrant.2": ("อิทธิพลมาก สนใจน้อย", "High influence, low interest"),
    "analysis.quadrant.3": ("อิทธิพลน้อย สนใจมาก", "Low influence, high interest"),
    "analysis.quadrant.4": ("อิทธิพลน้อย สนใจน้อย", "Low influence, low interest"),
    "analysis.unscored": ("ยังไม่ได้ให้คะแนน", "Not scored yet"),
    "analysis.key_players": ("ผู้เล่นหลัก", "Key players"),
    "analysis.by_grid": ("ตามตารางวิเคราะห์", "as the grid says"),
    "analysis.by_hand": ("กำหนดเอง", "set by hand"),
    "analysis.group_table": ("ลักษณะของกลุ่ม แยกตามไตรพลัง", "The three groups by sector"),
    "analysis.measures": ("ค่าวัดของเครือข่าย", "Network measures"),
    "analysis.measure.density": ("ความหนาแน่น", "Density"),
    "analysis.measure.centralisation": ("ระดับการรวมศูนย์", "Degree centralisation"),
    "analysis.measure.components": ("จำนวนส่วนที่แยกจากกัน", "Separate parts"),
    "analysis.measure.degree": ("จำนวนความสัมพันธ์", "Ties"),
    "analysis.measure.degree_centrality": ("สัดส่วนภาคีที่เชื่อมโดยตรง", "Degree centrality"),
    "analysis.measure.betweenness": ("การเป็นตัวกลาง", "Betweenness"),
    "analysis.measure.eigenvector": ("ความใกล้ศูนย์อำนาจ", "Eigenvector centrality"),
    "analysis.measure.estimated": ("ค่าประมาณ", "estimate"),
    "analysis.role.hubs": ("จุดร่วม (Hub)", "Hubs"),
    "analysis.role.hubs.about": (
        "มีความสัมพันธ์มากกว่าภาคีอื่นอย่างเห็นได้ชัด เป็นศูนย์กลางเชื่อมโยงคนรอบข้าง",
        "Far more ties than the others: a centre linking the people around it",
    ),
    "analysis.role.power_centres": ("ศูนย์อำนาจ", "Power centres"),
    "analysis.role.power_centres.about": (
        "เชื่อมกับภาคีที่มีความสัมพันธ์มากเช่นกัน จึงอยู่ใกล้ศูนย์กลางอำนาจของเครือข่าย",
        "Tied to others who are well tied themselves: close to where the network's power lies",
    ),
    "analysis.role.brokers": ("ตัวกลางเชื่อมประสาน", "Brokers"),
    "analysis.role.brokers.about": (
        "อยู่บนเส้นทางระหว่างภาคีอื่นบ่อย เป็นตัวกลางส่งต่อข่าวสารและทรัพยากร",
        "Often on the paths between others: they pass on news and resources",
    ),
    "analysis.role.cut_points": ("จุดตัด", "Cut points"),
    "analysis.role.cut_points.about": (
        "ถ้าภาคีนี้ขาดไป เครือข่ายจะแยกออกเป็นส่วน ๆ",
        "If they left, the network would fall apart",
    ),
    "analysis.role.bottlenecks": ("จุดติดขัดของข้อมูล", "Information bottlenecks"),
    "analysis.role.bottlenecks.about": (
        "เส้นทางส่วนใหญ่ระหว่างภาคีอื่นต้องผ่านภาคีนี้ หากติดขัด ข้อมูลจะไม่ทั่วถึง",
        "Most paths between the others run through them; if they stall, news stops",
    ),
    "analysis.role.isolates": ("ภาคีที่ยังไม่มีความสัมพันธ์", "No ties yet"),
    "analysis.role.isolates.about": ("ยังไม่มีความสัมพันธ์กับใครในผัง", "Not tied to anyone on the map yet"),
    "analysis.role.clusters": ("กลุ่มย่อย", "Clusters"),
    "analysis.role.clusters.about": (
        "ภาคีที่เชื่อมกันเองมากกว่าเชื่อมกับภาคีนอกกลุ่ม",
        "Stakeholders tied more among themselves than to the rest",
    ),
    "analysis.role.bridges": ("สะพานเชื่อม", "Bridges"),
    "analysis.role.bridges.about": (
        "ความสัมพันธ์เส้นเดียวที่เชื่อมสองส่วนของเครือข่าย ถ้าขาด ทั้งสองส่วนจะแยกจากกัน",
        "The only tie joining two parts of the network; if it breaks, they separate",
    ),
    "analysis.role.weak_bridges": ("สะพานเชื่อมที่ยังหลวม", "Loose bridges"),
    "analysis.role.weak_bridges.about": (
        "สะพานเชื่อมที่ยังเป็นความสัมพันธ์หลวม ๆ ควรกระชับให้แน่นแฟ้นขึ้น",
        "Bridges that are still loose ties: worth making tighter",
    ),
    "analysis.cluster": ("กลุ่มย่อยที่ {number}", "Cluster {number}"),
    "analysis.shape": ("รูปแบบความสัมพันธ์ของเครือข่าย", "Shape of the network"),
    "analysis.shape.from_seed": ("คำแนะนำจากเอกสารประกอบการสอน", "Advice from the course material"),
    "analysis.shape.ours": ("คำแนะนำของภาคี (โปรแกรม)", "Advice by Phakhi (not from the course)"),
    "analysis.shape.tight": ("ความสัมพันธ์เครือข่ายแบบแน่นแฟ้น", "Tight network"),
    "analysis.shape.tight.why": (
        "ความหนาแน่น {density} (ตั้งแต่ 0.50) เชื่อมถึงกันทั้งหมดโดยไม่มีจุดตัด",
        "Density is {density} (0.50 or more), all in one piece with no cut point",
    ),
    "analysis.shape.tight.advice": (
        "ในการก่อรูปเครือข่ายอาจไม่มีความจำเป็นต้องสร้างความสัมพันธ์ แต่ควรทำให้เกิดกิจกรรมให้กระจายไปทั่วทั้งเครือข่าย",
        "There may be no need to build new relationships; instead, get activities going that spread across the whole network.",
    ),
    "analysis.shape.loose": ("ความสัมพันธ์เครือข่ายอย่างหลวม ๆ", "Loose network"),
    "analysis.shape.loose.why": (
        "ความสัมพันธ์ผ่าน node เดียว: มีจุดร่วมหรือจุดติดขัดของข้อมูลเพียงจุดเดียว (การรวมศูนย์ {centralisation})",
        "Ties run through a single node: one hub or one bottleneck (centralisation {centralisation})",
    ),
    "analysis.shape.loose.advice": (
        "กลุ่มที่มีความสัมพันธ์หลวม ๆ เป็นแหล่งประโยชน์ในด้านความรู้ การจัดหาเวลาพบปะกันจะช่วยให้เกิดการแลกเปลี่ยนเรียนรู้กันในเครือข่าย",
        "Loosely tied groups are a source of knowledge; making time to meet lets members exchange and learn across the network.",
    ),
    "analysis.shape.through_hubs": ("ความสัมพันธ์เครือข่ายผ่าน Hub", "Network through hubs"),
    "analysis.shape.through_hubs.why": (
        "มีจุดร่วม (Hub) {hubs} แห่ง แต่ละแห่งเชื่อมโยงภาคีที่อยู่ใกล้เคียง",
        "{hubs} hubs, each linking the stakeholders near it",
    ),
    "analysis.shape.through_hubs.advice": (
        "ในการก่อรูปเครือข่ายควรเลือกองค์กรทั้ง {hubs} เป็นจุดเริ่มต้นเพื่อเชื่อมโยงเครือข่ายในแต่ละพื้นที่เข้ามา",
        "When forming the network, choose these {hubs} organisations as starting points to bring in the networks of each area.",
    ),
    "analysis.shape.centralised": ("ความสัมพันธ์เครือข่ายรวมศูนย์", "Centralised network"),
    "analysis.shape.centralised.why": (
        "ระดับการรวมศูนย์ {centralisation} (ตั้งแต่ 0.50): ความสัมพันธ์ส่วนใหญ่ไปรวมที่ศูนย์กลางเดียว",
        "Degree centralisation is {centralisation} (0.50 or more): most ties lead to one centre",
    ),
    "analysis.shape.centralised.advice": (
        "ทุกความสัมพันธ์พึ่งศูนย์กลางเดียว หากศูนย์กลางหยุด เครือข่ายก็หยุด ควรชวนสมาชิกให้รู้จักและทำงานกันเองโดยตรง แบ่งบทบาทการประสานงาน และไม่ผูกขาดอำนาจที่กลุ่มใดกลุ่มหนึ่ง",
        "Everything depends on one centre: if it stops, the network stops. Introduce members to each other so they work together directly, share the co-ordinating role, and do not let power rest with one group.",
    ),
    "analysis.shape.decentralised": ("ความสัมพันธ์เครือข่ายกระจายศูนย์", "Decentralised network"),
    "analysis.shape.decentralised.why": (
        "มีจุดร่วม (Hub) {hubs} แห่ง: ศูนย์กลางหลายแห่ง แต่ละแห่งมีสมาชิกของตน",
        "{hubs} hubs: several centres, each with members of its own",
    ),
    "analysis.shape.decentralised.advice": (
        "มีศูนย์กลางหลายแห่ง แต่ละแห่งดูแลสมาชิกของตน ควรเชื่อมศูนย์กลางเหล่านี้เข้าหากันด้วยเวทีหรือกิจกรรมร่วม และมีกลไกประสานความสัมพันธ์ระหว่างกันอย่างสม่ำเสมอ",
        "Several centres each look after their own members. Link the centres to each other through shared forums or activities, with a regular way of co-ordinating between them.",
    ),
    "analysis.shape.distributed": ("ความสัมพันธ์เครือข่ายกระจายไปทั่ว", "Distributed network"),
    "analysis.shape.distributed.why": (
        "ไม่มีจุดร่วม (Hub) และไม่มีจุดติดขัดของข้อมูล ความสัมพันธ์กระจายทั่วกัน (การรวมศูนย์ {centralisation})",
        "No hub and no bottleneck: ties are spread evenly (centralisation {centralisation})",
    ),
    "analysis.shape.distributed.advice": (
        "ไม่มีศูนย์กลาง ทุกคนเชื่อมกับคนใกล้ตัวไม่กี่คน เครือข่ายไม่ขาดง่ายแต่ข่าวสารเดินทางช้า ควรมีช่องทางสื่อสารร่วมและนัดพบกันทั้งเครือข่ายเป็นระยะ",
        "There is no centre: each member links to a few others nearby. The network does not break easily, but news travels slowly; set up a shared channel and meet as a whole network from time to time.",
    ),
    "analysis.shape.none": ("ยังอ่านรูปแบบเครือข่ายไม่ได้", "No shape yet"),
    "analysis.shape.none.why": (
        "มีภาคีที่มีความสัมพันธ์เพียง {members} ราย (ต้องมีอย่างน้อย 3 ราย)",
        "Only {members} stakeholders have ties (at least 3 are needed)",
    ),
    "analysis.shape.none.advice": (
        "เพิ่มความสัมพันธ์ระหว่างภาคีในขั้นที่ 4 ก่อน แล้วจึงอ่านรูปแบบของเครือข่าย",
        "Add the ties between stakeholders in step 4 first, then read the network's shape.",
    ),
    "analysis.gaps": ("ช่องว่าง", "Gaps"),
    "analysis.gaps.none": ("ไม่พบช่องว่าง", "No gaps found"),
    "analysis.gap.missing_sectors": ("ภาคที่ยังไม่มีภาคี", "Sectors with no stakeholder"),
    "analysis.gap.missing_sectors.about": (
        "ไตรพลังยังไม่ครบ: ยังไม่มีภาคีจากภาคนี้",
        "The triangle is not complete: no stakeholder from this sector yet",
    ),
    "analysis.gap.uninvolved_key_players": ("ผู้เล่นหลักที่ยังไม่มีความสัมพันธ์", "Key players with no ties"),
    "analysis.gap.uninvolved_key_players.about": (
        "อยู่เฉยทั้ง ๆ ที่ควรเข้ามาเกี่ยวข้อง",
        "They should be involved but are not",
    ),
    "analysis.gap.only_through": ("เชื่อมกับกลุ่มเราผ่านภาคีเดียว", "Linked to us through one stakeholder only"),
    "analysis.gap.only_through.item": ("{name} ผ่าน{via}", "{name} through {via}"),
    "analysis.gap.only_through.about": (
        "ถ้าภาคีที่เป็นตัวกลางนี้ขาดไป ภาคีนี้จะหลุดจากเครือข่ายของเรา",
        "If the go-between left, they would be cut off from us",
    ),
    "analysis.gap.not_connected": ("ไม่เชื่อมกับกลุ่มของเรา", "Not connected to our group"),
    "analysis.gap.not_connected.about": (
        "มีความสัมพันธ์ในผัง แต่ไม่มีเส้นทางมาถึงกลุ่มของเรา",
        "Tied to others on the map, but with no path to our group",
    ),
    "analysis.gap.plan_rows_without_methods": ("แถวแผนที่ยังไม่มีวิธีการ", "Plan rows with no methods"),
    "analysis.gap.plan_rows_without_methods.about": (
        "ความสัมพันธ์ที่วางแผนไว้ยังไม่ได้ระบุวิธีการ",
        "Planned relationships with no way to build them yet",
    ),
    # --- the planning table's own wording (ใบงาน Network 4) -----------------
    "plan.relation.collaborate": ("มีส่วนร่วม", "Collaborate"),
    "plan.current_via": ("{closeness} ผ่าน{via}", "{closeness} via {via}"),
    # --- the report -----------------------------------------------------------
    "report.title": (
        "รายงานการวิเคราะห์ผู้มีส่วนได้ส่วนเสียและแผนการขยายเครือข่าย",
        "Stakeholder analysis and network plan",
    ),
    "report.redacted": ("[ปิดไว้]", "[redacted]"),
    "report.redacted_note": (
        "รายงานฉบับนี้ปิดข้อมูลการติดต่อไว้ (ชื่อผู้ที่ติดต่อได้ เบอร์โทรศัพท์ อีเมล)",
        "Contact details (contact people, phone numbers, e-mail addresses) are redacted in this report",
    ),
    "report.none": ("ไม่มี", "none"),
    "report.project": ("โครงการและวัตถุประสงค์", "The project and its objective"),
    "report.project.empty": ("ยังไม่ได้กรอกขั้นที่ 1", "Step 1 is not filled in yet"),
    "report.stakeholders": ("ผู้มีส่วนได้ส่วนเสีย", "Stakeholders"),
    "report.stakeholders.count": ("ทั้งหมด {count} ราย แยกตามไตรพลัง", "{count} in all, by sector"),
    "report.sector_empty": ("ยังไม่มีผู้มีส่วนได้ส่วนเสียในภาคนี้", "No stakeholders in this sector yet"),
    "report.sector_checked": ("ค้นหาแล้ว ไม่มีผู้มีส่วนได้ส่วนเสียในภาคนี้", "Looked for: there are no stakeholders in this sector"),
    "report.col.name": ("ชื่อ", "Name"),
    "report.col.kind": ("ประเภท", "Kind"),
    "report.col.influence": ("อิทธิพล", "Influence"),
    "report.col.interest": ("ความสนใจ", "Interest"),
    "report.col.quadrant": ("ช่อง", "Cell"),
    "report.col.role": ("ผู้เล่นหลัก/แกนนำ", "Key player/leader"),
    "report.quadrant_note": (
        "อิทธิพลและความสนใจให้คะแนน 1-5 ช่อง คือช่องในตารางวิเคราะห์อิทธิพลและความสนใจ (1-4) ในหัวข้อถัดไป",
        "Influence and interest are scored 1-5; Cell is the place on the influence and interest grid (1-4) in the next section",
    ),
    "report.worksheet": ("ใบงาน 1: ศึกษาผู้มีส่วนได้ส่วนเสีย", "Worksheet 1: studying each stakeholder"),
    "report.worksheet.none": ("ยังไม่มีข้อมูลในใบงานนี้", "Nothing is entered in this worksheet yet"),
    "report.grid.strategy": ("กลยุทธ์ที่แนะนำ: {strategy}", "Suggested strategy: {strategy}"),
    "report.grid.threshold": (
        "คะแนน 4-5 นับว่ามาก 1-3 นับว่าน้อย กลยุทธ์มาจากตารางอิทธิพลและความสนใจทั่วไป ไม่ใช่จากเอกสารประกอบการสอน",
        "A score of 4 or 5 is high, 1 to 3 low. The strategies come from the standard power-interest grid, not from the course material",
    ),
    "report.network": ("ผังเครือข่าย: สิ่งที่พบ", "The network map: findings"),
    "report.advice": ("คำแนะนำ", "Advice"),
    "report.measure.members": ("ภาคีที่มีความสัมพันธ์", "Stakeholders with ties"),
    "report.roles": ("บทบาทในเครือข่าย", "Roles in the network"),
    "report.plan.none": ("ยังไม่มีแถวในแผน", "There are no plan rows yet"),
    "report.plan.current_note": (
        "ความสัมพันธ์เดิมอ่านจากผังเครือข่าย (ความสัมพันธ์ในขั้นที่ 4)",
        "The current relationship is read from the network map (the ties of step 4)",
    ),
    "report.plan.entered": ("* กรอกเอง ไม่ได้อ่านจากผังเครือข่าย", "* entered by hand, not read from the map"),
    "report.key.redact": ("ซ่อน/แสดงข้อมูลติดต่อ", "Hide/show contacts"),
    "report.cli.help": ("พิมพ์การวิเคราะห์ทั้งหมดเป็นรายงานสำหรับแจก", "print the whole analysis as a handout"),
    "report.cli.format": (
        "รูปแบบ md, txt หรือ html (ค่าเริ่มต้นตามนามสกุลไฟล์ของ -o หรือ txt)",
        "md, txt or html (default: from the name given to -o, else txt)",
    ),
    "report.cli.lang": ("ภาษาของรายงาน th หรือ en (ค่าเริ่มต้นคือภาษาของสมุดงาน)", "the report's language, th or en (default: the workbook's)"),
    "report.cli.redact": (
        "ปิดข้อมูลการติดต่อ: ชื่อผู้ที่ติดต่อได้ เบอร์โทรศัพท์ อีเมล",
        "leave out contact details: contact people, phone numbers, e-mail addresses",
    ),
    "report.cli.output": (
        "เขียนลงไฟล์นี้ (อ่านได้เฉพาะเจ้าของ) แทนการพิมพ์ออกทางหน้าจอ",
        "write to this file (readable by you only) instead of standard output",
    ),
    "report.cli.written": ("เขียนรายงาน {path} แล้ว", "wrote the report to {path}"),
    "report.cli.same_file": (
        "{path} คือไฟล์สมุดงานเอง จึงไม่เขียนรายงานทับ เลือกชื่อไฟล์อื่นให้ -o",
        "{path} is the workbook itself, so the report was not written over it; give -o another name",
    ),
    "report.cli.not_written": ("เขียนรายงาน {path} ไม่ได้: {reason}", "could not write the report to {path}: {reason}"),
    # --- the network map as text (tui.core.textmap, phakhi map) ---------
    "map.legend": ("คำอธิบายสัญลักษณ์:", "Legend:"),
    "map.kind.node": ("กลุ่ม/องค์กร", "group or organisation"),
    "map.kind.individual": ("บุคคล", "individual"),
    "map.kind.network": ("เครือข่าย", "network"),
    "map.kind.cluster": ("กลุ่มย่อย", "cluster"),
    "map.strong": ("แน่นแฟ้น", "strong (tight)"),
    "map.weak": ("หลวม ๆ", "weak (loose)"),
    "map.crossing": ("เส้นตัดผ่านกัน ไม่ได้เชื่อมกัน", "two ties crossing, not joined"),
    "map.view.full": (
        "ทั้งเครือข่าย: ภาคี {stakeholders} ราย ความสัมพันธ์ {ties} เส้น",
        "Whole network: {stakeholders} stakeholders, {ties} ties",
    ),
    "map.view.ego": (
        "รอบ {name} ไม่เกิน {depth} ทอด: ภาคี {stakeholders} ราย ความสัมพันธ์ {ties} เส้น",
        "Around {name}, up to {depth} step(s) away: {stakeholders} stakeholders, {ties} ties",
    ),
    "map.view.cluster": (
        "กลุ่มย่อยที่ {number}: ภาคี {stakeholders} ราย ความสัมพันธ์ {ties} เส้น",
        "Cluster {number}: {stakeholders} stakeholders, {ties} ties",
    ),
    "map.view.overview": (
        "ภาพรวม (ทั้งผังใหญ่เกินพื้นที่): กลุ่มย่อย {clusters} กลุ่ม ภาคี {stakeholders} ราย ความสัมพันธ์ {ties} เส้น",
        "Overview (the whole map does not fit): {clusters} clusters, {stakeholders} stakeholders, {ties} ties",
    ),
    "map.view.list": (
        "ความสัมพันธ์ {ties} เส้น เป็นรายการ (ผังใหญ่เกินพื้นที่)",
        "{ties} ties as a list (the map does not fit)",
    ),
    "map.list.title": ("ความสัมพันธ์:", "Ties:"),
    "map.short": ("ชื่อย่อในผัง:", "Short labels:"),
    "map.cluster.label": ("กลุ่มย่อย {number}: {size} ราย", "cluster {number}: {size}"),
    "map.cluster.members": ("{label} ได้แก่ {names}", "{label}: {names}"),
    "map.cluster.members_more": ("{label} เช่น {names} และอีก {more} ราย", "{label}: {names} and {more} more"),
    "map.between": ("ความสัมพันธ์ระหว่างกลุ่มย่อย:", "Ties between clusters:"),
    "map.busiest": (
        "เส้นในภาพรวมแสดง {drawn} คู่ที่มีความสัมพันธ์มากที่สุด จากทั้งหมด {pairs} คู่ (จำนวนของทุกคู่อยู่ด้านล่าง)",
        "Lines show the {drawn} pairs of clusters with the most ties, of {pairs} pairs (every count below)",
    ),
    "map.cluster.pair": ("{a}-{b} {ties} เส้น", "{a}-{b} {ties}"),
    "map.isolates": ("ยังไม่มีความสัมพันธ์ ({count}):", "No ties yet ({count}):"),
    "map.focus_hint": (
        "ดูกลุ่มย่อยเดียว: --focus cluster:N   ดูภาคีรายเดียว: --focus ชื่อหรือรหัส --depth 1|2",
        "One cluster: --focus cluster:N   One stakeholder: --focus NAME|ID --depth 1|2",
    ),
    "map.empty": ("ยังไม่มีภาคีในสมุดงานนี้", "No stakeholders in this workbook yet"),
    "map.unknown_focus": (
        "ไม่พบภาคีหรือกลุ่มย่อย {focus} — ใช้รหัส (เช่น s3) ชื่อเต็ม หรือ cluster:N",
        "no stakeholder or cluster {focus} — use an id (such as s3), a full name, or cluster:N",
    ),
    "map.ambiguous_focus": (
        "มีภาคีชื่อ {focus} หลายราย ({ids}) — ใช้รหัสแทน",
        "several stakeholders are called {focus} ({ids}) — use an id instead",
    ),
    "map.cli.help": ("พิมพ์ผังเครือข่ายเป็นข้อความ", "print the network map as text"),
    "map.cli.width": ("ความกว้างเป็นช่องตัวอักษร (ค่าเริ่มต้น: ความกว้างของเทอร์มินัล หรือ 80)", "width in cells (default: the terminal's width, or 80)"),
    "map.cli.height": ("ความสูงเป็นบรรทัด (ค่าเริ่มต้น: สูงเท่าที่ต้องใช้)", "height in lines (default: as tall as needed)"),
    "map.cli.ascii": ("ใช้เฉพาะอักขระ ASCII", "use printable ASCII only"),
    "map.cli.focus": ("ดูภาคีรายเดียว (รหัสหรือชื่อ) หรือกลุ่มย่อยเดียว (cluster:N)", "show one stakeholder (id or name) or one cluster (cluster:N)"),
    "map.cli.depth": ("ระยะจากภาคีที่เลือก 1 หรือ 2 ทอด", "how many steps around the stakeholder: 1 or 2"),
    "map.cli.list": ("แสดงความสัมพันธ์เป็นรายการแทนผัง", "list the ties instead of drawing them"),
    # (end of analyses)
}


def normalise_language(value: str | None) -> Language | None:
    """``"th"``/``"en"`` (any case, or a locale such as ``th_TH.UTF-8``) -> Language."""
    if not value:
        return None
    code = value.strip().lower()[:2]
    return Language(code) if code in ("th", "en") else None


def default_language() -> Language:
    """PHAKHI_LANG, else a Thai locale, else English."""
    for variable in ("PHAKHI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        chosen = normalise_language(os.environ.get(variable))
        if chosen is not None and (variable == "PHAKHI_LANG" or chosen is Language.TH):
            return chosen
    return Language.EN


def tr(lang: Language | str, key: str, /, **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``values`` filled in.

    A missing key is a programming error and raises ``KeyError`` (tests check
    every key used); missing values raise too rather than print braces.
    """
    thai, english = MESSAGES[key]
    text = thai if Language(lang) is Language.TH else english
    return text.format(**values) if values else text


def is_ours(description: str) -> bool:
    """Is this binding description one of Phakhi's own (an i18n key)?"""
    return description in MESSAGES


def describe_key(lang: Language | str, description: str) -> str:
    """A key binding's description: ours are i18n keys, Textual's widgets' are English words."""
    for key in (description, f"widget.{description}"):
        if key in MESSAGES:
            return tr(lang, key)
    return description


def label(lang: Language | str, value: StrEnum) -> str:
    """The label of a vocabulary value, e.g. ``label("th", Sector.ACADEMIC)``."""
    return tr(lang, f"{vocab_key(type(value))}.{value.value}")


def vocab_key(enum_type: type[StrEnum]) -> str:
    """``PowerBase`` -> ``power_base``: the i18n prefix of a vocabulary."""
    name = enum_type.__name__
    return "".join("_" + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(name))


def field_label(lang: Language | str, section: str, name: str) -> str:
    """The label of a field, e.g. ``field_label("th", "stakeholder", "access")``."""
    return tr(lang, f"field.{section}.{name}")
