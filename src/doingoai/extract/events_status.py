"""Events: the status and attributes of one draft event, and the checks on the words and names around its
trigger (see docs/decisions.md, "Events": Status, Agreements); its date is :mod:`events_dating`'s.

Called by :mod:`events_status_date` (``status_of``), :mod:`events_draft` (``attributes``), :mod:`events_span`,
:mod:`events_suspended`, :mod:`events_attended` (``not_a_fact``), :mod:`events_signing` (``agreement_of``),
:mod:`events_sides` (``topic_of_agreement``), :mod:`events_parties` (``admitted``), :mod:`events_unstated`
(``foreign_name``)."""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.cue_tries import AGREEMENT_NOUN_CUE, literal_alternatives, trie_pattern
from doingoai.extract.events_agreed import NOT_UNTIL
from doingoai.extract.events_context import Context
from doingoai.extract.events_dating import QUALIFIER_KEY
from doingoai.extract.events_roles import AGREEMENT_KINDS, as_actor, codes_of
from doingoai.extract.members import members
from doingoai.extract.trigger_cues import CONSIDERED, CONSIDERED_WORDS, HEARSAY, REPORTED
from doingoai.extract.triggers import (
    COMMUNICATE,
    CONTEXT,
    CONTEXT_WORDS,
    HYPOTHETICAL,
    NEGATION,
    OBJECTS_INTRO,
    ONGOING,
    PLANNED,
    POST_STOP,
    PURPOSE,
    STRONG_BREAK,
    VOTE_WORD,
    VOTES,
)
from doingoai.extract.vi_regex import variants
from doingoai.model import Document, EventKind, Status

ST = members(Status)  # (plain attribute reads: see extract/members.py)

K = members(EventKind)  # (plain attribute reads: see extract/members.py)
# "\b[A-Z][a-z]{3,}\b" with the start's boundary checked behind the capital: a leading class lets the engine skip
_FOREIGN_NAME: Final = re.compile(r"[A-Z](?<=\b[A-Z])[a-z]{3,}\b")
_VOWELS: Final = re.compile(r"[aeiouy]+")
_DECLARED: Final = re.compile(r"\btuyên bố chung(?: về(?: việc)?)?\s*$")
_LASTING: Final = re.compile(r"\bkéo dài\b")
# (round 144) a preposition right before the agreement noun: the noun heads a fronted adverbial ("Nhờ hiệp ước, ...")
_FRONTED_BY: Final = re.compile(
    r"(?:^|\s)(?:nhờ|theo|căn cứ(?: vào)?|dựa (?:trên|vào)|trên cơ sở|thông qua)\s+$", re.IGNORECASE
)
_NEW_PREDICATE: Final = re.compile(
    r",\s*(?:(?:đã|cùng|đều)\s+)?(?:nhất trí|thống nhất|cam kết|khẳng định|đồng ý|quyết định)\b"
)
# the four cues' first words as one trie (speed round 19): it matches where (and only where) one of them starts, as
# needles_of's flat alternation did, but tries each first letter once at a position, not each of the 24 words
_FACT_CUES = re.compile(
    trie_pattern({n for c in (HYPOTHETICAL, PURPOSE, REPORTED, HEARSAY) for n in c.needles})
)
_FACT_WORDS: Final = [literal_alternatives(c.pattern) for c in (HYPOTHETICAL, PURPOSE, REPORTED, HEARSAY)]
if all(_FACT_WORDS):  # their whole alternatives: fewer false alarms than the first words
    _FACT_CUES = re.compile(trie_pattern(set().union(*_FACT_WORDS)))  # type: ignore[arg-type]
_STATUS_CUES: Final = re.compile(trie_pattern({n for c in (NEGATION, PLANNED, ONGOING) for n in c.needles}))
# (speed round 20) each of the four cues' whole alternatives as a trie: every match of a cue starts where one of them
# does (literal_alternatives: its opener and look-arounds read, never spell, characters), so its regex is searched
# for from the first of them only, and not at all without one (a Cue's own pre-check is its first words, "thể" of
# "có thể", as one flat alternation); None (alternatives not plain): the Cue's own search
_FACT_FIRST: Final = [re.compile(trie_pattern(w)) if w else None for w in _FACT_WORDS]


def _cue_in(cue, first: re.Pattern[str] | None, tail: str, pos: int = 0) -> bool:
    """``cue.search(tail, pos) is not None``, from the first of its alternatives (``first``) at or after ``pos``."""
    if first is None:
        return cue.search(tail, pos) is not None
    m = first.search(tail, pos)
    return m is not None and cue.rx.search(tail, m.start()) is not None


# CONTEXT's words as plain strings: most clauses have none, and this finds that faster than CONTEXT's "\b" does;
# CONTEXT can only match from where it finds the first of them
_CONTEXT_ANY: Final = re.compile(
    trie_pattern({v for _, ws in CONTEXT_WORDS for w in ws for v in variants(w)})
)


# (CONSIDERED's pre-check: its words as substrings, CONSIDERED_WORDS; `in` over them, as a regex of the three would
# try each "c", "n", "x")


# an apposition describing a state right before the trigger ("X, nước được kết nạp ...", "X – nước mà ta thiết lập
# quan hệ ngoại giao ngày ..."): told as known, whatever purpose or hypothesis the sentence opened on (round 29)
_APPOSED_STATE: Final = re.compile(r"(?:,|–) (?:một |là )?(?:nước|quốc gia)(?: mà [^,;:–]{1,30}?)?$")


# (round 30) a purpose that carries out the results of an act names an act done: "nhằm triển khai kết quả (của) ..."
_RESULTS_OF: Final = re.compile(r"\bkết quả(?: của)?(?: các| những)?$", re.IGNORECASE)

# the longest match of each of the two end-anchored patterns: a search from that far before the end finds the same
# (they look at no character before their start but for "\b", which reads the real text before ``pos``)
_APPOSED_MAX: Final = len("– một quốc gia mà ") + 30  # (the tail, words joined by spaces, ends on no "\n")
_RESULTS_MAX: Final = len("kết quả của những")


def not_a_fact(ctx: Context, block: int, recent: list[str]) -> bool:
    """A hypothetical ("nếu"), a purpose ("nhằm ..."), or a line of a policy list: no event at all."""
    mode = ctx.modes.get(block)
    if mode is not None and mode.mode == "policy":
        return True
    tail = " ".join(recent)
    if any(w in tail for w in CONSIDERED_WORDS) and CONSIDERED.search(tail) is not None:
        return True  # "đang cân nhắc việc tham gia Công ước ...": considered, neither planned nor done
    if _FACT_CUES.search(tail) is None:
        return False  # neither a hypothetical nor a purpose word
    if _APPOSED_STATE.search(tail, max(0, len(tail) - _APPOSED_MAX)) is not None:
        return False  # "Nhằm hỗ trợ Timor-Leste, nước được kết nạp ... ngày 26/10/2025": the state described, a fact
    if (
        _cue_in(HYPOTHETICAL, _FACT_FIRST[0], tail)
        or _cue_in(REPORTED, _FACT_FIRST[2], tail)
        or _cue_in(HEARSAY, _FACT_FIRST[3], tail)
    ):
        return True  # "nếu ...", "bác bỏ thông tin cho rằng ... đã ký": named, not asserted
    if _RESULTS_OF.search(tail, max(0, len(tail) - _RESULTS_MAX)) is not None:
        return False  # "Nhằm cụ thể hóa kết quả chuyến công tác của Thủ tướng tới X": the act whose results are meant
    breaks = list(STRONG_BREAK.finditer(tail)) if "," in tail else ()
    return _cue_in(PURPOSE, _FACT_FIRST[1], tail, breaks[-1].end() if breaks else 0)


def status_of(
    ctx: Context, text: str, block: int, recent: list[str], te: int, c1: int, predicate: str
) -> Status:
    """Negated > planned (a task list, "sẽ", "cần") > ongoing ("đang", "kéo dài") > occurred. Negation and
    modality are read between the last name before the trigger (its subject) and the trigger."""
    # the cues' first words hold no space: none in the predicate, none in its last six words
    cued = _STATUS_CUES.search(predicate) is not None
    if cued:
        near = " ".join(predicate.rsplit(None, 6)[-6:])
        cued = _STATUS_CUES.search(near) is not None  # one pre-check for the three cues below
    if cued and NEGATION.search(near):
        return ST.NEGATED
    mode = ctx.modes.get(block)
    if mode is not None and not COMMUNICATE.search(" ".join(recent[-5:])):
        return ST.PLANNED
    if cued and PLANNED.search(near) and not (NOT_UNTIL.search(predicate) and "sẽ " not in predicate):
        return ST.PLANNED  # (not "X phải chờ đến năm Y mới ...": done then, review of round 23, 15)
    if (
        cued
        and ONGOING.search(near)
        or text.find("kéo dài", te, min(c1, te + 80)) >= 0
        and _LASTING.search(text, te, min(c1, te + 80))
    ):
        return ST.ONGOING
    return ST.OCCURRED


def agreement_of(ctx: Context, kind: EventKind, te: int, p1: int, c1: int) -> tuple[str, tuple[str, ...]]:
    """The agreement a sign/ratify/negotiate/join/leave trigger governs, and the parties it brings:
    an agreement with parties (EVFTA: EU, VNM) is theirs; one without (CPTPP, RCEP) acts as a group."""
    if kind not in AGREEMENT_KINDS and kind not in (K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE):
        return "", ()
    found = ctx.agreements_between(te, min(c1, max(p1, te + 120)))
    if not found:
        return "", ()
    e = gazetteer.entry(found[0].code)
    parties = tuple(e.attr("parties") or ()) if e else ()
    return found[0].code, parties or (found[0].code,)


def attributes(
    doc: Document, low: str, kind: EventKind, name: str, te: int, p1: int, c0: int, c1: int, cache: dict
) -> dict:
    """Objects aided ("như A, B, C"), votes ("192/193 phiếu"), the context ("health", "territory", ...)."""
    text = doc.text
    attrs: dict = {}
    qualifier = cache.pop((QUALIFIER_KEY, te), "") if cache else ""
    if qualifier:  # "before"/"after"/"since": SCHEMA.md writes no open interval ("../1986"): an attribute
        attrs["date_qualifier"] = qualifier
    if kind is K.AID:
        intro = OBJECTS_INTRO.search(low, te, p1)
        if intro:
            end = POST_STOP.search(low, intro.end(), c1)
            chunk = text[intro.end() : end.start() if end else c1].rstrip(" .,")
            items = [x.strip() for x in re.split(r",\s*|\s+và\s+", chunk) if 0 < len(x.split()) <= 6]
            if items:
                attrs["objects"] = tuple(items)
    if kind is K.MEMBERSHIP_ELECT:
        clause = low[c0:c1]
        if VOTE_WORD.search(clause):
            v = VOTES.search(clause)
            if v:
                attrs["votes"] = f"{v.group(1)}/{v.group(2)}"
    if name == "peacekeeping":
        attrs["context"] = "peacekeeping"
    else:
        key = ("context", c0, c1)  # one search per clause, shared by its triggers
        label = cache.get(key)
        if label is None:
            first = _CONTEXT_ANY.search(low, c0, c1)
            found = CONTEXT.search(low, first.start(), c1) if first else None
            label = cache[key] = found.lastgroup or "" if found else ""
        if label:
            attrs["context"] = label
    return attrs


def topic_of_agreement(kind: EventKind, tail: str) -> bool:
    """ "Hiệp định về hợp tác hạt nhân": the topic of an agreement, not an event. But a joint statement on an
    upgrade or on relations declares them ("ra Tuyên bố chung về việc nâng cấp quan hệ lên ...")."""
    m = AGREEMENT_NOUN_CUE.search(tail)
    if m is None:
        return False
    if _NEW_PREDICATE.search(tail, m.end()):
        return False  # "ra Tuyên bố chung, nhất trí làm sâu sắc hơn quan hệ": the statement ends at the comma
    if tail.find("),", m.end()) >= 0 or tail.find(") ,", m.end()) >= 0:
        return False  # "Theo Hiệp định Pa-ri (1973), Ca-na-đa tham gia ...": the name's phrase ended
    if _FRONTED_BY.search(tail, 0, m.start()) and "," in tail[m.end() :]:
        return (
            False  # "Nhờ hiệp ước, Áo được kết nạp ...": a fronted adverbial ended by its comma (round 144)
        )
    if kind in (K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.RELATIONS) and _DECLARED.search(tail):
        return False
    return True


def admitted(pre: list, post: list, te: int) -> tuple[list[str], list[str]] | None:
    """ "(Đại hội đồng) WTO (thông qua việc) kết nạp Việt Nam": the organisation admits, the member joins."""
    orgs = [g for g in pre if g.marker == "" and all(k in ("organisation", "body") for k in g.kinds)]
    members = [g for g in post if g.marker == "" and g.start - te <= 40 and "country" in g.kinds]
    if not orgs or not members:
        return None
    return codes_of(members[:1]), as_actor(codes_of(orgs[-1:]))  # the General Assembly admits for the UN


def foreign_name(doc: Document, ctx: Context, start: int, end: int) -> bool:
    """Is a foreign name written in ``[start, end)`` ("Kenyatta", "Obama", "Fort Caroline")? A capitalised
    word without Vietnamese letters and with two vowel groups is not a Vietnamese syllable."""
    for m in _FOREIGN_NAME.finditer(doc.text, start, end):
        if len(_VOWELS.findall(m.group(0))) >= 2 and not ctx.in_mention(m.start()):
            return True
    return False
