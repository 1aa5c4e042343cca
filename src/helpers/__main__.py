"""Entry point for ``python -m helpers``."""
import sys

from .cli import main

sys.exit(main())
