"""A stand-in for the threads a JobDispatcher hands its jobs to: it keeps each job, and the test answers
it when it says (success, a known error, a bug; in any order, or late)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Submitted:
    job: Callable[..., Any]
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None]


@dataclass
class HeldJobs:
    """Stands in for a helper thread (the database worker, the background runner, a desk runner)."""

    jobs: list[Submitted] = field(default_factory=list)

    def submit(self, job: Callable[..., Any], on_success: Callable[[Any], None],
               on_failure: Callable[[BaseException], None]) -> None:
        self.jobs.append(Submitted(job, on_success, on_failure))

    # the VaultController method the controllers use
    run_in_database = submit
