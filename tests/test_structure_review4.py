"""Structure precision fixes from the fourth review: a sentence opening with "Madam …" is no
salutation, a unit's power ("km2") is no footnote mark, and a numbered list after a rule at the end
of a document is no endnotes unless the body marks its first note. Each repro has a twin that must
keep working. Texts written for these tests."""

from __future__ import annotations

from doingoai.pipeline import parse_text
from doingoai.structure import speech
from doingoai.structure.notemarks import has_mark
from structure_helpers import blocks

HEAD = "QUAN HỆ VIỆT NAM – HOA KỲ\n\nHai nước bình thường hóa quan hệ năm 1995.\n\n"


# 1. salutations


def test_a_sentence_opening_with_madam_is_no_salutation():
    text = (
        HEAD + "Năm 1997, Ngoại trưởng Mỹ sang thăm. Bà đã gặp lãnh đạo Việt Nam và\n"
        "Madam Albright đã phát biểu tại Hà Nội rằng,\n"
        "hai nước cần hướng tới tương lai và gác lại quá khứ.\n"
    )
    assert not speech.opens_salutation("Madam Albright đã phát biểu tại Hà Nội rằng,")
    assert not speech.is_salutation("Dear friends from many countries, we are all here today,")
    assert blocks(parse_text(text))[1:] == [
        ("paragraph", "Hai nước bình thường hóa quan hệ năm 1995."),
        (
            "paragraph",
            "Năm 1997, Ngoại trưởng Mỹ sang thăm. Bà đã gặp lãnh đạo Việt Nam và Madam Albright đã phát "
            "biểu tại Hà Nội rằng, hai nước cần hướng tới tương lai và gác lại quá khứ.",
        ),
    ]


def test_a_short_address_in_mid_sentence_is_no_salutation():
    # short and verb-free, but the line before goes on: the sentence runs through it
    text = (
        HEAD
        + "Bà gửi lời cảm ơn tới người đồng nhiệm và\nMadam Albright,\nngười đã tiếp đón bà ở Washington.\n"
    )
    assert speech.is_salutation("Madam Albright,")
    assert blocks(parse_text(text))[2:] == [
        (
            "paragraph",
            "Bà gửi lời cảm ơn tới người đồng nhiệm và Madam Albright, người đã tiếp đón bà ở Washington.",
        ),
    ]


def test_salutations_after_a_sentence_or_a_blank_line_still_stand_alone():
    for addr in (
        "Madam Secretary,",
        "Kính gửi Ngài Đại sứ Hợp chúng quốc Hoa Kỳ,",
        "Dear Ambassador Knapper,",
    ):
        assert speech.opens_salutation(addr), addr
        for sep in ("\n", "\n\n"):
            text = HEAD + "Chúng tôi xin cảm ơn." + sep + addr + "\nHai nước cần hướng tới tương lai.\n"
            assert blocks(parse_text(text))[2:] == [
                ("paragraph", "Chúng tôi xin cảm ơn."),
                ("paragraph", addr),
                ("paragraph", "Hai nước cần hướng tới tương lai."),
            ], (addr, sep)
    assert speech.opens_salutation("Kính thưa đồng chí Tổng Bí thư, Chủ tịch nước,")


# 2. footnote marks after units

AREA = (
    "Hai nước ký hiệp định thương mại năm 2000.\n\n"
    "Diện tích vùng biên là 25.000 km{mark}. Hai bên đã hoàn thành phân giới.\n\n"
    "__________\n"
    "2 Số liệu của Ủy ban Biên giới quốc gia.\n"
)


def test_a_units_power_is_no_footnote_mark():
    for unit in ("km2", "m3", "ha2", "km²"):
        text = AREA.replace("km{mark}", unit)
        assert blocks(parse_text(text))[1] == (
            "paragraph",
            f"Diện tích vùng biên là 25.000 {unit}. Hai bên đã hoàn thành phân giới.",
        ), unit
    text = AREA.replace("25.000 km{mark}", "2.000m3")  # glued to the number
    assert "2.000m3." in blocks(parse_text(text))[1][1]


def test_a_mark_after_a_word_or_after_the_units_full_stop_is_still_dropped():
    # (a word ending in "m" is no unit: "năm2")
    for written, read in (
        ("25.000 km.2", "25.000 km."),
        ("rất lớn2.", "rất lớn."),
        ("lớn nhất mỗi năm2.", "lớn nhất mỗi năm."),
    ):
        doc = parse_text(AREA.replace("25.000 km{mark}.", written))
        assert blocks(doc)[1] == (
            "paragraph",
            f"Diện tích vùng biên là {read} Hai bên đã hoàn thành phân giới.",
        ), written
        assert blocks(doc)[2] == ("footnote", "2 Số liệu của Ủy ban Biên giới quốc gia.")


# 3. a numbered list after a rule at the end

LIST_END = (
    "QUAN HỆ VIỆT NAM – EU\n\n"
    "Quan hệ Việt Nam – EU phát triển mạnh trong những năm gần đây. Hai bên ký nhiều hiệp định{mark}.\n\n"
    "__________\n"
    "1. Ngày 30/6/2019, Việt Nam và EU ký Hiệp định EVFTA.\n"
    "2. Ngày 1/8/2020, Hiệp định EVFTA có hiệu lực.\n"
)


def test_a_numbered_list_after_a_rule_at_the_end_is_no_endnotes():
    doc = parse_text(LIST_END.format(mark=""))
    assert blocks(doc)[1:] == [
        (
            "paragraph",
            "Quan hệ Việt Nam – EU phát triển mạnh trong những năm gần đây. Hai bên ký nhiều hiệp định.",
        ),
        ("list_item", "1. Ngày 30/6/2019, Việt Nam và EU ký Hiệp định EVFTA."),
        ("list_item", "2. Ngày 1/8/2020, Hiệp định EVFTA có hiệu lực."),
    ]
    assert "__________" not in doc.text


def test_endnotes_whose_first_mark_is_in_the_body_stay_notes():
    doc = parse_text(LIST_END.replace("{mark}.", ".1"))
    assert blocks(doc)[1:] == [
        (
            "paragraph",
            "Quan hệ Việt Nam – EU phát triển mạnh trong những năm gần đây. Hai bên ký nhiều hiệp định.",
        ),
        ("footnote", "1. Ngày 30/6/2019, Việt Nam và EU ký Hiệp định EVFTA."),
        ("footnote", "2. Ngày 1/8/2020, Hiệp định EVFTA có hiệu lực."),
    ]


def test_has_mark_wants_a_glued_number():
    note = "1 Số liệu của Bộ Ngoại giao."
    assert has_mark(["Hai nước là đối tác chiến lược.1 Năm 2023, ..."], 1, note)
    assert has_mark(["quan hệ hai nước1 ngày càng sâu sắc"], 1, note)
    assert not has_mark(["Năm 2001, hai nước ký 1 hiệp định."], 1, note)
    assert not has_mark(["Nhóm G20 họp tại Hà Nội ngày 1/1."], 1, note)
    assert not has_mark(["Diện tích 1 km2."], 1, "2 Xem bản đồ.")
