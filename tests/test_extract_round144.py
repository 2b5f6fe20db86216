"""Round 144 (session 19): dates per item — earlier visits listed by year, a fronted agreement adverbial, the
Council of Europe joined under the name "Hội đồng châu Âu"."""

from __future__ import annotations

import pytest

from doingoai.model import EventKind
from doingoai.pipeline import extract_text

pytestmark = pytest.mark.rules_alone


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return {(e.kind.value, tuple(e.actors), tuple(e.recipients), e.date) for e in extract_text(text).events}


def test_earlier_visits_listed_by_year() -> None:
    got = _events(
        "Đây là lần thứ hai Thủ tướng Ấn Độ thăm Nhật Bản trên cương vị này, sau các chuyến thăm năm 2014 và 2018."
    )
    assert ("visit", ("IND",), ("JPN",), "2014") in got
    assert ("visit", ("IND",), ("JPN",), "2018") in got


def test_earlier_visit_to_another_place_is_not_read() -> None:
    got = _events("Thủ tướng Ấn Độ thăm Nhật Bản tháng 5/2023, sau chuyến thăm Hàn Quốc năm 2019.")
    assert not any(k == "visit" and d in ("2019",) and r == ("JPN",) for k, _, r, d in got)


def test_fronted_agreement_adverbial_keeps_the_act() -> None:
    got = _events("Nhờ hiệp ước, Phần Lan được kết nạp vào Liên hợp quốc ngày 14/12/1955.")
    assert ("membership.join", ("FIN",), ("UNO",), "1955-12-14") in got


def test_agreement_topic_still_not_an_event() -> None:
    got = _events("Hai bên thảo luận về Hiệp định về hợp tác hạt nhân giữa Việt Nam và Nga.")
    assert not any(k == EventKind.COOPERATE.value for k, *_ in got)


def test_council_of_europe_joined() -> None:
    got = _events("Năm 1961, Síp gia nhập Hội đồng châu Âu.")
    assert ("membership.join", ("CYP",), ("COE",), "1961") in got


def test_european_council_is_not_the_council_of_europe() -> None:
    doc = extract_text("Chủ tịch Hội đồng châu Âu Charles Michel gặp Thủ tướng Nhật Bản tại Brúc-xen.")
    assert all(m.code != "COE" for m in doc.mentions)
