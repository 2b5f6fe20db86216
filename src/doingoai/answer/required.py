"""What an evidence sentence must write beyond names and years: the question's ordinals, the
ordinal a question asks for, the parties a "hai nước" stands for, a theme.

* Ordinals (:mod:`doingoai.ordinals`): a question about the 16th summit is never answered from a
  sentence about the 17th, so the numbers :attr:`Question.ordinals` requires are required in the
  evidence like names and years are.
* Deixis: a sentence saying "hai nước" / "hai bên" / "phía bạn" stands for the parties its document
  names just before (or in its title), so it can answer a question naming them.
* Themes: only a sentence stating a theme or slogan ("với chủ đề", "khẩu hiệu") answers for one.
* Years: the year a question names is in the evidence sentence when one sentence writes it.

What the question asks is read once, by :func:`doingoai.question.analyse`.
"""

from __future__ import annotations

import re
from typing import Any

from doingoai.answer.relative import without_compared
from doingoai.ordinals import ENUMERATOR, NOT_IN_NUMBER, ROMAN, VI_NEXT, VI_WORD, Ordinals, ordinals_in


def find_ordinal(head: str, sentence: str) -> tuple[str, int, int] | None:
    """Where the sentence writes the ordinal after ``head``: "Khóa 77", "lần thứ hai", "thứ 150"."""
    heads = "khóa|khoá" if head == "khóa" else re.escape(head).replace(r"\ ", r"\s+")
    pattern = rf"\b(?:{heads})\s+(?:\d{{1,3}}\b|{ROMAN}|{VI_WORD}\b{VI_NEXT})"
    for m in re.finditer(pattern, sentence, re.I):
        if (
            head == "thứ"
            and ENUMERATOR.search(sentence[: m.start()])
            and sentence[m.end() :].lstrip()[:1] == ","
        ):
            continue  # "Thứ hai, ...": "secondly"
        return m.group(0), m.start(), m.end()
    return None


def ordinals_ok(wanted: Ordinals, sentence: str, passage: str = "") -> bool:
    """Every wanted ordinal is in the sentence; or the sentence writes none and its passage has them."""
    if not wanted:
        return True
    own = ordinals_in(sentence) | _quarters(sentence) | _anniversaries(sentence)
    if wanted <= own:
        return True
    return not own and bool(passage) and wanted <= ordinals_in(passage)


_QUARTER = re.compile(r"(?<!\w)quý\s+(I{1,3}|IV|[1-4])(?!\w)", re.I)
_QUARTER_NUMBER = {"I": 1, "II": 2, "III": 3, "IV": 4}


# "kỷ niệm 55 năm quan hệ ngoại giao": the 55th anniversary
_ANNIVERSARY = re.compile(r"(?<!\w)kỷ niệm\s+(\d{1,3})\s+năm(?!\w)", re.I)


def _anniversaries(sentence: str) -> frozenset[int]:
    """The anniversaries a sentence writes ("lễ kỷ niệm 55 năm …" is the 55th asked)."""
    if "niệm" not in sentence:
        return frozenset()
    return frozenset(int(m.group(1)) for m in _ANNIVERSARY.finditer(sentence))


def _quarters(sentence: str) -> frozenset[int]:
    """The quarters a plan writes ("trong quý III" is the third quarter asked)."""
    return frozenset(
        _QUARTER_NUMBER.get(m.group(1).upper()) or int(m.group(1)) for m in _QUARTER.finditer(sentence)
    )


# --- deixis -----------------------------------------------------------------------------------
_DEIXIS = re.compile(
    NOT_IN_NUMBER  # (not "mười hai nước": twelve)
    + r"\b(?:hai|cả hai|đôi)\s+(?:nước|bên|phía|Đảng|quốc gia|chính phủ|nhà lãnh đạo|lãnh đạo|Bộ trưởng|Ngoại trưởng)\b"
    r"|\b(?:phía|nước)\s+bạn\b"
    r"|\b(?:nước|quốc gia)\s+này\b"  # "nước này": the country named just before
    # trade "between the two" named before: "Kim ngạch thương mại hai chiều ước đạt …"
    r"|\b(?:thương mại|kim ngạch)(?:\s+\w+){0,2}?\s+(?:hai chiều|song phương)\b",
    re.I,
)


def has_deixis(sentence: str) -> bool:
    """The sentence stands for parties named elsewhere ("hai nước", "hai bên", "phía bạn")."""
    return bool(_DEIXIS.search(sentence))


# --- themes -----------------------------------------------------------------------------------
THEME_WORDS = re.compile(r"\b(?:chủ đề|khẩu hiệu|phương châm|thông điệp)\b", re.I)


def mentions_theme(sentence: str) -> bool:
    """The sentence states a theme, slogan or motto ("với chủ đề", "khẩu hiệu")."""
    return bool(THEME_WORDS.search(sentence))


# --- the year named ---------------------------------------------------------------------------
_YEARS = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
Scored = tuple[float, int, dict[str, Any]]  # (support, rank, hit) of a supported sentence


def own_year_first(year: int | None, supported: list[Scored], counted: bool = False) -> list[Scored]:
    """The year a question names is in the evidence sentence when one sentence writes it: those
    come first, and a sentence writing other years only ("Từ tháng 10/2018, ...") is about another
    time and left out ("... năm 2022?" from "Năm 2022, Đội ... đến khu vực Abyei"). A sentence
    writing no year may be about it (its passage or list heading names it; a year it only compares an amount
    with aside: "…, tăng 7% so với năm 2024"): kept, after them. A relative
    date the sentence writes ("từ năm sau" in a text of 2010: ``hit["relative"]``) is its own year. An ordinal
    asked (``counted``: "Vesak 2025 là lần thứ mấy …?") is told with the years before it ("Đây là lần thứ tư …,
    sau các năm 2008, 2014 và 2019"): such a sentence is kept, last."""
    if year is None:
        return supported
    own = [s for s in supported if str(year) in _YEARS.findall(s[2]["text"] + s[2].get("relative", ""))]
    if not own:
        return supported
    # (a year an amount is only compared with is not the sentence's: "…, tăng 7% so với năm 2024")
    unyeared = [s for s in supported if s not in own and not _YEARS.search(without_compared(s[2]["text"]))]
    return own + unyeared + ([s for s in supported if s not in own and s not in unyeared] if counted else [])


# a sentence saying what is planned: "dự kiến được tổ chức", "sẽ đăng cai", "theo kế hoạch"
_PLAN = re.compile(
    r"(?<!\w)(?:dự kiến|dự định|sẽ|kế hoạch|phấn đấu|will|plans? to|is planned|are planned|scheduled)(?!\w)",
    re.I,
)


def plans_first(planned: bool, supported: list[Scored], in_plan=None) -> list[Scored]:
    """For a question about what is planned ("dự kiến được tổ chức vào tháng nào?"), the sentences
    saying a plan ("Lễ mở ký dự kiến được tổ chức ... tháng 10/2025") before those saying what was
    done ("Ngày 24/12/2024, Đại hội đồng thông qua ... Lễ mở ký"); the order is kept otherwise. An item
    of a plan says one whatever its words (``in_plan(hit)``: "1. Tháng 5, cử đoàn … sang …" in a
    "Kế hoạch …", or under "Phương hướng, nhiệm vụ năm 2025")."""
    if not planned:
        return supported
    return sorted(supported, key=lambda s: not (_PLAN.search(s[2]["text"]) or in_plan and in_plan(s[2])))
