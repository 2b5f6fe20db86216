"""An organisation's founders counted after its founding (round 97): "Tổ chức được thành lập theo Tuyên bố Băng Cốc
ngày ... với bốn thành viên ban đầu là A, B, C và D", "... khai sinh Tổ chức ... (OPEC), với năm thành viên sáng lập
là A, B, ..." (the count equal to the list, as :mod:`doingoai.extract.events_founded` asks of "gồm năm nước"): each
a founding member, it joined the organisation when founded. A bare head noun opening the sentence ("Tổ chức", "Kế
hoạch") stands for the organisation the text is about (events_org_unstated). The founders told as the signers of
the founding instrument ("được thành lập theo hiệp định do A, B và C ký") are events_founded.founders_as_agents'.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.events_founded import _BARE_HEAD, _COUNT, _NUMBERS, founding_join
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import topic_organisation
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.extract.textscan import occurs

# round 97: the founders counted after the founding, "Tổ chức được thành lập theo Tuyên bố Băng Cốc ngày ... với bốn thành viên ban đầu là A,
# B, C và D", "... khai sinh Tổ chức ... (OPEC), với năm thành viên sáng lập là A, B, ..." (the count equal to the list)
_FOUNDERS_COUNTED: Final = re.compile(
    r",?\s+với\s+(?P<count>"
    + _COUNT
    + r")\s+(?:thành viên|nước|quốc gia)(?: thành viên)?\s+(?:sáng lập|ban đầu)"
    r"\s+(?:là|gồm)\s+"
)
_LISTED_GAP: Final = re.compile(r"\s*(?:,|,?\s*và)\s*")


def _state_run(low: str, index: Any, lo: int, hi: int) -> list[str]:
    """The states listed from ``lo`` to ``hi`` ("A, B và C"; a bracket after a name: "Xây-lan (nay là Sri Lanka)"),
    nothing else between them; [] when anything else is there."""
    codes: list[str] = []
    pos = lo
    for x in index.between(lo, hi):
        if x.start < pos:
            continue
        if x.kind != "country" or (codes and _LISTED_GAP.fullmatch(low, pos, x.start) is None):
            return []
        if not codes and low[lo : x.start].strip():
            return []
        if x.code not in codes:
            codes.append(x.code)
        pos = x.end
        if low.startswith(" (", pos) and (close := low.find(")", pos, pos + 60)) > 0:  # (a source cited too)
            pos = close + 1
    return codes if low[pos:hi].strip() in ("", ")") else []


def founders_counted(low: str, sentences: list[Any], index: Any, ctx: Any) -> list[Draft]:
    """One membership draft per organisation founded with its founders counted ("với bốn thành viên ban đầu là A, B,
    C và D")."""
    if not (
        occurs(low, "sáng lập là")
        or occurs(low, "ban đầu là")
        or occurs(low, "sáng lập gồm")
        or occurs(low, "ban đầu gồm")
    ):
        return []
    out: list[Draft] = []
    for sent in sentences:
        for m in _FOUNDERS_COUNTED.finditer(low, sent.start, sent.end):
            founders = _state_run(low, index, m.end(), _list_end(ctx.doc.text, m.end(), sent.end))
            count = m.group("count")
            if len(founders) < 2 or (int(count) if count.isdigit() else _NUMBERS.get(count, 0)) != len(
                founders
            ):
                continue
            orgs = [x for x in index.between(sent.start, m.start()) if x.kind in ORG_KINDS]
            org = orgs[-1].code if orgs else ""
            if not orgs and _BARE_HEAD_ANY.match(low, sent.start):
                org = topic_organisation(ctx.doc, ctx)
            if not org or org in founders:
                continue
            told = ctx.dates_in(sent.start, m.start())
            # (a date attached to the instrument it was founded under dates the founding: "theo Tuyên bố X ngày ...")
            dates = [d for d in told if not ctx.attached(d)] or told
            out.append(founding_join(founders, org, dates[-1].value if dates else "", sent))
    return out


# the list of founders ends at the clause's end: a comma before a word that is no name ("..., dưới tên gọi X")
_LIST_END: Final = re.compile(r",\s+(\w+)|[;:]|\.(?:\s|$)")


def _list_end(text: str, lo: int, hi: int) -> int:
    """Where the list of names opening at ``lo`` (``text`` as written: a name is capitalised) ends, at most ``hi``."""
    for m in _LIST_END.finditer(text, lo, hi):
        word = m.group(1)
        if word is None or word[0].islower() and word != "và":
            return m.start()
    return hi


# (the founders counted: "Kế hoạch ... đi vào hoạt động ... với bảy thành viên ban đầu là" too)
_BARE_HEAD_ANY: Final = re.compile(_BARE_HEAD.pattern + r"|kế hoạch(?= )|cơ chế(?= )|hiệp hội(?= )")
