"""The renderers of session 21's five new shapes (archive OCR in the old orthography, thesis chapter, .srt subtitles,
legal acts from a database, fanpage posts), with the build and rendered check of the working sets made only of them
(heldout302, heldout303): one copy where each set's builder had its own."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from heldout_kit import build as kit_build
from heldout_kit import check_gold, norm, wrap


def social_blocks(doc: dict) -> list[tuple]:
    """The gold blocks of a page copied from Facebook: the page name (title; a second post's page name a heading),
    the post's paragraphs and hashtag line, each comment's author and text."""
    out: list[tuple] = []
    for i, post in enumerate(doc["posts"]):
        out.append(("title", post["page"]) if i == 0 else ("heading", post["page"], 1))
        out += [("paragraph", t) for t in post["text"]]
        for name, text, _, _ in post["comments"]:
            out += [("author", name), ("paragraph", text)]
    return out


def render_archive(doc: dict) -> tuple[str, list[str]]:
    """An archival typescript copied from its OCR text: the archive's catalogue lines, the issuer/motto block
    and date line, the centred title, the body as the typewriter broke it (62 columns, the first line of each
    paragraph indented), the page mark "- 2 -" after ``break_after`` body lines (inside a paragraph), the
    signature with "(Đã ký)" and "[dấu]". Returns the text and the lines layout repair must remove."""
    out = [*doc["catalogue"], "", *doc["head"], ""]
    out += [f"{ln:^66}".rstrip() for ln in doc["title_lines"]] + [""]
    mark = f"{'- 2 -':^66}".rstrip()
    count = 0
    for b in doc["blocks"]:
        if b[0] in ("title", "source"):
            continue
        if b[0] == "heading":
            out += [b[1], ""]
            continue
        lines = wrap(b[1], 62)
        for i, ln in enumerate(lines):
            out.append(("      " if i == 0 else "") + ln)
            count += 1
            if count == doc["break_after"]:
                if not 0 < i < len(lines) - 1:
                    raise ValueError("the page mark must fall inside a paragraph")
                out += ["", mark, ""]
        out.append("")
    out += doc["tail"]
    return "\n".join(out) + "\n", ["- 2 -"]


def render_thesis(doc: dict) -> tuple[str, list[str]]:
    """A thesis chapter converted from PDF: the centred "CHƯƠNG 2" and title lines, headings as they are,
    paragraphs wrapped at 80 columns with a blank line after each; at each page break (after ``breaks`` body
    lines) a rule, the page's footnotes (``notes_at``), the running footer and the page number alone on its
    line, a form feed; the footnote blocks are not body. Returns the text and the lines to remove."""
    rule = "_" * 20
    notes = [b[1] for b in doc["blocks"] if b[0] == "footnote"]
    page = doc["first_page"]
    removed = [rule, doc["footer"]]
    out = [f"{ln:^80}".rstrip() for ln in doc["heading_lines"]] + [""]
    count = 0
    breaks = list(doc["breaks"])

    def foot(k: int, p: int) -> list[str]:
        lines = ["", rule] if doc["notes_at"][k] else [""]
        for j in doc["notes_at"][k]:
            lines += wrap(notes[j], 80)
        removed.append(str(p))
        return lines + [f"{doc['footer']:>80}", f"{p:^80}".rstrip()]

    k = 0
    for b in doc["blocks"]:
        if b[0] in ("title", "footnote"):
            continue
        if b[0] == "heading":
            out += [b[1], ""]
            continue
        for ln in wrap(b[1], 80):
            out.append(ln)
            count += 1
            if breaks and count == breaks[0]:
                breaks.pop(0)
                out += foot(k, page) + ["\f"]
                k += 1
                page += 1
        out.append("")
    out += foot(k, page)
    return "\n".join(out).replace("\n\f\n", "\n\f") + "\n", removed


LABEL = re.compile(r"^(\[[^\]]+\]:\s*|- )")


def srt_time(ms: int) -> str:
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"


def render_subtitles(doc: dict) -> tuple[str, list[str]]:
    """A video's .srt subtitle file: numbered cues, "start --> end" time lines (the time a cue stays on
    screen grows with its length), one or two lines a cue, a blank line between cues. Returns the text and
    the lines to remove (the time lines; cue numbers are bare numbers)."""
    out: list[str] = []
    removed: list[str] = []
    t = 2_000
    for n, cue in enumerate(doc["cues"], 1):
        lines = [re.sub(r"^(¶|§[TS])", "", ln) for ln in cue.split("\n")]
        dur = 1_400 + 55 * sum(len(ln) for ln in lines)
        dur -= dur % 100
        stamp = f"{srt_time(t)} --> {srt_time(t + dur)}"
        removed.append(stamp)
        out += [str(n), stamp, *lines, ""]
        t += dur + 300
    return "\n".join(out), removed


def subtitle_blocks(doc: dict) -> list[tuple]:
    """The gold blocks of a subtitle file: the title cue, each speaker's turn (cues joined, labels and
    dashes dropped) as a paragraph, the closing cue as the source."""
    blocks: list[list] = []
    for cue in doc["cues"]:
        for ln in cue.split("\n"):
            if ln.startswith("¶"):
                kind, ln = "paragraph", ln[1:]
                blocks.append([kind, []])
            elif ln.startswith("§"):
                kind, ln = {"T": "title", "S": "source"}[ln[1]], ln[2:]
                blocks.append([kind, []])
            blocks[-1][1].append(LABEL.sub("", ln))
    return [(k, " ".join(p for p in parts if p)) for k, parts in blocks]


def render_decision(doc: dict) -> tuple[str, list[str]]:
    """Acts on treaties copied from a legal-documents database: for each act the database's metadata lines,
    the issuer/motto block with number and date, the centred title lines, the body at 76 columns with a blank
    line between blocks, "Nơi nhận" at the left and the signature at the right; a rule between acts.
    Returns the text and the lines to remove (metadata lines and the rule)."""
    sep = "-" * 76
    removed = [sep]
    out: list[str] = []
    for a, act in enumerate(doc["acts"]):
        if a:
            out += ["", sep, ""]
        out += [*act["meta"], "", *act["head"], ""]
        removed += act["meta"]
        out += [f"{ln:^76}".rstrip() for ln in act["title_lines"]] + [""]
        for b in act["blocks"][1:]:
            out += wrap(b[1], 76) + [""]
        left, right = act["recipients"], act["sign"]
        rows = max(len(left), len(right) + 1)
        for i in range(rows):
            lft = left[i] if i < len(left) else ""
            rgt = right[i] if i < len(right) else ""
            out.append(f"{lft:<36}{rgt:^40}".rstrip())
    return "\n".join(out) + "\n", removed


def render_social(doc: dict) -> tuple[str, list[str]]:
    """A Facebook page copied as text: per post the page name, the time line, the post's short paragraphs
    with blank lines between, "Xem bản dịch", the reaction and share counts one a line, "Thích · Bình luận ·
    Chia sẻ", "Phù hợp nhất", then each comment: the name, the text ("Xem bản dịch" under a foreign one),
    "Thích · Phản hồi · <time>". Returns the text and the lines to remove."""
    out: list[str] = []
    removed = ["Xem bản dịch", "Thích · Bình luận · Chia sẻ", "Phù hợp nhất"]
    for i, post in enumerate(doc["posts"]):
        if i:
            out += ["", ""]
        out += [post["page"], post["time"], ""]
        removed.append(post["time"])
        for t in post["text"]:
            out += [t, ""]
        out += [
            "Xem bản dịch",
            "",
            *post["counts"],
            "",
            "Thích · Bình luận · Chia sẻ",
            "",
            "Phù hợp nhất",
            "",
        ]
        removed += post["counts"]
        for name, text, when, foreign in post["comments"]:
            act = f"Thích · Phản hồi · {when}"
            out += [name, text] + (["Xem bản dịch"] if foreign else []) + [act, ""]
            removed.append(act)
    return "\n".join(out) + "\n", sorted(set(removed), key=removed.index)


RENDER = {
    "archive": (render_archive, "txt"),
    "thesis": (render_thesis, "txt"),
    "subtitles": (render_subtitles, "srt"),
    "decision": (render_decision, "txt"),
    "social": (render_social, "txt"),
}


def build(here: Path, docs: list[dict]) -> dict[str, tuple[str, list[str]]]:
    """Render every document, write it and its gold structure file (heldout_kit.build); the texts and removed
    lines by id."""
    render = {shape: fn for shape, (fn, _) in RENDER.items()}
    extensions = {shape: ext for shape, (_, ext) in RENDER.items()}
    return kit_build(here, docs, render, html_shapes=(), removing_shapes=tuple(RENDER), extensions=extensions)


def check_rendered(here: Path, docs: list[dict], done: dict[str, tuple[str, list[str]]]) -> int:
    """3-4 questions per document; every gold block but the title occurs in its rendered file once the lines
    layout repair removes (and, for the subtitles, the cue numbers; for a paragraph the page's footnotes
    that interrupt it) are taken out."""
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
        text, removed = done[doc["id"]]
        keep = [
            ln
            for ln in text.replace("\f", "\n").splitlines()
            if ln.strip() not in removed and not (doc["shape"] == "subtitles" and ln.strip().isdigit())
        ]
        flat = norm(" ".join(keep))
        bare = flat
        for b in doc["blocks"]:
            if b[0] == "footnote":
                bare = norm(bare.replace(norm(b[1]), " "))
        for b in doc["blocks"]:
            if b[0] != "title" and norm(b[1]) not in flat and norm(b[1]) not in bare:
                print(f"[{doc['id']}] gold block not in the file: {b[1][:60]}")
                bad += 1
    return bad


def main(here: Path, docs: list[dict], prefix: str) -> int:
    """Build the set's documents and gold structure; with ``--check``, check them (check_rendered, check_gold)."""
    done = build(here, docs)
    if "--check" not in sys.argv[1:]:
        return 0
    bad = check_rendered(here, docs, done)
    bad += check_gold(here, docs, prefix, rendered=False)
    print("rendered check:", "ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0
