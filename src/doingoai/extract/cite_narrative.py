"""Narrative citations: the author is written in the sentence and only the year (with pages) in parentheses.

"Trần Thị Lan (2021, tr. 118) cho rằng “…”", "theo Nguyễn Văn An (2019), ...", "Thayer (2016: 45) nhận định",
"Bộ Ngoại giao (2022) cho biết". :func:`author_before` finds the author right before such a parenthesis; it
is a citation only with evidence that a work is cited: a cue before the name ("theo", "dẫn theo", "của",
"tác giả", "nghiên cứu của"), a verb of saying after the parenthesis ("cho rằng", "nhận định", "viết"...),
or pages in the parenthesis. The name must look like a person (capitalised words, a Vietnamese surname or a
foreign name) or an institution ("Bộ ...", "Đảng ...", "Viện ..."); a treaty, a congress or a place with a
year ("Hiệp ước Hữu nghị (1977)", "Đại hội IV (1976)", "Lào (1977)") is not an author.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.cite_aliases import is_place
from doingoai.extract.cite_names import GROUP_TAIL, GROUP_TAIL_ENDS
from doingoai.extract.cite_names import SURNAMES as _SURNAMES

# the parenthesis holds only a year (and locators): "(2021)", "(2021, tr. 118)", "(2016: 45)", "(2015a)"
YEAR_ONLY: Final = re.compile(r"\s*(?P<year>1[5-9]\d\d|20\d\d)(?P<suffix>[a-z])?(?=$|[\s,:;])")
_CUE_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:theo|dẫn theo|trích theo|của|như|tác giả|các tác giả|nhà nghiên cứu|học giả|nghiên cứu của"
    r"|công trình của|xem(?: thêm)?|tham khảo|see(?: also)?|cf\.|according to|by)\s*:?\s*$",
    re.IGNORECASE,
)
_SAYING: Final = re.compile(
    r"\s*,?\s*(?:(?:cũng|đã|từng|thì|lại)\s+)*(?:cho rằng|cho biết|cho thấy|nhận định|nhận xét|khẳng định|nhấn mạnh"
    r"|chỉ ra|viết|lập luận|đánh giá|phân tích|kết luận|lưu ý|đề xuất|mô tả|gọi|coi|xem|nêu|argues?|notes?"
    r"|writes?|suggests?|claims?|observes?)\b",
    re.IGNORECASE,
)
_LEAD_CUES: Final = (
    "Theo",
    "Dẫn",
    "Trích",
    "Như",
    "Tác",
    "Các",
    "Nhà",
    "Học",
    "Nghiên",
    "Công",
    "Xem",
    "See",
    "According",
)
_CONNECTORS: Final = frozenset(
    {"và", "&", "and", "de", "van", "von", "der", "et", "al.", "cộng", "sự", "nnk", "nnk.", "cs", "cs."}
    | {"các", "tác", "giả", "những", "người", "khác"}  # "và các tác giả khác", "và những người khác"
)
# what may end a name: "Smith et al.", "An và cộng sự", "An và cs.", "An và các tác giả khác"
_GROUP_TAILS: Final = frozenset({"al.", "sự", "nnk", "nnk.", "cs", "cs.", "khác"})
_INSTITUTION: Final = re.compile(
    r"(?:^|(?<=\s))(?:Đảng|Ban|Bộ|Ủy ban|Uỷ ban|Quốc hội|Chính phủ|Văn phòng|Viện|Học viện|Tổng cục|Cục|Ngân hàng"
    r"|Trung tâm|Tổ chức|Hội đồng|Cơ quan|Thông tấn xã|World Bank|Ministry|Government|Institute|Council"
    r"|Committee|Department|Agency|Organisation|Organization)(?: [^\s,.;:()“”\"]+){0,6}$"
)
_NOT_AUTHOR: Final = re.compile(
    r"^(?:Đại hội|Hội nghị|Kỳ họp|Khóa|Khoá|Tháng|Ngày|Năm|Mùa|Giai đoạn|Thời kỳ|Nhiệm kỳ|Hiệp định|Hiệp ước"
    r"|Công ước|Nghị định thư|Thỏa thuận|Thoả thuận|Tuyên bố|Chiến tranh|Cuộc|Chỉ thị|Nghị quyết|Kết luận|Luật"
    r"|Chiến dịch|Sự kiện|Năm APEC)\b"
)
_ROLE_WORDS: Final = frozenset(
    "Tổng Bí thư Chủ tịch Thủ tướng Tổng thống Bộ trưởng Ngoại trưởng Đại sứ Quốc vương Nhà vua".split()
)
_MAX_WORDS: Final = 8
_TITLED: Final = re.compile(
    r"(?:chủ tịch|tổng thống|thủ tướng|tổng bí thư|bộ trưởng|ngoại trưởng|đại sứ|quốc vương|nhà vua|lãnh tụ"
    r"|ông|bà|ngài|đồng chí)\s*$",
    re.IGNORECASE,
)


def _strip(word: str) -> str:
    return word.strip("“”\"'«»()[],;:")


_INITIAL: Final = re.compile(r"[^\W\d_]\.")  # "Nguyễn V. A." keeps its initials


def _person(head: str) -> tuple[int, str] | None:
    """The run of capitalised words (with "và", "et al.", "và cộng sự") ending ``head``: (its start, name)."""
    words = head.split(" ")
    taken: list[str] = []
    i, shift = len(words), 0
    while i > 0 and len(taken) < _MAX_WORDS:
        w = words[i - 1]
        if not w and i > 1 and words[i - 2]:  # a double space between words (a justified line): one gap
            i -= 1
            continue
        if not w or w[-1] in ',;:”")»':
            break  # a comma or a closing mark ends what comes before the name
        if w[-1] in ".!?…" and w not in _GROUP_TAILS and not _INITIAL.fullmatch(w.lstrip('“"«([')):
            break  # "… Thái Lan. Trịnh Văn Khoa (2019)": a sentence ends before the name
        core = w.lstrip('“"«([')
        if not core or not (core[0].isupper() or core in _CONNECTORS and (taken or core in _GROUP_TAILS)):
            break
        taken.append(core)
        i -= 1
        if core != w:  # an opening mark before the word: the name starts after it
            shift = len(w) - len(core)
            break
    while taken and taken[-1] in _CONNECTORS:  # (reversed: the name's first word is last)
        taken.pop()
        i, shift = i + 1, 0
    name_words = list(reversed(taken))
    while name_words and name_words[0] in _LEAD_CUES:  # "Theo Nguyễn Văn An": the cue is not the name
        name_words.pop(0)
        i, shift = i + 1, 0
    if not name_words:
        return None
    while i < len(words) and not words[i]:  # (the gap of a double space before the name)
        i += 1
    start = len(" ".join(words[:i])) + (1 if i else 0) + shift
    return start, " ".join(name_words)


def _looks_like_person(name: str) -> bool:
    words = name.split()
    if words[0] in _ROLE_WORDS or _NOT_AUTHOR.match(name) or is_place(name):
        return False
    if words[-1] in GROUP_TAIL_ENDS:  # "Nguyễn Văn An và cộng sự", "Smith et al.", "An và các tác giả khác"
        words = GROUP_TAIL.sub("", " ".join(words)).split()
    if not words:
        return False
    if words[0] in _SURNAMES:  # "Nguyễn Văn An và Lê Thị Hà": each author two to five words
        authors = " ".join(words).replace(" & ", " và ").split(" và ")
        return all(2 <= len(a.split()) <= 5 and a.split()[0] in _SURNAMES for a in authors)
    # a foreign name: one to three capitalised words of plain letters ("Thayer", "Carlyle A. Thayer")
    return len(words) <= 3 and all(w.isascii() for w in words) and not all(w.isupper() for w in words)


def _last_words_at(head: str) -> int:
    """Where an _INSTITUTION match (a head word of at most three words, six words after it, single spaces,
    to the end) can start at the earliest: after the ninth space from the end."""
    k = len(head)
    for _ in range(9):
        k = head.rfind(" ", 0, k)
        if k < 0:
            return 0
    return k + 1


def author_before(text: str, paren: int, evidence: bool) -> tuple[int, str] | None:
    """The author of a narrative citation whose "(" is at ``paren``: (where the name starts, the name), or None.

    ``evidence``: the caller already knows a work is cited (pages with the year, or a note's reference
    "Tên (năm), Nhan đề, ..."), so no cue or verb of saying is needed."""
    j = paren
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if j == paren and j > 0 and text[j - 1].isalnum():
        return None  # "X(2019)" glued: not a narrative citation
    blank = text.rfind("\n\n", 0, j)
    lo = max(0, j - 160, blank + 2 if blank >= 0 else 0)
    head = text[lo:j].replace("\n", " ")  # a name wrapped at a line end ("Trần Thị\nLan (2021)")
    found = None
    inst = _INSTITUTION.search(head, _last_words_at(head))
    if inst is not None and " " in inst.group(0).strip():  # a bare "Đảng" is no author
        found = (lo + inst.start(), inst.group(0).strip())
    else:
        p = _person(head)
        if p is not None and _looks_like_person(p[1]):
            found = (lo + p[0], p[1])
    if found is None:
        return None
    start, name = found
    if _NOT_AUTHOR.match(name) or is_place(name) or any(c.isdigit() for c in name):
        return None
    if _TITLED.search(text, max(0, start - 30), start):
        return None  # "Chủ tịch Fidel Castro (1973) khẳng định": a leader's words, dated, not a work
    close = text.find(")", paren)
    cue = _CUE_BEFORE.search(text, max(0, start - 30), start)
    if cue is not None and inst is not None and cue.group(0).strip().lower() == "của":
        return None  # "Văn kiện Đại hội V của Đảng Cộng sản Việt Nam (1982)": the year dates the congress
    saying = close >= 0 and _SAYING.match(text, close + 1) is not None
    if not (cue is not None or saying or evidence):
        return None
    return start, name
