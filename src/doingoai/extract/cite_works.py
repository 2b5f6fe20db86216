"""The works a document cites (with counts and pages) and their CSL-JSON.

A work is (author, year with its letter, volume): "(ĐCSVN, 1982, tr. 45)" and
"(Đảng Cộng sản Việt Nam, 1982, tr. 123)" are one work cited twice. When the document has a
reference list (blocks of type REFERENCE, or the lines after a "Tài liệu tham khảo" / "References"
heading), the matching entry gives the title, the type and the publisher or journal.
"""

from __future__ import annotations

import re
from typing import Any, Final

from doingoai.extract.cite_names import GROUP_TAIL, SURNAMES
from doingoai.extract.members import members
from doingoai.fold import fold
from doingoai.model import BlockType, Citation, Document

BT = members(BlockType)  # (plain attribute reads: see extract/members.py)

_VOLUME: Final = re.compile(r"(?:^|[\s,])(?:t|tập|vol|q|quyển)\.?\s*(\d+|[IVXLC]+)\b", re.I)
_REF_HEADING: Final = re.compile(
    r"^[ \t]*(?:[IVX\d]+\.\s*)?(?:TÀI LIỆU THAM KHẢO|Tài liệu tham khảo|DANH MỤC TÀI LIỆU THAM KHẢO|"
    r"REFERENCES|References|BIBLIOGRAPHY|Bibliography)[ \t]*:?[ \t]*$",
    re.M,
)
_REF_WORDS: Final = (
    "TÀI LIỆU THAM KHẢO",
    "Tài liệu tham khảo",
    "REFERENCES",
    "References",
    "BIBLIOGRAPHY",
    "Bibliography",
)
_ENTRY_NUM: Final = re.compile(r"^\s*(?:\[\d+\]|\d+[.)])\s*")
_TITLE_END: Final = re.compile(
    r"[,.]\s+(?:Nxb|NXB|Nhà xuất bản|Tạp chí|Journal|In:|Trong:|Hà Nội|H\.|tr\.|pp?\.|số|Vol)|\.\s|$"
)
_JOURNAL: Final = re.compile(r"Tạp chí|Journal|Review|Quarterly|\bsố\s+\d|\bVol\.|\d+\s*\(\d+\)")
_REPORT: Final = re.compile(r"Báo cáo|\bReport\b|Working Paper|Policy Brief", re.I)
_PUBLISHER: Final = re.compile(r"(?:Nxb\.?|NXB\.?|Nhà xuất bản)\s*([^,.]+)")
_CONTAINER: Final = re.compile(r"(Tạp chí [^,.]+|[A-Z][\w ]*Journal[\w ]*)")
_INSTITUTION: Final = re.compile(
    r"^(?:Đảng|Ban|Bộ|Ủy ban|Uỷ ban|Quốc hội|Chính phủ|Văn phòng|Viện|Học viện|Trường|Đại học|Tổng cục|Cục|"
    r"Hội|Liên|Tổ chức|Ngân hàng|Trung tâm|Nhà xuất bản|Tạp chí|Thông tấn|Mặt trận|Tòa|Toà|Sở|Vụ|Quỹ|"
    r"Hiệp hội|Công ty|Tập đoàn|Cơ quan|United|World|International|Ministry|Government|Office|Bank|Institute|"
    r"Center|Centre|Council|Committee|Department|Agency|Organisation|Organization|University)\b"
)
_SURNAMES: Final = SURNAMES | {"Văn"}  # (for splitting a name: "Văn" is no author-finding risk here)
_GROUP: Final = re.compile(
    r"\bet\s+al\b|và\s+(?:cộng\s+sự|nnk|cs\b|các\s+tác\s+giả\s+khác|những\s+người\s+khác)", re.I
)
_VIETNAMESE: Final = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_SPLIT_AUTHORS: Final = re.compile(r"\s*(?:;|&|\band\b|\bvà\b)\s*")


def _suffix_volume(doc: Document, c: Citation) -> tuple[str, str | None]:
    raw = doc.text[c.start : c.end]
    suffix = ""
    if c.year is not None:
        m = re.search(rf"{c.year}([a-z])\b", raw)
        suffix = m.group(1) if m else ""
    vol = _VOLUME.search(raw.split(str(c.year), 1)[-1] if c.year else raw)
    return suffix, vol.group(1) if vol else None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", fold(text))


def cited_works(doc: Document) -> list[dict[str, Any]]:
    """One dict per cited work: id, author, et_al (more authors than named: "et al.", "và cộng sự"), year,
    label ("2015a"), volume, count, pages (in order of use).

    Sorted by count (most cited first), then by first citation.
    """
    works: dict[tuple[str, bool, int | None, str, str | None], dict[str, Any]] = {}
    for c in doc.citations:
        suffix, volume = _suffix_volume(doc, c)
        # a group of authors: "An và cộng sự (2019)" is another work than "An (2019)"
        group = _GROUP.search(doc.text, c.start, c.end) is not None
        key = (c.author, group, c.year, suffix, volume)
        w = works.get(key)
        if w is None:
            label = f"{c.year}{suffix}" if c.year is not None else "n.d."
            wid = (
                f"{_slug(c.author)[:40]}{'etal' if group else ''}{label if c.year is not None else 'nd'}"
                + (f"v{volume}" if volume else "")
            )
            w = works[key] = {
                "id": wid,
                "author": c.author,
                "et_al": group,
                "year": c.year,
                "label": label,
                "volume": volume,
                "count": 0,
                "pages": [],
                "first": c.start,
            }
        w["count"] += 1
        if c.pages and c.pages not in w["pages"]:
            w["pages"].append(c.pages)
    out = sorted(works.values(), key=lambda w: (-w["count"], w["first"]))
    seen: dict[str, int] = {}
    for w in out:
        del w["first"]
        n = seen[w["id"]] = seen.get(w["id"], 0) + 1
        if n > 1:  # two authors with the same ASCII form
            w["id"] += f"-{n}"
    return out


def reference_spans(doc: Document, tail_only: bool = True) -> list[tuple[int, int]]:
    """Where the reference list is: its REFERENCE blocks, else from the last "Tài liệu tham khảo" /
    "References" heading to the end ([] when there is none). ``tail_only``: a heading in the first
    half of the text (a table of contents, a short note) does not count."""
    spans = [(b.start, b.end) for b in doc.blocks if b.type is BT.REFERENCE]
    if spans:
        return spans
    m = None
    start = len(doc.text) // 2 if tail_only else 0
    if not any(doc.text.find(w, start) >= 0 for w in _REF_WORDS):
        return []  # every heading holds one of these words
    for m in _REF_HEADING.finditer(doc.text, start):  # noqa: B007 - the last one
        pass
    return [(m.start(), len(doc.text))] if m else []


def reference_entries(doc: Document) -> list[str]:
    """The entries of the document's reference list ([] when it has none)."""
    refs = [doc.text[s:e] for s, e in reference_spans(doc, tail_only=False)]
    if len(refs) == 1 and _REF_HEADING.match(refs[0]):  # heading then one entry a line
        refs = refs[0].split("\n")[1:]
    lines = (_ENTRY_NUM.sub("", r).strip() for r in refs)
    return [line for line in lines if len(line) > 10]


def _entry_for(work: dict[str, Any], entries: list[str], aliases: dict[str, str]) -> str | None:
    names = {work["author"]} | {a for a, full in aliases.items() if full == work["author"]}
    label = work["label"] if work["year"] is not None else None
    for e in entries:
        if any(e.startswith(n) for n in names) and (label is None or re.search(rf"\b{label}\b", e)):
            return e
    return None


def _person(name: str) -> dict[str, str]:
    name = name.strip(" ,")
    if "," in name:  # "Smith, J." / "Nguyễn, V. A."
        family, given = (p.strip() for p in name.split(",", 1))
        return {"family": family, "given": given} if given else {"family": family}
    parts = name.split()
    if len(parts) == 1:
        return {"family": parts[0]}
    if parts[0] in _SURNAMES or _VIETNAMESE.search(name) or parts[-1].endswith("."):
        return {"family": parts[0], "given": " ".join(parts[1:])}  # Vietnamese order: family name first
    return {"family": parts[-1], "given": " ".join(parts[:-1])}


def is_institution(name: str) -> bool:
    words = name.split()
    return (
        bool(_INSTITUTION.match(name))
        or len(words) > 5
        or any(w[0].islower() for w in words if w[0].isalpha())
    )


def csl_authors(author: str) -> list[dict[str, str]]:
    """CSL names: {"literal": ...} for institutions, {"family", "given"} for persons."""
    core = GROUP_TAIL.sub("", author).strip()
    if _INSTITUTION.match(core):
        return [{"literal": core}]
    names: list[str] = []
    for part in _SPLIT_AUTHORS.split(core):
        pieces = [p.strip() for p in part.split(",")]
        # "Nguyễn Văn An, Trần Bình" lists persons; "Smith, J." is one name written family first
        names.extend(
            pieces if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces) else [part.strip()]
        )
    return [{"literal": n} if is_institution(n) else _person(n) for n in names if n]


def _csl_type(entry: str | None) -> str:
    if entry and _JOURNAL.search(entry):
        return "article-journal"
    if entry and _REPORT.search(entry):
        return "report"
    return "book"


def csl_json(doc: Document) -> list[dict[str, Any]]:
    """CSL-JSON items, one per cited work, with the pages cited in ``note``."""
    entries = reference_entries(doc)
    aliases = doc.meta.get("aliases", {})
    items = []
    for w in cited_works(doc):
        entry = _entry_for(w, entries, aliases) if entries else None
        item: dict[str, Any] = {"id": w["id"], "type": _csl_type(entry), "author": csl_authors(w["author"])}
        if w["year"] is not None:
            item["issued"] = {"date-parts": [[w["year"]]]}
        if w["label"] != str(w["year"]) and w["year"] is not None:
            item["year-suffix"] = w["label"][-1]
        if w["volume"]:
            item["volume"] = w["volume"]
        if entry:
            _from_entry(item, entry, w["label"])
        note = f"cited {w['count']} time{'s' if w['count'] != 1 else ''}"
        if w["et_al"]:
            note += "; more authors than named (et al.)"
        if w["pages"]:
            note += "; pages " + ", ".join(sorted(w["pages"], key=_first_number))
        item["note"] = note
        items.append(item)
    return items


def _first_number(pages: str) -> tuple[int, str]:
    m = re.match(r"\d+", pages)
    return (int(m.group(0)) if m else 0, pages)


def _from_entry(item: dict[str, Any], entry: str, label: str) -> None:
    after = re.split(rf"\b{re.escape(label)}\b\)?[.,:]?\s*", entry, maxsplit=1)
    if len(after) == 2 and after[1]:
        title = after[1][: _TITLE_END.search(after[1]).start()].strip(" “”\"'.,")  # type: ignore[union-attr]
        if title:
            item["title"] = title
    if m := _PUBLISHER.search(entry):
        item["publisher"] = m.group(1).strip()
    if item["type"] == "article-journal" and (m := _CONTAINER.search(entry)):
        item["container-title"] = m.group(1).strip()
