"""The one data model that flows through every stage.

A :class:`Document` owns two texts:

* ``raw`` — the text as the user gave it, decoded (for a PDF: its text layer; for a DOCX: its
  paragraphs, one a line). Offsets reported to users can always be mapped back into it.
* ``text`` — the cleaned, repaired text. Blocks are laid out one after another, separated by a
  blank line ("\\n\\n"), each block on a single line. ``map`` (a :class:`~doingoai.textmap.OffsetMap`)
  maps any span of ``text`` back to the span of ``raw`` it came from.

Blocks, sentences, mentions, events and citations are records holding character offsets into
``text``, never copies of it. Each stage is a function ``Document -> Document`` that adds records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from operator import attrgetter
from typing import Any

from doingoai.textmap import MappedText, OffsetMap


class BlockType(str, Enum):
    TITLE = "title"
    AUTHOR = "author"
    AFFILIATION = "affiliation"
    ABSTRACT = "abstract"
    KEYWORDS = "keywords"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    SOURCE = "source"
    CAPTION = "caption"
    REFERENCE = "reference"
    CLOSING = "closing"  # an official document's signature block and list of recipients ("Nơi nhận:")
    TABLE = "table"  # one row of a table set as text, its cells apart ("EVFTA    30/6/2019    1/8/2020")
    FOOTNOTE = "footnote"  # a note at the foot of a page, taken out of the paragraph running across the page


class EventKind(str, Enum):
    """Event kinds of ../shared/SCHEMA.md; ``plover`` gives the PLOVER type each maps to."""

    AGREEMENT_SIGN = "agreement.sign"
    AGREEMENT_RATIFY = "agreement.ratify"
    AGREEMENT_NEGOTIATE = "agreement.negotiate"
    MEMBERSHIP_JOIN = "membership.join"
    MEMBERSHIP_ELECT = "membership.elect"
    MEMBERSHIP_LEAVE = "membership.leave"
    RELATIONS_ESTABLISH = "relations.establish"
    RELATIONS_UPGRADE = "relations.upgrade"
    RELATIONS = "relations"
    COOPERATE = "cooperate"
    AID = "aid"
    SUPPORT = "support"
    CHAIR = "chair"
    HOST = "host"
    VISIT = "visit"
    CONSULT = "consult"
    PROTEST = "protest"
    SANCTION = "sanction"
    SANCTION_LIFT = "sanction.lift"
    RETREAT = "retreat"
    CONFLICT = "conflict"

    @property
    def plover(self) -> str:
        return _PLOVER[self]

    @property
    def symmetric(self) -> bool:
        return self in (EventKind.AGREEMENT_SIGN, EventKind.RELATIONS_ESTABLISH, EventKind.RELATIONS_UPGRADE)


_PLOVER = {
    EventKind.AGREEMENT_SIGN: "SUPPORT",
    EventKind.AGREEMENT_RATIFY: "SUPPORT",
    EventKind.AGREEMENT_NEGOTIATE: "CONSULT",
    EventKind.MEMBERSHIP_JOIN: "SUPPORT",
    EventKind.MEMBERSHIP_ELECT: "SUPPORT",
    EventKind.MEMBERSHIP_LEAVE: "SANCTION",
    EventKind.RELATIONS_ESTABLISH: "SUPPORT",
    EventKind.RELATIONS_UPGRADE: "SUPPORT",
    EventKind.RELATIONS: "COOPERATE",
    EventKind.COOPERATE: "COOPERATE",
    EventKind.AID: "AID",
    EventKind.SUPPORT: "SUPPORT",
    EventKind.CHAIR: "COOPERATE",
    EventKind.HOST: "CONSULT",
    EventKind.VISIT: "CONSULT",
    EventKind.CONSULT: "CONSULT",
    EventKind.PROTEST: "ACCUSE",
    EventKind.SANCTION: "SANCTION",
    EventKind.SANCTION_LIFT: "CONCEDE",
    EventKind.RETREAT: "RETREAT",
    EventKind.CONFLICT: "ASSAULT",
}


class Status(str, Enum):
    OCCURRED = "occurred"
    ONGOING = "ongoing"
    PLANNED = "planned"
    NEGATED = "negated"


# The records below are compiled with the extraction modules in the optional compiled build (setup.py): mypyc
# makes them native classes, whose fields the compiled modules read as struct members. Each frozen record says how
# it is pickled and copied (its constructor and its fields): a native class's own pickling would set the fields
# through the frozen dataclass's __setattr__, which refuses. Pure Python pickles and copies them the same way.
# Nothing here may depend on being compiled: the .py module is the source of truth.
@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` in ``Document.text``."""

    start: int
    end: int

    def __reduce__(self) -> tuple[Any, ...]:  # (pickle, copy: the constructor again; see above)
        return Span, (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Block:
    type: BlockType
    start: int
    end: int
    level: int | None = None  # heading level (1 = top); None for other blocks
    lang: str | None = None  # "vi", "en", ... ; None when undecided

    def __reduce__(self) -> tuple[Any, ...]:  # (pickle, copy: the constructor again; see above)
        return Block, (self.type, self.start, self.end, self.level, self.lang)


# a key for bisecting or sorting spans (sentences, mentions, blocks) by where they start
by_start = attrgetter("start")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Document.blocks

    def __reduce__(self) -> tuple[Any, ...]:  # (pickle, copy: the constructor again; see above)
        return Sentence, (self.start, self.end, self.block)


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor, agreement, conflict, congress or document named in the text."""

    start: int
    end: int
    code: str  # SCHEMA.md actor code, or an entity id from the gazetteer
    kind: str  # country | organisation | body | party | agreement | conflict | congress | document | collective  # | person (a leader; gazetteer attr "country" is the state they act for)
    via: str = "gazetteer"  # gazetteer | abbreviation (defined in this document) | deixis ("ta", "Đảng ta")

    def __reduce__(self) -> tuple[Any, ...]:  # (pickle, copy: the constructor again; see above)
        return Mention, (self.start, self.end, self.code, self.kind, self.via)


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression with its ISO 8601 reduced-precision value (SCHEMA.md)."""

    start: int
    end: int
    value: str  # "1977", "1991-11", "1995-07-28", "1975/1985", "2020-H1"
    qualifier: str = (
        ""  # "after" ("sau năm 1979"), "before" ("trước năm 1979"), "since" ("từ năm 1979"), or ""
    )

    def __reduce__(self) -> tuple[Any, ...]:  # (pickle, copy: the constructor again; see above)
        return DateExpr, (self.start, self.end, self.value, self.qualifier)


@dataclass(frozen=True, slots=True)
class Citation:
    start: int  # the citation's text inside the parentheses, e.g. "ĐCSVN, 1982, tr. 123"
    end: int
    author: str  # aliases resolved to the full name
    year: int | None
    pages: str | None
    quote: Span | None = None  # the quotation this citation directly follows

    def __reduce__(self) -> tuple[Any, ...]:  # (pickle, copy: the constructor again; see above)
        return Citation, (self.start, self.end, self.author, self.year, self.pages, self.quote)


@dataclass(frozen=True, slots=True)
class Event:
    kind: EventKind
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date: (
        str  # ISO 8601 reduced precision, interval "a/b", half-year "2020-H1", or "" when the text gives none
    )
    status: Status
    evidence: tuple[Span, ...]  # sentence spans (all of them when an event is repeated in a document)
    attrs: tuple[
        tuple[str, Any], ...
    ] = ()  # extra attributes: ("agreement", ...), ("votes", "192/193"), ("objects", (...))

    @property
    def plover(self) -> str:
        return self.kind.plover

    def attr(self, name: str, default: Any = None) -> Any:
        return dict(self.attrs).get(name, default)

    def __reduce__(self) -> tuple[Any, ...]:  # (pickle, copy: the constructor again; see above)
        return Event, (
            self.kind,
            self.actors,
            self.recipients,
            self.date,
            self.status,
            self.evidence,
            self.attrs,
        )


@dataclass(slots=True)
class Document:
    """A document as it moves through the pipeline: read -> clean -> structure -> extract."""

    name: str  # the source file's name (what users see as `doc`)
    raw: str = ""
    text: str = ""
    map: OffsetMap | None = None  # text -> raw offsets; None means text is raw
    format: str = "txt"  # txt | md | html | pdf | docx
    meta: dict[str, Any] = field(
        default_factory=dict
    )  # e.g. pages, encoding, date ("2025-10"), removed_lines
    blocks: list[Block] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def raw_offsets(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` to the span of ``raw`` it came from."""
        if self.map is None:
            return start, end
        return self.map.span(start, end)

    def mapped(self) -> MappedText:
        """``text`` with its map, for a stage that rewrites the text (maps compose)."""
        return MappedText(self.text, self.map or OffsetMap.identity(len(self.text)))

    def set_text(self, mapped: MappedText) -> None:
        """Replace ``text`` by a rewrite built from ``self.mapped()`` (records must be rebuilt after)."""
        self.text = mapped.text
        self.map = mapped.map

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset`` (binary search over sorted sentences)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= offset:
                lo = mid + 1
            elif s.start > offset:
                hi = mid
            else:
                return s
        return None

    @property
    def title(self) -> str | None:
        for b in self.blocks:
            if b.type is BlockType.TITLE:
                return self.block_text(b)
        return None
