"""Answering questions with a fitted forecaster: ``ask`` (probability + reasons) and ``next``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from detente.forecast.base import Forecaster, get_model
from detente.forecast.calibrate import (
    Isotonic,
    make_questions,
    pair_rate,
    raw_probability,
    softmax_rows,
)
from detente.forecast.data import TKGDataset
from detente.forecast.features import transition_matrix
from detente.forecast.history import History, add_inverse
from detente.forecast.protocol import history_for


@dataclass
class Forecast:
    """A model fit on train/valid plus a history holding every known fact; questions are asked at
    ``now`` = one step after the last known fact."""

    dataset: TKGDataset
    model: Forecaster
    history: History
    now: int
    _calibrators: dict[int, Isotonic]  # per horizon, fit lazily

    @classmethod
    def build(cls, dataset: TKGDataset, model: str | Forecaster = "loglinear",
              model_file: str | Path | None = None) -> Forecast:
        """Fit ``model`` on ``dataset``, or, with ``model_file``, reload a model saved by :meth:`save`
        (``model`` is then ignored; :class:`~detente.forecast.persist.ModelFileError` if the file is
        missing, corrupt or was fit on other data)."""
        if model_file is not None:
            return cls.load(dataset, model_file)
        est = get_model(model) if isinstance(model, str) else model
        est.fit(dataset)
        hist = history_for(dataset, ["train", "valid", "test"])
        return cls(dataset, est, hist, hist.max_time + 1, {})

    @classmethod
    def load(cls, dataset: TKGDataset, model_file: str | Path) -> Forecast:
        """The forecast of a model saved by :meth:`save`, checked against ``dataset``."""
        from detente.forecast.persist import load_model

        est, cals, _ = load_model(model_file, dataset)
        hist = history_for(dataset, ["train", "valid", "test"])
        calibrators = {w: Isotonic(x_=x, y_=y) for w, (x, y) in cals.items()}
        return cls(dataset, est, hist, hist.max_time + 1, calibrators)

    def save(self, path: str | Path, within: tuple[int, ...] = (), source: str | Path | None = None) -> Path:
        """Store the fitted model (and the calibration maps of the horizons ``within``, fit now if
        needed) in ``path`` (``.npz``); returns the path written."""
        from detente.forecast.persist import save_model

        cals = {}
        for w in within:
            iso = self.calibrator(w)
            if iso is not None:
                cals[w] = (iso.x_, iso.y_)
        for w, iso in self._calibrators.items():
            cals.setdefault(w, (iso.x_, iso.y_))
        return save_model(path, self.model, self.dataset, source=source, calibrators=cals)

    def calibrator(self, within: int) -> Isotonic | None:
        """Isotonic map fit on valid questions (history = train) for this horizon; None without valid."""
        if within not in self._calibrators:
            ds = self.dataset
            if len(ds.valid) == 0 or len(ds.train) == 0:
                return None
            hist = history_for(ds, ["train"])
            raw, labels = make_questions(self.model, hist, add_inverse(ds.valid, ds.num_relations), within)
            if len(raw) == 0:
                return None
            self._calibrators[within] = Isotonic().fit(raw, labels)
        return self._calibrators[within]

    def ask(self, source: str | int, relation: str | int, target: str | int, within: int = 7) -> dict[str, Any]:
        ds = self.dataset
        s, r, o = ds.entity_id(source), ds.relation_id(relation), ds.entity_id(target)
        if within < 1:
            raise ValueError("--within must be at least 1 step")
        scores = self.model.predict(self.history, np.array([[s, r, self.now]]))
        prob = softmax_rows(scores)[0]
        rate = pair_rate(self.history, s, r, self.now)
        raw = float(raw_probability(prob[o], rate, within))
        iso = self.calibrator(within)
        cal = float(iso.predict(raw)) if iso is not None else raw
        rank = 1 + int(np.sum(scores[0] > scores[0, o]))
        return {"source": ds.entities[s], "relation": ds.relations[r], "target": ds.entities[o],
                "within": within, "asked_at": ds.time_label(self.now), "probability": _sig(cal),
                "calibrated": iso is not None,
                "raw_probability": _sig(raw), "object_rank": rank, "pair_rate_per_step": _sig(rate),
                "evidence": self.evidence(s, r, o)}

    def evidence(self, s: int, r: int, o: int, limit: int = 5) -> dict[str, Any]:
        """Facts and relation-transition rules that support ``(s, r, o)``."""
        ds, n_rel = self.dataset, self.dataset.num_relations
        f = self.history.subject_facts(s)
        f = f[f[:, 2] == o]
        f = f[np.argsort(-f[:, 3], kind="stable")]

        def fmt(rows: np.ndarray) -> list[dict[str, Any]]:
            out = []
            for _, rr, _, t in rows[:limit].tolist():
                inverse = rr >= n_rel
                name = ds.relations[rr - n_rel] if inverse else ds.relations[rr]
                subj, obj = (ds.entities[o], ds.entities[s]) if inverse else (ds.entities[s], ds.entities[o])
                out.append({"source": subj, "relation": name, "target": obj, "time": ds.time_label(t)})
            return out

        same = f[f[:, 1] == r]
        mirror = f[f[:, 1] == (r + n_rel if r < n_rel else r - n_rel)]
        other = f[(f[:, 1] != r)]
        trans = transition_matrix(self.history.facts, ds.num_entities, n_rel)
        rules: list[dict[str, Any]] = []
        for rr in np.unique(other[:, 1]).tolist():
            conf = float(trans[rr, r])
            if conf > 0:
                body = ds.relations[rr - n_rel] + " (inverse)" if rr >= n_rel else ds.relations[rr]
                rules.append({"rule": f"{body}(X, Y) => {ds.relations[r]}(X, Y)", "confidence": round(conf, 4),
                              "support_count": int(np.sum(other[:, 1] == rr))})
        rules.sort(key=lambda d: -float(d["confidence"]))
        return {"same_relation": fmt(same), "count_same_relation": len(same), "mirror": fmt(mirror),
                "other_relations": fmt(other), "count_any_relation": len(f), "rules": rules[:limit]}

    def next(self, source: str | int, target: str | int, k: int = 10) -> list[dict[str, Any]]:
        """Relations ranked by how likely ``source`` is to direct them at ``target`` next step."""
        ds = self.dataset
        s, o = ds.entity_id(source), ds.entity_id(target)
        rels = np.arange(ds.num_relations)
        qs = np.stack([np.full(len(rels), s), rels, np.full(len(rels), self.now)], axis=1)
        prob = softmax_rows(self.model.predict(self.history, qs))[:, o]
        rates = np.array([pair_rate(self.history, s, int(r), self.now) for r in rels])
        expected = rates * prob  # expected (s, r, o) facts next step
        order = np.argsort(-expected, kind="stable")[:k]
        return [{"relation": ds.relations[int(r)], "expected_facts": _sig(float(expected[r])),
                 "p_object": _sig(float(prob[r])), "pair_rate_per_step": _sig(float(rates[r]))}
                for r in order.tolist()]


def _sig(x: float, digits: int = 3) -> float:
    """``x`` to ``digits`` significant digits: a small probability stays visible (2.4e-05), never 0.0."""
    return float(f"{x:.{digits}g}")
