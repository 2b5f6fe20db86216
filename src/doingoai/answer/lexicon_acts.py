"""English verbs and nouns of who-did-what questions -> the Vietnamese words a text says them with.

"Who proposed …?", "Which countries abstained …?", "Which country did X defeat for the seat?": the
act asked reaches its Vietnamese sentence only through these words ("đề xuất", "bỏ phiếu trắng",
"đánh bại"); merged into :data:`doingoai.answer.lexicon.EN_VI`.
"""

from __future__ import annotations

import re

ACTS: dict[str, tuple[str, ...]] = {
    # votes and texts of a body
    "abstain": ("phiếu trắng",),
    "abstained": ("phiếu trắng",),
    "abstention": ("phiếu trắng",),
    "draft": ("dự thảo", "soạn thảo"),
    "drafted": ("soạn thảo", "dự thảo"),
    "present": ("trình bày", "trình"),
    "presented": ("trình bày", "trình"),
    "defeat": ("đánh bại", "vượt", "thắng"),
    "defeated": ("đánh bại", "vượt", "thắng"),
    "beat": ("đánh bại", "vượt", "thắng"),
    "seat": ("ghế",),
    # who chaired, proposed, chose
    "cochaired": ("đồng chủ trì", "đồng chủ tịch"),
    "cochair": ("đồng chủ trì", "đồng chủ tịch"),
    "presided": ("chủ trì", "chủ tọa"),
    "propose": ("đề xuất", "đề nghị", "nêu"),
    "proposed": ("đề xuất", "đề nghị", "nêu"),
    "idea": ("ý tưởng",),
    "chosen": ("chọn", "lựa chọn"),
    "chose": ("chọn", "lựa chọn"),
    "choose": ("chọn", "lựa chọn"),
    "succeed": ("kế nhiệm",),
    "speaker": ("chủ tịch quốc hội",),
    "spokesman": ("người phát ngôn",),
    "spokesperson": ("người phát ngôn",),
    "spokeswoman": ("người phát ngôn",),
    "letter": ("thư",),
    "sent": ("gửi",),
    "rescue": ("cứu",),
    "rescued": ("cứu",),
    "crew": ("thuyền viên", "ngư dân"),
    "opening": ("khai mạc",),
    "accompanied": ("cùng đi", "tháp tùng", "đi cùng", "đồng hành"),
    "accompany": ("cùng đi", "tháp tùng", "đi cùng", "đồng hành"),
    # acts of dates asked in English: "When did Danish voters reject …?", "… reach a ceasefire?"
    "reject": ("bác bỏ", "phản đối"),
    "rejected": ("bác bỏ", "phản đối"),
    "voters": ("cử tri",),
    "referendum": ("trưng cầu ý dân",),
    "ceasefire": ("ngừng bắn",),
    "transition": ("chuyển tiếp",),
    "accede": ("gia nhập",),
    "acceded": ("gia nhập",),
    "extended": ("gia hạn",),
    "welcome": ("hoan nghênh", "chào đón", "chào mừng"),
    "welcomed": ("hoan nghênh", "chào đón", "chào mừng"),
    # who they are: "the first Vietnamese to serve as …" -> "người Việt Nam đầu tiên"
    "vietnamese": ("việt nam", "người việt"),
}


# Acts a person or a country asked is told with, in the sentence itself: "Which countries abstained on
# Resolution 2699?" is answered by "Trung Quốc và Nga bỏ phiếu trắng", never by the sentence adopting
# the resolution (its sponsors, its mission's lead). English stems (read in the lexicon) and the
# Vietnamese a question writes them with.
_TOLD = {
    "abstain": ("phiếu trắng",),
    "abstained": ("phiếu trắng",),
    "draft": ("soạn thảo", "dự thảo", "đệ trình"),
    "drafted": ("soạn thảo", "dự thảo", "đệ trình"),
    "defeat": ("đánh bại", "vượt", "thắng"),
    "defeated": ("đánh bại", "vượt", "thắng"),
    "cochaired": ("đồng chủ trì", "đồng chủ tịch"),
    "chaired": ("chủ trì", "chủ tọa", "chủ tịch"),
    "presided": ("chủ trì", "chủ tọa", "chủ tịch"),
    "accompanied": ("cùng đi", "tháp tùng", "đi cùng"),
    "accompany": ("cùng đi", "tháp tùng", "đi cùng"),
    "propose": ("đề xuất", "đề nghị", "nêu"),
    "proposed": ("đề xuất", "đề nghị", "nêu"),
    # "the minister who welcomed the decision": the one the sentence says welcomed it, not its signer
    "welcome": ("hoan nghênh", "chào đón", "chào mừng"),
    "welcomed": ("hoan nghênh", "chào đón", "chào mừng"),
    # "Which country acted as mediator …?": the one the sentence says mediated, not a party to the dispute
    "mediator": ("trung gian", "hòa giải"),
    "mediated": ("trung gian", "hòa giải"),
    "mediate": ("trung gian", "hòa giải"),
}
_TOLD_VI = {
    "phiếu trắng": ("phiếu trắng",),
    "phiếu chống": ("phiếu chống",),
    "soạn thảo": ("soạn thảo", "dự thảo", "đệ trình"),
    "đồng chủ trì": ("đồng chủ trì", "đồng chủ tịch"),
    "chủ trì": ("chủ trì", "chủ tọa", "chủ tịch"),
    "cùng đi": ("cùng đi", "tháp tùng", "đi cùng"),
    "tháp tùng": ("cùng đi", "tháp tùng", "đi cùng"),
    "đánh bại": ("đánh bại", "vượt", "thắng"),
    "đề xuất": ("đề xuất", "đề nghị", "nêu"),
    "hoan nghênh": ("hoan nghênh",),
    "trung gian": ("trung gian", "hòa giải"),
    "hòa giải": ("trung gian", "hòa giải"),
}


def told_act(question: str, english: bool) -> tuple[str, ...]:
    """The words of the act a who / which-country question asks about, one of which its evidence
    sentence must write ("abstained" -> "phiếu trắng"); () when it asks about no such act."""
    from doingoai.answer.english import en_phrases  # (it reads the lexicon, which reads this module)

    if english:
        for w in re.findall(r"[a-z]+", en_phrases(question).lower()):
            if w in _TOLD:
                return _TOLD[w]
        return ()
    low = question.lower()
    return next((alts for vi, alts in _TOLD_VI.items() if vi in low), ())


def says_act(question: str, english: bool, sentence: str) -> bool:
    """The sentence writes the act the question asks about (always true when it asks about none)."""
    alts = told_act(question, english)
    low = sentence.lower()
    return not alts or any(re.search(rf"(?<!\w){a}(?!\w)", low) for a in alts)
