"""The question's content as concepts (each a set of folded alternatives) and as a search query.

An English question reaches Vietnamese text through a small foreign-affairs lexicon and the
gazetteer's names of the actors it mentions ("Soviet Union" -> Liên Xô, "Comecon" -> SEV).
"""

from __future__ import annotations

import re

from doingoai.answer import actors as actor_names
from doingoai.question import Question, fold

Concept = tuple[str, ...]  # folded alternatives; one present = the concept is supported

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
# English foreign-affairs words -> Vietnamese alternatives (folded at use)
_EN_VI: dict[str, tuple[str, ...]] = {
    "join": ("gia nhập", "thành viên"),
    "joined": ("gia nhập", "thành viên"),
    "member": ("thành viên",),
    "membership": ("thành viên",),
    "accession": ("gia nhập",),
    "sign": ("ký",),
    "signed": ("ký",),
    "treaty": ("hiệp ước",),
    "agreement": ("hiệp định",),
    "ratify": ("phê chuẩn",),
    "ratified": ("phê chuẩn",),
    "elected": ("được bầu", "bầu"),
    "elect": ("bầu",),
    "council": ("hội đồng",),
    "security": ("bảo an",),
    "chair": ("chủ tịch",),
    "chaired": ("chủ tịch",),
    "chairmanship": ("chủ tịch",),
    "aid": ("viện trợ",),
    "assistance": ("viện trợ", "hỗ trợ"),
    "visit": ("thăm",),
    "visited": ("thăm",),
    "war": ("chiến tranh",),
    "conflict": ("xung đột",),
    "embargo": ("cấm vận",),
    "sanctions": ("cấm vận", "trừng phạt"),
    "friendship": ("hữu nghị",),
    "cooperation": ("hợp tác",),
    "relations": ("quan hệ",),
    "diplomatic": ("ngoại giao",),
    "normalise": ("bình thường hóa",),
    "normalize": ("bình thường hóa",),
    "normalised": ("bình thường hóa",),
    "normalized": ("bình thường hóa",),
    "establish": ("thiết lập",),
    "established": ("thiết lập",),
    "votes": ("phiếu",),
    "border": ("biên giới",),
    "projects": ("dự án",),
    "project": ("dự án",),
    "party": ("đảng",),
    "congress": ("đại hội",),
    "comprehensive": ("toàn diện",),
    "strategic": ("chiến lược",),
    "partnership": ("đối tác",),
    "peacekeeping": ("gìn giữ hòa bình",),
    "directive": ("chỉ thị",),
    "resolution": ("nghị quyết",),
    "foreign": ("đối ngoại",),
    "policy": ("đường lối", "chính sách"),
    "limitations": ("hạn chế",),
    "negotiations": ("đàm phán",),
    "negotiate": ("đàm phán",),
    "upgrade": ("nâng cấp", "nâng lên", "nâng tầm"),
    "upgraded": ("nâng cấp", "nâng lên", "nâng tầm"),
    "official": ("chính thức",),
    "mission": ("phái đoàn",),
    "city": ("thành phố",),
    "president": ("tổng thống", "chủ tịch nước"),
    "minister": ("bộ trưởng", "thủ tướng"),
    "prime": ("thủ tướng",),
    "talks": ("hội đàm", "điện đàm"),
    "held": ("tổ chức",),
    "summit": ("cấp cao",),
    "hosted": ("đăng cai", "chủ trì"),
    "withdrew": ("rút",),
    "withdraw": ("rút",),
    "gave": ("trao tặng", "viện trợ"),
    "donated": ("trao tặng",),
    "state": ("cấp nhà nước", "nhà nước"),
    "navy": ("hải quân",),
    "ship": ("tàu",),
}


def words(text: str) -> str:
    """Folded text as space-separated words (punctuation and dashes dropped): the form concepts use.
    Words joined by "/" are there whole ("192/193") and in parts ("11/2017" also gives "2017")."""
    folded = fold(text)
    whole = re.findall(r"[\w/%]+", folded)
    return " ".join(whole + [p for w in whole if "/" in w for p in w.split("/") if p])


def _exact_words(text: str) -> str:
    return " ".join(re.findall(r"[\w/%]+", text))


def _syllables(text: str) -> list[str]:
    return re.findall(r"[\w/%]+", text.lower())


def content_terms(q: Question, codes: set[str]) -> list[Concept]:
    """Concepts of the question: one per actor it names and one per content word."""
    text = q.text
    concepts: list[Concept] = []
    for code in sorted(codes):
        names = actor_names.names(code)
        if names:
            concepts.append(tuple(sorted({words(n) for n in names})))
        text = actor_names.strip_names(text, code)
    if q.lang == "en":
        capitalised = {w.lower() for i, w in enumerate(re.findall(r"\w+", text)) if i > 0 and w[:1].isupper()}
        for w in _syllables(text):
            if w in _EN_STOP:
                continue
            if w in _EN_VI:
                concepts.append(tuple(words(v) for v in _EN_VI[w]))
            elif w[:1].isdigit() or w in capitalised:  # a number or a name counts, matched as written
                concepts.append((w,))
    else:
        for w in _syllables(text):
            if w not in _VI_STOP and not (q.year and w == str(q.year) and q.wants.value == "date"):
                concepts.append((fold(w),))
    return list(dict.fromkeys(concepts))


def search_query(q: Question, codes: set[str]) -> str:
    """The text to search with: the Vietnamese question, or Vietnamese words for an English one."""
    if q.lang != "en":
        return q.text
    words: list[str] = [actor_names.display(c, "vi") for c in sorted(codes)]
    words += [a for c in sorted(codes) for a in actor_names.abbreviations(c)]
    text = q.text
    for code in codes:
        text = actor_names.strip_names(text, code)
    for w in _syllables(text):
        if w in _EN_VI:
            words.extend(_EN_VI[w])
        elif w not in _EN_STOP:
            words.append(w)
    return " ".join(words)


def flat(concepts: list[Concept]) -> list[str]:
    return [alt for c in concepts for alt in c]


def required_concepts(q: Question, codes: set[str]) -> list[Concept]:
    """What a sentence must contain to answer: every actor the question names other than Vietnam
    itself, and every other proper name, so that a question about NATO is never answered from a
    sentence about ASEAN. (A fact's evidence needs only :func:`required_names`: its parties are
    known even where the sentence says "hai nước".)"""
    required: list[Concept] = []
    for code in sorted(codes):
        names = actor_names.names(code)
        if code != "VNM" and names:
            required.append(tuple(sorted({_exact_words(n) for n in names})))
    return required + required_names(q, codes)


def required_names(q: Question, codes: set[str]) -> list[Concept]:
    """Proper names in the question (a capitalised word past the first) that are not an actor's."""
    required: list[Concept] = []
    text = q.text
    for code in codes:
        text = actor_names.strip_names(text, code)
    words = re.findall(r"\w+", text)
    for i, w in enumerate(words):
        if i > 0 and w[:1].isupper() and not w.isdigit() and fold(w) not in _PROPER_STOP:
            if q.lang == "en" and fold(w) == w.lower():
                continue  # an English word ("Palace") is not written so in Vietnamese text; a Vietnamese name ("Lâm") is
            required.append((w,))
    return required


# Capitalised words that are not names (question words, titles, generic heads in English questions)
_PROPER_STOP = {"viet", "nam", "vietnam", "dang", "nha", "nuoc", "hiep", "dinh", "uoc", "chu", "tich"}
