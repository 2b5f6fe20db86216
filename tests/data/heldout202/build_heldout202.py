"""Build the two-hundred-and-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout202/build_heldout202.py [--check]

Five short documents on Vietnam and the Netherlands, a theme no earlier set has as its main topic
(heldout14's water cooperation aside): the relations from 1973 to the comprehensive partnership, the
Vietnamese Embassy in the Netherlands' report on 2023, Mark Rutte's talks in Hà Nội on 2/11/2023, a
(fictitious) Cà Mau plan for climate cooperation with the Netherlands in 2026 and an encyclopedia entry on
the Permanent Court of Arbitration. Nothing in src/ was changed for them. Facts are well-established; the
author, journal, cited authors, their words and pages, the report's number and local items and the whole
provincial plan are invented. Events, citations and questions gold are written by hand; ``--check``
verifies that every gold evidence, quote and citation occurs in the documents.
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
    news_page,
    plan_text,
    word_text,
)

AQA_NETHERLANDS = {
    "id": "aqa",
    "shape": "journal",
    "header": "TẠP CHÍ KINH TẾ VÀ HỘI NHẬP CHÂU ÂU – Số 3 (2024)",
    "first_page": 41,
    "break_after": 12,
    "blocks": [
        (
            "title",
            "QUAN HỆ VIỆT NAM – HÀ LAN: TỪ CÁC ĐỐI TÁC CHIẾN LƯỢC CHUYÊN NGÀNH ĐẾN ĐỐI TÁC TOÀN DIỆN",
        ),
        ("author", "Đặng Minh Khuê"),
        ("affiliation", "Trường Đại học Kinh tế – Luật, Đại học Quốc gia TP. Hồ Chí Minh"),
        (
            "abstract",
            "Bài viết điểm lại quá trình phát triển quan hệ Việt Nam – Hà Lan từ năm 1973, tập trung vào ba khuôn khổ đối tác và hợp tác đầu tư, từ đó gợi ý một số hướng hợp tác mới.",
            "vi",
        ),
        ("keywords", "Hà Lan; đối tác toàn diện; biến đổi khí hậu; đầu tư; EVIPA", "vi"),
        ("heading", "1. Một mối quan hệ có bề dày", 1),
        (
            "paragraph",
            "Việt Nam và Hà Lan chính thức thiết lập quan hệ ngoại giao ngày 9/4/1973, song giao lưu giữa hai dân tộc đã có từ hàng trăm năm trước. Trong những năm chiến tranh, nhiều tổ chức xã hội Hà Lan đã lập Ủy ban Y tế Hà Lan – Việt Nam để giúp đỡ nhân dân ta về thuốc men và dụng cụ y tế (Ngô Thị Hạnh, 2019, tr. 45).",
        ),
        ("heading", "2. Ba khuôn khổ đối tác", 1),
        (
            "paragraph",
            "Tháng 10/2010, hai nước thiết lập quan hệ Đối tác chiến lược về thích ứng với biến đổi khí hậu và quản lý nước, do một Ủy ban liên Chính phủ điều phối. Với sự hỗ trợ của Hà Lan, Việt Nam đã xây dựng Kế hoạch đồng bằng sông Cửu Long, hoàn thành năm 2013. Tháng 6/2014, hai bên lập thêm Đối tác chiến lược về nông nghiệp bền vững và an ninh lương thực; cũng trong tháng đó, Thủ tướng Mark Rutte lần đầu thăm chính thức Việt Nam. Đến tháng 4/2019, nhân chuyến thăm thứ hai của ông Rutte, quan hệ hai nước được nâng lên Đối tác toàn diện (Lưu Văn Quyết, 2021).",
        ),
        ("heading", "3. Đầu tư, thương mại và những việc còn dang dở", 1),
        (
            "paragraph",
            "Hà Lan hiện là nhà đầu tư lớn nhất của Liên minh châu Âu (EU) tại Việt Nam, với khoảng 400 dự án, đồng thời là bạn hàng lớn thứ hai của ta ở châu Âu. Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), có hiệu lực từ ngày 1/8/2020, tạo thêm động lực cho dòng hàng hóa qua cảng Rốt-téc-đam. Ngược lại, Hiệp định Bảo hộ đầu tư (EVIPA) vẫn chưa được Hà Lan phê chuẩn. Một nhà nghiên cứu từng nhận định Hà Lan là “cửa ngõ để hàng Việt Nam đi vào thị trường châu Âu” (Phan Thảo Nguyên, 2023, tr. 88). Sau chuyến thăm Hà Lan của Thủ tướng Phạm Minh Chính tháng 12/2022 và chuyến thăm thứ ba của Thủ tướng Rutte tháng 11/2023, hai nước cần sớm đưa hợp tác bán dẫn và kinh tế tuần hoàn thành những trụ cột mới.",
        ),
    ],
}

AQB_EMBASSY = {
    "id": "aqb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TẠI VƯƠNG QUỐC HÀ LAN",
        "Số: 187/BC-ĐSQ",
        "La Hay, ngày 15 tháng 12 năm 2023",
    ],
    "title_lines": ["BÁO CÁO", "Tổng kết công tác năm 2023 và phương hướng nhiệm vụ năm 2024"],
    "blocks": [
        ("title", "BÁO CÁO Tổng kết công tác năm 2023 và phương hướng nhiệm vụ năm 2024"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2023", 1),
        (
            "list_item",
            "1. Năm 2023 đánh dấu 50 năm Việt Nam và Hà Lan thiết lập quan hệ ngoại giao (9/4/1973 – 9/4/2023). Đại sứ quán đã phối hợp với Bộ Ngoại giao Hà Lan tổ chức chuỗi hoạt động kỷ niệm tại La Hay, Am-xtéc-đam và Rốt-téc-đam, trong đó có tuần phim Việt Nam và triển lãm ảnh về quan hệ hai nước.",
        ),
        (
            "list_item",
            "2. Đại sứ quán tích cực tham gia chuẩn bị chuyến thăm chính thức Việt Nam lần thứ ba của Thủ tướng Mark Rutte (ngày 1 – 2/11/2023). Đi cùng Thủ tướng có gần 30 doanh nghiệp công nghệ cao của Hà Lan sang tìm hiểu cơ hội đầu tư.",
        ),
        (
            "list_item",
            "3. Tháng 6, Đại sứ quán phối hợp với Tổng Lãnh sự quán Hà Lan tại TP. Hồ Chí Minh đưa đoàn 15 doanh nghiệp nông nghiệp Hà Lan sang khảo sát tại Long An và Bến Tre; nhân dịp này, tỉnh Long An và tỉnh Bắc Brabant ký Biên bản ghi nhớ hợp tác về quản lý nước và nông nghiệp công nghệ cao.",
        ),
        (
            "list_item",
            "4. Phía Hà Lan đã tài trợ không hoàn lại 1,2 triệu euro cho dự án nuôi tôm – rừng thích ứng với biến đổi khí hậu tại Cà Mau, thực hiện trong giai đoạn 2023 – 2025.",
        ),
        (
            "list_item",
            "5. Đại sứ quán đã nhiều lần trao đổi với Bộ Ngoại giao và Bộ Kinh tế Hà Lan, đề nghị sớm phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA); tuy nhiên, đến nay Quốc hội Hà Lan vẫn chưa đưa Hiệp định ra xem xét.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024", 1),
        (
            "list_item",
            "1. Phối hợp chuẩn bị chuyến thăm và làm việc tại Hà Lan của lãnh đạo Quốc hội trong sáu tháng đầu năm 2024.",
        ),
        (
            "list_item",
            "2. Thúc đẩy tổ chức phiên họp tiếp theo của Ủy ban liên Chính phủ Việt Nam – Hà Lan về thích ứng với biến đổi khí hậu và quản lý nước.",
        ),
        (
            "list_item",
            "3. Tiếp tục vận động Hà Lan ủng hộ Ủy ban châu Âu sớm gỡ bỏ “thẻ vàng” đối với hải sản Việt Nam xuất khẩu vào EU.",
        ),
        (
            "list_item",
            "4. Phối hợp với Hội người Việt Nam tại Hà Lan tổ chức Tết cộng đồng Giáp Thìn 2024.",
        ),
    ],
}

AQC_RUTTE = {
    "id": "aqc",
    "shape": "news",
    "date": "2023-11-02",
    "stamp": "Thứ Năm, 02/11/2023 - 12:40",
    "blocks": [
        ("title", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Hà Lan Mark Rutte"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Sáng 2/11, sau lễ đón chính thức tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Vương quốc Hà Lan Mark Rutte, người đang thăm chính thức Việt Nam từ ngày 1 đến 2/11.",
        ),
        ("heading", "Đối tác ưu tiên tại Ấn Độ Dương – Thái Bình Dương", 1),
        (
            "paragraph",
            "Thủ tướng Phạm Minh Chính nhấn mạnh chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1973 – 2023), góp phần làm sâu sắc hơn nữa quan hệ Đối tác toàn diện Việt Nam – Hà Lan.",
        ),
        (
            "paragraph",
            "Thủ tướng Rutte cho biết ông vui mừng thăm Việt Nam lần thứ ba, gần một năm sau chuyến thăm chính thức Hà Lan của Thủ tướng Phạm Minh Chính hồi tháng 12 năm ngoái. Ông khẳng định Việt Nam là đối tác ưu tiên, quan trọng của Hà Lan tại khu vực Ấn Độ Dương – Thái Bình Dương, đồng thời nhắc lại rằng thương thuyền Hà Lan đã cập cảng Hội An từ hơn 400 năm trước.",
        ),
        ("heading", "Gỡ “thẻ vàng”, sớm phê chuẩn EVIPA", 1),
        (
            "paragraph",
            "Hai bên nhất trí tiếp tục thực thi đầy đủ, hiệu quả Hiệp định Thương mại tự do Việt Nam – EU (EVFTA), coi kinh tế – thương mại là trụ cột quan trọng của quan hệ song phương. Năm 2022, kim ngạch thương mại hai chiều đạt hơn 11 tỷ USD; Hà Lan là nhà đầu tư lớn nhất của EU tại Việt Nam.",
        ),
        (
            "paragraph",
            "Hoan nghênh gần 30 doanh nghiệp công nghệ cao Hà Lan tháp tùng Thủ tướng Rutte, Thủ tướng Phạm Minh Chính đề nghị Hà Lan ủng hộ Ủy ban châu Âu sớm gỡ bỏ “thẻ vàng” IUU đối với thủy sản Việt Nam và sớm phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam – EU (EVIPA).",
        ),
        (
            "paragraph",
            "Hai Thủ tướng cũng đánh giá cao kết quả của hai khuôn khổ Đối tác chiến lược về thích ứng với biến đổi khí hậu và quản lý nước, và về nông nghiệp bền vững và an ninh lương thực, nhất là tại Đồng bằng sông Cửu Long.",
        ),
    ],
}

AQD_CAMAU = {
    "id": "aqd",
    "shape": "plan",
    "head": [
        f"{'ỦY BAN NHÂN DÂN':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TỈNH CÀ MAU':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'-------':<40}---------------",
        f"{'Số: 24/KH-UBND':<40}Cà Mau, ngày 16 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Vương quốc Hà Lan về thích ứng với biến đổi khí hậu",
        "và phát triển vùng ven biển năm 2026",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Hợp tác với Vương quốc Hà Lan về thích ứng với biến đổi khí hậu và phát triển vùng ven biển năm 2026",
        ),
        (
            "paragraph",
            "Căn cứ khuôn khổ Đối tác chiến lược Việt Nam – Hà Lan về thích ứng với biến đổi khí hậu và quản lý nước (thiết lập năm 2010) và Kế hoạch đồng bằng sông Cửu Long (2013) do Hà Lan hỗ trợ xây dựng, Ủy ban nhân dân tỉnh ban hành Kế hoạch hợp tác với Hà Lan năm 2026 như sau:",
        ),
        ("heading", "I. KẾT QUẢ HỢP TÁC NĂM 2025", 1),
        (
            "paragraph",
            "Năm 2025, tỉnh đã đón hai đoàn chuyên gia của Trường Đại học Wageningen (Hà Lan) sang khảo sát mô hình tôm – rừng tại khu vực Đất Mũi. Đại sứ quán Hà Lan tài trợ 800.000 euro cho dự án trồng và phục hồi rừng ngập mặn ven biển Tây. Tuy nhiên, đề xuất xây dựng đê mềm bảo vệ bờ biển Gành Hào chưa được phía Hà Lan chấp thuận tài trợ.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2026", 1),
        (
            "list_item",
            "1. Trong tháng 5, cử đoàn công tác do một Phó Chủ tịch Ủy ban nhân dân tỉnh dẫn đầu sang làm việc tại Rốt-téc-đam và tỉnh Zeeland về quản lý vùng ven biển.",
        ),
        (
            "list_item",
            "2. Ký Biên bản ghi nhớ hợp tác giữa tỉnh Cà Mau và tỉnh Zeeland nhân dịp chuyến công tác nói trên.",
        ),
        (
            "list_item",
            "3. Phối hợp với Đại sứ quán Hà Lan tổ chức Hội thảo quốc tế về nuôi trồng thủy sản thích ứng với biến đổi khí hậu tại Cà Mau trong quý III.",
        ),
        (
            "list_item",
            "4. Đề nghị phía Hà Lan tiếp tục hỗ trợ kỹ thuật và vốn không hoàn lại cho dự án đê mềm Gành Hào.",
        ),
        (
            "paragraph",
            "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành liên quan triển khai Kế hoạch này; định kỳ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện./.",
        ),
    ],
}

AQE_PCA = {
    "id": "aqe",
    "shape": "entry",
    "blocks": [
        ("title", "Tòa Trọng tài thường trực"),
        (
            "paragraph",
            "Tòa Trọng tài thường trực (PCA) là tổ chức liên chính phủ lâu đời nhất chuyên hỗ trợ giải quyết tranh chấp quốc tế, có trụ sở tại Cung điện Hòa bình ở La Hay (Hà Lan). PCA hiện có 122 thành viên.",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "PCA được lập ra theo Công ước về giải quyết hòa bình các tranh chấp quốc tế, được thông qua tại Hội nghị Hòa bình La Hay năm 1899 theo sáng kiến của Nga hoàng Ni-cô-lai II, và được sửa đổi tại Hội nghị Hòa bình lần thứ hai năm 1907. Tổ chức bắt đầu thụ lý vụ việc từ năm 1902. Từ năm 1913, PCA làm việc tại Cung điện Hòa bình, công trình được xây dựng bằng tiền tài trợ của nhà tư bản Mỹ Andrew Carnegie.",
        ),
        ("heading", "Cơ cấu và hoạt động", 1),
        (
            "paragraph",
            "PCA không phải là một tòa án theo nghĩa thông thường mà là cơ chế giúp các bên lập hội đồng trọng tài cho từng vụ việc. Hội đồng Hành chính của PCA do Bộ trưởng Ngoại giao Hà Lan làm chủ tịch; Văn phòng Quốc tế do Tổng thư ký đứng đầu. Năm 1993, PCA được trao quy chế quan sát viên tại Đại hội đồng Liên hợp quốc. PCA từng làm cơ quan thư ký cho Tòa Trọng tài trong vụ Phi-líp-pin kiện Trung Quốc về Biển Đông, với phán quyết ngày 12/7/2016.",
        ),
        ("heading", "Quan hệ với Việt Nam", 1),
        (
            "paragraph",
            "Việt Nam là thành viên của PCA. Năm 2014, hai bên ký Hiệp định nước chủ nhà. Ngày 27/10/2021, Bộ Ngoại giao Việt Nam và PCA ký trực tuyến Nghị định thư về việc lập Văn phòng PCA tại Hà Nội. Văn phòng được Bộ trưởng Ngoại giao Bùi Thanh Sơn và Tổng thư ký PCA Marcin Czepelak khai trương ngày 24/11/2022, là văn phòng thứ năm của tổ chức bên ngoài La Hay, cùng với các văn phòng ở Mô-ri-xơ, Xinh-ga-po, Bu-ê-nốt Ai-rét và Viên.",
        ),
    ],
}

DOCS = [AQA_NETHERLANDS, AQB_EMBASSY, AQC_RUTTE, AQD_CAMAU, AQE_PCA]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, the title at 52 columns, labels
    and body at 76, page numbers centred as "- N -" (heldout_kit.headed_journal)."""
    return headed_journal(doc, title=52, label=76, body=76, page_label="- {} -", align="^")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 70 columns, every line followed by an
    empty line; the ambassador's signature at the end."""
    return word_text(doc, 70, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page defaults) in its politics section."""
    return news_page(
        doc,
        section="Chính trị",
        time="12:40",
        menu=[("/chinh-tri", "Chính trị"), ("/doi-ngoai", "Đối ngoại"), ("/kinh-te", "Kinh tế")],
        tags=[("/tag/ha-lan", "Hà Lan"), ("/tag/mark-rutte", "Mark Rutte"), ("/tag/evipa", "EVIPA")],
    )


def render_plan(doc: dict) -> str:
    """A provincial plan: issuer/motto block with rules, centred title, body at 78 columns, "Nơi nhận" and a
    four-line signature block."""
    return plan_text(
        doc,
        78,
        [
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- Bộ Nông nghiệp và Môi trường;",
            "- Đại sứ quán Hà Lan tại Việt Nam;",
            "- Lưu: VT, NNMT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(đã ký)"],
        columns=(46, 50, 50, 52),
    )


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="aq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
