"""Sunlight (阳光办件): domain and services. Nothing here imports Qt."""

__version__ = "0.1.0"
