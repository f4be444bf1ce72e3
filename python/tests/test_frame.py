"""pandas: the report as a DataFrame, and a DataFrame reconciled again."""

import json

import pytest

import crosscheck

pd = pytest.importorskip("pandas")


def _verdicts(report):
    return [(g["subject"], g["predicate"], g["verdict"], g["claims"]) for g in report.groups]


def test_to_frame_one_row_per_claim(kz_dir, kz_report):
    frame = kz_report.to_frame()
    n_claims = len((kz_dir / "claims.jsonl").read_text().splitlines())
    assert len(frame) == n_claims
    assert list(frame.columns[:3]) == ["group", "verdict", "entity"]
    assert set(frame["verdict"]) == {"agree", "compatible", "disagree", "single"}
    first = frame[frame["id"] == "eun-1"].iloc[0]
    assert first["verdict"] == "disagree" and first["value"] == "nearly 72 per cent"
    assert first["qualifiers"]["method"] == "exit poll"


def test_frame_round_trip(kz_registry, kz_report):
    again = crosscheck.reconcile(kz_report.to_frame(), registry=kz_registry)
    assert _verdicts(again) == _verdicts(kz_report)


def test_frame_from_scratch_with_flat_qualifiers_and_gaps(kz_dir, kz_registry, kz_report):
    rows = [json.loads(l) for l in (kz_dir / "claims.jsonl").read_text().splitlines()]
    # qualifiers as columns (empty where a claim has none), unit mostly missing
    flat = []
    for r in rows:
        r = dict(r)
        for k, v in r.pop("qualifiers", {}).items():
            r[f"qualifiers.{k}"] = v
        flat.append(r)
    frame = pd.DataFrame(flat)
    assert frame["unit"].isna().any()
    report = crosscheck.reconcile(frame, registry=kz_registry)
    assert _verdicts(report) == _verdicts(kz_report)


def test_frame_errors_name_the_row():
    frame = pd.DataFrame([
        {"source": "A", "published": "2021-01-10", "subject": "X", "predicate": "p", "value": 1},
        {"source": "B", "published": "2021-01-11", "subject": None, "predicate": "p", "value": 2},
    ])
    with pytest.raises(crosscheck.ClaimError) as e:
        crosscheck.reconcile(frame)
    assert (e.value.line, e.value.field, e.value.kind) == (2, "subject", "missing")


def test_frame_timestamps_and_numpy_values():
    frame = pd.DataFrame({
        "source": ["A", "B"],
        "published": pd.to_datetime(["2021-01-10", "2021-01-11"]),
        "subject": ["Kazakhstan", "Kazakhstan"],
        "predicate": ["seats", "seats"],
        "value": [76, 76],
    })
    report = crosscheck.reconcile(frame)
    assert [g["verdict"] for g in report.groups] == ["agree"]
