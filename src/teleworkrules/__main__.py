"""``python -m teleworkrules``: the command line."""

import sys

from teleworkrules.cli import main

sys.exit(main())
