"""Forecast questions over the project's own event store (what ``POST /api/forecast/ask`` calls).

The store's events become a temporal KG (actor codes, CAMEO codes, days); a model is fit once per
store state (cached by event count and newest event) and asked "will SOURCE do RELATION to TARGET
within N days". Pending anticipations for the same dyad and CAMEO root are returned beside the model's
answer as evidence (what the news says is planned), not mixed into the probability.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from detente.forecast.data import EVENTS_SQL, from_events
from detente.forecast.engine import Forecast
from detente.store.base import Store

_CACHE: dict[tuple[str, int, str, str], Forecast] = {}


def _forecast(store: Store, model: str) -> Forecast:
    state = store.query("SELECT count(*) AS n, max(date_start) AS last FROM events")[0]
    key = (store.url, int(state["n"]), str(state["last"]), model)
    if key not in _CACHE:
        rows = store.query(EVENTS_SQL)
        _CACHE.clear()
        _CACHE[key] = Forecast.build(from_events(rows), model=model)
    return _CACHE[key]


def ask(store: Store, question: Mapping[str, Any]) -> dict[str, Any]:
    """Answer ``{"source", "relation", "target", "within"?, "model"?}``; raises ValueError/KeyError when
    the question names an actor or code the store has never seen."""
    for k in ("source", "relation", "target"):
        if not isinstance(question.get(k), str) or not question[k]:
            raise ValueError(f"'{k}' is required: an actor code (e.g. RUSGOV) or CAMEO code (e.g. 042)")
    within = int(question.get("within", 7))
    model = str(question.get("model", "loglinear"))  # the CLI's default: both interfaces give one answer
    fc = _forecast(store, model)
    answer = fc.ask(question["source"], question["relation"], question["target"], within=within)
    answer["model"] = model
    answer["anticipations"] = _anticipations(store, question["source"], question["relation"], question["target"])
    return answer


def _anticipations(store: Store, source: str, relation: str, target: str) -> list[dict[str, Any]]:
    try:
        from detente.events.anticipation import anticipation_priors
    except ImportError:
        return []
    out = []
    for src, cameo, tgt, start, end, weight in anticipation_priors(store):
        if src == source and tgt == target and cameo[:2] == relation[:2]:
            out.append({"cameo": cameo, "window": [start.isoformat(), end.isoformat()], "weight": round(weight, 3)})
    return out
