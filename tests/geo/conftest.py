"""Fixtures for the geo tests: the gazetteer and geoparser are built once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gazetteer():
    from dyadic.geo import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def geoparser(gazetteer):
    from dyadic.geo import Geoparser

    return Geoparser(gazetteer)
