-- doingoai core schema (SQLite). Offsets are character offsets into documents.text
-- (raw_start/raw_end: into documents.raw). JSON columns hold TEXT. Keep in step with ../postgres.

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL UNIQUE,        -- the resolved file path, or the name when added without one
    name        TEXT NOT NULL,               -- the file's name: what users see as `doc`
    path        TEXT,
    sha256      TEXT NOT NULL,
    format      TEXT NOT NULL,
    title       TEXT,
    date        TEXT,                        -- the document's own date (meta.date), ISO reduced precision
    text        TEXT NOT NULL,
    raw         TEXT NOT NULL,
    offset_map  TEXT NOT NULL,               -- JSON: OffsetMap.to_list(); null map = identity
    meta        TEXT NOT NULL,               -- JSON
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_name ON documents (name);
CREATE INDEX documents_sha256 ON documents (sha256);

CREATE TABLE blocks (
    id        INTEGER PRIMARY KEY,
    doc_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    type      TEXT NOT NULL,
    level     INTEGER,
    lang      TEXT,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    raw_start INTEGER NOT NULL,
    raw_end   INTEGER NOT NULL,
    text      TEXT NOT NULL,
    UNIQUE (doc_id, idx)
);

-- paragraph-like blocks: what a search hit shows as its passage
CREATE VIEW passages AS
    SELECT id, doc_id, idx, type, start, "end", raw_start, raw_end, text FROM blocks
    WHERE type IN ('paragraph', 'list_item', 'abstract', 'source', 'caption');

CREATE TABLE sentences (
    id        INTEGER PRIMARY KEY,
    doc_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    block     INTEGER NOT NULL,                -- blocks.idx of the same document
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    raw_start INTEGER NOT NULL,
    raw_end   INTEGER NOT NULL,
    text      TEXT NOT NULL,
    UNIQUE (doc_id, idx)
);

CREATE TABLE actors (
    code     TEXT PRIMARY KEY,
    kind     TEXT NOT NULL,
    name_vi  TEXT,
    name_en  TEXT,
    wikidata TEXT,
    names    TEXT NOT NULL DEFAULT '[]'         -- JSON list of names and aliases
);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    doc_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id INTEGER,                       -- sentences.id (same document; removed with it)
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    code        TEXT NOT NULL,                -- actors.code (written first, never deleted)
    kind        TEXT NOT NULL,
    via         TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX mentions_code ON mentions (code);
CREATE INDEX mentions_sentence ON mentions (sentence_id);

CREATE TABLE dates (
    id          INTEGER PRIMARY KEY,
    doc_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id INTEGER,                       -- sentences.id (same document; removed with it)
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    value       TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX dates_doc ON dates (doc_id);
CREATE INDEX dates_sentence ON dates (sentence_id);

CREATE TABLE citations (
    id          INTEGER PRIMARY KEY,
    doc_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id INTEGER,                       -- sentences.id (same document; removed with it)
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    raw         TEXT NOT NULL,
    author      TEXT NOT NULL,
    year        INTEGER,
    pages       TEXT,
    quote_start INTEGER,
    quote_end   INTEGER,
    quote       TEXT
);
CREATE INDEX citations_doc ON citations (doc_id);
CREATE INDEX citations_sentence ON citations (sentence_id);

-- a fact, merged across documents: same `key` (kind + actor set + recipient set + polarity) and
-- the same or a compatible date ("1977" and "1977-07-18" are one signing; see store/facts.py)
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL,
    kind       TEXT NOT NULL,
    plover     TEXT NOT NULL,
    actors     TEXT NOT NULL,                 -- JSON list of actor codes
    recipients TEXT NOT NULL,                 -- JSON list
    date       TEXT NOT NULL,                 -- the most precise date of its sources; '' when unknown
    year_from  INTEGER,                       -- the date as a year range, for filters and order
    year_to    INTEGER,
    status     TEXT NOT NULL,                 -- the most definite status among its sources
    attrs      TEXT NOT NULL DEFAULT '{}'     -- JSON: attributes merged from its sources
);
CREATE INDEX events_key ON events (key);
CREATE INDEX events_kind ON events (kind);
CREATE INDEX events_years ON events (year_from, year_to);

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    role     TEXT NOT NULL,                   -- actor | recipient
    PRIMARY KEY (event_id, code, role)
);
CREATE INDEX event_actors_code ON event_actors (code);

-- one extracted Event of one document (Document.events[ord]) that supports a fact
CREATE TABLE event_sources (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES events (id),
    doc_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord        INTEGER NOT NULL,
    actors     TEXT NOT NULL,
    recipients TEXT NOT NULL,
    date       TEXT NOT NULL,
    status     TEXT NOT NULL,
    attrs      TEXT NOT NULL                  -- JSON list of [name, value] pairs, as extracted
);
CREATE INDEX event_sources_event ON event_sources (event_id);
CREATE INDEX event_sources_doc ON event_sources (doc_id);

CREATE TABLE event_evidence (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id),
    source_id   INTEGER NOT NULL REFERENCES event_sources (id) ON DELETE CASCADE,
    doc_id      INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id INTEGER,                       -- sentences.id (same document; removed with it)
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    raw_start   INTEGER NOT NULL,
    raw_end     INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX event_evidence_event ON event_evidence (event_id);
CREATE INDEX event_evidence_doc ON event_evidence (doc_id);
CREATE INDEX event_evidence_sentence ON event_evidence (sentence_id);
