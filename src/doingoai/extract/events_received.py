"""A delegation received by a report's or plan's writer, named by a body the text placed in a country before.

A Vietnamese body's report or plan lists "Tháng 9, đón đoàn Đại học X sang khảo sát", "Mời đoàn Trường Y sang làm
việc": the visiting body is a university, an agency or an association the gazetteer does not know, so the item names
no party and is left out. The same writer named that body earlier, with its country ("Nhân chuyến thăm Israel ...,
Học viện và Trường Nông nghiệp thuộc Đại học X đã ký ..."; "làm việc với Cơ quan Xúc tiến xuất khẩu Chile
(ProChile)"): the body is that country's, as a reader of the report takes it. A synthetic mention (``via="anaphora"``)
of that country stands on the body's name, so the visit is drafted as any "đón đoàn <country's body> sang ..." is.
Only a name of capitalised first word right after "đón / mời (các) đoàn (chuyên gia của)" and right before "sang", not
holding a party already, found earlier in the text in a sentence naming exactly one foreign state; in a plan whose
title names one partner (events_plan_tasks), a name not found before is that partner's.

Round 88: the same bodies signing. "Học viện và Đại học X ký Biên bản ghi nhớ", "Trường ký Bản ghi nhớ với Đại học
X về ...": the writer's own body, called by its bare head noun ("Học viện", "Trường", "Hội"), is Vietnam's (a
synthetic VNM mention on it), and the partner body the gazetteer lacks is the country of a place its name holds
("Đại học Khoa học và Công nghệ Addis Ababa"), else the one the text placed it in before, else the one foreign
state a report's or plan's title names ("BÁO CÁO / Kết quả hợp tác ... với các đối tác Hoa Kỳ"); a received
delegation's body ("đón đoàn Đại học X sang") takes that title's partner too.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_opening import title_or_opening
from doingoai.extract.events_plan_tasks import plan_partner, title_partner
from doingoai.extract.places import VNM
from doingoai.extract.places_scan import scan_places
from doingoai.extract.textscan import find_all
from doingoai.model import Document, Mention

# (each searched by :func:`_at_word_start`: its leading word boundary is checked after a match, so that the
# engine can scan for the pattern's first letters; a leading \b or look-behind costs a try at every position)
_RECEIVED: Final = re.compile(
    r"(?:[Đđ]ón(?: tiếp)?|[Mm]ời) (?:các )?đoàn (?:(?:chuyên gia|doanh nghiệp|giảng viên|học giả|cán bộ) (?:của )?)?"
    r"(?P<name>[A-ZĐ][^\W\d_]*(?:(?:[- ]|['’])[^\W\d_]+){0,10}?(?: \([^()\n]{2,40}\))?) (?:sang|đến)\b"
)  # (round 158: "đoàn doanh nghiệp của X", "đến"; a place the name holds tells its country; round 184: an
# apostrophe in the name, "Đại học Quốc gia Timor Lorosa'e", and its short name in brackets after it)
_NAME: Final = r"[A-ZĐ][^\W\d_]*(?:[- ][^\W\d_]+){0,10}?"
# the writer's own body by its bare head noun, and the partner body signing with it
_OWN: Final = r"(?:Học viện|Đại học|Nhà trường|Trường|Hội|Hiệp hội|Liên hiệp|Viện|Sở|Bộ|Cục|Vụ|Trung tâm|Tỉnh|Thành phố)"
_PAIR_SIGNED: Final = re.compile(
    rf"(?P<own>{_OWN}) (?:và|cùng) (?P<name>{_NAME})"
    r" (?:(?:đã|sẽ|cũng|chính thức|dự kiến|đã chính thức) )*ký(?: kết)?\b"
)
_WITH_SIGNED: Final = re.compile(
    rf"(?:[Kk]ý(?: kết)?|[Đđ]àm phán(?: và ký(?: kết)?)?) (?:[Bb]iên bản|[Bb]ản ghi nhớ|[Tt]hỏa thuận|[Hh]ợp đồng|[Kk]ế hoạch|[Cc]hương trình|văn bản)"
    rf"[^.;:,()]{{0,60}}? với (?P<name>{_NAME})(?= (?:về|để|nhằm|trong|vào|dự kiến|nhân|tại|giai đoạn)\b|[,.;(]|$)",
    re.M,
)
_TITLE_KEY = "title_partner"
_PARTIES: Final = ("country", "organisation", "body", "person")


def _at_word_start(rx: re.Pattern[str], text: str, letters: bool) -> Iterator[re.Match[str]]:
    r"""``rx.finditer(text)`` with ``rx`` prefixed by ``\b`` (``letters`` False) or by ``(?<![^\W\d_])``
    (``letters`` True), the same matches: a match whose start fails the test is dropped and the search goes on
    from the next position, as the engine would (``\w`` is ``str.isalnum()`` or "_", ``\d`` ``str.isdecimal()``)."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        s = m.start()
        c = text[s - 1] if s else " "
        if letters:
            ok = not c.isalnum() or c.isdecimal()
        else:
            ok = not c.isalnum() and c != "_"
        if ok:
            yield m
            pos = m.end()
        else:
            pos = s + 1


# (speed round 30) where a match of :data:`_RECEIVED` starts, from the "đoàn" every match holds: "đón ", "mời "
# (4 characters), "đón tiếp " (9) or either with "các " (8, 13) before it; tests check these against the pattern
_RECEIVED_BACK: Final = (13, 9, 8, 4)


def _received(text: str) -> list[re.Match[str]]:
    """``_at_word_start(_RECEIVED, text, False)``'s matches (speed round 30): the pattern is tried only where a match
    may start, a few characters before each "đoàn" (leftmost first, as the search gives), not searched for through
    the whole text, where every position is a try."""
    out: list[re.Match[str]] = []
    pos = 0
    match = _RECEIVED.match
    for s in sorted({i - k for i in find_all(text, "đoàn") for k in _RECEIVED_BACK if i >= k}):
        if s < pos:
            continue  # (inside the last match, or before where the search would go on)
        m = match(text, s)
        if m is None:
            continue
        c = text[s - 1] if s else " "
        if not c.isalnum() and c != "_":  # (the leading \b, as _at_word_start checks it)
            out.append(m)
            pos = m.end()
    return out


def received_mentions(doc: Document, low: str, mentions: list[Mention], cache: dict) -> list[Mention]:
    """A mention of the country of each received delegation's body named before with one foreign state (see the
    module). ``mentions``: the party mentions (with places and capitals standing for states), sorted by start."""
    if "đoàn" not in low or (" sang" not in low and " đến" not in low):
        return []
    text = doc.text
    starts = [m.start for m in mentions]
    out: list[Mention] = []
    for m in _received(text):
        s, e = m.span("name")
        k = bisect_left(starts, s)
        if k < len(mentions) and mentions[k].start < e:
            continue  # (a party named there: read as it is)
        sent = doc.sentence_at(s)
        if sent is None:
            continue
        lo = bisect_left(starts, sent.start)
        if any(x.start < sent.end and x.kind in _PARTIES and x.code != VNM for x in mentions[lo:]):
            continue  # (the sentence names a foreign party of its own)
        code = _place_in(text, low, s, e)  # "đón đoàn Phòng Thương mại và Công nghiệp A-bu Đa-bi sang"
        code = code or _placed_before(doc, text, mentions, starts, m.group("name"), s)
        if not code:
            code = plan_partner(doc, mentions, cache, s) or _title_partner(doc, mentions, starts, cache)
        if code and code != VNM:
            out.append(Mention(s, e, code, "country", "anaphora"))
    return out


def _placed_before(
    doc: Document, text: str, mentions: list[Mention], starts: list[int], name: str, pos: int
) -> str:
    """The one foreign state named in the last earlier sentence holding ``name`` (before ``pos``), else ""."""
    at = text.rfind(name, 0, pos)
    if at < 0:
        return ""
    sent = doc.sentence_at(at)
    if sent is None:
        return ""
    named = {
        country_of(x.code)
        for x in mentions[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        if x.kind == "country"
    } - {VNM}
    return next(iter(named)) if len(named) == 1 else ""


def signed_mentions(doc: Document, low: str, mentions: list[Mention], cache: dict) -> list[Mention]:
    """Mentions for the bodies of a signing by the writer's body and a partner body the gazetteer lacks (see the
    module): VNM on the bare own noun, the partner's country on its name."""
    if "ký" not in low and "đàm phán" not in low:
        return []
    text = doc.text
    starts = [m.start for m in mentions]
    out: list[Mention] = []
    for rx, letters in ((_PAIR_SIGNED, True), (_WITH_SIGNED, False)):
        for m in _at_word_start(rx, text, letters):
            s, e = m.span("name")
            k = bisect_left(starts, s)
            if k < len(mentions) and mentions[k].start < e:
                continue  # (a party named there: read as it is)
            sent = doc.sentence_at(s)
            if sent is None:
                continue
            lo = bisect_left(starts, sent.start)
            foreign = [
                x for x in mentions[lo:] if x.start < sent.end and x.kind in _PARTIES and x.code != VNM
            ]
            if any(x.start >= m.start() for x in foreign):
                continue  # (the clause names a foreign party of its own)
            fronted = {
                country_of(x.code) for x in foreign
            }  # "Nhân chuyến thăm Israel ..., Học viện và ... ký"
            if len(fronted) > 1 or any(x.kind != "country" for x in foreign):
                continue
            code = _place_in(text, low, s, e) or next(iter(fronted), "")
            code = code or _placed_before(doc, text, mentions, starts, m.group("name"), s)
            if not code:
                code = plan_partner(doc, mentions, cache, s) or _title_partner(doc, mentions, starts, cache)
            if not code or code == VNM:
                continue
            out.append(Mention(s, e, code, "country", "anaphora"))
            if "own" in m.groupdict():
                out.append(Mention(m.start("own"), m.end("own"), VNM, "country", "anaphora"))
    return out


def _place_in(text: str, low: str, s: int, e: int) -> str:
    """The country of the one foreign place a body's name holds ("Đại học ... Addis Ababa"), else ""."""
    codes = {c for a, b, c in scan_places(text[s:e], low[s:e])} - {VNM}
    return next(iter(codes)) if len(codes) == 1 else ""


def _title_partner(doc: Document, mentions: list[Mention], starts: list[int], cache: dict) -> str:
    """The one foreign state a document's title names (with the subject line under a bare "BÁO CÁO"), else ""."""
    if _TITLE_KEY in cache:
        return cache[_TITLE_KEY]
    cache[_TITLE_KEY] = ""
    title = title_or_opening(doc, mentions, starts, country_of)
    if title is None:
        return ""
    bare = (
        len(doc.text[title.start : title.end].split()) <= 3
    )  # "BÁO CÁO" / "Kết quả hợp tác với ... năm 2024"
    cache[_TITLE_KEY] = title_partner(doc, mentions, starts, title, bare, ("country",))
    return cache[_TITLE_KEY]
