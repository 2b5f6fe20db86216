"""Document context for event extraction: quoted spans, citations, dates by offset and the names they date, the
date governing a span (clause, paragraph, section, document period). Which blocks are task or policy lists is
:mod:`events_block_modes`'s; year arithmetic on ISO dates is :mod:`events_years`'s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import Final

from doingoai.extract.dates_near import entry_date
from doingoai.extract.dates_period import reported_period
from doingoai.extract.dates_terms import act_year_after_name, coordinated_term
from doingoai.extract.events_agreement_phrases import done_at_date
from doingoai.extract.events_block_modes import block_modes
from doingoai.extract.members import members
from doingoai.extract.textscan import lower_same_length, spans_at
from doingoai.extract.triggers import vi_compile
from doingoai.model import BlockType, DateExpr, Document, Mention

BT = members(BlockType)  # (plain attribute reads: see extract/members.py)

QUOTE: Final = re.compile(r"“[^“”]{0,3000}+”|«[^«»]{0,3000}+»")
# "(ĐCSVN, 1982, tr. 124)", "(Hồ Chí Minh, 2011)": a year there dates a publication, not an event
CITATION_PAREN: Final = re.compile(r"\([^()]{2,120}?,\s*\d{4}[^()]{0,40}\)")


# a title's date that is no period the document covers: a term ("nhiệm kỳ 2023 – 2025"), a target ("đến năm 2030")
_NOT_COVERED: Final = re.compile(r"(?:nhiệm kỳ|khóa|khoá|đến|tới|tầm nhìn|trước)\s+(?:năm\s+)?$")
_REPORT_PERIOD: Final = re.compile(r"\d{4}-(?:H[12]|Q[1-4])|\d{4}/\d{4}")
_PERIOD: Final = re.compile(r"\d{4}(?:/\d{4}|-H[12]|-\d\d)?")  # a year, a period or a month: not a day
_OPENING: Final = vi_compile(
    r"\s*(?:(?:trong|vào|đến|cho đến)\s+)?(?:(?:đầu|giữa|cuối)\s+)?(?:(?:các\s+)?(?:năm|giai đoạn|thời kỳ)\s+)?"
)
# a heading run into its paragraph ("Hợp tác phòng chống dịch SARS Cuối tháng 2/2003, ..."): no punctuation,
# then the opening's capitalised first word
_RUN_IN: Final = vi_compile(
    r"[^\W\d_][^.,;:!?()\n]{2,80}? (?=(?:Trong|Vào|Đầu|Giữa|Cuối|Năm|Tháng|Ngày)\b)", 0
)
# "nâng quan hệ lên Đối tác chiến lược sâu rộng, và tháng 11/2023 lên Đối tác chiến lược toàn diện": the verb
# of a second upgrade is left out; its date stands between "và" and "lên" (events_coord dates it)
ELIDED_AND: Final = re.compile(r"(?:,\s*|\s+)(?:và|rồi|sau đó|đến)\s+(?:(?:vào|đến)\s+)?$", re.IGNORECASE)
ELIDED_UP: Final = re.compile(
    r"\s*,?\s*(?:(?:tiếp tục|được)\s+)?(?:nâng(?:\s+cấp|\s+tầm)?\s+(?:quan hệ\s+)?)?lên\s+(?:thành\s+|tầm\s+|mức\s+)?"
    r"(?:quan hệ\s+)?[“\"«]?đối tác",
    re.IGNORECASE,
)
_TERM: Final = re.compile(r"\b(?:nhiệm kỳ|nhiệm kì|khóa|khoá)\s*$", re.IGNORECASE)
# (not past a block's end: a name at a heading's end does not own the date opening the next paragraph)
_ATTACHED_GAP: Final = re.compile(r"[^\S\n]*(?:\([^\S\n]*)?(?:năm\s+|,\s*)?")
# (round 123) a name ending in an acronym ("TPP", "Hiệp định EVFTA"): a bare date after it is the act's, not the name's
_ACRONYM_END: Final = re.compile(r"(?<![^\W_])[A-Z][A-Z0-9-]*[A-Z0-9]$")
# (one space: not "(UKVFTA, năm 2020)", a bracketed alias's year, nor a table row's column "EVFTA  30/6/2019")
_BARE_GAP: Final = re.compile(r" (?:năm )?")
_TREATY_NOUNS: Final = ("Hiệp định", "Hiệp ước", "Công ước", "Nghị định thư", "Thỏa thuận", "Tuyên bố chung")
_YEAR_AFTER_NAME: Final = re.compile(
    "(?:" + "|".join(_TREATY_NOUNS) + r")[^.;:()]{0,160}+(?=\(\s*\d{4}\s*\))"
)


_SENTENCE_STARTS = "context: sentence starts"  # (Context.cache key)


class Context:
    """Per-document lookups built once: dates by offset, quotes, block modes, section dates."""

    def __init__(self, doc: Document):
        self.doc = doc
        text = doc.text
        self.quotes = spans_at(text, QUOTE, ("“", "«"))
        self._quote_starts = [q[0] for q in self.quotes]
        cites = [(m.start(), m.end()) for m in CITATION_PAREN.finditer(text)]
        cites += [(c.start, c.end) for c in doc.citations]
        self.citation_spans = sorted(cites)
        spans = self.citation_spans
        dates = [d for d in doc.dates if not covered(d.start, d.end, spans)] if spans else list(doc.dates)
        self.dates = sorted(dates, key=attrgetter("start"))
        self._date_starts = [d.start for d in self.dates]
        self._block_starts = [b.start for b in doc.blocks]
        self.name_spans: list[
            tuple[int, int]
        ] = []  # names (agreements, conflicts, ...); set by the extractor
        self.cache: dict = {}  # results shared by the triggers of the document (keyed by what they are)
        self._mentions = sorted(doc.mentions, key=attrgetter("start"))
        self._mention_starts = [m.start for m in self._mentions]
        self._agreements = [m for m in self._mentions if m.kind == "agreement"]
        self._agreement_starts = [m.start for m in self._agreements]
        self._attached = self._attached_dates()
        self.covered = False  # does the document cover ``period`` (a report's half-year, an article's range)?
        self.period = self._doc_period()
        self.modes = block_modes(doc, self.dates_in)
        self._section_date = self._section_dates()

    # ---- lookups ----
    def in_quote(self, pos: int) -> bool:
        k = bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and self.quotes[k][0] < pos < self.quotes[k][1]

    def block_index(self, pos: int) -> int | None:
        k = bisect_right(self._block_starts, pos) - 1
        return k if k >= 0 else None

    def dates_in(self, start: int, end: int) -> list[DateExpr]:
        lo = bisect_left(self._date_starts, start)
        hi = bisect_left(self._date_starts, end)
        return [d for d in self.dates[lo:hi] if d.end <= end]

    def attached(self, d: DateExpr) -> bool:
        """Does ``d`` date a name right before it ("Hiệp ước ... (1977)", "Đại hội V (1982)")?"""
        return d.start in self._attached_starts

    def sentence_starts(self) -> list[int]:
        """The starts of the document's sentences, in order (built once a document, on first use)."""
        starts = self.cache.get(_SENTENCE_STARTS)
        if starts is None:
            starts = self.cache[_SENTENCE_STARTS] = [s.start for s in self.doc.sentences]
        return starts

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions starting in ``[lo, hi)``, in text order."""
        return self._mentions[bisect_left(self._mention_starts, lo) : bisect_left(self._mention_starts, hi)]

    def in_mention(self, pos: int) -> bool:
        """Is ``pos`` inside any mention (of any kind)?"""
        k = bisect_right(self._mention_starts, pos) - 1
        for i in range(k, max(-1, k - 3), -1):
            m = self._mentions[i]
            if m.start <= pos < m.end:
                return True
        return False

    def in_name(self, d: DateExpr) -> bool:
        """Is ``d`` part of a name ("Công ước ... về Luật Biển năm 1982")?"""
        return covered(d.start, d.end, self.name_spans)

    def attached_date(self, name_end: int) -> str:
        """The date written right after a name ending at ``name_end``, or ""."""
        return self._attached.get(name_end, "")

    def add_agreements(self, extra: list[Mention]) -> None:
        """Treaties referred to by a noun alone ("rút khỏi thỏa thuận": events_left_treaty), found as named ones."""
        if extra:
            self._agreements = sorted(self._agreements + extra, key=attrgetter("start"))
            self._agreement_starts = [m.start for m in self._agreements]

    def agreements_between(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self._agreement_starts, start)
        return self._agreements[lo : bisect_left(self._agreement_starts, end)]

    def fallback_date(self, block: int | None) -> str:
        """The paragraph's opening date ("Năm 2023, ..."), the section's, else the document's period."""
        opening = self.opening_date(block)
        if opening:
            return opening
        if block is not None and "sections" in self.doc.meta and block < len(self.doc.blocks):
            entry = entry_date(self.doc, self.doc.blocks[block].start)  # a calendar entry's day (round 203)
            if entry:
                return entry
        if block is not None and self._section_date.get(block):
            return self._section_date[block]
        if block and "subtitles" in self.doc.meta and block < len(self.doc.blocks):
            told = self._cue_told(block - 1)  # a video's sentence goes on from the cue before (round 172)
            if told:
                return told
        return self.period

    def _cue_told(self, block: int) -> str:
        """The last date told (a year, a month or a day, not a name's) in a video's paragraph ``block``: a
        subtitle file's paragraphs are its cues' sentences, one narration ("Năm ấy chúng tôi vừa tổ chức APEC, …
        // Tổng thống Mỹ Bu-sơ sang dự Hội nghị …": 2006)."""
        b = self.doc.blocks[block]
        if b.type is not BlockType.PARAGRAPH:
            return ""
        told = [
            d
            for d in self.dates_in(b.start, b.end)
            if not (self.attached(d) or self.in_name(d)) and _PERIOD.fullmatch(d.value) and "/" not in d.value
        ]
        return told[-1].value if told else ""

    def opening_date(self, block: int | None) -> str:
        """The date a paragraph opens with ("Năm 2023, ..."), or ""."""
        if block is not None and block < len(self.doc.blocks):
            b = self.doc.blocks[block]
            opening = self.dates_in(b.start, min(b.end, b.start + 120))
            run_in = _RUN_IN.match(self.doc.text, b.start, opening[0].start) if opening else None
            if (
                opening
                and _PERIOD.fullmatch(opening[0].value)
                and _OPENING.fullmatch(self.doc.text, run_in.end() if run_in else b.start, opening[0].start)
                and self.doc.text[opening[0].end : opening[0].end + 1] == ","
            ):  # a day dates one event only
                return opening[0].value
        return ""

    # ---- builders ----
    def _attached_dates(self) -> dict[int, str]:
        text = self.doc.text
        out: dict[int, str] = {}
        starts: set[int] = set()
        for m in self.doc.mentions:
            if m.kind not in ("agreement", "conflict", "congress", "document"):
                continue
            k = bisect_left(self._date_starts, m.end)
            if k < len(self.dates) and _ATTACHED_GAP.fullmatch(text, m.end, self.dates[k].start):
                if m.kind == "agreement" and act_year_after_name(
                    m.code, text[m.end : self.dates[k].end], self.dates[k].value
                ):
                    continue  # "phê chuẩn Công ước khung ... năm 1994" (1992's): the act's year (dates_terms)
                if (
                    m.kind == "agreement"
                    and _ACRONYM_END.search(text, m.start, m.end)
                    and _BARE_GAP.fullmatch(text, m.end, self.dates[k].start)
                    and text[max(0, m.start - 1) : m.start] != "("
                    and text[text.rfind("\n", 0, m.start) + 1 : m.start].strip()  # (not a table row's label)
                ):
                    continue  # (round 123) "rút khỏi TPP năm 2017", "phê chuẩn CPTPP ngày 12/11": an acronym is no titled name
                out[m.end] = self.dates[k].value
                starts.add(self.dates[k].start)
        for _, g_end in spans_at(text, _YEAR_AFTER_NAME, _TREATY_NOUNS):  # a generic treaty name's "(1977)"
            k = bisect_left(self._date_starts, g_end)
            if k < len(self.dates) and self.dates[k].start - g_end <= 6:
                starts.add(self.dates[k].start)
        for d in self.dates:  # "..., và tháng 11/2023 lên Đối tác ...": the date of an elided second upgrade
            if ELIDED_UP.match(text, d.end) and ELIDED_AND.search(text, max(0, d.start - 16), d.start):
                starts.add(d.start)
        starts |= self._terms_beside_dates(text)
        self._attached_starts = starts
        return out

    def _terms_beside_dates(self, text: str) -> set[int]:
        """Terms ("nhiệm kỳ 2008 – 2009") in a sentence that also gives another date: an election is dated by
        its vote ("Ngày 16/10/2007, ... được bầu làm Ủy viên ... nhiệm kỳ 2008 – 2009"), not by the term."""
        low = lower_same_length(text)  # (every spelling of "nhiệm kỳ" / "khóa" has a "k" when lower-cased)
        terms = [
            d
            for d in self.dates
            if low.find("k", max(0, d.start - 12), d.start) >= 0
            and _TERM.search(text, max(0, d.start - 12), d.start)
            or coordinated_term(low, d.start)  # "nhiệm kỳ 2008 – 2009 và 2020 – 2021" (round 109)
        ]
        out: set[int] = set()
        for d in terms:
            s = self.doc.sentence_at(d.start)
            if s is None:
                continue
            lo, hi = text.rfind(";", s.start, d.start) + 1 or s.start, text.find(";", d.end, s.end)
            hi = (
                s.end if hi < 0 else hi
            )  # (the clause: "...nhiệm kỳ 2020 – 2021; Chủ tịch ASEAN năm 2010" is another's)
            if any(o.start >= lo and o.end <= hi and o not in terms for o in self.dates):
                out.add(d.start)
        return out

    def _doc_period(self) -> str:
        """The period the document covers (a title's range or report period: ``covered`` is True), else the
        document's own date (a dateline, an issue or publication date: ``covered`` is False)."""
        doc = self.doc
        meta = str(doc.meta.get("date") or "") or done_at_date(
            doc
        )  # ("Làm tại Hà Nội, ngày ...": events_agreement_phrases)
        title_dates: list[str] = []
        titles: list[tuple[str, list[tuple[int, str]]]] = []
        for b in doc.blocks:
            if b.type is BT.TITLE:
                low = self.doc.text[b.start : b.end].lower()
                title_dates += [
                    d.value
                    for d in self.dates_in(b.start, b.end)
                    if not _NOT_COVERED.search(low, 0, d.start - b.start)  # a term, a target
                ]
                titles.append((low, [(d.start - b.start, d.value) for d in self.dates_in(b.start, b.end)]))
        self.covered = True
        for v in title_dates:  # an article about a period: "ĐƯỜNG LỐI ... TỪ 1975 ĐẾN 1985"
            if "/" in v and re.fullmatch(r"\d{4}/\d{4}", v) and not (meta and _anniversary_span(titles, v)):
                return v
        if meta:
            # "BÁO CÁO ... 6 THÁNG ĐẦU NĂM 2020": the period reported on; a half-year or a quarter is one too
            self.covered = meta in title_dates or _REPORT_PERIOD.fullmatch(meta) is not None
            reported = "" if self.covered else reported_period(meta, titles)  # a report signed on a day
            self.covered = self.covered or bool(reported)  # ("6 tháng đầu năm 2024" signed 5/7/2024: 2024-H1)
            return reported or meta
        self.covered = bool(title_dates)
        return title_dates[0] if title_dates else ""

    def _section_dates(self) -> dict[int, str]:
        """For each block, the date written in the nearest heading above it (or its ancestors)."""
        out: dict[int, str] = {}
        stack: list[tuple[int, str]] = []  # (level, date) of open headings
        for i, b in enumerate(self.doc.blocks):
            if b.type is BT.HEADING:
                level = b.level or 1
                while stack and stack[-1][0] >= level:
                    stack.pop()
                dates = [
                    d
                    for d in self.dates_in(b.start, b.end)
                    if not _HEADING_TARGET.search(self.doc.text, b.start, d.start)
                ]  # "Hướng tới Chiến lược đổi mới sáng tạo 2030": a target, no date of the section (round 41)
                stack.append((level, dates[0].value if dates else ""))
            for _, d in reversed(stack):
                if d:
                    out[i] = d
                    break
        return out


_HEADING_TARGET: Final = re.compile(r"(?<!\w)(?:đến|tới|tầm\s+nhìn)(?!\w)", re.IGNORECASE)


def covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``[start, end)`` inside one of ``spans`` (sorted by start)? Spans rarely nest: two neighbours suffice."""
    k = bisect_right(spans, (start, 10**12)) - 1
    if k < 0:
        return False
    a, b = spans[k]
    if a <= start and end <= b:
        return True
    if k == 0:
        return False
    a, b = spans[k - 1]
    return a <= start and end <= b


# (round 109) "KẾ HOẠCH Tổ chức các hoạt động kỷ niệm 50 năm Việt Nam tham gia Phong trào ... (1976 – 2026)"; the
# years an anniversary counts (also events_told_aside, round 122)
ANNIVERSARY_YEARS: Final = re.compile(r"\bkỷ niệm (?:lần thứ )?(\d{1,3}) năm\b")


def _anniversary_span(titles: list[tuple[str, list[tuple[int, str]]]], value: str) -> bool:
    """Is the title's range ``value`` ("1976/2026") the span of the anniversary its title celebrates ("kỷ niệm 50
    năm ...")? It dates what is remembered, no period the document covers: a plan dated on a day plans for its
    own year."""
    span = int(value[5:9]) - int(value[:4])
    return any(int(m.group(1)) == span for low, _ in titles for m in ANNIVERSARY_YEARS.finditer(low))
