"""An article's own summary states no event (round 106, false positives on unseen text).

"Bài viết điểm lại quá trình Việt Nam tham gia Cộng đồng Pháp ngữ ...", "Bài viết phân tích xung đột ở Yemen và vai
trò của Liên hợp quốc", "Tóm tắt: Bài viết khái quát quá trình đàm phán gia nhập WTO (1995 – 2006) ...": the
sentence names what the article is about; the joining, the conflict, the talks are its topic, told (if at all) in
the body. Every draft read in such a sentence is dropped, unless the sentence also states a past act in a
"khi" clause ("Bài viết điểm lại quan hệ Việt Nam – Ma-lai-xi-a từ khi hai nước thiết lập quan hệ ngoại giao năm
1973": the establishment is a fact it states). Applied by :func:`doingoai.extract.events.find_events` to the
drafts of all stages (rules, fallback, learned reading).
"""

from __future__ import annotations

import re
from typing import Final

from doingoai.extract.events_merge import Draft

# the sentence opens on the article (an abstract's label first) and a verb of what it does
_ARTICLE: Final = re.compile(
    r"\s*(?:(?:tóm tắt|abstract)\s*[:.]?\s*)?(?:bài viết|bài báo|bài nghiên cứu|nghiên cứu này|tham luận)"
    r"(?: này)? (?:bước đầu |tập trung |sẽ |nhằm |góp phần )?"
    r"(?:phân tích|điểm lại|khái quát|trình bày|đánh giá|khảo sát|tìm hiểu|làm rõ|tổng quan|nghiên cứu|luận giải"
    r"|xem xét|đề cập|bàn về|giới thiệu|nhìn lại|tổng kết|hệ thống hóa|hệ thống hoá|phác họa|phác hoạ|mô tả|lý giải)\b"
)
_WHEN: Final = re.compile(r"\b(?:kể từ khi|từ khi|sau khi|khi)\b")


def article_topic(low: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without those read in a sentence that is an article's summary of its topic."""
    out = []
    seen: dict[int, bool] = {}
    for d in drafts:
        s0, s1 = d.sentence
        topic = seen.get(s0)
        if topic is None:
            topic = seen[s0] = _ARTICLE.match(low, s0) is not None and _WHEN.search(low, s0, s1) is None
        if not topic:
            out.append(d)
    return out
