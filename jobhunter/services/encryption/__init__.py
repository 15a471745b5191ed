"""Encryption at rest: the store (and its backups) as SQLCipher files, switched on or off.

Off by default. When on, the store, its write-ahead log and every backup are SQLCipher 4
files (AES-256 per page, with an HMAC per page), opened with a random 256-bit raw key. The
key lives in the operating system's keyring (``os_keyring``) under an id; the data folder
holds only a small non-secret marker (``jobhunter-encryption.json``: the key's id, a check
value, and a copy of the key locked with the user's recovery passphrase by age's scrypt
passphrase encryption). Without the keyring (a new laptop, a reset keyring) the recovery
passphrase the user wrote down brings the key back.

The modules:

- ``keys``: the key, the keyring entry, the marker and the recovery passphrase;
- ``cipher``: opening an encrypted file (through ``store.connect``, the only place a
  connection is made) and copying a database into the other form;
- ``wipe``: overwriting a file before it is unlinked;
- ``switch``: the safe migration both ways (copy, verify, swap, wipe the old file, a fresh
  backup, the older backups converted or removed), and finishing one that was interrupted.

Importing this package costs nothing: ``sqlcipher3``, ``keyring`` and ``pyrage`` are loaded
by the functions that need them, and only a store that is encrypted needs them at start.
"""

#: the journal of a switch whose backups still wait for their conversion (``switch``); named
#: here so the window can look for it without loading the switch's modules
SWITCH_JOURNAL = "jobhunter-encryption-switch.json"
