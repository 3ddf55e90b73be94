"""Event places: names the gazetteer only knows abroad, words read as places, and which
of a sentence's places an event takes.

Sentences are written for these tests in the style of wire reports.
"""

from __future__ import annotations

import pytest
from geo_support import found, near
from wire_support import events as _events

from rasd.geo import Geocoder


def test_hyphenated_transliteration_is_found(geo: Geocoder) -> None:
    places = found(geo, "هاجم مسلحون فجر اليوم موقعا للحرس الوطني في غورما-راروس شرقي تمبكتو.")
    assert "غورما-راروس" in places
    assert places["غورما-راروس"]["country"] == "Mali"


@pytest.mark.parametrize("text, name", [
    ("أصيب ثلاثة مدنيين في قصف طال منطقة وادي المدام بمدينة تعز مساء أمس.", "وادي المدام"),
    ("قصفت دبابات المقاومة المتمركزة في جبل جرة بمدينة تعز مواقع المسلحين.", "جبل جرة"),
])
def test_a_name_known_only_abroad_takes_the_place_that_holds_it(geo: Geocoder, text: str, name: str) -> None:
    """The gazetteer's only "المدام" and "جرة" lie in the Emirates and Iran: inside Taiz they are
    places it lacks, at the city's point."""
    loc = found(geo, text)[name]
    assert loc["country"] == "Yemen"
    assert near(loc, 13.58, 44.02)


def test_an_adjective_after_a_feature_head_names_nothing(geo: Geocoder) -> None:
    places = found(geo, "قتل جنديان في هجوم على حاجز عسكري في بلدة داريا بريف دمشق.")
    assert not any("عسكري" in name for name in places)


def test_a_far_small_town_of_an_unnamed_country_is_a_common_word(geo: Geocoder) -> None:
    """"حديثة" (modern) is also a town of Iraq; an article about Aden names no Iraqi place."""
    places = found(geo, "تسلمت المقاومة في عدن أسلحة حديثة من التحالف قبل معركة المعلا.")
    assert "حديثة" not in places
    assert "عدن" in places


def test_a_lone_village_of_the_article_stays(geo: Geocoder) -> None:
    """A village with no other place to stray from is still a place."""
    assert "الزبداني" in found(geo, "اشتدت المعارك في الزبداني أمس.")


@pytest.mark.parametrize("text, word", [
    ("قتل مهاجم يرتدي سترة ناسفة قبل أن يفجرها قرب الحاجز.", "سترة"),
    ("دعا البيان إلى ضرب الأطراف الخارجة عن القانون في البلاد.", "الخارجة"),
    ("التقى الشيخ حمد بن جاسم وفدا من شيوخ القبائل في مأرب.", "حمد"),
    ("استهدفت غارة مزرعة كان يتجمع فيها المسلحون غرب مديرية الدريهمي.", "مزرعة كان"),
    ("أعاد الجيش السيطرة على بلدات سيطروا عليها العام الماضي.", "سيطروا"),
])
def test_common_words_are_no_places(geo: Geocoder, text: str, word: str) -> None:
    assert word not in found(geo, text)


def test_a_dual_province_head_lists_provinces(geo: Geocoder) -> None:
    """"بإقليمي فان وأغري": both names after the dual head are provinces, not the towns."""
    places = found(geo, "قتل المتمردون جنديين في هجومين منفصلين بإقليمي فان وأغري شرقي تركيا.")
    assert places["فان"]["precision"] == places["أغري"]["precision"] == "province"


def test_a_place_in_a_dashed_aside_is_the_speaker_s() -> None:
    text = ("باماكو - أكد مصدر عسكري - وهو ضابط تم الاتصال به في العاصمة باماكو - الهجوم الذي استهدف "
            "صباح اليوم معسكرا للجيش في غورما-راروس، وقال إن عشرة جنود قتلوا.")
    places = {e["location"]["name_ar"] for e in _events(text) if e["type"] == "armed_clash"}
    assert places == {"غورما-راروس"}


def test_a_relative_aside_tells_of_the_event() -> None:
    text = ("قال سكان إن أربعة مسلحين قتلوا في الهجوم -الذي نفذته طائرة بلا طيار في مديرية المحفد "
            "بمحافظة أبين- فجر أمس.")
    places = {e["location"]["name_ar"] for e in _events(text)}
    assert "المحفد" in places


def test_the_ends_of_a_road_are_one_place() -> None:
    text = ("شنت طائرات التحالف أمس غارات على تعزيزات للمتمردين في الخط الرابط بين محافظتي البيضاء "
            "وأبين، وفق مصادر محلية.")
    places = [e["location"]["name_ar"] for e in _events(text) if e["type"] == "air_drone_strike"]
    assert len(places) == 1


def test_among_them_lists_places() -> None:
    """"بينها الموصل ومخمور": among them, each place is one event."""
    text = "وأصابت غارات التحالف أمس أهدافا قرب عدة مدن عراقية بينها الموصل ومخمور والفلوجة."
    places = {e["location"]["name_ar"] for e in _events(text) if e["type"] == "air_drone_strike"}
    assert {"الموصل", "مخمور"} <= places


def test_mentions_of_one_sentence_share_its_scenes() -> None:
    """``event_places`` with a memo shared by a sentence's mentions answers as it does alone,
    a base named in the sentence included (there the mention's type matters)."""
    from rasd.extract.article import Article
    from rasd.extract.pipeline import Extractor, build_context
    from rasd.extract.places import event_places

    ex = Extractor()
    text = ("قتل خمسة في قصف على بلدة داريا بريف دمشق، واشتباكات في مدينة حلب. "
            "وشنت طائرات أقلعت من قاعدة حميميم غارات على مدينة إدلب وقصفت بلدة سرمدا.")
    art = Article.analyse(text, ex.lexicon)
    ctx = build_context(art, None, ex.lexicon, ex.geocoder)
    mentions = ex._mentions(art, ctx)
    assert len(mentions) > 2
    memo: dict = {}
    assert [event_places(art, ctx, m, memo) for m in mentions] == [event_places(art, ctx, m) for m in mentions]
