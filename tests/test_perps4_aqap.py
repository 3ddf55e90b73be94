""""تنظيم القاعدة" told of Yemen is its Yemeni branch, AQAP (ACLED's actor there); elsewhere it
stays al-Qaeda with no branch named. The alias is shared, chosen by country as generic ones are."""

from wire_support import perpetrators


def test_qaeda_attack_in_yemen_is_aqap():
    text = ("المكلا - قتل خمسة جنود يمنيين أمس في هجوم شنه مسلحو تنظيم القاعدة على نقطة عسكرية "
            "في مدينة المكلا بمحافظة حضرموت.")
    assert perpetrators(text, "armed_clash") == {"aqap"}, text


def test_qaeda_bombing_in_yemen_is_aqap():
    text = ("عدن - تبنى تنظيم القاعدة تفجير سيارة مفخخة استهدف أمس موكبا عسكريا في مدينة عدن "
            "جنوب اليمن.")
    assert "aqap" in perpetrators(text, "remote_explosive_landmine_ied"), text


def test_qaeda_in_afghanistan_stays_al_qaeda():
    text = ("كابول - هاجم مسلحو تنظيم القاعدة أمس مركزا للشرطة في ولاية ننغرهار شرق أفغانستان.")
    found = perpetrators(text, "armed_clash")
    assert "al_qaeda" in found and "aqap" not in found, text
