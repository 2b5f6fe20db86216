"""bench/_why.py and `bench/event_misses.py --why`: for a trigger that gave no event, the step that ended it.

Each sentence is written so that one known step drops its trigger; the test asserts that step (and the place or
reason it gives), so a tracer that names the wrong step, or none, fails."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
if not (BENCH / "_why.py").is_file():
    pytest.skip("bench/ not in this checkout", allow_module_level=True)
sys.path.insert(0, str(BENCH))

from doingoai.compiled import build  # noqa: E402

if build() == "compiled":  # the tracer reads the pure functions' code objects (line events); C has none
    pytest.skip("bench/_why.py traces the pure build only", allow_module_level=True)

import _why  # noqa: E402

from doingoai.extract import events  # noqa: E402
from doingoai.pipeline import extract_text  # noqa: E402


def _one(text: str, kind: str, word: str, evidence: str | None = None) -> _why.Fate:
    got = [f for f in _why.why_text(text, kind, evidence) if f.word == word]
    assert len(got) == 1, _why.why_text(text, kind, evidence)
    return got[0]


def test_a_negated_statement_is_listed_apart():
    f = _one("Việt Nam chưa ký Hiệp định thương mại tự do với Nhật Bản.", "agreement.sign", "ký")
    assert f.step == "reported_events"
    assert "negated" in f.reason


def test_a_topic_line_ends_in_the_span_step():
    text = "1. Về quá trình tham gia ASEAN\n\nNăm 1995, Việt Nam gia nhập ASEAN."
    f = _one(text, "membership.join", "tham gia", "Về quá trình")
    assert f.step == "events_span"
    assert f.where.startswith("events_span.py:") and "topic" in f.reason


def test_a_sentence_naming_no_party_is_not_placed():
    f = _one("Các đoàn đại biểu đã đến thăm nhiều địa phương.", "visit", "thăm")
    assert f.step == "events (placement)"
    assert f.where.startswith("events.py:") and "unnamed" in f.reason


def test_a_hypothetical_is_not_a_fact():
    f = _one("Nếu Việt Nam gia nhập CPTPP thì kinh tế sẽ tăng trưởng.", "membership.join", "gia nhập")
    assert f.step == "events_span"
    assert f.reason.startswith("not_a_fact:") and "via events_status.py:" in f.where


def test_a_question_asserts_no_act():
    f = _one("Khi nào Việt Nam phê chuẩn Công ước này?", "agreement.ratify", "phê chuẩn")
    assert f.step == "events (placement)"
    assert "question" in f.reason


def test_an_act_asked_of_others_ends_in_the_sides_step():
    text = "Việt Nam vận động các nước thành viên EU sớm phê chuẩn EVIPA."
    f = _one(text, "agreement.ratify", "phê chuẩn")
    assert f.step == "events_sides"
    assert "request" in f.reason


def test_no_one_in_particular_ends_in_the_unstated_step():
    f = _one("Một quốc gia muốn gia nhập WTO phải đáp ứng nhiều điều kiện.", "membership.join", "gia nhập")
    assert f.step == "events_unstated"


def test_a_treaty_joined_is_drafted_as_a_ratification():
    text = "Năm 1994, Việt Nam gia nhập Công ước Liên Hợp Quốc về Luật Biển năm 1982."
    f = _one(text, "membership.join", "gia nhập")
    assert f.step == "drafted: other kind"
    assert "agreement.ratify" in f.reason and "events_kind" in f.reason


def test_a_candidacy_whose_outcome_is_told_is_dropped_after_drafting():
    text = (
        "Việt Nam ứng cử Ủy viên không thường trực Hội đồng Bảo an, và ngày 7/6/2019 "
        "Việt Nam trúng cử Ủy viên không thường trực Hội đồng Bảo an."
    )
    fates = {f.word: f for f in _why.why_text(text, "membership.elect")}
    assert fates["ứng cử"].step == "outcome_told"
    assert fates["trúng cử"].step == "reported"


def test_a_restatement_is_merged_into_the_event_told_first():
    text = "Năm 2007, Việt Nam gia nhập WTO. Việt Nam gia nhập WTO sau 11 năm đàm phán."
    second = _one(text, "membership.join", "gia nhập", "sau 11 năm")
    assert second.step == "merge"
    assert "told first" in second.reason
    first = _one(text, "membership.join", "gia nhập", "Năm 2007")
    assert first.step == "reported"


def test_the_furthest_trigger_names_the_miss():
    fs = _why.why_text(
        "Năm 2007, Việt Nam gia nhập WTO. Việt Nam gia nhập WTO sau 11 năm.", "membership.join"
    )
    assert _why.furthest(fs).step == "reported"
    assert _why.furthest([]) is None


def test_tracing_changes_nothing_and_cleans_up():
    text = (
        "Ngày 12/7/1995, Việt Nam và Hoa Kỳ thiết lập quan hệ ngoại giao. Việt Nam chưa ký hiệp định với Lào."
    )
    before = {n: getattr(events, n) for n in ("resolve_same_time", "outcome_told", "merge")}
    old = sys.gettrace()
    t = _why.trace(_why.prepared(text, text=True), expected=extract_text(text, "<why>").events)
    assert t.reproduced and t.doc.events
    assert sys.gettrace() is old
    assert {n: getattr(events, n) for n in before} == before


def test_reason_at_reads_the_comment_else_the_condition(tmp_path):
    src = tmp_path / "m.py"
    src.write_text(
        "def f(x):\n"
        "    if x > 1:\n"
        "        return None  # too big\n"
        "    if x < 0:\n"
        "        return None\n"
        "    return x\n",
        encoding="utf-8",
    )
    assert _why.reason_at(str(src), 3) == "too big"
    assert _why.reason_at(str(src), 5) == "if x < 0"


def test_event_misses_why_prints_the_step_table(tmp_path, capsys):
    import event_misses

    probe = tmp_path / "probe"
    (probe / "gold").mkdir(parents=True)
    (probe / "za_news.txt").write_text(
        "Tin ngắn\n\nViệt Nam vận động các nước thành viên EU sớm phê chuẩn EVIPA.\n", encoding="utf-8"
    )
    gold = {
        "doc": "za",
        "kind": "agreement.ratify",
        "actors": ["EU"],
        "recipients": [],
        "date": "",
        "status": "occurred",
        "evidence": ["các nước thành viên EU sớm phê chuẩn EVIPA"],
    }
    (probe / "gold" / "events.probe.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    assert event_misses.main(["--probe", str(probe), "--why"]) == 0
    out = capsys.readouterr().out
    assert "'phê chuẩn' (ratify) -> events_sides [events_sides.py:" in out
    table = out.split("'no event' misses by the step")[1]
    assert "events_sides" in table.splitlines()[1]


def test_the_part_of_an_or_filter_that_held_is_named():
    text = "Bộ trưởng nói: “Việt Nam sẽ ký hiệp định với Nhật Bản trong năm nay”."
    f = _one(text, "agreement.sign", "ký")
    assert f.step == "events (placement)"
    assert f.reason.startswith("[quoted is not None and quoted(hs)]")


def test_the_check_a_filter_called_gives_its_own_reason():
    f = _one(
        "Năm 2020, Chính phủ Nhật Bản thông qua hiệp định với Việt Nam.", "agreement.ratify", "thông qua"
    )
    assert f.step == "events (placement)"
    assert f.reason.startswith("not_an_event:") and "parliament" in f.reason
    assert " via events_no_event.py:" in f.where


def test_a_step_giving_up_tells_what_it_had():
    f = _one("Một quốc gia muốn gia nhập WTO phải đáp ứng nhiều điều kiện.", "membership.join", "gia nhập")
    assert "recips=[" in f.state and "WTO" in f.state
