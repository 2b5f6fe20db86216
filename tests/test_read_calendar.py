"""iCalendar (.ics) reading (read/calendar.py, round 203): files the tests write themselves."""

from __future__ import annotations

import pytest

from doingoai.errors import Code, DoingoaiError
from doingoai.pipeline import extract_file
from doingoai.read import read_file

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Thu nghiem//VI\r\n"
    "X-WR-CALNAME:Lịch công tác đối ngoại của Sở\r\n"
    "BEGIN:VEVENT\r\nUID:a1@example.vn\r\nDTSTAMP:20230101T000000Z\r\n"
    "DTSTART;VALUE=DATE:20230314\r\nDTEND;VALUE=DATE:20230317\r\n"
    "SUMMARY:Bộ trưởng Quốc phòng Việt Nam thăm chính thức In-đô-nê-xi-a\r\n"
    "DESCRIPTION:Đoàn làm việc tại Gia-các-ta từ ngày 14 đến 16/3\\, gặp Bộ tr\r\n"
    " ưởng Quốc phòng nước bạn.\\nHai bên ký biên bản ghi nhớ.\r\n"
    "STATUS:CONFIRMED\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:a2@example.vn\r\nDTSTAMP:20230101T000000Z\r\n"
    "DTSTART:20230420T090000\r\nDTEND:20230420T100000\r\n"
    "SUMMARY:Bộ trưởng Quốc phòng Việt Nam thăm chính thức Lào\r\n"
    "STATUS:TENTATIVE\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:a3@example.vn\r\nDTSTAMP:20230101T000000Z\r\n"
    "DTSTART;VALUE=DATE:20230510\r\n"
    "SUMMARY:Bộ trưởng Quốc phòng Việt Nam thăm chính thức Cam-pu-chia\r\n"
    "STATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _write(tmp_path, text: str | bytes, name: str = "lich.ics"):
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return p


def test_entries_unfolded_unescaped_with_dates_and_status(tmp_path):
    doc = read_file(_write(tmp_path, ICS))
    assert doc.format == "ics"
    assert doc.meta["title"] == "Lịch công tác đối ngoại của Sở"
    assert doc.raw.splitlines()[0] == "Lịch công tác đối ngoại của Sở"
    assert (
        "Đoàn làm việc tại Gia-các-ta từ ngày 14 đến 16/3, gặp Bộ trưởng Quốc phòng nước bạn. "
        "Hai bên ký biên bản ghi nhớ." in doc.raw
    )
    sections = doc.meta["sections"]
    assert [s[2:] for s in sections] == [
        ["2023-03-14/2023-03-16", ""],  # an all-day DTEND is exclusive
        ["2023-04-20", "planned"],
        ["2023-05-10", "negated"],
    ]
    assert len(doc.meta["markup"]["headings"]) == 3


def test_events_take_the_entry_date_and_status(tmp_path):
    doc = extract_file(_write(tmp_path, ICS))
    heads = [b for b in doc.blocks if b.type.value == "heading"]
    assert [doc.block_text(b) for b in heads][0].startswith("Bộ trưởng Quốc phòng Việt Nam thăm chính thức")
    visits = {tuple(e.recipients): e for e in doc.events if e.kind.value == "visit"}
    assert visits[("IDN",)].date.startswith("2023-03-14")
    assert visits[("IDN",)].status.value == "occurred"
    assert visits[("LAO",)].date == "2023-04-20" and visits[("LAO",)].status.value == "planned"
    assert visits[("KHM",)].date == "2023-05-10" and visits[("KHM",)].status.value == "negated"


def test_not_a_calendar_is_a_coded_error(tmp_path):
    with pytest.raises(DoingoaiError) as err:
        read_file(_write(tmp_path, "Đây không phải là lịch.\n"))
    assert err.value.code is Code.E114_CALENDAR_BROKEN
    assert err.value.one_line().startswith("[E114]")


def test_broken_calendar_is_a_coded_error(tmp_path):
    with pytest.raises(DoingoaiError) as err:
        read_file(_write(tmp_path, "BEGIN:VCALENDAR\r\nthis line is no property\r\nEND:VCALENDAR\r\n"))
    assert err.value.code is Code.E114_CALENDAR_BROKEN
