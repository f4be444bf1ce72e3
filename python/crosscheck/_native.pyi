"""The extension module; the package's public names are in crosscheck/__init__.pyi."""

from typing import Any, List, Optional

from . import (
    Cluster as Cluster,
    Clustering as Clustering,
    HybridConfig as HybridConfig,
    MatchResult as MatchResult,
    PossibleLink as PossibleLink,
    Registry as Registry,
    Report as Report,
    Resolution as Resolution,
    cluster as cluster,
    match as match,
    normalize as normalize,
    variant_key as variant_key,
)

__all__ = [
    "Cluster",
    "Clustering",
    "HybridConfig",
    "MatchResult",
    "PossibleLink",
    "Registry",
    "Report",
    "Resolution",
    "cluster",
    "extract_file",
    "extract_text",
    "match",
    "normalize",
    "reconcile_file",
    "reconcile_text",
    "variant_key",
]

def reconcile_text(text: str, registry: Optional[Registry] = ..., config: Any = ...) -> Report: ...
def reconcile_file(path: str, registry: Optional[Registry] = ..., config: Any = ...) -> Report: ...
def extract_text(
    text: str,
    file: str,
    registry: Optional[Registry] = ...,
    published: Optional[str] = ...,
    source: Optional[str] = ...,
    config: Any = ...,
) -> List[dict]: ...
def extract_file(
    path: str,
    registry: Optional[Registry] = ...,
    published: Optional[str] = ...,
    source: Optional[str] = ...,
    config: Any = ...,
) -> List[dict]: ...
