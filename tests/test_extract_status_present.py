"""Round 26 (session 9), status: an undated relation or practice told in the present is ongoing ("Hiện nay, ...",
"X duy trì quan hệ ...", a habitual adverb after the act), a punctual act, a perfect or a relation reported as a
period's result ("Quan hệ với X duy trì ổn định", the seeds' convention) is not; a standing practice and a dated
act of the same parties are two facts; a trailing ", dự kiến vào <time>" makes an act expected (events_ongoing,
events_merge, events_unasserted). Negative twins keep occurred or planned."""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text

_DATED = "BÁO CÁO\nCông tác đối ngoại năm 2024\n\n{}\n\nHà Nội, ngày 10 tháng 12 năm 2024\n"


def _statuses(text: str) -> set[tuple[str, str]]:
    """In a dated report (whose undated acts fall in its period), as in an article."""
    out: set[tuple[str, str]] = set()
    for doc in (extract_text(_DATED.format(text)), extract_text(text)):
        out |= {(e.kind.value, e.status.value) for e in doc.events}
    return out


def _dated_statuses(text: str) -> set[tuple[str, str]]:
    return {(e.kind.value, e.status.value) for e in extract_text(_DATED.format(text)).events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiện nay, Việt Nam duy trì quan hệ hữu nghị với Cu-ba và Vê-nê-xu-ê-la.", ("relations", "ongoing")),
        (
            "Hiện nay, Hàn Quốc hợp tác chặt chẽ với Việt Nam trong lĩnh vực năng lượng.",
            ("cooperate", "ongoing"),
        ),
        ("Hiện tại, Niu Di-lân cấp học bổng cho nhiều sinh viên Lào.", ("aid", "ongoing")),
        (
            "Từ đó đến nay, quan hệ Việt Nam – Mê-hi-cô phát triển theo hướng hữu nghị và tin cậy.",
            ("relations", "ongoing"),
        ),
        (
            "Tỉnh Quảng Ninh duy trì quan hệ hữu nghị với Khu tự trị Quảng Tây (Trung Quốc).",
            ("relations", "ongoing"),
        ),
        ("Ấn Độ và Việt Nam duy trì hợp tác quốc phòng trong nhiều lĩnh vực.", ("cooperate", "ongoing")),
        ("Phía Thái Lan hỗ trợ Lào xây dựng hạ tầng thường xuyên.", ("aid", "ongoing")),
        ("Việt Nam luôn ủng hộ Cu-ba trong cuộc đấu tranh chống cấm vận.", ("support", "ongoing")),
    ],
)
def test_told_in_the_present(text: str, expected: tuple[str, str]) -> None:
    got = _dated_statuses(text)
    assert expected in got
    assert (expected[0], "occurred") not in got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a perfect after "Đến nay" is done
        ("Đến nay, Việt Nam đã ký Hiệp định thương mại tự do với Hàn Quốc.", ("agreement.sign", "occurred")),
        # punctual acts are never ongoing
        (
            "Hiện nay, Việt Nam và Nhật Bản nâng cấp quan hệ lên Đối tác chiến lược toàn diện.",
            ("relations.upgrade", "occurred"),
        ),
        ("Hiện nay, Tổng thống Pháp thăm chính thức Việt Nam.", ("visit", "occurred")),
        # a dated past clause stays occurred
        ("Năm 2020, dù đại dịch, Việt Nam và Lào vẫn duy trì hợp tác giáo dục.", ("cooperate", "occurred")),
        # a plan stays planned
        ("Hai bên sẽ duy trì hợp tác quốc phòng với Ấn Độ.", ("cooperate", "planned")),
        # the relation as the subject of a report's result for its period (the seeds' gold: occurred)
        ("Quan hệ với Đảng Cộng sản Cu-ba duy trì ổn định.", ("relations", "occurred")),
        # a periodic mechanism signed is a signing
        (
            "Việt Nam và Ô-xtrây-li-a ký Bản ghi nhớ về cơ chế tham vấn định kỳ.",
            ("agreement.sign", "occurred"),
        ),
    ],
)
def test_not_ongoing(text: str, kept: tuple[str, str]) -> None:
    assert kept in _statuses(text)


def test_standing_practice_and_dated_meeting_are_two_facts() -> None:
    doc = extract_text(
        "Ngày 15/5/2025, Thủ tướng Thái Lan thăm chính thức Việt Nam. Hai Thủ tướng đã hội đàm tại Hà Nội. "
        "Hai bên duy trì trao đổi đoàn cấp cao thường xuyên."
    )
    consults = {(e.date, e.status.value) for e in doc.events if e.kind.value == "consult"}
    assert any(s == "occurred" and d.startswith("2025") for d, s in consults)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng Ấn Độ thăm Việt Nam, dự kiến vào tháng 10/2026.", ("visit", "planned")),
        (
            "Việt Nam và Thái Lan ký Hiệp định dẫn độ, theo kế hoạch trong quý III năm 2026.",
            ("agreement.sign", "planned"),
        ),
        # twins: the modal forecasts something else, or says something about the act
        (
            "Việt Nam và Lào ký thỏa thuận hợp tác, dự kiến kim ngạch sẽ tăng 10%.",
            ("agreement.sign", "occurred"),
        ),
        (
            "Năm 2022, Tổng thống Hàn Quốc thăm Việt Nam, dự kiến đây là chuyến thăm quan trọng.",
            ("visit", "occurred"),
        ),
    ],
)
def test_a_trailing_modal_and_time_make_the_act_expected(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(e.kind.value, e.status.value) for e in extract_text(text).events}
