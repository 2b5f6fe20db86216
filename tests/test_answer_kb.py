"""`ask` end to end: documents ingested into a real SQLite knowledge base, answers with evidence."""

from __future__ import annotations

import json

import pytest

import doingoai
from doingoai.errors import DoingoaiError


@pytest.fixture(scope="module")
def sample_kb(tmp_path_factory, samples):
    path = tmp_path_factory.mktemp("kb") / "samples.sqlite"
    with doingoai.open(path) as kb:
        report = kb.ingest([samples])
        assert not report.errors
    kb = doingoai.open(path)
    yield kb
    kb.close()


@pytest.mark.parametrize(
    "question, expected, doc",
    [
        ("Việt Nam gia nhập ASEAN năm nào?", "1995", "tap-chi-viet-nam-hoi-nhap-khu-vuc.txt"),
        ("When did Vietnam join the WTO?", "2007", None),
        (
            "Khi nào Việt Nam và Hoa Kỳ bình thường hóa quan hệ?",
            "1995",
            "tap-chi-viet-nam-hoi-nhap-khu-vuc.txt",
        ),
        (
            "Việt Nam và Nhật Bản nâng cấp quan hệ lên Đối tác chiến lược toàn diện khi nào?",
            "11/2023",
            "bao-cao-doi-ngoai-2023.txt",
        ),
        ("Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào được ký năm nào?", "1977", None),
    ],
)
def test_factoid_answers_with_evidence(sample_kb, question, expected, doc):
    ans = sample_kb.ask(question).to_dict()
    assert expected in ans["answer"]
    ev = ans["evidence"]
    assert ev and (doc is None or ev["doc"] == doc)
    stored = sample_kb.document(ev["doc"])
    assert stored["text"][ev["start"] : ev["end"]] == ev["text"]  # offsets point at the sentence


def test_answer_carries_the_citation_of_its_sentence(sample_kb):
    ans = sample_kb.ask("Việt Nam và Trung Quốc bình thường hóa quan hệ khi nào?").to_dict()
    assert "1991" in ans["answer"]
    assert (
        ans["citation"] and ans["citation"]["author"] == "Bộ Ngoại giao" and ans["citation"]["year"] == 2015
    )


@pytest.mark.parametrize(
    "question",
    [
        "Việt Nam gia nhập NATO năm nào?",  # the text says Vietnam has not joined: never invent
        "Việt Nam gia nhập Liên minh châu Phi năm nào?",
        "Ai là tổng thống Pháp?",
    ],
)
def test_unsupported_questions_get_no_answer(sample_kb, question):
    ans = sample_kb.ask(question).to_dict()
    assert ans["answer"] is None and ans["evidence"] is None


def test_bad_questions_are_coded_errors(sample_kb):
    with pytest.raises(DoingoaiError) as err:
        sample_kb.ask("   ")
    assert err.value.code.value == "E401"
    with pytest.raises(DoingoaiError):
        sample_kb.ask("x" * 10_001)


def test_gold_questions_on_the_seeds(tmp_path, shared, gold):
    questions = gold("questions.seeds.jsonl")
    with doingoai.open(tmp_path / "seeds.sqlite") as kb:
        kb.ingest([shared / "seeds"])
        right = 0
        for g in questions:
            ans = kb.ask(g["q"]).to_dict()
            blob = (ans["answer"] or "") + " " + (ans["evidence"] or {}).get("text", "")
            ok = (
                all(a in blob for a in g["answers"]) if g.get("all") else any(a in blob for a in g["answers"])
            )
            right += ok
    assert right >= 11, f"{right}/{len(questions)}"


def test_cli_ask_batch_json_lines(tmp_path, sample_kb):
    from click.testing import CliRunner

    from doingoai.cli import main

    db = sample_kb.db.target
    batch = tmp_path / "q.txt"
    batch.write_text(
        "Việt Nam gia nhập ASEAN năm nào?\n\nViệt Nam gia nhập NATO năm nào?\n", encoding="utf-8"
    )
    out = CliRunner().invoke(main, ["ask", "--batch", str(batch), "--db", str(db)])
    assert out.exit_code == 0, out.output
    lines = [json.loads(x) for x in out.output.splitlines()]
    assert len(lines) == 2 and "1995" in lines[0]["answer"] and lines[1]["answer"] is None


def test_ask_on_both_backends(kb_target, samples):
    """The same answer, evidence and citation from SQLite and PostgreSQL."""
    with doingoai.open(kb_target) as kb:
        kb.ingest([samples / "tap-chi-viet-nam-hoi-nhap-khu-vuc.txt"])
        ans = kb.ask("Việt Nam và Trung Quốc bình thường hóa quan hệ khi nào?").to_dict()
        assert "11/1991" in ans["answer"]
        assert ans["citation"]["author"] == "Bộ Ngoại giao"
        section = kb.ask("Việt Nam hội nhập quốc tế có ý nghĩa gì?").to_dict()
        assert section["evidence"] is not None
