"""Round 23 (session 8): the parties of events the rules already find (docs/decisions.md, Events, "round 23
(session 8): parties"). Each rule has a grid of sentences of its own (other states, donors, bodies, dates) and
negative twins where the rule must not fire."""

from __future__ import annotations

import pytest

from doingoai import export
from doingoai.pipeline import extract_text


def _events(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    doc = extract_text(text)
    out = set()
    for ev in export.reported_events(doc):
        d = export.event_dict(doc, ev)
        out.add((d["kind"], tuple(d["actors"]), tuple(d["recipients"])))
    return out


def _of_kind(text: str, kind: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(a, r) for k, a, r in _events(text) if k == kind}


# the possessor of an aid NOUN gives it, whoever the clause's subject is (events_donor)
@pytest.mark.parametrize(
    ("text", "donor", "recipient"),
    [
        ("Năm 2018, Việt Nam sử dụng nguồn vốn ODA của Hàn Quốc để xây cầu.", "KOR", "VNM"),
        ("Năm 2021, Lào tiếp nhận khoản viện trợ không hoàn lại của Ô-xtrây-li-a.", "AUS", "LAO"),
        (
            "Năm 2015, Cam-pu-chia là đối tác ưu tiên của USAID, chương trình viện trợ của Chính phủ Hoa Kỳ.",
            "USA",
            "KHM",
        ),
        ("Năm 2019, Mi-an-ma sử dụng gói tín dụng ưu đãi của Ấn Độ để xây cảng.", "IND", "MMR"),
        ("Tháng 3/2020, Việt Nam đánh giá cao sự hỗ trợ của Nhật Bản.", "JPN", "VNM"),
    ],
)
def test_possessor_of_an_aid_noun_gives(text: str, donor: str, recipient: str) -> None:
    assert ((donor,), (recipient,)) in _of_kind(text, "aid")
    assert ((recipient,), (donor,)) not in _of_kind(text, "aid")


@pytest.mark.parametrize(
    ("text", "giver", "helped"),
    [
        ("Năm 2020, Việt Nam hỗ trợ sự phát triển của Lào.", "VNM", "LAO"),  # a verb's "của": the helped
        ("Năm 2012, Nhật Bản tiếp tục là nhà tài trợ ODA lớn nhất của Việt Nam.", "JPN", "VNM"),  # a donor's
        ("Năm 2014, Ấn Độ viện trợ cho Mi-an-ma.", "IND", "MMR"),
    ],
)
def test_no_donor_swap_without_an_aid_noun(text: str, giver: str, helped: str) -> None:
    assert ((giver,), (helped,)) in _of_kind(text, "aid")
    assert ((helped,), (giver,)) not in _of_kind(text, "aid")


# "do X tài trợ": the agent of a later passive verb is a donor, never the recipient (events_donor)
@pytest.mark.parametrize(
    ("text", "donors"),
    [
        (
            "Năm 2016, tỉnh tiếp nhận 20 dự án viện trợ, chủ yếu do các tổ chức phi chính phủ của Đức và Pháp tài trợ.",
            ("DEU", "FRA"),
        ),
        ("Năm 2024, thành phố nhận ba dự án viện trợ do các quỹ của Thụy Điển tài trợ.", ("SWE",)),
        ("Năm 2017, bệnh viện nhi do Chính phủ Nhật Bản viện trợ được khánh thành.", ("JPN",)),
    ],
)
def test_passive_agent_is_the_donor(text: str, donors: tuple[str, ...]) -> None:
    found = _of_kind(text, "aid")
    assert (donors, ("VNM",)) in found
    assert (("VNM",), donors) not in found


@pytest.mark.parametrize(
    ("text", "donor", "other"),
    [
        (
            "Năm 2022, tuyến số 1 dùng vốn ODA của Nhật Bản và tuyến số 2 do Pháp tài trợ.",
            "JPN",
            "FRA",
        ),
        (
            "Năm 2023, trường học dùng vốn vay của Ngân hàng Thế giới và đường cao tốc do Hàn Quốc tài trợ.",
            "WB",
            "KOR",
        ),
    ],
)
def test_next_projects_donor_is_not_this_aids_recipient(text: str, donor: str, other: str) -> None:
    found = _of_kind(text, "aid")
    assert ((donor,), ("VNM",)) in found
    assert not any(other in r for _, r in found)


def test_a_cause_after_do_is_no_donor() -> None:
    found = _of_kind("Năm 2016, Ấn Độ viện trợ lương thực cho Lào do ảnh hưởng của bão ở Thái Lan.", "aid")
    assert (("IND",), ("LAO",)) in found
    assert not any("THA" in a for a, _ in found)


# a summit series with a name of its own is hosted as itself; a meeting named by its organisation is the
# organisation's (events_codes._meeting_of)
@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Tháng 11/2011, In-đô-nê-xi-a đăng cai Hội nghị Cấp cao Đông Á lần thứ 6 tại Ba-li.", "IDN"),
        ("Tháng 11/2017, Phi-líp-pin tổ chức Hội nghị Cấp cao Đông Á lần thứ 12.", "PHL"),
        ("Năm 2023, Chủ tịch nước Việt Nam chủ trì Hội nghị Cấp cao Đông Á lần thứ 18 (EAS-18).", "VNM"),
    ],
)
def test_east_asia_summit_is_hosted_as_itself(text: str, host: str) -> None:
    found = _of_kind(text, "host")
    assert ((host,), ("EAS",)) in found
    assert ((host,), ("ASEAN",)) not in found


def test_a_meeting_named_by_its_organisation_is_the_organisations() -> None:
    text = "Năm 2020, Việt Nam đăng cai Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 7."
    assert (("VNM",), ("ASEAN",)) in _of_kind(text, "host")


# a term won is a seat on a body of the organisation named last (events_seat.term_body)
@pytest.mark.parametrize(
    ("text", "state", "body"),
    [
        (
            "Tháng 6/2022, Đại hội đồng Liên hợp quốc bầu Ê-cu-a-đo làm ủy viên không thường trực Hội đồng Bảo an nhiệm"
            " kỳ 2023 – 2024. Phát biểu tại Liên hợp quốc, Đại sứ cho biết Việt Nam trúng cử nhiệm kỳ 2020 – 2021.",
            "VNM",
            "UNSC",
        ),
        (
            "Tháng 10/2021, Đại hội đồng Liên hợp quốc bầu Ca-dắc-xtan vào Hội đồng Nhân quyền. Phát biểu tại Liên hợp"
            " quốc, Đại sứ cho biết Ma-lai-xi-a cũng trúng cử nhiệm kỳ 2022 – 2024.",
            "MYS",
            "UNHRC",
        ),
    ],
)
def test_term_is_a_seat_on_the_body(text: str, state: str, body: str) -> None:
    found = _of_kind(text, "membership.elect")
    assert ((state,), (body,)) in found
    assert ((state,), ("UNO",)) not in found


def test_term_with_its_body_named_keeps_it() -> None:
    text = (
        "Năm 2019, Hội đồng Bảo an Liên hợp quốc thảo luận về Xy-ri. Năm 2020, In-đô-nê-xi-a trúng cử nhiệm kỳ"
        " 2021 – 2023 vào Hội đồng Nhân quyền Liên hợp quốc."
    )
    assert (("IDN",), ("UNHRC",)) in _of_kind(text, "membership.elect")


# "..., cùng với A và B": companions of an act, not the "hai bên" told next (events_seat.companions_dropped)
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Quan hệ Việt Nam – Xéc-bi-a. Tháng 9/2023, Bộ trưởng Ngoại giao Xéc-bi-a ký văn kiện gia nhập TAC tại"
            " Gia-các-ta, cùng với Pa-na-ma và Cô-oét. Thời gian tới, hai bên dự kiến đẩy mạnh hợp tác về giáo dục.",
            {"SRB", "VNM"},
        ),
        (
            "Quan hệ Việt Nam – Chi-lê. Năm 2018, Chi-lê phê chuẩn Hiệp định CPTPP, cùng với Nhật Bản, Mê-hi-cô và"
            " Ca-na-đa. Năm tới, hai bên sẽ thúc đẩy hợp tác nông nghiệp.",
            {"CHL", "VNM"},
        ),
    ],
)
def test_companions_are_not_the_pair(text: str, pair: set[str]) -> None:
    found = _of_kind(text, "cooperate")
    assert any(set(a) | set(r) == pair for a, r in found)


def test_a_pair_named_together_is_still_the_pair() -> None:
    text = (
        "Tháng 5/2024, Thủ tướng Ấn Độ thăm Nhật Bản cùng với Bộ trưởng Ngoại giao. Hai bên ký ba văn kiện."
    )
    assert any(set(a) | set(r) == {"IND", "JPN"} for a, r in _of_kind(text, "agreement.sign"))


# "Hai nước ...; phía bạn ...": the pair's foreign side, not the state the document names most
# (events_partner._pair_partner)
@pytest.mark.parametrize(
    ("text", "partner"),
    [
        (
            "Năm 1957, Việt Nam và Nam Tư thiết lập quan hệ ngoại giao. Nam Tư ủng hộ Việt Nam. Nam Tư giúp Việt Nam."
            " Năm 2006, Xéc-bi-a kế thừa quan hệ với Việt Nam. Hai nước thường xuyên ủng hộ lẫn nhau tại Liên hợp"
            " quốc; trong đại dịch, phía bạn đã tặng vắc-xin cho Việt Nam.",
            "SRB",
        ),
        (
            "Năm 1950, Việt Nam và Liên Xô thiết lập quan hệ ngoại giao. Liên Xô viện trợ cho Việt Nam. Liên Xô giúp"
            " Việt Nam. Năm 1991, Liên bang Nga kế thừa quan hệ với Việt Nam. Hai nước hợp tác chặt chẽ; năm 2021,"
            " phía bạn đã viện trợ vắc-xin cho Việt Nam.",
            "RUS",
        ),
    ],
)
def test_partner_is_the_pairs_foreign_side(text: str, partner: str) -> None:
    assert ((partner,), ("VNM",)) in _of_kind(text, "aid")


def test_partner_without_a_pair_is_the_most_named() -> None:
    text = (
        "Năm 1992, Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao. Hàn Quốc là nhà đầu tư lớn. Năm 2020, phía"
        " bạn đã viện trợ khẩu trang cho Việt Nam."
    )
    assert (("KOR",), ("VNM",)) in _of_kind(text, "aid")


# "Sau khi A ..., B kế thừa quan hệ với C. Hai nước ...": the pair is the main clause's (events_seat.main_clause)
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Sau khi Môn-tê-nê-grô tuyên bố độc lập năm 2006, Xéc-bi-a kế thừa quan hệ với Việt Nam. Năm 2010, hai"
            " nước ký hiệp định hợp tác văn hóa.",
            {"SRB", "VNM"},
        ),
        (
            "Khi Liên Xô tan rã năm 1991, Liên bang Nga tiếp tục quan hệ với Cu-ba. Năm 1993, hai nước ký hiệp ước"
            " hữu nghị.",
            {"RUS", "CUB"},
        ),
    ],
)
def test_pair_of_the_main_clause(text: str, pair: set[str]) -> None:
    assert any(set(a) | set(r) == pair for a, r in _of_kind(text, "agreement.sign"))


# "nước chủ nhà" of a meeting, no visit told: the country it is held in or hosted by (events_meeting_host)
@pytest.mark.parametrize(
    ("text", "host", "org"),
    [
        (
            "Nay Pyi Taw (Mi-an-ma), 13/11/2014 – Hôm nay, Thủ tướng Việt Nam cùng lãnh đạo các nước thành viên dự Hội"
            " nghị Cấp cao Đông Á lần thứ 9 do Tổng thống nước chủ nhà Thein Sein chủ trì.",
            "MMR",
            "EAS",
        ),
        (
            "Tháng 9/2023, tại Gia-các-ta (In-đô-nê-xi-a), các nhà lãnh đạo dự Hội nghị Cấp cao ASEAN lần thứ 43 do"
            " Tổng thống nước chủ nhà Giô-cô Wi-đô-đô chủ trì.",
            "IDN",
            "ASEAN",
        ),
        (
            "Tháng 11/2019, lãnh đạo các nền kinh tế thành viên họp tại Chi-lê. Hội nghị các nhà lãnh đạo APEC do"
            " Tổng thống nước chủ nhà chủ trì đã ra tuyên bố chung.",
            "CHL",
            "APEC",
        ),
    ],
)
def test_host_of_a_meeting_is_its_country(text: str, host: str, org: str) -> None:
    found = _of_kind(text, "host")
    assert ((host,), (org,)) in found
    assert (("VNM",), (org,)) not in found


def test_host_after_a_visit_is_the_country_visited() -> None:
    text = "Tháng 5/2019, Thủ tướng Việt Nam thăm Nhật Bản. Tại hội nghị, Thủ tướng nước chủ nhà phát biểu."
    found = _events(text)
    assert ("visit", ("VNM",), ("JPN",)) in found
    assert not any(k == "host" for k, _, _ in found)


# a city of a union since dissolved stands for the union in its time (events_states_then)
@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        ("Tháng 7/1955, Chủ tịch Hồ Chí Minh thăm Mát-xcơ-va.", "visit", "SUN"),
        ("Năm 1957, Chủ tịch Hồ Chí Minh thăm Pra-ha.", "visit", "CSK"),
        ("Năm 1957, Chủ tịch Hồ Chí Minh thăm Béc-lin.", "visit", "DDR"),
        (
            "Tháng 9/1961, Bê-ô-grát đăng cai Hội nghị thượng đỉnh đầu tiên của Phong trào Không liên kết.",
            "host",
            "YUG",
        ),
        (
            "Năm 1980, Mát-xcơ-va đăng cai Hội nghị Bộ trưởng Ngoại giao các nước xã hội chủ nghĩa.",
            "host",
            "SUN",
        ),
    ],
)
def test_city_stands_for_the_state_of_its_time(text: str, kind: str, state: str) -> None:
    assert any(state in a + r for a, r in _of_kind(text, kind))


@pytest.mark.parametrize(
    ("text", "kind", "state"),
    [
        ("Năm 2019, Thủ tướng Việt Nam thăm Mát-xcơ-va.", "visit", "RUS"),
        ("Năm 1975, Thủ tướng Việt Nam thăm Bonn.", "visit", "DEU"),  # the Federal Republic's city
        (
            "Năm 2006, Bê-ô-grát đăng cai Hội nghị Bộ trưởng Ngoại giao Phong trào Không liên kết.",
            "host",
            "SRB",
        ),
        ("Thủ tướng Việt Nam thăm Mát-xcơ-va.", "visit", "RUS"),  # no year told: today's state
    ],
)
def test_city_after_the_union_or_undated_is_todays_state(text: str, kind: str, state: str) -> None:
    assert any(state in a + r for a, r in _of_kind(text, kind))
