"""PySide6 user interface: windows, dialogs, models. Thin: it calls app/ services and holds no rules."""
