"""The learned reading of sentences the rules leave without an event (extract/events_learned.py): the shipped
model, its file format and errors, what it reads and what it must leave alone, and the training script."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from doingoai.errors import Code, DoingoaiError
from doingoai.extract import events_learned as learned
from doingoai.model import EventKind, Status
from doingoai.pipeline import extract_text

K = EventKind
ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def _events(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str, Status]]:
    return [(e.kind.value, e.actors, e.recipients, e.date, e.status) for e in extract_text(text).events]


def test_the_bundled_model_loads_and_names_what_it_reads():
    model = learned.load_model()
    assert model is not None
    assert 0 < model.threshold < 1
    assert model.read <= set(model.kinds.classes) and "visit" in model.read
    assert set(model.roles.classes) == {"A", "N", "R"} and set(model.vietnam.classes) == {"A", "N", "R"}
    assert "heldout85" in model.trained_on and "heldout86" not in model.trained_on  # (86 on: unseen sets)


# a second sentence the rules read nothing in (no trigger of theirs, or none they could give parties to), after
# one they read (a text on other subjects, with no event of the rules' and no Vietnam named, is not read)
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2023, Việt Nam và Bờ Biển Ngà ký Bản ghi nhớ hợp tác nông nghiệp. Tháng 3/2024, đoàn công tác "
            "của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã sang Bờ Biển Ngà và Xê-nê-gan khảo sát thị trường điều.",
            ("visit", ("VNM",), ("CIV", "SEN"), "2024-03", Status.OCCURRED),
        ),
        (
            "Hàn Quốc là đối tác đầu tư lớn nhất của Việt Nam. Các nhà đầu tư Hàn Quốc tiếp tục mở rộng nhà máy "
            "điện tử tại khu công nghiệp Yên Phong.",
            ("cooperate", ("KOR",), ("VNM",), "", Status.ONGOING),
        ),
    ],
)
def test_the_model_reads_what_the_rules_leave(monkeypatch, text, expected):
    assert expected in _events(text)
    monkeypatch.setenv(learned.MODEL_ENV, "none")  # (the rules alone read nothing there)
    assert expected not in _events(text)


_OPENING = "Năm 2023, Việt Nam và Bờ Biển Ngà ký Bản ghi nhớ hợp tác nông nghiệp. "


def test_a_request_is_planned():
    text = "Tỉnh đề nghị đoàn công tác sớm sang Bờ Biển Ngà và Xê-nê-gan khảo sát thị trường điều."
    visits = [e for e in extract_text(_OPENING + text).events if e.kind is K.VISIT]
    assert [(e.actors, e.recipients, e.status) for e in visits] == [
        (("VNM",), ("CIV", "SEN"), Status.PLANNED)
    ]


def test_a_text_on_other_things_is_read_by_the_rules_alone():
    text = (
        "Tháng 3/2024, đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh dẫn đầu đã sang Bờ Biển Ngà và "
        "Xê-nê-gan khảo sát thị trường điều."
    )
    assert _events(text) == []  # (no event of the rules', Vietnam not named: Wikipedia on other subjects)
    assert ("visit", ("VNM",), ("CIV", "SEN"), "2024-03", Status.OCCURRED) in _events(_OPENING + text)


@pytest.mark.parametrize(
    "text",
    [
        # negated, asked, a firm's act, someone the gazetteer lacks acting
        "Tháng 3/2024, đoàn công tác của tỉnh chưa sang Bờ Biển Ngà và Xê-nê-gan khảo sát thị trường điều.",
        "Đoàn công tác của tỉnh có sang Bờ Biển Ngà và Xê-nê-gan khảo sát thị trường điều không?",
        "Năm 2021, doanh nghiệp Việt Nam đầu tư 2 tỷ USD vào Lào.",
        "Năm 2020, Ta-li-ban ký thỏa thuận với Mỹ.",
    ],
)
def test_no_reading_of_what_is_not_a_states_act_told(text):
    first = {(e.kind, e.actors, e.recipients) for e in extract_text(_OPENING).events}
    told = extract_text(_OPENING + text).events
    assert [
        e for e in told if e.status is not Status.NEGATED and (e.kind, e.actors, e.recipients) not in first
    ] == []


# what the rules decline and the model still reads (the rules' tests pin them with the model off:
# @pytest.mark.rules_alone); strict, so that a model that stops reading them is noticed
@pytest.mark.xfail(strict=True, reason="a known error of the learned reading (docs/decisions.md, session 13)")
@pytest.mark.parametrize(
    "text",
    [
        "Năm 2019, Lào cử 20 cán bộ kỹ thuật sang Việt Nam để đào tạo nâng cao.",
        "Lào hy vọng Việt Nam tiếp tục viện trợ xây dựng trường học.",
        "Năm 2019, Tỉnh ủy tổ chức đoàn công tác đi thăm các gia đình chính sách trong tỉnh, trong đó có gia "
        "đình liệt sĩ hy sinh tại Lào.",
        "Tháng 11/2024, tỉnh tổ chức đoàn khách du lịch sang Lào.",
    ],
)
def test_known_errors(text):
    opening = "Việt Nam và Lào có quan hệ đặc biệt. "  # (the rules read its relation)
    first = extract_text(opening).events
    told = extract_text(opening + text).events
    assert [e for e in told if e.status in (Status.OCCURRED, Status.ONGOING)] == first


def test_none_turns_it_off_and_a_bad_file_is_a_coded_error(monkeypatch, tmp_path):
    monkeypatch.setenv(learned.MODEL_ENV, "none")
    assert learned.load_model() is None
    bad = tmp_path / "model.json"
    bad.write_text('{"kinds": 1}', encoding="utf-8")
    with pytest.raises(DoingoaiError) as err:
        learned.load_model(bad)
    assert err.value.code is Code.E202_EVENTS_MODEL and str(bad) in err.value.one_line()
    monkeypatch.setenv(learned.MODEL_ENV, str(tmp_path / "missing.json"))
    with pytest.raises(DoingoaiError) as err:
        extract_text("Năm 2023, Việt Nam ký hiệp định với Lào.")
    assert err.value.code is Code.E202_EVENTS_MODEL


def test_a_model_file_of_ones_own_is_read(monkeypatch, tmp_path):
    model = learned.load_model()
    assert model is not None
    own = tmp_path / "own.json"
    data = model.to_json()
    data["read"] = []  # reads no kind: the rules alone
    own.write_text(json.dumps(data), encoding="utf-8")
    text = (
        "Hàn Quốc là đối tác đầu tư lớn nhất của Việt Nam. Các nhà đầu tư Hàn Quốc tiếp tục mở rộng nhà máy "
        "điện tử tại khu công nghiệp Yên Phong."
    )
    assert len(_events(text)) == 2
    monkeypatch.setenv(learned.MODEL_ENV, str(own))
    assert len(_events(text)) == 1


def test_tokens_replace_names_and_dates():
    doc = extract_text("Tháng 3/2024, Nhật Bản viện trợ cho Việt Nam 5 triệu USD.")
    s = doc.sentences[0]
    low = doc.text.lower()
    tokens = learned.sentence_tokens(low, s.start, s.end, doc.mentions, doc.dates)
    assert tokens.words[:6] == ["<date>", "<country>", "viện", "trợ", "cho", "<vnm>"]
    assert [p.code for p in tokens.parties] == ["JPN", "VNM"]
    assert all(
        low.startswith(w, o)
        for w, o in zip(tokens.words, tokens.offsets, strict=True)
        if not w.startswith("<")
    )
    assert "b:viện_trợ" in learned.sentence_features(tokens.words)


def test_training_writes_a_model_the_stage_reads(tmp_path):
    pytest.importorskip("sklearn")
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "train_events_model", ROOT / "scripts" / "train_events_model.py"
    )
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    out = tmp_path / "m.json"
    assert train.main(["--out", str(out), str(DATA / "heldout61"), str(DATA / "heldout62")]) == 0
    model = learned.load_model(out)
    assert model is not None and model.trained_on == ("heldout61", "heldout62")
    assert model.kinds.weights and model.roles.weights
    assert "agreement.sign" in model.kinds.classes
    assert learned.MODEL_ENV not in os.environ  # (it reads the sets with the rules alone, then puts it back)
