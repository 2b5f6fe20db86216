"""bench/pooled_events.py: a document the pipeline fails on is told and its gold events counted as missed, not
silently left out of the pooled totals (a broken rule once shrank a group's gold without a word)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
if not (BENCH / "pooled_events.py").is_file():
    pytest.skip("bench/ not in this checkout", allow_module_level=True)
sys.path.insert(0, str(BENCH))

import pooled_events  # noqa: E402
import probe_generalisation  # noqa: E402


def _set(root: Path) -> Path:
    probe = root / "heldoutT"
    (probe / "gold").mkdir(parents=True)
    (probe / "ta_word.txt").write_text("Năm 1995, Việt Nam gia nhập ASEAN.\n", encoding="utf-8")
    gold = {
        "doc": "ta",
        "kind": "membership.join",
        "actors": ["VNM"],
        "recipients": ["ASEAN"],
        "date": "1995",
    }
    gold |= {"status": "occurred", "evidence": ["Việt Nam gia nhập ASEAN"]}
    (probe / "gold" / "events.probe.jsonl").write_text(
        json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (probe / "gold" / "structure.ta.json").write_text(json.dumps({"blocks": []}), encoding="utf-8")
    (probe / "gold" / "citations.ta.json").write_text(json.dumps({"citations": []}), encoding="utf-8")
    return probe


def test_a_failed_document_counts_its_gold_as_missed(tmp_path, monkeypatch, capsys):
    probe = _set(tmp_path)

    def broken(path):
        raise RuntimeError("a rule broke")

    monkeypatch.setattr("doingoai.pipeline.extract_file", broken)
    monkeypatch.setenv("DOINGOAI_EVENTS_MODEL", "none")  # (score_set sets it: restored after the test)
    _, totals, _ = pooled_events.score_set((str(probe), False, "none"))
    assert (totals["failed"], totals["fn"], totals["tp"]) == (1, 1, 0)
    assert "ta_word.txt: FAILED RuntimeError: a rule broke" in capsys.readouterr().err
    assert pooled_events.line("POOLED", totals, (0, 0)).endswith("FAILED 1 documents")


def test_a_document_read_is_scored(tmp_path):
    totals = probe_generalisation.run_documents(_set(tmp_path), False)
    assert (totals["failed"], totals["tp"], totals["fn"]) == (0, 1, 0)
    assert "FAILED" not in pooled_events.line("POOLED", totals, (0, 0))
