"""Reading what a step says: which task words, human-judgment words and
data words it contains, in every language mapper knows.

The words live in data files (``resources/words/<language>.json``) so a translator can add
a language without touching code. Latin-script languages are matched word by
word after light stemming (so "emails", "emailed" and "emailing" all match
"email"; "inviata" matches "invia"); languages written without spaces (Chinese)
are matched as substrings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from mapper.i18n import translate
from mapper.resource_files import resource_file

WORDS_FOLDER = resource_file("words")

_TOKEN = re.compile(r"[^\W\d_]+")


def fold(text: str) -> str:
    """Lower case without accents: "Réservé" -> "reserve"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Match:
    """One word found in a text: where (character offset), what kind, which word."""
    position: int
    category: str   # "task", "human", "data", "owner", "admin"
    group: str      # the task group ("message", "invoice"...), else the category
    word: str       # the word as listed in the data file


class Language:
    """One ``words/*.json`` file, compiled for matching."""

    def __init__(self, code: str, data: dict):
        self.code = code
        self.name = data.get("language", code)
        rules = data.get("stemming", {})
        self.substring = bool(rules.get("substring"))
        self.suffixes = [tuple(s.split(">", 1)) if ">" in s else (s, "") for s in rules.get("suffixes", [])]
        self.suffixes.sort(key=lambda pair: -len(pair[0]))
        self.min_stem = int(rules.get("min_stem", 3))
        self.drop_final_e = bool(rules.get("drop_final_e"))
        self.undouble = bool(rules.get("undouble"))
        self._stems: dict[str, str] = {}
        # category, group, listed word
        entries: list[tuple[str, str, str]] = []
        for group, words in data.get("groups", {}).items():
            entries += [("task", group, w) for w in words]
        entries += [("human", "human", w) for w in data.get("human", [])]
        entries += [("data", "data", w) for w in data.get("data", [])]
        for role, words in data.get("owner_roles", {}).items():
            entries += [(role, role, w) for w in words]
        self.entries = entries
        self.single: dict[str, list[tuple[str, str, str]]] = {}
        self.phrases: list[tuple[tuple[str, ...], str, str, str]] = []
        self.literal: list[tuple[str, str, str, str]] = []
        for category, group, word in entries:
            if self.substring:
                self.literal.append((fold(word), category, group, word))
                continue
            stems = tuple(self.stem(t) for t in _TOKEN.findall(fold(word)))
            if len(stems) == 1:
                self.single.setdefault(stems[0], []).append((category, group, word))
            elif stems:
                self.phrases.append((stems, category, group, word))

    def stem(self, token: str) -> str:
        """Light suffix stripping: the same for listed words and for text, which is
        all that matching needs (it is not a dictionary form)."""
        found = self._stems.get(token)
        if found is not None:
            return found
        word = token
        for suffix, replacement in self.suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= self.min_stem:
                word = word[: len(word) - len(suffix)] + replacement
                break
        if self.drop_final_e and len(word) > self.min_stem and word.endswith("e"):
            word = word[:-1]
        if self.undouble and len(word) > self.min_stem and word[-1] == word[-2] and word[-1] not in "aeiouy":
            word = word[:-1]
        self._stems[token] = word
        return word

    def find(self, folded: str, folded_tokens: list[tuple[int, str]]) -> list[Match]:
        """Matches in a text already passed through ``fold`` and split into tokens."""
        out: list[Match] = []
        if self.substring:
            for literal, category, group, word in self.literal:
                at = folded.find(literal)
                if at >= 0:
                    out.append(Match(at, category, group, word))
            return out
        first: dict[str, int] = {}
        for at, token in folded_tokens:
            first.setdefault(self.stem(token), at)
        for stem, at in first.items():
            for category, group, word in self.single.get(stem, ()):
                out.append(Match(at, category, group, word))
        for stems, category, group, word in self.phrases:
            if all(s in first for s in stems):
                out.append(Match(min(first[s] for s in stems), category, group, word))
        return out


@lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    """Every word file, English first (its reasons are the ones shown)."""
    files = sorted(WORDS_FOLDER.glob("*.json"), key=lambda p: (p.stem != "en", p.stem))
    return tuple(Language(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in files)


def reasons() -> dict[str, str]:
    """Why each task group (and a decision on data) can be automated, in the owner's
    language. The word files name the groups; a new group needs its reason here."""
    return {
        "message": translate("Automation", "sending messages is what email and text-message tools do on their own"),
        "reminder": translate("Automation", "reminders can go out by themselves at the right time"),
        "follow_up": translate("Automation", "follow-ups can be sent automatically after a set delay"),
        "schedule": translate("Automation", "an online booking tool can schedule it without back-and-forth"),
        "invoice": translate("Automation", "invoicing software can bill and chase payment"),
        "confirm": translate("Automation", "confirmations can be sent automatically"),
        "record": translate("Automation", "a CRM or spreadsheet rule can record and tag this by itself"),
        "notify": translate("Automation", "notifications can be triggered automatically"),
        "publish": translate("Automation", "posts can be scheduled and published automatically"),
        "survey": translate("Automation", "surveys can go out and be collected automatically"),
        "review": translate("Automation", "review requests can be sent automatically after the job"),
        "documents": translate("Automation", "proposals, quotes and contracts can be filled in from a template"),
        "data": translate("Automation", "the answer is in your data (payments, email or booking tools), so software can check it and send people the right way"),
    }


@lru_cache(maxsize=8192)
def read_text(text: str) -> tuple[Match, ...]:
    """Every known word in ``text``, in every language, ordered by position.
    Cached: real and synthetic maps repeat the same step texts many times."""
    folded = fold(text)
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(folded)]
    found: dict[tuple, Match] = {}
    for language in languages():
        for match in language.find(folded, tokens):
            key = (match.category, match.group, match.position)
            found.setdefault(key, match)
    return tuple(sorted(found.values(), key=lambda m: (m.position, m.category != "human")))
