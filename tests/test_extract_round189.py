"""Round 189 (session 22): a chain of diplomatic notes bringing an agreement into force — each side's "phía X
(cũng) đã hoàn tất các thủ tục nội bộ cần thiết" is its ratification, towards the other side of the chain, dated
by the note's own place–date line; a lecture's timeline row "2015 | Ký Hiệp định … (5/5)" is the signing of the
pair its lesson heading names, dated by the year cell and the bracketed day and month.

Every text here was written for these tests."""

from __future__ import annotations

from pathlib import Path

from doingoai.model import Document, EventKind
from doingoai.pipeline import extract_file, extract_text

CHAIN = """Số: 0231/BNG-ĐBA

Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam gửi lời chào trân trọng tới Đại sứ quán Vương quốc \
Thái Lan tại Hà Nội và có vinh dự thông báo như sau:

Liên quan đến công hàm số 12/2021 ngày 2/3/2021 của Đại sứ quán, Bộ Ngoại giao xin thông báo phía Việt Nam đã \
hoàn tất các thủ tục nội bộ cần thiết để Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và \
Chính phủ Vương quốc Thái Lan về hợp tác du lịch, ký tại Băng Cốc ngày 20/11/2020, có hiệu lực.

Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam nhân dịp này xin gửi tới Đại sứ quán Vương quốc Thái Lan \
tại Hà Nội lời chào trân trọng nhất./.

                                    Hà Nội, ngày 15 tháng 3 năm 2021
                                                [dấu]

Kính gửi: Đại sứ quán Vương quốc Thái Lan tại Hà Nội

------------------------------------------------------------

Số: 31/2021

Đại sứ quán Vương quốc Thái Lan tại Hà Nội gửi lời chào trân trọng tới Bộ Ngoại giao nước Cộng hòa xã hội chủ \
nghĩa Việt Nam và, liên quan đến công hàm số 0231/BNG-ĐBA ngày 15/3/2021 của Bộ, có vinh dự thông báo:

Phía Thái Lan cũng đã hoàn tất các thủ tục nội bộ cần thiết; do đó Hiệp định nêu trên có hiệu lực kể từ ngày \
20/4/2021.

Đại sứ quán Vương quốc Thái Lan tại Hà Nội nhân dịp này xin gửi tới Bộ Ngoại giao nước Cộng hòa xã hội chủ \
nghĩa Việt Nam lời chào trân trọng nhất./.

                                    Hà Nội, ngày 22 tháng 3 năm 2021
                                                [dấu]

Kính gửi: Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam, Hà Nội
"""


def _ratifications(text: str) -> set[tuple[tuple[str, ...], tuple[str, ...], str]]:
    doc = extract_text(text)
    return {(e.actors, e.recipients, e.date) for e in doc.events if e.kind is EventKind.AGREEMENT_RATIFY}


def test_each_side_ratifies_on_its_note_date() -> None:
    got = _ratifications(CHAIN)
    assert (("VNM",), ("THA",), "2021-03-15") in got
    assert (("THA",), ("VNM",), "2021-03-22") in got


def test_the_signing_is_still_read() -> None:
    doc = extract_text(CHAIN)
    signs = [e for e in doc.events if e.kind is EventKind.AGREEMENT_SIGN]
    assert any(e.date == "2020-11-20" and {"VNM", "THA"} <= set(e.actors + e.recipients) for e in signs)


def test_a_planned_completion_is_no_ratification() -> None:
    text = CHAIN.replace("phía Việt Nam đã hoàn tất", "phía Việt Nam sẽ sớm hoàn tất").replace(
        "Phía Thái Lan cũng đã hoàn tất", "Phía Thái Lan đang tiến hành"
    )
    assert not any(a == ("THA",) or d == "2021-03-15" for a, _, d in _ratifications(text))


def test_outside_a_note_chain_nothing_is_added() -> None:
    text = (
        "Ngày 15/3/2021, phía Việt Nam đã hoàn tất các thủ tục nội bộ cần thiết để Hiệp định về hợp tác du lịch "
        "với Thái Lan có hiệu lực.\n\nHà Nội, ngày 22 tháng 3 năm 2021\n"
    )
    assert not any(d == "2021-03-22" for _, _, d in _ratifications(text))


LESSON = """---
title: Quan hệ Việt Nam – Đông Bắc Á (học phần QT 210)
author: ThS. Đỗ Thu Trang
date: 2022-02-14
---

# Bài 4. Việt Nam và Hàn Quốc

## 4.1. Các mốc chính

| Năm | Sự kiện |
|---|---|
| 1992 | Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao (22/12) |
| 2015 | Ký Hiệp định Thương mại tự do (5/5) |
| 2009 | Ký kết Hiệp định hợp tác lao động (tháng 10) |
"""


def _lesson(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "bai4_notes.md"
    path.write_text(text, encoding="utf-8")
    return extract_file(path)


def test_a_timeline_row_signing_takes_the_heading_pair_and_its_day(tmp_path: Path) -> None:
    doc = _lesson(tmp_path, LESSON)
    got = {
        (frozenset(e.actors + e.recipients), e.date) for e in doc.events if e.kind is EventKind.AGREEMENT_SIGN
    }
    assert (frozenset({"VNM", "KOR"}), "2015-05-05") in got
    assert (frozenset({"VNM", "KOR"}), "2009-10") in got


def test_a_row_read_with_its_year_gets_the_bracketed_day(tmp_path: Path) -> None:
    doc = _lesson(tmp_path, LESSON)
    rel = [e for e in doc.events if e.kind is EventKind.RELATIONS_ESTABLISH]
    assert [e.date for e in rel] == ["1992-12-22"]


def test_no_pair_in_the_headings_gives_no_signing(tmp_path: Path) -> None:
    text = LESSON.replace("# Bài 4. Việt Nam và Hàn Quốc", "# Bài 4. Đông Bắc Á").replace(
        "title: Quan hệ Việt Nam – Đông Bắc Á", "title: Khu vực Đông Bắc Á"
    )
    doc = _lesson(tmp_path, text)
    assert not any(e.kind is EventKind.AGREEMENT_SIGN and e.date.startswith("2015") for e in doc.events)
