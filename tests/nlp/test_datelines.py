"""A report's leading dateline is a sentence of its own, so the first sentence parses as if it had none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.nlp.datelines import dateline_length
from detente.nlp.load import get_nlp


@pytest.fixture(scope="module")
def nlp() -> Language:
    try:
        return get_nlp()
    except RuntimeError as exc:
        pytest.skip(str(exc))


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("NAIROBI (Reuters) - Kenya condemned the attack.", "NAIROBI (Reuters) -"),
        ("LIMA, Peru, Feb. 9 (AP) -- Peru recalled its envoy.", "LIMA, Peru, Feb. 9 (AP) --"),
        ("BONN, May 4 (dpa) - Germany sent aid to Poland.", "BONN, May 4 (dpa) -"),
        ("KARACHI: Police arrested six men on Monday.", "KARACHI:"),
        ("THE HAGUE - The court ruled against Serbia.", "THE HAGUE -"),
        ("Abu Dhabi: The ministry welcomed the Omani delegation.", "Abu Dhabi:"),
        ("New Delhi: Farmers blocked the highway to Punjab.", "New Delhi:"),
    ],
)
def test_dateline_is_its_own_sentence(nlp: Language, text: str, dateline: str) -> None:
    sents = [s.text for s in nlp(text).sents]
    assert sents[0] == dateline
    assert sents[1] == text[len(dateline) :].strip()
    assert len(sents) == 2  # the report's sentence stays whole


def test_stacked_datelines(nlp: Language) -> None:
    sents = [s.text for s in nlp("ROME, June 2 (ANSA) -- TRIPOLI - Libyan forces shelled the port.").sents]
    assert sents == ["ROME, June 2 (ANSA) --", "TRIPOLI -", "Libyan forces shelled the port."]


def test_subject_after_dateline_is_the_verbs(nlp: Language) -> None:
    doc = nlp("ANKARA, Oct. 12 (Reuters) - Turkish and Iraqi officials agreed on Tuesday to reopen the crossing.")
    agreed = next(t for t in doc if t.text == "agreed")
    assert agreed.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" and c.text == "officials" for c in agreed.children)


@pytest.mark.parametrize(
    "text",
    [
        "A UN-brokered truce held in Yemen on Sunday.",
        "US - led forces entered the town.",
        "Kenya and Uganda signed a trade deal in Kampala.",
        "He said: Kenya would not attend the summit.",
        "Update: Kenya condemned the attack in Lamu.",
    ],
)
def test_no_dateline_no_split(nlp: Language, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1


def test_dateline_length_counts_the_tokens_before_the_dash(nlp: Language) -> None:
    doc = nlp.make_doc("CAIRO, Jan. 5 (Xinhua) -- Egypt opened the Rafah crossing.")
    k = dateline_length(list(doc))
    assert doc[k].text == "--"
    assert dateline_length(list(nlp.make_doc("Egypt opened the Rafah crossing."))) == 0
