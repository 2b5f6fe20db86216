"""Mention groups around a trigger: who is named, and with which marker word before the name.

Mentions are grouped: coordinated names ("Lào và Campuchia", "Mỹ và phương Tây") form one group;
a name right after another with only a space or "/" between ("HĐBA LHQ", "HĐBA/LHQ") qualifies it
and is dropped. Each group carries the marker word before it ("với", "của", "từ", "bị", ...; "như",
"đặc biệt là" introduce examples and keep the marker before them). :mod:`doingoai.extract.events_roles`
reads roles off the groups.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final, NamedTuple

from doingoai.extract import gazetteer
from doingoai.extract.cue_tries import trie_pattern
from doingoai.extract.events_codes import _acting, _codes
from doingoai.extract.events_context import covered
from doingoai.extract.events_fronted import FRONTED_OF
from doingoai.extract.events_group_gaps import UNTIL_TIME, VOTES_GAP
from doingoai.extract.events_titles import title_possessor
from doingoai.extract.mention_kinds import ORG_KINDS
from doingoai.extract.triggers import COORD_GAP
from doingoai.model import Mention

# what may stand between a passive "được"/"bị" and its agent: "được nhân dân Lào", "bị chính quyền Pol Pot"
_AGENT_WORDS: Final = frozenset(
    "nhân dân chính phủ nhà nước các nước phía đảng quân đội lực lượng chính quyền bạn bè quốc tế nhiều những "
    "tổng thống thủ tướng chủ tịch lãnh đạo cộng đồng giới quốc hội nghị viện thượng hạ tất cả đại diện".split()
)
ACTOR_KINDS: Final = frozenset({"country", "organisation", "body", "party", "collective", "person"})
LOCATION_MARKERS: Final = frozenset({"ở", "tại", "trên", "trong"})
_TIME_PHRASE: Final = re.compile(  # (the lower-cased text; not "trong năm nước": among five states)
    r"trong (?:năm(?! nước| quốc gia| thành viên| bên)|tháng|tuần|quý|thời gian|giai đoạn|thập kỷ|thập niên)"
    r"(?: [\w/–-]+){0,3} "
)
_ROLE_HELD: Final = re.compile(r"\b(?:cương vị|tư cách)\b[^,;:()]{0,30}$")
_ROLE_WORD: Final = re.compile("cương vị|tư cách")  # _ROLE_HELD's pre-check
# round 125: the place an attack or a strike hits, after its target noun, if any ("tấn công chín địa điểm ở X", "không
# kích các cơ sở quân sự tại X", "nối lại các cuộc không kích trên khắp X", "chiến dịch quân sự quy mô lớn tại X")
_ATTACKED: Final = (
    r"\b(?:(?:tấn công|không kích|ném bom|bắn phá|oanh tạc|pháo kích)(?! mạng)(?: (?:vào|nhằm vào))?"
    r"(?: (?:các|những|nhiều|hàng loạt|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+))?"
    r"(?: (?:địa điểm|mục tiêu|cơ sở|căn cứ|vị trí|thành phố|thị trấn|làng|khu vực|khu dân cư|đồn|sân bay|cảng)"
    r"(?: [^\W\d_]+){0,4})?|chiến dịch quân sự (?:quy|với quy) mô (?:lớn|rộng)) "
)
# a place after an operation is its target, after a mission its host (round 27): "mở chiến dịch quân sự tại U-crai-na",
# "thành lập Phái bộ Quản lý chuyển tiếp của Liên hợp quốc tại Đông Timor" (not "làm nhiệm vụ tại Phái bộ ... ở X");
# round 36: a no-fly zone's place is its target ("vùng cấm bay trên không phận Li-bi")
_OPERATION_AT: Final = re.compile(
    r"(?:chiến dịch quân sự(?: đặc biệt)? |vùng cấm bay |\b(?:thành lập|lập ra|triển khai) (?:một )?(?:phái bộ|chiến dịch|lực lượng"
    r"|nhóm hỗ trợ)\b[^.;:,()\n]{0,60}|" + _ATTACKED + ")$"
)
# a government "ở / tại X" is X's government, no place (round 120): "cấm vận đối với chính quyền phân biệt chủng tộc ở Nam
# Phi", "viện trợ cho chính quyền quân sự tại Mi-an-ma" (the marker before the government word governs X)
_REGIME_AT: Final = re.compile(
    r"\b(?:chính quyền|chế độ|nhà cầm quyền|giới cầm quyền)(?: (?!lưu vong)[^\W\d_]+){0,4} $", re.IGNORECASE
)
MARKER_WINDOW: Final = 5  # a marker governs a name at most this many words after it
# words that mark the role of a following name ("như", "nhất là" introduce examples: EXAMPLE_WORDS)
MARKER_WORDS: Final = frozenset(
    "với cho của từ bởi giữa ở tại trên trong sang tới đến vào thăm bị được".split()
)
_ANY_MARKER: Final = re.compile(trie_pattern(MARKER_WORDS))  # a pre-check (as substrings)
_MARK_PUNCT: Final = ',.;:()“”"'
_NOT_PASSIVE: Final = frozenset({"thiết", "chuẩn", "dự", "phòng"})
EXAMPLE_WORDS: Final = ("như", "nhất là", "đặc biệt là", "kể cả", "bao gồm", "trong đó có", "gồm")
_SIMPLE_COORD: Final = frozenset(
    {",", "và", "/", "–", "-", "(", ")", ", và", "và các nước", "và nước", ", các nước"}
)
# a vote count in brackets after a name goes on with the list (round 35): "A (192 phiếu) và B cùng được bầu"
_QUALIFIER_GAP: Final = re.compile(r"^(?:\s+|\s*/\s*|\s*\(\s*)$")
# "Việt Nam cùng các nước thành viên CPTPP và Anh ký ...": the members of a group named by its abbreviation (an
# agreement, not an actor name) stand in the coordination
_MEMBERS_GAP: Final = re.compile(
    r"^\s*(?:,|và|cùng(?: với)?)\s+(?:tất cả |toàn bộ )?(?:các )?(?:nước|quốc gia|nền kinh tế) thành viên(?: của)?"
    r" (?!(?:nay|khi|cho|hay|kia|mang|la)\b)(?P<abbr>[a-z][a-z0-9-]{1,9})\s*(?:,|và|cùng(?: với)?)\s*$"  # (lower-cased)
)


def _members_of(gap_match: re.Match, offset: int) -> list[Mention]:
    """The group whose members stand in the coordination ("các nước thành viên CPTPP"), as a party of its own when
    the gazetteer knows the abbreviation (an agreement or organisation acting as a group), else nothing."""
    e = gazetteer.entry(gap_match.group("abbr").upper())
    if e is None or e.kind not in ("agreement", "organisation"):
        return []
    return [
        Mention(
            offset + gap_match.start("abbr"),
            offset + gap_match.end("abbr"),
            e.code,
            "organisation",
            "members",
        )
    ]


class Group(NamedTuple):  # a NamedTuple: built for every name group, cheaper than a frozen dataclass
    start: int
    end: int
    codes: tuple[str, ...]
    kinds: tuple[str, ...]
    marker: str  # lower-cased marker word before the group, "" when none
    marker_pos: int  # where the marker starts (-1 when none)


_new = tuple.__new__  # Group(...) without the NamedTuple's Python-level __new__


class MentionIndex:
    """Actor mentions of a document, sorted, for range queries."""

    def __init__(
        self, mentions: list[Mention], exclude: list[tuple[int, int]], extra: Sequence[Mention] = ()
    ):
        ex = sorted(exclude)
        keep = [m for m in mentions if m.kind in ACTOR_KINDS and not covered(m.start, m.end, ex)]
        keep += [m for m in extra if not covered(m.start, m.end, ex)]  # "hai nước" (events_anaphora)
        self.mentions = sorted(keep, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]

    def plus(self, extra: list[Mention], exclude: list[tuple[int, int]]) -> MentionIndex:
        """``MentionIndex(self.mentions, exclude, extra)`` for the ``exclude`` this index was built with: its
        mentions are kept as they are (filtered already), only ``extra`` is filtered."""
        new = MentionIndex([], exclude, extra)
        new.mentions = sorted(self.mentions + new.mentions, key=lambda m: (m.start, -m.end))
        new._starts = [m.start for m in new.mentions]
        return new

    def any_between(self, start: int, end: int) -> bool:
        """Is any mention inside ``[start, end)``? (what :meth:`between` would return, without the list)"""
        i = bisect_left(self._starts, start)
        ms = self.mentions
        while i < len(ms) and ms[i].start < end:
            if ms[i].end <= end:
                return True
            i += 1
        return False

    def between(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]


# "Cùng (với) X, ..." opening a sentence, a clause or an item: a companion, not the first of a list
_FRONTED_WITH: Final = re.compile(r"(?:^|[.;:\n]\s*|[-+•–]\s+)[Cc]ùng(?: với)? $")
# "(Ngày ..., ) ngay khi / sau khi giành độc lập từ X, Y ...": a fronted "khi" clause, its names end at the comma
_SAYS: Final = frozenset(
    {"biết", "hay", "rằng", "là", "thấy"}
)  # "cho biết / cho hay / cho rằng": verbs of saying
_LIST_GOES_ON: Final = re.compile(r"\s*(?:,|và\b|cùng\b|hoặc\b)")
_FRONTED_WHEN: Final = re.compile(
    r"(?:^|[.;:\n,]\s*)(?:[Nn]gay |[Nn]gay sau |[Ss]au |[Tt]rước |[Mm]ỗi |(?:[Kk]ể )?[Tt]ừ )?[Kk]hi [^,.;:\n]*$"
)


def groups(text: str, mentions: list[Mention], lo: int, hi: int) -> list[Group]:
    """Group the mentions in ``[lo, hi)``; location phrases ("ở các nước XHCN") are left out."""
    out: list[Group] = []
    cur: list[Mention] = []
    prev_end = lo
    for m in mentions:
        start = m.start
        if start < prev_end:  # nested or overlapping: keep the outer one
            continue
        joined = False
        members = None
        if cur and start - prev_end <= 90:  # (over 40: COORD_GAP)
            gap = text[prev_end:start]
            kind, last_kind = m.kind, cur[-1].kind
            if len(gap) <= 3 and kind in ORG_KINDS and last_kind in ORG_KINDS and _QUALIFIER_GAP.match(gap):
                prev_end = m.end  # "HĐBA LHQ": LHQ qualifies HĐBA
                continue
            bare = gap.strip()
            if not bare and kind == "person" and last_kind == "country":
                prev_end = m.end  # "Tổng thống Hoa Kỳ Bill Clinton": the person is the country's
                continue
            if bare == "," and (kind == "person") != (last_kind == "person"):
                pass  # "của Tổng thống Joe Biden, Việt Nam và Hoa Kỳ ...": a comma ends the person's phrase
            elif (
                bare == ","
                and FRONTED_OF.search(text, max(lo, cur[0].start - 50), cur[0].start)
                and not _LIST_GOES_ON.match(text, m.end)
            ):
                pass  # "Với sự giúp đỡ của Pháp, Việt Nam ...": the fronted helpers end at the comma (events_fronted)
            elif bare == "," and _FRONTED_WITH.search(text, max(lo, cur[0].start - 30), cur[0].start):
                pass  # "Cùng với Nhật Bản, Hàn Quốc là ...": the fronted companion's phrase ends at the comma
            elif (
                bare == ","
                and _FRONTED_WHEN.search(text, max(lo, cur[0].start - 60), cur[0].start)
                and not _LIST_GOES_ON.match(text, m.end)
            ):  # "ngay khi giành độc lập từ Bồ Đào Nha, Mô-dăm-bích thiết lập ...": the fronted clause ends at the
                pass  # comma (not "khi thăm Pháp, Đức và Anh, ...": a list goes on)
            elif bare == "," and m.via == "anaphora" and cur[-1].via != "anaphora":
                pass  # "của Tổng thống Hoa Kỳ, hai nước nâng ...": the pair after a comma opens the main clause
            elif bare in ("và", ", và") and kind == "pair" and cur[-1].via != "anaphora":
                pass  # "X thăm Việt Nam và hai nước nâng ...": the pair opens the next clause (no list of names)
            elif (
                gap == ", "
                and _ROLE_HELD.search(text, max(lo, cur[0].start - 40), cur[0].start)
                or (gap == "), " and text[cur[0].start - 1] == "(")
            ):  # "trên cương vị Chủ tịch ASEAN, Việt Nam ...", "họp ở Bandar Seri Begawan (Bru-nây), Việt Nam
                pass  # được kết nạp": the role's or the bracket's name ends at the comma
            else:
                joined = bare in _SIMPLE_COORD or COORD_GAP.match(gap) is not None
                if not joined and "phiếu" in gap:  # "Việt Nam (192 phiếu) và Tuy-ni-di" (round 31)
                    joined = VOTES_GAP.match(gap) is not None
                if not joined and "thành viên" in gap:
                    members = _MEMBERS_GAP.match(gap)
                    joined = members is not None
        if joined:
            if members:
                cur += _members_of(members, prev_end)
            cur.append(m)
        else:
            if cur:
                out.append(_group(text, cur, out, lo))
            cur = [m]
        prev_end = m.end
    if cur:
        out.append(_group(text, cur, out, lo))
    return [g for g in out if g.marker not in LOCATION_MARKERS]


def _group(text: str, ms: list[Mention], before: list[Group], lo: int) -> Group:
    start = ms[0].start
    gap_start = before[-1].end if before else lo
    gap = text[max(gap_start, start - 80) : start]  # markers sit just before the name
    ex = _example_start(gap) if gap.rstrip().endswith(EXAMPLE_WORDS) else -1
    head = gap[:ex] if ex >= 0 else gap
    if _ANY_MARKER.search(head) is None:  # (_marker, inline: most names have no marker word before them)
        marker, pos = "", -1
    else:
        marker, pos = _last_marker(head, max(MARKER_WINDOW, _people_words(head) + 1) + (3 if ex >= 0 else 0))
    if not marker and ex < 0 and (of := title_possessor(gap)) >= 0:
        marker, pos = "của", of  # "của một lãnh đạo cấp cao Hung-ga-ri": a title between (events_titles)
    if pos >= 0:
        pos += start - len(gap)
    if ex >= 0 and not marker and before:
        marker, pos = before[-1].marker, before[-1].marker_pos  # "..., như X": same role as the list before
    elif (
        marker in ("trên", "ở", "với")
        and _ROLE_WORD.search(text, pos, start)
        and _ROLE_HELD.search(text, pos, start)
    ):
        marker = "cương vị"  # "trên cương vị / với tư cách Chủ tịch ASEAN": a role held, no place nor partner
    elif marker in LOCATION_MARKERS and text.find("quan hệ", pos, start) >= 0:
        marker = "giữa"  # "trong quan hệ hai nước": the parties of the relation, not a place
    elif marker in LOCATION_MARKERS and _OPERATION_AT.search(text, max(0, pos - 110), pos) is not None:
        marker = ""  # "mở chiến dịch quân sự tại U-crai-na", "Phái bộ ... tại Đông Timor": no mere place
    elif marker in ("ở", "tại") and _REGIME_AT.search(text, max(0, pos - 60), pos) is not None:
        rel = pos - (start - len(gap))  # "đối với chính quyền ... ở X": the marker before the government word
        marker, pos = (
            _last_marker(head[:rel], MARKER_WINDOW + 4) if _ANY_MARKER.search(head[:rel]) else ("", -1)
        )
        if pos >= 0:
            pos += start - len(gap)
    elif marker == "trong" and _TIME_PHRASE.fullmatch(text, pos, start) is not None:
        marker, pos = (
            "",
            -1,
        )  # "trong năm nay Gioóc-đa-ni ... được kết nạp": "trong" takes the time, not the name
    elif marker in ("đến", "tới", "sang") and UNTIL_TIME.fullmatch(text, pos, start) is not None:
        marker, pos = (
            "",
            -1,
        )  # "phải đến tháng 7/2024 Bô-li-vi-a mới ...": the time, not a destination (round 31)
    elif (
        marker
        and ex < 0
        and text.find(",", pos, start) >= 0
        and _people_words(text[pos + len(marker) : start]) < len(text[pos + len(marker) : start].split())
    ):  # ("của Đảng, Chính phủ và nhân dân Trung Quốc": one list of a state's people and bodies, round 46)
        marker, pos = (
            "",
            -1,
        )  # "tại Giơ-ne-vơ, Đại hội đồng WTO ...", "Từ năm 1975, Hoa Kỳ ...": the phrase ends at the comma
    if len(ms) == 1 and ms[0].kind != "person" and ms[0].via != "anaphora":
        m = ms[0]
        return _new(
            Group, (start, m.end, (_acting(m.code) if m.kind == "body" else m.code,), (m.kind,), marker, pos)
        )
    codes: list[str] = []
    for m in ms:
        for code in _codes(m):
            if code not in codes:
                codes.append(code)
    return _new(Group, (start, ms[-1].end, tuple(codes), tuple([m.kind for m in ms]), marker, pos))


# a state's people and bodies listed before its name: "Đảng, Chính phủ và nhân dân "
_PEOPLE_LIST: Final = re.compile(
    r"(?:(?:^|\s|,)(?:và\s+)?(?:đảng|chính phủ|nhà nước|nhân dân|quốc hội|quân đội|chính quyền)\b,?)+\s*$",
    re.IGNORECASE,
)


# _PEOPLE_LIST's last word, its comma and the spaces to the end: any match of _PEOPLE_LIST ends on this, its last
# word starting at most 12 characters ("chính quyền,") before the end of head.rstrip() (str.isspace is "\s")
_PEOPLE_END: Final = re.compile(
    r"(?:đảng|chính phủ|nhà nước|nhân dân|quốc hội|quân đội|chính quyền)\b,?\s*$",
    re.IGNORECASE,
)


# (speed round 29) what the last character of _PEOPLE_END's word may be, read case-blind as the engine does (the
# words end on "c", "g", "i", "n", "ủ"; "İ" and "ı" are an "i" to it): the character before the spaces at the end
# of the head, or before a comma there, since only ",?\s*" may follow the word (tests check the set)
_PEOPLE_LAST: Final = frozenset("CGINcginİıỦủ")


def _people_words(head: str) -> int:
    """How many words at the end of ``head`` name a state's people or bodies ("của Đảng, Chính phủ và nhân dân "
    before "Trung Quốc": six), so that the marker before them still governs the name (round 46)."""
    end = head.rstrip()
    if (end[-2:-1] if end.endswith(",") else end[-1:]) not in _PEOPLE_LAST:
        return 0  # (most heads end on another letter: no case-blind search of their last 12 characters)
    if _PEOPLE_END.search(head, max(0, len(end) - 12)) is None:
        return 0  # (exact: a match of the list ends on a word of it, see _PEOPLE_END)
    m = _PEOPLE_LIST.search(head, max(0, len(head) - 60))
    if m is None:
        return 0
    # "của một tổ chức phi chính phủ Na Uy": the body's words count too (round 159)
    ngo = _NGO.search(head, max(0, m.start() - 24), m.end())
    return len(m.group().split()) + (len(ngo.group().split()) if ngo is not None else 0)


# a non-governmental body before "chính phủ": its words count with it ("tổ chức phi chính phủ" is one noun)
_NGO: Final = re.compile(r"(?:(?:một|các|những|nhiều) )?tổ chức phi(?= chính phủ)", re.IGNORECASE)


def _example_start(gap: str) -> int:
    """Where a trailing "như" / "nhất là" / "đặc biệt là" ... starts in ``gap``, or -1."""
    g = gap.rstrip()
    if not g.endswith(EXAMPLE_WORDS):
        return -1
    for x in EXAMPLE_WORDS:
        if g.endswith(x) and (len(g) == len(x) or not g[-len(x) - 1].isalnum()):
            return len(g) - len(x)
    return -1


def _marker(head: str, n: int) -> tuple[str, int]:
    """The last marker word among the last ``n`` words of ``head`` (lower-cased) and its offset, or ("", -1)."""
    if _ANY_MARKER.search(head) is None:
        return "", -1  # most names have no marker word before them at all
    return _last_marker(head, n)


def _last_marker(head: str, n: int) -> tuple[str, int]:
    """:func:`_marker` once a marker word occurs in ``head`` (its pre-check passed)."""
    parts = head.rsplit(None, n)
    words = parts[-n:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i].strip(_MARK_PUNCT)
        if w not in MARKER_WORDS:
            continue
        if w == "bị" and i and words[i - 1] in _NOT_PASSIVE:
            continue  # "thiết bị", "chuẩn bị"
        if i + 1 < len(words) and words[i + 1] == "khi":
            # "Từ khi gia nhập WTO, ...": a conjunction (since), no source's "từ"; (round 54) so are "(phải) đến khi",
            # "cho tới khi", "trong khi": the name after it is the subject of the clause it opens
            continue
        if w == "cho" and i + 1 < len(words) and words[i + 1] in _SAYS:
            continue  # "chuyên gia ... cho biết hai bên sẽ ...": a verb of saying, no recipient's "cho"
        if (
            w == "trong"
            and (words[i - 1] if i else parts[0].rsplit(None, 1)[-1] if len(parts) > n else "") == "một"
        ):
            continue  # "một trong sáu nước sáng lập X": one of several (a part), not a place
        if w in ("bị", "được") and not all(x in _AGENT_WORDS for x in words[i + 1 :]):
            continue  # "được bầu làm thành viên": an auxiliary of the verb after it, not the agent's marker
        end = len(head)  # where words[i] starts: found from the end, word by word
        for j in range(len(words) - 1, i - 1, -1):
            end = head.rfind(words[j], 0, end)
        if w == "với" and i and words[i - 1] == "đối":
            return "đối với", head.rfind("đối", 0, end)
        return w, end + (len(words[i]) - len(words[i].lstrip(_MARK_PUNCT)))
    return "", -1
