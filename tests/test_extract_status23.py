"""Round 23 (session 8), status: a cooperation or negotiation the parties agreed on ("nhất trí / đồng ý / cam
kết ...") is to come (events_agreed.agreed_to); "phải đến <time> X mới ..." is no obligation (events_standing)."""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text


def _status(text: str, kind: str) -> set[str]:
    return {e.status.value for e in extract_text(text).events if e.kind.value == kind}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Việt Nam và Đức nhất trí phối hợp chặt chẽ tại Liên hợp quốc.", "cooperate"),
        (
            "Hai bên nhất trí tăng cường trao đổi đoàn cấp cao, thúc đẩy hợp tác kinh tế, thương mại giữa Việt Nam và"
            " Ấn Độ.",
            "cooperate",
        ),
        ("Thủ tướng Việt Nam và Thủ tướng Ô-xtrây-li-a cam kết mở rộng hợp tác quốc phòng.", "cooperate"),
        ("Việt Nam và Nhật Bản đồng ý sớm khởi động đàm phán Hiệp định về an ninh.", "agreement.negotiate"),
    ],
)
def test_agreed_to_is_planned(text: str, kind: str) -> None:
    assert _status(text, kind) == {"planned"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Năm 2019, Việt Nam và Ấn Độ hợp tác trong lĩnh vực quốc phòng.", "cooperate"),
        (
            "Hai nước đã nhất trí từ lâu và đã hợp tác chặt chẽ với Lào trong lĩnh vực quốc phòng.",
            "cooperate",
        ),
    ],
)
def test_not_agreed_to_stays_occurred(text: str, kind: str) -> None:
    assert "planned" not in _status(text, kind)


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("Phải đến tháng 5/2023 Bru-nây mới phê chuẩn Hiệp định CPTPP.", "agreement.ratify", "occurred"),
        ("Mãi đến năm 2019, Ca-na-đa mới phê chuẩn Công ước.", "agreement.ratify", "occurred"),
        ("Việt Nam phải phê chuẩn Hiệp định trước tháng 5/2024.", "agreement.ratify", "planned"),
    ],
)
def test_not_until_is_no_obligation(text: str, kind: str, status: str) -> None:
    assert status in _status(text, kind)
