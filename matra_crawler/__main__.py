"""`python -m matra_crawler ...`: see matra_crawler.cli."""
import sys

from .cli import main

sys.exit(main())
