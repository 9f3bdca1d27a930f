#!/usr/bin/env python3
"""Generate Shared/VigieScoring/Lexicons/fr.inflections.tsv: the gender and number forms of the French lexicon's
adjectives, participles and nouns that the lexicon lacks.

The French lexicon (vaderSentiment-fr, a translation of VADER's) lists some forms of a word and not others:
"ennuyeuse" but not "ennuyeux", "décevante" but not "décevants". This script derives the missing forms by the regular
rules of French morphology (ennuyeuse → ennuyeux, déçu → déçue/déçus/déçues, génial → géniale/géniaux, actif →
active…) with the valence of the form they come from, and keeps a form only if it is an attested French word
(wordfreq 3.1.1's French list, Zipf frequency ≥ 2; wordfreq is needed only to run this script, not to build or
run Vigie) and not already in a lexicon under any spelling that folds to it. A form reached from several entries
takes the valence of the most frequent entry. Forms that are another word (``bas`` → ``base``, ``mal`` → ``male``)
are listed in EXCLUDED, found by reading the most frequent additions.

Run it after changing fr.vader-fr.tsv or vigie-fr.tsv, then scripts/generate-lexicons.py.
"""
import importlib.util
import pathlib
import sys

try:
    from wordfreq import zipf_frequency
except ImportError:
    sys.exit("generate-french-inflections: needs wordfreq (python3 -m pip install wordfreq)")

root = pathlib.Path(__file__).resolve().parent.parent
lexicons = root / "Shared/VigieScoring/Lexicons"
out = lexicons / "fr.inflections.tsv"

# The lexicon reader and the folding of scripts/generate-lexicons.py.
_spec = importlib.util.spec_from_file_location("generate_lexicons", pathlib.Path(__file__).resolve().parent / "generate-lexicons.py")
_generator = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_generator)
load, fold = _generator.load, _generator.fold

# Suffix rewrites, longest first: an entry ending in the key gives the forms listed.
RULES = [
    ("euses", ["eux", "euse"]), ("euse", ["eux", "euses"]), ("eux", ["euse", "euses"]),
    ("trices", ["teur", "teurs", "trice"]), ("trice", ["teur", "teurs", "trices"]), ("teurs", ["teur", "trice", "trices"]),
    ("teur", ["teurs", "trice", "trices"]),
    ("ives", ["if", "ifs", "ive"]), ("ive", ["if", "ifs", "ives"]), ("ifs", ["if", "ive", "ives"]), ("if", ["ifs", "ive", "ives"]),
    ("elles", ["el", "els", "elle"]), ("elle", ["el", "els", "elles"]), ("els", ["el", "elle", "elles"]), ("el", ["els", "elle", "elles"]),
    ("iennes", ["ien", "iens", "ienne"]), ("ienne", ["ien", "iens", "iennes"]), ("iens", ["ien", "ienne", "iennes"]),
    ("ien", ["iens", "ienne", "iennes"]),
    ("onnes", ["on", "ons", "onne"]), ("onne", ["on", "ons", "onnes"]),
    ("ères", ["ère"]), ("ère", ["ères"]),
    ("aux", ["al", "ale", "ales"]), ("ales", ["al", "aux", "ale"]), ("ale", ["al", "aux", "ales"]), ("al", ["aux", "ale", "ales"]),
    ("ées", ["é", "és", "ée"]), ("ée", ["é", "és", "ées"]), ("és", ["é", "ée", "ées"]), ("é", ["és", "ée", "ées"]),
    ("antes", ["ant", "ants", "ante"]), ("ante", ["ant", "ants", "antes"]), ("ants", ["ant", "ante", "antes"]),
    ("ant", ["ants", "ante", "antes"]),
    ("entes", ["ent", "ents", "ente"]), ("ente", ["ent", "ents", "entes"]), ("ents", ["ent", "ente", "entes"]),
    ("ent", ["ents", "ente", "entes"]),
    ("ues", ["u", "us", "ue"]), ("ue", ["u", "us", "ues"]), ("us", ["u", "ue", "ues"]), ("u", ["us", "ue", "ues"]),
    ("ies", ["i", "is", "ie"]), ("ie", ["i", "is", "ies"]), ("is", ["i", "ie", "ies"]), ("i", ["is", "ie", "ies"]),
    ("ites", ["it", "its", "ite"]), ("ite", ["it", "its", "ites"]), ("its", ["it", "ite", "ites"]), ("it", ["its", "ite", "ites"]),
    ("ots", ["ot", "ote", "otes"]), ("ot", ["ots", "ote", "otes"]),
    ("ais", ["aise", "aises"]), ("aise", ["ais", "aises"]),
    # "meilleur" → "meilleurs", "malheur" → "malheurs" (the feminine "-eure" is rare and comes from "-e" below).
    ("eurs", ["eur"]), ("eur", ["eurs"]),
    ("ds", ["d", "de", "des"]), ("des", ["d", "ds", "de"]), ("de", ["d", "ds", "des"]), ("d", ["ds", "de", "des"]),
    ("es", ["e"]), ("e", ["es"]),
    ("s", [""]),
]

# Forms that are another word than the entry they would come from, or a topic more often than an opinion ("le prix de
# l'énergie", "ressources humaines", "carte de crédit", "les personnes concernées"), read from the most frequent
# additions; "tuerie" is praise in slang ("c'est une tuerie", in vigie-fr.tsv) and a massacre in the news; "hes" is no
# form of the slang "hess" but "he's" written without its apostrophe.
EXCLUDED = set(
    """
    excel impressions plaie plaies malais faillit décris mercie mercis replie
    scandal rebel rebels vandal discord plain shaker nerds
    énergie ressources crédit couvert retraites vagues tâches taches appuie appuies saisi saisis poursuite
    concernés concernées bénéfices tuerie hes
    men recommanderais remercierais bénite
    """.split()
)


def forms(word):
    # Adjectives in -ide are the same in both genders, and their stem is an English word (rapide → "rapid").
    if word.endswith(("ide", "ides")):
        return [word + "s"] if word.endswith("e") else [word[:-1]]
    for suffix, replacements in RULES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: len(word) - len(suffix)]
            return [stem + replacement for replacement in replacements]
    return []


def main():
    lexicon = {**load("fr.vader-fr.tsv"), **load("vigie-fr.tsv")}
    known = {fold(word) for word in lexicon}
    candidates = {}
    for word, value in lexicon.items():
        # Verb forms of the first and second person plural ("violons", "déraillez") are not nouns or adjectives.
        if not word.isalpha() or not word.islower() or value == 0 or word.endswith(("ons", "ez")):
            continue
        source_frequency = zipf_frequency(word, "fr")
        for form in forms(word):
            if fold(form) in known or form in EXCLUDED:
                continue
            frequency = zipf_frequency(form, "fr")
            if frequency < 2.0:
                continue
            previous = candidates.get(form)
            if previous is None or source_frequency > previous[2]:
                candidates[form] = (value, word, source_frequency, frequency)
    lines = [
        "# Gender and number forms of the French lexicon's words that it lacks (form<TAB>valence<TAB>from<TAB>Zipf frequency).",
        "# Generated by scripts/generate-french-inflections.py from fr.vader-fr.tsv and vigie-fr.tsv (MIT), keeping forms",
        "# attested in wordfreq 3.1.1's French list (R. Speer et al.); do not edit, add exclusions to the script.",
    ]
    for form, (value, word, _, frequency) in sorted(candidates.items()):
        lines.append(f"{form}\t{value:g}\t{word}\t{frequency:.1f}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(root)}: {len(candidates)} forms")


main()
