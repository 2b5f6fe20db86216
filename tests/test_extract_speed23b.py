"""Speed round 23 (branch speed23): the model's records with ``__slots__``, the extraction modules' constants
``Final``, and the school-book "i" spelling found from its closing vowel. Each is checked against what it replaced."""

from __future__ import annotations

import ast
import copy
import dataclasses
import pickle
import random
from pathlib import Path

import pytest

from doingoai.extract import mentions, textscan
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
from doingoai.pipeline import extract_text

_RECORDS = (Span, Block, Sentence, Mention, DateExpr, Citation, Event, Document)
_NATIVE = Mention.__new__ is not object.__new__  # doingoai.model compiled (speed round 25)
_ARGS: dict[type, tuple] = {
    Span: (0, 1),
    Block: (BlockType.PARAGRAPH, 0, 3),
    Sentence: (0, 4, 0),
    Mention: (1, 5, "VNM", "country"),
    DateExpr: (0, 4, "1995"),
    Citation: (0, 9, "A", 2010, "12"),
    Event: (EventKind.VISIT, ("USA",), ("VNM",), "", Status.OCCURRED, (Span(0, 9),)),
    Document: ("x",),
}
_EXTRACT = Path(mentions.__file__).parent

_TEXT = (
    "Ngày 10/9/2023, Tổng thống Hoa Kỳ Joe Biden thăm cấp Nhà nước Việt Nam. Hai nước nâng quan hệ lên Đối tác "
    "Chiến lược Toàn diện. Việt Nam gia nhập Tổ chức Thương mại Thế giới (WTO) năm 2007 (Nguyễn Văn A, 2010, tr. 12)."
)


# --- the records: __slots__, and everything a caller could see of them the same ---


@pytest.mark.parametrize("cls", _RECORDS)
def test_records_have_slots_and_no_dict(cls: type) -> None:
    if (
        _NATIVE
    ):  # the compiled build's native classes (speed round 25): fields in a C struct, no __dict__ either
        assert not hasattr(cls(*_ARGS[cls]), "__dict__")
        return
    assert "__slots__" in cls.__dict__
    assert tuple(f.name for f in dataclasses.fields(cls)) == cls.__slots__


def test_a_document_round_trips_through_pickle_copy_and_asdict() -> None:
    doc = extract_text(_TEXT)
    assert doc.mentions and doc.events and doc.sentences and doc.dates
    for other in (pickle.loads(pickle.dumps(doc)), copy.deepcopy(doc), copy.copy(doc)):
        assert other == doc
        assert dataclasses.asdict(other) == dataclasses.asdict(doc)
        assert [hash(m) for m in other.mentions] == [hash(m) for m in doc.mentions]
        assert [hash(e) for e in other.events] == [hash(e) for e in doc.events]


def test_records_stay_frozen_hashable_and_print_the_same() -> None:
    m = Mention(1, 5, "VNM", "country")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 2  # type: ignore[misc]
    assert {m, Mention(1, 5, "VNM", "country")} == {m}
    assert repr(m) == "Mention(start=1, end=5, code='VNM', kind='country', via='gazetteer')"
    e = Event(EventKind.VISIT, ("USA",), ("VNM",), "2023-09", Status.OCCURRED, (Span(0, 9),), (("a", 1),))
    assert e.attr("a") == 1 and e.plover == EventKind.VISIT.plover
    assert dataclasses.replace(e, date="2023") == Event(
        EventKind.VISIT, ("USA",), ("VNM",), "2023", Status.OCCURRED, (Span(0, 9),), (("a", 1),)
    )
    assert Block(BlockType.PARAGRAPH, 0, 3) == Block(BlockType.PARAGRAPH, 0, 3, None, None)


def test_mentions_rows_make_the_same_mentions_as_the_constructor() -> None:
    rows = [(0, -3, 3, "VNM", "country", "gazetteer"), (5, -9, 9, "WTO", "organisation", "abbreviation")]
    assert (
        mentions._PLAIN is not _NATIVE
    )  # (the fast path is the one taken; compiled, the native constructor)
    made = mentions._mentions(rows)
    assert made == [
        Mention(0, 3, "VNM", "country", "gazetteer"),
        Mention(5, 9, "WTO", "organisation", "abbreviation"),
    ]
    assert all(type(m) is Mention for m in made)


def test_structure_records_are_the_constructor_s() -> None:
    from doingoai.structure import _records

    fields = [{"start": 0, "end": 4, "block": 0}, {"start": 5, "end": 9, "block": 1}]
    assert _records(Sentence, fields) == [Sentence(0, 4, 0), Sentence(5, 9, 1)]


# --- Final: a name marked Final at module level is bound once (what lets mypyc keep it in a C static) ---


def test_final_constants_are_bound_once() -> None:
    for path in sorted(_EXTRACT.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        finals = {
            n.target.id
            for n in tree.body
            if isinstance(n, ast.AnnAssign)
            and isinstance(n.target, ast.Name)
            and "Final" in ast.unparse(n.annotation)
        }
        bound: dict[str, int] = {}
        for node in ast.walk(tree):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
                targets = [node.target]
            elif isinstance(node, (ast.Global, ast.Nonlocal)):
                for name in node.names:
                    assert name not in finals, (path.name, name)
            for t in targets:
                for n in ast.walk(t):
                    if isinstance(n, ast.Name) and n.id in finals:
                        bound[n.id] = bound.get(n.id, 0) + 1
        assert all(v == 1 for v in bound.values()), (path.name, {k: v for k, v in bound.items() if v > 1})


# --- the school-book "i": found from the closing vowel, the same text as the regex substitution ---


def test_y_spelling_is_the_substitution_on_random_strings() -> None:
    rng = random.Random(2323)
    letters = "kltmqu iíìỉĩịyý-_aK1.?\nĐ"
    changed = 0
    for _ in range(30000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
        got = textscan._y_spelling(text)
        assert got == textscan._y_spelling_rx(text), text
        changed += got != text
    assert changed > 100  # (the strings do hold the spellings)


def test_y_spelling_on_words() -> None:
    for text in (
        "kí hiệp định, thế kỉ, lí do, mĩ, tỉ lệ, qui định, quí, quị, Hoa kì",
        "ski, kí-ép, ?ị, uị, qụi, _kí, -lí, 1mĩ, kíx, quí_, tỉ-",
        "",
        "không có gì",
    ):
        assert textscan._y_spelling(text) == textscan._y_spelling_rx(text), text
    assert textscan._y_spelling("kí kết, thế kỉ, qui") == "ký kết, thế kỷ, quy"
    assert textscan._y_spelling("?ị ski") == "?ị ski"


def test_y_spelling_on_the_samples() -> None:
    root = Path(__file__).resolve().parent.parent / "samples"
    for path in sorted(root.glob("*.txt")):
        low = path.read_text(encoding="utf-8").lower()
        assert textscan._y_spelling(low) == textscan._y_spelling_rx(low), path.name
