"""Places as parties: a province, region or city stands for its country where the grammar makes it a party.

A place named in the text (the gazetteer's ``places``: provinces of Laos, Cambodia, China, north-eastern Thailand and
Vietnam, capitals and large cities, in their Vietnamese and Latin spellings) is a location by default ("Hội nghị tại
Bắc Kinh", "ở Pa-ri, Cộng hòa Pháp"). It stands for its country (a synthetic country mention, ``via="anaphora"``,
for the events stage only, as "hai nước" is) where the grammar makes it one:

* the partner after "với / đối với / giữa" ("quan hệ hữu nghị với Khu tự trị dân tộc Choang Quảng Tây", "ký thỏa
  thuận với thành phố Bách Sắc"), and the names coordinated with it ("với hai tỉnh Ta-keo và Kan-đan");
* the object of aid or a visit ("hỗ trợ tỉnh Ta-keo", "thăm tỉnh Kan-đan", "sang thăm và làm việc tại tỉnh X":
  the phrase starts at its unit word, so the name stands right after "tại", where the visit reads its destination);
* the subject of its clause, alone or coordinated ("Quảng Tây cử đoàn ...", "Năm 2019, Hà Nội và Xơ-un ký ..."),
  and the delegation's or authorities' place ("đoàn đại biểu tỉnh Hủa Phăn", "chính quyền tỉnh Vân Nam").

A Vietnamese place after "với" is a domestic partner ("phối hợp với Kiên Giang, Đồng Tháp"), no party. In a Vietnamese
provincial body's document (its issuer line "UBND TỈNH ...", "TỈNH ỦY", "ĐẢNG BỘ TỈNH ...", or a title naming one
"tỉnh <Vietnamese province>" under no other body's issuer line) the bare "Tỉnh" / "tỉnh" with no name after it, "Tỉnh
ủy", "UBND tỉnh" stand for Vietnam in the same positions, as "ta" does; "hai tỉnh" there is the province and the
foreign place named last before it in its paragraph, "các tỉnh bạn" the foreign place or country named last before.

A place name must be written as the table writes it, every capitalised word capitalised ("Hòa bình" is peace), or
the whole name in capitals; a name a Vietnamese place or word shares (the table's "~Đông Hưng") counts only with its
country in brackets after it ("Đông Hưng (Trung Quốc)"), or in its unit-word form ("thành phố Đông Hưng").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

import ahocorasick

from doingoai.extract import gazetteer
from doingoai.model import Document, Mention

VNM = "VNM"


@lru_cache(maxsize=1)
def place_keys() -> dict[str, str]:
    """Lower-cased place names (both tone-mark conventions) -> their country; a name two countries share is left
    out. The mention automaton holds them too (one pass: :func:`doingoai.extract.mentions.place_hits`)."""
    from doingoai.extract.mentions import tone_variants

    found: dict[str, set[str]] = {}
    for e in gazetteer.places().values():
        for n in e.names:
            for v in tone_variants(n.text):
                found.setdefault(v.lower(), set()).add(e.attr("country"))
    return {key: next(iter(countries)) for key, countries in found.items() if len(countries) == 1}


@lru_cache(maxsize=1)
def _shapes() -> dict[str, tuple[tuple[int, ...], bool]]:
    """Lower-cased place names -> (the offsets of the words the name capitalises, whether it is "qualified": a name
    a Vietnamese place or word shares, counted only with its country in brackets next to it)."""
    from doingoai.extract.mentions import tone_variants

    out: dict[str, tuple[tuple[int, ...], bool]] = {}
    for e in gazetteer.places().values():
        for n in e.names:
            caps = tuple(m.start() for m in re.finditer(r"\S+", n.text) if m.group(0)[0].isupper())
            for v in tone_variants(n.text):
                old = out.get(v.lower())
                # (two spellings of one key: the fewer capitals, qualified only if both are)
                if old is not None:
                    caps = tuple(c for c in caps if c in old[0])
                out[v.lower()] = (caps, n.type == "qualified" and (old is None or old[1]))
    return out


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """:func:`place_keys` as an automaton (for a text the mention stage has not seen): values (length, country)."""
    a = ahocorasick.Automaton()
    for key, country in place_keys().items():
        a.add_word(key, (len(key), country))
    a.make_automaton()
    return a


def capitals() -> dict[str, str]:
    """Names of capitals, municipalities and cities -> their country's code (for "thăm Hà Nội", "Tê-hê-ran đăng
    cai": events_places)."""
    return {
        n.text: e.attr("country")
        for e in gazetteer.places().values()
        if e.attr("type") in ("capital", "municipality", "city")
        for n in e.names
        if n.type != "qualified"
    }


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    return frozenset(capitals())


# what events_places.capital_mentions reads before a capital: "thăm (chính thức) (tại) <capital>"
_CAPITAL_VISITED = re.compile(r"thăm(?: (?:chính thức|cấp nhà nước|hữu nghị|làm việc))?(?: tại)? $")


def _capital_given(low: str, lo: int, s: int, e: int) -> bool:
    """Does events_places.capital_mentions read the capital at ``[s, e)`` ("thăm Hà Nội", "Hà Nội đăng cai")?"""
    m = _ADVERBS.match(low, e)
    return _CAPITAL_VISITED.search(low, max(lo, s - 40), s) is not None or (
        m is not None and low.startswith("đăng cai", m.end())
    )


def _places(text: str, low: str) -> list[tuple[int, int, str]]:
    """Place names in ``text`` as (start, end, country): whole words, capitalised, leftmost-longest, not followed by
    another capitalised word (a longer name: "Thái Bình Dương")."""
    from doingoai.extract.mentions import place_hits

    out: list[tuple[int, int, str]] = []
    n = len(text)
    seen = place_hits(text)
    hits = seen if seen is not None else [(e + 1 - k, e + 1, c) for e, (k, c) in _automaton().iter(low)]
    if not hits:
        return out
    shapes = _shapes()
    for s, end, country in sorted(hits, key=lambda h: (h[0], -h[1])):  # leftmost-longest
        if out and s < out[-1][1] or s > 0 and low[s - 1] == "-":
            continue
        caps, qualified = shapes.get(low[s:end], ((0,), False))
        if not _shaped(text, s, end, caps) or qualified and not _country_next(low, end, country):
            continue  # ("Hòa bình được duy trì": no place; "Đông Hưng hỗ trợ" with no "(Trung Quốc)": Vietnam's)
        if end < n and (low[end].isalnum() or low[end] == "-" and end + 1 < n and low[end + 1].isalnum()):
            continue
        if text.startswith(" ", end) and text[end + 1 : end + 2].isupper() and not text[s:end].isupper():
            continue
        if s == 0 or not low[s - 1].isalnum():
            out.append((s, end, country))
    return out


def _shaped(text: str, s: int, e: int, caps: tuple[int, ...]) -> bool:
    """Is every word the name capitalises capitalised at ``[s, e)`` (or the whole name upper case)?"""
    return all(text[s + c].isupper() for c in caps) or text[s:e].isupper()


@lru_cache(maxsize=1)
def _country_names() -> dict[str, frozenset[str]]:
    """Country code -> its lower-cased Vietnamese and English names (for "Đông Hưng (Trung Quốc)")."""
    out: dict[str, set[str]] = {}
    for e in gazetteer.entries().values():
        if e.kind == "country":
            out.setdefault(e.code, set()).update(n.text.lower() for n in e.names if n.type != "deixis")
    return {k: frozenset(v) for k, v in out.items()}


_BRACKETED = re.compile(r" ?\(([^()\n]{2,40})\)")


def _country_next(low: str, e: int, country: str) -> bool:
    """Is the place's country named in brackets right after it ("Đông Hưng (Trung Quốc)")?"""
    m = _BRACKETED.match(low, e)
    return m is not None and m.group(1).strip() in _country_names().get(country, frozenset())


# what may stand between a party marker and the place: a count, a unit, a qualifier, an authority or delegation
_UNIT = (
    r"(?:(?:các|những|hai|ba|bốn|năm|sáu) )?(?:(?:ủy ban nhân dân|ubnd|chính quyền|lãnh đạo|nhân dân|tỉnh ủy|thành ủy"
    r"|khu ủy|đảng ủy|đoàn(?: đại biểu| lãnh đạo| công tác| cán bộ)?|phía)(?: của)? )?"
    r"(?:(?:tỉnh|thành phố|thủ đô|khu tự trị|đặc khu|bang|địa phương)(?: (?:giáp biên|biên giới|bạn|kết nghĩa))? )?"
)
_PARTNER = re.compile(r"\b(?:với|giữa)(?: cả)? (?P<unit>" + _UNIT + r")$")
_OBJECT = re.compile(
    r"\b(?:hỗ trợ|giúp đỡ|giúp|viện trợ|trao tặng|tặng|cho|thăm(?: chính thức| hữu nghị| làm việc)?"
    r"(?:,? và làm việc (?:tại|ở))?|làm việc (?:tại|ở)|đón|tiếp|mời"
    r"|cho (?:[^\W\d_]+ ){1,6}của)"  # "trao tặng quà cho các gia đình khó khăn của tỉnh X": the beneficiaries'
    r" (?P<unit>" + _UNIT + r")$"
)
_DELEGATION = re.compile(
    r"\b(?:đoàn(?: đại biểu| lãnh đạo| công tác| cán bộ)?|chính quyền|lãnh đạo)(?: của)? " + _UNIT + r"$"
)
# a clause's opening: the sentence's (after a list mark "a)", "1.", "-"), after ";" or ":", or after a fronted
# adverbial of time closed by a comma ("Năm 2019, ", "Tháng trước, ", "Hiện nay, ")
_SUBJECT_BEFORE = re.compile(  # matched from the sentence's start
    r"(?:[^;:\n]*[;:]\s*)?(?:(?:[a-zđ]\)|\d{1,2}\.|[-–•+])\s*)?(?:(?:năm|tháng|ngày|từ|trong|sau|trước|hiện nay|hiện"
    r"|thời gian|hằng năm|hàng năm|đầu|cuối|giữa|nhân dịp|vừa qua|gần đây|quý)\b[^,;:]{0,40}, )?"
    + _UNIT
    + r"$"
)
_COORD = re.compile(r"(?:, | và |, và )" + _UNIT + r"$")
_ADVERBS = re.compile(r" (?:(?:đã|sẽ|đang|cũng|tiếp tục|vừa|hiện|chính thức|lần đầu) )*")
_NOT_VERBS = frozenset({"và", "với", "của", "cùng", "hoặc", "là"})
_WORD = re.compile(r"[^\W\d_]+")
_OWN_ISSUER = re.compile(
    r"\b(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|ĐẢNG BỘ|HĐND|HỘI ĐỒNG NHÂN DÂN) (TỈNH|THÀNH PHỐ)\b|\b(TỈNH|THÀNH) ỦY\b"
)
# an issuer line of another body (a ministry, a central office, a district, a newspaper) at the top of the document
_OTHER_ISSUER = re.compile(
    r"(?m)^(?:BỘ|BAN|SỞ|VĂN PHÒNG|CHÍNH PHỦ|QUỐC HỘI|TRUNG ƯƠNG|HỌC VIỆN|VIỆN|TRƯỜNG|ĐẠI SỨ QUÁN|TỔNG CỤC|CỤC"
    r"|HUYỆN ỦY|UBND HUYỆN|ỦY BAN NHÂN DÂN HUYỆN|TẠP CHÍ|BÁO(?! CÁO)|THÔNG TẤN XÃ) [^\n]+$"
)
# the own province, bare: "Tỉnh", "tỉnh", "Tỉnh ủy", "UBND tỉnh", "Ủy ban nhân dân tỉnh" with no name after it
_OWN = re.compile(
    r"(?<![^\W\d_])(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) )?(?:tỉnh|thành phố)(?: ủy)?(?![^\W\d_])"
)
_NAMED_AFTER = re.compile(r" (?:bạn|giáp|biên giới|nhà|này|đó|khác|lân cận|kết nghĩa)\b")
_FRIEND = re.compile(r"\b(?:các |những )?(?:tỉnh|địa phương|thành phố) bạn(?![^\W\d_])")
_PAIR = re.compile(r"\bhai (?:tỉnh|thành phố|địa phương)(?![^\W\d_])(?! giáp| biên| bạn)")


def _verb_after(text: str, e: int) -> bool:
    """Does a lower-case word (a verb, not "và / với / của / là") follow the name ending at ``e``?"""
    m = _ADVERBS.match(text, e)
    w = _WORD.match(text, m.end()) if m is not None else None
    return w is not None and w.group(0).islower() and w.group(0) not in _NOT_VERBS


def _named_after(text: str, e: int) -> bool:
    """Is a name (a capitalised word) or a qualifier ("bạn", "giáp biên") right after the unit word ending at ``e``?"""
    return (
        text[e + 1 : e + 2].isupper() and text.startswith(" ", e) or _NAMED_AFTER.match(text, e) is not None
    )


def own_unit(doc: Document) -> str:
    """ "tỉnh" or "thành phố" when ``doc`` is a Vietnamese provincial body's (its issuer line in the first lines:
    "UBND TỈNH ...", "ĐẢNG BỘ TỈNH ...", "TỈNH ỦY") or its title names one Vietnamese province ("... của tỉnh Nghệ
    An") and no other body's issuer line heads it ("BỘ NGOẠI GIAO"), else ""."""
    head = doc.text[:400]
    m = _OWN_ISSUER.search(head) if "TỈNH" in head or "THÀNH" in head else None
    if m is not None:
        return "thành phố" if (m.group(1) or m.group(2)) in ("THÀNH PHỐ", "THÀNH") else "tỉnh"
    title = doc.title
    low = (title or "").lower()
    if (
        "tỉnh" not in low
        and "thành phố" not in low
        or any(m.group(0).isupper() for m in _OTHER_ISSUER.finditer(head))
    ):
        return ""  # (a ministry's or another body's report about a province is not the province's own)
    # a title naming two provinces ("Lãnh đạo tỉnh Cao Bằng làm việc với tỉnh Lạng Sơn") is a news story
    title = title or ""
    if len({title[s:e] for s, e, country in _places(title, low) if country == VNM}) != 1:
        return ""
    for s, _, country in _places(title, low):
        if country == VNM and low[:s].endswith(("tỉnh ", "thành phố ")):
            return "thành phố" if low[:s].endswith("thành phố ") else "tỉnh"
    return ""


def _party(text: str, low: str, lo: int, s: int, e: int, country: str, prev_party: int, next_at: int) -> int:
    """Where a party mention for the place at ``[s, e)`` starts, or -1 when the place is a location there.
    ``prev_party``: the end of the last place taken as a party, ``next_at``: the start of the next place (for
    coordination: "Hà Nội và Xơ-un ký ...")."""
    w = max(lo, s - 80)
    m = _PARTNER.search(low, w, s)
    if m is not None and country == VNM and m.group(0).startswith("với"):
        m = None  # "phối hợp với Kiên Giang, Đồng Tháp": a domestic partner ("giữa Hà Nội và Xơ-un" names a pair)
    m = m or _OBJECT.search(low, w, s)
    if m is not None:  # the phrase starts at its unit word: "tại tỉnh Ta-keo" (the place right after "tại")
        return m.start("unit")
    if _DELEGATION.search(low, w, s):
        return s
    if prev_party >= 0 and _COORD.fullmatch(low, prev_party, s):
        return s
    coordinated = next_at - e in (2, 4) and low[e:next_at] in (", ", " và ")
    if _SUBJECT_BEFORE.match(low, lo, s) and (_verb_after(text, e) or coordinated):
        return s
    return -1


def place_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """Synthetic country mentions (``via="anaphora"``) for the places and the own province standing for a party."""
    text = doc.text
    found = _places(text, low)
    unit = own_unit(doc)
    if not found and not unit:
        return []
    out: list[Mention] = []
    prev_end, prev_sent = -1, -1
    for i, (s, e, country) in enumerate(found):
        sent = doc.sentence_at(s)
        lo = sent.start if sent is not None else 0
        if _overlaps(mentions, s, e):
            continue
        if lo != prev_sent:
            prev_end, prev_sent = -1, lo
        at = _party(text, low, lo, s, e, country, prev_end, found[i + 1][0] if i + 1 < len(found) else -1)
        if at < 0 or at == s and text[s:e] in _capital_names() and _capital_given(low, lo, s, e):
            continue  # (a capital after "thăm" or before "đăng cai": events_places.capital_mentions gives it)
        out.append(Mention(at, e, country, "country", "anaphora"))
        prev_end = e
    if unit:
        out += _own_mentions(doc, low, unit, [x.start for x in doc.sentences], mentions, found)
    return sorted(out, key=lambda m: m.start)


def _overlaps(mentions: list[Mention], s: int, e: int) -> bool:
    """Does a mention (sorted by start) overlap ``[s, e)``?"""
    k = bisect_left(mentions, s, key=_start)
    return any(0 <= j < len(mentions) and mentions[j].start < e and s < mentions[j].end for j in (k - 1, k))


def _start(m: Mention) -> int:
    return m.start


def _own_mentions(
    doc: Document,
    low: str,
    unit: str,
    starts: list[int],
    taken: list[Mention],
    found: list[tuple[int, int, str]],
) -> list[Mention]:
    """The document's own province, named bare ("Tỉnh duy trì ...", "đoàn công tác của tỉnh", "hỗ trợ tỉnh"), as
    Vietnam; "hai tỉnh" as the province and the foreign country named last before it, "các tỉnh bạn" as that
    country."""
    out: list[Mention] = []
    head = unit.split()[0]
    if head not in low:
        return out
    body = doc.blocks[1].start if len(doc.blocks) > 1 else 0
    for m in _OWN.finditer(low, body):
        s, e = m.span()
        if (
            not m.group(0).endswith(unit)
            and not m.group(0).endswith(unit + " ủy")
            or _named_after(doc.text, e)
        ):
            continue
        k = bisect_left(starts, s + 1) - 1
        lo = starts[k] if k >= 0 else 0
        if low[max(lo, s - 9) : s].endswith(("các ", "những ", "hai ", "trong ", "địa bàn ")) or _overlaps(
            taken, s, e
        ):
            continue
        w = max(lo, s - 60)
        before = low[w:s]
        if (
            _PARTNER.search(low, w, s)
            or _OBJECT.search(low, w, s)
            or re.search(
                r"\b(?:đoàn(?: đại biểu| lãnh đạo| công tác| cán bộ)?|ban thường vụ|lãnh đạo)(?: của)? $",
                before,
            )
            or _SUBJECT_BEFORE.match(low, lo, s)
            and _verb_after(doc.text, e)
        ):
            out.append(Mention(s, e, VNM, "country", "anaphora"))
    # the foreign places, and the foreign places and countries, named in the document: listed once, then bisected
    places = [(s, c) for s, _, c in found if c != VNM]
    named = sorted(
        places + [(x.start, x.code) for x in doc.mentions if x.kind == "country" and x.code != VNM]
    )
    block_starts = [b.start for b in doc.blocks]
    for m in _PAIR.finditer(low):
        s, e = m.span()
        if _named_after(doc.text, e):
            continue
        # "hai tỉnh": a foreign PLACE named before it in its paragraph
        k = bisect_left(block_starts, s + 1) - 1
        other = _last_before(places, block_starts[k] if k >= 0 else max(0, s - 400), s)
        if other:
            out.append(Mention(s, e, f"{VNM}|{other}", "pair", "anaphora"))
    for m in _FRIEND.finditer(low) if " bạn" in low else ():  # "các tỉnh bạn": the foreign one named before
        other = _last_before(named, 0, m.start())
        if other:
            out.append(Mention(m.start(), m.end(), other, "country", "anaphora"))
    return out


def _last_before(named: list[tuple[int, str]], lo: int, pos: int) -> str:
    """The country of the last of ``named`` (sorted (start, country)) in ``[lo, pos)``, or ""."""
    k = bisect_left(named, (pos, "")) - 1
    return named[k][1] if k >= 0 and named[k][0] >= lo else ""
