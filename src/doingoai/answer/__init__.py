"""Answers with evidence: `ask(kb, question) -> Answer`."""

from doingoai.answer.engine import Answer, ask

__all__ = ["Answer", "ask"]
