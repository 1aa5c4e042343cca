"""A fast re-implementation of NLTK's VADER that gives NLTK's scores exactly.

In: a lexicon (``dict[str, float]``, e.g. NLTK's ``SentimentIntensityAnalyzer().lexicon``,
with domain words added or overridden) and sentence texts. Out: VADER's scores for each
text (``polarity_scores`` → neg/neu/pos/compound, ``compound`` → the rounded compound that
NLTK returns), equal to ``nltk.sentiment.vader`` (tokenisation, negation, boosters, "but",
ALL-CAPS emphasis, "least", idioms, "kind of", punctuation emphasis, normalisation).

It is faster because NLTK builds, for every sentence, a dictionary of every word joined
with every punctuation mark (17 × 2 × words entries) to strip punctuation from tokens,
runs a time-guarded regex, and looks each token's position up through that dictionary;
here each token is stripped directly (a token's stripped form depends on the token only)
and each word is lower-cased and looked up once. Quirks are kept on purpose: a repeated
token is scored at the position of its first occurrence, as NLTK does.

Speed, without changing a score:

- ``TOKENS`` remembers the stripped form of each whitespace-separated token (keyed on the
  token string alone, so it hits on any text in the same language: word forms repeat, as
  Zipf's law says; it is emptied when it reaches ``TOKEN_CACHE_SIZE`` entries);
- only the positions of words that score (lexicon words that are not boosters) are
  visited: a sentence without one scores 0 at once;
- a scoring word whose three preceding words and idiom window hold no booster, negation,
  "never/so/this", "least" or idiom word keeps its lexicon valence (plus ALL-CAPS emphasis):
  every rule of ``valence`` would leave it as it is, so ``valence`` is skipped.
"""
from __future__ import annotations

import math
import re
import string
from collections.abc import Mapping

from .imports import scipy_stats_hidden

with scipy_stats_hidden():  # see helpers.imports
    from nltk.sentiment.vader import VaderConstants

C_INCR: float = VaderConstants.C_INCR
B_DECR: float = VaderConstants.B_DECR
N_SCALAR: float = VaderConstants.N_SCALAR
NEGATE: frozenset[str] = frozenset(VaderConstants.NEGATE)
BOOSTER: dict[str, float] = dict(VaderConstants.BOOSTER_DICT)
IDIOMS: dict[str, float] = dict(VaderConstants.SPECIAL_CASE_IDIOMS)
PUNC_LIST: frozenset[str] = frozenset(VaderConstants.PUNC_LIST)
PUNCT: frozenset[str] = frozenset(string.punctuation)
SO_THIS = ("so", "this")
# Words that can take part in an idiom or a two-word booster ("kind of"): the idiom
# check is skipped when none of the six tokens around a word is one of them.
IDIOM_WORDS: frozenset[str] = frozenset(w for k in [*IDIOMS, *BOOSTER] if " " in k for w in k.split(" "))
# The same without "the", "to" and "of", which occur in nearly every sentence: every idiom and
# two-word booster holds another word, so a window without any of these cannot hold one.
IDIOM_KEY_WORDS: frozenset[str] = IDIOM_WORDS - {"the", "to", "of"}
assert all(set(k.split(" ")) & IDIOM_KEY_WORDS for k in [*IDIOMS, *BOOSTER] if " " in k)
# Lower-cased words before a scoring word that can change its valence (boosters, negations,
# "never so/this", "least"); a word containing "n't" negates too (see ``plain_context``).
CONTEXT_WORDS: frozenset[str] = frozenset({*BOOSTER, *NEGATE, "never", "so", "this", "least"})
_LEADING = re.compile("^[" + re.escape(string.punctuation) + "]+")
_TRAILING = re.compile("[" + re.escape(string.punctuation) + "]+$")
TOKEN_CACHE_SIZE = 200_000


def strip_token(tok: str) -> str:
    """Return a token without the one VADER punctuation mark before or after a plain word (NLTK's rule)."""
    if tok[-1] in PUNCT:
        m = _TRAILING.search(tok)
        word = tok[:m.start()]
        if len(word) > 1 and tok[m.start():] in PUNC_LIST and not PUNCT.intersection(word):
            return word
        return tok
    if tok[0] in PUNCT:
        m = _LEADING.match(tok)
        word = tok[m.end():]
        if len(word) > 1 and tok[:m.end()] in PUNC_LIST and not PUNCT.intersection(word):
            return word
    return tok


class TokenCache(dict):
    """Whitespace token → VADER's token ('' for a token of one character, which VADER drops)."""

    def __missing__(self, tok: str) -> str:
        """Strip an unseen token, remember it (the cache is emptied when full) and return it."""
        if len(self) >= TOKEN_CACHE_SIZE:
            self.clear()
        out = "" if len(tok) < 2 else strip_token(tok) if (tok[-1] in PUNCT or tok[0] in PUNCT) else tok
        self[tok] = out
        return out


TOKENS = TokenCache()


class LowerCache(dict):
    """VADER token → its lower case, the same string object every time (emptied when full).

    A text's lower-cased tokens are then strings whose hashes are already computed, so the
    lexicon look-ups and the comparisons of ``FastVader.hits`` do not hash new strings.
    """

    def __missing__(self, tok: str) -> str:
        """Lower-case an unseen token, remember and return it."""
        if len(self) >= TOKEN_CACHE_SIZE:
            self.clear()
        low = self[tok] = tok.lower()
        return low


LOWER = LowerCache()


def lower_all(toks: list[str]) -> list[str]:
    """Return the lower case of each token (``[t.lower() for t in toks]``, remembered per token)."""
    return list(map(LOWER.__getitem__, toks))


def tokenize(text: str) -> list[str]:
    """Return VADER's words and emoticons of ``text`` (tokens of one character dropped)."""
    return list(filter(None, map(TOKENS.__getitem__, text.split())))


def cap_differential(tokens: list[str]) -> bool:
    """Return True when some, but not all, tokens are ALL CAPS."""
    caps = sum(map(str.isupper, tokens))
    return 0 < len(tokens) - caps < len(tokens)


def negated(low: str) -> bool:
    """Return True when a lower-cased word negates (a negation word, or contains n't)."""
    return low in NEGATE or "n't" in low


def punctuation_amplifier(text: str) -> float:
    """Return VADER's emphasis from exclamation marks (up to 4) and question marks (2 or more)."""
    ep = min(text.count("!"), 4) * 0.292
    qm = text.count("?")
    return ep + ((qm * 0.18 if qm <= 3 else 0.96) if qm > 1 else 0)


def normalize(score: float, alpha: float = 15) -> float:
    """Map a sum of valences into [-1, 1] as VADER does."""
    return score / math.sqrt((score * score) + alpha)


def plain_context(toks: list[str], lows: list[str], i: int) -> bool:
    """True when no rule of ``FastVader.valence`` can change the valence of the word at ``i``.

    That is: none of the three words before it is a booster, a negation (or holds "n't"),
    "never", "so", "this" or "least", and (from the fourth word on, where NLTK checks idioms)
    none of the six tokens around it is a word of an idiom other than "the", "to", "of"
    (so no idiom can be complete there).
    """
    before = lows[i - 3:i] if i >= 3 else lows[:i]
    if not CONTEXT_WORDS.isdisjoint(before) or "n't" in "".join(before):  # the join may only add false alarms
        return False
    return i < 3 or IDIOM_KEY_WORDS.isdisjoint(toks[i - 3:i + 3])


class FastVader:
    """VADER scorer over any lexicon: ``FastVader(lexicon).compound(text)`` equals NLTK's compound.

    The lexicon is copied when the scorer is made; change it by making a new scorer.
    """

    def __init__(self, lexicon: Mapping[str, float], negates_negative: bool = True) -> None:
        """Keep a copy of the lexicon (word → valence; lookups use the lower-cased token).

        ``negates_negative=False`` departs from VADER: a negation before a negative word leaves
        it negative ("has not banned", "never says no") instead of turning it positive.
        """
        self.lexicon: dict[str, float] = dict(lexicon)
        self.negates_negative = negates_negative
        self.scoring: frozenset[str] = frozenset(k for k in self.lexicon if k not in BOOSTER)

    def idioms(self, v: float, toks: list[str], i: int) -> float:
        """Apply the special-case idioms and two-word dampeners around token ``i`` (NLTK's _idioms_check)."""
        n = len(toks)
        if not any(t in IDIOM_WORDS for t in toks[i - 3:i + 3]):
            return v
        a3, a2, a1, a0 = toks[i - 3], toks[i - 2], toks[i - 1], toks[i]
        twoone, threetwo = f"{a2} {a1}", f"{a3} {a2}"
        for seq in (f"{a1} {a0}", f"{a2} {a1} {a0}", twoone, f"{a3} {a2} {a1}", threetwo):
            if seq in IDIOMS:
                v = IDIOMS[seq]
                break
        if n - 1 > i:
            seq = f"{a0} {toks[i + 1]}"
            if seq in IDIOMS:
                v = IDIOMS[seq]
        if n - 1 > i + 1:
            seq = f"{a0} {toks[i + 1]} {toks[i + 2]}"
            if seq in IDIOMS:
                v = IDIOMS[seq]
        if threetwo in BOOSTER or twoone in BOOSTER:
            v = v + B_DECR
        return v

    def valence(self, toks: list[str], lows: list[str], i: int, cap_diff: bool) -> float:
        """Return the valence of the lexicon word at position ``i`` after its context (NLTK's sentiment_valence)."""
        lex = self.lexicon
        item = toks[i]
        v = lex[lows[i]]
        if cap_diff and item.isupper():
            v = v + C_INCR if v > 0 else v - C_INCR
        if plain_context(toks, lows, i):
            return v
        for start_i in (0, 1, 2):
            j = i - (start_i + 1)
            if j < 0:
                break
            low = lows[j]
            if low in lex:
                continue
            s = 0.0
            if low in BOOSTER:
                s = BOOSTER[low]
                if v < 0:
                    s *= -1
                if cap_diff and toks[j].isupper():
                    s = s + C_INCR if v > 0 else s - C_INCR
                if start_i == 1:
                    s = s * 0.95
                elif start_i == 2:
                    s = s * 0.9
            v = v + s
            if start_i == 0:
                if negated(low) and (v > 0 or self.negates_negative):
                    v = v * N_SCALAR
            elif start_i == 1:
                if toks[i - 2] == "never" and toks[i - 1] in SO_THIS:
                    v = v * 1.5
                elif negated(low) and (v > 0 or self.negates_negative):
                    v = v * N_SCALAR
            else:
                if (toks[i - 3] == "never" and toks[i - 2] in SO_THIS) or toks[i - 1] in SO_THIS:
                    v = v * 1.25
                elif negated(low) and (v > 0 or self.negates_negative):
                    v = v * N_SCALAR
                v = self.idioms(v, toks, i)
        if i > 0 and lows[i - 1] == "least" and "least" not in lex:
            if i > 1:
                if lows[i - 2] != "at" and lows[i - 2] != "very":
                    v = v * N_SCALAR
            else:
                v = v * N_SCALAR
        return v

    def hits(self, toks: list[str], lows: list[str]) -> list[tuple[int, float]]:
        """Return (position, valence) of every scoring word, in order, "but" weighting applied.

        The other positions score 0, as in NLTK's list of sentiments.
        """
        words = self.scoring.intersection(lows)
        if not words:
            return []
        positions = []
        for word in words:
            k = -1
            for _ in range(lows.count(word)):
                k = lows.index(word, k + 1)
                positions.append(k)
        if len(words) > 1:
            positions.sort()
        n = len(toks)
        first: dict[str, int] = {}
        cap_diff: bool | None = None
        out = []
        for k in positions:
            item = toks[k]
            i = first.get(item)
            if i is None:
                i = first[item] = toks.index(item)
            if lows[k] == "kind" and i < n - 1 and lows[i + 1] == "of":
                continue
            if cap_diff is None:
                cap_diff = cap_differential(toks)
            out.append((k, self.valence(toks, lows, i, cap_diff)))
        if out and "but" in lows:
            bi = lows.index("but")
            out = [(k, s * 0.5 if k < bi else s * 1.5 if k > bi else s) for k, s in out]
        return out

    def sentiments(self, toks: list[str], lows: list[str] | None = None) -> list[float]:
        """Return one valence per token ("but" weighting applied), as NLTK's polarity_scores builds them."""
        lows = lower_all(toks) if lows is None else lows
        out = [0.0] * len(toks)
        for k, s in self.hits(toks, lows):
            out[k] = s
        return out

    def scores_from(self, text: str, toks: list[str], lows: list[str] | None = None) -> dict[str, float]:
        """Return neg/neu/pos/compound for ``text`` already split into ``toks``."""
        if not toks:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        sents = self.sentiments(toks, lows)
        sum_s = float(sum(sents))
        amp = punctuation_amplifier(text)
        if sum_s > 0:
            sum_s += amp
        elif sum_s < 0:
            sum_s -= amp
        compound = normalize(sum_s)
        pos_sum = neg_sum = 0.0
        neu = 0
        for s in sents:
            if s > 0:
                pos_sum += float(s) + 1
            if s < 0:
                neg_sum += float(s) - 1
            if s == 0:
                neu += 1
        if pos_sum > math.fabs(neg_sum):
            pos_sum += amp
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= amp
        total = pos_sum + math.fabs(neg_sum) + neu
        return {"neg": round(math.fabs(neg_sum / total), 3), "neu": round(math.fabs(neu / total), 3),
                "pos": round(math.fabs(pos_sum / total), 3), "compound": round(compound, 4)}

    def compound_from(self, text: str, toks: list[str], lows: list[str] | None = None) -> float:
        """Return the rounded compound score for ``text`` already split into ``toks``."""
        if not toks:
            return 0.0
        sum_s = 0.0
        for _, s in self.hits(toks, lower_all(toks) if lows is None else lows):
            if s:
                sum_s += s
        if sum_s:
            amp = punctuation_amplifier(text)
            sum_s = sum_s + amp if sum_s > 0 else sum_s - amp
        return round(normalize(sum_s), 4)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """Return VADER's neg/neu/pos/compound for ``text`` (same values as NLTK)."""
        return self.scores_from(text, tokenize(text))

    def compound(self, text: str) -> float:
        """Return VADER's compound score for ``text``, rounded to 4 places as NLTK does."""
        return self.compound_from(text, tokenize(text))

    def compounds(self, texts: list[str]) -> list[float]:
        """Return the compound score of each text."""
        return [self.compound(t) for t in texts]


def compound_pair(raw: FastVader, domain: FastVader, text: str, domain_text: str) -> tuple[float, float]:
    """Return (raw compound of ``text``, domain compound of ``domain_text``), tokenising once when they are equal."""
    toks = tokenize(text)
    lows = lower_all(toks)
    r = raw.compound_from(text, toks, lows)
    if domain_text is text or domain_text == text:
        return r, domain.compound_from(text, toks, lows)
    return r, domain.compound(domain_text)
