"""A protest's doers are the protesters (ACLED's actor 1), written "other:متظاهرون" where no group
is named for them; the police that dispersed a protest acted on it, they did not protest."""

from wire_support import perpetrators


def test_unnamed_protesters_of_a_peaceful_protest():
    text = ("البصرة - تظاهر المئات أمس الجمعة أمام مبنى المحافظة في البصرة للمطالبة بتحسين "
            "خدمات الكهرباء والماء.")
    assert perpetrators(text, "peaceful_protest") == {"other:متظاهرون"}, text


def test_police_that_dispersed_a_protest_are_not_its_doers():
    text = ("إسطنبول - أطلقت الشرطة التركية أمس الغاز المسيل للدموع والمياه على مئات المتظاهرين "
            "الذين تجمعوا في إسطنبول احتجاجا على التفجير.")
    assert perpetrators(text, "protest_with_intervention") == {"other:متظاهرون"}, text
