"""Events, not reports: group coded mentions into real-world events, and track anticipated events.

* :func:`regroup` / :func:`update_after_ingest` keep ``event_groups`` and ``event_group_members``
  up to date (one group per real-world event, every mention kept);
* :func:`list_anticipations` lists planned events with their window and status as of a date;
* :func:`anticipation_priors` turns pending anticipations into forecasting priors;
* :func:`dyad_timeline_events` counts a dyad's timeline by event (``unit`` says which).
"""

from __future__ import annotations

from typing import Any

from detente.events import schema as schema  # noqa: F401  (registers the tables)
from detente.events.anticipation import (
    STATUSES,
    AnticipationConfig,
    anticipation_priors,
    evaluate_priors,
    list_anticipations,
    refresh_anticipations,
)
from detente.events.grouping import GroupingStats, group_mentions, regroup
from detente.events.mention import GroupingConfig
from detente.events.metrics import bcubed, pairwise, score_grouping
from detente.events.timeline import dyad_timeline_by, dyad_timeline_events
from detente.store.base import Store


def update_after_ingest(store: Store, config: GroupingConfig | None = None) -> dict[str, Any]:
    """Called by ingest after each batch: regroup new mentions, refresh the anticipation snapshot."""
    stats = regroup(store, config)
    out = stats.to_dict()
    out["anticipations"] = refresh_anticipations(store, AnticipationConfig(grouping=config or GroupingConfig()))
    return out


__all__ = [
    "STATUSES", "AnticipationConfig", "GroupingConfig", "GroupingStats", "anticipation_priors",
    "bcubed", "dyad_timeline_by", "dyad_timeline_events", "evaluate_priors", "group_mentions",
    "list_anticipations", "pairwise", "refresh_anticipations", "regroup", "score_grouping",
    "update_after_ingest",
]  # fmt: skip
