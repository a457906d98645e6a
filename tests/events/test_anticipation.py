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
from detente.events.evaluate import as_mentions, mention_event
from detente.model import CodedEvent
from detente.store import Store

PUTIN, LAVROV, WANG, XI = ("RUSGOV:Vladimir Putin", "RUSGOV:Sergei Lavrov", "CHNGOV:Wang Yi",
                           "CHNGOV:Xi Jinping")


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
