"""A state that had ended is no party of a later event (issue 3, session 10): "Tháng 7/2012, hai nước nâng quan
hệ lên Đối tác chiến lược toàn diện" under "QUAN HỆ VIỆT NAM – LIÊN XÔ VÀ LIÊN BANG NGA" is no upgrade with the
Soviet Union, which ended in 1991. A draft dated after the year a historic state ended takes the state's successor
in its place when the text names the successor within reach (the sentence's paragraph, the paragraph before it,
the title or the document's opening: :mod:`events_opening`); else it is not reported. Only a date written for
the event counts: one inferred from the section or the document ("Việt Nam tăng cường hợp tác với Liên Xô." in a
2020 report) is left as it is.

The table: the year each historic state of the gazetteer ended (its last year as a state) and its successor.
Source: Wikidata, "dissolved, abolished or demolished date" (P576) of each state's item: the Soviet Union
Q15180 (26 December 1991; successor in international law the Russian Federation), the German Democratic
Republic Q16957 (3 October 1990, acceded to the Federal Republic), Yugoslavia Q36704 (the Federal Republic of
Yugoslavia, still "Nam Tư", renamed Serbia and Montenegro on 4 February 2003; Serbia its successor), Czechoslovakia
Q33946 (31 December 1992; the Czech Republic continues its memberships), the Republic of Vietnam Q180573
(30 April 1975; no successor: a later act told of it is dropped, never made Vietnam's). :mod:`events_states_then`
keeps the other side (a city's state at the time told, by the last year a place belonged to it).
"""

from __future__ import annotations

from bisect import bisect_right

from doingoai.extract.events_anaphora import country_of
from doingoai.extract.events_merge import Draft
from doingoai.extract.events_opening import title_or_opening
from doingoai.model import Document, by_start

# historic state -> (the last year it existed, its successor)
ENDED: dict[str, tuple[int, str]] = {
    "SUN": (1991, "RUS"),
    "DDR": (1990, "DEU"),
    "YUG": (2003, "SRB"),
    "CSK": (1992, "CZE"),
    "RVN": (1975, ""),  # (the Socialist Republic does not continue the Republic of Vietnam: no successor)
}


def living_parties(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with every historic state of a draft dated (by its own text) after the state's end replaced by
    its successor named within reach, else the draft dropped."""
    if not any(c in ENDED for d in drafts for c in d.actors + d.recipients):
        return drafts  # (most documents: no historic state acts)
    out: list[Draft] = []
    for d in drafts:
        year = int(d.date[:4]) if d.date[:4].isdigit() else 0
        dead = [c for c in (*d.actors, *d.recipients) if c in ENDED and year > ENDED[c][0]]
        if not dead or not d.explicit:  # (a date only inferred, the section's or document's: not the text's)
            out.append(d)
            continue
        named = _named_in_reach(doc, d.sentence, {ENDED[c][1] for c in dead})
        if all(ENDED[c][1] in named for c in dead):
            living = _succeeded(d)
            if living is not None:
                out.append(living)
    return out


def _succeeded(d: Draft) -> Draft | None:
    """``d`` with each historic state replaced by its successor (None when fewer than two parties are left of a
    symmetric event, or no actor)."""
    actors = tuple(dict.fromkeys(ENDED[c][1] if c in ENDED else c for c in d.actors))
    recipients = tuple(dict.fromkeys(ENDED[c][1] if c in ENDED else c for c in d.recipients))
    recipients = tuple(c for c in recipients if c not in actors)
    if not actors or d.kind.symmetric and len(actors) + len(recipients) < 2:
        return None
    return d._replace(actors=actors, recipients=recipients)


def _named_in_reach(doc: Document, sentence: tuple[int, int], wanted: set[str]) -> set[str]:
    """The codes of ``wanted`` named by a mention in the paragraph of ``sentence``, the block before it (up to the
    sentence's end), or the title (else the document's opening)."""
    blocks = doc.blocks
    b = bisect_right(blocks, sentence[0], key=by_start) - 1
    lo = blocks[max(0, b - 1)].start if b >= 0 else sentence[0]
    spans = [(lo, sentence[1])]
    mentions = doc.mentions
    title = title_or_opening(doc, mentions, [m.start for m in mentions], country_of)
    if title is not None:
        spans.append((title.start, title.end))
    return {
        country_of(m.code)
        for m in mentions
        if country_of(m.code) in wanted and any(s0 <= m.start and m.end <= s1 for s0, s1 in spans)
    }
