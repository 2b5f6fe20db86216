"""Names joined by a hyphen (issue 3, session 9, G1): "Việt Nam-Lào", "quan hệ Việt Nam-Trung Quốc", "Hội nghị
Cấp cao ASEAN-Nhật Bản" are two mentions, as with an en dash; a hyphenated transliteration ("Cô-oét", "Ả-rập
Xê-út", "Xin-ga-po", "Guinea-Bissau") stays one name.

* units: the mentions of joined pairs and chains, and of names that must stay whole;
* a property over the gazetteer: every hyphenated alias is still found whole, alone and joined to another name;
* a sentence grid, whole pipeline: the event each joined pair gives, beside its en-dash twin and negative twins.

extract/mentions_joined.py; docs/decisions.md, Events, "Defects found by the session's helpers (session 9), G1".
"""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from doingoai.extract import gazetteer
from doingoai.extract.mentions import mentions_in
from event_grid import PARAMS, K, S, check, params


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.code) for m in mentions_in(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Việt Nam-Lào ký", [("Việt Nam", "VNM"), ("Lào", "LAO")]),
        ("quan hệ Việt Nam-Trung Quốc", [("Việt Nam", "VNM"), ("Trung Quốc", "CHN")]),
        ("Hội nghị Cấp cao ASEAN-Nhật Bản", [("ASEAN", "ASEAN"), ("Nhật Bản", "JPN")]),
        ("Hội nghị Cấp cao Mỹ-ASEAN", [("Mỹ", "USA"), ("ASEAN", "ASEAN")]),
        ("Việt Nam-Lào-Cam-pu-chia", [("Việt Nam", "VNM"), ("Lào", "LAO"), ("Cam-pu-chia", "KHM")]),
        ("Cô-oét-Ca-ta", [("Cô-oét", "KWT"), ("Ca-ta", "QAT")]),
        ("Ả-rập Xê-út-Ai Cập", [("Ả-rập Xê-út", "SAU"), ("Ai Cập", "EGY")]),
        # whole names: a hyphen inside a name, or a side that is no name
        ("Ả-rập Xê-út ký", [("Ả-rập Xê-út", "SAU")]),
        ("Xin-ga-po ký", [("Xin-ga-po", "SGP")]),
        ("Guinea-Bissau ký", [("Guinea-Bissau", "GNB")]),
        (
            "Ta-li-ban ký với Mỹ",
            [("Ta-li-ban", "TALIBAN"), ("Mỹ", "USA")],
        ),  # (the name by its letters, round 57)
        ("Lào-Xê ký", []),  # "Xê" is no name: "Lào" stays joined to it
        ("Việt Nam-lào", []),  # a lower-case syllable continues the word
    ],
)
def test_joined_names(text, expected):
    assert _found(text) == expected
    dashed = text.replace("-", " – ", 1) if expected and len(expected) > 1 else None
    if (
        dashed is not None
        and "Cam-pu" not in text
        and "Cô-oét" not in text
        and "Xê-út" not in text
        and "Ta-li" not in text
    ):
        assert [c for _, c in _found(dashed)] == [c for _, c in expected]  # the same as with an en dash


@lru_cache(maxsize=1)
def _hyphenated() -> tuple[tuple[str, str], ...]:
    """(name, code) for every capitalised Vietnamese actor name of the gazetteer with a hyphen in it."""
    out = {}
    for e in gazetteer.entries().values():
        if e.kind not in ("country", "organization", "person"):
            continue
        for n in (e.vi, *(n.text for n in e.names if n.lang == "vi")):
            if re.search(r"\w-\w", n) and n[:1].isupper():
                out[n] = e.code
    return tuple(sorted(out.items()))


def test_every_hyphenated_name_is_still_found_whole():
    names = _hyphenated()
    assert len(names) > 100
    lost = []
    for name, code in names:
        alone = mentions_in(f"Năm 2020, {name} ký kết.")
        joined = mentions_in(f"Năm 2020, Lào-{name} ký kết.")  # joined to another name, it stays whole
        whole = [(m.code, m.end - m.start) for m in alone]
        if (code, len(name)) not in whole:
            continue  # (a name another entry's longer or earlier match takes: not this rule's business)
        if (code, len(name)) not in [(m.code, m.end - m.start) for m in joined]:
            lost.append(name)
    assert not lost, lost[:20]


NO = ((), (), "", S.NEGATED)
SYMMETRIC = {K.AGREEMENT_SIGN, K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH}

# fmt: off
CASES: list[tuple] = [
    ("vn-lao-sign", "Năm 2020, Việt Nam-Lào ký Hiệp định hợp tác.",
     K.AGREEMENT_SIGN, ("VNM", "LAO"), (), "2020", S.OCCURRED),
    ("vn-lao-sign-dash-twin", "Năm 2020, Việt Nam – Lào ký Hiệp định hợp tác.",
     K.AGREEMENT_SIGN, ("VNM", "LAO"), (), "2020", S.OCCURRED),
    ("vn-us-mou", "Năm 2021, Việt Nam-Hoa Kỳ ký Bản ghi nhớ về hợp tác y tế.",
     K.AGREEMENT_SIGN, ("VNM", "USA"), (), "2021", S.OCCURRED),
    ("japan-india-sign", "Tháng 11/2016, Nhật Bản-Ấn Độ ký Hiệp định hợp tác hạt nhân dân sự.",
     K.AGREEMENT_SIGN, ("JPN", "IND"), (), "2016-11", S.OCCURRED),
    ("three-sign", "Năm 1977, Việt Nam-Lào-Cam-pu-chia ký Tuyên bố chung.",
     K.AGREEMENT_SIGN, ("VNM", "LAO", "KHM"), (), "1977", S.OCCURRED),
    ("kuwait-qatar-sign", "Năm 2005, Cô-oét-Ca-ta ký Hiệp định thương mại.",
     K.AGREEMENT_SIGN, ("KWT", "QAT"), (), "2005", S.OCCURRED),
    ("vn-china-upgrade", "Năm 2008, quan hệ Việt Nam-Trung Quốc được nâng lên Đối tác hợp tác chiến lược toàn diện.",
     K.RELATIONS_UPGRADE, ("VNM", "CHN"), (), "2008", S.OCCURRED),
    ("asean-japan-summit", "Năm 2019, Hội nghị Cấp cao ASEAN-Nhật Bản được tổ chức tại Băng Cốc.",
     K.CONSULT, ("ASEAN", "JPN"), (), "2019", S.OCCURRED),
    ("asean-india-summit", "Năm 2016, Hội nghị Cấp cao ASEAN-Ấn Độ diễn ra tại Viêng Chăn.",
     K.CONSULT, ("ASEAN", "IND"), (), "2016", S.OCCURRED),
    # whole names stay whole: the right parties, nothing split off
    ("saudi-singapore", "Năm 2019, Ả-rập Xê-út ký Hiệp định với Xin-ga-po.",
     K.AGREEMENT_SIGN, ("SAU",), ("SGP",), "2019", S.OCCURRED),
    ("guinea-bissau-joins", "Năm 1995, Guinea-Bissau gia nhập WTO.",
     K.MEMBERSHIP_JOIN, ("GNB",), ("WTO",), "1995", S.OCCURRED),
    # twins: a joined pair is no sign without a verb; a lower-case continuation is no second name
    ("vn-lao-no-verb-twin", "Năm 2020, Việt Nam-Lào tiếp tục phát triển.", K.AGREEMENT_SIGN, *NO),
    ("vn-lowercase-twin", "Năm 2020, Việt Nam-lào ký Hiệp định hợp tác.", K.AGREEMENT_SIGN, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_joined_name_events(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=kind in SYMMETRIC)
