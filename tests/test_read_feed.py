"""RSS / Atom feeds (read/feed.py, round 203): files the tests write themselves."""

from __future__ import annotations

import pytest

from doingoai.errors import Code, DoingoaiError
from doingoai.read import read_file

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Tin đối ngoại thử nghiệm</title>
<link>https://tin.example.vn</link>
<item>
  <title>Thủ tướng tiếp Đại sứ Nhật Bản</title>
  <pubDate>Tue, 04 Apr 2023 23:30:00 +0700</pubDate>
  <description>&lt;p&gt;Tối nay, Thủ tướng tiếp Đại sứ Nhật Bản &amp;amp; phu nhân.&lt;/p&gt;</description>
</item>
<item>
  <title>Khai mạc diễn đàn hợp tác</title>
  <pubDate>Mon, 10 Jul 2023 09:00:00 +0700</pubDate>
  <description><![CDATA[<img src="a.jpg" /> Diễn đàn khai mạc sáng nay.]]></description>
  <content:encoded><![CDATA[<p><strong>Sáng 10/7, diễn đàn khai mạc tại Hà Nội.</strong></p>
<figure><img src="b.jpg" /><figcaption>Quang cảnh diễn đàn. Ảnh: TTXVN</figcaption></figure>
<p>Hai bên trao đổi về hợp tác kinh tế.</p>]]></content:encoded>
</item>
</channel>
</rss>
"""

BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<rss version="2.0"><channel><title>&d;</title></channel></rss>
"""


def _write(tmp_path, text: str, name: str = "tin.xml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_items_as_headings_and_paragraphs_with_their_day(tmp_path):
    doc = read_file(_write(tmp_path, RSS))
    assert doc.format == "xml" and doc.meta["title"] == "Tin đối ngoại thử nghiệm"
    lines = [ln for ln in doc.raw.splitlines() if ln]
    assert lines == [
        "Tin đối ngoại thử nghiệm",
        "Thủ tướng tiếp Đại sứ Nhật Bản",
        "Tối nay, Thủ tướng tiếp Đại sứ Nhật Bản & phu nhân.",
        "Khai mạc diễn đàn hợp tác",
        "Diễn đàn khai mạc sáng nay.",
        "Sáng 10/7, diễn đàn khai mạc tại Hà Nội.",
        "Quang cảnh diễn đàn. Ảnh: TTXVN",
        "Hai bên trao đổi về hợp tác kinh tế.",
    ]
    # the pubDate's day where it was written (23:30 +0700 is still 4 April there)
    assert [s[2] for s in doc.meta["sections"]] == ["2023-04-04", "2023-07-10"]
    assert len(doc.meta["markup"]["headings"]) == 2


def test_atom_feed_and_rss_suffix(tmp_path):
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Nhật ký</title>'
        "<entry><title>Hội đàm cấp cao</title><published>2024-02-01T08:00:00+07:00</published>"
        '<content type="html">&lt;p&gt;Hai nhà lãnh đạo hội đàm.&lt;/p&gt;</content></entry></feed>'
    )
    doc = read_file(_write(tmp_path, atom, "nhat-ky.atom"))
    assert "Hai nhà lãnh đạo hội đàm." in doc.raw
    assert doc.meta["sections"][0][2] == "2024-02-01"
    assert read_file(_write(tmp_path, RSS, "tin.rss")).format == "xml"


def test_xml_that_is_no_feed_is_a_coded_error(tmp_path):
    with pytest.raises(DoingoaiError) as err:
        read_file(_write(tmp_path, '<?xml version="1.0"?><config><a>1</a></config>'))
    assert err.value.code is Code.E115_FEED_BROKEN
    assert "not a news feed" in err.value.one_line()


def test_xml_bomb_is_refused(tmp_path):
    with pytest.raises(DoingoaiError) as err:
        read_file(_write(tmp_path, BOMB))
    assert err.value.code is Code.E115_FEED_BROKEN
    assert "refused for safety" in err.value.message


def test_broken_xml_is_a_coded_error(tmp_path):
    with pytest.raises(DoingoaiError) as err:
        read_file(_write(tmp_path, "<rss><channel><title>Tin</title>"))
    assert err.value.code is Code.E115_FEED_BROKEN
