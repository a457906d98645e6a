"""Actor resolution: from the head token of a noun phrase to CAMEO actor codes, with document memory for
coreference ("his counterpart", "the minister", "the two countries") and learning of people's roles."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from detente.coding import kb
from detente.coding import lexicon as lx
from detente.coding.spans import doc_ents, ent_at, span_ents
from detente.knowledge.organisations import lookup_organisation
from detente.knowledge.sectors import GENERIC_ROLES, PEOPLES
from detente.model import ActorRef
from detente.nlp.datelines import DASHES as _DASHES
from detente.nlp.datelines import dateline_length
from detente.nlp.registry import NAME_PARTICLES, ActorRegistry, norm_name

_PERSON_PRON = {"he", "him", "his", "she", "her", "himself", "herself"}
_AIDE_ROLES = ("spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor")
_PLURAL_PRON = {"they", "them", "their", "themselves"}
_PAIR_NOUNS = {
    "country",
    "nation",
    "side",
    "government",
    "state",
    "power",
    "neighbour",
    "neighbor",
    "capital",
    "leader",
    "party",
    "ally",
    "partner",
}
_TITLE_WORDS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "gen",
    "general",
    "col",
    "lt",
    "sgt",
    "president",
    "premier",
    "minister",
    "councilor",
    "councillor",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "prince",
    "sheikh",
    "ambassador",
    "representative",
    "senator",
    "sen",
    "rep",
    "governor",
    "mayor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "chief",
    "commander",
    "leader",
    "foreign",
    "defense",
    "defence",
    "prime",
    "state",
    "vice",
    "deputy",
    "head",
    "director",
    "justice",
    "judge",
    "pope",
    "emir",
    "crown",
    "former",
    "acting",
    "interior",
    "finance",
}
_REPORTED_PRON = {"he", "she", "it", "they", "we"}
_MEMBER_HEADS = frozenset("supporter loyalist follower backer".split())
_ENVOYS = frozenset("delegation mission team envoy representative".split())
_ARMED_MEMBERS = frozenset(
    "bomber gunman attacker assailant militant fighter operative sniper hijacker kidnapper insurgent jihadist "
    "cell".split()
)
# Head nouns of titles that name only rank: the office is the role word before them ("judiciary chief").
_TITLE_HEADS = frozenset("chief head boss chairman chairwoman chair director".split())
# Heads that stand for the role named by their modifier: its members, posts, craft ("army positions").
_OWNED_HEADS = frozenset(
    "supporter loyalist follower member backer position post outpost base station checkpoint barracks camp "
    "headquarters convoy patrol ship vessel boat aircraft helicopter plane vehicle unit".split()
)
_COUNT_NOUNS = frozenset({"hundred", "thousand", "million", "dozen", "ten", "score"})
_COLLECTIVE = {
    "group",
    "team",
    "delegation",
    "number",
    "contingent",
    "member",
    "band",
    "unit",
    "dozen",
    "hundred",
    "thousand",
    "some",
    "all",
    "many",
    "most",
    "one",
    "two",
    "several",
    "couple",
    "batch",
}
_NOT_ACTOR_ENTS = {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"}
_ACTOR_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
_SKIP_MOD = {"det", "predet", "case", "punct", "cc", "prep", "nummod", "quantmod", "advmod"}


class ActorResolver:
    """Resolves actor mentions within one document, remembering who was mentioned for coreference."""

    def __init__(self, doc: Doc, registry: ActorRegistry, report_date: date | None, doc_id: str) -> None:
        self.doc = doc
        self.registry = registry
        self.on = report_date
        self.doc_id = doc_id
        self.persons: list[ActorRef] = []  # people mentioned, ordered by position
        self.countries: list[tuple[int, str]] = []  # (offset, country) mentioned
        self._cache: dict[int, list[ActorRef]] = {}
        self.blocked: set[int] = set()
        self.bodies: list[ActorRef] = []  # countries and organisations mentioned, for "it" / "its"
        self.officials: list[ActorRef] = []  # unnamed office holders ("Egypt's foreign minister"), for "he"
        self.plurals: list[ActorRef] = []  # groups of people by role ("protesters"), for "they"
        self._subjects: list[tuple[int, ActorRef]] = []  # (sentence start, the person its main clause is about)
        self._sent_text = ""
        self.text = doc.text
        self.ent_at: dict[int, Span] = {}
        for ent in doc_ents(doc):
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent

    # -- memory --------------------------------------------------------------------------------
    def note_sentence(self, sent: Span) -> None:
        """Record the countries and people a sentence mentions (for later coreference)."""
        self._sent_text = self.text[sent.start_char : sent.end_char]
        self._block_dateline(sent)
        for ent in span_ents(sent):
            if ent.label_ in ("GPE", "NORP"):
                c = kb.country(ent.text)
                if c is not None:
                    self._remember_country(ent.start_char, c.cameo)
                else:
                    for code in kb.compound_demonym(ent.text):
                        self._remember_country(ent.start_char, code)
            elif ent.label_ == "PERSON":
                self.resolve(ent.root)
        subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.ent_type_ == "PERSON":  # resolved just above (no new side effects)
            person = next((r for r in self._cache.get(subject.i, []) if r.kind == "person"), None)
            if person is not None:
                self._subjects.append((sent.start_char, person))

    def _block_dateline(self, sent: Span) -> None:
        """Mark a dateline ("MOSCOW (Reuters) -", "THE HAGUE, Netherlands --") as not an actor."""
        toks = list(sent[:12])
        k = dateline_length(toks)
        self.blocked.update(x.i for x in toks[:k])

    def _remember_country(self, at: int, code: str) -> None:
        if (at, code) not in self.countries:
            self.countries.append((at, code))
            self.countries.sort()

    def _remember(self, ref: ActorRef) -> None:
        if ref.kind == "person" and ref.name and all(p.start != ref.start for p in self.persons):
            self.persons.append(ref)
            self.persons.sort(key=lambda p: p.start)
        if ref.country and ref.kind != "person":
            self._remember_country(ref.start, ref.country)
        if (
            ref.kind in ("country", "organisation", "igo", "group", "agent")
            and ref.code
            and ref.text[:1] != ref.text[:1].lower()
        ):
            if all(b.start != ref.start for b in self.bodies):
                self.bodies.append(ref)
                self.bodies.sort(key=lambda b: b.start)

    def _persons_before(self, at: int) -> list[ActorRef]:
        return [p for p in self.persons if p.end <= at and p.code]

    def _known_countries(self) -> tuple[str, ...]:
        """The countries the document has mentioned so far (to choose between a shared region's)."""
        return tuple(dict.fromkeys(code for _, code in self.countries))

    def _countries_before(self, at: int) -> list[str]:
        out: list[str] = []
        for _, code in (x for x in self.countries if x[0] < at):
            if code in out:
                out.remove(code)
            out.append(code)
        return out

    # -- resolution ----------------------------------------------------------------------------
    def resolve_all(self, tok: Token) -> list[ActorRef]:
        """The actors a phrase headed by ``tok`` names, with its conjuncts ("Putin and Xi" -> both)."""
        out = list(self.resolve(tok))
        if len(out) == 1 and out[0].country and out[0].kind == "agent":
            out = self._split_modifiers(tok, out[0])
        firsts = [m for m in tok.lefts if _misparsed_partner(tok, m) is not None]
        out = [r for m in firsts for r in self.resolve(m)] + out  # "Donald Trump and ... Kim Jong Un": Trump too
        for c in tok.conjuncts:
            if c.i > tok.i and c.pos_ in ("PROPN", "NOUN", "PRON"):
                out.extend(self.resolve(c))
        seen: set[tuple[str, int]] = set()
        uniq = []
        for r in out:
            if (r.code, r.start) not in seen:
                seen.add((r.code, r.start))
                uniq.append(r)
        return uniq

    def _split_modifiers(self, tok: Token, ref: ActorRef) -> list[ActorRef]:
        """ "Nigerian and British forces" -> the Nigerian forces and the British forces (two actors)."""
        for m in tok.children:
            if m.dep_ not in ("amod", "compound", "nmod") or m.i > tok.i:
                continue
            others = [d for d in m.conjuncts if d.i > m.i and d.i < tok.i]
            if not others:
                continue
            if m.pos_ == "NOUN":
                split = self._split_noun_pair(tok, ref, m, others[-1])
                if split:
                    return split
                continue
            first = kb.country(m.text)
            if first is None or first.cameo != ref.country:
                continue
            own = ref.country or ""
            rest = ref.code[len(own) :] if own and ref.code.startswith(own) else ""
            out = [replace(ref, text=m.text, start=m.idx, end=m.idx + len(m.text))]
            for d in others:
                c = kb.country(d.text)
                if c is None:  # "Britain and Western allies": a group
                    g = kb.group(f"{d.text} {tok.text}") or kb.group(d.text)
                    if g is not None:
                        out.append(
                            ActorRef(
                                text=self.text[d.idx : ref.end], code=g.code, kind="group", start=d.idx, end=ref.end
                            )
                        )
                    continue
                if c.cameo == ref.country:
                    continue
                out.append(
                    replace(ref, text=self.text[d.idx : ref.end], code=c.cameo + rest, country=c.cameo, start=d.idx)
                )
            return out
        return [ref]

    def _split_noun_pair(self, tok: Token, ref: ActorRef, m: Token, d: Token) -> list[ActorRef]:
        """ "the Venezuelan government and opposition delegates", parsed as one phrase with "government
        and opposition" modifying "delegates": two actors when both sides name a sector of their own
        (the government; the opposition's delegates), sharing the phrase's country."""
        first_sectors = kb.sectors_of(m.lemma_.lower())
        second_sectors = kb.sectors_of(d.lemma_.lower())
        if not first_sectors or not second_sectors or first_sectors == second_sectors:
            return []
        country = ref.country if ref.country and len(ref.country) == 3 else None
        start = self.doc[_left_edge(m)].idx
        end = m.idx + len(m.text)
        first = ActorRef(
            text=self.text[start:end], code=kb.compose(country, first_sectors), country=country,
            sectors=first_sectors, kind="agent", start=start, end=end,
        )
        sectors = second_sectors + tuple(s for s in kb.sectors_of(tok.lemma_.lower()) if s not in second_sectors)
        second = ActorRef(
            text=self.text[d.idx : ref.end], code=kb.compose(country, sectors), country=country,
            sectors=sectors, kind="agent", start=d.idx, end=ref.end,
        )
        return [first, second]

    def resolve(self, tok: Token) -> list[ActorRef]:
        if tok.i in self._cache:
            return self._cache[tok.i]
        self._cache[tok.i] = []  # guards against cycles
        refs = self._resolve(tok)
        for r in refs:
            self._remember(r)
        self._cache[tok.i] = refs
        return refs

    def _ref(self, tok: Token, code: str, **kw: object) -> ActorRef:
        start = self.doc[_left_edge(tok)].idx
        end = tok.idx + len(tok.text)
        return ActorRef(text=self.text[start:end], code=code, start=start, end=end, **kw)  # type: ignore[arg-type]

    def _resolve(self, tok: Token) -> list[ActorRef]:
        if tok.i in self.blocked:
            for c in tok.children:
                if c.dep_ in ("appos", "conj", "npadvmod"):
                    found = self.resolve(c)
                    if found:
                        return found
            return []
        if _name_like(tok) and self.registry.lookup(tok.text, self.on) is not None:
            person = self._person(tok, self.doc[tok.i : tok.i + 1], None, [])  # "May later praised ...": Theresa May
            if person is not None:
                return [person]
        if tok.ent_type_ == "CARDINAL" and tok.lemma_.lower() in _COUNT_NOUNS:  # "Hundreds of thousands of
            for c in tok.children:  # teachers": the teachers
                if c.dep_ == "prep" and c.lower_ == "of":
                    return [r for p in c.children if p.dep_ == "pobj" for r in self.resolve(p)][:1]
        if tok.ent_type_ in _NOT_ACTOR_ENTS:  # "May 16", "two", "$5 million"
            return []
        if tok.pos_ == "PROPN" and tok.lower_ in lx.NAMED_ACCORDS:  # "the Algiers Agreement" is no Algerian
            return []
        place = self.ent_at.get(tok.i)
        if (
            place is not None
            and place.label_ in ("GPE", "LOC")
            and tok.dep_ == "compound"
            and place.start <= tok.head.i < place.end
            and tok.i != place.root.i
        ):
            return []  # "West" of "the West Bank", "New" of "New Mexico": a part of a place's name
        if tok.lemma_.lower() in _RELATIONAL and any(c.dep_ == "poss" for c in tok.children):
            for c in tok.children:  # the owner is still mentioned (and can be referred back to)
                if c.dep_ == "poss":
                    self.resolve(c)
            return [self._ref(tok, "", kind="unknown")]  # "the minister's critics" are not the minister
        low = tok.lower_
        acronym = tok.pos_ == "PRON" and tok.text.isupper() and len(tok.text) >= 2  # "The WHO urged", "US"
        relative = tok.lower_ in ("who", "which", "that", "whom") and not acronym
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and relative:
            # relative pronouns first: "Sullivan, who met Wang", "Hamas, which Israel accuses of ..."
            if tok.head.dep_ == "relcl":
                return self.resolve(tok.head.head)
        if (tok.pos_ == "PRON" and not acronym) or low in _PERSON_PRON:
            return self._pronoun(tok)
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "X") and tok.ent_type_ not in _ACTOR_ENTS and not acronym:
            return []
        if (
            tok.dep_ == "amod"
            and tok.pos_ == "ADJ"  # not "a student protest": the students protest
            and tok.text.islower()
            and tok.head.i > tok.i
            and tok.head.pos_ == "NOUN"
            and not kb.sectors_of(tok.head.lemma_.lower())
            and tok.head.lemma_.lower() not in _OWNED_HEADS | _TITLE_HEADS
            and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
        ):
            return []  # "military drills", "a police raid": a modifier of a thing, not an actor
        left = _left_edge(tok)
        phrase = self.doc[left : tok.i + 1]
        text = self.text[phrase.start_char : phrase.end_char]
        # pairs: "the two countries", "both nations", "both leaders"
        if tok.lemma_.lower() in _PAIR_NOUNS and any(c.lower_ in ("both", "two") for c in tok.children):
            return self._pair(tok)
        if tok.lemma_.lower() == "counterpart":
            return self._counterpart(tok)
        if tok.lemma_.lower() in _MEMBER_HEADS:  # "Chamisa's supporters", "his loyalists": the owner's side
            owner = self._owner(tok)
            if owner is not None and owner.code and owner.kind in ("person", "agent", "group"):
                return [
                    self._ref(tok, owner.code, country=owner.country, sectors=owner.sectors, kind="agent")
                ]
        if tok.lemma_.lower() in _TITLE_HEADS and not any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
            for c in tok.children:  # "the head of the IAEA", "the chief of Wagner": the body's own
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        inner = self.resolve(p) if p.dep_ == "pobj" else []
                        if len(inner) == 1 and inner[0].kind in ("igo", "group", "organisation") and inner[0].code:
                            r = inner[0]
                            return [self._ref(tok, r.code, country=r.country, sectors=r.sectors, kind=r.kind)]
        if tok.lemma_.lower() in _ENVOYS:  # "a delegation from the IMF", "a team of UN inspectors"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                    for p in c.children:
                        inner = self.resolve(p) if p.dep_ == "pobj" else []
                        if len(inner) == 1 and inner[0].kind in ("igo", "group", "organisation") and inner[0].code:
                            return [self._ref(tok, inner[0].code, kind=inner[0].kind)]
        if tok.lemma_.lower() in _ARMED_MEMBERS:  # "a suicide bomber from the LTTE": the group's own
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                    for p in c.children:
                        inner = self.resolve(p) if p.dep_ == "pobj" else []
                        if len(inner) == 1 and inner[0].kind in ("group", "organisation") and inner[0].code:
                            r, start = inner[0], self.doc[_left_edge(tok)].idx  # the span runs to the group's name
                            return [ActorRef(text=self.text[start : r.end], code=r.code, start=start, end=r.end,
                                             country=r.country, sectors=r.sectors, kind=r.kind)]
        if tok.lemma_.lower() in _COLLECTIVE:  # "a group of Saudi hackers", "members of the council"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            inner = self.resolve(p)
                            if inner:
                                r = inner[0]
                                return [
                                    self._ref(
                                        tok,
                                        r.code,
                                        country=r.country,
                                        sectors=r.sectors,
                                        kind=r.kind,
                                        name=r.name,
                                        role=r.role,
                                    )
                                ]
        mods = _modifier_countries(phrase, tok, self._known_countries())
        ent = self.ent_at.get(tok.i)
        # groups and IGOs: "NATO", "the EU", "Western countries", "the United Nations"
        g = kb.group(_strip_det(text)) or (kb.group(ent.text) if ent is not None else None)
        if g is not None and ent is not None and ent.label_ == "PERSON" and not _group_named(g, ent):
            g = None  # a person whose name contains a group alias
        if g is not None and ent is not None and ent.label_ == "GPE" and _in_place(tok) and kb.city_country(ent.text):
            g = None  # "a summit in Brussels": the city where it is held, not the EU
        by_name = False  # the role word is part of the group's name, or only a modifier's
        if g is None and left < tok.i and (
            kb.sectors_of(tok.lemma_.lower()) or kb.role(text)[1] or tok.lemma_.lower() in _TITLE_HEADS
        ):
            # "Taliban militants", "Islamic State fighters", "the ELN rebel group": a group and its people
            names = [_strip_det(self.text[phrase.start_char : tok.idx].strip())]
            k = left
            while k < tok.i and self.doc[k].pos_ in ("DET", "NUM"):
                k += 1
            while k < tok.i:
                if self.doc[k].pos_ in ("DET", "NUM") or (self.doc[k].pos_ == "ADJ" and self.doc[k].text.islower()):
                    k += 1  # "a senior al-Shabaab commander", "top Hamas officials"
                elif is_backer(self.doc[k]) and k + 2 < tok.i:
                    k += 3  # "Iran-backed Houthi rebels": the Houthis, not Iran
                else:
                    break
            j = k
            while j < tok.i and (
                self.doc[j].pos_ == "PROPN"
                or (self.doc[j].text == "-" and j > k and j + 1 < tok.i and self.doc[j + 1].pos_ == "PROPN")
            ):
                j += 1  # "20 PKK militants", "a senior al-Qaeda commander"
            backed = self.doc[j].text == "-" and j + 1 < tok.i and _backing(self.doc[j + 1])  # "United Nations-backed"
            if j > k and not backed:  # "20 PKK militants", "the U.N. human rights chief"
                names.append(self.doc[k:j].text)
            for name in names:
                named = kb.group(name)
                if named is not None and named.kind in ("armed", "igo", "alliance", "ngo"):
                    g, by_name = named, named.kind != "armed"  # "NATO troops": NATO's, as a modifier
                    break
            if g is None:  # "Mossad agents", "BBC journalists": a national organisation's people
                org = next((o for o in map(lookup_organisation, names[1:]) if o is not None), None)
                if org is not None:
                    return [self._ref(tok, org.code, country=org.country, sectors=org.sectors, kind="organisation")]
        if g is None and tok.right_edge.i > tok.i and tok.right_edge.i - left < 8 and tok.pos_ in ("NOUN", "PROPN"):
            whole = kb.group(_strip_det(self.doc[left : tok.right_edge.i + 1].text))  # "Doctors Without Borders"
            if whole is not None and whole.kind in ("armed", "igo", "alliance", "ngo"):
                g, by_name = whole, True
        if g is not None:
            r_role, r_sect = kb.role(text)
            if kb.group(_strip_det(text)) is g or by_name:
                r_sect = ()  # the role word is part of the name: "the U.N. nuclear watchdog", "the Criminal Court"
            own = ("GOV", "REB", "MIL", "UAF", "OPP") if g.kind == "armed" else ("GOV",)  # "Taliban fighters"
            code = g.code + "".join(s for s in r_sect if s not in own and not g.code.endswith(s))
            return [self._ref(tok, code, kind="igo" if g.code.startswith("IGO") else "group", role=r_role)]
        # a broadcaster or company known by name: "the BBC" (GBRMED), "Danish brewer Carlsberg" (DNKBUS)
        if tok.pos_ == "PROPN" and (ent is None or ent.end - 1 == tok.i):
            org = lookup_organisation(_strip_det(ent.text)) if ent is not None else None
            org = org or lookup_organisation(tok.text)
            if org is not None:
                return [
                    self._ref(tok, org.code, country=org.country, sectors=org.sectors, kind="organisation")
                ]
        if tok.dep_ == "poss" and tok.head.lemma_.lower() in _REGION_NOUNS and (
            _in_place(tok.head) or _owner_place(tok.head)
        ):
            return []  # "in Yemen's Marib province": the place of the event, no party to it
        if tok.lemma_.lower() in _WATERS and tok.text[:1].isupper() and left < tok.i:
            return []  # "the South China Sea", "the Taiwan Strait": waters, not their namesake country
        # a country itself, or a capital/metonym standing for its government
        hit = None
        seat = ""
        if ent is not None and ent.label_ in ("GPE", "NORP", "LOC", "FAC", "ORG"):
            hit = kb.country_kind(_strip_det(ent.text)) if ent.root.i == tok.i or ent.end - 1 == tok.i else None
        elif ent is not None and ent.label_ == "PERSON" and ent.end - 1 == tok.i:
            named = kb.country_kind(_strip_det(ent.text))  # NER took "Sri Lanka" or "South Sudan" for a person
            if named is not None and named[1] == "name" and (
                len(ent) > 1 or self.registry.lookup(ent.text, self.on) is None  # "Jordan" may be a person
            ):
                hit = named
        if (
            hit is None
            and tok.pos_ == "ADJ"
            and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and tok.text[:1].isupper()
        ):  # "Kyiv, officials said, broke off talks": a capital the tagger took for an adjective
            adj = kb.country_kind(tok.text)
            hit = adj if adj is not None and adj[1] in ("name", "capital", "metonym") else None
        if hit is None and tok.pos_ == "PROPN":
            hit = kb.country_kind(tok.text)
            k = tok.i
            while k > left and self.doc[k - 1].pos_ == "PROPN" and self.doc[k - 1].dep_ == "compound":
                k -= 1
            if hit is None and k < tok.i:  # "Downing Street", "Capitol Hill": a seat of government
                seat = self.doc[k : tok.i + 1].text
                hit = kb.country_kind(seat)
                hit = hit if hit is not None and hit[1] in ("capital", "metonym") else None
        if hit is not None and hit[1] != "demonym" or (hit is not None and tok.pos_ == "PROPN" and tok.tag_ == "NNPS"):
            c, _kind = hit
            sectors = kb.place_sectors(seat or _strip_det(ent.text if ent is not None else tok.text))
            if _kind == "capital" and (_in_place(tok) or _place_reached(tok)):  # "a curfew in Nairobi", "shelled
                # Kyiv", "a visit to Beijing": the city, not the government
                sectors = ()
            r_role, r_sect = kb.role(text)
            sectors = tuple(dict.fromkeys((*sectors, *r_sect)))
            return [
                self._ref(
                    tok, kb.compose(c.cameo, sectors), country=c.cameo, sectors=sectors, kind="country", role=r_role
                )
            ]
        # a person (NER may call a known person an ORG: ask the registry first)
        org_role = (kb.role(text)[0] or "") if ent is not None and ent.label_ == "ORG" else ""
        if tok.lower_ not in org_role.split() and not _people_word(tok) and (  # "the State Department": no person
            tok.pos_ == "PROPN"
            or (ent is not None and ent.label_ == "PERSON")
            or (tok.text[:1].isupper() and self.registry.lookup(tok.text, self.on) is not None)  # "Sunak" as NOUN
        ):
            person = self._person(tok, phrase, ent, mods)
            if person is not None:
                return [person]
        # a role or agent with or without a country: "Russian troops", "the Foreign Ministry", "police"
        if tok.lower_ in PEOPLES and tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
            return []  # "Tigrayan fighters", "Rohingya refugees": a people named as its members' modifier
        r_role, r_sect = kb.role(text)
        if r_role and r_role.lower().rstrip("s") in PEOPLES and not _people_word(tok):
            r_role, r_sect = None, ()  # "the Pashtun Tahafuz Movement" is no people
        head_sect = kb.sectors_of(tok.lemma_.lower()) or kb.sectors_of(tok.text.lower())
        role_low = (r_role or "").lower()
        head_is_role = bool(role_low) and (
            tok.lower_ in role_low or tok.lemma_.lower() in role_low or tok.lemma_.lower() in _TITLE_HEADS
        )  # "Iran's judiciary chief": the judiciary's head, not a chief of no office
        if r_sect and not head_sect and not head_is_role and tok.lemma_.lower() in _OWNED_HEADS:
            if any(
                c.dep_ in ("compound", "amod") and kb.role(self.doc[c.left_edge.i : c.i + 1].text)[1]
                for c in tok.lefts
            ):
                head_is_role = True  # "Israeli army positions", "a police station", "opposition supporters"
        if r_sect and not head_sect and not head_is_role and not (ent is not None and ent.label_ == "ORG"):
            r_role, r_sect = None, ()  # "joint military exercises" is not the military
        if not r_sect:
            r_sect = head_sect
        if not r_sect and mods and tok.lemma_.lower() in _MILITARY_POSTS:
            r_sect = ("MIL",)  # "Ukrainian positions", "a Russian military base": the forces' own
        if r_role is not None and r_role.lower() in GENERIC_ROLES:
            seat_sect = next(
                (kb.place_sectors(c.text) for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), ()
            )
            if seat_sect and seat_sect != ("GOV",):
                r_sect = seat_sect  # "a Pentagon spokesman" (MIL), "Capitol Hill aides" (LEG)
        if not r_sect and tok.lemma_.lower() in _REGION_NOUNS and (_in_place(tok) or _owner_place(tok)):
            return []  # "fighting in the Lower Shabelle region", "the governor of Laghman province": places
        if not r_sect and mods:  # a province names the home of people, not the country of things
            mods = _modifier_countries(phrase, tok, regions=False)  # "the Nagorno-Karabakh conflict"
        country_code = mods[0] if mods else (self._prep_country(tok) if r_sect else None)
        if not country_code and r_sect == ("CVL",) and tok.text[:1].isupper():
            country_code = kb.region_country(tok.text, self._known_countries())  # "Uighurs", "Rohingya"
        if not country_code and r_sect and tok.pos_ == "NOUN":
            country_code = self._leader_country(tok)  # "the Biden administration", "the Assad regime"
        if not r_sect and tok.pos_ == "NOUN" and ent is None:
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            owner = self._owner(tok) if poss is not None else None
            if owner is not None and owner.code and (owner.sectors or owner.kind in ("igo", "group")):
                # "U.S. President Donald Trump's offer", "the Georgian government's law": the owner's
                return [self._ref(tok, owner.code, country=owner.country, sectors=owner.sectors, kind="agent")]
        if not country_code and r_sect and tok.pos_ == "NOUN":
            owner = self._owner(tok)  # "his government", "its army", "the UN's aid chief"
            if owner is not None and owner.country:
                country_code = owner.country
            elif owner is not None and owner.kind in ("igo", "group") and owner.code:
                return [self._ref(tok, owner.code, kind=owner.kind, role=r_role)]
        if r_sect or (country_code and tok.pos_ in ("NOUN", "PROPN")):
            if not country_code and r_sect and tok.pos_ == "NOUN" and _is_definite(tok):
                prior = self._definite_person(tok)
                if prior is not None:
                    return [prior]
            if len(mods) > 1 and not r_sect:
                return [self._ref(tok, m, country=m, kind="country") for m in mods]
            ref = self._ref(
                tok,
                kb.compose(country_code, r_sect) if country_code else "".join(r_sect),
                country=country_code,
                sectors=r_sect,
                role=r_role,
                kind="organisation" if ent is not None and ent.label_ == "ORG" else "agent",
            )
            named = self._appos_name(tok, ref) if r_sect and tok.pos_ == "NOUN" else None
            if named is None and tok.tag_ == "NNS" and ref.code and all(p.start != ref.start for p in self.plurals):
                self.plurals.append(ref)  # "protesters ... if they continued"
                self.plurals.sort(key=lambda p: p.start)
            if named is None and tok.tag_ == "NN" and r_role and country_code and ref.kind == "agent":
                if all(o.start != ref.start for o in self.officials):
                    self.officials.append(ref)
                    self.officials.sort(key=lambda o: o.start)
            return [named or ref]
        if hit is not None:  # a demonym used as a noun: "the Russians"
            c = hit[0]
            return [self._ref(tok, c.cameo, country=c.cameo, kind="country")]
        if (
            ent is not None
            and ent.label_ in ("GPE", "LOC")
            and ent.root.i == tok.i
            and not mods
            and not _in_place(tok)
            and tok.dep_ not in ("compound", "nmod", "amod")  # "Laghman province", "Borno state"
            and not _owner_place(tok)
        ):
            region = kb.region_country(_strip_det(ent.text), self._known_countries())
            if region is not None:  # "Taliban fighters overran Laghman", "Texas sued the government"
                return [self._ref(tok, region, country=region, kind="country")]
        if (
            ent is not None
            and ent.label_ == "GPE"
            and ent.root.i == tok.i
            and not mods
            and not _in_place(tok)
            and not kb.region_countries(_strip_det(ent.text))  # "Florida" is the state, not the Cuban town
            and not (tok.dep_ == "compound" and _role_or_region(tok.head))  # "Katsina state", "Karachi police"
        ):
            town = kb.town_country(_strip_det(ent.text), self._known_countries())  # "Russia shelled Odesa"
            if town is not None:
                return [self._ref(tok, town, country=town, kind="country")]
        if (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in _REGION_NOUNS
            and not _in_place(tok)
            and not _owner_place(tok)
            and left < tok.i
        ):
            region = self._place_country(tok)  # "the rebels seized Laghman province"
            if region is not None:
                return [self._ref(tok, region, country=region, kind="country")]
        if ent is not None and ent.label_ in ("ORG", "PERSON", "NORP", "GPE", "FAC"):
            kind = "person" if ent.label_ == "PERSON" else "organisation"
            return [self._ref(tok, "", kind=kind, name=ent.text if kind == "person" else None)]
        for c in tok.children:  # "the Mercosur bloc": an organisation named by its modifier
            if tok.lemma_.lower() in _OCCASIONS:
                break  # "a NATO summit", "an EU meeting": an occasion, not the organisation
            if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON") and c.i < tok.i:
                inner = self.resolve(c)
                if inner:
                    r = inner[0]
                    return [self._ref(tok, r.code, country=r.country, sectors=r.sectors, kind=r.kind, name=r.name)]
        return []

    # -- the cases -----------------------------------------------------------------------------
    def _person(self, tok: Token, phrase: Span, ent: Span | None, mods: list[str]) -> ActorRef | None:
        name_toks = [t for t in (ent if ent is not None and ent.label_ == "PERSON" else [tok])]
        while name_toks and (
            name_toks[0].lower_ in _TITLE_WORDS
            or kb.sectors_of(name_toks[0].lower_)
            or name_toks[0].pos_ in ("DET", "ADJ")
            or kb.country(name_toks[0].text)
        ):
            name_toks = name_toks[1:]
        if ent is not None and ent.label_ == "PERSON" and ent.end - 1 > tok.i:
            name_toks = [t for t in name_toks if t.i <= tok.i] or name_toks
        if not name_toks:
            return None
        # extend to the left over PROPN compounds outside the entity ("Sergei Lavrov")
        first = name_toks[0]
        while (
            first.i > phrase.start
            and self.doc[first.i - 1].pos_ == "PROPN"
            and not kb.country(self.doc[first.i - 1].text)
            and self.doc[first.i - 1].lower_ not in _TITLE_WORDS
            and not kb.sectors_of(self.doc[first.i - 1].lower_)
        ):
            first = self.doc[first.i - 1]
        last = name_toks[-1].i
        while last + 1 < len(self.doc) and self.doc[last].lower_ in NAME_PARTICLES and (
            self.doc[last + 1].pos_ == "PROPN"
        ):
            last += 1  # "Ursula von der" + "Leyen": the NER model cut the name after its particle
        name_span = self.doc[first.i : last + 1]
        name = name_span.text.replace("'s", "").strip()
        if not norm_name(name):
            return None
        title_text = self.doc[phrase.start : first.i].text if first.i > phrase.start else ""
        r_role, r_sect = kb.role(title_text) if title_text else (None, ())
        country_code = mods[0] if mods else None
        if country_code is None and first.i > phrase.start:
            body = self._title_body(self.doc[phrase.start : first.i])
            if body is not None:  # "Tesla boss Elon Musk" (USABUS), "UNHCR chief Filippo Grandi" (IGO...)
                country_code, r_sect = body
        if country_code is None and r_role and self.registry.lookup(name, self.on) is None:
            country_code = self._leader_of(phrase)  # "a Chinese delegation led by Vice Premier He Lifeng"
        named_person = r_role or (ent is not None and ent.label_ == "PERSON")  # not "the Russian Far East"
        if (country_code or r_role) and tok.pos_ == "PROPN" and named_person:
            known = self.registry.lookup(name, self.on) if not country_code else None
            actor = self.registry.learn(
                name,
                country_code or (known.country if known else None),
                r_sect or (known.sectors if known else ()),
                r_role or (known.role if known else None),
                on=self.on,
                evidence=self._sent_text,
                doc_id=self.doc_id,
            )
        else:
            actor = self.registry.lookup(name, self.on)  # type: ignore[assignment]
            if actor is None:
                if ent is None or ent.label_ != "PERSON":
                    return None
                return self._ref(tok, "", kind="person", name=name)
        sectors = tuple(actor.sectors)
        if actor.country and len(actor.country) > 3:  # an organisation's officer: "NATO Secretary General X"
            sectors = tuple(x for x in sectors if x != "GOV")
        return self._ref(
            tok,
            kb.compose(actor.country, sectors) if actor.country else "".join(sectors),
            country=actor.country,
            sectors=sectors,
            name=actor.name,
            role=actor.role,
            kind="person",
        )

    def _previous_subject(self, tok: Token) -> ActorRef | None:
        """The person the sentence before ``tok``'s was about (its main clause's subject), when ``tok``'s own
        sentence names no person before it."""
        start = tok.sent.start_char
        if any(start <= p.start < tok.idx for p in self.persons):
            return None
        return next((r for at, r in reversed(self._subjects) if at < start), None)

    def _pronoun(self, tok: Token) -> list[ActorRef]:
        low = tok.lower_
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp" and low in _REPORTED_PRON:
            # "X said it/they will ...": the speaker
            speaker = next((c for c in tok.head.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
            addressed = next(
                (c for c in tok.head.head.children if c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS")), None
            )
            if low == "they" and addressed is not None and speaker is not None and speaker.tag_ == "NN":
                found = self.resolve_all(addressed)  # "the chief warned protesters that they would ...": them
                if found:
                    return [replace(r, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)) for r in found]
            if (  # "his critics say he": not them; "He met X, the ministry said": not the ministry
                speaker is not None and speaker.lemma_.lower() not in _RELATIONAL and speaker.i < tok.i
            ):
                found = self.resolve_all(speaker)
                if found:
                    return [replace(r) for r in found]
        before = self._persons_before(tok.idx)
        official = [o for o in self.officials if o.end <= tok.idx]
        if official and (not before or official[-1].start > before[-1].start):
            before = [*before, official[-1]]  # "Egypt's foreign minister met his Jordanian counterpart"
        at = {"text": tok.text, "start": tok.idx, "end": tok.idx + len(tok.text)}  # evidence: this mention
        topic = self._previous_subject(tok) if low in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass") else None
        if topic is not None:
            # "Peskov confirmed that Putin will meet Xi. He said ...": the subject of the last sentence goes on
            # being talked about, not the last name in it
            return [replace(topic, kind="person", **at)]  # type: ignore[arg-type]
        if low in _PERSON_PRON and before:
            return [replace(before[-1], kind="person", **at)]  # type: ignore[arg-type]
        if low in ("it", "its", "they", "their", "them"):
            bodies = [b for b in self.bodies if b.end <= tok.idx and b.start >= tok.sent.start_char - 400]
            if low in _PLURAL_PRON:  # "warned protesters ... if they continued": the people, not the chief
                people = [p for p in self.plurals if p.end <= tok.idx and p.start >= tok.sent.start_char]
                if people and (not bodies or people[-1].start > bodies[-1].start):
                    bodies = [*bodies, people[-1]]
            if bodies:
                return [replace(bodies[-1], name=None, role=None, **at)]  # type: ignore[arg-type]
        return []

    def _pair(self, tok: Token) -> list[ActorRef]:
        left = _left_edge(tok)
        span = self.doc[left : tok.i + 1]
        persons = self._persons_before(span.start_char)
        if tok.lemma_.lower() == "leader" and len(persons) >= 2:
            latest: dict[str | None, ActorRef] = {}
            for p in persons:  # each person at their last mention: "Putin ... Peskov ... Putin and Xi": Putin, Xi
                latest.pop(p.name, None)
                latest[p.name] = p
            uniq = list(latest.values())
            heads = [p for p in uniq if not (p.role or "").endswith(_AIDE_ROLES)]
            uniq = heads if len(heads) >= 2 else uniq  # "the two leaders": not the spokesman who spoke of them
            return [
                replace(p, text=span.text, kind="person", start=span.start_char, end=span.end_char) for p in uniq[-2:]
            ]
        sect = ("GOV",) if tok.lemma_.lower() in ("government", "capital", "leader") else ()
        return [
            ActorRef(
                text=span.text,
                code=kb.compose(c, sect),
                country=c,
                sectors=sect,
                kind="country",
                start=span.start_char,
                end=span.end_char,
            )
            for c in self._countries_before(span.start_char)[-2:]
        ]

    def _counterpart(self, tok: Token) -> list[ActorRef]:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        owner = self.resolve(poss)[0] if poss is not None and self.resolve(poss) else None
        if owner is None and self._persons_before(tok.idx):
            owner = self._persons_before(tok.idx)[-1]
        official = [o for o in self.officials if o.end <= tok.idx]
        if official and (owner is None or (owner.kind == "person" and owner.start < official[-1].start)):
            owner = official[-1]  # "Egypt's foreign minister met his Jordanian counterpart"
        phrase = self.doc[_left_edge(tok) : tok.i + 1]
        mods = [m for m in _modifier_countries(phrase, tok) if not owner or m != owner.country]
        country_code = mods[0] if mods else None
        appos = next((c for c in tok.children if c.dep_ == "appos"), None)
        role_name = owner.role if owner else None
        sectors = owner.sectors if owner else ()
        if appos is not None and appos.pos_ == "PROPN":
            ent = self.ent_at.get(appos.i)
            name_span = ent if ent is not None and ent.label_ == "PERSON" else self.doc[_left_edge(appos) : appos.i + 1]
            name = name_span.text
            if country_code:
                actor = self.registry.learn(
                    name, country_code, sectors, role_name, on=self.on, evidence=self._sent_text, doc_id=self.doc_id
                )
            else:
                actor = self.registry.lookup(name, self.on)  # type: ignore[assignment]
            if actor is not None:
                span = self.doc[_left_edge(tok) : appos.right_edge.i + 1]
                ref = ActorRef(
                    text=span.text,
                    code=kb.compose(actor.country, tuple(actor.sectors)),
                    country=actor.country,
                    sectors=tuple(actor.sectors),
                    name=actor.name,
                    role=actor.role,
                    kind="person",
                    start=span.start_char,
                    end=span.end_char,
                )
                return [ref]
        if country_code:
            return [
                self._ref(
                    tok,
                    kb.compose(country_code, sectors),
                    country=country_code,
                    sectors=sectors,
                    role=role_name,
                    kind="person",
                )
            ]
        return []

    def _definite_person(self, tok: Token) -> ActorRef | None:
        word = tok.lemma_.lower()
        for p in reversed(self._persons_before(tok.idx)):
            if p.role and word in p.role.lower():
                return ActorRef(
                    text=tok.text,
                    code=p.code,
                    country=p.country,
                    sectors=p.sectors,
                    name=p.name,
                    role=p.role,
                    kind="person",
                    start=tok.idx,
                    end=tok.idx + len(tok.text),
                )
        return None

    def _title_body(self, title: Span) -> tuple[str, tuple[str, ...]] | None:
        """The company or organisation named in a person's title ("Tesla boss", "UNHCR chief", "Hamas
        leader"), as (code to stand for the country, sectors), else None."""
        words = [t for t in title if t.text[:1].isupper()]
        for t in words:
            org = lookup_organisation(t.text)
            if org is not None:
                return org.country, org.sectors
        toks = list(title)
        for n in range(min(4, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                part = toks[i : i + n]
                if not part[0].text[:1].isupper():
                    continue
                g = kb.group(self.doc[part[0].i : part[-1].i + 1].text)
                if g is not None and g.kind in ("igo", "ngo", "alliance", "armed"):
                    return g.code, ()
        return None

    def _leader_country(self, tok: Token) -> str | None:
        """The country of a government or regime named by its leader ("the Trump administration", "the
        Netanyahu government", "the Assad regime"): the leader's, when the person is known."""
        for c in tok.lefts:
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
                found = self.resolve(c)
                if len(found) == 1 and found[0].kind == "person" and found[0].country:
                    return found[0].country
        return None

    def _leader_of(self, phrase: Span) -> str | None:
        """The country of the body a person leads: "a Chinese delegation led by X", "troops headed by X"."""
        if phrase.start < 2:
            return None
        by = self.doc[phrase.start - 1]  # the parser may leave the name outside the "by" phrase
        verb = by.head
        if by.lower_ != "by" or verb.lemma_.lower() not in ("lead", "head") or verb.dep_ != "acl":
            return None
        found = self.resolve(verb.head)
        return found[0].country if len(found) == 1 and found[0].country else None

    def _owner(self, tok: Token) -> ActorRef | None:
        """The actor a role noun belongs to by a possessive: "his government" -> the person said before."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ in ("my", "our", "your"):
            return None
        found = self.resolve(poss)
        return found[0] if len(found) == 1 else None

    def _appos_name(self, tok: Token, ref: ActorRef) -> ActorRef | None:
        """A role noun with its holder's name in apposition ("China's top diplomat Wang Yi", "the
        minister, Sergei Lavrov"): one person, named, whose role and country the title gives."""
        for c in tok.children:
            if c.dep_ != "appos" or c.pos_ != "PROPN" or c.i < tok.i:
                continue
            ent = self.ent_at.get(c.i)
            words = self.doc[c.left_edge.i : c.i + 1]
            if ent is not None and ent.label_ == "PERSON" and ent.root.i == c.i:
                name = ent.text.replace("'s", "").strip()
            elif all(w.pos_ == "PROPN" for w in words) and any(w.ent_type_ == "PERSON" for w in words):
                name = words.text  # "opposition leader Maria Corina Machado" (NER took only "Maria Corina")
            else:
                continue
            if not norm_name(name):
                continue
            if ref.country:
                actor = self.registry.learn(
                    name, ref.country, ref.sectors, ref.role, on=self.on, evidence=self._sent_text, doc_id=self.doc_id
                )
            else:
                actor = self.registry.lookup(name, self.on)  # type: ignore[assignment]
                if actor is None:
                    return replace(ref, name=name, kind="person")
            sectors = tuple(actor.sectors)
            return replace(
                ref,
                code=kb.compose(actor.country, sectors) if actor.country else "".join(sectors),
                country=actor.country,
                sectors=sectors,
                name=actor.name,
                role=actor.role or ref.role,
                kind="person",
            )
        return None

    def _prep_country(self, tok: Token) -> str | None:
        """The country of "Police in Japan", "the President of Russia", and through a city or region:
        "the mayor of Kharkiv", "the governor of Laghman province", "authorities in Xinjiang"."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in", "from"):
                for p in prep.children:
                    if p.dep_ != "pobj":
                        continue
                    if p.ent_type_ in ("GPE", "NORP") or (p.pos_ == "PROPN" and p.ent_type_ != "PERSON"):
                        c = kb.country(p.text)  # NER may miss a country: "the junta in Niger" (DATE)
                        if c is not None:
                            return str(c.cameo)
                    code = self._place_country(p, cities=prep.lower_ != "in")  # "the opposition in Mexico City"
                    if code is not None:
                        return code
        return None

    def _place_country(self, tok: Token, cities: bool = True) -> str | None:
        """The country of a city, province, state or region a noun phrase names ("Kharkiv", "Laghman
        province", "Ethiopia's Tigray region", "the state of Texas"), else None."""
        ent = self.ent_at.get(tok.i)
        labels = ("GPE", "LOC", "FAC", "ORG", "NORP")
        if ent is not None and ent.label_ in labels and tok.i in (ent.root.i, ent.end - 1):
            name = _strip_det(ent.text)
            code = kb.region_country(name, self._known_countries())
            if code is not None:
                return code
            if cities and ent.label_ in ("GPE", "ORG", "NORP"):  # "the mayor of Kharkiv"
                town = kb.town_country(name, self._known_countries())
                if town is not None:
                    return town
        if tok.pos_ == "PROPN" and ent is None:
            code = kb.region_country(tok.text, self._known_countries())
            if code is not None:
                return code
        if (  # NER may take a city for a person: "the mayor of Mykolaiv"
            cities
            and ent is not None
            and ent.label_ == "PERSON"
            and len(ent) == 1
            and self.registry.lookup(ent.text, self.on) is None
            and (town := kb.town_country(ent.text, self._known_countries())) is not None
        ):
            return town
        if tok.lemma_.lower() in _REGION_NOUNS:
            for c in tok.children:
                if c.dep_ == "poss":  # "Ethiopia's Tigray region"
                    owner = kb.country(c.text)
                    if owner is not None:
                        return str(owner.cameo)
            name = self.doc[_left_edge(tok) : tok.i + 1].text
            code = kb.region_country(_strip_det(name), self._known_countries())
            if code is not None:  # "Laghman province", "Borno state"
                return code
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ == "of":  # "the state of Texas", "the province of Quebec"
                    for p in c.children:
                        if p.dep_ == "pobj" and (code := kb.region_country(p.text, self._known_countries())):
                            return code
        return None


def _name_like(tok: Token) -> bool:
    """A capitalised word the tagger read as a date, time or modal ("May" of Theresa May, "June"), not as a
    name; alone, with no number next to it."""
    if not tok.text[:1].isupper() or not (tok.pos_ == "AUX" or tok.ent_type_ in ("DATE", "TIME")):
        return False
    doc = tok.doc
    return not any(0 <= j < len(doc) and doc[j].like_num for j in (tok.i - 1, tok.i + 1))


def _misparsed_partner(tok: Token, mod: Token) -> Token | None:
    """The second conjunct of a pair of people the parser hung on the second name as a modifier ("U.S. President
    Donald Trump and North Korean leader Kim Jong Un": "Trump" an nmod of "Un" with "leader" its conjunct)."""
    if mod.dep_ != "nmod" or mod.ent_type_ != "PERSON" or tok.ent_type_ != "PERSON":
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in mod.children):
        return None
    return next((c for c in mod.children if c.dep_ == "conj" and mod.i < c.i < tok.i), None)


def _left_edge(tok: Token) -> int:
    """The first token of the noun phrase headed by ``tok`` (its left modifiers, not relative clauses),
    never reaching back into a dateline the parser attached to it ("KYIV (Reuters) - Russian forces")."""
    i = tok.i
    for c in tok.lefts:
        if c.dep_ in ("relcl", "acl", "advcl", "prep", "punct", "cc", "conj", "mark", "preconj"):
            continue
        other = _misparsed_partner(tok, c)
        if other is not None:  # "Donald Trump and North Korean leader Kim Jong Un": the phrase starts after "and"
            i = min(i, other.left_edge.i)
            break
        i = min(i, c.left_edge.i)
        break
    if i < tok.i and (i == 0 or tok.doc[i].is_sent_start):
        doc = tok.doc
        k = dateline_length(list(doc[i : min(i + 12, tok.i)]))
        if k:
            i += k
            while i < tok.i and (doc[i].is_punct or doc[i].text in _DASHES):
                i += 1  # the dash after the dateline
    return i


def _ent_of(tok: Token) -> Span | None:
    if not tok.ent_type_:
        return None
    return ent_at(tok.doc, tok.i)


def _strip_det(text: str) -> str:
    low = text.lower()
    for det in ("the ", "a ", "an "):
        if low.startswith(det):
            return text[len(det) :]
    return text


def _is_definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _modifier_countries(
    phrase: Span, head: Token, prefer: tuple[str, ...] = (), regions: bool = True
) -> list[str]:
    """Countries named by a phrase's modifiers ("Russian", "Sino-Russian", "China's", "U.S."), also
    through a province, state or region ("Texas police", "Bavarian officials"; a region two countries
    share, "Punjab", only when one of them is in ``prefer``)."""
    out: list[str] = []
    skip = -1
    for t in phrase:
        if t.i <= skip:
            continue
        if t.i == head.i and head.pos_ != "ADJ":
            continue
        if t.dep_ in _SKIP_MOD or t.pos_ in ("DET", "ADP", "PUNCT", "PART", "VERB", "NUM"):
            continue
        if is_backer(t):
            continue  # "Turkish-backed rebels", "Iran-backed militias": the backer, not their country
        if t.text[:1].islower() and t.pos_ != "ADJ":
            continue
        if t.ent_iob_ == "I" and t.ent_type_ == "ORG" and t.pos_ == "ADJ" and t.text[:1].isupper() and (
            c := kb.country(t.text)
        ):  # "The French Navy" (one ORG entity with its article): the demonym inside the name
            if c.cameo not in out:
                out.append(c.cameo)
            continue
        if t.ent_iob_ == "I" and t.ent_type_ == "ORG" and t.i > skip and t.pos_ == "PROPN":
            for n in (3, 2, 1):  # "The U.S. State Department": a country inside an organisation's name
                part = phrase.doc[t.i : t.i + n]
                if part.end <= head.i and all(w.ent_iob_ == "I" for w in part) and (c := kb.country(part.text)):
                    if c.cameo not in out:
                        out.append(c.cameo)
                    skip = part.end - 1
                    break
            continue
        if t.ent_iob_ == "I" and t.ent_type_ in ("GPE", "NORP", "ORG"):
            continue
        codes = kb.compound_demonym(t.text) if "-" in t.text else ()
        if not codes:
            c = None
            region = None
            if t.ent_iob_ == "B":
                ent = _ent_of(t)
                if ent is not None and ent.end - 1 < head.i:
                    c = kb.country(_strip_det(ent.text))
                    if c is None and regions and ent.label_ != "PERSON":  # "New Mexico's chief justice"
                        region = kb.region_country(_strip_det(ent.text), prefer)
                        if region is not None:
                            skip = ent.end - 1
            if c is None and region is None and t.pos_ == "PROPN" and not t.ent_type_:
                for n in (3, 2):  # "a Marshall Islands-flagged tanker": a country's name the NER model missed
                    part = phrase.doc[t.i : t.i + n]
                    if part.end <= head.i and all(w.pos_ == "PROPN" for w in part) and (c := kb.country(part.text)):
                        skip = part.end - 1
                        break
            if c is None and region is None:
                c = kb.country(t.text)
            if (
                regions
                and c is None
                and region is None
                and t.pos_ in ("PROPN", "ADJ")
                and t.i < head.i
                and (t.ent_type_ != "PERSON" or _people_word(head))  # "Crimean Tatars" (NER: a person)
            ):
                region = kb.region_country(t.text, prefer)  # "Texas police", "Bavarian officials"
            if (
                regions
                and c is None
                and region is None
                and t.pos_ == "PROPN"
                and t.i < head.i
                and t.dep_ in ("compound", "nmod")
                and t.ent_type_ != "ORG"
                and not t.text.isupper()  # an acronym ("UN") is no town
                and (t.ent_type_ != "PERSON" or (t.ent_iob_ == "B" and kb.sectors_of(t.head.lemma_.lower())))
                and any(kb.sectors_of(w.lemma_.lower()) for w in phrase if t.i < w.i <= head.i)
            ):  # "Kursk governor", "Odesa mayor", "Zaporizhzhia governor" (which the NER model may call a person)
                region = kb.town_country(t.text, prefer)
            codes = (c.cameo,) if c is not None else (region,) if region is not None else ()
            if (
                not codes
                and t.pos_ in ("ADJ", "PROPN")
                and t.i < head.i
                and t.ent_type_ in ("", "NORP")
                and t.text[:1].isupper()
            ):
                g = kb.group(t.text)  # "Western officials" (WSTGOV), "European peacekeepers", "Arab mediators"
                if g is not None and g.kind == "region":
                    codes = (g.code,)
        for code in codes:
            if code not in out:
                out.append(code)
    return out


_OCCASIONS = frozenset(
    "summit meeting conference session forum ceremony parade celebration gathering talks sidelines margins "
    "visit anniversary congress convention event".split()
)
_MILITARY_POSTS = frozenset("position positions outpost base checkpoint barracks convoy patrol garrison".split())
_WATERS = frozenset("sea ocean strait straits gulf bay river lake channel".split())
_BACKERS = frozenset("back support sponsor fund financ arm train alli align".split())  # stems
_REGION_NOUNS = frozenset(
    "province state region district county oblast prefecture governorate territory department city town".split()
)
_PLACE_PREPS = frozenset("in at near across throughout around inside outside".split())


def _people_word(tok: Token) -> bool:
    """Whether a word names a people or minority ("Tatars", "Uyghurs", "Rohingya")."""
    low = tok.lower_
    return low in PEOPLES or (low.endswith("s") and low[:-1] in PEOPLES)


def is_backer(tok: Token) -> bool:
    """Whether a name is the backer in a compound like "Turkish-backed rebels" ("Iran-backed militias",
    "Russian-supported separatists"): it says who supports the actor, not the actor's country."""
    head = tok.head
    if tok.dep_ == "npadvmod" and _backing(head):
        return True
    doc = tok.doc  # the parser may attach the name elsewhere: "The UN-backed government"
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and _backing(doc[tok.i + 2])


def _backing(tok: Token) -> bool:
    return tok.lemma_.lower() in _BACKERS or tok.lower_.removesuffix("ed") in _BACKERS


# Verbs and nouns whose object is a place gone to or struck ("visited Kyiv", "shelled Kharkiv", "a trip to
# Beijing", "air strikes on Sanaa"); their capital is the city, not the government.
_REACHING = frozenset(
    "visit tour travel fly go arrive return come head trip journey shell bomb bombard strike hit attack raid "
    "capture seize besiege storm enter reach pound target encircle occupy liberate march advance assault "
    "bombing shelling airstrike offensive".split()
)


def _place_reached(tok: Token) -> bool:
    """Whether a capital is the place an act reaches ("visited Kyiv", "flew to Beijing", "air strikes on
    the Yemeni capital Sanaa") rather than the government it may stand for ("sanctions on Moscow")."""
    if tok.dep_ == "appos":
        tok = tok.head
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in _REACHING
    if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "on", "into", "toward", "towards"):
        return tok.head.head.lemma_.lower() in _REACHING
    return False


def _role_or_region(tok: Token) -> bool:
    """Whether a noun is a role ("police", "governor") or a region's ("state", "province")."""
    low = tok.lemma_.lower()
    return low in _REGION_NOUNS or bool(kb.sectors_of(low))


def _owner_place(tok: Token) -> bool:
    """Whether a place is the one of an office ("the governor of Laghman province", "the mayor of Kharkiv"):
    it says whose the office is, and is no actor of its own."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and bool(kb.sectors_of(tok.head.head.lemma_.lower()))


def _in_place(tok: Token) -> bool:
    """Whether a name is the object of a locative preposition ("in Nairobi"), i.e. a place."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS


# Nouns naming the other side of a relation: "X's critics" or "X's donors" are other parties than X.
_RELATIONAL = frozenset(
    "critic opponent detractor rival enemy foe adversary donor creditor neighbour neighbor challenger "
    "accuser victim".split()
)


def _group_named(g: object, ent: Span) -> bool:
    """An entity NER called a person that is exactly an armed group's or organisation's name ("the Houthis",
    "Boko Haram"): the group, unless it is a single word that may be a surname."""
    kind = getattr(g, "kind", "")
    if kind not in ("armed", "igo", "ngo"):
        return False
    found = kb.group(_strip_det(ent.text))
    return found is g and (len(ent) > 1 or ent.text.endswith("s") or ent.text.isupper())
