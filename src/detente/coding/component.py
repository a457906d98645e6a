"""The spaCy component ``detente_coder``: sets ``Doc._.events`` (a list of CodedEvent)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from detente.coding.coder import Coder
from detente.model import Document, distinct_events
from detente.nlp.load import register_extensions
from detente.nlp.registry import ActorRegistry

register_extensions()


class CoderComponent:
    """Codes each Doc; reads ``Doc._.report_date`` and ``Doc._.doc_id`` when they are set."""

    def __init__(self, registry: ActorRegistry | None = None, nlp: Language | None = None, name: str = "") -> None:
        self.coder = Coder(registry)
        if nlp is not None:  # title-case headlines are parsed again, re-cased, without this component
            skip = [name] if name else []
            self.coder.reparse = lambda text: nlp(text, disable=skip)

    def __call__(self, doc: Doc) -> Doc:
        document = Document(text=doc.text, date=doc._.report_date, id=doc._.doc_id or "")
        doc._.events = distinct_events(self.coder.code_doc(doc, document))
        return doc


@Language.factory("detente_coder", default_config={})
def make_coder(nlp: Language, name: str) -> CoderComponent:
    return CoderComponent(nlp=nlp, name=name)
