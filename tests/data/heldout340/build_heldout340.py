"""Build the three hundred fortieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout340/build_heldout340.py [--check]

Five short documents on Vietnam in UN peacekeeping, the law of the sea and global health: a journal article on
peacekeeping since 2014, a (fictitious) provincial foreign affairs department's report on the 30th anniversary of
the ratification of UNCLOS (2024), a news page on the WHO declaring SARS contained in Vietnam (April 2003), a
(fictitious) law university's plan for 2027, and an encyclopedia entry on UNCLOS. Facts are well-established;
authors, journal, page numbers, document numbers, the report's and plan's items and quoted words are invented.
Gold is written by hand; ``--check`` verifies it against the documents.
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

FIA = {
    "id": "fia",
    "shape": "journal",
    "header": "QUỐC PHÒNG TOÀN DÂN VÀ HỘI NHẬP – Số 9 (2025)",
    "first_page": 203,
    "break_after": 4,
    "blocks": [
        ("title", "MƯỜI NĂM VIỆT NAM THAM GIA HOẠT ĐỘNG GÌN GIỮ HÒA BÌNH LIÊN HỢP QUỐC"),
        ("author", "Tạ Minh Khôi"),
        ("affiliation", "Học viện Chính trị, Bộ Quốc phòng"),
        (
            "abstract",
            "Bài viết tổng kết quá trình Việt Nam cử lực lượng tham gia các phái bộ gìn giữ hòa bình của Liên hợp quốc từ năm 2014.",
            "vi",
        ),
        ("keywords", "gìn giữ hòa bình; UNMISS; UNISFA; bệnh viện dã chiến", "vi"),
        ("heading", "1. Những sĩ quan đầu tiên", 1),
        (
            "paragraph",
            "Ngày 27/5/2014, hai sĩ quan Quân đội nhân dân Việt Nam lên đường làm nhiệm vụ tại Phái bộ Liên hợp quốc ở Nam Xu-đăng (UNMISS), đánh dấu lần đầu tiên nước ta cử người tham gia gìn giữ hòa bình (Bùi Đức Lâm, 2018, tr. 205). Sau đó, các sĩ quan tham mưu và quan sát viên được cử tiếp tới Cộng hòa Trung Phi.",
        ),
        ("heading", "2. Các đơn vị", 1),
        (
            "paragraph",
            "Tháng 10/2018, Bệnh viện dã chiến cấp 2 số 1 triển khai tại Ben-ti-u (Nam Xu-đăng); Không quân Ô-xtơ-rây-li-a hỗ trợ vận chuyển người và trang thiết bị. Năm 2022, Đội Công binh số 1 đến khu vực A-by-ei, thuộc Lực lượng lâm thời của Liên hợp quốc (UNISFA). Một nữ bác sĩ gọi đó là “những năm tháng làm người lính áo trắng mũ nồi xanh” (Lê Hồng Nhung, 2023, tr. 31).",
        ),
        ("heading", "3. Hạn chế", 1),
        (
            "paragraph",
            "Đến nay Việt Nam chưa cử đơn vị bộ binh tham gia các phái bộ; khả năng đáp ứng yêu cầu về tiếng Anh còn hạn chế (Vũ Tiến Dũng, 2024).",
        ),
    ],
}

FIB = {
    "id": "fib",
    "shape": "word",
    "head": [
        "UBND TỈNH KHÁNH HÒA",
        "SỞ NGOẠI VỤ",
        "Số: 388/BC-SNgV",
        "Khánh Hòa, ngày 20 tháng 12 năm 2024",
    ],
    "title_lines": [
        "BÁO CÁO",
        "Kết quả các hoạt động kỷ niệm 30 năm Việt Nam phê chuẩn Công ước",
        "của Liên hợp quốc về Luật Biển năm 1982",
    ],
    "blocks": [
        (
            "title",
            "BÁO CÁO Kết quả các hoạt động kỷ niệm 30 năm Việt Nam phê chuẩn Công ước của Liên hợp quốc về Luật Biển năm 1982",
        ),
        ("heading", "I. KẾT QUẢ", 1),
        (
            "list_item",
            "1. Ngày 21/6/2024, Sở phối hợp với Trường Đại học Nha Trang tổ chức hội thảo nhân kỷ niệm 30 năm Quốc hội phê chuẩn UNCLOS (23/6/1994 – 23/6/2024), có sự tham gia của hai chuyên gia Nhật Bản.",
        ),
        (
            "list_item",
            "2. Tháng 8/2024, Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ khóa tập huấn về luật biển cho 40 cán bộ các xã ven biển.",
        ),
        (
            "list_item",
            "3. Phối hợp đón tàu Hải quân Ấn Độ thăm cảng Cam Ranh; tổ chức giao lưu thể thao với thủy thủ đoàn.",
        ),
        (
            "list_item",
            "4. Cuộc thi tìm hiểu về biển, đảo dành cho học sinh trung học chưa tổ chức được do mưa bão.",
        ),
        ("heading", "II. PHƯƠNG HƯỚNG", 1),
        (
            "paragraph",
            "Năm 2025, Sở tiếp tục phối hợp với JICA mở thêm hai khóa tập huấn và đề nghị Bộ Ngoại giao cử báo cáo viên về Tòa án quốc tế về Luật Biển.",
        ),
    ],
}

FIC = {
    "id": "fic",
    "shape": "news",
    "date": "2003-04-28",
    "stamp": "Thứ Hai, 28/04/2003 - 18:30",
    "blocks": [
        ("title", "WHO công nhận Việt Nam khống chế thành công dịch SARS"),
        (
            "paragraph",
            "Hà Nội (TTXVN) – Chiều 28/4, Tổ chức Y tế Thế giới (WHO) chính thức tuyên bố Việt Nam là quốc gia đầu tiên khống chế thành công dịch viêm đường hô hấp cấp (SARS) và đưa Việt Nam ra khỏi danh sách các khu vực có lây nhiễm tại chỗ.",
        ),
        ("heading", "Hai mươi ngày không có ca mới", 1),
        (
            "paragraph",
            "Việt Nam ghi nhận 63 ca bệnh, trong đó 5 người tử vong, chủ yếu liên quan đến Bệnh viện Việt Pháp Hà Nội. Đã hơn 20 ngày, gấp đôi thời gian ủ bệnh, nước ta không có ca mắc mới.",
        ),
        (
            "paragraph",
            "Tại buổi công bố, Bộ trưởng Bộ Y tế Trần Thị Trung Chiến cảm ơn WHO và các chuyên gia quốc tế đã sát cánh cùng các thầy thuốc Việt Nam. Trưởng Đại diện WHO tại Việt Nam Pascale Brudon đánh giá cao sự minh bạch của Chính phủ Việt Nam trong việc thông báo dịch.",
        ),
        ("heading", "Tưởng nhớ bác sĩ Carlo Urbani", 1),
        (
            "paragraph",
            "Bác sĩ Carlo Urbani, chuyên gia WHO người I-ta-li-a, người đầu tiên cảnh báo về dịch bệnh mới, đã qua đời ngày 29/3 tại Băng Cốc (Thái Lan) do nhiễm SARS.",
        ),
    ],
}

FID = {
    "id": "fid",
    "shape": "plan",
    "head": [
        f"{'BỘ TƯ PHÁP':<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{'TRƯỜNG ĐẠI HỌC LUẬT HÀ NỘI':<40}Độc lập - Tự do - Hạnh phúc",
        f"{'Số: 1045/KH-ĐHLHN':<40}Hà Nội, ngày 25 tháng 11 năm 2026",
    ],
    "title_lines": [
        "KẾ HOẠCH",
        "Hợp tác quốc tế về luật biển năm 2027",
    ],
    "blocks": [
        ("title", "KẾ HOẠCH Hợp tác quốc tế về luật biển năm 2027"),
        (
            "paragraph",
            "Nhân kỷ niệm 45 năm Công ước của Liên hợp quốc về Luật Biển được mở ký (10/12/1982 – 10/12/2027), Trường Đại học Luật Hà Nội xây dựng Kế hoạch hợp tác quốc tế về luật biển năm 2027 như sau:",
        ),
        ("heading", "I. NHIỆM VỤ", 1),
        (
            "list_item",
            "1. Tháng 12/2027, đăng cai Hội thảo quốc tế về giải quyết tranh chấp theo UNCLOS, mời chuyên gia Phi-líp-pin, In-đô-nê-xi-a và Ma-lai-xi-a tham dự.",
        ),
        (
            "list_item",
            "2. Ký biên bản ghi nhớ với Trung tâm Luật quốc tế, Đại học Quốc gia Xin-ga-po, về trao đổi giảng viên.",
        ),
        (
            "list_item",
            "3. Cử 5 nghiên cứu sinh sang Hăm-buốc (Đức) dự khóa học hè về luật biển.",
        ),
        ("heading", "II. KINH PHÍ", 1),
        (
            "paragraph",
            "Kinh phí thực hiện từ nguồn tài trợ của Quỹ Konrad Adenauer (Đức) và ngân sách của Trường; không sử dụng vốn vay.",
        ),
    ],
}

FIE = {
    "id": "fie",
    "shape": "entry",
    "blocks": [
        ("title", "Công ước của Liên hợp quốc về Luật Biển năm 1982"),
        (
            "paragraph",
            "Công ước của Liên hợp quốc về Luật Biển (UNCLOS), thường được gọi là “Hiến pháp của biển và đại dương”, được mở ký ngày 10/12/1982 tại Môn-tê-gô Bay (Gia-mai-ca) và có hiệu lực từ ngày 16/11/1994. Công ước gồm 320 điều và 9 phụ lục.",
        ),
        ("heading", "Các cơ quan", 1),
        (
            "paragraph",
            "Công ước lập ra Tòa án quốc tế về Luật Biển (trụ sở tại Hăm-buốc), Cơ quan quyền lực đáy đại dương quốc tế (tại Kinh-xtơn) và Ủy ban Ranh giới thềm lục địa. Mỹ đến nay chưa phê chuẩn Công ước.",
        ),
        ("heading", "Việt Nam và Công ước", 1),
        (
            "paragraph",
            "Việt Nam ký Công ước ngày 10/12/1982; ngày 23/6/1994, Quốc hội khóa IX phê chuẩn Công ước. Ngày 6/5/2009, Việt Nam và Ma-lai-xi-a nộp Báo cáo chung về ranh giới ngoài thềm lục địa tại khu vực phía nam Biển Đông; ngày 7/5/2009, Việt Nam nộp Báo cáo riêng về khu vực phía bắc. Ngày 12/7/2016, Tòa Trọng tài thành lập theo Phụ lục VII ra phán quyết trong vụ Phi-líp-pin kiện Trung Quốc; Trung Quốc không chấp nhận phán quyết.",
        ),
    ],
}

DOCS = [FIA, FIB, FIC, FID, FIE]


def render_word(doc: dict) -> str:
    """A report saved from Word as text by heldout_kit.report_word, signed "GIÁM ĐỐC"."""
    return report_word(doc)


def render_news(doc: dict) -> str:
    """A news page by heldout_kit.news_page: the agency's detail page, the "Y tế" section."""
    return news_page(
        doc,
        section="Y tế",
        time="18:30",
        menu=[("/xa-hoi", "Xã hội"), ("/y-te", "Y tế")],
        tags=[("/tag/sars", "SARS"), ("/tag/who", "WHO")],
    )


def render_plan(doc: dict) -> str:
    """A plan by heldout_kit.ministry_plan, signed "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG"."""
    return ministry_plan(
        doc,
        signature=["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(đã ký)"],
        recipients=["- Bộ Tư pháp (để b/c);", "- Lưu: VT, HTQT."],
    )


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
        prefix="fi",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
