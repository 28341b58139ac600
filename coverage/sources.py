"""Who is quoted: the source type of each quote's speaker, and each outlet's mix of sources.

Source types are data (``coverage/data/lexicons/sources.yaml``, loaded safely like the
lexicons): police and security, politician or official, faith leader, witness or member of
the public, victim or family, expert or analyst, perpetrator's side, organisation, media.
Each type lists role words. :class:`SourceTypes` gives a speaker the type of the role word
**nearest** to the speaker's name in its description, looked for, in this order:

1. a per-corpus override (``speakers:`` in the YAML, matched on the speaker as extracted);
2. the speaker mention itself, nearest its end (the head noun: "the Metropolitan Police",
   "a witness", "one crowd member");
3. the mentions of the speaker's name in the article, in text order: the words just before
   it in its sentence ("Home Secretary Amber Rudd", nearest the name first) and the
   apposition just after it ("Zafir Malik, an imam from the association,", nearest first);
   the first mention with any role word decides. An apposition that starts with a capital
   letter is taken for the next item of a list of names and not read;
4. for "Mr Khan" or "Khan", the same around the mentions of the fullest name ending in that
   surname (:func:`canonical_name`: "Sadiq Khan" in "London Mayor Sadiq Khan").

When two role words are equally near, the longer phrase wins, then the type listed first.
No role word: ``unknown``. Every decision carries a one-line rule (the evidence trail).

Since sources.yaml 1.2: a relative ("Ann Lee's nephew, Bo Ray", "the gunman's father") is the
perpetrator's side when the person they are related to is typed perpetrator, a victim's family
when that person has no role word; a speaker extracted as part of a role phrase ("[Police]
officials") or as a possessive ("Sri Lanka's [foreign ministry]") is read with the words around
it; a generic head ("spokesman", "director") takes the type of the body it speaks for in the
same description ("FBI director"); an apposition that opens with a verb ("Sadiq Khan, invited
...") is no description; the words before a name stop at a clause word ("agent X said that Mr
Y") and at a verb phrase that has the name for object; "The suspect ... was named as X" reads
the subject; a perpetrator verb phrase right after the name ("X opened fire") counts; and "Mr.
Trump" is read at "President Trump".

Since sources.yaml 1.3: a possessive role word is the role word ("the prosecutor's office"); "office" is a
generic head ("the sheriff's office": police); a speaker that is only a generic head is read with the body after
it ("A spokeswoman for the prosecutor's office"); "the officials" / "one of the officials" take the type of the
nearest earlier fuller mention ("German intelligence officials"); a modifier speaker ("German", "two U.S") takes
the role words right after it; "his father" / "their family" is the perpetrator's side or a victim's family when
the nearest earlier capitalised word typed perpetrator or victim is one; role words before a name that follows a
preposition ("at the mosque to Facebook") or ends an introductory phrase ("In the TV interview, Jo Fox said") do
not describe it; and a full name with no role word anywhere is a witness when a relative clause places the
speaker at the event ("Jo Fox, who was in the hall", "Jo Fox saw the van"), or takes the head of a description
of a named body that introduces it shortly before ("The imam of Oldtown Mosque said ... . Jo Fox told").

Since sources.yaml 1.4: generic "authorities" are officials; a possessive role word counts only before a role word
or a name ("CNN's Jo Fox", not "a doctor's appointment, Jo Fox said"); an apposition ends at a coordinated or
subordinate clause (", and shot the suspect", "since he ...") and does not open with an irregular past verb ("burst
into"); a capitalised apposition that is a title ("Jo Fox, Lord Mayor of Oldtown,") is read; "[hospital] officials"
take the body's role word right before them; "Rubio spokesman Jo Fox" takes Rubio's type; a family's lawyer or
representative ("the Farook family attorney", "family lawyers") is that family's side (a relative, as above); a role
phrase right after a name outweighs "man" or "woman" before it ("a man named as X was arrested"); a name with no role
word is also introduced by "A security expert from the X Foundation ..." or "Oldland's chief prosecutor ..." in the
sentences before it; a speaker cut at an initial ("Rachel L") is read with its surname; and a full name with an age
and no role word anywhere ("Jo Fox, 19, said") is a member of the public.

Since sources.yaml 1.5: a relative introduced by a possessive description ("Ann Lee's aunt said ... . Jo Fox told CNN")
is that family's side (:meth:`SourceTypes._kin`), and so is a full name with no role word that shares its surname with
a perpetrator or victim named in the article ("Bo Santiago" beside "Esteban Santiago, the suspect"); a role phrase
running on past the end of a speaker cut inside it ("Local Muslim [leaders]") is its head; "Obama's top spokesman"
takes the type of the person he speaks for; an unnamed survivor in the speaker ("one survivor of the attack") is a
witness; a witness's clause may have a verb ("Jo Fox, who was drinking in the pub", "Jo Fox said she was in the
shop") and its place words ("who was at the synagogue") are no role.

Since sources.yaml 1.6: an apposition runs past the full stops of an abbreviation ("Jo Fox, the U.S. ambassador to
Oldland,"); a masthead ("The Oldtown Star", "The Globe and [Mail]") is media; a title ending a full name is a surname
("security analyst Ann Sheikh"); a relative in the apposition ("Jo Fox, Ann's grandfather,") is that family's side; a first
name with an age ("Lisa, 53,") and a resident's clause with no role word ("Jo Fox, who lives in Oldtown,") are the public;
role words before a past verb that has the name for object are not its description ("Prime Minister Bo Ray on Thursday
praised Jo Fox's courage"). A full person name with no role word anywhere stays ``unknown``: making it the public by
default raised type accuracy on the attack coverage of the labels but, on 2,000 ABP articles of general news, typed
2,243 quotes of judges, senators, presidents and page furniture as the public, so it was not kept.

Since sources.yaml 1.7: a place taken for the speaker right after a role phrase ending in "in" or "at" is read at that
phrase ("Police in [Oldtown]", "the U.S. Embassy in [Oldtown]", "a professor at [Oldtown]"); a US broadcaster's call sign
("WXYZ") is media; a bare quantifier ("Others", "Another", "some", "many") takes the type of the plural people named in
the 300 characters before it when they are the public or victims ("Several residents ... . Others said"), and stays
undecided otherwise; a full name with no role word anywhere whose sentence has them hear or see the event ("Jo Fox was
at his desk when he heard a loud bang", "Jo Fox said he drove up and saw two police cars") is the public; and "of the
..." after a full name with no role word before it is read as its apposition ("Jo Fox of the Oldtown police union
said").

Since sources.yaml 1.8: a capitalised modifier may open an apposition before its role word ("Jo Fox, Oldland minister of
health,", "Jo Fox, Amnesty's South Asia director,"; not a title of the next name in a list, "Bo Ray, FBI director Jo
Fox"); an apposition that sets the scene ("Jo Fox, at a news conference,"), a "which" clause after a person's name and a
"who knew / met / told ..." clause describe no role; "injured" or "wounded" just before a role word makes a victim
("injured Staff Sgt. Jo Fox"); a relative introduced by a pronoun ("said his brother, Jo Fox") is the side of the
perpetrator or victim with the same surname or named just before, else a victim's family when a death or injury is told
in the 1,000 characters before; "Jo Fox, the mother of Ann Lee," is Ann Lee's side and "Jo Fox, a cousin of one of the
women," a victim's family (after a death or injury); "the Lee family" is Lee's side; "the complaint" takes the type of
the last role phrase ending in "complaint" before it ("a criminal complaint"); canonical_name looks past ranks ("Admiral
Kirby"); call signs may carry a channel number ("WGN9"); more mastheads ("Christian Science Monitor", "Clarion-Ledger").

Since sources.yaml 1.9: an apposition runs past the full stop of a place's or a rank's abbreviation before a
capitalised word ("a spokesman for the St. Oldtown County police"); a bare quantifier followed by a role word takes it
("many [reports]"); "IS" in capitals is the Islamic State; a news account written as one word ("OldtownNews") is media;
a transcript's capitalised name ("JO FOX:") with no role word is read at the name written in title case elsewhere; the
head of a description before "in", "from" or "near" decides ("experts in the law enforcement community"); a title
right before the name wins over a relative clause or a former role after it ("Mayor Jo Fox, who has ...", "analyst Jo
Fox, a former FBI agent,"); "Jo Fox, in an appearance on ..." sets the scene; a role word naming the medium of the words
("In a Facebook post, Jo Fox said") is no title; a word inside a longer phrase found before it is no role word of its
own ("general" of "secretary general"); with no role word found, a country named alone is its government ("France
said"; not a surname, nor a place after "in" or "across"), joint speakers ("Ann Lee and Jo Fox") take the first one's
type, and bare relatives ("Relatives said") the side of the nearest typed perpetrator or victim before them.

Since sources.yaml 1.11: a capitalised masthead word alone after "the" ("the Post", "The Globe") is media ("The post",
a social-media post, is not); the words of a quote before its cue name no owner of a relative after it ('"... our son
Jim," his mother, Jo Fox, said': the victim's family, not Jim's relative in the sentence); a beheading, an abduction or
a kidnapping is a harm told before a relative.

Since sources.yaml 1.12: a quote signed with a dash, the writer's name and, after a comma, the publication ('“...” —
Jo Fox, the Daily Ledger') is media when no role word of another type is there; a masthead, a call sign or a network's
channel with the place it serves ("the Daily Ledger of Oldtown", "FOX 5 of the Harbor Cities") is media.

Since sources.yaml 1.13: a role phrase whose last word is possessive ("Al Jazeera's Jo Fox", "the European Union's
council") is read as a possessive role word (before a role word or a name only; not for the people a bare "others"
counts among: "due to the city's budget").

Since sources.yaml 1.14: a platform name in a run of share buttons before a name ("Facebook Twitter Pinterest Jo Fox",
a photo caption's widget; not "Facebook, Twitter and X") is no title; a masthead "Daily" or a speaker ending in "daily"
is media ("the Elmland Daily said", "the Oldtown daily"; not "a daily tracking poll").

Since sources.yaml 1.15: "a spokesman for X" / "A spokesperson for the X" takes the type of X when X is typed (not
public or victim), as "X's spokesman" does.

Since sources.yaml 1.18: a university's name as the whole speaker ("Elm State University", "The University of
Oldtown") is an organisation (not "Jo Fox of Elm University" nor "an Elm University poll"); an infinitive after the
comma that follows a name is no apposition ("the city's top official, Jo Fox, to meet the protesters").

Since sources.yaml 1.19: an apposition is read after a generational suffix ("Jo Fox III, pastor at ...") or a bracketed
abbreviation ("Oldtown Concern (OC), a watchdog group"), after a capitalised modifier and the role word that follows
"the" ("U.S. ambassador to the U.N."), after a participle that opens a title ("the acting U.S. attorney"), and when it is a
capitalised title of a body named by a role word ("Head of the ICRC delegation", "Senior Counsel with the ACLU"); "Jo
Fox, an uncle of Ann Lee," is Ann Lee's relative; a lawyer named with the client ("Ann Lee's lawyer, Jo Fox", "Jo Fox, an
attorney for Ann Lee") takes the client's type when the client is typed. A full name with no role word anywhere is the
public with an age ("19-year-old Jo Fox", "Jo Fox, a 47-year-old ..."), an expert after "Dr.", and a speaker with no role
word that "reported" (", the Oldtown Ledger reported.") is a news outlet or a reporter.

Since sources.yaml 1.20: a possessive speaker that is a lawyer or a legal team ("Ann Lee's attorneys", "Ann Lee's defense
team") takes the client's type when the client is typed.

:func:`source_shares` turns a table of quotes into each outlet's share of quotes and of
quoted words by source type, with percentile bootstrap CIs resampling the outlet's articles
(its quotes when it has a single article), seeded per outlet and type
(:func:`coverage.stats.cell_seed`); :func:`top_speakers` ranks each outlet's speakers.

Examples
--------
>>> st = SourceTypes.default()
>>> text = "Home Secretary Amber Rudd said the city would not be cowed."
>>> st.classify(text, "Amber Rudd", 15, 25)
('official', "role word 'secretary' just before the name")
>>> text = "Zafir Malik, an imam from the association, said prayers were held."
>>> st.classify(text, "Zafir Malik", 0, 11)
('faith', "role word 'imam' in the apposition after the name")
>>> st.classify("Police said two men were held.", "Police", 0, 6)
('police', "role word 'police' in the speaker 'Police'")
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from .errors import LexiconError, ParameterError
from .lexicon import load_packaged_yaml, load_yaml_source
from .stats import bootstrap_ratio_ci, cell_seed

__all__ = ["SourceTypes", "SOURCE_TYPES", "UNKNOWN", "source_shares", "top_speakers", "quote_words", "canonical_name"]

#: The built-in source types, in order (ties between equally near role words go to the first).
SOURCE_TYPES = ("perpetrator", "victim", "police", "faith", "official", "expert", "media", "organisation", "public")
#: The type of a speaker with no role word (and of an unattributed quote).
UNKNOWN = "unknown"

_WORD_RE = re.compile(r"[^\W_][\w'’.-]*")
_STOP_RE = re.compile(r"[.!?;:\n\"“”«»()\[\]]")
_PARTY_TAG = re.compile(r"\s*[(,]\s*[RDI]-[A-Z][A-Za-z. ]{0,15}[),]")
_ABBREVIATION = re.compile(r"(?:\b(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|St|Lt|Gen|Sgt|Det|Insp|Supt|Rev|Prof|Col|Capt|Cmdr|Adm|Maj|Cpl|Pvt|Insp|Cllr|Hon)|"
                           r"\b[A-Z])$")
_POSSESSIVE_DESCRIPTION = re.compile(r"(?:[A-Z][\w.-]* ){0,3}[A-Z][\w.-]*['’]s (?:[A-Z][\w.-]* ){0,3}[a-z]")
# a capitalised modifier before a lower-case role word in an apposition ("Jo Fox, Oldland minister of health,", "Jo Fox,
# U.S. ambassador to Oldland"): one or two capitalised words, then the role word
_CAP_MODIFIER = re.compile(r"(?:[A-Z][\w.’'-]* ){1,2}(?=[a-z])")
_PRE_WORDS = 6
_POST_WORDS = 14
_MAX_MENTIONS = 3
_SKIP_AFTER = frozenset({"who", "is", "was", "the", "a", "an", "also", "now", "then"})
# (1.19) participles that open a title in an apposition, not a verb ("Jo Fox, the acting U.S. attorney"; not "retired":
# "Jo Fox, a retired Army colonel" comments as an expert, "a retired member of the union" is the public)
_TITLE_PARTICIPLES = frozenset({"acting", "outgoing", "incoming", "founding", "managing", "presiding",
                                "ranking", "elected", "appointed", "serving", "longtime", "leading", "renowned"})
_SUBJECT_WORDS = 16
_FUNCTION_WORDS = frozenset("of the a an his her their was is who whose to in on with and for by".split())
_FIRST_WORD_RE = re.compile(r"[ \t]+([^\W_][\w'’.-]*)")  # the word right after a name (no comma between)
# a role word before these belongs to another clause ("FBI agent Jo Ames said that Mr Bowers ...")
_CLAUSE_WORDS = frozenset({"said", "says", "say", "told", "tells", "that", "who", "which", "when", "while", "because",
                           "but", "reported", "reports", "understands", "understood", "believes", "believed",
                           "confirmed", "added", "claimed", "stated", "revealed", "learned", "learnt", "what"})
# an apposition ends at a clause ("who has had threats since he mocked the founder of ...")
_POST_STOP_RE = re.compile(r"[,;.!?)\n\"“”:]|(?:^|\s)(?:said|says|told|tells|added|since|because|until|although)\b")
# a full stop inside an abbreviation of single capitals ("the U.S. ambassador", "head of the U.N. mission"), not
# the end of an apposition: the capitals before it, and a lower-case word after it
_ABBREV_BEFORE_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.)*[A-Z]$")
_ABBREV_AFTER_RE = re.compile(r"(?:[A-Z]\.)*\s+[a-z]")
# a full stop after the abbreviation of a place word or a rank before a capitalised word ("the St. Louis County police",
# "Ft. Hood", "Gen. Jo Fox"): no end of the apposition either
_NAME_ABBREV_RE = re.compile(r"(?<![\w.])(?:St|Ste|Mt|Ft|Pt|Gen|Lt|Sgt|Col|Capt|Maj|Adm|Cmdr|Det|Insp|Supt|Cpl|Brig)$")
_CAP_AFTER_RE = re.compile(r"\s+[A-Z]")
# (1.19) what ends a name before the comma of its apposition: a generational suffix ("Jo Fox III, pastor at ...", "Jo
# Fox Jr., a ...") or a bracketed abbreviation ("Oldtown Christian Concern (OCC), a watchdog group")
_NAME_SUFFIX_RE = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\b\.?(?=\s*[,(])|\s*\([A-Z][A-Za-z]{1,7}\)(?=\s*,)")


def _post_stop(rest: str) -> int:
    """End of an apposition in ``rest``: the first :data:`_POST_STOP_RE` stop that is not the full stop of an
    abbreviation of single capitals followed by a lower-case word ("the U.S. ambassador to Kenya").

    >>> rest = " the U.S. ambassador to Oldland, said"
    >>> rest[:_post_stop(rest)]
    ' the U.S. ambassador to Oldland'
    >>> rest = " a spokesman for the St. Oldtown County police, said"
    >>> rest[:_post_stop(rest)]
    ' a spokesman for the St. Oldtown County police'
    """
    for m in _POST_STOP_RE.finditer(rest):
        if m.group() == "." and _ABBREV_BEFORE_RE.search(rest, max(0, m.start() - 8), m.start()) \
                and _ABBREV_AFTER_RE.match(rest, m.end(), m.end() + 12):
            continue
        if m.group() == "." and _NAME_ABBREV_RE.search(rest, max(0, m.start() - 8), m.start()) \
                and _CAP_AFTER_RE.match(rest, m.end(), m.end() + 4):
            continue  # "a spokesman for the St. Louis County police": a place's or a rank's abbreviation
        return m.start()
    return len(rest)


# heads that take the type of the body they speak for when the description names one ("FBI director")
# types whose role words name people, not a body a generic head speaks for
_NOT_BODIES = frozenset({"public", "victim"})
_GENERIC_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "director", "president", "secretary general",
                            "secretary-general", "chairman", "chairwoman", "chair", "chief executive", "ceo", "founder",
                            "leader", "leaders", "official", "officials", "coordinator", "office"})


# "NAME, who was in the hall when ...", "NAME, who saw the van": where the speaker was at the event (not "who was
# in office", "who was in custody")
_WITNESS_RE = re.compile(r"\s*(?:,\s*)?(who (?:was|were) (?:[a-z]+ing (?:in|at|inside|near|on board|aboard|outside|across|"
                         r"behind|along|up|down)|"
                         r"(?:in|at|inside|near|on board|aboard)(?= [a-z])|there)|"
                         r"(?:who )?(?:saw|witnessed)|who (?:heard|watched)|"
                         r"(?:said|says|told \w+(?: \w+)?) (?:that )?(?:he|she|they) (?:was|were) (?:[a-z]+ing )?(?:in|at|inside|near|on board|aboard) (?:the|a|an)\b)\b(?! (?:office|charge|power|congress|government|parliament|"
                         r"command|prison|jail|custody|the white house|the senate|the house)\b)")
_CAP_TOKEN_RE = re.compile(r"\b[A-Z][a-z][\w'’-]+")
# a sentence (or a clause after an introductory comma) whose subject is a definite description of a named body,
# then a verb:
# "The imam of the Oldtown mosque said", "Later, the CEO of the Oldtown Association blasted"
_INTRO_DESC_RE = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)([Tt]he|An?) ((?:[a-z][\w'’-]* ){0,2}(?:[a-z][\w'’-]*|[A-Z]{2,5})"
                            r" (?:of|from|at) (?:the )?(?:[A-Z][\w'’.-]* ?){0,5}[A-Z][\w'’-]*)"
                            r"(?:,[^.,\n]{1,80},)? (?=(?:[a-z]+ed|said|says|told|tells)\b)")
# ... or a possessive description: "Oldland's top prosecutor on Saturday raised the toll"
_INTRO_POSS_RE = re.compile(r"(?:^|[.!?]\s+|\n|,\s+)((?:[A-Z][\w'’.-]* ){0,3}[A-Z][\w.-]*['’]s) ((?:[a-z][\w'’-]* ){0,2}"
                            r"[a-z][\w'’-]*) (?=(?:on [A-Z][a-z]+day )?(?:[a-z]+ed|said|says|told|tells)\b)")
# an anaphoric speaker ("the officials", "one of the officials"), read at its antecedent
_ANAPHOR_RE = re.compile(r"(?:(?:one|some|many|two|three|several|all|none|each) of )?(?:the|these|those) "
                         r"(officials?|sources?|authorities|spokes(?:man|woman|person)|investigators)")
_ANAPHOR_DETERMINERS = frozenset({"the", "these", "those", "of"})
# a speaker that is only a modifier: a nationality ("German", "Israeli") or a country abbreviation ("U.S", "UK"),
# after a number or determiner ("two U.S", "a Western")
_MODIFIER_SPEAKER_RE = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|\d+) )?"
                                  r"(?:[A-Z][a-z]+(?:ian|ean|can|man|ish|ese|i|ch|ern)|[A-Z](?:\.?[A-Z]){1,2}\.?)")
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# "Jo Fox, who lives in Cornwall,": where a person with no role word lives (a member of the public)
_RESIDENT_RE = re.compile(r"\s*,\s*(who (?:lives|lived|has lived|had lived) (?:in|on|near|nearby|across|down|around))\b")
# past forms before a name that name or describe it rather than take it for object ("a man named Jo Fox")
_NAMING_VERBS = frozenset("named identified called nicknamed dubbed titled retired alleged suspected accused armed "
                          "masked unnamed unidentified respected noted renowned celebrated acclaimed disgraced jailed "
                          "convicted detained wanted decorated married widowed bereaved embattled beloved".split())
# the name of a newspaper, broadcaster or news agency: capitalised words ending in a masthead word ("The Kansas City
# Star", "the Jerusalem Post", "The Algerian Press Service", "The Canadian Broadcasting Corp"); the common words
# ("Star", "Post", "Mail") only after another capitalised word
_MEDIA_NAME_RE = re.compile(r"(?:[Tt]he )?(?:State-run |[Ss]tate-owned )?(?:[A-Z][\w'’.-]*\s+(?:(?:and|&)\s+)?){1,4}"
                            # (1.16) a masthead word joined to another: "Elmtown Star-Telegram", "Oldtown StarTribune",
                            # "Elm City Post-Dispatch", "the Oldtown Journal-Constitution"
                            r"(?:(?:Star|Post|Union|Journal)-?(?=[A-Z]))?"
                            r"(?:Constitution(?<=Journal-Constitution)|Telegram(?<=-Telegram)|Post|Times|Star|Herald|Tribune|Journal|Gazette|Mail|Chronicle|Telegraph|Inquirer|"
                            r"Examiner|Courier|Globe|Observer|Mirror|Express|Dispatch|Enquirer|Register|Bee|Sentinel|Science Monitor|"
                            r"Ledger|Standard|Daily News|Morning News|Evening News|"
                            r"Press Service|Presse Service|Press Agency|News Agency|Broadcasting(?: Corp(?:oration)?\.?|"
                            r" Company| Service| System)?|Zeitung|Vanguardia)")
# a masthead shortened after its full name ("According to the Post", "the Times reported"): a capitalised masthead
# word alone after "the" ("The post" of a social-media user stays unknown)
_SHORT_MASTHEAD_RE = re.compile(r"[Tt]he (?:Post|Times|Journal|Globe|Tribune|Herald|Chronicle|Inquirer|Gazette|Telegraph|Monitor)")
# "NAME of PLACE": the Daily Ledger of Oldtown, FOX 5 of the Harbor Cities (the name must be a masthead or a channel)
_OF_PLACE_RE = re.compile(r"(?:[Tt]he )?(.+?) of (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}")
# a network's local channel: "FOX 9", "NBC 4", "CBS 2", "ABC 7"
_CHANNEL_RE = re.compile(r"(?:FOX|Fox|NBC|CBS|ABC|CW|PBS) \d{1,2}")
# a quote signed with a dash, a name and, after a comma, the publication, to the line end: "“...” — Jo Fox, the Ledger"
_SIGNED_BEFORE_RE = re.compile(r"[”\"][^\S\n]*[―—][^\S\n]*\Z")
_SIGNED_AFTER_RE = re.compile(r",[^\S\n]*((?:the[^\S\n]+)?[A-Z][\w'’&.-]*(?:[^\S\n]+[A-Z][\w'’&.-]*){0,3})"
                              r"[^\S\n]*\.?[^\S\n]*(?:\n|\Z)")
# "The Globe and [Mail]": the capitalised words of a masthead cut before the speaker
_MEDIA_LEFT_RE = re.compile(r"(?:[Tt]he )?(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:and|&)\s+)?$")
# a title that is also a surname ("security analyst Abdiwahab Sheikh", "Jo Bishop"): not read as the role word when it
# ends a two- or three-word name whose other words are no role words
_SURNAME_TITLES = frozenset("sheikh bishop king marshal judge chancellor priest constable sheriff dean mayor prince "
                            "cardinal pastor deacon vicar rabbi imam chief".split())
# "Lisa, 53, who was visiting": a first name alone with an age
# a speaker that is only a quantifier of people ("Others said", "Another said", "many said"): the people of the scene
_CROWD_SPEAKERS = frozenset({"others", "another", "many", "some", "most", "a few"})
# a US or Canadian broadcaster's call sign ("WABC", "KTLA-TV"; three letters with a channel number or suffix: "WGN9",
# "WGN-TV"); not the acronyms of bodies that look like one
_CALL_SIGN_RE = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?|[KW][A-Z]{2,3}(?:-?\d{1,2}|-(?:TV|FM|AM|DT))")
_NOT_CALL_SIGNS = frozenset({"WADA", "WIPO", "KFOR", "WWII", "WMDS", "KKKK", "WHOS", "WOMP"})
# a place taken for the speaker after the body or people it follows ("Police in [Oslo]", "city officials in
# [Gilmore]", "the U.S. Embassy in [Baghdad]", "researchers at [Stanford]"): the role phrase must end right before
# "in" / "at"
_PLACE_AFTER_RE = re.compile(r"((?:[\w'’.-]+ ){0,3}[\w'’.-]+) (?:in|at) $")
# where the role phrase before such a place can start: after punctuation or a quote mark
_PHRASE_BREAK_RE = re.compile(r"[,;.!?:\n\"“”()—]")
# months and days are no places ("The director in [July] said")
_DATE_WORDS = frozenset("january february march april may june july august september october november december monday "
                        "tuesday wednesday thursday friday saturday sunday".split())
# a full name with no role word whose sentence has them hear or see the attack ("Jo Fox was at work when she heard a
# loud bang", "Jo Fox said he saw the van")
_SAW_RE = re.compile(r"[^.!?\n\"“”]{0,160}?\b(?:he|she|they|I|we|and) (?:heard|saw|watched) (?:a|an|the|two|three|several|"
                     r"people|smoke|flames|gunfire|gunshots|shots|explosions?|blasts?|blood|bodies|someone|somebody|men)\b")
_SINGLE_NAME_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_SURVIVORS = frozenset({"survivor", "survivors"})
_SPEECH_NEXT_RE = re.compile(r"(?:on [A-Z][a-z]+day )?(?:said|says|told|tells)\b")
# a person's name: two or three capitalised words with lower-case letters ("Jo Fox", not "ISIS's Patton")
_PERSON_NAME_RE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2}")
# a possessive spokesman speaker: "Obama's top spokesman", "the mayor's spokeswoman"
# (sources 1.15) "a spokesman for Senator Jo Fox", "A spokesperson for Fox" (a speaker as coverage.quotes gives it since
# its round 36): the type of the person or body spoken for, when typed, as for "Fox's spokesman"
_SPOKES_FOR_RE = re.compile(r"(?:[Aa]n?|[Tt]he)(?: [a-z]+)? (?P<head>spokes(?:man|woman|person)|representative) for "
                            r"(?:the )?(?P<body>(?:[A-Z][\w.'’-]* ){0,4}[A-Z][\w.'’-]*)")
_SPOKES_OWN_RE = re.compile(r"(?:[Tt]he )?((?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*)['’]s (?:[a-z]+ )?(spokes(?:man|woman|person))")
# role words that only say the speaker is a person ("a 19-year-old man named as Jo Fox")
_GENERIC_PEOPLE = frozenset({"man", "woman", "men", "women", "people", "boy", "girl", "teenager", "teenagers"})
_AGE_AFTER_RE = re.compile(r",\s*\d{1,2}\s*,")
# (1.19) an age just before a name ("19-year-old Jo Fox") or opening its apposition ("Jo Fox, a 47-year-old ...")
_AGE_BEFORE_RE = re.compile(r"\b\d{1,3}-year-old[ \u00a0]$")
_AGE_APPOS_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*an? \d{1,3}-year-old\b")
# (1.19) "... , the Oldtown Ledger reported." / "KXYZ reported on Monday": a name with no role word that reports is a
# news outlet or a reporter
_REPORTED_AFTER_RE = re.compile(r"\s+(?:has |had )?reported(?:\s*[.,;:\n]|\s+(?:on|in|last|this|earlier|Monday|Tuesday"
                                r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# (1.19) "Dr." right before a name
_DOCTOR_BEFORE_RE = re.compile(r"\bDr\.?\s+$")
# (1.19) a lawyer named with the client: "Ann Lee's longtime lawyer, Jo Fox" (before the name); "Jo Fox, Ann Lee's
# attorney,", "Jo Fox, a lawyer for Ann Lee", "Jo Fox, an attorney representing the Oldtown Party" (the apposition)
_COUNSEL = r"(?:lawyer|lawyers|attorney|attorneys|solicitor)"
_CLIENT = r"((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*)"
_COUNSEL_BEFORE_RE = re.compile(rf"{_CLIENT}['’]s?\s+(?:[a-z]+\s+)?{_COUNSEL}\s*,?\s*$")
# (1.20) a possessive speaker that is the client's lawyers ("Ann Lee's attorneys", "Ann Lee's defense team")
_COUNSEL_OWN_RE = re.compile(r"(?:[Tt]he )?((?:[A-Z][\w.-]* ){0,2}[A-Z][\w.-]*?)(?:['’]s|(?<=s)['’]) (?:[a-z]+ )?"
                             r"(?:lawyers?|attorneys?|solicitors?|defen[cs]e team|legal team|defen[cs]e)")
_COUNSEL_APPOS_RE = re.compile(rf"\s*,\s*(?:(?:the|a|an)\s+)?(?:{_CLIENT}['’]s?\s+(?:[a-z]+\s+)?{_COUNSEL}\b"
                               rf"|(?:[a-z]+\s+)?{_COUNSEL}\s+(?:for|representing)\s+(?:the\s+)?{_CLIENT})")
_INITIAL_END_RE = re.compile(r"\b[A-Z][\w'’-]+ [A-Z]$")
_SURNAME_AFTER_RE = re.compile(r"\. [A-Z][\w'’-]+")
# irregular past forms that open a clause, not a description, after a name ("Jo Fox, burst into the party")
_PAST_VERBS = frozenset("burst shot went ran fled drove took came began fought stole struck made wrote sent brought "
                        "led hit got gave threw stood sat knew met saw heard told".split())
# an apposition that opens with one of these sets the scene, not a description ("Jo Fox, at a news conference, said")
_SCENE_AFTER = frozenset("at during".split())
_TITLE_OF_RE = re.compile(r"((?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*)(?: (?:of|for|at) |\s*[,;.)])")
# (1.19) a capitalised title and the body it serves ("Head of the ICRC delegation", "Senior Counsel with the ACLU")
_TITLE_BODY_RE = re.compile(r"(?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]* (?:of|for|at|with) (?:the )?"
                            r"((?:(?!and |or )[^\s,;.()\"“”]+ ?){1,6})")
_BODY_AFTER_RE = re.compile(r"\s+(for|of|at|with|from)\s+")
_HEAD_AFTER_RE = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){1,3}")
# a name right after one of these is their object, not described by the words before them ("... mosque to Facebook")
_PREPOSITIONS = frozenset("to at in on from with by into onto near inside outside against toward towards via "
                          "than like about".split())


# words opening an introductory phrase before a comma ("In the TV interview, ...", "After the vigil, ...")
_INTRO_WORDS = frozenset("in on at after before during while when since speaking asked writing following despite "
                         "with without from for as".split())


def _last_words(text: str, word: str, before: int, n: int) -> list[int]:
    """Starts of the last ``n`` whole-word, case-insensitive occurrences of ``word`` in ``text[:before]``, nearest
    first (one scan, no copy of the text)."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    return [m.start() for m in pattern.finditer(text, 0, before)][-n:][::-1] if n > 0 else []


_KIN = (r"((?:(?:step|grand|great-grand|ex-)?(?:father|mother|son|daughter|brother|sister|parent|child)(?:-in-law)?s?)"
        r"|(?:ex-)?(?:wife|husband|partner)|uncle|aunt|nephew|niece|cousin|fianc[eé]e?|girlfriend|boyfriend"
        r"|family|relatives|children|siblings?)")
_OWNER = r"((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*)['’]s"
_KIN_OWN = re.compile(rf"^{_OWNER}\s+{_KIN}\b")
_KIN_BEFORE = re.compile(rf"{_OWNER}\s+{_KIN}\s*,?\s*$")
_KIN_AFTER = re.compile(rf"\s+{_KIN}\b")
_KIN_WORD = re.compile(_KIN)
# an optional word before a kin word ("his late father", "her eldest son")
_KIN_MOD = r"(?:(?:late|only|eldest|oldest|youngest|older|younger|elder|twin) )?"
_KIN_APPOS = re.compile(rf"\s*,\s*(?:(?:the|a) )?(?:{_OWNER}|(his|her|their))\s+{_KIN_MOD}{_KIN}\b")
# a pronoun's relative ("his father"): read at the nearest earlier perpetrator or victim
_PRONOUN_KIN = re.compile(rf"(?:his|her|their)\s+{_KIN}")
# a pronoun's relative just before a name ("said his brother, Bo Ray"; "His stepfather-in-law, Bo Ray,")
_PRONOUN_KIN_BEFORE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+{_KIN_MOD}{_KIN}\s*,?\s*$")
# "Jo Fox, the mother of Ann Lee,", (1.19) "Jo Fox, an uncle of Ann Lee,": a relative of the name after "of"
_KIN_OF_APPOS = re.compile(rf"\s*,\s*(?:the|a|an) {_KIN_MOD}{_KIN}"
                           rf" of ((?:[A-Z][\w.’'-]*\s){{0,3}}[A-Z][\w’'-]*)")
# "Jo Fox, a cousin of one of the women,": a relative of someone unnamed (not "a father of two")
_KIN_OF_SOMEONE = re.compile(rf"\s*,\s*(?:the|a|an) {_KIN_MOD}"
                             rf"{_KIN} of (?:one of )?(?:the|a|an|his|her|their) (?!(?:two|three|four|five|six)\b)[a-z]")
# "the complaint", "the indictment": a document named by its head noun alone
_DEFINITE_NOUN = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+([a-z]+)")
_COMMA_DET = re.compile(r"\s*,\s*(?:the|a|an) ")
# "the Lee family", "The Lee family": the family of a surname named in the article
_SURNAME_FAMILY = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w’'-]+)\s+family")
# who speaks for a family ("the family lawyer", "Farook family attorney Jo Fox"): the family's side
_FAMILY_AGENT = r"(?:lawyers?|attorneys?|representatives?|spokes(?:man|woman|person|people))"
_FAMILY_SPEAKER = re.compile(rf"(?:(?:the|a|his|her|their)\s+)?(?:family\s+)?{_FAMILY_AGENT}")
_FAMILY_BEFORE = re.compile(r"(?:((?:[A-Z][\w.-]*\s){0,3}[A-Z][\w.-]*)(?:['’]s)?\s+)?\b[Ff]amily\s+" rf"({_FAMILY_AGENT})\s*,?\s*$")


def _is_verb(word: str) -> bool:
    """A past form or a copula opening a role phrase ("opened fire", "charged with", "was shot")."""
    return word.endswith("ed") or word in ("was", "is", "were", "are", "lost", "lives", "lived", "held")


def _clause_start(pre: list[tuple[str, int, int]], relative: bool = True) -> int:
    """Index in ``pre`` after its last clause word (:data:`_CLAUSE_WORDS`; without "who" and "which" unless
    ``relative``), 0 when it has none."""
    for k in range(len(pre) - 1, -1, -1):
        if pre[k][0] in _CLAUSE_WORDS and (relative or pre[k][0] not in ("who", "which")):
            # "that" as a determiner ("the surgeon on call that night, Dr Ann Lee") opens no clause
            if pre[k][0] == "that" and k + 1 < len(pre) and pre[k + 1][0] not in _CLAUSE_OPENERS:
                continue
            return k + 1
    return 0


# words that can open a clause after "that" ("said that the gunman", "told them that he")
_CLAUSE_OPENERS = frozenset("the a an his her their its our my he she they it we i there this these those".split())


def _words(text: str) -> list[tuple[str, int, int]]:
    """(lower-case word with straight apostrophes and no trailing dot, start, end) of each word."""
    low = text.lower().replace("’", "'")
    if len(low) != len(text):  # a character whose lower case is longer ("İ"): word by word
        out = []
        for m in _WORD_RE.finditer(text):
            w = m.group().lower().replace("’", "'").rstrip(".")
            if w:
                out.append((w, m.start(), m.start() + len(w)))
        return out
    out = []
    for m in _WORD_RE.finditer(low):
        w = m.group().rstrip(".")
        s = m.start()
        out.append((w, s, s + len(w)))
    return out


def quote_words(text: str) -> int:
    """Number of words in a quote's text.

    >>> quote_words("We will not be divided, it's clear")
    7
    """
    return len(_WORD_RE.findall(text))


class SourceTypes:
    """Role words of each source type, and per-corpus speaker overrides.

    Parameters
    ----------
    spec : mapping
        The parsed YAML: ``version``, ``types`` (``{type: {label, words}}``), optional
        ``speakers`` (``{speaker: type}``) and optional ``states`` (countries that, named alone as the speaker,
        stand for their government: typed ``official`` when the file has that type; without the key, the
        built-in list; ``states: []`` turns the rule off).
    source, sha256 : str
        Where the spec came from and the hash of its bytes (provenance).

    Use :meth:`default`, :meth:`from_yaml` (path, YAML text or mapping) or :meth:`extended`
    (the built-in types plus a user file's words, types and speakers).
    """

    def __init__(self, *, spec: Mapping[str, Any], source: str = "<dict>", sha256: str = ""):
        self.spec = spec
        self.source = source
        self.sha256 = sha256
        where = f"{source}"
        if not isinstance(spec, Mapping) or not isinstance(spec.get("types"), Mapping) or not spec["types"]:
            raise LexiconError(f"{where}: a source-type file needs a 'types' mapping of type -> {{label, words}}")
        unknown_keys = set(spec) - {"version", "types", "speakers", "states"}
        if unknown_keys:
            raise LexiconError(f"{where}: unknown top-level key(s) {sorted(unknown_keys)}; "
                               "allowed: version, types, speakers, states")
        self.version = str(spec.get("version", ""))
        self._busy: set[str] = set()  # names being typed as the owner of a generic head (no loops)
        self.labels: dict[str, str] = {}
        self._first: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}
        for order, (name, body) in enumerate(spec["types"].items()):
            if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z_]*", name) or name == UNKNOWN:
                raise LexiconError(f"{where}: type {name!r} must be a lower-case word other than {UNKNOWN!r}")
            if not isinstance(body, Mapping) or not isinstance(body.get("words", []), list):
                raise LexiconError(f"{where}: type {name!r} needs 'words: [...]' (a list of role words)")
            self.labels[name] = str(body.get("label") or name.capitalize())
            for w in body.get("words", []):
                if not isinstance(w, str) or not w.strip():
                    raise LexiconError(f"{where}: type {name!r} has a word that is not a non-empty string: {w!r}")
                phrase = tuple(x for x, _, _ in _words(w))
                if not phrase:
                    raise LexiconError(f"{where}: type {name!r}: {w!r} has no word characters")
                self._first.setdefault(phrase[0], []).append((phrase, order, name))
        for entries in self._first.values():
            entries.sort(key=lambda e: (-len(e[0]), e[1]))
        # the words of the phrases of two or more words (a speaker with none of them is part of no phrase), and
        # their first words (no role phrase can start after a name without one)
        self._in_phrases = frozenset(w for es in self._first.values() for p, _, _ in es if len(p) > 1 for w in p
                                     if w not in _FUNCTION_WORDS)
        self._multi_first = frozenset(p[0] for es in self._first.values() for p, _, _ in es if len(p) > 1)
        # the last words of two-word phrases ("criminal complaint"): the heads "the complaint" may stand for
        self._two_last = frozenset(p[1] for es in self._first.values() for p, _, _ in es if len(p) == 2)
        speakers = spec.get("speakers") or {}
        if not isinstance(speakers, Mapping):
            raise LexiconError(f"{where}: 'speakers' must map a speaker to a type, e.g. {{'Amber Rudd': official}}")
        self.speakers: dict[str, str] = {}
        for who, typ in speakers.items():
            if typ not in self.labels and typ != UNKNOWN:
                raise LexiconError(f"{where}: speaker {who!r} has type {typ!r}; use one of {[*self.labels, UNKNOWN]}")
            self.speakers[str(who).strip().lower()] = str(typ)
        states = spec.get("states")
        if states is None:  # a file written before 1.10 (or without the key): the built-in countries
            self.states = _default_types().states
        elif not isinstance(states, list) or not all(isinstance(x, str) and x.strip() for x in states):
            raise LexiconError(f"{where}: 'states' must be a list of country names, e.g. [france, 'united states'] "
                               "(or [] for none)")
        else:
            self.states = frozenset(x.strip().lower() for x in states)

    @property
    def types(self) -> tuple[str, ...]:
        """The type names, in order, then :data:`UNKNOWN`."""
        return (*self.labels, UNKNOWN)

    def label(self, name: str) -> str:
        """Readable label of a type ("Police and security")."""
        return self.labels.get(name, "Unknown or unattributed" if name == UNKNOWN else name)

    @classmethod
    def from_yaml(cls, path_or_str: str | os.PathLike[str] | Mapping[str, Any]) -> SourceTypes:
        """Load from a YAML path, YAML text or a parsed mapping (safe loading only)."""
        data, source, digest = load_yaml_source(path_or_str)
        return cls(spec=data, source=source, sha256=digest)

    @classmethod
    def default(cls) -> SourceTypes:
        """The built-in ``sources.yaml``."""
        return _default_types()

    @classmethod
    def extended(cls, path_or_str: str | os.PathLike[str] | Mapping[str, Any]) -> SourceTypes:
        """The built-in types with a user file's words added, its new types appended and its speakers set.

        >>> st = SourceTypes.extended({"types": {"police": {"words": ["gardai"]}}, "speakers": {"J. Doe": "expert"}})
        >>> st.classify("Gardai said it was over.", "Gardai", 0, 6)[0], st.classify("J. Doe said so.", "J. Doe", 0, 6)
        ('police', ('expert', "corpus override for 'J. Doe' (speakers: in <dict>)"))
        """
        data, source, digest = load_yaml_source(path_or_str)
        base = _default_types().spec
        types = {k: {"label": v.get("label", k), "words": list(v.get("words", []))} for k, v in base["types"].items()}
        extra = data.get("types") or {}
        if not isinstance(extra, Mapping):
            raise LexiconError(f"{source}: 'types' must be a mapping of type -> {{label, words}}")
        for k, v in extra.items():
            if not isinstance(v, Mapping):
                raise LexiconError(f"{source}: type {k!r} needs 'words: [...]'")
            slot = types.setdefault(k, {"label": v.get("label", k), "words": []})
            if "label" in v:
                slot["label"] = v["label"]
            slot["words"] = [*slot["words"], *list(v.get("words", []))]
        states = data.get("states") or []
        if not isinstance(states, list):
            raise LexiconError(f"{source}: 'states' must be a list of country names, e.g. [france, 'united states']")
        spec = {"version": f"{base.get('version', '')}+{data.get('version', 'user')}", "types": types,
                "speakers": {**(base.get("speakers") or {}), **(data.get("speakers") or {})},
                "states": [*base.get("states", []), *states]}
        return cls(spec=spec, source=source, sha256=digest)

    def __repr__(self) -> str:
        return f"SourceTypes(version={self.version!r}, types={list(self.labels)}, source={self.source!r})"

    # -- classification -----------------------------------------------------------------
    def _find(self, words: Sequence[tuple[str, int, int]]) -> list[tuple[int, int, str, str]]:
        """(position, -length, type, phrase) of every role word or phrase in ``words``."""
        out = []
        norms = [w for w, _, _ in words]
        # a possessive role word is the role word ("the prosecutor's office", "the bishops' conference")
        bare = [w[:-2] if w.endswith("'s") else w[:-1] if w.endswith("s'") else w for w in norms]
        for i, w in enumerate(norms):
            # but only before a role word or the name ("CNN's Jo Fox"; not "thanks to CNN's coverage")
            possessive = bare[i] != w
            for seq in (norms, bare) if possessive else (norms,):
                hit = next(((phrase, name) for phrase, _, name in self._first.get(seq[i], ())
                            if tuple(seq[i:i + len(phrase)]) == phrase), None)
                if hit is not None:
                    out.append((i, -len(hit[0]), hit[1], " ".join(hit[0])))
                    break
            else:
                # a phrase whose last word is possessive ("Al Jazeera's Jo Fox", "the Oldtown Police Department's
                # spokesman"): the phrase, under the same condition as a possessive word below
                hit = next(((phrase, name) for phrase, _, name in self._first.get(w, ()) if len(phrase) > 1
                            and i + len(phrase) <= len(norms) and bare[i + len(phrase) - 1] != norms[i + len(phrase) - 1]
                            and tuple(norms[i:i + len(phrase) - 1]) + (bare[i + len(phrase) - 1],) == phrase), None)
                if hit is not None:
                    out.append((i, -len(hit[0]), hit[1], " ".join(hit[0])))
        # a word inside a longer phrase found before it is no role word of its own ("general" in "secretary general",
        # "agent" in "travel agent")
        return [f for k, f in enumerate(out) if not any(g[0] < f[0] and f[0] - f[1] <= g[0] - g[1] for g in out[:k])]

    def _best(self, found: list[tuple[int, int, str, str]], distance: Any) -> tuple[str, str] | None:
        """Type and phrase of the nearest role word; a generic head ("spokesman", "director") yields to the
        nearest role word of another type in the same description, the body it speaks for ("FBI director",
        "president of the Catholic bishops' conference"). The phrase comes quoted for the rule:
        "'fbi' (the body of 'director')"."""
        if not found:
            return None
        order = {n: k for k, n in enumerate(self.labels)}
        key = lambda f: (distance(f), f[1], order[f[2]])  # noqa: E731
        best = min(found, key=key)
        if best[2] != "victim" and "victim" in order:
            # "injured Staff Sgt. Jo Fox", "an injured officer": a hurt survivor is a victim whatever the role word
            hurt = [f for f in found if f[3] in _HURT and 0 < best[0] - f[0] <= 3]
            if hurt:
                return "victim", f"{hurt[0][3]!r} before {best[3]!r}"
        if best[3] in _GENERIC_HEADS:  # a body is an institution, not people ("director of people operations")
            body = [f for f in found if f[3] not in _GENERIC_HEADS and f[2] != best[2] and f[2] not in _NOT_BODIES]
            if body:
                other = min(body, key=key)
                return other[2], f"{other[3]!r} (the body of {best[3]!r})"
        return best[2], repr(best[3])

    def classify(self, text: str, speaker: str, start: int = -1, end: int = -1) -> tuple[str, str]:
        """``(source_type, rule)`` of a speaker whose mention is ``text[start:end]``.

        ``speaker`` is the speaker as extracted (a name without its titles, a description).
        """
        # the quotes of one article repeat speakers and mentions: the last few hundred answers are kept
        return _classify_memo(self, text, speaker, start, end)

    def _kin(self, text: str, owner: str, kin: str) -> tuple[str, str] | None:
        """A relative of ``owner`` ("Ann Lee's brother"): the perpetrator's side when the owner is typed
        perpetrator, a victim's family when the owner is a victim or has no role word; else no decision."""
        typ, _ = self._classify(text, owner, -1, -1, kin=False)
        if typ == "perpetrator" and "perpetrator" in self.labels:
            return typ, f"kin word {kin!r} of {owner!r}, typed perpetrator"
        if typ in ("victim", UNKNOWN) and "victim" in self.labels:
            return "victim", f"kin word {kin!r} of {owner!r}, typed {typ} (a victim's family)"
        return None

    def _classify(self, text: str, speaker: str, start: int, end: int, kin: bool = True) -> tuple[str, str]:
        speaker = (speaker or "").strip()
        if not speaker:
            return UNKNOWN, "no speaker"
        got = self._classify_one(text, speaker, start, end, kin)
        if got[0] == UNKNOWN and " and " in speaker and 0 <= start < end <= len(text):
            # "Ann Lee and Jo Fox said": the first of the speakers (the type of a joint statement)
            first = speaker.split(" and ", 1)[0].strip(" ,")
            if first and first[:1].isupper():
                typ, rule = self._classify_one(text, first, start, start + len(first), kin)
                if typ != UNKNOWN:
                    return typ, f"{rule} (the first of the speakers {speaker!r})"
        if got[0] == UNKNOWN and "official" in self.labels and speaker.lower().removeprefix("the ") in self.states \
                and not (0 < start <= len(text) and _PLACE_BEFORE_RE.search(text, max(0, start - 12), start)) \
                and _state_not_surname(text, speaker):
            # "France said it sent troops" (not "Scott Israel", "people across Turkey")
            return "official", f"a state named for its government {speaker!r}"
        if got[0] == UNKNOWN and _CAPS_NAME_RE.fullmatch(speaker):
            # a transcript's turn ("JO FOX: ..."): the name as the article writes it elsewhere ("Jo Fox, a reporter")
            titled = " ".join(w[:1] + w[1:].lower() for w in speaker.split())
            if titled in text:
                typ, rule = self._classify_one(text, titled, -1, -1, kin)
                if typ != UNKNOWN:
                    return typ, f"{rule} (the capitalised name {speaker!r} written {titled!r})"
        return got

    def _classify_one(self, text: str, speaker: str, start: int, end: int, kin: bool = True) -> tuple[str, str]:
        override = self.speakers.get(speaker.lower())
        if override is not None:
            return override, f"corpus override for {speaker!r} (speakers: in {self.source.rsplit('/', 1)[-1]})"
        if "media" in self.labels and _DAILY_RE.search(speaker):
            return "media", f"a daily newspaper in the speaker {speaker!r}"
        if speaker.lower() in _CROWD_SPEAKERS and 0 <= start < end <= len(text):
            # "many reports", "some witnesses" cut to the quantifier: the role word right after it
            nxt = _words(_PHRASE_BREAK_RE.split(text[end:end + 40], 1)[0])[:2]
            hit = [f for f in self._find(nxt) if f[0] == 0]
            if hit:
                f = min(hit, key=lambda f: f[1])
                return f[2], f"role word {f[3]!r} right after the quantifier {speaker!r}"
            got = self._crowd(text, speaker, start)
            if got is not None:
                return got
        if kin:
            # "Ann Lee's brother"; "Ann Lee's" with "mother and sister" after the mention
            m = _KIN_OWN.search(speaker) if ("'s " in speaker or "’s " in speaker) else None
            if m is None and speaker.endswith(("'s", "’s")) and 0 <= start < end <= len(text):
                m2 = _KIN_AFTER.match(text, end)
                if m2:
                    got = self._kin(text, speaker[:-2], m2.group(1).lower())
                    if got is not None:
                        return got
            elif m is not None:
                got = self._kin(text, m.group(1), m.group(2).lower())
                if got is not None:
                    return got
            p = _PRONOUN_KIN.fullmatch(speaker.lower()) if 0 <= start <= len(text) else None
            if p is not None:
                got = self._pronoun_kin(text, start, p.group(1))
                if got is not None:
                    return got
            f = _SURNAME_FAMILY.fullmatch(speaker) if speaker.endswith("family") else None  # "the Lee family"
            if f is not None and f.group(1).lower() not in _OPENERS and f.group(1) in text.replace(speaker, ""):
                got = self._kin(text, f.group(1), "family")
                if got is not None:
                    return got
            f = _FAMILY_SPEAKER.fullmatch(speaker.lower()) if 0 <= start < end <= len(text) else None
            if f is not None:  # "family lawyers", "[family] representatives", "Farook family lawyers"
                got = self._family_agent(text, start, end)
                if got is not None:
                    return got
        if kin and speaker.lower() in _BARE_KIN and 0 <= start <= len(text):
            got = self._pronoun_kin(text, start, speaker.lower())  # "Relatives said": of the nearest typed party
            if got is not None:
                return got
        if "perpetrator" in self.labels and _IS_RE.search(speaker):  # "an IS spokesman": the Islamic State
            return "perpetrator", f"'IS' (the Islamic State) in the speaker {speaker!r}"
        if "media" in self.labels and _NEWS_ACCOUNT_RE.fullmatch(speaker.lstrip("@")):
            return "media", f"a news account's name {speaker!r}"
        if _INITIAL_END_RE.search(speaker) and 0 <= start < end <= len(text):
            cut = _SURNAME_AFTER_RE.match(text, end)  # a name cut at its initial ("Rachel L" of "Rachel L. Rojas")
            if cut is not None:
                end = cut.end()
                speaker = text[start:end]
        if speaker.endswith(("'s", "’s")) and 0 <= start < end <= len(text):
            # a possessive fragment ("Sri Lanka's"): the words after the mention are its head ("foreign ministry")
            tail = _words(text[end:end + 40].split(",")[0])[:3]
            got = self._best(self._find(tail), lambda f: f[0])
            if got is not None:
                return got[0], f"role word {got[1]} after the possessive speaker {speaker!r}"
        c = _COUNSEL_OWN_RE.fullmatch(speaker) if ("'" in speaker or "’" in speaker) else None
        if c is not None:  # (1.20) "Ann Lee's attorneys": the client's type, when typed
            got = self._client_type(text, c.group(1))
            if got is not None:
                return got
        m = _SPOKES_OWN_RE.fullmatch(speaker)
        f = _SPOKES_FOR_RE.fullmatch(speaker) if m is None else None
        owner, head = (m.group(1), m.group(2)) if m is not None else (f.group("body"), f.group("head")) if f else ("", "")
        if owner and owner not in self._busy and owner.lower() not in _OPENERS:
            # "Obama's top spokesman", (sources 1.15) "a spokesman for Obama": the type of the person or body it
            # speaks for, when typed (not public or victim)
            self._busy.add(owner)
            try:
                typ, _ = self._classify(text, owner, -1, -1, kin=False)
            finally:
                self._busy.discard(owner)
            if typ not in (UNKNOWN, *_NOT_BODIES):
                return typ, f"{head!r} of {owner!r}, typed {typ}"
        own = _words(speaker)
        found = self._find(own)
        if found and 2 <= len(own) <= 3 and own[-1][0] in _SURNAME_TITLES and _PERSON_NAME_RE.fullmatch(speaker) \
                and _is_full_name(speaker) and all(f[0] == len(own) - 1 for f in found):
            found = []  # "Abdiwahab Sheikh": a surname, not a title; the words around the name decide
        if not found and 0 <= start <= len(text):
            d = _DEFINITE_NOUN.fullmatch(speaker) if speaker[:1] in "Tt" else None
            if d is not None:  # "the complaint" after "a criminal complaint": the phrase it stands for
                got = self._earlier_phrase(text, d.group(1).lower(), start)
                if got is not None:
                    return got
        if not found and _CALL_SIGN_RE.fullmatch(speaker) and speaker[:4] not in _NOT_CALL_SIGNS \
                and "media" in self.labels:
            return "media", f"a broadcaster's call sign {speaker!r}"
        if not found and (_MEDIA_NAME_RE.fullmatch(speaker) or _SHORT_MASTHEAD_RE.fullmatch(speaker)) \
                and "media" in self.labels:
            return "media", f"the name of a newspaper, broadcaster or news agency {speaker!r}"
        if not found and "media" in self.labels and (m := _OF_PLACE_RE.fullmatch(speaker)) is not None and (
                _MEDIA_NAME_RE.fullmatch(m.group(1)) or _CHANNEL_RE.fullmatch(m.group(1))
                or (_CALL_SIGN_RE.fullmatch(m.group(1)) and m.group(1)[:4] not in _NOT_CALL_SIGNS)):
            # a masthead or a network's channel and the place it serves: "the Daily Ledger of Oldtown", "FOX 5 of
            # the Harbor Cities"
            return "media", f"the name of a newspaper or broadcaster {m.group(1)!r} and its place"
        if not found and "organisation" in self.labels and _UNIVERSITY_RE.fullmatch(speaker) \
                and speaker.split(None, 1)[0] not in ("A", "An"):
            # (1.18) a university by its name alone ("Elm State University said"; not "Jo Fox of Elm University", "a
            # Elm University poll")
            return "organisation", f"a university's name {speaker!r}"
        if not found and 0 < start < end <= len(text) and "media" in self.labels and speaker[:1].isupper():
            left = _MEDIA_LEFT_RE.search(text, max(0, start - 40), start)
            if left is not None and _MEDIA_NAME_RE.fullmatch(text[left.start():end]):
                return "media", f"the name of a newspaper, broadcaster or news agency {text[left.start():end]!r}"
        # a speaker with no role word or only a generic one ("officials") may be part of a role phrase as
        # extracted: "[Police] officials", "Families [of] the victims", "Medical [staff]"; up to three words
        # either side in the same clause
        generic, cross = all(f[3] in _GENERIC_HEADS for f in found), []
        inside = 0 <= start < end <= len(text) and any(w in self._in_phrases for w, _, _ in own)
        if inside:
            before = _words(re.split(r"[,;.!?:\n\"“”()]", text[max(0, start - 40):start])[-1])[-3:] if generic else []
            after = _words(re.split(r"[,;.!?:\n\"“”()]", text[end:end + 40])[0])[:3]
            ext, b, o = [*before, *own, *after], len(before), len(before) + len(own)
            cross = [f for f in self._find(ext) if f[0] < o and f[0] - f[1] > b and (f[0] < b or f[0] - f[1] > o)]
            if not generic:
                # a speaker cut inside its head ("Local Muslim [leaders]"): a phrase running on past its end, when it
                # is the speaker's last role word
                cross = [f for f in cross if f[0] - f[1] > o and f[0] >= max(g[0] for g in found)]
        if inside and (generic or cross):
            if cross:
                f = min(cross, key=lambda f: (f[1], abs(f[0] - b)))
                return f[2], f"role phrase {f[3]!r} across the speaker {speaker!r}"
            # "[hospital] officials": a role word of a body right before a generic speaker
            prev = [f for f in self._find(before) if f[0] - f[1] == b and f[3] not in _GENERIC_HEADS
                    and f[2] not in _NOT_BODIES] if found else []
            if prev:
                f = min(prev, key=lambda f: f[1])
                return f[2], f"role word {f[3]!r} right before the speaker {speaker!r} (the body it speaks for)"
        if 0 <= start < end <= len(text):
            got = self._antecedent(text, speaker, start) or self._body_after(text, end, found) \
                or (self._head_after(text, speaker, end) if not found else None)
            if got is not None:
                return got
        k = next((i for i, w in enumerate(own) if i and w[0] in _HEAD_PREPOSITIONS), None)
        if k is not None:  # "experts in the law enforcement community": the head before the preposition
            heads = [f for f in found if f[0] - f[1] == k and f[3] not in _GENERIC_HEADS]
            if heads:
                found = heads
        got = self._best(found, lambda f: len(own) - (f[0] - f[1]))
        if got is not None:
            if got[1].strip("'") in _SURVIVORS and "public" in self.labels:
                # "survivors", "one survivor of the attack": unnamed survivors are witnesses (the named survivor of a
                # victim's description, "survivor Jo Fox", was hurt)
                return "public", f"role word {got[1]} in the description {speaker!r} (an unnamed survivor: a witness)"
            return got[0], f"role word {got[1]} in the speaker {speaker!r}"
        if not found and 0 < start < end <= len(text) and speaker[:1].isupper() and speaker.lower() not in _DATE_WORDS:
            got = self._place_after(text, speaker, start)
            if got is not None:
                return got
        spans = []
        if 0 <= start < end <= len(text):
            spans.append((start, end))
        pos = 0
        while len(spans) < _MAX_MENTIONS + 1:
            k = text.find(speaker, pos)
            if k < 0:
                break
            if (k, k + len(speaker)) not in spans:
                spans.append((k, k + len(speaker)))
            pos = k + len(speaker)
        spans.sort()
        for s, e in spans[:_MAX_MENTIONS + 1]:
            m, kin_before = None, False
            if kin:  # only when the word just before the mention is a kin word
                last = text[max(0, s - 24):s].rstrip(", ")
                kin_before = _KIN_WORD.fullmatch(last, last.rfind(" ") + 1) is not None
                if kin_before:
                    m = _KIN_BEFORE.search(text, max(0, s - 80), s)
            if m is not None:  # "Ann Lee's nephew, Bo Ray", "the gunman's father Bo Ray"
                got = self._kin(text, m.group(1), m.group(2).lower())
                if got is not None:
                    return got
            if kin_before and m is None:
                p = _PRONOUN_KIN_BEFORE.search(text, max(0, s - 60), s)  # "said his brother, Bo Ray"
                if p is not None and self._own_subject(text, p.start()):
                    p = None  # "Janey, from Ealing, came with her daughter Alice": the relative of that person
                if p is not None:
                    # the family of a perpetrator or victim with the same surname, else the nearest earlier one
                    got = self._same_surname(text, text[s:e]) or self._pronoun_kin(text, s, p.group(1).lower())
                    if got is not None:
                        return got
                    if "victim" in self.labels and p.group(1).lower() != "family" and _harm_before(text, s):
                        # no typed party before, but a death or injury just told: a relative of a victim
                        return "victim", f"kin word {p.group(1).lower()!r} just before the name (a victim's family)"
            if kin:  # "family lawyer Bo Ray", "the Lee family attorney, Bo Ray"
                got = self._family_agent(text, s, s)
                if got is not None:
                    return got
                k = _KIN_APPOS.match(text, e)  # "Don Hatch, Nate's grandfather,", "Bo Ray, her brother,"
                if k is not None:
                    kw = k.group(3).lower()
                    if k.group(1) and k.group(1).lower() not in _OPENERS:
                        got = self._kin(text, k.group(1), kw)
                    else:
                        got = self._pronoun_kin(text, s, kw) if k.group(2) else None
                    if got is not None:
                        return got[0], f"{got[1]} (in the apposition after the name)"
                of = k is None and _COMMA_DET.match(text, e) is not None  # ", the ..." / ", a ..."
                ko = _KIN_OF_SOMEONE.match(text, e) if of and "victim" in self.labels else None
                if ko is not None and _harm_before(text, s) and ("one of" in ko.group() or _HARM_RE.search(text, ko.end(),
                                                                                                     ko.end() + 60)):
                    # "Jo Fox, a cousin of one of the women," after a death or injury is told
                    return "victim", "a relative of someone unnamed in the apposition after the name (a victim's family)"
                k = _KIN_OF_APPOS.match(text, e) if of else None  # "Jo Fox, the mother of Ann Lee,"
                if k is not None and k.group(2).lower() not in _OPENERS:
                    got = self._kin(text, k.group(2), k.group(1).lower())
                    if got is not None:
                        return got[0], f"{got[1]} (in the apposition after the name)"
                got = self._counsel(text, s, e)
                if got is not None:
                    return got
            got = _around_memo(self, text, s, e)
            if got is not None:
                return got
            if (s, e) == (start, end) and "public" in self.labels and _SINGLE_NAME_RE.fullmatch(speaker) \
                    and speaker.lower() not in _OPENERS and _AGE_AFTER_RE.match(text, e) \
                    and canonical_name(text, speaker) == speaker:
                # "Lisa, 53, who was visiting ...": a first name alone with an age and no role word is a member of the
                # public
                return "public", f"an age after the first name {speaker!r} and no role word (a member of the public)"
        full = canonical_name(text, speaker)
        if full != speaker:  # "Mr Khan": the mentions of the full name ("London Mayor Sadiq Khan")
            for m in _occurrences(text, full, _MAX_MENTIONS):
                got = (self._counsel(text, m, m + len(full)) if kin else None) or _around_memo(self, text, m, m + len(full))
                if got is not None:
                    return got[0], f"{got[1]} {full!r}"
        names = full.split()
        if len(names) > 1 and re.fullmatch(_NAME_WORD, names[-1]):
            # the surname alone, not after another capitalised word ("Fernando, Sri Lanka's minister of ...";
            # not "Karen Pence" for "Mike Pence")
            surname = names[-1]
            for m in _alone(text, surname, _MAX_MENTIONS, titles=True):
                got = _around_memo(self, text, m, m + len(surname))
                if got is not None:
                    return got[0], f"{got[1]} {surname!r} ({full!r})"
        for _s, e in spans[:_MAX_MENTIONS + 1]:  # no role word anywhere: where the speaker was at the event
            w = _WITNESS_RE.match(text, e)
            if w is not None and "public" in self.labels:
                return "public", f"a witness's relative clause after the name ('{w.group(1)}')"
        if "public" in self.labels and _is_full_name(full):
            for _s, e in spans[:_MAX_MENTIONS + 1]:
                w = _SAW_RE.match(text, e)
                if w is not None:
                    return "public", f"the speaker heard or saw the event ('{w.group().strip()[-40:]}') and no role word"
        got = self._introduced(text, full, spans, kin)
        if got is not None:
            return got
        if kin:  # "Bo Santiago said his brother ...": a relative sharing the surname of a perpetrator or victim
            got = self._same_surname(text, full)
            if got is not None:
                return got
        if "public" in self.labels:  # "Jo Fox, who lives in Oldtown, said": a resident, no role word anywhere
            for _s, e in spans[:_MAX_MENTIONS + 1]:
                w = _RESIDENT_RE.match(text, e)
                if w is not None:
                    return "public", f"a resident's relative clause after the name ('{w.group(1)}') and no role word"
        if "public" in self.labels and _is_full_name(full):  # "Jo Fox, 31, said": an age and no role word anywhere
            for k in _occurrences(text, full, _MAX_MENTIONS):
                if _AGE_AFTER_RE.match(text, k + len(full)):
                    return "public", f"an age after the name {full!r} and no role word (a member of the public)"
                if _AGE_BEFORE_RE.search(text, max(0, k - 24), k) or _AGE_APPOS_RE.match(text, k + len(full)):
                    # (1.19) "19-year-old Jo Fox said", "Jo Fox, a 47-year-old ..., said"
                    return "public", f"an age with the name {full!r} and no role word (a member of the public)"
        if "expert" in self.labels and _is_full_name(full):  # (1.19) "Dr. Jo Fox said" and no role word anywhere
            surname = full.split()[-1]
            for k in [*_occurrences(text, full, _MAX_MENTIONS), *_occurrences(text, surname, _MAX_MENTIONS)]:
                if _DOCTOR_BEFORE_RE.search(text, max(0, k - 6), k):
                    return "expert", f"'Dr.' before the name {full!r} and no role word (an expert)"
        if "media" in self.labels and 0 <= start < end <= len(text) and _REPORTED_AFTER_RE.match(text, end):
            # (1.19) "..., the Oldtown Ledger reported." with no role word anywhere: a news outlet or reporter
            return "media", f"{speaker!r} reported, and no role word (a news outlet or reporter)"
        if "media" in self.labels and 0 < start < end <= len(text) and _SIGNED_BEFORE_RE.search(text, max(0, start - 8), start) \
                and (sig := _SIGNED_AFTER_RE.match(text, end)) is not None \
                and all(f[2] == "media" for f in self._find(_words(sig.group(1)))):
            # a quote signed with the writer's name and publication ('“...” — Jo Fox, the Daily Ledger'): a
            # writer quoted from their piece (not with a role word of another type after the comma: "Jo Fox,
            # Oldtown Sheriff")
            return "media", f"a quote signed with a name and the publication {sig.group(1)!r}"
        return UNKNOWN, f"no role word near {speaker!r}"

    def _counsel(self, text: str, s: int, e: int) -> tuple[str, str] | None:
        """(1.19) A lawyer named with the client, before the name ("Ann Lee's longtime lawyer, Jo Fox") or in its
        apposition ("Jo Fox, Ann Lee's attorney,", "Jo Fox, a lawyer for Ann Lee"): the client's type when the client
        is typed (a suspect's lawyer is the perpetrator's side, a party's lawyer an organisation), else no decision.

        >>> types = SourceTypes.default()
        >>> text = "Ann Lee, the suspect, was held. Ann Lee's lawyer, Jo Fox, said she is innocent."
        >>> types._counsel(text, text.index("Jo Fox"), text.index("Jo Fox") + 6)
        ('perpetrator', "a lawyer for 'Ann Lee', typed perpetrator (role word 'suspect' in the apposition after the name)")
        >>> text = "Jo Fox, a lawyer for Ann Lee, said she is innocent."
        >>> types._counsel(text, 0, 6) is None  # the client has no role word
        True
        """
        m = _COUNSEL_BEFORE_RE.search(text, max(0, s - 80), s)
        if m is None:
            m = _COUNSEL_APPOS_RE.match(text, e)
        if m is None:
            return None
        client = next(g for g in m.groups() if g)
        return None if client == text[s:e] else self._client_type(text, client)

    def _client_type(self, text: str, client: str) -> tuple[str, str] | None:
        """The type of a lawyer's client ``client`` (read at its mentions in ``text``), when typed; else None."""
        if client.lower() in _OPENERS or client in self._busy:
            return None
        self._busy.add(client)
        try:
            typ, rule = self._classify(text, client, -1, -1, kin=False)
        finally:
            self._busy.discard(client)
        if typ == UNKNOWN:
            return None
        return typ, f"a lawyer for {client!r}, typed {typ} ({rule})"

    def _crowd(self, text: str, speaker: str, start: int) -> tuple[str, str] | None:
        """A bare quantifier ("Others said", "Another told Fox News", "some saying") takes the people just named
        before it when they are witnesses or the public ("Several residents told ... . Others said"), the nearest role word
        in the 300 characters before it and a plural ("people", "witnesses"); other groups ("many Republicans ... Some")
        are left undecided."""
        words = _words(text[max(0, start - 300):start])
        # (not a phrase whose last word is possessive, before its noun: "due to the city's budget")
        found = [f for f in self._find(words) if f[1] == -1 or not words[f[0] - f[1] - 1][0].endswith(("'s", "s'"))]
        if not found:
            return None
        f = max(found, key=lambda f: (f[0], -f[1]))
        if f[2] not in ("public", "victim") or not (f[3].endswith("s") or f[3] in ("people", "men", "women", "crowd")):
            return None
        return f[2], f"a bare quantifier {speaker!r} after the people it counts among ({f[3]!r} before it)"

    def _place_after(self, text: str, speaker: str, start: int) -> tuple[str, str] | None:
        """A place extracted as the speaker right after "in" / "at": the role phrase ending just before it
        ("Police in [Oslo]", "the U.S. Embassy in [Baghdad]", "city officials in [Gilmore]")."""
        m = _PLACE_AFTER_RE.search(_PHRASE_BREAK_RE.split(text[max(0, start - 60):start])[-1])
        if m is None:
            return None
        words = _words(m.group(1))
        ends = [f for f in self._find(words) if f[0] - f[1] == len(words)]
        if not ends:
            return None
        f = min(ends, key=lambda f: f[1])
        return f[2], f"role word {f[3]!r} right before the place {speaker!r} the speaker was taken for"

    def _introduced(self, text: str, full: str, spans: list[tuple[int, int]], kin: bool = True
                    ) -> tuple[str, str] | None:
        """A full name with no role word anywhere, introduced by a description of a named body in a sentence shortly
        before its first mention ("The imam of Oldtown Mosque said ... . Jo Fox told reporters"): its head; by a
        relative ("Ann Lee's aunt said ... . Jo Fox told CNN"): that family's side (:meth:`_kin`)."""
        if not _is_full_name(full) or not spans:
            return None
        first = min([s for s, _ in spans] + [k for k in _occurrences(text, full, 1)])
        best = None
        for m in _INTRO_DESC_RE.finditer(text, max(0, first - 300), first):
            best = m
        for m in _INTRO_POSS_RE.finditer(text, max(0, first - 300), first):
            if best is None or m.start() > best.start():
                best = m
        if best is None:
            return None
        desc = _words(best.group(2))
        if (kin and best.re is _INTRO_POSS_RE and desc and _KIN_WORD.fullmatch(desc[-1][0])
                and _SPEECH_NEXT_RE.match(text, best.end())):  # "Bo Ray's aunt said", not "Bo Ray's mother died"
            owner = best.group(1)[:-2].split()
            while owner and owner[0].lower() in _OPENERS:  # "After Bo Ray's aunt said"
                owner = owner[1:]
            owner = " ".join(owner)
            if owner and owner != full:
                got = self._kin(text, owner, desc[-1][0])
                if got is not None:
                    return got[0], f"{got[1]}, introducing the name ('{best.group(1)} {best.group(2)} ...')"
        found = [f for f in self._find(desc) if f[2] not in _NOT_BODIES]
        n = len(desc)
        # the head: first in "the imam of X", last in "X's chief prosecutor"
        got = self._best(found, (lambda f: f[0]) if best.re is _INTRO_DESC_RE else (lambda f: n - (f[0] - f[1])))
        if got is None:
            return None
        return got[0], (f"role word {got[1]} in the description introducing the name "
                         f"('{best.group(1).lower()} {best.group(2)} ...')")

    def _same_surname(self, text: str, full: str) -> tuple[str, str] | None:
        """A full name with no role word anywhere that shares its surname with another full name in the article typed
        perpetrator or victim ("Bo Santiago" beside "Esteban Santiago, the suspect"): that family's side; else no
        decision."""
        if not _PERSON_NAME_RE.fullmatch(full) or not {"perpetrator", "victim"} & set(self.labels):
            return None
        surname = full.split()[-1]
        others = ((prefix + surname).strip() for prefix in _cap_words_before(text, surname))
        got = self._first_party(text, (o for o in others if o != full and _is_full_name(o)
                                       and o.split()[0].lower() not in _OPENERS), 3)
        if got is None:
            return None
        other, (typ, side) = got
        return typ, f"the surname of {other!r}, typed {typ} ({side})"

    def _own_subject(self, text: str, at: int) -> bool:
        """Whether the sentence holding ``text[at]`` names, before ``at``, a capitalised word that is not a
        perpetrator or victim (the likely owner of a "her daughter" that follows)."""
        start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        # the words of a quote before its cue are the speaker's, no subject ('"... our son Jim," his mother said')
        start = max(start, text.rfind('"', start, at) + 1, text.rfind("”", start, at) + 1)
        first = len(text) - len(text[start:].lstrip())  # the sentence's first word is capitalised anyway
        names = [m.group().replace("’", "'").removesuffix("'s") for m in _CAP_TOKEN_RE.finditer(text, start, at)
                 if m.start() > first]
        names = [n for n in names if n.lower() not in _OPENERS and n.lower() not in _HONORIFICS]
        return bool(names) and self._first_party(text, names, 10) is None

    def _first_party(self, text: str, names: Iterable[str], limit: int) -> tuple[str, tuple[str, str]] | None:
        """The first of ``names`` (at most ``limit`` different ones are tried) that :meth:`_party` types, with its
        ``(type, side)``; None when none is."""
        seen: set[str] = set()
        for name in names:
            if name in seen:
                continue
            seen.add(name)
            if len(seen) > limit:
                break
            party = self._party(text, name)
            if party is not None:
                return name, party
        return None

    def _party(self, text: str, name: str) -> tuple[str, str] | None:
        """``(type, side)`` when ``name`` on its own is typed perpetrator or victim ("the perpetrator's side", "a
        victim's family"), else None."""
        typ, _ = self._classify(text, name, -1, -1, kin=False)
        if typ in ("perpetrator", "victim") and typ in self.labels:
            return typ, "the perpetrator's side" if typ == "perpetrator" else "a victim's family"
        return None

    def _family_agent(self, text: str, start: int, end: int) -> tuple[str, str] | None:
        """Who speaks for a family ("family lawyers", "the Lee family attorney Bo Ray"; ``text[:end]`` ends with
        "family lawyer" or the speaker at ``start`` follows it): a relative of the named family (:meth:`_kin`), or
        of the nearest earlier perpetrator or victim (:meth:`_pronoun_kin`); else no decision."""
        m = _FAMILY_BEFORE.search(text, max(0, start - 80), end)
        if m is None:
            return None
        agent = f"family {m.group(2).lower()}"
        owner = " ".join(w for w in (m.group(1) or "").split() if w.lower() not in _OPENERS)
        if owner:
            got = self._kin(text, owner, agent)
            if got is not None:
                return got
        return self._pronoun_kin(text, m.start(), agent)

    def _pronoun_kin(self, text: str, start: int, kin: str) -> tuple[str, str] | None:
        """"his father", "their family": the perpetrator's side or a victim's family when, of the capitalised words
        in the few sentences before, the nearest typed perpetrator or victim is one (an antecedent); else no
        decision."""
        names = (m.group().replace("’", "'").removesuffix("'s")
                 for m in reversed(list(_CAP_TOKEN_RE.finditer(text, max(0, start - 600), start))))
        got = self._first_party(text, (n for n in names if n.lower() not in _OPENERS and n.lower() not in _HONORIFICS),
                                10)
        if got is None:
            return None
        name, (typ, side) = got
        return typ, f"kin word {kin!r} of the nearest earlier {typ} {name!r} ({side})"

    def _antecedent(self, text: str, speaker: str, start: int) -> tuple[str, str] | None:
        """"the officials", "one of the officials": the type of the nearest earlier mention of the head with a
        fuller description ("two law enforcement officials", "German intelligence officials"), when its
        description has a role word besides the head; else no decision."""
        m = _ANAPHOR_RE.fullmatch(speaker.strip().lower().replace("’", "'"))
        if m is None:
            return None
        head = m.group(1)
        for k in _last_words(text, head, start, _MAX_MENTIONS):
            ctx = re.split(r"[,;.!?:\n\"“”()\[\]]", text[max(0, k - 60):k])[-1]
            pre = _words(ctx)[-3:]
            if pre and pre[-1][0] in _ANAPHOR_DETERMINERS:  # another anaphor ("the officials said")
                continue
            desc = [*pre, (head, 0, 0)]
            found = self._find(desc)
            if all(f[3] == head for f in found):
                return None
            n = len(desc)
            got = self._best(found, lambda f, n=n: n - (f[0] - f[1]))
            if got is None or got[1] == repr(head):
                return None
            return got[0], f"role word {got[1]} in the antecedent '{' '.join(w for w, _, _ in desc)}' of {speaker!r}"
        return None

    def _body_after(self, text: str, end: int, found: list[tuple[int, int, str, str]]) -> tuple[str, str] | None:
        """A speaker that is only a generic head ("A spokeswoman") followed by the body it speaks for ("for the
        state prosecutor's office", "of the police union"): the type of the body's nearest role word."""
        if not found or not all(f[3] in _GENERIC_HEADS for f in found):
            return None
        m = _BODY_AFTER_RE.match(text, end)
        if m is None:
            return None
        rest = text[m.end():m.end() + 120]
        body = _words(rest[:_post_stop(rest)])[:8]
        heads = {f[3] for f in found}
        cands = [f for f in self._find(body) if f[3] not in _GENERIC_HEADS and f[2] not in _NOT_BODIES]
        if not cands:
            return None
        got = self._best(cands, lambda f: f[0])
        assert got is not None
        return got[0], f"role word {got[1]} in the body '{m.group(1)} ...' after {' / '.join(sorted(heads))!r}"

    def _head_after(self, text: str, speaker: str, end: int) -> tuple[str, str] | None:
        """A speaker with no role word extracted without the role words right after it ("[German] intelligence
        officials", "two U.S[. officials]"): up to three lower-case words, no punctuation between."""
        if not _MODIFIER_SPEAKER_RE.fullmatch(speaker.strip()) or canonical_name(text, speaker) != speaker:
            return None  # not a modifier, or a surname ("Psaki": "Jen Psaki" in the text)
        e = end + 1 if speaker[-1:].isupper() and text[end:end + 1] == "." else end
        m = _HEAD_AFTER_RE.match(text, e)
        if m is None:
            return None
        run = []
        for w in _words(m.group(0)):
            if w[0] in _CLAUSE_WORDS or w[0] in _FUNCTION_WORDS:
                break
            run.append(w)
        found = self._find(run)
        if not found or (run[0][0].endswith("ed") and not any(f[0] == 0 and f[1] <= -2 for f in found)):
            return None  # none, or a verb ("US accused Russia")
        got = self._best(found, lambda f: len(run) - (f[0] - f[1]))
        assert got is not None
        return got[0], f"role word {got[1]} right after the speaker {speaker!r}"

    def _title_of(self, rest: str) -> bool:
        """A capitalised apposition that is a title of a place or body, not the next name of a list: up to three
        capitalised words ending in a role word, then "of", "for" or "at" or the end of the apposition ("Lord Mayor of
        Oldtown", "Police Chief,"; not "Police Commissioner Ann Lee"); (1.19) or a capitalised title and a body named by a
        role word in the six words after "of", "for", "at" or "with" ("Head of the ICRC delegation", "Senior Counsel with
        the ACLU"; not "Bo Ray of Oldtown", nor past "and": "Bo Ray of Oldtown and the mayor")."""
        m = _TITLE_OF_RE.match(rest)
        if m is not None:
            words = _words(m.group(1))
            if any(f[0] - f[1] == len(words) for f in self._find(words)):
                return True
        b = _TITLE_BODY_RE.match(rest)
        return b is not None and bool(self._find(_words(b.group(1))[:6]))

    def _earlier_phrase(self, text: str, head: str, start: int) -> tuple[str, str] | None:
        """The type of the last role phrase ending in ``head`` in the 3,000 characters before ``start`` ("a criminal
        complaint ... the complaint says"), else None."""
        if head not in self._two_last:
            return None
        got = None
        for m in re.finditer(rf"\b[\w-]+\s+{re.escape(head)}\b", text[max(0, start - 3000):start], re.IGNORECASE):
            words = _words(m.group())
            got = next(([f[2], f[3]] for f in self._find(words) if f[0] == 0 and -f[1] == len(words)), got)
        if got is None:
            return None
        return got[0], f"{got[1]!r} said before 'the {head}'"

    def _modified_role(self, rest: str) -> bool:
        """A capitalised apposition that is a role word after one or two capitalised modifiers ("Oldland minister of
        health", "U.S. ambassador", (1.19) "U.S. ambassador to the U.N."; not "Ann Lee and ...", "FBI director Jo
        Fox")."""
        m = _CAP_MODIFIER.match(rest)
        if m is None:
            return False
        title = re.match(r"((?:[a-z][\w'’-]*\s+){1,3})[A-Z]", rest[m.end():])
        if title is not None and title.group(1).split()[-1] not in _PREPOSITIONS \
                and title.group(1).split()[-1] not in ("the", "a", "an"):
            return False  # "Barack Obama, FBI director James Comey, ...": a title of the next name in a list
        return any(f[0] == 0 for f in self._find(_words(rest[m.end():m.end() + 40])))

    def _around(self, text: str, s: int, e: int) -> tuple[str, str] | None:
        sfx = _NAME_SUFFIX_RE.match(text, e)
        if sfx is not None:  # (1.19) the apposition starts after a suffix or a bracketed abbreviation of the name
            e = sfx.end()
        if _PARTY_TAG.match(text, e):
            return "official", "a party-state tag after the name (e.g. '(R-Pa.)')" if "official" in self.labels \
                else None
        lo = max(0, s - 120)
        before = text[lo:s]
        # a period after an abbreviated title or an initial ("Sen. Pat Toomey", "J. Smith") does not end the context
        # (the last such stop decides; an abbreviation is at most a few letters long, so only they are searched)
        cut = 0
        for m in reversed(list(_STOP_RE.finditer(before))):
            if not (m.group() == "." and _ABBREVIATION.search(before, max(0, m.start() - 8), m.start())):
                cut = m.end()
                break
        pre = _words(before[cut:])[-_SUBJECT_WORDS:]
        after = text[e:e + 200]
        post: list[tuple[str, int, int]] = []
        secondary = False
        # skip an age: "Ann Lee, 32, a nurse,"; "Jo Fox of the Oldtown police union said" is a description too
        m = re.match(r"\s*[,(]\s*(?:\d+\s*,\s*)?", after) or \
            (re.match(r"\s+of\s+(?=the\s)", after) if _is_full_name(text[s:e]) and "'s" not in text[s:e]
             and "’s" not in text[s:e] and not self._find(pre[-_PRE_WORDS:]) else None)
        # ", Craig Mackey and ...": a list, not a description; but ", Sri Lanka's minister of ..." and ", Lord Mayor of
        # Oldtown," are
        # "Jo Fox, who was at the synagogue": a witness's relative clause names a place, not a role
        if m and _WITNESS_RE.match(text, e) and "public" in self.labels:
            m = None
        if m and (not after[m.end():m.end() + 1].isupper() or _POSSESSIVE_DESCRIPTION.match(after, m.end())
                  or ("," in m.group() and (self._title_of(after[m.end():m.end() + 60])
                                            or self._modified_role(after[m.end():m.end() + 60])))):
            rest = after[m.end():]
            post = _words(rest[:_post_stop(rest)])
            # a relative clause or a former role ("Jo Fox, who has ...", "Jo Fox, a former FBI agent,") says less than a
            # title right before the name ("Mayor Jo Fox, who ...", "analyst Jo Fox, a former FBI agent,")
            raw = [w for w, _, _ in post[:2]]
            secondary = bool(raw) and (raw[0] == "who" or "former" in raw)
            # also an adverb before a verb ("Ann Lee, reportedly invited ..."; not "a family friend")
            while post and (post[0][0] in _SKIP_AFTER or (post[0][0].endswith("ly") and len(post) > 1
                                                         and post[1][0].endswith(("ed", "ing")))):
                post = post[1:]
            post = post[:_POST_WORDS]
            found = [f for f in self._find(post) if f[3] not in _SPEAKER_ONLY]
            # "Sadiq Khan, invited ...", "Mr Mackey, who was leaving the Houses of Parliament": a verb, not a
            # description, follows the comma (unless a role phrase starts there: "Ann Lee, charged with ..."; a
            # compound adjective is no verb: "a state-owned newspaper"); nor does a coordinated clause ("Ann Lee, and
            # shot the suspect")
            if post and (post[0][0] == "which" and _is_full_name(text[s:e]) or (
                    post[0][0] in _SCENE_AFTER or post[0][0] == "in" and len(post) > 1
                    and post[1][0] in ("a", "an", "his", "her", "their")) and not re.match(r"\s*[,(]\s*(?:who|\d)", after)):
                # "Jo Fox, at a news conference,"; "Jo Fox, which set off ..." (a person's name: the clause is of
                # something else): no description
                post, found = [], []
            if post and (((post[0][0].endswith(("ed", "ing")) or post[0][0] in _PAST_VERBS) and "-" not in post[0][0]
                          and post[0][0] not in _TITLE_PARTICIPLES and not any(f[0] == 0 for f in found))
                         or post[0][0] in ("and", "or", "but", "to")):
                # (1.18: nor an infinitive, "a deadline for the city's top official, Tan Wei-ling, to meet the
                # protesters")
                post, found = [], []
        else:
            found = []
        appos = self._best(found, lambda f: f[0])
        if appos is not None:
            appos = appos[0], f"role word {appos[1]} in the apposition after the name"
            if not secondary:
                return appos
        near = pre[-_PRE_WORDS:]
        near = near[_clause_start(near):]
        comma = before.rfind(",", cut)
        lead = _words(before[cut:cut + 20])[:1]  # the first word of the sentence
        if comma >= 0 and not re.match(r"\s*[,(]", after) and lead and lead[0][0] in _INTRO_WORDS \
                and not self._find(_words(before[comma + 1:])):
            # "In the TV interview, Jo Fox said": an introductory phrase, not the name's description
            near = [w for w in near if cut + w[1] > comma]
        if near and near[-1][0] in _PREPOSITIONS and not before[cut + near[-1][2]:].strip():
            near = []  # the name is the object of a preposition ("live-streamed at the mosque to Facebook")
        for k in range(len(near) - 1, 0, -1):
            # a past verb between a role word and the name makes the name its object ("Prime Minister Jo Fox on
            # Thursday praised Ann Lee's courage"; not "a man named Jo Fox", "the injured officer")
            w = near[k][0]
            if w.endswith("ed") and "-" not in w and w not in _NAMING_VERBS and w not in self._first \
                    and w not in self._in_phrases and before[cut + near[k][1]].islower():
                near = near[k + 1:]
                break
        # a verb phrase before the name has the name for its object ("the gunman opened fire at the Pulse club")
        # and a role word before such a verb is its subject ("the man opened fire at the Pulse club")
        found = [f for f in self._find(near) if f[3] not in _SPEAKER_ONLY]
        # a possessive role word before a common noun is no title ("went to a doctor's appointment, Jo Fox said"; not
        # "CNN's Jo Fox", "the FBI's special agent")
        # (of a phrase, its last word: "Al Jazeera's Jo Fox", not "Al Jazeera's coverage")
        found = [f for f in found if not (near[f[0] - f[1] - 1][0].endswith(("'s", "s'"))
                                          and f[3].split()[-1] != near[f[0] - f[1] - 1][0]
                                          and f[0] - f[1] < len(near) and near[f[0] - f[1]][0] not in self._first
                                          and before[cut + near[f[0] - f[1]][1]].islower())]
        # a role word naming the medium of the words is no title ("In a Facebook post, Jo Fox", "In a CNN interview,
        # Jo Fox"): the word after it is a post, an interview or a statement
        found = [f for f in found if not (f[0] - f[1] < len(near) and near[f[0] - f[1]][0] in _MEDIUM_NOUNS)]
        # a platform name in a run of share buttons is no title ("Facebook Twitter Pinterest Jo Fox waves", a photo
        # caption's widget; not "Facebook spokesman Jo Fox"): another platform name follows it (sources 1.14)
        found = [f for f in found if not (f[0] - f[1] < len(near) and near[f[0] - f[1]][0] in _SHARE_BUTTONS
                                          and not before[cut + near[f[0] - f[1] - 1][2]:
                                                         cut + near[f[0] - f[1]][1]].strip())]
        verbs = [f[0] - f[1] for f in found if f[1] <= -2 and _is_verb(f[3].split()[0])]
        if verbs:
            found = [f for f in found if f[0] >= max(verbs)]
        if appos is not None:  # a relative clause or a former role after the name: only a title right before it
            found = [f for f in found if f[0] - f[1] == len(near) and f[2] not in _NOT_BODIES]
            if not found:
                return appos
        got = self._best(found, lambda f: len(near) - (f[0] - f[1]))
        if got is not None:
            # "a man named as Jo Fox was arrested": a role phrase right after the name says more than "man"
            owner = self._owner_of_head(text, got[1], found, near, before, cut)
            if owner is not None:
                return owner
            if got[1].strip("'") in _GENERIC_PEOPLE:
                phrase = self._phrase_after(after)
                if phrase is not None:
                    return phrase[0], f"{phrase[1]} (more than {got[1]} just before the name)"
            return got[0], f"role word {got[1]} just before the name"
        # "The suspect, who was taken into custody, has been named as X", "One of those taking part was X"
        low = [w for w, _, _ in pre[-2:]]
        if low and (low[-1] in ("is", "was") or low in (["named", "as"], ["identified", "as"])):
            # a relative clause belongs to the subject ("The suspect, who was held, ...")
            subject = pre[_clause_start(pre, relative=False):][:-1 if low[-1] != "as" else -3]
            got = self._best(self._find(subject), lambda f: len(subject) - (f[0] - f[1]))
            if got is not None:
                return got[0], f"role word {got[1]} in the subject of '... {' '.join(low[-2:])}' before the name"
        return self._phrase_after(after)

    def _owner_of_head(self, text: str, rule: str, found: list[tuple[int, int, str, str]],
                       near: list[tuple[str, int, int]], before: str, cut: int) -> tuple[str, str] | None:
        """A spokesman with no body after a name ("Ann Lee spokesman Jo Fox", "Lee's spokeswoman Jo Fox"): the type
        of the person it speaks for, when typed (not public or victim); else no decision."""
        head = rule.strip("'")
        if rule != repr(head) or head not in _SPOKES:
            return None
        k = max((f[0] for f in found if f[3] == head), default=0)
        if k == 0 or near[k - 1][0] in self._first:
            return None
        w = near[k - 1]
        owner = before[cut + w[1]:cut + w[2]]
        owner = owner[:-2] if owner.endswith(("'s", "’s")) else owner
        if not owner[:1].isupper() or owner in self._busy or owner.lower() in _OPENERS:
            return None
        self._busy.add(owner)
        try:
            typ, _ = self._classify(text, owner, -1, -1, kin=False)
        finally:
            self._busy.discard(owner)
        if typ in (UNKNOWN, *_NOT_BODIES):
            return None
        return typ, f"role word {rule} of {owner!r}, typed {typ}"

    def _phrase_after(self, after: str) -> tuple[str, str] | None:
        """"X opened fire", "X was shot": a role phrase of two or more words right after the name."""
        first = _FIRST_WORD_RE.match(after)
        if first and first.group(1).lower() in self._multi_first:
            for f in self._find(_words(after[:60])[:4]):
                if f[0] == 0 and f[1] <= -2:
                    return f[2], f"role phrase {f[3]!r} right after the name"
        return None


@lru_cache(maxsize=256)
def _classify_memo(types: SourceTypes, text: str, speaker: str, start: int, end: int) -> tuple[str, str]:
    return types._classify(text, speaker, start, end)


@lru_cache(maxsize=256)
def _around_memo(types: SourceTypes, text: str, s: int, e: int) -> tuple[str, str] | None:
    """:meth:`SourceTypes._around`, kept for the last few hundred mentions (one article asks about each several times)."""
    return types._around(text, s, e)


# capitalised words that open a sentence before a name ("But Trump said", "No, ...", "When Obama ...")
_OPENERS = frozenset("""but and or no yes so yet then when while as if in on at after before now still also
    meanwhile however here there this that the a an of for with by from to instead later earlier some many most
    all few several other others former even what why how who
    could would should can did does do is are was were has have had might must like unlike despite although
    though because since unless whether where which during under over about against among between into upon
    amid""".split())  # "But Donald Trump", "Could Barr win?", "Like Obama, she ..." ("May" and "Will" are names)
# an acronym with a full stop ends a sentence before a name: "... at HHS. Sebelius said" (titles are "Sen.", "Gov.")
_ACRONYM_STOP_RE = re.compile(r"[A-Z]{2,}\.")
_HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend".split())
# military and police ranks before a surname ("Admiral Kirby", "Major Hasan"): canonical_name looks past them for the
# full name, as past an honorific
_RANKS = frozenset("admiral adm gen colonel col major maj captain capt lieutenant lt sergeant sgt commander cmdr "
                   "corporal cpl pvt rear".split())  # not "general" ("General Motors", "General Counsel")
_NAME_PREFIXES = _HONORIFICS | _RANKS
# (1.18) a university's name as the whole speaker: "Elm State University", "The University of Oldtown"
_UNIVERSITY_RE = re.compile(r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w&.'’-]*\s+){1,4}University|University\s+of"
                            r"(?:\s+[A-Z][\w'’-]*){1,3})")
# a body that speaks for itself ("the university said") but, around a person's name, is where they work or study ("Jo
# Fox, who teaches at the University of Oldtown"): read in the speaker only
_SPEAKER_ONLY = frozenset({"the university", "the college", "the city", "the county",
                           # (1.16) a court and the prosecution speak for themselves ("the appeals court said"), but
                           # near a name they are where a case is heard ("Jo Fox, whose case went to the Supreme Court")
                           "court", "courts", "high court", "supreme court", "appeals court", "appellate court",
                           "district court", "federal court", "court of appeals", "prosecution"})
# (sources 1.14) a newspaper by its masthead: "the Elmland Daily", "Daily Ledger's Jo Fox", "the Oldtown daily" (not "a
# daily tracking poll", "Jo Fox, who walks daily,")
_DAILY_RE = re.compile(r"\bDaily\b|\b[Dd]aily\Z")
# "IS" in capitals is the Islamic State ("an IS spokesman"); a news account or channel written as one word ("TOLOnews",
# "SkyNews", "ABCNews", "NewsNation")
_IS_RE = re.compile(r"(?<![\w.-])IS(?![\w.-])")
_NEWS_ACCOUNT_RE = re.compile(r"[A-Z][A-Za-z0-9]*(?:News|news|NEWS|TV)(?:[A-Z][a-z]+)?|News[A-Z][a-z]+")
# a preposition before a country named as the speaker: a place ("people across Turkey"), not its government (the
# countries, sources.yaml's ``states``: "France said it sent troops", "the U.S. said")
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|across|from|of|at|around|throughout|Air)\s+(?:the\s+)?$")
# relatives named by no pronoun ("Relatives said"): the side of the nearest typed perpetrator or victim before them
_BARE_KIN = frozenset({"relatives", "family members", "the family", "a relative", "one relative"})
_MEDIUM_NOUNS = frozenset("post posts page account video message messages status interview interviews statement "
                          "broadcast appearance live story feed".split())
_SHARE_BUTTONS = frozenset("twitter pinterest whatsapp linkedin email".split())
_CAPS_NAME_RE = re.compile(r"[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3}")
# prepositions after the head of a description ("experts in the law enforcement community", "residents near the
# station"): the head, not the place or body after them, says who speaks
_HEAD_PREPOSITIONS = frozenset("in from near inside outside across around".split())
# hurt: the adjectives that make a role word's bearer a victim ("an injured officer")
_HURT = frozenset({"injured", "wounded"})
_NAME_WORD = r"[A-Z][\w'’-]*"


# a full mention ("Sadiq Khan") is made of these characters only, so it never crosses any other
_NOT_IN_NAMES = re.compile(r"[^\w'’.\- ]")


_HARM_RE = re.compile(r"\b(?:killed|kill|killing|victims?|died|dead|deaths?|shot|wounded|injured|murder(?:ed)?|slain|"
                      r"stabbed|beheaded|beheading|abducted|kidnapped)\b", re.IGNORECASE)


def _harm_before(text: str, s: int) -> bool:
    """Whether the article tells of a death or an injury in the 1,000 characters before ``s`` (or in its first 500:
    the lead of the story).

    >>> _harm_before("Two people were killed on Friday. His wife, Jo Fox, said", 42), _harm_before("His wife, Jo", 10)
    (True, False)
    """
    return _HARM_RE.search(text, max(0, s - 1000), s) is not None or _HARM_RE.search(text, 0, min(s, 500)) is not None


@lru_cache(maxsize=64)
def _name_run_breaks(text: str) -> list[int]:
    """Offsets of the characters no run of names can contain (commas, quotes, line ends...): one scan per text."""
    return [m.start() for m in _NOT_IN_NAMES.finditer(text)]


def _occurrences(text: str, word: str, limit: int) -> list[int]:
    """Starts of the first ``limit`` non-overlapping occurrences of ``word`` in ``text`` (as ``re.finditer`` of
    the escaped word finds them, without compiling a pattern per word).

    >>> _occurrences("aaaa", "aa", 3), _occurrences("Khan and Khan", "Khan", 1)
    ([0, 2], [0])
    """
    out: list[int] = []
    k = text.find(word) if word else -1
    while k >= 0 and len(out) < limit:
        out.append(k)
        k = text.find(word, k + len(word))
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t]*$")


def _alone(text: str, surname: str, limit: int, titles: bool = False) -> list[int]:
    """Starts of the first ``limit`` mentions of ``surname`` as a whole word that no capitalised word precedes
    (a surname on its own, not part of another person's name; sentence-initial counts); with ``titles``, also
    after a capitalised title or role word ("President Trump", "Gov. Haley").

    >>> t = "Mike Pence spoke. Karen Pence smiled. Pence, the vice president, left."
    >>> [t[k:k + 20] for k in _alone(t, "Pence", 3)]
    ['Pence, the vice pres']
    >>> t = "Mike Pence spoke. Vice President Pence left."
    >>> [t[k - 10:k + 5] for k in _alone(t, "Pence", 3, titles=True)]
    ['President Pence']
    """
    out: list[int] = []
    k = text.find(surname)
    while k >= 0 and len(out) < limit:
        e = k + len(surname)
        whole = (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "'’-")) and (
            e == len(text) or not (text[e].isalnum() or text[e] in "-"))
        if whole:
            prev = _WORD_BEFORE.search(text, max(0, k - 40), k)
            if prev is None or not prev.group(1)[:1].isupper() or text[max(0, k - 3):k].strip().endswith((".", "!", "?")) \
                    or (titles and _title_end([prev.group(1)]) == 1):
                out.append(k)
        k = text.find(surname, e)
    return out


_UNIT_RE = re.compile(r"[A-Z][\w'’-]{0,3}\.|[A-Z][\w'’-]*")  # one word of a run of names (see _match_at)
_BOUNDARY_RE = re.compile(r"\b")


def _surname_pattern(surname: str) -> re.Pattern:
    """``(1 to 4 capitalised words) surname``: the pattern :func:`_full_mentions` finds the matches of (without
    compiling it; kept as its definition and for the tests, which compare the two)."""
    # a period only after an initial or abbreviation ("J.", "Sen.", "Capt."): "Entebbe Airport. Netanyahu" is no name
    return re.compile(rf"((?:(?:[A-Z][\w'’-]{{0,3}}\.|{_NAME_WORD}) ){{1,4}}){re.escape(surname)}\b")


def _match_at(text: str, p: int, hi: int, surname: str) -> int:
    """End of group 1 of :func:`_surname_pattern`'s match at ``p`` in ``text[:hi]``, or -1 when there is none.

    The pattern's words contain no space and each is followed by one, so the match at ``p`` splits into the
    space-separated words from ``p``; its greedy ``{1,4}`` takes the most words (up to 4) after which the
    surname and a word boundary follow, provided every word before matches a unit (:data:`_UNIT_RE`).
    """
    best, q = -1, p
    for _ in range(4):
        sp = text.find(" ", q, hi)
        if sp < 0 or not _UNIT_RE.fullmatch(text, q, sp):
            break
        q = sp + 1
        e = q + len(surname)
        if e <= hi and text.startswith(surname, q) and _BOUNDARY_RE.match(text, e, hi):
            best = q
    return best


def _surname_runs(text: str, surname: str) -> list[tuple[int, int]]:
    """The runs of name characters (between two characters :data:`_NOT_IN_NAMES` matches) that hold ``surname``.

    >>> t = "Mr Khan, Sadiq Khan and Khan."
    >>> [t[a:b] for a, b in _surname_runs(t, "Khan")]
    ['Mr Khan', ' Sadiq Khan and Khan.']
    """
    breaks = _name_run_breaks(text)
    runs: list[tuple[int, int]] = []
    k = text.find(surname)
    while k >= 0:
        i = bisect_right(breaks, k)
        run = (breaks[i - 1] + 1 if i else 0, breaks[i] if i < len(breaks) else len(text))
        if not runs or runs[-1] != run:
            runs.append(run)
        k = text.find(surname, run[1])
    return runs


def _full_mentions(text: str, surname: str) -> list[tuple[int, str]]:
    """``(start, group 1)`` of the matches of ``(1 to 4 capitalised words) surname`` (:func:`_surname_pattern`)
    in ``text``, as ``re.finditer`` over the whole text finds them.

    Only the runs of name characters (between two characters :data:`_NOT_IN_NAMES` matches) that
    hold the surname are searched: a match never crosses such a character, so the matches are the
    same, found without trying a pattern at every capital letter of the article. In a run, each
    capital letter is a possible start, tried left to right past the last match (:func:`_match_at`),
    which gives finditer's matches without compiling a pattern per surname (0.3 ms each, and a corpus
    has thousands of surnames).

    >>> _full_mentions("Sen. Pat Toomey agreed, Toomey said. Mr. Toomey", "Toomey")
    [(0, 'Sen. Pat '), (37, 'Mr. ')]
    """
    out = []
    for lo, hi in _surname_runs(text, surname):
        p = lo
        nxt = text.find(surname, lo, hi)  # the first occurrence a match starting at a capital may end in
        for m in _CAPITAL_RE.finditer(text, lo, hi):
            c = m.start()
            if c < p:
                continue
            if nxt < c + 2:
                nxt = text.find(surname, c + 2, hi)
                if nxt < 0:
                    break  # no occurrence left after "X ": no match from here on
            if text.count(" ", c, nxt) > 4:
                continue  # more than four words before the next occurrence (and any later one)
            q = _match_at(text, c, hi, surname)
            if q >= 0:
                out.append((c, text[c:q]))
                p = q + len(surname)
    return out


_CAPITAL_RE = re.compile("[A-Z]")


def _state_not_surname(text: str, speaker: str) -> bool:
    """(round 38) The country ``speaker`` is no person's surname in ``text``: no fuller mention ending in it, or the
    fuller mention opens with no common first name ("Agence France-Presse", "Air France" are no person; "Sheriff
    Scott Israel" is, and "Israel said" is then his).

    >>> _state_not_surname("Agence France-Presse reported it. France said it sent troops.", "France")
    True
    >>> _state_not_surname("Sheriff Scott Israel spoke. Israel said it was over.", "Israel")
    False
    """
    full = canonical_name(text, speaker)
    if full == speaker:
        return True
    # (imported late: coverage.quotes is not needed by the rest of this module)
    from .quotes import _first_name_gender

    return not _first_name_gender(full)


@lru_cache(maxsize=512)
def canonical_name(text: str, speaker: str) -> str:
    """The fullest name of the person ``speaker`` ("Mr Khan", "Khan") refers to in ``text``.

    Runs of capitalised words ending in the speaker's surname, without honorifics, role words
    and possessives before them ("Sadiq Khan" in "London Mayor Sadiq Khan"); the commonest such
    full name, then the shortest. ``speaker`` unchanged when it is not a name (or a surname with
    an honorific) or no fuller mention exists.

    >>> canonical_name("London Mayor Sadiq Khan spoke. Mr Khan said he was proud.", "Mr Khan")
    'Sadiq Khan'
    >>> canonical_name("A woman said so.", "a woman")
    'a woman'
    >>> canonical_name("Sen. Pat Toomey agreed. Toomey said so.", "Toomey")
    'Pat Toomey'
    """
    words = speaker.split()
    if not words or not all(re.fullmatch(_NAME_WORD + r"\.?", w) for w in words):
        return speaker
    surname = words[-1]
    if len(words) > 1 and words[0].lower().rstrip(".") not in _NAME_PREFIXES:
        return speaker
    seen: dict[str, int] = {}
    for c, group in _full_mentions(text, surname):
        while c >= 2 and text[c - 1] == "." and text[c - 2].isupper() and (c == 2 or not text[c - 3].isalnum()):
            c -= 2  # dotted initials the match started inside: "H.R. McMaster" (it starts at "R")
            group = text[c:c + 2] + group
        parts = group.split()
        parts = parts[_title_end(parts, caps_label=not surname.isupper()):]
        if parts:
            name = " ".join([*parts, surname])
            seen[name] = seen.get(name, 0) + 1
    if not seen:
        return speaker
    return min(seen, key=lambda n: (-seen[n], len(n), n))  # the commonest full form, then the shortest


def _title_end(parts: list[str], *, caps_label: bool = False) -> int:
    """Where the name starts in a run of capitalised words before a surname: after the last honorific, role word
    or phrase, possessive, sentence opener or acronym ending a sentence ("HHS.").

    >>> _title_end("Attorney General William".split()), _title_end("But Donald".split()), _title_end(["Sadiq"])
    (2, 1, 0)

    With ``caps_label`` (the surname is not in capitals) a word in capitals is a page label before the name
    ("MUST WATCH Melania" -> "Melania"), not a first name ("AMY GOODMAN" keeps "AMY": its surname is in capitals).

    >>> _title_end("MUST WATCH Melania".split(), caps_label=True), _title_end(["AMY"])
    (2, 0)
    """
    roles = _default_types()._first
    low = [w.lower().rstrip(".") for w in parts]
    cut = 0
    for k, w in enumerate(low):
        if w in _NAME_PREFIXES or parts[k].endswith(("'s", "’s")) or (k == 0 and w in _OPENERS) \
                or _ACRONYM_STOP_RE.fullmatch(parts[k]) or (caps_label and len(w) > 1 and parts[k].isupper()
                                                            and parts[k].isalpha()):
            cut = k + 1
        for phrase, _, _ in roles.get(w, ()):  # longest first
            if tuple(low[k:k + len(phrase)]) == phrase:
                cut = max(cut, k + len(phrase))
                break
    return cut


_AFTER_SURNAME_RE = re.compile(r"\b(?!['’-]?\w)")
_CAP_WORD_RE = re.compile(r"[A-Z][a-z]+")


def _lower_run_start(text: str, end: int) -> int:
    """Start of the capitalised word ``[A-Z][a-z]+`` ending at ``end`` (ASCII, as the name pattern), or -1."""
    k = end
    while k > 0 and "a" <= text[k - 1] <= "z":
        k -= 1
    return k - 1 if k < end and k > 0 and "A" <= text[k - 1] <= "Z" else -1


def _free_before(text: str, start: int) -> bool:
    """No word character, apostrophe, period or hyphen right before ``start`` (the name pattern's lookbehind)."""
    if start == 0:
        return True
    ch = text[start - 1]
    return not (ch.isalnum() or ch in "_'’.-")


def _cap_words_before(text: str, surname: str):
    r"""The one or two capitalised words (with their spaces) before each whole-word mention of ``surname``, in order:
    the ``group(1)`` of ``re.finditer(r"(?<![\w'’.-])((?:[A-Z][a-z]+ ){1,2})" + re.escape(surname) +
    r"\b(?!['’-]?\w)", text)``, found with ``str.find`` instead of a pattern compiled per surname.

    >>> list(_cap_words_before("Esteban Santiago, the suspect. Bo Santiago said. Santiago's", "Santiago"))
    ['Esteban ', 'Bo ']
    >>> list(_cap_words_before("Ann Lee Lee. McAnn Lee", "Lee"))  # greedy, as the pattern; no word inside a word
    ['Ann Lee ']
    """
    n = len(surname)
    last_end = 0
    p = text.find(surname)
    while p >= 0:
        if text[p - 1:p] == " " and _AFTER_SURNAME_RE.match(text, p + n):
            s1 = _lower_run_start(text, p - 1)
            s2 = _lower_run_start(text, s1 - 1) if s1 > 0 and text[s1 - 1] == " " else -1
            start = next((c for c in (s2, s1) if c >= last_end and c >= 0 and _free_before(text, c)), -1)
            if start >= 0:
                end = p
                if start == s1 and _CAP_WORD_RE.fullmatch(surname) and text.startswith(" " + surname, p + n) \
                        and _AFTER_SURNAME_RE.match(text, p + 2 * n + 1):
                    end = p + n + 1  # "Ann Lee Lee": the pattern takes two words when the surname is one and repeats
                yield text[start:end]
                last_end = end + n
                p = text.find(surname, last_end)
                continue
        p = text.find(surname, p + 1)


def _is_full_name(person: str) -> bool:
    """Two or more capitalised words, the first no honorific or opener ("Amber Rudd", not "Mr Khan", "Police")."""
    words = person.split()
    return (len(words) >= 2 and all(re.fullmatch(_NAME_WORD + r"\.?", w) for w in words)
            and words[0].lower().rstrip(".") not in _HONORIFICS and words[0].lower() not in _OPENERS)


def corpus_types(quotes: pd.DataFrame, sources: SourceTypes | None = None) -> pd.DataFrame:
    """Give a named person without a role word the type their other quotes in the table have.

    A quote whose ``source_type`` is ``unknown`` and whose ``person`` is a full name ("Hillary
    Clinton", not "Mr Trump" or "Police") takes the commonest type of the same person's typed
    quotes in ``quotes`` (ties: the order of ``sources.types``); ``source_rule`` says so. The
    table is one corpus: a person named with a role word in one article ("Secretary of State
    Hillary Clinton") is typed in the articles that name her without one. The result does not
    depend on the row order.

    >>> q = pd.DataFrame({"person": ["Ann Lee", "Ann Lee", "Ann Lee", "Bo Ray"],
    ...                   "source_type": ["official", "unknown", "official", "unknown"],
    ...                   "source_rule": ["role word 'minister' ...", "no role word near 'Ann Lee'", "...", "..."]})
    >>> corpus_types(q)[["source_type", "source_rule"]].iloc[[1, 3]].values.tolist()
    [['official', "'Ann Lee' is typed official in 2 other quotes of the corpus (of 2 typed)"], ['unknown', '...']]
    """
    sources = sources or SourceTypes.default()
    if quotes.empty:
        return quotes
    names = quotes["person"].astype(str)
    typ = quotes["source_type"].astype(str)
    is_full = {n: _is_full_name(n) for n in set(names.tolist())}  # once per distinct name
    full = names.map(is_full)
    known = full & (typ != UNKNOWN)
    if not known.any():
        return quotes
    order = {t: k for k, t in enumerate(sources.types)}
    counts: dict[str, dict[str, int]] = {}  # person -> type -> typed quotes
    for person, t in zip(names[known].tolist(), typ[known].tolist(), strict=True):
        per = counts.setdefault(person, {})
        per[t] = per.get(t, 0) + 1
    best: dict[str, tuple[str, int, int]] = {}
    for person, per in counts.items():
        top = min(per, key=lambda t: (-per[t], order.get(t, len(order)), t))
        best[person] = (top, per[top], sum(per.values()))
    fill = full & (typ == UNKNOWN) & names.isin(list(best))
    if not fill.any():
        return quotes
    out = quotes.copy()
    got = [best[n] for n in names[fill]]
    out.loc[fill, "source_type"] = [t for t, _, _ in got]
    out.loc[fill, "source_rule"] = [f"{n!r} is typed {t} in {k} other quote{'s' if k != 1 else ''} of the corpus "
                                    f"(of {m} typed)" for n, (t, k, m) in zip(names[fill], got, strict=True)]
    return out


@lru_cache(maxsize=1)
def _default_types() -> SourceTypes:
    data, digest = load_packaged_yaml("sources.yaml")
    return SourceTypes(spec=data, source="sources.yaml", sha256=digest)


# ---------------------------------------------------------------------------------------
# per-outlet tables

def _check_quotes(quotes: pd.DataFrame) -> None:
    need = {"article_id", "outlet", "speaker", "source_type", "words"}
    missing = need - set(quotes.columns)
    if missing:
        raise ParameterError(f"the quotes table lacks column(s) {sorted(missing)}; pass Analysis.quotes")


def source_shares(quotes: pd.DataFrame, articles: pd.DataFrame, *, types: Sequence[str] = (), n_boot: int = 2000,
                  seed: int = 0, confidence: float = 0.95, labels: Mapping[str, str] | None = None,
                  top: int = 3) -> pd.DataFrame:
    """Each outlet's share of quotes and of quoted words by source type, with bootstrap CIs.

    Parameters
    ----------
    quotes : DataFrame
        One row per quote (:attr:`Analysis.quotes`): ``article_id, outlet, speaker, source_type, words``.
    articles : DataFrame
        ``article_id, outlet`` of every article (articles without quotes count: they are units
        of the bootstrap with nothing in them).
    types : sequence of str
        Types to report, in order (default: those in ``quotes``, sorted); every outlet gets a
        row for each (share 0 when it never quotes that type).
    n_boot, seed, confidence
        Percentile bootstrap over the outlet's articles (its quotes when it has one article:
        ``ci_basis == "quotes"``), seeded per outlet and type.
    labels : mapping, optional
        Readable label of each type (column ``label``).
    top : int, default 3
        Speakers named in ``top_speakers`` ("Amber Rudd (3), Sadiq Khan (2)").

    Returns
    -------
    DataFrame
        ``outlet, source_type, label, n_quotes, share, share_low, share_high, words, word_share,
        word_share_low, word_share_high, quotes_total, ci_basis, top_speakers``; sorted by outlet
        and the order of ``types``.

    Examples
    --------
    >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "outlet": ["X", "X", "X"],
    ...                   "speaker": ["Police", "Ann Lee", "Police"], "source_type": ["police", "public", "police"],
    ...                   "words": [10, 30, 10]})
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"]})
    >>> t = source_shares(q, arts, n_boot=200)
    >>> t[["source_type", "n_quotes", "share", "word_share", "top_speakers"]].round(3).values.tolist()
    [['police', 2, 0.667, 0.4, 'Police (2)'], ['public', 1, 0.333, 0.6, 'Ann Lee (1)']]
    """
    _check_quotes(quotes)
    labels = dict(labels or {})
    types = list(types) or sorted(set(quotes["source_type"]))
    arts = articles[["article_id", "outlet"]].drop_duplicates()
    ids_of = {o: set(g) for o, g in arts.groupby("outlet", sort=False)["article_id"]}
    # every count once: quotes and quoted words per outlet, article and type (the bootstrap units' numerators)
    counts = quotes.groupby(["outlet", "article_id", "source_type"], sort=True)["words"].agg(["size", "sum"])
    quotes_of = {o: q for o, q in quotes.groupby("outlet", sort=False)}
    who = "person" if "person" in quotes.columns else "speaker"
    named = quotes[quotes[who] != ""]
    tops_of = {}  # (outlet, type) -> "Name (n), ...": by quotes, then words, then name
    if len(named):
        ranked = (named.groupby(["outlet", "source_type", who], sort=True)["words"].agg(["size", "sum"]).reset_index()
                  .sort_values(["outlet", "source_type", "size", "sum", who], ascending=[True, True, False, False, True]))
        for (o, t), g in ranked.groupby(["outlet", "source_type"], sort=False):
            tops_of[(o, t)] = ", ".join(f"{getattr(r, who)} ({int(r.size)})" for r in g.head(top).itertuples(index=False))
    empty = quotes.iloc[:0]
    rows = []
    for outlet in sorted(set(arts["outlet"]) | set(quotes["outlet"])):
        q = quotes_of.get(outlet, empty)
        ids = sorted(ids_of.get(outlet, set()) | set(q["article_id"]))
        per_article = len(ids) >= 2
        if per_article:  # units: the outlet's articles (those without quotes count, with nothing in them)
            mine = counts.loc[outlet] if len(q) else counts.iloc[:0].droplevel(0)
            n_wide = mine["size"].unstack(fill_value=0).reindex(index=ids, columns=types, fill_value=0)
            w_wide = mine["sum"].unstack(fill_value=0).reindex(index=ids, columns=types, fill_value=0)
            den_n = mine["size"].groupby(level="article_id").sum().reindex(ids, fill_value=0).to_numpy()
            den_w = mine["sum"].groupby(level="article_id").sum().reindex(ids, fill_value=0).to_numpy()
        else:  # one article: its quotes are the units, in a canonical order
            order = q.sort_values(["article_id", "source_type", "speaker", "words"])
            kinds = order["source_type"].to_numpy()
            den_n = np.ones(len(order), dtype=int)
            den_w = order["words"].to_numpy()
        total_n, total_w = len(q), int(q["words"].sum())
        for typ in types:
            if per_article:
                num_n, num_w = n_wide[typ].to_numpy(), w_wide[typ].to_numpy()
            else:
                num_n = (kinds == typ).astype(int)
                num_w = np.where(kinds == typ, den_w, 0)
            s, slo, shi = _share(num_n, den_n, n_boot, confidence, cell_seed(seed, outlet, f"quotes:{typ}"))
            ws, wlo, whi = _share(num_w, den_w, n_boot, confidence, cell_seed(seed, outlet, f"words:{typ}"))
            rows.append({"outlet": outlet, "source_type": typ, "label": labels.get(typ, typ),
                         "n_quotes": int(num_n.sum()), "share": s, "share_low": slo, "share_high": shi,
                         "words": int(num_w.sum()), "word_share": ws, "word_share_low": wlo, "word_share_high": whi,
                         "quotes_total": total_n, "words_total": total_w,
                         "ci_basis": "articles" if per_article else "quotes",
                         "top_speakers": tops_of.get((outlet, typ), "")})
    cols = ["outlet", "source_type", "label", "n_quotes", "share", "share_low", "share_high", "words", "word_share",
            "word_share_low", "word_share_high", "quotes_total", "words_total", "ci_basis", "top_speakers"]
    return pd.DataFrame(rows, columns=cols)


def _share(num: np.ndarray, den: np.ndarray, n_boot: int, confidence: float,
           seed: Any) -> tuple[float, float, float]:
    if den.sum() <= 0:
        return float("nan"), float("nan"), float("nan")
    if len(den) < 2:
        return float(num.sum() / den.sum()), float("nan"), float("nan")
    return bootstrap_ratio_ci(num, den, n_resamples=n_boot, confidence=confidence, seed=seed)


def top_speakers(quotes: pd.DataFrame, n: int = 5) -> pd.DataFrame:
    """The ``n`` most quoted speakers of each outlet: ``outlet, rank, speaker, source_type, n_quotes, words, articles``.

    Ranked by quotes, then quoted words, then name; unattributed quotes are left out. With a
    ``person`` column (the fullest name, :func:`canonical_name`) a person's mentions count together.

    >>> q = pd.DataFrame({"article_id": ["a", "a", "b"], "outlet": ["X"] * 3, "speaker": ["Ann", "Bo", "Ann"],
    ...                   "source_type": ["public", "police", "public"], "words": [5, 9, 4]})
    >>> top_speakers(q).values.tolist()
    [['X', 1, 'Ann', 'public', 2, 9, 2], ['X', 2, 'Bo', 'police', 1, 9, 1]]
    """
    _check_quotes(quotes)
    q = quotes[quotes["speaker"] != ""]
    if "person" in q.columns:  # "Mr Khan" and "Sadiq Khan" are one speaker
        q = q.assign(speaker=q["person"].where(q["person"] != "", q["speaker"]))
    g = (q.groupby(["outlet", "speaker"], sort=True)
         .agg(n_quotes=("speaker", "size"), words=("words", "sum"), articles=("article_id", "nunique"))
         .reset_index())
    # each speaker's commonest type, ties to the first type by name (one sort, not a value_counts per speaker)
    typ = (q.groupby(["outlet", "speaker", "source_type"], sort=False).size().rename("k").reset_index()
           .sort_values(["outlet", "speaker", "k", "source_type"], ascending=[True, True, False, True], kind="stable")
           .drop_duplicates(["outlet", "speaker"]))
    g = g.merge(typ[["outlet", "speaker", "source_type"]], on=["outlet", "speaker"], how="left", validate="1:1")
    g = g.sort_values(["outlet", "n_quotes", "words", "speaker"], ascending=[True, False, False, True])
    g["rank"] = g.groupby("outlet").cumcount() + 1
    g = g[g["rank"] <= n]
    cols = ["outlet", "rank", "speaker", "source_type", "n_quotes", "words", "articles"]
    return g[cols].astype({"n_quotes": "int64", "words": "int64", "articles": "int64"}).reset_index(drop=True)
