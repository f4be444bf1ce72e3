"""Python objects to the library's JSON formats: claims from dicts, DataFrames and
lines of text; entities from dicts."""

import datetime
import json
import math
from typing import Any, Iterable, Iterator

from ._errors import ClaimError


def _default(obj: Any) -> Any:
    """What ``json`` cannot write by itself: dates (as YYYY-MM-DD), and the scalars of
    numpy and pandas (by their Python value)."""
    if isinstance(obj, datetime.datetime):
        return obj.date().isoformat()
    if isinstance(obj, datetime.date):
        return obj.isoformat()
    item = getattr(obj, "item", None)
    if callable(item):
        return item()
    raise TypeError(f"cannot write a {type(obj).__name__} as JSON")


def dumps(obj: Any) -> str:
    """One line of JSON (no newline inside: strings escape theirs)."""
    return json.dumps(obj, default=_default, ensure_ascii=False)


def _missing(value: Any) -> bool:
    """None, NaN or pandas' NA and NaT: an empty cell of a DataFrame."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    # pandas.NA and pandas.NaT compare unequal to themselves, as NaN does
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def is_frame(obj: Any) -> bool:
    """True for a pandas DataFrame (without importing pandas)."""
    module = type(obj).__module__ or ""
    return module.startswith("pandas") and hasattr(obj, "to_dict") and hasattr(obj, "columns")


def frame_records(frame: Any) -> Iterator[dict]:
    """The rows of a DataFrame as claim dicts: empty cells are left out, a
    ``qualifiers`` cell written as JSON text is read, and ``qualifiers.KEY`` columns
    are gathered into the qualifiers."""
    for row in frame.to_dict(orient="records"):
        claim: dict = {}
        qualifiers: dict = {}
        for key, value in row.items():
            key = str(key)
            if not isinstance(value, (dict, list)) and _missing(value):
                continue
            if key.startswith("qualifiers."):
                qualifiers[key[len("qualifiers."):]] = value
            elif key == "qualifiers" and isinstance(value, str) and value.lstrip().startswith("{"):
                claim[key] = json.loads(value)
            else:
                claim[key] = value
        if qualifiers:
            merged = dict(claim.get("qualifiers") or {})
            merged.update(qualifiers)
            claim["qualifiers"] = merged
        yield claim


def claims_jsonl(claims: Iterable[Any]) -> str:
    """Claims (dicts, or lines of JSON text) as JSONL: claim n on line n."""
    lines = []
    for n, claim in enumerate(claims, start=1):
        if isinstance(claim, (bytes, bytearray)):
            claim = claim.decode("utf-8")
        if isinstance(claim, str):
            line = claim.rstrip("\r\n")
            if "\n" in line:
                raise ClaimError(
                    f"line {n}: a claim given as text must be one line of JSON",
                    line=n,
                    kind="invalid_json",
                )
        else:
            try:
                line = dumps(claim)
            except (TypeError, ValueError) as e:
                raise ClaimError(f"line {n}: {e}", line=n, kind="invalid_json") from e
        lines.append(line)
    return "\n".join(lines)
