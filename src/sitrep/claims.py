"""Claims: who says what, who denies it, and which events the statements are about.

Attribution is found with patterns over sentences ("according to X", "X said", quotes with
their speaker before or after, "the claim was denied by X", "he said" after a named speaker)
and claimants are normalised with ``data/claimants.tsv``. The claims then give each event a
status (reported, claimed, denied, contested) and its hedges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitrep.lexicon import read_rows
from sitrep.models import Claim, Event, Evidence
from sitrep.text import Sentence

_ASSERT = r"said|says|say|stated|states|reported|reports|announced|announces|told|tells|confirmed|confirms|added|adds|wrote|writes|claimed|claims|claim|insisted|insists|noted|notes|posted|explained|declared|declares"
_DENY = r"denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|disputed|disputes|refuted|refutes"
_ACCUSE = r"accused|accuses|accuse|blamed|blames|blame"
_SPECULATE = r"speculated|speculates|speculate|suggested|suggests|believes|believe|believed|assessed|assesses|estimated|estimates|thinks|think"
_WARN = r"warned|warns|warn|cautioned|cautions"
_VERBS = f"{_ASSERT}|{_DENY}|{_ACCUSE}|{_SPECULATE}|{_WARN}"
_PERSONNEL = re.compile(
    r"\s*(?:the|a|an|its|his|her|their)?\s*(?:[\w-]+\s+){0,2}?(?:commanders?|chiefs?|ministers?|generals?|heads?|directors?|"
    r"officials?|governors?|mayors?|officers?|staff|judges?|prosecutors?|employees|soldiers|workers)\b",
    re.I,
)
STANCE_OF_VERB = [
    (re.compile(rf"^(?:{_DENY})$", re.I), "denies"),
    (re.compile(rf"^(?:{_ACCUSE})$", re.I), "accuses"),
    (re.compile(rf"^(?:{_SPECULATE})$", re.I), "speculates"),
    (re.compile(rf"^(?:{_WARN})$", re.I), "warns"),
]
# A speaker phrase: up to eight words, no clause punctuation, no verb of saying.
_WHO = r"(?P<who>(?:[\w'’.-]+\s+){0,7}?[\w'’.-]+)"
_LEAD = (
    r"(?:(?:^|[,;:]\s+|\b(?:but|and|while|however|as|whereas)\s+)|^(?:However|Meanwhile|Later|Earlier|Separately),?\s+)"
)
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("according", re.compile(rf"\b(?:[Aa]ccording to|[Aa]s per|[Cc]iting)\s+{_WHO},\s+(?P<what>.+)$")),
    (
        "passive",
        re.compile(
            rf"(?P<what>.*?)\s+(?:was|were|has been|have been|had been)\s+(?:later\s+|also\s+|strongly\s+)?(?P<verb>{_DENY}|{_ASSERT})\s+by\s+{_WHO}(?=[,.;]|\s+(?:as|in|on|who|which|warning|saying)\b|$)"
        ),
    ),
    (
        "agentless",
        re.compile(
            rf"^(?P<who>That account|The claim|The report|This|That|It|The allegation|The accusation)\s+(?:was|has been|had been)\s+(?:later\s+|also\s+)?(?P<verb>{_DENY}|reported|claimed)\b(?:\s+that)?(?P<what>.*)$",
            re.I,
        ),
    ),
    (
        "quote_after",
        re.compile(rf"[”\"],?\s+(?P<verb>{_VERBS})\s+{_WHO}(?=[,.;]|\s+(?:in|on|at|during|after|who)\b|$)"),
    ),
    ("quote_after_who", re.compile(rf"[”\"],?\s+{_WHO}\s+(?:has\s+|had\s+)?(?P<verb>{_VERBS})\b")),
    (
        "subject",
        re.compile(
            rf"{_LEAD}{_WHO}(?:,\s+(?:the\s+)?[\w\s'’]+?,)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|later\s+|again\s+|in turn,?\s+|on \w+\s+)?(?P<verb>{_VERBS})\b(?:\s+that)?(?P<what>.*)$"
        ),
    ),
]
_CLAUSE = re.compile(r",?\s+(?:while|whereas)\s+|;\s+")
_QUOTE = re.compile(r"[“\"]([^”\"]{3,600})[”\"]")
_PRONOUN = re.compile(r"^(?:he|she|they|one official|an official|a spokesman|a spokeswoman|the spokesman)$", re.I)
_ARTICLE = re.compile(r"^(?:the|a|an|in turn|however|meanwhile)\s+", re.I)
_TITLE = re.compile(
    r"^(?:(?:the|Ukrainian|Russian|US|U\.S\.|Kyiv|Kharkiv|Kremlin|Wagner|IAEA|regional|deputy|former|presidential|"
    r"President|Prime Minister|Minister|Defen[cs]e Minister|Foreign Minister|Secretary of State|Secretary|Governor|"
    r"governor|Mayor|mayor|spokes(?:man|woman|person)|adviser|advisor|chief|head|commander|General|Gen\.|Colonel|"
    r"Col\.|Lt\.|Lieutenant|Major|Captain|leader|boss|founder|official|Ombudsman|ombudsman)\s+)+"
)
# "Kherson regional governor Oleksandr Prokudin": a title word, then the name.
_TITLED_NAME = re.compile(
    r"\b(?:governor|Governor|mayor|Mayor|spokes(?:man|woman|person)|adviser|advisor|[Mm]inister|chief|head|commander|"
    r"President|official|ombudsman|Ombudsman|secretary|Secretary|leader|General|envoy)\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})$"
)
_PERSON_NAME = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}$")
_TYPE_WORDS = [
    ("analyst", re.compile(r"\b(?:analysts?|experts?|institute|researchers?|think tank|observers?)\b", re.I)),
    (
        "military",
        re.compile(
            r"\b(?:army|military|forces|troops|general staff|command|commander|general|colonel|air force|navy|brigade|battalion|defen[cs]e ministry)\b",
            re.I,
        ),
    ),
    (
        "government",
        re.compile(
            r"\b(?:president|prime minister|minister|government|secretary of state|kremlin|foreign ministry)\b", re.I
        ),
    ),
    (
        "official",
        re.compile(
            r"\b(?:official|officials|governor|mayor|spokes\w+|adviser|advisor|authorities|administration|police|prosecutor|ombudsman|agency|council|ministry|chief|head)\b",
            re.I,
        ),
    ),
    (
        "media",
        re.compile(
            r"\b(?:media|newspaper|agency|reporters?|journalists?|correspondents?|tv|television|channel)\b", re.I
        ),
    ),
    ("witness", re.compile(r"\b(?:witness(?:es)?|residents?|locals?|villagers?|survivors?|eyewitness(?:es)?)\b", re.I)),
]
_ACCUSATION = re.compile(
    r"\b(?:war crimes?|terror(?:ism|ist)?|genocide|atrocit(?:y|ies)|deliberately|intimidat\w+ civilians)\b", re.I
)
_SPECULATION = re.compile(
    r"\b(?:likely|possibly|probably|perhaps|may have|might have|appears? to|seem(?:s|ed)? to)\b", re.I
)
_HEDGES = re.compile(
    r"\b(?:apparent(?:ly)?|reportedly|allegedly|alleged|purportedly|speculated|unconfirmed|claimed|suspected)\b", re.I
)
_PARTY = re.compile(
    r"russia|russian|moscow|kremlin|ukrain|kyiv|kiev|zelensk|putin|shoigu|peskov|prigozhin|wagner", re.I
)
_GENERIC_CLAIM = re.compile(
    r"\b(?:the|that|this|such|these|those)\s+(?:\w+\s+)?(?:claims?|accounts?|allegations?|accusations?|reports?)\b",
    re.I,
)


@dataclass
class _Speakers:
    """Who an article has named so far: surnames for later "Gladkov said", and the subject of
    the last sentence without a claim, for a following "he said"."""

    surnames: dict[str, str] = field(default_factory=dict)
    last_subject: str | None = None


@dataclass(frozen=True)
class ClaimantEntry:
    pattern: re.Pattern[str]
    name: str
    kind: str


def load_claimants() -> list[ClaimantEntry]:
    entries = []
    for pattern, name, kind in read_rows("claimants.tsv", 3):
        flags = 0 if pattern.lower() != pattern else re.I
        entries.append(ClaimantEntry(re.compile(rf"^(?:{pattern})$", flags), name, kind.strip()))
    return entries


class ClaimExtractor:
    def __init__(self, claimants: list[ClaimantEntry] | None = None) -> None:
        self.claimants = claimants if claimants is not None else load_claimants()
        self._text = ""
        self._quotes: list[tuple[int, int]] = []

    def extract(self, article_id: str, text: str, sentences: list[Sentence]) -> list[Claim]:
        self._text = text
        self._quotes = [(m.start(1), m.end(1)) for m in _QUOTE.finditer(text)]
        claims: list[Claim] = []
        people = _Speakers()
        for sentence in sentences:
            found = self._sentence_claims(sentence, claims, people)
            for claim in found:
                claim.claim_id = f"{article_id}-c{len(claims) + 1}"
                claim.article_id = article_id
                claims.append(claim)
        for claim in claims:
            if claim.stance == "denies":
                claim.denies = self._denied(claim, claims, text)
        return claims

    # -- one sentence ---------------------------------------------------------------------------

    def _sentence_claims(self, sentence: Sentence, earlier: list[Claim], people: _Speakers) -> list[Claim]:
        found: list[Claim] = []
        # "Moscow says ..., while Kyiv says ...": each clause has its own speaker.
        for clause in _CLAUSE.split(sentence.text):
            offset = sentence.text.find(clause)
            part = Sentence(
                sentence.index,
                sentence.start + offset,
                sentence.start + offset + len(clause),
                clause,
                sentence.paragraph,
            )
            found += self._clause_claims(part, sentence, earlier + found, people)
        return found

    def _clause_claims(
        self, sentence: Sentence, whole: Sentence, earlier: list[Claim], people: _Speakers
    ) -> list[Claim]:
        text = sentence.text
        found: list[Claim] = []
        for kind, pattern in _PATTERNS:
            for match in pattern.finditer(text):
                who = match.group("who").strip(" ,;:")
                if who.endswith(".") and not re.search(r"\b[A-Z]\.$", who):
                    who = who[:-1]
                verb = match.groupdict().get("verb") or ("according to" if kind == "according" else "")
                if (
                    kind == "agentless"
                    and verb.lower() not in ("reported", "claimed")
                    and not re.search(_DENY, verb, re.I)
                ):
                    continue
                if re.fullmatch(r"dismiss(?:ed|es)|reject(?:ed|s)?", verb, re.I) and _PERSONNEL.match(
                    match.groupdict().get("what") or ""
                ):
                    continue  # "the military dismissed the commander": a sacking, not a denial
                claimant = self._claimant(who, earlier + found, people, agentless=kind == "agentless")
                if claimant is None:
                    continue
                name, claimant_type, who_span = claimant
                what = re.sub(
                    r"^(?:However|Meanwhile|But),?\s+", "", (match.groupdict().get("what") or "").strip(" ,.")
                )
                quote = self._quote(sentence)
                if quote and what.startswith(("“", '"')):
                    what = ""  # "X said, “...”": the statement is the quotation
                if not what and not quote and match.start() > 10:
                    what = text[: match.start()].strip(" ,;")  # "Shelling killed two, the governor said."
                stance = self._stance(verb, what)
                start = sentence.start + match.start("who") if who_span else sentence.start
                claim = Claim(
                    claim_id="",
                    article_id="",
                    claimant=name,
                    claimant_type=claimant_type,
                    stance=stance,
                    reporting_verb=verb.lower(),
                    quote=quote[2] if quote else None,
                    paraphrase=None if quote and not what else (what or None),
                    start=whole.start,
                    end=max(whole.end, quote[1] if quote else 0),
                    text=whole.text,
                    evidence=[Evidence("claimant", start, start + len(who), who)],
                )
                if quote:
                    claim.evidence.append(Evidence("quote", quote[0], quote[1], quote[2]))
                if all(c.claimant != claim.claimant or c.stance != claim.stance for c in found):
                    found.append(claim)
            if found:
                break
        if not found:
            subject = re.match(r"^(?:[A-Z][\w'’-]*\s+){0,4}", text)
            for size in range(4, 0, -1):
                words = (subject.group(0) if subject else "").split()[:size]
                named = self._claimant(" ".join(words), [], people) if words else None
                if named and named[1] != "unknown":
                    people.last_subject = named[0]  # "Zelenskyy spoke after the attack." then "he said"
                    break
            quote = self._quote(sentence)
            if quote and earlier and sentence.text.strip().startswith(("“", '"')):
                # A quote standing alone continues the last speaker's statement.
                last = earlier[-1]
                found.append(
                    Claim(
                        "",
                        "",
                        last.claimant,
                        last.claimant_type,
                        "asserts",
                        "said",
                        quote[2],
                        None,
                        sentence.start,
                        sentence.end,
                        text,
                        evidence=[Evidence("quote", *quote)],
                    )
                )
        return found

    def _quote(self, sentence: Sentence) -> tuple[int, int, str] | None:
        """The quotation that opens in this sentence, even when it runs on into the next ones."""
        for start, end in self._quotes:
            if sentence.start <= start < sentence.end:
                return start, end, self._text[start:end]
        return None

    def _stance(self, verb: str, what: str) -> str:
        for pattern, stance in STANCE_OF_VERB:
            if pattern.match(verb):
                return stance
        if _ACCUSATION.search(what):
            return "accuses"
        if _SPECULATION.search(what[:120]):
            return "speculates"
        return "asserts"

    def _claimant(
        self, who: str, earlier: list[Claim], people: _Speakers, agentless: bool = False
    ) -> tuple[str, str, bool] | None:
        if agentless:
            return "unknown", "unknown", False
        phrase = _ARTICLE.sub("", who.strip()).strip()
        phrase = re.sub(
            r"^(?:two|three|four|five|several|some|many|other|\d+)\s+", "", phrase, flags=re.I
        )  # "Two witnesses"
        if not phrase or len(phrase.split()) > 8 or phrase.lower() in ("it", "this", "that", "which", "who"):
            return None
        if _PRONOUN.match(phrase):
            if people.last_subject and (not earlier or people.last_subject != earlier[-1].claimant):
                last, people.last_subject = people.last_subject, None
                return last, self._type_of_known(last), True
            if not earlier:
                return None
            return earlier[-1].claimant, earlier[-1].claimant_type, True
        for entry in self.claimants:
            if entry.pattern.match(phrase) or entry.pattern.match(who.strip()):
                name = phrase if entry.name == "{match}" else entry.name
                return name, entry.kind, True
        titled = _TITLED_NAME.search(phrase)
        bare = titled.group(1) if titled else _TITLE.sub("", phrase).strip(" ,")
        if _PERSON_NAME.match(bare):
            people.surnames[bare.split()[-1]] = bare
            return bare, self._type(phrase, default="official"), True
        if bare in people.surnames:
            return people.surnames[bare], self._type(phrase, default="official"), True
        if re.match(r"^[A-Z][a-z'’-]+$", bare) and bare in people.surnames.values():
            return bare, "official", True
        if not re.search(r"[a-z]", phrase) and len(phrase) > 5:
            return None
        phrase = re.sub(r"\s+(?:in|of|from|at)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$", "", phrase)  # "... in Donetsk"
        name = phrase[0].lower() + phrase[1:] if phrase[:1].isupper() and not _proper_adjective(phrase) else phrase
        claimant_type = self._type(phrase, default="unknown")
        if claimant_type == "unknown" and not _PERSON_NAME.match(phrase):
            return None  # "the missile", "the attack": not a speaker
        return name, claimant_type, True

    def _type_of_known(self, name: str) -> str:
        entry = next((e for e in self.claimants if e.name == name), None)
        return entry.kind if entry else "official"

    @staticmethod
    def _type(phrase: str, default: str) -> str:
        for kind, pattern in _TYPE_WORDS:
            if pattern.search(phrase):
                return kind
        return default

    def _denied(self, denial: Claim, claims: list[Claim], text: str) -> list[str]:
        """The claims a denial answers: the last earlier claim by another party, preferring one
        whose party the denial names ("the Russian claim")."""
        index = claims.index(denial)
        candidates = [
            c
            for c in claims[:index]
            if c.stance in ("asserts", "accuses", "speculates") and c.claimant != denial.claimant
        ]
        if not candidates:
            return []
        hint = denial.text.lower()
        named = [c for c in candidates if _same_party(c.claimant, hint)]
        if _GENERIC_CLAIM.search(denial.text) or named:
            return [(named or candidates)[-1].claim_id]
        return [candidates[-1].claim_id] if candidates[-1].end >= denial.start - 400 else []


def _proper_adjective(phrase: str) -> bool:
    """ "Ukrainian officials", "Russian-installed authorities", "Ukraine's general staff": keep the
    capital letter (of a people's name, or of a place's that owns the speaker)."""
    first = phrase.split()[0].split("-")[0]
    return (
        first[:1].isupper()
        and first.lower().endswith(("ian", "ese", "ish", "ch", "an", "i", "'s", "’s"))
        and len(phrase.split()) > 1
    )


def _same_party(claimant: str, hint: str) -> bool:
    for party in ("russia", "ukrain"):
        if (
            party in claimant.lower()
            or (party == "russia" and re.search(r"kremlin|moscow|putin|shoigu|peskov", claimant, re.I))
            or (party == "ukrain" and re.search(r"kyiv|zelensk", claimant, re.I))
        ):
            return party in hint or (party == "russia" and re.search(r"moscow|kremlin", hint) is not None)
    return False


def link_events(claims: list[Claim], events: list[Event], text: str, sentences: list[Sentence]) -> None:
    """Fill ``about_event_ids``, and each event's ``claim_ids``, ``status`` and ``hedges``."""
    by_id = {c.claim_id: c for c in claims}
    for claim in claims:
        claim.about_event_ids = [
            e.event_id
            for e in events
            if any(claim.start <= ev.start < claim.end for ev in e.evidence)
            # "Moscow says that Bakhmut is strategically significant": about the fighting there
            or (e.geo_precision in (1, 2) and e.location and re.search(rf"\b{re.escape(e.location)}\b", claim.text))
        ]
    events_by_id = {e.event_id: e for e in events}
    for claim in claims:
        for denied_id in claim.denies:
            denied = by_id[denied_id]
            for event_id in denied.about_event_ids:
                rests_on_claim = all(denied.start <= ev.start < denied.end for ev in events_by_id[event_id].evidence)
                if rests_on_claim and event_id not in claim.about_event_ids:
                    claim.about_event_ids.append(event_id)
    for event in events:
        about = [c for c in claims if event.event_id in c.about_event_ids]
        event.claim_ids = [c.claim_id for c in about]
        event.hedges = _hedges(event, text, sentences)
        spans = {(ev.start, ev.end) for ev in event.evidence if ev.field not in ("event_date",)}
        attributed = [
            c for c in about if c.stance in ("asserts", "accuses", "speculates") and _PARTY.search(c.claimant)
        ]
        denials = [c for c in about if c.stance == "denies"]
        # A denial of a claim touches only what rests on that claim: the strikes the outlet
        # reports itself stay reported when Ukraine denies Russia's reason for them.
        direct = [c for c in denials if any(c.start <= s < c.end for s, _ in spans)]
        only_claimed = bool(attributed) and all(any(c.start <= s < c.end for c in attributed) for s, _ in spans)
        if denials and only_claimed:
            event.status = "contested"
        elif direct:
            event.status = "denied"
        elif only_claimed:
            event.status = "claimed"
        else:
            event.status = "reported"
        if event.status in ("claimed", "contested"):
            event.claimed_by = sorted({c.claimant for c in attributed})


def _hedges(event: Event, text: str, sentences: list[Sentence]) -> list[Evidence]:
    """Hedging words in the sentences that report the event ("an apparent attempt", "reportedly")."""
    starts = {ev.start for ev in event.evidence}
    found: list[Evidence] = []
    for sentence in sentences:
        if any(sentence.start <= start < sentence.end for start in starts):
            for match in _HEDGES.finditer(sentence.text):
                found.append(
                    Evidence("hedges", sentence.start + match.start(), sentence.start + match.end(), match.group(0))
                )
    return found
