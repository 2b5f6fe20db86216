"""Compare main-text extractors on a news page with menus, sidebar, related links, comments, footer.

    .venv/bin/python bench/html_readers.py
    PYTHONPATH=/path/to/readability-lxml .venv/bin/python bench/html_readers.py   # adds readability

The page is tests/data/read_boilerplate.html (written for the project), and a "div soup" variant of
it with every HTML5 sectioning tag (header, nav, main, article, aside, section, footer) turned into a
<div>, as on older portals, and that variant again without class and id names ("bare divs"). The expected main text is the article's h1/h2/p/li (without its date
line, tags and share links); boilerplate is every other text element. Scores: recall (share of the
expected elements found in the output), leaks (boilerplate elements found in the output), whether the
title is the first line, and milliseconds per page.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "data" / "read_boilerplate.html"
_WS = re.compile(r"\s+")
_CLASS_ID = re.compile(r"""\s(?:class|id)="[^"]*\"""")
_SECTIONING = re.compile(r"<(/?)(header|nav|main|article|aside|section|footer)\b", re.I)


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def expected_and_boilerplate(html: str) -> tuple[list[str], list[str]]:
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(html)
    main = [
        _norm(e.text_content())
        for e in tree.xpath("//article//h1 | //article//h2 | //article//p | //article//li")
        if not e.xpath(
            "ancestor-or-self::*[contains(@class,'meta') or contains(@class,'tags') or contains(@class,'share')]"
        )
    ]
    boiler = []
    for e in tree.xpath(
        "//body//*[self::a or self::li or self::p or self::h3 or self::div[not(*)] or self::b]"
    ):
        text = _norm(e.text_content())
        if len(text.split()) >= 2 and not any(text in m or m in text for m in main):
            boiler.append(text)
    return [m for m in main if m], sorted(set(boiler))


def div_soup(html: str) -> str:
    return _SECTIONING.sub(lambda m: f"<{m.group(1)}div", html)


def bare_divs(html: str) -> str:
    """Div soup without class or id names: only the page's structure and text are left to go by."""
    return _CLASS_ID.sub("", div_soup(html))


def _trafilatura(precision: bool) -> Callable[[str], str]:
    def run(html: str) -> str:
        from doingoai.read.html import html_main_text

        if precision:
            return html_main_text(html, "page")[0]
        import trafilatura

        return trafilatura.extract(html, include_comments=False) or ""

    return run


def _justext(html: str) -> str:
    import justext

    paras = justext.justext(html.encode("utf-8"), justext.get_stoplist("Vietnamese"))
    return "\n\n".join(p.text for p in paras if not p.is_boilerplate)


def _readability(html: str) -> str:
    from lxml import html as lxml_html
    from readability import Document

    doc = Document(html)
    body = lxml_html.fromstring(doc.summary())
    return doc.short_title() + "\n\n" + "\n".join(_norm(t) for t in body.itertext() if t.strip())


def readers() -> dict[str, Callable[[str], str]]:
    out = {
        "trafilatura (doingoai: precision)": _trafilatura(True),
        "trafilatura (default)": _trafilatura(False),
        "justext (Vietnamese stoplist)": _justext,
    }
    try:
        import readability  # noqa: F401

        out["readability-lxml"] = _readability
    except ImportError:
        pass
    return out


def main() -> int:
    base = PAGE.read_text(encoding="utf-8")
    pages = {"semantic HTML5": base, "div soup": div_soup(base), "bare divs": bare_divs(base)}
    expected, boiler = expected_and_boilerplate(base)
    title = expected[0]
    print(f"expected elements {len(expected)}, boilerplate elements {len(boiler)}")
    print(f"{'page':<15} {'extractor':<34} {'recall':>6} {'leaks':>5} {'title':>5} {'ms':>7}")
    for page_name, html in pages.items():
        for name, fn in readers().items():
            fn(html)  # warm-up (imports, caches)
            t0 = time.perf_counter()
            for _ in range(5):
                text = fn(html)
            ms = (time.perf_counter() - t0) / 5 * 1000
            out = _norm(text)
            recall = sum(e in out for e in expected) / len(expected)
            leaks = sum(b in out for b in boiler)
            first = _norm(text.strip().split("\n", 1)[0]) if text.strip() else ""
            print(
                f"{page_name:<15} {name:<34} {recall:>6.2f} {leaks:>5} {'yes' if first == title else 'no':>5} {ms:>7.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
