"""Reasons read from the product's own source, for bench/_why.py: the comment of the ``return None`` or
``continue`` a trigger ended at, else the condition of the ``if`` it sits in; the checks that condition calls; the
part of an ``if A or B`` that was true; the ``continue`` lines of find_events's loop over its trigger hits."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from types import FrameType

from doingoai.extract import events

_FIND = events.find_events.__code__


def where(filename: str, lineno: int) -> str:
    return f"{Path(filename).name}:{lineno}"


@cache
def _source(filename: str) -> tuple[list[str], ast.AST]:
    src = Path(filename).read_text(encoding="utf-8")
    return src.splitlines(), ast.parse(src)


def _comment(line: str) -> str:
    m = re.search(r"\s#\s?(.*)$", line)
    return m.group(1).strip() if m and line.count('"', 0, m.start()) % 2 == 0 else ""


@cache
def _parent_if(filename: str, lineno: int) -> ast.If | None:
    """The innermost ``if`` whose body holds the line."""
    _, tree = _source(filename)
    parent = None
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and any(
            s.lineno <= lineno <= (s.end_lineno or s.lineno) for s in node.body
        ):
            if parent is None or node.lineno > parent.lineno:
                parent = node
    return parent


@cache
def explained(filename: str, lineno: int) -> str:
    """What the code says of the ``return``/``continue`` at the line: its own comment, else the comment on the
    first line of the ``if`` it sits in (comments on a condition's later lines are mostly its exceptions: not
    used), else ""."""
    lines, tree = _source(filename)
    stmt = next(
        (
            n
            for n in ast.walk(tree)
            if isinstance(n, ast.Return | ast.Continue) and n.lineno <= lineno <= (n.end_lineno or n.lineno)
        ),
        None,
    )
    own_lines = (
        range(stmt.lineno, (stmt.end_lineno or stmt.lineno) + 1) if stmt else range(lineno, lineno + 1)
    )
    own = " ".join(c for c in (_comment(lines[i - 1]) for i in own_lines) if c)
    parent = _parent_if(filename, lineno)
    return own or (_comment(lines[parent.lineno - 1]) if parent is not None else "")


def _condition(filename: str, node: ast.expr) -> str:
    lines, _ = _source(filename)
    test = ast.get_source_segment("\n".join(lines), node) or ""
    return " ".join(re.sub(r"#[^\n]*", "", test).split())[:160]


@cache
def reason_at(filename: str, lineno: int) -> str:
    """The reason a ``return``/``continue`` at ``filename:lineno`` gives: :func:`explained`, else the
    condition of its ``if``, else the line."""
    got = explained(filename, lineno)
    if got:
        return got
    parent = _parent_if(filename, lineno)
    if parent is None:
        return _source(filename)[0][lineno - 1].strip()
    return "if " + _condition(filename, parent.test)


def fired_part(frame: FrameType, filename: str, lineno: int) -> str:
    """Of an ``if A or B or ...`` holding the line, the first part true in ``frame`` (re-evaluated: the bench's
    process only; the filters are pure), else ""."""
    parent = _parent_if(filename, lineno)
    if parent is None or not (isinstance(parent.test, ast.BoolOp) and isinstance(parent.test.op, ast.Or)):
        return ""
    for part in parent.test.values:
        try:
            code = compile(ast.Expression(part), filename, "eval")
            if eval(code, frame.f_globals, dict(frame.f_locals)):  # noqa: S307 (the product's own condition)
                return _condition(filename, part)
        except Exception:  # noqa: BLE001 (a part that needs what is not there: no answer)
            return ""
    return ""


@cache
def called_in_if(filename: str, lineno: int) -> frozenset[str]:
    """The names of the functions the condition of the ``if`` holding ``filename:lineno`` calls."""
    parent = _parent_if(filename, lineno)
    if parent is None:
        return frozenset()
    return frozenset(
        c.func.id if isinstance(c.func, ast.Name) else getattr(c.func, "attr", "")
        for c in ast.walk(parent.test)
        if isinstance(c, ast.Call)
    )


def via_reason(via: tuple[str, str, int] | None) -> tuple[str, str]:
    """(reason, place) of the check an ``if`` called, when that check's code says why (a comment)."""
    if via is None:
        return "", ""
    name, filename, at = via
    reason = explained(filename, at)
    return (f"{name}: {reason}", where(filename, at)) if reason else ("", "")


@cache
def loop_continues() -> tuple[int, dict[int, frozenset[str]]]:
    """find_events's loop over its trigger hits: the line of its ``for`` and, per line of a ``continue`` in
    it, the names of the functions its ``if`` calls."""
    _, tree = _source(_FIND.co_filename)
    head, out = -1, {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == _FIND.co_name:
            for loop in ast.walk(node):
                if isinstance(loop, ast.For) and isinstance(loop.iter, ast.Name) and loop.iter.id == "hits":
                    head = loop.lineno
                    for n in _own_nodes(loop):
                        if isinstance(n, ast.Continue):
                            out[n.lineno] = called_in_if(_FIND.co_filename, n.lineno)
    return head, out


def _own_nodes(loop: ast.For):
    """The nodes of a loop's body, not those of loops (or functions) nested in it."""
    todo = list(loop.body)
    while todo:
        n = todo.pop()
        yield n
        if not isinstance(n, ast.For | ast.While | ast.FunctionDef | ast.Lambda):
            todo.extend(ast.iter_child_nodes(n))
