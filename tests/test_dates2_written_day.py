"""One act told twice, the second time at a finer place in a sentence with no time of its own:
the day written with the first telling stays, not the lead's day that the second borrowed
(fold_same_place keeps the earlier day only when that day was written for the act). Sentences
written for these tests in wire style, published on a Saturday (2024-03-09)."""

from wire_support import events

_TEXT = ("أعلنت الرئاسة في وقت متأخر من مساء الخميس تمديد حالة الطوارئ في شمال سيناء ثلاثة أشهر. "
         "وأمس أصيب 14 مجندا في انفجار عبوة ناسفة استهدفت حافلة كانت تقلهم بمدينة العريش. "
         "وقالت مصادر أمنية إن العبوة انفجرت في الحافلة في شارع البحر بحي الخلفاء في العريش.")


def test_the_day_written_with_the_blast_is_kept_over_the_leads():
    blasts = [e for e in events(_TEXT) if e["type"] == "remote_explosive_landmine_ied"]
    assert [(e["date"], e["date_to"], e["date_precision"]) for e in blasts] == [
        ("2024-03-08", "2024-03-08", "day")]

