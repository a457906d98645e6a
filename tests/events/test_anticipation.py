"""Anticipated events on hand-built mentions: windows, statuses as of a date, any ingest order."""

from __future__ import annotations

import json
from datetime import date

import pytest
from events_testlib import ingest
from typer.testing import CliRunner

from detente.errors import QueryError
from detente.events import anticipation_priors, evaluate_priors, list_anticipations, update_after_ingest
from detente.events.anticipation import AnticipationConfig, window_of
from detente.events.evaluate import as_mentions
from detente.events.evaluate import mention_event as _mention_event
from detente.model import CodedEvent
from detente.store import Store

PUTIN, LAVROV, WANG, XI = ("RUSGOV:Vladimir Putin", "RUSGOV:Sergei Lavrov", "CHNGOV:Wang Yi",
                           "CHNGOV:Xi Jinping")


def mention_event(*args: str, index: int = 0, confidence: float = 0.9) -> CodedEvent:
    """A hand-built mention the coder is sure of (0.9, like its chosen targets; guesses score <= 0.6)."""
    e = _mention_event(*args, index=index)
    e.confidence = confidence
    return e


def plan_reports() -> list[CodedEvent]:
    return [
        # 2024-04-03: Putin is expected to visit China in May; Lavrov will meet Wang Yi next week
        mention_event("p1", "2024-04-03", PUTIN, "CHN", "042", "planned", "2024-05", index=0),
        mention_event("p1", "2024-04-03", LAVROV, WANG, "040", "planned", "2024-W15", index=1),
        # 2024-04-05: a second report of the planned visit, without a date
        mention_event("p2", "2024-04-05", PUTIN, "CHN", "042", "planned", "-", index=0),
        # 2024-04-05: the US and China plan talks "soon" (never followed up)
        mention_event("p2", "2024-04-05", "USAGOV", "CHNGOV", "036", "planned", "-", index=1),
    ]


def cancel_report() -> list[CodedEvent]:
    # 2024-04-06: the Lavrov–Wang meeting will not take place
    return [mention_event("c1", "2024-04-06", LAVROV, WANG, "040", "negated", "-", index=0)]


def visit_reports() -> list[CodedEvent]:
    return [
        mention_event("v1", "2024-05-16", XI, PUTIN, "043", "happened", "2024-05-16", "Beijing/CHN", index=0),
        mention_event("v2", "2024-05-17", PUTIN, XI, "040", "happened", "-", index=0),
    ]


def statuses(store: Store, as_of: str | None = None) -> dict[tuple[str | None, str], str]:
    return {(a["source_name"] or a["source_code"], a["cameo"]): a["status"]
            for a in list_anticipations(store, as_of=as_of)}


def test_windows_follow_date_granularity() -> None:
    cfg = AnticipationConfig()
    month = as_mentions([mention_event("a", "2024-04-03", PUTIN, "CHN", "042", "planned", "2024-05")])
    assert window_of(month, cfg) == (date(2024, 5, 1), date(2024, 5, 31), "month")
    week = as_mentions([mention_event("a", "2024-04-03", PUTIN, "CHN", "042", "planned", "2024-W15")])
    assert window_of(week, cfg) == (date(2024, 4, 8), date(2024, 4, 14), "week")
    day = as_mentions([mention_event("a", "2024-04-03", PUTIN, "CHN", "042", "planned", "2024-05-16")])
    assert window_of(day, cfg) == (date(2024, 5, 15), date(2024, 5, 17), "day")
    year = as_mentions([mention_event("a", "2024-04-03", PUTIN, "CHN", "042", "planned", "2024")])
    assert window_of(year, cfg) == (date(2024, 4, 3), date(2024, 12, 31), "year")
    none = as_mentions([mention_event("a", "2024-04-03", PUTIN, "CHN", "042", "planned", "-")])
    assert window_of(none, cfg) == (date(2024, 4, 3), date(2024, 5, 3), "default")
    # an undated report and a dated one of the same plan: the dated one sets the window
    both = as_mentions([mention_event("a", "2024-04-05", PUTIN, "CHN", "042", "planned", "-"),
                        mention_event("b", "2024-04-03", PUTIN, "CHN", "042", "planned", "2024-05", index=1)])
    assert window_of(both, cfg)[2] == "month"


def test_statuses_over_time(store: Store) -> None:
    ingest(store, plan_reports() + cancel_report() + visit_reports())
    update_after_ingest(store)
    putin, lavrov, usa = ("Vladimir Putin", "042"), ("Sergei Lavrov", "040"), ("USAGOV", "036")
    early = statuses(store, "2024-04-04")
    assert early == {putin: "pending", lavrov: "pending"}  # the US plan is not reported yet
    assert statuses(store, "2024-04-06") == {putin: "pending", lavrov: "cancelled", usa: "pending"}
    mid = statuses(store, "2024-05-10")
    assert mid[usa] == "overdue" and mid[putin] == "pending"
    final = statuses(store)  # default: the newest report date, 2024-05-17
    assert final == {putin: "happened", lavrov: "cancelled", usa: "overdue"}
    assert statuses(store, "2024-06-30")[putin] == "happened"


def test_the_anticipation_lists_its_reports_and_links_the_outcome(store: Store) -> None:
    ingest(store, plan_reports() + visit_reports())
    update_after_ingest(store)
    (visit,) = [a for a in list_anticipations(store, status="happened")]
    assert visit["n_reports"] == 2 and {r["doc_id"] for r in visit["reports"]} == {"p1", "p2"}
    assert visit["window_start"] == "2024-05-01" and visit["window_end"] == "2024-05-31"
    assert visit["as_of"] == "2024-05-17"
    assert {m["doc_id"] for m in visit["matched"]} == {"v1", "v2"}
    groups = {m["group_id"] for m in visit["matched"]}
    assert len(groups) == 1 and None not in groups  # both reports of the visit: one event
    stored = store.query("SELECT * FROM anticipations WHERE group_id = ?", [visit["id"]])
    assert stored[0]["status"] == "happened" and stored[0]["matched_group"] in groups


@pytest.mark.parametrize("order", ["plan-first", "visit-first"])
def test_ingest_order_does_not_matter(store: Store, order: str) -> None:
    batches = [plan_reports(), cancel_report(), visit_reports()]
    if order == "visit-first":
        batches.reverse()
    for b in batches:
        ingest(store, b)
        update_after_ingest(store)
    assert statuses(store) == {("Vladimir Putin", "042"): "happened", ("Sergei Lavrov", "040"): "cancelled",
                               ("USAGOV", "036"): "overdue"}


def test_a_reject_event_between_the_same_actors_cancels(store: Store) -> None:
    ingest(store, [mention_event("p", "2024-04-03", LAVROV, WANG, "040", "planned", "2024-W15"),
                   mention_event("r", "2024-04-05", "CHNGOV", "RUSGOV", "125", "happened", "-")])
    (a,) = list_anticipations(store)
    assert a["status"] == "cancelled" and a["reason"] == "rejected"


def test_a_visit_outside_the_window_does_not_count(store: Store) -> None:
    ingest(store, [mention_event("p", "2024-04-03", PUTIN, "CHN", "042", "planned", "2024-05"),
                   mention_event("v", "2024-07-10", PUTIN, "CHN", "042", "happened", "2024-07-09")])
    (a,) = list_anticipations(store)
    assert a["status"] == "overdue" and a["matched"] == []


def test_bad_arguments_say_what_to_do(store: Store) -> None:
    with pytest.raises(QueryError, match="status must be one of"):
        list_anticipations(store, status="done")
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        list_anticipations(store, as_of="May")
    assert list_anticipations(store) == []  # an empty store knows no anticipations


def test_priors_are_pending_anticipations(store: Store) -> None:
    ingest(store, plan_reports() + visit_reports())
    priors = anticipation_priors(store, as_of="2024-04-10")
    by_code = {p[1]: p for p in priors}
    assert by_code["042"][:5] == ("RUSGOV", "042", "CHN", date(2024, 5, 1), date(2024, 5, 31))
    assert by_code["042"][5] == pytest.approx(2 / 3, abs=1e-3)
    assert by_code["036"][5] == pytest.approx(0.5)
    assert all(p[1] != "042" for p in anticipation_priors(store))  # it happened: no longer a prior
    ev = evaluate_priors(store, "2024-04-10")
    assert ev["pending_then"] == 3 and ev["final"]["happened"] == 1
    assert ev["hit_rate"] == pytest.approx(1 / 3, abs=1e-3)


def test_cli_expected_formats(store: Store) -> None:
    import typer

    from detente.cli.expected import expected, group

    ingest(store, plan_reports() + cancel_report() + visit_reports())
    db = store.url
    store.close()
    app = typer.Typer()
    app.command("expected")(expected)
    app.command("group")(group)
    runner = CliRunner()
    res = runner.invoke(app, ["group", "--db", db])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["total_mentions"] == 7
    res = runner.invoke(app, ["expected", "--db", db, "--format", "json", "--status", "happened"])
    assert res.exit_code == 0, res.output
    assert [a["cameo"] for a in json.loads(res.output)] == ["042"]
    res = runner.invoke(app, ["expected", "--db", db, "--format", "csv", "--as-of", "2024-04-04"])
    lines = res.output.strip().splitlines()
    assert lines[0].startswith("id,status") and len(lines) == 3
    res = runner.invoke(app, ["expected", "--db", db])
    assert "cancelled" in res.output and "as of 2024-05-17" in res.output
    res = runner.invoke(app, ["expected", "--db", db, "--status", "bogus"])
    assert res.exit_code == 2 and "status must be one of" in res.output


def test_an_intent_code_is_matched_by_the_event_it_announces(store: Store) -> None:
    ingest(store, [mention_event("p", "2024-04-03", PUTIN, "CHN", "036", "planned", "2024-05"),
                   mention_event("v", "2024-05-17", XI, PUTIN, "043", "happened", "2024-05-16", index=1)])
    (a,) = list_anticipations(store)
    assert a["status"] == "happened" and a["matched"][0]["doc_id"] == "v"


def test_only_plans_of_a_known_actor_towards_another_are_tracked(store: Store) -> None:
    # "The meeting will reinforce ..." (no actor coded as the planner), a plan of Putin towards
    # Russia and of a Chinese official towards China: coder slips, nothing to track
    no_actor = mention_event("s1", "2024-04-03", "XXX", "CHNGOV", "154", "planned", "-", index=0)
    no_actor.source.text, no_actor.source.code, no_actor.source.country = "The meeting", "", None
    ingest(store, plan_reports() + [
        no_actor,
        mention_event("s1", "2024-04-03", PUTIN, "RUS", "036", "planned", "2024-05", index=1),
        mention_event("s1", "2024-04-03", WANG, "CHN", "036", "planned", "-", index=2),
        # the state towards its own government is one party too; the government towards the opposition is not
        mention_event("s1", "2024-04-03", "RUS", "RUSGOV", "036", "planned", "-", index=3),
        mention_event("s1", "2024-04-03", "UKRGOV", "UKROPP", "043", "planned", "-", index=4),
    ])
    update_after_ingest(store)
    listed = statuses(store)
    assert set(listed) == {("Vladimir Putin", "042"), ("Sergei Lavrov", "040"), ("USAGOV", "036"),
                           ("UKRGOV", "043")}


def test_the_coders_surest_reading_stands_for_the_plan(store: Store) -> None:
    chosen = mention_event("r1", "2024-04-03", PUTIN, "CHN", "042", "planned", "2024-05", index=0)
    chosen.confidence = 0.9
    guesses = []
    for i, doc in enumerate(("r1", "r2", "r3")):  # a guessed secondary target, told three times
        g = mention_event(doc, "2024-04-03", PUTIN, WANG, "042", "planned", "2024-05", index=i + 1)
        g.confidence = 0.3
        guesses.append(g)
    ingest(store, [chosen, *guesses])
    update_after_ingest(store)
    [plan] = list_anticipations(store)
    assert plan["n_reports"] == 4
    assert (plan["source_name"], plan["target_code"], plan["target_name"]) == ("Vladimir Putin", "CHN", None)
    [group] = store.query("SELECT target_code, target_name FROM event_groups")
    assert (group["target_code"], group["target_name"]) == ("CHN", None)


# -- stricter matching: targets, confidence, the kind of act, cancellations by one party ------------

RUS_UKR_PLAN = ("p", "2024-08-05", "RUSGOV", "UKRGOV", "036", "planned", "2024-08")


def judged(store: Store, events: list[CodedEvent]) -> list[dict[str, object]]:
    ingest(store, events)
    update_after_ingest(store)
    return list_anticipations(store)


def test_fulfils_and_calls_off_tables() -> None:
    from detente.events.anticipation import calls_off, fulfils

    assert fulfils("036", "040") and fulfils("036", "043") and fulfils("036", "046") and fulfils("042", "043")
    # held talks are coded 046 (the codebook's negotiation), and a planned visit happens when the talks are held
    assert fulfils("042", "046") and not fulfils("036", "057") and not fulfils("036", "036")
    assert not fulfils("0312", "0332") and fulfils("033", "072") and fulfils("120", "125")
    assert calls_off("036", "164") and calls_off("040", "125") and calls_off("0356", "1246")
    assert not calls_off("036", "120") and not calls_off("036", "046") and calls_off("100", "120")


def test_a_plan_without_a_target_or_of_a_guessed_pair_is_not_tracked(store: Store) -> None:
    # "The UN Security Council was to hold an emergency meeting": no target; any meeting would match it
    un = mention_event("u", "2024-07-08", "IGOUNO", "-", "036", "planned", "2024-07-09")
    guess = mention_event("k", "2024-10-31", "KOR", "JPN", "1312", "planned", "-", confidence=0.2)
    chosen = mention_event("k", "2024-10-31", "KOR", "PRK", "1312", "planned", "-", index=1)
    meeting = mention_event("n", "2024-07-10", "NATO", "CHN", "040", "happened", "2024-07-09")
    listed = judged(store, [un, guess, chosen, meeting])
    assert [(a["source_code"], a["target_code"]) for a in listed] == [("KOR", "PRK")]


def test_a_statement_about_talks_does_not_fulfil_planned_talks(store: Store) -> None:
    listed = judged(store, [
        mention_event(*RUS_UKR_PLAN),
        # "Zakharova said Kyiv had shown it was not interested in negotiations": the coder's guesses
        mention_event("z", "2024-08-17", "RUSGOV:Maria Zakharova", "UKRGOV", "046", "happened", "-", confidence=0.4),
        mention_event("z", "2024-08-17", "UKRGOV", "-", "046", "happened", "-", index=1, confidence=0.75),
        # another act between the same actors, and another statement of intent
        mention_event("z", "2024-08-17", "RUSGOV", "UKRGOV", "057", "happened", "-", index=2),
        mention_event("z", "2024-08-17", "UKRGOV", "RUSGOV", "036", "happened", "-", index=3),
        # a meeting of one of them with a third party
        mention_event("z", "2024-08-17", "UKRGOV", "QAT", "040", "happened", "-", index=4),
    ])
    (a,) = listed
    assert a["status"] == "pending" and a["matched"] == []


def test_talks_are_held_in_either_direction(store: Store) -> None:
    (a,) = judged(store, [mention_event(*RUS_UKR_PLAN),
                          mention_event("t", "2024-08-20", "UKRGOV", "RUSGOV", "046", "happened", "-")])
    assert a["status"] == "happened" and a["matched"][0]["doc_id"] == "t"


def test_talks_called_off_without_a_target_cancel_the_plan(store: Store) -> None:
    # "Talks between Russia and Ukraine have been cancelled": RUS 164 and UKR 164, no target
    (a,) = judged(store, [mention_event(*RUS_UKR_PLAN),
                          mention_event("c", "2024-08-17", "RUS", "-", "164", "happened", "-", confidence=0.75),
                          mention_event("c", "2024-08-17", "UKR", "-", "164", "happened", "-", confidence=0.75)])
    assert a["status"] == "cancelled" and a["reason"] == "rejected"
    assert sorted(m["source_code"] for m in a["matched"]) == ["RUS", "UKR"]


def test_a_one_sided_halt_must_name_the_other_party_in_its_sentence(store: Store) -> None:
    (a,) = judged(store, [mention_event(*RUS_UKR_PLAN),
                          # "Russia halted negotiations" with someone else: Ukraine is not in the sentence
                          mention_event("c", "2024-08-17", "RUS", "-", "164", "happened", "-"),
                          mention_event("c", "2024-08-17", "RUS", "JPN", "111", "happened", "-", index=1),
                          mention_event("c", "2024-08-17", "UKR", "-", "010", "happened", "-", index=1)])
    assert a["status"] == "pending"


def test_a_plain_rejection_or_a_third_party_does_not_cancel(store: Store) -> None:
    (a,) = judged(store, [mention_event(*RUS_UKR_PLAN),
                          # "Ukraine rejected the accusation and said Russia was never serious"
                          mention_event("c", "2024-08-17", "UKRGOV", "-", "120", "happened", "-"),
                          mention_event("c", "2024-08-17", "UKRGOV", "RUS", "111", "happened", "-", index=0),
                          # a third party halting talks with one of them
                          mention_event("d", "2024-08-17", "QAT", "UKRGOV", "164", "happened", "-"),
                          # a guessed pair (low confidence)
                          mention_event("e", "2024-08-17", "RUSGOV", "UKRGOV", "125", "happened", "-",
                                        confidence=0.3)])
    assert a["status"] == "pending"


def test_a_negated_plan_without_a_target_cancels(store: Store) -> None:
    # "The meeting will not take place, a Ukrainian official said" next to Russia in the sentence
    (a,) = judged(store, [mention_event(*RUS_UKR_PLAN),
                          mention_event("c", "2024-08-17", "UKRGOV", "-", "036", "negated", "-"),
                          mention_event("c", "2024-08-17", "RUSGOV", "-", "010", "happened", "-")])
    assert a["status"] == "cancelled" and a["reason"] == "negated"


def test_a_rejection_of_talks_between_the_two_cancels(store: Store) -> None:
    # "Moscow said there could be no talks with Ukraine": RUSGOV 125 UKR
    (a,) = judged(store, [mention_event(*RUS_UKR_PLAN),
                          mention_event("c", "2024-08-17", "RUSGOV", "UKR", "125", "happened", "-")])
    assert a["status"] == "cancelled" and a["matched"][0]["cameo"] == "125"


def test_self_dyads_are_ignored_domestic_events_are_not(store: Store) -> None:
    plan = mention_event("p", "2024-04-03", "UKRGOV", "UKROPP", "043", "planned", "2024-04")
    self_meeting = mention_event("s", "2024-04-10", "UKRGOV", "UKRGOV", "040", "happened", "2024-04-10")
    self_plan = mention_event("s", "2024-04-10", "RUSGOV", "RUSGOV", "036", "planned", "2024-05", index=1)
    (a,) = judged(store, [plan, self_meeting, self_plan])
    assert a["status"] == "pending" and a["target_code"] == "UKROPP"
    ingest(store, [mention_event("m", "2024-04-12", "UKROPP", "UKRGOV", "040", "happened", "2024-04-12")])
    (a,) = list_anticipations(store)
    assert a["status"] == "happened" and a["matched"][0]["doc_id"] == "m"


def test_the_table_prints_no_none(store: Store) -> None:
    from detente.cli.expected import render_anticipations

    listed = judged(store, [mention_event(*RUS_UKR_PLAN),
                            mention_event("u", "2024-08-06", "IGOUNO", "-", "036", "planned", "2024-08-09")])
    table = render_anticipations(listed, "table")
    assert "RUSGOV -> UKRGOV" in table and "None" not in table and "IGOUNO" not in table


def test_a_secondary_reading_stands_in_for_a_self_dyad_slip(store: Store) -> None:
    blinken, yellen = "USAGOV:Antony Blinken", "USAGOV:Janet Yellen"
    listed = judged(store, [
        # "Yellen and Blinken would travel to China": the coder's first reading is Blinken -> Yellen
        mention_event("w", "2024-04-02", blinken, yellen, "036", "planned", "-", confidence=0.8),
        mention_event("w", "2024-04-02", blinken, "CHN", "036", "planned", "-", confidence=0.6),
        # "Moscow would resist such pressure": sure without a target, a guess with one
        mention_event("w", "2024-04-02", "RUSGOV", "-", "120", "planned", "-", index=1, confidence=0.9),
        mention_event("w", "2024-04-02", "RUSGOV", "USA", "120", "planned", "-", index=1, confidence=0.24),
        # the UN to meet at Iran's request: Israel is a guess next to the chosen Iran
        mention_event("w", "2024-04-02", "IGOUNO", "IRN", "036", "planned", "-", index=2),
        mention_event("w", "2024-04-02", "IGOUNO", "ISR", "036", "planned", "-", index=2, confidence=0.6),
        mention_event("m", "2024-04-26", blinken, "CHNGOV:Wang Yi", "040", "happened", "2024-04-26"),
    ])
    assert {(a["source_code"], a["target_code"]): a["status"] for a in listed} == {
        ("USAGOV", "CHN"): "happened", ("IGOUNO", "IRN"): "pending"}
