""""واصفاً" (describing) an act with its doer named after it ("واصفا قصف الانفصاليين بأنه الأعنف")
accuses that doer, as "منددا" does; as a circumstantial participle it speaks for the subject of
its sentence's verb, or, opening a sentence split off at a quote, for the speaker before. Its
first letter "و" is its own, not the conjunction."""

from wire_support import claim_keys


def test_describing_the_separatists_shelling_after_the_opening_verb():
    text = ("وحذر الجيش الأوكراني من تصاعد الوضع في شرق البلاد خلال الليل، واصفا قصف الانفصاليين "
            "لمواقعه قرب دونيتسك بأنه الأعنف منذ أشهر.")
    assert ("ukraine_forces", "accuses", "shelling_artillery_missile_attack") in claim_keys(text)


def test_a_describing_participle_opening_the_next_sentence():
    text = ("وقال الجيش الأوكراني في بيان: \"الوضع تصاعد في شرق البلاد خلال الليل.\" واصفاً قصف "
            "الانفصاليين لمواقعه قرب دونيتسك بأنه الأعنف منذ أشهر.")
    assert ("ukraine_forces", "accuses", "shelling_artillery_missile_attack") in claim_keys(text)


def test_describing_an_act_with_no_doer_named_accuses_no_one():
    text = ("وندد الأمين العام للأمم المتحدة بالتفجير الذي استهدف سوقا في مقديشو أمس، واصفا "
            "الهجوم بأنه عمل إرهابي جبان.")
    assert not any(k[1] == "accuses" for k in claim_keys(text))
