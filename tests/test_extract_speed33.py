"""Speed round 33 (docs/decisions.md): the structure stage's whole-text searches of session 22's rounds.

``diplomatic_notes.stamp_marked`` reads the text's brackets one by one (up to 16, then the two searches) in place
of ``"dấu]" in text or "ký]" in text`` (``_stamp_marked_32``, kept as the reference); ``Lines.holds`` keeps each
word's ``word in lines.text`` so "Thích" is looked for once a document (it was three times: the running lines,
the line joins, the retyping of a post). Checked against the old on hypothesis texts of brackets, the two words and
their near misses, on random text, and on the samples', the seeds' and the working sets' texts.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from doingoai.structure import diplomatic_notes as dn
from doingoai.structure.lines import split_lines
from speed_corpus import speed_corpus


def _stamp_marked_32(text: str) -> bool:
    """The guard before speed round 33."""
    return "dấu]" in text or "ký]" in text


_PIECES = st.sampled_from(
    [
        "]",
        "[",
        "dấu",
        "ký",
        "dau",
        "ky",
        "kÝ",
        "DẤU",
        "dấ",
        "ấu",
        "k",
        "ý",
        "u",
        " ",
        "\n",
        "[dấu]",
        "[chữ ký]",
        "x",
        "1",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_stamp_marked_pieces(parts: list[str]) -> None:
    text = "".join(parts)
    assert dn.stamp_marked(text) == _stamp_marked_32(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="]dấukýx \n[", max_size=200))
def test_stamp_marked_random(text: str) -> None:
    assert dn.stamp_marked(text) == _stamp_marked_32(text)


def test_stamp_marked_many_brackets() -> None:
    for n in (0, 1, 15, 16, 17, 40):
        for tail in ("", "dấu]", "ký]", "[ký tên]", "dau]"):
            for head in ("", "ký]", "x"):
                text = head + "[1] " * n + tail
                assert dn.stamp_marked(text) == _stamp_marked_32(text), (n, head, tail)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="Thíchx \n·", max_size=80), st.sampled_from(["Thích", "lời chào", "x", "Th"]))
def test_lines_holds(text: str, word: str) -> None:
    lines = split_lines(text)
    assert lines.holds(word) == (word in text)
    assert lines.holds(word) == (word in text)  # (the kept answer)


def test_on_corpus() -> None:
    for path in speed_corpus(every_set=True):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert dn.stamp_marked(text) == _stamp_marked_32(text)
        lines = split_lines(text)
        for word in ("Thích", "lời chào", "]"):
            assert lines.holds(word) == (word in text)
