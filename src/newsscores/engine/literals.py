"""Required literals of a regex: text that every match must contain.

The rule engine runs some 70 patterns per sentence; most cannot match a given
sentence because a word they need is absent. :func:`required_literals` reads a
pattern's source (the ``regex`` module's syntax, as the packs compile it) and returns
a set of strings of which every match contains at least one, so a sentence that
contains none of them can skip the pattern without running it. The analysis is
conservative: whatever it does not understand (a class, a lookaround, a flag, an
optional part) gives no requirement, and a pattern with no requirement always runs.
So skipping never changes what the patterns find.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

import regex

from ..errors import RegexAnalysisError

__all__ = [
    "required_literals",
    "required_literal_sets",
    "Requirement",
    "Vocabulary",
    "Needs",
    "Prefilter",
    "PrefilterCache",
]

#: At least one of these strings is in every match; None: nothing is known.
Requirement = frozenset[str] | None

_QUANTIFIER = regex.compile(r"\{(\d*)(?:(,)(\d*))?\}")
#: Escapes that stand for a class of characters, an assertion or a code: not literals.
_CLASS_ESCAPES = set("dDsSwWbBAZGhHvVRXKmMN0123456789xuUnrtfae")


def required_literals(source: str) -> Requirement:
    """Strings at least one of which every match of ``source`` contains, or None.

    Only for patterns compiled without IGNORECASE or VERBOSE (the packs': folded text
    is matched exactly).
    """
    parser = _Parser(source)
    try:
        req = parser.alternation()
        if parser.pos != len(source):
            raise RegexAnalysisError("unbalanced parenthesis")
    except RegexAnalysisError:
        return None
    return req


class Vocabulary:
    """A set of literals, told present in a text by as few substring tests as possible.

    A literal that contains another (``plassen`` contains ``plass``) cannot occur
    where the shorter one does not, so it is only tested once that one is found: of
    the ~300–500 literals of a pack, some 70–220 are tested first, the rest only
    below one that occurs (``present`` gives the same set as testing every literal).
    """

    def __init__(self, words: frozenset[str] | set[str]) -> None:
        ordered = sorted(words)
        known = set(ordered)
        children: dict[str, list[str]] = {}
        roots = []
        for w in ordered:
            parent = _longest_inside(w, known)
            if parent is not None:  # below the longest literal it contains
                children.setdefault(parent, []).append(w)
            else:
                roots.append(w)
        self.words = tuple(ordered)
        self._roots = tuple(roots)
        self._children = {k: tuple(v) for k, v in children.items()}

    def present(self, text: str) -> frozenset[str]:
        """Which of the literals occur in ``text``."""
        stack = [w for w in self._roots if w in text]
        found = []
        children = self._children
        while stack:
            w = stack.pop()
            found.append(w)
            below = children.get(w)
            if below:
                stack += [c for c in below if c in text]
        return frozenset(found)


T = TypeVar("T")


#: The literal requirements of an item: sets of words, one of each in every match.
Needs = tuple[frozenset[str], ...]


class Prefilter(Generic[T]):
    """Items that each carry a regex, told which of them can match a text: an item
    whose regex needs a word the text lacks is left out, so running only the rest, in
    their order, finds the same matches (a pack's rule patterns per sentence, its
    department and metric names per text).

    Each item is filed under every word of one of its requirements (the most
    selective, :func:`_key_requirement`), so a text visits only the items filed under
    a word it contains (and those with no requirement), not all ~300 of them.
    """

    def __init__(self, items: Sequence[T], needs: Callable[[T], Needs]) -> None:
        self.items = list(items)
        self.needs = [needs(item) for item in self.items]
        self.vocabulary = Vocabulary({w for ns in self.needs for need in ns for w in need})
        always: list[int] = []
        by_word: dict[str, list[int]] = {}
        for i, item_needs in enumerate(self.needs):
            if not item_needs:
                always.append(i)
                continue
            for word in _key_requirement(item_needs):
                by_word.setdefault(word, []).append(i)
        self._always = frozenset(always)
        self._by_word = {w: tuple(ix) for w, ix in by_word.items()}

    def runnable(self, text: str) -> list[T]:
        """The items, in order, whose required words all occur in ``text``."""
        found = self.vocabulary.present(text)
        visited = set(self._always)
        for word in found:
            visited.update(self._by_word.get(word, ()))
        items, needs = self.items, self.needs
        return [
            items[i] for i in sorted(visited) if not any(map(found.isdisjoint, needs[i]))
        ]


def _key_requirement(sets: Needs) -> frozenset[str]:
    """The requirement an item is filed under: the one whose shortest word is the
    longest (long words are rare), then the one of fewest words."""
    return max(sets, key=lambda need: (min(map(len, need)), -len(need)))


class PrefilterCache(Generic[T]):
    """One :class:`Prefilter` per tuple of owners (the packs read together), built on
    first use and rebuilt if an owner was replaced (packs reloaded from another folder)."""

    def __init__(self, needs: Callable[[T], Needs]) -> None:
        self._needs = needs
        self._known: dict[tuple[int, ...], tuple[tuple[object, ...], Prefilter[T]]] = {}

    def get(self, owners: tuple[object, ...], items: Callable[[], Sequence[T]]) -> Prefilter[T]:
        key = tuple(map(id, owners))
        known = self._known.get(key)
        if known is None or any(a is not b for a, b in zip(known[0], owners, strict=True)):
            known = self._known[key] = (owners, Prefilter(items(), self._needs))
        return known[1]


@functools.cache  # the packs borrow each other's department names: one analysis each
def required_literal_sets(source: str) -> tuple[frozenset[str], ...]:
    """Every requirement of ``source`` that can be read: each is a set of strings one
    of which every match contains, so a text must meet them all (``ab\\s+cd``: ``ab``
    and ``cd``). :func:`required_literals` gives the most selective one; () when
    nothing is known. Same syntax and flags as :func:`required_literals`.
    """
    parser = _Parser(source)
    try:
        found = parser.requirements()
        if parser.pos != len(source):
            raise RegexAnalysisError("unbalanced parenthesis")
    except RegexAnalysisError:
        return ()
    return tuple(dict.fromkeys(found))


def _longest_inside(word: str, known: set[str]) -> str | None:
    """The longest of ``known`` (the greatest of equals) that stands inside ``word``
    and is not ``word`` itself: its substrings looked up, longest first."""
    for size in range(len(word) - 1, 0, -1):
        found = {word[i : i + size] for i in range(len(word) - size + 1)} & known
        if found:
            return max(found)
    return None


def _better(a: Requirement, b: Requirement) -> Requirement:
    """The more selective of two requirements (longest shortest string, then fewest)."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(map(len, a)), -len(a))
    key_b = (min(map(len, b)), -len(b))
    return b if key_b > key_a else a


class _Parser:
    """A recursive-descent reader of regex syntax that tracks required literals."""

    def __init__(self, source: str) -> None:
        self.s = source
        self.pos = 0

    def alternation(self) -> Requirement:
        """Branches up to ``)`` or the end: each branch must give a literal."""
        branches = [self.sequence()]
        while self.pos < len(self.s) and self.s[self.pos] == "|":
            self.pos += 1
            branches.append(self.sequence())
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]

    def requirements(self) -> list[frozenset[str]]:
        """The whole pattern: with one branch, the requirement of each of its required
        atoms and literal runs; with several, the alternation's one requirement."""
        start = self.pos
        found = self._required_items()
        if self.pos < len(self.s) and self.s[self.pos] == "|":
            self.pos = start  # several branches: only what each of them requires
            whole = self.alternation()
            return [whole] if whole is not None else []
        return found

    def sequence(self) -> Requirement:
        """Atoms up to ``|``, ``)`` or the end: the best run of literal characters or
        the best required group."""
        best: Requirement = None
        for item in self._required_items():
            best = _better(best, item)
        return best

    def _required_items(self) -> list[frozenset[str]]:
        """Atoms up to ``|``, ``)`` or the end: each run of literal characters and each
        required group's requirement that every match of the sequence contains."""
        found: list[frozenset[str]] = []
        run = ""

        def close() -> None:
            nonlocal run
            if run:
                found.append(frozenset([run]))
            run = ""

        while self.pos < len(self.s) and self.s[self.pos] not in "|)":
            literal, req = self.atom()
            low, quantified = self.quantifier()
            if literal is not None and low >= 1:
                run += literal
                if quantified:  # "ab+c": "ab" is required, then a new run
                    close()
            else:
                close()
                if low >= 1 and req is not None:
                    found.append(req)
        close()
        return found

    def quantifier(self) -> tuple[int, bool]:
        """Read an optional quantifier: the least number of repeats it allows, and
        whether there was one."""
        s, i = self.s, self.pos
        if i < len(s) and s[i] in "?*+":
            low = 1 if s[i] == "+" else 0
            self.pos += 1
        elif i < len(s) and s[i] == "{" and (m := _QUANTIFIER.match(s, i)):
            low = int(m.group(1) or 0)
            self.pos = m.end()
        else:
            return 1, False
        if self.pos < len(s) and s[self.pos] in "?+":  # lazy or possessive
            self.pos += 1
        return low, True

    def atom(self) -> tuple[str | None, Requirement]:
        """One atom: ``(literal character, None)`` or ``(None, requirement)``."""
        s = self.s
        c = s[self.pos]
        if c == "\\":
            if self.pos + 1 >= len(s):
                raise RegexAnalysisError("trailing backslash")
            nxt = s[self.pos + 1]
            if nxt in "pP" and self.pos + 2 < len(s) and s[self.pos + 2] == "{":
                end = s.find("}", self.pos)
                if end < 0:
                    raise RegexAnalysisError("unclosed property")
                self.pos = end + 1
                return None, None
            if nxt in "QEgL":
                raise RegexAnalysisError(f"escape \\{nxt}")
            self.pos += 2
            if nxt.isalnum() or nxt in _CLASS_ESCAPES:
                return None, None
            return nxt, None
        if c == "[":
            self._skip_class()
            return None, None
        if c == "(":
            return None, self._group()
        if c in ".^$":
            self.pos += 1
            return None, None
        if c in "*+?{":
            if c == "{" and not _QUANTIFIER.match(s, self.pos):
                self.pos += 1
                return "{", None
            raise RegexAnalysisError("quantifier without an atom")
        self.pos += 1
        return c, None

    def _skip_class(self) -> None:
        s, i = self.s, self.pos + 1
        if i < len(s) and s[i] == "^":
            i += 1
        if i < len(s) and s[i] == "]":
            i += 1
        while i < len(s) and s[i] != "]":
            if s[i] == "\\":
                i += 1
            elif s[i] == "[":
                raise RegexAnalysisError("nested set")
            i += 1
        if i >= len(s):
            raise RegexAnalysisError("unclosed set")
        self.pos = i + 1

    def _group(self) -> Requirement:
        s = self.s
        self.pos += 1
        zero_width = False
        if s.startswith("?", self.pos):
            head = s[self.pos : self.pos + 4]
            if head.startswith(("?:", "?>")):
                self.pos += 2
            elif head.startswith(("?=", "?<=")):
                # a positive lookaround's text is in the searched string too
                self.pos += 2 if head.startswith("?=") else 3
            elif head.startswith(("?!", "?<!")):
                self.pos += 2 if head.startswith("?!") else 3
                zero_width = True
            elif head.startswith(("?P<", "?<")):
                end = s.find(">", self.pos)
                if end < 0:
                    raise RegexAnalysisError("unclosed group name")
                self.pos = end + 1
            else:
                # (?P=name), (?#...), (?(...)...), (?|...), inline flags, ...
                raise RegexAnalysisError(f"group {head!r}")
        req = self.alternation()
        if self.pos >= len(s) or s[self.pos] != ")":
            raise RegexAnalysisError("unclosed group")
        self.pos += 1
        return None if zero_width else req
