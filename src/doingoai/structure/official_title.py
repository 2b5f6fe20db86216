"""An official document's title: its kind on a line of its own ("CHỈ THỊ", "NGHỊ QUYẾT SỐ 22-NQ/TW")
or a letter's subject ("V/v ..."), then the subject ("Về việc ...", or any short line after the kind
alone) with its wrapped lines; a note on the document under it ("(trích)") is no part of it. Read
by :mod:`doingoai.structure.front_matter` and the walk in :mod:`doingoai.structure.paragraphs`."""

from __future__ import annotations

import re

from doingoai.structure.headings import RANK_CHAPTER, RANK_PART, bare_part, heading_rank, label, title_shaped
from doingoai.structure.lines import Lines, ends_sentence, starts_lower
from doingoai.structure.preamble import is_marker
from doingoai.structure.preamble_parts import LETTER_SUBJECT as _LETTER_SUBJECT

MAX_TITLE_LINES = 6
_WORDISH = re.compile(r"[^\W\d_]{2}")
# the kind of an official document, heading its title ("CHỈ THỊ", "NGHỊ QUYẾT SỐ 22-NQ/TW")
_DOCUMENT_KIND = re.compile(
    r"^(?:NGHỊ\s+QUYẾT(?:\s+LIÊN\s+TỊCH)?|CHỈ\s+THỊ|QUYẾT\s+ĐỊNH|THÔNG\s+BÁO|CÔNG\s+ĐIỆN|THÔNG\s+TƯ|"
    r"NGHỊ\s+ĐỊNH|BÁO\s+CÁO|TỜ\s+TRÌNH|KẾ\s+HOẠCH|CÔNG\s+VĂN|LUẬT|PHÁP\s+LỆNH|LỆNH|HƯỚNG\s+DẪN|"
    r"QUY\s+ĐỊNH|QUY\s+CHẾ|KẾT\s+LUẬN|ĐỀ\s+ÁN|CHƯƠNG\s+TRÌNH|ĐỀ\s+CƯƠNG|THÔNG\s+CÁO(?:\s+BÁO\s+CHÍ|\s+CHUNG)?|"
    r"TUYÊN\s+BỐ(?:\s+CHUNG)?|GIẤY\s+MỜI|BIÊN\s+BẢN|CÔNG\s+HÀM|BỊ\s+VONG\s+LỤC|BẢN\s+GHI\s+NHỚ|"
    r"NGHỊ\s+ĐỊNH\s+THƯ|ĐIỆN\s+MỪNG)(?:\s+(?:SỐ|Số)\s*:?\s*\S+)?$"
)
# a subject line under it: "Về việc ...", "V/v ...", "Về ..."
_SUBJECT = re.compile(
    r"^(?:Về\s+việc|V/[vV]|Về|VỀ|về|V\.v\.?)\s"
)  # (also "về ..." under "KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ")
MAX_SUBJECT = 250
MAX_AXIS_SHIFT = 3  # characters (doubled) two centred lines' middles may differ by


# an appendix's label on a line of its own, over its upper-case title ("Phụ lục II", "PHỤ LỤC 3")
_APPENDIX_LABEL = re.compile(
    r"(?:Phụ\s+lục|PHỤ\s+LỤC)(?:\s+(?:số\s+|SỐ\s+)?(?:[IVXLC]{1,6}|\d{1,2}[a-z]?))?\.?"
)
MAX_APPENDIX_LABEL = 20


def appendix_label(t: str) -> bool:
    """``t`` is an appendix's label alone ("Phụ lục II"): with the upper-case lines under it, the title
    of an annex sent with a report."""
    return len(t) <= MAX_APPENDIX_LABEL and t[0] in "Pp" and _APPENDIX_LABEL.fullmatch(t) is not None


def is_document_kind(t: str) -> bool:
    """``t`` names the kind of an official document on a line of its own ("CHỈ THỊ")."""
    return len(t) <= 60 and _DOCUMENT_KIND.match(t) is not None


def is_official_title(t: str) -> bool:
    """The first line of an official document's title: its kind ("THÔNG BÁO"), or a letter's
    subject ("V/v ...")."""
    return is_document_kind(t) or (t[0] == "V" and _LETTER_SUBJECT.match(t) is not None)


def subject_lines(lines: Lines, idx: list[int], single: bool) -> int:
    """How many lines after an official document's kind state its subject: a "Về việc ..." or
    "V/v ..." line (or, after the kind alone, any short line that does not end like a sentence),
    with its wrapped lines."""
    texts = lines.texts
    if not idx:
        return 0
    t = texts[idx[0]]
    if len(t) > MAX_SUBJECT or heading_rank(t) is not None or label(t) or is_marker(t):
        return 0
    if t[:1] == "v" and not single and (lines.blanks[idx[0]] or ends_sentence(t) or t[-1] in ",;"):
        return 0  # "về …" in lower case goes on right under the kind, never a sentence ("về việc này, …")
    if _SUBJECT.match(t) is None:
        # (after the kind alone, a subject may start in lower case: "TUYÊN BỐ CHUNG" / "về quan hệ ...")
        if not single or ends_sentence(t) or t[-1] in ",;" or t.isupper():
            return 0
    return subject_wraps(lines, idx, len(t))


def subject_wraps(lines: Lines, idx: list[int], chars: int) -> int:
    """The subject's first line ``idx[0]`` (``chars`` long) and how many lines after it go on with
    it: its count of lines."""
    n = 1
    while n < len(idx) and n < MAX_TITLE_LINES and _subject_goes_on(lines, idx[n - 1], idx[n]):
        if is_marker(lines.texts[idx[n]]) or editorial_note(lines.texts[idx[n]]):
            break  # (a motto or a place and date under a subject set in a column; "(trích)")
        chars += len(lines.texts[idx[n]])
        if chars > MAX_SUBJECT:
            break
        n += 1
    return n


def editorial_note(t: str) -> bool:
    """``t`` is a line wholly in brackets holding words in lower case: a note on the document set
    under its title ("(trích)", "(Dự thảo lần 2)", "(Ban hành kèm theo Quyết định số ...)"), not a
    wrapped part of it (an abbreviation "(CPTPP)", years "(2021 – 2025)")."""
    return (
        len(t) > 2
        and t[0] == "("
        and t[-1] == ")"
        and t.count("(") == 1
        and _WORDISH.match(t, 1) is not None
        and any(c.islower() for c in t)
    )


def _same_column(lines: Lines, p: int, i: int) -> bool:
    """Lines ``p`` and ``i`` are set in one indented column: the same indent, or centred on the same
    axis ("         Phê duyệt Kế hoạch …" / "         Ngày thiết lập quan hệ …")."""
    a, b = lines.indent[p], lines.indent[i]
    if not a or not b:
        return False
    return a == b or abs(2 * a + len(lines.texts[p]) - 2 * b - len(lines.texts[i])) <= MAX_AXIS_SHIFT


def _subject_goes_on(lines: Lines, p: int, i: int) -> bool:
    """Line ``i`` is the wrapped rest of the subject line ``p``: it starts in lower case, or it
    follows without a blank line a line that does not end a sentence and is a shorter tail (or a line
    of the subject's own indented column) that does not end one either and is not a run of upper-case
    words (the signer's title, a heading)."""
    t, tp = lines.texts[i], lines.texts[p]
    if starts_lower(t):
        return True
    if lines.blanks[i] or lines.page[i] or ends_sentence(tp) or ends_sentence(t):
        return False
    if len(t) >= len(tp) and not _same_column(lines, p, i):
        return False  # (a longer line goes on only in the subject's own indented or centred column)
    return not (t.isupper() and " " in t) and heading_rank(t) is None and not label(t)


# a span of years in brackets on a line of its own ("(1992 – 1999)", "(1945-1954)", "(từ năm 1986 đến nay)")
_YEARS_LINE = re.compile(
    r"\(\s*(?:[Tt]ừ\s+)?(?:năm\s+)?\d{4}\s*(?:[–—-]|đến)\s*(?:năm\s+)?(?:\d{4}|nay)\s*\)"
)


def years_line(t: str) -> bool:
    """``t`` is only a span of years in brackets: the period a title covers, set under it."""
    return t[:1] == "(" and _YEARS_LINE.fullmatch(t) is not None


def years_under(lines: Lines, idx: list[int], n: int) -> int:
    """1 when the line right under a title of ``n`` lines (no blank line between) is a span of years in
    brackets ("CHƯƠNG 2. VIỆT NAM VÀ … ASEAN" / "(1992 – 1999)"), else 0."""
    if not 0 < n < len(idx) or lines.blanks[idx[n]] or lines.page[idx[n]]:
        return 0
    return int(years_line(lines.texts[idx[n]]))


def chapter_title(texts: list[str], idx: list[int]) -> bool:
    """The first line is a part or chapter with its own title ("Chương 5. Việt Nam và Liên Hợp Quốc") and no
    other line is one: the document is that chapter, so the line is its title, not a heading."""
    first = texts[idx[0]]
    rank = heading_rank(first)
    if rank not in (RANK_PART, RANK_CHAPTER) or bare_part(first):
        return False
    return not any(t[:1] in "PCpc" and heading_rank(t) == rank for t in map(texts.__getitem__, idx[1:]))


def bare_chapter_title(lines: Lines, idx: list[int]) -> bool:
    """The first line is a chapter's (or part's) number alone in lower case ("Chương 5"), its title in
    capitals on the next line with no blank line between ("NHỮNG MÙA ĐÔNG Ở XTỐC-KHÔM"), and no other line
    is a chapter: the document is that chapter (a memoir's, a book's), the two lines its title (round 183;
    "CHƯƠNG 2" in capitals is read with the capitals over it)."""
    if len(idx) < 2 or lines.blanks[idx[1]] or lines.page[idx[1]]:
        return False
    texts = lines.texts
    first, nxt = texts[idx[0]], texts[idx[1]]
    rank = heading_rank(first)
    if rank not in (RANK_PART, RANK_CHAPTER) or not bare_part(first) or first.isupper():
        return False
    if not nxt.isupper() or len(nxt) > 150 or ends_sentence(nxt) or heading_rank(nxt) is not None:
        return False
    return not any(t[:1] in "PCpc" and heading_rank(t) == rank for t in map(texts.__getitem__, idx[2:]))


def chapter_wraps(lines: Lines, idx: list[int]) -> int:
    """How many lines go on with a chapter's upper-case title line ``idx[0]`` ("CHƯƠNG 3. QUAN HỆ VIỆT
    NAM – ÁC-HEN-TI-NA TỪ" / "NĂM 1973 ĐẾN NAY"): upper-case lines right under it (no blank line, no
    number of their own, no sentence end), each after a line that breaks off on a word a title does
    not end with ("từ", "và", "của")."""
    texts = lines.texts
    first = texts[idx[0]]
    if not first.isupper() or heading_rank(first) not in (RANK_PART, RANK_CHAPTER) or bare_part(first):
        return 0
    n = 1
    while n < len(idx) and n < MAX_TITLE_LINES:
        i, t = idx[n], texts[idx[n]]
        if (
            lines.blanks[i]
            or lines.page[i]
            or not t.isupper()
            or ends_sentence(t)
            or heading_rank(t) is not None
        ):
            break
        if title_shaped(texts[idx[n - 1]]):
            break  # the line before ends as a title may: the title ends there
        n += 1
    return n - 1
