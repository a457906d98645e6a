"""Measure grouping against corpora where the truth is known.

Two corpora (in ``tests/data/grouping_corpus``):

* ``mentions.psv`` — hand-built coded mentions, each with its true event label;
* ``texts/*.txt`` + ``texts_truth.tsv`` — written reports in the seed format; the real coder codes
  them and each coded mention is labelled by the truth line whose file and sentence phrase it matches
  (coded mentions matching no truth line are coder noise: counted, not scored).

Run ``python -m detente.events.evaluate [CORPUS_DIR]`` to print both scores as JSON.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from detente.events.grouping import group_mentions
from detente.events.mention import GroupingConfig, Mention, mention_from_row
from detente.events.metrics import score_grouping
from detente.model import ActorRef, CodedEvent, EventDate
from detente.store.base import EVENT_COLUMNS, event_row


def _actor(spec: str) -> ActorRef | None:
    """``RUSGOV:Sergei Lavrov`` -> ActorRef (country = the first three letters); ``-`` -> None."""
    if spec in ("", "-"):
        return None
    code, _, name = spec.partition(":")
    return ActorRef(text=name or code, code=code, country=code[:3] if code[:3].isalpha() else None,
                    name=name or None, kind="person" if name else "country")


def _event_date(spec: str, report: date) -> EventDate:
    from detente.coding.dates import make_event_date

    if spec in ("", "-"):
        return make_event_date(report, "day", None)
    parts = spec.split("-")
    if len(parts) == 1:
        return make_event_date(date(int(parts[0]), 1, 1), "year", spec)
    if len(parts) == 2 and parts[1].startswith("W"):
        return make_event_date(date.fromisocalendar(int(parts[0]), int(parts[1][1:]), 1), "week", spec)
    if len(parts) == 2:
        return make_event_date(date(int(parts[0]), int(parts[1]), 1), "month", spec)
    return make_event_date(date.fromisoformat(spec), "day", spec)


def mention_event(doc: str, report: str, src: str, tgt: str, cameo: str, modality: str = "happened",
                  when: str = "-", location: str = "-", index: int = 0) -> CodedEvent:
    """A hand-built coded mention (tests and the hand-built corpus use this)."""
    from detente.knowledge.cameo import get_code
    from detente.model import Place

    c = get_code(cameo)
    rd = date.fromisoformat(report)
    source = _actor(src)
    assert source is not None, "a mention needs a source actor"
    source.start = index * 100
    target = _actor(tgt)
    if target is not None:
        target.start = index * 100 + 50
    loc = None if location in ("", "-") else Place(location.split("/")[0], location.split("/")[-1])
    return CodedEvent(
        doc_id=doc, source=source, target=target, cameo=c.code, goldstein=c.goldstein,
        quad_class=c.quad_class, plover=c.plover, plover_mode=c.plover_mode, modality=modality,
        trigger=c.name, trigger_start=index * 100 + 10, trigger_end=index * 100 + 20,
        sentence=f"{src} {c.name} {tgt}", sentence_index=index, sentence_start=index * 100,
        event_date=_event_date(when, rd), report_date=rd, location=loc,
    )  # fmt: skip


def load_mention_corpus(path: Path) -> tuple[list[CodedEvent], dict[str, str]]:
    """Read ``mentions.psv``: ``truth|doc|report|source|target|cameo|modality|date|location`` lines."""
    events: list[CodedEvent] = []
    truth: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        f = [x.strip() for x in line.split("|")]
        if len(f) != 9:
            raise ValueError(f"{path}:{n + 1}: expected 9 '|'-separated fields, got {len(f)}")
        ev = mention_event(f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], index=n)
        events.append(ev)
        truth[ev.id] = f[0]
    return events, truth


def as_mentions(events: Sequence[CodedEvent]) -> list[Mention]:
    return [mention_from_row(dict(zip(EVENT_COLUMNS, event_row(e)))) for e in events]


def predict(mentions: Sequence[Mention], cfg: GroupingConfig | None = None) -> dict[str, str]:
    return {m.id: g.group_id for g in group_mentions(mentions, cfg) for m, _ in g.members}


def evaluate_mention_corpus(path: Path, cfg: GroupingConfig | None = None) -> dict[str, Any]:
    events, truth = load_mention_corpus(path)
    pred = predict(as_mentions(events), cfg)
    return {"corpus": str(path), **score_grouping(pred, truth).to_dict()}


def read_seed_file(path: Path) -> tuple[date, str]:
    """A report in the seed format: a ``date YYYY-MM-DD`` line, then the text."""
    text = path.read_text(encoding="utf-8").lstrip()
    first, _, rest = text.partition("\n")
    parts = first.split()
    if len(parts) < 2 or parts[0] != "date":
        raise ValueError(f"{path}: the first line must be 'date YYYY-MM-DD'")
    body = " ".join(parts[2:]) + "\n" + rest if len(parts) > 2 else rest
    return date.fromisoformat(parts[1]), body.strip()


def code_text_corpus(folder: Path) -> list[CodedEvent]:
    """Code every ``*.txt`` report of ``folder`` with the real coder; mentions get ``doc_id`` = file stem."""
    from detente.coding.batch import code_documents  # type: ignore[import-not-found,unused-ignore]
    from detente.model import Document

    docs = []
    for p in sorted(folder.glob("*.txt")):
        d, text = read_seed_file(p)
        docs.append(Document(text=text, date=d, path=str(p), external_id=p.stem))
    out: list[CodedEvent] = []
    for doc, evs in _pairs(code_documents(docs)):
        for e in evs:
            e.doc_id = doc.external_id or doc.id
            out.append(e)
    return out


def _pairs(result: Any) -> list[tuple[Any, list[CodedEvent]]]:
    """Accept what ``code_documents`` returns: (doc, events) pairs, or an object holding them."""
    for attr in ("coded", "documents", "results"):
        if hasattr(result, attr):
            result = getattr(result, attr)
            break
    return [(d, list(evs)) for d, evs in result]


def label_text_mentions(events: Sequence[CodedEvent], truth_file: Path) -> tuple[dict[str, str], int]:
    """Truth labels for coded mentions; returns (labels, number of mentions no truth line covers).

    Truth lines: ``file<TAB>phrase<TAB>root<TAB>label``: a mention of that file whose sentence
    contains the phrase and whose CAMEO root is ``root`` (``*``: any) tells the event ``label``.
    """
    rules = []
    for line in truth_file.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            stem, phrase, root, label = line.split("\t")
            rules.append((stem, phrase.casefold(), root, label))
    labels: dict[str, str] = {}
    unmatched = 0
    for e in events:
        hit = [lab for stem, phrase, root, lab in rules
               if stem == e.doc_id and phrase in e.sentence.casefold() and root in ("*", e.cameo_root)]
        if hit:
            labels[e.id] = hit[0]
        else:
            unmatched += 1
    return labels, unmatched


def evaluate_text_corpus(folder: Path, cfg: GroupingConfig | None = None, truth_file: Path | None = None,
                         ) -> dict[str, Any]:
    """Code ``folder`` with the real coder and score the grouping against ``<folder>_truth.tsv``."""
    events = code_text_corpus(folder)
    truth_file = truth_file or folder.parent / f"{folder.name}_truth.tsv"
    truth, unmatched = label_text_mentions(events, truth_file)
    scored = [e for e in events if e.id in truth]
    pred = predict(as_mentions(scored), cfg)
    return {"corpus": str(folder), "coded_mentions": len(events), "unlabelled_mentions": unmatched,
            **score_grouping(pred, truth).to_dict()}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    root = Path(args[0]) if args else Path("tests/data/grouping_corpus")
    out: dict[str, Any] = {"hand_built": evaluate_mention_corpus(root / "mentions.psv")}
    try:
        out["text_via_coder"] = evaluate_text_corpus(root / "texts")
    except ModuleNotFoundError as exc:
        out["text_via_coder"] = {"skipped": f"the coder is not available: {exc}"}
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
