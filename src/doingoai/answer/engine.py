"""Answer a question from the knowledge base: events first, then the text; never invent.

1. Analyse the question (what it wants, the event kinds and actors it names, a year).
2. Search (BM25, optional dense) with a query expanded for English questions.
3. Try the events whose kind, actors and year fit the question, when their evidence sentence
   supports the question; otherwise extract the wanted span from the best supported sentences.
   Either sentence must say what identifies the asked thing (:mod:`doingoai.answer.asked`: "bổ sung"
   of a nested name, a negated verb, a month, a date question's years).
4. Return the answer with its evidence sentence (document, offsets) and the source the document
   cites there. When nothing supports an answer, say so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from doingoai.answer import actors as actor_names
from doingoai.answer import clauses
from doingoai.answer.amount_verbs import amount_of_verb, tells_asked_amount
from doingoai.answer.amounts import counts_asked, counts_unit, measured_first
from doingoai.answer.asked import (
    contradicts,
    date_question_years,
    does_activity,
    held_cue,
    level_ok,
    month_ok,
    negation_of,
    negation_ok,
    relation_words,
    says_action,
    within_bounds,
)
from doingoai.answer.blocks import (
    INTRODUCES_ONLY,
    day_and_month,
    focused,
    in_force_line,
    names_day,
    precision_of,
    says_superlatives,
    superlatives,
    wanted_precision,
    with_blocks,
)
from doingoai.answer.called import called_by
from doingoai.answer.cities import cities_of
from doingoai.answer.clauses import (
    about_other,
    asked_part,
    dateline_date,
    new_of_asked,
    other_subject,
    place_date_line,
)
from doingoai.answer.closing import asks_signing_place, closing_lines
from doingoai.answer.context import DocumentContext, analyse_question
from doingoai.answer.date_spans import dated_by_day, dated_by_month, is_relative, item_month, unyeared_month
from doingoai.answer.fact_fit import fact_fits
from doingoai.answer.facts import from_events, party_codes
from doingoai.answer.fields import field_answer
from doingoai.answer.followers import borrowed_kind, with_antecedents
from doingoai.answer.headed import headed, kind_headed
from doingoai.answer.introduced import introduced
from doingoai.answer.lexicon_acts import says_act
from doingoai.answer.number_spans import amount_with_unit, counts_votes
from doingoai.answer.refine import finer, month_only
from doingoai.answer.required import has_deixis, ordinals_ok, own_year_first, plans_first
from doingoai.answer.result import Answer, evidence_of, kb_citation
from doingoai.answer.sections import answers_to, asks, elided_action, elided_part, from_text, opens_answer
from doingoai.answer.shown_dates import shown
from doingoai.answer.signers import asks_signer, next_in_paragraph, says_signing, without_leaders
from doingoai.answer.spans import extract_for
from doingoai.answer.tables import action_cell, find_cell
from doingoai.answer.terms import (
    MIN_SUPPORT,
    contains_all,
    content_terms,
    exact_index,
    flat,
    name_runs,
    required_acronyms,
    required_actors,
    required_names,
    search_query,
    support,
    uncapped,
)
from doingoai.errors import Code, DoingoaiError
from doingoai.fold import fold
from doingoai.question import Wants, kinds_of
from doingoai.question_cues import mentions_kind

__all__ = ["Answer", "ask", "kb_citation"]

MAX_QUESTION = 10_000
ABOUT = 0.6  # a person's sentence and passage say this share of the question's words (or all but one)
PERSON_MARGIN = 0.4  # a person is taken from sentences about one concept short of the best, no further


# "Sau Indonesia, ...", "After Indonesia, ...": an actor the question dates by, not one its answer names
_LEAD = re.compile(r"^\s*(?:sau|trước|after|before)\s+[^,;?]{1,60},", re.I)


def _lead_clause(question: str) -> str:
    """The opening "Sau X," / "After X," of a question ("" if none): its actors are context."""
    m = _LEAD.match(question)
    return m.group(0) if m else ""


def _about(q, concept_sets, hit: dict[str, Any], before: str = "") -> bool:
    """Whether the sentence and its passage (and ``before``, the text just before it: "Người kế nhiệm
    ông, …" names whom it succeeds there) say every content word of a person question but one, or
    most of them (a Vietnamese question counts each syllable)."""
    both = hit["text"] + " " + hit.get("passage", "") + " " + before
    folded = [[tuple(fold(a) for a in alts) for alts in c] for c in concept_sets]  # "élysée" as written
    return any(not c or support(c, both) >= min(1 - 1.01 / len(c), ABOUT) for c in folded)


def _kinds_outside_names(q, codes: set[str]):
    """An English ``q`` without the event kinds whose only cue is a word of a body's name it asks about: "the Council
    for Mutual Economic Assistance dissolved" asks no aid, "the Asia-Pacific Economic Cooperation" no
    cooperation."""
    bodies = {c for c in codes if actor_names.kind(c) not in ("country", "person")}
    if not q.kinds or not bodies or q.lang != "en":  # (a Vietnamese cue may hold a name: "Chủ tịch ASEAN")
        return q
    unnamed = kinds_of(fold(actor_names.strip_all_names(q.text, bodies)))
    kept = tuple(k for k in q.kinds if k in unnamed or k == "relations.upgrade")
    return replace(q, kinds=kept) if kept != q.kinds else q


def ask(kb, question: str, dense: bool = False) -> Answer:
    text = " ".join((question or "").split())
    if not text:
        raise DoingoaiError(Code.E401_BAD_QUERY, "the question is empty")
    if len(text) > MAX_QUESTION:
        raise DoingoaiError(Code.E401_BAD_QUERY, f"the question is {len(text)} characters long")
    answer = _ask(kb, text, dense)
    if answer.answer is None and answer.via == "none":  # nothing in the best sentences of the whole KB:
        again = _ask(kb, text, dense, focus=True)  # the best of the documents about the question's actors
        if again.answer is not None:
            return again
    return answer


def _ask(kb, text: str, dense: bool, focus: bool = False) -> Answer:
    q = analyse_question(text)
    codes = actor_names.codes_in(q.text, english=q.lang == "en")
    if q.lang == "en":  # "the Paris Agreement on ending the war": not the climate agreement of that name
        codes -= actor_names.other_topic(q.text, codes)
    q = _kinds_outside_names(q, codes)
    if q.wants in (Wants.NUMBER, Wants.ACTOR, Wants.LIST):  # "how many countries": the asking words
        codes = {c for c in codes if actor_names.kind(c) != "collective"}
    terms = content_terms(q, codes)
    actors_required = required_actors(codes - actor_names.codes_in(_lead_clause(q.text)))
    parties, agreements = party_codes(codes)  # an agreement the text may describe, not name:
    by_parties = (  # "Hiệp ước biên giới trên đất liền giữa hai nước" for the treaty's gazetteer name
        (content_terms(q, parties), required_actors(parties)) if agreements else (terms, actors_required)
    )
    lead = set(re.findall(r"\w+", _lead_clause(q.text)))
    names_only = [n for n in required_names(q, codes) if not lead & set(n)]
    names_required = names_only + ([(str(q.year),)] if q.year is not None else [])
    acronyms = required_acronyms(q, codes)  # "the NAM": written by the evidence sentence itself
    # what the asked thing's own sentence must say: "bổ sung" of "Hiệp ước bổ sung Hiệp ước ...",
    # "chưa thông qua" of a negated question; a date question's years; a month asked
    relation = relation_words(q)
    negation = negation_of(q)
    month = q.month
    if q.wants is Wants.DATE:
        names_only = names_only + date_question_years(q)
        names_required = names_required + date_question_years(q)
    fact = (
        None  # facts hold what happened: a negated question is answered from the text saying it did not;
        # no event kind holds "có hiệu lực" (a signing's date is not it), nor what a thing is called
        if negation is not None or q.action or called_by(q.text)
        else from_events(kb, q, codes, terms, names_only + relation + acronyms)
    )
    if fact is not None and not (
        within_bounds(q, fact.value or fact.answer or "") and fact_fits(q, codes, fact)
    ):
        fact = None  # (a plan asked, a month asked, a person's votes: see fact_fit)
    most, precise = superlatives(q), wanted_precision(q)
    if fact is not None and not says_superlatives(most, fact.evidence["text"]):
        fact = None  # "the largest partner": a fact whose sentence does not say "lớn nhất" is not it
    imprecise = None  # "ngày nào": a fact dated by its year only, when no sentence gives the day
    if fact is not None and q.wants is Wants.DATE and precision_of(fact.value or fact.answer or "") < precise:
        fact, imprecise = None, fact
    query = search_query(q, codes)
    hits = [h.to_dict() for h in kb.search(query, limit=10, dense=dense)]
    context = DocumentContext(kb, parties)
    if focus:
        hits += focused(kb, query, hits, context, actors_required)
    if asks_signing_place(q):  # "Where was the agreement signed?": its closing line "Làm tại X, ngày …"
        hits += closing_lines(kb, hits)
    hits = with_blocks(kb, hits + answers_to(kb, hits))  # (a Q&A page's short answers after their questions)
    hits = with_antecedents(
        kb, context, hits
    )  # "Văn kiện có hiệu lực …" read with the sentence naming it before
    field = field_answer(q, hits, context, names_only, actors_required, terms)
    if field is not None:  # "Người kế nhiệm: Lim Jock Hoi" in the entry the question names
        return Answer(q.text, field[1], evidence_of(field[0]), kb_citation(kb, field[0]), via="text")
    supported = []
    # of several names asked, a sentence writing more of them itself wins a tie (one name: the document's
    # title often writes it for all its sentences)
    runs = runs if len(runs := name_runs(q.text, names_only)) > 1 else []
    denied: set[int] = set()
    own: set[int] = set()
    persons = required_actors({c for c in codes if actor_names.kind(c) == "person"}) if q.asks_person else []
    for i, h in enumerate(hits):
        passage = h.get("passage", "")
        dated = context.relative(h)  # ("Năm ngoái" in a text of 2025: 2024): the sentence's own dates
        if dated:
            h = hits[i] = {**h, "relative": dated}
        both = h["text"] + " " + passage + dated
        sentence = h["text"]
        if h.get("antecedent"):  # "Hai văn kiện có hiệu lực …": about the agreements named before it
            both += " " + h["antecedent"]
            sentence += " " + h["antecedent"]
        # "Sáng kiến do X đề xuất …" asked as "sáng kiến <the entry's title>": names what the title names
        kind = kind_headed(context, h, q.text)
        both += " " + kind
        index = exact_index(both)
        # (or, but for an amount, the text before it: "Hội nghị … (CHOGM) 2024 bế mạc …" then "… diễn ra tại X")
        before = context.just_before(h, context.WINDOW) if q.wants is not Wants.NUMBER else ""
        if acronyms and not contains_all(acronyms, uncapped(sentence + " " + passage + "\n" + before)):
            continue  # ("NAM" of a title in capitals is no acronym)
        if not contains_all(names_required, both, index):
            named = ""  # a name the sentence leaves out, written in its title or just before it
            if not contains_all(names_only, both, index):
                if not context.names_before(h, names_only, index):
                    continue
                named = " ".join(a[0] for a in names_only)  # (a year only when the title writes it, or
                borrowed = [a for a in names_only if not contains_all([a], both, index)]  # a name taken
                named += context.year_after(h, borrowed, q.year)  # from before with it: "(CHOGM) 2024")
            if not contains_all(names_required, both + " " + named):
                if q.year is None:
                    continue  # only a year may come from the line introducing a list
                # a paragraph under "2. Kế hoạch năm 2026" (the heading right above it, nearer than a
                # line "… như sau:" before the heading); a list item under "... năm 2024:" is about 2024
                lead = context.heading_over(h) or context.lead_in(h)
                if (
                    q.wants in (Wants.DATE, Wants.NUMBER)
                    or q.asks_person
                    or dated_by_month(h["text"])
                    or dated_by_day(h["text"])
                ):  # (or, for a date
                    # or an amount, a sentence writing no year, in a report of 2024; for any question, an
                    # item dated by its month only: "Tháng 10, Tổng Lãnh sự quán tổ chức …")
                    lead += " " + context.own_year(h)
                if not contains_all(names_required, both + " " + named + " " + lead):
                    continue
                sentence += f" {q.year}"
        if not ordinals_ok(q.ordinals, h["text"], passage):
            titled = context.titled_ordinals(h, q.ordinals)  # "Phát biểu khai mạc, …" under "Khai mạc
            if not titled:  # Cuộc gặp … lần thứ 18": read with its title
                continue
            sentence += " " + titled
        if not says_superlatives(most, h["text"]):
            continue
        if not (
            contains_all(relation, h["text"])
            and negation_ok(negation, h["text"])
            and (
                month_ok(month, both)
                or month_ok(month, item_month(h["text"], context.own_year(h)))
                or month_ok(
                    month, unyeared_month(both, context.own_year(h))
                )  # "… tháng Tư" in a text of 2025
            )
            and level_ok(q, h["text"])
        ):
            continue
        if negation is None and contradicts(q.text, h["text"]):
            denied.add(i)  # "đã công nhận ... nào?": "chưa công nhận X" is no span, only the sentence
        concepts = terms
        lent = ""  # the parties "hai bên" stands for, when the sentence passed by its paragraph's names
        # about another country: the asked actors only from the sentence itself (unless bodies are
        # asked for: "Which organisations did X thank ... on COVAX?" is answered by the others named)
        if not q.asks_body and context.names_others(h["text"], actors_required):
            both = h["text"] + " " + kind  # (the title's name is its own)
            index = exact_index(both)
        if not contains_all(actors_required, both, index):
            concepts = by_parties[0]
            if not contains_all(by_parties[1], both, index):
                named = (
                    context.deixis(h, by_parties[1])
                    or context.ours(h, by_parties[1])  # "Quốc hội nước ta": Vietnam's
                    or context.forum_before(h, index)
                    or context.own_act(h, by_parties[1])  # "Nghị quyết này …" under a title naming them
                    or context.entry_of(
                        h, by_parties[1]
                    )  # "Liên minh ra mắt …" in the entry "Liên minh châu Phi"
                    or context.place_of(h)  # "tỉnh Ta-keo", named before under "… của Cam-pu-chia"
                    or clauses.pointed_back(h, codes, context)  # "Văn kiện này, …" after its name
                    or introduced(context, h, by_parties[1])  # "ông Lý Gia Siêu", named before with his
                    # office ("Trưởng Đặc khu hành chính Hồng Kông … Lý Gia Siêu")
                    or cities_of(context, h, context.codes)  # "sang Brasília và Goiânia": Brazil's cities
                )
                if named is None:
                    continue
                sentence += " " + named  # "hai nước" stands for the parties named before it
            elif has_deixis(h["text"]) and not contains_all(by_parties[1], h["text"]):
                # an agreement asked, "Hai bên khởi động đàm phán …" in a paragraph naming its parties: the
                # sentence speaks of them (on a tie, a sentence writing the names itself wins)
                lent = context.deixis(h, by_parties[1]) or ""
        sentence += " " + lent
        sentence += " " + context.own_title(h)  # "Nghị quyết này …": about what its title names
        sentence += " " + (
            kind or headed(context, h)
        )  # "Ủy ban gồm …" under the heading "Ủy ban chống tra tấn"
        if (asked := context.asked_line(h)) and opens_answer(h["text"]):  # "Đáp: Ngày 7/1/1972." says
            # what its "Hỏi: …?" line asks
            sentence += " " + asked
            h = hits[i] = {**h, "asked": asked}
        elif action := elided_action(kb, h):  # "Ngày 4/2/1950: Ba Lan" under "…: X đặt quan hệ ngoại giao …"
            sentence += " " + action
            h = hits[i] = {**h, "asked": action}
        score = support(concepts, sentence) + 0.25 * support(concepts, passage)
        if score >= MIN_SUPPORT * 0.8:  # (on a tie, the sentence writing more of the asked names itself)
            tie = 0.001 * sum(not contains_all(r, h["text"]) for r in runs) + 0.001 * bool(lent)
            supported.append((score - tie, i, h))
            if persons and contains_all(persons, h["text"]):
                own.add(i)  # the sentence itself names the persons asked about (not its paragraph)
    supported.sort(key=lambda s: (-s[0], s[1]))
    if own:  # "Who invited X ...?": a person from a sentence naming X before one borrowing X
        supported[:5] = sorted(supported[:5], key=lambda s: s[1] not in own)
    fact_text = (  # the fact's evidence with its parties, named there or not ("hai nước")
        fact.evidence["text"] + "".join(" " + actor_names.display(c) for c in sorted(parties))
        if fact is not None
        else ""
    )
    if fact is not None and (
        not supported or max(support(c, fact_text) for c in (terms, by_parties[0])) >= supported[0][0] - 0.25
    ):
        return fact  # a fact whose evidence is about as close to the question as the best sentence
    alternatives = [evidence_of(h) for _, _, h in supported[1:4]]
    rough: Answer | None = None  # a date less precise than asked, if nothing better is found
    day_only: Answer | None = None  # a day and month with no year, the day asked
    coarse: tuple[Answer, float] | None = None  # a month only, where "when" is asked: a day of it may follow
    for score, i, hit in plans_first(
        q.planned,
        measured_first(q.text, own_year_first(q.year, supported[:5], bool(q.asks_ordinal))),
        context.in_plan,
    ):
        if i in denied:
            continue
        if q.asks_person and score < supported[0][0] - PERSON_MARGIN:
            continue  # a name is only taken from a sentence about as close to the question as the best
        if q.wants in (Wants.DATE, Wants.NUMBER, Wants.PLACE) and not (
            mentions_kind(
                q.kinds, hit["text"] + hit.get("asked", "") + (q.action and borrowed_kind(hit) or "")
            )
            or held_cue(q, hit["text"])
            or q.levels
            or counts_votes(q, hit["text"])
            or (q.wants is Wants.NUMBER and counts_asked(q.text, hit["text"]))  # "6 sinh viên"
            or (
                q.wants is Wants.NUMBER and q.lang == "vi" and tells_asked_amount(q.text, hit["text"])
            )  # "phong tỏa khoảng 7 tỷ"
        ):  # a sentence naming the level asked (checked above) is about it, whatever its verb
            continue  # a date, amount or place is only taken from a sentence about the action asked
        if not (
            says_action(q, hit["text"] + hit.get("asked", ""))
            or (hit.get("header") and action_cell(q, hit["text"], hit["header"]))
        ):
            continue  # "enter into force": the date of the sentence saying "có hiệu lực", not of the signing
        if not does_activity(q, hit["text"]):
            continue  # "Where do X and Y coordinate?": the sentence saying "phối hợp", not any city
        if (hit.get("type") in INTRODUCES_ONLY and not in_force_line(hit["text"])) or asks(hit["text"]):
            continue  # a title is no evidence for a span, nor is a question ("1. ... bao nhiêu ...?")
        if q.wants is Wants.NUMBER and place_date_line(hit["text"]):
            continue  # "Mê-hi-cô Xi-ti, ngày 30 tháng 6 năm 2026": the day of writing, no amount
        if q.wants in (Wants.DATE, Wants.NUMBER, Wants.PLACE) and (
            about_other(hit["text"], codes, clauses.text_before(hit, context))
            or other_subject(q, codes, hit["text"], names_only)
            or new_of_asked(q.text, hit["text"])  # "… khánh thành Kênh đào Xuy-ê mới": the new canal's day
        ):
            continue  # "EVFTA có hiệu lực …" for EVIPA, "Kê-ni-a trúng cử với 129 phiếu" for Vietnam
        if q.asks_person and not _about(q, (terms, by_parties[0]), hit, context.just_before(hit)):
            continue  # a person is only taken from a sentence about what was asked (SARS, warn, Hà Nội)
        if (q.asks_person or q.asks_countries) and not says_act(q.text, q.lang == "en", hit["text"]):
            continue  # "Which countries abstained …?": the sentence saying who abstained, not the adoption
        cell = find_cell(q, hit["text"], hit["header"]) if hit.get("header") else None  # a table's row
        whole = elided_part(hit["text"], actors_required)
        part = asked_part(whole, codes)  # "…, còn CPTPP có hiệu lực …": the asked one's clause
        if part != whole and not (mentions_kind(q.kinds, part) and says_action(q, part)):
            continue  # the asked one's clause does not say the act asked: another clause's date is not its
        signer = q.asks_person and asks_signer(q.text, q.lang == "en")
        if signer:
            part = without_leaders(part)  # "do Tổng Bí thư X … dẫn đầu": the delegation's leader, no signer
        found, said_in = (cell, hit["text"]) if cell else (extract_for(q, part, flat(terms), codes), part)
        if not found and signer and says_signing(hit["text"]):  # "Người ký là hai Thủ tướng …": the
            nxt = next_in_paragraph(kb, context, hit)  # signers in the next sentence of the paragraph
            if nxt is not None and says_signing(nxt["text"]):
                found, said_in = extract_for(q, without_leaders(nxt["text"]), flat(terms), codes), nxt["text"]
                hit = nxt
        if not found or not within_bounds(q, found[0]):
            continue  # (a year the question puts out of bounds: "before 2020" is not answered by 2020)
        if q.planned and q.wants is Wants.DATE and found[0].strip() == dateline_date(hit["text"]):
            continue  # "Niu-Oóc, 8/6/2019 – …": the day of writing, never the date of a plan
        if q.wants is Wants.NUMBER:
            if q.lang == "vi" and (at := amount_of_verb(q.text, said_in)) is not None:
                found = at  # "phong tỏa khoảng 7 tỷ USD …, mất hơn 11 tỷ USD": the amount of the verb asked
            found = amount_with_unit(said_in, found)  # "500 triệu USD": an amount's unit is its answer's
        elif q.wants is Wants.DATE and said_in[found[1] : found[2]] == found[0]:
            found = (shown(q, said_in, *found), found[1], found[2])  # printed as a fact's date is
        elif q.lang == "en":
            found = (actor_names.in_english(found[0]), found[1], found[2])  # "Trung Quốc" -> "China"
        answer = Answer(
            q.text, found[0], evidence_of(hit), kb_citation(kb, hit), via="text", alternatives=alternatives
        )
        if q.wants is Wants.DATE and precise == 2 and names_day(found[0]):
            day_only = day_only or answer  # "Ngày 18/3, Đại sứ trình Quốc thư …": the day asked, its year
            continue  # left unsaid; unless a later sentence writes the same day with its year
        if q.wants is Wants.DATE and (precision_of(found[0]) < precise or is_relative(found[0])):
            rough = rough or answer  # a year where a day is asked: kept in case nothing more precise follows
            continue
        if q.wants is Wants.NUMBER and not counts_unit(q.text, hit["text"], found[2]):
            rough = rough or answer  # "182/187 (phiếu)" for "bao nhiêu thành viên": kept in case
            continue  # a later sentence writes "54 thành viên"
        if day_only is not None and day_and_month(day_only.answer or "") != day_and_month(found[0]):
            return day_only  # (a later sentence's full date of another day is not the one asked)
        if q.wants is Wants.DATE and not precise:  # "When …?" answered "tháng 5/2025" by the best sentence:
            if coarse is not None:  # a day of that month from one about as close ("Ngày 20/5/2025, …")
                return (
                    answer
                    if finer(coarse[0].answer or "", found[0]) and score >= coarse[1] - 0.25
                    else coarse[0]
                )
            if month_only(found[0]):
                coarse = (answer, score)
                continue
        return answer
    if day_only is not None:
        return day_only
    if coarse is not None:
        return coarse[0]
    if fact is not None:  # no span in the closer sentences: the fact's own answer, not a whole sentence
        return fact
    if imprecise is not None or rough is not None:
        return imprecise or rough
    if q.who and q.wants is Wants.ACTOR and not q.asks_countries and negation is None:
        # no person named in the best sentences: "ai" / "who" may be the states or bodies acting
        fact = from_events(kb, q, codes, terms, names_only + relation + acronyms, who=True)
        if fact is not None:
            return fact
    return from_text(kb, q, supported, denied, negation, alternatives)
