"""Events from a table of agreements (events_table_rows): under a header naming a signing column, each row
naming an agreement is its signing, dated by its cell in that column (never the entry-into-force column),
its parties Vietnam and the row's partner; a Word row's empty cell keeps its place; negative twins: a table
of trade figures, a table with no signing column, a table without a header."""

from __future__ import annotations

import pytest

from doingoai.model import BlockType, EventKind
from doingoai.pipeline import extract_file, extract_text
from doingoai.read import read_file

docx = pytest.importorskip("docx")

CAPTION = "Bảng 1. Các hiệp định Việt Nam đã ký kết giai đoạn 2018–2023"
INTRO = "Trong những năm qua, Việt Nam tích cực tham gia các hiệp định thương mại tự do và hợp tác quốc tế."
HEADER = ("Hiệp định", "Đối tác", "Ngày ký", "Ngày có hiệu lực")
ROWS = [
    (
        "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)",
        "10 nước",
        "8/3/2018",
        "14/1/2019",
    ),
    ("EVFTA", "EU", "30/6/2019", "1/8/2020"),
    ("RCEP", "", "15/11/2020", "1/1/2022"),  # an empty partner cell: the date must stay under "Ngày ký"
    ("UKVFTA", "Anh", "29/12/2020", "1/5/2021"),
    ("Bản ghi nhớ về hợp tác nghề cá", "In-đô-nê-xi-a", "12/5/2022", ""),  # unknown to the gazetteer
]
# what each row gives: (agreement, actors, date)
EXPECTED = {
    ("CPTPP", frozenset({"VNM", "CPTPP"}), "2018-03-08"),
    ("EVFTA", frozenset({"VNM", "EU"}), "2019-06-30"),
    ("RCEP", frozenset({"VNM", "RCEP"}), "2020-11-15"),
    ("UKVFTA", frozenset({"VNM", "GBR"}), "2020-12-29"),
    ("Bản ghi nhớ về hợp tác nghề cá", frozenset({"VNM", "IDN"}), "2022-05-12"),
}


def _docx(path, header=HEADER, rows=ROWS, caption=CAPTION):
    d = docx.Document()
    d.add_paragraph(INTRO)
    if caption:
        d.add_paragraph(caption)
    table_rows = [header, *rows] if header else rows
    t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
    for i, r in enumerate(table_rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("Nguồn: Bộ Công Thương.")
    d.save(str(path))
    return path


def _text_table(header=HEADER, rows=ROWS, sep="    "):
    lines = [INTRO, "", CAPTION, ""]
    lines += [sep.join(r).rstrip() for r in ([header] if header else []) + rows]
    return "\n".join([*lines, "", "Nguồn: Bộ Công Thương.", ""])


def _signings(doc):
    found = set()
    for e in doc.events:
        if e.kind is EventKind.AGREEMENT_SIGN and e.attr("agreement"):
            found.add((e.attr("agreement"), frozenset(e.actors) | frozenset(e.recipients), e.date))
    return found


def _row_evidence(doc):
    """The evidence of the signings of a named agreement."""
    return {
        doc.text[s.start : s.end]
        for e in doc.events
        if e.kind is EventKind.AGREEMENT_SIGN and e.attr("agreement")
        for s in e.evidence
    }


def test_the_reader_keeps_an_empty_cells_place(tmp_path):
    doc = read_file(_docx(tmp_path / "a.docx"))
    lines = doc.raw.split("\n")
    assert "RCEP |  | 15/11/2020 | 1/1/2022" in lines  # the empty partner cell kept between its neighbours
    assert "Bản ghi nhớ về hợp tác nghề cá | In-đô-nê-xi-a | 12/5/2022" in lines  # (none kept at a row's end)


def test_a_row_opening_on_an_empty_cell_is_still_a_row_with_its_place(tmp_path):
    rows = [("", "Lào", "5/9/2019", "")]
    doc = extract_file(_docx(tmp_path / "b.docx", rows=[ROWS[1], *rows]))
    assert "\tLào | 5/9/2019" in doc.raw.split("\n")  # (an empty cell opening the row stays a tab)
    tables = [doc.block_text(b) for b in doc.blocks if b.type is BlockType.TABLE]
    assert tables[-1] == "Lào | 5/9/2019"  # its own table block
    assert _signings(doc) == {
        ("EVFTA", frozenset({"VNM", "EU"}), "2019-06-30")
    }  # no agreement named: no event


def test_each_row_of_a_docx_table_of_agreements_is_a_signing(tmp_path):
    doc = extract_file(_docx(tmp_path / "a.docx"))
    assert _signings(doc) == EXPECTED
    rows = {
        " | ".join(r).removesuffix(" | ") for r in ROWS
    }  # (cells joined by " | "; "RCEP |  | 15/11/2020")
    assert _row_evidence(doc) == rows  # each signing's evidence is its row, nothing else
    dates = {e.date for e in doc.events if e.kind is EventKind.AGREEMENT_SIGN}
    assert not dates & {"2019-01-14", "2020-08-01", "2022-01-01", "2021-05-01"}  # never the entry into force


def test_a_table_set_as_text_gives_the_same_signings_with_its_empty_cell():
    doc = extract_text(_text_table(), "t.txt")
    assert [b.type for b in doc.blocks].count(BlockType.TABLE) == 1 + len(ROWS)  # the short row is a row too
    assert _signings(doc) == EXPECTED


def test_a_table_in_fixed_columns_places_cells_under_their_headers():
    text = "\n".join(
        [
            INTRO,
            "",
            "Hiệp định    Đối tác      Ngày ký       Hiệu lực",
            "CPTPP        10 nước      8/3/2018      14/1/2019",
            "RCEP                      15/11/2020    1/1/2022",
            "UKVFTA       Anh          29/12/2020",
            "",
        ]
    )
    assert _signings(extract_text(text, "f.txt")) == {
        ("CPTPP", frozenset({"VNM", "CPTPP"}), "2018-03-08"),
        ("RCEP", frozenset({"VNM", "RCEP"}), "2020-11-15"),
        ("UKVFTA", frozenset({"VNM", "GBR"}), "2020-12-29"),
    }


def test_english_headers_and_a_membership_table():
    text = "\n".join(
        [
            "Vietnam's free trade agreements are listed below.",
            "",
            "Agreement    Partner    Signed    In force",
            "EVFTA    EU    30/6/2019    1/8/2020",
            "UKVFTA    Anh    29/12/2020    1/5/2021",
            "",
            "Việt Nam là thành viên của nhiều tổ chức quốc tế.",
            "",
            "Tổ chức    Năm gia nhập",
            "ASEAN    1995",
            "APEC    1998",
            "",
        ]
    )
    doc = extract_text(text, "e.txt")
    assert {
        ("EVFTA", frozenset({"VNM", "EU"}), "2019-06-30"),
        ("UKVFTA", frozenset({"VNM", "GBR"}), "2020-12-29"),
    } <= _signings(doc)
    joins = {(e.recipients, e.date) for e in doc.events if e.kind is EventKind.MEMBERSHIP_JOIN}
    assert {(("ASEAN",), "1995"), (("APEC",), "1998")} <= joins


TRADE = (("Thị trường", "Kim ngạch 2021", "Kim ngạch 2022"),
         [("EU", "40,1", "46,8"), ("Hoa Kỳ", "96,3", "109,4"), ("Nhật Bản", "20,1", "24,2")])  # fmt: skip
NO_SIGNING = (("Hiệp định", "Đối tác", "Ngày có hiệu lực"),
              [("EVFTA", "EU", "1/8/2020"), ("UKVFTA", "Anh", "1/5/2021"), ("RCEP", "ASEAN", "1/1/2022")])  # fmt: skip


@pytest.mark.parametrize(
    ("header", "rows"),
    [TRADE, NO_SIGNING, (None, ROWS)],
    ids=["trade figures", "no signing column", "no header"],
)
def test_no_signing_without_a_signing_column(tmp_path, header, rows):
    for doc in (
        extract_file(_docx(tmp_path / "n.docx", header=header, rows=rows, caption="")),
        extract_text(_text_table(header=header, rows=rows), "n.txt"),
    ):
        assert not _signings(doc), [(e.kind, e.actors, e.date) for e in doc.events]
        assert not [e for e in doc.events if e.kind is EventKind.AGREEMENT_SIGN and e.date]


def test_no_vietnam_in_a_document_that_never_names_it():
    text = "\n".join(
        [
            "Các hiệp định thương mại của Liên minh châu Âu được liệt kê dưới đây, theo số liệu của nhiều tổ chức.",
            "Các đối tác đều là những nền kinh tế lớn ở châu Á và châu Mỹ, có quan hệ lâu năm với khối.",
            "Bảng dưới đây tổng hợp thời điểm ký các hiệp định này trong thập kỷ qua.",
            "",
            "Hiệp định    Đối tác    Ngày ký",
            "Hiệp định Đối tác kinh tế EU – Nhật Bản    Nhật Bản    17/7/2018",
            "Hiệp định Thương mại tự do EU – Xin-ga-po    Xin-ga-po    19/10/2018",
            "",
        ]
    )
    signings = _signings(extract_text(text, "eu.txt"))
    assert signings and not any("VNM" in actors for _, actors, _ in signings)
    assert ("EU_JPN_EPA", frozenset({"EU", "JPN"}), "2018-07-17") in signings


def test_ask_the_date_of_a_signing_told_only_in_a_table(tmp_path):
    from click.testing import CliRunner

    from doingoai.cli import main

    path = _docx(tmp_path / "a.docx")
    db = tmp_path / "kb.sqlite"
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["ask", "Việt Nam ký Hiệp định CPTPP ngày nào?", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "8/3/2018" in result.output or "2018-03-08" in result.output
    assert "1/8/2020" not in result.output.split("\n")[0]


def test_a_web_pages_table_keeps_its_empty_cell_and_gives_the_signings(tmp_path):
    cells = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for r in ROWS[1:4])
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Các hiệp định thương mại tự do</title></head>'
        f"<body><article><h1>Các hiệp định thương mại tự do</h1><p>{INTRO}</p>"
        f"<table><tr>{''.join(f'<th>{h}</th>' for h in HEADER)}</tr>{cells}</table>"
        "<p>Các hiệp định này giúp Việt Nam hội nhập sâu rộng vào nền kinh tế thế giới.</p></article></body></html>"
    )
    path = tmp_path / "bang.html"
    path.write_text(page, encoding="utf-8")
    doc = extract_file(path)
    assert "RCEP\t\t15/11/2020\t1/1/2022" in doc.raw.split("\n")
    assert _signings(doc) == {s for s in EXPECTED if s[0] in ("EVFTA", "RCEP", "UKVFTA")}


def test_two_tables_one_after_the_other_are_read_each_under_its_own_header():
    text = "\n".join(
        [
            INTRO,
            "",
            "Hiệp định    Ngày ký    Ngày có hiệu lực",
            "EVFTA    30/6/2019    1/8/2020",
            "UKVFTA    29/12/2020    1/5/2021",
            "Hiệp định    Ngày có hiệu lực    Ngày ký",  # the next table: its columns the other way round
            "CPTPP    14/1/2019    8/3/2018",
            "RCEP    1/1/2022    15/11/2020",
            "",
        ]
    )
    assert {(a, d) for a, _, d in _signings(extract_text(text, "two.txt"))} == {
        ("EVFTA", "2019-06-30"),
        ("UKVFTA", "2020-12-29"),
        ("CPTPP", "2018-03-08"),
        ("RCEP", "2020-11-15"),
    }


def test_a_ratification_column_dates_vietnams_ratification_and_a_row_not_yet_signed_gives_nothing():
    text = "\n".join(
        [
            INTRO,
            "",
            "Hiệp định    Ngày ký    Phê chuẩn",
            "CPTPP    8/3/2018    12/11/2018",
            "EVFTA    30/6/2019    8/6/2020",
            "Hiệp định Thương mại tự do Việt Nam – EFTA    chưa ký    chưa phê chuẩn",
            "",
        ]
    )
    doc = extract_text(text, "r.txt")
    ratified = {(e.actors, e.recipients, e.date) for e in doc.events if e.kind is EventKind.AGREEMENT_RATIFY}
    assert ratified == {(("VNM",), ("CPTPP",), "2018-11-12"), (("VNM",), ("EU",), "2020-06-08")}
    assert {a for a, _, _ in _signings(doc)} == {"CPTPP", "EVFTA"}  # the EFTA row: not signed, no event


@pytest.mark.parametrize("N_UNDATED", [3, 1200])
def test_a_long_table_of_header_like_undated_rows_is_read_without_nesting(tmp_path, N_UNDATED):
    # every row "… | Chưa ký kết" looks like a header ("ký kết") and has no date: 1,500 of them once nested
    # one call per row and ended in a RecursionError that lost the document's events
    rows = [HEADER, *[(f"Thỏa thuận số {k}", "Lào", "Chưa ký kết", "") for k in range(N_UNDATED)]]
    rows.append(("EVFTA", "EU", "30/6/2019", "1/8/2020"))
    d = docx.Document()
    d.add_paragraph(INTRO)
    t = d.add_table(rows=0, cols=len(HEADER))
    for r in rows:  # (row by row: python-docx's table.cell(i, j) walks the whole table each time)
        for cell, v in zip(t.add_row().cells, r, strict=True):
            cell.text = v
    d.save(str(tmp_path / "long.docx"))
    doc = extract_file(tmp_path / "long.docx")
    assert ("EVFTA", frozenset({"VNM", "EU"}), "2019-06-30") in _signings(doc)
