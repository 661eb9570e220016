"""mapper in the owner's language: which language, the translations of the
layers without Qt, and numbers, money and dates as the language writes them.

Qt-free: analysis, formats and the command line use it; the app uses it too, so
both sides read one set of translation files (see docs/translations.md).
"""

from .catalog import language, language_scope, plural, set_language, translate, translation_file
from .languages import LANGUAGES, TRANSLATED, match_language, system_language

__all__ = ["LANGUAGES", "TRANSLATED", "language", "language_scope", "match_language", "plural", "set_language",
           "system_language", "translate", "translation_file"]
