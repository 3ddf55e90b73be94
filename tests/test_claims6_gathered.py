"""A plain attack word ("هجوم") in a lead that the next sentences detail (a car bomb, then
fire) was gathered into the event those sentences tell: an accusation in the lead is about
that event, typed by the whole telling, not by the bare word read alone."""

from wire_support import claim_keys


def test_an_attack_the_next_sentence_details_is_the_detailed_event():
    text = ("قتل سبعة جنود من قوات الجيش اليمني في هجوم شنه مسلحو تنظيم القاعدة على موقع عسكري في مديرية "
            "شبام بوادي حضرموت أمس، على ما أعلن مصدر عسكري، محملا التنظيم المسؤولية.\n"
            "وأوضح مصدر أمني يمني أن هجوما بسيارة مفخخة تبعته اشتباكات بالأسلحة الرشاشة والقذائف، استهدف "
            "نقطة عسكرية تابعة لأحد ألوية المنطقة العسكرية الثانية بحضرموت.")
    keys = claim_keys(text)
    assert ("other:مصدر عسكري", "accuses", "remote_explosive_landmine_ied") in keys
    assert ("other:مصدر عسكري", "accuses", "armed_clash") not in keys


def test_an_attack_kept_as_its_own_event_keeps_its_type():
    text = ("قتل خمسة جنود من الجيش العراقي في هجوم شنه مسلحو تنظيم داعش على ثكنة في قضاء حديثة أمس، "
            "على ما أعلن مصدر أمني، محملا التنظيم المسؤولية.\n"
            "وقال المصدر إن هجوما بسيارة مفخخة تبعته اشتباكات بالأسلحة الرشاشة استهدف الثكنة.")
    assert ("other:مصدر أمني", "accuses", "armed_clash") in claim_keys(text)
