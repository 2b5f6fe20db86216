""" "Với sự giúp đỡ của Pháp, Nhật Bản và một số nước khác, Việt Nam thanh toán xong ...", "Nhờ sự hỗ trợ của
Liên Xô, Cu-ba xây dựng ...": help named in a fronted phrase ("với / nhờ (có, vào) / được sự <help> của X, ...")
goes from its possessor X to the subject of the clause after the comma; the names of that clause (the debt's
creditor "với IMF") are its own business, not the help's.
"""

from __future__ import annotations

import re

from doingoai.model import EventKind

K = EventKind
_HELP_KINDS = frozenset({K.AID, K.SUPPORT})
# the text of the clause before the help noun: the phrase opens the sentence or follows a comma
_FRONTED = re.compile(r"(?:^|[,;:]\s*)(?:với|nhờ(?: có| vào)?|được) (?:sự |những |các )?$", re.IGNORECASE)
# before a name: the fronted phrase up to its "của" (for the grouping: its list of helpers ends at the comma)
FRONTED_OF = re.compile(
    r"(?:^|[.;:\n,]\s*)(?:[Vv]ới|[Nn]hờ(?: có| vào)?|[Đđ]ược) sự (?:[^\W\d_]+ ){1,4}của $"
)


def fronted_help(
    text: str, kind: EventKind, before: str, post: list, te: int
) -> tuple[list[str], list[str]] | None:
    """(helpers, helped) for a help noun in a fronted phrase, else None. ``before``: the clause up to the
    trigger; ``post``: the groups after it (the helpers with "của", then the subject after a comma)."""
    if kind not in _HELP_KINDS or not post or post[0].marker != "của" or _FRONTED.search(before) is None:
        return None
    agent = post[0]
    if agent.marker_pos - te > 25:
        return None
    for g in post[1:]:
        if g.marker == "" and text.find(",", agent.end, g.start) >= 0:
            return list(agent.codes), list(g.codes)
        if g.marker == "":
            return None
    return None
