"""Mentions in one sentence: event triggers, weapons, targets, impacts, casualty counts, actors.

Each mention keeps its absolute character span in the article, which becomes the evidence of
the field it fills.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from sitrep.lexicon import CASUALTIES, ActorEntry, Lexicon, Trigger
from sitrep.numbers import COUNT_RE, Count, parse_count, parse_number
from sitrep.timeparse import MONTH_RE

# Words before a trigger that say the action did not happen (or only might): "unable to shoot
# them down", "could withdraw", "no casualties", "threatened to attack".
NEGATION = re.compile(
    r"(?:\b(?:not|never|no|unable to|failed to|could|can(?!\s+(?:now\s+)?(?:confirm|report|say|see))|cannot|would|might|may(?!\s+day\b)|threaten(?:ed|s)? to|plans? to|"
    # "a new drone that can shoot down enemy drones", "missiles designed to strike ships": what a weapon is for
    r"designed to|capable of|"
    r"planning to|vowed to|warned (?:of|that)|intends? to|ready to|prepared to|justify|if|avoid|prevent(?:ed)?|"
    r"deny|denied|without|flee|fleeing|fled|escape|escaping|escaped|until|unless)\s+(?:\w+\s+){0,2}"
    # "a man they accused of kidnapping a child": what someone is accused of is not an event
    r"|\b(?:accused|suspected|convicted|charged)\s+(?:\w+\s+)?(?:of|with)\s+"
    # "a command centre to coordinate the offensive": a purpose, not a report of fighting
    r"|\bto\s+(?:coordinate|support|prepare(?: for)?|plan|prevent|stop|halt|end|help|join|resume|continue)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?)$",
    re.I,
)

# "entered Boulkessi (Douentza, Mopti) without resistance": the areas monitors' notes put in brackets
# after a place are read as one word when looking for event words.
_AREAS_IN_BRACKETS = re.compile(r"\([A-Z][\w'’ -]*(?:, [A-Z][\w'’ -]*)*\)")


def _without_bracketed_areas(text: str) -> str:
    """The text with each bracketed list of areas turned into one word of the same length."""
    return _AREAS_IN_BRACKETS.sub(lambda m: "_" * len(m.group(0)), text)


# "the ability to fight", "aim to strike": an intention, not a report.
_INFINITIVE = re.compile(r"\bto\s+$", re.I)
# "Russian units tried to break through ... and were met with heavy fire": an attempt is an action.
_ATTEMPTED = re.compile(r"\b(?:tried|attempted|sought|managed|began|started|continued)\s+to\s+$", re.I)
# ... and one that failed: a territory not taken ("tried to retake the area"). (A word after "trying to"
# never gets this far: it is not one of the attempts above.)
_TRIED = re.compile(r"\b(?:tried|attempted|sought)\s+to\s+$", re.I)
# "farmers drove tractors into Brussels to protest", "people who had come to lay flowers": the
# purpose of a movement that happened, so the protest did too.
_MOVED_TO = re.compile(
    r"\b(?:gathered|marched|drove|came|come|took to the streets|assembled|turned out|poured into|blocked|walked out|"
    # ("farmers parked their tractors outside the parliament ... to protest against cheap grain imports")
    r"went|converged|parked|lined\s+up|camped)\b[^.;]{0,80}\bto\s+$",
    re.I,
)


@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class TriggerMention(Span):
    sub_event_type: str
    strong: bool
    # Set when the statistical fallback (sitrep.classify), not the trigger lexicon, found it.
    probability: float | None = None


@dataclass
class WeaponMention(Span):
    name: str
    category: str
    sub_event_type: str | None
    count: int | None = None
    intercepted: int | None = None


@dataclass
class TargetMention(Span):
    category: str
    civilian: bool


@dataclass
class ImpactMention(Span):
    kind: str
    value: int | None
    qualifier: str | None
    duration: str | None


@dataclass
class CasualtyMention(Span):
    kind: str  # fatalities or injuries
    count: Count
    civilian: bool


@dataclass
class ActorMention(Span):
    entry: ActorEntry  # "Russian forces" vs "Russia" as a noun


@dataclass
class SentenceMentions:
    triggers: list[TriggerMention] = field(default_factory=list)
    weapons: list[WeaponMention] = field(default_factory=list)
    targets: list[TargetMention] = field(default_factory=list)
    impacts: list[ImpactMention] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    nonconflict: bool = False
    # ... and those words are all of sport ("fans watching a football match"): a setting, which any
    # armed actor outweighs, unnamed gunmen too
    sport_only: bool = False
    # ... words of a work about events ("a documentary about the Arab Spring"): no march in it is one
    staged: bool = False
    # ... words of a drill, a parade or a machine's failure ("during a NATO exercise", "a technical fault")
    drill: bool = False
    # ... words of a work telling its story ("The novel follows a gang that kidnaps a footballer"): all of it is the work's
    told: bool = False
    # Words of disasters, crime and accidents right before a weak trigger ("floods hit", "a storm
    # destroyed"), or of the economy ("price rises hit the market"): the triggers whose subject is
    # nature or trade, not an armed actor.
    natural_causes: list[int] = field(default_factory=list)  # start offsets of such triggers


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def _shares_one_word(span: tuple[int, int], strong: bool, taken: list[tuple[int, int]], text: str) -> bool:
    """Two strong event phrases that share only the word where one ends and the other begins both
    count: "police fired live rounds at [protesters] who stormed parliament". ``taken``: the
    strong phrases already found."""
    overlapping = [(s, e) for s, e in taken if span[0] < e and s < span[1]]
    if not strong or len(overlapping) != 1:
        return False
    start, end = max(span[0], overlapping[0][0]), min(span[1], overlapping[0][1])
    return (start == span[0] or end == span[1]) and bool(re.fullmatch(r"[\w'’-]+", text[start:end]))


def find_triggers(text: str, offset: int, lexicon: Lexicon, reasons: bool = True) -> list[TriggerMention]:
    """The event words of a sentence; with ``reasons`` false, an act told as the reason for another
    ("blamed the PKK for a deadly attack") is kept (the sentence tells no other act)."""
    # All candidate matches first, then the non-overlapping ones, strong before weak and longer
    # before shorter: "opened fire on protesters" beats "protesters", "missile strikes" beats
    # "strikes".
    candidates: list[tuple[re.Match[str], Trigger]] = []
    masked = _without_bracketed_areas(text)
    for trigger in lexicon.trigger_filter.select(lexicon.triggers, masked):
        candidates += [(match, trigger) for match in trigger.pattern.finditer(masked)]
    candidates.sort(key=lambda c: (not c[1].strong, -(c[0].end() - c[0].start()), c[0].start()))
    found: list[TriggerMention] = []
    taken: list[tuple[int, int]] = []
    strong_found: list[tuple[tuple[int, int], str]] = []  # the strong phrases kept, with their sub-event types
    event_type_of = lexicon.taxonomy.event_type_of
    for match, trigger in candidates:
        before = text[max(0, match.start() - 40) : match.start()]
        if (
            _overlaps(match.span(), taken)
            and not _shares_one_word(match.span(), trigger.strong, [span for span, _ in strong_found], text)
        ) or (NEGATION.search(before) or _SUPPLIED.search(before)):
            continue
        if any(
            start <= match.start()
            and match.end() <= end
            and event_type_of.get(kind) != event_type_of.get(trigger.sub_event_type)
            for (start, end), kind in strong_found
        ):
            # "supporters of two rival student groups fought": a word inside a phrase of another kind of event
            # is that phrase's ("mobs" inside "mobs looted and burned shops" is still a crowd's)
            continue
        if lexicon.is_reference(masked, match.start(), match.end(), trigger.sub_event_type, reasons):
            continue  # "an investigation into the shelling", "preparing an offensive", "air raid alert"
        if DENIED_THAT.search(text[max(0, match.start() - 80) : match.start()]):
            continue  # "denied on Tuesday that its fighters had raised their flag": a claim of an act denied
        if _remembered(text, match.start()) and trigger.sub_event_type not in _PROTEST_TYPES:
            continue  # "to remember residents killed during the occupation": the dead remembered
        if _RELATIVE_BEFORE.search(before) and _LONG_AGO_AFTER.match(text, match.end()):
            continue  # "militiamen who laid down their arms last year": who they are, not the news
        if trigger.sub_event_type in _COVERED_TYPES and _COVERED_BEFORE.search(before):
            # "a journalist who was filming an opposition rally", "detained over their reporting on a prison
            # riot": what someone covered, not the news
            continue
        if trigger.sub_event_type in TERRITORY_TYPES and re.search(
            r"\b(?:after|since|before|following)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?$", before, re.I
        ):
            continue  # "raped women in Goma after the capture of the city": the capture is context
        if trigger.sub_event_type in _EXPLOSIVE_TYPES and _not_fired(text, before, match.end()):
            continue  # "police defused an explosive device", "artillery massing near Bryansk"
        if (
            _INFINITIVE.search(before)
            and not (
                trigger.sub_event_type == "Peaceful protest"
                and _MOVED_TO.search(text[max(0, match.start() - 100) : match.start()])
            )
            and not _ATTEMPTED.search(before)
            # "police fired flash-bang grenades to disperse protesters": the purpose of an act done
            and not (
                trigger.sub_event_type == "Protest with intervention"
                and re.search(r"\b(?:fired|used|deployed|threw|launched|sprayed)\b[^.;]{0,60}\bto\s+$", before, re.I)
            )
        ):
            continue
        taken.append(match.span())
        if trigger.strong:
            strong_found.append((match.span(), trigger.sub_event_type))
        sub_event_type = trigger.sub_event_type
        if sub_event_type in TERRITORY_TYPES and _TRIED.search(before):
            sub_event_type = "Armed clash"  # "officers tried to retake the area": a fight, not a gain
        found.append(
            TriggerMention(
                match.start() + offset,
                match.end() + offset,
                text[match.start() : match.end()],
                sub_event_type,
                trigger.strong,
            )
        )
    # "troops deployed after the attack on tourists": a weak word after "after the" is context
    # when the sentence reports something else (alone, "damaged following a strike" is the event).
    context = [
        m
        for m in found
        if (
            not m.strong
            and re.search(
                r"\b(?:after|following|since)\s+(?:the|an?|its|their)\s+$",
                text[max(0, m.start - offset - 20) : m.start - offset],
                re.I,
            )
        )
        # "imposed a curfew after clashes between security forces and residents": fighting told
        # as the reason for another act (alone, "two died after clashes" is the event)
        # (or between communities: "a curfew after 2 days of clashes between rival communities")
        or (
            m.sub_event_type in ("Armed clash", "Mob violence")
            and re.search(
                r"\b(?:after|following|amid)\s+(?:the\s+|(?:(?:\d+|two|three|four|five|several)\s+)?(?:days|nights|weeks)"
                r"\s+of\s+|deadly\s+|violent\s+|heavy\s+)?$",
                text[max(0, m.start - offset - 30) : m.start - offset],
                re.I,
            )
            # (the other act told first: not "died after hundreds of men stormed his street and set his house alight")
            and any(
                o.strong
                and o.sub_event_type not in _BATTLE_TYPES
                and o.sub_event_type != "Mob violence"
                and o.start < m.start
                for o in found
            )
        )
        # "imposed a night curfew on Beledweyne after a series of grenade attacks on the town": many acts told as
        # the reason for the one reported first (alone, "died after a series of blasts hit the market" is the event)
        or _told_as_a_series(text, offset, m.start, found)
        # "Junta jets bombed a market, a day after resistance fighters attacked a checkpoint": what the
        # day before saw, told beside the news
        or (
            re.search(
                r"\b(?:a|one|two|three|\d+)\s+(?:days?|hours?|weeks?)\s+after\s+(?:[\w'’-]+\s+){0,4}$",
                text[max(0, m.start - offset - 60) : m.start - offset],
                re.I,
            )
            is not None
            and any(o.strong and o.start < m.start for o in found)
        )
        # "police detained 4 women who held a picket ... demanding compensation for homes destroyed by shelling":
        # what a crowd demanded, after the demonstration told first
        or (
            re.search(
                r"\b(?:demanding|to\s+demand|calling\s+for|to\s+call\s+for|in\s+protest\s+(?:at|against|over))\s+"
                r"(?:[\w'’,-]+\s+){0,8}$",
                text[max(0, m.start - offset - 80) : m.start - offset],
                re.I,
            )
            is not None
            # (the crowd's own acts stay its own: "protesters demanding cheaper electricity burned tyres")
            and m.sub_event_type not in (*_PROTEST_TYPES, "Violent demonstration", "Mob violence")
            and any(o.strong and o.sub_event_type in _PROTEST_TYPES and o.start < m.start for o in found)
        )
        # "A mob torched 15 houses after the bodies of three abducted women were found": what set off
        # the act told first
        or (
            re.search(
                r"\b(?:after|following)\s+(?:the\s+)?(?:discovery\s+of\s+(?:the\s+)?)?(?:bodies|corpses|remains)\s+of\s+"
                r"(?:[\w'’-]+\s+){0,4}$",
                text[max(0, m.start - offset - 80) : m.start - offset],
                re.I,
            )
            is not None
            and any(o.strong and o.start < m.start for o in found)
        )
        # "Israel launched its offensive after Hamas-led fighters attacked southern Israel": the
        # campaign named as what followed the event told
        or (
            re.fullmatch(r"(?:counter-?)?offensives?", m.text, re.I) is not None
            and re.match(r"\s+(?:after|following|in\s+response\s+to)\b", text[m.end - offset :], re.I) is not None
            and any(o.start > m.end for o in found)
        )
        # "raped women in districts of Khartoum retaken from the RSF": the places, described
        # by an earlier capture (alone, "the southern part of Lysychansk captured" is the event)
        # (but "The town of Gwa fell to the Arakan Army" tells the town's fall: a verb, not a description)
        or (
            m.sub_event_type in TERRITORY_TYPES
            and _PLACES_TAKEN.search(text[max(0, m.start - offset - 40) : m.start - offset])
            and not re.match(r"fell\b", m.text, re.I)
        )
    ]
    if context and len(context) < len(found):
        found = [m for m in found if m not in context]
    found.sort(key=lambda m: m.start)
    return found


_BATTLE_TYPES = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory")
_PLACES_TAKEN = re.compile(
    r"\b(?:districts?|areas?|villages?|towns?|neighbou?rhoods?|territor(?:y|ies)|parts?|regions?|cities)\s+"
    r"(?:of\s+[A-Z][\w'’-]+\s+)?(?:recently\s+|newly\s+|already\s+)?$",
    re.I,
)
_NEUTRALISED = re.compile(
    r"\b(?:defused|defusing|found|discovered|seized|confiscated|removed|dismantled|disarmed|cleared|recovered)\s+"
    r"(?:[\w-]+,?\s+){0,6}$",  # (also "seized a cache of rifles, grenades and explosives")
    re.I,
)
# "A cafe owner showed visitors a hand grenade his grandfather had kept", "a museum displayed shells": relics
_SHOWN = re.compile(
    r"\b(?:show(?:ed|s|ing)?|gave)\s+(?:visitors|guests|tourists|reporters|journalists|pupils|students|children)\s+"
    r"(?:[\w'’-]+\s+){0,3}$|\b(?:displayed|displays|exhibited|exhibits|collection\s+of|"
    # ("Volunteers finished restoring two French howitzers from the First World War": relics repaired)
    r"restor(?:ed|es|ing)|refurbish(?:ed|es|ing)|repaint(?:ed|s|ing))\s+(?:[\w'’-]+,?\s+){0,4}$",
    re.I,
)
# "Russian tanks and artillery massing near Bryansk": equipment seen, not weapons used.
_EQUIPMENT_AFTER = re.compile(
    r"(?:\s*(?:,|and)\s+[\w-]+(?:\s+[\w-]+)?){0,3}\s+(?:(?:were|was|are|is|being)\s+)?"
    r"(?:massing|massed|moving|moved|seen|spotted|deployed|positioned|stationed|arriving|arrived|gathering|"
    # ("a grenade dug up in a garden": a relic found, unless it then went off)
    r"parked|transported|unloaded|heading|dug\s+up|unearthed|found|discovered|"
    # ("shells collected after the 2006 war" put on display in a museum)
    r"collected|salvaged|on\s+display|exhibited|displayed)\b"
    # (but "artillery positioned on the left bank fired on Marhanets": placed, then fired; "a car bomb parked
    # outside a market tore through Azaz": placed, then set off)
    r"(?!(?:\s+[\w'’-]+){0,8}?\s+(?:fired|shelled|pounded|struck|opened\s+fire|exploded|went\s+off|blew\s+up|detonated|"
    r"tore\s+through|ripped\s+through)\b)",
    re.I,
)
# "stun grenades", "smoke grenades": crowd control, not a grenade attack.
_NON_LETHAL = re.compile(r"\b(?:stun|smoke|flash|flash-bang|tear[- ]gas|rubber|light-and-sound)\s+$", re.I)
_EQUIPMENT_BEFORE = re.compile(
    r"\b(?:moved|relocated|redeployed|deployed|stationed|transported|positioned)\s+(?:[\w-]+\s+){0,3}$|"
    # "a protest against the deployment of new US missiles": weapons placed or traded, not fired
    r"\b(?:deployment|deploying|stationing|delivery|deliveries|purchase|sale|shipment)\s+of\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "a new drone force", "the drone industry": a weapon naming a branch or a trade, not its use.
_UNIT_AFTER = re.compile(
    r"\s+(?:force|forces|branch|industry|production|makers?|manufacturers?|school|factory|"
    # "drone footage showed ...": the camera, not a strike
    r"footage|video|videos|images?|imagery|camera|cameras)\b",
    re.I,
)

_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_CREWS_AFTER = re.compile(r"\s+(?:crews?|operators?|pilots?|units?|teams?|squads?)\b", re.I)


def _not_fired(text: str, before: str, end: int) -> bool:
    """An explosive weapon or word that names something defused, non-lethal, shown or seen on the move:
    "police defused an explosive device", "stun grenades", "artillery massing near Bryansk"."""
    return bool(
        _NEUTRALISED.search(before)
        or _SHOWN.search(before)
        or _IMITATION.search(before)
        or _IMITATION_AFTER.match(text, end)
        or _NON_LETHAL.search(before)
        or _EQUIPMENT_AFTER.match(text, end)
        or _NEUTRALISED_AFTER.match(text, end)
    )


# "a toy drone", "a HIMARS model built by students", "a grenade-shaped lighter", "a mortar used for grinding spices":
# a likeness of a weapon, or another thing of the same name
# (not "plastic explosives", "decoy drones": real weapons)
# ("Builders mixed mortars and laid bricks": a builder's mortar)
# ("Students built a model of a guided bomb for a science fair")
_IMITATION = re.compile(
    r"\b(?:(?:toy|model|replica|mock-?up|wooden|cardboard|inflatable|mix(?:ed|es|ing))|"
    r"(?:models?|replicas?|mock-?ups?|toys?) of (?:an? |the |two |three |\d+ )?(?:[\w-]+ )?)\s*$",
    re.I,
)
_IMITATION_AFTER = re.compile(
    r"-(?:shaped|style|like)\b|\s+(?:models?|replicas?|mock-?ups?|toys?|costumes?)\b|"
    r"\s+(?:and\s+pestle|used\s+(?:for|to)\s+(?:grind|crush|pound|mix))|"
    r"\s+and\s+(?:laid\s+)?(?:bricks|stones|blocks|plaster|concrete)\b",
    re.I,
)
# "An IED was defused near a school", "a bomb was found under a car": the weapon never went off
_NEUTRALISED_AFTER = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:defused|dismantled|deactivated|disarmed|safely\s+detonated|"
    r"destroyed\s+in\s+a\s+controlled\s+explosion|found|discovered|recovered|seized)\b",
    re.I,
)


TERRITORY_TYPES = frozenset(
    {"Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory"}
)
_EXPLOSIVE_TYPES = frozenset(
    {
        "Remote explosive/landmine/IED",
        "Grenade",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Air/drone strike",
    }
)
# An act someone denied is no report of it ("denied on Thursday that its troops had opened fire"). An
# act that did happen is told in its own words elsewhere in the article ("the Kremlin denied that Russian
# troops had targeted the hospital" beside the report of the strike), and that report makes the event.
DENIED_THAT = re.compile(r"\bden(?:y|ies|ied)\s+(?:\w+\s+){0,3}that\s+(?:[\w'’-]+\s+){0,6}$", re.I)
# "police detained a journalist who was filming an opposition rally": a rally someone filmed or covered
_COVERED_BEFORE = re.compile(
    r"\b(?:filming|covering|reporting\s+on|photographing|livestreaming|documenting|broadcasting|recording)\s+"
    r"(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# "laid wreaths to remember residents killed during the occupation": the dead remembered, not a report of
# their killing (which the article tells, if at all, in its own words)
_PROTEST_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
_COVERED_TYPES = ("Peaceful protest", "Violent demonstration", "Mob violence")
_REMEMBERED = re.compile(
    r"\b(?:to\s+(?:remember|commemorate|honou?r|mourn|pay\s+(?:tribute|homage)\s+to)|in\s+(?:memory|remembrance)\s+of)"
    # ("in memory of Ukrainian civilians killed in a missile strike")
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,7}$",
    re.I,
)


def _remembered(text: str, start: int) -> bool:
    """Is the word at ``start`` one of the dead remembered ("in memory of civilians killed in a missile strike")?"""
    return bool(_REMEMBERED.search(text[max(0, start - 90) : start]))


# "Fano militiamen who laid down their arms last year were given farm plots": an act told in a relative clause and
# dated long before is who the people are, not the news
# ("the explosive vests that bomb squads had defused over the years": a relative clause with its own subject)
_RELATIVE_BEFORE = re.compile(
    r"\b(?:who\s+(?:had\s+)?|which\s+(?:had\s+)?|(?:that|which)\s+(?:[\w'’-]+\s+){1,3}?had\s+)$", re.I
)
_LONG_AGO_AFTER = re.compile(
    r"[^.;,]{0,50}?\b(?:(?:last|the\s+previous)\s+(?:year|decade)|(?:years|decades)\s+ago|in\s+(?:19|20)\d\d|"
    r"over\s+the\s+(?:past\s+|last\s+)?(?:years|decades))\b",
    re.I,
)
_SUPPLIED = re.compile(
    # (not "a supply truck", "a delivery van": the word names a vehicle or route, not an act)
    # (nor "an air-delivered munition": how it reached its target)
    r"\b(?:(?<!air )(?<!air-)(?:deliver(?:y|ies|ed|ing)?|suppl(?:y|ies|ied|ying))(?!\s+(?:trucks?|lorr(?:y|ies)|vans?|convoys?|vehicles?|"
    r"routes?|lines?|columns?|ships?|planes?|flights?|drivers?|riders?|workers?|staff|corridors?|depots?|hubs?|runs?)\b)|"
    r"send(?:s|ing)?|sent|provid(?:e|es|ed|ing)|"
    r"purchas(?:e|es|ed|ing)|bought|buy(?:s|ing)?|transfers? of|package of|stockpiles? of|production of|"
    # "engineers demonstrated a water cannon that cleans graffiti": a product shown
    r"demonstrat(?:ed|es|ing)(?=\s+(?:an?|the|its|their|a\s+new)\s)|"
    r"produc(?:e|es|ed|ing)|manufactur\w+|orders? for|ordered (?:\d+|more|new|additional|another)|contracts? for|"
    r"pledged|donated?|donations?|assembl(?:es|ed|ing)|repairing|storing|"
    # "spend more of its budget on drones", "raise money for drones": what is paid for, not fired
    # (not "firefighters spent Friday battling a blaze": time spent)
    r"budgets?|(?:spend(?:s|ing)?|spent)(?!\s+(?:the\s+|a\s+|an\s+|all\s+|most\s+of\s+|several\s+|two\s+|three\s+)?"
    r"(?:\w+day|night|nights|morning|evening|afternoon|weekend|hours?|days?|weeks?|months?)\b)|funding|funds?|money|fundrais\w+|"
    # "troops short of artillery shells": what an army lacks was not fired
    r"short of|shortages? of|lack(?:s|ed|ing)?|lack of|ran out of|running (?:low|short) (?:on|of))\s+(?:[\w-]+\s+){0,4}$",
    re.I,
)
_WEAPON_COUNT = re.compile(rf"(?<![\w-]){COUNT_RE}\s+(?:\w+[- ]?){{0,2}}$", re.I)
_INTERCEPTED = re.compile(
    rf"(?P<n>\d+|{'|'.join(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'])}|all)\s+"
    r"(?:of (?:them|which) )?(?:were |was |had been )?(?:shot down|intercepted|destroyed|downed|neutrali[sz]ed)",
    re.I,
)
_NEXT_WEAPON_NOUN = re.compile(
    r"\b(?:missiles?|drones?|rockets?|UAVs?|shells?|bombs?|Shahed\w*|Kalibr|Kinzhal|Iskander)\b", re.I
)


# "the road to the Marikana mine": a mine named like a place is a pit, not a landmine.
_NAMED_BEFORE = re.compile(r"\bthe ([A-Z][\w'’-]+) $")


def _named_mine(before: str, lexicon: Lexicon) -> bool:
    named = _NAMED_BEFORE.search(before)
    return named is not None and named.group(1) not in lexicon.demonyms  # (not "the Russian mine")


_CARRIED_BY = re.compile(
    r"-(?:carrying|armed|laden|equipped|launching|firing|dropping)\s+(?:[\w-]+\s+)?"
    r"(?:drones?|UAVs?|quadcopters?|helicopters?|jets?|aircraft|planes?|boats?|ships?|vessels?)\b",
    re.I,
)


def find_weapons(text: str, offset: int, lexicon: Lexicon) -> list[WeaponMention]:
    found: list[WeaponMention] = []
    taken: list[tuple[int, int]] = []
    for entry in lexicon.weapon_filter.select(lexicon.weapons, text):
        for match in entry.pattern.finditer(text):
            if _overlaps(match.span(), taken):
                continue
            before = text[max(0, match.start() - 40) : match.start()]
            if entry.category == "landmine" and _named_mine(before, lexicon):
                continue
            taken.append(match.span())
            if _CARRIED_BY.match(text, match.end()):
                continue  # "missile-carrying drones": the craft that struck is the weapon named next
            count = None
            count_match = _WEAPON_COUNT.search(before)
            if count_match and count_match.group("n").lower() not in ("a", "an"):
                parsed = parse_count(count_match.group("q"), count_match.group("n"))
                count = parsed.value if parsed and parsed.qualifier != "vague" else None
            intercepted = None
            # Only the words up to the next weapon: "48 missiles, 34 of which were shot down,
            # and 30 drones" says nothing about the drones.
            window = text[match.end() : match.end() + 60]
            next_weapon = _NEXT_WEAPON_NOUN.search(window)
            if next_weapon:
                window = window[: next_weapon.start()]
            tail = _INTERCEPTED.search(window)
            if tail:
                number = tail.group("n").lower()
                intercepted = count if number == "all" else (parse_number(number) or (None, False))[0]
            # "deliveries of air defence missiles", "a contract for 50 drones": a weapon supplied,
            # bought or made is named but not used, so it says nothing about an event's type.
            supplied = bool(
                _not_fired(text, before, match.end())
                or _SUPPLIED.search(before)
                or _EQUIPMENT_BEFORE.search(before)
                or _UNIT_AFTER.match(text, match.end())
                # "turned a sanatorium into a base for drone crews": whom a place serves
                or bool(_FOR_BEFORE.search(before) and _CREWS_AFTER.match(text, match.end()))
                # "an agent who had been adjusting missile strikes": named in a reference, not used
                # (looked up only for a weapon that would type the event: this runs on every sentence)
                or (entry.sub_event_type is not None and lexicon.is_reference(text, match.start(), match.end()))
                # "denied that its fighters had fired anti-tank missiles": weapons of an act denied
                or bool(DENIED_THAT.search(text[max(0, match.start() - 80) : match.start()]))
                # "flowers in memory of civilians killed in a missile strike": the weapon of the dead remembered
                or _remembered(text, match.start())
            )
            found.append(
                WeaponMention(
                    match.start() + offset,
                    match.end() + offset,
                    match.group(0),
                    entry.name,
                    entry.category,
                    None if supplied else entry.sub_event_type,
                    count,
                    intercepted,
                )
            )
    # Within one phrase, "hypersonic Kinzhal missiles" names one weapon: keep the specific model.
    found.sort(key=lambda m: m.start)
    merged: list[WeaponMention] = []
    for mention in found:
        if (
            merged
            and mention.start - merged[-1].end <= 1
            and mention.category in ("missile", "drone", "rocket", "hypersonic missile")
        ):
            merged[-1] = WeaponMention(
                merged[-1].start,
                mention.end,
                text[merged[-1].start - offset : mention.end - offset],
                merged[-1].name,
                merged[-1].category,
                merged[-1].sub_event_type,
                merged[-1].count or mention.count,
                merged[-1].intercepted or mention.intercepted,
            )
            continue
        merged.append(mention)
    return merged


def find_targets(text: str, offset: int, lexicon: Lexicon) -> list[TargetMention]:
    found: list[TargetMention] = []
    taken: list[tuple[int, int]] = []
    for entry in lexicon.targets:
        for match in entry.pattern.finditer(text):
            if _overlaps(match.span(), taken):
                continue
            taken.append(match.span())
            found.append(
                TargetMention(
                    match.start() + offset, match.end() + offset, match.group(0), entry.category, entry.civilian
                )
            )
    found.sort(key=lambda m: m.start)
    return found


_COUNT_IN = re.compile(COUNT_RE, re.I)


def find_impacts(text: str, offset: int, lexicon: Lexicon) -> list[ImpactMention]:
    found: list[ImpactMention] = []
    taken: list[tuple[int, int]] = []
    for entry in lexicon.impacts:
        for match in entry.pattern.finditer(text):
            if _overlaps(match.span(), taken):
                continue
            groups = match.groupdict()
            value, qualifier, start = None, None, match.start()
            if groups.get("n"):
                counts = list(_COUNT_IN.finditer(groups["n"]))
                counts = [c for c in counts if c.group("n").lower() not in ("a", "an")]
                if counts:
                    parsed = parse_count(counts[0].group("q"), counts[0].group("n"))
                    if parsed:
                        value, qualifier = parsed.value, parsed.qualifier
                        start = match.start("n") + counts[0].start()
                else:
                    start = match.end("n")
            taken.append((start, match.end()))
            found.append(
                ImpactMention(
                    start + offset,
                    match.end() + offset,
                    text[start : match.end()].strip(),
                    entry.kind,
                    value,
                    qualifier,
                    groups.get("dur"),
                )
            )
    return found


# "two members of the local council", "2 members of a peasant cooperative": whose members they were
# (civilians; a lower-case union only, not the African Union's troops)
_OF_A_CIVIC_BODY = (
    r"\s+of\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:council|assembly|parliament|committee|co-?operative|co-?op|association|(?-i:union)|church|choir|congregation)\b"
)
# Those who work the land or dig in it, named in both victim lists below ("combine harvesters" are machines)
_LAND_WORKERS = r"pickers?|(?<!combine )harvesters?|(?:rubber )?tappers?|(?:gold )?panners?|prospectors?|growers?"
_VICTIM = (
    r"(?:civilians?|people|persons?|residents?|(?:school)?child(?:ren)?|kids?|wom[ae]n|m[ae]n|soldiers?|troops|servicem[ae]n|"
    r"gendarmes?|policem[ae]n|"
    # ("A Russian border guard was killed", "3 supporters of the banned Awami League died")
    r"border\s+guards?|supporters?|"
    # "a 16-year-old had been killed": someone named by age alone
    r"\d{1,3}-year-olds?(?!-)|"
    # kin: "a father and his three sons", "a chief and his two wives"
    # ("a husband and wife died": a couple, two)
    r"husband\s+and\s+(?:his\s+)?wife|"
    r"fathers?|mothers?|sons|daughters?|brothers?|sisters?|wife|wives|husbands?|grandchildren|relatives|"
    # "6 members of one family were shot dead"
    r"(?:family )?members(?=\s+of\s+(?:an?|one|the\s+same|a\s+single|his|her|their)\s+(?:[\w-]+\s+)?famil(?:y|ies)\b)|"
    # "shot dead two members of the local council"
    rf"members(?={_OF_A_CIVIC_BODY})|"
    # "Two members of the Kurdish-led SDF died", "three members of an armed group were killed"
    r"members(?=\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}(?:(?-i:[A-Z]{2,6})\b|(?:armed|militant|rebel|jihadist|"
    r"separatist|criminal|vigilante)\s+groups?|militias?|gangs?|(?:security|armed)\s+forces|army|police\b))|"
    r"officials?|mayors?|activists?|lawyers?|judges?|clerics?|imams?|sheikhs?|priests?|monks?|nuns?|bishops?|rabbis?|chiefs?|(?:village|district|ward|community) heads?|"
    r"elders?(?!ly)|leaders?|barangay (?:captains?|chairm[ae]n|officials?|councill?ors?|kagawads?)|"
    r"gunm[ae]n|attackers?|assailants?|insurgents?|rebels?|guerrillas?|jihadists?|bandits?|terrorists?|separatists?|"
    r"fighters?|militants?|protesters?|police(?:m[ae]n| officers?)?|patrolm[ae]n|officers?|villagers?|workers?|passengers?|"
    # ("Eleven soldiers and VDP auxiliaries were killed")
    r"auxiliar(?:y|ies)|militiam[ae]n|combatants?|"
    r"others|family members|girls?|boys?|teenagers?|infants?|babies|baby|"
    r"volunteers?(?!\s+(?:fighters?|soldiers?|militi|defen|guards?))|journalists?|doctors?|"
    r"farmers?|pensioners?|victims?|militar(?:y|ies)|personnel|servicemen|students?|pupils?|teachers?|"
    r"worshippers?|refugees?|prisoners?|hostages?|shopkeepers?|traders?|vendors?|hawkers?|drivers?|nurses?|medics?|surgeons?|"
    r"tourists?|visitors|"
    r"travell?ers?|commuters?|motorists?|motorcyclists?|cyclists?|pedestrians?|riders?|"
    r"guests|customers|patrons|diners|shoppers|spectators|fans|mourners|pilgrims|assistants?|aides?|bodyguards?|couples?|"
    r"employees?|clerks?|cashiers?|waiters?|labou?rers?|mechanics?|bakers?|butchers?|tailors?|"
    r"headmasters?|headm[ae]n|headmistress(?:es)?|headteachers?|principals?|pharmacists?|"
    rf"fisherm[ae]n|herders?|shepherds?|{_LAND_WORKERS}|miners?|loggers?|woodcutters?|(?:firewood |wood )collectors?|vaccinators?|generals?|colonels?|majors?|captains?|lieutenants?|"
    r"sergeants?|commanders?|councill?ors?|politicians?|"
    r"lawmakers?|legislators?|candidates?|businessm[ae]n|businesswom[ae]n|traditional rulers?|pastors?|"
    r"Christians?|Muslims?|Hindus?|Sikhs?|Jews|Yazidis?|Catholics?|Protestants?|parishioners?|congregants?|"
    # a mob's victims: "burned two suspected cattle rustlers to death"
    r"thie(?:f|ves)|robbers?|rustlers?|kidnappers?|suspects?)"
)
# Belligerents' claims of enemy losses ("destroyed up to 140 servicemen") are not counted as
# fatalities: ACLED and UCDP do not take a party's count of its enemy's dead.
_KILL_VERB = (
    r"(?:(?:[a-z]+\s+and\s+)?killed|dead|died|perished|lost their lives|deaths|fatalities|slain|martyred|embraced (?:martyrdom|shahadat)|"
    r"gunned down|shot dead|hacked to death|slaughtered|massacred|butchered|beheaded|decapitated|executed|mowed down|"
    r"burned alive|burnt alive|(?:(?:beaten|stabbed|hacked|stoned|shot)\s+and\s+)?(?:beaten|burned|burnt|stabbed|hacked|stoned)\s+to death|"
    r"lynched|fatally (?:shot|stabbed|wounded|injured|hit)|had their throats (?:cut|slit|slashed))"
)
_INJURE_VERB = r"(?:wounded|injured|hurt|injuries)"
_BE = (
    # ("a cyclist had died": the pluperfect of a report)
    r"(?:(?:were|was|have been|has been|had been|are|is|got|being|been|(?:had|has|have)(?=\s+(?:died|perished)\b))\s+)?"
    r"(?:reported(?:ly)?\s+|confirmed\s+|found\s+)?"
    # "six people are known to have died"
    r"(?:(?:are|were|is|was)\s+(?:known|reported|said|believed|confirmed|thought)\s+to\s+have\s+(?:been\s+)?)?"
)
# "the town's only doctor", "its last priest": one, told without a number
_SOLE_WORDS = ("only", "sole", "last")
# "Zitacuaro's police chief", "the village headman": one, told by an office only one person holds
_OFFICE = (
    r"(?:police\s+)?chief|mayor|governor|headman|village\s+head|district\s+head|imam|priest|pastor|bishop|judge|"
    r"prosecutor|chairman|chairwoman|council\s+leader"
)
_ONE_HOLDER = ("'s", "’s", "the")
_SOLE = "|".join(_SOLE_WORDS)
# Victims counted two each: "a couple", "a husband and wife"
_COUPLE = re.compile(r"couples?|husband\s+and\s+(?:his\s+)?wife", re.I)
# "Frost killed 3,000 llamas and alpacas", "200 head of cattle": animals, not people (but "three children
# herding goats" are the children)
_ANIMALS_AFTER = (
    rf"\s+(?:head\s+of\s+|(?!(?:{_VICTIM})\b)[\w-]+\s+)?(?:llamas|alpacas|cattle|cows|oxen|goats|sheep|camels|donkeys|"
    r"horses|pigs|chickens|poultry|birds|fish|animals|livestock|dogs|elephants|zebu)\b"
)
# "its troops had lost one soldier and killed three NPA rebels": a force's own dead, told as lost (a small count;
# "Russia lost 1,200 soldiers over the past day" is an enemy's claimed tally)
_LOST_MEN = re.compile(
    rf"\b(?:lost|losing)\s+{COUNT_RE}\s+(?:of\s+(?:its|their|our)\s+(?:own\s+)?)?(?:[\w-]+\s+)?"
    r"(?P<v>soldiers?|troops|servicem[ae]n|officers?|policem[ae]n|police\s+officers?|fighters?|guards?|rangers?|marines?|"
    r"commandos?|men)\b(?!\s+(?:to\s+(?:injur|wound|captiv|desert)|as\s+prisoners|wounded|injured|captured))",
    re.I,
)
_CASUALTY_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("fatalities", _LOST_MEN),
    (
        # A monitor's own figure: "killing several civilians (coded as 10)", "Fatalities coded as 3."
        "fatalities",
        re.compile(
            rf"\b(?P<coded>(?:(?:fatalities|deaths|the\s+toll)\s+(?:(?:is|was|were)\s+)?)?coded\s+as)\s+{COUNT_RE}",
            re.I,
        ),
    ),
    (
        "fatalities",
        re.compile(
            rf"\b(?:beat(?:en|ing)?|stabb(?:ed|ing)|hack(?:ed|ing)|shot|burn(?:ed|t)|stoned)\s+{COUNT_RE}\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM})(?:\s+(?:accused|suspected)\s+of\s+[\w-]+)?\s+(?:to death|dead)",
            re.I,
        ),
    ),
    (
        # "left five people dead", "leaving three dead" ("leaving 200,000 without power" is not a toll)
        "fatalities",
        re.compile(
            rf"\b(?:left|leaving)\s+{COUNT_RE}(?:\s+of\s+them|\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM}))?"
            # ("leaving 11 soldiers and four fighters dead": the second group is added as told with it)
            rf"(?=(?:\s+and(?:\s+[\w-]+){{1,3}}?)?\s+dead\b)",
            re.I,
        ),
    ),
    (
        # "beating one to death", "hacked two of them to death"
        "fatalities",
        re.compile(
            rf"\b(?:beat(?:en|ing)?|stabb(?:ed|ing)|knif(?:ed|ing)|hack(?:ed|ing)|bludgeon(?:ed|ing)|burn(?:ed|t|ing)|ston(?:ed|ing))\s+{COUNT_RE}"
            rf"\s+(?:of\s+them\s+)?(?:[\w-]+\s+){{0,3}}?to death",
            re.I,
        ),
    ),
    (
        # "a mob beat to death a man accused of theft", "shooting and burning to death 100 people"
        "fatalities",
        re.compile(
            rf"\b(?:beat(?:en|ing)?|stabb(?:ed|ing)|hack(?:ed|ing)|burn(?:ed|t|ing)|ston(?:ed|ing))\s+to death\s+{COUNT_RE}\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM})",
            re.I,
        ),
    ),
    (
        # "wiping out a family of twelve", "killing an entire family of five"
        "fatalities",
        re.compile(
            rf"\b(?:kill(?:s|ing|ed)?|wip(?:e|es|ed|ing)\s+out|claim(?:s|ed|ing)\s+the\s+lives\s+of)\s+"
            rf"(?:an?\s+|the\s+)?(?:entire\s+|whole\s+)?(?P<v>family)\s+of\s+{COUNT_RE}",
            re.I,
        ),
    ),
    (
        # "set upon 2 suspected cattle rustlers and burned them to death", "seized three farmers and
        # later killed them": the victims counted before the act names them by a pronoun
        "fatalities",
        re.compile(
            rf"{COUNT_RE}\s+(?:[\w-]+\s+){{0,3}}?(?P<v>{_VICTIM})\b[^.;]{{0,60}}?\band\s+(?:later\s+|then\s+)?"
            r"(?:(?:beat|burned|burnt|hacked|stabbed|stoned)\s+them\s+to\s+death|(?:killed|lynched|executed|beheaded)\s+them\b|shot\s+them\s+dead)",
            re.I,
        ),
    ),
    (
        # "Two men ... were dragged off a bus and beaten to death", "A man ... was tied to a pole and lynched"
        "fatalities",
        re.compile(
            # ("Seven men from Punjab were taken off a passenger coach near Turbat on Tuesday and shot dead")
            # ("six passengers had been pulled off a bus at a fake checkpoint ... and executed"; not "A local official
            # ... said on Sunday that six passengers had been ...": who told it)
            rf"{COUNT_RE}\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM})\b(?:(?!\b(?:said|says|told|reported)\b)[^.;]){{0,60}}?"
            rf"\b(?:were|was|had\s+been|have\s+been)\b[^.;]{{0,80}}?"
            # ("Nine farmers ... were lined up and shot by RSF troops": an execution)
            rf"\b(?:(?:beaten|hacked|stabbed|stoned|burn(?:ed|t))\s+to\s+death|lynched|shot\s+dead|gunned\s+down|executed|"
            rf"(?:lined|rounded)\s+up\s+and\s+shot\b)",
            re.I,
        ),
    ),
    (
        "fatalities",
        re.compile(
            rf"\b(?:kill(?:s|ing|ed)?|(?:the\s+)?killing\s+of(?=\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds))|claim(?:s|ed|ing) the lives of|lynch(?:ed|ing)?|execut(?:ed|ing)|shot dead|shooting dead|"
            rf"gunned down|gunning down|mowed down|mowing down|martyred|"
            rf"massacr(?:ed|ing)|slaughtered|butchered|beheaded|beheading|decapitated|decapitating|hanged|assassinated|murdered)\s+"
            # ("killing the 3 soldiers on board", "killed all 5 passengers")
            rf"(?:(?:the|all|all\s+the)\s+)?{COUNT_RE}"
            rf"(?!{_ANIMALS_AFTER})(?:\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM}))?(?:\s+dead)?",
            re.I,
        ),
    ),
    (
        "injuries",
        re.compile(
            rf"\b(?:wound(?:s|ing|ed)?|injur(?:es|ing|ed)?)\s+{COUNT_RE}(?:\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM}))?",
            re.I,
        ),
    ),
    (
        "fatalities",
        re.compile(
            rf"(?:death toll|number of (?:the )?(?:dead|deaths|victims|those killed|people killed))\s+(?:[\w-]+\s+){{0,16}}?"
            rf"(?:rose|climbed|risen|increased|reached|stands at|stood at|is|was|of|to|has risen)\s+(?:to\s+)?{COUNT_RE}",
            re.I,
        ),
    ),
    (
        "fatalities",
        re.compile(
            rf"{COUNT_RE}\s+(?:[\w-]+\s+){{0,3}}?(?:(?P<v>{_VICTIM})\b\s*)?"
            # ("4 soldiers and an unknown number of Houthi fighters were killed": the 4 are the count)
            r"(?:and\s+an?\s+(?:unknown|undisclosed|unspecified|unconfirmed|undetermined)\s+number\s+of\s+(?:[\w'’-]+\s+){1,3}?)?"
            # ("Four employees of a car wash in Culiacan were gunned down": where the victims worked or lived)
            # ("Three militants linked to the Dawlah Islamiyah were killed", "A candidate for the town council")
            # ("Two men on a motorcycle were killed": where the victims were)
            r"(?(v)(?:(?:of|at|from|for|on|in|inside|aboard|(?:linked|loyal|belonging|allied)\s+to|affiliated\s+with)\s+(?:(?:an?|the)\s+)?"
            # ("Four members of one family, two of them children, died")
            r"(?:[\w'’-]+(?:\s+|(?=,\s+(?:including|among\s+them|(?:\d+|two|three|four|five|six|all|most|many)\s+of\s+them)\b)))"
            r"{1,6}?)?)"
            # ("A teacher in Ndop, in Cameroon's North West region, was shot dead": where that place is)
            r"(?(v)(?:(?:in|at|from|near)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2},\s+(?:in|near|outside|(?:north|south|east|west)\s+of)\s+"
            r"[^,.;]{1,60},\s+)?)"
            # ("a man waiting at a tram stop was killed", "six people celebrating a birthday were shot dead":
            # what the victims were doing)
            r"(?:(?:waiting|standing|walking|sitting|working|riding|driving|cycling|travell?ing|queu(?:e)?ing|passing|fleeing|escaping|"
            r"sleeping|shopping|fishing|playing|tending|collecting|fetching|herding|sheltering|hiding|praying|attending|"
            r"selling|buying|trading|harvesting|grazing|gathering|celebrating|watching|eating|drinking|dancing|visiting|"
            # ("2 municipal workers repairing a water main were killed")
            r"repairing|fixing|mending|restoring|clearing|digging|delivering|distributing|"
            # ("three passengers left behind on the platform in Sumy died")
            r"left\s+behind|stranded|trapped)"
            r"\s+(?:[\w'’-]+\s+){0,10}?)?"
            # ("a man accused of insulting the Prophet had been beaten to death": what the victim was accused of)
            r"(?:(?:accused|suspected|convicted)\s+of\s+(?:[\w'’-]+\s+){1,6}?)?"
            # ("Three demonstrators who rejected the election results died": who they were, in a relative clause)
            r"(?:who\s+(?!(?:were|was|had|have|has)\b)(?:[\w'’-]+\s+){1,8}?)?"
            # ("a man described by the Israeli military as a Hezbollah operative was killed": who he was said to be)
            r"(?:(?:described|identified|named)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?(?:as|to\s+be)\s+(?:[\w'’-]+\s+){1,5}?)?"
            # ("A woman, 62, died": the victim's age between commas)
            r"(?:,\s*(?:aged\s+)?\d{1,3},\s+)?"
            # ("at least 100 people, including nine aid workers, were killed", "6 civilians, 3 of them children, died")
            rf"(?:,\s+(?:(?:including|among them)\s+[^,.;]{{1,80}}|(?:\d+|one|two|three|four|five|six|all|most|many)\s+of\s+"
            rf"them\s+[^,.;]{{1,40}}),\s+)?{_BE}{_KILL_VERB}",
            re.I,
        ),
    ),
    (
        # "Beryslav's only pharmacist, aged 70, was killed", "the village's last doctor died": one, told
        # as the only one of a place
        "fatalities",
        re.compile(
            rf"(?:['’]s|\b(?:the|its|their))\s+(?P<q>(?!))?(?P<n>{_SOLE})\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM})\b"
            rf"(?:,\s*(?:aged\s+)?\d{{1,3}},)?\s+{_BE}{_KILL_VERB}",
            re.I,
        ),
    ),
    (
        # "Zitacuaro's police chief died", "the village headman was shot dead": one, told by the office held
        "fatalities",
        re.compile(
            rf"(?P<n>['’]s|\bthe)\s+(?P<q>(?!))?(?:[\w-]+\s+){{0,2}}?(?P<v>{_OFFICE})\s+{_BE}(?:later\s+)?{_KILL_VERB}",
            re.I,
        ),
    ),
    (
        # "A woman was killed; another resident died from his injuries": one more, told apart
        "fatalities",
        re.compile(
            rf"\b(?P<q>(?!))?(?P<n>an)other\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM})\s+(?:later\s+)?"
            r"(?:died|succumbed|was\s+killed|lost\s+(?:his|her)\s+life)",
            re.I,
        ),
    ),
    (
        # "while police put the toll at 8": another source's count of the same dead
        "fatalities",
        re.compile(
            rf"\b(?P<rival>(?:put|puts|putting|placed|places|gave|gives|estimated|estimates)\s+the\s+(?:death\s+)?toll\s+at)\s+{COUNT_RE}",
            re.I,
        ),
    ),
    (
        # "a drone strike killed a senior Hurras al-Din commander": one, whose group comes between
        "fatalities",
        re.compile(
            r"\b(?:kill(?:s|ing|ed)|assassinat(?:es|ed|ing)|shot\s+dead|gunned\s+down|eliminat(?:es|ed|ing))\s+"
            r"(?P<q>(?!))?(?P<n>an?)\s+(?:[\w'’-]+\s+){1,4}?(?P<v>commanders?|leaders?|chiefs?|emirs?|operatives?|officials?|"
            # ("gunmen killed an Indigenous guard coordinator")
            r"coordinators?|organi[sz]ers?|activists?)\b",
            re.I,
        ),
    ),
    (
        # "gunned five people down", "shot two men dead"
        "fatalities",
        re.compile(
            rf"\b(?:gunned|gunning|shot|shooting)\s+{COUNT_RE}\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM})\s+(?:down|dead)\b",
            re.I,
        ),
    ),
    (
        # "rounded up and shot 17 villagers"
        "fatalities",
        re.compile(
            rf"\b(?:rounded|lined)\s+up\s+and\s+(?:shot|executed|killed|gunned\s+down)\s+{COUNT_RE}(?:\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM}))?",
            re.I,
        ),
    ),
    (
        # "We buried 42 people today": the dead buried after an attack
        "fatalities",
        re.compile(rf"\b(?:buried|burying|bury)\s+{COUNT_RE}\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM})\b", re.I),
    ),
    (
        # "Six bodies were dumped beside a highway", "the bodies of 12 men were found"
        "fatalities",
        re.compile(rf"{COUNT_RE}\s+(?:[\w-]+\s+){{0,2}}?(?:bodies|corpses)\b", re.I),
    ),
    (
        "fatalities",
        re.compile(rf"\b(?:bodies|corpses|remains) of {COUNT_RE}(?:\s+(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM}))?", re.I),
    ),
    (
        "injuries",
        re.compile(
            # (the words between are not another count: "three bodies and 11 injured people")
            rf"{COUNT_RE}\s+(?:(?!\d[\d,.]*\s|(?:bodies|corpses|dead)\b|and\s+\d)[\w-]+\s+){{0,3}}?(?:(?P<v>{_VICTIM})\s+)?"
            rf"(?:(?:were|was|have been|had been|are|got|being)\s+)?(?:reported(?:ly)?\s+)?{_INJURE_VERB}",
            re.I,
        ),
    ),
]
_CIVILIAN_VICTIM = re.compile(
    r"civilian|people|resident|child|kid|wom[ae]n|\bm[ae]n\b|villager|passenger|family|worker|person|boy|girl|teenager|"
    r"official|mayor|activist|lawyer|judge|cleric|imam|sheikh|priest|\bmonks?\b|\bnuns?\b|bishop|rabbi|chief|(?:village|district|ward|community) head|elder|barangay|"
    r"infant|bab|volunteer(?!s?\s+(?:fighters?|soldiers?|militi|defen|guards?))|journalist|doctor|surgeon|farmer|pensioner|student|pupil|teacher|worshipper|refugee|shopkeeper|travell?er|commuter|motorist|"
    rf"trader|driver|nurse|medic|fisherm|herder|shepherd|{_LAND_WORKERS}|miner\b|miners|logger|woodcutter|collector|vaccinator|\bbod(?:y|ies)\b|corpses?|councill?or|"
    r"politician|lawmaker|legislator|candidate|business|traditional ruler|pastor|christian|muslim|hindu|sikh|coordinator|organi[sz]er|"
    r"\bjews\b|yazidi|catholic|protestant|parishioner|congregant|father|mother|\bsons\b|daughter|brother|sister|"
    r"\bwife\b|wives|husband|grandchild|relatives|tourist|visitor|guest|customer|patron|diner|shopper|spectator|"
    r"\bfans\b|mourner|pilgrim|couple|employee|clerk|cashier|waiter|labou?rer|mechanic|baker|butcher|tailor|"
    r"headmaster|headm[ae]n|headmistress|headteacher|principal|pharmacist",
    re.I,
)


_CIVIC_BODY_AFTER = re.compile(_OF_A_CIVIC_BODY, re.I)
# A number that is a day of the month: "on December 30 killed nine", "on 30 December"
_DAY_OF_MONTH_BEFORE = re.compile(rf"\b{MONTH_RE}\s+$", re.I)
_TIME_UNIT_AFTER = re.compile(r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b(?![- ]old)", re.I)
_ONE_OF = re.compile(rf"\s+of\s+(?:the\s+|these\s+|those\s+)?{COUNT_RE}", re.I)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?![a-z])", re.I)
# "Two gunmen on a motorbike shot dead a village headman": the count is of those who killed (an active verb
# with its object after it), not of the dead ("Two soldiers killed in an ambush" is a headline's passive).
_ACTIVE_KILLING = re.compile(
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bare )(?<!\bis )(?<!\bgot )"
    r"(?:killed|shot\s+dead|gunned\s+down|slaughtered|massacred|butchered|beheaded|decapitated|executed|mowed\s+down|lynched)$",
    re.I,
)
_OBJECT_AFTER = re.compile(
    r"\s+(?:an?|his|her|their|its|him|them|one|two|three|four|five|six|seven|eight|nine|ten|\d+|at\s+least|more\s+than|"
    r"the(?!\s+(?:day|night|week|previous|same|following|next)\b))\b",
    re.I,
)


# "killed a former regime officer", "a retired army colonel": no longer an armed side
_RETIRED = re.compile(r"\b(?:former|retired)\s|\bex-\w", re.I)
_ARMED_LEADER = re.compile(
    r"\b(?:rebel|militia|gang|militant|insurgent|separatist|jihadist|guerrilla|armed group|military|army|Taliban|"
    r"Hamas|Hezbollah|Islamic State|al[- ]Qaeda|cartel)\b",
    re.I,
)


# "Hezbollah confirmed his death": one dead, whoever it was.
_DEATH_CONFIRMED_RE = r"(?:confirmed|announced|mourned) (?:his|her) death"
# "killing him", "burned him to death", "killing the driver", "he later died of his injuries":
# one victim named by a pronoun or a role.
_PRONOUN_VICTIM = re.compile(
    # ("killing its driver", "killing his bodyguard": the one of the vehicle or person just named)
    r"\b(?:(?:kill(?:ing|ed)|shot dead|gunned down)\s+(?:him|her\b|(?:the|its|his|her|their) (?:(?:village|local|town|district|deputy|former|regional)\s+)?(?:driver|pilot|owner|"
    r"rider|occupant|bodyguard|guard|caretaker|watchman|man|woman|boy|girl|passenger|farmer|civilian|resident|teacher|"
    r"journalist|cyclist|pedestrian|victim|minister|governor|mayor|commander|chief|head|elder|imam|priest)\b)|"
    r"(?:beat|beaten|burned|burnt|stabbed|hacked|stoned)\s+(?:him|her)\s+to death|"
    # "set fire to a chief's compound and beheaded him", "police shot dead a 19-year-old"
    r"(?:beheaded|decapitated|lynched|executed|hanged)\s+(?:him|her)\b|"
    r"(?:kill(?:ing|ed)|shot dead|shooting dead|gunned down)\s+an?\s+\d{1,2}-year-old\b|"
    r"(?:he|she) (?:later |subsequently )?died\b|(?:lost|losing) (?:his|her) life\b|"
    # ("an elderly man ... was shot by Russian soldiers at a roadblock and died of his wounds")
    r"\band (?:later |subsequently )?died (?:of|from) (?:his|her) (?:wounds|injuries)\b|"
    # "A pensioner ... was the latest to die from the Russian guns": one more dead
    r"(?:was|became)\s+the\s+(?:latest|last|first|second|third|fourth|fifth)\s+(?:[\w-]+\s+)?to\s+(?:die|be\s+killed)\b|"
    rf"{_DEATH_CONFIRMED_RE}\b|"
    r"\bthe (?:driver|pilot|owner|man|woman|boy|girl|passenger|farmer|civilian|resident|cyclist|pedestrian|victim) "
    r"(?:(?:later |subsequently )?died|(?:was|has been|had been) (?:killed|shot dead|gunned down))\b|"
    # "shot dead a Palestinian who approached them": one person, named by nationality
    r"(?:kill(?:ing|ed)|shot dead|shooting dead|gunned down)\s+an?\s+(?:[A-Z][a-z]+(?:ian|an|i|ese|ish))\b(?!\s+(?:soldiers?|troops|forces|fighters|militants?|police))|"
    # "a crowd beat a suspected motorcycle thief to death"
    r"(?:beat|beaten|stoned|hacked|burned|burnt|lynched|stabbed)\s+(?:a|an)\s+(?:(?:suspected|alleged|young|local)\s+)?"
    r"(?:[\w-]+\s+)?(?:man|woman|boy|girl|youth|teenager|thief|robber|kidnapper|suspect|person|witch)\s+to\s+death|"
    # headlines: "Mob lynches man accused of theft", "Gunmen kill teacher in Kaduna"
    # "a mob lynched a suspected motorcycle thief"
    r"(?:lynch(?:es|ed)?|kills?|shoots? dead|guns? down|beats? to death|hacks? to death)\s+(?:a\s+|an\s+)?"
    r"(?:(?:suspected|alleged|young|local)\s+)?(?:[\w-]+\s+)?"
    r"(?:man|woman|boy|girl|youth|teenager|teacher|farmer|herdsman|herder|shepherd|fisherman|trader|student|driver|priest|pastor|imam|cleric|"
    r"journalist|activist|councill?or|official|chief|villager|policeman|soldier|thief|robber|kidnapper|"
    r"suspect|person|witch|general|commander|colonel|minister|governor|mayor)\b|"
    # "Students Beat Man To Death": a headline's victim between the verb and "to death"
    r"beats?\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:man|woman|boy|girl|youth|teenager|student|thief|suspect|person)"
    r"\s+to\s+death)",
    re.I,
)
_DEATH_CONFIRMED = re.compile(_DEATH_CONFIRMED_RE, re.I)
# "a motorcycle carrying 2 traders hit an explosive device, killing both men": the two just named (or a person and
# the one guarding him)
_BOTH_KILLED = re.compile(
    # "shot dead a polio vaccinator and the police officer guarding him": one person and the one beside him
    r"\b(?:kill(?:ing|ed)|shot\s+dead|shooting\s+dead|gunned\s+down)\s+an?\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+and\s+"
    r"(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:officer|policeman|guard|bodyguard|driver|escort|son|daughter|wife|husband|"
    r"brother|sister|father|mother|colleague|companion|assistant)\b|"
    r"\b(?:kill(?:ing|ed)|shot\s+dead|shooting\s+dead)\s+(?:them\s+)?both(?:\s+(?:of\s+them|m[ae]n|wom[ae]n|soldiers|"
    r"officers|brothers|civilians|passengers|occupants|riders|traders|farmers|children|boys|girls))?\b|"
    r"\bboth\s+(?:m[ae]n|wom[ae]n|soldiers|officers|brothers|passengers|occupants|riders)\s+(?:were|died)\s+(?:killed|instantly|"
    r"on\s+the\s+spot|at\s+the\s+scene)",
    re.I,
)
_FIGHTER_VICTIM = re.compile(
    r"\b(?:commanders?|fighters?|militants?|members?|soldiers?|officers?|rebels?|insurgents?|operatives?|leaders?)\b",
    re.I,
)
_TOLL_HINT = re.compile(
    r"\b(?:died|dead|wounded|injured|hurt|deaths|death toll|lives|fatalities|coded as|(?:his|her) death|bodies|corpses)\b",
    re.I,
)
_NAMED_VICTIM = re.compile(
    r"\b(?:killed|killing|murdered|assassinated|shot dead)\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)


def _counts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, except that in "one of three protesters shot dead" the count is the
    three (the search goes on after "one")."""
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if match.group("n") and _ONE_OF.match(text, match.end("n")):
            position = match.end("n")
            continue
        yield match
        position = max(match.end(), position + 1)


_BODIES = re.compile(r"\b(?:bodies|corpses|remains)\b", re.I)
# An act told first, then the finding of bodies that set it off.
_FOUND_BEFORE_ACT = re.compile(
    r"\w[^.;]{15,}\b(?:after|following)\s+(?:the\s+(?:discovery\s+of\s+(?:the\s+)?)?)?$", re.I
)


def find_casualties(
    text: str, offset: int, lexicon: Lexicon | None = None, reasons: bool = True
) -> list[CasualtyMention]:
    """Counts of the killed and injured; with a ``lexicon``, tallies of a whole war ("has killed
    tens of thousands since 2022") are left out, and with ``reasons``, the toll of an act told as
    the reason for another."""
    found: list[CasualtyMention] = []
    taken: list[tuple[int, int]] = []
    for match in [*_NAMED_VICTIM.finditer(text), *_PRONOUN_VICTIM.finditer(text), *_BOTH_KILLED.finditer(text)]:
        # "a car bomb killed Darya Dugina": one named person; "killing both men": two.
        taken.append(match.span())
        # ("Hezbollah confirmed his death" says one died, not who: a civilian only where the words say so)
        civilian = not _DEATH_CONFIRMED.search(match.group(0)) and not (
            # ("killing a Hezbollah commander and his driver": a fighter and the man beside him)
            # (the first named says whom the attack was on: "a polio vaccinator and the police officer guarding him")
            match.re is _BOTH_KILLED and _FIGHTER_VICTIM.search(match.group(0).split(" and ")[0])
        )
        dead = 2 if match.re is _BOTH_KILLED else 1
        found.append(
            CasualtyMention(
                match.start() + offset, match.end() + offset, match.group(0), "fatalities", Count(dead, None), civilian
            )
        )
    # ("5 people attending a wedding outside Debre Markos (Debre Markos, Amhara) were killed": a note's bracketed
    # areas are one word of the sentence, as they are for the triggers)
    masked = _without_bracketed_areas(text)
    for kind, pattern in _CASUALTY_PATTERNS:
        for match in _counts(pattern, masked):
            span = (match.start("n") if match.group("q") is None else match.start("q"), match.end())
            if match.groupdict().get("coded") or match.groupdict().get("rival"):
                span = match.span()  # "coded as 3", "put the toll at 8": the words that say whose figure it is
            if _overlaps(span, taken):
                continue
            number = match.group("n")
            if number.lower() in ("a", "an") and not match.groupdict().get("v"):
                continue
            victim_word = match.groupdict().get("v") or ""
            if re.fullmatch(r"(?:19|20)\d\d", number) and not (
                victim_word and text[match.end("n") :].lstrip().startswith(victim_word)
            ):
                continue  # "2022 Drone footage of civilians shot dead": a year, not a count
            if _DAY_OF_MONTH_BEFORE.search(text, 0, match.start("n")) or _MONTH_AFTER.match(text, match.end("n")):
                continue  # "strikes on December 30 killed nine people": a day of the month, not a count
            if _ACTIVE_KILLING.search(match.group(0)) and _OBJECT_AFTER.match(masked, match.end()):
                continue  # "Two gunmen shot dead a village headman": those counted did the killing
            if _TIME_UNIT_AFTER.match(text, match.end("n")):
                continue  # "Three years ago gunmen killed 40 villagers": a span of time, not a count
            if _BODIES.search(match.group(0)) and _FOUND_BEFORE_ACT.search(text, 0, match.start()):
                continue  # "a mob torched houses after the bodies of three women were found": what set it off
            if NEGATION.search(text[max(0, match.start() - 30) : match.start()]) and not re.search(
                r"at least|including", text[max(0, match.start() - 30) : match.start()], re.I
            ):
                continue
            one = number.lower() in _SOLE_WORDS or number.lower() in _ONE_HOLDER
            count = Count(1, None) if one else parse_count(match.group("q"), number)
            if count is None or count.value > 100000 or (pattern is _LOST_MEN and count.value > 50):
                continue
            if lexicon and lexicon.is_reference(text, match.start(), match.end(), CASUALTIES, reasons):
                continue
            victim = match.groupdict().get("v") or ""
            if _COUPLE.fullmatch(victim):
                count = replace(count, value=count.value * 2, upper=count.upper and count.upper * 2)  # two each
            taken.append(span)
            civilian = (
                bool(
                    _CIVILIAN_VICTIM.search(victim or match.group(0))
                    # "5 members of one family": whose members they were
                    or (victim.lower() in ("members", "family members") and _CIVILIAN_VICTIM.search(match.group(0)))
                    # ("3 members of an Alawite family": whose members they were, told after)
                    or (
                        victim.lower() == "members"
                        and re.match(
                            r"\s+of\s+(?:an?|the|one|their|his|her)\s+(?:[\w'’-]+\s+)?family\b", masked[match.end() :]
                        )
                        is not None
                    )
                    or (victim.lower() == "members" and _CIVIC_BODY_AFTER.match(text, match.end()))
                    or _RETIRED.search(match.group(0))
                    # "killed 2 former members of the security forces": no longer under arms
                    or (
                        not victim
                        and _RETIRED.match(text, match.end() + 1)
                        and text[match.end() : match.end() + 1] == " "
                    )
                )
                or (
                    # "a community leader", "a union leader" (not "a rebel leader")
                    re.fullmatch(r"leaders?", victim, re.I) is not None and not _ARMED_LEADER.search(match.group(0))
                )
            )
            found.append(
                CasualtyMention(span[0] + offset, span[1] + offset, text[span[0] : span[1]], kind, count, civilian)
            )
    for mention in [m for m in found if m.kind == "fatalities"]:
        # "killed two soldiers and three separatists", "killing the minister ... and five others":
        # a second group of dead told with the first is counted with it.
        more = _AND_MORE.match(text, mention.end - offset)
        count = parse_count(more.group("q"), more.group("n")) if more else None
        if more is None:
            more = _AND_ONE_MORE.match(text, mention.end - offset)
            count = Count(1, None)  # "and his assistant": one more, told without a number
        if more is None or _overlaps(more.span(1), taken):
            continue
        if count is None or count.value > 100000:
            continue
        taken.append(more.span(1))
        # "eight police officers and the driver": the driver or escort of those named shares their side
        companion = count.value == 1 and _COMPANION.fullmatch(more.group("v")) is not None
        found.append(
            CasualtyMention(
                more.start(1) + offset,
                more.end(1) + offset,
                more.group(1),
                "fatalities",
                count,
                mention.civilian if companion else bool(_CIVILIAN_VICTIM.search(more.group("v"))) or mention.civilian,
            )
        )
    for index, mention in enumerate(found):
        # "4 soldiers and 2 Fano fighters were killed": a first group, told before the second's words
        # (which the count's own pattern spans only when a word or two stand between)
        pair = _PAIR_BEFORE.search(text, 0, mention.start - offset) if mention.kind == "fatalities" else None
        count = parse_count(pair.group("q"), pair.group("n")) if pair else None
        if pair is None or count is None or count.value > 100000 or _overlaps(pair.span(), taken):
            continue
        taken.append(pair.span())
        found[index] = CasualtyMention(
            pair.start() + offset,
            mention.end,
            text[pair.start() : mention.end - offset],
            "fatalities",
            count,
            bool(_CIVILIAN_VICTIM.search(pair.group("v"))),
        )
    for mention in [m for m in found if m.kind == "fatalities"]:
        # "18 attackers and one soldier were killed": a second group inside the count's own words
        inner = _AND_INSIDE.search(mention.text)
        count = parse_count(inner.group("q"), inner.group("n")) if inner else None
        if inner is None or count is None or count.value > 100000:
            continue
        start = mention.start + inner.start(1)
        found.append(
            CasualtyMention(
                start,
                mention.start + inner.end(1),
                inner.group(1),
                "fatalities",
                count,
                bool(_CIVILIAN_VICTIM.search(inner.group("v"))),
            )
        )
    found.sort(key=lambda m: m.start)
    return found


# What follows a count of dead to add a second group to it (its text starts "and", which the event
# builder adds to the first count instead of taking the larger).
_AND_MORE = re.compile(
    rf"(?:\s+[A-Z][\w'’-]+){{0,3}}(?:\s+[a-z][\w-]*)?,?\s+((?:and|as well as)\s+(?:(?:his|her|their)\s+)?{COUNT_RE}\s+"
    # (not "three bodies and 11 injured people": the second group was hurt)
    rf"(?!(?:injured|wounded|hurt|maimed)\b)(?:[\w-]+\s+){{0,2}}?(?P<v>{_VICTIM})\b)(?!\s+(?:were|was|are)\s+(?:\w+\s+)?(?:wounded|injured|hurt))"
)


# A first group told before a count of dead: "4 soldiers and " before "2 Fano fighters were killed".
_PAIR_BEFORE = re.compile(rf"(?<![\w-]){COUNT_RE}\s+(?:[\w-]+\s+)?(?P<v>{_VICTIM})\s+and\s+$", re.I)
# The second group inside a count's words: "18 attackers and one soldier were killed".
_AND_INSIDE = re.compile(rf"(?<=[a-z])\s+((?:and|as well as)\s+{COUNT_RE}\s+(?:[\w-]+\s+)?(?P<v>{_VICTIM})\b)")
# "killed a general and his assistant", "three tourists and an Afghan guide": one more victim, told
# by a possessive or an article and a role.
_AND_ONE_MORE = re.compile(
    # (also "the mayor of San Vicente and a municipal employee": the place of the office between)
    # ("2 health workers and their police escort": the escort of those named)
    # ("killing 4 commuters and the driver": the driver of the vehicle they were in)
    r"(?:\s+of(?:\s+[\w'’-]+){1,4}?)?(?:\s+[A-Z][\w'’-]+){0,3},?\s+((?:and|as well as)\s+(?:(?:his|her|their|the)\s+(?:[\w-]+\s+)?|an?\s+(?:[\w-]+\s+)?)"
    r"(?P<v>assistant|aide|bodyguard|driver|deputy|colleague|wife|husband|son|daughter|brother|sister|father|escort|"
    r"mother|child|grandson|granddaughter|nephew|niece|cousin|guard|guide|interpreter|translator|porter|employee|"
    # ("killing 3 fighters and a passer-by", "2 soldiers and a civilian")
    r"worker|official|secretary|councill?or|companion|friend|neighbou?r|passenger|passer-?by|bystander|civilian|"
    r"woman|girl|boy|shepherd|farmer)\b)"
    r"(?!\s+(?:was|were)\s+(?:\w+\s+)?(?:wounded|injured|hurt))"
)


_COMPANION = re.compile(r"driver|escort|bodyguard|guard|guide|interpreter|translator|porter", re.I)


_ACCUSED_OF = re.compile(
    r"\b(?:accus\w*|suspect(?:ed|ing)|charg(?:ed|ing)|convicted)\s+(?:\w+\s+){0,2}(?:of|with)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
_STRUCK = re.compile(
    r"\b(?:pounded|pounds|pound|hammered|hammers|battered|batters|pummel+ed|struck|strikes|hit|hits|shelled|shells|"
    r"bombed|bombs|attacked|attacks|targeted|targets|blasted|rocked|raided)\s+"
    r"(?:(?:central|western|eastern|southern|northern|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$",
    re.I,
)
# A capital or country named as a noun ("Moscow", "Kyiv"), not an adjective ("Russian", "Israeli").
_AREA_OF_PLACE = re.compile(r"\s+(?:suburbs?|region|oblast|obl|province|district|outskirts|airport)\b", re.I)
# Words after a city's name that make it the city's police's, and the place ("detained by Moscow police")
CITY_POLICE = re.compile(r"\s+(?:city\s+|municipal\s+|metropolitan\s+)?police\b(?!\s+(?:chiefs?|spokes))", re.I)
_PLACE_NOUN = re.compile(r"[A-Z][a-z]+(?<!an)(?<!ese)(?<!ish)(?<!i)(?<!ic)")
_POSSESSIVE_OBJECT = re.compile(
    r"['’]s\s+(?!forces|troops|army|military|air|navy|armed|defen|iron dome|arrow|david|patriot|thaad|police|security|"
    r"\d|brigade|battalion|regiment|division|corps|marines|paratroopers|special|general\s+staff|"
    # "Russia's ballistic missile strike": the state's own act
    r"(?:[\w-]+\s+){0,2}(?:strikes?|air\s?strikes?|attacks?|shelling|bombardment|offensive)\b)",
    re.I,
)


# "gunmen from the Islamic State", "militants of the ADF", "rebels led by HTS": unnamed fighters of a group named next.
_MEMBERS_OF = re.compile(r"\s+(?:from|of|belonging\s+to|loyal\s+to|led\s+by)\s+(?:the\s+)?")
# "men in Russian military uniform", "gunmen wearing Syrian army fatigues": the uniform's army, named
_IN_UNIFORM_OF = re.compile(
    r"\s+(?:in|wearing)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+\s+(?:[\w-]+\s+){0,2}?(?:uniforms?|fatigues|camouflage)\b"
)
GROUP_KINDS = ("rebel", "identity", "external")  # named armed groups (not states, police or the unnamed)


# Words before a force's name that say its members have left it.
_FORMER = re.compile(r"\b(?:former|retired|ex-)\s*(?:(?:members?|officers?|personnel|employees?) of (?:the )?)?$", re.I)

# "the former MINUSMA camp", "an abandoned army base": a facility named by whose it was
_FORMER_OWNER = re.compile(r"\b(?:former|old|abandoned|disused|vacated|ex-)\s*$", re.I)
_FACILITY = re.compile(
    r"\s+(?:military\s+|army\s+)?(?:camps?|bases?|headquarters|barracks|compounds?|outposts?|garrisons?|airbases?)\b",
    re.I,
)


def find_actors(text: str, offset: int, lexicon: Lexicon) -> list[ActorMention]:
    found: list[ActorMention] = []
    taken: list[tuple[int, int]] = []
    for entry in lexicon.actor_filter.select(lexicon.actors, text):
        for match in entry.pattern.finditer(text):
            if _overlaps(match.span(), taken):
                continue
            if entry.kind == "unidentified" and any(
                0 <= match.start() - end <= 1 or re.fullmatch(r"\s[A-Z][a-z]+\s", text[end : match.start()])
                for _, end in taken
            ):
                taken.append(match.span())
                continue  # "Islamic State militants", "IS Mozambique militants": the group just named
            members_of = _MEMBERS_OF.match(text, match.end()) if entry.kind == "unidentified" else None
            if members_of and any(m.start - offset == members_of.end() and m.entry.kind in GROUP_KINDS for m in found):
                taken.append(match.span())
                continue  # "gunmen from the Islamic State": the gunmen are the group named next
            if entry.kind == "unidentified" and _IN_UNIFORM_OF.match(text, match.end()):
                taken.append(match.span())
                continue  # "men in Russian military uniform": the army whose uniform they wore is named next
            if entry.kind in ("state:", "police") and any(
                text[end : match.start()] in ("'s ", "’s ", " ") for _, end in taken
            ):
                taken.append(match.span())
                continue  # "Ukraine's army", "the DPR army": the army of the one just named
            taken.append(match.span())
            if (
                entry.state_iso3
                and _PLACE_NOUN.fullmatch(match.group(0))
                and (
                    _STRUCK.search(text[max(0, match.start() - 30) : match.start()])
                    or re.search(r"\b(?:an?|one)\s+$", text[max(0, match.start() - 5) : match.start()])
                    or _AREA_OF_PLACE.match(text, match.end())
                )
            ):
                # "Russia pounded Kyiv with drones": the city struck; "a Moscow chemist": where
                # someone is from (not "a Russian drone"); "the Kyiv suburb of Irpin", "the Moscow
                # region": a place. None of them is the state acting.
                continue
            if entry.state_iso3 and _PLACE_NOUN.fullmatch(match.group(0)) and CITY_POLICE.match(text, match.end()):
                taken.remove(match.span())
                continue  # "detained by Moscow police": the city's police (named next), and the place
            if re.match(
                r"-(?:held|controlled|occupied|run|backed|allied|aligned)\b", text[match.end() : match.end() + 12]
            ):
                continue  # "the Houthi-held port": who holds the place, not who acted
            if entry.kind.startswith(("state", "police")) and _FORMER.search(
                text[max(0, match.start() - 40) : match.start()]
            ):
                continue  # "a retired army colonel", "former members of the security forces": no longer the army
            if _FORMER_OWNER.search(text, max(0, match.start() - 20), match.start()) and _FACILITY.match(
                text, match.end()
            ):
                continue  # "took over the former MINUSMA camp": whose the camp was, not who acted
            if _ACCUSED_OF.search(text[max(0, match.start() - 60) : match.start()]):
                continue  # "after accusing them of helping jihadists": named in an accusation, not acting
            if entry.state_iso3 and _POSSESSIVE_OBJECT.match(text, match.end()):
                continue  # "Ukraine's power supply" names what was hit, not who acted
            if (
                entry.state_iso3
                and re.match(r"\s+regime\b", text[match.end() :])
                and re.search(r"\bof\s+(?:the\s+)?$", text[max(0, match.start() - 12) : match.start()])
            ):
                continue  # "a workshop assembling drones of the Kyiv regime": whose the target was
            found.append(ActorMention(match.start() + offset, match.end() + offset, match.group(0), entry))
    found.sort(key=lambda m: m.start)
    return found


# "after a series of price rises hit the market": what hit was the economy (a weak word's subject, as a flood's)
_ECONOMIC_CAUSE = re.compile(
    r"\b(?:price\s+(?:rises|hikes|increases)|inflation|recession|(?:fuel|food|power|water)\s+shortages|sanctions|"
    r"tariffs|taxes|unemployment|(?:a\s+)?(?:sharp\s+)?(?:fall|drop|slump)\s+in\s+prices)\s+(?:\w+\s+)?$",
    re.I,
)
# "after a series of grenade attacks": one of many acts, told as the reason for another
_SERIES_BEFORE = re.compile(
    r"\b(?:after|following|amid)\s+(?:a|the)\s+(?:recent\s+)?(?:series|spate|wave|string|run)\s+of\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


def _told_as_a_series(text: str, offset: int, start: int, triggers: list[TriggerMention]) -> bool:
    """Is the word at ``start`` (a trigger or a weapon) one of "a series of" acts, told after a strong
    trigger as its reason?"""
    return _SERIES_BEFORE.search(text[max(0, start - offset - 60) : start - offset]) is not None and any(
        t.strong and t.start < start for t in triggers
    )


# The words that tell an act as the reason for another (references.tsv's "reason" rows: an act someone is blamed or
# held responsible for)
_BLAMED = re.compile(r"\b(?:blam(?:ed|es|ing)|held\b[^.;]{0,60}?\b(?:for|responsible))\b", re.I)
_BLAMED_KINDS = ("state", "rebel", "identity", "external", "unidentified", "police", "adversary")


def _blamed_act_as_news(
    text: str, offset: int, lexicon: Lexicon, triggers: list[TriggerMention]
) -> tuple[list[TriggerMention], list[CasualtyMention]] | None:
    """In a sentence that blames someone for an act, the event words and tolls with the act blamed kept, where that
    act is the sentence's news ("officials blamed Al Shabaab for a blast that killed 5 people ..., set off by a
    teenage boy wearing explosives": the bomber's words tell the blast again); None where the act blamed is the
    reason for another told in the sentence ("Turkish jets struck Qandil after Ankara blamed the PKK for an attack
    that killed 5 soldiers"), has no toll ("Turkey blamed the PKK for a deadly attack": a reason for what the
    article tells next) or no armed side is blamed ("investigators blamed faulty wiring for a blaze": an accident's
    cause)."""
    unfiltered = find_triggers(text, offset, lexicon, reasons=False)
    blamed = [t for t in unfiltered if t not in triggers]
    if not blamed:
        return None
    tolls = find_casualties(text, offset, lexicon, reasons=False)
    if not tolls:
        return None
    first = min(t.start for t in blamed)
    if not any(a.start < first and a.entry.kind.startswith(_BLAMED_KINDS) for a in find_actors(text, offset, lexicon)):
        return None  # "investigators blamed faulty wiring for a blaze that killed 5 residents": no one armed blamed
    if any(t.start < first or ";" in text[first - offset : t.start - offset] for t in triggers):
        return None
    return unfiltered, tolls


def analyse_sentence(
    text: str, offset: int, lexicon: Lexicon, guessed: TriggerMention | None = None
) -> SentenceMentions:
    """Every mention in a sentence; ``guessed`` stands in for the trigger words when the
    statistical fallback has recognised an event the lexicon has no word for."""
    triggers = [guessed] if guessed else find_triggers(text, offset, lexicon)
    news = (
        None
        if guessed is not None or not _BLAMED.search(text)
        else _blamed_act_as_news(text, offset, lexicon, triggers)
    )
    if news is not None:
        triggers = news[0]
    weapons = [
        # ("imposed a curfew after a series of grenade attacks": the grenades are the series', not the act's)
        replace(w, sub_event_type=None)
        if w.sub_event_type and _told_as_a_series(text, offset, w.start, triggers)
        else w
        for w in find_weapons(text, offset, lexicon)
    ]
    if not triggers and not any(w.sub_event_type for w in weapons):
        # "At least 12 people died and 43 were injured, officials said.": a toll with no action
        # word of its own belongs to the event the article is telling.
        casualties = find_casualties(text, offset, lexicon) if _TOLL_HINT.search(text) else []
        return SentenceMentions(weapons=weapons, casualties=casualties)
    # "gang members stole livestock and torched about 30 houses": a theft word inside a phrase the
    # lexicon names as looting ("stole livestock") does not mark the sentence as crime
    plain = text
    for t in triggers:
        if t.strong and t.sub_event_type == "Looting/property destruction":
            plain = plain[: t.start - offset] + " " * (t.end - t.start) + plain[t.end - offset :]
    nonconflict = bool(lexicon.nonconflict.search(plain))
    sport_only = nonconflict and not lexicon.nonconflict.search(lexicon.sport.sub(lambda m: " " * len(m[0]), plain))
    return SentenceMentions(
        triggers=triggers,
        weapons=weapons,
        targets=find_targets(text, offset, lexicon),
        impacts=find_impacts(text, offset, lexicon),
        casualties=news[1] if news is not None else find_casualties(text, offset, lexicon),
        actors=find_actors(text, offset, lexicon),
        nonconflict=nonconflict,
        sport_only=sport_only,
        staged=bool(lexicon.works.search(text)),
        drill=bool(lexicon.drills.search(text)),
        told=bool(lexicon.tellings.search(text)),
        natural_causes=[
            t.start
            for t in triggers
            if not t.strong
            and (
                (
                    nonconflict
                    and any(
                        re.fullmatch(r"\s+(?:\w+\s+)?", text[m.end() : t.start - offset])
                        for m in lexicon.nonconflict.finditer(text[: t.start - offset])
                    )
                )
                or _ECONOMIC_CAUSE.search(text[max(0, t.start - offset - 40) : t.start - offset]) is not None
            )
        ],
    )
