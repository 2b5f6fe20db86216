"""The host country named by its role: "Trong chuyến thăm, Thủ tướng nước chủ nhà đã hội đàm với Thủ tướng X" — "nước
chủ nhà" / "phía chủ nhà" is the country the visit told before in its paragraph went to (the destination named after
"thăm"). A synthetic mention (``via="anaphora"``) of that country. Not "nước sở tại" (where emigrants or firms live). See docs/decisions.md (Events, round 18).

In a Vietnamese mission's own report (its issuer line "ĐẠI SỨ QUÁN VIỆT NAM TẠI X", events_invited) "nước sở tại",
"phía sở tại", "Bộ Ngoại giao sở tại" is the host country X (round 107): :func:`mission_host_mentions`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_invited import mission_pair
from doingoai.extract.textscan import occurs
from doingoai.model import Document, Mention

_HOST: Final = re.compile(
    r"\b(?:nước chủ nhà|phía chủ nhà|quốc gia chủ nhà)\b"
)  # (not "vai trò chủ nhà"; not "nước sở tại": where emigrants or firms live, no visit's destination)
# the host named right after it ("thắng nước chủ nhà Cam-pu-chia") or another event's ("nước chủ nhà của SEA Games")
_NAMED_AFTER: Final = re.compile(r" ?\(?(?:là )?")
# the visit itself referred to in the host's sentence: it may be told in an earlier paragraph (a press release's lead)
_THE_VISIT: Final = re.compile(r"\b(?:chuyến thăm|chuyến công du|chuyến đi|dịp này)\b")
# the destination of a visit: "thăm (chính thức | cấp Nhà nước | làm việc tại) X", "chuyến thăm X"
_VISITED: Final = re.compile(
    r"\bthăm(?: chính thức| cấp nhà nước| hữu nghị| làm việc)*(?:,? và làm việc)?(?: tại| ở)?\s+$"
)
_REACH: Final = 800
_NAMES: Final = ("country", "organisation", "body")


def host_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """A mention of the visited country for each "nước chủ nhà" whose visit is told in its paragraph (or before it
    when its sentence refers to "chuyến thăm"; at most ``_REACH`` before it), unless a country or "của" follows it
    (the host named there, or another event's host)."""
    if not occurs(low, "chủ nhà"):
        return []
    starts = [m.start for m in mentions]
    blocks = [b.start for b in doc.blocks]
    dates = sorted(d.start for d in doc.dates)
    out: list[Mention] = []
    for h in _HOST.finditer(low):
        s = h.start()
        if _named_after(low, mentions, starts, h.end()):
            continue
        b = bisect_left(blocks, s + 1) - 1
        sent = doc.sentence_at(s)
        if sent is not None and (
            _THE_VISIT.search(low, sent.start, s) or not _dated(dates, sent.start, sent.end)
        ):
            lo = max(
                0, s - _REACH
            )  # ("Trong chuyến thăm, ...", or no time of its own: the visit's story goes on)
        else:
            lo = max(blocks[b] if b >= 0 else 0, s - _REACH)  # (the visit told in the same paragraph)
        k = bisect_left(starts, s) - 1
        while k >= 0 and mentions[k].start >= lo:
            x = mentions[k]
            if x.kind == "country" and (  # (or the host named before: "thắng nước chủ nhà Cam-pu-chia")
                _VISITED.search(low, max(0, x.start - 40), x.start)
                or low.endswith(("chủ nhà ", "chủ nhà là ", "chủ nhà ("), max(0, x.start - 12), x.start)
            ):
                out.append(Mention(s, h.end(), x.code, "country", "anaphora"))
                break
            k -= 1
    return out


def _dated(dates: list[int], s: int, e: int) -> bool:
    """Does a date start in ``[s, e)`` (a sentence with a time of its own: another episode than the visit)?"""
    k = bisect_left(dates, s)
    return k < len(dates) and dates[k] < e


def _named_after(low: str, mentions: list[Mention], starts: list[int], end: int) -> bool:
    """Is the host named right after "nước chủ nhà" (a country: "nước chủ nhà Cam-pu-chia", "là Việt Nam") or is
    it another event's ("nước chủ nhà của SEA Games")? A person's name after it is the host's leader."""
    after = _NAMED_AFTER.match(low, end).end()  # type: ignore[union-attr]  # (it matches "" too)
    k = bisect_left(starts, end)
    named = k < len(starts) and mentions[k].start <= after and mentions[k].kind in _NAMES
    return named or low.startswith("của", after)


# "nước sở tại", "phía sở tại", "chính quyền sở tại", "Bộ Ngoại giao (nước) sở tại": the host country of a mission
# (not "trụ sở tại", "cơ sở tại", "hội sở tại": a seat, a base, a head office at a place; review 17)
_LOCAL: Final = re.compile(
    r"(?<![^\W\d_])(?<!trụ )(?<!cơ )(?<!hội )(?:(?:nước|phía|quốc gia|chính phủ|chính quyền) )?sở tại(?![^\W\d_])"
)


_LOCAL_HEADS: Final = ("nước ", "phía ", "quốc gia ", "chính phủ ", "chính quyền ")


def local_phrases(low: str) -> list[re.Match[str]]:
    """``_LOCAL.finditer(low)``, matched only where "sở tại" is written: a match opens on it or on the head word
    before it ("nước sở tại"), so those two starts are tried, the earlier first, as the left-to-right scan would
    (the look-behinds in front made the scan try every position of the text: ~10 ms a MB)."""
    out: list[re.Match[str]] = []
    k = low.find("sở tại")
    while k >= 0:
        starts = [k - len(w) for w in _LOCAL_HEADS if k >= len(w) and low.startswith(w, k - len(w))]
        for s in (*sorted(starts), k):
            m = _LOCAL.match(low, s)
            if m is not None:
                out.append(m)
                break
        k = low.find("sở tại", k + 6)
    return out


def mission_host_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """A mention of the host country for each "nước sở tại"-type phrase of a Vietnamese mission's report (the host
    its issuer line names); none in other texts ("trụ sở tại Giơ-ne-vơ" is no such phrase)."""
    if not occurs(low, "sở tại"):
        return []
    found = local_phrases(low)
    if not found:
        return []
    pair = mission_pair(doc, [m for m in mentions if m.start < 400], found[0].start())
    if pair is None:
        return []
    return [Mention(m.start(), m.end(), pair[1], "country", "anaphora") for m in found]
