"""The date a sentence gives for the action asked (:func:`find_date`): a day, a month, a year or a
span, never the year of a cited work or the year naming a document, the one nearest the action's
words; "first" takes the earliest."""

from __future__ import annotations

import re

from doingoai.answer.asked import action_at, date_question_years, not_named_year
from doingoai.answer.lexicon import EN_VI
from doingoai.answer.positions import Found, nearest, term_positions
from doingoai.fold import fold
from doingoai.question import Question
from doingoai.question_cues import KIND_RX

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
    r"|\bngày\s+\d{1,2}/\d{1,2}\b(?!/)"
    # or after "hôm": "người vừa nhậm chức hôm 1/10" (never a bare "1/10"; a dateline's "Chiều 4/10" is the
    # day of writing, read by dated_by_day)
    r"|(?<!\w)hôm\s+\d{1,2}/\d{1,2}\b(?!/)"
    # a month or a quarter of the document's own year, as a plan or report writes it: "vào tháng 10",
    # "Tháng 3 năm nay", "trong quý III" (never "6 tháng đầu năm": the count stands before "tháng")
    r"|(?<!\d\s)\btháng\s+(?:1[0-2]|0?[1-9])\b(?!\s*/|\s*[.,]\d)"
    r"|\bquý\s+(?:I{1,3}|IV|[1-4])\b(?!/)"
    # a year written in words, as read aloud (a subtitle, a speech): "năm một nghìn chín trăm chín mươi hai"
    r"|\bnăm\s+(?:một|hai)\s+(?:nghìn|ngàn)(?:\s+(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+trăm)?"
    r"(?:\s+(?:linh|lẻ|mười|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi))?"
    r"(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))?(?!\w)",
    re.I,
)
_WORD_YEAR = re.compile(r"năm\s+(?:một|hai)\s+(?:nghìn|ngàn)", re.I)  # (a year in words: see _DATE)
# a day, month or quarter without its year is no answer to "năm nào", "which year"
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_ASKS_YEAR = re.compile(r"\b(?:năm nào|năm bao nhiêu|(?:what|which) years?)\b", re.I)


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
    cands = [m for m in cands if not _names_other_document(q.text, sentence, m)]
    if _ASKS_YEAR.search(q.text) and not (q.asks_month or q.asks_day):
        cands = [m for m in cands if _YEAR.search(m.group(0)) or _WORD_YEAR.match(m.group(0))]  # "tháng 10",
        # "ngày 12 đến 13/12": no year
    if q.kinds:  # "Phê chuẩn Công ước …, được Việt Nam ký ngày 10/12/1982": that date is the signing's
        cands = [m for m in cands if not _other_action_before(q, sentence, m.start())]
        folded = fold(sentence)  # (once for every candidate; only where positions line up)
        if len(folded) == len(sentence):
            cands = [m for m in cands if not _nearer_other_action(q, folded, m.start(), m.end())]
    precision = 2 if q.asks_day else 1 if q.asks_month else 0
    if precision:  # "tháng nào năm 2020": a month (of 2020), not "2020 – 2021"
        cands = [m for m in cands if _precision(m.group(0)) >= precision] or cands
        cands = [m for m in cands if any(y in m.group(0) for y in q.years)] or cands
    if q.earliest and cands:  # "lần đầu", "first": the earliest date the sentence writes
        return _found(min(cands, key=lambda m: (_YEAR_OF.findall(m.group(0)) or ["9999"])[0]))
    acted = action_at(q, sentence)  # "có hiệu lực từ ngày ...": the date written just after the action
    if acted:  # or, with no date written there, a time counted from another step ("60 ngày sau khi ...")
        after = _after(cands, acted) or _after(list(_RELATIVE.finditer(sentence)), acted)
        own = [m for m in cands if not _bound_before(sentence, m.start())] if after is None else []
        return _found(after or nearest(own, acted))
    return _found(nearest(cands, term_positions(sentence, terms)))


# the name a bare year closes: "Hiệp định tạm thời năm 1995", "Hiệp ước Amsterdam (1997)"
_NAME_YEAR = re.compile(
    r"\b(?:Hiệp ước|Hiệp định|Công ước|Thỏa thuận|Tuyên bố|Hiến chương|Nghị định thư)((?:\s+[^\s,;()]+){0,4}?)"
    r"(?:\s*\((?:1[89]|20)\d\d\),?\s*(?:và\s+)?([A-ZĐ][\w-]*))*"  # "các Hiệp ước Amsterdam (1997), Nice (2001)"
    r"\s*(?:\(|\s+năm\s+)$"
)
# a verb or a preposition between the document and "năm": the year dates an act ("ký tắt Hiệp định trong năm 2027")
_NOT_NAME = re.compile(
    r"(?<!\w)(?:ký|được|có|đã|là|thông qua|phê chuẩn|gia nhập|tham gia|về|giữa|với|trong|vào|từ|đến|tới|cuối|đầu"
    r"|giữa|của|cho|tại|này|đó|nói trên|ngay|sẽ|dự kiến)(?!\w)",
    re.I,
)
_QUESTION_NAME = re.compile(r"(?<=\S )[^\W\d_][\w-]+")  # (the capitalised ones kept: :func:`_asked_names`)
# capitalised question words naming no particular document
_GENERIC = frozenset(
    "treaty agreement convention declaration charter protocol accord hiệp ước định công thỏa thuận tuyên bố hiến"
    " chương nghị thư the of on and".split()
)


def _asked_names(question: str) -> set[str]:
    """The question's capitalised words naming its document ("Prespa", "Maastricht"), lexicon words aside."""
    return {
        w.lower()
        for w in _QUESTION_NAME.findall(question)
        if w[0].isupper() and w.lower() not in _GENERIC and w.lower() not in EN_VI
    }


def _names_other_document(question: str, sentence: str, m: re.Match[str]) -> bool:
    """A bare year closing a document's name ("Hiệp định tạm thời năm 1995", "Hiệp ước Amsterdam (1997)")
    names that document: no date of an act asked about a document the question names otherwise
    ("When did the Prespa Agreement enter into force?", "… reject the Maastricht Treaty?"). A question naming
    no document keeps the parenthesised form's filter (:data:`_NAMED_DOC`); a name the question writes in
    English words the lexicon knows ("Treaty of Amity") is not compared."""
    if not re.fullmatch(r"(?:1[89]|20)\d\d", m.group(0)):
        return False
    name = _NAME_YEAR.search(sentence, max(0, m.start() - 80), m.start())
    if name is None or _NOT_NAME.search(name.group(1)):
        return False
    asked = _asked_names(question)
    written = {w.lower() for w in re.findall(r"[\w-]+", name.group(1) + " " + (name.group(2) or ""))}
    return bool(asked) and not asked & written


# a time counted from another step: "60 ngày sau khi các bên hoàn tất thủ tục phê chuẩn", "sau 30 ngày
# kể từ ngày nhận được thông báo", "six months after ratification"
_RELATIVE = re.compile(
    r"(?<!\w)(?:sau\s+)?\d{1,3}\s+(?:ngày|tuần|tháng|năm)\s+(?:sau(?:\s+khi)?|kể từ|tính từ)\s+[^,.;:()]+"
    r"|(?<!\w)(?:\d{1,3}|one|two|three|six|thirty|sixty|ninety)\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:after|from|following)\s+[^,.;:()]+",
    re.I,
)


_CLAUSE = re.compile(r"[,;:()]")
ACTION_WINDOW = 40  # characters before a date where the verb it dates stands


def _other_action_before(q: Question, sentence: str, at: int) -> bool:
    """The date at ``at`` follows, in its own clause, the verb of another kind of action than those
    asked ("được Việt Nam ký ngày …" for a question on a ratification) and none of those asked."""
    clause = _CLAUSE.split(sentence[max(0, at - ACTION_WINDOW) : at])[-1]
    folded = " ".join(fold(clause).split())
    if any(KIND_RX[k].search(folded) for k in q.kinds if k in KIND_RX):
        return False
    return any(rx.search(folded) for k, rx in KIND_RX.items() if k not in q.kinds and k in _DATED_ACTIONS)


def _nearer_other_action(q: Question, folded: str, start: int, end: int) -> bool:
    """In the date's own part of the sentence (between semicolons), the action nearest the date is of
    another kind than those asked: "… đảm nhận vai trò Chủ tịch ASEAN 2020 …, tham gia …" dates the
    chair, not a joining ("Việt Nam gia nhập ASEAN năm nào?" is not answered 2020 from it). ``folded`` is the
    sentence folded (:func:`fold`), the date at ``start:end`` of the sentence itself."""
    lo = folded.rfind(";", 0, start) + 1
    hi = folded.find(";", end)
    hi = len(folded) if hi < 0 else hi

    def distance(rx: re.Pattern[str]) -> int:
        best = len(folded)
        for m in rx.finditer(folded, lo, hi):
            best = min(
                best, start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
            )
        return best

    asked = min((distance(KIND_RX[k]) for k in q.kinds if k in KIND_RX), default=len(folded))
    other = min(
        (distance(rx) for k, rx in KIND_RX.items() if k not in q.kinds and k in _NEAR_ACTIONS),
        default=len(folded),
    )
    return other < asked


# an action a date names when written next to it ("Chủ tịch ASEAN 2020"), against an action asked told further
# away (measured on every development set's questions: ratify, sign, establish and visit beside these cost three answers)
_NEAR_ACTIONS = {"chair", "membership.elect"}


# actions whose verb a date follows ("ký ngày", "thăm … từ ngày", "thiết lập quan hệ ngày")
_DATED_ACTIONS = {"agreement.sign", "agreement.ratify", "relations.establish", "visit", "membership.join"}


def is_relative(date: str) -> bool:
    """A time counted from another step ("60 ngày sau khi ..."): an answer only when no sentence dates it."""
    return _RELATIVE.fullmatch(date) is not None


# a date another act or a letter holds: "…, ký tại Hen-xin-ki ngày 14/9/2022, có hiệu lực." (the signing's), "công
# hàm số 45/2023 ngày 3/1/2023" (the letter's); a sentence saying the action asked with no date after it
# and only such dates before gives none (the date follows in a later sentence: "… có hiệu lực kể từ ngày …")
_BOUND_BEFORE = re.compile(
    r"(?:(?<!\w)(?:ký|signed)(?:\s+kết)?(?:\s+(?:tại|ở|at|in)\s+[^,;()]{1,40}?)?\s*,?"
    r"|(?<!\w)(?:số|No\.?)\s+[\w/.-]+)\s*(?:vào\s+|on\s+)?(?:ngày\s*)?$",
    re.I,
)


def _bound_before(sentence: str, at: int) -> bool:
    """The date at ``at`` is a signing's ("ký tại X ngày …") or a letter's ("công hàm số 45/2023 ngày …")."""
    return _BOUND_BEFORE.search(sentence, max(0, at - 60), at) is not None


_AFTER_ACTION = 40  # "có hiệu lực kể từ ngày 14/12/2005": how far past the action its date may start


def _after(cands: list[re.Match[str]], ends: list[int]) -> re.Match[str] | None:
    """The first candidate starting just after one of ``ends`` (within :data:`_AFTER_ACTION`)."""
    return next((m for m in cands if any(0 <= m.start() - e <= _AFTER_ACTION for e in ends)), None)


_YEAR_OF = re.compile(r"(?:1[89]|20)\d\d")


def _found(m: re.Match[str] | None) -> Found | None:
    return (m.group(0), m.start(), m.end()) if m else None


def _precision(date: str) -> int:
    """2 for a day ("8/4/2010"), 1 for a month ("tháng 11/1997"), 0 for a year or a span of years."""
    if re.search(r"\d{1,2}/\d{1,2}/\d{4}|\d\s+tháng\s+\d{1,2}\s+năm", date):
        return 2
    return 1 if re.search(r"tháng|\d{1,2}/\d{4}", date, re.I) else 0


# a month named without its year, opening the sentence or its item ("Tháng 10, …", "2. Tháng 3, …",
# "Trong tháng 6, …"), never "6 tháng đầu năm" nor "tháng 3/2024"
_MONTH_OPENS = re.compile(
    r"^[\W\d]{0,6}(?:(?:Trong|Vào|Đầu|Cuối|Giữa)\s+)?tháng\s+(\d{1,2})(?!\s*/|\d)(?!\s+năm\b)", re.I
)


def dated_by_month(sentence: str) -> bool:
    """The sentence (a report's or a plan's item) opens with a month and writes no year: "Tháng 10, Tổng
    Lãnh sự quán phối hợp … tổ chức Tuần hàng Việt Nam …" is of its document's year."""
    return bool(_MONTH_OPENS.match(sentence))


# a day and month without a year opening a news item's sentence, after its dateline ("Johannesburg
# (TTXVN) – Sáng 21/11 (giờ địa phương), …", "Ngày 12/3, …"), never "21/11/2025"
_DAY_OPENS = re.compile(
    r"^(?:[^–—\n]{2,60}\(\w+\)\s*[–—-]\s*)?(?:(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Rạng sáng)\s+(?:ngày\s+)?)?"
    r"\d{1,2}/(\d{1,2})(?!\s*/|\d)",
    re.I,
)


def dated_by_day(sentence: str) -> bool:
    """The sentence opens (after a news dateline) with a day and month and no year: "Johannesburg (TTXVN) –
    Sáng 21/11, …" is of its document's year."""
    return bool(_DAY_OPENS.match(sentence))


def item_month(sentence: str, own_year: str) -> str:
    """The month an item opening with it is dated in, with its document's year (``own_year``: "năm
    2024", :func:`doingoai.answer.relative.document_year`): "tháng 10/2024"; "" when either is missing."""
    m = _MONTH_OPENS.match(sentence) or _DAY_OPENS.match(sentence)  # (or a day: "Sáng 21/11, …")
    year = re.search(r"\d{4}", own_year)
    return f"tháng {int(m.group(1))}/{year.group(0)}" if m and year else ""


# a month written in words ("tháng Tư", "tháng Giêng", "tháng Chạp") or figures ("tháng 4"), with no
# year after it ("tháng 4/2025", "tháng Tư năm 2025" are read by asked.month_ok)
_MONTH_WORDS = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_MONTH_UNYEARED = re.compile(
    r"\btháng\s+(\d{1,2}|mười\s+một|mười\s+hai|giêng|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|chạp)"
    r"(?!\s*/|\s*năm\s+\d|\s+\d{4}|\w|\s+(?:năm|nay|này|trước|sau|tới|qua|đầu|cuối|giữa)(?!\w))",
    re.I,
)


def unyeared_month(text: str, own_year: str) -> str:
    """The months ``text`` writes with no year ("hai ngày mười bốn và mười lăm tháng Tư", "tháng 4"), dated in
    its document's year (``own_year``): "tháng 4/2025"; "" when none or no year. ("tháng năm nay" is no month.)"""
    if "tháng" not in text.lower():
        return ""
    year = re.search(r"\d{4}", own_year)
    if not year:
        return ""
    months = []
    for m in _MONTH_UNYEARED.finditer(text):
        word = " ".join(m.group(1).lower().split())
        mon = int(word) if word.isdigit() else _MONTH_WORDS[word]
        if 1 <= mon <= 12:
            months.append(f"tháng {mon}/{year.group(0)}")
    return " ".join(months)
