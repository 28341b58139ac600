"""Tests for coverage.quotes round 47, written from the speakers of the first 3,000 ABP rows (no labelled set): a speaker
mention that is the tail of a capitalised name joined by "for", "of" or "on" is taken with the name's head ("United
Nations High Commissioner for Refugees", not "Refugees"); a title and its office before a person give the person
("Deputy Assistant Secretary for Diplomatic Security Charlene Lamb": "Charlene Lamb"); a person of a body is the person
("Michael Stoops of the National Coalition for the Homeless": "Michael Stoops").
"""

from __future__ import annotations

from coverage.quotes import Quote, _name_heads, extract_quotes


def speakers(text: str) -> list[str]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_head_of_a_body_named_with_for_or_on():
    # before: "Refugees", "Cancer"
    t = "On Wednesday, the United Nations High Commissioner for Refugees urged Europe to make changes."
    assert speakers(t) == ["United Nations High Commissioner for Refugees"]
    t = ("In 2015 the International Agency for Research on Cancer, the World Health Organisation's cancer agency, "
         "concluded that it was probably carcinogenic.")
    assert speakers(t) == ["International Agency for Research on Cancer"]


def test_a_title_and_its_office_give_the_person():
    # before: "Diplomatic Security Charlene Lamb", "Middle District of Georgia Michael J. Moore"
    t = ("Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb testified in October that the "
         "staff was enough.")
    assert speakers(t) == ["Charlene Lamb"]
    t = ("Former U.S. Attorney for the Middle District of Georgia Michael J. Moore maintains that the video has no "
         "bearing.")
    assert speakers(t) == ["Michael J. Moore"]


def test_a_person_of_a_body_is_the_person():
    # before: "Homeless"
    t = "Michael Stoops of the National Coalition for the Homeless says there is no one city doing everything right."
    assert speakers(t) == ["Michael Stoops"]


def test_the_pass_on_its_own():
    t = "Research by the Center for Policy Integrity at the university found it was late."
    q = Quote(60, 80, t[60:80], "indirect", "Policy Integrity", 27, 43, "found", 54, 59, 27, 43)
    assert [(x.speaker, x.speaker_start) for x in _name_heads(t, [q])] == [("Center for Policy Integrity", 16)]


def test_near_misses_stay():
    # a title alone before the body is no head ("the CEO of American Media Inc"); "on" joins only a body's name
    # ("Trump on Twitter" is left as it was); a share before "of" is no head
    t = "Ann Lee, the CEO of American Media Inc, which owns the paper, denied it."
    q = Quote(69, 71, t[69:71], "indirect", "American Media Inc", 20, 38, "denied", 62, 68, 20, 38)
    assert _name_heads(t, [q]) == [q]
    assert speakers("Trump on Twitter praised the protesters.") == ["Twitter"]
    t = "One of Salas's neighbours said it was loud."
    q = Quote(31, 42, t[31:42], "indirect", "Salas's neighbours", 7, 25, "said", 26, 30, 7, 25)
    assert _name_heads(t, [q]) == [q]
