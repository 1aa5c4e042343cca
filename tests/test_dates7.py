"""Date windows, session 26 (dates7): an act told as the consequence of the act before it in the same sentence
('restored them within hours, which drew a notice') is dated from that act's day to the article date, not by the
earlier act's time words. Sentences written for these tests (``consequence_words.txt``)."""

from helpers import events
from conftest import window


def test_consequence_is_dated_from_the_act_it_follows():
    body = ("The regulator sent the video app Flickly a list of 40 clips on March 3.\n\n"
            "Flickly removed the clips the next morning and put most of them back within hours, a reversal that "
            "prompted the regulator to threaten the company with a fine of 2 million crowns.")
    assert window(body, "2024-03-12", "legal_threat") == ("2024-03-04", "2024-03-12")


def test_consequence_with_a_time_of_its_own_keeps_it():
    body = ("The regulator sent the video app Flickly a list of 40 clips on March 3.\n\n"
            "Flickly removed the clips the next morning and put most of them back within hours, which drew a "
            "non-compliance notice from the regulator on March 8.")
    assert window(body, "2024-03-12", "non_compliance_notice") == ("2024-03-08", "2024-03-08")
    body = body.replace(" on March 8", "")  # none: from the day it was put back to the article date
    assert window(body, "2024-03-12", "non_compliance_notice") == ("2024-03-04", "2024-03-12")


def test_consequence_of_an_act_over_a_period_is_left_alone():
    # after a month-long act the consequence is not moved to the end of that month
    found = events.consequence_of("In May the app restored 40 accounts, prompting a notice from the ministry.", 60,
                                  [{"_at": 20, "date_start": "2024-05-01", "date_end": "2024-05-31",
                                    "date_text": "In May"}], [], "2024-06-20")
    assert found is None


def test_consequence_words_are_a_lexicon():
    pattern = events.consequence_words()
    assert pattern.search("which drew a notice") and pattern.search("a step that led  to a notice")
    assert not pattern.search("a withdrawal of the notice")
