"""Privacy by design (AVG): private files, safe error texts, erasure, access export,
retention and the audit trail.

Each module has one purpose: ``folder`` keeps the data folder private, ``redact`` turns errors
into texts without personal data, ``ownership`` finds what belongs to a client through the
schema's foreign keys, ``audit`` reads and writes the record of processing, ``erasure`` and
``retention`` remove or keep, ``backups`` says which backups still hold a client, and
``access_export`` gives a client everything stored about them.
"""
