"""Detector validation on a second, out-of-domain labelled set (BASIL), next to the seeds.

``benchmarks/labels_basil.csv`` holds sentence-level human labels for 238 sentences of 12
BASIL articles (US political news 2010-2018: the Orlando nightclub shooting, the
"ground zero mosque", the 2018 mail bombs, the 9/11 lawsuits bill, the 2017
congressional baseball shooting, Catholic critics of Paul Ryan, Rick Perry's
"war on religion" ad, and three unrelated stories: elephant trophies, Trump-Cruz,
Medicare). It stores only ``article_uuid``, the sentence index, a SHA-1 of the
sentence text (alignment check) and the labels: no article text. This script reads
the articles from ``../shared/data/basil/basil_articles.csv``, rebuilds the corpus
(outlet = ``source``), runs :func:`coverage.validate` and prints the scores and the
religion-frame confusion table, with the seed scores (``seeds/labels.csv``) side by side.

It then scores the development events: ``benchmarks/labels_events.csv`` (1,276 sentences of 53
articles on 27 attacks: 916 sentences of 18 attacks in round 1, coded by one coder, a second,
independent coder coding 252 of them, ``benchmarks/labels_events_coder2.csv``; 360 sentences of 9
attacks added in round 2, 2026-12-05) and the forty-two former fresh sets, ``labels_fresh.csv`` to
``labels_fresh42.csv`` (320, 319, 339, 280, 315, 334, 360, 366, 304, 313, 314, 299, 291, 300, 300, 300, 297, 300,
291, 299, 298, 296, 300, 296, 284, 293, 290, 300, 297, 293, 279, 291, 290, 295, 290, 298, 295, 281, 300, 295, 294 and 299
sentences of 9, 9, 11, 10, 11, 12, 12, 12, 12, 14, 14, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14,
14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14 and 14 events, all coded in full by two independent coders), 586
events in all
(``DEV_SETS``; selection in
``benchmarks/events.py``): the scores over all events, per group and per event, and Cohen's kappa
between the coders per label. The first two former fresh sets were held out from every rule writer
until framing lexicon 1.7.0 and religion rules 1.4.0 (their figures then: solidarity F1 0.632,
violence 0.908, religion 0.947, frame accuracy 0.775, pooled), the third until lexicon 1.8.0 and
religion rules 1.5.0 (0.375, 0.858, 0.951, 0.638), the fourth until lexicon 1.9.0 and religion rules
1.6.0 (0.610, 0.862, 0.821, 0.696), the fifth until lexicon 1.9.0 and religion rules 1.7.0 (0.500,
0.843, 0.850, 0.735 at first score); after being scored two to four times they became development
events on 2026-12-05. Sets 6 and 7 were held out until framing lexicon 1.13.0 and religion rules 1.8.0
(0.571, 0.894, 0.929, 0.692 and 0.627, 0.852, 0.931, 0.778 at their last score, after five and three
uses) and became development events on the same day, when set 8 was drawn. Set 8 was held out until
framing lexicon 1.14.0 and religion rules 1.9.0 (0.372, 0.832, 0.889, 0.583 at its last score, after two
uses; its errors were never read) and became development events on 2026-12-05, when set 9 was drawn.
Set 9 was held out until framing lexicon 1.15.0 and religion rules 1.10.0 (0.800, 0.888, 0.898, 0.591 at
its last score, after two uses; its errors were never read) and became development events on 2026-12-05,
when set 10 was drawn. Set 10 was held out until framing lexicon 1.16.0 and religion rules 1.11.0 (0.629, 0.901,
0.812, 0.538 at its last score, after three uses; its errors were never read) and became development events on
2026-12-05, when set 11 was drawn. Set 11 was held out until framing lexicon 1.17.0 and religion rules 1.12.0
(0.421, 0.905, 0.897, 0.771 at its last score, after two uses with different rules; its errors were never read)
and became development events on 2026-12-05, with set 12 held out. Set 12 was held out until framing lexicon
1.18.0 and religion rules 1.13.0 (0.600, 0.885, 0.966, 0.372 at its last score, 0.465 with the gated frame model,
after two uses with different rules; its errors were never read) and became development events on 2026-12-05,
when set 13 was drawn. Set 13 was held out until framing lexicon 1.19.0 and religion rules 1.14.0 (0.452, 0.797,
0.972, 0.714 at both its scores, 0.743 with the gated frame model; its errors were never read) and became
development events on 2026-12-05, when set 14 was drawn. Set 14 (mostly riots and their aftermath) was held out until
framing lexicon 1.20.0 and religion rules 1.15.0 (0.300, 0.865, 0.875, 1.000 at its last score, 1.000 with the gated
frame model, after two uses with different rules; its errors were never read) and became development events on
2026-12-06, when set 15 was drawn. Set 15 (shootings, hostages, deadly protests) was held out until framing lexicon
1.21.0 and religion rules 1.15.0 (0.526, 0.891, 1.000, 0.824 at both its scores, the same with the gated frame model;
its errors were never read) and became development events on 2026-12-06, when set 16 was drawn. Set 16 (commemorations,
clashes, plots and shootings) was held out until framing lexicon 1.22.0 and religion rules 1.16.0 (0.853, 0.808, 0.963,
0.462 at its three scores, the same with the gated frame model; its errors were never read) and became development
events on 2026-12-06, when set 17 was drawn. Set 17 (rallies and a funeral, plots, police shootings, the Skripal
expulsions, a church bombing in Peshawar) was held out until framing lexicon 1.23.0 and religion rules 1.16.0 (0.615,
0.763, 0.941, 0.781 at both its scores, 0.781 then 0.812 with the gated frame model; its errors were never read) and
became development events on 2026-12-06, when set 18 was drawn; lexicon 1.24.0 was written from it. Set 18 (threats
and raids, a drone strike's hostages, police shootings, anniversaries) was held out until framing lexicon 1.24.0 and
religion rules 1.16.0 (0.571, 0.805, 0.909, 0.900 at both its scores, 0.800 with the gated frame model; its errors
were never read) and became development events on 2026-12-06, when set 19 was drawn; lexicon 1.25.0 was written from
it. Set 19 (threats and plots, police shootings, a bombed hospital, churches attacked) was held out until framing
lexicon 1.25.0 and religion rules 1.17.0 (0.400, 0.858, 0.964, 0.525 at both its scores, 0.600 with the gated frame
model; its errors were never read) and became development events on 2026-12-06, when set 20 was drawn; lexicon 1.26.0
was written from it. Set 20 (car bombs and strikes between states, a Gaza school, the Rabaa camps, Litvinenko, child
murders, a hostage's death) was held out until framing lexicon 1.27.0 and religion rules 1.18.0 (0.533, 0.839, 0.954,
0.806 at its first score, violence 0.836 at its second and third, 0.806 with the gated frame model; its errors were
never read) and became development events on 2026-12-06, when set 21 was drawn; lexicon 1.28.0 was written from
ordinary news, not from it. Set 21 (riots and clashes, an armed occupation, assassinations, a raid, a genocide
declaration, a holy-site verdict) was held out until framing lexicon 1.28.0 and religion rules 1.19.0 (0.545, 0.781,
0.990, 0.750 at both its scores, 0.750 with the gated frame model; its errors were never read) and became development
events on 2026-12-06, when set 22 was drawn; framing 1.29.0 was written from it. Set 22 (court stages of attackers, a
plot, an ambush, an anniversary, insider attacks, a church crackdown, a theatre shooting) was held out until framing
lexicon 1.29.1 and religion rules 1.19.1 (0.375, 0.737, 0.857, 0.778 at its first score, violence 0.746 at its second,
0.722 then 0.778 with the gated frame model; its errors were never read) and became development events on 2026-12-06,
when set 23 was drawn. Set 23 (police shootings, a raid's aftermath, killings of activists, a manhunt's end, fire at
the Gaza fence, a beheading video, an anniversary vigil, an airliner bombing, a coup round-up) was held out until
framing lexicon 1.29.1 and religion rules 1.19.1 (0.571, 0.787, 0.980, 0.625 at its only score, 0.625 with the gated
frame model; its errors were never read) and became development events on 2026-12-06, when set 24 was drawn. Set 24
(an airliner hijacking, a car bomb on an anniversary, threats against malls, schools and a rally, a noose found not to
be a crime, a staged hate-crime attack, an anniversary, a pastor beaten in prison) was held out until framing lexicon
1.29.1 and religion rules 1.19.1 with the built-in models retrained on sets 22 and 23 (0.571, 0.779, 0.966, 0.571 at its
only score, 0.571 with the gated frame model; its errors were never read) and became development events on
2026-12-06, when set 25 was drawn. Set 25 (an airliner crashed by its co-pilot, police and soldier killings, riots, a
counter-terror raid, a missile strike, attacks in eastern Ukraine) was held out on the same rules and models (0.545,
0.824, 0.750, 1.000 at its only score, 1.000 with the gated frame model; its errors were never read) and became
development events on 2026-12-06, when set 26 was drawn. Set 26 (air and missile strikes by states, chemical attacks,
riots, a border battle, a downed airliner, tanker attacks) was held out on the same rules and models (0.000 on two
solidarity sentences, 0.759, 0.839, 0.923 at its first score, 0.923 with the gated frame model; scored a second time
after quotes round 41 with the same frame figures; its errors were never read) and became development events on
2026-12-06, when set 27 was drawn. Set 27 (police killings, murders and assaults, a downed warplane, a raid, an air
strike, an execution, a ruler's trial, three commemorations) was held out on the same rules, with the built-in models
retrained on set 26 (0.516, 0.783, 0.929, 0.769 at its only score, 0.769 with the gated frame model; its errors were
never read) and became development events on 2026-12-06, when set 28 was drawn. Set 28 (a rally riot, a legislature
stormed, tear gas at a border crossing, a friendly-fire strike, police force and police killings, an FBI killing,
assaults on reporters and a student, an arrest for an old murder, two commemorations) was held out on the same rules,
with the built-in models retrained on set 27 (0.348, 0.817, 0.692, 0.667 at its only score, 0.667 with the gated frame
model; its errors were never read) and became development events on 2026-12-06, when set 29 was drawn. Set 29 (a
pardon and a clemency for killings, a trafficked girl's prosecution, a quashed murder conviction, a researcher's murder,
police force at a protest and in an arrest, a highway riot, tear gas at an anniversary, protesters shoving reporters, an
assaulted campaign manager, an airport battle, a shelled school, an American jihadist killed) was held out on the same
rules, with the built-in models retrained on set 28 (0.353, 0.706, 0.842, 0.875 at its only score, 0.875 with the gated
frame model; its errors were never read) and became development events on 2026-12-07, when set 30 was drawn. Set 30
(an air strike on a militant leader, strikes in Syria, rockets on an embassy, an airport battle, police against
strikers and protesters, tear gas at two banned or feared demonstrations, an attack on a rally, a slap in a shop, a
plea for a contract killing, an execution, a murder charge, a cult leader's death) was held out on the same rules,
with the built-in models retrained on set 29 (0.222, 0.735, 0.714, 0.800 at its only score, 0.800 with the gated
frame model; its errors were never read) and became development events on 2026-12-07, when set 31 was drawn. Set 31
(a riot at a news network's headquarters, violence after a cancelled rally, protests after an acquittal, a protest
weekend in Paris, an execution, a robbery, a captured soldier, a detention-camp clash, air strikes in three wars,
chained boys rescued, a camp guard deported, a parole law) was held out on the same rules, with the built-in models
retrained on set 30 (0.333, 0.725, 0.962, 0.640 at its only score, 0.640 with the gated frame model; its errors were
never read) and became development events on 2026-12-07, when set 32 was drawn. Set 32 (a warplane shot down,
a city captured, a caliphate's last pocket taken, a gun battle with rebels, gunfire across a border, a retreat under
shelling, a chemical attack on fighters, protests over a besieged town, guns pointed at marchers, a street assault and
the law that followed, a police chief fired after a killing on video, a governor's pardons, a parole release, a halted
execution) was held out on the same rules, with the built-in models retrained on set 31 (0.000, 0.749, 0.958, 0.912
at its only score, 0.912 with the gated frame model; its errors were never read) and became development events on
2026-12-07, when set 33 was drawn. Set 33 (offensives and air strikes, a militant leader killed, an airport seized,
drones shot down, observers held, tear gas across a border, mass detentions, an uprising call, a teenager's death, a
deputy shot, a gang murder case) was held out on the same rules, with the built-in models retrained on set 32 (0.222,
0.658, 0.889, 0.800 at its only score, 0.800 with the gated frame model; its errors were never read) and became
development events on 2026-12-07, when set 34 was drawn. Set 34 (a siege and the air strikes against its besiegers,
an incursion across a border, the opening days of an air war, a city and a capital seized, reprisal air strikes, a
strike on a militant leader's convoy, an air base captured, a tanker seized, a drone fired on, bus bombings, police
officers shot, detentions at a rights rally, arrests under a security law) was held out on the same rules, with the
built-in models retrained on set 33 (no solidarity sentence, 0.762, 0.982, 0.909 at its only score, 0.909 with the
gated frame model; its errors were never read) and became development events on 2026-12-07, when set 35 was drawn.
Set 35 (fighting after rival truce offers, artillery across a border, cities taken and retaken, a general's
campaign, an offensive and a deadly fire, an air campaign, a strike on militant leaders, a drone downed, two
cease-fires, a coup, a street brawl, a murder trial) was held out on the same rules, with the built-in models
retrained on set 34 (0.000, 0.725, 1.000, 0.765 at its only score, 0.706 with the gated frame model; its errors were
never read) and became development events on 2026-12-07, when set 36 was drawn. Set 36 (the first US air strikes
on the Islamic State, the fight over a besieged city's supply road, a border town retaken, a police station captured,
a councillor tortured to death, two men hanged, demonstrators cleared with tear gas, migrants tear-gassed at a border,
a hostage released, an apology for a deadly raid, a shop owner shot, a protester beaten at a rally, May Day rioters,
looting after a police shooting) was held out on the same rules, with the built-in models retrained on set 35 (0.000,
0.675, 0.867, 0.846 at its only score, 0.846 with the gated frame model; its errors were never read) and became
development events on 2026-12-07, when set 37 was drawn. Set 37 (a Confederate statue toppled on a campus, a
resignation after deadly protests, the first march against a security law, a review of two hanging deaths, a summer of
shootings that struck children, a city after its occupiers left, cluster munitions reported, forces entering a city,
protesters grabbed into unmarked vans, a reporter attacked in an occupied zone, the first night of clashes after a
death in custody, a brawl among bodyguards, a house destroyed in a police raid, counter-protesters at a small
demonstration) was held out on the same rules, with the built-in models retrained on set 36 (0.200, 0.630, 0.872,
0.941 at its only score, 0.941 with the gated frame model; its errors were never read) and became development events
on 2026-12-07, when set 38 was drawn. Set 38 (a torture report and its rebuttal, Confederate and abolitionist statues
toppled, a passenger dragged off a plane, a death in custody after a traffic stop, a prison lawsuit, an intruder inside
the White House, a monastery destroyed, drone killings admitted, a raid on a journalist's home, a confrontation at a
traffic stop, an attack outside a rally, a senator accosted at dinner, a reporter chased by protesters) was held out on
the same rules, with the built-in models retrained on set 37 (0.000, 0.593, 0.710, 0.273 at its only score, 0.273 with
the gated frame model; its errors were never read) and became development events on 2026-12-07, when set 39 was drawn.
Set 39 (a soldier released in a prisoner swap, the escalation of a civil war, a UN official's findings on drone
strikes, a city's year-end homicide count, the killings of women told through one family, rubber bullets and tear gas
against protesters, mass death sentences, a city left in ruins by a battle, a counter-protest against a far-right
rally, a peace prize for a girl shot by the Taliban, a coming execution, a Senate vote to make lynching a federal
crime, shots fired into a campaign office, a videographer chased by activists) was held out on the same rules, with
the built-in models retrained on set 38 (0.400, 0.774, 0.818, 0.889 at its only score, 0.889 with the gated frame
model; its errors were never read) and became development events on 2026-12-07, when set 40 was drawn.
Set 40 (rape charges against a film producer, a study of police killings missing from official counts, victims'
families at the White House, the force-feeding of hunger strikers in immigration detention, satellite images of
prison camps, the demolition of an ancient city by militants, a drug lord's life sentence, an execution amid sealed
court papers, a law against mass detention, a count of killings by extremists, a family's answer about their son's
death after detention abroad, a dam retaken in battle, a grand jury's report on the abuse of children by priests, a
veto on support for a war) was held out on the same rules, with the built-in models retrained on set 39 (0.200,
0.619, 0.927, 0.579 at its only score, 0.579 with the gated frame model; its errors were never read) and became
development events on 2026-12-07, when set 41 was drawn.
Set 41 (a senator's disclosure of rape in the Air Force, a financier's trafficking of girls, killings by a city's
police, a reward after children were shot, the arson of a civil rights centre, a comedian's conviction for sexual
assault, a former ruler to be handed to the International Criminal Court, a death-row case built on an informant, a
stand-your-ground manslaughter verdict, the abuse of child athletes, protests against police killings, a Klan rally, a
wave of executions, officials' untruths about a war) was held out on the same rules, with the built-in models retrained
on set 40 (0.455, 0.719, 0.933, 0.571 at its only score, 0.571 with the gated frame model; its errors were never read)
and became development events on 2026-12-08, when set 42 was drawn.
Set 42 (a mass protest against a presidential power grab, a SEAL's claim to have killed bin Laden, sexual harassment
inside the Justice Department, brides trafficked to China, LGBTQ immigrants in detention, a former Speaker's hush
money, an exoneration after 36 years, a judge recalled over a rape sentence, a detective's killing of a young woman, the
first tear gas of a protest movement, an altered battle history, civilians killed by rockets, an apostasy death
sentence, an embassy abandoned) was held out on the same rules, with the built-in models retrained on set 41 (0.421,
0.697, 0.846, 0.545 at its only score, 0.545 with the gated frame model; its errors were never read) and became
development events on 2026-12-08, when set 43 was drawn.

Leave one event out (LOEO). Since framing lexicon 1.2.0 and religion rules 1.1.0 the rules were
extended from these sets, and every rule added carries its provenance, the YAML field
``from``: the events whose labelled sentences it was written from (``seeds`` for the seed-era
rules, ``basil`` for BASIL political news, ``scheme`` for idioms the coding scheme
``seeds/LABELS.md`` names, ``vocabulary`` for word lists written from no labelled text). Each
event E is scored with the rules built without its own:

* **held out**: a rule counts for E only if it was also written from
  something other than E, i.e. the rules whose ``from`` is a subset of {E} are dropped
  (``Lexicon.without_events({E})``, ``ReligionRules.without_events({E})``);
* **held out, per entry** (the headline figure since 2026-12-06): the same, after each rule's development
  events are cut to those whose labelled sentences hold its words (:func:`per_entry_rules`): rounds named a
  family's events in each of its entries, which kept an entry only E holds in when E was left out;
* **strict**: every rule with E in its ``from`` is dropped, even when other events also
  motivated it (``without_events({E}, strict=True)``), a lower bound.

The religion frame of these figures is the rules' alone (``frame_model=None``). Since 2026-12-05 the
package's default adds the built-in frame model (``ReligionFamily(frame_model="builtin")``), which decides
where the rules leave a sentence neutral in an article about a violent attack (the gate); it was trained on
every development event, so its leave-one-event-out figure (each fold's model trained without the event, on
the features of the rules without it) is ``python benchmarks/learned_frames.py --no-words``, the lines
"rules, learned where rules say neutral" (ungated) and its gated line. The fresh set is scored with it too.

**Fresh events** (``FRESH_SETS``; set 43, ``FRESH43_EVENTS`` in ``benchmarks/events.py``): opening
sentences of other attacks, selected on 2026-12-08 after framing lexicon 1.29.1 and religion
rules 1.19.1, before any later rule, and coded by two independent coders. No rule was written from
them, so the shipped rules are scored on them as they are: the fully held-out figures. Beside them,
the rules written from none of the development events (strict), to show what the rule rounds added on
unseen events.

The per-event figures are pooled over the development events. The seeds are scored with the full
rules and reported as in-sample (they were the development text from the start); so is
BASIL, with a second line without the rules written from BASIL only.

Run from the repository root::

    python benchmarks/validate_frames.py [--data ../shared/data] [--errors] [--fresh-only | --skip-fresh]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

import coverage
from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def basil_corpus(data: Path, ids: list[str]) -> pd.DataFrame:
    """The labelled BASIL articles as a corpus frame (id, outlet = source, text, title, event)."""
    path = data / "basil" / "basil_articles.csv"
    if not path.is_file():
        sys.exit(f"BASIL not found at {path}; pass --data pointing at the shared data folder")
    arts = pd.read_csv(path)
    arts = arts[arts["article_uuid"].isin(ids)]
    missing = sorted(set(ids) - set(arts["article_uuid"]))
    if missing:
        sys.exit(f"{len(missing)} labelled article(s) not in {path}: {missing[:3]} ...")
    return pd.DataFrame({
        "id": arts["article_uuid"].to_numpy(),
        "outlet": arts["source"].to_numpy(),
        "text": arts["text"].to_numpy(),
        "title": arts["title"].to_numpy(),
        "event": arts["main_event"].to_numpy(),
    })


LABEL_COLS = ["article_id", "sentence", "text_sha1", "solidarity", "violence", "religion", "religion_frame"]
SCORE_COLS = ["detector", "n", "support", "precision", "recall", "f1", "accuracy"]
FMT = {"float_format": lambda x: f"{x:.3f}"}


def rules_without(events: set[str], *, strict: bool = False) -> tuple[Lexicon, ReligionRules]:
    """The built-in framing lexicon and religion rules without the rules written from ``events``."""
    return (Lexicon.default(exclude_events=events, strict=strict),
            ReligionRules.default(exclude_events=events, strict=strict))


def validate_with(labels: pd.DataFrame, corpus: pd.DataFrame, lexicon: Lexicon, rules: ReligionRules,
                  frame_model: Any = None, violence_model: Any = None, model_gate: bool = True):
    """:func:`coverage.validate` with the given framing lexicon, religion rules, frame model and violence model."""
    families = coverage.default_families(lexicon=lexicon, religion_rules=rules, frame_model=frame_model,
                                         violence_model=violence_model, model_gate=model_gate)
    analysis = coverage.analyze(corpus, families=families, exclude_boilerplate=False)
    return coverage.validate(labels, analysis=analysis)


def with_events(table: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """A validation table with each sentence's ``event`` from the label rows."""
    return table.merge(labels[["article_id", "sentence", "event"]].assign(sentence=labels["sentence"].astype(int)),
                       on=["article_id", "sentence"])


def pooled_scores(t: pd.DataFrame) -> pd.DataFrame:
    """Scores (as ``ValidationResult.scores``) of a table of labels and predictions pooled over events."""
    from sklearn.metrics import precision_recall_fscore_support

    from coverage.learn import binary_scores

    rows = []
    for d in ("solidarity", "violence", "religion"):
        sc = binary_scores(t[d].astype(int), t[f"pred_{d}"].astype(int))
        rows.append({"detector": d, "n": len(t), **{k: sc[k] for k in ("support", "precision", "recall", "f1")},
                     "accuracy": float((t[d].astype(int) == t[f"pred_{d}"].astype(int)).mean())})
    both = t[(t["religion"].astype(int) == 1) & (t["pred_religion"].astype(int) == 1)]
    human, pred = both["religion_frame"].tolist(), both["pred_religion_frame"].tolist()
    frames = sorted(set(human) | set(pred))
    p, r, f, _ = precision_recall_fscore_support(human, pred, labels=frames, average="macro", zero_division=0)
    rows.append({"detector": "religion_frame", "n": len(both), "support": len(both), "precision": p, "recall": r,
                 "f1": f, "accuracy": float((both["religion_frame"] == both["pred_religion_frame"]).mean())})
    return pd.DataFrame(rows)


def event_counts(t: pd.DataFrame) -> tuple[list[str], np.ndarray]:
    """Per event (sorted), the counts every pooled score is made of: true positives, false positives and false
    negatives of solidarity, violence and religion, then the frames right and the sentences both call religious.

    >>> t = pd.DataFrame({"event": ["a", "a", "b"], "solidarity": [1, 0, 1], "pred_solidarity": [1, 1, 0],
    ...                   "violence": [0, 0, 0], "pred_violence": [0, 0, 0], "religion": [1, 0, 1],
    ...                   "pred_religion": [1, 0, 1], "religion_frame": ["target", "", "community"],
    ...                   "pred_religion_frame": ["target", "", "neutral"]})
    >>> events, c = event_counts(t)
    >>> events, c.tolist()
    (['a', 'b'], [[1, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1], [0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1]])
    """
    cols = []
    for d in ("solidarity", "violence", "religion"):
        y, p = t[d].astype(int).to_numpy(), t[f"pred_{d}"].astype(int).to_numpy()
        cols += [(y == 1) & (p == 1), (y == 0) & (p == 1), (y == 1) & (p == 0)]
    both = (t["religion"].astype(int) == 1).to_numpy() & (t["pred_religion"].astype(int) == 1).to_numpy()
    cols += [both & (t["religion_frame"] == t["pred_religion_frame"]).to_numpy(), both]
    frame = pd.DataFrame(np.column_stack(cols).astype(int)).groupby(t["event"].to_numpy(), sort=True).sum()
    return [str(e) for e in frame.index], frame.to_numpy()


def event_bootstrap(t: pd.DataFrame, *, n_resamples: int = 2000, confidence: float = 0.95, seed: int = 0
                    ) -> pd.DataFrame:
    """Percentile intervals of the pooled F1 of each detector and of the frame accuracy, resampling whole events
    with replacement (the events are the units drawn; their sentences are not independent).

    Returns one row per score: ``detector, estimate, low, high`` (``religion_frame``: accuracy).

    >>> t = pd.DataFrame({"event": list("aabbcc"), "solidarity": [1, 0, 1, 0, 1, 1],
    ...                   "pred_solidarity": [1, 0, 0, 0, 1, 1], "violence": [0] * 6, "pred_violence": [0] * 6,
    ...                   "religion": [0] * 6, "pred_religion": [0] * 6, "religion_frame": [""] * 6,
    ...                   "pred_religion_frame": [""] * 6})
    >>> ci = event_bootstrap(t, n_resamples=500)
    >>> ci.loc[0, "detector"], round(float(ci.loc[0, "estimate"]), 3), round(float(ci.loc[0, "high"]), 3)
    ('solidarity', 0.857, 1.0)
    >>> bool(ci.loc[0, "low"] < ci.loc[0, "estimate"])
    True
    """
    _, c = event_counts(t)
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(c), size=(n_resamples, len(c)))
    sums = c[draws].sum(axis=1)  # resamples x counts: each resample's events' counts added up
    full = c.sum(axis=0)
    alpha = (1 - confidence) / 2
    rows = []

    def interval(dist: np.ndarray) -> tuple[float, float]:
        if np.isnan(dist).all():  # no event has the label: no interval
            return float("nan"), float("nan")
        low, high = np.nanquantile(dist, [alpha, 1 - alpha])
        return float(low), float(high)

    def f1(tp: np.ndarray, fp: np.ndarray, fn: np.ndarray) -> np.ndarray:
        den = 2 * tp + fp + fn
        return np.divide(2 * tp, den, out=np.full(np.shape(tp), np.nan, dtype=float), where=den > 0)

    for k, d in enumerate(("solidarity", "violence", "religion")):
        est = float(f1(*full[3 * k:3 * k + 3]))
        dist = f1(sums[:, 3 * k], sums[:, 3 * k + 1], sums[:, 3 * k + 2])
        rows.append((d, est, *interval(dist)))
    right, n = sums[:, 9], sums[:, 10]
    dist = np.divide(right, n, out=np.full(len(n), np.nan), where=n > 0)
    est = full[9] / full[10] if full[10] else float("nan")
    rows.append(("religion_frame", float(est), *interval(dist)))
    return pd.DataFrame(rows, columns=["detector", "estimate", "low", "high"])


def print_event_ci(t: pd.DataFrame, what: str) -> None:
    """One line: the pooled scores of ``t`` with their event-bootstrap 95% intervals (:func:`event_bootstrap`)."""
    ci = event_bootstrap(t)
    parts = [f"{r.detector if r.detector != 'religion_frame' else 'frame accuracy'} {r.estimate:.3f} "
             f"[{r.low:.3f}, {r.high:.3f}]" for r in ci.itertuples()]
    print(f"{what}, 95% interval resampling the {t['event'].nunique()} events (2,000 resamples): " + "; ".join(parts))


def per_event_table(t: pd.DataFrame) -> pd.DataFrame:
    """F1 per detector and event, and frame accuracy on the sentences both human and detector call religious."""
    from coverage.learn import binary_scores

    rows = []
    for event, g in t.groupby("event", sort=True):
        row = {"event": event, "n": len(g)}
        for d in ("solidarity", "violence", "religion"):
            scores = binary_scores(g[d].astype(int), g[f"pred_{d}"].astype(int))
            row[f"{d}_f1"], row[f"{d}_n"] = scores["f1"], scores["support"]
        both = g[(g["religion"].astype(int) == 1) & (g["pred_religion"].astype(int) == 1)]
        row["frame_acc"] = (both["religion_frame"] == both["pred_religion_frame"]).mean() if len(both) else float("nan")
        row["frame_n"] = len(both)
        rows.append(row)
    return pd.DataFrame(rows)


def term_pattern(term: str) -> re.Pattern:
    """A word pattern of a lexicon term (``*`` is one word), for :func:`per_entry_rules`.

    >>> bool(term_pattern("pelted the * with rocks").search("they pelted the compound with rocks"))
    True
    >>> bool(term_pattern("militia").search("local militias"))
    False
    """
    words = [r"[\w'’-]+" if w == "*" else re.escape(w) for w in term.lower().split()]
    return re.compile(r"(?<![\w'’-])" + r"\s+".join(words) + r"(?![\w'’-])")


def event_texts(table: pd.DataFrame) -> dict[str, str]:
    r"""``event -> its labelled sentences (column ``text``), joined and lower-cased``: what :func:`words_held` reads.

    >>> event_texts(pd.DataFrame({"event": ["a", "b", "a"], "text": ["Shots fired.", "Vigil", "Militias"]}))
    {'a': 'shots fired.\nmilitias', 'b': 'vigil'}
    """
    return {e: "\n".join(g["text"].astype(str)).lower() for e, g in table.groupby("event")}


def words_held(texts: dict[str, str]) -> Callable[[str, str], bool]:
    """``holds(term, event)``: whether ``texts[event]`` (an event's labelled sentences, lower-cased) holds the term's
    words (:func:`term_pattern`, each pattern compiled once).

    >>> words_held({"a": "militias stormed the town"})("militias", "a")
    True
    """
    patterns: dict[str, re.Pattern] = {}

    def holds(term: str, event: str) -> bool:
        return bool(patterns.setdefault(term, term_pattern(term)).search(texts[event]))

    return holds


def cut_provenance(spec: Any, holds: Callable[[str, str], bool], events: set[str],
                   record: list | None = None) -> tuple[Any, int]:
    """``spec`` (a parsed lexicon or religion-rules YAML) with each entry's development provenance cut to the events
    that hold it, and the number of entries cut (each also appended to ``record`` as ``(term, from, cut from)``).

    An entry (a mapping with ``term`` and ``from``) whose ``from`` names two or more of ``events`` stays in when one
    of them is held out. When only some of them hold the entry's words in their labelled sentences (``holds(term,
    event)``), its ``from`` keeps those and its other tags; an entry none of them holds is left as it is (it changes
    no prediction of theirs).

    >>> spec = {"terms": [{"term": "militias", "from": ["a", "b", "seeds"]}, {"term": "mob", "from": ["a", "b"]}]}
    >>> cut_provenance(spec, lambda term, event: event == "b", {"a", "b"})
    ({'terms': [{'term': 'militias', 'from': ['b', 'seeds']}, {'term': 'mob', 'from': ['b']}]}, 2)
    """
    n = 0

    def walk(node: Any) -> Any:
        nonlocal n
        if isinstance(node, list):
            return [walk(v) for v in node]
        if not isinstance(node, dict):
            return node
        node = {k: walk(v) for k, v in node.items()}
        tags = node.get("from")
        if "term" in node and isinstance(tags, list):
            listed = [t for t in tags if t in events]
            held = [t for t in listed if holds(str(node["term"]), t)]
            if len(listed) >= 2 and held and len(held) < len(listed):
                node["from"] = [t for t in tags if t not in events or t in held]
                n += 1
                if record is not None:
                    record.append((str(node["term"]), list(tags), node["from"]))
        return node

    return walk(spec), n


def per_entry_rules(table: pd.DataFrame) -> tuple[Lexicon, ReligionRules, int]:
    """The built-in lexicon and religion rules with every entry's provenance cut to the events of ``table`` (a
    validation table with ``event`` and ``text``) whose labelled sentences hold its words (:func:`cut_provenance`),
    and the number of entries cut.

    A rule round may name all the events of a family of constructions in each of its entries; an entry that only
    one of them holds then earns held-out credit on that event, because the other names keep it in. Scored with
    these rules, "held out, per entry" gives no event credit for an entry only it contains. The words are matched
    as a pattern (:func:`term_pattern`), not by the matcher: an entry the pattern misses keeps its provenance, so
    the figure is an upper bound of the strictly per-entry one."""
    from coverage.lexicon import load_packaged_yaml

    texts = event_texts(table)
    holds, events = words_held(texts), set(texts)
    framing, n1 = cut_provenance(load_packaged_yaml("framing.yaml")[0], holds, events)
    religion, n2 = cut_provenance(load_packaged_yaml("religion.yaml")[0], holds, events)
    return (Lexicon(spec=framing, source="framing.yaml (provenance per entry)"),
            ReligionRules(spec=religion, source="religion.yaml (provenance per entry)"), n1 + n2)


def loeo_tables(labels: pd.DataFrame, corpus: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Labels and predictions of every event, scored with the full rules ("in-sample"), the rules
    without the event's own ("held out"), the same with each rule's provenance cut to the events
    that hold it ("held out, per entry", :func:`per_entry_rules`) and without any rule written from
    the event ("strict"). When no rule's provenance is cut, "held out, per entry" is "held out"
    (the same rules), and is not scored again."""
    out = {}
    per_entry = None
    for variant in ("in-sample", "held out", "held out, per entry", "strict"):
        if variant == "held out, per entry":
            per_entry = per_entry_rules(out["in-sample"])
            if per_entry[2] == 0:
                out[variant] = out["held out"].copy()
                continue
        parts = []
        for event, lab in labels.groupby("event", sort=True):
            if variant == "in-sample":
                lex, rules = Lexicon.default(), ReligionRules.default()
            elif variant == "held out, per entry":
                lex, rules = per_entry[0].without_events({event}), per_entry[1].without_events({event})
            else:
                lex, rules = rules_without({event}, strict=variant == "strict")
            arts = corpus[corpus["id"].isin(set(lab["article_id"]))]
            res = validate_with(lab[LABEL_COLS], arts[["id", "outlet", "text", "title"]], lex, rules)
            t = res.table.copy()
            t["event"] = event
            parts.append(t)
        out[variant] = pd.concat(parts, ignore_index=True)
    out["held out, per entry"].attrs["entries_cut"] = per_entry[2]
    return out


def print_agreement(labels: pd.DataFrame, second_file: str, what: str) -> None:
    """Cohen's kappa and raw agreement per label between ``labels`` (first coder) and the second
    coder's file in ``benchmarks/`` (``what`` describes the sentences; ``{n}`` is their number)."""
    from sklearn.metrics import cohen_kappa_score

    second = pd.read_csv(ROOT / "benchmarks" / second_file, dtype=str, keep_default_na=False)
    pair = second.merge(labels, on=["article_id", "sentence", "text_sha1"], suffixes=("_2", "_1"))
    print(f"\nAgreement of two independent coders on {what.format(n=len(pair))}:")
    for d in ("solidarity", "violence", "religion"):
        a, b = pair[f"{d}_1"].astype(int), pair[f"{d}_2"].astype(int)
        kappa = (f"{cohen_kappa_score(a, b):.3f}" if len(set(a) | set(b)) > 1
                 else "undefined (one value from both coders)")
        print(f"  {d:10} kappa {kappa}  agreement {(a == b).mean():.3f}  positives {a.sum()} / {b.sum()}")
    both = pair[(pair["religion_1"] == "1") & (pair["religion_2"] == "1")]
    print(f"  {'frame':10} kappa {cohen_kappa_score(both['religion_frame_1'], both['religion_frame_2']):.3f}  "
          f"agreement {(both['religion_frame_1'] == both['religion_frame_2']).mean():.3f}  "
          f"({len(both)} sentences both call religious)")


def _former_fresh(k: int, until: str) -> tuple[str, str, str, str]:
    """The :data:`DEV_SETS` entry of former fresh set ``k``, held out until the rule versions ``until``."""
    return (f"former fresh set {k} (held out until {until})", f"labels_fresh{k}.csv", f"labels_fresh{k}_coder2.csv",
            f"all {{n}} sentences of former fresh set {k}")


#: The development sets (``events.SETS`` names): rules may be written from them, and they are scored leave
#: one event out. ``fresh`` and ``fresh2`` were held out until framing lexicon 1.7.0 and religion rules 1.4.0
#: (scored 4 and 3 times); on 2026-12-05 they became development events, and ``fresh3`` took their place.
DEV_SETS = {
    "events": ("development events, rounds 1 and 2", "labels_events.csv", "labels_events_coder2.csv",
               "{n} sentences (14 per event in round 1, drawn at random)"),
    "fresh": ("former fresh set 1 (held out until lexicon 1.7.0)", "labels_fresh.csv", "labels_fresh_coder2.csv",
              "all {n} sentences of former fresh set 1"),
    **{f"fresh{k}": _former_fresh(k, until) for k, until in (
        (2, "lexicon 1.7.0"),
        (3, "lexicon 1.8.0"),
        (4, "lexicon 1.9.0"),
        (5, "religion rules 1.7.0"),
        (6, "framing 1.13.0 and religion rules 1.8.0"),
        (7, "framing 1.13.0 and religion rules 1.8.0"),
        (8, "framing 1.14.0 and religion rules 1.9.0"),
        (9, "framing 1.15.0 and religion rules 1.10.0"),
        (10, "framing 1.16.0 and religion rules 1.11.0"),
        (11, "framing 1.17.0 and religion rules 1.12.0"),
        (12, "framing 1.18.0 and religion rules 1.13.0"),
        (13, "framing 1.19.0 and religion rules 1.14.0"),
        (14, "framing 1.20.0 and religion rules 1.15.0"),
        (15, "framing 1.21.0 and religion rules 1.15.0"),
        (16, "framing 1.22.0 and religion rules 1.16.0"),
        (17, "framing 1.23.0 and religion rules 1.16.0"),
        (18, "framing 1.24.0 and religion rules 1.16.0"),
        (19, "framing 1.25.0 and religion rules 1.17.0"),
        (20, "framing 1.27.0 and religion rules 1.18.0"),
        (21, "framing 1.28.0 and religion rules 1.19.0"),
    )},
    # sets 22 on were held out until the same rules; graduating set N is raising the range's end to N + 1
    **{f"fresh{k}": _former_fresh(k, "framing 1.29.1 and religion rules 1.19.1") for k in range(22, 43)},
}


def dev_labels() -> pd.DataFrame:
    """The first coder's labels of every development set (:data:`DEV_SETS`), with a ``set`` column."""
    parts = []
    for which, (_, first, _, _) in DEV_SETS.items():
        lab = pd.read_csv(ROOT / "benchmarks" / first, dtype=str, keep_default_na=False)
        parts.append(lab.assign(set=which))
    return pd.concat(parts, ignore_index=True)


def dev_events() -> list:
    """The :class:`events.Event` of every development set, in set order."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import events as ev

    return [e for which in DEV_SETS for e in ev.SETS[which][0]]


def events_report(data: Path) -> None:
    """Scores on the development events: leave one event out, per group and per event, and the coders'
    agreement."""

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import events as ev

    labels = dev_labels()
    corpus = ev.events_corpus(data, dev_events())
    tables = loeo_tables(labels, corpus)
    print(f"\nDevelopment events ({len(labels)} sentences, {labels['article_id'].nunique()} articles, "
          f"{labels['event'].nunique()} events), leave one event out:")
    n_cut = tables["held out, per entry"].attrs["entries_cut"]
    for variant, what in (("held out", "each event without the rules written only from it (from ⊆ {E})"),
                          ("held out, per entry", "the same, each rule's development events cut to those whose "
                           f"labelled sentences hold its words ({n_cut} rules cut)"),
                          ("strict", "each event without every rule written from it (E in from)"),
                          ("in-sample", "full rules, for comparison (not a held-out figure)")):
        print(f"\n{variant}: {what}")
        print(pooled_scores(tables[variant])[SCORE_COLS].to_string(index=False, **FMT))
        if variant != "in-sample":
            print_event_ci(tables[variant], "F1")
    groups = [(f"round-{r} development events", {e.slug for e in ev.EVENTS if e.round == r})
              for r in sorted({e.round for e in ev.EVENTS})]
    groups += [(DEV_SETS[w][0], {e.slug for e in ev.SETS[w][0]}) for w in DEV_SETS if w != "events"]
    for what, slugs in groups:
        print(f"\n{what[0].upper()}{what[1:]} only ({len(slugs)} events), pooled:")
        for variant in ("held out", "held out, per entry", "strict"):
            t = tables[variant]
            print(f"{variant}:")
            print(pooled_scores(t[t["event"].isin(slugs)])[SCORE_COLS].to_string(index=False, **FMT))
    for variant in ("held out", "strict"):
        per = per_event_table(tables[variant])
        print(f"\nPer event, {variant} (F1; _n = human positives; frame accuracy on sentences both call religious):")
        print(per.to_string(index=False, **FMT))
        print("Median per-event F1: " + ", ".join(f"{d} {per[f'{d}_f1'].median():.3f}"
                                                  for d in ("solidarity", "violence", "religion"))
              + f"; frame accuracy {per['frame_acc'].median():.3f}")
    for which, (_, _, second, what) in DEV_SETS.items():
        print_agreement(labels[labels["set"] == which], second, what)


#: The fresh sets, never shown to a rule writer: name -> (what, first coder's labels, second coder's labels).
FRESH_SETS: dict[str, tuple[str, str, str]] = {
    "fresh43": ("Fresh events, set 43 (selected and coded on 2026-12-08, after framing 1.29.1 and religion rules "
                "1.19.1)", "labels_fresh43.csv", "labels_fresh43_coder2.csv"),
}


def fresh_report(data: Path, which: str = "fresh43") -> pd.DataFrame:
    """Scores of the shipped rules on a fresh set (``events.SETS[which]``: no rule was written from
    it), beside the rules written from none of the development events; and the two coders' agreement.
    Returns the shipped rules' table (labels and predictions) of the set."""

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import events as ev

    what, first, second = FRESH_SETS[which]
    labels = pd.read_csv(ROOT / "benchmarks" / first, dtype=str, keep_default_na=False)
    corpus = ev.events_corpus(data, ev.SETS[which][0])
    slugs = {e.slug for e in dev_events()}
    print(f"\n{what}: {len(labels)} sentences, {labels['article_id'].nunique()} articles, "
          f"{labels['event'].nunique()} events; never shown to a rule writer:")
    tables = {}
    for name, (lex, rules), model in (
            ("shipped rules", (Lexicon.default(), ReligionRules.default()), None),
            ("shipped rules with the gated built-in frame model (the default)", (Lexicon.default(), ReligionRules.default()),
             "builtin"),
            (f"rules written from none of the {len(slugs)} development events", rules_without(slugs, strict=True),
             None)):
        res = validate_with(labels[LABEL_COLS], corpus[["id", "outlet", "text", "title"]], lex, rules, model)
        t = with_events(res.table, labels)
        tables[name] = t
        print(f"\n{name}:")
        print(pooled_scores(t)[SCORE_COLS].to_string(index=False, **FMT))
        print_event_ci(t, "F1")
    # the opt-in violence model (FramingFamily(violence_model="builtin")): trained on every development sentence, none
    # of this set's, so this is a held-out score too; violence only (the model changes nothing else)
    for gate in (True, False):
        res = validate_with(labels[LABEL_COLS], corpus[["id", "outlet", "text", "title"]], Lexicon.default(),
                            ReligionRules.default(), "builtin", "builtin", gate)
        t = with_events(res.table, labels)
        row = pooled_scores(t).set_index("detector").loc["violence"]
        print(f"\nshipped rules with the built-in violence model ({'gated to attack coverage' if gate else 'ungated'}; "
              f"opt-in): violence P {row['precision']:.3f}, R {row['recall']:.3f}, F1 {row['f1']:.3f}")
        print_event_ci(t, "F1")
    per = per_event_table(tables["shipped rules"])
    print("\nPer fresh event, shipped rules (F1; _n = human positives; frame accuracy on sentences both call religious):")
    print(per.to_string(index=False, **FMT))
    print_agreement(labels, second, "all {n} sentences of this fresh set")
    return tables["shipped rules"]


#: Ordinary news, not about an attack (``events.NEWS_EVENTS``, ``events.NEWS2_EVENTS``): name -> (what, first coder's
#: labels, second coder's labels, held out). What the detectors flag in the news most of a corpus is; each article is
#: its own "event" (rules written from one carry its slug, ``news-<id>``, in their ``from``).
NEWS_SETS: dict[str, tuple[str, str, str, bool]] = {
    "news": ("Ordinary news, development (40 articles drawn by lot from the first 2,000 ABP rows, 480 sentences)",
             "labels_news.csv", "labels_news_coder2.csv", False),
    "news2": ("Ordinary news, held out (40 articles drawn by lot after the first 2,000 ABP rows, 480 sentences; never "
              "shown to a rule writer)", "labels_news2.csv", "labels_news2_coder2.csv", True),
}


def news_report(data: Path, held_out: bool = True) -> None:
    """Scores on ordinary news: the development articles leave one article out (and in-sample), the held-out ones
    (``held_out``) with the shipped rules; the coders' agreement."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import events as ev

    for which, (what, first, second, fresh) in NEWS_SETS.items():
        if fresh and not held_out:
            continue
        if not (ROOT / "benchmarks" / first).is_file():
            print(f"\n{what}: not coded yet ({first})")
            continue
        labels = pd.read_csv(ROOT / "benchmarks" / first, dtype=str, keep_default_na=False)
        corpus = ev.events_corpus(data, ev.SETS[which][0])
        if fresh:
            res = validate_with(labels[LABEL_COLS], corpus[["id", "outlet", "text", "title"]], Lexicon.default(),
                                ReligionRules.default(), "builtin")
            t = with_events(res.table, labels)
            tables = {"shipped rules": t}
        else:
            loeo = loeo_tables(labels, corpus)
            tables = {"held out (each article without the rules written only from it)": loeo["held out"],
                      "in-sample (full rules; not a held-out figure)": loeo["in-sample"]}
        print(f"\n{what}:")
        for name, t in tables.items():
            print(f"{name}:")
            print(pooled_scores(t)[SCORE_COLS].to_string(index=False, **FMT))
        print_agreement(labels, second, "all {n} sentences of this set")


def fresh_reports(data: Path) -> None:
    """Every fresh set (:func:`fresh_report`), then the shipped rules on all of them pooled."""
    tables = [fresh_report(data, which) for which in FRESH_SETS]
    if len(tables) < 2:
        return
    both = pd.concat(tables, ignore_index=True)
    print(f"\nAll fresh sets pooled ({len(both)} sentences, {both['event'].nunique()} events), shipped rules:")
    print(pooled_scores(both)[SCORE_COLS].to_string(index=False, **FMT))
    print_event_ci(both, "F1")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (contains basil/)")
    ap.add_argument("--errors", action="store_true", help="also list every disagreement (prints corpus text)")
    ap.add_argument("--fresh-only", action="store_true", help="only the fresh sets (FRESH_SETS)")
    ap.add_argument("--skip-fresh", action="store_true",
                    help="leave the fresh events out (for rule writers, who must not see them)")
    ap.add_argument("--news-only", action="store_true",
                    help="only ordinary news (NEWS_SETS; with --skip-fresh, the development articles alone)")
    args = ap.parse_args(argv)
    if args.news_only:
        news_report(args.data, held_out=not args.skip_fresh)
        return 0
    if args.fresh_only:
        fresh_reports(args.data)
        news_report(args.data)
        return 0

    t0 = time.perf_counter()
    labels = pd.read_csv(ROOT / "benchmarks" / "labels_basil.csv", dtype=str, keep_default_na=False)
    labels = labels.rename(columns={"article_uuid": "article_id"})
    ids = list(dict.fromkeys(labels["article_id"]))
    corpus = basil_corpus(args.data, ids)
    basil = coverage.validate(labels, corpus=corpus)
    basil_out = validate_with(labels, corpus, *rules_without({"basil"}))
    seeds = coverage.validate(ROOT / "seeds" / "labels.csv", corpus=ROOT / "seeds")
    secs = time.perf_counter() - t0

    cols = ["detector", "n", "support", "precision", "recall", "f1", "accuracy"]
    side = seeds.scores[cols].merge(basil.scores[cols], on="detector", suffixes=("_seeds", "_basil"))
    fmt = {"float_format": lambda x: f"{x:.3f}"}
    print(f"media-coverage {coverage.__version__}: detector validation "
          f"({len(seeds.table)} seed sentences / 5 articles; {len(basil.table)} BASIL sentences / "
          f"{len(ids)} articles; {secs:.1f} s)\n")
    print(f"Framing lexicon {Lexicon.default().version}, religion rules {ReligionRules.default().version}.\n")
    print("Seeds (UK vigil coverage, Westminster attack 2017; in-sample, full rules):")
    print(seeds.scores[cols].to_string(index=False, **fmt))
    print("\nBASIL (US political news, other events; full rules, some written from BASIL):")
    print(basil.scores[cols].to_string(index=False, **fmt))
    print("\nBASIL without the rules written from BASIL only:")
    print(basil_out.scores[cols].to_string(index=False, **fmt))
    print("\nSide by side (F1):")
    print(side[["detector", "n_seeds", "f1_seeds", "n_basil", "f1_basil"]].to_string(index=False, **fmt))
    print("\nBASIL religion frames (human rows x predicted columns, 'none' = no religious reference):")
    print(basil.confusion.to_string())
    print("\nSeed religion frames:")
    print(seeds.confusion.to_string())
    counts = basil.errors.groupby(["detector", "kind"]).size().rename("n").reset_index()
    print("\nBASIL disagreements by detector:")
    print(counts.to_string(index=False))
    if args.errors:
        pd.set_option("display.max_colwidth", 160)
        pd.set_option("display.width", 250)
        print("\nBASIL disagreements:")
        print(basil.errors[["detector", "kind", "article_id", "sentence", "evidence", "text"]].to_string())
    events_report(args.data)
    news_report(args.data, held_out=not args.skip_fresh)
    if not args.skip_fresh:
        fresh_reports(args.data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
