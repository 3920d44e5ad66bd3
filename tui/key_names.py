"""Keys as the screens write them: ``^e``, ``F1``, ``Esc``, ``1-5``.

The key bar, the help screen and every hint that tells the user which key to
press write keys the same short way. A hint takes its key from the binding
itself (``key_name(VISION)``), never from words typed into the translations:
the plan screen once said "press v" for a key that had become ctrl+e.
"""

from __future__ import annotations

from textual.binding import Binding

#: Textual's names of keys that read better as their symbol or a short word.
KEY_NAMES = {
    "question_mark": "?",
    "enter": "Enter",
    "escape": "Esc",
    "tab": "Tab",
    "space": "Space",
    "delete": "Del",
    "slash": "/",
    "plus": "+",
    "minus": "-",
    "equals_sign": "=",
}


def key_label(key: str) -> str:
    """``ctrl+q`` -> ``^q``, ``f1`` -> ``F1``: short, as terminal users write keys."""
    if key in KEY_NAMES:
        return KEY_NAMES[key]
    if key.startswith("ctrl+"):
        return "^" + key[5:]
    if key[:1] == "f" and key[1:].isdigit():
        return key.upper()
    return key


def key_name(binding: Binding) -> str:
    """The key of ``binding`` as a hint names it (the first, when it has several)."""
    return binding.key_display or key_label(binding.key.split(",")[0].strip())


def key_range(first: Binding, last: Binding) -> str:
    """``1-5``: a run of keys bound alike, named by its ends."""
    return f"{key_name(first)}-{key_name(last)}"


#: Choosing which stakeholder is our group: offered in step 1, on the planning table and in its vision dialog.
CHOOSE_OUR_GROUP = Binding("ctrl+o", "app.choose_our_group", "key.our_group", id="our_group")
