"""Judging: agreements, conflicts and uncorroborated claims across independent sources."""

from __future__ import annotations

from claimcheck.judge._findings import Describer, make_finding
from claimcheck.judge._independence import families
from claimcheck.judge._verdicts import block_key, implied_claims, verdicts

__all__ = ["Describer", "block_key", "families", "implied_claims", "make_finding", "verdicts"]
