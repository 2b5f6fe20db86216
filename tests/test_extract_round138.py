"""Round 138 (session 19): tables and list pages as text: a "|"-separated table's rows are table blocks; a wiki's
tagline or a genre label above a headline is no title; a list page's table read row by row under its header
(a venue column in a table of sessions: the venue's country hosts the title's organisation; "Kết nạp A và B",
"Bầu ông X (nước) làm Chủ tịch"; a membership cell with its subject, the title's country, unstated).

Texts written for these tests; whole pipeline with the learned reading off.
"""

from __future__ import annotations

import pytest

from doingoai.model import BlockType
from doingoai.pipeline import extract_text
from event_grid import K, asserted_events

pytestmark = pytest.mark.rules_alone

SESSIONS = """Bách khoa toàn thư mở
Danh sách các kỳ họp Đại hội đồng Tổ chức Y tế Thế giới

Đại hội đồng là cơ quan cao nhất của tổ chức, họp mỗi năm một lần.

Danh sách

Năm | Kỳ họp | Địa điểm | Ghi chú
2010 | 63 | Giơ-ne-vơ (Thụy Sĩ) | Kết nạp Lào và Cam-pu-chia
2011 | 64 | Nai-rô-bi (Kê-ni-a) | Bầu ông Tanaka (Nhật Bản) làm Chủ tịch
2012 | 65 | Xít-ni (Ô-xtrây-li-a) |
"""

MEMBERSHIPS = """Danh sách các tổ chức quốc tế của Lào

Dưới đây là một số tổ chức quốc tế mà Lào tham gia.

Thời gian | Tổ chức | Nội dung
14/12/1955 | Liên hợp quốc | Được kết nạp làm thành viên
23/7/1997 | Hiệp hội các quốc gia Đông Nam Á (ASEAN) | Trở thành thành viên
"""


def _events(text: str, kind) -> list:
    return [(list(e.actors), list(e.recipients), e.date) for e in asserted_events(text) if e.kind is kind]


def test_pipe_rows_are_table_blocks_and_tagline_no_title() -> None:
    doc = extract_text(SESSIONS, "s.txt")
    rows = [doc.block_text(b) for b in doc.blocks if b.type is BlockType.TABLE]
    assert rows[0] == "Năm | Kỳ họp | Địa điểm | Ghi chú" and len(rows) == 4
    titles = [doc.block_text(b) for b in doc.blocks if b.type is BlockType.TITLE]
    assert titles == ["Danh sách các kỳ họp Đại hội đồng Tổ chức Y tế Thế giới"]


def test_genre_label_is_no_title() -> None:
    doc = extract_text(
        "BÌNH LUẬN\n\nMột bài học về hòa bình\n\nNGỌC ANH\n\nHai nước đã ký hiệp định.\n", "b.txt"
    )
    titles = [doc.block_text(b) for b in doc.blocks if b.type is BlockType.TITLE]
    assert titles == ["Một bài học về hòa bình"]


def test_venue_hosts_the_session() -> None:
    hosts = _events(SESSIONS, K.HOST)
    assert (["CHE"], ["WHO"], "2010") in hosts
    assert (["AUS"], ["WHO"], "2012") in hosts


def test_admitted_and_elected_in_the_row() -> None:
    assert (["LAO", "KHM"], ["WHO"], "2010") in _events(SESSIONS, K.MEMBERSHIP_JOIN)
    assert (["JPN"], ["WHO"], "2011") in _events(SESSIONS, K.MEMBERSHIP_ELECT)
    assert not [e for e in _events(SESSIONS, K.MEMBERSHIP_JOIN) if e[0] == ["CHE"]]


def test_unstated_member_is_the_titles_country() -> None:
    joins = _events(MEMBERSHIPS, K.MEMBERSHIP_JOIN)
    assert (["LAO"], ["UNO"], "1955-12-14") in joins
    assert (["LAO"], ["ASEAN"], "1997-07-23") in joins


def test_no_subject_no_row_events() -> None:
    text = MEMBERSHIPS.replace("của Lào", "của khu vực").replace("mà Lào", "mà các nước")
    assert not [e for e in _events(text, K.MEMBERSHIP_JOIN) if e[1] == ["UNO"]]


TALKS = """Danh sách các hoạt động ngoại giao của Na Uy

Thời gian | Sự kiện | Nội dung
20/8/1993 | Đàm phán I-xra-en – Pa-le-xtin | Na Uy làm trung gian các cuộc tiếp xúc bí mật tại Ô-xlô
"""


def test_talks_cell_and_mediator_in_a_row() -> None:
    consults = _events(TALKS, K.CONSULT)
    assert (["ISR", "PSE"], [], "1993-08-20") in consults
    assert (["NOR"], ["ISR", "PSE"], "1993-08-20") in consults


def test_co_mediators_in_prose_still_dropped() -> None:
    text = "Năm 2020, lệnh ngừng bắn do Mỹ và Ca-ta làm trung gian đã có hiệu lực."
    assert not [e for e in _events(text, K.CONSULT) if {"USA", "QAT"} <= set(e[0]) | set(e[1])]
