"""Among a trigger's chosen targets, a coded actor ranks before a phrase that names none."""

from __future__ import annotations

from detente.coding.coder import _prefer_coded
from detente.model import ActorRef, CodedEvent


def _event(target: ActorRef | None, confidence: float, trigger_start: int = 10) -> CodedEvent:
    ev = CodedEvent(
        doc_id="d", source=ActorRef("Kenya", "KEN", "KEN", start=0, end=5), target=target, cameo="111",
        goldstein=-2.0, quad_class=3, plover="ACCUSE", plover_mode=None, modality="happened", trigger="condemned",
        trigger_start=trigger_start, trigger_end=trigger_start + 9, sentence="", sentence_index=0, sentence_start=0,
    )  # fmt: skip
    ev.confidence = confidence
    return ev


def test_a_coded_chosen_target_takes_the_lead() -> None:
    phrase = _event(ActorRef("the attacks", "", None, kind="unknown", start=20, end=31), 0.9)
    actor = _event(ActorRef("Uganda", "UGA", "UGA", start=40, end=46), 0.8)
    secondary = _event(ActorRef("Sudan", "SDN", "SDN", start=50, end=55), 0.6)
    out = _prefer_coded([phrase, actor, secondary])
    assert out == [phrase, actor, secondary]  # order kept
    assert (actor.confidence, phrase.confidence, secondary.confidence) == (0.9, 0.8, 0.6)


def test_secondary_targets_and_coded_leaders_stay_put() -> None:
    phrase = _event(ActorRef("the attacks", "", None, kind="unknown", start=20, end=31), 0.9)
    secondary = _event(ActorRef("Sudan", "SDN", "SDN", start=50, end=55), 0.6)
    _prefer_coded([phrase, secondary])
    assert (phrase.confidence, secondary.confidence) == (0.9, 0.6)
    leader = _event(ActorRef("Uganda", "UGA", "UGA", start=40, end=46), 0.9)
    other = _event(ActorRef("Sudan", "SDN", "SDN", start=50, end=55), 0.8)
    own = _event(ActorRef("Nairobi", "KEN", "KEN", start=60, end=67), 0.85, trigger_start=99)
    _prefer_coded([leader, other, own])
    assert (leader.confidence, other.confidence, own.confidence) == (0.9, 0.8, 0.85)
