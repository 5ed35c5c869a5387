"""Offline clustering suggestions: groups of similar notes, each with a proposed name,
and the notes most like a given one ("Show similar").

Pure Python and deterministic (same notes in, same groups out), no model, no
network. A note becomes a TF-IDF vector over its normalised words (lowercase, no
punctuation, no stop words nor weak words such as the particles of particle verbs,
Snowball-stemmed in the series' language) plus the leading part of long words, so
that Swedish compounds ("landsbygdsutveckling", "landsbygden") meet. Notes are
joined by average-linkage agglomerative clustering on cosine similarity until no two
groups are similar enough; each group of two or more notes is named after its most
weighty words, a place name keeping its capital ("Storuman", not "storuman").
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

import snowballstemmer

from workshop_app.core.assets import asset

#: Groups whose average pairwise similarity is below this are not joined.
DEFAULT_THRESHOLD = 0.04
#: Pairs less similar than this are treated as unrelated (keeps the work sparse).
_FLOOR = 0.02
#: How many nearest neighbours of each note are considered.
_NEIGHBOURS = 15
#: Words at least this long also contribute their first `_PREFIX` letters.
_COMPOUND = 8
_PREFIX = 6

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STEMMERS = {"sv": "swedish", "en": "english"}


@dataclass(frozen=True)
class Suggestion:
    note_ids: tuple[str, ...]
    name: str


@cache
def stop_words(language: str) -> frozenset[str]:
    """The stop words and weak words shipped in resources/stopwords/<language>.txt and
    weak_<language>.txt (empty if none)."""
    found: set[str] = set()
    for name in (f"{language}.txt", f"weak_{language}.txt"):
        path = asset("stopwords", name)
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            found |= {w.strip() for w in lines if w.strip() and not w.startswith("#")}
    return frozenset(found)


@cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(_STEMMERS.get(language, "english"))


@cache
def _stem(word: str, language: str) -> str:
    return _stemmer(language).stemWord(word)


def words(text: str, language: str) -> list[str]:
    """The meaningful words of `text`: lowercase, without punctuation and stop words."""
    stops = stop_words(language) | stop_words("en")
    return [w for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in stops]


def terms(text: str, language: str) -> list[tuple[str, str]]:
    """(term, surface word) pairs of a note: word stems, plus prefixes of long words."""
    found = words(text, language)
    out = [(_stem(word, language), word) for word in found]
    out += [("~" + word[:_PREFIX], word) for word in found if len(word) >= _COMPOUND]
    return out


_SENTENCE_END = re.compile(r"[.!?:;\n]\s*$")


def proper_words(text: str) -> set[str]:
    """Words of `text` written with a capital inside a sentence (a place or a name):
    "Storuman" in "bussar till Storuman", not "Bussar" at the start."""
    out = set()
    for match in _WORD.finditer(text):
        word = match.group()
        start = match.start()
        if start == 0 or _SENTENCE_END.search(text[:start]) or not text[:start].strip():
            continue
        if word[0].isupper():
            out.add(word)
    return out


#: Above this many note pairs sharing a term, the commonest terms only refine the
#: similarity of pairs the rarer terms found (a big board stays a few seconds' work).
PAIR_BUDGET = 1_500_000
#: How often (in units of work) the steps pause, so a caller can let a window breathe.
_STRIDE = 4000


def _vectors(texts: list[str], language: str, ignore: str = ""):
    """TF-IDF vectors (unit length) of the texts, and each text's (term, word) pairs."""
    skip = {t for t, _ in terms(ignore, language)}
    per_note = []
    for k, text in enumerate(texts):
        per_note.append([(t, w) for t, w in terms(text, language) if t not in skip])
        if k % 200 == 199:
            yield
    df = Counter(term for note in per_note for term in {t for t, _ in note})
    n = len(texts)
    vectors = []
    for k, note in enumerate(per_note):
        tf = Counter(t for t, _ in note)
        vec = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in tf.items()}
        # A term every note shares says nothing about grouping.
        vec = {t: w for t, w in vec.items() if df[t] < n or n < 3}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        vectors.append({t: w / norm for t, w in vec.items()})
        if k % 500 == 499:
            yield
    return vectors, per_note


def _similarities(vectors: list[dict[str, float]]):
    """Cosine similarity of the pairs that share a term (vectors are unit length), each
    note keeping its nearest neighbours: {i * n + j: similarity} for i < j.

    Terms are taken from the rarest up while the pairs they make fit `PAIR_BUDGET`; the
    commoner ones then only add to pairs already found (on a few hundred notes every
    term fits, so that is exact). Pairs are plain integers, not tuples: a million of them
    in a dict of numbers is nothing the garbage collector has to look through.
    """
    n = len(vectors)
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for t, w in vec.items():
            postings[t].append((i, w))
        if i % 1000 == 999:
            yield
    used, frequent = 0, set()
    sizes = {t: len(plist) for t, plist in postings.items()}
    for t in sorted(sizes, key=lambda t: (sizes[t], t)):
        pairs = sizes[t] * (sizes[t] - 1) // 2
        if frequent or used + pairs > PAIR_BUDGET:
            frequent.add(t)
        else:
            used += pairs
    sims: dict[int, float] = {}
    get = sims.get
    work = 0
    for t, plist in postings.items():
        if len(plist) < 2 or t in frequent:
            continue
        for a in range(len(plist)):
            i, wi = plist[a]
            base = i * n
            for b in range(a + 1, len(plist)):
                j, wj = plist[b]
                key = base + j
                sims[key] = get(key, 0.0) + wi * wj
            work += len(plist) - a
            if work > _STRIDE:
                work = 0
                yield
    del postings
    if frequent:
        # Refine the pairs found with the common terms, for each note's likeliest few.
        candidates = yield from _nearest(sims, n, 3 * _NEIGHBOURS, floor=0.0)
        common = []
        for k, vec in enumerate(vectors):
            common.append({t: w for t, w in vec.items() if t in frequent})
            if k % 1000 == 999:
                yield
        for k, key in enumerate(list(candidates)):
            i, j = divmod(key, n)
            a, b = (
                (common[i], common[j])
                if len(common[i]) < len(common[j])
                else (common[j], common[i])
            )
            candidates[key] += sum(w * b[t] for t, w in a.items() if t in b)
            if k % _STRIDE == _STRIDE - 1:
                yield
        sims = candidates
    # Keep, for each note, only its closest neighbours: large boards stay fast, and a
    # pair outside both notes' nearest few could not decide a group anyway.
    return (yield from _nearest(sims, n, _NEIGHBOURS, floor=_FLOOR))


def _nearest(sims: dict[int, float], n: int, count: int, floor: float):
    """The pairs that are among `count` nearest of either of their notes.

    `sims` is emptied as it is read: freeing a million pairs at once would take a tenth
    of a second without a pause."""
    near: dict[int, list[int]] = defaultdict(list)
    k = 0
    for key, s in sims.items():
        if s >= floor:
            i, j = divmod(key, n)
            near[i].append(key)
            near[j].append(key)
        k += 1
        if k % _STRIDE == 0:
            yield
    kept: dict[int, float] = {}
    work = 0
    value = sims.__getitem__
    while near:
        _, keys = near.popitem()
        # The nearest first; between equals, the pair of the higher-numbered note.
        for key in heapq.nlargest(count, keys, key=lambda key: (value(key), key)):
            kept[key] = value(key)
        work += len(keys)
        if work > _STRIDE:
            work = 0
            yield
    while sims:  # freed bit by bit
        for _ in range(_STRIDE):
            if not sims:
                break
            sims.popitem()
        yield
    return kept


def cluster(vectors: list[dict[str, float]], threshold: float) -> list[list[int]]:
    """Average-linkage agglomerative clustering; returns groups of indices, singletons too."""
    return _run(_cluster(vectors, threshold))


def _cluster(vectors: list[dict[str, float]], threshold: float):
    n = len(vectors)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    # Sum of pairwise similarities between two clusters (sparse, symmetric).
    links: dict[int, dict[int, float]] = defaultdict(dict)
    # Only pairs at or above the threshold can ever merge; the rest stay in `links`.
    heap = []
    for k, (key, s) in enumerate((yield from _similarities(vectors)).items()):
        i, j = divmod(key, n)
        links[i][j] = s
        links[j][i] = s
        if s >= threshold:
            heap.append((-s, i, j, 0, 0))
        if k % _STRIDE == _STRIDE - 1:
            yield
    version = dict.fromkeys(range(n), 0)
    heapq.heapify(heap)
    work = 0
    while heap:
        work += 1
        if work > _STRIDE:
            work = 0
            yield
        neg, a, b, va, vb = heapq.heappop(heap)
        if version.get(a) != va or version.get(b) != vb:
            continue  # stale: one of the two has merged since
        # Merge b into a (a < b keeps the result independent of heap order ties).
        members[a] += members.pop(b)
        version[a] += 1
        del version[b]
        for c, s in links.pop(b).items():
            del links[c][b]
            if c != a:
                links[a][c] = links[a].get(c, 0.0) + s
                links[c][a] = links[a][c]
        links[a].pop(b, None)
        size_a = len(members[a])
        work += 2 * len(links[a])  # what this merge costs: the links it went through
        for c, s in links[a].items():
            avg = s / (size_a * len(members[c]))
            if avg < threshold:
                continue
            lo, hi = (a, c) if a < c else (c, a)
            heapq.heappush(heap, (-avg, lo, hi, version[lo], version[hi]))
    return [sorted(m) for _, m in sorted(members.items())]


def _run(steps):
    """Run a generator of steps to its end; its return value."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def _name(
    group: list[int], vectors: list[dict[str, float]], per_note: list[list], texts: list[str]
) -> str:
    weight: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for i in group:
        for t, w in vectors[i].items():
            weight[t] += w
        for t, word in per_note[i]:
            surfaces[t][word] += 1
    proper = _proper_forms([texts[i] for i in group])
    chosen: list[str] = []
    for term, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0])):
        word = surfaces[term].most_common(1)[0][0]
        # Skip a word already covered by a chosen one (stem or compound prefix).
        if any(
            word.startswith(c.lower()[:_PREFIX]) or c.lower().startswith(word[:_PREFIX])
            for c in chosen
        ):
            continue
        chosen.append(proper.get(word, word))
        if len(chosen) == 3:
            break
    if not chosen:
        return ""
    name = ", ".join(chosen)
    return name[0].upper() + name[1:]


def _proper_forms(texts: list[str]) -> dict[str, str]:
    """lowercase word -> its capitalised form, for the words these texts only ever write
    with a capital, at least once inside a sentence (names of places, people, bodies)."""
    capital: dict[str, Counter[str]] = defaultdict(Counter)
    lower: set[str] = set()
    for text in texts:
        inside = proper_words(text)
        for word in _WORD.findall(text):
            if word[0].isupper():
                if word in inside:
                    capital[word.lower()][word] += 1
            else:
                lower.add(word.lower())
    return {w: forms.most_common(1)[0][0] for w, forms in capital.items() if w not in lower}


def suggest_groups(
    notes: list[dict],
    language: str = "sv",
    threshold: float = DEFAULT_THRESHOLD,
    *,
    ignore: str = "",
) -> list[Suggestion]:
    """Groups of two or more similar notes (dicts with "id" and "text"), largest first.

    Words of `ignore` (pass the question's text) are left out: every note echoes
    them, so they would pull unrelated notes together.
    """
    return _run(suggest_steps(notes, language, threshold, ignore=ignore))


def suggest_steps(
    notes: list[dict],
    language: str = "sv",
    threshold: float = DEFAULT_THRESHOLD,
    *,
    ignore: str = "",
):
    """`suggest_groups` in small steps: a generator that pauses (yields None) every few
    milliseconds of work and returns the suggestions. A window runs it between its
    events, so grouping thousands of notes never freezes it (gui/board/suggest_worker.py)."""
    ordered = sorted(notes, key=lambda n: n["id"])  # input order must not matter
    texts = [n["text"] for n in ordered]
    vectors, per_note = yield from _vectors(texts, language, ignore)
    groups = [g for g in (yield from _cluster(vectors, threshold)) if len(g) >= 2]
    groups.sort(key=lambda g: (-len(g), g[0]))
    out = []
    for k, g in enumerate(groups):
        name = _name(g, vectors, per_note, texts)
        out.append(Suggestion(tuple(ordered[i]["id"] for i in g), name))
        if k % 50 == 49:
            yield
    return out


#: "Show similar" lists at most this many notes, and none less alike than `_ALIKE`.
SIMILAR_LIMIT = 8
_ALIKE = 0.05


def similar_notes(
    notes: list[dict], note_id: str, language: str = "sv", *, ignore: str = "", limit=SIMILAR_LIMIT
) -> list[tuple[str, float]]:
    """The notes most like `note_id` among `notes` (dicts with "id" and "text"), most alike
    first, as (id, similarity): what the board highlights for "Show similar"."""
    return _run(similar_steps(notes, note_id, language, ignore=ignore, limit=limit))


def similar_steps(
    notes: list[dict], note_id: str, language: str = "sv", *, ignore: str = "", limit=SIMILAR_LIMIT
):
    """`similar_notes` in small steps (see `suggest_steps`)."""
    ordered = sorted(notes, key=lambda n: n["id"])
    ids = [n["id"] for n in ordered]
    if note_id not in ids:
        return []
    vectors, _ = yield from _vectors([n["text"] for n in ordered], language, ignore)
    target = vectors[ids.index(note_id)]
    found = []
    for k, vec in enumerate(vectors):
        if ids[k] != note_id:
            s = sum(w * vec[t] for t, w in target.items() if t in vec)
            if s >= _ALIKE:
                found.append((s, ids[k]))
        if k % 500 == 499:
            yield
    return [(i, s) for s, i in heapq.nlargest(limit, found)]
