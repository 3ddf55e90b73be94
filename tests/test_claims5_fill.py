"""Claims of responsibility fill the doer of the event they are about: the one told nearest after
the claim, not another blast told after "فيما"; a claim of many attacks fills no reported event."""

from wire_support import events


def test_the_claim_fills_the_blast_it_names_not_the_next_one():
    text = ("أعلن تنظيم داعش مسؤوليته عن هجوم بسيارة مفخخة في حي الكرادة وسط بغداد أسفر عن مقتل 12 "
            "شخصا، فيما قتل ثلاثة في تفجير عبوة ناسفة استهدف سوقا في حي الشعلة شمال العاصمة.")
    doers = sorted(e["perpetrators"] for e in events(text) if e["type"] == "remote_explosive_landmine_ied")
    assert doers == [[], ["isis"]]


def test_a_claim_of_most_past_attacks_fills_no_reported_event():
    text = ("قتل شخصان وأصيب خمسة آخرون في انفجار عبوة ناسفة في سوق بمدينة سوسة أمس.\n"
            "وتزايدت الهجمات في البلاد منذ مطلع العام. وتبنى تنظيم داعش غالبية هذه الهجمات.")
    assert all("isis" not in e["perpetrators"] for e in events(text))
