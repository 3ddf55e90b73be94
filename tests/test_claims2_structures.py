"""Claims: a known speaker joined by "و" to another before a plural verb speaks on its own;
a statement's carrier with its own clause ("في بيان نشره على موقعه") does not end what is said;
an armed group calling an act a response to another's claims it, a state doing so does not."""

from wire_support import claim_keys as _keys


def test_a_known_speaker_joined_to_others_before_a_plural_verb_speaks():
    text = ("لكن المرصد السوري لحقوق الإنسان ومؤيدون للحكومة قالوا إن مسلحي داعش قصفوا أحياء سكنية في "
            "مدينة حلب أمس.")
    keys = _keys(text)
    assert ("sohr", "accuses", "shelling_artillery_missile_attack") in keys
    assert not {k for k in keys if k[0].startswith("other:")}


def test_a_statement_published_in_a_clause_after_its_medium_is_read():
    text = ("وقالت حركة أحرار الشام في بيان نشرته على موقعها إن مسلحي داعش قصفوا أحياء سكنية في مدينة حلب "
            "أمس.")
    assert ("ahrar_al_sham", "accuses", "shelling_artillery_missile_attack") in _keys(text)


def test_an_armed_group_calling_its_shelling_a_response_claims_it():
    text = ("وقال جيش الفتح في بيان نشره على الإنترنت: إن قصف المواقع العسكرية للنظام في بلدة الفوعة هو "
            "رد مشروع على جرائم النظام.")
    assert ("jaysh_al_fatah", "asserts", "shelling_artillery_missile_attack") in _keys(text)


def test_an_armed_group_calling_a_bombing_a_response_claims_it():
    text = ("وقال حزب العمال الكردستاني في بيان إن الهجوم بسيارة مفخخة قرب مدينة وان أمس جاء ردا على "
            "الغارات التركية.")
    assert ("pkk", "asserts", "remote_explosive_landmine_ied") in _keys(text)


def test_a_state_calling_its_strikes_a_response_claims_nothing():
    text = ("وقال مسؤولون أتراك إن الغارات الجوية على مواقع حزب العمال الكردستاني شمال العراق تأتي ردا "
            "على تزايد العنف.")
    assert not {k for k in _keys(text) if k[1] == "asserts"}
