"""What the held-out set builders (tests/data/heldout*/build_heldout*.py) share: the word wrap the
rendered layouts use, the gold structure file written from a document's blocks, and the loop that
renders every document and writes it with its gold. Each builder keeps its own documents, layouts
and gold check."""

from __future__ import annotations

import json
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
) -> None:
    """Render every document (``render`` maps a shape to its layout; "journal" returns the text and the
    lines layout repair must remove) and write it, line ends as rendered, with its gold structure file."""
    for doc in docs:
        shape = doc["shape"]
        text, removed = render[shape](doc) if shape == "journal" else (render[shape](doc), [])
        name = f"{doc['id']}_{shape}.{'html' if shape in html_shapes else 'txt'}"
        with open(here / name, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        gold = gold_structure(doc, name, removed, upper_title_shapes)
        (here / "gold" / f"structure.{doc['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
