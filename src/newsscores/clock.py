"""The one place newsscores reads today's date.

Everything that resolves a date relative to "now" (a claim's ``December 8`` without a
year, its ``last week``) takes the date as a parameter (``as_of``) and falls back to
:func:`today` only at the edge (the CLI), so no result and no test depends on the clock.
"""

from __future__ import annotations

from datetime import date

__all__ = ["today"]


def today() -> date:
    """Today's local date: the default ``as_of`` of the command line."""
    return date.today()
