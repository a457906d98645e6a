"""The spaCy component, the batch function and the evaluation on a small TSV written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from detente.coding.batch import code_documents
from detente.coding.evaluate import evaluate_plover, format_report, read_gold
from detente.model import Document
from detente.nlp.registry import ActorRegistry


def test_component_sets_events(nlp) -> None:  # type: ignore[no-untyped-def]
    from detente.nlp.load import load_nlp

    pipe = load_nlp(with_coder=True)
    assert "detente_coder" in pipe.pipe_names
    doc = pipe.make_doc("Peru criticized Chile on Monday.")
    doc._.report_date = date(2021, 6, 10)
    doc._.doc_id = "abc"
    for _, proc in pipe.pipeline:
        doc = proc(doc)
    assert doc._.events and doc._.events[0].doc_id == "abc"
    assert doc._.events[0].event_date.value == "2021-06-07"


def test_code_documents_keeps_order_and_learns(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = [
        Document(text="Norwegian Defence Minister Ola Berg visited Sweden.", date=date(2021, 1, 1)),
        Document(text="Berg criticized Denmark.", date=date(2021, 1, 2)),
    ]
    reg = ActorRegistry(seed_builtin=False)
    out = code_documents(docs, nlp=nlp, registry=reg)
    assert [d.id for d, _ in out] == [d.id for d in docs]
    crit = [e for e in out[1][1] if e.cameo.startswith("11")]
    assert crit and crit[0].source.country == "NOR"
    assert any(a.name == "Ola Berg" for a in reg.dirty())


def test_evaluate_on_small_file(tmp_path: Path) -> None:
    rows = [
        ("1", "Kenya accused Uganda of spying.", "<s>Kenya</s> accused <t>Uganda</t> of spying.", "ACCUSE", "3"),
        ("2", "Chile sent food aid to Peru.", "<s>Chile</s> sent food aid to <t>Peru</t>.", "AID", "2"),
        ("3", "Mali condemned France.", "<s>Mali</s> condemned <t>France</t>.", "ACCUSE", "3"),
    ]
    path = tmp_path / "gold.tsv"
    lines = ["sentence_id\tsentence\tmarked_sentence\tsource\ttarget\tplover_event\tquad_class"]
    for sid, sent, marked, label, quad in rows:
        lines.append(f"{sid}\t{sent}\t{marked}\tx\ty\t{label}\t{quad}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = read_gold(path)
    assert gold[0].source == (0, 5) and gold[0].text[gold[0].target[0] : gold[0].target[1]] == "Uganda"
    rep = evaluate_plover(path)
    assert rep.n == 3 and rep.type_accuracy == 1.0 and rep.quad_accuracy == 1.0 and rep.coverage == 1.0
    assert "macro-F1" in format_report(rep)


def test_gold_fields_quoted_by_a_csv_writer_are_unquoted(tmp_path: Path) -> None:
    """A study file written with csv.writer quotes a sentence holding quotes; a bare quote stays as it is."""
    path = tmp_path / "gold.tsv"
    quoted = '"<s>Chad</s> said it would ""never"" talk to <t>Sudan</t>."'
    bare = '"Never," <s>Chad</s> told <t>Sudan</t>, "will we talk."'
    lines = ["sentence_id\tsentence\tmarked_sentence\tsource\ttarget\tplover_event\tquad_class",
             f"1\tx\t{quoted}\tChad\tSudan\tREJECT\t3", f"2\tx\t{bare}\tChad\tSudan\tREJECT\t3"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = read_gold(path)
    assert first.text == 'Chad said it would "never" talk to Sudan.' and first.source == (0, 4)
    assert second.text.startswith('"Never," Chad') and second.text.endswith('"will we talk."')
