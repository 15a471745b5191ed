"""Warm handover: an encrypted packet with whole client files, and a safe import.

``packet`` is the file format, ``crypto`` the age envelope, ``schema`` and ``closure`` what
travels, ``merge`` the preview and the apply, ``identity`` keys, colleagues and passphrases,
``summary`` the readable PDF, ``service`` the entry points for the window and the CLI.
"""
