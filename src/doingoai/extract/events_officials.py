"""A titled Vietnamese official stands for Vietnam: "Bộ trưởng Ngoại giao Phạm Bình Minh", "Thủ tướng Võ Văn
Kiệt", "Đại sứ Nguyễn Văn A".

Vietnamese writing names its own officials by title and name without the country ("Bộ trưởng Ngoại giao
Phạm Bình Minh và Đại diện cấp cao EU ký Hiệp định ..."), and foreign ones with it ("Ngoại trưởng Nam Phi",
"Tổng thống Hàn Quốc Moon Jae-in"). :func:`official_mentions` gives a synthetic mention of VNM (kind
"country", ``via="anaphora"``; events stage only) for a state title followed directly by a Vietnamese
personal name: a common Vietnamese family name and one to three more capitalised syllables, none of
them an actor's name already (a leader in the gazetteer keeps their own country: "Chủ tịch Hồ Cẩm Đào"),
and no country or organisation written between the title and the name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.textscan import find_all, matches_at, occurs
from doingoai.model import Document, Mention

_TITLES: Final = (
    "Tổng Bí thư|Chủ tịch nước|Phó Chủ tịch nước|Chủ tịch Quốc hội|Phó Chủ tịch Quốc hội|Thủ tướng Chính phủ"
    "|Thủ tướng|Phó Thủ tướng(?: thường trực)?|Bộ trưởng(?: Bộ)?(?: [A-ZĐ][^\\W\\d_]*(?: [a-zđà-ỹ]+){0,3}){0,2}"
    "|Thứ trưởng(?: Bộ)?(?: [A-ZĐ][^\\W\\d_]*(?: [a-zđà-ỹ]+){0,3}){0,2}|Đại sứ|Trưởng đoàn|Đại tướng"
    "|Người phát ngôn(?: Bộ Ngoại giao)?"
)
# family names borne by most Vietnamese (not the Sino-Vietnamese readings of Chinese leaders' names that
# no Vietnamese bears as often: Tập, Ôn, Giang, Mao, Chu are left out)
_FAMILY: Final = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Đinh|Trương|Lương|Mai|Đào|Tô|Vương"
    "|Hà|Nông|Trịnh|Đoàn|Lâm|Tạ|Thái|Cao|Lưu|Kiều|Quách|Triệu|Văn|Tôn|Lại|Phùng|Nghiêm"
)
_SYL: Final = r"[A-ZĐÀ-Ỹ][^\W\d_]*"
OFFICIAL: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_TITLES})(?:\s+(?:{_TITLES}))?\s+(?P<name>(?:{_FAMILY})(?:\s+{_SYL}){{1,3}})(?![^\W\d_])"
)
_FIRSTS: Final = (
    "Tổng Bí thư",
    "Chủ tịch",
    "Phó ",
    "Thủ tướng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Đại sứ",
    "Trưởng đoàn",
    "Đại tướng",
    "Người phát ngôn",
)


# A foreign leader named by title and a name in Latin script or in hyphenated transliteration, with no country
# written ("nhân chuyến thăm chính thức Việt Nam của Thủ tướng Justin Trudeau, hai nước ..."): Vietnamese names
# are neither. The leader stands for Vietnam's partner in the pair the paragraph is about (:func:`_foreign`).
_FOREIGN_TITLES: Final = (
    "Tổng thống|Phó Tổng thống|Thủ tướng|Phó Thủ tướng|Ngoại trưởng|Quốc vương|Nhà vua|Nữ hoàng|Chủ tịch"
    "|Tổng Bí thư"
)
# (or a capitalised word with a letter Vietnamese does not write, accents and all: "José", "Jürgen")
_FOREIGN_TOKEN: Final = (
    r"(?:[A-Z][a-z][A-Za-z'’-]*|[A-ZĐÀ-Ỹ][^\W\d_]*(?:-[^\W\d_]+)+"
    r"|(?=[^\W\d_]*[fjwzFJWZäëïöüçñß])[A-Z][^\W\d_]+(?:-[^\W\d_]+)*)"
)
FOREIGN_TOKEN: Final = _FOREIGN_TOKEN  # (events_introduced)
_FOREIGN_FIRSTS: Final = (
    "Tổng",
    "Thủ tướng",
    "Phó",
    "Ngoại trưởng",
    "Quốc vương",
    "Nhà vua",
    "Nữ hoàng",
    "Chủ tịch",
)
FOREIGN: Final = re.compile(
    rf"(?<![^\W\d_])(?:{_FOREIGN_TITLES}) (?!(?:{_FAMILY}) )(?P<name>{_FOREIGN_TOKEN}(?: {_FOREIGN_TOKEN}){{1,3}}"
    r"|(?P<one>[A-Z][a-z]{2,}))(?![^\W\d_])"
)
# a surname alone ("Thủ tướng Palme") is foreign only when no Vietnamese syllable could be spelt so: a letter
# Vietnamese does not write (f j w z), two consonants that are no Vietnamese digraph, or a final it never has
_ALIEN: Final = re.compile(
    r"[fjwz]|(?!ch|gh|gi|kh|ng|nh|ph|qu|th|tr)[bcdghklmnpqrstvx]{2}|(?<![cn])h$|(?<!n)g$|[bdklqrsvx]$"
    r"|[aeiouy][bcdghklmnpqrstvx]+[aeiouy]"  # (two syllables in one word)
)


def official_mentions(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Synthetic VNM mentions for titled Vietnamese officials named without a country (and the partner's for
    titled foreign leaders named without one: :func:`_foreign`)."""
    foreign = _foreign(doc, mentions)
    if not any(occurs(doc.text, f) for f in _FIRSTS):
        return foreign
    if foreign:
        return sorted(_vietnamese(doc, mentions) + foreign, key=lambda m: m.start)
    return _vietnamese(doc, mentions)


def _foreign(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """Titled foreign leaders named without a country, where the paragraph is about Vietnam and one partner
    (the pair "hai nước" would stand for there): the leader is that partner's. None in the gazetteer, none with
    a country or organisation in the title."""
    from doingoai.extract.events_anaphora import pair_before

    text = doc.text
    starts = [m.start for m in mentions]
    out: list[Mention] = []
    for m in matches_at(text, FOREIGN, _FOREIGN_FIRSTS):
        s, e = m.span()
        k = bisect_left(starts, s)
        if k > 0 and mentions[k - 1].end > s or k < len(mentions) and mentions[k].start < e:
            continue  # inside a name, or a name (a country, a person in the gazetteer) in it
        if m.group("one") and _ALIEN.search(m.group("one").lower()) is None:
            continue  # "Chủ tịch Ban ...", "Thủ tướng Anh": a Vietnamese word, not a surname
        pair = pair_before(doc, mentions, s)
        if pair is not None and "VNM" in pair and pair[0] != pair[1]:
            other = pair[1] if pair[0] == "VNM" else pair[0]
            out.append(Mention(s, e, other, "person", "anaphora"))  # (a person: a comma ends its phrase)
    return out


def _vietnamese(doc: Document, mentions: list[Mention]) -> list[Mention]:
    text = doc.text
    starts = [m.start for m in mentions]
    out: list[Mention] = []
    for m in _officials(text):
        s, e = m.span()
        k = bisect_left(starts, s)
        if k > 0 and mentions[k - 1].end > s:
            continue  # inside a name
        if k < len(mentions) and mentions[k].start < e:
            continue  # a country or organisation in the title, or the person is in the gazetteer
        out.append(Mention(s, e, "VNM", "country", "anaphora"))
    return out


def _officials(text: str) -> list[re.Match[str]]:
    """``OFFICIAL.finditer(text)``: every match starts with one of ``_FIRSTS``, so the pattern is tried only
    where one occurs (the engine's own scan tries its lookbehind and alternation at every position), in
    order and from the end of the last match on, as ``finditer`` does."""
    at = set()
    for f in _FIRSTS:
        at.update(find_all(text, f))
    out = []
    end = 0
    for i in sorted(at):
        if i >= end:
            m = OFFICIAL.match(text, i)
            if m is not None:
                out.append(m)
                end = m.end()
    return out
