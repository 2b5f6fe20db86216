"""News digests ("Bản tin đối ngoại tuần"): short dated items, each a headline over its few lines of text.

A headline names the item's day and month, either first, set off by a dash or a colon ("08/02 – Thượng
đỉnh chung …", "14/2: Kỷ niệm …"), or last, in brackets ("Chiêu đãi mừng Quốc khánh (01/9)", "Đoàn tỉnh
… thăm Attapư (04 – 06/9)"); a bullet may mark it ("◆ …", "• …") and is left out of the heading's text.
It is short, does not end like a sentence, and the item's text follows on the next line, opening with a
capital and longer than the headline (or ending a sentence).
A bulleted line whose next line is indented under its text (a hanging indent: "- 7/11/1989: … thành lập",
"  Nhóm Quan sát viên …") is an item wrapped, not a headline.
An undated headline counts when a bullet marks it and its item opens with a dateline, the place and
perhaps the day set off by a dash ("■ Hai nước nâng cấp quan hệ" over "Viêng Chăn, 9/10 – Thủ tướng …"
or "Hà Nội – Trong tuần, …").
Only where a document has ``MIN_RUN`` such lines (one alone may be a list item or a chronology's entry):
each is then a heading (one level under the section it stands in) that nothing joins, and the line after
it opens the item's paragraph (read by :mod:`doingoai.structure.paragraphs`).
"""

from __future__ import annotations

import re
from itertools import islice

from doingoai.structure.lines import Lines, ends_sentence

MIN_RUN = 3  # headlines in a document
MAX_HEADLINE = 120  # characters
MAX_WORDS = 20
_BULLET_CHARS = "◆◇♦❖•▪●■□►➢*+-–"
_BULLET = re.compile(r"[◆◇♦❖•▪●■□►➢*+\-–]\s+")
# a day and month ("01/9", "14/02"), or days ("04 – 06/9", "4/9 – 6/9"), the year allowed
_DAY_MONTH = r"\d{1,2}(?:/\d{1,2})?(?:\s*[–—-]\s*\d{1,2})?/\d{1,2}(?:/(?:19|20)\d{2})?"
_LEADING = re.compile(_DAY_MONTH + r"(?:\s+[–—-]|\s*:)\s+")
_TRAILING = re.compile(r"\S.*\s\((?:[Nn]gày\s+)?" + _DAY_MONTH + r"\)")
_FIRST = frozenset("0123456789" + _BULLET_CHARS)
# an item's dateline: a place of one to four capitalised words ("Pa-ri", "Ulan Ba-to", "Hà Nội"), perhaps
# its day and month after a comma, then a dash and the item's first word in capitals
_DATELINE = re.compile(
    r"([^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,3})(?:,\s*(?:ngày\s+)?"
    + _DAY_MONTH
    + r")?\s+[–—-]\s+([^\W\d_])"
)
# what each headline holds: a day and month ending a line in brackets, or set off by a dash or a colon
_HINT = re.compile(r"/\d{1,2}(?:/\d{2,4})?(?:\)[ \t]*$|\s+[–—-]\s|\s*:\s)", re.MULTILINE)


def _shape(t: str) -> int | None:
    """``t`` is shaped like a dated headline: the length of its bullet (0 for none), else None."""
    if len(t) > MAX_HEADLINE or not (t[0] in _FIRST or t[-1] == ")"):
        return None
    skip = 0
    if t[0] in _BULLET_CHARS:
        m = _BULLET.match(t)
        if m is None:
            return None
        skip = m.end()
    rest = t[skip:]
    if not rest or len(rest.split()) > MAX_WORDS:
        return None
    if rest[-1] == ")":
        return skip if rest[0].isupper() and _TRAILING.fullmatch(rest) else None
    if not rest[0].isdigit() or ends_sentence(rest) or rest[-1] in ",;:–-":
        return None
    m = _LEADING.match(rest)
    return skip if m is not None and rest[m.end() : m.end() + 1].isupper() else None


def _bulleted(t: str, nxt: str) -> int | None:
    """``t`` is an undated headline marked by a bullet over ``nxt``, its item's dateline: the bullet's length."""
    if len(t) > MAX_HEADLINE or t[0] not in _BULLET_CHARS:
        return None
    d = _DATELINE.match(nxt)
    if d is None or not d[2].isupper() or not all(w[0].isupper() for w in d[1].split()):
        return None
    m = _BULLET.match(t)
    if m is None:
        return None
    rest = t[m.end() :]
    if not rest or not rest[0].isupper() or len(rest.split()) > MAX_WORDS:
        return None
    return None if ends_sentence(rest) or rest[-1] in ",;:–-" else m.end()


def headlines(lines: Lines, keep: list[int]) -> dict[int, int]:
    """The kept lines that are a digest's headlines, each with the length of its bullet to leave out."""
    if sum(1 for _ in islice(_HINT.finditer(lines.text), MIN_RUN)) < MIN_RUN:
        return {}  # (a cheap test first: a search led by "/")
    texts = lines.texts
    found: dict[int, int] = {}
    for k, i in enumerate(keep[:-1]):
        t = texts[i]
        if not (t[0] in _FIRST or t[-1] == ")"):
            continue
        j = keep[k + 1]
        nxt = texts[j]
        skip = _shape(t)
        if skip is None:
            skip = _bulleted(t, nxt)
            if skip is not None and nxt[0] not in _BULLET_CHARS:
                found[i] = skip
            continue
        if not nxt[0].isupper() or _shape(nxt) is not None:
            continue
        if skip and lines.indent[j] > lines.indent[i] and not lines.blanks[j]:
            continue  # "- 7/11/1989: …" over "  Nhóm …", indented under its text: one item wrapped
        if len(nxt) > len(t) or ends_sentence(nxt):
            found[i] = skip
    return found if len(found) >= MIN_RUN else {}
