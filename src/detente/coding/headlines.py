"""Title-case headlines ("Russia Expels Two British Diplomats"): the tagger reads every capitalised word as a
proper noun, so the verb is lost. Such a sentence is re-cased (common words lower-cased, names kept) and
parsed again; the events coded on that parse are moved back onto the original text (same length, same
offsets)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from detente.coding import kb
from detente.coding import lexicon as lx
from detente.coding.fallback import MAX_CONFIDENCE
from detente.model import ActorRef, CodedEvent

Reparse = Callable[[str], Doc]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_SHORT = 3  # function words up to this length may stay lower-case in a title-case headline
_HEADLINE_WORDS = frozenset(
    "new fresh further more major key top first last latest former big huge deadly possible early late joint "
    "military nuclear economic political foreign domestic national international regional local global "
    "rival rebel opposition ruling government officials leaders people troops forces police army navy "
    "country countries nations state states border borders capital city town village region president "
    "minister ministers chief head spokesman counterpart counterparts crisis war peace deal deals plan plans "
    "talks vote election "
    "elections law laws bill rights power oil gas trade aid arms weapons missile missiles drone drones "
    "over amid after before despite against toward towards near across within without "
    "strong full firm renewed deep serious grave sharp heavy massive large small rare historic official formal "
    "immediate urgent humanitarian financial diplomatic emergency special senior possible initial final".split()
)
_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds thousand "
    "thousands million millions billion billions".split()
)


def is_title_case(sent: Span) -> bool:
    """Whether every longer content word of the sentence is capitalised (a headline), with at least three of them and
    at least one verb of the coder's lexicon (not a caption made of names and titles only)."""
    words = [  # not the second half of a hyphenated word ("Anti-homosexuality", "Two-month")
        t.text for t in sent if t.is_alpha and not (t.i > 1 and t.nbor(-1).text == "-" and not t.nbor(-2).whitespace_)
    ]
    # function words may stay lower-case whatever their length ("Macron Holds Talks with Scholz")
    long_words = [w for w in words if len(w) > _SHORT and w.lower() not in STOP_WORDS]
    if len(long_words) < 3 or any(w[0].islower() for w in long_words):
        return False
    if sum(1 for w in long_words if w.isupper()) > len(long_words) // 2:  # ALL CAPS, acronyms
        return False
    return any(_common(w) and _verbal(w) for w in words)


def headline_line(sents: list[Span], i: int) -> tuple[Span, int]:
    """Sentence ``i`` joined with the sentences the parser split off the same unpunctuated line ("Chinese
    Foreign Minister Met | His Pakistani Counterpart in Islamabad": a capitalised "His" taken for a sentence
    start), and how many sentences it spans."""
    doc = sents[i].doc
    end = i
    while end + 1 < len(sents):
        last = sents[end][-1]
        gap = doc.text[sents[end].end_char : sents[end + 1].start_char]
        if last.text in _LINE_ENDS or "\n" in gap or "\n" in last.text:
            break
        end += 1
    if end == i:
        return sents[i], 1
    return doc[sents[i].start : sents[end].end], end - i + 1


_LINE_ENDS = frozenset(".!?:;\"”")


def _verbal(word: str) -> bool:
    low = word.lower()
    return any(stem in _verb_words() for stem in _stems(low)) and not kb.role(low)[0]


@lru_cache(maxsize=20000)
def _common(word: str) -> bool:
    """A capitalised word that a running text would write in lower case: a function word, a number, a word
    of the coder's lexicon or a role word; never a country, demonym or group name."""
    low = word.lower()
    if word.isupper() and len(word) > 1:  # "US", "UN", "EU": acronyms are names
        return False
    if low in STOP_WORDS or low in _NUMBERS or low in _HEADLINE_WORDS:
        return True
    if kb.country(word) or kb.group(word):
        return False
    for stem in _stems(low):
        if stem in _lexicon_words():
            return True
    return bool(kb.sectors_of(low) or kb.role(low)[0])


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    """Inflected verb forms and their lemmas from the spaCy model's own exception table ("held" -> "hold",
    "banned" -> "ban"), or nothing when the model has none."""
    try:
        from detente.nlp.load import get_nlp

        lemmatizer: Any = get_nlp().get_pipe("lemmatizer")
        verbs = lemmatizer.lookups.get_table("lemma_exc")["verb"]
    except (AttributeError, KeyError, ValueError, RuntimeError, OSError):
        return {}
    return {form: lemmas[0] for form, lemmas in verbs.items() if lemmas}


def _stems(low: str) -> list[str]:
    out = [low]
    lemma = _irregular().get(low)
    if lemma:
        out.append(lemma)
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
                         ("ing", "e")):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            out.append(low[: -len(suffix)] + repl)
    return out


# verbs coded by rules rather than by the lexicon's tables ("branded X a liar", "seized the town")
_RULE_VERBS = lx.LABEL_VERBS | lx.TAKE_VERBS | lx.PRESSURE_VERBS | lx.STOP_VERBS | lx.EASE_VERBS | lx.GATHER_VERBS


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    words: set[str] = set(lx.VERBS) | set(lx.FRAME_VERBS) | set(lx.LIGHT_VERBS) | set(lx.PASS_VERBS)
    words |= set(lx.GIVING_VERBS) | {"say", "tell", "warn", "vow", "urge"}
    words |= _RULE_VERBS
    words |= {k.split()[0] for k in lx.PHRASAL} | {v for v, _ in lx.VERB_OBJ} | {t[0] for t in lx.VERB_PREP_OBJ}
    return frozenset(w for w in words if w.isalpha())


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    words: set[str] = set(lx.VERBS) | set(lx.NOUNS) | set(lx.FRAME_VERBS) | set(lx.LIGHT_VERBS)
    words |= set(lx.PASS_VERBS) | set(lx.GIVING_VERBS) | _RULE_VERBS
    for key in list(lx.PHRASAL) + list(lx.COMPOUND_NOUNS):
        words.update(key.replace("_", " ").split())
    for pair in lx.VERB_OBJ:
        for part in pair:
            words.update(part.replace("_", " ").split())
    for triple in lx.VERB_PREP_OBJ:
        words.update(triple[0].replace("_", " ").split())
        words.add(triple[2])
    return frozenset(w for w in words if w.isalpha())


def recase(text: str) -> str:
    """The headline with its common words lower-cased, the sentence's first letter kept (same length); the words
    of a known group's name stay as they are ("Revolutionary Guards", "Red Cross", "Security Council")."""
    words = list(_WORD.finditer(text))
    kept, roles = _named_groups(text, words), _role_phrases(text, words)
    out = _WORD.sub(
        lambda m: m.group().lower()
        if (_common(m.group()) or m.start() in roles) and m.start() not in kept
        else m.group(),
        text,
    )
    return out[:1].upper() + out[1:]


def _role_pair(first: str, second: str) -> bool:
    """Two words that make one role phrase as a whole ("coast guard", "border guards")."""
    pair = f"{first.lower()} {second.lower()}"
    return kb.role(pair)[0] == pair


def _role_phrases(text: str, words: list[re.Match[str]]) -> set[int]:
    """Start offsets of the words of two-word role phrases ("Coast Guard", "Border Guards"), lower-cased together."""
    out: set[int] = set()
    for a, b in zip(words, words[1:], strict=False):
        if text[a.end() : b.start()] == " " and _role_pair(a.group(), b.group()):
            out.update((a.start(), b.start()))
    return out


def _named_groups(text: str, words: list[re.Match[str]]) -> set[int]:
    """Start offsets of the words of known group names (two to four capitalised words) in ``text``."""
    kept: set[int] = set()
    for i in range(len(words)):
        for n in (4, 3, 2):
            window = words[i : i + n]
            if len(window) < n or not all(w.group()[:1].isupper() for w in window):
                continue
            if any(text[a.end() : b.start()] != " " for a, b in zip(window, window[1:], strict=False)):
                continue
            name = " ".join(w.group() for w in window)
            if kb.group(name) is not None or kb.country(name):  # "Red Cross", "United States"
                kept.update(w.start() for w in window)
                break
    return kept


def headline_events(
    sent: Span, reparse: Reparse, code: Callable[[Doc], list[CodedEvent]], text: str, si: int
) -> list[CodedEvent]:
    """The events of a title-case sentence coded on its re-cased parse, moved back onto the document.

    When that parse codes nothing on the headline's present-tense verb, the verb is put in the past tense and
    the sentence parsed once more ("Zelensky appeals to Western allies", read as a compound noun, becomes
    "Zelensky appealed to Western allies"); that parse is kept when it codes the verb (or the first coded
    nothing), and the offsets after the verb are moved back by the change in length.
    """
    original = text[sent.start_char : sent.end_char]
    recased = recase(original)
    parsed = reparse(recased)
    found = code(parsed)
    edit: tuple[int, int, int] | None = None  # (start, old end, new length) of the rewritten verb
    past = _past_tense_variant(recased)
    sure = [ev for ev in found if ev.confidence > MAX_CONFIDENCE]  # not the learned fallback's guesses
    if past is not None and (
        not sure
        or not any(t.pos_ in ("VERB", "AUX") for t in parsed)
        or not any(ev.trigger_start == past[1][0] for ev in sure)
    ):
        # nothing coded, no verb at all in the parse ("U.S. lifts travel ban to Lebanon": "U.S. lifts" read as a
        # name), or the headline's verb not coded ("Thai junta lifts ban on parties": only the ban)
        rewritten, at = past
        again = code(reparse(rewritten))
        if not sure or any(ev.trigger_start == at[0] for ev in again):
            found, edit = again, at
    return moved_events(found, sent, text, si, edit)


def moved_events(
    found: list[CodedEvent], sent: Span, text: str, si: int, edit: tuple[int, int, int] | None
) -> list[CodedEvent]:
    """Events coded on a rewritten copy of ``sent`` moved back onto the document: ``edit`` is (start, old end,
    new length) of the one rewritten stretch, offsets relative to the sentence (None: same length)."""
    original = text[sent.start_char : sent.end_char]
    off = sent.start_char

    def back(i: int) -> int:  # an offset of the rewritten sentence on the original
        if edit is None:
            return i
        start, old_end, new_len = edit
        if i <= start:
            return i
        if i >= start + new_len:
            return i - new_len + (old_end - start)
        return min(i, old_end)

    out = []
    for ev in found:
        t_start, t_end = back(ev.trigger_start), back(ev.trigger_end)
        out.append(
            replace(
                ev,
                source=_shift(_moved(ev.source, back), off, text),
                target=_shift(_moved(ev.target, back), off, text) if ev.target is not None else None,
                trigger=original[t_start:t_end],
                trigger_start=t_start + off,
                trigger_end=t_end + off,
                sentence=original,
                sentence_index=si,
                sentence_start=off,
                id="",
            )
        )
    return out


def _moved(a: ActorRef, back: Callable[[int], int]) -> ActorRef:
    if a.start < 0:
        return a
    return replace(a, start=back(a.start), end=back(a.end))


def _past_tense_variant(recased: str) -> tuple[str, tuple[int, int, int]] | None:
    """The re-cased headline with its first present-tense verb of the lexicon ("appeals", "airlifts") in the
    past tense, and where the change is, or None."""
    matches = list(_WORD.finditer(recased))
    for k, m in enumerate(matches):
        word = m.group()
        if m.start() == 0 or not word.islower() or not word.endswith("s") or len(word) < 4:
            continue
        lemma = _present_lemma(word)
        if lemma is None:
            continue
        nxt = matches[k + 1].group().lower() if k + 1 < len(matches) else ""
        role = kb.sectors_of(word) or (k > 0 and _role_pair(matches[k - 1].group(), word))  # "border guards"
        if (role or not _verbal(word)) and (
            nxt.endswith("ed") or (nxt in _irregular() and _irregular()[nxt] != nxt and not nxt.endswith("s"))
        ):
            continue  # "Security forces fired ...": the subject's plural noun, its verb after it (not "Red Cross
            # evacuates wounded civilians": a verb before a participle)
        if role and nxt in _verb_words() and matches[k + 1].group().islower():  # also "border guards open fire"
            after = matches[k + 1]  # "Security forces fire tear gas", "Russian forces shell Kharkiv": the
            past = _past_of(nxt)  # subject's plural noun, its plural verb after it
            return recased[: after.start()] + past + recased[after.end() :], (after.start(), after.end(), len(past))
        past = _past_of(lemma)
        return recased[: m.start()] + past + recased[m.end() :], (m.start(), m.end(), len(past))
    for k, m in enumerate(matches[1:], start=1):  # "Police in Harare arrest opposition leader": a plural subject's
        word, before = m.group(), matches[k - 1].group()  # verb in its base form, after a name or a plural
        if not word.islower() or word not in _verb_words() or word in STOP_WORDS or len(word) < 3:
            continue
        if before.lower() in _NOT_BEFORE_VERB or not (before[:1].isupper() or before.endswith("s")):
            continue
        past = _past_of(word)
        return recased[: m.start()] + past + recased[m.end() :], (m.start(), m.end(), len(past))
    return None


# words after which a base form is a noun or an infinitive, not the headline's verb ("to free", "the march")
_NOT_BEFORE_VERB = frozenset(STOP_WORDS) | {"its", "his", "her", "their"}


def _present_lemma(word: str) -> str | None:
    known = _verb_words()
    for stem in (word[:-3] + "y" if word.endswith("ies") else "", word[:-2] if word.endswith("es") else "",
                 word[:-1]):
        if stem and stem in known:
            return stem
    return None


@lru_cache(maxsize=1)
def _past_forms() -> dict[str, str]:
    """lemma -> an irregular past form from the model's exception table ("hold" -> "held")."""
    out: dict[str, str] = {}
    for form, lemma in _irregular().items():
        if not form.endswith(("ing", "s")) and form != lemma and lemma not in out:
            out[lemma] = form
    return out


def _past_of(lemma: str) -> str:
    irregular = _past_forms().get(lemma)
    if irregular:
        return irregular
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _shift(a: ActorRef, off: int, text: str) -> ActorRef:
    if a.start < 0:
        return a
    return replace(a, text=text[a.start + off : a.end + off], start=a.start + off, end=a.end + off)
