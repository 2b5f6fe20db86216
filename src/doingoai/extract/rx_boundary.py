"""Regexes opening on a word boundary, compiled so that a search can skip to where they may match.

A pattern opening on ``\\b`` (or ``(?<![\\w])``) gives the regex engine no first character to look for, so a
search tries a whole match at every position of its range. When what follows opens on word characters (a
literal word, or a group whose every alternative does), the boundary there is the same as "no word character
before that word", which can be checked just after it, by a lookbehind over it: ``\\bcùng\\s`` is compiled as
``cùng(?<!\\wcùng)\\s``, ``\\b(?:nếu|giả sử)`` as ``(?:nếu(?<!\\wnếu)|giả(?<!\\wgiả) sử)``. The engine then finds
the literal prefix (or the set of first characters) and tries a match only there. Both forms match the same text
at every position (the engine's boundary and lookbehind see the same characters, also before ``pos``), in the
same order; only the compiled code differs: ``.pattern`` stays the pattern's text, and anything this does not
recognise (a case-insensitive or ASCII pattern, an optional or repeated first item, a first character class)
is compiled as it is. See docs/decisions.md, "Speed round 10".

The opener :data:`WORD_START` (a word start a hyphen after a word does not make: "xin" in "Bra-xin") is rewritten
the same way, both of its look-behinds checked after the first word (docs/decisions.md, "Hyphenated names and cue
boundaries").
"""

from __future__ import annotations

import importlib
import re
from typing import Any, Final

try:  # Python 3.11+ (3.10 has them as sre_parse / sre_compile, deprecated: there everything compiles as it is)
    _parser: Any = importlib.import_module("re._parser")
    _compiler: Any = importlib.import_module("re._compiler")
    _const: Any = importlib.import_module("re._constants")
    _sre: Any = importlib.import_module("_sre")
    _LITERAL: Any = _const.LITERAL
    _BRANCH: Any = _const.BRANCH
    _SUBPATTERN: Any = _const.SUBPATTERN
    _AT: Any = _const.AT
    _ASSERT_NOT: Any = _const.ASSERT_NOT
    _IN: Any = _const.IN
    _CATEGORY: Any = _const.CATEGORY
    _BOUNDARY: Any = _const.AT_BOUNDARY
    _WORD: Any = _const.CATEGORY_WORD
    _READY = True
except (ImportError, AttributeError):
    _READY = False
# flags under which the engine's word test differs from str.isalnum / "_", or literals are not plain characters
_OTHER_WORDS: Final = re.IGNORECASE | re.ASCII | re.LOCALE


def _is_word(c: int) -> bool:
    """The engine's word character (Unicode): alphanumeric or "_"."""
    ch = chr(c)
    return ch.isalnum() or ch == "_"


# The start of a word where a hyphen joins syllables into one word ("xin" in "Bra-xin", "ta" in "Ca-ta" start none):
# no word character before, nor a word character and a hyphen ("- Ký kết", "\n-Ký kết" still start one). Every cue
# that must start a word opens on it (vi_regex.word_start); docs/decisions.md, "Hyphenated names and cue boundaries".
WORD_START: Final = r"(?<!\w)(?<!\w-)"


def starts_word(text: str, i: int) -> bool:
    """Does a word start at ``text[i]`` (the Python-level :data:`WORD_START`)?"""
    if i <= 0:
        return True
    p = text[i - 1]
    if p.isalnum() or p == "_":
        return False
    return not (p == "-" and i > 1 and (text[i - 2].isalnum() or text[i - 2] == "_"))


def _is_hyphen_joint(item: Any) -> bool:
    """Is ``item`` the parsed ``(?<!\\w-)`` of :data:`WORD_START`?"""
    op, av = item
    if op is not _ASSERT_NOT or av[0] != -1:
        return False
    data = list(av[1].data)
    return (
        len(data) == 2
        and data[0][0] is _IN
        and list(data[0][1]) == [(_CATEGORY, _WORD)]
        and data[1] == (_LITERAL, ord("-"))
    )


def _opens_on_boundary(item: Any) -> bool:
    op, av = item
    if op is _AT:
        return bool(av is _BOUNDARY)
    if op is _ASSERT_NOT and av[0] == -1:  # (?<![\w]) / (?<!\w)
        data = list(av[1].data)
        return len(data) == 1 and data[0][0] is _IN and list(data[0][1]) == [(_CATEGORY, _WORD)]
    return False


def _pushed(seq: list, state: Any, flags: int, joint: bool = False) -> list | None:
    """``seq`` (parsed items) with "no word character before" (``joint``: nor a word character and a hyphen)
    checked after its leading word, or None."""
    if not seq:
        return None
    op, av = seq[0]
    if op is _LITERAL:
        n = 0
        while n < len(seq) and seq[n][0] is _LITERAL and _is_word(seq[n][1]):
            n += 1
        if n == 0:
            return None
        run = "".join(chr(seq[i][1]) for i in range(n))
        looks = r"(?<!\w" + re.escape(run) + ")" + (r"(?<!\w-" + re.escape(run) + ")" if joint else "")
        return [*seq[:n], *_parser.parse(looks, flags).data, *seq[n:]]
    if op is _BRANCH:
        alts = []
        for alt in av[1]:
            new = _pushed(list(alt.data), state, flags, joint)
            if new is None:
                return None
            alts.append(_parser.SubPattern(state, new))
        return [(_BRANCH, (av[0], alts)), *seq[1:]]
    if op is _SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        new = _pushed(list(sub.data), state, flags, joint)
        if new is None:
            return None
        return [(_SUBPATTERN, (group, add_flags, del_flags, _parser.SubPattern(state, new))), *seq[1:]]
    return None


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with a leading word boundary checked after the first word when that lets
    a search skip ahead (see the module's note); the same matches either way."""
    plain = re.compile(pattern, flags)
    if not _READY:
        return plain
    try:
        return _rewritten(pattern, flags, plain) or plain
    except Exception:  # (another Python's internals: the plain pattern is always right)
        return plain


def _rewritten(pattern: str, flags: int, plain: re.Pattern[str]) -> re.Pattern[str] | None:
    if flags & _OTHER_WORDS or not isinstance(pattern, str):
        return None
    tree = _parser.parse(pattern, flags)
    all_flags = flags | tree.state.flags
    if all_flags & _OTHER_WORDS or not all_flags & re.UNICODE:
        return None
    data = list(tree.data)
    if len(data) < 2 or not _opens_on_boundary(data[0]):
        return None
    joint = _is_hyphen_joint(data[1])  # (WORD_START: both look-behinds checked after the first word)
    rest = _pushed(data[2:] if joint else data[1:], tree.state, all_flags, joint)
    if rest is None:
        return None
    new = _parser.SubPattern(tree.state, rest)
    if not (
        _compiler._get_literal_prefix(new, all_flags)[0] or _compiler._get_charset_prefix(new, all_flags)
    ):
        return None  # (no first character to skip to: the boundary first fails faster)
    code = _compiler._code(new, flags)
    indexgroup: list[Any] = [None] * tree.state.groups
    for name, i in tree.state.groupdict.items():
        indexgroup[i] = name
    out: re.Pattern[str] = _sre.compile(
        pattern, all_flags, code, tree.state.groups - 1, tree.state.groupdict, tuple(indexgroup)
    )
    if out.groups != plain.groups or out.groupindex != plain.groupindex or out.flags != plain.flags:
        return None
    return out


def _works() -> bool:
    """A check of the internals at import: a rewritten pattern finds what the plain one does, else none is used."""
    probe = r"\b(?:ab|cd)e"
    try:
        fast = _rewritten(probe, 0, re.compile(probe))
    except Exception:
        return False
    text = "abe xabe cde _cde ab e a-cde -cde"
    joint = WORD_START + r"(?:ab|cd)e"
    try:
        fast2 = _rewritten(joint, 0, re.compile(joint))
    except Exception:
        return False
    return (
        fast is not None
        and [m.span() for m in fast.finditer(text)] == [(0, 3), (9, 12), (25, 28), (30, 33)]
        and fast2 is not None
        and [m.span() for m in fast2.finditer(text)] == [(0, 3), (9, 12), (30, 33)]
    )


_READY = _READY and _works()
