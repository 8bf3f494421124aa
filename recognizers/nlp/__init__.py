"""The recognizers' shared language tools, public to redact's stages too.

``morph`` (pymorphy3 analyzers, lemmas, case forms), ``places`` (is a word a known place, does a place
beat a name), ``numbers`` (number words read as digits), ``gazetteer`` (the curated lists as
Aho-Corasick automata), ``compiled`` (the recognizers' fixed patterns, compiled once per machine) and ``cache``
(the on-disk cache they share). Recognizer classes themselves are
reached only through :mod:`redact.registry`.
"""
