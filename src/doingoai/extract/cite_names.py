"""Vietnamese family names, for telling a cited person ("Lã Minh Trí (2018)") from other capitalised words.

One list for the narrative-citation finder (:mod:`doingoai.extract.cite_narrative`) and the CSL name splitter
(:mod:`doingoai.extract.cite_works`). It holds Vietnamese family names: the frequent ones and rarer Kinh, Hoa and
minority ones. Left out on purpose: surnames that are also the first syllable of common capitalised words or names of places and
bodies ("Công" of "Công ước", "Quan" of "Quan hệ", "Hoa" of "Hoa Kỳ", "Văn" of "Văn kiện", "Phương" of "Phương Tây",
"Đường" of "Đường lối", "Trang", "Thi", "Sơn", "Danh"), which a narrative citation would otherwise take for an author.
"""

from __future__ import annotations

import re
from typing import Final

SURNAMES: Final = frozenset(
    (
        # the frequent ones
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lương Mai Đào "
        "Trịnh Cao Hà Tạ Lưu Châu Tô Thái Quách Kiều Đoàn Tăng Lâm Chu Vương Đàm La Nông Triệu Mạc "
        # rarer Kinh, Hoa and minority family names
        "Lã Lại Khúc Doãn Khổng Ông Cù Giáp Hứa Thân Kim Lò Mẫn Nghiêm Phùng Tôn Từ Ưng Vi Viên Âu Bạch Cấn "
        "Diệp Đồng Hàn Khương Lạc Lục Ninh Phí Phó Sầm Thạch Tiêu Tống Nhữ Đới Đổng Chử Chung Chúc Giang "
        "Hầu Khuất Kha Lều Mã Mạch Mâu Nhâm Quản Tào Thiều Tòng Trình Ứng Yên Cung Điền Lư Nhan Tất "
        "Trầm Hàm Khiếu Bế Lỗ Lường Mông Quàng Sái Thiệu Vòng"
    ).split()
)

# a group of authors after the first author(s), ending a name: "Smith et al.", "An và cộng sự", "An và nnk.",
# "An và cs.", "An và các tác giả khác", "An và những người khác" (one pattern for citations and cited works)
GROUP_TAIL: Final = re.compile(
    r"\s*(?:,?\s*et\s+al\.?|và\s+(?:cộng\s+sự|nnk\.?|cs\.?|(?:các\s+tác\s+giả|những\s+người)\s+khác))$", re.I
)
GROUP_TAIL_ENDS: Final = (
    "al",
    "al.",
    "sự",
    "nnk",
    "nnk.",
    "cs",
    "cs.",
    "khác",
)  # how every GROUP_TAIL match ends
