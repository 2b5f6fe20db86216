"""The end of an official document: its signature and its list of recipients (closing furniture,
typed ``closing``: never a heading or body text).

* Recipients: "Nơi nhận:" and its items ("- Như trên;", "- Lưu: VT, Vụ TCQT."), with their wrapped
  lines.
* Signature: the signer's capacity ("TL. BỘ TRƯỞNG", "KT. BỘ TRƯỞNG", "TM. BAN BÍ THƯ", "Q. GIÁM
  ĐỐC"), office ("CHÁNH VĂN PHÒNG", "THỨ TRƯỞNG", "TỔNG BÍ THƯ") or the signing body ("BAN TUYÊN
  GIÁO TRUNG ƯƠNG"), "(Đã ký)", the signer's name; a place-and-date line or a seal mark just
  before it.

Both may stand one after the other or side by side (a two-column table flattened to text: columns
set apart by a run of spaces become blocks of their own, and so does a signature line joined by one
space to an item or to "Nơi nhận:", "- Như trên; THỨ TRƯỞNG"; other lines stay whole). They are looked for at the end of a document, and before a document attached
to it (a line "QUY CHẾ", "PHỤ LỤC", ... of its own): the closing starts at a line that opens a list
of recipients or a signature, after a line that ends a block, and nothing but such lines follows it
up to there (an item only after "Nơi nhận").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from doingoai.structure.front_matter import is_author_line
from doingoai.structure.lines import Lines, ends_sentence
from doingoai.structure.preamble import is_marker
from doingoai.structure.preamble_parts import gap_spans, is_decoration, starts_like_issuer

MAX_TAIL = 30  # lines at the end looked at
MAX_LINE = 150  # characters of a closing line
MAX_CAPS = 80

_RECIPIENTS = re.compile(r"^(?:Nơi\s+nhận|NƠI\s+NHẬN)\s*:?")
# the signer's capacity: signing for ("TL.", "TUQ."), in place of ("KT."), on behalf of ("TM."),
# acting ("Q.") someone, then the office in upper case
_CAPACITY = re.compile(
    r"^(?:(?:TL|KT|TM|TUQ|Q|T/M|K/T|T/L|T\.M|K\.T|T\.L)(?:\.\s*|\s+)|"
    r"(?:THỪA\s+LỆNH|THỪA\s+(?:ỦY|UỶ)\s+QUYỀN|THAY\s+MẶT|KÝ\s+THAY)\s+)\S"
)
_OFFICE = re.compile(
    r"^(?:PHÓ\s+|QUYỀN\s+)?(?:BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|CHỦ\s+TỊCH|TỔNG\s+BÍ\s+THƯ|"
    r"BÍ\s+THƯ|THỦ\s+TƯỚNG|VỤ\s+TRƯỞNG|CỤC\s+TRƯỞNG|TỔNG\s+CỤC\s+TRƯỞNG|GIÁM\s+ĐỐC|TỔNG\s+GIÁM\s+ĐỐC|"
    r"TRƯỞNG\s+BAN|CHỦ\s+NHIỆM|TỔNG\s+THƯ\s+KÝ|ĐẠI\s+SỨ|TỔNG\s+LÃNH\s+SỰ|TRƯỞNG\s+ĐOÀN|CHÁNH\s+ÁN|"
    r"VIỆN\s+TRƯỞNG|HIỆU\s+TRƯỞNG|TRƯỞNG\s+PHÒNG|TRƯỞNG\s+ĐẠI\s+DIỆN|NGƯỜI\s+KÝ)(?:\s|$)"
)
_SIGNED = re.compile(
    r"^[(\[]\s*(?:đã\s+ký|ký\s+tên|ký,|ký\s+và|ký\s+ghi|signed)[^)\]]*[)\]]$|^đã\s+ký\.?$", re.I
)
# a document attached after the signature: its kind in upper case on a line of its own
_ATTACHED = ("PHỤ LỤC", "QUY CHẾ", "QUY ĐỊNH", "ĐỀ ÁN", "KẾ HOẠCH", "CHƯƠNG TRÌNH", "HƯỚNG DẪN", "ĐIỀU LỆ")
_ATTACHMENT = re.compile("^(?:" + "|".join(w.replace(" ", r"\s+") for w in _ATTACHED) + r")(?:\s|$)")
_ITEM_STARTS = frozenset("-+•–N")
_OPENERS = ("Nơi", "nơi", "NƠI", "Đã", "đã", "(", "[")  # how a closing starts, unless in upper case
_ITEM_END = re.compile(r"[;:.,]\s+")


def is_office(t: str) -> bool:
    """An upper-case line naming an office or a signer's capacity ("BỘ TRƯỞNG BỘ NGOẠI GIAO",
    "KT. BỘ TRƯỞNG"): also the issuing authority under a decision's title."""
    return (
        len(t) <= MAX_CAPS
        and t.isupper()
        and not ends_sentence(t)
        and (_CAPACITY.match(t) is not None or _OFFICE.match(t) is not None)
    )


def _signer(t: str) -> bool:
    """An office or capacity, or a body signing in its own name ("BAN TUYÊN GIÁO TRUNG ƯƠNG")."""
    return is_office(t) or (len(t) <= MAX_CAPS and not ends_sentence(t) and starts_like_issuer(t))


def _kind(t: str) -> str | None:
    """ "recipients", "sign" (capacity, office, "(Đã ký)"), "caps", "marker", "name", "item" (any
    other short line) or None (too long for a closing line)."""
    if len(t) > MAX_LINE:
        return None
    if t[0] in "NnĐđ([" and (_RECIPIENTS.match(t) or _SIGNED.match(t)):
        return "recipients" if t[0] in "Nn" else "sign"
    if t.isupper():
        if _signer(t):
            return "sign"
        if len(t) <= MAX_CAPS and not ends_sentence(t):
            return "caps"
    if is_marker(t):
        return "marker"
    if is_author_line(t):
        return "name"
    return "item"


def _parts(t: str) -> list[tuple[int, int]]:
    """The columns of a line (runs of two spaces or more between them; or one space after an item
    or "Nơi nhận:" where a signature line starts: "- Như trên; THỨ TRƯỞNG"), or the whole line."""
    if "  " not in t:
        if t[0] in _ITEM_STARTS and len(t) <= MAX_LINE:
            for m in _ITEM_END.finditer(t):
                if _opener_part(t[m.end() :]):
                    return [(0, m.start() + 1), (m.end(), len(t))]
        return [(0, len(t))]
    return gap_spans(t)


def _opener(t: str) -> bool:
    """The line (or one of its columns) opens a list of recipients or a signature."""
    if len(t) > MAX_LINE:
        return False
    if "  " in t:
        return any(_opener_part(t[a:b]) for a, b in _parts(t))
    return _opener_part(t)


def _opener_part(t: str) -> bool:
    if t[0] in "NnĐđ([":
        return (_RECIPIENTS.match(t) or _SIGNED.match(t)) is not None
    return t.isupper() and _signer(t)


def spans(lines: Lines, keep: list[int], lo: int) -> list[tuple[int, int]]:
    """The closings ``(start, end)`` (positions in ``keep``, not before ``lo``): one ending the
    document, and one before each document attached to it ("QUY CHẾ" after the decision that issues
    it, "PHỤ LỤC"). Sorted; empty when the document has none."""
    n = len(keep)
    out: list[tuple[int, int]] = []
    text = lines.text
    # (a signature before an attached document comes with its list of recipients: one search first)
    attached = "Nơi nhận" in text or "NƠI NHẬN" in text
    for a in _attachments(lines, keep, lo) if attached else ():
        k = start(lines, keep, lo, a)
        if k < a:
            out.append((k, a))
            lo = a
    k = start(lines, keep, lo, n)
    if k < n:
        out.append((k, n))
    return out


def _attachments(lines: Lines, keep: list[int], lo: int) -> list[int]:
    """Positions in ``keep`` of lines opening an attached document (one substring search per kind
    over the text first: most documents have none)."""
    text = lines.text
    texts, starts = lines.texts, lines.starts
    out = set()
    for w in _ATTACHED:
        p = text.find(w)
        while p >= 0:
            i = bisect_left(starts, p)
            if i < len(texts) and starts[i] == p and _attachment(texts[i]):
                k = bisect_left(keep, i)
                if lo < k < len(keep) and keep[k] == i:
                    out.add(k)
            p = text.find(w, p + 1)
    return sorted(out)


def _attachment(t: str) -> bool:
    return len(t) <= MAX_CAPS and t.isupper() and not ends_sentence(t) and _ATTACHMENT.match(t) is not None


def start(lines: Lines, keep: list[int], lo: int, end: int | None = None) -> int:
    """The position in ``keep`` (not before ``lo``) where the closing ending at ``end`` (the end of
    the document by default) starts; ``end`` when there is none."""
    n = len(keep) if end is None else end
    texts = lines.texts
    first = max(lo, n - MAX_TAIL)
    tail = [texts[i] for i in keep[first:n]]
    # (a cheap test in the comprehension first: most lines are long or start like none of these)
    cands = [
        k
        for k, t in enumerate(tail, first)
        if len(t) <= MAX_LINE and (t.startswith(_OPENERS) or "  " in t or t.isupper()) and _opener(t)
    ]
    if not cands:
        return n  # (the common case)
    kinds: dict[int, list[str | None]] = {}
    for k in range(cands[0], n):
        t = texts[keep[k]]
        kinds[k] = [_kind(t[a:b]) for a, b in _parts(t)]
    for k in cands:
        if not ({"recipients", "sign"} & set(kinds[k])):
            continue
        t = texts[keep[k]]
        if not (_RECIPIENTS.match(t) or _CAPACITY.match(t) or _opens(lines, keep, k, lo)):
            continue  # (an office or a body's name must start a block; "Nơi nhận", "KT." start one)
        if _accepted(kinds, k, n):
            while k > lo and _opens(lines, keep, k - 1, lo) and _before_signature(texts[keep[k - 1]]):
                k -= 1
            return k
    return n


def _opens(lines: Lines, keep: list[int], k: int, lo: int) -> bool:
    """Line ``keep[k]`` can start a block: after a blank line, a page break or a line ending one."""
    i = keep[k]
    if k == lo or lines.blanks[i] or lines.page[i]:
        return True
    prev = lines.texts[keep[k - 1]]
    return ends_sentence(prev) or prev[-1] in ";:" or prev.isupper()


def _accepted(kinds: dict[int, list[str | None]], k: int, n: int) -> bool:
    """Every line from ``k`` on is a closing line (an item only after "Nơi nhận")."""
    recipients = False
    for j in range(k, n):
        for kind in kinds[j]:
            if kind is None:
                return False
            if kind == "recipients":
                recipients = True
            elif kind == "item" and not recipients:
                return False
    return True


def _before_signature(t: str) -> bool:
    """A place-and-date line or a seal mark standing just before the signature."""
    return len(t) <= MAX_LINE and is_marker(t) and "  " not in t


def blocks(lines: Lines, idx: list[int]) -> list[tuple[list[int], int, int]]:
    """The closing lines ``idx`` as blocks ``(lines, skip, cut)``: a column of a line is a block of
    its own (``skip``/``cut``: where it starts and ends in its line, 0 for the line's ends), a line
    starting in lower case goes on from the one-line block before it; decorations are left out."""
    texts = lines.texts
    out: list[tuple[list[int], int, int]] = []
    for i in idx:
        t = texts[i]
        parts = _parts(t)
        if len(parts) == 1:
            if lines.lower[i] and out and out[-1][2] == 0 and out[-1][0][-1] == i - 1:
                out[-1][0].append(i)
            elif not is_decoration(t):
                out.append(([i], 0, 0))
            continue
        for a, b in parts:
            if not is_decoration(t[a:b]):
                out.append(([i], a, b))
    return out
