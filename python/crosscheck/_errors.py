"""The package's exceptions: the library's errors, with the line and the field at fault."""

from typing import Optional


class CrosscheckError(ValueError):
    """Bad input to crosscheck. ``kind`` names what was wrong (``"missing"``,
    ``"bad_date"``, ``"header"`` ...); ``str(error)`` says it in words."""

    def __init__(self, message: str, *, kind: Optional[str] = None) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind


class ClaimError(CrosscheckError):
    """A claim that could not be read.

    ``line`` is the 1-based line of a JSONL file, or the 1-based position of the claim
    in an iterable or DataFrame; ``field`` is the field at fault, or None when the
    whole line is (invalid JSON, a line too long).

    >>> import crosscheck
    >>> try:
    ...     crosscheck.reconcile([{"source": "A", "published": "2021-02-30",
    ...                           "subject": "X", "predicate": "p", "value": 1}])
    ... except crosscheck.ClaimError as e:
    ...     print(e.line, e.field, e.kind)
    1 published bad_date
    """

    def __init__(
        self,
        message: str,
        *,
        line: Optional[int] = None,
        field: Optional[str] = None,
        kind: Optional[str] = None,
    ) -> None:
        super().__init__(message, kind=kind)
        self.line = line
        self.field = field


class RegistryError(CrosscheckError):
    """A registry that could not be read: ``line`` and ``column`` for JSON that is
    not of the registry's shape, ``entry`` (1-based) and ``field`` for a bad entry."""

    def __init__(
        self,
        message: str,
        *,
        line: Optional[int] = None,
        column: Optional[int] = None,
        entry: Optional[int] = None,
        field: Optional[str] = None,
        kind: Optional[str] = None,
    ) -> None:
        super().__init__(message, kind=kind)
        self.line = line
        self.column = column
        self.entry = entry
        self.field = field


class ArticleError(CrosscheckError):
    """An article that could not be read: a bad header line (``line``, ``field``), no
    publication date, or a file that is not UTF-8."""

    def __init__(
        self,
        message: str,
        *,
        file: Optional[str] = None,
        line: Optional[int] = None,
        field: Optional[str] = None,
        kind: Optional[str] = None,
    ) -> None:
        super().__init__(message, kind=kind)
        self.file = file
        self.line = line
        self.field = field
