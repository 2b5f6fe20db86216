"""Review 22: the new readers (read/mail.py, read/spreadsheet.py, read/markdown.py) on odd and bad input:
a clear coded error, or text, never an exception of another kind (files written for the tests)."""

from __future__ import annotations

import pytest

from doingoai.errors import Code, DoingoaiError
from doingoai.read import read_bytes


def _code(data: bytes, fmt: str) -> Code:
    with pytest.raises(DoingoaiError) as info:
        read_bytes(data, f"bad.{fmt}", fmt)
    return info.value.code


def test_mail_without_a_text_part_is_e102() -> None:
    data = (
        b"From: a@b.c\nSubject: hi\nContent-Type: multipart/mixed; boundary=X\n\n"
        b"--X\nContent-Type: application/pdf\n\nabc\n--X--\n"
    )
    assert _code(data, "eml") is Code.E102_EMPTY


def test_mail_in_an_unknown_charset_is_e105() -> None:
    data = b"From: a@b.c\nSubject: x\nContent-Type: text/plain; charset=bogus-charset\n\nNg\xc3\xa0y 28/3\n"
    assert _code(data, "eml") is Code.E105_UNDECODABLE


def test_mail_without_headers_and_with_an_empty_body() -> None:
    assert _code(b"just words\nno headers\n", "eml") is Code.E105_UNDECODABLE
    assert _code(b"From: a@b.c\nSubject: only\n\n", "eml") is Code.E102_EMPTY


def test_mail_with_a_bad_date_keeps_its_text() -> None:
    doc = read_bytes(b"From: a@b.c\nDate: not a date\nSubject: x\n\nHello world.\n", "m.eml", "eml")
    assert doc.raw == "x\n\nHello world.\n" and "date" not in doc.meta


def test_csv_of_separators_only_is_e102() -> None:
    assert _code(b",,,\n,,\n", "csv") is Code.E102_EMPTY
    assert _code(b"\xef\xbb\xbf", "csv") is Code.E102_EMPTY


def test_csv_with_one_column_and_ragged_rows() -> None:
    one = read_bytes(b"a\nb\nc\n", "one.csv", "csv")
    assert one.raw == "a\n\nb\n\nc\n" and "markup" not in one.meta
    ragged = read_bytes(b"a,b,c\n1,2\n3,4,5,6,7\n,\n", "r.csv", "csv")
    assert ragged.raw == "a | b | c\n\n1 | 2\n\n3 | 4 | 5 | 6 | 7\n"
    rows = ragged.meta["markup"]["rows"]
    assert [ragged.raw[s:e] for s, e in rows] == ["a | b | c", "1 | 2", "3 | 4 | 5 | 6 | 7"]


def test_markdown_of_front_matter_only() -> None:
    doc = read_bytes(b"---\ntitle: T\ndate: 2020-01-01\n---\n", "f.md", "md")
    assert doc.raw.strip() == "T" and doc.meta["markup"] == {"date": "2020-01-01"}
    assert _code(b"---\n---\n", "md") is Code.E102_EMPTY


def test_the_readers_docstring_names_the_csv_markup_key() -> None:
    import doingoai.read as read

    assert '"rows": raw offsets of the' in (read.__doc__ or "")
