"""Round 183 (session 22): new shapes — Markdown lecture notes (front matter, nested lists, pipe tables,
footnotes, a quotation with its author on the line under it), a chain of diplomatic notes (number lines,
place–date lines, "[dấu]"), a memoir's chapter (a bare "Chương N" over its title in capitals, em-dash
dialogue lines), and a reading: "X nhận lời giúp ta" (X accepts to help) gives the help.

Every text here was written for these tests."""

from __future__ import annotations

from doingoai.model import BlockType
from doingoai.pipeline import extract_file, extract_text, parse_file, parse_text
from doingoai.read.markdown import read_markdown

NOTES = """---
title: Ngoại giao đa phương (học phần QT 101)
author: TS. Trần Văn Bình
date: 2023-03-15
tags: [ngoại giao, ASEAN]
---

# Bài 2. Việt Nam và ASEAN

## 2.1. Mốc thời gian

| Năm | Sự kiện |
|---|---|
| 1995 | Việt Nam gia nhập ASEAN (28/7) |
| 1998 | Hà Nội đăng cai Hội nghị cấp cao ASEAN lần thứ 6 |

## 2.2. Nội dung

- **Việt Nam** là thành viên thứ bảy của ASEAN[^1].
  - Hai bên phối hợp chặt chẽ.
1. Năm 2010, Việt Nam giữ vai trò Chủ tịch ASEAN.

> “ASEAN là ngôi nhà chung của khu vực.”

— Lê Thị Hoa (2019, tr. 12)

[^1]: Sau Bru-nây (1984).
"""


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _blocks(doc) -> list[tuple[str, str]]:
    return [(b.type.value, doc.block_text(b)) for b in doc.blocks]


def test_markdown_front_matter_gives_title_and_date(tmp_path):
    doc = parse_file(_write(tmp_path, "bai-2.md", NOTES))
    assert doc.title == "Ngoại giao đa phương (học phần QT 101)"
    assert doc.meta["date"] == "2023-03-15"
    heads = [(doc.block_text(b), b.level) for b in doc.blocks if b.type is BlockType.HEADING]
    assert heads == [("Bài 2. Việt Nam và ASEAN", 1), ("2.1. Mốc thời gian", 2), ("2.2. Nội dung", 2)]
    assert "author:" not in doc.text and "|---|" not in doc.text


def test_markdown_table_rows_lists_footnotes_and_quote(tmp_path):
    blocks = _blocks(parse_file(_write(tmp_path, "bai-2.md", NOTES)))
    assert ("paragraph", "Năm | Sự kiện") in blocks
    assert ("list_item", "1995 | Việt Nam gia nhập ASEAN (28/7)") in blocks
    assert ("list_item", "1998 | Hà Nội đăng cai Hội nghị cấp cao ASEAN lần thứ 6") in blocks
    assert ("list_item", "Hai bên phối hợp chặt chẽ.") in blocks
    assert ("list_item", "Năm 2010, Việt Nam giữ vai trò Chủ tịch ASEAN.") in blocks
    assert ("paragraph", "— Lê Thị Hoa (2019, tr. 12)") in blocks
    assert ("footnote", "Sau Bru-nây (1984).") in blocks


def test_markdown_events_and_quote_link(tmp_path):
    doc = extract_file(_write(tmp_path, "bai-2.md", NOTES))
    got = {(e.kind.value, e.actors, e.recipients, e.date) for e in doc.events}
    # (round 189: the row's bracketed "(28/7)" completes its year cell, events_timeline_rows)
    assert ("membership.join", ("VNM",), ("ASEAN",), "1995-07-28") in got
    assert ("chair", ("VNM",), ("ASEAN",), "2010") in got
    (cite,) = doc.citations
    assert cite.author == "Lê Thị Hoa" and cite.year == 2019 and cite.quote is not None
    assert doc.text[cite.quote.start : cite.quote.end] == "ASEAN là ngôi nhà chung của khu vực."


def test_markdown_without_front_matter_keeps_its_first_heading_as_title():
    text, marked = read_markdown("# Tiêu đề\n\n## Mục\n\n- một\n- hai\n")
    assert text.startswith("Tiêu đề\n") and "date" not in marked
    assert [text[s:e] for s, e in marked["items"]] == ["một", "hai"]


NOTE_CHAIN = """Số: 0042/BNG-ĐNA

Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam gửi lời chào trân trọng tới Đại sứ quán Vương quốc Cam-pu-chia tại Hà Nội và có vinh dự thông báo:

Bộ Ngoại giao đề nghị tổ chức Tham khảo chính trị cấp Thứ trưởng giữa hai nước tại Hà Nội vào ngày 12/5/2021.

Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam nhân dịp này xin gửi tới Đại sứ quán Vương quốc Cam-pu-chia tại Hà Nội lời chào trân trọng nhất./.

                                    Hà Nội, ngày 2 tháng 4 năm 2021
                                                [dấu]

Kính gửi: Đại sứ quán Vương quốc Cam-pu-chia tại Hà Nội

------------------------------------------------------------

Số: 15/2021

Đại sứ quán Vương quốc Cam-pu-chia tại Hà Nội gửi lời chào trân trọng tới Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam và có vinh dự thông báo:

Phía Cam-pu-chia nhất trí với đề nghị nêu trên.

                                    Hà Nội, ngày 9 tháng 4 năm 2021
                                                [dấu]

Kính gửi: Bộ Ngoại giao nước Cộng hòa xã hội chủ nghĩa Việt Nam, Hà Nội
"""


def test_note_chain_structure():
    doc = parse_text(NOTE_CHAIN)
    blocks = _blocks(doc)
    assert doc.title == "Số: 0042/BNG-ĐNA"
    assert ("heading", "Số: 15/2021") in blocks
    assert ("paragraph", "Hà Nội, ngày 2 tháng 4 năm 2021") in blocks
    assert ("paragraph", "Phía Cam-pu-chia nhất trí với đề nghị nêu trên.") in blocks
    assert all("[dấu]" not in t for _, t in blocks) and "[dấu]" in doc.meta["removed_lines"]


MEMOIR = """Chương 3
NHỮNG NGÀY Ở GIƠ-NE-VƠ

Mùa xuân năm 1954, tôi được phân công theo dõi báo chí cho đoàn ta tại Hội nghị.

— Các cậu phải đọc kỹ từng dòng.

— Vâng, thưa anh.

Năm 1974, Thụy Điển nhận lời giúp ta xây dựng một bệnh viện ở Hà Nội.

                                        Hà Nội, mùa xuân 2005
"""


def test_memoir_chapter_title_and_dialogue_lines():
    doc = parse_text(MEMOIR)
    blocks = _blocks(doc)
    assert doc.title == "Chương 3 NHỮNG NGÀY Ở GIƠ-NE-VƠ"
    assert ("paragraph", "— Các cậu phải đọc kỹ từng dòng.") in blocks
    assert ("paragraph", "— Vâng, thưa anh.") in blocks


def test_a_chapter_among_chapters_is_no_title():
    doc = parse_text(
        "Chương 1\nMỞ ĐẦU\n\nNội dung chương một.\n\nChương 2\nDIỄN BIẾN\n\nNội dung chương hai.\n"
    )
    assert doc.title != "Chương 1 MỞ ĐẦU"


def test_accepting_to_help_gives_the_help():
    doc = extract_text("Năm 1974, Thụy Điển nhận lời giúp ta xây dựng một bệnh viện ở Hà Nội.")
    assert [(e.kind.value, e.actors, e.recipients) for e in doc.events] == [("aid", ("SWE",), ("VNM",))]
    doc = extract_text("Năm 1975, Lào nhận viện trợ của Liên Xô.")
    assert [(e.kind.value, e.actors, e.recipients) for e in doc.events] == [("aid", ("SUN",), ("LAO",))]
