"""Build the hundred-and-seventieth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout170/build_heldout170.py [--check]

Five short documents on Vietnam – Republic of Korea relations (1992 – 2024) in shapes the earlier sets lack:
a chronology page ("Những sự kiện chính"), a Foreign Ministry press-conference transcript, a speech at Seoul
National University, a Politburo conclusion and a history textbook lesson. Nothing in src/ was changed for
them. Facts are well-established; the press-conference answers, the speech and its occasion, the Politburo
conclusion (number, date, tasks), the textbook's cited authors, page numbers and all quoted words are
invented. Events, citations and questions gold are written by hand; ``--check`` verifies that every gold
evidence, quote and citation occurs in the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import (  # noqa: E402
    build_and_check,
    chronology_text,
    party_text,
    press_text,
    speech_text,
    textbook_text,
)

KQA_CHRONOLOGY = {
    "id": "kqa",
    "shape": "chronology",
    "blocks": [
        ("title", "NHỮNG SỰ KIỆN CHÍNH TRONG QUAN HỆ VIỆT NAM – HÀN QUỐC (1992 – 2024)"),
        (
            "paragraph",
            "Trang tư liệu điểm lại một số mốc quan trọng trong hơn ba thập kỷ quan hệ giữa Việt Nam và Đại Hàn Dân Quốc.",
        ),
        ("heading", "Năm 1992", 1),
        (
            "list_item",
            "Ngày 22/12/1992: Việt Nam và Hàn Quốc ký Thông cáo chung thiết lập quan hệ ngoại giao ở cấp đại sứ.",
        ),
        ("heading", "Năm 1998", 1),
        (
            "list_item",
            "Tháng 12/1998: Tổng thống Kim Dae-jung sang Hà Nội dự Hội nghị cấp cao ASEAN+3 và thăm cấp nhà nước Việt Nam.",
        ),
        ("heading", "Năm 2001", 1),
        (
            "list_item",
            "Tháng 8/2001: Chủ tịch nước Trần Đức Lương thăm cấp nhà nước Hàn Quốc; hai bên nhất trí xây dựng quan hệ Đối tác toàn diện trong thế kỷ 21.",
        ),
        ("heading", "Năm 2009", 1),
        (
            "list_item",
            "Tháng 10/2009: Nhân chuyến thăm cấp nhà nước Việt Nam của Tổng thống Lee Myung-bak, hai nước nâng quan hệ lên Đối tác hợp tác chiến lược.",
        ),
        ("heading", "Năm 2015", 1),
        (
            "list_item",
            "Ngày 05/5/2015: Bộ trưởng Công Thương Vũ Huy Hoàng và Bộ trưởng Thương mại, Công nghiệp và Năng lượng Yoon Sang-jick ký Hiệp định Thương mại tự do Việt Nam – Hàn Quốc (VKFTA) tại Hà Nội.",
        ),
        ("list_item", "Ngày 20/12/2015: VKFTA chính thức có hiệu lực."),
        ("heading", "Năm 2017", 1),
        (
            "list_item",
            "Tháng 11/2017: Tổng thống Moon Jae-in dự Tuần lễ Cấp cao APEC tại Đà Nẵng.",
        ),
        ("heading", "Năm 2018", 1),
        (
            "list_item",
            "Từ ngày 22 đến 24/3/2018: Tổng thống Moon Jae-in thăm cấp nhà nước Việt Nam.",
        ),
        ("heading", "Năm 2019", 1),
        (
            "list_item",
            "Ngày 27/11/2019: Thủ tướng Nguyễn Xuân Phúc dự Hội nghị cấp cao Mê Công – Hàn Quốc lần thứ nhất tại Busan, ngay sau Hội nghị cấp cao kỷ niệm 30 năm quan hệ đối thoại ASEAN – Hàn Quốc.",
        ),
        ("heading", "Năm 2022", 1),
        (
            "list_item",
            "Ngày 05/12/2022: Tại Xơ-un, Chủ tịch nước Nguyễn Xuân Phúc và Tổng thống Yoon Suk Yeol ra Tuyên bố chung nâng quan hệ lên Đối tác chiến lược toàn diện.",
        ),
        ("heading", "Năm 2023", 1),
        (
            "list_item",
            "Từ ngày 22 đến 24/6/2023: Tổng thống Yoon Suk Yeol thăm cấp nhà nước Việt Nam.",
        ),
        ("heading", "Năm 2024", 1),
        (
            "list_item",
            "Từ ngày 30/6 đến 02/7/2024: Thủ tướng Phạm Minh Chính thăm chính thức Hàn Quốc.",
        ),
    ],
}

KQB_PRESS = {
    "id": "kqb",
    "shape": "press",
    "site": "BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "crumb": "Trang chủ > Thông tin – Báo chí > Họp báo thường kỳ",
    "stamp": "Cập nhật: 01/12/2022 18:05",
    "blocks": [
        ("title", "Họp báo thường kỳ của Bộ Ngoại giao ngày 1/12/2022"),
        (
            "paragraph",
            "Chiều 1/12/2022, Người Phát ngôn Bộ Ngoại giao chủ trì họp báo thường kỳ, trả lời câu hỏi của phóng viên trong và ngoài nước.",
        ),
        (
            "paragraph",
            "Câu hỏi: Xin cho biết mục đích và ý nghĩa chuyến thăm Hàn Quốc sắp tới của Chủ tịch nước Nguyễn Xuân Phúc?",
        ),
        (
            "paragraph",
            "Trả lời: Nhận lời mời của Tổng thống Yoon Suk Yeol, Chủ tịch nước Nguyễn Xuân Phúc và Phu nhân sẽ thăm cấp nhà nước Hàn Quốc từ ngày 4 đến 6/12/2022. Chuyến thăm diễn ra đúng dịp hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao. Trong chương trình, Chủ tịch nước sẽ hội đàm với Tổng thống Yoon Suk Yeol, hội kiến Chủ tịch Quốc hội Kim Jin-pyo và dự Diễn đàn doanh nghiệp Việt Nam – Hàn Quốc. Hàn Quốc hiện là nhà đầu tư nước ngoài lớn nhất tại Việt Nam; chúng tôi tin rằng chuyến thăm sẽ đưa quan hệ hai nước lên tầm cao mới.",
        ),
        (
            "paragraph",
            "Phóng viên hãng tin Yonhap (Hàn Quốc): Việt Nam phản ứng thế nào trước việc Triều Tiên phóng tên lửa đạn đạo xuyên lục địa ngày 18/11?",
        ),
        (
            "paragraph",
            "Người Phát ngôn: Việt Nam quan ngại trước các diễn biến gần đây trên bán đảo Triều Tiên. Chúng tôi kêu gọi các bên liên quan kiềm chế, sớm nối lại đối thoại và tuân thủ đầy đủ các nghị quyết liên quan của Hội đồng Bảo an Liên hợp quốc. Việt Nam nhất quán ủng hộ phi hạt nhân hóa bán đảo Triều Tiên, vì hòa bình, ổn định ở khu vực và trên thế giới.",
        ),
        (
            "paragraph",
            "Câu hỏi: Thời gian tới, Việt Nam có tiếp tục đưa lao động sang Hàn Quốc theo Chương trình cấp phép việc làm (EPS) không?",
        ),
        (
            "paragraph",
            "Trả lời: Từ năm 2004, hai nước đã ký bản ghi nhớ về việc phái cử lao động theo Chương trình EPS. Bộ Lao động – Thương binh và Xã hội đang phối hợp với Bộ Việc làm và Lao động Hàn Quốc để tăng chỉ tiêu tiếp nhận lao động Việt Nam. Tuy nhiên, do tỷ lệ lao động cư trú bất hợp pháp còn cao, một số địa phương của ta vẫn chưa được phía bạn cho phép tuyển chọn trở lại.",
        ),
    ],
}

KQC_SPEECH = {
    "id": "kqc",
    "shape": "speech",
    "speaker": "PHÁT BIỂU CỦA THỨ TRƯỞNG BỘ NGOẠI GIAO VIỆT NAM",
    "place": "Xơ-un, ngày 18 tháng 10 năm 2024",
    "blocks": [
        (
            "title",
            "Tại Diễn đàn “Việt Nam – Hàn Quốc: ba thập kỷ đồng hành”, Trường Đại học Quốc gia Xơ-un",
        ),
        ("paragraph", "Kính thưa Ngài Hiệu trưởng Trường Đại học Quốc gia Xơ-un,"),
        ("paragraph", "Kính thưa các vị khách quý,"),
        ("paragraph", "Thưa các bạn sinh viên thân mến,"),
        (
            "paragraph",
            "Tôi rất vui được trở lại Xơ-un vào những ngày thu đẹp trời này. Ngày 22/12/1992, Việt Nam và Hàn Quốc thiết lập quan hệ ngoại giao, khép lại một quá khứ không dễ dàng để cùng hướng tới tương lai. Từ quan hệ Đối tác toàn diện năm 2001 và Đối tác hợp tác chiến lược năm 2009, hai nước đã nâng quan hệ lên Đối tác chiến lược toàn diện vào tháng 12/2022.",
        ),
        (
            "paragraph",
            "Tháng 6 năm ngoái, Tổng thống Yoon Suk Yeol đã thăm cấp nhà nước Việt Nam. Đầu tháng 7 vừa qua, Thủ tướng Phạm Minh Chính thăm chính thức Hàn Quốc, và hai Thủ tướng đã chứng kiến trao nhiều văn kiện hợp tác. Hàn Quốc hiện là nhà đầu tư nước ngoài lớn nhất tại Việt Nam; lãnh đạo hai nước đã đặt mục tiêu đưa kim ngạch thương mại song phương lên 150 tỷ USD vào năm 2030.",
        ),
        (
            "paragraph",
            "Chúng tôi hoan nghênh Sáng kiến Đoàn kết Hàn Quốc – ASEAN và vui mừng khi ASEAN và Hàn Quốc nâng quan hệ lên Đối tác chiến lược toàn diện tại Viêng Chăn đầu tháng này. Việt Nam ủng hộ hòa bình, ổn định và phi hạt nhân hóa trên bán đảo Triều Tiên.",
        ),
        (
            "paragraph",
            "Năm tới, Bộ Ngoại giao Việt Nam sẵn sàng cùng Nhà trường tổ chức chương trình trao đổi sinh viên ngành Đông Nam Á học. Chúng tôi cũng mong phía Hàn Quốc tiếp tục dành vốn ODA cho các dự án ứng phó biến đổi khí hậu ở Đồng bằng sông Cửu Long.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn. Kam-sa-ham-ni-đa!"),
    ],
}

KQD_PARTY = {
    "id": "kqd",
    "shape": "party",
    "head": [
        f"{'BAN CHẤP HÀNH TRUNG ƯƠNG':<44}ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{'*':^24}".rstrip(),
        f"{'Số 418-KL/TW':^24}{'':20}Hà Nội, ngày 10 tháng 3 năm 2023",
    ],
    "title_lines": [
        "KẾT LUẬN",
        "CỦA BỘ CHÍNH TRỊ",
        "về phát triển quan hệ Đối tác chiến lược toàn diện",
        "Việt Nam – Hàn Quốc đến năm 2030",
        "-----",
    ],
    "blocks": [
        (
            "title",
            "KẾT LUẬN CỦA BỘ CHÍNH TRỊ về phát triển quan hệ Đối tác chiến lược toàn diện Việt Nam – Hàn Quốc đến năm 2030",
        ),
        (
            "paragraph",
            "Tại phiên họp ngày 2/3/2023, sau khi nghe Ban cán sự đảng Bộ Ngoại giao báo cáo tổng kết 30 năm quan hệ Việt Nam – Hàn Quốc và kết quả chuyến thăm cấp nhà nước Hàn Quốc của Chủ tịch nước tháng 12/2022, Bộ Chính trị kết luận như sau:",
        ),
        (
            "list_item",
            "1. Bộ Chính trị ghi nhận: từ khi thiết lập quan hệ ngoại giao ngày 22/12/1992, quan hệ Việt Nam – Hàn Quốc phát triển nhanh, thực chất; hai nước đã nâng quan hệ lên Đối tác chiến lược toàn diện ngày 5/12/2022. Hàn Quốc là nhà đầu tư nước ngoài số một, đối tác thương mại lớn thứ ba và đối tác cung cấp ODA lớn thứ hai của nước ta. Tuy nhiên, nước ta vẫn nhập siêu lớn từ Hàn Quốc, liên kết giữa doanh nghiệp trong nước với doanh nghiệp Hàn Quốc còn hạn chế.",
        ),
        (
            "list_item",
            "2. Trong thời gian tới, các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ sau:",
        ),
        (
            "list_item",
            "a) Duy trì trao đổi đoàn cấp cao; trong năm 2023, đón Tổng thống Hàn Quốc sang thăm cấp nhà nước Việt Nam; mở rộng quan hệ giữa Đảng ta với các chính đảng lớn của Hàn Quốc.",
        ),
        (
            "list_item",
            "b) Phấn đấu đưa kim ngạch thương mại hai chiều đạt 100 tỷ USD vào năm 2023 và 150 tỷ USD vào năm 2030; tận dụng hiệu quả Hiệp định VKFTA và Hiệp định RCEP.",
        ),
        (
            "list_item",
            "c) Đề nghị phía Hàn Quốc tiếp tục dành cho Việt Nam nguồn vốn ODA ưu đãi, ưu tiên hạ tầng giao thông, chuyển đổi số và ứng phó biến đổi khí hậu.",
        ),
        (
            "list_item",
            "d) Phối hợp chặt chẽ với Hàn Quốc tại Liên hợp quốc, ASEAN và APEC; ủng hộ Hàn Quốc ứng cử Ủy viên không thường trực Hội đồng Bảo an nhiệm kỳ 2024 – 2025.",
        ),
        (
            "list_item",
            "đ) Kiên trì ủng hộ hòa bình, ổn định và phi hạt nhân hóa trên bán đảo Triều Tiên; tiếp tục vun đắp quan hệ hữu nghị truyền thống với Cộng hòa Dân chủ Nhân dân Triều Tiên.",
        ),
        (
            "list_item",
            "e) Chưa mở thêm cơ quan đại diện tại Hàn Quốc trong giai đoạn 2023 – 2025; tập trung nâng cao hiệu quả công tác bảo hộ công dân.",
        ),
        (
            "list_item",
            "3. Ban cán sự đảng Bộ Ngoại giao chủ trì, phối hợp với Ban Đối ngoại Trung ương và các cơ quan liên quan cụ thể hóa Kết luận này, định kỳ báo cáo Bộ Chính trị.",
        ),
    ],
}

KQE_TEXTBOOK = {
    "id": "kqe",
    "shape": "textbook",
    "blocks": [
        ("title", "Bài 11. QUAN HỆ VIỆT NAM – HÀN QUỐC TỪ NĂM 1992 ĐẾN NAY"),
        (
            "paragraph",
            "Trong vòng ba thập kỷ, Hàn Quốc từ chỗ chưa có quan hệ ngoại giao đã trở thành một trong những đối tác hàng đầu của nước ta. Bài học giúp em hiểu quá trình ấy diễn ra như thế nào.",
        ),
        ("heading", "1. Bối cảnh thiết lập quan hệ", 1),
        (
            "paragraph",
            "Sau Chiến tranh lạnh, ngày 17/9/1991, Hàn Quốc và Cộng hòa Dân chủ Nhân dân Triều Tiên cùng được kết nạp vào Liên hợp quốc. Trong khi đó, Việt Nam đẩy mạnh đường lối đối ngoại rộng mở, đa phương hóa, đa dạng hóa. Đại hội IX của Đảng (4/2001) khẳng định: “Việt Nam sẵn sàng là bạn, là đối tác tin cậy của các nước trong cộng đồng quốc tế” (Đảng Cộng sản Việt Nam, 2001, tr. 119). Trước đó, ngày 22/12/1992, Việt Nam và Hàn Quốc đã thiết lập quan hệ ngoại giao, dù nước ta có quan hệ với Triều Tiên từ ngày 31/1/1950.",
        ),
        ("heading", "2. Những bước phát triển", 1),
        (
            "paragraph",
            "Năm 2001, hai nước xác lập quan hệ Đối tác toàn diện trong thế kỷ 21; năm 2009, nâng lên Đối tác hợp tác chiến lược. Tháng 11/2006, Tổng thống Roh Moo-hyun sang dự Hội nghị Cấp cao APEC do Việt Nam đăng cai tại Hà Nội. Hiệp định Thương mại tự do song phương (VKFTA) được ký ngày 5/5/2015. Tháng 12/2022, quan hệ Việt Nam – Hàn Quốc được nâng lên Đối tác chiến lược toàn diện, khuôn khổ cao nhất trong quan hệ đối ngoại của nước ta (Hoàng Thị Bích Ngọc, 2023).",
        ),
        ("heading", "3. Hợp tác văn hóa, giáo dục", 1),
        (
            "paragraph",
            "Hằng năm, Chính phủ Hàn Quốc cấp nhiều suất học bổng cho sinh viên Việt Nam. Tiếng Hàn đã được dạy ở nhiều trường phổ thông, còn tiếng Việt cũng được giảng dạy tại một số trường đại học của Hàn Quốc.",
        ),
        ("heading", "Câu hỏi và bài tập", 1),
        (
            "list_item",
            "1. Nêu các mốc chính trong quan hệ Việt Nam – Hàn Quốc. 2. Vì sao có thể nói quan hệ hai nước phát triển nhanh?",
        ),
    ],
}

DOCS = [KQA_CHRONOLOGY, KQB_PRESS, KQC_SPEECH, KQD_PARTY, KQE_TEXTBOOK]


def render_chronology(doc: dict) -> str:
    """A chronology page copied as text: the title, a blank line, the one-line introduction, then for each year
    its heading "Năm YYYY" and one entry a line ("Ngày dd/mm/yyyy: …", "Tháng mm/yyyy: …"), a long entry wrapped
    at 78 columns with no indent; a blank line between years."""
    return chronology_text(doc, 78)


def render_press(doc: dict) -> str:
    """A press-conference transcript copied from the ministry's portal: the site line, the breadcrumb, the
    title, the update stamp, then the introduction and "Câu hỏi:" / "Trả lời:" (or outlet / "Người Phát ngôn:")
    paragraphs one a line with a blank line between them."""
    return press_text(doc, crumb=True, stamp=True, end="")


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "chronology": render_chronology,
            "press": render_press,
            "speech": speech_text,
            "party": party_text,
            "textbook": textbook_text,
        },
        prefix="kq",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
