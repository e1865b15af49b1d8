from __future__ import annotations

from datetime import date

import pytest

from sitrep.timeparse import find_dates

THURSDAY = date(2023, 3, 9)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("on Thursday", "2023-03-09", 1),
        ("on Monday night", "2023-03-06", 1),
        ("Thursday's attack", "2023-03-09", 1),
        ("overnight", "2023-03-09", 1),
        ("yesterday", "2023-03-08", 1),
        ("last October", "2022-10-15", 3),
        ("on February 16", "2023-02-16", 1),
        ("on 16 February", "2023-02-16", 1),
        ("on December 30", "2022-12-30", 1),  # a date after publication means last year
        ("on 24 February 2022", "2022-02-24", 1),
        ("earlier this week", "2023-03-09", 2),
        ("last week", "2023-03-02", 2),
        ("last month", "2023-02-15", 3),
        ("in March 2022", "2022-03-15", 3),
        ("three days ago", "2023-03-06", 1),
        ("2 days ago", "2023-03-07", 1),
        ("a week ago", "2023-03-02", 2),
        ("a few days ago", "2023-03-05", 2),
    ],
)
def test_relative_dates_resolve_against_publication(text, expected, precision):
    found = find_dates(f"The strike happened {text}.", THURSDAY)
    assert [(d.iso, d.precision) for d in found] == [(expected, precision)]


def test_the_previous_day_counts_from_the_sentences_other_day():
    # Published on Thursday; the statement was made on Tuesday; what it tells happened on Monday.
    text = "Police said on Tuesday that the bomb went off outside a market the previous day."
    assert [d.iso for d in find_dates(text, THURSDAY)] == ["2023-03-07", "2023-03-06"]
    told_first = "A day earlier, on Sunday, gunmen had stormed the village."
    assert [d.iso for d in find_dates(told_first, THURSDAY)] == ["2023-03-05"]
    after = "Gunmen had stormed the village the previous day, the army said on Tuesday."
    assert [d.iso for d in find_dates(after, THURSDAY)] == ["2023-03-06", "2023-03-07"]
    # With no other day to count from, it names none.
    assert find_dates("Gunmen had stormed the village the day before.", THURSDAY) == []


def test_may_the_verb_is_not_a_month():
    assert find_dates("Russia may attack again.", THURSDAY) == []


def test_offsets_point_into_the_text():
    text = "Shelling on Tuesday killed two."
    found = find_dates(text, THURSDAY, offset=100)
    assert (found[0].start - 100, found[0].end - 100) == (12, 19)


def test_no_publication_date_no_resolution():
    assert find_dates("on Thursday", None) == []


def test_a_daily_summary_is_dated_the_day_before_its_publication(pipeline):
    # "in a day", "over the past 24 hours": the morning report of the day before; told as said on a
    # named day, the summary keeps that day.
    from sitrep.models import Article

    [headline] = pipeline.process(
        Article("d", "Russian shelling killed four civilians in Kharkiv region in a day", published=date(2023, 2, 14))
    ).events
    assert headline.event_date == "2023-02-13"
    [told] = pipeline.process(
        Article(
            "t",
            "Ukrainian troops repelled 30 assaults near Kupiansk over the past 24 hours, the military said on Tuesday.",
            published=date(2023, 2, 14),
        )
    ).events
    assert told.event_date == "2023-02-14"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("his unit held the town under shelling in the winter of 2022", 2022),
        ("the raids took place in summer 2019", 2019),
        ("special forces may have killed prisoners a decade ago", 2018),
        ("the village was burned two years ago", 2026),
        ("seventy years ago this week, the army blew up the bridges", 1958),
        ("a hundred years ago today, troops fired on strikers", 1928),
        ("the town was razed forty-five years ago", 1983),
    ],
)
def test_a_season_or_years_counted_back_is_a_year(text, year):
    [mention] = find_dates(text, date(2028, 5, 8))
    assert (mention.kind, mention.date.year, mention.precision) == ("year", year, 3)


def test_a_quarter_of_the_year_is_a_period_longer_than_a_month():
    [mention, said] = find_dates(
        "500 people were killed in the first quarter of the year, the group said on Monday", date(2028, 5, 8)
    )
    assert (mention.kind, mention.date, said.date) == ("year", date(2028, 2, 15), date(2028, 5, 8))


def test_since_a_season_starts_a_period_and_dates_nothing():
    assert find_dates("the town has been shelled since the summer of 2024", date(2025, 4, 16)) == []


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        ("substations damaged in the strikes of last winter", date(2028, 11, 14), date(2028, 1, 15)),
        # ("last summer" told in May is the previous year's; told in November, this year's)
        ("the village was shelled last summer", date(2028, 5, 8), date(2027, 7, 15)),
        ("the village was shelled last summer", date(2028, 11, 14), date(2028, 7, 15)),
    ],
)
def test_the_last_season_is_a_period_of_its_own_year(text, published, month):
    [mention] = find_dates(text, published)
    assert (mention.kind, mention.date, mention.precision) == ("year", month, 3)


def test_a_year_of_another_century_is_a_year_but_a_clock_time_is_not():
    [mention] = find_dates("In 1812 the French army entered the city", date(2028, 11, 14))
    assert (mention.kind, mention.date.year) == ("year", 1812)
    assert find_dates("the curfew starts in 1800 hours", date(2028, 11, 14)) == []


def test_a_decade_is_a_year_long_past_even_in_a_relative_clause():
    [mention] = find_dates("the rebels who fought the army in the 1950s", date(2028, 3, 28))
    assert (mention.kind, mention.date.year) == ("year", 1955)


def test_a_place_named_like_an_abbreviated_month_is_no_date():
    assert (
        find_dates("crowds marched along the seafront in Mar del Plata on Saturday", date(2028, 12, 5))[0].kind
        == "weekday"
    )
    assert all(m.kind != "last_month_name" for m in find_dates("a rally in Mar del Plata", date(2028, 12, 5)))
    [mention] = find_dates("the town was shelled in Sept and again in the spring", date(2028, 12, 5))
    assert (mention.kind, mention.date) == ("last_month_name", date(2028, 9, 15))
