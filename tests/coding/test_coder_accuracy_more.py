"""Third generalisation pass (2026-11-30, issue #3): each rule on sentences written for it."""

from __future__ import annotations

import pytest

from detente.model import CodedEvent


def _best(events: list[CodedEvent], source: str, target: str) -> CodedEvent | None:
    hits = [e for e in events if source in e.source.text and e.target is not None and target in e.target.text]
    return max(hits, key=lambda e: e.confidence) if hits else None


def _pairs(events: list[CodedEvent]) -> list[tuple[str, str, str, float]]:
    return [(e.cameo, e.source.text, e.target.text if e.target else "", e.confidence) for e in events]


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        # negation on the verb that governs an event noun: refusing to take part (12x), not a planned meeting
        ("Russia would not take part in talks with Ukraine next week, a Kremlin spokesman said.", "Russia", "Ukraine",
         "REJECT"),
        ("The opposition will not attend the peace conference with the government.", "opposition", "government",
         "REJECT"),
        # a negated assent is a rejection of the same act
        ("Colombia has not agreed to a ceasefire with the rebels.", "Colombia", "rebels", "REJECT"),
        # "agreed to send a force": the accord itself (AGREE), not the planned deployment
        ("The regional bloc has agreed to send a standby force to Guinea-Bissau.", "bloc", "Guinea-Bissau", "AGREE"),
        # an appeal whose infinitive the parser broke ("to de-escalate") is still an appeal, not a visit
        ("The EU called on Serbia and Kosovo to de-escalate tensions.", "EU", "Serbia", "REQUEST"),
        # a fronted phrase swallowed the subject as a conjunct ("On a visit to X, Y voiced ...")
        ("On a visit to Harare, the Zambian president voiced his strong support of the Zimbabwean leader.",
         "Zambian president", "Zimbabwean leader", "SUPPORT"),
        # a tagger's verb for a plural object noun ("conducted missile drills")
        ("Iran conducted missile drills near the Strait of Hormuz.", "Iran", "Strait", "MOBILIZE"),
        # deploying weapons is a show of force, not their use
        ("North Korea deployed artillery along the border with South Korea.", "North Korea", "South Korea",
         "MOBILIZE"),
        # troops sent to help someone are aid
        ("South Africa deployed 1,500 troops to Mozambique to help fight the insurgency.", "South Africa",
         "Mozambique", "AID"),
        # weapons received from someone are military aid from them
        ("Ukraine received two Patriot batteries from Germany last month.", "Germany", "Ukraine", "AID"),
        ("India gifted 100 ambulances to Nepal.", "India", "Nepal", "AID"),
        ("Germany has earmarked 50 million euros for humanitarian projects in Syria.", "Germany", "Syria", "AID"),
        ("Kuwait supported Egypt with a $2 billion deposit.", "Kuwait", "Egypt", "AID"),
        ("Saudi Arabia rebuilt 40 schools in Yemen destroyed during the war.", "Saudi Arabia", "Yemen", "AID"),
        ("The United States is the largest donor to Sudan.", "United States", "Sudan", "AID"),
        ("Nepalese troops are participating in UN peacekeeping operations in Lebanon.", "Nepalese", "Lebanon", "AID"),
        # legal and diplomatic complaints
        ("The European Commission opened an infringement procedure against Hungary.", "Commission", "Hungary",
         "ACCUSE"),
        ("The Philippines filed a diplomatic protest against China over the water cannon incident.", "Philippines",
         "China", "ACCUSE"),
        ("The Chinese foreign ministry lodged stern representations with Japan.", "ministry", "Japan", "ACCUSE"),
        ("The court found that Russia had violated the convention.", "court", "Russia", "ACCUSE"),
        ("The US expressed disappointment with India's decision to ban wheat exports.", "US", "India", "ACCUSE"),
        ("Moscow has called the sanctions illegal.", "Moscow", "sanctions", "ACCUSE"),
        ("Washington considers Hezbollah a terrorist organization.", "Washington", "Hezbollah", "ACCUSE"),
        # a report attributed with "according to" accuses the doer of a hostile act
        ("According to the Iraqi foreign ministry, Turkish forces violated Iraqi sovereignty.", "Iraqi foreign",
         "Turkish forces", "ACCUSE"),
        # "came under attack by X": X attacks the subject
        ("A UN convoy came under attack by armed men in eastern Congo.", "armed men", "UN convoy", "ASSAULT"),
        # wanting someone to act is a demand on them; the parties urged are the target
        ("The opposition wants the president to step down.", "opposition", "president", "REQUEST"),
        ("The mediators urged the two sides to settle their dispute.", "mediators", "two sides", "REQUEST"),
        # backing promised is support declared
        ("Canada promised to stand by Ukraine.", "Canada", "Ukraine", "SUPPORT"),
        ("Brazil is committed to supporting Haiti's democratic transition.", "Brazil", "Haiti", "SUPPORT"),
        # conceding and disarming
        ("The government called off its crackdown on protesters.", "government", "protesters", "YIELD"),
        ("Rebel fighters laid down their arms in the eastern province on Monday.", "Rebel fighters", "province",
         "YIELD"),
        ("The kidnappers set free the Italian priest after a month.", "kidnappers", "priest", "YIELD"),
        ("Japan removed South Korea from its export blacklist.", "Japan", "South Korea", "YIELD"),
        # walking out of talks halts them
        ("The Palestinians pulled out of talks with Israel.", "Palestinians", "Israel", "SANCTION"),
        # idioms
        ("The two foreign ministers exchanged views with their Saudi counterpart on Yemen.", "ministers",
         "Saudi counterpart", "CONSULT"),
        ("Minsk came to the defence of Moscow at the UN.", "Minsk", "Moscow", "SUPPORT"),
        ("The minister took a swipe at the central bank.", "minister", "central bank", "ACCUSE"),
        ("Ukrainian forces launched a counteroffensive against Russian troops.", "Ukrainian", "Russian", "ASSAULT"),
        ("The state government imposed an internet shutdown in Manipur.", "state government", "Manipur", "COERCE"),
        ("Azerbaijan opened an embassy in Israel on Wednesday.", "Azerbaijan", "Israel", "SUPPORT"),
        ("The Indian government served a legal notice on Twitter.", "Indian government", "Twitter", "ACCUSE"),
    ],
)
def test_generalised_classes(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and best.plover in (plover, *(("CONCEDE", "RETREAT") if plover == "YIELD" else ())), (
        _pairs(ev)
    )


def test_group_members_are_doers(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Several Western countries, including France and Germany, condemned the coup in Niger.")
    assert any(e.source.text == "France" and e.plover == "ACCUSE" for e in ev), _pairs(ev)
    assert not any(e.source.text.startswith("Several") and e.target and e.target.text == "France" for e in ev)


def test_pronoun_before_a_postposed_speaker_is_not_the_speaker(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("She accused the government of corruption, local media reported.")
    best = _best(ev, "She", "government")
    assert best is not None and best.plover == "ACCUSE", _pairs(ev)
    assert not any(e.source.text == "local media" and e.cameo == "112" and e.confidence >= best.confidence for e in ev)
    ev = code("Iran said it would retaliate against Israel.")
    assert _best(ev, "Iran", "Israel") is not None, _pairs(ev)


def test_according_to_does_not_accuse_own_forces(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("According to the army, its forces killed 15 militants.")
    assert not any(e.cameo == "112" for e in ev), _pairs(ev)


def test_attending_talks_stays_planned_when_not_negated(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Russia will take part in talks with Ukraine next week.")
    best = _best(ev, "Russia", "Ukraine")
    assert best is not None and best.plover == "AGREE" and best.modality == "planned", _pairs(ev)


def test_deploying_troops_to_intimidate_stays_a_show_of_force(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Russia deployed troops to the border to intimidate Ukraine.")
    assert any(e.cameo == "154" for e in ev), _pairs(ev)
    assert not any(e.plover == "AID" for e in ev), _pairs(ev)


def test_praise_by_calling(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Biden called the agreement historic.")
    assert any(e.cameo == "051" and e.trigger == "called" for e in ev), _pairs(ev)


@pytest.mark.parametrize(
    ("text", "source", "target", "plover"),
    [
        ("Police fired tear gas at protesters in Nairobi.", "Police", "protesters", "ASSAULT"),
        ("Kenyan police tear-gassed the protesters.", "police", "protesters", "ASSAULT"),
        ("Kenya mobilized its army against Uganda.", "Kenya", "Uganda", "MOBILIZE"),
        ("China sent 71 warplanes and seven ships toward Taiwan in a show of force.", "China", "Taiwan",
         "MOBILIZE"),
        ("The European Union announced a new package of 75 million euros in humanitarian aid for Afghanistan.",
         "European Union", "Afghanistan", "AID"),
        ("Turkish President Tayyip Erdogan said on Friday that Turkey could launch a new military operation "
         "against Kurdish militants.", "Turkey", "Kurdish militants", "THREATEN"),
        ("Following the expulsion of its diplomats by Russia, Estonia recalled its ambassador.", "Russia",
         "diplomats", "SANCTION"),
        ("Washington's threat of sanctions against Turkey alarmed investors.", "Washington", "Turkey", "THREATEN"),
        ("Hungary on Friday blocked a European Union plan to provide aid to Ukraine.", "Hungary", "Ukraine",
         "REJECT"),
        ("Kenya partnered with Uganda on the railway project.", "Kenya", "Uganda", "COOPERATE"),
        ("Kenya relinquished control of the disputed island to Uganda.", "Kenya", "Uganda", "YIELD"),
        ("Kenya renounced the treaty with Uganda.", "Kenya", "Uganda", "REJECT"),
        ("The Kenyan president had lunch with the Ugandan leader.", "Kenyan president", "Ugandan leader",
         "CONSULT"),
        ("Kenya pointed the finger at Uganda.", "Kenya", "Uganda", "ACCUSE"),
        ("Kenya issued a rebuke to Uganda.", "Kenya", "Uganda", "ACCUSE"),
    ],
)
def test_generalised_classes_more(code, text: str, source: str, target: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    best = _best(ev, source, target)
    assert best is not None and best.plover in (plover, *(("CONCEDE", "RETREAT") if plover == "YIELD" else ())), (
        _pairs(ev)
    )


def test_a_statement_ranks_below_what_its_speaker_says_it_does(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The union chairman said that they will not end the strike until their demands are met.")
    said = [e for e in ev if e.trigger == "said"]
    rejected = [e for e in ev if e.plover == "REJECT" and "chairman" in e.source.text]
    assert said and rejected, _pairs(ev)
    assert max(e.confidence for e in rejected) > max(e.confidence for e in said), _pairs(ev)


def test_sending_weapons_to_a_recipient_stays_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Germany delivered Leopard tanks to Ukraine.")
    best = _best(ev, "Germany", "Ukraine")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_speculation_by_others_is_not_a_threat(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Analysts said Russia could attack Ukraine again.")
    best = _best(ev, "Russia", "Ukraine")
    assert best is not None and best.plover == "ASSAULT" and best.modality == "hypothetical", _pairs(ev)


@pytest.mark.parametrize(
    ("text", "a", "b", "plover"),
    [
        ("A peace deal was signed between Armenia and Azerbaijan in Washington.", "Armenia", "Azerbaijan",
         "SUPPORT"),
        ("Talks were held in Doha between the Taliban and US officials.", "Taliban", "US", "CONSULT"),
        ("An agreement was reached between Ethiopia and Tigrayan forces on Wednesday.", "Ethiopia", "Tigrayan",
         "SUPPORT"),
        ("Fighting broke out between Sudan's army and the RSF in Khartoum.", "army", "RSF", "ASSAULT"),
        ("Clashes erupted between police and protesters in Dhaka.", "police", "protesters", "ASSAULT"),
    ],
)
def test_agentless_acts_between_two_parties(code, text: str, a: str, b: str, plover: str) -> None:  # type: ignore[no-untyped-def]
    ev = code(text)
    for x, y in ((a, b), (b, a)):
        best = _best(ev, x, y)
        assert best is not None and best.plover == plover, _pairs(ev)


def test_support_and_loans_received_come_from_their_giver(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Kenya has the backing of the African Union.")
    best = _best(ev, "African Union", "Kenya")
    assert best is not None and best.plover == "SUPPORT", _pairs(ev)
    ev = code("Pakistan secured a $3 billion loan from the IMF after months of negotiations.")
    best = _best(ev, "IMF", "Pakistan")
    assert best is not None and best.plover == "AID", _pairs(ev)
    ev = code("Egypt received financing from the World Bank.")
    best = _best(ev, "World Bank", "Egypt")
    assert best is not None and best.plover == "AID", _pairs(ev)


def test_placing_weapons_is_a_build_up_and_plans_are_planned(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Russia is reported to have deployed nuclear weapons in Belarus.")
    best = _best(ev, "Russia", "Belarus")
    assert best is not None and best.plover == "MOBILIZE", _pairs(ev)
    ev = code("Kenya is set to host talks between the warring parties.")
    assert any(e.modality == "planned" and e.plover == "AGREE" for e in ev), _pairs(ev)


def test_the_accused_is_the_doer_of_what_they_are_accused_of(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The Sudanese army is accused of bombing civilians.")
    best = _best(ev, "Sudanese army", "civilians")
    assert best is not None and best.plover == "ASSAULT", _pairs(ev)


def test_news_decorations_do_not_lose_the_event(code) -> None:  # type: ignore[no-untyped-def]
    # a post-posed "officials said" made the subject of "called for" a subject of "said"
    ev = code(
        "A parliamentary report called for sanctions against Eritrea over forced labour, officials said on Monday."
    )
    best = _best(ev, "report", "Eritrea")
    assert best is not None and best.plover == "THREATEN", _pairs(ev)
    # a dateline whose dash made the real subject a modifier of the place
    ev = code("LONDON (Reuters) - USAID had announced a suspension of aid in Yemen to take effect in March.")
    best = _best(ev, "USAID", "Yemen")
    assert best is not None and best.plover == "SANCTION", _pairs(ev)
    ev = code("NAIROBI (Reuters) - Kenya expelled two Ugandan diplomats.")
    best = _best(ev, "Kenya", "Ugandan diplomats")
    assert best is not None and best.plover == "SANCTION", _pairs(ev)
