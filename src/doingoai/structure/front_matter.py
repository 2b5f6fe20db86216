"""The top of a document: title, authors, affiliations.

* Title: the upper-case lines at the top (also split over several lines or by blank lines), with an
  appendix's label over them ("Phụ lục II"), or a short first line standing alone that does not end like a
  sentence.
* Authors: short lines of capitalised names ("Hoàng Ngọc Kiên", "TS. Nguyễn Văn A, Trần Thị B"),
  academic titles allowed in front.
* Affiliations: lines naming an institution (Trường, Viện, Học viện, Đại học, Bộ, Ban, ...) or an
  e-mail address, with their wrapped continuation lines.
Abstracts and keywords follow as labelled blocks (see :mod:`doingoai.structure.headings`).
"""

from __future__ import annotations

import re

from doingoai.model import BlockType
from doingoai.structure.banners import site_banner
from doingoai.structure.headings import heading_rank, label
from doingoai.structure.lines import Lines, ends_sentence, starts_lower, year_goes_on
from doingoai.structure.official_title import (
    MAX_TITLE_LINES,
    appendix_label,
    bare_chapter_title,
    chapter_title,
    chapter_wraps,
    editorial_note,
    is_document_kind,
    subject_lines,
    years_line,
    years_under,
)
from doingoai.structure.preamble import named_issuer
from doingoai.structure.preamble_parts import LETTER_SUBJECT as _LETTER_SUBJECT
from doingoai.structure.speech import is_speech_head, is_speech_kind, opens_salutation

MAX_TITLE_CHARS = 400
_CONNECTIVES = frozenset(("VÀ", "GIỮA", "VỚI", "VỀ", "CỦA"))
MAX_TAIL_LINES = 3  # lines of a title going on in lower case ("về quan hệ ..." / "và Vương quốc ...")

_AFFILIATION = re.compile(
    r"^[\d*¹²³⁴†‡]*\s*(?:Trường|TRƯỜNG|Viện|VIỆN|Học\s+viện|HỌC\s+VIỆN|Đại\s+học|ĐẠI\s+HỌC|Bộ|BỘ|Ban|BAN|"
    r"Khoa|KHOA|Trung\s+tâm|TRUNG\s+TÂM|Sở|Cục|Vụ|Tạp\s+chí|Ủy\s+ban|Uỷ\s+ban|Đảng\s+ủy|Tỉnh\s+ủy|Thành\s+ủy|"
    r"Phân\s+viện|University|Institute|Academy|Faculty|Department|School|College|"
    r"Center|Centre|Ministry)\b(?!\s+trưởng)"  # ("Bộ trưởng ...", "Viện trưởng ...": a person)
)
_INSTITUTION = re.compile(
    r"\b(?:Trường|Viện|Học\s+viện|Đại\s+học|Trung\s+tâm|University|Institute|Academy|College|"
    r"Ministry|Faculty|Department|School|Centre|Center)\b"
)
# words _INSTITUTION needs one of (a cheap test first)
_INSTITUTION_WORDS = tuple(
    "Trường Viện Học Đại Trung Univ Inst Acad Coll Minis Facul Depart School Cent".split()
)
_MARKS = "*¹²³⁴†‡0123456789"
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|^E-?mail\s*:", re.IGNORECASE)
_TITLES = re.compile(r"^(?:(?:GS|PGS|TS|ThS|THS|NCS|CN|KS|BS|Th\.S|TH\.S|Dr|Prof|Mr|Ms)\.?\s*)+")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\bvà\b|\band\b)\s*")
_NAME_MARKS = re.compile(r"[\d*¹²³⁴†‡()]+$")
_NAME_MARK_CHARS = "*¹²³⁴†‡()"  # and digits
_NAME_SEPARATORS = (",", ";", "&", "và", "and")
_WORDISH = re.compile(r"[^\W\d_]{2}")
# a number opening a title, then a word in lower case ("45 năm", "10 sự kiện") or, after a year or a
# span of years, a colon ("2023: ...", "1975 – 2025: ..."); not a section number ("1. ", "2 Mở đầu")
_COUNT_FIRST = re.compile(r"\d{1,4}(?:\s*[–-]\s*\d{4})?(:)?\s+([^\W\d_])")


def is_affiliation(t: str) -> bool:
    if not t or len(t) > 150:
        return False  # ("" stands for no next line)
    if _AFFILIATION.match(t) is not None or ("@" in t or t[0] in "Ee") and _EMAIL.search(t) is not None:
        return True
    # "* Diplomatic Academy of Vietnam": a footnote mark, or an institution named later in the line
    return (
        t[-1] != "."
        and (t[0] in _MARKS or len(t) <= 100)
        and any(map(t.__contains__, _INSTITUTION_WORDS))  # (a cheap test before the regular expression)
        and _INSTITUTION.search(t) is not None
    )


def is_author_line(t: str) -> bool:
    if not t or len(t) > 120 or ends_sentence(t.rstrip("*")) and not t.endswith("."):
        return False
    if _has_lower_word(t):
        return False  # (a cheap test first: a name's words are capitalised)
    if is_affiliation(t) or label(t) or heading_rank(t) is not None:
        return False
    t = _TITLES.sub("", t)
    if any(map(t.__contains__, _NAME_SEPARATORS)):  # (regular expressions only where they can match)
        names = [n for n in _NAME_SPLIT.split(t) if n]
    else:
        names = [t] if t else []
    if not names:
        return False
    for name in names:
        name = _TITLES.sub("", name)
        if name and (name[-1].isdecimal() or name[-1] in _NAME_MARK_CHARS):
            name = _NAME_MARKS.sub("", name)
        words = name.split()
        if not 2 <= len(words) <= 6:
            return False
        if not all(w[0].isupper() and w.replace("-", "").isalpha() for w in words):
            return False
    return True


def _has_lower_word(t: str) -> bool:
    """A word starts with a lower-case letter and is not "và"/"and" (which separate names)."""
    for w in t.split():
        if w[0].islower() and not any(
            w.startswith(sep) and (len(w) == len(sep) or not (w[len(sep)].isalnum() or w[len(sep)] == "_"))
            for sep in ("và", "and")
        ):
            return True
    return False


def title_lines(lines: Lines, idx: list[int]) -> int:
    """How many of the first lines (positions in ``idx``) make the title: with a span of years in
    brackets right under it ("CHƯƠNG 2. VIỆT NAM VÀ … ASEAN" / "(1992 – 1999)")."""
    n = _title_lines(lines, idx)
    return n + years_under(lines, idx, n)


def _title_lines(lines: Lines, idx: list[int]) -> int:
    texts = lines.texts
    if not idx:
        return 0
    first = texts[idx[0]]
    # "Phụ lục II" / "TỔNG HỢP …": an appendix's label over its upper-case title
    label_first = len(idx) > 1 and appendix_label(first) and _caps(texts[idx[1]])
    if label_first or _caps(first) and heading_rank(first) is None:
        n, chars = (1, len(first)) if label_first else (0, 0)
        joins = 0  # connective lines ("GIỮA", "VÀ"): a treaty's title set centred on short lines
        while n < len(idx) and n < MAX_TITLE_LINES + joins:
            t = texts[idx[n]]
            if n and not lines.blanks[idx[n]] and year_goes_on(texts[idx[n - 1]], t):
                pass  # "… SAU NĂM" / "1993": the title goes on with its year
            elif n and t in _CONNECTIVES and n + 1 < len(idx) and _caps(texts[idx[n + 1]]):
                joins += 1  # "CHÍNH PHỦ … VIỆT NAM" / "VÀ" / "CHÍNH PHỦ …": the title goes on
            elif not _caps(t) or (n and heading_rank(t) is not None) or chars + len(t) > MAX_TITLE_CHARS:
                break
            if n and _caps_name(t, texts[idx[n + 1]] if n + 1 < len(idx) else "", texts[idx[n - 1]]):
                break  # an author's name in capitals after the title
            n += 1
            chars += len(t)
        if is_document_kind(first) or n == 1 and is_speech_kind(first):  # (its subject or occasion)
            n += subject_lines(lines, idx[n:], single=n == 1)
        tail = n + MAX_TAIL_LINES
        while n < len(idx) and n < tail and _lower_tail(lines, idx[n - 1], idx[n]):
            n += 1  # "BÀI PHÁT BIỂU" / "của Thủ tướng … tại Hội nghị …": the title goes on in lower case
        return n
    if first[0] == "V" and _LETTER_SUBJECT.match(first):  # a letter's subject stands for its title
        return subject_lines(lines, idx, single=False)
    if len(first) > 200 or label(first) or is_affiliation(first):
        return 0
    if heading_rank(first) is not None and not chapter_title(texts, idx):
        return 2 if bare_chapter_title(lines, idx) else 0
    if first[-1] in ".,;:" or starts_lower(first) or opens_salutation(first):
        return 0
    if not first[0].isupper() and not _count_first(first):
        return 0  # (a title may open with a count or years: "45 năm quan hệ ...", "1975 – 2025: ...")
    if len(idx) > 1:
        nxt = idx[1]
        if not first[0].isupper() and not lines.blanks[nxt]:
            return (
                0  # a title opening with a number stands alone; else a wrapped sentence ("2019 là năm ...")
            )
        alone = lines.blanks[nxt] > 0 or lines.page[nxt] or not lines.trail[idx[0]]
        if not alone or starts_lower(texts[nxt]) and not years_line(texts[nxt]):
            return 0 if not (wraps := chapter_wraps(lines, idx)) else 1 + wraps
    return 1 + chapter_wraps(lines, idx)  # (a chapter's title wrapped on upper-case lines)


def _lower_tail(lines: Lines, p: int, i: int) -> bool:
    """Line ``i``, right under the upper-case title line ``p`` with no blank line between, goes on
    with it in lower case and does not end like a sentence ("của Thủ tướng … tại Hội nghị …")."""
    t = lines.texts[i]
    return (
        starts_lower(t)
        and (not lines.blanks[i] or lines.blanks[i] == 1 and is_speech_head(lines.texts[p]))
        and not lines.page[i]
        and len(t) <= MAX_TITLE_CHARS // 2
        and not ends_sentence(t)
        and t[-1] not in ",;"
        and not editorial_note(t)
    )


# a legislature's term and sitting under its name, above the kind of its act ("Khóa IX, kỳ họp thứ 5")
_SESSION = re.compile(r"[Kk]h(?:óa|oá)\s+[IVXLC\d]+(?:\s*,\s*[Kk]ỳ\s+họp\s+(?:thứ\s+)?\w+)?")


def issuer_lines(lines: Lines, idx: list[int]) -> int:
    """How many upper-case lines above an official document's kind name its issuer ("BỘ NGOẠI GIAO", then
    "BÁO CÁO"), when no motto or number marked them as a preamble: 0 when the kind does not follow."""
    texts = lines.texts
    named = named_issuer(texts, idx) if idx else 0  # "BỘ NGOẠI GIAO – VỤ CHÂU ÂU" above "THÔNG TIN ..."
    if named:
        return named
    if site_banner(lines, idx):
        return 1
    if not idx or not texts[idx[0]].isupper():
        return 0
    for n in range(min(4, len(idx) - 1)):
        t = texts[idx[n]]
        if n and t[0] in "Kk" and _SESSION.fullmatch(t):  # "QUỐC HỘI" / … / "Khóa IX, kỳ họp thứ 5"
            if is_document_kind(texts[idx[n + 1]]):
                return n + 1
            continue
        if len(t) > 60 or not _caps(t) or is_document_kind(t) or heading_rank(t) is not None:
            return 0
        if is_document_kind(texts[idx[n + 1]]) or appendix_label(texts[idx[n + 1]]):
            return n + 1
    return 0


def _count_first(t: str) -> bool:
    m = _COUNT_FIRST.match(t)
    return m is not None and (m.group(1) is not None or m.group(2).islower())


def _caps_name(t: str, nxt: str, prev: str = "") -> bool:
    """An upper-case line that is a person's name: an academic title, a footnote mark, or an
    affiliation on the next line tells it from a line of the title (not a line after one ending in
    ";" or ",", which the title goes on from, nor one ending in a year: "NHIỆM VỤ NĂM 2024")."""
    if len(t) > 60 or len(t.split()) > 7 or prev[-1:] in (";", ",", ":", "–", "-"):
        return False
    if _TITLES.match(t) is None and not _footnote_mark(t) and not is_affiliation(nxt):
        return False  # (the cheaper tests first)
    return is_author_line(_TITLES.sub("", t).title())


def _footnote_mark(t: str) -> bool:
    """``t`` ends with a footnote mark: a symbol, or one digit or two glued to the name ("AN1")."""
    c = t[-1]
    if c in "*¹²³⁴†‡":
        return True
    if not c.isdigit():
        return False
    word = t.rsplit(None, 1)[-1]
    digits = len(word) - len(word.rstrip("0123456789"))
    return digits <= 2 and digits < len(word)


def _caps(t: str) -> bool:
    return len(t) >= 4 and t.isupper() and _WORDISH.search(t) is not None


def people(lines: Lines, idx: list[int], pos: int) -> tuple[list[tuple[BlockType, list[int]]], int]:
    """Author and affiliation blocks starting at ``idx[pos]``; returns them and the next position."""
    texts = lines.texts
    out: list[tuple[BlockType, list[int]]] = []
    if pos == 0 and (not idx or not is_author_line(texts[idx[0]])):
        return out, pos  # no title: authors must come first
    limit = min(len(idx), pos + 12)
    while pos < limit:
        i = idx[pos]
        t = texts[i]
        if is_affiliation(t):
            group = [i]
            pos += 1
            while pos < limit and _continues_affiliation(lines, group[-1], idx[pos]):
                group.append(idx[pos])
                pos += 1
            out.append((BlockType.AFFILIATION, group))
        elif is_author_line(t) and not (
            out and out[-1][0] is BlockType.AFFILIATION and not _more_people(lines, idx, pos)
        ):
            out.append((BlockType.AUTHOR, [i]))
            pos += 1
        else:
            break
    if not out and pos:
        return _before_label(lines, idx, pos)
    return out, pos


def _before_label(lines: Lines, idx: list[int], pos: int) -> tuple[list[tuple[BlockType, list[int]]], int]:
    """Short lines between the title and an abstract/keywords label: an author line, then affiliations."""
    texts = lines.texts
    for k in range(pos, min(len(idx), pos + 4)):
        t = texts[idx[k]]
        if label(t):
            if k == pos:
                break
            return [
                (BlockType.AUTHOR if j == pos else BlockType.AFFILIATION, [idx[j]]) for j in range(pos, k)
            ], k
        if len(t) > 120 or ends_sentence(t) or heading_rank(t) is not None:
            break
    return [], pos


def _continues_affiliation(lines: Lines, prev: int, i: int) -> bool:
    t = lines.texts[i]
    if lines.blanks[i] or lines.page[i] or label(t) or is_affiliation(t) or is_author_line(t):
        return starts_lower(t) and not label(t)
    return starts_lower(t) or (lines.trail[prev] and not ends_sentence(lines.texts[prev]) and len(t) < 80)


def _more_people(lines: Lines, idx: list[int], pos: int) -> bool:
    """An author line after an affiliation counts only if an affiliation follows it."""
    for k in range(pos + 1, min(len(idx), pos + 3)):
        if is_affiliation(lines.texts[idx[k]]):
            return True
    return False
