"""Names: normalization, the variant key, the hybrid matcher and its config, clustering."""

import pytest

import crosscheck


def test_normalize_romanizes_and_folds():
    assert crosscheck.normalize("Віктор Ющенко") == "viktor yushchenko"
    assert crosscheck.normalize("Mr. Zhanbolat MAMAY") == "mr zhanbolat mamay"
    # a Cyrillic letter hidden in a Latin name
    assert crosscheck.normalize("N\u0430zarbayev") == "nazarbayev"


def test_variant_key_joins_romanizations():
    key = crosscheck.variant_key
    assert key("Nazarbayev") == key("Nazarbaev") == "nazarbaev"
    assert key("Kassym-Jomart Tokayev") == key("Qasym-Zhomart Toqaev")
    assert key("Nazarbayev") != key("Nazarbayeva")


def test_match_three_ways_with_evidence():
    same = crosscheck.match("Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев")
    assert same.decision == "match" and same
    assert 0.86 <= same.score <= 1.0
    assert same.evidence and all(isinstance(e, str) for e in same.evidence)

    daughter = crosscheck.match("Nursultan Nazarbayev", "Dariga Nazarbayeva")
    assert daughter.decision == "no_match" and not daughter
    assert any("feminine" in e for e in daughter.evidence)

    bare = crosscheck.match("Nazarbayev", "Nursultan Nazarbayev")
    assert bare.decision == "possible"


def test_match_is_symmetric():
    a = crosscheck.match("Nazarbayev", "Назарбаев")
    b = crosscheck.match("Назарбаев", "Nazarbayev")
    assert (a.score, a.decision) == (b.score, b.decision)


def test_config_as_dict_or_object():
    pair = ("Kassim-Jomart Tokayuv", "Kassym-Jomart Tokayev")
    assert crosscheck.match(*pair).decision == "match"
    assert crosscheck.match(*pair, config={"match_threshold": 0.99}).decision == "possible"
    strict = crosscheck.HybridConfig(match_threshold=0.99)
    assert crosscheck.match(*pair, config=strict).decision == "possible"
    strict.match_threshold = 0.86
    assert crosscheck.match(*pair, config=strict).decision == "match"


def test_config_defaults_and_errors():
    d = crosscheck.HybridConfig()
    assert (d.match_threshold, d.possible_threshold) == (0.86, 0.72)
    assert d.to_dict()["review_cap"] == 0.84
    assert crosscheck.HybridConfig(**d.to_dict()) == d
    with pytest.raises(TypeError, match="no constant"):
        crosscheck.match("a", "b", config={"match_treshold": 0.9})
    with pytest.raises(TypeError):
        crosscheck.match("a", "b", config=0.9)
    with pytest.raises(ValueError):
        crosscheck.HybridConfig(match_threshold=float("nan"))


def test_cluster_groups_people_and_links_for_review():
    mentions = [
        "Nursultan Nazarbayev",
        "Нурсултан Назарбаев",
        "N. Nazarbaev",
        "Dariga Nazarbayeva",
        "Kassym-Jomart Tokayev",
        "Toqaev Qasym-Zhomart",
        "Nazarbayev",
    ]
    c = crosscheck.cluster(mentions)
    a = c.assignment
    assert a[0] == a[1] == a[2]
    assert a[3] != a[0]
    assert a[4] == a[5]
    assert a[6] != a[0]
    first = c.clusters[a[0]]
    assert first.representative in mentions
    assert first.members == ["Nursultan Nazarbayev", "Нурсултан Назарбаев", "N. Nazarbaev"]
    assert first.indices == [0, 1, 2]
    assert sum(len(k) for k in c.clusters) == len(mentions)
    assert any({p.a, p.b} == {first.representative, "Nazarbayev"} for p in c.possible)
    assert all(0 <= p.score <= 1 for p in c.possible)


def test_cluster_takes_any_iterable_but_not_a_string():
    assert len(crosscheck.cluster(iter(["Nur Otan", "Nour Otan", "Amanat"]))) == 2
    with pytest.raises(TypeError):
        crosscheck.cluster("Nur Otan")
