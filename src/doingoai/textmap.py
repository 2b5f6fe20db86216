"""Text that remembers where each character came from.

Every cleaning and repair step rewrites text; users need evidence offsets that point into what they
gave. A :class:`MappedText` is a text plus an :class:`OffsetMap` back to its source. The map is
piecewise: runs copied from the source (offset shift constant) and literals that replaced a source
span (every character maps to that span). Cost grows with the number of edits, not with the text,
so a 5 MB document with few edits maps in microseconds. :class:`TextBuilder` composes a new text
from pieces of a mapped text, so maps compose across any number of steps.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple


class Segment(NamedTuple):
    """One piece of the map (a NamedTuple: layout repair makes one per joined line, so they must be
    cheap to make; immutable, compared and read like the frozen dataclasses elsewhere)."""

    start: int  # position in the text
    length: int
    src_start: int  # position in the source
    src_end: int  # copied run: src_start + length; literal: the end of the replaced source span
    literal: bool


@dataclass(frozen=True)
class OffsetMap:
    segments: tuple[Segment, ...]
    length: int  # length of the text
    src_length: int  # position in the source that the end of the text maps to

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        return cls((Segment(0, n, 0, n, False),) if n else (), n, n)

    def _segment(self, i: int) -> Segment | None:
        k = bisect_right(self._starts, i) - 1
        return self.segments[k] if k >= 0 else None

    @property
    def _starts(self) -> list[int]:
        cached = self.__dict__.get("_starts_cache")
        if cached is None:
            cached = [s.start for s in self.segments]
            object.__setattr__(self, "_starts_cache", cached)
        return cached

    def source_start(self, i: int) -> int:
        """Source position of the character at text position ``i``."""
        if i >= self.length:
            return self.src_length
        seg = self._segment(i)
        if seg is None:
            return 0
        return seg.src_start if seg.literal else seg.src_start + (i - seg.start)

    def source_end(self, j: int) -> int:
        """Source position where a text span ending at ``j`` (exclusive) ends."""
        if j <= 0:
            return self.source_start(0) if self.length else 0
        if j >= self.length:
            return (
                self.src_length
                if not self.segments
                else self._end_of(self._segment(self.length - 1), self.length)
            )
        return self._end_of(self._segment(j - 1), j)

    @staticmethod
    def _end_of(seg: Segment | None, j: int) -> int:
        if seg is None:
            return 0
        if seg.literal:
            return seg.src_end
        return seg.src_start + (j - seg.start)

    def span(self, start: int, end: int) -> tuple[int, int]:
        s = self.source_start(start)
        return s, max(s, self.source_end(end))

    def to_list(self) -> list[list[int]]:
        """JSON-friendly form: [start, length, src_start, src_end, literal] per segment."""
        return [[s.start, s.length, s.src_start, s.src_end, int(s.literal)] for s in self.segments]

    @classmethod
    def from_list(cls, rows: list[list[int]], length: int, src_length: int) -> OffsetMap:
        return cls(tuple(Segment(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows), length, src_length)


@dataclass(frozen=True)
class MappedText:
    text: str
    map: OffsetMap

    @classmethod
    def identity(cls, text: str) -> MappedText:
        return cls(text, OffsetMap.identity(len(text)))

    def __len__(self) -> int:
        return len(self.text)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.map.span(start, end)

    def slice(self, start: int, end: int) -> MappedText:
        b = TextBuilder()
        b.add(self, start, end)
        return b.build(end_source=self.map.source_end(end))

    def sub(self, pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> MappedText:
        """Like ``re.sub``; replacement text maps to the source span of the match it replaces."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        out = TextBuilder()
        pos = 0
        for m in rx.finditer(self.text):
            new = repl(m) if callable(repl) else m.expand(repl)
            if new == m.group(0):
                continue
            out.add(self, pos, m.start())
            out.add_replacement(self, m.start(), m.end(), new)
            pos = m.end()
        if pos == 0:
            return self
        out.add(self, pos, len(self.text))
        return out.build(end_source=self.map.src_length)

    def translate(self, table: dict[int, str | int | None]) -> MappedText:
        """``str.translate`` with a table mapping one character to one character (or to none)."""
        pattern = re.compile("[" + re.escape("".join(chr(c) for c in table)) + "]+")
        return self.sub(pattern, lambda m: m.group(0).translate(table))


class TextBuilder:
    """Accumulates a new text from pieces of mapped texts and literals."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def _push(self, length: int, src_start: int, src_end: int, literal: bool) -> None:
        if length <= 0:
            return
        if self._segments:
            last = self._segments[-1]
            if (
                not literal
                and not last.literal
                and last.start + last.length == self._length
                and last.src_end == src_start
            ):
                self._segments[-1] = Segment(last.start, last.length + length, last.src_start, src_end, False)
                self._length += length
                return
        self._segments.append(Segment(self._length, length, src_start, src_end, literal))
        self._length += length

    def add(self, src: MappedText, start: int, end: int) -> None:
        """Copy ``src.text[start:end]`` keeping its origins."""
        if end <= start:
            return
        self._parts.append(src.text[start:end])
        segs = src.map.segments
        if not segs:
            return
        k = max(0, bisect_right(src.map._starts, start) - 1)
        pos = start
        while pos < end and k < len(segs):
            seg = segs[k]
            seg_end = seg.start + seg.length
            if seg_end <= pos:
                k += 1
                continue
            take_end = min(end, seg_end)
            n = take_end - pos
            if seg.literal:
                self._push(n, seg.src_start, seg.src_end, True)
            else:
                s = seg.src_start + (pos - seg.start)
                self._push(n, s, s + n, False)
            pos = take_end
            k += 1

    def add_replacement(self, src: MappedText, start: int, end: int, text: str) -> None:
        """Add ``text`` standing for ``src.text[start:end]`` (all its characters map to that span)."""
        if not text:
            return
        s, e = src.map.span(start, end) if end > start else (src.map.source_start(start),) * 2
        self._parts.append(text)
        self._push(len(text), s, e, True)

    def add_literal(self, text: str, at: int) -> None:
        """Add ``text`` that stands for no source text (e.g. a joining space), pinned to source ``at``."""
        if not text:
            return
        self._parts.append(text)
        self._push(len(text), at, at, True)

    def build(self, end_source: int | None = None) -> MappedText:
        text = "".join(self._parts)
        if end_source is None:
            end_source = self._segments[-1].src_end if self._segments else 0
        return MappedText(text, OffsetMap(tuple(self._segments), self._length, end_source))
