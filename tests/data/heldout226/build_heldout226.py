"""Build the 226th held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout226/build_heldout226.py [--check]

Five short documents on Norway and Vietnam (Norway's peace diplomacy and its relations with Vietnam, the
Vietnamese Embassy in Norway's report on 2024, Norway's election to the Security Council on 17/6/2020, a
(fictitious) Ministry of Agriculture and Environment plan for fisheries and aquaculture cooperation with
Norway in 2026, an encyclopedia entry on the Barents Euro-Arctic Council). Facts are well-established;
authors, journal, page numbers, document numbers, the report's and the plan's items and all quoted words
are invented. ``--check`` verifies that every gold evidence, quote and citation occurs in the documents.
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

DQA_NORWAY = {
    "id": "dqa",
    "shape": "journal",
    "header": "TẠP CHÍ CHÂU ÂU VÀ THẾ GIỚI – Số 11 (2025)",
    "first_page": 83,
    "break_after": 12,
    "blocks": [
        ("title", "NGOẠI GIAO HÒA BÌNH CỦA NA UY VÀ HÀM Ý ĐỐI VỚI QUAN HỆ VỚI VIỆT NAM"),
        ("author", "Phan Thanh Tùng"),
        ("affiliation", "Viện Nghiên cứu Chiến lược ngoại giao, Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết phân tích vai trò trung gian hòa giải của Na Uy trong các tiến trình hòa bình và gợi mở hướng hợp tác Việt Nam – Na Uy.",
            "vi",
        ),
        ("keywords", "Na Uy; trung gian hòa giải; Hội đồng Bảo an; EFTA", "vi"),
        ("heading", "1. Một nước nhỏ với tham vọng hòa bình", 1),
        (
            "paragraph",
            "Là thành viên sáng lập NATO từ năm 1949 nhưng hai lần bác bỏ việc gia nhập khối liên kết châu Âu (năm 1972 và năm 1994), Na Uy tìm chỗ đứng riêng bằng ngoại giao hòa bình. Sau nhiều tháng đàm phán bí mật tại Ốt-xlô do Na Uy thu xếp, Ixraen và Tổ chức Giải phóng Palextin (PLO) ký Tuyên bố về các nguyên tắc tại Oa-sinh-tơn ngày 13/9/1993 (Hoàng Anh Tuấn, 2017, tr. 19). Na Uy cũng làm trung gian để Chính phủ Xri Lan-ca và lực lượng Những con hổ giải phóng Tamil Eelam ký thỏa thuận ngừng bắn ngày 22/2/2002, dù thỏa thuận này sụp đổ năm 2008.",
        ),
        ("heading", "2. Từ Cô-lôm-bi-a đến Hội đồng Bảo an", 1),
        (
            "paragraph",
            "Cùng với Cu-ba, Na Uy là nước bảo trợ cho cuộc đàm phán giữa Chính phủ Cô-lôm-bi-a và lực lượng FARC, dẫn tới hiệp định hòa bình năm 2016. Theo một học giả, Ốt-xlô coi hòa giải là “một thứ hàng hóa công mà nước nhỏ có thể cung cấp cho thế giới” (Nguyễn Minh Châu, 2021, tr. 45). Năm 2021, Na Uy và Việt Nam cùng ngồi tại Hội đồng Bảo an và phối hợp trong các vấn đề an ninh biển và phụ nữ, hòa bình và an ninh.",
        ),
        ("heading", "3. Quan hệ Việt Nam – Na Uy", 1),
        (
            "paragraph",
            "Hai nước thiết lập quan hệ ngoại giao ngày 25/11/1971. Trong nhiều năm, Na Uy đã viện trợ không hoàn lại cho Việt Nam trong các lĩnh vực quản trị, thủy sản và năng lượng (Đinh Thị Thu, 2019). Đàm phán Hiệp định thương mại tự do Việt Nam – EFTA, mà Na Uy là thành viên, được khởi động từ năm 2012 nhưng đến nay vẫn chưa kết thúc. Ta cần thúc đẩy sớm ký kết hiệp định này và mở rộng hợp tác về năng lượng gió ngoài khơi.",
        ),
    ],
}

DQB_EMBASSY = {
    "id": "dqb",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "ĐẠI SỨ QUÁN NƯỚC CHXHCN VIỆT NAM TẠI VƯƠNG QUỐC NA UY",
        "Số: 64/BC-ĐSQ",
        "Ốt-xlô, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "I. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Tháng 6, Đại sứ quán phối hợp đón đoàn Bộ Nông nghiệp và Phát triển nông thôn sang khảo sát mô hình nuôi cá hồi lồng bè ngoài khơi tại Béc-ghen; hai bên trao đổi về việc chuyển giao công nghệ nuôi biển.",
        ),
        (
            "list_item",
            "2. Cơ quan Hợp tác phát triển Na Uy (Norad) tiếp tục tài trợ dự án giảm rác thải nhựa đại dương tại một số tỉnh ven biển của ta.",
        ),
        (
            "list_item",
            "3. Tháng 9, Đại sứ làm việc với Bộ Ngoại giao Na Uy về chương trình hợp tác song phương; phía bạn khẳng định ủng hộ lập trường của Việt Nam về giải quyết tranh chấp ở Biển Đông bằng biện pháp hòa bình, trên cơ sở luật pháp quốc tế.",
        ),
        (
            "list_item",
            "4. Đại sứ quán trình Thư ủy nhiệm lên Tổng thống Ai-xơ-len, nước Đại sứ quán kiêm nhiệm, hồi tháng 10.",
        ),
        (
            "list_item",
            "5. Dự án trung tâm đào tạo nghề cá do một quỹ của Na Uy đề xuất chưa được phía bạn phê duyệt kinh phí.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức tham vấn chính trị cấp Thứ trưởng Ngoại giao Việt Nam – Na Uy tại Hà Nội trong quý II.",
        ),
        (
            "list_item",
            "2. Vận động doanh nghiệp Na Uy đầu tư vào điện gió ngoài khơi tại Việt Nam.",
        ),
    ],
}

DQC_UNSC = {
    "id": "dqc",
    "shape": "news",
    "date": "2020-06-18",
    "stamp": "Thứ Năm, 18/06/2020 - 07:20",
    "blocks": [
        ("title", "Na Uy, Ai-len, Ấn Độ và Mê-hi-cô trúng cử Ủy viên không thường trực Hội đồng Bảo an"),
        (
            "paragraph",
            "Niu Oóc (TTXVN) – Ngày 17/6 (giờ Mỹ), Đại hội đồng Liên hợp quốc đã bầu Na Uy, Ai-len, Ấn Độ và Mê-hi-cô làm Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2021 – 2022.",
        ),
        ("heading", "Ca-na-đa thất bại", 1),
        (
            "paragraph",
            "Ở nhóm Tây Âu và các nước khác, Na Uy giành 130 phiếu và Ai-len 128 phiếu, vượt qua ngưỡng hai phần ba cần thiết, trong khi Ca-na-đa chỉ được 108 phiếu và không trúng cử. Ấn Độ, ứng cử viên duy nhất của nhóm châu Á – Thái Bình Dương, nhận 184 phiếu; Mê-hi-cô được 187 phiếu.",
        ),
        (
            "paragraph",
            "Do dịch COVID-19, các đại sứ bỏ phiếu theo từng khung giờ tại trụ sở Liên hợp quốc thay vì tập trung tại phòng họp Đại hội đồng.",
        ),
        ("heading", "Vòng hai cho ghế châu Phi", 1),
        (
            "paragraph",
            "Ở nhóm châu Phi, cả Kê-ni-a và Gi-bu-ti đều không đạt đủ số phiếu cần thiết, và hai nước sẽ bước vào vòng bỏ phiếu thứ hai ngay trong ngày hôm nay.",
        ),
        (
            "paragraph",
            "Đây là lần thứ năm Na Uy ngồi tại Hội đồng Bảo an, lần gần nhất vào các năm 2001 – 2002. Trong năm 2021, nước này sẽ cùng Việt Nam, Ủy viên không thường trực nhiệm kỳ 2020 – 2021, tham gia công việc của Hội đồng.",
        ),
    ],
}

DQD_PLAN = {
    "id": "dqd",
    "shape": "plan",
    "head": [
        f"{'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 57/KH-BNNMT':<40}Hà Nội, ngày 20 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác với Vương quốc Na Uy về thủy sản",
        "và kinh tế biển năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác với Vương quốc Na Uy về thủy sản và kinh tế biển năm 2026"),
        (
            "paragraph",
            "Nhằm phát huy kết quả hợp tác nghề cá giữa hai nước trong hơn ba thập kỷ qua, Bộ Nông nghiệp và Môi trường xây dựng Kế hoạch hợp tác với Na Uy năm 2026 như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Na Uy là một trong những nước dẫn đầu thế giới về nuôi biển công nghệ cao. Năm ngoái, phía Na Uy đã hỗ trợ ta đào tạo 30 cán bộ về quản lý nghề cá và chống khai thác bất hợp pháp, không báo cáo và không theo quy định (IUU); tuy vậy, dự án nuôi biển xa bờ tại Khánh Hòa chưa tìm được nhà đầu tư Na Uy.",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 3 năm nay, cử đoàn công tác do một Thứ trưởng dẫn đầu sang Ốt-xlô và Tơ-rôm-xơ làm việc với Bộ Thương mại, Công nghiệp và Thủy sản Na Uy.",
        ),
        (
            "list_item",
            "2. Ký Bản ghi nhớ hợp tác về nuôi biển bền vững giữa hai Bộ, dự kiến trong chuyến thăm nói trên.",
        ),
        (
            "list_item",
            "3. Đề nghị Norad tiếp tục tài trợ giai đoạn hai của dự án giảm rác thải nhựa đại dương.",
        ),
        (
            "list_item",
            "4. Phối hợp với Bộ Công Thương thúc đẩy đàm phán Hiệp định thương mại tự do Việt Nam – EFTA, trong đó có mở cửa thị trường cho cá hồi Na Uy và tôm, cá tra của ta.",
        ),
        (
            "list_item",
            "5. Đón đoàn doanh nghiệp thủy sản Na Uy sang dự Hội chợ Vietfish tại Thành phố Hồ Chí Minh.",
        ),
        (
            "paragraph",
            "Cục Hợp tác quốc tế là đầu mối theo dõi, tổng hợp tình hình thực hiện Kế hoạch này.",
        ),
    ],
}

DQE_BARENTS = {
    "id": "dqe",
    "shape": "entry",
    "blocks": [
        ("title", "Hội đồng Barents – Bắc Cực châu Âu"),
        (
            "paragraph",
            "Hội đồng Barents – Bắc Cực châu Âu (BEAC) là diễn đàn hợp tác liên chính phủ về các vấn đề của vùng Barents, được thành lập tại hội nghị ở thị trấn Kirkenes (Na Uy) ngày 11/1/1993 với việc ký Tuyên bố Kirkenes. Hội đồng ra đời nhằm thúc đẩy ổn định và phát triển ở khu vực phía bắc châu Âu sau khi Chiến tranh lạnh kết thúc.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Thành viên của Hội đồng gồm Đan Mạch, Phần Lan, Ai-xơ-len, Na Uy, Thụy Điển, Nga và Ủy ban châu Âu. Một số nước, trong đó có Mỹ, Nhật Bản, Đức và Pháp, tham gia với tư cách quan sát viên. Song song với Hội đồng cấp chính phủ là Hội đồng khu vực Barents, tập hợp chính quyền các tỉnh, vùng phía bắc của bốn nước Na Uy, Thụy Điển, Phần Lan và Nga.",
        ),
        ("heading", "Hoạt động", 1),
        (
            "paragraph",
            "Hội đồng thúc đẩy hợp tác về môi trường, y tế, giao thông và giao lưu nhân dân, đặc biệt là với người Sami bản địa. Ban Thư ký quốc tế Barents đặt tại Kirkenes từ năm 2008. Chức Chủ tịch Hội đồng được các nước Bắc Âu và Nga luân phiên đảm nhiệm hai năm một lần.",
        ),
        ("heading", "Khủng hoảng sau năm 2022", 1),
        (
            "paragraph",
            "Tháng 3/2022, sau khi Nga mở chiến dịch quân sự tại U-crai-na, các thành viên còn lại đình chỉ hoạt động của Hội đồng có sự tham gia của Nga. Tháng 9/2023, Nga tuyên bố rút khỏi Hội đồng. Việt Nam không tham gia Hội đồng.",
        ),
    ],
}

DOCS = [DQA_NORWAY, DQB_EMBASSY, DQC_UNSC, DQD_PLAN, DQE_BARENTS]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "[N]" page numbers flush
    right (heldout_kit.headed_journal: title at 50 columns, labels and body at 74)."""
    return headed_journal(doc)


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: the lines wrapped at 72 columns, every line followed by an
    empty line; the signature at the end."""
    return word_text(doc, 72, ["ĐẠI SỨ", "(Đã ký)"])


def render_news(doc: dict) -> str:
    """The agency's detail page (heldout_kit.news_page): title, meta date, nav, lead with its dateline, <h3>
    subheads, <p> paragraphs, tags, footer."""
    return news_page(
        doc,
        section="Thế giới",
        time="07:20",
        menu=[("/the-gioi", "Thế giới"), ("/chau-au", "Châu Âu")],
        tags=[("/tag/hdba", "Hội đồng Bảo an"), ("/tag/na-uy", "Na Uy")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: issuer/motto block, centred title, body at 76 columns, "Nơi nhận" and signature."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao (để phối hợp);", "- Lưu: VT, HTQT."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(đã ký)"],
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
        prefix="dq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
