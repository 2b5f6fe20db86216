"""Speed round 30 (docs/decisions.md): two cuts, each against the code it replaced.

* ``events_received.received_mentions`` (every document holding "đoàn" and " sang" or " đến"): ``_RECEIVED`` is
  matched only a few characters before each "đoàn" (``_received``), not searched for through the whole text
  (``_received_29``);
* ``learned_features.sentence_words`` (every sentence the learned reading reads): the words between names found by
  ``str.split`` and ``str.isalpha``, the engine asked only about pieces that are not all letters (``_words``),
  not by ``_WORD.findall`` over the range (``_findall_29``).

Each new function is checked against the old on random input (hypothesis), on the premises the new ones rest on
(checked over every code point, or every way the pattern opens), and on the samples, the seeds and the new shapes'
documents.
"""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.extract import events_received as received
from doingoai.extract import learned_features as features
from speed_corpus import speed_corpus


def _texts() -> list[str]:
    # (the new shapes' sets, and three working sets whose reports receive delegations: "đón đoàn ... sang")
    new_shapes = ("heldout236", "heldout237", "heldout258", "heldout259", "heldout280", "heldout281")
    files = speed_corpus((*new_shapes, "heldout59", "heldout190", "heldout204"))
    return [p.read_text(encoding="utf-8") for p in files]


# ---- the code each cut replaced (the references the tests compare with) ---------------------------------------------


def _received_29(text: str) -> list[re.Match[str]]:
    """``received_mentions``' matches before speed round 30: the pattern searched for through the text."""
    return list(received._at_word_start(received._RECEIVED, text, False))


def _findall_29(low: str, start: int, end: int) -> list[str]:
    """``sentence_words``' words of a range before speed round 30."""
    return features._WORD.findall(low, start, end)


def _sentence_words_29(low: str, start: int, end: int, spans: list) -> list[str]:
    words: list[str] = []
    pos = start
    for a, b, placeholder, _, _ in spans:
        if a < pos or a >= end:
            continue
        words += _findall_29(low, pos, a)
        words.append(placeholder)
        pos = b
    words += _findall_29(low, pos, end)
    return words


def _spans(ms: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [(m.span(), m.span("name")) for m in ms]


# ---- (1) events_received._received ----------------------------------------------------------------------------------

_RECEIVED_PIECES = [
    "Đón",
    "đón",
    "Mời",
    "mời",
    "ĐÓN",
    " tiếp",
    " các",
    " ",
    "  ",
    "đoàn",
    "Đoàn",
    " chuyên gia",
    " doanh nghiệp",
    " của",
    " Đại học",
    " Trường",
    " Hà",
    " Nội",
    "-Ma",
    " sang",
    " đến",
    "sang",
    ",",
    ".",
    "\n",
    "x",
    "_",
    "1",
    "(",
    "Xđón",
    "nghênh",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_RECEIVED_PIECES), max_size=30))
def test_received_matches_as_the_search(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _spans(received._received(text)) == _spans(_received_29(text))


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["Đón ", "đón ", "Mời ", "mời ", "đón tiếp ", "Đón tiếp "]),
    st.sampled_from(["", "các "]),
    st.sampled_from(["", "chuyên gia ", "doanh nghiệp của ", "cán bộ "]),
    st.sampled_from(["Đại học Tel Aviv", "Trường Nông nghiệp", "Cơ quan Xúc tiến xuất khẩu Chile"]),
    st.sampled_from([" sang", " đến"]),
    st.text(alphabet=" ,.xÁ\n_1", max_size=4),
)
def test_received_starts_before_each_doan(opening, many, who, name, verb, before) -> None:
    """The premise: every match holds "đoàn" at one of _RECEIVED_BACK's distances from its start (the pattern
    opens on one of these words only, so the forms built here are all of them)."""
    text = before + opening + many + "đoàn " + who + name + verb + " làm việc"
    m = received._RECEIVED.search(text)
    assert m is not None
    assert m.group().index("đoàn") in received._RECEIVED_BACK
    assert _spans(received._received(text)) == _spans(_received_29(text))


def test_received_back_is_every_opening() -> None:
    openings = [a + b for a in ("đón ", "đón tiếp ", "mời ") for b in ("", "các ")]
    assert sorted({len(o) for o in openings}, reverse=True) == list(received._RECEIVED_BACK)
    for o in openings:
        assert received._RECEIVED.match(o + "đoàn Trường A sang") is not None


def test_received_on_documents() -> None:
    n = 0
    for text in _texts():
        new, old = received._received(text), _received_29(text)
        assert _spans(new) == _spans(old)
        n += len(old)
    assert n > 0


# ---- (2) learned_features._words ------------------------------------------------------------------------------------


def test_words_premises_every_code_point() -> None:
    """No white space (``str.split``'s) is a character of a word, and every letter (``str.isalpha``) is a word of
    one character of the first alternative: a piece of letters alone is one match."""
    word = re.compile(r"\w")
    for c in map(chr, range(sys.maxunicode + 1)):
        if c.isspace():
            assert word.match(c) is None, hex(ord(c))
        if c.isalpha():
            m = features._WORD.fullmatch(c)
            assert m is not None and not c.isdecimal(), hex(ord(c))


_WORD_ALPHABET = st.sampled_from(
    list("abcxyzĐđạệữÁ019٣²½Ⅻ_-.,()“”'")
    + [" ", "\n", "\t", "\xa0", "\u2028", "\u3000", "\x1c", "e\u0301", "ﬁ"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_WORD_ALPHABET, max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_words_as_findall(chars: list[str], a: int, b: int) -> None:
    low = "".join(chars)
    a, b = min(a, len(low)), min(b, len(low))
    assert features._words(low, a, b) == _findall_29(low, a, b)


def test_sentence_words_on_documents() -> None:
    for text in _texts():
        low = text.lower()
        spans = [(m.start(), m.end(), "<x>", "", "x") for m in re.finditer(r"\b[A-ZĐ]\w+", text)]
        for m in re.finditer(r"[^.\n]+", low):
            s, e = m.span()
            assert features.sentence_words(low, s, e, spans) == _sentence_words_29(low, s, e, spans)
