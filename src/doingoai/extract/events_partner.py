""" "Phía bạn", "nước bạn", "Đảng bạn": the other party of the document's relation with Vietnam.

Vietnamese official writing on a bilateral relation names the partner once or twice ("Việt Nam và Trung
Quốc đã ký ...") and then calls it "phía bạn" / "nước bạn" / "bạn" ("our friend"). :func:`partner_mentions`
gives, for each such phrase, a synthetic mention (``via="anaphora"``) of the foreign country named most
often before it in the document (the nearest of equals); "Đảng bạn" -> that country's ruling party.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from doingoai.extract.events_anaphora import RULING_PARTY, country_of, pair_mentions
from doingoai.extract.textscan import find_all, matches_before, occurs
from doingoai.model import Document, Mention

PARTNER: Final = re.compile(r"\b(?:phía|nước|bên|(?P<party>đảng)) bạn(?![^\W\d_])(?! (?:bè|đọc|hàng|học)\b)")
_OWN: Final = frozenset({"VNM", "CPV"})
_STATE_KINDS: Final = ("country", "person", "body")


def partner_mentions(
    doc: Document, low: str, mentions: list[Mention], places: list[Mention] | None = None
) -> list[Mention]:
    """Synthetic mentions of the partner for every "phía bạn"-type phrase whose partner is known; ``places``: the
    places standing for a party (extract/places), which name the partner in its sentence as a country does
    ("sang thăm tỉnh Xê Kông; nhân dịp này, tỉnh đã bàn giao cho phía bạn ...": Laos)."""
    if not occurs(low, " bạn"):
        return []
    found = [m for m in _partner_phrases(low) if m.start() == 0 or not low[m.start() - 1].isalnum()]
    if not found:
        return []
    out: list[Mention] = []
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    k = 0
    pairs: list[Mention] | None = None  # "hai nước" mentions, resolved only when needed
    for m in found:
        while k < len(mentions) and mentions[k].end <= m.start():
            x = mentions[k]
            if x.kind in _STATE_KINDS and x.via != "anaphora":
                c = country_of(x.code)
                if c not in _OWN and len(c) == 3 and c.isalpha():
                    counts[c] += 1
                    last[c] = x.start
            k += 1
        code = _in_sentence(low, mentions, k, m.start(), places or [])
        if not code and not counts:
            continue
        if not code and "hai " in low[max(0, m.start() - _PAIR_REACH) : m.start()]:
            pairs = pair_mentions(doc, low, mentions) if pairs is None else pairs
            code = _pair_partner(low, pairs, m.start())  # "Hai nước ...; phía bạn đã tặng ...": the pair's
        code = code or max(counts, key=lambda c: (counts[c], last[c]))
        if m.group("party"):
            party = RULING_PARTY.get(code)
            if party:
                out.append(Mention(m.start(), m.end(), party, "party", "anaphora"))
        else:
            out.append(Mention(m.start(), m.end(), code, "country", "anaphora"))
    return out


_HEADS: Final = ("phía", "nước", "bên", "đảng")  # the words PARTNER's match starts with (no one ends another)


def _partner_phrases(low: str) -> list[re.Match[str]]:
    """``PARTNER.finditer(low)``, found from each " bạn": the engine's own scan tries the leading ``\\b`` and
    alternation at every position. A match is a head word then " bạn"; then the bare "bạn" of :func:`_bare`."""
    found = matches_before(low, " bạn", _HEADS, PARTNER)
    bare = _bare(low)
    if bare:
        found = sorted([*found, *bare], key=lambda m: m.start())
    return found


# the bare "bạn" standing for the partner (round 154): the object of a verb of help, support or dealing ("cử
# chuyên gia sang giúp bạn", "sẵn sàng hỗ trợ bạn", "sớm ký với bạn", "ta sẽ ủng hộ bạn", "đề nghị bạn xem xét"),
# or the subject of a clause ("Đầu tháng tới, bạn sẽ đăng cai ...", "Sau chuyến thăm, bạn đã giúp ta ..."); not
# "bạn bè", "bạn đọc", "bạn hàng", "bạn học" (friends, readers, trading partners), nor "người bạn", "các bạn"
_BARE_AFTER: Final = (" giúp", " giúp đỡ", " hỗ trợ", " ủng hộ", " với", " cùng", " cho", " đề nghị", " tặng")
_BARE: Final = re.compile(r"bạn(?![^\W\d_])(?! (?:bè|đọc|hàng|học|trẻ)\b)(?P<party>(?!))?")
_BARE_SUBJECT: Final = re.compile(r"bạn (?:đã|sẽ|đang|cũng|luôn|vẫn|từng)\b")


def _bare(low: str) -> list[re.Match[str]]:
    out: list[re.Match[str]] = []
    for i in find_all(low, " bạn"):
        if any(low.endswith(w, 0, i) for w in _BARE_AFTER):
            m = _BARE.match(low, i + 1)
        elif i > 0 and low[i - 1] in ",.:" and _BARE_SUBJECT.match(low, i + 1) is not None:
            m = _BARE.match(low, i + 1)
        else:
            continue
        if m is not None:
            out.append(m)
    return out


_SENTENCE_END: Final = re.compile(r"[.!?;:\n]\s")


def _in_sentence(low: str, mentions: list[Mention], k: int, pos: int, places: list[Mention]) -> str:
    """The one foreign country named earlier in the sentence of ``pos`` ("chia sẻ mất mát của nhân dân
    Phi-líp-pin và sẽ hỗ trợ phía bạn": the Philippines, whoever the document names most), or its place's."""
    lo = max(0, pos - 300)
    start = lo
    for b in _SENTENCE_END.finditer(low, lo, pos):
        start = b.end()
    named = set()
    j = k - 1
    while j >= 0 and mentions[j].start >= start:
        x = mentions[j]
        if x.kind in _STATE_KINDS and x.via != "anaphora":
            c = country_of(x.code)
            if c not in _OWN and len(c) == 3 and c.isalpha():
                named.add(c)
        j -= 1
    if (
        not named
    ):  # a place: in the whole sentence, over a ";" ("sang thăm tỉnh X; nhân dịp này, ... phía bạn")
        s0 = lo
        for b in _SENTENCE_END.finditer(low, lo, pos):
            if low[b.start()] != ";":
                s0 = b.end()
        named = {x.code for x in places if s0 <= x.start < pos and x.code not in _OWN and len(x.code) == 3}
    return named.pop() if len(named) == 1 else ""


_PAIR_REACH: Final = 300  # "hai nước" at most this many characters before "phía bạn", in its sentence


def _pair_partner(low: str, pairs: list[Mention], pos: int) -> str:
    """The foreign side of the last "hai nước" pair (Vietnam one of the two) named before ``pos`` in its
    sentence (round 23: "Xéc-bi-a kế thừa quan hệ với Việt Nam. Hai nước ...; phía bạn đã tặng ...": Serbia,
    though the document names Yugoslavia more often), or ""."""
    lo = max(0, pos - _PAIR_REACH)
    for b in _SENTENCE_END.finditer(low, lo, pos):
        if low[b.start()] != ";":  # (a ";" joins clauses of one sentence)
            lo = b.end()
    for x in reversed(pairs):
        if x.start >= pos:
            continue
        if x.start < lo:
            break
        codes = x.code.split("|")
        if len(codes) == 2 and "VNM" in codes:
            return codes[0] if codes[1] == "VNM" else codes[1]
    return ""
