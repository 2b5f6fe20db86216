"""Speed round 25 (branch speed25): ``doingoai.model`` compiled with the extraction modules (setup.py's HOT), so
its records are native classes in the compiled build. Each frozen record pickles and copies through its own
``__reduce__`` (the constructor and its fields, in order); these tests hold in the pure and the compiled build."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import runpy
from pathlib import Path

import pytest

from doingoai.extract import mentions
from doingoai.model import (
    Block,
    BlockType,
    Citation,
    DateExpr,
    Document,
    Event,
    EventKind,
    Mention,
    Sentence,
    Span,
    Status,
)

ROOT = Path(__file__).resolve().parent.parent

_SAMPLES = [
    Span(3, 9),
    Block(BlockType.HEADING, 0, 12, 2, "vi"),
    Block(BlockType.PARAGRAPH, 13, 40),
    Sentence(13, 30, 1),
    Mention(1, 5, "VNM", "country"),
    Mention(7, 10, "WTO", "organisation", "abbreviation"),
    DateExpr(0, 4, "1995", "since"),
    DateExpr(0, 4, "1995-07"),
    Citation(0, 20, "ĐCSVN", 1982, "tr. 123", Span(1, 2)),
    Citation(0, 20, "A", None, None),
    Event(EventKind.VISIT, ("USA",), ("VNM",), "2023-09", Status.OCCURRED, (Span(0, 9),), (("a", 1),)),
    Event(EventKind.AGREEMENT_SIGN, ("VNM", "LAO"), (), "", Status.PLANNED, (Span(0, 9), Span(10, 19))),
]


@pytest.mark.parametrize("rec", _SAMPLES, ids=repr)
def test_reduce_is_the_constructor_with_every_field_in_order(rec) -> None:
    """A field added to a record and left out of its ``__reduce__`` would be lost in a pickle: checked here."""
    cls, args = rec.__reduce__()
    assert cls is type(rec)
    assert args == tuple(getattr(rec, f.name) for f in dataclasses.fields(rec))
    assert cls(*args) == rec


@pytest.mark.parametrize("rec", _SAMPLES, ids=repr)
def test_records_round_trip_through_pickle_and_copy(rec) -> None:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(rec, protocol=proto))
        assert back == rec and type(back) is type(rec) and hash(back) == hash(rec) and repr(back) == repr(rec)
    assert copy.copy(rec) == rec and copy.deepcopy(rec) == rec
    assert dataclasses.asdict(copy.deepcopy(rec)) == dataclasses.asdict(rec)
    assert dataclasses.replace(rec) == rec
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(rec, dataclasses.fields(rec)[0].name, 2)


def test_a_document_with_every_record_round_trips() -> None:
    doc = Document("x", text="abc", blocks=[_SAMPLES[1]], sentences=[_SAMPLES[3]], mentions=_SAMPLES[4:6])
    doc.dates = _SAMPLES[6:8]
    doc.citations = _SAMPLES[8:10]
    doc.events = _SAMPLES[10:12]
    for other in (pickle.loads(pickle.dumps(doc)), copy.deepcopy(doc), copy.copy(doc)):
        assert other == doc and dataclasses.asdict(other) == dataclasses.asdict(doc)


def test_mentions_fast_path_only_on_the_plain_dataclass() -> None:
    """``_mentions`` fills ``object.__new__(Mention)`` only when that is allowed (pure Python); a native
    Mention (compiled model) takes its C constructor. Either way the same mentions."""
    native = Mention.__new__ is not object.__new__
    assert mentions._PLAIN is not native
    rows = [(0, -3, 3, "VNM", "country", "gazetteer"), (5, -9, 9, "WTO", "organisation", "abbreviation")]
    assert mentions._mentions(rows) == [
        Mention(0, 3, "VNM", "country"),
        Mention(5, 9, "WTO", "organisation", "abbreviation"),
    ]


def test_model_is_in_the_compiled_build() -> None:
    hook = runpy.run_path(str(ROOT / "setup.py"), run_name="setup_hook")
    assert "src/doingoai/model.py" in hook["HOT"]
    assert all(Path(ROOT / f).is_file() for f in hook["HOT"])
