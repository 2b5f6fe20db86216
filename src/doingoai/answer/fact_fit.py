"""Whether a stored fact answers the question asked, beyond its kind, parties and year: a fact holds
one act, and a question about another act of the same parties is not answered by it.

* A plan asked ("Việt Nam sẽ đảm nhiệm … vào tháng nào?", "When will X take office?") is not answered by
  a fact whose evidence tells what happened: the sentence must say a plan ("sẽ", "dự kiến", "will") or
  the fact be stored as planned.
  Nor is it dated by the dateline of the news telling it ("Hà Nội, 12/3/2024 – X sẽ sớm thăm …").
* A month or a day asked ("vào tháng nào", "ngày nào") is never answered by a span of years
  ("2020-2021": a term, not the date of an act).
* Votes asked ("bao nhiêu phiếu", "how many votes"): the evidence sentence writes the votes the fact
  holds, and its elected party is one the question names (a person's re-election is not a country's
  election in the same body).
"""

from __future__ import annotations

import re

from doingoai.answer import actors as actor_names
from doingoai.answer.clauses import dateline_date
from doingoai.answer.shown_dates import show_date
from doingoai.answer.terms import contains_all, required_actors
from doingoai.question import Question, Wants
from doingoai.question_cues import mentions_kind

_PLAN = re.compile(
    r"(?<!\w)(?:dự kiến|dự định|sẽ|kế hoạch|chuẩn bị|sắp|will|plans? to|is planned|are planned|scheduled)(?!\w)",
    re.I,
)
_YEAR_SPAN = re.compile(r"(?:năm\s+)?(?:1[89]|20)\d\d\s*[–-]\s*(?:(?:1[89]|20)\d\d|\d\d)", re.I)
_YEAR_ONLY = re.compile(r"(?:năm\s+)?(?:1[89]|20)\d\d", re.I)


def says_plan(text: str) -> bool:
    """The sentence tells a plan ("sẽ", "dự kiến", "will", "scheduled")."""
    return _PLAN.search(text) is not None


def plan_fits(q: Question, evidence: str, planned: bool = False) -> bool:
    """A question about a plan is answered by a planned fact, or one whose sentence says a plan."""
    return not q.planned or planned or says_plan(evidence)


def precision_fits(q: Question, answer: str) -> bool:
    """A month or a day asked is never answered by years alone ("2020-2021", "năm 2020")."""
    if not (q.asks_month or q.asks_day):
        return True
    value = answer.strip()
    return not (_YEAR_SPAN.fullmatch(value) or _YEAR_ONLY.fullmatch(value))


def writes_votes(votes: str | None, evidence: str) -> bool:
    """The evidence sentence writes the votes the fact holds ("192/193" in "… với 192/193 phiếu")."""
    return bool(votes) and votes in evidence


def votes_of_asked(elected, codes: set[str]) -> bool:
    """Votes asked: the fact's elected party is one the question names ("How many … voted for
    Guterres's re-election?" is not answered by Vietnam's election to the same Council)."""
    return bool(set(elected) & codes)


def persons_named(codes: set[str], evidence: str) -> bool:
    """Every person the question names (gazetteer persons) is named by the evidence sentence."""
    persons = {c for c in codes if actor_names.kind(c) == "person"}
    return not persons or contains_all(required_actors(persons), evidence)


def fact_fits(q: Question, codes: set[str], answer) -> bool:
    """Whether a fact's answer (an :class:`~doingoai.answer.result.Answer` via "event") answers the act
    asked: a plan by a plan, a month or a day by more than years, a person's votes by their sentence."""
    text = (answer.evidence or {}).get("text", "")
    if q.wants is Wants.DATE and not plan_fits(q, text, planned=answer.status == "planned"):
        return False
    dateline = dateline_date(text) if q.wants is Wants.DATE and q.planned else None
    if dateline and show_date(dateline, q.lang) in (answer.answer or "").split(", "):
        return False  # "Hà Nội, 12/3/2024 – X sẽ sớm thăm …": the day of writing, not the visit's
    if q.wants is Wants.DATE and not precision_fits(q, answer.answer or ""):
        return False
    if not kinds_fit(q, text):
        return False
    return persons_named(codes, text)


# acts a question may name beside another one its fact would hold: a chair held by a member (names
# cue others too: "Council for Mutual Economic Assistance" cues aid, so not every kind is required)
_ROLES = ("chair",)


def kinds_fit(q: Question, evidence: str) -> bool:
    """A role the question cues is told by the fact's sentence: "Khi là thành viên Hội đồng Bảo an,
    Việt Nam sẽ giữ vai trò Chủ tịch vào tháng nào?" asks the chair, not the membership its fact holds."""
    return all(mentions_kind((k,), evidence) for k in q.kinds if k in _ROLES)
