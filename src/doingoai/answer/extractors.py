"""Pull the answer span out of an evidence sentence, by what the question wants.

Every function returns ``(answer_text, start, end)`` with offsets into the sentence, or None. The
caller keeps the whole sentence as evidence, so an answer is never more than the text supports.
"""

from __future__ import annotations

import re

from doingoai.answer.amounts import in_words, unit_score, unit_words
from doingoai.answer.asked import action_at, date_question_years, not_named_year
from doingoai.answer.persons import UPPER
from doingoai.answer.required import THEME_WORDS
from doingoai.question import Question, Wants, fold

Found = tuple[str, int, int]

_DATE = re.compile(
    # "8 – 9/4/2010", "12 đến 13/5/2022", "30/4 đến ngày 2/5/2022": both days of a range
    r"(?:ngày\s+)?\b\d{1,2}(?:/\d{1,2})?(?:\s*[–-]\s*|\s+(?:và|đến|tới)\s+(?:ngày\s+)?)\d{1,2}/\d{1,2}/(?:1[89]|20)\d\d\b"
    r"|(?:ngày\s+)?\b\d{1,2}/\d{1,2}/(?:1[89]|20)\d\d\b"
    r"|(?:ngày\s+)?\b\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:1[89]|20)\d\d\b"  # "26 tháng 7 năm 2005"
    r"|(?:tháng\s+)\d{1,2}(?:/|\s+năm\s+)(?:1[89]|20)\d\d\b"
    r"|\b(?:1[89]|20)\d\d\s*[–-]\s*(?:1[89]|20)\d\d\b"
    r"|\b(?:1[89]|20)\d\d\b"
    # a day of the document's own year, after "ngày": "Ngày 12/11, ...", "từ ngày 27 đến 30/11"
    r"|\bngày\s+\d{1,2}(?:/\d{1,2})?(?:\s*[–-]\s*|\s+(?:và|đến|tới)\s+(?:ngày\s+)?)\d{1,2}/\d{1,2}\b(?!/)"
    r"|\bngày\s+\d{1,2}/\d{1,2}\b(?!/)",
    re.I,
)
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\s*/\s*\d+\b|\b\d+(?:[.,]\d+)?\s*%|\bthứ\s+\d+\b|\b\d+(?:[.,]\d+)*\b")
_VOTES_AFTER = re.compile(r"\s*(?:phiếu|lá phiếu|votes?|ballots?)(?!\w)", re.I)
_ITEM_NUMBER = re.compile(r"[\s+*•–-]*\d{1,2}[.)]\s")  # an item's number opening a sentence
_DAY_MONTH = re.compile(r"(?:[12]?\d|3[01])\s*/\s*(?:0?[1-9]|1[0-2])")

# Words that end a name ("Hiệp định ... (EVFTA)" stops before " đã ", "," ...).
_NAME_STOP = re.compile(
    r"\s*(?:[,;:.!?]|\s(?:đã|được|là|nhằm|để|thì|và đang|đang|qua đó|cũng|vào|từ|trong|khi|nhưng|song(?!\s+phương)|có|này)\s)"
)
_EN_HEADS = {
    "treaty": "hiệp ước",
    "agreement": "hiệp định",
    "convention": "công ước",
    "directive": "chỉ thị",
    "resolution": "nghị quyết",
    "declaration": "tuyên bố",
    "project": "dự án",
    "projects": "dự án",
    "document": "văn kiện",
    "protocol": "nghị định thư",
    "status": "quy chế",
    "documents": "văn kiện",
    "memorandum": "bản ghi nhớ",
    "memoranda": "bản ghi nhớ",
    "fund": "quỹ",
    "programme": "chương trình",
    "program": "chương trình",
    "initiative": "sáng kiến",
    "mechanism": "cơ chế",
    "forum": "diễn đàn",
}


def term_positions(sentence: str, terms: list[str]) -> list[int]:
    """Positions (in the sentence) where folded question terms occur."""
    folded = fold(sentence)
    pos: list[int] = []
    for t in terms:
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", folded):
            pos.append(m.start())
    return pos


def nearest(cands: list[re.Match[str]], anchors: list[int]) -> re.Match[str] | None:
    if not cands:
        return None
    if not anchors:
        return cands[0]
    return min(cands, key=lambda m: min(abs(m.start() - a) for a in anchors))


_CITATION_BEFORE = re.compile(r"\([^()]*\D,\s*$")  # "(ĐCSVN, " — the year of a cited work, not of an event
# "Hiệp ước biên giới trên đất liền (1999)": the year names the document, not the event asked
_NAMED_DOC = re.compile(
    r"(?:Hiệp ước|Hiệp định|Công ước|Thỏa thuận|Tuyên bố|Hiến chương|Nghị định thư)[^,;()]{0,80}\($"
)
_DOC_WORDS = re.compile(
    r"\b(?:hiệp ước|hiệp định|công ước|thỏa thuận|tuyên bố|hiến chương|nghị định thư|treaty"
    r"|agreement|convention|declaration|charter|protocol)\b",
    re.I,
)


def find_date(q: Question, sentence: str, terms: list[str]) -> Found | None:
    cands = [
        m
        for m in _DATE.finditer(sentence)
        if not _CITATION_BEFORE.search(sentence[max(0, m.start() - 80) : m.start()])
    ]
    if q.year is not None:
        cands = [m for m in cands if str(q.year) not in m.group(0)] or cands
    named = date_question_years(q)  # "Hiệp ước ... năm 1985 được ký ngày nào?": 1985 names the treaty
    if not _DOC_WORDS.search(q.text):  # a question not about a document: "(1999)" after its name is no answer
        cands = [m for m in cands if not _NAMED_DOC.search(sentence, 0, m.start())] or cands
    cands = [m for m in cands if not_named_year(named, m.group(0))]
    precision = 2 if q.asks_day else 1 if q.asks_month else 0
    if precision:  # "tháng nào năm 2020": a month (of 2020), not "2020 – 2021"
        cands = [m for m in cands if _precision(m.group(0)) >= precision] or cands
        cands = [m for m in cands if any(y in m.group(0) for y in q.years)] or cands
    if q.earliest and cands:  # "lần đầu", "first": the earliest date the sentence writes
        return _found(min(cands, key=lambda m: (_YEAR_OF.findall(m.group(0)) or ["9999"])[0]))
    acted = action_at(q, sentence)  # "có hiệu lực từ ngày ...": the date written just after the action
    if acted:
        return _found(_after(cands, acted) or nearest(cands, acted))
    return _found(nearest(cands, term_positions(sentence, terms)))


_AFTER_ACTION = 40  # "có hiệu lực kể từ ngày 14/12/2005": how far past the action its date may start


def _after(cands: list[re.Match[str]], ends: list[int]) -> re.Match[str] | None:
    """The first candidate starting just after one of ``ends`` (within :data:`_AFTER_ACTION`)."""
    return next((m for m in cands if any(0 <= m.start() - e <= _AFTER_ACTION for e in ends)), None)


# where one clause of a sentence ends: "nhiệm kỳ 2008 – 2009 với 183/190 phiếu và nhiệm kỳ 2020 – ..."
_CLAUSE_BREAK = re.compile(r"[;,]\s|\s(?:và|còn|trong khi|and|while|whereas)\s", re.I)


def _clause_of(sentence: str, at: int) -> str:
    """The clause of the sentence around offset ``at`` (between breaks of :data:`_CLAUSE_BREAK`)."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at:
            end = m.start()
            break
    return sentence[start:end]


def in_named_clause(q: Question, sentence: str, cands: list[re.Match[str]]) -> list[re.Match[str]]:
    """Of several candidates, those in a clause writing a year the question names ("183/190" of
    "nhiệm kỳ 2008 – 2009 với 183/190 phiếu và nhiệm kỳ 2020 – 2021 với 192/193 phiếu" for a
    question naming 2008 – 2009); all of them when none is or no clause writes the year."""
    if len(cands) < 2 or not q.years:
        return cands
    named = [m for m in cands if any(y in _clause_of(sentence, m.start()) for y in q.years)]
    return named or cands


_YEAR_OF = re.compile(r"(?:1[89]|20)\d\d")


def _found(m: re.Match[str] | None) -> Found | None:
    return (m.group(0), m.start(), m.end()) if m else None


def _precision(date: str) -> int:
    """2 for a day ("8/4/2010"), 1 for a month ("tháng 11/1997"), 0 for a year or a span of years."""
    if re.search(r"\d{1,2}/\d{1,2}/\d{4}|\d\s+tháng\s+\d{1,2}\s+năm", date):
        return 2
    return 1 if re.search(r"tháng|\d{1,2}/\d{4}", date, re.I) else 0


def find_number(q: Question, sentence: str, terms: list[str]) -> Found | None:
    votes = q.asks_votes
    marker = _ITEM_NUMBER.match(sentence)
    item = marker.end() if marker else 0
    cands = [  # a year, a month/year like "12/2023" or a day/month like "11/10" is no amount
        m
        for m in _NUMBER.finditer(sentence)
        if not re.fullmatch(r"(?:\d{1,2}\s*/\s*)?(1[89]|20)\d\d", m.group(0))
        and not re.match(r"\s*/", sentence[m.end() :])
        and not re.search(r"/\s*$", sentence[: m.start()])  # "10/2022" of "11/10/2022"
        and (votes or not _DAY_MONTH.fullmatch(m.group(0)))
        and m.start() >= item  # "1. ..." numbers a list item
    ]
    unit = unit_words(q.text)
    cands = sorted(cands + in_words(sentence, unit), key=lambda m: m.start())  # "tám nước đối tác"
    scores = [unit_score(unit, sentence, m.end()) for m in cands]
    if any(scores):  # "tám nước đối tác" over "mười nước ASEAN" for "bao nhiêu nước đối tác"
        cands = [m for m, s in zip(cands, scores, strict=True) if s == max(scores)]
    if q.asks_percent:
        cands = [m for m in cands if "%" in m.group(0)] or cands
    elif votes:  # "145 phiếu", "145/193", "145 votes": a count of votes, not another number
        cands = [m for m in cands if "/" in m.group(0) or _VOTES_AFTER.match(sentence, m.end())] or cands
    cands = in_named_clause(q, sentence, cands)  # the count of the term the question names
    acted = action_at(q, sentence)
    m = nearest(cands, acted or term_positions(sentence, terms))
    return (m.group(0).strip(), m.start(), m.end()) if m else None


_ABBREVIATED = re.compile(r"(?<![\w-])(?-i:[A-Z][A-Z0-9]{2,})(?![\w-])")  # "EVFTA", "CPTPP"
_ABBREVIATION = re.compile(r"\s\((?-i:[A-Z][A-Za-z0-9&+-]*[A-Z0-9])\)")  # a name's abbreviation ends it


def find_name(q: Question, sentence: str, after: int = 0) -> Found | None:
    """The name that starts with the asked head ("hiệp định", "treaty" -> "hiệp định") at or after
    ``after``, up to a verb, a clause break, a year in brackets, or past its abbreviation."""
    head = q.head or ""
    head = _EN_HEADS.get(head, _EN_HEADS.get(head.removesuffix("s"), head))
    if not head:
        return None
    m = re.compile(r"(?<!\w)" + re.escape(head) + r"(?!\w)", re.I).search(sentence, after)
    if not m:
        return None
    start = m.start()
    rest = sentence[m.end() :]
    # include a parenthetical abbreviation "(EVFTA)", stop at a year "(1977)" or a stop word
    stop = _NAME_STOP.search(rest)
    end = m.end() + (stop.start() if stop else len(rest))
    text = sentence[start:end]
    year_paren = re.search(r"\s*\((?:1[89]|20)\d\d\)", text)
    if year_paren:
        end = start + year_paren.start()
    abbreviation = _ABBREVIATION.search(sentence, start, end)  # "... vĩnh viễn (PNTR) cho Việt Nam"
    if abbreviation:
        end = abbreviation.end()
    text = sentence[start:end].strip()
    if len(text) <= len(head) + 1:  # "...phê chuẩn EVFTA; Hiệp định có hiệu lực": the head refers back
        back = [m for m in _ABBREVIATED.finditer(sentence, 0, start) if m.group(0) not in q.text]
        return (back[-1].group(0), back[-1].start(), back[-1].end()) if back else None
    return text, start, start + len(text)


def find_list(q: Question, sentence: str) -> Found | None:
    """An enumeration: "như A, B, C" / "gồm A, B và C" / "A, B, C" after a colon."""
    m = re.search(r"\b(?:như|gồm|bao gồm|là|:)\s+([^.;]+)", sentence)
    if not m:
        return find_name(q, sentence)
    seg = m.group(1)
    stop = re.search(r",\s*(?:qua đó|từ đó|nhờ đó|góp phần|đồng thời)\b", seg)
    if stop:
        seg = seg[: stop.start()]
    return seg.strip(), m.start(1), m.start(1) + len(seg.strip())


_PLACE = re.compile(
    rf"\b(?:tại|ở|in|at)\s+((?i:thành phố|thủ đô|tỉnh)\s+)?"  # "tại khu nghỉ dưỡng Bu-ra-bai": the name
    r"(?:(?:khu nghỉ dưỡng|thị trấn|thị xã|huyện|làng|cảng|căn cứ|trụ sở|đảo|bang|quận|resort of|town of)\s+)?"
    rf"([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)"
)
# a news dateline opening the sentence: "Bắc Kinh, 18/11/2009 – ...", "Hà Nội, ngày 16 tháng 3 năm 2004"
_DATELINE = re.compile(
    rf"^\s*([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*){{0,3}}),\s*(?:ngày\s+)?\d{{1,2}}(?:/\d{{1,2}}/|\s+tháng\s+)\d"
)
# a host as the subject: "Thủ đô Hà Nội đăng cai Hội nghị ...", "Việt Nam là chủ nhà ..."
_HOST = re.compile(
    rf"(?:(?i:thủ đô|thành phố)\s+)?([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)\s+(?:(?:đã|sẽ)\s+)?"
    r"(?:đăng cai|là (?:nước )?chủ nhà)\b"
)
_SEA = re.compile(r"(?:Biển|Vịnh|Eo biển|Quần đảo|Đảo|Vùng biển|Thái Bình Dương|Ấn Độ Dương)\b")
_NOT_PLACE = re.compile(  # an event or a body after "tại": "tại Hội nghị ...", not a place
    r"(?:Hội nghị|Đại hội|Diễn đàn|Kỳ họp|Phiên|Lễ|Liên hợp quốc|Hội đồng|Ủy ban|Tuyên bố|Hiệp định|Nghị quyết)\b"
)


def _after_head(head: str | None, sentence: str) -> list[tuple[str, int]]:
    """The capitalised names written right after the place noun a question asks by ("khu vực
    Abyei", "tỉnh Quảng Ninh"); a capitalised noun is part of a longer name ("Khu vực ..."), skipped."""
    if not head:
        return []
    rx = re.compile(rf"(?<!\w){re.escape(head)}\s+([{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)*)")
    return [(m.group(1), m.start(1)) for m in rx.finditer(sentence)]


def find_place(q: Question, sentence: str) -> Found | None:
    """A place: a dateline opening the sentence, or capitalised words after "tại"/"ở" ("tại Đà
    Nẵng", "ở thành phố Hồ Chí Minh"); never one the question names, an event ("tại Hội nghị ..."),
    or a sea area unless the question asks about the sea."""
    asked = q.text.lower()
    sea_ok = q.asks_sea
    cands = _after_head(q.place_head, sentence)  # "khu vực nào": "đến khu vực Abyei"
    cands += [(m.group(1), m.start(1)) for m in _DATELINE.finditer(sentence)]
    for m in _PLACE.finditer(sentence):  # "Thành phố Hồ Chí Minh" whole; "thủ đô Hà Nội" -> "Hà Nội"
        city = m.group(1) and m.group(1).startswith("Thành phố")  # part of the name as written
        cands.append((sentence[m.start(1) : m.end(2)], m.start(1)) if city else (m.group(2), m.start(2)))
    if q.asks_held:  # no "tại X": the host named as the subject holds it
        cands += [(m.group(1), m.start(1)) for m in _HOST.finditer(sentence)]
    for name, start in cands:
        if name.lower() in asked or _NOT_PLACE.match(sentence, start) or (_SEA.match(name) and not sea_ok):
            continue
        return name, start, start + len(name)
    return None


_QUOTED = re.compile(r"[^“\"«.;]{0,60}?[“\"«]([^”\"»]{3,300})[”\"»]")
_IS = re.compile(r"(?:\s+[^\s.;,“\"«]+){0,5}?(?:\s+là|\s*:)\s+")


def find_theme(sentence: str) -> Found | None:
    """The theme or slogan: the quotation just after "chủ đề" / "khẩu hiệu" ("với chủ đề “...”"), or
    the clause after "chủ đề ... là" / "khẩu hiệu:"."""
    for m in THEME_WORDS.finditer(sentence):
        quoted = _QUOTED.match(sentence, m.end())
        if quoted:
            return quoted.group(1).strip(), quoted.start(1), quoted.end(1)
        is_ = _IS.match(sentence, m.end())
        clause = re.match(r"[^.;,()]{3,200}", sentence[is_.end() :]) if is_ else None
        if is_ and clause:
            text = clause.group(0).strip()
            return text, is_.end(), is_.end() + len(text)
    return None


def extract(q: Question, sentence: str, terms: list[str]) -> Found | None:
    if q.wants is Wants.DATE:
        return find_date(q, sentence, terms)
    if q.wants is Wants.NUMBER:
        return find_number(q, sentence, terms)
    if q.wants is Wants.NAME:
        return find_name(q, sentence)
    if q.wants is Wants.LIST:
        return find_list(q, sentence)
    if q.wants is Wants.PLACE:
        return find_place(q, sentence)
    return None
