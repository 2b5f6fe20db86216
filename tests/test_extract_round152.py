"""Round 152 (session 20): wordings of acts the "no trigger" misses of the working sets share.

* a declaration issued by its parties ("A và B ra tuyên bố chung", "ra Tuyên bố chính trị", a named "ra Tuyên bố X")
  is one made together, read as signed; not one side's statement ("ra tuyên bố phản đối ..."), not a declaration
  about a partnership (its upgrade), not one whose content is another act ("ra tuyên bố chung, cam kết ...")
  (trigger_lex152 ``sign_declared``, events_declared);
* a foreign firm, association or bank worked with ("Đại sứ làm việc với Hãng hàng không X") is a consultation, not
  when a trip is told before it in the sentence (``consult_work_firm``, events_worked_with);
* a ceasefire agreed by the sides ("A và B nhất trí ngừng bắn") is an agreement made (``sign_ceasefire``).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone


def _got(text: str, kind) -> list[tuple[list[str], list[str], str]]:
    return [(list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def _parties(got: list[tuple[list[str], list[str], str]]) -> list[set[str]]:
    return [set(a) | set(r) for a, r, _ in got]


def test_joint_declaration_issued_is_signed() -> None:
    got = _got(
        "Ngày 12/6/2019, Pháp và Ma-rốc ra tuyên bố chung về hợp tác chống biến đổi khí hậu.",
        K.AGREEMENT_SIGN,
    )
    assert {"FRA", "MAR"} in _parties(got)
    assert any(d == "2019-06-12" for _, _, d in got)


def test_named_declaration_issued_is_signed() -> None:
    got = _got(
        "Năm 2011, lãnh đạo In-đô-nê-xi-a và Ô-xtrây-li-a ra Tuyên bố Ba-li về an ninh biển.",
        K.AGREEMENT_SIGN,
    )
    assert {"IDN", "AUS"} in _parties(got)


def test_one_sides_statement_is_no_declaration_made() -> None:
    text = "Ngày 3/4/2020, Bộ Ngoại giao Nhật Bản ra tuyên bố phản đối vụ thử tên lửa của Triều Tiên."
    assert _got(text, K.AGREEMENT_SIGN) == []


def test_declaration_whose_content_is_a_pledge_is_not_signed() -> None:
    text = "Năm 2022, Đức và Hà Lan ra tuyên bố chung, cam kết cung cấp thêm vũ khí cho U-crai-na."
    assert _got(text, K.AGREEMENT_SIGN) == []


def test_declaration_of_a_partnership_stays_an_upgrade() -> None:
    text = "Năm 2016, Việt Nam và Ấn Độ ra Tuyên bố chung về quan hệ Đối tác chiến lược toàn diện."
    assert _got(text, K.AGREEMENT_SIGN) == []


def test_firm_worked_with_is_a_consultation() -> None:
    text = "Tháng 5/2024, Đại sứ Việt Nam làm việc với Hãng hàng không Ethiopian Airlines của Ê-ti-ô-pi-a về đường bay."
    got = _got(text, K.CONSULT)
    assert any("VNM" in p and "ETH" in p for p in _parties(got))


def test_firm_worked_with_on_a_trip_is_the_visit() -> None:
    text = "Tháng 5/2024, đoàn của Bộ sang Ê-ti-ô-pi-a làm việc với Hãng hàng không Ethiopian Airlines về đường bay."
    assert _got(text, K.CONSULT) == []
    assert any("ETH" in r for _, r, _ in _got(text, K.VISIT))


def test_ceasefire_agreed_is_made() -> None:
    got = _got("Ngày 9/11/2020, Ác-mê-ni-a và A-déc-bai-gian nhất trí ngừng bắn hoàn toàn.", K.AGREEMENT_SIGN)
    assert {"ARM", "AZE"} in _parties(got)


def test_inspection_come_over_is_a_visit() -> None:
    text = "Tháng 3/2025, Sở tiếp đoàn chuyên gia thú y của Niu Di-lân sang kiểm tra các cơ sở chăn nuôi của tỉnh."
    assert any("NZL" in a for a, _, _ in _got(text, K.VISIT))


def test_firm_worked_with_after_a_topic_about_is_a_consultation() -> None:
    # (review 20: "liên quan đến" is no trip, as "sang Ê-ti-ô-pi-a" is)
    text = (
        "Liên quan đến đường bay mới, tháng 5/2024, Đại sứ Việt Nam làm việc với Hãng hàng không Ethiopian Airlines "
        "của Ê-ti-ô-pi-a."
    )
    assert any("VNM" in p and "ETH" in p for p in _parties(_got(text, K.CONSULT)))
