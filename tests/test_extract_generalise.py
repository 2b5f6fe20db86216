"""General rules of the events and citations stages (issue 3, second round): undated standing relations,
restatements, hosting in a list, elections to a body named before, help to build, receiving aid, narrative
citations, peacekeeping deployments, votes. Whole pipeline, on sentences written for these tests."""

from __future__ import annotations

from doingoai.model import EventKind, Status
from doingoai.pipeline import extract_text

K = EventKind
# a Party outline dated by its dateline: the date it was written, not of what it tells
DATELINE = "Hà Nội, ngày 5 tháng 3 năm 2021\n\nĐỀ CƯƠNG TUYÊN TRUYỀN VỀ QUAN HỆ ĐỐI NGOẠI\n\n"
# a half-year report: what it tells happened in the period its title names
REPORT = "BÁO CÁO CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2019\n\n"


def events(text: str, kind: EventKind | None = None):
    doc = extract_text(text)
    return [e for e in doc.events if kind is None or e.kind is kind]


def row(e) -> tuple:
    return (e.actors, e.recipients, e.date, e.status)


# --- undated standing relations -----------------------------------------------------------------------


def test_mutual_support_is_undated_and_ongoing_in_a_dated_outline():
    got = events(DATELINE + "Việt Nam và Mông Cổ luôn ủng hộ lẫn nhau trên các diễn đàn quốc tế.", K.SUPPORT)
    assert [row(e) for e in got] == [(("VNM",), ("MNG",), "", Status.ONGOING)]


def test_maintained_cooperation_is_not_dated_by_the_dateline():
    got = events(DATELINE + "Việt Nam và Bru-nây duy trì hợp tác chặt chẽ về dầu khí.", K.COOPERATE)
    assert [row(e) for e in got] == [(("VNM",), ("BRN",), "", Status.ONGOING)]


def test_a_completed_undated_act_is_occurred_without_a_date():
    got = events(DATELINE + "Bun-ga-ri đã giúp Việt Nam đào tạo nhiều kỹ sư.", K.AID)
    assert [row(e) for e in got] == [(("BGR",), ("VNM",), "", Status.OCCURRED)]


def test_a_report_dates_what_it_tells_by_its_period():
    got = events(REPORT + "Quan hệ với Đảng Nhân dân Cách mạng Lào duy trì ổn định.", K.RELATIONS)
    assert [(e.date, e.status) for e in got] == [("2019-H1", Status.OCCURRED)]


def test_a_written_date_still_dates_a_standing_relation():
    got = events(DATELINE + "Năm 2015, Việt Nam và Bru-nây duy trì hợp tác về dầu khí.", K.COOPERATE)
    assert [(e.date, e.status) for e in got] == [("2015", Status.OCCURRED)]


def test_a_past_frame_after_the_verb_makes_it_occurred():
    got = events(DATELINE + "Việt Nam nhận được sự giúp đỡ của An-giê-ri trong kháng chiến.", K.AID)
    assert [row(e) for e in got] == [(("DZA",), ("VNM",), "", Status.OCCURRED)]


def test_an_undated_restatement_joins_the_dated_event():
    text = DATELINE + (
        "Ngày 15/10/1975, Việt Nam và Thụy Điển thiết lập quan hệ ngoại giao. Thụy Điển là một trong những "
        "nước đầu tiên thiết lập quan hệ ngoại giao với Việt Nam."
    )
    got = events(text, K.RELATIONS_ESTABLISH)
    assert len(got) == 1 and got[0].date == "1975-10-15" and len(got[0].evidence) == 2


def test_a_point_event_in_a_news_page_keeps_the_page_date():
    text = "Thời sự | 12/5/2022 10:00\n\nViệt Nam và Úc ký thỏa thuận hợp tác\n\nHai nước ký Bản ghi nhớ về hợp tác giáo dục. Việt Nam và Úc ký thỏa thuận về hợp tác giáo dục."
    got = events(text, K.AGREEMENT_SIGN)
    assert got and got[0].date == "2022-05-12"


# --- hosting --------------------------------------------------------------------------------------------


def test_hosting_a_summit_week_in_a_task_list():
    text = "Năm 2006, ta tổ chức thành công Tuần lễ Cấp cao APEC tại Hà Nội."
    assert [row(e) for e in events(text, K.HOST)] == [(("VNM",), ("APEC",), "2006", Status.OCCURRED)]


def test_hosting_after_a_chair_role_in_a_list_of_achievements():
    text = (
        "Kết quả chính: làm tốt vai trò Chủ tịch ASEAN, đăng cai Hội nghị Cấp cao ASEAN lần thứ 36 năm 2020."
    )
    got = events(text, K.HOST)
    assert [(e.actors, e.recipients, e.date) for e in got] == [(("VNM",), ("ASEAN",), "2020")]


# --- elections to a body named before ---------------------------------------------------------------------


def test_elected_to_a_council_named_by_its_head_noun():
    text = "Hội đồng Nhân quyền Liên Hợp Quốc có 47 thành viên. Năm 2013, Việt Nam trúng cử vào Hội đồng."
    assert [row(e) for e in events(text, K.MEMBERSHIP_ELECT)] == [
        (("VNM",), ("UNHRC",), "2013", Status.OCCURRED)
    ]


def test_elected_as_a_member_of_a_body_named_in_the_sentence_before():
    text = "Hội đồng Bảo an gồm 15 nước. Năm 2007, Việt Nam được bầu làm thành viên không thường trực."
    assert [(e.recipients, e.date) for e in events(text, K.MEMBERSHIP_ELECT)] == [(("UNSC",), "2007")]


def test_a_head_noun_inside_a_full_name_is_not_an_anaphor():
    text = "Năm 2013, Việt Nam trúng cử vào Hội đồng Chấp hành UNESCO. Hội đồng Bảo an họp năm 2014."
    assert all(e.recipients != ("UNSC",) for e in events(text, K.MEMBERSHIP_ELECT))


def test_votes_are_not_read_from_a_day():
    text = "Ngày 8/6/2007, Việt Nam được bầu vào Hội đồng Bảo an với 183/190 phiếu."
    assert [e.attr("votes") for e in events(text, K.MEMBERSHIP_ELECT)] == ["183/190"]


# --- aid: help to build, receiving --------------------------------------------------------------------


def test_help_to_build_is_aid_from_the_subject():
    text = "Năm 1985, An-giê-ri giúp Việt Nam xây dựng một nhà máy xi măng."
    assert [row(e) for e in events(text, K.AID)] == [(("DZA",), ("VNM",), "1985", Status.OCCURRED)]


def test_help_as_the_manner_of_cooperation_is_no_second_event():
    text = "Năm 2010, Việt Nam hợp tác giúp Mô-dăm-bích phát triển nông nghiệp."
    assert events(text, K.AID) == [] and events(text, K.COOPERATE)


def test_help_without_a_task_is_not_aid():
    assert events("Năm 2020, chính sách này giúp Việt Nam và Lào hiểu nhau hơn.", K.AID) == []


def test_receiving_aid_of_a_donor_reads_the_donor_as_actor():
    text = "Trong những năm 1960, Việt Nam tiếp nhận viện trợ của Ba Lan."
    assert [(e.actors, e.recipients) for e in events(text, K.AID)] == [(("POL",), ("VNM",))]


def test_receiving_help_from_a_donor():
    text = "Năm 2008, Lào nhận viện trợ từ Việt Nam để xây dựng trường học."
    assert [(e.actors, e.recipients) for e in events(text, K.AID)] == [(("VNM",), ("LAO",))]


def test_recognising_is_not_receiving():
    got = events("Năm 1950, Liên Xô công nhận Việt Nam Dân chủ Cộng hòa.", K.SUPPORT)
    assert [(e.actors, e.recipients) for e in got] == [(("SUN",), ("VNM",))]


def test_donating_goods_is_aid_but_awarding_a_medal_is_not():
    assert [
        (e.actors, e.recipients) for e in events("Năm 2021, Việt Nam tặng Mô-dăm-bích 3.000 tấn gạo.", K.AID)
    ] == [(("VNM",), ("MOZ",))]
    assert events("Năm 2019, Lào tặng Huân chương Tự do cho Việt Nam.", K.AID) == []


# --- peacekeeping, upgrades with a quoted name, article topics -----------------------------------------


def test_deploying_a_field_hospital_to_a_un_mission():
    text = "Tháng 11/2019, Việt Nam triển khai Bệnh viện dã chiến cấp 2 số 2 tới Phái bộ Liên Hợp Quốc."
    got = events(text, K.COOPERATE)
    assert [(e.actors, e.recipients, e.date, e.attr("context")) for e in got] == [
        (("VNM",), ("UNO",), "2019-11", "peacekeeping")
    ]


def test_an_upgrade_to_a_quoted_partnership_name():
    text = "Năm 2009, Việt Nam và Nhật Bản nâng quan hệ lên “Đối tác chiến lược vì hòa bình và phồn vinh ở châu Á”."
    got = events(text, K.RELATIONS_UPGRADE)
    assert [(set(e.actors + e.recipients), e.date) for e in got] == [({"VNM", "JPN"}, "2009")]


def test_an_abstract_naming_its_topic_states_no_cooperation():
    text = "Tóm tắt: Bài viết phân tích quan hệ và hợp tác kinh tế Việt Nam – Ấn Độ từ năm 2007 đến năm 2017."
    assert events(text) == []


def test_entry_into_force_is_not_a_signing():
    assert (
        events(
            "Hiệp định Thương mại tự do Việt Nam – Hàn Quốc có hiệu lực từ ngày 20/12/2015.", K.AGREEMENT_SIGN
        )
        == []
    )


# --- narrative citations ----------------------------------------------------------------------------------


def cites(text: str) -> list[tuple]:
    doc = extract_text(text)
    return [
        (c.author, c.year, c.pages, doc.text[c.quote.start : c.quote.end] if c.quote else None)
        for c in doc.citations
    ]


def test_a_narrative_citation_with_pages_and_the_quote_after_it():
    text = "Đỗ Thị Minh Hà (2018, tr. 77) nhận định rằng “hai nước là đối tác tin cậy”."
    assert cites(text) == [("Đỗ Thị Minh Hà", 2018, "77", "hai nước là đối tác tin cậy")]


def test_theo_introduces_a_narrative_citation():
    text = "Theo Lê Văn Hùng (2020), quan hệ song phương phát triển ổn định."
    assert cites(text) == [("Lê Văn Hùng", 2020, None, None)]


def test_a_narrative_citation_inside_a_sentence_links_the_quote_after_the_subject():
    text = "Nhật Bản là nhà tài trợ lớn, và theo Phan Thu Trang (2017, tr. 12), các dự án ODA “góp phần hiện đại hóa hạ tầng”."
    assert cites(text) == [("Phan Thu Trang", 2017, "12", "góp phần hiện đại hóa hạ tầng")]


def test_a_narrative_citation_of_a_group_of_authors():
    text = (
        "Theo Jansen et al. (2019, p. 12), văn kiện này “đặt nền móng cho tư duy dài hạn”. "
        "Nguyễn Văn An và cộng sự (2017) cũng phân tích vấn đề này."
    )
    assert cites(text) == [
        ("Jansen", 2019, "12", "đặt nền móng cho tư duy dài hạn"),  # the author: "et al." is no name
        ("Nguyễn Văn An", 2017, None, None),
    ]
    assert cites("Việc này đã xong et al. (2019) là sai.") == []


def test_two_authors_and_a_foreign_author():
    text = "Vũ Minh Khoa và Hà Thanh Bình (2015) phân tích vấn đề này. Womack (2006: 45) cho rằng quan hệ bất cân xứng."
    assert cites(text) == [
        ("Vũ Minh Khoa và Hà Thanh Bình", 2015, None, None),
        ("Womack", 2006, "45", None),
    ]


def test_an_institution_cited_in_the_narrative():
    assert cites("Bộ Công Thương (2021) cho biết kim ngạch tăng mạnh.") == [
        ("Bộ Công Thương", 2021, None, None)
    ]


def test_names_with_a_year_that_are_not_authors():
    text = (
        "Hiệp ước Hữu nghị và Hợp tác (1977) là nền tảng. Đại hội IV (1976) đề ra đường lối. Việt Nam gia nhập "
        "ASEAN (1995). Ông Fidel Castro (1973) thăm Quảng Trị. Chủ tịch Fidel Castro (1973) khẳng định điều đó. Văn kiện Đại hội V của Đảng Cộng sản Việt Nam (1982) "
        "nêu rõ điều đó. Lào (1977) là đối tác."
    )
    assert cites(text) == []


def test_a_parenthetical_citation_still_links_the_quote_before_it():
    text = "Đảng khẳng định “đoàn kết là sức mạnh” (Nguyễn Văn Lâm, 2019, tr. 5)."
    assert cites(text) == [("Nguyễn Văn Lâm", 2019, "5", "đoàn kết là sức mạnh")]


def test_a_collective_describing_the_subject_is_not_a_party():
    got = events("Năm 1969, Thụy Điển là nước phương Tây đầu tiên thiết lập quan hệ ngoại giao với Việt Nam.")
    assert [(e.kind, set(e.actors + e.recipients)) for e in got] == [(K.RELATIONS_ESTABLISH, {"SWE", "VNM"})]


def test_an_agreement_reported_by_a_news_page_keeps_the_page_date():
    text = "Thời sự | 3/4/2023 09:00\n\nHội đàm Việt Nam – Lào\n\nHai bên nhất trí tăng cường hợp tác giữa Việt Nam và Lào."
    got = events(text, K.COOPERATE)
    assert [(e.date, e.status) for e in got] == [("2023-04-03", Status.PLANNED)]  # agreed, to come (round 23)


def test_un_bodies_of_the_gazetteer():
    text = "Năm 2016, Việt Nam được bầu làm thành viên Hội đồng Kinh tế và Xã hội Liên Hợp Quốc (ECOSOC)."
    assert [e.recipients for e in events(text, K.MEMBERSHIP_ELECT)] == [("ECOSOC",)]


def test_lending_split_around_the_borrower_is_aid():
    got = events("Năm 1986, Liên Xô cho Lào vay 300 triệu rúp.", K.AID)
    assert [(e.actors, e.recipients, e.date) for e in got] == [(("SUN",), ("LAO",), "1986")]


def test_oda_capital_given_to_a_country_is_aid():
    got = events("Năm 2013, Hàn Quốc cung cấp 1,2 tỷ USD vốn ODA cho Việt Nam.", K.AID)
    assert [(e.actors, e.recipients) for e in got] == [(("KOR",), ("VNM",))]


def test_giving_something_to_someone_is_not_lending():
    assert events("Năm 2015, Việt Nam cho Lào thấy rõ thiện chí.", K.AID) == []


def test_a_narrative_citation_starts_after_the_previous_sentence():
    from doingoai.pipeline import extract_text

    doc = extract_text(
        "Hai nước hợp tác với Thái Lan. Lê Minh Hà (2018, tr. 7) nhận định quan hệ là “một điểm tựa”.",
        name="x.txt",
    )
    assert [(c.author, c.year, c.pages) for c in doc.citations] == [("Lê Minh Hà", 2018, "7")]


def test_un_funds_and_programmes_act_in_their_own_name():
    from doingoai.pipeline import extract_text

    doc = extract_text(
        "Chương trình Lương thực Thế giới (WFP) đã hỗ trợ Lào lương thực sau lũ lụt năm 2018.", name="x.txt"
    )
    aid = [e for e in doc.events if e.kind.value == "aid"]
    assert aid and aid[0].actors == ("WFP",) and aid[0].recipients == ("LAO",)


def test_the_work_cited_just_before_and_a_justified_line():
    text = (
        "Hai nước “là đối tác tin cậy” (Lê Quang Hưng, 2015, tr. 10-11). Quan hệ “phát triển mạnh” (Sđd,\n"
        "tr. 12). Theo  Phạm  Hồng Sơn (2018, tr. 77-79), hai nước “hợp tác tốt”."
    )
    assert cites(text) == [
        ("Lê Quang Hưng", 2015, "10-11", "là đối tác tin cậy"),
        ("Lê Quang Hưng", 2015, "12", "phát triển mạnh"),
        ("Phạm Hồng Sơn", 2018, "77-79", "hợp tác tốt"),
    ]
    assert cites("Không có gì (Sđd, tr. 12).") == []  # nothing cited before it
