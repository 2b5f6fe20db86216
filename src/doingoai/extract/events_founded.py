"""An organisation's founding told with its founders listed after it: "GCC ra đời năm 1981, gồm Ả-rập Xê-út, Ca-ta,
Cô-oét, Ba-ranh và Ô-man", "ASEAN được thành lập ngày 8/8/1967, gồm năm nước In-đô-nê-xi-a, ...". Each state listed
after "gồm" joined the organisation (a founding membership) when it was founded — only where the text says they are the
founders (a plain list is the members of today). A founding told with its agents, "Tổ chức được thành lập ngày ...
tại Li-xbon bởi bảy nước: A, B, ...", names the founders too; its subject may be a bare head noun ("Tổ chức", "Nhóm")
standing for the organisation the text is about (round 29). See docs/decisions.md (Events, round 18; Review
(session 6)).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.events_org_unstated import topic_organisation
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.extract.textscan import occurs
from doingoai.model import EventKind, Mention, Status

# "<ORG> (chính thức) ra đời / được thành lập / thành lập (<date>), (ban đầu | khi thành lập) (bao) gồm (các nước
# sáng lập | năm nước) A, B và C". A list with no such word is the members of today ("ASEAN được thành lập năm 1967,
# gồm Bru-nây, ..., Việt Nam"): only "sáng lập", "ban đầu", "lúc đầu", "khi thành lập", or a count equal to the
# list's length ("gồm năm nước A, B, C, D và E"), make it the founders.
_COUNT: Final = r"\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười(?: một| hai| ba)?"
_FOUNDED_WITH: Final = re.compile(
    r"\s*(?:chính thức\s+|đã\s+)?(?:ra đời|được thành lập|được lập ra|thành lập)\b(?P<mid>[^.;:\n,]{0,40}),\s*"
    r"(?P<first>(?:ban đầu|lúc đầu|khi (?:mới )?(?:thành lập|ra đời))\s*,?\s*)?(?:chỉ\s+)?(?:bao\s+)?gồm\s+"
    r"(?:(?:các|những) (?:nước|quốc gia|thành viên)(?P<f1> sáng lập(?: là)?)?\s+"
    r"|(?P<count>" + _COUNT + r") (?:nước|quốc gia|thành viên)(?P<f2> sáng lập(?: là)?)?\s+)?"
)
# "<ORG> / Tổ chức được thành lập (ngày ...) (tại ...) bởi (bảy nước:) A, B và C": the founders are the agents
_FOUNDED_BY: Final = re.compile(
    r"\)?\s*(?:chính thức\s+|đã\s+)?(?:được thành lập|được lập ra)\b[^.;:\n]{0,60}?\bbởi\s+"
    r"(?:(?P<count>" + _COUNT + r") (?:nước|quốc gia)(?: sáng lập)?\s*:?\s*)?"
)
# a bare head noun opening its sentence stands for the organisation the text is about (events_org_unstated)
_BARE_HEAD: Final = re.compile(
    r"(?:tổ chức|nhóm|khối|liên minh|cộng đồng|hiệp hội|diễn đàn|liên đoàn|hội đồng)(?= )"
)
_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_NUMBERS |= {"mười một": 11, "mười hai": 12, "mười ba": 13}
_LIST_GAP: Final = re.compile(r"\s*(?:,|và|,\s*và|cùng)?\s*$")


def founders_listed(
    low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any
) -> list[Draft]:
    """One membership draft per organisation whose founding is told with a "gồm A, B và C" list of states."""
    by = occurs(low, " bởi ") and (occurs(low, "thành lập") or occurs(low, "lập ra"))
    if not occurs(low, "gồm") and not by:
        return []
    out: list[Draft] = []
    orgs: list[Any] = [m for m in index.mentions if m.kind in ORG_KINDS]
    if by:  # "Tổ chức được thành lập ... bởi bảy nước: ...": the organisation the text is about
        topic = topic_organisation(ctx.doc, ctx)
        for sent in sentences if topic else ():
            head = _BARE_HEAD.match(low, sent.start)
            if head is not None and _FOUNDED_BY.match(low, head.end()):
                orgs.append(Mention(sent.start, head.end(), topic, "organisation", "head"))
    for org in orgs:
        m = _FOUNDED_WITH.match(low, org.end) or (_FOUNDED_BY.match(low, org.end) if by else None)
        if m is None:
            continue
        members: list[str] = []
        pos = m.end()
        for x in index.between(m.end(), m.end() + 400):
            if x.start < pos:
                continue
            if x.kind != "country" or _LIST_GAP.fullmatch(low, pos, x.start) is None:
                break
            if x.code not in members:
                members.append(x.code)
            pos = x.end
        if len(members) < 2 or not _founders(m, len(members)):
            continue
        k = bisect_right(sentence_starts, org.start) - 1
        if k < 0:
            continue
        sent = sentences[k]
        dates = [d for d in ctx.dates_in(org.end, m.end()) if not ctx.attached(d)]
        date = dates[0].value if dates else ""
        if not date:
            before = [d for d in ctx.dates_in(sent.start, org.start) if not ctx.attached(d)]
            date = before[-1].value if before else ""
        out.append(founding_join(members, org.code, date, sent))
    return out


def _founders(m: re.Match[str], n: int) -> bool:
    """Does the list of ``n`` states matched after ``m`` name the founders (not the members of today)?"""
    if "bởi" in m.group(0):  # "được thành lập bởi (N nước:) A, B và C": the agents of the founding
        count = m.group("count")
        return count is None or (int(count) if count.isdigit() else _NUMBERS.get(count, 0)) == n
    if m.group("first") or m.group("f1") or m.group("f2"):
        return True
    count = m.group("count")
    return count is not None and (int(count) if count.isdigit() else _NUMBERS.get(count, 0)) == n


# round 32: the founders named as the agents before the verb, "<ORG> được A và B thành lập (năm ...)", "Tổ chức được
# A, B và C lập ra tại ...", "... là cơ chế do A và B lập ra năm 1949" (a bare head noun, or the entry's defining
# noun, stands for the organisation the text is about, as in _FOUNDED_BY)
_AGENT_FOUNDED: Final = re.compile(
    r"\b(?:được|do)\s+(?P<list>[^.;:\n]{2,220}?)\s+(?:thành lập|lập ra|sáng lập)\b"
)
_SUBJECT_GAP: Final = re.compile(r"\s*\)?\s*(?:,\s*)?(?:(?:đã|chính thức)\s+)?$")
# (round 59: a few words may qualify the noun, "là tổ chức liên chính phủ khu vực do ...", "là tổ chức liên chính phủ
# của các nước xuất khẩu dầu thô, được ..."; and "Tiền thân của tổ chức là X (Y), được A và B thành lập": the
# predecessor, told in the text about its successor, stands for the text's organisation as gold has it)
_DEFINED_AS: Final = re.compile(
    r"\blà\s+(?:một\s+)?(?:cơ chế|tổ chức|nhóm|khối|liên minh|diễn đàn|hiệp hội)(?:\s+[^\W\d_]+){0,12}\s*,?\s+$"
)
_PREDECESSOR: Final = re.compile(r"\s*tiền thân của (?:tổ chức|nhóm|khối|liên minh|hội đồng|ủy ban) là\b")
_NOT_A_LIST: Final = re.compile(r"\b(?:đã|sẽ|được|bị|của|với|nhằm|để|khi|sau|trước)\b")
# rounds 97/103: founded under an instrument its founders signed, "<ORG> (là ...), được thành lập / lập ra / ra đời
# theo hiệp định / Hiệp ước X / tuyên bố do / mà (nguyên thủ) A, B và C ký (tại ...) ngày ...": the signatories of
# the founding instrument are the founders
_SIGNED_FOUNDING: Final = re.compile(
    r"\b(?:được thành lập|được lập ra|ra đời)\s+theo\s+[^.;:\n,()]{2,80}?\s(?:do|mà)\s+"
    r"(?:(?:nguyên thủ|đại diện|lãnh đạo|chính phủ)\s+(?:(?:của\s+)?các nước\s+)?)?"
    r"(?P<list>[^.;:\n]{2,220}?)\s+(?:cùng\s+|đã\s+)?(?:ký|ký kết)\b"
)


def founders_as_agents(
    low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any
) -> list[Draft]:
    """One membership draft per organisation founded by the states named between "được / do" and the verb."""
    if not (occurs(low, "thành lập") or occurs(low, "lập ra")):
        return []
    out: list[Draft] = []
    for sent in sentences:
        for m in (
            *_AGENT_FOUNDED.finditer(low, sent.start, sent.end),
            *_SIGNED_FOUNDING.finditer(low, sent.start, sent.end),
        ):
            ls, le = m.start("list"), m.end("list")
            founders: list[str] = []
            pos = ls
            for x in index.between(ls, le):
                if x.kind != "country":
                    continue
                if _NOT_A_LIST.search(low, pos, x.start) or x.start - pos > 60:
                    founders = []
                    break
                if x.code not in founders:
                    founders.append(x.code)
                pos = x.end
            if len(founders) < 2 or _NOT_A_LIST.search(low, pos, le) or le - pos > 40:
                continue
            org = ""
            prev = [x for x in index.between(sent.start, m.start()) if x.kind in ORG_KINDS]
            if prev and _SUBJECT_GAP.fullmatch(low, prev[-1].end, m.start()):
                org = prev[-1].code
            elif (
                (head := _BARE_HEAD.match(low, sent.start)) is not None
                and _SUBJECT_GAP.fullmatch(low, head.end(), m.start())
                or _DEFINED_AS.search(low, max(sent.start, m.start() - 90), m.start())
                or _PREDECESSOR.match(low, sent.start)
            ):
                org = topic_organisation(ctx.doc, ctx)
            if not org or org in founders:
                continue
            after = [d for d in ctx.dates_in(m.end(), sent.end) if not ctx.attached(d)]
            before = [d for d in ctx.dates_in(sent.start, m.start()) if not ctx.attached(d)]
            date = after[0].value if after else before[-1].value if before else ""
            out.append(founding_join(founders, org, date, sent))
    return out


def founding_join(founders: list[str], org: str, date: str, sent: Any) -> Draft:
    """The founders' joining of the organisation ``org`` they founded, told in ``sent`` (dated by ``date``, when
    one is written; also events_founders_counted)."""
    return Draft(
        EventKind.MEMBERSHIP_JOIN,
        tuple(founders),
        (org,),
        date,
        Status.OCCURRED,
        (sent.start, sent.end),
        explicit=bool(date),
    )
