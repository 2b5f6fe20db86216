"""Round 57 (session 14): transliterations the gazetteer lacks, matched by their skeletons (extract/mentions_variants.py).

Sentences written for these tests (other names than the working sets'). A name written in another transliteration
than the gazetteer's is matched by its letters without marks, exactly or (with a hyphenated word) one or two edits
away; the mention says ``via="variant"``. Twins where it must not: Vietnamese personal names that share a country's
letters ("Thái Lân", "Bá Lân"), two capitalised Vietnamese words ("Nhà Trắng"), a name of another number of words.
Events with the learned reading off (marker rules_alone: these pin what the rules read).
"""

from __future__ import annotations

import pytest

from doingoai.extract.mentions import mentions_in, place_hits
from doingoai.extract.mentions_variants import skeleton
from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params

pytestmark = pytest.mark.rules_alone


def _variants(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.code) for m in mentions_in(text) if m.via == "variant"]


def test_skeleton():
    assert skeleton("Ma-đa-gát-xca") == "madagatxca"
    assert skeleton("Luông Nậm Thà") == skeleton("Luông Nặm Thà") == "luongnamtha"


# (id, text, the variant mentions expected)
MENTIONS: list[tuple] = [
    ("one-edit", "Việt Nam và Ni-ca-ra-qua ký hiệp định.", [("Ni-ca-ra-qua", "NIC")]),
    ("two-edits", "Bộ trưởng Ngoại giao Ác-hen-ti-nna thăm Hà Nội.", [("Ác-hen-ti-nna", "ARG")]),
    ("style-first", "Đoàn Cộng hòa Dân chủ Côn-gô thăm Hà Nội.", [("Cộng hòa Dân chủ Côn-gô", "COD")]),
    ("other-style", "Đoàn Cộng hòa Côn-gô thăm Hà Nội.", [("Cộng hòa Côn-gô", "COG")]),
    ("with-its-leader", "Tổng thống Ni-ca-ra-qua Đa-ni-en Oóc-tê-ga thăm Hà Nội.", [("Ni-ca-ra-qua", "NIC")]),
    # not: a Vietnamese personal name (no hyphen, fewer than three words), two Vietnamese words, a one-word country
    # in a personal name, another number of words than the name ("Mun Chê-in" is no "München")
    ("personal-name", "Ông Nguyễn Thái Lân và ông Bá Lân gặp Đại sứ.", []),
    ("vietnamese-words", "Phát ngôn viên Nhà Trắng cho biết.", []),
    ("in-a-name", "Bà Ni-ca-ra-qua Lê dự lễ.", []),
    ("words-differ", "Tổng thống Mun Chê-in thăm Việt Nam.", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in MENTIONS])
def test_round57_mentions(text, expected):
    assert _variants(text) == expected


def test_round57_place_variant():
    text = "Đoàn đại biểu tỉnh Luông Nặm Thà sang thăm tỉnh Điện Biên."
    mentions_in(text)
    assert (19, 32, "LAO") in (place_hits(text) or [])


# fmt: off
CASES: list[tuple] = [
    ("agreement-with-a-variant",
     "Ngày 14/3/2023, Việt Nam và Ni-ca-ra-qua ký Hiệp định hợp tác văn hóa.",
     K.AGREEMENT_SIGN, ("VNM", "NIC"), (), "2023-03-14", S.OCCURRED),
    ("relations-with-a-styled-variant",
     "Ngày 14/3/2023, Việt Nam và Cộng hòa Dân chủ Côn-gô thiết lập quan hệ ngoại giao.",
     K.RELATIONS_ESTABLISH, ("VNM", "COD"), (), "2023-03-14", S.OCCURRED),
    ("visit-from-a-variant-place",
     "Ngày 14/3/2023, đoàn đại biểu tỉnh Luông Nặm Thà sang thăm tỉnh Điện Biên.",
     K.VISIT, ("LAO",), ("VNM",), "2023-03-14", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_round57(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=False)


def test_round57_not_read():
    got = extract_text("Ngày 14/3/2023, ông Nguyễn Thái Lân tiếp Đại sứ Ba Lan.").events
    assert not any("POL" in e.actors for e in got)
