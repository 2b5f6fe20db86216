"""Review 23: the session's new readers (read/calendar.py, read/feed.py, read/odt.py) on odd and bad input —
a clear coded error or the text, never an exception of another kind — and the CLI naming the new formats
(files written for the tests)."""

from __future__ import annotations

import io
import zipfile

import pytest
from click.testing import CliRunner

from doingoai.cli import main
from doingoai.errors import Code, DoingoaiError
from doingoai.pipeline import SUPPORTED_SUFFIXES
from doingoai.read import read_bytes

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def _code(data: bytes, fmt: str) -> Code:
    with pytest.raises(DoingoaiError) as info:
        read_bytes(data, f"bad.{fmt}", fmt)
    return info.value.code


def _ics(event: str) -> bytes:
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n{event}END:VEVENT\r\nEND:VCALENDAR\r\n".encode()
    )


def _odt(content: str | None = None, body: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), b"application/vnd.oasis.opendocument.text")
        xml = content or (
            f"<office:document-content {NS}><office:body><office:text>{body}</office:text></office:body>"
            "</office:document-content>"
        )
        zf.writestr("content.xml", xml.encode(), compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


@pytest.mark.parametrize(
    "dtstart",
    ["DTSTART:2024XX01\r\n", "DTSTART;VALUE=DATE:\r\n", "DTSTART:20240305\r\nDTEND:garbage\r\n"],
)
def test_a_broken_dtstart_or_dtend_is_read_without_a_date(dtstart: str) -> None:
    # (was E201: icalendar's BrokenCalendarProperty raised on reading ``.dt``)
    doc = read_bytes(
        _ics(f"SUMMARY:Thăm Lào\r\n{dtstart}DESCRIPTION:Hai bên ký hiệp định.\r\n"), "c.ics", "ics"
    )
    assert "Thăm Lào" in doc.raw and "Hai bên ký hiệp định." in doc.raw
    assert all(not s[2] or s[2] == "2024-03-05" for s in doc.meta.get("sections", []))


def test_a_calendar_without_events_and_one_cut_short() -> None:
    doc = read_bytes(b"BEGIN:VCALENDAR\r\nX-WR-CALNAME:L\xe1\xbb\x8bch\r\nEND:VCALENDAR\r\n", "c.ics", "ics")
    assert doc.raw == "Lịch\n" and "sections" not in doc.meta
    assert _code(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n", "ics") is Code.E114_CALENDAR_BROKEN
    assert _code(b"", "ics") is Code.E102_EMPTY


def test_feeds_odd_and_bad() -> None:
    untitled = b'<rss version="2.0"><channel><title>Tin</title><item><description>Hai b\xc3\xaan k\xc3\xbd.</description><pubDate>not a date</pubDate></item></channel></rss>'
    doc = read_bytes(untitled, "f.xml", "xml")
    assert doc.raw == "Tin\n\nHai bên ký.\n" and "sections" not in doc.meta
    doctype = b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Tin</title><item><title>A</title></item></channel></rss>'
    assert read_bytes(doctype, "f.rss", "xml").raw == "Tin\n\nA\n"
    atom = b'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><updated>2024-03-05T10:00:00+07:00</updated></entry></feed>'
    assert read_bytes(atom, "f.atom", "xml").meta["sections"][0][2] == "2024-03-05"
    assert (
        _code(b'<!DOCTYPE rss [<!ENTITY a "aa">]><rss><channel><title>&a;</title></channel></rss>', "xml")
        is Code.E115_FEED_BROKEN
    )
    assert _code(b"<note><to>x</to></note>", "xml") is Code.E115_FEED_BROKEN
    assert _code(b"<rss><channel><title>x</title>", "xml") is Code.E115_FEED_BROKEN


def test_odt_with_bad_counts_is_read() -> None:
    # (was E201: int("x") of text:outline-level, int("abc") of text:s's count)
    body = '<text:h text:outline-level="x">Tiêu đề</text:h><text:p>Một<text:s text:c="abc"/>hai</text:p><table:table/>'
    doc = read_bytes(_odt(body=body), "d.odt", "odt")
    assert doc.raw == "Tiêu đề\n\nMột hai\n"
    assert doc.meta["markup"]["headings"] == [[0, 7, 1]]


def test_odt_broken_in_each_way_is_a_coded_error() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("meta.xml", "<x/>")
    assert _code(buf.getvalue(), "odt") is Code.E116_ODT_BROKEN  # (no content.xml)
    assert _code(_odt(content="<not closed"), "odt") is Code.E116_ODT_BROKEN
    assert _code(_odt(content='<!DOCTYPE x [<!ENTITY a "aa">]><x>&a;</x>'), "odt") is Code.E116_ODT_BROKEN
    assert _code(b"hello", "odt") is Code.E116_ODT_BROKEN
    assert _code(_odt()[:40], "odt") is Code.E116_ODT_BROKEN
    huge = f"<office:document-content {NS}><office:body><office:text>{' ' * 30_000_000}</office:text></office:body></office:document-content>"
    assert _code(_odt(content=huge), "odt") is Code.E111_ZIP_BOMB
    assert _code(_odt(), "odt") is Code.E102_EMPTY  # (an empty body)


def test_a_bad_file_in_a_folder_is_one_coded_line_and_the_batch_goes_on(tmp_path) -> None:
    (tmp_path / "a.ics").write_bytes(_ics("SUMMARY:Thăm Lào\r\nDTSTART:2024XX01\r\n"))
    (tmp_path / "b.odt").write_bytes(_odt(body='<text:h text:outline-level="x">Tiêu đề</text:h>'))
    (tmp_path / "c.xml").write_bytes(b"<note/>")
    (tmp_path / "d.txt").write_text(
        "Ngày 5/3/2024, Việt Nam và Lào ký hiệp định hợp tác.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert "E201" not in result.output
    assert result.output.count("[E115]") == 1 and "agreement.sign" in result.output


def test_the_cli_help_and_the_readme_name_every_format() -> None:
    from pathlib import Path

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    intro = readme.split("## Set-up")[0]
    for cmd in ([], ["parse"], ["extract"], ["ingest"]):
        text = CliRunner().invoke(main, [*cmd, "--help"]).output
        for suffix in SUPPORTED_SUFFIXES:
            assert suffix in text.replace("/", " ."), (cmd, suffix)
    for suffix in (".ics", ".xml", ".rss", ".atom", ".odt"):
        assert suffix in intro


def test_dated_parts_found_by_bisection_match_the_scan_part_by_part() -> None:
    from doingoai.extract.dates import _section_dates, _section_dates_by_part, dates_in
    from doingoai.structure.markup import _text_sections_scan, text_sections

    raw = [(0, 5), (6, 9), (9, 9), (10, 20), (21, 30), (31, 40)]
    spans = [(0, 5), (6, 9), (9, 9), (10, 20), (20, 29), (30, 39)]
    parts = [
        [0, 6, "2024-01-01", ""],
        [6, 21, "2024-02-02", "planned"],
        [21, 41, "", "negated"],
        [50, 60, "x", ""],
    ]
    assert text_sections(raw, spans, parts) == _text_sections_scan(raw, spans, parts)
    text = "Ngày 5/3/2024 họp. Sáng nay ký. Hôm qua đến. Ngày 6/3/2024 về."
    found = dates_in(text, "")
    sections = [[0, 18, "2024-01-01", ""], [19, 31, "", "planned"], [32, 44, "2024-05-05", ""]]
    dated = [(0, 18, "2024-01-01"), (32, 44, "2024-05-05")]
    assert _section_dates(text, found, sections) == _section_dates_by_part(text, found, dated)


def test_two_blank_lines_set_no_column_apart_in_a_spaced_text() -> None:
    # (round 209 measured a line's column from the lines after two blank lines only; in a text with a blank line
    # after every line, an e-mail's quotation, that took its short lines for full ones: review 23)
    from doingoai.structure.lines import split_lines

    lines = split_lines("Một dòng rất dài ở đầu văn bản này.\n\n\nNgắn.\n\nHai.\n")
    assert lines.blank_runs() == [1]
    lines = split_lines("Một dòng rất dài ở đầu văn bản này.\n\n\nNgắn.\n\nHai.\n")
    lines.spaced = True
    assert lines.blank_runs() == []
