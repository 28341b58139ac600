"""Tests for framing lexicon 1.28.0 and religion rules 1.19.0: an ordinary-news round, written from the false positives of
the 40 development articles of ordinary ABP news (none about an attack), each rule naming the articles (``news-<ABP
id>``) it was written from: figurative and political uses of violence words (political attacks on a president, a
candidate or a plan, "went on the attack", a bill killed or hated, a threat to a presidency, divisive words and laws,
hate speech as policy, a ban on assault weapons, the media that "blast out" warnings, "explosive details", the "Panic of
2008", "criminal suspects", "worse than death", "a long shot"), idioms and procedure read as solidarity ("stages of
grief", "obstruction of justice", "aid and comfort", political donations, "a united Jerusalem", a "compassion deficit"),
"the armed group" (violence) and "read religiously" (no religious reference). The sentences are invented; each false
reading kept out comes back without its rule (the lexicon with its article held out), and the violent and mourning uses
of the same words are still counted."""

from __future__ import annotations

import pytest
from _matching import S, V, religion_frames, version_info
from _matching import frame_hits as _hits

from coverage.families.religion import ReligionRules
from coverage.lexicon import Lexicon, parse_provenance


def test_version_1280():
    assert version_info(Lexicon.default().version) >= (1, 28, 0)
    assert version_info(ReligionRules.default().version) >= (1, 19, 0)


@pytest.mark.parametrize(("text", "article"), [
    # political attacks on a person or a policy
    ("Critics spent the week attacking President Lopez on trade.", "news-0vjEswvfLW7PWNxb"),
    ("The magazine devoted years to attacking the president and his allies.", "news-0vjEswvfLW7PWNxb"),
    ("The columnist wrote fierce attacks on the governor's tax plan.", "news-2UcYPFdcGNoYJGJh"),
    ("Pollsters are testing new lines of attack against the mayor.", "news-183cheG6VXOgzXjw"),
    ("The governor went on the attack over the budget.", "news-183cheG6VXOgzXjw"),
    ("In Ohio the vice president attacked Romney on taxes.", "news-0vjEswvfLW7PWNxb"),
    # a bill killed or hated
    ("Lobbyists persuaded the committee to kill the legislation.", "news-2PGFfULQMQrs06vi"),
    ("The speaker killed the farm bill in June.", "news-2PGFfULQMQrs06vi"),
    ("Most senators hate the bill.", "news-0jSnCpucLwdA779V"),
    # a threat to a presidency, divisive words and laws, hate speech as policy
    ("The inquiry is the biggest threat to his presidency.", "news-1qqJejnZq57zU02N"),
    ("His divisive rhetoric dominated the campaign.", "news-0A3J5yQxO2fQ8ZZs"),
    ("Protests followed the divisive new land law.", "news-2ZiFu45cIlq7BWTM"),
    ("The charity will monitor hate speech online.", "news-2ZiFu45cIlq7BWTM"),
    # gun policy
    ("She backs a ban on assault weapons.", "news-0EV7NHc1Aje3iMwA"),
    # figurative and procedural uses
    ("Networks blast out warnings before every storm.", "news-29US2QZYGIFqemYb"),
    ("The memoir contains explosive details about the campaign.", "news-2hLy1cV6oGcBpPik"),
    ("Banks were blamed for the Panic of 2008.", "news-0tB9efycDGJCscLd"),
    ("The database tracks criminal suspects across states.", "news-1iYFRNCqTaWzZtkz"),
    ("For a senator, losing a seat is worse than death.", "news-08Ou0VLkq81samHW"),
    ("Her candidacy is a long shot.", "issue18"),
    ("Nurses gave him a flu shot.", "issue18"),
    # idioms and procedure read as solidarity
    ("Voters moved through the five stages of grief.", "news-08Ou0VLkq81samHW"),
    ("He was charged with obstruction of justice.", "news-1qqJejnZq57zU02N"),
    ("The rules will balance the scales of justice.", "news-2KMGmiHGVQXX7QZo"),
    ("He fled abroad to hide from justice.", "news-2hLy1cV6oGcBpPik"),
    ("The law forbids giving aid and comfort to an enemy.", "news-29US2QZYGIFqemYb"),
    ("Executives are donating to political groups in secret.", "news-2Jw4D8mP6ZS9jD9U"),
    ("Both sides claim a united Jerusalem as their capital.", "news-2OlGQi2XuPDQiHhY"),
    ("The party faces a compassion deficit with young voters.", "news-1PTC4Xj5GT4Vd2dl"),
])
def test_1280_false_readings_kept_out(text, article):
    assert _hits(text, counted_only=True) == []
    # ... and each comes back without the rules written from its article
    assert _hits(text, Lexicon.default(exclude_events={article}), counted_only=True) != []


@pytest.mark.parametrize(("text", "term", "counted_as"), [
    # the violent uses of the same words still count
    ("The gunman tried to kill the guard.", "kill", V),
    ("A man shot the guard twice.", "shot", V),
    ("Protesters attacked Trump supporters outside the rally.", "attacked", V),
    ("Rebels killed officer Bill Moss.", "killed", V),
    ("Militants were attacking the convoy at dawn.", "attacking", V),
    ("Police said he carried an assault weapon.", "assault", V),
    ("The blast shattered windows across the street.", "blast", V),
    ("An explosive device was found near the station.", "explosive", V),
    ("Panic spread through the crowd.", "panic", V),
    ("The suspects fled in a stolen car.", "suspects", V),
    ("The threat to the public is over.", "threat", V),
    ("He was driven by hate.", "hate", V),
    ("The Taliban armed group claimed the bombing.", "armed group", V),
    # and the mourning and compassion uses
    ("Thousands shared their grief at the vigil.", "grief", S),
    ("Relatives demanded justice for the victims.", "justice", S),
    ("Neighbours offered comfort to the families.", "comfort", S),
])
def test_1280_violent_uses_still_count(text, term, counted_as):
    assert any(t == term and c == counted_as and w > 0 for t, _, c, w in _hits(text, counted_only=True))


def test_1280_armed_group_held_out():
    s = "The armed group's leaders fled across the border."
    assert _hits(s, counted_only=True) == [("armed group", "attack", V, 1.0)]
    assert _hits(s, Lexicon.default(exclude_events={"news-1mtCFNoybUHljVf1"}), counted_only=True) == []


def test_1280_news_slugs_keep_their_capitals():
    # an ordinary-news article's slug is its ABP id, capitals and all
    assert parse_provenance(["news-2PGFfULQMQrs06vi"], "x", "<s>") == ("news-2PGFfULQMQrs06vi",)
    new = [e for e in Lexicon.default().entries if e.term == "armed group"]
    assert len(new) == 1 and new[0].provenance == ("news-1mtCFNoybUHljVf1",)


def test_1190_read_religiously():
    s = "His columns are read religiously by party members."
    assert religion_frames(s) == []
    assert religion_frames(s, ReligionRules.default(exclude_events={"news-2UcYPFdcGNoYJGJh"})) != []
    # a religious reference beside it still counts
    assert religion_frames("The mosque was attacked.") != []
