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
    "app.untitled": ("(ยังไม่มีชื่อโครงการ)", "(untitled project)"),
    "home.steps": ("การวิเคราะห์ผู้มีส่วนได้ส่วนเสีย 7 ขั้นตอน", "The seven steps of stakeholder analysis"),
    "home.counts": (
        "ภาคี {stakeholders} · ความสัมพันธ์ {ties} · แผน {rows} แถว",
        "{stakeholders} stakeholders · {ties} ties · {rows} plan rows",
    ),
    "home.left": ("· ออกจากเครือข่ายแล้ว {count} ราย", "· {count} left the network"),
    "home.overdue": ("· แผนเลยกำหนด {count} แถว", "· {count} plan rows overdue"),
    "home.reading": ("กำลังอ่านภาคีและความสัมพันธ์…", "reading the stakeholders and ties…"),
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
    "screen.health": ("ตรวจสุขภาพเครือข่าย", "Network health check"),
    "screen.help": ("วิธีใช้", "Help"),
    "help.keys": ("ปุ่มลัดของหน้าจอนี้", "Keys on this screen"),
    "help.save_marks": (
        "มุมขวาล่าง: {saved} บันทึกแล้ว {unsaved} ยังไม่บันทึก (จะบันทึกเองในอีกครู่)"
        " ถ้าบันทึกช้า บันทึกไม่ได้ หรือไฟล์อ่านอย่างเดียว จะบอกเป็นข้อความแทน",
        "Bottom right: {saved} saved, {unsaved} not saved yet (it saves by itself in a moment)."
        " A slow or failed save, or a read-only file, is said there in words.",
    ),
    "key.quit": ("ออก", "Quit"),
    "key.help": ("วิธีใช้", "Help"),
    "key.language": ("ภาษา", "Language"),
    "key.open": ("เปิด", "Open"),
    "key.close": ("ปิด", "Close"),
    "key.cancel": ("ยกเลิก", "Cancel"),
    "key.confirm": ("ตกลง", "Confirm"),
    "key.close_kept": ("ปิด (การแก้ไขเก็บไว้แล้ว)", "Close (changes kept)"),
    "key.undo": ("เลิกทำ", "Undo"),
    "key.redo": ("ทำซ้ำ", "Redo"),
    "status.saved": ("บันทึกแล้ว", "Saved"),
    "status.unsaved": ("ยังไม่บันทึก", "Unsaved"),
    "status.error": ("บันทึกไม่ได้", "Not saved"),
    "status.slow": ("กำลังบันทึก (ช้า)", "Saving (slow)"),
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
    # the help (F1) lists these too: one-line fields (Input)
    "widget.Move cursor left": ("ไปทางซ้าย", "Move cursor left"),
    "widget.Move cursor right or accept the completion suggestion": ("ไปทางขวา", "Move cursor right"),
    "widget.Move cursor left a word": ("ไปทางซ้ายหนึ่งคำ", "Move cursor left a word"),
    "widget.Move cursor right a word": ("ไปทางขวาหนึ่งคำ", "Move cursor right a word"),
    "widget.Move cursor left and select": ("เลือกไปทางซ้าย", "Select to the left"),
    "widget.Move cursor right and select": ("เลือกไปทางขวา", "Select to the right"),
    "widget.Move cursor left a word and select": ("เลือกไปทางซ้ายหนึ่งคำ", "Select a word to the left"),
    "widget.Move cursor right a word and select": ("เลือกไปทางขวาหนึ่งคำ", "Select a word to the right"),
    "widget.Go to start": ("ไปต้นข้อความ", "Go to start"),
    "widget.Go to end": ("ไปท้ายข้อความ", "Go to end"),
    "widget.Select line start": ("เลือกถึงต้นข้อความ", "Select to the start"),
    "widget.Select line end": ("เลือกถึงท้ายข้อความ", "Select to the end"),
    "widget.Select all": ("เลือกทั้งหมด", "Select all"),
    "widget.Delete character left": ("ลบตัวอักษรทางซ้าย", "Delete character left"),
    "widget.Delete character right": ("ลบตัวอักษรทางขวา", "Delete character right"),
    "widget.Delete left to start of word": ("ลบคำทางซ้าย", "Delete the word to the left"),
    "widget.Delete right to start of word": ("ลบคำทางขวา", "Delete the word to the right"),
    "widget.Delete all to the left": ("ลบทั้งหมดทางซ้าย", "Delete all to the left"),
    "widget.Delete all to the right": ("ลบทั้งหมดทางขวา", "Delete all to the right"),
    "widget.Cut selected text": ("ตัดข้อความที่เลือก", "Cut selected text"),
    "widget.Paste text from the clipboard": ("วางข้อความที่คัดลอกไว้", "Paste"),
    "widget.Submit": ("ตกลง", "Submit"),
    # tables (DataTable)
    "widget.Cursor up": ("ขึ้น", "Up"),
    "widget.Cursor down": ("ลง", "Down"),
    "widget.Cursor left": ("ซ้าย", "Left"),
    "widget.Cursor right": ("ขวา", "Right"),
    "widget.Home": ("คอลัมน์แรก", "First column"),
    "widget.End": ("คอลัมน์สุดท้าย", "Last column"),
    "widget.Top": ("แถวแรก", "First row"),
    "widget.Bottom": ("แถวสุดท้าย", "Last row"),
    "widget.Page up": ("หน้าก่อน", "Page up"),
    "widget.Page down": ("หน้าถัดไป", "Page down"),
    # multi-line fields (TextArea) and choices (Select)
    "widget.Cursor line start": ("ต้นบรรทัด", "Line start"),
    "widget.Cursor line end": ("ท้ายบรรทัด", "Line end"),
    "widget.Cursor page up": ("หน้าก่อน", "Page up"),
    "widget.Cursor page down": ("หน้าถัดไป", "Page down"),
    "widget.Cursor word left": ("ไปทางซ้ายหนึ่งคำ", "A word to the left"),
    "widget.Cursor word right": ("ไปทางขวาหนึ่งคำ", "A word to the right"),
    "widget.Cursor up select": ("เลือกขึ้น", "Select up"),
    "widget.Cursor down select": ("เลือกลง", "Select down"),
    "widget.Cursor left select": ("เลือกไปทางซ้าย", "Select to the left"),
    "widget.Cursor right select": ("เลือกไปทางขวา", "Select to the right"),
    "widget.Cursor left word select": ("เลือกไปทางซ้ายหนึ่งคำ", "Select a word to the left"),
    "widget.Cursor right word select": ("เลือกไปทางขวาหนึ่งคำ", "Select a word to the right"),
    "widget.Cursor line start select": ("เลือกถึงต้นบรรทัด", "Select to the line start"),
    "widget.Cursor line end select": ("เลือกถึงท้ายบรรทัด", "Select to the line end"),
    "widget.Select line": ("เลือกทั้งบรรทัด", "Select the line"),
    "widget.Delete to line start": ("ลบถึงต้นบรรทัด", "Delete to the line start"),
    "widget.Delete to line end": ("ลบถึงท้ายบรรทัด", "Delete to the line end"),
    "widget.Delete line": ("ลบทั้งบรรทัด", "Delete the line"),
    "widget.Cut": ("ตัด", "Cut"),
    "widget.Copy": ("คัดลอก", "Copy"),
    "widget.Paste": ("วาง", "Paste"),
    "widget.Show menu": ("เปิดตัวเลือก", "Show the choices"),
    # --- names of edits (shown by undo/redo) ---------------------------
    "edit.set": ("แก้ไข {field}", "edit {field}"),
    "edit.add_stakeholder": ("เพิ่มภาคี {name}", "add stakeholder {name}"),
    "edit.add_stakeholders": ("เพิ่มภาคี {count} ราย", "add {count} stakeholders"),
    "edit.line": ("บรรทัดที่ {line}: {problem}", "line {line}: {problem}"),
    "edit.remove_stakeholder": ("ลบภาคี {name}", "remove stakeholder {name}"),
    "edit.our_group": ("เลือก {name} เป็นกลุ่มของเรา", "make {name} our group"),
    "edit.add_tie": ("เพิ่มความสัมพันธ์", "add tie"),
    "edit.snapshot": ("บันทึกสภาพเครือข่าย {label}", "snapshot {label}"),
    "edit.snapshot_label_taken": (
        "มีบันทึกสภาพเครือข่ายชื่อ {label} อยู่แล้ว ใช้ชื่ออื่น",
        "There is already a snapshot called {label}; use another label",
    ),
    "edit.add_review": ("เริ่มตรวจสุขภาพเครือข่าย {label}", "start health review {label}"),
    "edit.review_label_taken": (
        "มีการตรวจสุขภาพเครือข่ายชื่อ {label} อยู่แล้ว ใช้ชื่ออื่น",
        "There is already a health review called {label}; use another label",
    ),
    "edit.health_score": ("ให้คะแนน {item}", "score {item}"),
    "edit.health_day": ("วันที่ตรวจ {day}", "review day {day}"),
    "edit.health_checklists": ("เลือกรายการตรวจ", "choose checklists"),
    "edit.health_note": ("บันทึกหลักฐาน {item}", "evidence for {item}"),
    "edit.left": ("{name} ออกจากเครือข่าย", "{name} left the network"),
    "edit.back": ("{name} กลับเข้าเครือข่าย", "{name} back in the network"),
    "edit.tie_ended": ("ความสัมพันธ์สิ้นสุด", "tie ended"),
    "edit.tie_renewed": ("ความสัมพันธ์กลับมามีอีกครั้ง", "tie holds again"),
    "edit.remove_tie": ("ลบความสัมพันธ์", "remove tie"),
    "edit.add_plan_row": ("เพิ่มแถวแผน {group}", "add plan row {group}"),
    "edit.remove_plan_row": ("ลบแถวแผน {group}", "remove plan row {group}"),
    "edit.add_lesson": ("เพิ่มบทเรียน {case}", "add lesson {case}"),
    "edit.remove_lesson": ("ลบบทเรียน {case}", "remove lesson {case}"),
    "edit.move_plan_row": ("ย้ายแถวแผน {group}", "move plan row {group}"),
    # --- edit refusals --------------------------------------------------
    "edit.bad_value": ("ค่า {value} ใช้กับ {field} ไม่ได้", "{value} is not a valid {field}"),
    "edit.bad_score": (
        "{field} ต้องเป็นตัวเลข {low} ถึง {high}",
        "{field} must be a whole number from {low} to {high}",
    ),
    "edit.hidden_char": (
        "{field} มีอักขระที่มองไม่เห็น ({code}) จึงไม่บันทึก",
        "{field} holds an invisible control character ({code}); not saved",
    ),
    "edit.too_long": ("{field} ยาวเกิน {limit} ตัวอักษร จึงไม่บันทึก", "{field} is longer than {limit} characters; not saved"),
    "edit.bad_date": (
        "{field} ต้องเป็นวันที่แบบ ปปปป-ดด-วว (ค.ศ.) เช่น 2026-03-01 ไม่ใช่ {found}",
        "{field} must be a day written YYYY-MM-DD, e.g. 2026-03-01, not {found}",
    ),
    "edit.unknown_stakeholder": ("ไม่พบภาคีรหัส {id}", "No stakeholder with id {id}"),
    "edit.unknown_item": ("ไม่พบรายการรหัส {id}", "No item with id {id}"),
    "edit.self_tie": ("ความสัมพันธ์ต้องเชื่อมภาคีสองรายที่ต่างกัน", "A tie must join two different stakeholders"),
    "edit.duplicate_tie": ("สองภาคีนี้มีความสัมพันธ์กันอยู่แล้ว", "These two stakeholders are already tied"),
    "edit.unknown_field": ("ไม่มีช่อง {field}", "There is no field {field}"),
    "edit.sector_has_names": (
        "{sector} มีรายชื่ออยู่แล้ว จึงระบุว่าไม่มีใครในภาคนี้ไม่ได้",
        "{sector} has names in it, so it cannot be marked as having no one",
    ),
    "edit.id_fixed": ("แก้รหัสไม่ได้ รหัสคงที่ตลอด", "Ids cannot be changed; they stay fixed"),
    # --- the file: problems found while loading -------------------------
    "problem.not_found": ("ไม่พบไฟล์", "file not found"),
    "fix.not_found": (
        "ตรวจชื่อไฟล์ หรือสร้างไฟล์ใหม่ด้วย phakhi new ไฟล์",
        "check the name, or create it with: phakhi new FILE",
    ),
    "problem.unreadable": ("อ่านไฟล์ไม่ได้ ({reason})", "cannot read the file ({reason})"),
    "fix.unreadable": ("ตรวจสิทธิ์การอ่านไฟล์และโฟลเดอร์", "check the permissions of the file and its folder"),
    "problem.not_regular": ("ไม่ใช่ไฟล์ แต่เป็น{kind}", "this is a {kind}, not a file"),
    "kind.link": ("ลิงก์ไปยัง {target} ซึ่งเป็น{kind}", "link to {target}, a {kind}"),
    "fix.not_regular": (
        "ระบุไฟล์สมุดงานที่บันทึกไว้ (ไฟล์ .toml) แทน",
        "name a saved workbook (a .toml file) instead",
    ),
    "kind.folder": ("โฟลเดอร์", "folder"),
    "kind.fifo": ("ท่อส่งข้อมูล (named pipe)", "named pipe"),
    "kind.device": ("อุปกรณ์", "device"),
    "kind.socket": ("ซ็อกเก็ต", "socket"),
    "kind.special": ("ไฟล์พิเศษของระบบ", "special file"),
    "problem.too_big": (
        "ไฟล์ใหญ่เกิน ({size} MB; รับได้ถึง {limit} MB)",
        "the file is too big ({size} MB; the limit is {limit} MB)",
    ),
    "fix.too_big": ("ตรวจว่าเป็นไฟล์สมุดงานที่ถูกต้อง", "check that this is really a workbook"),
    "problem.encoding": (
        "ไฟล์ไม่ใช่ข้อความ UTF-8 (ไบต์ 0x{byte} อ่านไม่ได้)",
        "the file is not UTF-8 text (byte 0x{byte} cannot be read)",
    ),
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
    # --- fuzzing (issue 9): brackets nested deeper than any reader follows --
    "problem.too_deep": (
        "วงเล็บ [ ] หรือ {{ }} ซ้อนกันลึกเกินไป ({depth} ชั้น)",
        "brackets [ ] or braces {{ }} are nested too deeply ({depth} levels)",
    ),
    "fix.too_deep": (
        "ตรวจว่าไฟล์ไม่เสียหาย (ภาคีเขียนวงเล็บซ้อนเพียงชั้นเดียว)",
        "check that the file is not damaged (Phakhi writes brackets one level deep)",
    ),
    "problem.long_number": (
        "ตัวเลขยาว {digits} หลัก เกินที่อ่านได้ ({limit} หลัก)",
        "a whole number of {digits} digits, more than the {limit} that can be read",
    ),
    "fix.long_number": (
        "ตรวจว่าไฟล์ไม่เสียหาย (คะแนนในสมุดงานมีเพียง 1 ถึง 5)",
        "check that the file is not damaged (the scores of a workbook are 1 to 5)",
    ),
    "problem.too_many": (
        "[[{name}]] มี {count} รายการ เกินที่รับได้ ({limit}) อยู่ {over} รายการ",
        "[[{name}]] holds {count} entries, {over} more than the limit of {limit}",
    ),
    "fix.too_many": (
        "แบ่งเป็นหลายสมุดงาน หรือตรวจว่าไฟล์ไม่เสียหาย",
        "split it into several workbooks, or check that the file is not damaged",
    ),
    "problem.no_format": ("ไม่ใช่สมุดงานภาคี: ไม่มี format", "not a Phakhi workbook: there is no 'format' key"),
    "fix.no_format": (
        'เพิ่มบรรทัด format = "phakhi-workbook" และ version = 1 ที่ต้นไฟล์',
        'add the lines format = "phakhi-workbook" and version = 1 at the top',
    ),
    "problem.wrong_format": (
        'format คือ "{found}" ไม่ใช่ "phakhi-workbook"',
        'format is "{found}", not "phakhi-workbook"',
    ),
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
    "problem.duplicate_label": (
        "บันทึกสภาพเครือข่าย {found} ซ้ำกับที่บรรทัด {first}",
        "snapshot {found} again (first at line {first})",
    ),
    "fix.duplicate_label": ("ตั้งชื่อ label ของแต่ละบันทึกให้ไม่ซ้ำกัน", "give each snapshot a label of its own"),
    "problem.bad_snapshot_member": (
        "อ่านบรรทัดของภาคีในบันทึกสภาพเครือข่ายไม่ได้: {found}",
        "a line of a snapshot cannot be read: {found}",
    ),
    "problem.bad_snapshot_tie": (
        "อ่านบรรทัดของความสัมพันธ์ในบันทึกสภาพเครือข่ายไม่ได้: {found}",
        "a line of a snapshot cannot be read: {found}",
    ),
    "fix.bad_snapshot_member": (
        'เขียนแต่ละรายเป็น "รหัส ภาค ชื่อ" เช่น "s1 government นายก ทม." (ภาค: people, academic, government)',
        'write each one as "id sector name", e.g. "s1 government Mayor" (sector: people, academic, government)',
    ),
    "fix.bad_snapshot_tie": (
        'เขียนแต่ละความสัมพันธ์เป็น "รหัส ปลาย ปลาย ระดับ" เช่น "t1 s1 s2 weak" ปลายทั้งสองต้องอยู่ในบันทึกเดียวกัน',
        'write each tie as "id end end strength", e.g. "t1 s1 s2 weak", both ends among the snapshot\'s stakeholders',
    ),
    "problem.bad_snapshot_ids": (
        "{key} ต้องเป็นรายการรหัสของภาคีในบันทึกนี้",
        "{key} must list ids of this snapshot's stakeholders",
    ),
    "fix.bad_snapshot_ids": ('เช่น {key} = ["s1"] หรือลบ {key} ออก', 'e.g. {key} = ["s1"], or remove {key}'),
    "problem.bad_measure": ("{key} = {found} ไม่ใช่ค่าระหว่าง 0 ถึง 1", "{key} = {found} is not a measure from 0 to 1"),
    "fix.bad_measure": ("ใช้ตัวเลข 0 ถึง 1 เช่น {key} = 0.25", "use a number from 0 to 1, e.g. {key} = 0.25"),
    "problem.bad_date": ("{key} = {found} ไม่ใช่วันที่", "{key} = {found} is not a day"),
    "fix.bad_date": (
        'เขียนวันที่แบบ ปปปป-ดด-วว ปี ค.ศ. เช่น {key} = "2026-03-01"',
        'write the day as YYYY-MM-DD, e.g. {key} = "2026-03-01"',
    ),
    "problem.added_later": (
        "{key} มีในไฟล์รูปแบบรุ่น {version} ขึ้นไป แต่ไฟล์นี้บอกว่าเป็นรุ่นก่อนหน้า",
        "{key} came with format version {version}, and this file says it is older",
    ),
    "fix.added_later": (
        "แก้บรรทัดบนสุดเป็น version = {version} หรือลบ {key} ออก",
        "change the line at the top to version = {version}, or remove {key}",
    ),
    "problem.too_long": (
        "{key} ยาว {length} ตัวอักษร เกินที่รับได้ ({limit})",
        "{key} is {length} characters long, over the limit of {limit}",
    ),
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
    "problem.unknown_ref": (
        '{key} อ้างถึงภาคี "{found}" ซึ่งไม่มีในไฟล์',
        '{key} names stakeholder "{found}", which is not in this file',
    ),
    "fix.unknown_ref": (
        "ใช้รหัสของภาคีที่มีอยู่ในไฟล์ หรือลบรายการนี้",
        "use the id of a stakeholder in this file, or remove this entry",
    ),
    "problem.answer_of": (
        'คำตอบของกลุ่มอ้างถึง "{found}" ซึ่งไม่ใช่ project หรือรหัสของภาคีหรือความสัมพันธ์ในไฟล์',
        'a group\'s answer names "{found}", which is not project nor the id of a stakeholder or tie in this file',
    ),
    "fix.answer_of": (
        "ใช้ project หรือรหัสที่มีอยู่ในไฟล์ (s1, t1) หรือลบคำตอบนี้",
        "use project or an id in this file (s1, t1), or remove this answer",
    ),
    "problem.answer_field": (
        'คำตอบของกลุ่มเป็นของช่อง "{found}" ซึ่ง {of} ไม่มี',
        'a group\'s answer is for the field "{found}", which {of} does not have',
    ),
    "fix.answer_field": (
        "ใช้ชื่อช่องตามที่ไฟล์เขียน เช่น influence หรือ strength",
        "use a field's name as the file writes it, such as influence or strength",
    ),
    "problem.answer_value": (
        'คำตอบ "{found}" ใช้ไม่ได้กับช่อง {field}',
        'the answer "{found}" does not fit the field {field}',
    ),
    "fix.answer_value": (
        "เขียนอย่างที่ไฟล์เขียนช่องนั้น: คะแนน 1 ถึง 5, true หรือ false, คำของตัวเลือก",
        "write it as the file writes that field: a score 1 to 5, true or false, a choice's word",
    ),
    "problem.self_tie": ('ความสัมพันธ์ "{found}" เชื่อมภาคีกับตัวเอง', 'tie "{found}" joins a stakeholder to itself'),
    "fix.self_tie": ("ให้ a และ b เป็นภาคีคนละราย", "make a and b two different stakeholders"),
    "problem.duplicate_tie": (
        "ความสัมพันธ์ระหว่าง {first_end} และ {second_end} ซ้ำกับบรรทัด {first}",
        "a tie between {first_end} and {second_end} is already on line {first}",
    ),
    "fix.duplicate_tie": ("รวมเป็นความสัมพันธ์เดียว", "merge them into one tie"),
    "where.snapshot": ("บันทึกสภาพเครือข่าย [[snapshots]]", "a snapshot [[snapshots]]"),
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
    "save.too_big": (
        "ไม่บันทึก {path}: ไฟล์จะใหญ่ {size} MB เกินขนาดที่เปิดได้ ({limit} MB) อยู่ {over} MB",
        "{path} not written: it would be {size} MB, {over} MB over the {limit} MB a workbook may be",
    ),
    "fix.save_too_big": (
        "แบ่งเป็นหลายสมุดงาน หรือย่อข้อความยาว ๆ",
        "split it into several workbooks, or shorten the longest texts",
    ),
    "save.failed": ("บันทึก {path} ไม่ได้: {reason}", "could not save {path}: {reason}"),
    "save.stuck": (
        "{path} ยังไม่ตอบ จึงยังบันทึกไม่ได้ (กด ctrl+q อีกครั้งเพื่อออก)",
        "{path} is not answering, so it cannot be saved yet (ctrl+q again quits)",
    ),
    "save.slow": (
        "การบันทึก {path} ใช้เวลานานผิดปกติ (โฟลเดอร์บนเครือข่าย?) ระหว่างรอ",
        "saving {path} is taking unusually long (a network folder?); meanwhile",
    ),
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
    "merge.cli.help": (
        "รวมสมุดงานของหลายกลุ่มเป็นเล่มเดียว (ภาคีชื่อเดียวกันเป็นคนเดียวกัน ชื่อที่น่าจะเป็นคนเดียวกันให้ผู้นำกระบวนการยืนยัน)",
        "merge several groups' workbooks into one (the same name is one stakeholder;"
        " names that are likely one are for the facilitator to confirm)",
    ),
    "merge.cli.files": ("สมุดงานของแต่ละกลุ่ม ชื่อไฟล์คือชื่อกลุ่ม", "each group's workbook; its file name names the group"),
    "merge.cli.output": ("สมุดงานใหม่ที่รวมแล้ว (ต้องยังไม่มีไฟล์นี้)", "the new merged workbook (must not exist yet)"),
    "merge.cli.dry_run": (
        "ไม่เขียนไฟล์ พิมพ์ตารางชื่อที่น่าจะเป็นภาคีเดียวกัน (CSV) ให้แก้ช่องสุดท้ายเป็น yes หรือ no",
        "write nothing; print the names likely to be one stakeholder as CSV, to mark yes or no in the last column",
    ),
    "merge.cli.matches": (
        "ตารางที่ยืนยันแล้ว (จาก --dry-run) แถวที่ตอบ yes รวมเป็นภาคีเดียวกัน",
        "the confirmed table (from --dry-run): rows marked yes are merged into one stakeholder",
    ),
    "merge.cli.no_output": (
        "บอกไฟล์ที่จะเขียนด้วย -o ALL.toml (หรือใช้ --dry-run เพื่อดูก่อน)",
        "name the file to write with -o ALL.toml (or look first with --dry-run)",
    ),
    "merge.cli.bad_group": (
        "ชื่อไฟล์ {path} ใช้เป็นชื่อกลุ่มไม่ได้ (มีอักขระที่มองไม่เห็น หรือยาวเกินไป) — เปลี่ยนชื่อไฟล์",
        "the name of {path} cannot name a group (a hidden character, or too long) — rename the file",
    ),
    "merge.cli.not_written": ("ไม่ได้เขียน {path}", "{path} was not written"),
    "merge.cli.same_group": (
        "{first} และ {second} ให้ชื่อกลุ่ม {group} เหมือนกัน — เปลี่ยนชื่อไฟล์หนึ่งให้ต่างกัน",
        "{first} and {second} both name the group {group} — rename one of the files",
    ),
    "merge.cli.counts": (
        "{groups} กลุ่ม: ภาคีเข้า {stakeholders_in} ออก {stakeholders_out} · ความสัมพันธ์เข้า {ties_in} ออก {ties_out}"
        " · คำตอบที่ต่างกัน {spreads} ข้อ (ดูในรายงาน)",
        "{groups} groups: stakeholders in {stakeholders_in}, out {stakeholders_out} · ties in {ties_in}, out {ties_out}"
        " · answers that differ: {spreads} (see the report)",
    ),
    "merge.cli.ties_joined": (
        "ความสัมพันธ์ {count} เส้นเชื่อมภาคีที่ยืนยันว่าเป็นคนเดียวกัน จึงไม่ได้นับ",
        "ties between two names confirmed as one stakeholder, not kept: {count}",
    ),
    "merge.cli.snapshots_left": (
        "บันทึกสภาพเครือข่าย {count} ชุดอยู่ในสมุดงานของแต่ละกลุ่ม (รหัสในเล่มรวมเปลี่ยนไป)",
        "snapshots that stay in each group's own workbook (the merged ids differ): {count}",
    ),
    "merge.cli.pending": (
        "ชื่อ {count} คู่น่าจะเป็นภาคีเดียวกัน ยังแยกกันอยู่ — ดูด้วย phakhi merge {files} --dry-run แล้วยืนยันด้วย --matches",
        "pairs of names likely one stakeholder, kept apart: {count} — list them with"
        " phakhi merge {files} --dry-run and confirm with --matches",
    ),
    "merge.cli.matches_unread": ("อ่าน {path} ไม่ได้: {reason}", "cannot read {path}: {reason}"),
    "merge.cli.matches_heading": (
        "{path}:1: บรรทัดแรกต้องเป็น {columns} (ตารางจาก --dry-run)",
        "{path}:1: the first line must be {columns} (the table --dry-run prints)",
    ),
    "merge.cli.matches_short": (
        "{path}:{line}: แถวนี้มีไม่ครบทุกช่อง {columns}",
        "{path}:{line}: this row does not have every column of {columns}",
    ),
    "merge.confirm.heading": (
        "ชื่อ {count} คู่นี้น่าจะเป็นภาคีเดียวกัน: y ใช่ คนเดียวกัน, n ไม่ใช่ แล้วกด Enter เพื่อรวม (ที่ไม่ได้ตอบจะแยกกันไว้)",
        "Pairs of names likely one stakeholder ({count}): y for the same, n for two,"
        " then Enter to merge (what is not answered stays two)",
    ),
    "merge.confirm.name": ("ชื่อ", "Name"),
    "merge.confirm.same_as": ("น่าจะเป็นคนเดียวกับ", "Likely the same as"),
    "merge.confirm.why": ("เพราะ", "Why"),
    "merge.confirm.answer": ("คำตอบ", "Answer"),
    "merge.confirm.open": ("ยังไม่ตอบ", "not yet"),
    "merge.confirm.same": ("คนเดียวกัน", "one"),
    "merge.confirm.apart": ("คนละคน", "two"),
    "merge.confirm.key_same": ("คนเดียวกัน", "Same"),
    "merge.confirm.key_apart": ("คนละคน", "Two"),
    "merge.confirm.key_merge": ("รวม", "Merge"),
    "merge.cli.left": ("ออกโดยไม่ได้รวม ไม่ได้เขียนไฟล์ใด", "left without merging; no file was written"),
    "workshop.cli.help": (
        "ห้องเวิร์กช็อป: สมุดงานของแต่ละกลุ่มในโฟลเดอร์ เปิดผ่านเบราว์เซอร์ด้วยลิงก์ของกลุ่ม และหน้าจอรวมของผู้นำกระบวนการ",
        "the workshop room: a workbook for each group in FOLDER, each opened in a browser by its group's link,"
        " and the facilitator's view of them all",
    ),
    "workshop.cli.folder": ("โฟลเดอร์ของห้อง (สร้างให้ถ้ายังไม่มี)", "the room's folder (made if it is not there)"),
    "workshop.cli.groups": ("จำนวนกลุ่ม", "how many groups"),
    "workshop.cli.port": (
        "พอร์ตของกลุ่มแรก กลุ่มถัดไปใช้พอร์ตถัดไป",
        "the first group's port; the next groups take the ports after it",
    ),
    "workshop.cli.title": ("ชื่อโครงการในสมุดงานใหม่ของแต่ละกลุ่ม", "the project title of each group's new workbook"),
    "workshop.no_folder": (
        "สร้างสมุดงานของกลุ่มใน {folder} ไม่ได้ ({reason}) — ระบุโฟลเดอร์ที่เขียนได้ หรือโฟลเดอร์ใหม่",
        "cannot make the groups' workbooks in {folder} ({reason}) — name a folder you can write to, or a new one",
    ),
    "workshop.open": (
        "ทุกคนในเครือข่ายที่มีลิงก์ของกลุ่มแก้ไขสมุดงานของกลุ่มนั้นได้",
        "anyone on the network with a group's link can edit that group's workbook",
    ),
    "room.heading": ("ห้องเวิร์กช็อป {folder} · {groups} กลุ่ม", "Workshop room {folder} · {groups} groups"),
    "room.col.group": ("กลุ่ม", "Group"),
    "room.col.steps": ("ขั้นที่เสร็จ", "Steps done"),
    "room.col.stakeholders": ("ภาคี", "Stakeholders"),
    "room.col.ties": ("ความสัมพันธ์", "Ties"),
    "room.not_read": ("กำลังบันทึก หรืออ่านไม่ได้", "saving, or cannot be read"),
    "room.merged": (
        "รวมทุกกลุ่ม: ภาคี {stakeholders} · ความสัมพันธ์ {ties} · คำตอบที่ต่างกัน {spreads} · ชื่อที่รอยืนยัน {likely}",
        "All groups merged: stakeholders {stakeholders} · ties {ties} · answers that differ {spreads}"
        " · names to confirm {likely}",
    ),
    "room.likely": ("รอยืนยัน: {name} = {same_as} ?", "to confirm: {name} = {same_as}?"),
    "room.most_tied": ("เชื่อมโยงมากที่สุด: {names}", "Most tied: {names}"),
    "room.key_code": ("ลิงก์ QR", "Link QR"),
    "room.key_map": ("ผังรวม", "Merged map"),
    "room.key_write": ("บันทึกเล่มรวม", "Write the merge"),
    "room.key_timer": ("จับเวลา", "Timer"),
    "room.written": ("เขียนสมุดงานรวมทุกกลุ่มไว้ที่ {path} แล้ว", "wrote the groups' workbooks merged to {path}"),
    "room.drawing": ("กำลังวาดผังของทุกกลุ่มรวมกัน…", "Drawing the groups' network merged…"),
    "room.code": ("{group} เปิดที่ {link}", "{group} opens at {link}"),
    "room.no_link": (
        "ไม่ได้เปิดผ่านเบราว์เซอร์ (ต้องติดตั้ง serve) กลุ่มนี้เปิดด้วย phakhi {path}",
        "not served to browsers (the serve extra is missing); this group opens with phakhi {path}",
    ),
    "merge.why.abbreviation": ("คำย่อ", "abbreviation"),
    "merge.why.spelling": ("สะกดใกล้กัน", "near spelling"),
    "history.cli.snapshot": (
        "บันทึกสภาพเครือข่ายวันนี้ (ภาคี ความสัมพันธ์ และค่าหลัก) ไว้ในสมุดงาน",
        "keep a dated snapshot of the network (stakeholders, ties, main measures) in the workbook",
    ),
    "history.cli.label": ("ชื่อของบันทึกนี้ เช่น ก่อนประชุมเดือนมีนาคม", "the snapshot's label, e.g. before the March meeting"),
    "history.cli.date": ("วันที่ของบันทึก (ปกติคือวันนี้)", "the snapshot's day (default: today)"),
    "history.cli.kept": (
        "บันทึกสภาพเครือข่าย {label} ({day}) ไว้ใน {path} แล้ว",
        "kept the snapshot {label} ({day}) in {path}",
    ),
    "history.cli.diff": (
        "บอกเป็นคำว่าเครือข่ายเปลี่ยนไปอย่างไร ระหว่างสมุดงานสองไฟล์ หรือตั้งแต่บันทึกหนึ่ง (--since)",
        "say in words what changed in the network: between two workbooks, or since a snapshot (--since)",
    ),
    "history.cli.old": (
        "สมุดงานเดิม (หรือสมุดงานที่มีบันทึก เมื่อใช้ --since)",
        "the older workbook (or the one with the snapshot, with --since)",
    ),
    "history.cli.new": ("สมุดงานใหม่", "the newer workbook"),
    "history.cli.since": ("ชื่อบันทึกสภาพเครือข่ายที่จะเทียบกับปัจจุบัน", "the label of the snapshot to compare now with"),
    "history.cli.lang": (
        "ภาษาของคำบรรยาย: th หรือ en (ปกติตามสมุดงาน)",
        "the language of the words: th or en (default: the workbook's)",
    ),
    "history.cli.diff_usage": (
        "ใช้ phakhi diff OLD.toml NEW.toml หรือ phakhi diff FILE --since LABEL อย่างใดอย่างหนึ่ง",
        "use either phakhi diff OLD.toml NEW.toml or phakhi diff FILE --since LABEL",
    ),
    "history.cli.no_label": (
        "ไม่มีบันทึกชื่อ {label} ใน {path} (ที่มี: {labels})",
        "no snapshot called {label} in {path} (there are: {labels})",
    ),
    "history.now": ("ปัจจุบัน", "now"),
    "cli.open": ("เปิดสมุดงานในหน้าจอเทอร์มินัล (ค่าเริ่มต้น)", "open a workbook in the terminal screens (the default)"),
    "cli.force": (
        "เขียนทับไฟล์แม้ไฟล์หรือโฟลเดอร์จะตั้งไว้ให้อ่านได้อย่างเดียว",
        "write the file even if it or its folder is set read-only",
    ),
    "cli.low_bandwidth": (
        "โหมดประหยัดข้อมูล: 16 สี ไม่มีภาพเคลื่อนไหว (เปิดเองเมื่อเข้าทาง SSH)",
        "low-bandwidth mode: 16 colours, no animation (on by default over SSH)",
    ),
    "cli.new": ("สร้างสมุดงานใหม่", "create a new workbook"),
    "cli.new_title": ("ชื่อโครงการ", "the project title"),
    "cli.check": ("ตรวจสมุดงาน (0 = ถูกต้อง, 2 = มีปัญหา)", "check workbooks (exit 0 valid, 2 invalid)"),
    "cli.check_files": ("ไฟล์ที่จะตรวจ", "files to check"),
    "cli.quiet": ("ไม่แสดงข้อความเมื่อถูกต้อง", "print nothing for valid files"),
    "cli.created": ("สร้าง {path} แล้ว", "created {path}"),
    "cli.exists": ("{path} มีอยู่แล้ว ไม่เขียนทับ", "{path} already exists; not overwritten"),
    "fix.exists": ("ใช้ชื่อไฟล์อื่น หรือเปิดไฟล์นี้ด้วย phakhi {path}", "choose another name, or open it with: phakhi {path}"),
    "cli.valid": (
        "{path}: ถูกต้อง (ภาคี {stakeholders}, ความสัมพันธ์ {ties})",
        "{path}: valid ({stakeholders} stakeholders, {ties} ties)",
    ),
    "analysis.failed": (
        "คำนวณผลวิเคราะห์ไม่สำเร็จ ({reason}) — ข้อมูลบันทึกแล้ว ส่วน [analysis] ในไฟล์ยังระบุว่ากำลังคำนวณ",
        "The analysis could not be worked out ({reason}) — the entries are saved; the file's [analysis] still says it is on its way",
    ),
    "cli.analysis_stale": (
        "{path}: ส่วน [analysis] เป็นผลวิเคราะห์ของข้อมูลชุดก่อน (มีการแก้ไฟล์ภายหลัง) — ภาคีจะเขียนใหม่เมื่อบันทึกครั้งถัดไป หรือดูผลปัจจุบันด้วย phakhi report",
        "{path}: the [analysis] section describes earlier entries (the file was edited since) — Phakhi writes it again at the next save; phakhi report shows the current one",
    ),
    "cli.analysis_pending": (
        "{path}: ส่วน [analysis] ยังคำนวณไม่เสร็จตอนบันทึก — ภาคีจะเขียนเมื่อบันทึกครั้งถัดไป หรือดูผลด้วย phakhi report",
        "{path}: the [analysis] section was still being worked out when this was saved — Phakhi writes it at the next save; phakhi report shows it",
    ),
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
    "field.stakeholder.left": ("วันที่ออกจากเครือข่าย", "Left the network on"),
    "field.stakeholder.left_reason": ("เหตุที่ออกจากเครือข่าย", "Why they left"),
    "field.stakeholder.named_by": ("กลุ่มที่กล่าวถึง", "Named by"),
    # --- field labels: ties (step 4) ----------------------------------------
    "field.tie.id": ("รหัส", "Id"),
    "field.tie.a": ("ภาคีฝั่งหนึ่ง", "One end"),
    "field.tie.b": ("ภาคีอีกฝั่ง", "Other end"),
    "field.tie.strength": ("ความแน่นแฟ้น", "Strength"),
    "field.tie.relation": ("ความสัมพันธ์ในเครือข่าย", "Kind of relationship"),
    "field.tie.form": ("ลักษณะการเชื่อมโยง", "Form of the tie"),
    "field.tie.frequency": ("ความถี่", "Frequency"),
    "field.tie.duration": ("ช่วงเวลา", "Duration"),
    "field.tie.trust": ("ความไว้วางใจ 1-5", "Trust 1-5"),
    "field.tie.trust_note": ("บันทึกความไว้วางใจ", "Trust note"),
    "field.tie.notes": ("หมายเหตุ", "Notes"),
    "field.tie.ended": ("วันที่ความสัมพันธ์สิ้นสุด", "Ended on"),
    "field.tie.named_by": ("กลุ่มที่กล่าวถึง", "Named by"),
    # --- field labels: the plan (ใบงาน Network 4) -----------------------------
    "field.plan.shared_vision": ("วิสัยทัศน์ร่วม", "Shared vision"),
    "field.plan.our_group": ("กลุ่มของเรา", "Our group"),
    "field.plan.our_stakeholder": ("ภาคีที่เป็นกลุ่มของเรา", "Our group's stakeholder"),
    "field.plan.rows": ("แถวของแผน", "Plan rows"),
    "field.plan_row.id": ("รหัส", "Id"),
    "field.plan_row.group": ("กลุ่ม", "Group"),
    "field.lesson.id": ("รหัส", "Id"),
    "field.lesson.case": ("กรณีศึกษา", "Case"),
    "field.lesson.drawing_in": (
        "1. การดึงคน กลุ่มคน ภาคีเครือข่ายเข้ามาร่วมพัฒนา สร้างการเปลี่ยนแปลง",
        "1. How people, groups and partners were drawn in to develop and change things",
    ),
    "field.lesson.keeping": (
        "2. บริหารยังไงให้ภาคีเครือข่ายเหล่านี้ยังคงทำงานร่วมกันอยู่",
        "2. How the partners were managed so that they still work together",
    ),
    "field.lesson.leadership": (
        "3. ภาวะผู้นำอะไรบ้างที่จำเป็นต้องนำมาใช้ในการทำงานกับภาคีเครือข่ายเพื่อการพัฒนาที่ยั่งยืน",
        "3. The leadership that working with partners for lasting development needs",
    ),
    "field.lesson.notes": ("หมายเหตุ", "Notes"),
    "field.plan_row.stakeholder": ("ภาคี", "Stakeholder"),
    "field.plan_row.current": ("ความสัมพันธ์เดิม", "Current relationship"),
    "field.plan_row.current_via": ("ผ่าน", "Through"),
    "field.plan_row.target": ("ความสัมพันธ์ใหม่", "New relationship"),
    "field.plan_row.our_benefit": ("ประโยชน์เรา/แลกเปลี่ยน", "Our benefit / what we exchange"),
    "field.plan_row.their_benefit": ("ประโยชน์เพื่อน", "Their benefit"),
    "field.plan_row.methods": ("วิธีการ", "Methods"),
    "field.plan_row.owner": ("ผู้รับผิดชอบ", "Owner"),
    "field.plan_row.review_date": ("วันทบทวน", "Review date"),
    "field.plan_row.status": ("สถานะ", "Status"),
    "field.plan_row.log": ("บันทึกการติดตาม", "Follow-up log"),
    "field.plan_row.notes": ("หมายเหตุ", "Notes"),
    "plan_status.not_started": ("ยังไม่เริ่ม", "Not started"),
    "plan_status.in_progress": ("กำลังทำ", "In progress"),
    "plan_status.done": ("สำเร็จ", "Done"),
    "plan_status.stuck": ("ติดขัด", "Stuck"),
    "plan.title": (
        "แผนการขยายเครือข่ายข้ามประเด็น จังหวัดเดียวกัน",
        "Plan to expand the network across issues in one province",
    ),
    # The planning table's headings: a line break where a heading may wrap
    # (between whole words), so a column is never narrower than a line.
    "plan.heading.group": ("กลุ่ม", "Group"),
    "plan.heading.current": ("ความสัมพันธ์\nเดิม", "Current\nrelationship"),
    "plan.heading.target": ("ความสัมพันธ์\nใหม่", "New\nrelationship"),
    "plan.heading.our_benefit": ("ประโยชน์เรา/\nแลกเปลี่ยน", "Our benefit/\nexchange"),
    "plan.heading.their_benefit": ("ประโยชน์\nเพื่อน", "Their\nbenefit"),
    "plan.heading.methods": ("วิธีการ", "Methods"),
    "plan.heading.status": ("สถานะ", "Status"),
    "plan.heading.owner": ("ผู้รับผิดชอบ", "Owner"),
    "plan.heading.review_date": ("วันทบทวน", "Review\ndate"),
    # --- the step screens -------------------------------------------------
    "steps.bar": ("ขั้นที่ {number}/7", "Step {number}/7"),
    "steps.complete": ("ครบแล้ว", "complete"),
    "steps.todo": ("ยังต้องทำ: {items}", "Still to do: {items}"),
    "steps.who": ("{items} (ยังขาด {names})", "{items} (still: {names})"),
    "steps.who_more": ("{names} และอีก {count} ราย", "{names} and {count} more"),
    "steps.who_count": ("{count} ราย", "{count} of them"),
    "steps.missing.title": ("ใส่ชื่อโครงการ", "enter the project title"),
    "steps.missing.objective": ("ใส่วัตถุประสงค์ของการวิเคราะห์", "enter the objective of the analysis"),
    "steps.missing.sector.people": ("ภาคประชาชนยังไม่มีรายชื่อ", "no stakeholder from the people sector yet"),
    "steps.missing.sector.academic": ("ภาควิชาการยังไม่มีรายชื่อ", "no stakeholder from the academic sector yet"),
    "steps.missing.sector.government": ("ภาครัฐยังไม่มีรายชื่อ", "no stakeholder from the government sector yet"),
    "steps.missing.stakeholders": ("ยังไม่มีรายชื่อผู้มีส่วนได้ส่วนเสีย (ขั้นที่ 2)", "no stakeholders yet (step 2)"),
    "steps.missing.study": ("ศึกษาภาคีสำคัญให้ครบ", "study the key stakeholders"),
    "steps.missing.ties": ("ยังไม่มีความสัมพันธ์ระหว่างผู้มีส่วนได้ส่วนเสีย", "no ties between stakeholders yet"),
    "steps.missing.scores": ("ให้คะแนนอิทธิพลและความสนใจให้ครบทุกราย", "score influence and interest for everyone"),
    "steps.missing.approach": ("ระบุวิธีเข้าหาผู้เล่นหลักให้ครบทุกราย", "enter how to approach each key player"),
    "key.next_step": ("ขั้นถัดไป", "Next step"),
    "key.previous_step": ("ขั้นก่อนหน้า", "Previous step"),
    "key.go_step": ("ไปขั้นที่…", "Go to step…"),
    "key.home": ("หน้าแรก", "Home"),
    "key.remove": ("ลบ", "Remove"),
    "key.left": ("ออกจากเครือข่าย/กลับ", "Left / back"),
    "key.tie_ended": ("สิ้นสุด/กลับมา", "Ended / again"),
    "key.trust": ("ความไว้วางใจ", "Trust"),
    "ties.trust": ("ไว้วางใจ {score}", "trust {score}"),
    "mark.left": ("ออกแล้ว {day}", "left {day}"),
    "mark.ended": ("สิ้นสุด {day}", "ended {day}"),
    "day.label": ("วันที่ (ปปปป-ดด-วว ปี ค.ศ.)", "Day (YYYY-MM-DD)"),
    "day.reason": ("เหตุที่ออก", "Why they left"),
    "day.not_a_day": ("วันที่ไม่ถูกต้อง เขียนแบบ 2026-03-01", "Not a day: write it as 2026-03-01"),
    "left.title": ("{name} ออกจากเครือข่าย", "{name} leaves the network"),
    "left.back": ("{name} กลับเข้าเครือข่ายแล้ว", "{name} is back in the network"),
    "tie_end.title": ("ความสัมพันธ์ {a} – {b} สิ้นสุด", "The tie {a} – {b} ends"),
    "tie_end.again": ("ความสัมพันธ์กลับมามีอีกครั้ง", "The tie holds again"),
    "key.kind": ("เปลี่ยนประเภท", "Change kind"),
    "key.rename": ("แก้ชื่อ", "Rename"),
    "key.move_sector": ("ย้ายภาค", "Move sector"),
    "key.none_here": ("ไม่มีในภาคนี้", "None in this sector"),
    "key.table_view": ("ตาราง/ฟอร์ม", "Table/form"),
    "study.empty": ("ยังไม่มีผู้มีส่วนได้ส่วนเสีย เพิ่มรายชื่อในขั้นที่ 2", "No stakeholders yet: add them in step 2"),
    "key.add_tie": ("เพิ่มความสัมพันธ์", "Add tie"),
    "pick.filter": ("พิมพ์เพื่อค้นหา", "type to search"),
    "pick.tie_with": ("ความสัมพันธ์ของ {name} กับ…", "Tie {name} with…"),
    "pick.type_new": ("ไม่มีในรายชื่อ: พิมพ์ชื่อเพื่อเพิ่ม", "Not listed: type the name to add it"),
    "our_group.pick_title": ("กลุ่มของเราคือใคร (เลือกจากรายชื่อ หรือเพิ่ม)", "Which is our group? (choose, or add us)"),
    "our_group.add": ("+ ยังไม่มีในรายชื่อ: เพิ่ม “{name}” เป็นกลุ่มของเรา", "+ None of these yet: add “{name}” as our group"),
    "our_group.is": ("กลุ่มของเรา: {name} ({key} เปลี่ยน)", "Our group: {name} ({key} changes it)"),
    "our_group.none": (
        "กลุ่มของเรา: (ยังไม่ได้เลือก กด {key} เพื่อเลือกหรือเพิ่ม)",
        "Our group: (not chosen yet: {key} chooses or adds it)",
    ),
    "key.our_group": ("กลุ่มเรา", "Our group"),
    "ties.of": ("ความสัมพันธ์ของ {name} ({count})", "Ties of {name} ({count})"),
    "ties.none": ("ยังไม่มีความสัมพันธ์ กด {key} เพื่อเพิ่ม", "No ties yet: press {key} to add one"),
    "key.score": ("ให้คะแนนนี้", "Give this score"),
    "key.clear_score": ("ลบคะแนน", "Clear score"),
    "key.toggle": ("เลือก/ไม่เลือก", "Tick or untick"),
    "key.next_row": ("แถวถัดไป", "Next row"),
    "power.help": (
        "เลื่อนไปที่ช่องคะแนนแล้วกด {scores} · ช่องกลุ่มและที่มาของอำนาจ กด {toggle}",
        "On a score, press {scores} · on a group or power base, press {toggle}",
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
        "ผู้เล่นหลัก: {toggle} สลับ ตามตาราง → ใช่ → ไม่ใช่ (★ ใช่, ★! ใช่โดยผู้ใช้, ✗ ไม่ใช่โดยผู้ใช้)",
        "Key player: {toggle} cycles as the grid says → yes → no (★ yes, ★! yes by you, ✗ no by you)",
    ),
    "key.key_players_only": ("เฉพาะผู้เล่นหลัก", "Key players only"),
    "power.influence": ("อิทธิพล", "Infl."),
    "power.interest": ("สนใจ", "Int."),
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
    "command.help_help": (
        "ปุ่มทุกปุ่มของหน้าจอที่เปิดอยู่ และสิ่งที่แต่ละปุ่มทำ",
        "Every key of the screen you are on, and what it does",
    ),
    "command.quit": ("ออก", "Quit"),
    "command.quit_help": ("บันทึกงานที่ยังไม่บันทึก แล้วออกจากโปรแกรม", "Save what is not saved yet, then quit"),
    "command.theme": ("ชุดสี", "Theme"),
    "command.theme_help": ("เปลี่ยนชุดสีของหน้าจอ", "Change the colours of the screens"),
    "command.maximize": ("ขยายเต็มจอ", "Maximize"),
    "command.maximize_help": ("ขยายช่องที่เลือกอยู่ให้เต็มหน้าจอ", "Fill the screen with the part that has the cursor"),
    "command.minimize": ("คืนขนาดเดิม", "Minimize"),
    "command.minimize_help": ("คืนช่องที่ขยายอยู่กลับเป็นขนาดปกติ", "Put the maximized part back to its normal size"),
    "command.screenshot": ("ภาพหน้าจอ", "Screenshot"),
    "command.screenshot_help": ("บันทึกภาพหน้าจอนี้เป็นไฟล์ SVG", "Save a picture of this screen as an SVG file"),
    "command.search": ("ค้นหาคำสั่ง…", "Search for commands…"),
    "command.search_theme": ("ค้นหาชุดสี…", "Search for themes…"),
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
    # --- recovery copies and save faults (issue 9: dropped link / crash) ----
    "edit.restore": ("กู้คืนงานจากสำเนา", "restore the recovery copy"),
    "recovery.title": ("พบงานที่ยังไม่ได้บันทึกลงไฟล์", "Unsaved work was found"),
    "recovery.body": (
        "งานที่แก้ไขใน {path} เมื่อ {time} ยังไม่ได้บันทึกลงไฟล์ (โปรแกรมถูกปิดไปก่อน หรือบันทึกไม่ได้) แต่มีสำเนากู้คืนเก็บไว้ จะทำอย่างไร?",
        "Edits made to {path} at {time} never reached the file (the program stopped, or could not save), "
        "but a recovery copy kept them. What now?",
    ),
    "recovery.counts": (
        "สำเนา: ภาคี {copy_stakeholders} ความสัมพันธ์ {copy_ties} · ไฟล์: ภาคี {file_stakeholders} ความสัมพันธ์ {file_ties}",
        "The copy: {copy_stakeholders} stakeholders, {copy_ties} ties · the file: {file_stakeholders} stakeholders, {file_ties} ties",
    ),
    "recovery.restore": ("กู้คืนงานจากสำเนาแล้วบันทึก (ctrl+z เลิกทำได้)", "Restore the copy and save (ctrl+z undoes it)"),
    "recovery.save_as": ("บันทึกสำเนาเป็นไฟล์ใหม่", "Save the copy as a new file"),
    "recovery.keep_file": ("ใช้ไฟล์ตามเดิม (ย้ายสำเนาไปเก็บไว้ที่อื่น)", "Keep the file as it is (the copy is moved aside)"),
    "recovery.later": ("ยังไม่ตัดสินใจ (ถามอีกครั้งเมื่อเปิดครั้งหน้า)", "Decide later (asked again next time)"),
    "recovery.new_name": ("ชื่อไฟล์ใหม่", "New file name"),
    "recovery.restored": ("กู้คืนงานจากสำเนาแล้ว", "The recovery copy was restored"),
    "recovery.saved_as": ("บันทึกสำเนาเป็น {path} แล้ว", "The copy was saved as {path}"),
    "recovery.set_aside": ("ย้ายสำเนาไปเก็บไว้ที่ {path}", "The copy was moved to {path}"),
    "recovery.waiting": (
        "{path}: มีสำเนากู้คืนจาก {time} ที่มีงานซึ่งไม่อยู่ในไฟล์ — เปิดด้วย phakhi {path} เพื่อกู้คืนหรือเก็บแยกไว้",
        "{path}: a recovery copy from {time} holds edits that are not in the file — open it with phakhi {path} to restore it or set it aside",
    ),
    "recovery.kept": (
        "งานของคุณเก็บไว้ในสำเนากู้คืนแล้ว ไม่หายแม้โปรแกรมถูกปิด",
        "your edits are kept in a recovery copy, safe even if the program stops",
    ),
    "recovery.not_kept": (
        "เขียนสำเนากู้คืนไม่ได้ด้วย อย่าปิดโปรแกรมจนกว่าจะบันทึกได้",
        "the recovery copy could not be written either: keep the program open until it can save",
    ),
    "fix.save_no_space": (
        "ไฟล์เดิมยังอยู่ครบ ดิสก์เต็ม: ลบหรือย้ายไฟล์ที่ไม่ใช้เพื่อให้มีพื้นที่ว่าง แล้วบันทึกอีกครั้ง (ในโปรแกรม: ctrl+p แล้วเลือก บันทึกเดี๋ยวนี้)",
        "the previous file is intact; the disk is full: free some space (delete or move files you do not need), "
        "then save again (in the app: ctrl+p, Save now)",
    ),
    "fix.save_denied": (
        "ไฟล์เดิมยังอยู่ครบ ไม่มีสิทธิ์เขียนในโฟลเดอร์นี้: บันทึกเป็นไฟล์ใหม่ในโฟลเดอร์ของคุณ "
        "(ในโปรแกรม: ctrl+p แล้วเลือก บันทึกเป็นไฟล์ใหม่) หรือขอสิทธิ์เขียนจากเจ้าของโฟลเดอร์",
        "the previous file is intact; this folder cannot be written: save elsewhere, in a folder of yours "
        "(in the app: ctrl+p, Save as a new file), or ask the folder's owner for write permission",
    ),
    "command.save_as": ("บันทึกเป็นไฟล์ใหม่", "Save as a new file"),
    "command.export": ("ส่งออก: {name}", "Export: {name}"),
    "command.picture": ("ภาพ PNG: {name}", "Picture (PNG): {name}"),
    "command.export_redacted": ("ส่งออก ปิดข้อมูลการติดต่อ: {name}", "Export without contacts: {name}"),
    "command.picture_redacted": ("ภาพ PNG ปิดข้อมูลการติดต่อ: {name}", "Picture (PNG) without contacts: {name}"),
    "output.format.graphml": ("GraphML สำหรับ Gephi, yEd", "GraphML (Gephi, yEd)"),
    "output.format.gexf": ("GEXF สำหรับ Gephi", "GEXF (Gephi)"),
    "output.format.csv": ("CSV (Kumu และแผน)", "CSV (Kumu, and the plan)"),
    "output.format.dot": ("DOT สำหรับ Graphviz", "DOT (Graphviz)"),
    "output.format.json": ("JSON ทั้งสมุดงาน", "JSON (the whole workbook)"),
    "output.format.md": ("รายงาน Markdown", "report as Markdown"),
    "output.format.html": ("รายงาน HTML (พิมพ์จากเบราว์เซอร์ได้)", "report as HTML (to print from a browser)"),
    "output.file": ("ชื่อไฟล์ที่จะเขียน (Enter เขียน, Esc ยกเลิก)", "the file to write (Enter writes, Esc cancels)"),
    "output.writing": ("กำลังเขียน {path}…", "writing {path}…"),
    "output.written": ("เขียน {paths} แล้ว", "wrote {paths}"),
    "output.not_written": (
        "เขียน {path} ไม่ได้: {reason} — เลือกโฟลเดอร์ที่เขียนได้แล้วลองใหม่",
        "could not write {path}: {reason} — choose a folder you can write to and try again",
    ),
    "output.same_file": (
        "{path} คือสมุดงานเอง จึงไม่เขียนทับ — ใช้ชื่อไฟล์อื่น",
        "{path} is the workbook itself; not overwritten — give another name",
    ),
    "command.timer.start": ("จับเวลา {name} {minutes} นาที", "Timer: {name}, {minutes} min"),
    "command.timer.minutes": ("จับเวลา {minutes} นาที", "Timer: {minutes} min"),
    "command.timer.pause": ("จับเวลา: พัก", "Timer: pause"),
    "command.timer.resume": ("จับเวลา: เดินต่อ", "Timer: resume"),
    "command.timer.stop": ("จับเวลา: เลิก", "Timer: stop"),
    "timer.activity.worksheet_1": ("ใบงาน 1", "Worksheet 1"),
    "timer.activity.worksheet_1_names": ("ใบงาน 1 ข้อ 1", "Worksheet 1, part 1"),
    "timer.activity.worksheet_1_groups": ("ใบงาน 1 ข้อ 2", "Worksheet 1, part 2"),
    "timer.activity.worksheet_1_quadrants": ("ใบงาน 1 ข้อ 3", "Worksheet 1, part 3"),
    "timer.activity.worksheet_3": ("ใบงาน ๓", "Worksheet 3"),
    "timer.activity.network_4": ("ใบงาน Network 4", "Network 4"),
    "timer.activity.network_4_situation": ("ใบงาน Network 4 สถานการณ์", "Network 4, the situation"),
    "timer.named": ("จับเวลา", "Timer"),
    "timer.minutes": ("{minutes} นาที", "{minutes} min"),
    "timer.over": ("⏰ {name} หมดเวลา", "⏰ {name}: time's up"),
    "command.snapshot": ("บันทึกสภาพเครือข่ายวันนี้", "Keep a snapshot of the network today"),
    "snapshot.kept": (
        "บันทึกสภาพเครือข่าย {label} ไว้แล้ว (ctrl+z เพื่อเลิกทำ · phakhi diff --since เพื่อดูว่าเปลี่ยนไปอย่างไร)",
        "Kept the snapshot {label} (ctrl+z takes it back · phakhi diff --since says what changed)",
    ),
    "save_as.title": ("บันทึกเป็นไฟล์ใหม่", "Save as a new file"),
    "save_as.save_as": ("บันทึกลงไฟล์ชื่อด้านล่าง", "Save to the file named below"),
    "save_as.new_name": ("ชื่อไฟล์ใหม่ (Tab เพื่อแก้)", "New file name (Tab to change it)"),
    "save_as.body": (
        "งานทั้งหมดจะบันทึกลงไฟล์ใหม่ และแก้ไขต่อในไฟล์นั้น ไฟล์เดิมไม่ถูกแตะต้อง (Enter บันทึก, Esc ยกเลิก)",
        "All the work is written to a new file, and later edits go there; the old file is left as it is (Enter saves, Esc cancels)",
    ),
    "status.read_only": ("อ่านอย่างเดียว", "Read-only"),
    "read_only.title": ("ไฟล์นี้อ่านได้อย่างเดียว", "This file is read-only"),
    "read_only.body": (
        "{path} ห้ามเขียน (สิทธิ์ของไฟล์หรือโฟลเดอร์) งานที่แก้ไขจะไม่บันทึกทับไฟล์นี้ แต่เก็บไว้ในสำเนากู้คืนจนกว่าจะบันทึกเป็นไฟล์ใหม่ จะทำอย่างไร?",
        "{path} may not be written (the file's or its folder's permissions). Edits will not be saved over it; "
        "they are kept in a recovery copy until you save them as a new file. What now?",
    ),
    "read_only.save_as": ("บันทึกเป็นไฟล์ใหม่ แล้วแก้ไขต่อในไฟล์นั้น", "Save as a new file and go on there"),
    "read_only.overwrite": ("เขียนทับไฟล์นี้ (ฉันตั้งใจ)", "Write to this file anyway (my choice)"),
    "read_only.later": ("อ่านอย่างเดียวไปก่อน", "Just read it for now"),
    "read_only.new_name": ("ชื่อไฟล์ใหม่ (Tab เพื่อแก้)", "New file name (Tab to change it)"),
    "read_only.writable": ("จะบันทึกทับ {path} ตามที่เลือก", "{path} will be written, as you chose"),
    "save.read_only": (
        "{path} อ่านได้อย่างเดียว จึงไม่บันทึกทับ",
        "{path} is read-only, so it was not written",
    ),
    "fix.read_only": (
        "บันทึกเป็นไฟล์ใหม่ (ctrl+p แล้วเลือก บันทึกเป็นไฟล์ใหม่) หรือเปิดด้วย phakhi ไฟล์ --force เพื่อเขียนทับ",
        "save as a new file (ctrl+p, Save as a new file), or open it with phakhi FILE --force to write it anyway",
    ),
    "last_resort.written": (
        "บันทึก {path} ไม่ได้ และเขียนสำเนากู้คืนไม่ได้ด้วย งานที่แก้ไขอยู่ใน {copy} (อ่านได้เฉพาะคุณ) "
        "เปิดด้วย phakhi {copy} แล้วบันทึกเป็นไฟล์ใหม่",
        "{path} could not be saved, nor a recovery copy: your edits are in {copy} (readable only by you); "
        "open it with phakhi {copy} and save it as a new file",
    ),
    "last_resort.dumped": (
        "บันทึก {path} ไม่ได้ และเขียนสำเนาที่ใดไม่ได้เลย งานที่แก้ไขอยู่ด้านล่างนี้ (TOML) คัดลอกไปบันทึกเป็นไฟล์:",
        "{path} could not be saved, nor a copy anywhere: your edits follow as a workbook (TOML); copy them into a file:",
    ),
    # (end of recovery copies and save faults)
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
    "plan.flag.review_passed": ("{name}: เลยวันทบทวนแล้ว", "{name}: the review date has passed"),
    "plan.flag.no_recent_entry": (
        "{name}: ไม่มีบันทึกการติดตามมา {weeks} สัปดาห์แล้ว",
        "{name}: no follow-up entry for {weeks} weeks",
    ),
    "plan.flag.no_our_group": (
        "ยังไม่ได้เลือกกลุ่มของเราจากรายชื่อภาคี ความสัมพันธ์เดิมจึงยังอ่านจากผังไม่ได้",
        "our group is not chosen from the stakeholders yet, so no current relationship can be read off the map",
    ),
    "plan.vision": ("วิสัยทัศน์ร่วม: {text}", "Shared vision: {text}"),
    "plan.no_vision": ("วิสัยทัศน์ร่วม: (ยังไม่มี กด {key} เพื่อเขียน)", "Shared vision: (none yet: press {key} to write one)"),
    "plan.our_row": ("(กลุ่มของเรา)", "(our group)"),
    "plan.choose_ours": ("(เลือกกลุ่มเรา {key})", "(choose us: {key})"),
    "plan.current_unknown": ("? (เลือกกลุ่มเราก่อน)", "? (choose us first)"),
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
    "key.add_row": ("เพิ่มแถว", "Add row"),
    "key.add_key_players": ("เพิ่มผู้เล่นหลักทั้งหมด", "Add all key players"),
    "key.sort": ("เรียง", "Sort"),
    "key.filter": ("กรอง", "Filter"),
    "key.vision": ("วิสัยทัศน์", "Vision"),
    "key.move_up": ("เลื่อนขึ้น", "Move up"),
    "key.move_down": ("เลื่อนลง", "Move down"),
    "mapscreen.drawing": ("กำลังวาดผัง…", "Drawing the map…"),
    "mapscreen.clustering": ("กำลังหากลุ่มย่อยของเครือข่าย…", "Working out the clusters…"),
    "mapscreen.no_clusters": (
        "หากลุ่มย่อยของเครือข่ายไม่ได้ ({reason}) จึงวาดผังโดยไม่แบ่งกลุ่ม",
        "The clusters could not be worked out ({reason}): the map is drawn without them.",
    ),
    "mapscreen.status": (
        "มุมมอง: {view} · ซูม {zoom} · ภาค: {sector} · ความสัมพันธ์: {ties} · เน้น: {highlight}",
        "View: {view} · zoom {zoom} · sector: {sector} · ties: {ties} · showing: {highlight}",
    ),
    "mapscreen.since": (
        "นับจาก {label} ({day}): {mark} ใหม่ {new} ราย ความสัมพันธ์ใหม่ {new_ties} เส้น ที่หายไป {gone_ties} เส้น",
        "Since {label} ({day}): {mark} {new} new, {new_ties} new ties, {gone_ties} ties gone",
    ),
    "mapscreen.gone": ("หายไป ไม่อยู่ในผัง: {names}", "Gone, not on the map: {names}"),
    "mapscreen.since_nothing": (
        "นับจาก {label} ({day}): ไม่มีภาคีหรือความสัมพันธ์ที่เข้ามาใหม่หรือหายไป",
        "Since {label} ({day}): nothing new and nothing gone",
    ),
    "mapscreen.selected": ("เลือก: {name} · เส้นที่เน้นสี: {lines}", "Selected: {name} · its lines lit: {lines}"),
    "mapscreen.tied_clusters": (
        "· กลุ่มย่อยที่มีความสัมพันธ์ด้วย: {clusters} (ลากเส้นเฉพาะคู่ที่มากที่สุด)",
        "· clusters it has ties with: {clusters} (lines for the busiest pairs only)",
    ),
    "mapscreen.zoom.fit": ("พอดีจอ", "to fit"),
    "mapscreen.zoom.times": ("{factor} เท่า", "×{factor}"),
    "mapscreen.zoom.numbers": ("เลขแทนชื่อ", "numbers for names"),
    "mapscreen.zoom.numbers_unfit": ("เลขแทนชื่อ ยังใหญ่เกินจอ", "numbers for names, still too big"),
    "mapscreen.all": ("ทั้งหมด", "all"),
    "mapscreen.strong": ("แน่นแฟ้นเท่านั้น", "tight only"),
    "mapscreen.weak": ("หลวม ๆ เท่านั้น", "loose only"),
    "mapscreen.none": ("ไม่เน้น", "none"),
    "mapscreen.view.full": ("ทั้งผัง", "whole map"),
    "mapscreen.view.ego": ("รอบตัว", "around one"),
    "mapscreen.view.cluster": ("กลุ่มย่อย", "one cluster"),
    "mapscreen.view.overview": ("ภาพรวมกลุ่มย่อย", "clusters overview"),
    "mapscreen.view.list": ("รายการ", "list"),
    "mapscreen.find": ("ค้นหาภาคีบนผัง", "Find a stakeholder on the map"),
    "key.pan": ("เลื่อนผัง", "Pan"),
    "key.zoom_in": ("ขยาย", "Zoom in"),
    "key.zoom_out": ("ย่อ", "Zoom out"),
    "key.zoom_fit": ("พอดีจอ", "Fit"),
    "key.next_node": ("ภาคีถัดไป เส้นความสัมพันธ์เน้นสี", "Next stakeholder, its ties lit"),
    "key.previous_node": ("ภาคีก่อนหน้า เส้นความสัมพันธ์เน้นสี", "Previous stakeholder, its ties lit"),
    "key.find": ("ค้นหา", "Find"),
    "key.focus_node": ("รอบตัว", "Around it"),
    "key.overview": ("ภาพรวม", "Overview"),
    "key.whole_map": ("ทั้งผัง", "Whole map"),
    "key.highlight": ("เน้นบทบาท", "Roles"),
    "key.sector_filter": ("ภาค", "Sector"),
    "key.tie_filter": ("ความสัมพันธ์", "Ties"),
    "key.since": ("ใหม่/หายไป", "New/gone"),
    "key.list_view": ("รายการ", "List"),
    "key.add_to_plan": ("ใส่ในแผน", "Add to the plan"),
    "plan.added": ("เพิ่ม {name} ในแผนแล้ว", "Added {name} to the plan"),
    "plan.already": ("{name} อยู่ในแผนแล้ว", "{name} is already in the plan"),
    "goto.prompt": ("กดเลข {keys} เพื่อไปยังขั้นนั้น", "Press {keys} to go to that step"),
    "form.choose": ("(เลือก)", "(choose)"),
    "identify.add": ("พิมพ์ชื่อ แล้วกด Enter", "type a name, press Enter"),
    "identify.pasted": (
        "เพิ่มภาคี {count} รายจากที่วาง (ctrl+z เลิกทำทั้งหมด)",
        "added {count} stakeholders from the paste (ctrl+z undoes them all)",
    ),
    "identify.none_marked": ("ไม่มีผู้มีส่วนได้เสียในภาคนี้", "no stakeholders in this sector"),
    "identify.renaming": ("✎ Enter เก็บ · Esc ยกเลิก", "✎ Enter keep · Esc cancel"),
    "identify.moved": ("ย้าย {name} ไปภาค{sector}แล้ว", "moved {name} to {sector}"),
    "namesake.title": ("มีชื่อนี้อยู่แล้ว", "This name is already there"),
    "namesake.line": ("{name} คือ {existing} ({sector}) หรือไม่", "{name}: is it {existing} ({sector})?"),
    "namesake.open": ("เปิดรายการเดิม", "Open the one already there"),
    "namesake.keep": ("เก็บไว้ทั้งสองรายการ", "Keep both"),
    "namesake.skip": ("ข้ามชื่อที่มีอยู่แล้ว", "Skip the names already there"),
    "identify.questions": ("คำถามช่วยค้นหา", "Questions to find them"),
    "identify.q1": ("ใครมีหน้าที่รับผิดชอบโดยตรง โดยอ้อม", "Who is directly or indirectly responsible?"),
    "identify.q2": (
        "ใครมีความสนใจ มีความรู้ หรืออยู่ในแวดวงที่ศึกษา",
        "Who is interested, knowledgeable or in the circle studied?",
    ),
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
    "analysis.group_table": ("ลักษณะของกลุ่ม แยกตามไตรพลัง", "The three groups by sector"),
    "analysis.measures": ("ค่าวัดของเครือข่าย", "Network measures"),
    "analysis.measure.density": ("ความหนาแน่น", "Density"),
    "analysis.measure.centralisation": ("ระดับการรวมศูนย์", "Degree centralisation"),
    "analysis.measure.components": ("จำนวนส่วนที่แยกจากกัน", "Separate parts"),
    "analysis.measure.degree": ("จำนวนความสัมพันธ์", "Ties"),
    "analysis.measure.betweenness": ("การเป็นตัวกลาง", "Betweenness"),
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
    "report.col.tie": ("ความสัมพันธ์", "Tie"),
    "diff.title": (
        "สิ่งที่เปลี่ยนไปจาก {old} ({old_day}) ถึง {new} ({new_day})",
        "What changed from {old} ({old_day}) to {new} ({new_day})",
    ),
    "diff.none": ("ไม่มี", "none"),
    "diff.no_shape": ("ยังบอกรูปแบบไม่ได้", "no shape yet"),
    "diff.joined": ("เข้าร่วมใหม่ ({count}): {names}", "Joined ({count}): {names}"),
    "diff.left": ("ออกจากเครือข่าย ({count}): {names}", "Left ({count}): {names}"),
    "diff.new_ties": ("ความสัมพันธ์ใหม่ ({count}): {names}", "New ties ({count}): {names}"),
    "diff.ended_ties": ("ความสัมพันธ์ที่สิ้นสุด ({count}): {names}", "Ended ties ({count}): {names}"),
    "diff.stronger": ("แน่นแฟ้นขึ้น ({count}): {names}", "Strengthened ({count}): {names}"),
    "diff.weaker": ("หลวมลง ({count}): {names}", "Weakened ({count}): {names}"),
    "diff.measure": ("{what}: จาก {old} เป็น {new}", "{what}: {old} → {new}"),
    "diff.gained_lost": ("{what} เพิ่มขึ้น: {gained}; หายไป: {lost}", "{what} gained: {gained}; lost: {lost}"),
    "report.groups": ("กลุ่มที่ร่วมทำ และจุดที่เห็นต่าง", "The groups, and where they differ"),
    "report.groups.from": ("รวมจากสมุดงาน {count} กลุ่ม: {groups}", "Merged from {count} groups' workbooks: {groups}"),
    "report.groups.note": (
        "คำตอบที่แต่ละกลุ่มให้ไม่ตรงกัน ช่องสุดท้ายคือค่าที่เล่มรวมใช้ (คะแนนกลาง ตัวเลือกที่ตอบมากที่สุด) เป็นประเด็นให้คุยกัน",
        "Where the groups answered differently; the last column is the merged value (the median score,"
        " the commonest choice): points for discussion.",
    ),
    "report.groups.alone": ("มีกลุ่มเดียวที่กล่าวถึง", "Named by one group only"),
    "report.col.who": ("ใคร", "Who"),
    "report.col.field": ("ช่อง", "Field"),
    "report.col.answers": ("คำตอบของแต่ละกลุ่ม", "Each group's answer"),
    "report.col.merged": ("ค่าที่ใช้", "Merged"),
    "report.no": ("ไม่", "no"),
    "report.gone": ("ออกจากเครือข่าย และความสัมพันธ์ที่สิ้นสุด", "Who left the network, and the ties that ended"),
    "report.gone.note": (
        "เก็บไว้เป็นประวัติ ไม่นับในการวิเคราะห์และผังเครือข่ายปัจจุบัน",
        "Kept as history; left out of the current measures and map.",
    ),
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
    "report.betweenness_estimate": (
        "ค่าประมาณ จากเส้นทางที่เริ่มจากภาคีที่สุ่มเลือก {sources} จุด จากทั้งหมด {members} ราย (สุ่ม {batches} ชุด ค่าสุ่มคงที่) "
        "แต่ละค่าคลาดจากค่าจริงไม่เกิน ±{error} ที่ความเชื่อมั่น {confidence}",
        "estimated from the paths of {sources} members picked at random out of {members} ({batches} fixed draws); "
        "each value is within ±{error} of the exact one at {confidence} confidence",
    ),
    "report.betweenness_estimate.about": (
        "เครือข่ายใหญ่เกินกว่าจะนับทุกเส้นทางได้ทันเวลา ตัวกลางเชื่อมประสานและจุดติดขัดของข้อมูลจึงอ่านจากค่าประมาณนี้",
        "The network is too big to follow every path in good time, so the brokers and bottlenecks are read from this estimate",
    ),
    "report.sectors": ("ความสัมพันธ์ข้ามภาค (ไตรพลัง)", "Ties across the three sectors"),
    "report.sectors.col.between": ("ระหว่าง", "Between"),
    "report.sectors.col.ties": ("ความสัมพันธ์", "Ties"),
    "report.sectors.col.strong": ("แน่นแฟ้น", "Strong"),
    "analysis.sectors.across": ("ข้ามภาค", "Across sectors"),
    "analysis.sectors.across.value": (
        "{across} จาก {total} เส้น ({share}) · ดัชนี E-I {ei}",
        "{across} of {total} ties ({share}) · E-I index {ei}",
    ),
    "analysis.sectors.across.about": (
        "ดัชนี E-I = (ข้ามภาค − ในภาคเดียวกัน) / ทั้งหมด: −1 เมื่อทุกเส้นอยู่ในภาคเดียวกัน +1 เมื่อทุกเส้นข้ามภาค"
        " ความสัมพันธ์แน่นแฟ้นระหว่างผู้ที่คล้ายกันทำให้เกิดเป้าหมายร่วมและความไว้วางใจ"
        " ความสัมพันธ์แบบหลวมกับผู้ที่ต่างกันนำความคิดและมุมมองใหม่ ๆ เข้ามา",
        "E-I index = (across − within) / all: −1 when every tie stays within its sector, +1 when every tie"
        " crosses. Strong ties among the like-minded build a shared goal and trust; looser ties to the unlike"
        " bring new ideas and views.",
    ),
    "analysis.gap.unlinked_sectors": ("ภาคที่ยังไม่มีความสัมพันธ์ถึงกัน", "Sectors not yet tied to each other"),
    "analysis.gap.unlinked_sectors.about": (
        "ทั้งสองภาคมีภาคีอยู่ในเครือข่าย แต่ยังไม่มีความสัมพันธ์ระหว่างกันเลยสักเส้น",
        "Both sectors have stakeholders in the network, but no tie joins them.",
    ),
    "lesson.title": ("ใบงาน 2: เรียนรู้ประสบการณ์ และถอดบทเรียน", "Worksheet 2: learning from experience"),
    "command.lesson.add": ("ใบงาน 2: ถอดบทเรียนกรณีใหม่", "Worksheet 2: a new case of lessons learned"),
    "command.lesson.open": ("ใบงาน 2: {case}", "Worksheet 2: {case}"),
    "report.lessons": ("ใบงาน 2: เรียนรู้ประสบการณ์ และถอดบทเรียน", "Worksheet 2: learning from experience, lessons drawn"),
    "report.trust": ("ความไว้วางใจ", "Trust"),
    "report.trust.count": ("ให้คะแนนแล้ว", "Scored"),
    "report.trust.scored": (
        "{scored} จาก {ties} ความสัมพันธ์ เฉลี่ย {mean} จาก 5",
        "{scored} of {ties} ties, {mean} of 5 on average",
    ),
    "report.trust.weakest": ("ไว้วางใจกันน้อยที่สุด", "Least trusted"),
    "report.trust.key_players": ("ผู้เล่นหลักทั้งคู่", "both key players"),
    "report.trust.about": (
        "ความไว้วางใจมาจากความยุติธรรม ความเท่าเทียม การสื่อสารอย่างเปิดเผยและซื่อสัตย์ ความสัมพันธ์ระหว่างผู้เล่นหลักมาก่อน",
        "Trust comes from fairness, equal standing, and open and honest communication;"
        " ties between key players come first.",
    ),
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
    "report.cli.lang": (
        "ภาษาของรายงาน th หรือ en (ค่าเริ่มต้นคือภาษาของสมุดงาน)",
        "the report's language, th or en (default: the workbook's)",
    ),
    "report.cli.redact": (
        "ปิดข้อมูลการติดต่อ: ชื่อผู้ที่ติดต่อได้ เบอร์โทรศัพท์ อีเมล",
        "leave out contact details: contact people, phone numbers, e-mail addresses",
    ),
    "report.cli.output": (
        "เขียนลงไฟล์นี้ (อ่านได้เฉพาะเจ้าของ) แทนการพิมพ์ออกทางหน้าจอ",
        "write to this file (readable by you only) instead of standard output",
    ),
    "report.cli.same_file": (
        "{path} คือไฟล์สมุดงานเอง จึงไม่เขียนรายงานทับ เลือกชื่อไฟล์อื่นให้ -o",
        "{path} is the workbook itself, so the report was not written over it; give -o another name",
    ),
    # --- scripted demos (phakhi demo: tui/core/demo.py, tui/demo_player.py) ---
    "problem.demo_no_table": ("ไม่มีตาราง [demo]", "there is no [demo] table"),
    "fix.demo_no_table": (
        'เพิ่ม [demo] ที่ต้นไฟล์ พร้อม title = "..." และ workbook = "..."',
        'add a [demo] table at the top with title = "..." and workbook = "..."',
    ),
    "problem.demo_no_steps": ("สคริปต์ไม่มีขั้นตอน [[steps]]", "the script has no [[steps]]"),
    "fix.demo_no_steps": (
        'เพิ่ม [[steps]] อย่างน้อยหนึ่งขั้น พร้อม caption = "..."',
        'add at least one [[steps]] entry with caption = "..."',
    ),
    "problem.demo_key": ('"{found}" ไม่ใช่ชื่อปุ่ม', '"{found}" is not a key name'),
    "fix.demo_key": (
        "ใช้ชื่อปุ่ม เช่น down, enter, tab, escape, ctrl+n, f3 หรืออักขระเดียว เช่น m ส่วนข้อความให้ใส่ใน text",
        "use a key name such as down, enter, tab, escape, ctrl+n, f3, or one character such as m; put words in text",
    ),
    "fix.demo_key_hint": (
        "หมายถึง {suggestion} ใช่ไหม (ข้อความให้ใส่ใน text)",
        "did you mean {suggestion}? (put words in text)",
    ),
    "problem.demo_pause": ("pause = {found} ใช้ไม่ได้", "pause = {found} is not a pause"),
    "fix.demo_pause": ("ใช้จำนวนวินาที 0 ถึง {limit} เช่น 2.5", "use a number of seconds from 0 to {limit}, e.g. 2.5"),
    "problem.demo_workbook": ('ไม่พบสมุดงาน "{found}"', 'workbook "{found}" not found'),
    "fix.demo_workbook": (
        "ระบุไฟล์โดยนับจากโฟลเดอร์ของสคริปต์ หรือใช้ตัวอย่างที่มากับโปรแกรม: {samples}",
        "give a path relative to the script's folder, or a sample that ships with Phakhi: {samples}",
    ),
    "fix.demo_not_found": (
        "ตรวจชื่อไฟล์ หรือเรียก phakhi demo โดยไม่ระบุสคริปต์ เพื่อเล่นสคริปต์ที่มากับโปรแกรม",
        "check the name, or run phakhi demo without a script to play the one that ships",
    ),
    "demo.take_over": ("Esc ควบคุมเอง", "Esc: take over"),
    "demo.end": (
        "จบการสาธิต — ต่อจากนี้ควบคุมเองได้ (Esc ปิดแถบนี้)",
        "End of the demo — the keys are yours (Esc closes this line)",
    ),
    "demo.stopped": ("หยุดการสาธิตแล้ว ควบคุมต่อได้เลย", "Demo stopped: the keys are yours"),
    "cli.demo": (
        "เล่นการสาธิตตามสคริปต์บนสำเนาของสมุดงานตัวอย่าง (สำหรับฉายบนโปรเจกเตอร์)",
        "play a scripted walkthrough on a copy of a sample workbook (for projectors)",
    ),
    "cli.demo_script": (
        "สคริปต์การสาธิต (.toml) ไม่ระบุ = สคริปต์ที่มากับโปรแกรมในภาษาที่เลือก",
        "the demo script (.toml); without it, the walkthrough that ships for the language",
    ),
    "cli.demo_speed": (
        "ความเร็ว: 1 ปกติ 2 เร็วขึ้นสองเท่า 0.5 ช้าลงครึ่งหนึ่ง 0 ไม่หยุดรอเลย",
        "speed: 1 normal, 2 twice as fast, 0.5 half as fast, 0 no waiting at all",
    ),
    "cli.demo_bad_speed": (
        "ใช้ตัวเลข 0 (ไม่หยุดรอ) ถึง 100 เช่น 1.5",
        "use a number from 0 (no waiting) to 100, e.g. 1.5",
    ),
    "cli.demo_keep": ("เก็บสำเนาสมุดงานไว้หลังจบการสาธิต", "keep the workbook copy after the demo"),
    "cli.demo_kept": ("สำเนาของการสาธิตเก็บไว้ที่ {path}", "the demo's copy is kept at {path}"),
    # --- the network map as text (tui.core.textmap, phakhi map) ---------
    "map.legend": ("คำอธิบายสัญลักษณ์:", "Legend:"),
    "map.kind.node": ("กลุ่ม/องค์กร", "group or organisation"),
    "map.kind.individual": ("บุคคล", "individual"),
    "map.kind.network": ("เครือข่าย", "network"),
    "map.kind.cluster": ("กลุ่มย่อย", "cluster"),
    "map.strong": ("แน่นแฟ้น", "strong (tight)"),
    "map.weak": ("หลวม ๆ", "weak (loose)"),
    "map.crossing": ("เส้นตัดผ่านกัน ไม่ได้เชื่อมกัน", "two ties crossing, not joined"),
    "map.bus": (
        "เส้นแตกแขนงจาก ● คือความสัมพันธ์จากกล่องนั้นไปยังทุกกล่องที่เส้นไปถึง",
        "a line branching from ● is a tie from that box to every box it reaches",
    ),
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
    "map.members.first": ("{label} ได้แก่", "{label} —"),
    "map.members.more": ("และอีก {more} ราย", "and {more} more"),
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
    "map.numbers_hint": ("ทั้งผัง ใช้หมายเลขแทนชื่อ: --numbers", "The whole map, numbered: --numbers"),
    "map.ascii_hint": (
        "ผังแบบ ASCII ไม่มีเส้นแตกแขนง: ถ้าไม่ใส่ --ascii อาจวาดได้ทั้งผัง",
        "ASCII maps have no branching lines: without --ascii the whole map may fit",
    ),
    "map.since.mark": (
        '{mark} คือเข้าร่วมใหม่นับจากบันทึกสภาพเครือข่าย "{label}" ({day})',
        '{mark} marks who is new since the snapshot "{label}" ({day})',
    ),
    "map.since.nothing": (
        "ไม่มีภาคีหรือความสัมพันธ์ที่เข้ามาใหม่หรือหายไป",
        "nothing new and nothing gone",
    ),
    "map.since.new": ("เข้าร่วมใหม่ ({count}):", "New ({count}):"),
    "map.since.new_ties": ("ความสัมพันธ์ใหม่ ({count}):", "New ties ({count}):"),
    "map.since.gone": ("หายไป ไม่อยู่ในเครือข่ายแล้ว ({count}):", "Gone, not in the network now ({count}):"),
    "map.since.gone_ties": ("ความสัมพันธ์ที่หายไป ({count}):", "Ties gone ({count}):"),
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
    "map.cli.width": (
        "ความกว้างเป็นช่องตัวอักษร (ค่าเริ่มต้น: ความกว้างของเทอร์มินัล หรือ 80)",
        "width in cells (default: the terminal's width, or 80)",
    ),
    "map.cli.height": ("ความสูงเป็นบรรทัด (ค่าเริ่มต้น: สูงเท่าที่ต้องใช้)", "height in lines (default: as tall as needed)"),
    "map.cli.ascii": ("ใช้เฉพาะอักขระ ASCII", "use printable ASCII only"),
    "map.cli.numbers": (
        "ใช้หมายเลขแทนชื่อภาคีในผัง และบอกชื่อในคำอธิบายใต้ผัง (เครือข่ายใหญ่จึงวาดได้ทั้งผัง)",
        "number the stakeholders on the map and name them in the legend (a big network then fits whole)",
    ),
    "map.cli.focus": (
        "ดูภาคีรายเดียว (รหัสหรือชื่อ) หรือกลุ่มย่อยเดียว (cluster:N)",
        "show one stakeholder (id or name) or one cluster (cluster:N)",
    ),
    "map.cli.depth": ("ระยะจากภาคีที่เลือก 1 หรือ 2 ทอด", "how many steps around the stakeholder: 1 or 2"),
    "map.cli.list": ("แสดงความสัมพันธ์เป็นรายการแทนผัง", "list the ties instead of drawing them"),
    "map.cli.since": (
        "ทำเครื่องหมาย + ที่ภาคีที่เข้าร่วมใหม่นับจากบันทึกสภาพเครือข่ายชื่อนี้ และบอกใต้ผังว่าอะไรใหม่ อะไรหายไป",
        "mark with + who is new since the snapshot with this label, and say below the map what is new and what is gone",
    ),
    # --- import and export (tui/core/io) -----------------------------------
    "io.problem.encoding": (
        "อ่านไฟล์ไม่ได้ทั้งแบบ UTF-8 และ TIS-620 (ไบต์ {byte} บรรทัด {line})",
        "the file is neither UTF-8 nor TIS-620 (byte {byte} on line {line})",
    ),
    "io.fix.encoding": (
        "บันทึกตารางใหม่เป็น CSV UTF-8 (Excel: บันทึกเป็น > CSV UTF-8)",
        "save the sheet again as CSV UTF-8 (Excel: Save As > CSV UTF-8)",
    ),
    "io.problem.encoding_utf16": ("ไฟล์ขึ้นต้นแบบ UTF-16 แต่อ่านไม่ได้", "the file starts as UTF-16 but cannot be read as it"),
    "io.fix.encoding_utf16": ("บันทึกตารางใหม่เป็น CSV UTF-8", "save the sheet again as CSV UTF-8"),
    "io.problem.dot": ("อ่านเป็น DOT ไม่ได้ ไม่คาดว่าจะพบ {detail} ตรงนี้", "not readable as DOT: {detail} not expected here"),
    "io.problem.dot_end": ("ไฟล์ DOT จบก่อนกราฟจะจบ", "the DOT file ends before its graph does"),
    "io.fix.dot_end": (
        "ดูว่าวงเล็บ {{ }} [ ] < > และเครื่องหมายคำพูดปิดครบ",
        "check that every {{ }} [ ] < > and quotation mark is closed",
    ),
    "io.fix.dot": (
        "แก้ไฟล์ตรงบรรทัดนี้ หรือส่งออกใหม่จากโปรแกรมที่สร้าง",
        "correct the file at this line, or export it again from the tool that made it",
    ),
    "io.problem.dot_depth": (
        "กราฟย่อยซ้อนกันลึกเกิน {limit} ชั้น",
        "subgraphs nested more than {limit} deep",
    ),
    "io.fix.dot_depth": ("ลดการซ้อนของกราฟย่อย", "nest the subgraphs less deeply"),
    "io.problem.dot_encoding": ("ไฟล์ DOT ไม่ได้เป็น UTF-8", "the DOT file is not UTF-8"),
    "io.fix.dot_encoding": (
        "บันทึกไฟล์เป็น UTF-8 (Graphviz อ่านแบบนี้)",
        "save the file as UTF-8 (as Graphviz reads it)",
    ),
    "io.problem.not_the_format": (
        "ชื่อไฟล์บอกว่าเป็น {claimed} แต่เนื้อหาไม่ใช่",
        "the file's name says {claimed}, but its content is not",
    ),
    "io.fix.not_the_format": (
        "ตรวจว่าเลือกไฟล์ถูก หรือเปลี่ยนนามสกุลให้ตรงกับเนื้อหา (.graphml, .gexf, .csv)",
        "check it is the right file, or give it the suffix of what it holds (.graphml, .gexf, .csv)",
    ),
    "io.problem.no_graph": ("ไม่พบเครือข่าย (<graph>) ในไฟล์", "no network (<graph>) in the file"),
    "io.fix.no_graph": (
        "ส่งออกเครือข่ายจากโปรแกรมเดิมอีกครั้งเป็น GraphML หรือ GEXF",
        "export the network again from its tool as GraphML or GEXF",
    ),
    "io.problem.xml_declarations": (
        "ไฟล์ XML มีการประกาศ DOCTYPE หรือ entity ซึ่งไม่อ่านเพื่อความปลอดภัย",
        "the XML declares a DOCTYPE or entities, which are not read, for safety",
    ),
    "io.fix.xml_declarations": (
        "ลบส่วน <!DOCTYPE …> ออก (GraphML และ GEXF ไม่ต้องใช้) แล้วนำเข้าอีกครั้ง",
        "remove the <!DOCTYPE …> part (GraphML and GEXF need none) and import again",
    ),
    "io.problem.xml": ("อ่านเป็น XML ไม่ได้: {detail}", "not readable as XML: {detail}"),
    "io.fix.xml": (
        "เปิดไฟล์ในโปรแกรมที่สร้าง แล้วบันทึกหรือส่งออกใหม่",
        "open the file in the tool that made it, and save or export it again",
    ),
    "io.problem.csv": ("อ่านเป็น CSV ไม่ได้: {detail}", "not readable as CSV: {detail}"),
    "io.fix.csv": (
        "ตรวจเครื่องหมายคำพูดในแถวนี้ หรือส่งออกจากโปรแกรมตารางใหม่",
        "check the quotes in this row, or export the sheet again from the spreadsheet",
    ),
    "io.problem.empty": ("ไฟล์ว่าง ไม่มีแถวข้อมูล", "the file is empty"),
    "io.fix.empty": ("เลือกไฟล์ที่มีรายชื่อภาคี", "choose the file that holds the stakeholders"),
    "io.problem.no_names": ("ไม่พบชื่อภาคีในไฟล์", "no stakeholder names found in the file"),
    "io.fix.no_names": (
        "ใส่ชื่อภาคีใต้หัวคอลัมน์ Label (หรือ ชื่อ) หรือใต้ ประชาชน / วิชาการ / ภาครัฐ",
        "put the names under a Label (or name) heading, or under People / Academic / Government",
    ),
    "io.problem.no_name_column": ("ไม่พบคอลัมน์ชื่อภาคี", "no column of stakeholder names"),
    "io.fix.no_name_column": (
        "ตั้งหัวคอลัมน์ชื่อเป็น Label หรือ ชื่อ หรือใช้คอลัมน์ ประชาชน / วิชาการ / ภาครัฐ ตามใบงาน 1",
        "head the names column Label or name, or use columns People / Academic / Government as in worksheet 1",
    ),
    "io.problem.stray_cell": ("ช่องในคอลัมน์ {column} ไม่อยู่ใต้ภาคใด", "the cell in column {column} is under no sector"),
    "io.fix.stray_cell": (
        "ใส่หัวคอลัมน์เป็น ประชาชน วิชาการ หรือ ภาครัฐ หรือย้ายชื่อไปไว้ใต้ภาคของตน",
        "head the column People, Academic or Government, or move the name under its sector",
    ),
    "io.problem.no_name": ("แถวนี้มีข้อมูลแต่ไม่มีชื่อภาคี", "the row has values but no name"),
    "io.fix.no_name": ("ใส่ชื่อภาคี หรือลบแถวนี้", "fill in the name, or delete the row"),
    "io.problem.duplicate_id": ("ID {id} ซ้ำกับแถว {first}", "ID {id} is already used in row {first}"),
    "io.fix.duplicate_id": ("ให้แต่ละแถวมี ID ไม่ซ้ำกัน", "give each row its own ID"),
    "io.problem.extra_cell": (
        "มีข้อมูลในคอลัมน์ {column} ซึ่งไม่มีหัวคอลัมน์",
        "there is a value in column {column}, past the headings",
    ),
    "io.fix.extra_cell": ("ใส่หัวคอลัมน์ให้ หรือลบข้อมูลนั้น", "give the column a heading, or delete the value"),
    "io.problem.no_heading": ("คอลัมน์ {column} มีข้อมูลแต่ไม่มีหัวคอลัมน์", "column {column} has values but no heading"),
    "io.fix.no_heading": (
        "ใส่หัวคอลัมน์เป็นชื่อช่องข้อมูล (ดู docs/IMPORT_EXPORT.md) หรือลบคอลัมน์นี้",
        "give it the heading of a field (see docs/IMPORT_EXPORT.md), or delete the column",
    ),
    "io.problem.unknown_column": (
        "ไม่รู้จักคอลัมน์ {column} ({heading})",
        "column {column} ({heading}) is not a field Phakhi knows",
    ),
    "io.fix.unknown_column": (
        "เปลี่ยนหัวคอลัมน์เป็นชื่อช่องข้อมูล (ดู docs/IMPORT_EXPORT.md) หรือลบคอลัมน์นี้ เพื่อไม่ให้ข้อมูลหายโดยไม่รู้ตัว",
        "rename it to a field (see docs/IMPORT_EXPORT.md) or delete the column, so that nothing is dropped unseen",
    ),
    "io.fix.unknown_column_hint": (
        "หมายถึง {suggestion} หรือไม่ ถ้าไม่ใช่ ให้ลบคอลัมน์นี้",
        "did you mean {suggestion}? If not, delete the column",
    ),
    "io.problem.duplicate_column": (
        "คอลัมน์ {first} และ {second} เป็นข้อมูลช่องเดียวกัน",
        "columns {first} and {second} hold the same field",
    ),
    "io.fix.duplicate_column": ("เก็บไว้คอลัมน์เดียว", "keep one of them"),
    "io.problem.hidden_char": (
        "{where}มีอักขระที่มองไม่เห็น ({code})",
        "{where}holds an invisible control character ({code})",
    ),
    "io.fix.hidden_char": ("พิมพ์ข้อความในช่องนี้ใหม่", "type the cell again"),
    "io.problem.too_long": (
        "{where}ยาว {length} ตัวอักษร เกิน {limit}",
        "{where}is {length} characters long, more than {limit}",
    ),
    "io.fix.too_long": ("ย่อข้อความให้สั้นลง", "shorten it"),
    "io.problem.bad_choice": ("{where}ไม่รู้จักค่า {value}", "{where}{value} is not one of the choices"),
    "io.fix.bad_choice": ("ใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}", "use one of: {choices}"),
    "io.problem.bad_score": ("{where}{value} ไม่ใช่คะแนน 1-5", "{where}{value} is not a score from 1 to 5"),
    "io.fix.bad_score": (
        "ใส่เลขจำนวนเต็ม 1 ถึง 5 หรือเว้นว่าง (ข้อความอธิบายอิทธิพลใช้คอลัมน์ influence_how)",
        "use a whole number from 1 to 5, or leave it empty (words about influence go in influence_how)",
    ),
    "io.problem.bad_flag": ("{where}{value} ไม่ใช่ ใช่/ไม่ใช่", "{where}{value} is not yes or no"),
    "io.fix.bad_flag": (
        "ใส่ ใช่ หรือ ไม่ใช่ (yes/no, true/false) หรือเว้นว่าง",
        "use yes or no (true/false), or leave it empty",
    ),
    "io.problem.bad_strength": ("{where}{value} ไม่ใช่ความแน่นแฟ้นของความสัมพันธ์", "{where}{value} is not a tie strength"),
    "io.fix.bad_strength": (
        "ใช้ แน่นแฟ้น หรือ หลวม (strong/weak) หรือเลข 1-5 (4 ขึ้นไปคือแน่นแฟ้น)",
        "use strong or weak (tight/loose), or a number 1-5 (4 and up is strong)",
    ),
    "io.problem.no_ends": ("ไม่พบคอลัมน์ From และ To", "no From and To columns"),
    "io.fix.no_ends": (
        "ตั้งหัวสองคอลัมน์แรกเป็น From และ To (หรือ จาก และ ถึง)",
        "head the first two columns From and To",
    ),
    "io.problem.missing_end": ("ไม่ได้ระบุภาคีใน {column}", "no stakeholder in {column}"),
    "io.fix.missing_end": ("ใส่ชื่อภาคีทั้งสองฝั่ง หรือลบแถวนี้", "fill in both ends, or delete the row"),
    "io.problem.unknown_end": ("ไม่พบภาคี {name} ใน {elements}", "{name} is not a stakeholder in {elements}"),
    "io.fix.unknown_end": (
        "ใช้ชื่อ (Label) หรือ ID ตามที่เขียนในไฟล์ภาคี",
        "use a Label (or an ID) exactly as the elements file has it",
    ),
    "io.fix.unknown_end_hint": ("หมายถึง {suggestion} หรือไม่", "did you mean {suggestion}?"),
    "io.problem.ambiguous_end": (
        "มีภาคีชื่อ {name} หลายแถวใน {elements} (แถว {rows})",
        "several stakeholders in {elements} are called {name} (rows {rows})",
    ),
    "io.fix.ambiguous_end": (
        "เพิ่มคอลัมน์ ID ในไฟล์ภาคี ให้แต่ละรายมี ID ไม่ซ้ำ แล้วใช้ ID ใน From/To",
        "add an ID column to the elements, give each a unique ID, and use the IDs in From/To",
    ),
    "io.problem.self_tie": ("{name} เชื่อมกับตัวเอง", "{name} is tied to itself"),
    "io.fix.self_tie": (
        "ความสัมพันธ์ต้องเชื่อมภาคีสองรายที่ต่างกัน แก้หรือลบแถวนี้",
        "a tie joins two different stakeholders: correct or delete the row",
    ),
    "io.problem.duplicate_tie": (
        "ความสัมพันธ์ {a} – {b} ซ้ำกับแถว {first}",
        "a second tie between {a} and {b} (the first is in row {first})",
    ),
    "io.fix.duplicate_tie": (
        "รวมเป็นแถวเดียว: ความสัมพันธ์ไม่มีทิศทาง สองภาคีมีได้เส้นเดียว",
        "merge the two rows: ties have no direction and two stakeholders have one tie",
    ),
    "io.problem.type_conflict": ("Type {value} ไม่ตรงกับ {field} {other}", "Type {value} disagrees with {field} {other}"),
    "io.fix.type_conflict": ("ให้สองคอลัมน์ตรงกัน หรือเว้นว่างคอลัมน์หนึ่ง", "make them agree, or leave one empty"),
    "io.problem.bad_type": (
        "{column}: {value} ไม่ใช่รูปแบบความสัมพันธ์หรือลักษณะการเชื่อมโยง",
        "{column}: {value} is neither a kind of relationship nor a form of tie",
    ),
    "io.fix.bad_type": ("ใช้ค่าใดค่าหนึ่งต่อไปนี้: {choices}", "use one of: {choices}"),
    "io.problem.too_big": ("ไฟล์ใหญ่ {size} MB เกิน {limit} MB", "the file is {size} MB, more than {limit} MB"),
    "io.fix.too_big": ("ตรวจว่าเลือกไฟล์ถูกต้อง", "check that this is the right file"),
    "io.problem.not_found": ("ไม่พบไฟล์", "no such file"),
    "io.fix.not_found": ("ตรวจชื่อไฟล์และโฟลเดอร์", "check the file name and folder"),
    "io.problem.is_folder": ("เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "this is a folder, not a file"),
    "io.fix.is_folder": ("ระบุไฟล์ CSV ในโฟลเดอร์นั้น", "name the CSV file inside it"),
    "io.fix.not_regular": ("ระบุไฟล์ CSV หรือ JSON ที่บันทึกไว้แทน", "name a saved CSV or JSON file instead"),
    "io.problem.surrogate": (
        "{escape} เป็นเพียงครึ่งหนึ่งของอักขระ ซึ่งบันทึกลงไฟล์ไม่ได้",
        "{escape} is half of a character (a lone surrogate), which no file can hold",
    ),
    "io.fix.surrogate": (
        "ลบออก หรือเขียนอักขระให้ครบทั้งสองส่วน",
        "remove it, or write the whole character (both halves)",
    ),
    "io.problem.too_many": (
        "{what} {count} รายการ เกินที่ภาคีเปิดได้ ({limit}) อยู่ {over} รายการ",
        "{count} {what}, {over} more than the {limit} Phakhi opens",
    ),
    "io.records.stakeholders": ("ภาคี", "stakeholders"),
    "io.records.ties": ("ความสัมพันธ์", "ties"),
    "io.fix.too_many": ("แบ่งเป็นหลายไฟล์แล้วนำเข้าทีละไฟล์", "split the sheet and import each part into its own workbook"),
    "io.problem.unreadable": ("อ่านไฟล์ไม่ได้: {reason}", "cannot read the file: {reason}"),
    "io.fix.unreadable": ("ตรวจสิทธิ์การอ่านไฟล์", "check that you may read it"),
    "io.problem.json_encoding": ("ไฟล์ JSON ไม่ใช่ UTF-8 (ไบต์ {byte})", "the JSON file is not UTF-8 (byte {byte})"),
    "io.fix.json_encoding": ("บันทึกเป็น UTF-8", "save it as UTF-8"),
    "io.problem.json": ("JSON ผิดรูปแบบ: {detail}", "not valid JSON: {detail}"),
    "io.fix.json": ("แก้ที่ตำแหน่งนั้น หรือส่งออกจาก Phakhi ใหม่", "correct it there, or export it from Phakhi again"),
    "io.problem.json_not_workbook": ("JSON นี้ไม่ใช่สมุดงาน", "this JSON is not a workbook"),
    "io.fix.json_not_workbook": (
        "ใช้ไฟล์จาก phakhi export --format json",
        "use a file written by phakhi export --format json",
    ),
    "io.problem.json_with_connections": ("สมุดงาน JSON มีความสัมพันธ์อยู่แล้ว", "a JSON workbook already holds its ties"),
    "io.fix.json_with_connections": ("นำเข้าไฟล์ JSON ไฟล์เดียว", "import the JSON file alone"),
    "io.problem.graph_with_connections": (
        "ไฟล์เครือข่าย (GraphML, GEXF, DOT) มีความสัมพันธ์อยู่แล้ว",
        "a network file (GraphML, GEXF, DOT) already holds its ties",
    ),
    "io.fix.graph_with_connections": ("นำเข้าไฟล์เครือข่ายไฟล์เดียว", "import the network file alone"),
    "io.fix.cell": ("แก้ช่องนี้ในตาราง", "correct the cell in the sheet"),
    "io.fix.title": ("ใช้ชื่อโครงการที่สั้นลงและพิมพ์ใหม่", "give a shorter title, typed again"),
    "io.encoding": ("{path} อ่านแบบ {encoding}", "{path} read as {encoding}"),
    "io.yes": ("ใช่", "yes"),
    "io.no": ("ไม่ใช่", "no"),
    "io.layout.elements": ("ตารางภาคี", "a table of stakeholders"),
    "io.layout.sector_columns": ("ใบงาน 1 แบ่งคอลัมน์ตามภาค", "worksheet 1 with a column per sector"),
    "io.layout.sector_rows": ("ใบงาน 1 แบ่งแถวตามภาค", "worksheet 1 with a row per sector"),
    "io.layout.list": ("รายชื่อคอลัมน์เดียว", "a one-column list"),
    "io.layout.json": ("สมุดงาน JSON", "a JSON workbook"),
    "io.layout.graph": ("เครือข่าย GraphML, GEXF หรือ DOT", "a GraphML, GEXF or DOT network"),
    "io.merged": (
        "เส้นที่ให้ไว้ทั้งไปและกลับ {count} เส้นนับเป็นความสัมพันธ์เดียว (ความสัมพันธ์ไม่มีทิศทาง)",
        "{count} edges given in both directions were taken as one tie each (ties have no direction)",
    ),
    "io.skipped": (
        "ข้อมูลที่ไม่ตรงกับช่องใดของสมุดงานจึงไม่ได้นำเข้า: {names}",
        "attributes that match no field of the workbook, left out: {names}",
    ),
    "io.cli.import_help": (
        "สร้างสมุดงานจากตาราง CSV (Kumu, ใบงาน 1, รายชื่อ) หรือไฟล์ JSON",
        "make a workbook from CSV sheets (Kumu, worksheet 1, a list) or a JSON export",
    ),
    "io.cli.elements": (
        "ไฟล์ภาคี: ตาราง Kumu, ใบงาน 1 (ประชาชน / วิชาการ / ภาครัฐ), รายชื่อ หรือ JSON",
        "the stakeholders: a Kumu elements sheet, worksheet 1 (People / Academic / Government), a list, or JSON",
    ),
    "io.cli.connections": (
        "ไฟล์ความสัมพันธ์ (From, To, Type, Strength)",
        "the ties: a Kumu connections sheet (From, To, Type, Strength)",
    ),
    "io.cli.import_output": ("สมุดงานใหม่ที่จะสร้าง (ไม่เขียนทับไฟล์เดิม)", "the new workbook to create (never overwritten)"),
    "io.cli.title": ("ชื่อโครงการ", "the project title"),
    "io.cli.import_lang": (
        "ภาษาของสมุดงาน th หรือ en (ค่าเริ่มต้น: ไทยถ้ามีอักษรไทยในไฟล์)",
        "the workbook's language, th or en (default: Thai if the files hold Thai)",
    ),
    "io.cli.imported": (
        "สร้าง {path} แล้ว: ภาคี {stakeholders} ราย ความสัมพันธ์ {ties} เส้น จาก{layout} ({encodings})",
        "created {path}: {stakeholders} stakeholders, {ties} ties from {layout} ({encodings})",
    ),
    "io.cli.exists": ("{path} มีอยู่แล้ว การนำเข้าไม่เขียนทับไฟล์เดิม", "{path} already exists; import never overwrites a file"),
    "io.cli.fix_exists": ("ใช้ชื่อไฟล์ใหม่กับ -o", "give -o a new file name"),
    "io.cli.not_imported": (
        "ไม่ได้เขียน {path} เพราะพบปัญหา {count} รายการ",
        "nothing written to {path}: {count} problem(s)",
    ),
    "io.cli.export_help": (
        "ส่งออกสมุดงานเป็น GraphML, GEXF, CSV (Kumu), DOT, JSON หรือรายงาน md/html",
        "export a workbook as GraphML, GEXF, CSV (Kumu), DOT, JSON, or the md/html report",
    ),
    "io.cli.format": (
        "รูปแบบ (ค่าเริ่มต้น: ตามนามสกุลของ -o)",
        "the format (default: from the name given to -o)",
    ),
    "io.cli.export_output": (
        "เขียนลงไฟล์นี้ (เฉพาะเจ้าของอ่านได้) แทนการพิมพ์ออกจอ; CSV เขียนสองไฟล์ OUT-elements.csv และ OUT-connections.csv หรือลงในโฟลเดอร์",
        "write to OUT (owner-only) instead of standard output; CSV writes OUT-elements.csv and OUT-connections.csv, or into a folder",
    ),
    "io.cli.redact": (
        "ตัดข้อมูลติดต่อ เบอร์โทรศัพท์ และอีเมลออกจากทุกรูปแบบ",
        "leave out contacts, phone numbers and e-mail addresses, in every format",
    ),
    "io.cli.export_lang": (
        "ภาษาของป้ายและรายงาน th หรือ en (ค่าเริ่มต้นคือภาษาของสมุดงาน)",
        "the language of labels and the report, th or en (default: the workbook's)",
    ),
    "io.cli.written": ("เขียน {path} แล้ว", "wrote {path}"),
    "io.cli.not_written": ("เขียน {path} ไม่ได้: {reason}", "could not write {path}: {reason}"),
    "io.cli.same_file": (
        "{path} คือสมุดงานเอง จึงไม่เขียนทับ — ใช้ชื่อไฟล์อื่นกับ -o",
        "{path} is the workbook itself; not overwritten — give -o another name",
    ),
    "io.cli.no_format": (
        "ไม่ทราบรูปแบบ — ใส่ --format graphml|gexf|csv|dot|json|md|html หรือใช้ -o ที่มีนามสกุลเหล่านั้น",
        "which format? — give --format graphml|gexf|csv|dot|json|md|html, or an -o name ending in one of them",
    ),
    "io.cli.csv_needs_output": (
        "CSV มีสองไฟล์ (ภาคีและความสัมพันธ์) — ใส่ -o ชื่อ เพื่อเขียน ชื่อ-elements.csv และ ชื่อ-connections.csv",
        "CSV is two files (elements and connections) — give -o NAME to write NAME-elements.csv and NAME-connections.csv",
    ),
    # -- screenshot and serve (the workshop commands)
    "picture.more_lines": (
        "…และอีก {count} บรรทัด (ดูทั้งหมดด้วย phakhi {command})",
        "…and {count} more lines (phakhi {command} shows them all)",
    ),
    "picture.redacted": ("ปิดข้อมูลการติดต่อ", "contacts taken out"),
    "picture.cli.help": (
        "วาดผังเครือข่าย ตารางจัดกลุ่ม หรือแผนการขยายเครือข่ายเป็นภาพ PNG ขนาดจอโทรศัพท์ ส่งในไลน์กลุ่มได้ (ต้องติดตั้งส่วนเสริม 'picture')",
        "draw the network map, the grid or the planning table as a phone-sized PNG for a chat group (needs the optional 'picture' extra)",
    ),
    "picture.cli.what": (
        "ภาพอะไร: map (ผังเครือข่าย), grid (ตารางจัดกลุ่ม) หรือ plan (แผน)",
        "which picture: map, grid or plan",
    ),
    "picture.cli.output": ("ไฟล์ PNG ที่จะเขียน", "the PNG file to write"),
    "picture.cli.width": (
        "ความกว้างของภาพเป็นพิกเซล (ค่าเดิม 1080 เท่าจอโทรศัพท์)",
        "the picture's width in pixels (default 1080, a phone's screen)",
    ),
    "picture.cli.unknown": (
        "ไม่มีภาพชื่อ '{what}' — ใช้ --what map, --what grid หรือ --what plan",
        "there is no picture called '{what}' — use --what map, --what grid or --what plan",
    ),
    "picture.cli.bad_width": (
        "ภาพกว้าง {width} พิกเซลไม่ได้ — ใช้ --width ตั้งแต่ {least} ถึง {most}",
        "a picture cannot be {width} pixels wide — use a --width from {least} to {most}",
    ),
    "picture.cli.no_folder": (
        "เขียน {path} ไม่ได้: ไม่มีโฟลเดอร์ {folder} — สร้างโฟลเดอร์ก่อน หรือใช้ -o กับโฟลเดอร์ที่มีอยู่",
        "cannot write {path}: there is no folder {folder} — make it first, or give -o a folder that exists",
    ),
    "picture.cli.not_written": (
        "เขียน {path} ไม่ได้: {reason} — ใช้ -o กับโฟลเดอร์ที่เขียนได้",
        "could not write {path}: {reason} — give -o a folder you can write to",
    ),
    "picture.cli.needs_extra": (
        "การทำภาพต้องใช้ส่วนเสริม 'picture' (ยังไม่มี {packages}) — ติดตั้งด้วย uv sync --extra picture หรือ pipx install 'phakhi[picture]'",
        "pictures need the optional 'picture' extra ({packages} missing) — install it with uv sync --extra picture, or pipx install 'phakhi[picture]'",
    ),
    "shot.cli.help": (
        "บันทึกภาพหน้าจอหนึ่งหน้าเป็น SVG (ไม่ต้องใช้เทอร์มินัล) สำหรับเอกสารแจกและสไลด์",
        "save one screen as an SVG picture (no terminal needed), for handouts and slides",
    ),
    "shot.cli.screen": (
        "หน้าที่จะถ่าย: home, step1-step7, grid (ตาราง 4 ช่อง), map (ผังเครือข่าย), plan (แผน), report (รายงาน)",
        "the screen: home, step1-step7, grid (the 2x2 grid), map, plan (the planning table), report",
    ),
    "shot.cli.output": ("ไฟล์ SVG ที่จะเขียน", "the SVG file to write"),
    "shot.cli.size": ("ขนาดหน้าจอ กว้างxสูง เช่น 100x30", "screen size as COLUMNSxROWS, e.g. 100x30"),
    "shot.cli.redact": (
        "ปิดเบอร์โทร อีเมล และช่องติดต่อก่อนถ่าย",
        "take out contacts, phone numbers and e-mail addresses first",
    ),
    "shot.cli.colours": (
        "ใช้ 16 สีของเทอร์มินัล (แบบเดียวกับ --low-bandwidth)",
        "use the terminal's 16 colours (as --low-bandwidth does)",
    ),
    "shot.cli.bad_size": ("ใช้ กว้างxสูง เช่น 100x30 (อย่างน้อย 20x8)", "use COLUMNSxROWS such as 100x30 (at least 20x8)"),
    "serve.cli.help": (
        "แสดงแอปในเว็บเบราว์เซอร์ (เช่น บนจอโปรเจกเตอร์) ต้องติดตั้งส่วนเสริม serve",
        "show the app in a web browser (e.g. on a projector); needs the optional 'serve' extra",
    ),
    "serve.cli.host": (
        "ที่อยู่ที่รับการเชื่อมต่อ (ค่าเริ่มต้น 127.0.0.1: เฉพาะเครื่องนี้)",
        "address to listen on (default 127.0.0.1: this computer only)",
    ),
    "serve.cli.port": ("พอร์ต (ค่าเริ่มต้น 8000)", "port (default 8000)"),
    "service.cli.help": (
        "ตัววิเคราะห์หนึ่งตัวสำหรับทุกคนที่เข้ามาทาง SSH (ใช้หน่วยความจำน้อยลง) ทำงานจนกด ctrl+c",
        "one analysis service for every session started over SSH (less memory each); runs until ctrl+c",
    ),
    "service.cli.socket": (
        "ที่อยู่ของ socket (ค่าเริ่มต้น: ในโฟลเดอร์ส่วนตัวของผู้ใช้นี้)",
        "the socket's path (default: in a folder of this user's own)",
    ),
    "service.listening": (
        "ตัววิเคราะห์พร้อมแล้วที่ {path} — ให้แต่ละคนตั้งค่านี้ก่อนเปิด phakhi: export {variable}={path} (กด ctrl+c เพื่อหยุด)",
        "The analysis service listens at {path} — give each session this before it starts phakhi: "
        "export {variable}={path} (ctrl+c stops it)",
    ),
    "service.not_private": (
        "โฟลเดอร์ {folder} ไม่ใช่ของผู้ใช้นี้คนเดียว — ใช้ --socket ในโฟลเดอร์ที่มีสิทธิ์ 700 ของผู้ใช้นี้",
        "the folder {folder} is not this user's alone — give --socket a path in a folder of mode 700 that this user owns",
    ),
    "service.not_socket": (
        "{path} ไม่ใช่ socket (มีไฟล์หรือโฟลเดอร์อื่นอยู่แล้ว จะไม่ลบ) — ให้ --socket ที่ที่ยังว่างอยู่",
        "{path} is not a socket (a file or folder is there, and is left alone) — give --socket a path where nothing is",
    ),
    "service.cannot_listen": (
        "เปิด socket ที่ {path} ไม่ได้: {reason} — ให้ --socket ที่สั้นกว่า ในโฟลเดอร์ที่เขียนได้",
        "cannot listen at {path}: {reason} — give --socket a shorter path, in a folder this user can write",
    ),
    "service.running": (
        "มีตัววิเคราะห์ทำงานอยู่ที่ {path} แล้ว — ใช้ตัวนั้น หรือให้ --socket ที่อื่น",
        "a service already listens at {path} — use that one, or give --socket another path",
    ),
    "serve.missing": (
        "phakhi serve ต้องใช้ส่วนเสริม serve (textual-serve) — ติดตั้งด้วย: uv sync --extra serve "
        "หรือ pipx install 'phakhi[serve]' แล้วลองใหม่",
        "phakhi serve needs the optional 'serve' extra (textual-serve) — install it with: uv sync --extra serve, "
        "or pipx install 'phakhi[serve]', then try again",
    ),
    "serve.local": (
        "เปิด {url} ในเบราว์เซอร์บนเครื่องนี้ (เครื่องอื่นเข้าไม่ได้; ใช้ --host 0.0.0.0 เพื่อให้คนในห้องเข้าได้) "
        "ลิงก์นี้มีรหัสลับของรอบนี้: ไม่มีรหัสเข้าไม่ได้ ctrl+c เพื่อหยุด",
        "open {url} in a browser on this computer (no other computer can; --host 0.0.0.0 lets the room in); "
        "the link holds this run's secret, and nothing opens without it; ctrl+c stops",
    ),
    "serve.open": (
        "เปิด {url} ในเบราว์เซอร์ — ทุกคนในเครือข่ายนี้ที่ได้ลิงก์นี้ (มีรหัสลับ) เปิดและแก้สมุดงานนี้ได้ ctrl+c เพื่อหยุด",
        "open {url} in a browser — anyone on this network with this link (it holds the secret) can open and "
        "edit this workbook; ctrl+c stops",
    ),
    "serve.refused": (
        "ไม่อนุญาต: เปิดด้วยลิงก์ที่ phakhi serve พิมพ์ไว้ตอนเริ่ม (มีรหัสลับ) จากเบราว์เซอร์ของห้องนี้",
        "Not allowed: open the link phakhi serve printed when it started (it holds the secret), in a browser",
    ),
    # (end of analyses)
    # --- the network health check (tui/core/health.py; seeds in docs/VOCABULARY.md) ---
    "health.list.components": ("องค์ประกอบของเครือข่าย", "The components of a network"),
    "health.list.diagnosis": ("วินิจฉัยเครือข่าย", "Diagnosing an established network"),
    "health.list.keeping": ("การรักษาเครือข่าย", "Keeping the network"),
    "health.list.leaders": ("คุณสมบัติของกลุ่มสมาชิกแกนนำ", "The core leaders' qualities"),
    "health.list.factors": ("ปัจจัยสำคัญในการสร้างและบริหารเครือข่าย", "Key factors in building and managing a network"),
    "health.list.risks": ("ความเสี่ยงของเครือข่าย", "The network's risks"),
    "health.intro.components": ("องค์ประกอบของเครือข่าย", "The components of a network"),
    "health.intro.diagnosis": (
        "กรณีเครือข่ายมีการจัดตั้งอยู่แล้วอย่างเป็นทางการ สามารถวินิจฉัยเครือข่ายได้โดยการตอบคำถาม",
        "Where the network is already formally established, it can be diagnosed by answering these questions",
    ),
    "health.intro.keeping": ("หลักการรักษาความสำเร็จของเครือข่าย มีดังนี้", "The principles for keeping a network's success"),
    "health.intro.leaders": (
        "การพัฒนาสมาชิกแกนนำที่มีประสิทธิภาพ จะเป็นตัวอย่างที่ดีให้แก่กลุ่มสมาชิกเครือข่ายอื่น ๆ เป็นที่ยอมรับและเชื่อถือจากคนภายนอก",
        "Developing effective core members sets a good example to the network's other groups"
        " and earns the trust of outsiders",
    ),
    "health.intro.factors": (
        "ปัจจัยสำคัญในการสร้างและบริหารเครือข่าย ประกอบด้วย 1) ผู้นำของเครือข่าย 2) ระบบการติดต่อสื่อสาร"
        " และการมีกิจกรรมร่วมกัน 3) การจัดระบบสารสนเทศ 4) ทรัพยากรสนับสนุนอย่างเพียงพอ และ 5) ระบบการเรียนรู้ร่วมกัน",
        "The key factors in building and managing a network are 1) its leader 2) communication and shared"
        " activities 3) an information system 4) enough supporting resources and 5) a system of learning together",
    ),
    "health.intro.risks": (
        "ความเสี่ยงของเครือข่ายมาจาก ปัจจัยภายใน และปัจจัยภายนอกเครือข่าย (5 = เครือข่ายป้องกันความเสี่ยงนี้ได้ดี)",
        "A network's risks come from inside it and from outside it (5 = the network is well kept from this risk)",
    ),
    "health.item.perception": ("มีการรับรู้และมุมมองที่เหมือนกัน", "Common perception"),
    "health.item.vision": ("การมีวิสัยทัศน์ร่วมกัน", "Common vision"),
    "health.item.interests": ("มีความสนใจหรือมีผลประโยชน์ร่วมกัน", "Mutual interests and benefits"),
    "health.item.participation": ("การมีส่วนร่วมของสมาชิกในเครือข่าย", "Members' participation"),
    "health.item.complementary": ("มีการเสริมสร้างซึ่งกันและกัน", "Complementary relationship"),
    "health.item.interdependence": ("มีการเกื้อหนุนพึ่งพากัน", "Interdependence"),
    "health.item.interaction": ("มีปฏิสัมพันธ์กันในเชิงแลกเปลี่ยน", "Interaction as exchange"),
    "health.item.information": (
        "เครือข่ายมีการรับรู้ข่าวสารกันอย่างไรทั่วถึงหรือไม่",
        "Does news reach everyone in the network?",
    ),
    "health.item.diverse_views": (
        "เครือข่ายแสดงให้เห็นถึงมุมมองที่หลากหลายหรือไม่",
        "Does the network show a diversity of views?",
    ),
    "health.item.open_to_new": ("สมาชิกใหม่เข้าไปร่วมได้ยากหรือง่าย", "Can new members join easily?"),
    "health.item.results": ("เครือข่ายสามารถทำให้เกิดผลสัมฤทธิ์ได้หรือไม่", "Does the network achieve results?"),
    "health.item.activities": ("มีการจัดกิจกรรมร่วมที่ดำเนินอย่างต่อเนื่อง", "Shared activities that go on"),
    "health.item.relations": (
        "มีการรักษาสัมพันธภาพที่ดีระหว่างสมาชิกเครือข่าย",
        "Good relations kept between members",
    ),
    "health.item.incentives": ("กำหนดกลไกสร้างระบบจูงใจ", "A mechanism of incentives"),
    "health.item.resources": ("จัดหาทรัพยากรสนับสนุนเพียงพอ", "Enough supporting resources"),
    "health.item.help": ("ให้ความช่วยเหลือและช่วยแก้ไขปัญหา", "Help given, problems solved together"),
    "health.item.new_leaders": ("มีการสร้างผู้นำรุ่นใหม่อย่างต่อเนื่อง", "New leaders raised continually"),
    "health.item.maturity": ("มีวุฒิภาวะสูง", "High maturity"),
    "health.item.teamwork": ("มีความเป็นทีม", "Team spirit"),
    "health.item.cohesion": ("มีการรวมตัวของสมาชิกในกลุ่มสูง", "A closely knit group"),
    "health.item.open_communication": ("มีการสื่อสารทั่วถึงและโปร่งใส", "Communication that reaches all, openly"),
    "health.item.trust": ("มีความไวเนื้อเชื่อใจระหว่างสมาชิก", "Trust between members"),
    "health.item.shared_decisions": (
        "ใช้กระบวนการการตัดสินใจแบบให้ทุกคนมีส่วนร่วม",
        "Decisions everyone takes part in",
    ),
    "health.item.respect": ("เคารพความคิดเห็นซึ่งกันและกัน", "Respect for each other's views"),
    "health.item.coordination": (
        "มีการประสานงานระหว่างสมาชิกให้ครบถ้วนไม่ตกหล่นและเป็นเอกภาพ",
        "Coordination that leaves no member out, as one",
    ),
    "health.item.outside_ties": (
        "ประสานงานกับองค์กรภายนอกเครือข่ายได้เป็นอย่างดี",
        "Good coordination with organisations outside",
    ),
    "health.item.factor_leader": ("ผู้นำของเครือข่าย", "The network's leader"),
    "health.item.factor_communication": (
        "ระบบการติดต่อสื่อสาร และการมีกิจกรรมร่วมกัน",
        "Communication and shared activities",
    ),
    "health.item.factor_information": ("การจัดระบบสารสนเทศ", "An information system"),
    "health.item.factor_resources": ("ทรัพยากรสนับสนุนอย่างเพียงพอ", "Enough supporting resources"),
    "health.item.factor_learning": ("ระบบการเรียนรู้ร่วมกัน", "Learning together"),
    "health.item.risk_vision": (
        "ความไม่ชัดเจนของวิสัยทัศน์ วัตถุประสงค์ และเป้าหมายของเครือข่าย",
        "An unclear vision, objectives and goals",
    ),
    "health.item.risk_leader": ("การขาดผู้นำผู้ประสานที่ดี", "No good leader or coordinator"),
    "health.item.risk_communication": ("การสื่อสารไม่ทั่วถึง", "Communication that does not reach all"),
    "health.item.risk_centralised": ("การบริหารรวมศูนย์", "Centralised management"),
    "health.item.risk_opacity": ("ความไม่โปร่งใส", "Lack of transparency"),
    "health.item.risk_benefits": (
        "ความไม่สมดุลในการจัดการผลประโยชน์",
        "Benefits shared out of balance",
    ),
    "health.item.risk_capture": (
        "การถูกครอบงำโดยกลุ่มบุคคลหรือองค์กรภายนอก",
        "Domination by outside people or organisations",
    ),
    "health.item.risk_funder": ("การขึ้นนำโดยแหล่งทุน", "Being led by the funder"),
    "health.item.risk_change": (
        "การเปลี่ยนแปลงทางเศรษฐกิจและสังคม การตลาด",
        "Economic, social and market change",
    ),
    "health.says.perception": (
        "การรับรู้ร่วมกันถือเป็นหัวใจของเครือข่ายที่ทำให้เครือข่ายดำเนินไปอย่างต่อเนื่อง",
        "A shared perception is the heart of a network: it is what keeps the network going",
    ),
    "health.says.vision": (
        "สมาชิกมองเห็นจุดมุ่งหมายในอนาคตที่เป็นภาพเดียวกัน",
        "Members see the same picture of where they aim to be",
    ),
    "health.says.interests": (
        "พึงระลึกว่า เมื่อใดก็ตามที่สมาชิกเห็นว่าเขาเสียประโยชน์มากกว่าได้ หรือ เมื่อเขาได้ในสิ่งที่ต้องการเพียงพอแล้ว"
        " สมาชิกเหล่านั้นก็จะออกจากเครือข่ายไปในที่สุด",
        "Remember: whenever members find they lose more than they gain, or once they have got enough of"
        " what they wanted, they will in the end leave the network",
    ),
    "health.says.participation": (
        "สถานะของสมาชิกในเครือข่ายควรมีความเท่าเทียมกัน ทุกคนอยู่ในฐานะ “หุ้นส่วน” ของเครือข่าย",
        "Members should stand as equals, each a “partner” of the network",
    ),
    "health.says.complementary": (
        "นำจุดแข็งของฝ่ายหนึ่งไปช่วยแก้ไขจุดอ่อนของอีกฝ่ายหนึ่งแล้วทำให้ได้ผลลัพธ์เพิ่มขึ้นในลักษณะพลังทวีคูณ"
        " (1+1>2) มากกว่าผลลัพธ์ที่เกิดขึ้นเมื่อต่างคนต่างอยู่",
        "One side's strength mends the other's weakness, so together they achieve more (1+1>2) than each would alone",
    ),
    "health.says.interdependence": (
        "การทำให้หุ้นส่วนของเครือข่ายยึดโยงกันอย่างเหนียวแน่นจึงจำเป็นต้องทำให้หุ้นส่วนแต่ละคนรู้สึกว่า"
        "หากเอาหุ้นส่วนคนใดคนหนึ่งออกไปจะทำให้เครือข่ายล้มลงได้",
        "To bind the partners tightly, each must feel that taking any one partner away could bring the network down",
    ),
    "health.says.interaction": (
        "ลักษณะของปฏิสัมพันธ์ระหว่างสมาชิกควรเป็นการแลกเปลี่ยนกันมากกว่าที่จะเป็นผู้ให้หรือเป็นผู้รับฝ่ายเดียว",
        "Members should exchange with each other rather than one side only giving or only receiving",
    ),
    "health.says.factor_leader": (
        "บุคคลที่มีบทบาทสำคัญที่สุดในการกำหนดความสำเร็จหรือล้มเหลวของเครือข่าย คือ ผู้นำของเครือข่าย",
        "The person who matters most to the network's success or failure is its leader",
    ),
    "health.says.factor_communication": (
        "การติดต่อสื่อสารกันอย่างสม่ำเสมอระหว่างสมาชิก เป็นช่องทางที่สร้างความยั่งยืนให้กับเครือข่าย",
        "Regular communication between members is what makes a network last",
    ),
    "health.says.factor_information": (
        "ระบบสารสนเทศต้องใช้งานได้ง่าย (user friendly) ทุกคนเข้าถึงได้ง่าย (accessible) และเผยแพร่ให้กระจายออกไปอย่างกว้างขวาง",
        "The information system must be easy to use (user friendly), easy for all to reach (accessible)"
        " and spread widely",
    ),
    "health.says.factor_resources": (
        "เงินทุนในการดำเนินงาน เป็นสิ่งจำเป็นสำหรับการดำเนินงานที่มีความยั่งยืนของเครือข่าย",
        "Operating funds are needed for the network's work to last",
    ),
    "health.says.factor_learning": (
        "เครือข่ายจะแข็งแกร่งก้าวหน้าไปได้ขึ้นอยู่กับความสามารถของสมาชิกของเครือข่าย",
        "How strong a network grows depends on the abilities of its members",
    ),
    "health.says.risk_leader": ("ขาดผู้นำ", "No leader"),
    "health.says.risk_communication": (
        "ระบบการสื่อสาร การสร้างความสัมพันธ์ ระบบการจัดการ เครือข่ายไม่ดี",
        "Poor communication, relationship building and management in the network",
    ),
    "health.says.risk_opacity": (
        "การถูกรวบงำ จากกลุ่มผลประโยชน์ เกิดความไม่โปร่งใส",
        "Captured by interest groups, the network loses its transparency",
    ),
    "health.says.risk_capture": (
        "การถูกรวบงำ จากกลุ่มผลประโยชน์ เกิดความไม่โปร่งใส",
        "Captured by interest groups, the network loses its transparency",
    ),
    "health.cli.help": (
        "พิมพ์การตรวจสุขภาพเครือข่ายครั้งล่าสุด และแนวโน้มของแต่ละข้อ",
        "print the latest network health review and the trend of each item",
    ),
    "health.none": (
        "ยังไม่มีการตรวจสุขภาพเครือข่าย ให้คะแนนได้ในแอป: กด h ที่หน้าแรก",
        "No health review yet. Score one in the app: press h on the home screen",
    ),
    "health.latest": (
        "ตรวจสุขภาพเครือข่ายล่าสุด: {label} ({day}) จากทั้งหมด {count} ครั้ง",
        "Network health, latest review: {label} ({day}), of {count}",
    ),
    "health.average": ("คะแนนเฉลี่ย: {trend}", "Average score: {trend}"),
    "health.evidence": ("หลักฐาน: {note}", "evidence: {note}"),
    "health.weakest": ("ข้อที่อ่อนที่สุด: {items}", "Weakest: {items}"),
    "health.help": (
        "{scores} ให้คะแนน (1 อ่อน – 5 เข้มแข็ง) แล้วไปข้อถัดไป · {clear} ลบคะแนน · {note} เขียนหลักฐาน",
        "{scores} score it (1 weak – 5 strong) and go to the next · {clear} clears · {note} writes the evidence",
    ),
    "health.note_label": ("หลักฐาน:", "Evidence:"),
    "health.column.score": ("คะแนน", "Score"),
    "health.column.trend": ("ครั้งก่อน", "Before"),
    "health.column.item": ("ข้อ", "Item"),
    "health.column.note": ("หลักฐาน", "Evidence"),
    "health.no_review": ("ยังไม่มีการตรวจ ให้คะแนนหรือกด n เพื่อเริ่ม", "no review yet: score one, or press n"),
    "health.mean": ("เฉลี่ย {mean}", "average {mean}"),
    "health.seed": ("เอกสาร {line}", "seed {line}"),
    "health.hint": ("คำใบ้จากผัง (ไม่ใช่คะแนน): {hint}", "Hint from the map (not a score): {hint}"),
    "health.hint.too_big": (
        "คำใบ้จากผัง: เครือข่ายใหญ่เกินกว่าจะคำนวณที่นี่ ดูจุดติดขัดของข้อมูลและช่องว่างในรายงาน (r)",
        "Hint from the map: the network is too big to work it out here; the report (r) has its bottlenecks and gaps",
    ),
    "health.hint.waiting": ("คำใบ้จากผัง: กำลังคำนวณ…", "Hint from the map: working it out…"),
    "health.key.note": ("หลักฐาน", "Evidence"),
    "health.key.new": ("ตรวจครั้งใหม่", "New review"),
    "health.key.earlier": ("ครั้งก่อน", "Earlier review"),
    "health.key.later": ("ครั้งถัดไป", "Later review"),
    "health.key.day": ("วันที่ตรวจ", "Review day"),
    "health.day_title": ("วันที่ของการตรวจ {label}", "The day of review {label}"),
    "health.key.checklists": ("รายการตรวจ", "Checklists"),
    "health.key.keep": ("ใช้รายการที่เลือก", "Use these"),
    "health.choose_checklists": (
        "เลือกรายการตรวจของการตรวจครั้งนี้ (Space เลือก/ไม่เลือก)",
        "The checklists of this review (Space ticks or unticks)",
    ),
    "report.health": ("สุขภาพเครือข่าย", "Network health"),
    "report.health.note": (
        "คะแนน 1 (อ่อน) ถึง 5 (เข้มแข็ง) จากการตรวจสุขภาพเครือข่าย ตามรายการตรวจในเอกสารประกอบการเรียน"
        " แนวโน้มเรียงจากการตรวจครั้งแรกถึงครั้งล่าสุด (– = ไม่ได้ให้คะแนน)",
        "Scores from 1 (weak) to 5 (strong) given in the network health reviews, on the course's checklists;"
        " the trend runs from the first review to the latest (– = not scored)",
    ),
    "report.health.latest": ("การตรวจครั้งล่าสุด", "Latest review"),
    "report.health.average": ("คะแนนเฉลี่ย", "Average score"),
    "report.health.trend": ("แนวโน้ม", "Trend"),
    "report.health.weakest": ("ข้อที่อ่อนที่สุด และเอกสารกล่าวว่า", "The weakest items, and what the seed says"),
    "health.hint.bottlenecks": ("จุดติดขัดของข้อมูลในผัง: {names}", "Information bottlenecks on the map: {names}"),
    "health.hint.no_bottleneck": ("ผังไม่พบจุดติดขัดของข้อมูล", "The map finds no information bottleneck"),
    "health.hint.missing_sectors": ("ภาคที่ยังไม่มีภาคี: {sectors}", "Sectors with no stakeholder: {sectors}"),
    "health.hint.all_sectors": ("ไตรพลังครบทั้งสามภาค", "All three sectors are present"),
    "health.hint.from_ties": ("คำใบ้จากความสัมพันธ์ (ไม่ใช่คะแนน): {hint}", "Hint from the ties (not a score): {hint}"),
    "health.hint.trust": (
        "ความไว้วางใจบนความสัมพันธ์ (ขั้นที่ 4) เฉลี่ย {mean} จาก 5 จาก {count} เส้นที่ให้คะแนน",
        "Trust on the ties (step 4): {mean} of 5 on average, {count} ties scored",
    ),
    "health.hint.no_trust": (
        "ยังไม่มีความสัมพันธ์ที่ให้คะแนนความไว้วางใจ (ขั้นที่ 4)",
        "No tie has a trust score yet (step 4)",
    ),
    "problem.duplicate_review": (
        "การตรวจสุขภาพเครือข่าย {found} ซ้ำกับที่บรรทัด {first}",
        "health review {found} again (first at line {first})",
    ),
    "fix.duplicate_review": (
        "ตั้งชื่อ label ของการตรวจแต่ละครั้งให้ไม่ซ้ำกัน",
        "give each review a label of its own",
    ),
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


#: Message keys built here from these prefixes (tests/test_i18n.py counts the keys under them as used):
#: the keys of Textual's widgets' bindings (describe_key), every field (field_label) and every
#: vocabulary of tui/core/vocab.py (label).
MESSAGE_PREFIXES = (
    "widget.",
    "field.",
    "sector.",
    "kind.individual",
    "kind.node",
    "kind.network",
    "strength.",
    "relation.",
    "tie_form.",
    "group.",
    "power_base.",
    "strategy.",
    "network_kind.",
    "closeness.",
    "plan_status.",
    "language.",
)


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
