"""Secondary targets: one less confident event per further actor-like party a trigger governs (sentences
written for these tests)."""

from __future__ import annotations

from detente.model import CodedEvent


def _targets(events: list[CodedEvent], prefix: str) -> dict[str, float]:
    return {e.target.text: e.confidence for e in events if e.cameo.startswith(prefix) and e.target is not None}


def test_place_of_the_act_is_a_secondary_target(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Norway is ready to contribute engineers to a United Nations mission in Mali.")
    got = _targets(ev, "0")
    assert "Mali" in got, got
    best = max(got.values())
    assert got["Mali"] <= best


def test_secondary_targets_rank_below_the_chosen_one(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Chile condemned the bombing of a school in Kabul.")
    got = _targets(ev, "11")
    assert "Kabul" in got and len(got) >= 2, got
    assert got["Kabul"] < max(got.values())


def test_subject_of_a_permission_frame_is_a_target(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Peru refused to allow the Red Cross to visit the prisoners.")
    got = _targets(ev, "12")
    assert any("Red Cross" in t for t in got), got


def test_dates_and_numbers_are_never_targets(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Ghana sent 300 soldiers to Liberia on Monday for six months.")
    texts = {e.target.text for e in ev if e.target is not None}
    assert not any(t in ("Monday", "six months", "300") for t in texts), texts


def test_the_trigger_words_are_no_party(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The governor declared a state of emergency in the province.")
    texts = {e.target.text for e in ev if e.target is not None}
    assert not any("state" in t for t in texts), texts


def test_planned_protest_is_a_threat_to_protest(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Teachers will hold a protest outside the Ministry of Education on Friday.")
    assert any(e.cameo == "133" for e in ev), [(e.cameo, e.trigger) for e in ev]


def test_pledged_support_is_an_endorsement(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Senegal pledged its full support for the Gambian government.")
    assert any(e.cameo == "051" for e in ev), [(e.cameo, e.trigger) for e in ev]


def test_relief_goods_given_are_humanitarian_aid(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Japan delivered tents and blankets to flood victims in Bangladesh.")
    assert any(e.cameo == "073" and e.source.text == "Japan" for e in ev), [(e.cameo, e.trigger) for e in ev]


def test_acronym_misparsed_as_adverb_is_the_source(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("UNICEF provided shelter materials to families in Haiti.")
    assert any(e.source.text == "UNICEF" for e in ev), [(e.cameo, e.source.text) for e in ev]


def test_agentless_arrest_in_a_country_is_that_state_s_act(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The blogger Amadou Diallo was arrested on Monday in Mali for insulting the army.")
    assert any(e.cameo.startswith("17") and e.source.country == "MLI" for e in ev), [
        (e.cameo, e.source.text) for e in ev
    ]


def test_declared_cessation_of_hostilities_is_a_truce(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The president of Chad declared a cessation of hostilities in the east.")
    assert any(e.cameo == "0871" for e in ev), [(e.cameo, e.trigger) for e in ev]
    assert not any(e.target is not None and "cessation" in e.target.text for e in ev)


def test_source_s_own_country_is_no_second_party(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The president of Chad condemned the raid on a market in Kenya.")
    targets = {e.target.text for e in ev if e.cameo.startswith("11") and e.target is not None}
    assert "Chad" not in targets and "Kenya" in targets, targets


def test_measured_goods_code_what_is_measured(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("The charity flew twelve tons of medicine into Sudan.")
    assert any(e.cameo == "073" and e.target is not None and e.target.text == "Sudan" for e in ev), [
        (e.cameo, e.trigger) for e in ev
    ]


def test_support_provided_is_aid_and_amounts_are_no_party(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Norway provides 30 million euros of support for farmers in Malawi.")
    assert any(e.cameo.startswith("07") for e in ev), [(e.cameo, e.trigger) for e in ev]
    assert not any(e.target is not None and "euros" in e.target.text for e in ev)


def test_conjoined_country_adjectives_are_two_actors(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Ghanaian and Togolese troops agreed to hold a joint exercise.")
    pairs = {(e.source.country, e.target.country) for e in ev if e.target is not None}
    assert ("GHA", "TGO") in pairs and ("TGO", "GHA") in pairs, pairs


def test_parties_to_an_agreement_on_a_topic_agree_with_each_other(code) -> None:  # type: ignore[no-untyped-def]
    ev = code("Kenyan and Ugandan negotiators reached an agreement on fishing rights.")
    pairs = {(e.source.country, e.target.country) for e in ev if e.target is not None and e.cameo == "057"}
    assert ("KEN", "UGA") in pairs, [(e.cameo, e.source.text, e.target.text if e.target else "") for e in ev]
