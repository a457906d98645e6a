"""The learned fallback for sentences the rules leave without events (detente.coding.fallback)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from detente.coding import fallback
from detente.coding.coder import Coder
from detente.model import Document
from detente.nlp.registry import ActorRegistry

ROOT = Path(__file__).resolve().parents[2]
STUDY = sorted((ROOT / "tests" / "data").glob("plover_study*.tsv"))


def test_train_learns_separable_types() -> None:
    examples = [(["bias", "w=aid", f"w=x{i}"], "AID") for i in range(6)]
    examples += [(["bias", "w=bomb", f"w=y{i}"], "ASSAULT") for i in range(6)]
    model = fallback.train(examples, l2=0.1, min_count=2)
    assert model.predict(["bias", "w=aid"])[0] == "AID"
    label, p = model.predict(["bias", "w=bomb", "w=unseen"])
    assert label == "ASSAULT" and p > 0.6
    assert "w=x0" not in model.vocab  # seen once: dropped


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    model = fallback.train([(["bias", "w=talks"], "CONSULT")] * 2 + [(["bias", "w=strike"], "ASSAULT")] * 2)
    path = tmp_path / "m.npz"
    fallback.save(model, path)
    back = fallback.load(path)
    assert back is not None and back.labels == model.labels and back.vocab == model.vocab
    assert np.allclose(back.weights, model.weights)
    assert fallback.load(tmp_path / "absent.npz") is None


def test_every_type_has_a_root_code() -> None:
    model = fallback.load()
    assert model is not None, "the shipped model is missing: python -m detente.coding.fallback train ..."
    assert set(model.labels) <= set(fallback.ROOT_CODES)


def test_uncoded_sentence_gets_a_low_confidence_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In 2019, 400 Fijian soldiers served in the Golan Heights under the UN flag."
    events = Coder(ActorRegistry()).code_doc(nlp(text), Document(text=text))
    served = [e for e in events if e.trigger == "served" and "Fijian soldiers" in e.source.text]
    assert served, [(e.cameo, e.trigger, e.source.text) for e in events]
    assert all(e.confidence <= fallback.MAX_CONFIDENCE for e in served)
    assert served[0].plover == "AID"


def test_no_fallback_without_the_model(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(fallback, "load", lambda path=fallback.MODEL_PATH: None)
    text = "In 2019, 400 Fijian soldiers served in the Golan Heights under the UN flag."
    assert Coder(ActorRegistry()).code_doc(nlp(text), Document(text=text)) == []


def test_rule_events_leave_no_room_for_the_fallback(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Russia expelled two British diplomats on Monday."
    events = Coder(ActorRegistry()).code_doc(nlp(text), Document(text=text))
    assert events and all(e.confidence > fallback.MAX_CONFIDENCE for e in events if e.target and e.target.code)


def test_shipped_model_is_the_one_the_study_sets_train() -> None:
    """The shipped weights come from ``python -m detente.coding.fallback train tests/data/plover_study*.tsv``."""
    shipped = fallback.load()
    assert shipped is not None
    examples = fallback.training_examples(STUDY)
    retrained = fallback.train(examples)
    assert retrained.labels == shipped.labels and retrained.vocab == shipped.vocab
    same = sum(retrained.predict(f)[0] == shipped.predict(f)[0] for f, _ in examples)
    assert same / len(examples) > 0.99


def test_training_on_a_missing_file_says_so_and_keeps_the_model(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = fallback.MODEL_PATH.read_bytes()
    assert fallback._cli(["train", str(tmp_path / "absent.tsv")]) == 1
    assert "cannot read the training sentences" in capsys.readouterr().err
    assert fallback.MODEL_PATH.read_bytes() == before


def test_save_leaves_no_temporary_file(tmp_path: Path) -> None:
    model = fallback.train([(["bias", "w=talks"], "CONSULT")] * 2 + [(["bias", "w=strike"], "ASSAULT")] * 2)
    fallback.save(model, tmp_path / "m.npz")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.npz"]
