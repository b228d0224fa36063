"""``python -m store.builder [--report]``: what the reference import makes of its rows."""

import sys

from store.builder.report import main

sys.exit(main())
