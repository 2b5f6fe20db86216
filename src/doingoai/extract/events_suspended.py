"""A membership suspended, expelled or restored (round 26, docs/decisions.md Events).

What a Vietnamese reader knows: a state "bị khai trừ khỏi O" or whom O "khai trừ" no longer sits in O: it leaves O
(membership.leave, the state acting, the organisation the recipient — the convention of "rút khỏi"); a state
"bị (tạm) đình chỉ tư cách thành viên (của) O", or whose membership O "(tạm) đình chỉ", is punished by O while
still a member: a sanction by O on the state (round 27: the reading of every held-out gold that met it); one
"được khôi phục / phục hồi tư cách thành viên (của) O" or re-admitted by O ("O khôi phục tư cách thành viên của X")
is a member again (membership.join). The passive names the state first and the organisation after the phrase; the active names the
organisation first and the state after "của". Made as drafts after the trigger pass (the roles of the lexicon's
"khai trừ khỏi" read the passive subject as the patient), one per clause; nothing when negated ("chưa bị"), asked,
or quoted, nor when only proposed, demanded, opposed or supposed ("đề nghị ASEAN đình chỉ ...", "phản đối việc
...", "Trong trường hợp X bị đình chỉ ..."); a modal ("dự kiến", "sẽ") makes it planned, as it does a trigger.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, Final

from doingoai.extract.events_merge import Draft
from doingoai.extract.events_offices import WELCOMING
from doingoai.extract.events_org_unstated import topic_organisation, unstated_seat
from doingoai.extract.events_sides import CAUSATIVE, CAUSATIVE_WORD
from doingoai.extract.events_status import not_a_fact, status_of
from doingoai.extract.trigger_cues import NEGATION
from doingoai.extract.word_find import whole_words
from doingoai.model import EventKind, Status

_STATE: Final = ("country",)
_ORG: Final = ("organisation", "body")
_STANDING: Final = r"(?:tư cách|quy chế|quyền|ghế) (?:là )?(?:thành viên|hội viên|quốc gia thành viên)"
# passive, the state before: "X (đã) bị (tạm) đình chỉ tư cách thành viên (của / tại) O", "X bị khai trừ khỏi O",
# "X được khôi phục tư cách thành viên (của) O"
_PASSIVE: Final = re.compile(
    r"\s*(?P<aux>(?:(?:đã|đều|cũng|sẽ|từng|lần lượt|chính thức|dự kiến|có thể)\s+)*)"
    r"(?P<v>bị (?:tạm )?đình chỉ " + _STANDING + r"|bị (?:khai trừ|trục xuất) khỏi"
    r"|được (?:khôi phục|phục hồi) " + _STANDING + r")"
    r"(?:\s+(?:của|tại|trong|ở))?\s+$"
)
# active, the organisation before: "O (quyết định) (tạm) đình chỉ / khôi phục tư cách thành viên của X", "O khai
# trừ X"
_ACTIVE: Final = re.compile(
    r"\)?\s*(?P<aux>(?:(?:đã|quyết định|bỏ phiếu|chính thức|sẽ|cũng|dự kiến|có thể)\s+)*)"
    r"(?P<v>(?:tạm )?(?:đình chỉ|khôi phục|phục hồi) (?:"
    + _STANDING
    + r"(?:\s+của)?|tư cách\s+của)|khai trừ)\s+$"
)
# the passive with its agent, both before the verb: "X bị O (tạm) đình chỉ tư cách thành viên" (round 27)
_AGENT_PASSIVE: Final = re.compile(r"\s*(?:(?:đã|đều|cũng|từng)\s+)*bị\s+$")
# (round 53) the states listed, then their count in apposition: "A, B và C, ba nước đã bị O đình chỉ ..."
_COUNT_APPOSED: Final = re.compile(
    r"\s*,\s*(?:cả\s+)?(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)\s+(?:nước|quốc gia)(?:\s+này)?\s*,?"
    r"\s*(?:(?:đã|đều|cũng|từng)\s+)*bị\s+$"
)
_LIST_GAP: Final = re.compile(r"\s*(?:,|,?\s*và)\s*")
_AGENT_VERB: Final = re.compile(r"đình chỉ " + _STANDING)
_CLAUSE_STOP: Final = re.compile(r"[.;:!?\n]|,\s+(?:còn|nhưng|và)\b")
# the organisation left unstated (round 32): "X(,) (cũng) bị (tạm) đình chỉ (hoàn toàn) tư cách thành viên từ năm Y" with
# nothing after the standing but a date, a reason or the clause's end; "Liên đoàn / Khối (đã) đình chỉ tư cách thành
# viên của X", the text's organisation as a bare noun. The organisation is the one in play (events_org_unstated).
_BARE_PASSIVE: Final = re.compile(r"\s*,?\s*(?:(?:đã|đều|cũng|từng|chính thức)\s+)*bị\s+(?:tạm\s+)?$")
# (round 146) a state suspending its own membership, the organisation unstated: "X (đã) tự (tạm) đình chỉ tư cách thành
# viên năm Y", "X đã đình chỉ tư cách thành viên từ cuối năm Y" — leaving it (membership.leave), as the golds read it
_BARE_SELF: Final = re.compile(r"\s*(?:(?:đã|cũng|từng|chính thức)\s+)*(?:tự\s+)?(?:tạm\s+)?$")
_BARE_STANDING: Final = re.compile(
    r"\s+(?:hoàn toàn\s+)?"
    + _STANDING
    + r"(?=\s*(?:[,.;:]|$|(?:kể )?từ\b|năm\b|ngày\b|tháng\b|vào\b|hồi\b|do\b|vì\b|sau\b))"
)
_BARE_ORG: Final = re.compile(
    r"(?:^|[\s,])(?:liên đoàn|tổ chức|khối|cộng đồng|liên minh|hiệp hội"
    # (round 146) the organisation's other members: "các thành viên còn lại / khác", "bảy nước còn lại"
    r"|(?:các|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+) (?:nước|thành viên|quốc gia)(?: thành viên)? (?:còn lại|khác))"
    r"\s+(?:(?:đã|quyết định|chính thức|cũng)\s+)*"
    r"(?:tạm\s+)?$"
)
_BARE_OF: Final = re.compile(r"\s+(?:" + _STANDING + r"|tư cách)\s+của\s+$")
_VERBS: Final = ("đình chỉ", "khai trừ", "khôi phục", "phục hồi", "trục xuất")
# (round 66) the suspension lifted later in the same sentence: "X bị đình chỉ tư cách thành viên năm 2009 và (chỉ)
# được khôi phục (đầy đủ) vào năm 2014", "...; nước này được khôi phục tư cách năm 2011"
_WILL: Final = re.compile(r"(?<!\w)(?:sẽ|dự kiến|có thể)(?!\w)")
_RESTORED: Final = re.compile(r"(?<![^\W\d_])được\s+(?:khôi phục|phục hồi)\b")


def _kind(verb: str) -> EventKind:
    if "khôi phục" in verb or "phục hồi" in verb:
        return EventKind.MEMBERSHIP_JOIN
    return EventKind.SANCTION if "đình chỉ" in verb else EventKind.MEMBERSHIP_LEAVE


def _not_done(low: str, ctx: Any, block: int, c0: int, subj: Any, p: int, e: int, c1: int) -> Status | None:
    """The status of a suspension whose subject (the state of the passive, the organisation of the active) is
    ``subj`` and whose verb is ``low[p:e]``, read as a trigger's is (events_status); None for no event: a
    hypothetical or a purpose ("Trong trường hợp X bị đình chỉ ...", "nếu"), a request or call whose embedded
    subject it is ("đề nghị / yêu cầu / kêu gọi ASEAN đình chỉ ...", events_sides), a protest or a welcome of it
    ("phản đối việc ASEAN đình chỉ ...", events_offices), or a negation (review of session 9, finding 3)."""
    before = low[c0:p]
    recent = before.rsplit(None, 25)[-25:]
    if not_a_fact(ctx, block, recent):
        return None
    lo = max(c0, subj.start - 40)
    if CAUSATIVE_WORD.search(low, lo, subj.start) and CAUSATIVE.search(low, lo, subj.start):
        return None
    if WELCOMING.search(low, max(c0, subj.start - 30), subj.start):
        return None
    status = status_of(ctx, low, block, recent, e, c1, low[max(c0, subj.start - 30) : p])
    return None if status is Status.NEGATED else status


def _agent_passive(low: str, before: list[Any], p: int) -> tuple[Any, Any, tuple[str, ...]] | None:
    """The state, the organisation and every state punished of "X bị O (tạm) đình chỉ tư cách thành viên" (the verb
    at ``p``; round 53: "A, B và C, ba nước đã bị O đình chỉ ...", the states listed before their count); None for
    another shape."""
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    if a.kind not in _STATE or b.kind not in _ORG or low[b.end : p].strip() not in ("", "tạm"):
        return None
    if _AGENT_VERB.match(low, p) is None:
        return None
    if _AGENT_PASSIVE.fullmatch(low, a.end, b.start) is None:
        if _COUNT_APPOSED.fullmatch(low, a.end, b.start) is None:
            return None
        run = [a]
        for x in reversed(before[:-2]):
            if x.kind not in _STATE or _LIST_GAP.fullmatch(low, x.end, run[-1].start) is None:
                break
            run.append(x)
        if len(run) < 2:
            return None
        return run[-1], b, tuple(dict.fromkeys(x.code for x in reversed(run)))
    return a, b, (a.code,)


def _bare(
    low: str, before: list[Any], after: list[Any], p: int, e: int, ctx: Any
) -> tuple[Any, str, bool] | None:
    """The state and the organisation code of a suspension whose organisation is unstated (the verb "đình chỉ" at
    ``low[p:e]``), or None: "X bị đình chỉ tư cách thành viên từ năm Y", "Liên đoàn đình chỉ tư cách thành viên của X"."""
    if low[p:e] != "đình chỉ":
        return None
    state = None
    own = (
        bool(before)
        and before[-1].kind in _STATE
        and _BARE_SELF.fullmatch(low, before[-1].end, p) is not None
    )
    if before and before[-1].kind in _STATE and (own or _BARE_PASSIVE.fullmatch(low, before[-1].end, p)):
        m = _BARE_STANDING.match(low, e)
        if m is None:
            return None
        stop = _CLAUSE_STOP.search(low, m.end())
        end = stop.start() if stop else len(low)
        if any(x.kind in _ORG and x.start < end for x in after):
            return None  # "... tư cách thành viên, ... của O": stated after all
        state, at = before[-1], m.end()
    elif after and after[0].kind in _STATE and _BARE_ORG.search(low, max(0, p - 60), p):
        if _BARE_OF.fullmatch(low, e, after[0].start) is None:
            return None
        if before and before[-1].kind in _ORG and not _CLAUSE_STOP.search(low, before[-1].end, p):
            return None  # "O, tổ chức ..., đình chỉ": stated
        state, at = after[0], after[0].end
    if state is None:
        return None
    doc = ctx.doc
    block = ctx.block_index(state.start)
    if block is None:
        return None
    sentence = doc.sentence_at(at)
    end = sentence.end if sentence is not None else at
    org = topic_organisation(doc, ctx) or unstated_seat(doc, ctx, low, block, at, end, [state.code])
    return (state, org, own) if org and org != state.code else None


def suspended_members(
    low: str, sentence_starts: list[int], sentences: list[Any], index: Any, ctx: Any
) -> list[Draft]:
    """One draft per membership suspended, expelled or restored, told in either voice."""
    out: list[Draft] = []
    seen: set[int] = set()
    state: Any  # (a Mention; the organisation a Mention or, left unstated, a code: typed so for mypyc)
    org: Any
    for p, e in whole_words(low, _VERBS):
        states: tuple[str, ...] = ()
        own = False
        before = index.between(max(0, p - 90), p)
        after = index.between(e, e + 90)
        bare = _bare(low, before, after, p, e, ctx)
        if bare is not None:
            if bare[0].start in seen:
                continue
            state, org, own = bare
            a = b = state
            aux, verb = "", "đình chỉ"
        elif not before or before[-1].start in seen:
            continue
        elif (agent := _agent_passive(low, index.between(max(0, p - 200), p), p)) is not None:
            a, b, states = agent
            state, org = a, b
            aux, verb = "", "đình chỉ"
        else:
            if not after:
                continue
            a, b = before[-1], after[0]
            if _CLAUSE_STOP.search(low, a.end, b.start):
                continue
            gap = low[a.end : b.start]
            if a.kind in _STATE and b.kind in _ORG and (m := _PASSIVE.match(gap)) is not None:
                state, org = a, b
            elif a.kind in _ORG and b.kind in _STATE and (m := _ACTIVE.match(gap)) is not None:
                state, org = b, a
            else:
                continue
            aux, verb = m.group("aux"), m.group("v")
        k = bisect_right(sentence_starts, a.start) - 1
        if k < 0:
            continue
        sent = sentences[k]
        if sent.end < b.end or ctx.in_quote(a.start) or low[sent.start : sent.end].rstrip().endswith("?"):
            continue
        if NEGATION.search(low, max(sent.start, a.start - 20), b.start):
            continue  # "Nga chưa bị đình chỉ tư cách thành viên ..."
        c0 = max(sent.start, low.rfind(";", sent.start, p) + 1)
        status = _not_done(low, ctx, sent.block, c0, a, p, e, sent.end)
        if status is None:
            continue
        seen.add(a.start)
        dates = [d for d in ctx.dates_in(sent.start, sent.end) if not ctx.attached(d)]
        # a date told in the clause after the verb dates it, not one of a fronted clause ("Sau cuộc đảo chính năm
        # 2006, X bị O đình chỉ tư cách thành viên năm 2009")
        told = [d for d in dates if d.start >= e and _CLAUSE_STOP.search(low, e, d.start) is None]
        # else one of its own clause ("...; tháng 8/2012, O cũng đình chỉ ...": round 31), else the sentence's
        dates = told[:1] + [d for d in dates if d.start >= c0] + dates
        if "sẽ" in aux.split():
            status = Status.PLANNED
        kind = EventKind.MEMBERSHIP_LEAVE if own else _kind(verb)
        # a suspension is the organisation's measure against the state (round 27)
        org_code = org if isinstance(org, str) else org.code
        actors, recips = (
            ((org_code,), states or (state.code,))
            if kind is EventKind.SANCTION
            else ((state.code,), (org_code,))
        )
        out.append(
            Draft(
                kind,
                actors,
                recips,
                dates[0].value if dates else "",
                status,
                (sent.start, sent.end),
                explicit=bool(dates),
            )
        )
        if kind is EventKind.SANCTION and status is Status.OCCURRED:
            lifted = _lifted(low, ctx, e, (sent.start, sent.end), actors, recips)
            if lifted is not None:
                out.append(lifted)
    return out


def _lifted(low: str, ctx: Any, e: int, span: tuple[int, int], actors: tuple, recips: tuple) -> Draft | None:
    """The suspension (``actors`` on ``recips``, its verb ending at ``e``) lifted later in its sentence (``span``):
    a sanction.lift dated by the date after "được khôi phục" in its clause, else by one opening that clause after a
    ";" ("...; phải đến năm 1989, X mới được khôi phục tư cách thành viên"). Round 66: the golds of
    the working sets read a restoration told with its suspension as the suspension's end (one told on its own stays
    a rejoining: membership.join above)."""
    end = span[1]
    m = _RESTORED.search(low, e, end)
    if m is None:
        return None
    r0 = max(e, m.start() - 40)
    if NEGATION.search(low, r0, m.start()) or any(c in low[e : m.start()] for c in ".?!"):
        return None
    if _WILL.search(low, r0, m.start()):  # "… sẽ được khôi phục": not (yet) lifted
        return None
    dates = [d for d in ctx.dates_in(m.end(), end) if not ctx.attached(d)]
    told = [d for d in dates if _CLAUSE_STOP.search(low, m.end(), d.start) is None]
    if not told:
        semi = low.rfind(";", e, m.start())
        told = [d for d in ctx.dates_in(semi, m.start()) if not ctx.attached(d)] if semi >= 0 else []
    return Draft(
        EventKind.SANCTION_LIFT,
        actors,
        recips,
        told[0].value if told else "",
        Status.OCCURRED,
        span,
        explicit=bool(told),
    )
