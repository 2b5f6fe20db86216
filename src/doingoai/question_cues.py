"""Cue words of questions beyond :mod:`doingoai.question`: the event kinds asked, a day, a month,
votes, a share or a meeting held asked; and the head noun of "X nào" in general.

"Hội nghị ... nhất trí thành lập quỹ nào?", "sáng kiến nào", "cơ chế nào": a question asking "which
<noun>" asks for the name the text gives a thing of that kind, written with the noun capitalised at
its start ("Quỹ ASEAN ứng phó Covid-19", "Sáng kiến Hội nhập ASEAN"). :func:`name_heads` reads the
noun (the one or two syllables before "nào"), unless it is a question word of its own ("như thế nào",
"bằng cách nào") or a cue :func:`doingoai.question.analyse` reads otherwise (time, place, actors).
Only the name a sentence writes with the noun capitalised answers: "lập quỹ" never does, "Quỹ" may.
"""

from __future__ import annotations

import re

from doingoai.fold import fold

# what kind of date or amount: a day, a month, votes, a share; holding a meeting
ASKS_DAY = re.compile(
    r"\b(?:ngày nào|ngày mấy|ngày tháng năm nào|what date|which date|which day|what day)\b", re.I
)
ASKS_MONTH = re.compile(r"\b(?:tháng nào|tháng mấy|what month|which month)\b", re.I)
VOTES = ("phieu", "vote", "ballot")  # folded
PERCENT = ("phan tram", "%", "percent", "ty le", "what share", "what proportion", "which share")
ASKS_HELD = re.compile(
    r"\b(?:held|hold|took place|take place|hosted|convened|opened)\b"
    r"|\b(?:được tổ chức|tổ chức|diễn ra|khai mạc|họp|đăng cai)\b",
    re.I,
)

# --- an action a date or an amount is asked about, beyond the event kinds: "enter into force" ------
# "Công ước có hiệu lực khi nào?", "When did the Convention enter into force?": the date is the one
# the text gives where it says the action ("có hiệu lực từ ngày 14/12/2005"), never the signing date
# of the same sentence or passage. Each cue (folded question) -> the folded Vietnamese words said.
_ACTIONS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (
        re.compile(
            r"\b(?:hieu luc|(?:enter(?:s|ed|ing)?|entry|c[ao]m(?:e|es|ing)) into force|in force"
            r"|(?:take|takes|taken|took|taking|came|come|comes) effect|effective)\b"
        ),
        ("hieu luc",),
    ),
    # "When will X take office?", "nhậm chức ngày nào": the date next to "nhậm chức", never the
    # dateline's or a birth date of the same passage
    (
        re.compile(r"\b(?:nham chuc|tuyen the|(?:take|takes|took|taken|taking|assum\w*) office|sworn in)\b"),
        ("nham chuc", "tuyen the"),
    ),
    # "tái bổ nhiệm ngày nào", "When was X reappointed?" (re-election is an election: an event kind)
    (re.compile(r"\b(?:tai bo nhiem|re-?appoint\w*)"), ("tai bo nhiem",)),
    # "When did X's second term begin?", "nhiệm kỳ … bắt đầu khi nào"
    (
        re.compile(
            r"\b(?:term|nhiem ky)\b[^?]{0,40}\b(?:begin|began|begins|begun|start\w*|bat dau)\b"
            r"|\b(?:begin|began|begins|begun|start\w*)\b[^?]{0,30}\bterm\b"
        ),
        ("bat dau",),
    ),
    # "Văn phòng … được khai trương ngày nào?", "When was the plant inaugurated?": the date of the opening,
    # never of the signing that set the office up, said in the sentence before
    (re.compile(r"\b(?:khai truong|khanh thanh|inaugurat\w*)\b"), ("khai truong", "khanh thanh")),
    # "When was X assassinated?", "bị ám sát khi nào": the date of the killing, never of the treaty signed
    # in the sentence naming X before
    (re.compile(r"\b(?:assassinat\w*|am sat)\b"), ("am sat",)),
    # "When did Russia suspend the talks?", "tạm dừng đàm phán khi nào": the date of the suspension, never
    # the talks' start said in the same passage ("đàm phán … từ năm 1956")
    (
        re.compile(r"\b(?:suspen\w*|halt\w*|froze|frozen|freez\w*|dinh chi|tam dung|tam ngung|dong bang)\b"),
        ("dinh chi", "tam dung", "tam ngung", "ngung", "dong bang"),
    ),
    # "When were the talks resumed?", "nối lại đàm phán khi nào": the restart, never the first start
    (re.compile(r"\b(?:resum\w*|restart\w*|noi lai)\b"), ("noi lai", "tai khoi dong", "khoi dong lai")),
    # "When did Korea apply to join the OECD?", "nộp đơn xin gia nhập khi nào": the application, never the
    # accession said in the same passage
    (
        re.compile(
            r"\b(?:appl(?:y|ied|ies|ying)\s+(?:to\s+join|for)|application|nop don|xin gia nhap|don xin)\b"
        ),
        ("nop don", "xin gia nhap", "don xin", "de nghi gia nhap"),
    ),
)


def actions(folded: str) -> tuple[str, ...]:
    """The folded Vietnamese words of the action a folded question asks about ("enter into force" ->
    "hieu luc"); its evidence sentence says one of them."""
    return tuple(dict.fromkeys(w for rx, vi in _ACTIONS if rx.search(folded) for w in vi))


# "Which Chinese province", "what Southeast Asian country": up to two modifiers between the question
# word and its noun, none an auxiliary, an article or a preposition ("What did the country ..." is no
# actor question)
EN_MODS = (
    r"(?:(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|the|a|an|of|in|on|to"
    r"|for|with|by|at|from|and|or|not)\b)[\w-]+\s+){0,2}?"
)
# --- the kind of place asked: "khu vực nào" -> a name written after "khu vực" ---------------------
_PLACE_HEAD = re.compile(
    r"\b(khu vực|vùng|tỉnh|thành phố|thủ đô|địa điểm|quốc đảo|đảo|huyện|bang)\s+nào\b"
    rf"|\b(?:which|what)\s+{EN_MODS}(region|area|province|cities|city|capital|island|state)s?\b",
    re.I,
)
_EN_PLACE_HEAD = {
    "region": "khu vực", "area": "khu vực", "province": "tỉnh", "city": "thành phố", "cities": "thành phố", "capital": "thủ đô",
    "island": "đảo", "state": "bang",
}  # fmt: skip


def place_head(question: str) -> str | None:
    """The noun a place question asks by ("khu vực nào" -> "khu vực", "which province" -> "tỉnh"):
    a text writes the place's name right after it ("đến khu vực Abyei"), or None."""
    m = _PLACE_HEAD.search(question)
    if not m:
        return None
    return m.group(1).lower() if m.group(1) else _EN_PLACE_HEAD[m.group(2).lower()]


_HEAD_BEFORE_NAO = re.compile(r"(?<!\w)([^\W\d_]+)(?:\s+([^\W\d_]+))?\s+nào(?!\w)")
# syllables that make "X nào" a question word, a quantity or a cue read elsewhere
_NOT_HEAD = frozenset(
    """thế cách sao đâu gì nào năm ngày tháng lúc khi giờ kỳ kì thời điểm đoạn niên kỷ kỉ nước gia ai người
    bên phía đâu nơi phố tỉnh vùng vực chức đảng ty đội trường học những các mức độ hình thức lý do
    dạng kiểu loại mặt phần""".split()
)
_NOT_TWO = frozenset(
    {"vai trò", "lĩnh vực", "hình thức", "phương thức", "biện pháp", "giải pháp", "nội dung"}
)


def name_heads(question: str) -> tuple[str, ...]:
    """The nouns "... <noun> nào?" may ask for, longest first ("thành lập quỹ nào" -> ("lập quỹ",
    "quỹ"); "sáng kiến nào" -> ("sáng kiến", "kiến")): a name starts with one of them capitalised.
    Empty when "nào" follows a question word or a cue read elsewhere ("như thế nào", "nước nào")."""
    for m in _HEAD_BEFORE_NAO.finditer(question):
        first, second = m.group(1).lower(), (m.group(2) or "").lower()
        last = second or first
        if last in _NOT_HEAD or (second and f"{first} {second}" in _NOT_TWO):
            continue
        return (f"{first} {second}", second) if second else (first,)
    return ()


# --- a level of relations named: "Đối tác chiến lược", "comprehensive strategic partnership" ------
# A level is the set of its modifiers (folded Vietnamese), so "Đối tác chiến lược toàn diện" and
# "comprehensive strategic partnership" are one level, and "Đối tác chiến lược" is another.
_VI_MODIFIERS = r"hop tac|chien luoc|toan dien|sau rong|dac biet|tin cay|tang cuong|tien bo|ben vung"
_VI_LEVEL = re.compile(
    rf"(?<!\w)(?:(hiep dinh|hiep uoc)\s+)?(?:doi tac|(quan he))((?:\s+(?:va\s+)?(?:{_VI_MODIFIERS})(?!\w))+)"
)
_EN_MODIFIERS = {
    "comprehensive": "toan dien", "strategic": "chien luoc", "cooperative": "hop tac",
    "extensive": "sau rong", "special": "dac biet", "enhanced": "tang cuong", "progressive": "tien bo",
}  # fmt: skip
_EN_LEVEL = re.compile(
    r"(?<![\w-])((?:(?:"
    + "|".join(_EN_MODIFIERS)
    + r")\s+(?:and\s+)?)+)(partnership|partners?|relationship|relations)\b"
)
_MODIFIER = re.compile(rf"(?:{_VI_MODIFIERS})(?!\w)")
# "nâng quan hệ từ Đối tác chiến lược lên ...", "from a strategic partnership to ...": the level before
_FROM_BEFORE = re.compile(r"(?:\btu|\bfrom)(?:\s+(?:quan he|khuon kho|muc|cap do|a|an|the|their|its))?\s+$")
# "Từ quan hệ Đối tác toàn diện thiết lập năm 2009, hai nước …": the level set up then, not one left
_SET_UP = re.compile(r"\s+(?:duoc\s+)?(?:thiet lap|xac lap)\b")
_AGREEMENT_AFTER = re.compile(r"\s+(?:xuyen|khu vuc|kinh te)(?!\w)")  # "... xuyên Thái Bình Dương"


def _from(folded: str, at: int) -> bool:
    return bool(_FROM_BEFORE.search(folded, max(0, at - 24), at))


def level_spans(folded: str) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, modifiers) of each Vietnamese level of relations in a folded text (offsets hold in
    the unfolded text: folding keeps one character per character)."""
    out: list[tuple[int, int, frozenset[str]]] = []
    for m in _VI_LEVEL.finditer(folded):
        if (
            m.group(1)
            or _AGREEMENT_AFTER.match(folded, m.end())
            or _from(folded, m.start())
            and not _SET_UP.match(folded, m.end())
        ):
            continue  # "Hiệp định Đối tác ...", "Đối tác Toàn diện Khu vực": an agreement's name
        mods = frozenset(_MODIFIER.findall(m.group(3)))
        if "tien bo" in mods:
            continue  # "Đối tác Toàn diện và Tiến bộ": the CPTPP's name
        if m.group(2) and mods != {"dac biet"}:
            continue  # "quan hệ hợp tác": only "quan hệ đặc biệt" names a level
        out.append((m.start(), m.end(), mods))
    return out


# the level of relations asked, none named: "khuôn khổ nào", "mức nào", "đối tác gì", "what is the
# framework of … relations", "to what level", "what kind of partnership" (with relations in view)
_ASKS_LEVEL = re.compile(
    r"\b(?:khuon kho|muc|muc do|cap do|tam)\s+(?:quan he\s+)?nao\b|\bdoi tac\s+(?:gi|nao)\b|"
    r"\b(?:what|which)\s+(?:is\s+the\s+|are\s+the\s+)?(?:framework|level)\b|\bto\s+what\s+level\b|"
    r"\bwhat\s+(?:kind|type)\s+of\s+(?:partnership|relations?|relationship)\b"
)
_RELATIONS = re.compile(r"\b(?:quan he|doi tac|relations?|relationship|partnership|partners)\b")


def asks_level(folded: str) -> bool:
    """The question (folded) asks which level of relations two parties have, naming none itself."""
    return bool(_ASKS_LEVEL.search(folded) and _RELATIONS.search(folded)) and not relation_levels(folded)


def relation_levels(folded: str) -> list[frozenset[str]]:
    """The levels of relations a folded text names, each as its set of modifiers ("đối tác chiến
    lược toàn diện" -> {"chien luoc", "toan dien"}; "quan hệ đặc biệt" -> {"dac biet"}); an
    agreement's name ("Hiệp định Đối tác Toàn diện và Tiến bộ ...") is no level, nor the level
    relations were raised from ("từ Đối tác chiến lược lên ...", "from a strategic partnership to")."""
    out = [mods for _, _, mods in level_spans(folded)]
    for m in _EN_LEVEL.finditer(folded):
        mods = frozenset(_EN_MODIFIERS[w] for w in re.findall(r"[a-z]+", m.group(1)) if w in _EN_MODIFIERS)
        if (m.group(2).startswith("partner") or mods == {"dac biet"}) and not _from(folded, m.start()):
            out.append(mods)
    return out


# --- an activity between states asked "where": "Where do X and Y coordinate?" ---------------------
# Its answer is often a forum or an organisation ("tại Liên Hợp Quốc và ASEM"), from the sentence
# saying the activity; each cue (folded) -> the folded Vietnamese words a sentence says it with.
_ACTIVITIES: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"\b(?:coordinat|phoi hop)"), ("phoi hop",)),
    (re.compile(r"\b(?:cooperat|collaborat|hop tac)"), ("hop tac", "phoi hop")),
    (re.compile(r"\b(?:support(?:s|ed|ing)?\b|ung ho)"), ("ung ho", "ho tro")),
    (re.compile(r"\b(?:consult|tham van)"), ("tham van",)),
    (re.compile(r"\b(?:work(?:s|ed)? together|sat canh|dong hanh)"), ("phoi hop", "sat canh", "dong hanh")),
)


def activities(folded: str) -> tuple[str, ...]:
    """The folded Vietnamese words of the activities a folded question names ("coordinate" ->
    "phoi hop"), for a "where" question: its evidence says one of them."""
    return tuple(dict.fromkeys(w for rx, vi in _ACTIVITIES if rx.search(folded) for w in vi))


# a word after another word or a dash; whether it is capitalised is asked of the letter (str.isupper), not of a
# range: "À-Ỹ" spans lower-case letters too (ủ, đ, ơ ...)
_WORD_AFTER = re.compile(r"(?<=\w)\s+([^\W\d_][\w-]*)|(?<=[-–])\s*([^\W\d_][\w-]*)")


def _drop_capitalised(m: re.Match[str]) -> str:
    word = m.group(1) or m.group(2)
    return " " if word[0].isupper() else m.group(0)


def unnamed(question: str) -> str:
    """The question without its capitalised words after the first (the words of a name: "Hợp tác" of
    "Ban Thư ký Hợp tác ba bên", "Cooperation" of "Trilateral Cooperation Secretariat"), so a word
    of a name is not read as the activity asked."""
    return _WORD_AFTER.sub(_drop_capitalised, question)


# Words that point at an event kind, Vietnamese and English: regular expressions matched at a word
# start in the folded text ("sign" also finds "signed", never "design"; "tham" is not "tham gia").
KIND_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "membership.join",
        # ("join", not "joint")
        (
            "gia nhap",
            "tham gia",
            "thanh vien",
            "ket nap",
            "join(?!t)",
            "member",
            "accession",
            "accede",
            "admit",
        ),
    ),
    (  # "(được) bầu làm", "bầu Việt Nam làm Ủy viên …", "bầu vào Hội đồng …"
        "membership.elect",
        (
            "duoc bau",
            "bau lam",
            r"bau (?:\w+ ){1,6}lam (?:uy vien|thanh vien|chu tich|pho chu tich|tong thu ky)\b",
            "bau vao",
            # "được Quốc hội bầu giữ chức vụ này", "được Đại hội bầu làm …": the electing body between
            r"duoc (?:\w+ ){1,4}bau (?:lam|giu|vao)\b",
            "bau giu chuc",
            "trung cu",
            "elected",
            "elect(?!ric|ron)",  # (not "electric", "electronic")
        ),
    ),
    (
        "agreement.ratify",
        ("phe chuan", "phe duyet", "thong qua", "ratify", "ratified", "approve", "approved"),
    ),
    (
        "agreement.sign",
        (  # (not "kỷ niệm", "kỳ vọng", "kỷ lục", "kỳ họp", "Thư ký" but "ký hợp đồng", ...: the same folded "ky")
            "ky ket",
            r"(?<!nhiem )(?<!thoi )(?<!hoa )(?<!the )(?<!thu )ky\b(?! (?:niem|vong|luc|luat|cuong|thi|han|yeu)\b| hop\b(?! dong))",
            "sign(?!ific|al)",  # (not "significant", "signal")
            "hiep uoc",
            "treaty",
            r"^lam tai\b",  # a treaty's closing "Làm tại Cô-lôm-bô, ngày …": where and when it was signed
        ),
    ),
    ("agreement.negotiate", ("dam phan", "negotiat")),
    (  # "(thiết) lập / đặt quan hệ", "quan hệ ... (được) thiết lập ngày ..."
        "relations.establish",
        (
            "lap quan he",
            r"dat quan he ngoai giao",
            r"quan he\b[^.;?]{0,80}\bthiet lap",
            # "nước có quan hệ ngoại giao với Việt Nam từ ngày 14/2/1965": relations dated from their start
            r"quan he ngoai giao\b[^.;?]{0,60}\btu (?:ngay|nam|thang)\b",
            "binh thuong hoa",
            "establish",
            "normali",
        ),
    ),
    ("relations.upgrade", ("nang cap", "doi tac chien luoc", "upgrade", "strategic partnership")),
    ("chair", ("chu tich asean", "vai tro chu tich", "chair")),
    ("aid", ("vien tro", "giup do", "ho tro", "aid", "assistance", "help")),
    # (a delegation "sang làm việc tại Hà Nội", "đón đoàn … sang": a visit, whatever its verb)
    ("visit", (r"tham\b(?! (?:gia|du|khao|muu|chien|vong))", "visit", r"sang lam viec", r"don doan")),
    (
        "host",
        ("dang cai", "to chuc hoi nghi", "host(?!age|il|el)"),
    ),  # (not "hostage", "hostilities", "hostel")
    ("consult", ("hoi dam", "dien dam", "hoi kien", "tiep kien", "talks", "met with", "meet", "phone call")),
    ("sanction", ("cam van", "bao vay", "trung phat", "embargo", "sanction", "blockade")),
    ("sanction.lift", ("do bo", "bai bo lenh", "go bo lenh", "lift")),  # ("bãi bỏ lệnh cấm vận")
    ("conflict", ("chien tranh", "xung dot", "xam luoc", r"wars?\b", "conflict", "invasion")),
)
# "what happened", "chuyện gì xảy ra", "sự kiện nào diễn ra" (folded): an act asked, none named
ASKS_EVENT = re.compile(
    r"\bwhat\s+(?:happened|took place|occurred|events?)\b|\bwhich events?\b|"
    r"\b(?:chuyen|su kien|dieu|viec)\s+(?:gi|nao)\s+(?:da\s+)?(?:xay ra|dien ra)\b|"
    r"\b(?:co|nhung)\s+su kien\s+(?:gi|nao)\b"
)
KIND_RX = {kind: re.compile(r"\b(?:" + "|".join(cues) + ")") for kind, cues in KIND_CUES}


def mentions_kind(kinds: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` uses a cue word of one of ``kinds`` (a sentence about the asked action)."""
    if not kinds:
        return True
    folded = " ".join(fold(text).split())  # "quan  hệ" of a justified line is "quan hệ"
    return any(KIND_RX[k].search(folded) for k in kinds if k in KIND_RX)


def asks_who(q: str) -> bool:
    """ "ai" / "who" asked: not "Ai" opening a name ("Ai Cập", "Ai-len": a capital or a hyphen after it)."""
    for m in _WHO.finditer(q):
        after = q[m.end() : m.end() + 2]
        if not (
            m.group().strip()[:1] == "A" and (after[:1] == "-" or after[:1] == " " and after[1:].isupper())
        ):
            return True
    return False


_WHO = re.compile(
    r"^\s*ai\b|\bai\s+(?:là|đã|được|khởi xướng|ký|dẫn đầu|đứng đầu|chủ trì|thay mặt)\b"
    r"|\b(?:là|với|gặp|của|bởi|do)\s+ai\b|\bwho(?:m)?\b",
    re.I,
)
