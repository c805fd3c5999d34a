"""IOP Companion: a private journal of small wins that only grows."""

__version__ = "0.1.0"
