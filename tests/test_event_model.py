"""The learned event detector (extract/event_model*.py; docs/decisions.md, "Learned detector")."""

from __future__ import annotations

import importlib.util
import json
import warnings
from pathlib import Path

import pytest

from doingoai.extract import event_model as M
from doingoai.model import EventKind, Status
from doingoai.pipeline import extract_text

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "src" / "doingoai" / "data" / "event_model.json"

# written for this test (no set holds it): a trading partnership told with no verb the rules know
PARTNER = "Hiện nay, Ca-na-đa thuộc nhóm đối tác thương mại lớn nhất của Việt Nam ở châu Mỹ."


@pytest.fixture(scope="module")
def model() -> M.EventModel:
    return M.load()


def _events(text: str, model: M.EventModel | None):
    with M.use(model):
        return extract_text(text).events


def test_features_deterministic_and_names_replaced():
    low = "năm 2019, việt nam và nhật bản ký hiệp định"
    names = [(10, 18, "_vnm_"), (22, 30, "_country_")]
    a = M.sentence_features(low, 0, len(low), names)
    assert a == M.sentence_features(low, 0, len(low), names)
    assert a[:3] == [M.BIAS, "#names2", "#own"]
    assert "_vnm_ và" in a and "và _country_" in a and "ký hiệp" in a
    assert "năm 0" in a  # numbers are one token
    assert "việt" not in a and "nhật" not in a  # names are their type only


def test_shipped_model_records_its_training(model):
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    sets = data["training"]["sets"]
    assert "probe" in sets and "heldout30" in sets
    assert not any(s.startswith("heldout") and s[7:].isdigit() and int(s[7:]) > 30 for s in sets)
    assert len(data["sha256"]) == 64 and data["training"]["documents"] > 100
    assert set(model.kinds) == set(EventKind)


def test_training_sets_list_no_unseen_set():
    lines = [x for x in (ROOT / "tests/data/training_sets.txt").read_text().splitlines() if x and x[0] != "#"]
    names = [Path(x).name for x in lines]
    assert names[0] == "probe" and "heldout30" in names
    assert not any(n.startswith("heldout") and n[7:].isdigit() and int(n[7:]) > 30 for n in names)


def test_model_finds_a_kind_the_rules_miss(model):
    assert not [e for e in _events(PARTNER, None) if e.kind is EventKind.COOPERATE]
    got = [e for e in _events(PARTNER, model) if e.kind is EventKind.COOPERATE]
    assert len(got) == 1
    assert {"CAN", "VNM"} == {*got[0].actors, *got[0].recipients}
    assert got[0].status is not Status.NEGATED


def test_negated_statement_yields_nothing_occurred(model):
    text = PARTNER.replace("thuộc", "không thuộc")
    assert not [e for e in _events(text, model) if e.status in (Status.OCCURRED, Status.ONGOING)]


def test_hypothetical_statement_yields_nothing(model):
    text = "Nếu Ca-na-đa thuộc nhóm đối tác thương mại lớn nhất của Việt Nam ở châu Mỹ, kim ngạch sẽ tăng."
    assert not [e for e in _events(text, model) if e.status is Status.OCCURRED]


def test_candidates_skip_sentences_without_a_party(model):
    from doingoai.extract import event_model_train as T  # noqa: F401  (imports; no training here)

    with M.use(model), M.recording() as rec:
        extract_text("Hiện nay, kim ngạch tăng mạnh. " + PARTNER)
    cands = rec[0][1]
    assert len(cands) == 1 and cands[0].names[0][2] == ("CAN",)


def test_user_model_path_loads_like_the_shipped_one(tmp_path, monkeypatch):
    copy = tmp_path / "mine.json"
    copy.write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv(M.ENV, str(copy))
    M.reset()
    try:
        got = M.active()
        assert got is not None and got.data["sha256"] == M.load().data["sha256"]
    finally:
        M.reset()


@pytest.mark.parametrize(
    "content", [None, "{not json", '{"format": "something else"}', '{"format": "doingoai-event-model/1"}']
)
def test_missing_or_corrupt_model_warns_once_and_uses_rules(tmp_path, monkeypatch, content):
    path = tmp_path / "model.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setenv(M.ENV, str(path))
    M.reset()
    try:
        with pytest.warns(M.EventModelWarning, match=r"\[E202\]"):
            events = extract_text(PARTNER).events
        assert events == _events(PARTNER, None)  # the rules alone
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            extract_text(PARTNER)  # once per process and path
    finally:
        M.reset()


def test_load_raises_coded_error(tmp_path):
    from doingoai.errors import Code, DoingoaiError

    with pytest.raises(DoingoaiError) as err:
        M.load(tmp_path / "absent.json")
    assert err.value.code is Code.E202_EVENT_MODEL


def test_off_switch(monkeypatch):
    monkeypatch.setenv(M.ENV, "off")
    assert M.active() is None


@pytest.mark.slow
def test_training_reproduces_the_shipped_file():
    spec = importlib.util.spec_from_file_location(
        "train_event_model", ROOT / "scripts" / "train_event_model.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.build(ROOT / "tests" / "data" / "training_sets.txt") == SHIPPED.read_text(encoding="utf-8")
