"""Option values the command line cannot use are one coded E901 line naming what to give (exit 2),
the same for every command; names are resolved to actor codes; messages read as English."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from doingoai.cli import main
from doingoai.cli_inputs import actor_code, event_kind
from doingoai.cli_io import cited, plural
from doingoai.errors import Code, DoingoaiError

TEXT = (
    "Ngày 22/12/1992, Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao.\n\n"
    "Năm 2022, hai nước nâng cấp quan hệ lên Đối tác chiến lược toàn diện.\n\n"
    "Ngày 5/9/1962, Việt Nam và Lào thiết lập quan hệ ngoại giao.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    d = tmp_path_factory.mktemp("kb")
    (d / "han-quoc.txt").write_text(TEXT, encoding="utf-8")
    path = d / "kb.sqlite"
    out = CliRunner().invoke(main, ["ingest", str(d / "han-quoc.txt"), "--db", str(path)])
    assert out.exit_code == 0, out.output
    return str(path)


def _usage_error(out) -> str:
    assert out.exit_code == 2, out.output
    assert out.stderr.startswith("[E901]"), out.stderr
    return out.stderr


def test_an_unknown_kind_names_the_kinds_and_the_one_meant(db):
    for cmd in (["events"], ["search", "Hàn Quốc"]):
        err = _usage_error(CliRunner().invoke(main, [*cmd, "--kind", "upgrade", "--db", db]))
        assert "did you mean relations.upgrade" in err and "agreement.sign" in err
    fam = CliRunner().invoke(main, ["events", "--kind", "relations", "--db", db])
    assert fam.exit_code == 0 and "relations.establish" in fam.stdout  # a family is a kind filter


def test_an_actor_name_is_resolved_to_its_code(db):
    by_code = CliRunner().invoke(main, ["events", "--actor", "KOR", "--db", db])
    assert by_code.exit_code == 0 and "KOR" in by_code.stdout
    for name in ("Hàn Quốc", "han quoc", "South Korea", "kor"):
        out = CliRunner().invoke(main, ["events", "--actor", name, "--db", db])
        assert out.exit_code == 0 and out.stdout == by_code.stdout, name
    hits = CliRunner().invoke(main, ["search", "quan hệ", "--actor", "Lào", "--db", db])
    assert hits.exit_code == 0 and "Lào" in hits.stdout


def test_an_unknown_actor_says_what_to_give(db):
    err = _usage_error(CliRunner().invoke(main, ["events", "--actor", "Korea xyz", "--db", db]))
    assert "actor code" in err and "Hàn Quốc" in err
    with pytest.raises(DoingoaiError) as exc:
        actor_code("nước nào đó")
    assert exc.value.code is Code.E901_OPTION
    assert actor_code("Liên Xô") == "SUN" and actor_code(" vnm ") == "VNM"
    assert event_kind("Relations.Upgrade") == "relations.upgrade"


def test_years_the_wrong_way_round_are_a_usage_error(db):
    for cmd in (["events"], ["search", "ASEAN"]):
        err = _usage_error(CliRunner().invoke(main, [*cmd, "--since", "2020", "--until", "2010", "--db", db]))
        assert "since (2020) is after until (2010)" in err


def test_an_unknown_encoding_is_said_to_be_unknown(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    for cmd in ("parse", "extract"):
        err = _usage_error(CliRunner().invoke(main, [cmd, str(f), "--encoding", "foo"]))
        assert "unknown encoding 'foo'" in err and "give --encoding" not in err
    assert CliRunner().invoke(main, ["parse", str(f), "--encoding", "utf-8"]).exit_code == 0


def test_ask_without_a_question_asks_for_a_question(db):
    out = CliRunner().invoke(main, ["ask", "--db", db])
    assert out.exit_code == 2 and "give a question" in out.output and "QUERY" not in out.output
    out = CliRunner().invoke(main, ["search", "--db", db])
    assert out.exit_code == 2 and "give a query" in out.output


def test_a_citation_prints_readably():
    c = {
        "doc": "lao.docx",
        "path": "docs/lao.docx",
        "raw": "(Bộ Ngoại giao, 2015, tr. 210)",
        "author": "Bộ Ngoại giao",
        "year": 2015,
        "pages": "210",
        "quote": None,
        "start": 10,
        "end": 40,
    }
    line = cited(c)
    assert line == "Bộ Ngoại giao (2015), p. 210"
    assert "{" not in line and "'" not in line
    assert cited({"raw": "[3]", "author": None, "year": None, "pages": None}) == "[3]"
    assert cited({**c, "quote": "láng giềng tốt"}) == "Bộ Ngoại giao (2015), p. 210: “láng giềng tốt”"


def test_counts_agree_with_their_nouns(tmp_path):
    assert (plural(1, "citation"), plural(0, "event"), plural(2, "page")) == (
        "1 citation",
        "0 events",
        "2 pages",
    )
    f = tmp_path / "one.txt"
    f.write_text("Ngày 5/9/1962, Việt Nam và Lào thiết lập quan hệ ngoại giao.\n", encoding="utf-8")
    out = CliRunner().invoke(main, ["extract", str(f)])
    assert out.exit_code == 0 and out.stdout.startswith("# one.txt: 1 event, 0 citations, 2 mentions")


def test_an_old_word_file_is_told_to_be_saved_as_docx(tmp_path):
    f = tmp_path / "bao-cao.doc"
    f.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 60)
    out = CliRunner().invoke(main, ["extract", str(f)])
    assert out.exit_code == 1 and out.stderr.startswith("[E106]") and "save it as .docx" in out.stderr


def test_a_one_page_pdf_without_text_reads_as_english(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    out = CliRunner().invoke(main, ["parse", str(path)])
    assert out.exit_code == 1 and "[E109]" in out.stderr
    assert "its one page has no text" in out.stderr and "1 page has" not in out.stderr
