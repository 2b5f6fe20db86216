"""Session 9, G2: successive chairs listed, "năm sau / tháng sau" told to come in a dated document, a visit
"theo lời mời của X" with its own dates (docs/decisions.md, Events). Each "must not" is paired with the right event."""

from __future__ import annotations

import pytest

from doingoai import export
from doingoai.pipeline import extract_text

HEAD = "BỘ NGOẠI GIAO\nHà Nội, ngày 10 tháng 3 năm 2024\n\nBÁO CÁO\nTình hình đối ngoại\n\nViệt Nam tích cực đóng góp. "


def _events(sentence: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str, str]]:
    doc = extract_text(HEAD + sentence + "\n")
    return [
        (e["kind"], tuple(e["actors"]), tuple(e["recipients"]), e["date"], e["status"])
        for e in (export.event_dict(doc, ev) for ev in export.reported_events(doc))
    ]


@pytest.mark.parametrize(
    "sentence, org, items",
    [
        (
            "Các nước giữ cương vị Chủ tịch ASEAN gần đây là Bru-nây năm 2021, Cam-pu-chia năm 2022 và "
            "In-đô-nê-xi-a năm 2023.",
            "ASEAN",
            [("BRN", "2021"), ("KHM", "2022"), ("IDN", "2023")],
        ),
        (
            "Các quốc gia đảm nhiệm vai trò Chủ tịch APEC là Việt Nam năm 2017, Pa-pua Niu Ghi-nê năm 2018 và "
            "Chi-lê năm 2019.",
            "APEC",
            [("VNM", "2017"), ("PNG", "2018"), ("CHL", "2019")],
        ),
    ],
)
def test_successive_chairs_each_state_its_year(sentence, org, items):
    got = [e for e in _events(sentence) if e[0] == "chair"]
    assert sorted((e[1], e[2], e[3]) for e in got) == sorted(((c,), (org,), y) for c, y in items)
    states = {c for c, _ in items}
    assert not any(set(e[2]) & states for e in got)  # no state is the chair's recipient


def test_a_chair_list_without_its_organisation_gives_no_state_as_recipient():
    got = _events(
        "Các nước giữ cương vị Chủ tịch luân phiên gần đây là Bru-nây năm 2021, Cam-pu-chia năm 2022 và "
        "In-đô-nê-xi-a năm 2023."
    )
    assert not any(e[0] == "chair" and set(e[2]) & {"BRN", "KHM", "IDN", "VNM"} for e in got)
    # the right reading when one state chairs in two years: its own chair each year
    assert sorted(e[3] for e in _events("Việt Nam giữ cương vị Chủ tịch ASEAN năm 2010 và năm 2020.")) == [
        "2010",
        "2020",
    ]


@pytest.mark.parametrize(
    "sentence, kind, recipient, date",
    [
        ("Năm tới, Việt Nam sẽ có mặt tại Hội nghị Thượng đỉnh APEC.", "consult", "APEC", "2025"),
        ("Năm sau, Việt Nam dự kiến có mặt tại Hội nghị Thượng đỉnh APEC.", "consult", "APEC", "2025"),
        ("Năm sau, Thủ tướng Việt Nam sẽ thăm Nhật Bản.", "visit", "JPN", "2025"),
        ("Tháng sau, Việt Nam sẽ dự Hội nghị Cấp cao ASEAN.", "consult", "ASEAN", "2024-04"),
        ("Tháng tới, Thủ tướng Việt Nam sẽ thăm Ấn Độ.", "visit", "IND", "2024-04"),
    ],
)
def test_to_come_dated_from_the_document(sentence, kind, recipient, date):
    got = [e for e in _events(sentence) if e[0] == kind]
    assert [(e[2], e[3], e[4]) for e in got] == [((recipient,), date, "planned")]
    assert not any(e[3] == "2024-03-10" for e in got)  # not the document's own day


def test_year_after_in_a_narrative_still_counts_from_its_year():
    got = _events(
        "Năm 2019, Việt Nam dự Hội nghị APEC. Năm sau, Việt Nam sẽ đăng cai Hội nghị Cấp cao ASEAN."
    )
    assert ("host", ("VNM",), ("ASEAN",), "2020", "planned") in got
    assert not any(e[0] == "host" and e[3] == "2025" for e in got)


@pytest.mark.parametrize(
    "sentence, visitor, host, date",
    [
        (
            "Theo lời mời của Chính phủ Ma-lai-xi-a, từ ngày 5 đến 7/3/2024, Thủ tướng Hàn Quốc sang thăm, làm việc.",
            "KOR",
            "MYS",
            "2024-03-05/2024-03-07",
        ),
        (
            "Theo lời mời của Ma-lai-xi-a, từ ngày 5 đến 7/3/2024, Thủ tướng Hàn Quốc sang thăm chính thức.",
            "KOR",
            "MYS",
            "2024-03-05/2024-03-07",
        ),
        (
            "Theo lời mời của Tổng thống Pháp, ngày 12/5/2023, Thủ tướng Nhật Bản sang thăm chính thức.",
            "JPN",
            "FRA",
            "2023-05-12",
        ),
    ],
)
def test_a_visit_at_an_invitation_goes_to_the_inviter(sentence, visitor, host, date):
    got = [e for e in _events(sentence) if e[0] == "visit"]
    assert [(e[1], e[2], e[3]) for e in got] == [((visitor,), (host,), date)]
    assert not any("VNM" in e[2] for e in got)  # not to the writer's side


@pytest.mark.parametrize(
    "sentence, visitor, host",
    [
        ("Theo lời mời của Chính phủ Ma-lai-xi-a, Thủ tướng Hàn Quốc sang thăm, làm việc.", "KOR", "MYS"),
        ("Theo lời mời của Chính phủ Pháp, Tổng thống Ai Cập thăm chính thức.", "EGY", "FRA"),
        ("Nhận lời mời của Chính phủ Lào, Thủ tướng Thái Lan sang thăm, làm việc.", "THA", "LAO"),
    ],
)
def test_an_invitation_fronted_without_dates_is_not_a_visitor(sentence, visitor, host):
    got = [e for e in _events(sentence) if e[0] == "visit"]
    assert [(e[1], e[2]) for e in got] == [((visitor,), (host,))]
    assert not any(host in e[1] for e in got)  # the inviter does not visit the visitor


def test_two_visitors_coordinated_still_visit_together():
    got = [e for e in _events("Tổng thống Pháp và Thủ tướng Đức thăm Nhật Bản.") if e[0] == "visit"]
    assert [(e[1], e[2]) for e in got] == [(("FRA", "DEU"), ("JPN",))]
