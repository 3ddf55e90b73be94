"""Which mention owns a figure in a sentence told at several places (``units.figure_mentions``)."""

from rasd.extract.pipeline import extract

# the deaths are told with how they died ("بالرصاص") at one town; the attack word after them
# is placed by a clause about fighting in two other countries
_SHOT = ("وقتل عنصران من الشرطة بالرصاص فجر اليوم في مدينة ماردين (جنوب شرق)، في هجوم جديد "
         "تبناه مسلحو حزب العمال الكردستاني وسط تصعيد عملية عسكرية تركية ضد المتشددين في سوريا والعراق.")


def test_shooting_word_outside_the_figure_owns_its_deaths() -> None:
    result = extract(_SHOT, published="2015-07-31")
    tolls = {e.location.name_ar: e.fatalities.low for e in result.events}
    assert tolls.get("ماردين") == 2


def test_killing_word_of_the_figure_yields_to_the_act() -> None:
    text = ("قتل خمسة مدنيين في قصف مدفعي على مدينة حلب، فيما قتل ثلاثة آخرون في غارة جوية "
            "على مدينة إدلب أمس الخميس.")
    result = extract(text, published="2015-07-31")
    tolls = {(e.type, e.location.name_ar): e.fatalities.low for e in result.events}
    assert tolls.get(("shelling_artillery_missile_attack", "حلب")) == 5
    assert tolls.get(("air_drone_strike", "إدلب")) == 3


def test_lone_count_goes_on_to_the_act_after_the_other_count() -> None:
    text = ("أكدت مصادر طبية مقتل عشرة أشخاص على الأقل، فيما أصيب 25 آخرون في انفجار سيارة مفخخة "
            "في حي الكرادة وسط بغداد، كما انفجرت عبوة ناسفة في مدينة بعقوبة دون وقوع إصابات.")
    result = extract(text, published="2015-07-31")
    tolls = {e.location.name_ar: (e.fatalities.low, e.injuries.low) for e in result.events}
    assert tolls.get("الكرادة") == (10, 25)
