"""What the asked thing is, beyond names, years and ordinals: what its evidence sentence must say.

The question side (the words relating a nested name, the years, the month, the negated verb, whether
it asks where something was held) is read once by :func:`doingoai.question.analyse`; this module
holds what a sentence must show for each.

* Nested names: in "Hiệp ước bổ sung Hiệp ước hoạch định biên giới năm 1985" the asked thing is the
  supplementary treaty; the words relating it to the treaty it names ("bổ sung", "sửa đổi", "thay
  thế"; English "supplementary", "amending") must be in the evidence, or the 1985 treaty answers.
* Years in a date question ("Hiệp định Paris năm 1973 được ký ngày nào?") identify the thing; the
  evidence must write them, and the bare year is never the answer.
* A month ("in June 2006", "tháng 6/2006", "tháng 6 năm 2006"): the evidence dates something in
  that month ("1 – 2/6/2006", "tháng 6/2006").
* Negation: "Quốc hội Hoa Kỳ chưa thông qua quy chế nào?" is answered from a sentence with the same
  negation and verb ("chưa thông qua"), never from one saying what was done.
* Levels of relations: "... nâng quan hệ lên Đối tác chiến lược khi nào?" names a level; its
  evidence names exactly that level ("Đối tác chiến lược toàn diện" is another, later one).
* Holding: "Where was ... held", "được tổ chức ở đâu" is about a sentence that holds, hosts or
  opens something ("tổ chức", "diễn ra", "đăng cai", "khai mạc"), whatever event kind its words cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from doingoai.answer.lexicon import EN_VI
from doingoai.fold import fold
from doingoai.question import Question
from doingoai.question_cues import level_spans, relation_levels
from doingoai.question_qualifiers import NOT_NEGATION, VI_NEGATION

Concept = tuple[str, ...]

_WORD = re.compile(r"[^\W\d_]+")


def case_forms(phrase: str) -> Concept:
    """A lower-case phrase as the text may write it: as is, capitalised, title case, upper case."""
    return tuple(dict.fromkeys((phrase, phrase[:1].upper() + phrase[1:], phrase.title(), phrase.upper())))


def relation_words(q: Question) -> list[Concept]:
    """The words relating the asked thing to another thing its name names, as a text may write them
    ("Hiệp ước bổ sung Hiệp ước ..." -> "bổ sung", "Bổ sung", ...)."""
    return [case_forms(w) for w in q.relations]


def date_question_years(q: Question) -> list[Concept]:
    """Years a date question writes ("... năm 1985 ... ký ngày nào?"): they identify the thing."""
    return [(y,) for y in q.years]


_YEARS_ONLY = re.compile(r"(?:năm\s+)?(\d{4})(?:\s*[–-]\s*(\d{4}))?", re.I)


def not_named_year(years: list[Concept], date: str) -> bool:
    """Whether a date span found in the evidence is more than the years the question already names
    ("1985", "năm 1985", "2008 – 2009" are not answers to a question naming them)."""
    m = _YEARS_ONLY.fullmatch(date.strip())
    named = {y[0] for y in years}
    return not (m and {g for g in m.groups() if g} <= named)


# --- a month and year ----------------------------------------------------------------------------
_YEAR_BEFORE = re.compile(r"(?<![\d/])(1[89]\d\d|20\d\d)(?!\d)")  # a year written before "tháng M năm đó"


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
    if re.search(pattern, text, re.I):
        return True
    # "Năm 2023, Cu-ba … chủ trì Hội nghị … vào tháng 9 năm đó": the month of the year written just before
    for m in re.finditer(rf"\btháng\s+0?{mon:d}\s+(?:năm\s+(?:đó|ấy|này)|cùng\s+năm)\b", text, re.I):
        years = _YEAR_BEFORE.findall(text[max(0, m.start() - 400) : m.start()])
        if years and years[-1] == str(year):
            return True
    return False


# --- negation ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Negation:
    verbs: tuple[str, ...]  # the verb's first syllable (folded), in each language the text may use


def negation_of(q: Question) -> Negation | None:
    """The question's negated verb as a Vietnamese text writes it ("chưa thông qua" -> "thong";
    English "has not yet approved" -> "thong", "phe" through the lexicon), or None."""
    neg = q.negated
    if neg is None:
        return None
    if neg.lang == "vi":
        return Negation(neg.verbs)
    for word in neg.verbs:
        alts = EN_VI.get(word) or EN_VI.get(word.removesuffix("d")) or EN_VI.get(word.removesuffix("ed"))
        if alts:
            verbs = [fold(a).split()[0] for a in alts]
            verbs += [v for first in verbs for v in _NOT_YET_ALSO.get(first, ())]
            return Negation(tuple(dict.fromkeys(verbs)))
    return None


# An English question's verb is said in Vietnamese by a verb of the same sense its lexicon does not list:
# "has not yet started" by "chưa được triển khai", "still not approved" by "chưa được chấp thuận", "has
# not yet joined" by "chưa có sự tham gia" (first syllables, folded)
_NOT_YET_ALSO = {
    "bat": ("trien", "khoi", "thuc"),  # bắt đầu: triển khai, khởi động/khởi công, thực hiện
    "thong": ("chap", "phe", "cap"),  # thông qua: chấp thuận, phê duyệt/phê chuẩn, cấp phép
    "phe": ("chap", "thong", "cap"),
    "gia": ("tham",),  # gia nhập: tham gia
}


# (a passive's agent between: "chưa được phía bạn chấp thuận", "chưa được Bộ Giáo dục và Đào tạo phê duyệt")
_NEG_IN_TEXT = (
    r"\b(?:chua|khong|chang)(?:\s+(?:he|tung|bao gio|duoc|he duoc|the|kip|co su))?"
    r"(?:(?<=duoc)(?:\s+(?!(?:nhung|ma|song|da|con)\b)[^\W\d_]+){1,6}?)?\s+"
)


def negation_at(neg: Negation | None, sentence: str) -> int | None:
    """Where the sentence negates the same verb ("chưa thông qua", "chưa được thông qua", "không
    ký"): the offset just past it; None when it does not."""
    if neg is None:
        return None
    folded = fold(sentence).lower()  # folding keeps offsets (one character for one)
    found = [m.end() for v in neg.verbs for m in re.finditer(_NEG_IN_TEXT + re.escape(v) + r"\b", folded)]
    found += [m.end() for v in neg.verbs for m in re.finditer(rf"\b{re.escape(v)}\b{_NOT_DONE}", folded)]
    return min(found) if found else None


# the act named, then said not done: "Việc ký thỏa thuận … chưa thực hiện được", "… chưa được tiến hành"
_NOT_DONE = r"[^.;?]{0,100}?\b(?:chua|khong)\s+(?:duoc\s+)?(?:thuc hien|tien hanh|hoan tat|hoan thanh)\b"


def negation_ok(neg: Negation | None, sentence: str) -> bool:
    """Whether a negated question's sentence negates the same verb (always, for other questions)."""
    return neg is None or negation_at(neg, sentence) is not None


_COPULA = re.compile(r"(?:phải\s+)?là\s+([^\W\d_]+\s+[^\W\d_]+)")
_NOT_BEING = r"(?<!\w)(?:chưa|không|chẳng)(?:\s+(?:hề|từng|bao giờ|phải))*\s+là\s+"


def contradicts(question: str, sentence: str) -> bool:
    """An affirmative question's sentence only negates the question's verb ("Liên minh châu Âu đã
    công nhận quy chế nào?" against "... chưa công nhận quy chế ..."): it says the opposite."""
    low, asked = sentence.lower(), " " + " ".join(_WORD.findall(question.lower())) + " "
    if any(not VI_NEGATION.search(clause) for clause in low.split(";")):
        return False  # "X lần đầu trúng cử ...; trước đó, X chưa từng là thành viên": a clause says it
    for m in VI_NEGATION.finditer(low):
        copula = _COPULA.match(low, m.start(2))  # "chưa là thành viên": what it is not, after "là"
        if copula and f" {copula.group(1)} " in asked:
            what = r"\s+".join(copula.group(1).split())
            said = len(re.findall(rf"(?<!\w){what}(?!\w)", low))
            if said <= len(re.findall(_NOT_BEING + what + r"(?!\w)", low)):
                return True
            continue
        if m.group(3) is None or m.group(2) in NOT_NEGATION:
            continue
        pair = f"{m.group(2)} {m.group(3)}"
        if f" {pair} " not in asked:
            continue
        said = len(re.findall(rf"(?<!\w){pair}(?!\w)", low))
        denied = sum(1 for n in VI_NEGATION.finditer(low) if f"{n.group(2)} {n.group(3)}" == pair)
        if said <= denied:
            return True
    return False


# --- a level of relations --------------------------------------------------------------------
def level_ok(q: Question, sentence: str) -> bool:
    """Every level of relations the question names is named by the sentence, exactly: "Đối tác
    chiến lược" is not "Đối tác chiến lược toàn diện" (always true when the question names none)."""
    if not q.levels:
        return True
    said = relation_levels(fold(sentence))
    return all(level in said for level in q.levels)


_CLAUSE_END = re.compile(r"[,;:]|\s(?:và|and|còn|while)\s", re.I)


def level_dated(q: Question, sentence: str, date: str) -> bool:
    """A fact answering a level asked is dated by the level's own clause: "bình thường hóa … ngày
    11/7/1995 và xác lập quan hệ Đối tác toàn diện năm 2013" dates the partnership 2013, so a fact of
    1995 is not its date (true when no level is asked, the sentence does not write the fact's date,
    or the level's clause writes no date of its own)."""
    if not q.levels or not date:
        return True
    from doingoai.extract.dates import dates_in

    said = [(a, b, mods) for a, b, mods in level_spans(fold(sentence)) if mods in q.levels]
    if not said:
        return True
    cuts = [0, *(m.start() for m in _CLAUSE_END.finditer(sentence)), len(sentence)]
    dates = dates_in(sentence)

    def clause(pos: int) -> tuple[int, int]:
        i = max(k for k, c in enumerate(cuts) if c <= pos)
        return cuts[i], cuts[min(i + 1, len(cuts) - 1)]

    def same(value: str) -> bool:
        return value == date or value.startswith(date + "-") or date.startswith(value + "-")

    fact_at = [d for d in dates if same(d.value)]
    if not fact_at:
        return True
    for a, _, _ in said:
        lo, hi = clause(a)
        own = [d for d in dates if lo <= d.start < hi]
        if not own or any(same(d.value) for d in own):
            return True
    return False


# --- an activity asked "where" ------------------------------------------------------------------
def does_activity(q: Question, sentence: str) -> bool:
    """The sentence says the activity a "where" question asks about ("phối hợp" for "coordinate"):
    a sentence merely naming a city is no answer (always true when none is asked)."""
    if not q.activity:
        return True
    folded = " " + " ".join(_WORD.findall(fold(sentence))) + " "
    return any(f" {w} " in folded for w in q.activity)


# --- an action a date or an amount is asked about ------------------------------------------------
def action_at(q: Question, sentence: str) -> list[int]:
    """Where the sentence says the action the question asks about ("có hiệu lực" for "enter into
    force"): the offsets just past each saying (folding keeps offsets); empty when none is asked."""
    if not q.action:
        return []
    folded = fold(sentence).lower()
    words = [r"\s+".join(map(re.escape, w.split())) for w in q.action]  # "hiệu  lực" of a justified line
    return sorted(m.end() for w in words for m in re.finditer(rf"(?<!\w){w}(?!\w)", folded))


def says_action(q: Question, sentence: str) -> bool:
    """The sentence says the action a date or an amount is asked about (always true when none is)."""
    return not q.action or bool(action_at(q, sentence))


# --- holding a meeting -------------------------------------------------------------------------
_HELD_CUES = (" to chuc ", " dien ra ", " dang cai ", " khai mac ", " hop ", " chu tri ", " chu nha ")
# attending a meeting names where it was held: "dự Hội nghị Cấp cao ... tại Oa-sinh-tơn"
_HELD_CUES += (" tham du ", " du hoi nghi ", " du dai hoi ", " du le ", " du phien ")
_HELD_CUES += (" du cuoc gap ", " du cuoc hop ", " du hoi thao ", " du dien dan ", " du ky hop ")


def held_cue(q: Question, sentence: str) -> bool:
    """The question asks where or when something was held, and the sentence holds, hosts or opens."""
    if not q.asks_held:
        return False
    folded = " " + " ".join(re.findall(r"\w+", fold(sentence).lower())) + " "
    return any(c in folded for c in _HELD_CUES)


_SPAN_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def within_bounds(q: Question, span: str) -> bool:
    """Every year ``span`` writes lies on the side of the question's bounds ("before 2020": 1998 and
    2010, never 2020); a span with no year is not judged."""
    if not q.bounds:
        return True
    years = [int(y) for y in _SPAN_YEAR.findall(span)]
    return all(y < b if side == "before" else y > b for y in years for side, b in q.bounds)
