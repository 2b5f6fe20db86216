"""Events: rule-based, over sentences, with roles from mention positions (see docs/decisions.md, "Events").

``find_events(doc)`` needs ``doc.sentences`` and ``doc.blocks`` (structure), ``doc.mentions``
(mentions) and ``doc.dates`` / ``doc.meta["date"]`` (dates). It scans the text once with the trigger
lexicon (:mod:`doingoai.extract.triggers`), reads roles off the mentions around each trigger
(:mod:`doingoai.extract.events_roles`), a status off the cue words before it and the block it sits
in, and a date off the clause, the section or the document (:mod:`doingoai.extract.events_context`).
Named agreements with a year ("Hiệp ước ... Việt Nam – Lào (1977)") and named conflicts from the
gazetteer are events without a verb. Repeats within a document are merged (:mod:`events_merge`).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from doingoai.extract import gazetteer
from doingoai.extract.events_anaphora import demonstrative_mentions, pair_mentions
from doingoai.extract.events_context import SKIP_BLOCKS, Context
from doingoai.extract.events_coord import coordinated
from doingoai.extract.events_merge import Draft, merge
from doingoai.extract.events_nominal import generic_names, name_spans, named_events
from doingoai.extract.events_roles import (
    AGREEMENT_KINDS,
    DEFAULT_RECIPIENT_VNM,
    ORG_TARGET,
    VNM,
    MentionIndex,
    as_actor,
    codes_of,
    defaults,
    groups,
    roles,
)
from doingoai.extract.events_rules import (
    PASSIVE_BEFORE,
    SAME_TIME,
    agreement_before,
    in_capitalised_name,
    inner_parties,
    not_an_event,
    relative_roles,
    resolve_same_time,
    standing,
)
from doingoai.extract.triggers import (
    AGREEMENT_NOUN,
    COMMUNICATE,
    CONTEXT,
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
    Hit,
    lower_same_length,
    needles_of,
    scan,
)
from doingoai.model import BlockType, Document, EventKind, Status

K = EventKind
_COMPLETED = re.compile(r"\b(?:hoàn thành|hoàn tất|đã)\b")
_HOP_TAC = re.compile(r"\bhợp tác\b")
_CLAUSE = re.compile(r"[;]")
_LASTING = re.compile(r"\bkéo dài\b")
_FOREIGN_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")
_VOWELS = re.compile(r"[aeiouy]+")
_PRONOUN = re.compile(r"(?:họ|ông|bà|nó|chúng|hắn|anh ấy|chị ấy)\b")  # a sentence opening on a third person
# what may follow "ủng hộ" when its target is the unstated Vietnam: an adverb or the end of the clause
_NO_OBJECT = re.compile(
    r"\s*(?:mạnh mẽ|nhiệt tình|tích cực|to lớn|quý báu|hết lòng|rộng rãi|kiên quyết|và giúp đỡ|[,.;:)]|$)"
)
_AGREEMENT_OR_MEMBERSHIP = AGREEMENT_KINDS | {K.MEMBERSHIP_JOIN, K.MEMBERSHIP_LEAVE}
_FACT_CUES = needles_of(HYPOTHETICAL, PURPOSE)
_STATUS_CUES = needles_of(NEGATION, PLANNED, ONGOING)
_OWN_SIDE = frozenset({"VNM", "CPV"})
_NEW_SUBJECT = re.compile(r"\s*(?:ta|chúng ta|họ|đảng ta|nhà nước ta|phía [^\W\d_]+|các nước|nhiều nước)\b")
_ANNIVERSARY = re.compile(r"\bkỷ niệm (?:lần thứ )?(\d{1,3})(?: năm)? (?:ngày )?$")
_AND_YEARS = re.compile(r"\bvà (\d{1,3}) năm (?:ngày )?$")  # "kỷ niệm 55 năm Ngày ... và 40 năm Ngày ký ..."
_DURATIVE = frozenset({K.SANCTION, K.RELATIONS, K.COOPERATE, K.AID, K.CONFLICT})
_SINCE = re.compile(
    r"\s*(?:kể )?từ (?:năm |ngày |tháng )?[\d/]+(?: năm \d{4})?\s*,"
)  # "Từ năm 1975, ..." (no "đến")
# a nominal visit whose visitor follows with "của" and no destination is written: Vietnamese writing means Vietnam
_VISIT_OF = re.compile(
    r"(?:chuyến|cuộc) thăm(?: chính thức| cấp nhà nước| làm việc| hữu nghị)?\s*(?:\([^)]*\)\s*)?của\b"
)
_THEN = re.compile(
    r"\s*(?:cũng |ngay )?(?:trong|nhân|tại|trong dịp|nhân dịp|trong khuôn khổ) (?:(?:chuyến thăm|cuộc hội đàm|cuộc gặp|"
    r"dịp|hội nghị|sự kiện)(?: này| đó| ấy)?|(?:dịp|thời gian) (?:này|đó|ấy))\s*,"
)
_SAME_TIME = re.compile(r"\b(?:cùng ngày|cùng năm|cùng thời điểm|cùng dịp|cùng lúc|ngay sau đó)\b")
_CAUSATIVE = re.compile(
    r"\b(?:vận động|kêu gọi|đề nghị|yêu cầu|thuyết phục|đề xuất)\s+(?:[^\W\d_]+\s+){0,4}$"
)
_SAME_YEAR = re.compile(r"\b(?:trong|cùng|ngay trong) năm (?:đó|này|ấy)?")
_ANCHOR = re.compile(r"\b(?:sau|trước|từ sau)\b(?!.*[,;])")


def find_events(doc: Document) -> Document:
    ctx = Context(doc)
    generic = generic_names(doc)
    spans = name_spans(doc, generic)
    ctx.name_spans = spans
    low = lower_same_length(doc.text)  # cues are matched on it; offsets are the same as doc.text's
    index = MentionIndex(doc.mentions, spans + ctx.citation_spans)
    pairs = pair_mentions(doc, low, index.mentions) + demonstrative_mentions(doc, low, index.mentions)
    if pairs:  # "hai nước", "hai bên": the pair named before
        index = MentionIndex(doc.mentions, spans + ctx.citation_spans, pairs)
    starts = [s.start for s in doc.sentences]
    drafts: list[Draft] = []
    placed = []
    for h in scan(doc.text, low):
        k = bisect_right(starts, h.start) - 1
        if k < 0 or doc.sentences[k].end < h.end:
            continue
        sent = doc.sentences[k]
        block = doc.blocks[sent.block] if sent.block < len(doc.blocks) else None
        if (
            block is not None
            and block.type in SKIP_BLOCKS
            or ctx.in_quote(h.start)
            or _inside(h.start, spans)
        ):
            continue  # not in a name ("Hiệp ước Hữu nghị và Hợp tác ..."), a quotation, a reference list
        if (
            doc.text[h.start].isupper()
            and h.start > sent.start
            and in_capitalised_name(doc.text, sent.start, h.start)
        ):
            continue  # "ký Hiệp ước Hữu nghị và Hợp tác với Liên Xô": a capitalised treaty name is one unit
        if ctx.in_mention(h.start):
            continue  # a word of an actor's name: "Diễn đàn Hợp tác Kinh tế châu Á – Thái Bình Dương"
        if h.trigger.name == "join_take_part" and not _org_next(index, h.end):
            continue  # "tham gia" joins only an organisation named right after it ("tham gia APEC")
        if block is not None and block.type is BlockType.TITLE or not_an_event(low, h, sent.start):
            continue  # a title names a topic; "sau chiến tranh", "rút khỏi đàm phán", "hòa bình, hợp tác và phát triển"
        placed.append((h, sent))
    hit_starts = [h.start for h, _ in placed]
    for h, sent in placed:
        d = _event(doc, low, ctx, index, h, hit_starts, sent.start, sent.end, sent.block)
        if d is not None:
            drafts.append(d)
            if d.explicit and d.date:  # "Chủ tịch ASEAN năm 2010 và năm 2020": one event per date
                drafts += coordinated(ctx, low, index, d, h.end, sent.end)
    drafts = resolve_same_time(ctx, low, drafts)
    drafts += named_events(doc, ctx, generic)
    doc.events = merge(drafts)
    return doc


def _event(
    doc: Document,
    text: str,
    ctx: Context,
    index: MentionIndex,
    hit: Hit,
    hit_starts: list[int],
    s0: int,
    s1: int,
    block: int,
) -> Draft | None:
    """One trigger -> a draft event, or None. ``text`` is the lower-cased document text."""
    trig = hit.trigger
    ts, te = hit.start, hit.end
    c0, c1 = _clause(text, s0, s1, ts)
    own0 = (
        c0  # "...xác lập quan hệ Đối tác chiến lược; năm 2014 nâng lên ...": a clause with no name before its
    )
    if c0 > s0 and not index.any_between(c0, ts) and not _NEW_SUBJECT.match(text, c0):  # trigger shares the
        c0 = _clause(text, s0, s1, c0 - 1)[0]  # subject of the clause before
    if not index.any_between(c0, c1) and not ctx.agreements_between(c0, c1):
        return None  # fast path: every event needs a named party
    if text.find(",", c0, ts) >= 0:
        for br in STRONG_BREAK.finditer(text, c0, ts):
            if br.group(0).endswith("trong đó"):
                c0 = br.end()  # "..., trong đó chú trọng duy trì quan hệ với X": a new predicate
    before = text[c0:ts]
    recent = before.rsplit(None, 25)[-25:]  # the last words before the trigger
    # "kỷ niệm 55 năm Ngày thiết lập quan hệ ...": the event remembered is past, even in a task list
    anniv = _anniversary_years(text, c0, ts)
    if not anniv and _not_a_fact(ctx, block, recent):
        return None
    kind = trig.kind
    if kind is None:  # "đàm phán và ký kết": signed when completed, else the negotiation is the event
        kind = K.AGREEMENT_SIGN if _COMPLETED.search(" ".join(recent[-4:])) else K.AGREEMENT_NEGOTIATE
    stop = POST_STOP.search(text, te, min(c1, te + 300))
    p1 = stop.start() if stop else min(c1, te + 300)
    k = bisect_right(hit_starts, te - 1)
    if k < len(hit_starts) and hit_starts[k] < p1 and kind not in AGREEMENT_KINDS:
        p1 = hit_starts[k]
    while k < len(hit_starts) and hit_starts[k] < p1:  # a signing reads past "hợp tác" ("ký hiệp định hợp tác
        if (
            text[max(te, hit_starts[k] - 5) : hit_starts[k]].rstrip().endswith(_SEPARATOR)
        ):  # với Lào"), not into
            p1 = hit_starts[k]  # the next enumerated phrase (", thiết lập quan hệ với ...")
        k += 1
    prev = -1
    relative = None
    clause_groups = _groups(ctx, text, index, c0, c1)
    if trig.subject_first:  # "Quan hệ (giữa X) với Y ... được củng cố"
        inner = [g for g in clause_groups if ts <= g.start and g.end <= te]
        actors = codes_of([g for g in inner if g.marker in ("giữa", "của")])
        recips = codes_of([g for g in inner if g.marker in ("với", "đối với")])
        if (
            not actors
            and inner
            and len(inner[0].codes) >= 2
            and inner[0].marker == ""
            and inner[0].start - ts <= 25
        ):
            actors = list(inner[0].codes[:1])  # "Quan hệ Việt Nam – Lào (và quan hệ với Cam-pu-chia) ..."
            recips = list(inner[0].codes[1:]) + [c for c in recips if c not in inner[0].codes]
        first = min((g.start for g in inner if g.marker in ("với", "đối với")), default=te)
        if _HOP_TAC.search(text, ts, first):
            kind = K.COOPERATE
        pre, post = [], []
    elif (
        trig.name == "host_by"
    ):  # "Hội nghị Cấp cao ASEAN ... do Việt Nam chủ trì": host -> the meeting's organisation
        actors = codes_of([g for g in clause_groups if ts <= g.start and g.end <= te])
        orgs = [g for g in clause_groups if g.end <= ts and set(g.kinds) <= {"organisation", "body"}]
        recips = codes_of(orgs[-1:])
        pre, post = [], []
    else:
        k = (
            bisect_right(hit_starts, ts - 1) - 1
        )  # a name after an earlier trigger of the clause is its object
        prev = hit_starts[k] if k >= 0 and hit_starts[k] >= c0 else -1
        pre = [g for g in clause_groups if g.end <= ts]
        chain = _chain_start(text, hit_starts, k, c0, ts)
        if (
            chain >= 0
        ):  # "..., gia nhập ASEAN, bình thường hóa quan hệ với Mỹ": names of earlier phrases are theirs
            pre = [g for g in pre if g.end <= chain]
        elif prev >= 0:
            pre = [
                g
                for g in pre
                if g.start < prev
                or g.marker in ("bị", "được", "với", "đối với")
                or text.find(", ", prev, g.start) >= 0
            ]  # "Nhân chuyến thăm của X, Y và Z nâng cấp ...": a new clause
        post = [g for g in clause_groups if g.start >= te and g.end <= p1]
        if own0 > c0:  # the subject of the clause before is its first unmarked name, nothing else of it
            v0 = hit_starts[bisect_right(hit_starts, c0 - 1)]  # the clause before's first trigger
            first = next((g for g in clause_groups if g.end <= v0), None)
            pre = ([first] if first is not None and first.marker == "" else []) + [
                g for g in pre if g.start >= own0
            ]
        if c0 > s0 and pre and pre[0].marker == "" and _ends_with_with(ctx, text, index, s0, c0):
            pre[0] = pre[0]._replace(marker="với", marker_pos=pre[0].start)
        if (
            kind is K.CONFLICT
        ):  # "hậu quả chiến tranh" names no party: the subject must be next to the trigger
            pre = [g for g in pre if ts - g.end <= 30 or g.marker in ("bị", "được")]
        if kind not in AGREEMENT_KINDS and _topic_of_agreement(kind, " ".join(recent[-5:])):
            return None  # "Hiệp định về hợp tác hạt nhân": the topic of an agreement, not an event
        if pre and _CAUSATIVE.search(text, max(c0, pre[-1].start - 40), pre[-1].start):
            return (
                None  # "vận động các nước thành viên EU sớm phê chuẩn ...": a request to others, not an event
            )
        relative = relative_roles(text, kind, post, ts, te)  # "... cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba"
        actors, recips = relative or roles(text, kind, pre, post, before, c0, te)
        if kind in (K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH) and te - ts > 20:
            actors, recips = inner_parties(clause_groups, ts, te, actors, recips)
        if kind is K.MEMBERSHIP_JOIN and text.startswith("kết nạp", ts):  # "ASEAN kết nạp Việt Nam": X joins
            actors, recips = _admitted(pre, post, te) or (actors, recips)
        if kind in (K.RELATIONS, K.RELATIONS_ESTABLISH) and _HOP_TAC.search(
            text, te, post[0].start if post else te
        ):
            kind = K.COOPERATE if kind is K.RELATIONS else kind
    actors = as_actor(actors)
    recips = [c for c in recips if c not in actors]
    agreement, parties = _agreement(ctx, kind, te, p1, c1) if kind in _AGREEMENT_OR_MEMBERSHIP else ("", ())
    passive = kind in AGREEMENT_KINDS and (
        PASSIVE_BEFORE.search(text, max(c0, ts - 20), ts) is not None or any(g.marker == "được" for g in pre)
    )  # "được (Quốc hội) hai nước phê chuẩn": a passive with its agent
    if not agreement and passive:
        agreement, parties = agreement_before(ctx, c0, ts)  # "Hiệp định ... (EVFTA) được ký ngày ..."
        if agreement and not actors:
            actors = [c for c in parties if c != agreement] or [VNM]  # a group agreement: Vietnam signs it
    if (
        kind in AGREEMENT_KINDS
        and not (  # (a passive's subject is the agreement: "Hiệp định ... X – Y (ABBR) được ký")
            agreement
            or recips
            or kind is K.AGREEMENT_NEGOTIATE
            and len(actors) >= 2  # "Hai bên ...; đàm phán về vấn đề này ..."
            or AGREEMENT_NOUN.search(text, max(c0, ts - (120 if passive else 40)), min(p1 + 1, te + 80))
        )
    ):
        return None  # "ký" with nothing signed
    recips += [c for c in parties if c not in actors and c not in recips]
    if trig.name == "sanction_weak" and not recips:
        return None
    if not actors and (_foreign_name(doc, ctx, max(c0, ts - 120), ts) or _PRONOUN.match(text, s0)):
        return None  # "Obama đã đến thăm Kenya", "Họ ủng hộ ...": someone is named, not Vietnam by default
    if not recips and kind in DEFAULT_RECIPIENT_VNM:  # VNM receives only when nothing else is named as target
        if (
            _foreign_name(doc, ctx, te, min(p1, te + 60))
            or kind is K.SUPPORT
            and not _NO_OBJECT.match(text, te)
        ):
            return None  # "ủng hộ chủ nghĩa đế quốc", "tấn công Fort Caroline": the target is something else
    pair = (
        not recips
        and len(actors) >= 2
        and any("pair" in g.kinds and set(g.codes) <= set(actors) for g in pre)
    )
    if not pair:  # "Hai bên nhất trí tăng cường hợp tác": both sides act, neither is the other's recipient
        actors, recips = defaults(kind, actors, recips, text[max(c0, ts - 60) : ts])
    if kind is K.VISIT and actors and not recips and VNM not in actors and _VISIT_OF.match(text, ts, p1):
        recips = [VNM]  # "Nhân chuyến thăm cấp Nhà nước của Tổng thống Joe Biden": a visit to Vietnam
    if actors is None:
        return None
    if not recips and not ((kind.symmetric or kind in AGREEMENT_KINDS or pair) and len(actors) >= 2):
        return None
    if kind in ORG_TARGET and not recips:
        return None
    if not set(actors) - _OWN_SIDE and not set(recips) - _OWN_SIDE:
        return None  # Vietnam and its Party are one side ("đường lối ... của Đảng ta")
    last_name = max((g.end for g in pre if g.end <= ts), default=c0)
    status = _status(ctx, text, block, recent, te, c1, text[max(last_name, c0, ts - 80) : ts])
    if anniv and status is not Status.NEGATED:
        status = Status.OCCURRED  # the celebration may be planned; the event it remembers happened
    if status is Status.OCCURRED and kind in _DURATIVE and _SINCE.match(text, c0):
        status = Status.ONGOING  # "Từ năm 1975, Hoa Kỳ cấm vận Việt Nam": in force since then
    date, explicit = _date(
        ctx, text, ts, te, own0, p1, block, prev if prev >= own0 else -1, status is Status.PLANNED
    )
    status, date = standing(ctx, text, kind, status, date, explicit, c0, ts)  # undated standing relations
    if relative and not explicit and status is Status.OCCURRED and kind in _DURATIVE:
        status = Status.ONGOING  # "lệnh cấm vận mà Hoa Kỳ áp đặt đối với Cu-ba": undated, still in force
    attrs = _attrs(doc, text, kind, trig.name, te, p1, c0, c1, ctx.cache)
    if agreement:
        attrs["agreement"] = agreement
    items = tuple(sorted(attrs.items())) if len(attrs) > 1 else tuple(attrs.items())
    return Draft(kind, tuple(actors), tuple(recips), date, status, (s0, s1), items, explicit)


_SEPARATOR = (",", " và", ",và")


def _chain_start(text: str, hit_starts: list[int], k: int, c0: int, ts: int) -> int:
    """Where an enumeration of verb phrases starts when the trigger at ``ts`` opens one of its items
    ("bình thường hóa quan hệ với Trung Quốc, gia nhập ASEAN và trở thành thành viên WTO"), else -1."""
    start, cur = -1, ts
    while k >= 0 and hit_starts[k] >= c0 and text[max(c0, cur - 5) : cur].rstrip().endswith(_SEPARATOR):
        start = cur = hit_starts[k]
        k -= 1
    return start


_DECLARED = re.compile(r"\btuyên bố chung(?: về(?: việc)?)?\s*$")


def _topic_of_agreement(kind: EventKind, tail: str) -> bool:
    """ "Hiệp định về hợp tác hạt nhân": the topic of an agreement, not an event. But a joint statement on an
    upgrade or on relations declares them ("ra Tuyên bố chung về việc nâng cấp quan hệ lên ...")."""
    m = AGREEMENT_NOUN.search(tail)
    if m is None:
        return False
    if kind in (K.RELATIONS_UPGRADE, K.RELATIONS_ESTABLISH, K.RELATIONS) and _DECLARED.search(tail):
        return False
    return True


def _org_next(index: MentionIndex, end: int) -> bool:
    """Is an organisation named right after ``end`` ("tham gia APEC", "tham gia vào ASEAN")?"""
    nxt = index.between(end, end + 80)
    return bool(nxt) and nxt[0].start - end <= 2 and nxt[0].kind in ("organisation", "body")


def _admitted(pre: list, post: list, te: int) -> tuple[list[str], list[str]] | None:
    """ "(Đại hội đồng) WTO (thông qua việc) kết nạp Việt Nam": the organisation admits, the member joins."""
    orgs = [g for g in pre if g.marker == "" and all(k in ("organisation", "body") for k in g.kinds)]
    members = [g for g in post if g.marker == "" and g.start - te <= 40 and "country" in g.kinds]
    if not orgs or not members:
        return None
    return codes_of(members[:1]), as_actor(codes_of(orgs[-1:]))  # the General Assembly admits for the UN


def _foreign_name(doc: Document, ctx: Context, start: int, end: int) -> bool:
    """Is a foreign name written in ``[start, end)`` ("Kenyatta", "Obama", "Fort Caroline")? A capitalised
    word without Vietnamese letters and with two vowel groups is not a Vietnamese syllable."""
    for m in _FOREIGN_NAME.finditer(doc.text, start, end):
        if len(_VOWELS.findall(m.group(0))) >= 2 and not ctx.in_mention(m.start()):
            return True
    return False


def _clause(text: str, s0: int, s1: int, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: the sentence ``[s0, s1)`` cut at ";"."""
    c1 = text.find(";", pos, s1)
    return text.rfind(";", s0, pos) + 1 or s0, (s1 if c1 < 0 else c1)


def _groups(ctx: Context, text: str, index: MentionIndex, c0: int, c1: int) -> list:
    """The mention groups of a clause, computed once for all the triggers in it."""
    key = (c0, c1)
    found = ctx.cache.get(key)
    if found is None:
        found = ctx.cache[key] = groups(text, index.between(c0, c1), c0, c1)
    return found


def _ends_with_with(ctx: Context, text: str, index: MentionIndex, s0: int, c0: int) -> bool:
    """Does the previous clause end with a "với X" list (so "; Y thông qua ..." continues it)?"""
    prev0 = s0
    for m in _CLAUSE.finditer(text, s0, c0 - 1):
        prev0 = m.end()
    gs = _groups(ctx, text, index, prev0, c0)
    return bool(gs) and gs[-1].marker in ("với", "đối với") and not text[gs[-1].end : c0 - 1].strip(" ,.")


def _not_a_fact(ctx: Context, block: int, recent: list[str]) -> bool:
    """A hypothetical ("nếu"), a purpose ("nhằm ..."), or a line of a policy list: no event at all."""
    mode = ctx.modes.get(block)
    if mode is not None and mode.mode == "policy":
        return True
    tail = " ".join(recent)
    if _FACT_CUES.search(tail) is None:
        return False  # neither a hypothetical nor a purpose word
    if HYPOTHETICAL.search(tail):
        return True
    breaks = list(STRONG_BREAK.finditer(tail)) if "," in tail else ()
    return PURPOSE.search(tail, breaks[-1].end() if breaks else 0) is not None


def _status(
    ctx: Context, text: str, block: int, recent: list[str], te: int, c1: int, predicate: str
) -> Status:
    """Negated > planned (a task list, "sẽ", "cần") > ongoing ("đang", "kéo dài") > occurred. Negation and
    modality are read between the last name before the trigger (its subject) and the trigger."""
    near = " ".join(predicate.rsplit(None, 6)[-6:])
    cued = _STATUS_CUES.search(near) is not None  # one pre-check for the three cues below
    if cued and NEGATION.search(near):
        return Status.NEGATED
    mode = ctx.modes.get(block)
    if mode is not None and not COMMUNICATE.search(" ".join(recent[-5:])):
        return Status.PLANNED
    if cued and PLANNED.search(near):
        return Status.PLANNED
    if cued and ONGOING.search(near) or _LASTING.search(text, te, min(c1, te + 80)):
        return Status.ONGOING
    return Status.OCCURRED


def _date(
    ctx: Context,
    text: str,
    ts: int,
    te: int,
    c0: int,
    p1: int,
    block: int,
    prev: int = -1,
    planned: bool = False,
) -> tuple[str, bool]:
    """The nearest date of the clause (not one that dates a name, nor one after an earlier trigger of the
    clause: that one is the earlier event's), else the task list's; these are written for the event
    (True). Else the paragraph's, the section's, the document's: inferred (False)."""
    best, dist = "", 10**9
    remembered = _anniversary_start(ctx, text, ts, te, c0, p1)
    if remembered:
        return remembered, True
    if _SAME_YEAR.search(text, max(c0, ts - 60), ts):  # "..., trong năm Việt Nam giữ vai trò Chủ tịch ASEAN"
        earlier = [d for d in ctx.dates_in(c0, ts) if d.value[:4].isdigit() and not ctx.in_name(d)]
        if earlier:
            return earlier[-1].value[:4], True
    if prev >= 0 and text[max(c0, ts - 5) : ts].rstrip().endswith(_SEPARATOR):
        for d in ctx.dates_in(te, p1):  # an item of an enumeration ("..., gia nhập APEC tháng 11/1998 và trở
            if (
                not (ctx.attached(d) or ctx.in_name(d)) and d.start - te <= 100
            ):  # thành thành viên WTO ngày ...")
                return d.value, True  # keeps the date written after it, not the previous item's
    for d in ctx.dates_in(c0, p1):
        if ctx.attached(d) or ctx.in_name(d) or ts <= d.start < te or prev >= 0 and prev <= d.start < ts:
            continue
        if _ANCHOR.search(text, max(c0, d.start - 25), d.start):
            continue  # "Sau đại thắng mùa xuân 1975, ...": an anchor, not the event's date
        gap = ts - d.end if d.end <= ts else d.start - te
        if 0 <= gap < dist and (d.end <= ts or gap <= 100):
            best, dist = d.value, gap
    if best:
        n = _anniversary_years(text, c0, ts)
        if n and best[:4].isdigit():  # "nhân kỷ niệm 60 năm thiết lập quan hệ ngoại giao" (2022) -> 1962
            y = int(best[:4])  # "(1973 – 2023)" after it: the interval's start
            return (
                str(y) if "/" in best and best[-4:].isdigit() and int(best[-4:]) - y == n else str(y - n)
            ), True
        return best, True
    if _THEN.match(text, c0) or _SAME_TIME.search(text, max(c0, ts - 20), min(p1, te + 20)):
        b0 = ctx.doc.blocks[block].start if block is not None and block < len(ctx.doc.blocks) else c0
        earlier = [d for d in ctx.dates_in(b0, c0) if not (ctx.attached(d) or ctx.in_name(d))]
        # "Trong chuyến thăm, hai bên ...", "... được ký cùng ngày": the date of an event before it (resolved by
        # resolve_same_time); the last date before it is the fallback
        return SAME_TIME + (earlier[-1].value if earlier else ""), True
    mode = ctx.modes.get(block)
    if mode is not None and mode.date:
        return mode.date, True
    if planned and ctx.period != ctx.doc.meta.get("date"):
        return "", False  # an intention in an article about a past period is not dated by that period
    return ctx.fallback_date(block), False


def _anniversary_years(text: str, c0: int, ts: int) -> int:
    """The number of years of an anniversary written right before the trigger at ``ts`` ("kỷ niệm 55 năm
    Ngày thiết lập ...", "... và 40 năm Ngày ký ..." after an earlier "kỷ niệm" of the clause), else 0."""
    m = _ANNIVERSARY.search(text, max(c0, ts - 30), ts)
    if m is None:
        m = _AND_YEARS.search(text, max(c0, ts - 20), ts)
        if m is None or text.find("kỷ niệm", c0, m.start()) < 0:
            return 0
    return int(m.group(1))


def _anniversary_start(ctx: Context, text: str, ts: int, te: int, c0: int, p1: int) -> str:
    """ "kỷ niệm 55 năm Ngày thiết lập quan hệ ... (5/9/1962 – 5/9/2017)": the start of the interval written
    after the trigger whose span is the anniversary's number of years (a date of a name counts too)."""
    n = _anniversary_years(text, c0, ts)
    if not n:
        return ""
    ds = [d for d in ctx.dates_in(te, min(p1 + 1, te + 160)) if d.value[:4].isdigit()]
    for i, d in enumerate(ds):
        a, _, b = d.value.partition("/")
        if b[:4].isdigit() and a[:4].isdigit() and int(b[:4]) - int(a[:4]) == n:
            return a  # "(1962 – 2022)"
        nxt = ds[i + 1] if i + 1 < len(ds) else None
        if nxt is not None and nxt.start - d.end <= 5 and int(nxt.value[:4]) - int(d.value[:4]) == n:
            return d.value  # "(5/9/1962 – 5/9/2017)": two dates
    return ""


def _agreement(ctx: Context, kind: EventKind, te: int, p1: int, c1: int) -> tuple[str, tuple[str, ...]]:
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


def _attrs(
    doc: Document, low: str, kind: EventKind, name: str, te: int, p1: int, c0: int, c1: int, cache: dict
) -> dict:
    """Objects aided ("như A, B, C"), votes ("192/193 phiếu"), the context ("health", "territory", ...)."""
    text = doc.text
    attrs: dict = {}
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
            found = CONTEXT.search(low, c0, c1)
            label = cache[key] = found.lastgroup or "" if found else ""
        if label:
            attrs["context"] = label
    return attrs


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    k = bisect_right(spans, (pos, 10**12)) - 1
    if k < 0:
        return False
    if spans[k][0] <= pos < spans[k][1]:
        return True
    return k > 0 and spans[k - 1][0] <= pos < spans[k - 1][1]
