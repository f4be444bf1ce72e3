"""Shared fixtures: the repository's Kazakhstan case."""

import pathlib

import pytest

import crosscheck

ROOT = pathlib.Path(__file__).resolve().parents[2]
KAZAKHSTAN = ROOT / "fixtures" / "kazakhstan"


@pytest.fixture(scope="session")
def kz_dir() -> pathlib.Path:
    return KAZAKHSTAN


@pytest.fixture(scope="session")
def kz_registry() -> crosscheck.Registry:
    return crosscheck.Registry.from_file(KAZAKHSTAN / "entities.json")


@pytest.fixture(scope="session")
def kz_report(kz_registry: crosscheck.Registry) -> crosscheck.Report:
    return crosscheck.reconcile(KAZAKHSTAN / "claims.jsonl", registry=kz_registry)
