"""A statement saying an actor commits crimes ("إن الحوثيين يرتكبون جرائم") accuses it of the
acts the sentence tells, though no event word follows its name."""

from wire_support import claim_keys as _keys


def test_residents_saying_the_group_commits_crimes_accuse_it_of_the_shelling():
    text = ("قتل عشرون مدنيا في قصف بصواريخ الكاتيوشا على أحياء سكنية في مدينة تعز أمس.\n"
            "وقال سكان محليون إن القصف دمر عشرات المنازل، مؤكدين أن الحوثيين يرتكبون جرائم بحق "
            "المدنيين في المدينة.")
    assert ("civilians", "accuses", "shelling_artillery_missile_attack") in _keys(text)


def test_a_group_said_to_commit_nothing_is_not_accused():
    text = ("قتل عشرون مدنيا في قصف بصواريخ الكاتيوشا على أحياء سكنية في مدينة تعز أمس.\n"
            "وقال سكان محليون إن الحوثيين يسيطرون على المداخل الشمالية للمدينة منذ أشهر.")
    assert not {k for k in _keys(text) if k[0] == "civilians"}
