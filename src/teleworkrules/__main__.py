"""``python -m teleworkrules``: the command line."""

import sys

from teleworkrules.cli.app import main

sys.exit(main())
