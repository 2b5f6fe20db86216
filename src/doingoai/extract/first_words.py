"""The first words of the patterns that :func:`doingoai.extract.textscan.matches_at` looks for over whole documents
(or ranges of them), and the words :func:`~doingoai.extract.textscan.find_all` and
:func:`~doingoai.extract.textscan.occurs` look for: the mentions stage's automaton pass records where each occurs
(extract/mentions.py), so those look-ups need no ``str.find`` pass of their own. A word missing here (or one the
pass cannot record, see :func:`~doingoai.extract.textscan.watchable`) is found with ``str.find`` as before: the
list changes how fast, never what is found."""

from __future__ import annotations

import importlib
from typing import Final

# (module, tuple of first words) of matches_at's callers; read when the automaton is built. A module or name that is
# gone (renamed by a later change) only takes its words out of the list.
_SOURCES: Final = (
    ("doingoai.extract.dates_starts", "_WORD_FIRSTS"),  # date words
    ("doingoai.extract.events_demonstratives", "_THIS_FIRSTS"),  # "nước này", "tổ chức này"
    ("doingoai.extract.events_heads", "_HEADS"),  # a body's head noun alone, "Hội đồng"
    ("doingoai.extract.events_heads", "_SEAT_FIRSTS"),  # "thành viên", "ủy viên"
    ("doingoai.extract.events_context", "_TREATY_NOUNS"),  # "Hiệp định ... (1977)"
    ("doingoai.extract.events_officials", "_FOREIGN_FIRSTS"),  # titled foreign leaders
    # the words textscan.find_all / occurs look for through a whole document
    ("doingoai.extract.events_nominal", "_NOUNS"),  # "Hiệp định ... (1977)" (generic_names)
    ("doingoai.extract.events_officials", "_FIRSTS"),  # titled Vietnamese officials
    ("doingoai.extract.events_dating", "_ANNIVERSARY_WORDS"),  # "kỷ niệm 55 năm ..." (word_spans)
    ("doingoai.extract.events_anaphora", "PAIR_WORDS"),  # "hai nước", "mỗi bên"
    ("doingoai.extract.events_held", "_NOUNS"),  # "hội nghị", "thượng đỉnh" (word_find)
    ("doingoai.extract.events_suspended", "_VERBS"),  # "đình chỉ", "khai trừ", ... (word_find)
    ("doingoai.extract.events_heads", "_ABBR_HEADS_CAP"),  # "Hiệp hội", "Diễn đàn", ...
)
# events_heads' elected term, events_phrases' "các nước thành viên"; events_places' visit and host verbs; the words
# whose absence spares a rule (events_attended, events_founded, events_host, events_meeting_host, events_heads); " bạn"
# (events_partner, places) and " mà " (events_relative) are read off the record of "bạn" and "mà " (textscan._places)
_LITERAL: Final = (
    "nhiệm kỳ",
    "các ",
    "đăng cai",
    "thăm",
    "có mặt",
    "gồm",
    "chủ nhà",
    "cử nhiệm kỳ",
    "bạn",
    "mà ",
)


def watched() -> tuple[str, ...]:
    """The words of ``matches_at``'s, ``find_all``'s and ``occurs``' callers (read from their modules when the
    automaton is built)."""
    words: list[str] = []
    for module, name in _SOURCES:
        try:
            found = getattr(importlib.import_module(module), name, ())
        except ImportError:
            found = ()
        words += [w for w in found if isinstance(w, str)]
    return tuple(dict.fromkeys([*words, *_LITERAL]))
