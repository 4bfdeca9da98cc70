"""Marseille international atlas: the City's international relations on a map."""

__version__ = "0.1.0"
