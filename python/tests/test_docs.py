"""The examples in the package's docstrings run and give what they show."""

import doctest

import crosscheck
import crosscheck._errors
import crosscheck._native


def test_docstring_examples():
    for module in (crosscheck, crosscheck._errors, crosscheck._native):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
