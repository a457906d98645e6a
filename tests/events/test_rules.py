"""The matching rules, one at a time, on hand-built mentions."""

from __future__ import annotations

from detente.events.evaluate import as_mentions, mention_event
from detente.events.mention import GroupingConfig, same_event

CFG = GroupingConfig()


def pair(a: dict[str, str], b: dict[str, str]) -> int | None:
    base = {"doc": "d", "report": "2024-05-20", "src": "RUSGOV:Vladimir Putin", "tgt": "CHN", "cameo": "042",
            "modality": "happened", "when": "2024-05-16", "location": "-"}
    ma, mb = as_mentions([mention_event(**{**base, **a}, index=0), mention_event(**{**base, **b}, index=1)])
    return same_event(ma, mb, CFG)


def test_month_date_fits_any_day_of_the_month_but_not_the_next() -> None:
    assert pair({"when": "2024-05"}, {"when": "2024-05-31"}) == 0
    assert pair({"when": "2024-05"}, {"when": "2024-06-01"}) is None
    assert pair({"when": "2024-05"}, {"when": "2024-06"}) is None


def test_day_dates_within_the_window() -> None:
    assert pair({"when": "2024-05-16"}, {"when": "2024-05-19"}) == 0
    assert pair({"when": "2024-05-16"}, {"when": "2024-05-20"}) is None
    assert same_event(*as_mentions([
        mention_event("a", "2024-05-16", "RUS", "CHN", "042", when="2024-05-16"),
        mention_event("b", "2024-05-16", "RUS", "CHN", "042", when="2024-05-20", index=1),
    ]), GroupingConfig(window_days=4)) == 0


def test_reciprocal_consultation_is_one_event_but_reversed_attack_is_not() -> None:
    assert pair({"tgt": "CHNGOV:Xi Jinping"}, {"src": "CHNGOV:Xi Jinping", "tgt": "RUSGOV:Vladimir Putin",
                                               "cameo": "043"}) == 1
    war = {"src": "RUSMIL", "tgt": "UKR", "cameo": "190"}
    assert pair(war, {"src": "UKRMIL", "tgt": "RUS", "cameo": "190"}) is None


def test_actors_match_up_to_role_but_names_must_agree() -> None:
    assert pair({"src": "RUS"}, {"src": "RUSGOV:Vladimir Putin"}) == 0
    assert pair({"src": "RUSGOV:Sergei Lavrov"}, {"src": "RUSGOV:Vladimir Putin"}) is None
    assert pair({"tgt": "CHN"}, {"tgt": "USA"}) is None


def test_code_root_or_plover_type() -> None:
    assert pair({"cameo": "040"}, {"cameo": "046"}) == 0  # same root
    assert pair({"cameo": "042"}, {"cameo": "057"}) is None  # consult vs sign agreement
    # 036 (intent to meet, AGREE) vs 03x: same root; 057 (SUPPORT) vs 05 root
    assert pair({"cameo": "051"}, {"cameo": "057"}) == 0


def test_places() -> None:
    war = {"src": "RUSMIL", "tgt": "UKR", "cameo": "195"}
    assert pair({**war, "location": "Kharkiv/UKR"}, {**war, "location": "Kharkiv/UKR"}) == 0
    assert pair({**war, "location": "Kharkiv/UKR"}, {**war, "location": "Odesa/UKR"}) is None
    assert pair({**war, "location": "Kharkiv/UKR"}, {**war}) == 0  # unknown place: no veto
    # a visit spans cities of one country, but not two countries
    assert pair({"location": "Beijing/CHN"}, {"location": "Harbin/CHN"}) == 0
    assert pair({"location": "Beijing/CHN"}, {"location": "Astana/KAZ"}) is None


def test_modalities_never_merge() -> None:
    assert pair({"modality": "planned"}, {"modality": "happened"}) is None
    assert pair({"modality": "planned", "when": "-", "report": "2024-04-20"},
                {"modality": "planned", "when": "2024-05"}) == 0  # undated plan: report + 30 days


def test_role_only_actors_are_unknown_sides() -> None:
    from detente.events.mention import side_key

    assert side_key("RUS", "RUSMIL") == "RUS"
    assert side_key(None, "MIL") == "" and side_key(None, "CVL") == ""
    assert side_key(None, "IGOUNO") == "IGO"


def test_side_sql_agrees_with_side_key(store) -> None:  # type: ignore[no-untyped-def]
    from detente.events.mention import side_key, side_sql

    cases = [("RUS", "RUSGOV"), (None, "MIL"), ("", "CVLREB"), (None, "IGOUNO"), (None, None), (None, "")]
    for country, code in cases:
        got = store.query(f"SELECT {side_sql('source')} AS k FROM (SELECT CAST(? AS TEXT) AS source_country, "
                          "CAST(? AS TEXT) AS source_code) t", [country, code])[0]["k"]
        assert got == side_key(country, code), (country, code)


def test_compact_row_reads_like_the_row_dict_without_nulls() -> None:
    from detente.events.mention import Row

    row = Row({"a": 0, "b": 1, "c": 2}, ("x", None, 0))
    as_dict = {"a": "x", "c": 0}  # how the row dict was built: NULLs left out
    for key in ("a", "b", "c", "missing"):
        assert row.get(key) == as_dict.get(key)
        assert row.get(key, "default") == as_dict.get(key, "default")
