"""The first words of the patterns that :func:`doingoai.extract.textscan.matches_at` looks for over whole documents
(or ranges of them): the mentions stage's automaton pass records where each occurs (extract/mentions.py), so those
look-ups need no ``str.find`` pass of their own. A word missing here (or one the pass cannot record, see
:func:`~doingoai.extract.textscan.watchable`) is found with ``str.find`` as before: the list changes how fast, never
what is found."""

from __future__ import annotations


def watched() -> tuple[str, ...]:
    """The first words of ``matches_at``'s callers (read from their modules when the automaton is built)."""
    from doingoai.extract.dates_starts import _WORD_FIRSTS
    from doingoai.extract.events_anaphora import _HEADS, _SEAT_FIRSTS, _THIS_FIRSTS
    from doingoai.extract.events_context import _TREATY_NOUNS
    from doingoai.extract.events_officials import _FOREIGN_FIRSTS

    words = (
        *_WORD_FIRSTS,  # date words (dates_starts)
        *_THIS_FIRSTS,  # "nước này", "tổ chức này" (events_anaphora)
        *_HEADS,  # a body's head noun alone, "Hội đồng" (events_anaphora)
        *_SEAT_FIRSTS,  # "thành viên", "ủy viên" (events_anaphora)
        "nhiệm kỳ",  # (events_anaphora)
        *_TREATY_NOUNS,  # "Hiệp định ... (1977)" (events_context)
        *_FOREIGN_FIRSTS,  # titled foreign leaders (events_officials)
        "các ",  # "các nước thành viên" (events_phrases)
    )
    return tuple(dict.fromkeys(words))
