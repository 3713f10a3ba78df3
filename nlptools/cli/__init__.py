"""The ``nlptools`` command line: one module per command, wired in :mod:`nlptools.cli.app`."""
