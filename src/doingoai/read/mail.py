"""E-mail (.eml, a saved message/rfc822) -> the text a person reads of it.

A message saved from a mail client is an RFC 5322 file: headers, then a body that is often
quoted-printable or base64 in some charset, and RFC 2047-encoded headers ("=?utf-8?q?...?="). Read as
plain text, the reader saw the encoded bytes ("Ng=C3=A0y 28/3"), so no sentence could be read. Here the
standard library's parser (``email.parser.BytesParser`` with ``email.policy.default``) decodes it:

* the text is the decoded body, ``get_body(preferencelist=("plain", "html"))``: a text/plain part when
  there is one, else the HTML part, read by the HTML reader (read/html.py); of a multipart message with
  attachments only that one text part is read, attachments are left out;
* the decoded Subject is the document's first line (its title), a blank line below it; the Date header
  is the document's date (``meta["date"]``, ISO 8601: "tháng trước", "ngày 28/3 tới" are read from it);
  From, To and Cc are kept in ``meta["mail"]``;
* a quoted earlier message ("> " at the start of each line) is kept as text without its marks, each
  quoted paragraph its own block; the lines that are the mail client's and not the writer's -- a
  forwarded message's separator and its "From:/Date:/Subject:/To:" lines, the "On ..., X wrote:" /
  "Vào ..., X đã viết:" line above a quotation, the "-- " above a signature, and the signature's lines
  under the writer's name (title, unit, telephone) -- are left out of the text (kept in
  ``meta["mail"]["dropped"]``), as a PDF's running headers are;
* what the reader knows of the kept lines goes on as ``meta["markup"]`` (round 208): each quoted paragraph
  ("text": a paragraph, whatever its shape) and the signature's name line ("authors": the writer, an author
  block of its own, when it is shaped as a name).

Offsets are into the text returned (``doc.raw``), as for Markdown and HTML.
"""

from __future__ import annotations

import re
from email import policy
from email.errors import MessageError
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from doingoai.errors import Code, DoingoaiError

__all__ = ["read_mail", "looks_like_mail"]

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]")
_FORWARD = re.compile(
    r"^-{2,}\s*(?:Forwarded message|Original Message|Thư chuyển tiếp|Thư gốc)\s*-*\s*$", re.I
)
# a forwarded message's own header lines (Gmail, Outlook; English and Vietnamese clients)
_FORWARD_FIELD = re.compile(
    r"^(?:From|To|Cc|Date|Sent|Subject|Từ|Đến|Tới|Ngày|Ngày gửi|Gửi|Chủ đề|Tiêu đề|Người gửi|Người nhận)\s*:",
    re.I,
)
_WROTE = re.compile(r"^(?:On|Vào)\b.{4,200}(?:wrote|đã viết)\s*:\s*$")
_QUOTE = re.compile(r"^[ \t]?(?:>[ \t]?)+")
_SIG = "-- "


def looks_like_mail(data: bytes) -> bool:
    """Do the bytes open as a saved e-mail (header lines, among them From: and a Subject: or Date:)?"""
    head = data[:4096].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    lines = head.splitlines()
    if not lines or not _HEADER_LINE.match(lines[0]):
        return False
    names = {ln.split(b":", 1)[0].lower() for ln in lines if _HEADER_LINE.match(ln)}
    return b"from" in names and bool(names & {b"subject", b"date", b"message-id"})


def _iso_date(value: str) -> str:
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return ""
    return when.date().isoformat() if when is not None else ""


def _addresses(msg: EmailMessage, name: str) -> list[str]:
    values = [str(v) for v in msg.get_all(name, [])]
    return [f"{n} <{a}>" if n else a for n, a in getaddresses(values) if n or a]


def _body_lines(body: str) -> tuple[list[str], list[str], list[int], int]:
    """The body's lines as a person reads them, the lines left out (the mail client's), the indices (in the
    lines read) of the quoted lines and of the signature's name line (-1: none)."""
    out: list[str] = []
    dropped: list[str] = []
    quoted: list[int] = []
    name = -1
    quoted_prev = False
    forward_head = False
    signature: str | None = None  # (after "-- ": "" until the signature's first line, then that line)
    for line in body.splitlines():
        if forward_head:  # the forwarded message's header lines, up to the first blank line
            if not line.strip():
                forward_head = False
                out.append("")
                continue
            if _FORWARD_FIELD.match(line) or line.startswith((" ", "\t")):
                dropped.append(line)
                continue
            forward_head = False
        if _FORWARD.match(line.strip()):
            dropped.append(line)
            forward_head = True
            continue
        if signature is not None:  # the signature: its first line (the writer's name) kept, the rest left out
            if not line.strip():
                if signature:
                    signature = None  # (the blank line below the signature ends it)
            elif signature:
                dropped.append(line)
                continue
            else:
                signature = line
                name = len(out)
        if line == _SIG or line.rstrip() == "--":
            dropped.append(line)
            out.append("")
            signature = ""
            continue
        quote = _QUOTE.match(line)
        if quote:
            text = line[quote.end() :]
            if not quoted_prev and out and out[-1].strip():
                out.append("")  # a quotation is never joined to the line above it
            quoted.append(len(out))
            out.append(text)
            quoted_prev = True
            continue
        if quoted_prev and line.strip():
            out.append("")
        quoted_prev = False
        if _WROTE.match(line.strip()):
            dropped.append(line)
            out.append("")
            continue
        out.append(line)
    return out, dropped, quoted, name


_MAX_NAME_WORDS = 8  # words of a signature's name line ("TS. Nguyễn Thị Thu Hương"), not a closing formula


def _markup(lines: list[str], quoted: list[int], name: int, shift: int) -> dict[str, Any]:
    """What the reader knows of the lines (round 208), as raw offsets (``shift``: the offset of line 0, the
    text's lines being ``lines`` joined by newlines): a quoted paragraph (its lines in a run, a blank line
    ending it) is "text", a paragraph whatever its shape (the earlier writer's "An" under the message is no
    heading); the signature's name line the writer ("authors")."""
    starts = []
    at = shift
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    text: list[list[int]] = []
    inside = set(quoted)
    for k in quoted:
        if not lines[k].strip():
            continue
        end = starts[k] + len(lines[k])
        if text and k - 1 in inside and lines[k - 1].strip():
            text[-1][1] = end  # (the paragraph's next line)
        else:
            text.append([starts[k], end])
    marked: dict[str, Any] = {}
    if text:
        marked["text"] = text
    line = lines[name] if name >= 0 else ""
    if line.strip() and len(line.split()) <= _MAX_NAME_WORDS and line.rstrip()[-1] not in ",.:;!?":
        lead = len(line) - len(line.lstrip())
        marked["authors"] = [[starts[name] + lead, starts[name] + len(line.rstrip())]]
    return marked


def read_mail(data: bytes, shown: str) -> tuple[str, dict[str, Any]]:
    """The text of a saved e-mail (its Subject, a blank line, its decoded body) and its meta (``date``,
    ``title``, ``mail``: from, to, cc, dropped lines); raises DoingoaiError E105 when it is no message."""
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        if not isinstance(msg, EmailMessage) or not msg.keys():
            raise DoingoaiError(Code.E105_UNDECODABLE, "not an e-mail message (no headers)", shown)
        part = msg.get_body(preferencelist=("plain", "html"))
        if part is None:
            raise DoingoaiError(Code.E102_EMPTY, "the e-mail has no text part", shown)
        body = part.get_content()
        subtype = part.get_content_subtype()
        subject = " ".join(str(msg.get("subject", "") or "").split())
        date = _iso_date(str(msg.get("date", "") or ""))
        meta: dict[str, Any] = {}
        mail: dict[str, Any] = {k: _addresses(msg, k) for k in ("from", "to", "cc")}
    except (MessageError, LookupError, ValueError, TypeError, AttributeError) as exc:
        raise DoingoaiError(Code.E105_UNDECODABLE, f"the e-mail cannot be decoded ({exc})", shown) from None
    if not isinstance(body, str):
        raise DoingoaiError(Code.E102_EMPTY, "the e-mail has no text part", shown)
    if subtype == "html":
        from doingoai.read.html import read_page

        body = read_page(body, shown).text
    if not body.strip():
        raise DoingoaiError(Code.E102_EMPTY, "the e-mail's body is empty", shown)
    lines, dropped, quoted, name = _body_lines(body.replace("\r\n", "\n"))
    joined = "\n".join(lines)
    text = joined.strip("\n") + "\n"
    shift = len(text.rstrip("\n")) - len(joined.rstrip("\n"))  # (the blank lines stripped at the top: < 0)
    if subject:
        text = subject + "\n\n" + text
        shift += len(subject) + 2
        meta["title"] = subject
    marked = _markup(lines, quoted, name, shift) if quoted or name >= 0 else {}
    if marked:
        meta["markup"] = marked
    if date:
        meta["date"] = date
    mail = {k: v for k, v in mail.items() if v}
    if dropped:
        mail["dropped"] = dropped
    if mail:
        meta["mail"] = mail
    return text, meta
