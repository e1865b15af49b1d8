from __future__ import annotations

from datetime import date

import pytest

from sitrep.classify import NO_EVENT, Prediction, SentenceClassifier, Token, load_verb_classes, verb_class_tokens
from sitrep.lexicon import Lexicon
from sitrep.mentions import find_actors, find_triggers
from sitrep.models import Article
from sitrep.pipeline import FALLBACK_MIN_PROBABILITY, Pipeline, PipelineOptions


@pytest.fixture(scope="module")
def rules_only(pipeline: Pipeline) -> Pipeline:
    return Pipeline(
        PipelineOptions(fallback=False), lexicon=pipeline.lexicon, gazetteer=pipeline.gazetteer, nlp=pipeline.nlp
    )


def _events(pipeline: Pipeline, text: str):
    return pipeline.process(Article("t", text, published=date(2025, 5, 3))).events


def test_the_model_knows_every_sub_event_type(pipeline: Pipeline) -> None:
    assert pipeline.classifier is not None
    assert set(pipeline.classifier.labels) == set(pipeline.lexicon.taxonomy.event_type_of) | {NO_EVENT}


def test_an_event_the_trigger_words_miss_is_found_and_says_it_was_a_guess(
    pipeline: Pipeline, rules_only: Pipeline
) -> None:
    text = "Malian troops took possession of the Tessalit camp as the last UN peacekeepers left the region."
    assert not find_triggers(text, 0, pipeline.lexicon)  # the rules alone have no word for it
    assert _events(rules_only, text) == []

    [event] = _events(pipeline, text)
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.type_confidence is not None and event.type_confidence >= FALLBACK_MIN_PROBABILITY
    assert event.actor1 == "Military Forces of Mali (2021-)"
    assert event.location == "Tessalit"
    cue = [e for e in event.evidence if e.field == "sub_event_type"]
    assert len(cue) == 1 and text[cue[0].start : cue[0].end] == cue[0].text


def test_events_found_by_trigger_words_carry_no_confidence(pipeline: Pipeline) -> None:
    [event] = _events(pipeline, "Gunmen kidnapped 15 traders from a market in Birnin Gwari on Saturday.")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.type_confidence is None


class _SureOfAClash(SentenceClassifier):
    """A model that reads every sentence as an armed clash, certain of it."""

    def __init__(self) -> None:
        pass

    def screen(self, text, offset=0, places=None):  # type: ignore[no-untyped-def]
        return self.predict(text, offset)

    def predict(self, text, offset=0, places=None, actors=None):  # type: ignore[no-untyped-def]
        return Prediction("Armed clash", 0.99, Token(text.split()[0], offset, offset + len(text.split()[0])))


def test_a_caption_is_left_to_the_rules_however_sure_the_model_is(pipeline: Pipeline) -> None:
    sure = Pipeline(
        lexicon=pipeline.lexicon, gazetteer=pipeline.gazetteer, nlp=pipeline.nlp, classifier=_SureOfAClash()
    )
    # Too short to be read by the model: a caption of troops somewhere is not a battle.
    assert _events(sure, "Russian army in outskirts of Kharkiv") == []
    # Nobody named as acting: no event either.
    assert _events(sure, "The weather in the eastern regions was cold and wet for most of the week.") == []
    # A heading of names alone, a source given as a headline, says nothing happened.
    assert _events(sure, "Press Service of the Southern Command of the Armed Forces of Ukraine") == []
    # A sentence long enough, with an actor, is the model's to read.
    [event] = _events(sure, "Russian troops stayed in the outskirts of Kharkiv through the whole of Monday morning.")
    assert event.sub_event_type == "Armed clash" and event.type_confidence == 0.99


@pytest.mark.parametrize(
    "text",
    [
        "Rebel spokesmen said on Monday that the movement was ready for talks with the government next month.",
        "Soldiers of the national army guarded the entrance to the electoral commission throughout the count.",
        "Government troops were given two weeks of leave after eight months in the trenches near the border.",
    ],
)
def test_sentences_that_name_armed_actors_but_report_nothing_give_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_the_answer_does_not_hang_on_which_group_is_named() -> None:
    # Actors are slots ("ACTOR_unidentified"), so bandits and militants read the same.
    classifier = SentenceClassifier.load()
    lexicon = Lexicon.load()
    one = "Bandits took 15 travellers from a bus on the highway on Saturday."
    other = "Militants took 15 travellers from a bus on the highway on Saturday."
    first = classifier.predict(one, 0, [], find_actors(one, 0, lexicon))
    second = classifier.predict(other, 0, [], find_actors(other, 0, lexicon))
    assert first is not None and second is not None
    assert first.sub_event_type == second.sub_event_type == "Abduction/forced disappearance"
    assert abs(first.probability - second.probability) < 1e-6


def test_events_with_trigger_words_are_left_to_the_rules(pipeline: Pipeline) -> None:
    [event] = _events(pipeline, "Russian artillery shelled a bus stop in Kherson, killing two pensioners.")
    assert (event.sub_event_type, event.type_confidence) == ("Shelling/artillery/missile attack", None)


def test_a_verb_is_read_as_the_kind_of_act_it_names() -> None:
    classes = load_verb_classes()
    text = "Jets strafed the convoy and soldiers razed two huts before they abducted the chief, he said."
    acts = {(token.form, text[token.start : token.end]) for token in verb_class_tokens(text, 0, classes)}
    assert ("act:attack", "strafed") in acts
    assert ("act:destroy", "razed") in acts
    assert ("act:seize", "abducted") in acts
    assert not [form for form, word in acts if word in ("said", "convoy", "chief", "before")]


def test_the_model_reads_the_kind_of_act_of_a_verb_it_was_not_trained_on(pipeline: Pipeline) -> None:
    # A verb in none of the authors' labelled texts, and its kind of act
    classifier = pipeline.classifier
    assert classifier is not None and "act:kill" in classifier.row_of and "garrott" not in classifier.row_of
    text = "Militiamen garrotted five farmers in a village near Djugu, residents said."
    with_class = classifier.predict(text, 0, actors=find_actors(text, 0, pipeline.lexicon))
    plain = SentenceClassifier(
        classifier.labels, list(classifier.row_of), classifier.weights, classifier.bias, classifier.actor_words, {}
    )
    without_class = plain.predict(text, 0, actors=find_actors(text, 0, pipeline.lexicon))
    assert with_class is not None and without_class is not None
    assert with_class.sub_event_type == "Attack"
    assert text[with_class.cue.start : with_class.cue.end] == "garrotted"
    assert with_class.probability > without_class.probability or without_class.sub_event_type != "Attack"


def test_a_weapon_named_with_no_action_word_is_left_to_the_model(pipeline: Pipeline, rules_only: Pipeline) -> None:
    # "duelled" is in no trigger row; the machine guns are a weapon with no event type of its own
    text = "Government soldiers and rebels duelled with rifles and machine guns in the hills above Djugu on Monday."
    assert not find_triggers(text, 0, pipeline.lexicon)
    assert _events(rules_only, text) == []
    [event] = _events(pipeline, text)
    assert event.sub_event_type == "Armed clash"
    assert event.location == "Djugu"
    assert [w.name for w in event.weapons]  # the weapons are still reported
