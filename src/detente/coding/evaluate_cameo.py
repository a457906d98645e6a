"""Evaluation of the coder on sentences with every reported event coded as a CAMEO triple.

The gold file is a TSV with the columns ``sentence_id``, ``date``, ``sentence`` and ``events``: every
event a careful coder codes from the sentence, separated by ``;``, each ``SOURCE>TARGET:CODE|source
text|target text`` (``-`` for a sentence with none). The coder runs through ``code_documents``, the
path of ``detente code``; its predictions are the events whose source and target both carry an actor
code (what an event data set holds). Each sentence's predictions and gold events are compared as sets
of distinct triples, at three levels:

* ``root``: actor stems (the first three letters: the country, or ``IGO``/``NGO``/``IMG`` for
  organisations, whose further letters follow different conventions: NATO is ``IGOWSTNAT`` in
  Phoenix, ``IGONAT`` elsewhere) and the CAMEO root (``04``);
* ``code``: actor stems and the CAMEO code to three digits (``036``; ``0311`` matches ``031``);
* ``full``: whole actor codes (``RUSGOV``) and the whole CAMEO code.

Precision, recall and F1 are micro-averaged over sentences, for every event and for the events at or
above a few confidence floors, so the trade-off between the coder's recall and its precision shows, and
for the coder's reading (``reading``: what ``detente code`` writes by default, see ``coding/reading.py``).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from detente.coding.batch import code_documents
from detente.coding.evaluate import GoldFileError, _keep_row, check_rows
from detente.coding.reading import reading
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry

LEVELS = ("root", "code", "full")
FLOORS = (0.0, 0.5, 0.6, 0.7, 0.8)
READING = -1.0  # the key of the coder's reading (coding/reading.py) among the floors
_EVENT = re.compile(r"^([A-Z]{3}[A-Z0-9]*)>([A-Z]{3}[A-Z0-9]*):(\d{2,4})(?:\|([^|]*)\|([^|]*))?$")
Triple = tuple[str, str, str]


@dataclass(frozen=True)
class GoldEvent:
    source: str
    target: str
    code: str
    source_text: str = ""
    target_text: str = ""


@dataclass
class TripleSentence:
    sentence_id: str
    text: str
    report_date: date | None
    events: list[GoldEvent]


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, pred: set[Triple], gold: set[Triple]) -> None:
        self.tp += len(pred & gold)
        self.predicted += len(pred)
        self.gold += len(gold)

    def to_dict(self) -> dict[str, float]:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "true_positives": self.tp, "predicted": self.predicted, "gold": self.gold}


@dataclass
class CameoReport:
    n: int
    gold_events: int
    levels: dict[str, dict[float, dict[str, float]]]  # level -> confidence floor -> scores
    top_event_correct: float  # sentences whose most confident event is a gold triple (root level)
    per_root_recall: dict[str, dict[str, float]]
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "gold_events": self.gold_events,
            "levels": {lvl: {("reading" if f == READING else str(f)): s for f, s in by.items()}
                       for lvl, by in self.levels.items()},
            "top_event_correct": self.top_event_correct,
            "per_root_recall": self.per_root_recall,
            "errors": self.errors,
        }


def stem(code: str) -> str:
    """The actor's stem: the country, or the kind of organisation (IGO, NGO, IMG)."""
    return code[:3]


def parse_events(field_text: str, where: str = "") -> list[GoldEvent]:
    """The events of a gold row (``-`` or empty for none); a malformed one raises ValueError."""
    text = field_text.strip()
    if text in ("", "-"):
        return []
    out = []
    for part in text.split(";"):
        m = _EVENT.match(part.strip())
        if not m:
            raise ValueError(f"{where}: cannot read the event {part.strip()!r}; write SOURCE>TARGET:CODE|source|target")
        out.append(GoldEvent(m[1], m[2], m[3], m[4] or "", m[5] or ""))
    return out


TRIPLE_COLUMNS = ("sentence_id", "date", "sentence", "events")


def read_triples(path: str | Path, limit: int | None = None, rows: str = "all") -> list[TripleSentence]:
    """Rows of a CAMEO-triple TSV (``rows``: all, or the even or odd data rows, as for the PLOVER set)."""
    check_rows(rows)
    out: list[TripleSentence] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        absent = [c for c in TRIPLE_COLUMNS if c != "date" and c not in (reader.fieldnames or [])]
        if absent:
            raise GoldFileError(f"{path}, line 1: the header lacks {', '.join(absent)}; it must name the "
                                f"tab-separated columns {', '.join(TRIPLE_COLUMNS)}")
        for i, r in enumerate(reader):
            if not _keep_row(i, rows):
                continue
            where = f"{path}, line {reader.line_num}"
            missing = [c for c in ("sentence_id", "sentence", "events") if r.get(c) is None]
            if missing:
                raise GoldFileError(f"{where}: missing {', '.join(missing)}; each row needs the tab-separated "
                                    f"columns {', '.join(TRIPLE_COLUMNS)}")
            try:
                day = date.fromisoformat(r["date"]) if r.get("date") else None
            except ValueError:
                raise GoldFileError(f"{where}: date must be YYYY-MM-DD, not {r['date']!r}") from None
            try:
                events = parse_events(r["events"], where)
            except ValueError as exc:
                raise GoldFileError(str(exc)) from None
            out.append(TripleSentence(r["sentence_id"], r["sentence"], day, events))
            if limit and len(out) >= limit:
                break
    return out


def triple(source: str, target: str, code: str, level: str) -> Triple:
    if level == "full":
        return source, target, code
    cut = 2 if level == "root" else 3
    return stem(source), stem(target), code[:cut]


def predicted_triples(events: list[CodedEvent], level: str, floor: float = 0.0) -> set[Triple]:
    return {
        triple(e.source.code, e.target.code, e.cameo, level)
        for e in events
        if e.target is not None and e.source.code and e.target.code and e.confidence >= floor
    }


def gold_triples(events: list[GoldEvent], level: str) -> set[Triple]:
    return {triple(g.source, g.target, g.code, level) for g in events}


def evaluate_cameo(path: str | Path, limit: int | None = None, keep_errors: int = 0, rows: str = "all") -> CameoReport:
    gold = read_triples(path, limit, rows)
    docs = [Document(text=g.text, date=g.report_date) for g in gold]
    results = code_documents(docs, registry=ActorRegistry())
    scores = {lvl: {f: Score() for f in (*FLOORS, READING)} for lvl in LEVELS}
    root_hits: dict[str, list[int]] = {}
    top_ok = 0
    errors: list[dict[str, Any]] = []
    for g, (_, events) in zip(gold, results, strict=True):
        for lvl in LEVELS:
            want = gold_triples(g.events, lvl)
            for f in FLOORS:
                scores[lvl][f].add(predicted_triples(events, lvl, f), want)
            scores[lvl][READING].add(predicted_triples(reading(events), lvl), want)
        got = predicted_triples(events, "root")
        want_root = gold_triples(g.events, "root")
        for t in want_root:
            hit = root_hits.setdefault(t[2], [0, 0])
            hit[0] += t in got
            hit[1] += 1
        coded = [e for e in events if e.target is not None and e.source.code and e.target.code]
        if coded:
            top = max(coded, key=lambda e: e.confidence)
            top_ok += predicted_triples([top], "root") <= want_root
        elif not want_root:
            top_ok += 1  # nothing to code, nothing coded
        if (got != want_root) and len(errors) < keep_errors:
            errors.append({
                "id": g.sentence_id, "text": g.text,
                "missed": sorted(f"{s}>{t}:{c}" for s, t, c in want_root - got),
                "spurious": sorted(f"{s}>{t}:{c}" for s, t, c in got - want_root),
            })
    return CameoReport(
        n=len(gold),
        gold_events=sum(len(g.events) for g in gold),
        levels={lvl: {f: s.to_dict() for f, s in by.items()} for lvl, by in scores.items()},
        top_event_correct=round(top_ok / len(gold), 3) if gold else 0.0,
        per_root_recall={
            root: {"recall": round(h / n, 3), "gold": n} for root, (h, n) in sorted(root_hits.items())
        },
        errors=errors,
    )


def format_cameo_report(rep: CameoReport) -> str:
    lines = [f"sentences {rep.n}, gold events {rep.gold_events}",
             f"most confident event is a gold triple (root level): {rep.top_event_correct:.3f}",
             f"{'level':6} {'floor':>5} {'P':>6} {'R':>6} {'F1':>6} {'pred':>6} {'gold':>6}"]
    for lvl, by in rep.levels.items():
        for f, s in by.items():
            floor = "read" if f == READING else f"{f:5.1f}"
            lines.append(f"{lvl:6} {floor:>5} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
                         f"{int(s['predicted']):6d} {int(s['gold']):6d}")
    lines.append("recall by CAMEO root (root level): " + ", ".join(
        f"{r} {v['recall']:.2f}/{int(v['gold'])}" for r, v in rep.per_root_recall.items()))
    return "\n".join(lines)
