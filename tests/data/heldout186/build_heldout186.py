"""Build the hundred-and-eighty-sixth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout186/build_heldout186.py [--check]

Five short documents on the Korean Peninsula, China and Vietnam, on topics the earlier sets do not use as
main topics (Vietnam and the Korean Peninsula nuclear issue from the Agreed Framework of 1994 to the Hà Nội
summit of 2019, the Vietnamese Consulate General in Nanning's year 2024, China's accession to the WTO on
11/12/2001, a (fictitious) Ministry of Finance plan for customs cooperation with China in 2026, the Korean
Peninsula Energy Development Organization). Facts are well-established; authors, journal, page numbers,
document numbers, the consulate's items and all quoted words are invented, the ministry plan (number, date,
tasks) is fictitious. Events, citations and questions gold are written by hand; ``--check`` verifies that
every gold evidence, quote and citation occurs in the documents.
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

QUA_PENINSULA = {
    "id": "qua",
    "shape": "journal",
    "header": "Quốc tế và An ninh | Số 1/2024",
    "first_page": 33,
    "break_after": 11,
    "blocks": [
        ("title", "VIỆT NAM VÀ VẤN ĐỀ HẠT NHÂN BÁN ĐẢO TRIỀU TIÊN"),
        ("author", "Đặng Quốc Huy"),
        ("affiliation", "Học viện Ngoại giao"),
        (
            "abstract",
            "Bài viết khái quát vấn đề hạt nhân trên bán đảo Triều Tiên từ năm 1994 và đóng góp của Việt Nam.",
            "vi",
        ),
        ("keywords", "bán đảo Triều Tiên; phi hạt nhân hóa", "vi"),
        ("heading", "1. Từ Khuôn khổ thỏa thuận đến Đàm phán sáu bên", 1),
        (
            "paragraph",
            "Ngày 21/10/1994, tại Giơ-ne-vơ, Hoa Kỳ và Cộng hòa Dân chủ Nhân dân (CHDCND) Triều Tiên ký Khuôn khổ thỏa thuận, theo đó Bình Nhưỡng đóng băng chương trình hạt nhân để đổi lấy hai lò phản ứng nước nhẹ và dầu nặng (Đặng Thị Mai, 2016, tr. 52). Thỏa thuận đổ vỡ khi ngày 10/1/2003 Triều Tiên tuyên bố rút khỏi Hiệp ước Không phổ biến vũ khí hạt nhân (NPT). Đàm phán sáu bên giữa Trung Quốc, Hoa Kỳ, Nga, Nhật Bản và hai miền Triều Tiên bắt đầu tại Bắc Kinh tháng 8/2003; Tuyên bố chung ngày 19/9/2005 ghi nhận cam kết từ bỏ vũ khí hạt nhân của Bình Nhưỡng, song đàm phán không được nối lại kể từ cuối năm 2008.",
        ),
        ("heading", "2. Việt Nam tại Hội đồng Bảo an", 1),
        (
            "paragraph",
            "Trong nhiệm kỳ Ủy viên không thường trực 2008 – 2009, Việt Nam đã cùng các thành viên khác bỏ phiếu thông qua Nghị quyết 1874 ngày 12/6/2009, mở rộng trừng phạt đối với Triều Tiên sau vụ thử hạt nhân lần thứ hai của nước này. Nước ta nhất quán “ủng hộ phi hạt nhân hóa bán đảo Triều Tiên, giải quyết các bất đồng bằng biện pháp hòa bình” (Nguyễn Hồng Nhung, 2020, tr. 19).",
        ),
        ("heading", "3. Hà Nội – điểm hẹn của đối thoại", 1),
        (
            "paragraph",
            "Ngày 27 – 28/2/2019, Việt Nam đăng cai Hội nghị thượng đỉnh Hoa Kỳ – CHDCND Triều Tiên lần thứ hai; dù hội nghị kết thúc mà không ký được văn kiện nào, việc chọn Hà Nội cho thấy uy tín của Việt Nam (Vũ Đức Thành, 2022). Ngay sau đó, Chủ tịch Kim Jong-un thăm hữu nghị chính thức Việt Nam ngày 1 – 2/3/2019. Ta cần tiếp tục ủng hộ đối thoại và sẵn sàng đóng góp khi các bên có yêu cầu.",
        ),
    ],
}

QUB_NANNING = {
    "id": "qub",
    "shape": "word",
    "head": [
        "BỘ NGOẠI GIAO",
        "TỔNG LÃNH SỰ QUÁN VIỆT NAM TẠI NAM NINH",
        "Số: 96/BC-TLSQ",
        "Nam Ninh, ngày 18 tháng 12 năm 2024",
    ],
    "title_lines": ["BÁO CÁO", "Kết quả công tác năm 2024 và phương hướng nhiệm vụ năm 2025"],
    "blocks": [
        ("title", "BÁO CÁO Kết quả công tác năm 2024 và phương hướng nhiệm vụ năm 2025"),
        ("heading", "A. KẾT QUẢ CÔNG TÁC NĂM 2024", 1),
        (
            "list_item",
            "1. Quan hệ giữa các địa phương Việt Nam với Khu tự trị dân tộc Choang Quảng Tây tiếp tục phát triển tích cực sau chuyến thăm cấp Nhà nước tới Việt Nam của Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình (tháng 12/2023).",
        ),
        (
            "list_item",
            "2. Tháng 3/2024, Tổng Lãnh sự quán phối hợp tổ chức Hội nghị hợp tác giữa các tỉnh Quảng Ninh, Lạng Sơn, Cao Bằng và Khu tự trị Quảng Tây tại Nam Ninh; các bên thống nhất đẩy mạnh thông quan nông sản tại các cửa khẩu.",
        ),
        (
            "list_item",
            "3. Tháng 9/2024, hỗ trợ hơn 200 doanh nghiệp Việt Nam tham gia Hội chợ Trung Quốc – ASEAN (CAEXPO) lần thứ 21 tại Nam Ninh.",
        ),
        (
            "list_item",
            "4. Phối hợp với Văn phòng Ngoại vụ Quảng Tây tiếp nhận, trao trả 35 công dân Việt Nam nhập cảnh trái phép qua cửa khẩu Hữu Nghị.",
        ),
        (
            "list_item",
            "5. Sau cơn bão Yagi, Chính phủ Trung Quốc đã viện trợ khẩn cấp cho Việt Nam; Hội Chữ thập đỏ Quảng Tây cũng gửi hàng cứu trợ cho các tỉnh biên giới.",
        ),
        (
            "list_item",
            "6. Đề xuất thiết lập đường dây nóng giữa Tổng Lãnh sự quán và Sở Công an Quảng Tây về bảo hộ công dân chưa được phía bạn chấp thuận.",
        ),
        ("heading", "B. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2025", 1),
        (
            "list_item",
            "1. Phối hợp tổ chức các hoạt động kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Trung Quốc (18/1/1950 – 18/1/2025) và Năm Giao lưu nhân văn Việt – Trung 2025.",
        ),
        (
            "list_item",
            "2. Tháng 3 năm sau, đón đoàn lãnh đạo Khu tự trị Quảng Tây thăm Quảng Ninh và Hải Phòng.",
        ),
        (
            "list_item",
            "3. Thúc đẩy các dự án kết nối giao thông qua biên giới, trong đó có tuyến đường sắt Hà Nội – Đồng Đăng – Nam Ninh.",
        ),
    ],
}

QUC_WTO = {
    "id": "quc",
    "shape": "news",
    "date": "2001-12-11",
    "stamp": "Thứ Ba, 11/12/2001 - 21:30",
    "blocks": [
        ("title", "Trung Quốc chính thức trở thành thành viên thứ 143 của WTO"),
        (
            "paragraph",
            "Giơ-ne-vơ (TTXVN) – Ngày 11/12, Trung Quốc chính thức trở thành thành viên thứ 143 của Tổ chức Thương mại thế giới (WTO), khép lại tiến trình đàm phán kéo dài 15 năm.",
        ),
        ("heading", "Chặng đường 15 năm", 1),
        (
            "paragraph",
            "Tháng 7/1986, Bắc Kinh nộp đơn xin khôi phục vị thế thành viên Hiệp định chung về Thuế quan và Thương mại (GATT). Thỏa thuận song phương với Mỹ về việc Trung Quốc gia nhập được ký tại Bắc Kinh ngày 15/11/1999, còn thỏa thuận với Liên minh châu Âu (EU) được ký tháng 5/2000. Hội nghị Bộ trưởng WTO tại Đô-ha (Ca-ta) đã thông qua việc kết nạp Trung Quốc ngày 10/11 vừa qua; hôm sau, Bắc Kinh ký Nghị định thư gia nhập và thông báo phê chuẩn, để văn kiện có hiệu lực sau 30 ngày.",
        ),
        ("heading", "Đài Loan vào WTO từ đầu năm tới", 1),
        (
            "paragraph",
            "Cũng tại Đô-ha, Hội nghị chấp thuận đơn của Lãnh thổ thuế quan riêng biệt Đài Loan, Bành Hồ, Kim Môn và Mã Tổ; lãnh thổ này sẽ trở thành thành viên thứ 144 từ ngày 1/1/2002.",
        ),
        ("heading", "Việt Nam tiếp tục đàm phán", 1),
        (
            "paragraph",
            "Việt Nam, nộp đơn gia nhập từ tháng 1/1995, vẫn đang đàm phán với các thành viên WTO, trong khi Nga cũng chưa được kết nạp. Giới phân tích cho rằng việc Trung Quốc vào WTO sẽ tạo thêm sức ép cạnh tranh đối với hàng xuất khẩu của các nước ASEAN.",
        ),
    ],
}

QUD_PLAN = {
    "id": "qud",
    "shape": "plan",
    "head": [
        f"{'BỘ TÀI CHÍNH':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'':40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 29/KH-BTC':<40}Hà Nội, ngày 12 tháng 01 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác hải quan và tạo thuận lợi thương mại",
        "với Trung Quốc năm 2026",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác hải quan và tạo thuận lợi thương mại với Trung Quốc năm 2026"),
        (
            "paragraph",
            "Thực hiện Tuyên bố chung Việt Nam – Trung Quốc về việc tiếp tục làm sâu sắc và nâng tầm quan hệ Đối tác hợp tác chiến lược toàn diện, xây dựng Cộng đồng chia sẻ tương lai có ý nghĩa chiến lược (tháng 12/2023), Bộ Tài chính ban hành Kế hoạch như sau:",
        ),
        ("heading", "I. TÌNH HÌNH CHUNG", 1),
        (
            "paragraph",
            "Trung Quốc là đối tác thương mại lớn nhất của Việt Nam. Hàng hóa hai nước được hưởng ưu đãi theo Khu vực thương mại tự do ASEAN – Trung Quốc, hình thành từ Hiệp định khung ký tại Phnôm Pênh ngày 4/11/2002, và theo Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP), có hiệu lực với cả hai nước từ ngày 1/1/2022. Năm ngoái, cơ quan hải quan hai nước đã tổ chức hai cuộc họp chuyên gia về tạo thuận lợi thông quan, song chưa ký được thỏa thuận trao đổi dữ liệu chứng nhận xuất xứ điện tử (e-C/O).",
        ),
        ("heading", "II. NHIỆM VỤ CỤ THỂ", 1),
        (
            "list_item",
            "1. Tháng 4, Cục Hải quan cử đoàn công tác sang Bắc Kinh làm việc với Tổng cục Hải quan Trung Quốc về kết nối e-C/O; hai bên phấn đấu ký thỏa thuận vào tháng 10 năm nay.",
        ),
        (
            "list_item",
            "2. Phối hợp với hải quan Quảng Tây và Vân Nam duy trì thông quan liên tục tại các cửa khẩu chính trong mùa thu hoạch nông sản.",
        ),
        (
            "list_item",
            "3. Đề nghị phía Trung Quốc hỗ trợ thiết bị soi chiếu container cho cửa khẩu quốc tế Kim Thành (Lào Cai).",
        ),
        (
            "list_item",
            "4. Không tổ chức đoàn khảo sát riêng tại các cảng biển Trung Quốc trong năm 2026 mà lồng ghép nội dung này vào đoàn công tác nêu tại điểm 1.",
        ),
        (
            "paragraph",
            "Cục Hải quan chủ trì theo dõi, đôn đốc thực hiện Kế hoạch này.",
        ),
    ],
}

QUE_KEDO = {
    "id": "que",
    "shape": "entry",
    "blocks": [
        ("title", "Tổ chức Phát triển năng lượng bán đảo Triều Tiên"),
        (
            "paragraph",
            "Tổ chức Phát triển năng lượng bán đảo Triều Tiên (Korean Peninsula Energy Development Organization – KEDO) là tổ chức quốc tế do Hoa Kỳ, Hàn Quốc và Nhật Bản thành lập tại New York ngày 9/3/1995 nhằm thực hiện Khuôn khổ thỏa thuận Mỹ – Triều ký tại Giơ-ne-vơ năm 1994.",
        ),
        ("heading", "Nhiệm vụ", 1),
        (
            "paragraph",
            "KEDO có nhiệm vụ xây dựng tại Kumho (tỉnh Nam Hamgyong) hai lò phản ứng nước nhẹ, mỗi lò công suất khoảng 1.000 MW, và cung cấp cho CHDCND Triều Tiên 500.000 tấn dầu nặng mỗi năm cho đến khi lò thứ nhất hoàn thành. Tháng 12/1995, KEDO và CHDCND Triều Tiên ký Hiệp định cung cấp lò phản ứng. Hàn Quốc cam kết gánh khoảng 70% chi phí xây dựng, Nhật Bản đóng góp 1 tỷ USD.",
        ),
        ("heading", "Thành viên", 1),
        (
            "paragraph",
            "Trụ sở của KEDO đặt tại New York; Ban Điều hành ban đầu gồm đại diện của ba nước sáng lập. Năm 1997, Cộng đồng Năng lượng nguyên tử châu Âu (EURATOM) tham gia Ban Điều hành. Tổ chức còn có các thành viên khác như Ô-xtrây-li-a, Ca-na-đa, Niu Di-lân và In-đô-nê-xi-a.",
        ),
        ("heading", "Đình chỉ và chấm dứt hoạt động", 1),
        (
            "paragraph",
            "Sau khi Hoa Kỳ cáo buộc Bình Nhưỡng bí mật theo đuổi chương trình làm giàu urani vào tháng 10/2002, KEDO ngừng cung cấp dầu nặng từ tháng 12/2002. Dự án lò phản ứng bị đình chỉ từ ngày 1/12/2003, khi mới hoàn thành khoảng một phần ba khối lượng, và chính thức chấm dứt ngày 31/5/2006.",
        ),
    ],
}

DOCS = [QUA_PENINSULA, QUB_NANNING, QUC_WTO, QUD_PLAN, QUE_KEDO]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on top of every page, the bare page number flush
    right (heldout_kit.headed_journal: title at 48 columns, labels and body at 76)."""
    return headed_journal(doc, title=48, label=76, body=76, page_label="{}")


def render_word(doc: dict) -> str:
    """Word "save as text" with CRLF line ends: lines wrapped at 76 columns, every line followed by an empty
    line; the consul general's signature at the end."""
    return word_text(doc, 76, ["TỔNG LÃNH SỰ", "(Đã ký và đóng dấu)"])


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page (the agency's detail page) in the world-economy section."""
    return news_page(
        doc,
        section="Kinh tế thế giới",
        time="21:30",
        menu=[("/kinh-te", "Kinh tế"), ("/the-gioi", "Thế giới")],
        tags=[("/tag/wto", "WTO"), ("/tag/trung-quoc", "Trung Quốc")],
    )


def render_plan(doc: dict) -> str:
    """A ministry plan: the issuer/motto block, the centred three-line title, body at 76 columns, "Nơi nhận"
    beside the signature block."""
    return plan_text(
        doc,
        76,
        ["Nơi nhận:", "- Bộ Ngoại giao;", "- Bộ Công Thương;", "- Lưu: VT, HTQT."],
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
        prefix="qu",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
