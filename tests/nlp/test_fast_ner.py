"""The batch entity decoder must give exactly the entities of spaCy's own recognizer."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

from detente.nlp.fast_ner import FastEntityDecoder, Unsupported, speed_up_ner
from detente.nlp.load import load_nlp

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
TRICKY = [
    "",
    "Putin",
    "   ",
    "Lavrov.",
    "Sergei Lavrov met Wang Yi in Beijing on Tuesday.\n\nThe two  foreign ministers of Russia and China talked.",
    "NATO Secretary General Mark Rutte said the United Nations Security Council would meet in New York.",
    "U.S. Secretary of State\nAntony Blinken arrived in Tel Aviv; Israel's Prime Minister Benjamin Netanyahu met him.",
    "Ankara. Erdogan. Istanbul! The European Union, the African Union and ASEAN issued $5 billion on 3 May 2024.",
    'He said: "Moscow" is not Washington D.C. (or the Kremlin) and 45 percent of Germans agree.',
]



def _ents(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


def test_the_loaded_pipeline_uses_the_fast_decoder(pair) -> None:  # type: ignore[no-untyped-def]
    stock, fast = pair
    assert isinstance(stock.get_pipe("ner"), EntityRecognizer)
    assert type(fast.get_pipe("ner")).__name__ == "_FastNerComponent"
    assert fast.pipe_names == stock.pipe_names
    assert fast.get_pipe("ner").labels == stock.get_pipe("ner").labels
    assert isinstance(load_nlp(fast=False).get_pipe("ner"), EntityRecognizer)


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_same_entities_as_spacy(pair, batch_size: int) -> None:  # type: ignore[no-untyped-def]
    stock, fast = pair
    texts = TRICKY + [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    assert len(texts) > 40
    n_ents = 0
    for a, b in zip(stock.pipe(texts, batch_size=batch_size), fast.pipe(texts, batch_size=batch_size), strict=True):
        assert _ents(a) == _ents(b), a.text[:80]
        assert (a.to_array([ENT_IOB, ENT_TYPE]) == b.to_array([ENT_IOB, ENT_TYPE])).all(), a.text[:80]
        n_ents += len(b.ents)
    assert n_ents > 500  # the comparison covered real entities, not empty documents


def test_single_document_call(pair) -> None:  # type: ignore[no-untyped-def]
    stock, fast = pair
    text = TRICKY[4]
    assert _ents(fast(text)) == _ents(stock(text))
    assert {e.label_ for e in fast(text).ents} >= {"PERSON", "GPE"}


def test_preset_entities_go_to_the_original_recognizer(pair) -> None:  # type: ignore[no-untyped-def]
    stock, fast = pair
    text = "Sergei Lavrov met Wang Yi in Beijing and Xi Jinping in Shanghai."
    results = []
    for nlp in (stock, fast):
        doc = nlp(text, disable=["ner"])
        doc.set_ents([Span(doc, 0, 2, label="ORG")], default="unmodified")  # a deliberate wrong preset
        results.append(nlp.get_pipe("ner")(doc))
    assert _ents(results[0]) == _ents(results[1])
    assert _ents(results[1])[0] == (0, 2, "ORG")  # the preset entity is kept, as spaCy keeps it


def test_pipelines_it_cannot_decode_are_left_alone() -> None:
    blank = spacy.blank("en")
    assert speed_up_ner(blank) is False
    ruler = blank.add_pipe("entity_ruler", name="ner")
    assert speed_up_ner(blank) is False
    assert blank.get_pipe("ner") is ruler
    with pytest.raises(Unsupported):
        FastEntityDecoder(ruler)  # type: ignore[arg-type]


def test_an_empty_slot_explains_itself() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("detente_fast_ner", name="ner")
    with pytest.raises(RuntimeError, match="speed_up_ner"):
        nlp("Lavrov met Wang Yi.")
