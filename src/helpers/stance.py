"""Stance toward the blocking orders: favor / against / neutral, with the cues that decided it.

In: sentences with their side (from ``helpers.actors``). Out: per sentence ``stance``,
``stance_score`` and ``stance_cues``; per statement the same, aggregated.

The method is a small additive model with three classes. Each class starts from the
prior of the speaker's side (``data/lexicons/stance_priors.csv``: in these disputes the
state usually speaks for its orders, a platform reports or refuses, and outside voices
are quoted mostly as critics), then every cue found adds its weight to the class it points
to (``data/lexicons/stance_cues.csv``). A cue may be restricted to the sides that say it
(a row for a side overrides the row for any side); it carries the stance it takes when
negated ("will not block", "has not complied"): a negator from
``data/lexicons/negators.txt`` up to ``NEGATION_WINDOW`` words before the cue, in the same
clause, turns it. A neutral cue with weight 0 only masks the shorter cues inside it
("ordered to block" is the demand, not the platform blocking); with a positive weight it
is evidence for neutral (procedure, reporting). A sentence with evidence both ways leans
to neutral by the smaller side of the evidence (the guidelines' "both ways"). The class
with the highest total wins (ties go to neutral). The journalist's own sentences
(narrator) are neutral: stance is for statements. An outside voice that only relays facts (an
unnamed source, or an observer: analysts, experts, engineers) starts from the priors of
``source``; the role is read from the speaker's name or from where the article introduces the
speaker ("said Ana Costa, a market analyst", "two lawyers familiar with its thinking"), so every
sentence of that speaker is scored so; beside the learned model, such a speaker's sentence without a
cue votes neutral as a neutral cue would (``with_model``: the model reads words only, not the speaker's
role). A sentence that only introduces a block quote ("The operative part of the notice reads:", "The
judge wrote:") and has no cue is neutral.

``stance_score`` is signed: the winning margin, > 0 favor, < 0 against, 0 neutral.

Speed (same results as trying every cue's regex on every sentence): a cue is tried only
when the sentence holds the word run its regex needs (``cue_condition``, ``CueIndex``, which
remembers per whitespace token the cues it can start: a bounded cache keyed on word forms,
not on texts); a cue regex starting with a word looks for that word before testing the word
boundary; a negator is looked for only when one of its literals is in the window.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import paths, stance_model
from .text import read_word_list

STANCES = ("favor", "against", "neutral")
SIDES = ("government", "platform", "other", "narrator")
PRIOR_SIDES = (*SIDES, "source")  # anonymous sources relay facts: their own priors
OBSERVER_KINDS = ("observer", "observer_clause", "source_phrase", "rival")


@lru_cache(maxsize=1)
def observer_words(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Read ``observer_roles.csv`` (word, kind, reason): kind → words, longest first.

    observer: role nouns of observers ("analyst", "professor"), plural by an optional "s"; observer_clause: the verb
    of a relative clause that gives the role ("who teaches ..."); source_phrase: what follows an unnamed source
    ("familiar with"); rival: what introduces a third company ("rival service X").
    """
    path = path or paths.LEXICONS / "observer_roles.csv"
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as err:
        raise LexiconError(f"{path}: not a readable CSV ({str(err).splitlines()[-1]})") from None
    missing = {"word", "kind"} - set(frame.columns)
    if missing:
        raise LexiconError(f"{path}: missing column(s) {sorted(missing)}")
    out: dict[str, list[str]] = {k: [] for k in OBSERVER_KINDS}
    for i, row in enumerate(frame.to_dict("records")):
        if row["kind"] not in out or not row["word"].strip():
            raise LexiconError(f"{path}: row {i + 2}: kind {row['kind']!r} is not one of {OBSERVER_KINDS} or the word is empty")
        out[row["kind"]].append(row["word"].strip().lower())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!x)x"


@lru_cache(maxsize=1)
def observer_regexes() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Return (SOURCE_SPEAKER, OBSERVER_SPEAKER, OBSERVER_ROLE, SOURCE_ROLE, RIVAL_ROLE) built from the lexicon.

    SOURCE_SPEAKER: "people familiar with the matter", "one of the people", "sources": unnamed sources relay what
    happened; they are not the critics an outside voice usually is. OBSERVER_SPEAKER: "analysts", "legal experts",
    "a law professor": observers describe consequences and procedure (GUIDELINES_ADDENDUM.md). OBSERVER_ROLE: the
    same roles in an apposition or a relative clause after the speaker's name elsewhere in the article ("said Paulo
    Ribeiro, a São Paulo-based media analyst", "Dr. Hana Okoro, who teaches constitutional law"). SOURCE_ROLE: "two
    lawyers familiar with its thinking" (the words between are the role). RIVAL_ROLE: "Rival service Bluesky said".
    """
    words = observer_words()
    sources = _alt(words["source_phrase"])
    source_speaker = re.compile(r"^(?:(?:the|a|an|one|some|two|three|several|of|the)\s+)*(?:people|persons?|sources?)\b"
                                rf"|\b(?:{sources})\b", re.IGNORECASE)
    nouns = rf"\b(?:{_alt(words['observer'])})s?\b"
    observer_speaker = re.compile(nouns, re.IGNORECASE)
    observer_role = re.compile(r",\s+(?:(?:an?|the|one|two|three|several)\s+[^,;:.()“”\"]{0,60}?" + nouns
                               + rf"|who\s+(?:{_alt(words['observer_clause'])})\b)", re.IGNORECASE)
    source_role = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:{sources})\b", re.IGNORECASE)
    rival_role = re.compile(rf"\b(?:{_alt(words['rival'])})\s+(?:[\w-]+\s+){{0,2}}?(?:platforms?|services?|apps?|"
                            r"compan(?:y|ies)|firms?),?\s+$", re.IGNORECASE)
    return source_speaker, observer_speaker, observer_role, source_role, rival_role


NEGATION_WINDOW = 4
CLAUSE_BREAK = re.compile(r"[,;:.!?()“”\"]|\b(?:but|however|although|though|while|whereas)\b")
WORD = re.compile(r"[\w'’-]+")
RUN = re.compile(r"\w+")


class LexiconError(ValueError):
    """A stance-cue or prior row that cannot be used; the message names the file and the row."""


@dataclass(frozen=True)
class Cue:
    """One stance cue: its pattern, stance, weight, sides, and stance when negated."""

    cue: str
    pattern: re.Pattern
    stance: str
    weight: float
    sides: frozenset[str]
    negated: str
    has_negator: bool

    @property
    def mask_only(self) -> bool:
        """True for a neutral cue of weight 0: it only hides the shorter cues inside it."""
        return self.stance == "neutral" and self.weight == 0


def cue_pattern(cue: str) -> re.Pattern:
    """Compile a cue: words in order; a trailing '*' allows any ending, a lone '*' any one word.

    The cue matches whole words: no word character or hyphen just before or after it. When
    the cue starts with a literal, that test comes after the literal (``block(?<![\\w-]block)``,
    the same matches), so that the regex engine can search for the literal quickly.
    """
    words = cue.lower().split()
    literal_first = bool(words[0].rstrip("*"))  # not a lone '*'
    parts = []
    for k, word in enumerate(words):
        if word == "*":
            parts.append(r"[\w'-]+")
            continue
        stem = re.escape(word.rstrip("*"))
        if k == 0 and literal_first:
            stem = rf"{stem}(?<![\w-]{stem})"
        parts.append(stem + (r"[\w-]*" if word.endswith("*") else ""))
    return re.compile(("" if literal_first else r"(?<![\w-])") + r"\s+".join(parts) + r"(?![\w-])")


def opposite(stance: str) -> str:
    """Return the opposite stance (neutral stays neutral)."""
    return {"favor": "against", "against": "favor"}.get(stance, "neutral")


@lru_cache(maxsize=1)
def negators() -> tuple[str, ...]:
    """Return the negators, longest first."""
    return tuple(sorted({w.lower() for w in read_word_list("negators.txt")}, key=len, reverse=True))


@lru_cache(maxsize=1)
def negator_regex() -> re.Pattern:
    """Return a regex matching any negator (or a word ending in n't)."""
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in negators() if n != "n't")
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])|\w+n't\b")


def read_cues(path: Path | None = None) -> list[Cue]:
    """Read the stance cues; raise naming the file and row for a bad one."""
    path = path or paths.LEXICONS / "stance_cues.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, comment=None)
    missing = {"cue", "stance", "weight", "sides"} - set(frame.columns)
    if missing:
        raise LexiconError(f"{path}: missing column(s) {sorted(missing)}")
    out = []
    for i, row in enumerate(frame.to_dict("records")):
        where = f"{path}: row {i + 2}"
        if row["stance"] not in STANCES:
            raise LexiconError(f"{where}: stance must be one of {STANCES}, not {row['stance']!r}")
        try:
            weight = float(row["weight"])
        except ValueError:
            raise LexiconError(f"{where}: weight {row['weight']!r} is not a number") from None
        sides = frozenset() if row["sides"] in ("", "any") else frozenset(row["sides"].split("|"))
        if sides - set(SIDES) or not row["cue"].strip() or weight < 0 or (weight == 0 and row["stance"] != "neutral"):
            raise LexiconError(f"{where}: need a cue, sides from {SIDES} or 'any', and a positive weight "
                               "(0 only for a neutral cue, which then only masks shorter cues inside it)")
        negated = row.get("negated", "") or opposite(row["stance"])
        if negated not in STANCES:
            raise LexiconError(f"{where}: negated must be one of {STANCES}, not {negated!r}")
        text = row["cue"].strip().lower()
        out.append(Cue(text, cue_pattern(text), row["stance"], weight, sides, negated,
                       bool(negator_regex().search(text))))
    return out


def read_priors(path: Path | None = None) -> dict[str, dict[str, float]]:
    """Read the side priors (side, stance, weight, reason): side → stance → prior weight."""
    path = path or paths.LEXICONS / "stance_priors.csv"
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"side", "stance", "weight", "reason"} - set(frame.columns)
    if missing:
        raise LexiconError(f"{path}: missing column(s) {sorted(missing)}")
    out: dict[str, dict[str, float]] = {s: dict.fromkeys(STANCES, 0.0) for s in PRIOR_SIDES}
    for i, row in enumerate(frame.to_dict("records")):
        where = f"{path}: row {i + 2}"
        try:
            weight = float(row["weight"])
        except ValueError:
            raise LexiconError(f"{where}: weight {row['weight']!r} is not a number") from None
        if row["side"] not in PRIOR_SIDES or row["stance"] not in STANCES or weight < 0 or not row["reason"].strip():
            raise LexiconError(f"{where}: need a side from {PRIOR_SIDES}, a stance from {STANCES}, "
                               "a weight >= 0 and a reason")
        out[row["side"]][row["stance"]] = weight
    return out


@lru_cache(maxsize=1)
def cues() -> list[Cue]:
    """Return the project's stance cues (cached)."""
    return read_cues()


@lru_cache(maxsize=1)
def priors() -> dict[str, dict[str, float]]:
    """Return the project's side priors (cached)."""
    return read_priors()


@lru_cache(maxsize=8)
def cues_for(side: str) -> tuple[Cue, ...]:
    """Return the cues that apply to ``side``: a side's own row overrides the 'any' row of a cue."""
    own = {c.cue for c in cues() if side in c.sides}
    return tuple(c for c in cues() if side in c.sides or (not c.sides and c.cue not in own))


PREFIX = 3  # a star word's stem is looked up by its first PREFIX characters


def cue_runs(cue: str) -> tuple[list[str], list[str]]:
    """The word runs (``\\w+``) of a cue's words: (those that match a whole word run of the text, those that only
    begin one: the last run of each starred stem)."""
    whole, begins = [], []
    for word in cue.lower().split():
        if word == "*":
            continue
        runs = RUN.findall(word.rstrip("*"))
        if word.endswith("*") and runs and word.rstrip("*").endswith(runs[-1]):
            begins.append(runs.pop())
        whole.extend(runs)
    return whole, begins


def cue_condition(cue: str) -> tuple[str, str] | None:
    """Return what a text must hold for ``cue`` to match: ("run", r) or ("prefix", p), or None (always try).

    A cue's words match whole (see ``cue_pattern``), so each word run (``\\w+``) of a plain word
    is a whole word run of the lower-cased text, and so is each run of a starred stem
    ("censor*") but its last, which only begins one. The longest whole run is used; else the
    first ``PREFIX`` characters of the longest stem-ending run (if it has that many).
    """
    whole, begins = cue_runs(cue)
    if whole:
        return "run", max(whole, key=len)
    longest = max(begins, key=len, default="")
    return ("prefix", longest[:PREFIX]) if len(longest) >= PREFIX else None


def cue_key(cue: str) -> tuple[str, str] | None:
    """What ``CueIndex`` looks ``cue`` up by: ("run", r), a word run of the text equal to r; ("stem", s), a word
    run that begins with s; None: try it on every text.

    Both are necessary for a match (see ``cue_condition``); the longer is the more telling, so the longest
    whole run is used unless a stem of the cue is longer ("welcome* the ban" is looked for by a run that
    begins with "welcome", not by "the"); a stem shorter than ``PREFIX`` characters is not used.
    """
    whole, begins = cue_runs(cue)
    run = max(whole, key=len, default="")
    stem = max(begins, key=len, default="")
    if len(stem) >= PREFIX and len(stem) > len(run):
        return "stem", stem
    return ("run", run) if run else None


TOKEN_CACHE_SIZE = 200_000


class CueIndex(dict):
    """The cues of one side, indexed by what a text must hold for each to match (see ``cue_condition``).

    As a dict it remembers, per whitespace token of a lower-cased text, the cues whose condition
    one of the token's word runs meets (word forms repeat in any text, so this is filled quickly;
    it is emptied when it reaches ``TOKEN_CACHE_SIZE`` tokens). Word runs never cross whitespace,
    so the tokens' cues together are the text's.
    """

    def __init__(self, cues: tuple[Cue, ...]) -> None:
        """Index ``cues`` (in lexicon order) by their condition."""
        super().__init__()
        self.cues = cues
        self.by_run: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[tuple[int, str]]] = {}  # a stem's first PREFIX characters -> (cue, stem)
        always = []
        for k, cue in enumerate(cues):
            key = cue_key(cue.cue)
            if key is None:
                always.append(k)
            elif key[0] == "run":
                self.by_run.setdefault(key[1], []).append(k)
            else:
                self.by_prefix.setdefault(key[1][:PREFIX], []).append((k, key[1]))
        self.always = frozenset(always)

    def __missing__(self, tok: str) -> tuple[int, ...]:
        """Return (and remember) the positions of the cues whose condition a run of ``tok`` meets."""
        if len(self) >= TOKEN_CACHE_SIZE:
            self.clear()
        found = []
        for run in RUN.findall(tok):
            found.extend(self.by_run.get(run, ()))
            found.extend(k for k, stem in self.by_prefix.get(run[:PREFIX], ()) if run.startswith(stem))
        self[tok] = out = tuple(found)
        return out

    def candidates(self, low: str) -> list[Cue]:
        """Return, in lexicon order, the cues that may match the lower-cased text ``low`` (a superset)."""
        found = list(filter(None, map(self.__getitem__, low.split())))
        keys = self.always.union(*found) if found else self.always
        return [self.cues[k] for k in sorted(keys)]


@lru_cache(maxsize=8)
def cue_index(side: str) -> CueIndex:
    """Return the index of the cues that apply to ``side``."""
    return CueIndex(cues_for(side))


@lru_cache(maxsize=1)
def negator_keys() -> tuple[str, ...]:
    """Return literals of which every negator match holds one ("no" for not, nor, cannot; "n't")."""
    firsts = {n.split()[0] for n in negators()} | {"n't"}
    return tuple(sorted(k for k in firsts if not any(o != k and o in k for o in firsts)))


def negated(low: str, start: int) -> bool:
    """True when a negator stands up to NEGATION_WINDOW words before ``start`` in the same clause."""
    window = low[max(0, start - 60):start]
    if not any(map(window.__contains__, negator_keys())):
        return False  # no negator can match: the same answer, sooner
    breaks = list(CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    words = WORD.findall(window)[-NEGATION_WINDOW:]
    return bool(negator_regex().search(" ".join(words)))


def evidence(text: str, side: str) -> tuple[dict[str, float], list[str]]:
    """Return the cue weight found for each stance and the cues ('not ' marks a negated cue)."""
    low = text.lower().replace("’", "'")
    hits = []
    for cue in cue_index(side).candidates(low):
        for m in cue.pattern.finditer(low):
            hits.append((m.start(), m.end(), cue))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0], h[2].cue))
    taken: list[tuple[int, int]] = []
    weights = dict.fromkeys(STANCES, 0.0)
    found = []
    for start, end, cue in hits:
        if any(start < e and end > s for s, e in taken):
            continue
        taken.append((start, end))
        if cue.mask_only:
            continue
        flip = not cue.has_negator and negated(low, start)
        weights[cue.negated if flip else cue.stance] += cue.weight
        found.append((start, ("not " if flip else "") + low[start:end]))
    return weights, [c for _, c in sorted(found)]


def decide(weights: dict[str, float], side: str, prior_side: str = "") -> float:
    """Combine the side prior and the cue evidence; return the signed winning margin (0: neutral)."""
    prior = priors().get(prior_side or side, priors()["other"])
    total = {s: prior[s] + weights[s] for s in STANCES}
    total["neutral"] += min(weights["favor"], weights["against"])  # evidence both ways
    best = max(total.values())
    if total["neutral"] >= best or total["favor"] == total["against"]:
        return 0.0
    if total["favor"] == best:
        return round(best - max(total["against"], total["neutral"]), 6)
    return -round(best - max(total["favor"], total["neutral"]), 6)


def relay_speakers(texts: list[str], speakers: list[str], sides: list[str]) -> set[str]:
    """Return the speakers of side other whom the text itself describes as observers or unnamed sources.

    The speaker's name (from ``helpers.actors``) is followed somewhere in ``texts`` (one article's
    sentences) by an apposition naming an observer's role (``OBSERVER_ROLE``: "Paulo Ribeiro, a
    São Paulo-based media analyst") or by "familiar with" / "briefed on" within three words
    (``SOURCE_ROLE``: "Two lawyers familiar with its thinking"), or is introduced as a rival company
    (``RIVAL_ROLE``: "Rival service Bluesky said"). Every sentence of such a speaker is
    scored as an observer's or a source's (``score_sentence``), also the quoted ones that do not name
    the role (GUIDELINES_ADDENDUM.md: observers' stance needs a cue).
    """
    names = {w for w, s in zip(speakers, sides) if s == "other" and len(w) > 1}
    if not names:
        return set()
    _, _, OBSERVER_ROLE, SOURCE_ROLE, RIVAL_ROLE = observer_regexes()
    found = set()
    for name in names:
        for text in texts:
            if name not in text:
                continue
            if any(OBSERVER_ROLE.match(text, end) or SOURCE_ROLE.match(text, end)
                   or RIVAL_ROLE.search(text, max(0, start - 60), start) for start, end in name_spans(text, name)):
                found.add(name)
                break
    return found


WORD_OR_HYPHEN = re.compile(r"[\w-]")


def name_spans(text: str, name: str):
    """Yield (start, end) of each match of ``(?<![\\w-])NAME(?![\\w-])`` (``name`` escaped) in ``text``, as
    ``finditer`` finds them, by ``str.find`` and a look at the character on either side: no pattern compiled per
    name and article (``relay_speakers`` asked for one per speaker of side other, twice per article: session 29;
    ``tests/test_speed5.py`` compares the two forms). ``name`` is not empty."""
    n, i = len(name), text.find(name)
    while i >= 0:
        end = i + n
        if (i == 0 or WORD_OR_HYPHEN.match(text, i - 1) is None) and WORD_OR_HYPHEN.match(text, end) is None:
            yield i, end
            i = text.find(name, end)  # finditer goes on from the match's end
        else:
            i = text.find(name, i + 1)


def score_sentence(text: str, side: str, speaker: str = "", relay: bool = False) -> tuple[float, list[str]]:
    """Return the signed stance score of one sentence and the cues found ('not ' marks a negated cue).

    An unnamed source ("people familiar with the matter", speaker from ``helpers.actors``) or an observer
    ("analysts", "legal experts") of side other is scored with the priors of ``source`` in stance_priors.csv:
    it relays facts. ``relay``: the article describes the speaker so (``relay_speakers``).
    """
    if side == "narrator":
        return 0.0, []
    weights, found = evidence(text, side)
    if not found and text.rstrip().endswith(":"):
        return 0.0, []  # "The notice reads:", "The judge wrote:": an introduction; the stance is in the block it opens
    return decide(weights, side, "source" if relays_facts(side, speaker, relay) else ""), found


def relays_facts(side: str, speaker: str = "", relay: bool = False) -> bool:
    """True for a speaker of side other who relays facts: an unnamed source or an observer, named so
    (``SOURCE_SPEAKER``, ``OBSERVER_SPEAKER``) or described so by the article (``relay``, ``relay_speakers``)."""
    if side != "other":
        return False
    SOURCE_SPEAKER, OBSERVER_SPEAKER = observer_regexes()[:2]
    return relay or bool(speaker) and (SOURCE_SPEAKER.search(speaker) is not None
                                       or OBSERVER_SPEAKER.search(speaker) is not None)


def label(score: float) -> str:
    """Map a stance score to favor / against / neutral."""
    return "favor" if score > 0 else "against" if score < 0 else "neutral"


def _speaker(value) -> str:
    """A speaker cell as text ('' for a missing one), as ``fillna('').astype(str)`` gives it."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def lead_in(text: str) -> bool:
    """A colon lead-in ("The ministry said in a statement:", "The judge did not mince words:"): its stance is
    neutral whatever its words (GUIDELINES_ADDENDUM.md, "Stance of a colon lead-in"; 112 of the 117 labelled
    sentences ending in a colon are neutral): the stance is the quotation's it opens."""
    return text.rstrip().endswith(":")


def score_columns(sents: dict[str, list]) -> dict[str, list]:
    """Return the sentence columns with stance_score, stance and stance_cues added (no DataFrames)."""
    return score_many([sents])[0]


def score_many(tables: list[dict[str, list]]) -> list[dict[str, list]]:
    """``score_columns`` of each sentences table (e.g. one per article of a batch), the learned model scoring
    the sentences of all of them in one matrix sum (the same probabilities, bit for bit: each sentence's sum
    and softmax are its own; a sum per table cost about 3 µs per sentence more)."""
    ruled = [rule_columns_roles(sents) for sents in tables]
    table = stance_model.load()
    if table is not None:  # the learned model votes with the rules (helpers.stance_model)
        # narrator sentences and colon lead-ins stay neutral; the model also reads each sentence's context
        # (its statement's kind, its place, the speaker's previous sentence: ``stance_model.contexts``)
        voters = [(results, i, sents["text"][i], sents["side"][i], relayed[i], ctx[i])
                  for sents, (results, _, relayed) in zip(tables, ruled)
                  for ctx in (stance_model.context_parts(sents),)
                  for i, (t, s) in enumerate(zip(sents["text"], sents["side"])) if s != "narrator" and not lead_in(t)]
        probs, rows = stance_model.batch_probabilities([v[2] for v in voters], [v[3] for v in voters], table,
                                                       [v[5][0] for v in voters], [v[5][1] for v in voters])
        for (results, i, _, _, role, _), p, r in zip(voters, probs.tolist(), rows):
            results[i] = with_model(results[i], tuple(p), r, table, role)
    return [{**sents, "stance_score": [r[0] for r in results], "stance": [label(r[0]) for r in results],
             "stance_cues": ["; ".join(r[1]) for r in results], "stance_rule": rule_labels}
            for sents, (results, rule_labels, _) in zip(tables, ruled)]


def rule_columns(sents: dict[str, list]) -> tuple[list[tuple[float, list[str]]], list[str]]:
    """The cue rules' (score, cues) of every sentence of a sentences table, and their labels."""
    return rule_columns_roles(sents)[:2]


def rule_columns_roles(sents: dict[str, list]) -> tuple[list[tuple[float, list[str]]], list[str], list[bool]]:
    """``rule_columns`` and, per sentence, whether its speaker relays facts (``relays_facts``) and no cue was
    found: then the rules vote neutral beside the learned model (``with_model``), as a neutral cue would."""
    texts, sides = sents["text"], sents["side"]
    speakers = [_speaker(w) for w in sents["speaker"]] if "speaker" in sents else [""] * len(texts)
    articles = sents["article_id"] if "article_id" in sents else [""] * len(texts)
    rows_of: dict[str, list[int]] = {}
    for i, aid in enumerate(articles):
        rows_of.setdefault(aid, []).append(i)
    relays: set[tuple[str, str]] = set()
    for aid, rows in rows_of.items():  # a speaker's role is read from the same article only
        relays |= {(aid, w) for w in relay_speakers([texts[i] for i in rows], [speakers[i] for i in rows],
                                                    [sides[i] for i in rows])}
    results = [(0.0, []) if lead_in(t) else score_sentence(t, s, w, (a, w) in relays)
               for t, s, w, a in zip(texts, sides, speakers, articles)]
    relayed = [not r[1] and relays_facts(s, w, (a, w) in relays)
               for r, s, w, a in zip(results, sides, speakers, articles)]
    return results, [label(r[0]) for r in results], relayed


def with_model(rule: tuple[float, list[str]], probs: tuple[float, float, float], rows: list[int],
               table, relayed: bool = False) -> tuple[float, list[str]]:
    """Combine the cue rules' (score, cues) of one sentence with the learned model's probabilities.

    ``relayed``: no cue was found and the speaker relays facts (an observer or an unnamed source,
    ``relays_facts``): the rules still vote, for neutral (their score is 0), as a neutral cue would. The
    model, trained on words only, does not know the speaker's role; the guidelines make an observer's
    sentence without a cue neutral (GUIDELINES_ADDENDUM.md).

    The cues shown are the rules' when the rules decided the label, else the model's strongest features
    toward it (``rows``: the sentence's rows of the weights matrix), marked ``model:`` so a reader can tell them
    apart.
    """
    score, found = rule
    final, mixed = stance_model.combine(probs, score, bool(found) or relayed)
    if found and final == label(score):
        return mixed, found
    if final == "neutral":
        return 0.0, []
    return mixed, [f"model: {r}" for r in stance_model.batch_reasons(rows, final, table)]


def score_sentences(sentences: pd.DataFrame) -> pd.DataFrame:
    """Add stance, stance_score and stance_cues to a sentences table."""
    out = sentences.copy()
    cols = score_columns({c: out[c].tolist() for c in out.columns})
    for name in ("stance_score", "stance", "stance_cues", "stance_rule"):
        out[name] = cols[name]
    return out


def aggregate_columns(stmts: dict[str, list], sents: dict[str, list]) -> dict[str, list]:
    """Add statement-level stance (sum of its sentences' signed scores) and cues, as columns.

    The sum is compensated (Kahan) in row order, exactly as pandas' ``groupby.sum`` adds.
    """
    sums: dict[str, list[float]] = {}
    cues_by: dict[str, list[str]] = {}
    for sid, score, cue in zip(sents["statement_id"], sents["stance_score"], sents["stance_cues"]):
        if sid == "":
            continue
        acc = sums.get(sid)
        if acc is None:
            acc = sums[sid] = [0.0, 0.0]
            cues_by[sid] = []
        val = float(score)
        if val == val:
            y = val - acc[1]
            t = acc[0] + y
            comp = t - acc[0] - y
            acc[1] = 0.0 if comp != comp else comp
            acc[0] = t
        if cue:
            cues_by[sid].append(cue)
    scores = [sums[sid][0] if sid in sums else 0.0 for sid in stmts["statement_id"]]
    return {**stmts, "stance_score": scores, "stance": [label(x) for x in scores],
            "stance_cues": ["; ".join(cues_by[sid]) if sid in cues_by else "" for sid in stmts["statement_id"]]}


def aggregate(statements: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Add statement-level stance (sum of its sentences' signed scores) and cues."""
    out = statements.copy()
    grouped = sentences[sentences["statement_id"] != ""].groupby("statement_id", sort=False)
    score = grouped["stance_score"].sum()
    cues_by = grouped["stance_cues"].agg(lambda c: "; ".join(x for x in c if x))
    out["stance_score"] = out["statement_id"].map(score).fillna(0.0)
    out["stance"] = out["stance_score"].map(label)
    out["stance_cues"] = out["statement_id"].map(cues_by).fillna("")
    return out
