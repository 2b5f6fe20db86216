"""Round 202 (docs/decisions.md, Round 202): workers sent abroad, a wording of provincial reports and histories
several writers share. "Hơn 2.100 lao động của tỉnh sang Nhật Bản làm việc theo chương trình thực tập sinh", "Có 1.120
lao động sang Hàn Quốc theo Chương trình EPS", "hàng vạn lao động Việt Nam sang làm việc tại Liên Xô", "Công ty đưa 420
lao động sang làm việc tại A-rập Xê-út": labour cooperation between the sending side and the country the workers go
to (named after "sang", or after "làm việc tại"; the sending side is the writer's when unnamed, as for the other
cooperation triggers).

Not a body whose name holds the word ("Văn phòng Lao động quốc tế chuyển sang ...", "Bộ Lao động – Thương binh và Xã
hội"): the words after "lao động" are the workers' owner or kind only; not the object of an agreement's title or of a
recruiter ("Hiệp định về việc đưa người lao động Việt Nam sang ...": the signing; "Kế hoạch đưa người lao động sang Hàn
Quốc": the plan's title; "các đối tác tuyển chọn lao động sang Đức": who the partners are).

The trigger is one of events_parties' ``_DELEGATIONS``: the country is the one the workers go to
(events_places.destination reads it right after "sang", or after "làm việc tại").
"""

from __future__ import annotations

from doingoai.extract.trigger_defs import Trigger
from doingoai.model import EventKind as K

_T = Trigger

LEX202: tuple[Trigger, ...] = (
    # workers gone abroad: "(người) lao động (của tỉnh / Việt Nam / có tay nghề) (được đưa) sang X (làm việc)"
    _T(
        "cooperate_labour_abroad",
        K.COOPERATE,
        ("lao động",),
        r"(?<!bộ )(?<!sở )(?<!phòng )(?<!thị trường )(?<!luật )(?<!tổ chức )(?<!văn phòng )(?<!thương binh và )"
        # (not the object of an agreement's or a plan's title or of a recruiter: "Hiệp định về việc đưa người lao động
        # ... sang", "ban hành Kế hoạch đưa người lao động sang Hàn Quốc", "các đối tác tuyển chọn lao động sang Đức")
        r"(?<!việc đưa )(?<!việc đưa người )(?<!kế hoạch đưa )(?<!kế hoạch đưa người )(?<!chương trình đưa )"
        r"(?<!chương trình đưa người )(?<!đề án đưa )(?<!đề án đưa người )(?<!tuyển chọn )(?<!tuyển dụng )(?<!tuyển chọn người )(?<!tuyển dụng người )"
        r"lao động(?: (?:và thực tập sinh|thời vụ|có tay nghề|kỹ thuật|việt nam|của (?:tỉnh|thành phố|huyện"
        r"|công ty|doanh nghiệp|ta|việt nam|nước ta)))*(?: (?:được|đã|đi|đã đi|được đưa))?"
        # (the verb left out of the match: events_places.destination reads the country right after it)
        r"(?= sang (?:làm việc|lao động|học nghề|[^\W\d_]))"
        r"(?! sang (?:năm|tháng|giai đoạn|thời kỳ|các ngành|ngành|lĩnh vực|khu vực dịch vụ)\b)",
    ),
)
