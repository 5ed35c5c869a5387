"""Samla: offline workshop facilitation."""

__version__ = "0.2.0"
