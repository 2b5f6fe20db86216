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


SUBHEAD_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="pubdate" content="2018-03-12">
<title>Thủ tướng Ma-lai-xi-a thăm chính thức Việt Nam</title>
</head>
<body>
<header><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/quoc-te">Quốc tế</a></li></ul></header>
<div class="detail">
<h1 class="title">Thủ tướng Ma-lai-xi-a thăm chính thức Việt Nam</h1>
<div class="date">Thứ Hai, 12/03/2018 - 20:10</div>
<div class="sapo">Hà Nội (TTXVN) – Ngày 12/3, Thủ tướng Ma-lai-xi-a bắt đầu chuyến thăm chính thức Việt Nam theo lời mời của Thủ tướng Chính phủ, chuyến thăm thứ hai của ông trong nhiệm kỳ.</div>
<h2>Đối tác chiến lược từ năm 2015</h2>
<p>Hai nước thiết lập quan hệ Đối tác chiến lược năm 2015 và thường xuyên trao đổi đoàn các cấp. Phát biểu tại lễ đón, hai Thủ tướng nhất trí đưa kim ngạch thương mại lên 15 tỷ USD. Hai bên sẽ ký một số văn kiện hợp tác vào ngày mai.</p>
<h2>Hợp tác tại ASEAN</h2>
<p>Hai nước cùng là thành viên ASEAN và phối hợp chặt chẽ tại các diễn đàn khu vực, nhất là về an ninh biển. Việt Nam và Ma-lai-xi-a thiết lập quan hệ ngoại giao từ năm 1973 và vẫn giữ mối quan hệ hữu nghị truyền thống.</p>
<ul class="related"><li><a href="/asean">Tin liên quan: Hội nghị Bộ trưởng Ngoại giao ASEAN</a></li></ul>
</div>
<footer>© Báo Mẫu</footer>
</body>
</html>"""


def test_a_subhead_right_under_a_dropped_lead_is_kept_in_place(tmp_path: Path):
    # the extractor drops the lead and the subhead after it; the subhead goes back between the restored
    # lead and the first kept paragraph (it was lost as "above the article" while the lead was missing)
    path = tmp_path / "tin.html"
    path.write_text(SUBHEAD_PAGE, encoding="utf-8")
    doc = parse_file(path)
    blocks = [(b.type.value, doc.text[b.start : b.end]) for b in doc.blocks]
    texts = [t for _, t in blocks]
    assert ("heading", "Đối tác chiến lược từ năm 2015") in blocks
    k = texts.index("Đối tác chiến lược từ năm 2015")
    assert texts[k - 1].startswith("Hà Nội (TTXVN) – Ngày 12/3")
    assert texts[k + 1].startswith("Hai nước thiết lập quan hệ")
    assert ("heading", "Hợp tác tại ASEAN") in blocks
