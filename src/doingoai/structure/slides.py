"""A lecture's slides exported to text: "Slide N" markers (PowerPoint's outline, "save as text") or a
PDF converter's page markers ("--- Trang N ---", "=== Page N ===") over short slides of bullets.

Such a deck is laid out by its slides, not by the wrap of its lines:

* a marker is a page break, dropped with the other running lines (headers.py); so is a footer
  repeated at the foot of the slides with the slide's number ("Nguyễn Văn A – Bài giảng   3");
* the first line of a slide after the first is the slide's title: a heading of its own;
* a line opening with a bullet ("•", "–", "-", "o", "▪", "◦", "*", "➢") is a list item without its
  bullet, its wrapped lines (indented under the item's text, no bullet of their own) joined to it;
* every other line of a slide is a block of its own (slides hold fragments, not wrapped prose):
  the title slide's course, lecturer, institution and term lines, a references slide's works; on the
  title slide, a line of an academic rank and a name ("TS. Nguyễn Văn A") is the author, the
  institution's line under it ("Khoa …", "Học viện …", "Trường …") the affiliation.

A text is a deck when it has two markers or more and at least as many bullet lines as slides (a
PDF of an article with page markers has paragraphs, not bullets). The test reads the first
characters of each line only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from doingoai.structure.lines import Lines

# "Slide 3" alone; "Trang 3" / "Page 3" only set off by a converter's rules ("--- Trang 3 ---"): alone, such a line
# is a printed page's number (a journal's "Trang 23" footers, headers.py), and no deck's marker
_MARKER = re.compile(r"(?i)slide\s+\d{1,3}|[-–—=]{2,}\s*(?:slide|trang|page)\s+\d{1,3}\s*[-–—=]{2,}")
_BULLET = re.compile(r"(?:[•●▪◦■□➢►✓*]|[-–—o])\s+(?=\S)")
_BULLET_FIRST = frozenset("•●▪◦■□➢►✓*-–—o")
_PAGE_FOOT = re.compile(r"^(.{3,}?\S)\s+\d{1,3}$")
# the title slide's lecturer (an academic rank, then a name) and the institution under it
# (a name of two to five words, or one of two letters or more; each word opens on a letter. Written without a
# repeated group whose pieces may split a word, which tried every split of a long word: polynomial backtracking)
_LECTURER = re.compile(
    r"(?:GS|PGS|TS|ThS|NCS|CN)\.(?:\s?(?:TS|TSKH|ThS)\.)?\s*"
    r"(?:(?:[^\W\d_][^\s,;:]*\s+){1,4}[^\W\d_][^\s,;:]*|[^\W\d_][^\s,;:]*?[^\W\d_][^\s,;:]*)\s*"
)
_INSTITUTION = re.compile(r"(?:Khoa|Học\s+viện|Trường|Viện|Đại\s+học|Bộ\s+môn|Trung\s+tâm)\s")


@dataclass
class Deck:
    markers: list[int] = field(default_factory=list)
    feet: list[int] = field(default_factory=list)  # a footer repeated at the slides' foot
    heads: set[int] = field(default_factory=set)  # slide titles
    bullets: dict[int, int] = field(default_factory=dict)  # line -> the length of its bullet
    wraps: set[int] = field(default_factory=set)  # a bullet's wrapped lines
    singles: set[int] = field(default_factory=set)  # lines that are blocks of their own
    authors: set[int] = field(default_factory=set)  # the title slide's lecturer
    affiliations: set[int] = field(default_factory=set)  # and the institution under the lecturer


def is_marker(t: str) -> bool:
    """``t`` is a slide's or a converter's page marker ("Slide 3", "--- Trang 3 ---")."""
    return t[0] in "Ss-–—=" and len(t) <= 24 and _MARKER.fullmatch(t) is not None


def bullet_length(t: str) -> int:
    """The length of the bullet opening ``t`` with its space ("• ", "– "), 0 when none."""
    if t[0] not in _BULLET_FIRST:
        return 0
    m = _BULLET.match(t)
    return m.end() if m else 0


def find_deck(lines: Lines) -> Deck | None:
    """The deck's layout, or None when the text is no deck."""
    texts = lines.texts
    markers = [i for i, t in enumerate(texts) if t[0] in "Ss-–—=" and is_marker(t)]
    if len(markers) < 2:
        return None
    bullets = {}
    for i, t in enumerate(texts):
        b = bullet_length(t)
        if b:
            bullets[i] = b
    if len(bullets) < len(markers):
        return None
    deck = Deck(markers=markers, bullets=bullets)
    marker_set = set(markers)
    # footers: the line right above each marker (and the last line) when its text, its number left
    # out, repeats at two slides' foot or more
    foot_keys: dict[str, list[int]] = {}
    for i in [m - 1 for m in markers[1:]] + [len(texts) - 1]:
        if i < 0 or i in marker_set or i in bullets:
            continue
        foot = _PAGE_FOOT.match(texts[i])
        if foot:
            foot_keys.setdefault(foot.group(1), []).append(i)
    deck.feet = sorted(i for ls in foot_keys.values() if len(ls) >= 2 for i in ls)
    dropped = marker_set.union(deck.feet)
    indent = lines.indent
    for k, marker in enumerate(markers):
        end = markers[k + 1] if k + 1 < len(markers) else len(texts)
        slide = [i for i in range(marker + 1, end) if i not in dropped]
        if not slide:
            continue
        if k and slide[0] not in bullets:
            deck.heads.add(slide[0])
        owner = None  # the bullet whose wrapped lines may follow
        for i in slide:
            if i in bullets:
                owner = i
                continue
            if i in deck.heads:
                owner = None
                continue
            if owner is not None and indent[i] >= indent[owner] + bullets[owner] - 1 and indent[i] > 0:
                deck.wraps.add(i)
                continue
            owner = None
            deck.singles.add(i)
            if not k and _LECTURER.fullmatch(texts[i]):
                deck.authors.add(i)
            elif not k and i - 1 in deck.authors and _INSTITUTION.match(texts[i]):
                deck.affiliations.add(i)
    return deck
