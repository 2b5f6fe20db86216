"""The five new shapes of session 22's working sets heldout324 and heldout325 (their builders' renderers, build and
rendered check were the same code, 275 lines each): an e-mail saved as .eml, a spreadsheet exported as .csv, a chain of
diplomatic notes, a memoir, Markdown lecture notes. Each builder holds its documents and calls :func:`main`.
"""

from __future__ import annotations

import csv
import email
import email.policy
import io
import json
import re
import sys
from email.header import Header
from email.message import EmailMessage
from pathlib import Path

from heldout_kit import check_gold, gold_structure, norm, wrap

# ---------------------------------------------------------------- renderers (one per shape)


def render_email(doc: dict) -> tuple[bytes, list[str]]:
    """EMAIL: an RFC 5322 message as a mail client saves it (.eml), written with the ``email`` package: the
    headers, a text/plain UTF-8 body in quoted-printable. Body items: "p" a paragraph line, "heading" a line
    that is a heading block, "author" the signature's name, "q" a quoted paragraph (wrapped at 70 and every
    line opened with "> ", a bare ">" between quoted paragraphs), "x" a line that is no block (forward
    header, attribution, signature details), "blank". Returns the bytes and the removed lines."""
    lines: list[str] = []
    removed: list[str] = []
    body = doc["body"]
    for i, (kind, text) in enumerate(body):
        if kind == "q":
            lines += ["> " + ln for ln in wrap(text, 70)]
            if i + 1 < len(body) and body[i + 1][0] == "q":
                lines.append(">")
        elif kind == "blank":
            lines.append("")
        else:
            lines.append(text)
            if kind == "x":
                removed.append(text)
    msg = EmailMessage(policy=email.policy.SMTP)
    for key, value in doc["headers"]:
        if key != "Subject":
            msg[key] = value
    msg.set_content("\n".join(lines) + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    # The Subject as email.header encodes it (the policy's folder drops the space between two encoded words
    # when it folds a long Vietnamese subject), placed after Date as a client writes it.
    subject = "Subject: " + Header(dict(doc["headers"])["Subject"], "utf-8", header_name="Subject").encode(
        linesep="\r\n"
    )
    data = bytes(msg).replace(b"\r\nMessage-ID:", ("\r\n" + subject + "\r\nMessage-ID:").encode("ascii"), 1)
    return data, removed


def email_blocks(doc: dict) -> list[tuple]:
    """The body's blocks: the Subject as the title, then every "p"/"heading"/"author"/"q" item."""
    kinds = {"p": "paragraph", "heading": "heading", "author": "author", "q": "quote"}
    subject = dict(doc["headers"])["Subject"]
    out: list[tuple] = [("title", subject)]
    for kind, text in doc["body"]:
        if kind == "heading":
            out.append(("heading", text, 1))
        elif kind in kinds:
            out.append((kinds[kind], text))
    return out


def render_table(doc: dict) -> tuple[bytes, list[str]]:
    """TABLE: a spreadsheet exported as CSV the way Excel writes it: UTF-8 with a BOM, CRLF, commas, fields
    quoted only where needed (commas, quotes, line breaks), quotes doubled; the title rows and the source row
    have their other cells empty."""
    n = len(doc["header"])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for t in doc["title_rows"]:
        w.writerow([t] + [""] * (n - 1))
    w.writerow(doc["header"])
    for row in doc["rows"]:
        w.writerow(row + [""] * (n - len(row)))
    w.writerow([doc["source"]] + [""] * (n - 1))
    return ("\ufeff" + buf.getvalue()).encode("utf-8"), []


def _row_text(cells: list[str]) -> str:
    return " | ".join(c.replace("\n", " ") for c in cells)


def table_blocks(doc: dict) -> list[tuple]:
    """Title rows joined as the title, the header row as a paragraph, one list item per data row (every cell,
    empty ones too, joined by " | ", a line break inside a cell as a space), the source row as a paragraph."""
    n = len(doc["header"])
    out: list[tuple] = [("title", " ".join(doc["title_rows"])), ("paragraph", _row_text(doc["header"]))]
    out += [("list_item", _row_text(r + [""] * (n - len(r)))) for r in doc["rows"]]
    out.append(("paragraph", doc["source"]))
    return out


RULE = "-" * 60


def render_note(doc: dict) -> tuple[bytes, list[str]]:
    """NOTE: a chain of diplomatic notes copied as text: each note's number line at the top left, a blank
    line, the paragraphs one a line with blank lines between, the place-date line and the stamp note pushed
    right, the "Kính gửi" line at the foot; a line of dashes between notes."""
    out: list[str] = []
    for i, note in enumerate(doc["notes"]):
        if i:
            out += [RULE, ""]
        out += [note["number"], ""]
        for p in note["paras"]:
            out += [p, ""]
        out += [f"{'':36}{note['place']}", f"{'':48}[dấu]", "", note["to"], ""]
    return "\n".join(out).encode("utf-8"), [RULE, "[dấu]"]


def note_blocks(doc: dict) -> list[tuple]:
    """The first number line as the title, the others level-1 headings; paragraphs, place-date lines and
    "Kính gửi" lines as paragraphs ("[dấu]" and the rule are removed lines)."""
    out: list[tuple] = []
    for i, note in enumerate(doc["notes"]):
        out.append(("heading", note["number"], 1) if i else ("title", note["number"]))
        out += [("paragraph", p) for p in note["paras"]]
        out += [("paragraph", note["place"]), ("paragraph", note["to"])]
    return out


NOTES_RULE = "—————"


def render_memoir(doc: dict) -> tuple[bytes, list[str]]:
    """MEMOIR: a chapter of a memoir as text from an e-book: "Chương N" and the capitalised title on the next
    line, the paragraphs and dialogue lines one a line with blank lines between, the place-date signature
    pushed right, a short rule, the editor's numbered notes."""
    out = [doc["chapter"], doc["chapter_title"], ""]
    for p in doc["paras"]:
        out += [p, ""]
    out += [f"{'':40}{doc['sign']}", "", NOTES_RULE, *doc["notes"]]
    return ("\n".join(out) + "\n").encode("utf-8"), [NOTES_RULE]


def memoir_blocks(doc: dict) -> list[tuple]:
    """The chapter line and title as the title, paragraphs (dialogue lines too), the signature as a
    paragraph, the editor's notes as footnotes."""
    out: list[tuple] = [("title", f"{doc['chapter']} {doc['chapter_title']}")]
    out += [("paragraph", p) for p in doc["paras"]]
    out.append(("paragraph", doc["sign"]))
    out += [("footnote", n) for n in doc["notes"]]
    return out


def render_notes(doc: dict) -> tuple[bytes, list[str]]:
    """NOTES: lecture notes in Markdown. Items: ("h", level, text), ("ul", depth, text), ("ol", depth, n,
    text), ("p", text), ("table", rows) (the first row the header), ("quote", text), ("fn", label, text),
    ("blank",). The YAML front matter comes from ``doc["front"]`` (key, value) pairs."""
    out = ["---", *(f"{k}: {v}" for k, v in doc["front"]), "---", ""]
    removed = ["---", *(f"{k}: {v}" for k, v in doc["front"] if k != "title")]
    for it in doc["items"]:
        kind = it[0]
        if kind == "h":
            out += ["#" * it[1] + " " + it[2], ""]
        elif kind == "ul":
            out.append("  " * it[1] + "- " + it[2])
        elif kind == "ol":
            out.append("   " * it[1] + f"{it[2]}. " + it[3])
        elif kind == "p":
            out += [it[1], ""]
        elif kind == "quote":
            out += ["> " + it[1], ""]
        elif kind == "table":
            rows = it[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            removed.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("")
        elif kind == "fn":
            out.append(f"[^{it[1]}]: {it[2]}")
        elif kind == "blank":
            out.append("")
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8"), removed


def notes_blocks(doc: dict) -> list[tuple]:
    """The front matter's title as the title; headings (level = number of "#"); list items without their
    marker; the table's header row a paragraph and its other rows list items (cells joined by " | "); the
    quotation a quote; footnotes without their "[^n]: " label; the rest paragraphs."""
    title = dict(doc["front"])["title"].strip('"')
    out: list[tuple] = [("title", title)]
    for it in doc["items"]:
        kind = it[0]
        if kind == "h":
            out.append(("heading", it[2], it[1]))
        elif kind == "ul":
            out.append(("list_item", it[2]))
        elif kind == "ol":
            out.append(("list_item", it[3]))
        elif kind == "p":
            out.append(("paragraph", it[1]))
        elif kind == "quote":
            out.append(("quote", it[1]))
        elif kind == "table":
            out.append(("paragraph", " | ".join(it[1][0])))
            out += [("list_item", " | ".join(r)) for r in it[1][1:]]
        elif kind == "fn":
            out.append(("footnote", it[2]))
    return out


RENDER = {
    "email": (render_email, email_blocks, "eml"),
    "table": (render_table, table_blocks, "csv"),
    "note": (render_note, note_blocks, "txt"),
    "memoir": (render_memoir, memoir_blocks, "txt"),
    "notes": (render_notes, notes_blocks, "md"),
}


def file_name(doc: dict) -> str:
    return f"{doc['id']}_{doc['shape']}.{RENDER[doc['shape']][2]}"


def reading_text(doc: dict, data: bytes) -> str:
    """What a person reads in the file: the decoded e-mail body without its "> " quote marks; the CSV's rows
    (cells joined by " | "); a text or Markdown file as it is. Whitespace-normalised."""
    shape = doc["shape"]
    if shape == "email":
        msg = email.message_from_bytes(data, policy=email.policy.default)
        body = msg.get_body(("plain",)).get_content()
        return norm(re.sub(r"(?m)^> ?", "", body))
    if shape == "table":
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        return norm("\n".join(_row_text(r) for r in rows))
    return norm(data.decode("utf-8"))


def build_set(here: Path, docs: list[dict]) -> None:
    """Render every document, derive its blocks, write the file and its gold structure."""
    for doc in docs:
        render, blocks, _ = RENDER[doc["shape"]]
        doc["blocks"] = blocks(doc)
        data, removed = render(doc)
        name = file_name(doc)
        (here / name).write_bytes(data)
        gold = gold_structure(doc, name, removed)
        (here / "gold" / f"structure.{doc['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def check_rendered(here: Path, docs: list[dict]) -> int:
    """3-4 questions per document; every gold block but the title in the file's reading text; the title
    where the shape keeps it (Subject header, title rows, front matter, first lines)."""
    bad = 0
    nq: dict[str, int] = {}
    for line in (here / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)["doc"]
            nq[d] = nq.get(d, 0) + 1
    for doc in docs:
        if not 3 <= nq.get(doc["id"], 0) <= 4:
            print(f"[{doc['id']}] {nq.get(doc['id'], 0)} questions (3-4 wanted)")
            bad += 1
        data = (here / file_name(doc)).read_bytes()
        text = reading_text(doc, data)
        for b in doc["blocks"]:
            if b[0] != "title" and norm(b[1]) not in text:
                print(f"[{doc['id']}] gold block not in the file: {b[1][:60]}")
                bad += 1
        title = doc["blocks"][0][1]
        if doc["shape"] == "email":
            ok = email.message_from_bytes(data, policy=email.policy.default)["Subject"] == title
        else:
            ok = all(w in text for w in norm(title).split(" "))
        if not ok:
            print(f"[{doc['id']}] title not in the file: {title[:60]}")
            bad += 1
        if doc["shape"] == "email" and b"=?utf-8?" not in data.lower():
            print(f"[{doc['id']}] Subject not encoded")
            bad += 1
    return bad


def main(here: Path, docs: list[dict], prefix: str) -> int:
    build_set(here, docs)
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_rendered(here, docs)
    bad += check_gold(here, docs, prefix, rendered=False)
    print("rendered check:", "ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0
