"""Round 25: an election or admission whose sentence names no organisation takes the one organisation in play
(events_org_unstated); two in play, a state's own organ, an elector, a treaty in the sentence -> no guess."""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text


def _events(text: str, kind: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(e.actors, e.recipients) for e in extract_text(text).events if e.kind.value == kind]


@pytest.mark.parametrize(
    ("text", "kind", "actor", "org"),
    [
        (
            "Tổ chức Hợp tác Thượng Hải (SCO) họp tại Ca-dắc-xtan. Năm 2023, I-ran được kết nạp tại hội nghị"
            " thượng đỉnh.",
            "membership.join",
            "IRN",
            "SCO",
        ),
        (
            "Tháng 10/2022, Hội nghị Toàn quyền của Liên minh Viễn thông quốc tế (ITU) họp tại Bu-ca-rét. Tại"
            " đây, Nhật Bản và Ấn Độ đã trúng cử.",
            "membership.elect",
            "JPN",
            "ITU",
        ),
        (
            "Đại hội đồng Liên hợp quốc đã bầu Kenya vào Hội đồng Bảo an. Ấn Độ và Na Uy cũng đã trúng cử"
            " trong vòng bỏ phiếu ngày 17/6/2020.",
            "membership.elect",
            "IND",
            "UNSC",
        ),
        (
            "Liên minh Viễn thông quốc tế (ITU) có 193 quốc gia thành viên.\n\nNgày 29/9/2022, bà Doreen"
            " Bogdan-Martin (Hoa Kỳ) được bầu làm Tổng Thư ký.",
            "membership.elect",
            "USA",
            "ITU",
        ),
    ],
)
def test_the_one_organisation_in_play(text: str, kind: str, actor: str, org: str) -> None:
    assert any(actor in a and r == (org,) for a, r in _events(text, kind))


@pytest.mark.parametrize(
    "text",
    [
        # two organisations in play: no guess
        "Tổ chức Y tế Thế giới (WHO) và Quỹ Tiền tệ Quốc tế (IMF) họp tại Giơ-ne-vơ. Năm 2021, Pháp đã trúng cử.",
        # a state's own organ is no seat (a domestic election)
        "Quốc hội Việt Nam họp kỳ thứ nhất. Ngày 8/4/2021, ông Nguyễn Xuân Phúc được bầu làm Chủ tịch nước.",
        # a mission "tại Liên hợp quốc" is a place, not a seat
        "Đại sứ, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc, chúc mừng Xlô-va-ki-a đã trúng cử.",
        # the sentence describes the group itself: another one, not the organisation named before
        "Tổ chức Thương mại Thế giới (WTO) họp tại Giơ-ne-vơ. Năm 2016, Ga-bông được kết nạp vào khối các nước"
        " sản xuất dầu mỏ.",
    ],
)
def test_no_guess(text: str) -> None:
    assert not [r for _, r in _events(text, "membership.elect") if r]
    assert not [r for _, r in _events(text, "membership.join") if r]


def test_a_treaty_in_the_sentence_is_a_rival() -> None:
    text = (
        "Liên hợp quốc có 193 thành viên. Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á – Âu,"
        " mà Bê-la-rút là thành viên, có hiệu lực từ năm 2016."
    )
    assert ("UNO",) not in [r for a, r in _events(text, "membership.join") if "BLR" in a]
