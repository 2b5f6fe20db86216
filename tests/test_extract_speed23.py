"""The school-book "i" spelling (textscan._y_spelling) without a look-behind in front: the same text as the pattern
with one ("(?<![\\w-])"), on random strings of the letters, marks and separators that matter."""

from __future__ import annotations

import random
import re

from doingoai.extract import textscan

_WITH_LOOK_BEHIND = re.compile(r"(?<![\w-])(?:k[íìỉĩ]|lí|mĩ|tỉ|qu[iíìỉĩị])(?![\w-])")


def _reference(low: str) -> str:
    return _WITH_LOOK_BEHIND.sub(lambda m: m[0].translate(textscan._I_TO_Y), low)


def test_the_same_as_with_a_look_behind_on_random_strings() -> None:
    rng = random.Random(23)
    letters = "kílìmĩtỉquiíịỉĩa -_1ybc\n.,Ký"
    changed = 0
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))
        assert textscan._y_spelling(text) == _reference(text), text
        changed += textscan._y_spelling(text) != text
    assert changed > 100  # (the strings do hold the spellings)


def test_words_and_their_insides() -> None:
    assert textscan._y_spelling("kí hiệp định, thế kỉ, lí do, mĩ, tỉ lệ, qui định") == (
        "ký hiệp định, thế kỷ, lý do, mỹ, tỷ lệ, quy định"
    )
    assert textscan._y_spelling("aki bki-kí x_kí 1kí") == "aki bki-kí x_kí 1kí"


def test_local_phrases_are_the_full_scan() -> None:
    """events_host.local_phrases (matched where "sở tại" is written) gives what ``_LOCAL.finditer`` gives."""
    from doingoai.extract import events_host

    rng = random.Random(7)
    parts = [
        "sở tại",
        "nước ",
        "phía ",
        "quốc gia ",
        "chính phủ ",
        "chính quyền ",
        "trụ ",
        "cơ ",
        "hội ",
        "a",
        " ",
    ]
    parts += [".", "1", "_", "sở tạii", "nướcsở tại", "x"]
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        full = [(m.start(), m.end()) for m in events_host._LOCAL.finditer(text)]
        assert [(m.start(), m.end()) for m in events_host.local_phrases(text)] == full, text
        found += bool(full)
    assert found > 500
