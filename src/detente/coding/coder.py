"""The event coder: who did what to whom, when and where, with modality and evidence, from a parsed Doc."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.coding import fallback, kb
from detente.coding import lexicon as lx
from detente.coding.actors import ActorResolver
from detente.coding.actors import _left_edge as _np_start
from detente.coding.asides import agent_phrase, aside, blanked, naming
from detente.coding.conditional import (
    THREAT_CODE,
    conditional_acts,
    conditions,
    price_warnings,
    threat_code,
    threat_of,
)
from detente.coding.dates import default_date, resolve_date
from detente.coding.extras import RESTATING_DEPS, extra_targets, loose_targets
from detente.coding.headlines import Reparse, headline_events, headline_line, is_title_case, moved_events
from detente.coding.home import fill_home_countries
from detente.coding.linking import (
    _LOCATIVE,
    _armed,
    _beneficiary,
    _concern_topic,
    _condition_party,
    _demand_holder,
    _denied_claim,
    _located,
    _obj_targets,
    _object_agent,
    _object_author,
    _other,
    _place_actor,
    _preps,
    _recipient,
    _restricted_place,
    _same_actor,
    _speaker_side,
    _unknown_all,
    _victim_clause,
    _weak,
    civic,
)
from detente.coding.modality import _MUTUAL_CODES, _MUTUAL_ROOTS, _RECIPROCAL, _modality, _pairs, _recode
from detente.coding.partners import COOPERATION, partner_code, partners
from detente.coding.refine import specific_code
from detente.coding.spans import ent_at, span_ents
from detente.coding.speech import speaker_events
from detente.coding.targets import (
    _DOCUMENT_NOUNS,
    _PATIENT_ROOTS,
    _agent_inside,
    _attach,
    _inside,
    _locative_target,
    _misparsed_subjects,
    _noun_targets,
    _patient,
    _prep_targets,
    _subtree_target,
    _verb_slots,
)
from detente.coding.triggers import (
    _PACTS,
    _WORKERS,
    JOINT_FIGHTS,
    TRAVEL_VERBS,
    Trigger,
    _deep_preps,
    _thanks_to,
    find_triggers,
    is_evacuee,
    repair_mistagged_acronyms,
    repair_mistagged_verbs,
    repair_month_names,
    repair_place_times,
    sent_message,
)
from detente.coding.triggers import noun_code as noun_code_of
from detente.coding.verbless import in_past, lost_verb, present_verb, rewritten
from detente.model import ActorRef, CodedEvent, Document, EventDate, Place
from detente.nlp.registry import ActorRegistry

_AUDIENCE = frozenset("reporter journalist correspondent press media newsman".split())
_SURE = 0.5  # events at least this confident name the sentence's doers and targets (for the orphans' pairs)
_ORPHAN_CONFIDENCE = 0.05  # a named party no event reached, paired by guess: the lowest rank there is
_NESTED_CONFIDENCE = 0.5  # an act named by the object of praise or criticism, below the coder's chosen floor
_CONDITIONAL_CONFIDENCE = 0.75  # a threat read off an if-clause, a partner's cooperation: below the clause's acts
_EXTRA_PENALTY = 0.3  # a secondary target's event ranks below the coder's chosen target
_CHOSEN_TIER = 0.25  # events this close to a trigger's most confident one are among its chosen pairs
_LOOSE_PENALTY = 0.5  # a last-tier (non-actor) target's event ranks below every other
_PURPOSE_PENALTY = 0.35  # "blocked roads to demand X": the aim ranks below the act that was done
_FORCEFUL = frozenset({"14", "15", "17", "18", "19", "20"})  # CAMEO roots of acts that lead over their aim
_WIDE_PENALTY = 0.6  # a name the trigger does not govern: below the loose tier, further names lower still
_NAMED = ("GPE", "ORG", "PERSON", "NORP", "LOC", "FAC")
_NP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos", "attr", "ROOT"})
_DOER_PRON = frozenset({"they", "he", "she", "we", "it"})
_DECLARING = frozenset("declare announce proclaim impose order extend lift".split())
_DIE_VERBS = frozenset("die perish kill injure wound hurt".split())
_TO_PREPS = frozenset({"to", "against", "on", "with", "toward", "towards", "at", "upon"})


class Coder:
    """Codes spaCy Docs into CodedEvents; the registry learns actors from the text as it goes."""

    def __init__(self, registry: ActorRegistry | None = None, reparse: Reparse | None = None) -> None:
        self.registry = registry if registry is not None else ActorRegistry()
        self.reparse = reparse  # parses a re-cased title-case headline again (coding/headlines.py)
        self._text = ""

    def code_doc(self, doc: Doc, document: Document) -> list[CodedEvent]:
        report = document.date
        if report is None and Doc.has_extension("report_date"):
            report = doc._.report_date
        repair_mistagged_verbs(doc)
        repair_mistagged_acronyms(doc)
        repair_month_names(doc)
        repair_place_times(doc)
        resolver = ActorResolver(doc, self.registry, report, document.id)
        self._text = resolver.text
        events: list[CodedEvent] = []
        sents = list(doc.sents)
        skip = 0
        for si, sent in enumerate(sents):
            resolver.note_sentence(sent)
            if skip:  # a piece of a headline already coded whole
                skip -= 1
                continue
            if self.reparse is not None:
                line, pieces = headline_line(sents, si)
                if is_title_case(line):
                    found = self._headline(line, si, document.id, report, resolver.text)
                    if found:
                        events.extend(found)
                        skip = pieces - 1
                        continue
            found = self._code_sentence(sent, si, resolver, document.id, report)
            if self.reparse is not None:
                found = self._verbless(sent, si, document.id, report, resolver.text, found) or found
                found = self._without_aside(sent, si, document.id, report, resolver.text, found) or found
                found = self._without_name(sent, si, document.id, report, resolver.text, found) or found
            events.extend(found)
        return fill_home_countries(events, doc, resolver.blocked)

    def _code_copy(self, doc: Doc, si: int, doc_id: str, report: date | None) -> list[CodedEvent]:
        """The events of a rewritten copy of sentence ``si`` (parsed on its own), offsets on the copy."""
        res = ActorResolver(doc, self.registry, report, doc_id)
        saved, self._text = self._text, res.text
        try:
            out: list[CodedEvent] = []
            for s in doc.sents:
                res.note_sentence(s)
                out.extend(self._code_sentence(s, si, res, doc_id, report))
            return out
        finally:
            self._text = saved

    def _headline(self, sent: Span, si: int, doc_id: str, report: date | None, text: str) -> list[CodedEvent]:
        """A title-case headline coded on the parse of its re-cased text ("Russia Expels Two British Diplomats")."""
        assert self.reparse is not None

        def code(doc: Doc) -> list[CodedEvent]:
            return self._code_copy(doc, si, doc_id, report)

        return headline_events(sent, self.reparse, code, text, si)

    def _without_aside(
        self, sent: Span, si: int, doc_id: str, report: date | None, text: str, found: list[CodedEvent]
    ) -> list[CodedEvent]:
        """A sentence whose opening subject is no event's source while an aside stands between it and the verb
        ("Malaysia, speaking in Geneva, has taken in ..."): coded on a copy with the aside blanked out
        (:mod:`detente.coding.asides`), keeping the original's events inside the aside; [] when there is no
        such aside or the copy gives the subject no event with a target either."""
        assert self.reparse is not None
        spans = aside(sent)
        if spans is None:
            return []
        (a, b), blank = spans

        def from_subject(events: list[CodedEvent], off: int, targeted: bool) -> bool:
            """An event of the subject: its source, or (on the copy) its target too ("X, a critic of the war,
            was charged by the ministry")."""
            return any(
                (e.target is not None or not targeted) and e.confidence > fallback.MAX_CONFIDENCE
                and (
                    e.source.start < off + b and off + a < e.source.end
                    or targeted and e.target is not None and e.target.start < off + b and off + a < e.target.end
                )
                for e in events
            )

        if from_subject(found, sent.start_char, False):  # the subject acts ("Annan, the UN chief, said ...")
            return []
        coded = self._code_copy(self.reparse(blanked(sent, blank)), si, doc_id, report)
        if not from_subject(coded, 0, True):
            return []
        inside = [e for e in found if sent.start_char + blank[0] <= e.trigger_start < sent.start_char + blank[1]]
        return moved_events(coded, sent, text, si, None) + inside

    def _without_name(
        self, sent: Span, si: int, doc_id: str, report: date | None, text: str, found: list[CodedEvent]
    ) -> list[CodedEvent]:
        """A sentence with no targeted event whose quoted name of a thing ("war games with Sudan called
        "Guardians of the Nile"") may have cost the parse its object, or whose participle with an agent
        ("troops backed by tanks invaded Kuwait") its verb: coded on a copy with the name or the participle
        blanked out; [] when there is none or the copy codes no targeted event either."""
        assert self.reparse is not None
        if _targeted(found):
            return []
        blank = naming(sent) or agent_phrase(sent)
        if blank is None:
            return []
        coded = self._code_copy(self.reparse(blanked(sent, blank)), si, doc_id, report)
        if not _targeted(coded):
            return []
        return moved_events(coded, sent, text, si, None)

    def _verbless(
        self, sent: Span, si: int, doc_id: str, report: date | None, text: str, found: list[CodedEvent]
    ) -> list[CodedEvent]:
        """A sentence parsed without a verb ("King Mohammed VI pardoned journalist X" as one noun phrase) coded
        on a copy that marks the lost verb, or one whose present-tense verb was read as a noun ("Security forces
        fire tear gas at ...") coded on a copy with the verb in the past tense (:mod:`detente.coding.verbless`);
        [] when there is none or the copy codes no event with a target on it. A lost verb is looked for only
        when the sentence has no event with a target; a present-tense verb when no event was coded on it."""
        assert self.reparse is not None
        bare = not _targeted(found)
        verb = lost_verb(sent)
        if verb is not None and not bare and any(e.trigger_start == verb.idx for e in found):
            verb = None  # "A court in Istanbul on Monday sentenced X ... protests": coded elsewhere, not on it
        if verb is not None:
            copy, edit = rewritten(sent, verb)
            at = edit[0] + edit[2]  # where the verb is on the copy
        else:
            present = present_verb(sent)  # "Turkey airlifts tents to ...": the verb read as a plural noun
            if present is None or any(e.trigger_start == present[0].idx for e in found):
                return []
            copy, edit = in_past(sent, *present)
            at = edit[0]
        found = self._code_copy(self.reparse(copy), si, doc_id, report)
        if not any(e.target is not None and e.trigger_start == at and e.confidence > fallback.MAX_CONFIDENCE
                   for e in found):  # a rule's event on the verb, not the fallback's guess
            return []
        return moved_events(found, sent, text, si, edit)

    # -- one sentence --------------------------------------------------------------------------
    def _code_sentence(
        self, sent: Span, si: int, res: ActorResolver, doc_id: str, report: date | None
    ) -> list[CodedEvent]:
        triggers = find_triggers(list(sent))
        dates, places = _dates_and_places(sent, {t.token.i for t in triggers})
        if not triggers:  # "hunted submarines alongside Indian warships": no act coded, a partner named
            partnered = self._partnerships(sent, si, res, doc_id, report, [], dates, places)
            return partnered + self._fallback(sent, si, res, doc_id, report)
        out: list[CodedEvent] = []
        named: list[tuple[Token, list[ActorRef]]] | None = None  # the sentence's named actors, for the last tier
        by_token = {t.token.i: t for t in triggers if not t.is_noun}
        for trig in triggers:
            if _restates(trig, by_token):
                continue  # "Putin met Xi in Kazan, their third meeting this year": one meeting, coded on "met"
            sources, targets = self._arguments(trig, res)
            if not sources:
                continue
            allies = _partner_spans(trig.token) if not trig.is_noun and trig.code[:2] in _HOSTILE_ACTS else []
            targets = [t for t in targets if not _among(t, allies)]  # "fought alongside Kurdish forces": allies
            modality = _modality(trig)
            base_code = trig.code
            trig.code, modality = _recode(trig, modality)
            if trig.code == "145" and _armed(sources):  # "militants stormed the police station": an attack
                trig.code = "190"
            elif trig.code == "144" and _armed(sources):  # "soldiers blocked the road to the airport": a blockade
                trig.code = "191"
            elif trig.code == "145" and any("COP" in s.code[3:] for s in sources):  # "riot police stormed the
                trig.code = "175"  # park": force used on a crowd, not a riot
            if trig.code == "192" and civic(sources):  # "protesters occupied the parliament building": a sit-in
                trig.code = "141"
            if trig.code == "173" and trig.token.lemma_.lower() in lx.TAKE_VERBS and _irregulars(sources) and not any(
                t.lemma_.lower() == "custody" for _, t in _preps(trig.token)
            ):  # not "paramilitary Rangers took Khan into custody": an arrest, whoever makes it
                trig.code = "181"  # "soldiers were captured by Hezbollah fighters": taken hostage, not arrested
            if trig.code == "072" and trig.token.lemma_.lower() in _SURRENDERING and _non_state(sources):
                trig.code = "0873"  # "militiamen handed over 240 weapons to UN peacekeepers": disarmament
            if trig.code == "072" and trig.obj is not None and any(
                c.dep_ in ("amod", "acl") and c.lower_ in _SEIZED for c in trig.obj.children
            ):
                trig.code = "0842"  # "handed over the captured ship to Ukraine": property returned, not aid
            if trig.code == "154" and _to_mission(trig.token, targets):
                trig.code = "074"  # "Ghana sent a fresh battalion to UNIFIL": peacekeepers contributed
            elif trig.code == "0332" and trig.inner is not None and _to_mission(trig.inner, targets):
                trig.code = "0334"  # "offered to send 1,000 troops to the AU mission": peacekeepers promised
            if trig.code == "164" and trig.token.lemma_.lower() == "walk" and _labour_walkout(trig, sources):
                trig.code = "143"  # "rail workers walk out in a pay row": a strike, not talks left
            if trig.is_noun and trig.token.lemma_.lower() == "strike" and trig.code[:2] in ("18", "19") and sources \
                    and all(a.code.endswith("LAB") or a.text.lower().endswith(_WORKER_WORDS) for a in sources):
                trig.code = "143"  # "unions paralysed the country with strikes against the reform": labour strikes
            if trig.code == "1121" and trig.token.lemma_.lower() == "charge" and _crowd_charged(trig, sources):
                trig.code = "175"  # "mounted police charged the striking miners": force used on a crowd
            if trig.code.startswith("19") and _verbal_attack(trig):  # "attacked the Fed, saying ...": criticism
                trig.code = "111"
            if trig.code == "062" and len(sources) == 1 and (not targets or _drill_near(trig)) and _solo_drill(trig):
                trig.code = "150"  # "Iran began military drills": a show of force, not cooperation
            when = self._when(trig, dates, report, modality)
            # reciprocity follows the act itself: a planned visit (036) stays one-way, a planned meeting does not
            pairs = _pairs(
                base_code if base_code.startswith("04") else trig.code,
                sources,
                targets,
                trig.token.lemma_.lower() in ("exchange", "trade", "swap"),
                trig.token.lemma_.lower() in lx.ONE_WAY_UNDERTAKINGS,
            )
            handed = _extradited(trig) if trig.code == "063" else None
            for src, tgt, recip in pairs:
                if tgt is not None and _same_actor(src, tgt):
                    continue
                where = self._where(trig, places, src, tgt)
                if handed is not None and (_within(src, handed) or (tgt is not None and _within(tgt, handed))):
                    if recip:  # the person handed over does not extradite back
                        continue
                    # "approved the extradition of X to face charges": legal action against X (PLOVER ACCUSE)
                    ev = self._event(replace(trig, code="1121"), src, tgt, modality, when, where, sent, si, doc_id,
                                     report, recip)
                    out.append(ev)
                    continue
                ev = self._event(trig, src, tgt, modality, when, where, sent, si, doc_id, report, recip)
                if recip and ev.cameo == "043":  # "Vietnam hosted the prime minister": the guest visited (042)
                    ev = replace(ev, **kb.code_fields("042"))
                out.append(ev)
            # one event per further plausible (source, target) pair, less confident than the chosen one
            extras = extra_targets(trig, res, sources, targets)
            loose = loose_targets(trig, res, sources, targets + extras)
            if named is None:
                named = _named(sent, res)
            wide = _wide_targets(trig, named, sources, targets, [*extras, *loose])
            for tgt, penalty in [(t, _EXTRA_PENALTY) for t in extras] + [(t, _LOOSE_PENALTY) for t in loose] + wide:
                if _among(tgt, allies):
                    continue
                for src in sources:
                    if _same_actor(src, tgt):
                        continue
                    where = self._where(trig, places, src, tgt)
                    acted = replace(trig, code="1121") if handed is not None and _within(tgt, handed) else trig
                    ev = self._event(acted, src, tgt, modality, when, where, sent, si, doc_id, report, False)
                    ev.confidence = max(0.05, round(ev.confidence - penalty, 3))
                    out.append(ev)
            fought = _fought_jointly(trig)
            if fought:  # "X and Y launched joint operations against Z": cooperation between them, an attack on Z
                out = [replace(e, id="", **kb.code_fields("170" if e.source.code.endswith("COP") else "190"))
                       if e.trigger_start == trig.token.idx
                       and e.cameo.startswith("06") and e.target is not None
                       and any(lo <= e.target.start < hi for lo, hi in fought) else e for e in out]
        out = _threats_made(sent, out)
        out += self._conditional_threats(sent, si, res, doc_id, report, out, dates, places)
        partnered = self._partnerships(sent, si, res, doc_id, report, out, dates, places)
        if partnered:
            out = _spare_partners(sent, out)
        at = {t.idx: t for t in sent}
        events = _occasion_second(_purpose_second(_prefer_coded(out), at), at) + speaker_events(sent, out, res)
        if any(e.target is not None for e in events):
            return events + partnered + self._orphans(sent, si, res, doc_id, report, events + partnered, named)
        # a partner named ("applied to join NATO together with Sweden") leaves the act itself to the fallback
        return events + partnered + self._fallback(sent, si, res, doc_id, report)

    def _conditional_threats(
        self,
        sent: Span,
        si: int,
        res: ActorResolver,
        doc_id: str,
        report: date | None,
        events: list[CodedEvent],
        dates: dict[int, list[Span]],
        places: dict[int, list[Span]],
    ) -> list[CodedEvent]:
        """Threats made by announcing a response to someone's act (:mod:`detente.coding.conditional`): from the
        doer of the consequence to the doer of the condition, ranked below the clause's own events."""
        out: list[CodedEvent] = []
        for say, pay in price_warnings(sent):  # "vowed that the regime would pay a heavy price"
            trig = Trigger(pay, THREAT_CODE)
            speakers = self._arguments(Trigger(say, "010"), res)[0]
            payers = [t for t in self._arguments(trig, res)[0] if t.code or t.name]
            when = self._when(trig, dates, report, "planned")
            for src in speakers:
                out += [self._ranked(trig, src, tgt, "planned", when, places, sent, si, doc_id, report)
                        for tgt in payers if not _same_actor(src, tgt)]
        for verb, cond in conditions(sent):
            code = threat_code(verb, events)
            if code is None:
                continue
            trig = Trigger(verb, code)
            doers = self._arguments(trig, res)[0]
            actors = [t for t in self._arguments(Trigger(cond, code), res)[0] if t.code or t.name]
            when = self._when(trig, dates, report, "hypothetical")
            for src in doers:
                out += [self._ranked(trig, src, tgt, "hypothetical", when, places, sent, si, doc_id, report)
                        for tgt in actors if not _same_actor(src, tgt)]
        return out

    def _ranked(
        self,
        trig: Trigger,
        src: ActorRef,
        tgt: ActorRef,
        modality: str,
        when: EventDate | None,
        places: dict[int, list[Span]],
        sent: Span,
        si: int,
        doc_id: str,
        report: date | None,
        recip: bool = False,
    ) -> CodedEvent:
        """An event read off a construction around the clause (a condition, a partner), capped below the clause's
        own chosen acts (the reverse of a mutual act a tenth lower)."""
        ev = self._event(trig, src, tgt, modality, when, self._where(trig, places, src, tgt), sent, si, doc_id, report,
                         recip)
        ev.confidence = min(ev.confidence, _CONDITIONAL_CONFIDENCE - (0.1 if recip else 0))
        return ev

    def _partnerships(
        self,
        sent: Span,
        si: int,
        res: ActorResolver,
        doc_id: str,
        report: date | None,
        events: list[CodedEvent],
        dates: dict[int, list[Span]],
        places: dict[int, list[Span]],
    ) -> list[CodedEvent]:
        """Cooperation with the party an act is done alongside (:mod:`detente.coding.partners`), both ways (the
        reverse less confident), ranked below the clause's own chosen events."""
        out: list[CodedEvent] = []
        seen: set[tuple[int, int]] = set()
        for verb, partner in partners(sent):
            coded = next((e.cameo for e in events if e.trigger_start == verb.idx), None)
            doers = self._arguments(Trigger(verb, coded or COOPERATION), res)[0]
            trig = Trigger(verb, partner_code(coded, any("MIL" in d.code for d in doers)))
            modality = _modality(trig)
            trig.code, modality = _recode(trig, modality)
            when = self._when(trig, dates, report, modality)
            named = [r for r in res.resolve_all(partner) if r.code or r.name]
            own = any(r.start <= partner.idx < r.end for r in named)  # "with Sony Group and Denso": Sony unnamed
            if not own and (partner.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ in ("compound", "appos")
                                                           for c in partner.children)):
                named += _unknown_all(partner, res)  # "jointly with Eni", "with its Chinese partner AVIC": a name
            named = [r for r in named if (verb.i, r.start) not in seen]
            seen |= {(verb.i, r.start) for r in named}
            for tgt in named:
                for src in doers:  # not "travelled to China together with his ministers"
                    if _same_actor(src, tgt) or (src.country and src.country == tgt.country):
                        continue
                    out += [self._ranked(trig, a, b, modality, when, places, sent, si, doc_id, report, recip)
                            for a, b, recip in ((src, tgt, False), (tgt, src, True))]
        return out

    def _orphans(
        self,
        sent: Span,
        si: int,
        res: ActorResolver,
        doc_id: str,
        report: date | None,
        events: list[CodedEvent],
        named: list[tuple[Token, list[ActorRef]]] | None,
    ) -> list[CodedEvent]:
        """Named parties no event has reached get one guess each (the lowest confidence there is), typed by the
        learned fallback: from every doer of the sentence's surer events to the party, and from the party to every
        surer target ("Germany is adding an evacuation plane to the pool ... to fight Ebola in West Africa")."""
        used = [(e.source.start, e.source.end) for e in events] + [
            (e.target.start, e.target.end) for e in events if e.target is not None
        ]
        doers: dict[tuple[int, int], ActorRef] = {}
        done: dict[tuple[int, int], ActorRef] = {}
        for e in events:
            if e.confidence >= _SURE:
                doers.setdefault((e.source.start, e.source.end), e.source)
                if e.target is not None:
                    done.setdefault((e.target.start, e.target.end), e.target)
        unused = [  # not the reporters a statement is made to
            r for _, refs in (named if named is not None else _named(sent, res)) for r in refs
            if not any(a < r.end and r.start < b for a, b in used) and not _audience(r)
        ]
        if not unused:
            return []
        phrases = [_phrase_extent(sent, r) for r in [*doers.values(), *done.values()]]
        # not "the president of Chad", "the people of Haiti": inside a party's own phrase
        orphans = [r for r in unused if not any(a < r.end and r.start < b for a, b in phrases)]
        model = fallback.load() if orphans else None
        verb = fallback.main_verb(sent) if model is not None else None
        if model is None or verb is None:
            return []
        label, _ = model.predict(fallback.features(sent, verb))
        trig = Trigger(verb, fallback.ROOT_CODES[label])
        out = []
        pairs = [(src, tgt) for src in doers.values() for tgt in orphans]
        pairs += [(src, tgt) for src in orphans for tgt in done.values()]
        when = default_date(report)
        for src, tgt in pairs:
            if _same_actor(src, tgt) or (src.country_code and src.country_code == tgt.country_code):
                continue  # not "Haiti" -> "the people of Haiti"
            ev = self._event(trig, src, tgt, "happened", when, None, sent, si, doc_id, report, False)
            ev.confidence = _ORPHAN_CONFIDENCE
            out.append(ev)
        return out

    def _fallback(self, sent: Span, si: int, res: ActorResolver, doc_id: str, report: date | None) -> list[CodedEvent]:
        """A sentence the rules leave without an event that has a target: the learned fallback guesses the type
        of what its main verb reports (:mod:`detente.coding.fallback`), and the verb, coded so, finds its arguments as a
        trigger does. The events rank below every rule's (at most ``fallback.MAX_CONFIDENCE``)."""
        model = fallback.load()
        verb = fallback.main_verb(sent) if model is not None else None
        if model is None or verb is None:
            return []
        label, p = model.predict(fallback.features(sent, verb))
        trig = Trigger(verb, fallback.ROOT_CODES[label])
        sources, targets = self._arguments(trig, res)
        pairs = [
            (src, tgt)
            for src in sources
            for tgt in targets  # a guess needs a target the coder knows as an actor ("a cruise missile": no),
            # and another one than the source's own code ("the army formed a brigade": no)
            if not _same_actor(src, tgt) and (tgt.code or tgt.name) and not (tgt.code and tgt.code == src.code)
            and not _audience(tgt)  # "spoke to reporters": no party
        ]
        if not pairs:
            return []
        dates, places = _dates_and_places(sent, {verb.i})
        modality = _modality(trig)
        when = self._when(trig, dates, report, modality)
        confidence = round(min(fallback.MAX_CONFIDENCE, 0.05 + 0.2 * p), 3)
        out = []
        for src, tgt in pairs:
            ev = self._event(trig, src, tgt, modality, when, self._where(trig, places, src, tgt), sent, si, doc_id,
                             report, False)
            ev.confidence = confidence
            out.append(ev)
        return out

    def _event(
        self,
        trig: Trigger,
        src: ActorRef,
        tgt: ActorRef | None,
        modality: str,
        when: EventDate | None,
        where: Place | None,
        sent: Span,
        si: int,
        doc_id: str,
        report: date | None,
        recip: bool,
    ) -> CodedEvent:
        tok = trig.token
        conf = (
            0.55
            + (0.15 if tgt is not None else 0)
            + (0.1 if len(trig.code) > 2 else 0)
            + (0.1 if src.code else -0.1)
            - (0.1 if recip else 0)
            - (0.15 if trig.code.startswith("01") else 0)
        )
        if trig.nested:  # the act a condemnation or a welcome names: reported, but not the sentence's own event
            conf = min(conf, _NESTED_CONFIDENCE)
        return CodedEvent(
            doc_id=doc_id,
            source=src,
            target=tgt,
            **kb.code_fields(specific_code(trig, src, tgt, where)),
            modality=modality,
            trigger=tok.text,
            trigger_start=tok.idx,
            trigger_end=tok.idx + len(tok.text),
            sentence=self._text[sent.start_char : sent.end_char],
            sentence_index=si,
            sentence_start=sent.start_char,
            event_date=when,
            report_date=report,
            location=where,
            confidence=max(0.05, min(0.95, conf)),
        )

    # -- arguments -----------------------------------------------------------------------------
    def _arguments(self, trig: Trigger, res: ActorResolver) -> tuple[list[ActorRef], list[ActorRef]]:
        tok = trig.token
        if trig.is_noun and trig.code == "087" and trig.inner is not None:
            return self._halt_arguments(trig, trig.inner, res)
        if trig.is_noun:
            return self._noun_arguments(tok, res, trig.code)
        src_toks, tgt_toks = _verb_slots(tok)
        if trig.frame == "P" and trig.inner is not None and trig.inner.dep_ == "acl":  # "dropped its bid to deport
            tgt_toks = [c for c in trig.inner.children if c.dep_ == "dobj"] + tgt_toks  # X": X, not the bid
        src_toks = [  # "NAIROBI, Nov 3 (Reuters) - UN chief withdrew", "NAIROBI (AP) - The president of X resigned",
            x  # "Later on Thursday, Erdogan, ... discussed": a date taken for the subject
            for t in src_toks
            for x in ([t] if not _not_subject(t, res) else [c for c in t.subtree if _not_subject(c.head, res)])
            if not _not_subject(x, res)
            and (x.i == t.i or x.dep_ in ("appos", "conj", "dep") or _after_dash(t, x))
        ]
        src_toks = [p for t in src_toks for p in _meeting_parties(t)]  # "the summit between X and Y failed"
        sources = [_with_owner(a, t, res) for t in src_toks for a in res.resolve_all(t)]
        for t in src_toks:  # "Armenia, Azerbaijan agree": the subject's own span starts after the listed name
            if t.dep_ in ("nmod", "npadvmod", "compound", "appos") and t.right_edge.i + 2 < len(t.doc):
                after = t.doc[t.right_edge.i + 2].idx
                sources = [
                    replace(a, text=res.text[after : a.end], start=after)
                    if a.start == t.idx and a.end > after and a.code != (res.resolve(t) or [a])[0].code
                    else a
                    for a in sources
                ]
        if sources:  # "France, along with Germany, condemned ...": Germany too
            sources += _other([a for t in _companions(tok, src_toks) for a in res.resolve_all(t) if a.code], sources)

        if not src_toks:  # a subject misparsed as a modifier ("USAID/ADV provided ..."): only a coded actor
            for t in _misparsed_subjects(tok):
                found = [a for a in res.resolve_all(t) if a.code]
                if not found and t.text.isupper() and t.text.isalpha() and len(t.text) >= 2:  # an acronym
                    found = [ActorRef(text=t.text, code="", kind="organisation", start=t.idx, end=t.idx + len(t.text))]
                sources += found
        if not sources:  # "The missiles fired by the army struck ...": the actor inside the subject
            for t in src_toks:
                sources = _agent_inside(t, res)
                if sources:
                    break
        if not sources:  # "a car bomb killed", "the watchdog launched": a span even without a code
            sources = [r for t in src_toks for r in _unknown_all(t, res)][:3]
        if sources:  # "student groups including X and Y held a protest": the named members act too
            sources += _other([a for t in src_toks for m in _members(t) for a in res.resolve_all(m)], sources)
        if not sources:  # "Thousands demonstrated in Paris": a crowd counted, not named
            sources = [_crowd(t, res) for t in src_toks if t.lower_ in _CROWD_COUNTS and _bare_count(t)]
        if not sources:  # "They accused Israel of ...": a pronoun with no antecedent is still the doer
            sources = [_bare_pronoun(t, res) for t in src_toks if t.pos_ == "PRON" and t.lower_ in _DOER_PRON]
        if not sources and not src_toks and (trig.code.startswith("15") or trig.code == "074"):
            # "police were deployed in the capital", "the peacekeepers who were deployed to Mali"
            sources = [
                a
                for t in tgt_toks
                if t.dep_ == "nsubjpass" or (tok.dep_ == "relcl" and t.i == tok.head.i)
                for a in res.resolve_all(t) or _unknown_all(t, res)
            ]
            if sources:  # the deployed are the doers, not also the other party
                tgt_toks = [t for t in tgt_toks if t.dep_ != "nsubjpass" and t.i != tok.head.i]
        if sources and all(r.kind == "unknown" for r in sources):  # "a statement from the ministry condemned X"
            authors = [
                a
                for t in src_toks
                if t.lemma_.lower() in _DOCUMENT_NOUNS
                for p, o in _preps(t)
                if p in ("from", "by", "of")
                for a in res.resolve_all(o)
            ]
            if not authors:  # "the reopening of the corridor by India allowed ...": the doer of the act named
                authors = [a for t in src_toks if noun_code_of(t) or t.lemma_.lower() in lx.ACT_NOUNS
                           for o in _by_agents(t) for a in res.resolve_all(o) if a.code]
            sources = authors or sources
        if not sources and any(c.dep_ == "auxpass" for c in tok.children):  # "were allowed to leave by Tehran":
            sources = [a for c in tok.children if c.dep_ == "xcomp"  # the agent hung on the infinitive
                       for p, t in _preps(c) if p == "by" for a in res.resolve_all(t) if a.code]
        if not sources and trig.code[:2] == "07":  # "Turkish-built houses were given to survivors": the builder
            sources = [a for t in tgt_toks if t.dep_ == "nsubjpass" for a in _participle_agents(t, res)]
        if not sources and trig.obj is not None and trig.obj.dep_ == "nsubjpass":  # "Kuwait's donation was announced"
            sources = [a for c in trig.obj.children if c.dep_ == "poss" for a in res.resolve_all(c)]
            if not sources and trig.code[:2] in ("07", "16"):  # "a loan from the IMF to Egypt was suspended"
                sources = [a for p, t in _preps(trig.obj) if p == "from" for a in res.resolve_all(t)]
        if sources and all(_weak(r) for r in sources):  # "Kenya said the police arrested ...": KENCOP
            sources = _speaker_side(tok, src_toks, sources, res)
        released = trig.code.startswith("084") and any(
            p == "from" and t.lemma_.lower() in _JAILS for p, t in _preps(tok)
        )
        handed_over = trig.code.startswith("063") and any(t.dep_ == "nsubjpass" for t in tgt_toks)
        if not sources and not src_toks and handed_over:  # "X was extradited from France to Spain": France
            sources = [a for p, t in _preps(tok) if p == "from" for a in res.resolve_all(t) if a.country]
        if not sources and not src_toks and (trig.code[:2] in ("16", "17", "18") or released):
            # "was arrested in Rwanda", "were released from prison in Iran": that state's act
            if any(t.dep_ == "nsubjpass" for t in tgt_toks):
                sources = _place_actor(tok, res)
                if not sources and trig.code.startswith(("174", "166")):  # "were expelled from Ghana": Ghana's act
                    sources = [a for p, t in _preps(tok) if p == "from" for a in res.resolve_all(t) if a.country]
                if not sources and trig.code.startswith(("174", "166")):  # "were ordered to leave Russia": Russia's
                    sources = [a for c in tok.children if c.i in trig.consumed for t in c.children
                               if t.dep_ == "dobj" for a in res.resolve_all(t) if a.kind == "country"]
        if not sources and not any(t.dep_ == "nsubj" for t in src_toks):
            parties = _between_parties(tok, res)  # "a peace deal was signed between X and Y", "clashes erupted ..."
            if len(parties) < 2 and trig.obj is not None:  # "an agreement between X and Y was reached"
                parties = _between_parties(trig.obj, res)
            if len(parties) >= 2:
                return parties, []
        if trig.swap and sources:  # "received tanks from its allies": the allies give, the receiver gets
            froms = [t for h in (tok, trig.obj) if h is not None for p, t in _preps(h) if p in ("from", "by")]
            if not froms and trig.obj is not None:  # "received a first batch of tanks from Poland": on "batch"
                between = [a for a in trig.obj.ancestors if a.i != tok.i and tok in a.ancestors]
                froms = [t for h in between for p, t in _preps(h) if p in ("from", "by")]
            if not froms:  # "obtained 1.8 billion yen in emergency grants from Japan": on the verb's adjunct or
                heads = [h for h in (tok, trig.obj) if h is not None]  # on what the object is of ("took delivery
                froms = [t for q, t in _deep_preps(*heads) if q in ("from", "by")]  # of its first tanks from Poland")
            if not froms and tok.lemma_.lower() == "find":  # "found shelter in Moldova": the host country gives
                froms = [t for p, t in _preps(tok) if p == "in"]
            if not froms and trig.obj is not None and trig.code.startswith("05"):  # "the backing of Kenya"
                froms = [t for p, t in _preps(trig.obj) if p == "of"]
            giver = [a for t in froms for a in res.resolve_all(t) or _unknown_all(t, res)]
            if giver:
                return giver, sources
        targets: list[ActorRef] = _restricted_place(trig, sources, res)  # "a curfew in the town"
        if targets:
            return sources, targets
        targets = _denied_claim(trig, sources, res) or _concern_topic(trig, sources, res)
        targets = targets or _object_author(trig, sources, res)
        if targets:  # "denied the accusations made by X": X; "raised concerns about the law": the law
            return sources, targets
        if trig.code.startswith(("02", "10")):  # "demanded an apology from the mayor"
            objs = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
            froms = [t for o in objs for p, t in _preps(o) if p == "from"]
            targets = _other([a for t in froms for a in _unknown_all(t, res)], sources)
            if targets:
                return sources, targets
        if trig.code[:2] in ("12", "16") and trig.consumed:  # "pulled the US out of the deal with Iran": Iran
            doc = tok.doc
            partners = [t for i in sorted(trig.consumed) if doc[i].lemma_.lower() in _PACTS
                        for p, t in _preps(doc[i]) if p == "with"]
            found = _other([a for t in partners for a in res.resolve_all(t) or _unknown_all(t, res)], sources)
            if found:
                return sources, found
        if trig.code.startswith("15"):  # "sent warships toward Taiwan", "moved troops to the border with India"
            faced = [t for h in (tok, trig.obj) if h is not None for t in _faced(h)]
            facing = _other([a for t in faced for a in res.resolve_all(t)], sources)
            if facing:
                return sources, facing
            dest = [t for p, t in _preps(tok) if p in ("to", "into", "onto") and t.pos_ in ("NOUN", "PROPN")]
            placed = _other([a for t in dest for a in res.resolve_all(t) or (  # a named place, not "the region"
                _unknown_all(t, res) if any(w.pos_ == "PROPN" for w in t.subtree) else [])], sources)
            if placed and trig.obj is not None and trig.obj.dep_ == "dobj":  # "sent troopers to the border city
                return sources, placed  # of Eagle Pass": where they go, not the forces sent
        if trig.code[:2] in ("18", "19") and not trig.is_noun:  # "fired a barrage of missiles at Kyiv": Kyiv
            aimed = [t for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in _HEAPS
                     for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ in _AIMED and t.head.head.i == o.i]
            targets = _other([a for t in aimed for a in res.resolve_all(t) or _unknown_all(t, res)], sources)
            if targets:
                return sources, targets
            tgt_toks = [t for t in tgt_toks if not (t.dep_ == "dobj" and t.lemma_.lower() in _HEAPS)]
        # "evacuated 1,200 foreigners from the capital": the people brought to safety
        if trig.code == "073" and trig.obj is not None and is_evacuee(trig.obj):
            found = _other(res.resolve_all(trig.obj) or _unknown_all(trig.obj, res), sources)
            if found:
                return sources, found
        with_obj = trig.obj is not None and trig.obj.dep_ == "pobj" and trig.obj.head.lower_ == "with"
        if trig.obj is not None and not (with_obj and any(t.dep_ in ("dobj", "nsubjpass") for t in tgt_toks)) and not (
            len(sources) >= 2 and _joint_act(trig.obj)  # "Sony and Honda formed a joint venture": with each other
        ):
            # "held talks with X", "launched airstrikes on X", "imposed sanctions on X"; not "threatened the
            # paper with closure" (the paper)
            against = [t for p, t in _preps(tok) if p == "against"]  # "held a protest at X against Y": Y
            targets = _other([a for t in against for a in _unknown_all(t, res)], sources) or _obj_targets(
                trig.obj, res, sources
            )
            if len(sources) >= 2 or any(c.dep_ == "conj" for t in src_toks for c in t.children):
                venues = [(t.left_edge.idx, t.idx + len(t.text)) for t in trig.obj.subtree if _venue(t)]
                # "X and Y signed a peace agreement at Malacanang Palace": the palace is where, not with whom
                targets = [a for a in targets if not any(lo <= a.start < hi for lo, hi in venues)]
            if not targets and trig.code[:2] in ("16", "17"):  # "revoked the citizenship of 94 opponents"
                owners = [t for p, t in _preps(trig.obj) if p == "of" and t.pos_ in ("NOUN", "PROPN")]
                targets = _other([a for t in owners for a in _unknown_all(t, res)], sources)
            if targets:
                return sources, targets
        if trig.code.startswith("14") and not trig.is_noun:  # "demonstrated in Paris against pension reform"
            against = [t for p, t in _preps(tok) if p == "against"]
            targets = _other([a for t in against for a in _unknown_all(t, res)], sources)
            if targets:
                return sources, targets
        mutual = trig.code.startswith(_RECIPROCAL) or (
            trig.code[:2] in _MUTUAL_ROOTS and trig.code != "192"  # "X and Y took control of the town": allies
        ) or trig.code in _MUTUAL_CODES
        if mutual and trig.code[:2] in ("18", "19") and any(_joint_act(t) for t in tgt_toks):
            mutual = False  # "X and Y carried out joint air strikes on Z": allies, not foes
        if mutual and trig.code.startswith(("033", "07")) and any(
            p == "to" for h in (tok, trig.inner) if h is not None for p, _ in _preps(h)
        ):
            mutual = False  # "X and Y pledged aid to Z": co-donors, not giving to each other
        if len(sources) == 1 and mutual and not trig.is_noun:  # "the army and the rebel alliance signed a deal"
            starts = {a.start for a in sources}
            partners = [c for t in src_toks if t.dep_ == "nsubj" for c in t.conjuncts if c.pos_ in ("NOUN", "PROPN")]
            sources += [a for c in partners for a in _unknown_all(c, res) if a.start not in starts][:2]
        if len(sources) >= 2 and mutual:
            direct = [a for t in tgt_toks if not _joint_act(t) and not _venue(t)
                      and not (t.dep_ == "dobj" and noun_code_of(t))  # "a Kuwait-brokered agreement": the act
                      for a in _other(res.resolve_all(t), sources) if a.code or a.name]
            return sources, direct  # "X and Y agreed to share information on Z": X and Y with each other
        if trig.code.startswith(lx.FROM_TARGET_CODES):  # "withdrew its troops from Syria"
            froms = [t for p, t in _preps(tok) if p == "from"]
            if trig.obj is not None:
                froms += [t for p, t in _preps(trig.obj) if p == "from"]
            for t in froms:
                found = _other(res.resolve_all(t), sources)
                if found:
                    return sources, found
        if trig.frame == "02" and tok.dep_ == "acl" and tok.head.pos_ == "NOUN":  # "X's call on Britain to open
            tgt_toks = [t for p, t in _preps(tok.head) if p in ("on", "upon", "to")] + tgt_toks  # talks": Britain
        if trig.code == "160" and trig.inner is not None and trig.inner.lemma_.lower() in TRAVEL_VERBS:
            tgt_toks = [t for p, t in _preps(trig.inner) if p == "to"]  # "urged citizens not to travel to X": X
        if (trig.code.startswith("04") and not trig.code.startswith("042")) or (  # "discussed Libya with Trump"
            trig.code.startswith("03") and tok.lemma_.lower() == "agree"  # "agreed with six powers to curb ..."
        ):
            tgt_toks = [t for p, t in _preps(tok) if p == "with"] + tgt_toks
        held = trig.obj if trig.code == "192" and trig.obj is not None and trig.obj.dep_ == "pobj" else None
        if held is not None:  # "took full control of Mekelle": the place, not the control
            tgt_toks = [held] + [t for t in tgt_toks if t.i != held.head.head.i]
        for t in tgt_toks:
            if _joint_act(t):
                continue  # "launched joint military patrols": the joint act, not whom it is done to
            if trig.obj is not None and t.i == trig.obj.i and trig.code in ("042", "036") and (
                t.lemma_.lower() in _EMISSARIES
            ):
                continue  # "sent its special envoy to Ukraine": the envoy goes for the sender, Ukraine is visited
            if trig.code == "161" and t.lemma_.lower() in _RECALLED and any(
                c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in t.children
            ) and any(p in ("from", "of") for p, _ in _deep_preps(tok)):
                continue  # "pulled its ambassador out of Egypt": its own envoy, Egypt is the one left
            if (
                trig.obj is not None
                and t.i == trig.obj.i
                and held is None
                and not (trig.code in ("075", "0841") and t.pos_ == "NOUN")  # "took in refugees": the refugees
                and t.lemma_.lower() not in lx.PEOPLE_OBJECTS  # "expelled all UN weapons inspectors": the inspectors
                and not any(r.country or r.name for r in res.resolve_all(t))
                and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)  # "IAEA inspectors"
                and not _boycotted(trig, t)  # "boycotted the vote": the vote
            ):
                continue
            targets = _other(res.resolve_all(t), sources)
            if not targets and t.pos_ == "PROPN":  # an unknown name is the patient itself ("accused Gulen of")
                targets = _other(_unknown_all(t, res), sources)
            if not targets and t.dep_ == "dobj" and t.lemma_.lower() in lx.PEOPLE_OBJECTS:  # "expelled the inspectors"
                targets = _other(_unknown_all(t, res), sources)
            if (  # "urged the two sides to settle their dispute": the parties addressed
                not targets
                and (t.dep_ == "dobj" or (t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and t.head.head.i == tok.i))
                and trig.frame in ("02", "10")
                and t.pos_ in ("NOUN", "PROPN")
                and not noun_code_of(t)
                and trig.inner is not None
                and trig.inner.i > t.i
            ):
                targets = _other(_unknown_all(t, res), sources)
            if not targets and _meeting_party(trig, t):  # "met in Geneva with the mediators": not Geneva
                targets = _other(_unknown_all(t, res), sources)
            if not targets and held is not None and t.i == held.i:  # the place, named or not
                targets = _other(_inside(t, res), sources) or _patient(trig, t, sources, res) or _other(
                    _unknown_all(t, res), sources)
            if (
                not targets
                and t.dep_ == "dobj"
                and (trig.code[:2] in _PATIENT_ROOTS or _boycotted(trig, t))
                and (not noun_code_of(t) or t.lemma_.lower() in lx.HELPERS)
            ):
                targets = _patient(trig, t, sources, res)  # "attacked an army camp in Kabul", "boycotted the vote"
            if not targets:
                inside = _other(_inside(t, res), sources)
                if (
                    inside
                    and trig.code[:2] in ("11", "12")
                    and all(_weak(r) and not r.role for r in inside)
                    and t.dep_ == "dobj"
                    and noun_code_of(t)
                ):
                    inside = _other(_unknown_all(t, res), sources)  # "condemned the attack on a church"
                targets = inside
            if targets:
                break
        if not targets:  # small clauses: "found Barbarin guilty", "declared X a terrorist"
            for c in tok.children:
                if c.dep_ in ("ccomp", "oprd", "xcomp") and c.pos_ in ("ADJ", "NOUN"):
                    subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
                    if subj is not None:
                        targets = _other(res.resolve_all(subj), sources)
                        if not targets and subj.pos_ in ("PROPN", "NOUN"):
                            st = subj.doc[_np_start(subj)].idx
                            en = subj.idx + len(subj.text)
                            targets = [ActorRef(text=res.text[st:en], code="", kind="unknown", start=st, end=en)]
                        break
        if not targets and trig.obj is not None:
            targets = _noun_targets(trig.obj, res, sources)
        if not targets and trig.inner is not None and (trig.inner.dep_ == "ccomp" or _for_clause(trig.inner)):
            hung = [s for a in trig.inner.children if a.dep_ in ("aux", "auxpass") for s in a.children]
            for c in [*trig.inner.children, *hung]:  # "that Russian forces were ...": the subject on "were"
                if c.dep_ in ("nsubj", "nsubjpass"):
                    targets = _other(res.resolve_all(c), sources)
                    if not targets and trig.code[:2] == "11" and c.dep_ == "nsubj":  # "... that Western arms were"
                        targets = _other(_agent_inside(c, res), sources)  # the doer charged, not a place named
                        targets = targets or _other([
                            r for m in c.children if m.dep_ in ("amod", "compound") and m.i < c.i
                            for r in res.resolve(m) if r.country or r.code
                        ], sources)
                    targets = targets or _other(_inside(c, res), sources)
                    break
        if not targets and trig.inner is not None:
            inner = trig.inner
            if inner.pos_ in ("VERB", "AUX"):
                _, inner_t = _verb_slots(inner)
                for t in inner_t:
                    targets = _other(res.resolve_all(t), sources) or _other(_inside(t, res), sources)
                    if (
                        not targets
                        and t.dep_ == "dobj"
                        and t.pos_ == "NOUN"
                        and (not noun_code_of(t) or t.lemma_.lower() in lx.PEOPLE_OBJECTS)
                    ):
                        targets = _other(_unknown_all(t, res), sources)  # "promised to release political prisoners"
                    if targets:
                        break
                if not targets:  # "refused to send peacekeepers to Iraq"
                    targets = _other(_prep_targets(inner, res, trig.code), sources)
            else:
                targets = _noun_targets(inner, res, sources)
                if not targets:  # "conceded to demands that X be freed to vote": X
                    targets = _demand_holder(inner, sources, res)
                if not targets:  # "conceded to the demands of the truck drivers": whose demands
                    owners = [t for p, t in _preps(inner) if p == "of"]
                    targets = _other([u for t in owners[:1] for u in _unknown_all(t, res)], sources)
        if not targets:
            targets = _other(_prep_targets(tok, res, trig.code), sources)
        if (
            not targets
            and not trig.code.startswith("01")
            and not (len(sources) >= 2 and trig.code.startswith(_RECIPROCAL))
        ):
            targets = _other(_subtree_target(tok, res, {a.start for a in sources}, trig), sources)
        multi = len(sources) >= 2 and (trig.code.startswith(_RECIPROCAL) or trig.code[:2] in _MUTUAL_ROOTS)
        if not targets and not trig.code.startswith("01") and not multi:
            targets = _locative_target(tok, res, {a.start for a in sources})
        if not targets and trig.code.startswith(("05", "017", "018")):  # "laid a wreath in honour of the victims"
            honoured = [
                u for p, t in _preps(tok) if p == "in" and t.lemma_.lower() in _HONOUR_WORDS
                for q, u in _preps(t) if q in ("of", "with")
            ]
            for u in honoured[:1]:
                targets = _other(res.resolve_all(u), sources) or _other(_unknown_all(u, res), sources)
        if not targets and not trig.code.startswith("01"):  # the patient, even when it is not an actor
            cands = list(tgt_toks) + [t for p, t in _preps(tok) if p in _TO_PREPS]
            if trig.obj is not None:
                cands += [t for p, t in _preps(trig.obj) if p in _TO_PREPS]
                if trig.code.startswith(("05", "018")):  # "announced its support for the incumbent"
                    cands = [t for p, t in _preps(trig.obj) if p == "for"] + cands

            src_starts = {a.start for a in sources}
            cands += [
                t
                for t in tok.subtree
                if t.i > tok.i
                and t.dep_ in ("dobj", "pobj", "nsubjpass", "dative")
                and not (t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE | {"for", "of", "by", "as"})
            ]
            for t in cands:
                if (
                    t.pos_ in ("NOUN", "PROPN")
                    and (trig.obj is None or t.i != trig.obj.i)
                    and t.i not in trig.consumed
                    and t.doc[_np_start(t)].idx not in src_starts
                    and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
                ):
                    start = t.doc[_np_start(t)].idx
                    end = t.idx + len(t.text)
                    targets = [ActorRef(text=res.text[start:end], code="", kind="unknown", start=start, end=end)]
                    break
        if trig.code.startswith("08"):  # "withdrew the bill after protests by farmers": whom it yields to
            pressed = _pressed_by(tok, res, sources)
            if pressed and (not targets or all(_weak(r) or _in_pressure(r, tok) for r in targets)):
                targets = pressed
        if not targets or all(_weak(r) for r in targets):  # "$5 million in aid for flood victims"
            targets = _beneficiary(trig, sources, res) or targets
        if targets and trig.code[:2] in ("07", "08") and all(r.kind in ("unknown", "agent") for r in targets):
            targets = _recipient(trig, sources, res) or targets  # "returned Iraqi artifacts to the museum"
        if not targets or all(_weak(r) for r in targets):  # "dismissed the complaint filed by X": X
            targets = _object_agent(trig, sources, res) or targets
        if (not targets or all(_weak(r) for r in targets)) and trig.inner is not None:
            # "threatened to boycott the election unless ...": the election boycotted
            occasions = [c for c in trig.inner.children if c.dep_ == "dobj" and _boycotted(trig, c)]
            targets = (_patient(trig, occasions[0], sources, res) if occasions else []) or targets
        if not targets or all(_weak(r) for r in targets):  # "will not lift the embargo until Cuba ...": Cuba
            targets = _condition_party(tok, sources, res) or targets
        if targets and all(_weak(r) for r in targets):  # "returned artifacts to Peru": the recipient
            targets = _recipient(trig, sources, res) or _placed(trig, targets, sources, res)
        if trig.code[:2] in ("18", "19", "20") and tok.dep_ == "advcl" and tok.head.lemma_.lower() in _DIE_VERBS:
            dead = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "ten died when jets bombed"
            victims = _other([a for c in dead for a in _unknown_all(c, res)], sources + targets)
            targets = [*targets, *victims] if any(not _weak(r) for r in targets) else [*victims, *targets]
        if trig.swap:
            giver = [a for p, t in _preps(tok) if p in ("from", "by") for a in res.resolve_all(t)]
            if giver:
                return giver, sources
        return sources, targets

    def _halt_arguments(
        self, trig: Trigger, halted: Token, res: ActorResolver
    ) -> tuple[list[ActorRef], list[ActorRef]]:
        """A halt to attacks: its doer as any noun's, the target the one the halted attacks were aimed at ("a halt
        to air strikes against the FARC": the FARC)."""
        sources, targets = self._noun_arguments(trig.token, res, trig.code)
        if sources and not targets:
            aimed = [t for x in halted.subtree if x.dep_ == "prep" and x.lower_ in ("against", "on", "of")
                     for t in x.children if t.dep_ == "pobj"]
            targets = _other([a for t in aimed for a in res.resolve_all(t) or _unknown_all(t, res)], sources)
        return sources, targets

    def _noun_arguments(self, tok: Token, res: ActorResolver, code: str) -> tuple[list[ActorRef], list[ActorRef]]:
        sources: list[ActorRef] = []
        targets: list[ActorRef] = []
        for c in tok.children:
            if c.dep_ == "poss":
                sources = res.resolve_all(c)
                if c.pos_ == "PRON":  # "the French army completed its withdrawal": the subject named, not "its"
                    sources = _named_owner(tok, sources, res) or sources
        from_states = [a for p, t in _preps(tok) if p == "from" for a in res.resolve_all(t) if a.country]
        patient_owner = code.startswith(("16", "17", "084")) and not any(p == "of" for p, _ in _preps(tok))
        ruling = any(a.kind == "country" or a.code.endswith(("GOV", "MIL", "COP", "JUD")) for a in sources)
        if sources and from_states and patient_owner and not ruling:  # not "Russia's ban on wine from Georgia"
            return from_states, _other(sources, from_states)  # "the journalist's expulsion from Russia": Russia's act
        agents = [a for p, t in _preps(tok) if p == "by" for a in res.resolve_all(t)]
        if sources and _other(agents, sources):  # "the journalist's detention by Egypt"
            owners = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            if owners:
                return agents, _other(sources, agents)
        agentive_of = code.startswith(("04", "14", "15", "036", "087")) and tok.lemma_.lower() not in _OF_PATIENT
        # "the withdrawal of US troops": the troops' side; "the boycott of Israel": Israel is boycotted
        if not sources and code[:2] in ("18", "19", "17"):  # "died in a police cell after torture": the prison's act
            victim = _victim_clause(tok, res)
            if victim is not None:
                return victim
        if not sources:
            sources = [
                a for p, t in _preps(tok) if p == "by" or (p == "of" and agentive_of) for a in res.resolve_all(t)
            ]
        if sources and agentive_of and all(not r.country and not r.name for r in sources) and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for p, t in _preps(tok) if p == "of" for c in t.children
        ):  # "Syria completed the withdrawal of its troops": the troops are the subject's
            sources = _named_owner(tok, [], res) or sources
        if not sources and code[:2] == "07" and any(p == "to" for p, _ in _preps(tok)):
            # "a loan from China to Kenya was approved", "aid from the UAE to Somalia": the giver
            sources = [a for p, t in _preps(tok) if p == "from" for a in res.resolve_all(t)]
        if not sources:  # "the indictment of X by a federal grand jury": an agent named without a code
            sources = [
                a for p, t in _preps(tok)
                if p == "by" and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _NOT_AGENT_ENTS
                for a in _unknown_all(t, res)
            ]
        if not sources and not agentive_of:  # "the expulsion of its diplomats by Russia": "by" hung on the patient
            patients = [t for p, t in _preps(tok) if p == "of"]  # also on an apposition of the patient ("the
            patients += [c for t in [tok, *patients] for c in t.children if c.dep_ == "appos"]  # detention of the
            sources = [a for h in patients for q, u in _preps(h) if q == "by" for a in res.resolve_all(u)]
            # artist Ai Weiwei by police")
        if not sources:  # "the mass expulsion of migrants ordered by the government": who ordered it
            sources = [  # (the participle may hang on the patient: "the expulsion of migrants ordered by X")
                a for h in (tok, *(t for p, t in _preps(tok) if p == "of")) for c in h.children
                if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _ORDERING
                for p, t in _preps(c) if p == "by" for a in res.resolve_all(t) or _unknown_all(t, res)
            ]
        if not sources:  # "Nepalese troops participate in UN peacekeeping operations in Lebanon": the troops
            sources = [a for t in _partakers(tok) for a in res.resolve_all(t) or _unknown_all(t, res)]
        if not sources:  # "Sino-Russian talks", "Israeli airstrikes", "U.S. sanctions"
            for c in tok.children:
                if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                    ent = (
                        c.doc[c.i : c.i + 1]
                        if not c.ent_type_
                        else (ent_at(c.doc, c.i) or c.doc[c.i : c.i + 1])
                    )
                    codes = kb.compound_demonym(ent.text) if "-" in ent.text else ()
                    if len(codes) >= 2:
                        refs = [
                            ActorRef(
                                text=ent.text,
                                code=code,
                                country=code,
                                kind="country",
                                start=ent.start_char,
                                end=ent.end_char,
                            )
                            for code in codes
                        ]
                        return refs, []
                    sources.extend(r for r in res.resolve(c) if r.country or r.kind != "agent")  # not bare "military"
        if not sources:  # "a UN-brokered ceasefire", "EU-funded aid": the broker, leader or funder
            sources = _participle_agents(tok, res, _AGENT_PARTICIPLES)
        if tok.dep_ == "acl":
            return [], []
        with_aid = tok.dep_ == "pobj" and tok.head.lower_ == "with" and code[:2] == "07"
        thanks = code[:2] == "07" and _thanks_to(tok)
        if (with_aid and tok.head.head.pos_ in ("VERB", "AUX")) or thanks:
            # "was built with funding from Japan", "with the help of Russian advisers, X retook", "thanks to ..."
            verb = tok.head.head.head if thanks else tok.head.head
            givers = [
                a for p, t in _preps(tok) if p in ("from", "of") for a in (res.resolve_all(t) or _unknown_all(t, res))
            ] or [r for r in sources if r.country or r.code]
            doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            receivers = _other([a for c in doers for a in (res.resolve_all(c) or _unknown_all(c, res))], givers)
            if givers and receivers:
                return givers, receivers
        arrived = _arrived(tok) if code[:2] == "07" else None
        if arrived is not None:  # "aid from the bank reached Malawi", "a shipment of arms from Sweden arrived in Kyiv"
            carrier, verb = arrived
            # "a shipment of vaccines from China arrived", "500 tonnes of aid, most of it from Qatar, arrived"
            holders = [carrier, tok, *(t for p, t in _preps(carrier) if p == "of")]
            holders += [c for c in verb.children if c.dep_ == "nsubj" and c.i != carrier.i]
            froms = [t for h in holders for p, t in _preps(h) if p == "from"]
            givers = [a for t in froms for a in (res.resolve_all(t) or _unknown_all(t, res))] or sources
            ends = [c for c in verb.children if c.dep_ == "dobj"]
            ends += [t for p, t in _preps(verb) if p in ("in", "at", "to", "into")]
            receivers = _other([a for t in ends for a in res.resolve_all(t)], givers)
            if givers and receivers:
                return givers, receivers
        if tok.dep_ == "pobj" and tok.head.lower_ in ("under", "with") and tok.head.head.pos_ in ("VERB", "AUX"):
            verb = tok.head.head  # "Kyiv came under Russian attack", "Iran was hit with new EU sanctions"
            if tok.head.lower_ == "under" or any(c.dep_ == "nsubjpass" for c in verb.children):
                froms = [t for h in (tok, verb) for p, t in _preps(h) if p in ("from", "by")]  # "under attack by X"
                givers = [a for t in froms for a in (res.resolve_all(t) or _unknown_all(t, res))] or sources
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                receivers = _other([a for c in subjects for a in res.resolve_all(c)], givers)
                if givers and receivers:
                    return givers, receivers
                if not givers and tok.head.lower_ == "under" and verb.lemma_.lower() in _BEING_UNDER:
                    return [], []  # "X, which had been under pressure for weeks": X is pressed, by no one named
        reaction = tok.dep_ == "pobj" and tok.head.lower_ in _REACTION_PREPS and tok.head.head.pos_ in ("VERB", "AUX")
        heap = tok.head.head if (  # "faced a barrage of criticism from X": the criticism is what was faced
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _HEAPS
            and tok.head.head.dep_ == "dobj" and tok.head.head.head.pos_ == "VERB"
        ) else None
        if (
            not sources
            and ((tok.dep_ == "dobj" and tok.head.pos_ == "VERB") or reaction or heap is not None)
            and not code.startswith(lx.FROM_TARGET_CODES)  # "completed their withdrawal from X": X is left
        ):  # "faced criticism from the UN", "attended despite criticism from X"
            verb = tok.head.head if reaction else heap.head if heap is not None else tok.head
            froms = [t for h in ((tok,) if reaction else (tok, verb, heap)) if h is not None
                     for p, t in _preps(h) if p == "from"]
            froms += _led_by(tok)  # "faces mass protests led by leftist parties"
            if not froms and not reaction and verb.lemma_.lower() in _WIN_VERBS:  # "earned the backing of Kenya"
                froms = [t for p, t in _preps(tok) if p == "of"]
            givers = [a for t in froms for a in (res.resolve_all(t) or _unknown_all(t, res))]
            if givers:
                heads = [c for c in verb.children if c.dep_ == "nsubj"]
                if not heads and verb.dep_ in ("advcl", "conj") and verb.head.pos_ in ("VERB", "AUX"):
                    heads = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]  # "X raided Y,
                    # prompting condemnation from Z": Z condemned X
                receivers = _other([a for c in heads for a in res.resolve_all(c)], givers)
                if receivers:
                    return givers, receivers
        between_toks = [t for p, t in _preps(tok) if p in ("between", "among")] or [
            t for p, o in _preps(tok) if p == "of" for q, t in _preps(o) if q in ("between", "among")
        ]  # "the restoration of ties between X and Y"
        between = [a for t in between_toks for a in res.resolve_all(t)]
        if not between_toks and not sources and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            between = _between_parties(tok.head, res)  # "clashes erupted between police and protesters"
        if len(between) == 1:  # "between the Taliban and US envoys": the first party parsed as a modifier
            hung = [a for t in between_toks for c in t.children if c.dep_ == "nmod" for a in res.resolve_all(c)]
            between = hung if len(hung) >= 2 else _other(hung, between) + between
        targets = [] if between else _other(_prep_targets(tok, res, "", skip_of=agentive_of), sources)
        if not sources and tok.dep_ == "ROOT":  # "Thousands protest in Tel Aviv": a headline verb read as a noun
            for c in tok.children:
                if c.dep_ == "nsubj":
                    sources = res.resolve_all(c) or _unknown_all(c, res)
                    if not sources and c.lower_ in _CROWD_COUNTS:
                        sources = [_crowd(c, res)]
        if not sources and len(between) >= 2 and tok.dep_ == "pobj":
            return between, []  # "Following talks between X and Y, officials said": the parties are X and Y
        if not sources:  # the subject of the clause the noun sits in, or a possessor up the tree
            node = tok
            for _ in range(4):
                head = node.head
                if head.i == node.i:
                    break
                if node.dep_ == "pobj" and (code[:2] in _HOSTILE or head.lower_ in _ABOUT_PREPS) and (
                    head.lower_ in _TOPIC_PREPS or head.lower_ == "of" and head.head.lower_ in ("ahead", "because")
                ):
                    break  # "protested over the incursion", "a ban on rallies", "blocked roads over the trade deal":
                    # the topic's doer is not the subject
                if head.pos_ in ("VERB", "AUX"):
                    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != node.i), None)
                    if subj is not None and node.dep_ != "nsubj":
                        sources = res.resolve_all(subj)
                        if not sources and code[:2] in ("14",) and subj.dep_ == "nsubj":
                            sources = _unknown_all(subj, res)  # "farmers blocked roads in protest at X"
                    if sources:
                        break
                    if node.dep_ in ("nsubj", "nsubjpass") and head.dep_ in ("ccomp", "xcomp"):
                        if head.head.lemma_.lower() in _DECLARING:  # "declared a state of emergency to take effect ..."
                            subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
                            sources = res.resolve_all(subj) if subj is not None else []
                        break
                    if node.dep_ in ("nsubj", "nsubjpass"):
                        break
                for c in head.children:
                    if c.dep_ == "poss":
                        sources = res.resolve_all(c)
                if sources:
                    break
                node = head
        if not targets and agentive_of:  # "the visit of the president to Iraq"
            for p, t in _preps(tok):
                if p == "of":
                    targets = _prep_targets(t, res, code, skip_of=True)
        if not targets and sources and tok.dep_ in ("dobj", "pobj", "nsubj"):
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            if verb.pos_ in ("VERB", "AUX"):  # "joined X for a meeting", "X's visit ..."
                starts = {a.start for a in sources}
                for c in verb.children:
                    if c.dep_ in ("dobj", "dative") and c.i != tok.i:
                        targets = [r for r in res.resolve_all(c) if r.start not in starts]
                        if targets:
                            break
        if not targets and sources:  # "a curfew in the district"
            targets = _restricted_place(Trigger(tok, code, is_noun=True), sources, res)
        sender = sent_message(tok) if not targets and sources else None
        if sender is not None:  # "sent a message of solidarity to the people of Haiti": the message's addressee
            targets = _other([a for p, t in _preps(sender) if p == "to" for a in res.resolve_all(t)], sources)
        if not targets and len(sources) == 1:
            targets = _locative_target(tok, res, {a.start for a in sources})
        if not targets and sources:  # "an attack on a government compound": the patient, not an actor
            for p, t in _preps(tok):
                if p in ("on", "against", "to") and t.pos_ in ("NOUN", "PROPN"):
                    st = tok.doc[_np_start(t)].idx
                    en = t.idx + len(t.text)
                    targets = [ActorRef(text=res.text[st:en], code="", kind="unknown", start=st, end=en)]
                    break
        if not targets and not sources and not between:
            return [], []
        if not sources and len(between) >= 2:  # "the meeting between Lavrov and Wang Yi"
            return between, []
        return sources, targets

    def _when(
        self, trig: Trigger, dates: dict[int, list[Span]], report: date | None, modality: str
    ) -> EventDate | None:
        prefer = "future" if modality == "planned" else "past"
        node = trig.token
        for _ in range(3):  # the trigger's own date, else that of the clause it serves ("visit in May to hold talks")
            for ent in dates.get(node.i, []):
                d = resolve_date(ent.text, report, prefer)
                if d is not None and not (modality == "happened" and report is not None and d.start > report):
                    return d  # what happened is not dated after its report ("pledged aid over the next year")
            if node.dep_ not in ("xcomp", "advcl", "conj", "acl", "pobj", "dobj") or node.head.i == node.i:
                break
            node = node.head
        return default_date(report)

    def _where(self, trig: Trigger, places: dict[int, list[Span]], src: ActorRef, tgt: ActorRef | None) -> Place | None:
        for ent in places.get(trig.token.i, []):
            if (src.start <= ent.start_char < src.end) or (tgt is not None and tgt.start <= ent.start_char < tgt.end):
                if not trig.code.startswith(("04", "036")):
                    continue
            prefer = tuple(c for c in (src.country, tgt.country if tgt else None) if c)
            p = kb.place(ent.text, prefer)
            if p is not None:
                return p  # type: ignore[no-any-return]
        return None


# -- helpers -------------------------------------------------------------------------------------


# Prepositions that make a hostile event noun the topic of the clause, not its subject's act ("protested to
# Ankara over the incursion", "shared intelligence on the attacks", "lifted the ban on rallies").
def _not_subject(t: Token, res: ActorResolver) -> bool:
    """A dateline or a date the parser took for a subject."""
    return t.i in res.blocked or (t.ent_type_ in ("DATE", "TIME") and t.pos_ == "PROPN")


_DASHES = frozenset({"-", "--", ":", "\u2014", "\u2013"})


def _after_dash(dateline: Token, x: Token) -> bool:
    """A name the parser hung on a dateline subject as a modifier, after its dash ("LONDON (Reuters) - USAID
    had announced ...": "USAID" an amod of "LONDON")."""
    return (
        x.dep_ in ("amod", "compound", "nmod")
        and x.pos_ == "PROPN"
        and x.head.i == dateline.i
        and x.i > dateline.i
        and any(w.text in _DASHES for w in dateline.doc[dateline.i + 1 : x.i])
        and x.i + 1 < len(x.doc)
        and all(w.i >= x.i for w in x.subtree)
    )


_NOT_AGENT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY", "ORDINAL"})
_HONOUR_WORDS = frozenset("honour honor memory tribute support solidarity defence defense favour favor".split())


def _named_owner(tok: Token, owners: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """The subject of the verb an event noun with a possessive pronoun is the object of, when the pronoun stands
    for it ("Germany ended its boycott", "the French army completed its withdrawal from Mali")."""
    if tok.dep_ != "dobj" or tok.head.pos_ not in ("VERB", "AUX"):
        return []
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON":
        return []
    named = res.resolve_all(subj)
    # the pronoun's own reading counts only when it found a country ("its" read as a bare GOV does not)
    codes = {r.code[:3] for r in owners if r.code and r.country} | {r.country for r in owners if r.country}
    if named and (not codes or codes & ({r.code[:3] for r in named if r.code} | {r.country for r in named})):
        return named
    return []


_HANDING_OVER = frozenset("hand turn transfer surrender".split())


def _extradited(trig: Trigger) -> tuple[int, int] | None:
    """The character span of the person an extradition hands over ("extradited the drug lord to the US",
    "the extradition of the former president"), else None."""
    # "handed over drug lord Joaquin Guzman to the United States": the person handed over, as extradited
    handing = trig.token.pos_ == "VERB" and trig.token.lemma_.lower() in _HANDING_OVER
    noun = trig.token if handing or trig.token.lemma_.lower().startswith("extradit") else trig.obj
    if noun is None or not (handing or noun.lemma_.lower().startswith("extradit")):
        return None
    if noun.pos_ == "VERB":
        patient = next((c for c in noun.children if c.dep_ in ("dobj", "nsubjpass")), None)
    else:
        patient = next((t for p, t in _preps(noun) if p == "of"), None)
    if patient is None or patient.ent_type_ in ("GPE", "NORP"):
        return None
    # the person's phrase ends before a "to"/"from" the parser hung on it ("extradited a kingpin to the
    # Netherlands": the Netherlands receives, it is not handed over)
    end = next((c.left_edge for c in patient.children if c.dep_ == "prep" and c.lower_ in ("to", "from")
                and c.i > patient.i), None)
    if end is None:  # hung deeper: "extradited two men accused of taking part in the genocide to Rwanda"
        end = next((c for c in patient.subtree if c.dep_ == "prep" and c.lower_ in ("to", "from") and c.i > patient.i
                    and any(o.dep_ == "pobj" and any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in o.subtree)
                            for o in c.children)), None)
    last = patient.doc[end.i - 1] if end is not None else patient.right_edge
    return patient.left_edge.idx, last.idx + len(last.text)


def _within(r: ActorRef, span: tuple[int, int]) -> bool:
    return span[0] <= r.start and r.end <= span[1]


def _after_preps(v: Token) -> list[tuple[str, Token]]:
    """The verb's prepositional phrases, with those the parser hung on its object ("cancelled the increase after
    protests by commuters")."""
    return _preps(v) + [x for c in v.children if c.dep_ == "dobj" for x in _preps(c)]


def _in_pressure(r: ActorRef, v: Token) -> bool:
    """Whether a target span lies inside the verb's "after / amid / under ..." phrase (the pressure itself)."""
    for p, t in _after_preps(v):
        if p in ("after", "following", "amid", "under", "despite"):
            if t.left_edge.idx <= r.start and r.end <= t.right_edge.idx + len(t.right_edge.text):
                return True
    return False


def _pressed_by(v: Token, res: ActorResolver, sources: list[ActorRef]) -> list[ActorRef]:
    """Whom a concession yields to, named by the pressure that drew it: "after mass protests by farmers", "amid
    pressure from Washington", "following demands from the unions"."""
    heads = [t for p, t in _after_preps(v) if p in ("after", "following", "amid", "under", "despite")]
    heads += [u for t in heads for q, u in _preps(t) if q == "of"]  # "after weeks of protests by truckers"
    for t in heads:
        if t.lemma_.lower() not in lx.PRESSURE_NOUNS:
            continue
        for q, u in _preps(t):
            if q in ("by", "from", "of"):
                found = _other(res.resolve_all(u) or _unknown_all(u, res), sources)
                if found:
                    return found
    return []


def _arrived(tok: Token) -> tuple[Token, Token] | None:
    """The subject and verb when an aid noun (or a measure of it) is the subject of an arrival verb."""
    subj = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":  # "a shipment of arms"
        subj = tok.head.head
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lx.ARRIVE_VERBS:
        return None
    return subj, verb


def _for_clause(v: Token) -> bool:
    """A "for Y to V" clause ("it was time for India to cooperate"): Y is the party asked, as in a ccomp."""
    return v.dep_ in ("relcl", "acl", "advcl") and any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children)


_AGENT_PARTICIPLES = frozenset("broker lead back sponsor mediate fund finance organize organise arm led".split())


def _participle_agents(
    noun: Token, res: ActorResolver, participles: frozenset[str] = lx.MAKER_PARTICIPLES
) -> list[ActorRef]:
    """Who the participle before ``noun`` names as its doer: "a Japanese-funded bridge", "Turkish-built
    houses" (who gave it), "a UN-brokered ceasefire" (with ``_AGENT_PARTICIPLES``: who brokered it)."""
    return [
        a
        for c in noun.children
        if c.dep_ == "amod" and c.lemma_.lower() in participles and c.i < noun.i
        for x in c.children
        if x.dep_ in ("npadvmod", "compound", "nmod", "advmod", "nsubj") and x.i < c.i
        for a in res.resolve_all(x)
    ]
_OF_PATIENT = frozenset("boycott embargo blockade picket siege".split())
_TOPIC_PREPS = frozenset(
    "over about on into after following amid regarding concerning despite against at".split()
)
_HOSTILE = frozenset("14 15 16 17 18 19 20".split())
_ABOUT_PREPS = frozenset("over about regarding concerning".split())  # a topic, whatever the act named in it


def _model_number(ent: Span) -> bool:
    """A "date" that names a product ("Mirage 2000-5"): digits right after a capitalised proper noun."""
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    return bool(prev is not None and prev.pos_ == "PROPN" and ent.text[:1].isdigit() and prev.is_title)


def _solo_drill(trig: Trigger) -> bool:
    """Military drills with no partner ("began large-scale drills"), not "joint exercises"."""
    noun = trig.token if trig.is_noun else trig.obj
    if noun is None or noun.lemma_.lower() not in lx.DRILL_NOUNS:
        return False
    return not any(c.lower_ in ("joint", "combined", "bilateral", "trilateral") for c in noun.subtree)


_NEAR_PREPS = frozenset("around near off along encircling surrounding".split())


def _drill_near(trig: Trigger) -> bool:
    """Drills held around or near someone ("staged drills around Taiwan"): a show of force aimed at them."""
    heads = [trig.token] + ([trig.obj] if trig.obj is not None else [])
    return any(c.dep_ == "prep" and c.lower_ in _NEAR_PREPS for h in heads for c in h.children)


def _bare_pronoun(tok: Token, res: ActorResolver) -> ActorRef:
    """A pronoun subject the text gives no referent for, as an ``unknown`` actor (its own span)."""
    return ActorRef(text=tok.text, code="", kind="unknown", start=tok.idx, end=tok.idx + len(tok.text))


_SPEECH_PARTICIPLES = frozenset("say call accuse describe argue claim brand label tell write tweet dub".split())


def _verbal_attack(trig: Trigger) -> bool:
    """An "attack" made in words: the verb (or the noun's verb) goes with a speech participle ("attacked
    the Fed, saying rates were too high", "launched an attack on the judges, calling them cowards")."""
    tok = trig.token
    verb = tok.head if trig.is_noun and tok.head.pos_ == "VERB" else tok
    if tok.lemma_.lower() != "attack" and (trig.obj is None or trig.obj.lemma_.lower() != "attack"):
        if not (trig.is_noun and tok.lemma_.lower() == "attack"):
            return False
    return any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in _SPEECH_PARTICIPLES
        for c in verb.children
    )


_NOT_PARTIES = frozenset(
    "resistance criticism opposition success approval skepticism scepticism scorn derision silence anger "
    "outrage concern caution enthusiasm support interest hostility indifference applause reaction response "
    "issue issues matter matters problem question situation idea view views aim goal purpose".split()
)

_AGENT_SUFFIXES = ("or", "er", "ist", "ian", "ant", "ent")


def _meeting_party(trig: Trigger, t: Token) -> bool:
    """The uncoded object of "with" after a meeting verb is the party met ("talked with the mediators",
    "negotiated in Cairo with the kidnappers"), unless it names a reception or a topic ("met with criticism")."""
    return (
        trig.code.startswith("04")
        and t.dep_ == "pobj"
        and t.head.lower_ == "with"
        and t.head.head.i == trig.token.i
        and t.pos_ == "NOUN"
        and t.lemma_.lower() not in _NOT_PARTIES
        and (not noun_code_of(t) or t.lemma_.lower().endswith(_AGENT_SUFFIXES))  # "mediators", not "protests"
        and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY")
    )



def _tree_distance(a: Token, b: Token) -> int:
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: k for k, t in enumerate(up_b)}
    for k, t in enumerate(up_a):
        if t.i in ids_b:
            return k + ids_b[t.i]
    return len(up_a) + len(up_b)


def _placed(trig: Trigger, targets: list[ActorRef], sources: list[ActorRef], res: ActorResolver) -> list[ActorRef]:
    """A weak target and the coded place the act is done in: the place for a thing ("agreed to build hospitals
    in Kenya" -> Kenya), the people themselves with the place's country ("arrested two journalists in Cairo"
    -> the journalists, EGY)."""
    found = _located(trig, targets, sources, res)
    if not found:
        return targets
    if not any(r.role for r in targets):
        return found
    c = found[0].country
    return [replace(r, country=c, code=kb.compose(c, r.sectors)) if not r.country else r for r in targets]


def _restates(trig: Trigger, verbs: dict[int, Trigger]) -> bool:
    """An event noun hung on a verb trigger of the same CAMEO root that it only names again ("met X ..., their
    third meeting"), no more specific than the verb's code: the verb's events already hold the act."""
    if not trig.is_noun or trig.token.dep_ not in RESTATING_DEPS:
        return False
    verb = verbs.get(trig.token.head.i)
    return (
        verb is not None
        and verb.code[:2] == trig.code[:2]
        and trig.token.i not in verb.consumed
        and verb.code.startswith(trig.code)
    )


def _own_country(r: ActorRef, sources: list[ActorRef]) -> bool:
    """A country named elsewhere that is a source's own ("the president of Chad ... Chad")."""
    return r.kind == "country" and any(s.country == r.country for s in sources)


def _audience(ref: ActorRef) -> bool:
    """The reporters or press a statement is made to ("told reporters", "spoke to journalists"): no party."""
    words = ref.text.lower().split()
    return bool(words) and (words[-1] in _AUDIENCE or words[-1].removesuffix("s") in _AUDIENCE)


def _phrase_extent(sent: Span, ref: ActorRef) -> tuple[int, int]:
    """The characters of the whole noun phrase a party's span heads ("The president" -> "The president of Chad")."""
    head = next((t for t in sent if t.idx < ref.end <= t.idx + len(t.text)), None)
    if head is None:
        return ref.start, ref.end
    right = head.right_edge
    return min(ref.start, head.left_edge.idx), max(ref.end, right.idx + len(right.text))


def _named(sent: Span, res: ActorResolver) -> list[tuple[Token, list[ActorRef]]]:
    """The actors of the sentence's named entities (resolved once per sentence)."""
    out = []
    for ent in span_ents(sent):
        if ent.label_ in _NAMED:
            refs = res.resolve_all(ent.root)
            if refs:
                out.append((ent.root, refs))
    seen = {root.i for root, _ in out}
    for root in sent:  # "the police", "opposition lawmakers": coded bodies without a name
        if root.pos_ == "NOUN" and root.dep_ in _NP_DEPS and not root.ent_type_ and root.i not in seen:
            refs = [r for r in res.resolve_all(root) if r.code]
            if refs:
                out.append((root, refs))
    return out


def _wide_targets(
    trig: Trigger,
    named: list[tuple[Token, list[ActorRef]]],
    sources: list[ActorRef],
    targets: list[ActorRef],
    taken: list[ActorRef],
) -> list[tuple[ActorRef, float]]:
    """Sentence tier (the last resort): a named actor anywhere in the sentence that no other tier gave as a
    party of ``trig`` ("X, a group aligned with Y, has led the attacks on Z"; targets in clauses the trigger
    does not govern), ranked by its distance from the trigger in the parse. When the trigger has a target,
    the doer of another verb ("..., Moscow announced") and the place of a meeting or intent ("in Beijing")
    are not added; the sources' own country never is."""
    if not sources or trig.code.startswith("01"):
        return []
    spans = [(r.start, r.end) for r in (*sources, *targets, *taken)]
    out: list[tuple[ActorRef, float]] = []
    for root, refs in named:
        if targets and not _wide_ok(root, trig):
            continue
        for r in refs:
            if any(a < r.end and r.start < b for a, b in spans) or _own_country(r, sources):
                continue
            spans.append((r.start, r.end))
            out.append((r, _WIDE_PENALTY + 0.02 * min(10, _tree_distance(trig.token, root))))
    return out


def _wide_ok(root: Token, trig: Trigger) -> bool:
    if root.dep_ == "pobj" and root.head.head.lower_ == "according":
        return False  # "according to X": the report's source, never a party
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.i != trig.token.i:
        return False
    return not (trig.code.startswith(("04", "03")) and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE)


_HOSTILE_ACTS = ("14", "15", "17", "18", "19", "20")


def _among(ref: ActorRef, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= ref.start < hi for lo, hi in spans)


def _partner_spans(verb: Token) -> list[tuple[int, int]]:
    """Character spans of the parties a verb's act is done alongside or jointly with."""
    return [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge.text))
            for v, p in partners(verb.sent) if v.i == verb.i]


def _targeted(events: list[CodedEvent]) -> bool:
    """Some rule's event (not the fallback's guess) has a target."""
    return any(e.target is not None and e.confidence > fallback.MAX_CONFIDENCE for e in events)


_HEAPS = frozenset(
    "barrage wave storm torrent chorus flood volley hail stream rain flurry expression message outpouring show "
    "salvo".split()
)
_AIMED = frozenset("at on against toward towards into".split())
_ORDERING = frozenset("order impose announce decree approve authorise authorize sanction carry conduct".split())
_CROWD_COUNTS = frozenset("thousands hundreds dozens tens scores millions".split())


def _bare_count(t: Token) -> bool:
    """A count with nothing but its own size words ("thousands", "tens of thousands", "several hundred")."""
    return all(c.dep_ in ("quantmod", "nummod", "advmod", "amod") and c.i < t.i for c in t.children)


def _crowd(t: Token, res: ActorResolver) -> ActorRef:
    """A bare count as a doer ("Thousands marched ...", "Tens of thousands protested ..."): an ``unknown``
    actor (people, no code) spanning the count's words."""
    start = t.left_edge.idx
    return ActorRef(text=res.text[start : t.idx + len(t.text)], code="", kind="unknown", start=start,
                    end=t.idx + len(t.text))


_OWNER_PREPS = frozenset({"of", "for", "from"})
_PART_HEADS = frozenset(
    "spokesman spokeswoman spokesperson member leader fighter troop soldier militant official representative "
    "delegation supporter loyalist commander envoy unit force militia wing faction branch "
    "doctor medic rescuer volunteer engineer expert team worker firefighter adviser advisor instructor "
    # the instruments and hired hands of a body: "warplanes from the coalition", "mercenaries of the Wagner group"
    "warplane jet aircraft plane drone helicopter gunship warship ship vessel gunboat tank artillery missile "
    "rocket mercenary agent operative gunman militiaman".split()
)
_OWNER_VERBS = frozenset({"lead", "back", "support", "sponsor", "command", "fund", "arm", "ally", "align", "affiliate"})


def _with_owner(ref: ActorRef, tok: Token, res: ActorResolver) -> ActorRef:
    """A doer named by a part of a body ("a spokesman for the Israeli army", "members of the security forces",
    "troops loyal to the general", "a delegation led by the minister"): the mention runs to the end of that body,
    which the phrase is about. Only when the head is the phrase's last word and the body is an actor."""
    if ref.end != tok.idx + len(tok.text) or ref.start > tok.idx or tok.lemma_.lower() not in _PART_HEADS:
        return ref
    for c in tok.children:
        if c.i < tok.i:
            continue
        inner: list[Token] = []
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS:
            inner = [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ in ("acl", "amod") and (c.lemma_.lower() in _OWNER_VERBS or c.lower_ in ("loyal", "close")):
            inner = [p for pr in c.children if pr.dep_ in ("agent", "prep") for p in pr.children if p.dep_ == "pobj"]
        for p in inner:
            owners = res.resolve_all(p)
            if any(r.code or r.name for r in owners):
                last = p.right_edge
                end = last.idx + len(last.text)
                return _owned(replace(ref, text=res.text[ref.start : end], end=end), owners)
        break  # only the first post-modifier
    return ref


def _owned(ref: ActorRef, owners: list[ActorRef]) -> ActorRef:
    """A part named by its role alone ("a spokesman for Hamas", "soldiers of Ukraine") takes its body's code: the
    body's own when it is more than a country (``PSEREBHMS``, ``USAGOV``), else the country with the part's role
    (``UKR`` + ``MIL``). A part with a country of its own keeps it."""
    if ref.country_code or ref.kind == "person" and ref.name:
        return ref
    owner = next((o for o in owners if o.code and (o.country_code or o.kind in ("igo", "organisation", "group"))), None)
    if owner is None:
        return ref
    if owner.kind == "country" and len(owner.code) == 3 and ref.code:
        return replace(ref, code=owner.code + ref.code, country=owner.code)
    return replace(ref, code=owner.code, country=owner.country, sectors=owner.sectors)


_REACTION_PREPS = frozenset({"despite", "amid", "after", "following"})  # "went ahead despite criticism from X"
_WIN_VERBS = frozenset("win earn gain have enjoy secure get receive garner obtain".split())
_PARTAKE_VERBS = frozenset("participate engage serve join".split())


def _partakers(tok: Token) -> list[Token]:
    """The subject of a verb of taking part whose "in" object is ``tok`` ("X participated in the operations in Y",
    "X took part in the mission")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return []
    verb = tok.head.head
    if verb.lower_ == "part" and verb.dep_ == "dobj":
        verb = verb.head
        if verb.lemma_.lower() != "take":
            return []
    elif verb.lemma_.lower() not in _PARTAKE_VERBS:
        return []
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]


def _between_parties(v: Token, res: ActorResolver) -> list[ActorRef]:
    """The parties of a "between X and Y" phrase on a verb ("fighting broke out between X and Y")."""
    out: list[ActorRef] = []
    for p, t in _preps(v):
        if p not in ("between", "among"):
            continue
        hung = [c for c in t.children if c.dep_ == "nmod" and c.pos_ == "PROPN"]  # "the Taliban and US officials"
        for x in (*hung, *(c for h in hung for c in h.conjuncts)) if hung else (t, *t.conjuncts):
            out += _other(res.resolve_all(x) or _unknown_all(x, res), out)
    return out


def _members(t: Token) -> list[Token]:
    """The named members of a group phrase ("groups including X and Y", "countries such as X")."""
    out: list[Token] = []
    for c in t.children:
        if c.dep_ != "prep" or c.i < t.i:
            continue
        if c.lower_ == "including" or (c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such"):
            for p in c.children:
                if p.dep_ == "pobj" and p.pos_ == "PROPN":
                    out += [p, *(x for x in p.conjuncts if x.pos_ == "PROPN")]
    return out


_JAILS = frozenset("prison jail custody detention captivity".split())
_ENVOY_HEADS = frozenset(
    "minister leader president premier official representative delegation envoy delegate chief head negotiator "
    "diplomat ambassador".split()
)


def _meeting_parties(t: Token) -> list[Token]:
    """The parties of a meeting-noun subject ("The summit between the EU and Turkey failed ...", "talks among
    the factions collapsed"): they are the doers; any other subject is itself."""
    if t.tag_ == "NNS" and t.lemma_.lower() in _ENVOY_HEADS:  # "the foreign ministers of Russia and China"
        owners = [p for prep, p in _preps(t) if prep == "of" and p.conjuncts and p.pos_ == "PROPN"]
        if owners:
            return owners
    if not (noun_code_of(t) or "").startswith(("04", "05", "06")):
        return [t]
    parties = [p for prep, p in _preps(t) if prep in ("between", "among")]
    return parties or [t]  # their conjuncts ("X and Y") come with them


def _companions(verb: Token, subjects: list[Token]) -> list[Token]:
    """Parties joined to the subject by "along with", "together with", "alongside" ("France, along with
    Germany, condemned ..."), attached by the parser to the subject or, before it, to the verb."""
    out: list[Token] = []
    heads = [*subjects, *(c for c in verb.children if c.dep_ == "prep" and c.i < verb.i)]
    for h in heads:
        preps = [h] if h.dep_ == "prep" else [c for c in h.children if c.dep_ == "prep"]
        for p in preps:
            low = p.lower_
            if low == "along":
                p = next((c for c in p.children if c.dep_ == "prep" and c.lower_ == "with"), p)
            elif low == "with" and not any(c.lower_ in ("together", "along") for c in p.children):
                continue
            elif low not in ("alongside", "with"):
                continue
            out += [c for c in p.children if c.dep_ == "pobj"]
    return out


def _dates_and_places(sent: Span, trig_ids: set[int]) -> tuple[dict[int, list[Span]], dict[int, list[Span]]]:
    """The sentence's dates and places ("in", "at", "near" a named place), each attached to the trigger it
    belongs to."""
    dates = _attach(
        sent, [e for e in span_ents(sent) if e.label_ == "DATE" and not _model_number(e)], trig_ids, own_clause=True
    )
    named = [e for e in span_ents(sent) if e.label_ in ("GPE", "LOC", "FAC")]
    places = _attach(sent, [e for e in named if e.root.head.lower_ in ("in", "at", "near")], trig_ids)
    return dates, places


def _purpose_second(events: list[CodedEvent], at: dict[int, Token]) -> list[CodedEvent]:
    """A forceful act done for an aim ("demonstrators blocked highways to press the government", "sent
    warships to escort a vessel") is the event; the aim, an infinitive clause of the act's verb, stays an
    event of the same source but ranks below the act (``_PURPOSE_PENALTY``). Only material conflict acts
    (protest, force posture, coercion, assault) lead this way, and not over an aim that is itself a protest
    ("occupied a highway to protest the concessions"): after a visit or an offer the aim says more ("visited
    Kyiv to show solidarity with Ukraine"). ``at``: the sentence's tokens by character offset."""
    acts: dict[int, set[int]] = {}  # trigger token -> sources of its material-conflict events
    protests: dict[int, set[int]] = {}  # the same for protests
    for e in events:
        if e.cameo[:2] in _FORCEFUL:
            acts.setdefault(e.trigger_start, set()).add(e.source.start)
        if e.cameo[:2] == "14":
            protests.setdefault(e.trigger_start, set()).add(e.source.start)
    if not acts:
        return events
    for e in events:
        tok = at.get(e.trigger_start)
        if tok is None or e.cameo[:2] == "14" or not (_purpose_clause(tok) or _protest_demand(tok, e, protests)):
            continue
        head = tok.head
        while head.dep_ == "advcl" and e.source.start not in acts.get(head.idx, ()) and head.i != head.head.i:
            head = head.head
        if e.source.start in acts.get(head.idx, ()):
            e.confidence = max(0.05, round(e.confidence - _PURPOSE_PENALTY, 3))
    return events


def _venue(t: Token) -> bool:
    """Where parties met or signed ("signed a truce in Pretoria"), not a party to what they did together."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("in", "at", "on"):
        return False
    if t.lemma_.lower() in _VENUE_NOUNS:
        return True
    return t.head.lower_ != "on" and t.ent_type_ in ("GPE", "LOC", "FAC")  # not "talks on Syria"


_VENUE_NOUNS = frozenset(  # "signed a peace agreement at Malacanang Palace", "on the White House lawn"
    "palace lawn residence hotel hall theatre theater building headquarters ceremony compound villa castle "
    "airport base ship".split()
)


_OCCASION_PREPS = frozenset("after following before during amid despite since".split())
_OCCASION_PENALTY = 0.35
_CHOSEN_FLOOR = 0.7  # ``detente code --min-confidence 0.7`` keeps the coder's chosen events


def _occasion_second(events: list[CodedEvent], at: dict[int, Token]) -> list[CodedEvent]:
    """An event noun in a phrase of time or circumstance ("After two days of talks, X kidnapped Y", "Following
    the summit, X praised Y") whose target lies outside that phrase: the main clause's act is the event; the
    occasion stays an event of the same pair but ranks below it (``_OCCASION_PENALTY``, not below 0.7 when it was
    above: it is still one of the coder's chosen events). Parties named inside
    the phrase ("after talks between X and Y", "after his meeting with Z", "despite criticism from X") keep
    their rank. ``at``: the sentence's tokens by character offset."""
    for e in events:
        tok = at.get(e.trigger_start)
        if tok is None or e.target is None or tok.pos_ != "NOUN" or tok.dep_ != "pobj":
            continue
        prep = tok.head
        while prep.lower_ == "of" and prep.head.dep_ == "pobj":  # "after two days of talks"
            prep = prep.head.head
        if prep.lower_ not in _OCCASION_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
            continue
        lo, hi = prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge.text)
        if not lo <= e.target.start < hi and not lo <= e.source.start < hi:  # not "despite criticism from X"
            # below the act, but still among the chosen events when it was ("agreed to a truce after talks in
            # Kuala Lumpur": the talks happened too)
            kept = min(e.confidence, _CHOSEN_FLOOR)
            e.confidence = max(0.05, kept, round(e.confidence - _OCCASION_PENALTY, 3))
    return events


def _labour_walkout(trig: Trigger, sources: list[ActorRef]) -> bool:
    """Workers walking out, not out of talks ("walked out of wage talks with the Chamber" halts negotiations)."""
    left = [t for p, t in _deep_preps(trig.token) if p == "of"]
    workers = any(a.code.endswith("LAB") for a in sources) or any(  # "Antwerp dockworkers walked out"
        c.dep_ == "nsubj" and c.lemma_.lower().endswith(_WORKER_WORDS) for c in trig.token.children
    )
    return workers and not any(noun_code_of(t) for t in left)


_WORKER_WORDS = tuple(sorted(_WORKERS))  # "dockworker", "nurses' union": the walkout of a labour subject


_CHARGED_CROWDS = frozenset("protester demonstrator crowd marcher striker rioter miner picket mob student".split())


def _crowd_charged(trig: Trigger, sources: list[ActorRef]) -> bool:
    """Police or troops charging a crowd ("mounted police charged the striking miners"), no charge "with" or
    "over" a crime."""
    tok = trig.token
    if not any(a.code.endswith(("COP", "MIL")) for a in sources):
        return False
    preps = _preps(tok)
    if any(p in ("over", "for", "in") for p, _ in preps):
        return False
    if any(p == "with" and t.lemma_.lower() not in _RIOT_GEAR for p, t in preps):
        return False  # "charged them with murder", not "charged the crowd with batons"
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _CHARGED_CROWDS for c in tok.children)


_RIOT_GEAR = frozenset("baton truncheon horse bayonet club stick shield".split())


#: occasions a boycott is aimed at ("threatened to boycott the presidential election")
_BOYCOTTED = frozenset(
    "election elections poll polls vote ballot referendum game games olympics tournament cup ceremony "
    "inauguration parade celebration festival session".split()
)


def _boycotted(trig: Trigger, t: Token) -> bool:
    """Whether ``t`` is an occasion a protest or a threatened protest is aimed at ("boycotted the vote")."""
    return trig.code.startswith(("14", "133")) and t.lemma_.lower() in _BOYCOTTED


_REFUSING = frozenset("refuse reject decline deny turn".split())


def _threats_made(sent: Span, events: list[CodedEvent]) -> list[CodedEvent]:
    """A hostile act announced on a condition is a threat made ("Hungary would veto the budget unless Brussels
    dropped the plan": CAMEO 130, not the veto; "could shut the strait if ...": 1381)."""
    # a refusal put on a condition stays one ("would refuse to accept the revenues if any amount was deducted")
    acts = {v.idx for v in conditional_acts(sent) if v.lemma_.lower() not in _REFUSING}
    if not acts:
        return events
    out = []
    for ev in events:
        threat = threat_of(ev.cameo) if ev.trigger_start in acts else None
        out.append(replace(ev, modality="happened", **kb.code_fields(threat)) if threat else ev)
    return out


def _spare_partners(sent: Span, events: list[CodedEvent]) -> list[CodedEvent]:
    """No hostile act against the party it is done alongside: "Chadian troops fought alongside Nigerian forces to
    drive Boko Haram from towns" fights Boko Haram, not the Nigerians."""
    spans = {(verb.idx, partner.left_edge.idx, partner.idx + len(partner.text)) for verb, partner in partners(sent)}
    return [
        e for e in events
        if e.target is None or int(e.cameo[:2]) < 11 or not any(
            e.trigger_start == v and lo <= e.target.start < hi for v, lo, hi in spans
        )
    ]


def _joint_act(t: Token) -> bool:
    """An object that names the joint act itself ("launched joint military patrols"), not a party to it."""
    return t.dep_ == "dobj" and any(c.dep_ == "amod" and c.lower_ in lx.JOINT_WORDS for c in t.children)


def _protest_demand(tok: Token, e: CodedEvent, protests: dict[int, set[int]]) -> bool:
    """ "Thousands marched through Belgrade demanding accountability from the government": a demand or call
    made in a participle of a protest is the protest's message; the protest is the event."""
    return (
        e.cameo[:2] in ("10", "02")
        and tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and e.source.start in protests.get(tok.head.idx, ())
    )


def _purpose_clause(tok: Token) -> bool:
    """``tok`` heads an infinitive of purpose: an adverbial clause with "to" ("... to demand")."""
    return tok.dep_ == "advcl" and tok.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def _prefer_coded(events: list[CodedEvent]) -> list[CodedEvent]:
    """Per trigger and source: when the most confident target names no coded actor and another of the
    coder's chosen targets (within ``_CHOSEN_TIER`` of it; secondary targets are further down) does, the
    coded one ranks first: the two swap confidences. The order of the list is kept. (Letting secondary
    targets take the lead too was tried: it lowered the held-out top-1 figure.)"""
    by_act: dict[tuple[int, int], list[CodedEvent]] = {}
    for e in events:
        by_act.setdefault((e.trigger_start, e.source.start), []).append(e)
    for evs in by_act.values():
        top = max(e.confidence for e in evs)
        chosen = [e for e in evs if e.confidence == top]
        if any(e.target is not None and e.target.code for e in chosen):
            continue
        coded = [e for e in evs if e.target is not None and e.target.code and e.confidence > top - _CHOSEN_TIER
                 and e.target.code[:3] != (e.source.country or e.source.code[:3])]
        if not coded:
            continue
        best = max(coded, key=lambda e: e.confidence)  # the first of the surest, in coder order
        low = best.confidence
        best.confidence = top
        for e in chosen:
            e.confidence = low
    return events


def _faced(tok: Token) -> list[Token]:
    """Whom forces are moved against: "toward(s) X", or the X of "to / near / along the border with X"."""
    out: list[Token] = []
    for p, t in _preps(tok):
        if p in ("toward", "towards"):
            out.append(t)
        elif p in ("to", "near", "along", "at", "on") and t.lemma_.lower() in lx.FRONTIER_NOUNS:
            out += [u for q, u in _preps(t) if q == "with"]
    return out


# verbs of being in a state ("was / came / remained under pressure"), not of putting someone in it ("placed X
# under investigation": the placer acts)
_BEING_UNDER = frozenset("be come remain stay fall appear seem continue".split())

_IRREGULAR_SECTORS = ("REB", "INS", "UAF")
_SENDING = frozenset("send dispatch deploy contribute commit".split())
_SURRENDERING = frozenset("hand surrender turn give lay".split())
_SEIZED = frozenset("captured seized impounded confiscated detained stolen hijacked held".split())
_NON_STATE_WORDS = frozenset(
    "militia militias militiaman militiamen rebel rebels fighters militant militants guerrilla guerrillas "
    "insurgent insurgents combatants".split()
)


def _non_state(sources: list[ActorRef]) -> bool:
    """Whether every doer is a non-state armed group, by its code or its words ("Mai-Mai militiamen")."""
    return bool(sources) and all(
        _irregulars([s]) or any(w in _NON_STATE_WORDS for w in s.text.lower().split()) for s in sources
    )


def _irregulars(sources: list[ActorRef]) -> bool:
    """Whether every doer is a rebel, insurgent or other non-state armed group."""
    return bool(sources) and all(
        any(x in s.code[3:] or x in s.sectors for x in _IRREGULAR_SECTORS) for s in sources
    )


def _fought_jointly(trig: Trigger) -> list[tuple[int, int]]:
    """The spans of whom a joint fighting undertaking is "against" ("joint operations against ADF rebels")."""
    obj = trig.obj
    if not trig.code.startswith("06") or obj is None or obj.lemma_.lower() not in JOINT_FIGHTS:
        return []
    if not any(c.dep_ == "amod" and c.lower_ in lx.JOINT_WORDS for c in obj.children):
        return []
    foes = [t for h in (trig.token, obj) for p, t in _preps(h) if p == "against"]
    return [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)) for t in foes]


_RECALLED = frozenset("ambassador envoy diplomat commissioner representative".split())
_EMISSARIES = frozenset("envoy delegation emissary representative".split())


def _to_mission(verb: Token, targets: list[ActorRef]) -> bool:
    """Troops sent "to" an international organisation (a UN or AU mission): peacekeepers contributed."""
    if verb.lemma_.lower() not in _SENDING:
        return False
    to_starts = {
        t.idx
        for c in verb.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
        for t in p.doc[p.left_edge.i : p.i + 1]  # the noun phrase itself, not "the border with NATO"
    }
    return any(t.code.startswith("IGO") and t.start in to_starts for t in targets)


def _by_agents(noun: Token) -> list[Token]:
    """The "by" agents of an act named by a noun, also where the parser hung the "by" on its "of" object ("the
    expulsion of two diplomats by Oslo", "the reopening of the corridor by India")."""
    heads = [noun] + [t for p, t in _preps(noun) if p == "of"]
    return [t for h in heads for p, t in _preps(h) if p == "by"] + _led_by(noun)


def _led_by(noun: Token) -> list[Token]:
    """Who leads or stages an act named by a noun: "protests led by opposition parties"."""
    return [
        t for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _LEADING for p, t in _preps(c) if p == "by"
    ]


_LEADING = frozenset("lead organise organize stage call spearhead mount launch".split())
