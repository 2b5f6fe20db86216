"""Second look at the blocks, with their whole text and their neighbours in view.

* A short block that does not end like a sentence and is followed by body text is an unnumbered
  heading; so is a short one-sentence lead-in ending in ":" that opens a section of long paragraphs
  ("Một số nhiệm vụ, giải pháp chủ yếu ... 6 tháng cuối năm 2020:").
* After a paragraph ending in ":", the short one-sentence blocks that follow are the items of an
  enumeration (as many as a number word in the lead-in says, "ba định hướng chính:").
* A numbered "1." heading right after a lead-in ending in ":" is a list item.
* Heading levels come from the numbering kinds the document uses (headings.levels); "C." after "B." is
  a letter, not the roman 100.
"""

from __future__ import annotations

import re

from doingoai.model import BlockType
from doingoai.structure import boxes, headings, speech
from doingoai.structure.fields import dated_field, in_field_list
from doingoai.structure.lines import ends_sentence
from doingoai.structure.preamble_parts import is_addressee

MAX_HEADING = 120  # characters of an unnumbered heading
MAX_LEAD_IN_HEADING = 160
MAX_ITEM = 200  # characters of an unmarked enumeration item
MAX_SHORT_ITEM = 120  # a lead-in followed by longer blocks heads a section
_INNER_SENTENCE = re.compile(r"[.!?…][\"”’)]*\s+[“\"]?[^\W\d_]")
# ("năm" is left out: it also means "year")
_NUMBER_WORDS = "hai ba bốn sáu bảy tám chín mười two three four five six seven eight nine ten"
_COUNT = {
    w: (2, 3, 4, 6, 7, 8, 9, 10, 2, 3, 4, 5, 6, 7, 8, 9, 10)[k] for k, w in enumerate(_NUMBER_WORDS.split())
}
_COUNT_WORD = re.compile(
    r"\b(\d{1,2}|" + "|".join(_COUNT) + r")\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:$", re.IGNORECASE
)
_BODY = (BlockType.PARAGRAPH, BlockType.LIST_ITEM)
_REFERENCES = re.compile(
    r"^(?:[IVX\d]+\.\s*)?(?:Tài liệu tham khảo|Danh mục tài liệu tham khảo|References|Bibliography)\s*:?$",
    re.IGNORECASE,
)
_CAPTION = re.compile(r"^(?:Bảng|Hình|Biểu đồ|Sơ đồ|Đồ thị|Table|Figure|Fig\.)\s+\d+(?:\.\d+)*\s*[.:]")
_ORDINAL = re.compile(
    r"(?:Thứ\s+(?:nhất|hai|ba|tư|năm)|Một\s+là|Hai\s+là|Trước\s+hết|First(?:ly)?|Second(?:ly)?)\b"
)


def refine(blocks: list, texts: list[str]) -> None:
    """Retype blocks in place; ``texts[k]`` is block k's text."""
    n = len(blocks)
    for k in range(n):
        b = blocks[k]
        t = texts[k]
        if not t:
            continue
        prev_t = _prev_text(blocks, texts, k)
        if b.type is BlockType.HEADING and b.rank == headings.RANK_NUM + 1 and prev_t.endswith(":"):
            if not _heads_section(blocks, texts, k):
                b.type = BlockType.LIST_ITEM
        elif b.type is BlockType.HEADING and b.rank == headings.RANK_NUM + 1 and k and prev_t:
            if blocks[k - 1].type is BlockType.LIST_ITEM and headings.next_number(prev_t, t):
                b.type = BlockType.LIST_ITEM  # "2. Kinh tế" right after the item "1. Chính trị"
        elif b.type is BlockType.PARAGRAPH and not b.front:
            nxt = k + 1 < n and blocks[k + 1].type in _BODY and texts[k + 1]
            if not nxt and k + 1 < n and blocks[k + 1].type is BlockType.TABLE and _caption_heading(t):
                b.type = BlockType.HEADING  # "Phụ lục: Một số cặp cửa khẩu …" over a table's rows
                continue
            if not nxt or prev_t.endswith(":"):
                continue
            if in_field_list(blocks, texts, k) or dated_field(t) or t[0] == "K" and is_addressee(t):
                continue  # "Thủ đô: Viên" among other "Field: value" lines, "Cập nhật: tháng 3/2025": not headings
            if _standalone_heading(t, texts[k + 1]) or _lead_in_heading(t, prev_t, texts[k + 1]):
                b.type = BlockType.HEADING
    _enumerations(blocks, texts)
    _references_and_captions(blocks, texts)
    _levels(blocks, texts)


def _heads_section(blocks: list, texts: list[str], k: int) -> bool:
    """Numbered heading ``k`` ("1. Mục đích, ý nghĩa") has body text under it and its next sibling
    ("2. Các hoạt động chính") is a heading too: a section heading, not the first item of a list."""
    b = blocks[k]
    if k + 1 >= len(blocks) or blocks[k + 1].type is BlockType.HEADING:
        return False
    for j in range(k + 1, len(blocks)):
        c = blocks[j]
        if c.type is not BlockType.HEADING:
            continue
        if c.rank is None or c.rank > b.rank:
            continue  # an unnumbered or lower heading inside the section
        return c.rank == b.rank and headings.next_number(texts[k], texts[j])
    return False


def _prev_text(blocks: list, texts: list[str], k: int) -> str:
    return texts[k - 1].rstrip() if k else ""


def _one_sentence(t: str) -> bool:
    return _INNER_SENTENCE.search(t) is None


def _standalone_heading(t: str, nxt: str) -> bool:
    if t[-1] in "?!" and boxes.caps_label(t, nxt):
        return True  # a box's label in capitals ("EM CÓ BIẾT?")
    if len(t) > MAX_HEADING or ends_sentence(t) or t[-1] in ",;-–" or not t[0].isupper():
        return False
    if speech.opens_salutation(t):
        return False  # "Thưa các bạn" standing alone: a salutation
    return len(t.split()) <= 15 and len(nxt) > len(t)


def _caption_heading(t: str) -> bool:
    """A short line over a table, shaped like a heading (not a caption "Bảng 1: …", typed apart)."""
    return _standalone_heading(t, t + " ") and not _CAPTION.match(t)  # (no length to compare: any row)


def _lead_in_heading(t: str, prev: str, nxt: str) -> bool:
    """A one-sentence block ending in ':' standing alone, not announcing "three points:", and shaped
    like a title (a noun phrase), not a clause (:func:`clause_lead_in`)."""
    if not t.endswith(":") or len(t) > MAX_LEAD_IN_HEADING or not _one_sentence(t[:-1]):
        return False
    if prev and not ends_sentence(prev) or _count_word(t) or clause_lead_in(t):
        return False
    return len(nxt) > max(MAX_SHORT_ITEM, 1.5 * len(t)) or _ORDINAL.match(nxt) is not None


# a fronted adverbial, set off by a comma before the clause it opens ("Để tổ chức tốt ..., Thủ tướng
# Chính phủ chỉ thị:", "Năm 2018, công tác ...", "Thời gian tới, ..."); a title starts with its noun
_FRONTED = re.compile(
    r"(?:Để|Nhằm|Với|Trên\s+cơ\s+sở|Căn\s+cứ|Thực\s+hiện|Theo(?!\s+dõi)|Trong|Từ|Qua|Sau|Trước|Tại|Nhân|Khi|Nếu|Vì|Do|"
    r"Bên\s+cạnh|Ngoài\s+ra|Như\s+vậy|Tóm\s+lại|Vì\s+vậy|Do\s+đó|Tuy\s+nhiên|Đồng\s+thời|Hiện\s+nay|"
    r"Thời\s+gian\s+tới|Đến|Tới|(?:Năm|Ngày|Tháng|Sáng|Chiều)\s+(?:\d|nay\b|qua\b|tới\b)|"
    r"In|With|After|Before|Since|During)\b[^,:]*,\s*\S"
)
# words ending a clause that announces what follows: a connective ("…, cụ thể:", "… như sau:",
# "… là:") after anything
_CONNECTIVE_END = re.compile(
    r"\b(?:cụ\s+thể|như\s+sau|sau\s+đây|là|gồm|bao\s+gồm|gồm\s+có|như|trong\s+đó|"
    r"(?:[Cc]ác|[Nn]hững|[Mm]ột\s+số)\s+(?:[^\W\d_]+\s+){1,4}sau)\s*:$"  # "… các nhiệm vụ sau:" (the following)
)
_VERBS = (
    r"(?:chỉ\s+thị|yêu\s+cầu|đề\s+nghị|quyết\s+định|quyết\s+nghị|kết\s+luận|nhấn\s+mạnh|"
    r"khẳng\s+định|cho\s+biết|nêu\s+rõ|tuyên\s+bố|phát\s+biểu|nói|chỉ\s+đạo|lưu\s+ý|hỏi|trả\s+lời|"
    r"said|stated|declared|decided|agreed|requested)"
)
# ... or a verb of saying or directing right after a word (not after a comma: "Mục đích, yêu cầu:")
_VERB_END = re.compile(r"[^\W\d_]\s+" + _VERBS + r"\s*:$")
_VERB_NEXT = re.compile(_VERBS + r"\s")
_BARE_BODIES = {"Bộ", "Ban", "Ủy ban", "Uỷ ban", "Đảng", "Hội nghị", "Đại hội", "Trung ương"}
# ... when its subject is an agent: a body or office named first, or a pronoun
_AGENT = re.compile(
    r"(?:Thủ\s+tướng|Phó\s+Thủ\s+tướng|Chính\s+phủ|Bộ\s+trưởng|Chủ\s+tịch|Tổng\s+Bí\s+thư|Ban\s+Bí\s+thư|"
    r"Bộ\s+Chính\s+trị|Hội\s+nghị|Quốc\s+hội|Đại\s+hội|Ủy\s+ban|Uỷ\s+ban|UBND|Đảng|Trung\s+ương|Bộ|Ban|"
    r"Tôi|Chúng\s+tôi|Chúng\s+ta|Ông|Bà|I|We|The)\b"
)


def clause_lead_in(t: str) -> bool:
    """``t`` (ending in ':') is a clause leading into what follows, not a title: it opens with a
    fronted adverbial set off by a comma, ends with a connective ("cụ thể:", "như sau:"), or ends with
    a verb of saying or directing after its subject ("Thủ tướng Chính phủ chỉ thị:", "Bộ Chính trị
    yêu cầu:"; its subject an agent or holding a name, so "Nội dung kết luận:", "Ý kiến chỉ đạo:"
    stay titles)."""
    if _FRONTED.match(t) is not None or _CONNECTIVE_END.search(t) is not None:
        return True
    if _agent_directs(t):
        return True
    m = _VERB_END.search(t)
    if m is None:
        return False
    subject = t[: m.start() + 1]
    return _AGENT.match(subject) is not None or any(w[0].isupper() for w in subject.split()[1:])


def _agent_directs(t: str) -> bool:
    """``t`` opens with an agent, its name's capitalised words, then a verb of saying or directing
    with its object ("Bộ Chính trị yêu cầu các cấp ủy … thực hiện tốt:"): a clause."""
    m = _AGENT.match(t)
    if m is None:
        return False
    words = t[m.end() :].split(None, 7)[:7]
    # the name runs a few words without punctuation; a body needs one ("Ban chỉ đạo …" is a title)
    first = 1 if " ".join(m.group().split()) in _BARE_BODIES else 0
    for k in range(first, min(len(words), 6)):
        if _VERB_NEXT.match(" ".join(words[k:])) is not None:
            return True
        if not words[k][-1:].isalnum():
            return False
    return False


def _count_word(t: str) -> re.Match[str] | None:
    """``_COUNT_WORD.search(t)``, looking only at the last six words (all a match can span)."""
    parts = t.rsplit(None, 6)
    return _COUNT_WORD.search(t, len(parts[0]) if len(parts) == 7 else 0)


def _enumerations(blocks: list, texts: list[str]) -> None:
    n = len(blocks)
    k = 0
    while k < n:
        b = blocks[k]
        if b.type is not BlockType.PARAGRAPH or not texts[k].endswith(":"):
            k += 1
            continue
        m = _count_word(texts[k])
        want = None
        if m:
            w = m.group(1).lower()
            want = int(w) if w.isdigit() else _COUNT[w]
        items = []
        j = k + 1
        while j < n and blocks[j].type is BlockType.PARAGRAPH and (want is None or len(items) < want):
            t = texts[j]
            if not t or len(t) > MAX_ITEM or not _one_sentence(t.rstrip(".;")) or not t[0].isupper():
                break
            items.append(j)
            j += 1
        if len(items) >= 2 and (want is None or len(items) == want):
            for j in items:
                blocks[j].type = BlockType.LIST_ITEM
        k = j if items else k + 1


def _references_and_captions(blocks: list, texts: list[str]) -> None:
    """Entries under a "Tài liệu tham khảo"/"References" heading; "Bảng 1: ..." captions."""
    in_refs = False
    for b, t in zip(blocks, texts, strict=True):
        if b.type is BlockType.HEADING:
            in_refs = _REFERENCES.match(t) is not None
        elif b.type in _BODY and t:
            if in_refs:
                b.type = BlockType.REFERENCE
            elif len(t) <= MAX_ITEM and _CAPTION.match(t):
                b.type = BlockType.CAPTION


# unnumbered sections that open or close a whole document or chapter, never a subsection of the
# numbered one before them ("Câu hỏi ôn tập" at the end of a textbook lesson, "Tài liệu tham khảo")
_TOP_SECTION = re.compile(
    r"^(?:Câu\s+hỏi(?:\s+(?:ôn\s+tập|thảo\s+luận|ôn\s+luyện|củng\s+cố|và\s+bài\s+tập))?|Bài\s+tập|"
    r"(?:Danh\s+mục\s+)?[Tt]ài\s+liệu\s+(?:tham\s+khảo|đọc\s+thêm)|Kết\s+luận|(?:Thay\s+)?[Ll]ời\s+kết|"
    r"Phụ\s+lục|Chú\s+thích|Ghi\s+chú|Tóm\s+tắt\s+(?:bài|chương)|Mở\s+đầu|Đặt\s+vấn\s+đề|"
    r"Lời\s+(?:mở\s+đầu|nói\s+đầu|giới\s+thiệu)|Dẫn\s+nhập|References|Bibliography|Conclusions?|Notes|"
    r"Appendix|Further\s+reading|Review\s+questions|Introduction)\s*:?$",
    re.IGNORECASE,
)


# an appendix with its own title ("Phụ lục: Một số cặp cửa khẩu …", "Phụ lục 2. …", "Appendix A: …")
_APPENDIX = re.compile(
    r"^(?:Phụ\s+lục|PHỤ\s+LỤC|Appendix|APPENDIX|Annex|ANNEX)(?:\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z]))?\s*[:.–-]\s+\S"
)
MAX_APPENDIX = 120


def _top_section(t: str) -> bool:
    return (
        len(t) <= 40
        and _TOP_SECTION.match(t) is not None
        or len(t) <= MAX_APPENDIX
        and _APPENDIX.match(t) is not None
    )


def _chapter_rank(blocks: list, texts: list[str]) -> int | None:
    """The rank of a title that is a numbered chapter or part ("CHƯƠNG 2. …") whose number opens the
    document's dotted headings ("2.1. …"): the chapter is the top of their tree, so "2.1." is level 2."""
    title = next((t for b, t in zip(blocks, texts, strict=True) if b.type is BlockType.TITLE and t), "")
    rank = headings.heading_rank(title) if title and title[0] in "CPcp" else None
    if rank not in (headings.RANK_PART, headings.RANK_CHAPTER):
        return None
    number = title.split(None, 2)[1].rstrip(".:") if len(title.split(None, 2)) > 1 else ""
    dotted = [
        t
        for b, t in zip(blocks, texts, strict=True)
        if b.type is BlockType.HEADING and (b.rank or 0) > headings.RANK_NUM + 1
    ]
    return rank if dotted and all(t.startswith(number + ".") for t in dotted) else None


def _lettered(blocks: list, texts: list[str]) -> None:
    """A one-letter "roman" heading after the lettered heading of the letter before ("C." after "B.",
    "I." after "H.", numbered headings between): a letter, ranked with its siblings."""
    last = ""  # the letter of the last lettered heading
    for b, t in zip(blocks, texts, strict=True):
        if b.type is not BlockType.HEADING or b.rank is None or not t:
            continue
        if b.rank == headings.RANK_ALPHA:
            last = t[0]
        elif b.rank == headings.RANK_ROMAN and last and t[1:2] in ".)" and ord(t[0]) == ord(last) + 1:
            b.rank = headings.RANK_ALPHA
            last = t[0]
        elif b.rank == headings.RANK_ROMAN:
            last = ""  # ("A." … "B." … "I.", "II.": two kinds)


def _levels(blocks: list, texts: list[str]) -> None:
    if any(b.rank == headings.RANK_ALPHA for b in blocks):
        _lettered(blocks, texts)
    ranks = [b.rank for b in blocks if b.type is BlockType.HEADING and b.rank is not None]
    chapter = _chapter_rank(blocks, texts) if ranks else None
    table = headings.levels(ranks + [chapter] if chapter is not None else ranks)
    base = 0  # level of the last numbered (or upper-case) heading
    for b, t in zip(blocks, texts, strict=True):
        if b.type is not BlockType.HEADING:
            continue
        if b.rank is not None:
            b.level = base = table[b.rank]
        elif b.caps or not base or _top_section(t):
            b.level = 1
            base = base if not b.caps else 1
        else:
            b.level = base + 1
