"""The merged index saved in the database, so a new process loads it instead of re-merging.

Merging every document's postings costs a sort of all postings (about a minute for 1M sentences
on a busy core); reading the merged arrays back costs a few seconds. The snapshot is written after
a merge of a large index (``MIN_SENTENCES``) and used while ``search_state.generation`` is unchanged;
any ingest or removal makes it stale (it is then rebuilt by the next search). One row per array
(raw bytes, dtype and shape beside), so no single value nears the 1 GB limits of BLOB/BYTEA.
"""

from __future__ import annotations

import json

import numpy as np

from doingoai.search.postings import Postings
from doingoai.search.years import years_from_postings

MIN_SENTENCES = 50_000
_SCALARS = (
    "s_doc",
    "s_idx",
    "s_start",
    "s_end",
    "s_pass",
    "p_doc",
    "p_start",
    "p_end",
    "year_pass",
    "year_lo",
    "year_hi",
    "doc_years",
    "doc_ids",
)
_SENTENCE_YEARS = ("sy_sent", "sy_lo", "sy_hi")  # absent from snapshots saved before they were kept


def _flatten(groups: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    names = sorted(groups)
    sizes = [len(groups[n]) for n in names]
    ids = np.concatenate([groups[n] for n in names]) if names else np.zeros(0, np.int64)
    return {
        "names": np.array(names, dtype="<U64"),
        "offsets": np.cumsum([0, *sizes]).astype(np.int64),
        "ids": ids,
    }


def _group(a: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    off = a["offsets"]
    return {str(n): a["ids"][off[i] : off[i + 1]] for i, n in enumerate(a["names"].tolist())}


def index_arrays(index) -> dict[str, np.ndarray]:
    out = {name: getattr(index, name) for name in (*_SCALARS, *_SENTENCE_YEARS)}
    out["doc_names"] = np.array(index.doc_names, dtype=f"<U{max([1, *map(len, index.doc_names)])}")
    for level in ("sentences", "passages"):
        out.update({f"{level}.{k}": v for k, v in getattr(index, level).arrays().items()})
    for name in ("actor_pass", "kind_sent"):
        out.update({f"{name}.{k}": v for k, v in _flatten(getattr(index, name)).items()})
    return out


def save(db, index) -> None:
    """Replace the stored snapshot with ``index`` (in one transaction)."""
    with db.transaction():
        db.execute("DELETE FROM search_snapshot")
        for name, arr in index_arrays(index).items():
            arr = np.ascontiguousarray(arr)
            db.execute(
                "INSERT INTO search_snapshot (generation, name, dtype, shape, data) VALUES (?, ?, ?, ?, ?)",
                (index.generation, name, arr.dtype.str, json.dumps(list(arr.shape)), arr.tobytes()),
            )


def load(db, generation: int):
    """The stored snapshot when it was made at ``generation``, else None."""
    from doingoai.search.index import Index

    if db.scalar("SELECT COUNT(*) FROM search_snapshot WHERE generation = ?", (generation,)) == 0:
        return None
    a = {
        r["name"]: np.frombuffer(bytes(r["data"]), dtype=np.dtype(r["dtype"])).reshape(json.loads(r["shape"]))
        for r in db.query(
            "SELECT name, dtype, shape, data FROM search_snapshot WHERE generation = ?", (generation,)
        )
    }

    def postings(level: str) -> Postings:
        g = {k.split(".", 1)[1]: v for k, v in a.items() if k.startswith(level + ".")}
        return Postings.from_arrays(
            g["keys"], g["kind"], g["indptr"], g["rows"], g["weights"], int(g["n_units"][0]), g["maxw"]
        )

    def groups(name: str) -> dict[str, np.ndarray]:
        return _group({k.split(".", 1)[1]: v for k, v in a.items() if k.startswith(name + ".")})

    sentences = postings("sentences")
    if not all(name in a for name in _SENTENCE_YEARS):
        a.update(years_from_postings(sentences))
    return Index(
        generation=generation,
        doc_names=[str(n) for n in a["doc_names"].tolist()],
        sentences=sentences,
        passages=postings("passages"),
        actor_pass=groups("actor_pass"),
        kind_sent=groups("kind_sent"),
        **{name: a[name] for name in (*_SCALARS, *_SENTENCE_YEARS)},
    )
