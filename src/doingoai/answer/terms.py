"""The question's content as concepts (each a set of folded alternatives) and as a search query.

An English question reaches Vietnamese text through a small foreign-affairs lexicon and the
gazetteer's names of the actors it mentions ("Soviet Union" -> Liên Xô, "Comecon" -> SEV).
"""

from __future__ import annotations

import re

from doingoai.answer import actors as actor_names
from doingoai.ordinals import english_ordinal, ordinal_forms
from doingoai.question import Question, fold, without_first

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
    "establish": ("thiết lập", "xác lập"),
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
    "held": ("tổ chức", "diễn ra"),
    "behalf": ("thay mặt", "đại diện"),
    "government": ("chính phủ",),
    "ministers": ("bộ trưởng",),
    "responsible": ("phụ trách", "chịu trách nhiệm"),
    "leaders": ("lãnh đạo", "nhà lãnh đạo"),
    "supplementary": ("bổ sung",),
    "amending": ("sửa đổi",),
    "approve": ("thông qua", "phê chuẩn", "phê duyệt"),
    "approved": ("thông qua", "phê chuẩn", "phê duyệt"),
    "passed": ("thông qua",),
    "pass": ("thông qua",),
    "status": ("quy chế",),
    "recognise": ("công nhận",),
    "recognised": ("công nhận",),
    "recognize": ("công nhận",),
    "recognized": ("công nhận",),
    "regime": ("quy chế", "chế độ"),
    "place": ("diễn ra",),
    "summit": ("cấp cao",),
    "hosted": ("đăng cai", "chủ trì"),
    "withdrew": ("rút",),
    "withdraw": ("rút",),
    "gave": ("trao tặng", "viện trợ"),
    "donated": ("trao tặng",),
    "state": ("cấp nhà nước", "nhà nước"),
    "navy": ("hải quân",),
    "ship": ("tàu",),
    "theme": ("chủ đề",),
    "slogan": ("khẩu hiệu",),
    "motto": ("phương châm", "khẩu hiệu"),
    "demarcation": ("phân giới cắm mốc", "phân giới", "cắm mốc"),
    "demarcate": ("phân giới cắm mốc", "phân giới"),
    "delimitation": ("phân định",),
    "complete": ("hoàn thành", "hoàn tất"),
    "completed": ("hoàn thành", "hoàn tất"),
    "completion": ("hoàn thành", "hoàn tất"),
    "finish": ("hoàn thành", "hoàn tất"),
    "finished": ("hoàn thành", "hoàn tất"),
    "land": ("đất liền",),
    "whole": ("toàn tuyến", "toàn bộ"),
    "entire": ("toàn tuyến", "toàn bộ"),
    "admit": ("kết nạp",),
    "admitted": ("kết nạp",),
    "admission": ("kết nạp",),
    "expected": ("dự kiến",),
    "founded": ("thành lập",),
    "established": ("thiết lập", "thành lập", "xác lập"),
    "resume": ("nối lại", "khôi phục"),
    "resumed": ("nối lại", "khôi phục"),
    "development": ("phát triển",),
    "launched": ("khởi xướng", "phát động"),
    "initiated": ("khởi xướng",),
    "movement": ("phong trào",),
    "university": ("đại học", "trường"),
    "economic": ("kinh tế",),
    "trade": ("thương mại",),
    "free": ("tự do",),
    "investment": ("đầu tư",),
    "protection": ("bảo hộ",),
    "effect": ("hiệu lực",),
    "force": ("hiệu lực",),
    "anniversary": ("kỷ niệm",),
    "founding": ("sáng lập", "thành lập"),
    "host": ("đăng cai", "tổ chức"),
    "meeting": ("hội nghị",),
    "conference": ("hội nghị",),
    "defence": ("quốc phòng",),
    "defense": ("quốc phòng",),
    "gate": ("cửa khẩu",),
    "gates": ("cửa khẩu",),
    "protocol": ("nghị định thư",),
    "documents": ("văn kiện",),
    "code": ("bộ quy tắc",),
    "conduct": ("ứng xử",),
    "sea": ("biển",),
    "american": ("hoa kỳ", "mỹ"),
    "marker": ("mốc", "cột mốc"),
    "markers": ("mốc", "cột mốc"),
    "increase": ("tăng", "tăng dày"),
    "signatory": ("ký",),
    "fight": ("chiến tranh", "xung đột", "chiến đấu"),
    "fought": ("chiến tranh", "xung đột", "chiến đấu"),
    "led": ("lãnh đạo", "dẫn đầu"),
    "lead": ("lãnh đạo", "dẫn đầu"),
    "issue": ("ra", "ban hành", "công bố"),
    "issued": ("ra", "ban hành", "công bố"),
    "statement": ("tuyên bố",),
    "vision": ("tầm nhìn",),
    "term": ("nhiệm kỳ",),
    "warn": ("cảnh báo",),
    "warned": ("cảnh báo",),
    "alert": ("cảnh báo",),
    "alerted": ("cảnh báo",),
    "largest": ("lớn nhất",),
    "biggest": ("lớn nhất",),
    "trading": ("thương mại",),
    "partner": ("đối tác",),
    "memorandum": ("bản ghi nhớ",),
    "memoranda": ("bản ghi nhớ",),
    "fund": ("quỹ",),
    "programme": ("chương trình",),
    "program": ("chương trình",),
    "initiative": ("sáng kiến",),
    "mechanism": ("cơ chế",),
    "forum": ("diễn đàn",),
    "hanoi": ("hà nội",),
    "palace": ("điện", "cung điện", "dinh"),
    "saigon": ("sài gòn",),
    **{
        m: (f"tháng {i}", str(i))  # "September" -> "tháng 9", or the 9 of "10/9/2023"
        for i, m in enumerate(
            "january february march april may june july august september october november december".split(), 1
        )
    },
}


EN_VI = _EN_VI  # for other answer modules (negated English verbs)
FIRST: Concept = ("lan dau", "dau tien")  # "lần đầu (tiên)", "đầu tiên": the first time


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
    """Concepts of the question: one per actor it names and one per content word. An adverbial
    "first" / "lần đầu" is one concept ("lần đầu" or "đầu tiên"): a sentence saying it is preferred,
    one that does not still answers."""
    text = without_first(q.text)
    concepts: list[Concept] = [FIRST] if q.earliest else []
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
            nth = english_ordinal(w)
            if w in _EN_VI:
                concepts.append(tuple(words(v) for v in _EN_VI[w]))
            elif nth:  # "16th" -> "thứ 16" / "thứ XVI" / "16"
                if nth in q.ordinals:  # "the first" is also "đầu tiên" ("người đầu tiên")
                    concepts.append(ordinal_forms(nth) + (FIRST[1],) * (nth == 1))
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
    text = without_first(q.text)
    for code in codes:
        text = actor_names.strip_names(text, code)
    for w in _syllables(text):
        nth = english_ordinal(w)
        if w in _EN_VI:
            words.extend(_EN_VI[w])
        elif nth:
            words.extend(("thứ", str(nth)) if nth in q.ordinals else ())
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
    return required_actors(codes) + required_names(q, codes)


def required_actors(codes: set[str]) -> list[Concept]:
    """Every actor named other than Vietnam itself, each as its names written exactly."""
    required: list[Concept] = []
    for code in sorted(codes):
        names = actor_names.names(code)
        if code != "VNM" and names:
            required.append(tuple(sorted({_exact_words(n) for n in names})))
    return required


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
    return all(any(f" {a} " in text for a in alts) for alts in required)
