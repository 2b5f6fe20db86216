"""A stance toward a text told before: "Chính phủ X hoan nghênh nghị quyết.", "Y bác bỏ nghị quyết", "Z hoan nghênh
thỏa thuận" (round 39). The welcomed or rejected resolution, agreement or declaration is the one the story told of
earlier ("Hội đồng Bảo an đã thông qua Nghị quyết 2699 ...", "A và B ra tuyên bố chung ..."): its makers, the
subject of that act, are the stance's recipient. Used by :mod:`doingoai.extract.events_unstated` for a support or
a protest with no named target, which it would otherwise drop (the target is something else)."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from doingoai.extract.events_anaphora import country_of
from doingoai.model import Document, by_start

# the bare object right after the verb: a document told of before ("hoan nghênh nghị quyết.", "... thỏa thuận,")
_OBJECT: Final = re.compile(
    r"\s+(?:bản |các |cả )?(?P<noun>nghị quyết|thỏa thuận|thoả thuận|tuyên bố chung)"
    r"(?:\s+(?:này|đó|trên|nói trên|vừa (?:được )?thông qua))?(?=\s*(?:[,.;:]|$|và\b|khi\b|vì\b|cho rằng\b))"
)
# the act that made one: "(đã) (nhất trí) thông qua Nghị quyết 1718", "ra tuyên bố chung", "ký thỏa thuận"
_MADE: Final = re.compile(
    r"(?<![^\W\d_])(?:thông qua|ra|ký|ký kết|đạt(?: được)?)\s+(?:bản |một )?"
    r"(?P<noun>nghị quyết|thỏa thuận|thoả thuận|tuyên bố chung)(?![^\W\d_])"
)
_CLAUSE_EDGE: Final = re.compile(r"[,.;:–()\n]")
_BACK: Final = 2500  # characters back the document is looked for (a news story's lead)
_KINDS: Final = ("country", "organisation", "body", "person")


def object_author(doc: Document, low: str, te: int, s0: int, actors: list[str]) -> list[str]:
    """The makers of the bare document object right after the verb ending at ``te`` (sentence from ``s0``): the
    parties named as the subject of the last act before the sentence that made such a document, not the stance's
    own actors; [] when there is no such object, act or subject. ``low``: the lower-cased text."""
    obj = _OBJECT.match(low, te)
    if obj is None:
        return []
    acts = list(_MADE.finditer(low, max(0, s0 - _BACK), s0))
    if not acts:
        return []
    # the last act that made a document of the object's own sort (round 53: "A và B đã ký thỏa thuận ... C ra tuyên
    # bố chung chúc mừng ... D cũng hoan nghênh thỏa thuận": the agreement's signers, not the declaration's makers)
    noun = _same(obj.group("noun"))
    made = next((m for m in reversed(acts) if _same(m.group("noun")) == noun), acts[-1])
    vs = made.start()
    edge = max((m.end() for m in _CLAUSE_EDGE.finditer(low, max(0, vs - 150), vs)), default=max(0, vs - 150))
    ms = doc.mentions
    found: list[str] = []
    for j in range(bisect_left(ms, edge, key=by_start), bisect_left(ms, vs, key=by_start)):
        m = ms[j]
        if m.kind in _KINDS and m.end <= vs:
            c = country_of(m.code)
            if c not in found and c not in actors:
                found.append(c)
    return found


def _same(noun: str) -> str:
    """The document noun with its two spellings made one ("thoả thuận" is "thỏa thuận")."""
    return noun.replace("thoả", "thỏa")
