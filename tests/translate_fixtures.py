"""Transition shim: the session fixtures now live in ``tests/conftest.py`` and need no import.

Test modules written before that (``from translate_fixtures import tiny_copy, tiny_models``)
keep working through this re-export; delete the import there, then this file.
"""

from conftest import tiny_copy, tiny_ct2, tiny_models  # noqa: F401
