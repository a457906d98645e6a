"""The fast attribute ruler must give exactly the annotations of spaCy's own."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.pipeline import AttributeRuler

from detente.nlp.fast_rules import FastAttributeRuler, Unsupported, speed_up_attribute_ruler
from detente.nlp.load import load_nlp

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"
TRICKY = [
    "I ain't gonna sign it, y'all, and we gotta go.  Let's see what they do.",
    "There is  a problem; it was him, not me, who said 'em lads were doin' nothin'.",
    "C'mon, you know it's true: she'd have told us, wouldn't she?\n\nHe's been here. Is that yours or theirs?",
    "Those who do not vote can't complain, but that's life; this is what I did and what you do.",
    "  \n\t ",
    "",
    "Somebody gets what nobody got: everything.",
]
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]



def test_the_loaded_pipeline_uses_the_fast_ruler(pair) -> None:  # type: ignore[no-untyped-def]
    stock, fast = pair
    assert isinstance(stock.get_pipe("attribute_ruler"), AttributeRuler)
    assert type(fast.get_pipe("attribute_ruler")).__name__ == "_FastRulerComponent"
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(load_nlp(fast=False).get_pipe("attribute_ruler"), AttributeRuler)


def test_same_annotations_as_spacy(pair) -> None:  # type: ignore[no-untyped-def]
    stock, fast = pair
    texts = TRICKY + [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    assert len(texts) > 40
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert (a.to_array(COLUMNS) == b.to_array(COLUMNS)).all(), a.text[:80]
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b], a.text[:80]
        assert [(t.pos_, t.lemma_) for t in a] == [(t.pos_, t.lemma_) for t in b]


def test_later_patterns_win_and_index_picks_the_token(pair) -> None:  # type: ignore[no-untyped-def]
    stock, _ = pair
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "talks"}]], {"LEMMA": "first", "POS": "NOUN"})
    ruler.add([[{"LOWER": {"IN": ["held", "hold"]}}, {"LOWER": "talks"}]], {"LEMMA": "second"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^hel"}}]], {"POS": "VERB"})
    fast = FastAttributeRuler(ruler)
    a, b = nlp("They held talks and talks."), nlp("They held talks and talks.")
    ruler(a)
    fast(b)
    assert [(t.lemma_, t.pos_) for t in a] == [(t.lemma_, t.pos_) for t in b]
    assert [t.lemma_ for t in b][2:5] == ["second", "", "first"]
    assert b[1].pos_ == "VERB"


def test_unsupported_patterns_keep_spacys_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    with pytest.raises(Unsupported):
        FastAttributeRuler(ruler)
    assert speed_up_attribute_ruler(nlp) is False
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)
    assert speed_up_attribute_ruler(spacy.blank("en")) is False  # no ruler at all
