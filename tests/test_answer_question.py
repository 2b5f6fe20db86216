"""Question analysis and answer-span extraction (no database needed)."""

import pytest

from doingoai.answer.extractors import find_date, find_list, find_name, find_number
from doingoai.question import Wants, analyse, detect_lang


@pytest.mark.parametrize(
    "text, wants",
    [
        ("Việt Nam gia nhập ASEAN năm nào?", Wants.DATE),
        ("Khi nào Việt Nam và Hoa Kỳ bình thường hóa quan hệ?", Wants.DATE),
        ("Việt Nam được bao nhiêu phiếu?", Wants.NUMBER),
        ("Nước nào giữ vai trò Chủ tịch ASEAN năm 2020?", Wants.ACTOR),
        ("EU đã phê chuẩn hiệp định nào với Việt Nam?", Wants.NAME),
        ("Liên Xô viện trợ những dự án nào?", Wants.LIST),
        ("Vì sao quan hệ đối ngoại còn bó hẹp?", Wants.TEXT),
        ("When did Vietnam join the WTO?", Wants.DATE),
        ("How many votes did Vietnam receive?", Wants.NUMBER),
        ("Which treaty did Vietnam sign with Laos?", Wants.NAME),
        ("Who chaired ASEAN in 2020?", Wants.ACTOR),
    ],
)
def test_question_type(text, wants):
    assert analyse(text).wants is wants


def test_language_and_kinds():
    q = analyse("When did Vietnam join Comecon?")
    assert q.lang == "en" and "membership.join" in q.kinds
    assert detect_lang("Việt Nam ký hiệp ước năm nào?") == "vi"
    assert analyse("Which treaty did Vietnam sign with the Soviet Union in 1978?").year == 1978


def test_date_nearest_to_question_terms():
    q = analyse("Việt Nam gia nhập APEC năm nào?")
    s = "Năm 1995 Việt Nam gia nhập ASEAN, đến tháng 11/1998 Việt Nam gia nhập APEC."
    assert find_date(q, s, ["apec"])[0] == "tháng 11/1998"


def test_number_prefers_unit_named_in_question():
    s = "Ta hoàn thành 02 văn kiện công nhận 84% thành quả phân giới năm 2020."
    assert (
        find_number(analyse("Bao nhiêu phần trăm thành quả được công nhận?"), s, ["thanh", "qua"])[0] == "84%"
    )
    votes = "được bầu với số phiếu tín nhiệm cao (192/193) nhiệm kỳ 2020-2021"
    assert find_number(analyse("Việt Nam được bầu với bao nhiêu phiếu?"), votes, ["phieu"])[0] == "192/193"


def test_name_stops_at_verbs_and_keeps_abbreviation():
    s = "Liên minh châu Âu (EU) đã phê chuẩn Hiệp định thương mại tự do EU - Việt Nam (EVFTA) và đang thúc đẩy EVIPA."
    assert (
        find_name(analyse("EU đã phê chuẩn hiệp định nào?"), s)[0]
        == "Hiệp định thương mại tự do EU - Việt Nam (EVFTA)"
    )
    t = "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào (1977) khẳng định quan hệ đặc biệt."
    assert (
        find_name(analyse("Which treaty did Vietnam sign with Laos?"), t)[0]
        == "Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào"
    )


def test_list_after_nhu():
    s = "Liên Xô viện trợ nhiều dự án lớn, như thủy điện Hòa Bình, nhà máy nhiệt điện Phả Lại, cảng Hải Phòng, qua đó góp phần xây dựng."
    got = find_list(analyse("Liên Xô viện trợ những dự án nào?"), s)[0]
    assert got == "thủy điện Hòa Bình, nhà máy nhiệt điện Phả Lại, cảng Hải Phòng"


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Việt Nam tham gia APEC năm nào?", ("membership.join",)),  # "tham gia" is not a visit
        ("Chủ tịch nước thăm Hoa Kỳ năm nào?", ("visit",)),  # "Hoa Kỳ" is not "ký"
        ("Nhiệm kỳ nào Việt Nam được bầu vào Hội đồng Bảo an?", ("membership.elect",)),
        ("Hai nước ký hiệp định năm nào?", ("agreement.sign",)),
        ("When did Vietnam sign the treaty?", ("agreement.sign",)),
    ],
)
def test_kind_cues_match_whole_words(question, kinds):
    assert analyse(question).kinds == kinds
