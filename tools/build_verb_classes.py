"""Build src/sitrep/data/verb_classes.tsv: English verb forms and the kind of act they name.

    python tools/build_verb_classes.py [--wordnet /usr/share/wordnet]

The statistical fallback (``sitrep.classify``) reads words; a verb it never saw in training
("strafed", "razed", "bludgeoned") tells it nothing. WordNet places each verb sense under more
general ones (strafe -> attack, raze -> destroy, bludgeon -> hit), so a verb can be given the
class of the nearest of a few general senses chosen here (ANCHORS), and the classifier learns
what each class means from the verbs its training texts do use.

Source: WordNet 3.0 (Princeton University; the Debian package ``wordnet-base`` installs its
database under /usr/share/wordnet). Only the verb database (data.verb, index.verb, verb.exc) is
read. The output holds facts derived from it (which class each verb form belongs to); its
header carries WordNet's copyright notice, as WordNet's licence asks.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src" / "sitrep" / "data" / "verb_classes.tsv"

# General senses (WordNet 3.0 synset offsets, with their words) and the class each stands for.
# A verb sense takes the class of the nearest anchor above it (or of itself).
ANCHORS = {
    "01323976": "kill",  # kill: cause to die
    "01119187": "attack",  # attack, assail: launch an attack or assault on
    "01120087": "attack",  # assail, assault, set on: attack someone physically
    "01133843": "fire",  # fire, discharge: cause to go off (a gun)
    "01134799": "fire",  # blast, shoot: fire a shot
    "00069879": "injure",  # injure, wound: cause bodily harm
    "01397228": "beat",  # beat, beat up, work over: give a beating to
    "01400062": "beat",  # hit: deal a blow to (pummel, bludgeon, punch)
    "01619947": "destroy",  # destroy, destruct
    "01564162": "destroy",  # destroy (burn down, vandalize, torch)
    "01213632": "seize",  # seize: take or capture by force (kidnap, hijack, wrest)
    "01215155": "detain",  # collar, apprehend, arrest: take into custody
    "02495038": "detain",  # confine, detain: deprive of freedom
    "02321775": "steal",  # steal
    "02344586": "steal",  # plunder, despoil, loot
    "00910153": "protest",  # protest: utter words of protest
    "02521410": "protest",  # protest, resist, dissent
    "02584906": "riot",  # rampage: act violently, recklessly
    "01090353": "fight",  # contend, fight, struggle
    "00306723": "explode",  # explode, detonate, blow up, set off (cause to burst)
    "00306298": "explode",  # detonate, explode, blow up (burst)
    "02272567": "capture",  # appropriate, capture, seize, conquer (by force, after an invasion)
    "02304031": "capture",  # recapture, retake
    "02030442": "disperse",  # disperse, dissipate, break up
    "01994460": "withdraw",  # withdraw, retreat, pull back
    "00889247": "sign",  # sign: be a signatory to (a treaty, a truce)
}
# A verb's classes come from its most frequent senses only: rarer senses of common verbs ("shell"
# a pea, "beat" a rival) would otherwise put them in classes their usual meaning is not in.
SENSES = 2
# How far up the hypernym chain an anchor is looked for.
DEPTH = 6


def read_synsets(wordnet: Path) -> dict[str, list[str]]:
    """Each verb synset's hypernyms (offsets)."""
    hypernyms: dict[str, list[str]] = {}
    for line in (wordnet / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top of the file
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        at = 4 + 2 * count
        pointers = int(fields[at])
        found = []
        for k in range(pointers):
            symbol, target, pos = fields[at + 1 + 4 * k : at + 4 + 4 * k]
            if symbol == "@" and pos == "v":
                found.append(target)
        hypernyms[offset] = found
    return hypernyms


def read_senses(wordnet: Path) -> dict[str, list[str]]:
    """Each verb lemma's senses (offsets), most frequent first."""
    senses: dict[str, list[str]] = {}
    for line in (wordnet / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        pointer_count = int(fields[3])
        senses[fields[0]] = fields[4 + pointer_count + 2 :]
    return senses


def nearest_class(offset: str, hypernyms: dict[str, list[str]]) -> str | None:
    frontier, seen = [offset], {offset}
    for _ in range(DEPTH + 1):
        for synset in frontier:
            if synset in ANCHORS:
                return ANCHORS[synset]
        frontier = [h for synset in frontier for h in hypernyms.get(synset, []) if h not in seen]
        seen.update(frontier)
    return None


def forms(lemma: str) -> set[str]:
    """Regular inflections of a verb, doubled final consonant or not (both spellings occur:
    "pummeled", "pummelled"; a form that is no word is never looked up)."""
    found = {lemma}
    vowels = "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        found.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in vowels:
        found.add(lemma[:-1] + "ies")
    else:
        found.add(lemma + "s")
    if lemma.endswith("e"):
        found |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in vowels:
        found |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        found |= {lemma + "ed", lemma + "ing"}
        if len(lemma) >= 3 and lemma[-1] not in vowels + "wxy" and lemma[-2] in vowels and lemma[-3] not in vowels:
            found |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return found


def build(wordnet: Path) -> dict[str, set[str]]:
    hypernyms = read_synsets(wordnet)
    senses = read_senses(wordnet)
    classes_of: dict[str, set[str]] = {}
    for lemma, offsets in senses.items():
        if "_" in lemma or not lemma.isalpha():
            continue  # one-word verbs only: the classifier's features are single words and pairs
        classes = {c for c in (nearest_class(o, hypernyms) for o in offsets[:SENSES]) if c}
        if classes:
            classes_of[lemma] = classes
    by_form: dict[str, set[str]] = defaultdict(set)
    for lemma, classes in classes_of.items():
        for form in forms(lemma):
            by_form[form] |= classes
    # Irregular forms ("shot", "slew", "overran") from WordNet's exception list.
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        form, *lemmas = line.split()
        for lemma in lemmas:
            if lemma in classes_of and form.isalpha():
                by_form[form] |= classes_of[lemma]
    return by_form


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"), help="WordNet 3.0 dict directory")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.verb").exists():
        raise SystemExit(f"no WordNet verb database in {args.wordnet} (Debian: apt-get install wordnet-base)")
    by_form = build(args.wordnet)
    header = [
        "# Verb forms and the kind of act they name, for sitrep's statistical fallback (sitrep.classify).",
        "# Built by tools/build_verb_classes.py from WordNet 3.0: each verb takes the class of the nearest",
        "# of a few general senses above its two most frequent senses (kill, attack, fire, injure, beat,",
        "# destroy, seize, detain, steal, protest, riot, fight, explode, capture, disperse, withdraw, sign).",
        "# Regenerate, do not edit.",
        "#",
        "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Permission to use,",
        "# copy, modify and distribute WordNet and its documentation for any purpose and without fee or",
        "# royalty is granted under the WordNet 3.0 licence; THE DATABASE IS PROVIDED 'AS IS' AND",
        "# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. The name of",
        "# Princeton University or Princeton may not be used in advertising or publicity pertaining to",
        "# distribution of the database. (Licence: https://wordnet.princeton.edu/license-and-commercial-use)",
        "# Columns: verb form, classes (comma-separated).",
    ]
    rows = [f"{form}\t{','.join(sorted(classes))}" for form, classes in sorted(by_form.items())]
    args.output.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"wrote {args.output}: {len(rows)} verb forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
