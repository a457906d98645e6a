from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from detente.forecast.cli import app
from detente.forecast.data import TKGDataset, load_dataset
from detente.forecast.engine import Forecast
from detente.forecast.persist import ModelFileError, fingerprint, load_model, read_meta, save_model
from detente.forecast.protocol import history_for

runner = CliRunner()


@pytest.mark.parametrize("name", ["recurrency", "loglinear"])
def test_round_trip_gives_identical_scores(tiny: TKGDataset, tmp_path: Path, name: str) -> None:
    fc = Forecast.build(tiny, name)
    path = fc.save(tmp_path / "m.npz", within=(1,))
    again = Forecast.build(tiny, "recurrency", model_file=path)  # the file decides the model
    assert type(again.model) is type(fc.model)
    hist = history_for(tiny, ["train", "valid", "test"])
    qs = np.array([[s, r, hist.max_time + 1] for s in range(tiny.num_entities)
                   for r in range(2 * tiny.num_relations)])
    np.testing.assert_array_equal(fc.model.predict(hist, qs), again.model.predict(hist, qs))
    assert again.ask("China", "Consult", "Iran", within=1) == fc.ask("China", "Consult", "Iran", within=1)
    assert again.next("China", "Iran") == fc.next("China", "Iran")
    assert 1 in again._calibrators  # stored, not refit
    meta = read_meta(path)
    assert meta["model"] == name and meta["fingerprint"]["sizes"]["train"] == len(tiny.train)


def test_missing_corrupt_and_foreign_files(tiny: TKGDataset, tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="does not exist"):
        load_model(tmp_path / "absent.npz", tiny)
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file at all")
    with pytest.raises(ModelFileError, match="corrupt"):
        load_model(bad, tiny)
    other = tmp_path / "other.npz"
    np.savez(other, meta=np.array(json.dumps({"format": "something else"})))
    with pytest.raises(ModelFileError, match="not a detente"):
        load_model(other, tiny)
    fc = Forecast.build(tiny, "recurrency")
    path = fc.save(tmp_path / "m.npz")
    truncated = tmp_path / "trunc.npz"
    truncated.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    with pytest.raises(ModelFileError, match="corrupt"):
        load_model(truncated, tiny)


def test_model_fit_on_other_data_is_refused(tiny: TKGDataset, tmp_path: Path) -> None:
    path = save_model(tmp_path / "m.npz", Forecast.build(tiny, "recurrency").model, tiny)
    changed = TKGDataset(tiny.train, tiny.valid, tiny.test[:-1], tiny.entities, tiny.relations, name=tiny.name)
    assert fingerprint(changed)["sha256"] != fingerprint(tiny)["sha256"]
    with pytest.raises(ModelFileError, match="other data"):
        Forecast.load(changed, path)
    moved = TKGDataset(tiny.train, tiny.valid, tiny.test.copy(), tiny.entities, tiny.relations, name="copy")
    Forecast.load(moved, path)  # same facts and names elsewhere: accepted


def test_fit_then_ask_and_next_from_file(tiny_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "model.npz"
    res = runner.invoke(app, ["fit", "--data", str(tiny_dir), "--model", "recurrency", "--out", str(out),
                              "--within", "2", "--json"])
    assert res.exit_code == 0, res.output
    info = json.loads(res.output)
    assert info["model"] == "recurrency" and info["calibrated_horizons"] == [2]
    assert info["fingerprint"]["source"] == str(tiny_dir.resolve())
    args = ["China", "Consult", "Iran", "--within", "2", "--data", str(tiny_dir), "--json"]
    fresh = runner.invoke(app, ["ask", *args, "--model", "recurrency"])
    saved = runner.invoke(app, ["ask", *args, "--model-file", str(out)])
    assert saved.exit_code == 0, saved.output
    assert json.loads(saved.output) == json.loads(fresh.output)
    res = runner.invoke(app, ["next", "China", "Iran", "--data", str(tiny_dir), "--model-file", str(out), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["next"][0]["relation"] == "Consult"


def test_cli_errors_for_bad_model_files(tiny_dir: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["ask", "China", "Consult", "Iran", "--data", str(tiny_dir), "--model-file",
                              str(tmp_path / "absent.npz")])
    assert res.exit_code != 0 and "does not exist" in res.output
    bad = tmp_path / "bad.npz"
    bad.write_text("garbage", encoding="utf-8")
    res = runner.invoke(app, ["next", "China", "Iran", "--data", str(tiny_dir), "--model-file", str(bad)])
    assert res.exit_code != 0 and "corrupt" in res.output
    out = tmp_path / "m.npz"
    assert runner.invoke(app, ["fit", "--data", str(tiny_dir), "--model", "recurrency", "--out", str(out),
                               "--within", "1"]).exit_code == 0
    other = tmp_path / "other"
    ds = load_dataset(tiny_dir)
    other.mkdir()
    for f in tiny_dir.iterdir():
        (other / f.name).write_bytes(f.read_bytes())
    (other / "test.txt").write_text("\n".join("\t".join(map(str, q)) for q in ds.test[:-1].tolist()) + "\n",
                                    encoding="utf-8")
    res = runner.invoke(app, ["ask", "China", "Consult", "Iran", "--data", str(other), "--model-file", str(out)])
    assert res.exit_code != 0 and "other data" in res.output


def test_round_trip_with_embeddings(tiny: TKGDataset, tmp_path: Path) -> None:
    from detente.forecast.models import LogLinear

    model = LogLinear(fit_days=4, top_pop=3, emb_dim=4, emb_epochs=2, max_iter=30).fit(tiny)
    assert model.emb_ent_ is not None and "emb" in model.feature_weights()[0]
    path = save_model(tmp_path / "m", model, tiny)
    assert path.suffix == ".npz"
    again, _, _ = load_model(path, tiny)
    hist = history_for(tiny, ["train", "valid", "test"])
    qs = np.array([[s, 1, hist.max_time + 1] for s in range(tiny.num_entities)])
    np.testing.assert_array_equal(model.predict(hist, qs), again.predict(hist, qs))


def test_embeddings_rank_the_training_objects_first() -> None:
    from detente.forecast.embed import log_softmax_scores, train_distmult

    facts = np.array([[0, 0, 1, 0], [2, 0, 3, 0], [1, 1, 0, 0], [3, 1, 2, 0]] * 3)
    ent, rel = train_distmult(facts, 4, 2, dim=8, epochs=200, lr=0.05, batch=4)
    lp = log_softmax_scores(ent, rel, np.array([0, 2]), np.array([0, 0]))
    assert lp.shape == (2, 4) and np.allclose(np.exp(lp).sum(axis=1), 1.0, atol=1e-5)
    assert lp[0].argmax() == 1 and lp[1].argmax() == 3


def test_online_embeddings_use_only_the_past_and_catch_up_identically() -> None:
    from detente.forecast.embed import OnlineEmbedding, train_distmult

    rng = np.random.default_rng(1)
    facts = np.stack([rng.integers(0, 6, 60), rng.integers(0, 4, 60), rng.integers(0, 6, 60),
                      np.repeat(np.arange(6), 10)], axis=1)
    ent, rel = train_distmult(facts[facts[:, 3] < 2], 6, 4, dim=4, epochs=2)

    def online() -> OnlineEmbedding:
        return OnlineEmbedding(ent, rel, 1, window=2, epochs=2, lr=0.01)

    stepwise, at_once, with_future = online(), online(), online()
    for t in range(2, 6):
        stepwise.update(facts[facts[:, 3] < t], t)
    at_once.update(facts[facts[:, 3] < 5], 5)
    with_future.update(facts, 5)  # facts at time >= 5 are never trained on
    np.testing.assert_array_equal(stepwise.model.ent, at_once.model.ent)
    np.testing.assert_array_equal(with_future.model.ent, at_once.model.ent)
    assert not np.array_equal(at_once.model.ent, ent) and at_once.t_done == 4


def test_embedding_snapshot_gives_the_same_scores_as_replaying(tiny: TKGDataset, tmp_path: Path) -> None:
    from detente.forecast.models import LogLinear

    model = LogLinear(fit_days=4, top_pop=3, emb_dim=4, emb_epochs=2, emb_update_epochs=2, max_iter=30).fit(tiny)
    assert model.emb_snapshot_ is not None and model.emb_snapshot_info_ is not None
    again, _, _ = load_model(save_model(tmp_path / "m", model, tiny), tiny)
    hist = history_for(tiny, ["train", "valid", "test"])
    qs = np.array([[s, 1, hist.max_time + 1] for s in range(tiny.num_entities)])
    from_snapshot = model.predict(hist, qs)
    assert again._new_emb_state(hist, hist.max_time + 1).t_done == model.emb_snapshot_info_["t_done"]
    model.emb_snapshot_ = None  # without the snapshot: replay every update since the pre-training cut
    np.testing.assert_array_equal(again.predict(history_for(tiny, ["train", "valid", "test"]), qs), from_snapshot)
    np.testing.assert_array_equal(model.predict(history_for(tiny, ["train", "valid", "test"]), qs), from_snapshot)
