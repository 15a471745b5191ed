"""The handover's window side: export and import dialogs, keys and colleagues, the flows."""
