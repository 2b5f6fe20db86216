"""An enum's members as attributes of a plain object, for the rule modules' ``K.VISIT`` reads.

On Python 3.11 ``EnumType`` defines ``__getattr__``, so every attribute read on an enum class (``EventKind.VISIT``)
goes through the interpreter's ``__getattr__`` hook: about 0.35 µs, eight times a plain attribute read, and ~460
instructions a read in the compiled build (speed round 10 counted ~12,000 such reads per pass over the bench texts,
5.8% of the compiled build's instructions). The members themselves are the same objects (``K.VISIT is
EventKind.VISIT``), so comparisons, hashing and output are unchanged.
"""

from __future__ import annotations

from enum import Enum
from types import SimpleNamespace
from typing import Any


def members(enum_class: type[Enum]) -> Any:
    """``enum_class``'s members (aliases too) by name, as attributes."""
    return SimpleNamespace(**enum_class.__members__)
