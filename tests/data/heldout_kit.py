"""What the held-out set builders (tests/data/heldout*/build_heldout*.py) share: the word wrap the
rendered layouts use, the gold structure file written from a document's blocks, and the loop that
renders every document and writes it with its gold. Each builder keeps its own documents, layouts
and gold check."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap."""
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(cur)
    return lines


def word_text(doc: dict, width: int | None, tail: Iterable[str] = (), newline: str = "\r\n") -> str:
    """Word "save as text" with a blank line after every line: the issuer lines ``doc["head"]``, the
    title lines, every block but the title wrapped at ``width`` columns as on the page (cut
    mid-sentence; ``None``: one paragraph a line), then ``tail`` (a signature); ``newline`` ends a line."""
    out: list[str] = [*doc["head"], *doc["title_lines"]]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], width) if width else [b[1]]
    out += tail
    return "".join(ln + newline + newline for ln in out)


def official_text(doc: dict, width: int, tail: Iterable[str], blank_between: bool = True) -> str:
    """An official document as text: the issuer/motto lines ``doc["head"]``, the title lines centred at
    ``width`` columns, every block but the title wrapped at ``width`` (a blank line after each, unless
    ``blank_between`` is off), then ``tail`` (signature, "Nơi nhận") as given."""
    out = [*doc["head"], ""]
    out += [f"{ln:^{width}}".rstrip() for ln in doc["title_lines"]] + [""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], width) + ([""] if blank_between else [])
    out += tail
    return "\n".join(out) + "\n"


def plan_text(
    doc: dict,
    width: int,
    recipients: list[str],
    signature: list[str],
    columns: Iterable[int] = (48, 48, 51),
) -> str:
    """A plan (or any official document) as text by :func:`official_text`, ending with the two-column block:
    the "Nơi nhận" lines ``recipients`` at the left, the signature lines ``signature`` beside them, the i-th
    starting at column ``columns[i]`` (an empty one leaves its line to the recipient alone; the usual "KT. BỘ
    TRƯỞNG" / "THỨ TRƯỞNG" / "(đã ký)" sits at 48, 48 and 51)."""
    cols = list(columns)
    tail = [
        f"{left:<{cols[i]}}{signature[i]}".rstrip() if i < len(signature) and signature[i] else left
        for i, left in enumerate(recipients)
    ]
    return official_text(doc, width, tail)


def report_word(
    doc: dict, signature: Iterable[str] = ("GIÁM ĐỐC", "(Đã ký và đóng dấu)"), width: int = 72
) -> str:
    """An office's report saved from Word as text by :func:`word_text`: CRLF line ends, the issuer and title
    lines, the lines wrapped at ``width`` columns as on the page (cut mid-sentence; usually 72), every line
    followed by an empty line, then the signature lines ``signature`` (the usual "GIÁM ĐỐC" / "(Đã ký và đóng
    dấu)")."""
    return word_text(doc, width, signature)


def ministry_plan(
    doc: dict,
    signature: Iterable[str] = ("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"),
    recipients: Iterable[str] = ("- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."),
    columns: Iterable[int] = (48, 48, 51),
    width: int = 76,
) -> str:
    """A ministry plan by :func:`plan_text`: the two-column issuer/motto block, the centred title lines, body at
    ``width`` columns (usually 76) with a blank line between blocks, then "Nơi nhận:" and the ``recipients``
    lines at the left with the signature lines ``signature`` beside them, the i-th from column ``columns[i]``
    (usually 48, 48 and 51; a four-line signature such as "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ
    TỊCH" / "(đã ký)" needs four; an empty line leaves its line to the recipient alone; the usual "KT. BỘ
    TRƯỞNG" / "THỨ TRƯỞNG" / "(đã ký)" beside "- Bộ Ngoại giao (để phối hợp);" and "- Lưu: VT, HTQT.")."""
    return plan_text(doc, width, ["Nơi nhận:", *recipients], list(signature), columns)


NEWS_HEAD = '<title>{title} | {section}</title>\n<meta property="article:published_time" content="{date}T{time}:00+07:00">\n'
NEWS_TOP = (
    '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li>{menu}</ul></nav>\n'
    '<article class="detail">\n<h1>{title}</h1>\n<div class="date">{stamp}</div>\n'
)
NEWS_BOTTOM = (
    '<ul class="tags">{tags}</ul>\n'
    "</article>\n<footer>© Thông tấn xã Việt Nam. Ghi rõ nguồn khi phát hành lại.</footer>\n"
)


def news_page(
    doc: dict,
    section: str = "",
    time: str = "",
    menu: Iterable[tuple[str, str]] = (),
    tags: Iterable[tuple[str, str]] = (),
    *,
    head: str = NEWS_HEAD,
    top: str = NEWS_TOP,
    lead: str = '<p class="sapo"><b>{}</b></p>',
    heading: str = '<h3 class="subtitle">{}</h3>',
    bottom: str = NEWS_BOTTOM,
) -> str:
    """A news page whose first block is the title and second the lead (with its dateline): the HTML
    preamble, ``head`` (in <head>), ``top`` (menus, the article's opening, <h1>, the date line), the lead in
    ``lead``, the other blocks as ``heading`` subheads and <p> paragraphs one a line, then ``bottom`` (tags,
    the article's end, the footer). The templates' fields: {title}, {date}, {stamp} (``doc``'s), {section}
    and {time} (as given), {menu} and {tags} (``menu``/``tags`` (href, label) pairs as <li><a> items).
    The defaults are the agency's detail page: "<title>title | section", article:published_time, a
    "Trang chủ" nav menu, <article class="detail">, <p class="sapo"><b>, <h3 class="subtitle">, a tag
    list and the TTXVN footer."""
    blocks = doc["blocks"]

    def items(links: Iterable[tuple[str, str]]) -> str:
        return "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in links)

    fields = {
        "title": blocks[0][1],
        "date": doc["date"],
        "stamp": doc["stamp"],
        "section": section,
        "time": time,
        "menu": items(menu),
        "tags": items(tags),
    }
    body = [heading.format(b[1]) if b[0] == "heading" else f"<p>{b[1]}</p>" for b in blocks[2:]]
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        + head.format(**fields)
        + "</head>\n<body>\n"
        + top.format(**fields)
        + lead.format(blocks[1][1])
        + "\n"
        + "\n".join(body)
        + "\n"
        + bottom.format(**fields)
        + "</body>\n</html>\n"
    )


def norm(s: str) -> str:
    """Whitespace collapsed, for comparing gold strings with block texts."""
    return " ".join(s.split())


def gold_structure(doc: dict, name: str, removed: list[str], upper_title_shapes: Iterable[str] = ()) -> dict:
    """The gold structure of a document: its blocks (with heading levels and abstract/keyword languages)
    and the lines layout repair must remove. A title printed in capitals in ``upper_title_shapes``."""
    blocks = []
    for b in doc["blocks"]:
        text = b[1].upper() if b[0] == "title" and doc["shape"] in upper_title_shapes else b[1]
        d = {"type": b[0], "text": text}
        if b[0] == "heading":
            d["level"] = b[2]
        elif b[0] in ("abstract", "keywords"):
            d["lang"] = b[2]
        blocks.append(d)
    return {"doc": name, "removed_lines": removed, "blocks": blocks}


def build(
    here: Path,
    docs: list[dict],
    render: dict[str, Callable],
    html_shapes: Iterable[str] = ("news",),
    upper_title_shapes: Iterable[str] = (),
    removing_shapes: Iterable[str] = ("journal",),
    extensions: dict[str, str] | None = None,
) -> dict[str, tuple[str, list[str]]]:
    """Render every document (``render`` maps a shape to its layout; the ``removing_shapes`` layouts return the
    text and the lines layout repair must remove) and write it, line ends as rendered, with its gold structure
    file; the file is named .html for ``html_shapes``, by ``extensions`` (shape -> "srt", …) for others, else .txt. Returns each document's text and removed lines by id."""
    done = {}
    for doc in docs:
        shape = doc["shape"]
        text, removed = render[shape](doc) if shape in removing_shapes else (render[shape](doc), [])
        ext = "html" if shape in html_shapes else (extensions or {}).get(shape, "txt")
        name = f"{doc['id']}_{shape}.{ext}"
        with open(here / name, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        gold = gold_structure(doc, name, removed, upper_title_shapes)
        (here / "gold" / f"structure.{doc['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        done[doc["id"]] = (text, removed)
    return done


def build_and_check(
    here: Path,
    docs: list[dict],
    render: dict[str, Callable],
    *,
    prefix: str,
    rendered: bool = False,
    split_shapes: Iterable[str] = ("journal",),
    **build_options,
) -> int:
    """A builder's whole run: write every document and its gold structure (:func:`build`), then, with ``--check``
    on the command line, check the gold against them (:func:`check_gold`); the exit status."""
    build(here, docs, render, **build_options)
    if "--check" in sys.argv[1:]:
        return check_gold(here, docs, prefix, rendered=rendered, split_shapes=split_shapes)
    return 0


def entry_text(doc: dict) -> str:
    """An encyclopedia entry copied as text: the title, sub-headings, one paragraph a line, blank lines between
    blocks."""
    return "\n\n".join(b[1] for b in doc["blocks"]) + "\n"


def check_gold(
    here: Path,
    docs: list[dict],
    prefix: str,
    rendered: bool = False,
    split_shapes: Iterable[str] = ("journal",),
) -> int:
    """Every gold evidence / question evidence / citation raw and quote must occur in a gold block of
    its document (whitespace-normalised), every line of the gold files must be valid JSON, and no
    removed line (page numbers, running header) may occur inside a gold block.
    With ``rendered``, also 3-4 questions per document and every gold block (but the title) written in its
    rendered file (whitespace-normalised; a block of the ``split_shapes`` (the journal's, split by the page
    break; subtitles', run across cues) need only have its words in order, a Word table's tabs are spaces)."""
    texts = {d["id"]: [norm(b[1]) for b in d["blocks"]] for d in docs}
    bad = 0

    def seen(doc: str, s: str) -> bool:
        return any(norm(s) in t for t in texts[doc])

    gold = here / "gold"
    for line in (gold / "events.probe.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        e = json.loads(line)
        for k in ("doc", "kind", "actors", "recipients", "date", "status", "evidence"):
            if k not in e:
                print(f"event missing {k}: {line[:80]}")
                bad += 1
        for ev in e["evidence"]:
            if not seen(e["doc"], ev):
                print(f"[{e['doc']}] evidence not found: {ev}")
                bad += 1
    for line in (gold / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        if not seen(q["doc"], q["evidence"]):
            print(f"[{q['doc']}] question evidence not found: {q['evidence']}")
            bad += 1
        hits = [a in norm(q["evidence"]) for a in q["answers"]]
        if not (all(hits) if q.get("all") else any(hits)):
            print(f"[{q['doc']}] answer not in its evidence: {q['q']}")
            bad += 1
    for d in docs:
        c = json.loads((gold / f"citations.{d['id']}.json").read_text(encoding="utf-8"))
        for cit in c["citations"]:
            for k in ("raw", "quote"):
                if cit[k] and not seen(d["id"], cit[k]):
                    print(f"[{d['id']}] citation {k} not found: {cit[k]}")
                    bad += 1
        s = json.loads((gold / f"structure.{d['id']}.json").read_text(encoding="utf-8"))
        for ln in s["removed_lines"]:
            if any(ln in b["text"] for b in s["blocks"]):
                print(f"[{d['id']}] removed line {ln!r} occurs in a gold block")
                bad += 1
    if rendered:
        bad += _check_rendered(here, docs, split_shapes)
    for p in sorted(here.glob(f"{prefix}?_*.*")):
        if p.suffix != ".py":
            n = p.stat().st_size
            flag = "" if 1200 <= n <= 2500 else "  (outside 1.2-2.5 KB)"
            print(f"{p.name}: {n} bytes{flag}")
    print("gold check:", "ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


def _check_rendered(here: Path, docs: list[dict], split_shapes: Iterable[str] = ("journal",)) -> int:
    """3-4 questions per document; every gold block but the title occurs in the rendered file."""
    bad = 0
    nq: dict[str, int] = {}
    for line in (here / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)["doc"]
            nq[d] = nq.get(d, 0) + 1
    for d in docs:
        if not 3 <= nq.get(d["id"], 0) <= 4:
            print(f"[{d['id']}] {nq.get(d['id'], 0)} questions (3-4 wanted)")
            bad += 1
        s = json.loads((here / "gold" / f"structure.{d['id']}.json").read_text(encoding="utf-8"))
        flat = norm((here / s["doc"]).read_text(encoding="utf-8").replace("\f", " "))
        # a journal word hyphenated at a line end ("Bam-" / "bang") is one word in its gold block
        joined = norm(
            re.sub(r"(\w)-\n(\w)", r"\1\2", (here / s["doc"]).read_text(encoding="utf-8")).replace("\f", " ")
        )
        if d["shape"] == "word":
            flat = flat.replace("\t", " ")
        if s["doc"].endswith(".html"):  # an HTML table row (gold: its cells joined by tabs)
            flat = re.sub(r"\s*</t[dh]>\s*<t[dh][^>]*>\s*", " ", flat)
        for b in s["blocks"]:
            split = d["shape"] in split_shapes and (
                _words_in_order(b["text"], flat) or _words_in_order(b["text"], joined)
            )
            if b["type"] != "title" and norm(b["text"]) not in flat and not split:
                print(f"[{d['id']}] gold block not in the file: {b['text'][:60]}")
                bad += 1
    return bad


def _words_in_order(text: str, flat: str) -> bool:
    """A block the page break splits: its words occur in order in the file (a footnote, a footer between)."""
    pos = 0
    for w in norm(text).split(" "):
        pos = flat.find(w, pos)
        if pos < 0:
            return False
        pos += len(w)
    return True


def front_matter_lines(kind: str, text: str, title: int, label: int) -> list[str] | None:
    """A journal's front matter as its PDF text layer sets it: the title wrapped at ``title`` columns and a
    blank line, the author, the affiliation and a blank line, "Tóm tắt:" / "Từ khóa:" wrapped at ``label``
    (a blank line after the keywords); None for a body block (each builder lays out its own body)."""
    if kind == "title":
        return wrap(text, title) + [""]
    if kind == "author":
        return [text]
    if kind == "affiliation":
        return [text, ""]
    if kind in ("abstract", "keywords"):
        prefix = "Tóm tắt: " if kind == "abstract" else "Từ khóa: "
        return wrap(prefix + text, label) + ([""] if kind == "keywords" else [])
    return None


def paged_body(
    doc: dict,
    title: int,
    label: int,
    body: int,
    page_break: Callable[[int], list[str]],
    blank_after_heading: bool = True,
) -> tuple[list[str], int]:
    """A journal's PDF text layer, its page furniture left to the caller: front matter by
    :func:`front_matter_lines`, headings as they are (a blank line after them if ``blank_after_heading``),
    paragraphs wrapped at ``body`` columns with a blank line after each; after ``doc["break_after"]`` body
    lines (inside a paragraph, mid-sentence) the lines ``page_break(page)`` gives for the page ending there.
    Returns the lines and the last page's number (``doc["first_page"]`` plus one per break)."""
    page = doc["first_page"]
    out: list[str] = []
    count = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, title, label)) is not None:
            out += front
        elif kind == "heading":
            out += [text, ""] if blank_after_heading else [text]
        else:
            lines = wrap(text, body)
            for i, ln in enumerate(lines):
                out.append(ln)
                count += 1
                if count == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    out += page_break(page)
                    page += 1
            out.append("")
    return out, page


def paged_journal(
    doc: dict, title: int, label: int, body: int, indent: int = 0, blank_after_heading: bool = True
) -> tuple[str, list[str]]:
    """A PDF text layer with no header on its first page: title wrapped at ``title`` columns, "Tóm tắt:"/
    "Từ khóa:" at ``label``, body at ``body``; after ``doc["break_after"]`` body lines (inside a
    paragraph, mid-sentence) the page number (``indent`` spaces before it) at the page's foot, a form
    feed and the running header ``doc["header"]``; the last page ends with its number. Returns the text
    and the lines layout repair must remove."""
    head, page = doc["header"], doc["first_page"]
    out: list[str] = []
    removed: list[str] = [head]
    count = 0
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if (front := front_matter_lines(kind, text, title, label)) is not None:
            out += front
        else:
            lines = wrap(text, body)
            for i, ln in enumerate(lines):
                out.append(ln)
                count += 1
                if count == doc["break_after"]:
                    if not 0 < i < len(lines) - 1 or ln.endswith("."):
                        raise ValueError("the page break must fall inside a sentence")
                    out += ["", " " * indent + str(page), "\f" + head, ""]
                    removed.append(str(page))
                    page += 1
            if kind == "heading" and not blank_after_heading:
                continue
            out.append("")
    out += [" " * indent + str(page)]
    removed.append(str(page))
    return "\n".join(out) + "\n", removed


def headed_journal(
    doc: dict,
    title: int = 50,
    label: int = 74,
    body: int = 74,
    page_label: str = "[{}]",
    align: str = ">",
) -> tuple[str, list[str]]:
    """A journal article's PDF text layer with the running header ``doc["header"]`` on top of every page, the
    first too: front matter by :func:`front_matter_lines` (title at ``title`` columns, labels at ``label``), body
    at ``body`` columns with a blank line after headings; after ``doc["break_after"]`` body lines (mid-sentence)
    the page's foot line, a form feed and the header; the last page ends with its foot line. The foot line is
    ``page_label`` with the page number (default "[N]"; "- {} -", "Trang {}", "{}" ...) aligned at ``body``
    columns by ``align`` (">" flush right, "^" centred, "<" at the left), trailing blanks cut. Returns the text
    and the lines layout repair must remove (the header and each page's label)."""
    head = doc["header"]

    def foot(n: int) -> str:
        return f"{page_label.format(n):{align}{body}}".rstrip()

    out, last = paged_body(doc, title, label, body, lambda page: ["", foot(page), "\f" + head, ""])
    pages = range(doc["first_page"], last + 1)
    return "\n".join([head, "", *out, foot(last)]) + "\n", [head, *(foot(n).strip() for n in pages)]


def footnoted_journal(
    doc: dict,
    title: int,
    label: int,
    body: int,
    page_line: Callable[[int], str],
    rule_width: int = 20,
    blank_after_heading: bool = False,
) -> tuple[str, list[str]]:
    """A PDF text layer whose page foot holds footnotes: front matter by :func:`front_matter_lines` (title at
    ``title``, labels at ``label`` columns), headings as they are (a blank line after them if
    ``blank_after_heading``), body at ``body`` columns with the superscript marks glued to words; the
    document's "footnote" blocks are not body: after ``doc["break_after"]`` body lines (mid-sentence) a "____"
    rule, the footnotes with their marks, the foot line ``page_line(page)``, a form feed and the running header
    ``doc["header"]``; the last page ends with its foot line. Returns the text and the lines layout repair must
    remove (the header, the rule, each page's label)."""
    rule = "_" * rule_width
    marks = "¹²³⁴⁵⁶⁷⁸⁹"
    notes = [f"{marks[i]} {t}" for i, t in enumerate(b[1] for b in doc["blocks"] if b[0] == "footnote")]
    removed: list[str] = [doc["header"], rule]

    def page_break(page: int) -> list[str]:  # the rule, the notes, the foot line, then the next page's header
        removed.append(page_line(page).strip())
        return [
            "",
            rule,
            *(ln for note in notes for ln in wrap(note, body)),
            page_line(page),
            "\f" + doc["header"],
            "",
        ]

    body_doc = {**doc, "blocks": [b for b in doc["blocks"] if b[0] != "footnote"]}
    out, page = paged_body(body_doc, title, label, body, page_break, blank_after_heading)
    out.append(page_line(page))
    removed.append(page_line(page).strip())
    return "\n".join(out) + "\n", removed


def party_text(doc: dict, signer: str = "T/M BỘ CHÍNH TRỊ", width: int = 78) -> str:
    """A Party Central Committee document (a Politburo or Secretariat conclusion) as text by :func:`official_text`:
    "BAN CHẤP HÀNH TRUNG ƯƠNG" and "ĐẢNG CỘNG SẢN VIỆT NAM" side by side, "*" and "Số …-KL/TW" under the issuer
    with the place-date at the right (all in ``doc["head"]``), the centred title lines, body at ``width`` columns
    with no blank lines between blocks, then the signature ``signer`` / "(đã ký)" and the usual "Nơi nhận"."""
    tail = [
        "",
        f"{'':50}{signer}",
        f"{'':54}(đã ký)",
        "",
        "Nơi nhận:",
        "- Các tỉnh ủy, thành ủy,",
        "- Các ban đảng, ban cán sự đảng, đảng đoàn,",
        "  đảng ủy trực thuộc Trung ương,",
        "- Lưu Văn phòng Trung ương Đảng.",
    ]
    return official_text(doc, width, tail, blank_between=False)


def speech_text(doc: dict, width: int | None = None, spaced_head: bool = True) -> str:
    """A speech copied as text: the speaker line ``doc["speaker"]``, the occasion (the title block), the place-date
    line ``doc["place"]``, then the greeting lines and paragraphs one a line, a blank line between all of them
    (with ``spaced_head`` off, none between the speaker, occasion and place-date lines).
    With ``width``: a blank line after the place-date line, the greeting lines ("Kính thưa" / "Thưa") one a line
    with no blank between them, the paragraphs wrapped at ``width`` columns, a blank line after each."""
    blocks = doc["blocks"]
    if width is None:
        head = [doc["speaker"], blocks[0][1], doc["place"]]
        head = head if spaced_head else ["\n".join(head)]
        return "\n\n".join([*head, *(b[1] for b in blocks[1:])]) + "\n"
    greeting = ("Kính thưa", "Thưa")
    out = [doc["speaker"], blocks[0][1], doc["place"], ""]
    for i, b in enumerate(blocks[1:], start=1):
        if b[1].startswith(greeting):
            out.append(b[1])
            if not blocks[i + 1][1].startswith(greeting):
                out.append("")
        else:
            out += wrap(b[1], width) + [""]
    return "\n".join(out)


def press_text(
    doc: dict, width: int | None = None, crumb: bool = False, stamp: bool = False, end: str = "(Hết)"
) -> str:
    """A press-conference transcript copied from the ministry's site: the site line ``doc["site"]`` (with
    ``crumb``, the breadcrumb ``doc["crumb"]`` under it), a blank line, the title (with ``stamp``, the date line
    ``doc["stamp"]`` under it), a blank line, then the introduction and the questions / answers one a line (or
    wrapped at ``width`` columns), a blank line after each, and ``end`` ("" for none)."""
    blocks = doc["blocks"]
    out = [
        doc["site"],
        *([doc["crumb"]] if crumb else []),
        "",
        blocks[0][1],
        *([doc["stamp"]] if stamp else []),
        "",
    ]
    for b in blocks[1:]:
        out += (wrap(b[1], width) if width else [b[1]]) + [""]
    if end:
        out += [end, ""]
    return "\n".join(out)


def chronology_text(doc: dict, width: int | None = None, indent: str = "") -> str:
    """A chronology page ("Niên biểu") copied as text: the title, a blank line, the introduction, then for each
    year its heading and one entry (a "list_item" block) a line with no blank lines between them, a blank line
    between years. With ``width``, a long entry is wrapped at ``width`` columns, its continuation lines after
    ``indent``."""
    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] == "list_item":
            lines = wrap(b[1], width) if width else [b[1]]
            out += [lines[0], *(indent + ln for ln in lines[1:])]
        else:
            if out:
                out.append("")
            out.append(b[1])
    return "\n".join(out) + "\n"


def textbook_text(doc: dict, width: int = 72, wrapped: Iterable[str] = ("paragraph", "list_item")) -> str:
    """A history textbook lesson copied as text: the "Bài N." title, then the numbered headings as they are and
    the blocks of a kind in ``wrapped`` (paragraphs, the exercises) wrapped at ``width`` columns, a blank line
    after every block."""
    kinds = tuple(wrapped)
    out: list[str] = []
    for b in doc["blocks"]:
        out += (wrap(b[1], width) if b[0] in kinds else [b[1]]) + [""]
    return "\n".join(out)


def statement_text(doc: dict, width: int = 78) -> str:
    """A joint statement copied as text: the centred title lines, the preamble and numbered paragraphs wrapped at
    ``width`` columns with a blank line between them, the place-date line at the end."""
    out = [f"{ln:^{width}}".rstrip() for ln in doc["title_lines"]] + [""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], width) + [""]
    return "\n".join(out)


def interview_text(doc: dict, byline: str, stamp_under_title: bool = False) -> str:
    """A newspaper interview copied from the web page: the section line ``doc["paper"]``, the time stamp
    ``doc["stamp"]``, the headline (with ``stamp_under_title``: the section line, a blank line, the headline and
    the stamp under it), the lead and every question and answer one paragraph a line with a blank line between,
    the byline."""
    title = doc["blocks"][0][1]
    out = (
        [doc["paper"], "", title, doc["stamp"]]
        if stamp_under_title
        else [doc["paper"], doc["stamp"], "", title]
    )
    for b in doc["blocks"][1:]:
        out += ["", b[1]]
    out += ["", byline]
    return "\n".join(out) + "\n"


def digest_text(doc: dict, closing: str, width: int = 76) -> str:
    """A weekly digest as text: the bulletin lines, the title, then each item's headline after a "■" mark and
    its dateline item wrapped at ``width`` columns, a blank line after each item, the compiler's line."""
    out = [*doc["head"], "", doc["blocks"][0][1], ""]
    for b in doc["blocks"][1:]:
        if b[0] == "heading":
            out.append("■ " + b[1])
        else:
            out += wrap(b[1], width) + [""]
    out.append(closing)
    return "\n".join(out) + "\n"


def biography_text(doc: dict) -> str:
    """A biography page as text: the site line, the title, the birth line, the career lines one a line with
    no blank between them, the foreign-affairs paragraphs one a line with blank lines between."""
    out = [*doc["head"], "", doc["blocks"][0][1], ""]
    for b in doc["blocks"][1:]:
        if b[0] == "list_item":
            out.append(b[1])
        else:
            if out[-1] != "":
                out.append("")
            out += [b[1], ""]
    return "\n".join(out) + "\n"


def _wrapped_body(doc: dict, width: int) -> list[str]:
    """Every block but the title wrapped at ``width`` columns, a blank line after each."""
    out: list[str] = []
    for b in doc["blocks"]:
        if b[0] != "title":
            out += wrap(b[1], width) + [""]
    return out


def communique_text(doc: dict) -> str:
    """A joint press communiqué as text: the centred capitalised title, the place-date line under it, the
    numbered paragraphs wrapped at 78 columns, the list of documents signed as dash items."""
    title = doc["blocks"][0][1]
    out = [f"{title:^78}".rstrip(), "", f"{doc['place_date']:^78}".rstrip(), "", *_wrapped_body(doc, 78)]
    return "\n".join(out).rstrip() + "\n"


def thesis_text(doc: dict) -> str:
    """A thesis-abstract sheet (Word "save as text"): the institution lines, the centred title, the
    fields (title, speciality and code, candidate, supervisors), then the numbered sections, one paragraph
    a line."""
    out = [*doc["head"], "", doc["blocks"][0][1], "", *doc["fields"], ""]
    for b in doc["blocks"][1:]:
        out += [b[1], ""]
    return "\r\n".join(out).rstrip() + "\r\n"


def minutes_text(doc: dict, signatures: Iterable[tuple[str, str]]) -> str:
    """Joint-commission minutes: the two parties' names side by side, the capitalised title wrapped at 70,
    the body at 76 columns, the two heads of delegation's signature blocks side by side (``signatures``:
    one (left, right) pair a line)."""
    title = doc["blocks"][0][1]
    out = [*doc["head"], "", *[f"{ln:^76}".rstrip() for ln in wrap(title, 70)], "", *_wrapped_body(doc, 76)]
    out += [f"{left:<40}{right}" for left, right in signatures]
    return "\n".join(out) + "\n"


def list_page_text(doc: dict) -> str:
    """A wiki list page copied as text: the tagline, the title, the lead, section headings, the table one row
    a line with "|" between cells (no blank line between rows), the "Xem thêm" links and a note."""
    out = ["Bách khoa toàn thư mở"]
    blocks = doc["blocks"]
    for i, b in enumerate(blocks):
        out.append(b[1])
        if b[0] != "table" or i + 1 == len(blocks) or blocks[i + 1][0] != "table":
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def opinion_text(doc: dict) -> str:
    """An op-ed as printed text: the rubric, the headline, the byline, paragraphs wrapped at 72 columns."""
    out = [doc["kicker"], "", doc["blocks"][0][1], "", doc["byline"], "", *_wrapped_body(doc, 72)]
    return "\n".join(out).rstrip() + "\n"


def _turn(text: str, split: bool) -> list[str]:
    """A labelled turn ("Label: text"): with ``split`` the label and its colon on their own line above the
    text, else the turn on one line; a blank line after."""
    if split:
        label, _, rest = text.partition(": ")
        return [label + ":", rest, ""]
    return [text, ""]


def qa_session_text(doc: dict, head: Iterable[str], split: bool = False, tail: Iterable[str] = ()) -> str:
    """A National Assembly question session copied as text: the ``head`` lines, the title, the date-time line
    ``doc["stamp"]``, a blank line, then every turn by :func:`_turn` (the speaker label split off with
    ``split``), then the ``tail`` lines if any, the last with a line end."""
    blocks = doc["blocks"]
    out = [*head, blocks[0][1], doc["stamp"], ""]
    for b in blocks[1:]:
        out += _turn(b[1], split)
    tail = list(tail)
    if tail:
        out += [*tail, ""]
    return "\n".join(out)


def treaty_text(doc: dict, width: int, wrapped: bool) -> str:
    """A bilateral agreement from the treaty database as text: the database lines ``doc["note"]``, the title
    lines centred at ``width``, then the preamble and articles with a blank line after each (wrapped at
    ``width`` with ``wrapped``, else one paragraph a line with the headings centred), then the signature
    pairs ``doc["signatures"]`` in two columns of half the width."""
    out = [*doc["note"], "", *(f"{ln:^{width}}".rstrip() for ln in doc["title_lines"]), ""]
    for b in doc["blocks"][1:]:
        if wrapped:
            out += wrap(b[1], width) + [""]
        else:
            out += [f"{b[1]:^{width}}".rstrip() if b[0] == "heading" else b[1], ""]
    half = width // 2
    out += [f"{left:^{half}}{right:^{half}}".rstrip() for left, right in doc["signatures"]]
    return "\n".join(out) + "\n"


def slides_text(
    doc: dict,
    marker: str,
    marks: tuple[tuple[str, str], tuple[str, str]],
    width: int | None = None,
    footer: str | None = None,
) -> tuple[str, list[str]]:
    """Slides exported as text, slide by slide (``doc["slides"]``): the ``marker`` (formatted with the slide
    number ``n``), the blocks as they are but bullets, which take the (mark, continuation pad) of ``marks``
    for their level 0 or 1 (a level None item stays as it is) and wrap at ``width`` if given, the ``footer``
    and the slide number on every slide but the first, a blank line. The text and the markers and footers,
    which layout repair must remove."""
    out: list[str] = []
    removed: list[str] = []
    for n, slide in enumerate(doc["slides"], start=1):
        mark_line = marker.format(n=n)
        removed.append(mark_line)
        out.append(mark_line)
        for b in slide:
            if b[0] == "list_item" and b[2] is not None:
                mark, pad = marks[1] if b[2] else marks[0]
                lines = wrap(b[1], width) if width else [b[1]]
                out += [mark + lines[0], *(pad + ln for ln in lines[1:])]
            else:
                out.append(b[1])
        if footer and n > 1:
            foot = f"{footer}   {n}"
            removed.append(foot)
            out.append(foot)
        out.append("")
    return "\n".join(out), removed


def faq_page_text(doc: dict, split: bool, unit_width: int | None = None, rule: str | None = None) -> str:
    """A portal's "Hỏi – Đáp" page copied as text: the site line, the breadcrumb, the section title, then every
    question and answer by :func:`_turn` ("Câu hỏi:"/"Trả lời:" split off with ``split``), the answering unit
    ``doc["units"]`` under each answer (flush right at ``unit_width`` if given) and the ``rule`` if any, the
    footer."""
    blocks = doc["blocks"]
    out = [doc["site"], doc["crumb"], "", blocks[0][1], ""]
    for i, b in enumerate(blocks[1:], start=1):
        out += _turn(b[1], split)
        if i in doc["units"]:
            unit = doc["units"][i]
            out += [f"{unit:>{unit_width}}" if unit_width else unit, ""]
            if rule:
                out += [rule, ""]
    out.append(doc["footer"])
    return "\n".join(out) + "\n"


def bulletin_text(
    doc: dict,
    head: Iterable[str],
    under: Iterable[str] = (),
    *,
    labelled: bool = False,
    closing: str | None = None,
) -> str:
    """A broadcast news bulletin script: the ``head`` lines, the programme title, the ``under`` lines, then
    item headings and the presenter / reporter / "BĂNG:" segments one a line with blank lines between (a
    "BĂNG:" caption "(…)" on its own line above the quoted speech), the closing line ``closing`` (by default
    ``doc["closing"]``). With ``labelled``, a segment's label ("PTV", "PV", "BĂNG") is not in its text but the
    block's third element, written before the text as "PTV: …"."""
    blocks = doc["blocks"]
    out = [*head, blocks[0][1], *under, ""]
    for b in blocks[1:]:
        text = f"{b[2]}: {b[1]}" if labelled else b[1]
        if text.startswith("BĂNG:"):
            cap, _, speech = text.partition(") ")
            out += [cap + ")", speech, ""]
        else:
            out += [text, ""]
    out.append(doc["closing"] if closing is None else closing)
    return "\n".join(out) + "\n"
