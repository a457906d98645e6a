"""Hand-built coded events for tests of the store, views and exports (no NLP involved)."""

from __future__ import annotations

from datetime import date

from detente.model import ActorRef, CodedEvent, Document, EventDate, Place


def make_event(
    doc: Document,
    src: str,
    tgt: str | None,
    cameo: str,
    goldstein: float,
    quad: int,
    when: date,
    modality: str = "happened",
    plover: str = "CONSULT",
    trigger_start: int = 0,
    location: Place | None = None,
) -> CodedEvent:
    s = ActorRef(src, src + "GOV", src, ("GOV",), start=0, end=3)
    t = ActorRef(tgt, tgt + "GOV", tgt, ("GOV",), start=10, end=13) if tgt else None
    return CodedEvent(
        doc_id=doc.id, source=s, target=t, cameo=cameo, goldstein=goldstein, quad_class=quad, plover=plover,
        plover_mode=None, modality=modality, trigger="met", trigger_start=trigger_start, trigger_end=trigger_start + 3,
        sentence=doc.text, sentence_index=0, sentence_start=0,
        event_date=EventDate(when.isoformat(), "day", when, when), report_date=doc.date, location=location,
    )


def sample_batch() -> list[tuple[Document, list[CodedEvent]]]:
    d1 = Document(text="RUS met CHN in Moscow.", date=date(2024, 4, 3), url="http://example.org/1", source="Wire")
    d2 = Document(text="RUS attacked UKR.", date=date(2024, 5, 10))
    d3 = Document(text="CHN praised RUS; RUS signed a deal with CHN.", date=date(2024, 6, 1))
    moscow = Place("Moscow", "RUS", 55.75, 37.62)
    return [
        (d1, [make_event(d1, "RUS", "CHN", "036", 4.0, 1, date(2024, 4, 3), location=moscow)]),
        (d2, [make_event(d2, "RUS", "UKR", "190", -10.0, 4, date(2024, 5, 9), plover="ASSAULT")]),
        (d3, [make_event(d3, "CHN", "RUS", "051", 3.4, 1, date(2024, 6, 1), plover="SUPPORT"),
              make_event(d3, "RUS", "CHN", "057", 8.0, 1, date(2024, 6, 1), plover="AGREE", trigger_start=20),
              make_event(d3, "RUS", "CHN", "042", 1.9, 1, date(2024, 7, 1), modality="planned", trigger_start=30)]),
    ]
