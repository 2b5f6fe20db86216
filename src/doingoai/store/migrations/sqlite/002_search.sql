-- search index (doingoai.search.index). Keep in step with ../postgres/002_search.sql.
-- One row per document: its postings and filter tables as numpy arrays (portable BLOB).
CREATE TABLE search_docs (
    doc_id      INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    n_sentences INTEGER NOT NULL,
    data        BLOB NOT NULL
);

-- generation: bumped by every index change, so a process knows its in-memory index is stale
CREATE TABLE search_state (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO search_state (key, value) VALUES ('generation', 0);

-- optional dense extra: embeddings of a document's sentences and passages, per model
CREATE TABLE search_vectors (
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    model  TEXT NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (doc_id, model)
);

-- the merged in-memory index saved for the next process (doingoai.search.snapshot): one row per
-- array, valid while its generation equals search_state.generation
CREATE TABLE search_snapshot (
    generation INTEGER NOT NULL,
    name       TEXT PRIMARY KEY,
    dtype      TEXT NOT NULL,
    shape      TEXT NOT NULL,
    data       BLOB NOT NULL
);
