"""Bytes -> text for .txt/.md (and HTML bodies): BOMs, UTF-8, UTF-16, Windows-1258, 8-bit legacy.

Decision order:

1. A BOM decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); content that does not decode under its BOM is
   refused (E105).
2. NUL bytes in a UTF-16 pattern (every other byte zero) mean BOM-less UTF-16; other NUL bytes or many
   C0 control bytes mean binary (E104).
3. Valid UTF-8 is UTF-8. Mostly-UTF-8 with a few stray 8-bit bytes (a pasted Windows quote, a damaged
   byte) stays UTF-8, whatever its length: when its valid multi-byte characters are ten times its
   stray bytes, or when they include a Vietnamese letter and are at least as many as the damaged
   places (runs of stray bytes). 8-bit Vietnamese text almost never forms a valid UTF-8 sequence, and
   then hardly one that reads as a Vietnamese letter, while each of its accented words is a damaged
   place. A stray byte that Windows-1252 reads as punctuation or a Vietnamese letter is read so
   ("\x93" -> "“"); any other (a cut multi-byte sequence, "\xff") becomes U+FFFD: a lead byte right
   before another non-ASCII byte is a cut sequence ("nh\xc3ập"), before ASCII a pasted letter ("d\xe2n").
   ``meta["encoding_repairs"]`` counts the stray bytes (the command line says so on stderr).
4. Otherwise an 8-bit encoding. Windows-1258 (Vietnamese, with combining tone marks) is chosen when its
   decoding, after NFC, reads as Vietnamese letters; else the bytes are decoded byte-preservingly as
   Windows-1252 (WHATWG: the five undefined bytes become the C1 control of the same value), so that
   the clean stage can spot TCVN3 (".VnTime") or VNI runs in it and get the exact bytes back with
   :func:`to_bytes`. Text where most non-blank bytes are >= 0x80 is no Vietnamese 8-bit encoding
   (those keep base letters in ASCII): it is refused (E105).

Line ends are normalised to "\\n" (as Python's text mode does).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from doingoai.errors import Code, DoingoaiError

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than \t \n \v \f \r and ESC: rare in text, common in binary data.
_CONTROL_BYTES = bytes(i for i in range(32) if i not in (9, 10, 11, 12, 13, 27))
_CONTROL_CHARS = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")
_NEWLINES = re.compile(r"\r\n?")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_REPLACED_RUNS = re.compile("\ufffd+")
SAMPLE_BYTES = 256 * 1024  # how much is looked at for binary data and for the 8-bit encoding

# Windows-1252 with the WHATWG fallback: undefined bytes map to U+0081, U+008D, ... (reversible).
_CP1252_C1 = {
    0x80 + i: ord(bytes([0x80 + i]).decode("cp1252", errors="ignore") or chr(0x80 + i)) for i in range(32)
}
_CP1252_BACK = {v: k for k, v in _CP1252_C1.items()}


def _vietnamese_letters() -> frozenset[str]:
    bases = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    out = {"đ", "Đ"}
    for b in bases + bases.upper():
        for t in tones:
            out.add(unicodedata.normalize("NFC", b + t))
    return frozenset(c for c in out if len(c) == 1 and not c.isascii())


VIETNAMESE_LETTERS = _vietnamese_letters()
_COMBINING_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Non-ASCII characters that any Latin 8-bit encoding maps the same: they say nothing about which.
_NEUTRAL = frozenset("\u00a0“”‘’–—…•«»°±·€™§©®¶×÷\u00ad")
# What a stray Windows-1252 byte in UTF-8 text may stand for (else it is damage: U+FFFD).
_PASTED = _NEUTRAL | VIETNAMESE_LETTERS


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # utf-8 | utf-8-sig | utf-16-le | utf-16-be | utf-32-le | utf-32-be | cp1258 | cp1252
    repairs: int = 0  # stray non-UTF-8 bytes decoded as Windows-1252 inside UTF-8 text


def _stray_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    """A stray byte that Windows-1252 reads as something Vietnamese text holds (a pasted quote or
    letter) is read so; anything else (a cut multi-byte sequence, a byte no text uses) is U+FFFD."""
    data, end = err.object, err.end
    chunk = bytes(data[err.start : end])
    cut = chunk[0] >= 0xC2 and end < len(data) and data[end] >= 0x80  # a lead byte whose sequence was cut
    if len(chunk) == 1 and not cut:
        ch = decode_cp1252(chunk)
        if ch in _PASTED:
            return ch, end
    return "\ufffd", end


codecs.register_error("doingoai-cp1252", _stray_bytes)


def decode_cp1252(data: bytes) -> str:
    """Windows-1252, byte-preserving (undefined bytes become C1 controls)."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1").translate(_CP1252_C1)


def to_bytes(text: str, encoding: str) -> bytes:
    """The bytes an 8-bit decoding came from (for the clean stage's legacy-font tables)."""
    if encoding == "cp1252":
        return text.translate(_CP1252_BACK).encode("latin-1", errors="replace")
    return text.encode(encoding, errors="replace")


def _fail(code: Code, message: str, name: str) -> DoingoaiError:
    return DoingoaiError(code, message, name)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when NUL bytes sit on one parity, as in UTF-16 text."""
    n = len(data) - len(data) % 2
    if n < 4:
        return None
    even, odd = data[0:n:2].count(0), data[1:n:2].count(0)
    half = n // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _check_text(text: str, name: str, encoding: str, *, nul_possible: bool = True) -> str:
    if nul_possible and "\x00" in text:
        raise _fail(Code.E104_BINARY, f"NUL characters after decoding as {encoding}: not a text file", name)
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode a text file's bytes (see the module docstring); raises E104/E105."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise _fail(
                    Code.E105_UNDECODABLE,
                    f"starts with a {enc} byte-order mark but is not {enc} ({exc.reason} at byte {exc.start})",
                    name,
                ) from None
            if text.startswith("\ufeff"):  # utf-16/32 codecs with an explicit byte order keep the BOM
                text = text[1:]
            return Decoded(_check_text(text, name, enc), enc)

    if 0 in data:
        enc = _utf16_without_bom(data)
        if enc is None:
            raise _fail(Code.E104_BINARY, "contains NUL bytes: binary data, not text", name)
        try:
            return Decoded(_check_text(data.decode(enc), name, enc), enc)
        except UnicodeDecodeError:
            raise _fail(
                Code.E105_UNDECODABLE, f"looks like {enc} without a byte-order mark but does not decode", name
            ) from None

    head = data[:SAMPLE_BYTES]  # binary data shows itself at once; text needs no full scan
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > max(2, 0.02 * len(head)):
        raise _fail(Code.E104_BINARY, f"{controls} control bytes in {len(head)}: binary data, not text", name)

    # From here on there is no NUL byte, so no decoding below can produce a NUL character.
    try:
        return Decoded(_check_text(data.decode("utf-8"), name, "utf-8", nul_possible=False), "utf-8")
    except UnicodeDecodeError:
        pass
    repaired = _mostly_utf8(data)
    if repaired is not None:
        return Decoded(_check_text(repaired[0], name, "utf-8", nul_possible=False), "utf-8", repaired[1])
    return _decode_8bit(data, name)


def decode_as(data: bytes, encoding: str, name: str) -> Decoded:
    """Decode with the encoding the user named (a BOM of that encoding is dropped); raises E105."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise _fail(Code.E105_UNDECODABLE, f"unknown encoding {encoding!r}", name) from None
    if codec == "cp1252":
        text = decode_cp1252(data)
    else:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise _fail(
                Code.E105_UNDECODABLE,
                f"not {codec}: {exc.reason} at byte {exc.start} (the encoding given; leave it out to detect it)",
                name,
            ) from None
        if codec == "cp1258":
            text = unicodedata.normalize("NFC", text)
    return Decoded(_check_text(text.removeprefix("\ufeff"), name, codec), codec)


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few stray 8-bit bytes, or None when the bytes are not mainly UTF-8."""
    valid = data.decode("utf-8", errors="ignore")
    stray = len(data) - len(valid.encode("utf-8"))
    ascii_bytes = len(data.translate(None, _HIGH_BYTES))
    valid_non_ascii = len(valid) - ascii_bytes
    if valid_non_ascii <= 0:
        return None
    if valid_non_ascii >= 10 * stray:
        return data.decode("utf-8", errors="doingoai-cp1252"), stray
    if 3 * valid_non_ascii < stray:  # a damaged place is at most 3 bytes: cannot pass the test below
        return None
    # damaged places: runs of bytes that are not UTF-8 (one U+FFFD each under "replace", runs merged)
    places = len(_REPLACED_RUNS.findall(data.decode("utf-8", errors="replace"))) - len(
        _REPLACED_RUNS.findall(valid)
    )
    if valid_non_ascii >= places and not VIETNAMESE_LETTERS.isdisjoint(valid):
        return data.decode("utf-8", errors="doingoai-cp1252"), stray
    return None


def _decode_8bit(data: bytes, name: str) -> Decoded:
    if _plausible_cp1258(data[:SAMPLE_BYTES]):
        text = unicodedata.normalize("NFC", data.decode("cp1258", errors="strict"))
        return Decoded(_check_text(text, name, "cp1258", nul_possible=False), "cp1258")
    non_blank = len(data) - sum(data.count(c) for c in b" \t\r\n\f")
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if non_blank >= 16 and high > 0.5 * non_blank:
        raise _fail(
            Code.E105_UNDECODABLE,
            f"not UTF-8, and {high} of {non_blank} non-blank bytes are 8-bit: not a Vietnamese 8-bit encoding either",
            name,
        )
    return Decoded(_check_text(decode_cp1252(data), name, "cp1252", nul_possible=False), "cp1252")


def _plausible_cp1258(sample: bytes) -> bool:
    """Does the Windows-1258 reading of ``sample`` (after NFC) read as Vietnamese?"""
    try:
        text = unicodedata.normalize("NFC", sample.decode("cp1258"))
    except UnicodeDecodeError:
        return False
    counts = Counter(re.findall(r"[^\x00-\x7f]", text))
    viet = orphan = other = 0
    for ch, k in counts.items():
        if ch in VIETNAMESE_LETTERS:
            viet += k
        elif ch in _COMBINING_TONES:
            orphan += k
        elif ch not in _NEUTRAL:
            other += k
    return bool(viet) and orphan <= 1 + 0.01 * viet and other <= 0.05 * (viet + other)
