"""XML parsed with ``defusedxml``, its failures as one coded error (a feed: E115, an .odt's content.xml: E116).

An entity declaration (the way of an "XML bomb") or an external entity is refused; any other parse failure
(xml.etree's ParseError, a bad encoding) is "cannot be parsed". Shared by read/feed.py and read/odt.py
(review 23: each had its own copy).
"""

from __future__ import annotations

from typing import Any

from doingoai.errors import Code, DoingoaiError

__all__ = ["parse_xml"]


def parse_xml(data: bytes, code: Code, what: str, shown: str) -> Any:
    """The root element of ``data``; raises DoingoaiError(``code``) naming ``what`` ("the XML", "content.xml")."""
    import defusedxml.ElementTree as safe_et
    from defusedxml import DefusedXmlException

    try:
        return safe_et.fromstring(data)
    except DefusedXmlException as exc:
        raise DoingoaiError(
            code, f"{what} declares entities, refused for safety ({type(exc).__name__})", shown
        ) from None
    except Exception as exc:  # xml.etree.ElementTree.ParseError (a SyntaxError), a bad encoding
        raise DoingoaiError(code, f"{what} cannot be parsed ({exc})", shown) from None
