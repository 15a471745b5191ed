"""Backups and recovery in the window: background care of the store, the backup list, and
restoring a backup (File → Restore backup…)."""
