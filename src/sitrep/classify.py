"""A statistical fallback for sentences the trigger rules do not recognise.

The rules in ``mentions`` and ``events`` know the words of violence they were written for; a
held-out batch of new wording ("bandits took 23 worshippers from a church") still finds no
event for about one text in ten. This module scores such sentences with a multinomial
logistic regression over words and word pairs, trained by ``tools/train_classifier.py`` on the
authors' labelled descriptions and non-event texts in ``benchmarks/gold/``. Place names,
numbers and actors are replaced by slots before scoring ("PLACE", "NUM", "ACTOR_rebel"), so the
model learns wording, not where the examples happened or who was named.

The pipeline asks it only about sentences that produced no event by the rules, and acts on an
answer only when it is confident and the sentence names an actor (see ``pipeline``). The word
that weighed most for the answer is kept as the evidence of the sub-event type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from sitrep.lexicon import read_rows
from sitrep.mentions import ActorMention

NO_EVENT = "none"
_TOKEN = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d[\d,.]*")
_PLACE = "PLACE"
_NUMBER = "NUM"
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "in",
        "on",
        "at",
        "of",
        "to",
        "and",
        "or",
        "by",
        "with",
        "for",
        "from",
        "near",
        "after",
        "before",
        "as",
        "into",
        "over",
        "while",
        "who",
        "which",
        "that",
        "it",
        "its",
        "their",
        "his",
        "her",
        "they",
        "he",
        "she",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "been",
        "be",
        "this",
        "these",
        "those",
    ]
)


@dataclass(frozen=True)
class Token:
    form: str
    start: int
    end: int


@dataclass(frozen=True)
class Masked:
    start: int
    end: int
    form: str  # the slot that replaces the span's words


@dataclass(frozen=True)
class Prediction:
    sub_event_type: str
    probability: float
    cue: Token  # the word that weighed most for the prediction, with its span in the article


def _stem(word: str) -> str:
    # A crude suffix cut so that "stormed", "storming" and "storms" share one feature; the
    # training set is too small to learn each form apart.
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def tokens(
    text: str,
    offset: int,
    places: list[tuple[int, int]],
    actors: list[Masked] | None = None,
    actor_words: dict[str, str] | None = None,
) -> list[Token]:
    """Words of a sentence as features see them: stemmed; numbers, place names and actors as
    slots ("NUM", "PLACE", "ACTOR_rebel"), so that the model learns wording, not who or where.
    ``actor_words`` stands in for ``actors`` where the actor lexicon has not been run: words
    seen inside actor mentions in training become their slot, a run of them one slot."""
    slots = [Masked(start, end, _PLACE) for start, end in places] + list(actors or [])
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        slot = next((m for m in slots if m.start <= start < m.end), None)
        if slot:
            if not found or found[-1].form != slot.form or found[-1].start != slot.start:
                found.append(Token(slot.form, slot.start, slot.end))
            continue
        word = match.group(0)
        form = _NUMBER if word[0].isdigit() else _stem(word.lower())
        if actor_words and form in actor_words:
            if found and found[-1].form == actor_words[form]:
                found[-1] = Token(found[-1].form, found[-1].start, end)
                continue
            form = actor_words[form]
        found.append(Token(form, start, end))
    return found


def actor_slots(mentions: list[ActorMention]) -> list[Masked]:
    """Actor mentions as slots named by their kind ("state:RUS" -> "ACTOR_state")."""
    return [Masked(m.start, m.end, "ACTOR_" + m.entry.kind.split(":", 1)[0]) for m in mentions]


def load_verb_classes() -> dict[str, tuple[str, ...]]:
    """Verb forms and the kinds of act they name (data/verb_classes.tsv, from WordNet)."""
    return {form: tuple(classes.split(",")) for form, classes, *_ in read_rows("verb_classes.tsv", 2)}


def verb_class_tokens(text: str, offset: int, verb_classes: dict[str, tuple[str, ...]]) -> list[Token]:
    """A feature for the kind of act each verb names ("strafed" -> "act:attack"), so that a verb
    the training texts never used still counts as what it is: the class is learnt from the verbs
    they did use."""
    return [
        Token(f"act:{kind}", match.start() + offset, match.end() + offset)
        for match in _TOKEN.finditer(text)
        for kind in verb_classes.get(match.group(0).lower(), ())
    ]


def features(words: list[Token], acts: list[Token] | None = None) -> dict[str, Token]:
    """Each unigram and bigram feature with the span of its first occurrence, and the kinds of
    act the sentence's verbs name (``verb_class_tokens``)."""
    found: dict[str, Token] = {}
    for index, word in enumerate(words):
        found.setdefault(word.form, word)
        if index + 1 < len(words):
            after = words[index + 1]
            name = f"{word.form} {after.form}"
            found.setdefault(name, Token(name, word.start, after.end))
    for act in acts or []:
        found.setdefault(act.form, act)
    return found


def _is_wording(name: str) -> bool:
    """A feature made of words only: the slots are upper case, and a lone function word says nothing."""
    return name.islower() and not all(word in FUNCTION_WORDS for word in name.split())


class SentenceClassifier:
    def __init__(
        self,
        labels: list[str],
        features: list[str],
        weights: np.ndarray,
        bias: np.ndarray,
        actor_words: dict[str, str] | None = None,
        verb_classes: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self.labels = labels
        self.actor_words = actor_words or {}
        # Used only when the model was trained with them (its features name them).
        self.verb_classes = (verb_classes or {}) if any(name.startswith("act:") for name in features) else {}
        self.row_of = {name: index for index, name in enumerate(features)}
        self.weights = weights  # one row per feature, one column per label
        self.bias = bias

    @classmethod
    def load(cls, path: Path | None = None) -> SentenceClassifier:
        text = (
            path.read_text(encoding="utf-8")
            if path
            else resources.files("sitrep").joinpath("data/event_classifier.tsv").read_text(encoding="utf-8")
        )
        labels: list[str] = []
        bias: list[float] = []
        names: list[str] = []
        rows: list[list[float]] = []
        actor_words: dict[str, str] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            name, *values = line.split("\t")
            if name == "@labels":
                labels = values
            elif name == "@bias":
                bias = [float(v) for v in values]
            elif name == "@actor_word":
                actor_words[values[0]] = values[1]
            else:
                names.append(name)
                rows.append([float(v) for v in values])
        return cls(
            labels,
            names,
            np.array(rows, dtype=np.float32),
            np.array(bias, dtype=np.float32),
            actor_words,
            load_verb_classes(),
        )

    def screen(self, text: str, offset: int = 0, places: list[tuple[int, int]] | None = None) -> Prediction | None:
        """A cheap first reading, before the actor lexicon is run: actors are guessed from the
        words that stood for actors in training ("bandits", "troops")."""
        words = tokens(text, offset, places or [], actor_words=self.actor_words)
        return self._predict(features(words, verb_class_tokens(text, offset, self.verb_classes)), offset)

    def predict(
        self,
        text: str,
        offset: int = 0,
        places: list[tuple[int, int]] | None = None,
        actors: list[ActorMention] | None = None,
    ) -> Prediction | None:
        words = tokens(text, offset, places or [], actor_slots(actors or []))
        return self._predict(features(words, verb_class_tokens(text, offset, self.verb_classes)), offset)

    def _predict(self, found: dict[str, Token], offset: int) -> Prediction | None:
        if not found:
            return None
        known = [name for name in found if name in self.row_of]
        rows = self.weights[[self.row_of[name] for name in known]]
        # Rows were scaled by 1/sqrt(number of features) in training (cosine normalisation).
        scores = self.bias + rows.sum(axis=0) / np.sqrt(len(found))
        top = int(scores.argmax())
        probability = float(1.0 / np.exp(scores - scores[top]).sum())
        label = self.labels[top]
        wording = [index for index, name in enumerate(known) if _is_wording(name)]
        if label == NO_EVENT or not wording:
            return Prediction(label, probability, Token("", offset, offset))
        # The evidence is the wording that weighed most for the answer, not a slot or a lone "in".
        cue = max(wording, key=lambda index: rows[index, top])
        return Prediction(label, probability, found[known[cue]])
