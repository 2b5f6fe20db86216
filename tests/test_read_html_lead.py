"""The lead paragraph ("sapo") of a news page is kept when the main-text extractor drops it."""

from pathlib import Path

from doingoai.pipeline import parse_file

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Việt Nam và Chi-lê ký hiệp định | Báo Mẫu</title></head>
<body><nav><a href="/">Trang chủ</a> <a href="/tg">Thế giới</a></nav>
<article><h1>Việt Nam và Chi-lê ký hiệp định</h1>
<div class="article-sapo">Xan-ti-a-gô, 11/11 – Hai nước đã ký Hiệp định thương mại tự do song phương trong chuyến thăm của Chủ tịch nước.</div>
<div class="content"><p>Hiệp định được ký ngày 11/11/2011 tại Xan-ti-a-gô sau nhiều vòng đàm phán giữa hai bên.</p>
<p>Hai bên nhất trí thúc đẩy thương mại, đầu tư và hợp tác nông nghiệp trong những năm tới.</p></div></article>
<footer>© Báo Mẫu</footer></body></html>"""


def test_the_lead_paragraph_comes_after_the_title(tmp_path: Path):
    path = tmp_path / "tin.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = parse_file(path)
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    assert texts[0] == "Việt Nam và Chi-lê ký hiệp định"
    assert texts[1].startswith("Xan-ti-a-gô, 11/11 – Hai nước đã ký")
    assert sum("Hai nước đã ký Hiệp định" in t for t in texts) == 1  # once, not twice


def test_a_lead_already_kept_is_not_repeated(tmp_path: Path):
    page = PAGE.replace('class="article-sapo"', 'class="content-first"')
    path = tmp_path / "tin.html"
    path.write_text(page, encoding="utf-8")
    doc = parse_file(path)
    assert sum("Hai nước đã ký Hiệp định" in doc.text[b.start : b.end] for b in doc.blocks) <= 1
