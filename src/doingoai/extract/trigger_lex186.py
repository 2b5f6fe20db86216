"""Round 186 (docs/decisions.md, Round 186): a stance toward an act told just before, a wording several writers'
sets share. "Pakistan bác bỏ quyết định này", "X hoan nghênh bước đi này", "Israel
hoan nghênh động thái của Washington": the welcomed or rejected decision, step or move is the act the sentence
before told, and its maker is the stance's target. :func:`stance_antecedent` reads that maker, for
:mod:`doingoai.extract.events_unstated` (a support or a protest with no named target, after
:mod:`doingoai.extract.events_object_author`'s documents).

The maker is the one named after "của" right after the noun ("động thái của Washington"), else the subject of the
sentence before in the same paragraph: its first party named outside a place or a complement ("tại Washington, ông
Trump ký quyết định ...": the USA; "Tòa án Tối cao Hàn Quốc buộc ...": Korea), not the stance's own side. Nothing
when the noun is not one such act, when the stance's own sentence names another party before it (the act may be
told there: "sau khi A ban hành ..., B phản đối biện pháp này"), or the sentence before is far or names no one there.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.model import Document, by_start

# the object right after the stance verb: an act's noun, told before by "này / đó / trên / nói trên", by its maker
# after "của" (not a court's bare "phán quyết": its date is often the ruling's, told far)
_ACT: Final = re.compile(
    r"\s+(?:(?:cả|các|những) )?(?:quyết định|bước đi|bước tiến|động thái|biện pháp|ý kiến|tuyên bố|phát biểu|lập luận|cáo buộc|yêu cầu|đề xuất|kế hoạch|chính sách|lệnh cấm|thông báo)"
    r"(?:\s+(?P<dem>này|đó|trên|nói trên)|(?=\s+của\s))(?=\s*(?:[,.;:]|$|và\b|của\b|khi\b|vì\b|cho rằng\b|gọi\b))"
)
_OF: Final = re.compile(r"\s+của\s+")
# a word that puts a name out of the subject: a place, a complement, an owner
_NOT_SUBJECT: Final = re.compile(
    r"(?:tại|ở|của|cho|với|đối với|sang|từ|đến|tới|vào|trên|giữa|về|thăm|với|và|\(|phía|để|buộc|khỏi|chống|cấm)\s*$"
)
_KINDS: Final = ("country", "organisation", "body", "person")
# a stance caused by the clause before it in the sentence: "A ban hành luật ..., khiến B phản đối (gay gắt)", "A thông
# báo kế hoạch ..., động thái bị B và C phản đối" (B's name between the cue and the verb)
_CAUSED: Final = re.compile(
    r"(?:,\s*|\s)(?P<cue>khiến(?: cho)?|(?:động thái|bước đi|quyết định) (?:này )?bị)\s+(?:phía\s+)?[^,;:.()\n]{1,50}?\s*$"
)
# nothing after the caused stance's verb but a manner, a reason or the clause's end
_NO_OBJECT: Final = re.compile(
    r"\s*(?:(?:gay gắt|mạnh mẽ|quyết liệt|kịch liệt)\s*)?(?:[,.;:(]|$|vì\b|cho rằng\b|và\b)"
)
_NEAR: Final = 400  # how far back the sentence before may start


def stance_antecedent(doc: Document, low: str, ts: int, te: int, s0: int, actors: list[str]) -> list[str]:
    """The maker of the act a stance ending at ``te`` (its sentence from ``s0``) welcomes or rejects: the party after
    "của" right after the act's noun, else the first party of the sentence before (same paragraph, near), named as
    a subject and not among ``actors``; [] when the object is no such act or no maker is read. ``low``: the
    lower-cased text."""
    ms = doc.mentions
    caused = _CAUSED.search(low, max(s0, ts - 70), ts) if _NO_OBJECT.match(low, te) else None
    if caused is not None:
        return _subject(doc, low, s0, caused.start(), actors)
    obj = _ACT.match(low, te)
    if obj is None:
        return []
    of = _OF.match(low, obj.end())
    if of is not None:
        j = bisect_left(ms, of.end(), key=by_start)
        if j < len(ms) and ms[j].start == of.end() and ms[j].kind in _KINDS:
            c = country_of(ms[j].code)
            return [] if c in actors else [c]
        return []
    if _subject(doc, low, s0, ts, actors):
        return []  # "sau khi A ban hành sắc lệnh ..., B phản đối biện pháp này": the act told in the sentence itself
    i = bisect_left(doc.sentences, s0, key=by_start) - 1
    prev = doc.sentences[i] if i >= 0 else None
    if (
        prev is None
        or prev.end > s0
        or prev.end < s0 - 3
        or s0 - prev.start > _NEAR
        or "\n" in doc.text[prev.start : s0].strip()
    ):
        return []
    return _subject(doc, low, prev.start, prev.end, actors)


def _subject(doc: Document, low: str, start: int, end: int, actors: list[str]) -> list[str]:
    """The first party named in ``[start, end)`` outside a place or a complement, not among ``actors``."""
    ms = doc.mentions
    for j in range(bisect_left(ms, start, key=by_start), bisect_left(ms, end, key=by_start)):
        m = ms[j]
        if m.kind not in _KINDS or m.end > end:
            continue
        if _NOT_SUBJECT.search(low, max(start, m.start - 12), m.start):
            continue
        c = country_of(m.code)
        if c in actors:
            continue
        return [c]
    return []
