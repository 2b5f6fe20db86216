"""Mention kinds the event modules share (one definition, imported where a module asks what a name stands for)."""

from __future__ import annotations

from typing import Final

ORG_KINDS: Final = frozenset(
    {"organisation", "body"}
)  # an organisation or one of its bodies: not a state's name
