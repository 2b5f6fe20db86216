"""Review fixes (session 9), findings 2 and 11a: a trailing ", dự kiến <time>" makes planned only an act whose
own clause marks no completion ("đã", "vừa", "từng", an earlier year) and whose time the phrase gives (not
"dự kiến năm 2025 sẽ có hiệu lực", another act's), and it does not read past ";" (events_unasserted.expected_after);
its time does not date a done act (events_dating.date_of). An attendance prepared for ("chuẩn bị tham dự") and
then told done in the same sentence ("... và Thủ tướng đã dự Hội nghị") happened
(events_unasserted.attended_after_all). Each row pairs the status that must come out with one that must not."""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text


def _events(text: str) -> set[tuple[str, str, str]]:
    return {(e.kind.value, e.status.value, e.date) for e in extract_text(text).events}


def _statuses(text: str, kind: str) -> set[str]:
    return {s for k, s, _ in _events(text) if k == kind}


def test_done_talks_stay_occurred_past_a_semicolon() -> None:
    # the talks before ";" happened on their own date; the joint committee's session after it is a second event,
    # planned for its own month (round 47: a session of a joint committee is a consultation, trigger_lex47)
    got = _events(
        "Ngày 5/3/2024, Thủ tướng Lào đã hội đàm với Thủ tướng Phạm Minh Chính; hai bên thống nhất kỳ họp Ủy ban"
        " liên Chính phủ, dự kiến tháng 12/2024."
    )
    assert ("consult", "occurred", "2024-03-05") in got
    assert ("consult", "planned", "2024-03-05") not in got
    assert ("consult", "planned", "2024-12") in got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Tháng 3/2024, Việt Nam và Nhật Bản đã ký Hiệp định hợp tác quốc phòng, dự kiến năm 2025 sẽ có hiệu lực.",
            "agreement.sign",
        ),
        ("Việt Nam đã gia nhập ASEAN, dự kiến năm 2030 sẽ đạt mục tiêu Cộng đồng.", "membership.join"),
        (
            "Tháng 5/2024, Việt Nam và Ấn Độ đã ký Bản ghi nhớ về quốc phòng, dự kiến năm 2026 sẽ triển khai.",
            "agreement.sign",
        ),
        ("Việt Nam đã ký Hiệp định CPTPP, dự kiến năm 2030 kim ngạch sẽ tăng gấp đôi.", "agreement.sign"),
        (
            "Năm 2023, Bộ Ngoại giao đã chuẩn bị tham dự Hội nghị Cấp cao ASEAN lần thứ 43 tại Gia-các-ta và Thủ"
            " tướng đã dự Hội nghị.",
            "consult",
        ),
        (
            "Năm 2024, đoàn Việt Nam chuẩn bị tham dự Hội nghị Thượng đỉnh G20 tại Bra-xin, sau đó Chủ tịch nước đã"
            " có mặt tại hội nghị này.",
            "consult",
        ),
    ],
)
def test_a_done_act_stays_occurred(text: str, kind: str) -> None:
    got = _statuses(text, kind)
    assert "occurred" in got
    assert "planned" not in got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # twins: no completion on the act, and the modal's time closes its phrase: expected
        ("Thủ tướng Ấn Độ thăm Việt Nam, dự kiến vào tháng 10/2026.", "visit"),
        ("Việt Nam và Thái Lan ký Hiệp định dẫn độ, theo kế hoạch trong quý III năm 2026.", "agreement.sign"),
        ("Tổng thống Pháp sẽ thăm Việt Nam, dự kiến trong tháng 5/2025.", "visit"),
        # a preparation with no attendance told, or one told past ";", or one still to come: planned
        ("Năm 2024, Bộ Ngoại giao chuẩn bị tham dự Hội nghị Cấp cao ASEAN tại Viên-chăn.", "consult"),
        (
            "Năm 2024, Bộ Ngoại giao chuẩn bị tham dự Hội nghị Cấp cao ASEAN tại Viên-chăn; năm 2023 Thủ tướng đã dự"
            " Hội nghị.",
            "consult",
        ),
        (
            "Năm 2024, Việt Nam chuẩn bị tham dự Hội nghị Cấp cao ASEAN tại Viên-chăn và sẽ dự Hội nghị.",
            "consult",
        ),
    ],
)
def test_an_expected_act_stays_planned(text: str, kind: str) -> None:
    got = _statuses(text, kind)
    assert "planned" in got
    assert "occurred" not in got


def test_the_modals_time_does_not_date_a_done_act() -> None:
    got = _events("Việt Nam đã gia nhập ASEAN, dự kiến năm 2030 sẽ đạt mục tiêu Cộng đồng.")
    assert ("membership.join", "occurred", "") in got
    assert not any(d == "2030" for _, _, d in got)
    # twin: the expected act keeps the modal's time
    assert ("visit", "planned", "2026-10") in _events(
        "Thủ tướng Ấn Độ thăm Việt Nam, dự kiến vào tháng 10/2026."
    )
