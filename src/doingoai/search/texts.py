"""The texts of search hits: each sentence and its passage, from the store.

From the ``sentences`` and ``blocks`` tables, with bounded statements (a document that came as one
block of thousands of sentences asks for many rows at once: one ``OR`` over all of them made an
expression SQLite refuses past a depth of 1,000) and each block's text fetched once (a 270 KB block
is not copied once per sentence). A document stored without sentences has its texts cut from its
own text. The same SQL runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from doingoai.search.index import Index

PAIRS_PER_STATEMENT = 100  # sentences fetched by one statement: a shallow OR (SQLite refuses depth > 1,000)


def _pairs(keys: list[tuple[int, int]]):
    """``(WHERE clause, parameters)`` for ``(doc_id, idx)`` pairs, at most :data:`PAIRS_PER_STATEMENT` a
    statement. The clause's text depends only on the count, so the driver's statement cache keeps it."""
    for k in range(0, len(keys), PAIRS_PER_STATEMENT):
        part = keys[k : k + PAIRS_PER_STATEMENT]
        yield " OR ".join(["(s.doc_id = ? AND s.idx = ?)"] * len(part)), [v for key in part for v in key]


def texts(db, index: Index, rows: list[int]) -> dict[int, tuple[str, str]]:
    """(sentence, passage) texts of sentence rows: from the store's sentences and blocks tables,
    else (a document stored without sentences) cut from the document's text.

    Bounded statements (a block of thousands of sentences asks for many rows), and each block's
    text fetched once: with the first row asked of its passage; the other rows of that passage
    fetch their sentence alone."""
    keys = {(int(index.doc_ids[index.s_doc[r]]), int(index.s_idx[r])): r for r in rows}
    first: dict[int, int] = {}  # passage -> the first row asked of it
    for r in keys.values():
        first.setdefault(int(index.s_pass[r]), r)
    lead = set(first.values())
    out: dict[int, tuple[str, str]] = {}

    def found(row) -> int | None:
        r = keys.get((int(row["doc_id"]), int(row["idx"])))
        return r if r is not None and int(row["start"]) == int(index.s_start[r]) else None

    for where, params in _pairs([k for k, r in keys.items() if r in lead]):
        for row in db.query(
            "SELECT s.doc_id, s.idx, s.start, s.text AS s, b.text AS p FROM sentences s"
            f" JOIN blocks b ON b.doc_id = s.doc_id AND b.idx = s.block WHERE {where}",
            params,
        ):
            if (r := found(row)) is not None:
                out[r] = (row["s"], row["p"])
    for where, params in _pairs([k for k, r in keys.items() if r not in lead]):
        for row in db.query(
            f"SELECT s.doc_id, s.idx, s.start, s.text AS s FROM sentences s WHERE {where}", params
        ):
            r = found(row)
            passage = out.get(first[int(index.s_pass[r])]) if r is not None else None
            if passage is not None:
                out[r] = (row["s"], passage[1])
    missing = [r for r in rows if r not in out]
    if missing:
        out.update(cut_texts(db, index, missing))
    return out


def cut_texts(db, index: Index, rows: list[int]) -> dict[int, tuple[str, str]]:
    """Texts cut from the documents' own text: each passage fetched once, its sentences cut from it."""
    out: dict[int, tuple[str, str]] = {}
    passages: dict[int, str | None] = {}
    for r in rows:
        p = int(index.s_pass[r])
        p0, p1 = int(index.p_start[p]), int(index.p_end[p])
        if p not in passages:
            row = db.query_one(
                "SELECT substr(text, ?, ?) AS p FROM documents WHERE id = ?",
                (p0 + 1, p1 - p0, int(index.doc_ids[index.p_doc[p]])),
            )
            passages[p] = None if row is None else row["p"]
        passage = passages[p]
        if passage is None:
            continue
        s0, s1 = int(index.s_start[r]), int(index.s_end[r])
        if p0 <= s0 <= s1 <= p1:
            out[r] = (passage[s0 - p0 : s1 - p0], passage)
        else:
            row = db.query_one(
                "SELECT substr(text, ?, ?) AS s FROM documents WHERE id = ?",
                (s0 + 1, s1 - s0, int(index.doc_ids[index.s_doc[r]])),
            )
            if row is not None:
                out[r] = (row["s"], passage)
    return out
