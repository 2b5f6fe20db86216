"""What the asked thing is, beyond names, years and ordinals: what its evidence sentence must say.

* Nested names: in "Hiệp ước bổ sung Hiệp ước hoạch định biên giới năm 1985" the asked thing is the
  supplementary treaty; the words relating it to the treaty it names ("bổ sung", "sửa đổi", "thay
  thế"; English "supplementary", "amending") must be in the evidence, or the 1985 treaty answers.
* Years in a date question ("Hiệp định Paris năm 1973 được ký ngày nào?") identify the thing; the
  evidence must write them, and the bare year is never the answer.
* A month ("in June 2006", "tháng 6/2006", "tháng 6 năm 2006"): the evidence dates something in
  that month ("1 – 2/6/2006", "tháng 6/2006").
* Negation: "Quốc hội Hoa Kỳ chưa thông qua quy chế nào?" is answered from a sentence with the same
  negation and verb ("chưa thông qua"), never from one saying what was done.
* Holding: "Where was ... held", "được tổ chức ở đâu" is about a sentence that holds, hosts or
  opens something ("tổ chức", "diễn ra", "đăng cai", "khai mạc"), whatever event kind its words cue.
* Named things doingoai.question does not list: "quy chế nào", "cơ chế nào", "chương trình nào"
  ask for the name after that word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from doingoai.fold import fold

Concept = tuple[str, ...]

# Nouns that head the name of a document, a meeting or a framework (Vietnamese, any case).
_HEAD_NOUNS = (
    "hiệp ước|hiệp định|công ước|nghị định thư|nghị quyết|tuyên bố chung|tuyên bố|thỏa thuận|thoả thuận|"
    "bản ghi nhớ|hội nghị|đại hội|quy chế|cơ chế|chỉ thị|kết luận|chương trình|văn kiện|khuôn khổ|hiến chương"
)
_HEAD = re.compile(rf"(?<!\w)(?:{_HEAD_NOUNS})(?!\w)", re.I)
_WORD = re.compile(r"[^\W\d_]+")
# "X bổ sung Y", "X sửa đổi Y": lower-case words between two heads relate the asked thing to another
_RELATION_MAX = 4
_LINKS = {"về", "việc", "của", "và"}  # words a text may leave out of the relation
_EN_RELATIONS = {
    "supplementary": "bổ sung",
    "supplementing": "bổ sung",
    "supplemental": "bổ sung",
    "amending": "sửa đổi",
    "amended": "sửa đổi",
    "amendment": "sửa đổi",
    "replacing": "thay thế",
    "implementing": "thực hiện",
}
_EN_DOCUMENT = re.compile(r"\b(?:treaty|agreement|protocol|convention|declaration|accord)\b", re.I)


def case_forms(phrase: str) -> Concept:
    """A lower-case phrase as the text may write it: as is, capitalised, title case, upper case."""
    return tuple(dict.fromkeys((phrase, phrase[:1].upper() + phrase[1:], phrase.title(), phrase.upper())))


def relation_words(question: str) -> list[Concept]:
    """The words relating the asked thing to another thing its name names ("Hiệp ước bổ sung Hiệp
    ước ..." -> "bổ sung"; "the Supplementary Treaty to ..." -> "bổ sung")."""
    out: list[Concept] = []
    heads = list(_HEAD.finditer(question))
    for a, b in zip(heads, heads[1:], strict=False):
        between = question[a.end() : b.start()].strip()
        words = [
            w for w in _WORD.findall(between) if w not in _LINKS
        ]  # "sửa đổi, bổ sung"; "về việc thực hiện"
        if (
            words
            and len(words) <= _RELATION_MAX
            and re.fullmatch(r"[^\W\d_]+(?:,?\s+[^\W\d_]+)*", between)
            and between == between.lower()
        ):
            out.append(case_forms(" ".join(words)))
    if _EN_DOCUMENT.search(question):
        for w in re.findall(r"[a-z]+", question.lower()):
            if w in _EN_RELATIONS:
                out.append(case_forms(_EN_RELATIONS[w]))
    return list(dict.fromkeys(out))


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def date_question_years(question: str) -> list[Concept]:
    """Years a date question writes ("... năm 1985 ... ký ngày nào?"): they identify the thing."""
    return [(y,) for y in dict.fromkeys(_YEAR.findall(question))]


_YEARS_ONLY = re.compile(r"(?:năm\s+)?(\d{4})(?:\s*[–-]\s*(\d{4}))?", re.I)


def not_named_year(years: list[Concept], date: str) -> bool:
    """Whether a date span found in the evidence is more than the years the question already names
    ("1985", "năm 1985", "2008 – 2009" are not answers to a question naming them)."""
    m = _YEARS_ONLY.fullmatch(date.strip())
    named = {y[0] for y in years}
    return not (m and {g for g in m.groups() if g} <= named)


# --- a month and year ----------------------------------------------------------------------------
_EN_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(), 1
    )
}
_EN_MONTH = re.compile(r"\b(" + "|".join(_EN_MONTHS) + r")\s*,?\s*((?:1[89]|20)\d\d)\b", re.I)
_VI_MONTH = re.compile(r"\btháng\s+(\d{1,2})\s*(?:/|-|\s+năm\s+)\s*((?:1[89]|20)\d\d)\b", re.I)


def month_in(question: str) -> tuple[int, int] | None:
    """The (year, month) a question names: "in June 2006", "tháng 6/2006", "tháng 6 năm 2006"."""
    m = _EN_MONTH.search(question)
    if m:
        return int(m.group(2)), _EN_MONTHS[m.group(1).lower()]
    m = _VI_MONTH.search(question)
    if m and 1 <= int(m.group(1)) <= 12:
        return int(m.group(2)), int(m.group(1))
    return None


def month_ok(month: tuple[int, int] | None, text: str) -> bool:
    """Whether ``text`` dates something in that month: "2/6/2006", "1 – 2/6/2006", "tháng 6/2006",
    "tháng 6 năm 2006", "6/2006"."""
    if month is None:
        return True
    year, mon = month
    pattern = (
        rf"(?:\b\d{{1,2}}\s*/\s*|\btháng\s+|(?<![\d/])){mon:d}\s*/\s*{year}\b"
        rf"|\b0{mon}\s*/\s*{year}\b|\btháng\s+0?{mon}\s+năm\s+{year}\b"
    )
    return bool(re.search(pattern, text, re.I))


# --- negation ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Negation:
    verbs: tuple[str, ...]  # the verb's first syllable (folded), in each language the text may use


_VI_NEG = re.compile(
    r"(?<!\w)(chưa|không|chẳng)(?:\s+(?:hề|từng|bao giờ|được|hề được))?\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?"
)
# "không" opening a word, not a negation: "không thường trực", "Phong trào Không liên kết", "hàng không";
# "không ngừng", "không lâu sau", "chẳng hạn", "chưa đầy": no negated fact
_NOT_NEGATION = {
    "thường", "liên", "quân", "gian", "khí", "phận", "phổ", "người", "chỉ", "những", "phải", "ít", "kém",
    "có", "ngừng", "lâu", "khỏi", "hạn", "đầy",
}  # fmt: skip
_EN_NEG = re.compile(
    r"\b(?:not|never|yet to|failed to|refused to|n't)\s+(?:yet\s+|been\s+|ever\s+)*([a-z]+)", re.I
)


def negation_in(question: str, en_vi: dict[str, tuple[str, ...]] | None = None) -> Negation | None:
    """The negated verb of a question ("chưa thông qua", "has not yet approved"), or None. A yes/no
    question's closing "không?" and compounds ("không thường trực") are no negation."""
    for m in _VI_NEG.finditer(question):
        if m.group(2) in _NOT_NEGATION or re.search(r"(?:hàng|phòng)\s+$", question[: m.start()], re.I):
            continue
        return Negation((fold(m.group(2)),))
    if en_vi is not None:
        for m in _EN_NEG.finditer(question):
            word = m.group(1).lower()
            alts = en_vi.get(word) or en_vi.get(word.removesuffix("d")) or en_vi.get(word.removesuffix("ed"))
            if alts:
                return Negation(tuple(dict.fromkeys(fold(a).split()[0] for a in alts)))
    return None


_NEG_IN_TEXT = r"\b(?:chua|khong|chang)(?:\s+(?:he|tung|bao gio|duoc|he duoc|the|kip))?\s+"


def negation_at(neg: Negation | None, sentence: str) -> int | None:
    """Where the sentence negates the same verb ("chưa thông qua", "chưa được thông qua", "không
    ký"): the offset just past it; None when it does not."""
    if neg is None:
        return None
    folded = fold(sentence).lower()  # folding keeps offsets (one character for one)
    found = [m.end() for v in neg.verbs for m in re.finditer(_NEG_IN_TEXT + re.escape(v) + r"\b", folded)]
    return min(found) if found else None


def negation_ok(neg: Negation | None, sentence: str) -> bool:
    """Whether a negated question's sentence negates the same verb (always, for other questions)."""
    return neg is None or negation_at(neg, sentence) is not None


def contradicts(question: str, sentence: str) -> bool:
    """An affirmative question's sentence only negates the question's verb ("Liên minh châu Âu đã
    công nhận quy chế nào?" against "... chưa công nhận quy chế ..."): it says the opposite."""
    low, asked = sentence.lower(), " " + " ".join(_WORD.findall(question.lower())) + " "
    if any(not _VI_NEG.search(clause) for clause in low.split(";")):
        return False  # "X lần đầu trúng cử ...; trước đó, X chưa từng là thành viên": a clause says it
    for m in _VI_NEG.finditer(low):
        if m.group(3) is None or m.group(2) in _NOT_NEGATION:
            continue
        pair = f"{m.group(2)} {m.group(3)}"
        if f" {pair} " not in asked:
            continue
        said = len(re.findall(rf"(?<!\w){pair}(?!\w)", low))
        denied = sum(1 for n in _VI_NEG.finditer(low) if f"{n.group(2)} {n.group(3)}" == pair)
        if said <= denied:
            return True
    return False


# --- holding a meeting -------------------------------------------------------------------------
_ASKS_HELD = re.compile(
    r"\b(?:held|hold|took place|take place|hosted|convened|opened)\b"
    r"|\b(?:được tổ chức|tổ chức|diễn ra|khai mạc|họp|đăng cai)\b",
    re.I,
)
_HELD_CUES = (" to chuc ", " dien ra ", " dang cai ", " khai mac ", " hop ", " chu tri ", " chu nha ")


def held_cue(question: str, sentence: str) -> bool:
    """The question asks where or when something was held, and the sentence holds, hosts or opens."""
    if not _ASKS_HELD.search(question):
        return False
    folded = " " + " ".join(re.findall(r"\w+", fold(sentence).lower())) + " "
    return any(c in folded for c in _HELD_CUES)


# --- named things --------------------------------------------------------------------------------
_NAMED_Q = re.compile(
    r"\b(quy chế|cơ chế|chế độ|chương trình|sáng kiến|khuôn khổ|diễn đàn|chiến lược|hiến chương|"
    r"nghị định thư|bản ghi nhớ|danh hiệu|huân chương|giải thưởng)(?:\s+\w+){0,2}?\s+nào\b",
    re.I,
)


_EN_NAMED_Q = re.compile(
    r"\b(?:which|what)\s+(?:[a-z-]+\s+){0,3}?(treaty|agreement|convention|protocol|declaration|status)\b",
    re.I,
)


def asked_head(question: str) -> str | None:
    """The noun whose name a question asks for when doingoai.question does not list it ("quy chế
    nào" -> "quy chế", "which free trade agreement" -> "agreement")."""
    m = _NAMED_Q.search(question) or _EN_NAMED_Q.search(question)
    return m.group(1).lower() if m else None
