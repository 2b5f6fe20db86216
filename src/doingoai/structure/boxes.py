"""Text boxes of textbooks and handbooks ("Em có biết?", "Tư liệu", "Ghi nhớ"): a frame drawn around a
few lines, a label in capitals heading them.

* A border standing alone on its line, drawn in box characters ("──────", "══════", "┌────┐") or in
  ASCII ("+--------+", "+========+"): a separator (no block, nothing joins it), as a rule of "=" is.
* A label of a few words in capitals, ending in a question mark, an exclamation or no mark ("EM CÓ
  BIẾT?", "GHI NHỚ"), over a longer line of ordinary text: a heading of its own, never the first words of
  the paragraph under it (even a question: "EM CÓ BIẾT?" asks nothing of the reader).
"""

from __future__ import annotations

import re

BORDER_ENDS = frozenset("─━═+┐┘╗╝")
_BORDER = re.compile(r"[┌└╔╚+]?(?:─{5,}|━{5,}|═{5,})[┐┘╗╝+]?|\+(?:-{5,}|={5,})\+")
MAX_LABEL_WORDS = 6


def is_border(t: str) -> bool:
    """``t`` is a box's border drawn alone on its line."""
    return t[-1] in BORDER_ENDS and _BORDER.fullmatch(t) is not None


def caps_label(t: str, nxt: str) -> bool:
    """``t`` is a short label in capitals ("EM CÓ BIẾT?") over ``nxt``, a longer line of ordinary text."""
    return (
        t[-1] not in ".,;:)"
        and len(t.split()) <= MAX_LABEL_WORDS
        and t.isupper()
        and len(nxt) > len(t)
        and nxt[0].isupper()
        and not nxt.isupper()
    )
