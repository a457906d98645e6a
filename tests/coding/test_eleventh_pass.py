"""Eleventh generalisation pass (2026-11-30, issue #3, study sets 19-20 in wire-copy style), each construction
on sentences written for it (never dev or study sentences)."""

from __future__ import annotations

import pytest
from coder_helpers import check as _check
from coder_helpers import pairs, reparsing

from detente.coding.asides import naming


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # the parties of talks named in a fronted phrase, not the subject of the clause
        ("After talks between Kenyan President William Ruto and his Ugandan counterpart in Entebbe, aides said the "
         "oil pipeline deal was close.", "Kenyan President William Ruto", "his Ugandan counterpart", "CONSULT"),
        # "stand behind" someone, modified and with a nationality on the people backed
        ("Ghana will stand firmly behind the Malian people, the foreign minister said.", "Ghana",
         "the Malian people", "SUPPORT"),
        # a failure to agree is a rejection, and the truce never came
        ("Armenia and Azerbaijan failed to agree on a ceasefire in Moscow.", "Armenia", "Azerbaijan", "REJECT"),
        # agreements whose names NER reads as people or places
        ("Chad and Sudan signed the so-called Tripoli Accords on Monday.", "Chad", "Sudan", "SUPPORT"),
        ("Peru and Ecuador signed the Brasilia Agreement in 1998.", "Peru", "Ecuador", "SUPPORT"),
        # blocking a takeover or an extradition rejects it
        ("The Australian treasurer blocked a Chinese firm's takeover of the dairy company.", "The Australian treasurer",
         "a Chinese firm's takeover", "REJECT"),
        ("A Paris court blocked the extradition of the businessman to Algeria.", "A Paris court", "Algeria",
         "REJECT"),
        # a travel warning given as advice to one's citizens
        ("Seoul advised South Korean citizens on Monday to avoid travelling to Myanmar.", "Seoul", "Myanmar",
         "SANCTION"),
        ("Canada urged its nationals not to travel to Haiti.", "Canada", "Haiti", "SANCTION"),
        ("The Dutch foreign ministry advised against all but essential travel to parts of Mali.",
         "The Dutch foreign ministry", "Mali", "SANCTION"),
        # a raid done jointly with someone is cooperation with them
        ("Iraqi counter-terrorism forces carried out a joint raid with the Peshmerga near Kirkuk.",
         "Iraqi counter-terrorism forces", "the Peshmerga", "COOPERATE"),
        # military hardware sent into a place or to a region is a deployment, not aid
        ("Ankara sent a column of tanks and commandos into Syria's Afrin district.", "Ankara", "Syria",
         "MOBILIZE"),
        # aid received that another party gave
        ("Nepal received 500,000 doses of vaccine donated by China.", "China", "Nepal", "AID"),
        # the opening of relations between two parties, as a noun
        ("The restoration of diplomatic ties between Qatar and Egypt surprised analysts.", "Qatar", "Egypt",
         "SUPPORT"),
        # a done act named in the subject of a future consequence is no plan
        ("Ottawa's expulsion of the Indian envoy will hurt trade talks.", "Ottawa", "the Indian envoy", "SANCTION"),
        # counts of counts ("Hundreds of thousands of X")
        ("Hundreds of thousands of Chilean students marched against the government on Thursday.",
         "Chilean students", "the government", "PROTEST"),
        # an appeal named by a noun, addressed to someone
        ("Kenya's renewed call on Somalia to reopen the border was ignored.", "Kenya", "Somalia", "REQUEST"),
        # a sum of aid held back is aid stopped
        ("Sweden withheld $25 million in aid to Zambia.", "Sweden", "Zambia", "SANCTION"),
        # armed forces moving or crossing into a place
        ("Rwandan troops crossed into eastern Congo on Tuesday.", "Rwandan troops", "eastern Congo", "MOBILIZE"),
        ("The Royal Thai Armed Forces moved into the disputed border zone.", "The Royal Thai Armed Forces",
         "the disputed border zone", "MOBILIZE"),
        # study sets 21-22: the boundaries between close types
        ("Kampala accepted the terms laid down by its bilateral lenders for a debt rescheduling.", "Kampala",
         "its bilateral lenders", "AGREE"),
        ("The World Bank gave a vote of confidence to Ghana's new finance team.", "The World Bank",
         "Ghana's new finance team", "SUPPORT"),
        ("The former premier rushed to the defence of his successor on Sunday.", "The former premier",
         "his successor", "SUPPORT"),
        ("The Basque government offered to freeze its referendum plan.", "The Basque government",
         "its referendum plan", "AGREE"),
        ("Japan stepped up its support for Sri Lanka with $300 million in loans.", "Japan", "Sri Lanka", "AID"),
        ("The Ghanaian army warned that smugglers were arming the rebels in the north.", "The Ghanaian army",
         "smugglers", "ACCUSE"),
        ("Estonia became the first country to recognise Georgia's new government.", "Estonia",
         "Georgia's new government", "SUPPORT"),
        ("The farmers' union came out in favour of the agriculture minister's reform.", "The farmers' union",
         "the agriculture minister's reform", "SUPPORT"),
        # study sets 23-24: receivers as subjects, far agents
        ("The Colombian government won a commitment from the ELN on Friday to free the hostages.", "the ELN",
         "The Colombian government", "AGREE"),
        ("Armenia received strong backing from France at the Security Council.", "France", "Armenia", "SUPPORT"),
        ("The opposition leader had a visit at her home on Monday from the EU envoy.", "the EU envoy",
         "The opposition leader", "CONSULT"),
        ("Mongolia took delivery of 200,000 doses of vaccine from India.", "India", "Mongolia", "AID"),
        ("Maize flour was handed over on Monday at a depot outside Juba to the relief commission by the World Food "
         "Programme.", "the World Food Programme", "the relief commission", "AID"),
        ("The detention of the poet Liu Xia by Beijing police came amid a wider crackdown.", "Beijing police",
         "Liu Xia", "COERCE"),
        ("The Georgian premier faced a barrage of criticism from members of the European Parliament.",
         "members", "The Georgian premier", "ACCUSE"),
        ("Nairobi took a call from the Ethiopian prime minister on Sunday.", "the Ethiopian prime minister",
         "Nairobi", "CONSULT"),
        ("Nepal obtained 2 billion yen in emergency grants from Japan.", "Japan", "Nepal", "AID"),
        ("The expulsion of the diplomats ordered by the military council angered Paris.",
         "the military council", "the diplomats", "SANCTION"),
        ("Moscow's ban on fruit from Moldova cost farmers dearly.", "Moscow", "Moldova", "COERCE"),
        ("The Nigerian air force received its first Super Tucano aircraft from the United States.",
         "the United States", "The Nigerian air force", "AID"),
        ("Kyiv took delivery of its first Gepard tanks from Germany.", "Germany", "Kyiv", "AID"),
        ("Zambia received 500,000 vaccine doses as a gift from China.", "China", "Zambia", "AID"),
        ("The mining company faced fraud charges from prosecutors in Lima.", "prosecutors",
         "The mining company", "ACCUSE"),
        ("Malian soldiers are receiving counter-terrorism training in Bamako from French instructors.",
         "French instructors", "Malian soldiers", "COOPERATE"),
        ("Ruto's phone call to Museveni on Sunday lasted an hour.", "Ruto", "Museveni", "CONSULT"),
        ("Norway pledged 12 fighter jets to Ukraine.", "Norway", "Ukraine", "AGREE"),  # promised (0332), 15th pass
        ("Beijing's recall of its ambassador from Vilnius marked a low point.", "Beijing", "Vilnius", "SANCTION"),
        # the build-up of troops by someone
        ("The build-up of troops by Eritrea near the border town worried Addis Ababa.", "Eritrea",
         "the border town", "MOBILIZE"),
    ],
)
def test_eleventh_pass_constructions(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(code, text, source, target, plover)


def test_standing_behind_is_no_blame(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The minister said Ghana would continue to stand behind the Malians.")
    assert not [e for e in ev if e.cameo == "112"], pairs(ev)
    ev = code("The minister said the militia was behind the attack.")
    assert [e for e in ev if e.cameo == "112"], pairs(ev)


def test_allies_striking_jointly_are_not_foes(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Russia and Syria carried out joint air strikes on rebel positions.")
    assert not [e for e in ev if e.source.text == "Russia" and e.target and e.target.text == "Syria"], pairs(ev)


def test_a_failed_agreement_codes_no_truce(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Armenia and Azerbaijan failed to agree on a ceasefire in Moscow.")
    assert not [e for e in ev if e.cameo.startswith("087")], pairs(ev)


def test_a_planned_attack_in_the_subject_stays_planned(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("A visit by the Iranian president will take place in May.")
    assert [e for e in ev if e.cameo.startswith("03")], pairs(ev)


def test_a_quoted_name_is_blanked_on_a_copy(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Egypt held joint naval drills with Greece called "Medusa" in the Aegean.'
    sent = next(iter(nlp(text).sents))
    span = naming(sent)
    assert span is not None and text[span[0] : span[1]] == 'called "Medusa"'
    ev = reparsing(nlp, text)
    assert [e for e in ev if e.source.text == "Egypt" and e.target and e.target.text == "Greece"], pairs(ev)
    assert naming(next(iter(nlp("Egypt called Greece on Monday.").sents))) is None


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        ("Security Forces Fire Rubber Bullets at Protesters in Conakry", "Security Forces", "Protesters", "ASSAULT"),
        ("Ethiopian Forces Abandon Their Bases Near the Eritrean Border", "Ethiopian Forces", "Their Bases", "YIELD"),
    ],
)
def test_headline_plural_subject_before_a_present_verb(nlp, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    _check(lambda t: reparsing(nlp, t), text, source, target, plover)


def test_headline_verb_after_a_name_stays_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    ev = reparsing(nlp, "Iran Forces Tanker to Change Course")
    assert [e for e in ev if e.cameo.startswith("17") and e.source.text == "Iran"], pairs(ev)


def test_a_warning_addressed_to_someone_stays_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    _check(code, "Seoul warned Pyongyang that any attack would be met with force.", "Seoul", "Pyongyang", "THREATEN")
    ev = code("Brussels warned that the talks were collapsing.")
    assert not [e for e in ev if e.cameo == "112"], pairs(ev)


def test_siding_with_people_is_not_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The bishop sided with the striking doctors.")
    assert not [e for e in ev if e.plover == "AID"], pairs(ev)


def test_actor_compounds_are_no_events(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Swedish aid agency Sida said the money reached Kenya.")
    assert not [e for e in ev if e.cameo == "1663"], pairs(ev)
    ev = code("Riot police from Uganda patrolled the streets.")
    assert not [e for e in ev if e.trigger == "police"], pairs(ev)
    _check(code, "Sudan expelled two aid agencies.", "Sudan", "", "SANCTION")


def test_co_donors_do_not_give_to_each_other(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Norway and Sweden pledged to send food aid to Sudan.")
    assert not [e for e in ev if e.source.text == "Norway" and e.target and e.target.text == "Sweden"], pairs(ev)
    assert [e for e in ev if e.source.text == "Norway" and e.target and e.target.text == "Sudan"], pairs(ev)


def test_an_office_taken_over_is_no_seizure(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Slovenia took over the rotating presidency of the European Union on Monday.")
    assert not [e for e in ev if e.plover == "ASSAULT"], pairs(ev)
    _check(code, "Rebels took over the town of Goma.", "Rebels", "the town", "ASSAULT")


def test_asked_about_is_no_request_and_a_new_finite_verb_escapes_negation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Asked about Sudan, Ruto said Kenya had never refused to mediate and praised Egypt for its efforts.")
    assert not [e for e in ev if e.trigger == "Asked"], pairs(ev)
    ev = code("Ruto said Kenya had never refused to mediate and praised Egypt for its efforts.")
    praised = [e for e in ev if e.trigger == "praised"]
    assert praised and all(e.plover == "SUPPORT" and e.modality != "negated" for e in praised), pairs(ev)


def test_a_commissioners_title_is_no_event(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Kenya's human rights commissioner Roseline Odede thanked Norway.")
    assert not [e for e in ev if e.trigger == "rights"], pairs(ev)
