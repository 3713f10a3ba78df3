"""Swedish (and other languages) → English translation: faithful, structure-preserving, fast.

Public entry points: :func:`nlptools.translate.api.translate` and
:class:`nlptools.translate.step.TranslationStep`.
"""
