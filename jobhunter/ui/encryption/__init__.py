"""Encryption at rest in the window: the settings section, its dialogs and actions."""
