"""Subtitle files (.srt SubRip, .vtt WebVTT) -> plain text: what is said, in sentences, the cue machinery left out.

A video's subtitles are cues: a number (SRT; optional in WebVTT), a time line "00:01:02,500 --> 00:01:06,200"
(WebVTT: "00:01.000 --> 00:04.000 align:start"), one or two short lines of text, a blank line. What is said
runs across cues and breaks mid-phrase ("Ngày mười hai tháng Bảy / năm một nghìn ..."), so read line by line
the sentences were cut into pieces and the cue numbers and times were read as text. Here the cue numbers,
time lines, WebVTT's header, NOTE/STYLE/REGION blocks and inline tags ("<i>", "<c.x>", "<00:01.500>") are
dropped and the lines of the cues are joined with spaces into paragraphs. A paragraph ends where the
speaker changes: a cue or line opening with a speaker label ("[Đại sứ Nguyễn Văn A]:", "<v Nguyễn Văn A>")
or with the dialogue dash "- "; the labels and dashes are left out of the text and the labels kept in
``meta["subtitles"]["speakers"]`` ([start, end, name]: the turn each names). The first cue stands alone when it is
the video's title (written in capitals), and the last when it is the credits ("Thực hiện: …", "Cảm ơn quý
vị đã theo dõi").

Offsets: ``doc.raw`` is the joined text, as for HTML and Markdown; ``meta["subtitles"]["source"]`` maps it back
to the file: [text_start, file_start, length] for every piece copied (each piece is the file's own text), so
an evidence span is traced to the exact characters of the file.

(The PyPI ``srt`` library parses SubRip well but hands back each cue's text without its place in the file and
reads no WebVTT; the few rules here keep the offsets. See docs/decisions.md, round 160.)
"""

from __future__ import annotations

import re
from typing import Any

# (the milliseconds and the arrow's second dash are sometimes left out by hand-made files: "00:00:02 -> 00:00:03")
_TIME = re.compile(
    r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?\s*--?>\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[,.]\d{1,3})?\b.*$"
)
_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_VTT_BLOCK = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)(?:\s|$)")
_TAG = re.compile(r"<[^<>\n]{0,80}>")
_VOICE = re.compile(r"^<v(?:\.[\w.-]+)?\s+([^<>\n]{1,80})>")
_LABEL = re.compile(r"^\[([^\[\]\n]{2,80})\]\s*:\s*|^([^\W\d][^:\n]{1,60}):\s+(?=\S)")
_DASH = re.compile(r"^[-–—]\s+")
_CREDIT = re.compile(
    r"^(?:Thực hiện|Biên tập|Dịch|Phụ đề|Nguồn|Cảm ơn|Xin cảm ơn|Subtitles?|Credits?)\b", re.I
)
_LABEL_WORDS = re.compile(r"^(?:\[|[A-ZĐÀ-Ỹ])")


_ENDS = (".", "?", "!", "…")


def _opens_sentence(line: str) -> bool:
    body = line.lstrip()
    body = body[1:].lstrip() if body[:1] in "-–—" else body
    return body[:1].isupper() or body[:1] in '[<“"' or body[:1].isdigit()


def _is_title(lines: list[str]) -> bool:
    letters = [c for ln in lines for c in ln if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _speaker(line: str) -> tuple[str, int] | None:
    """A speaker label opening ``line``: (name, length of the label); "Tên:" only as "[...]:" or a short
    capitalised name before a colon that is not a sentence ("Thực hiện:" is a credit, not a speaker)."""
    m = _VOICE.match(line)
    if m:
        return m.group(1).strip(), m.end()
    m = _LABEL.match(line)
    if m is None:
        return None
    if m.group(1):
        return m.group(1).strip(), m.end()
    name = m.group(2)
    # "Phóng viên:", "Đại sứ Nguyễn Văn A:": up to six capitalised words, no sentence punctuation
    words = name.split()
    if len(words) > 6 or any(ch in name for ch in ",.;!?") or _CREDIT.match(name):
        return None
    if not all(_LABEL_WORDS.match(w) for w in words[1:]) and len(words) > 2:
        return None
    return name.strip(), m.end()


def read_subtitles(source: str) -> tuple[str, dict[str, Any]]:
    """The text of a subtitle file (SRT or WebVTT) and its markup (``{"source": [[text_start, file_start,
    length], ...], "speakers": [[start, end, name], ...]}``)."""
    # the cues: lists of (file offset, line) of their text lines
    cues: list[list[tuple[int, str]]] = []
    pos = 0
    cue: list[tuple[int, str]] | None = None
    skipping = False  # inside a WebVTT header / NOTE / STYLE / REGION block
    if source.startswith("\ufeff"):  # a byte order mark: not text ("WEBVTT" after it is the header)
        pos = 1
    raw_lines = source[pos:].splitlines(keepends=True)
    timed = any(_TIME.match(ln) for ln in raw_lines)  # (a file with no time line: every line is text)
    for k, raw_line in enumerate(raw_lines):
        start = pos
        pos += len(raw_line)
        line = raw_line.rstrip("\r\n")
        if not line.strip():
            skipping = False
            if cue:
                cues.append(cue)
            cue = None
            continue
        if skipping:
            continue
        if cue is None and _VTT_BLOCK.match(line):
            skipping = True
            continue
        if _TIME.match(line):
            if cue:  # a time line with no blank line before it: the lines before were a cue of their own
                cues.append(cue)
            cue = []
            continue
        if cue is None:
            # a cue number, or anything before the first time line (a file with time lines)
            if _NUMBER.match(line) or (timed and not cues):
                continue
            if k + 1 < len(raw_lines) and _TIME.match(raw_lines[k + 1]):
                continue  # a WebVTT cue identifier ("intro", "cue-2"): the line right before a time line
            cue = []  # text with no time line (a broken file): read it as a cue
        cue.append((start, line))
    if cue:
        cues.append(cue)
    return _join(cues)


def _join(cues: list[list[tuple[int, str]]]) -> tuple[str, dict[str, Any]]:
    out: list[str] = []
    pieces: list[list[int]] = []
    speakers: list[list[Any]] = []
    length = 0
    para_open = False

    def add(text: str, file_start: int) -> None:
        nonlocal length
        if not text:
            return
        pieces.append([length, file_start, len(text)])
        out.append(text)
        length += len(text)

    def sep(s: str) -> None:
        nonlocal length
        out.append(s)
        length += len(s)

    def new_paragraph() -> None:
        nonlocal para_open
        if para_open:
            sep("\n\n")
        para_open = False

    last = len(cues) - 1
    for k, cue in enumerate(cues):
        lines = [(s, ln) for s, ln in cue if ln.strip()]
        if not lines:
            continue
        alone = (k == 0 and _is_title([ln for _, ln in lines])) or (
            k == last and k > 0 and _CREDIT.match(lines[0][1].strip()) is not None
        )
        if alone or (out and out[-1][-1:] in _ENDS and _opens_sentence(lines[0][1])):
            new_paragraph()  # (a sentence said to the end of a cue, the next cue opening one: a new paragraph)
        for s, ln in lines:
            lead = len(ln) - len(ln.lstrip())
            body = ln[lead:]
            s += lead
            turn = False
            who = _speaker(body)
            if who is not None:
                name, cut = who
                turn = True
                body, s = body[cut:], s + cut
                speakers.append([-1, -1, name])
            else:
                d = _DASH.match(body)
                if d:
                    turn = True
                    body, s = body[d.end() :], s + d.end()
            if turn and not alone:
                new_paragraph()
            if who is not None:
                speakers[-1][0] = length + (1 if para_open else 0)
            # inline tags: the text between them, each run its own piece (offsets stay the file's)
            end = len(body.rstrip())
            body = body[:end]
            runs: list[tuple[int, int]] = []
            i = 0
            for m in _TAG.finditer(body):
                if m.start() > i:
                    runs.append((i, m.start()))
                i = m.end()
            if i < len(body):
                runs.append((i, len(body)))
            if not runs:
                continue
            if para_open:
                sep(" ")
            for a, b in runs:
                add(body[a:b], s + a)
            para_open = True
        if alone:
            new_paragraph()
    text = "".join(out).rstrip() + "\n"
    for sp in speakers:  # a labelled turn runs to the end of its paragraph
        end = text.find("\n\n", sp[0])
        sp[1] = end if end >= 0 else len(text) - 1
    markup: dict[str, Any] = {"source": pieces}
    if speakers:
        markup["speakers"] = speakers
    return text, markup


def source_offset(markup: dict[str, Any], i: int) -> int:
    """The file offset of the text's character ``i`` (-1 for a separator the reader put in)."""
    for t, f, n in markup.get("source", ()):
        if t <= i < t + n:
            return f + i - t
    return -1


def is_credits(text: str) -> bool:
    """A block's text is the video's credits ("Thực hiện: …", "Cảm ơn quý vị đã theo dõi"): its source line."""
    return _CREDIT.match(text) is not None
