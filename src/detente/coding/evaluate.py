"""Evaluation of the coder on sentences with marked source/target spans and a gold PLOVER type.

The coder runs through ``code_documents`` (the same path as ``detente code``). For each sentence, the
events whose source overlaps the marked source and whose target overlaps the marked target (character
offsets) are the linking events; the most confident one is the prediction. A sentence without a linking
event counts as wrong.
"""

from __future__ import annotations

import csv
import re
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from detente.coding.batch import code_documents
from detente.model import CodedEvent, Document
from detente.nlp.registry import ActorRegistry

NONE = "NONE"
_TAG = re.compile(r"</?[st]>")
_PLOVER_ALIASES = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}
# PLOVER's own quad convention (the one PLOVER-labelled gold follows): verbal cooperation 1, material
# cooperation 2, verbal conflict 3, material conflict 4. It differs from CAMEO's quad_class for appeals
# (CAMEO 02x is 1, PLOVER REQUEST is 3) and for concessions (CAMEO 08x is 2, PLOVER CONCEDE is 1; the dev
# sets' YIELD covers CONCEDE and RETREAT and is 2 there).
PLOVER_QUAD = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "YIELD": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}


@dataclass
class GoldSentence:
    sentence_id: str
    text: str
    source: tuple[int, int] | None  # None when the row marks no source (only the target is scored)
    target: tuple[int, int] | None
    label: str
    quad_class: int
    marked: str = ""
    # further mentions of a side marked more than once ("<s>X</s> ... <s>X</s>"); any of them links
    more_sources: tuple[tuple[int, int], ...] = ()
    more_targets: tuple[tuple[int, int], ...] = ()


@dataclass
class EvalReport:
    n: int
    covered: int
    type_accuracy: float
    macro_f1: float
    quad_accuracy: float  # the PLOVER quad of the predicted PLOVER type against the gold quad (primary)
    cameo_quad_accuracy: float  # the event's CAMEO quad_class against the gold quad (secondary)
    coverage: float
    accuracy_when_linked: float
    per_label: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]
    slowest: list[tuple[float, str]]
    seconds: float
    sentences_per_s: float
    errors: list[dict[str, Any]] = field(default_factory=list)
    # precision side: how many events a sentence yields, and how often the coder's single most
    # confident event is the one that links the gold spans (what a one-event-per-sentence consumer gets)
    events_per_sentence: float = 0.0
    top1_links: float = 0.0
    top1_type_accuracy: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _spans(marked: str) -> tuple[str, dict[str, list[tuple[int, int]]]]:
    """The clean text and every marked span per tag (a side marked twice, "<s>X</s> ... <s>X</s>", has two)."""
    out: dict[str, list[tuple[int, int]]] = {}
    clean: list[str] = []
    pos = 0
    starts: dict[str, int] = {}
    for m in _TAG.finditer(marked):
        clean.append(marked[pos : m.start()])
        offset = sum(len(c) for c in clean)
        tag = m.group()
        if tag.startswith("</"):
            out.setdefault(tag[2], []).append((starts.get(tag[2], offset), offset))
        else:
            starts[tag[1]] = offset
        pos = m.end()
    clean.append(marked[pos:])
    return "".join(clean), out


def check_rows(rows: str) -> None:
    """Raise ValueError unless ``rows`` names a part of an evaluation file: all, even or odd."""
    if rows not in ("all", "even", "odd"):
        raise ValueError(f"rows must be all, even or odd, not {rows!r}")


def _keep_row(index: int, rows: str) -> bool:
    """Whether data row ``index`` (0-based, after the header) belongs to the ``rows`` half (all/even/odd)."""
    if rows == "even":
        return index % 2 == 0
    if rows == "odd":
        return index % 2 == 1
    return True


GOLD_COLUMNS = ("sentence_id", "sentence", "marked_sentence", "source", "target", "plover_event", "quad_class")
_NEEDED = ("sentence_id", "marked_sentence", "plover_event", "quad_class")


class GoldFileError(ValueError):
    """A row of an evaluation file that cannot be read; the message names the file, the line and the fault."""


def _unquote(field: str) -> str:
    """A field as written by a CSV writer that quoted it (a sentence with quotes in it is
    wrapped in quotes and its own quotes are doubled), else the field as it is.
    The files are read without quoting, as the dev set's sentences carry bare quotes; a field wrapped in
    quotes whose inner quotes all come doubled can only be a quoted one."""
    inner = field[1:-1]
    if len(field) >= 2 and field[0] == field[-1] == '"' and '"' not in inner.replace('""', ""):
        return inner.replace('""', '"')
    return field


def _gold_row(r: dict[Any, Any], where: str) -> GoldSentence:
    """One data row of a PLOVER gold TSV, checked (GoldFileError says what is wrong)."""
    missing = [c for c in _NEEDED if r.get(c) is None]
    if missing:
        n = sum(1 for k, v in r.items() if k is not None and v is not None)
        raise GoldFileError(f"{where}: {n} tab-separated columns, missing {', '.join(missing)}; each row needs "
                            f"{len(GOLD_COLUMNS)}: {', '.join(GOLD_COLUMNS)}")
    marked = _unquote(r["marked_sentence"])
    for tag in ("s", "t"):
        if marked.count(f"<{tag}>") != marked.count(f"</{tag}>"):
            raise GoldFileError(f"{where}: unbalanced <{tag}>...</{tag}> marks in marked_sentence {marked!r}")
    text, spans = _spans(marked)
    if "s" not in spans and "t" not in spans:
        raise GoldFileError(f"{where}: marked_sentence has no <s>source</s> or <t>target</t> marks: {marked!r}")
    label = r["plover_event"].strip()
    if label not in PLOVER_QUAD:
        raise GoldFileError(f"{where}: unknown PLOVER label {label!r}; use one of {', '.join(sorted(PLOVER_QUAD))}")
    quad = r["quad_class"].strip()
    if quad not in ("1", "2", "3", "4"):
        raise GoldFileError(f"{where}: quad_class must be 1, 2, 3 or 4, not {quad!r}")
    src, tgt = spans.get("s", []), spans.get("t", [])
    return GoldSentence(r["sentence_id"], text, src[0] if src else None, tgt[0] if tgt else None, label, int(quad),
                        marked, tuple(src[1:]), tuple(tgt[1:]))


def read_gold(path: str | Path, limit: int | None = None, rows: str = "all") -> list[GoldSentence]:
    """Rows of a PLOVER evaluation TSV (sentence_id, sentence, marked_sentence, source, target, plover_event,
    quad_class) with the source and target as character spans of the marked sentence's clean text.
    ``rows`` keeps all data rows, or only the even- or odd-numbered ones (0-based after the header), so
    that one half can be inspected for error classes and the other kept as a held-out check.

    A malformed row (missing columns, no ``<s>``/``<t>`` marks, an unknown PLOVER label, a quad_class
    other than 1-4) raises :class:`GoldFileError` naming its line."""
    check_rows(rows)
    out: list[GoldSentence] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = reader.fieldnames or []
        absent = [c for c in _NEEDED if c not in header]
        if absent:
            raise GoldFileError(f"{path}, line 1: the header lacks {', '.join(absent)}; it must name the "
                                f"tab-separated columns {', '.join(GOLD_COLUMNS)}")
        for index, r in enumerate(reader):
            if not _keep_row(index, rows):
                continue
            out.append(_gold_row(r, f"{path}, line {reader.line_num}"))
            if limit and len(out) >= limit:
                break
    return out


def _overlaps(a: tuple[int, int] | None, start: int, end: int) -> bool:
    if a is None:  # nothing marked on this side: anything links
        return True
    return start < a[1] and a[0] < end and start >= 0


def linking_event(events: list[CodedEvent], gold: GoldSentence) -> CodedEvent | None:
    """The most confident event whose source and target overlap the gold spans, else None."""
    best: CodedEvent | None = None
    for e in events:
        if e.target is None and gold.target is not None:
            continue
        t_start, t_end = (e.target.start, e.target.end) if e.target is not None else (0, 0)
        src_ok = any(_overlaps(s, e.source.start, e.source.end) for s in (gold.source, *gold.more_sources))
        tgt_ok = any(_overlaps(t, t_start, t_end) for t in (gold.target, *gold.more_targets))
        if src_ok and tgt_ok:
            if best is None or e.confidence > best.confidence:
                best = e
    return best


def plover_label(event: CodedEvent) -> str:
    return _PLOVER_ALIASES.get(event.plover, event.plover)


def plover_quad(label: str) -> int | None:
    """The PLOVER quad class of a PLOVER type (or of a dev-set alias such as YIELD), else None."""
    return PLOVER_QUAD.get(label)


def evaluate_plover(
    path: str | Path, limit: int | None = None, keep_errors: int = 0, batch_size: int = 64, rows: str = "all"
) -> EvalReport:
    """Run the coder over a PLOVER TSV and score type accuracy, macro-F1, QuadClass and coverage
    (``rows``: all data rows, or only the even or odd ones)."""
    gold = read_gold(path, limit, rows)
    docs = [Document(text=g.text) for g in gold]
    registry = ActorRegistry()
    t0 = time.perf_counter()
    results = code_documents(docs, registry=registry, batch_size=batch_size)
    seconds = time.perf_counter() - t0
    preds: list[str] = []
    quads_ok = 0
    cameo_quads_ok = 0
    errors: list[dict[str, Any]] = []
    n_events = top1_links = top1_correct = 0
    for g, (_, events) in zip(gold, results, strict=True):
        ev = linking_event(events, g)
        n_events += len(events)
        if events:
            top = max(events, key=lambda e: e.confidence)  # first of the most confident, in coder order
            if linking_event([top], g) is not None:
                top1_links += 1
                top1_correct += plover_label(top) == g.label
        label = plover_label(ev) if ev is not None else NONE
        preds.append(label)
        if ev is not None and plover_quad(label) == g.quad_class:
            quads_ok += 1
        if ev is not None and ev.quad_class == g.quad_class:
            cameo_quads_ok += 1
        if label != g.label and len(errors) < keep_errors:
            errors.append(
                {
                    "id": g.sentence_id,
                    "gold": g.label,
                    "pred": label,
                    "cameo": ev.cameo if ev else None,
                    "trigger": ev.trigger if ev else None,
                    "text": g.text,
                    "marked": g.marked,
                    "events": [
                        f"{e.cameo} {e.trigger}: {e.source.text} -> {e.target.text if e.target else '-'}"
                        for e in events
                    ][:8],
                }
            )
    # slowest sentences: each coded alone through the same path
    timings: list[tuple[float, str]] = []
    sample = docs if len(docs) <= 400 else docs[:: max(1, len(docs) // 400)]
    for d in sample:
        t = time.perf_counter()
        code_documents([d], registry=registry)
        timings.append((time.perf_counter() - t, d.text))
    timings.sort(reverse=True)
    labels = sorted({g.label for g in gold})
    confusion: dict[str, dict[str, int]] = {lab: dict(Counter()) for lab in labels}
    for g, p in zip(gold, preds, strict=True):
        confusion[g.label][p] = confusion[g.label].get(p, 0) + 1
    per_label: dict[str, dict[str, float]] = {}
    f1s = []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, preds, strict=True) if g.label == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, preds, strict=True) if g.label != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, preds, strict=True) if g.label == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_label[lab] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3), "support": tp + fn}
        f1s.append(f1)
    n = len(gold)
    covered = sum(1 for p in preds if p != NONE)
    correct = sum(1 for g, p in zip(gold, preds, strict=True) if g.label == p)
    return EvalReport(
        n=n,
        covered=covered,
        type_accuracy=correct / n if n else 0.0,
        macro_f1=sum(f1s) / len(f1s) if f1s else 0.0,
        quad_accuracy=quads_ok / n if n else 0.0,
        cameo_quad_accuracy=cameo_quads_ok / n if n else 0.0,
        coverage=covered / n if n else 0.0,
        accuracy_when_linked=correct / covered if covered else 0.0,
        per_label=per_label,
        confusion=confusion,
        slowest=[(round(s, 4), t) for s, t in timings[:5]],
        seconds=round(seconds, 2),
        sentences_per_s=round(n / seconds, 1) if seconds else 0.0,
        errors=errors,
        events_per_sentence=round(n_events / n, 2) if n else 0.0,
        top1_links=round(top1_links / n, 3) if n else 0.0,
        top1_type_accuracy=round(top1_correct / n, 3) if n else 0.0,
    )


def format_report(rep: EvalReport) -> str:
    """A plain-text summary: headline figures, per-label scores, confusion matrix and slowest sentences."""
    lines = [
        f"sentences {rep.n}  linked {rep.covered}  coverage {rep.coverage:.3f}",
        f"type accuracy {rep.type_accuracy:.3f}  macro-F1 {rep.macro_f1:.3f}  QuadClass accuracy "
        f"{rep.quad_accuracy:.3f} (PLOVER quads; CAMEO quad_class {rep.cameo_quad_accuracy:.3f})  "
        f"accuracy when linked {rep.accuracy_when_linked:.3f}",
        f"events per sentence {rep.events_per_sentence:.2f}  most confident event links the gold spans "
        f"{rep.top1_links:.3f}, with the gold type {rep.top1_type_accuracy:.3f}",
        f"coding time {rep.seconds:.1f} s ({rep.sentences_per_s} sentences/s)",
        "",
        f"{'label':10} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}",
    ]
    for lab, s in rep.per_label.items():
        lines.append(f"{lab:10} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {int(s['support']):5d}")
    cols = list(rep.per_label) + [NONE]
    lines += ["", "confusion (rows gold, columns predicted)", " " * 10 + "".join(f"{c[:5]:>6}" for c in cols)]
    for lab, row in rep.confusion.items():
        lines.append(f"{lab:10}" + "".join(f"{row.get(c, 0):6d}" for c in cols))
    lines += ["", "slowest sentences (s)"] + [f"{s:.4f}  {t[:100]}" for s, t in rep.slowest]
    return "\n".join(lines)
