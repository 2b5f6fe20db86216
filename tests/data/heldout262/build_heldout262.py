"""Build the two hundred sixty-second held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout262/build_heldout262.py [--check]

Five short documents on Vietnam, oil and gas, labour and the wider Middle East (Kuwait, Türkiye, Iran): a
journal article on Vietnam – Kuwait energy cooperation and the Nghi Sơn refinery, a (fictitious) labour
supply company's report for 2025 on workers sent to the Middle East, a news page on Vietnam's rescue teams
sent to Türkiye after the earthquake of February 2023, a speech by the chairman of a friendship association
at the 50th anniversary of Vietnam – Iran relations (August 2023), and an encyclopedia entry on OPEC. Facts
are well-established; authors, journal, page numbers, document numbers, the company, the speaker, the
report's and speech's local activities and quoted words are invented. Gold is written by hand; ``--check``
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
    report_word,
    speech_text,
)

GWA_KUWAIT = {
    "id": "gwa",
    "shape": "journal",
    "header": "Tạp chí Dầu khí và Năng lượng — Tập 9, số 3/2024",
    "first_page": 28,
    "break_after": 6,
    "blocks": [
        ("title", "HỢP TÁC NĂNG LƯỢNG VIỆT NAM – CÔ-OÉT: TRƯỜNG HỢP LIÊN HỢP LỌC HÓA DẦU NGHI SƠN"),
        ("author", "Trịnh Quốc Khánh"),
        ("affiliation", "Trường Đại học Mỏ – Địa chất"),
        (
            "abstract",
            "Bài viết phân tích quá trình hình thành, những khó khăn và triển vọng của Liên hợp Lọc hóa dầu Nghi Sơn, dự án hợp tác năng lượng lớn nhất giữa Việt Nam và Cô-oét.",
            "vi",
        ),
        ("keywords", "Cô-oét; Nghi Sơn; lọc hóa dầu; an ninh năng lượng", "vi"),
        ("heading", "1. Bối cảnh hợp tác", 1),
        (
            "paragraph",
            "Việt Nam và Cô-oét thiết lập quan hệ ngoại giao ngày 10/1/1976. Liên hợp Lọc hóa dầu Nghi Sơn (Thanh Hóa) là liên doanh giữa Tập đoàn Dầu khí Việt Nam (25,1%), Công ty Dầu khí Quốc tế Cô-oét (35,1%), hai tập đoàn Nhật Bản Idemitsu Kosan (35,1%) và Mitsui Chemicals (4,7%), với tổng vốn đầu tư khoảng 9 tỷ USD (Phan Đình Lộc, 2019, tr. 34). Dự án được khởi công tháng 10/2013 và chính thức vận hành thương mại tháng 11/2018, sử dụng dầu thô nhập khẩu từ Cô-oét.",
        ),
        ("heading", "2. Khó khăn và bài học", 1),
        (
            "paragraph",
            "Đầu năm 2022, nhà máy phải giảm công suất do khó khăn tài chính, gây thiếu hụt xăng dầu cục bộ ở nhiều địa phương. Dù vậy, Nghi Sơn vẫn được coi là “hình mẫu của hợp tác ba bên Việt Nam – Cô-oét – Nhật Bản” (Ngô Thị Lan, 2022, tr. 9). Các bên chưa thống nhất được phương án tái cơ cấu tài chính dài hạn.",
        ),
        ("heading", "3. Kiến nghị", 1),
        (
            "paragraph",
            "Tập đoàn Dầu khí Việt Nam cần sớm đàm phán với phía Cô-oét về phương án tái cơ cấu, đồng thời mở rộng hợp tác với các nước vùng Vịnh trong lĩnh vực khí tự nhiên hóa lỏng (Đinh Văn Sơn, 2023).",
        ),
    ],
}

GWB_LABOUR = {
    "id": "gwb",
    "shape": "word",
    "head": [
        "CÔNG TY CỔ PHẦN CUNG ỨNG NHÂN LỰC QUỐC TẾ HÀ THÀNH",
        "Số: 37/BC-HT",
        "Hà Nội, ngày 26 tháng 12 năm 2025",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Tình hình đưa người lao động đi làm việc tại khu vực Trung Đông năm 2025",
    ],
    "blocks": [
        ("title", "BÁO CÁO Tình hình đưa người lao động đi làm việc tại khu vực Trung Đông năm 2025"),
        ("heading", "1. Kết quả", 1),
        (
            "paragraph",
            "Năm 2025, Công ty đưa 420 lao động sang làm việc tại A-rập Xê-út, chủ yếu trong ngành xây dựng và giúp việc gia đình. Tháng 4/2025, Công ty ký hợp đồng cung ứng 150 thợ hàn, thợ điện cho một nhà thầu dầu khí của Cô-oét.",
        ),
        (
            "paragraph",
            "Công ty phối hợp với Ban Quản lý lao động thuộc Đại sứ quán Việt Nam tại A-rập Xê-út giải quyết 3 vụ tranh chấp hợp đồng, bảo đảm quyền lợi của người lao động. Từ tháng 8/2025, đối tác Ca-ta tạm dừng tiếp nhận lao động giúp việc gia đình của Công ty do chưa hoàn tất thủ tục cấp phép mới.",
        ),
        ("heading", "2. Kế hoạch năm 2026", 1),
        (
            "paragraph",
            "Mở rộng sang thị trường Các Tiểu vương quốc Ả-rập Thống nhất và Ô-man, dự kiến đưa 600 lao động đi làm việc; tổ chức bồi dưỡng tiếng Ả-rập và phong tục Hồi giáo cho người lao động trước khi xuất cảnh. Công ty không tuyển lao động đi I-xra-en cho đến khi tình hình an ninh ổn định.",
        ),
    ],
}

GWC_TURKIYE = {
    "id": "gwc",
    "shape": "news",
    "date": "2023-02-09",
    "stamp": "Thứ Năm, 09/02/2023 - 07:10",
    "blocks": [
        ("title", "Hai đoàn cứu hộ Việt Nam lên đường hỗ trợ Thổ Nhĩ Kỳ khắc phục hậu quả động đất"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Tối 8/2, tại sân bay quốc tế Nội Bài, đoàn cứu hộ, cứu nạn của Quân đội nhân dân Việt Nam gồm 76 thành viên đã lên đường sang Thổ Nhĩ Kỳ. Trước đó cùng ngày, đoàn cứu nạn của Bộ Công an gồm 24 cán bộ, chiến sĩ và chó nghiệp vụ cũng đã xuất phát.",
        ),
        ("heading", "Lần đầu tham gia cứu hộ quốc tế", 1),
        (
            "paragraph",
            "Đây là lần đầu tiên Việt Nam cử lực lượng cứu hộ, cứu nạn tham gia khắc phục hậu quả thảm họa ở nước ngoài. Đoàn của Bộ Quốc phòng dự kiến triển khai tại tỉnh Hatay, một trong những nơi bị tàn phá nặng nề nhất. Việt Nam và Thổ Nhĩ Kỳ thiết lập quan hệ ngoại giao ngày 7/6/1978.",
        ),
        ("heading", "Chia sẻ mất mát", 1),
        (
            "paragraph",
            "Trận động đất mạnh 7,8 độ xảy ra rạng sáng 6/2 ở miền Nam Thổ Nhĩ Kỳ và miền Bắc Xi-ri đã làm hơn 15.000 người thiệt mạng. Lãnh đạo Việt Nam đã gửi điện chia buồn tới Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdoğan và Tổng thống Xi-ri Bashar al-Assad; Chính phủ quyết định viện trợ khẩn cấp cho mỗi nước 100.000 USD.",
        ),
    ],
}

GWD_IRAN = {
    "id": "gwd",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA CHỦ TỊCH HỘI HỮU NGHỊ VIỆT NAM – I-RAN",
    "place": "Hà Nội, ngày 4 tháng 8 năm 2023",
    "blocks": [
        (
            "title",
            "Tại buổi gặp mặt kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam – I-ran (4/8/1973 – 4/8/2023)",
        ),
        ("paragraph", "Kính thưa Ngài Đại sứ nước Cộng hòa Hồi giáo I-ran,"),
        ("paragraph", "Thưa các vị khách quý, các bạn hội viên,"),
        (
            "paragraph",
            "Đúng năm mươi năm trước, ngày 4/8/1973, Việt Nam và I-ran chính thức thiết lập quan hệ ngoại giao. Nửa thế kỷ qua, dù thế giới nhiều biến động, hai dân tộc luôn dành cho nhau sự tôn trọng và tin cậy.",
        ),
        (
            "paragraph",
            "Việt Nam nhất quán ủng hộ giải quyết vấn đề hạt nhân I-ran bằng biện pháp hòa bình. Chúng tôi đã hoan nghênh Kế hoạch Hành động chung toàn diện (JCPOA) ký ngày 14/7/2015 và lấy làm tiếc khi Mỹ rút khỏi thỏa thuận này ngày 8/5/2018, tái áp đặt các biện pháp trừng phạt đối với I-ran. Tháng trước, ngày 4/7, I-ran đã trở thành thành viên chính thức của Tổ chức Hợp tác Thượng Hải.",
        ),
        (
            "paragraph",
            "Năm nay, Hội đã phối hợp với Đại sứ quán I-ran tổ chức Tuần phim I-ran tại Hà Nội. Tháng 11 tới, Hội sẽ cử đoàn sang thăm Tê-hê-ran và I-xpha-han, ký kết thỏa thuận hợp tác với Hội Hữu nghị I-ran – Việt Nam.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn."),
    ],
}

GWE_OPEC = {
    "id": "gwe",
    "shape": "entry",
    "blocks": [
        ("title", "OPEC"),
        (
            "paragraph",
            "Tổ chức các nước xuất khẩu dầu mỏ (OPEC) được thành lập tại Hội nghị Bát-đa ngày 14/9/1960 bởi năm nước: I-ran, I-rắc, Cô-oét, A-rập Xê-út và Vê-nê-xu-ê-la. Trụ sở ban đầu đặt tại Giơ-ne-vơ, đến năm 1965 chuyển về Viên (Áo).",
        ),
        ("heading", "Lịch sử", 1),
        (
            "paragraph",
            "Năm 1973, các nước Ả-rập xuất khẩu dầu mỏ áp đặt lệnh cấm vận dầu đối với Mỹ và Hà Lan vì ủng hộ I-xra-en trong cuộc chiến tranh tháng Mười. Ca-ta gia nhập năm 1961, A-bu Đa-bi năm 1967 (tư cách thành viên sau này thuộc về Các Tiểu vương quốc Ả-rập Thống nhất). Ca-ta rời OPEC từ ngày 1/1/2019 để tập trung vào khí tự nhiên hóa lỏng; Ê-cu-a-đo rút khỏi tổ chức từ năm 2020 và Ăng-gô-la từ ngày 1/1/2024; tổ chức hiện còn 12 thành viên.",
        ),
        ("heading", "OPEC+", 1),
        (
            "paragraph",
            "Tháng 12/2016, tại Viên, OPEC và các nước sản xuất dầu ngoài khối, đứng đầu là Nga, ký Tuyên bố hợp tác về cắt giảm sản lượng, hình thành nhóm OPEC+. Từ đó, nhóm thường xuyên điều chỉnh hạn ngạch khai thác tại các cuộc họp cấp bộ trưởng. Việt Nam không phải là thành viên của OPEC.",
        ),
    ],
}

DOCS = [GWA_KUWAIT, GWB_LABOUR, GWC_TURKIYE, GWD_IRAN, GWE_OPEC]


def render_journal(doc: dict) -> tuple[str, list[str]]:
    """A journal article's PDF text layer: the running header on every page, "Trang N" at the left of each
    page's foot (heldout_kit.headed_journal: title at 56 columns, labels and body at 76)."""
    return headed_journal(doc, title=56, label=76, body=76, page_label="Trang {}", align="<")


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word at 74 columns, signed "TỔNG GIÁM ĐỐC /
    Nguyễn Văn Tường"."""
    return report_word(doc, ["TỔNG GIÁM ĐỐC", "(Đã ký)", "Nguyễn Văn Tường"], width=74)


def render_news(doc: dict) -> str:
    """A news page (heldout_kit.news_page) in the "Thế giới" section."""
    return news_page(
        doc,
        section="Thế giới",
        time="07:10",
        menu=[("/thoi-su", "Thời sự"), ("/the-gioi", "Thế giới"), ("/quan-su", "Quân sự")],
        tags=[("/tag/tho-nhi-ky", "Thổ Nhĩ Kỳ"), ("/tag/dong-dat", "Động đất"), ("/tag/cuu-ho", "Cứu hộ")],
    )


def render_speech(doc: dict) -> str:
    """A speech copied as text (heldout_kit.speech_text) with paragraphs wrapped at 76 columns."""
    return speech_text(doc, 76)


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "journal": render_journal,
            "word": render_word,
            "news": render_news,
            "speech": render_speech,
            "entry": entry_text,
        },
        prefix="gw",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
