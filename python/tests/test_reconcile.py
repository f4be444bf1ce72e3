"""Reconciliation: the Kazakhstan fixture gives the verdicts the Rust tests expect,
from a file, from dicts and from a DataFrame; the report's outputs; the errors."""

import json

import pytest

import crosscheck


def _key(group):
    return (group["subject"], group["predicate"], tuple(sorted(group["scope"].items())))


def test_kazakhstan_matches_expected(kz_dir, kz_report):
    expected = json.loads((kz_dir / "expected.json").read_text())
    groups = {_key(g): g for g in kz_report.groups}
    assert len(kz_report.groups) == len(expected) == len(kz_report)
    for e in expected:
        g = groups[_key(e)]
        assert g["verdict"] == e["verdict"], g["explanation"]
        assert g["claims"] == e["claims"]
        assert g["split_by_method"] == e.get("split_by_method", False)


def test_same_report_from_dicts_and_lines(kz_dir, kz_registry, kz_report):
    lines = (kz_dir / "claims.jsonl").read_text().splitlines()
    from_dicts = crosscheck.reconcile([json.loads(l) for l in lines], registry=kz_registry)
    assert from_dicts.to_json() == kz_report.to_json()
    with open(kz_dir / "claims.jsonl", encoding="utf-8") as f:
        from_lines = crosscheck.reconcile(f, registry=kz_registry)
    assert from_lines.to_dict() == kz_report.to_dict()
    # the registry may be given as a path
    assert crosscheck.reconcile(lines, registry=kz_dir / "entities.json").to_json() == kz_report.to_json()


def test_report_outputs(kz_report):
    d = kz_report.to_dict()
    assert set(d) == {"groups", "possible_matches", "sources"}
    assert d["groups"] == kz_report.groups
    assert d["possible_matches"] == kz_report.possible_matches
    assert d["sources"] == kz_report.sources
    assert json.loads(kz_report.to_json()) == d
    text = kz_report.to_text()
    assert text.startswith(f"{len(kz_report)} groups:") and "DISAGREE" in text
    html = kz_report.to_html()
    assert html.lstrip().lower().startswith("<!doctype html") and len(html) > 1000
    assert "Nur Otan" in html
    first = kz_report.groups[0]
    assert first["verdict"] == "disagree"
    for field in ("subject", "mentions", "predicate", "scope", "claims", "explanation",
                  "values", "sides", "gap", "split_by_method", "by_method", "change"):
        assert field in first


def test_consensus_and_sources():
    claims = [
        {"id": "a", "source": "A", "published": "2021-01-11", "subject": "Nur Otan",
         "predicate": "vote_share", "value": "71%", "qualifiers": {"event": "2021"}},
        {"id": "b", "source": "B", "published": "2021-01-11", "subject": "Nur Otan",
         "predicate": "vote_share", "value": 71.1, "unit": "%", "qualifiers": {"event": "2021"}},
        {"id": "c", "source": "C", "published": "2021-01-11", "subject": "Nur Otan",
         "predicate": "vote_share", "value": "64%", "qualifiers": {"event": "2021"}},
    ]
    report = crosscheck.reconcile(claims)
    consensus = report.groups[0]["consensus"]
    # the two figures that share 71.05 to 71.15 outweigh the third; the consensus
    # reaches half a finer step further on each side, since 71.1 may itself have been
    # rounded from a figure rounded once before (71.046 -> 71.05 -> 71.1)
    assert consensus["value"] == "71.1%"
    assert consensus["claims"] == ["b", "a"]
    assert consensus["interval"] == pytest.approx([71.045, 71.155])
    assert 0.5 < consensus["confidence"] < 1
    sources = report.sources
    assert [s["source"] for s in sources][-1] == "C"
    assert {"source", "reliability", "claims", "inside", "outside"} <= set(sources[0])
    assert sources[-1]["outside"] == 1


def test_possible_matches_are_listed():
    # a bare surname with two bearers in the claims stays apart, for review
    claims = [
        {"source": "A", "published": "2021-01-10", "subject": "Nursultan Nazarbayev",
         "predicate": "age", "value": 80},
        {"source": "C", "published": "2021-01-10", "subject": "Bolat Nazarbayev",
         "predicate": "age", "value": 68},
        {"source": "B", "published": "2021-01-11", "subject": "Nazarbayev",
         "predicate": "age", "value": 80},
    ]
    report = crosscheck.reconcile(claims)
    assert report.possible_matches
    assert report.possible_matches[0]["mention"] == "Nazarbayev"


def test_config_reaches_the_matcher():
    claims = [
        {"source": "A", "published": "2021-01-10", "subject": "Kassym-Jomart Tokayev",
         "predicate": "age", "value": 67},
        {"source": "B", "published": "2021-01-11", "subject": "Kassim-Jomart Tokayuv",
         "predicate": "age", "value": 67},
    ]
    assert len(crosscheck.reconcile(claims)) == 1
    assert len(crosscheck.reconcile(claims, config={"match_threshold": 0.99})) == 2


def test_bad_claim_raises_with_line_and_field(tmp_path):
    good = {"source": "A", "published": "2021-01-10", "subject": "X", "predicate": "p", "value": 1}
    bad = dict(good, published="2021-02-30")
    with pytest.raises(crosscheck.ClaimError) as e:
        crosscheck.reconcile([good, good | {"id": "b"}, bad])
    assert (e.value.line, e.value.field, e.value.kind) == (3, "published", "bad_date")
    assert "line 3, field `published`" in str(e.value)
    assert isinstance(e.value, crosscheck.CrosscheckError) and isinstance(e.value, ValueError)

    missing = {k: v for k, v in good.items() if k != "subject"}
    with pytest.raises(crosscheck.ClaimError) as e:
        crosscheck.reconcile([missing])
    assert (e.value.line, e.value.field, e.value.kind) == (1, "subject", "missing")

    with pytest.raises(crosscheck.ClaimError) as e:
        crosscheck.reconcile([good, dict(good, value=True)])
    assert (e.value.line, e.value.field, e.value.kind) == (2, "value", "wrong_type")

    with pytest.raises(crosscheck.ClaimError) as e:
        crosscheck.reconcile([dict(good, id="a"), dict(good, id="a", value=2)])
    assert (e.value.line, e.value.field, e.value.kind) == (2, "id", "duplicate_id")

    with pytest.raises(crosscheck.ClaimError) as e:
        crosscheck.reconcile([dict(good, value=object())])
    assert (e.value.line, e.value.kind) == (1, "invalid_json")

    path = tmp_path / "claims.jsonl"
    path.write_text(json.dumps(good) + "\n" + "{not json\n", encoding="utf-8")
    with pytest.raises(crosscheck.ClaimError) as e:
        crosscheck.reconcile(path)
    assert (e.value.line, e.value.field, e.value.kind) == (2, None, "invalid_json")
    assert str(e.value).startswith(str(path))

    with pytest.raises(FileNotFoundError):
        crosscheck.reconcile(tmp_path / "missing.jsonl")
    # a directory opens but cannot be read: an OSError, not a bad claim
    with pytest.raises(OSError) as e:
        crosscheck.reconcile(tmp_path)
    assert not isinstance(e.value, crosscheck.CrosscheckError)

    latin1 = tmp_path / "latin1.jsonl"
    latin1.write_bytes(json.dumps(good).encode() + b"\n" + json.dumps(dict(good, id="x", subject="Caf_")).encode().replace(b"_", b"\xe9") + b"\n")
    with pytest.raises(crosscheck.ClaimError) as e:
        crosscheck.reconcile(latin1)
    assert (e.value.line, e.value.field, e.value.kind) == (2, None, "invalid_utf8")


def test_dates_may_be_date_objects():
    import datetime
    claims = [{"source": "A", "published": datetime.date(2021, 1, 10), "subject": "X",
               "predicate": "p", "value": 5}]
    assert crosscheck.reconcile(claims).groups[0]["values"][0]["published"] == "2021-01-10"


def test_to_frame_without_pandas_says_so(monkeypatch):
    import sys
    report = crosscheck.reconcile([{"source": "A", "published": "2021-01-10", "subject": "X",
                                    "predicate": "p", "value": 1}])
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now fails
    with pytest.raises(ImportError, match="pip install pandas"):
        report.to_frame()
    assert report.to_records()[0]["verdict"] == "single"
