"""Tenth generalisation pass (2026-11-30, issue #3, study sets 12-14), each construction on sentences written
for it (never dev or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import best, label, pairs, reparsing
from coder_helpers import check as _check

from detente.coding.verbless import lost_verb, rewritten
from detente.knowledge.groups import lookup_group

# -- a verb the tagger lost in a noun phrase ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        ("Emir Tamim bin Hamad pardoned blogger Ahmed Mansour after a week of appeals.", "Emir Tamim bin Hamad",
         "blogger Ahmed Mansour", "YIELD"),
        ("A Lusaka magistrate charged opposition leader Hakainde Hichilema with treason.", "A Lusaka magistrate",
         "opposition leader Hakainde Hichilema", "ACCUSE"),
    ],
)
def test_lost_verb_is_found_on_a_marked_copy(nlp, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    sent = next(iter(doc.sents))
    verb = lost_verb(sent)
    if verb is None:  # the model read the verb as a verb this time: nothing to repair, the coder must still code it
        ev = reparsing(nlp, text)
    else:
        copy, (at, old_end, new_len) = rewritten(sent, verb)
        assert copy[at:].startswith("then " + verb.text) and old_end == at and new_len == len("then ")
        ev = reparsing(nlp, text)
    found = best(ev, source, target)
    assert found is not None and label(found) == plover, pairs(ev)
    assert text[found.source.start : found.source.end] == found.source.text  # offsets on the original text
    assert text[found.trigger_start : found.trigger_end] == found.trigger and "then" not in found.trigger


def test_a_sentence_with_a_verb_is_not_rewritten(nlp) -> None:  # type: ignore[no-untyped-def]
    sent = next(iter(nlp("The court charged the opposition leader with treason.").sents))
    assert lost_verb(sent) is None


# -- lexicon and argument rules --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a town NER takes for a person, taken by an armed group; a town retaken
        ("Jihadist fighters captured Gao after a two-day assault.", "Jihadist fighters", "Gao", "ASSAULT"),
        ("Government troops retook the town of Marawi from the militants.", "Government troops", "Marawi",
         "ASSAULT"),
        # people captured by rebels are taken hostage; by the police they are arrested
        ("Three aid workers were captured by rebels near the border.", "rebels", "Three aid workers", "ASSAULT"),
        ("Police captured the suspected smuggler in Lagos.", "Police", "the suspected smuggler", "COERCE"),
        # a quantity of a relief good sent is aid
        ("Japan sent three hundred tonnes of rice to North Korea.", "Japan", "North Korea", "AID"),
        ("The EU shipped a million doses of measles vaccine to Madagascar.", "The EU", "Madagascar", "AID"),
        # money handed to someone, hung by the parser on a place
        ("Saudi Arabia handed the government in Sanaa $200 million in cash.", "Saudi Arabia", "the government",
         "AID"),
        # a visit made as a stopover; hands shaken
        ("The Chinese premier made a brief stopover in Fiji.", "The Chinese premier", "Fiji", "CONSULT"),
        ("The Indian prime minister shook hands with his Pakistani counterpart in Kathmandu.",
         "The Indian prime minister", "his Pakistani counterpart", "CONSULT"),
        # a crowd rallying, whatever the parser made of the place or the time
        ("Thousands of Armenians rallied outside the government building against the prime minister.",
         "Armenians", "the prime minister", "PROTEST"),
        ("Hundreds of people rallied against the mayor of Tirana for a second weekend.", "people",
         "the mayor", "PROTEST"),
        # legalised, taken off a list (also in the passive, with the "by" hung on the list)
        ("The military government legalised the opposition party in 1990.", "The military government",
         "the opposition party", "YIELD"),
        ("Cuba was taken off the terror list by the Obama administration in 2015.", "the Obama administration",
         "Cuba", "YIELD"),
        # charges reinstated; a case dismissed "as" something is rejected; the label is no drill
        ("Prosecutors reinstated fraud charges against the former mayor.", "Prosecutors", "the former mayor",
         "ACCUSE"),
        ("The president dismissed the inquiry's findings as a political exercise.", "The president",
         "the inquiry", "REJECT"),
        # travel warnings, raised or given as advice against travel
        ("Britain raised its travel warning for Kenya after the attack.", "Britain", "Kenya", "SANCTION"),
        ("Kuwait advised its citizens against travelling to Iraq.", "Kuwait", "Iraq", "SANCTION"),
        # a platform blocked is censorship
        ("Turkey's telecom authority blocked Twitter after the vote.", "Turkey's telecom authority", "Twitter",
         "COERCE"),
        # quitting a post is resigning, quitting a bloc leaves it
        ("The finance minister quit the government over the budget row.", "The finance minister",
         "the government", "YIELD"),
        ("Guinea quit ECOWAS in protest at the sanctions.", "Guinea", "ECOWAS", "SANCTION"),
        # agreeing "with" someone; a counted group of powers
        ("North Korea agreed with five major powers to freeze its reactor.", "North Korea",
         "five major powers", "AGREE"),
        # an act completed is the act, under a report too
        ("Officials said Indonesia completed the withdrawal of its soldiers from Aceh.", "Indonesia", "Aceh",
         "YIELD"),
        ("The transfer of the tanks by Berlin to Kyiv, completed last week, angered Moscow.", "Berlin", "Kyiv",
         "AID"),
        # the instruments and hired hands of a body act for it; the doer of an act named as the subject
        ("Jets from the Arab coalition bombed the airport in Sanaa.", "Jets from the Arab coalition",
         "the airport", "ASSAULT"),
        ("The reopening of the border crossing by Egypt allowed Palestinian patients to travel to Cairo.", "Egypt",
         "Palestinian", "YIELD"),
        # a partitive of goods handed over; fighters handed back; a bloc left by the noun
        ("Ankara handed over the second of four drones to the Polish army.", "Ankara", "the Polish army", "AID"),
        ("Kyiv handed back 90 Russian soldiers after the talks.", "Kyiv", "90 Russian soldiers", "YIELD"),
        ("Hungary announced its withdrawal from the International Criminal Court.", "Hungary",
         "the International Criminal Court", "SANCTION"),
        # a record of a killing shared is information shared, not a killing
        ("Police shared video footage of the shooting of the protester with the Canadian embassy.", "Police",
         "Canadian", "COOPERATE"),
        # a request granted is a concession; troops cut are withdrawn, also when promised
        ("The tribunal granted a request by the opposition party to postpone the vote.", "The tribunal", "opposition",
         "YIELD"),
        ("Washington promised Seoul that it would cut the number of US troops in the country.", "Washington",
         "Seoul", "AGREE"),
        # a militia handing weapons to monitors disarms; a state handing rifles to an army gives aid
        ("Rebel fighters handed over 300 rifles to African Union monitors.", "Rebel fighters",
         "African Union monitors", "YIELD"),
        ("Britain handed over 40 rifles to the Kenyan army.", "Britain", "the Kenyan army", "AID"),
        # a raid by officials is a search; a legal status revoked is an administrative sanction
        ("Customs officials raided the offices of the opposition newspaper in Lusaka.", "Customs officials",
         "the offices", "COERCE"),
        ("The ministry revoked the licence of the independent broadcaster.", "The ministry",
         "the independent broadcaster", "COERCE"),
        # a person named like a month; a statement to someone that blames a third party
        ("Theresa May said Russia was responsible for the poisoning in Salisbury.", "Theresa May", "Russia",
         "ACCUSE"),
        ("The prime minister told parliament that Iran was responsible for the attack on the tanker.",
         "The prime minister", "Iran", "ACCUSE"),
        # troops sent to a UN mission are peacekeepers contributed
        ("Nepal sent a second battalion to UNMISS in South Sudan.", "Nepal", "UNMISS", "AID"),
    ],
)
def test_tenth_pass_constructions(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_troops_sent_near_a_bloc_stay_a_deployment(code) -> None:  # type: ignore[no-untyped-def]
    _check(code, "Russia sent troops to the border with NATO.", "Russia", "NATO", "MOBILIZE")


def test_informed_that_is_a_statement_and_the_news_leads(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The interior ministry informed that it had lifted the ban on two opposition newspapers.")
    assert not [e for e in ev if e.cameo == "064"], pairs(ev)
    assert any(e.cameo.startswith("081") for e in ev), pairs(ev)


def test_counted_groups() -> None:
    assert lookup_group("six world powers") is not None
    assert lookup_group("the five major powers") is not None
    assert lookup_group("six apples") is None


def test_headline_verb_is_coded_rather_than_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = reparsing(nlp, "Myanmar Junta Lifts Curfew on Mandalay")
    lifted = [e for e in ev if e.trigger == "Lifts"]
    assert lifted and label(lifted[0]) == "YIELD", pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        ("Uganda, speaking at the summit, has taken in more than a million South Sudanese refugees.", "Uganda",
         "South Sudanese refugees", "AID"),
        ("Peru, speaking through its foreign ministry, extradited the former spy chief to Argentina in 2019.",
         "Peru", "Argentina", "COOPERATE"),
    ],
)
def test_subject_lost_across_an_aside(nlp, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = reparsing(nlp, text)
    found = best(ev, source, target)
    assert found is not None and label(found) == plover, pairs(ev)
    assert text[found.source.start : found.source.end] == found.source.text


def test_an_aside_naming_the_doer_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    from detente.coding.asides import aside

    sent = next(iter(nlp("The loan, provided by the World Bank, will help Malawi build roads.").sents))
    assert aside(sent) is None  # "by" names the doer: blanking it would lose the source
    sent = next(iter(nlp("Uganda, speaking at the summit, has taken in refugees.").sents))
    spans = aside(sent)
    assert spans is not None and sent.text[spans[1][0] : spans[1][1]] == ", speaking at the summit,"


def test_telling_what_failed_accuses_no_one(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The minister told reporters that the talks had failed.")
    assert not [e for e in ev if e.plover == "ACCUSE"], pairs(ev)


def test_a_month_stays_a_date(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("In May, Russia attacked Kyiv.")
    found = best(ev, "Russia", "Kyiv")
    assert found is not None and label(found) == "ASSAULT", pairs(ev)
    assert not [e for e in ev if "May" in e.source.text], pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        ("Qatar airlifts food and medicine to flood victims in Pakistan.", "Qatar", "Pakistan", "AID"),
        ("Ghana thanks Nigeria for its help during the crisis.", "Ghana", "Nigeria", "SUPPORT"),
        ("Kyiv appeals to its allies for more artillery shells.", "Kyiv", "its allies", "REQUEST"),
        ("Nepalese police place opposition leaders under house arrest.", "Nepalese police", "opposition leaders",
         "COERCE"),
        # a bare verb after a plural or collective subject, also past a place name and a noun read as the verb
        ("Police in Lusaka arrest the opposition leader after the rally.", "Police", "the opposition leader",
         "COERCE"),
        ("Ethiopian authorities free the jailed journalist on Monday.", "Ethiopian authorities",
         "the jailed journalist", "YIELD"),
        ("Riot forces fire tear gas at students in Dhaka.", "Riot forces", "students", "ASSAULT"),
    ],
)
def test_present_tense_verb_read_as_a_noun(nlp, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = reparsing(nlp, text)
    found = best(ev, source, target)
    assert found is not None and label(found) == plover, pairs(ev)
    assert text[found.trigger_start : found.trigger_end] == found.trigger  # the original word, not the past form


def test_a_subject_noun_is_not_made_a_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    from detente.coding.verbless import present_verb

    sent = next(iter(nlp("Relief supplies flown in by the air force reached the island of Dominica.").sents))
    assert present_verb(sent) is None
    sent = next(iter(nlp("A Lagos appeals court ordered the release of the activist, her lawyers said.").sents))
    assert present_verb(sent) is None  # "appeals court": the subject's own noun


def test_headline_subject_plural_is_not_made_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Security Forces Fired ...": the past-tense retry must not turn the subject's "Forces" into "forced"."""
    from detente.coding.headlines import _past_tense_variant, recase

    assert _past_tense_variant(recase("Riot Forces Fired Rubber Bullets at Miners in Marikana")) is None
    ev = reparsing(nlp, "Riot Forces Fired Rubber Bullets at Miners in Marikana")
    found = best(ev, "Riot Forces", "Miners")
    assert found is not None and label(found) == "ASSAULT", pairs(ev)


def test_named_a_suspect_is_an_accusation(code) -> None:  # type: ignore[no-untyped-def]
    _check(code, "Kenya's anti-graft commission named the governor of Nairobi a suspect in the land case.",
           "Kenya's anti-graft commission", "the governor", "ACCUSE")
    _check(code, "Police named the former minister as a suspect.", "Police", "the former minister", "ACCUSE")
    ev = code("The president named her as his new foreign minister.")
    assert not [e for e in ev if e.plover == "ACCUSE"], pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        ("The fugitive drug lord was recaptured by Colombian police in Medellin.", "Colombian police",
         "The fugitive drug lord", "COERCE"),
        ("The appeals court upheld the conviction of the former governor.", "The appeals court",
         "the former governor", "REJECT"),
        ("A suicide bomber struck a funeral procession in Quetta.", "A suicide bomber", "a funeral procession",
         "ASSAULT"),
        ("Opposition leaders closed ranks behind the detained candidate.", "Opposition leaders",
         "the detained candidate", "SUPPORT"),
        ("The Liberal party broke with the ruling coalition over the budget.", "The Liberal party",
         "the ruling coalition", "SANCTION"),
        ("The regulator imposed a record penalty on Meta.", "The regulator", "Meta", "ACCUSE"),
        ("The opposition mayor, a critic of the junta, was charged with fraud by the military prosecutor.",
         "the military prosecutor", "The opposition mayor", "ACCUSE"),
        ("Colonial-era troops abandoned the last of their outposts in the north.", "Colonial-era troops",
         "the north", "YIELD"),
        ("The government ordered UN envoy Ian Martin to leave the country within a day.", "The government",
         "UN envoy Ian Martin", "SANCTION"),
        ("The national assembly threw out the opposition's peace plan.", "The national assembly",
         "the opposition", "REJECT"),
        ("The opposition leader handed the election commission a formal request for a recount.",
         "The opposition leader", "the election commission", "REQUEST"),
    ],
)
def test_study_sets_17_and_18(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_troops_backed_by_tanks_are_not_backed(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Government troops backed by tanks entered the rebel town.")
    assert not [e for e in ev if e.plover == "SUPPORT"], pairs(ev)


def test_a_range_of_places_is_not_an_addressee(code) -> None:  # type: ignore[no-untyped-def]
    _check(code, "Students protested against the fee rise in towns from Accra to Tamale.", "Students",
           "the fee rise", "PROTEST")
    _check(code, "Moscow protested to Washington over the expulsion.", "Moscow", "Washington", "ACCUSE")
