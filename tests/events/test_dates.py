"""Event dates resolved against the publication date (dyadic.events.dates)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dyadic.events import dates
from dyadic.events.dates import resolve_date

MONDAY = date(2023, 6, 12)  # the sample article's publication date, a Monday
WEDNESDAY = date(2023, 6, 14)


def test_dates_dateparser_alone_picks_previous_monday():
    from dateparser.search import search_dates

    found = search_dates(
        "left Tehran for Caracas on Monday morning.",
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(2023, 6, 12), "PREFER_DATES_FROM": "past"},
    )
    assert found == [("on Monday morning", datetime(2023, 6, 5, 9, 0))]


def test_dates_monday_morning_in_monday_article_is_that_day():
    text = (
        "TEHRAN – Iranian President Ebrahim Raisi left Tehran for Caracas in a tour of three "
        "Latin American countries on Monday morning."
    )
    assert resolve_date(text, MONDAY) == date(2023, 6, 12)


def test_dates_monday_evening_future_tense_is_that_day():
    text = "On Monday evening, local time, President Raisi will be welcomed by his Venezuelan counterpart."
    assert resolve_date(text, MONDAY) == date(2023, 6, 12)


def test_dates_duration_is_not_a_date():
    text = "relations between Iran and Saudi Arabia were restored after seven years."
    assert resolve_date(text, MONDAY) == date(2023, 6, 12)


@pytest.mark.parametrize("text", ["for three days", "the talks lasted two weeks", "two days later"])
def test_dates_other_durations_keep_published(text):
    assert resolve_date(text, MONDAY) == MONDAY


def test_dates_yesterday():
    assert resolve_date("The minister said yesterday that talks would go on.", MONDAY) == date(2023, 6, 11)


def test_dates_today_and_tomorrow():
    assert resolve_date("Officials met today.", MONDAY) == MONDAY
    assert resolve_date("He will arrive in Havana tomorrow.", MONDAY) == date(2023, 6, 13)


def test_dates_friday_is_the_previous_friday():
    assert resolve_date("The agreement was signed on Friday.", MONDAY) == date(2023, 6, 9)


def test_dates_weekday_before_published_in_same_week():
    assert resolve_date("Protesters gathered on Tuesday.", WEDNESDAY) == date(2023, 6, 13)
    assert resolve_date("Protesters gathered on Thursday.", WEDNESDAY) == date(2023, 6, 8)


def test_dates_weekday_forward_for_planned_events():
    assert resolve_date("He will travel to Cuba on Thursday.", MONDAY, future=True) == date(2023, 6, 15)
    assert resolve_date("He will travel to Cuba on Monday.", MONDAY, future=True) == MONDAY


def test_dates_last_and_next_weekday():
    assert resolve_date("The envoy arrived last Monday.", MONDAY) == date(2023, 6, 5)
    assert resolve_date("The summit opens next Tuesday.", MONDAY) == date(2023, 6, 13)
    assert resolve_date("The summit opens next Monday.", MONDAY) == date(2023, 6, 19)


def test_dates_plural_weekday_is_not_a_date():
    assert resolve_date("They meet on Mondays.", WEDNESDAY) == WEDNESDAY


def test_dates_day_month_year():
    assert resolve_date("The deal was signed on 5 June 2023.", MONDAY) == date(2023, 6, 5)


def test_dates_month_day_without_year_takes_nearest_year():
    assert resolve_date("Talks began on June 5.", MONDAY) == date(2023, 6, 5)
    assert resolve_date("Talks began on December 20.", MONDAY) == date(2022, 12, 20)
    assert resolve_date("The vote is set for July 2.", MONDAY) == date(2023, 7, 2)


def test_dates_numeric_and_iso():
    assert resolve_date("Signed on 2023-06-01 in Tehran.", MONDAY) == date(2023, 6, 1)
    assert resolve_date("Signed on Sept. 3, 2022 in Tehran.", MONDAY) == date(2022, 9, 3)


def test_dates_ago_and_last_week():
    assert resolve_date("The attack happened two weeks ago.", MONDAY) == date(2023, 5, 29)
    assert resolve_date("Troops withdrew three months ago.", MONDAY) == date(2023, 3, 12)
    assert resolve_date("The ministers met last week.", MONDAY) == date(2023, 6, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Venezuela signed a deal in 2019.",
        "At least since the late 2000s, Iran has been working to upgrade ties.",
        "The embargo lasted from 2013 to 2021.",
        "In May, Iran signed a deal.",
        "Talks in June 2022 failed.",
        "The two sides met last month.",
        "The two sides met a few days ago.",
    ],
)
def test_dates_periods_coarser_than_a_day_give_none(text):
    assert resolve_date(text, MONDAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "Raisi toured three Latin American countries.",
        "The army sent 2,000 troops to the border.",
        "Iran may sign the 2019 deal again.",
    ],
)
def test_dates_numbers_that_are_not_dates_keep_published(text):
    assert resolve_date(text, MONDAY) == MONDAY


def test_dates_day_wins_over_period():
    text = "Iran, which signed the accord in 2019, renewed it on Friday."
    assert resolve_date(text, MONDAY) == date(2023, 6, 9)


def test_dates_first_day_expression_wins():
    assert resolve_date("On Friday he said the deal of 5 June 2023 stands.", MONDAY) == date(2023, 6, 9)


def test_dates_no_published_and_no_date_is_none():
    assert resolve_date("Iran and Venezuela signed a deal.", None) is None


def test_dates_no_published_relative_is_none_absolute_kept():
    assert resolve_date("The talks ended on Monday.", None) is None
    assert resolve_date("The talks ended on 5 June 2023.", None) == date(2023, 6, 5)


def test_dates_no_candidate_word_skips_dateparser(monkeypatch):
    def fail():
        raise AssertionError("dateparser was called")

    monkeypatch.setattr(dates, "_parser", fail)
    assert resolve_date("Raisi was welcomed by Nicolas Maduro at the Miraflores Palace.", MONDAY) == MONDAY
    assert resolve_date("Raisi left on Monday morning.", MONDAY) == MONDAY
