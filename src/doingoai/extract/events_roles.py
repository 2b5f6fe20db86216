"""Argument roles of a trigger from the mentions around it and Vietnamese syntax.

Mentions are grouped: coordinated names ("Lào và Campuchia", "Mỹ và phương Tây") form one group;
a name right after another with only a space or "/" between ("HĐBA LHQ", "HĐBA/LHQ") qualifies it
and is dropped. Each group carries the marker word before it ("với", "của", "từ", "bị", ...; "như",
"đặc biệt là" introduce examples and keep the marker before them). The extractor reads roles off
the groups: the subject before the trigger acts; "với X", "cho X", a direct object after it receive;
"bị X" / "được X" before it, "của X" / "từ X" after a nominal action ("sự hỗ trợ của Liên Xô") act.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from doingoai.extract import gazetteer
from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_context import covered
from doingoai.extract.triggers import CO_ACTOR, COORD_GAP, PATIENT, RECEIVE
from doingoai.model import EventKind, Mention

K = EventKind
# nominal actions whose "của X" / "từ X" names who acts ("sự hỗ trợ của Liên Xô", "chuyến thăm ... của Tổng thống Mỹ")
AGENTIVE = frozenset(
    {K.SANCTION, K.SANCTION_LIFT, K.AID, K.SUPPORT, K.PROTEST, K.CONFLICT, K.RETREAT, K.VISIT}
)
NEEDS_AGENT = frozenset({K.SANCTION, K.SANCTION_LIFT, K.CONFLICT, K.RETREAT})  # no default actor
SINGLE_TARGET = frozenset(
    {K.MEMBERSHIP_JOIN, K.MEMBERSHIP_ELECT, K.MEMBERSHIP_LEAVE, K.CHAIR, K.HOST, K.PROTEST}
)
# what may stand between a passive "được"/"bị" and its agent: "được nhân dân Lào", "bị chính quyền Pol Pot"
_AGENT_WORDS = frozenset(
    "nhân dân chính phủ nhà nước các nước phía đảng quân đội lực lượng chính quyền bạn bè quốc tế nhiều những "
    "tổng thống thủ tướng chủ tịch lãnh đạo cộng đồng giới quốc hội nghị viện thượng hạ tất cả".split()
)
_EACH_OTHER = re.compile(r"\s*(?:và [^\W\d_]+ )?(?:lẫn )?nhau(?![^\W\d_])")  # "ủng hộ (và giúp đỡ) lẫn nhau"
_RECEIVED = frozenset({K.AID, K.SUPPORT})  # what a subject may "tiếp nhận" / "nhận"
_OF_ORG = frozenset({K.MEMBERSHIP_JOIN, K.MEMBERSHIP_ELECT, K.CHAIR, K.HOST})
ORG_TARGET = frozenset({K.MEMBERSHIP_JOIN, K.MEMBERSHIP_ELECT, K.MEMBERSHIP_LEAVE, K.CHAIR})
AGREEMENT_KINDS = frozenset({K.AGREEMENT_SIGN, K.AGREEMENT_RATIFY, K.AGREEMENT_NEGOTIATE})
MUTUAL = frozenset({K.COOPERATE, K.RELATIONS, K.CONSULT, K.VISIT})  # "X và Y hợp tác": X -> Y
DEFAULT_RECIPIENT_VNM = frozenset({K.SANCTION, K.SANCTION_LIFT, K.CONFLICT, K.AID, K.SUPPORT, K.PROTEST})
RECIPIENT_MARKERS = frozenset({"", "với", "cho", "sang", "tới", "đến", "vào", "thăm", "giữa", "đối với"})
AGENT_MARKERS = frozenset({"của", "từ", "bởi"})
VNM, CPV = "VNM", "CPV"
ACTOR_KINDS = frozenset({"country", "organisation", "body", "party", "collective", "person"})
LOCATION_MARKERS = frozenset({"ở", "tại", "trên", "trong"})
_ROLE_HELD = re.compile(r"\b(?:cương vị|tư cách)\b[^,;:()]{0,30}$")
MARKER_WINDOW = 5  # a marker governs a name at most this many words after it
# words that mark the role of a following name ("như", "nhất là" introduce examples: EXAMPLE_WORDS)
MARKER_WORDS = frozenset("với cho của từ bởi giữa ở tại trên trong sang tới đến vào thăm bị được".split())
_ANY_MARKER = re.compile("|".join(sorted(MARKER_WORDS, key=len, reverse=True)))  # a pre-check (as substrings)
_MARK_PUNCT = ',.;:()“”"'
_NOT_PASSIVE = frozenset({"thiết", "chuẩn", "dự", "phòng"})
EXAMPLE_WORDS = ("như", "nhất là", "đặc biệt là", "kể cả", "bao gồm", "trong đó có", "gồm")
_SIMPLE_COORD = frozenset(
    {",", "và", "/", "–", "-", "(", ")", ", và", "và các nước", "và nước", ", các nước"}
)
_ORG_KINDS = ("organisation", "body")
_PASSIVE_END = re.compile(r"\b(?:(?<!chuẩn )(?<!thiết )(?<!dự )(?<!phòng )bị|được)\s*$")
DATED_OBJECT_KINDS = _OF_ORG | {K.VISIT, K.AGREEMENT_SIGN, K.RELATIONS_ESTABLISH}  # objects with own dates
_DATE_GAP = re.compile(r"\b(?:năm|tháng|ngày) \d[^,;:]*(?:,\s*)?(?:và|cùng)\b")
_QUALIFIER_GAP = re.compile(r"^(?:\s+|\s*/\s*|\s*\(\s*)$")


class Group(NamedTuple):  # a NamedTuple: built for every name group, cheaper than a frozen dataclass
    start: int
    end: int
    codes: tuple[str, ...]
    kinds: tuple[str, ...]
    marker: str  # lower-cased marker word before the group, "" when none
    marker_pos: int  # where the marker starts (-1 when none)


class MentionIndex:
    """Actor mentions of a document, sorted, for range queries."""

    def __init__(self, mentions: list[Mention], exclude: list[tuple[int, int]], extra: list[Mention] = ()):
        ex = sorted(exclude)
        keep = [m for m in mentions if m.kind in ACTOR_KINDS and not covered(m.start, m.end, ex)]
        keep += [m for m in extra if not covered(m.start, m.end, ex)]  # "hai nước" (events_anaphora)
        self.mentions = sorted(keep, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]

    def plus(self, extra: list[Mention], exclude: list[tuple[int, int]]) -> MentionIndex:
        """``MentionIndex(self.mentions, exclude, extra)`` for the ``exclude`` this index was built with: its
        mentions are kept as they are (filtered already), only ``extra`` is filtered."""
        new = MentionIndex([], exclude, extra)
        new.mentions = sorted(self.mentions + new.mentions, key=lambda m: (m.start, -m.end))
        new._starts = [m.start for m in new.mentions]
        return new

    def any_between(self, start: int, end: int) -> bool:
        """Is any mention inside ``[start, end)``? (what :meth:`between` would return, without the list)"""
        i = bisect_left(self._starts, start)
        ms = self.mentions
        while i < len(ms) and ms[i].start < end:
            if ms[i].end <= end:
                return True
            i += 1
        return False

    def between(self, start: int, end: int) -> list[Mention]:
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]


def groups(text: str, mentions: list[Mention], lo: int, hi: int) -> list[Group]:
    """Group the mentions in ``[lo, hi)``; location phrases ("ở các nước XHCN") are left out."""
    out: list[Group] = []
    cur: list[Mention] = []
    prev_end = lo
    for m in mentions:
        if m.start < prev_end:  # nested or overlapping: keep the outer one
            continue
        gap = text[prev_end : m.start] if cur and m.start - prev_end <= 90 else None  # (over 40: COORD_GAP)
        if (
            gap is not None
            and len(gap) <= 3
            and _QUALIFIER_GAP.match(gap)
            and m.kind in _ORG_KINDS
            and cur[-1].kind in _ORG_KINDS
        ):
            prev_end = m.end  # "HĐBA LHQ": LHQ qualifies HĐBA
            continue
        if gap is not None and m.kind == "person" and cur[-1].kind == "country" and not gap.strip():
            prev_end = m.end  # "Tổng thống Hoa Kỳ Bill Clinton": the person is the country's
            continue
        if gap is not None and gap.strip() == "," and (m.kind == "person") != (cur[-1].kind == "person"):
            gap = None  # "của Tổng thống Joe Biden, Việt Nam và Hoa Kỳ ...": a comma ends the person's phrase
        if (
            gap == ", "
            and _ROLE_HELD.search(text, max(lo, cur[0].start - 40), cur[0].start)
            or (gap == "), " and text[cur[0].start - 1] == "(")
        ):  # "trên cương vị Chủ tịch ASEAN, Việt Nam ...", "họp ở Bandar Seri Begawan (Bru-nây), Việt Nam
            gap = None  # được kết nạp": the role's or the bracket's name ends at the comma
        if gap is not None and (gap.strip() in _SIMPLE_COORD or COORD_GAP.match(gap)):
            cur.append(m)
        else:
            if cur:
                out.append(_group(text, cur, out, lo))
            cur = [m]
        prev_end = m.end
    if cur:
        out.append(_group(text, cur, out, lo))
    return [g for g in out if g.marker not in LOCATION_MARKERS]


def _group(text: str, ms: list[Mention], before: list[Group], lo: int) -> Group:
    start = ms[0].start
    gap_start = before[-1].end if before else lo
    gap = text[max(gap_start, start - 80) : start]  # markers sit just before the name
    ex = _example_start(gap)
    head = gap[:ex] if ex >= 0 else gap
    marker, pos = _marker(head, MARKER_WINDOW + (3 if ex >= 0 else 0))
    if pos >= 0:
        pos += start - len(gap)
    if ex >= 0 and not marker and before:
        marker, pos = before[-1].marker, before[-1].marker_pos  # "..., như X": same role as the list before
    elif marker in ("trên", "ở", "với") and _ROLE_HELD.search(text, pos, start):
        marker = "cương vị"  # "trên cương vị / với tư cách Chủ tịch ASEAN": a role held, no place nor partner
    elif marker in LOCATION_MARKERS and "quan hệ" in text[pos:start]:
        marker = "giữa"  # "trong quan hệ hai nước": the parties of the relation, not a place
    elif marker and ex < 0 and "," in text[pos:start]:
        marker, pos = (
            "",
            -1,
        )  # "tại Giơ-ne-vơ, Đại hội đồng WTO ...", "Từ năm 1975, Hoa Kỳ ...": the phrase ends at the comma
    if len(ms) == 1 and ms[0].kind != "person" and ms[0].via != "anaphora":
        m = ms[0]
        return Group(start, m.end, (_acting(m.code) if m.kind == "body" else m.code,), (m.kind,), marker, pos)
    codes: list[str] = []
    for m in ms:
        for code in _codes(m):
            if code not in codes:
                codes.append(code)
    return Group(start, ms[-1].end, tuple(codes), tuple([m.kind for m in ms]), marker, pos)


def _codes(m: Mention) -> tuple[str, ...]:
    """The codes a name stands for: a body acts for its state or party, a person for their country,
    "hai nước" for the pair it refers to (events_anaphora: codes joined by "|")."""
    if m.kind == "body":
        return (_acting(m.code),)
    if m.kind == "person":
        return (country_of(m.code),)
    if m.via == "anaphora":
        return tuple(m.code.split("|"))
    return (m.code,)


def _example_start(gap: str) -> int:
    """Where a trailing "như" / "nhất là" / "đặc biệt là" ... starts in ``gap``, or -1."""
    g = gap.rstrip()
    if not g.endswith(EXAMPLE_WORDS):
        return -1
    for x in EXAMPLE_WORDS:
        if g.endswith(x) and (len(g) == len(x) or not g[-len(x) - 1].isalnum()):
            return len(g) - len(x)
    return -1


def _marker(head: str, n: int) -> tuple[str, int]:
    """The last marker word among the last ``n`` words of ``head`` (lower-cased) and its offset, or ("", -1)."""
    if _ANY_MARKER.search(head) is None:
        return "", -1  # most names have no marker word before them at all
    words = head.rsplit(None, n)[-n:]
    for i in range(len(words) - 1, -1, -1):
        w = words[i].strip(_MARK_PUNCT)
        if w not in MARKER_WORDS:
            continue
        if w == "bị" and i and words[i - 1] in _NOT_PASSIVE:
            continue  # "thiết bị", "chuẩn bị"
        if w in ("bị", "được") and not all(x in _AGENT_WORDS for x in words[i + 1 :]):
            continue  # "được bầu làm thành viên": an auxiliary of the verb after it, not the agent's marker
        end = len(head)  # where words[i] starts: found from the end, word by word
        for j in range(len(words) - 1, i - 1, -1):
            end = head.rfind(words[j], 0, end)
        if w == "với" and i and words[i - 1] == "đối":
            return "đối với", head.rfind("đối", 0, end)
        return w, end + (len(words[i]) - len(words[i].lstrip(_MARK_PUNCT)))
    return "", -1


@lru_cache(maxsize=4096)
def _acting(code: str) -> str:
    e = gazetteer.entry(code)
    parent = e.parent if e is not None else None
    p = gazetteer.entry(parent) if parent else None
    return parent if p is not None and p.kind in ("country", "party") else code


def acting_code(m: Mention) -> str:
    """The code a name acts as: a ministry or Party organ acts for its state or party ("Bộ Ngoại giao" -> VNM);
    a body of an international organisation keeps its own code (UNSC); a person acts for their country."""
    return _codes(m)[0]


@lru_cache(maxsize=4096)
def _parent_of_body(code: str) -> str:
    e = gazetteer.entry(code)
    parent = e.parent if e is not None and e.kind == "body" else None
    return parent if parent and gazetteer.entry(parent) is not None else code


def as_actor(codes: list[str]) -> list[str]:
    """Who acts: a body of an organisation acting stands for it ("Nghị viện châu Âu phê chuẩn" -> EU);
    as a recipient a body keeps its code ("được bầu vào HĐBA" -> UNSC)."""
    return _dedupe([_parent_of_body(c) for c in codes])


def codes_of(gs: list[Group]) -> list[str]:
    out: list[str] = []
    for g in gs:
        for c in g.codes:
            if c not in out:
                out.append(c)
    return out


def roles(
    text: str, kind: EventKind, pre: list, post: list, before: str, c0: int, te: int
) -> tuple[list[str], list[str]]:
    if kind is K.MEMBERSHIP_JOIN and text.endswith("kết nạp", 0, te):
        admitted = _admitted(pre, post, te)  # "(Tại ASEM 5,) các nước thành viên dự kiến kết nạp X, Y và Z"
        if admitted is not None:
            return admitted
    if kind is K.HOST and text.startswith(
        "được", c0 + len(before)
    ):  # the trigger starts at ts = c0 + len(before)
        orgs = [
            g for g in pre if all(k in _ORG_KINDS for k in g.kinds)
        ]  # "(ASEM 5) sẽ được tổ chức tại Hà Nội"
        return ([VNM], [_meeting_of(c) for c in codes_of(orgs[-1:])]) if orgs else ([], [])
    actors: list[str] = []
    recips: list[str] = []
    agent = subject = (
        None  # one pass from the trigger back: a passive agent ("bị Mỹ ... áp đặt cấm vận"), else
    )
    for g in reversed(pre):  # the nearest unmarked name
        if g.marker == "bị" or g.marker == "được":
            agent = g
            break
        if subject is None and (g.marker == "" or g.marker == "giữa") and not _described(text, g, c0):
            subject = g
    if agent is not None:  # the patient of a passive is the clause's subject
        subject = next((g for g in pre if g.marker == "" and g.start < agent.start), None)
        if subject is None and pre[0].marker == "của" and pre[0].start < agent.start:
            subject = pre[0]  # "Hành động của Trung Quốc bị Việt Nam phản đối": the possessor of the patient
    elif subject is None and pre and pre[0].marker == "của":
        subject = pre[0]  # a possessor ("các cơ quan của nước ta") only when it opens the clause
    patient = subject is not None and (
        PATIENT.search(text, subject.end, c0 + len(before)) is not None
        or kind in _RECEIVED
        and RECEIVE.search(text, subject.end, c0 + len(before)) is not None
    )
    if agent is not None:
        actors += agent.codes
        if subject is not None:
            recips += subject.codes
    elif subject is not None:
        (recips if patient else actors).extend(subject.codes)
    ts = c0 + len(before)
    for g in pre:  # "phối hợp với X hoàn thành ký": X acts too; "với X" just before the trigger receives
        if g.marker in ("với", "đối với"):
            if CO_ACTOR.search(text[max(c0, g.marker_pos - 20) : g.marker_pos]):
                # ("Phối hợp với Lào thúc đẩy hợp tác", no subject: Laos is the unstated subject's partner)
                (recips if subject is None and agent is None and kind in MUTUAL else actors).extend(g.codes)
            elif ts - g.end <= 60 and (kind not in ORG_TARGET or any(k in _ORG_KINDS for k in g.kinds)):
                recips.extend(g.codes)  # (a chair or a membership is of an organisation, not of "với Lào")
    destination: list[str] = []  # where a visit goes: never the visitor ("chuyến thăm Việt Nam của ...")
    last = None
    for g in post:
        if kind in SINGLE_TARGET and recips:
            break
        if last is not None and kind in DATED_OBJECT_KINDS and _DATE_GAP.search(text, last.end, g.start):
            break  # "với Hàn Quốc năm 2015 và với Mê-hi-cô năm 2018": the second object is another event's
        last = g
        if g.marker in AGENT_MARKERS and kind in AGENTIVE and (not actors or patient):
            if g.marker_pos - te <= (25 if g.marker == "của" else 100):
                actors.extend(g.codes)
                continue
        if kind in ORG_TARGET and "organisation" not in g.kinds and "body" not in g.kinds:
            continue
        far = g.start - te > (80 if kind is K.HOST else 40)  # (a meeting's name may be long)
        if g.marker == "" and (far or text.find(", ", te, g.start) >= 0):
            continue  # a direct object sits next to its verb; a name further on (or after a comma) starts something else
        if g.marker in RECIPIENT_MARKERS or g.marker == "của":
            recips.extend(g.codes)
            if kind is K.VISIT and g.marker != "của":
                destination.extend(g.codes)
    if destination:
        actors = [c for c in actors if c not in destination]
    if not recips and subject is not None and len(subject.codes) >= 2 and _EACH_OTHER.match(text, te):
        # "Việt Nam và Cu-ba luôn ủng hộ lẫn nhau": each is the other's partner (the first named acts, as for
        # "X và Y hợp tác")
        actors = list(subject.codes[:1]) + [c for c in actors if c not in subject.codes]
        recips = list(subject.codes[1:])
    if kind in _OF_ORG and agent is None and subject is not None and set(subject.codes) <= set(recips):
        # "(hoàn thành vai trò Chủ tịch ASEAN,) đăng cai Hội nghị Cấp cao ASEAN": an organisation does not host,
        # chair or join itself; its name belonged to an earlier phrase and the actor is unstated
        actors = [c for c in actors if c not in subject.codes]
    if (
        kind is K.VISIT and not recips and subject is not None
    ):  # "Việt Nam đón X sang thăm": the host receives
        recips += [c for g in pre if g.start < subject.start and g.marker == "" for c in g.codes]
    if kind is K.HOST:  # "Tổ chức Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng": a meeting of ASEAN's
        recips = [_meeting_of(c) for c in recips]
    return _dedupe(actors), [c for c in _dedupe(recips) if c not in actors]


def _admitted(pre: list, post: list, te: int) -> tuple[list[str], list[str]] | None:
    """ "ASEAN kết nạp Việt Nam", "Tại ASEM 5, các nước thành viên kết nạp X, Y và Z": the countries admitted
    join; the organisation is the nearest one named before the verb in the clause (any marker)."""
    members = [g for g in post if g.marker == "" and g.start - te <= 40 and "country" in g.kinds]
    orgs = [g for g in pre if all(k in _ORG_KINDS for k in g.kinds)]
    if not members or not orgs:
        return None
    return codes_of(members[:1]), as_actor(codes_of(orgs[-1:]))


@lru_cache(maxsize=1024)
def _meeting_of(code: str) -> str:
    """A meeting body of an organisation hosted ("Hội nghị Cấp cao Đông Á" -> ASEAN): the organisation."""
    e = gazetteer.entry(code)
    if e is None or e.kind != "body" or not e.parent or not e.vi.startswith("Hội nghị"):
        return code
    p = gazetteer.entry(e.parent)
    return e.parent if p is not None and p.kind == "organisation" else code


# "Thụy Điển là nước phương Tây đầu tiên ...": a collective after "là (một trong những) nước" describes the subject
_DESCRIBED_AS = re.compile(r"\blà\s+(?:một\s+trong\s+(?:những|các|số)\s+)?(?:nước|quốc gia|đối tác)\s*$")


def _described(text: str, g: Group, c0: int) -> bool:
    return (
        all(k == "collective" for k in g.kinds)
        and _DESCRIBED_AS.search(text, max(c0, g.start - 40), g.start) is not None
    )


def defaults(
    kind: EventKind, actors: list[str], recips: list[str], before: str
) -> tuple[list[str] | None, list[str]]:
    if not actors:
        if kind in NEEDS_AGENT or not recips:
            return None, recips
        if PATIENT.search(before) or _PASSIVE_END.search(before):
            return None, recips  # passive without an agent: who acted is unknown
        actors = [CPV] if all(_is_party(c) for c in recips) else [VNM]
        recips = [c for c in recips if c not in actors]
    if not recips:
        if kind in DEFAULT_RECIPIENT_VNM and VNM not in actors:
            recips = [VNM]
        elif kind in MUTUAL and len(actors) >= 2:
            actors, recips = actors[:1], actors[1:]
    if kind is K.CONFLICT and set(actors) == set(recips):
        return None, recips
    return actors, recips


@lru_cache(maxsize=4096)
def _is_party(code: str) -> bool:
    e = gazetteer.entry(code)
    return (e is not None and e.kind == "party") or code == "POLITICAL_PARTIES"


def _dedupe(xs: list[str]) -> list[str]:
    return list(dict.fromkeys(xs))  # first occurrences, in order
