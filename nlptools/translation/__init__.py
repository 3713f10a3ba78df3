"""Swedish (and other languages) → English translation: faithful, structure-preserving, fast.

Public entry points: :func:`nlptools.translation.api.translate` and
:class:`nlptools.translation.step.TranslationStep`.
"""
