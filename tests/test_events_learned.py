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
    # session 21's model: trained on every set not held back (heldout2-281, 302-303), none of the held-back
    # groups (tests/data/held_back.txt: heldout282-301)
    assert "heldout281" in model.trained_on and "heldout303" in model.trained_on
    held = (Path(__file__).parent / "data" / "held_back.txt").read_text(encoding="utf-8").split()
    assert not set(model.trained_on) & {n for n in held if n.startswith("heldout")}


# a sentence whose trigger the rules placed and let go for want of parties ("ủng hộ" with its beneficiary in a
# purpose clause), after one they read
_SUPPORT = (
    "Việt Nam và Cam-pu-chia là láng giềng. Tại cuộc gặp, Thứ trưởng khẳng định Việt Nam ủng hộ ở mức cao nhất để "
    "Cam-pu-chia tổ chức thành công SEA Games năm 2023."
)


def test_the_model_reads_a_trigger_the_rules_let_go(monkeypatch):
    expected = ("support", ("VNM",), ("KHM",), "2023", Status.OCCURRED)
    assert expected in _events(_SUPPORT)
    monkeypatch.setenv(learned.MODEL_ENV, "none")  # (the rules alone read nothing there)
    assert expected not in _events(_SUPPORT)


def test_a_request_is_planned():
    text = (
        "Việt Nam và Ô-xtrây-li-a là đối tác chiến lược. Đề nghị Cảnh sát Liên bang Ô-xtrây-li-a hỗ trợ đào tạo "
        "tiếng Anh cho cán bộ công an của tỉnh."
    )
    assert ("aid", ("AUS",), ("VNM",), "", Status.PLANNED) in _events(text)


def test_only_the_sentences_let_go_and_only_in_a_text_on_foreign_affairs(monkeypatch):
    from doingoai.extract.events_context import Context

    monkeypatch.setenv(learned.MODEL_ENV, "none")
    text = _SUPPORT.replace("Việt Nam", "Thái Lan")  # (Vietnam never named)
    doc = extract_text(text)
    low, ctx = doc.text.lower(), Context(doc)
    monkeypatch.delenv(learned.MODEL_ENV)
    second = {doc.sentences[1].start}
    assert learned.learned_drafts(doc, low, ctx, [], False, set()) == []  # (no trigger let go)
    assert (
        learned.learned_drafts(doc, low, ctx, [], False, second) == []
    )  # (no event of the rules', no Vietnam)
    ruled = learned.Draft(K.RELATIONS, ("THA", "KHM"), (), "", Status.ONGOING, (0, doc.sentences[0].end))
    got = learned.learned_drafts(doc, low, ctx, [ruled], False, second)
    assert [(d.kind, d.actors, d.recipients) for d in got] == [(K.SUPPORT, ("THA",), ("KHM",))]


# the whole pipeline (the rules decline these before the learned reading is asked; its own guards are tested above)
@pytest.mark.parametrize(
    "text",
    [
        # negated, asked, a firm's act, someone the gazetteer lacks acting
        "Tại cuộc gặp, Thứ trưởng khẳng định Việt Nam chưa ủng hộ để Cam-pu-chia tổ chức SEA Games năm 2023.",
        "Tại cuộc gặp, Thứ trưởng có khẳng định Việt Nam ủng hộ để Cam-pu-chia tổ chức SEA Games năm 2023 không?",
        "Năm 2021, doanh nghiệp Việt Nam đầu tư 2 tỷ USD vào Lào.",
        "Năm 2020, Hết-xbô-la ký thỏa thuận với Mỹ.",
    ],
)
def test_no_reading_of_what_is_not_a_states_act_told(text):
    first = {(e.kind, e.actors, e.recipients) for e in extract_text(_OPENING).events}
    told = extract_text(_OPENING + text).events
    assert [
        e for e in told if e.status is not Status.NEGATED and (e.kind, e.actors, e.recipients) not in first
    ] == []


def _read_second(text: str, monkeypatch) -> list[tuple]:
    """What the learned reading makes of a text's second sentence when it is given as let go, after a first
    sentence the rules read (its guards alone decide; the rules' own declines are bypassed)."""
    from doingoai.extract.events_context import Context

    monkeypatch.setenv(learned.MODEL_ENV, "none")
    doc = extract_text(text)
    monkeypatch.delenv(learned.MODEL_ENV)
    low, ctx = doc.text.lower(), Context(doc)
    ruled = learned.Draft(K.RELATIONS, ("VNM", "KHM"), (), "", Status.ONGOING, (0, doc.sentences[0].end))
    got = learned.learned_drafts(doc, low, ctx, [ruled], True, {doc.sentences[1].start})
    return [(d.kind, d.actors, d.recipients, d.status) for d in got]


# each guard alone turns the reading off here (checked: with the guards off, each of these is read as the support)
@pytest.mark.parametrize(
    "variant",
    [
        lambda t: t.rstrip(".") + ", không chỉ vì tình láng giềng.",  # a negation word: not asserted as told
        lambda t: t.replace(
            "Thứ trưởng khẳng định Việt Nam", "doanh nghiệp Việt Nam"
        ),  # a private group's act
        lambda t: t.replace("Tại cuộc gặp", "Nếu được mời, tại cuộc gặp"),  # hypothetical
    ],
    ids=["negation", "private", "hypothetical"],
)
def test_the_guards_of_the_learned_reading(monkeypatch, variant):
    assert _read_second(_SUPPORT, monkeypatch) == [(K.SUPPORT, ("VNM",), ("KHM",), Status.OCCURRED)]
    assert _read_second(variant(_SUPPORT), monkeypatch) == []


_OPENING = "Năm 2023, Việt Nam và Bờ Biển Ngà ký Bản ghi nhớ hợp tác nông nghiệp. "


# what the rules decline and the model still reads (the rules' tests pin them with the model off:
# @pytest.mark.rules_alone); strict, so that a model that stops reading them is noticed
@pytest.mark.xfail(strict=True, reason="a known error of the learned reading (docs/decisions.md, session 13)")
@pytest.mark.parametrize(
    "text",
    [
        "Năm 2019, Tỉnh ủy tổ chức đoàn công tác đi thăm các gia đình chính sách trong tỉnh, trong đó có gia "
        "đình liệt sĩ hy sinh tại Lào.",
    ],
)
def test_known_errors(text):
    _nothing_added(text)


def test_a_hope_is_no_aid():
    # a known error of sessions 13-20's model; session 21's, trained on heldout2-281, no longer reads it
    _nothing_added("Lào hy vọng Việt Nam tiếp tục viện trợ xây dựng trường học.")


def _nothing_added(text):
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


def test_a_rewritten_model_file_is_read_again_and_a_bad_one_is_a_coded_error(monkeypatch, tmp_path):
    model = learned.load_model()
    assert model is not None
    own = tmp_path / "own.json"
    data = model.to_json()
    own.write_text(json.dumps(data), encoding="utf-8")
    assert learned.load_model(own).threshold == model.threshold
    data["threshold"] = 0.9
    own.write_text(json.dumps(data), encoding="utf-8")
    os.utime(
        own, ns=(1, 2_000_000_000_000_000_000)
    )  # (a later modification time, whatever the clock's grain)
    assert learned.load_model(own).threshold == 0.9
    for broken in ({**data, "threshold": 1.0}, {**data, "read": ["dancing"]}, {**data, "format": 2}):
        own.write_text(json.dumps(broken), encoding="utf-8")
        os.utime(own, ns=(1, 3_000_000_000_000_000_000 + len(str(broken))))
        with pytest.raises(DoingoaiError) as err:
            learned.load_model(own)
        assert err.value.code is Code.E202_EVENTS_MODEL


def test_a_model_file_of_ones_own_is_read(monkeypatch, tmp_path):
    model = learned.load_model()
    assert model is not None
    own = tmp_path / "own.json"
    data = model.to_json()
    data["read"] = []  # reads no kind: the rules alone
    own.write_text(json.dumps(data), encoding="utf-8")
    expected = ("support", ("VNM",), ("KHM",), "2023", Status.OCCURRED)
    assert expected in _events(_SUPPORT)
    monkeypatch.setenv(learned.MODEL_ENV, str(own))
    assert expected not in _events(_SUPPORT)


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
    assert learned.MODEL_ENV not in os.environ  # (it reads the sets with the rules alone, then puts back the
    # environment as it was: conftest unsets the variable for this test)
