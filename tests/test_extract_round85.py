"""Round 85 (session 16): events of new shapes — tables set as text in an annex. A row's events take the date
in its time column ("Thời gian"), not a period another cell names; a cell under an agreement column ("Văn
kiện") names a document signed whatever its words; a table of help given ("Nước nhận | … | Tình trạng") is
Vietnam's aid to each row's state, its status from the status column, and a row whose status says nothing was
done ("Chưa triển khai") holds no event.

Texts written for these tests; whole pipeline with the learned reading off."""

from __future__ import annotations

import pytest

from event_grid import K, S, asserted_events, show

pytestmark = pytest.mark.rules_alone

HEAD = """BỘ GIÁO DỤC VÀ ĐÀO TẠO

Phụ lục 1
KẾT QUẢ HỢP TÁC GIÁO DỤC VỚI CÁC NƯỚC NĂM 2024
(Kèm theo Báo cáo số 88/BC-BGDĐT ngày 25/12/2024 của Bộ Giáo dục và Đào tạo)

Trong năm, Việt Nam tiếp tục mở rộng hợp tác giáo dục với các nước.

"""

VISITS = (
    HEAD
    + """Bảng 1. Đoàn ra, đoàn vào
Thời gian\tĐối tác\tHoạt động\tKết quả
6/2024\tMông Cổ\tĐón Bộ trưởng Bộ Giáo dục Mông Cổ thăm và làm việc tại Hà Nội\tKý Kế hoạch hợp tác giai đoạn 2025 – 2027
"""
)

SIGNED = (
    HEAD
    + """Bảng 2. Văn kiện hợp tác
Ngày ký\tĐối tác\tVăn kiện\tTình trạng
12/4/2024\tLào\tKế hoạch trao đổi giáo viên giai đoạn 2024 – 2026\tĐã ký
20/9/2024\tCampuchia\tChương trình đào tạo cán bộ quản lý giáo dục\tĐã ký
"""
)

AID = (
    HEAD
    + """Bảng 3. Hỗ trợ của Việt Nam
Nước nhận\tNội dung\tKinh phí (triệu đồng)\tTình trạng
Lào\tXây dựng ký túc xá cho học sinh tỉnh Luông Pha Bang\t5.000\tĐã hoàn thành
Cu-ba\tTặng sách giáo khoa tiếng Việt cho Trường Đại học La Ha-ba-na\t300\tĐang thực hiện
Mô-dăm-bích\tĐào tạo 10 giáo viên tiếng Việt\t–\tChưa triển khai
"""
)


def test_a_rows_event_takes_its_time_column() -> None:
    got = asserted_events(VISITS)
    assert any(e.kind is K.VISIT and "MNG" in e.actors and e.date == "2024-06" for e in got), show(got)
    assert not any(e.kind is K.VISIT and e.date.startswith("2025") for e in got), show(got)


def test_a_cell_under_the_agreement_column_is_signed() -> None:
    got = asserted_events(SIGNED)
    signed = {(e.date, tuple(sorted(e.actors))) for e in got if e.kind is K.AGREEMENT_SIGN}
    assert ("2024-04-12", ("LAO", "VNM")) in signed, show(got)
    assert ("2024-09-20", ("KHM", "VNM")) in signed, show(got)


def test_a_table_of_help_given_is_aid_to_each_rows_state() -> None:
    got = asserted_events(AID)
    aid = {(e.recipients, e.status) for e in got if e.kind is K.AID and e.actors == ("VNM",)}
    assert (("LAO",), S.OCCURRED) in aid, show(got)
    assert (("CUB",), S.ONGOING) in aid, show(got)


def test_a_row_not_carried_out_holds_no_event() -> None:
    got = asserted_events(AID)
    assert not any("MOZ" in e.actors + e.recipients for e in got), show(got)


def test_a_table_without_a_recipient_column_is_no_aid() -> None:
    text = (
        HEAD
        + """Bảng 4. Học bổng nhận được
Đối tác\tNội dung\tSố suất
Hung-ga-ri\tHọc bổng Hiệp định cho sinh viên Việt Nam\t200
Nga\tHọc bổng Chính phủ Nga cho sinh viên Việt Nam\t1.000
"""
    )
    got = asserted_events(text)
    assert not any(
        e.kind is K.AID and e.actors == ("VNM",) and e.recipients in (("HUN",), ("RUS",)) for e in got
    ), show(got)
