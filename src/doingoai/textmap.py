"""Text that remembers where each character came from.

Every cleaning and repair step rewrites text; users need evidence offsets that point into what they
gave. :class:`MappedText` carries, for each character, the offset of the source character it came
from, and :class:`TextBuilder` composes new text from pieces of a mapped text (or literals pinned
to an origin), so offsets survive any number of steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class MappedText:
    text: str
    origin: tuple[int, ...]  # len(text) + 1 entries; origin[len(text)] maps the end

    @classmethod
    def identity(cls, text: str) -> MappedText:
        return cls(text, tuple(range(len(text) + 1)))

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int) -> MappedText:
        return MappedText(self.text[start:end], self.origin[start:end] + (self.origin[end] if end < len(self.origin) else self.origin[-1],))

    def sub(self, pattern: str | re.Pattern[str], repl: str | Callable[[re.Match[str]], str]) -> MappedText:
        """Like ``re.sub``; replacement characters map to the start of the match they replace."""
        rx = re.compile(pattern) if isinstance(pattern, str) else pattern
        out = TextBuilder()
        pos = 0
        for m in rx.finditer(self.text):
            out.add(self, pos, m.start())
            new = repl(m) if callable(repl) else m.expand(repl)
            out.add_literal(new, self.origin[m.start()], self.origin[m.end()] if m.end() > m.start() else None)
            pos = m.end()
        out.add(self, pos, len(self.text))
        return out.build(end_origin=self.origin[-1])

    def translate_chars(self, fn: Callable[[str], str]) -> MappedText:
        """Apply ``fn`` to each character; every output character maps to its input character."""
        out = TextBuilder()
        for i, ch in enumerate(self.text):
            new = fn(ch)
            if new == ch:
                out.add(self, i, i + 1)
            else:
                out.add_literal(new, self.origin[i])
        return out.build(end_origin=self.origin[-1])


class TextBuilder:
    """Accumulates text and origins piece by piece."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._origin: list[int] = []

    def __len__(self) -> int:
        return len(self._origin)

    def add(self, src: MappedText, start: int, end: int) -> None:
        if end > start:
            self._parts.append(src.text[start:end])
            self._origin.extend(src.origin[start:end])

    def add_literal(self, text: str, at: int, end_at: int | None = None) -> None:
        """Add ``text`` whose characters all map to ``at`` (the last one to ``end_at - 1`` if given)."""
        if not text:
            return
        self._parts.append(text)
        self._origin.extend([at] * len(text))
        if end_at is not None and len(text) > 1 and end_at - 1 > at:
            self._origin[-1] = end_at - 1

    def build(self, end_origin: int | None = None) -> MappedText:
        text = "".join(self._parts)
        last = end_origin if end_origin is not None else (self._origin[-1] + 1 if self._origin else 0)
        return MappedText(text, tuple(self._origin) + (last,))
