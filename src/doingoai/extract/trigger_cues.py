"""Cue words around an event trigger (matched on the lower-cased text): negation, hypotheticals, purposes,
plans, ongoing states, patients and receivers, co-actors, coordination gaps, where a trigger's window ends,
context labels, votes and the objects of aid.
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.vi_regex import NO_WORD as _NO_WORD
from doingoai.extract.vi_regex import cue as _cue
from doingoai.extract.vi_regex import rx as _rx
from doingoai.extract.vi_regex import vi_pattern

NEGATION = _cue(
    r"\b(?:chưa từng|chưa bao giờ|không bao giờ|không hề|chẳng hề|không thể|chưa thể|chưa|không|chẳng|từ chối|bác bỏ việc"
    # a visit, meeting or offer called off, put off or taken back: "hoãn chuyến thăm", "rút lại đề nghị viện trợ"
    r"|(?:tạm )?hoãn(?: lại)?(?= (?:chuyến|cuộc|kế hoạch|việc)\b|\s*$)|hủy bỏ(?= (?:chuyến|cuộc|kế hoạch)\b|\s*$)"
    r"|hủy(?= (?:chuyến|cuộc|kế hoạch)\b|\s*$)|rút lại(?= (?:đề nghị|lời|cam kết|kế hoạch)\b|\s*$))"
    r"(?! (?:chỉ|những|ngừng|ít|kém|thua|phải là|đầy|quá))"  # "chưa đầy một năm": less than a year
    r"(?! (?:đến|tới) (?:\d+|một|hai|ba|bốn|sáu|bảy|tám|chín|mười|vài|nửa) (?:năm|tháng|tuần|ngày)\b)"
    + _NO_WORD
    # a negation governs its own clause only: not past ";" nor ", còn / nhưng / song / tuy nhiên", nor
    # past "mà" ("không che giấu thông tin mà công khai ...": the clause after it is asserted)
    + r"(?![^;]*;)(?![^,]*,\s*(?:còn|nhưng|song|tuy nhiên|trong khi|mặt khác)\b)(?![^;]*\bmà\b)"
)
HYPOTHETICAL = _cue(r"\b(?:nếu như|nếu|giả sử|giả như|giả định|trong trường hợp|khả năng|một khi)" + _NO_WORD)
# an act only considered, not planned nor done: "Việt Nam đang cân nhắc (việc) tham gia Công ước ...", "xem xét việc
# gia nhập", "nghiên cứu việc ký ..." ("nghiên cứu khả năng": HYPOTHETICAL's "khả năng"); not when another verb
# follows in its clause ("đã xem xét và thông qua", "cân nhắc kỹ rồi quyết định gia nhập"), nor past "," / ";"
CONSIDERED = _cue(
    r"\b(?:cân nhắc(?: việc)?|(?:xem xét|nghiên cứu) việc)"
    + _NO_WORD
    + r"(?![^,;]*\s(?:và|rồi|sau đó)\s)(?![^,;]*[,;])"
)
CONSIDERED_WORDS: Final = ("cân nhắc", "xem xét việc", "nghiên cứu việc")
# an act reported, rumoured, alleged or denied, not asserted ("bác bỏ thông tin cho rằng X đã ký ...", "có tin đồn
# ...", "phủ nhận việc ..."); also "ngay cả khi X rút khỏi ..." (a condition). Its clause only: no "," or ";" after it;
# "không thể phủ nhận" (undeniable) asserts
REPORTED = _cue(
    r"\b(?:tin đồn|đồn đoán|đồn đại|đồn rằng|(?<!thể )(?<!không ai )(?<!khó )phủ nhận|(?<!thể )(?<!không ai )(?<!khó )bác bỏ"
    r"|cáo buộc|vu cáo|vu khống|ngay cả khi|kể cả khi|giá như|giá mà"
    r"|(?<!đã )có thể(?! (?:nói|thấy|khẳng định|coi|xem|kể|hiểu|điểm|nhận thấy)))"
    + _NO_WORD
    + r"(?![^,;]*[,;])"
)
# a frame for the whole sentence, past its comma: "Theo tin đồn, ..."
HEARSAY = _cue(r"\b(?:theo tin đồn|theo các tin đồn|theo lời đồn|theo đồn đoán)" + _NO_WORD)
PURPOSE = _cue(r"\b(?:nhằm|hướng tới|tiến tới|với mục tiêu|mục tiêu là)" + _NO_WORD)
# a break after which a purpose clause ("nhằm ...") or a subject no longer governs what follows
STRONG_BREAK: Final = _rx(r",\s*(?:đồng thời|song|nhưng|trong khi|trong đó|còn|mặt khác|qua đó)\b")
# "tuyên truyền (việc) nước ta đảm nhiệm ...": the event is the topic of a task, not the task
COMMUNICATE = _cue(r"\b(?:tuyên truyền|quảng bá|thông tin về|giới thiệu về|phổ biến)\b")
PLANNED = _cue(
    r"\b(?:sẽ|cần phải|cần sớm|cần(?! thiết)|(?<!buộc )(?<!đành )(?<!đã )phải|dự kiến|dự định|kế hoạch|chuẩn bị|mong muốn|sẵn sàng|đề nghị|kêu gọi|quyết tâm|sắp"
    r"|đề xuất|kiến nghị|hy vọng|(?<!mong )muốn|cân nhắc|đe dọa|dọa|(?<!đã )phấn đấu"  # ("phấn đấu": strive to)
    # agreed to go on: "Hai bên nhất trí tiếp tục củng cố quan hệ" (a commitment, before ONGOING's "tiếp tục")
    r"|nhất trí tiếp tục|thống nhất tiếp tục|cam kết tiếp tục|đồng ý tiếp tục"
    # (round 211) a recommendation or a wish: "hai bên nên sớm ký ...", "Chúng tôi mong sớm ký ..."; not the
    # conjunction "(vì ...) nên", "cho nên", ", nên" (so), nor "mong" of "mong muốn" (read above)
    r"|(?<!cho )(?<!, )(?<!,)nên(?! (?:đã|mới|phải|chăng)\b)|mong(?! muốn))"
    r"(?! (?:đối mặt|đối diện|chịu|gánh|trải qua))" + _NO_WORD
)
ONGOING = _cue(
    r"\b(?:đang|vẫn đang|vẫn luôn|vẫn là|kéo dài|tiếp tục(?! được)|luôn|luôn luôn|thường xuyên|hằng năm|hàng năm|hiện là"
    r"|hiện nay)" + _NO_WORD
)
# the subject receives the action: "bị X áp đặt cấm vận", "phải đối mặt với ... cấm vận", "tranh thủ viện trợ"
PATIENT = _cue(
    r"\b(?:(?<!chuẩn )(?<!thiết )(?<!dự )(?<!phòng )bị|chịu|đối mặt với|đối diện với|nhận được|tranh thủ|hứng chịu|vượt qua|chống lại|với sự)"
    + _NO_WORD
)
# the subject receives aid or support: "Việt Nam tiếp nhận viện trợ của Liên Xô", "nhận viện trợ từ Nhật Bản";
# or thanks someone for it: "Phía bạn đánh giá cao sự giúp đỡ của Việt Nam" (the genitive is the provider)
# (round 183: "nhận lời giúp ta" accepts to help: the helper gives, receives nothing)
RECEIVE: Final = _rx(
    r"\b(?:tiếp nhận|thụ hưởng|(?<!công )(?<!thừa )(?<!xác )(?<!chấp )(?<!đảm )(?<!ghi )(?<!cảm )(?<!tiếp )nhận(?! lời\b)"
    r"|đánh giá cao|cảm ơn|cám ơn|biết ơn|ghi nhận|trân trọng|cảm tạ|tri ân|ghi nhớ)" + _NO_WORD
)
CO_ACTOR: Final = _rx(r"\b(?:cùng với|cùng|phối hợp với|phối hợp|cùng nhau)\s*$")

# what a gap between two mentions may hold for them to be one coordinated group
_TITLE_WORDS: Final = (
    r"(?:tổng bí thư|chủ tịch nước|chủ tịch quốc hội|chủ tịch|tổng thống|thủ tướng chính phủ|thủ tướng"
    r"|phó thủ tướng|bộ trưởng ngoại giao|bộ trưởng|ngoại trưởng|quốc vương|nhà vua|nữ hoàng|đại sứ|thứ trưởng"
    r"|người đồng cấp|đại diện cấp cao(?: về chính sách đối ngoại và an ninh(?: chung)?)?(?: của)?)"
)
_TITLE: Final = _TITLE_WORDS + r"(?:,\s*)?"
# "Thủ tướng Thái Lan Anutin Charnvirakul và Thủ tướng Cam-pu-chia ...": a leader's name the gazetteer lacks
# after his state, then the next leader's title (events_titles.leader_name_gap reads the name's capitals)
LEADER_NAME_GAP: Final = re.compile(
    r"^ (?P<name>(?:[^\W\d_][\w'’.-]* ){1,4})(?:và|,) +(?i:" + _TITLE + r")\s*$"
)
TITLE_BEFORE: Final = re.compile(r"(?i:" + _TITLE + r")\s*$")
# a state's formal style before its short name, when the gazetteer's mention starts after it: "Việt Nam Dân chủ
# Cộng hòa và Cộng hòa Ác-hen-ti-na", "Lào và Vương quốc Cam-pu-chia"
_STATE_FORM: Final = (
    r"(?:cộng hòa(?: xã hội chủ nghĩa| dân chủ nhân dân| dân chủ| nhân dân| liên bang| hồi giáo| thống nhất)?"
    r"|vương quốc|liên bang|hợp chúng quốc|đại công quốc|công quốc)"
)
# (code 23) one reading of a gap, so a failing match cannot backtrack through the ways of splitting it: a run of
# spaces has one place (the leading one, or the one after the word it follows: no two "\s*" meet), and a comma
# after a title is the next separator (_TITLE_WORDS: _TITLE without the comma it takes in LEADER_NAME_GAP and
# TITLE_BEFORE). The same gaps match as the earlier form, whose nested repeats took 13 s on a failing gap of
# fourteen commas (tests/test_extract_code23.py).
_COORD_SEP: Final = r"(?:,|và|cùng|/|–|-|\(|\))"
_COORD_WHOSE: Final = (
    r"(?:các nước thành viên|các thành viên|các nước|nước|nhân dân|chính phủ|đảng|phía|các|những|quốc hội"
    r"|quân đội|bộ ngoại giao|bộ quốc phòng|bộ công thương|bộ công an)"
)
_COORD_ALL: Final = r"(?:tất cả |toàn bộ )"
COORD_GAP: Final = _rx(
    rf"^\s*(?:{_COORD_SEP}\s*(?:{_COORD_ALL}?{_COORD_WHOSE}\s*|{_COORD_ALL}\s*)?(?:{_STATE_FORM}\s*)?"
    rf"(?:{_TITLE_WORDS}\s*)?)+$"  # "Tổng thống Hoa Kỳ Bill Clinton và Thủ tướng Võ Văn Kiệt"
)
# a clause linker after which the post-trigger window ends
POST_STOP: Final = _rx(
    r"[;:]|, (?:qua đó|góp phần|nhằm|tạo|đồng thời|trong đó|khẳng định|để|và đã|song|nhưng|tham gia|không phải|chứ không)\b| nhằm\b"
)

CONTEXT_WORDS: Final = (  # attrs "context": the first of these found in the clause
    (
        "health",
        (
            "covid",
            "dịch bệnh",
            "đại dịch",
            "y tế",
            "vắc xin",
            "vắc-xin",
            "vaccine",
            "phòng, chống dịch",
            "chống dịch",
        ),
    ),
    ("peacekeeping", ("gìn giữ hòa bình", "phái bộ", "bệnh viện dã chiến", "đội công binh")),
    ("territory", ("biên giới", "phân giới", "cắm mốc", "lãnh thổ", "chủ quyền", "biển đông", "lãnh hải")),
    ("trade", ("thương mại", "xuất khẩu", "nhập khẩu", "đầu tư", "kinh tế")),
    ("defence", ("quốc phòng", "quân sự", "an ninh")),
)
# one pass for all labels; the lookahead lets the engine skip positions where no word can start
CONTEXT: Final = re.compile(
    "(?=["
    + "".join(sorted({w[0] for _, ws in CONTEXT_WORDS for w in ws}))
    + r"])\b(?:"
    + "|".join(
        f"(?P<{label}>" + "|".join(vi_pattern(re.escape(w)) for w in ws) + ")" for label, ws in CONTEXT_WORDS
    )
    + ")"
)
VOTES: Final = re.compile(
    r"\(?(?<![\d/])(\d{1,3})\s*/\s*(\d{1,3})(?![\d/])\)?"
)  # "192/193", not a day "7/6/2019"
VOTE_WORD = _cue(r"\bphiếu\b")
OBJECTS_INTRO = _cue(r"\b(?:như|gồm|bao gồm)\s+")
# "Việt Nam và Ma-lai-xi-a cùng nộp ...", "công bố Báo cáo chung": a joint act (the trigger "joint")
JOINT: Final = (
    r"(?:cùng(?: nhau)?(?= (?:nộp|đệ trình|xây dựng|đề xuất|công bố|khởi xướng|triển khai|thực hiện|khai thác"
    r"|tuần tra|soạn thảo|nghiên cứu|đồng chủ trì|phát hành|trình)" + _NO_WORD + ")"
    r"|(?:(?<=nộp )|(?<=công bố )|(?<=đệ trình ))báo cáo chung)" + _NO_WORD
)
