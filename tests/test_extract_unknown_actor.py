"""An actor the gazetteer does not know (issue 3, session 9, G1): "Ta-li-ban ký thỏa thuận với Mỹ năm 2020" names
someone, not the unstated Vietnam; "Thủ tướng In-đi-ra Gan-đi thăm Liên Xô" after a sentence about India is India's
visit, and without one gives no event (the schema has no unstated actor; the person table lacks her).

Each "must not" is paired with the positive check of the right event on the same construction with a known actor
or an unstated Vietnam. extract/events_unknown_actor.py; docs/decisions.md, Events, session 9, G1.
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params

NO = ((), (), "", S.NEGATED)
SYMMETRIC = {K.AGREEMENT_SIGN, K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH}

# fmt: off
CASES: list[tuple] = [
    # a known actor in the subject's place: its event (the positive side of each pair below)
    ("us-signs-with-qatar", "Năm 2020, Mỹ ký thỏa thuận với Ca-ta.",
     K.AGREEMENT_SIGN, ("USA",), ("QAT",), "2020", S.OCCURRED),
    ("israel-signs", "Năm 2020, I-xra-en ký thỏa thuận với Các Tiểu vương quốc Ả-rập Thống nhất.",
     K.AGREEMENT_SIGN, ("ISR",), ("ARE",), "2020", S.OCCURRED),
    ("we-sign-in-geneva", "Năm 1954, tại Giơ-ne-vơ, ta ký Hiệp định với Pháp.",
     K.AGREEMENT_SIGN, ("VNM",), ("FRA",), "1954", S.OCCURRED),
    ("unstated-after-place", "Năm 1954, tại Giơ-ne-vơ, ký Hiệp định với Pháp.",
     K.AGREEMENT_SIGN, ("VNM",), ("FRA",), "1954", S.OCCURRED),
    ("ministry-signs", "Năm 2020, Bộ Ngoại giao ký thỏa thuận với Mỹ.",
     K.AGREEMENT_SIGN, ("VNM",), ("USA",), "2020", S.OCCURRED),
    # an unknown hyphenated name in the subject's place: no unstated Vietnam (round 57: "Ta-li-ban" is now read as
    # the gazetteer's "Taliban" by its letters, extract/mentions_variants.py, so another name stands here)
    ("hezbollah-signs", "Hết-xbô-la ký thỏa thuận với Mỹ năm 2020.", K.AGREEMENT_SIGN, *NO),
    ("hezbollah-signs-dated", "Năm 2020, Hết-xbô-la ký thỏa thuận với Mỹ.", K.AGREEMENT_SIGN, *NO),
    ("taliban-signs", "Ta-li-ban ký thỏa thuận với Mỹ năm 2020.",
     K.AGREEMENT_SIGN, ("TALIBAN",), ("USA",), "2020", S.OCCURRED),
    ("hamas-signs", "Năm 2017, Ha-mát ký thỏa thuận hòa giải với Ai Cập.", K.AGREEMENT_SIGN, *NO),
    ("bin-laden-protests", "Năm 2001, Ô-xa-ma Bin La-đen tuyên bố phản đối Mỹ.", K.PROTEST, *NO),
    ("gandhi-visits-alone", "Thủ tướng Mô-ra-gi Đê-xai thăm Liên Xô năm 1978.", K.VISIT, *NO),
    ("mandela-visits-alone", "Năm 1995, Tổng thống Xam Nu-giô-ma thăm Cu-ba.", K.VISIT, *NO),
    # a titled unknown name after a sentence opening on a foreign state: that state's
    ("gandhi-after-india", "Ấn Độ là bạn thân thiết của Liên Xô. Năm 1976, Thủ tướng In-đi-ra Gan-đi thăm Liên Xô.",
     K.VISIT, ("IND",), ("SUN",), "1976", S.OCCURRED),
    ("minister-after-serbia",
     "Xéc-bi-a nộp đơn xin gia nhập EU năm 2009. Năm 2023, Bộ trưởng Ngoại giao I-vi-ca Đa-chích ký Hiệp định với"
     " Hung-ga-ri.", K.AGREEMENT_SIGN, ("SRB",), ("HUN",), "2023", S.OCCURRED),
    ("pm-after-vietnam", "Việt Nam coi trọng hội nhập quốc tế. Năm 2016, Thủ tướng Sin-dô A-bê thăm Ấn Độ.",
     K.VISIT, *NO),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
def test_unknown_actor(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, one_set=kind in SYMMETRIC)


@pytest.mark.parametrize(
    "text",
    [
        "Ta-li-ban ký thỏa thuận với Mỹ năm 2020.",
        "Năm 2020, Ta-li-ban và Mỹ ký thỏa thuận hòa bình.",
        "Thủ tướng In-đi-ra Gan-đi thăm Liên Xô năm 1976.",
        "Tổng thống Nen-xơn Man-đê-la thăm Việt Nam năm 1995.",
        "Việt Nam coi trọng hội nhập quốc tế. Năm 2016, Thủ tướng Sin-dô A-bê thăm Ấn Độ.",
    ],
)
def test_an_unknown_actor_is_not_vietnam(text):
    events = extract_text(text).events
    assert all(e.actors != ("VNM",) for e in events), events
