"""Build the two hundred fifty-fifth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout255/build_heldout255.py [--check]

Five short documents on Vietnam and the international financial institutions: the normalisation with the
IMF, the World Bank and the ADB in 1993, a (fictitious) State Bank department's half-year report for 2025,
the IMF's general SDR allocation of August 2021, a (fictitious) Ministry of Finance plan for 2027 on
multilateral development loans, and an encyclopedia entry on the International Monetary Fund. Facts are
well-established; authors, journal, page numbers, document numbers, the report's and plan's items and quoted
words are invented. Gold is written by hand; ``--check`` verifies that every gold evidence, quote and
citation occurs in the documents.
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
    news_page,
    report_word,
)

FZA_IFI = {
    "id": "fza",
    "shape": "journal",
    "header": "TẠP CHÍ TÀI CHÍNH QUỐC TẾ VÀ PHÁT TRIỂN – Số 4 (2023)",
    "first_page": 17,
    "break_after": 5,
    "blocks": [
        ("title", "BA MƯƠI NĂM QUAN HỆ GIỮA VIỆT NAM VÀ CÁC ĐỊNH CHẾ TÀI CHÍNH QUỐC TẾ"),
        ("author", "Trịnh Quang Khải"),
        ("affiliation", "Học viện Ngân hàng"),
        (
            "abstract",
            "Bài viết nhìn lại quá trình bình thường hóa và phát triển quan hệ giữa Việt Nam với IMF, Ngân hàng Thế giới và ADB từ năm 1993.",
            "vi",
        ),
        ("keywords", "IMF; Ngân hàng Thế giới; ADB; ODA; IDA", "vi"),
        ("heading", "1. Bước ngoặt năm 1993", 1),
        (
            "paragraph",
            "Suốt những năm 1980, dù vẫn là thành viên, Việt Nam hầu như không tiếp cận được nguồn vốn của Quỹ Tiền tệ Quốc tế (IMF), Ngân hàng Thế giới (WB) và Ngân hàng Phát triển châu Á (ADB) do chính sách cấm vận của Mỹ. Tháng 10/1993, với sự hỗ trợ tài chính của Pháp và Nhật Bản, nước ta thanh toán xong khoản nợ quá hạn với IMF; ngay sau đó, cả ba định chế nối lại cho vay (Hoàng Văn Tiến, 2013, tr. 52). Tháng 11 cùng năm, Hội nghị Nhóm tư vấn các nhà tài trợ đầu tiên cho Việt Nam họp tại Pa-ri và cam kết 1,86 tỷ USD. Ba tháng sau, ngày 3/2/1994, Mỹ tuyên bố bãi bỏ lệnh cấm vận.",
        ),
        ("heading", "2. Từ vốn ưu đãi đến vốn thương mại", 1),
        (
            "paragraph",
            "Trong hơn hai thập kỷ, Việt Nam là một trong những nước nhận vốn lớn nhất của Hiệp hội Phát triển quốc tế (IDA). Từ ngày 1/7/2017, nước ta chính thức “tốt nghiệp” IDA và chỉ còn vay theo điều kiện của Ngân hàng Tái thiết và Phát triển quốc tế (IBRD). Một chuyên gia nhận định đây là “cái giá của thành công, không phải dấu hiệu của sự xa cách” (Nguyễn Thị Lệ Thu, 2018, tr. 9).",
        ),
        ("heading", "3. Kết luận", 1),
        (
            "paragraph",
            "Ba mươi năm qua, quan hệ với các định chế tài chính quốc tế đã góp phần quan trọng vào công cuộc Đổi mới (Vũ Đức Anh, 2021). Thời gian tới, ta cần chủ động đề xuất với WB và ADB các khoản vay cho hạ tầng thích ứng biến đổi khí hậu.",
        ),
    ],
}

FZB_SBV = {
    "id": "fzb",
    "shape": "word",
    "head": [
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
        "VỤ HỢP TÁC QUỐC TẾ",
        "Số: 57/BC-HTQT",
        "Hà Nội, ngày 08 tháng 7 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả công tác hợp tác quốc tế 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả công tác hợp tác quốc tế 6 tháng đầu năm 2025, nhiệm vụ 6 tháng cuối năm",
        ),
        ("heading", "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM", 1),
        (
            "list_item",
            "1. Tháng 4/2025, đoàn Ngân hàng Nhà nước do Thống đốc làm trưởng đoàn đã dự Hội nghị mùa Xuân của IMF và WB tại Oa-sinh-tơn, nhân dịp này tiếp xúc song phương với lãnh đạo hai tổ chức.",
        ),
        (
            "list_item",
            "2. Đã đón đoàn tham vấn Điều IV của IMF sang làm việc tại Hà Nội từ ngày 5 đến ngày 18/3/2025.",
        ),
        (
            "list_item",
            "3. Phối hợp với Bộ Tài chính hoàn tất đàm phán khoản vay 300 triệu USD của WB cho chương trình phát triển hạ tầng đồng bằng sông Cửu Long; hiệp định vay chưa được ký do đang chờ Chính phủ phê duyệt.",
        ),
        (
            "list_item",
            "4. Ngân hàng Phát triển châu Á (ADB) tiếp tục cung cấp hỗ trợ kỹ thuật không hoàn lại cho Ngân hàng Nhà nước về tài chính xanh.",
        ),
        (
            "list_item",
            "5. Ký Bản ghi nhớ về hợp tác thanh toán bằng mã QR với Ngân hàng Trung ương Cam-pu-chia trong quý II.",
        ),
        ("heading", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM", 1),
        (
            "list_item",
            "1. Chuẩn bị đoàn tham dự Hội nghị thường niên IMF – WB vào tháng 10 tại Oa-sinh-tơn.",
        ),
        (
            "list_item",
            "2. Đàm phán với Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB) về khoản vay đầu tiên cho lĩnh vực năng lượng tái tạo.",
        ),
        (
            "list_item",
            "3. Không tham gia thỏa thuận hoán đổi tiền tệ song phương mới trong năm 2025.",
        ),
    ],
}

FZC_SDR = {
    "id": "fzc",
    "shape": "news",
    "date": "2021-08-03",
    "stamp": "Thứ Ba, 03/08/2021 - 08:05",
    "blocks": [
        ("title", "IMF thông qua đợt phân bổ SDR lớn nhất trong lịch sử, trị giá 650 tỷ USD"),
        (
            "paragraph",
            "Oa-sinh-tơn (TTXVN) – Ngày 2/8 (giờ Mỹ), Hội đồng Thống đốc Quỹ Tiền tệ Quốc tế (IMF) đã phê chuẩn đợt phân bổ chung Quyền rút vốn đặc biệt (SDR) trị giá khoảng 650 tỷ USD nhằm giúp các nước thành viên ứng phó với đại dịch COVID-19.",
        ),
        ("heading", "“Liều thuốc” cho kinh tế thế giới", 1),
        (
            "paragraph",
            "Tổng Giám đốc IMF Kristalina Georgieva gọi đây là một quyết định lịch sử. Số SDR mới sẽ được phân bổ cho các thành viên theo tỷ lệ hạn ngạch từ ngày 23/8, trong đó khoảng 275 tỷ USD dành cho các nền kinh tế mới nổi và đang phát triển, kể cả các nước thu nhập thấp. Mỹ, nước có hạn ngạch lớn nhất, sẽ nhận khoảng 113 tỷ USD, Trung Quốc khoảng 42 tỷ USD.",
        ),
        (
            "paragraph",
            "Đề xuất này đã được Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) ủng hộ hồi tháng 4. Lần phân bổ chung gần nhất diễn ra năm 2009, khi IMF phân bổ 250 tỷ USD để đối phó với khủng hoảng tài chính toàn cầu.",
        ),
        ("heading", "Kêu gọi chia sẻ SDR", 1),
        (
            "paragraph",
            "IMF cũng kêu gọi các nước giàu tự nguyện chuyển một phần SDR được phân bổ cho các nước nghèo. Việt Nam, thành viên của IMF, sẽ nhận phần SDR tương ứng với hạn ngạch của mình và không phải trả lãi nếu không sử dụng.",
        ),
    ],
}

FZD_PLAN = {
    "id": "fzd",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 88/KH-BTC':<40}Hà Nội, ngày 15 tháng 12 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Huy động vốn vay của các ngân hàng phát triển đa phương",
        "năm 2027",
    ],
    "blocks": [
        (
            "title",
            "KẾ HOẠCH Huy động vốn vay của các ngân hàng phát triển đa phương năm 2027",
        ),
        (
            "paragraph",
            "Thực hiện chủ trương vay vốn có chọn lọc, ưu tiên các dự án hạ tầng quy mô lớn và thích ứng với biến đổi khí hậu, Bộ Tài chính xây dựng Kế hoạch huy động vốn vay của các ngân hàng phát triển đa phương năm 2027 như sau:",
        ),
        ("heading", "I. ĐÁNH GIÁ CHUNG", 1),
        (
            "paragraph",
            "Năm nay, Bộ đã ký với Ngân hàng Thế giới (WB) hai hiệp định vay cho các dự án giao thông và thủy lợi; khoản vay của Ngân hàng Phát triển châu Á (ADB) cho dự án đường cao tốc phía Tây vẫn chưa được giải ngân do vướng mắc về giải phóng mặt bằng.",
        ),
        ("heading", "II. NHIỆM VỤ NĂM 2027", 1),
        (
            "list_item",
            "1. Tháng 3/2027, chủ trì đàm phán với ADB khoản vay cho chương trình chống sạt lở ven biển đồng bằng sông Cửu Long.",
        ),
        (
            "list_item",
            "2. Làm việc với Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB), mà Việt Nam là thành viên sáng lập, về danh mục dự án năng lượng sạch.",
        ),
        (
            "list_item",
            "3. Đề nghị WB hỗ trợ kỹ thuật xây dựng khung quản lý nợ công giai đoạn 2027 – 2030.",
        ),
        (
            "list_item",
            "4. Tổ chức đoàn công tác sang Ma-ni-la (Phi-líp-pin) làm việc với Trụ sở ADB trong quý II.",
        ),
        (
            "list_item",
            "5. Tiếp đón đoàn công tác của Ngân hàng Thế giới sang rà soát danh mục dự án vào tháng 9/2027.",
        ),
        (
            "paragraph",
            "Cục Quản lý nợ và Tài chính đối ngoại là đầu mối tổng hợp, báo cáo Bộ trưởng kết quả thực hiện. Các đơn vị thuộc Bộ căn cứ Kế hoạch này chủ động xây dựng chương trình công tác, bảo đảm tiến độ và hiệu quả sử dụng vốn vay.",
        ),
    ],
}

FZE_IMF = {
    "id": "fze",
    "shape": "entry",
    "blocks": [
        ("title", "Quỹ Tiền tệ Quốc tế"),
        (
            "paragraph",
            "Quỹ Tiền tệ Quốc tế (IMF) là định chế tài chính quốc tế được thành lập theo quyết định của Hội nghị Bretton Woods (Mỹ) tháng 7/1944, cùng với Ngân hàng Tái thiết và Phát triển quốc tế. Hiệp định thành lập IMF có hiệu lực ngày 27/12/1945; Quỹ bắt đầu hoạt động năm 1947, trụ sở tại Oa-sinh-tơn.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "IMF hiện có 191 thành viên; nước gia nhập gần đây nhất là Lích-ten-xtai-nơ, được kết nạp năm 2024. Trong Chiến tranh lạnh, Ba Lan rút khỏi Quỹ năm 1950 và quay trở lại năm 1986; Cu-ba rút khỏi IMF năm 1964 và đến nay chưa trở lại. Tiệp Khắc buộc phải rời Quỹ năm 1954.",
        ),
        ("heading", "Lãnh đạo", 1),
        (
            "paragraph",
            "Quỹ có nhiệm vụ giám sát hệ thống tiền tệ quốc tế, cung cấp tài chính cho các nước gặp khó khăn về cán cân thanh toán và hỗ trợ kỹ thuật cho các thành viên. Cơ quan quyết định cao nhất là Hội đồng Thống đốc, gồm đại diện của tất cả các nước thành viên. Theo thông lệ, Tổng Giám đốc IMF là người châu Âu. Bà Kristalina Georgieva, người Bun-ga-ri, giữ cương vị này từ ngày 1/10/2019.",
        ),
        ("heading", "Việt Nam và IMF", 1),
        (
            "paragraph",
            "Năm 1976, Cộng hòa xã hội chủ nghĩa Việt Nam kế thừa tư cách thành viên IMF. Quan hệ giữa hai bên được bình thường hóa từ tháng 10/1993. Hằng năm, IMF cử đoàn sang Việt Nam tham vấn theo Điều IV của Hiệp định; Văn phòng Đại diện thường trú của IMF tại Hà Nội hỗ trợ hoạt động này.",
        ),
    ],
}

DOCS = [FZA_IFI, FZB_SBV, FZC_SDR, FZD_PLAN, FZE_IMF]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "KT. VỤ TRƯỞNG / PHÓ VỤ TRƯỞNG"."""
    return report_word(doc, ["KT. VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Tài chính – Ngân hàng" section."""
    return news_page(
        doc,
        section="Tài chính – Ngân hàng",
        time="09:15",
        menu=[("/kinh-te", "Kinh tế"), ("/quoc-te", "Quốc tế")],
        tags=[("/tag/imf", "IMF"), ("/tag/sdr", "SDR")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan by heldout_kit.ministry_plan: signed "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", its own "Nơi nhận" lines."""
    return ministry_plan(doc, recipients=["- Ngân hàng Nhà nước;", "- Lưu: VT, QLN."])


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": headed_journal,
            "word": render_word,
            "news": render_news,
            "plan": render_plan,
            "entry": entry_text,
        },
        prefix="fz",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
