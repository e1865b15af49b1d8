from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.models import Article
from sitrep.pipeline import Pipeline

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture
def extract(pipeline: Pipeline):
    def run(text: str, published: date | None = date(2023, 3, 9), title: str = ""):
        return pipeline.process(Article("t", text, title=title, published=published)).events

    return run


@pytest.fixture(scope="session")
def night_strikes(pipeline: Pipeline):
    text = (FIXTURES / "night_strikes.txt").read_text(encoding="utf-8")
    # Published on Tuesday 14 February 2023, the morning after the strikes.
    return pipeline.process(Article("night", text, published=date(2023, 2, 14)))
