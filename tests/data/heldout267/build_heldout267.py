"""Build the 267th held-out set (Vietnam, Argentina, Mexico and Colombia; Mercosur; ALBA) and its structure
gold from one source of truth.

    .venv/bin/python tests/data/heldout267/build_heldout267.py [--check]

Five short documents: a journal article on the prospects of a Vietnam – Mercosur free trade agreement, a
(fictitious) year-end report 2025 of the Vietnamese Embassy in Argentina, the NEW SHAPE "TREATY": the text of
a (fictitious) agreement between the Governments of Vietnam and Argentina on agricultural cooperation as
published in the treaty database (it replaces the news page), a (fictitious) trade promotion agency plan for
Mexico and Colombia in 2027, and an encyclopedia entry on ALBA-TCP. Facts are well-established; authors,
journal, page numbers, quoted words, document numbers, the report's and plan's items and the whole agreement
(its date, articles and signatories) are invented. Gold is written by hand; ``--check`` verifies that every
gold evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    entry_text,
    headed_journal,
    ministry_plan,
    report_word,
)

HRA = {
    "id": "hra",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU MỸ VÀ THẾ GIỚI – Số 4 (2026)",
    "first_page": 143,
    "break_after": 3,
    "blocks": [
        ("title", "TRIỂN VỌNG HIỆP ĐỊNH THƯƠNG MẠI TỰ DO VIỆT NAM – MERCOSUR"),
        ("author", "Mai Thị Thu Trang"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết đánh giá tiến trình hướng tới một hiệp định thương mại tự do giữa Việt Nam và Khối Thị trường chung Nam Mỹ (Mercosur), đặc biệt là vai trò của Bra-xin và Ác-hen-ti-na.",
            "vi",
        ),
        ("keywords", "Mercosur; Ác-hen-ti-na; Bra-xin; hiệp định thương mại tự do", "vi"),
        ("heading", "1. Một khối thị trường biến động", 1),
        (
            "paragraph",
            "Mercosur được thành lập theo Hiệp ước Át-xun-xi-ôn ký ngày 26/3/1991 giữa Ác-hen-ti-na, Bra-xin, Pa-ra-goay và U-ru-goay. Vê-nê-xu-ê-la gia nhập năm 2012 nhưng bị đình chỉ tư cách thành viên từ tháng 12/2016 (Hà Minh Tâm, 2019, tr. 88). Năm 2024, Bô-li-vi-a trở thành thành viên đầy đủ của khối.",
        ),
        ("heading", "2. Vai trò của Ác-hen-ti-na", 1),
        (
            "paragraph",
            "Ác-hen-ti-na thiết lập quan hệ ngoại giao với Việt Nam ngày 25/10/1973 và là nguồn cung cấp thức ăn chăn nuôi hàng đầu cho Việt Nam. Tuy vậy, giới công nghiệp nước này vẫn e ngại hàng chế tạo châu Á; như một quan chức thương mại Ác-hen-ti-na từng nói, “Mercosur cần châu Á nhiều hơn châu Á cần Mercosur” (Đinh Công Hậu, 2023, tr. 9).",
        ),
        ("heading", "3. Triển vọng", 1),
        (
            "paragraph",
            "Trong chuyến thăm Việt Nam tháng 3/2025, Tổng thống Bra-xin Lula da Silva bày tỏ mong muốn thúc đẩy đàm phán hiệp định thương mại giữa Việt Nam và Mercosur. Đến nay, hiệp định vẫn chưa được ký kết; Việt Nam cần chuẩn bị kỹ các phương án mở cửa thị trường nông sản (Lại Quốc Khánh, 2025).",
        ),
    ],
}

HRB = {
    "id": "hrb",
    "shape": "word",
    "head": [
        "ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TẠI CỘNG HÒA ÁC-HEN-TI-NA",
        "Số: 91/BC-ĐSQ",
        "Buê-nốt Ai-rét, ngày 15 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình quan hệ Việt Nam – Ác-hen-ti-na năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình quan hệ Việt Nam – Ác-hen-ti-na năm 2025"),
        ("heading", "I. KẾT QUẢ NĂM 2025", 1),
        (
            "list_item",
            "1. Tháng 4/2025, Thứ trưởng Bộ Ngoại giao Việt Nam sang Buê-nốt Ai-rét đồng chủ trì Tham khảo chính trị giữa hai Bộ Ngoại giao.",
        ),
        (
            "list_item",
            "2. Tổ chức Ngày Việt Nam tại tỉnh Córdoba, giới thiệu ẩm thực và cà phê, hạt điều Việt Nam với sự tham dự của Thống đốc tỉnh.",
        ),
        (
            "list_item",
            "3. Kim ngạch thương mại hai chiều 10 tháng đầu năm đạt khoảng 3,8 tỷ đô-la Mỹ; ta chủ yếu nhập khẩu ngô, khô dầu đậu tương và thịt bò.",
        ),
        (
            "list_item",
            "4. Phía Ác-hen-ti-na chưa trả lời đề nghị của ta về việc miễn thị thực cho người mang hộ chiếu phổ thông.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NĂM 2026", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị chuyến thăm Việt Nam của Bộ trưởng Ngoại giao Ác-hen-ti-na trong nửa đầu năm 2026.",
        ),
        (
            "list_item",
            "2. Thúc đẩy ký Hiệp định hợp tác nông nghiệp giữa hai Chính phủ trong quý I/2026.",
        ),
        (
            "list_item",
            "3. Vận động Ác-hen-ti-na ủng hộ các ứng cử của Việt Nam tại các tổ chức quốc tế.",
        ),
    ],
}

HRC = {
    "id": "hrc",
    "shape": "treaty",
    "signatures": [
        ("THAY MẶT CHÍNH PHỦ", "THAY MẶT CHÍNH PHỦ"),
        ("NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "NƯỚC CỘNG HÒA ÁC-HEN-TI-NA"),
        ("(đã ký)", "(đã ký)"),
        ("Nguyễn Hoàng Lâm", "Martín Alejandro Ríos"),
        ("Thứ trưởng Bộ Nông nghiệp và Môi trường", "Quốc vụ khanh Nông nghiệp, Chăn nuôi"),
        ("", "và Thủy sản"),
    ],
    "title_lines": [
        "HIỆP ĐỊNH",
        "GIỮA",
        "CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "VÀ",
        "CHÍNH PHỦ NƯỚC CỘNG HÒA ÁC-HEN-TI-NA",
        "VỀ HỢP TÁC TRONG LĨNH VỰC NÔNG NGHIỆP",
        "VÀ AN NINH LƯƠNG THỰC",
    ],
    "blocks": [
        ("paragraph", "Số hiệu: 27/2026/TB-LPQT"),
        ("paragraph", "Ngày ký: 09/03/2026 | Nơi ký: Buê-nốt Ai-rét"),
        ("paragraph", "Có hiệu lực từ ngày 15/7/2026"),
        (
            "title",
            "HIỆP ĐỊNH GIỮA CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VÀ CHÍNH PHỦ NƯỚC CỘNG HÒA ÁC-HEN-TI-NA VỀ HỢP TÁC TRONG LĨNH VỰC NÔNG NGHIỆP VÀ AN NINH LƯƠNG THỰC",
        ),
        (
            "paragraph",
            "Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ nước Cộng hòa Ác-hen-ti-na (sau đây gọi là “các Bên”),",
        ),
        (
            "paragraph",
            "Xét rằng quan hệ hữu nghị giữa hai nước không ngừng phát triển kể từ khi thiết lập quan hệ ngoại giao ngày 25 tháng 10 năm 1973;",
        ),
        (
            "paragraph",
            "Mong muốn tăng cường hợp tác trong lĩnh vực nông nghiệp trên cơ sở bình đẳng và cùng có lợi;",
        ),
        ("paragraph", "Đã thỏa thuận như sau:"),
        ("heading", "Điều 1. Mục tiêu", 1),
        (
            "paragraph",
            "Các Bên thúc đẩy hợp tác trong lĩnh vực nông nghiệp, chăn nuôi, thủy sản và an ninh lương thực, phù hợp với pháp luật của mỗi nước.",
        ),
        ("heading", "Điều 2. Lĩnh vực hợp tác", 1),
        ("list_item", "1. Trao đổi chuyên gia, thông tin và kinh nghiệm về giống cây trồng, vật nuôi."),
        ("list_item", "2. Hợp tác về kiểm dịch động vật, thực vật và an toàn thực phẩm."),
        (
            "list_item",
            "3. Đào tạo cán bộ kỹ thuật; Bên Ác-hen-ti-na tiếp nhận cán bộ Việt Nam sang học tập về canh tác ngô và đậu tương.",
        ),
        ("heading", "Điều 3. Nhóm công tác chung", 1),
        (
            "paragraph",
            "Các Bên thành lập Nhóm công tác chung về nông nghiệp, họp mỗi năm một lần luân phiên tại Việt Nam và Ác-hen-ti-na.",
        ),
        ("heading", "Điều 4. Giải quyết bất đồng", 1),
        (
            "paragraph",
            "Mọi bất đồng về việc thực hiện Hiệp định này được giải quyết thông qua thương lượng giữa các Bên.",
        ),
        ("heading", "Điều 5. Hiệu lực và thời hạn", 1),
        (
            "list_item",
            "1. Hiệp định này có hiệu lực kể từ ngày nhận được thông báo cuối cùng qua đường ngoại giao về việc các Bên hoàn tất thủ tục pháp lý trong nước.",
        ),
        (
            "list_item",
            "2. Hiệp định có hiệu lực trong thời hạn năm (05) năm và mặc nhiên được gia hạn cho từng thời hạn năm (05) năm tiếp theo.",
        ),
        (
            "list_item",
            "3. Mỗi Bên có thể chấm dứt Hiệp định bằng cách thông báo bằng văn bản cho Bên kia sáu (06) tháng trước ngày dự định chấm dứt.",
        ),
        (
            "paragraph",
            "Làm tại Buê-nốt Ai-rét, ngày 9 tháng 3 năm 2026, thành hai bản, mỗi bản bằng tiếng Việt, tiếng Tây Ban Nha và tiếng Anh; các văn bản có giá trị như nhau.",
        ),
    ],
}

HRD = {
    "id": "hrd",
    "shape": "plan",
    "head": [
        f"{'BỘ CÔNG THƯƠNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'CỤC XÚC TIẾN THƯƠNG MẠI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 245/KH-XTTM':<40}Hà Nội, ngày 16 tháng 11 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Xúc tiến thương mại tại thị trường Mê-hi-cô",
        "và Cô-lôm-bi-a năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Xúc tiến thương mại tại thị trường Mê-hi-cô và Cô-lôm-bi-a năm 2027"),
        (
            "paragraph",
            "Nhằm khai thác ưu đãi của Hiệp định CPTPP tại Mê-hi-cô và mở rộng thị trường Cô-lôm-bi-a, Cục Xúc tiến thương mại xây dựng Kế hoạch năm 2027 như sau:",
        ),
        ("heading", "I. KẾT QUẢ NĂM 2026", 1),
        (
            "paragraph",
            "Năm 2026, Cục đã tổ chức gian hàng Việt Nam tại Hội chợ Expo ANTAD ở Gua-đa-la-kha-ra (Mê-hi-cô) và đón đoàn Cơ quan Xúc tiến thương mại Cô-lôm-bi-a (ProColombia) sang làm việc tại Hà Nội. Chương trình Tuần hàng Việt Nam tại Bô-gô-ta chưa tổ chức được do chưa tìm được nhà phân phối.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        ("list_item", "1. Quý I/2027, tiếp tục tổ chức gian hàng quốc gia Việt Nam tại Hội chợ Expo ANTAD."),
        (
            "list_item",
            "2. Phối hợp với Đại sứ quán Việt Nam tại Mê-hi-cô tổ chức Diễn đàn doanh nghiệp nhân kỷ niệm 52 năm thiết lập quan hệ ngoại giao Việt Nam – Mê-hi-cô (19/5/1975 – 19/5/2027).",
        ),
        ("list_item", "3. Ký thỏa thuận hợp tác xúc tiến thương mại với ProColombia."),
        ("list_item", "4. Mời ProColombia cử đoàn dự Hội chợ Vietnam Expo tại Hà Nội tháng 4/2027."),
        (
            "list_item",
            "5. Không tổ chức đoàn sang Vê-nê-xu-ê-la trong năm 2027 do tình hình an ninh chưa bảo đảm.",
        ),
        (
            "paragraph",
            "Phòng Xúc tiến thương mại châu Mỹ là đầu mối triển khai Kế hoạch, báo cáo Cục trưởng kết quả thực hiện trước ngày 31/12/2027.",
        ),
    ],
}

HRE = {
    "id": "hre",
    "shape": "entry",
    "blocks": [
        ("title", "Liên minh Bô-li-va vì các dân tộc châu Mỹ"),
        (
            "paragraph",
            "Liên minh Bô-li-va vì các dân tộc châu Mỹ – Hiệp ước Thương mại của các dân tộc (ALBA-TCP) là tổ chức hợp tác khu vực do Vê-nê-xu-ê-la và Cu-ba khởi xướng. Tổ chức ra đời ngày 14/12/2004 tại La Ha-ba-na, khi Tổng thống Hugo Chávez và Chủ tịch Fidel Castro ký tuyên bố chung.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Bô-li-vi-a gia nhập năm 2006, Ni-ca-ra-goa năm 2007 dưới thời Tổng thống Daniel Ortega. Hôn-đu-rát gia nhập năm 2008 nhưng rút khỏi năm 2010 sau cuộc khủng hoảng chính trị trong nước. Ê-cu-a-đo rút khỏi tổ chức năm 2018; Bô-li-vi-a rời ALBA cuối năm 2019 và trở lại năm 2020.",
        ),
        ("heading", "Tên gọi", 1),
        (
            "paragraph",
            "Tên ban đầu của tổ chức là Sáng kiến Bô-li-va cho châu Mỹ; năm 2009, tổ chức đổi tên thành Liên minh Bô-li-va như hiện nay.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam không phải là thành viên của ALBA, song có quan hệ truyền thống với nhiều nước thành viên như Cu-ba, Vê-nê-xu-ê-la và Ni-ca-ra-goa; Ni-ca-ra-goa thiết lập quan hệ ngoại giao với Việt Nam ngày 3/9/1979.",
        ),
    ],
}

DOCS = [HRA, HRB, HRC, HRD, HRE]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, bare page numbers flush right
    (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc, page_label="{}")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "ĐẠI SỨ"."""
    return report_word(doc, ["ĐẠI SỨ", "(Đã ký)"])


def render_treaty(doc: dict) -> str:
    """A bilateral agreement copied as text from the treaty database (or Công báo): the database's header note
    (number, signing date and place, the "Có hiệu lực từ ngày …" line), a blank line, the title lines centred
    at 78 columns ("HIỆP ĐỊNH" / "GIỮA" / "CHÍNH PHỦ …" / "VÀ" / "CHÍNH PHỦ …" / "VỀ …"), then the preamble,
    "Đã thỏa thuận như sau:", the "Điều N." headings and their clauses one paragraph a line with a blank line
    after each (none between the numbered clauses of one article), the "Làm tại …" line, and the two
    signature columns side by side (the left one 44 columns wide)."""
    out: list[str] = []
    blocks = doc["blocks"]
    before_title = True
    for i, (kind, text, *_) in enumerate(blocks):
        if kind == "title":
            before_title = False
            out += [""] + [f"{ln:^78}".rstrip() for ln in doc["title_lines"]] + [""]
        elif kind == "list_item":
            out.append(text)
            if i + 1 == len(blocks) or blocks[i + 1][0] != "list_item":
                out.append("")
        elif before_title:
            out.append(text)  # the database's note: number, signing date and place, "Có hiệu lực từ ngày …"
        else:
            out += [text, ""]
    out += [f"{left:<44}{right}".rstrip() for left, right in doc["signatures"]]
    return "\n".join(out) + "\n"


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan: signed "KT. CỤC TRƯỞNG / PHÓ CỤC TRƯỞNG", its own "Nơi nhận"
    lines."""
    return ministry_plan(
        doc,
        signature=["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "(đã ký)"],
        recipients=["- Lãnh đạo Bộ (để b/c);", "- Lưu: VT, XTTM."],
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "treaty": render_treaty,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="hr",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
