"""Build the second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout2/build_heldout2.py

Five short documents written after the rules were tuned on the seeds, tests/data/probe and
tests/data/heldout, on topics the earlier sets do not use (Vietnam - Germany, the 2010 ASEAN chair
year, the Vietnam - China land border documents of 2009, ASEM 5, Vietnam - Japan history). Nothing
in src/ was changed for them: they measure, they are not for tuning. The renderers differ from the
earlier sets' on purpose (another column width, a running header above a page number, "+" list
items, an HTML page with a lead paragraph, a state directive header, an encyclopedia text with
unnumbered headings). Facts are well-established dates; authors, journal names, page numbers and
the directive's number are invented. Events, citations and questions gold are written by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build, wrap  # noqa: E402

IA_GERMANY = {
    "id": "ia",
    "shape": "journal",
    "header": "Châu Âu và Thế giới, số 7 (2023)",
    "blocks": [
        (
            "title",
            "QUAN HỆ ĐỐI TÁC CHIẾN LƯỢC VIỆT NAM – CỘNG HÒA LIÊN BANG ĐỨC: THÀNH TỰU VÀ TRIỂN VỌNG",
        ),
        ("author", "Phạm Thu Hằng"),
        ("affiliation", "Khoa Chính trị quốc tế, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích sự phát triển của quan hệ Việt Nam – Đức từ khi thiết lập quan hệ ngoại giao năm 1975, nhất là từ khi hai nước xác lập quan hệ Đối tác chiến lược năm 2011, và đề xuất một số định hướng thúc đẩy hợp tác trong thời gian tới.",
            "vi",
        ),
        ("keywords", "Việt Nam; Đức; đối tác chiến lược; EVFTA; EVIPA.", "vi"),
        ("heading", "1. Mở đầu", 1),
        (
            "paragraph",
            "Việt Nam và Cộng hòa Liên bang Đức thiết lập quan hệ ngoại giao ngày 23/9/1975. Trước đó, Việt Nam đã có quan hệ gắn bó với Cộng hòa Dân chủ Đức, nơi hàng chục nghìn người Việt Nam từng học tập và lao động. Hoàng Anh Dũng (2018, tr. 27) cho rằng cộng đồng người Việt tại Đức “là cây cầu nối đặc biệt giữa hai dân tộc”.",
        ),
        ("heading", "2. Từ khuôn khổ đối tác đến hợp tác thực chất", 1),
        (
            "paragraph",
            "Tháng 10/2011, nhân chuyến thăm chính thức Việt Nam của Thủ tướng Angela Merkel, hai nước ra Tuyên bố Hà Nội về quan hệ Đối tác chiến lược. Văn kiện này trở thành khuôn khổ định hướng cho hợp tác trên các lĩnh vực chính trị, kinh tế, giáo dục và khoa học – công nghệ (Lê Thị Mai, 2020, tr. 63).",
        ),
        (
            "paragraph",
            "Đức hiện là một trong những đối tác thương mại lớn nhất của Việt Nam tại Liên minh châu Âu. Hiệp định Thương mại tự do Việt Nam – EU (EVFTA) được ký ngày 30/6/2019 tại Hà Nội và có hiệu lực từ ngày 1/8/2020, mở ra “cơ hội chưa từng có cho hàng hóa Việt Nam vào thị trường Đức” (Nguyễn Quốc Khánh, 2021, tr. 15). Tuy vậy, Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA) vẫn chưa có hiệu lực vì chưa được tất cả các nước thành viên EU phê chuẩn.",
        ),
        (
            "paragraph",
            "Trong lĩnh vực giáo dục, hai bên cùng xây dựng Trường Đại học Việt – Đức, thành lập năm 2008. Phía Đức cũng dành cho Việt Nam nguồn viện trợ phát triển đáng kể cho năng lượng tái tạo và đào tạo nghề.",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Năm 2025, hai nước sẽ kỷ niệm 50 năm thiết lập quan hệ ngoại giao. Để quan hệ phát triển tương xứng, hai bên cần sớm hoàn tất việc phê chuẩn EVIPA và mở rộng hợp tác sang chuyển đổi xanh (Lê Thị Mai, 2020, tr. 70).",
        ),
    ],
}

IB_REPORT = {
    "id": "ib",
    "shape": "word",
    "blocks": [
        (
            "title",
            "BÁO CÁO KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2010 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2010",
        ),
        ("heading", "I. NHỮNG KẾT QUẢ CHỦ YẾU", 1),
        (
            "paragraph",
            "Sáu tháng đầu năm 2010, trong bối cảnh kinh tế thế giới dần phục hồi sau khủng hoảng, công tác đối ngoại bám sát nhiệm vụ của năm ta đảm nhiệm cương vị Chủ tịch ASEAN và đạt được những kết quả quan trọng.",
        ),
        (
            "list_item",
            "+ Với cương vị Chủ tịch ASEAN năm 2010, ta đã tổ chức thành công Hội nghị Cấp cao ASEAN lần thứ 16 tại Hà Nội ngày 8 – 9/4/2010 với chủ đề “Hướng tới Cộng đồng ASEAN: từ Tầm nhìn tới Hành động”.",
        ),
        (
            "list_item",
            "+ Quan hệ với các nước láng giềng tiếp tục được củng cố. Đầu năm 2010, Việt Nam và Trung Quốc kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (18/1/1950 – 18/1/2010); hai nước lấy năm 2010 làm Năm Hữu nghị Việt Nam – Trung Quốc.",
        ),
        (
            "list_item",
            "+ Về an ninh khu vực, ASEAN và Trung Quốc vẫn chưa khởi động đàm phán Bộ Quy tắc ứng xử ở Biển Đông (COC); ta tiếp tục vận động các nước ủng hộ việc thực hiện đầy đủ Tuyên bố về cách ứng xử của các bên ở Biển Đông (DOC).",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2010", 1),
        (
            "list_item",
            "1. Chuẩn bị chu đáo và tổ chức thành công Hội nghị Cấp cao ASEAN lần thứ 17 và các hội nghị cấp cao liên quan tại Hà Nội vào cuối tháng 10/2010.",
        ),
        (
            "list_item",
            "2. Tổ chức Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) lần đầu tiên tại Hà Nội.",
        ),
        (
            "list_item",
            "3. Phối hợp với Nhật Bản và Ấn Độ cùng các nước tham gia Hội nghị Cấp cao Đông Á (EAS) chuẩn bị cho việc mở rộng EAS.",
        ),
        (
            "list_item",
            "4. Tổ chức các hoạt động kỷ niệm 15 năm Việt Nam gia nhập ASEAN (28/7/1995 – 28/7/2010).",
        ),
        ("source", "(Nguồn: Bộ Ngoại giao)"),
    ],
}

IC_NEWS = {
    "id": "ic",
    "shape": "news",
    "date": "2009-11-18",
    "stamp": "18/11/2009 | 21:15",
    "blocks": [
        ("title", "Việt Nam và Trung Quốc ký ba văn kiện về biên giới trên đất liền"),
        (
            "paragraph",
            "Bắc Kinh, 18/11/2009 – Hôm nay, Việt Nam và Trung Quốc đã ký Nghị định thư phân giới cắm mốc biên giới trên đất liền, Hiệp định về quy chế quản lý biên giới trên đất liền và Hiệp định về cửa khẩu và quy chế quản lý cửa khẩu biên giới trên đất liền.",
        ),
        (
            "paragraph",
            "Việc ký kết ba văn kiện đánh dấu hai nước giải quyết xong vấn đề biên giới trên đất liền, sau quá trình đàm phán bắt đầu từ năm 1974.",
        ),
        (
            "paragraph",
            "Hiệp ước biên giới trên đất liền giữa hai nước được ký tại Hà Nội ngày 30/12/1999. Ngày 31/12/2008, hai bên hoàn thành công tác phân giới cắm mốc trên toàn tuyến biên giới đất liền.",
        ),
        (
            "paragraph",
            "Các văn kiện sẽ có hiệu lực sau khi hai bên hoàn tất thủ tục phê chuẩn trong nước. Phía bạn khẳng định sẵn sàng cùng Việt Nam xây dựng đường biên giới hòa bình, hữu nghị. Hai bên chưa ký hiệp định phân định vùng biển ngoài cửa Vịnh Bắc Bộ; đàm phán về vấn đề này vẫn đang tiếp tục.",
        ),
    ],
}

ID_DIRECTIVE = {
    "id": "id",
    "shape": "party",
    "issuer": [
        "BỘ NGOẠI GIAO",
        "-------",
        "Số: 08/CT-BNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "---------------",
    ],
    "dateline": "Hà Nội, ngày 16 tháng 3 năm 2004",
    "title_lines": [
        "CHỈ THỊ",
        "Về việc chuẩn bị và tổ chức Hội nghị Cấp cao Á – Âu lần thứ năm (ASEM 5)",
    ],
    "tail": ["Nơi nhận:", "- Như mục 2;", "- Lưu: VT.", "", "BỘ TRƯỞNG", "(Đã ký)"],
    "blocks": [
        (
            "title",
            "CHỈ THỊ Về việc chuẩn bị và tổ chức Hội nghị Cấp cao Á – Âu lần thứ năm (ASEM 5)",
        ),
        ("heading", "I. Ý NGHĨA CỦA HỘI NGHỊ", 1),
        (
            "paragraph",
            "Hội nghị Cấp cao Á – Âu lần thứ năm (ASEM 5) sẽ được tổ chức tại Hà Nội trong hai ngày 8 và 9/10/2004. Việt Nam là thành viên sáng lập của Diễn đàn Hợp tác Á – Âu từ Hội nghị Cấp cao lần thứ nhất tại Băng Cốc năm 1996.",
        ),
        (
            "paragraph",
            "Trước đó, nước ta đã đăng cai thành công Hội nghị Cấp cao Pháp ngữ lần thứ 7 tại Hà Nội tháng 11/1997 và Hội nghị Cấp cao ASEAN lần thứ 6 tháng 12/1998. Tại ASEM 5, các nước thành viên dự kiến kết nạp Cam-pu-chia, Lào và Mi-an-ma.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Ủy ban Quốc gia ASEM 5 phối hợp với các bộ, ngành xây dựng chương trình nghị sự, bảo đảm hội nghị diễn ra an toàn, trọng thể.",
        ),
        (
            "list_item",
            "2. Các đơn vị trong Bộ chủ động tiếp xúc với các nước thành viên châu Âu để tranh thủ sự ủng hộ đối với các sáng kiến của Việt Nam tại hội nghị.",
        ),
        (
            "list_item",
            "3. Không tổ chức các đoàn ra không cần thiết trong thời gian diễn ra hội nghị.",
        ),
    ],
}

IE_ENCYCLOPEDIA = {
    "id": "ie",
    "shape": "textbook",
    "blocks": [
        ("title", "Quan hệ Việt Nam – Nhật Bản"),
        (
            "paragraph",
            "Giao lưu giữa hai dân tộc có lịch sử lâu đời. Vào thế kỷ XVI – XVII, thương nhân Nhật Bản đến buôn bán tại Hội An. Đầu thế kỷ XX, phong trào Đông Du do Phan Bội Châu khởi xướng đã đưa nhiều thanh niên Việt Nam sang Nhật Bản học tập.",
        ),
        ("heading", "Quan hệ chính trị", 1),
        (
            "paragraph",
            "Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao ngày 21/9/1973. Năm 2009, hai nước xác lập quan hệ Đối tác chiến lược vì hòa bình và phồn vinh ở châu Á. Tháng 3/2014, hai nước nâng quan hệ lên Đối tác chiến lược sâu rộng, và tháng 11/2023 lên Đối tác chiến lược toàn diện vì hòa bình và phồn vinh ở châu Á và trên thế giới.",
        ),
        ("heading", "Quan hệ kinh tế", 1),
        (
            "paragraph",
            "Sau năm 1979, Nhật Bản tạm ngừng viện trợ cho Việt Nam. Tháng 11/1992, Nhật Bản nối lại viện trợ phát triển chính thức (ODA), và nhiều năm liền là nhà tài trợ ODA song phương lớn nhất của Việt Nam.",
        ),
        (
            "paragraph",
            "Ngày 25/12/2008, hai nước ký Hiệp định Đối tác kinh tế Việt Nam – Nhật Bản (VJEPA). Hai nước cùng là thành viên Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) và thường xuyên phối hợp tại các diễn đàn khu vực.",
        ),
    ],
}

DOCS = [IA_GERMANY, IB_REPORT, IC_NEWS, ID_DIRECTIVE, IE_ENCYCLOPEDIA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """PDF text layer: title in three lines, "Tóm tắt:"/"Từ khóa:" wrapped at 95, body wrapped at
    60 columns; every 18 body lines a page break: page number alone, form feed, running header."""
    head = doc["header"]
    out: list[str] = []
    removed: list[str] = []
    body = 0
    page = 41
    for b in doc["blocks"]:
        kind, text = b[0], b[1]
        if kind == "title":
            out += wrap(text, 40) + [""]
        elif kind in ("author", "affiliation"):
            out.append(text + ("" if kind == "author" else "\n"))
        elif kind in ("abstract", "keywords"):
            label = "Tóm tắt: " if kind == "abstract" else "Từ khóa: "
            out += wrap(label + text, 95) + ([""] if kind == "keywords" else [])
        else:
            lines = wrap(text, 60)
            for i, ln in enumerate(lines):
                out.append(ln)
                body += 1
                if body % 18 == 0 and i < len(lines) - 1:
                    out += [str(page), "\f" + head]
                    removed += [head, str(page)]
                    page += 1
            out.append("")
    out += [str(page)]
    removed.append(str(page))
    return "\n".join(out) + "\n", sorted(set(removed))


def render_word(doc: dict) -> str:
    """Word export: every line followed by a blank line, paragraphs wrapped at 84 columns."""
    out: list[str] = []
    for b in doc["blocks"]:
        out += [ln + " " for ln in wrap(b[1], 84 if b[0] != "title" else 64)]
    return "".join(ln + "\n\n" for ln in out)


def render_news(doc: dict) -> str:
    """A news page saved as HTML: breadcrumb, headline, time, lead in <p class="sapo">, body, tags."""
    blocks = doc["blocks"]
    paras = "\n".join(
        (f'<p class="sapo"><strong>{b[1]}</strong></p>' if i == 0 else f"<p>{b[1]}</p>")
        for i, b in enumerate(blocks[1:])
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        f"<title>{blocks[0][1]} - Báo Điện tử</title></head>\n<body>\n"
        '<header><div class="logo">Báo Điện tử</div><ul class="menu"><li><a href="/">Trang chủ</a></li>'
        '<li><a href="/chinh-tri">Chính trị</a></li><li><a href="/quoc-te">Quốc tế</a></li></ul></header>\n'
        '<div class="container"><div class="breadcrumb"><a href="/chinh-tri">Chính trị</a> › '
        '<a href="/chinh-tri/doi-ngoai">Đối ngoại</a></div>\n'
        f'<div class="detail"><h1 class="title">{blocks[0][1]}</h1>\n'
        f'<span class="date">{doc["stamp"]}</span>\n{paras}\n'
        '<div class="tags">Từ khóa: <a href="/tag/bien-gioi">biên giới</a>, <a href="/tag/trung-quoc">Trung Quốc</a></div>\n'
        "</div></div>\n<footer><p>© Báo Điện tử. Giấy phép số 000/GP-BTTTT.</p></footer>\n</body></html>\n"
    )


def render_party(doc: dict) -> str:
    out = [*doc["issuer"], doc["dateline"], "", *doc["title_lines"], ""]
    for b in doc["blocks"]:
        if b[0] != "title":
            out.append(b[1])
    out += ["", *doc["tail"]]
    return "\n".join(out) + "\n"


def render_textbook(doc: dict) -> str:
    """Encyclopedia copy: one paragraph a line, blank lines between blocks."""
    return "\n\n".join(b[1] for b in doc["blocks"]) + "\n"


def main() -> None:
    build(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "news": render_news,
            "party": render_party,
            "textbook": render_textbook,
            "word": render_word,
        },
    )


if __name__ == "__main__":
    main()
