"""Search: the best sentences in the right passages, with filters, phrases and snippets.

Scores come from :mod:`doingoai.search.rank`; this module applies the filters, checks phrases
against the text, fetches the texts of the hits and marks their snippets.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

import numpy as np

from doingoai.errors import Code, DoingoaiError
from doingoai.model import EventKind
from doingoai.search.index import Index, load_index
from doingoai.search.rank import coverage, fuse, rank, top_rows
from doingoai.search.rerank import rerank as rerank_rows
from doingoai.search.snippets import match_set, snippet
from doingoai.search.texts import texts as _texts
from doingoai.search.tokenize import _WORD, MAX_QUERY_CHARS, Query, folded_words, parse_query, text_terms
from doingoai.search.years import year_mask

MAX_LIMIT = 1000


@dataclass(frozen=True)
class Hit:
    doc: str  # the source file's name
    text: str  # the sentence
    passage: str  # its paragraph
    score: float
    snippet: str  # the sentence with the query's words in [brackets]
    start: int  # sentence offsets in the document's cleaned text
    end: int
    doc_id: int
    sentence: int  # the sentence's number in its document
    passage_start: int
    passage_end: int
    path: str | None = None  # the file as ingested (relative when given relative); None without a file
    also: tuple[str, ...] = ()  # other files with the same content: the same sentence there, one hit

    def to_dict(self) -> dict:
        return asdict(self)


def search(
    kb,
    q: str,
    limit: int = 10,
    actor: str | None = None,
    kind: str | None = None,
    since: int | None = None,
    until: int | None = None,
    doc: str | None = None,
    dense: bool = False,
    rerank: bool = True,
) -> list[Hit]:
    """Search ``kb`` (a KnowledgeBase, or its Database) for ``q``; the best ``limit`` hits first.

    Filters: ``actor`` (code named in the hit's passage, or a party to an event there), ``kind``
    (the hit sentence is evidence of an event of this kind), ``since``/``until`` (a year of the hit
    sentence's own in the range; a sentence without years: its passage's, else the document's date;
    :mod:`doingoai.search.years`), ``doc`` (a document's name, id or path; E405 when the knowledge
    base holds no such document). ``dense`` fuses multilingual-e5-small rankings (RRF).
    ``rerank``: for a question, re-score the sentences of the best passages by answer type,
    neighbours and coverage (:mod:`doingoai.search.rerank`).
    """
    db = getattr(kb, "db", kb)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise DoingoaiError(Code.E901_OPTION, f"limit must be a positive whole number, not {limit!r}")
    limit = min(limit, MAX_LIMIT)
    query = parse_query(q, extra=english_names(q))
    index = load_index(db)
    keep = allowed(index, actor, kind, since, until, doc, db)
    if not index.n_sentences:
        return []
    copies = content_copies(db, index)
    if copies is not None:  # identical files collapse into one hit: fetch enough rows to fill ``limit``
        limit_rows = limit * min(int(np.bincount(copies).max()), 4)
    else:
        limit_rows = limit
    if query.phrases:
        phrase_ok = phrase_prefilter(index, query)
        keep = phrase_ok if keep is None else keep & phrase_ok
    need = 4 * limit_rows + 64 if query.phrases else limit_rows  # phrases are checked against the text
    if not dense:
        pruned = top_rows(index, query, need, keep)
        if pruned is not None:
            if rerank:
                pruned = rerank_rows(index, query, *pruned, keep, lambda r: _texts(db, index, r))
            return _hits(db, index, query, *pruned, limit, need, copies)
    scores = rank(index, query)
    if dense:
        from doingoai.search.dense import dense_scores

        scores = fuse(scores, dense_scores(db, index, q), coverage(index, query) ** 2)
    if keep is not None:
        scores = np.where(keep, scores, 0)
    if len(scores) > 8 * need:  # the best ``need`` straight from all scores (most may match a common word)
        top = np.argpartition(-scores, need)[:need]
        rows = np.sort(top[scores[top] > 0])
    else:
        rows = np.flatnonzero(scores > 0)
    row_scores = scores[rows]
    if rerank:
        rows, row_scores = rerank_rows(index, query, rows, row_scores, keep, lambda r: _texts(db, index, r))
    return _hits(db, index, query, rows, row_scores, limit, need, copies)


def content_copies(db, index: Index) -> np.ndarray | None:
    """Per document row, the first document row with the same content (sha256); None when every
    document's content differs (the common case). Cached with the index."""
    if "copies" not in index.extra:
        rows = db.query("SELECT id, sha256 FROM documents")
        sha = {int(r["id"]): r["sha256"] for r in rows}
        first: dict[str, int] = {}
        copies = np.array(
            [first.setdefault(sha.get(int(d), f"#{i}"), i) for i, d in enumerate(index.doc_ids.tolist())],
            dtype=np.int64,
        )
        index.extra["copies"] = copies if len(first) < len(copies) else None
    return index.extra["copies"]


def allowed(index: Index, actor, kind, since, until, doc, db=None) -> np.ndarray | None:
    """Sentence rows that pass the filters (None when there are none). ``doc``: a document's name
    or id, else (with ``db``) its path; E405 when there is no such document."""
    keep = None

    def both(mask):
        return mask if keep is None else keep & mask

    if actor:
        rows = index.actor_pass.get(actor.strip())
        if rows is None:
            rows = index.actor_pass.get(actor.strip().upper(), np.zeros(0, np.int32))
        keep = both(np.isin(index.s_pass, rows))
    if kind:
        try:
            kind = EventKind(kind.strip().lower()).value
        except ValueError:
            names = ", ".join(k.value for k in EventKind)
            raise DoingoaiError(Code.E901_OPTION, f"unknown event kind {kind!r}; one of: {names}") from None
        keep = both(np.isin(np.arange(index.n_sentences), index.kind_sent.get(kind, np.zeros(0, np.int32))))
    if since is not None or until is not None:
        if since is not None and until is not None and int(since) > int(until):
            raise DoingoaiError(Code.E901_OPTION, f"since ({since}) is after until ({until})")
        keep = both(year_mask(index, since, until))
    if doc:
        names = np.array(index.doc_names, dtype=object)
        rows = np.flatnonzero((names == doc) | (index.doc_ids.astype(str) == str(doc)))
        if not len(rows) and db is not None:
            rows = np.flatnonzero(np.isin(index.doc_ids, _documents_at(db, str(doc))))
        if not len(rows):
            raise DoingoaiError(Code.E405_NO_SUCH_DOC, f"no document {str(doc)!r} in the knowledge base")
        keep = both(np.isin(index.s_doc, rows))
    return keep


def _documents_at(db, path: str) -> list[int]:
    """Ids of the documents ingested from ``path`` (as given then, or resolved)."""
    from pathlib import Path

    from doingoai.store.queries import document_id

    found = {document_id(db, path), document_id(db, str(Path(path).resolve()))}
    return sorted(int(i) for i in found if i is not None)


def phrase_prefilter(index: Index, query: Query) -> np.ndarray:
    """Sentences holding every word pair of every phrase (checked against the text later)."""
    keep = np.ones(index.n_sentences, dtype=bool)
    for phrase in query.phrases:
        t = text_terms([" ".join(phrase)])
        wanted = t.keys[t.kind == (2 if len(phrase) > 1 else 1)]
        for key in np.unique(wanted):
            mask = np.zeros(index.n_sentences, dtype=bool)
            mask[index.sentences.units_with(int(key))] = True
            keep &= mask
    return keep


def has_phrase(text: str, phrase: tuple[str, ...]) -> bool:
    words = [w for _, _, w in folded_words(text)]
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def _hits(
    db,
    index: Index,
    query: Query,
    rows: np.ndarray,
    row_scores: np.ndarray,
    limit: int,
    need: int,
    copies: np.ndarray | None = None,
) -> list[Hit]:
    # best first; ties by index order, so both backends give the same list
    if len(rows) > need:
        part = np.argpartition(-row_scores, need)[:need]
        rows, row_scores = rows[part], row_scores[part]
    order = np.lexsort((rows, -row_scores))
    scores = dict(zip(rows[order].tolist(), row_scores[order].tolist(), strict=True))
    order = rows[order]
    words = match_set([*query.words, *(w for t in query.extra for w in _WORD.findall(t))])
    hits: list[Hit] = []
    seen: dict[tuple[int, int, int], int] = {}  # (content, start, end) -> the hit showing it
    also: dict[int, list[int]] = {}  # hit -> document rows of the same sentence in identical files
    todo = order.tolist()
    step = max(limit, 16)
    for k in range(0, len(todo), step):
        if len(hits) == limit:  # copies of the hits shown, found from the index alone
            for r in todo[k:] if copies is not None else ():
                d = int(index.s_doc[r])
                key = (int(copies[d]), int(index.s_start[r]), int(index.s_end[r]))
                if key in seen:
                    also.setdefault(seen[key], []).append(d)
            break
        chunk = todo[k : k + step]
        texts = _texts(db, index, chunk)
        for r in chunk:
            if r not in texts:
                continue
            sent, passage = texts[r]
            if query.phrases and not all(has_phrase(sent, ph) for ph in query.phrases):
                continue
            d, p = int(index.s_doc[r]), int(index.s_pass[r])
            if copies is not None:
                key = (int(copies[d]), int(index.s_start[r]), int(index.s_end[r]))
                if key in seen:
                    also.setdefault(seen[key], []).append(d)
                    continue
                if len(hits) == limit:
                    continue  # only copies of the hits shown are still wanted
                seen[key] = len(hits)
            hits.append(
                Hit(
                    doc=index.doc_names[d],
                    text=sent,
                    passage=passage,
                    score=round(scores[r], 4),
                    snippet=snippet(sent, words),
                    start=int(index.s_start[r]),
                    end=int(index.s_end[r]),
                    doc_id=int(index.doc_ids[d]),
                    sentence=int(index.s_idx[r]),
                    passage_start=int(index.p_start[p]),
                    passage_end=int(index.p_end[p]),
                )
            )
            if len(hits) == limit and copies is None:
                return _with_paths(db, index, hits, also)
    return _with_paths(db, index, hits, also)


def _with_paths(db, index: Index, hits: list[Hit], also: dict[int, list[int]]) -> list[Hit]:
    """Each hit with its document's path (two files of one name in different folders differ here),
    and the paths of identical files holding the same sentence."""
    from doingoai.store.queries import document_paths

    ids = {h.doc_id for h in hits} | {int(index.doc_ids[d]) for rows in also.values() for d in rows}
    paths = document_paths(db, ids)

    def label(doc_id: int, d: int) -> str:
        return paths.get(doc_id) or index.doc_names[d]

    return [
        replace(
            h,
            path=paths.get(h.doc_id),
            also=tuple(dict.fromkeys(label(int(index.doc_ids[d]), d) for d in also.get(i, ()))),
        )
        for i, h in enumerate(hits)
    ]


def english_names(q: str) -> list[str]:
    """Vietnamese names of actors named in English in ``q`` (from the gazetteer, when present)."""
    if not isinstance(q, str) or len(q) > MAX_QUERY_CHARS:
        return []  # parse_query reports it
    try:
        from doingoai.search.crosslingual import vietnamese_names
    except ImportError:
        return []
    return vietnamese_names(q)
