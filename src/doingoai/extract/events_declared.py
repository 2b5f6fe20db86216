"""A declaration issued (round 152): "ra tuyên bố" is a joint or named declaration made by its parties only when
the words after it say so.

"Anh và Mô-ri-xơ ra tuyên bố chung", "ra Tuyên bố chính trị với Việt Nam", "ra Tuyên bố về Biển Đông" (a named
declaration, written with a capital) are declarations made together, read as one signed (SCHEMA: agreement.sign);
"Bộ Ngoại giao X ra tuyên bố phản đối ...", "ra tuyên bố hoan nghênh ..." is one side's statement, no agreement.
"""

from __future__ import annotations

_JOINT = (" chung", " chính trị")


def declared_jointly(text: str, low: str, end: int) -> bool:
    """Whether the declaration ending at ``end`` ("... tuyên bố") is a joint one ("chung", "chính trị") or a named
    one (the noun written "Tuyên bố", a title)."""
    if low.startswith(_JOINT, end):
        return True
    return text.startswith("Tuyên bố", end - 8)
