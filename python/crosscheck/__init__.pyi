"""Type stubs of the package crosscheck."""

import datetime
import os
from typing import Any, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Tuple, Union, final

from typing_extensions import TypeAlias

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

__version__: str

_Path: TypeAlias = Union[str, "os.PathLike[str]"]
_Config: TypeAlias = Union["HybridConfig", Mapping[str, float], None]
_Date: TypeAlias = Union[str, datetime.date]
_Decision: TypeAlias = Literal["match", "possible", "no_match"]

class CrosscheckError(ValueError):
    message: str
    kind: Optional[str]
    def __init__(self, message: str, *, kind: Optional[str] = ...) -> None: ...

class ClaimError(CrosscheckError):
    line: Optional[int]
    field: Optional[str]
    def __init__(
        self,
        message: str,
        *,
        line: Optional[int] = ...,
        field: Optional[str] = ...,
        kind: Optional[str] = ...,
    ) -> None: ...

class RegistryError(CrosscheckError):
    line: Optional[int]
    column: Optional[int]
    entry: Optional[int]
    field: Optional[str]
    def __init__(
        self,
        message: str,
        *,
        line: Optional[int] = ...,
        column: Optional[int] = ...,
        entry: Optional[int] = ...,
        field: Optional[str] = ...,
        kind: Optional[str] = ...,
    ) -> None: ...

class ArticleError(CrosscheckError):
    file: Optional[str]
    line: Optional[int]
    field: Optional[str]
    def __init__(
        self,
        message: str,
        *,
        file: Optional[str] = ...,
        line: Optional[int] = ...,
        field: Optional[str] = ...,
        kind: Optional[str] = ...,
    ) -> None: ...

@final
class HybridConfig:
    """The hybrid matcher's judgement constants; keyword arguments change defaults."""

    match_threshold: float
    possible_threshold: float
    part_threshold: float
    surname_weight: float
    review_cap: float
    stem_variant_score: float
    hard_negative_cap: float
    kind_conflict_score: float
    generic_word_weight: float
    acronym_score: float
    joined_score: float
    reordered_score: float
    extra_given_penalty: float
    def __new__(cls, **constants: float) -> HybridConfig: ...
    def to_dict(self) -> Dict[str, float]: ...

@final
class MatchResult:
    score: float
    decision: _Decision
    evidence: List[str]
    def __bool__(self) -> bool: ...

@final
class Cluster:
    representative: str
    members: List[str]
    indices: List[int]
    def __len__(self) -> int: ...

@final
class PossibleLink:
    a: str
    b: str
    score: float
    a_index: int
    b_index: int

@final
class Clustering:
    clusters: List[Cluster]
    possible: List[PossibleLink]
    assignment: List[int]
    def __len__(self) -> int: ...

@final
class Resolution:
    mention: str
    entity: Optional[str]
    kind: Optional[str]
    score: float
    possible: List[Tuple[str, float]]
    def __bool__(self) -> bool: ...

@final
class Registry:
    def __new__(cls, entities: Optional[Iterable[Mapping[str, Any]]] = ...) -> Registry: ...
    @staticmethod
    def from_file(path: _Path) -> Registry: ...
    @staticmethod
    def from_json(text: str) -> Registry: ...
    def resolve(self, name: str, config: _Config = ...) -> Resolution: ...
    @property
    def names(self) -> List[str]: ...
    @property
    def entities(self) -> List[Dict[str, Any]]: ...
    def __len__(self) -> int: ...

@final
class Report:
    @property
    def groups(self) -> List[Dict[str, Any]]: ...
    @property
    def possible_matches(self) -> List[Dict[str, Any]]: ...
    @property
    def sources(self) -> List[Dict[str, Any]]: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def to_json(self) -> str: ...
    def to_text(self) -> str: ...
    def to_html(self) -> str: ...
    def to_records(self) -> List[Dict[str, Any]]: ...
    def to_frame(self) -> Any: ...
    def __len__(self) -> int: ...

def normalize(text: str) -> str: ...
def variant_key(text: str) -> str: ...
def match(a: str, b: str, config: _Config = ...) -> MatchResult: ...
def cluster(names: Iterable[str], config: _Config = ...) -> Clustering: ...
def reconcile(
    claims: Union[_Path, Iterable[Union[Mapping[str, Any], str]], Any],
    registry: Union[Registry, _Path, Sequence[Mapping[str, Any]], None] = ...,
    config: _Config = ...,
) -> Report: ...
def extract(
    text_or_path: Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]],
    registry: Union[Registry, _Path, Sequence[Mapping[str, Any]], None] = ...,
    published: Optional[_Date] = ...,
    source: Optional[str] = ...,
    config: _Config = ...,
) -> List[Dict[str, Any]]: ...
