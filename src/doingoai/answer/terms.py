"""The question's content as concepts (each a set of folded alternatives) and as a search query.

An English question reaches Vietnamese text through a small foreign-affairs lexicon and the
gazetteer's names of the actors it mentions ("Soviet Union" -> Liên Xô, "Comecon" -> SEV).
"""

from __future__ import annotations

import re

from doingoai.answer import actors as actor_names
from doingoai.answer.english import en_phrases, en_vi
from doingoai.answer.lexicon import EN_VI
from doingoai.answer.persons import UPPER
from doingoai.answer.places import places_in, strip_places
from doingoai.ordinals import english_ordinal, ordinal_forms
from doingoai.question import Question, Wants, fold, without_first
from doingoai.question_cues import ASKS_EVENT

Concept = tuple[str, ...]  # folded alternatives; one present = the concept is supported
MIN_SUPPORT = 0.5  # share of the question's content terms the evidence sentence must contain

_VI_STOP = set(
    """năm nào khi nào bao giờ bao nhiêu mấy gì nào những các của đã được với cho là có và
    ai như thế nào sao tại vì ở trong này đó nước quốc gia tổ chức thì mà một hay hoặc lúc
    diễn ra""".split()
)
_EN_STOP = set(
    """the a an of in on to with did does do when what which who whom how many much is was were
    by for and or that this from as at be been has have had its it into year their they his her
    made make held hold heads""".split()
)


FIRST: Concept = ("lan dau", "dau tien")  # "lần đầu (tiên)", "đầu tiên": the first time


def words(text: str) -> str:
    """Folded text as space-separated words (punctuation and dashes dropped): the form concepts use.
    Words joined by "/" are there whole ("192/193") and in parts ("11/2017" also gives "2017")."""
    folded = fold(text)
    whole = re.findall(r"[\w/%]+", folded)
    return " ".join(whole + [p for w in whole if "/" in w for p in w.split("/") if p])


# a transliterated name's syllable opening with "C" or "K" before a, o, u (and their accented forms), which
# Vietnamese writes either way ("Mê Công" / "Mê Kông", "Công-gô" / "Kông-gô", "Cô-oét" / "Kô-oét")
_CK = re.compile(r"(?<![^\W\d_])[CK](?=[aáàảãạăắằẳẵặâấầẩẫậoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữự])")


def spellings(name: str) -> tuple[str, ...]:
    """``name`` and, when it has such a syllable, its other spelling (every such "C" made "K" and the
    reverse): "Mê Công" -> ("Mê Công", "Mê Kông")."""
    if _CK.search(name) is None:
        return (name,)
    return name, _CK.sub(lambda m: "K" if m.group() == "C" else "C", name)


def _exact_words(text: str) -> str:
    return " ".join(re.findall(r"[\w/%]+", text))


def _syllables(text: str) -> list[str]:
    return re.findall(r"[\w/%]+", text.lower())


def _asking_cut(text: str) -> str:
    """An event question without its asking words ("Chuyện gì đã xảy ra", "giữa", "What happened")."""
    low = fold(text).lower()
    for m in reversed(list(ASKS_EVENT.finditer(low))):
        text = text[: m.start()] + " " + text[m.end() :]
    return re.sub(r"(?<!\w)giữa(?!\w)", " ", text, flags=re.I)


def content_terms(q: Question, codes: set[str]) -> list[Concept]:
    """Concepts of the question: one per actor it names and one per content word. An adverbial
    "first" / "lần đầu" is one concept ("lần đầu" or "đầu tiên"): a sentence saying it is preferred,
    one that does not still answers."""
    text = without_first(q.text)
    if q.asks_event:  # "chuyện gì đã xảy ra giữa …": the asking words are no content (folding keeps offsets)
        text = _asking_cut(text)
    concepts: list[Concept] = [FIRST] if q.earliest else []
    for code in sorted(codes):
        names = actor_names.names(code)
        if names:
            concepts.append(tuple(sorted({words(v) for n in names for v in spellings(n)})))
        text = actor_names.strip_names(text, code)
    if q.lang == "en":
        for _, vi in places_in(text):  # "Washington" -> "Oa-sinh-tơn"
            concepts.append(tuple(dict.fromkeys(words(v) for v in vi)))
        text = en_phrases(strip_places(actor_names.strip_sided(text)))  # ("North Korean" is no "Korean")
        capitalised = {w.lower() for i, w in enumerate(re.findall(r"\w+", text)) if i > 0 and w[:1].isupper()}
        for w in _syllables(text):
            if w in _EN_STOP:
                continue
            nth = english_ordinal(w)
            vi = EN_VI.get(w) if w in capitalised else en_vi(w)  # (a name is never a stem: "Cairns")
            if vi:
                concepts.append(tuple(words(v) for v in vi))
            elif nth:  # "16th" -> "thứ 16" / "thứ XVI" / "16"
                if nth in q.ordinals:  # "the first" is also "đầu tiên" ("người đầu tiên")
                    concepts.append(ordinal_forms(nth) + (FIRST[1],) * (nth == 1))
            elif w in capitalised and (state := _adjective_state(w, codes)):  # "the Albanian Parliament":
                concepts.append(state)  # a sentence naming Albania says it ("Quốc hội Albania")
            elif w[:1].isdigit() or w in capitalised:  # a number or a name counts ("Mỹ Thuận" folded,
                concepts.append((fold(w),))  # as the sentences it is matched against are)
    else:
        for w in _syllables(text):
            if w not in _VI_STOP and not (q.year and w == str(q.year) and q.wants.value == "date"):
                concepts.append((fold(w),))
    return list(dict.fromkeys(concepts))


def _adjective_state(word: str, codes: set[str]) -> Concept:
    """The names of the state an English adjective names ("Albanian", "Chilean"), as a concept; () when it
    names none, or one the question names already (its names are a concept of their own)."""
    code = actor_names.adjective_country(word)
    if code is None or code in codes:
        return ()
    return tuple(sorted({words(v) for n in actor_names.names(code) for v in spellings(n)}))


def search_query(q: Question, codes: set[str]) -> str:
    """The text to search with: the Vietnamese question, or Vietnamese words for an English one."""
    # where or when a text was signed: also its closing line "Làm tại Cô-lôm-bô, ngày 17 tháng 10 năm 2024"
    done = " làm tại" if "agreement.sign" in q.kinds and q.wants in (Wants.PLACE, Wants.DATE) else ""
    if q.lang != "en":  # a level of relations asked ("khuôn khổ nào"): the sentences naming one
        return q.text + (" đối tác" if q.asks_level and "đối tác" not in q.text.lower() else "") + done
    words: list[str] = [actor_names.display(c, "vi") for c in sorted(codes)]
    words += [a for c in sorted(codes) for a in actor_names.abbreviations(c)]
    # the Vietnamese spellings of the other actors ("Niu Di-lân" for New Zealand, "Mỹ" for the US)
    words += [n for c in sorted(codes - {"VNM"}) for n in actor_names.names(c) if n not in words]
    text = actor_names.strip_all_names(without_first(q.text), codes)
    words += [v for _, vi in places_in(text) for v in vi]  # "Washington" -> "Oa-sinh-tơn"
    text = en_phrases(strip_places(actor_names.strip_sided(text)))
    for w in _syllables(text):
        nth = english_ordinal(w)
        if vi := en_vi(w):
            words.extend(vi)
        elif (code := actor_names.adjective_country(w)) and code not in codes:  # "Albanian" -> "Albania"
            words.extend(actor_names.names(code)[:2])
        elif nth:
            if nth in q.ordinals:  # "the 16th" -> "thứ 16", and "XVI" as "khóa XVI" / "quý III" write it
                words.extend(("thứ", str(nth), ordinal_forms(nth)[1].split()[-1].upper()))
        elif w not in _EN_STOP:
            words.append(w)
    return " ".join(words) + done


def flat(concepts: list[Concept]) -> list[str]:
    return [alt for c in concepts for alt in c]


def required_concepts(q: Question, codes: set[str]) -> list[Concept]:
    """What a sentence must contain to answer: every actor the question names other than Vietnam
    itself, and every other proper name, so that a question about NATO is never answered from a
    sentence about ASEAN. (A fact's evidence needs only :func:`required_names`: its parties are
    known even where the sentence says "hai nước".)"""
    return required_actors(codes) + required_names(q, codes)


def required_actors(codes: set[str]) -> list[Concept]:
    """Every actor named other than Vietnam itself, each as its names written exactly."""
    required: list[Concept] = []
    for code in sorted(codes):
        names = actor_names.names(code)
        if code != "VNM" and names:
            exact = sorted({_exact_words(v) for n in names for v in spellings(n)})
            loose = [LOOSE + n for n in exact if n.count(" ") >= 2 and LOOSE + n not in exact]
            required.append(tuple(exact + loose))
    return required


# A name of three words or more is written with its later words in either case ("Ủy ban Luật pháp
# quốc tế" for "Ủy ban Luật pháp Quốc tế", "Liên hợp quốc"): its alternative marked so is matched
# with the first letter exact and the rest in any case.
LOOSE = "~"


_OWNER = re.compile(r"(?<![\w-])([A-Z][a-z]+)['’]s(?!\w)")
_LAST_WORD = re.compile(r"([\w-]+)\W*$")


def _owners(text: str) -> set[str]:
    """Names alone before "'s" ("for Guterres's re-election"): a person or a party written as is; not
    the last word of a longer capitalised name ("Ho Chi Minh City's", "the Security Council's"), nor a
    noun after "the" ("the Academy's plan", "the Ministry's report": the body the document is by)."""
    out = set()
    for m in _OWNER.finditer(text):
        before = _LAST_WORD.search(text, 0, m.start())
        if before is None or not (before.group(1)[:1].isupper() or before.group(1).lower() == "the"):
            out.add(m.group(1))
    return out


# the kind of a document, capitalised as the text's own plan or conclusion ("thực hiện Kế hoạch", "ra Kết
# luận này"), not a name: a sentence writing "kết luận như sau" is about it too ("Kế hoạch Colombo" is one)
_DOC_TYPE = re.compile(rf"(?<!\w)(?:Kết luận|Kế hoạch)(?!\w)(?!\s+[{UPPER}0-9])")


def required_names(q: Question, codes: set[str]) -> list[Concept]:
    """Proper names in the question (a capitalised word past the first) that are not an actor's."""
    required: list[Concept] = []
    text = _DOC_TYPE.sub(" ", actor_names.strip_all_names(q.text, codes))
    if q.lang == "en":  # "the Ministry of Industry and Trade's": no name as written ("Bộ Công Thương")
        text = en_phrases(text)
    words = re.findall(r"\w+", text)
    owners = _owners(q.text) if q.lang == "en" else set()  # (before names are stripped: "Ho Chi Minh City's")
    for i, w in enumerate(words):
        if i > 0 and w[:1].isupper() and not w.isdigit() and fold(w) not in _PROPER_STOP:
            if q.lang == "en" and fold(w) == w.lower() and w not in owners:
                continue  # an English word ("Palace") is not written so in Vietnamese text; a Vietnamese name ("Lâm") is
                # (and a possessor's: "Guterres's re-election" names a person, written as is)
            required.append(written_as(w))
    return required


# Acronyms of a kind of thing, not of one name: a text names the thing by its Vietnamese words as often
# ("Hiệp định Thương mại tự do ASEAN – Hồng Kông" is an FTA, "vùng đặc quyền kinh tế" the EEZ)
GENERIC_ACRONYMS = {
    "FTA": ("thương mại tự do",),
    "EEZ": ("đặc quyền kinh tế",),
    "ODA": ("hỗ trợ phát triển chính thức",),
    "FDI": ("đầu tư trực tiếp nước ngoài",),
    "GDP": ("tổng sản phẩm",),
}


def written_as(word: str) -> Concept:
    """How a required word may be written: as is, or a generic acronym also by its Vietnamese words
    (first letter in either case: "Thương mại tự do" inside a name)."""
    words = GENERIC_ACRONYMS.get(word, ())
    return (word, *(LOOSE + x for w in words for x in (w, w[:1].upper() + w[1:])))


_ROMAN = re.compile(r"[IVXLC]+")


def required_acronyms(q: Question, codes: set[str]) -> list[Concept]:
    """Acronyms the question writes that name no actor ("NAM" of "When did Vietnam join the NAM?"):
    the evidence sentence or its passage must write them, as written, outside a line in capitals
    (:func:`uncapped`: a title "VIỆT NAM HỘI NHẬP …" writes "NAM" too). A question written all in
    capitals has none."""
    if q.text.upper() == q.text:
        return []
    text = actor_names.strip_all_names(q.text, codes)
    found = [
        w
        for w in re.findall(r"(?<![\w-])[^\W\d_]{2,}(?![\w-])", text)
        if w.isupper() and not _ROMAN.fullmatch(w) and not actor_names.codes_in(w, english=q.lang == "en")
    ]
    return [written_as(w) for w in dict.fromkeys(found)]


_WORD_RUN = re.compile(r"[^\W\d_]+(?:[\s:–-]+[^\W\d_]+)*")


def uncapped(text: str) -> str:
    """The text without its runs of three or more words in capitals (a title "VIỆT NAM HỘI NHẬP KHU
    VỰC"): their words are no acronyms."""
    if text.upper() != text and not re.search(r"[^\W\d_]{2,}\s+[^\W\d_]{2,}\s+[^\W\d_]{2,}", text):
        return text
    out, last = [], 0
    for m in _WORD_RUN.finditer(text):
        run: list[re.Match[str]] = []
        for w in re.finditer(r"[^\W\d_]+", m.group(0)):
            if w.group(0).isupper():
                run.append(w)
                continue
            last = _cut(text, m.start(), run, out, last)
            run = []
        last = _cut(text, m.start(), run, out, last)
    return "".join(out) + text[last:]


def _cut(text: str, base: int, run: list, out: list[str], last: int) -> int:
    """Blank a run of three or more capitalised words (see :func:`uncapped`); the new end offset."""
    if len(run) < 3:
        return last
    a, b = base + run[0].start(), base + run[-1].end()
    out.append(text[last:a] + " ")
    return b


# Capitalised words that are not names (question words, titles, generic heads in English questions)
_PROPER_STOP = {
    "viet", "nam", "vietnam", "dang", "nha", "nuoc", "hiep", "dinh", "uoc", "chu", "tich", "nghi", "chinh", "phu",
}  # fmt: skip


def support(concepts: list[Concept], sentence: str) -> float:
    """Share of the question's concepts that the sentence contains (whole words, accent-folded)."""
    if not concepts:
        return 0.0
    folded = " " + words(sentence) + " "
    return sum(1 for alts in concepts if any(f" {a} " in folded for a in alts)) / len(concepts)


def exact_index(sentence: str) -> str:
    """The sentence as " word word ... " (whole "11/2017" and its parts), for :func:`contains_all`."""
    whole = re.findall(r"[\w/%]+", sentence)
    parts = [p for w in whole if "/" in w or "%" in w for p in re.findall(r"\w+", w)]
    return " " + " ".join(whole) + " " + " ".join(parts) + " "


def contains_all(required: list[Concept], sentence: str, index: str | None = None) -> bool:
    """Every required concept is in the sentence, with its case and accents (names: "Pháp" is not
    "pháp"); ``index`` is the sentence's :func:`exact_index` when the caller has it."""
    if not required:
        return True
    text = index if index is not None else exact_index(sentence)
    lowered: list[str] = []  # the index in lower case, made once if a loose name is asked

    def has(a: str) -> bool:
        if not a.startswith(LOOSE):
            return f" {a} " in text
        if not lowered:
            lowered.append(text.lower())
        name, low = a[len(LOOSE) :], lowered[0]
        if len(low) != len(text):
            return f" {name} " in text
        at = low.find(f" {name.lower()} ")
        while at >= 0:
            if text[at + 1] == name[0]:
                return True
            at = low.find(f" {name.lower()} ", at + 1)
        return False

    return all(any(has(a) for a in alts) for alts in required)


def name_runs(text: str, names: list[Concept]) -> list[list[Concept]]:
    """The question's names (:func:`required_names`, one word each) grouped as they stand together in
    ``text``: "Tây Ninh" is one name of two words, "Quảng Trị … Savannakhet" two."""
    single = {alts[0]: alts for alts in names if len(alts) == 1}
    runs: list[list[Concept]] = []
    last = False
    for w in re.findall(r"\w+", text):
        if w in single:
            if last:
                runs[-1].append(single[w])
            else:
                runs.append([single[w]])
        last = w in single
    return runs
