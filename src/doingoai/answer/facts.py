"""Answers from facts (events): the best-supported event of the asked kind among the actors the
question names (and its year), answered from the event's fields, with its evidence sentence."""

from __future__ import annotations

import re

from doingoai.answer import actors as actor_names
from doingoai.answer.asked import level_dated, level_ok
from doingoai.answer.extractors import find_date, find_name
from doingoai.answer.fact_fit import votes_of_asked, writes_votes
from doingoai.answer.required import ordinals_ok
from doingoai.answer.result import Answer, evidence_of, kb_citation
from doingoai.answer.shown_dates import shown
from doingoai.answer.terms import Concept, contains_all, flat, support
from doingoai.question import Question, Wants

FACT_MIN_SUPPORT = 0.3  # a fact's evidence needs less of the question than a sentence: its parties are known
SEVERAL_MARGIN = 0.1  # "which countries": every fact scoring this close to the best
_RANGE = re.compile(r"\d{4}\s*[–-]\s*\d{4}")  # a year range: a period, not the date of one event


def _date_answer(value: str) -> str:
    return value.replace("/", "–") if "/" in value and len(value) == 9 else value


def _date_precision(date: str) -> float:
    """1 for a day, less for a month, a year, a half-year or an interval; 0 for no date."""
    if not date:
        return 0.0
    if "/" in date:
        return 0.1
    return {10: 1.0, 7: 0.7}.get(len(date), 0.4)


_WRITTEN_LEAD = re.compile(r"^(?:ngày|vào ngày)\s+", re.I)


def _same_date(written: str, date: str) -> bool:
    """The written date says the fact's date, or a sharper one inside it ("ngày 12/7/1995" for "1995-07"),
    not another day of the same year."""
    from doingoai.extract.dates import dates_in

    values = [d.value for d in dates_in(written)]
    return not values or any(
        v == date or v.startswith(date + "-") or date.startswith(v + "-") for v in values
    )


def _written_precision(written: tuple[str, int, int] | None) -> float:
    if not written or _RANGE.search(written[0]):
        return 0.0
    slashes = written[0].count("/")
    low = written[0].lower()
    if (
        slashes >= 2 or "tháng" in low and re.search(r"\d\s+tháng\s+\d", low)
    ):  # "7/1/1972", "7 tháng 1 năm 1972"
        return 1.0
    return 0.7 if slashes == 1 or "tháng" in low else 0.4


def party_codes(codes: set[str]) -> tuple[set[str], set[str]]:
    """Actor codes, with a named agreement standing for its parties; and the agreements named."""
    parties: set[str] = set()
    agreements: set[str] = set()
    for code in codes:
        named = actor_names.parties_of(code)
        if named:
            agreements.add(code)
            parties.update(named)
        else:
            parties.add(code)
    return parties, agreements


def from_events(
    kb,
    q: Question,
    codes: set[str],
    terms: list[Concept],
    required: list[Concept],
    who: bool = False,
) -> Answer | None:
    """The best-supported event of the asked kind among the actors named (and year, and month, if
    given): its evidence must contain every ``required`` concept and write the ordinals asked.
    ``who``: a bare "ai" / "who" may be answered by the states or bodies acting (the caller asks
    once no person is named)."""
    if not q.kinds or not (codes or q.year is not None):
        return None
    if q.wants is Wants.ACTOR and q.asks_person and not q.asks_countries and not (who and q.who):
        return None  # facts name countries and bodies; "ai" / "who" asks for a person first
    wanted, agreements = party_codes(codes)
    named_years = set(q.years)
    ordinals, month = q.ordinals, q.month
    # every wanted code other than VNM must be a party (and VNM, when it is all that is wanted):
    # let the store filter on one of them instead of scoring every event of the kind
    anchor = min(wanted - {"VNM"} or wanted) if wanted else None
    best: tuple[float, dict, dict] | None = None
    scored: list[tuple[float, dict, dict]] = []
    for kind in q.kinds:
        for ev in kb.events(kind=kind, actor=anchor):
            parties = set(ev["actors"]) | set(ev["recipients"])
            if wanted and (not wanted <= parties | {"VNM"} or not (wanted & parties)):
                continue
            if ev.get("status") == "negated":
                continue
            if q.year is not None and not _year_in(ev.get("date", ""), q.year):
                continue
            if month is not None and not (ev.get("date") or "").startswith(f"{month[0]}-{month[1]:02d}"):
                continue
            if q.wants is Wants.DATE and (ev.get("date") or "") in named_years:
                continue  # dated only by the year that names the thing ("Hiệp định năm 1995"): no answer
            named = "".join(" " + actor_names.display(c) for c in sorted(wanted & parties))
            bonus = 0.3 * (ev.get("agreement") in agreements) + 0.2 * (
                q.planned == (ev.get("status") == "planned")
            )
            for evid in ev["evidence"]:
                if not contains_all(required, evid["text"]) or not ordinals_ok(ordinals, evid["text"]):
                    continue
                if (
                    q.wants is Wants.NUMBER
                    and q.asks_votes
                    and not (
                        writes_votes(ev.get("votes"), evid["text"]) and votes_of_asked(ev["actors"], codes)
                    )
                ):
                    continue  # the votes from the sentence writing them, never another sentence of the fact
                if not level_ok(q, evid["text"]) or not level_dated(q, evid["text"], ev.get("date") or ""):
                    continue  # "Đối tác chiến lược" asked: not the later "Đối tác chiến lược toàn diện";
                    # nor the fact another clause of the sentence dates ("bình thường hóa … 1995 và xác lập …")
                written = find_date(q, evid["text"], flat(terms)) if q.wants is Wants.DATE else None
                if written and not any(
                    _year_in(ev.get("date", ""), int(y)) for y in re.findall(r"\d{4}", written[0])
                ):
                    written = None
                score = (
                    support(terms, evid["text"] + named)  # the fact's parties, even where it says "hai nước"
                    + 0.2 * (wanted <= parties)
                    + bonus
                    + 0.1 * max(_date_precision(ev.get("date", "")), _written_precision(written))
                    + 0.15
                    * bool(written and not _RANGE.search(written[0]))  # the sentence dates the event itself
                    - 0.0001 * len(evid["text"])
                )
                scored.append((score, ev, evid))
                if best is None or score > best[0]:
                    best = (score, ev, evid)
    if best is None or best[0] < FACT_MIN_SUPPORT:
        return None
    if q.earliest:  # "lần đầu", "first": the earliest dated fact about as close as the best
        close = [s for s in scored if s[0] >= best[0] - SEVERAL_MARGIN and s[1].get("date")]
        best = min(close, key=lambda s: (s[1]["date"][:4], -s[0]), default=best)
    _, ev, evid = best
    answer: str | None = None
    if q.wants is Wants.DATE and ev.get("date"):
        written = find_date(q, evid["text"], flat(terms))
        precise = (
            written
            and not _RANGE.search(written[0])
            and _written_precision(written) >= _date_precision(ev["date"])
            and any(_year_in(ev["date"], int(y)) for y in re.findall(r"\d{4}", written[0]))
            and _same_date(written[0], ev["date"])
        )  # the sentence's own writing of this fact's date, never another date in it
        # as the text writes it ("7/1/1972"), unless the writing is blunter than the fact
        answer = _WRITTEN_LEAD.sub("", written[0]) if precise else _date_answer(ev["date"])
        at = (written[1], written[2]) if precise else (None, None)  # (the dates coordinated with it too)
        answer = shown(q, evid["text"], answer, *at)  # "28/7/1995" / "28 July 1995", as from the text
    elif q.wants is Wants.ACTOR:
        several = q.asks_countries and q.plural  # "which countries": every fact about as close as the best
        facts = (
            [
                e
                for sc, e, _ in sorted(scored, key=lambda x: -x[0])
                if sc >= best[0] - SEVERAL_MARGIN or q.levels  # a level named pins the act: all that name it
            ]
            if several
            else [ev]
        )
        others: list[str] = []
        for fact in facts:
            mine = [c for c in list(fact["actors"]) + list(fact["recipients"]) if c not in wanted]
            if len(mine) > 1 and "VNM" in mine:
                mine.remove("VNM")  # Vietnam's own part in the fact is not what "nước nào" asks for
            others += [c for c in mine if c not in others]
        answer = ", ".join(actor_names.display(c, q.lang) for c in others) or None
    elif q.wants in (Wants.NAME, Wants.LIST):
        agreement = ev.get("agreement")
        if agreement and re.fullmatch(r"[A-Z][A-Z0-9_]+", agreement):
            agreement = actor_names.display(agreement, "vi")  # a gazetteer code -> its name
        objects = ", ".join(ev["objects"]) if ev.get("objects") else None
        from_text = find_name(q, evid["text"]) if q.head else None  # the name as the text writes it
        named = from_text[0] if from_text else agreement
        answer = (objects or named) if q.wants is Wants.LIST else (named or objects)
    elif q.wants is Wants.NUMBER and q.asks_votes:
        answer = ev.get("votes")  # the only amount a fact holds: never the answer to another "bao nhiêu"
    if not answer:
        return None
    return Answer(
        q.text,
        answer,
        evidence_of(evid, kb),
        kb_citation(kb, evid),
        via="event",
        value=ev.get("date") if q.wants is Wants.DATE else None,
        fact=ev.get("id"),
        status=ev.get("status"),
    )


def _year_in(date: str, year: int) -> bool:
    if not date:
        return False
    parts = date.replace("-H", "/").split("/")
    years = [int(p[:4]) for p in parts if p[:4].isdigit()]
    return bool(years) and min(years) <= year <= max(years)
