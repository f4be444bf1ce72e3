"""crosscheck: cross-source fact reconciliation.

Outlets report the same facts with different spellings, roundings, hedges, methods
and dates. crosscheck works out who is who, groups the claims by subject, and says,
with reasons, where sources agree, where they only look different, and where they
truly disagree.

>>> import crosscheck
>>> crosscheck.match("Kassym-Jomart Tokayev", "Қасым-Жомарт Тоқаев").decision
'match'
>>> crosscheck.match("Nursultan Nazarbayev", "Dariga Nazarbayeva").decision
'no_match'
>>> report = crosscheck.reconcile([
...     {"source": "Agency A", "published": "2021-01-10", "subject": "Kazakhstan",
...      "predicate": "population", "value": "19 million"},
...     {"source": "Agency B", "published": "2021-01-11", "subject": "Kazakhstan",
...      "predicate": "population", "value": "just under 19 million"},
... ])
>>> report.groups[0]["verdict"]
'compatible'
"""

import datetime
import os
from typing import Any, List, Optional

from . import _native
from ._convert import claims_jsonl, frame_records, is_frame
from ._errors import ArticleError, ClaimError, CrosscheckError, RegistryError
from ._native import (
    Cluster,
    Clustering,
    HybridConfig,
    MatchResult,
    PossibleLink,
    Registry,
    Report,
    Resolution,
    cluster,
    normalize,
    variant_key,
)

__all__ = [
    "ArticleError",
    "ClaimError",
    "Cluster",
    "Clustering",
    "CrosscheckError",
    "HybridConfig",
    "MatchResult",
    "PossibleLink",
    "Registry",
    "RegistryError",
    "Report",
    "Resolution",
    "cluster",
    "extract",
    "match",
    "normalize",
    "reconcile",
    "variant_key",
]

__version__ = "0.1.0"

match = _native.match


def _registry(registry: Any) -> Optional[Registry]:
    """A Registry, or a path to a registry file, or None."""
    if registry is None or isinstance(registry, Registry):
        return registry
    if isinstance(registry, (str, os.PathLike)):
        return Registry.from_file(os.fspath(registry))
    if isinstance(registry, (list, tuple)):
        return Registry(registry)
    raise TypeError(
        f"registry must be a Registry, a path or a list of entities, not {type(registry).__name__}"
    )


def reconcile(claims: Any, registry: Any = None, config: Any = None) -> Report:
    """Reconciles claims into groups with verdicts (agree, compatible, disagree).

    ``claims`` is the path of a JSONL file, an iterable of claim dicts (or of lines of
    JSON text), or a pandas DataFrame with the claim format's columns: ``source``,
    ``published`` (YYYY-MM-DD, or a date), ``subject``, ``predicate``, ``value``, and
    optionally ``unit``, ``qualifiers`` (a dict), ``id``, ``quote``, ``url``. Claim
    *n* of an iterable or frame is line *n* in errors, and its id when it has none.
    ``registry`` is a :class:`Registry` (or a path to a registry file); ``config`` a
    :class:`HybridConfig` or a dict of its constants, for every name decision.

    Raises :class:`ClaimError` (with ``line``, ``field`` and ``kind``) at the first
    bad claim. The work is done with the GIL released.

    >>> import crosscheck
    >>> report = crosscheck.reconcile([
    ...     {"id": "a", "source": "AP", "published": "2021-01-11", "subject": "Nur Otan",
    ...      "predicate": "vote_share", "value": "71%"},
    ...     {"id": "b", "source": "AFP", "published": "2021-01-10", "subject": "Nour Otan",
    ...      "predicate": "vote_share", "value": "nearly 72%"},
    ... ])
    >>> [(g["subject"], g["verdict"], g["claims"]) for g in report.groups]
    [('Nur Otan', 'disagree', ['a', 'b'])]
    """
    registry = _registry(registry)
    if isinstance(claims, (str, os.PathLike)):
        return _native.reconcile_file(os.fspath(claims), registry, config)
    if is_frame(claims):
        claims = frame_records(claims)
    elif isinstance(claims, dict):
        raise TypeError("claims must be an iterable of claims; for one claim, pass [claim]")
    return _native.reconcile_text(claims_jsonl(claims), registry, config)


def _date_text(published: Any) -> Optional[str]:
    if published is None or isinstance(published, str):
        return published
    if isinstance(published, datetime.datetime):
        return published.date().isoformat()
    if isinstance(published, datetime.date):
        return published.isoformat()
    raise TypeError(f"published must be a date or YYYY-MM-DD, not {type(published).__name__}")


def _is_path(item: Any) -> bool:
    if isinstance(item, os.PathLike):
        return True
    return isinstance(item, str) and "\n" not in item and len(item) < 4096 and os.path.isfile(item)


def extract(
    text_or_path: Any,
    registry: Any = None,
    published: Any = None,
    source: Optional[str] = None,
    config: Any = None,
) -> List[dict]:
    """Extracts claims from news text, as dicts of the extract JSONL format: ``id``,
    ``source``, ``published``, ``subject``, ``predicate``, ``value``, ``qualifiers``,
    ``quote``, ``url`` (when the header gives one), ``file``, ``start``, ``end``.

    ``text_or_path`` is the text of an article, the path of an article file (a
    ``pathlib.Path``, or a one-line string naming an existing file), or a list of
    these. An article may open with a header block (``source:``, ``published:``,
    ``url:``, ``event:`` lines, then a blank line). Without a header, ``published``
    (a date or YYYY-MM-DD) gives the date and ``source`` the outlet (else the file
    name, or ``"text"``). ``start`` and ``end`` are byte offsets of the value in the
    UTF-8 text. The claims can be passed to :func:`reconcile` as they are.

    Raises :class:`ArticleError` for a bad header or a missing date.

    >>> import crosscheck
    >>> claims = crosscheck.extract(
    ...     "In Kazakhstan, Nur Otan won nearly 72% of the vote.",
    ...     published="2021-01-10", source="AFP")
    >>> [(c["subject"], c["predicate"], c["value"]) for c in claims]
    [('Nur Otan', 'vote_share', 'nearly 72%')]
    """
    registry = _registry(registry)
    published = _date_text(published)
    if isinstance(text_or_path, (list, tuple)):
        claims: List[dict] = []
        for item in text_or_path:
            claims.extend(extract(item, registry, published, source, config))
        return claims
    if _is_path(text_or_path):
        return _native.extract_file(os.fspath(text_or_path), registry, published, source, config)
    if not isinstance(text_or_path, str):
        raise TypeError(f"extract takes text or a path, not {type(text_or_path).__name__}")
    return _native.extract_text(text_or_path, source or "text", registry, published, source, config)
