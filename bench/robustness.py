"""Benchmark: how much the coder's PLOVER figures move when the same sentences are written as real news
writes them (a dateline, an attribution, an apposition after the subject, a title-case headline).

Usage: .venv/bin/python bench/robustness.py [TSV ...] [--out bench/results/robustness.json]

Each variant rewrites every applicable gold row of the given PLOVER TSVs (default: the project's own study
sets, ``tests/data/plover_study*.tsv``) without touching the marked source and target, runs
``evaluate_plover`` (the path of ``detente code``) on the rewritten rows and on the same rows unchanged,
and prints type accuracy, QuadClass accuracy and coverage of both, and the drop. A robust coder loses
nothing: the meaning and the marked actors are the same.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.coding.evaluate import evaluate_plover  # noqa: E402

FIELDS = ["sentence_id", "sentence", "marked_sentence", "source", "target", "plover_event", "quad_class"]
_TAG = re.compile(r"</?[st]>")
_SMALL = frozenset("a an the of to in on for and at by with from as over".split())
Row = dict[str, str]


def _clean(marked: str) -> str:
    return _TAG.sub("", marked)


def _lower_the(marked: str) -> str:
    for opening in ("The ", "<s>The ", "<t>The "):
        if marked.startswith(opening):
            return marked.replace("The ", "the ", 1)
    return marked


def _has_dateline(marked: str) -> bool:
    return bool(re.match(r"^[A-Z][A-Z .'-]{2,}[,:(-]", _clean(marked)))


def prefix(text: str, lower: bool = False) -> Callable[[str], str | None]:
    def apply(marked: str) -> str | None:
        if _has_dateline(marked):
            return None
        return text + (_lower_the(marked) if lower else marked)

    return apply


def after_source(words: str) -> Callable[[str], str | None]:
    """``words`` (set off by commas) after a source that opens the sentence and is followed by its verb."""

    def apply(marked: str) -> str | None:
        if not marked.startswith("<s>"):
            return None
        i = marked.index("</s>") + 4
        verb = marked[i + 1 :].split(" ", 1)[0]
        if marked[i : i + 1] != " " or not verb.islower() or verb in ("and", "or"):
            return None  # not between two coordinated sources
        return marked[:i] + words + marked[i:]

    return apply


def title_case(marked: str) -> str | None:
    """A headline: every word capitalised but short function words, no final full stop (short rows only)."""
    if len(_clean(marked).split()) > 14 or _has_dateline(marked):
        return None
    words, first = [], True
    for piece in re.split(r"(\s+)", marked):
        if not piece.strip():
            words.append(piece)
            continue
        tags, word = re.match(r"^((?:</?[st]>)*)(.*)$", piece).groups()  # type: ignore[union-attr]
        if word[:1].isalpha() and (first or word.lower() not in _SMALL):
            word = word[0].upper() + word[1:]
        first = False
        words.append(tags + word)
    out = "".join(words)
    return out[:-1] if out.endswith(".") else out


def _third_person(lemma: str) -> str:
    if re.search(r"(s|sh|ch|x|z)$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _opening_past_verb(marked: str) -> tuple[int, str, Any] | None:
    """Where the past-tense verb right after an opening source stands, the word and its token, else None."""
    from detente.nlp.load import get_nlp

    if not marked.startswith("<s>"):
        return None
    i = marked.index("</s>") + 4
    word = marked[i + 1 :].split(" ", 1)[0]
    if marked[i : i + 1] != " " or not word.islower() or not word.endswith("ed"):
        return None
    verb = next((t for t in get_nlp()(_clean(marked)) if t.text == word and t.tag_ == "VBD"), None)
    return None if verb is None else (i, word, verb)


def _present(word: str, verb: Any) -> str:
    """The present tense of a past-tense verb: the bare form after a plural subject, else the third person.
    The lemma is checked against the coder's verbs, as the lemmatiser makes "fin" of "fined"."""
    from detente.coding import lexicon as lx

    lemma = next((c for c in (word[:-1], verb.lemma_) if c in lx.VERBS), verb.lemma_)
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    plural = bool(subj) and (subj[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj[0].children))
    return lemma if plural else _third_person(lemma)


def present_headline(marked: str) -> str | None:
    """A title-case headline in the present tense, as headlines are written ("Japan Thanks India for ...",
    "Security Forces Fire ..."): the past-tense verb right after an opening source is put in the present."""
    found = _opening_past_verb(marked)
    if found is None:
        return None
    i, word, verb = found
    return title_case(marked[: i + 1] + _present(word, verb) + marked[i + 1 + len(word) :])


def present_tense(marked: str) -> str | None:
    """The sentence in the present tense, as captions and ledes are written ("Police detain ...", "Turkey
    airlifts tents to ..."): the past-tense verb right after an opening source is put in the present, the
    third person after a singular subject and the bare form after a plural one (no title case)."""
    found = _opening_past_verb(marked)
    if found is None:
        return None
    i, word, verb = found
    return marked[: i + 1] + _present(word, verb) + marked[i + 1 + len(word) :]


def typographic(marked: str) -> str | None:
    """Typeset punctuation as wire copy and web pages carry it: curly apostrophes and quotes, en dashes."""
    if "'" not in marked and '"' not in marked and " - " not in marked:
        return None
    out = re.sub(r"(?<=\w)'|(?<=</[st]>)'", "\u2019", marked)
    out = out.replace("'", "\u2018")
    out = re.sub(r'"(?=\w)', "\u201c", out).replace('"', "\u201d")
    return out.replace(" - ", " \u2013 ")


def suffix(words: str) -> Callable[[str], str | None]:
    """``words`` put before the final full stop (an attribution at the end of the sentence)."""

    def apply(marked: str) -> str | None:
        if not marked.endswith(".") or marked.rstrip(".").endswith(("said", '"')):
            return None
        return marked[:-1] + words + "."

    return apply


VARIANTS: dict[str, Callable[[str], str | None]] = {
    "dateline (Reuters)": prefix("WASHINGTON (Reuters) - "),
    "dateline, date (AFP)": prefix("NAIROBI, March 3 (AFP) -- "),
    "dateline, date (Xinhua)": prefix("MOSCOW, Oct. 12 (Xinhua) -- "),
    "'On Tuesday,'": prefix("On Tuesday, ", lower=True),
    "'Officials said'": prefix("Officials said ", lower=True),
    "'According to state media,'": prefix("According to state media, ", lower=True),
    "apposition after the source": after_source(", a close ally of Washington,"),
    "relative clause after the source": after_source(", which had been under pressure for weeks,"),
    "participle after the source": after_source(", speaking in Geneva,"),
    "report after the source": after_source(", officials said,"),
    "'Speaking in Geneva on Monday,'": prefix("Speaking in Geneva on Monday, ", lower=True),
    "'After two days of talks,'": prefix("After two days of talks, ", lower=True),
    "', a spokesman said' at the end": suffix(", a spokesman said"),
    "', the ministry said in a statement'": suffix(", the ministry said in a statement"),
    "curly quotes and en dashes": typographic,
    "title-case headline": title_case,
    "present-tense headline": present_headline,
    "present tense (sentence case)": present_tense,
}


def _write(rows: list[Row], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, delimiter="\t", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def _score(rows: list[Row], tmp: Path, name: str) -> dict[str, float]:
    path = tmp / f"{name}.tsv"
    _write(rows, path)
    r = evaluate_plover(path)
    return {"type_accuracy": r.type_accuracy, "quad_accuracy": r.quad_accuracy, "coverage": r.coverage}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    studied = sorted(str(p) for p in (ROOT / "tests" / "data").glob("plover_study*.tsv"))
    ap.add_argument("tsv", nargs="*", default=studied)
    ap.add_argument("--only", action="append", default=[], help="run only variants whose name contains this")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "robustness.json"))
    args = ap.parse_args(argv)
    rows: list[Row] = []
    for name in args.tsv:
        with open(name, encoding="utf-8", newline="") as fh:
            rows += list(csv.DictReader(fh, delimiter="\t"))
    results = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for i, (label, rewrite) in enumerate(VARIANTS.items()):
            if args.only and not any(o in label for o in args.only):
                continue
            base, changed = [], []
            for row in rows:
                marked = rewrite(row["marked_sentence"])
                if marked is None:
                    continue
                base.append(row)
                changed.append(dict(row, marked_sentence=marked, sentence=_clean(marked)))
            before, after = _score(base, tmp, f"b{i}"), _score(changed, tmp, f"v{i}")
            drop = before["type_accuracy"] - after["type_accuracy"]
            results.append({"variant": label, "rows": len(base), "unchanged": before, "rewritten": after, "drop": drop})
            print(f"{label:30s} {len(base):5d} rows  type accuracy {before['type_accuracy']:.3f} -> "
                  f"{after['type_accuracy']:.3f} (drop {drop:+.3f})  QuadClass {before['quad_accuracy']:.3f} -> "
                  f"{after['quad_accuracy']:.3f}  coverage {before['coverage']:.3f} -> {after['coverage']:.3f}",
                  flush=True)
    Path(args.out).write_text(json.dumps({"files": args.tsv, "results": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
