"""Pair anaphora for events: "hai nước", "hai bên", "hai Đảng", "hai nhà lãnh đạo" -> the pair named before.

Vietnamese writing on bilateral relations names the two parties once ("Việt Nam và Ấn Độ thiết lập quan
hệ ngoại giao ngày 7/1/1972.") and then calls them "hai nước" ("Hai nước nâng cấp quan hệ ... năm 2016.").
:func:`pair_mentions` gives, for each such phrase, a synthetic mention whose code is the two codes joined
by "|" (kind "pair", ``via="anaphora"``); :mod:`events_roles` expands it into a group of both parties. They are used by
the events stage only and never enter ``doc.mentions``.

The antecedent is looked for in the phrase's own sentence (before it), then in the sentences before it
in the paragraph, then in the title: the nearest sentence that names exactly two parties (or, when it
names more, a coordinated pair "X và Y" / "X – Y"); one party named alone is kept and paired with the
next other party found further back. A person ("Tổng thống Barack Obama") stands for their country.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from doingoai.extract import gazetteer
from doingoai.extract.events_chronology import previous_entry
from doingoai.extract.events_invited import mission_pair
from doingoai.extract.events_phrases import defined_pair, member_mentions
from doingoai.extract.events_qa import question_before
from doingoai.extract.events_regions import in_region, region_of
from doingoai.extract.events_seat import companions_dropped, main_clause, term_body
from doingoai.extract.textscan import matches_at
from doingoai.extract.triggers import scan
from doingoai.model import BlockType, Document, Mention

PAIR = re.compile(
    r"\b(?:hai|mỗi(?= (?:bên|phía)\b)) (?:(?P<party>đảng)|(?P<state>nước|bên|phía|quốc gia|nhà lãnh đạo|nguyên thủ|chính phủ|thủ tướng"
    r"|ngoại trưởng|bộ trưởng|tổng thống|chủ tịch|lãnh đạo))(?![^\W\d_])(?! (?:bờ|đường|sườn|cánh|vai|tay)\b)"
)
_COORD = re.compile(r"\s*(?:và|–|-|—|,|/)\s*")
_STATE_KINDS = ("country", "person", "body")
# a demonstrative state coordinated with names ("nước này cùng Áo và Thụy Điển"): one party more than those named
_THIRD = re.compile(r"\b(?:[Nn]ước|[Qq]uốc gia) (?:này|đó) (?:cùng(?: với)?|và) (?=[A-ZĐÀ-Ỹ])")
# the ruling parties SCHEMA.md names, for "hai Đảng" said of two states
RULING_PARTY = {"VNM": "CPV", "LAO": "LPRP", "KHM": "CPP", "CHN": "CPC", "CUB": "PCC"}
_BACK = 6  # at most this many sentences back in the paragraph


@lru_cache(maxsize=4096)
def country_of(code: str) -> str:
    """The state a person or a state organ acts for ("Tổng thống Barack Obama" -> USA), else the code."""
    e = gazetteer.entry(code)
    if e is None:
        return code
    if e.kind == "person":
        return e.attr("country") or code
    if e.kind == "body" and e.parent:
        p = gazetteer.entry(e.parent)
        if p is not None and p.kind in ("country", "party"):
            return e.parent
    return code


_THIS = re.compile(
    r"\b(?:(?P<org>liên minh|tổ chức|khối|diễn đàn|hiệp hội|cơ quan)|(?P<state>đất nước|nước|quốc gia)"
    r"(?P<region> (?:(?:ở |thuộc )?(?:khu vực |vùng )?(?:(?:nam|bắc|trung|đông|tây|đông nam|đông bắc|tây nam|tây bắc)"
    r" (?:mỹ|âu|á|phi)|trung đông|mỹ la-?tinh|mỹ latinh|ca-ri-bê|vùng vịnh|ban-tích|bán đảo [^\W\d_]+"
    r"|châu (?:phi|âu|á|mỹ|đại dương)|nam thái bình dương|láng giềng|hồi giáo|ả-rập|đảo)))?) (?:này|đó|ấy)(?![^\W\d_])"
)  # "Nước Nam Mỹ này", "quốc gia Trung Đông này", "nước láng giềng đó": a country described by its region
_THIS_FIRSTS = ("liên minh", "tổ chức", "khối", "diễn đàn", "hiệp hội", "cơ quan", "nước", "quốc gia")
# a country named as a leader's ("tổng thống Mỹ đầu tiên đến thăm đất nước này") is not what "nước này" points to
_TITLED = re.compile(
    r"(?:tổng thống|thủ tướng|chủ tịch|nguyên thủ|đại sứ|ngoại trưởng|bộ trưởng|người|công dân) $"
)
_THIS_REACH = 300  # the name it points back to is at most this many characters before, in the same paragraph


def demonstrative_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """ "ký Hiệp định ... với liên minh này", "đến thăm đất nước này": a synthetic mention of the nearest
    organisation (or country) named before it in the paragraph (``via="anaphora"``). Also a body named by
    its head noun alone ("trúng cử vào Hội đồng") and the member seat of an election whose body is not
    named after it ("được bầu làm thành viên"): see :func:`head_mentions`."""
    from doingoai.extract.events_meeting_host import meeting_host_mentions
    from doingoai.extract.events_officials import official_mentions
    from doingoai.extract.events_partner import partner_mentions  # (imports this module)
    from doingoai.extract.places import place_mentions

    out = (
        place_mentions(doc, low, mentions)  # "với tỉnh Ta-keo", "Tỉnh" in a provincial report (places)
        + head_mentions(doc, low, mentions)
        + partner_mentions(doc, low, mentions)
        + meeting_host_mentions(doc, low, mentions)  # "nước chủ nhà" of a meeting (events_meeting_host)
        + official_mentions(doc, mentions)
        + member_mentions(
            doc.text, low, mentions
        )  # "các nước thành viên": of the organisation named before (events_phrases)
    )
    if "này" not in low and " đó" not in low and " ấy" not in low:
        return out
    starts = [m.start for m in mentions]
    for m in matches_at(low, _THIS, _THIS_FIRSTS):  # (each is ``_THIS.match(low, s)``: not matched again)
        s, e = m.span()
        if s > 0 and low[s - 1].isalnum():
            continue
        kinds = ("organisation",) if m.group("org") else ("country", "person")
        if m.group("org") == "cơ quan":  # "Hội đồng Bảo an ...; được bầu vào cơ quan này": a body too
            kinds = ("organisation", "body")
        k = bisect_left(starts, s) - 1
        # "Nước Nam Mỹ này": the nearest country in that region (events_regions)
        region = region_of(m.group("region")) if m.group("region") else None
        # Vietnam, taken only when no foreign country is named before ("nước này" is a foreign one)
        own = None
        while k >= 0 and s - mentions[k].end <= _THIS_REACH and "\n" not in doc.text[mentions[k].end : s]:
            x = mentions[k]
            if (
                x.kind in kinds
                and x.via != "anaphora"
                and not _TITLED.search(low, max(0, x.start - 16), x.start)
                and (region is None or in_region(country_of(x.code), region))
            ):
                if m.group("state") and _OWN_SUBJECT.fullmatch(low, x.end, s) is not None:
                    k -= 1  # "Việt Nam sớm công nhận nước này": a verb's object is not its own subject (round 19)
                    continue
                subj = _sentence_subject(doc, mentions, starts, x, s, kinds)  # (later sentence: its subject)
                x = subj if subj is not None and in_region(country_of(subj.code), region) else x
                code = country_of(x.code)
                found = Mention(s, e, code, "country" if x.kind == "person" else x.kind, "anaphora")
                if (
                    code == "VNM"
                    and m.group("state")
                    and (
                        doc.sentence_at(x.start) is not doc.sentence_at(s)
                        or _OBJECT_BEFORE.search(low, max(0, x.start - 8), x.start) is not None
                    )  # "Séc kế thừa quan hệ với Việt Nam; năm 2004, nước này ...": the Czech Republic
                ):
                    own = own or found  # "... của Thụy Điển cho Việt Nam. Nước này cũng giúp ...": Sweden
                    k -= 1
                    continue
                out.append(found)
                own = None
                break
            k -= 1
        if own is not None:
            out.append(own)
        elif m.group("state") and (not out or out[-1].start != s):
            prior = _previous_paragraph_country(doc, low, mentions, starts, s)
            if (
                prior is not None
            ):  # "... I-ta-li-a và Việt Nam thiết lập quan hệ ... / Là ..., nước này ...": nothing
                out.append(Mention(s, e, prior, "country", "anaphora"))  # before it in its paragraph
    return out


_OBJECT_BEFORE = re.compile(r"\b(?:với|cho|giúp|thăm) $")
# a state's name and "nước này" as subject and object of one short predicate ("X (đã / sớm) công nhận nước này"), not
# across a reporting or copular verb ("X khẳng định nước này ...", "X cho rằng nước này ...")
_OWN_SUBJECT = re.compile(
    r"(?:\s+(?!rằng\b|là\b|biết\b|khẳng định\b|tuyên bố\b|cho\b|nói\b|nêu\b|và\b|với\b|của\b|thì\b)"
    r"[^\W\d][\w-]*){1,4}\s+(?:đất\s+)?$"
)


def _previous_paragraph_country(
    doc: Document, low: str, mentions: list[Mention], starts: list[int], s: int
) -> str | None:
    """For "nước này" with no country named before it in its own paragraph: the nearest foreign country (never
    Vietnam, "nước ta") named in the paragraphs before, within ``_THIS_REACH`` characters; None when its own
    paragraph names any country or person before it."""
    k = bisect_left(starts, s) - 1
    crossed = False
    while k >= 0 and s - mentions[k].end <= _THIS_REACH:
        x = mentions[k]
        crossed = crossed or "\n" in doc.text[x.end : s]
        if x.kind in ("country", "person") and x.via != "anaphora":
            if not crossed:
                return None  # its own paragraph names someone (passed over above for a reason)
            code = country_of(x.code)
            if code != "VNM" and not _TITLED.search(low, max(0, x.start - 16), x.start):
                return code
        k -= 1
    return None


# what may stand before a sentence's subject: nothing, or an opening phrase closed by a comma ("Năm 1973, ")
_SUBJECT_GAP = re.compile(r"(?:[^,;:]*,)?\s*$")


def _sentence_subject(
    doc: Document, mentions: list[Mention], starts: list[int], x: Mention, pos: int, kinds: tuple[str, ...]
) -> Mention | None:
    """ "Ca-na-đa cùng Ba Lan, ... và In-đô-nê-xi-a tham gia ICCS. Tháng 7/1973, nước này rút khỏi Ủy ban":
    "nước này" in a later sentence points back to the subject of the sentence that names ``x`` (the nearest
    candidate), not to the last name of it; None when that sentence opens on no such name, when ``x`` is in
    the phrase's own sentence, or when the subject is Vietnam ("nước này" is a foreign country: Vietnam is "nước ta")."""
    cur = doc.sentence_at(pos)
    sent = doc.sentence_at(x.start)
    if cur is None or sent is None or sent.start >= cur.start:
        return None
    for m in mentions[bisect_left(starts, sent.start) : bisect_left(starts, x.start) + 1]:
        if m.kind not in kinds or m.via == "anaphora":
            continue
        if not _SUBJECT_GAP.fullmatch(doc.text, sent.start, m.start) or country_of(m.code) == "VNM":
            return None
        return m
    return None


def pair_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """Synthetic mentions for "hai nước"-type phrases whose pair could be resolved. ``low``: the lower-cased
    text; ``mentions``: actor mentions sorted by start."""
    if "hai " not in low and "mỗi " not in low:  # ("mỗi bên": each side of the pair, round 21)
        return []
    out: list[Mention] = []
    starts = [m.start for m in mentions]
    sent_starts = [s.start for s in doc.sentences]
    title = next((b for b in doc.blocks if b.type is BlockType.TITLE), None)
    for m in _pair_matches(low):
        i = m.start()
        k = bisect_left(starts, m.end())
        if not (k < len(starts) and _described(doc.text[m.end() : starts[k]])):
            # not "hai nước Việt Nam – Lào", "hai nước láng giềng Lào và Campuchia": named right after
            party = m.group("party") is not None
            pair = _antecedent(doc, mentions, starts, sent_starts, title, i, party)
            if (
                pair is None and party
            ):  # "Tổng Bí thư Tô Lâm thăm Lào. Hai Đảng ...": the states' ruling parties
                states = _antecedent(doc, mentions, starts, sent_starts, title, i, False)
                if states and all(c in RULING_PARTY for c in states):
                    pair = (RULING_PARTY[states[0]], RULING_PARTY[states[1]])
            if pair:
                out.append(Mention(i, m.end(), "|".join(pair), "pair", "anaphora"))
    return out


def _pair_matches(low: str) -> list[re.Match[str]]:
    """The matches of :data:`PAIR` at a word start, in text order: found from the literal "hai " / "mỗi " (a
    ``finditer`` of the pattern is several times slower on a long text)."""
    out: list[re.Match[str]] = []
    for word in ("hai ", "mỗi "):
        i = low.find(word)
        while i >= 0:
            m = PAIR.match(low, i)
            if m is not None and (i == 0 or not low[i - 1].isalnum()):
                out.append(m)
                i = low.find(word, m.end())
            else:
                i = low.find(word, i + len(word))
    return sorted(out, key=lambda m: m.start()) if len(out) > 1 else out


def _described(gap: str) -> bool:
    """Is ``gap`` (between "hai nước" and the next name) empty or a few lower-case words ("láng giềng")?"""
    words = gap.split()
    if words and scan(gap):
        return False  # "Hai nước gia nhập EU": a verb between, the name is its object (round 22)
    if words and words[-1] == "là":  # "Hai nước ở thượng nguồn là Trung Quốc và Mi-an-ma"
        return len(words) <= 6 and all(w.isalpha() and w.islower() for w in words) and len(gap) <= 45
    return len(words) <= 3 and all(w.isalpha() and w.islower() for w in words) and len(gap) <= 30


_LOOK_BACK = 1000  # characters of its own sentence an anaphor looks back for its pair (review 7)


def _antecedent(
    doc: Document,
    mentions: list[Mention],
    starts: list[int],
    sent_starts: list[int],
    title,
    pos: int,
    party: bool,
) -> tuple[str, str] | None:
    k = bisect_left(sent_starts, pos + 1) - 1
    if k < 0:
        return None
    block = doc.sentences[k].block
    ranges = [
        (max(doc.sentences[k].start, pos - _LOOK_BACK), pos)
    ]  # (bounded: a 20 KB sentence stays linear)
    j = k - 1
    while j >= 0 and k - j <= _BACK and doc.sentences[j].block == block:
        ranges.append((doc.sentences[j].start, doc.sentences[j].end))
        j -= 1
    ranges += previous_entry(
        doc, k, mentions, starts
    )  # "Ngày 1/1/2007: Hai nước gia nhập EU": the entry before (events_chronology)
    heading = _heading_before(doc, block)  # "Quan hệ với Việt Nam" over "Hai nước thiết lập quan hệ ..."
    if heading is not None and (title is None or heading.start >= title.end):
        ranges.append((heading.start, heading.end))
    if title is not None and title.end <= doc.sentences[k].start:
        ranges.append((title.start, title.end))
    kept: str | None = None
    for lo, hi in ranges:
        ms = mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]
        ms = [x for x in ms if x.end <= hi and (x.kind == "party" if party else x.kind in _STATE_KINDS)]
        # "..., cùng với A và B": companions of an act, not a pair (events_seat)
        ms = companions_dropped(doc.text, ms, lo)
        # (a body of no state, "Hội đồng Bảo an", is not one of "hai bên": a state organ stands for its state)
        codes = _distinct(
            [country_of(x.code) for x in ms if x.kind != "body" or country_of(x.code) != x.code]
        )
        if kept is not None:
            others = [c for c in codes if c != kept]
            if len(others) == 1:
                return kept, others[0]
            if others:  # ambiguous, unless the title names the pair ("Quan hệ Việt Nam – Niu Di-lân")
                return _title_pair(doc, mentions, starts, title, kept, others, party)
            continue
        if len(codes) == 2 and _THIRD.search(doc.text, lo, hi) is None:
            return codes[0], codes[1]
        if len(codes) == 2:  # "nước này cùng Áo và Thụy Điển gia nhập EU": three parties, no pair
            continue
        if len(codes) > 2:  # "Sau khi A tuyên bố độc lập, B kế thừa quan hệ với C": B and C (events_seat)
            main = _distinct([country_of(x.code) for x in main_clause(doc.text, ms, lo) if x.kind != "body"])
            return (main[0], main[1]) if len(main) == 2 else _coordinated(doc.text, ms)
        if len(codes) == 1:
            kept = codes[0]
    # "Chính phủ A và Chính phủ B (sau đây gọi là “hai bên”)": the pair the document defines (events_phrases)
    # (a Vietnamese mission's report: Vietnam and the host country, events_invited)
    if party:
        return None
    pair = defined_pair(doc, mentions, pos) or mission_pair(doc, mentions, pos)
    if (
        pair is None
        and kept is not None
        and kept != "VNM"
        and _met_before(doc.text, doc.sentences[k].start, pos)
    ):
        return "VNM", kept  # "đoàn lãnh đạo Tỉnh thăm tỉnh X (Lào); hai bên ký ...": the unnamed side is ours
    return pair


# an encounter told in the same sentence before "hai bên", one side of it named (a foreign state), the other
# unstated: in Vietnamese official writing the unstated side is Vietnam (round 21)
_MET = re.compile(
    r"\b(?:thăm|làm việc (?:tại|với)|hội đàm|hội kiến|tiếp(?! tục| nhận| cận| theo| xúc)|đón(?! nhận)"
    r"|gặp(?! khó| nhiều| phải| trở| sự)|sang(?! năm| tháng))\b[^;.]*[;,] *$"
)
# a firm's delegation or a company met is no state's side (review 7)
_FIRM = re.compile(r"\b(?:doanh nghiệp|công ty|tập đoàn|nhà đầu tư|hãng)\b")


def _met_before(text: str, s0: int, pos: int) -> bool:
    lo = max(s0, pos - 240)
    return _MET.search(text, lo, pos) is not None and _FIRM.search(text[lo:pos].lower()) is None


def _heading_before(doc: Document, block: int):
    """The heading of the section holding block number ``block`` when that block opens the section's text (the
    block right after it): a later paragraph has its own antecedents."""
    if block < 1 or block >= len(doc.blocks):
        return None
    b = doc.blocks[block - 1]
    return b if b.type is BlockType.HEADING else None


def pair_before(doc: Document, mentions: list[Mention], pos: int) -> tuple[str, str] | None:
    """The pair of states the text at ``pos`` is about, found as for "hai nước" there (``mentions``: actor
    mentions sorted by start); None when it cannot be told."""
    title = next((b for b in doc.blocks if b.type is BlockType.TITLE), None)
    starts = [m.start for m in mentions]
    return _antecedent(doc, mentions, starts, [s.start for s in doc.sentences], title, pos, False)


def _title_pair(
    doc: Document,
    mentions: list[Mention],
    starts: list[int],
    title,
    kept: str,
    others: list[str],
    party: bool,
) -> tuple[str, str] | None:
    """The pair the title names, when it holds ``kept`` and one of ``others`` (the sentences before name more
    than one partner: "Việt Nam, Niu Di-lân, Nhật Bản ... ký CPTPP. ... Hai nước nâng quan hệ ...")."""
    if title is None:
        return None
    ms = mentions[bisect_left(starts, title.start) : bisect_left(starts, title.end)]
    kinds = ("party",) if party else _STATE_KINDS
    codes = _distinct([country_of(x.code) for x in ms if x.end <= title.end and x.kind in kinds])
    if len(codes) == 2 and kept in codes:
        other = codes[1 - codes.index(kept)]
        if other in others:
            return kept, other
    return None


def _coordinated(text: str, ms: list[Mention]) -> tuple[str, str] | None:
    """The last pair of names joined by "và" / a dash in a sentence that names more than two parties."""
    for a, b in zip(ms[-2::-1], ms[:0:-1], strict=True):
        ca, cb = country_of(a.code), country_of(b.code)
        if ca != cb and _COORD.fullmatch(text, a.end, b.start) and text[a.end : b.start].strip():
            return ca, cb
    return None


def _distinct(codes: list[str]) -> list[str]:
    out: list[str] = []
    for c in codes:
        if c not in out:
            out.append(c)
    return out


# a body or organisation called by its head noun alone, capitalised: "trúng cử vào Hội đồng" after "Hội đồng Nhân quyền"
_HEADS = (
    "Hội đồng",
    "Ủy ban",
    "Uỷ ban",
    "Diễn đàn",
    "Hiệp hội",
    "Liên minh",
    "Tổ chức",
    "Nghị viện",
    "Quỹ",
    "Ngân hàng",
    "Phong trào",  # "Hội nghị Cấp cao ... của Phong trào" after "Phong trào Không liên kết"
)
_HEADS_LOW = tuple(h.lower() for h in _HEADS)
_HEAD = re.compile(r"\b(?:" + "|".join(_HEADS) + r")(?![^\W\d_]| [A-ZĐÀ-Ỹ])")
# a seat in an election or admission whose body is not written after it: "được bầu làm thành viên"
_SEAT = re.compile(
    r"(?:thành|ủy|uỷ) viên(?: (?:chính thức|không thường trực|thường trực|đầy đủ))?(?![^\W\d_])"
)
_SEAT_FIRSTS = ("thành viên", "ủy viên", "uỷ viên")
_TERM = re.compile(r"(?:(?<=trúng cử )|(?<=đắc cử )|(?<=tái cử ))nhiệm kỳ(?![^\W\d_])")
_SEAT_BEFORE = re.compile(r"\b(?:bầu|trúng cử|đắc cử|tái cử|trở thành|kết nạp)(?: làm| vào| là)? $")
_ORGS = ("organisation", "body")
_ADMITS = re.compile(r"\s+(?:(?:đã|sẽ|dự kiến|đồng ý|nhất trí|quyết định|chính thức|vừa)\s+){0,2}kết nạp\b")
_HEAD_REACH = (
    600  # the body it points back to: at most this many characters before, in this or the previous paragraph
)


@lru_cache(maxsize=1024)
def _head_vi(code: str) -> str:
    """The lower-cased Vietnamese name of ``code`` when it starts with a head noun ("hiệp hội các quốc gia ..."),
    else ""."""
    e = gazetteer.entry(code)
    vi = e.vi.lower() if e is not None and e.vi else ""
    return vi if vi.startswith(_ABBR_HEADS) else ""


# the heads an abbreviation's name may be called by ("Tổ chức", "Ủy ban", "Quỹ" are left out: "Tổ chức các hoạt
# động ..." opens many sentences, and a body's head is written with its full name before it)
_ABBR_HEADS = ("hiệp hội", "phong trào", "liên minh", "diễn đàn")
_ABBR_HEADS_CAP = (
    "Hiệp hội",
    "Phong trào",
    "Liên minh",
    "Diễn đàn",
)  # (looked for first: most texts lack them)


def head_mentions(doc: Document, low: str, mentions: list[Mention]) -> list[Mention]:
    """Synthetic mentions (``via="anaphora"``) of the organisation or body a short reference points back to:
    a capitalised head noun alone ("Hội đồng", "Ủy ban") -> the nearest name before it that starts with it
    ("Hội đồng Nhân quyền Liên Hợp Quốc"); a member seat with no body after it ("Việt Nam được bầu làm thành
    viên.") -> the nearest organisation or body named before it in the sentence or the two sentences before."""
    text = doc.text
    out: list[Mention] = []
    starts = [m.start for m in mentions]
    # only a head word some organisation or body named in the document starts with can point back to it
    named = {
        x.start
        for x in mentions
        if x.kind in _ORGS and x.via != "anaphora" and low.startswith(_HEADS_LOW, x.start)
    }
    # an organisation named by its abbreviation whose Vietnamese name starts with the head ("ASEAN": "Hiệp hội
    # các quốc gia Đông Nam Á"): "trở thành thành viên thứ mười của Hiệp hội" after "Hội nghị Cấp cao ASEAN"
    abbr = (
        {
            x.start: v
            for x in mentions
            if x.kind in _ORGS
            and (v := _head_vi(x.code))
            and x.via != "anaphora"
            and x.start not in named
            and text[x.start : x.end].isupper()
        }
        if any(h in text for h in _ABBR_HEADS_CAP)
        else {}
    )
    heads = tuple(
        h
        for h in _HEADS
        if any(low.startswith(h.lower(), i) for i in named)
        or any(v.startswith(h.lower()) for v in abbr.values())
    )
    for m in matches_at(text, _HEAD, heads) if heads else ():
        s, e = m.span()
        k = bisect_left(starts, s)
        if k < len(mentions) and mentions[k].start == s or k > 0 and mentions[k - 1].end > s:
            continue  # the head word of a name
        head = m.group(0).lower()
        while k > 0 and s - mentions[k - 1].end <= _HEAD_REACH:
            x = mentions[k - 1]
            if (
                x.kind in _ORGS
                and x.via != "anaphora"
                and (low.startswith(head, x.start) or abbr.get(x.start, "").startswith(head))
            ):
                out.append(Mention(s, e, x.code, x.kind, "anaphora"))
                break
            k -= 1
    seats = list(matches_at(low, _SEAT, _SEAT_FIRSTS)) if "viên" in low else []
    if "cử nhiệm kỳ" in low:  # "trúng cử nhiệm kỳ 2020 – 2021": the seat of the body named before
        seats = sorted(seats + list(matches_at(low, _TERM, ("nhiệm kỳ",))), key=lambda m: m.start())
    sent_starts = [x.start for x in doc.sentences] if seats else []
    for m in seats:
        s, e = m.start(), m.end()
        admits = _ADMITS.match(low, e) is not None  # "các nước thành viên (dự kiến) kết nạp X": the members
        if not admits and _SEAT_BEFORE.search(low, max(0, s - 25), s) is None:
            continue
        k = bisect_left(starts, e)
        nxt = mentions[k] if k < len(mentions) else None
        if (
            not admits
            and nxt is not None
            and nxt.start - e <= 40
            and not any(c in text[e : nxt.start] for c in ".;:")
        ):
            continue  # "thành viên không thường trực Hội đồng Bảo an": the body is named
        j = bisect_left(sent_starts, s + 1) - 1
        lo = doc.sentences[max(0, j - 2)].start if j >= 0 else 0
        if j >= 0:
            block = doc.sentences[j].block
            while j > 0 and doc.sentences[j - 1].block == block and doc.sentences[j - 1].start >= lo:
                j -= 1
            lo = doc.sentences[j].start
        found = _org_before(mentions, starts, lo, s)
        question = (
            question_before(doc, s) if found is None else None
        )  # an answer: the body its question names
        if question is not None:
            found = _org_before(mentions, starts, *question)
        if found is not None and m.group(0) == "nhiệm kỳ":  # a term is a seat on a body (events_seat)
            found = term_body(low, mentions, starts, found, s)
        if found is not None:
            out.append(
                Mention(
                    s,
                    e,
                    country_of(found.code) if found.via != "anaphora" else found.code,
                    found.kind,
                    "anaphora",
                )
            )
    return out


def _org_before(mentions: list[Mention], starts: list[int], lo: int, hi: int) -> Mention | None:
    """The last organisation or body named in ``[lo, hi)``."""
    for x in reversed(mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]):
        if x.kind in _ORGS and x.end <= hi:
            return x
    return None
