"""Samla: offline workshop facilitation."""

__version__ = "0.1.0"
