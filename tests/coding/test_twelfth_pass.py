"""Twelfth generalisation pass (2026-11-30, issue #3), each construction on sentences written for it (never dev
or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import best, label, pairs, reparsing
from coder_helpers import check as _check

from detente.coding.asides import agent_phrase
from detente.coding.coder import Coder
from detente.model import CodedEvent, Document
from detente.nlp.names import korean_given_name
from detente.nlp.registry import ActorRegistry


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # what a speaker tells its addressee it will do outranks the telling
        ("The Tamil Tigers told Norwegian mediators on Friday that they were ready to resume talks in Oslo.",
         "The Tamil Tigers", "Norwegian", "AGREE"),
        # troops flown or shipped somewhere are sent
        ("Senegal began airlifting 500 soldiers to Gambia on Friday.", "Senegal", "Gambia", "MOBILIZE"),
        ("Chad flew 400 troops to Mali to reinforce the French operation.", "Chad", "Mali", "MOBILIZE"),
        # hitting someone with sanctions or a fine
        ("Washington hit three Venezuelan officials with sanctions on Friday.", "Washington",
         "three Venezuelan officials", "COERCE"),
        ("The EU slapped Belarus with a new round of sanctions.", "The EU", "Belarus", "COERCE"),
        # conditions met are conceded, not a meeting
        ("Kenya met the conditions set by the IMF for the next tranche.", "Kenya", "the IMF", "YIELD"),
        # a protest's participle demand is the protest's message
        ("Hundreds of Bolivian miners marched through La Paz demanding higher wages from the government.",
         "Bolivian miners", "the government", "PROTEST"),
        # branding is labelling, however the label parses
        ("The Iranian president branded the Israeli government terrorists.", "The Iranian president",
         "the Israeli government", "ACCUSE"),
        # a reported party that bears responsibility is blamed
        ("Baku said Yerevan bore full responsibility for the shelling of Ganja.", "Baku", "Yerevan", "ACCUSE"),
        # doses received from someone are that giver's aid ("doses" lemmatised as "dos")
        ("Laos received 200,000 doses of the Sinovac vaccine from Vietnam on Friday.", "Vietnam", "Laos", "AID"),
        # a headline's passive without its auxiliary, with the agent last
        ("Opposition leader Kem Sokha arrested in Phnom Penh by Cambodian police", "Cambodian police", "Kem Sokha",
         "COERCE"),
        ("Veteran journalist Pham Doan Trang detained in Hanoi by Vietnamese security police",
         "Vietnamese security police", "Pham Doan Trang", "COERCE"),
        # a passive hit with sanctions: the sanctions' own event names who imposed them
        ("Syria was hit with new Canadian sanctions.", "Canadian", "Syria", "COERCE"),
    ],
)
def test_twelfth_pass_constructions(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_telling_ranks_below_the_promise(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Tamil Tigers told Norwegian mediators on Friday that they were ready to resume talks in Oslo.")
    told = [e for e in ev if e.trigger == "told" and e.target is not None and "mediators" in e.target.text]
    promise = best(ev, "The Tamil Tigers", "Norwegian")
    assert told and promise is not None and promise.trigger != "told", pairs(ev)
    assert all(t.confidence < promise.confidence for t in told), pairs(ev)
    # a plain report of someone else's act keeps the telling first
    ev = code("The minister told reporters that the rebels had attacked a convoy.")
    assert [e for e in ev if e.trigger == "told" and e.target is not None], pairs(ev)


def test_korean_given_names_stay_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    for name in ("Jae-in", "Ki-moon", "Yo-jong", "Suk-yeol", "Moo-hyun", "Kyung-wha", "Jae-myung"):
        assert korean_given_name(name), name
    for word in ("Anti-war", "Non-stop", "Pro-war", "Self-defence", "Al-Assad", "Build-up", "Cease-fire"):
        assert not korean_given_name(word), word
    doc = nlp("Moon Jae-in praised Kim Jong Un on Friday.")
    assert "Jae-in" in [t.text for t in doc]
    assert [t.text for t in nlp("Anti-war protesters marched.")][:3] == ["Anti", "-", "war"]


def test_a_korean_name_keeps_its_verb(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("South Korean President Moon Jae-in thanked Japanese Prime Minister Yoshihide Suga for the vaccines.")
    found = best(ev, "Moon Jae-in", "Yoshihide Suga")
    assert found is not None and label(found) == "SUPPORT", pairs(ev)


def test_an_agent_participle_before_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Turkish troops backed by tanks and warplanes crossed into northern Iraq on Friday."
    sent = next(iter(nlp(text).sents))
    span = agent_phrase(sent)
    assert span is not None and text[span[0] : span[1]] == "backed by tanks and warplanes"
    assert agent_phrase(next(iter(nlp("Turkish troops crossed into northern Iraq on Friday.").sents))) is None
    assert not _targeted_events(Coder(ActorRegistry()).code_doc(nlp(text), Document(text=text)))  # the parse's loss
    ev = reparsing(nlp, text)
    found = best(ev, "Turkish troops", "northern Iraq")
    assert found is not None and label(found) == "MOBILIZE", pairs(ev)


def _targeted_events(events: list[CodedEvent]) -> list[CodedEvent]:
    return [e for e in events if e.target is not None and e.confidence > 0.3]


@pytest.mark.parametrize(
    ("text", "source", "actor"),
    [
        ("A spokesman for Hamas criticised Israel on Sunday.", "A spokesman for Hamas", "PSEREBHMS"),
        ("A spokeswoman for the U.S. State Department criticised China.", "A spokeswoman", "USAGOV"),
        ("A spokesman for Pakistan's foreign office criticised India.", "A spokesman", "PAKGOV"),
        ("Soldiers of Ukraine shelled Russian positions near Bakhmut.", "Soldiers of Ukraine", "UKRMIL"),
    ],
)
def test_a_part_takes_its_bodys_code(code, text: str, source: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    """A role named for a body ("a spokesman for Hamas") is the body's, not the country it speaks about."""
    ev = code(text)
    found = [e for e in ev if e.source.text.startswith(source) and e.target is not None]
    assert found and found[0].source.code == actor, [(e.source.text, e.source.code) for e in ev]


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # refugees hosted, relief teams deployed, an act attributed to someone, resources misused
        ("Lebanon hosts more than a million Syrians who fled the civil war.", "Lebanon", "Syrians", "AID"),
        ("New Zealand deployed a disaster response team to Samoa after the earthquake.", "New Zealand", "Samoa",
         "AID"),
        ("Microsoft attributed the cyberattack to Russian military intelligence.", "Microsoft",
         "Russian military intelligence", "ACCUSE"),
        ("The auditor said the governor had misused disaster funds.", "The auditor", "the governor", "ACCUSE"),
    ],
)
def test_twelfth_pass_aid_and_blame(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


@pytest.mark.parametrize(
    ("text", "source", "actor"),
    [
        ("Mossad agents seized the courier in Dubai.", "Mossad agents", "ISRSPY"),
        ("FBI agents detained the hacker in Miami.", "FBI agents", "USACOP"),
        ("The CIA trained rebel fighters in Jordan.", "The CIA", "USASPY"),
    ],
)
def test_national_agencies_and_their_people(code, text: str, source: str, actor: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    found = [e for e in ev if e.source.text == source and e.target is not None]
    assert found and found[0].source.code == actor, [(e.source.text, e.source.code) for e in ev]


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a plural subject's base-form verb in a title-case headline
        ("Police in Lagos Arrest Opposition Leader Omoyele Sowore", "Police", "Omoyele Sowore", "COERCE"),
        ("Sudanese Authorities Free Opposition Leader Yasir Arman on Monday", "Sudanese Authorities",
         "Yasir Arman", "YIELD"),
        # a verb of a rule, not of the lexicon's tables
        ("Venezuelan President Nicolas Maduro Brands Opposition Leaders Traitors at a Rally in Caracas",
         "Venezuelan President", "Opposition Leaders", "ACCUSE"),
        # a group's name kept whole; a role phrase lower-cased whole; a verb before a participle
        ("Iran's Revolutionary Guards Warn Washington of a Crushing Response", "Revolutionary Guards",
         "Washington", "THREATEN"),
        ("The Greek Coast Guard Intercepts 300 Migrants Off Lesbos", "Coast Guard", "300 Migrants", "COERCE"),
        ("The Red Crescent Evacuates Wounded Civilians from Eastern Ghouta", "The Red Crescent",
         "Wounded Civilians", "AID"),
        ("Canada Expresses Strong Support for Ukraine at the G7 Summit", "Canada", "Ukraine", "SUPPORT"),
    ],
)
def test_title_case_headlines(nlp, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = reparsing(nlp, text)
    found = best(ev, source, target)
    assert found is not None and label(found) == plover, pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # praise denied is blame, aimed at whose affair it is
        ("Canberra said the vote in Fiji was neither free nor fair.", "Canberra", "Fiji"),
        ("London said the decision by Tehran was unjustified and excessive.", "London", "Tehran"),
        ("Seoul said Pyongyang had flouted the military agreement.", "Seoul", "Pyongyang"),
    ],
)
def test_reported_blame(code, text: str, source: str, target: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    found = best(ev, source, target)
    assert found is not None and label(found) == "ACCUSE", pairs(ev)


def test_praise_kept_is_no_blame(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Canberra said the vote in Fiji was free and fair.")
    assert not [e for e in ev if e.cameo.startswith("11")], pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a passive ditransitive's agent hung on its second object
        ("Ghana was granted a $3 billion loan by the IMF.", "the IMF", "Ghana", "AID"),
        # a sentence handed down is a sentencing
        ("A Tehran court handed the rapper a six-year sentence.", "A Tehran court", "the rapper", "COERCE"),
        ("The activist was handed a ten-year jail term by a court in Minsk.", "a court", "The activist", "COERCE"),
    ],
)
def test_twelfth_pass_passives_and_sentences(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_no_act_inside_a_known_name(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Committee to Protect Journalists condemned the arrest of the editor by Azerbaijani police.")
    assert not [e for e in ev if e.trigger == "Protect"], pairs(ev)
    assert [e for e in ev if e.trigger == "condemned"], pairs(ev)


def test_an_occasion_ranks_below_the_act(code) -> None:  # type: ignore[no-untyped-def]
    """The noun of a phrase of time whose pair comes from the main clause ranks below the main act; a party
    named in the phrase keeps its rank."""
    ev = code("After three days of talks, the Malian junta expelled the French ambassador.")
    found = best(ev, "the Malian junta", "the French ambassador")
    assert found is not None and found.trigger == "expelled", pairs(ev)
    ev = code("After talks with Macron, Scholz praised the French plan.")
    assert best(ev, "Scholz", "Macron") is not None and best(ev, "Scholz", "Macron").trigger == "talks", pairs(ev)  # type: ignore[union-attr]


def test_a_linked_participle_before_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    """A "to"/"with" participle is blanked like a "by" one, across a hyphenated name."""
    text = "Before dawn, militants linked to al-Shabaab abducted six aid workers near Mandera."
    span = agent_phrase(next(iter(nlp(text).sents)))
    assert span is not None and text[span[0] : span[1]] == "linked to al-Shabaab"
    ev = reparsing(nlp, text)
    found = best(ev, "militants", "six aid workers")
    assert found is not None and label(found) == "ASSAULT", pairs(ev)


def test_a_reference_filed_against_someone(code) -> None:  # type: ignore[no-untyped-def]
    _check(code, "The anti-graft bureau filed a corruption reference against the former prime minister.",
           "The anti-graft bureau", "the former prime minister", "ACCUSE")
