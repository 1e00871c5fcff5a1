from __future__ import annotations

import sys

from walkplanner.cli import main

sys.exit(main())
