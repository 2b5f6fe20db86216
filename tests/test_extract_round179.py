"""Round 179 (session 22): precision — a mention that is no act, an event told again.

* "Theo Hiệp định Giơ-ne-vơ năm 1954, ...", "cơ quan được lập theo Hiệp định Pa-ri năm 1973": an agreement named
  under "theo" is the ground of what the sentence tells, not its signing; the signing told by "ký" stays.
* "Trong chương trình chuyến thăm, Tổng thống X sẽ hội kiến ...": the visit told before, again (its parties
  often turned round); the talks of the sentence stay.

Texts written for these tests; whole pipeline, rules alone.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _read(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return sorted(
        (list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind
    )


def test_agreement_under_theo_is_no_signing() -> None:
    text = (
        "Theo Hiệp định Giơ-ne-vơ năm 1954, con sông nhỏ ở vĩ tuyến 17 trở thành giới tuyến quân sự tạm thời "
        "giữa hai miền."
    )
    assert _read(text, K.AGREEMENT_SIGN) == []


def test_body_set_up_under_an_agreement_is_no_signing() -> None:
    text = "Ủy ban là cơ quan được thành lập theo Hiệp định Pa-ri năm 1973 để giám sát việc ngừng bắn."
    assert _read(text, K.AGREEMENT_SIGN) == []


def test_agreement_named_with_its_year_is_a_signing() -> None:
    text = "Hiệp định Giơ-ne-vơ năm 1954 chấm dứt cuộc chiến tranh ở Đông Dương."
    assert _read(text, K.AGREEMENT_SIGN) == [(["VNM", "FRA"], [], "1954")]


def test_signing_told_after_theo_stays() -> None:
    text = "Năm 1958, sáu nước lập Cộng đồng Năng lượng theo Hiệp ước Pa-ri. Hiệp ước Pa-ri được Pháp và Ý ký năm 1951."
    assert (["FRA", "ITA"], [], "1951") in [(sorted(a), r, d) for a, r, d in _read(text, K.AGREEMENT_SIGN)]


VISIT = """Tổng thống Đức thăm cấp Nhà nước Việt Nam

Hà Nội, ngày 23/1/2031 – Chiều 23/1, Chủ tịch nước chủ trì lễ đón Tổng thống Cộng hòa Liên bang Đức thăm cấp Nhà nước Việt Nam từ ngày 23 đến 24/1.

Trong chương trình chuyến thăm, Tổng thống Đức sẽ hội kiến Thủ tướng Chính phủ và thăm một số dự án của Đức tại Hà Nội.
"""


def test_programme_of_the_visit_is_no_new_visit() -> None:
    visits = _read(VISIT, K.VISIT)
    assert visits and all(a == ["DEU"] and r == ["VNM"] for a, r, _ in visits)


def test_programme_keeps_its_talks() -> None:
    assert any(e.kind is K.CONSULT for e in asserted_events(VISIT))


def test_programme_without_a_visit_before_is_kept() -> None:
    text = "Trong chương trình chuyến thăm, Thủ tướng Việt Nam sẽ thăm Đại học Vác-sa-va của Ba Lan vào tháng 5/2031."
    assert (["VNM"], ["POL"], "2031-05") in _read(text, K.VISIT)


def test_bracketed_year_under_theo_stays_a_signing() -> None:
    text = "Hai miền lấy con sông nhỏ làm giới tuyến theo Hiệp định Giơ-ne-vơ (1954)."
    assert _read(text, K.AGREEMENT_SIGN) == [(["VNM", "FRA"], [], "1954")]
