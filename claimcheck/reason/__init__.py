"""Reasoning over ordinals and timelines: conflicts derived from several claims at once."""

from __future__ import annotations

from claimcheck.reason._ordinal import precedence_conflicts, proposition_groups

__all__ = ["precedence_conflicts", "proposition_groups"]
