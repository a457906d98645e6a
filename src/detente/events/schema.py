"""Tables of the events layer: event groups (one real-world event, many mentions) and anticipations.

Portable SQL (DuckDB and PostgreSQL). ``register_schema`` adds them to every store on ``init_schema``.
Raw mentions stay in ``events``; these tables only point at them, so regrouping never loses data.
"""

from __future__ import annotations

from detente.store.base import register_schema

GROUP_COLUMNS: tuple[str, ...] = (
    "group_id", "block_key", "modality",
    "source_text", "source_code", "source_country", "source_name",
    "target_text", "target_code", "target_country", "target_name",
    "cameo", "cameo_root", "plover", "quad_class", "goldstein",
    "event_date", "date_granularity", "date_start", "date_end",
    "location", "location_country",
    "first_report", "last_report", "n_mentions", "n_documents",
)  # fmt: skip

MEMBER_COLUMNS: tuple[str, ...] = ("event_id", "group_id", "block_key", "reversed")

ANTICIPATION_COLUMNS: tuple[str, ...] = (
    "group_id", "status", "as_of", "window_start", "window_end", "window_rule",
    "source_code", "target_code", "cameo", "first_report", "n_reports", "matched_group", "matched_event",
)  # fmt: skip


@register_schema
def events_schema() -> list[str]:
    return [
        """CREATE TABLE IF NOT EXISTS event_groups (
            group_id TEXT PRIMARY KEY,      -- 'g' + the smallest member event id
            block_key TEXT NOT NULL,        -- modality|dyad: the unit regrouped together
            modality TEXT NOT NULL,
            source_text TEXT, source_code TEXT, source_country TEXT, source_name TEXT,
            target_text TEXT, target_code TEXT, target_country TEXT, target_name TEXT,
            cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, plover TEXT,
            quad_class INTEGER NOT NULL, goldstein DOUBLE PRECISION,
            event_date TEXT, date_granularity TEXT, date_start DATE, date_end DATE,
            location TEXT, location_country TEXT,
            first_report DATE, last_report DATE,
            n_mentions INTEGER NOT NULL, n_documents INTEGER NOT NULL
        )""",
        "CREATE INDEX IF NOT EXISTS event_groups_block ON event_groups (block_key)",
        "CREATE INDEX IF NOT EXISTS event_groups_dyad ON event_groups (source_country, target_country, date_start)",
        """CREATE TABLE IF NOT EXISTS event_group_members (
            event_id TEXT PRIMARY KEY,      -- events.id: every mention is in exactly one group
            group_id TEXT NOT NULL,
            block_key TEXT NOT NULL,
            reversed INTEGER NOT NULL DEFAULT 0  -- 1 when source/target are swapped against the group
        )""",
        "CREATE INDEX IF NOT EXISTS event_group_members_group ON event_group_members (group_id)",
        "CREATE INDEX IF NOT EXISTS event_group_members_block ON event_group_members (block_key)",
        """CREATE TABLE IF NOT EXISTS anticipations (
            group_id TEXT PRIMARY KEY,      -- the planned-modality event group
            status TEXT NOT NULL,           -- pending | happened | overdue | cancelled
            as_of DATE,                     -- the date the status was judged at
            window_start DATE, window_end DATE, window_rule TEXT,
            source_code TEXT, target_code TEXT, cameo TEXT,
            first_report DATE, n_reports INTEGER,
            matched_group TEXT, matched_event TEXT
        )""",
    ]
