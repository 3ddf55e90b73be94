"""A blast ("تفجير") told at a town and, in the same sentence, a suicide bomber who blew himself
up there, placed by the text at a near name (the town's governorate seat, another spelling of
the city): one act, coded as the suicide bombing. Two blasts one sentence tells at quarters of a
city far apart stay two.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

from wire_support import events


def _types(text: str) -> list[tuple[str, str]]:
    return [(e["type"], e["location"]["name_ar"]) for e in events(text)]


def test_a_blast_and_its_suicide_bomber_in_one_sentence_are_one_suicide_bombing() -> None:
    found = _types("قتل 12 شخصا أمس الجمعة في تفجير استهدف سوقا في بلدة القديح بمحافظة القطيف، "
                   "حيث قام انتحاري بتفجير نفسه بين المتسوقين.")
    assert [t for t, _ in found] == ["suicide_bomb"]


def test_two_blasts_at_distant_quarters_stay_two() -> None:
    found = _types("واستهدف تفجير انتحاري بحزام ناسف نقطة تفتيش في منطقة الشعب شمال شرقي بغداد، "
                   "فيما انفجرت سيارة ملغومة قرب سوق شعبي في حي البياع غرب العاصمة.")
    assert sorted(t for t, _ in found) == ["remote_explosive_landmine_ied", "suicide_bomb"]
