"""Rule-based quote extraction: who is quoted, saying what (no model).

:func:`extract_quotes` finds

* **direct** quotes: words between quotation marks (straight ``"``, curly
  ``“ ”``, guillemets, two apostrophes ``''`` as in New York Times plain text, and
  single curly ``‘ ’`` when they are quotation marks rather than apostrophes). A
  quote that runs over several paragraphs, each paragraph opening a quote mark and
  only the last closing it, is one quote.
* **indirect** quotes (reported speech): ``X said (that) ...``, ``X told Sky
  News (that) ...``, ``according to X, ...``, ``..., X said.``, ``..., said X, a
  spokesman.``, ``A, X said, B.``, ``X called for / accused / criticized ...``,
  ``asked whether ...`` and headline ``Name: claim``.

Every quote carries the speaker mention (a name, with role titles such as
"Home Secretary" dropped; a description such as "a young woman" or "the
Metropolitan Police"; a pronoun resolved to the last compatible named speaker
earlier in the article) and the cue ("said", "told", "according to").

Choices
-------
Rule families, in the order they are tried:

* Quote marks: one linear scan; a straight ``"`` or ``''`` toggles, curly marks
  open/close; ``’`` between letters is an apostrophe.
* Direct-quote attribution: a cue within the quote's sentence (at most 250
  characters either side): before it (``X said:``, ``he told the Standard:``,
  ``saying:``), after it (``, X said``, ``said X, a spokesman``, ``he added``);
  a paragraph-opening quote may take its cue from a previous paragraph ending in a
  colon ("He said:"); a headline ``Name: “...”`` gets the cue ":" (a description only when it opens the
  sentence: not "... around the country: “...”"); a cue word used as a noun ("a promise to “...”", "her
  own tweet:") is no cue. Next to a quote a
  few more verbs are cues (concluded, chanted, shouted, mused, barked, -ing forms:
  :data:`_DIRECT_CUES`). A period after a title or initial ("Mr.", "Sen.", "J.",
  "(D-N.Y.)") ends no attribution. A quote that closes its sentence takes its cue
  from the next one when that is a bare attribution (``“...?” Todd asked.``, ``“...”
  Smith said on Monday.``; not ``Smith said the plan ...``). ``“...,” saying ...``
  is no inverted cue. After the quote, lower-case role words may stand before the
  name (``Sanders campaign manager Jeff Weaver said``), and an inverted cue may
  follow other words (``“...” in 2008, said professor Paul Beck``).
* Interrupted quotes: ``“A,” she said. “B.”`` (same paragraph, the second quote
  has no cue of its own, under 120 characters between them) is **one quote** from
  A to B whose text includes the attribution; this counts one statement once and
  matches how PolNeAR annotates it (one Content, two pieces).
* Direct quote without a cue: kept when it has 4+ words, opens a paragraph or
  stands in the first line (headline); short scare quotes without a cue are
  dropped. Mid-sentence, its speaker is the sentence subject when the sentence
  opens with a name or pronoun (``Canova wrote to his followers, “...”``; cue
  left empty). A paragraph-opening quote without a cue inherits the speaker of
  the previous quote (direct or reported, under 400 characters and 4 line
  breaks back; cue left empty).
* Mixed forms: a reported clause that contains a short direct quote
  (``said Londoners would "pull together"``) is **one indirect quote**; the
  direct quote inside it is dropped, unless its own speaker and verb stand in the clause right
  before it, a comma or colon between (``The man shouted, “...,” before ..., police said.``,
  ``shouted “...”``; not a chant nor a participle): it is then also a direct quote of its own
  (hard case 9 of ``benchmarks/QUOTES_LABELS.md``).
* Reported clause after the cue (:data:`SPEECH_CUES` minus describe/comment/ask/
  write/tweet ...): adverbials and prepositional phrases between cue and clause
  are skipped (``said on Monday in a statement that ...``); ``told``/``urged``/
  ``warned``/``informed``... skip their object (``told reporters the ...``). The
  clause runs from ``that`` (or the first content word) to the sentence end;
  ``said there had been ...`` and ``said no decision was made`` are clauses (``said
  there``, ``said no to`` are not).
  Cue words that are often nouns (claim, report, note ...) are no cue after a
  determiner or possessive; "state(s)" is never a cue (but "“...,” the report states."). No cue word right
  after an article, demonstrative or possessive determiner, modifiers between, is a verb ("the only question
  is", "a signal that", "This suggests", "A 2013 report"); "(all of) which is to say" is no speech event;
  "the opinions expressed in ..." is no stance. "All" opening a sentence is no name ("All of them said").
* "that"-only cues (write, tweet, agree, show, find, suggest, conclude ...):
  report a clause only with an explicit ``that``.
* Nested: a sentence-final attribution after a comma (``..., Lee said (on Monday).``, ``..., according to
  the report.``, ``..., reports say.``, ``..., law enforcement sources told Fox News.``) is the outer one and
  wins over the sentence's earlier cue: ``A reported that B, Lee said.`` is Lee's quote ``A reported that B``; ``A called C, the station revealed.`` is
  the station's; also after a quote that closes before the tail (``A stated that B "C," the affidavit
  states.``, ``... “C”, according to the report.``: "states"/"reads" only here; "the report" is no cue).
* Reports nested in a reported clause (hard case 8 of ``benchmarks/QUOTES_LABELS.md``): the content of a
  clause cue (said, told, reported, according to ...) is looked at again like a sentence, two levels deep,
  and every inner report with its own speaker and a speech verb is a quote of its own inside the outer one
  (``Police said Smith admits he ...``: Police's ``Smith admits he ...`` and Smith's ``he ...``; in the
  example above, A's ``B``). Not inner reports: participles (``..., adding that``), verbs after "to" or a
  modal, speech acts with an object; a cue after "and" is the outer speaker's. ``quoted X as saying ...``
  is one quote whose speaker is X. A content that is a sentence of its own (its cue after it, ``..., Reuters
  reported.``, or "according to") is looked at with the wider cues of a sentence: its own subject speaks its
  speech acts, "asked", participles and verbs after "and" (``According to one account, the gunman asked
  ...``; ``The mayor called it a "..." ..., Reuters reported.``); in any content, ``with X saying ...`` is X's.
* Postposed: ``CLAUSE, police said (on Tuesday ...).``, also before a comma and
  "as"/"adding"/"but"... (``CLAUSE, lawmakers said Friday, as they ...``), and inverted
  ``CLAUSE, said Jane Lee, a spokeswoman.``: the clause before the comma. A name
  right after an inverted cue wins over a mention found back past commas (``A, but
  for some, B, said Lee.``).
* Parenthetical: ``A, she said, B.``: the whole sentence is the report (also when words the mention
  leaves out stand after the comma: ``In several cases, tech executives say, B``).
* "according to X": ``According to X, CLAUSE`` (also after a colon or dash), ``CLAUSE, according to
  X``, ``CLAUSE according to X`` (no comma) and ``A, according to X, B`` (the whole sentence);
  ``But (,) according to X, CLAUSE`` opens the sentence too. A quote or quoted fragment with no cue of its own
  before or after it, then a comma and "according to X" (``The crash "involved two vans," according to the
  report.``), is X's (round 38).
* Polls with "in": ``In the latest CBS poll, CLAUSE`` and ``CLAUSE in the latest CBS poll (released ...)``
  (not after "though"/"despite"..., not "in the polls"); the cue is "in", the source the poll phrase.
* ``As X (has) reported, CLAUSE`` and ``As reported by X, CLAUSE``: the clause after the comma.
* Evidence: ``a poll shows/found X leading``, ``..., the survey found.``: show/find/indicate/suggest
  report without "that" right after an evidence noun (poll, survey, study, analysis, data, emails ...)
  or with a poll noun further back in the subject (``New polls released Sunday showed ...``).
  "that"-only cues also report postposed: ``CLAUSE, the Post has learned.``
* Speech acts with an object (call for, accuse, criticize, endorse, defend,
  praise, blame, urge, cite, describe ...): the object to the sentence end, only with an
  explicit active subject (not after "was"/"were" or a determiner; "describe" not
  before "by"/"as"); an -ing form after a comma takes the sentence subject
  (``Mayor X withdrew the bill, citing the cost``). Stances (support, oppose, back, favor) and
  "expressed" are reported the same way ("support"/"favor" only as verbs: after a pronoun, modal, "to",
  negation or plural noun, not before "for"/"of"/"among"...); so are "talked/spoke about|of",
  "pointed out|to", "declined/refused to (comment ...)", "agreed to/with" and requests ``asked X to
  do Y``. Such a weak cue yields to a relative clause with a speech verb in its object (``backed Ted
  Moss, who said ...``).
* Questions: ``(When) asked whether/if/why/how/about ...``: the question up to the
  next comma; the speaker is the subject when the asker is named.
* Headline / transcript ``Name: claim`` (a paragraph opening with capitalised
  words and a colon; a single word only in the first line or in capitals, ``TAPPER: ...``; not a photo
  caption ending in ")"; not a list or table row, "Iowa: Ann Lee, Bo Park, Cy Ruiz"). Page furniture
  (:data:`_PAGE_LABELS`: "FILE PHOTO:", "SEE ALSO:", "EDITOR'S NOTE:", "JUST WATCHED X:") is no speaker; after
  a link or media label ("Photos: ...", "READ MORE: ...") the sentence gives no reported speech, after a note
  label ("UPDATE: Trump said ...") the text after the label is read as usual. After the first line (a transcript turn) the content runs on to the paragraph
  end, up to a sentence with a cue word or a quote.
* Broadcast transcripts (four capitalised turn labels or more from near the top, :func:`_transcript_turns`): a
  guest's or clip's turn (a label whose name the text writes in mixed case) is one direct row up to the next
  label, speaker the label, no cue, no rows inside it; a host's turn is narration.
* Mixed quotes (:func:`_mixed_fragments`): a quoted fragment after the reporter's own words with a verb
  (``The aim was "...," she said.``) or a quoted clause continued by unquoted words after its cue (``said "..."
  inside the hall``) is one indirect row for the whole clause.
* Speaker mentions: capitalised run before the cue with titles dropped; an
  appositive (``Zafir Malik, an imam ..., said``; ``Rep. Alan Grey (D-Ohio), who
  ..., said``; up to three comma segments) is skipped back to the name; time
  words and phrases (``on Saturday``, ``last week``, ``in the past``) between
  speaker and cue are skipped; descriptions back to a determiner; bare
  collectives ("police", "officials"); after an inverted cue the mention after it,
  role words skipped (``said former tech executive Carly Fiorina``); adverbs before
  the cue skipped (always, never, still, -ly words), and "in a statement/tweet" (``Barack Obama in a
  tweet called``). An appositive name after a description wins (``Daniel Stein's nephew, Steven
  Halle, said``, ``The FBI director, James Comey, said``, ``A survivor, Patience Carter, said``,
  ``said Florida's governor, Rick Scott``); so does a person before "of (the)"/"at" (``Sheriff Joseph
  Lombardo of the Las Vegas Police Department said``) or after the last role title of a run
  (``House Minority Whip Steny Hoyer``), or after lower-case role words (``CNN affiliate WCSC``). A
  description runs from the head of its noun phrase (``Organisers of the memorial``, ``A teenage boy
  who was at the vigil with his mother said``) and never ends in a preposition or possessive; "X's
  statement said" gives X (also "Arthur Evans' statement said": that apostrophe is no quote mark). A
  place after an organisation is no person ("The National Hospital in Colombo reported"); a bare opener
  before a description gives the description ("Another, a man who said ..., added"); a name particle
  may stand in a name after a title run ("Member of Parliament Harsha de Silva"). Months, weekdays and openers ("For instance", "Soon", "Last week") are no
  names. Without a mention before the
  cue, the sentence subject ("In a statement, Mr Jones praised them, saying ...";
  also for an infinitive cue: "took the stage to acknowledge ..."; a description that opens the
  sentence, "The manifesto ... used similar language, saying"; not a word of a quote that opens
  it; past an opening phrase: "Back in 1999, Mr. Trump ...", "In an interview with The Journal, Trump ...",
  "Noting ..., Tester added"; past a long opening quote; past an opening time phrase, "A few weeks back,
  Bowers ..."; a number adjective may open the description, "The 2,000-word text explains"; "A pupil
  named Sarah ..." gives the name; a possessive description before an appositive name gives the name,
  "Mateen’s ex-wife, Sitora Yusufiy, told ... but added"). The object of "issued a statement saying" is no
  speaker (the sender is); nor the object of "who spoke with X"; "47 percent said", "Six in 10 say" are;
  "according to early results of exit polls" gives the noun phrase; a sentence split after "(R-Ky.)" is
  joined; after a quote, "she elaborated" / "Viguerie notes" (any -ed/-es verb alone) is a cue. ``X, who said``
  / ``X, which said``: the mention is the relative pronoun (as PolNeAR marks it), the
  speaker its antecedent. Cue words that are also nouns (call, note, question,
  attack, praise, say ...) are no cue after a possessive or determiner or at the end
  of a singular description ("an impassioned call for", "the final say").
* Pronouns: he/she resolve to the last named speaker of compatible gender
  (gender known only from Mr/Ms/Mrs-type titles or an earlier pronoun), or to a
  person named as a sentence subject after that speaker's last mention (within 400
  characters; "Mr Bowers has posted ... On Saturday, he criticised ..."; a one-word
  subject only when it was a surname before; also "... was Faiz Nasir. He said");
  the person a pronoun resolves to is the last named speaker for the next pronoun. A common first name of one
  gender counts as the gender ("Nikki Haley" is no antecedent of "he"), and so does a person's own report ("Aponte
  said he ...": no antecedent of "she"; not for a surname two first names share); a definite description resolved
  to a name ("the police chief") is the last mention of that person, but not one with an ordinal ("The fourth
  woman": one more person). A description that introduces a new person ("Another woman", "One woman") is the
  antecedent of the next "she" even with a named speaker nearby; dotted initials speak ("S.C. said", a sentence
  split after them joined again) and are antecedents, a city's state ("Hempstead, N.Y.") is not; "She’s" is
  "she"; "You" is nobody. A speaker that is the tail of a capitalised name joined by "for", "of" or "on" takes its
  head ("United Nations High Commissioner for Refugees", not "Refugees"; round 47), and a title and its office
  before a person give the person ("Deputy Assistant Secretary for Diplomatic Security Charlene Lamb").
  When no named speaker lies within 600 characters, to the last person-like name in the
  300 characters before the pronoun (not a month, not right after "the"/"of"/"in"). A
  single collective word ("Witnesses") is no named antecedent. "they" resolves to the plural subject (a group
  noun, "Some Russian media", or "A and B") of its sentence or, when it opens it, of the sentence before, when
  that subject is no earlier than the last speaker; else to the last speaker of any kind;
  "it" (only right before a cue) to the last unnamed speaker (organisation,
  description) within 1,000 characters.
* Definite descriptions: a speaker "the X (Y)" takes an earlier, fuller mention: a name after the same
  words used as a title, up to 6,000 characters back ("the police chief" after "Police Chief Greg Mullen",
  "the president" after "President Donald Trump"; also the title abbreviated, "the police captain" after "Police
  Capt. Ed Rowan", or with an acronym, "the ELC president" after "ELC President Jeff Kolb", round 38; the person is
  then a named speaker for later pronouns),
  else the last noun phrase ending in the same noun with a capitalised modifier, up to 600 characters back
  ("the government" after "The U.K. government"). "the officials" / "the official" take an earlier speaker with the same noun and a fuller
  description ("German intelligence officials", "one of the officials"; a bare "officials" is no fuller);
  "the suspect" / "the gunman" / "the shooter" the full name the article gave such a noun before ("identified the
  suspect as X", "the suspect is X", "the gunman, X,", "suspect X"); "the president" is no "Vice President X";
  "the statement" / "the letter" its author: the speaker of the sentence that introduced "a statement"
  outside its quote, or the name after "In a (joint) statement,". A description left without a name
  ("the suspect's brother said", not a group, not "a"/"an") is the person the next speaker names for the
  first time right after (within 300 characters), with no description of their own or one with the same
  role noun ("But Karen Miller said ...", "spokesman Josh Earnest said"). A one-word speaker that never
  occurs before and spells the surname of an earlier full name with one letter added, dropped, changed or
  swapped ("Rhoades" after "Tara Rhodes") is that person. After "according to" or an inverted cue, a
  capitalised modifier before a group noun is kept ("according to German intelligence officials"). A
  participle after "X put out / released / issued a statement" in a second clause is X's ("..., but the
  family of X put out a statement saying ..."); the subject of "released a statement Saturday, saying:"
  before a quote in the next paragraph is looked for in the cue's own sentence. A dotted abbreviation before a capitalised word ends no attribution ("U.S. President
  Donald Trump tweeted"), nor one before a lower-case word, and a description runs across it ("a U.S. official
  said", "a U.N. experts' panel said"); a sentence split inside "(R-Ky.)," is joined.
* One reported clause per sentence (the first cue), except a second attribution with a
  subject of its own after a comma, semicolon or dash ("..., but she denied that ...",
  "..., while others say ...", "...; 46 percent said ..."): the clause is cut there and the
  second one reported apart; also after an opening "After"/"When"/"Before"/"Once"/"Since"/"Because" clause ("After
  the mayor said A, Lee told reporters B"). Thoughts and intentions (:data:`THOUGHT_CUES`) are never cues.
* Speakers written without a cue: a quote signed with a dash and a full name at the line end
  ("“...” ― Jane Doe"), a quoted transcript turn ("“PENCE: Well, ...”", a name found elsewhere
  in the text); a quote right after one with a speaker (only a title quote between) keeps it, unless it
  opens a paragraph after a paragraph with no quote whose subject is another person ("His friend Josh came
  out ... / “...”": Josh). A quote in an embedded tweet (a paragraph ending in "— Name (@handle) May 4,
  2019") is the account holder's, unless a name in it has "said"/"told" of its own.
  Datelines ("WASHINGTON (Reuters) -") are no subjects; "Ryan's office said" and "Obama's former
  campaign strategist said" are mentions; "asked by X whether" gives the asker.
* Round 25 (fresh set 9): a name in apposition after a description ending in a place ("The bank's chief
  economist for Europe, Petra Lind, said"; not a place, "in Lyon, France,") or after role words ("her
  brother, college coach Tom Berg,"); an organisation after a bare role ("Tom Reed, commander, Arden
  Harbour Command,"); the name that opens a sentence before a participle phrase with commas of its own
  ("Ann Lee, detained on Friday after ... Salem, Ore., shop X, told"); an organisation and a role between
  commas ("Mike Reed, Arden Parks Office spokesman, told") and a possessive role before a name ("... in
  May, the club's coach, Ivo Berg, told") are appositives; "One who asked not to be named said"; "“...,” it quoted X as saying"; "released in a statement" after a quote; a bare
  plural subject after an opening phrase ("Near the end of the parade, fans sang ..., shouting");
  "X sent a message: “...”"; a second quote coordinated under one cue ('say “A” and “B”'); an outer
  "according to" that only relays a quote and its own cue is dropped ('“...,” the guard told police,
  according to the affidavit'); a quote opened inside a reported clause and closed after a sentence break
  in it joins the clause; "he"/"she" right after a quote of "the man"/"a woman" is that person, in
  "praised President X after he said" X (and the praise yields to his words); "they" after a single outlet
  ("Radio Arden reports local officials ... They said") the plural subject it reported; "our correspondent", "the
  station", "the network" the correspondent or broadcaster named before; "according to figures posted on
  the X website" X; "according to his page" after a clause opening with a full name that name; a noun
  phrase never runs across a sentence end (an indefinite one opening the next sentence is kept); "No
  group has said" reports nothing; the aged main name for "the suspect" may carry a suffix ("Walter Lee
  Pike II , 28,").
* Matching is linear: one scan over quote characters and one pass over the
  sentences; every look-ahead or look-back is bounded (at most 25 tokens or 250
  characters; a definite description's antecedent: a few ``str.rfind`` hits in 6,000 characters);
  regular expressions are simple token patterns.

Offsets refer to the text as given; pass text through
:func:`coverage.text.normalize_text` first when it may contain CR line ends.

Examples
--------
>>> q = extract_quotes('“We will not be divided,” Amber Rudd said.')[0]
>>> (q.text, q.kind, q.speaker, q.cue)
('We will not be divided', 'direct', 'Amber Rudd', 'said')
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import attrgetter, gt, itemgetter, sub
from typing import NamedTuple

from .text import paragraphs, segment

__all__ = ["Quote", "extract_quotes", "SPEECH_CUES", "THOUGHT_CUES"]

# Cue verbs of speech, as written (inflected forms). Source: the commonest Cue spans of
# PolNeAR's train split (said, says, told, wrote, added, asked, noted, reported, announced,
# argued, tweeted, ...) plus the reporting verbs of the Gender Gap Tracker's quote extractor
# documentation (claim, insist, warn, explain, ...), thought verbs left out (see THOUGHT_CUES).
SPEECH_CUES: frozenset[str] = frozenset(
    """say says said saying tell tells told telling add adds added adding write writes wrote
    writing ask asks asked note notes noted noting report reports reported announce announces
    announced argue argues argued tweet tweets tweeted explain explains explained declare
    declares declared claim claims claimed insist insists insisted warn warns warned stated
    stating suggest suggests suggested acknowledge acknowledges acknowledged admit admits
    admitted confirm confirms confirmed continue continues continued reply replies replied
    recall recalls recalled urge urges urged describe describes described comment comments
    commented remark remarks remarked reveal reveals revealed stress stresses stressed predict
    predicts predicted deny denies denied maintain maintains maintained estimate estimates
    estimated promise promises promised vow vows vowed concede concedes conceded respond responds
    responded contend contends contended assert asserts asserted allege alleges alleged complain
    complains complained boast boasts boasted joke jokes joked quip quips quipped emphasize
    emphasizes emphasized emphasise emphasises emphasised hint hints hinted mention mentions
    mentioned disclose discloses disclosed reiterate reiterates reiterated counter counters
    countered caution cautions cautioned testify testifies testified inform informs informed assure
    assures assured remind reminds reminded advise advises advised""".split()
)

# Thought / intention verbs (used by the PolNeAR benchmark's "speech only" variant and never
# cues here). Chosen from PolNeAR train Cue spans that report a mental state rather than speech.
THOUGHT_CUES: frozenset[str] = frozenset(
    """believe believes believed think thinks thought want wants wanted hope hopes hoped fear
    fears feared feel feels felt know knows knew expect expects expected wish wishes wished
    worry worries worried seem seems seemed appear appears appeared see sees saw consider
    considers considered plan plans planned intend intends intended doubt doubts doubted
    suspect suspects suspected assume assumes assumed understand understands understood
    realize realizes realized realise realises realised""".split()
)

# further cues next to a direct quote only ("“...,” Carson concluded", "protesters chanted, “...”")
_DIRECT_CUES = SPEECH_CUES | frozenset(
    """conclude concludes concluded concluding chant chants chanted chanting shout shouts shouted
    shouting yell yells yelled lament laments lamented lamenting muse muses mused musing react reacts
    reacted answer answers answered retort retorts retorted exclaim exclaims exclaimed plead pleads
    pleaded observe observes observed scoff scoffs scoffed snap snaps snapped recount recounts
    recounted explaining arguing insisting remarking declaring noting adding asking telling warning
    claiming stressing replying responding joking quipping continuing barked vented fumed
    cried scream screams screamed""".split()
)
# cues that take an object before the content ("told Sky News that ...")
_ING_OBJECT = frozenset("warning informing reminding assuring advising".split())  # "warning voters that ..."
_OBJECT_CUES = frozenset(
    """tell tells told telling ask asks asked urge urges urged warn warns warned inform informs informed
    assure assures assured remind reminds reminded advise advises advised""".split()
) | _ING_OBJECT
# cues that introduce a reported clause (indirect speech); others only attribute direct quotes
_REPORT_CUES = SPEECH_CUES - frozenset(
    """describe describes described comment comments commented remark remarks remarked continue
    continues continued ask asks asked write writes wrote writing tweet tweets tweeted""".split()
)
# cues that report content only with an explicit "that" ("a poll showed that ...")
_THAT_CUES = frozenset(
    """show shows showed shown find finds found indicate indicates indicated write writes wrote writing
    tweet tweets tweeted agree agrees agreed learn learns learned signal signals signaled signalled
    suggest suggests suggested conclude concludes concluded""".split()
) | frozenset(
    # progressive and participial forms of speech verbs, cues only before "that" (after "be", a comma, "and", "by"
    # ... or opening the sentence, see _ING_BEFORE): "is warning voters that ...", "..., claiming that ..."
    """claiming arguing warning stressing insisting confirming announcing explaining declaring acknowledging
    admitting asserting alleging complaining emphasizing emphasising predicting denying maintaining promising
    vowing conceding contending reiterating cautioning revealing disclosing boasting hinting suggesting
    informing reminding assuring advising reporting""".split()
)
_ING_CUES = frozenset(w for w in _THAT_CUES if w.endswith("ing"))
# participles that report a clause without "that" after a comma ("..., arguing he didn't want to ...") when a subject
# and a finite verb follow (see _bare_clause)
_ING_CLAUSE_CUES = frozenset("""claiming arguing insisting contending asserting alleging acknowledging admitting
    predicting warning stressing conceding suggesting maintaining""".split())
_FINITE = frozenset("""is are was were would will could can should might may must has have had does did do isn't wasn't
    aren't weren't won't wouldn't can't couldn't hasn't hadn't doesn't didn't don't isn’t wasn’t aren’t weren’t won’t
    wouldn’t can’t couldn’t hasn’t hadn’t doesn’t didn’t don’t""".split())
_SUBJECT_PRONOUNS = frozenset("he she they we i it there".split())
_ASIDE_OPENERS = frozenset("if when once unless win in however though".split())  # "said, if elected, ..."
_TAIL_OPENERS = frozenset("as in while when after before during".split())  # "..., X said as he left."
_PRONOUN_BE = frozenset("he's she's he’s she’s they're they’re".split())  # contracted "is"/"are"
_ING_BEFORE = frozenset(""", is are was were be been being am and also repeatedly publicly again still now by after
    while even — – already""".split())

_PRONOUNS = {"he": "m", "she": "f", "they": "p", "i": "", "we": "", "him": "m", "her": "f"}
_DETERMINERS = frozenset(
    "a an the one two three some many several another his her their its our this that these those".split()
)
# bare plural/collective nouns that can be a speaker without a determiner ("police said")
_COLLECTIVE = frozenset(
    """police officials witnesses authorities sources investigators prosecutors organisers
    organizers residents experts analysts critics supporters aides officers doctors protesters
    campaigners reporters scientists researchers people media""".split()
)
# role titles dropped from the front of a name ("Home Secretary Amber Rudd" -> "Amber Rudd")
_TITLES = frozenset(
    """home foreign prime minister secretary president vice mayor deputy chief commissioner
    senator sen sen. rep rep. representative gov gov. governor chancellor leader chairman chair
    director spokesman spokeswoman spokesperson imam bishop archbishop rabbi pastor sheikh
    inspector superintendent constable pc detective sergeant officer mp former candidate
    republican democratic democrat presidential judge justice general gen attorney speaker
    metropolitan met assistant acting first lady labour tory conservative executive ceo whip minority majority
    member parliament mep congressman congresswoman councillor councilman ambassador sheriff cardinal rt rev
    reverend charge""".split()
)
_ORG_WORDS = frozenset(
    """police association party ministry department office council committee campaign government
    news service times post press agency union league group institute university church team
    company bank court house senate congress commission foundation trust hotel hospital church mosque synagogue
    school center centre airport station club county""".split()
)
_MALE = frozenset("mr mr. sir lord king prince father brother".split())
_FEMALE = frozenset("ms ms. mrs mrs. miss lady queen princess mother sister dame".split())
# capitalised words that start a sentence but are no part of a name
_NOT_NAME = frozenset(
    """but and the however yesterday today on in at when after before as so then also meanwhile
    earlier later speaking asked if while although though because during one this that there it
    according now just for soon instance still yet thus indeed instead since until with without by
    despite following amid like unlike perhaps to having last much not that's that’s it's it’s even what
    whether all which could would should did does is was were has have had might must within next across among
    around inside outside beyond behind near through throughout toward towards upon against afterward afterwards
    initially eventually finally separately additionally furthermore moreover story highlights you your""".split()
)  # ("You may opt out at any time": round 46) the modals and auxiliaries open questions: "Could Trump win?", "Was Trump told?" ("Will", "May", "Can" are names)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
_TIME_NOUNS = frozenset("week weekend month year night morning evening afternoon past summer spring fall winter".split())
_TIME_BEFORE = frozenset("on last this early late earlier".split())  # "said on Monday, ...", "said late Sunday, ..."
_SKIP_BEFORE_CUE = frozenset(
    """also later then has have had previously earlier recently once further repeatedly publicly
    reportedly has had would will could again first simply just only always never still now often already
    even did does""".split()
)
# words after "said" that do not open a reported clause ("said here", "said nothing")
_NOT_CLAUSE = frozenset(
    """of so nothing no yes here there again today yesterday earlier later recently previously
    something anything everything much little goodbye hello thanks sorry last this""".split()
)
# "said there is/was ..." (a clause) vs "said there" (a place); "said no one ..." vs "said no to ..."
_THERE_VERBS = frozenset("""is was are were will would had has have could may might should must seems seemed
    appears appeared remains remained needs need""".split())
_NO_NOT_CLAUSE = frozenset("to and or comment comments one".split())
# "CLAUSE, lawmakers said Friday, as they ...": words after the comma that follows a postposed cue
_AFTER_POSTPOSED = frozenset("as adding but and while although though because which who in noting".split())
_COLON_DASH = frozenset(":—–;")
# words between a cue and its clause ("said Thursday in a statement that")
_ADVERBIAL = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later
    recently previously again also publicly privately repeatedly last this next week month year
    morning afternoon evening night weekend ago once then afterward afterwards late early""".split()
)
_PREPS = frozenset("in on at during after before to via with from over by for through".split())
_PREP_OBJECTS = frozenset("reporters supporters television twitter facebook radio interviews condition".split())
_MEANS_OBJECTS = frozenset("phone telephone video email e-mail".split())  # "by phone", "via video chat" (not "to phone")
_CLAUSE_START = frozenset("he she they it we i there his her their its this these those".split())
# cue words that are often nouns: not a cue after a determiner or possessive ("the report")
_PARTY_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")  # "R-Ky", "D-N.Y" (the token before its last period)
_APPOSITIVE_START = frozenset(
    "a an the one two his her their its who whose which whom himself herself also now".split())
_NOUNISH = frozenset(
    """report reports claim claims note notes comment comments estimate estimates promise promises
    vow vows remark remarks tweet tweets stress warn add""".split()
)
# past participles used as adjectives after a determiner ("an estimated 1.5 million", "the alleged gunman", "a noted
# historian"): skipped there like the nouns above, but no noun cues (see _noun_cue)
_ADJ_PARTICIPLES = frozenset(
    "estimated alleged reported stated confirmed declared promised predicted suggested admitted noted".split())
# cue words that are also nouns: "an impassioned call for", "a cautious note", "the final say"
_NOUN_OR_ADJ = _NOUNISH | _ADJ_PARTICIPLES
_NOUN_CUES = _NOUNISH | frozenset(
    """call calls question questions attack attacks praise say demand demands pledge pledges challenge
    challenges welcome answer threat threats blast slam""".split()
)


_QUANTIFIERS = frozenset("whom who which that many some most all both few others several staff people".split())
# a cue word right after an article or a demonstrative is a noun or an adjective, never a verb ("the report said",
# "a signal that", "an added urgency", "the tweeted text"), also with modifiers between ("the only question is",
# "the recently announced probe"); "this"/"these" before a verb are no speaker either ("This suggests that ...").
# Not "that" (a relative pronoun: "a poll that shows"); possessives are left to _noun_cue and _NOUN_SKIP.
_ARTICLES = frozenset("a an the this these those".split())
_NP_MODIFIERS = frozenset("only first last next latest earlier often much most long oft so-called".split())
_ARTICLES_MODS = _ARTICLES | _NP_MODIFIERS


def _np_word(word: str) -> bool:
    """``word`` (lower case) may stand right before a noun of a noun phrase: an article, a modifier, a number
    or an -ly word (the cheap first test of :func:`_after_article`)."""
    return word in _ARTICLES_MODS or word.isdigit() or word.endswith("ly")


def _after_article_toks(toks: list[_Tok], j: int) -> bool:
    """:func:`_after_article` on tokens (lower-cased only when the word before may be an article or modifier)."""
    if j == 0 or not _np_word(toks[j - 1].text.lower()):
        return False
    return _after_article([t.text.lower() for t in toks[max(0, j - 4):j + 1]], min(j, 4))


def _after_article(lows: list[str], j: int) -> bool:
    """``lows[j]`` follows an article or determiner, up to three modifiers between (see :data:`_ARTICLES`).

    >>> _after_article("the only question is".split(), 2), _after_article("the agency said".split(), 2)
    (True, False)
    """
    if j == 0 or not _np_word(lows[j - 1]):
        return False
    p = j - 1
    while p >= 0 and j - p <= 3 and (lows[p] in _NP_MODIFIERS or lows[p].isdigit() or (
            len(lows[p]) > 4 and lows[p].endswith("ly") and lows[p].isalpha())):  # "the only", "A 2013 report"
        p -= 1
    return p >= 0 and lows[p] in _ARTICLES


def _noun_cue(toks: list[_Tok], lows: list[str], j: int, ment: _Mention | None) -> bool:
    """The cue word ``toks[j]`` is a noun: after a possessive, or ending a description that is no plural."""
    if lows[j] not in _NOUN_CUES or j == 0:
        return False
    p = lows[j - 1]
    if p.endswith(("'s", "’s")) or p in _DETERMINERS:
        return True
    if p == "." and j > 2 and _DOTTED_RE.fullmatch(toks[j - 2].text) and (
            lows[j - 3] in _DETERMINERS or lows[j - 3].endswith(("'s", "’s"))):
        return True  # (round 46) "the I.P.C.C. report said", "Wednesday’s I.P.C.C. report": the noun
    if j + 2 < len(lows) and lows[j + 2] == "by" and lows[j + 1] in _BY_PARTICIPLES:
        return True  # (round 39) "a status report obtained by the Elm Herald says": the noun, its verb later
    # (a plural subject's "say" after a description that ends in a singular noun: "sources close to her campaign say
    # she ...", "9 percent say they ...": a verb; the noun "say" follows a determiner or a possessive)
    return (lows[j] != "say" and ment is not None and not ment.pronoun and not ment.named
            and ment.end == toks[j - 1].end and toks[j - 1].text.islower() and not p.endswith("s")
            and p not in _COLLECTIVE and p not in _QUANTIFIERS and ment.start < toks[j - 1].start)


# (round 39) participles after a document noun naming who has it ("a report obtained by", "a memo seen by")
_BY_PARTICIPLES = frozenset("obtained seen reviewed released published issued compiled prepared filed leaked".split())
# ... of which only these name who holds it, not its author ("a statement released by the city": the city's)
_HELD_BY = frozenset("obtained seen reviewed".split())
_HELD_DOC_NOUNS = frozenset("""report reports memo memos document documents letter email emails statement assessment
    analysis bulletin cable cables records file files note notes draft audit""".split())
# speech acts whose object is the content ("accused him of lying", "called for a recount")
_ACT_CUES = frozenset(
    """call calls called calling accuse accuses accused criticize criticizes criticized criticise
    criticises criticised endorse endorses endorsed defend defends defended propose proposes proposed
    praise praises praised blame blames blamed denounce denounces denounced condemn condemns
    condemned attack attacks attacked slam slams slammed dismiss dismisses dismissed reject rejects
    rejected demand demands demanded recommend recommends recommended pledge pledges pledged
    threaten threatens threatened tout touts touted mock mocks mocked blast blasts blasted decry
    decries decried hail hails hailed thank thanks thanked welcome welcomes welcomed question
    questions questioned challenge challenges challenged describe describes described cite cites cited
    citing describing accusing blaming criticizing criticising denouncing praising discuss discusses discussed
    discussing""".split()
)
# stances ("supported the bill", "oppose the tax") and "expressed concern ...": reported like speech acts
_STANCE_VERBS = frozenset("""support supports supported supporting oppose opposes opposed opposing backed backing favor
    favors favored express expresses expressed expressing""".split())
_ACT_CUES = _ACT_CUES | _STANCE_VERBS
# speech acts only before a given word: "talked about [content]", "pointed out that ...", "declined to comment ..."
_PREP_ACTS: dict[str, frozenset[str]] = {
    **dict.fromkeys("talk talks talked talking spoke speaking".split(), frozenset(["about", "of"])),
    **dict.fromkeys("point points pointed pointing".split(), frozenset(["out", "to"])),
    **dict.fromkeys("decline declines declined declining refuse refuses refused refusing".split(), frozenset(["to"])),
    # "refer to X as Y" (as "describe X as Y"; see _REFER)
    **dict.fromkeys("refer refers referred referring".split(), frozenset(["to"])),
}
_ACT_CUES = _ACT_CUES | frozenset(_PREP_ACTS)
# "Police identified the gunman as Ann Lee", "The group named the attacker as ...": like "describe X as Y" (the
# scheme's "identified / named X as Y"), a cue only with "as" after its object (not "named a new coach")
_AS_ACTS = frozenset("identify identifies identified identifying name names named naming".split())
_ACT_CUES = _ACT_CUES | _AS_ACTS
# agentless passives reported like "describe X as Y" with no speaker (see _indirect)
_PASSIVE_AS = frozenset("identified described accused remembered".split())
_BE = frozenset("is are was were be been being".split())  # "was criticized": passive, no speaker here
_PASSIVE_BE = _BE - {"be"}
_PASSIVE_ADVERBS = frozenset("later now also since first initially officially previously widely".split())


def _as_act(toks: list, lows: list[str], j: int, end: int) -> bool:
    """``lows[j]`` ("identified", "named") is the cue of "identified X as Y" ("Police identified the gunman as Ann
    Lee", "The group named the attacker as ..."): "as" after the object (not "such as", "as long as"), the
    object not a reflexive (a self-description: "voters identifying themselves as moderates") and, for "named",
    a definite or pronoun object (not an appointment: "named Tom Reed as its new coach"); not "a man named Ed",
    "named after", "Sgt. Name Ward", a participle without a comma, a negated or infinitive verb ("did not
    identify him as"), nor before a postposed cue ("Prints identified him as Ed Lee, a source told AFP": the
    source speaks).

    >>> _as_act(None, "police identified the gunman as ann lee".split(), 1, 7)
    True
    >>> _as_act(None, "they named tom reed as coach".split(), 1, 6)
    False
    """
    a = next((x for x in range(j + 2, min(end - 1, j + 12)) if lows[x] == "as"), 0)
    if not a or lows[a - 1] == "such" or lows[a + 1] in _AS_IDIOM or lows[j + 1] in _NOT_AFTER_STANCE \
            or lows[j + 1] in _REFLEXIVES or (toks is not None and _is_cap(toks[j])) or _postposed_cue(lows, j + 2, end):
        return False
    if j and (lows[j - 1] in _TO_NOT or lows[j - 1] in _MODALS) or (lows[j].endswith("ing") and lows[j - 1] != ","):
        return False
    return not lows[j].startswith("nam") or (lows[j + 1] in _NAMED_OBJECTS and a <= j + 5)


_AS_IDIOM = frozenset("long well soon much far many if though".split())  # "as long as", "as well as"
_REFLEXIVES = frozenset("himself herself themselves itself myself ourselves yourself".split())
_NAMED_OBJECTS = frozenset("the him her them".split())  # "named the attacker as ...", "named him as ..."


def _and_said(lows: list[str], a: int, end: int) -> int:
    """Index of "and" before a second speech verb of the same subject in ``lows[a:end]`` ("... as Ed Lee and said
    he had fled"), outside a quote mark, or 0.

    >>> _and_said("the man as ed lee and said he fled".split(), 2, 8)
    5
    """
    q = 0
    for x in range(a, end - 2):
        q += lows[x] in _QUOTE_TOKS
        if lows[x] == "and" and lows[x + 1] in _REPORT_CUES and not q % 2:
            return x
    return 0


def _postposed_cue(lows: list[str], a: int, end: int) -> bool:
    """A comma from ``a`` on followed by a speech cue among the last four tokens before ``end`` (a postposed
    attribution: "..., a source close to the inquiry told AFP.").

    >>> _postposed_cue("the man as ed lee , a source told afp .".split(), 0, 11)
    True
    >>> _postposed_cue("the man as ed lee and said he fled .".split(), 0, 10)
    False
    >>> _postposed_cue("the man as ed lee , and said he fled .".split(), 0, 11)
    False
    """
    for x in range(max(a, end - 4), end):
        if lows[x] in _REPORT_CUES and "," in lows[max(a, x - 8):x]:
            c = max(y for y in range(max(a, x - 8), x) if lows[y] == ",")
            return "and" not in lows[c + 1:x] and "but" not in lows[c + 1:x]  # (not "..., and said he fled")
    return False


# "describe" among _ACT_CUES: no cue before "by" (passive), "as" ("what he described as") or a preposition
# (and the stance verbs: "supported by", "opposed in ...")
_STANCE = frozenset("""describe describes described support supports supported supporting oppose opposes opposed
    opposing backed backing favor favors favored expressed""".split())  # "the opinions expressed in/by ..."
_DISCUSS = frozenset("discuss discusses discussed discussing".split())
_ING_ACTS = frozenset("describing accusing blaming criticizing criticising denouncing praising discussing".split())
_WH_WORDS = frozenset("what which who whom that".split())  # "the notes that they wrote, ...": no cue of a clause
_ING_ACT_AFTER = frozenset("and also while".split())
_REFER = frozenset("refer refers referred referring".split())
_TITLE_CASE_SMALL = frozenset("a an the and or of in on at to for by with as from but".split())  # lower in headlines
_NOT_AFTER_STANCE = frozenset("by in as at during when on from until since".split())
# "support" / "favor" are often nouns ("financial support for", "in favor of"): a verb only after a subject pronoun,
# a modal, "to", a negation or a plural noun ("voters support"), and not before a noun's complement
_VERB_NOUN_STANCE = frozenset("support favor".split())
_STANCE_BEFORE = frozenset("""to will would could should might may must can cannot not never also still strongly they we i
    you who don't didn't doesn't won't wouldn't don’t didn’t doesn’t won’t wouldn’t did do does all both""".split())
_STANCE_NOT_PLURAL = frozenset("its his this was is has grassroots percent us as".split())
# "to attack", "has not talked about": the subject is further back
_TO_NOT = frozenset("to not n't didn't doesn't don't won't hasn't haven't didn’t doesn’t don’t won’t hasn’t haven’t".split())
# "agreed to / with ...": the agreement is the content (other "agree" cues need "that")
_AGREE = frozenset("agree agrees agreed".split())
_AGREE_NEXT = frozenset("to with".split())
_AGREE_NEXT_RE = re.compile(r"[\s_]+(?:to|with)(?![a-z])")
# stances and the speech acts above: a reported clause later in the sentence is preferred
_WEAK_ACTS = _STANCE_VERBS | frozenset(_PREP_ACTS)


def _relative_speech(lows: list[str], a: int, b: int) -> bool:
    """``lows[a:b]`` holds a relative clause with a speech verb ("..., who said ...", "which reported ...").

    >>> _relative_speech("backed ted moss , who later said the vote".split(), 1, 9)
    True
    """
    for i in range(a, b - 1):
        if lows[i] in ("who", "which") and any(lows[x] in _REPORT_CUES for x in range(i + 1, min(b, i + 4))):
            return True
    return False


def _subordinate_speech(lows: list[str], a: int, b: int) -> bool:
    """``lows[a:b]`` holds "after/when/because he (or she) said ..." within its first ten words ("thanked Mayor
    Ivo Lund after he said ...": his words, not the thanks)."""
    for i in range(a, min(b - 2, a + 10)):
        if lows[i] in _SPEECH_WHEN and lows[i + 1] in ("he", "she") and any(
                lows[x] in _REPORT_CUES for x in range(i + 2, min(b, i + 4))):
            return True
    return False


_SPEECH_WHEN = frozenset("after when because since as".split())


# "claimed responsibility / credit": a claim of an act, no statement (QUOTES_LABELS.md)
_CLAIM_WORDS = frozenset("claim claims claimed claiming".split())
_CLAIM_OBJECTS = frozenset("responsibility credit".split())
# a hedge without a speaker: "is said to have fled", "was reported to be", "were confirmed killed"
_HEDGE_PARTICIPLES = frozenset("said reported estimated alleged rumored rumoured confirmed claimed".split())
_HEDGE_NEXT = frozenset("to dead killed injured wounded missing".split())
_HEDGE_INFINITIVES = frozenset("be have".split())
# (round 34) a place or a time after a passive "was reported": an event noticed ("a fire was reported at a shop")
_EVENT_PLACE_NEXT = frozenset(["at", "in", "on", "near", "outside", "inside", "around", "across", "along", "", "."])
_REDUCED_HEDGES = frozenset("said rumored rumoured estimated alleged".split())  # (not "he claimed to be": active)
_PERFECT = frozenset("has have had also already".split())
_HEDGE_SKIP = frozenset("then also now widely later initially first still".split())
# a negated cue reports no statement: "did not say whether", "have not yet confirmed", "would not reveal"
_NEGATIONS = frozenset({"not", "n't", "never", "cannot"}) | frozenset(
    v for w in "didn't doesn't don't won't wouldn't hasn't haven't hadn't couldn't wasn't weren't isn't aren't".split()
    for v in (w, w.replace("'", "’")))  # each contraction with a straight and a curly apostrophe
_GESTURE_CUES = frozenset("express expresses expressed expressing declare declares declared announce announces announced".split())
_GESTURE_OBJECTS = frozenset("condolence condolences sympathy sympathies solidarity grief sorrow sadness mourning".split())
_BASE_CUES = frozenset(w for w in SPEECH_CUES if w + "s" in SPEECH_CUES or w + "es" in SPEECH_CUES)  # say, add, note
_SHOW_WORDS = frozenset("show shows showed shown".split())
_RECORD_NOUNS = frozenset("records record".split())
_QUOTE_CHARS = frozenset('"“”‘’\'')
_FOOTAGE_NOUNS = frozenset("video videos footage images pictures photos photographs bodycam dashcam".split())
_RESPOND_WORDS = frozenset("respond responds responded responding".split())
_ATTACK_NOUNS = frozenset("attack attacks".split())
_ATTACK_OBJECT_START = frozenset("a an the this these those his her him their them its our my your \" “ '".split())
_NEGATION_SKIP = frozenset("yet immediately publicly officially specifically directly also".split())
# only verbs of making known: "did not say when" / "did not explain why" report an evasion, kept (PolNeAR labels them)
_NEGATED_NO_CUE = frozenset("confirm confirms confirmed reveal reveals revealed".split())


_PAST_VERBS = frozenset("left went made took came got began gave won lost saw".split())


def _clause_next(lows: list[str], a: int, end: int) -> bool:
    """A subject of up to four words from ``lows[a]`` followed by a finite verb (a clause, not an appositive)."""
    for m in range(a + 1, min(end, a + 5)):
        if lows[m] in _FINITE or lows[m] in _PAST_VERBS or (m > a + 1 and lows[m].endswith("ed")):
            return True
        if not lows[m][:1].isalnum() or lows[m] in _CLAUSE_STOP:
            return False
    return False


def _bare_clause(toks: list[_Tok], lows: list[str], k: int, end: int) -> bool:
    """``toks[k:end]`` opens with a clause without "that": a subject pronoun before a word, or a noun phrase (a name or
    "the ...", up to five words, no comma) before a finite verb of :data:`_FINITE`.

    >>> t = "arguing he didn't want to tip the scales"
    >>> _bare_clause(*_tokens_lower(t, 0, len(t)), 1, 8)
    True
    >>> t = "arguing with the host on how it should be defined"
    >>> _bare_clause(*_tokens_lower(t, 0, len(t)), 1, 10)
    False
    """
    if k + 2 >= end:
        return False
    if lows[k] in _SUBJECT_PRONOUNS:
        return toks[k + 1].text[:1].isalpha() and lows[k + 1] not in _CLAUSE_STOP
    if not (lows[k] == "the" or _is_cap(toks[k])):
        return False
    for m in range(k + 1, min(end - 1, k + 7)):
        if lows[m] in _FINITE:
            return True
        if not toks[m].text[:1].isalnum() and toks[m].text not in "'’":
            return False
    return False


def _first_comma(toks: list[_Tok], j: int) -> int:
    """Index of the first comma among ``toks[1:j - 1]`` (``j - 1`` when there is none): where a subject that opens the
    sentence before the cue ``toks[j]`` may end."""
    c = 1
    while c < j - 1 and toks[c].text != ",":
        c += 1
    return c


def _apposed_subject(toks: list[_Tok], lows: list[str], j: int) -> bool:
    """The words before the cue ``toks[j]`` (after a comma) are a name and its apposition, no clause: "Christopher
    Harvey, a delegate from Houston, said the turmoil ...", "Jillian Chase, 27, a Tinder user, said ...", so the cue
    is not inverted (not "CLAUSE, said X"); also "said having X ..." (a gerund opens the content).

    >>> t = "Jillian Chase, 27, a Tinder user in New York, said the election would come up"
    >>> _apposed_subject(*_tokens_lower(t, 0, len(t)), 12)
    True
    >>> t = "The deal is a good one, said the spokesman"
    >>> _apposed_subject(*_tokens_lower(t, 0, len(t)), 7)
    False
    """
    if lows[j + 1].endswith("ing") and lows[j + 1] not in _ADVERBIAL:
        return True
    c = _first_comma(toks, j)
    if c >= j - 1 or c > 6 or not all(_is_cap(tk) or tk.text == "." for tk in toks[:c]):
        return False
    return lows[c + 1] in _APPOSITIVE_START or lows[c + 1].isdigit()


def _described_subject(toks: list[_Tok], lows: list[str], j: int) -> bool:
    """(round 42) The words before the cue ``toks[j]`` are a description and a name in apposition, no clause: "The
    Center's chief executive, Ann Lee, said Berry, Diaz and Knight would be honored" (not "CLAUSE, said Berry").

    >>> t = "The Center's chief executive, Ann Lee, said Berry, Diaz and Knight would be honored"
    >>> _described_subject(*_tokens_lower(t, 0, len(t)), 8)
    True
    >>> t = "The best part, Ann Lee, said Bo, was the food"
    >>> _described_subject(*_tokens_lower(t, 0, len(t)), 7)
    False
    """
    c = _first_comma(toks, j)
    return c <= 10 and c + 1 < j - 1 <= c + 5 and toks[j - 1].text == "," and (
            lows[0] in _ARTICLES or toks[0].text.endswith(("'s", "’s"))) \
            and (any(tk.text.endswith(("'s", "’s")) for tk in toks[:c]) or lows[c - 1] in _ROLE_WORDS
                 or lows[c - 1] in _TITLES) \
            and all(tk.text.isalpha() or tk.text.endswith(("'s", "’s")) or tk.text == "&" for tk in toks[:c]) \
            and not any(w in _ANY_CUE or w in _BE or w in _MODALS or w in _HAD_HAS for w in lows[:c]) \
            and all(_is_cap(tk) or tk.text == "." for tk in toks[c + 1:j - 1]) \
            and (m := _name_span(toks, c + 1, j - 1)) is not None and m.named


def _object_soon(lows: list[str], j: int, stop: int, objects: frozenset[str] | set[str]) -> bool:
    """Whether one of ``objects`` follows the cue ``lows[j]`` before ``stop``, a punctuation token or "that" (the cue's
    object, not the content of a statement): "expressed condolences", "declared a curfew"."""
    for x in range(j + 1, stop):
        if lows[x] in objects:
            return True
        if not lows[x][:1].isalnum() or lows[x] == "that":
            return False
    return False


def _no_speech_event(lows: list[str], j: int, end_tok: int) -> bool:
    """The cue word ``lows[j]`` reports no statement: a claim of responsibility, a passive hedge or a negated cue.

    >>> toks = "the group claimed responsibility for the blast".split()
    >>> _no_speech_event(toks, 2, len(toks))
    True
    >>> toks = "a letter said to be his was found".split()
    >>> _no_speech_event(toks, 2, len(toks))
    True
    >>> toks = "the driver is then said to have fled".split()
    >>> _no_speech_event(toks, 4, len(toks))
    True
    >>> toks = "police have not yet confirmed that he was armed".split()
    >>> _no_speech_event(toks, 4, len(toks))
    True
    >>> toks = "terror attacks in the capital left many dead".split()
    >>> _no_speech_event(toks, 1, len(toks))
    True
    >>> toks = "note that the times are local".split()
    >>> _no_speech_event(toks, 0, len(toks))
    True
    >>> toks = "he was out on bail , court records show".split()
    >>> _no_speech_event(toks, 8, len(toks))
    True
    >>> toks = "the mayor declared three days of mourning".split()
    >>> _no_speech_event(toks, 2, len(toks))
    True
    >>> toks = "a fire was reported at a shop on the main road".split()
    >>> _no_speech_event(toks, 3, len(toks))
    True
    >>> toks = "police said the driver had not been armed".split()
    >>> _no_speech_event(toks, 1, len(toks))
    False
    """
    w = lows[j]
    nxt = lows[j + 1] if j + 1 < end_tok else ""
    if j == 0 and w in _BASE_CUES:
        return True  # an imperative opening the sentence: "Note that ...", "Add this topic to ..."
    if w in _SHOW_WORDS and j and lows[j - 1] in _RECORD_NOUNS:
        return True  # data without an author: "court records show ..."
    if w in _SHOW_WORDS and j and lows[j - 1] in _FOOTAGE_NOUNS and not any(
            x in _ANY_CUE or x in _QUOTE_CHARS for x in lows[j + 1:end_tok]):
        # (round 37) pictures, not words: "Dashcam video showed the man running", "footage shows" (kept with words
        # inside: 'footage shows her as she shouts, "..."', 'shows men identified as ...', '..., officials said')
        return True
    if w in _RESPOND_WORDS and nxt == "to" and "comment" in lows[j + 2:min(end_tok, j + 7)] \
            and any(x.startswith(("request", "inquir", "enquir", "call", "message", "email", "e-mail"))
                    for x in lows[j + 2:min(end_tok, j + 6)]):
        return True  # (round 37) "did not respond to requests for comment": no words reported
    if w in _CLAIM_WORDS and nxt in _CLAIM_OBJECTS:
        return True
    if w in _REDUCED_HEDGES and nxt == "to" and j + 2 < end_tok and lows[j + 2] in _HEDGE_INFINITIVES \
            and (j == 0 or lows[j - 1] not in _PERFECT):  # (not "ISIS has claimed to have ...": active)
        return True  # "a document said to be ...", "a man reported to have ...": no speaker, with or without "is"
    if w in _HEDGE_PARTICIPLES and (nxt in _HEDGE_NEXT or nxt == "by"):
        i = j - 1
        while i > 0 and lows[i] in _HEDGE_SKIP:
            i -= 1
        if i >= 0 and lows[i] in _BE:
            return True
    if w == "reported" and nxt in _EVENT_PLACE_NEXT and "that" not in lows[j + 1:min(end_tok, j + 12)]:
        i = j - 1
        while i > 0 and lows[i] in _HEDGE_SKIP:
            i -= 1
        if i >= 1 and lows[i] in _BE:
            return True  # an event noticed, no statement: "a fire was reported at a shop", "shots were reported near"
    if w in _ATTACK_NOUNS and not (nxt in _ATTACK_OBJECT_START or nxt.endswith(("'s", "’s"))):
        # "attack(s)" is a speech act only with its object next ("attacks the press", "attack Smith's plan"): not
        # the noun ("terror attacks in Paris", "the Paris attack unfolded", "other attacks have been claimed")
        return True
    if w in _GESTURE_CUES and _object_soon(lows, j, min(end_tok, j + 7), _GESTURE_OBJECTS):
        return True  # a gesture, not a statement: "expressed condolences to", "declared three days of mourning"
    if lows[0] in _NO_SUBJECT and 1 <= j <= 5 and (lows[0] != "no" or lows[1].isalpha()) \
            and all(x.isalpha() for x in lows[1:j]):
        return True  # a negated subject: "No party has said it will back the bill", "Nobody claimed ..."
    if j >= 2 and lows[j - 1] == "to" and lows[j - 2] == "about":
        return True  # an act not yet done: "he was about to tweet that ..."
    if w in _ADD_WORDS and nxt == "up":
        return True  # "an account that didn't add up"
    if w in _DECLINE_WORDS and nxt == "to" and j + 2 < end_tok:
        if lows[j + 2] not in _DECLINE_SPEECH:
            return True  # an act, not a statement: "declined to name the suspect", "refused to stop"
    if w in _ATTACK_VERBS and _ATTACK_SPEECH_MARKS.isdisjoint(lows[j + 1:end_tok]):
        return True  # a physical attack ("attacked a man", "attacked the airport"), not "attacked X as/for Y, '...'"
    if w in _CALL_WORDS and nxt in _CALL_NOT_SPEECH:
        return True  # a phrasal verb or a name: "called off the match", "called back the number", "calls itself X"
    if w in _ADJECTIVE_PARTICIPLES and j and lows[j - 1] in _BEFORE_ADJECTIVE:
        return True  # a participle before its noun: "an allusion to claimed ties", "the alleged plot"
    if w in _DECLARE_WORDS and _object_soon(lows, j, min(end_tok, j + 6), _DECLARED_ACTS):
        return True  # an act, not a statement: "declared a state of emergency", "declared a curfew"
    if w == "explain" and j and lows[j - 1] in _EXPLAIN_NOT_AFTER and nxt not in _QUESTION_WORDS:
        # "to explain the deal", "could explain the choice" (but "could not explain why ...": an evasion, kept)
        return True
    if w not in _NEGATED_NO_CUE:
        return False
    i = j - 1
    while i > 0 and lows[i] in _NEGATION_SKIP:
        i -= 1
    return i >= 0 and lows[i] in _NEGATIONS


_NO_SUBJECT = frozenset("no nobody none no-one".split())
_ADD_WORDS = frozenset("add adds added adding".split())
_DECLINE_WORDS = frozenset("decline declines declined declining refuse refuses refused refusing".split())
# the verbs after "declined to" that make a statement ("declined to comment on ...", "refused to discuss ...")
_DECLINE_SPEECH = frozenset(
    "comment discuss elaborate speculate confirm answer specify disclose respond say detail address".split())
_ATTACK_VERBS = frozenset("attack attacked".split())
# "attacked X as ...", "attacked X for ...", or a quote in the sentence: criticism; otherwise a physical attack
_ATTACK_SPEECH_MARKS = frozenset(["as", "for", '"', "“", "”", "‘", "’", "'", "saying", "calling"])
# "call" without speech: a phrasal verb ("called off", "called back", "called up") or a name ("calls itself")
_CALL_WORDS = frozenset("call calls called calling".split())
_CALL_NOT_SPEECH = frozenset("off back up itself themselves".split())
# participles used as adjectives after a determiner or preposition: "to claimed ties", "the alleged plot"
_ADJECTIVE_PARTICIPLES = frozenset("claimed alleged reported rumored rumoured".split())
_BEFORE_ADJECTIVE = frozenset("the a an to of for with its their his her this these those".split())
_DECLARE_WORDS = frozenset("declare declares declared declaring".split())
_DECLARED_ACTS = frozenset("emergency curfew disaster".split())
_EXPLAIN_NOT_AFTER = frozenset("to not could would can may might and did didn't".split())
_QUANTITY = frozenset("of no more much little any less".split())
_PREP_NEXT_RE = re.compile(r"[\s_]+(?:about|of|out|to)(?![a-z])")
_PREV_WORD_RE = re.compile(r"(\S+)\s+$")
_NOT_AFTER_NOUN_STANCE = frozenset("for of among from is was has have had that and across".split())
_NOUN_STANCE_NEXT_RE = re.compile(r"[\s_]*(?:" + "|".join(sorted(_NOT_AFTER_NOUN_STANCE)) + r")(?![a-z])")
_IS_WAS = frozenset("is was".split())
_IDIOM_SUBJECTS = frozenset("which this that all".split())  # "(all of) which is to say", "none of this is to say"
_ASK_CUES = frozenset("ask asks asked asking wonder wonders wondered".split())
_ASK_NOT_AFTER = frozenset("when if after being was were is are be been the a an his her their its".split())
_QUESTION_WORDS = frozenset("whether if why how what who when where which about".split())
_CONNECTORS = frozenset("of de da van von al bin le la du der".split())
_CLAUSE_STOP = frozenset("that and but who which because as when while if or so".split())
# unions used in loops, made once
_GENDERED = _MALE | _FEMALE
_CLAUSE_STOP_IN_ON_AT = _CLAUSE_STOP | {"in", "on", "at"}
_DETERMINERS_BE = _DETERMINERS | _BE
_ADVERBIAL_PREPS = _ADVERBIAL | _PREPS

# possessive quantifiers: same tokens (nothing follows that could make the engine backtrack), 10% faster
_TOKEN_RE = re.compile(r"[^\W_]++(?:[’'\-.][^\W_]++)*+|[^\w\s]")
_SPACED_TOKEN_RE = re.compile(r"\s*+(?:" + _TOKEN_RE.pattern + ")")  # a token and the white space before it
# four tokens or more: matched at a position that is no token's inside, as len(_TOKEN_RE.findall(...)) >= 4 (only
# white space and "_" lie between tokens), without finding all of them
_FOUR_TOKENS_RE = re.compile(r"(?:[\s_]*+(?:" + _TOKEN_RE.pattern + ")){4}")
_OPEN_DOUBLE = "“«„"
_CLOSE_DOUBLE = "”»"
_QUOTE_RE = re.compile("''|[“«„‘‚”»’\"]")
# the same matches as _QUOTE_RE (a quote character, or two apostrophes ''), written to open with a character
# set so that the regex engine skips to the next candidate in C (_QUOTE_RE's "''|[...]" is tried at every
# position): one character of the set, then a second apostrophe after an apostrophe and nothing after any other
_QUOTE_FAST_RE = re.compile("[“«„‘‚”»’\"'](?:(?<=')'|(?<!'))")
# the same without a "’" before a letter or digit ("Trump’s", "don’t"), which neither opens nor closes a quote
# (see _opens and _closes): the marks _mark_spans looks at
_MARK_RE = re.compile("[“«„‘‚”»’\"'](?:(?<=')'|(?<=’)(?![^\\W_])|(?<!['’]))")
_SENT_END = frozenset(".!?")
_ADVERB_ENDS = ("lly", "ntly", "ously", "edly", "ately", "ively", "arly", "ctly", "ckly", "ably", "ibly", "ssly",
                # "abruptly", "swiftly", "shortly", "briefly", "closely", "completely", "publicly", "openly", "firmly"
                "ptly", "ftly", "rtly", "efly", "sely", "tely", "licly", "enly", "rmly")
# abbreviations whose period ends no sentence ("Mr. Wehner said", "Sen. Cruz said")
_ABBREV = frozenset("""mr mrs ms dr sen rep gov gen lt col sgt st jr sr prof rev hon gov lt capt maj adm pres supt
    cmdr cdr cpl pvt det insp brig atty""".split())  # "Lt. Cmdr. Ana Diaz", "Det. Insp. Ray Bell"
_new_tuple = tuple.__new__
_START, _END = attrgetter("start"), attrgetter("end")  # of a sentence (one C call each)
_WINDOW = 250  # characters either side of a quote searched for its attribution (keeps matching linear)


class Quote(NamedTuple):
    """One quote.

    Attributes
    ----------
    start, end : int
        Character offsets of the quoted (or reported) words, quote marks excluded.
    text : str
        ``article[start:end]``.
    kind : str
        ``"direct"`` or ``"indirect"``.
    speaker : str
        The speaker mention; for a pronoun, the last compatible named speaker earlier
        in the article; ``""`` when none.
    speaker_start, speaker_end : int
        Offsets of ``speaker`` (-1 when none).
    cue : str
        The cue as written ("said", "told", "according to"); ``""`` when none.
    cue_start, cue_end : int
        Offsets of the cue (-1 when none).
    mention_start, mention_end : int
        Offsets of the speaker words in the attribution itself (the pronoun when the
        speaker was resolved from one; -1 when none).
    """

    start: int
    end: int
    text: str
    kind: str
    speaker: str
    speaker_start: int
    speaker_end: int
    cue: str
    cue_start: int
    cue_end: int
    mention_start: int = -1
    mention_end: int = -1


class _Tok(NamedTuple):
    text: str
    start: int
    end: int


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """Word and punctuation tokens of ``text[start:end]`` with article offsets.

    >>> [t.text for t in _tokens("Mr. Smith’s dog, said", 0, 21)]
    ['Mr', '.', 'Smith’s', 'dog', ',', 'said']
    """
    return _token_words(text, start, end)[0]


def _tokens_lower(text: str, start: int, end: int) -> tuple[list[_Tok], list[str]]:
    """:func:`_tokens` and their texts lower-cased (one C-level ``map``, not a ``.lower()`` per look-up).

    >>> toks, lows = _tokens_lower("  Mr. Smith’s dog, said", 2, 23)
    >>> [tuple(t) for t in toks[:3]], lows[3:]
    ([('Mr', 2, 4), ('.', 4, 5), ('Smith’s', 6, 13)], ['dog', ',', 'said'])
    """
    toks, words = _token_words(text, start, end)
    return toks, list(map(str.lower, words))


def _token_words(text: str, start: int, end: int) -> tuple[list[_Tok], list[str]]:
    """:func:`_tokens` and their texts."""
    if text.find("_", start, end) >= 0:
        return _token_words_slow(text, start, end)
    # each token with the white space before it, in one C call; the token is that match stripped of its white
    # space (str.lstrip and the regex's \s agree), and the offsets follow from the lengths, all in C-level
    # maps (no Python code per token)
    spaced = _SPACED_TOKEN_RE.findall(text, start, end)
    words = list(map(str.lstrip, spaced))
    ends = list(accumulate(map(len, spaced), initial=start))
    del ends[0]
    return list(map(_new_tuple, repeat(_Tok), zip(words, map(sub, ends, map(len, words)), ends, strict=True))), words


def _token_words_slow(text: str, start: int, end: int) -> tuple[list[_Tok], list[str]]:
    """:func:`_token_words` token by token (for a text with "_", which separates tokens like white space)."""
    # the texts in one C call, then their offsets: between two tokens there is only white space or "_", which
    # no token starts with, so the next occurrence of a token's text is the token
    out: list[_Tok] = []
    found = _TOKEN_RE.findall(text, start, end)
    pos, find, add, new = start, text.find, out.append, tuple.__new__
    for w in found:
        pos = find(w, pos)
        e = pos + len(w)
        add(new(_Tok, (w, pos, e)))
        pos = e
    return out, found


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and after.isalnum()


def _plural_possessive(text: str, i: int) -> bool:
    """The apostrophe of a plural possessive ("the officers’ union", "voters' anger"): after a word ending in
    "s", before a space and a lower-case word (a closing quote mark is followed by a cue or a name, not a noun).

    >>> _plural_possessive("the officers’ union said", 12), _plural_possessive("the voters’ Union", 10)
    (True, False)
    """
    return (i > 1 and text[i - 1] in "sS" and text[i - 2].isalpha() and text[i + 1:i + 2] == " "
            and text[i + 2:i + 3].islower() and text[i + 2:i + 3].isalpha())


def _opens(text: str, i: int) -> str:
    """Quote family opened at ``text[i]``: "d" (double), "a" (two apostrophes ``''``), "s" (single) or ""."""
    ch = text[i]
    if ch in _OPEN_DOUBLE or ch == '"':
        return "d"
    if text.startswith("''", i):
        return "a"
    if ch in "‘‚" and (i == 0 or not text[i - 1].isalnum()):
        return "s"
    return ""


def _closes(text: str, i: int, family: str) -> bool:
    ch = text[i]
    if family == "d":
        return ch in _CLOSE_DOUBLE or ch == '"'
    if family == "a":
        return text.startswith("''", i)
    return ch == "’" and not _is_apostrophe(text, i) and (i + 1 == len(text) or not text[i + 1].isalnum())


def _mark_spans(text: str) -> list[tuple[int, int, int, int]]:
    """``(open_mark, start, end, after_close_mark)`` of every quote (see :func:`quote_mark_spans`)."""
    out: list[tuple[int, int, int, int]] = []
    # the quote characters of the whole text at once: they all lie inside paragraphs (no mark is white space,
    # and "''" never spans a paragraph end), so this equals a scan paragraph by paragraph
    marks = list(map(re.Match.span, _MARK_RE.finditer(text)))
    if not marks:
        return out
    paras = list(paragraphs(text))
    open_at = width = reopen = -1
    family = ""
    k, nm = 0, len(marks)
    for p, (_, pe) in enumerate(paras):
        if open_at < 0 and (k == nm or marks[k][0] >= pe):
            continue  # no quote open and no mark in this paragraph: nothing to do
        while k < nm and marks[k][0] < pe:
            i, mend = marks[k]
            k += 1
            if i == reopen:
                continue  # the mark re-opening a multi-paragraph quote (a straight mark could read as a close)
            if open_at < 0:
                family = _opens(text, i)
                if family:
                    open_at, width = i, mend - i
            elif i >= open_at + width and _closes(text, i, family):
                out.append((open_at, open_at + width, i, mend))
                open_at = -1
        if open_at >= 0:
            nxt = paras[p + 1][0] if p + 1 < len(paras) else -1
            if nxt >= 0 and _opens(text, nxt) == family:
                # multi-paragraph quote: the next paragraph re-opens (a transcript's next turn, '"NAME: ...', may be
                # another speaker's: its mark is left to close the quote)
                reopen = -1 if _TURN_RE.match(text, nxt + 1) else nxt
                continue
            out.append((open_at, open_at + width, pe, pe))
            open_at = -1
    return out


def quote_mark_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the words inside quotation marks, marks excluded.

    One linear scan over the quote characters. Two apostrophes ``''`` (the New York
    Times' plain-text quotation mark) open and close like a straight double quote. A
    quote still open at the end of a paragraph continues when the next paragraph
    opens a quote mark of the same kind, and otherwise ends with its paragraph.
    Quotes inside a quote are not reported.

    >>> t = '“One.\\n\\n“Two.” Then ‘three’ isn’t it.'
    >>> [t[s:e] for s, e in quote_mark_spans(t)]
    ['One.\\n\\n“Two.', 'three']
    >>> t = "''It's over,'' he said of the 'pivot.'"
    >>> [t[s:e] for s, e in quote_mark_spans(t)]
    ["It's over,"]
    """
    return [(s, e) for _, s, e, _ in _mark_spans(text)]


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink ``[s, e)`` past spaces and a trailing comma.

    >>> _strip(" word, ", 0, 7)
    (1, 5)
    """
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


_HYPHEN_PARTICLES = frozenset("al el ad as an ar at az ul".split())  # "al-Naass", "el-Sisi": Arabic name particles


def _is_cap(tok: _Tok) -> bool:
    """A capitalised word, or one after a lower-case Arabic particle and hyphen ("al-Naass").

    >>> _is_cap(_Tok("Lee", 0, 3)), _is_cap(_Tok("al-Naass", 0, 8)), _is_cap(_Tok("all-out", 0, 7))
    (True, True, False)
    """
    w = tok.text
    return w[:1].isupper() or ("-" in w and w[2:3] == "-" and w[3:4].isupper() and w[:2] in _HYPHEN_PARTICLES)


# common first names of one gender (names used for both, "Jordan", "Kelly", "Sam", "Chris", left out): a named
# speaker's first name gives the gender a pronoun must agree with ("Gov. Nikki Haley said ... “...,” he said"
# is not Haley's)
_MALE_FIRST = frozenset("""james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven stephen paul andrew joshua kenneth kevin brian george timothy ronald edward
    jason jeffrey ryan jacob gary nicholas eric jonathan larry justin scott brandon benjamin samuel gregory frank
    raymond patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan
    jeremy harold keith roger gerald carl sean arthur lawrence jesse dylan bryan bruce albert gabriel alan juan
    wayne roy ralph randy eugene vincent russell louis bobby philip johnny mike bill bob tom jim steve dave tony
    joe ben dan greg jeff rick barack bernie mitch chuck ted marco ahmed mohammed mohammad muhammad ali omar
    mahmoud hassan hussein ibrahim mustafa abdul pierre jean-claude francois emmanuel vladimir sergei boris
    dmitry recep ehud luis carlos miguel antonio manuel pedro jorge francisco
    jon jonathon shaun shawn eddie ed edwin edgar eddy fred freddie alfred howard herbert leonard lenny glenn glen
    craig todd troy derek derrick travis shane brett chad cody dustin curtis marcus martin melvin vernon clarence
    calvin earl ernest floyd lloyd leroy willie billy jimmy danny tommy kenny ricky donnie ronnie sammy charlie
    hank harry harvey hugh ian ivan jeffery joel julian keith luke malcolm max maxwell mitchell
    neil nick nigel norman oliver oscar otto owen phil rex richie rob robbie rod rodney roland ron ross rudy rupert
    seth simon stanley stuart ted theodore tim toby trevor victor vince wade warren wesley wilbur xavier
    zach andy ken ray sid stan wally abdullah ahmad hamid khalid mohamed omar osama rashid saeed tariq yasser
    yusuf boris igor oleg viktor yuri hans jurgen klaus franz heinrich giuseppe giovanni marco paolo sergio
    diego alejandro fernando javier rafael ricardo roberto eduardo enrique alberto jesus juan-carlos""".split())
_FEMALE_FIRST = frozenset("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
    rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
    katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce
    victoria olivia christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances
    gloria teresa kathryn sara janice alice julia judy denise amber marilyn beverly danielle theresa sophia
    marie diana brittany natalie isabella charlotte alexis kayla hillary nikki kamala susana elaine jane ursula
    federica ann anne annie lucy sheila
    abigail adriana alicia allison alyssa audrey barbra becky bonnie carla carmen caroline cassandra claire
    clara colleen connie crystal dawn debbie delores doris edith eileen ella ellen eleanor elena
    elisa ella erica erin esther eva florence gail geraldine gina grace gwendolyn holly irene jasmine jenna
    jenny jill joanne jodi josephine juanita katie kathy kristen kristin leah lillian lois
    loretta lorraine louise mabel madison mandy marcia margarita marian marianne marjorie marlene maxine
    melanie meredith michele mildred miranda molly monica nadia naomi nora norma paula pauline peggy penelope
    phyllis priscilla rhonda rita roberta rosa rosemary roxanne sally sherry sonia stacy stella
    sue susie sylvia tamara tammy tanya tara tina valerie vanessa vera veronica vicki wanda wendy yvonne
    zoe fatima aisha amina layla mariam maryam yasmin olga svetlana natalia tatiana ingrid greta sabine
    giulia francesca chiara isabel lucia ana beatriz camila daniela gabriela marta""".split())


def _gender(words: list[str]) -> str:
    low = {w.lower() for w in words}
    if low & _MALE:
        return "m"
    if low & _FEMALE:
        return "f"
    return ""


def _first_name_gender(name: str) -> str:
    """The gender of a full name's common first name, role titles before it skipped ("Gov. Nikki Haley": "f"),
    else "".

    >>> _first_name_gender("Gov. Nikki Haley"), _first_name_gender("Haley"), _first_name_gender("Jordan Lee")
    ('f', '', '')
    """
    words = name.lower().split()
    i = 0
    while i < len(words) - 1 and (words[i] == "." or words[i].rstrip(".") in _TITLES):
        i += 1
    if i + 1 >= len(words):
        return ""  # one word: a surname or a first name alone
    first = words[i]
    return "m" if first in _MALE_FIRST else "f" if first in _FEMALE_FIRST else ""


class _Mention(NamedTuple):
    start: int
    end: int
    pronoun: str  # "" for names / descriptions, else the pronoun lower-cased
    named: bool  # a capitalised person-like name
    ante: tuple[int, int] | None = None  # for "who"/"which": the antecedent's offsets


def _is_date_word(w: str) -> bool:
    """A month or weekday, also possessive ("Tuesday's")."""
    w = w.removesuffix("'s").removesuffix("’s")
    return w in _MONTHS or w in _WEEKDAYS


def _name_span(toks: list[_Tok], i: int, j: int) -> _Mention | None:
    """Mention for the capitalised run ``toks[i:j]`` (role titles dropped, ``the`` kept for organisations)."""
    while i < j and (toks[i].text.lower() in _NOT_NAME or (
            toks[i].text.isupper() and len(toks[i].text) > 1 and toks[i].text.lower() in _CAPS_LABELS)):
        i += 1  # "But Trump", "MUST WATCH Obama" (a page label in capitals before the name)
    if i >= j:
        return None
    if j - i >= 3 and toks[i + 1].text.lower() in _COURTESY and toks[i].text.lower().rstrip(".") not in _TITLES:
        # (round 39) a word before "Mr" is no part of the name; a participle before it opens a clause whose object
        # is the name, no subject ("Calling Mr Voss a brave man, he said ...": not Voss)
        if toks[i].text.endswith("ing") and len(toks[i].text) > 5:
            return None
        i += 1
    words = [t.text.lower() for t in toks[i:j]]
    if all(map(_is_date_word, words)):  # "released in late August found": no person
        return _Mention(toks[i].start, toks[j - 1].end, "", False)
    org = not _ORG_WORDS.isdisjoint(words)
    if (org or j - i > 2) and j - i <= 7:
        # a person after the role words of an organisation or a place: "House Minority Whip Steny Hoyer",
        # "Islington North MP Jeremy Corbyn" (the words after the last title: capitalised, no title or org word)
        t = max((x for x in range(i, j - 1) if words[x - i].rstrip(".") in _TITLES), default=-1)
        if t >= 0 and j - t - 1 <= 4 and (all(
                _is_cap(tok) and w.rstrip(".") not in _TITLES and w not in _ORG_WORDS and w not in _CONNECTORS
                and w not in _NOT_NAME and w not in _RELATIVE
                for tok, w in zip(toks[t + 1:j], words[t + 1 - i:], strict=True)) or (
                # a name particle inside the name: "Member of Parliament Harsha de Silva"
                not _CONNECTORS.isdisjoint(words[t + 2 - i:j - 1 - i]) and all(
                    (_is_cap(tok) or (w in _CONNECTORS and t + 1 < x < j - 1)) and w.rstrip(".") not in _TITLES
                    and w not in _ORG_WORDS and (w not in _CONNECTORS or not _is_cap(tok))
                    and w not in _NOT_NAME and w not in _RELATIVE
                    for x, tok, w in zip(range(t + 1, j), toks[t + 1:j], words[t + 1 - i:], strict=True)))):
            return _Mention(toks[t + 1].start, toks[j - 1].end, "", True)
    k = i
    if not org:
        while k < j - 1 and (toks[k].text.lower().rstrip(".") in _TITLES or toks[k].text == "."):
            k += 1
        # a trailing role word ("Craig Mackey" fine; "the Mayor" keeps itself)
        if toks[k].text in _CONNECTORS:
            k = i  # "Bishop of Stepney": the whole title, not "of Stepney"
    if org and i > 0 and toks[i - 1].text.lower() == "the":
        k = i - 1
    elif not org and i > 0 and toks[i - 1].text.lower() == "the" and all(
            w.rstrip(".") in _TITLES and w[:1].isalpha() for w in words):
        k = i - 1  # "the Prime Minister": the whole description (its name is looked for before it)
    # a single collective noun opening a sentence ("Witnesses described ...") is no person's name
    named = not org and not _TITLES.issuperset(words) and not (len(words) == 1 and words[0] in _COLLECTIVE)
    return _Mention(toks[k].start, toks[j - 1].end, "", named)


_RELATIVE = frozenset("who which whose whom".split())
_COURTESY = frozenset("mr mrs ms miss dr".split())  # (round 39) courtesy titles that open a name
_SAY_PREPS = frozenset("of in on at near to with from for after about by".split())  # see the plural "say"


def _appositive_name(toks: list[_Tok], c: int, k: int) -> _Mention | None:
    """The name between the commas ``toks[c]`` and ``toks[k]`` when the phrase before ``toks[c]`` is a description.

    "Daniel Stein's nephew, Steven Halle, said", "The FBI director, James Comey, said", "The Bishop of
    Stepney, Rt Rev Adrian Newman, said", "Organizers of the event, the South Carolina Progressive Network,
    said". Not "Boris Johnson, the Foreign Secretary, said" (the phrase before the comma is a name).

    >>> t = _tokens("Daniel Stein's nephew, Steven Halle, said", 0, 41)
    >>> m = _appositive_name(t, 3, 6)
    >>> (m.start, m.end)
    (23, 35)
    """
    s = c + 1
    if s < k and toks[s].text.lower() == "the":
        s += 1
    r = s
    while r < k and r - s < 3 and toks[r].text.isalpha() and toks[r].text.islower() and toks[r].text not in _NOT_ROLE_RUN:
        r += 1
    if s < r < k and _is_cap(toks[r]) and (toks[r - 1].text in _TITLES or toks[r - 1].text in _ROLE_WORDS or (
            toks[r - 1].text.endswith(_PREV_ROLE_ENDS) and toks[r - 1].text not in _ROLE_STOP) or (
            k - r >= 2 and toks[r - 1].text not in _ANY_CUE and toks[r - 1].text not in _BE
            and all(_is_cap(t) for t in toks[r:k]))):
        s = r  # "her brother, college coach Tom Berg, said": role words before the (full) name
    if s >= k or k - s > 6 or not _is_cap(toks[s]) or c < 1:
        return None
    if not all(_is_cap(t) or t.text in _CONNECTORS or t.text == "." or (t.text == "and" and x > s and k - x > 2)
               for x, t in enumerate(toks[s:k], s)):
        return None  # (a couple or a pair: "The victim's parents, Ed and Paula Okafor, said", "Two senators, Mike Lee and
        # Jerry Moran, said"; not places: "the West Bank, Jerusalem and Gaza,")
    b = c - 1
    while b >= 0 and toks[b].text != "," and c - b < 20:
        b -= 1
    e = b - 1  # the capitalised run before that comma; after an opening preposition it is a place or a date
    while e > 0 and _is_cap(toks[e - 1]) and toks[e - 1].text.lower() not in _PREPS and b - e < 5:
        e -= 1
    if b > 0 and toks[b].text == "," and toks[b + 1].text.lower() in _APPOSITIVE_START and _is_cap(toks[b - 1]) \
            and not (e == 1 and toks[0].text.lower() in _PREPS) \
            and not (c - b <= 5 and toks[b + 1].text.lower() == "the" and toks[c - 2].text.endswith(("'s", "’s"))
                     and toks[c - 1].text.isalpha() and toks[c - 1].text.islower()):
        # "Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said" (but "... in
        # May, the club's coach, Ivo Berg, told": a possessive role names its holder; nor "In Elmtown, a militia, the
        # Harbour Front, said": an opening phrase, round 34)
        return None
    p = toks[c - 1]
    if _is_cap(p) and not p.text.endswith(("'s", "’s")):
        # a capitalised phrase before the comma is a description only after "the" ("The Bishop of Stepney"), a
        # title after a possessive ("Mexico's President") or a lower-case title before "of" ("member of Parliament")
        b = c - 1
        while b > 0 and (_is_cap(toks[b - 1]) or toks[b - 1].text in _CONNECTORS):
            b -= 1
        poss = next((x for x in range(b, c - 1) if toks[x].text.endswith(("'s", "’s"))), -1)
        if not (toks[b].text.lower() == "the" or (b > 0 and toks[b - 1].text.lower() == "the")
                or (b > 2 and toks[b - 1].text.lower() in _PHRASE_PREPS and _described_before(toks, b - 1))
                # a participle's agent: "a militia backed by Elmland, the Harbour Front, said" (round 34)
                or (b > 3 and toks[b - 1].text == "by" and toks[b - 2].text.endswith("ed")
                    and toks[b - 2].text.islower() and _described_before(toks, b - 2))
                or (poss >= 0 and all(t.text.lower().rstrip(".") in _TITLES for t in toks[poss + 1:c]))
                or (toks[b].text in _CONNECTORS and b > 0 and toks[b - 1].text.lower() in _TITLES)):
            return None
    elif not (p.text[:1].isalpha() and p.text.islower() or p.text.endswith(("'s", "’s"))):
        return None
    m = _name_span(toks, s, k)
    if m is None or (not m.named and s == c + 1):
        return None
    if _is_cap(p) and toks[b - 1].text.lower() in _PHRASE_PREPS and (
            k - s < 2 or toks[s].text in _PLACE_FIRST or toks[k - 1].text in _PLACE_LAST):
        return None  # "A judge in Lyon, France, has ruled": a place, no person in apposition
    return m


_PLACE_FIRST = frozenset("New North South West East Upper Lower United Saudi Sri El Costa Puerto Hong San Los Las".split())
_PLACE_LAST = frozenset("Island Islands Republic Kingdom States Arabia Africa Zealand Lanka Rica Rico Kong".split())
_PHRASE_PREPS = frozenset("of at in for with from".split())
_DESC_OPENERS = frozenset("the a an".split())


def _described_before(toks: list[_Tok], p: int) -> bool:
    """Whether the phrase that ends before the preposition ``toks[p]`` is a description opening its clause: a
    determiner first (after the sentence start or a comma) and a lower-case noun before ``p`` ("The bank's chief
    economist for Europe, Ann Lee, said": the name in apposition to it)."""
    b = p - 1
    while b > 0 and toks[b - 1].text != "," and p - b < 12:
        b -= 1
    if b > 0 and toks[b - 1].text != ",":
        return False
    if toks[b].text.lower() not in _DESC_OPENERS and not (
            b + 1 < p and toks[b + 1].text == "of" and _is_cap(toks[b]) and (
                toks[b].text.lower() in _TITLES or toks[b].text.lower() in _ROLE_WORDS
                or toks[b].text.lower() in _HEAD_OF)):
        return False  # (or a role opening the clause: "Commander of UN forces in Kabul, General Ann Lee, said")
    return any(t.text.isalpha() and t.text.islower() and t.text not in _PHRASE_PREPS for t in toks[b + 1:p])


_HEAD_OF = frozenset("commander head chief director leader".split())
_NAME_BEFORE_OK = frozenset(",:;.!?\"“”«»'‘’")


def _person_before(toks: list[_Tok], b: int) -> _Mention | None:
    """The named person whose description or place of work ends with the mention opening at ``toks[b]``.

    "Ida Holm of the city police union said", "Ida Holm, a lecturer in law at the University of Varden told", "...,"
    Pia Sand, a reporter at the newspaper said": the person (a name of two or more words opening the subject),
    not the organisation or the description after it (an appositive whose closing comma is missing).

    >>> t = _tokens("Ida Holm, a lecturer in law at the University of Varden told", 0, 60)
    >>> m = _person_before(t, 8)
    >>> (m.start, m.end)
    (0, 8)
    """
    o = b - 1
    if o < 2:
        return None
    lo = toks[o].text.lower()
    if lo in _NAME_PREPS and _is_cap(toks[o - 1]):
        e = o  # "Ida Holm of the union"
    else:
        d = o if lo == "," else o - 1
        if lo != ",":
            # "Ida Holm, a lecturer in law at": lower-case words back to an article after a comma
            if lo not in _PHRASE_PREPS:
                return None
            while d > 0 and o - d < 10 and toks[d].text.isalpha() and toks[d].text.islower() \
                    and toks[d].text not in _ARTICLES and toks[d].text not in _CLAUSE_STOP \
                    and toks[d].text not in _RELATIVE:
                d -= 1
            # or a bare role after the comma: '"...," Pastor Ed Rao, head pastor of Peace Church said'
            bare = toks[d].text == "," and d >= 2 and any(toks[x].text in _ROLE_WORDS or toks[x].text in _TITLES
                                                           for x in range(d + 1, o))
            if not bare and (toks[d].text.lower() not in _ARTICLES or d < 2 or toks[d - 1].text != ","):
                return None
            d -= not bare
        e = d
    s = e - 1
    if s < 0 or not _is_cap(toks[s]):
        return None
    while s > 0 and e - s < 5 and (_is_cap(toks[s - 1]) or (toks[s - 1].text == "." and s > 1 and (
            toks[s - 2].text.lower() + "." in _GENDERED or len(toks[s - 2].text) == 1))):
        s -= 1
    if e - s < 2 or (s > 0 and toks[s - 1].text not in _NAME_BEFORE_OK) or toks[s].text.lower() in _INTRO_WORDS \
            or toks[s].text.lower() in _NOT_NAME:
        return None  # "In New York, a spokesman at the station said": a place in an opening phrase
    m = _name_span(toks, s, e)
    return m if m is not None and m.named else None


_PLACE_PREPS = frozenset("of in at from for with".split())


def _person_before_place(toks: list[_Tok], i: int) -> _Mention | None:
    """The named person before a phrase that ends with the place ``toks[i:]`` after "in"/"at" ("The BBC's Ann Lee
    in Mexico says", "Rabbi Ben Roth of the Jewish centre in Leeds described"), else None: a run of two or more
    capitalised words with no organisation word, before a preposition, up to ten words back (no comma).

    >>> t = _tokens("Rabbi Ben Roth of the Jewish centre in Leeds described", 0, 54)
    >>> m = _person_before_place(t, 8)
    >>> " ".join(x.text for x in t if m.start <= x.start < m.end)
    'Ben Roth'
    """
    x = i - 1
    while x > 1 and i - x < 11:
        t = toks[x].text
        if t in _PLACE_PREPS and _is_cap(toks[x - 1]) and not toks[x - 1].text.endswith(("'s", "’s")):
            e = x
            s = e - 1
            while s > 0 and e - s < 5 and _is_cap(toks[s - 1]) and not toks[s - 1].text.endswith(("'s", "’s")):
                s -= 1
            words = [tk.text.lower() for tk in toks[s:e]]
            if e - s >= 2 and not any(w in _ORG_WORDS or w in _NOT_NAME or _is_date_word(w) for w in words) \
                    and not any(tk.text.isupper() and len(tk.text) > 1 for tk in toks[s:e]) \
                    and words[-1] not in _TITLES and words[-1] not in _ROLE_WORDS and words[-1] != "agent" \
                    and (s == 0 or toks[s - 1].text in _NAME_BEFORE_OK or toks[s - 1].text.endswith(("'s", "’s"))):
                m = _name_span(toks, s, e)
                if m is not None and m.named:
                    return m
        if not (t.replace("-", "").isalpha() or t in _CONNECTORS):
            return None
        x -= 1
    return None


# words that end a sentence-opening description ("The email goes on to say", "The ad targets ...")
_VERBISH = frozenset("""of has have had goes go went began begins continues took takes made makes left gave
    gives got gets used uses targets came comes""".split())
_NAME_PREPS = frozenset("of at".split())
_NAME_PREPS_BACK = _NAME_PREPS | {"with"}  # a person then the body they work with
_THOUGHT_OR_CUE = THOUGHT_CUES | SPEECH_CUES | _ACT_CUES
_NO_MENTION_END = frozenset("by with to for from at in on of his her its their our my your".split())
# lower-case role words between an organisation or place and a name ("CNN affiliate WCSC")
_ROLE_WORDS = frozenset("""affiliate leader spokesman spokeswoman spokesperson campaign manager chairman chairwoman
    director correspondent reporter editor member adviser advisor aide official officer founder president
    coordinator organizer organiser head chief governor senator mayor minister secretary strategist pollster analyst
    expert lawyer professor consultant activist economist historian researcher commentator columnist operative
    lawmaker delegate""".split())
# person nouns whose bare indefinite mention introduces the person ("A witness said ... the witness said")
_PERSON_HEADS = _ROLE_WORDS | frozenset("""witness witnesses officials officers source sources survivor survivors
    student students resident residents neighbor neighbour man woman""".split())
_ROLE_STOP = _CLAUSE_STOP_IN_ON_AT | _PREPS | _DETERMINERS | _BE | frozenset(
    "of to after over under later rather other whether together never ever".split())
_ROLE_ENDS = ("ist", "er", "or", "ant", "ent", "ian", "ive", "ee", "ar")  # role nouns: strategist, pollster, lawyer
_INTRO_WORDS = frozenset("""in at on during after before following despite amid when while as if although though since
    until because once with without moreover meanwhile however back minutes hours days weeks months years long
    soon later earlier instead still yet""".split())
_INTRO_NEXT = frozenset("after before ago later earlier".split())
_OBJ_PREPS = frozenset("with by to".split())
_GENERATIONAL = frozenset("Jr Sr".split())  # "Donald Trump Jr.", "Trump, Jr."
# places after a participle of the subject ("A woman living near the Blue Inn said"); not "including", "during"
_ING_PLACE_PREPS = frozenset("at in near outside inside to from on by behind beside".split())
_NOT_SUBJECT_ING = frozenset("including during according regarding concerning following being having".split())


def _people_noun(w: str) -> bool:
    """``w`` (lower case) names a person or a group of people ("tourist", "residents", "officials", "woman")."""
    return w in _PERSON_HEADS or w in _COLLECTIVE or w in _ROLE_WORDS or w.endswith(_ROLE_ENDS) \
        or w.endswith(_PEOPLE_ENDS)


_RELATIVE_THAT = frozenset("who that".split())
_SPOKES_WORDS = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative".split())
_SPOKES_FOR_RE = re.compile(r"(?:[Aa]n?|[Tt]he)(?: [a-z]+)? (?:" + "|".join(sorted(_SPOKES_WORDS)) + r") for (?:the )?")
_HAD_HAS = frozenset("had has have".split())
_SHARES = frozenset("percent % half three-quarters two-thirds one-third".split())
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    sixty seventy eighty ninety""".split())
_QUANT_WORDS = frozenset("in about some nearly almost only just roughly around over more than less fewer least at a full".split())
_QUOTE_TOKS = frozenset("\"“”«»'‘’")
_HEAD_PREPS = frozenset("of at from in for with on".split())
_MEDIA_NOUNS = frozenset("""statement statements tweet tweets interview interviews post posts letter email emails video
    speech release message telegram editorial broadcast op-ed podcast""".split())
_OWNED = frozenset("""office campaign spokesman spokeswoman spokesperson team lawyer lawyers attorney attorneys
    aide aides staff staffers administration government camp committee foundation company family representative
    representatives
    website account""".split())
_ISSUED_NOUNS = _MEDIA_NOUNS | frozenset("petition petitions ad ads memo note notice fundraising appeal".split())


def _relative_head(toks: list[_Tok], i: int) -> _Mention | None:
    """The noun phrase before a relative "who" that the description at ``toks[i]`` ends, or None.

    "A teenage boy who was at the vigil with his mother said": "A teenage boy", not "his mother".

    >>> t = _tokens("A teenage boy who was at the vigil with his mother said", 0, 55)
    >>> m = _relative_head(t, 9)
    >>> (m.start, m.end)
    (0, 13)
    """
    for w in range(i - 1, max(0, i - 12), -1):
        lw = toks[w].text.lower()
        if lw == "who":
            for d in range(w - 1, max(-1, w - 5), -1):
                ld = toks[d].text.lower()
                if ld in _DETERMINERS and d < w - 1:
                    return _Mention(toks[d].start, toks[w - 1].end, "", False)
                if _is_cap(toks[d]) and toks[d].text.isalpha() and (d == 0 or toks[d - 1].text in _SENT_END) \
                        and ld not in _DETERMINERS and ld not in _PRONOUNS and ld not in _NOT_NAME \
                        and _people_noun(toks[w - 1].text.lower()):
                    # (round 36) a bare plural opening the sentence: "Investigators who searched the barn said",
                    # "Federal agents who raided the farm said": the people, not the place in the clause
                    return _Mention(toks[d].start, toks[w - 1].end, "", False)
                if not (toks[d].text.isalpha() and toks[d].text.islower()) and ld not in _DETERMINERS:
                    return None
            return None
        if not toks[w].text[:1].isalnum() or lw in _CLAUSE_STOP or lw in _PRONOUNS:
            return None
    return None


_RELATIVE_PLACE_PREPS = frozenset("on at in near outside from".split())


def _relative_place(toks: list[_Tok], i: int) -> _Mention | None:
    """(round 39) The people a relative "who" describes when the name at ``toks[i]`` is the place in their clause:
    "Many of the mayor's backers who marched on Elm Bridge on Sunday said" ("Many of the mayor's backers", not "Elm
    Bridge"); a verb and at most two more lower-case words between "who" and the preposition, a people noun
    before "who", the phrase back to the sentence start (at most six words). None otherwise.

    >>> t = _tokens("Many of the mayor's backers who marched on Elm Bridge said", 0, 58)
    >>> m = _relative_place(t, 8)
    >>> t[0].start, m.end
    (0, 27)
    >>> _relative_place(_tokens("The mayor met supporters on Elm Bridge said", 0, 43), 5) is None
    True
    """
    w = i - 2
    while w > i - 5 and w > 0 and toks[w].text.isalpha() and toks[w].text.islower() and toks[w].text != "who":
        w -= 1
    if w >= i - 2 or w < 1 or toks[w].text != "who" or not _people_noun(toks[w - 1].text.lower()):
        return None
    b = w - 1
    while b > 0 and w - b < 6 and toks[b - 1].text not in _SENT_END and toks[b - 1].text.lower() not in _CLAUSE_STOP \
            and (toks[b - 1].text[:1].isalnum() or toks[b - 1].text in "'’"):
        b -= 1
    if b > 0 and toks[b - 1].text not in _SENT_END and "\n" not in toks[b - 1].text:
        if toks[b].text.lower() not in _DETERMINERS and not _is_cap(toks[b]):
            return None  # a clause before it, not the sentence's subject
    return _Mention(toks[b].start, toks[w - 1].end, "", False)


def _head_before_of(toks: list[_Tok], i: int) -> int:
    """Start of the noun phrase whose prepositional phrase opens at ``toks[i]`` (a determiner), else ``toks[i].start``.

    "Organisers of the sombre memorial said", "The gunman live-streaming the attack from a head-mounted camera
    said", "People at the scene said": the mention runs from the head ("Organisers", "The gunman", "People").

    >>> t = _tokens("Organisers of the sombre memorial said", 0, 38)
    >>> _head_before_of(t, 2)
    0
    """
    if i < 2 or toks[i - 1].text.lower() not in _HEAD_PREPS:
        return toks[i].start
    best = -1
    for h in range(i - 2, max(-1, i - 10), -1):
        w = toks[h].text
        lw = w.lower()
        if not w[:1].isalpha() or lw in _CLAUSE_STOP or lw in _BE or lw in _PRONOUNS:
            break
        if lw in _DETERMINERS or lw in _COLLECTIVE:
            best = h
        elif _is_cap(toks[h]) and h > 0:
            break  # a name: "Sheriff Joseph Lombardo of the ..." is handled by the name rule
        if h == 0 and _is_cap(toks[h]):
            best = h
    return toks[best].start if best >= 0 else toks[i].start


_QUOTED_AS = frozenset("quoted quotes quote quoting".split())  # "quoted X as saying"
_BARE_OPENERS = frozenset("another one others".split())  # "Another, a man who ..., added"
_WHO = frozenset("who whose".split())  # a relative clause after a name and a comma
_WHO_OPENERS = frozenset("One Someone Anyone A An".split())  # "One who spoke to ... said", "A man who saw it said"


def _relative_opener(toks: list[_Tok], k: int) -> int:
    """The index of the comma in ``NAME, which ...`` when the name (after at most three lower-case words) opens
    the sentence and the relative clause runs to ``toks[k]`` (no sentence end or quote mark between), else -1.

    >>> t = _tokens("Oil giant BP, which runs the site with Sonatrac, the state firm, and Statoil, said", 0, 80)
    >>> _relative_opener(t, 14)
    3
    """
    for c in range(k - 1, max(0, k - 40), -1):
        w = toks[c].text
        if w in _SENT_END or w in _QUOTE_TOKS:
            return -1
        if w == "," and toks[c + 1].text.lower() == "which" and _is_cap(toks[c - 1]):
            b = c - 1
            while b > 0 and _is_cap(toks[b - 1]):
                b -= 1
            n = 0
            while b > 0 and n < 3 and toks[b - 1].text.isalpha() and toks[b - 1].text.islower() \
                    and toks[b - 1].text not in _CLAUSE_STOP and toks[b - 1].text not in _PREPS:
                b -= 1
                n += 1
            return c if b == 0 or toks[b - 1].text in _SENT_END or (b == 1 and _is_cap(toks[0])) else -1
    return -1


_PROGRESSIVE_BE = _BE - {"be", "been", "being"}


def _name_after_prep(toks: list[_Tok], e: int) -> bool:
    """(Round 35) The capitalised words ending at ``toks[e]`` (up to four) follow a preposition or "of": the object
    of a phrase ("a lawyer for Ivo Hale", "the mother of Ivo Hale"), no subject of its own."""
    b = e
    while b > 0 and _is_cap(toks[b - 1]) and e - b < 3:
        b -= 1
    return b > 0 and toks[b - 1].text.lower() in _PREPS | {"of"}


def _possessive_appositive(toks: list[_Tok], c: int, k: int) -> bool:
    """(Round 35) The words between the commas ``toks[c]`` and ``toks[k]`` describe the name before them by a
    possessive name and one or two lower-case nouns, no determiner: "Mara Tellis, Ben Tellis's mother, told" (the
    name before the appositive speaks, as with "Mara Tellis, the owner's sister, told").

    >>> t = _tokens("Mara Tellis, Ben Tellis's mother, told", 0, 38)
    >>> _possessive_appositive(t, 2, 6)
    True
    >>> t = _tokens("Dan Lee's nephew, Ivo Hale, told", 0, 32)
    >>> _possessive_appositive(t, 3, 6)
    False
    >>> t = _tokens("A lawyer for Ivo Hale, Ben Hale's son, said", 0, 43)
    >>> _possessive_appositive(t, 5, 9)
    False
    """
    if c < 1 or not _is_cap(toks[c - 1]) or toks[c - 1].text.lower() in _NOT_NAME:
        return False
    if _name_after_prep(toks, c - 1):
        return False  # "A lawyer for Ivo Hale, Ben Hale's son, said": the name is the object of a preposition
    p = next((x for x in range(c + 1, k) if toks[x].text.endswith(("'s", "’s"))), 0)
    return (0 < p and 1 <= k - p - 1 <= 2 and all(_is_cap(t) for t in toks[c + 1:p + 1])
            and all(t.text.isalpha() and t.text.islower() and t.text not in _ANY_CUE for t in toks[p + 1:k]))


_PLACE_PREPS = frozenset("in of from near outside".split())


def _place_object(toks: list[_Tok], e: int) -> int:
    """(Round 35) The index of the place preposition ("in", "of", "from", "near", "outside") before the
    capitalised words ending at ``toks[e]`` (up to three) after a capitalised subject: "Police in Elmton", not
    "In Elmton" opening the sentence; else 0.
    """
    b = e
    while b > 0 and _is_cap(toks[b - 1]) and e - b < 2:
        b -= 1
    return b - 1 if b > 1 and toks[b - 1].text in _PLACE_PREPS and _is_cap(toks[b - 2]) else 0


def _possessive_tok(toks: list[_Tok], x: int) -> bool:
    """(round 37) ``toks[x]`` is the apostrophe of a plural possessive ("who tracks voters’ views on taxes"):
    attached to a word ending in "s", a lower-case word after it."""
    return (0 < x < len(toks) - 1 and toks[x].text in "'’" and toks[x].start == toks[x - 1].end
            and toks[x - 1].text[-1:] in "sS" and toks[x + 1].start > toks[x].end
            and toks[x + 1].text.isalpha() and toks[x + 1].text.islower())


def _speaker_back(toks: list[_Tok], j: int) -> _Mention | None:
    """Speaker mention ending just before ``toks[j]`` (the cue), or None."""
    if j >= 3 and toks[j - 1].text == "as" and toks[j].text.lower() == "saying":
        # "Media reports quoted two men as saying ...", "an aide quoted the speaker as saying ...": one quote whose
        # speaker is the person quoted (hard case 8 of the labels)
        q = next((i for i in range(j - 3, max(-1, j - 10), -1) if toks[i].text.lower() in _QUOTED_AS), None)
        if q is not None and q > 1 and toks[q - 1].text.lower() in ("was", "were", "is", "been"):
            # passive: '"...," Ann Lee was quoted (by the paper) as saying': the subject before "was quoted"
            m = _speaker_back(toks, q - 1)
            if m is not None:
                return m
        if q is not None and all(toks[i].text[:1].isalnum() for i in range(q + 1, j - 1)):
            m = _speaker_fwd(toks[:j - 1], q + 1)
            return m if m is not None else _Mention(toks[q + 1].start, toks[j - 2].end, "", False)
    k = j - 1
    while k >= 0:
        low = toks[k].text.lower()
        if low in _SKIP_BEFORE_CUE or low in _WEEKDAYS or (low.endswith(_ADVERB_ENDS) and len(low) > 5
                                                            and toks[k].text.islower()):
            k -= 1
            if k >= 0 and toks[k].text.lower() in {"on", "last", "this", "earlier", "late"}:
                k -= 1
        elif low in _PROGRESSIVE_BE and k > 0 and (toks[j].text.lower() in ("saying", "telling") or (
                toks[j].text.lower().endswith("ing") and j + 1 < len(toks) and toks[j + 1].text.lower() == "that")):
            # "The mayor is (also) warning that ...", "was saying": the auxiliary, no word of the mention (not "Ann Lee
            # was responding to a letter": no speech reported there)
            k -= 1
        elif low in _TIME_NOUNS and k > 0 and toks[k - 1].text.lower() in {"last", "this", "past", "earlier"}:
            k -= 2  # "last week", "in the past"
            while k >= 0 and toks[k].text.lower() in {"the", "in", "over", "earlier", "this"}:
                k -= 1
        elif low in _MEDIA_NOUNS and k > 2 and toks[k - 1].text.lower() in _DETERMINERS \
                and toks[k - 2].text.lower() in _PREPS and toks[k - 3].text not in _SENT_END:
            k -= 3  # "Barack Obama in a tweet called", "..., in a statement condemned"
        elif low in _MEDIA_NOUNS and k > 1 and (toks[k - 1].text.endswith(("'s", "’s")) or (
                toks[k - 1].text in "'’" and toks[k - 1].start == toks[k - 2].end)) and _is_cap(toks[k - 1 - (toks[k - 1].text in "'’")]):
            # "Arthur Evans' statement said": the owner of the statement
            e = k - 1 - (toks[k - 1].text in "'’")
            b = e
            while b > 0 and _is_cap(toks[b - 1]):
                b -= 1
            return _name_span(toks, b, e + 1)
        elif low in _PLATFORMS and k > 2 and toks[k - 1].text.lower() in ("on", "via") \
                and toks[k - 2].text.lower() in _SEND_VERBS:
            k -= 3  # "Ann Lee posted on Twitter: “...”": the poster, not the platform
        elif toks[k].text == ")" and k > 1:  # "Sen. Bernie Sanders (I-Vt.) said"
            o = k - 1
            while o > 0 and toks[o].text != "(" and k - o < 8:
                o -= 1
            if toks[o].text != "(":
                break
            k = o - 1
        else:
            break
    if k > 1 and toks[k].text == "." and toks[k - 1].text in _GENERATIONAL and toks[k].start == toks[k - 1].end \
            and _is_cap(toks[k - 2 - (toks[k - 2].text == "," and k > 2)]):
        k -= 2 + (toks[k - 2].text == ",")  # a generational suffix: '"...," Trump, Jr. responded': the name before it
    if k > 6 and toks[k].text == "," and toks[0].text[:1].isupper():
        # "Ann Lee, detained on Sunday after parking outside the Salem, Ore., shop Blue Jar, told": the name
        # that opens the sentence before a participle phrase (however many commas are inside it)
        f = 1 if toks[1].text == "," else 2 if toks[2].text == "," else 3 if toks[3].text == "," else 0
        if f and toks[f + 1].text.endswith("ed") and toks[f + 1].text.isalpha() and toks[f + 1].text.islower() \
                and all(_is_cap(t) for t in toks[:f]) \
                and toks[0].text.lower() not in _DETERMINERS and toks[0].text.lower() not in _NOT_NAME \
                and toks[0].text.lower() not in _PREPS and toks[f + 2].text.lower() in _PARTICIPLE_NEXT \
                and not any(_is_end(toks, x) or toks[x].text in _BE or toks[x].text in _PERFECT for x in range(f + 1, k)):
            m = _name_span(toks, 0, f)
            if m is not None and m.named:
                return m
    hops = 0
    while k >= 0 and toks[k].text == "," and hops < 3:  # appositive: "Zafir Malik, an imam from the association, said"
        hops += 1
        c = k - 1
        while c >= 0 and toks[c].text != "," and k - c < 25:
            c -= 1
        if c > 0 and any(toks[x].text in _QUOTE_TOKS and not _possessive_tok(toks, x) for x in range(c + 1, k)):
            break  # "''... our investment,'' he said, adding": no appositive across a quote mark
        if c > 0 and c + 3 < k and toks[j].text.endswith("ing") and toks[c].text == "," \
                and _bare_plural(toks[c + 1].text) and toks[c + 2].text.isalpha() \
                and toks[c + 2].text.islower() and toks[c + 2].text not in _NOT_VERB_NEXT:
            # "Near the end of the parade, fans sang songs about X, shouting": the clause's own
            # subject after an opening phrase (the part between the commas is a clause, no appositive)
            return _Mention(toks[c + 1].start, toks[c + 1].end, "", False)
        if c > 0 and toks[c].text == "," and _PARTY_RE.fullmatch(toks[c + 1].text) and k - c <= 3:
            k = c - 1  # a party and state between commas: "Mitch McConnell, R-Ky., said"
            continue
        self_named = c > 0 and c + 5 < k and toks[c + 1].text == "who" and toks[c + 2].text in _SELF_NAMING \
            and toks[c + 3].text in _SELF_NAMING_OBJ  # (round 34) ", who identified himself only as Tomas, said"
        if c > 0 and toks[c].text == "," and (toks[c + 1].text in _IDENTIFIED or self_named) and c + 3 < k:
            # "one worker, identified only as K.T., told": the name given
            a = next((x for x in range(c + 2, min(k, c + 5 + 2 * self_named)) if toks[x].text == "as"), -1)
            if a > 0 and a + 1 < k and _is_cap(toks[a + 1]):
                return _Mention(toks[a + 1].start, toks[k - 1].end, "", True)
        if c > 0 and toks[c].text == "," and (toks[c + 1].text.lower() in _APPOSITIVE_START
                                              or toks[c + 1].text.isdigit() or not _is_cap(toks[c + 1])
                                              or _possessive_appositive(toks, c, k)):
            name = _appositive_name(toks, c, k)
            if name is not None:  # "Organizers of the event, the South Carolina Progressive Network, said"
                return name
            if toks[c + 1].text.lower() in _RELATIVE and k - c > 2:
                # "Angus King, a member of the committee, which received a briefing, told": past both
                c2 = c - 1
                while c2 >= 0 and toks[c2].text != "," and c - c2 < 25:
                    c2 -= 1
                if c2 > 0 and toks[c2].text == "," and (toks[c2 + 1].text.lower() in _APPOSITIVE_START or (
                        # (round 35) an age before the relative: "Ada Quell, 45, who brought her son, said"
                        toks[c2 + 1].text.isdigit() and c - c2 == 2 and not _name_after_prep(toks, c2 - 1))) \
                        and toks[c2 + 1].text.lower() not in _RELATIVE and _is_cap(toks[c2 - 1]):
                    c = c2
            if c == 1 and toks[0].text.lower() in _BARE_OPENERS and toks[c + 1].text.lower() in ("a", "an"):
                # "Another, a man who said he was from the town, added": the description after the comma
                e = c + 2
                while e < k and e - c < 6 and toks[e].text.isalpha() and toks[e].text.islower() \
                        and toks[e].text not in _RELATIVE and toks[e].text not in _CLAUSE_STOP_IN_ON_AT:
                    e += 1
                if e > c + 2:
                    return _Mention(toks[c + 1].start, toks[e - 1].end, "", False)
            k = c - 1
            s0 = k
            while s0 > 0 and _is_cap(toks[s0 - 1]) and k - s0 < 2:
                s0 -= 1
            if k > 3 and _is_cap(toks[k]) and toks[s0 - 1].text == "," and _is_cap(toks[s0 - 2]) \
                    and toks[k].text.lower() not in _NOT_NAME and (pp := _place_object(toks, s0 - 2)):
                # (round 35) "Police in Elmton, Texas, a small suburb, said": the state after the place, then the
                # description of the place; the subject is the one before "in"
                k = pp - 1
                break
        else:
            if k - c > 2 and c > 0 and (toks[k - 1].text in _ROLE_WORDS or toks[k - 1].text in _TITLES) \
                    and toks[c].text == "," and _is_cap(toks[c - 1]) and toks[k - 1].text.islower() \
                    and all(_is_cap(t) or t.text in _CONNECTORS for t in toks[c + 1:k - 1]):
                # "Mike Reed, Arden Parks Office spokesman, told": an organisation and a role
                k = c - 1
                continue
            b = _bare_role_between(toks, c) if c > 2 and toks[c].text == "," else 0
            if b:
                # "Gen. Tom Reed, commander, U.S. Europe Command, said": the organisation completes the role
                k = b - 1
                break
            if c > 2 and toks[c].text == ",":
                c2 = c - 1
                while c2 >= 0 and toks[c2].text != "," and c - c2 < 25:
                    c2 -= 1
                if c2 > 0 and toks[c2].text == "," and toks[c2 + 1].text in _LED_WORDS and "by" in _lows(toks, c2 + 2, c2 + 4):
                    # "The Relief Trust, headed up by a peer, Baroness Mell, estimates": the body, not its head
                    k = c2 - 1
                    continue
            # "Daniel Stein's nephew, Steven Halle, described": a name between commas after a description
            return _appositive_name(toks, c, k) if c > 0 and toks[c].text == "," else None
        if toks[k].text == ")":  # "Rep. Bobby Scott (D-Va.), ranking member ..."
            o = k - 1
            while o >= 0 and toks[o].text != "(" and k - o < 8:
                o -= 1
            if o > 0 and toks[o].text == "(":
                k = o - 1
    if hops and k > 1 and _is_cap(toks[k]):
        # "Lena Moor, who was eating in the Blue Anchor Inn, a street away, told": the name before the relative
        # clause, not the place inside it
        c = k - 1
        while c > 0 and toks[c].text != "," and toks[c].text not in _SENT_END and k - c < 25:
            c -= 1
        if c > 0 and toks[c].text == "," and toks[c + 1].text.lower() in _WHO and _is_cap(toks[c - 1]):
            k = c - 1
        elif c > 3 and toks[c].text == "," and toks[c - 2].text.lower() == "whose" and toks[c - 1].text.isalpha() \
                and toks[c - 1].text.islower() and toks[c - 3].text == "," and _is_cap(toks[c - 4]):
            # (round 36) "Ivo Hale, whose sister, Ann, died in the fire, said": the name before "whose", not the
            # relative's name in apposition to the noun after it
            k = c - 4
    elif hops and k > 3 and toks[k].text.isalpha() and toks[k].text.islower() and toks[j].text.lower().endswith("ing") \
            and (c := next((x for x in range(k - 1, max(0, k - 12), -1) if toks[x].text == "," or _is_end(toks, x)), 0)) \
            and toks[c].text == "," and toks[c + 1].text.lower() in _WHO and _is_cap(toks[c - 1]):
        # "Lund, who wore a grey suit, looked at the jury ..., saying": the name before the relative
        # clause, not the noun that ends it
        k = c - 1
    elif hops and k > 4:
        # "Oil giant BP, which operates the field with Sonatrac, the state oil company, and Statoil, said": the
        # name that opens the sentence before the relative clause, not a noun phrase inside it
        c = _relative_opener(toks, k)
        if c > 0:
            k = c - 1
    if k < 0:
        return None
    if k > 0 and toks[k].text == "." and toks[k].start == toks[k - 1].end and len(toks[k - 1].text) <= 5 \
            and _DOTTED_RE.fullmatch(toks[k - 1].text) and (k == 1 or not toks[k - 2].text[:1].isalnum()) \
            and not (k > 2 and toks[k - 2].text == "," and _is_cap(toks[k - 3])):  # (round 46: not "Hempstead, N.Y.")
        return _Mention(toks[k - 1].start, toks[k].end, "", True)  # initials as a name: '"...," K.T. said'
    low = toks[k].text.lower()
    if low in _PRONOUNS:
        return _Mention(toks[k].start, toks[k].end, low, False)
    if low in _SHARES or (low in ("10", "ten") and k > 1 and toks[k - 1].text.lower() == "in"):
        # a share of those polled: "47 percent said", "Six in 10 say", "About three in 10 said", "half said"
        b = k
        while b > 0 and k - b < 6 and (toks[b - 1].text[:1].isdigit() or toks[b - 1].text.lower() in _QUANT_WORDS
                                       or toks[b - 1].text.lower().split("-")[0] in _NUMBER_WORDS):
            b -= 1
        return _Mention(toks[b].start, toks[k].end, "", False)
    if low in ("who", "which") and k > 1 and (toks[k - 1].text == "," or (
            toks[k - 1].text[:1].isalpha() and toks[k - 1].text.lower() not in _NO_MENTION_END
            and toks[k - 1].text.lower() not in _CLAUSE_STOP and toks[k - 1].text.lower() not in _THOUGHT_OR_CUE)):
        # relative clause: "Ted Cruz, who said ...", "the Chicago Police Department which reported ..." (the
        # mention is "who", the speaker its antecedent)
        if toks[k - 1].text == ",":
            ante = _speaker_back(toks, k - 1) if toks[k - 2].text != "," else None
        else:
            ante = _speaker_back(toks, k)
        if ante is not None and ante.pronoun:
            ante = None
        return _Mention(toks[k].start, toks[k].end, low, ante is not None and ante.named,
                        (ante.start, ante.end) if ante is not None else None)
    if low == "it":
        return _Mention(toks[k].start, toks[k].end, "it", False)
    if low == "to":
        return None  # "took the stage to acknowledge": an infinitive, the subject is further back
    if _is_cap(toks[k]) and low not in _NOT_NAME:
        i = k
        while i > 0 and (_is_cap(toks[i - 1]) or (toks[i - 1].text in _CONNECTORS and i > 1 and _is_cap(toks[i - 2]))
                         or (toks[i - 1].text == "." and i > 1 and (toks[i - 2].text.lower() + "." in _GENDERED
                                                                    # "the U.S. Census Bureau said" (not "... the
                                                                    # U.S. Smith said": two words after it)
                                                                    or (k > i and _DOTTED_RE.fullmatch(toks[i - 2].text))
                                                                    or (
                             # a middle initial: "Elijah E. Cummings"
                             i > 2 and len(toks[i - 2].text) == 1 and toks[i - 2].text.isupper()
                             and _is_cap(toks[i - 3]) and toks[i - 3].text.isalpha())))):
            i -= 1
        m = _name_span(toks, i, k + 1)
        f = i - 1 - (i > 1 and toks[i - 1].text.lower() == "the")
        if f > 1 and toks[f].text.lower() == "for" and toks[f - 1].text.lower() in _SPOKES_WORDS:
            # (round 36) "a spokesperson for Elmco said", '"...," a spokesman for the Elm Party said': the
            # spokesperson with the body they speak for (the body alone left a quote after it without a speaker)
            d = f - 2
            while d >= 0 and f - 2 - d < 2 and toks[d].text.isalpha() and toks[d].text.islower() \
                    and toks[d].text not in _ARTICLES and toks[d].text not in _CLAUSE_STOP_IN_ON_AT:
                d -= 1
            if d >= 0 and toks[d].text.lower() in _ARTICLES:
                return _Mention(toks[d].start, toks[k].end, "", False)
        p = i - 1 - (i > 1 and toks[i - 1].text.lower() == "the")
        if p > 1 and toks[p].text.lower() in _OBJ_PREPS:
            # the object of a relative clause in the subject: "Current and former officials who spoke with The
            # Huffington Post said", "executives who have worked with Lachlan Murdoch say"
            for r in range(p - 1, max(0, p - 5), -1):
                lr = toks[r].text.lower()
                if lr in _RELATIVE_THAT:
                    head = _speaker_back(toks, r)
                    if head is not None and not head.pronoun:
                        return head
                    break
                if not toks[r].text.isalpha() or lr in _CLAUSE_STOP:
                    break
        if p > 1 and toks[p].text.lower() in _ING_PLACE_PREPS:
            # a participle phrase after the subject: "A tourist staying at the Grand Hotel said", "One man standing
            # outside the Palace Theatre said": the person, not the place
            g = next((r for r in range(p - 1, max(0, p - 4), -1) if not toks[r].text.isalpha()
                      or not toks[r].text.islower() or toks[r].text.endswith("ing")), None)
            if g is not None and g > 0 and toks[g].text.endswith("ing") and toks[g].text.islower() \
                    and toks[g].text not in _ANY_CUE and toks[g].text not in _NOT_SUBJECT_ING \
                    and _people_noun(toks[g - 1].text.lower()):
                head = _speaker_back(toks, g)
                if head is not None and not head.pronoun and not head.named and head.end == toks[g - 1].end:
                    return head
        if p > 2 and toks[p].text == "by" and toks[p - 1].text in _HELD_BY \
                and toks[p - 2].text.lower() in _HELD_DOC_NOUNS:
            # (round 39) "A status report obtained by the Elm Herald says": the report, not the paper that has it
            head = _speaker_back(toks, p - 1)
            if head is not None and not head.pronoun and head.end == toks[p - 2].end:
                return head
        if p > 2 and toks[p].text.lower() in _RELATIVE_PLACE_PREPS:
            rel = _relative_place(toks, p + 1)  # (round 39) "Backers who marched on Elm Bridge said": the people
            if rel is not None:
                return rel
        if i > 2 and toks[i - 1].text == "in" and _is_cap(toks[i - 2]):
            # a place after an organisation: "The National Hospital in Colombo reported" (no person "Colombo")
            b = i - 2
            while b > 0 and _is_cap(toks[b - 1]) and i - b < 8:
                b -= 1
            if any(t.text.lower() in _ORG_WORDS for t in toks[b:i - 1]):
                b -= b > 0 and toks[b - 1].text.lower() == "the"
                person = _person_before(toks, b)  # "Professor Ada Lund of Varden University in Oslo said"
                return person if person is not None else _Mention(toks[b].start, toks[k].end, "", False)
        if i > 2 and toks[i - 1].text in ("in", "at"):
            person = _person_before_place(toks, i)  # "The BBC's Ann Lee in Mexico says": the person
            if person is not None:
                return person
        b = i
        for _ in range(3):
            # "Sheriff Joseph Lombardo of the Las Vegas Metropolitan Police Department said", "Prof Robert
            # Spitzer of the State University of New York at Cortland said": the person before "of"/"at"; also
            # "with" before a capitalised body ("Capt. Jo Fox with the Elmland State Police said"; round 34)
            o = b - 1 - (b > 1 and toks[b - 1].text.lower() == "the")
            if m is None or o < 1 or toks[o].text.lower() not in _NAME_PREPS_BACK or not _is_cap(toks[o - 1]):
                break
            b = o - 1
            while b > 0 and (_is_cap(toks[b - 1]) or (toks[b - 1].text == "." and b > 1
                                                      and toks[b - 2].text.lower() + "." in _GENDERED)
                             or (toks[b - 1].text in _CONNECTORS and b > 1 and _is_cap(toks[b - 2]))):
                b -= 1
            person = _name_span(toks, b, o)
            if person is not None and person.named and o - b >= 2:
                return person
        if m is not None and not m.named:
            # "Ida Holm, a lecturer in law at the University of Varden told": the person, not the organisation
            b = i - (i > 0 and toks[i - 1].text.lower() == "the")
            person = _person_before(toks, b)
            if person is not None:
                return person
        return m
    if low in _NO_MENTION_END:
        return None  # "broke ranks with the party by saying": no description ends in "by" or "his"
    if k > 3 and toks[0].text in _WHO_OPENERS and toks[k].text.isalpha() and toks[k].text.islower():
        # "One who asked not to be named by the paper said ...": the one the restrictive relative clause
        # describes, with the clause (not the last noun inside it)
        w = next((x for x in range(1, min(k, 4)) if toks[x].text in _WHO), 0)
        if w and not any(toks[x].text in ",;:()—–" or _is_end(toks, x) for x in range(w, k)) \
                and all(t.text.isalpha() and (x == 0 or t.text.islower()) for x, t in enumerate(toks[:w])):
            return _Mention(toks[0].start, toks[k if w == 1 else w - 1].end, "", False)
    if low in _COLLECTIVE and k > 0 and j + 1 < len(toks) and toks[j + 1].text.lower() in _FINITE \
            and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and toks[k - 1].text in _PERSON_HEADS:
        # (round 36) a contact clause after a person noun: "a woman police say was held", "the man authorities
        # said had fled": the group that says it, not the person it describes (the report has no subject of its own)
        return _Mention(toks[k].start, toks[k].end, "", False)
    # description: up to 5 lower-case words back to a determiner; a number right after the determiner ("The
    # 57-year-old scientist says") unless the cue may be a noun ("The 145-year-old organisation claims ...")
    i = k
    num_ok = j < len(toks) and toks[j].text.lower() not in _NOUN_CUES
    owned = low in _OWNED or low in _ROLE_WORDS or (low.endswith(_ROLE_ENDS) and low not in _ROLE_STOP)
    lim = 5  # words; the marks of "U.S." and "experts'" not counted
    while i >= 0 and k - i < lim and (toks[i].text[:1].isalpha() or (
            num_ok and i < k and toks[i].text[:1].isdigit() and i > 0 and toks[i - 1].text.lower() in _DETERMINERS)
            # the period of a dotted abbreviation: "a U.S. official said", "a U.N. experts' panel said"
            or (toks[i].text == "." and 0 < i < k and toks[i].start == toks[i - 1].end
                and _DOTTED_RE.fullmatch(toks[i - 1].text) is not None)
            # a plural possessive: "a U.N. experts' panel said"
            or (toks[i].text in "'’" and 0 < i < k and toks[i].start == toks[i - 1].end
                and toks[i - 1].text.endswith("s") and toks[i - 1].text.islower())) \
            and toks[i].text.lower() not in _CLAUSE_STOP:
        if owned and i < k and toks[i].text.endswith(("'s", "’s")) and _is_cap(toks[i]):
            # a name's office or campaign: "Paul Ryan's office said", "the Clinton campaign's spokesman said"
            b = i
            while b > 0 and (_is_cap(toks[b - 1]) or toks[b - 1].text == "."):
                b -= 1
            return _Mention(toks[b].start, toks[k].end, "", False)
        if toks[i].text.lower() in _DETERMINERS:
            rel = _relative_head(toks, i)
            if rel is not None:
                return rel
            if low in _ISSUED_NOUNS and i > 0 and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() \
                    and toks[i - 1].text not in _INTRO_WORDS and toks[i - 1].text not in _CLAUSE_STOP \
                    and toks[i - 1].text not in _HEAD_PREPS:
                return None  # "The town released a statement saying": the sender (the subject) speaks
            hb = _head_before_of(toks, i)
            h = i
            while h > 0 and toks[h].start > hb:
                h -= 1
            # "Tomas Berg of the city police union said", "..., Pia Sand, a reporter at the paper said": the person
            person = _person_before(toks, h) if h > 1 else None
            return person if person is not None else _Mention(hb, toks[k].end, "", False)
        if not toks[i].text[:1].isalnum():
            lim += 1
        i -= 1
    if low in _COLLECTIVE or (low.isalpha() and len(low) > 3 and low.endswith("s") and not low.endswith("ss")):
        return _Mention(toks[k].start, toks[k].end, "", False)  # "police said", "voters said"
    return None


def _bare_role_between(toks: list[_Tok], c: int) -> int:
    """The comma before a bare role word that ``toks[c]`` (a comma) follows, set off by commas after a capitalised
    name ("Tom Reed, commander, U.S. Europe Command"): one or two lower-case words, no determiner; else 0."""
    b = c - 1
    while b > 0 and c - b <= 2 and toks[b].text.isalpha() and toks[b].text.islower():
        b -= 1
    ok = b < c - 1 and b > 0 and toks[b].text == "," and _is_cap(toks[b - 1]) \
        and toks[c - 1].text not in _NOT_ROLE_RUN and (toks[c - 1].text in _ROLE_WORDS or toks[c - 1].text in _TITLES
                                                        or toks[c - 1].text.endswith(_PREV_ROLE_ENDS))
    return b if ok else 0


# after the participle that follows a name: "Ann Lee, arrested on Sunday ...", "charged with", "accused of"
def _bare_plural(w: str) -> bool:
    """``w`` is a lower-case plural noun of people that can be a subject without a determiner ("fans",
    "protesters", "officials"; not "news", "besides", "drafts")."""
    return w.isalpha() and w.islower() and (w in _COLLECTIVE or w in _GROUP_PLURALS or w.endswith(_PEOPLE_ENDS)) \
        and w not in _ANY_CUE


_PEOPLE_ENDS = ("ers", "ists", "ians", "ors", "ants", "ents", "ees", "ans")


# words after a plural noun that make it no clause subject ("residents of the town", "fans who ...", "fans and")
_NOT_VERB_NEXT = frozenset("""of in at on for to with from by the a an and or but who which that whose
    as than""".split())
_PARTICIPLE_NEXT = frozenset("on in at after before by with of for from over during last".split())
_SITE_NOUNS = frozenset("website site webpage page account".split())
_ON_THE = frozenset("on the".split())
_IDENTIFIED = frozenset("identified known".split())  # ", identified only as K.T.,", ", known as Big Al,"
_SELF_NAMING = frozenset("identified gave".split())  # ", who identified himself as X,", ", who gave her name as X,"
_SELF_NAMING_OBJ = frozenset("himself herself themselves his her their".split())
_SOURCE_NOUNS = frozenset("""website site newspaper paper daily tabloid magazine broadcaster channel network outlet
    agency monitor watchdog tracker police""".split())
_FROM_BY = frozenset("from by".split())
_STUDY_NOUNS = frozenset("review reviews analysis study studies survey report audit paper assessment".split())


_AGE_WORD_RE = re.compile(r"\d{1,3}-years?(?:-old)?")  # "64-year-old", "64-year" (of "64-year old")


def _speaker_fwd(toks: list[_Tok], i: int) -> _Mention | None:
    """Speaker mention starting at ``toks[i]`` (after an inverted cue: "said X, a spokesman").

    >>> t = _tokens("according to German intelligence officials.", 0, 43)
    >>> m = _speaker_fwd(t, 2)
    >>> " ".join(x.text for x in t if m.start <= x.start < m.end)
    'German intelligence officials'
    """
    if i >= len(toks):
        return None
    low = toks[i].text.lower()
    if low in _PRONOUNS:
        return _Mention(toks[i].start, toks[i].end, low, False)
    if _AGE_WORD_RE.fullmatch(low):
        # an age before the name: "said 64-year-old Bo Tran", "said 64-year old Bo Tran", "said 70-year-old retired
        # teacher Bo Tran": the name after it (not "said 64-year-old residents": a plural noun, no name, as before)
        a = i + 1 + (i + 1 < len(toks) and low.endswith("year") and toks[i + 1].text.lower() == "old")
        m = _speaker_fwd(toks, a) if a < len(toks) and toks[a].text[:1].isalpha() else None
        if m is not None and m.named:
            return m
    s = i + 1 if low == "the" and i + 1 < len(toks) and _is_cap(toks[i + 1]) else i
    if s == i and low in _DETERMINERS and _is_cap(toks[i]) and i + 1 < len(toks) and toks[i + 1].text.islower():
        # a sentence-initial determiner: "A survivor of the massacre, Patience Carter, suggested", "An aide said"
        j = i + 1
        while j < len(toks) and j - i < 8 and toks[j].text[:1].isalnum() and toks[j].text.lower() not in _CLAUSE_STOP:
            j += 1
        if j + 1 < len(toks) and toks[j].text == "," and _is_cap(toks[j + 1]):
            e = j + 1
            while e < len(toks) and (_is_cap(toks[e]) or toks[e].text in _CONNECTORS or toks[e].text == "."):
                e += 1
            if e - j - 1 <= 6 and (e == len(toks) or toks[e].text == ","):
                m = _name_span(toks, j + 1, e)
                if m is not None and m.named:
                    return m
        e = i + 1
        while e < j and e - i < 4 and toks[e].text.lower() not in _PREPS:
            e += 1
        return _Mention(toks[i].start, toks[e - 1].end, "", False)
    if not _is_cap(toks[s]) and low not in _DETERMINERS:
        # role words before a name: "said former tech executive Carly Fiorina", "said spokesman John Kirby"
        r = i
        while r < len(toks) and r - i < 5 and toks[r].text.replace("-", "").isalpha() and toks[r].text.islower() \
                and toks[r].text not in _CLAUSE_STOP_IN_ON_AT and toks[r].text not in _PREPS \
                and (toks[r].text != "of" or r > i):
            # "said former secretary of state Hillary Clinton", "said master of ceremonies Asab Al-Tabchi"
            r += 1
        if r > i and r < len(toks) and r - i < 5 and _is_cap(toks[r]) and toks[r].text.lower() not in _NOT_NAME:
            s = r
    if _is_cap(toks[s]):
        j = s
        while j < len(toks) and (_is_cap(toks[j]) or (toks[j].text in _CONNECTORS and j + 1 < len(toks) and _is_cap(toks[j + 1]))
                                 or (toks[j].text == "." and j + 1 < len(toks) and _is_cap(toks[j + 1])
                                     and (toks[j - 1].text.lower() in _ABBREV  # "Mr. Obama", "Sen. Cruz"
                                          # "the U.S. Census Bureau": a dotted abbreviation is part of the name
                                          or _DOTTED_RE.fullmatch(toks[j - 1].text) is not None))):
            j += 1
            if j + 2 < len(toks) and toks[j].text == "and" and toks[j - 1].text.lower().rstrip(".") in _TITLES \
                    and _is_cap(toks[j + 1]) and toks[j + 1].text.lower().rstrip(".") in _TITLES:
                j += 1  # two titles of one person: "said ABC President and CEO Frank Dolby"
        if s > i and j == s + 1 and j + 1 < len(toks) and toks[j].text == "." and _DOTTED_RE.fullmatch(toks[s].text) \
                and toks[j].end == toks[s].end + 1 and toks[j + 1].text.isalpha() and toks[j + 1].text.islower() \
                and toks[j + 1].text not in _ROLE_STOP:
            # "according to the U.S. hospital", "said the U.K. embassy": the noun after the dotted abbreviation
            x = j + 1
            while x < len(toks) and x - j <= 3 and toks[x].text.isalpha() and toks[x].text.islower() \
                    and toks[x].text not in _ROLE_STOP and toks[x].text not in _THOUGHT_OR_CUE \
                    and toks[x].text not in _RELATIVE and toks[x].text not in _PRONOUNS and toks[x].text != "where":
                x += 1
            return _Mention(toks[i].start, toks[x - 1].end, "", False)
        if s == i and j == s + 1 and j + 1 < len(toks) and toks[j].text == "." and _DOTTED_RE.fullmatch(toks[s].text) \
                and toks[j].end == toks[s].end + 1:
            # "according to U.S. officials", "said U.N. investigators", "U.S. law enforcement officials": a group
            # noun after the dotted abbreviation (and up to two modifiers)
            x, last = j + 1, 0
            while x < len(toks) and x - j <= 3 and toks[x].text.isalpha() and toks[x].text.islower() \
                    and toks[x].text not in _ROLE_STOP and toks[x].text not in _THOUGHT_OR_CUE:
                if _group_noun(toks, x):
                    last = x
                x += 1
            if last:
                return _Mention(toks[i].start, toks[last].end, "", False)
        r = j
        while r < len(toks) and r - j < 4 and toks[r].text.isalpha() and toks[r].text.islower() \
                and toks[r].text not in _CLAUSE_STOP_IN_ON_AT and toks[r].text not in _PREPS \
                and (toks[r].text in _ROLE_WORDS or toks[r].text in _TITLES):
            r += 1
        if r == j and j + 1 < len(toks) and (toks[j].text in _SOURCE_NOUNS or toks[j + 1].text in _SOURCE_NOUNS or (
                j + 2 < len(toks) and toks[j + 2].text in _SOURCE_NOUNS)) and toks[j].text.islower():
            # a source noun after modifiers before a name: "Danish tracking website Storm Count Archive"
            x = j
            while x < len(toks) and x - j < 3 and toks[x].text.isalpha() and toks[x].text.islower() \
                    and toks[x].text not in _CLAUSE_STOP_IN_ON_AT and toks[x].text not in _PREPS:
                x += 1
            if x > j and toks[x - 1].text in _SOURCE_NOUNS and x < len(toks) and _is_cap(toks[x]):
                r = x
        if r == j and j < len(toks) and toks[j].text.isalpha() and toks[j].text.islower() \
                and toks[j].text.endswith(_ROLE_ENDS) and toks[j].text not in _ROLE_STOP \
                and j + 1 < len(toks) and _is_cap(toks[j + 1]):
            r = j + 1  # one other role noun before a name: "said Republican strategist Al Cardenas"
        if r == j and j + 2 < len(toks) and toks[j].text.isalpha() and toks[j].text.islower():
            # modifiers and a role noun before a name: "said CNN national security analyst Ann Lee"
            x = j
            while x < len(toks) and x - j < 4 and toks[x].text.isalpha() and toks[x].text.islower() \
                    and toks[x].text not in _CLAUSE_STOP_IN_ON_AT and toks[x].text not in _PREPS \
                    and toks[x].text not in _THOUGHT_OR_CUE and toks[x].text not in _BE:
                x += 1
            last = toks[x - 1].text
            if x - j >= 2 and x < len(toks) and _is_cap(toks[x]) and toks[x].text.lower() not in _NOT_NAME and (
                    last in _ROLE_WORDS or last in _TITLES or (last.endswith(_ROLE_ENDS) and last not in _ROLE_STOP)):
                r = x
        if r > j and r < len(toks) and toks[r].text == "and" and r + 1 < len(toks) and _is_cap(toks[r + 1]):
            r += 1  # "Labour leader and Islington North MP Jeremy Corbyn"
        if r > j and r < len(toks) and toks[r].text == "," and toks[j - 1].text.endswith(("'s", "’s")):
            r += 1  # "said Florida's governor, Rick Scott"
        if r == j and j < len(toks) and toks[j - 1].text.endswith(("'s", "’s")) and len(toks) - j <= 3 and all(
                t.text.isalpha() and t.text.islower() and t.text not in _CLAUSE_STOP_IN_ON_AT for t in toks[j:]):
            return _Mention(toks[s].start, toks[-1].end, "", False)  # "Mateen's father" (up to the cue)
        if r > j and r < len(toks) and _is_cap(toks[r]) and toks[r].text.lower() not in _NOT_NAME:
            # role words between two names: "CNN affiliate WCSC", "Sanders campaign manager Jeff Weaver"
            e = r
            while e < len(toks) and (_is_cap(toks[e]) or (toks[e].text in _CONNECTORS and e + 1 < len(toks)
                                                          and _is_cap(toks[e + 1]))):
                e += 1
            m = _name_span(toks, r, e)
            if m is not None and (m.named or toks[r].text.isupper()):
                return m
        if r == j and j - s <= 2:
            # a capitalised modifier before a group noun: "according to German intelligence officials"
            x = j
            while x < len(toks) and x - j < 3 and toks[x].text.isalpha() and toks[x].text.islower() \
                    and toks[x].text not in _CLAUSE_STOP_IN_ON_AT and toks[x].text not in _PREPS:
                x += 1
            if x > j and (toks[x - 1].text in _COLLECTIVE or toks[x - 1].text in _PERSON_HEADS) \
                    and (x == len(toks) or not _is_cap(toks[x])):
                return _Mention(toks[s].start, toks[x - 1].end, "", False)
        return _name_span(toks, s, j)
    if low in _DETERMINERS:
        if i + 3 < len(toks) and toks[i + 1].text in _MEDIA_NOUNS and toks[i + 2].text in _FROM_BY:
            m = _speaker_fwd(toks, i + 3)  # "according to a statement from spokeswoman Jane Doe": the sender
            if m is not None and m.named:
                return m
        j = i + 1
        while j < len(toks) and j - i < 6 and toks[j].text[:1].isalnum() and toks[j].text.lower() not in _CLAUSE_STOP_IN_ON_AT:
            j += 1
        if j == i + 1 and j < len(toks) and toks[j].text in _QUOTE_TOKS:
            # a quoted title after the determiner: 'said the "Grey Towers" star' (the title and the noun after it)
            c = next((x for x in range(j + 1, min(len(toks), j + 9)) if toks[x].text in _QUOTE_TOKS), -1)
            j = c + 1
            while 0 < j < len(toks) and j - c <= 3 and toks[j].text.isalpha() and toks[j].text.islower() \
                    and toks[j].text not in _CLAUSE_STOP_IN_ON_AT:
                j += 1
            if c < 0 or j == c + 1:
                return None
        if j > i + 1 and toks[i + 1].text in _STUDY_NOUNS:
            # "according to one review of the evidence by Harvard researchers": the authors
            k = next((x for x in range(i + 2, min(len(toks) - 1, i + 9)) if toks[x].text == "by"), -1)
            if k > 0 and (_is_cap(toks[k + 1]) or toks[k + 1].text in _PERSON_HEADS or toks[k + 1].text in _DETERMINERS):
                m = _speaker_fwd(toks, k + 1)
                if m is not None:
                    return m
        if j > i + 1:
            return _Mention(toks[i].start, toks[j - 1].end, "", False)
        return None  # a bare determiner is no mention
    if low in _COLLECTIVE or (low.isalpha() and (i + 1 == len(toks) or not toks[i + 1].text[:1].isalnum())):
        return _Mention(toks[i].start, toks[i].end, "", False)  # "say marchers", "said police."
    return None


_SPAN_NOUNS = frozenset("""minute minutes hour hours day days week weeks month months year years decade decades
    moment moments""".split())
_NUM_ADJ_RE = re.compile(r"\d[\d.]*(?:-[a-z]+)+")  # "145-year-old", "000-word" (of "2,000-word")


def _num_adj(toks: list[_Tok], i: int) -> int:
    """Number of tokens of a number adjective starting at ``toks[i]`` ("145-year-old": 1, "2,000-word": 3), or 0.

    >>> _num_adj(_tokens("The 2,000-word text", 0, 19), 1)
    3
    """
    if _NUM_ADJ_RE.fullmatch(toks[i].text):
        return 1
    if i + 2 < len(toks) and toks[i].text.isdigit() and toks[i + 1].text == "," \
            and toks[i + 1].start == toks[i].end and _NUM_ADJ_RE.fullmatch(toks[i + 2].text):
        return 3
    return 0


_ALL_NEXT = frozenset("of the these those his her their our my its".split())  # "All of them", "All the experts"


_OBJECT_PRONOUNS = frozenset("him her".split())


def _subject(toks: list[_Tok]) -> _Mention | None:
    """The sentence subject, for "..., saying:" and "X ... but said ...": the first mention in ``toks``.

    >>> t = "In a statement, Mr Jones praised them, saying"
    >>> m = _subject(_tokens(t, 0, len(t)))
    >>> t[m.start:m.end]
    'Mr Jones'
    """
    b = 0
    if toks and toks[0].text in _OPEN_DOUBLE + '"':
        # "“He underwent surgery,” the hospital said, noting ...": not a word of the quote
        b = next((x + 1 for x in range(1, min(len(toks), 60)) if toks[x].text in _CLOSE_DOUBLE + '"'), 0)
        while b < len(toks) and toks[b].text in ",—–-":
            b += 1
    if b + 2 < len(toks) and toks[b].text.isupper() and len(toks[b].text) > 1:
        # a dateline: "WASHINGTON (Reuters) - ...", "Washington (AFP) – ...", "NEW YORK — ..."
        d = next((x for x in range(b + 1, min(len(toks), b + 7)) if toks[x].text in "—–-"), -1)
        if d > 0 and (all(t.text.isupper() or t.text in ",." for t in toks[b:d]) or (
                d - b >= 4 and toks[d - 1].text == ")" and toks[d - 3].text == "(" and toks[d - 2].text.isalpha()
                and all(_is_cap(t) for t in toks[b:d - 3]))):
            b = d + 1
    elif b + 5 < len(toks) and toks[b + 1].text == "(" and toks[b + 3].text == ")" and toks[b + 4].text in "—–-" \
            and _is_cap(toks[b]) and toks[b + 2].text.isalpha():
        b += 5  # "Washington (AFP) – Democrat Hillary Clinton has ..."
    elif b + 5 < len(toks) and toks[b + 1].text == "(" and toks[b + 3].text == ")" and _is_cap(toks[b]) \
            and toks[b + 2].text.isupper() and toks[b + 2].text.isalpha() and len(toks[b + 2].text) > 1:
        b += 4  # "Tallinn (CNN) With the flags at half-mast, President X said ...": a dateline without a dash
    if b + 2 < len(toks) and toks[b].text.lower() == "all" and (toks[b + 1].text == "," or (
            toks[b + 1].text.isalpha() and toks[b + 1].text.islower())):
        # "All" opens the sentence: a quantifier, no name. "All of them said" and "All the experts said" give the
        # phrase; "All along, X ..." the subject after the comma; "All of which is to say", "All have" none
        if toks[b + 1].text == ",":
            b += 2
        else:
            e = b + 1
            if toks[e].text not in _ALL_NEXT and not (toks[e].text.endswith("s") and toks[e].text not in _VERBISH
                                                       and toks[e].text not in _BE and toks[e].text not in _ANY_CUE):
                return None
            while e + 1 < len(toks) and e - b < 5 and toks[e + 1].text.isalpha() and toks[e + 1].text.islower() \
                    and toks[e + 1].text not in _CLAUSE_STOP_IN_ON_AT and toks[e + 1].text not in _ANY_CUE \
                    and toks[e + 1].text not in _BE and toks[e + 1].text not in _VERBISH:
                e += 1
            if toks[e].text in _ALL_NEXT or toks[e].text in _CLAUSE_STOP or toks[e].text in _DETERMINERS:
                return None
            return _Mention(toks[b].start, toks[e].end, "", False)
    if b + 3 < len(toks) and toks[b].text.lower() in ("a", "an", "the"):
        # "A little-known group called Soldiers of Dawn claimed ...": the name after "called" / "named"
        x = next((x for x in range(b + 2, min(len(toks) - 1, b + 5)) if toks[x].text in _NAMED_WORDS), -1)
        if x > 0 and _is_cap(toks[x + 1]) and all(_LOWER_WORD_RE.fullmatch(t.text) for t in toks[b + 1:x]):
            ment = _speaker_fwd(toks, x + 1)
            if ment is not None and (ment.named or toks[x - 1].text in _COLLECTIVE_HEADS):
                return ment
    n1 = _num_adj(toks, b + 1) if b + 2 < len(toks) and toks[b + 1].text[:1].isdigit() else 0
    if b + 1 < len(toks) and toks[b].text.lower() in ("the", "a", "an") and (n1 or (
            toks[b + 1].text.isalpha() and toks[b + 1].text.islower() and toks[b + 1].text not in _ANY_CUE)):
        # a description opens the sentence: "The manifesto posted by the suspect used similar language, saying",
        # "The 2,000-word text explains ..."
        e = b + 1 + max(0, n1 - 1)
        while e + 1 < len(toks) and e - b < 4 + n1 and toks[e + 1].text.isalpha() and toks[e + 1].text.islower() \
                and toks[e + 1].text not in _CLAUSE_STOP_IN_ON_AT and toks[e + 1].text not in _PREPS \
                and toks[e + 1].text not in _BE and toks[e + 1].text not in _ANY_CUE \
                and toks[e + 1].text not in _VERBISH and not toks[e + 1].text.endswith(("ed", "ly")):
            e += 1
        if e + 2 < len(toks) and toks[e + 1].text in ("named", "called") and _is_cap(toks[e + 2]):
            # "A pupil named Sarah at the school ...": the name
            ment = _speaker_fwd(toks, e + 2)
            if ment is not None:
                return ment
        if not (e + 1 < len(toks) and toks[e + 1].text == "," and any(
                t.text in _SPAN_NOUNS for t in toks[b + 1:e + 1])):
            return _Mention(toks[b].start, toks[e].end, "", False)
        b = e + 2  # an opening time phrase: "A few weeks back, Bowers ..."
    if b + 1 < len(toks) and (toks[b].text.lower() in _INTRO_WORDS or toks[b].text.lower().endswith(("ly", "ing"))
                              or toks[b + 1].text.lower() in _INTRO_NEXT):
        # an opening phrase before the subject: "Shortly after the announcement, Mitch McConnell issued ...",
        # "Back in 1999, Mr. Trump ...", "In an interview with The Wall Street Journal, Trump ..."
        for _ in range(2):  # and a place after it: "Speaking in Salem, New Hampshire, Trump went after Bush"
            c = next((x for x in range(b + 1, min(len(toks), b + 16)) if toks[x].text == ","), -1)
            if c > 0 and c + 1 < len(toks) and toks[b].text.endswith("ly") and _is_cap(toks[b]) \
                    and toks[c + 1].text.isalpha() and toks[c + 1].text.islower():
                b = c + 1  # "Shortly before noon, blog user X wrote": the adverb is no name
                break
            if c > 0 and c + 2 < len(toks) and _bare_plural(toks[c + 1].text) \
                    and toks[c + 2].text.isalpha() and toks[c + 2].text.islower() \
                    and toks[c + 2].text not in _NOT_VERB_NEXT:
                # "Near the end of the parade, fans sang ...": a bare plural subject after the phrase
                return _Mention(toks[c + 1].start, toks[c + 1].end, "", False)
            if c < 0 or c + 1 >= len(toks) or not (toks[c + 1].text.lower() in _PRONOUNS or (
                    _is_cap(toks[c + 1]) and toks[c + 1].text.lower() not in _NOT_NAME)):
                break
            b = c + 1
            c2 = next((x for x in range(b + 1, min(len(toks), b + 4)) if toks[x].text == ","), -1)
            if c2 < 0 or not all(_is_cap(t) for t in toks[b:c2]):
                break
    for i in range(b, min(len(toks), b + 12)):
        low = toks[i].text.lower()
        if low in _OBJECT_PRONOUNS and i > 0 and toks[i - 1].text.lower() in _PREPS:
            continue  # "Next to her, intern Jane Doe tweeted": the object of a preposition is no subject
        if low in _PRONOUNS or (_is_cap(toks[i]) and low not in _NOT_NAME and not _is_date_word(low)):
            if low not in _PRONOUNS and _group_noun(toks, i + 1) and not (i > 0 and toks[i - 1].text.lower() in _ARTICLES):
                # a capitalised modifier of a group noun: "Local officials blocked ... and said", "Special police
                # units ... urged" (no person "Local")
                e = i + 1
                while e + 1 < len(toks) and e - i < 4 and _group_noun(toks, e + 1):
                    e += 1
                nx = toks[e + 1].text if e + 1 < len(toks) else ""
                if nx in _ANY_CUE or nx in _BE or nx in _PERFECT or nx in _VERBISH or nx in _MODALS \
                        or nx in _SKIP_BEFORE_CUE or (nx.endswith("ed") and nx.isalpha() and nx.islower()):
                    # a verb next (not "Labour leader Ann Lee", "Clinton prefers to")
                    return _Mention(toks[i].start, toks[e].end, "", False)
            if low.endswith(("'s", "’s")):
                # "Mateen’s ex-wife, Sitora Yusufiy, told CNN ... but added": the name after the description
                c = next((x for x in range(i + 1, min(len(toks), i + 5)) if toks[x].text == ","), -1)
                k = next((x for x in range(c + 1, min(len(toks), c + 6)) if toks[x].text == ","), -1) if c > 0 else -1
                name = _appositive_name(toks, c, k) if k > 0 else None
                if name is not None:
                    return name
            return _speaker_fwd(toks, i)
    return None


_MODALS = frozenset("would will could can may might should must".split())
_NAMED_WORDS = frozenset(("called", "named"))
_LED_WORDS = frozenset("headed led founded run chaired owned directed co-founded".split())


def _lows(toks: list[_Tok], a: int, b: int) -> list[str]:
    return [t.text.lower() for t in toks[a:b]]


_LOWER_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
# heads of a description naming a body ("a group called X"): X is the speaker even when no person's name
_COLLECTIVE_HEADS = frozenset("""group organization organisation movement network faction militia coalition
    campaign charity alliance party outfit""".split())
_GROUP_PLURALS = frozenset("""units forces troops crews teams squads agencies authorities groups activists
    hawks doves lawmakers legislators readers versions journalists officials residents leaders""".split())


def _group_noun(toks: list[_Tok], i: int) -> bool:
    """``toks[i]`` is a lower-case group or person noun ("officials", "police", "units", "witnesses"), not a verb.

    >>> t = _tokens("Local officials says police units", 0, 33)
    >>> [_group_noun(t, x) for x in range(5)]
    [False, True, False, True, True]
    """
    if i >= len(toks):
        return False
    n = toks[i].text
    if not (n.isalpha() and n.islower()):
        return False
    return n in _COLLECTIVE or n in _PERSON_HEADS or n in _GROUP_PLURALS or (
        n.endswith(_THEY_HEAD_ENDS) and n not in _ANY_CUE and n not in _THOUGHT_OR_CUE)  # not "Benson ignores"


_COORD = frozenset(", ; but and while whereas".split())  # a second clause with a subject of its own
# a report or an alert issued by the subject: "Ann Lee issued an online report saying ..." (only here: "a report
# saying ..." with no issuer keeps the report as its source)
_ISSUED_REPORTS = frozenset("report alert advisory".split())
_ISSUE_VERBS = frozenset("issued released put posted sent published shared gave".split())
_ISSUE_SKIP = frozenset(",") | _WEEKDAYS | _TIME_NOUNS | frozenset("on late early later earlier this last".split())


def _issuer(toks: list[_Tok], lows: list[str], j: int) -> _Mention | None:
    """The speaker of a participle cue after a document issued by the subject of its own verb: "..., but the
    family of Ida Holm put out a statement saying ...", "Gov. Ivo Brandt released a statement Saturday, saying";
    None when the words before ``toks[j]`` are not such a phrase or the verb has no subject right before it.

    >>> t = _tokens("Ann Lee said nothing, but the family of Ivo Brandt put out a statement saying he was well", 0, 87)
    >>> m = _issuer(t, [x.text.lower() for x in t], 15)
    >>> " ".join(x.text for x in t if m.start <= x.start < m.end)
    'Ivo Brandt'
    """
    k = j - 1
    while k > 0 and lows[k] in _ISSUE_SKIP:
        k -= 1
    if k < 2 or (lows[k] not in _ISSUED_NOUNS and lows[k] not in _ISSUED_REPORTS):
        return None
    k -= 1
    x = k
    while x > k - 3 and x > 0 and lows[x] not in _ARTICLES and lows[x] not in ("its", "his", "her", "their"):
        x -= 1  # up to two adjectives: "a joint statement", "a brief written statement"
    if lows[x] not in _ARTICLES and lows[x] not in ("its", "his", "her", "their"):
        return None
    v = x - 1 - (x > 1 and lows[x - 1] == "out")
    if v < 1 or lows[v] not in _ISSUE_VERBS:
        return None
    return _speaker_back(toks, v)


def _subject_upto(toks: list[_Tok], j: int) -> _Mention | None:
    """The sentence subject before ``toks[j]``, past a quote that opens the sentence (however long).

    >>> t = "''We will protect the value of our investment,'' he said, adding"
    >>> tk = _tokens(t, 0, len(t))
    >>> m = _subject_upto(tk, len(tk) - 1)
    >>> t[m.start:m.end]
    'he'
    """
    b = 0
    if toks and (toks[0].text in _OPEN_DOUBLE + '"' or (toks[0].text == "'" and len(toks) > 1 and toks[1].text == "'")):
        two = toks[0].text == "'"
        c = next((x + 1 for x in range(1 + two, j) if toks[x].text in _CLOSE_DOUBLE + '"' or (
            two and x > 2 and toks[x].text == "'" and toks[x - 1].text == "'")), 0)
        if not c:
            return _subject(toks[:min(j, 16)])  # no closing mark before the cue: as before
        b = c
        while b < j and toks[b].text in ",—–-":
            b += 1
        x = next((x for x in range(b + 1, j) if toks[x].text.lower() in _DIRECT_CUES), 0)
        m = _speaker_back(toks, x) if x else None
        if m is not None and m.start >= toks[b].start:
            return m  # the speaker of the cue after the quote: '"...," Kim & Lo spokesman Ann Lee said, adding'
    else:
        b = _past_close(toks, j)
    return _subject(toks[b:min(j, b + 16)])


def _past_close(toks: list[_Tok], j: int) -> int:
    """Index after the closing mark when ``toks[:j]`` opens inside a quote ("We won,” he said, adding"), else 0.

    The sentence splitter may start a sentence inside a quote: its first quote mark is then a closing one.

    >>> t = _tokens("We won it all,” he said, adding", 0, 31)
    >>> _past_close(t, len(t) - 1)
    6
    """
    c = next((x for x in range(min(j, 60)) if toks[x].text in _QUOTE_TOKS), -1)
    if c <= 0 or toks[c].text not in _CLOSE_DOUBLE:
        return 0
    b = c + 1
    while b < j and toks[b].text in ",—–-":
        b += 1
    return b


class _Raw(NamedTuple):
    start: int
    end: int
    kind: str
    mention: _Mention | None
    cue: tuple[int, int]
    inherit: bool
    nested: bool = False  # an inner report inside another reported clause (hard case 8 of the labels)


class _Span(NamedTuple):
    """A stretch of text looked at like a sentence: the content of a reported clause (nested reports)."""

    start: int
    end: int


_DOTTED_RE = re.compile(r"[A-Z](?:\.[A-Z])+")  # "U.S", "U.K" (the token before its last period)


def _is_end(toks: list[_Tok], j: int) -> bool:
    """``toks[j]`` ends a sentence (a period after "Mr", "Sen" or an initial does not).

    >>> t = _tokens("Mr. Wehner said. Then", 0, 21)
    >>> [_is_end(t, j) for j in range(len(t))]
    [False, False, False, False, True, False]
    """
    w = toks[j].text
    if w not in _SENT_END:
        return False
    if w == "." and j > 0:
        p = toks[j - 1].text
        return not (p.lower() in _ABBREV or (len(p) == 1 and p.isupper())
                    or (j + 1 < len(toks) and toks[j + 1].text in "),")  # "(D-N.Y.) said"
                    # (round 37) an abbreviation after a hyphen: "the University of Elm-St. Oaks"
                    or ("-" in p and p.rsplit("-", 1)[1].lower() in _ABBREV and j + 1 < len(toks)
                        and _is_cap(toks[j + 1]))
                    # "U.S. President Donald Trump": a dotted abbreviation before a capitalised word
                    # or a lower-case word ("a U.S. official said", "a U.N. experts' panel"): no sentence starts so
                    or (len(p) > 2 and p[1] == "." and j + 1 < len(toks) and _DOTTED_RE.fullmatch(p) is not None
                        and (_is_cap(toks[j + 1]) or toks[j + 1].text[:1].islower())))
    return True


def _cue_back(toks: list[_Tok]) -> tuple[int, _Mention | None] | None:
    """Attribution before a quote: ``X said:``, ``he told the Standard:``, ``saying:``."""
    n = len(toks)
    for j in range(n - 1, max(-1, n - 7), -1):
        w = toks[j].text.lower()
        if w in _DIRECT_CUES and not (j > 0 and (
                (w in _NOUN_CUES and (toks[j - 1].text.lower() in _DETERMINERS or toks[j - 1].text.lower() == "own"
                                      or toks[j - 1].text.endswith(("'s", "’s"))))
                or _after_article_toks(toks, j))):
            tail = toks[j + 1:]
            if any(_is_end(toks, x) for x in range(j + 1, n)):
                return None
            if tail and tail[-1].text not in {":", ",", "as"}:
                return None
            ment = _speaker_back(toks, j)
            if ment is None and j > 0 and toks[j - 1].text in _QUOTE_TOKS and j + 2 < n:
                # an inverted cue after the first part of the quote: "“A,” said an Iowa Democrat, “B.”"
                ment = _speaker_fwd(toks, j + 1)
            if ment is None and toks[0].text in _OPEN_DOUBLE:
                ment = _subject_upto(toks, j)  # "“...,” Graham said on CNN, adding, “...”": past the quote
            elif ment is None:
                # the subject of the cue's own sentence ("Gov. Ann Berg released a statement Saturday, saying:"),
                # not of an earlier one in the window
                b = _past_close(toks, j)
                b = next((x + 1 for x in range(j - 1, b - 1, -1) if _is_end(toks, x)), b)
                ment = _subject(toks[b:min(j, b + 12)])
            if ment is None and (j == 0 or _is_end(toks, j - 1)) and toks[j].text[:1].isupper():
                ment = _speaker_fwd(toks, j + 1)  # an inverted cue opens the sentence: "Continued Stone: “...”"
            return j, ment
        if toks[j].text in _SENT_END and _is_end(toks, j):  # (the test _is_end opens with, without a call)
            return None
    if n >= 4 and toks[-1].text == ":" and toks[-2].text.lower() in _COLON_DOCS and toks[-3].text.lower() in _DOC_DETS \
            and toks[-4].text.lower() in _SEND_VERBS:
        # "Before the hearing, Ann Lee sent a note: “...”": the subject of the verb wrote it
        ment = _speaker_back(toks, n - 4)
        if ment is not None and ment.start >= toks[0].start:
            return n - 4, ment
    if n >= 2 and toks[-1].text == ":":  # headline style "Trump: “...”"
        ment = _speaker_back(toks, n - 1)
        if ment is not None and not _PAGE_LABELS.isdisjoint(
                t.text.lower() for t in toks if ment.start <= t.start < ment.end):
            return None  # "UPDATE: “...”", "Advertisement: “...”": page furniture
        if ment is not None and not ment.pronoun and (ment.named or ment.start == toks[0].start or any(
                _is_end(toks, x) for x in range(max(0, n - 8), n - 1) if toks[x].end <= ment.start)):
            return n - 1, ment  # not "... refugees around the country: “...”"
    return None


_COLON_DOCS = frozenset("message note statement letter post tweet caption text email".split())
_DOC_DETS = frozenset("a an the this another".split())
_PLATFORMS = frozenset("twitter facebook instagram tiktok youtube telegram reddit snapchat linkedin".split())
_SEND_VERBS = frozenset("sent posted wrote tweeted issued released left added shared published".split())
# a document's words after its quote: "“...,” the report states." (only there, after a lower-case noun and
# before the sentence end: "states" is no cue elsewhere, "the United States")
_WRITTEN_CUES = frozenset("states reads".split())
_TITLE_JOINERS = frozenset("in of for &".split())  # "&": a company's name ("Kim & Lo spokesman Ann Lee said")
_FWD_CUES = _DIRECT_CUES | _WRITTEN_CUES
_FWD_RELEASED = _FWD_CUES | {"released"}  # "“...,” spokesman Tom Reed released in a statement."


_WHILE_WORDS = frozenset("as while when".split())
_WHILE_SUBJECTS = frozenset("he she they we i".split())


def _while_clause(toks: list[_Tok], k: int) -> bool:
    """(round 39) ``toks[k:]`` opens a clause of time after a bare attribution: "“...?” said one woman as she waved a
    flag." (not a reported clause: "said one woman had waved")."""
    return toks[k].text.lower() in _WHILE_WORDS and k + 1 < len(toks) and toks[k + 1].text.lower() in _WHILE_SUBJECTS


def _cue_fwd(toks: list[_Tok], opens: bool = False) -> tuple[int, _Mention | None] | None:
    """Attribution after a quote: ``, X said``, ``said X, a spokesman``, ``he added``.

    ``opens``: the quote opens its sentence (then "“...” for his behaviour, she said." is its cue too).
    """
    i = 0
    while i < len(toks) and toks[i].text in ",—–-":
        i += 1
    if i < len(toks) and toks[i].text.lower() in _DIRECT_CUES:
        if i + 1 < len(toks) and toks[i + 1].text == ":":
            return None  # "saying:" introduces the next quote
        if toks[i].text.endswith("ing"):
            return None  # "“New York values,” saying ...": the cue of the sentence subject
        return i, _speaker_fwd(toks, i + 1)
    if i + 4 < len(toks) and (toks[i + 1].text in _QUOTED_AS or toks[i + 2].text in _QUOTED_AS):
        # "“...,” it quoted Ann Lee, the charity's director, as saying.": the person quoted (hard case 8)
        j = next((x for x in range(i + 3, min(len(toks), i + 20)) if toks[x].text.lower() == "saying"
                  and toks[x - 1].text == "as" or _is_end(toks, x)), 0)
        if j and toks[j].text.lower() == "saying" and (toks[j - 2].text[:1].isalnum() or toks[j - 2].text == ","):
            q = i + 1 + (toks[i + 2].text in _QUOTED_AS)
            if q - 1 > i and toks[q - 1].text.lower() in ("was", "were", "is", "been"):
                # (round 46) passive: '"...," Chan was quoted by Bloomberg as saying': the one before "was quoted"
                ment = _speaker_back(toks, q - 1)
                if ment is not None:
                    return j, ment
            ment = _speaker_fwd(toks[:j - 1], q + 1)
            if ment is None and j - 2 > q and toks[j - 2].text[:1].isalnum():
                ment = _Mention(toks[q + 1].start, toks[j - 2].end, "", False)
            if ment is not None and ment.start < ment.end:
                return j, ment
    v = i + 1 if i < len(toks) and toks[i].text.lower() in _PRONOUNS else i
    while v < len(toks) and v - i < 3 and _is_cap(toks[v]) and toks[v].text.lower() not in _NOT_NAME:
        v += 1
    if i < v < len(toks) and v - i <= 3 and toks[v].text.isalpha() and toks[v].text.islower() \
            and toks[v].text.endswith(("ed", "es")) and toks[v].text not in _BE and toks[v].text not in _DIRECT_CUES \
            and (v + 1 == len(toks) or toks[v + 1].text in ",.!?;" or toks[v + 1].text in _QUOTE_RE.pattern):
        # any verb alone after the quote and its speaker: "“The way I see it,” she elaborated, “...”"
        ment = _speaker_back(toks, v)
        if ment is not None and (ment.pronoun or ment.named):
            return v, ment
    for j in range(i + 1, min(len(toks), i + 25)):
        w = toks[j].text.lower()
        # (_is_end's own first test inline: most tokens are no sentence end)
        if (toks[j].text in _SENT_END and _is_end(toks, j)) or (toks[j].text in _QUOTE_RE.pattern and not (
                toks[j].text in "'’" and toks[j].start == toks[j - 1].end and toks[j - 1].text[-1:] in "sS")):
            return None  # (the apostrophe of a possessive "Arthur Evans' statement" is no quote mark)
        if w in _FWD_RELEASED and (w != "released" or (j + 2 < len(toks) and (toks[j + 2].text.lower() in _ISSUED_NOUNS or (
                j + 3 < len(toks) and toks[j + 1].text.lower() == "in" and toks[j + 3].text.lower() in _ISSUED_NOUNS)))) \
                and (w in _DIRECT_CUES or w == "released" or (
                toks[j - 1].text.isalpha() and toks[j - 1].text.islower()
                and (j + 1 == len(toks) or toks[j + 1].text in ",.;"))) and not _after_article_toks(toks, j):
            ment = _speaker_back(toks, j)
            if ment is not None:
                # the period of a title or an initial is part of the name: "Sen. Jane Doe", "Jane E. Doe"
                pre = [tk for tk in toks[i:j] if tk.end <= ment.start]
                if len(pre) > 1 and any(tk.text == "." for tk in pre):
                    pre = [tk for x, tk in enumerate(toks[i:j], i) if tk.end <= ment.start
                           and not (tk.text == "." and x > i and not _is_end(toks, x))]
                if pre and ment.named and _AGE_WORD_RE.fullmatch(pre[0].text.lower()):
                    # (round 42) an age opens the speaker's words: "“...,” 31-year-old England fan Bo Tran told"
                    pre = pre[1 + (len(pre) > 1 and pre[0].text.lower().endswith("year")
                                   and pre[1].text.lower() == "old"):]
                c = next((x for x in range(len(pre) - 1, 0, -1) if pre[x].text == ","), 0)
                if opens and 1 < c <= 5 and ment.named and pre[0].text.lower() in _PREPS and c + 1 < len(pre) \
                        and all(tk.text.isalnum() for tk in pre[:c]):
                    # a phrase of the sentence the quote begins before its speaker: '"..." in Libya, State
                    # Department spokeswoman Ann Lee said'
                    pre = pre[c + 1:]
                # only the speaker and its titles between quote and cue ("Sanders campaign manager Jeff Weaver")
                if all(tk.text[:1].isupper() or tk.text.lower() in _DETERMINERS for tk in pre) or (
                        # "“...,” one worker, identified only as K.T., told CNN"
                        ment.named and len(pre) <= 10 and pre[-1].text == "as"
                        and any(tk.text in _IDENTIFIED for tk in pre[-4:])) or (
                        # "“...,” spokeswoman Sara Brady said", "event coordinator Dorsey Fairbairn said"
                        pre and len(pre) <= 3 and ment.named and pre[-1].text in _ROLE_WORDS | _TITLES
                        and all(tk.text.isalpha() and tk.text.islower() and tk.text not in _CLAUSE_STOP_IN_ON_AT
                                for tk in pre)) or (
                        pre and _is_cap(pre[0]) and len(pre) <= 4
                        and all(tk.text[:1].isupper() or (tk.text.isalpha() and tk.text.islower()
                                                          and tk.text not in _CLAUSE_STOP_IN_ON_AT) for tk in pre)) or (
                        # lower-case role words, then capitalised ones, before a name: "retired Air Force general
                        # Lloyd Newton said", "panel Chairman Rep. Jason Chaffetz (R-Utah) said"
                        pre and len(pre) <= 8 and ment.named and not ment.pronoun
                        and all(tk.text[:1].isupper() or (tk.text.isalpha() and tk.text.islower()
                                                          and tk.text not in _ROLE_STOP and tk.text not in _PRONOUNS
                                                          and tk.text not in _ANY_CUE)
                                # "the White House's National Security Council spokesperson Ned Price said"
                                or (x == 0 and tk.text == "the" and len(pre) > 2 and _is_cap(pre[1]))
                                # a joiner inside a capitalised title: "FBI Special Agent in Charge Jane Doe said"
                                or (tk.text in _TITLE_JOINERS and x > 0 and _is_cap(pre[x - 1])
                                    and (x == len(pre) - 1 or _is_cap(pre[x + 1])))
                                for x, tk in enumerate(pre))) or (
                        # (round 37) an organisation's role, then the name: "“...,” the league's head of press
                        # relations Ann Bell said", "the firm's spokesman Ivo Hale said"
                        _owner_role_before(pre, ment)) or (
                        # a description, then the name in apposition: "“...,” his wife, Ana Reyes, told reporters"
                        ment.named and not ment.pronoun and 3 <= len(pre) <= 7 and pre[-1].text == ","
                        and pre[0].text.lower() in _DETERMINERS
                        and all((tk.text.isalpha() or tk.text.endswith(("'s", "’s"))) and tk.text.lower() not in _ROLE_STOP
                                and tk.text.lower() not in _PRONOUNS  # ("the victim's parents, Ed and Paula Okafor,")
                                and tk.text.lower() not in _ANY_CUE
                                # (round 42) a joiner inside a capitalised name: "a fellow Teach for America alum,"
                                or (tk.text in _TITLE_JOINERS and _is_cap(pre[x - 1]) and _is_cap(pre[x + 1]))
                                for x, tk in enumerate(pre[1:-1], 1))):
                    return j, ment
                if opens and pre and pre[-1].text == "," and (j + 1 == len(toks) or _is_end(toks, j + 1) or (
                        j + 2 < len(toks) and toks[j + 1].text == "," and toks[j + 2].text.endswith("ing"))):
                    # a quote inside a sentence with a postposed cue: "“...” for his behaviour, she said."
                    return j, ment
            if j > i + 1 and toks[j - 1].text == "," and not w.endswith("ing") and w not in _TELL:
                # "“...” in the 2008 primary, said Ohio State University professor Paul Beck."
                ment = _speaker_fwd(toks, j + 1)
                if ment is not None and ment.named:
                    return j, ment
            return None
    return None


# (round 38) a comma, then "according to" right after a closing mark (the comma inside or outside the quote)
_ACCORDING_TAIL_RE = re.compile(r"[ \t]*(,?)[ \t]*according[ \t]+to[ \t]")


def _according_tail(text: str, ftoks: list[_Tok], cm: int) -> tuple[tuple[int, int], _Mention] | None:
    """(round 38) A quote (or a quoted fragment) with no cue of its own, followed by a comma and "according to
    X": ``(cue span, X)``, the source the sentence names, not the sentence subject ("The bridge was “beyond
    repair,” according to the Elm Herald." is the Herald's). None without the comma, for a possessive pronoun
    ("according to his lawyer": no antecedent resolved here) or without a noun phrase after "to".

    >>> t = 'The bridge was “beyond repair,” according to the Elm Herald.'
    >>> cm = t.index("”") + 1
    >>> cue, m = _according_tail(t, _tokens(t, cm, len(t)), cm)
    >>> t[cue[0]:cue[1]], t[m.start:m.end]
    ('according to', 'Elm Herald')
    >>> t = 'The bridge was “beyond repair” according to the Elm Herald.'
    >>> _according_tail(t, _tokens(t, t.index("”") + 1, len(t)), t.index("”") + 1) is None
    True
    """
    am = _ACCORDING_TAIL_RE.match(text, cm)
    if am is None or not (am.group(1) or text[cm - 2:cm - 1] == ","):
        return None
    i = 1 if ftoks[0].text == "," else 0
    if i + 2 >= len(ftoks) or ftoks[i].text.lower() != "according" or ftoks[i + 1].text.lower() != "to":
        return None
    k = i + 2
    if ftoks[k].text.lower() in ("his", "her", "their", "its", "my", "our", "your"):
        return None
    ment = _speaker_fwd(ftoks, k)
    if ment is None and ftoks[k].text[:1].isalnum():
        e = k + 1  # a noun phrase of up to five words: "according to court documents filed in ..."
        while e < len(ftoks) and e - k < 5 and ftoks[e].text[:1].isalnum() \
                and ftoks[e].text.lower() not in _CLAUSE_STOP:
            e += 1
        while e - 1 > k and ftoks[e - 1].text.lower() in _NO_MENTION_END:
            e -= 1
        ment = _Mention(ftoks[k].start, ftoks[e - 1].end, "", False)
    if ment is None or ment.pronoun:
        return None
    return (ftoks[i].start, ftoks[i + 1].end), ment


def _owner_role_before(pre: list[_Tok], ment: _Mention) -> bool:
    """(round 37) ``pre`` (the words between a quote and its named speaker) is "the OWNER's ROLE" or
    "OWNER's ROLE": a possessive, then lower-case words with a role word among them ("head of media relations",
    "chief spokesman", "longtime lawyer"), "of" / "for" / "and" allowed inside; no pronoun, no cue."""
    if not ment.named or ment.pronoun or not 2 <= len(pre) <= 9:
        return False
    o = 1 if pre[0].text.lower() == "the" else 0
    if o >= len(pre) - 1 or not pre[o].text.endswith(("'s", "’s")) or not pre[o].text[:1].isalnum():
        return False
    rest = pre[o + 1:]
    return any(tk.text in _ROLE_WORDS or tk.text in _TITLES for tk in rest) and all(
        tk.text.isalpha() and tk.text.islower() and tk.text not in _PRONOUNS and tk.text not in _ANY_CUE
        and (tk.text in ("of", "for", "and") or tk.text not in _ROLE_STOP) for tk in rest)


def _prev_char(text: str, i: int) -> str:
    """The last non-space character before ``text[i]`` ("\\n" for a line break, "" at the start).

    >>> _prev_char("Hi.  “x", 5), _prev_char("a\\n “x", 3), _prev_char("“x", 0)
    ('.', '\\n', '')
    """
    i -= 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return text[i] if i >= 0 else ""


def _last_para_end(text: str, i: int) -> int:
    """Offset just after the last non-space character before ``text[i]``.

    >>> _last_para_end("He said:\\n\\n“Go", 10)
    8
    """
    i -= 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i + 1


# words before a quote that make it the text of a sign, not speech (QUOTES_LABELS.md, hard case 10)
_INSCRIPTION_RE = re.compile(
    r"(?<![^\W_])(?:[Bb]anners?|[Ss]igns?|[Pp]lacards?|[Pp]osters?|[Ss]logans?|[Tt]-[Ss]hirts?|[Ss]hirts?|[Gg]raffiti|"
    r"[Pp]laques?|[Bb]illboards?)[ \t]+(?:(?:which|that)[ \t]+)?(?:read|reads|reading|said|says|saying|declared|"
    r"declaring|proclaimed|proclaiming|bearing|bore|with the words)?[ \t]*[:,]?[ \t]*$")
# a dash and a full name after a closing mark, then the line end or the next quote: "“...” ― Jane A. Doe"; the
# name may be followed by the publication it wrote in, after a comma: "“...” — Jane Doe, the Daily Ledger"
_SIGNED_RE = re.compile(r"[^\S\n]*([―—])[^\S\n]*"
                        r"((?:[A-Z]\.?|[A-Z][\w'’-]+)(?:[^\S\n]+(?:[A-Z]\.?|[A-Z][\w'’-]+)){1,4})"
                        r"(?:,[^\S\n]*(?:the[^\S\n]+)?[A-Z][\w'’&.-]*(?:[^\S\n]+[A-Z][\w'’&.-]*){0,3})?"
                        r"[^\S\n]*\.?[^\S\n]*(?=\n|\Z|[“\"])")
_NEW_SENT_RE = re.compile(r"[.!?][ \t]+[A-Z]")
_WORD_COMMA_RE = re.compile(r"([A-Za-z]+),")  # a parenthetical cue: "..., he said, ..."
_SIGN_DASHES = frozenset("―—")
_TURN_RE = re.compile(r"([A-Z]{2,}(?: [A-Z]{2,})?):\s+")  # "PENCE: " opening a quoted transcript turn
# verbs of uttering words, under which a second quote after "and" is more of the same ('chanted “A” and “B”')
_UTTER_CUES = frozenset("""say says said saying shout shouts shouted shouting chant chants chanted chanting yell
    yells yelled yelling scream screams screamed screaming cry cried crying tweet tweets tweeted tweeting write
    writes wrote writing add adds added adding""".split())
_AND_GAP_RE = re.compile(r"[ \t]*,?[ \t]*(?:and|or)[ \t]*")
_LIST_GAP_RE = re.compile(r"[ \t]*(?:,|,?[ \t]*(?:and|or))[ \t]*")


def _direct(text: str, sents: list, starts: list[int]) -> list[_Raw]:
    out: list[_Raw] = []
    first_para_end = text.find("\n")  # the headline: first line of a text with several lines
    prev_close = -1  # after the closing mark of the previous quote
    inscription_end = -2  # after the closing mark of the last sign or banner text
    for om, qs, qe, cm in _mark_spans(text):
        s, e = _strip(text, qs, qe)
        if s >= e:
            continue
        w = text[max(0, om - 60):om]
        if (("ign" in w or "anner" in w or "oster" in w or "hirt" in w or "lacard" in w or "logan" in w
             or "raffiti" in w or "laque" in w or "illboard" in w)  # the words the pattern needs (2.5x faster)
                and _INSCRIPTION_RE.search(text, max(0, om - 60), om)) or (
                inscription_end >= 0 and _LIST_GAP_RE.fullmatch(text, inscription_end, om)):
            # the text of a sign, banner or placard ("Banners reading “...”, “...” and “...”", "a sign which read
            # “...”"): a displayed slogan, not a statement, and its bearer no speaker for a later "she said"
            inscription_end = prev_close = cm
            continue
        if text[s].isupper() and text[s + 1:s + 2].isupper():
            tm = _TURN_RE.match(text, s, e)
            if tm is not None and tm.group(1).lower() not in _NOT_TRANSCRIPT \
                    and _named_elsewhere(text, tm.group(1).split()[-1]):
                # a transcript turn quoted whole: "“PENCE: Well, ...”" (the speaker is the capitalised name)
                prev_close = cm
                out.append(_Raw(tm.end(), e, "direct", _Mention(tm.start(1), tm.end(1), "", True),
                                (tm.end(1), tm.end(1) + 1), False))
                continue
        si = max(0, bisect_right(starts, om) - 1)
        ei = max(0, bisect_right(starts, qe) - 1)
        after_end = min(sents[ei].end, cm + _WINDOW)
        if after_end > cm + 1 and ei + 1 < len(sents) and after_end == sents[ei].end and text[after_end - 1] == ".":
            p = text[max(cm, after_end - 5):after_end - 1].split()[-1:]
            if p and (p[0].lower() in _ABBREV or (len(p[0]) == 1 and p[0].isupper())
                      # (round 37) after a hyphen: "the University of Elm-St. Oaks"
                      or ("-" in p[0] and p[0].rsplit("-", 1)[1].lower() in _ABBREV)
                      or (len(p[0]) <= 5 and _DOTTED_RE.fullmatch(p[0]) is not None)):
                after_end = min(sents[ei + 1].end, cm + _WINDOW)  # a sentence split after "Sen.", "A.D."
        next_sent = after_end <= cm + 1 and ei + 1 < len(sents) and "\n" not in text[cm:sents[ei + 1].start]
        if next_sent:  # the quote closes its sentence: "“...?” Todd asked." (the cue in the next one)
            after_end = min(sents[ei + 1].end, cm + _WINDOW)
        nq = _QUOTE_FAST_RE.search(text, cm, after_end)
        while nq and text[nq.start()] in "’'" and (_is_apostrophe(text, nq.start()) or _plural_possessive(text, nq.start())):
            # "Ryan’s office said"; "a professor who tracks voters’ views on taxes, said" (round 37)
            nq = _QUOTE_FAST_RE.search(text, nq.end(), after_end)
        if nq:
            after_end = nq.start()
        ftoks = _tokens(text, cm, after_end) if cm < after_end else []
        before = _prev_char(text, om)
        f = _cue_fwd(ftoks, before in ("\n", "", ".", "!", "?")) if ftoks else None
        if f is not None and next_sent:
            # only a bare attribution there ("Smith said on Monday."), not a reported clause of its own
            j, ment = f
            k = j + 1
            if ment is not None and ment.start > ftoks[j].start:
                while k < len(ftoks) and ftoks[k].start < ment.end:
                    k += 1
            # "Todd asked the mogul.", "Trump asked reporters rhetorically during a news conference."
            short_obj = ftoks[j].text.lower() in _OBJECT_CUES and (len(ftoks) - k <= 6 or (
                k + 1 < len(ftoks) and (ftoks[k + 1].text.lower() in _ADVERBIAL_PREPS or (
                    ftoks[k + 1].text.endswith("ly") and ftoks[k + 1].text.islower()))))
            if k < len(ftoks) and not (ftoks[k].text in ",.!?;(" or ftoks[k].text.lower() in _ADVERBIAL_PREPS
                                       or short_obj or _while_clause(ftoks, k)):
                f = None
        if f is None and (text[cm:cm + 1] in _SIGN_DASHES or text[cm + 1:cm + 2] in _SIGN_DASHES):
            sig = _SIGNED_RE.match(text, cm)
            if sig is not None:  # a quote signed with a dash and a name: "“...” ― Jane Doe"
                prev_close = cm
                out.append(_Raw(s, e, "direct", _Mention(sig.start(2), sig.end(2), "", True), sig.span(1), False))
                continue
        if f is None:  # the words before the quote matter only without a cue after it
            lo = max(sents[si].start, om - _WINDOW)
            btoks = _tokens(text, lo, om) if lo < om else []
            b = _cue_back(btoks) if btoks else None
        else:
            btoks, b = [], None
        if f is None and b is None and ftoks and "ccording" in text[cm:cm + 14]:
            acc = _according_tail(text, ftoks, cm)
            if acc is not None:
                # (round 38) '... “A,” according to the Elm Herald.': no cue of its own before or after the quote,
                # the source named after it (not '... said, “A,” according to X': the speaker's, hard case 8)
                prev_close = cm
                out.append(_Raw(s, e, "direct", acc[1], acc[0], False))
                continue
        para_open = before in ("\n", "")
        sent_open = para_open or before in (".", "!", "?")
        gap = text[prev_close:om] if 0 <= prev_close <= om else "\n"
        if (f is None and b is None and out and out[-1].mention is not None and "\n" not in gap
                and len(gap) < 120 and out[-1].cue[0] >= prev_close - 1
                # a sentence starts between the attribution and this quote: not when the quote is inside it and
                # it has a cue word of its own ("... she said. Others called him “a genius.”"), nor when it has a
                # cue of its own followed by a comma ("“A,” Mr. Obama said. And, he said, ... “B”")
                and ((ns := _NEW_SENT_RE.search(text, out[-1].cue[1], om)) is None or (
                    (sent_open or not _CUE_WORD_RE.search(text[ns.start():om].lower()))
                    and not (len(text[out[-1].cue[1]:om].split()) > 10
                             and any(m.group(1).lower() in _REPORT_CUES
                                     for m in _WORD_COMMA_RE.finditer(text, ns.end(), om)))))):
            # "A," she said. "B." -- one quote interrupted by its own attribution
            out[-1] = out[-1]._replace(end=e)
            prev_close = cm
            continue
        if f is None and b is None and out and out[-1].mention is not None and 0 <= prev_close <= om \
                and out[-1].end >= prev_close - 2 and not gap.strip():
            # the next quote right after one with a speaker (a title quote between merged into it): "“A,” Flynn
            # said on Fox News’s “Fox and Friends.” “B.”"
            prev_close = cm
            out.append(_Raw(s, e, "direct", out[-1].mention, (-1, -1), False))
            continue
        if f is None and b is None and out and out[-1].mention is not None and 0 <= out[-1].cue[1] <= out[-1].start \
                and 0 <= prev_close <= om and out[-1].end >= prev_close - 2 and _AND_GAP_RE.fullmatch(gap) \
                and text[out[-1].cue[0]:out[-1].cue[1]].lower() in _UTTER_CUES \
                and (" " in text[out[-1].mention.start:out[-1].mention.end] or out[-1].mention.pronoun
                     or text[out[-1].mention.start].isupper()
                     or _group_word(text[out[-1].mention.start:out[-1].mention.end])):
            # (a one-word mention is a name, a pronoun or a group noun: not "... the costs saying, “A” and “B”")
            # a second quote coordinated under the same cue: 'the men say “A” and “B.”'
            prev_close = cm
            out.append(_Raw(s, e, "direct", out[-1].mention, out[-1].cue, False))
            continue
        prev_close = cm
        if f is not None:
            j, ment = f
            out.append(_Raw(s, e, "direct", ment, (ftoks[j].start, ftoks[j].end), False))
            continue
        if b is None and para_open and _prev_char(text, _last_para_end(text, om)) == ":":
            pe = _last_para_end(text, om)  # "He said:" closing the previous paragraph
            ptoks = _tokens(text, max(0, pe - _WINDOW), pe)
            pb = _cue_back(ptoks)
            if pb is not None:
                j, ment = pb
                out.append(_Raw(s, e, "direct", ment, (ptoks[j].start, ptoks[j].end), False))
                continue
        if b is not None:
            j, ment = b
            out.append(_Raw(s, e, "direct", ment, (btoks[j].start, btoks[j].end), False))
            continue
        # four words or more (one match of four tokens, not all of them), a quote opening its paragraph or in the
        # headline (tested first: no subject is looked for when the quote is not kept)
        if not (para_open or qs <= first_para_end or _FOUR_TOKENS_RE.match(text, s, e) is not None):
            continue
        subj = None
        if not sent_open and btoks:
            # no cue: the speaker is the sentence subject when the sentence opens with a name
            # or pronoun ("Canova wrote to his followers, “...”")
            sb = len(btoks)  # just after the last sentence end in btoks (0 when none)
            while sb > 0 and btoks[sb - 1].text not in _SENT_END:
                sb -= 1
            if sb + 2 < len(btoks) and (btoks[sb].text.lower() in _INTRO_WORDS or btoks[sb + 1].text == "(" or (
                    # "Shortly before noon, blog user X wrote ... “...”"
                    btoks[sb].text.endswith("ly") and btoks[sb + 1].text in _PREPS)):
                # an opening phrase or a dateline before the subject: "With the flags at half-mast, President X
                # called the attack “...”", "Tallinn (CNN) President X ..."
                subj = _subject(btoks[sb:sb + 30])
            elif sb < len(btoks) and (_is_cap(btoks[sb]) or btoks[sb].text.lower() in _PRONOUNS):
                subj = _subject(btoks[sb:sb + 4])
                if subj is not None and sb + 4 < len(btoks) and (subj.end >= btoks[sb + 3].end
                                                                 or btoks[sb + 3].text in _CONNECTORS):
                    subj = _subject(btoks[sb:sb + 8])  # a longer one: "Sri Lankan Member of Parliament X"
                if subj is not None and not _PAGE_LABELS.isdisjoint(
                        t.text.lower() for t in btoks[sb:sb + 8] if subj.start <= t.start < subj.end):
                    subj = None  # a page label ("UPDATE: “...”") is no subject
        out.append(_Raw(s, e, "direct", subj, (-1, -1), subj is None and sent_open))
    return out


_DAY_NAMES = _WEEKDAYS - {"today", "yesterday", "tonight"}  # the days named after "on"
_DAY_PARTS = frozenset("morning afternoon evening night".split())


def _skip_to_content(toks: list[_Tok], j: int, end: int) -> tuple[str, int]:
    """What follows the cue ``toks[j]``: ``("clause", k)`` (content starts at ``toks[k]``),
    ``("comma", k)`` (a comma after the cue and its adverbials: a parenthetical cue),
    or ``("end", k)`` (only adverbials up to the sentence end: a postposed cue).

    >>> t = "She said on Monday in a statement that it was over"
    >>> _skip_to_content(_tokens(t, 0, len(t)), 1, 11)
    ('clause', 8)
    >>> t = "She said there likely would be more"
    >>> _skip_to_content(_tokens(t, 0, len(t)), 1, 7)
    ('clause', 2)
    """
    w = toks[j].text.lower()
    k = j + 1
    obj = w in _OBJECT_CUES
    limit = min(end, k + 12)
    m = k
    while m < limit:
        tw = toks[m].text.lower()
        if tw == "that":
            return "clause", m + 1
        if toks[m].text == ",":
            t = _comma_that(toks, m, end)
            return ("clause", t + 1) if t else ("comma", m)
        if toks[m].text in _SENT_END or toks[m].text in ':"“\'':
            return "none", m
        if tw in _ADVERBIAL or (tw.isdigit() and m > k):
            m += 1
            continue
        if tw == "on" and m + 2 < limit and toks[m + 1].text.lower() in _DAY_NAMES:
            # "said on Monday the city was calm", "said on Friday morning two men ...": the day only (the phrase
            # rule below would run on into the clause's subject)
            m += 2 + (toks[m + 2].text.lower() in _DAY_PARTS)
            continue
        if tw in _PREPS and m + 1 < limit and (_is_cap(toks[m + 1]) or toks[m + 1].text.lower() in _DETERMINERS
                                                 or toks[m + 1].text.lower() in _PREP_OBJECTS
                                                 or (tw != "to" and toks[m + 1].text.lower() in _MEANS_OBJECTS)):
            # a prepositional phrase: "in a statement", "on Fox News", "to reporters"
            m += 2
            while m < limit and (toks[m].text[:1].isalnum() and toks[m].text.lower() not in _CLAUSE_STOP
                                 and (_is_cap(toks[m]) or toks[m].text.lower() not in _PRONOUNS)
                                 and not (m > k and _is_cap(toks[m - 1]) and not _is_cap(toks[m])
                                          and toks[m].text.lower() in _CLAUSE_START)):
                m += 1
            continue
        if obj:
            # "told CNN ...", "told reporters ...", "told the Associated Press ..."
            obj = False
            m2 = m
            if tw in _DETERMINERS:
                m2 += 1
                while m2 < limit and toks[m2].text[:1].isalnum() and not _is_cap(toks[m2]) and m2 - m < 4 \
                        and toks[m2].text.lower() not in _CLAUSE_STOP and toks[m2].text.lower() not in _PRONOUNS \
                        and toks[m2].text.lower() not in _FINITE:
                    m2 += 1
            if m2 < limit and _is_cap(toks[m2]):
                while m2 < limit and (_is_cap(toks[m2]) or toks[m2].text in _CONNECTORS):
                    m2 += 1
                if m2 + 2 < limit and toks[m2].text in "\"“" and _is_cap(toks[m2 + 1]):
                    # a programme's title after the hearer: 'told CNN's "State of the Union" that ...'
                    m3 = next((x for x in range(m2 + 1, min(limit, m2 + 10)) if toks[x].text in "\"”"), 0)
                    if m3 and all(_is_cap(tk) or tk.text in _CONNECTORS or len(tk.text) <= 4 for tk in toks[m2 + 1:m3]):
                        m2 = m3 + 1
            elif m2 == m and tw.isalpha():
                m2 += 1  # "told reporters", "told him"
            if m2 > m + 1 and m2 < limit and toks[m2].text.lower() in _FINITE and tw in _DETERMINERS:
                return "clause", m  # no object: "warned the plan would fail" (the noun phrase is the subject)
            m = m2
            continue
        if m == k and tw in _NOT_CLAUSE and not (
                m + 2 < end and ((tw == "there" and (toks[m + 1].text.lower() in _THERE_VERBS or (
                    # "said there likely would be ...": an adverb before the verb
                    toks[m + 1].text.lower().endswith("ly") and toks[m + 2].text.lower() in _THERE_VERBS)))
                                 or (tw == "no" and toks[m + 1].text.isalpha()
                                     and toks[m + 1].text.lower() not in _NO_NOT_CLAUSE))):
            # "said there had been ...", "said no decision had been made" are clauses; "said no to" is not
            return "none", m
        if toks[m].text[:1].isalnum() or toks[m].text in "“\"‘$":
            return "clause", m
        return "none", m
    return ("end", m) if m >= end else ("none", m)


# words that make the part after an inverted cue a clause, not the speaker's name and title
_NOT_IN_INVERTED = _BE | _RELATIVE | frozenset("""that he she they it we i would will could can may might should must
    had has have do does did not""".split())


def _inverted_name(toks: list[_Tok], lows: list[str], j: int, end_tok: int) -> _Mention | None:
    """The speaker after an inverted cue ``toks[j]`` ("CLAUSE, said TITLE NAME."), when it is a run of title words
    ending in a capitalised name, up to the sentence end or a comma (then "said its president, Ann Lee." takes the
    name after the comma); None when the words after the cue read as a clause.

    >>> t = "The road was closed, said Harbor County police chief Ann Lee."
    >>> toks, lows = _tokens_lower(t, 0, len(t))
    >>> m = _inverted_name(toks, lows, 5, len(toks) - 1)
    >>> t[m.start:m.end]
    'Harbor County police chief Ann Lee'
    >>> t = "The road was closed, said its owner, Ann Lee."
    >>> toks, lows = _tokens_lower(t, 0, len(t))
    >>> m = _inverted_name(toks, lows, 5, len(toks) - 1)
    >>> t[m.start:m.end]
    'Ann Lee'
    >>> t = "The road was closed, said Ann Lee of the city's tenants union."
    >>> toks, lows = _tokens_lower(t, 0, len(t))
    >>> m = _inverted_name(toks, lows, 5, len(toks) - 1)
    >>> t[m.start:m.end]
    'Ann Lee'
    >>> t = "The road was closed, said Lee had left."
    >>> toks, lows = _tokens_lower(t, 0, len(t))
    >>> _inverted_name(toks, lows, 5, len(toks) - 1) is None
    True
    """

    def run(a: int) -> int:  # the end of the title-and-name words from toks[a] (exclusive), -1 if a clause word
        b = a
        while b < end_tok and toks[b].text != ",":
            tw = lows[b]
            if tw == "." and b > a and (lows[b - 1] in _ABBREV or (len(toks[b - 1].text) == 1
                                                                   and toks[b - 1].text.isupper())):
                b += 1  # "Sen.", an initial: "said J. Peter Pham"
                continue
            if not toks[b].text[:1].isalnum() or tw in _NOT_IN_INVERTED or "'" in tw or "’" in tw or (
                    not _is_cap(toks[b]) and tw.endswith(("ed", "ing"))):
                return -1
            b += 1
        return b if 0 < b - a <= 14 else -1

    if lows[j] in _OBJECT_CUES or not (_is_cap(toks[j + 1]) or lows[j + 1] in _DETERMINERS):
        return None  # "..., told Ann Lee." names the hearer; "..., says she'll ..." is a clause
    b = run(j + 1)
    if b >= 0 and _is_cap(toks[b - 1]) and (b == end_tok or b + 1 < end_tok) \
            and lows[b - 1] not in _WEEKDAYS and lows[b - 1] not in _MONTHS:
        return _Mention(toks[j + 1].start, toks[b - 1].end, "", False)
    if _is_cap(toks[j + 1]) and (b < 0 or b == end_tok):
        # a name, then where the speaker is from, to the sentence end: "..., said Ann Lee of the tenants union."
        x = next((x for x in range(j + 2, min(end_tok, j + 6)) if lows[x] in _NAME_OF), 0)
        if x and x + 1 < end_tok <= x + 10 and all(_is_cap(tk) for tk in toks[j + 1:x]) and all(
                tk.text[:1].isalnum() and lw not in _NOT_IN_INVERTED and not lw.endswith(("ed", "ing"))
                for tk, lw in zip(toks[x + 1:end_tok], lows[x + 1:end_tok], strict=True)):
            return _Mention(toks[j + 1].start, toks[x - 1].end, "", False)
    if b < 0 or lows[b - 1] in _WEEKDAYS or lows[b - 1] in _MONTHS:
        return None
    if b < end_tok and b + 1 < end_tok and lows[j + 1] in _DETERMINERS:
        c = run(b + 1)
        if c == end_tok and all(_is_cap(tk) or tk.text == "." or tk.text in _CONNECTORS for tk in toks[b + 1:c]):
            return _Mention(toks[b + 1].start, toks[c - 1].end, "", True)
    return None


_NAME_OF = frozenset("of at from".split())  # "said Ann Lee of the union" / "at the clinic" / "from the city"
_COMMA_THAT_STOP = frozenset(list(_SENT_END) + list(';:"“”‘’\'()—–') + ["that"])


def _comma_that(toks: list[_Tok], c: int, end: int) -> int:
    """The index of "that" in a cue's ", PHRASE, that" (at most 10 tokens between the commas), else 0: the phrase
    is an aside, the clause follows ("says at a stop in Toledo, Ohio, that ...", "cautioned, as did others, that
    ...", "continues to insist, most recently in an interview, that ...").

    >>> t = "He said, as did others, that it was over"
    >>> _comma_that(_tokens(t, 0, len(t)), 2, 10)
    7
    """
    for m in range(c + 2, min(end - 3, c + 13)):
        tw = toks[m].text
        if tw == "," and toks[m + 1].text.lower() == "that":
            return m + 1
        if tw.lower() in _COMMA_THAT_STOP:
            return 0
    return 0


_TAIL_CUES = _REPORT_CUES | _WRITTEN_CUES | {"according"}
_TELL = frozenset("told tells".split())  # the one told comes after the cue: no inverted speaker
# words before a bare report noun ("there are reports that", "pursuing reports that"): the reports speak
_REPORTS_AFTER = frozenset("""pursuing investigating checking examining following amid despite denied dismissed
    confirmed about of by on after""".split())
_CLOSING_MARKS = frozenset("\"”’'»")


def _postposed_tail(toks: list[_Tok], lows: list[str], end_tok: int) -> tuple[int, _Mention, tuple[int, int]] | None:
    """A sentence-final attribution after a comma (", Lee said on Monday.", ", according to the report."):
    ``(comma index, mention, cue span)``, or None. Such an attribution is the outer one and wins over a cue
    earlier in the sentence ("The hospital reported that 66 people died, Lee said.").

    >>> t = "Smith told the FBI that he left, NBC News reported on Wednesday."
    >>> tk = _tokens(t, 0, len(t))
    >>> c, m, cue = _postposed_tail(tk, [x.text.lower() for x in tk], len(tk) - 1)
    >>> t[m.start:m.end], t[cue[0]:cue[1]]
    ('NBC News', 'reported')
    >>> t = 'Smith told the FBI that he was "ready to go," the report states.'
    >>> tk = _tokens(t, 0, len(t))
    >>> c, m, cue = _postposed_tail(tk, [x.text.lower() for x in tk], len(tk) - 1)
    >>> t[tk[c - 1].start:tk[c - 1].end], t[m.start:m.end]
    ('go', 'the report')
    >>> t = 'Smith told officers that he left, according to the report.'
    >>> tk = _tokens(t, 0, len(t))
    >>> c, m, cue = _postposed_tail(tk, [x.text.lower() for x in tk], len(tk) - 1)
    >>> t[m.start:m.end], t[cue[0]:cue[1]]
    ('the report', 'according to')
    """
    for j in range(end_tok - 1, max(4, end_tok - 12) - 1, -1):
        w = lows[j]
        if w == "according":
            if j + 2 < end_tok and lows[j + 1] == "to" and toks[j - 1].text == ",":
                ment = _speaker_fwd(toks[:end_tok], j + 2)
                if ment is None and toks[j + 2].text[:1].isalnum():
                    ment = _Mention(toks[j + 2].start, toks[end_tok - 1].end, "", False)
                if ment is not None:
                    return j - 1, ment, (toks[j].start, toks[j + 1].end)
            return None
        if w in _REPORT_CUES and _after_article(lows, j):
            continue  # a noun: ", according to the report."
        if w in _REPORT_CUES or (w in _WRITTEN_CUES and toks[j].text.islower()):  # (", the affidavit states.")
            if w.endswith("ing") or "," not in lows[max(0, j - 8):j]:
                return None
            what, k = _skip_to_content(toks, j, end_tok)
            if what not in ("end", "none") or k < end_tok - 1:
                return None
            ment = _speaker_back(toks, j)
            if ment is None:
                return None
            i0 = next((i for i in range(j - 1, -1, -1) if toks[i].end <= ment.start), -1) + 1
            if i0 > 4 and toks[i0 - 1].text in _CLOSING_MARKS and toks[i0 - 2].text == ",":
                i0 -= 1  # a comma inside the closing mark: '... "so he could be heard," the affidavit states.'
            if i0 > 4 and toks[i0 - 1].text != "," and not ment.pronoun and not ment.named:
                m0 = _tail_modifiers(toks, i0)  # ", law enforcement sources told Fox News."
                if m0 != i0:
                    i0, ment = m0, ment._replace(start=toks[m0].start)
            if i0 < 4 or toks[i0 - 1].text != ",":
                return None
            return i0 - 1, ment, (toks[j].start, toks[j].end)
        if not toks[j].text[:1].isalnum():
            return None
    return None


_NOT_TAIL_MODIFIER = _CLAUSE_STOP | _BE | _RELATIVE | _DETERMINERS | _PREPS | frozenset("""then yet also though
    although not he she they it we i according""".split())  # (no "according to media reports": a noun)


def _tail_modifiers(toks: list[_Tok], i0: int) -> int:
    """The start of up to three lower-case modifiers right after a comma before the bare noun ``toks[i0]`` of a
    postposed attribution ("..., law enforcement sources told Fox News.": the nested report before the comma is
    theirs, hard case 8), or ``i0`` when no comma comes first.

    >>> t = "He said it was his, law enforcement sources told Fox News."
    >>> _tail_modifiers(_tokens(t, 0, len(t)), 8)
    6
    >>> t = "He said it was his, and sources told Fox News."
    >>> _tail_modifiers(_tokens(t, 0, len(t)), 7)
    7
    >>> t = "He said it was his, according to news reports."
    >>> _tail_modifiers(_tokens(t, 0, len(t)), 9)
    9
    """
    for m in range(i0 - 1, max(0, i0 - 5), -1):
        w = toks[m].text
        if w == ",":
            return m + 1 if m + 1 < i0 else i0
        if not (w.isalpha() and w.islower()) or w in _NOT_TAIL_MODIFIER or w in _THOUGHT_OR_CUE:
            return i0
    return i0


def _comma_before_appositive(toks: list[_Tok], ment: _Mention, c: int) -> int | None:
    """The comma before the named ``ment`` of a postposed attribution whose name and cue an appositive separates
    ("..., Ann Lee, a police spokeswoman, said.": the comma before "Ann"; ``toks[c]`` is the comma before the
    cue), or None. A description before the name ("..., a police spokeswoman, Ann Lee, said.") is left out of the
    content too.

    >>> t = "Shots were fired, Ann Lee, a police spokeswoman, said."
    >>> tk = _tokens(t, 0, len(t))
    >>> c = _comma_before_appositive(tk, _Mention(18, 25, "", True), 9)
    >>> t[:tk[c].start]
    'Shots were fired'
    >>> t = "Shots were fired, a police spokeswoman, Ann Lee, said."
    >>> tk = _tokens(t, 0, len(t))
    >>> c = _comma_before_appositive(tk, _Mention(40, 47, "", True), 9)
    >>> t[:tk[c].start]
    'Shots were fired'
    """
    i0 = next((i for i in range(c) if toks[i].start >= ment.start), None)
    if i0 is None or i0 < 4 or toks[i0 - 1].text != "," or c - i0 > 14:
        return None
    if any(t.text in _QUOTE_TOKS or t.text in _SENT_END for t in toks[i0:c]):
        return None
    b = i0 - 1
    # a description between commas before the name: "..., a police spokeswoman, Ann Lee, said"
    d = b - 1
    while d > 0 and toks[d].text != "," and b - d < 10 and toks[d].text not in _QUOTE_TOKS:
        d -= 1
    if d > 2 and toks[d].text == "," and toks[d + 1].text.lower() in _APPOSITIVE_START \
            and not any(_is_cap(t) and t.text.lower() not in _TITLES for t in toks[d + 2:b] if t.text[:1].isalpha()
                        and not t.text.endswith(("'s", "’s"))):
        b = d
    return b


_SPLIT_LINKS = frozenset("but and though although while yet".split())
_SPLIT_PRONOUNS = frozenset("he she they".split())
_SPLIT_ADVERBS = frozenset("also later then still".split())
_SPLIT_CUES = _REPORT_CUES | _THAT_CUES
# subordinators opening a sentence whose first report ends at the comma closing their clause when a subject of
# its own and a cue follow it ("After the mayor said A, Lee told reporters B": two reports, not A's content running
# into Lee's)
_SPLIT_OPENERS = frozenset("after when before once since because".split())


def _pronoun_clause(toks: list[_Tok], lows: list[str], a: int, end: int) -> tuple[int, int, int] | None:
    """A second attribution of its own in a reported clause: ``(c, j, k)`` for "..., but she denied that ...".

    ``toks[c]`` ends the first clause, ``toks[j]`` is the second cue (after "he", "she" or "they"), its
    content starts at ``toks[k]``.

    >>> t = "it was a mistake, but she denied that she broke any rule"
    >>> tk = _tokens(t, 0, len(t))
    >>> _pronoun_clause(tk, [x.text.lower() for x in tk], 2, len(tk))
    (4, 7, 9)
    """
    if _SPLIT_CUES.isdisjoint(lows[a + 2:end]):
        return None  # no second cue word (most clauses): no loop over the tokens
    for c in range(a, end - 4):
        if toks[c].text not in ",;—–":
            continue
        q = c + 1
        while q < c + 3 and toks[q].text in _QUOTE_TOKS:  # a closing mark after the comma: "...,” but he said"
            q += 1
        link = lows[q] in _SPLIT_LINKS
        p = q + link
        if lows[p] not in _SPLIT_PRONOUNS:
            if not (link or toks[c].text == ";" or lows[0] in _SPLIT_LINKS or lows[0] in _SPLIT_OPENERS):
                continue  # "While X says A, Y says B", "After X said A, Y told reporters B"
            # a subject of its own: "..., while others say ...", "...; 46 percent said ..."
            j = next((x for x in range(p + 1, min(end - 3, p + 7)) if lows[x] in _SPLIT_CUES), -1)
            if j < 0 or lows[j].endswith("ing") or lows[j - 1] in _BE or (
                    lows[0] in _SPLIT_OPENERS and _after_article(lows, j)):
                continue  # (after an opener, not a noun: "After X said A, a claim he could not support ...")
            ment = _speaker_back(toks, j)
            if ment is None or ment.start != toks[p].start or ment.pronoun:
                continue
        else:
            j = p + 1 + (lows[p + 1] in _SPLIT_ADVERBS)
        if j < end and lows[j] in _SPLIT_CUES and not lows[j].endswith("ing"):
            what, k = _skip_to_content(toks, j, end)
            if what == "clause" and end - k >= 3:
                return c, j, k
    return None


# polls as sources: "In the latest CBS poll, CLAUSE" and "CLAUSE in the latest CBS poll." (the cue is "in")
_POLL_NOUNS = frozenset("poll polls survey surveys polling".split())
_POLL_STOP = frozenset(list(",;:.()—–\"“”") + "that which who whom and but or".split())
_LEAD_CONJ = frozenset("but and yet so still however meanwhile also now".split())
_SUBORDINATE = frozenset("though although despite while when as if because even after before since until".split())
# capitalised single words before a colon at a paragraph start that are no speaker ("UPDATE: ...")
_NOT_TRANSCRIPT = frozenset("""update updated watch note photos photo video related read more also source correction breaking
    exclusive editor listen see click follow sign subscribe warning spoiler tl dr ps p.s""".split())
# page furniture: labels of photos, links, videos, notes and ads that open a paragraph with a colon ("FILE PHOTO:",
# "SEE ALSO:", "EDITOR'S NOTE:", "READ MORE:", "JUST WATCHED Obama:", "Full Coverage:", "Photos: ..."); a label
# with one of these words is no speaker, and a sentence opening with one gives no reported speech
_PAGE_LABELS = frozenset("""photo photos file see editor's editor’s note opinion coverage read watch watched update
    updated related video videos advertisement correction corrections clarifications exclusive interactive listen
    click subscribe caption image gallery photographer podcast remaining""".split())
# page labels that stand in capitals before a name in a run of capitalised words ("MUST WATCH Obama said")
_CAPS_LABELS = _PAGE_LABELS | frozenset("must just breaking".split())
# labels of links and media (a caption, a video or a related article's title follows): the whole sentence is no
# reported speech of this article ("Photos: Terror attacks in ...", "READ MORE: X says ..."); after a note label
# ("UPDATE: Trump said ...") the text is the article's own
_LINK_LABELS = _PAGE_LABELS - frozenset("""editor's editor’s note opinion coverage update updated correction corrections
    clarifications exclusive remaining""".split())


def _named_elsewhere(text: str, word: str) -> bool:
    r"""A capitalised transcript speaker ("TAPPER:") is a person named in the text: the word after another
    capitalised word ("Jake Tapper", "JAKE TAPPER, CNN ANCHOR:") and never in lower case. Field labels of a
    list ("TARGET: ...", "ATTACKER: ..." in an article that also says "the attacker") are not.

    >>> _named_elsewhere("JAKE TAPPER, CNN: Hi.\n\nTAPPER: So.", "TAPPER")
    True
    >>> _named_elsewhere("The attacker fled.\n\nTARGET: A mall.\n\nATTACKER: Unknown.", "ATTACKER")
    False
    """
    # the patterns open with the word itself (the checks of the character before it follow), so that the regex
    # engine skips to the word's occurrences in C instead of trying every position of the text
    w = re.escape(word.lower())
    if re.search(rf"{w}(?<![^\W_]{w})(?![^\W_])", text):
        return False
    # each occurrence after a space, then the capitalised word before it: only inside the run of word characters
    # that ends at that space (one pattern over the whole text tried every capital letter: 0.1 ms per call); the
    # two spellings one after the other (any occurrence will do)
    for form in dict.fromkeys((word, word.title())):
        for m in re.finditer(rf" {re.escape(form)}(?![^\W_])", text):
            k = m.start()  # the space before the word
            while k > 0 and _NAME_RUN_RE.match(text, k - 1):
                k -= 1
            if _NAME_BEFORE_RE.search(text, k, m.start() + 1):
                return True
    return False


_NAME_RUN_RE = re.compile(r"[\w'’.-]")
_NAME_BEFORE_RE = re.compile(r"(?<![^\W_])[A-Z][\w'’.-]* $")


_AFTER_POLL = frozenset("released conducted taken published out this last on since of by from".split())
# "in" within the 80 characters before a poll noun, no punctuation between (see _cue_sentences)
_IN_BEFORE_RE = re.compile(r"(?<![a-z])in(?![a-z])[^,.;:!?\n()]*$")
_ANY_CUE = _REPORT_CUES | _THAT_CUES | _ACT_CUES | _ASK_CUES | _POLL_NOUNS | {"according"}
# a sentence without any cue word (a run of ASCII letters of the lower-cased text) has no reported speech:
# it is not tokenised (every cue is a run of ASCII letters, so this never skips a sentence with a cue token).
# The sentences to look at are found by one scan of the article (_cue_sentences); _LETTERS looks at one
# sentence when that scan cannot tell (a sentence boundary inside a word, sentences out of order).
_LETTERS = re.compile(r"[a-z]+")
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
assert all(w.isascii() and w.isalpha() and w.islower() for w in _ANY_CUE)


def _trie_pattern(words: list[str]) -> str:
    """A regular expression matching exactly ``words``, as a trie (the engine tries one branch per letter).

    >>> _trie_pattern(["say", "said", "says", "tell"])
    '(?:sa(?:id|y(?:s)?)|tell)'
    """
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + ("?" if "" in node else "")

    return emit(tree)


# every cue word that is a whole run of ASCII letters of the lower-cased text, found in one scan of the article
# (group 1; the scan runs over " " + text so that a word at the very start has a character before it).
# Opening with a character set lets the engine skip in C to the next non-letter.
_CUE_WORD_RE = re.compile("[^a-z](" + _trie_pattern(sorted(_ANY_CUE)) + ")(?![a-z])")
# cue words that report only with "that" as the next token (see the cue loop of _indirect); the next token
# after a word ending at e, if "that", makes _THAT_NEXT_RE match at e (tokens are apart by white space or "_")
_THAT_ONLY = _THAT_CUES - _REPORT_CUES - _ACT_CUES - _ASK_CUES - {"according"}
_OBJ_THAT_NEXT_RE = re.compile(r"(?:[\s_]+[^\s_.!?;:,]+){1,3}[\s_]+that(?![a-z])")  # "warning voters that"
_WRITE_WORDS = frozenset("write writes wrote writing tweet tweets tweeted".split())
_WRITE_ONLY = frozenset("write writes wrote".split())
_MEDIUM_PREPS = frozenset("on in via".split())
# media a "that" may follow after "on", "in" or "via" ("wrote on Twitter that", "wrote in a letter that")
_THAT_MEDIA = "twitter facebook instagram tweet post blog letter message email e-mail memo note column op-ed".split()
_MEDIA_WORDS = frozenset([*_THAT_MEDIA, "essay", "editorial", "article", "book"])
# or the sentence end (postposed: "..., the Post has learned."); or a medium between ("wrote on Twitter that", "wrote
# in a letter that")
_THAT_NEXT_RE = re.compile(r"[\s_]*(?:(?:on|in|via)[\s_]+(?:(?:a|an|his|her|their|its|the)[\s_]+)?(?:"
                           + "|".join(_THAT_MEDIA) + r")[\s_]+"
                           r"|(?:on[\s_]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[\s_]+)?(?:that|[.!?])")
# ... or an evidence noun before it ("a poll shows Sanders leading", "..., the survey found.")
_EVIDENCE_NOUNS = frozenset("""poll polls survey surveys study studies analysis data results numbers records
    documents emails video report research figures audit review investigation findings""".split())
_EVIDENCE_VERBS = frozenset("show shows showed find finds found indicate indicates indicated suggest suggests suggested".split())
# ... or a poll noun further back in the subject ("new polls released Sunday showed ...", "polls that showed ...")
_POLL_EVIDENCE = frozenset("poll polls survey surveys polling average".split())
# ... or a written finding further back, with no comma between ("A 2014 study by a law professor found ...",
# "research conducted by the center found ...", "leaked documents from his tax return show ...")
_REPORT_EVIDENCE = frozenset("study studies analysis analyses research report reports documents audit review".split())
_EVIDENCE_BACK_RE = re.compile("(?:(?<![a-z])(?:" + "|".join(sorted(_POLL_EVIDENCE)) + r")(?![a-z])[^.;:!?]*|(?:"
                               + "|".join(sorted(_EVIDENCE_NOUNS)) + r")[\s_]*|(?<![a-z])(?:"
                               + "|".join(sorted(_REPORT_EVIDENCE)) + r")(?![a-z])[^.;:!?,]*)$")
_EVIDENCE_STOP = frozenset(list(";:.!?") + "and but while because although though if when he she they i we you who".split())


def _evidence_subject(lows: list[str], j: int) -> bool:
    """An evidence noun right before ``lows[j]``, or a poll noun in its subject (up to 12 tokens back, no clause
    boundary between: "New polls released Sunday showed ...", "polls that showed ...").

    >>> _evidence_subject("new polls released sunday showed".split(), 4)
    True
    >>> _evidence_subject("polls are out and he found".split(), 5)
    False
    """
    if lows[j - 1] in _EVIDENCE_NOUNS:
        return True
    comma = False
    for i in range(j - 2, max(-1, j - 13), -1):
        if lows[i] in _POLL_EVIDENCE or (lows[i] in _REPORT_EVIDENCE and not comma):
            return True
        if lows[i] in _EVIDENCE_STOP:
            return False
        comma = comma or lows[i] == ","
    return False
# speech-act words that are cues only as speech acts: after a determiner or "be" (in the same sentence) the cue
# loop skips them ("the call", "was attacked"), so such an occurrence does not make a sentence worth tokenising
_ACT_ONLY = _ACT_CUES - _REPORT_CUES - _THAT_CUES - _ASK_CUES - _EVIDENCE_VERBS - _PASSIVE_AS  # (see _PASSIVE_AS)
_DET_BE_BEFORE_RE = re.compile(r"(?<![^\s])(?:" + "|".join(sorted(_DETERMINERS_BE)) + r")\s+$")
# the same for cue words that are often nouns: after a determiner or a possessive ("the report", "Trump's attack")
# the cue loop skips them (_NOUNISH report cues; _NOUN_CUES speech acts, see _noun_cue)
_NOUN_SKIP = ((_NOUNISH | _ADJ_PARTICIPLES) & _REPORT_CUES) - _THAT_CUES - _ASK_CUES - _ACT_CUES - {"according"}
_DET_BEFORE_RE = re.compile(r"(?<![^\s])(?:" + "|".join(sorted(_DETERMINERS)) + r")\s+$")
_POSS_BEFORE_RE = re.compile(r"[^\W_][’']s\s+$")
_ACT_NOUN = _ACT_ONLY & _NOUN_CUES
assert max(map(len, _ANY_CUE)) < 19  # _cue_sentences reads 20 characters past a stretch


def _free_occurrence(lower: str, word: str, start: int, end: int, used: set[int], in_quote) -> bool:
    """Whether ``word`` occurs in ``lower[start:end]`` outside the direct quotes and not as a direct quote's cue.

    Every occurrence is tried (str.find also finds the word inside longer words: a superset of the cue tokens).
    """
    p = lower.find(word, start, end)
    while p >= 0:
        if p not in used and not in_quote(p):
            return True
        p = lower.find(word, p + 1, end)
    return False


def _cue_sentences(lower: str, sents: list, used: set[int], quoted: list[tuple[int, int]]) -> set[int] | None:
    """Indices of the sentences holding a cue word (a whole run of letters) outside the direct quotes that is
    no direct quote's cue; None when the sentences overlap or are out of order (then look at each one).

    Only these sentences can give a reported quote (besides a headline "Name: claim"), so the others are not
    tokenised. A cue token is a whole run of letters of the article too, unless a sentence boundary cuts a run
    of letters (the caller looks at such sentences on their own). A word of _THAT_ONLY counts only when "that"
    follows it. Every test errs on the side of keeping a sentence.
    """
    starts = list(map(_START, sents))
    if any(map(gt, map(_END, sents), islice(starts, 1, None))):  # (C-level maps: no Python code per sentence)
        return None
    out: set[int] = set()
    # the scan skips the stretches where the caller's in_quote is true (from each quote's start to 2 characters
    # past its end or to the next quote's start), about a fifth of a news article: no word it finds is in a quote
    regions = []
    cur = 0
    for i, (a, b) in enumerate(quoted):
        e = min(b + 2, quoted[i + 1][0]) if i + 1 < len(quoted) else b + 2
        if e > a:
            if a > cur:
                regions.append((cur, a))
            cur = max(cur, e)
    regions.append((cur, len(lower)))
    padded = " " + lower
    added_end = -1
    for x, y in regions:
        # words starting in lower[x:y]; the scan may read 20 characters on, enough for the longest cue word
        for m in _CUE_WORD_RE.finditer(padded, x, min(len(padded), y + 20)):
            p = m.start()  # the word starts at p + 1 in padded, so at p in lower
            if p >= y:
                break
            if p < added_end or p in used:
                # the sentence is in already (sentences are in order and apart), or the word is a direct quote's
                # cue (never in_quote: the regions leave out exactly the stretches where it is true)
                continue
            w = m.group(1)
            if w in _POLL_NOUNS and not _IN_BEFORE_RE.search(lower, max(0, p - 80), p):
                continue
            if w in _PREP_ACTS and not _PREP_NEXT_RE.match(lower, m.end() - 1):
                continue
            if w in _VERB_NOUN_STANCE:
                # "support" / "favor" as a verb only after a subject pronoun, modal, "to" ... and not before a noun's
                # complement (see the cue loop)
                if _NOUN_STANCE_NEXT_RE.match(lower, m.end() - 1):
                    continue
                pw = _PREV_WORD_RE.search(lower, max(0, p - 16), p)
                pw = pw.group(1) if pw else ""
                if not (pw in _STANCE_BEFORE or (pw.endswith("s") and pw.isalpha() and pw not in _STANCE_NOT_PLURAL)):
                    continue
            if w in _THAT_ONLY and not (_THAT_NEXT_RE.match(lower, m.end() - 1) or (
                    w in _ING_OBJECT and _OBJ_THAT_NEXT_RE.match(lower, m.end() - 1)) or (
                    w in _AGREE and _AGREE_NEXT_RE.match(lower, m.end() - 1)) or (
                    w in _EVIDENCE_VERBS and _EVIDENCE_BACK_RE.search(lower, max(0, p - 100), p)) or (
                    w in _ING_CLAUSE_CUES and lower[p - 2:p] == ", ") or w in _WRITE_ONLY):
                continue
            k = bisect_right(starts, p) - 1
            if k >= 0 and p < sents[k].end and not (
                    (w in _ACT_ONLY and (_DET_BE_BEFORE_RE.search(lower, max(sents[k].start, p - 10), p) or (
                        w in _ACT_NOUN and _POSS_BEFORE_RE.search(lower, max(sents[k].start, p - 10), p))))
                    or (w in _NOUN_SKIP and (_DET_BEFORE_RE.search(lower, max(sents[k].start, p - 10), p)
                                             or _POSS_BEFORE_RE.search(lower, max(sents[k].start, p - 10), p)))):
                out.add(k)
                added_end = sents[k].end
    return out


def _act_speaker(toks: list[_Tok], lows: list[str], j: int) -> _Mention | None:
    """The speaker of the speech act ``toks[j]`` ("called", "accused"): the mention right before it; the sentence
    subject, when there is one, after "to" or a negation ("used a luncheon to attack ...", "Mr Jones has not talked
    about ...") and for a participle after a comma with no mention before it ("..., citing ...")."""
    ment = _speaker_back(toks, j)
    if j > 1 and (lows[j - 1] in _TO_NOT or (ment is None and lows[j - 1] == "," and lows[j].endswith("ing"))):
        ment = _subject_upto(toks, j) or ment
    return ment


def _is_list(toks: list[_Tok], lows: list[str], a: int, b: int) -> bool:
    """``toks[a:b]`` is a list or a table row, no claim: only capitalised words, numbers, commas and "and", with two
    commas or three numbers ("Ann Lee, Bo Park, Cy Ruiz", "56 Delegates 2,814 1,893 56").

    >>> t = _tokens("Ann Lee, Bo Park, Cy Ruiz and Di Wu", 0, 35)
    >>> _is_list(t, [x.text.lower() for x in t], 0, len(t))
    True
    """
    if any(toks[x].text[:1].islower() and lows[x] != "and" for x in range(a, b)):
        return False
    return lows[a:b].count(",") >= 2 or sum(toks[x].text[:1].isdigit() for x in range(a, b)) >= 3


def _indirect(text: str, sents: list, direct: list[_Raw], outer: list[_Raw] | None = None, lower: str | None = None,
              wide: set[int] | None = None) -> list[_Raw]:
    """Reported speech, one attribution per sentence (the outermost), then the reports nested in their contents.

    With ``outer`` (the nested pass), ``sents`` are the contents of the reported clauses ``outer`` found, whose cues
    are no cues here, and there are no headlines; ``lower`` is ``text.lower()`` (None: every content is looked at);
    the contents starting at an offset in ``wide`` are looked at with the wider cues of :data:`_NEST_ALONE_WORDS`.
    """
    out = []
    used = {r.cue[0] for r in direct}
    if outer is not None:
        used.update(r.cue[0] for r in outer)
    quoted = sorted((r.start, r.end) for r in direct)
    qstarts = [q[0] for q in quoted]

    def in_quote(pos: int) -> bool:
        i = bisect_right(qstarts, pos) - 1
        return i >= 0 and quoted[i][0] - 2 <= pos < quoted[i][1] + 2

    first_line_end = text.find("\n")
    if outer is None:
        lower = text.lower()
        if len(lower) != len(text):
            lower = None  # offsets not kept ("İ" -> "i̇"): every sentence is looked at
    words = _LETTERS.findall
    cue_words = _ANY_CUE if outer is None else _NEST_WORDS  # in a content, only the inner cues (see _nested)
    all_cue_words = cue_words
    cue_sents = _cue_sentences(lower, sents, used, quoted) if lower is not None and outer is None else None
    n_text = len(text)
    for k, sent in enumerate(sents):
        ss, se = sent.start, sent.end
        at_line_start = ss == 0 or text[ss - 1] == "\n"
        # no output unless a headline "Name: claim" or a cue word outside the direct quotes that is no direct
        # quote's cue (the cue loop below skips all others): such sentences are not tokenised
        if lower is not None and not (at_line_start and text.find(":", ss, se) >= 0):
            if cue_sents is None or (0 < ss < n_text and lower[ss - 1] in _ASCII_LOWER and lower[ss] in _ASCII_LOWER) or (
                    se < n_text and lower[se - 1] in _ASCII_LOWER and lower[se] in _ASCII_LOWER):
                # a sentence boundary inside a run of letters (or no cue_sents): look for the words here
                if wide:
                    cue_words = _NEST_ALONE_WORDS if ss in wide else all_cue_words
                skip = not any(_free_occurrence(lower, w, ss, se, used, in_quote)
                               for w in cue_words.intersection(words(lower, ss, se)))
            else:
                skip = k not in cue_sents
            if skip:
                continue
        toks, lows = _tokens_lower(text, ss, se)
        n = len(toks)
        end_tok = n
        while end_tok > 0 and (toks[end_tok - 1].text in _SENT_END or toks[end_tok - 1].text in "\"”’'"):
            end_tok -= 1
        if end_tok < n and toks[end_tok].text in "\"”’" and sum(tk.text in "\"“‘" for tk in toks[:end_tok]) % 2:
            end_tok += 1  # keep the closing mark of a quote opened inside the clause
        if end_tok < n and toks[end_tok].text == "'" and sum(tk.text == "'" for tk in toks[:end_tok]) % 4 == 2:
            end_tok = min(n, end_tok + 2)  # the two-apostrophe closing mark (never past the last token)
        if end_tok < 3:
            continue
        if outer is None and (sent.start == 0 or text[sent.start - 1] == "\n") and 2 <= end_tok:
            hi = min(end_tok - 2, 5)
            c = lows.index(":", 1, hi) if ":" in lows[1:hi] else None  # (a token whose lower case is ":" is ":")
            label = c is not None and all(_is_cap(tk) or tk.text in _CONNECTORS for tk in toks[:c])
            o = toks[0].text == "("  # "(PHOTOS: ...)"
            if (label or (o and c is not None and c > 1 and all(_is_cap(tk) for tk in toks[1:c]))) \
                    and not _PAGE_LABELS.isdisjoint(lows[o:c]):
                if not _LINK_LABELS.isdisjoint(lows[o:c]):
                    continue  # page furniture: "FILE PHOTO: ...", "Photos: Terror attacks in Brussels"
                # a note ("UPDATE: Trump said ...", "EDITOR'S NOTE: ..."): the text after the label, which is no subject
                toks, lows = toks[c + 1:], lows[c + 1:]
                n, end_tok, c, label = n - c - 1, end_tok - c - 1, None, False
                if end_tok < 3:
                    continue
            if label and _PAGE_LABELS.isdisjoint(lows[:c]) and not _is_list(toks, lows, c + 1, end_tok) \
                    and (c >= 2 or sent.start <= first_line_end or (
                        toks[0].text.isupper() and toks[0].text.isalpha() and lows[0] not in _NOT_TRANSCRIPT
                        and _named_elsewhere(text, toks[0].text))) \
                    and toks[n - 1].text != ")" and toks[c + 1].text[:1].isalnum() and not in_quote(toks[c + 1].start):
                # headline or transcript style "Sanders: Brexit vote a warning", "TAPPER: And obviously, ..."
                ment = _speaker_back(toks, c)
                if ment is not None:
                    e = toks[end_tok - 1].end
                    if sent.start > first_line_end and cue_sents is not None:
                        # a transcript turn: on to the paragraph end, up to a sentence with a cue word or a quote
                        pe = text.find("\n", e)
                        pe = n_text if pe < 0 else pe
                        kk = k + 1
                        while kk < len(sents) and sents[kk].end <= pe and kk not in cue_sents \
                                and bisect_right(qstarts, sents[kk].end) == bisect_right(qstarts, sents[kk].start):
                            e = sents[kk].end
                            kk += 1
                        while e > toks[end_tok - 1].end and text[e - 1].isspace():
                            e -= 1
                    out.append(_Raw(toks[c + 1].start, e, "indirect", ment, (toks[c].start, toks[c].end), False))
                    continue
        nxt = 0  # the first token the loop may look at (past a question already reported)
        n0 = len(out)
        if wide:
            cue_words = _NEST_ALONE_WORDS if ss in wide else all_cue_words
        for j in compress(count(), map(cue_words.__contains__, lows)):  # the cue words, in order
            if j >= end_tok:
                break
            t = toks[j]
            if j < nxt or t.start in used or in_quote(t.start):
                continue
            if j > 0 and t.text[:1].isupper() and toks[j - 1].text[:1].islower():
                continue  # capitalised after a lower-case word: a name ("the Predict program"), not a cue
            if j + 1 < end_tok and lows[j + 1] in _QUOTED_AS:
                continue  # a noun: "Media reports quoted X as saying ..." (the person quoted is the speaker)
            w = lows[j]
            if w not in _POLL_NOUNS and _after_article(lows, j):
                continue  # a noun or adjective: "the report states", "a signal that", "This suggests"
            if _no_speech_event(lows, j, end_tok):
                continue  # "ISIS claimed responsibility", "he is said to have fled", "police did not say whether"
            if j > 2 and lows[j - 1] == "to" and lows[j - 2] in _IS_WAS and lows[j - 3] in _IDIOM_SUBJECTS:
                # "All of which is to say that ...", "That is to say": no speech event (but "his response was to
                # say ...", "Obama was to announce ...")
                continue
            if w == "according" and j + 1 < n and lows[j + 1] == "to":
                ment = _speaker_fwd(toks, j + 2)
                if ment is None and j + 2 < end_tok and toks[j + 2].text[:1].isalnum():
                    # "according to early results of exit polls, ...", "according to interviews with ...": the
                    # noun phrase after the cue (up to five words)
                    e = j + 3
                    while e < end_tok and e - j < 7 and toks[e].text[:1].isalnum() and lows[e] not in _CLAUSE_STOP:
                        e += 1
                    while e - 1 > j + 2 and lows[e - 1] in _NO_MENTION_END:
                        e -= 1  # "court documents reported previously by": no mention ends in a preposition
                    ment = _Mention(toks[j + 2].start, toks[e - 1].end, "", False)
                    w2 = next((x for x in range(j + 4, min(end_tok, j + 16)) if lows[x] in _SITE_NOUNS
                               or not toks[x].text[:1].isalnum()), 0)
                    if w2 and lows[w2] in _SITE_NOUNS and _is_cap(toks[w2 - 1]):
                        # "according to figures posted on the Arden Police Department website": the site's owner
                        b2 = w2 - 1
                        while b2 > j + 2 and _is_cap(toks[b2 - 1]):
                            b2 -= 1
                        if lows[b2 - 1] in _ON_THE:
                            ment = _Mention(toks[b2].start, toks[w2 - 1].end, "", False)
                cue = (t.start, toks[j + 1].end)
                c = next((m for m in range(j + 2, min(end_tok, j + 25)) if toks[m].text == ","), None)
                if j == 0 or (j == 1 and (not toks[0].text[:1].isalnum() or lows[0] in _LEAD_CONJ)) \
                        or toks[j - 1].text in _COLON_DASH or (j == 2 and lows[0] in _LEAD_CONJ and toks[1].text == ","):
                    # "According to X, CLAUSE" (also after a colon or dash: "...: According to polls, ...")
                    if c is not None and c + 1 < end_tok:
                        out.append(_Raw(toks[c + 1].start, toks[end_tok - 1].end, "indirect", ment, cue, False))
                        break
                elif j > 1 and not in_quote(toks[j - 1].start):
                    if toks[j - 1].text == "," and c is not None and c + 3 < end_tok and not in_quote(toks[c + 1].start) \
                            and (lows[c + 1] not in _APPOSITIVE_START or (
                                lows[c + 1] in _ARTICLES and c + 4 < end_tok and _clause_next(lows, c + 1, end_tok))):
                        # "A, according to X, B": the whole sentence ("Revenue, according to the campaign, has
                        # surged", "About 10 p.m., according to a timeline, the guards left ...")
                        out.append(_Raw(toks[0].start, toks[end_tok - 1].end, "indirect", ment, cue, False))
                        break
                    if toks[j - 1].text == ",":
                        out.append(_Raw(toks[0].start, toks[j - 2].end, "indirect", ment, cue, False))
                        break
                    if j > 4 and toks[j - 1].text[:1].isalnum() and toks[0].text not in "\"“‘'":
                        # "CLAUSE according to a count by the AP": no comma before the cue
                        out.append(_Raw(toks[0].start, toks[j - 1].end, "indirect", ment, cue, False))
                        break
                continue
            if w in _POLL_NOUNS:
                i = j - 1
                while i >= 0 and j - i <= 10 and lows[i] != "in" and lows[i] not in _POLL_STOP:
                    i -= 1
                if i < 0 or i == j - 1 or lows[i] != "in":
                    continue
                ment = _Mention(toks[i + 1].start, t.end, "", False)
                cue = (toks[i].start, toks[i].end)
                if i == 0 or (i == 1 and lows[0] in _LEAD_CONJ) or (i == 2 and lows[0] in _LEAD_CONJ and toks[1].text == ","):
                    # "In the latest Washington Post-ABC News poll, conducted in May, CLAUSE"
                    c = next((m for m in range(j + 1, min(end_tok, j + 15)) if toks[m].text == ","), None)
                    if c is not None and c + 3 < end_tok and not in_quote(toks[c + 1].start):
                        out.append(_Raw(toks[c + 1].start, toks[end_tok - 1].end, "indirect", ment, cue, False))
                        break
                elif i >= 4 and toks[i - 1].text[:1].isalnum() and lows[0] not in _SUBORDINATE \
                        and not (j - i == 2 and lows[i + 1] == "the") and j - i > 1 and (
                        j + 1 >= end_tok or toks[j + 1].text in ",;(—–" or lows[j + 1] in _AFTER_POLL) \
                        and toks[0].text not in "\"“‘'" and not in_quote(toks[0].start) and not in_quote(toks[i - 1].start):
                    # "CLAUSE in the latest CNN/ORC poll released Wednesday"
                    out.append(_Raw(toks[0].start, toks[i - 1].end, "indirect", ment, cue, False))
                    break
                continue
            if w in _ASK_CUES:
                m = j + 1
                while m < min(end_tok, j + 6) and lows[m] not in _QUESTION_WORDS and toks[m].text not in ",.":
                    m += 1
                if m < end_tok and lows[m] in _QUESTION_WORDS:
                    c = next((x for x in range(m + 1, end_tok) if toks[x].text == ","), end_tok)
                    if c - m >= 3:
                        ment = _speaker_back(toks, j) if j > 0 and lows[j - 1] not in {"when", "if", "after", "being", "was"} else None
                        if lows[j + 1] == "by" and m > j + 2:
                            # "When asked by a reporter whether ...": the asker
                            ment = _speaker_fwd(toks[:m], j + 2) or ment
                        elif ment is None and j > 1 and lows[j - 1] != "when":
                            ment = _subject_upto(toks, j)
                        out.append(_Raw(toks[m + (lows[m] == "about")].start, toks[c - 1].end,
                                        "indirect", ment, (t.start, t.end), False))
                        nxt = c + 1
                elif w.startswith("ask") and j > 0 and lows[j - 1] not in _ASK_NOT_AFTER and lows[j + 1] != "not":
                    # (not "a witness who asked not to be named": anonymity, no request)
                    # a request: "He has asked Republican leaders to disavow Mr. Trump" (object and infinitive)
                    m = next((x for x in range(j + 2, min(end_tok - 2, j + 9)) if lows[x] == "to"
                              or not toks[x].text[:1].isalnum()), None)
                    if m is not None and lows[m] == "to" and toks[m + 1].text.isalpha() \
                            and lows[m + 1] not in _DETERMINERS and not in_quote(toks[j - 1].start):
                        ment = _speaker_back(toks, j)
                        if ment is None and j > 1 and lows[j - 1] in {",", "to"}:
                            ment = _subject_upto(toks, j)
                        if ment is not None:
                            out.append(_Raw(toks[j + 1].start, toks[end_tok - 1].end, "indirect", ment,
                                            (t.start, t.end), False))
                            break
                continue
            if w in _PASSIVE_AS and j > 2 and j + 3 < end_tok and (lows[j - 1] in _PASSIVE_BE or (
                    lows[j - 2] in _PASSIVE_BE and lows[j - 1] in _PASSIVE_ADVERBS)) and (lows[j + 1] == "as" or (
                    lows[j + 1] == "of" and w == "accused" and lows[j + 2].endswith("ing"))) \
                    and toks[j + 2].text[:1].isalnum() and not in_quote(t.start) \
                    and not any(lows[x] in _ANY_CUE or lows[x] == "by" for x in range(j + 2, end_tok)) \
                    and _WH_WORDS.isdisjoint(lows[max(0, j - 4):j - 1]):  # (not "in what has been described as")
                # an agentless passive: "The suspect was identified as Ann Lee", "The pastor was accused of trying to
                # convert villagers": like "describe X as Y", with no speaker (the scheme's decision of sets 5 to 12);
                # not with an agent or a cue after it ("... as a star by a colleague", "..., according to X")
                out.append(_Raw(toks[j + 2].start, toks[end_tok - 1].end, "indirect", None, (t.start, t.end), False))
                break
            if w in _AGREE and j > 0 and j + 2 < end_tok and lows[j + 1] in _AGREE_NEXT and lows[j - 1] not in _DETERMINERS_BE:
                # "Mr. Clarke's new company agreed to clean up the mines", "Dan McLaughlin agreed with Matthews"
                ment = _speaker_back(toks, j)
                if ment is None and j > 1 and lows[j - 1] in _TO_NOT:
                    ment = _subject_upto(toks, j)
                if ment is not None and not in_quote(toks[j - 1].start):
                    out.append(_Raw(toks[j + 1].start, toks[end_tok - 1].end, "indirect", ment, (t.start, t.end), False))
                    break
                continue
            if w in _ACT_CUES and j + 2 < end_tok and (lows[j - 1] not in _DETERMINERS_BE if j else True) \
                    and not (lows[j + 1] == "by" and w.endswith("ed")) and lows[j + 1] not in {"and", "or"} \
                    and not (j and toks[j].text[:1].isupper() and _is_cap(toks[j - 1]) and _is_cap(toks[j + 1])
                             and any(x.text.islower() and x.text not in _TITLE_CASE_SMALL for x in toks[j + 2:end_tok])):
                # (not a word of a name: "Sergeant Major Hail Sattawi, who was 30", a capitalised act word between
                # names in a sentence that is not in title case, as a headline is: "Lee Calls Plan ‘A Disgrace’")
                # not a passive ("a claim cited by X") nor a verb coordinated before its object ("backed and praised");
                # the speaker (_act_speaker) is looked for after the tests that need none
                k = j + 1 + (lows[j + 1] in {"for", "on", "upon", "out"} and w.startswith("call"))  # "called out X for Y"
                if w in _WEAK_ACTS and _relative_speech(lows, j + 2, end_tok):
                    continue  # the object's own speech wins ("Voters backed Ted Moss, who said ...")
                if w in _PREP_ACTS:
                    if lows[j + 1] not in _PREP_ACTS[w] or lows[j - 1] in _QUANTITY or (
                            lows[j + 1] == "to" and (toks[j + 2].text[:1].isdigit() or toks[j + 2].text in "$£€")):
                        continue  # "a lot of talk about", "sales declined to $2 million"
                    k = j + 1 + (lows[j + 1] != "to" or not w.startswith(("decl", "refus")))
                    if lows[0] == "as" and j > 1 and lows[j + 1] == "out":
                        # "As X pointed out (with ...), CLAUSE": the clause after the comma (as "As X reported, ...")
                        c = next((m for m in range(j + 2, min(end_tok - 3, j + 12)) if toks[m].text == ","), None)
                        if c is not None and not in_quote(toks[c + 1].start):
                            out.append(_Raw(toks[c + 1].start, toks[end_tok - 1].end, "indirect",
                                            _act_speaker(toks, lows, j) or _speaker_fwd(toks[:j], 1), (t.start, t.end),
                                            False))
                            break
                if w in _STANCE and lows[j + 1] in _NOT_AFTER_STANCE:
                    continue
                if w in _DISCUSS and j and (lows[j - 1] in _MODALS or lows[j - 1] in _TO_NOT):
                    continue  # a plan, no speech event: "met to discuss the crisis", "they will discuss it"
                if w in _ING_ACTS and j and toks[j - 1].text != "," and lows[j - 1] not in _ING_ACT_AFTER:
                    continue  # only a participle clause: "..., blaming the council for ..." (not "for not denouncing")
                if w in _REFER and "as" not in lows[j + 3:j + 12]:
                    continue  # only "refer to X as Y" (like "describe X as Y"), not a mere "referring to the law"
                if w in _AS_ACTS and not _as_act(toks, lows, j, end_tok):
                    continue
                if w in _VERB_NOUN_STANCE and (lows[j + 1] in _NOT_AFTER_NOUN_STANCE or not (
                        lows[j - 1] in _STANCE_BEFORE or (lows[j - 1].endswith("s") and lows[j - 1].isalpha()
                                                          and lows[j - 1] not in _STANCE_NOT_PLURAL))):
                    continue
                ment = _act_speaker(toks, lows, j)
                if w == "called" and ment is not None and ment.start > toks[0].start and toks[j - 1].end == ment.end \
                        and text[ment.start:ment.end].lower().startswith(("a ", "an ")):
                    continue  # naming: "posted on a new forum called Quux" (an indefinite noun inside the sentence)
                if w == "called" and ment is not None and toks[j - 1].end == ment.end and j + 1 < n \
                        and _is_cap(toks[j + 1]) and lows[j - 1] in _COLLECTIVE_HEADS \
                        and text[ment.start:ment.end].lower().startswith(("a ", "an ")):
                    continue  # naming: "A little-known group called Soldiers of Dawn claimed ..." (a body's name)
                if ment is not None and not _noun_cue(toks, lows, j, ment) and not in_quote(toks[j - 1].start if j else t.start) and (
                        toks[k].text[:1].isalnum() or toks[k].text in "“\"'") and not _subordinate_speech(lows, j + 2, end_tok):
                    # (not "thanked Mayor Ivo Lund after he said ...": his words win)
                    # speech acts with an object: "called the deal a disaster", "accused him of lying"
                    a = _and_said(lows, k + 2, end_tok) if w in _AS_ACTS else 0
                    e = a - (lows[a - 1] == ",") if a else end_tok
                    out.append(_Raw(toks[k].start, toks[e - 1].end, "indirect", ment, (t.start, t.end), False))
                    if a:
                        # the same subject's second cue: "Police identified him as Ed Lee and said he had fled" (a row each;
                        # only after "identified X as Y": after other acts the first row is often no row of the scheme's,
                        # "condemned the attack and said ...")
                        how, c = _skip_to_content(toks, a + 1, end_tok)
                        if how == "clause" and c < end_tok:
                            out.append(_Raw(toks[c].start, toks[end_tok - 1].end, "indirect", ment,
                                            (toks[a + 1].start, toks[a + 1].end), False))
                    break
                continue
            if w in _ING_CUES and j and lows[j - 1] not in _ING_BEFORE and lows[j - 1] not in _PRONOUN_BE and not (
                    j > 1 and lows[j - 1].endswith("ly") and lows[j - 2] in _ING_BEFORE):
                # (but "he's suggesting that ...", "and openly claiming that ...")
                continue  # "a warning that", "without warning that"
            bare = False
            if w in _THAT_CUES and j + 1 < n and lows[j + 1] == "that":
                pass
            elif w in _WRITE_WORDS and j + 3 < n and lows[j + 1] in _MEDIUM_PREPS and "that" in lows[j + 2:j + 9] \
                    and not _MEDIA_WORDS.isdisjoint(lows[j + 2:j + 2 + lows[j + 2:j + 9].index("that")]):
                pass  # "wrote on Twitter that ...", "tweeted in a post that ...", "wrote in a Sun op-ed that ..."
            elif w in _WRITE_WORDS and j + 2 < n and lows[j + 1] in _WEEKDAYS and lows[j + 2] == "that":
                pass  # "tweeted Monday that ..."
            elif w in _WRITE_WORDS and j + 3 < n and lows[j + 1] == "on" and lows[j + 2] in _WEEKDAYS \
                    and lows[j + 3] == "that":
                pass  # "wrote on Monday that ..."
            elif w in _WRITE_ONLY and j > 0 and j + 1 < end_tok and _WH_WORDS.isdisjoint(lows[max(0, j - 3):j]) and (
                    toks[j + 1].text == "," or (
                    _bare_clause(toks, lows, j + 1, end_tok) and (lows[j + 2] in _FINITE or lows[j + 2].endswith("ed") or (
                        lows[j + 1] not in _SUBJECT_PRONOUNS and _CLAUSE_STOP.isdisjoint(lows[j + 2:j + 7]))))):
                pass  # "Smith wrote the plan was flawed", "The dispute, Ann Lee writes, started ..." (not "wrote a check")
            elif w in _ING_OBJECT and "that" in lows[j + 2:j + 6]:
                pass  # "is warning voters that ...", "reminding them that ..."
            elif w in _ING_CLAUSE_CUES and j > 1 and toks[j - 1].text == "," and _bare_clause(toks, lows, j + 1, end_tok):
                bare = True  # "..., arguing he didn't want to ...", "..., claiming Trump University is a fraud"
            elif w in _THAT_CUES and j + 1 >= end_tok and j >= 4:
                pass  # postposed: "CLAUSE, The Post has learned.", "CLAUSE, other studies have shown."
            elif w in _EVIDENCE_VERBS and j > 0 and _evidence_subject(lows, j):
                pass  # "a poll shows Sanders leading", "..., the survey found."
            elif w not in _REPORT_CUES or (w in _NOUN_OR_ADJ and j > 0 and (lows[j - 1] in _DETERMINERS
                                                                       or lows[j - 1].endswith(("'s", "’s")))):
                continue
            if j + 2 == end_tok and lows[j + 1] in _REPORT_CUES and toks[j - 1].text == "," and w.endswith("s"):
                continue  # "CLAUSE, reports said.": a noun, the cue is the next word
            cue = (t.start, t.end)
            # inverted: "CLAUSE, said Jennifer Lee, a spokeswoman."
            back = _speaker_back(toks, j)
            if w == "reports" and j > 0 and j + 1 < end_tok and lows[j + 1] == "that" and (
                    lows[j - 1] in _BE or lows[j - 1] in _REPORTS_AFTER):
                # a bare report noun ("there are reports that ...", "pursuing reports that ..."): the reports speak
                # (hard case 13 of the labels)
                back = _Mention(t.start, t.end, "", False)
            if w in _ING_CUES and j > 1 and lows[j - 1] in _BE:
                back = _speaker_back(toks, j - 1) or back  # "The mayor is warning ...": the subject before "is"
            elif w in _ING_CUES and j and lows[j - 1] in _PRONOUN_BE:
                p = lows[j - 1][:-2].rstrip("'’")  # "He's suggesting that ...": the pronoun
                back = _Mention(toks[j - 1].start, toks[j - 1].start + len(p), p, False)
            if _noun_cue(toks, lows, j, back):
                continue
            if w == "say" and back is not None and not back.named and not back.pronoun and j > 3 \
                    and back.start > toks[1].start and back.end == toks[j - 1].end:
                # a plural "say" after a noun inside a phrase ("The family of a man arrested near a mosque say ...",
                # "Supporters who have heard from the campaign say ..."): the subject that opens the sentence
                i = next(x for x in range(j) if toks[x].start >= back.start)
                gap = lows[i - 1] in _RELATIVE_THAT and j + 1 < end_tok and (lows[j + 1] in _BE or lows[j + 1] in _MODALS
                                                                           or lows[j + 1] in _HAD_HAS)
                # (not "Dan Roe, who police say was armed": a verb right after the cue, the relative's own subject
                # is the one who says it, hard case 16)
                if (lows[i - 1] in _SAY_PREPS or lows[i - 1] in _RELATIVE_THAT or lows[i - 2] in _RELATIVE_THAT) \
                        and not gap:
                    u = _subject_upto(toks, j)
                    if u is not None and u.end <= toks[i - 1].start and u.start == toks[0].start:
                        e = next(x for x in range(j) if toks[x].start >= u.end)
                        if toks[e].text != ",":
                            back = u
            if j >= 3 and toks[j - 1].text == "," and not w.endswith("ing") and j + 1 < end_tok \
                    and lows[j + 1] != "that" and not in_quote(toks[j - 2].start) \
                    and toks[0].text not in "\"“‘'" and not (w in _TELL and back is not None and back.named):
                # (not "CLAUSE, Ann Lee, a spokeswoman, told AFP.": the one told is no speaker)
                described = _described_subject(toks, lows, j)
                ment = None if described or _apposed_subject(toks, lows, j) else _speaker_fwd(toks, j + 1)
                after = next((x for x in range(j + 1, n) if toks[x].start >= ment.end), n) if ment else n
                # a mention found back past commas may be a clause's word ("..., the losses would outstrip
                # the gains, said Batchelder."): a name right after the cue wins then
                if ment is not None and (back is None or (ment.named and lows[j + 1] not in _WEEKDAYS
                                                          and lows[j + 1] not in _ADVERBIAL)) \
                        and (after >= end_tok or toks[after].text in ",(—–-"
                             or lows[after] in _ADVERBIAL_PREPS):
                    out.append(_Raw(toks[0].start, toks[j - 2].end, "indirect", ment, cue, False))
                    break
                ment = None if described else _inverted_name(toks, lows, j, end_tok)
                if ment is not None:
                    # "CLAUSE, said county police chief Ann Lee.": a title the forward mention stops at
                    out.append(_Raw(toks[0].start, toks[j - 2].end, "indirect", ment, cue, False))
                    break
            what, k = ("clause", j + 1) if bare else _skip_to_content(toks, j, end_tok)
            ment = back
            if what == "comma" and k + 3 < end_tok:
                # "As Politico has reported, CLAUSE", "As reported by Western Journalism, CLAUSE"
                i0 = j if ment is None else next(i for i in range(j + 1) if toks[i].end > ment.start)
                while i0 > 0 and (lows[i0 - 1] in _SKIP_BEFORE_CUE or lows[i0 - 1] == "the"):
                    i0 -= 1
                if i0 >= 1 and lows[i0 - 1] == "as" and (i0 == 1 or toks[i0 - 2].text in ",:;—–" or (
                        i0 == 2 and lows[0] in _LEAD_CONJ)) \
                        and not in_quote(toks[k + 1].start):
                    if ment is None and j + 2 < k and lows[j + 1] == "by":
                        ment = _speaker_fwd(toks, j + 2)
                    out.append(_Raw(toks[k + 1].start, toks[end_tok - 1].end, "indirect", ment, cue, False))
                    break
            if what == "comma" and ment is not None and ment.start > toks[0].start and (
                    k + 3 < end_tok or (k + 2 < end_tok and lows[k + 1] in _FINITE)):
                # parenthetical: "Otherwise, she said, countries may steal growth." (also a short predicate: "The
                # answer, he said, was simple.")
                i0 = next(i for i in range(j) if toks[i].start >= ment.start)
                # words the mention left out may stand before it ("In several cases, tech executives say, ...",
                # "A, people close to the vice president said, B")
                i1 = i0
                while i1 > 1 and i0 - i1 < 4 and toks[i1 - 1].text.isalpha() and lows[i1 - 1] not in _CLAUSE_STOP:
                    i1 -= 1
                if i1 > 0 and toks[i1 - 1].text == "," and not in_quote(toks[0].start) \
                        and (i1 == i0 or lows[k + 1] not in _AFTER_POSTPOSED):
                    out.append(_Raw(toks[0].start, toks[end_tok - 1].end, "indirect", ment, cue, False))
                    break
            if what == "comma" and k == j + 1 and ment is not None and ment.start == toks[0].start \
                    and k + 4 < end_tok and not in_quote(toks[k + 1].start):
                # an aside right after the cue: "She said, if elected, she would ask ..." (the clause after it)
                c2 = next((m for m in range(k + 2, min(end_tok - 3, k + 8)) if toks[m].text == ","), 0)
                if c2 and all(toks[x].text[:1].isalnum() for x in range(k + 1, c2)) \
                        and lows[k + 1] in _ASIDE_OPENERS and _bare_clause(toks, lows, c2 + 1, end_tok):
                    out.append(_Raw(toks[k + 1].start, toks[end_tok - 1].end, "indirect", ment, cue, False))
                    break
            if what == "comma" and j + 1 < k <= j + 4 and ment is not None \
                    and all(_is_cap(tk) for tk in toks[:j] if tk.end <= ment.start) \
                    and k + 4 < end_tok and all(lows[x] in _WEEKDAYS or lows[x] in _TIME_NOUNS or lows[x] in _TIME_BEFORE
                                                for x in range(j + 1, k)) \
                    and (lows[k + 1] in _DETERMINERS or lows[k + 1] in _SUBJECT_PRONOUNS or _is_cap(toks[k + 1])) \
                    and any(lows[x] in _FINITE for x in range(k + 2, min(end_tok, k + 14))) and not in_quote(toks[k + 1].start):
                # a time between the cue and a comma: "Police Chief Ann Lee said Monday morning, an officer was killed"
                out.append(_Raw(toks[k + 1].start, toks[end_tok - 1].end, "indirect", ment, cue, False))
                break
            if what == "clause" and k < end_tok - 1 and lows[k] in _TAIL_OPENERS and toks[k - 1].text[:1].isalnum() \
                    and j > 4 and "," in lows[max(0, j - 13):j] and "that" not in lows[j:k] and "," not in lows[k:end_tok] \
                    and (lows[k] != "in" or lows[k + 1].endswith("ing")) and (lows[k] != "as" or lows[k + 1] in _CLAUSE_START) \
                    and lows[j - 1] not in _BE and back is not None:
                what = "end"  # "CLAUSE, the mayor told his aides as he left ...": no clause after the cue
            if what == "clause" and end_tok - k >= 3:
                if ment is not None and w.endswith("ing") and not ment.named and not ment.pronoun and any(
                        toks[x].end == ment.end and lows[x] in _ISSUED_REPORTS for x in range(j)):
                    # "Ann Lee issued an online report saying ...": the issuer of the report (a report with no
                    # issuer, "A report saying ...", "read a report saying ...", stays the source)
                    ment = _issuer(toks, lows, j) or ment
                if ment is None and w.endswith("ing"):
                    ment = _issuer(toks, lows, j)  # "..., but the family put out a statement saying ..."
                    if ment is not None and not any(lows[x] in _COORD for x in range(j) if toks[x].end <= ment.start):
                        ment = None  # the sentence subject issued it: as any participle's (below)
                if ment is None:
                    ment = _subject_upto(toks, j)
                if ment is None and j == 0 and w.endswith("ing"):
                    # "Noting that ..., Tester added ...": the subject after the opening participle's clause
                    c = next((m for m in range(2, min(end_tok, 30)) if toks[m].text == ","), 0)
                    ment = _subject(toks[c + 1:min(end_tok, c + 13)]) if c else None
                two = _pronoun_clause(toks, lows, k + 2, end_tok)
                if two is not None and not in_quote(toks[two[1]].start):
                    # "X said A, but she denied that B": B is her own attribution
                    c, j2, k2 = two
                    out.append(_Raw(toks[k].start, toks[c - 1].end, "indirect", ment, cue, False))
                    out.append(_Raw(toks[k2].start, toks[end_tok - 1].end, "indirect", _speaker_back(toks, j2),
                                    (toks[j2].start, toks[j2].end), False))
                    break
                out.append(_Raw(toks[k].start, toks[end_tok - 1].end, "indirect", ment, cue, False))
                break  # one reported clause per sentence (the outermost)
            if what in ("end", "none") and k >= end_tok - 1 or (what == "clause" and end_tok - k < 3) or (
                    what == "end" and k < end_tok and lows[k] in _TAIL_OPENERS and "," not in lows[k:end_tok]) or (
                    what == "comma" and k + 1 < end_tok and lows[k + 1] in _AFTER_POSTPOSED):
                # postposed: "CLAUSE, police said." / "CLAUSE, the company said Thursday."
                c = next((m for m in range(j - 1, max(-1, j - 13), -1) if toks[m].text == ","), None)
                if c is None or c < 3 or (c < j - 8 and (ment is None or not ment.named or not _CLAUSE_STOP.isdisjoint(
                        lows[c + 1:j]))):
                    continue  # (a long subject only for a name with its title: "..., ministry spokesman Ann Lee said")
                if ment is not None and ment.start < toks[c].end and ment.named and not ment.pronoun:
                    # "CLAUSE, Ann Lee, a police spokeswoman, said/told AFP.": the comma before the name (an
                    # appositive between it and the cue)
                    c = _comma_before_appositive(toks, ment, c)
                if ment is None or c is None or ment.start < toks[c].end:
                    continue
                first = toks[0]
                if first.text in "\"“‘'" or in_quote(first.start) or in_quote(toks[c - 1].start):
                    continue
                out.append(_Raw(first.start, toks[c - 1].end, "indirect", ment, cue, False))
                break
        if len(out) > n0 and end_tok > 8 and outer is None:
            # an outer attribution closes the sentence: "X reported that A, Lee said." is Lee's and replaces the
            # sentence's quotes (looked for only when the sentence gave one and a cue word follows the last comma
            # of its last 12 tokens)
            last = lows[max(0, end_tok - 12):end_tok]
            if "," in last and not _TAIL_CUES.isdisjoint(last[len(last) - last[::-1].index(","):]):
                tail = _postposed_tail(toks, lows, end_tok)
                if tail is not None and out[n0].cue[1] <= toks[tail[0] - 2].start \
                        and toks[0].text not in "\"“‘'" and not in_quote(toks[0].start) \
                        and not in_quote(tail[2][0]):
                    # (a quote opened inside the sentence may close before the tail: 'X said it was "over," Y
                    # reported.' is Y's; not a tail inside a quote)
                    out[n0:] = [_Raw(toks[0].start, toks[tail[0] - 1].end, "indirect", tail[1], tail[2], False)]
    if outer is None and out:
        out.extend(_nested(text, direct, out, lower))
    return out


_NEST_DEPTH = 2  # "NBC reported Salman told the FBI that Mateen had said ...": two levels inside the outer one
# outer cues whose content is a clause (not "called X Y"; "states" and "reads" only as a postposed tail)
_NEST_CUES = _REPORT_CUES | _THAT_CUES | _WRITTEN_CUES | {"according"}
_NEST_NOT_FIRST = ("and ", "or ", "but ")  # "Media reports and polls suggest ...": no clause after a noun cue
_RAW_START = itemgetter(0)
_NEST_INNER = _REPORT_CUES | {"according"}  # inner cues: speech verbs with a clause
# the cue words looked at in a content (no participle: see _nested); a content without one is not tokenised
# (nor the words that are mostly nouns or adjectives inside a reported clause: "the report", "his claims", "the
# alleged gunman")
_NEST_WORDS = frozenset(w for w in _NEST_INNER if w == "according" or not w.endswith("ing")) - frozenset(
    "report claim claims alleged".split())
_NEST_WORD_RE = re.compile("[^a-z](?:" + _trie_pattern(sorted(_NEST_WORDS)) + ")(?![a-z])")  # (from the character before)
_MODAL_BEFORE_RE = re.compile(r"(?<![^\W_])(?:to|would|will|could|can|may|might|should|must)\s+(?:[a-z]+ly\s+)?\Z")
_COORD_CUE_RE = re.compile(r"(?<![^\W_])(?:and|but)\s+(?:(?:also|later|then|further)\s+)?\Z")


# a content that is a sentence of its own, its attribution after it ("X called it ..., Reuters reported") or an
# "according to" ("According to one account, the gunman asked ..."): its own subject speaks its participles,
# coordinated verbs and speech acts, not the outer speaker
_NEST_MORE = frozenset("asked asks called calls saying".split())
_NEST_ALONE = _NEST_INNER | _NEST_MORE
_NEST_ALONE_WORDS = _NEST_WORDS | _NEST_MORE
# (looked for only in a content without one of _NEST_WORDS)
_NEST_MORE_RE = re.compile("[^a-z](?:" + _trie_pattern(sorted(_NEST_MORE)) + ")(?![a-z])")


_WITH_ING_RE = re.compile(r"(?<![a-z])with [^;\n]{1,80}?(?:saying|adding|noting|insisting|warning|arguing)(?![a-z])")
# "with" before the participle's subject: "with Gov. Hal Brenner", "with the town's mayor, Ada Lund,"
_WITH_BEFORE_RE = re.compile(r"(?<![a-z])with (?:(?!(?<![a-z])(?:that|who|which|and|but) )[^;\n])*\Z")


def _standalone(low: str, r: _Raw) -> bool:
    """The content of ``r`` is a sentence of its own: its cue comes after it or is "according to"."""
    return r.cue[0] >= r.end or low.startswith("according", r.cue[0])


def _nested(text: str, direct: list[_Raw], found: list[_Raw], lower: str | None) -> list[_Raw]:
    """Reports nested in the contents of reported clauses (hard case 8 of the labels): "Authorities said Roof
    admits he ...", "He told investigators he ..., according to one of the officials", "NBC reported Salman told
    the FBI that Mateen had said ...". Every level with its own speaker mention and cue is a quote; the outer
    one keeps its span (which holds the inner cue). The contents are looked at like sentences by the same cue
    loop (no headlines, no sentence-final outer attribution; the outer cues are no cues there), level by level.

    Only contents of clause cues (said, told, reported, according to ...) are looked at, not the object of a
    speech act ("called it an ...", "citing a source, ..."). A participle cue in a content ("..., adding that
    ...") continues the outer speaker's sentence: no inner quote; nor do a cue that is no speech verb with a clause
    ("called X Y", "supported") or after "to" or a modal ("quick to claim", "would formally declare"). A cue after
    "and"/"but" ("The agency said it was looking for X, and noted he was ...") is most often the outer speaker's
    second verb: the outer speaker.
    """
    out: list[_Raw] = []
    seen = {(r.start, r.end, r.cue) for r in found}
    low = text.lower() if lower is None else lower  # (offsets may be off when lower is None: a rare test only)
    search = _NEST_WORD_RE.search
    wide = _NEST_MORE_RE.search
    todo = found
    for _ in range(_NEST_DEPTH):
        outers = []
        for r in todo:  # contents of clause cues with an inner cue word, at least 20 characters long
            a, b = r.start, r.end
            if b - a >= 20 and r.cue[0] >= 0 and (search(low, a - 1, b) if a else search(" " + low[:b])) is not None \
                    and low[r.cue[0]:r.cue[1]].split(" ", 1)[0] in _NEST_CUES and not low.startswith(_NEST_NOT_FIRST, a):
                outers.append(r)
            elif b - a >= 20 and r.cue[0] >= 0 and (_standalone(low, r) or (
                    "with " in low[a:b] and _WITH_ING_RE.search(low, a, b))) and (
                    wide(low, a - 1, b) if a else wide(" " + low[:b])) is not None:
                outers.append(r)
        outers.sort(key=_RAW_START)
        if not outers:
            break
        starts = [r.start for r in outers]
        new = []
        wider = {o.start for o in outers if _standalone(low, o) or _WITH_ING_RE.search(low, o.start, o.end)}
        for r in _indirect(text, [_Span(o.start, o.end) for o in outers], direct, found + out, lower, wider):
            o = outers[bisect_right(starts, r.cue[0]) - 1]
            alone = _standalone(low, o)
            cw = text[r.cue[0]:r.cue[1]].lower().split(" ")[0]
            # "..., with Gov. Hal Brenner saying he has signed ...": a participle with a subject of its own
            with_ing = False
            if not alone and cw.endswith("ing"):
                wm = _WITH_BEFORE_RE.search(low, max(o.start, r.cue[0] - 80), r.cue[0])
                if wm is not None:
                    wt = _tokens(text, wm.start() + 5, r.cue[1])
                    wment = _speaker_back(wt, len(wt) - 1) if len(wt) > 1 else None
                    if wment is None and len(wt) > 3 and wt[-2].text == ",":
                        # "with Utopia's Grand Mufti, Ali Ben Omar, saying": the name between the commas
                        c = next((x for x in range(len(wt) - 3, 0, -1) if wt[x].text == ","), 0)
                        if 0 < c < len(wt) - 3 and all(_is_cap(t) for t in wt[c + 1:-2]):
                            wment = _Mention(wt[c + 1].start, wt[-3].end, "", True)
                    if wment is not None and not wment.pronoun:
                        r = r._replace(mention=wment)
                        with_ing = True
            if not alone and _COORD_CUE_RE.search(text, max(o.start, r.cue[0] - 20), r.cue[0]):
                # the outer speaker's second verb ("The agency said it was looking for X, and noted he was ...")
                r = r._replace(mention=o.mention)
            key = (r.start, r.end, r.cue)
            if r.mention is None or key in seen or (not alone and not with_ing and (
                    (cw.endswith("ing") and cw != "according") or cw not in _NEST_INNER)) \
                    or (alone and cw not in _NEST_ALONE) \
                    or _MODAL_BEFORE_RE.search(text, max(0, r.cue[0] - 20), r.cue[0]):
                # no speaker of its own, a span and cue found already, a participle, no speech verb ("called X Y",
                # "supported"), or an infinitive or modal ("quick to claim", "would formally declare"): no report
                continue
            seen.add(key)
            new.append(r._replace(nested=True))
        out.extend(new)
        todo = new
    return out


_NOT_BEFORE_PERSON = frozenset("the of in at from a an on near outside inside into across along".split())


# lower-case nouns that make the capitalised words before them a place ("the Fancy Oak neighborhood")
_PLACE_NOUNS_AFTER = frozenset("neighborhood neighbourhood neighborhoods street avenue boulevard road county district "
                               "subdivision suburb township".split())


def _recent_name(text: str, lo: int, hi: int, gender: str = "") -> tuple[int, int] | None:
    """Last person-like name in ``text[lo:hi]`` (fallback antecedent for a pronoun).

    >>> t = "One of those there was Faiz Nasir. He said"
    >>> s, e = _recent_name(t, 0, 35)
    >>> t[s:e]
    'Faiz Nasir'
    """
    toks = _tokens(text, max(0, lo), hi)
    best = None
    rejected = -1  # end of the last capitalised run rejected after "the", "of", "in", ...
    i = 0
    while i < len(toks):
        if _is_cap(toks[i]) and toks[i].text.lower() not in _NOT_NAME:
            j = i
            while j < len(toks) and _is_cap(toks[j]):
                j += 1
                if j + 1 < len(toks) and toks[j].text == "." and _is_cap(toks[j + 1]) \
                        and toks[j - 1].text.lower() in _ABBREV:
                    j += 1  # "Mr. Romney", "Sen. Cruz": the title's period inside the name
            words = [t.text.lower() for t in toks[i:j] if t.text != "."]
            sent_initial = (i == 0 or toks[i - 1].text in _SENT_END or toks[i - 1].text in "\"“‘:"
                            or "\n" in text[toks[i - 1].end:toks[i].start])
            # an acronym, or a run of words in capitals ("CLICK HERE", "READ MORE": a link label, no name)
            acronym = all(t.text.isupper() for t in toks[i:j])
            compatible = _gender(words) in ("", gender) or not gender
            if compatible and gender:
                # (round 46) a common first name of the other gender ("Jon Adler"), or "Aponte said he ... she said"
                compatible = _name_gender(text, " ".join(t.text for t in toks[i:j] if t.text != ".")) in ("", gender)
            after_the = i > 0 and toks[i - 1].text.lower() in _NOT_BEFORE_PERSON  # "the Jewish community", "of Colombo"
            if i > 1 and toks[i - 1].text in ("and", "&") and i - 1 == rejected:
                after_the = True  # "the Lamb and Flag pub": the second name of a place
            if after_the and j - i >= 2 and toks[i - 1].text.lower() in ("of", "by", "with", "for", "to") and j + 2 < len(toks) and toks[j].text == "," and _is_cap(toks[j + 1]) \
                    and toks[j + 1].text.endswith(("'s", "’s")) and toks[j + 2].text.islower():
                after_the = False  # "the plans of Jo Maria Fox, Elmland's president": a person (round 34)
            if not any(w in _ORG_WORDS or w in _MONTHS or w == "you" for w in words) and (j - i >= 2 or not sent_initial) \
                    and not acronym and compatible and not after_the and not (j - i == 1 and _demonym(toks, i)) \
                    and not (j - i == 1 and _label_word(text, toks[i].text, toks[i].start)) \
                    and not (j < len(toks) and toks[j].text in _PLACE_NOUNS_AFTER) \
                    and not (j - i == 1 and i > 2 and toks[i - 1].text == "," and _is_cap(toks[i - 2])
                             and _is_cap(toks[i - 3]) and toks[i].text.endswith(("'s", "’s"))):
                # (not a label, "caption Watch:", nor a place before its noun, "their Oak Bluff neighborhood", nor
                # the owner opening an appositive after a full name, "Jo Fox, Elmland's president": round 34; not
                # after an opener, "Additionally, Fox's plan")
                m = _name_span(toks, i, j)
                if m is not None and m.named and j - i == 1 and (w := toks[i].text.removesuffix("'s").removesuffix("’s")) \
                        and w.lower() not in _MALE_FIRST and w.lower() not in _FEMALE_FIRST \
                        and not _seen_as_surname(text, w, m.start) and not _introduced(toks, i) \
                        and not any(toks[x].text.lower() in _NAMING_WORDS for x in range(max(0, i - 2), i)):
                    # (round 42) one word that is no first name, no surname of a name before and not introduced as a
                    # name ("a man named Abe", "his surname, Wu"): no person ("Israel")
                    m = None
                if m is not None and m.named and not _FURNITURE_RE.match(text, text.rfind("\n", 0, m.start) + 1) \
                        and not _CALL_SIGN_RE.match(text, m.start, m.end) \
                        and not _CREDITED_RE.search(text, max(0, m.start - 14), m.start):
                    # (round 36: nor a photographer's credit inside a caption, "... Photograph: NAME/Outlet")
                    # (not a name in a video or image caption line; a possessive "'s" dropped)
                    best = (m.start, m.end - 2 if text.endswith(("'s", "’s"), m.start, m.end) else m.end)
            elif after_the:
                rejected = j
            i = j
        else:
            i += 1
    return best


_DEMONYM_ENDS = ("ian", "ese", "ic", "ish", "can")  # Algerian, Chinese, Democratic, Turkish, Republican
_NOT_NOUN_NEXT = frozenset("""would will could can may might should must did does do not also then and or but to of in on
    at for by with from as who which that""".split())


def _demonym(toks: list[_Tok], i: int) -> bool:
    """The one capitalised word ``toks[i]`` is an adjective of nationality or party before a lowercase noun
    ("Algerian state television", "Democratic leader"), not a person's name ("Brian said", "Julian and").

    >>> toks = _tokens("told Algerian state television", 0, 30)
    >>> _demonym(toks, 1), _demonym(_tokens("Brian said so", 0, 13), 0)
    (True, False)
    """
    w = toks[i].text
    if not w.endswith(_DEMONYM_ENDS) or i + 1 >= len(toks):
        return False
    n = toks[i + 1].text
    return n.isalpha() and n.islower() and n not in _THOUGHT_OR_CUE and n not in _BE and n not in _PERFECT \
        and n not in _NOT_NOUN_NEXT and not n.endswith(("ed", "s"))


_SENT_BREAK_RE = re.compile(r"[.!?\n]")
# a capital letter after a sentence-end mark (and closing quote marks) or a line break: a candidate sentence start
_SENT_START_RE = re.compile("(?:[.!?][\"”’')]*[ \\t]+|\\n\\s*)[A-Z]")
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_SUBJECT_OPENERS = _NOT_NAME | _PREPS | _DETERMINERS | _WEEKDAYS | _TIME_NOUNS


def _occurrences_before(text: str, word: str, pos: int, last: int) -> tuple[list[int], list[int]]:
    """Offsets of the space before each occurrence of " ``word``" ending by ``pos``: the last ``last`` of them (the
    latest first) and, when there are more, the first four not among those (the earliest first), where a full name
    opening the article is ("Paul Ciancia" before many "Ciancia"). An occurrence at offset 0 ends the search.

    >>> _occurrences_before("x Roof a Roof b Roof c Roof", "Roof", 27, 2)
    ([22, 15], [1, 8])
    """
    key = " " + word
    latest: list[int] = []
    p = text.rfind(key, 0, pos)
    while p > 0 and len(latest) < last:
        latest.append(p)
        p = text.rfind(key, 0, p)
    earliest: list[int] = []
    if p > 0:
        p = text.find(key, 0, pos)
        while p > 0 and len(earliest) < 4 and p not in latest:
            earliest.append(p)
            p = text.find(key, p + 1, pos)
    return latest, earliest


def _seen_as_surname(text: str, word: str, pos: int) -> bool:
    """Whether ``word`` follows a capitalised word somewhere before ``pos`` ("Dylann Roof" before "Roof is")."""
    latest, earliest = _occurrences_before(text, word, pos, 4)
    for p in latest + earliest:
        q = p
        while q > 0 and (text[q - 1].isalpha() or text[q - 1] == "."):
            q -= 1
        if q < p and text[q].isupper() and not text[p + 1 + len(word):p + 2 + len(word)].isalpha() \
                and (p in latest or text[q:p].lower() not in _SUBJECT_OPENERS) \
                and text[q:p].lower() not in _GENDERED:  # (not "The Tunisian"; "Mr. Sharif" names no first name)
            return True
    return False


def _recent_subject(text: str, lo: int, hi: int, gender: str, quoted: list[tuple[int, int]],
                    qstarts: list[int]) -> tuple[int, int] | None:
    """Last person named as the subject of a sentence in ``text[lo:hi]``, outside direct quotes.

    A capitalised run that opens a sentence (after openers such as "But", "On Saturday morning,"), or ends
    a sentence after "was"/"is" ("One of those taking part was Faiz Nasir."). A one-word name counts only
    when it followed another capitalised word earlier (a surname: "Roof is white" after "Dylann Roof").
    Only the sentence starts are tokenised (70 characters each, to the end of a name across the 70th; the last
    sentence first).

    >>> t = "Robert Bowers posted it. The FBI's Robert Jones said so. Mr Bowers has posted more. Then he said"
    >>> s, e = _recent_subject(t, 24, 90, "m", [], [])
    >>> t[s:e]
    'Mr Bowers'
    """
    best = None
    # "One of those taking part was Faiz Nasir."
    tail = max(lo, hi - 80)
    toks = _tokens(text, tail, hi) if text.find(" was ", tail, hi) >= 0 or text.find(" is ", tail, hi) >= 0 else []
    n = len(toks)
    for x in range(n - 1, max(0, n - 8), -1):
        if toks[x].text in _SENT_END and x > 1:
            b = x
            while b > 0 and _is_cap(toks[b - 1]):
                b -= 1
            if b < x and b > 0 and toks[b - 1].text.lower() in {"was", "is"}:
                best = _person(text, toks, b, x, gender, quoted, qstarts)
            break
    for mt in reversed(list(_SENT_START_RE.finditer(text, lo, hi))):
        p = mt.end() - 1
        if best is not None and p < best[0]:
            break
        if text[mt.start()] == "." and not _is_end_before(text, lo, mt.start()):
            continue
        if _credit_line(text, p) or _FURNITURE_RE.match(text, p):
            continue  # (a photo credit, a video or image caption: "JUST WATCHED Paris witness: ...")
        am = _APPOSED_SUBJECT_RE.match(text, p, min(hi, p + 140))
        if am is not None and am.group(1).split()[0].lower() not in _NOT_NAME \
                and _first_name_gender(am.group(1)) in ("", gender):
            # "Libya's deputy interior minister, Wanis al-Sharif, made ...": the name in apposition to the subject
            a, b = am.span(1)
            return (a, b) if best is None or a > best[0] else best
        # the window ends after the word it cuts and any capitalised words after it (a name across the 70th
        # character: "... for several years, Ms. Jean-Pierre Coy decided", not "Ms. Jean-Pierre Co")
        we = min(hi, p + 70)
        if we < hi:
            we = min(hi, _WINDOW_TAIL_RE.match(text, we).end())
        toks = _tokens(text, p, we)
        n = len(toks)
        if not n:
            continue
        c = 0
        if n > 3 and toks[0].text.lower() in _INTRO_DETS and toks[1].text in _INTRO_NOUNS and _is_cap(toks[2]):
            c = 2  # "His friend Oskar came out": the name after the description
        for _ in range(3 if c == 0 else 0):  # openers: "But", "On Saturday morning,", "At a rally in Panama City Beach,"
            if c < n and toks[c].text.lower() in _SUBJECT_OPENERS:
                c2 = next((x for x in range(c + 1, min(n, c + 10)) if toks[x].text == "," or _is_end(toks, x)), -1)
                if toks[c].text.lower() in _NOT_NAME and c + 1 < n and _is_cap(toks[c + 1]) \
                        and toks[c + 1].text.lower() not in _SUBJECT_OPENERS:
                    c += 1  # "But Mr Bowers ..."
                    break
                if c2 < 0 or toks[c2].text != ",":
                    c = n
                    break
                c = c2 + 1
        if c >= n or not _is_cap(toks[c]) or toks[c].text.lower() in _SUBJECT_OPENERS:
            continue
        e = c + 1
        while e < n and "\n" not in text[toks[e - 1].end:toks[e].start] and (
                _is_cap(toks[e]) or (toks[e].text == "." and (toks[e - 1].text.lower() + "." in _GENDERED
                                                               or toks[e - 1].text.lower() in _ABBREV))):
            e += 1
        if e - c >= 2 and all(t.text.isupper() and t.text.isalpha() for t in toks[c:e]):
            continue  # words in capitals opening a line ("CLICK HERE to ...", "READ MORE"): a link label, no name
        r = e
        while r < n and r - e < 3 and toks[r].text.isalpha() and toks[r].text.islower() and toks[r].text not in _NOT_ROLE_RUN \
                and toks[r].text not in _ANY_CUE and toks[r].text not in _BE:
            r += 1
        if r > e and r < n and _is_cap(toks[r]) and (toks[r - 1].text in _TITLES or toks[r - 1].text in _ROLE_WORDS or (
                (r - e >= 2 or e - c == 1 or toks[e - 1].text.endswith(("'s", "’s")))
                and toks[r - 1].text.endswith(_PREV_ROLE_ENDS)
                and toks[r - 1].text not in _ROLE_STOP)):
            # "Night guard Tomas Reyes, who works ...", "Longtime Republican state senator Ann Fox", "Student
            # protester Ann Fox is ...", "Harbor Mart's cashier Ann Fox was ..." (one capitalised word or a
            # possessive opening the sentence, then a role noun): the name
            c = e = r
            while e < n and "\n" not in text[toks[e - 1].end:toks[e].start] and (
                    _is_cap(toks[e]) or (toks[e].text == "." and len(toks[e - 1].text) == 1)):
                e += 1
        cand = _person(text, toks, c, e, gender, quoted, qstarts)
        if cand is not None:
            return cand if best is None or cand[0] > best[0] else best
    return best


# the rest of a word cut by a window's end, then the capitalised words that follow it
_WINDOW_TAIL_RE = re.compile(r"[\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*")
_NOT_ROLE_RUN = frozenset("and or but of in at on for to with from by the a an".split())
# a sentence opening with a description and a name in apposition, then a lowercase word ("Libya's deputy interior
# minister, Wanis al-Sharif, made ...", "The group's founder, Ann Lee, has ...")
_APPOSED_SUBJECT_RE = re.compile(
    r"(?:[A-Z][\w’'.-]*['’]s|The|A|An|Its|His|Her|Their)(?: [a-z][\w’'-]*){1,5}, "
    r"([A-Z][a-z][\w’'-]*(?: (?:[A-Z]\.|[a-z]{1,3}-[A-Z][\w’'-]*|al|de|van|von|bin|[A-Z][a-z][\w’'-]*)){1,3}),"
    r" (?!(?:and|or|but|the|a|an|in|on|at|of|for|to|with)\b)[a-z]")
_CREDIT_RE = re.compile(r"[^\n]*(?:/| via )[^\n]*[^.!?\"”’'\s]\s*(?:\n|\Z)")
# page furniture opening a line or sentence: video and image captions, whose names are no sentence subjects
_CREDITED_RE = re.compile(r"(?:Photo(?:graph)?|Credit|Illustration): $")  # a photographer's name follows
#: (round 37) a North American broadcaster's call sign opening a name ("WXYZ Channel7", "KXLA News"): a station,
#: never the antecedent of "he" / "she"
_CALL_SIGN_RE = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?(?:\s+(?![A-Z]+\b)\S+)*\Z")
_FURNITURE_RE = re.compile(r"Advertisement|JUST WATCHED|MUST WATCH|Image (?:copyright|caption)|Media (?:caption|playback)|Hide Caption"
                           r"|Replay More Videos|Photo(?:s|graph)?:|Caption "
                           # (round 36) the Guardian's caption widget: "Facebook Twitter Pinterest NAME, ... Photograph: ..."
                           r"|Facebook Twitter Pinterest "
                           # (round 37) Fox News's related-links header line: "More On This..."
                           r"|More [Oo]n [Tt]his\b")


_THEY_SUBJECT_RE = re.compile(
    r"(?:(?:But|And|So far|Meanwhile|However|Still|Now|Later|Earlier),?\s+)?"
    r"([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+and\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"  # "Pelosi and Schumer"
    r"|(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Mm]ost|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
    r"(?:[A-Za-z][A-Za-z'’-]*\s+){0,2}?"
    r"([A-Za-z]*(?:[^\Ws]s|[Mm]edia|[Pp]olice|[Pp]eople|[Ss]taff|[Ff]amily|[Cc]ouple))\b"  # "Witnesses", "Some Russian media", "police"
    r"|(?:Many|Some|Others|Several|Most|Both)\b)"  # a quantifier alone: "Many posted what they said were ..."
    r"\s+(?:also\s+|have\s+|had\s+|were\s+|are\s+)?(?!(?:of|in|at|for|from|who|that|and|or|with)\b)[a-z]+\b")
_THEY_HEAD_ENDS = ("ers", "ists", "ians", "ors", "ants", "ents", "ees")


# a plural subject opening a reported clause: "U.S. authorities provided ...", "the local officials said ..."
_PLURAL_SUBJECT_RE = re.compile(r"(?:(?:[Tt]he|[A-Z][\w.&'’-]*|local|federal|state|senior)\s+){0,3}([a-z]+s)\b(?=\s+[a-z])")


def _plural_speaker(sp: str) -> bool:
    """A speaker that "they" may stand for: a plural noun ("officials", "U.S. authorities"), a collective or two
    speakers joined by "and"."""
    last = sp.rsplit(None, 1)[-1].lower() if sp.strip() else ""
    return " and " in sp or last in _COLLECTIVE or (last.endswith("s") and not last.endswith("ss") and last.isalpha()
                                                    and sp[:1].islower() or last in _GROUP_PLURALS)


def _they_subject(text: str, lo: int, anchor: int) -> tuple[int, int] | None:
    """The plural subject of the last sentence that starts in ``text[lo:anchor]`` before ``anchor`` (the sentence
    of "they" or, when "they" opens its sentence, the one before): a group noun or two names joined by "and".

    >>> t = "Witnesses spoke to the AP on Friday. They said it was over."
    >>> s, e = _they_subject(t, 0, 37)
    >>> t[s:e]
    'Witnesses'
    >>> t = "So far, police have released photos of three men they say"
    >>> s, e = _they_subject(t, 0, 48)
    >>> t[s:e]
    'police'
    >>> _they_subject("The photos were released on Friday. They said", 0, 36) is None
    True
    """
    starts = [mt.end() - 1 for mt in _SENT_START_RE.finditer(text, max(0, lo - 1), anchor)]
    if lo == 0 and text[:1].isupper():
        starts.insert(0, 0)
    # (not the sentence of the quote itself: '... spoke on Sunday. "We are broken," they said.')
    starts = [p for p in starts if lo <= p < anchor and text[p] not in _QUOTE_OPENERS]
    if not starts:
        return None
    mt = _THEY_SUBJECT_RE.match(text, starts[-1], anchor)
    if mt is None:
        return None
    head = mt.group(2)
    if head is not None and not _group_word(head.lower()) and head.lower() not in _THEY_GROUPS:
        return None
    return mt.span(1)


_QUOTE_OPENERS = frozenset("\"“‘'«„")
_THEY_GROUPS = frozenset("family couple parents relatives families friends neighbours neighbors".split())  # "The family of the victim ... they said"


def _group_word(h: str) -> bool:
    """``h`` (lower case) is a plural group or person noun ("police", "officials", "researchers")."""
    return h in _COLLECTIVE or h in _PERSON_HEADS or (h.endswith(_THEY_HEAD_ENDS) and h not in _NOT_NAME)


def _credit_line(text: str, p: int) -> bool:
    """The line from ``p`` is a photo credit: a slash or "via" and no sentence end ("Jane Doe/The Daily News via
    AP"); its name is no sentence subject.

    >>> _credit_line("Jane Doe/The Daily News via AP\\nHe said", 0), _credit_line("Jane Doe said so.\\n", 0)
    (True, False)
    """
    if text[p:p + 1] == "\n" or (p > 0 and text[p - 1] != "\n"):
        return False  # only a line of its own
    return _CREDIT_RE.match(text, p) is not None


def _is_end_before(text: str, lo: int, q: int) -> bool:
    """The period ``text[q]`` ends a sentence (not "Mr." or an initial "J.": the word before it, as in :func:`_is_end`).

    >>> _is_end_before("Mr. Smith", 0, 2), _is_end_before("J. Smith", 0, 1), _is_end_before("it. Then", 0, 2)
    (False, False, True)
    """
    w = text[max(lo, text.rfind(" ", max(lo, q - 12), q) + 1):q]
    w = w.rsplit("(", 1)[-1].rsplit("\n", 1)[-1]
    return not (w.lower() in _ABBREV or (len(w) == 1 and w.isupper()))


_KIN = frozenset("""eyewitness friend brother sister wife husband son daughter father mother neighbour neighbor
    colleague cousin uncle aunt freshman sophomore junior senior classmate boyfriend girlfriend""".split())
_INTRO_NOUNS = _PERSON_HEADS | _KIN  # "Another witness, Oskar, sat ...", "His friend Oskar came ..."
_INTRO_DETS = frozenset("a an another his her their one".split())


_NAMING_WORDS = frozenset("named called surname nickname name".split())


def _introduced(toks: list[_Tok], c: int) -> bool:
    """The one-word name ``toks[c]`` follows a person noun, directly or after a comma ("His friend Oskar",
    "Another witness, Oskar,"): a first name, a person."""
    b = c - 1 - (c > 1 and toks[c - 1].text == ",")
    return b >= 0 and toks[b].text in _INTRO_NOUNS


def _person(text: str, toks: list[_Tok], c: int, e: int, gender: str, quoted: list[tuple[int, int]],
            qstarts: list[int]) -> tuple[int, int] | None:
    """``toks[c:e]`` as a person of a compatible gender outside the direct quotes, else None."""
    words = [t.text.lower() for t in toks[c:e]]
    if not words or any(w in _ORG_WORDS or w in _MONTHS or w in _WEEKDAYS for w in words):
        return None
    if _gender(words) not in ("", gender) or gender and _name_gender(
            text, " ".join(t.text for t in toks[c:e])) not in ("", gender):
        return None  # ("Nikki Haley ... “...,” he said": not Haley; round 46: "Aponte said he ... she said": not Aponte)
    q = bisect_right(qstarts, toks[c].start) - 1
    if q >= 0 and toks[c].start < quoted[q][1] + 1:
        return None
    last = toks[e - 1].text
    if last.endswith(("'s", "’s")):
        return None  # "the State Department's ..."
    if words[0] in ("you", "your", "thank"):
        return None  # (round 46) "You may opt out at any time. Thank you for subscribing.": no person
    if e - c == 1 and (last.isupper() or words[0] in _COLLECTIVE or words[0] in _PRONOUNS
                       or not (_seen_as_surname(text, last, toks[c].start) or _introduced(toks, c))):
        return None
    if gender and e - c == 1 and _surname_gender(text, last, toks[c].start) not in ("", gender):
        return None  # "Sanders ... she": not "Bernie Sanders"
    m = _name_span(toks, c, e)
    if m is None or not m.named:
        return None
    return m.start, m.end


def _surname_gender(text: str, word: str, pos: int) -> str:
    """The gender of the common first name before the surname ``word`` at its last full mention before ``pos``
    (up to six occurrences back), else "".

    >>> _surname_gender("Bernie Sanders spoke. Sanders won her over", "Sanders", 22)
    'm'
    """
    latest, earliest = _occurrences_before(text, word, pos, 6)
    for p in latest + earliest:
        q = p
        while q > 0 and text[q - 1].isalpha():
            q -= 1
        if q < p and text[q].isupper():
            g = _first_name_gender(text[q:p] + " " + word)
            if g:
                return g
    return ""


# (round 46) a name, a speech verb and a subject pronoun: "Aponte said he", "S.C. told BuzzFeed News that she"; the
# search starts at the verb (a pattern that opens with a character class would be tried at every character)
_SAID_PRONOUN_RE = re.compile(
    r"(?:said|says|told(?: [\w’'.-]+){1,3}?|added|claimed|admitted|testified|insisted|acknowledged) (?:that )?"
    r"(he|she)\b")
_SAID_NAME_RE = re.compile(
    r"(?<![\w.’'-])([A-Z][\w’'-]*[a-z]|[A-Z]\.(?:[A-Z]\.)+) (?:(?:also|later|then|previously|initially) )?\Z")


def _first_names(text: str, surname: str) -> dict[str, str]:
    """The capitalised words right before ``surname`` in ``text`` that are no titles, each with the gender of its
    common first name ("" when none).

    >>> _first_names("Edward Gallagher spoke; Chief Gallagher and Andrea Gallagher left.", "Gallagher")
    {'Edward': 'm', 'Andrea': 'f'}
    """
    out: dict[str, str] = {}
    key = " " + surname
    p = text.find(key)
    while p >= 0:
        e = p + len(key)
        q = p
        while q > 0 and text[q - 1].isalpha():
            q -= 1
        word = text[q:p]
        if len(word) > 1 and word[0].isupper() and word[1:].islower() and (e == len(text) or not text[e].isalnum()) \
                and word.lower() not in _TITLES and word not in out:
            out[word] = _first_name_gender(word + key)
        p = text.find(key, e)
    return out


def _name_gender(text: str, name: str) -> str:
    """A person's gender from their common first name, else from their own report in the article (round 46:
    :func:`_said_gender`), else "".

    >>> _name_gender("Jon Adler spoke.", "Jon Adler"), _name_gender("Edison Aponte said he was out.", "Edison Aponte")
    ('m', 'm')
    """
    return _first_name_gender(name) or _said_gender(text, name)


def _said_gender(text: str, name: str) -> str:
    """The gender a person's own report gives them in the article: the subject pronoun right after their name and
    a speech verb ("Aponte said he ...", "S.C. told BuzzFeed News that she ..."), when every such pronoun agrees
    (round 46; a name with no common first name, "Edison Aponte", then is no antecedent of "she").

    >>> _said_gender("Edison Aponte said he could not confirm it. S.C. said she asked.", "Edison Aponte")
    'm'
    >>> _said_gender("S.C. told BuzzFeed News that she was harassed.", "S.C."), _said_gender("No one.", "Ann")
    ('f', '')
    """
    words = name.split()
    if not words:
        return ""
    last = words[-1].removesuffix("'s").removesuffix("’s")
    g = _said_genders(text).get(last, "")
    return "" if g == "?" else g


@lru_cache(maxsize=4)
def _said_genders(text: str) -> dict[str, str]:
    """Name (its last word) -> "m", "f" or "?" (both) from the reports in ``text`` (see :func:`_said_gender`); one
    search per article, cached (a small cache keyed by the text: safe across threads, unlike a module-level memo)."""
    seen: dict[str, str] = {}
    for mt in _SAID_PRONOUN_RE.finditer(text):
        nm = _SAID_NAME_RE.search(text, max(0, mt.start() - 40), mt.start())
        if nm is None:
            continue
        g = _PRONOUNS[mt.group(1)]
        w = nm.group(1)
        seen[w] = g if seen.get(w, g) == g else "?"
    for w, g in seen.items():
        # a surname two people may share ("Andrea Gallagher" beside "Edward Gallagher said he"): no gender when
        # a first name before it is of the other gender, or two first names are and one of no known gender
        firsts = _first_names(text, w) if g != "?" else {}
        if any(fg not in ("", g) for fg in firsts.values()) or (len(firsts) > 1 and "" in firsts.values()):
            seen[w] = "?"
    return seen


# "the police chief", "this official", "The Libyan official" (capitalised modifiers before a lowercase head)
_DEF_WORDS_RE = re.compile(r"(?:[Tt]he|[Tt]his|[Oo]ur)((?: (?:[a-z]+|[A-Z][a-z]+|[A-Z]{2,})){0,2} [a-z]+)")
_DEF_TITLE_WORDS_RE = re.compile(r"(?:[Tt]he|[Tt]his)((?: [A-Z][a-z]+){1,3})")
_NAME_AFTER_RE = re.compile(r"\s+([A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w-]*)+)")
_HEAD_BEFORE_RE = re.compile(r"(?<![\w.’'-])(?:[Tt]he|an?|An?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[A-Z][\w-]*['’]s)"
                             r"((?:\s+[\w.’'-]+){0,3})\s+\Z")
# "Quist, the state police spokeswoman": a name in apposition before a description with the same head
_APPOSED_BEFORE_RE = re.compile(r"([A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'’-]*)*),\s+(?:the|a|an)"
                                r"(?:\s+[\w.’'-]+){0,3}\s+\Z")
_NAME_BEFORE_COMMA_RE = re.compile(r"(?<![\w.’'-])([A-Z][a-z][\w'’-]*(?:[ \t]+(?:[A-Z]\.|de|van|von|al|bin|le|la|du|da)){0,2}"
                                   r"(?:[ \t]+[A-Z][a-z][\w'’-]*)+)\Z")  # a full name ending where a comma follows
_PROPER_BEFORE_RE = re.compile(r"(?<![\w.’'&-])(?:[Tt]he\s+)?(?:[A-Z][\w.’'&-]*\s+(?:(?:and|of|for|&)\s+)?){1,5}\Z")
_ONE_NAME_AFTER_RE = re.compile(r"\s+([A-Z][a-z][\w'’-]*)")
_MONARCHS = frozenset("king queen pope prince princess emperor".split())  # a title before one name
_DEF_WINDOW = 6000  # a title before a name
_AFTER_WINDOW = 3000  # a title before a name, after a description that has none before it
_HEAD_WINDOW = 600  # a noun phrase with the same noun
# abbreviated titles before a name ("Gov. Hal Brenner" for "the governor")
_TITLE_ABBREVS = {"governor": "Gov.", "senator": "Sen.", "representative": "Rep.", "lieutenant": "Lt.",
                  "general": "Gen.", "sergeant": "Sgt.", "detective": "Det.", "superintendent": "Supt.",
                  "professor": "Prof.", "congressman": "Rep.", "congresswoman": "Rep.", "colonel": "Col.",
                  "captain": "Capt.", "major": "Maj.", "admiral": "Adm.", "doctor": "Dr."}


def _title_name(text: str, title: str, lo: int, hi: int, pattern: re.Pattern = _NAME_AFTER_RE, *,
                last: bool = True) -> tuple[int, int] | None:
    """The name after the last (``last=False``: the first) of up to six occurrences of ``title`` in
    ``text[lo:hi]``, or None."""
    p = text.rfind(title, lo, hi) if last else text.find(title, lo, hi)
    for _ in range(6):
        if p < 0:
            break
        got = _name_after_title(text, title, p, hi, pattern)
        if got is not None:
            return got
        p = text.rfind(title, lo, p) if last else text.find(title, p + 1, hi)
    return None


def _apposed_name(text: str, title: str, lo: int, ss: int) -> tuple[int, int] | None:
    """The name before the last of up to three occurrences of ``, title`` or ``, the title`` in ``text[lo:ss]``
    ("Ena van Dijk, mayor of the river town"), or None.

    >>> t = "Ena van Dijk, mayor of Lund, spoke. The mayor said so."
    >>> s, e = _apposed_name(t, "mayor", 0, 36)
    >>> t[s:e]
    'Ena van Dijk'
    """
    best = None
    for sep in (", ", ", the "):
        key = sep + title
        p = text.rfind(key, lo, ss)
        for _ in range(3):
            if p < 0 or (best is not None and p < best[0]):
                break
            e = p + len(key)
            if not text[e:e + 1].isalnum():
                nm = _NAME_BEFORE_COMMA_RE.search(text, max(lo, p - 60), p)
                if nm is not None and _time_phrase(nm.group(1)):
                    nm = None  # (round 39) "On Friday, the governor said": a time, no name
                if nm is not None and (best is None or nm.start(1) > best[0]):
                    best = nm.span(1)
                    break
            p = text.rfind(key, lo, p)
    return best


_VICE = ("Vice ", "vice ", "Vice-", "vice-", "Deputy ", "deputy ", "Former ", "former ", "Assistant ", "assistant ")


def _name_after_title(text: str, title: str, p: int, hi: int, pattern: re.Pattern) -> tuple[int, int] | None:
    """The name right after ``title`` at ``p`` (a whole word), possessive dropped, or None. Not after "Vice"
    ("the president" is not "Vice President Joe Biden").

    >>> t = "Vice President Al Dunn spoke."
    >>> _name_after_title(t, "President", 5, len(t), _NAME_AFTER_RE) is None
    True
    """
    if text.endswith(_VICE, max(0, p - 10), p):
        return None
    if p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "."):
        nm = pattern.match(text, p + len(title), min(hi, p + len(title) + 60))
        if nm is not None:
            a, b = nm.span(1)
            if text[b - 2:b] in ("'s", "’s"):
                b -= 2
            return a, b
    return None


def _definite_antecedent(text: str, ss: int, se: int) -> tuple[int, int, bool] | None:
    """The earlier, fuller mention of the description ``text[ss:se]`` ("the police chief", "the government"):
    a name after the same words used as a title when the last word is a title or role word ("Police Chief Greg
    Mullen", "police chief Dora Quist", "Gov. Hal Brenner" for "the governor": the name, a person; up to
    6,000 characters back, the last six occurrences of each form), else the last noun phrase ending in the same
    noun (up to 600 characters back, the last three occurrences): a name in apposition before it ("Quist, the
    state police spokeswoman"), a phrase with a capitalised modifier ("The U.K. government", "A U.S. intelligence
    bulletin"), or for a bare person noun its indefinite introduction ("A federal official said ... the official
    said"); ``(start, end, is_person)`` or None.

    >>> t = "Police Chief Greg Mullen spoke. Later the police chief said it was over."
    >>> s, e, person = _definite_antecedent(t, 38, 54)
    >>> t[s:e], person
    ('Greg Mullen', True)
    >>> t = "State Gov. Hal Brenner spoke. Later the governor said it was over."
    >>> s, e, person = _definite_antecedent(t, 36, 48)
    >>> t[s:e], person
    ('Hal Brenner', True)
    >>> t = "The U.K. government warns travellers. The government advises caution."
    >>> s, e, person = _definite_antecedent(t, 38, 52)
    >>> t[s:e], person
    ('The U.K. government', False)
    >>> t = "A federal official said it was early. The official said more."
    >>> s, e, person = _definite_antecedent(t, 38, 50)
    >>> t[s:e], person
    ('A federal official', False)
    """
    m = _DEF_WORDS_RE.fullmatch(text, ss, se)
    if text.startswith(("our ", "Our "), ss) and (m is None or m.group(1).rsplit(None, 1)[-1] not in _OUR_HEADS):
        return None  # "our correspondent": the outlet's reporter named before; no other "our ..."
    if m is not None and text.startswith(("this ", "This "), ss):
        w = m.group(1).rsplit(None, 1)[-1]  # "this official", "this person": a person described before
        if not (w in _PERSON_HEADS or w in _DESC_HEADS or w in _TITLES or w in _ROLE_WORDS):
            return None
    capital = m is None
    if capital:
        m = _DEF_TITLE_WORDS_RE.fullmatch(text, ss, se)  # "the Prime Minister"
        if m is None or not all(w.lower() in _TITLES for w in m.group(1).split()):
            return None
    words = m.group(1).lower().split()
    caps = () if capital else tuple(w for w in m.group(1).split() if w[:1].isupper())
    lo = 0 if capital else max(0, ss - _DEF_WINDOW)  # ("the Prime Minister": one person, however far back)
    last = words[-1]
    if caps and not (last in _TITLES or last in _PERSON_HEADS or last in _DESC_HEADS):
        return None  # "the Ciancia family", "the Trump administration": a name of its own
    if last in _TITLES or last in _ROLE_WORDS or last in _MONARCHS or last in _TITLE_ABBREVS:
        # (round 38) also a title known by its abbreviation ("the police captain" after "Police Capt. Ed Rowan");
        # an acronym kept as written ("the ELC president" after "ELC President Jeff Kolb")
        titles = [" ".join(w if len(w) > 1 and w.isupper() else w.capitalize() for w in m.group(1).split()),
                  " ".join(words)]
        if last in _TITLE_ABBREVS:
            titles.append(" ".join([w.capitalize() for w in words[:-1]] + [_TITLE_ABBREVS[last]]))
        pattern = _ONE_NAME_AFTER_RE if last in _MONARCHS else _NAME_AFTER_RE  # "Queen Maren"
        best = _apposed_name(text, " ".join(words), lo, ss)
        for title in titles:
            got = _title_name(text, title, lo, ss, pattern)
            if got is not None and (best is None or got[0] > best[0]):
                best = got
        if last not in _MONARCHS:
            # "Sheriff Lombardo" for "the sheriff": a capitalised title before a surname alone (also when nearer than
            # a full name after the title: "Pastor Ed Rao said ... Pastor Suman said ... the pastor added")
            got = _title_name(text, titles[0], lo, ss, _ONE_NAME_AFTER_RE)
            if got is not None and (best is None or got[0] > best[0]) and _lone_surname(text, got):
                best = got
        near = _head_antecedent(text, ss, words, caps)
        if best is not None:
            # (a capitalised title names the person who holds it, not "Deputy Prime Minister" after him)
            return near if near is not None and near[0] > best[0] and not capital else (best[0], best[1], True)
        if near is None and not caps:
            # named only later ("..., the governor said." opening the article, "Gov. Hal Brenner" further on)
            for title in titles:
                got = _title_name(text, title, se, min(len(text), se + _AFTER_WINDOW), pattern, last=False)
                if got is not None and (best is None or got[0] < best[0]):
                    best = got
            return (best[0], best[1], True) if best is not None else None
        return near
    return _head_antecedent(text, ss, words, caps)


_OUR_HEADS = frozenset("correspondent reporter editor producer".split())  # "our correspondent adds"
_PARTICLE_NEXT_RE = re.compile(r" (?:de|da|van|von|al|bin|la|le|du|del|der) [A-Z]")


def _lone_surname(text: str, span: tuple[int, int]) -> bool:
    """``text[span]`` (one capitalised word after a title) is a surname: not a title, a function word, a month or an
    organisation word, and no capitalised word or hyphen follows it ("Sheriff Lombardo said", not "Chief
    Executive" or "President Street")."""
    w = text[span[0]:span[1]].lower()
    if w in _TITLES or w in _NOT_NAME or w in _ORG_WORDS or w in _MONTHS or w in _WEEKDAYS or w in _ROLE_WORDS \
            or _first_name_gender(w.capitalize()):
        return False  # (a first name: "Mayor Bill de Blasio")
    nxt = text[span[1]:span[1] + 8]
    return not (nxt[:1] == "-" or (nxt[:1] == " " and nxt[1:2].isupper()) or _PARTICLE_NEXT_RE.match(nxt))


def _head_antecedent(text: str, ss: int, words: list[str], caps: tuple[str, ...] = ()) -> tuple[int, int, bool] | None:
    """The last noun phrase before ``ss`` ending in the noun ``words[-1]`` (see :func:`_definite_antecedent`); a
    phrase for a description with capitalised modifiers ``caps`` has them too ("An unidentified Libyan official"
    for "the Libyan official", not "the Hernandez family" for "the Ciancia family")."""
    last = words[-1]
    head = " " + last
    lo = max(0, ss - _HEAD_WINDOW)
    p = text.rfind(head, lo, ss)
    person = last in _PERSON_HEADS or last in _DESC_HEADS
    for _ in range(3):
        if p < 0:
            break
        e = p + len(head)
        if not (text[e:e + 1].isalnum() or text[e:e + 1] == "-"):
            if person and text[e:e + 1] in ", ":
                am = _NAME_APPOSED_AFTER_RE.match(text, e)
                if am is not None and am.group(1).split()[0].lower() not in _NOT_NAME:
                    # "the suspect's lawyer, Ann Lee, said ... the lawyer said": the name in apposition after it
                    return am.start(1), am.end(1), True
            if not person and text[e + 1:e + 2].isupper():
                nm = _NAME_AFTER_HEAD_RE.match(text, e)  # "news agency Al Akhbar" for "the news agency": the name
                if nm is not None and nm.group(1).split()[0].lower() not in _NOT_AFTER_HEAD:
                    return nm.start(1), nm.end(1), False
            if not person:
                km = _KNOWN_AS_RE.match(text, e)  # "a brigade of fighters known as Ansar al-Sharia": the name
                if km is not None and km.group(1).split()[0].lower() not in _NOT_AFTER_HEAD:
                    return km.start(1), km.end(1), False
            if person and last in _PERSON_HEADS:
                am = _APPOSED_BEFORE_RE.search(text, max(lo, p - 80), p + 1)
                if am is not None and am.group(1).split()[0].lower() not in _NOT_NAME:
                    return am.start(1), am.end(1), True
            elif last in _ORG_ANAPHORS:
                am = _APPOSED_BEFORE_RE.search(text, max(lo, p - 80), p + 1)
                if am is not None and am.group(1).split()[0].lower() not in _NOT_NAME \
                        and not _first_name_gender(am.group(1)) and not am.group(1).endswith("ly") \
                        and (am.start(1) == 0 or text[am.start(1) - 1] == "\n" or text[max(0, am.start(1) - 2)] in ".!?"):
                    return am.start(1), am.end(1), False  # "Al Mourabitoun, an Islamist militant group" for "the group"
            hm = _HEAD_BEFORE_RE.search(text, max(lo, p - 50), p + 1)
            if hm is not None and ("\n" in hm.group() or "." in hm.group(1)) and (
                    text.startswith(("one", "One"), hm.start()) or hm.group().split()[0][-2:] in ("'s", "’s")):
                hm = None  # (not "Ann's grandfather.\n\nThe president", "no one has standing.\n\nThe plaintiffs")
            brk = _last(_PHRASE_BREAK_RE.finditer(hm.group())) if hm is not None else None
            if brk is not None:
                # no phrase across a sentence end: the indefinite introduction that opens the next sentence ("...
                # the vote.\n\nA Harbour Bank official said"), not "the old bridge.\n\nThe station"
                ns = hm.start() + brk.end()
                if text.startswith(_INDEFINITE_OPENERS, ns) and all(c in text[ns:e] for c in caps):
                    return ns, e, False
                hm = None
            if hm is not None and last not in _DESC_HEADS and hm.group().split()[0][-2:] in ("'s", "’s"):
                hm = None  # a possessive name introduces a relative ("Frein's father"), not "Trump's campaign"
            # (a person introduced by "a", "one" or a possessive name: "one official briefed on ...", "Frein's
            # father")
            if hm is not None and last in _SAME_DOC_HEADS and len(words) == 1 and hm.group(1).strip() \
                    and text[hm.start()] in "tT" and hm.group(1).split()[0].lower() not in _NOT_DOC_MODIFIERS:
                # "the intelligence bulletin ... the bulletin reads": a document named with a modifier before (not
                # "a criminal complaint ... the complaint", named by its definite mention)
                return hm.start(), e, False
            if hm is not None and (any(w[:1].isupper() for w in hm.group(1).split()) or (
                    person and len(words) == 1 and (text[hm.start()] in "aA" or text.startswith(("one", "One"), hm.start())
                                                   or text[hm.start()].isupper() and text[hm.start():p].endswith(("'s", "’s"))))) \
                    and all(c in text[hm.start():e] for c in caps):
                return hm.start(), e, False
        p = text.rfind(head, lo, p)
    if len(words) > 1 or last in _CAP_ORG_HEADS:
        # a proper name with the same words capitalised: "The Northern Water and Harbour Authority" for "the
        # security service", "The U.S. Embassy in Kabul" for "the embassy"
        head = " " + last.capitalize()
        p = text.rfind(head, lo, ss)
        e = p + len(head)
        # (round 39) a campus after a hyphen: "Elm State University-Eastfield" for "the university" (the name up to
        # the head)
        campus = last in _HYPHEN_ORG_HEADS and text[e:e + 1] == "-" and text[e + 1:e + 2].isupper()
        if p >= 0 and not (text[e:e + 1].isalnum() or text[e:e + 1] == "-" and not campus):
            pm = _PROPER_BEFORE_RE.search(text, max(lo, p - 60), p + 1)
            if pm is not None and all(w.capitalize() in pm.group().split() for w in words[:-1]) \
                    and (len(words) > 1 or pm.group().split()[-1].lower() not in _NOT_NAME):
                return pm.start() + pm.group().rfind("\n") + 1, e, False  # (not across a paragraph break)
    return None


_INDEFINITE_OPENERS = ("A ", "An ", "Another ", "One ")
_TIME_OPENERS = frozenset("on in at by since until before after during last this next early late".split())


def _time_phrase(words: str) -> bool:
    """(round 39) ``words`` (a capitalised run before a comma) is a phrase of time, no name: "On Friday", "In
    March", "Last Monday"."""
    ws = words.lower().split()
    return ws[0] in _TIME_OPENERS and any(w in _WEEKDAYS or w in _MONTHS for w in ws[1:]) or (
        len(ws) == 1 and (ws[0] in _WEEKDAYS or ws[0] in _MONTHS))
# one-word organisation nouns whose earlier capitalised name they stand for ("the embassy": "The U.S. Embassy")
_CAP_ORG_HEADS = frozenset("embassy ministry department agency commission council committee university".split())
# (round 39: university)
_HYPHEN_ORG_HEADS = frozenset(["university"])  # a campus after a hyphen: "Elm State University-Eastfield"
# a full name in apposition after a description (and a short phrase after its noun): "the family's lawyer, Ann
# Lee, said", "a spokeswoman for the ministry, Ida Holm, said"
_NAME_APPOSED_AFTER_RE = re.compile(r"(?:[ \t]+(?:for|of|at|with)[ \t][^,.;:!?\n\"“”]{1,40}?)?,[ \t]+([A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z][\w'’-]*)+),")
# not a fuller name of the document: "the same report", "a new report", "the latest poll"
_NOT_DOC_MODIFIERS = frozenset("same new latest other next previous first last earlier this that".split())
_PHRASE_BREAK_RE = re.compile(r"\n|[a-z]{2}[.!?][\"”’]?\s")  # a sentence end inside a phrase ("U.S. " is none)
# a name given after the noun and its modifiers: "a brigade of Islamist fighters known as Ansar al-Sharia"
_KNOWN_AS_RE = re.compile(r"(?: [\w’'-]+){0,5}? (?:known as|called|named) ((?:[A-Z][\w’'-]*|[a-z]{1,3}-[A-Z][\w’'-]*)"
                          r"(?: (?:[A-Z][\w’'-]*|[a-z]{1,3}-[A-Z][\w’'-]*|al|de|of))*)(?=[,.;:)]| [a-z])")
# person nouns beside _PERSON_HEADS for "the ..." after "a / one / X's ..." ("A doctor who ... The doctor said")
_DESC_HEADS = frozenset("""person doctor nurse friend father mother brother sister wife husband son daughter uncle
    aunt cousin neighbour neighbor colleague teacher driver""".split())
_NAME_AFTER_HEAD_RE = re.compile(r" ((?:[A-Z][\w’'-]*|al|de|of)(?: (?:[A-Z][\w’'-]*|al|de|of))*)(?=[,.;:)]| [a-z])")
_NOT_AFTER_HEAD = _WEEKDAYS | _MONTHS | _NOT_NAME | frozenset("on in at and but said".split())
_PLAIN_DESC_RE = re.compile(r"(?:[Tt]he|[Tt]his)(?: [a-z]+){1,3}")  # not "The 40-year-old Danish-born nurse"
_PREV_DEF_WINDOW = 400  # a definite description of the speaker of the quote just before
_DEF_DESC_RE = re.compile(r"[Tt]he(?: (?:[a-z][a-z’'-]*|[A-Z]{2,}))*(?: [a-z]+)")  # "the freshman", "the NFL player"
# heads of descriptions that are a source of their own, not another name for the last speaker
_PREV_ROLE_ENDS = ("ist", "er", "or", "ian", "ee")  # strategist, wicketkeeper, governor, historian, trustee
_PREV_HEADS = frozenset("freshman sophomore junior senior player teenager veteran father mother".split())


def _prev_head(w: str) -> bool:
    """``w`` heads a description of a person ("the freshman", "the former wicketkeeper", "the NFL player")."""
    return w not in _NOT_PREV_HEADS and (w in _PERSON_HEADS or w in _PREV_HEADS or (
        w.endswith(_PREV_ROLE_ENDS) and w not in _ROLE_STOP))


_NOT_PREV_HEADS = _ISSUED_NOUNS | _COLLECTIVE | frozenset("""report reports complaint affidavit documents document
    filing filings indictment bulletin suspect shooter gunman attacker assailant driver victim father mother son
    daughter brother sister wife husband""".split())
_FIRST_WINDOW = 10000  # a full name before its first name alone (an earlier speaker's beyond _FIRST_NEAR)
_FIRST_NEAR = 2000
_NOT_FAR_FIRST = _DETERMINERS | _QUANTIFIERS | _NOT_NAME | frozenset("several world".split())
_PREP_BEFORE_RE = re.compile(r"(?<![\w-])(?:in|at|from|to|of|near)\s+\Z")
# generic nouns for the speaker of the quote just before ("the man said" after "A bus driver told ...")
_PREV_GENERIC = frozenset("man woman source".split())
_PREV_GENERIC_WINDOW = 400  # characters from the end of the quote just before to the generic noun
_FEMALE_WORDS = frozenset("woman women she her girl mother wife daughter sister ms mrs miss lady".split())
_MALE_WORDS = frozenset("man men he him boy father husband son brother mr".split())
# nouns for an organisation named just before ("the airline", "the newspaper", "the organization")
_ORG_ANAPHORS = frozenset("""airline carrier newspaper paper organization organisation company firm agency broadcaster
    network publication magazine station channel outlet""".split())
_MEDIA_ANAPHORS = frozenset("station channel broadcaster network outlet".split())
_MEDIA_NAME_WORDS = frozenset("""times post globe journal herald news mail tribune telegraph guardian star press gazette
    chronicle independent observer express mirror sun inquirer examiner""".split())
# an airline's name ("Air France", "Qatar Airways"), for "the airline" / "the carrier"
_AIRLINE_HEADS = frozenset({"airline", "carrier"})
_AIRLINE_NAME_RE = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+ )?Air(?:lines|ways)?(?![\w-])(?: [A-Z][a-z]+)*")


def _prev_generic(text: str, ss: int, head: str, prev: Quote, named: list[tuple[int, int, str]]
                  ) -> tuple[int, int, bool] | None:
    """The speaker of the quote just before for a generic description ``the head`` at ``ss`` ("the man", "the
    source", "the newspaper"), when it ended less than 400 characters before, lies before the description and
    fits it: a person (named, or described with a person noun) of no other sex for "man"/"woman", a described
    person for "source", an organisation ("The ...", an acronym, a news outlet for "newspaper") for an
    organisation noun; ``(start, end, is_person)`` or None.

    >>> t = 'A bus driver told a reporter he ran. "I left," the man said.'
    >>> q = Quote(18, 29, "he ran", "indirect", "A bus driver", 0, 12, "told", 13, 17, 0, 12)
    >>> _prev_generic(t, 47, "man", q, [])
    (0, 12, False)
    """
    ps, pe = prev.speaker_start, prev.speaker_end
    if pe > ss or ss - max(prev.end, pe) > _PREV_GENERIC_WINDOW or text.count("\n\n", max(prev.end, pe), ss) > 1:
        return None
    sp = text[ps:pe]
    words = sp.split()
    if not words:
        return None
    low = [w.lower() for w in words]
    person = any((a, b) == (ps, pe) for a, b, _ in named)
    if head in _PREV_GENERIC:
        described = (low[0] in ("a", "an", "one") and (low[-1] in _PERSON_HEADS or low[-1].endswith(_PREV_ROLE_ENDS))) \
            or (low[0] in ("someone", "somebody") and head == "source")  # "someone who knew him well"
        if head == "source":
            return (ps, pe, False) if described and low[-1] not in ("man", "woman") else None
        other = _FEMALE_WORDS if head == "man" else _MALE_WORDS
        if any(w in other for w in low) or any(
                (a, b) == (ps, pe) and g == ("f" if head == "man" else "m") for a, b, g in named):
            return None
        if described or (person and sp[:1].isupper()):
            return ps, pe, person
        return None
    sm = _SPOKES_FOR_RE.match(sp)
    if sm is not None and sm.end() < len(sp):
        # (round 36) "a spokesperson for Elmco said ... the company said": the body the spokesperson spoke for
        ps += sm.end()
        sp = text[ps:pe]
        words = sp.split()
        low = [w.lower() for w in words]
    if not sp[:1].isupper():
        return None
    if head in ("newspaper", "paper", "publication"):
        ok = any(w in _MEDIA_NAME_WORDS for w in low)
    elif head in _AIRLINE_HEADS:
        ok = _AIRLINE_NAME_RE.search(sp) is not None
    elif head in _MEDIA_ANAPHORS:
        # "KVTA News reported ... the station reported" (not "Investigators have said ... the station revealed")
        ok = low[0] == "the" or any(len(w) > 1 and w.isupper() for w in words) or any(w in _MEDIA_NAME_WORDS for w in low)
    else:
        if low[-1] in _PERSON_HEADS or low[-1] in _GROUP_PLURALS or (
                low[0] == "the" and words[-1].islower() and low[-1] not in _ORG_WORDS):
            return None  # people ("U.S. school officials") or a description ("The result"), no organisation
        if _OTHER_ORG_RE.search(text, max(prev.end, pe), ss) is not None:
            return None  # another company named in between ("..., Tesla said. Acme Corp.'s stock fell after the company said")
        ok = low[0] == "the" or any(len(w) > 1 and w.isupper() and w.isalpha() for w in words) \
            or any(w in _ORG_WORDS or w in _ORG_NAME_WORDS for w in low) \
            or (not person and text.endswith(("the ", "The "), max(0, ps - 4), ps))  # "The Red Cross": "the" left out
    return (ps, pe, False) if ok else None


def _org_speaker(text: str, ps: int, pe: int, named: list[tuple[int, int, str]]) -> bool:
    """The named speaker ``text[ps:pe]`` is an organisation: an acronym ("NRA"), a name with an organisation word
    ("Interior Ministry", "Amnesty International") or a name written after "the" ("the Pentagon"), of no known sex.

    >>> _org_speaker("The Pentagon said it.", 4, 12, [(4, 12, "")]), _org_speaker("Ann Lee said it.", 0, 7, [])
    (True, False)
    """
    words = text[ps:pe].split()
    if not words or not words[0][:1].isupper() or any((a, b) == (ps, pe) and g for a, b, g in named):
        return False
    low = [w.lower() for w in words]
    if low[-1] in _PERSON_HEADS or low[-1] in _GROUP_PLURALS or _first_name_gender(words[0]):
        return False
    return (len(words) == 1 and len(words[0]) > 1 and words[0].isupper() and words[0].isalpha()) \
        or any(w in _ORG_WORDS or w in _ORG_NAME_WORDS for w in low) \
        or text.endswith(("the ", "The "), max(0, ps - 4), ps)


_OTHER_ORG_RE = re.compile(r"(?<=[a-z] )(?:Corp|Inc|Ltd|LLC|Co|Group)\b")


# nouns for the organisation that spoke just before: "The Red Cross said ... The organization said", "The Interior
# Ministry said ... the ministry added", "Amnesty International said ... the rights group said"
_PREV_ORG_HEADS = _ORG_ANAPHORS | frozenset("group ministry department charity organisation organization".split())
_ORG_DESC_RE = re.compile(r"[Tt]he(?: [a-z]+){1,2} (?:group|organi[sz]ation|charity|company|agency|ministry)")
# words of organisations' names beside _ORG_WORDS ("Amnesty International", "Acme Corp", "Human Rights Watch")
_ORG_NAME_WORDS = frozenset("""international corp corporation inc ltd llc network alliance federation coalition society
    fund cross crescent watch""".split())


_ORG_NAME_WINDOW = 600  # characters back to an organisation's name for "the airline"
# a broadcaster's name: a call sign ("WKRN", "KXTV-TV") or words ending in News/TV/Radio ("ABC News", "Sky News")
_OUTLET_RE = re.compile(r"(?<![\w-])(?:(?:[A-Z][\w&-]* ){1,3}(?:News|TV|Radio)|[KW][A-Z]{2,3}(?:-TV)?)(?![\w-])")
_OUTLET_WINDOW = 1000


def _outlet_before(text: str, ss: int) -> tuple[int, int, bool] | None:
    """The last broadcaster named in the 1,000 characters before ``ss`` ("ABC News" for "the network", "WKRN"
    for "the station").

    >>> t = "The tape was sent to KXTV News, according to the station."
    >>> s, e, person = _outlet_before(t, 45)
    >>> t[s:e]
    'KXTV News'
    """
    last = _last(_OUTLET_RE.finditer(text, max(0, ss - _OUTLET_WINDOW), ss))
    if last is None:
        return None
    a, e = last.span()
    since = _ACRONYM_RE.findall(text, e, ss)
    if len(set(since)) == 1 and len(since) > 1:
        return None  # another broadcaster named since, by its initials ("... left Arden TV. KZZ ... KZZ ...")
    if text.startswith(("The ", "A "), a):
        a = text.index(" ", a) + 1
    return (a, e, False) if a < e else None


_ACRONYM_RE = re.compile(r"(?<![\w-])[A-Z]{3,5}(?![\w-])")


def _airline_before(text: str, ss: int) -> tuple[int, int, bool] | None:
    """The last airline's name ("Air France" for "the airline") in the 600 characters before ``ss``.

    >>> t = "Ten Air France crew members left, the airline said."
    >>> s, e, person = _airline_before(t, 34)
    >>> t[s:e]
    'Air France'
    """
    last = _last(_AIRLINE_NAME_RE.finditer(text, max(0, ss - _ORG_NAME_WINDOW), ss))
    if last is None:
        return None
    a, e = last.span()
    first = text[a:text.find(" ", a, e) if " " in text[a:e] else e]
    if first.lower() in _NUMBER_WORDS or first.lower() in _DETERMINERS or first.lower() in _NOT_NAME:
        a += len(first) + 1
    return (a, e, False) if a < e else None


# "the suspect" / "the gunman" as a speaker: the person the article identifies with that noun ("identified the
# suspect as Ali Reza", "the suspect is Ali Reza", "the gunman, 19-year-old Ali Reza,", "suspect Ali Reza")
_ATTACKER_HEADS = frozenset("suspect gunman shooter attacker assailant bomber killer".split())
_ATTACKER_NAME_RE = re.compile(
    r"(?<![\w-])(?:suspect|gunman|shooter|attacker|assailant|bomber|killer)(?:,| as| is| was|(?: (?:is|was|has been"
    r"|had been|been))? (?:identified|named) as)?(?: \d{1,3}-year-old)? ((?:[A-Z][a-z][\w'’-]*)(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’-]*)+)"
    r"(?=[,.;:)]| \(|\Z)")
_ATTACKER_WINDOW = 6000  # characters back to the sentence that names the attacker


def _attacker_name(text: str, ss: int) -> tuple[int, int, bool] | None:
    """The full name the article gave the suspect or attacker before ``ss`` (the last of the forms in
    :data:`_ATTACKER_NAME_RE`), for a speaker "the suspect" / "the gunman" (hard case: the attacker's own words
    quoted in a witness's report); None when no name follows such a noun.

    >>> t = "Police identified the suspect as Ali Reza, 25. A witness said the suspect shouted, “Go.”"
    >>> s, e, person = _attacker_name(t, 61)
    >>> t[s:e], person
    ('Ali Reza', True)
    >>> _attacker_name("The suspect, Police Chief Ann Lee said, fled. The suspect said no.", 46) is None
    True
    """
    last = None
    for m in _ATTACKER_NAME_RE.finditer(text, max(0, ss - _ATTACKER_WINDOW), ss):
        first = m.group(1).split(None, 1)[0].lower()
        if first not in _TITLES and first not in _NOT_NAME and first not in _COLLECTIVE and first not in _WEEKDAYS \
                and first not in _MONTHS:
            last = m
    return (last.start(1), last.end(1), True) if last is not None else None


# (a generational suffix and a space before the comma allowed: "Walter Lee Pike II , 28,")
_AGED_NAME_RE = re.compile(r"(?<![\w.’'-])([A-Z][a-z][\w'’-]*(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’-]*){1,2})"
                           r"(?:,? (?:Jr\.|Sr\.|II|III|IV))? ?, \d{1,2},")


def _aged_main_name(text: str, ss: int) -> tuple[int, int, bool] | None:
    """For "the suspect" with no name given as the suspect's: the person introduced with an age ("Ali Reza, 27,")
    whose surname the text before ``ss`` repeats most, at least four times in all (the person the story is
    about, not a witness quoted once), else None.

    >>> t = ("Ali Reza, 27, set off a bomb. Reza was hurt. Police said Reza acted alone. Reza is in custody. "
    ...      "Ann Dahl, 40, saw it. The suspect said he acted alone.")
    >>> s, e, person = _aged_main_name(t, 150)
    >>> t[s:e], person
    ('Ali Reza', True)
    """
    best, best_n = None, 3
    seen: set[str] = set()
    for m in _AGED_NAME_RE.finditer(text, 0, ss):
        last = m.group(1).rsplit(None, 1)[-1]
        if last in seen or last.lower() in _NOT_NAME:
            continue
        seen.add(last)
        n = len(re.findall(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text[:ss]))
        if n > best_n:
            best, best_n = m, n
    return (best.start(1), best.end(1), True) if best is not None else None


_FIRST_NAME_RE = re.compile(r"(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z][\w'’-]*)+")  # the rest of a full name
_OPENER_BEFORE = frozenset(".!?:\n")


_LABEL_WORDS = _PAGE_LABELS | _NOT_TRANSCRIPT


def _label_word(text: str, w: str, pos: int) -> bool:
    """The capitalised word ``w`` (at ``pos``) is a page label ("Watch", "Video", "Follow": :data:`_PAGE_LABELS`)
    that never follows another capitalised word before ``pos`` (no surname): no name.

    >>> _label_word("Watch: the clip.", "Watch", 0), _label_word("Tom Watch ran. Watch won.", "Watch", 15)
    (True, False)
    """
    return w.lower() in _LABEL_WORDS and w[1:].islower() and not _seen_as_surname(text, w, pos)


def _label_opener(text: str, ss: int, se: int) -> bool:
    """The one-word speaker ``text[ss:se]`` opens a sentence and is a page label ("Video shows ...", "Follow us
    ..."): no name.

    >>> _label_opener("Video shows the attack. It said", 0, 5), _label_opener("Jane Video said", 5, 10)
    (True, False)
    """
    return _label_word(text, text[ss:se], ss) and _opens_sentence(text, ss)


def _opens_sentence(text: str, ss: int) -> bool:
    """Only spaces and opening quote marks stand between ``ss`` and the text start, a line break or a sentence end."""
    b = ss
    while b > 0 and text[b - 1] in " \t\"“‘'":
        b -= 1
    return b == 0 or text[b - 1] in _OPENER_BEFORE


def _full_name(text: str, ss: int, se: int) -> tuple[int, int] | None:
    """The earlier full name whose first name is the one-word speaker ``text[ss:se]`` ("Milo said" after
    "Sophomore Milo Brandt"), or None. The word must never be used as a surname before (a capitalised word before
    it and none after: "Ada Crane ... Crane said" keeps "Crane"); up to 2,000 characters back.

    >>> t = "Sophomore Milo Brandt was in class. Milo said he hid."
    >>> s, e = _full_name(t, 36, 40)
    >>> t[s:e]
    'Milo Brandt'
    >>> t = "Senator Ada Crane spoke. Crane Street was shut. Crane said so."
    >>> _full_name(t, 48, 53) is None
    True
    """
    w = text[ss:se]
    if len(w) < 3 or not w.isalpha() or not w[0].isupper() or not w[1:].islower() or w.lower() in _TITLES \
            or text[max(0, ss - 4):ss].lower() == "the ":  # "The Varden government": no first name
        return None
    lo = max(0, ss - _FIRST_WINDOW)
    best = None
    p = text.rfind(w, lo, ss)
    n = len(w)
    for _ in range(6):  # the last six occurrences
        if p < 0:
            break
        if not (text[p - 1:p].isalnum() or text[p + n:p + n + 1].isalnum() or text[p + n:p + n + 1] in "'’-"):
            nm = _FIRST_NAME_RE.match(text, p + n, ss) if text[p + n + 1:p + n + 2].isupper() else None
            if nm is None:
                if text[p - 1:p] in (" ", "\t"):
                    prev = text[max(0, p - 30):p].split()
                    if prev and prev[-1][:1].isupper() and prev[-1][-1:].isalpha():
                        return None  # a surname ("Ada Crane")
            elif best is None and _inside_name(text, p):
                pass  # "Agence France Presse": a word inside a longer name, no first name ("France said")
            elif best is None:
                rest = nm.group().split()
                if any(x.lower() in _ORG_WORDS or _is_date_word(x.lower()) or x.lower() in _NOT_NAME
                       or x.lower().rstrip(".") in _TITLES or x.lower() in _GROUP_PLURALS for x in rest):
                    return None  # "Crane Street", "Milo Monday", "Varden Queen Maren", "Varden Defense Forces"
                best = (p, nm.end())
        p = text.rfind(w, lo, p)
    return best


def _inside_name(text: str, p: int) -> bool:
    """The word at ``p`` follows a capitalised word that is no title inside a sentence ("by Agence France Presse").

    >>> _inside_name("reported by Agence France Presse", 19), _inside_name("Sophomore Milo Brandt", 10)
    (True, False)
    """
    prev = text[max(0, p - 40):p].split()
    return len(prev) >= 2 and text[p - 1:p] == " " and prev[-1].isalpha() and prev[-1][0].isupper() \
        and prev[-1].lower() not in _TITLES and prev[-2][-1:].isalpha() and prev[-2][:1].islower()


def _alias_of(text: str, ss: int, se: int) -> tuple[int, int] | None:
    """(Round 36) The full name an earlier "NAME, (also / better) known as ALIAS" gives the one-word speaker ``ALIAS``
    (``text[ss:se]``), the last one before it, or None.

    >>> t = "Crown Prince Ivo bin Hale, also known as IBH, spoke. IBH said he was sorry."
    >>> s, e = _alias_of(t, 53, 56)
    >>> t[s:e]
    'Crown Prince Ivo bin Hale'
    """
    best = None
    for mt in re.finditer(r"((?:[A-Z][\w'’-]+ )(?:(?:[A-Z][\w'’-]+|bin|al|de|van|von|el) )*[A-Z][\w'’-]+),? "
                          r"(?:also |better |widely )?known as " + re.escape(text[ss:se]) + r"\b", text[:ss]):
        words = mt.group(1).split()
        while len(words) > 1 and words[0].lower() in _DETERMINERS:
            words = words[1:]  # "The Elmland Party, known as EP": the name
        best = (mt.end(1) - len(" ".join(words)), mt.end(1))
    return best


def _first_of(text: str, ss: int, se: int, named: list[tuple[int, int, str]],
              firsts: dict[str, tuple[int, int] | None]) -> tuple[int, int] | None:
    """The full name of the one-word speaker ``text[ss:se]`` when it is a first name (:func:`_full_name`), else
    None; stored in ``firsts``, the answer per word and article (a surname of a named speaker is no first name)."""
    w = text[ss:se]
    full = _full_name(text, ss, se)
    if full is not None and any(text.endswith(w, a, b) for a, b, _ in named):
        full = None
    if full is not None and ss - full[0] > _FIRST_NEAR and (
            _far_first_doubt(text, full[0]) or w.lower() in _NOT_FAR_FIRST or w.endswith(_DEMONYM_ENDS)):
        full = None  # (nor "Several Trump", "World War", "Turkish Consulate")
    if full is None:
        full = _misspelt_surname(text, ss, se)
    firsts[w] = full
    return full


def _far_first_doubt(text: str, p: int) -> bool:
    """A full name at ``p`` found 2,000 to 10,000 characters back is doubtful: after a preposition (a place, "in
    Brussels Ambulances") or after a capitalised word other than a possessive (a surname before more names, "Sen.
    John Thune John Randolph Thune", "President Trump Donald John Trump").

    >>> _far_first_doubt("Sen. John Thune John Randolph Thune", 10), _far_first_doubt("NPR's Jackie Lane", 6)
    (True, False)
    """
    if _PREP_BEFORE_RE.search(text, max(0, p - 6), p):
        return True
    prev = text[max(0, p - 30):p].split()
    return bool(prev) and prev[-1][:1].isupper() and not prev[-1].endswith(("'s", "’s", ".", ":")) or (
        bool(prev) and prev[-1].endswith(".") and len(prev[-1]) <= 5 and prev[-1][:1].isupper())


_MISSPELT_WINDOW = 6000  # an earlier full name whose surname the one-word speaker misspells

_WORD_TAIL_RE = re.compile(r"[a-z'’-]+(?![\w'’-])")  # the rest of a word after its first two characters


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted or replaced letter, or two swapped neighbours.

    >>> _one_edit("wood", "woods"), _one_edit("hasina", "hasini"), _one_edit("sarah", "sahar"), _one_edit("ab", "ab")
    (True, True, False, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def _misspelt_surname(text: str, ss: int, se: int) -> tuple[int, int] | None:
    """The earlier full name whose surname the one-word speaker ``text[ss:se]`` spells with one letter added,
    dropped, changed or swapped ("Rhoades said" after "Tara Rhodes"), when the word itself never occurs before (a
    name of its own would); up to 6,000 characters back, the last such name.

    >>> t = "Then Tara Rhodes saw the van. Police came. Rhoades said it was loud."
    >>> s, e = _misspelt_surname(t, 43, 50)
    >>> t[s:e]
    'Tara Rhodes'
    >>> t = "Tara Rhodes saw the van. Rhoda said it was loud."
    >>> _misspelt_surname(t, 25, 30) is None
    True
    """
    w = text[ss:se]
    if len(w) < 4 or text.find(w, 0, ss) >= 0:
        return None
    low = w.lower()
    if not "a" <= low[1] <= "z":
        return None  # (a candidate's second letter is a lower-case ASCII letter equal to the word's)
    lo = max(0, ss - _MISSPELT_WINDOW)
    best = None
    # the words of text[lo:ss] that start with the word's first character and second letter, by str.find (no
    # pattern per word): a word start is lo or a position after a character that is no word character,
    # apostrophe or hyphen
    prefix, n = w[0] + low[1], len(w)
    p = text.find(prefix, lo, ss)
    while p >= 0:
        before = text[p - 1] if p > lo else " "
        if not (before.isalnum() or before in "_'’-"):
            mt = _WORD_TAIL_RE.match(text, p + 2, ss)
            if mt is not None and n - 1 <= mt.end() - p <= n + 1 and _one_edit(text[p:mt.end()].lower(), low):
                e = mt.end()
                near = _recent_name(text, max(0, e - 60), e)
                if near is not None and near[1] == e and " " in text[near[0]:e]:
                    best = near
        p = text.find(prefix, p + 1, ss)
    return best


_HYPHEN_WINDOW = 6000  # characters back to a full name with a hyphenated surname
_HYPHEN_CAP_RE = re.compile(r"-[A-Z][a-z]")
_NAME_WORD = r"[A-Z][\w'’.]*"


def _hyphen_full(text: str, ss: int, se: int) -> tuple[int, int] | None:
    """The earlier full name whose hyphenated surname the named speaker ``text[ss:se]`` shortens ("Naass said"
    after "Issam al-Naass", "Ferrer" after "Ana Coronel-Ferrer") or spells with a space ("Mr Erskine Smith" after
    "Ian Erskine-Smith"), the last one up to 6,000 characters back, else None.

    >>> t = "Ana Coronel-Ferrer spoke first. Later Ferrer said so."
    >>> s, e = _hyphen_full(t, 38, 44)
    >>> t[s:e]
    'Ana Coronel-Ferrer'
    >>> t = "Ian Erskine-Smith spoke. Mr Erskine Smith said so."
    >>> s, e = _hyphen_full(t, 25, 41)
    >>> t[s:e]
    'Ian Erskine-Smith'
    >>> _hyphen_full("Ana Coronel-Ferrer spoke. Ana said so.", 26, 29) is None
    True
    """
    words = text[ss:se].split()
    while len(words) > 1 and (words[0].lower().rstrip(".") in _TITLES or words[0].lower() in _GENDERED):
        words.pop(0)
    lo = max(0, ss - _HYPHEN_WINDOW)
    if len(words) == 1:
        tail = "-" + words[0]
        if len(words[0]) < 3 or text.find(tail, lo, ss) < 0 or _seen_as_surname(text, words[0], ss):
            return None  # (not "Bibeau" after "Ann Bibeau" and her son "Ivo Zehaf-Bibeau")
        pattern = r"(?<![\w'’.-])(?:" + _NAME_WORD + r"[ \t]+){1,3}[\w'’]+" + re.escape(tail) + r"(?![\w'’-])"
    elif len(words) == 2:
        tail = words[0] + "-" + words[1]
        if text.find(tail, lo, ss) < 0:
            return None
        pattern = r"(?<![\w'’.-])(?:" + _NAME_WORD + r"[ \t]+){1,3}" + re.escape(tail) + r"(?![\w'’-])"
    else:
        return None
    mt = _last(re.finditer(pattern, text[lo:ss]))
    if mt is None:
        return None
    a, b = lo + mt.start(), lo + mt.end()
    while True:  # titles before the name: "MP Ian Erskine-Smith"
        first = text[a:b].split(None, 1)
        if len(first) < 2 or first[0].lower().rstrip(".") not in _TITLES and first[0].lower() not in _ROLE_WORDS:
            break
        a = b - len(first[1])
    ws = list(_TITLED_WORD_RE.finditer(text, a, b))
    k = next((x for x in range(len(ws) - 2, -1, -1) if ws[x].group().lower().rstrip(".") in _TITLES), None)
    if k is not None:
        a = ws[k + 1].start()  # "Syrian President Bashar al-Assad": the name after the title
    first = text[a:b].split()[0]
    if first.lower() in _NOT_NAME or first.lower() in _ARTICLES:
        return None
    return a, b


_GIVEN_HYPHEN_RE = re.compile(r"[A-Z][a-z]+-[a-z]+(?![\w'’-])")  # a hyphenated given name: "Wei-ling", "Min-jun"


def _family_first(text: str, ss: int, se: int) -> tuple[int, int] | None:
    """(round 39) The earlier full name written family name first with a hyphenated given name ("Tan Wei-ling",
    "Park Min-jun") that the speaker ``text[ss:se]``, a courtesy title and the family name ("Mr. Tan", "Ms Park"),
    shortens; the last one up to 6,000 characters back, else None.

    >>> t = "City leader Tan Wei-ling spoke first. Later Mr. Tan said so."
    >>> s, e = _family_first(t, 44, 52)
    >>> t[s:e]
    'Tan Wei-ling'
    >>> _family_first("Ada Tan-Holm spoke. Mr. Tan said so.", 20, 28) is None
    True
    """
    word = text[ss:se].split()[-1]
    if len(word) < 2:
        return None
    lo = max(0, ss - _HYPHEN_WINDOW)
    key = word + " "
    p = text.rfind(key, lo, ss)
    for _ in range(8):  # the last eight occurrences of the word before a space
        if p < 0:
            break
        if p == 0 or not (text[p - 1].isalnum() or text[p - 1] in "'’.-"):
            gm = _GIVEN_HYPHEN_RE.match(text, p + len(key), ss)
            if gm is not None:
                return p, gm.end()
        p = text.rfind(key, lo, p)
    return None


# a full name in apposition after a description: ", Ida Holm," (an optional phrase before the comma)
_APPOSED_NAME_RE = re.compile(r"((?:[ ]+[a-z][\w’'-]*(?:[ ]+[\w’'-]+){0,9})?),[ ]+([A-Z][a-z][\w’'-]*"
                              r"(?:[ ]+(?:[A-Z]\.|de|van|von|al|bin|le|la|du|da|abu|el|[A-Z][a-z][\w’'-]*)){1,3})"
                              r"(?=[ ]*(?:[,;]|\.(?:\s|\Z)|”|\"|\n|\Z))")
_NOT_IN_APPOSED = _CLAUSE_STOP | _RELATIVE | _BE | _THOUGHT_OR_CUE


def _name_after_description(text: str, ss: int, se: int) -> tuple[int, int, bool] | None:
    """The full name in apposition right after the description ``text[ss:se]`` (or after a phrase that ends it).

    >>> t = "A spokeswoman for the city's port office, Ida Holm, told reporters"
    >>> s, e, _ = _name_after_description(t, 0, 13)
    >>> t[s:e]
    'Ida Holm'
    >>> _name_after_description("Police said on Monday, Ida Holm, a nurse", 0, 6) is None
    True
    """
    mt = _APPOSED_NAME_RE.match(text, se)
    if mt is None:
        return None
    if mt.group(1) and not _NOT_IN_APPOSED.isdisjoint(mt.group(1).split()):
        return None  # "police said on Monday, Ida Holm, ...": the phrase is a clause of its own
    if any(w.lower() in _NOT_NAME or w.lower() in _WEEKDAYS or w.lower() in _MONTHS for w in mt.group(2).split()):
        return None
    return mt.start(2), mt.end(2), True


_PLACE_UNITS = tuple(" " + w + " " for w in "province state county district region city party".split())
# a place or party name, its unit, a capitalised title and the person's name: the name
_PLACE_TITLE_NAME_RE = re.compile(
    r" (?:province|state|county|district|region|city|party)(?: [A-Z][a-z]+){0,3} (?:Minister|Secretary|Spokesman|"
    r"Spokeswoman|Spokesperson|Commissioner|Governor|Mayor|Director|Chief|Chairman|Chairwoman|Leader|President|"
    r"Official|Officer|Attorney|Senator|Councillor|Councilman|Councilwoman)"
    r" ([A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*)+)")


#: (round 46) dotted initials of countries and unions, never a person's ("the U.S. said")
_PLACE_INITIALS = frozenset("U.S. U.K. U.N. E.U. U.A.E.".split())
#: (round 46) a subject pronoun contracted with "is"/"has"/"are" as a sentence subject -> the pronoun
_CONTRACTED_PRONOUNS = {f"{p}{a}{v}": p for p, vs in (("he", "s d ll"), ("she", "s d ll"), ("they", "re d ll ve"))
                        for a in "'’" for v in vs.split()}


def _resolve(text: str, raws: list[_Raw]) -> list[Quote]:
    """Turn raw attributions into quotes, resolving pronouns to the last compatible named speaker."""
    out: list[Quote] = []
    named: list[tuple[int, int, str]] = []  # (start, end, gender) of named speakers so far
    anyone: list[tuple[int, int]] = []
    things: list[tuple[int, int]] = []  # unnamed speakers (organisations, descriptions): antecedents of "it"
    prev: Quote | None = None
    quoted = [(r.start, r.end) for r in raws if r.kind == "direct"]
    qstarts = [a for a, _ in quoted]
    last_seen: dict[tuple[int, int], int] = {}  # end of the last pronoun resolved to a named speaker
    firsts: dict[str, tuple[int, int] | None] = {}  # one-word speaker -> the full name it is the first name of
    described: list[int] = []  # quotes whose speaker is a description with no earlier name
    # word -> first offset of "-word" in the text (a hyphenated surname's last part); none without "-" + capital
    hyphens: dict[str, int] | None = {} if _HYPHEN_CAP_RE.search(text) else None
    known_as = " known as " in text  # (once per article, not a search from the text's start per speaker)
    for r in raws:
        sp = ""
        ss = se = ms = me = -1
        m = r.mention
        if m is not None and not m.pronoun and m.end - m.start <= 8 \
                and (pw := _CONTRACTED_PRONOUNS.get(text[m.start:m.end].lower())) is not None:
            # (round 46) "She’s still angry ..., and said": the pronoun of the contraction
            m = _Mention(m.start, m.start + len(pw), pw, False)
        if m is not None and not m.pronoun and m.end <= r.start and quoted:
            q = bisect_right(qstarts, m.start) - 1
            if q >= 0 and m.end <= quoted[q][1] <= r.start:
                # a name inside an earlier quote ('"... Losing one life is too many," she said, adding, "..."'): no
                # speaker; the speaker of the quote before, as for a quote without a cue
                m = None
                r = r._replace(inherit=True)
        if m is not None and not m.pronoun and text[m.start:m.start + 1].islower() \
                and (ab := _ABBREV_MOD_RE.search(text, max(0, m.start - 12), m.start)) is not None:
            # "U.S. officials said", "U.N. investigators said": the abbreviated modifier is part of the description
            m = m._replace(start=ab.start())
        if m is not None and not m.pronoun and text[m.start:m.start + 1].isupper() and not r.start <= m.start < r.end \
                and text[m.start - 1:m.start] == " " \
                and (gp := _group_before_prep(text, m.start)) is not None \
                and ((gl := gp.group(1).lower()) in _COLLECTIVE or (gl.endswith("s") and (
                    _group_word(gl) or gl.endswith(_PEOPLE_ENDS)))) and gl not in _NOT_GROUP_BEFORE_PREP:
            # "Officials in Texas said", "Doctors at Mercy Hospital said": the group, not the place it is in (a
            # plural: "Bruce Plant, a club secretary in Oamaru, said" is the name's apposition); "prosecutors in
            # July said": the group alone
            dated = _is_date_word(text[m.start:m.end].lower().split()[0])
            m = m._replace(start=gp.start(1), end=gp.end(1) if dated else m.end, named=False)
        if m is not None and m.pronoun in ("who", "which") and m.ante is not None and text[m.ante[0]:m.ante[0] + 1].isupper() \
                and text[m.ante[0] - 1:m.ante[0]] == " " and (gp := _group_before_prep(text, m.ante[0])) is not None \
                and ((gl := gp.group(1).lower()) in _COLLECTIVE or (gl.endswith("s") and (
                    _group_word(gl) or gl.endswith(_PEOPLE_ENDS)))) and gl not in _NOT_GROUP_BEFORE_PREP \
                and not _is_date_word(text[m.ante[0]:m.ante[1]].lower().split()[0]) \
                and (gp.start(1) == 0 or text[:gp.start(1)].rstrip()[-1:] in ".!?\n\"“”"):
            # (round 36) the same for the antecedent of "who" when the group opens the sentence: "Officials in
            # Oldtown, who initially said ...": the group, not the place (not an object, "spoke to people from
            # Elmland, who said": as before)
            m = m._replace(ante=(gp.start(1), m.ante[1]), named=False)
        if m is not None:
            ms, me = m.start, m.end
            if not m.pronoun and not m.named and text[m.start:m.start + 1] in "hitHIT":
                poss = _owner_pronoun(text, m.start, m.end)
                if poss == "it" and (r.start > m.end or r.end <= m.start and not r.inherit):
                    # "According to its website, Acme Gases makes ...", "Acme Gases makes ..., according to its
                    # website": the subject of the reported clause
                    sub = _NAME_OPENS_RE.match(text, r.start)
                    if sub is not None and sub.group().lower() not in _NOT_NAME:
                        m = _Mention(sub.start(), sub.end(), "", False)
                        poss = None
                elif poss in ("he", "she") and r.end <= m.start and not r.inherit and r.kind == "indirect":
                    # "Ann Lee joined the paper in 2011, according to her Facebook page": the person the reported
                    # clause opens with (a full name, of no other sex)
                    sub = _NAME_OPENS_RE.match(text, r.start)
                    if sub is not None and " " in sub.group() and sub.group().split()[0].lower() not in _NOT_NAME \
                            and _FURNITURE_RE.match(text, sub.start()) is None \
                            and _first_name_gender(sub.group()) in ("", _PRONOUNS[poss]) \
                            and not any(w.lower() in _ORG_WORDS for w in sub.group().split()):
                        m = _Mention(sub.start(), sub.end(), "", True)
                        poss = None
                if poss is not None:
                    m = m._replace(pronoun=poss)  # "according to his Facebook page": its owner speaks
            if m.pronoun in ("he", "she", "him", "her") and prev is not None and prev.speaker_start >= 0 \
                    and prev.speaker[:1] in "TtAaOo" and 0 <= min(m.start, r.start) - prev.end < 200 \
                    and "\n\n\n" not in text[prev.end:r.start] \
                    and _gendered_description(text, prev, _PRONOUNS[m.pronoun], named, min(m.start, r.start)):
                # '"...," said the man, who lives nearby. "...," he alleged': the unnamed person just quoted
                ss, se = prev.speaker_start, prev.speaker_end
            elif m.pronoun in ("he", "she") and text.endswith(_SUBORDINATORS, max(0, m.start - 9), m.start) \
                    and (ob := _object_before(text, m.start, _PRONOUNS[m.pronoun])) is not None:
                # "... thanked Mayor Ivo Lund after he said ...": the person named right before the clause
                ss, se = ob
            elif m.pronoun in ("he", "she", "him", "her"):
                g = _PRONOUNS[m.pronoun]
                for ns, ne, ng in reversed(named):
                    if (ng == g or not ng and _name_gender(text, text[ns:ne]) in ("", g)
                            and (" " in text[ns:ne] or _surname_gender(text, text[ns:ne], ns) in ("", g))) \
                            and not (text[ns:ne].isupper() and " " not in text[ns:ne]
                                     and not (text[ne - 1] == "." and text[ns:ne] not in _PLACE_INITIALS)) \
                            and not _CALL_SIGN_RE.match(text, ns, ne):
                        # no acronym ("FBI"), no broadcaster by its call sign ("WXYZ Channel7", round 37); a person's
                        # initials are ("S.C. said ... She said", round 46)
                        ss, se = ns, ne
                        break
                # a person who is a sentence subject after the last named speaker ("Mr Bowers has posted ...
                # On Saturday, he criticised ...")
                seen = max(se, last_seen.get((ss, se), se))
                # the words before the quote when the pronoun follows it ('"...," he told')
                anchor = min(m.start, r.start)
                lo = max(seen, anchor - 400) if ss >= 0 else max(0, anchor - 400)
                # only a sentence that starts after the last mention can name someone new
                subj = _recent_subject(text, lo, m.start, g, quoted, qstarts) if _SENT_BREAK_RE.search(
                    text, lo, m.start) else None
                if subj is not None and r.kind == "indirect" and lo < r.start <= subj[0] < r.end < m.start \
                        and text[r.start:r.start + 8].split(None, 1)[0].lower() in _RELATED_OPENERS:
                    # not the relative the reported words name ("His cousin Ann Lee died, he said"; but "Ann Lee
                    # was in class when it began, she said" is hers)
                    subj = _recent_subject(text, lo, r.start, g, quoted, qstarts) if _SENT_BREAK_RE.search(
                        text, lo, r.start) else None
                if subj is not None and text[subj[1]:m.start].strip() == ",":
                    subj = None  # 'Roof, he said, "is in custody"': the subject of the quoted words, not "he"
                if subj is not None and r.kind == "indirect" and r.start <= subj[0] < r.end <= m.start \
                        and _place_name(text, subj[0], subj[1]):
                    # "Arden is a safe place for all, he said" after "a vigil in Arden": a place the reported
                    # words open with, not the speaker
                    subj = _recent_subject(text, lo, r.start, g, quoted, qstarts) if _SENT_BREAK_RE.search(
                        text, lo, r.start) else None
                if subj is not None:
                    ss, se = subj
                    if " " not in text[ss:se]:  # "Milo said he ..." as the subject: the full name
                        full = firsts.get(text[ss:se], 0)
                        if full == 0:
                            full = _first_of(text, ss, se, named, firsts)
                        if full is not None:
                            ss, se = full
                    elif text[ss:se].count(" ") == 1 and "-" not in text[ss:se]:
                        # "Mr. Sharif also faulted ..." after "Wanis al-Sharif"
                        full = _hyphen_full(text, ss, se) if hyphens is not None else None
                        if full is None and text[ss:se].split(None, 1)[0].lower().rstrip(".") in _COURTESY:
                            full = _family_first(text, ss, se)  # (round 39) "Mr. Tan ... He said" after "Tan Wei-ling"
                        if full is not None:
                            ss, se = full
                elif ss < 0 or m.start - seen > 600:  # no recent speaker: the last name nearby
                    near = _recent_name(text, max(seen, anchor - 300), anchor, g)
                    if near is not None:
                        ss, se = near
                if ss >= 0:  # the person a pronoun refers to is the last named speaker now (he ... he ...)
                    last_seen[(ss, se)] = m.end
                    ng = next((x[2] for x in named if (x[0], x[1]) == (ss, se)), "")
                    named = [x for x in named if (x[0], x[1]) != (ss, se)]
                    named.append((ss, se, ng))
            elif m.pronoun == "they":
                # a plural subject after the last speaker: "Witnesses spoke to the AP. They said ...", "police have
                # released photos of men they say ..."
                anchor = min(m.start, r.start)
                sub = _they_subject(text, max(0, anchor - 400), anchor)
                if sub is not None and (not anyone or sub[1] >= anyone[-1][1]):
                    ss, se = sub
                elif anyone:
                    ss, se = anyone[-1]
                    if prev is not None and (prev.speaker_start, prev.speaker_end) == (ss, se) and prev.kind == "indirect" \
                            and prev.speaker_end <= prev.start and 0 <= anchor - prev.end < 200 \
                            and not _plural_speaker(prev.speaker):
                        # "Radio Arden reports local officials closed the port. They said ...": the plural subject of
                        # the clause a single speaker reported, not that speaker
                        mt = _PLURAL_SUBJECT_RE.match(text, prev.start, prev.end)
                        if mt is not None and _group_word(mt.group(1)):
                            ss, se = mt.start(), mt.end()
            elif m.pronoun in ("who", "which"):
                if m.ante is not None:
                    ss, se = m.ante
                    anyone.append((ss, se))
                    if m.named:
                        named.append((ss, se, _gender(text[ss:se].split())))
            elif m.pronoun == "it":
                sub = _it_subject(text, m.start)
                if sub is not None:
                    ss, se = sub  # "Turkey launched a campaign in response to what it said were attacks"
                elif prev is not None and prev.speaker_start >= 0 and 0 <= m.start - prev.speaker_end < 600 \
                        and prev.speaker_end <= m.start and (not things or prev.speaker_start > things[-1][0]) \
                        and _org_speaker(text, prev.speaker_start, prev.speaker_end, named):
                    # "The Pentagon said ... It said ...": the organisation that spoke just before
                    ss, se = prev.speaker_start, prev.speaker_end
                elif things and m.start - things[-1][1] < 1000:
                    ss, se = things[-1]
            else:
                ss, se = m.start, m.end
                if (not m.named or " of " in text[ss:se]) and se - ss > 12 and text[ss].isupper():
                    tail = _titled_tail(text, ss, se)
                    if tail is not None:
                        # "Department of Homeland Security Press Secretary Tyler Houlton", "Secretary of State Jeh
                        # Johnson": the person named after the title (a named speaker for the next "he")
                        ss, se = tail
                        m = m._replace(named=True)
                if not m.named and text.startswith(" by ", se) and text[ss:se].rsplit(None, 1)[-1].lower() in _OWNED_DOCS:
                    # "A tweet by a reporter with the Oregonian, asking ...": the author (hard case 14 of the labels)
                    au = _speaker_fwd(_tokens(text, se + 4, min(len(text), se + 84)), 0)
                    if au is not None and not au.pronoun:
                        ss, se = au.start, au.end
                if not m.named:
                    au = _filer(text, ss, se)
                    if au is not None:
                        # (round 35) "A lawsuit filed by Ann Lee's family against the deputies says ...", later
                        # "the suit claims ...": the one who filed it (hard case 14 of the labels)
                        ss, se = au
                if m.named and text.startswith(_PLACE_UNITS, se):
                    tn = _PLACE_TITLE_NAME_RE.match(text, se)  # "Northern province Information Minister Tariq Khan"
                    if tn is not None:
                        ss, se = tn.start(1), tn.end(1)
                if known_as and 0 <= ss < se and se - ss < 12 and " " not in text[ss:se] \
                        and text.find(" known as " + text[ss:se], 0, ss) >= 0:
                    alias = _alias_of(text, ss, se)
                    if alias is not None:  # (round 36) "IBH said" after "Ivo bin Hale, also known as IBH,"
                        ss, se = alias
                w = text[ss:se] if m.named else " "
                if " " not in w:
                    if _label_opener(text, ss, se):  # "Video shows ...": no speaker
                        ss = se = -1
                    else:  # "Milo said" after "Sophomore Milo Brandt": the full name
                        full = firsts.get(w, 0)
                        if full == 0:
                            full = _first_of(text, ss, se, named, firsts)
                        if full is None and hyphens is not None:
                            h = hyphens.get(w)
                            if h is None:
                                h = hyphens[w] = text.find("-" + w)
                            if 0 <= h < ss:
                                full = _hyphen_full(text, ss, se)  # "Naass said" after "Issam al-Naass"
                        if full is not None:
                            ss, se = full
                elif hyphens is not None and m.named and w.count(" ") <= 2 and "-" not in w:
                    last = w.rsplit(None, 1)[-1]
                    h = hyphens.get(last)
                    if h is None:
                        h = hyphens[last] = text.find("-" + last)
                    if 0 <= h < ss:
                        full = _hyphen_full(text, ss, se)  # "Mr Erskine Smith" after "Ian Erskine-Smith"
                        if full is not None:
                            ss, se = full
                if ss >= 0 and m.named and w.count(" ") == 1 and w.split(None, 1)[0].lower().rstrip(".") in _COURTESY:
                    full = _family_first(text, ss, se)  # (round 39) "Mr. Tan said" after "Tan Wei-ling"
                    if full is not None:
                        ss, se = full
                if ss >= 0:
                    ante = None
                    if not m.named and se - ss < 24 and text.startswith(("his ", "His ", "her ", "Her "), ss):
                        ante = _kin_before(text, ss, se)  # "his father" after "Frein's father"
                        if ante is not None:
                            ss, se = ante[0], ante[1]
                    if se - ss < 30 and text[ss:se].endswith(_KIN_ENDS):
                        kn = _kin_named(text, ss, se)
                        if kn is not None:  # (round 35) "Lee's father said" after "Ivo Hale, Ben Lee's father,"
                            ss, se = kn[0], kn[1]
                            ante = kn
                    if not m.named and se - ss < 40 and text.startswith(("the ", "The ", "this ", "This ", "our ", "Our "), ss):
                        # "the police chief" after "Police Chief Greg Mullen", "the government" after "The U.K.
                        # government": the earlier, fuller mention
                        ante = None
                        head = text[ss:se].rsplit(None, 1)[-1]
                        # (round 46) "The fourth woman told ...": one more person, not the speaker just before (but
                        # "the second official" after "A second U.S. official", its introduction)
                        ordinal = any(w in _ORDINAL_NEW for w in text[ss:se].split()[1:-1])
                        if head in _PREV_GENERIC and prev is not None and prev.speaker_start >= 0 and not ordinal \
                                and _PLAIN_DESC_RE.fullmatch(text, ss, se) is not None \
                                and 0 <= r.cue[0] - se < 16 and not text.startswith(" of ", r.cue[1]):
                            # (the cue right after it, no "the man accused of")
                            # "A bus driver told Fox News ... '...,' the man said", "a State Department official
                            # told CNN. The source said ...": a generic noun for the speaker of the quote just before
                            ante = _prev_generic(text, ss, head, prev, named)
                        if ante is None:
                            ante = _definite_antecedent(text, ss, se)
                        if ante is None and head in _PREV_ORG_HEADS and prev is not None and prev.speaker_start >= 0 \
                                and (se - ss == len(head) + 4 or _ORG_DESC_RE.fullmatch(text, ss, se) is not None):
                            # "The Globe and Mail says ... The newspaper reports", "The NRA expressed ... the
                            # organization added": the organisation that spoke just before
                            ante = _prev_generic(text, ss, head, prev, named)
                        if ante is None and head in _AIRLINE_HEADS:
                            ante = _airline_before(text, ss)  # "Air France crew ... the airline tweeted"
                        if ante is None and head in _MEDIA_ANAPHORS and se - ss == len(head) + 4:
                            ante = _outlet_before(text, ss)  # "a letter sent to KXTV News, the station said"
                        if ante is None and head in _ATTACKER_HEADS:
                            ante = _attacker_name(text, ss)  # "identified the suspect as X ... the shooter yelled"
                            if ante is None and se - ss == len(head) + 4:  # (not "the Dallas shooter")
                                ante = _aged_main_name(text, ss)  # "Ali Reza, 27, set off ... the suspect said"
                        pss = prev.speaker_start if prev is not None else -1
                        if pss >= 0 and (sm := _SPOKES_FOR_RE.match(prev.speaker)) is not None \
                                and sm.end() < len(prev.speaker):
                            pss += sm.end()  # (round 36) "a spokesperson for Elmco said ... the retailer said": Elmco
                        if ante is None and prev is not None and pss >= 0 and ss > r.start and not ordinal \
                                and prev.speaker_end <= r.start and r.start - prev.end < _PREV_DEF_WINDOW \
                                and text[pss].isupper() and " who " not in prev.speaker \
                                and _DEF_DESC_RE.fullmatch(text, ss, se) \
                                and _prev_head(text[ss:se].rsplit(None, 1)[-1]) \
                                and "'s " not in text[ss:se] and "’s " not in text[ss:se]:
                            # (not "the university's president": a new person of another body)
                            # '"...," Ida Holm said. "...," the freshman said.': a new description of the speaker of
                            # the quote just before, after a quote of its own
                            ante = (pss, prev.speaker_end,
                                    any((a, b) == (pss, prev.speaker_end) for a, b, _ in named))
                        if ante is None:
                            # "the officials said" after "German intelligence officials said", "the official said"
                            # after "one of the officials said": an earlier speaker with the same noun
                            ante = _same_head_speaker(text, ss, se, out)
                        if ante is None and text[ss:se].rsplit(None, 1)[-1] in _DOC_NOUNS:
                            # "In a statement, the mayor's office said ... The statement called for ...": the author
                            ante = _document_author(text, ss, se, out)
                        if ante is not None:
                            ss, se = ante[0], ante[1]
                    if ante is None and (not m.named or text.endswith(("'s", "’s"), ss, se)):
                        # "a spokeswoman for the prosecutor's office, Ida Holm, said", "said the country's main
                        # farming leader, Karl Brandt.": the name in apposition after the description
                        ante = _name_after_description(text, ss, se)
                        if ante is not None:
                            ss, se = ante[0], ante[1]
                    anyone.append((ss, se))
                    if ante is not None and ante[2]:
                        named.append((ss, se, _gender(text[ss:se].split())))
                        # "The police chief urged ... “...,” he said": the description mentions the person here, so
                        # no sentence subject before it is a newer antecedent for the next pronoun
                        last_seen[(ss, se)] = max(last_seen.get((ss, se), -1), me)
                    elif not m.named:
                        things.append((ss, se))
                    if ante is None and (not m.named or text.endswith(("'s", "’s"), ss, se)):
                        described.append(len(out))
                    if m.named:
                        words = text[ss:se].split()
                        named.append((ss, se, _gender(words)))
                        if ms > 0 and text[max(0, ms - 4):ms].strip().lower() in _GENDERED:
                            named[-1] = (ss, se, _gender([text[max(0, ms - 4):ms].strip()]))
            if m.pronoun in ("he", "she") and ss >= 0:  # learn the gender of an ungendered name
                named = [(a, b, _PRONOUNS[m.pronoun] if (a, b) == (ss, se) and not g else g) for a, b, g in named]
        elif r.inherit and prev is not None and prev.speaker:
            between = text[prev.end:r.start]
            if between.count("\n") <= 4 and len(between) < 400:
                sp, ss, se, ms, me = prev.speaker, prev.speaker_start, prev.speaker_end, prev.mention_start, prev.mention_end
                subject = _paragraph_subject(text, r.start, prev, quoted, qstarts) if "\n" in between else None
                if subject is not None:
                    sp, (ss, se), ms, me = "", subject, -1, -1
        if ss >= 0:
            if text.startswith(".", se) and se - ss >= 3 and text[se - 2] == "." and _DOTTED_RE.fullmatch(text, ss, se):
                se += 1  # (round 46) the last period of initials the tokens split off: "F.B.I." (not "F.B.I")
                if me == se - 1:
                    me = se
            sp = text[ss:se]
        cs, ce = r.cue
        # tuple.__new__: a NamedTuple's own __new__ is a Python function (slower), the fields are the same
        q = _new_tuple(Quote, (r.start, r.end, text[r.start:r.end], r.kind, sp, ss, se,
                               text[cs:ce] if cs >= 0 else "", cs, ce, ms, me))
        out.append(q)
        if not r.nested:
            prev = q  # a quote without a cue takes the speaker of the last outer report, not of a nested one
    for i in described:
        _name_next(text, out, i)
    if "(@" in text:
        _tweet_authors(text, out)
    return out


_NEUTRAL_HEADS = frozenset("""pastor priest imam rabbi officer witness resident survivor student teacher doctor nurse
    worker neighbor neighbour volunteer soldier shopkeeper employee driver farmer""".split())
_GENDERED_HEADS = {
    "m": frozenset("man boy father husband son brother grandfather uncle gentleman widower".split()),
    "f": frozenset("woman girl mother wife daughter sister grandmother aunt lady widow".split()),
}


_PLACE_PREP_RE = re.compile(r"\b(?:in|near) \Z")


def _place_name(text: str, s: int, e: int) -> bool:
    """Whether the capitalised name ``text[s:e]`` of two or more words is a place: written after "in" or "near"
    elsewhere in the text ("a vigil in Arden Hill"; not one word: "a villain in Clinton").

    >>> t = "A vigil in Arden Hill drew crowds. Arden Hill is safe, he said."
    >>> _place_name(t, 35, 45)
    True
    """
    name = text[s:e]
    if " " not in name:
        return False
    p = text.find(name)
    while 0 <= p:
        if p != s and _PLACE_PREP_RE.search(text, max(0, p - 6), p) is not None:
            return True
        p = text.find(name, p + 1)
    return False


def _gendered_description(text: str, prev: Quote, g: str, named: list[tuple[int, int, str]], until: int = 0) -> bool:
    """Whether the speaker of the quote just before is an unnamed description of a person of gender ``g`` ("the
    man", "a young woman", "One woman"): the antecedent of the next "he"/"she" (no named speaker is nearer)."""
    words = prev.speaker.split()
    if len(words) < 2 or len(words) > 5 or (words[0].lower() not in _DESC_OPENERS and words[0] not in ("One", "Another")) \
            or any(w[:1].isupper() and not w.endswith(_DEMONYM_ENDS) for w in words[1:]):
        return False  # (a nationality may modify it: "One Nigerian pastor")
    head = words[-1].lower()
    if head not in _GENDERED_HEADS.get(g, ()) and not (head in _NEUTRAL_HEADS and "\n" not in text[prev.end:until]):
        return False  # (a person noun of either sex only in the same paragraph: 'One pastor said ... "...," he said')
    # (not a description of a person named just before: "Ada Lund, 70, said ... The former mayor thanked ..."; but a
    # new person, "Another woman", "The fourth woman", round 46)
    if words[0].lower() in _NEW_PERSON_OPENERS or words[1].lower() in _NEW_PERSON_OPENERS:
        return True
    return not any(prev.speaker_start - 600 <= ns < prev.end + 200 and ng in ("", g)
                   and (ng or _said_gender(text, text[ns:ne]) in ("", g)) for ns, ne, ng in named)


#: (round 46) an ordinal in a definite description: a person of their own ("The fourth woman told ...")
_ORDINAL_NEW = frozenset("second third fourth fifth sixth seventh other".split())
#: (round 46) words that introduce a new person in a description ("Another woman", "A third woman", "One woman")
_NEW_PERSON_OPENERS = frozenset("a an another one second third fourth fifth sixth other".split())

# a person's full name right before a subordinate clause with a pronoun subject ("Ivo Lund after he said")
_OBJECT_BEFORE_RE = re.compile(r"(?<=[a-z] )((?:[A-Z][a-z][\w'’-]*)(?: [A-Z]\.)?(?: [A-Z][a-z][\w'’-]*)+) "
                               r"(?:after|when|because|since|until|before) \Z")
_SUBORDINATORS = (" after ", " when ", " because ", " since ", " until ", " before ")


def _object_before(text: str, p: int, g: str) -> tuple[int, int] | None:
    """The full name (a first name of gender ``g``, then one or two capitalised words) that ends right before
    "after/when/because ..." and the pronoun at ``p`` ("thanked Mayor Ivo Lund after he said": "Ivo Lund"),
    else None."""
    om = _OBJECT_BEFORE_RE.search(text, max(0, p - 60), p)
    if om is None:
        return None
    a = om.start(1)
    prev = ""
    for w in om.group(1).split():
        fg = _first_name_gender(w)
        if fg == g or (not fg and prev.lower().rstrip(".") in _TITLES):  # "Mayor Ivo Lund"
            e = om.end(1)
            return (a, e) if " " in text[a:e] and text[a:e].count(" ") <= 3 else None
        a += len(w) + 1
        prev = w
    return None

_KIN_WINDOW = 3000  # characters back to "Lee's father" for "his father"


_KIN_NAMED_WINDOW = 6000  # characters back to the apposition that named a relative
_KIN_ENDS = tuple(" " + w for w in sorted(_KIN))
_NAME2_RE = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]*){1,2}"


def _kin_named(text: str, ss: int, se: int) -> tuple[int, int, bool] | None:
    """(Round 35) The name an earlier apposition gave the relative ``text[ss:se]`` ("Lee's father"): "Ivo Hale,
    (Ben) Lee's father, ..." or "Lee's father, Ivo Hale, ..." in the 6,000 characters before ``ss``; else None.

    >>> t = "Ivo Hale, Ben Lee's father, spoke. Lee's father said more."
    >>> i = t.rfind("Lee's")
    >>> s, e, _ = _kin_named(t, i, i + 12)
    >>> t[s:e]
    'Ivo Hale'
    >>> _kin_named("Ivo Hale met Ben Lee's father. Lee's father said more.", 31, 43) is None
    True
    """
    mk = re.fullmatch(r"([A-Z][\w-]*)['’]s[ \t]+(\w+)", text[ss:se])
    if mk is None or mk.group(2) not in _KIN:
        return None
    kin = re.escape(mk.group(1)) + r"['’]s[ \t]+" + mk.group(2)
    lo = max(0, ss - _KIN_NAMED_WINDOW)
    pat = (r"(?<![\w’'-])(" + _NAME2_RE + r"),[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}" + kin + r"[,.]"
           r"|(?<![\w’'-])" + kin + r",[ \t]+(" + _NAME2_RE + r"),")
    mt = _last(re.finditer(pat, text[lo:ss]))
    if mt is None:
        return None
    g = 1 if mt.group(1) else 2
    if text[lo + mt.start(g):lo + mt.end(g)].split(None, 1)[0].lower() in _NOT_NAME:
        return None
    return lo + mt.start(g), lo + mt.end(g), True


def _kin_before(text: str, ss: int, se: int) -> tuple[int, int, bool] | None:
    """The earlier mention of a relative by the name of the one they are related to ("Frein's father" for "his
    father"), the last in the 3,000 characters before ``ss``, else None.

    >>> t = "Lee's father spoke to police. Later his father said more."
    >>> _kin_before(t, 36, 46)
    (0, 12, False)
    """
    words = text[ss:se].split()
    if len(words) != 2 or words[1] not in _KIN:
        return None
    mt = _last(re.finditer(r"(?<![\w’'-])[A-Z][\w-]*['’]s " + words[1] + r"(?![\w-])", text[max(0, ss - _KIN_WINDOW):ss]))
    if mt is None:
        return None
    a = max(0, ss - _KIN_WINDOW)
    if text[a + mt.start():a + mt.end()].split("'")[0].split("’")[0].lower() in _NOT_NAME:
        return None
    return a + mt.start(), a + mt.end(), False


def _titled_tail(text: str, ss: int, se: int) -> tuple[int, int] | None:
    """The name of two or three capitalised words that ends the mention ``text[ss:se]`` after a capitalised title
    and the words of its office ("Department of Homeland Security Press Secretary Tyler Houlton", "Secretary of
    State Ann Lee": the last two words when the office runs into the name), else None.

    >>> t = "Secretary of State Ann Lee"
    >>> s, e = _titled_tail(t, 0, len(t))
    >>> t[s:e]
    'Ann Lee'
    >>> _titled_tail("Sen. Ann Lee", 0, 12) is None
    True
    """
    words = list(_TITLED_WORD_RE.finditer(text, ss, se))
    b = len(words)
    while b > 0 and words[b - 1].group()[:1].isupper() and (low := words[b - 1].group().lower()).rstrip(".") \
            not in _TITLES and low not in _ROLE_WORDS and low not in _ORG_WORDS and low not in _OFFICE_WORDS:
        b -= 1
    if b == 0 or not any(w.group().lower().rstrip(".") in _TITLES or w.group().lower() in _ROLE_WORDS
                         for w in words[:b]):
        return None
    if len(words) - b > 3 or (len(words) - b == 3 and words[b - 1].group() in ("of", "for")):
        # "Secretary of Homeland Security Jeh Johnson", "Chair of Democrats of Ohio Ann Lee", "Adviser for
        # Communications Ben Rhodes" (round 47)
        b = len(words) - 2
    elif not words[b - 1].group()[:1].isupper():
        return None  # (not "Rodney Frelinghuysen of New Jersey")
    if len(words) - b < 2 or (b == 1 and words[0].group()[:1].isupper()):
        return None  # (a title right before the name, "Sen. Ann Lee", stays as it is)
    return words[b].start(), se


_TITLED_WORD_RE = re.compile(r"[^\s]+")
_OFFICE_WORDS = frozenset("""state defense defence homeland security justice treasury interior health energy commerce
    labor labour education agriculture affairs foreign transportation veterans""".split())
_OWNED_DOCS = _MEDIA_NOUNS | frozenset("""message release website websites site page account accounts profile blog feed
    manifesto note notes bio biography channel""".split())
_POSS_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}
_NAME_OPENS_RE = re.compile(r"(?:[A-Z][\w'’&.-]*)(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|and|&))*(?<![.,])")


def _owner_pronoun(text: str, ss: int, se: int) -> str | None:
    """The pronoun ("he", "she", "it", "they") of the possessive that opens a document mention ("his Facebook
    page", "its website", "her account", "their statement"): the owner is the speaker (hard case 14 of the
    labels); else None.

    >>> _owner_pronoun("according to his Facebook page", 13, 30), _owner_pronoun("his lawyer", 0, 10)
    ('he', None)
    """
    words = text[ss:se].split()
    if not 2 <= len(words) <= 4:
        return None
    pron = _POSS_PRONOUN.get(words[0].lower())
    if pron is None or words[-1].lower() not in _OWNED_DOCS:
        return None
    return pron


_RELATED_OPENERS = frozenset("his her their another".split())
_WHAT_IT_RE = re.compile(r"(?<![\w-])what\s+\Z")


def _it_subject(text: str, p: int) -> tuple[int, int] | None:
    """The subject of the sentence in which "it" at ``p`` opens a relative "what it said/says ..." ("The center
    published what it says are records", "Turkey acted in response to what it said were attacks"): a name or
    noun phrase opening that sentence, else None.

    >>> t = "Police came. Turkey launched a campaign in response to what it said were attacks."
    >>> s, e = _it_subject(t, 60)
    >>> t[s:e]
    'Turkey'
    """
    if not _WHAT_IT_RE.search(text, max(0, p - 8), p):
        return None
    b = max(text.rfind(". ", 0, p), text.rfind("\n", 0, p), text.rfind("? ", 0, p), text.rfind("! ", 0, p))
    b = 0 if b < 0 else b + 1
    if p - b > 300:
        return None
    toks = _tokens(text, b, p)
    m = _subject(toks)
    if m is None or m.pronoun or m.end > p:
        return None
    k = next(x for x in range(len(toks)) if toks[x].start >= m.start)
    if not _is_cap(toks[k]):
        return m.start, m.end  # a description: "The company"
    e = k
    while e < len(toks) and (_is_cap(toks[e]) or (toks[e].text in _CONNECTORS and e + 1 < len(toks)
                                                  and _is_cap(toks[e + 1]))):
        e += 1
    if e + 2 < len(toks) and toks[e].text == "." and toks[e + 1].text in "-–" and toks[e + 2].text == "based":
        k = e = e + 3  # "The U.S.-based Varden Law Center": the name after the place
        while e < len(toks) and (_is_cap(toks[e]) or (toks[e].text in _CONNECTORS and e + 1 < len(toks)
                                                      and _is_cap(toks[e + 1]))):
            e += 1
    if e == k:
        return None
    return toks[k].start, toks[e - 1].end  # the name, not "Turkey launched a campaign"


def _paragraph_subject(text: str, qs: int, prev: Quote, quoted: list[tuple[int, int]],
                       qstarts: list[int]) -> tuple[int, int] | None:
    """A quote without a cue opening its paragraph after a paragraph with no quote, whose subject is a person
    other than the last speaker ("Barack Obama, who visits on Thursday, attacked the plan. / “...”"): that
    person (:func:`_recent_subject`), else None (the quote keeps the last speaker's).

    >>> t = "“We stay,” Ann Lee said.\\n\\nHis friend Tomas came out a moment later.\\n\\n“A man ran up.”"
    >>> prev = Quote(1, 8, "We stay", "direct", "Ann Lee", 11, 18, "said", 19, 23, 11, 18)
    >>> s, e = _paragraph_subject(t, 70, prev, [(1, 8), (70, 83)], [1, 70])
    >>> t[s:e]
    'Tomas'
    """
    b = text.rfind("\n", 0, qs)
    if b < 0 or text[b + 1:qs].strip(" \t\"“‘'") or b <= prev.end:
        return None  # not at a paragraph start, or in the last quote's paragraph
    pe = b
    while pe > 0 and text[pe - 1] in "\n \t":
        pe -= 1
    ps = text.rfind("\n", 0, pe) + 1
    if ps <= prev.end or ps <= prev.mention_start or pe - ps < 20:
        return None  # the paragraph before holds the last quote or its speaker
    sub = _recent_subject(text, max(0, ps - 1), pe, "", quoted, qstarts)
    if sub is None or (sub[0], sub[1]) == (prev.speaker_start, prev.speaker_end):
        return None
    last = text[sub[0]:sub[1]].split()[-1]
    if prev.speaker.split()[-1] == last:
        return None  # the same person ("Trump" for "Donald Trump")
    return sub


# the signature closing an embedded tweet: "— Ida Holm (@idaholm) May 4, 2019" at the end of its paragraph
_TWEET_SIGNATURE_RE = re.compile(r"[—–][ \t]*([^\n()—–]{1,60}?)[ \t]*\(@\w{1,30}\)[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2},[ \t]*\d{4}"
                                 r"[ \t]*(?=\n|\Z)")
_TOLD = frozenset("said says told tells".split())


def _tweet_authors(text: str, out: list[Quote]) -> None:
    """A quote inside an embedded tweet (a paragraph ending in "— Ida Holm (@idaholm) May 4, 2019") is the
    account holder's, unless a name in it has a speech verb of its own ("Mayor Ann Berg said ..."): ``out`` gets
    that name (in place).

    >>> t = "We grieve with the families, and we will ask what we can do. — Ida Holm (@idaholm) May 4, 2019"
    >>> q = [Quote(0, 26, t[0:26], "indirect", "we", 40, 42, "ask", 48, 51, 40, 42)]
    >>> _tweet_authors(t, q)
    >>> q[0].speaker
    'Ida Holm'
    """
    for k, q in enumerate(out):
        pe = text.find("\n", q.start)
        pe = len(text) if pe < 0 else pe
        m = _TWEET_SIGNATURE_RE.search(text, q.start, pe)  # (the quote may run into the signature)
        if m is None or not m.group(1).strip():
            continue
        ps = text.rfind("\n", 0, q.start) + 1
        if ps <= q.mention_start < m.start() and q.cue.lower() in _TOLD and text[q.mention_start].isupper():
            continue  # a named speaker of its own inside the tweet
        a, b = m.span(1)
        out[k] = q._replace(speaker=text[a:b], speaker_start=a, speaker_end=b)


_SAME_HEAD_WINDOW = 1000  # characters back to an earlier speaker with the same noun


def _same_head_speaker(text: str, ss: int, se: int, out: list[Quote]) -> tuple[int, int, bool] | None:
    """The last earlier speaker (up to 1,000 characters back) described with the same person noun as the
    definite description ``text[ss:se]``: "the officials" for "German intelligence officials", "the official" for
    "one of the officials" (the plural after "one of"); ``(start, end, False)`` or None.

    >>> t = "It was early, one of the officials said. He left, the official said."
    >>> q = Quote(0, 12, "It was early", "indirect", "one of the officials", 14, 34, "said", 35, 39, 14, 34)
    >>> s, e, _ = _same_head_speaker(t, 50, 62, [q])
    >>> t[s:e]
    'one of the officials'
    """
    words = text[ss:se].lower().split()
    if len(words) != 2:
        return None
    head = words[1]
    doc = head in _SAME_DOC_HEADS
    if head not in _PERSON_HEADS and head not in _KIN and not doc:
        return None
    for q in reversed(out):
        if q.speaker_start < 0 or q.speaker_start >= ss:
            continue
        if ss - q.speaker_end > _SAME_HEAD_WINDOW:
            return None
        sp = text[q.speaker_start:q.speaker_end].lower().split()
        if len(sp) > 1 and (sp[-1] == head or (sp[-1] == head + "s" and sp[:2] == ["one", "of"])) and sp != words \
                and not (doc and _last_article(sp) != "the"):
            # a fuller description ("a copy of the police report" for "the report"; a document introduced with "a"
            # is named by its definite mention: "a criminal complaint ... the complaint")
            if doc:
                # the document's own phrase: "the police report" of "a copy of the police report"
                a = max(text.rfind(" the ", q.speaker_start, q.speaker_end) + 1, q.speaker_start)
                if text[a:q.speaker_end].lower().split() == words:
                    continue
                return a, q.speaker_end, False
            return q.speaker_start, q.speaker_end, False
    return None


def _last_article(words: list[str]) -> str:
    """The last article in ``words`` ("the" in "a copy of the police report"), "" when there is none."""
    return next((w for w in reversed(words) if w in _ARTICLES), "")


# an abbreviated modifier right before a lower-case description: "U.S. officials", "U.N. monitors"
_ABBREV_MOD_RE = re.compile(r"(?<![\w.’'-])(?:[A-Z]\.){2,3}[ \t]+\Z")


# a group noun and a preposition before a place named as the speaker: "Officials in Texas said"
_GROUP_PREP_RE = re.compile(r"(?<![\w’'.-])([A-Za-z][a-z]+)[ \t]+(?:in|at|from)[ \t]+(?:the[ \t]+)?\Z")
_NOT_GROUP_BEFORE_PREP = frozenset("news times post press".split())
_GROUP_PREP_ENDS = ("in", "at", "from", "the")  # the last word of every match of _GROUP_PREP_RE


def _group_before_prep(text: str, i: int) -> re.Match[str] | None:
    """``_GROUP_PREP_RE.search(text, max(0, i - 40), i)``: "Officials in ", "Doctors at the " just before ``i``.

    The search tries the pattern at each of the 40 offsets (it is anchored at the end); a match ends in "in", "at",
    "from" or "the" and blanks, so the window is looked at only when its last word is one of them (the same result).

    >>> t = "Doctors at the Royal Infirmary said"
    >>> _group_before_prep(t, 15).group(1), _group_before_prep(t, 30)
    ('Doctors', None)
    """
    lo = max(0, i - 40)
    if not text[lo:i].rstrip(" \t").endswith(_GROUP_PREP_ENDS):
        return None
    return _GROUP_PREP_RE.search(text, lo, i)


# (round 35) a court document and who filed it: "A lawsuit filed (recently) by ...", "the complaint, filed by ..."
_FILED_DOCS = "lawsuit|suit|complaint|petition|motion|filing|appeal"
_FILED_VERBS = ("filed", "brought", "submitted", "lodged")
_FILED_BY = (r"(?:" + _FILED_DOCS + r"),?[ \t]+(?:" + "|".join(_FILED_VERBS) + r")[ \t]+(?:[a-z]+ly[ \t]+|last[ \t]+[a-z]+[ \t]+"
             r"|on[ \t]+[A-Z][a-z]+[ \t]+)?by[ \t]+")
_FILED_SUBJECT_RE = re.compile(r"(?:(?:But|And)[ \t]+)?(?:An?|The)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + _FILED_BY)
_FILED_ANY_RE = re.compile(r"(?<![\w-])" + _FILED_BY)
_DEF_FILED_RE = re.compile(r"[Tt]he[ \t]+(?:" + _FILED_DOCS + r")")
# the filer: up to six words before "against", "on behalf of", a comma ... ("Ann Lee's family", "the Elm Street
# tenants' union")
_FILER_NP_RE = re.compile(r"(?:[\w'’&-]+[ \t]+){0,5}?[\w'’&-]+(?=[ \t]+(?:against|in|on|over|with|for|that|who|which"
                          r"|alleging|claiming|accusing|seeking|says|said|claims|claimed|alleges|alleged|argues|argued"
                          r"|is|was|were|has|had|will|would)"
                          r"(?![\w-])|[ \t]*[,;.:\n(])")
_FILED_WINDOW = 3000  # characters back to "a lawsuit filed by ..." for "the lawsuit"


def _filer(text: str, ss: int, se: int) -> tuple[int, int] | None:
    """(Round 35) The one who filed the court document that speaks: the speaker mention ``text[ss:se]`` is in a
    subject that opens with "A lawsuit filed by X" (the X after "by", not a noun later in the subject), or it is
    "the lawsuit" / "the suit" and an earlier sentence (up to 3,000 characters back) named one filed by X.

    >>> t = "A lawsuit filed by Ann Lee's family against two deputies says the door was broken."
    >>> i = t.find("two deputies")
    >>> s, e = _filer(t, i, i + 12)
    >>> t[s:e]
    "Ann Lee's family"
    >>> t = "A lawsuit filed by Ann Lee's family was dismissed. Later the suit was refiled; the suit says the door was broken."
    >>> i = t.rfind("the suit")
    >>> s, e = _filer(t, i, i + 8)
    >>> t[s:e]
    "Ann Lee's family"
    >>> _filer("A lawsuit says the door was broken. The suit says more.", 36, 44) is None
    True
    """
    definite = _DEF_FILED_RE.fullmatch(text, ss, se) is not None
    if not definite and not any(text.find(w, max(0, ss - 400), se) >= 0 for w in _FILED_VERBS):
        return None  # (cheap test first: no "filed" / "brought" ... in the subject)
    m = _last(_SENT_END_RE.finditer(text, max(0, ss - 400), ss))
    lo = m.end() if m is not None else max(0, ss - 400)
    while lo < ss and text[lo] in " \t\n\"”’'":
        lo += 1
    fm = _FILED_SUBJECT_RE.match(text, lo, se + 1)
    if fm is None and definite:
        fm = _last(_FILED_ANY_RE.finditer(text, max(0, ss - _FILED_WINDOW), ss))
    if fm is None:
        return None
    au = _FILER_NP_RE.match(text, fm.end(), min(len(text), fm.end() + 84))
    if au is None or au.group().split(None, 1)[0].lower() in _PRONOUN_SUBJECTS | {"him", "her", "them"}:
        return None
    return au.start(), au.end()


# documents named again with their bare noun ("the police report ... the report said")
_SAME_DOC_HEADS = frozenset("""report bulletin study complaint affidavit indictment lawsuit survey poll analysis memo
    filing manifesto warrant document letter notice""".split())


_DOC_NOUNS = frozenset("statement letter email post tweet message release".split())
# "a statement", "an emailed statement", "a joint written statement": the document's indefinite mention
_INDEFINITE_DOC_RE = {n: re.compile(r"(?<![\w-])[Aa]n?(?:[ \t]+[a-z][\w-]*){0,2}?[ \t]+" + n + r"(?![\w-])")
                      for n in _DOC_NOUNS}

_DOC_WINDOW = 600  # characters back to the document's first, indefinite mention
# (not the period of an initial or a title: "The U.S. Labor Department issued a statement", "Mr. Lee")
_SENT_END_RE = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr))(?<!\bMrs)[.!?]|\n")
# the author named after "In a statement, ": a full name after up to three words ("council leader Ana Ruiz")
_AUTHOR_AFTER_RE = re.compile(r",[ \t]+(?:[\w.’'-]+[ \t]+){0,3}?([A-Z][a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*)+)")


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of ``matches`` (None when there is none)."""
    got = deque(matches, maxlen=1)
    return got[0] if got else None


def _document_author(text: str, ss: int, se: int, out: list[Quote]) -> tuple[int, int, bool] | None:
    """The author of the document the description ``text[ss:se]`` ("the statement", "the letter") names: the
    speaker of an earlier quote in the sentence that introduced it with "a"/"an" ("In a statement, the mayor's
    office said ...") or, with no quote there, the full name after "In a (joint) statement, "; up to 600
    characters back; ``(start, end, False)`` or None.

    >>> t = 'In a joint statement, council leader Ana Ruiz and Senator Tom Lee urged action. "Act now," the statement says.'
    >>> s, e, _ = _document_author(t, 91, 104, [])
    >>> t[s:e]
    'Ana Ruiz'
    """
    noun = text[ss:se].rsplit(None, 1)[-1]  # one of _DOC_NOUNS (the caller checks)
    lo = max(0, ss - _DOC_WINDOW)
    found = _last(_INDEFINITE_DOC_RE[noun].finditer(text, lo, ss))
    if found is None:
        return None
    a, b = found.start(), found.end()
    m = _last(_SENT_END_RE.finditer(text, lo, a))
    sent_lo = m.end() if m is not None else lo
    m = _SENT_END_RE.search(text, b, ss)
    sent_hi = m.start() if m is not None else ss
    for q in reversed(out):
        if q.speaker_start >= 0 and sent_lo <= q.mention_start < sent_hi and (
                not q.start <= a < q.end or 0 <= q.cue_end <= a < q.cue_end + 20):
            # not a document mentioned inside the quote's words (but after the cue inside a split quote: '"...,"
            # Ana Ruiz said in a statement. "..."')
            return q.speaker_start, q.speaker_end, False
        if q.end < sent_lo:
            break
    if text[max(0, a - 3):a].lower() == "in ":
        nm = _AUTHOR_AFTER_RE.match(text, b, sent_hi)
        if nm is not None:
            return nm.start(1), nm.end(1), False
    # "Lee's family issued a statement thanking ...": the subject of the sentence that issued the document (not a
    # pronoun, no comma in it)
    im = _ISSUED_RE.fullmatch(text, sent_lo, a)
    if im is not None and im.group(1).split(None, 1)[0].lower() not in _PRONOUN_SUBJECTS:
        return im.start(1), im.end(1), False
    return None


# the subject that issued a document: "Ann Lee's family issued ", "The mayor and the council released "
_ISSUED_RE = re.compile(r"\s*(?:(?:But|And|Meanwhile|Later|Earlier|On [A-Z][a-z]+),?[ \t]+)?([A-Z][^\n,;:.!?“”\"]{1,70}?)"
                        r"[ \t]+(?:also[ \t]+|later[ \t]+|quickly[ \t]+)?(?:issued|released|put[ \t]+out|posted|published|sent"
                        r"|shared)[ \t]+")
_PRONOUN_SUBJECTS = frozenset("he she they it we i you this that these those".split())


_NAMED_NEXT_WINDOW = 300  # characters between a described speaker's quote and the next speaker's name
_NEXT_HEADS = _PERSON_HEADS | _KIN
_INDEFINITE = frozenset("a an one another some".split())
_BEFORE_NEW_NAME = frozenset("but and then yet so said says told adds added".split())


def _name_next(text: str, out: list[Quote], i: int) -> None:
    """A speaker described without a name ("the suspect's brother said ...") is the person the next speaker
    names for the first time in the text right after, with no description of their own ("... . But Ivo Brandt
    said ...", '"...," Ivo Brandt said'), or with the same role noun ("spokesman Ivo Brandt", "Ivo Brandt, the
    suspect's brother,"): ``out`` gets that name for every quote of the description (in place). A name with a
    description of its own ("Ivo Brandt, a neighbour,", "neighbour Ivo Brandt") is somebody else.
    """
    d = out[i]
    ss, se = d.speaker_start, d.speaker_end
    if ss < 0 or d.mention_start != ss:
        return
    desc = text[ss:se].split()
    head = desc[-1].lower()
    if head not in _NEXT_HEADS and not (head.endswith(_PREV_ROLE_ENDS) and head not in _ROLE_STOP) \
            or head.endswith("s") and not head.endswith("ss") or desc[0].lower() in _INDEFINITE:
        return  # a group ("residents") or a new, indefinite person ("a nurse") is not named by the next name
    for q in out[i + 1:]:
        if q.start - d.end > _NAMED_NEXT_WINDOW:
            return
        if q.speaker_start == ss or q.speaker_start < 0:
            continue
        ns, ne = q.speaker_start, q.speaker_end
        if q.mention_start != ns or ns < d.end or ns - d.end > _NAMED_NEXT_WINDOW:
            return
        name = text[ns:ne]
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or text.find(name) < ns \
                or name.endswith(("'s", "’s")) \
                or any(w.lower() in _NOT_NAME or w.lower() in _ORG_WORDS for w in words):
            return
        before = text[max(0, ns - 30):ns].split()
        prev_word = before[-1].lower() if before else ""
        if prev_word.isalpha() and prev_word.islower() and prev_word not in _BEFORE_NEW_NAME and prev_word != head:
            return  # "neighbour Ivo Brandt": a description of its own
        after = text[ne:ne + 80]
        if after.startswith((", a ", ", an ")) or (after.startswith(", ") and head not in after.lower().split()):
            return  # "Ivo Brandt, a neighbour,"
        for k in range(i, len(out)):
            if out[k].speaker_start == ss and out[k].speaker_end == se:
                out[k] = out[k]._replace(speaker=name, speaker_start=ns, speaker_end=ne)
        return


# (round 46) a sentence that ends in initials or a short capitalised abbreviation ("S.C.", "U.S.", "Fla.")
_ABBREV_END_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][A-Za-z]{0,4}\.)\Z")
# a period before a lower-case word (a pattern that opens with a literal: a fast search over the whole article)
_PERIOD_LOWER_RE = re.compile(r"\.[ \t]+[a-z]")


def _abbrev_split(text: str) -> bool:
    """Whether initials or a short capitalised abbreviation come before a lower-case word anywhere in ``text`` (a
    sentence split there may need joining: ``_join_party_splits``).

    >>> _abbrev_split("Management refused. S.C. said she asked."), _abbrev_split("It rained. Then it stopped.")
    (True, False)
    """
    for mt in _PERIOD_LOWER_RE.finditer(text):
        if _ABBREV_END_RE.search(text, max(0, mt.start() - 11), mt.start() + 1) is not None:
            return True
    return False



def _join_party_splits(text: str, sents: list) -> list:
    """Sentences split after "(R-Ky.)" or initials joined again: "Sen. Mitch McConnell (R-Ky.) said ..." and
    "S.C. said she ..." are one sentence each.

    The sentence after the split opens with a lower-case letter in the same paragraph, or the split falls
    inside the parentheses ("(R-Ky." | "), who ..."). (Round 46) The same after initials or a short capitalised
    abbreviation ("S.C." | "said she asked ...", "Gables, Fla." | "on Saturday ..."): no sentence opens with a
    lower-case word.

    >>> t = "Management refused. S.C. said she asked to move."
    >>> [t[s.start:s.end] for s in _join_party_splits(t, segment(t))]
    ['Management refused.', 'S.C. said she asked to move.']
    """
    out = []
    for s in sents:
        if out and s.paragraph == out[-1].paragraph and (
                (text[s.start].islower() and (text.endswith(".)", out[-1].start, out[-1].end) or (
                    _ABBREV_END_RE.search(text, max(out[-1].start, out[-1].end - 12), out[-1].end) is not None
                    and text[s.start].isalpha() and not text.startswith("pic.", s.start))))
                or (text.startswith(")", s.start) and text.endswith(".", out[-1].start, out[-1].end))):
            p = out[-1]
            out[-1] = p._replace(end=s.end, in_quote=p.in_quote or s.in_quote, text=text[p.start:s.end])
        else:
            out.append(s._replace(index=len(out)) if s.index != len(out) else s)
    return out


_CUE_THEN_MARK_RE = re.compile("[ ]*([,:]?)[ ]*[\"“‘'«„]")  # between a direct quote's cue and its first word
_SHOUTS = ("shout", "yell", "scream")


_INNER_PRONOUNS = frozenset(("", "he", "she", "they"))
_INNER_PARTICIPLES = frozenset("asking saying".split())  # '..., asking, "..."' (comma or colon before the quote)
# the speaker was heard saying it: "X was heard saying", "heard the man shouting" (up to three words between)
_HEARD_RE = re.compile(r"(?<![\w-])heard(?:[ \t]+[\w'’.-]+){0,3}[ \t]+\Z")


def _inner_speaker(text: str, d: _Raw, indirect: list[_Raw]) -> bool:
    """The direct quote ``d`` inside a reported clause has a speaker and cue of its own in that clause, before it
    (``The man shouted, “...,” police said.``, ``according to witnesses``): a quote of its own (hard case 9 of the
    labels), not a fragment of the outer speaker's words (``said Londoners would “pull together”``). A chanted
    slogan stays part of the clause (hard case 10).

    >>> t = 'A man shouted, "Go away," as he ran, police said.'
    >>> inner = _Raw(16, 23, "direct", _Mention(0, 5, "", False), (6, 13), False)
    >>> _inner_speaker(t, inner, [_Raw(0, 35, "indirect", _Mention(37, 43, "", False), (44, 48), False)])
    True
    >>> _inner_speaker(t, inner, [_Raw(14, 35, "indirect", _Mention(0, 5, "", False), (6, 13), False)])
    False
    """
    m = d.mention
    if m is None or m.pronoun not in _INNER_PRONOUNS or not 0 <= d.cue[1] <= d.start:
        return False
    cue = text[d.cue[0]:d.cue[1]]
    gap = _CUE_THEN_MARK_RE.fullmatch(text, d.cue[1], d.start)
    heard = _HEARD_RE.search(text, max(0, d.cue[0] - 40), d.cue[0]) is not None
    if gap is None or not cue.isalpha() or cue.startswith("chant") \
            or (cue.endswith("ing") and not (cue.startswith(_SHOUTS) or heard or (
                gap.group(1) and cue in _INNER_PARTICIPLES))) \
            or not (gap.group(1) or cue.startswith(_SHOUTS) or heard):
        # the quote right after a verb and a comma or colon ('said, “...”'; 'shouted “...”' without one): not
        # 'described it as “...”', 'denied “the possibility”', a participle ('..., saying “...”': its subject is
        # often no speaker) nor a label ('ISIS: “...”')
        return False
    return any(r.start <= m.start and r.start <= d.start and d.end <= r.end + 1 for r in indirect)


# the rest of a clause after its own cue: an outer report (", the AP reported", ", according to Reuters")
_OUTER_REPORT_RE = re.compile(r"(?:[ \t]+[\w.]+){0,2},[ \t]+(?:according[ \t]+to[ \t]+[^,;:.!?\n]{1,50}"
                              r"|[^,;:!?\n]{1,50}?[ \t]+(?:reported|reports|said|says|told[ \t]+[^,;:!?\n]{1,30}))")


# a claim noun with its owner and a that-clause: "his claim that ...", "Mr. Lee's assertion on Monday that ..."
_THAT_WORD_RE = re.compile(r"that[ \t]+")  # the anchor of the two searches below (see _that_words)
# a claim noun just before "that" (a weekday may come between): "his claim that", "Lee's assertion Monday that"
_CLAIM_NOUN_RE = re.compile(
    r"(?<![^\W_])(claims?|assertions?|contention|insistence|suggestion|allegations?|accusations?|warnings?|argument"
    r"|prediction|admission|promise)(?:[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\Z")
_CLAIM_WORDS_BEFORE = frozenset("""claim claims assertion assertions contention insistence suggestion allegation
    allegations accusation accusations warning warnings argument prediction admission promise""".split())
_MAIN_CLAUSE_RE = re.compile(r",[ \t]+(?:the|a|an|his|her|their|its|he|she|they|it|we|i)[ \t]", re.IGNORECASE)
_CLAUSE_AFTER_RE = re.compile(r"[^.;:!?\n]+")  # the content after "that" (to the sentence end)
# the owner just before the noun (an adjective or two may come between): "his", "their", "Smith's", "the hawks'"
_CLAIM_OWNER_RE = re.compile(
    r"(?:(?<![^\W_])([Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|((?:[A-Z][\w.\-]*[ \t]+){0,3}[A-Z][\w\-]*)(?:['’]s|(?<=s)['’])"
    r"|(?<![^\W_])(?:the|The)[ \t]+((?:[a-z]+[ \t]+)?[a-z]+)(?:['’]s|(?<=s)['’]))[ \t]+(?:[a-z]+[ \t]+){0,2}\Z")
_CLAIM_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# the word after "that" when "that" is a relative pronoun ("his claims that were denied") or the clause's object is
# the claim ("the claim that he made")
_CLAIM_NOT_FIRST = _FINITE | frozenset("also which who drew drew made were".split())
_CLAIM_NOT_SECOND = frozenset("""made makes make repeated repeats issued released posted wrote writes gave offered denied
    rejected dismissed has have had""".split())


# light-verb speech acts before "that": "made clear that", "made it clear on Sunday that", "made the case that"
_MADE_CLEAR_RE = re.compile(
    r"(?<![^\W_])(made|make|makes|making)[ \t]+(?:it[ \t]+clear|clear|the[ \t]+case|a[ \t]+case|the[ \t]+point"
    r"|the[ \t]+argument|an[ \t]+argument)(?![^\W_])([^.;:!?\n\"“”]{0,60}?)\Z")


def _that_words(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the matches of ``[ \\t]that[ \\t]+`` in ``text``, in order and apart (as ``finditer`` gives
    them), found from the literal "that" of :data:`_THAT_WORD_RE` (a pattern that opens with a literal is searched
    for as one, some 3x faster than trying a pattern at every space of the article).

    A "that" counts when a space or tab stands right before it, at or after the end of the last match (the blanks
    that end a match are no other match's first character). Skipping the others hides no match: a skipped hit is
    "that" and blanks, and a match needs a blank followed by "that", which the search finds after them.

    >>> list(_that_words("so that that is, that\\tthat  that x"))
    [(2, 8), (16, 22), (27, 33)]
    """
    last = 0
    for m in _THAT_WORD_RE.finditer(text):
        s0 = m.start() - 1
        if s0 >= last and text[s0] in " \t":
            last = m.end()
            yield s0, last


def _noun_claims(text: str, direct: list[_Raw], indirect: list[_Raw], sents: list | None = None) -> list[_Raw]:
    """Reported clauses after a claim noun with an owner: "Despite Lee's claims that the firm never lost money,
    ..." (the owner is the speaker; not inside a quote nor inside another reported clause).

    >>> t = "The mayor's assertion that more police are needed drew criticism."
    >>> [(t[r.start:r.end], t[r.mention.start:r.mention.end]) for r in _noun_claims(t, [], [])]
    [('more police are needed drew criticism', 'The mayor')]
    """
    out = []
    starts = [st.start for st in sents] if sents is not None else None
    for s0, t_end in _that_words(text):
        prev = text[max(0, s0 - 14):s0].rsplit(None, 1)[-1:]
        claim = bool(prev) and (prev[0] in _CLAIM_WORDS_BEFORE or prev[0].lower() in _WEEKDAYS)
        if not claim and (starts is None or not ("mak" in (window := text[max(0, s0 - 90):s0]) or "made" in window)):
            continue
        c0 = _CLAUSE_AFTER_RE.match(text, t_end)
        if c0 is None:
            continue
        a, b = c0.span()
        ws = text[a:b].split(None, 2)
        if len(ws) < 3 or ws[0].lower() in _CLAIM_NOT_FIRST or ws[1].lower() in _CLAIM_NOT_SECOND \
                or (ws[0].endswith("ed") and ws[0].islower()):
            continue
        m = _CLAIM_NOUN_RE.search(text, max(0, s0 - 30), s0) if claim else None
        if m is not None:
            o = _CLAIM_OWNER_RE.search(text, max(0, m.start() - 60), m.start())
            if o is None:
                continue
            if o.group(1):
                mention = _Mention(o.start(1), o.end(1), _CLAIM_PRONOUNS[o.group(1).lower()], False)
            elif o.group(2):
                n0 = o.start(2)
                words = o.group(2).split()
                if words[0].lower() in _DETERMINERS or words[0].lower() in _INTRO_WORDS:
                    n0 = o.start(2) + len(words[0]) + 1
                    if len(words) == 1:
                        continue
                mention = _Mention(n0, o.end(2), "", True)
            else:
                mention = _Mention(o.start(), o.end(3), "", False)
            e = b
            c = _MAIN_CLAUSE_RE.search(text, a + 12, b)
            if c is not None:
                e = c.start()  # "Despite Lee's claims that ..., the banks ...": up to the main clause
            cue = m.span(1)
            left = o.start()
        elif starts is not None and (m := _MADE_CLEAR_RE.search(text, max(0, s0 - 90), s0)) is not None:
            e = b
            if e - a < 12:
                continue
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or sents[k].end < e:
                continue
            toks = _tokens(text, sents[k].start, m.end(1))
            j = len(toks) - 1
            if j < 1 or toks[j - 1].text.lower() in _MODALS or toks[j - 1].text.lower() in _TO_NOT:
                continue  # "an order to make clear that ...": an aim, no speech event
            mention = _speaker_back(toks, j) or _subject_upto(toks, j)
            if mention is None:
                continue
            cue = (m.start(1), m.start(2))
            left = m.start()
        else:
            continue
        while e > a and text[e - 1] in " \t'’)":
            e -= 1
        if any(r.start <= left < r.end for r in direct) \
                or any(r.start <= a < r.end or a <= r.start < e for r in indirect):
            continue
        out.append(_Raw(a, e, "indirect", mention, cue, False))
    return out


def _own_cue_out(text: str, r: _Raw) -> _Raw:
    """A reported clause whose span runs over its own postposed speaker and cue ("Two men were seized, Lee said
    Saturday, the AP reported": the clause ends before ", Lee said"); other clauses unchanged.

    >>> t = "Two men were seized, Lee said Saturday, the AP reported."
    >>> r = _Raw(0, 55, "indirect", _Mention(21, 24, "", True), (25, 29), False)
    >>> t[:_own_cue_out(t, r).end]
    'Two men were seized'
    """
    m = r.mention
    if m is None or not r.start < m.start < r.cue[0] < r.cue[1] <= r.end or m.end > r.cue[0] \
            or _OUTER_REPORT_RE.fullmatch(text, r.cue[1], r.end) is None:
        return r  # (not a parenthetical cue inside the clause: "The attack, Lee said, came as ...")
    k = text.rfind(",", r.start, m.start)
    if k <= r.start or text[k + 1:m.start].strip() or text.count('"', r.start, k) % 2:
        return r
    return r._replace(end=k)


def _drop_relays(text: str, indirect: list[_Raw]) -> list[_Raw]:
    """(round 37) Without the outer "according to" reports that only relay a reported clause and its own
    postposed cue ("The gate was shut, Ann Lee said, according to the Elm Herald."): one row, the speaker's
    (the labels' rule for "X said, according to Y", as for a direct quote).

    >>> t = "The gate was shut, Ann Lee said, according to the Elm Herald."
    >>> inner = _Raw(0, 17, "indirect", _Mention(19, 26, "", True), (27, 31), False)
    >>> outer = _Raw(0, 31, "indirect", _Mention(50, 60, "", True), (33, 45), False)
    >>> _drop_relays(t, [inner, outer]) == [inner]
    True
    """
    out = []
    for r in indirect:
        if text[r.cue[0]:r.cue[1]].lower() == "according to" and r.cue[0] >= r.end and any(
                i is not r and r.start <= i.start and i.end < i.cue[0] and i.mention is not None
                and not i.mention.pronoun and r.start <= i.mention.start
                # (round 40) or the outer row has the same words as the inner one: "..., pilot Ann Lee said,
                # according to the ministry" found twice
                and (i.cue[1] <= r.end + 1 or (r.start, r.end) == (i.start, i.end))
                and text[i.cue[0]:i.cue[1]].lower() != "according to"
                and r.cue[0] - i.cue[1] <= 40 and not _SENT_BREAK_RE.search(text, i.cue[1], r.cue[0])
                for i in indirect):
            continue
        out.append(r)
    return out


def _own_tail(text: str, d: _Raw, indirect: list[_Raw]) -> bool:
    """The direct quote ``d`` has its own speaker and cue right after it, and the reported clause around it is
    an outer report of that attribution ('“...,” the group said, according to SITE.', '“...,” Ann Lee said, the
    AP reported.'): the quote is the speaker's, the outlet only relays it (one row with the speaker).

    >>> t = '"We hold the hotel," the group said, according to SITE.'
    >>> d = _Raw(1, 18, "direct", _Mention(21, 30, "", False), (31, 35), False)
    >>> _own_tail(t, d, [_Raw(0, 35, "indirect", _Mention(50, 54, "", True), (37, 49), False)])
    True
    """
    m = d.mention
    if m is None or m.pronoun or d.cue[0] < d.end or d.cue[0] - d.end > 80 or m.start < d.end:
        return False
    return any(r.start <= d.start and d.end <= r.end + 1 and r.cue[0] >= d.cue[1] and r.start <= m.start
               for r in indirect)


def _inner_local(text: str, d: _Raw, indirect: list[_Raw]) -> _Raw | None:
    """The direct quote ``d`` inside a reported clause, shouted or asked by someone the clause names before its
    cue ('Witnesses said he went from door to door, asking, "..."', 'Police said Lee was heard saying "..."'):
    ``d`` with that subject as its mention (a quote of its own, hard case 9 of the labels), else None. The
    quote follows a shout verb, a participle "asking"/"saying" and a comma or colon, or "heard ... saying".

    >>> t = 'Police said Lee ran off, asking, "Where is he?"'
    >>> d = _Raw(34, 46, "direct", _Mention(0, 6, "", False), (25, 31), False)
    >>> r = _inner_local(t, d, [_Raw(12, 46, "indirect", _Mention(0, 6, "", False), (7, 11), False)])
    >>> t[r.mention.start:r.mention.end]
    'Lee'
    """
    cue = text[d.cue[0]:d.cue[1]]
    if not cue.isalpha() or d.cue[1] > d.start or cue.startswith("chant"):
        return None
    gap = _CUE_THEN_MARK_RE.fullmatch(text, d.cue[1], d.start)
    if gap is None:
        return None
    low = cue.lower()
    if not (low.startswith(_SHOUTS) or (gap.group(1) and low in _INNER_PARTICIPLES)
            or (low.endswith("ing") and _HEARD_RE.search(text, max(0, d.cue[0] - 40), d.cue[0]))):
        return None
    r = next((r for r in indirect if r.start < d.cue[0] and d.end <= r.end + 1), None)
    if r is None or d.cue[0] - r.start > 300:
        return None
    toks = _tokens(text, r.start, d.cue[1])
    j = len(toks) - 1
    if j < 1:
        return None
    m = None if low.endswith("ing") else _speaker_back(toks, j)
    if m is None:
        b = j
        while b > 0 and toks[b - 1].text not in _SENT_END and toks[b - 1].text not in ";:":
            b -= 1
        m = _subject(toks[b:j])
    if m is None or m.start < r.start or m.pronoun not in _INNER_PRONOUNS:
        return None
    if low in _INNER_PARTICIPLES and not _HEARD_RE.search(text, max(0, d.cue[0] - 40), d.cue[0]) and (
            not (m.pronoun or m.named) or text[r.cue[0]:r.cue[1]].lower() not in _SPLIT_CUES):
        # 'The mayor said the city would rebuild, saying, "..."': the mayor's words; 'Lee attacked Ann Ray for
        # her vote, saying, "..."': the object of an act, not a clause subject
        return None
    return d._replace(mention=m)


# a title in quote marks: a programme after "told" ('told CNN's "State of the Union"'), a work after "entitled"
_TITLE_CUE_RE = re.compile(r"(?:(?<![\w-])told(?:[ \t]+[A-Z][\w.&-]*)*(?:[ \t]+[A-Z][\w.&-]*['’]s?)?"
                           r"|(?<![\w-])(?:entitled|titled|headlined|headline),?)[ \t]*[\"“‘']\Z")
_TITLE_WORD_RE = re.compile(r"[\w'’-]+")


def _quoted_title(text: str, qs: int, qe: int) -> bool:
    """The quote ``text[qs:qe]`` is a title: after "entitled/headlined", or a title-cased programme name after "told".

    >>> t = 'Ann Lee told ABC "Morning Talk With Bob" that she was safe.'
    >>> _quoted_title(t, t.index("Morning"), t.index(" that") - 1)
    True
    >>> t = 'Ann Lee told reporters "we are safe".'
    >>> _quoted_title(t, t.index("we"), t.index("safe") + 4)
    False
    """
    lo = max(0, qs - 60)
    if text.find("told", lo, qs) < 0 and text.find("titled", lo, qs) < 0 and text.find("headline", lo, qs) < 0:
        return False  # none of the pattern's words (most quotes): no search
    m = _TITLE_CUE_RE.search(text, lo, qs)
    if m is None:
        return False
    if not m.group().startswith("told"):
        return True
    words = _TITLE_WORD_RE.findall(text, qs, qe)
    return 0 < len(words) <= 8 and all(w[:1].isupper() or (len(w) <= 4 and w.islower()) for w in words) \
        and words[0][:1].isupper()


def extract_quotes(text: str, sentences: list | None = None) -> list[Quote]:
    """Find direct and indirect quotes with their speakers and cues.

    Parameters
    ----------
    text : str
        Article text (normalised: LF line ends).
    sentences : list of Sentence, optional
        ``coverage.text.segment(text)``, when the caller has it already (the quotes family).

    Returns
    -------
    list of Quote
        In order of position in ``text``.

    Examples
    --------
    >>> t = 'Police said the attacker had acted alone. “It is over,” he added.'
    >>> [(q.kind, q.text, q.speaker, q.cue) for q in extract_quotes(t)]
    [('indirect', 'the attacker had acted alone', 'Police', 'said'), ('direct', 'It is over', '', 'added')]
    >>> t = 'Zafir Malik, an imam from the association, said: “We stand together.”'
    >>> [(q.text, q.speaker) for q in extract_quotes(t)]
    [('We stand together.', 'Zafir Malik')]
    """
    if not text:
        return []
    sents = segment(text) if sentences is None else sentences
    if not sents:
        return []
    if ".)" in text or _abbrev_split(text):
        sents = _join_party_splits(text, sents)
    starts = list(map(_START, sents))
    direct = [d for d in _direct(text, sents, starts) if not _quoted_title(text, d.start, d.end)]
    indirect = [_own_cue_out(text, r) for r in _indirect(text, sents, direct)]
    if "that" in text:
        claims = _noun_claims(text, direct, indirect, sents)
        if claims:
            indirect = sorted(indirect + claims, key=_RAW_START)
    # mixed forms: a direct quote inside a reported clause belongs to that clause
    ind_spans = sorted((r.start, r.end) for r in indirect)
    # kept unless some span (a, b) has a <= d.start - 1 and b >= d.end - 1: the spans are sorted by a, so
    # look at the largest b among those with a <= d.start - 1 (a running maximum) instead of every span
    ind_starts = [a for a, _ in ind_spans]
    reach = list(accumulate((b for _, b in ind_spans), max))
    kept = []
    relayed = []  # direct quotes with their own speaker and cue inside an outer report ("according to")
    d_drop: list[_Raw] = []
    for d in direct:
        inside = (i := bisect_right(ind_starts, d.start - 1)) and reach[i - 1] >= d.end - 1
        if not inside or _inner_speaker(text, d, indirect):
            kept.append(d)
        elif _own_tail(text, d, indirect):
            kept.append(d)
            relayed.append(d)
        elif d.cue[0] >= 0 and (local := _inner_local(text, d, indirect)) is not None:
            kept.append(local)
    cueless = [d for d in kept if d.cue[0] < 0] if indirect else None
    if cueless:
        # 'she said that the shop is "small. It has always been small."': a quote opened inside a
        # reported clause and closed after the sentence break inside it is the clause's (mixed form, one row)
        by_end = sorted((r.end, x) for x, r in enumerate(indirect))
        ends = [e for e, _ in by_end]
        for d in cueless:
            if d.kind == "direct":
                i = bisect_right(ends, d.start - 1)
                x = by_end[i][1] if i < len(ends) and ends[i] < d.end else None
                if x is not None and indirect[x].start < d.start - 1 and text[d.start - 1] in _OPEN_DOUBLE + '"' \
                        and ":" not in text[indirect[x].start:d.start]:  # (not "replying in a post: “...”")
                    indirect[x] = indirect[x]._replace(end=d.end)
                    d_drop.append(d)
        if d_drop:
            kept = [d for d in kept if d not in d_drop]
    if relayed:
        # '"...," the guard told police, according to the affidavit.': one row, the speaker's; the outer report
        # that only relays the quote and its cue is dropped
        indirect = [r for r in indirect if not (
            text[r.cue[0]:r.cue[1]].lower() == "according to"
            and any(r.start <= d.start and d.cue[1] <= r.end <= d.cue[1] + 60 for d in relayed))]
    if len(indirect) > 1 and "ccording to" in text:
        indirect = _drop_relays(text, indirect)
    raws = sorted(kept + indirect, key=lambda r: (r.start, r.end))
    out = _mixed_fragments(text, _join_split_quotes(text, _resolve(text, raws)), sents, starts)
    if "(@" in text:
        out = _embedded_tweets(text, out)
    out = _short_speakers(text, out)
    out = _speaker_tails(text, out)
    out = _party_tags(text, out)
    out = _role_names(text, out)
    out = _described_names(text, out)
    out = _repeated_heads(text, out)
    if ", a" in text or ", the" in text:
        out = _appositive_heads(text, out)
    out = _name_heads(text, out)
    out = _transcript_turns(text, out) if ": " in text else out
    return _block_quotes(text, out) if ":\n" in text else out


# a name, an optional age and an appositive whose prepositional phrase ends in the capitalised place or body that was
# taken as the speaker: "Bo Tran, 61, a retired miner from northern Elmland, ..."
_APPOSITIVE_PLACE_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,3})(?:, \d{1,3})?, (?:a|an|the) "
                                  r"(?:\d{1,3}-year-old )?"
                                  r"[a-z][^,;:\n\"“”.]{0,80}? (?:of|from|for|in) (?:the |[a-z]+ ){0,2}\Z")
# (round 34) the appositive itself taken as the speaker of a relative clause or participle after it: "Bo Tran, the
# head of a miners' union, who said ...": the name
_APPOSITIVE_NAME_RE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,3})(?:, \d{1,3})?, \Z")
_ARTICLE_OPEN = ("a ", "an ", "the ")
_PREP_BEFORE_RE = re.compile(r"\b(?:of|from|in|at|for|near|to)\s\Z")  # "Ed Reed of [Elmland], the ..., who": a place


def _appositive_heads(text: str, quotes: list[Quote]) -> list[Quote]:
    """A speaker that is the place or body at the end of an appositive after a name, taken at the name: in "Bo Tran, 61,
    a retired miner from northern Elmland, who said ..." and "..., a spokesman for the governor of Elmland, told
    reporters, adding that ..." the relative clause and the participle are the person's, not the place's.

    >>> t = 'Bo Tran, a spokesman for the mayor of Elmland, told reporters, adding that roads were shut.'
    >>> [q.speaker for q in _appositive_heads(t, extract_quotes(t))]
    ['Bo Tran']
    """
    out = []
    for q in quotes:
        article = q.speaker.startswith(_ARTICLE_OPEN)  # (round 34: only before "who": "..., which argued" is the body's)
        if q.speaker_start > 0 and text[q.speaker_end:q.speaker_end + 1] == "," and (
                q.speaker[:1].isupper() or (article and text.startswith(", who ", q.speaker_end))) \
                and ((m := _APPOSITIVE_PLACE_RE.search(text, max(0, q.speaker_start - 160), q.speaker_start)) is not None
                     or (article and (m := _APPOSITIVE_NAME_RE.search(text, max(0, q.speaker_start - 60),
                                                                      q.speaker_start)) is not None
                         and not _PREP_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()))) \
                and not any(w.lower() in _SUBJECT_OPENERS for w in m.group(1).split()):  # (not "On Friday, the ...")
            q = _speaker_at(text, q, *m.span(1))
        out.append(q)
    return out


def _speaker_at(text: str, q: Quote, a: int, b: int, *, keep_mention: bool = False) -> Quote:
    """``q`` with its speaker moved to ``text[a:b]``. The attribution's own mention moves with the speaker when it was
    the speaker itself (a wrong span corrected), unless ``keep_mention`` (the speaker is resolved from the mention,
    as a pronoun is: "the charity" stays the mention, the charity's name becomes the speaker)."""
    if keep_mention:
        mention = (q.speaker_start, q.speaker_end) if q.mention_start < 0 else (q.mention_start, q.mention_end)
    else:
        mention = (a, b) if (q.mention_start, q.mention_end) == (q.speaker_start, q.speaker_end) \
            else (q.mention_start, q.mention_end)
    return q._replace(speaker=text[a:b], speaker_start=a, speaker_end=b, mention_start=mention[0],
                      mention_end=mention[1])


# (round 40) capitalised words taken as the speaker, then role words and a name: "Retired Navy captain Ann Lee",
# "Iowa state Sen. Ann Lee", "Ontario's ombudsman Ann Lee", "NASCAR champion Ann Lee" (the role words in lower case,
# the last a role noun; the name two to four capitalised words, or a title and them)
_ROLE_NAME_AFTER_RE = re.compile(r" ((?:[a-z][a-z-]+ ){1,3})((?:[A-Z][a-z]{1,4}\. )?[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,3})")
# role nouns before a name that neither _ROLE_WORDS nor _TITLES hold nor a role ending (_ROLE_ENDS) gives
_MORE_ROLES = frozenset("""champion coach host captain colonel chaplain priest veteran ombudsman councilwoman""".split())
# lower-case words that may stand between a place or body and a role ("Elmland state Sen.", "CNN chief political
# correspondent", "Retired Navy captain"), beside the role nouns themselves (_role_noun)
_ROLE_MODIFIERS = frozenset("""state retired interim incoming outgoing federal county city national local top longtime then
    associate managing podcast radio television tv political congressional freshman liberal special defense security
    health police fire public military press communications policy legal news research""".split())
_SPEAKER_CAPS_RE = re.compile(r"[A-Z][\w-]*(?:[’']s)?(?: [A-Z][\w-]*(?:[’']s)?){0,2}")


def _role_noun(w: str) -> bool:
    """Whether the lower-case word is a role noun that can stand before a name ("captain", "strategist")."""
    return w in _ROLE_WORDS or w in _TITLES or w in _MORE_ROLES or (
        w.endswith(_ROLE_ENDS) and w not in _ROLE_STOP and w not in _THOUGHT_OR_CUE)


def _role_names(text: str, quotes: list[Quote]) -> list[Quote]:
    """A speaker that is only the capitalised words before a role and a name, taken at the name: "Retired Navy captain
    Ann Lee said", "said Iowa state Sen. Ann Lee", "Ontario's ombudsman Ann Lee released" (the place, body or
    adjective before the role is no speaker).

    >>> t = 'Retired Navy captain Ann Lee said the ship was safe.'
    >>> [(q.speaker, t[q.speaker_start:q.speaker_end]) for q in _role_names(t, extract_quotes(t))]
    [('Ann Lee', 'Ann Lee')]
    >>> t = 'Police said Ann Lee had left.'
    >>> [q.speaker for q in _role_names(t, extract_quotes(t))]
    ['Police']
    """
    out = []
    for q in quotes:
        if q.speaker_start >= 0 and text[q.speaker_end:q.speaker_end + 1] == " " \
                and _SPEAKER_CAPS_RE.fullmatch(q.speaker) is not None \
                and (m := _ROLE_NAME_AFTER_RE.match(text, q.speaker_end)) is not None:
            words = m.group(1).split()
            a, b = m.span(2)
            titled = text[a:b].split(" ", 1)[0].rstrip(".").lower() in _TITLES  # "state Sen. Ann Lee": the name
            if (titled or _role_noun(words[-1])) and all(
                    (_role_noun(w) or w in _ROLE_MODIFIERS or "-" in w) and w not in _THOUGHT_OR_CUE for w in words):
                if titled:
                    a = text.index(" ", a) + 1
                if text[b - 1] == "." and text[b - 3:b - 2] not in (" ", "."):  # the full stop after the name
                    b -= 1
                q = _speaker_at(text, q, a, b)
        out.append(q)
    return out


# (round 40) a definite description as the speaker ("the charity said") and where the article named it: the noun
# right before the name ("the medical charity Doctors Without Borders", "suspect Ann Lee") or an appositive after it
# ("Doctors Without Borders, the charity", "Ann Lee, a 28-year-old suspect,")
_DESCRIBED_NOUNS = frozenset("""suspect gunman attacker shooter assailant teenager teen broadcaster outlet newspaper paper
    network station charity organization organisation group union company firm university college agency ministry
    department embassy council church mosque synagogue prosecutor prosecutors lawyer attorney president minister
    journalist reporter artist rapper singer officer official pastor imam rabbi mayor governor sheriff senator
    lawmaker kingdom military army""".split())
_DESCRIPTION_RE = re.compile(r"[Tt]he ((?:[a-z]+ ){0,2})([a-z]+)")
_NAME_WORDS = r"[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|for|the|and|on)){0,5}(?<=[\w])"
_NAME_WORDS_2 = r"[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|for|the|and|on)){1,5}(?<=[\w])"  # two words or more


def _described_names(text: str, quotes: list[Quote]) -> list[Quote]:
    """A speaker that is a definite description ("the charity said"), taken at the name the article gave it before
    the quote: a name with the noun in an appositive after it ("Oak Aid, a medical charity", "Ann Lee, 28, the
    suspect,", "Elm Radio, Japan's national broadcaster") or the noun right before the name ("the medical charity Oak
    Aid", "suspect Ann Lee"), the nearest such before the quote. A description the article never attaches to a name
    stays. It runs after :func:`_resolve`, for the descriptions :func:`_head_antecedent` left unresolved (its
    appositive patterns cover person heads and a few organisation anaphors, within a shorter window).

    >>> t = 'Oak Aid, a medical charity, ran the clinic. The charity said 30 staff were missing.'
    >>> [q.speaker for q in _described_names(t, extract_quotes(t))]
    ['Oak Aid']
    >>> t = 'Ann Lee, 28, the suspect, was held. The suspect told police he acted alone.'
    >>> [q.speaker for q in _described_names(t, extract_quotes(t))]
    ['Ann Lee']
    >>> t = 'A suspect was held. The suspect told police he acted alone.'
    >>> [q.speaker for q in _described_names(t, extract_quotes(t))]
    ['The suspect']
    """
    out = []
    for q in quotes:
        if q.speaker[:4] in ("the ", "The ") and q.speaker_start >= 0 \
                and (d := _DESCRIPTION_RE.fullmatch(q.speaker)) is not None and d.group(2) in _DESCRIBED_NOUNS:
            noun = d.group(2)
            lo = max(0, min(q.start, q.speaker_start) - 3000)
            hi = min(q.start, q.speaker_start)
            pat = re.compile(rf"\b{noun} ({_NAME_WORDS_2})|({_NAME_WORDS}),(?: \d{{1,3}},)? (?:a|an|the|[A-Z]\w+[’']s) "
                             rf"(?:[\w-]+ ){{0,3}}{noun}\b(?! of)")
            best = None
            for m in pat.finditer(text, lo, hi):
                best = m
            if best is not None and re.search(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne) (?:[\w-]+ ){{0,2}}{noun}\b", text[best.end():hi]):
                best = None  # another one introduced since: "journalist Bo Tran ... a journalist in Elmland ..."
            if best is not None:
                g = 1 if best.group(1) is not None else 2
                a, b = best.span(g)
                name = text[a:b]
                first = name.split(" ", 1)[0]
                if len(name) > 1 and first.lower() not in _SUBJECT_OPENERS:  # (not "Instead, the president")
                    q = _speaker_at(text, q, a, b, keep_mention=True)
        out.append(q)
    return out


# (round 42) a definite description of up to three lower-case words ("the fire department", "The university")
_REPEATED_HEAD_RE = re.compile(r"[Tt]he ([a-z][a-z’'-]*(?: [a-z][a-z’'-]*){0,2})")
_REPEATED_WINDOW = 2000  # how far back the fuller mention may be


def _repeated_heads(text: str, quotes: list[Quote]) -> list[Quote]:
    """A speaker that is a definite description repeating the end of an earlier quote's speaker, a fuller name
    ("Elmland's fire department said ... The fire department said", "Oldtown University ... the university said"),
    taken at that speaker, the nearest within 2,000 characters, unless the description itself spoke in between (it
    is then a mention of its own). It runs after :func:`_described_names` (names given in appositions).

    >>> t = "Elmland’s fire department said 11 people were hurt. The fire department said it treated 26 people."
    >>> [q.speaker for q in _repeated_heads(t, extract_quotes(t))]
    ['Elmland’s fire department', 'Elmland’s fire department']
    >>> t = "Oldtown police said the campus was shut. The university said it would reopen."
    >>> [q.speaker for q in _repeated_heads(t, extract_quotes(t))]
    ['police', 'The university']
    """
    out: list[Quote] = []
    for q in quotes:
        if q.speaker[:4] in ("the ", "The ") and q.speaker_start >= 0 \
                and (m := _REPEATED_HEAD_RE.fullmatch(q.speaker)) is not None:
            tail = " " + m.group(1)
            for p in reversed(out):
                if p.speaker_start < 0 or p.speaker_end > q.speaker_start:
                    continue
                if q.speaker_start - p.speaker_end > _REPEATED_WINDOW:
                    break
                low = p.speaker.lower()
                if low in (m.group(1), "the" + tail):
                    break  # the description spoke before: its own mention
                if low.endswith(tail) and p.speaker[:1].isupper() and not low.startswith("the "):
                    q = _speaker_at(text, q, p.speaker_start, p.speaker_end, keep_mention=True)
                    break
        out.append(q)
    return out


# (round 41) a paragraph that ends in a colon after a reporting cue introduces the next paragraph as a block quote:
# "The Elm Herald reports:", "Ann Lee closed out the segment with this:", "According to the BBC:"
_BLOCK_CUE_RE = re.compile(r"\b(?:reports?|reported|writes|wrote|explains|explained|adds|added|notes|noted|says|said|"
                           r"continues|continued|observes|observed|describes|described|recalls|recalled|tweeted|posted|"
                           r"states|stated|reads|read|according to|this way|with this)\b", re.I)
_BLOCK_PROBE = "“Words of the block quote.”"
_COLON_LINE_END_RE = re.compile(r":[ \t]*\n")
_BLOCK_NOT_SPEAKERS = frozenset("consider read see here more note watch also".split())  # imperatives opening the intro
# the writer's own words ("as I wrote", "our original post") and demonstratives are no block quote's speaker
_BLOCK_NOT_FIRST = frozenset("i we our my here here's here’s these this that it".split())
# the cues a block intro's speaker must have (a speech or reporting verb, as the probe quote gives it)
_BLOCK_CUES = frozenset("""report reports reported write writes wrote explain explains explained add adds added note notes
    noted say says said continue continues continued observe observes observed recall recalls recalled tweet tweets
    tweeted post posts posted state states stated""".split())
_BLOCK_NOT_QUOTE_RE = re.compile(r"[•*·\-–—]|\d{1,2}[.)] |(?:Source|Enlarge|Left|Right|Photo|Image|Watch|Read)\b")


def _block_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """A paragraph introduced by a reporting sentence that ends in a colon ("The Elm Herald reports:", "Ann Lee summed
    it up this way:", "According to the BBC:") is a direct quote of that sentence's speaker, with or without quote marks
    (the labels' "unmarked block quotes after a colon are one direct row each"). A quote already found there without
    a speaker gets the speaker; one with a speaker stays; a paragraph whose intro names no speaker is left alone.

    >>> t = "The Elm Herald reports:\\n\\nThe bridge was closed for two days after the flood."
    >>> [(q.text, q.kind, q.speaker) for q in extract_quotes(t)]
    [('The bridge was closed for two days after the flood.', 'direct', 'Elm Herald')]
    >>> t = "Here is what we know:\\n\\nThe bridge was closed for two days after the flood."
    >>> extract_quotes(t)
    []
    """
    added: list[Quote] = []
    out = list(quotes)
    for m in _COLON_LINE_END_RE.finditer(text):  # a paragraph ending in a colon, the next non-blank line
        pe = m.start() + 1
        ps = text.rfind("\n", 0, pe) + 1
        while text[ps] in " \t":
            ps += 1
        ns = m.end()
        while ns < len(text) and text[ns].isspace():
            ns += 1
        ne = text.find("\n", ns)
        ne = len(text) if ne < 0 else ne
        while ne > ns and text[ne - 1].isspace():
            ne -= 1
        if pe - ps < 2 or text[pe - 2] == ")" or ne - ns < 40 or _BLOCK_NOT_QUOTE_RE.match(text, ns) is not None:
            continue  # (not "(emphasis added):", a list, a caption or a source line)
        sents = segment(text[ps:pe])
        if not sents:
            continue
        ss = ps + _START(sents[-1])
        intro = text[ss:pe - 1]
        if _BLOCK_CUE_RE.search(intro) is None:
            continue
        probe = extract_quotes(intro + ": " + _BLOCK_PROBE)
        q0 = next((q for q in probe if q.text.startswith("Words of the block") and q.speaker_start >= 0
                   and q.speaker_end <= len(intro) and q.mention_start >= 0
                   and q.speaker.lower() not in _BLOCK_NOT_SPEAKERS
                   and q.speaker.split(" ", 1)[0].lower() not in _BLOCK_NOT_FIRST
                   and (q.cue.lower() in _BLOCK_CUES or q.cue.lower() == "according to")), None)
        if q0 is None:
            continue
        a, b = ss + q0.speaker_start, ss + q0.speaker_end
        cs, ce = (ss + q0.cue_start, ss + q0.cue_end) if 0 <= q0.cue_start and q0.cue_end <= len(intro) else (-1, -1)
        qs, qe = ns, ne
        while qs < qe and text[qs] in "\"“”'‘’":
            qs += 1
        while qe > qs and text[qe - 1] in "\"“”'‘’":
            qe -= 1
        if qe - qs < 20:
            continue  # (a line of quote marks)
        # a quote found there already: most of the paragraph, or a marked quote opening it ('“...,” Lee said, ...')
        over = [i for i, q in enumerate(out) if min(q.end, qe) - max(q.start, qs) >= 0.8 * (qe - qs)
                or (q.start == qs and q.kind == "direct")]
        if not over:  # (quotes inside the block stay: the labels' rows of its nested attributions, or none)
            added.append(Quote(qs, qe, text[qs:qe], "direct", text[a:b], a, b, text[cs:ce] if cs >= 0 else "", cs, ce,
                               a, b))
        elif len(over) == 1 and out[over[0]].kind == "direct" and out[over[0]].speaker_start < 0:
            q = out[over[0]]
            out[over[0]] = q._replace(speaker=text[a:b], speaker_start=a, speaker_end=b, mention_start=a, mention_end=b)
    if added:
        out = sorted(out + added, key=attrgetter("start", "end"))
    return out


# the name before an acronym in brackets: "the Oldland Cricket Board (OCB)", "Doctors for Peace (DFP)"
_ACRONYM_NAME_RE = re.compile(r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|and|for|the|on|in|&)){1,7}\Z")


def _short_speakers(text: str, quotes: list[Quote]) -> list[Quote]:
    """A speaker that is a short form of a name given earlier, taken at the full name (as a surname stands for its
    full name): a bare acronym ("OCB said") defined with the full name in brackets ("the Oldland Cricket Board (OCB)";
    "the OCB said", a noun phrase of its own, stays) and a masthead word ("the Star reported") after the full masthead
    ("The Oldtown Star said").

    >>> t = "The Oldland Cricket Board (OCB) met. OCB said the tour was safe."
    >>> [(q.speaker, q.speaker_start) for q in _short_speakers(t, extract_quotes(t))]
    [('Oldland Cricket Board', 4)]
    >>> t = 'The Oldtown Post said the town was quiet. "It is over," the Post reported.'
    >>> [q.speaker for q in _short_speakers(t, extract_quotes(t))]
    ['The Oldtown Post', 'Oldtown Post']
    """
    out = []
    for q in quotes:
        acr = q.speaker[4:] if q.speaker.startswith("the ") else q.speaker
        if 2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper() and q.speaker_start > 4 \
                and text[q.speaker_start - 4:q.speaker_start].lower() != "the " \
                and (i := text.rfind(f" ({acr})", 0, q.speaker_start)) > 0:
            m = _ACRONYM_NAME_RE.search(text, max(0, i - 120), i)
            words = m.group().split() if m is not None else []
            # the capitalised words from the right, as many as the acronym has letters, must give its initials
            # ("Customs and Border Protection (CBP)"; not "Department of Health and Human Services (HHS)")
            k, caps = len(words), []
            while k > 0 and len(caps) < len(acr):
                k -= 1
                if words[k][0].isupper():
                    caps.append(words[k][0])
            if "".join(reversed(caps)) == acr:
                name = " ".join(words[k:])
                q = q._replace(speaker=name, speaker_start=i - len(name), speaker_end=i)
        elif (m := _SHORT_MASTHEAD_RE.fullmatch(q.speaker)) is not None and q.speaker_start > 0:
            # "the Post reported" after "The Washington Post said": the full masthead, as a surname its full name
            fulls = list(re.finditer(rf"(?:[A-Z][\w'’-]* ){{1,3}}{m.group(1)}\b", text[:q.speaker_start]))
            full = fulls[-1] if fulls else None
            a = full.start() + 4 if full is not None and full.group()[:4] in ("The ", "the ") else -1
            if full is not None and a < full.end() - len(m.group(1)) - 1:  # a capitalised word before the masthead
                a = max(a, full.start())
                q = q._replace(speaker=text[a:full.end()], speaker_start=a, speaker_end=full.end())
        out.append(q)
    return out


# (round 43) a speaker mention that ends in a function word was cut off inside its noun phrase ("a source with direct
# knowledge of", "The director-general of the", "John A"), runs past it ("The governor also", "a senior security
# official told the") or is no speaker at all ("The provision was added", "Rooney's decision to oppose", "Under")
_TAIL_PREPS = frozenset("of by with for from about".split())  # inside a noun phrase: read on to its head
# determiners that cannot end a mention (not "Some", "Several", "Many", "Two", which can speak alone)
_TAIL_DETS = frozenset("the a an this his her its their our".split())
_TAIL_OPEN = _TAIL_PREPS | _TAIL_DETS
_NEGATED_AUX = "wasn’t weren’t isn’t aren’t hasn’t haven’t hadn’t didn’t doesn’t don’t won’t wouldn’t".split()
_TAIL_ADVERBS = frozenset("also already never not still often even just".split())
_TAIL_AFTER = _TAIL_ADVERBS | frozenset("was were is are has have had been did does do would will could should".split()) \
    | frozenset(_NEGATED_AUX) | frozenset(w.replace("’", "'") for w in _NEGATED_AUX)  # after the mention: trimmed
_TAIL_BE = frozenset("was were is are been".split())  # before a participle cue: an agentless passive
_LONE_NOT_SPEAKERS = frozenset("under over or of from into after before with by for in on at and but".split())
_PASSIVE_NO_SPEECH = frozenset("added denied".split())  # "the provision was added", "the family was denied access"
_PARTICIPLES = frozenset("told said known shown written given heard sworn taught".split())
_TAIL_STOP = _CLAUSE_STOP | _BE | _TAIL_AFTER | _ANY_CUE | frozenset("whom whose he she it they we i you him her them".split())
# the next word of a noun phrase, with the punctuation that may end it: "1,000", "U.S.", "director-general", "O’Neill"
_TAIL_WORD_RE = re.compile(r" (\d[\d,.]*\d|[A-Za-z0-9][\w'’&-]*(?:\.[A-Za-z]\.?)*)([.,;:!?)]?)")
_INITIAL_SURNAME_RE = re.compile(r"\. ([A-Z][\w'’-]+)")
# between "was" and the cue: one space, perhaps an adverb or two ("was later called", "were never told")
_TAIL_GAP_RE = re.compile(r" (?:(?:[a-z]+ly|later|also|then|never|not|now|still|again|first|being) ){0,2}")
_TAIL_INNER = (_BE | _TAIL_AFTER | frozenset("told said says tells".split())) - _TAIL_ADVERBS  # verbs, never nouns
_TAIL_ABBREVIATIONS = frozenset("St Mt Ft Dr Mr Mrs Ms Gen Lt Sgt Capt Col Rep Sen Gov Jr Sr Co Corp Inc No".split())
_TAIL_LEFT = frozenset("to for he she they it we I you".split())  # left at the end once the verbs are trimmed
_TAIL_TITLES = frozenset("St Mt Ft Dr Gen Lt Sgt Capt Col Rep Sen Gov".split())  # before a name, never ending one
_TAIL_WORDS = _TAIL_AFTER | _LONE_NOT_SPEAKERS | _TAIL_OPEN | _DETERMINERS | {"to"}  # a mention ending in one is looked at
_NO_SPEAKER = {"speaker": "", "speaker_start": -1, "speaker_end": -1, "mention_start": -1, "mention_end": -1}
_LY_NOUNS = frozenset("family assembly rally ally supply anomaly monopoly homily".split())  # not adverbs
_NAME_JOINERS = frozenset("of for and &".split())  # inside a capitalised name: "Centers for Disease Control"
_NONSPACE_RE = re.compile(r"\S+")


def _np_end(text: str, end: int) -> int:
    """End of the noun phrase that ``text[:end]`` leaves open (it ends in a determiner or preposition), reading at
    most eight words on to its last content word before a verb, a cue, a clause word, a preposition after the head or
    punctuation; -1 when no content word comes.

    >>> t = "according to a source with direct knowledge of the investigation. He said"
    >>> t[:_np_end(t, t.index(" the inv"))]
    'according to a source with direct knowledge of the investigation'
    >>> t = "The director-general of the WHO on Sunday warned"
    >>> t[:_np_end(t, t.index(" WHO"))]
    'The director-general of the WHO'
    >>> _np_end("The president also said", len("The president also"))
    -1
    """
    pos, last, cap = end, -1, False
    for _ in range(8):
        m = _TAIL_WORD_RE.match(text, pos)
        if m is None:
            break
        w = m.group(1)
        low = w.lower()
        if cap and low in _NAME_JOINERS and not m.group(2) and (n := _TAIL_WORD_RE.match(text, m.end())) is not None \
                and n.group(1)[:1].isupper():
            pos = m.end(1)  # a joiner inside a capitalised name: "the Centers for Disease Control"
            continue
        if w.islower() and (low in _TAIL_STOP or low.endswith(("ed", "ing")) or (last > 0 and low in _PREPS)
                            or (low.endswith("ly") and low not in _LY_NOUNS)):
            break
        cap = w[:1].isupper()
        if low not in _TAIL_OPEN and low not in _DETERMINERS:
            last = m.end(1)
        pos = m.end(1)
        if m.group(2) and not (m.group(2) == "." and w in _TAIL_ABBREVIATIONS):  # ("the St. Louis police")
            break
        if m.group(2):
            pos += 1
    return last


def _speaker_tails(text: str, quotes: list[Quote]) -> list[Quote]:
    """Mend speaker mentions that end in a function word (round 43): a middle initial cut from its surname ("John A"
    -> "John A. Boehner"), a noun phrase cut inside ("a source with direct knowledge of" -> "... of the
    investigation"), words after the mention ("The governor also" -> "The governor"; "an official told the" -> "an
    official"). The subject of an agentless passive cue has no speaker ("The patients were told that ..."; hard case
    13 of the labels), and is no quote at all when the cue is no speech ("The provision was added ..."), nor is a cue
    in an infinitive ("Rooney's decision to oppose ..."); a lone preposition or conjunction ("Under", "Or") is no
    speaker.

    >>> t = "Speaker John A. Boehner said the vote would be close."
    >>> q = extract_quotes(t)[0]
    >>> [x.speaker for x in _speaker_tails(t, [q._replace(speaker="John A", speaker_end=q.speaker_end - 9)])]
    ['John A. Boehner']
    >>> t = "The patients were told that the treatment was new."
    >>> [(x.speaker, x.speaker_start) for x in _speaker_tails(t, [Quote(28, 49, t[28:49], "indirect", "The patients were",
    ...     0, 17, "told", 18, 22, 0, 17)])]
    [('', -1)]
    >>> t = "The provision was added to the bill that passed."
    >>> _speaker_tails(t, [Quote(24, 47, t[24:47], "indirect", "The provision was", 0, 17, "added", 18, 23, 0, 17)])
    []
    """
    if not quotes:
        return quotes
    spans: dict[tuple[int, int], tuple[int, int] | None] = {}
    out = []
    for q in quotes:
        spk = q.speaker
        # the last word, cheaply (most speakers end in a name or a noun and are passed on at once)
        last = spk[max(spk.rfind(" "), spk.rfind("\n"), spk.rfind("\t")) + 1:]
        low = last.lower()
        if not (low in _TAIL_WORDS or (len(last) == 1 and last.isupper()) or last in _TAIL_TITLES):
            out.append(q)
            continue
        ss, se = q.speaker_start, q.speaker_end
        if ss < 0 or spk[-1] == "." or text[ss:se] != spk or (low not in _TAIL_WORDS and last == spk):
            out.append(q)  # (not a mention as written; an initial or title alone is left as it is)
            continue
        own = (q.mention_start, q.mention_end) == (ss, se) and q.cue_start >= se
        gap = text[se:q.cue_start] if own else None
        if own and gap == " " and low == "to" and last == "to":
            if q.kind == "indirect":
                continue  # an infinitive: "Rooney's decision to oppose both articles" reports nobody's words
            out.append(q._replace(**_NO_SPEAKER))
            continue  # (quoted words stay a quote, with no speaker)
        if own and low in _TAIL_BE and last.islower() and _TAIL_GAP_RE.fullmatch(gap) is not None:
            cue = text[q.cue_start:q.cue_end].lower()
            if cue.endswith("ed") or cue in _PARTICIPLES:
                if cue in _PASSIVE_NO_SPEECH and q.kind == "indirect":
                    continue
                if text.startswith(" by ", q.cue_end):
                    # the agent is the speaker: "The patients were told by doctors that ..."
                    e = _np_end(text, q.cue_end + 3)
                    out.append(_speaker_at(text, q, q.cue_end + 4, e) if e > 0 else q)
                    continue
                out.append(q._replace(**_NO_SPEAKER))
                continue
        if (ss, se) not in spans:
            spans[ss, se] = _tail_span(text, q.speaker, ss, se)
        new = spans[ss, se]
        if new is None:
            out.append(q._replace(**_NO_SPEAKER))
        elif new != (ss, se):
            out.append(_speaker_at(text, q, *new))
        else:
            out.append(q)
    return out


def _tail_span(text: str, speaker: str, ss: int, se: int) -> tuple[int, int] | None:
    """The mended span of the speaker mention ``text[ss:se]`` (see :func:`_speaker_tails`): the same span when it
    needs nothing, ``None`` when it is no speaker."""
    found = list(_NONSPACE_RE.finditer(speaker))
    words = [m.group() for m in found]
    last = words[-1]
    low = last.lower()
    if len(words) > 1 and ((len(last) == 1 and last.isupper()) or last in _TAIL_TITLES):
        # a middle initial or an abbreviation cut from the name after it: "John A. Boehner", "the St. Louis police"
        m = _INITIAL_SURNAME_RE.match(text, se)
        if m is None:
            return (ss, se)
        e = _np_end(text, m.end(1)) if last in _TAIL_TITLES else -1  # ("St. Louis Police Department")
        return (ss, max(e, m.end(1)))
    if len(words) == 1 and low in _LONE_NOT_SPEAKERS:
        return None
    if low in _TAIL_OPEN or (low in _DETERMINERS and len(words) > 1 and last.islower()):
        if not last.islower() and len(words) > 1:
            return (ss, se)  # "National Journal The": a capitalised word, not a cut-off phrase
        # a verb inside the mention ran it past its noun phrase: "a senior security official told the"
        k = next((k for k in range(1, len(words)) if words[k] in _TAIL_INNER), 0)
        if k:
            return (ss, ss + found[k - 1].end())
        if low not in _TAIL_PREPS and len(words) > 1 and words[-2].lower() not in _PREPS \
                and words[-2].lower() not in _TAIL_PREPS and words[-2].lower() not in _DETERMINERS:
            return (ss, se)  # a verb's object begins ("His action unleashed a"): no noun phrase to finish
        e = _np_end(text, se)
        return (ss, e) if e > 0 else (ss, se)
    if low in _TAIL_AFTER and last.islower():
        k = len(words)
        while k > 0 and (words[k - 1].lower() in _TAIL_AFTER or words[k - 1] in _TAIL_LEFT):
            k -= 1  # ("the administration to not", "a claim he did not")
        return (ss, ss + found[k - 1].end()) if k else None
    return (ss, se)



# (round 45) a party tag in apposition after a name, taken as the speaker: "Sen. Orrin Hatch, R-Utah, said", "Rep. Tom
# Graves, Georgia Republican, ...", "Sen. Claire McCaskill, a Missouri Democrat backing ..., said"
_PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.]*|(?:an? )?(?:[A-Z][a-z]+ ){1,2}(?:Republican|Democrat)")
_NAME_BEFORE_TAG_RE = re.compile(r"((?:[A-Z][\w'’-]+\.?|[A-Z]\.)(?: (?:[A-Z][\w'’-]+\.?|[A-Z]\.)){1,5}), \Z")
_TAG_OPENERS = frozenset("but and or so yet then house senate u.s. state".split())  # before the title, no name


# (round 47) the head of a capitalised name that "for", "of" or "on" joins, right before a speaker mention that is its
# tail: "Center for | Policy Integrity", "High Commissioner for | Refugees", "Adviser for Communications | Ben Rhodes"
# (the words up to the preposition; the lazy run makes the search take the longest head)
_NAME_HEAD_RE = re.compile(
    r"(?<![\w’'.&-])((?:[A-Z][\w’'&.-]*[ \t]+)(?:(?:[A-Z][\w’'&.-]*|of|for|on|the|de)[ \t]+)*?)"
    r"(for|of|on)(?:[ \t]+the)?[ \t]+\Z")
# (round 47) a title and its "of (the)" opening the head of a name ("CEO of the " in "CEO of the Alliance for")
_TITLE_OF_RE = re.compile(r"[\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]*)*?[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+")
#: (round 47) the last word of a company's name ("American Media Inc"): no person
_COMPANY_ENDS = frozenset("inc corp co ltd llc plc group holdings".split())
# (round 47) a capitalised first name right before a name that opens with an initial ("Michael " before "J. Moore")
_INITIAL_BEFORE_RE = re.compile(r"(?<![\w’'.-])[A-Z][a-z][\w’'-]*[ \t]+\Z")
#: (round 47) the bodies whose names go on with "on": "Council on Foreign Relations", "Agency for Research on Cancer"
_ON_HEADS = frozenset("council committee commission conference center centre institute agency panel board research "
                      "forum group".split())
#: (round 47) a word before "of" that makes a share or a member of the name after it, not the head of one name: "One of
#: Salas's neighbours", "Some of Trump's aides"
_NOT_NAME_HEADS = frozenset("""one two three four five some many most all both each several few none any much part
    members member leaders leader friends friend supporters critics""".split())


def _name_heads(text: str, quotes: list[Quote]) -> list[Quote]:
    """Speakers that are the tail of a capitalised name joined by "for", "of" or "on" (round 47), taken with the name's
    head: "Center for Policy Integrity" (not "Policy Integrity"), "UN High Commissioner for Refugees" (not
    "Refugees"), "The Duke of Sussex" (not "Sussex"); a title and its office then give the person after them ("Deputy
    National Security Adviser for Communications Ben Rhodes": "Ben Rhodes"). Not across a sentence end, nor after a
    share or a group of members ("One of Salas's neighbours", "Supporters of Ann Lee").

    >>> t = 'Research by the Center for Policy Integrity at the university found it was late.'
    >>> q = Quote(60, 80, t[60:80], "indirect", "Policy Integrity", 27, 43, "found", 54, 59, 27, 43)
    >>> [x.speaker for x in _name_heads(t, [q])]
    ['Center for Policy Integrity']
    >>> t = "Deputy National Security Adviser for Communications Ben Rhodes said it was over."
    >>> q = Quote(68, 79, t[68:79], "indirect", "Communications Ben Rhodes", 37, 62, "said", 63, 67, 37, 62)
    >>> [x.speaker for x in _name_heads(t, [q])]
    ['Ben Rhodes']
    """
    out = quotes
    for i, q in enumerate(quotes):
        ss, se = q.speaker_start, q.speaker_end
        if ss < 6 or not q.speaker[:1].isupper() or text[ss - 1] not in " \t" or text[ss - 4:ss - 1] not in (
                "for", " of", " on", "the"):
            continue  # (most speakers: the word before is no preposition)
        hm = _NAME_HEAD_RE.search(text, max(0, ss - 80), ss)
        if hm is None:
            continue
        words = hm.group(1).split()
        if hm.group(2) == "on" and words[-1].lower() not in _ON_HEADS:
            continue  # ("Council on American-Islamic Relations", not "Trump on Twitter", "Baghouz on Saturday")
        if words[-1].lower() in _NOT_NAME_HEADS or (words[0].lower() in _NOT_NAME and words[0] != "The") or any(
                w.endswith(".") and not _DOTTED_RE.fullmatch(w[:-1]) and w.lower().rstrip(".") not in _TITLES
                and w.lower().rstrip(".") not in _ABBREV for w in words):
            continue  # (a share or members; no sentence end inside: "... in Syria. One of the")
        a = hm.start(1)
        k = next((x for x, w in enumerate(words) if w in ("of", "for")), len(words))
        if 2 <= k <= 3 and k < len(words) and (words[0].lower() in _MALE_FIRST or words[0].lower() in _FEMALE_FIRST):
            # a person of a body: "Michael Stoops of the National Coalition for | the Homeless": the person
            e = a + len(" ".join(words[:k]))
            if text[a:e] == " ".join(words[:k]):
                if out is quotes:
                    out = list(quotes)
                out[i] = _speaker_at(text, q, a, e)
                continue
        tail = _titled_tail(text, a, se)
        if tail is not None and any((lw := w.lower().rstrip(".,")) in _ORG_WORDS or lw in _COMPANY_ENDS
                                    for w in text[tail[0]:tail[1]].split()):
            tail = None  # (a body, not a person after the title: "CEO of American Media Inc")
        if tail is None and words[0].lower().rstrip(".") in _TITLES | _ROLE_WORDS:
            # a title opens the head: "the CEO of | American Media Inc", "CEO of the Alliance for | Automotive
            # Innovation": the body's name after the title's "of" (none when the title alone is the head)
            om = _TITLE_OF_RE.match(text, a, hm.end())
            if om is None or om.end() >= hm.end():
                continue
            a = om.end()
        if tail is not None and text[tail[0] + 1:tail[0] + 3] == ". " \
                and (m0 := _INITIAL_BEFORE_RE.search(text, max(a, tail[0] - 20), tail[0])) is not None:
            tail = (m0.start(), tail[1])  # the first name before a middle initial: "Michael J. Moore", not "J. Moore"
        if out is quotes:
            out = list(quotes)
        out[i] = _speaker_at(text, q, *(tail if tail is not None else (a, se)))
    return out


def _party_tags(text: str, quotes: list[Quote]) -> list[Quote]:
    """A speaker that is only a party tag in apposition after a name ("Sen. Orrin Hatch, R-Utah, said", "Sen. Ann
    Lee, a Missouri Democrat backing the bill, said"), taken at the name, its title left out. A tag with no name just
    before it ("the Ohio Republican said") stays: a description, as the labels keep it.

    >>> t = '"We need it," Sen. Orrin Hatch, R-Utah, top Republican on the panel, said.'
    >>> q = extract_quotes(t)[0]
    >>> [x.speaker for x in _party_tags(t, [q._replace(speaker="R-Utah", speaker_start=t.index("R-"),
    ...     speaker_end=t.index("R-") + 6, mention_start=t.index("R-"), mention_end=t.index("R-") + 6)])]
    ['Orrin Hatch']
    """
    spans: dict[tuple[int, int], tuple[int, int] | None] = {}
    out = []
    for q in quotes:
        ss, se = q.speaker_start, q.speaker_end
        if ss > 2 and text[ss - 2:ss] in (", ", "a ", "n ") and _PARTY_TAG_RE.fullmatch(q.speaker) is not None \
                and text[ss:se] == q.speaker:
            if (ss, se) not in spans:
                spans[ss, se] = _name_before_tag(text, ss)
            new = spans[ss, se]
            if new is not None:
                q = _speaker_at(text, q, *new)
        out.append(q)
    return out


def _name_before_tag(text: str, ss: int) -> tuple[int, int] | None:
    """The span of the name just before the apposed tag at ``ss`` ("Sen. Orrin Hatch, " -> "Orrin Hatch"), or None."""
    b = ss
    if text.startswith(("a ", "an "), b) or text[b - 2:b] in ("a ", "n "):
        b = text.rfind(", ", 0, ss)  # "Ann Lee, a Missouri Democrat" (the article is part of the tag or before it)
        if b < 0 or ss - b > 5:
            return None
        b += 2
    m = _NAME_BEFORE_TAG_RE.search(text, max(0, b - 60), b)
    if m is None:
        return None
    a, e = m.span(1)
    words = m.group(1).split(" ")
    # the name follows the last title ("Senate Judiciary Chairman Lindsey Graham", "After Sen. Klobuchar"); with no
    # title, openers are dropped and two words at least make a name (one capitalised word may be a place)
    titled = [k for k, w in enumerate(words) if w.lower().rstrip(".") in _ABBREV or w.lower() in _TITLES]
    k = titled[-1] + 1 if titled else 0
    while not titled and k < len(words) and words[k].lower() in _TAG_OPENERS:
        k += 1
    if len(words) - k < (1 if titled else 2):
        return None
    return a + sum(len(w) + 1 for w in words[:k]), e

# a masthead shortened after its full name ("the Post", "The Times")
_SHORT_MASTHEAD_RE = re.compile(r"[Tt]he (Post|Times|Journal|Globe|Tribune|Herald|Chronicle|Inquirer|Gazette|Telegraph)")

_PIC_LINK_RE = re.compile(r"[ \t]*(?:pic\.twitter\.com/\w+|https?://\S+)?[ \t]*\Z")


def _embedded_tweets(text: str, quotes: list[Quote]) -> list[Quote]:
    """Add the text of an embedded tweet that no quote covers (a paragraph ending in "— Ida Holm (@idaholm) May 4,
    2019", hard case 11 of the labels): a direct quote without a cue, the account holder's.

    >>> t = "Flags flew low.\\n\\nWe grieve with the families tonight. — Ida Holm (@idaholm) May 4, 2019"
    >>> [(q.text, q.kind, q.speaker) for q in _embedded_tweets(t, [])]
    [('We grieve with the families tonight.', 'direct', 'Ida Holm')]
    """
    added, dropped = [], set()
    for m in _TWEET_SIGNATURE_RE.finditer(text):
        if not m.group(1).strip():
            continue
        ps = text.rfind("\n", 0, m.start()) + 1
        while ps > 4 and text.startswith("\n\n\n\n", ps - 4) and m.start() - text.rfind("\n", 0, ps - 4) < 600:
            # a tweet of several paragraphs: the embed sets them apart by three blank lines or more
            ps = text.rfind("\n", 0, ps - 4) + 1
        lk = _PIC_LINK_RE.search(text, ps, m.start())
        e = lk.start() if lk is not None else m.start()
        b = ps
        while b < e and text[b] in " \t\"“”'‘’":
            b += 1
        while e > b and text[e - 1] in " \t\"“”'‘’":
            e -= 1
        a, c = m.span(1)
        inner = [i for i, q in enumerate(quotes) if q.start < e and b < q.end]
        if inner and all(b <= quotes[i].start and quotes[i].end <= m.start() and quotes[i].speaker == text[a:c]
                         for i in inner) and not any(quotes[i].start <= b and quotes[i].kind == "direct" for i in inner):
            # only the account holder's own words found inside ("... we discussed your bias", '... shout "freedom"'):
            # the whole tweet is the row (but a tweet that opens with a quote is that quote: '"We grieve," I wrote.')
            dropped.update(inner)
        elif e - b < 12 or inner:
            continue  # (a quote in it already: its speaker is the account holder, :func:`_tweet_authors`)
        added.append(Quote(b, e, text[b:e], "direct", text[a:c], a, c, "", -1, -1, a, c))
    if dropped:
        quotes = [q for i, q in enumerate(quotes) if i not in dropped]
    return sorted(quotes + added, key=attrgetter("start", "end")) if added else quotes


# a turn label opening a paragraph of a broadcast transcript: a name in capitals (a title, a role after a comma, a
# "[translated]" note allowed), a colon: "JOHN DOE: ...", "GEN. ANN ROE: [translated] ...", "JO LEE, CNN ANCHOR: ..."
_TURN_LABEL = (r"([A-Z][A-ZÀ-ÖØ-Þ.'’-]*(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]*){0,3})(?:, [A-Z][A-Z .'’()-]{1,40})?:[ \t]+"
               r"(?:\[[a-z ]+\][ \t]*)?(?=\S)")
_TURN_LABEL_RE = re.compile(_TURN_LABEL)  # at the text's start
# after a line break: the pattern opens with a literal, which the regex engine finds in C (a "^" in MULTILINE mode
# is tried at every position)
_TURN_LABEL_NEXT_RE = re.compile("\n" + _TURN_LABEL)
_NEXT_CAP_RE = re.compile(r" [A-Z]|[\w-]")  # another capitalised word (or more letters) after a name
_NOT_TRANSCRIPT_LABELS = _NOT_TRANSCRIPT | _PAGE_LABELS
_TRANSCRIPT_HEAD = 1000  # the first turn label of a transcript within this many characters of the text's start
_ANONYMOUS_LABELS = frozenset("unidentified unknown announcer narrator".split())


def _introduced_guest(text: str, name: str) -> bool:
    """The capitalised turn label ``name`` ("JO LEE") is written elsewhere in mixed case ("Jo Lee") and never after
    "I'm" in its sentence ("I'm Amy Host, with Jo Lee": the hosts)."""
    found = False
    for m in re.finditer(re.escape(name), text, re.IGNORECASE):
        w = m.group()
        if w.isupper() or not all(x[:1].isupper() for x in w.split()) or _NEXT_CAP_RE.match(text, m.end()):
            continue  # the label itself, lower-case words ("audience member"), part of a longer name
        pre = text[max(0, m.start() - 80):m.start()]
        pre = pre[max(pre.rfind(". "), pre.rfind("\n")) + 1:]
        if "I’m " in pre or "I'm " in pre:
            return False
        found = True
    return found


def _transcript_turns(text: str, quotes: list[Quote]) -> list[Quote]:
    """A broadcast transcript (four turn labels or more, two speakers or more): each guest's or clip's turn is one
    direct row, from the label to the next turn (paragraphs without a label continue it), speaker the label, no
    cue; reports inside it are not rows of their own (hard case 9). A host's turn is narration: no row for the
    turn, the reports inside it kept. A host is a label whose full name is not written in mixed case elsewhere
    in the text (guests and clips are introduced by name: "Joining us is Jo Lee.") or stands in the hosts'
    introduction ("I'm Jo Lee, with Al Roe"); a surname label alone ("LEE:") is a guest's when the guest's full
    label came first; an "UNIDENTIFIED" speaker is a guest without a name. Only when the first label stands
    near the top of the text (an article quoting a few exchanges further down is read as usual) and some label
    is a person named in the text (not the field labels of a list, "TARGET: ...").

    >>> t = ("ANN HOST: Joining us is Bo Guest.\\n\\nBO GUEST: Thanks.\\n\\nANN HOST: Why?\\n\\n"
    ...      "BO GUEST: It spread, and officials said it was over.\\n\\nIt got worse.")
    >>> [(q.text, q.speaker) for q in extract_quotes(t) if q.kind == "direct"]
    [('Thanks.', 'BO GUEST'), ('It spread, and officials said it was over.', 'BO GUEST')]
    """
    first = _TURN_LABEL_RE.match(text)
    labels = [m for m in chain([first] if first else [], _TURN_LABEL_NEXT_RE.finditer(text))
              if m.group(1).split()[0].rstrip(".").lower() not in _NOT_TRANSCRIPT_LABELS]
    if len(labels) < 4 or labels[0].start(1) > _TRANSCRIPT_HEAD or len({m.group(1) for m in labels}) < 2:
        return quotes  # (turn labels from near the top: not an article quoting a few exchanges further down)
    turns = []  # (label start, content start, content end, speaker start, speaker end, guest, anonymous)
    named = 0
    known: dict[str, bool] = {}
    for x, m in enumerate(labels):
        words = m.group(1).split()
        first = words[0].rstrip(".").lower()
        anonymous = first in _ANONYMOUS_LABELS
        k = 0
        while k < len(words) - 1 and words[k].rstrip(".").lower() in _TITLES:
            k += 1  # "GEN. ANN ROE": the name after the title
        name = " ".join(words[k:])
        if anonymous:
            guest = True
        elif len(words) - k >= 2:
            guest = known.get(name)
            if guest is None:
                guest = _introduced_guest(text, name)
                known[name] = guest
                if guest:
                    known[words[-1]] = True  # "JO LEE:" then "LEE:"
        else:
            guest = known.get(name, False)  # a surname alone: the guest's when their full label came first
        named += guest and not anonymous
        if x + 1 < len(labels):
            e = labels[x + 1].start(1)
        else:
            e = text.find("\n", m.end())
            e = len(text) if e < 0 else e
        while e > m.end() and text[e - 1].isspace():
            e -= 1
        ss = m.start(1) + len(" ".join(words[:k])) + (1 if k else 0)
        turns.append((m.start(1), m.end(), e, ss, m.start(1) + len(m.group(1)), guest, anonymous))
    if not named:
        return quotes  # no label is a person named in the text: the field labels of a list ("TARGET: ...")
    starts = [t[0] for t in turns]
    out = []
    for q in quotes:
        i = bisect_right(starts, q.start) - 1
        if i >= 0 and q.start <= turns[i][2]:
            ls, cs, ce, _, se, guest, _ = turns[i]
            if guest or (ls <= q.cue_start <= cs):
                continue  # inside a guest's turn, or the host's turn itself
        out.append(q)
    for _, cs, ce, ss, se, guest, anonymous in turns:
        if guest and ce > cs:
            sp = ("", -1, -1) if anonymous else (text[ss:se], ss, se)
            out.append(Quote(cs, ce, text[cs:ce], "direct", *sp, "", -1, -1, sp[1], sp[2]))
    out.sort(key=lambda q: (q.start, q.end))
    return out


# a finite verb, "that" or "as" in the reporter's words before a quoted fragment ('the goal was "...," X said')
_MIXED_VERB_RE = re.compile(r"\b(?:is|was|were|are|been|has|have|had|will|would|could|that|as|[a-z]{3,}ed)\b")
# a dateline opening the sentence ("CITY – "): not part of the reported clause
_DATELINE_RE = re.compile(r"[A-Z][A-Z.,' ]+ [–—-]+ ")
_WORD_START_RE = re.compile(r"(?<![\w'’-])[^\W\d_]")
# the unquoted words that continue a clause quoted after its cue ('said "..." inside a hall where ...')
_MIXED_TAIL_RE = re.compile(r"[\"”] (?:in|inside|at|on|after|before|during|near|because|when|while|from|outside)"
                            r" [a-z]")
_CLAUSE_END_RE = re.compile(r"[.!?][\"”’']?(?:\s|$)|\n")


def _mixed_fragments(text: str, quotes: list[Quote], sents: list, starts: list[int]) -> list[Quote]:
    """A quoted fragment inside the reporter's own clause is one mixed (indirect) row for the whole clause.

    * ``The goal was "safety first," the chief said.``: reporter words with a verb (four words or more)
      before the quote, a cue after it: the clause from the sentence start (a dateline left out).
    * ``He said "a bomb went off" inside the hall.``: the quote right after its cue, continued by unquoted
      words (a preposition or conjunction after the closing mark): the clause on to the sentence end.

    >>> t = 'The aim was "to save lives," the chief said.'
    >>> [(q.kind, q.text) for q in extract_quotes(t)]
    [('indirect', 'The aim was "to save lives')]
    """
    out = []
    for q in quotes:
        if q.kind == "direct" and q.start > 0:
            if q.cue_start >= q.end and q.cue_start - q.end < 80 and text[q.start - 1] in '"“' \
                    and text.find("\n", q.end, q.cue_start) < 0:
                i = bisect_right(starts, q.start - 1) - 1
                if i >= 0:
                    s = sents[i].start
                    m = _DATELINE_RE.match(text, s, q.start)
                    if m:
                        s = m.end()
                    pre = text[s:q.start - 1]
                    if pre[:1].isupper() and pre.rstrip()[-1:] not in "—–-," and "\n" not in pre and ":" not in pre and not _QUOTE_FAST_RE.search(pre) \
                            and len(_WORD_START_RE.findall(pre)) >= 3 and _MIXED_VERB_RE.search(pre):
                        q = q._replace(start=s, text=text[s:q.end], kind="indirect")
            elif 0 <= q.cue_end <= q.start and q.start - q.cue_end <= 3 and _MIXED_TAIL_RE.match(text, q.end):
                m = _CLAUSE_END_RE.search(text, q.end + 2)
                e = m.start() if m else len(text)
                if e - q.end < 300 and not _QUOTE_FAST_RE.search(text, q.end + 1, e):
                    q = q._replace(end=e, text=text[q.start:e], kind="indirect")
        out.append(q)
    return out


_CONTINUED_WINDOW = 200  # characters from a quote's trailing cue to the next quote that continues it
_CONTINUED_RE = re.compile(r"[.!?][ \t]+[\"“]\Z")  # the sentence of the cue ends right before the next quote opens


def _join_split_quotes(text: str, quotes: list[Quote]) -> list[Quote]:
    """One quote for a direct quote split by its own cue in one paragraph ('"A," she said, "B."'), hard case 1.

    >>> t = '"We ran," she said on Monday, "and we hid."'
    >>> [q.text for q in extract_quotes(t)]
    ['We ran," she said on Monday, "and we hid.']
    """
    out: list[Quote] = []
    for q in quotes:
        p = out[-1] if out else None
        if p is not None and q.kind == "direct" and p.kind == "direct" and p.cue_start >= 0 \
                and p.end <= p.cue_start and (q.cue_start == p.cue_start and q.cue_end <= q.start or (
                    # '"A," she said at a hearing. "B."': the cue-less quote after the sentence of the cue (the
                    # same paragraph) continues the quote
                    q.cue_start < 0 and q.start - p.cue_end < _CONTINUED_WINDOW
                    and _CONTINUED_RE.search(text, p.cue_end, q.start) is not None)) \
                and text.find("\n", p.end, q.start) < 0:
            out[-1] = p._replace(end=q.end, text=text[p.start:q.end])
            continue
        out.append(q)
    return out
