"""From sentence mentions to ACLED-style events.

An event is one date, one place and one pair of actors. Each clause that reports an action
becomes a candidate; candidates with the same date and place merge, and a candidate that names
neither continues the event the article was last talking about.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Protocol, TypeVar

from sitrep.gazetteer import Gazetteer
from sitrep.geocode import SPEAKING_OFFICE_AFTER, GeoContext, PlaceMention, placed_within, resolve
from sitrep.lexicon import OWN_FORCES, ActorEntry, Lexicon
from sitrep.mentions import (
    GROUP_KINDS,
    TERRITORY_TYPES,
    ActorMention,
    CasualtyMention,
    ImpactMention,
    SentenceMentions,
    TargetMention,
    TriggerMention,
    WeaponMention,
    find_actors,
)
from sitrep.models import Article, Event, Evidence, Impact, Place, Target, Weapon
from sitrep.notes import write_note
from sitrep.timeparse import DateMention, told_on

NOT_REPORTED = "not reported"
# An event dated this many days before publication is reported as background, not news.
BACKGROUND_AFTER_DAYS = 7
# ... and a year or month this many days before, history ("the Beslan siege, in which 330 were
# killed in 2004", "a court convicted six men over the 2016 bombings"): told with news it is its
# background, told alone it is no event at all.
HISTORY_AFTER_DAYS = 3 * 365
_TYPE_ORDER = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Riots",
    "Protests",
    "Strategic developments",
]
# Within Explosions/Remote violence the weapon reported first names the event ("a barrage of
# missiles and drones" is a missile attack); chemical weapons and suicide bombs always win.
_FIRST_MENTION_SUBTYPES = {
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
}
# "in retaliation for", "a response to": what follows is another event, given as a reason.
_REASON = r"(?:in retaliation for|in response to|(?:were|was) (?:a )?(?:response|retaliation|revenge|reprisal) (?:to|for)|in (?:revenge|reprisal) for|as (?:revenge|retaliation) for)"
_CLAUSE_BREAK = re.compile(rf"(?:,?\s+(?:{_REASON}|whereas|while)\s+|;\s+|,\s+but\s+)", re.I)
# A clause that sums up what has been going on: a present perfect over a span of time ("have
# traded fire since October", "have been held weekly since November", "has since resumed"), or a
# campaign stepped up. Spans of the same day ("since dawn", "since Monday") are today's news.
_SUMMARY = re.compile(
    r"\b(?:has|have)\s+(?!(?:been\s+)?(?:missing|detained|jailed|imprisoned|abducted|kidnapped|in|under)\b)"
    r"(?:been\s+|long\s+|repeatedly\s+|regularly\s+|also\s+)*[\w-]+\b[^.;]*?\b(?:"
    r"since\s+(?!(?:this\s+|early\s+|late\s+)?(?:morning|dawn|midnight|noon|evening|night|the\s+early\s+hours|last\s+night|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|then)\b)|"
    r"for\s+(?:months|weeks|years|decades)|in\s+recent\s+(?:days|weeks|months)|weekly|every\s+(?:week|day|night))|"
    r"\b(?:has|have)\s+since\s+[\w-]+|"
    r"\b(?:has|have)\s+(?:been\s+)?(?:stepped\s+up|intensified|escalated|ramped\s+up|kept\s+up|pressed\s+on\s+with)\b|"
    # "Kidnappings for ransom have become a lucrative business": what a kind of violence has become
    r"\b(?:has|have)\s+become\s+(?:a|an|the|more|increasingly|common|routine|rife|widespread)\b",
    re.I,
)
_AGGREGATE = re.compile(
    r"\b(?:since the (?:start|beginning|outbreak) of|since (?:february|feb\.?) 24|as a result of the (?:armed )?aggression|"
    r"(?:^|[.;]\s+)in total|so far this year|since the full-scale|over the past year|throughout the war|"
    # "snipers had killed hundreds of civilians in Sudan's wars over the past two decades"
    r"over the (?:past|last) (?:[\w-]+ )?(?:years|decades?)|in (?:recent|the past|the last) (?:[\w-]+ )?(?:years|decades?))\b",
    re.I,
)
_SUBORDINATE = re.compile(rf",?\s+{_REASON}", re.I)
# "killed in Russian shelling", "in Israeli air strikes": an actor named by its act
_BY_ITS_ACT = re.compile(
    r"\b(?:strikes?|attacks?|shelling|bombardment|bombings?|raids?|fire|gunfire|drones?|missiles?|artillery)$", re.I
)
_TOWNSFOLK = re.compile(r"(?:angry\s+)?(?:villagers|residents|locals|townspeople|neighbou?rs)", re.I)
_BEAT_WORD = re.compile(r"\b(?:beat|beaten|beating|lashed|caned|lynch\w*|thrash\w*|assault(?:ed|ing))\b", re.I)
_ARSON = re.compile(r"torch|set (?:fire|ablaze)|burn|ablaze|on fire|alight", re.I)
# What burns in a riot, and the words of a demonstration: "burned tyres ... to protest", "set ablaze a
# police division"
_RIOT_SCENE = re.compile(
    r"\b(?:tyres|tires|barricades?|police|protest\w*|demonstrat\w*|rall(?:y|ies)|march\w*|riot\w*)\b", re.I
)
_STREET_WEAPONS = re.compile(r"\bwith\s+(?:sticks|stones|rocks|bricks|clubs|rods|iron\s+bars)\b", re.I)
_BEATING = re.compile(r"beat|beating|beaten|clubbed|whipped|flogged|lashed|caned|tortured?", re.I)
# ... and told passively ("a shepherd was beaten and two cars were set on fire ... by settlers")
_BEATEN = re.compile(rf"(?:(?:were|was|been|being) )?(?:{_BEATING.pattern}|assaulted)\b", re.I)
# ... but "a drone operated by the Sudanese Armed Forces hit a fuel station": who worked the weapon did it
_WEAPON_WORKED_BY = re.compile(
    r"\b(?:drones?|UAVs?|aircraft|jets?|warplanes?|helicopters?|boats?|launchers?|guns?|tanks?|artillery|"
    r"batter(?:y|ies))\s+(?:operated|used|manned|run|controlled)\s+by\s+(?:the\s+)?(?:[a-z][\w-]+\s+)?$",
    re.I,
)
# "abandoned their base under fire from the Arakan Army": the words before who drove them out (a trigger's end or the
# text before an actor's name)
_UNDER_FIRE_FROM = r"\bunder\s+(?:\w+\s+)?(?:fire|attack|assault|pressure|shelling)\s+from"
_HELD_BY = re.compile(
    # (not "a bombing run by junta aircraft": a run of an attack)
    r"\b(?:(?:held|controlled|occupied|(?<!bombing )(?<!strafing )(?<!attack )run|manned|guarded|owned|defended|operated|"
    r"used|frequented|visited|patroll?ed|"
    r"favou?red)\s+by|popular\s+with)\s+(?:the\s+)?(?:[a-z][\w-]+\s+)?$",
    re.I,
)
# "a drone launched from Ukraine": the country named sent the weapon.
_SENT_FROM = re.compile(
    r"\b(?:launched|fired|sent|flown|shelling|fire|strikes?|attacks?)\s+from\s+(?:the\s+)?(?:territory\s+of\s+)?$", re.I
)
_CODED_AS = re.compile(r"\bcoded\s+as\b", re.I)
_IN_AREA = re.compile(r"\b(?:in|across|into|throughout|inside|within)\s+(?:the\s+)?$", re.I)
_LOCATIVE = re.compile(
    r"(?:\b(?:in|across|into|throughout|inside|within|over|of|on|at|near|around|against|outside|toward|towards|from)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?)$",
    re.I,
)
_REPRESENTED = re.compile(
    # ("the border commissions of Armenia and Azerbaijan signed": official bodies of the states)
    r"\b(?:ministers?|leaders?|presidents?|governments?|delegations?|representatives|envoys|negotiators|commissions?|"
    r"committees?|commanders?|defen[cs]e\s+chiefs?|armed\s+forces)\s+(?:from|of)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_REMOTE = "Explosions/Remote violence"
# Struck from afar by a craft or a gun the striker is named with ("Pakistani warplanes", "Ukrainian artillery")
_FIRED_FROM_AFAR = {"Air/drone strike", "Shelling/artillery/missile attack"}
_TAKEN = {"Non-state actor overtakes territory", "Government regains territory"}
# A transfer told as one side's gain ("took control of the town", "moved into"), not only as the other's leaving
_TAKING = re.compile(
    r"\b(?:took|taken|taking|takes|assumed|seized)\s+(?:over|control)\b|\b(?:moved|rolled|marched|walked)\s+into\b"
    r"|\bentered\b|\boccupied\b",
    re.I,
)
_HANDOVER = re.compile(
    r"hand-?over|handed|without (?:a fight|any fighting|fighting|resistance|a shot)|unopposed|"
    r"(?:withdr(?:ew|awn)|pulled out|left) (?:[\w-]+ ){0,3}under (?:a|an|the) (?:[\w-]+ ){0,3}(?:deal|agreement|accord|arrangement|truce)",
    re.I,
)
_GROUND_COMBAT = re.compile(
    r"clash|fight|battle|firefight|gunfire|exchang|offensive|repel|repuls|beat back|ambush|storm|engag|combat|assault|duel|"
    # ("fired rifles and launched homemade mortars at the police station": small arms at close range)
    r"rifles|machine ?guns|small[- ]arms|"
    # ("lost four vehicles to mines and anti-tank fire": the defenders' direct fire; "attempted to cross the canal"
    # under the defenders' drones and mortars: an assault on foot)
    r"anti-?tank fire|\bto (?:cross|force) (?:the )?(?:[\w-]+ )?(?:river|canal|reservoir|channel|stream)",
    re.I,
)
# (those held, named after the verb: not "detained a man who had stolen a journalist's phone")
_POLITICAL_DETAINEE_WORDS = (
    r"(?:journalists?|reporters?|editors?|activists?|dissidents?|bloggers?|opposition\s+(?:leaders?|figures?|members?|"
    r"politicians?|supporters?)|rights\s+(?:defenders?|lawyers?)|critics?\s+of\s+the\s+government)\b(?!['’])"
)
_POLITICAL_DETAINEES = re.compile(
    r"\b(?:detained|arrested|held|jailed|rounded\s+up|picked\s+up|seized)\s+(?:[\w-]+\s+){0,4}?"
    rf"{_POLITICAL_DETAINEE_WORDS}|\b{_POLITICAL_DETAINEE_WORDS}[^.;]{{0,60}}?\b(?:were|was)\s+(?:detained|arrested|held|jailed)\b|"
    r"\bpolitically\s+motivated\b",
    re.I,
)
# A crowd's festive purpose, with no demand made: "marched through Kyiv to mark Defenders' Day",
# "filled the streets for the start of the carnival".
_FESTIVE = re.compile(
    # (a club's fans chant for it: "chanting slogans in support of their club marched to the stadium")
    r"^(?![^.]*\b(?:demand|protest|against|(?:chant|slogan)(?![^.]*\bin support of (?:their|the) (?:club|team|side)\b)|"
    r"calling for|called for|justice|anti-)\w*)"
    r"[^.]*\b(?:to (?:mark|celebrate|commemorate)|carnivals?|celebrations|(?:brass|marching|pipe|steel) bands?|"
    r"to open (?:the |a |an |this year's )?(?:[\w'’-]+ ){0,3}(?:festival|carnival|fair|games|celebrations|season|parade)s?|"
    # a game's crowd and its winners: "in the stands after Wydad scored a late winner", "with their medals"
    r"in the stands|after (?:[\w'’-]+ ){0,3}(?:scored|winning|won|clinched|lifted)|with (?:their|the) (?:medals|trophy|trophies|cup)|"
    # "fans welcomed the team home": a team's return
    r"welcom(?:ed|ing) (?:the )?(?:team|players|squad|champions)|"
    # a lucky neighbour's crowd: "gathered outside the home of a man who had won the national lottery, cheering"
    r"(?:won|winning) (?:the |a )?(?:[\w'’-]+ ){0,2}(?:lottery|jackpot)|cheering and singing|singing and dancing|"
    # fans on their way to a game: "chanting slogans in support of their club marched to the stadium"
    r"in support of (?:their|the) (?:club|team|side)|"
    # pilgrims on the road, a ground opened with a march
    r"pilgrims?|pilgrimages?|religious processions?|opened (?:a |an |the |their |its )?(?:new )?(?:[\w'’-]+ )?"
    r"(?:ground|stadium|park|school|hospital|bridge|road|market|museum|library)\b[^.]{0,40}\bwith (?:a |an )?(?:march|parade|procession))\b",
    re.I,
)
# ("handed over 4 detained soldiers each": a swap of captured troops)
_CONFLICT_AGREEMENT = re.compile(
    r"ceasefire|truce|peace|prisoner|hostage|captives|detainees|corridor|bodies|"
    r"(?:detained|captured) (?:soldiers|servicemen|troops|fighters|combatants|militants|rebels|policemen)",
    re.I,
)
# What an agreement is about, told after its word: "signed an agreement in Mekele on the return of
# displaced people", "a deal on the disarmament of the militias" (not "a trade agreement").
_CONFLICT_TERMS = re.compile(
    r"[^.;]{0,80}?\b(?:on|for|over|about|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:return|resettlement|disarmament|"
    r"demobili[sz]ation|withdrawal|exchange|release|reintegration|integration)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:displaced|refugees|IDPs|fighters|combatants|troops|forces|militias?|prisoners|captives|hostages|detainees)"
    # "a deal under which the group's fighters will hand over their weapons"
    r"|[^.;]{0,100}?\b(?:hand(?:ing)? over|lay(?:ing)? down|give up|giving up|surrender(?:ing)?) (?:their|its) (?:weapons|arms)"
    # "signed a deal in Kismayo ending months of clashes over control of the border towns"
    r"|[^.;]{0,60}?\b(?:ending|to end|that ended|which ended|halting|to halt) (?:[\w-]+ ){0,3}?"
    r"(?:clashes|fighting|hostilities|bloodshed|armed conflict)\b",
    re.I,
)
# A party named for what it is: "the Comuneros del Sur armed group", "a rebel faction".
_ARMED_PARTY = re.compile(
    r"\b(?:armed|rebel|guerrilla|militia|insurgent|dissident|splinter|breakaway) "
    r"(?:groups?|movements?|factions?)\b"
    # "the rival Libyan military committees", "the warring parties": the two sides of a conflict
    r"|\b(?:rival|warring) (?:[\w-]+ ){0,2}(?:forces|factions|governments|administrations|militar(?:y|ies)|"
    r"committees|armies|camps|sides|parties|commanders|delegations)\b",
    re.I,
)
_WAR_DEAL = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|peace|armistice|prisoners?|hostages?|captives|warring)\b", re.I
)
_FORCES_NAMED = re.compile(r"\b(?:forces|troops|army|soldiers|police(?:men)?|guards|snipers)\b", re.I)
_CROWD_VIOLENCE = {"Mob violence", "Excessive force against protesters", "Violent demonstration"}
_CROWD_KIND = {"Protests": "protesters", "Riots": "rioters"}
_FIRST_SUBTYPE_OF = {
    "Battles": "Armed clash",
    _REMOTE: "Air/drone strike",
    "Violence against civilians": "Attack",
    "Protests": "Peaceful protest",
    "Riots": "Mob violence",
    "Strategic developments": "Other",
}
_PAIRED = re.compile(
    # ("Ethiopian army commanders and TPLF officials agreed": the people who spoke for each side)
    r"\s*(?:fighters|militants|forces|troops|soldiers|units|guerrillas|rebels|militiamen|gunmen|commanders|officials|"
    r"negotiators|delegates|delegations?|representatives|envoys|leaders)?\s*(?:,|and|,\s*and|&)\s*"
    r"(?:the\s+|its\s+|their\s+|an?\s+)?(?:(?:paramilitary|rebel|rival|armed|jihadist|separatist|allied|ethnic|opposition|"
    r"resistance|Islamist|insurgent|tribal|clan|communal|local|village|vigilante)\s+)?"
    # ("the government and a faction of Fano militiamen")
    r"(?:(?:faction|wing|splinter group|branch) of\s+(?:the\s+)?)?(?:[A-Z][\w-]*\s+)?"
)
# "adversary": the other side as local media name it ("the enemy", "the occupiers"); who it is
# depends on where it acts (actor_branches.tsv).
ARMED_KINDS = ("state:", "rebel", "identity", "external", "unidentified", "police", "adversary")
# Mobs and rioters too: a mob killing suspected gang members is mob violence, not crime.
_MILITARY_KINDS = ("state:", "rebel", "identity", "external", "rioters", "adversary")
_NON_STATE_ARMED = ("rebel", "identity", "unidentified", "rioters")  # who can attack a state's parade or drill


class _Located(Protocol):
    @property
    def start(self) -> int: ...


_M = TypeVar("_M", bound=_Located)


@dataclass
class Candidate:
    """One reported action in one clause, before merging."""

    sentence_index: int
    triggers: list[TriggerMention]
    weapons: list[WeaponMention]
    targets: list[TargetMention]
    impacts: list[ImpactMention]
    casualties: list[CasualtyMention]
    actors: list[ActorMention]
    date: DateMention | None
    place_mention: PlaceMention | None
    can_create: bool
    subordinate: bool = False  # "in retaliation for an attack on X": context, not the story's focus
    clause_text: str = ""  # the sentence, and where it starts in the article, for spans between mentions
    clause_offset: int = 0


@dataclass
class _Draft:
    candidates: list[Candidate] = field(default_factory=list)
    date: DateMention | None = None
    place: Place | None = None
    place_mention: PlaceMention | None = None

    @property
    def place_key(self) -> tuple[str | None, str | None]:
        return (self.place.location, self.place.iso3) if self.place else (None, None)


# "... in April, the UN human rights mission said in its monthly report": a report's count
_REPORTED_TALLY = re.compile(
    r"\b(?:monthly|quarterly|weekly|annual|yearly|reports?|data|statistics|figures|tally|deadliest|on\s+record)\b", re.I
)
_MONTH_KINDS = ("month_year", "month_last_year", "last_month_name", "last_month")


def _past_or_tally(draft: _Draft, reference: date, text: str) -> bool:
    """Is the draft dated only by a long-past month, by a year or a longer period ("air strikes
    killed 2,000 civilians in Sudan last year", however recent: no date ACLED can code), or is it a
    whole country's count for a month that a report gives ("killed 164 civilians in Ukraine in April,
    the UN mission said in its monthly report")? Told alone, such a draft is no event."""
    if draft.date is None or draft.date.precision != 3:
        return False
    if draft.date.kind == "year" or draft.date.date < reference - timedelta(days=HISTORY_AFTER_DAYS):
        return True
    return (
        draft.date.kind in _MONTH_KINDS
        and (draft.place is None or draft.place.feature == "country")
        and _REPORTED_TALLY.search(text) is not None
    )


def clause_spans(text: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        spans.append((cursor, match.start()))
        cursor = match.start()
    spans.append((cursor, len(text)))
    return [span for span in spans if span[1] > span[0]]


_DESTINATION = re.compile(
    r"\b(?:fle(?:e|d|eing|es)|escap(?:e|ed|ing|es)|displaced|evacuated|relocated|sought\s+refuge|(?:taking|took)\s+refuge|"
    r"forced\s+to\s+leave)\s+(?:[\w-]+\s+){0,3}?(?:to|towards?|into|for)\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring\s+|nearby\s+)?(?:town|city|village|camps?)\s+(?:of|in)\s+)?$"
    # ("women fleeing El Fasher had been raped ... at a checkpoint in Korma": or where they came from)
    r"|\b(?:fleeing|who\s+(?:had\s+)?fled|escaping|who\s+(?:had\s+)?escaped)\s+(?:from\s+)?(?:the\s+)?$",
    re.I,
)
# "a drone hit a minibus on the road to Bahir Dar near Merawi": where a road or a journey was going is not where a
# vehicle on it was hit (when the sentence names another place: "an ambush on the road to Kumbo" is placed at Kumbo;
# missiles or crowds "heading for" a city are placed at it).
_ROUTE_END = re.compile(
    r"\b(?:(?:on|along)\s+(?:the|a|their|its|his|her)\s+(?:main\s+)?(?:road|highway|route|way|journey)\s+(?:back\s+)?"
    r"(?:to|towards?)|en\s+route\s+to|"
    # ("Trains to Quetta stopped ... after a railway bridge near Mach was blown up": where the trains were going)
    r"\b(?:trains|flights|buses|ferries|convoys|lorries|trucks|traffic|services|supplies)\s+(?:[\w-]+\s+){0,2}?to)\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+)?$",
    re.I,
)
# "according to the Kursk region's governor", "Kharkiv's mayor said": the place an office that spoke serves, not
# where the event was ("Zitacuaro's police chief died" is the victim's office, and stays a place).
_SPEAKING_OFFICE = re.compile(
    r"(?:\s+(?:region|oblast|province|state|governorate|district))?['’]s\s+(?:(?:regional|acting|military|local|"
    r"city|police|health)\s+){0,2}(?:governor|mayor|administration|police|prosecutors?|prosecutor['’]s\s+office|"
    r"officials|authorities|emergency\s+services|health\s+(?:ministry|department))\b(?P<said>\s+(?:said|says|wrote|"
    r"reported|told|announced|confirmed)\b)?",
    re.I,
)
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|said|told|citing)\s+(?:the\s+)?$", re.I)


def _told_by_office(place: PlaceMention, text: str, offset: int) -> bool:
    """Is ``place`` named only as the seat of an office that told of the event?"""
    if place.kind in ("seat", "admin1") and SPEAKING_OFFICE_AFTER.match(text, place.end - offset):
        return True  # ("two of them died, Manipur police said")
    office = _SPEAKING_OFFICE.match(text, place.end - offset)
    return bool(
        office
        and (office["said"] or _ACCORDING_TO.search(text[max(0, place.start - offset - 20) : place.start - offset]))
    )


# "Relatives of soldiers killed in Gaza held a vigil in Tel Aviv", "families of hostages held in Gaza": where the
# people a crowd speaks for were, not where the crowd is (when the sentence names another place).
_WHERE_THEIR_OWN_WERE = re.compile(
    r"\b(?:relatives|families|parents|mothers|wives|widows|friends|comrades)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:soldiers|troops|hostages|prisoners|captives|detainees|sailors|fishermen|workers|people|men|those)\s+"
    r"(?:killed|held|captured|taken|missing|detained|fighting|serving|wounded|kidnapped|abducted|jailed|imprisoned|"
    r"lost|stranded)\s+(?:hostage\s+|captive\s+)?in\s+(?:the\s+)?$",
    re.I,
)


_SECTOR_AFTER = re.compile(r"\s+(?:direction|axis|sector|front|salient)\b", re.I)


_DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|dies|dying)\s+(?:later\s+)?(?:of|from)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:wounds|injuries)|\bsuccumbed\s+to\b",
    re.I,
)
# Missiles fired at nothing: "into the sea", "test-fired", "a missile test".
_INTO_THE_SEA = re.compile(r"\binto the (?:sea|ocean|waters)\b|\btest", re.I)
_RIVAL_COUNT = re.compile(r"\btoll\s+at\b", re.I)
_LEADING_DATE = re.compile(r"\s*(?:(?:On|Around|As reported on|On or around|Between)\s+)?", re.I)
_BEARING_BEFORE = re.compile(
    r",\s+(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.I,
)


def sent_from(sentence_text: str, offset: int, mention: PlaceMention) -> bool:
    """ "Rocket fire from Gaza", "a missile fired from Yemen": where a weapon came from."""
    return bool(_SENT_FROM.search(sentence_text[max(0, mention.start - offset - 40) : mention.start - offset]))


def event_places(mentions: list[PlaceMention], sentence_text: str, offset: int) -> list[PlaceMention]:
    """The places a clause locates its action at: towns first, then areas, then countries named
    after a locative preposition ("across Ukraine", not "fired by Russia")."""
    # "forcing families to flee towards Sake": where people fled to is not where it happened.
    mentions = [
        m for m in mentions if not _DESTINATION.search(sentence_text[max(0, m.start - offset - 60) : m.start - offset])
    ]
    ends = [m for m in mentions if _ROUTE_END.search(sentence_text[max(0, m.start - offset - 40) : m.start - offset])]
    if ends and len(ends) < len(mentions):
        # ("on the road to Bahir Dar near Merawi": the town that told where the road's end was is the place)
        mentions = [
            replace(m, kind="town")
            if m.kind == "qualifier" and m.near and any(0 <= m.start - end.end <= 8 for end in ends)
            else m
            for m in mentions
            if m not in ends
        ]
    kin = [
        m
        for m in mentions
        if _WHERE_THEIR_OWN_WERE.search(sentence_text[max(0, m.start - offset - 90) : m.start - offset])
    ]
    if kin and len(kin) < len(mentions):
        mentions = [m for m in mentions if m not in kin]
    # "Rocket fire from Gaza hit a house in Sderot": where the fire came from is not where it struck.
    sources = [m for m in mentions if sent_from(sentence_text, offset, m)]
    if sources and len(sources) < len(mentions):
        mentions = [m for m in mentions if m not in sources]
    elif sources:
        # "intercepted a missile fired from Yemen": a country the weapon came from is not where it was
        # stopped, even when no other place is named
        mentions = [m for m in mentions if not (m in sources and m.kind == "country")]
    # A village the gazetteer lacks, placed by the town it is near, counts as a town.
    towns = [m for m in mentions if m.kind in ("town", "site") or (m.kind == "unresolved" and m.fallback is not None)]
    areas = [m for m in mentions if m.kind == "admin1"]
    countries = [
        m
        for m in mentions
        if m.kind == "country"
        and not m.metonym  # "strikes from Ukraine's 30th Brigade": whose, not where
        and _LOCATIVE.search(sentence_text[max(0, m.start - offset - 40) : m.start - offset])
    ]
    # "In the Pokrovsk direction, ... near Myrolubivka": a front's sector is named after a town, the
    # villages named with it are where the fighting was.
    # "a tent in al-Mawasi, west of Khan Younis": the town a place is told by is no place of its own.
    bearings = [
        m
        for m in towns
        if _BEARING_BEFORE.search(sentence_text[max(0, m.start - offset - 40) : m.start - offset])
        and any(0 <= m.start - other.end <= 40 for other in towns if other is not m)
    ]
    if bearings and len(bearings) < len(towns):
        towns = [m for m in towns if m not in bearings]
    sectors = [m for m in towns if _SECTOR_AFTER.match(sentence_text, m.end - offset)]
    if sectors and len(sectors) < len(towns):
        towns = [m for m in towns if m not in sectors]
    if towns:
        # "Horlivka, Donetsk": the area qualifies the town and is not a place of its own.
        return towns
    unresolved = [m for m in mentions if m.kind == "unresolved"]
    # "along the Line of Control in Kupwara district": a district read as qualifying a name before
    # it that is no town is the place itself (near its town).
    districts = [m for m in mentions if m.kind == "district"]
    # "Authorities in Donetsk said ...": the speaker's town only when nothing else says where.
    seats = [m for m in mentions if m.kind == "seat"]
    return unresolved or districts or areas or countries or seats


@functools.cache
def _sides() -> tuple[tuple[str, str], ...]:
    from sitrep.merge import load_sides

    return tuple(load_sides())


def _belligerents(actors: list[ActorMention]) -> bool:
    """Are parties to a conflict named: an armed group, or armed actors of two opposing sides?
    ("Russia and Ukraine signed a grain deal" is an agreement in the war; "Poland and Ukraine
    signed an arms deal" is not.)"""
    if any(a.entry.kind in ("rebel", "external", "identity", "unidentified") for a in actors):
        return True  # (an armed group of no known name too: "a FARC dissident faction")
    sides = {
        next((side for prefix, side in _sides() if a.entry.name.startswith(prefix)), None)
        for a in actors
        if a.entry.kind.startswith(ARMED_KINDS)
    }
    return len(sides - {None}) >= 2


def _named_as_place(place: PlaceMention, text: str, offset: int) -> bool:
    """Is a country or area named as where something happened ("across Ukraine", "in the DPR"),
    rather than as a side ("the foreign ministers of Congo", "a drone launched from Ukraine")?"""
    before = text[max(0, place.start - offset - 40) : place.start - offset]
    return bool(
        (
            (place.kind == "country" and not place.metonym and _LOCATIVE.search(before))
            # "in the DPR" is a place there ("the DPR army" and "tanks of the DPR" act)
            or (place.kind == "admin1" and _IN_AREA.search(before))
        )
        # "the foreign ministers of Congo and Rwanda signed": the states act through them
        and not _REPRESENTED.search(before)
        and not _SENT_FROM.search(before)
    )


def _by_relevance(dates: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """A clause's dates, the one that dates its event first: a day that is not the day something
    was said, and a named day before "overnight" or "this morning" ("during overnight protests ...
    on Tuesday", reported on Thursday, were on Tuesday)."""
    if len(dates) <= 1:
        return dates
    said = [d for d in dates if told_on(text, d, offset)]
    if said:
        # "beat back 40 assaults over the past day, the General Staff said on Tuesday": a daily
        # summary told on a named day is dated by that day
        dates = [d for d in dates if d.kind != "past_day"]
    acts = [d for d in dates if d not in said] or dates
    named = [d for d in acts if d.kind != "today"] or acts
    return named + [d for d in dates if d not in named]


def build_candidates(
    sentence_index: int,
    text: str,
    offset: int,
    mentions: SentenceMentions,
    dates: list[DateMention],
    places: list[PlaceMention],
) -> list[Candidate]:
    # Police take part in crime stories too: only military and armed groups outweigh the
    # words of disasters and crime.
    # "in Kyiv" names a place, not the Ukrainian state as an actor.
    # ("A drone launched from Ukraine" names who sent it.)
    acting = [
        a
        for a in mentions.actors
        if not re.search(r"\b(?:in|at|near|from)\s+$", text[: a.start - offset][-8:])
        or _SENT_FROM.search(text[: a.start - offset][-40:])
        # ("lost his wife in Israeli air strikes": an actor named by its act, not a place)
        or _BY_ITS_ACT.search(a.text)
    ]
    if (
        mentions.nonconflict
        and not any(
            a.entry.kind.startswith(_MILITARY_KINDS + (("unidentified",) if mentions.sport_only else ()))
            for a in acting
        )
        and not any(w.sub_event_type for w in mentions.weapons)
        # ("a suicide bomber ... beside a police van escorting polio vaccinators": the bomber is armed,
        # unnamed, and outweighs a setting as gunmen do)
        and not (
            mentions.sport_only and any(t.strong and t.sub_event_type == "Suicide bomb" for t in mentions.triggers)
        )
        # "villagers lynched two men suspected of theft": crowd justice is mob violence
        and not any(t.sub_event_type == "Mob violence" for t in mentions.triggers)
        # "police detained 4 journalists of an independent news site on smuggling charges": a charge against
        # journalists, activists or opponents is the state's arrest of them, as ACLED codes it
        and not (
            any(t.strong and t.sub_event_type == "Arrests" for t in mentions.triggers)
            and _POLITICAL_DETAINEES.search(text)
        )
        # "pensioners and football fans rallied", "a protest over flood aid": a demonstration is
        # one whatever it is about (but a fire "setting 20 vehicles ablaze" with no crowd is none,
        # and a march to mark a holiday, making no demand, is a commemoration)
        and (
            # (but police who detain or disperse the marchers met a demonstration, whatever its day)
            (
                _FESTIVE.search(text) is not None
                and not (
                    any(
                        t.strong
                        and t.sub_event_type in ("Protest with intervention", "Excessive force against protesters")
                        for t in mentions.triggers
                    )
                    # (fans who "set off stun grenades in the stands" are no police)
                    and any(a.entry.kind.startswith(("police", "state:")) for a in acting)
                )
            )
            or not any(
                t.strong
                and t.sub_event_type in _DEMONSTRATION_TYPES
                and (
                    t.sub_event_type != "Violent demonstration"
                    or any(a.entry.kind in ("rioters", "protesters") for a in acting)
                )
                for t in mentions.triggers
            )
        )
    ):
        return []
    if mentions.told:
        # "The film follows a band of rebels who ambush a colonial patrol": the rebels are the film's
        return []
    if (
        mentions.staged
        and not any(a.entry.kind.startswith((*_MILITARY_KINDS, "unidentified")) for a in acting)
        and not any(w.sub_event_type for w in mentions.weapons)
    ):
        # "Actors in a play about the 1968 student protests held placards on stage": a work about events
        return []
    if mentions.drill and not any(a.entry.kind.startswith(_NON_STATE_ARMED) for a in acting):
        # "fighter jets shot down target drones during a NATO exercise", "a military plane crashed ...,
        # blaming a technical fault": a state's forces at drill or in an accident (not rebels who
        # attack a parade)
        return []
    if (
        mentions.triggers
        and not any(w.sub_event_type for w in mentions.weapons)
        and all(t.start in mentions.natural_causes for t in mentions.triggers)
    ):
        # "soldiers evacuated residents after floods hit the town": what hit was the flood (or the
        # economy: "price rises hit the market")
        return []
    if _TRAINING_ACCIDENT.search(text) and not any(t.strong for t in mentions.triggers):
        # "two military helicopters collided during a training flight": the army's own accident
        return []
    candidates: list[Candidate] = []
    clauses = clause_spans(text)
    sentence_places = event_places(places, text, offset)
    # "a village Russian forces had held since March": when a state began dates neither it nor the
    # action the sentence reports.
    dated = [d for d in dates if not d.text.lower().startswith("since")]
    # "On 7 November 2026, gang members stopped a bus ...; their families were asked for ransom": a
    # day that opens the sentence dates each of its clauses.
    leading = [d for d in dated if _LEADING_DATE.fullmatch(text[: d.start - offset])]
    for number, clause in enumerate(clauses):
        absolute = (clause[0] + offset, clause[1] + offset)

        def inside(items: list[_M], span: tuple[int, int] = absolute) -> list[_M]:
            return [item for item in items if span[0] <= item.start < span[1]]

        triggers = inside(mentions.triggers)
        weapons = inside(mentions.weapons)
        if not triggers and not any(w.sub_event_type for w in weapons) and not inside(mentions.casualties):
            continue
        clause_dates = _by_relevance(inside(dated) or (dated if len(clauses) == 1 else leading), text, offset)
        if not triggers and _DIED_OF_WOUNDS.search(text, clause[0], clause[1]):
            # "a third resident died of his wounds in hospital on 11 November": the day of a death
            # from wounds is not the day of the event that caused it, which it belongs to.
            clause_dates = []
        if (
            not clause_dates
            and number + 1 < len(clauses)
            and re.match(r",?\s+while\s", text[clause[1] : clause[1] + 8])
        ):
            # "two soldiers were seized while on leave in Tibu on Saturday": the "while" clause goes on
            # with the same act, and its day is the act's.
            following = (clauses[number + 1][0] + offset, clauses[number + 1][1] + offset)
            clause_dates = _by_relevance(inside(dated, following), text, offset)
        clause_places = event_places(inside(places), text, offset)
        if (
            number > 0
            and clause_places
            and all(_told_by_office(p, text, offset) for p in clause_places)
            and any(p not in clause_places for p in sentence_places)
        ):
            # "Tyotkino came under Ukrainian artillery fire; one woman was killed, according to the Kursk
            # region's governor": the clause goes on with the event told before it, not at the office's seat
            clause_places = []
        if (
            not clause_places
            and len({p.text for p in sentence_places}) == 1
            and re.match(r",?\s+while\s", text[clause[1] : clause[1] + 8])
        ):
            # "a man was killed by a landmine while working in a field near Izium": the clause
            # that goes on with "while" happened at the place it names (a reason clause does not:
            # "strikes in response to a raid on Kursk" were not in Kursk).
            clause_places = sentence_places[:1]
        if not clause_places and number > 0 and len({p.text for p in sentence_places}) == 1:
            # "Shopkeepers returning to Wad Madani found their stores stripped bare; they said RSF
            # fighters had looted the market": the one town named earlier in the sentence, in a
            # clause that reports no event of its own, is where the event was.
            earlier = [c for c in clauses[:number] if sentence_places[0].start - offset in range(c[0], c[1])]
            if earlier and not inside(mentions.triggers, (earlier[0][0] + offset, earlier[0][1] + offset)):
                clause_places = sentence_places[:1]
        # A country named as the place ("across Ukraine") is not also an actor.
        located = [(p.start, p.end) for p in inside(places) if _named_as_place(p, text, offset)] + [
            (p.start, p.end) for p in clause_places
        ]
        # (A country inside a longer actor name is part of it: "the Armed Forces of Ukraine".)
        actors = [
            a
            for a in inside(mentions.actors)
            if not any(
                a.start < end
                and start < a.end
                and not (a.start <= start and end <= a.end and a.end - a.start > end - start)
                for start, end in located
            )
        ]
        casualties = inside(mentions.casualties)
        armed_actor = any(a.entry.kind.startswith(ARMED_KINDS) for a in actors)
        targets = inside(mentions.targets)
        # A weak word ("explosion", "hit", "damaged") reports an event only with something
        # that makes it political violence: a casualty, an armed actor, a weapon or a target.
        # An agreement is an event only between parties to a conflict (a ceasefire, a
        # prisoner exchange, a grain deal between belligerents), not any treaty: "France and
        # Germany signed a trade agreement", "Poland and Ukraine signed an arms deal".
        triggers = [
            t
            for t in triggers
            if t.sub_event_type != "Agreement"
            or _belligerents(actors)
            or _CONFLICT_AGREEMENT.search(t.text)
            or _CONFLICT_TERMS.match(text, t.end - offset)
            or _ARMED_PARTY.search(text)
        ]
        # Ground changes hands between armed sides: "the state energy company took over the gas field
        # after the Italian operator pulled out", no one armed named, is business.
        triggers = [
            t
            for t in triggers
            if t.sub_event_type != "Non-violent transfer of territory" or armed_actor or not _BUSINESS.search(text)
        ]
        strong = [t for t in triggers if t.strong]
        # (what was emptied or driven away, a warehouse or a farm, does not make it political: "Removal men
        # emptied the warehouse of a bankrupt chain")
        # (nor does a fire that broke out: "a school bus caught fire on a highway" is an accident unless
        # something else in the sentence makes it an attack)
        hit = bool(targets) and any(
            t.sub_event_type != "Looting/property destruction" and (t.strong or t.text.lower() != _FIRE_ONLY)
            for t in triggers
        )
        supported = (
            bool(strong)
            or (bool(triggers) and (bool(casualties) or armed_actor or hit or any(w.sub_event_type for w in weapons)))
            or (bool(casualties) and any(w.sub_event_type for w in weapons))
        )
        # A weapon named with no action ("Russian Msta-S howitzers in Dibrova") joins the event the
        # article is telling but never starts one.
        if _AGGREGATE.search(text):
            continue  # "since the start of the invasion, 418 children were killed": a tally, not an event
        summary = _SUMMARY.search(text, clause[0], clause[1])
        if summary and re.search(r",\s+(?:where|which|who|as|after)\b", text[clause[0] : summary.start()]):
            summary = None  # "Fighting continued around Vuhledar, where troops have held off assaults for weeks"
        if summary and not inside(dated):
            continue  # "Israel and Hezbollah have traded fire since October": the story's background, no event
        if summary:
            # "Fighting has since resumed in El Fasher, where the RSF on Friday shelled the market":
            # the day's event is the one told after the summing-up.
            later = [t for t in triggers if t.start >= summary.end() + offset]
            triggers = later or triggers
        places_or_none: list[PlaceMention | None] = list(clause_places) or [None]
        for place in places_or_none:
            candidates.append(
                Candidate(
                    sentence_index,
                    triggers,
                    weapons,
                    inside(mentions.targets),
                    inside(mentions.impacts),
                    casualties if place is None or place is clause_places[0] else [],
                    actors,
                    clause_dates[0] if clause_dates else None,
                    place,
                    can_create=supported,
                    subordinate=number > 0 and bool(_SUBORDINATE.match(text[clause[0] : clause[0] + 40])),
                    clause_text=text,
                    clause_offset=offset,
                )
            )
    return candidates


_HORS_DE_COMBAT = re.compile(
    r"\bprisoners? of war\b|\bPOWs?\b|\bcaptive (?:soldiers|servicemen|fighters)\b|\b(?:had|after (?:they|he)) surrendered\b"
    r"|\bwho (?:had )?surrendered\b|\bcaptured (?:soldiers|servicemen|fighters)\b"
    # "rounded up men ... and executed them": an execution has no armed other side
    r"|\bexecut(?:ed|ing)\b|\bsummarily\b"
    # "a militia attacked a village", "gang members opened fire at a market": the people of a
    # place, not an armed side
    r"|\b(?:open(?:s|ed|ing)?\s+fire\s+on|fired\s+on|firing\s+(?:on|at)|shooting)\s+(?:a\s+group\s+of\s+)?(?:\w+\s+)?"
    r"(?:workers|labou?rers|villagers|passengers|civilians|worshippers|farmers|traders|travell?ers|students|"
    r"unarmed\s+(?:\w+\s+)?(?:men|women|people|students|protesters|civilians|youths?))\b"
    # "went house to house, shooting at least 25 men": people shot by number, not an armed side
    r"|\b(?:shooting|shot|executing|executed)\s+(?:dead\s+)?(?:(?:at\s+least|about|some|more\s+than|over|nearly)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|scores\s+of)\s+(?:men|women|boys|girls|children|people)\b"
    r"|\b(?:attack(?:ed|s)?|attacks?\s+on|raid(?:ed|s)?(?:\s+on)?|open(?:s|ed|ing)?\s+fire\s+(?:at|on|in|inside))\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:community|village|hamlet|market|camp for displaced|"
    r"(?:displacement|displaced persons|IDP|refugee) camp|church|mosque|"
    r"school|wedding|funeral|bus|hospital)\b"
    # "Gangs attacked the town, setting homes ablaze": people's homes burned in an attack
    r"|\b(?:set(?:ting|s)?\s+(?:(?:dozens\s+of|several|many|scores\s+of|\d+)\s+)?(?:homes|houses|huts|dwellings)\s+"
    r"(?:ablaze|on\s+fire|alight)|(?:torch(?:ed|ing)|burn(?:ed|t|ing)(?:\s+down)?)\s+(?:(?:dozens\s+of|several|many|"
    r"scores\s+of|\d+)\s+)?(?:homes|houses|huts|dwellings))\b"
    # "gunmen killed seven at a bar": people out at a bar, a wedding or a concert are not an armed side
    r"|\b(?:at|in|inside|outside)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:bar|restaurant|nightclub|cafe|café|hotel|"
    r"wedding|funeral|concert|beach|shopping (?:centre|center|mall)|mall|cockfighting ring|pool hall|billiard hall|party)\b"
    # "sprayed bullets into a cockfighting ring": fire into a gathering
    r"|\bspray(?:ed|ing)\s+(?:bullets|gunfire)\s+(?:into|at|on)\b"
    # "opened fire on people waiting for aid": people come for food are not an armed side
    r"|\b(?:waiting|waited|queu(?:e|ed|ing|eing)|gathered|lining\s+up|lined\s+up)\s+(?:for|to\s+(?:collect|receive|get))\s+"
    r"(?:(?:sacks|bags|parcels|packets|loaves|boxes)\s+of\s+)?(?:food\s+|humanitarian\s+)?(?:aid|food|bread|water|flour|rations)\b"
    # "opened fire on Palestinians approaching an aid distribution site": people come for aid
    r"|\b(?:approaching|heading\s+(?:to|for|towards)|gathered\s+(?:at|near|around)|near|outside)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+)?(?:aid|food)\s+(?:distribution\s+)?(?:sites?|points?|centres?|centers?|hubs?|convoys?|trucks?)\b"
    # "set him on fire", "beat them with clubs": a person at someone's mercy
    r"|\b(?:set\s+(?:him|her|them)\s+(?:on\s+fire|ablaze|alight)|(?:burned|burnt)\s+(?:him|her|them)\s+(?:alive|to\s+death)|"
    r"(?:beat|beaten|clubbed|whipped|flogged)\s+(?:him|her|them|(?:an?|\d+|two|three|four|five|six|several)\s+"
    r"(?:[\w-]+\s+){0,2}(?:m[ae]n|wom[ae]n|boys?|girls?|people|farmers?|villagers?|shepherds?|residents?|youths?)\b))"
)
_TRAINING_ACCIDENT = re.compile(
    r"\b(?:collided|crashed|went down|exploded|misfired)\b[^.;]{0,60}\b(?:during|on|in)\s+(?:a\s+)?(?:routine\s+)?"
    r"(?:training|test)\s+(?:flight|mission|exercise|sortie|drill)|\bmid-air\s+collision\b|"
    # "a passenger jet and an army helicopter collided over the Potomac"
    r"\b(?:jet|plane|aircraft|airliner|helicopter)s?\b[^.;]{0,60}\bcollided\b|"
    # "four soldiers were killed when a military truck overturned on a mountain road"
    r"\bwhen\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}(?:truck|lorry|bus|minibus|vehicle|car|jeep|helicopter|plane|"
    r"aircraft|boat|ferry|train)\s+(?:overturned|crashed|collided|capsized|plunged|veered|rolled\s+over|skidded|derailed)",
    re.I,
)
# A weak word that tells only that something began to burn, with no one who set it alight ("on fire" and
# "ablaze" stay: "School No. 6 in Avdiivka on fire" is how a war's monitors title a strike's aftermath)
_FIRE_ONLY = "caught fire"
# ", police said.": an attribution at the end of a sentence.
# (", city police said", ", Tijuana municipal police said": the level and place of the office between)
_SOURCE_BEFORE = re.compile(
    r",\s*(?:the\s+)?(?:(?:city|state|local|regional|provincial|district|municipal|federal|county|[A-Z][\w'’-]+)\s+){0,2}$"
)
_SOURCE_AFTER = re.compile(
    r"(?:\s+(?:health|defence|defense|interior|foreign|information)\s+ministry|['’]s\s+(?:media\s+wing|press\s+(?:service|office)|"
    r"spokes(?:man|woman|person))"
    # ", police in Central Equatoria said"
    r"|\s+in\s+(?:[A-Z][\w'’-]+\s+){1,3}?(?:state\s+|province\s+|region\s+|county\s+)?)?\s*(?:said|says|say|reported|told)\b"
)
# "Swedish police said nobody was hurt when someone threw a grenade": the police opening the sentence
# to tell what others did (not "Police said they had arrested ...", which _SELF_REPORT keeps)
# ("Sumy regional police said": the place and the office's level before the police)
# ("... blew out the front of a bakery; police said the grenade was meant to intimidate": or opening a clause)
_OPENING_SOURCE_BEFORE = re.compile(
    r"(?:^|;)\s*(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,2}(?:(?:regional|provincial|state|city|district|local|national)\s+)?$"
)
_OPENING_SOURCE_AFTER = re.compile(
    r"\s+(?:said|says|say|reported)\b(?!\s+(?:on\s+\w+day\s+)?(?:that\s+)?"
    r"(?:it|they|its|their|he|she|we|officers|police(?:men)?|troops|soldiers|forces|agents)\b)",
    re.I,
)
# "The MNDAA said it had taken Lashio", "the army said its troops repelled": a side that speaks of
# its own act is its actor, not only the source.
# ("the Ukrainian Navy reported that its Neptune missiles had destroyed 2 aircraft": its own weapons, named)
_SELF_REPORT = re.compile(
    r"\s+(?:said|says|announced|claimed|reported|reports)\s+(?:on\s+\w+day\s+)?(?:that\s+)?"
    r"(?:(?:it|they)\s+(?:had|has|have)\s+(?!not\b|never\b)|"
    rf"(?:its|their)\s+(?:[A-Z][\w-]*\s+)?(?:{OWN_FORCES}|missiles|rockets|shells)\b)"
)
# "Three policemen were killed", "two soldiers died": the actor suffered the violence.
# "Somali forces killed nine al-Shabaab militants": named as the object of a killing.
_VICTIM_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|captured|capturing|cleared|drove|pushed|expelled|ousted|dislodged|routed|"
    r"neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|liquidated|destroyed)\s+"
    # ("killed three members of a FARC dissident faction": whose members)
    r"(?!(?:when|as|after|by|in|while|during|and|near|at|on)\b)(?:[\w,]+\s+){0,2}(?:members\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2})?$",
    re.I,
)
# "Al Shabaab fighters stormed a police post, killing 4": what was attacked, not who attacked.
# ... or whose positions, convoy or base were ("struck a deployment point of the Armed Forces of Ukraine").
_TARGET_BEFORE = re.compile(
    # ("a Russian strike against two Ukrainian artillery guns": what a strike was aimed at)
    r"\b(?:stormed|attacked|ambushed|raided|overran|targeted|hit|struck|shelled|bombed|besieged|surrounded|"
    r"(?:strikes?|attacks?|raids?)\s+(?:against|on)|"
    # "opened live fire on crowds", "fired tear gas at marchers"
    r"(?:opened|opening)\s+(?:live\s+)?fire\s+on|fired\s+(?:[\w-]+\s+){0,2}(?:on|at|into))\s+"
    r"(?:(?:an?|the|two|three|four|several|\d+)\s+(?:[\w-]+\s+)?)?$|"
    r"\b(?:positions?|(?:deployment|firing|command|control) (?:points?|posts?)|bases?|camps?|depots?|headquarters|"
    r"convoys?|columns?|vehicles?|checkpoints?|posts?|outposts?|barracks|patrols?|trenches)\s+of\s+(?:the\s+)?$",
    re.I,
)
# "troops killed 20 Boko Haram fighters who attacked a base": who attacked is actor 1
# (as ACLED codes a repelled attack), whoever the sentence names first.
_ATTACKERS_AFTER = re.compile(
    r"(?:\s+(?:fighters|militants|gunmen|insurgents|rebels|terrorists|members|elements|militiamen))?"
    r"(?:\s*,?\s+(?:who|which|that))?\s+(?:had\s+)?(?:(?:earlier|first|allegedly|reportedly)\s+)?"
    # ("gang members who tried to advance into Petion-Ville", "jihadists who tried to storm the Djibo garrison")
    r"(?:attacked|stormed|raided|ambushed|assaulted|overran|"
    r"(?:tried|attempted|sought)\s+to\s+(?:storm|overrun|attack|advance|break\s+(?:into|through)|push\s+into|seize|capture)|"
    # "The RSF launched a fresh assault on El Fasher, and the army said it had repelled it"
    r"launched\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:assault|attack|offensive)|"
    r"attempted\s+to\s+(?:storm|overrun|attack))\b",
    re.I,
)
# Weapons someone planted, threw or carried to the target: their user is an armed group even unnamed.
_PLANTED = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
# "Army troops repelled an RSF assault on Dilling": the group named in the attack repelled made it.
# ("fought off an ambush by Islamic State Sahel fighters")
_ATTACK_WORD = r"(?:assault|attack|offensive|raid|incursion|push|thrust|advance|onslaught|ambush)(?:s|es)?"
_REPELLED = (
    r"\b(?:repelled|repulsed|repelling|repulsing|fought\s+off|beat\s+back|beaten\s+back|pushed\s+back|pushing\s+back|"
    r"held\s+off|fended\s+off|warded\s+off|thwarted|foiled)\s+"
    r"(?:(?:an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|repeated|"
    r"(?:a\s+)?series\s+of)\s+)?(?:[\w-]+\s+)?"
)
# "repelled an RSF attack", "beat back 40 Russian assaults", "repulsed an attack by ISWAP fighters"
_REPELLED_BEFORE = re.compile(rf"{_REPELLED}$", re.I)
_ATTACK_AFTER = re.compile(rf"(?:\s+[\w-]+)?\s+{_ATTACK_WORD}\b", re.I)
_ENDS_IN_ATTACK = re.compile(rf"\b{_ATTACK_WORD}$", re.I)  # a mention that is the attack: "Russian assaults"
_BY_ATTACKER_BEFORE = re.compile(rf"{_REPELLED}{_ATTACK_WORD}\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_BUSINESS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|operators?|investors?|(?:investment\s+)?funds?|owners?|shareholders?|"
    r"corporations?|conglomerates?|buyers?|bidders?|clubs?)\b",
    re.I,
)
_WHEN_BEFORE = re.compile(
    r"\b(?:when|as)\s+(?:the\s+|an?\s+)?(?:suspected\s+|alleged\s+|armed\s+|heavily\s+armed\s+)?$", re.I
)
_WHEN_ACT_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:entered|raided|attacked|stormed|opened\s+fire|fired|shelled|bombed|overran|invaded|"
    r"ambushed|targeted|torched|burned|set\s+fire|descended\s+on|swept\s+(?:through|into)|struck)\b",
    re.I,
)
# "a missile launched by the Houthis", "drones fired from Iran", "a Houthi missile": the launcher of what was stopped
_LAUNCHED_BY_BEFORE = re.compile(r"\b(?:launched|fired|sent|flown)\s+(?:\w+\s+)?(?:by|from)\s+(?:the\s+)?$", re.I)
_ITS_TROOPS_AFTER = re.compile(
    r"\s+(?:army|military|forces|defen[cs]e\s+(?:forces|ministry))?\s*(?:said|says|stated)\s+(?:that\s+)?(?:its|their)\s+"
    r"(?:troops|soldiers|forces|units)\b",
    re.I,
)
_LAUNCHED_WEAPON = re.compile(r"\b(?:missiles?|drones?|rockets?|UAVs?|Shaheds?|projectiles?)$", re.I)
_LAUNCHED_WEAPON_AFTER = re.compile(
    # ("two Ukrainian Neptune missiles", "Storm Shadow missiles": a model's name between)
    r"\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:(?:ballistic|cruise|hypersonic|guided|attack|kamikaze)\s+)?"
    r"(?:missiles?|drones?|rockets?|UAVs?|projectiles?)\b",
    re.I,
)
_SURRENDERED_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:in|at)\s+[^.;]{0,50}?\s+)?(?:had\s+)?(?:surrendered|capitulated|gave\s+up)\s+to\b",
    re.I,
)
_RETURNED_FIRE_AFTER = re.compile(
    r"(?:\s+(?:then|quickly|immediately|also))?\s+(?:had\s+)?returned\s+(?:the\s+)?fire\b", re.I
)
# A side told in a clause of its leaving before the other came: "hours after FARDC troops and Wazalendo fighters had
# pulled out of the town"
_LEFT_EARLIER_BEFORE = re.compile(r"\b(?:after|once|when|since|as)\s+(?:the\s+)?$", re.I)
_LEFT_LATER = re.compile(
    r"(?:\s+(?!(?:entered|took|seized|captured|moved|marched|rolled|after|as|once|when|since|before|because)\b)[\w'’-]+)"
    r"{0,5}?\s+(?:(?:had|have|has)\s+)?"
    r"(?:fled|pulled\s+out|withdr(?:ew|awn)|retreated|abandoned|left|vacated)\b",
    re.I,
)
_RECEIVER_BEFORE = re.compile(
    # ("handed over the Tabqa dam and the town of Tabqa (Al-Thawrah, Ar-Raqqa) to ...": with its areas)
    # ("abandoned their last positions in Kyaukphyu (Kyaukphyu, Rakhine) to the Arakan Army": given up to a side)
    r"\b(?:(?:over|handed|ceded|transferred)\s+(?:control\s+)?|(?:(?:handed|turned)\s+over|abandoned|ceded|lost|yielded|gave\s+up)\s+"
    r"(?:[\w'’-]+\s+){1,8}?(?:\([^()]{1,40}\)\s+)?)to\s+(?:the\s+)?$",
    re.I,
)


# Words of taking people that say nothing of a kidnapping ("were taken from their homes"; not "abducted", "seized",
# "whereabouts unknown")
_TAKEN_ONLY = re.compile(
    r"^(?![^.;]*\b(?:abduct|kidnap|disappear|snatch|seiz|grab|whereabouts|incommunicado|unknown|undisclosed|secret|"
    r"hostage|ransom))[^.;]*\b(?:taken|took|led|driven|marched)\b",
    re.I,
)


def _interaction(inter1: int, inter2: int | None) -> int:
    """ACLED's interaction code: both inter codes, lower first ("17"), or one alone times ten."""
    return int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter2 is not None else inter1 * 10


# Acts that strike nothing: a railway worker arrested, a base handed over, a march past a plant have no targets.
_NOTHING_HIT = frozenset(
    {
        "Arrests",
        "Agreement",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Peaceful protest",
    }
)
_DEMONSTRATION_TYPES = frozenset(
    {"Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration"}
)
_TWO_SIDED = re.compile(r"clash|fight|fought|battl|exchang|skirmish|firefight|gunfight|repel|repuls", re.I)


def _names_its_act(draft: _Draft, mention: ActorMention) -> bool:
    """ "RSF shelling killed 14": the group is named by the word for its act that follows it (a
    state named by its capital, "Kyiv", is not: "... in Kyiv Shelling of ..." runs captions on),
    or inside the words of the act ("An Israeli tank fired on ...")."""
    triggers = [t for c in draft.candidates for t in c.triggers]
    # ("An Israeli tank fired on a watchtower": named at the head of the words of the act, after an
    # article at most; not "blew up near a police station", where the police are what was hit)
    return any(
        t.start <= mention.start < t.end and len(t.text[: mention.start - t.start].split()) <= 1 for t in triggers
    ) or (mention.entry.kind in GROUP_KINDS and any(0 <= t.start - mention.end <= 1 for t in triggers))


def _after_act(draft: _Draft, mention: ActorMention, anchor: int) -> bool:
    """Is the actor named after the act: after the event's own word, or, in a sentence without it,
    after every word of an act there ("a terrorist attack against a policeman", in a headline
    before the one that names "a car explosion")?"""
    return mention.start > anchor or any(
        mention in c.actors
        and c.triggers
        and not c.clause_offset <= anchor < c.clause_offset + len(c.clause_text)
        and all(t.end <= mention.start for t in c.triggers)
        for c in draft.candidates
    )


def _two_sided(draft: _Draft) -> bool:
    """Is the fighting told as between two sides ("clashed", "fought"), not one storming a place?"""
    return any(
        t.sub_event_type == "Armed clash"
        and (
            (t.strong and _TWO_SIDED.search(t.text))
            # ("armed men fired on a village volunteer post ...; the volunteers returned fire": the targets fought back)
            or re.fullmatch(r"returned\s+(?:the\s+)?fire", t.text, re.I) is not None
        )
        for c in draft.candidates
        for t in c.triggers
    )


# The armed forces' own media wing (Pakistan's Inter-Services Public Relations).
_MILITARY_VOICE = re.compile(r"\bISPR\b|Inter-Services Public Relations")
_POSITIONS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:positions|trenches|defen[cs]es|strongholds?|lines)\b", re.I)
# ("a third resident died of his wounds": one more, counted with the first)
_ALSO = re.compile(
    r"\balso\b|^(?:and|as well as)\s|^an?\s+(?:third|fourth|fifth|sixth)\b|^(?:another|one more)\b", re.I
)
_FINDER_AFTER = re.compile(r"\s+(?:later\s+)?(?:found|discovered|recovered|retrieved|exhumed)\b(?!\s+and\b)")
# "seized rifles and explosives": weapons taken, the words of a seizure rather than of a weapon stopped
_SEIZURE = re.compile(r"(?:seiz|confiscat|recover|found|discover|uncover)", re.I)
# "Al Shabaab claimed responsibility", "the group said it carried out the attack", "IS claimed the bombing"
_RESPONSIBILITY = re.compile(
    r"\b(?:claim(?:ed|s|ing)?\s+(?:responsibility|credit)|took\s+responsibility|"
    # "Boko Haram (JAS) was suspected": the group named as the suspect, before its words
    r"(?:was|were|is|are)\s+(?:widely\s+)?suspected\b(?!\s+(?:of|to|in)\b)|"
    r"claim(?:ed|s)?\s+(?:the|a|an|this|that|Sunday['’]s|Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|"
    r"Friday['’]s|Saturday['’]s)\s+(?:[\w-]+\s+){0,2}(?:attack|bombing|blast|explosion|killing|killings|assault|ambush|"
    r"abduction|kidnapping|raid|strike)s?|"
    # "Al-Shabaab claimed it on its channels" (not "claimed it had shot down")
    r"claim(?:ed|s)?\s+(?:it|them)\b(?!\s+(?:had|has|have|was|is|were|would|will|did|to)\b)|"
    # "Al Shabaab said it planted the device"
    # ("the Pakistani Taliban said they had sent the bomber")
    r"said\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out|was\s+behind|were\s+behind|planted|detonated|set\s+off|"
    r"staged|launched\s+the\s+attack|sent\s+the\s+(?:suicide\s+)?(?:bomber|attackers?|fighters))|"
    # "the Pakistani Taliban said he was one of theirs": the bomber claimed as the group's own
    r"said\s+(?:that\s+)?(?:he|she|the\s+(?:suicide\s+)?(?:bomber|attacker|gunman))\s+(?:was|had\s+been)\s+"
    r"(?:one\s+of\s+(?:theirs|its\s+own|(?:its|their)\s+(?:fighters|members|men))|(?:its|their)\s+(?:fighter|member|man))|"
    # "said in a statement that its fighters had carried out the attack"
    r"said\s+(?:in\s+a\s+statement\s+|on\s+\w+\s+)?(?:that\s+)?(?:its|their)\s+(?:fighters|members|men|militants|"
    r"mujahideen|units?)\s+(?:had\s+)?(?:carried\s+out|were\s+behind|conducted|staged))"
    r"\b",
    re.I,
)
_ATTRIBUTED = re.compile(
    r"\b(?:attributed\s+to|blamed\s+on|blam(?:ed|es|ing)|accused|held\s+responsible)\s+(?:the\s+)?", re.I
)
_NO_CLAIM = re.compile(
    r"\b(?:no\s+(?:group|one|organi[sz]ation)|nobody|not\s+(?:yet\s+)?(?:been\s+)?claimed|(?:has|have|had|did)\s+not\s+(?:yet\s+)?claim|"
    r"denied|den(?:y|ies)|falsely|unverified)\b",
    re.I,
)
# "Somali forces backed by Turkish drones recaptured ...": who helped is not who acted.
_HELPER_BEFORE = re.compile(
    r"\b(?:(?:backed|supported|aided|assisted|helped|escorted|reinforced)\s+by|with\s+(?:the\s+)?(?:help|support|backing)\s+of|"
    # "Ugandan troops operating alongside the Congolese army", "Burundian troops backing the army"
    r"(?:(?:operating|fighting|deployed|serving)\s+)?alongside|together\s+with|backing|supporting|in\s+support\s+of|allied\s+with)"
    r"\s+(?:the\s+|their\s+|its\s+)?(?:allied\s+)?$",
    re.I,
)
# ... or the members who did it ("a suicide bomber from the Baloch Liberation Army").
_OWNED_WEAPONS = re.compile(
    r"\b(?:warplanes|aircraft|jets|fighter jets|drones|helicopters|gunships|artillery|tanks|troops|soldiers|"
    r"forces|fighters|militants|units|bombers?|gunm[ae]n|attackers?|assailants?|operatives|commandos)\s+(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
# "insurgents linked to the Islamic State": the named group the unnamed fighters belong to (as ACLED codes
# "suspected ISWAP militants")
_AFFILIATED_BEFORE = re.compile(
    r"\b(?:linked|loyal|affiliated|allied|tied|belonging)\s+(?:to|with)\s+(?:the\s+)?$", re.I
)
# "Iranian drones", "French howitzers": a state named by the weapons it made (weapon_users.tsv's "made:" rows say
# whose they are where it does not fight)
_MADE_BY_WEAPON = re.compile(
    r"\b(?:drones?|UAVs?|missiles?|rockets?|shells|howitzers?|bombs?|munitions|artillery|tanks|jets|warplanes|"
    r"aircraft|helicopters?|launchers)$",
    re.I,
)
# "troops fired on an Armenian tractor working a field": an attack trigger that names people at work by what they
# worked with (the trigger row's words in triggers.tsv), so nobody hurt and no side named still makes no battle
_AT_WORK_FIRED_ON = re.compile(
    r"\b(?:tractors?|combine harvesters?|shepherds?|herders?|fishing boats?|fishermen|civilian|ambulances?)\b", re.I
)
# "the attackers", "these gunmen": unnamed fighters already named.
_ANAPHORIC_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+$")
# "unidentified gunmen suspected to be Fulani militiamen": who the gunmen are thought to be.
_SUSPECTED_BEFORE = re.compile(
    r"\b(?:(?:suspected|believed|thought|said|alleged|presumed)\s+to\s+(?:be|have\s+been)|"
    # ("fighters a local vigilante leader described as Boko Haram")
    r"(?:described|identified)\s+as)\s+(?:from\s+|members\s+of\s+)?(?:the\s+)?$",
    re.I,
)


def _named_group_before(mention: ActorMention, before: str) -> bool:
    """Unnamed fighters told as a named group's, just before its name: "gunmen suspected to be Fulani militiamen",
    "insurgents linked to the Islamic State" (a group's name only)."""
    return bool(
        _SUSPECTED_BEFORE.search(before) or (mention.entry.kind == "rebel" and _AFFILIATED_BEFORE.search(before))
    )


# "detained on suspicion of sending train timetables to Russian handlers", "for passing the coordinates of Russian
# positions to Ukrainian intelligence": whom the arrested are accused of working for or against, not who arrested them.
_ACCUSED_OF_SERVING = re.compile(
    r"\b(?:suspicion|suspected|accused|charges?|charged|convicted|alleged(?:ly)?|"
    r"for(?=\s+(?:passing|sending|giving|handing|selling|leaking|transmitting|spying|working|collaborating|filming|"
    r"photographing)\b))\s+(?:of\s+)?(?:[\w'’-]+\s+){0,8}?(?:for|to|with|by|from|of)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
    re.I,
)
_KILL_WORD = re.compile(r"\b(?:were|was)\s+killed$", re.I)
# The words of a count before a group counted in it ("Eleven soldiers and "), not who described the dead ("a man
# described by the Israeli army as a Hamas member was killed")
_COUNTED_WITH = re.compile(
    r"(?:(?!(?:by|as|described|identified|named|said|according|from|of)\b)[\w'’-]+\s+){0,4}", re.I
)
_KILLED_IN_AMBUSH_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:were|was)\s+killed\s+(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"(?:ambush|attack|raid|assault)\b(?![^.;]{0,40}\bby\b)",
    re.I,
)
_AMBUSHED_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:were|was)\s+(?:ambushed|attacked)\b(?![^.;]{0,40}\bby\b)", re.I)
_VICTIM_AFTER = re.compile(
    # (also the first of a pair: "Five militants and a soldier were killed")
    r"\s+(?:and\s+(?:an?|one|two|three|four|five|\d+)\s+[\w-]+\s+(?=were\b))?(?:\w+\s+)?"
    # ("militants linked to the Dawlah Islamiyah were killed": whose they were, told between)
    r"(?:(?:linked|loyal|belonging|allied)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?"
    # ("2 PKK members travelling on a mountain road near Sidakan were killed": what they were doing, between)
    # ("2 police officers on guard in Jamundi (Jamundi, Valle del Cauca) were wounded")
    r"(?:(?:travell?ing|driving|riding|walking|returning|heading|fleeing|hiding|sheltering|patrolling|manning|guarding|"
    r"on\s+(?:guard|duty|patrol))"
    r"\s+(?:[^,.;()]|\([^()]*\)){1,90}?\s+)?"
    # ("six Ukrainian soldiers near Orikhiv were treated": where they were)
    r"(?:(?:near|in|at|outside)\s+[A-Z][\w'’-]+\s+)?"
    r"(?:were|was|have been|has been|had been)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|abducted|kidnapped|ambushed|targeted|gunned\s+down|shot\s+dead|neutrali[sz]ed|"
    # ("Ukrainian soldiers near Huliaipole were treated for poisoning": the side harmed)
    r"treated|hospitali[sz]ed|poisoned|"
    # ("4 soldiers of a FAMa supply convoy died": whose convoy it was)
    r"martyred)\b|\s+(?:of\s+(?:an?|the|their)\s+)?(?:(?!(?:said|says|say|reported|told|added|claimed)\b)[\w-]+\s+){0,3}?"
    r"(?:died|perished|embraced\s+shaha?dat|needed\s+(?:medical\s+)?treatment)\b"
    # "Ukrainian supply trucks destroyed by artillery": what the fire hit ("A police station in Tumaco was damaged on
    # Monday by a bomb")
    r"|\s+(?:[\w-]+\s+){0,3}(?:(?:were|was)\s+)?(?:destroyed|hit|struck|damaged)\s+(?:(?:on|early\s+on)\s+\w+\s+|overnight\s+)?by\b"
    # "MINUSCA peacekeepers came under fire from 3R rebels": fired on, whatever they did next
    r"|\s+(?:[\w-]+\s+){0,2}(?:came|come|comes|had\s+come)\s+under\s+(?:[\w-]+\s+){0,2}(?:fire|attack)\s+from\b"
    # "a military supply truck struck an IED": what ran onto a planted device was hit by it
    r"|\s+(?:[\w-]+\s+){0,3}(?:struck|hit|ran over|drove over|stepped on|triggered)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:IEDs?|(?:land ?)?mines?|roadside bombs?|explosive devices?|booby[- ]traps?)\b"
)


class EventBuilder:
    """Merges an article's candidates into events and fills every field with its evidence."""

    def __init__(self, lexicon: Lexicon, gazetteer: Gazetteer) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        self._iso3_of = {c.name: c.iso3 for c in gazetteer.countries_by_iso2.values()}
        self._short: dict[str, tuple[str | None, str | None]] = {}  # event id -> actor names for notes

    def credit_claims(self, events: list[Event], sentences: list[tuple[int, str]]) -> None:
        """ "Al Shabaab claimed responsibility for the attack": an armed group that claims an
        attack the article does not otherwise attribute, or that the attack is attributed to ("the
        government blamed the Islamic State"), is its actor 1, as ACLED codes it.
        ``sentences``: (start offset, text) of the article's sentences."""
        unattributed = [
            e
            for e in events
            if not e.background
            and (e.actor1 or "").startswith("Unidentified Armed Group")
            and e.disorder_type == "Political violence"
        ]
        if not unattributed:
            return
        claimants: list[ActorMention] = []
        for start, text in sentences:
            claim = _RESPONSIBILITY.search(text)
            blamed = _ATTRIBUTED.search(text)
            if (claim is None and blamed is None) or _NO_CLAIM.search(text):
                continue
            actors = find_actors(text, start, self.lexicon)
            groups = [
                a
                for a in actors
                if a.entry.kind in ("rebel", "identity")
                and (
                    (claim is not None and a.start - start < claim.end())
                    # "The attack was attributed to CODECO", "the government blamed the Islamic State"
                    or (blamed is not None and 0 <= a.start - start - blamed.end() <= 12)
                )
            ]
            if not groups and claim is not None:
                # A state's forces, as the claim's own subject: "Ukrainian military intelligence claimed
                # responsibility" (not the state a victim or a place belongs to, named earlier).
                groups = [
                    a
                    for a in actors
                    if a.entry.kind.startswith("state:")
                    and re.fullmatch(r"(?:['’]s)?(?:\s+[\w'’-]+){0,4}\s+", text[a.end - start : claim.start()])
                ][-1:]
            if len({a.entry.name for a in groups}) == 1:
                claimants.append(groups[0])
        if len({c.entry.name for c in claimants}) != 1:
            return  # nobody, or rival claims: left unattributed
        claimant = claimants[0]
        for event in unattributed:
            name = self._actor_name(claimant.entry, event.country, None)
            if not name:
                continue
            event.actor1, event.inter1 = name, claimant.entry.inter
            short = self._short.get(event.event_id, (None, None))
            if event.actor2 == name:
                # ("A suicide bomber killed six recruits ... Al Shabaab said it carried out the attack": the group
                # named in its claim was read as the side hit; it cannot be both)
                event.actor2, event.inter2 = None, None
                event.evidence = [e for e in event.evidence if e.field != "actor2"]
                short = (short[0], None)
            event.interaction = _interaction(event.inter1, event.inter2)
            event.evidence.append(Evidence("actor1", claimant.start, claimant.end, claimant.text))
            self._short[event.event_id] = (claimant.entry.short, short[1])

    def rewrite_notes(self, events: list[Event]) -> None:
        """Notes again, once claims have given events their status and sources."""
        for event in events:
            event.notes = write_note(event, self._short.pop(event.event_id, (None, None)))

    def build(
        self, article: Article, candidates: list[Candidate], context: GeoContext, reference: date | None = None
    ) -> list[Event]:
        """Events from an article's candidates; ``reference`` is the day undated events are dated
        by and background is measured from (the dateline's day, else the publication date)."""
        reference = reference or article.published
        drafts: list[_Draft] = []
        current: _Draft | None = None
        for candidate in candidates:
            place = resolve(candidate.place_mention, self.gazetteer, context) if candidate.place_mention else None
            if (
                place is None
                and candidate.date is None
                and current is not None
                and self._other_kind(current, candidate)
            ):
                # "The mayor was jailed. Hundreds of thousands rallied in his support.": another kind
                # of event with no place or date of its own is neither this event nor one to code.
                continue
            target = self._find_draft(drafts, current, candidate, place, reference)
            if target is None and current is not None and self._tells_where_in(current, candidate, place):
                # "Russian forces shelled border villages of the Shostka district; a woman was killed in
                # Seredyna-Buda": the toll told after a strike on an area names the town it was in
                target = current
                if place is not None and place.feature == "unresolved" and current.place is not None:
                    # ("... in Afghanistan's Paktika province; eight civilians died in Barmal district": a name
                    # the gazetteer lacks, told inside the area struck, is placed at that area)
                    place = placed_within(current.place, place.location)
                target.place, target.place_mention = place, candidate.place_mention
            if target is None:
                if not candidate.can_create:
                    continue
                target = _Draft(date=candidate.date)
                if place is not None:
                    target.place, target.place_mention = place, candidate.place_mention
                elif current is not None and current.place is not None and current.place.iso3:
                    # A new action with no place of its own: the country of the story so far,
                    # not the last town (the next paragraph is often about somewhere else).
                    target.place = self._country_place(current.place.iso3)
                else:
                    target.place = self._default_place(context, candidate)
                drafts.append(target)
            target.candidates.append(candidate)
            if target.date is None and candidate.date is not None:
                target.date = candidate.date
            if not candidate.subordinate:
                current = target
        if reference and drafts and all(_past_or_tally(draft, reference, article.text) for draft in drafts):
            return []
        events: list[Event] = []
        for draft in drafts:
            event = self._finish(article, draft, len(events) + 1, reference)
            if event.actor1 is None and (
                # "The two rival parties signed a coalition agreement": no side of a conflict agrees
                # (but "Sudan's warring parties signed a ceasefire deal" is a deal to end a war).
                (
                    event.sub_event_type == "Agreement"
                    and not any(_WAR_DEAL.search(c.clause_text) for c in draft.candidates)
                )
                # "A courier firm turned a disused factory into a base for its delivery drones": no armed
                # or political actor sets it up
                or event.sub_event_type == "Headquarters or base established"
            ):
                self._short.pop(event.event_id, None)
                continue
            events.append(event)
        return events

    def _find_draft(
        self,
        drafts: list[_Draft],
        current: _Draft | None,
        candidate: Candidate,
        place: Place | None,
        published: date | None = None,
    ) -> _Draft | None:
        if place is None and candidate.date is None:
            return current
        for draft in reversed(drafts):
            if place is None:
                # "in Thursday's attack": the event of that day the article already reported.
                if draft.date is not None and draft.date.date == candidate.date.date:  # type: ignore[union-attr]
                    return draft
                continue
            same_place = draft.place is not None and (draft.place.location, draft.place.iso3) == (
                place.location,
                place.iso3,
            )
            # An undated draft is the day of the news: "had retaken the town in 2023" is another event.
            long_ago = bool(
                candidate.date and published and candidate.date.date < published - timedelta(days=BACKGROUND_AFTER_DAYS)
            )
            same_date = (
                candidate.date is None
                or (draft.date is None and not long_ago)
                or (draft.date is not None and draft.date.date == candidate.date.date)
            )
            if same_place and same_date:
                return draft
        return None

    @staticmethod
    def _tells_where_in(current: _Draft, candidate: Candidate, place: Place | None) -> bool:
        """Does a clause with a toll and no act of its own, told in the same sentence as an act on an area,
        name a town in that area?"""
        if place is None or current.place is None or not current.candidates:
            return False
        return (
            current.candidates[-1].sentence_index == candidate.sentence_index
            and bool(candidate.casualties)
            and not any(t.strong for t in candidate.triggers)
            and not any(
                a.entry.kind.startswith(ARMED_KINDS)
                # ("; the Taliban said eight civilians died in Barmal": who told of the toll did not act)
                and not re.match(
                    r"\s+(?:said|says|say|reported|told)\b", candidate.clause_text[a.end - candidate.clause_offset :]
                )
                for a in candidate.actors
            )
            and (candidate.date is None or current.date is None or candidate.date.date == current.date.date)
            and current.place.geo_precision >= 2
            and (
                (
                    place.geo_precision == 1
                    and place.iso3 == current.place.iso3
                    and place.admin1 is not None
                    # ("fired rockets into Thai territory; one hit a petrol station in Kantharalak": the country's town)
                    and (place.admin1 == current.place.admin1 or current.place.admin1 is None)
                )
                # ("struck hideouts in Paktika province; eight civilians died in Barmal district": a name the
                # gazetteer lacks, in the area struck)
                or (
                    place.feature == "unresolved"
                    and place.latitude is None
                    and current.place.feature == "admin1"
                    and place.iso3 in (None, current.place.iso3)
                )
            )
        )

    def _other_kind(self, draft: _Draft, candidate: Candidate) -> bool:
        """Does a later sentence report another kind of event (a protest after an arrest, not a
        toll or a second strike of the same attack)? Arrests of protesters belong to the protest."""
        disorder = self.lexicon.taxonomy.disorder_of
        kinds = {disorder[t.sub_event_type] for t in candidate.triggers if t.strong}
        told = {
            disorder[t.sub_event_type]
            for c in draft.candidates
            if c.sentence_index != candidate.sentence_index
            for t in c.triggers
            if t.strong
        }
        if not kinds or not told or kinds & told:
            return False
        # ("Security agents arrested a journalist. He was taken to an unknown location.": the
        # detention's sequel, a disappearance)
        disappeared = all(
            t.sub_event_type == "Abduction/forced disappearance" for t in candidate.triggers if t.strong
        ) and any(t.sub_event_type == "Arrests" for c in draft.candidates for t in c.triggers)
        return not ((kinds == {"Strategic developments"} and "Demonstrations" in told) or disappeared)

    def _default_place(self, context: GeoContext, candidate: Candidate) -> Place | None:
        # Only places say where: "Russian shelling of a market" happened in Ukraine, not Russia,
        # so the states' countries are no guide and the place stays unknown.
        counts = context.place_countries
        if counts:
            country = self.gazetteer.countries_by_iso2.get(counts.most_common(1)[0][0])
            return self._country_place(country.iso3 if country else None)
        # With no place at all, the country (never a point) is told by a country named for its people
        # or government when no state acts ("Colombia's ELN announced ..."), else by a group that
        # fights in one country only ("the ELN announced ...").
        homes = {self.lexicon.homes.get(a.entry.name) for a in candidate.actors} - {None}
        iso2 = context.likely_country() or (homes.pop() if len(homes) == 1 else None)
        country = self.gazetteer.countries_by_iso2.get(iso2 or "")
        if country is None:
            return None
        return Place(
            "", country.name, country.iso3, geo_precision=3, feature="country", unresolved_reason="no place named"
        )

    def _country_place(self, iso3: str | None) -> Place | None:
        country = next((c for c in self.gazetteer.countries_by_iso2.values() if c.iso3 == iso3), None)
        if country is None:
            return None
        return Place(
            country.name, country.name, country.iso3, None, None, country.latitude, country.longitude, 3, "country"
        )

    def _finish(self, article: Article, draft: _Draft, index: int, reference: date | None) -> Event:
        evidence: list[Evidence] = []
        event_date, precision = self._date(draft, reference, evidence)
        sub_type, anchor = self._sub_event_type(draft, evidence)
        kinds = {a.entry.kind for c in draft.candidates for a in c.actors}
        if sub_type == "Mob violence" and any(
            t.sub_event_type == "Peaceful protest" for c in draft.candidates for t in c.triggers
        ):
            sub_type = "Violent demonstration"  # "a mob vandalised the ward during a protest"
        crowd = bool(kinds & {"protesters", "rioters"})
        armed_men = any(k.startswith(("state:", "rebel", "identity", "external", "unidentified")) for k in kinds)
        # a word of a demonstration other than a riot ("to protest", "a march")
        demonstration = any(
            t.sub_event_type in _DEMONSTRATION_TYPES and t.sub_event_type != "Violent demonstration"
            for c in draft.candidates
            for t in c.triggers
        )
        if sub_type == "Violent demonstration" and not crowd and armed_men:
            # "Gunmen set fire to the market after looting shops": armed men, not a crowd.
            sub_type = "Looting/property destruction"
            if _killing_beside(draft) or _beating_beside(draft) or _people_inside(draft):
                # "attackers killed three worshippers and set fire to a mosque", "settlers ... beating
                # residents and setting cars alight"
                sub_type = "Attack"
        elif (
            sub_type == "Violent demonstration"
            and not crowd
            and not armed_men
            and not demonstration
            and any(_TOWNSFOLK.fullmatch(a.text) for c in draft.candidates for a in c.actors)
            and any(_BEAT_WORD.search(c.clause_text) for c in draft.candidates)
        ):
            # "Villagers set fire to the house of a man they accused of blasphemy and beat his brother":
            # people of the place turning on someone, no demonstration told: mob violence
            sub_type = "Mob violence"
        elif (
            sub_type == "Violent demonstration"
            and not crowd
            and not demonstration
            and all(_ARSON.search(t.text) for c in draft.candidates for t in c.triggers if t.sub_event_type == sub_type)
            and not any(_RIOT_SCENE.search(c.clause_text) for c in draft.candidates)
        ):
            # "Dozens of homes were torched in a village": arson with no crowd or protest named is
            # destruction by whoever did it, not a riot
            sub_type = "Looting/property destruction"
        if sub_type == "Looting/property destruction" and not crowd and not armed_men and _people_looted(draft):
            # "traders looted and burned stalls at a market during a dispute": an unorganised crowd's
            # looting is a riot (ACLED keeps looting/property destruction for organised actors)
            sub_type = "Violent demonstration"
        elif (
            sub_type == "Looting/property destruction"
            and crowd
            and not armed_men
            # ("Looters ransacked the warehouses": looters named as such are looting, not a riot)
            and not all(
                re.fullmatch(r"looters?", a.text, re.I)
                for c in draft.candidates
                for a in c.actors
                if a.entry.kind in ("protesters", "rioters")
            )
        ):
            sub_type = "Violent demonstration"  # "crowds stormed and looted the prime minister's residence"
        event_type = self.lexicon.taxonomy.event_type_of[sub_type]
        place = draft.place or Place(location="", geo_precision=3, unresolved_reason="no place named")
        if draft.place_mention:
            evidence.append(
                Evidence("location", draft.place_mention.start, draft.place_mention.end, draft.place_mention.text)
            )
        country = place.country
        when = date.fromisoformat(event_date) if event_date else reference
        actor1, actor2, civilian_victims, ally = self._actors(draft, sub_type, country, when, anchor, evidence)
        # Things hit, or a strike word with nothing named ("a Russian strike knocked out power"):
        # remote violence rather than fighting.
        struck_things = any(t.civilian for c in draft.candidates for t in c.targets) or any(
            re.fullmatch(r"strikes?|struck", t.text, re.I) for c in draft.candidates for t in c.triggers
        )
        # Prisoners of war, the executed, a village's people, someone beaten ("beat its owner"): no armed
        # other side, so killing or hurting them is an attack, not a battle.
        defenceless = (
            any(_HORS_DE_COMBAT.search(c.clause_text) for c in draft.candidates)
            or _people_inside(draft)
            or _beating_beside(draft)
            # "fired on an Armenian tractor working a field": people at work, named by what they worked with
            or any(
                t.sub_event_type == "Attack" and _AT_WORK_FIRED_ON.search(t.text)
                for c in draft.candidates
                for t in c.triggers
            )
        )
        armed_named = {
            a.entry.name
            for c in draft.candidates
            for a in c.actors
            if a.entry.kind.startswith(ARMED_KINDS)
            and not self._context_matches(draft, a, _SOURCE_BEFORE, _SOURCE_AFTER)  # (not ", police said")
        }
        if (
            sub_type == "Armed clash"
            and actor1
            and not actor2
            and civilian_victims
            and len(armed_named) <= 1  # no police or army named anywhere in it
            and not _two_sided(draft)
        ):
            # "RSF fighters stormed the camp, killing nine aid workers": no other armed side, only
            # civilians harmed: an attack, not a battle ("stormed the town and abducted 30
            # residents", no one killed: an abduction).
            abducted = any(
                t.sub_event_type == "Abduction/forced disappearance" for c in draft.candidates for t in c.triggers
            ) and not any(m.kind == "fatalities" for c in draft.candidates for m in c.casualties)
            sub_type = "Abduction/forced disappearance" if abducted else "Attack"
            event_type = self.lexicon.taxonomy.event_type_of[sub_type]
            actor1, actor2, civilian_victims, ally = self._actors(draft, sub_type, country, when, anchor, evidence)
        # (every word of taking people says only that they were taken: "were taken from their homes")
        taken_only = all(
            _TAKEN_ONLY.search(t.text)
            for c in draft.candidates
            for t in c.triggers
            if t.sub_event_type == "Abduction/forced disappearance"
        )
        sub_type, event_type = self._adjust_for_actors(
            sub_type, event_type, actor1, actor2, civilian_victims, place, struck_things, defenceless, taken_only
        )
        fatalities, injuries = self._casualties(draft, evidence)
        if sub_type == "Agreement" and fatalities[0]:
            # "received the bodies of 909 soldiers and handed over 43 bodies": the dead an exchange
            # returns died before it; an agreement kills no one
            fatalities = (0, None, NOT_REPORTED)
            evidence[:] = [e for e in evidence if e.field != "fatalities"]
        event = Event(
            event_id=f"{article.article_id}-e{index}",
            article_id=article.article_id,
            event_date=event_date,
            time_precision=precision,
            event_type=event_type,
            sub_event_type=sub_type,
            disorder_type=self.lexicon.taxonomy.disorder_of[sub_type],
            civilian_targeting=bool(actor2 and actor2[1].kind == "civilians"),
            actor1=actor1[0] if actor1 else None,
            actor2=actor2[0] if actor2 else None,
            assoc_actor_1=ally,
            inter1=actor1[1].inter if actor1 else None,
            inter2=actor2[1].inter if actor2 else None,
            country=place.country,
            iso3=place.iso3,
            admin1=place.admin1,
            admin2=place.admin2,
            location=place.location or None,
            latitude=place.latitude,
            longitude=place.longitude,
            geo_precision=place.geo_precision if place.latitude is not None else None,
            fatalities=fatalities[0],
            fatalities_high=fatalities[1],
            fatalities_qualifier=fatalities[2],
            injuries=injuries[0],
            injuries_qualifier=injuries[2],
            weapons=self._weapons(draft, evidence),
            targets=[] if sub_type in _NOTHING_HIT else self._targets(draft, evidence),
            impacts=self._impacts(draft, evidence),
            background=bool(reference and when and when < reference - timedelta(days=BACKGROUND_AFTER_DAYS)),
            type_confidence=_fallback_confidence(draft),
            source=article.outlet,
            source_url=article.url,
            published=article.published.isoformat() if article.published else None,
            evidence=sorted(set(evidence), key=lambda e: (e.start, e.end, e.field, e.text)),
        )
        if event.inter1 is not None:
            event.interaction = _interaction(event.inter1, event.inter2)
        self._short[event.event_id] = self._short_names(actor1, actor2)
        event.notes = write_note(event, self._short[event.event_id])
        return event

    def _date(self, draft: _Draft, published: date | None, evidence: list[Evidence]) -> tuple[str | None, int]:
        if draft.date is not None:
            evidence.append(Evidence("event_date", draft.date.start, draft.date.end, draft.date.text))
            return draft.date.iso, draft.date.precision
        if published is not None:
            # Nothing in the text dates it: news reports what happened up to its publication day.
            return published.isoformat(), 1
        return None, 3

    def _sub_event_type(self, draft: _Draft, evidence: list[Evidence]) -> tuple[str, int | None]:
        """The sub-event type, and where its first trigger starts (the actor before it acted)."""
        taxonomy = self.lexicon.taxonomy
        strong = [t for c in draft.candidates for t in c.triggers if t.strong]
        weapon_votes = [w for c in draft.candidates for w in c.weapons if w.sub_event_type]
        disrupted = {
            c.sentence_index
            for c in draft.candidates
            for t in c.triggers
            if t.strong and t.sub_event_type == "Disrupted weapons use"
        }
        if disrupted and not any(taxonomy.event_type_of[t.sub_event_type] == _REMOTE for t in strong):
            # "air defence shot down 18 missiles": the missiles name what was stopped (but a strike
            # told in another sentence, "drones struck Kharkiv", is still a strike).
            weapon_votes = [
                w for c in draft.candidates if c.sentence_index not in disrupted for w in c.weapons if w.sub_event_type
            ]
        if any(t.sub_event_type == "Other" and _INTO_THE_SEA.search(t.text) for t in strong):
            weapon_votes = []  # "fired ballistic missiles into the sea": a test, the missiles struck nothing
        if any(
            taxonomy.event_type_of[t.sub_event_type] == _REMOTE or t.sub_event_type == "Mob violence" for t in strong
        ):
            # "US-made bombs were used in the Israeli strike": a bomb of no named kind is what the
            # strike the words name dropped, not a device of its own; and "rival groups fought with sticks and
            # hurled crude bombs at each other": what a crowd threw belongs to its riot
            weapon_votes = [w for w in weapon_votes if w.name != "bomb"]
        votes: list[tuple[str, int, TriggerMention | WeaponMention]] = [(t.sub_event_type, t.start, t) for t in strong]
        votes += [(w.sub_event_type or "", w.start, w) for w in weapon_votes]
        if not votes:
            votes = [(t.sub_event_type, t.start, t) for c in draft.candidates for t in c.triggers]
        if not votes:
            return "Other", None
        best_type = min((taxonomy.event_type_of[v[0]] for v in votes), key=_TYPE_ORDER.index)
        in_type = [v for v in votes if taxonomy.event_type_of[v[0]] == best_type]
        if best_type == _REMOTE and all(v[0] in _FIRST_MENTION_SUBTYPES for v in in_type):
            chosen = min(in_type, key=lambda v: v[1])[0]
        else:
            chosen = min((v[0] for v in in_type), key=taxonomy.rank)
        subtypes = {v[0] for v in votes}
        # (a grenade, thrown or fired from an RPG, is a weapon of the fight itself: "fought with machine guns and
        # rocket-propelled grenades" is a battle)
        remote_weapons = [
            w
            for w in weapon_votes
            if taxonomy.event_type_of.get(w.sub_event_type or "") == _REMOTE and w.sub_event_type != "Grenade"
        ]
        if (
            chosen == "Armed clash"
            and remote_weapons
            and not any(_GROUND_COMBAT.search(t.text) for t in strong if t.sub_event_type == "Armed clash")
        ):
            # "an artillery attack on Russian positions": fire from afar, not a battle.
            chosen = min(remote_weapons, key=lambda w: w.start).sub_event_type or chosen
        if taxonomy.event_type_of.get(chosen) == _REMOTE and "Chemical weapon" in subtypes:
            chosen = "Chemical weapon"  # "chloropicrin grenades dropped from drones": the agent, not its carrier
        if (
            chosen == "Attack"
            and subtypes & _CROWD_VIOLENCE
            and not (
                # "Gangs attacked the town, setting homes ablaze": arson by armed men, no crowd named,
                # is part of their attack
                all(_ARSON.search(t.text) for t in strong if t.sub_event_type in _CROWD_VIOLENCE)
                and not any(a.entry.kind in ("rioters", "protesters") for c in draft.candidates for a in c.actors)
                and any(a.entry.kind.startswith(ARMED_KINDS) for c in draft.candidates for a in c.actors)
            )
        ):
            # A mob killing a man, police shooting protesters: ACLED codes the crowd event.
            chosen = min(subtypes & _CROWD_VIOLENCE, key=taxonomy.rank)
        if chosen == "Looting/property destruction" and (_killing_beside(draft) or _people_inside(draft)):
            chosen = "Attack"
        if chosen == "Abduction/forced disappearance" and _taken_and_killed(draft):
            chosen = "Attack"  # "were taken off a passenger coach ... and shot dead": the taken were killed
        if chosen in ("Arrests", "Looting/property destruction") and _beating_beside(draft):
            # "soldiers beat and detained traders", "settlers attacked homes, beating residents and setting
            # cars alight": violence against people, beside the detention or the damage
            chosen = "Attack"
        if (
            chosen == "Disrupted weapons use"
            and "Arrests" in subtypes
            and all(_SEIZURE.match(t.text) for t in strong if t.sub_event_type == "Disrupted weapons use")
        ):
            # "soldiers detained 12 gang members during a raid and seized rifles": the people taken
            # are the news, the weapons found on them part of it
            chosen = "Arrests"
        if chosen == "Armed clash" and any(
            t.sub_event_type == "Non-violent transfer of territory" and _TAKING.search(t.text) for t in strong
        ):
            # "overran the army post at Makalondi and took control of the town after the soldiers
            # withdrew": ground taken in a fight is taken, not handed over (whose it is, below; a side
            # that only "withdrew" after the fighting gave up no named ground)
            chosen = "Non-state actor overtakes territory"
        if (
            chosen in _TAKEN
            and subtypes & _CROWD_VIOLENCE
            and all(
                re.search(r"\b(?:regain|restor|re-?establish)\w*\s+(?:full\s+)?(?:control|order)\b", t.text, re.I)
                for t in strong
                if t.sub_event_type in _TAKEN
            )
        ):
            # "Inmates rioted and took guards hostage ..., before soldiers regained control": order
            # restored after a riot, not territory taken
            chosen = min(subtypes & _CROWD_VIOLENCE, key=taxonomy.rank)
        acted = chosen  # whose word names the actor: "took control", not "under a handover deal"
        if chosen == "Abduction/forced disappearance" and "Arrests" in subtypes:
            # "soldiers detained six Fulani herders; their whereabouts remain unknown": who detained
            # is who made them disappear
            acted = "Arrests"
        if chosen in _TAKEN and any(
            t.strong
            and t.sub_event_type == "Non-violent transfer of territory"
            and (_HANDOVER.search(t.text) or _HANDOVER.search(c.clause_text))
            for c in draft.candidates
            for t in c.triggers
        ):
            chosen = "Non-violent transfer of territory"  # "took control of the dam under a handover deal"
        # Who beat whom at a protest: "police beat students protesting" (force met the crowd, short of
        # killing), "protesters beat a policeman" (a riot).
        beater = self._beaters(draft)[-1:] if chosen == "Peaceful protest" else []
        beater_kind = beater[0].entry.kind if beater else ""
        if chosen == "Peaceful protest" and ("Arrests" in subtypes or beater_kind.startswith(("state:", "police"))):
            chosen = "Protest with intervention"
        elif chosen == "Peaceful protest" and beater_kind in ("rioters", "protesters"):
            chosen = "Violent demonstration"
        killed = any(m.kind == "fatalities" and m.count.value > 0 for c in draft.candidates for m in c.casualties)
        forces = any(a.entry.kind.startswith(ARMED_KINDS) for c in draft.candidates for a in c.actors)
        crowd = any(a.entry.kind in ("rioters", "protesters") for c in draft.candidates for a in c.actors)
        if chosen == "Chemical weapon" and crowd:
            # "police used riot-control agents on protesters": a crowd dispersed, not chemical warfare
            chosen = "Violent demonstration" if "Violent demonstration" in subtypes else "Protest with intervention"
        if (
            chosen == "Attack"
            and any(a.entry.kind.startswith(("state:", "police")) for c in draft.candidates for a in c.actors)
            and not crowd
            and any(
                t.sub_event_type == "Peaceful protest"
                and re.search(
                    # (or "as officers dispersed a protest over fuel prices")
                    r"\b(?:during|at|amid|as\s+(?:[\w-]+\s+){1,2}(?:dispersed|broke\s+up|cleared|were\s+dispersing|"
                    rf"tried\s+to\s+disperse))\s+(?:a|an|the)\s+(?:[\w-]+\s+)?{re.escape(t.text)}\b",
                    c.clause_text,
                )
                for c in draft.candidates
                for t in c.triggers
            )
        ):
            # "Police shot dead a man ... during a protest against evictions": the force used on a crowd
            chosen = "Excessive force against protesters"
        if chosen == "Peaceful protest" and killed and forces:
            # "soldiers opened fire on people protesting", "RSF fighters stormed the sit-in, killing 35":
            # protesters killed by any armed force
            chosen = "Excessive force against protesters"
        elif chosen == "Peaceful protest" and subtypes & {"Looting/property destruction", "Attack"}:
            chosen = "Violent demonstration"  # "protesters attacked and looted the embassies"
        elif chosen == "Protest with intervention" and subtypes & {
            "Looting/property destruction",
            "Violent demonstration",
        }:
            # "protesters torching a police post and looting shops, police firing tear gas": the
            # crowd's violence, not the force that met it, types the event.
            chosen = "Violent demonstration"
        if chosen == "Protest with intervention" and killed:
            chosen = "Excessive force against protesters"  # protesters killed by the force that intervened
        armed_groups = any(
            a.entry.kind.startswith(("rebel", "identity", "unidentified", "external"))
            for c in draft.candidates
            for a in c.actors
        )
        if (
            # "youths clashed with police and vandalised shops": no armed group, so a riot
            (crowd or not armed_groups)
            and best_type == "Battles"
            and chosen == "Armed clash"
            and (
                subtypes & (_CROWD_VIOLENCE | {"Peaceful protest"})
                or (not armed_groups and "Looting/property destruction" in subtypes)
            )
        ):
            # "rioters ... clashed with police": a violent demonstration, not a battle.
            chosen = min(
                subtypes & (_CROWD_VIOLENCE | {"Peaceful protest"}) or {"Violent demonstration"}, key=taxonomy.rank
            )
            if chosen == "Peaceful protest":
                chosen = "Violent demonstration"
        elif (
            chosen == "Armed clash"
            and not any(
                a.entry.kind.startswith(("state:", "police", "rebel", "identity", "external"))
                for c in draft.candidates
                for a in c.actors
            )
            and any(_STREET_WEAPONS.search(c.clause_text) for c in draft.candidates)
        ):
            # "Two groups clashed with sticks and stones over a procession": a brawl of crowds, no armed side
            chosen = "Mob violence"
        anchors = [mention for sub, _, mention in votes if sub in (chosen, acted)] or [v[2] for v in votes]
        if chosen == "Armed clash":
            # "a column tried to break into Siversk; Ukrainian troops knocked out 2 of its vehicles": the
            # attempt, told first in weaker words, is the attackers' act, and they are actor 1.
            first = min(m.start for m in anchors)
            attempt: list[TriggerMention | WeaponMention] = [
                t
                for c in draft.candidates
                for t in c.triggers
                if not t.strong and t.sub_event_type == chosen and t.start < first
            ]
            anchors = attempt[:1] + anchors
        for mention in anchors:
            evidence.append(Evidence("sub_event_type", mention.start, mention.end, mention.text))
        for trigger in (t for c in draft.candidates for t in c.triggers):
            if trigger not in anchors:
                evidence.append(Evidence("reported_by", trigger.start, trigger.end, trigger.text))
        # "112 people were killed when troops opened fire": the action, not the passive toll,
        # is where the perpetrator is named.
        active = [m for m in anchors if not self._passive(draft, m)] or anchors
        return chosen, min(m.start for m in active)

    def _actors(
        self,
        draft: _Draft,
        sub_type: str,
        country: str | None,
        when: date | None,
        anchor: int | None,
        evidence: list[Evidence],
    ) -> tuple[tuple[str, ActorEntry] | None, tuple[str, ActorEntry] | None, bool, str | None]:
        """Actor 1 and actor 2, whether civilians were harmed, and an actor that fought on actor 1's
        side (ACLED's associated actor 1: "Soldiers and VDP auxiliaries beat traders", "Ugandan
        troops operating alongside the Congolese army")."""
        armed: list[ActorMention] = []
        civilians: ActorMention | None = None
        for candidate in draft.candidates:
            for mention in candidate.actors:
                if (
                    sub_type in _DEMONSTRATION_TYPES | {"Arrests"}
                    and mention.entry.kind.startswith("state:")
                    and re.search(r"\bsecurity forces\b", mention.text, re.I)
                    and (police_entry := self._entry_of_kind("police:" + mention.entry.kind[len("state:") :]))
                    is not None
                ):
                    # "Iranian security forces fired on worshippers protesting": the forces that meet a crowd or
                    # make arrests are the police, as bare "security forces" are (in battle they are the army's)
                    mention = replace(mention, entry=police_entry)
                if (
                    mention.entry.kind.startswith("state:")
                    and _MADE_BY_WEAPON.search(mention.text)
                    and (
                        supplied := self.lexicon.weapon_users.get(
                            (f"made:{mention.entry.kind[len('state:') :]}", self._iso3_of.get(country or "", ""))
                        )
                    )
                    and (user_entry := self._entry_of_kind(f"state:{supplied}")) is not None
                ):
                    # "Iranian drones struck Kyiv": the maker's weapons, fired by the side it supplied
                    mention = replace(mention, entry=user_entry)
                if mention.entry.kind == "civilians":
                    if not self._context_matches(draft, mention, _SOURCE_BEFORE, _SOURCE_AFTER):
                        civilians = civilians or mention  # not ", residents said"
                elif (
                    mention.entry.kind.startswith(ARMED_KINDS) or mention.entry.kind in ("protesters", "rioters")
                ) and not (
                    (
                        self._context_matches(draft, mention, _SOURCE_BEFORE, _SOURCE_AFTER)
                        and not self._context_matches(draft, mention, None, _SELF_REPORT)
                        # ("a dispatcher was detained ..., Ukraine's SBU said": the police who tell of an arrest made it)
                        and not (sub_type == "Arrests" and mention.entry.kind.startswith("police"))
                    )
                    or (
                        # (the police as investigators; an army or a group that speaks first is a party to the fight)
                        sub_type != "Arrests"
                        and mention.entry.kind.startswith("police")
                        and self._context_matches(draft, mention, _OPENING_SOURCE_BEFORE, _OPENING_SOURCE_AFTER)
                    )
                    # (who found a weapons cache disrupted it: "security forces recovered arms")
                    or (
                        sub_type != "Disrupted weapons use"
                        and self._context_matches(draft, mention, None, _FINDER_AFTER)
                    )
                    or (
                        sub_type == "Arrests"
                        and bool(
                            (preceding := self._around(draft, mention, 90, 0))
                            and _ACCUSED_OF_SERVING.search(preceding[0])
                        )
                    )
                ):
                    if (told := self._around(draft, mention, 30, 0)) and _named_group_before(mention, told[0]):
                        # "gunmen suspected to be Fulani militiamen": ACLED codes the suspected group
                        # (as it codes "suspected ISWAP militants"), not the unidentified one.
                        armed = [m for m in armed if m.entry.kind != "unidentified"]
                    armed.append(mention)  # not ", police said" or "police found": they did not act
        # ("Malian soldiers backed by Russia's Africa Corps ... after the jihadists who had held the town pulled out":
        # a foreign army is not what "the jihadists" tell again)
        groups = [m for m in armed if m.entry.kind in GROUP_KINDS and m.entry.kind != "external"]
        anaphors = [
            m
            for m in armed
            if m.entry.kind == "unidentified"
            and any(g.start < m.start for g in groups)
            and self._context_matches(draft, m, _ANAPHORIC_BEFORE, None)
        ]
        # "Somali troops and al Shabaab militants fought after the insurgents attacked a base": the
        # group the attackers are told again as attacked
        told_again = [
            max((g for g in groups if g.start < m.start), key=lambda g: g.start)
            for m in anaphors
            if self._context_matches(draft, m, None, _ATTACKERS_AFTER)
        ]
        armed = [m for m in armed if m not in anaphors]  # "ADF rebels killed 18 ... The attackers used machetes"
        victims = [
            m
            for m in armed
            if self._context_matches(draft, m, None, _VICTIM_AFTER)
            # (a longer tail for what they were doing: "2 PKK members travelling on a mountain road near Sidakan
            # (Soran, Erbil) were killed")
            or bool((after_m := self._around(draft, m, 0, 120)) and _VICTIM_AFTER.match(after_m[1]))
            # (a wider window: "killed three members of a FARC dissident faction")
            or bool((before_m := self._around(draft, m, 50, 0)) and _VICTIM_BEFORE.search(before_m[0]))
        ]
        if victims and len(victims) < len(armed):
            # ("Eleven soldiers and VDP auxiliaries were killed": both named inside the one count of the dead)
            tolls = [c for cand in draft.candidates for c in cand.casualties if c.kind == "fatalities"]
            victims += [
                m
                for m in armed
                if m not in victims
                and any(
                    c.start <= m.start
                    and m.end <= c.end
                    and _KILL_WORD.search(c.text)
                    and _COUNTED_WITH.fullmatch(c.text[: m.start - c.start])
                    for c in tolls
                )
            ]
        if victims and len(victims) < len(armed):
            # "Three policemen were killed when militants ...": the killed are actor 2.
            armed = [m for m in armed if m not in victims] + victims
        elif victims and sub_type == "Armed clash":
            # "Five militants and a soldier were killed in an exchange of fire": both sides lost men;
            # the state's forces come first, as in ACLED's codings of security operations.
            armed = sorted(armed, key=lambda m: not m.entry.kind.startswith("state:"))
            if (
                (
                    (len(armed) == 1 and _AMBUSHED_AFTER.match((self._around(draft, armed[0], 0, 40) or ("", ""))[1]))
                    # ("Eleven soldiers and VDP auxiliaries were killed in an ambush": every side named lost men in it)
                    or (
                        all(m in victims for m in armed)
                        and _KILLED_IN_AMBUSH_AFTER.match((self._around(draft, armed[0], 0, 80) or ("", ""))[1])
                    )
                )
                and armed[0].entry.kind.startswith(("state:", "police"))
                and (unidentified := self._entry_of_kind("unidentified")) is not None
            ):
                # "Four police officers were ambushed and killed on a highway": the ambush's unnamed
                # attackers are actor 1, as ACLED codes them
                armed.insert(0, ActorMention(armed[0].start, armed[0].start, "", unidentified))
        # Who helped ("backed by Turkish drones") comes after the sides themselves.
        helpers = [m for m in armed if self._context_matches(draft, m, _HELPER_BEFORE, None)]
        armed = [m for m in armed if m not in helpers] + helpers
        if anchor is not None:
            # The actor named last before the action's own word did it ("Ukrainian troops
            # recaptured it"), unless it is the second of a pair ("Russia and Ukraine signed").
            # "Two soldiers were seized by dissidents": the act's own words end in its passive's "by",
            # so who is named before it suffered it.
            # ("Al Shabaab was pushed out of Mahas on Tuesday by Somali troops": or a passive whose agent comes later)
            passive = any(
                t.start == anchor
                and (
                    re.search(rf"\sby$|{_UNDER_FIRE_FROM}$", t.text)
                    or (
                        self._passive(draft, t)
                        # (not "a sabotage group crossed the border and was engaged by border guards": a side
                        # that acted first, then was met)
                        and not (
                            (around := self._around(draft, t, 16, 0))
                            and re.search(r"\band\s+(?:was|were)\s+$", around[0])
                        )
                        and any(m.start > anchor and self._by_agent(draft, m) and m not in victims for m in armed)
                    )
                )
                for c in draft.candidates
                for t in c.triggers
            )
            before = [
                m
                for m in armed
                # ("Pakistani warplanes dropped bombs": or the craft or gun that struck is in the actor's name; not
                # "beaten off a Russian infantry assault", the attack the other side repelled)
                if (m.end <= anchor or (m.start <= anchor < m.end and sub_type in _FIRED_FROM_AFAR))
                and not passive
                and anchor - m.end < 120
                and m not in victims + helpers
                and not self._context_matches(draft, m, _TARGET_BEFORE, None)
            ]
            if before and not (len(before) > 1 and _PAIRED.fullmatch(self._between(draft, before[-2], before[-1]))):
                armed.remove(before[-1])
                armed.insert(0, before[-1])
            elif (sub_type != "Disrupted weapons use" or passive) and (
                agents := [m for m in armed if m.start > anchor and self._by_agent(draft, m) and m not in victims]
            ):
                # "A drone attack struck a military air base, ... blaming the RSF": named after the
                # action as its agent, before the side it hit.
                armed.remove(agents[0])
                armed.insert(0, agents[0])
        # "the last junta battalion in Thandwe surrendered to the Arakan Army": who gave up the ground is actor 2
        yielders = [m for m in armed if self._context_matches(draft, m, None, _SURRENDERED_AFTER)]
        if yielders and len(yielders) < len(armed):
            armed = [m for m in armed if m not in yielders] + yielders
        responders = [m for m in armed if self._context_matches(draft, m, None, _RETURNED_FIRE_AFTER)]
        if responders and len(responders) < len(armed):
            # "Azerbaijani forces opened fire on Armenian positions, and Armenian troops returned
            # fire": who fired first began the clash; who answered is actor 2.
            armed = [m for m in armed if m not in responders] + responders
        if sub_type not in TERRITORY_TYPES and sub_type != "Disrupted weapons use":
            # (not "recaptured Malam Fatori a day after ISWAP fighters overran the base": who took it; nor "air
            # defence repelled an attack by Ukrainian naval drones": whose weapons were stopped is actor 2)
            attackers = [
                m
                for m in armed
                if m.entry.kind.startswith(ARMED_KINDS)
                and (
                    m in told_again
                    or self._context_matches(draft, m, None, _ATTACKERS_AFTER)
                    or self._context_matches(draft, m, _REPELLED_BEFORE, _ATTACK_AFTER)
                    or self._context_matches(draft, m, _BY_ATTACKER_BEFORE, None)
                    or (
                        bool(_ENDS_IN_ATTACK.search(m.text)) and self._context_matches(draft, m, _REPELLED_BEFORE, None)
                    )
                )
            ]
            armed = attackers[:1] + [m for m in armed if m not in attackers[:1]]
        if sub_type in TERRITORY_TYPES:
            # "The SDF handed the town over to government forces": who receives it takes it.
            receivers = [m for m in armed if (a := self._around(draft, m, 80, 0)) and _RECEIVER_BEFORE.search(a[0])]
            armed = receivers[:1] + [m for m in armed if m not in receivers[:1]]
        if sub_type in TERRITORY_TYPES and len(armed) == 2 and self._left_before(draft, armed[0]):
            # "M23 rebels entered Walikale, hours after FARDC troops and Wazalendo fighters had pulled out": the
            # side told as having left, named first, lost the ground
            armed = [armed[1], armed[0]]
        if sub_type in TERRITORY_TYPES and len(armed) > 2:
            # "entered Bara and raised the flag over its police station after the RSF pulled out": the side
            # that left is the second, before a side named only by a building
            # ("after the Malian army and Africa Corps withdrew": the first of the pair that left)
            leavers = [m for m in armed[1:] if (a := self._around(draft, m, 0, 60)) and _LEFT_LATER.match(a[1])]
            armed = armed[:1] + leavers[:1] + [m for m in armed[1:] if m not in leavers[:1]]
        launchers = (
            [
                m
                for m in armed
                if self._context_matches(draft, m, _LAUNCHED_BY_BEFORE, None)
                or self._context_matches(draft, m, None, _LAUNCHED_WEAPON_AFTER)
                or _LAUNCHED_WEAPON.search(m.text)
            ]
            if sub_type == "Disrupted weapons use"
            else []
        )
        if launchers and len(launchers) < len(armed):
            # "Eleven Russian attack drones were knocked out over Bila Tserkva ..., crediting mobile air
            # defence units": whose drones were stopped is actor 2, whoever else is named stopped them
            armed = [m for m in armed if m not in launchers] + launchers
        # "Air defences shot down two Ukrainian Neptune missiles over Sevastopol": a state's own weapons stopped over
        # its own ground were stopped by the power that holds that ground (occupation_detentions.tsv)
        holder = self._holder(country, launchers) if sub_type == "Disrupted weapons use" else None
        if (
            sub_type == "Disrupted weapons use"
            and armed
            and country
            and len(launchers) == len(armed)
            and (defender := holder or self._entry_of_kind("state:")) is not None
        ):
            # "A missile launched by the Houthis was shot down near Beersheba": who launched it is
            # actor 2; who stopped it, unnamed, is the state whose sky it was stopped in.
            armed.insert(0, ActorMention(anchor or 0, anchor or 0, "", defender))
        one_sided = self.lexicon.taxonomy.event_type_of[sub_type] in (_REMOTE, "Violence against civilians")
        # "ATGMs attack Ukrainian positions in Pisky": the side whose positions were hit, named after
        # the act, is the target of a clash as of a strike.
        owners_only = (
            sub_type == "Armed clash"
            and anchor is not None
            and bool(armed)
            and all(m.start > anchor and self._context_matches(draft, m, None, _POSITIONS_AFTER) for m in armed)
        )
        if anchor is not None and (
            owners_only
            or (
                one_sided
                and armed
                and all(
                    (_after_act(draft, m, anchor) and not self._by_agent(draft, m) and not _names_its_act(draft, m))
                    or m in victims
                    for m in armed
                )
            )
        ):
            # Every armed actor is named after the action and none as its agent ("a roadside bomb
            # targeted a police van"): they are the target; the perpetrator is unnamed.
            unidentified = self._entry_of_kind("unidentified")
            if unidentified is not None:
                armed.insert(0, ActorMention(anchor, anchor, "", unidentified))
        elif not armed and sub_type in _PLANTED:
            # "A landmine killed three children": a device someone planted or threw, who is not named
            unidentified = self._entry_of_kind("unidentified")
            where = (
                anchor if anchor is not None else min((w.start for c in draft.candidates for w in c.weapons), default=0)
            )
            if unidentified is not None:
                armed.append(ActorMention(where, where, "", unidentified))
        # Civilians harmed: counted as casualties, or named after the act ("gunned down civilians").
        civilian_victims = any(c.civilian for cand in draft.candidates for c in cand.casualties) or (
            civilians is not None and anchor is not None and civilians.start > anchor
        )
        names: list[tuple[str, ActorEntry, ActorMention | None]] = []
        # "Ukraine's army said its troops took Sudzha": unnamed troops are the one state's the
        # report names, not the forces of the country the place is in.
        # ... named in the same sentence: "Government forces clashed with Druze fighters. Israel
        # struck government tanks the next day." does not make the government forces Israel's.
        sentence_of = {id(m): c.sentence_index for c in draft.candidates for m in c.actors}
        states_in: dict[int | None, dict[str, ActorEntry]] = {}
        for m in armed:
            # (not a state named as the help: "the army cleared Islamic State fighters from 4 villages ... with the help
            # of Rwandan troops" is the country's own army)
            if m.entry.kind.startswith("state:") and m.entry.state_iso3 and m not in helpers:
                states_in.setdefault(sentence_of.get(id(m)), {})[m.entry.name] = m.entry
        # ("Soldiers manning a checkpoint outside Nablus fired ...; the Israeli army said its troops had been in
        # danger": the army that speaks for unnamed soldiers in the same sentence is theirs)
        for c in draft.candidates:
            if c.sentence_index in states_in or not any(
                m.entry.kind == "state:" and not m.entry.state_iso3
                for m in armed
                if sentence_of.get(id(m)) == c.sentence_index
            ):
                continue
            for m in find_actors(c.clause_text, c.clause_offset, self.lexicon):
                after = c.clause_text[m.end - c.clause_offset : m.end - c.clause_offset + 60]
                if m.entry.kind.startswith("state:") and m.entry.state_iso3 and _ITS_TROOPS_AFTER.match(after):
                    states_in.setdefault(c.sentence_index, {})[m.entry.name] = m.entry
        for mention in armed:
            acting = mention.entry
            named_states = states_in.get(sentence_of.get(id(mention)), {})
            if (
                acting.kind == "state:"
                and not acting.state_iso3
                and len(named_states) == 1
                # "Air defence crews around Kyiv brought down drones Russia sent": who intercepts
                # over a country is its own state, not the one named as the sender.
                and not (sub_type == "Disrupted weapons use" and country)
            ):
                acting = next(iter(named_states.values()))
            if acting.kind == "state:" and not acting.state_iso3 and holder is not None:
                acting = holder
            name = self._actor_name(acting, country, when)
            if name and all(name != existing[0] for existing in names):
                names.append((name, acting, mention))
        done_together = sub_type == "Headquarters or base established"
        ally_names = [
            n
            for n in names[1:]
            if n[2] is not None and self._ally(draft, names[0], n, names, civilians, helpers, done_together)
        ]
        lead = names[0][2] if names else None
        paired_before = [
            n
            for n in ally_names
            if n[2] is not None
            and lead is not None
            and n[2].start < lead.start
            and _PAIRED.fullmatch(self._between(draft, n[2], lead))
        ]
        if paired_before:
            # "PDF and KIA fighters attacked a junta base": of two groups told together on one side, the first
            # named leads and the other is its associate
            first_named = paired_before[0]
            ally_names = [names[0], *(n for n in ally_names if n is not first_named)]
            names = [first_named, *(n for n in names if n is not first_named)]
        event_type = self.lexicon.taxonomy.event_type_of[sub_type]
        crowd_kind = _CROWD_KIND.get(event_type)
        if crowd_kind:
            # Demonstrations: the crowd is actor 1, whoever intervened (police) actor 2.
            crowd = [n for n in names if n[1].kind == crowd_kind]
            if not crowd:
                named_crowd = self._named_kind(crowd_kind, country, when)
                crowd = [(*named_crowd, civilians)] if named_crowd else []
            here = self._iso3_of.get(country or "")
            # (Whoever killed protesters faced them, armed group or not.)
            facing = ARMED_KINDS if sub_type == "Excessive force against protesters" else ("police", "state:")
            others = [
                n
                for n in names
                if n[1].kind.startswith((*facing, "rioters", "protesters"))
                and n not in crowd
                # "marched in Berlin to demand a ban on arms exports to Israel": a foreign state
                # named as the cause does not police a crowd abroad (but "Israeli forces opened fire on
                # Palestinians protesting in Beita": its forces, named as such, faced the crowd)
                and not (
                    n[1].state_iso3
                    and here
                    and n[1].state_iso3 != here
                    and not (n[2] is not None and _FORCES_NAMED.search(n[2].text))
                )
                # "Protesters broke into parliament": in a riot the protesters named are the rioters
                and not (crowd_kind == "rioters" and n[1].kind == "protesters")
                # "gathered to demand more drones for the army": forces named at a peaceful protest
                # did not act in it
                and not (sub_type == "Peaceful protest" and n[1].kind.startswith(("police", "state:")))
            ]
            names = crowd[:1] + others[:1]
            if sub_type == "Excessive force against protesters" and len(names) == 2:
                names.reverse()  # the force that fired on the crowd is actor 1
        else:
            # Civilians are actor 2 when they are harmed, or when the act itself is violence
            # against civilians ("civilians executed by Russian forces").
            if (
                civilians is None
                and event_type != "Battles"
                and any(c.civilian for cand in draft.candidates for c in cand.casualties)
            ):
                # "shooting dead 11 traders": civilians harmed, though no word names them as such
                # (in a battle, "20 people dead" are mostly the fighters).
                entry = self._entry_of_kind("civilians")
                civilians = ActorMention(anchor or 0, anchor or 0, "", entry) if entry else None
            victims_named = civilians is not None and (
                civilian_victims
                or any(c.casualties for c in draft.candidates)
                or event_type == "Violence against civilians"
            )
            if (
                victims_named
                and civilians is not None
                and event_type != "Battles"
                and sub_type != "Agreement"
                and not (
                    len(names) > 1
                    and names[0][1].kind.startswith(("police", "state:"))
                    and names[1][1].kind == "protesters"
                )
            ):
                # (A battle is between armed sides: "troops and Fano militiamen fought, leaving 20
                # people dead" keeps the militia as actor 2; "an agreement on the return of displaced
                # people" is about them, and they are no party to it. "officers opened fire on crowds
                # denouncing a tax, killing two men": the dead were of the crowd.)
                name = self._actor_name(civilians.entry, country, when)
                if name:
                    names = names[:1] + [(name, civilians.entry, civilians)]
            violent = (
                self.lexicon.taxonomy.disorder_of.get(_FIRST_SUBTYPE_OF[event_type]) == "Political violence"
                # (homes torched by no one named: an unidentified group's destruction, as ACLED codes it)
                or sub_type == "Looting/property destruction"
            )
            # (an unnamed perpetrator put first because every armed side named was hit: "an official
            # of the military administration died in a strike from HIMARS")
            placeholder = (
                bool(names) and names[0][1].kind == "unidentified" and names[0][2] is not None and not names[0][2].text
            )
            user = (
                self._weapon_user(draft, country)
                if violent and (not names or names[0][1].kind == "civilians" or placeholder)
                else None
            )
            if user is not None:
                # "A swarm of Shahed drones hit Kharkiv": a weapon only one side fires there is its.
                name = self._actor_name(user, country, when)
                if name:
                    names = [(name, user, None)] + (names[1:] if placeholder else names)
            if violent and (not names or names[0][1].kind == "civilians"):
                # Violence with no perpetrator named: ACLED's unidentified armed group.
                unnamed_group = self._named_kind("unidentified", country, when)
                if unnamed_group:
                    names = [(*unnamed_group, None)] + names
        if sub_type == "Arrests" and names and names[0][1].kind in ("protesters", "rioters"):
            # "Sixty PTI supporters were picked up by police": who made the arrests comes first, however the
            # sentence orders them
            arresters = [n for n in names[1:] if n[1].kind.startswith(("police", "state:"))]
            if arresters:
                names = [arresters[0], *(n for n in names if n is not arresters[0])]
        if sub_type == "Arrests" and names and names[0][1].state_iso3 and names[0][1].kind.startswith("state:"):
            named = names[0][2]
            if named is not None and re.fullmatch(r"[A-Z][a-z]+", named.text):
                # "Moscow court orders arrest": a state named by its capital or its name arrests
                # through its police, not its army.
                police = self._police_of(names[0][1].state_iso3, country, when)
                if police is not None:
                    names[0] = (police[0], police[1], named)
            elif named is not None and re.search(r"security (?:services|agents|officers)", named.text, re.I):
                # "Iranian security agents arrested a rapper": arrests are the police's, as ACLED codes them (a
                # state's "security forces" are read as its police where the mention is taken, in ``_actors``)
                police_here = self._named_kind("police", country, when)
                if police_here:
                    names[0] = (*police_here, named)
        if (
            names
            and names[0][1].kind == "police"
            and names[0][2] is not None
            and re.fullmatch(r"security forces", names[0][2].text, re.I)
            and any(_MILITARY_VOICE.search(c.clause_text) for c in draft.candidates)
        ):
            # "security forces exchanged fire with khwarij ..., the ISPR said": the forces the
            # military's own media wing speaks for are the army's.
            army = self._named_kind("state:", country, when)
            if army:
                names[0] = (*army, names[0][2])
        if (
            sub_type == "Arrests"
            and (not names or names[0][1].kind == "civilians")
            and country
            # (not where another state occupies part of the country: "people being arrested in Enerhodar")
            and not any(place == self._iso3_of.get(country) for _, place in self.lexicon.occupation_detentions)
        ):
            # "Prosecutors ordered the detention of 22 employees": arrests by no one named are the police's
            police_here = self._named_kind("police", country, when)
            if police_here:
                names = [(*police_here, None), *names[:1]]
        if sub_type == "Disrupted weapons use" and not names and country:
            # "Two drones were intercepted over Kyiv": who intercepts over a country is its own forces
            army = self._named_kind("state:", country, when)
            if army:
                names = [(*army, None)]
        for field_name, item in zip(("actor1", "actor2"), names[:2], strict=False):
            if item[2] is not None and item[2].text:
                evidence.append(Evidence(field_name, item[2].start, item[2].end, item[2].text))
        if len(names) > 1 and names[1][0] == names[0][0]:
            # "security forces exchanged fire ... two soldiers embraced martyrdom": the dead are
            # actor 1's own, not a second side.
            names = names[:1] + names[2:]
        counted = [(c.start, c.end) for cand in draft.candidates for c in cand.casualties]
        acted_on = [
            n
            for n in names[1:]
            if not any(n is a for a in ally_names)
            and n[2] is not None
            and n[2].text
            and not any(start <= n[2].start < end for start, end in counted)
        ]
        if sub_type != "Agreement" and acted_on and any(n is names[1] for n in ally_names):
            # (an associate is not the other side: "PDF and KIA fighters attacked a junta base" was fought with the
            # junta; but in "the Somali army and Al Shabaab militants clashed ... 7 militants were killed" the dead
            # name no third side)
            names = [names[0], *acted_on, *(n for n in names[1:] if not any(n is m for m in acted_on))]
        first = (names[0][0], names[0][1]) if names else None
        second = (names[1][0], names[1][1]) if len(names) > 1 else None
        if second is not None and done_together and not acted_on and any(n is names[1] for n in ally_names):
            second = None  # "Malian troops and Africa Corps instructors set up a base": one side, an associate
        allies = [
            (name, mention)
            for name, _, mention in ally_names
            if first is not None and name not in (first[0], second[0] if second else None) and mention is not None
        ]
        if not allies:
            return first, second, civilian_victims, None
        ally, ally_mention = allies[0]
        evidence.append(Evidence("assoc_actor_1", ally_mention.start, ally_mention.end, ally_mention.text))
        return first, second, civilian_victims, ally

    def _ally(
        self,
        draft: _Draft,
        first: tuple[str, ActorEntry, ActorMention | None],
        other: tuple[str, ActorEntry, ActorMention | None],
        names: list[tuple[str, ActorEntry, ActorMention | None]],
        civilians: ActorMention | None,
        helpers: list[ActorMention],
        done_together: bool = False,
    ) -> bool:
        """Did ``other`` act on ``first``'s side: named as its help, or named with it ("X and Y")
        when a third party is there for both to act on (in "Indian and Pakistani troops exchanged
        fire" the two are the sides), or in an act of the kind two do together (``done_together``:
        "Malian troops and Africa Corps instructors set up a forward base")?"""
        mention, lead = other[2], first[2]
        if mention is None or lead is None:
            return False
        if mention in helpers:
            return True
        if not (first[1].kind.startswith(ARMED_KINDS) and other[1].kind.startswith(ARMED_KINDS)):
            return False
        start, end = (lead, mention) if lead.start < mention.start else (mention, lead)
        if not _PAIRED.fullmatch(self._between(draft, start, end)):
            return False
        sides = {next((side for prefix, side in _sides() if n.startswith(prefix)), None) for n in (first[0], other[0])}
        if len(sides - {None}) == 2:
            return False  # "Russian and Ukrainian forces": the two sides
        third = [n for n in names if n is not first and n is not other and n[1].kind.startswith(ARMED_KINDS)]
        return bool(third) or civilians is not None or done_together

    @staticmethod
    def _around(
        draft: _Draft, mention: TriggerMention | WeaponMention | ActorMention, before: int, after: int
    ) -> tuple[str, str] | None:
        """The text just before and just after a trigger's or an actor's mention in its sentence."""
        for candidate in draft.candidates:
            if mention in candidate.triggers or mention in candidate.actors:
                text, offset = candidate.clause_text, candidate.clause_offset
                start, end = mention.start - offset, mention.end - offset
                return text[max(0, start - before) : start], text[end : end + after]
        return None

    def _left_before(self, draft: _Draft, mention: ActorMention) -> bool:
        """Is the side told as having left before the other came ("after FARDC troops and Wazalendo
        fighters had pulled out")?"""
        around = self._around(draft, mention, 30, 60)
        return around is not None and bool(_LEFT_EARLIER_BEFORE.search(around[0]) and _LEFT_LATER.match(around[1]))

    def _passive(self, draft: _Draft, trigger: TriggerMention | WeaponMention) -> bool:
        """Told of those it was done to: "were killed", "died of gunshot wounds"."""
        if re.match(r"(?:died|dies|dying)\b", trigger.text, re.I):
            return True
        around = self._around(draft, trigger, 16, 0)
        return around is not None and bool(re.search(r"\b(?:were|was|been|being|are|is)\s+$", around[0]))

    def _beaters(self, draft: _Draft) -> list[ActorMention]:
        """The actors named before a beating in its clause ("police beat students"), nearest last."""
        return [
            a
            for c in draft.candidates
            for t in c.triggers
            if t.sub_event_type == "Attack" and _BEATING.fullmatch(t.text)
            for a in c.actors
            if a.end <= t.start and c.clause_offset <= a.start
        ]

    def _context_matches(
        self, draft: _Draft, mention: ActorMention, before: re.Pattern[str] | None, after: re.Pattern[str] | None
    ) -> bool:
        """Do the words just before and after an actor's mention match (None: anything)?"""
        around = self._around(draft, mention, 30, 60)
        if around is None:
            return False
        head, tail = around
        return (before is None or bool(before.search(head))) and (after is None or bool(after.match(tail)))

    def _by_agent(self, draft: _Draft, mention: ActorMention) -> bool:
        """Named as the agent of a passive ("... were shelled by Russian forces"), blamed for it, or
        as the owner of the weapons that did it ("warplanes of the Saudi-led coalition bombed")."""
        around = self._around(draft, mention, 40, 60)
        if around is not None and _HELD_BY.search(around[0]) and not _WEAPON_WORKED_BY.search(around[0]):
            return False  # "a base held by Somali troops": who holds it, not who did it
        return around is not None and bool(
            # "9 civilians were killed when suspected ADF militants entered Mangina": the subject of the
            # clause that tells how the dead died
            (_WHEN_BEFORE.search(around[0]) and _WHEN_ACT_AFTER.match(around[1]))
            or
            # (also "blaming the paramilitary RSF": a word that describes the group may come between)
            # ("by suspected FARC dissidents": and a name before the group's word)
            re.search(
                # ("by a group of Israeli settlers", "by dozens of gunmen": how many)
                # ("by members of an armed gang": whose members)
                r"\b(?:by|blam(?:ed|ing|es))\s+(?:(?:a\s+(?:group|gang|band|mob)|dozens|scores|hundreds|(?:several\s+)?members)\s+of\s+)?"
                r"(?:the\s+|an?\s+)?(?:[a-z][\w-]+\s+)?(?:[A-Z][\w-]*\s+)?[\"“']?$",
                around[0],
            )
            # "abandoned their base under fire from the Arakan Army": who drove them out
            or re.search(rf"{_UNDER_FIRE_FROM}\s+(?:the\s+)?$", around[0])
            # "gas from grenades Russian drones had dropped": who dropped or fired the munitions, in a relative clause
            or (
                re.search(
                    r"\b(?:grenades?|munitions?|bombs?|shells?|explosives?|missiles?|rockets?)\s+(?:that\s+|which\s+)?$",
                    around[0],
                )
                and re.match(r"\s+(?:had\s+|have\s+)?(?:dropped|fired|launched|released|thrown|lobbed)\b", around[1])
            )
            # "taken away by men in Russian military uniform": whose uniform they wore
            or re.search(
                r"\bby\s+(?:armed\s+|masked\s+|unknown\s+)?(?:men|gunmen|people|individuals|soldiers|troops|fighters)\s+"
                r"(?:in|wearing)\s+(?:the\s+)?$",
                around[0],
            )
            # "died under the fire of the Armed Forces of Ukraine": whose fire it was
            or re.search(
                r"\b(?:under|from)\s+(?:the\s+)?(?:artillery\s+|mortar\s+|rocket\s+)?fire\s+of\s+(?:the\s+)?$",
                around[0],
            )
            # "a drone launched from Ukraine": who sent the weapon
            or _SENT_FROM.search(around[0])
            # "killed by a guided missile from an Israeli drone", "when a grenade released from a Russian quadcopter hit
            # his yard": the craft that fired or dropped it
            or re.search(
                r"\b(?:by|when|as|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:missiles?|rockets?|bombs?|shells?|munitions?|"
                r"grenades?)\s+"
                r"(?:fired\s+|launched\s+|dropped\s+|released\s+)?from\s+(?:an?\s+|the\s+)?$",
                around[0],
            )
            or re.search(_OWNED_WEAPONS, around[0])
            # "shot dead ... by fighters a local leader described as Boko Haram": who the agents were said to be
            or bool(
                (wider := self._around(draft, mention, 80, 0))
                # ("beheaded ... by insurgents linked to the Islamic State": whose the agents were)
                and _named_group_before(mention, wider[0])
                and re.search(r"\bby\s+(?:[\w'’-]+\s+){1,9}$", wider[0])
            )
        )  # or blamed: "killing 30, a medical group said, blaming the RSF"

    def _police_of(self, iso3: str, country: str | None, when: date | None) -> tuple[str, ActorEntry] | None:
        entry = self._entry_of_kind(f"police:{iso3}")
        if entry is None:
            return None
        name = self._actor_name(entry, country, when)
        return (name, entry) if name else None

    def _weapon_user(self, draft: _Draft, country: str | None) -> ActorEntry | None:
        """The state forces that alone fire one of the event's weapons into ``country``."""
        struck = self._iso3_of.get(country or "")
        users = {
            self.lexicon.weapon_users.get((w.name, struck or ""))
            for c in draft.candidates
            for w in c.weapons
            if w.sub_event_type
        } - {None}
        return self._entry_of_kind(f"state:{users.pop()}") if len(users) == 1 else None

    def _holder(self, country: str | None, launchers: list[ActorMention]) -> ActorEntry | None:
        """The forces of the state that holds part of ``country`` (occupation_detentions.tsv), when every
        weapon stopped there was the country's own."""
        here = self._iso3_of.get(country or "")
        if not here or not launchers or any(m.entry.state_iso3 != here for m in launchers):
            return None
        holders = sorted(state for state, held in self.lexicon.occupation_detentions if held == here)
        return self._entry_of_kind(f"state:{holders[0]}") if holders else None

    def _entry_of_kind(self, kind: str) -> ActorEntry | None:
        return next((entry for entry in self.lexicon.actors if entry.kind == kind), None)

    def _named_kind(self, kind: str, country: str | None, when: date | None) -> tuple[str, ActorEntry] | None:
        """The first actor row of a kind and its ACLED-style name here and then ("police" in Turkey:
        "Police Forces of Turkey (2016-)"), or None when it has no name there."""
        entry = self._entry_of_kind(kind)
        name = self._actor_name(entry, country, when) if entry else None
        return (name, entry) if name and entry else None

    @staticmethod
    def _between(draft: _Draft, first: ActorMention, second: ActorMention) -> str:
        for candidate in draft.candidates:
            if first in candidate.actors and second in candidate.actors:
                return candidate.clause_text[
                    first.end - candidate.clause_offset : second.start - candidate.clause_offset
                ]
        return ""

    def _actor_name(self, entry: ActorEntry, country: str | None, when: date | None) -> str | None:
        # The name a group takes in this country, or elsewhere ("*": the Donbas separatists' name
        # read in Cameroon is a word misread, so the group there is unidentified).
        name = self.lexicon.branches.get((entry.name, country or "")) or (
            self.lexicon.branches.get((entry.name, "*"), entry.name) if country else entry.name
        )
        if "{years}" in name:
            # The years of the state the name names ("the enemy" in Ukraine: Russia's forces).
            named = re.match(r"(?:Military|Police) Forces of (?:the )?(?!\{)(.+?) \(\{years\}\)", name)
            iso3 = (
                entry.state_iso3
                or (named and self._iso3_of.get(named.group(1)))
                or self._iso3_of.get(country or "", "")
            )
            label = self.lexicon.years_label(iso3, when)
            name = name.replace(" ({years})", f" ({label})" if label else "")
        if "{country}" in name:
            if not country and (entry.name, "*") in self.lexicon.branches:
                return None  # a name that means a different group in each country ("Khawarij")
            if not country and entry.kind == "rebel":
                return name.replace(" ({country})", "")  # "Islamic State" where the country is unknown
            if not country:
                return None
            state = name.startswith(("Military Forces of", "Police Forces of"))
            name = name.replace(
                "{country}", f"the {country}" if state and country in self.lexicon.definite_countries else country
            )
        return name

    @staticmethod
    def _short_names(
        actor1: tuple[str, ActorEntry] | None, actor2: tuple[str, ActorEntry] | None
    ) -> tuple[str | None, str | None]:
        return (actor1[1].short if actor1 else None, actor2[1].short if actor2 else None)

    def _adjust_for_actors(
        self,
        sub_type: str,
        event_type: str,
        actor1: tuple[str, ActorEntry] | None,
        actor2: tuple[str, ActorEntry] | None,
        civilian_victims: bool,
        place: Place,
        struck_things: bool = False,
        defenceless: bool = False,
        taken_only: bool = False,
    ) -> tuple[str, str]:
        taxonomy = self.lexicon.taxonomy
        if (
            sub_type in ("Attack", "Armed clash")
            and actor1
            and actor2
            and actor1[1].kind.startswith(("state:", "police"))
            and actor2[1].kind == "protesters"
        ):
            # "Rangers and police opened fire on PTI marchers, killing three": force used on a crowd
            return "Excessive force against protesters", taxonomy.event_type_of["Excessive force against protesters"]
        if (
            sub_type == "Attack"
            and not (actor2 and actor2[1].kind == "civilians")
            and actor1
            and actor2
            and not defenceless
        ):
            sub_type = "Armed clash"  # an attack on armed men is a battle, not violence against civilians
        elif (
            sub_type == "Attack"
            and not civilian_victims
            and not defenceless
            and actor1
            and not actor2
            and actor1[1].kind != "civilians"
        ):
            # "a strike on the airport", "the targeting of a train station": buildings hit from afar;
            # an attack with nothing struck and nobody harmed is fighting.
            sub_type = "Shelling/artillery/missile attack" if struck_things else "Armed clash"
        if (
            sub_type == "Abduction/forced disappearance"
            and taken_only
            and actor1
            and actor1[1].kind.startswith(("state:", "police"))
            and (actor1[1].state_iso3, place.iso3) not in self.lexicon.occupation_detentions
        ):
            # "Fourteen Palestinians ... were taken from their homes in Hebron by Israeli forces during overnight
            # raids": a state's forces taking people, with no word of a kidnapping or a disappearance, arrest them
            # (the other way round from the occupying force's detentions next)
            sub_type = "Arrests"
        if (
            sub_type == "Arrests"
            and actor1
            and actor1[1].kind.startswith("state")  # (soldiers; a security service's arrests stay arrests)
            and (actor1[1].state_iso3, place.iso3) in self.lexicon.occupation_detentions
        ):
            # "Russian forces detained two staff of the plant in Enerhodar": an occupying force's
            # detention, which ACLED codes as a forced disappearance
            sub_type = "Abduction/forced disappearance"
        if (
            sub_type == "Non-state actor overtakes territory"
            and actor1
            and (actor1[1].state_iso3 or actor1[1].kind == "state:")
            # a state taking ground in its own country, or where the country is not known ("the
            # army" is the army of the country the event is in)
            and place.iso3 in (actor1[1].state_iso3 or place.iso3, None)
        ):
            sub_type = "Government regains territory"
        elif (
            sub_type == "Government regains territory"
            and actor1
            and actor1[1].kind.startswith(("rebel", "identity", "unidentified", "external"))
        ):
            sub_type = "Non-state actor overtakes territory"  # "the DPR army liberated the village"
        elif (
            sub_type == "Government regains territory"
            and actor1
            and actor1[1].state_iso3
            and place.iso3
            and place.iso3 != actor1[1].state_iso3
        ):
            # "Russian forces liberated Novoselivka in the DPR": a state taking ground in another
            # country regains nothing; ACLED codes Russia's captures in Ukraine so.
            sub_type = "Non-state actor overtakes territory"
        return sub_type, taxonomy.event_type_of[sub_type]

    def _casualties(
        self, draft: _Draft, evidence: list[Evidence]
    ) -> tuple[tuple[int | None, int | None, str | None], tuple[int | None, int | None, str | None]]:
        results: list[tuple[int | None, int | None, str | None]] = []
        for kind in ("fatalities", "injuries"):
            mentions = [m for c in draft.candidates for m in c.casualties if m.kind == kind]
            for mention in mentions:
                evidence.append(Evidence(kind, mention.start, mention.end, mention.text))
            lows = [m for m in mentions if m.count.low is not None]
            highs = [m.count.high for m in mentions if m.count.high is not None]
            if lows:
                # Counts for one event in one article are updates or subsets of each other: the
                # largest firm count is the article's figure, plus counts told as more ("killed nine
                # militants. Two soldiers were also killed": 11).
                more = [m for m in lows if _ALSO.search(m.text)]
                firm = [m for m in lows if m not in more] or more[:1]
                coded = [m for m in lows if _CODED_AS.search(m.text)]
                if coded:
                    firm, more = coded, []  # the note's own coded figure settles it
                best = max(firm, key=lambda m: m.count.value)
                if any(_RIVAL_COUNT.search(m.text) for m in firm):
                    # "11 were killed, according to the chairman, while police put the toll at 8": two
                    # sources' counts of the same dead; ACLED takes the more conservative.
                    best = min(firm, key=lambda m: m.count.value)
                value = best.count.value + sum(m.count.value for m in more if m is not best)
                sides = {id(m): _side_of_dead(m.text) for m in firm}
                if len(set(sides.values())) >= 2 and None not in sides.values():
                    # "2 cops martyred, 3 attackers killed in retaliatory fire": the dead of each
                    # side, told apart, add up (5); counts of one side are updates of each other.
                    value = sum(
                        max(m.count.value for m in firm if sides[id(m)] == side) for side in set(sides.values())
                    ) + sum(m.count.value for m in more)
                # (the high estimate is never below the figure: "two soldiers and three rebels" is 5, 5)
                results.append((value, max(*highs, value) if highs else None, best.count.qualifier))
            elif highs:
                results.append((min(highs), max(highs), "up to"))
            elif kind == "fatalities":
                # ACLED records 0 when no death is reported; the qualifier keeps "none reported"
                # apart from a reported zero.
                results.append((0, None, NOT_REPORTED))
            else:
                results.append((None, None, None))
        return results[0], results[1]

    def _weapons(self, draft: _Draft, evidence: list[Evidence]) -> list[Weapon]:
        weapons: dict[str, Weapon] = {}
        for candidate in draft.candidates:
            for mention in candidate.weapons:
                evidence.append(Evidence("weapons", mention.start, mention.end, mention.text))
                existing = weapons.get(mention.name)
                if existing is None:
                    weapons[mention.name] = Weapon(
                        mention.name, mention.category, mention.count, mention.count, mention.intercepted, mention.text
                    )
                else:
                    existing.count = existing.count or mention.count
                    existing.launched = existing.launched or mention.count
                    existing.intercepted = existing.intercepted or mention.intercepted
        # A generic family ("missile") adds nothing when a specific model of it is listed.
        specific = {w.category for w in weapons.values() if w.name != w.category}
        return [
            w
            for w in weapons.values()
            if not (
                w.name == w.category and _covered(w.category, specific) and w.count is None and w.intercepted is None
            )
        ]

    def _targets(self, draft: _Draft, evidence: list[Evidence]) -> list[Target]:
        targets: dict[str, Target] = {}
        for candidate in draft.candidates:
            for mention in candidate.targets:
                evidence.append(Evidence("targets", mention.start, mention.end, mention.text))
                targets.setdefault(mention.category, Target(mention.category, mention.text))
        return list(targets.values())

    def _impacts(self, draft: _Draft, evidence: list[Evidence]) -> list[Impact]:
        impacts: dict[tuple[str, str], Impact] = {}
        for candidate in draft.candidates:
            for mention in candidate.impacts:
                evidence.append(Evidence("impacts", mention.start, mention.end, mention.text))
                impacts.setdefault(
                    (mention.kind, mention.text),
                    Impact(mention.kind, mention.value, mention.qualifier, mention.duration, mention.text),
                )
        return list(impacts.values())


# Which side a count of dead belongs to, from the words for them: the forces attacked, their
# attackers, or the people around.
_SIDES_OF_DEAD = {
    "forces": re.compile(
        # (also one of them: "lost one soldier and killed three NPA rebels")
        r"\b(?:police(?:m[ae]n|\s+officers?)?|cops?|officers?|soldiers?|troops|servicem[ae]n|personnel|guards?|"
        r"security\s+forces|paramilitar(?:y|ies)|jawans|constables)\b",
        re.I,
    ),
    "attackers": re.compile(
        r"\b(?:attackers?|assailants?|militants?|terrorists?|gunm[ae]n|insurgents?|rebels?|fighters?|bandits?|jihadists?|"
        r"khwarij|khawarij|raiders|suicide\s+bombers)\b",
        re.I,
    ),
    "civilians": re.compile(r"\b(?:civilians|passers-?by|villagers|worshippers|shoppers|bystanders)\b", re.I),
}


def _side_of_dead(text: str) -> str | None:
    """ "forces", "attackers" or "civilians" when a count of dead names only one of them."""
    sides = [side for side, words in _SIDES_OF_DEAD.items() if words.search(text)]
    return sides[0] if len(sides) == 1 else None


# People of a place, not an organised group: "traders looted stalls", "residents ransacked a warehouse"
_PEOPLE_AS_CROWD = re.compile(
    r"(?:angry\s+)?(?:villagers|residents|locals|townspeople|traders|vendors|youths|students|workers|a\s+crowd|crowds)",
    re.I,
)


def _people_looted(draft: _Draft) -> bool:
    """People of a place named just before the looting they did ("traders looted and burned stalls")."""
    return any(
        a.entry.kind == "civilians"
        and _PEOPLE_AS_CROWD.fullmatch(a.text)
        and any(
            t.sub_event_type == "Looting/property destruction" and 0 <= t.start - a.end <= 25
            for t in candidate.triggers
        )
        for candidate in draft.candidates
        for a in candidate.actors
    )


def _killing_beside(draft: _Draft) -> bool:
    """People killed or wounded by an attack told with destruction ("attackers killed three
    worshippers and set fire to a mosque"): violence, not only destruction."""
    return any(m.count.value > 0 for c in draft.candidates for m in c.casualties) and any(
        t.sub_event_type == "Attack" for c in draft.candidates for t in c.triggers
    )


def _taken_and_killed(draft: _Draft) -> bool:
    """Those taken were then killed ("Seven men ... were taken off a passenger coach near Turbat and shot dead"):
    an abduction and a killing told of the same people, joined by "and"."""
    for candidate in draft.candidates:
        taken = [t for t in candidate.triggers if t.strong and t.sub_event_type == "Abduction/forced disappearance"]
        killed = [t for t in candidate.triggers if t.strong and t.sub_event_type == "Attack" and _KILLING.match(t.text)]
        text, offset = candidate.clause_text, candidate.clause_offset
        for first in taken:
            for then in killed:
                between = text[first.end - offset : then.start - offset]
                if then.start > first.end and _AND_THEN.fullmatch(between):
                    return True
    return False


_KILLING = re.compile(
    r"(?:shot|gunned|hacked|beaten|stabbed)\s+(?:dead|down|to\s+death)|executed|killed|beheaded", re.I
)
_AND_THEN = re.compile(r"[^.;]{0,80}?\band\s+(?:later\s+|then\s+|summarily\s+)?", re.I)


# "set fire to two homes while the families were inside": arson at people, not only at property
_PEOPLE_INSIDE = re.compile(
    r"\b(?:while|as|when|with)\s+(?:the\s+|their\s+)?(?:famil(?:y|ies)|residents|occupants|people|children|owners|"
    r"inhabitants|worshippers|patients)\s+(?:were\s+|was\s+)?(?:still\s+)?(?:inside|asleep\s+inside|sleeping\s+inside)\b",
    re.I,
)


def _people_inside(draft: _Draft) -> bool:
    """A building set on fire or destroyed with its people inside ("while the families were inside")."""
    return any(_PEOPLE_INSIDE.search(c.clause_text) for c in draft.candidates)


def _beating_beside(draft: _Draft) -> bool:
    """A beating told with a detention or with destruction ("soldiers beat and detained traders",
    "settlers ... beating residents and setting cars alight"): violence against people."""
    return any(t.sub_event_type == "Attack" and _BEATEN.match(t.text) for c in draft.candidates for t in c.triggers)


def _fallback_confidence(draft: _Draft) -> float | None:
    """The statistical fallback's probability, when only its guesses stand behind the event."""
    probabilities = [t.probability for c in draft.candidates for t in c.triggers]
    if probabilities and all(p is not None for p in probabilities):
        return round(max(p for p in probabilities if p is not None), 3)
    return None


def _covered(category: str, specific_categories: set[str]) -> bool:
    return any(category in other for other in specific_categories)
