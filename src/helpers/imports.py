"""Import heavy libraries without the parts this project never uses.

NLTK and seaborn each import parts of SciPy when it is installed (it is, for scikit-learn, which trains the
learned models): NLTK ``scipy.stats`` for statistics of collocations and translation alignment, seaborn
``scipy.stats`` for density estimates and ``scipy.cluster`` for clustered heat maps. No code of this project
calls those, and they cost about 0.7 s in every process and notebook kernel. Both libraries fall back on an
``ImportError`` (NLTK's functions that would need SciPy then raise ``NotImplementedError``; seaborn uses its
bundled estimator and cannot cluster), so these modules are hidden while the libraries are imported, and only
then: importing them afterwards works as usual.

Two more are hidden the same way: scikit-learn, which NLTK imports (``nltk.classify.scikitlearn``, inside a
``try``) for a wrapper class this project never uses (the learned models import scikit-learn themselves, and
only to train), and ipywidgets, which seaborn imports (inside a ``try``) for its interactive palette pickers.
Together they cost about 0.5–0.9 s in every process and notebook kernel (measured with ``python -X importtime``).
"""

from __future__ import annotations

import sys
from contextlib import contextmanager


HIDDEN = ("scipy.stats", "scipy.cluster", "sklearn", "ipywidgets")


@contextmanager
def scipy_stats_hidden():
    """Make ``import scipy.stats`` (and ``scipy.cluster``) raise ImportError inside the block, unless already
    imported."""
    hidden = [name for name in HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # 'import scipy.stats' raises ImportError
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
