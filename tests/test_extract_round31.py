"""Round 31 (session 12): the shapes of journal articles — accession instruments signed in the passive, joint
elections, capitals standing for their states, "nước này" carried from the sentence (or clause) before, a text's
one foreign country as a war's target or a leader's state, dates counted back or opening the next clause
(docs/decisions.md, "Round 31 (session 12)"). Each rule has a case that fires and one that must not."""

from __future__ import annotations

from doingoai import export
from doingoai.pipeline import extract_text
from doingoai.structure.header_shapes import PAGE_NUM

HEAD = "QUAN HỆ QUỐC TẾ: MỘT SỐ VẤN ĐỀ\n\nNguyễn Văn An\n\nViện Nghiên cứu Quốc tế\n\n1. Bối cảnh\n\n"


def _events(body: str, head: str = HEAD) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str, str]]:
    doc = extract_text(head + body + "\n")
    return [
        (e["kind"], tuple(e["actors"]), tuple(e["recipients"]), e["date"], e["status"])
        for e in (export.event_dict(doc, ev) for ev in export.reported_events(doc))
    ]


def _of(events, kind):
    return [e for e in events if e[0] == kind]


# --- an accession instrument signed in the passive: the joining state and the organisation sign it -------------


def test_accession_treaty_signed_in_the_passive_is_signed_by_the_state_and_the_organisation():
    got = _of(
        _events(
            "Hiệp ước gia nhập được ký tại Lúc-xăm-bua ngày 25/4/2005; đến ngày 1/1/2007, Bun-ga-ri chính thức "
            "trở thành thành viên Liên minh châu Âu (EU)."
        ),
        "agreement.sign",
    )
    assert [(set(e[1] + e[2]), e[3]) for e in got] == [({"BGR", "EU"}, "2005-04-25")]


def test_accession_treaty_not_yet_signed_is_no_signing():
    got = _of(
        _events(
            "Nghị định thư gia nhập chưa được ký, song Bun-ga-ri đã trở thành thành viên Liên minh châu Âu."
        ),
        "agreement.sign",
    )
    assert got == []


# --- joint elections -------------------------------------------------------------------------------------------


def test_two_states_elected_together_with_a_vote_count_are_two_elections():
    got = _of(
        _events(
            "Ngày 10/6/2021, Thái Lan (185 phiếu) và Ai Cập cùng được Đại hội đồng Liên hợp quốc bầu làm ủy viên "
            "không thường trực Hội đồng Bảo an nhiệm kỳ 2022 – 2023."
        ),
        "membership.elect",
    )
    assert sorted((e[1], e[2], e[3]) for e in got) == [
        (("EGY",), ("UNSC",), "2021-06-10"),
        (("THA",), ("UNSC",), "2021-06-10"),
    ]


def test_a_pair_elected_together_is_the_pair_named_before():
    got = _of(
        _events(
            "Việt Nam và An-giê-ri thiết lập quan hệ ngoại giao năm 1962. Năm 2015, hai nước cùng được Đại hội "
            "đồng Liên hợp quốc bầu làm ủy viên Hội đồng Nhân quyền nhiệm kỳ 2016 – 2018."
        ),
        "membership.elect",
    )
    assert sorted(e[1] for e in got) == [("DZA",), ("VNM",)]


def test_the_electing_body_is_never_the_one_elected():
    got = _events(
        "Ngày 3/6/2022, Đại hội đồng Liên hợp quốc bầu Na Uy, với 130/190 phiếu thuận, và Ai-len làm ủy viên "
        "không thường trực Hội đồng Bảo an nhiệm kỳ 2023 – 2024."
    )
    elected = _of(got, "membership.elect")
    assert elected and set(elected[0][1]) == {"NOR", "IRL"} and "UNO" not in elected[0][1]


# --- a page number in brackets at a page break -----------------------------------------------------------------


def test_a_bracketed_page_number_is_a_page_number():
    assert PAGE_NUM.match("[61]") and PAGE_NUM.match("[ 7 ]")
    assert not PAGE_NUM.match("[61] Xem thêm") and not PAGE_NUM.match("(1998)")


# --- "nước này" carried from the subject of the sentence or clause before ---------------------------------------


def test_this_country_is_the_subject_after_several_fronted_phrases():
    got = _of(
        _events(
            "Năm 2005, trên cương vị Chủ tịch ASEAN, Ma-lai-xi-a đăng cai Hội nghị Cấp cao Đông Á với Ấn Độ. "
            "Năm 2007, nước này được bầu làm ủy viên Hội đồng Nhân quyền nhiệm kỳ 2007 – 2010."
        ),
        "membership.elect",
    )
    assert [e[1] for e in got] == [("MYS",)]


def test_this_country_after_a_semicolon_is_the_subject_of_the_clause_before():
    got = _of(
        _events(
            "Ngày 21/12/1991, Ca-dắc-xtan cùng các nước cộng hòa Liên Xô cũ ký văn kiện tại An-ma A-ta; "
            "ngày 2/3/1992, nước này được kết nạp vào Liên hợp quốc."
        ),
        "membership.join",
    )
    assert ("membership.join", ("KAZ",), ("UNO",), "1992-03-02", "occurred") in got


def test_this_country_may_be_a_capital_standing_for_its_state():
    got = _of(
        _events(
            "Dưới thời Tổng thống Robert Mugabe, người lãnh đạo đất nước nhiều năm, Ha-ra-rê đăng cai Hội nghị "
            "cấp cao của Phong trào Không liên kết năm 1986 và ủng hộ phong trào giải phóng ở Nam Phi và "
            "Mô-dăm-bích. Tuyến đường ống nối nước này với bờ biển được Ngân hàng Thế giới tài trợ năm 1995."
        ),
        "aid",
    )
    assert [e[2] for e in got] == [("ZWE",)]


# --- capitals as parties -------------------------------------------------------------------------------------


def test_a_capital_opening_its_clause_and_a_relations_partner_stand_for_their_states():
    got = _of(
        _events("Ngày 5/8/1995, Oa-sinh-tơn công bố bình thường hóa quan hệ với Hà Nội."),
        "relations.establish",
    )
    assert got and set(got[0][1] + got[0][2]) == {"USA", "VNM"}


def test_a_capital_as_a_venue_is_no_party():
    got = _events("Năm 1995, Hội nghị Bộ trưởng Ngoại giao ASEAN được tổ chức tại Oa-sinh-tơn.")
    # (round 147: the meeting's venue city names its host, as "tại Oa-sinh-tơn (Hoa Kỳ)" did: events_venue_city;
    # the capital is still no party of any other act)
    assert all("USA" not in e[1] for e in got if e[0] != "host")


# --- suspensions -------------------------------------------------------------------------------------------------


def test_a_suspension_by_an_organisation_with_its_abbreviation_is_dated_by_its_own_clause():
    got = _of(
        _events(
            "Ngày 22/2/2011, Liên đoàn Ả-rập đình chỉ tư cách thành viên của Li-bi; tháng 3/2011, Liên minh "
            "châu Phi (AU) cũng đình chỉ tư cách thành viên của Li-bi."
        ),
        "sanction",
    )
    assert ("sanction", ("AU",), ("LBY",), "2011-03", "occurred") in got


# --- the euro area and the Schengen area --------------------------------------------------------------------------


def test_the_euro_area_is_an_organisation_one_joins():
    got = _of(_events("Ngày 1/1/2015, Lít-va gia nhập khu vực đồng euro."), "membership.join")
    assert got == [("membership.join", ("LTU",), ("EUROZONE",), "2015-01-01", "occurred")]


# --- the text's one foreign country -----------------------------------------------------------------------------

GREECE = (
    "VIỆT NAM – HY LẠP: NỬA THẾ KỶ QUAN HỆ\n\nNguyễn Văn An\n\nViện Nghiên cứu châu Âu\n\n1. Bối cảnh\n\n"
)


def test_a_war_with_no_enemy_named_is_waged_on_the_country_the_text_is_about():
    got = _of(
        _events("Tháng 4/1897, Thổ Nhĩ Kỳ đưa quân đổ bộ lên miền bắc bán đảo.", GREECE),
        "conflict",
    )
    assert [(e[1], e[2]) for e in got] == [(("TUR",), ("GRC",))]


def test_the_text_country_s_own_wars_named_by_count_tell_no_event():
    assert (
        _of(_events("Trong thế kỷ XIX, Hy Lạp đã trải qua nhiều cuộc chiến tranh.", GREECE), "conflict") == []
    )


def test_a_paragraph_naming_vietnam_keeps_vietnam_as_the_target():
    got = _of(
        _events(
            "Năm 1965, Việt Nam bước vào giai đoạn khó khăn nhất. Tháng 3/1965, Mỹ đưa quân đổ bộ lên "
            "Đà Nẵng và mở rộng chiến tranh.",
            "VIỆT NAM – HOA KỲ: TỪ CỰU THÙ ĐẾN ĐỐI TÁC\n\nNguyễn Văn An\n\nViện Nghiên cứu châu Mỹ\n\n1. Bối cảnh\n\n",
        ),
        "conflict",
    )
    assert got and all(e[2] == ("VNM",) for e in got)


def test_a_head_of_state_with_an_unknown_name_is_of_the_text_s_country():
    body = "Năm 2020, Tổng thống Cô-xtát Ca-ra-man-lít đảm nhiệm cương vị Chủ tịch Liên minh châu Phi (AU)."
    assert _of(_events(body, GREECE), "chair") == [("chair", ("GRC",), ("AU",), "2020", "occurred")]
    assert _of(_events(body), "chair") == []  # (a text about no one country: the leader's state is unknown)


# --- a bilateral agreement signed in the passive ------------------------------------------------------------------


def test_a_bilateral_agreement_signed_not_until_a_year_is_the_pair_s_signing():
    got = _of(
        _events(
            "Việt Nam và Chi-lê thiết lập quan hệ ngoại giao năm 1971. Dẫu vậy, phải đến năm 2011 Hiệp định "
            "Thương mại tự do song phương mới được ký."
        ),
        "agreement.sign",
    )
    assert [(set(e[1] + e[2]), e[3], e[4]) for e in got] == [({"VNM", "CHL"}, "2011", "occurred")]


# --- "phải đến <time> X mới trở thành thành viên của khối" ----------------------------------------------------


def test_not_until_a_date_a_state_becomes_member_of_the_organisation_its_sentence_names():
    got = _of(
        _events(
            "Năm 1989, Thái Lan tham gia Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương (APEC). Đơn xin gia "
            "nhập Tổ chức Thương mại Thế giới (WTO) được nộp năm 1995, song phải đến tháng 1/2007 Việt Nam mới "
            "trở thành thành viên chính thức của tổ chức."
        ),
        "membership.join",
    )
    assert ("membership.join", ("VNM",), ("WTO",), "2007-01", "occurred") in got


# --- dates -----------------------------------------------------------------------------------------------------


def test_a_time_counted_back_from_the_date_told_before():
    got = _of(
        _events(
            "Ma-rốc được kết nạp vào Liên hợp quốc ngày 12/11/1956. Trước đó ba tháng, nước này đã gia nhập "
            "Liên đoàn Ả-rập."
        ),
        "membership.join",
    )
    assert ("membership.join", ("MAR",), ("ARAB_LEAGUE",), "1956-08", "occurred") in got


def test_a_date_after_and_comma_dates_the_act_told_after_it():
    got = _of(
        _events(
            "Ca-ta gia nhập Liên đoàn Ả-rập năm 1971 và, ngày 21/9/1971, được kết nạp vào Liên hợp quốc."
        ),
        "membership.join",
    )
    assert ("membership.join", ("QAT",), ("UNO",), "1971-09-21", "occurred") in got
