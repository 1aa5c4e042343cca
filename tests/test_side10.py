"""helpers.actors, session 29 (side10): a platform introduced by an apposition that holds a possessive ("Brindle, the
country's most used video app", "Brindle, Varnia's largest ride-hailing app"), but not a person's post nor an
internet provider."""
import pytest

from conftest import attribute, side_of
from helpers import actors


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_apposition_with_a_possessive_introduces_a_platform():
    assert "Brindle" in actors.learn_platforms("Brindle, the country's most used video app, said it would appeal.")
    assert "Brindle" in actors.learn_platforms("Brindle, Varnia’s largest ride-hailing app, removed 40 groups.")


def test_possessive_apposition_speaker_speaks_for_the_platform():
    body = ("Brindle, the country's most used video app, received 40 removal demands last month.\n\n"
            "\"Most of those clips were news,\" said Oskar Vel, Brindle's head of government affairs.")
    assert side_of(attribute(body), "Most of those clips")[0] == "platform"


def test_a_persons_post_is_no_platform_apposition():
    assert "Kovar" not in actors.learn_platforms("Kovar, a partner at a Varnia law firm, said the order was vague.")
    assert "Kovar" not in actors.learn_platforms("Kovar, a lawyer retained by the company, said the order was vague.")


def test_an_internet_provider_is_no_platform_apposition():
    assert "Velsat" not in actors.learn_platforms("Velsat, Varnia’s satellite internet company, said it would comply.")
    assert "Velsat" not in actors.learn_platforms("Velsat, the largest mobile network, said it would comply.")


def test_a_company_post_introduces_a_platform():
    assert "Brindle" in actors.learn_company_posts("Brindle's chief executive, Oskar Vel, told the committee it would appeal.")
    assert "Brindle" in actors.learn_company_posts("The general counsel of Brindle, Oskar Vel, said the order was vague.")
    body = ("The Media Authority ordered the removal of 40 clips on Monday.\n\n"
            "\"Most of those clips were news,\" said Oskar Vel, Brindle's head of public policy.")
    assert side_of(attribute(body), "Most of those clips")[0] == "platform"


def test_no_company_post_platform_from_part_of_a_name_or_a_provider():
    assert "India" not in actors.learn_company_posts("Brindle India's managing director, Oskar Vel, said it would comply.")
    assert "Velmar" not in actors.learn_company_posts("Oskar Vel, chief executive of Velmar Media, an advertising agency, said so.")
    assert "Velsat" not in actors.learn_company_posts("Velsat, the largest internet provider, said its chief executive "
                                                      "would meet the ministry. Velsat's chief executive declined.")
    assert "Brindle" not in actors.learn_company_posts("Brindle's spokeswoman, Ana Vel, said it would appeal.")


def test_her_post_is_the_persons_not_the_platform_it_was_posted_on():
    body = ("The Communications Ministry ordered Twitter to block the account of a satirist.\n\n"
            "Communications Minister Ilse Marrow has replied, on Twitter itself. \"Mr Ekdahl writes threads; we write "
            "laws,\" her post says. \"That is not satire, and it will be blocked.\"")
    frame = attribute(body)
    assert side_of(frame, "we write laws")[0] == "government"
    assert side_of(frame, "That is not satire")[0] == "government"


def test_questioned_by_is_no_speech_of_the_one_questioned():
    body = ("Brindle's country chief questioned by MPs over withheld accounts\n\n"
            "Oskar Vel, Brindle's country head, has taken his seat before the committee.\n\n"
            "Committee chair Ana Sorvold, of the governing Civic Alliance, opens by asking why Brindle took nine days "
            "to act on an order marked urgent. \"When the ministry says urgent, it means hours,\" she says.")
    frame = attribute(body)
    assert side_of(frame, "questioned by MPs")[0] == "narrator"
    assert side_of(frame, "it means hours")[0] == "government"
