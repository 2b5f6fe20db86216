"""Who signed: the signers, not the leaders of the delegation visiting when it was signed.

A signing is often told across two sentences of an entry: "Hiệp ước … được ký ngày 18/7/1977 tại
Viêng Chăn, trong chuyến thăm … của Đoàn đại biểu … do Tổng Bí thư X và Thủ tướng Y dẫn đầu." then
"Người ký là hai Thủ tướng Y và Z." A person in the "do … dẫn đầu" / "led by …" adjunct led the
delegation; the signers are named by the next sentence of the paragraph when it writes "ký".
"""

from __future__ import annotations

import re
from typing import Any

# "ký" as the verb, not "Thư ký" / "thư ký" (a secretary) nor "ký hiệu", "ký túc"
_SIGN_VI = re.compile(r"(?<!thư )(?<!\w)ký(?!\s+(?:hiệu|túc|sự|giả|ức))(?!\w)", re.I)
_SIGN_EN = re.compile(r"\bsign(?:ed|s|ing|atory|atories)?\b", re.I)
# "do Tổng Bí thư X và Thủ tướng Y dẫn đầu", "(led by X)": the delegation's leaders
_LED = re.compile(
    r"\bdo\s+[^,;.()]{3,120}?\s+(?:dẫn\s+đầu|làm\s+trưởng\s+đoàn)|\bled\s+by\s+[^,;.()]{3,80}", re.I
)
_ASKS_LEADER = re.compile(r"dẫn\s+đầu|trưởng\s+đoàn|\bled\b|\blead|\bhead", re.I)


def asks_signer(question: str, english: bool) -> bool:
    """Whether a person question asks who signed (and not who led a delegation)."""
    if _ASKS_LEADER.search(question):
        return False
    return bool((_SIGN_EN if english else _SIGN_VI).search(question))


def says_signing(sentence: str) -> bool:
    return bool(_SIGN_VI.search(sentence))


def without_leaders(sentence: str) -> str:
    """The sentence with its delegation-leader adjuncts blanked (same length: offsets hold)."""
    return _LED.sub(lambda m: " " * len(m.group(0)), sentence)


def next_in_paragraph(kb, context, hit: dict[str, Any]) -> dict[str, Any] | None:
    """The sentence after the hit's in the same paragraph (a hit dict), or None."""
    if "doc_id" not in hit or "start" not in hit:
        return None
    row = kb.sentence_at(hit["doc_id"], hit["start"])
    if not row:
        return None
    after = kb.sentences_after(hit["doc_id"], row["idx"], 1)
    if not after:
        return None
    nxt = dict(after[0])
    gap = context.document(hit["doc_id"])[0][row["end"] : nxt["start"]]
    if "\n" in gap:
        return None
    return {**hit, **nxt}
