"""A thirteenth construction grid for the events stage (issue 3), built from constructions heldout11/12/15/16
missed or over-read, each with its negative twin: a question asserts no act (a reporter's "Khi nào ... ?", a
rhetorical "Liệu ... ?"), its answer may; and a relative clause on a country ("phối hợp với Lào, nước lần đầu giữ
cương vị Chủ tịch ASEAN ...") has that country as its subject, while a verbless appositive ("Lào, nước Chủ tịch
ASEAN năm 2016,") tells no act. Sentences written for these tests with other countries, dates and bodies; whole
pipeline. The rules are in docs/decisions.md ("Construction grid, thirteenth round").

Cases are as in tests/test_extract_grid2.py: (id, text, kind, actors, recipients, date, status[, GAP]). A
NEGATED case passes when no event of its kind is asserted as having happened (occurred or ongoing).
"""

from __future__ import annotations

import pytest

from doingoai.pipeline import extract_text
from event_grid import PARAMS, K, S, check, params, show

SYMMETRIC = {K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.AGREEMENT_SIGN}
NO = ((), (), "", S.NEGATED)

# fmt: off
CASES: list[tuple] = [
    # --- 1. a question asserts no act; the statement twin does ---------------------------------------------
    ("question-when-ratify",
     "Bộ Ngoại giao họp báo về Công ước Chống tra tấn. Khi nào Thái Lan phê chuẩn Công ước?",
     K.AGREEMENT_RATIFY, *NO),
    ("statement-ratify-twin",
     "Bộ Ngoại giao họp báo về Công ước Chống tra tấn. Năm 2007, Thái Lan phê chuẩn Công ước.",
     K.AGREEMENT_RATIFY, ("THA",), (), "2007", S.OCCURRED),
    ("question-rhetorical-join",
     "Hàn Quốc đã cân nhắc nhiều năm. Liệu Hàn Quốc có gia nhập Tổ chức Hợp tác và Phát triển Kinh tế năm 2025?",
     K.MEMBERSHIP_JOIN, *NO),
    ("question-visit-result",
     "Họp báo thường kỳ.\n\nHỏi (phóng viên hãng tin Đức): Xin cho biết kết quả chuyến thăm Việt Nam của Thủ tướng "
     "Ô-xtrây-li-a?\nTrả lời: Chúng tôi sẽ thông báo sau.",
     K.VISIT, *NO),
    ("question-quoted",
     "Buổi họp báo diễn ra sáng nay. Phóng viên hỏi: “Vì sao năm 2008 Ấn Độ lên án Pa-ki-xtan như vậy?”",
     K.PROTEST, *NO),
    ("question-why-unquoted",
     "Buổi họp báo diễn ra sáng nay. Vì sao năm 2008 Ấn Độ lên án Pa-ki-xtan?", K.PROTEST, *NO),
    ("statement-why-twin",
     "Buổi họp báo diễn ra sáng nay. Năm 2008 Ấn Độ lên án Pa-ki-xtan.", K.PROTEST, ("IND",), ("PAK",), "2008",
     S.OCCURRED),
    ("answer-after-question",
     "Hỏi: Chuyến thăm của Tổng thống Chi-lê có kết quả gì?\n"
     "Đáp: Ngày 10/11/2017, Tổng thống Chi-lê thăm chính thức Việt Nam.",
     K.VISIT, ("CHL",), ("VNM",), "2017-11-10", S.OCCURRED),
    ("statement-with-question-mark-inside",
     "Năm 1986 (?), Thụy Điển ký Hiệp định hợp tác văn hóa với Việt Nam.",
     K.AGREEMENT_SIGN, ("SWE", "VNM"), (), "1986", S.OCCURRED),
    ("question-presupposed-fact",
     "Họp báo thường kỳ của Bộ Ngoại giao In-đô-nê-xi-a.\n\nHỏi: Xin cho biết ý nghĩa của việc In-đô-nê-xi-a "
     "trúng cử thành viên Hội đồng Nhân quyền Liên Hợp Quốc?\nĐáp: Đây là sự ghi nhận của cộng đồng quốc tế.",
     K.MEMBERSHIP_ELECT, ("IDN",), ("UNHRC",), "", S.OCCURRED),
    ("question-yes-no-not-presupposed",
     "Họp báo thường kỳ.\n\nHỏi: Nhật Bản có hỗ trợ Phi-líp-pin sau bão Hải Yến không?\nĐáp: Chúng tôi chưa rõ.",
     K.AID, *NO),
    # --- 2. a relative clause on a country: that country is its subject -----------------------------------
    ("rel-country-chair",
     "Việt Nam phối hợp chặt chẽ với Lào, nước lần đầu giữ cương vị Chủ tịch ASEAN vào năm 2016.",
     K.CHAIR, ("LAO",), ("ASEAN",), "2016", S.OCCURRED),
    ("rel-country-chair-planned",
     "Hội nghị có sự tham dự của Bru-nây, nước sẽ đảm nhiệm vai trò Chủ tịch ASEAN năm 2021.",
     K.CHAIR, ("BRN",), ("ASEAN",), "2021", S.PLANNED),
    ("rel-country-host",
     "Đoàn đại biểu Quốc hội làm việc với Pê-ru, quốc gia đã đăng cai Hội nghị Cấp cao APEC năm 2016.",
     K.HOST, ("PER",), ("APEC",), "2016", S.OCCURRED),
    # (round 190: the verbless appositive states the chair itself, as most golds code it; events_chair_apposed)
    ("appositive-no-verb-twin",
     "Việt Nam hợp tác với Xin-ga-po, nước Chủ tịch ASEAN năm 2018, để thúc đẩy kết nối khu vực.",
     K.CHAIR, ("SGP",), ("ASEAN",), "2018", S.ONGOING),
    # --- 3. "phía bạn": the one foreign country its own sentence names, before the document's main partner ---
    ("partner-in-sentence",
     "Tổng thống Pháp thăm Việt Nam. Pháp và Việt Nam ký nhiều văn kiện. Việt Nam chia sẻ những mất mát to lớn "
     "của nhân dân Nê-pan và sẽ hỗ trợ phía bạn khắc phục hậu quả động đất.",
     K.AID, ("VNM",), ("NPL",), "", S.PLANNED),
    ("partner-document-twin",
     "Tổng thống Pháp thăm Việt Nam. Pháp và Việt Nam ký nhiều văn kiện. Việt Nam sẽ hỗ trợ phía bạn đào tạo "
     "nguồn nhân lực.",
     K.AID, ("VNM",), ("FRA",), "", S.PLANNED),
    # --- 4. a capital a visit goes to stands for its country ------------------------------------------------
    ("visit-capital-hanoi", "Quan hệ hai nước phát triển tốt. Năm 1993, Tổng thống Pháp thăm Hà Nội.",
     K.VISIT, ("FRA",), ("VNM",), "1993", S.OCCURRED),
    ("visit-capital-foreign",
     "Quan hệ hai nước phát triển tốt. Tháng 5/2016, Chủ tịch nước thăm chính thức Bắc Kinh.",
     K.VISIT, ("VNM",), ("CHN",), "2016-05", S.OCCURRED),
    ("visit-capital-latin", "Quan hệ hai nước phát triển tốt. Tháng 9/2009, Thủ tướng Lào thăm Tokyo.",
     K.VISIT, ("LAO",), ("JPN",), "2009-09", S.OCCURRED),
    ("visit-site-in-capital-twin", "Quan hệ hai nước phát triển tốt. Năm 2001, đoàn Pháp thăm Văn Miếu ở Hà Nội.",
     K.VISIT, *NO),
    ("capital-not-visited-twin",
     "Quan hệ hai nước phát triển tốt. Năm 1972, máy bay Mỹ ném bom Hà Nội và Thủ tướng Thụy Điển lên án.",
     K.VISIT, *NO),
    # --- 5. a titled foreign leader whose name has a letter Vietnamese does not write ---------------------
    ("leader-accented-latin-name",
     "Quan hệ Việt Nam – Mô-dăm-bích\n\nTháng 4/2011, Tổng thống Armando Guebuza thăm Việt Nam. "
     "Tháng 5/2016, Tổng thống Filipe Nyusi thăm Việt Nam.",
     K.VISIT, ("MOZ",), ("VNM",), "2016-05", S.OCCURRED),
    ("leader-accented-latin-name-2",
     "Quan hệ Việt Nam – Ăng-gô-la\n\nTháng 5/2009, Tổng thống José Eduardo dos Santos thăm Việt Nam.",
     K.VISIT, ("AGO",), ("VNM",), "2009-05", S.OCCURRED),
    ("vietnamese-name-after-title-twin",
     "Quan hệ Việt Nam – Mô-dăm-bích\n\nTháng 5/2016, Tổng thống Hoàng Văn thăm Việt Nam.",
     K.VISIT, ("MOZ",), ("VNM",), "2016-05", S.NEGATED),
    # --- 6. "hai nước" opening a section: the pair of its heading and the entry's title ---------------------
    ("pair-heading-and-title",
     "Na Uy\n\nNa Uy là một quốc gia Bắc Âu. Na Uy gia nhập NATO năm 1949.\n\nQuan hệ với Việt Nam\n\n"
     "Hai nước thiết lập quan hệ ngoại giao ngày 25/11/1971. Thương mại tăng nhanh.",
     K.RELATIONS_ESTABLISH, ("NOR", "VNM"), (), "1971-11-25", S.OCCURRED),
    ("pair-heading-names-both",
     "Bách khoa thư\n\nMục từ về châu Âu.\n\nQuan hệ Việt Nam – Phần Lan\n\n"
     "Hai nước thiết lập quan hệ ngoại giao ngày 25/1/1973.",
     K.RELATIONS_ESTABLISH, ("FIN", "VNM"), (), "1973-01-25", S.OCCURRED),
    ("pair-heading-names-none-twin",
     "Na Uy\n\nNa Uy là một quốc gia Bắc Âu.\n\nKinh tế\n\nHai nước thiết lập quan hệ ngoại giao ngày 25/11/1971.",
     K.RELATIONS_ESTABLISH, *NO),
    # --- 7. an indefinite appositive after the subject: its names are not the subject ---------------------
    ("appositive-region",
     "Quan hệ hai nước tốt đẹp. Bun-ga-ri, một nước Đông Âu, đã giúp Việt Nam đào tạo hàng nghìn kỹ sư.",
     K.AID, ("BGR",), ("VNM",), "", S.OCCURRED),
    ("appositive-org",
     "Quan hệ hai nước tốt đẹp. Hung-ga-ri, vốn là một thành viên của Hội đồng Tương trợ Kinh tế, đã viện trợ "
     "cho Việt Nam nhiều nhà máy.",
     K.AID, ("HUN",), ("VNM",), "", S.OCCURRED),
    ("appositive-none-org-subject-twin",
     "Quan hệ hai nước tốt đẹp. Hội đồng Tương trợ Kinh tế đã giúp Việt Nam xây dựng nhiều nhà máy.",
     K.AID, ("CMEA",), ("VNM",), "", S.OCCURRED),
    # --- 8. "nước này" in a new clause after "; <date>,": the foreign subject before, not Vietnam the object ---
    ("this-country-after-semicolon",
     "Quan hệ tốt đẹp. Từ ngày 1/1/1993, Xlô-va-ki-a kế thừa quan hệ với Việt Nam; năm 2004, nước này trở thành "
     "thành viên Liên minh châu Âu.",
     K.MEMBERSHIP_JOIN, ("SVK",), ("EU",), "2004", S.OCCURRED),
    ("this-country-object-cho",
     "Quan hệ tốt đẹp. Thụy Điển viện trợ cho Việt Nam; năm 1995, nước này gia nhập Liên minh châu Âu.",
     K.MEMBERSHIP_JOIN, ("SWE",), ("EU",), "1995", S.OCCURRED),
    ("this-country-vietnam-subject-twin",
     "Quan hệ tốt đẹp. Năm 1995, Việt Nam gia nhập ASEAN; năm 1998, nước này gia nhập APEC.",
     K.MEMBERSHIP_JOIN, ("VNM",), ("APEC",), "1998", S.OCCURRED),
    ("with-list-continues-twin",
     "Năm 2019, Việt Nam ký hiệp định với Chi-lê; Pê-ru và Mê-hi-cô tham gia sau đó.",
     K.AGREEMENT_SIGN, ("VNM", "CHL"), (), "2019", S.OCCURRED),
    # --- 9. "cơ quan này": the body named last (a council, a commission), not an organisation further back ---
    ("this-organ-body",
     "Quan hệ tốt đẹp. Ấn Độ là thành viên Phong trào Không liên kết. Năm 2021, hai nước cùng là Ủy viên không "
     "thường trực Hội đồng Bảo an Liên Hợp Quốc; Ấn Độ được bầu vào cơ quan này năm 2020 với 184/192 phiếu thuận.",
     K.MEMBERSHIP_ELECT, ("IND",), ("UNSC",), "2020", S.OCCURRED),
    ("this-organisation-twin",
     "Quan hệ tốt đẹp. Ấn Độ là thành viên Phong trào Không liên kết. Năm 2021, Ấn Độ được bầu vào tổ chức này.",
     K.MEMBERSHIP_ELECT, ("IND",), ("NAM_MOVEMENT",), "2021", S.OCCURRED),
    # --- 10. agreements coordinated after "đàm phán": one negotiation each ------------------------------------
    ("negotiate-two-agreements-second",
     "Về kinh tế. Năm 2016, Việt Nam tích cực tham gia đàm phán Hiệp định EVFTA và Hiệp định RCEP.",
     K.AGREEMENT_NEGOTIATE, ("VNM",), ("RCEP",), "2016", S.OCCURRED),
    ("negotiate-two-agreements-first",
     "Về kinh tế. Năm 2016, Việt Nam tích cực tham gia đàm phán Hiệp định EVFTA và Hiệp định RCEP.",
     K.AGREEMENT_NEGOTIATE, ("VNM",), ("EU",), "2016", S.OCCURRED),
    ("subject-before-comma-twin",
     "Ma-lai-xi-a, một thành viên sáng lập, giữ cương vị Chủ tịch ASEAN năm 2015.",
     K.CHAIR, ("MYS",), ("ASEAN",), "2015", S.OCCURRED),
]
# fmt: on


@pytest.mark.parametrize(PARAMS, list(params(CASES)))
@pytest.mark.rules_alone  # (a rule's reading pinned: the learned reading is off)
def test_construction(text, kind, actors, recipients, date, status):
    check(text, kind, actors, recipients, date, status, kind in SYMMETRIC)


def test_a_relative_clause_gives_vietnam_no_chair():
    got = extract_text(
        "Việt Nam phối hợp chặt chẽ với Lào, nước lần đầu giữ cương vị Chủ tịch ASEAN vào năm 2016."
    )
    chairs = [e for e in got.events if e.kind is K.CHAIR]
    assert [(e.actors, e.recipients) for e in chairs] == [(("LAO",), ("ASEAN",))], show(got.events)


def test_a_question_gives_no_event_at_all():
    got = extract_text("Khi nào Niu Di-lân và Việt Nam nâng cấp quan hệ lên Đối tác chiến lược toàn diện?")
    assert got.events == [], show(got.events)


def test_partner_of_two_countries_in_the_sentence_stays_the_documents():
    got = extract_text(
        "Tổng thống Pháp thăm Việt Nam. Pháp và Việt Nam ký nhiều văn kiện. Việt Nam cùng Lào chia sẻ mất mát của "
        "nhân dân Nê-pan và sẽ hỗ trợ phía bạn khắc phục hậu quả động đất."
    ).events
    aid = [e for e in got if e.kind is K.AID]
    assert aid and all("NPL" not in e.recipients for e in aid), show(got)


def test_an_appositive_names_no_second_donor():
    got = extract_text(
        "Quan hệ hai nước tốt đẹp. Ba Lan, một thành viên sáng lập Hội đồng Tương trợ Kinh tế (SEV) năm 1949, "
        "đã giúp Việt Nam đào tạo hàng nghìn kỹ sư."
    ).events
    aid = [e for e in got if e.kind is K.AID]
    assert aid and all(e.actors == ("POL",) for e in aid), show(got)
    assert any(
        e.kind is K.MEMBERSHIP_JOIN and e.actors == ("POL",) and e.recipients == ("CMEA",) for e in got
    )


def test_an_agreement_after_a_purpose_is_not_negotiated_too():
    got = extract_text(
        "Về kinh tế. Năm 2016, Việt Nam đàm phán Hiệp định EVFTA để chuẩn bị cho Hiệp định RCEP."
    ).events
    talks = [e for e in got if e.kind is K.AGREEMENT_NEGOTIATE]
    assert talks and all("RCEP" not in e.recipients for e in talks), show(got)
