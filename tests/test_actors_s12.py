"""Session 12: a role word names only an actor it can stand for (data/lexicons/role_families.csv), and the
validation's rough agreement of speaker names."""
import pytest
from conftest import attribute, side_of
from helpers import actors, validation


pytestmark = pytest.mark.usefixtures("rules_alone")  # the attribution rules alone (conftest)


def test_the_ministry_names_the_ministry_not_the_secretary_named_last():
    frame = attribute("The Ministry of Electronics and IT wrote to the company on Monday. IT Secretary Ajay Prakash "
                      "Sawhney met its executives on Wednesday. “The orders are binding,” the ministry said.")
    assert side_of(frame, "orders are binding")[:2] == ("government", "MeitY")


def test_the_ministry_is_no_judge():
    frame = attribute("Justice Krishna S Dixit of the Karnataka High Court heard the petition on Monday. "
                      "“The orders are lawful,” the ministry said.")
    side, speaker = side_of(frame, "orders are lawful")[:2]
    assert side == "government" and speaker == "ministry"


def test_experts_are_not_the_company_named_before():
    frame = attribute("Koo gained three million users this week. Legal experts said the stand-off could end up in "
                      "court.")
    side, speaker = side_of(frame, "Legal experts said")[:2]
    assert side == "other" and speaker != "Koo"


def test_role_families_file_errors_name_the_file_and_row(tmp_path, monkeypatch):
    from helpers import paths

    lex = tmp_path / "lexicons"
    lex.mkdir()
    (lex / "role_families.csv").write_text("family,role_words,name_words,names\n"
                                           "court,court|judge,Court,court\npolice,police|judge,Police,police\n")
    monkeypatch.setattr(paths, "LEXICONS", lex)
    actors.role_families.cache_clear()
    try:
        with pytest.raises(actors.LexiconError, match=r"role_families\.csv: row 3: role word 'judge' is already"):
            actors.role_families()
        (lex / "role_families.csv").write_text("family,role_words,name_words,names\ncourt,court,Court,tribunal\n")
        actors.role_families.cache_clear()
        with pytest.raises(actors.LexiconError, match=r"row 2: names \['tribunal'\] are not families"):
            actors.role_families()
    finally:
        actors.role_families.cache_clear()
        actors.role_family.cache_clear()
        actors.named_family.cache_clear()


@pytest.mark.parametrize("gold,pred,agrees", [
    ("Ravi Shankar Prasad", "IT Minister", True),  # an alias of the registered actor
    ("Ministry of Electronics and Information Technology", "MeitY", True),
    ("Justice Krishna S Dixit", "Government of India", False),
    ("Lior Castan", "Lior Castan", True),
    ("legal experts", "Koo", False),
    ("", "", True),
    ("Open Lines", "", False),
])
def test_speaker_agreement(gold, pred, agrees):
    assert validation.speaker_agrees(gold, pred) is agrees


def test_one_registered_actor_has_one_speaker_name():
    """A pronoun's antecedent named by a person's alias ("Ravi Shankar Prasad") is shown as the registry's name."""
    frame = attribute("Speaking in the Rajya Sabha on Thursday, IT Minister Ravi Shankar Prasad said platforms were "
                      "welcome. “You can make money here, but you will follow the Constitution of India,” he told the "
                      "House.")
    assert side_of(frame, "Speaking in the Rajya Sabha")[:2] == ("government", "IT Minister")
    assert side_of(frame, "You can make money")[:2] == ("government", "IT Minister")


def test_officials_do_not_take_the_ministers_name():
    frame = attribute("IT Minister Ravi Shankar Prasad spoke in Parliament on Thursday. Officials warned that staff "
                      "could face prosecution.")
    side, speaker = side_of(frame, "Officials warned")[:2]
    assert side == "government" and speaker != "IT Minister"
