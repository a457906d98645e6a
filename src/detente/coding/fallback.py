"""A learned fallback for sentences the rules leave without any event.

The rule-based coder codes what its lexicon and constructions know. A sentence they miss entirely ("In all,
30,000 Irish soldiers served in Lebanon over 23 years") still often reports an interaction. For such a
sentence the fallback picks the clause's main verb, guesses the PLOVER type of what it reports from the
sentence's words with a multinomial logistic regression, and hands the verb, coded with that type's root
CAMEO code, to the coder's ordinary argument finding. Its events are marked by a low confidence
(``MAX_CONFIDENCE`` at most), so a confidence floor of 0.3 or more leaves them out.

The model is small (a bag of lemmas, one weight per lemma and type) and is trained on the project's own
study sentences (``tests/data/plover_study*.tsv``), never on an evaluation set:
``python -m detente.coding.fallback train tests/data/plover_study*.tsv``. Its weights ship with the
package (``data/fallback.npz``); where the file is absent the fallback is off.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from spacy.tokens import Span, Token

MODEL_PATH = Path(__file__).with_name("data") / "fallback.npz"
MAX_CONFIDENCE = 0.25
#: the root CAMEO code that stands for each PLOVER type ("Provide aid, not specified", ...)
ROOT_CODES = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070", "YIELD": "080",
    "REQUEST": "020", "ACCUSE": "110", "REJECT": "120", "THREATEN": "130", "PROTEST": "140",
    "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170", "ASSAULT": "180",
}
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})
_REPORTING = frozenset("say tell report announce add state claim note insist".split())


def main_verb(sent: Span) -> Token | None:
    """The verb of the clause the sentence reports: its root, or what a reporting root says was done."""
    root = sent.root
    if root.lemma_.lower() in _REPORTING:
        said = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"]
        if said:
            return said[0]
    if root.pos_ == "VERB":
        return root
    return next((t for t in sent if t.pos_ == "VERB" and any(c.dep_.startswith("nsubj") for c in t.children)), None)


def features(sent: Span, verb: Token | None) -> list[str]:
    """The lemmas of the sentence's content words, its verbs again, and the main verb."""
    out = ["bias"]
    for t in sent:
        if t.pos_ in _CONTENT and not t.is_punct:
            out.append("w=" + t.lemma_.lower())
            if t.pos_ == "VERB":
                out.append("v=" + t.lemma_.lower())
    if verb is not None:
        out.append("main=" + verb.lemma_.lower())
    return out


@dataclass
class FallbackModel:
    """Multinomial logistic regression over bag-of-lemma features."""

    vocab: dict[str, int]
    labels: list[str]
    weights: np.ndarray  # (features, labels)

    def predict(self, feats: Sequence[str]) -> tuple[str, float]:
        """The most probable PLOVER type and its probability."""
        rows = sorted({self.vocab[f] for f in feats if f in self.vocab})
        z = self.weights[rows].sum(axis=0) if rows else np.zeros(len(self.labels))
        p = np.exp(z - z.max())
        p /= p.sum()
        k = int(p.argmax())
        return self.labels[k], float(p[k])


def train(examples: Iterable[tuple[list[str], str]], l2: float = 1.0, min_count: int = 2) -> FallbackModel:
    """Fit the model by L-BFGS on (features, PLOVER type) pairs; features seen fewer than ``min_count``
    times are dropped."""
    data = list(examples)
    counts = Counter(f for feats, _ in data for f in set(feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    labels = sorted({label for _, label in data})
    lab = {label: i for i, label in enumerate(labels)}
    n, d, k = len(data), len(vocab), len(labels)
    x = np.zeros((n, d))
    for i, (feats, _) in enumerate(data):
        for f in feats:
            if f in vocab:
                x[i, vocab[f]] = 1.0
    y = np.array([lab[label] for _, label in data])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        wm = w.reshape(d, k)
        z = x @ wm
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        value = -np.log(p[np.arange(n), y] + 1e-12).sum() + l2 * float(w @ w)
        p[np.arange(n), y] -= 1.0
        return value, (x.T @ p).ravel() + 2 * l2 * w

    fit = minimize(loss, np.zeros(d * k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return FallbackModel(vocab, labels, fit.x.reshape(d, k).astype(np.float32))


def save(model: FallbackModel, path: Path = MODEL_PATH) -> None:
    """Write the model whole or not at all (a temporary file beside ``path``, then renamed over it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    names = sorted(model.vocab, key=model.vocab.__getitem__)
    tmp = path.with_name(path.name + ".tmp.npz")
    np.savez_compressed(tmp, vocab=np.array(names), labels=np.array(model.labels), weights=model.weights)
    tmp.replace(path)


@lru_cache(maxsize=4)
def load(path: Path = MODEL_PATH) -> FallbackModel | None:
    """The shipped model, or None where its file is absent (the fallback is then off)."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        names = [str(v) for v in z["vocab"]]
        return FallbackModel({v: i for i, v in enumerate(names)}, [str(v) for v in z["labels"]], z["weights"])


def training_examples(paths: Iterable[str | Path]) -> list[tuple[list[str], str]]:
    """(features, gold PLOVER type) of every sentence of the given PLOVER gold TSVs."""
    from detente.coding.evaluate import read_gold
    from detente.nlp.load import get_nlp

    gold = [g for p in paths for g in read_gold(p)]
    out = []
    for g, doc in zip(gold, get_nlp().pipe(g.text for g in gold), strict=True):
        sent = max(doc.sents, key=len)
        out.append((features(sent, main_verb(sent)), g.label))
    return out


def _cli(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "train":
        print(f"usage: python -m detente.coding.fallback train GOLD.tsv [...]  (writes {MODEL_PATH})")
        return 2
    from detente.coding.evaluate import GoldFileError

    try:
        examples = training_examples(argv[1:])
    except (OSError, GoldFileError) as exc:  # the shipped model is left as it was
        print(f"cannot read the training sentences: {exc}; pass PLOVER gold TSVs "
              "(sentence_id, sentence, marked_sentence, source, target, plover_event, quad_class)", file=sys.stderr)
        return 1
    model = train(examples)
    save(model)
    print(f"trained on {len(examples)} sentences, {len(model.vocab)} features, {len(model.labels)} types")
    return 0


if __name__ == "__main__":
    raise SystemExit(_cli(sys.argv[1:]))
