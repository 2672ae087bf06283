"""Command groups of the `sunlight` CLI, one module each, registered by app.cli."""
