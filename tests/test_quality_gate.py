"""Quality gate: pinned minimum scores on the authors' gold sets in benchmarks/gold/.

These sets are small and the first batch was used for tuning, so the gate catches regressions;
it does not claim accuracy (benchmarks/RESULTS.md reports that, on external data too).
"""

from __future__ import annotations

import pytest

from sitrep.evaluate import GOLD, score_gold_notes, score_non_events

# Set just under the scores when the gate was written (batch 1: 51/51 sub-event types,
# batch 2: 34/36), so that any change that breaks a case already handled fails.
MINIMUMS = {
    "acled_style_notes.tsv": {
        "sub-event type": 0.98,
        "event type": 0.98,
        "event date exact": 0.98,
        "actor1": 0.96,
        "fatalities exact": 0.96,
    },
    "acled_style_notes_2.tsv": {
        "sub-event type": 0.92,
        "event type": 0.92,
        "event date exact": 0.94,
        "actor1": 0.90,
        "fatalities exact": 0.97,
    },
}


# Batches 3-31 were each held out until their first run (recorded in benchmarks/RESULTS.md) and
# then fixed; the gate keeps what they taught.
# (Batches 14-17 are smaller, 19 to 28 texts: one miss weighs more.)
for _number in range(3, 166):
    if _number == 75:
        # Batch 75's items are told with verbs no rule knows: only the statistical fallback, trained on
        # them, reads them now, so a floor would test that the model remembers its training texts.
        continue
    _floor = 0.80 if _number in (14, 15, 16, 17) else 0.92
    if _number in (71, 73, 153):
        # 27/30 each after their fixes. 71: a strike by guided bombs and a missile, a blast outside a
        # bank, a killing told beside "as fighting raged"; 73: fighting told as units that "entered two
        # neighbourhoods", radio stations suspended, a shell with no one named; 153: a mine told apart from its
        # dead, a raid that looted a town read as a fight, a missile test (see RESULTS.md).
        _floor = 0.88
    MINIMUMS[f"acled_style_notes_{_number}.tsv"] = {
        "sub-event type": _floor,
        "event type": _floor,
        "fatalities exact": _floor,
    }


@pytest.mark.parametrize("name", sorted(MINIMUMS))
def test_acled_style_descriptions_meet_pinned_minimums(pipeline, name):
    report = score_gold_notes(GOLD / name, pipeline, name)
    assert report.rows >= 15
    for measure, minimum in MINIMUMS[name].items():
        score = report.scores[measure]
        assert score.hits / score.total >= minimum, f"{name}: {measure} fell to {score}"


@pytest.mark.parametrize(
    "name",
    [
        "non_events.tsv",
        "non_events_2.tsv",
        "non_events_4.tsv",
        "non_events_5.tsv",
        "non_events_6.tsv",
        "non_events_7.tsv",
        "non_events_8.tsv",
    ],
)
def test_no_event_from_disasters_accidents_crime_diplomacy_or_sport(pipeline, name):
    report = score_non_events(GOLD / name, pipeline)
    assert report.rows >= 15
    assert report.scores["no event extracted"].hits == report.rows


# The later non-event sets, each 40 texts, and how many of them must give no event. The texts that still
# give one are listed in RESULTS.md.
NON_EVENT_FLOORS = {
    # a fan club nicknamed "Gunmen", and a crowd of shoppers dispersed, which the fallback reads as a protest
    "non_events_9.tsv": 38,
    # a cycling convoy "calling for more support", a candidate's march to file her nomination, a man detained
    # as he "tried to read a press statement" (towns attacked "last year" in a UN report give none since
    # session 23, and a missile test since session 24)
    "non_events_10.tsv": 37,
    # Polish jets scrambled "while Russia attacked western Ukraine", which does tell of an attack; a crowd
    # footage of a beating "in 2010" (a crowd gathered "to welcome pilgrims" and rapes "over the past decade"
    # in a report give none since session 20)
    "non_events_11.tsv": 37,
    # a company's takeover "after the Russian operator withdrew", exporters who "formed a new joint force",
    # a device "found in a bank robber's car", a vigil for fishermen (bombs that "still kill dozens of people
    # every year" give none since session 23)
    "non_events_12.tsv": 36,
    # a laser that "could shoot down drones and mortar bombs", fighters "who fought Islamic State a decade ago"
    # given medals, and villagers who blocked a road "to demand a new bus service" (a protest: a mistake in the
    # set); farmers who "beat drums ..., calling for better maize prices" are a protest too, and the floor
    # leaves room for sitrep to read them as one
    "non_events_13.tsv": 36,
    # a documentary about troops who "clashed with smugglers in the 1990s", a memorial service where relatives
    # lay flowers, a crowd crush at a concert (a court's and historians' past told on the day, lists of
    # prisoners exchanged before a swap and a robbery by gunmen give none since session 23)
    "non_events_14.tsv": 37,
    # all 40 give none after session 23's fixes; one text of room
    "non_events_15.tsv": 39,
    # all 40 give none since session 24 (historians' study of "the ethnic rebels who fought the army in the
    # 1950s" was the last); one text of room
    "non_events_16.tsv": 39,
    # all 40 give none after session 24's fixes; one text of room
    "non_events_17.tsv": 39,
    # all 40 give none after session 24's fixes; one text of room
    "non_events_18.tsv": 39,
    # a film in which "the king has him beheaded" by "an enemy castle" ("enemy" read as an armed actor)
    "non_events_19.tsv": 39,
    # all 40 give none after session 25's fixes; one text of room
    "non_events_20.tsv": 39,
    # all 40 give none after session 26's fixes; one text of room
    "non_events_21.tsv": 39,
    # all 40 give none after session 26's fixes; one text of room
    "non_events_22.tsv": 39,
    # all 40 give none after session 26's fixes; one text of room
    "non_events_23.tsv": 39,
    # all 40 give none after session 27's fixes; one text of room
    "non_events_24.tsv": 39,
    # all 40 give none after session 27's fixes; one text of room
    "non_events_25.tsv": 39,
    # all 40 give none after session 28's fixes; one text of room
    "non_events_26.tsv": 39,
    # all 40 give none after session 28's fixes; one text of room
    "non_events_27.tsv": 39,
    # all 40 give none after session 29's fixes; one text of room
    "non_events_28.tsv": 39,
    # all 40 give none after session 29's fixes; one text of room
    "non_events_29.tsv": 39,
    # all 40 give none after session 30's fixes; one text of room
    "non_events_30.tsv": 39,
    # all 39 give none after session 30's fixes; one text of room
    "non_events_31.tsv": 38,
    # all 40 give none after session 31's fixes; one text of room
    "non_events_32.tsv": 39,
    # all 38 give none after session 31's fixes; one text of room
    "non_events_33.tsv": 37,
    # all 40 give none after session 31's fixes; one text of room
    "non_events_34.tsv": 39,
    # all 40 give none after session 31's fixes; one text of room
    "non_events_35.tsv": 39,
    # all 40 give none after session 34's fixes (a flood's damage told with the army's engineers: floodwater is a
    # flood's); one text of room
    "non_events_36.tsv": 39,
    # 39 give none after session 32's fixes (left: a banker's arrest on an embezzlement charge); one of room
    "non_events_37.tsv": 38,
    # all 40 give none after session 32's fixes; one text of room
    "non_events_38.tsv": 39,
    "non_events_39.tsv": 39,
    "non_events_40.tsv": 38,
    # all 40 give none after session 34's fixes; one text of room
    "non_events_41.tsv": 39,
    # 38 give none after session 34's fixes (left: vendors "protesting nothing more than the heat", a fuel tank that
    # "went off in flames near a police van"); one of room
    "non_events_42.tsv": 37,
    # 38 give none after session 34's fixes (left: shoppers' joke "signs against the cold", a film's extras "blocking
    # streets to protest"); one of room
    "non_events_43.tsv": 37,
    # all 40 give none after session 35's fixes; one text of room
    "non_events_44.tsv": 39,
    # all 40 give none after session 35's fixes; one text of room
    "non_events_45.tsv": 39,
    # all 40 give none after session 35's fixes; one text of room
    "non_events_46.tsv": 39,
    # all 40 give none after session 35's fixes; one text of room
    "non_events_47.tsv": 39,
    # all 40 give none after session 36's fix; one text of room
    "non_events_48.tsv": 39,
    # all 40 give none after session 36's fixes; one text of room
    "non_events_49.tsv": 39,
    # all 40 give none after session 36's fixes; one text of room
    "non_events_50.tsv": 39,
    # all 40 give none after session 36's fixes; one text of room
    "non_events_51.tsv": 39,
    # all 40 give none after session 36's fix; one text of room
    "non_events_52.tsv": 39,
    "non_events_53.tsv": 39,
    "non_events_54.tsv": 39,
    "non_events_55.tsv": 39,
}


@pytest.mark.parametrize(("name", "floor"), sorted(NON_EVENT_FLOORS.items()))
def test_the_later_non_event_sets_keep_their_floors(pipeline, name, floor):
    report = score_non_events(GOLD / name, pipeline)
    # (sets 31 and 33 lost texts that report events: see their headers)
    assert report.rows == {"non_events_31.tsv": 39, "non_events_33.tsv": 38}.get(name, 40)
    assert report.scores["no event extracted"].hits >= floor


def test_almost_no_event_from_the_sentences_around_war_news(pipeline):
    # Statements, plans, tallies, investigations, alerts: 86 of the 87 give no event (the one
    # left is undated footage "showing drones striking enemy positions").
    report = score_non_events(GOLD / "context_sentences.tsv", pipeline)
    assert report.rows >= 80
    assert report.scores["no event extracted"].hits >= report.rows - 1, report.scores["no event extracted"]


@pytest.mark.parametrize("name", ["merge_corpus.jsonl", "merge_corpus_2.jsonl"])
def test_merging_across_outlets_meets_the_targets(pipeline, name):
    from sitrep.evaluate import score_merging

    report = score_merging(GOLD / name, pipeline, name)
    for measure, score in report.scores.items():
        assert score.total and score.hits / score.total >= 0.95, f"{name}: {measure} fell to {score}"


def test_multi_event_articles_give_the_coded_events_and_no_more(pipeline):
    # Datelines, repeated paragraphs, statements, tallies and background sentences must not add
    # events (first run: exact count in 7/12 articles, 1.18 events per coded event; now 12/12).
    from sitrep.evaluate import score_article_events

    report = score_article_events(GOLD / "article_events.jsonl", pipeline)
    scores = report.scores
    assert report.rows >= 12
    assert scores["articles with exactly the coded number of reported events"].hits >= report.rows - 1
    assert scores["articles with at most one reported event too many"].hits == report.rows
    found = scores["coded reported events found (event type and place)"]
    assert found.hits / found.total >= 0.95, found
    precision = scores["reported events that are coded events (precision)"]
    assert precision.hits / precision.total >= 0.95, precision


def test_geocoding_is_scored_only_where_the_text_names_the_coded_place():
    # A text naming only the oblast, or the front named after a town, cannot be placed at the
    # village the coders chose; a text naming the front the coders placed at its town can.
    from sitrep.evaluate import _names_place

    assert _names_place("Shelling near Velyka Kostromka killed one", "Velyka Kostromka, Kryvyi Rih district")
    assert not _names_place("A man died in the Kharkiv region", "Chuguevsky district, Kharkiv")
    assert not _names_place("Losses in the Lyman direction", "Lyman direction: areas of Torske and Yampolivka")
    assert _names_place("Clashes go on in the Lyman direction", "Lyman direction")
