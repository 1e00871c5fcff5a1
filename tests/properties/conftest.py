"""One hypothesis profile for the sweep: derandomized (the same examples on every run, so
CI never fails on a new draw), no example database, no deadline (a shared 2-core machine
is slow at times, which is no bug). WALKPLANNER_SWEEP_EXAMPLES raises the count locally."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "sweep",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    max_examples=int(os.environ.get("WALKPLANNER_SWEEP_EXAMPLES", "40")),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
settings.load_profile("sweep")
