"""Sentence splitting and sentence offsets (into doc.text and, through the map, into doc.raw)."""

from __future__ import annotations

import pytest

from doingoai.model import Document
from doingoai.structure import sentences, structure_document
from doingoai.textmap import MappedText


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences.split(text, 0, len(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Đại hội V khẳng định: “Đối ngoại là mặt trận quan trọng.” (ĐCSVN, 1982, tr. 123). Sau đó, Đảng tiếp tục.",
            [
                "Đại hội V khẳng định: “Đối ngoại là mặt trận quan trọng.” (ĐCSVN, 1982, tr. 123).",
                "Sau đó, Đảng tiếp tục.",
            ],
        ),
        (
            "Nguyên tắc này là xuyên suốt (Đảng Cộng sản Việt Nam [ĐCSVN], 1987, tr. 45). Trong tư tưởng Hồ Chí Minh, "
            "hòa bình là mục tiêu.",
            [
                "Nguyên tắc này là xuyên suốt (Đảng Cộng sản Việt Nam [ĐCSVN], 1987, tr. 45).",
                "Trong tư tưởng Hồ Chí Minh, hòa bình là mục tiêu.",
            ],
        ),
        (
            "Hội thảo do PGS. TS. Nguyễn Văn A và ThS. Trần B chủ trì tại Tp. Hồ Chí Minh. Nhiều ý kiến được nêu.",
            [
                "Hội thảo do PGS. TS. Nguyễn Văn A và ThS. Trần B chủ trì tại Tp. Hồ Chí Minh.",
                "Nhiều ý kiến được nêu.",
            ],
        ),
        ("2.2.1. Bối cảnh trong nước và quốc tế", ["2.2.1. Bối cảnh trong nước và quốc tế"]),
        ("II. NỘI DUNG NGHIÊN CỨU", ["II. NỘI DUNG NGHIÊN CỨU"]),
        (
            "1. Quan hệ được củng cố. Ta đã ký 02 văn kiện.",
            ["1. Quan hệ được củng cố.", "Ta đã ký 02 văn kiện."],
        ),
        (
            "Ông H. Kissinger đến Hà Nội năm 1973. Ông gặp đoàn Việt Nam.",
            ["Ông H. Kissinger đến Hà Nội năm 1973.", "Ông gặp đoàn Việt Nam."],
        ),
        (
            "Có thật vậy không? “Đúng vậy,” ông nói. Rồi ông đi.",
            ["Có thật vậy không?", "“Đúng vậy,” ông nói.", "Rồi ông đi."],
        ),
        (
            "Diễn đàn khu vực ASEAN…; thúc đẩy hợp tác. Sau đó họp tiếp.",
            ["Diễn đàn khu vực ASEAN…; thúc đẩy hợp tác.", "Sau đó họp tiếp."],
        ),
        (
            "The Soviet Union signed the treaty in 1978. It entered into force at once.",
            ["The Soviet Union signed the treaty in 1978.", "It entered into force at once."],
        ),
    ],
)
def test_split(text, expected):
    assert split(text) == expected


def test_sentence_offsets_in_text_and_raw():
    raw = (
        "TIÊU ĐỀ BÀI VIẾT\n\n"
        "Đại hội IV khẳng định nhiệm vụ đối ngoại (Đảng Cộng sản \n"
        "Việt Nam [ĐCSVN], 1977, tr. 145). Đây được coi là \n"
        "định hướng chiến lược.\n"
    )
    doc = Document(name="t.txt", raw=raw)
    doc.set_text(MappedText.identity(raw))
    structure_document(doc)
    got = [doc.text[s.start : s.end] for s in doc.sentences]
    assert got == [
        "TIÊU ĐỀ BÀI VIẾT",
        "Đại hội IV khẳng định nhiệm vụ đối ngoại (Đảng Cộng sản Việt Nam [ĐCSVN], 1977, tr. 145).",
        "Đây được coi là định hướng chiến lược.",
    ]
    assert [s.block for s in doc.sentences] == [0, 1, 1]
    s = doc.sentences[2]
    a, b = doc.raw_offsets(s.start, s.end)
    assert raw[a:b] == "Đây được coi là \nđịnh hướng chiến lược."
    a, b = doc.raw_offsets(doc.text.index("[ĐCSVN]"), doc.text.index("[ĐCSVN]") + 7)
    assert raw[a:b] == "[ĐCSVN]"
    assert doc.sentence_at(doc.text.index("chiến lược")) == s


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a one-letter word with a mark ends the sentence; an initial does not
            "Hai bên hợp tác vì phồn vinh ở Đông Nam Á. Năm 2010, hai bên ký hiệp định.",
            ["Hai bên hợp tác vì phồn vinh ở Đông Nam Á.", "Năm 2010, hai bên ký hiệp định."],
        ),
        ("Đoàn đã thăm nước Ý. Sau đó đoàn về nước.", ["Đoàn đã thăm nước Ý.", "Sau đó đoàn về nước."]),
        (
            "Theo Trần V. B. Lê, hai nước hợp tác. Ông Lê Đ. Thọ dự họp.",
            ["Theo Trần V. B. Lê, hai nước hợp tác.", "Ông Lê Đ. Thọ dự họp."],
        ),
        (
            "Họ gặp tại TP. Hồ Chí Minh. Xem tr. 27 của GS. TS. Phan Văn C. Nhiều người đồng ý.",
            ["Họ gặp tại TP. Hồ Chí Minh.", "Xem tr. 27 của GS. TS. Phan Văn C. Nhiều người đồng ý."],
        ),
    ],
)
def test_one_letter_words_and_initials(text, expected):
    assert split(text) == expected
