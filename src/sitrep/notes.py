"""ACLED-style notes: one short factual sentence generated from an event's fields."""

from __future__ import annotations

import re
from datetime import date

from sitrep.models import Event

_VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained control of territory from",
    "Non-state actor overtakes territory": "took control of territory from",
    "Chemical weapon": "used chemical weapons against",
    "Air/drone strike": "carried out air/drone strikes",
    "Suicide bomb": "carried out a suicide bombing",
    "Shelling/artillery/missile attack": "launched missiles/shelled",
    "Remote explosive/landmine/IED": "detonated an explosive device",
    "Grenade": "threw a grenade",
    "Sexual violence": "committed sexual violence against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Peaceful protest": "demonstrated",
    "Protest with intervention": "demonstrated and were dispersed",
    "Excessive force against protesters": "used excessive force against protesters",
    "Violent demonstration": "rioted",
    "Mob violence": "engaged in mob violence",
    "Agreement": "reached an agreement",
    "Arrests": "arrested people",
    "Change to group/activity": "changed activity",
    "Disrupted weapons use": "intercepted or disrupted weapons",
    "Headquarters or base established": "established a base",
    "Looting/property destruction": "looted or destroyed property",
    "Non-violent transfer of territory": "took over territory without fighting",
    "Other": "were active",
}
_DIRECT_OBJECT = {
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Chemical weapon",
    "Sexual violence",
    "Attack",
    "Abduction/forced disappearance",
}


def _when(event: Event) -> str:
    if not event.event_date:
        return "On an unknown date"
    day = date.fromisoformat(event.event_date)
    if event.time_precision == 3:
        return f"In {day.strftime('%B %Y')}"
    if event.time_precision == 2:
        return f"In the week of {day.day} {day.strftime('%B %Y')}"
    return f"On {day.day} {day.strftime('%B %Y')}"


def _names(claimants: list[str]) -> str:
    # "Volodymyr Zelenskyy", "war experts and analysts", but "the Russian Defense Ministry".
    named = [
        c
        if re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}", c)
        and " of " not in c
        and not c.startswith(("Russian ", "Ukrainian ", "United ", "International "))
        or c[:1].islower()
        or re.match(r"[A-Z][\w-]*['’]s ", c)  # "Ukraine's general staff"
        else f"the {c}"
        for c in claimants
    ]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def write_note(event: Event, short_names: tuple[str | None, str | None]) -> str:
    actor1, actor2 = short_names
    subject = actor1 or "unidentified actors"
    verb = _VERBS[event.sub_event_type]
    if event.sub_event_type in _DIRECT_OBJECT:
        clause = f"{subject} {verb} {actor2 or 'unidentified actors'}"
    else:
        clause = f"{subject} {verb}"
        if actor2 == "civilians":
            clause += ", hitting civilians"
    where = ""
    if event.location:
        where = f" in {event.location}"
        if event.admin1 and event.admin1 != event.location:
            where += f" ({event.admin1})"
    source = f" according to {_names(event.claimed_by)}," if event.claimed_by else ""
    parts = [f"{_when(event)},{source} {clause}{where}."]
    if event.status == "contested":
        parts.append("The claim is disputed.")
    elif event.status == "denied":
        parts.append("The report is denied.")
    if event.weapons:
        parts.append("Weapons: " + ", ".join(w.name for w in event.weapons) + ".")
    if event.targets:
        # (a drone downed on its way to a plant, a bomb defused under a bridge: what it was aimed at, not hit)
        hit = "Aimed at" if event.sub_event_type == "Disrupted weapons use" else "Hit"
        parts.append(f"{hit}: " + ", ".join(t.category for t in event.targets) + ".")
    if event.fatalities is not None and event.fatalities_qualifier != "not reported":
        qualifier = f"{event.fatalities_qualifier} " if event.fatalities_qualifier not in (None, "vague") else ""
        parts.append(f"{qualifier}{event.fatalities} fatalities.".capitalize())
    else:
        parts.append("Casualties unknown.")
    return " ".join(parts)
