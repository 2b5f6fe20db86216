"""Phrases around an agreement's name that tell its signing, its parties or its date (issue 3; see
docs/decisions.md, "Construction grid, eleventh round"):

* a participle after an agreement's name: "Hiệp định EVFTA, ký ngày 30/6/2019", and after two coordinated names,
  "EVFTA và EVIPA, ký ngày 30/6/2019" (one signing each: :func:`other_signings`, :data:`MORE`);
* an organisation named before the agreement is what is joined ("tham gia Ủy ban ... thi hành Hiệp định Pa-ri");
* a support that backs an agreement's negotiation ("ủng hộ việc sớm kết thúc đàm phán Hiệp định ...");
* the date a treaty or joint statement gives itself in its closing lines ("Làm tại Hà Nội, ngày ...").

Called by :mod:`doingoai.extract.events_signing` (``participle_agreements``, ``joined_before_agreement``),
:mod:`doingoai.extract.events_draft` and :mod:`doingoai.extract.events` (``other_signings``, ``MORE``),
:mod:`doingoai.extract.events_sides` (``backed_act``), :mod:`doingoai.extract.events_parties`
(``backed_parties``), :mod:`doingoai.extract.events_context` and :mod:`doingoai.extract.events_news`
(``done_at_date``).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract import gazetteer
from doingoai.extract.triggers import AGREEMENT_NAME
from doingoai.model import Document

# between an agreement's name and its participle: "(EVFTA), ký", "), được ký"
_PARTICIPLE_TAIL: Final = re.compile(
    r"\)?\s*(?:\([^()]{1,20}\)\s*)?[,(]\s*(?:(?:đã|được|cùng)\s+)?"
)  # (or "(ký năm ...)")
_AND: Final = re.compile(
    r"\)?\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|,?\s*và\s+)"
)  # "EVFTA (...) và Hiệp định ..."
_ABBR: Final = re.compile(r"\s*\(([A-Z][A-Za-z0-9+-]{1,12})\)")
_STATE_KINDS: Final = ("country", "organisation")


def participle_agreements(ctx, index, c0: int, ts: int) -> list[tuple[str, tuple[str, ...]]]:
    """The agreements a participial signing ("Hiệp định EVFTA, ký ngày ...") is about, last named first:
    (code, parties) each; a capitalised agreement name not in the gazetteer ("Hiệp định Đối tác ... Việt Nam –
    EU (PCA), ký năm 2012") gives its abbreviation (or "") and the states named in it. [] when the trigger
    is no participle of a name."""
    text = ctx.doc.text
    found = ctx.agreements_between(c0, ts)
    out: list[tuple[str, tuple[str, ...]]] = []
    end = ts
    tail = _PARTICIPLE_TAIL
    for m in reversed(found):
        if out and m.code == out[-1][0] and m.end <= end:  # (the name and its abbreviation: one agreement)
            end = m.start
            continue
        if m.end > end or not tail.fullmatch(text, m.end, end):
            if out and m.end <= end:
                break
            continue
        e = gazetteer.entry(m.code)
        out.append((m.code, tuple(e.attr("parties") or ()) if e else ()))
        end, tail = m.start, _AND
    if out:
        return [(c, p or (c,)) for c, p in out]
    if ts - c0 > 300 or text.rfind(",", c0, ts) < 0:
        return []
    names = [n for n in AGREEMENT_NAME.finditer(text, c0, ts)]
    if not names:
        return []
    n = names[-1]
    comma = text.rfind(",", n.end(), ts)
    if comma < 0 or not _PARTICIPLE_TAIL.fullmatch(text, text.rfind(")", n.end(), comma) + 1 or comma, ts):
        return []
    if text.find(",", n.end(), comma) >= 0 or text.find(";", n.end(), comma) >= 0:
        return []
    states = []
    for m in index.mentions:
        if n.end() <= m.start and m.end <= comma and m.kind in _STATE_KINDS and m.code not in states:
            states.append(m.code)
    if len(states) < 2:
        return []
    abbr = _ABBR.search(text, n.end(), comma + 1)
    return [(abbr.group(1) if abbr else "", tuple(states))]


# (round 108) a reduced passive: the name, its bracketed abbreviation, then the bare verb and the date or place of the
# signing ("Hiệp định Đối tác kinh tế toàn diện Việt Nam – UAE (CEPA) ký ngày 28/10/2024"), no comma, no "được"
_REDUCED_TAIL: Final = re.compile(r"\)?\s*(?:\([^()]{1,20}\)\s*)?")
_DASH: Final = re.compile(r"\s*[–-]\s*")
# the bare verb as written (the school-book "kí" too, read as "ký" by textscan.lower_same_length: review 17)
_BARE_SIGN: Final = frozenset(("ký", "ký kết", "kí", "kí kết"))
_SIGNED_WHEN: Final = re.compile(r"\s+(?:(?:vào\s+)?(?:ngày|tháng|năm)\s+\d|tại\s+\w)")


def reduced_agreements(ctx, index, c0: int, ts: int, te: int) -> list[tuple[str, tuple[str, ...]]]:
    """The agreement a bare "ký ngày ..." / "ký tại ..." right after its name is about, as for a participle (code,
    parties): only an agreement whose parties are told, by the gazetteer (two or more) or by the states its
    own name holds ("... Việt Nam – UAE (CEPA)"); [] otherwise (no party to give: "Hiệp định Algiers ký ngày ...")."""
    text = ctx.doc.text
    if text[ts:te].lower() not in _BARE_SIGN or not _SIGNED_WHEN.match(text, te):
        return []
    for m in reversed(ctx.agreements_between(c0, ts)):
        if m.end <= ts and _REDUCED_TAIL.fullmatch(text, m.end, ts):
            e = gazetteer.entry(m.code)
            parties = tuple(e.attr("parties") or ()) if e else ()
            return [(m.code, parties)] if len(parties) >= 2 else []
        break
    names = [n for n in AGREEMENT_NAME.finditer(text, max(c0, ts - 200), ts)]
    if not names:
        return []
    n = names[-1]
    close = text.rfind(")", n.end(), ts)
    end = text.rfind("(", n.end(), ts) if close >= 0 else ts
    if (
        end < 0
        or not _REDUCED_TAIL.fullmatch(text, end, ts)
        or any(c in text[n.end() : end] for c in ",;:()")
    ):
        return []
    ms = [m for m in index.mentions if n.end() <= m.start and m.end <= end and m.kind in _STATE_KINDS]
    # the name ends on its pair "A – B" (nothing after it but the abbreviation): not "... do A và B ký tại ..."
    if len(ms) != 2 or ms[0].code == ms[1].code or text[ms[1].end : end].strip():
        return []
    if not _DASH.fullmatch(text, ms[0].end, ms[1].start):
        return []
    states = [ms[0].code, ms[1].code]
    abbr = _ABBR.search(text, n.end(), ts)
    return [(abbr.group(1) if abbr else "", tuple(states))]


MORE: Final = "participle signings"  # ctx.cache key: the further drafts find_events adds


def other_signings(d, signed: list[tuple[str, tuple[str, ...]]], vnm: str) -> list:
    """One more signing per further agreement of "EVFTA và EVIPA, ký ngày ...", with its own parties."""
    out = []
    attrs = {k: v for k, v in d.attrs if k != "agreement"}
    for code, parties in signed:
        actors = [c for c in parties if c != code] or [vnm]
        recips = [c for c in parties if c not in actors]
        items = dict(attrs, agreement=code) if code else attrs
        out.append(
            d._replace(actors=tuple(actors), recipients=tuple(recips), attrs=tuple(sorted(items.items())))
        )
    return out


_DONE_AT: Final = re.compile(
    r"\s*Làm (?:tại|ở|ngày|năm)\b"
)  # a treaty's or joint statement's closing formula


# (round 129) a joint statement's or communiqué's closing line of place and date alone, "Hà Nội, ngày 17 tháng 3
# năm 2026", as "Làm tại ..." is (only under such a title: a letter's or speech's closing date is when it was written)
_PLACE_DAY_ALONE: Final = re.compile(
    r"\s*[A-ZĐÂĂÊÔƠƯ][^\W\d_]*(?:(?: [A-ZĐÂĂÊÔƠƯ]|-)[^\W\d_]*){0,5},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$"
)
_JOINT_TITLE: Final = re.compile(r"\b(?:TUYÊN BỐ CHUNG|THÔNG CÁO CHUNG)\b", re.IGNORECASE)


def _closing_line(doc: Document, start: int, end: int) -> bool:
    """Is the block a closing formula: "Làm tại ...", or a place-and-date line alone in a joint statement?"""
    if _DONE_AT.match(doc.text, start):
        return True
    return (
        _PLACE_DAY_ALONE.match(doc.text[start:end]) is not None
        and _JOINT_TITLE.search(doc.title or doc.text[:200]) is not None
    )


def done_at_date(doc: Document) -> str:
    """ "Làm tại Hà Nội, ngày 12 tháng 10 năm 2013" / "Làm năm 2013, thành hai bản ...": the date a joint statement
    or treaty gives itself in its closing lines (one of its last three blocks), else "". Also a joint statement's
    closing line of place and date alone ("Hà Nội, ngày 17 tháng 3 năm 2026")."""
    for b in doc.blocks[-3:]:
        if _closing_line(doc, b.start, b.end):
            for d in doc.dates:
                if b.start <= d.start < min(b.end, b.start + 80):
                    return d.value
    return ""


# "ủng hộ việc sớm kết thúc đàm phán Hiệp định ...": the act backed is the support's object, not an act told
_BACKED: Final = re.compile(
    r"(?:ủng hộ|hoan nghênh|tán thành)(?: mạnh mẽ| tích cực)? (?:việc|tiến trình|nỗ lực|các nỗ lực)"
    r"(?: (?:sớm|nhanh chóng|tiến tới|kết thúc|hoàn tất|hoàn thành|khởi động|thúc đẩy|nối lại|tái khởi động))*\s*$"
)


def backed_act(text: str, prev: int, ts: int) -> bool:
    """Does the trigger at ``ts`` only name what the support at ``prev`` backs ("ủng hộ việc sớm kết thúc đàm
    phán ...")?"""
    return ts - prev <= 80 and _BACKED.match(text, prev, ts) is not None


def backed_parties(ctx, text: str, te: int, c1: int) -> list[str]:
    """The parties of the agreement named in what a support backs ("ủng hộ việc sớm kết thúc đàm phán Hiệp định
    Thương mại tự do Việt Nam – EU" -> VNM, EU), or []."""
    if not re.match(r"(?: mạnh mẽ| tích cực)? (?:việc|tiến trình|nỗ lực|các nỗ lực)\b", text[te : te + 30]):
        return []
    for m in ctx.agreements_between(te, min(c1, te + 120)):
        e = gazetteer.entry(m.code)
        parties = list(e.attr("parties") or ()) if e else []
        if parties:
            return parties
    return []


def joined_before_agreement(ctx, index, te: int, agreement_start: int) -> bool:
    """ "tham gia Ủy ban ... (ICCS) thi hành Hiệp định Pa-ri": an organisation named before the agreement is what is
    joined (the agreement is what the body carries out; its parties are none of the joining)."""
    return any(m.kind in ("organisation", "body") for m in index.between(te, agreement_start))
