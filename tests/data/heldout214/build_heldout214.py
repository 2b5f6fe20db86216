"""Build the two-hundred-and-fourteenth held-out set and its structure gold from one source of truth.

    .venv/bin/python tests/data/heldout214/build_heldout214.py [--check]

A WORKING set of five short documents in shapes the earlier sets have few examples of (a Foreign Ministry
press-conference transcript, a speech, a chronology, a history textbook lesson, a Politburo conclusion), on
topics those sets do not use as main topics: the regular press conference of 19/5/2016 (Obama's coming visit,
the arms embargo, the TPP, the ASEAN – Russia summit in Sochi), a speech at an Africa Day reception for the
60th anniversary of the OAU (Hà Nội, 25/5/2023), a chronology of the Central American peace process
(Contadora to the Guatemalan accord, 1983 – 1996), a textbook lesson on the United Nations and Vietnam, and a
Politburo conclusion on thirty years of ASEAN membership. Nothing in src/ was changed for them. Facts are
well-established; the transcript's wording, the speaker and his words, the textbook's cited authors, quotation
and pages, and the whole conclusion (number, date, session, tasks) are invented. Events, citations and
questions gold are written by hand; ``--check`` verifies that every gold evidence, quote and citation occurs in
the documents.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/data: the shared heldout_kit
from heldout_kit import build_and_check, wrap  # noqa: E402

BSA_PRESS = {
    "id": "bsa",
    "shape": "press",
    "site": "BỘ NGOẠI GIAO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "crumb": "Trang chủ › Thông tin báo chí › Họp báo thường kỳ",
    "stamp": "Thứ Năm, 19/05/2016 - 17:40",
    "blocks": [
        ("title", "Họp báo thường kỳ của Bộ Ngoại giao ngày 19/5/2016"),
        (
            "paragraph",
            "Chiều 19/5/2016, Người Phát ngôn Bộ Ngoại giao Lê Hải Bình chủ trì họp báo thường kỳ.",
        ),
        ("heading", "I. Hoạt động đối ngoại sắp tới", 1),
        (
            "list_item",
            "1. Nhận lời mời của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Đại Quang, Tổng thống Hợp chúng quốc Hoa Kỳ Barack Obama sẽ thăm chính thức Việt Nam từ ngày 22 đến ngày 25/5/2016.",
        ),
        (
            "list_item",
            "2. Nhận lời mời của Thủ tướng Nhật Bản Shinzo Abe, Thủ tướng Chính phủ Nguyễn Xuân Phúc sẽ dự Hội nghị thượng đỉnh G7 mở rộng tại Ise-Shima và làm việc tại Nhật Bản vào cuối tháng này.",
        ),
        ("heading", "II. Trả lời câu hỏi của phóng viên", 1),
        (
            "paragraph",
            "Phóng viên hãng tin Reuters (Anh) hỏi: Trong chuyến thăm sắp tới của Tổng thống Obama, liệu Hoa Kỳ có dỡ bỏ hoàn toàn lệnh cấm vận vũ khí sát thương đối với Việt Nam?",
        ),
        (
            "paragraph",
            "Người Phát ngôn Lê Hải Bình: Đây là chuyến thăm Việt Nam đầu tiên của Tổng thống Obama và là chuyến thăm thứ ba của một Tổng thống Hoa Kỳ kể từ khi hai nước bình thường hóa quan hệ năm 1995. Trong chuyến thăm, lãnh đạo hai nước sẽ hội đàm, trao đổi các biện pháp nhằm làm sâu sắc hơn nữa quan hệ Đối tác toàn diện được xác lập từ tháng 7/2013. Về câu hỏi thứ nhất, tháng 10/2014, phía Hoa Kỳ đã nới lỏng một phần lệnh cấm bán vũ khí sát thương cho Việt Nam. Chúng tôi cho rằng việc dỡ bỏ hoàn toàn lệnh cấm này là phù hợp với lợi ích của cả hai nước.",
        ),
        (
            "paragraph",
            "Phóng viên Thông tấn xã Việt Nam hỏi: Xin Người Phát ngôn cho biết tình hình phê chuẩn Hiệp định Đối tác xuyên Thái Bình Dương (TPP) ở Việt Nam?",
        ),
        (
            "paragraph",
            "Người Phát ngôn Lê Hải Bình: Hiệp định TPP đã được Bộ trưởng của 12 nước thành viên ký tại Auckland (Niu Di-lân) ngày 4/2/2016. Hiện nay, các cơ quan chức năng của Việt Nam đang khẩn trương hoàn tất hồ sơ để trình Quốc hội xem xét phê chuẩn Hiệp định.",
        ),
        (
            "paragraph",
            "Phóng viên báo Tuổi Trẻ hỏi: Người Phát ngôn có thể cho biết về việc Thủ tướng Nguyễn Xuân Phúc tham dự Hội nghị cấp cao ASEAN – Nga tại Xô-chi?",
        ),
        (
            "paragraph",
            "Người Phát ngôn Lê Hải Bình: Hội nghị cấp cao kỷ niệm 20 năm quan hệ đối thoại ASEAN – Nga do Liên bang Nga đăng cai đang diễn ra tại thành phố Xô-chi trong hai ngày 19 và 20/5. Thủ tướng Nguyễn Xuân Phúc dẫn đầu đoàn Việt Nam tham dự Hội nghị và sẽ có các cuộc tiếp xúc song phương bên lề.",
        ),
    ],
}

BSB_SPEECH = {
    "id": "bsb",
    "shape": "speech",
    "speaker": "Phát biểu của Thứ trưởng Bộ Ngoại giao Hoàng Văn Khải",
    "place": "Hà Nội, ngày 25 tháng 5 năm 2023",
    "blocks": [
        (
            "title",
            "Tại Lễ kỷ niệm Ngày châu Phi và 60 năm thành lập Tổ chức Thống nhất châu Phi (25/5/1963 – 25/5/2023)",
        ),
        ("paragraph", "Kính thưa Ngài Trưởng nhóm Đại sứ các nước châu Phi tại Hà Nội,"),
        ("paragraph", "Kính thưa các vị Đại sứ, Đại biện và Trưởng Cơ quan đại diện các tổ chức quốc tế,"),
        ("paragraph", "Thưa Quý vị và các bạn,"),
        (
            "paragraph",
            "Thay mặt Bộ Ngoại giao Việt Nam, tôi xin gửi tới Chính phủ và nhân dân các nước châu Phi anh em lời chúc mừng nồng nhiệt nhân Ngày châu Phi.",
        ),
        (
            "paragraph",
            "Đúng 60 năm trước, ngày 25/5/1963, lãnh đạo 32 quốc gia châu Phi độc lập đã họp tại Át-đi A-ba-ba và thành lập Tổ chức Thống nhất châu Phi (OAU). Kế tục OAU, Liên minh châu Phi (AU) chính thức ra mắt tại Đuốc-ban tháng 7/2002 và nay có 55 quốc gia thành viên, sau khi Ma-rốc trở lại tổ chức năm 2017. Hiệp định thành lập Khu vực thương mại tự do lục địa châu Phi (AfCFTA), có hiệu lực từ ngày 30/5/2019, đang mở ra một thị trường hơn 1,3 tỷ dân.",
        ),
        (
            "paragraph",
            "Nhân dân Việt Nam luôn ghi nhớ sự ủng hộ quý báu mà bạn bè châu Phi đã dành cho cuộc đấu tranh giành độc lập, thống nhất đất nước của chúng tôi. Từ những mốc son như việc thiết lập quan hệ ngoại giao với An-giê-ri ngày 28/10/1962 và với Ai Cập ngày 1/9/1963, tình hữu nghị Việt Nam – châu Phi không ngừng được vun đắp.",
        ),
        (
            "paragraph",
            "Hợp tác giữa chúng ta ngày nay đã có nhiều kết quả thiết thực. Các tập đoàn Việt Nam như Viettel đã đầu tư viễn thông tại Mô-dăm-bích, Ca-mơ-run, Tan-da-ni-a và Bu-run-đi. Nhiều chuyên gia nông nghiệp Việt Nam đã sang làm việc tại các nước châu Phi theo khuôn khổ hợp tác ba bên với Tổ chức Nông lương Liên hợp quốc (FAO). Từ năm 2018, các Bệnh viện dã chiến cấp 2 của Việt Nam đã luân phiên làm nhiệm vụ tại Nam Xu-đăng, và từ năm ngoái, Đội Công binh Việt Nam có mặt tại khu vực Abyei.",
        ),
        ("paragraph", "Thưa Quý vị,"),
        (
            "paragraph",
            "Để đưa quan hệ lên tầm cao mới, tôi xin đề xuất ba định hướng. Thứ nhất, hai bên cần sớm đàm phán, ký kết các hiệp định về thương mại, đầu tư và tránh đánh thuế hai lần. Thứ hai, Việt Nam sẵn sàng chia sẻ kinh nghiệm về sản xuất lúa gạo và bảo đảm an ninh lương thực với các nước châu Phi. Thứ ba, Việt Nam ủng hộ AU có tiếng nói lớn hơn tại các diễn đàn đa phương, trong đó có việc AU trở thành thành viên chính thức của Nhóm G20.",
        ),
        (
            "paragraph",
            "Nhân dịp này, tôi xin chúc châu Phi hòa bình, ổn định và thịnh vượng; chúc tình hữu nghị Việt Nam – châu Phi mãi mãi bền vững.",
        ),
        ("paragraph", "Xin trân trọng cảm ơn."),
    ],
}

BSC_CHRONOLOGY = {
    "id": "bsc",
    "shape": "chronology",
    "blocks": [
        ("title", "NHỮNG MỐC SỰ KIỆN CHÍNH CỦA TIẾN TRÌNH HÒA BÌNH Ở TRUNG MỸ (1983 – 1996)"),
        (
            "paragraph",
            "Trong thập niên 1980, các cuộc xung đột vũ trang ở Ni-ca-ra-goa, En Xan-va-đo và Goa-tê-ma-la, cùng sự can dự của các nước lớn, đã biến Trung Mỹ thành một điểm nóng của thế giới. Dưới đây là những mốc chính của quá trình tìm kiếm hòa bình cho khu vực.",
        ),
        ("heading", "1983 – 1986: Sáng kiến Contadora", 1),
        (
            "list_item",
            "- 1/1983: Ngoại trưởng Cô-lôm-bi-a, Mê-hi-cô, Pa-na-ma và Vê-nê-xu-ê-la họp tại đảo Contadora (Pa-na-ma), lập ra Nhóm Contadora nhằm thúc đẩy giải pháp thương lượng cho các cuộc xung đột trong khu vực.",
        ),
        (
            "list_item",
            "- 1/5/1985: Tổng thống Mỹ R. Rigân ra sắc lệnh cấm vận thương mại toàn diện đối với Ni-ca-ra-goa.",
        ),
        (
            "list_item",
            "- 7/1985: Ác-hen-ti-na, Bra-xin, Pê-ru và U-ru-goay lập Nhóm Hỗ trợ Contadora (Nhóm Lima).",
        ),
        (
            "list_item",
            "- 5/1986: Tổng thống năm nước Trung Mỹ lần đầu gặp nhau tại thị trấn Ét-qui-pu-lát (Goa-tê-ma-la).",
        ),
        (
            "list_item",
            "- 27/6/1986: Tòa án Công lý quốc tế ra phán quyết trong vụ Ni-ca-ra-goa kiện Mỹ, xác định Mỹ đã vi phạm luật pháp quốc tế khi hỗ trợ lực lượng Contra và rải mìn các cảng của Ni-ca-ra-goa.",
        ),
        ("heading", "1987 – 1990: Hiệp định Ét-qui-pu-lát II", 1),
        (
            "list_item",
            "- 7/8/1987: Tổng thống Cốt-xta Ri-ca, En Xan-va-đo, Goa-tê-ma-la, Hôn-đu-rát và Ni-ca-ra-goa ký Hiệp định Ét-qui-pu-lát II tại thủ đô Goa-tê-ma-la, cam kết ngừng bắn, hòa giải dân tộc và tổ chức bầu cử tự do.",
        ),
        ("list_item", "- 10/1987: Tổng thống Cốt-xta Ri-ca Ô. A-ri-át được trao Giải Nô-ben Hòa bình."),
        (
            "list_item",
            "- 7/11/1989: Hội đồng Bảo an Liên hợp quốc thông qua Nghị quyết 644, thành lập Nhóm Quan sát viên của Liên hợp quốc tại Trung Mỹ (ONUCA).",
        ),
        (
            "list_item",
            "- 25/2/1990: Cuộc tổng tuyển cử ở Ni-ca-ra-goa diễn ra dưới sự giám sát của phái bộ Liên hợp quốc; bà V. Cha-mô-rô đắc cử Tổng thống.",
        ),
        ("heading", "1991 – 1996: Chấm dứt các cuộc nội chiến", 1),
        (
            "list_item",
            "- 20/5/1991: Hội đồng Bảo an lập Phái bộ Quan sát viên của Liên hợp quốc tại En Xan-va-đo (ONUSAL).",
        ),
        (
            "list_item",
            "- 16/1/1992: Tại Mê-hi-cô Xi-ti, Chính phủ En Xan-va-đo và Mặt trận Giải phóng dân tộc Pha-ra-bun-đô Mác-ti (FMLN) ký Hiệp định hòa bình Cha-pun-tê-pếch, chấm dứt 12 năm nội chiến.",
        ),
        (
            "list_item",
            "- 29/12/1996: Chính phủ Goa-tê-ma-la và Liên minh Cách mạng dân tộc Goa-tê-ma-la (URNG) ký Hiệp định hòa bình vững chắc và lâu dài, khép lại cuộc nội chiến kéo dài 36 năm.",
        ),
    ],
}

BSD_TEXTBOOK = {
    "id": "bsd",
    "shape": "textbook",
    "box": "EM CÓ BIẾT?",
    "blocks": [
        ("title", "Bài 1. LIÊN HỢP QUỐC"),
        (
            "paragraph",
            "Liên hợp quốc ra đời khi Chiến tranh thế giới thứ hai sắp kết thúc. Tổ chức này được thành lập như thế nào và Việt Nam đã tham gia, đóng góp vào hoạt động của Liên hợp quốc ra sao?",
        ),
        ("heading", "1. Sự ra đời của Liên hợp quốc", 1),
        (
            "paragraph",
            "Tại Hội nghị I-an-ta (Liên Xô) họp từ ngày 4 đến ngày 11/2/1945, nguyên thủ ba cường quốc Liên Xô, Mĩ và Anh đã thỏa thuận thành lập một tổ chức quốc tế mới nhằm duy trì hòa bình và an ninh thế giới. Từ ngày 25/4 đến ngày 26/6/1945, đại biểu 50 nước họp tại Xan Phran-xi-xcô (Mĩ) đã thông qua Hiến chương và tuyên bố thành lập Liên hợp quốc. Ngày 24/10/1945, Hiến chương chính thức có hiệu lực; từ đó, ngày này được lấy làm Ngày Liên hợp quốc.",
        ),
        ("heading", "2. Mục đích và nguyên tắc hoạt động", 1),
        (
            "paragraph",
            "Mục đích của Liên hợp quốc là duy trì hòa bình và an ninh quốc tế, phát triển quan hệ hữu nghị và hợp tác giữa các dân tộc. Tổ chức hoạt động theo các nguyên tắc: bình đẳng chủ quyền giữa các quốc gia, không can thiệp vào công việc nội bộ của nhau, giải quyết tranh chấp bằng biện pháp hòa bình và sự nhất trí giữa năm nước lớn (Liên Xô, nay là Liên bang Nga, Mĩ, Anh, Pháp, Trung Quốc).",
        ),
        ("heading", "3. Vai trò của Liên hợp quốc", 1),
        (
            "paragraph",
            "Liên hợp quốc đã góp phần quan trọng vào việc giải quyết nhiều cuộc xung đột quốc tế và thúc đẩy phong trào phi thực dân hóa. Năm 1960, Đại hội đồng thông qua Tuyên bố về trao trả độc lập cho các quốc gia và dân tộc thuộc địa. Các tổ chức chuyên môn như UNICEF, WHO, UNESCO, FAO đã giúp đỡ nhiều nước đang phát triển, trong đó có Việt Nam, về y tế, giáo dục và lương thực.",
        ),
        ("heading", "4. Việt Nam với Liên hợp quốc", 1),
        (
            "paragraph",
            "Ngày 20/9/1977, Việt Nam trở thành thành viên thứ 149 của Liên hợp quốc. Theo nhà nghiên cứu Trần Đức Minh, sự kiện này “mở ra một chương mới trong hoạt động đối ngoại đa phương của nước ta” (Trần Đức Minh, 2017, tr. 45). Việt Nam đã hai lần được bầu làm Ủy viên không thường trực Hội đồng Bảo an, nhiệm kỳ 2008 – 2009 và 2020 – 2021. Từ năm 2014, nước ta cử lực lượng tham gia các hoạt động gìn giữ hòa bình của Liên hợp quốc (Nguyễn Thị Hồng Vân, 2020).",
        ),
        ("heading", "EM CÓ BIẾT?", 2),
        (
            "paragraph",
            "Lá cờ Liên hợp quốc có nền màu xanh da trời, ở giữa là hình bản đồ thế giới nhìn từ Bắc Cực, bao quanh bởi hai cành ô liu tượng trưng cho hòa bình.",
        ),
        ("heading", "Câu hỏi và bài tập", 1),
        ("list_item", "1. Trình bày hoàn cảnh ra đời và mục đích của Liên hợp quốc."),
        (
            "list_item",
            "2. Vì sao nguyên tắc nhất trí giữa năm nước lớn có ý nghĩa quan trọng đối với hoạt động của Liên hợp quốc?",
        ),
        (
            "list_item",
            "3. Lập bảng tóm tắt những mốc chính trong quan hệ giữa Việt Nam và Liên hợp quốc từ năm 1977 đến nay.",
        ),
    ],
}

BSE_PARTY = {
    "id": "bse",
    "shape": "party",
    "head": [
        f"{'BAN CHẤP HÀNH TRUNG ƯƠNG':<46}ĐẢNG CỘNG SẢN VIỆT NAM",
        f"{'*':^24}".rstrip(),
        f"{'Số 167-KL/TW':<42}Hà Nội, ngày 18 tháng 12 năm 2025",
    ],
    "title_lines": [
        "KẾT LUẬN",
        "CỦA BỘ CHÍNH TRỊ",
        "về tổng kết 30 năm Việt Nam tham gia ASEAN",
        "và định hướng đến năm 2030",
    ],
    "blocks": [
        (
            "title",
            "KẾT LUẬN CỦA BỘ CHÍNH TRỊ về tổng kết 30 năm Việt Nam tham gia ASEAN và định hướng đến năm 2030",
        ),
        (
            "paragraph",
            "Tại phiên họp ngày 5/12/2025, sau khi nghe Đảng ủy Chính phủ báo cáo tổng kết 30 năm Việt Nam tham gia Hiệp hội các quốc gia Đông Nam Á (ASEAN) (1995 – 2025) và ý kiến của các cơ quan liên quan, Bộ Chính trị kết luận như sau:",
        ),
        (
            "list_item",
            "1. Ba mươi năm qua, kể từ khi chính thức gia nhập ASEAN ngày 28/7/1995, nước ta đã tham gia ngày càng chủ động, tích cực và có trách nhiệm vào công việc chung của Hiệp hội. Ta đã ba lần đảm nhiệm thành công vai trò Chủ tịch ASEAN vào các năm 1998, 2010 và 2020; đóng góp quan trọng vào việc xây dựng Hiến chương ASEAN, có hiệu lực từ ngày 15/12/2008. Trong năm Chủ tịch 2020, dù đại dịch Covid-19 diễn biến phức tạp, Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP) vẫn được ký kết ngày 15/11/2020.",
        ),
        (
            "list_item",
            "2. Ta cùng các nước thành viên kiên trì thúc đẩy thực hiện đầy đủ Tuyên bố về ứng xử của các bên ở Biển Đông (DOC) và đàm phán với Trung Quốc về Bộ Quy tắc ứng xử ở Biển Đông (COC). Tháng 10/2025, ta cùng các nước thành viên chào mừng Ti-mo Lét-xtê chính thức trở thành thành viên thứ 11 của ASEAN.",
        ),
        (
            "list_item",
            "3. Tuy nhiên, việc tận dụng các hiệp định thương mại tự do của ASEAN với các đối tác còn hạn chế; công tác thông tin, tuyên truyền về ASEAN chưa sâu rộng; đàm phán COC sau nhiều năm vẫn chưa hoàn tất.",
        ),
        ("list_item", "4. Định hướng, nhiệm vụ đến năm 2030:"),
        (
            "list_item",
            "a) Triển khai hiệu quả Tầm nhìn Cộng đồng ASEAN 2045 được các nhà lãnh đạo ASEAN thông qua tại Cua-la Lăm-pơ tháng 5/2025; tham gia xây dựng Cộng đồng ASEAN đoàn kết, tự cường.",
        ),
        (
            "list_item",
            "b) Phối hợp chặt chẽ với Phi-líp-pin, nước Chủ tịch ASEAN năm 2026, bảo đảm thành công các hội nghị cấp cao của Hiệp hội.",
        ),
        (
            "list_item",
            "c) Giúp Ti-mo Lét-xtê thực hiện lộ trình hội nhập, trước hết là đào tạo cán bộ và chia sẻ kinh nghiệm tham gia ASEAN.",
        ),
        (
            "list_item",
            "d) Cùng các nước ASEAN thúc đẩy sớm ký kết COC thực chất, hiệu quả, phù hợp với luật pháp quốc tế, đặc biệt là Công ước của Liên hợp quốc về Luật Biển năm 1982.",
        ),
        (
            "list_item",
            "5. Đảng ủy Chính phủ chủ trì, phối hợp với các ban đảng, bộ, ngành, địa phương cụ thể hóa và tổ chức thực hiện Kết luận này; định kỳ báo cáo Bộ Chính trị.",
        ),
    ],
}

DOCS = [BSA_PRESS, BSB_SPEECH, BSC_CHRONOLOGY, BSD_TEXTBOOK, BSE_PARTY]

TURNS = ("Phóng viên", "Người Phát ngôn")


def render_press(doc: dict) -> str:
    """A press-conference transcript copied from the ministry's site: the site line, the breadcrumb, the title
    and the date stamp, then one block a line with a blank line after each; a question's or answer's label
    ("Phóng viên … hỏi:" / "Người Phát ngôn …:") on its own line above its text; the site's footer at the end."""
    out = [doc["site"], doc["crumb"], "", doc["blocks"][0][1], doc["stamp"], ""]
    for b in doc["blocks"][1:]:
        text = b[1]
        if text.startswith(TURNS):
            label, body = text.split(": ", 1)
            out += [label + ":", body, ""]
        else:
            out += [text, ""]
    out += ["Bản quyền thuộc Bộ Ngoại giao Việt Nam."]
    return "\n".join(out) + "\n"


def render_speech(doc: dict) -> str:
    """A speech as published in full: the speaker line, the occasion, the place-date, a blank line, the opening
    greetings one a line with no blank between them, then every paragraph (and a later "Thưa Quý vị,") on
    one line with a blank line after it."""
    blocks = doc["blocks"]
    out = [doc["speaker"], blocks[0][1], doc["place"], ""]
    opening = True
    for b in blocks[1:]:
        greeting = b[1].startswith(("Kính thưa", "Thưa"))
        if opening and not greeting:
            out.append("")
            opening = False
        out.append(b[1])
        if not opening:
            out.append("")
    return "\n".join(out)


def render_chronology(doc: dict) -> str:
    """A chronology page: the title, the introduction wrapped at 78 columns, then period headings with one
    "- date: …" entry a line (wrapped at 78, continuation lines indented by two spaces), a blank line before
    every heading."""
    out: list[str] = []
    for b in doc["blocks"]:
        lines = wrap(b[1], 78)
        if b[0] == "list_item":
            out += [lines[0], *("  " + ln for ln in lines[1:])]
        else:
            if out:
                out.append("")
            out += lines
    return "\n".join(out) + "\n"


def render_textbook(doc: dict) -> str:
    """A history textbook lesson copied as text: the lesson title, the headings as they are, paragraphs and the
    exercises wrapped at 72 columns with a blank line after every block; the text box framed by two rules,
    its label and text indented by two spaces."""
    rule = "─" * 60
    out: list[str] = []
    in_box = False
    for b in doc["blocks"]:
        if b[0] == "heading" and b[1] == doc["box"]:
            out += [rule, "  " + b[1]]
            in_box = True
            continue
        if in_box:
            out += ["  " + ln for ln in wrap(b[1], 68)] + [rule, ""]
            in_box = False
            continue
        out += (wrap(b[1], 72) if b[0] in ("paragraph", "list_item") else [b[1]]) + [""]
    return "\n".join(out)


def render_party(doc: dict) -> str:
    """A Politburo conclusion: issuer and Party name side by side, "*", number and place-date, the centred title
    lines and "-----", then the body at 78 columns with no blank lines, each block's first line indented by four
    spaces; the signature at the right and the "Nơi nhận" list."""
    width = 78
    out = [*doc["head"], ""]
    out += [f"{ln:^{width}}".rstrip() for ln in doc["title_lines"]]
    out += [f"{'-----':^{width}}".rstrip(), ""]
    for b in doc["blocks"][1:]:
        lines = wrap(b[1], width - 4)
        out += ["    " + lines[0], *lines[1:]]
    out += [
        "",
        f"{'':48}T/M BỘ CHÍNH TRỊ",
        f"{'':52}(đã ký)",
        "",
        "Nơi nhận:",
        "- Các tỉnh ủy, thành ủy,",
        "- Các ban đảng, đảng ủy trực thuộc Trung ương,",
        "- Lưu Văn phòng Trung ương Đảng.",
    ]
    return "\n".join(out) + "\n"


def main() -> int:
    return build_and_check(
        HERE,
        DOCS,
        {
            "press": render_press,
            "speech": render_speech,
            "chronology": render_chronology,
            "textbook": render_textbook,
            "party": render_party,
        },
        prefix="bs",
        rendered=True,
    )


if __name__ == "__main__":
    sys.exit(main())
