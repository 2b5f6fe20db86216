"""Countries and organisations as answers: "nước nào", "những nước nào", "which countries" -> the
gazetteer actors a sentence names near the question's words ("kết nạp Cam-pu-chia, Lào và
Mi-an-ma"), never one the question names."""

from __future__ import annotations

import re

from doingoai.answer.persons import UPPER
from doingoai.answer.positions import Found, term_positions
from doingoai.fold import fold
from doingoai.question import Question

_ACTOR_KINDS = {"country", "organisation", "body", "party", "collective"}


_NAME_ITEM = rf"([{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}})"
_ITEM_BEFORE = re.compile(_NAME_ITEM + r"\s*(?:,|\s+và)\s*$")
_ITEM_AFTER = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)" + _NAME_ITEM + r"(?=\s*(?:[,.;:)]|\s+và\s|$))")


def _asked_kinds(q: Question) -> set[str]:
    """Which actors answer "nước nào" (countries), "tổ chức nào" (organisations), or either."""
    if q.asks_state == q.asks_body:
        return _ACTOR_KINDS
    return {"country"} if q.asks_state else _ACTOR_KINDS - {"country"}


# (a name's abbreviation in brackets stays in the enumeration: "Tổ chức Y tế Thế giới (WHO), Quỹ ...")
_JOINER = re.compile(r"\s*\)?\s*(?:,|và|and|&)\s*(?:và\s+|and\s+)?|\s*\(\s*", re.I)


ACTOR_REACH = 80  # characters between an answer actor and the nearest word of the question


_LONGER = re.compile(rf"\s+[{UPPER}]")
_DASHED = re.compile(r"[–—/-]\s*$")


def _inside_longer(question: str, start: int, end: int) -> bool:
    """Whether the one-word name at ``start:end`` opens a longer capitalised name ("Nhật" of "cầu
    Nhật Tân"), not after a dash joining actors ("ASEAN–India Summit" names India)."""
    return bool(_LONGER.match(question, end)) and not _DASHED.search(question[max(0, start - 3) : start])


def _named_in(code: str, asked: str, question: str = "") -> bool:
    """Whether the (folded, word-joined) question writes one of the actor's names: "ASEAN–India"
    names India even where the question's mentions miss it; a one-word name opening a longer
    capitalised name ("Nhật" of "dự án cầu Nhật Tân") does not."""
    from doingoai.answer import actors as actor_names

    every = {actor_names.display(code, "en"), actor_names.display(code, "vi"), *actor_names.names(code)}
    for n in every:
        words = re.findall(r"\w+", fold(n)) if n else []
        if not words or " " + " ".join(words) + " " not in asked:
            continue
        at = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", question)]
        if len(words) > 1 or not at or any(not _inside_longer(question, i, j) for i, j in at):
            return True
    return False


# a name written right after a country (a bracketed note between): "Tổng thống Liên bang Nga Vladimir Putin",
# "Thủ tướng Nhật Bản Shinzo Abe", "Trưởng Đặc khu Hồng Kông (Trung Quốc) Lý Gia Siêu"
_NAME_AFTER = re.compile(rf"\s+(?:\([^()]{{1,40}}\)\s+)?([{UPPER}][\w.’'-]*(?:\s+[{UPPER}][\w.’'-]*){{0,3}})")
# a question asking where a person went: "Which country did Putin visit before …?", "Sau Việt Nam, ông X
# thăm những nước nào?"
_GOES = re.compile(r"(?<!\w)(?:visit\w*|went|go|goes|travel\w*|thăm|sang|đến|tới)(?!\w)", re.I)


def _squeezed(words: str) -> set[str]:
    """The folded words of a name, hyphens dropped ("Vla-đi-mia Pu-tin" -> {"vladimia", "putin"})."""
    return {w for w in re.findall(r"\w+", fold(words.replace("-", ""))) if len(w) > 2}


def own_country(q: Question, sentence: str, start: int, end: int) -> bool:
    """Whether the country at ``start:end`` is the own country of a person the question names, written
    between the person's title and name ("Tổng thống Liên bang Nga Vladimir Putin" for "Which country
    did Putin visit …?"): where a leader went is never his own country."""
    if not _GOES.search(q.text):
        return False
    m = _NAME_AFTER.match(sentence, end)
    if m is None:
        return False
    return bool(_squeezed(m.group(1)) & _squeezed(q.text))


def find_actors(q: Question, sentence: str, named: set[str], terms: list[str], several: bool) -> Found | None:
    """Countries or organisations the sentence names other than those in the question: the list
    ("Cam-pu-chia, Lào và Mi-an-ma") nearest the question's words, or the nearest one."""
    from doingoai.extract.mentions import mentions_in

    kinds = _asked_kinds(q)
    asked = " " + " ".join(re.findall(r"\w+", fold(q.text))) + " "
    mentions = mentions_in(sentence)
    found = [
        m
        for m in mentions
        if m.via != "deixis"
        and m.code not in named
        and m.kind in kinds
        and not _named_in(m.code, asked, q.text)
        and not (m.kind == "country" and own_country(q, sentence, m.start, m.end))
    ]
    # the question's own words, not its actors ("Việt Nam – Lào" is not near what was asked)
    anchors = [
        a
        for a in term_positions(sentence, terms)
        if not any(m.start <= a < m.end for m in mentions if m.code in named or m.via == "deixis")
    ]
    found = [m for m in found if not anchors or min(abs(m.start - a) for a in anchors) <= ACTOR_REACH]
    if not found:
        return None
    runs: list[list] = [[found[0]]]  # mentions joined only by "," / "và": one enumeration
    for prev, m in zip(found, found[1:], strict=False):
        if _JOINER.fullmatch(sentence[prev.end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    if not several:
        runs = [[m] for m in found]

    def distance(run: list) -> int:
        return min((min(abs(run[0].start - a), abs(run[-1].end - a)) for a in anchors), default=0)

    best = min(runs, key=lambda r: (distance(r), -len(r)) if several else distance(r))
    start, end = best[0].start, best[-1].end
    if sentence.count("(", start, end) > sentence.count(")", start, end) and sentence.startswith(")", end):
        end += 1  # "... (Gavi)": the last abbreviation's bracket closed
    if several:  # names the gazetteer lacks, in the same enumeration: "Nam Xu-đăng và Cộng hòa Trung Phi"
        while m := _ITEM_BEFORE.search(sentence[:start]):
            start = m.start(1)
        while m := _ITEM_AFTER.match(sentence, end):
            end = m.end(1)
    return sentence[start:end], start, end
