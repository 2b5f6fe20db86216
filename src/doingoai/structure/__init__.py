"""Structure stage: layout repair, blocks and sentences.

``structure_document(doc)`` takes ``doc.text`` (the cleaned text, still laid out in lines as the
reader gave it) and rewrites it so that every block is one line of text and blocks are separated by
a blank line, with ``doc.map`` still pointing into ``doc.raw``. It fills ``doc.blocks`` (type,
offsets, heading level, language), ``doc.sentences`` and ``doc.meta["removed_lines"]`` (the running
headers, footers and page numbers it dropped, each text once).

Steps: :mod:`lines` (split, per-line facts) -> :mod:`headers` (running lines) -> :mod:`layout`
(the document's layout cues; :mod:`closing` finds an official document's signature and recipients)
-> :mod:`paragraphs` (join lines into typed blocks; :mod:`preamble` for the lines above the title,
also set in two columns, :mod:`front_matter` for title/authors/affiliations) ->
:mod:`classify` (unnumbered headings, enumerations, levels) -> :mod:`build` (the new text) ->
:mod:`language` and :mod:`sentences` per block.
"""

from __future__ import annotations

from doingoai.model import Block, BlockType, Document, Sentence
from doingoai.structure import (
    archive,
    build,
    chronology,
    classify,
    database_fields,
    dialogue,
    digest,
    diplomatic_notes,
    headers,
    issue_date,
    language,
    layout,
    notemarks,
    numbered_paragraphs,
    paragraphs,
    preamble_parts,
    sentences,
    social,
    wiki_marks,
)
from doingoai.structure.lines import split_lines
from doingoai.textmap import MappedText

__all__ = ["structure_document"]


def structure_document(doc: Document) -> Document:
    """Repair the layout of ``doc.text`` and fill ``doc.blocks`` and ``doc.sentences``."""
    if not doc.text and doc.raw and doc.map is None:
        doc.set_text(MappedText.identity(doc.raw))  # the clean stage was skipped
    mapped = doc.mapped()
    mapped, wiki_notes = wiki_marks.strip_marks(mapped)  # a wiki page's edit links and note carets
    lines = split_lines(mapped.text)
    double = layout.double_spaced(lines)
    lines.spaced = double
    removed = headers.find_running_lines(lines, double_spaced=double)
    deck = None
    text0 = mapped.text
    if _deck_marked(text0):  # (cheap guard)
        from doingoai.structure import slides

        deck = slides.find_deck(lines)
        if deck is not None:
            removed = sorted(set(removed).union(deck.markers, deck.feet))
    if database_fields.has_fields(text0):  # a legal database's "Số hiệu: …" lines over each act
        removed = sorted(set(removed).union(database_fields.field_lines(lines)))
    stamps: frozenset[int] = frozenset()
    if "]" in text0 and diplomatic_notes.stamp_marked(text0):  # a stamp note "[dấu]" alone on a line: no text
        stamps = frozenset(diplomatic_notes.stamp_lines(lines.texts))
        removed = sorted(stamps.union(removed))
    rows: frozenset[int] = frozenset()
    if doc.meta.get("markup") and doc.meta["markup"].get("rows"):  # a table's rows (read/docx.py, html.py)
        from doingoai.structure.table_rows import marked_rows

        rows = marked_rows(lines, mapped, doc.meta["markup"]["rows"])
    lay, keep = layout.analyse(lines, removed, double, rows, stamps)
    lay.deck = deck
    lay.headlines = digest.headlines(lines, keep)  # a news digest's dated headlines: headings
    if doc.meta.get("markup") and doc.meta["markup"].get("items"):  # an HTML page's list items
        from doingoai.structure import markup

        lay.items = markup.item_lines(lines, mapped, doc.meta["markup"]["items"])
    if doc.meta.get("markup") and doc.meta["markup"].get("notes"):  # Markdown's footnotes: a block each
        from doingoai.structure import markup

        lay.items = lay.items.union(markup.item_lines(lines, mapped, doc.meta["markup"]["notes"]))
    if doc.meta.get("markup") and doc.meta["markup"].get("authors"):  # an e-mail's signed name: its own block
        from doingoai.structure import markup

        lay.items = lay.items.union(markup.item_lines(lines, mapped, doc.meta["markup"]["authors"]))
    if doc.meta.get("markup") and doc.meta["markup"].get("headings"):  # an HTML page's headings: never joined
        from doingoai.structure import markup

        lay.heads = markup.item_lines(lines, mapped, doc.meta["markup"]["headings"])
    if doc.meta.get("markup") and doc.meta["markup"].get("boxes"):  # a Word box's lines: never the title
        from doingoai.structure import markup

        lay.boxed = markup.item_lines(lines, mapped, doc.meta["markup"]["boxes"])
    if wiki_notes:  # a wiki page's notes and linked items, one a line: list items
        from bisect import bisect_left

        at = [bisect_left(lines.starts, s) for s in wiki_notes]
        n = len(lines.starts)
        lay.items = lay.items.union(
            i for i, s in zip(at, wiki_notes, strict=True) if i < n and lines.starts[i] == s
        )
    raw_blocks = paragraphs.Segmenter(lay).run(keep)
    if removed and database_fields.has_fields(text0):  # a database's further acts (round 167)
        database_fields.acts_heads(raw_blocks, lines.texts)
    notemarks.mark_notes(lines, raw_blocks)  # footnote marks left out of the text ("tiềm năng.1 Hai bên")
    new, spans = build.write(mapped, lines, raw_blocks)
    text = new.text
    block_texts = [text[s:e] for s, e in spans]
    classify.refine(raw_blocks, block_texts)
    numbered_paragraphs.apply(raw_blocks, block_texts)  # a communiqué's numbered paragraphs, "Xem thêm" lines
    chronology.mark_entries(raw_blocks, block_texts)  # a timeline's dated lines: list items
    if lines.holds("Thích") and social.is_post(
        text0
    ):  # a post copied from a social network's page (round 167)
        social.retype(raw_blocks, block_texts, lines.texts)
    if dialogue.has_dialogue(text0):  # spoken lines opening with an em dash: paragraphs (round 183)
        dialogue.retype(raw_blocks, block_texts)
    if "lời chào" in text0 and diplomatic_notes.is_note_chain(text0):  # a chain of notes (round 183)
        diplomatic_notes.retype(raw_blocks, block_texts)
    if archive.has_catalogue(text0):  # an archive's call number over the document (round 167)
        archive.mark_catalogue(raw_blocks, block_texts)
    if doc.meta.get("subtitles") and raw_blocks:  # a video's closing credits cue: its source line (round 167)
        from doingoai.read.subtitles import is_credits

        last = max((k for k, t in enumerate(block_texts) if t), default=-1)
        if last > 0 and raw_blocks[last].type is BlockType.PARAGRAPH and is_credits(block_texts[last]):
            raw_blocks[last].type = BlockType.SOURCE
    new, spans = build.collapse_spaces(new, spans, [rb.type is not BlockType.TABLE for rb in raw_blocks])
    if new.text is not text:
        text = new.text
        block_texts = [text[s:e] for s, e in spans]
    if doc.meta.get("markup"):  # an HTML page's own headings and plain paragraphs (read/html.py)
        from doingoai.structure import markup

        markup.apply(raw_blocks, [new.map.span(s, e) for s, e in spans], doc.meta["markup"])
    if doc.meta.get("sections"):  # a calendar's entries, a feed's items (read/outline.py): to text offsets
        from doingoai.structure import markup

        doc.meta["sections"] = markup.text_sections(
            [new.map.span(s, e) for s, e in spans], spans, doc.meta["sections"]
        )

    doc.set_text(new)
    doc.meta["removed_lines"] = list(dict.fromkeys(lines.texts[i] for i in removed))
    if not doc.meta.get("date") and doc.meta.get("markup") and doc.meta["markup"].get("date"):
        doc.meta["date"] = doc.meta["markup"]["date"]  # a Markdown front matter's "date: 2024-09-10"
    if not doc.meta.get("date"):  # the document's own date, from a dateline above or below the title
        dated = (
            preamble_parts.iso_date(t)
            for rb, t in zip(raw_blocks, block_texts, strict=True)
            if rb.front and t
        )
        date = next((d for d in dated if d), None)
        if not date:  # else a journal's issue, from its running lines or a line above the title
            first = lines.texts[0] if lines.texts else ""
            date = issue_date.document_issue_date(doc.meta["removed_lines"], first, raw_blocks, block_texts)
        if date:
            doc.meta["date"] = date
    kept = [k for k, t in enumerate(block_texts) if t]
    langs = [language.detect(block_texts[k]) for k in kept]
    doc_lang = _majority(langs)
    heading = BlockType.HEADING
    fields = []
    for k, lang in zip(kept, langs, strict=True):
        rb = raw_blocks[k]
        s, e = spans[k]
        level = rb.level if rb.type is heading else None
        fields.append(
            {"type": rb.type, "start": s, "end": e, "level": level, "lang": lang or rb.lang or doc_lang}
        )
    doc.blocks = _records(Block, fields)
    sentence_spans = sentences.split_blocks(text, [spans[k] for k in kept])
    doc.sentences = _records(Sentence, [{"start": s, "end": e, "block": k} for s, e, k in sentence_spans])
    return doc


def _deck_marked(text: str) -> bool:
    """``"lide " in text or "-- " in text or "== " in text or "LIDE " in text``: may the text be a deck of slides
    (slides.py)? (speed round 28) Each looked for only where the same word without its final space is, and "--",
    "==" only where a "-", an "=" is: a search for a word ending on a space stops at every space of the text, and a
    one-character search is the fastest scan (most texts hold no "=" and no slide)."""
    return (
        ("lide" in text and "lide " in text)
        or ("-" in text and "--" in text and "-- " in text)
        or ("=" in text and "==" in text and "== " in text)
        or ("LIDE" in text and "LIDE " in text)
    )


def _records(cls: type, fields: list[dict]) -> list:
    """``[cls(**f) for f in fields]``."""
    return [cls(**f) for f in fields]


def _majority(langs: list[str | None]) -> str | None:
    counts: dict[str, int] = {}
    for lang in langs:
        if lang:
            counts[lang] = counts.get(lang, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None
