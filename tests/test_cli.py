"""The `doingoai` command through click's runner: exit codes, JSON shapes, coded errors."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from doingoai.cli import main


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def test_parse_one_file_prints_indented_json(runner, samples):
    out = runner.invoke(main, ["parse", str(samples / "bao-cao-doi-ngoai-2023.txt"), "--json"])
    assert out.exit_code == 0, out.output
    d = json.loads(out.output)
    assert d["title"].startswith("KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2023")
    assert any(b["type"] == "source" for b in d["blocks"])


def test_many_files_give_one_json_line_each(runner, samples):
    out = runner.invoke(main, ["extract", str(samples), "--json"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert len(rows) == 5 and all("events" in r and "negated" in r for r in rows)


def test_plover_and_csl(runner, samples):
    path = str(samples / "tap-chi-viet-nam-hoi-nhap-khu-vuc.txt")
    out = runner.invoke(main, ["extract", path, "--format", "plover"])
    recs = [json.loads(line) for line in out.output.splitlines()]
    assert out.exit_code == 0 and recs and all(r["event_type"] and r["text"] for r in recs)
    assert not any(r["status"] == "negated" for r in recs)  # "chưa gia nhập NATO" is no event
    csl = json.loads(runner.invoke(main, ["extract", path, "--format", "csl"]).output)
    assert any(item["author"] for item in csl)


def test_read_commands_refuse_a_missing_knowledge_base(runner, tmp_path):
    missing = tmp_path / "typo.sqlite"
    for args in (["events"], ["search", "ASEAN"], ["ask", "Việt Nam gia nhập ASEAN năm nào?"]):
        out = runner.invoke(main, [*args, "--db", str(missing)])
        assert out.exit_code == 1 and "[E301]" in out.output
    assert not missing.exists()


def test_missing_batch_file_is_a_coded_error(runner, tmp_path, samples):
    db = tmp_path / "kb.sqlite"
    assert (
        runner.invoke(
            main, ["ingest", str(samples / "bao-cao-doi-ngoai-2023.txt"), "--db", str(db)]
        ).exit_code
        == 0
    )
    out = runner.invoke(main, ["search", "--batch", str(tmp_path / "none.txt"), "--db", str(db)])
    assert out.exit_code == 1 and "[E101]" in out.output
    bad = runner.invoke(main, ["search", "ASEAN", "--limit", "0", "--db", str(db)])
    assert bad.exit_code == 2 and "[E901]" in bad.output


def test_ingest_of_nothing_that_exists_creates_no_knowledge_base(tmp_path):
    db = tmp_path / "kb.sqlite"
    res = CliRunner().invoke(main, ["ingest", str(tmp_path / "nope"), "--db", str(db)])
    assert res.exit_code == 1
    assert "[E101]" in res.output and "nope" in res.output
    assert not db.exists()


def test_python_dash_m_runs_the_command_line(tmp_path):
    """``python -m doingoai`` is the ``doingoai`` script: same output, same exit codes."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    doc = tmp_path / "lao.txt"
    doc.write_text("Ngày 5/9/1962, Việt Nam và Lào thiết lập quan hệ ngoại giao.\n", encoding="utf-8")
    ok = subprocess.run(
        [sys.executable, "-m", "doingoai", "parse", str(doc)], capture_output=True, text=True, env=env
    )
    assert ok.returncode == 0 and ok.stdout.startswith("# lao.txt")
    bad = subprocess.run(
        [sys.executable, "-m", "doingoai", "parse", str(tmp_path / "none.txt")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert bad.returncode == 1 and "[E101]" in bad.stderr
    usage = subprocess.run(
        [sys.executable, "-m", "doingoai", "--help"], capture_output=True, text=True, env=env
    )
    assert usage.returncode == 0 and "Usage: doingoai" in usage.stdout
