"""Build the three hundred forty-first held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout341/build_heldout341.py [--check]

Five short documents on Vietnam in UNESCO, La Francophonie, the Non-Aligned Movement and at the UN: a journal
article on Vietnam's UNESCO inscriptions, a (fictitious) provincial UNESCO clubs association's report for 2025, a
news site's RSS 2.0 feed of September - October 2024 (the new shape, replacing the news page), a (fictitious)
provincial plan for a UNESCO nomination dossier in 2027, and an encyclopedia entry on the Non-Aligned Movement.
Facts are well-established; authors, journal, page numbers, document numbers, the news site, its writers, the
report's and plan's items and quoted words are invented. Gold is written by hand; ``--check`` verifies it against
the documents, the feed as a reader sees it (tags removed, entities decoded).
"""

from __future__ import annotations

import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    _check_rendered,
    build,
    check_gold,
    entry_text,
    headed_journal,
    ministry_plan,
    norm,
    report_word,
)

FJA = {
    "id": "fja",
    "shape": "journal",
    "header": "DI SẢN VĂN HÓA VÀ HỘI NHẬP – Số 3 (2024)",
    "first_page": 18,
    "break_after": 4,
    "blocks": [
        ("title", "VIỆT NAM VÀ UNESCO: BA THẬP KỶ GHI DANH DI SẢN"),
        ("author", "Ngô Thị Minh Nguyệt"),
        ("affiliation", "Viện Nghiên cứu Văn hóa, Viện Hàn lâm Khoa học xã hội Việt Nam"),
        (
            "abstract",
            "Bài viết khái quát quá trình các di sản của Việt Nam được UNESCO ghi danh và những thách thức trong công tác bảo tồn.",
            "vi",
        ),
        ("keywords", "UNESCO; di sản thế giới; di sản phi vật thể", "vi"),
        ("heading", "1. Di sản vật thể", 1),
        (
            "paragraph",
            "Tháng 12/1993, Quần thể di tích Cố đô Huế trở thành di sản thế giới đầu tiên của Việt Nam; một năm sau, tháng 12/1994, UNESCO ghi danh Vịnh Hạ Long (Phạm Quang Huy, 2015, tr. 20). Năm 1999, Đô thị cổ Hội An và Khu đền tháp Mỹ Sơn cùng được công nhận. Tháng 6/2014, Quần thể danh thắng Tràng An trở thành di sản hỗn hợp đầu tiên của nước ta.",
        ),
        ("heading", "2. Di sản phi vật thể", 1),
        (
            "paragraph",
            "Ngày 7/11/2003, Nhã nhạc cung đình Huế được công nhận là Kiệt tác di sản truyền khẩu và phi vật thể của nhân loại. Năm 2009, Ca trù được ghi vào Danh sách di sản cần bảo vệ khẩn cấp, còn Quan họ Bắc Ninh vào Danh sách đại diện. Theo một nhà nghiên cứu, ghi danh chỉ là “điểm khởi đầu của trách nhiệm” (Đặng Hữu Thường, 2019, tr. 7).",
        ),
        ("heading", "3. Thách thức", 1),
        (
            "paragraph",
            "Nhiều địa phương chưa thực hiện đầy đủ các khuyến nghị của Ủy ban Di sản thế giới về quản lý du lịch (Hà Thanh Tâm, 2022).",
        ),
    ],
}

FJB = {
    "id": "fjb",
    "shape": "word",
    "head": [
        "HIỆP HỘI CÁC CÂU LẠC BỘ UNESCO",
        "TỈNH NINH BÌNH",
        "Số: 19/BC-HHUNESCO",
        "Ninh Bình, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tổng kết hoạt động năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết hoạt động năm 2025"),
        ("heading", "I. KẾT QUẢ HOẠT ĐỘNG", 1),
        (
            "list_item",
            "1. Tháng 4/2025, Hiệp hội phối hợp với Văn phòng UNESCO tại Hà Nội tổ chức lớp tập huấn về du lịch bền vững tại Quần thể danh thắng Tràng An cho 60 hướng dẫn viên.",
        ),
        (
            "list_item",
            "2. Đón đoàn Hiệp hội Di sản Luang Prabang (Lào) sang trao đổi kinh nghiệm quản lý di sản thế giới.",
        ),
        (
            "list_item",
            "3. Tiếp nhận 300 triệu đồng do Quỹ Toyota Việt Nam tài trợ cho chương trình giáo dục di sản trong trường học.",
        ),
        (
            "list_item",
            "4. Kế hoạch cử đoàn sang Hàn Quốc dự Diễn đàn thanh niên vì di sản không thực hiện được do thiếu kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Ký kết thỏa thuận hợp tác với Hiệp hội Di sản Luang Prabang.",
        ),
        (
            "list_item",
            "2. Tham gia Liên đoàn các Câu lạc bộ UNESCO thế giới với tư cách thành viên liên kết.",
        ),
        (
            "paragraph",
            "Trên đây là báo cáo tổng kết hoạt động năm 2025 của Hiệp hội các Câu lạc bộ UNESCO tỉnh Ninh Bình.",
        ),
    ],
}

# ---------------------------------------------------------------- fjc: RSS 2.0 feed (the new shape)
SITE = "https://diendandoingoai.vn"
FJC = {
    "id": "fjc",
    "shape": "feed",
    "channel": {
        "title": "Diễn đàn Đối ngoại – Đa phương",
        "link": f"{SITE}/da-phuong",
        "description": "Tin tức, bài viết về hoạt động đối ngoại đa phương của Việt Nam",
        "lastBuildDate": "Thu, 24 Oct 2024 11:02:00 +0700",
    },
    "items": [
        {
            "title": "Hà Nội: Kỷ niệm 79 năm Ngày Liên hợp quốc",
            "slug": "ha-noi-ky-niem-79-nam-ngay-lien-hop-quoc-21904",
            "pubDate": "Thu, 24 Oct 2024 10:30:00 +0700",
            "creator": "Minh Châu",
            "category": "Liên hợp quốc",
            "lead": "Sáng nay, Liên hiệp các tổ chức hữu nghị thành phố Hà Nội phối hợp với Văn phòng Điều phối viên thường trú Liên hợp quốc tổ chức lễ kỷ niệm 79 năm Ngày Liên hợp quốc (24/10/1945 – 24/10/2024).",
            "img": None,
            "article": None,
        },
        {
            "title": "Hội thảo “Việt Nam trong Phong trào Không liên kết”",
            "slug": "hoi-thao-viet-nam-trong-phong-trao-khong-lien-ket-21877",
            "pubDate": "Mon, 21 Oct 2024 16:45:00 +0700",
            "creator": "Hoàng Yến",
            "category": "Đa phương",
            "lead": "Chiều 21/10, Học viện Ngoại giao tổ chức hội thảo về chặng đường gần 50 năm Việt Nam tham gia Phong trào Không liên kết (NAM).",
            "img": None,
            "article": [
                (
                    "p",
                    "Phát biểu khai mạc, các diễn giả nhắc lại rằng Việt Nam trở thành thành viên chính thức của Phong trào tại Hội nghị thượng đỉnh Cô-lôm-bô (Xri Lan-ca) tháng 8/1976.",
                ),
                ("figure", "Các đại biểu dự hội thảo tại Học viện Ngoại giao. Ảnh: Hoàng Yến"),
                (
                    "p",
                    "Tháng 10/2019, đoàn Việt Nam dự Hội nghị thượng đỉnh NAM lần thứ 18 tại Ba-cu (A-déc-bai-gian). Đại biểu Ấn Độ & In-đô-nê-xi-a khẳng định NAM vẫn là “tiếng nói chung của các nước đang phát triển”.",
                ),
                ("p", "Học viện dự kiến xuất bản kỷ yếu hội thảo vào đầu năm 2025."),
            ],
        },
        {
            "title": "Việt Nam – Pháp nâng cấp quan hệ lên Đối tác chiến lược toàn diện",
            "slug": "viet-nam-phap-nang-cap-quan-he-21790",
            "pubDate": "Tue, 08 Oct 2024 07:20:00 +0700",
            "creator": "Thu Hà",
            "category": "Song phương",
            "lead": "Chiều 7/10 (giờ Paris), sau hội đàm, Tổng Bí thư, Chủ tịch nước Tô Lâm và Tổng thống Emmanuel Macron ra Tuyên bố chung về việc nâng cấp quan hệ Việt Nam – Pháp lên Đối tác chiến lược toàn diện.",
            "img": None,
            "article": [
                (
                    "p",
                    "Việt Nam là nước ASEAN đầu tiên có quan hệ Đối tác chiến lược toàn diện với Pháp. Hai nước đã thiết lập quan hệ Đối tác chiến lược từ năm 2013.",
                ),
                (
                    "figure",
                    "Tổng Bí thư, Chủ tịch nước Tô Lâm và Tổng thống Emmanuel Macron tại Điện Élysée. Ảnh: TTXVN",
                ),
                (
                    "p",
                    "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực quốc phòng, hàng không, năng lượng & chuyển đổi số.",
                ),
            ],
        },
        {
            "title": "Tổng Bí thư, Chủ tịch nước dự Hội nghị Thượng đỉnh Pháp ngữ lần thứ 19",
            "slug": "tong-bi-thu-chu-tich-nuoc-du-thuong-dinh-phap-ngu-21771",
            "pubDate": "Fri, 04 Oct 2024 21:10:00 +0700",
            "creator": "Thu Hà",
            "category": "Pháp ngữ",
            "lead": "Hôm nay, tại Villers-Cotterêts (Pháp), Tổng Bí thư, Chủ tịch nước Tô Lâm dự phiên khai mạc Hội nghị Thượng đỉnh Pháp ngữ lần thứ 19 với chủ đề “Sáng tạo, đổi mới và kinh doanh bằng tiếng Pháp”.",
            "img": f"{SITE}/images/2024/10/04/thuong-dinh-phap-ngu.jpg",
            "article": None,
        },
        {
            "title": "Phát biểu tại Hội nghị Thượng đỉnh Tương lai, Việt Nam cam kết đóng góp tích cực",
            "slug": "hoi-nghi-thuong-dinh-tuong-lai-21655",
            "pubDate": "Mon, 23 Sep 2024 08:00:00 +0700",
            "creator": "Minh Châu",
            "category": "Liên hợp quốc",
            "lead": "Tại trụ sở Liên hợp quốc ở Niu Oóc, Tổng Bí thư, Chủ tịch nước Tô Lâm phát biểu tại Hội nghị Thượng đỉnh Tương lai, khẳng định Việt Nam sẽ tiếp tục là thành viên tích cực, có trách nhiệm của Liên hợp quốc.",
            "img": f"{SITE}/images/2024/09/23/summit-of-the-future.jpg",
            "article": [
                (
                    "p",
                    "Hội nghị đã thông qua Hiệp ước vì Tương lai, cùng Hiệp ước kỹ thuật số toàn cầu và Tuyên bố về các thế hệ tương lai.",
                ),
                ("figure", "Quang cảnh Hội nghị Thượng đỉnh Tương lai tại Niu Oóc. Ảnh: UN Photo"),
                (
                    "p",
                    "Bên lề hội nghị, Tổng Bí thư, Chủ tịch nước đã gặp Tổng Thư ký Liên hợp quốc António Guterres.",
                ),
            ],
        },
        {
            "title": "Sôi nổi Hội thi hùng biện tiếng Pháp khu vực châu Á – Thái Bình Dương",
            "slug": "hoi-thi-hung-bien-tieng-phap-21598",
            "pubDate": "Fri, 13 Sep 2024 09:15:00 +0700",
            "creator": "Lan Anh",
            "category": "Pháp ngữ",
            "lead": "Chiều 12/9, tại Hà Nội, Văn phòng khu vực châu Á – Thái Bình Dương của Tổ chức Quốc tế Pháp ngữ tổ chức Hội thi hùng biện tiếng Pháp với 40 thí sinh từ Việt Nam, Campuchia và Va-nu-a-tu; đoàn học sinh Lào không sang tham dự được.",
            "img": None,
            "article": None,
        },
    ],
}


def feed_blocks(doc: dict) -> list[tuple]:
    """The feed's gold blocks: the channel title as the title, then per item its title as a level-1 heading, its
    lead as a paragraph, the article's paragraphs and figcaptions as paragraphs (the article's <strong> lead
    repeats the item's lead and is given once)."""
    blocks: list[tuple] = [("title", doc["channel"]["title"])]
    for it in doc["items"]:
        blocks += [("heading", it["title"], 1), ("paragraph", it["lead"])]
        for _kind, text in it["article"] or []:
            blocks.append(("paragraph", text))
    return blocks


FJC["blocks"] = feed_blocks(FJC)


def ent(text: str) -> str:
    """HTML text as a CMS writes it: & as &amp;, curly quotes as numeric entities."""
    return html.escape(text, quote=False).replace("“", "&#8220;").replace("”", "&#8221;")


def render_feed(doc: dict) -> str:
    """RSS: a news site's RSS 2.0 feed saved as .xml: the XML declaration, <rss> with the content, dc and atom
    namespaces, the channel's title, link, description, language vi, lastBuildDate and atom:link; per item its
    title, link, guid, pubDate, dc:creator, category and a description holding the lead, either as escaped HTML
    ("&lt;p&gt;…&lt;/p&gt;") or in CDATA with an <img> before it; items with an article also carry
    content:encoded in CDATA (the lead in <p><strong>, paragraphs, a <figure> with <img> and <figcaption>,
    entities &amp;, &#8220; &#8221;)."""
    ch = doc["channel"]
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"<title>{html.escape(ch['title'], quote=False)}</title>",
        f"<link>{ch['link']}</link>",
        f"<description>{html.escape(ch['description'], quote=False)}</description>",
        "<language>vi</language>",
        f"<lastBuildDate>{ch['lastBuildDate']}</lastBuildDate>",
        f'<atom:link href="{ch["link"]}.rss" rel="self" type="application/rss+xml"/>',
    ]
    for it in doc["items"]:
        link = f"{SITE}/{it['slug']}.html"
        if it["img"]:
            desc = f'<![CDATA[<img src="{it["img"]}" width="300" /><p>{ent(it["lead"])}</p>]]>'
        else:
            desc = html.escape(f"<p>{ent(it['lead'])}</p>", quote=False)
        out += [
            "<item>",
            f"<title>{html.escape(it['title'], quote=False)}</title>",
            f"<link>{link}</link>",
            f'<guid isPermaLink="true">{link}</guid>',
            f"<pubDate>{it['pubDate']}</pubDate>",
            f"<dc:creator>{it['creator']}</dc:creator>",
            f"<category>{html.escape(it['category'], quote=False)}</category>",
            f"<description>{desc}</description>",
        ]
        if it["article"]:
            parts = [f"<p><strong>{ent(it['lead'])}</strong></p>"]
            for kind, text in it["article"]:
                if kind == "figure":
                    parts.append(
                        f'<figure><img src="{SITE}/images/{it["slug"]}.jpg" alt="" />'
                        f"<figcaption>{ent(text)}</figcaption></figure>"
                    )
                else:
                    parts.append(f"<p>{ent(text)}</p>")
            out.append("<content:encoded><![CDATA[" + "\n".join(parts) + "]]></content:encoded>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n"


def feed_reader_text(path: Path) -> list[str]:
    """What a reader sees of the feed: the channel title, then per item the title, the description and the
    content with tags removed and entities decoded (a paragraph, figcaption or description a piece)."""
    ns = {"content": "http://purl.org/rss/1.0/modules/content/"}
    root = ET.parse(path).getroot()
    ch = root.find("channel")
    pieces = [ch.findtext("title")]
    for it in ch.findall("item"):
        pieces.append(it.findtext("title"))
        for raw in (it.findtext("description") or "", it.findtext("content:encoded", namespaces=ns) or ""):
            for part in re.split(r"</p>|</figcaption>", raw):
                text = html.unescape(re.sub(r"<[^>]+>", " ", part))
                if text.strip():
                    pieces.append(norm(text))
    return pieces


FJD = {
    "id": "fjd",
    "shape": "plan",
    "head": [
        f"{'UBND TỈNH BÌNH ĐỊNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'SỞ VĂN HÓA VÀ THỂ THAO':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 2207/KH-SVHTT':<40}Bình Định, ngày 16 tháng 11 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xây dựng hồ sơ đề cử Võ cổ truyền Bình Định",
        "vào Danh sách di sản văn hóa phi vật thể đại diện của nhân loại năm 2027",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Xây dựng hồ sơ đề cử Võ cổ truyền Bình Định vào Danh sách di sản văn hóa phi vật thể đại diện của nhân loại năm 2027",
        ),
        (
            "paragraph",
            "Năm 2026, hồ sơ của tỉnh chưa được đưa vào danh sách đề cử quốc gia do còn thiếu tư liệu kiểm kê. Sở Văn hóa và Thể thao xây dựng Kế hoạch năm 2027 như sau:",
        ),
        ("heading", "I. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Quý I/2027, hoàn thành kiểm kê các võ đường; mời chuyên gia của Văn phòng UNESCO tại Hà Nội góp ý hồ sơ.",
        ),
        (
            "list_item",
            "2. Tháng 6/2027, tổ chức Liên hoan Võ cổ truyền quốc tế, mời các đoàn võ thuật của Pháp, Hàn Quốc và Nhật Bản tham dự.",
        ),
        (
            "list_item",
            "3. Trình Bộ Văn hóa, Thể thao và Du lịch hồ sơ trước ngày 31/12/2027 để Việt Nam nộp UNESCO.",
        ),
        ("heading", "II. TỔ CHỨC THỰC HIỆN", 1),
        (
            "paragraph",
            "Phòng Quản lý di sản chủ trì, phối hợp với Liên đoàn Võ thuật cổ truyền tỉnh và các địa phương triển khai Kế hoạch.",
        ),
    ],
}

FJE = {
    "id": "fje",
    "shape": "entry",
    "blocks": [
        ("title", "Phong trào Không liên kết"),
        (
            "paragraph",
            "Phong trào Không liên kết (NAM) là diễn đàn của các nước không tham gia liên minh quân sự với các cường quốc, chính thức ra đời tại Hội nghị thượng đỉnh lần thứ nhất ở Bê-ô-grát (Nam Tư) tháng 9/1961. Những người sáng lập gồm Tổng thống Nam Tư Josip Broz Tito, Thủ tướng Ấn Độ Jawaharlal Nehru, Tổng thống Ai Cập Gamal Abdel Nasser, Tổng thống In-đô-nê-xi-a Sukarno và Tổng thống Ga-na Kwame Nkrumah.",
        ),
        ("heading", "Tổ chức", 1),
        (
            "paragraph",
            "Phong trào không có hiến chương hay ban thư ký thường trực; nước chủ nhà hội nghị thượng đỉnh giữ chức Chủ tịch. Phong trào hiện có 120 nước thành viên. Hội nghị thượng đỉnh lần thứ 6 họp tại La Ha-ba-na (Cu-ba) năm 1979, lần thứ 7 tại Niu Đê-li (Ấn Độ) năm 1983.",
        ),
        ("heading", "Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam trở thành thành viên chính thức của Phong trào năm 1976 và luôn coi trọng Phong trào như một diễn đàn quan trọng của các nước đang phát triển. Việt Nam chưa từng đăng cai hội nghị thượng đỉnh của Phong trào.",
        ),
    ],
}

DOCS = [FJA, FJB, FJC, FJD, FJE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "CHỦ TỊCH HIỆP HỘI"."""
    return report_word(doc, ["CHỦ TỊCH HIỆP HỘI", "(Đã ký)"])


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"."""
    return ministry_plan(
        doc,
        signature=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)"],
        recipients=["- UBND tỉnh (để b/c);", "- Lưu: VT, QLDS."],
    )


def check_feed(here: Path) -> int:
    """The feed: 3-4 questions; every gold block of fjc (the title too) in what a reader sees of the feed."""
    bad = 0
    nq = sum(
        1
        for line in (here / "gold" / "questions.probe.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and json.loads(line)["doc"] == "fjc"
    )
    if not 3 <= nq <= 4:
        print(f"[fjc] {nq} questions (3-4 wanted)")
        bad += 1
    s = json.loads((here / "gold" / "structure.fjc.json").read_text(encoding="utf-8"))
    pieces = feed_reader_text(here / s["doc"])
    for b in s["blocks"]:
        if norm(b["text"]) not in pieces:
            print(f"[fjc] gold block not read from the feed: {b['text'][:60]}")
            bad += 1
    return bad


def main() -> int:
    build(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "feed": render_feed,
            "plan": render_plan,
            "entry": entry_text,
        },
        extensions={"feed": "xml"},
    )
    if "--check" not in sys.argv[1:]:
        return 0
    bad = _check_rendered(HERE, [d for d in DOCS if d["id"] != "fjc"]) + check_feed(HERE)
    bad += check_gold(HERE, DOCS, "fj", rendered=False)
    print("rendered check:", "ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
