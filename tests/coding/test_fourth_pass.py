"""Fourth generalisation pass (2026-11-30, issue #3): each rule family on sentences written for it."""

from __future__ import annotations

import pytest
from coder_helpers import best as _best
from coder_helpers import label as _label
from coder_helpers import pairs as _pairs


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # approval given, weight thrown behind someone, votes in someone's favour
        ("The council gave its blessing to the mayor's housing plan.", "council", "mayor", "SUPPORT"),
        ("The farmers' union threw its weight behind the Green candidate.", "union", "candidate", "SUPPORT"),
        ("Poland voted in favour of the Moldovan request.", "Poland", "Moldovan", "SUPPORT"),
        ("The former governor campaigned for the Republican nominee in Ohio.", "governor", "Republican", "SUPPORT"),
        # stance nouns after a copula
        ("Portugal is a firm supporter of Brazil's candidacy, the minister said.", "Portugal", "Brazil", "SUPPORT"),
        # solidarity, support or confidence shown or expressed
        ("The Danish premier travelled to Riga to show solidarity with Latvia.", "premier", "Latvia", "SUPPORT"),
        ("The World Bank president expressed confidence in Kenya's recovery plan.", "World Bank", "Kenya", "SUPPORT"),
        # a call made to do a supportive act is that act
        ("Macron telephoned the Moroccan king to offer his condolences.", "Macron", "king", "SUPPORT"),
        # talking with named office holders and peoples is consultation / support
        ("Lavrov spoke by telephone with the Qatari emir.", "Lavrov", "emir", "CONSULT"),
        ("Ottawa said it stands with the people of Ukraine.", "Ottawa", "people", "SUPPORT"),
    ],
)
def test_support_and_consult_families(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # more aid given: increase verbs with an aid noun
        ("Denmark doubled its humanitarian assistance to Somalia this year.", "Denmark", "Somalia", "AID"),
        ("Seoul stepped up its military aid to Warsaw.", "Seoul", "Warsaw", "AID"),
        # a line or tranche of credit
        ("China extended a fresh line of credit to Laos.", "China", "Laos", "AID"),
        # money channelled; bills covered; meals served
        ("The foundation funnelled $3 million to Haiti after the storm.", "foundation", "Haiti", "AID"),
        ("The city council covered the funeral costs of the victims.", "council", "victims", "AID"),
        # tending and evacuating the sick, wounded and stranded
        ("Army medics treated dozens of injured civilians in Khan Younis.", "medics", "civilians", "AID"),
        ("The Italian navy evacuated stranded tourists from the island.", "navy", "tourists", "AID"),
        # aid that arrives or reaches someone, from someone
        ("Food aid from the European Union reached Niger on Monday.", "European Union", "Niger", "AID"),
        ("A consignment of tents from Qatar arrived in Libya overnight.", "Qatar", "Libya", "AID"),
    ],
)
def test_aid_families(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_aid_arrival_is_no_visit(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("A consignment of tents from Qatar arrived in Libya overnight.")
    assert not [e for e in ev if e.plover == "CONSULT"], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # removal from office, restricted freedoms, deportation, cut services, stopped vessels, demolitions
        ("The electoral board removed four mayors from office.", "board", "mayors", "COERCE"),
        ("The authorities shut off electricity to Gaza on Monday.", "authorities", "Gaza", "COERCE"),
        ("Greek police forcibly returned dozens of migrants to Turkey.", "police", "migrants", "COERCE"),
        ("The navy stopped a fishing vessel from Vietnam near the reef.", "navy", "vessel", "COERCE"),
        ("Soldiers bulldozed the home of the suspect's family.", "Soldiers", "family", "COERCE"),
        ("The Kremlin designated the human rights group an undesirable organisation.", "Kremlin", "group", "COERCE"),
        # repression of a gathering
        ("Riot police broke up a student protest in Belgrade.", "police", "student", "ASSAULT"),
    ],
)
def test_coerce_families(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # retreats: one's own forces ordered back, positions abandoned
        ("The Armenian premier ordered the army to pull out of the disputed villages.", "premier", "army", "YIELD"),
        ("The rebel fighters abandoned their posts as the army advanced.", "fighters", "posts", "YIELD"),
        # eased rules
        ("Japan eased entry requirements for Chinese visitors.", "Japan", "Chinese", "YIELD"),
    ],
)
def test_yield_families(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_foreign_forces_ordered_out_are_still_expelled(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Burkina Faso ordered French troops to leave its territory.")
    best = _best(ev, "Burkina Faso", "French troops")
    assert best is not None and best.plover == "SANCTION", _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a warning about what someone is doing or did is a reproach; a warning of what will happen threatens
        ("Tokyo warned that Chinese patrols were raising tensions in the region.", "Tokyo", "Chinese", "ACCUSE"),
        ("Ankara warned that Greek troops had violated the island's status.", "Ankara", "Greek", "ACCUSE"),
        ("Seoul warned Pyongyang that it would retaliate for any attack.", "Seoul", "Pyongyang", "THREATEN"),
        # promises with a finite clause
        ("The Liberian government promised the IMF it would reform the central bank.", "Liberian", "IMF", "AGREE"),
        # accepting someone's offer
        ("The striking drivers accepted the city's latest offer.", "drivers", "city", "AGREE"),
    ],
)
def test_verbal_families(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a passive "by" agent the parser hangs on the recipient
        ("A $30 million credit was granted to Tunisia by Algeria.", "Algeria", "Tunisia", "AID"),
        # "the decision by X to V Y"
        ("The decision by Cuba to release forty dissidents was welcomed in Madrid.", "Cuba", "dissidents", "YIELD"),
        # a call, phone call or meeting made to congratulate or back someone
        ("The Indian premier called the new Nepali prime minister to congratulate him.", "premier", "minister",
         "SUPPORT"),
        # stance nouns and "one of the biggest donors" after a copula
        ("The bishop is an outspoken critic of the Nicaraguan government.", "bishop", "government", "ACCUSE"),
        ("Norway is one of the largest donors to the Palestinian Authority.", "Norway", "Palestinian", "AID"),
        # individuals expelled are deported; diplomats expelled stay a reduction of relations
        ("The expulsion of two Dutch reporters by the Burundian authorities was condemned.", "Burundian",
         "reporters", "COERCE"),
        ("Tehran expelled a German diplomat.", "Tehran", "diplomat", "SANCTION"),
        # stripping people counted "of" their rights
        ("The regime stripped dozens of exiles of their citizenship.", "regime", "exiles", "COERCE"),
        # cargo loaded on what is sent; survivors pulled from rubble
        ("Kuwait sent three planes loaded with blankets to Afghanistan.", "Kuwait", "Afghanistan", "AID"),
        ("Volunteers pulled six miners from the rubble.", "Volunteers", "miners", "AID"),
        # one's own withdrawal from a place
        ("Ethiopian troops completed their withdrawal from the Somali town.", "Ethiopian", "town", "YIELD"),
        # verb sweep
        ("The ruling party smeared the opposition leader.", "party", "leader", "ACCUSE"),
        ("The archbishop vouched for the detained priest.", "archbishop", "priest", "SUPPORT"),
        ("The militia locked up the village elders.", "militia", "elders", "COERCE"),
        ("Moldova took in tens of thousands of Ukrainian refugees.", "Moldova", "refugees", "AID"),
        ("The cabinet caved in to the teachers' demands.", "cabinet", "teachers", "YIELD"),
        ("The cardinal prayed for the victims of the shooting.", "cardinal", "victims", "SUPPORT"),
    ],
)
def test_linking_and_vocabulary(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_people_named_by_stance_nouns_are_no_events(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Police arrested dozens of supporters of the jailed leader.")
    assert not [e for e in ev if e.plover == "SUPPORT"], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # aid credited with "thanks to ... from X"
        ("Thanks to a grant from the Swiss government, Nepali villagers rebuilt their school.", "Swiss", "villagers",
         "AID"),
        # money approved or announced for someone
        ("The Asian Development Bank approved $80 million for Mongolian herders.", "Asian Development Bank",
         "herders", "AID"),
        # a meeting or call whose participle or conjunct backs the other party
        ("Scholz held a phone call with Erdogan, offering condolences after the earthquake.", "Scholz", "Erdogan",
         "SUPPORT"),
        ("The emir received the Sudanese leader and praised his peace efforts.", "emir", "leader", "SUPPORT"),
        # endorsing a plan approves it; a declared support for someone names them
        ("The Arab League endorsed the Jordanian proposal on refugees.", "Arab League", "Jordanian", "SUPPORT"),
        ("The union declared its support for the mayoral candidate.", "union", "candidate", "SUPPORT"),
        # yielding: readmission, dropped objections, a plant left by forces
        ("The Commonwealth readmitted Fiji in 2014.", "Commonwealth", "Fiji", "YIELD"),
        ("Hungary dropped its veto on the Swedish application.", "Hungary", "Swedish", "YIELD"),
        ("Wagner fighters left the Bakhmut plant on Tuesday.", "Wagner", "plant", "YIELD"),
        # custody phrases hung on the object
        ("The junta has kept the ousted president in detention since July.", "junta", "president", "COERCE"),
    ],
)
def test_fourth_pass_constructions(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_a_meeting_with_talks_stays_a_consultation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Blinken met Wang Yi in Beijing and discussed fentanyl controls.")
    best = _best(ev, "Blinken", "Wang Yi")
    assert best is not None and best.plover == "CONSULT", _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a pledge conjoined with the delivery is the delivery
        ("Ireland pledged and sent 2 million euros in aid to Malawi.", "Ireland", "Malawi", "AID"),
        # serving in peacekeeping missions, opening care sites, paying for others' needs
        ("Ghanaian soldiers take part in the UN peacekeeping force in Lebanon.", "Ghanaian", "Lebanon", "AID"),
        ("The Red Crescent opened a field hospital in Rafah.", "Red Crescent", "Rafah", "AID"),
        ("The Emirates is paying for medicines for hospitals in Yemen.", "Emirates", "Yemen", "AID"),
    ],
)
def test_aid_sites_and_missions(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # a label hung on the object: "described X's claims as lies"
        ("The spokesman described the union's figures as fabrications.", "spokesman", "union", "ACCUSE"),
        # lawsuits by other names
        ("Fishermen filed a class action against the shipping firm.", "Fishermen", "firm", "ACCUSE"),
        # property taken; organisations closed or their activities banned
        ("Caracas nationalised the American-owned refinery.", "Caracas", "refinery", "COERCE"),
        ("Investigators confiscated the assets of the fugitive tycoon.", "Investigators", "tycoon", "COERCE"),
        ("The governor ordered the closure of the independent radio station.", "governor", "station", "COERCE"),
        ("The military council banned the activities of the student unions.", "council", "unions", "COERCE"),
    ],
)
def test_coerce_and_accuse_objects(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_event_nouns_naming_an_agent_are_no_events(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The interior ministry ordered the closure of the human rights group.")
    assert not [e for e in ev if e.trigger == "rights"], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # blame adjective hung on the object; crimes committed are no commitment
        ("The families held the mining company responsible for the spill.", "families", "company", "ACCUSE"),
        ("The commission said in a statement that Sudanese troops had committed atrocities.", "commission",
         "Sudanese", "ACCUSE"),
        # accusations traded, support thrown behind someone
        ("Armenia and Azerbaijan traded accusations over the border clash.", "Armenia", "Azerbaijan", "ACCUSE"),
        ("The farmers' federation threw its backing behind the rural candidate.", "farmers", "candidate",
         "SUPPORT"),
        # distributions of aid
        ("The Red Crescent resumed food distributions to Khartoum on Sunday.", "Red Crescent", "Khartoum", "AID"),
        # status revoked, laws imposed
        ("The parliament revoked the autonomy of the northern province.", "parliament", "province", "COERCE"),
        ("Moscow imposed direct rule on the breakaway region.", "Moscow", "region", "COERCE"),
        # concessions name whom they yield to; charges dropped
        ("The cabinet scrapped the fuel tax after weeks of protests by truckers.", "cabinet", "truckers", "YIELD"),
        ("The prosecutor dismissed the charges against the seven students.", "prosecutor", "students", "YIELD"),
    ],
)
def test_fourth_pass_more(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_committed_to_stays_a_commitment(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Japan committed to supporting Indonesia's energy transition.")
    best = _best(ev, "Japan", "Indonesia")
    assert best is not None and best.plover in ("AGREE", "SUPPORT"), _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # operations scaled back under pressure; own plans cancelled; resignations tendered
        ("Under pressure from Paris, the junta scaled back its military campaign.", "junta", "Paris", "YIELD"),
        ("The mayor cancelled the fare increase after protests by commuters.", "mayor", "commuters", "YIELD"),
        ("The Peruvian premier tendered his resignation to the president.", "premier", "president", "YIELD"),
        # emergency vehicles handed over; resolutions in support of someone
        ("Seoul handed over ten fire engines to the Laotian government.", "Seoul", "Laotian", "AID"),
        ("The senate passed a resolution in support of Armenia.", "senate", "Armenia", "SUPPORT"),
    ],
)
def test_fourth_pass_yield_and_support(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_extradited_person_faces_legal_action(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Peru extradited the former governor to Brazil.")
    person = _best(ev, "Peru", "governor")
    assert person is not None and person.plover == "ACCUSE", _pairs(ev)
    state = _best(ev, "Peru", "Brazil")
    assert state is not None and state.plover == "COOPERATE", _pairs(ev)
    assert not [e for e in ev if "governor" in e.source.text], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # more arms sent as aid
        ("Warsaw has sent thousands of artillery shells to Kyiv.", "Warsaw", "Kyiv", "AID"),
        # a possessive pronoun stands for the subject that owns the act
        ("The Kenyan contingent, which had patrolled the area for years, completed its withdrawal from Somalia.",
         "Kenyan", "Somalia", "YIELD"),
        # people sent from somewhere act for it
        ("Search teams from Greece helped Turkish rescuers in Antakya.", "Greece", "Turkish", "AID"),
    ],
)
def test_fourth_pass_actors(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_searching_rubble_is_no_investigation(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Soldiers searched the rubble for survivors.")
    assert not [e for e in ev if e.plover == "ACCUSE"], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # an act after which another follows keeps the subject ("recalled ... after accusing X")
        ("Algeria recalled its envoy after accusing Morocco of spying.", "Algeria", "Morocco", "ACCUSE"),
        # wreaths laid in honour of someone; speaking highly of someone
        ("The premier laid a wreath in memory of the fallen soldiers.", "premier", "soldiers", "SUPPORT"),
        ("The Chilean president spoke warmly of the Argentine leader.", "Chilean", "Argentine", "SUPPORT"),
    ],
)
def test_fourth_pass_clauses(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_passive_after_clause_keeps_no_accuser(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The mayor resigned after being accused of fraud.")
    assert not [e for e in ev if e.plover == "ACCUSE" and "mayor" in e.source.text], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # people or craft sent to help are aid, not a build-up
        ("Spain sent water-bombing planes to Portugal to tackle the forest fires.", "Spain", "Portugal", "AID"),
        ("Canada dispatched soldiers to Jamaica to assist with hurricane relief.", "Canada", "Jamaica", "AID"),
    ],
)
def test_help_sent(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_troops_sent_to_fight_are_no_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Belarus sent troops to the border to fight smugglers.")
    assert not [e for e in ev if e.plover == "AID"], _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # "the lifting / easing of sanctions on X by Y"
        ("The lifting of sanctions on Belarus by the United States surprised diplomats.", "United States",
         "Belarus", "YIELD"),
        # "X's N by Y": Y acts on X
        ("The activist's arrest by Saudi police drew protests.", "Saudi", "activist", "COERCE"),
        # an agent named without a code
        ("The indictment of the senator by a grand jury was unsealed.", "grand jury", "senator", "ACCUSE"),
    ],
)
def test_fourth_pass_nominals(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and _label(best) == plover, _pairs(ev)


def test_calls_to_rally_against_someone_rally_opposition(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Union leaders called on dock workers to mobilize against the port operator.")
    best = _best(ev, "Union leaders", "port operator")
    assert best is not None and best.plover == "ACCUSE", _pairs(ev)
    ev = code("The UN urged the parties to negotiate in good faith.")
    assert not [e for e in ev if e.plover == "ACCUSE"], _pairs(ev)


def test_future_backing_is_support_declared(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Lithuania will stand by Taiwan, the foreign minister said.")
    best = _best(ev, "Lithuania", "Taiwan")
    assert best is not None and best.plover == "SUPPORT", _pairs(ev)


def test_helpers_from_a_country_act_for_it(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Volunteers from Jordan searched for survivors in Derna.")
    best = _best(ev, "Jordan", "survivors")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_headline_infinitive_is_a_plan(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Qatar to host Afghan peace talks")
    best = _best(ev, "Qatar", "talks")
    assert best is not None and best.plover == "AGREE", _pairs(ev)
    ev = code("Norway sends relief goods to flood-hit Libya")
    best = _best(ev, "Norway", "Libya")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_made_available_is_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Sweden made 20 million kronor available to Ukrainian refugees in Moldova.")
    best = _best(ev, "Sweden", "refugees")
    assert best is not None and best.plover == "AID", _pairs(ev)
    ev = code("The ministry made its archives available online.")
    assert not [e for e in ev if e.plover == "AID"], _pairs(ev)
