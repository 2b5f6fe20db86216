"""Pair anaphora for events: "hai nước", "hai bên", "hai Đảng", "hai nhà lãnh đạo" -> the pair named before.

Vietnamese writing on bilateral relations names the two parties once ("Việt Nam và Ấn Độ thiết lập quan
hệ ngoại giao ngày 7/1/1972.") and then calls them "hai nước" ("Hai nước nâng cấp quan hệ ... năm 2016.").
:func:`pair_mentions` gives, for each such phrase, a synthetic mention whose code is the two codes joined
by "|" (kind "pair", ``via="anaphora"``); :mod:`events_roles` expands it into a group of both parties. They are used by
the events stage only and never enter ``doc.mentions``.

The antecedent is looked for in the phrase's own sentence (before it), then in the sentences before it
in the paragraph, then in a sentence of the paragraph right before naming exactly two states, then in the title
(without one, the document's opening: :mod:`events_opening`): the nearest sentence that names exactly two parties (or, when it
names more, a coordinated pair "X và Y" / "X – Y"); one party named alone is kept and paired with the
next other party found further back. A person ("Tổng thống Barack Obama") stands for their country.

The other short references the events stage resolves are in :mod:`events_demonstratives` ("nước này", "liên minh
này") and :mod:`events_heads` (a body's head noun alone, an election's seat); :func:`country_of` serves all three.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.events_chronology import entries, previous_entry
from doingoai.extract.events_invited import mission_pair
from doingoai.extract.events_member_pair import member_before
from doingoai.extract.events_opening import instrument_pair, title_or_opening
from doingoai.extract.events_phrases import defined_pair
from doingoai.extract.events_seat import companions_dropped, main_clause
from doingoai.extract.events_section import section_partner
from doingoai.extract.events_topic_with import topic_partner
from doingoai.extract.events_trip_pair import trip_before, trip_in_clause
from doingoai.extract.textscan import find_all, occurs
from doingoai.extract.triggers import scan
from doingoai.model import BlockType, Document, Mention
from doingoai.ordinals import NOT_IN_NUMBER

PAIR_WORDS: Final = (
    "hai ",
    "mỗi ",
)  # every match of PAIR starts with one (extract/first_words.py watches them)
PAIR: Final = re.compile(
    NOT_IN_NUMBER  # not "mười hai bên", "hai mươi hai nước": a number of parties (ordinals)
    + r"\b(?:hai|mỗi(?= (?:bên|phía)\b)) (?:(?P<party>đảng)|(?P<state>nước|bên|phía|quốc gia|nhà lãnh đạo|nguyên thủ|chính phủ|thủ tướng"
    r"|ngoại trưởng|bộ trưởng|tổng thống|chủ tịch|lãnh đạo"
    # (round 30) "giữa hai Bộ, dự kiến ...": two ministries, the states they act for (not "hai bộ luật")
    r"|bộ(?=\s*[,.;)]|\s+(?:đã|sẽ|ký|cùng|dự kiến)\b)"
    # (round 108) "Hai trường / Hai tỉnh đã ký ...": two schools, two provinces, the subject of a verb
    # (round 115) "hai hội đã ký ...": two associations (a friendship society's trip told before: events_trip_pair)
    r"|(?P<units>trường|tỉnh|hội)(?=\s+(?:đã|sẽ|ký|cùng)\b)))(?![^\W\d_])(?! (?:bờ|đường|sườn|cánh|vai|tay)\b)"
)
_COORD: Final = re.compile(r"\s*(?:và|–|-|—|,|/)\s*")
_STATE_KINDS: Final = ("country", "person", "body")
# "hai bên" / "hai phía" may be a state and an organisation: "Việt Nam và Cộng đồng châu Âu thiết lập quan hệ ...
# Năm 1995, hai bên ký ..." (round 70: tried only when no pair of states is found; never for "hai nước")
_SIDE_KINDS: Final = (*_STATE_KINDS, "organisation")
_SIDES: Final = re.compile(r"(?:hai|mỗi) (?:bên|phía)\b")
# a demonstrative state coordinated with names ("nước này cùng Áo và Thụy Điển"): one party more than those named
_THIRD: Final = re.compile(r"\b(?:[Nn]ước|[Qq]uốc gia) (?:này|đó) (?:cùng(?: với)?|và) (?=[A-ZĐÀ-Ỹ])")
# the ruling parties SCHEMA.md names, for "hai Đảng" said of two states
RULING_PARTY: Final = {"VNM": "CPV", "LAO": "LPRP", "KHM": "CPP", "CHN": "CPC", "CUB": "PCC"}
_BACK: Final = 6  # at most this many sentences back in the paragraph


@lru_cache(maxsize=4096)
def country_of(code: str) -> str:
    """The state a person or a state organ acts for ("Tổng thống Barack Obama" -> USA), else the code."""
    e = gazetteer.entry(code)
    if e is None:
        return code
    if e.kind == "person":
        return e.attr("country") or code
    if e.kind == "body" and e.parent:
        p = gazetteer.entry(e.parent)
        if p is not None and p.kind in ("country", "party"):
            return e.parent
    return code


def pair_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """Synthetic mentions for "hai nước"-type phrases whose pair could be resolved. ``low``: the lower-cased
    text; ``mentions``: actor mentions sorted by start."""
    if not occurs(low, "hai ") and not occurs(low, "mỗi "):  # ("mỗi bên": each side of the pair, round 21)
        return []
    out: list[Mention] = []
    starts = [m.start for m in mentions]
    sent_starts = [s.start for s in doc.sentences]
    title = title_or_opening(doc, mentions, starts, country_of)  # (no title: the opening, events_opening)
    for m in _pair_matches(low):
        i = m.start()
        k = bisect_right(sent_starts, i) - 1
        if m.group("units") and not (trip_before(doc, k, i) or trip_in_clause(doc, k, i)):
            continue  # "hai trường", "hai tỉnh": only the two sides of a trip told right before (round 108, 115)
        k = bisect_left(starts, m.end())
        if not (k < len(starts) and _described(doc.text[m.end() : starts[k]])):
            # not "hai nước Việt Nam – Lào", "hai nước láng giềng Lào và Campuchia": named right after
            party = m.group("party") is not None
            pair = _antecedent(doc, mentions, starts, sent_starts, title, i, party)
            if pair is None and not party and _SIDES.match(low, i):
                pair = _state_and_org(
                    _antecedent(doc, mentions, starts, sent_starts, title, i, False, _SIDE_KINDS)
                )
                pair = (
                    pair
                    if pair
                    and (
                        _told_together(doc.text, mentions, starts, i, pair)
                        or member_before(doc, mentions, starts, sent_starts, i, pair, country_of)
                    )
                    else None
                )
            if (
                pair is None and party
            ):  # "Tổng Bí thư Tô Lâm thăm Lào. Hai Đảng ...": the states' ruling parties
                states = _antecedent(doc, mentions, starts, sent_starts, title, i, False)
                if states and all(c in RULING_PARTY for c in states):
                    pair = (RULING_PARTY[states[0]], RULING_PARTY[states[1]])
            if pair and m.group("units"):
                first, second = sorted(pair, key=lambda c: c != "VNM")  # (the writer's side first)
                pair = (first, second)
            if pair:
                out.append(Mention(i, m.end(), "|".join(pair), "pair", "anaphora"))
    return out


def _state_and_org(pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """``pair`` when it is one state and one organisation (not "ASEAN – EU", two bodies told as a venue)."""
    if pair is None:
        return None
    kinds = [e.kind if (e := gazetteer.entry(c)) is not None else "" for c in pair]
    return pair if sorted(kinds) == ["country", "organisation"] else None


def _told_together(
    text: str, mentions: list[Mention], starts: list[int], pos: int, pair: tuple[str, str]
) -> bool:
    """Are the two of ``pair`` named side by side ("Việt Nam và Cộng đồng châu Âu", "A – B") before ``pos``, not
    merely both named ("Thủ tướng Ấn Độ phát biểu tại Liên Hợp Quốc", "Ba Lan là thành viên NATO")?"""
    ms = mentions[bisect_left(starts, max(0, pos - _LOOK_BACK)) : bisect_left(starts, pos)]
    for a, b in zip(ms, ms[1:], strict=False):
        if {country_of(a.code), country_of(b.code)} == set(pair) and _COORD.fullmatch(text, a.end, b.start):
            return text[a.end : b.start].strip() != ""
    return False


def _pair_matches(low: str) -> list[re.Match[str]]:
    """The matches of :data:`PAIR` at a word start, in text order: found from the literal "hai " / "mỗi " (a
    ``finditer`` of the pattern is several times slower on a long text)."""
    out: list[re.Match[str]] = []
    for word in PAIR_WORDS:
        nxt = 0  # where the search for the next one starts (after a match, after the word)
        for i in find_all(low, word):
            if i < nxt:
                continue
            m = PAIR.match(low, i)
            if m is not None and (i == 0 or not low[i - 1].isalnum()):
                out.append(m)
                nxt = m.end()
            else:
                nxt = i + len(word)
    return sorted(out, key=lambda m: m.start()) if len(out) > 1 else out


def _described(gap: str) -> bool:
    """Is ``gap`` (between "hai nước" and the next name) empty or a few lower-case words ("láng giềng")?"""
    if len(gap) > 45:
        return False  # (longer than either answer below allows: no split and no trigger scan of a long gap)
    words = gap.split()
    if words and scan(gap):
        return False  # "Hai nước gia nhập EU": a verb between, the name is its object (round 22)
    if any(w in _AUXILIARIES for w in words):
        return False  # "hai nước cùng được Đại hội đồng ... bầu": a passive's agent follows, no description (round 31)
    if words and words[-1] == "là":  # "Hai nước ở thượng nguồn là Trung Quốc và Mi-an-ma"
        return len(words) <= 6 and all(w.isalpha() and w.islower() for w in words) and len(gap) <= 45
    return len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) and len(gap) <= 30


# (round 97) "quan hệ giữa hai nước", "quyết tâm của hai bên": the pair a treaty's content names, not its actors
_OF_PAIR: Final = re.compile(r"\b(?:giữa|của|với)\s+$")
_AUXILIARIES: Final = frozenset(("được", "bị", "đã", "đều", "cũng", "sẽ", "đang", "vẫn", "từng"))
_LOOK_BACK: Final = 1000  # characters of its own sentence an anaphor looks back for its pair (review 7)


def _antecedent(
    doc: Document,
    mentions: list[Mention],
    starts: list[int],
    sent_starts: list[int],
    title,
    pos: int,
    party: bool,
    kinds: tuple[str, ...] = _STATE_KINDS,
) -> tuple[str, str] | None:
    k = bisect_left(sent_starts, pos + 1) - 1
    if k < 0:
        return None
    block = doc.sentences[k].block
    if not party:
        topic = topic_partner(doc, mentions, starts, doc.sentences[k].start, pos)
        if topic:  # "Với Mông Cổ, nhân chuyến thăm …, hai nước đã …": ours and the topic's state (round 156)
            return "VNM", topic
    ranges = [
        (max(doc.sentences[k].start, pos - _LOOK_BACK), pos)
    ]  # (bounded: a 20 KB sentence stays linear)
    j = k - 1
    while j >= 0 and k - j <= _BACK and doc.sentences[j].block == block:
        ranges.append((doc.sentences[j].start, doc.sentences[j].end))
        j -= 1
    # the paragraph right before (no heading between; one sentence a line): a sentence of it naming exactly two
    # states names the pair nearer than the title does ("Việt Nam và Liên bang Nga ký ...", then a line "Tháng
    # 7/2012, hai nước nâng quan hệ ..." under "QUAN HỆ VIỆT NAM – LIÊN XÔ VÀ LIÊN BANG NGA"); a sentence naming
    # one or three ("Việt Nam cùng Pê-ru và Nga được kết nạp ...") is passed over there (session 10)
    near = len(ranges)
    if (
        j >= 0
        and block >= 1
        and doc.sentences[j].block == block - 1
        and _prose(doc, block)
        and _item_unnamed(doc, starts, block, pos)
        and (
            doc.blocks[block].type is BlockType.PARAGRAPH or not entries(doc, block)
        )  # (dated: previous_entry)
    ):
        while j >= 0 and k - j <= _BACK and doc.sentences[j].block == block - 1:
            ranges.append((doc.sentences[j].start, doc.sentences[j].end))
            j -= 1
    far = len(ranges)
    ranges += previous_entry(
        doc, k, mentions, starts
    )  # "Ngày 1/1/2007: Hai nước gia nhập EU": the entry before (events_chronology)
    heading = _heading_before(doc, block)  # "Quan hệ với Việt Nam" over "Hai nước thiết lập quan hệ ..."
    if heading is not None and (title is None or heading.start >= title.end):
        ranges.append((heading.start, heading.end))
    if title is not None and title.end <= doc.sentences[k].start:
        ranges.append((title.start, title.end))
    titled = len(ranges) - 1 if title is not None and title.end <= doc.sentences[k].start else -1
    kept: str | None = None
    among: set[str] = set()  # the states of a sentence naming more than two and no pair
    for r, (lo, hi) in enumerate(ranges):
        ms = mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]
        ms = [x for x in ms if x.end <= hi and (x.kind == "party" if party else x.kind in kinds)]
        # "..., cùng với A và B": companions of an act, not a pair (events_seat)
        ms = companions_dropped(doc.text, ms, lo)
        # (a body of no state, "Hội đồng Bảo an", is not one of "hai bên": a state organ stands for its state)
        codes = _distinct(
            [country_of(x.code) for x in ms if x.kind != "body" or country_of(x.code) != x.code]
        )
        if r == titled and not codes and not party and not _OF_PAIR.search(doc.text, max(0, pos - 8), pos):
            codes = instrument_pair(
                doc, lo, hi
            )  # a treaty's title: its two parties, the subject's (events_opening)
        if near <= r < far and (len(codes) != 2 or kept is not None and kept not in codes):
            continue  # (the paragraph before: only a sentence naming exactly the pair)
        if among and not set(codes) <= among:
            continue  # (past a sentence of three or more: only a pair among them, round 43)
        if kept is not None:
            others = [c for c in codes if c != kept]
            if len(others) == 1:
                return kept, others[0]
            if others:  # ambiguous, unless the title names the pair ("Quan hệ Việt Nam – Niu Di-lân")
                return _title_pair(doc, mentions, starts, title, kept, others, party)
            continue
        if len(codes) == 2 and _oblique_pair(doc.text, ms):
            continue  # (round 111) "... các vòng đối thoại do I-rắc và Ô-man tổ chức": the pair's helpers
        if len(codes) == 2 and _THIRD.search(doc.text, lo, hi) is None:
            return codes[0], codes[1]
        if len(codes) == 2:  # "nước này cùng Áo và Thụy Điển gia nhập EU": three parties, no pair
            continue
        if len(codes) > 2:  # "Sau khi A tuyên bố độc lập, B kế thừa quan hệ với C": B and C (events_seat)
            main = _distinct([country_of(x.code) for x in main_clause(doc.text, ms, lo) if x.kind != "body"])
            found = (main[0], main[1]) if len(main) == 2 else _coordinated(doc.text, ms)
            if found is not None or among or kept is not None:
                return found
            # "..., nước ta đã vượt Trung Quốc ... sang Nhật Bản": no pair there; one named before among them
            among = set(codes)  # (round 43)
            continue
        if len(codes) == 1:
            kept = codes[0]
    # "Chính phủ A và Chính phủ B (sau đây gọi là “hai bên”)": the pair the document defines (events_phrases)
    # (a Vietnamese mission's report: Vietnam and the host country, events_invited)
    if party or among:
        return None
    pair = defined_pair(doc, mentions, pos) or mission_pair(doc, mentions, pos)
    if (
        pair is None
        and kept is not None
        and kept != "VNM"
        and (
            _met_before(doc.text, doc.sentences[k].start, pos)
            or trip_before(doc, k, pos)  # (round 108) "Đoàn ... sang thăm Trường X (Y). Hai bên đã ký ..."
        )
    ):
        return "VNM", kept  # "đoàn lãnh đạo Tỉnh thăm tỉnh X (Lào); hai bên ký ...": the unnamed side is ours
    if pair is None:  # under "2. Quan hệ với Lào": "hai bên" is ours and Laos (events_section)
        other = section_partner(doc, block, country_of, {}, mentions)
        if not other and titled >= 0 and _PLAN_TITLE.match(doc.text, title.start):
            # (round 30) "KẾ HOẠCH Hợp tác với Estonia năm 2026": the one state its title names, none other before
            lo, hi = ranges[titled]
            ms = mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]
            named = _distinct([country_of(x.code) for x in ms if x.kind in _STATE_KINDS and x.end <= hi])
            foreign = [c for c in named if c != "VNM"]
            other = foreign[0] if len(foreign) == 1 and kept in (None, "VNM", foreign[0]) else ""
        return ("VNM", other) if other and kept in (None, "VNM", other) else None
    return pair


# a Vietnamese plan or report (its title names the one partner it deals with)
_PLAN_TITLE: Final = re.compile(r"\s*(?:KẾ HOẠCH|BÁO CÁO|CHƯƠNG TRÌNH|Kế hoạch|Báo cáo|Chương trình)\b")


# an encounter told in the same sentence before "hai bên", one side of it named (a foreign state), the other
# unstated: in Vietnamese official writing the unstated side is Vietnam (round 21)
_MET: Final = re.compile(
    r"\b(?:thăm|làm việc (?:tại|với)|hội đàm|hội kiến|tiếp(?! tục| nhận| cận| theo| xúc)|đón(?! nhận)"
    r"|gặp(?! khó| nhiều| phải| trở| sự)|sang(?! năm| tháng))\b[^;.]*[;,] *$"
)
# a firm's delegation or a company met is no state's side (review 7)
_FIRM: Final = re.compile(r"\b(?:doanh nghiệp|công ty|tập đoàn|nhà đầu tư|hãng)\b")


def _met_before(text: str, s0: int, pos: int) -> bool:
    lo = max(s0, pos - 240)
    return _MET.search(text, lo, pos) is not None and _FIRM.search(text[lo:pos].lower()) is None


def _prose(doc: Document, block: int) -> bool:
    """Are block ``block`` and the one before it both paragraphs, or both items of a list ("1. ... Việt Nam – Nam
    Phi ...", then "2. ..., hai bên ký ...": the item before names the pair, round 197)?"""
    t = doc.blocks[block].type
    return t in _PROSE and doc.blocks[block - 1].type is t


_PROSE: Final = (BlockType.PARAGRAPH, BlockType.LIST_ITEM)


def _item_unnamed(doc: Document, starts: list[int], block: int, pos: int) -> bool:
    """A paragraph, or a list item naming no one before ``pos`` (round 197): "2. ..., Đại sứ chào xã giao Tổng
    Thư ký ASEAN ...; hai bên trao đổi ..." has its own sides, not the pair of the item before."""
    b = doc.blocks[block]
    return b.type is BlockType.PARAGRAPH or bisect_left(starts, b.start) == bisect_left(starts, pos)


def _heading_before(doc: Document, block: int):
    """The heading of the section holding block number ``block`` when that block opens the section's text (the
    block right after it): a later paragraph has its own antecedents."""
    if block < 1 or block >= len(doc.blocks):
        return None
    b = doc.blocks[block - 1]
    return b if b.type is BlockType.HEADING else None


def pair_before(doc: Document, mentions: list[Mention], pos: int) -> tuple[str, str] | None:
    """The pair of states the text at ``pos`` is about, found as for "hai nước" there (``mentions``: actor
    mentions sorted by start); None when it cannot be told."""
    starts = [m.start for m in mentions]
    title = title_or_opening(doc, mentions, starts, country_of)
    return _antecedent(doc, mentions, starts, [s.start for s in doc.sentences], title, pos, False)


def _title_pair(
    doc: Document,
    mentions: list[Mention],
    starts: list[int],
    title,
    kept: str,
    others: list[str],
    party: bool,
) -> tuple[str, str] | None:
    """The pair the title names, when it holds ``kept`` and one of ``others`` (the sentences before name more
    than one partner: "Việt Nam, Niu Di-lân, Nhật Bản ... ký CPTPP. ... Hai nước nâng quan hệ ...")."""
    if title is None:
        return None
    ms = mentions[bisect_left(starts, title.start) : bisect_left(starts, title.end)]
    kinds = ("party",) if party else _STATE_KINDS
    codes = _distinct([country_of(x.code) for x in ms if x.end <= title.end and x.kind in kinds])
    if len(codes) == 2 and kept in codes:
        other = codes[1 - codes.index(kept)]
        if other in others:
            return kept, other
    return None


def _coordinated(text: str, ms: list[Mention]) -> tuple[str, str] | None:
    """The last pair of names joined by "và" / a dash in a sentence that names more than two parties."""
    for a, b in zip(ms[-2::-1], ms[:0:-1], strict=True):
        ca, cb = country_of(a.code), country_of(b.code)
        if ca != cb and _COORD.fullmatch(text, a.end, b.start) and text[a.end : b.start].strip():
            if _OBLIQUE.search(text, max(0, a.start - 12), a.start):
                continue  # (round 111) "... qua các vòng đối thoại do I-rắc và Ô-man tổ chức": not the pair
            return ca, cb
    return None


def _oblique_pair(text: str, ms: list[Mention]) -> bool:
    """Are the two states of ``ms`` named only as one pair "A và B" governed by :data:`_OBLIQUE`?"""
    if len(ms) != 2 or not _COORD.fullmatch(text, ms[0].end, ms[1].start):
        return False
    return _OBLIQUE.search(text, max(0, ms[0].start - 12), ms[0].start) is not None


# (round 111) a pair governed by an agent's or a comparison's word ("do A và B tổ chức", "sau A và B", "như A và B")
# is not the pair a sentence naming more tells of
_OBLIQUE: Final = re.compile(r"\b(?:do|bởi|sau|trước|như|ngoài|trừ)\s+$")


def _distinct(codes: list[str]) -> list[str]:
    out: list[str] = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out
