"""An English question's words read through the lexicon (:mod:`doingoai.answer.lexicon`): phrases
whose words mean nothing alone ("enter into force") as the one word they stand for, and inflected
words through their stem ("borders" -> "border")."""

from __future__ import annotations

import re

from doingoai.answer.in_charge import EN_ROLE, ROLE_WORD
from doingoai.answer.lexicon import EN_VI
from doingoai.answer.ministries import PHRASES as MINISTRIES

# Phrases whose words mean nothing alone: the phrase -> the one word of :data:`EN_VI` it stands for
# ("enter into force" is "có hiệu lực", not "enter" + "hiệu lực").
EN_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:enter(?:s|ed|ing)?|entry|c[ao]m(?:e|es|ing)|put|brought)\s+into\s+force\b"
            r"|\b(?:take|takes|taken|took|taking|came|come|comes)\s+effect\b",
            re.I,
        ),
        "force",
    ),
    (re.compile(r"\b(?:take|takes|taken|took|taking)\s+part\b", re.I), "participated"),
    # offices named by two words: "Secretary-General" is "Tổng Thư ký", not "secretary" + "general"
    (re.compile(r"\bsecretary[- ]general\b", re.I), "secretarygeneral"),
    (re.compile(r"\bdirector[- ]general\b", re.I), "directorgeneral"),
    (re.compile(r"\bexecutive\s+director\b", re.I), "executivedirector"),
    # "co-chaired" is "đồng chủ trì", not "chair" ("chủ tịch")
    (re.compile(r"\bco[- ]?chair(?:ed|s|ing|men|man)?\b", re.I), "cochaired"),
    # "take office", "assumed office", "sworn in": "nhậm chức"
    (
        re.compile(r"\b(?:take|takes|taken|took|taking|assum\w*)\s+office\b|\bsworn\s+in\b", re.I),
        "inaugurated",
    ),
    (re.compile(r"\bred\s+cross\b", re.I), "redcross"),  # "Hội Chữ thập đỏ", not "red" + "cross"
    # "war broke out", "the outbreak of the fighting": "bùng nổ", "nổ ra"
    (re.compile(r"\b(?:break|breaks|broke|broken|breaking)\s+out\b", re.I), "outbreak"),
    # "took its current name", "adopted the name": "đổi tên", "mang tên"
    (
        re.compile(
            r"\b(?:take|takes|taken|took|taking|adopt\w*|assum\w*|receiv\w*|g[eo]t)\s+(?:its|their|the|a)?\s*"
            r"(?:current|present|new|today's)?\s*name\b",
            re.I,
        ),
        "renamed",
    ),
    # "focal point", "follows up", "standing body": the role of the unit in charge of a plan
    (EN_ROLE, ROLE_WORD),
    *MINISTRIES,  # "the Ministry of Industry and Trade" -> "Bộ Công Thương"
)


def en_vi(word: str) -> tuple[str, ...] | None:
    """The Vietnamese words for an English ``word`` (lower case), or for its stem when the word is
    inflected ("borders", "provinces", "bordered", "bordering" -> "border", "province")."""
    vi = EN_VI.get(word)
    if vi is not None or len(word) < 5:
        return vi
    for end in ("ing", "es", "ed", "s", "d"):
        if word.endswith(end) and len(word) - len(end) >= 4 and (vi := EN_VI.get(word[: -len(end)])):
            return vi
    return None


def en_phrases(text: str) -> str:
    """``text`` with each phrase of :data:`EN_PHRASES` written as the one word it stands for."""
    for rx, word in EN_PHRASES:
        text = rx.sub(word, text)
    return text
