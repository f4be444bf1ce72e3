"""The registry from a file, JSON text and Python objects; resolution; its errors."""

import datetime

import pytest

import crosscheck

ENTITIES = [
    {"name": "Nur Otan", "kind": "party", "aliases": ["Nour Otan"],
     "renamed": [{"to": "Amanat", "on": "2022-03-01"}]},
    {"name": "Nursultan Nazarbayev", "kind": "person"},
]


def test_from_python_objects_and_resolve():
    r = crosscheck.Registry(entities=ENTITIES)
    assert len(r) == 2 and r.names == ["Nur Otan", "Nursultan Nazarbayev"]
    hit = r.resolve("Amanat party")
    assert hit and hit.entity == "Nur Otan" and hit.kind == "party"
    assert r.resolve("Назарбаев Нурсултан").entity == "Nursultan Nazarbayev"
    bare = r.resolve("Nazarbayev")
    assert not bare and bare.entity is None
    assert bare.possible and bare.possible[0][0] == "Nursultan Nazarbayev"


def test_dates_may_be_date_objects():
    r = crosscheck.Registry([{"name": "Astana", "kind": "place",
                              "renamed": [{"to": "Nur-Sultan", "on": datetime.date(2019, 3, 23)}]}])
    assert r.entities[0]["renamed"][0]["on"] == "2019-03-23"
    assert r.resolve("Nur-Sultan").entity == "Astana"


def test_from_json_and_file(kz_dir):
    import json
    text = json.dumps(ENTITIES)
    assert crosscheck.Registry.from_json(text).names == crosscheck.Registry(ENTITIES).names
    r = crosscheck.Registry.from_file(kz_dir / "entities.json")
    assert len(r) == len(json.loads((kz_dir / "entities.json").read_text()))
    assert r.resolve("Nour Otan").entity == "Nur Otan"


def test_errors_carry_where():
    with pytest.raises(crosscheck.RegistryError) as e:
        crosscheck.Registry.from_json('[{"name": "X", "kind": "person"},\n {"name": "Y"}]')
    assert e.value.kind == "format" and e.value.line == 2 and e.value.column is not None
    assert isinstance(e.value, crosscheck.CrosscheckError) and isinstance(e.value, ValueError)

    with pytest.raises(crosscheck.RegistryError) as e:
        crosscheck.Registry([{"name": "X", "kind": "person"}, {"name": "Y", "kind": "person", "aliases": [" "]}])
    assert (e.value.kind, e.value.entry, e.value.field) == ("empty_name", 2, "aliases")

    with pytest.raises(crosscheck.RegistryError) as e:
        crosscheck.Registry([{"name": "X", "kind": "person", "colour": "red"}])
    assert (e.value.kind, e.value.entry) == ("format", 1)

    with pytest.raises(FileNotFoundError):
        crosscheck.Registry.from_file("no/such/registry.json")
