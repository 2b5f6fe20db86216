"""OpenDocument text (.odt, read/odt.py, round 203): archives the tests build themselves."""

from __future__ import annotations

import io
import zipfile

import pytest

from doingoai.errors import Code, DoingoaiError
from doingoai.read import read_file

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
BODY = (
    '<text:h text:outline-level="1">I. MỤC ĐÍCH</text:h>'
    '<text:p>Năm 2023, Sở <text:span>Ngoại vụ</text:span> đón<text:s text:c="2"/>đoàn<text:tab/>Hàn Quốc'
    '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>'
    "<text:p>Đoàn do Thị trưởng dẫn đầu.</text:p></text:note-body></text:note> sang thăm.</text:p>"
    "<text:list><text:list-item><text:p>Tổ chức hội thảo.</text:p></text:list-item></text:list>"
    "<table:table><table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>TT</text:p></table:table-cell><table:table-cell><text:p>Hoạt động</text:p></table:table-cell>"
    "</table:table-row></table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>1</text:p></table:table-cell><table:table-cell><text:p>Triển lãm</text:p>"
    "<text:p>ảnh</text:p></table:table-cell></table:table-row></table:table>"
)


def _odt(
    body: str = BODY, content: str | None = None, mimetype: bytes = b"application/vnd.oasis.opendocument.text"
) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        xml = (
            content
            or f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>{body}</office:text></office:body></office:document-content>'
        )
        zf.writestr("content.xml", xml.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _write(tmp_path, data: bytes, name: str = "ke-hoach.odt"):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_paragraphs_headings_lists_rows_and_notes(tmp_path):
    doc = read_file(_write(tmp_path, _odt()))
    assert doc.format == "odt"
    lines = [ln for ln in doc.raw.splitlines() if ln]
    assert lines == [
        "I. MỤC ĐÍCH",
        "Năm 2023, Sở Ngoại vụ đón đoàn Hàn Quốc sang thăm.",  # spaces collapsed, the note's mark left out
        "Tổ chức hội thảo.",
        "TT | Hoạt động",
        "1 | Triển lãm ảnh",
        "Đoàn do Thị trưởng dẫn đầu.",  # the note's body at the end
    ]
    markup = doc.meta["markup"]
    assert markup["headings"][0][2] == 1 and len(markup["items"]) == 1 and len(markup["rows"]) == 2


def test_rows_are_list_items_in_the_output(tmp_path):
    from doingoai.export import parse_dict
    from doingoai.pipeline import parse_file

    doc = parse_file(_write(tmp_path, _odt()))
    blocks = {b["text"]: b["type"] for b in parse_dict(doc)["blocks"]}
    assert blocks["1 | Triển lãm ảnh"] == "list_item"
    assert blocks["Tổ chức hội thảo."] == "list_item"


def test_truncated_zip_is_a_coded_error(tmp_path):
    data = _odt()
    with pytest.raises(DoingoaiError) as err:
        read_file(_write(tmp_path, data[: len(data) // 2]))
    assert err.value.code is Code.E116_ODT_BROKEN


def test_not_a_zip_is_a_coded_error(tmp_path):
    with pytest.raises(DoingoaiError) as err:
        read_file(_write(tmp_path, "Văn bản thường.".encode()))
    assert err.value.code is Code.E116_ODT_BROKEN


def test_another_mimetype_is_refused(tmp_path):
    with pytest.raises(DoingoaiError) as err:
        read_file(_write(tmp_path, _odt(mimetype=b"application/vnd.oasis.opendocument.spreadsheet")))
    assert err.value.code is Code.E116_ODT_BROKEN


def test_entity_bomb_in_content_is_refused(tmp_path):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f"<office:document-content {NS}><office:body><office:text><text:p>&b;</text:p></office:text>"
        "</office:body></office:document-content>"
    )
    with pytest.raises(DoingoaiError) as err:
        read_file(_write(tmp_path, _odt(content=bomb)))
    assert err.value.code is Code.E116_ODT_BROKEN
    assert "refused for safety" in err.value.message
