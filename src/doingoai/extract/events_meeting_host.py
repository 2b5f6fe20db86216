"""The host of a MEETING named by its role (round 23): "dự Hội nghị Cấp cao Đông Á do Tổng thống nước chủ nhà Thein
Sein chủ trì", "Tê-hê-ran đăng cai Hội nghị ... và nước chủ nhà giữ cương vị Chủ tịch". With no visit told before it
(events_host reads "nước chủ nhà" after a visit as the country visited), "nước chủ nhà" is the country the meeting
is held in or hosted by: looking back from it in its sentence, then in the sentences before it in its paragraph and
the document's opening (a dateline "Nay Pyi Taw (Mi-an-ma), 13/11 –"), the nearest of

* a host named as such: a country (or its capital) right before "đăng cai" / "chủ trì" / "tổ chức";
* a venue: a country after "tại / ở", or in brackets after a place ("Nay Pyi Taw (Mi-an-ma)", "tại Bu-san (Hàn
  Quốc)").

A synthetic mention (``via="anaphora"``) of that country; none when a country follows the phrase ("nước chủ nhà
Cam-pu-chia": named there) or when a visit is told before it in its paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.textscan import occurs
from doingoai.model import Document, Mention

_HOST: Final = re.compile(r"\b(?:nước chủ nhà|phía chủ nhà|quốc gia chủ nhà)\b")
_MEETING: Final = re.compile(
    r"\b(?:hội nghị|thượng đỉnh|diễn đàn|kỳ họp|phiên họp|hội thảo|đại hội|cuộc họp|hội nghị)\b"
)
_VISIT: Final = re.compile(r"\b(?:thăm|chuyến công du)\b")
_HOST_VERB: Final = re.compile(r"\s*(?:đã |sẽ |từng |lần đầu |chính thức )*(?:đăng cai|chủ trì|tổ chức)\b")
_VENUE_BEFORE: Final = re.compile(r"(?:\b(?:tại|ở)\s+|[A-ZĐÀ-Ỹ][\w-]*(?: [A-ZĐÀ-Ỹ][\w-]*)*\s*\(\s*)$")
_COUNTRY_AFTER: Final = re.compile(r"\s*(?:\(|là\s+)?")
_REACH: Final = 800  # at most this many characters back (the paragraph, and the document's opening)
_OPENING: Final = 400  # a dateline stands in the document's first characters


def meeting_host_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """A mention of the host country for each "nước chủ nhà" of a meeting (see the module's docstring)."""
    if not occurs(low, "chủ nhà"):
        return []
    from doingoai.extract.events_anaphora import country_of  # (imports this module)
    from doingoai.extract.events_places import capital_mentions

    hosts = sorted(mentions + capital_mentions(doc.text), key=lambda m: m.start)
    starts = [m.start for m in hosts]
    blocks = [b.start for b in doc.blocks]
    out: list[Mention] = []
    for h in _HOST.finditer(low):
        s, e = h.span()
        k = bisect_left(starts, e)
        after = _COUNTRY_AFTER.match(low, e).end()  # type: ignore[union-attr]  # (it matches "" too)
        if (
            k < len(hosts)
            and hosts[k].start <= after
            and hosts[k].kind == "country"
            or low.startswith("của", after)
        ):
            continue  # "nước chủ nhà Cam-pu-chia", "nước chủ nhà của SEA Games"
        b = bisect_left(blocks, s + 1) - 1
        lo = max(blocks[b] if b >= 0 else 0, s - _REACH)
        if _VISIT.search(low, lo, s):
            continue  # a visit's host (events_host)
        sent = doc.sentence_at(s)
        meeting_lo = sent.start if sent is not None else lo
        if not _MEETING.search(low, meeting_lo, min(len(low), e + 120)) and not _MEETING.search(low, lo, s):
            continue  # no meeting told: another kind of host
        code = _nearest(doc.text, low, hosts, starts, lo, s) or _nearest(
            doc.text, low, hosts, starts, 0, min(_OPENING, lo)
        )
        if code:
            out.append(Mention(s, e, country_of(code), "country", "anaphora"))
    return out


def _nearest(text: str, low: str, hosts: list[Mention], starts: list[int], lo: int, hi: int) -> str:
    """The code of the nearest host or venue country named in ``[lo, hi)``, else ""."""
    for x in reversed(hosts[bisect_left(starts, lo) : bisect_left(starts, hi)]):
        if x.kind != "country" or x.end > hi:
            continue
        if _HOST_VERB.match(low, x.end) or _VENUE_BEFORE.search(text, max(0, x.start - 40), x.start):
            return x.code
    return ""
