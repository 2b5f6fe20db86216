"""People as answers: "Ai ...?", "Who ...?", "Which prime minister ...?" -> a person's name in the
evidence sentence ("Thủ tướng Nguyễn Xuân Phúc", "do Phan Bội Châu khởi xướng", "Tổng thống Cộng
hòa Pháp Emmanuel Macron").

A person is a gazetteer person, or a run of one to four capitalised words right after a title or
the agent words "do"/"bởi"/"với" (a capitalised run elsewhere may be a place: "cảng Hải Phòng"); runs that are countries or bodies (gazetteer), places ("tại X"),
titles or names the question already gives are not answers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from doingoai.question import Question, fold

Found = tuple[str, int, int]
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴÇÑÖÜ"  # capitals, for regexes

_TITLES = (
    "Tổng Bí thư|Chủ tịch nước|Chủ tịch Quốc hội|Chủ tịch|Thủ tướng Chính phủ|Thủ tướng|Phó Thủ tướng|"
    "Tổng thống|Phó Tổng thống|(?:Bộ|Thứ) trưởng(?:\\s+[A-ZĐ]\\w*(?:\\s+\\w+){0,3}?)?|Đại sứ|Nhà vua|"
    "Hoàng hậu|Quốc vương|Nữ hoàng|Hoàng đế|Thủ hiến|Tổng thư ký|Ngoại trưởng|Giám mục|Hồng y|Giáo hoàng|Giám đốc|"
    "Thống đốc|Thị trưởng|(?<!\\w)[Tt]ướng|Đô đốc|Thái tử|Hoàng tử|Công chúa|Đồng chí|Ông|Bà|(?<!\\w)ông|(?<!\\w)bà|nhà cách mạng|nhà yêu nước|"
    "[Bb]ác sĩ|[Gg]iáo sư|[Tt]iến sĩ|[Nn]hà báo|[Nn]hà văn|[Nn]hà khoa học|Doctor|Dr\\.?|Professor|Prof\\.?|"
    "President|Prime Minister|Minister|General Secretary|Secretary|Ambassador|King|Queen|Emperor|Pope|"
    "Cardinal|Bishop|Archbishop|General|Governor|Mayor|Director|Prince|Princess|Chancellor|Mr\\.?|Mrs\\.?|Ms\\.?"
)
_TITLE = re.compile(rf"(?:{_TITLES})\s*$")
_AGENT = re.compile(r"\b(?:do|bởi|với|cùng|by|with)\s*$", re.I)
# the one replaced: "chọn X làm Tổng Thư ký, thay bà Y", "succeeding Y" (not who was chosen, unless a
# replacement is asked: "Ai kế nhiệm …?", "Whom did X replace?")
_REPLACED = re.compile(
    rf"(?<!\w)(?:thay|thay thế|kế nhiệm|replacing|succeeding|succeeds|replaces)\s+(?:(?:{_TITLES})\s+)?$"
)
_ASKS_REPLACEMENT = re.compile(
    r"\b(?:thay(?! (?:đổi|doi)\b)|ke nhiem|tien nhiem|replac\w*|succe\w*|predecessor)\b"
)
# a deputy's title right before a name ("Phó Chủ tịch Ủy ban X", "Phó Tổng thống X"): the one asked only
# when the question asks for a deputy ("Phó Chủ tịch", "Deputy Chairperson", "Vice President"), and then first
_DEPUTY_BEFORE = re.compile(r"(?<!\w)(?:Phó|Deputy|Vice)[ -][^,;.()]{0,40}$")
_ASKS_DEPUTY = re.compile(r"(?<!\w)(?:phó|deputy|vice)(?!\w)", re.I)  # (not "phố")
_PLACE_BEFORE = re.compile(r"\b(?:tại|ở|in|at|từ|đến|sang)\s*$", re.I)
_CAP = rf"[{UPPER}][\w'’-]*"
# a particle inside a foreign name ("Lula da Silva", "Ursula von der Leyen", "Mohammed bin Salman")
_PARTICLES = r"(?:(?:da|de|dos|das|del|van|von|der|bin|al)\s+){0,2}"
_RUN = re.compile(rf"{_CAP}(?:\s+{_PARTICLES}{_CAP}){{0,3}}")
_NOT_NAME = re.compile(
    r"^(?:Điện|Nhà|Cung|Hội|Bộ|Ban|Ủy|Đại|Trường|Viện|Quốc|Chính|Đảng|Tổng|Chủ|Thủ|Phó|Liên|Hiệp|Tuyên|Nghị|"
    r"Công|Cộng|Hòa|Ngày|Tháng|Năm|Thứ|Cuối|Đầu|Giữa|Sau|Trước|Trong|Tại|Theo|Với|Tuy|Khi|The|In|On|At)\b"
)


# a ministry after "Bộ trưởng" / "Bộ" is part of the title, not a name ("Bộ trưởng Ngoại giao X")
_MINISTRY = re.compile(
    r"(?:Ngoại giao|Quốc phòng|Công an|Công Thương|Tài chính|Kế hoạch|Nội vụ|Tư pháp|Y tế|Giáo dục|Văn hóa|"
    r"Thông tin|Giao thông|Xây dựng|Nông nghiệp|Tài nguyên|Lao động|Khoa học|Thương mại)\b",
    re.I,
)


def _masked(sentence: str) -> str:
    """The sentence with countries, bodies and other non-person actors blanked (same length)."""
    from doingoai.extract.mentions import mentions_in

    chars = list(sentence)
    for m in mentions_in(sentence):
        if m.kind != "person":
            chars[m.start : m.end] = " " * (m.end - m.start)
    return "".join(chars)


@lru_cache(maxsize=2048)
def _country(words: str) -> str | None:
    """The country (or body) code these words name, if any: "Lào" -> "LAO"."""
    from doingoai.extract.gazetteer import by_name

    return next((e.code for e in by_name(words) if e.kind != "person"), None)


def _split_country(name: str) -> tuple[str | None, str, int]:
    """A leading country name glued to a person's ("Lào Xa-lơm-xay Côm-ma-sít"): (its code, the
    person's name, the offset of the name in ``name``)."""
    words = name.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        code = _country(" ".join(words[:k]))
        if code:
            rest = " ".join(words[k:])
            return code, rest, name.index(rest)
    return None, name, 0


_OF = re.compile(r"\bcủa\s*$")  # "Đại diện cấp cao ... của Liên minh châu Âu Catherine Ashton": its official
_BEHALF = re.compile(r"^[^;,.]{0,40}?\b(?:thay mặt|đại diện cho|on behalf of)\s", re.I)


def _on_behalf_of(sentence: str, end: int, countries: list) -> str | None:
    """The actor a person acts for, named in the same clause after the name: "X ký thay mặt Chính
    phủ Việt Nam" -> VNM."""
    m = _BEHALF.match(sentence[end:])
    if not m:
        return None
    at = end + m.end()
    clause = re.match(r"[^;,.]*", sentence[at:]).end()
    return next((c.code for c in countries if at <= c.start <= at + clause), None)


# a visit's destination in a question: "Ai thăm Việt Nam …?", "Who visited Vietnam …?", "… came to Japan"
_VISITED = re.compile(
    r"\b(?:(?:đến |sang )?thăm(?: chính thức| cấp Nhà nước| làm việc| cấp nhà nước)?(?: tại)?|"
    r"visit(?:s|ed|ing)?|(?:came|come|travell?ed) to|trip to)\s*$",
    re.I,
)


@lru_cache(maxsize=512)
def _person_country(name: str) -> str | None:
    """The country of a gazetteer person ("Nguyễn Xuân Phúc" -> "VNM"), if the gazetteer says."""
    from doingoai.extract.gazetteer import by_name

    for e in by_name(name):
        if e.kind == "person":
            return dict(e.attrs).get("country")
    return None


def visited(question: str) -> frozenset[str]:
    """The countries a question names as a visit's destination ("Who visited Vietnam …?" -> VNM):
    their own people received the visitor and are not who visited."""
    from doingoai.extract.mentions import mentions_in

    return frozenset(
        m.code
        for m in mentions_in(question)
        if m.kind != "person" and m.code and _VISITED.search(question, 0, m.start)
    )


def find_person(
    q: Question, sentence: str, anchors: list[int], named: frozenset[str] = frozenset()
) -> Found | None:
    """The person the sentence names (not one the question names), nearest the question's words;
    a name after a title or an agent word ("do", "với") first. When the question names countries, a
    person the sentence attributes to one of them ("Bộ trưởng Ngoại giao Lào X") comes first, and one
    attributed to another country last."""
    from doingoai.extract.mentions import mentions_in

    asked = fold(q.text)
    mentions = mentions_in(sentence)
    countries = [m for m in mentions if m.kind != "person"]
    cands: list[Found] = []  # gazetteer persons and titled names
    for m in mentions:
        if m.kind == "person" and fold(sentence[m.start : m.end]) not in asked:
            cands.append((sentence[m.start : m.end], m.start, m.end))
    masked = _masked(sentence)
    owner: dict[int, str | None] = {}
    for m in _RUN.finditer(masked):
        code, name, offset = _split_country(m.group(0))
        start = m.start() + offset
        before = masked[max(0, start - 40) : start]  # "Nhà vua Nhật Bản Akihito": the country blanked
        if (
            fold(name) in asked
            or _NOT_NAME.match(name)
            or _MINISTRY.match(sentence, start)
            or _PLACE_BEFORE.search(before)
            or m.start() == 0
        ):
            continue
        of_body = any(0 <= start - c.end <= 1 and _OF.search(sentence, 0, c.start) for c in countries)
        if _TITLE.search(before) or _AGENT.search(before) or code or of_body:  # "cảng Hải Phòng" is no person
            cands.append((name, start, start + len(name)))
            owner[start] = (
                code
                or _on_behalf_of(sentence, start + len(name), countries)
                or next((c.code for c in countries if 0 <= start - c.end <= 30), None)
            )
    if not cands:
        return None
    hosts = visited(q.text) if q.kinds and "visit" in q.kinds else frozenset()
    replacing = _ASKS_REPLACEMENT.search(asked.lower()) is not None
    deputies = _ASKS_DEPUTY.search(q.text) is not None

    def rank(found: Found) -> tuple[bool, int, int]:
        before = sentence[max(0, found[1] - 40) : found[1]]
        replaced = not replacing and _REPLACED.search(before) is not None
        replaced = replaced or deputies != (_DEPUTY_BEFORE.search(before) is not None)
        code = owner.get(found[1])
        if hosts and (code or _person_country(found[0])) in hosts:
            return replaced, 3, 0  # "Who visited Vietnam?": not the Vietnamese leader receiving the visitor
        side = 1 if not named or code is None else (0 if code in named else 2)
        return replaced, side, min((abs(found[1] - a) for a in anchors), default=0)

    return min(cands, key=rank)
