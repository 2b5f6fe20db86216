"""Events: an actor named in a transliteration the gazetteer does not know ("Ta-li-ban ký thỏa thuận với Mỹ",
"Thủ tướng In-đi-ra Gan-đi thăm Liên Xô") is someone, not the unstated Vietnam.

:func:`unknown_subject` tells whether, between the start of the clause and the trigger, a capitalised hyphenated
name stands that is no mention and no known place ("Gia-các-ta" after "tại" is where, not who): a name in the
subject's place, so the defaults (events_roles.defaults) must not put Vietnam there. ``foreign_name``
(events_status) covers the unhyphenated Latin names ("Obama"); this covers the Vietnamese way of writing foreign
names, syllables joined by hyphens. Used by :func:`doingoai.extract.events_unstated.unstated_sides`.
:func:`dateline_end`: a news item's dateline opening a line ("Ulan Ba-to, 1/10 – Trong chuyến thăm ...", "Hà Nội –
Trong tuần, ...") names where the report was filed, not a subject: the search for someone named starts after it
(round 116).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_context import Context
from doingoai.extract.places_scan import place_keys
from doingoai.model import Document, by_start

# a capitalised word of two or more syllables joined by hyphens: "Ta-li-ban", "In-đi-ra", "Man-đê-la"
_HYPHENATED: Final = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
# a word before the name that makes it a place, a possession or an object, not the subject
_NOT_SUBJECT: Final = re.compile(
    r"(?:tại|ở|từ|đến|tới|sang|về|thăm|của|với|cho|trong|ngoài|thành phố|thủ đô|tỉnh|bang|sông|núi|đảo|vùng"
    r"|hiệp định|hiệp ước|hội nghị|tuyên bố|thỏa thuận|thoả thuận|nghị quyết|công ước|kế hoạch|chương trình)\s+$"
)


# a leader's or minister's title right before the name: "Thủ tướng In-đi-ra Gan-đi", "Bộ trưởng Ngoại giao I-vi-ca"
_TITLE: Final = re.compile(
    r"(?:tổng thống|(?:phó )?thủ tướng|chủ tịch(?: nước)?|quốc vương|nhà vua|nữ hoàng|ngoại trưởng|tổng bí thư"
    r"|bộ trưởng(?: bộ)?(?: ngoại giao| quốc phòng| thương mại)?|đại sứ)\s+$"
)
_OWN_SIDE: Final = frozenset({"VNM", "CPV"})
# a dateline: a place of one to four capitalised words, perhaps its day and month after a comma, a dash, then the
# item's first word in capitals (checked after)
_DATELINE: Final = re.compile(
    r"((?:[^\W\d_][\w'-]*)(?:[ \t]+[^\W\d_][\w'-]*){0,3})(?:,[ \t]*(?:ngày[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{4})?)?"
    r"[ \t]+[–—][ \t]+(?=[^\W\d_])"
)
_BACK: Final = 600  # characters of its paragraph a titled name looks back for the state it serves


def _place(low: str) -> bool:
    keys = place_keys()
    return low in keys or low.replace("-", " ") in keys


def unknown_subject(doc: Document, ctx: Context, start: int, end: int) -> bool:
    """Is a hyphenated capitalised name the gazetteer does not know written in ``[start, end)`` where a subject
    stands (not after a locative or a possessive word, not a known place)?"""
    text = doc.text
    if text.find("-", start, end) < 0:  # (no hyphen, no hyphenated name: most windows, one C-level scan)
        return False
    for m in _HYPHENATED.finditer(text, start, end):
        s = m.start()
        name = m.group(0)
        if not name[0].isupper() or ctx.in_mention(s) or _place(name.lower()):
            continue
        if _NOT_SUBJECT.search(text[max(start, s - 16) : s].lower()):
            continue
        return True
    return False


# what may come before the subject at a sentence's start: a date ("Năm 2019, ", "Tháng 7/2023, ")
_LEAD: Final = re.compile(r"[\s\d/.,:;()–-]*(?:(?:năm|tháng|ngày|từ|đầu|cuối|giữa)\b[\s\d/.,:;()–-]*)*")


def _subject_state(doc: Document, s0: int, s1: int) -> str:
    """The state a sentence opens on as its subject ("Xéc-bi-a nộp đơn ...", "Năm 1993, Nam Phi và ..."), or ""."""
    mentions = doc.mentions
    i = bisect_left(mentions, s0, key=by_start)
    if i >= len(mentions) or mentions[i].start >= s1:
        return ""
    m = mentions[i]
    if _LEAD.fullmatch(doc.text[s0 : m.start].lower()) is None:
        return ""
    return country_of(m.code) if m.kind == "person" else m.code if m.kind == "country" else ""


def titled_country(doc: Document, ctx: Context, start: int, end: int, block: int, recips: list[str]) -> str:
    """The state a titled name the gazetteer does not know serves ("Xéc-bi-a nộp đơn ... hai tháng sau, Bộ trưởng
    Ngoại giao I-vi-ca Đa-chích ký ..."): the foreign state the sentence before it in its paragraph opens on as its
    subject, when that is not the event's other side; "" when there is no titled unknown name in ``[start, end)``
    or no such state (a paragraph about Vietnam's relations gives none: the name stays unknown)."""
    text = doc.text
    if text.find("-", start, end) < 0:  # (as unknown_subject)
        return ""
    for m in _HYPHENATED.finditer(text, start, end):
        s = m.start()
        name = m.group(0)
        if not name[0].isupper() or ctx.in_mention(s) or _place(name.lower()):
            continue
        if not _TITLE.search(text[max(start, s - 30) : s].lower()):
            return ""
        sentences = doc.sentences
        k = bisect_left(sentences, s, key=by_start) - 1  # the name's sentence
        if k < 1 or sentences[k - 1].block != block or s - sentences[k - 1].start > _BACK:
            return ""
        code = _subject_state(doc, sentences[k - 1].start, sentences[k - 1].end)
        return code if code and code not in _OWN_SIDE and code not in recips else ""
    return ""


def dateline_end(text: str, s0: int) -> int:
    """Where a dateline opening the line at ``s0`` ends ("Ulan Ba-to, 1/10 – ", "Hà Nội – "), else ``s0``."""
    if s0 > 0 and text[s0 - 1] != "\n":
        return s0
    m = _DATELINE.match(text, s0)
    if m is None or not text[m.end()].isupper() or not all(w[0].isupper() for w in m[1].split()):
        return s0
    return m.end()
