"""Claims: attribution, normalised claimants, stances, denials linked to what they deny, and the
status they give to events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.evaluate import GOLD, score_claims
from sitrep.models import Article

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def raid(pipeline):
    text = (FIXTURES / "contested_raid.txt").read_text(encoding="utf-8")
    return pipeline.process(Article("raid", text, published=date(2023, 8, 10)))


def _claim(result, claimant, stance):
    matches = [c for c in result.claims if c.claimant == claimant and c.stance == stance]
    assert matches, [(c.claimant, c.stance) for c in result.claims]
    return matches[0]


def test_claimants_are_normalised_and_typed(raid):
    ministry = _claim(raid, "Russian Defense Ministry", "asserts")
    assert ministry.claimant_type == "military" and ministry.reporting_verb == "according to"
    assert _claim(raid, "Government of Ukraine", "denies").claimant_type == "government"
    assert _claim(raid, "military analysts", "speculates").claimant_type == "analyst"
    assert _claim(raid, "regional officials", "asserts").claimant_type == "official"


def test_denial_is_linked_to_the_claim_it_denies(raid):
    ministry = _claim(raid, "Russian Defense Ministry", "asserts")
    denial = _claim(raid, "Government of Ukraine", "denies")
    assert denial.denies == [ministry.claim_id]


def test_quote_is_the_exact_span_even_across_sentences(raid):
    zelenskyy = _claim(raid, "Volodymyr Zelenskyy", "asserts")
    assert zelenskyy.quote == "They hit a hospital at night. This is what terror looks like."
    quote = next(e for e in zelenskyy.evidence if e.field == "quote")
    assert raid.article.text[quote.start : quote.end] == zelenskyy.quote


def test_claimed_and_denied_raid_is_contested_and_the_strike_reported(raid):
    kursk = next(e for e in raid.events if e.admin1 == "Kursk")
    assert kursk.status == "contested"
    assert kursk.claimed_by == ["Russian Defense Ministry"]
    assert "according to the Russian Defense Ministry" in kursk.notes
    assert kursk.time_precision == 2  # "a recent raid"
    assert kursk.actor1 == "Military Forces of Ukraine (2019-)"  # named after "by", in quotation marks
    strike = next(e for e in raid.events if e.location == "Zaporizhzhia")
    assert strike.status == "reported"
    assert set(kursk.claim_ids) <= {c.claim_id for c in raid.claims}


def test_events_list_the_claims_about_them(raid):
    strike = next(e for e in raid.events if e.location == "Zaporizhzhia")
    zelenskyy = _claim(raid, "Volodymyr Zelenskyy", "asserts")
    assert zelenskyy.claim_id in strike.claim_ids
    assert strike.event_id in zelenskyy.about_event_ids


def test_hedges_are_marked_with_their_spans(pipeline):
    result = pipeline.process(
        Article(
            "h", "A Russian drone reportedly hit an oil depot in Novorossiysk on Friday.", published=date(2023, 8, 4)
        )
    )
    assert [h.text for h in result.events[0].hedges] == ["reportedly"]


def test_pronoun_speaker_from_an_earlier_sentence(pipeline):
    result = pipeline.process(Article("p", 'Zelenskyy visited Kharkiv. "We will rebuild," he said.'))
    assert [(c.claimant, c.quote) for c in result.claims] == [("Volodymyr Zelenskyy", "We will rebuild,")]


def test_claims_gold_set_meets_targets(pipeline):
    report = score_claims(GOLD / "claims.tsv", pipeline)
    assert report.rows >= 60
    for measure in ("claimant", "stance"):
        score = report.scores[measure]
        assert score.hits / score.total >= 0.95, f"{measure} fell to {score}"
    assert (
        report.scores["denial linked to the right claim"].hits
        == report.scores["denial linked to the right claim"].total
    )
