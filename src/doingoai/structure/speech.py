"""Lines of speeches, transcripts and interviews that stand as blocks of their own.

* A salutation on a line of its own ("Kính thưa Ngài Quốc vụ khanh,", "Thưa Quý vị,", "Các đồng chí
  thân mến!", "Excellencies,"): a paragraph, never joined to the paragraph after it.
* A run of salutations, one a line ("Kính thưa Ngài Trưởng nhóm Đại sứ các nước châu Phi tại Hà Nội,",
  "Kính thưa các vị Đại sứ, Đại biện và Trưởng Cơ quan đại diện các tổ chức quốc tế,", "Thưa Quý vị,"):
  each line opening with "Kính thưa"/"Thưa" and ending in "," or "!" is a salutation of its own however
  long its addressee, when one of the run passes the strict test above.
* A stage direction in brackets ("(Vỗ tay)", "(Cười)", "(Applause)"): a paragraph of its own.
* A speaker's turn: "Hỏi:", "Đáp:", "Phóng viên:", "PV:", "Bộ trưởng Bùi Thanh Sơn:", "Q:" opening a
  line after a sentence end starts a new paragraph.
* A speaker's label alone on its line ("Phóng viên báo Tuổi Trẻ hỏi:", "Người Phát ngôn Lê Hải Bình:"),
  the turn's text on the line right under it: one paragraph with it, as when both share a line.
* A speech's heading: "PHÁT BIỂU CỦA ĐẠI SỨ …", "DIỄN VĂN …", "Bài phát biểu của …" above the occasion
  ("Lễ kỷ niệm 70 năm …"): the speaker's line is front matter and the occasion is the title.

Each test looks at a line's first characters before any regular expression runs.
"""

from __future__ import annotations

import re

from doingoai.structure.headings import heading_rank
from doingoai.structure.lines import Lines, ends_sentence
from doingoai.structure.preamble import is_marker

MAX_SALUTATION = 100  # characters
MAX_DIRECTION = 40
MAX_SPEAKER = 150

_SALUTATION = re.compile(
    r"(?:[Kk]ính\s+thưa|[Tt]hưa|Kính\s+chào|Xin\s+kính\s+chào|Thân\s+gửi|Thân\s+ái\s+gửi|Kính\s+gửi|Dear|"
    r"Your\s+(?:Excellency|Majesty|Highness)|Excellenc(?:y|ies)|Ladies\s+and\s+[Gg]entlemen|Distinguished|"
    r"Honou?rable|Mr\.?\s+(?:President|Chairman|Secretary)|Madam)\b"
)
_SALUTATION_FIRST = frozenset("KTXDYELMHkt")  # (a salutation goes on: "…,\nthưa các vị …,")
_FOND_ENDS = ("thân mến", "kính mến", "thân yêu", "thân thiết")  # "Các đồng chí thân mến!"
_INNER_END = re.compile(r"[.!?…]\s")

_DIRECTION = re.compile(
    r"\(\s*(?:[^()]{0,25}\s)?(?:vỗ\s+tay|cười|hoan\s+hô|applause|laughter|cheers)(?:\s[^()]{0,25})?\s*\)",
    re.IGNORECASE,
)

# who speaks: a question/answer mark, a reporter, or a title with a name ("Bộ trưởng Bùi Thanh Sơn")
_TITLE = (
    r"(?:Ông|Bà|Bộ\s+trưởng|Thứ\s+trưởng|(?:Phó\s+)?Thủ\s+tướng|(?:Phó\s+)?Chủ\s+tịch(?:\s+nước|\s+Quốc\s+hội)?|"
    r"Tổng\s+Bí\s+thư|Đại\s+sứ|Người\s+phát\s+ngôn|Phát\s+ngôn\s+viên|Tổng\s+thống|Ngoại\s+trưởng|Giáo\s+sư|GS|PGS|TS|"
    r"Đại\s+biểu|Tiến\s+sĩ|Mr|Ms|Mrs|Dr|Ambassador|Minister|President|Spokes(?:man|woman|person))\.?"
)
# a broadcast script's segment labels ("PTV:", "DẪN:", "BĂNG:") and a sitting's chair ("Chủ tọa phiên họp:")
_TURN_HEAD = (
    r"(?:(?:Hỏi|Đáp|Trả\s+lời|Câu\s+hỏi|PV|P\.V|PTV|BTV|DẪN|BĂNG|Phóng\s+viên|Nhà\s+báo|MC|Dẫn\s+chương\s+trình|"
    r"Chủ\s+tọa(?:\s+phiên\s+họp)?|Q|A|Question|Answer)"
    r"(?:\s+\d{1,2})?|"
    r"(?:" + _TITLE + r"(?:,\s+" + _TITLE + r")?"
    r"(?:\s+(?:TS|ThS|GS|PGS)\.?)?(?P<name>(?:\s+[^\W\d_][^\s:()]*){0,7})))"
    r"\s*(?:\([^()]{1,40}\))?\s*:"
)
_TURN = re.compile(_TURN_HEAD + r"\s+[^\s“\"‘«]")  # (a quotation after it: prose quoting someone)
_TURN_LABEL = re.compile(_TURN_HEAD, re.IGNORECASE)  # the label alone ("Người Phát ngôn Lê Hải Bình:")
# a label that says who asks or answers ("Phóng viên báo Tuổi Trẻ hỏi:", "Bạn đọc Nguyễn Văn A hỏi:")
_ASKS = re.compile(r"[^\W\d_][^.!?:;]{2,80}\s(?:hỏi|trả\s+lời|đáp|asks|answers)\s*:")
MAX_LABEL_WORDS = 12
_TURN_FIRST = frozenset("HĐTCPNMDQAÔBGS")  # (also "Đại biểu", "Chủ tọa", "DẪN", "BĂNG")

_SPEECH_HEAD = re.compile(
    r"(?i:(?:bài\s+)?(?:phát\s+biểu|diễn\s+văn|nói\s+chuyện|đáp\s+từ|thông\s+điệp|phát\s+biểu\s+khai\s+mạc|"
    r"phát\s+biểu\s+bế\s+mạc)|lời\s+(?:chào\s+mừng|phát\s+biểu|khai\s+mạc|bế\s+mạc|chúc\s+mừng))\s+(?i:của)\s+\S"
)


def is_salutation(t: str) -> bool:
    """``t`` is a salutation standing on its line ("Thưa Quý vị,", "Các bạn thân mến!")."""
    if t[-1] not in ",!":
        return False
    if len(t) > MAX_SALUTATION:
        return False
    return opens_salutation(t) or t[:-1].rstrip().lower().endswith(_FOND_ENDS)


def opens_salutation(t: str) -> bool:
    """``t`` is short, one sentence at most, and opens with a salutation ("Kính thưa Quý vị", also
    without its comma): never a title or a heading. Parts after a comma inside it are salutations
    too or short ("Kính thưa Ngài Chủ tịch, thưa các vị khách quý,", "Kính thưa đồng chí Tổng Bí
    thư, Chủ tịch nước,"; not "Thưa Quý vị, hôm nay tại thủ đô Hà Nội," going on with a sentence)."""
    if (
        t[0] not in _SALUTATION_FIRST
        or len(t) > MAX_SALUTATION
        or _SALUTATION.match(t) is None
        or _INNER_END.search(t) is not None
    ):
        return False
    first, *parts = t.rstrip(",! ").split(",")
    if len(first.split()) > MAX_ADDRESSEE_WORDS + 3 or _CLAUSE.search(t) is not None:
        return False  # a sentence opening with a name ("Madam Albright đã phát biểu tại Hà Nội rằng,")
    return all(len(p.split()) <= MAX_APPOSITION_WORDS or _SALUTATION.match(p.strip()) for p in parts)


MAX_APPOSITION_WORDS = 4  # words of a title after a comma inside a salutation ("Chủ tịch nước")
MAX_ADDRESSEE_WORDS = 8  # words of the addressee after the salutation's words ("Kính thưa" + 8)
# a verb or a clause word: the line is a sentence, not an address
_CLAUSE = re.compile(
    r"\b(?:đã|đang|sẽ|rằng|là|được|bị|phát\s+biểu|cho\s+biết|khẳng\s+định|nhấn\s+mạnh|tuyên\s+bố|"
    r"said|says|stated|told|that|is|was|were|has|have|had|will)\b"
)


_ADDRESS = re.compile(r"(?:Kính\s+thưa|Thưa|Kính\s+gửi|Kính\s+chào)\s+\S")


def _loose_salutation(t: str) -> bool:
    """``t`` opens with "Kính thưa"/"Thưa", ends in "," or "!", and holds no verb and no sentence end."""
    return (
        len(t) <= MAX_SALUTATION
        and t[-1] in ",!"
        and t[0] in "KT"
        and _ADDRESS.match(t) is not None
        and _INNER_END.search(t) is None
        and _CLAUSE.search(t) is None
    )


def loose_salutation(t: str) -> bool:
    """:func:`_loose_salutation`: a salutation by its opening words whatever the addressee's length ("Kính gửi
    chị Hà và các anh chị Phòng Thông tin điện tử,"), for a line standing alone over a blank line (round 208)."""
    return _loose_salutation(t)


def in_salutation_run(texts: list[str], i: int) -> bool:
    """Line ``i`` opens with "Kính thưa"/"Thưa" in a run of such lines, one after another, of which one
    at least is a salutation by :func:`is_salutation`: a salutation of its own, however long."""
    if not _loose_salutation(texts[i]):
        return False
    a = i
    while a > 0 and _loose_salutation(texts[a - 1]):
        a -= 1
    b = i
    while b + 1 < len(texts) and _loose_salutation(texts[b + 1]):
        b += 1
    return b > a and any(is_salutation(texts[j]) for j in range(a, b + 1))


def is_direction(t: str) -> bool:
    """``t`` is a stage direction in brackets ("(Vỗ tay)", "(Cười)")."""
    return t[0] == "(" and t[-1] == ")" and len(t) <= MAX_DIRECTION and _DIRECTION.fullmatch(t) is not None


def opens_turn(t: str) -> bool:
    """``t`` opens a speaker's turn ("Hỏi: …", "PV: …", "Đại sứ Trần Văn Nam: …")."""
    if t[0] not in _TURN_FIRST or ":" not in t[:80]:
        return False
    m = _TURN.match(t)
    if m is None:
        return False
    return _named(m.group("name"))  # a name after the title ("Ông Nguyễn Văn A", not "Ông nói")


def speaker_label(t: str) -> bool:
    """``t`` is only a speaker's label, the turn's text on the lines under it ("Phóng viên hãng tin
    Reuters (Anh) hỏi:", "Người Phát ngôn Lê Hải Bình:", "Hỏi:")."""
    if t[-1] != ":" or len(t.split()) > MAX_LABEL_WORDS or not t[0].isupper():
        return False
    if _ASKS.fullmatch(t) is not None:
        return True
    m = _TURN_LABEL.fullmatch(t)
    if m is None or t[0] not in _TURN_FIRST:
        return False
    return _named(m.group("name"))


def _named(name: str | None) -> bool:
    """The words after a title are a name: capitalised words ("Nguyễn Văn A"), also after the
    ministry the title belongs to ("Bộ Ngoại giao Bùi Thanh Sơn": its first and last two capitalised)."""
    if not name:
        return True
    words = name.split()
    if all(w[0].isupper() for w in words):
        return True
    return len(words) >= 4 and words[0] == "Bộ" and all(w[0].isupper() for w in words[-2:])


def stands_alone(t: str) -> bool:
    """A salutation or a stage direction: a block of its own, which nothing joins."""
    c = t[-1]
    if c == ")":
        return is_direction(t)
    return c in ",!" and is_salutation(t)


# a speech's kind alone on a line, in capitals ("DIỄN VĂN", "BÀI PHÁT BIỂU", "LỜI CHÀO MỪNG"): the occasion
# under it goes on with it as the title, as an official document's subject does
_SPEECH_KIND = re.compile(
    r"(?:BÀI\s+)?(?:PHÁT\s+BIỂU|DIỄN\s+VĂN|DIỄN\s+TỪ|ĐÁP\s+TỪ|NÓI\s+CHUYỆN|THÔNG\s+ĐIỆP)"
    r"(?:\s+(?:KHAI\s+MẠC|BẾ\s+MẠC|CHÀO\s+MỪNG))?|LỜI\s+(?:CHÀO\s+MỪNG|KHAI\s+MẠC|BẾ\s+MẠC|CHÚC\s+MỪNG)"
)


def is_speech_kind(t: str) -> bool:
    """``t`` is only a speech's kind, in capitals ("DIỄN VĂN", "BÀI PHÁT BIỂU KHAI MẠC")."""
    return len(t) <= 40 and _SPEECH_KIND.fullmatch(t) is not None


def is_speech_head(t: str) -> bool:
    """``t`` names a speech and its speaker ("PHÁT BIỂU CỦA ĐẠI SỨ …", "Bài phát biểu của Thủ tướng …")."""
    return len(t) <= MAX_SPEAKER and t[-1] not in ".,;:!?" and _SPEECH_HEAD.match(t) is not None


MAX_OCCASION = 200  # characters of the occasion line under a speech's heading


def speaker_lines(lines: Lines, idx: list[int]) -> int:
    """1 when the first line (``idx[0]``) names a speech and its speaker and the next states the
    occasion in ordinary case on a line of its own ("Lễ kỷ niệm 70 năm …", then a place and date,
    a salutation, a blank line or the end): the speaker's line is front matter and the occasion is
    the title. 0 otherwise (an upper-case occasion goes on with the heading as one title)."""
    if len(idx) < 2:
        return 0
    texts = lines.texts
    t, occasion = texts[idx[0]], texts[idx[1]]
    if not is_speech_head(t) or lines.blanks[idx[1]] > 1:
        return 0
    if len(occasion) > MAX_OCCASION or occasion.isupper() or not occasion[0].isupper():
        return 0
    if ends_sentence(occasion) or occasion[-1] in ",;-–" or is_marker(occasion):
        return 0
    if heading_rank(occasion) is not None:
        return 0
    if len(idx) > 2:
        k = idx[2]
        if not (lines.blanks[k] or lines.page[k] or is_marker(texts[k]) or stands_alone(texts[k])):
            return 0  # the line after goes on (not a place and date, a salutation or a new paragraph)
    return 1
