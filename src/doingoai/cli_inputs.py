"""What the command line checks before and after the work, so that nothing is lost without a word.

* :func:`inputs`: the files of the paths given, folders expanded (sorted, recursive). A file given by
  name is always tried (an unsupported one gets its coded error from the reader). Inside a folder, a
  file with a suffix doingoai does not read is one E106 line (``12-bao-cao-cu.doc``: "save it as
  .docx ..."), a folder holding no file at all is one E113 line. Skipped without a word, as a file
  manager hides them: hidden files and folders (".DS_Store", "._x.pdf" resource forks, ".git/"), Office
  lock files ("~$x.docx"), editor backups ("x.txt~"), Thumbs.db / desktop.ini, and databases with their
  journals (".sqlite", ".db", "-wal", "-shm": a knowledge base kept beside its documents).
* Option values checked against what exists, as one E901 line naming the valid choices: event kinds
  (a kind or its family; "upgrade" -> "did you mean relations.upgrade"), actors (a code, or a name
  the gazetteer knows, resolved to its code: "Hàn Quốc" -> KOR), year ranges, encodings.
* :func:`warnings`: what a document that was read still deserves a word about (on stderr, not an
  error): stray bytes in UTF-8 text replaced, a text not in Vietnamese (events are read from
  Vietnamese only).
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from doingoai.errors import Code, DoingoaiError
from doingoai.pipeline import SUPPORTED_SUFFIXES

Item = Path | DoingoaiError  # a file to read, or why a file (or folder) given is not read

_SILENT_NAMES = frozenset({"thumbs.db", "desktop.ini"})
_SILENT_SUFFIXES = frozenset(
    {".sqlite", ".sqlite3", ".db", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal", ".db-wal", ".db-shm"}
    | {".db-journal", ".sqlite3-wal", ".sqlite3-shm", ".sqlite3-journal"}
)
_LANGUAGES = {"en": "English", "fr": "French", "ru": "Russian", "zh": "Chinese, Japanese or Korean"}


def silent(name: str) -> bool:
    """A file a folder may hold that is no document anyone meant to give (skipped without a word)."""
    low = name.lower()
    return (
        low.startswith((".", "~$"))
        or low.endswith("~")
        or low in _SILENT_NAMES
        or os.path.splitext(low)[1] in _SILENT_SUFFIXES
    )


def unsupported(path: Path) -> DoingoaiError:
    return DoingoaiError(
        Code.E106_UNSUPPORTED, f"unsupported file type '{path.suffix.lower() or '(none)'}'", str(path)
    )


def inputs(paths: Iterable[str | Path]) -> list[Item]:
    """Each path given as files to read and coded errors for what is not read (see the module doc)."""
    out: list[Item] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = _folder(p)
            if not found:
                out.append(
                    DoingoaiError(Code.E113_NO_DOCUMENTS, "the folder holds no file to read", str(given))
                )
            out.extend(found)
        else:  # a file named, or a path that is missing (the reader says so: E101)
            out.append(p)
    return out


def _folder(root: Path) -> list[Item]:
    files: list[Path] = []
    for here, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # hidden folders (.git, .cache) are not walked
        base = Path(here)
        files.extend(base / n for n in names if not silent(n) and (base / n).is_file())
    return [f if f.suffix.lower() in SUPPORTED_SUFFIXES else unsupported(f) for f in sorted(files)]


def files_of(items: Iterable[Item]) -> list[Path]:
    return [i for i in items if isinstance(i, Path)]


def problems_of(items: Iterable[Item]) -> list[DoingoaiError]:
    return [i for i in items if isinstance(i, DoingoaiError)]


# --- option values -----------------------------------------------------------------------------


def _option(message: str) -> DoingoaiError:
    return DoingoaiError(Code.E901_OPTION, message)


def check_encoding(encoding: str | None) -> None:
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise _option(
            f"unknown encoding {encoding!r}: give one Python knows, e.g. utf-8, utf-16, cp1258 (Windows-1258) or cp1252"
        ) from None


def check_years(since: int | None, until: int | None) -> None:
    if since is not None and until is not None and since > until:
        raise _option(f"since ({since}) is after until ({until})")


def event_kind(value: str | None, *, families: bool = True) -> str | None:
    """An event kind as given to --kind (a kind, or with ``families`` a family such as "agreement")."""
    if value is None:
        return None
    from doingoai.model import EventKind

    key = value.strip().lower()
    kinds = [k.value for k in EventKind]
    allowed = set(kinds) | ({k.split(".")[0] for k in kinds} if families else set())
    if key in allowed:
        return key
    near = [k for k in kinds if key and (k.split(".")[-1] == key or (len(key) > 2 and key in k))]
    guess = f" (did you mean {' or '.join(near)}?)" if near else ""
    groups = sorted({k.split(".")[0] for k in kinds if "." in k})
    family = f"; or a family: {', '.join(groups)}" if families else ""
    raise _option(f"unknown event kind {value!r}{guess}; one of: {', '.join(kinds)}{family}")


def actor_code(value: str | None) -> str | None:
    """An actor as given to --actor: a code ("KOR", "kor"), or a name the gazetteer knows ("Hàn Quốc",
    "han quoc", "South Korea"), resolved to its code; else E901 saying what to give."""
    if value is None or not value.strip():
        return None
    from doingoai.extract import gazetteer

    given = " ".join(value.split())
    if gazetteer.entry(given.upper()) is not None:
        return given.upper()
    codes = sorted({e.code for e in gazetteer.by_name(given)})
    if not codes:
        from doingoai.fold import fold

        codes = sorted(_folded_names().get(fold(given), ()))
    if len(codes) == 1:
        return codes[0]
    if codes:
        raise _option(f"{given!r} names several actors ({', '.join(codes)}): give one of these codes")
    if given.isupper() and " " not in given:  # a code the gazetteer does not list may still be stored
        return given
    raise _option(
        f"unknown actor {given!r}: give an actor code (e.g. VNM, LAO, KOR) or a name of it "
        '(e.g. "Hàn Quốc", "Laos")'
    )


@lru_cache(maxsize=1)
def _folded_names() -> dict[str, frozenset[str]]:
    from doingoai.extract import gazetteer
    from doingoai.fold import fold

    out: dict[str, set[str]] = {}
    for e in gazetteer.entries().values():
        for n in e.names:
            out.setdefault(fold(n.text), set()).add(e.code)
    return {k: frozenset(v) for k, v in out.items()}


# --- warnings about a document read ------------------------------------------------------------


def language(doc) -> str | None:
    """The language most of the document's text is in (its blocks' languages, weighed by length)."""
    sizes: dict[str, int] = {}
    for b in doc.blocks:
        if b.lang:
            sizes[b.lang] = sizes.get(b.lang, 0) + (b.end - b.start)
    return max(sizes, key=sizes.__getitem__) if sizes else None


def warnings(doc, *, events: bool) -> list[str]:
    """What to say about a document that was read (``events``: the command looks for events)."""
    out = []
    stray = doc.meta.get("encoding_repairs")
    if stray:
        out.append(
            f"{stray} byte{'s' if stray != 1 else ''} not UTF-8 in UTF-8 text: read as UTF-8, "
            "those bytes replaced (U+FFFD where they are no Windows-1252 quote or letter)"
        )
    lang = language(doc) if events else None
    if lang and lang != "vi":
        out.append(
            f"the text is in {_LANGUAGES.get(lang, lang)}, not Vietnamese: events are read from Vietnamese "
            "text only, so few or none are found here"
        )
    return out
