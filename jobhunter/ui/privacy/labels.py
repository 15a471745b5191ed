"""Translated names for the privacy screens: audit actions, their kinds, and record kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jobhunter.ui.translate import QT_TRANSLATE_NOOP

_CONTEXT = "privacy"

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("privacy", "Created"),
    "update": QT_TRANSLATE_NOOP("privacy", "Changed"),
    "delete": QT_TRANSLATE_NOOP("privacy", "Deleted"),
    "phase": QT_TRANSLATE_NOOP("privacy", "Phase changed"),
    "stage": QT_TRANSLATE_NOOP("privacy", "Match moved"),
    "schedule": QT_TRANSLATE_NOOP("privacy", "Aftercare planned"),
    "outcome": QT_TRANSLATE_NOOP("privacy", "Outcome recorded"),
    "primary_contact": QT_TRANSLATE_NOOP("privacy", "Primary contact changed"),
    "export_calendar": QT_TRANSLATE_NOOP("privacy", "Calendar exported"),
    "export_vcard": QT_TRANSLATE_NOOP("privacy", "Contact persons exported"),
    "export_packet": QT_TRANSLATE_NOOP("privacy", "Handed over (packet)"),
    "import_packet": QT_TRANSLATE_NOOP("privacy", "Received (packet)"),
    "mark_transferred": QT_TRANSLATE_NOOP("privacy", "Marked as transferred"),
    "print_briefing": QT_TRANSLATE_NOOP("privacy", "Briefing printed"),
    "print_profile": QT_TRANSLATE_NOOP("privacy", "Candidate profile printed"),
    "export_access": QT_TRANSLATE_NOOP("privacy", "Access export"),
    "erase": QT_TRANSLATE_NOOP("privacy", "Erased"),
    "consent": QT_TRANSLATE_NOOP("privacy", "Consent recorded"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("privacy", "Consent withdrawn"),
    "restore_backup": QT_TRANSLATE_NOOP("privacy", "Backup restored"),
    "retention_extend": QT_TRANSLATE_NOOP("privacy", "Retention extended"),
    "retention_anonymise": QT_TRANSLATE_NOOP("privacy", "Anonymised"),
    "retention_erase": QT_TRANSLATE_NOOP("privacy", "Erased (retention)"),
    "encrypt_store": QT_TRANSLATE_NOOP("privacy", "Database encrypted"),
    "decrypt_store": QT_TRANSLATE_NOOP("privacy", "Database stored unencrypted"),
    "renew_recovery_passphrase": QT_TRANSLATE_NOOP("privacy", "New recovery passphrase"),
}

#: the kinds the audit log filters on (services.privacy.audit.GROUPS)
GROUPS = {
    "export": QT_TRANSLATE_NOOP("privacy", "Exports and prints"),
    "import": QT_TRANSLATE_NOOP("privacy", "Imports"),
    "transfer": QT_TRANSLATE_NOOP("privacy", "Transfers"),
    "erase": QT_TRANSLATE_NOOP("privacy", "Erasures"),
    "consent": QT_TRANSLATE_NOOP("privacy", "Consent"),
    "restore": QT_TRANSLATE_NOOP("privacy", "Backup restores"),
    "retention": QT_TRANSLATE_NOOP("privacy", "Retention decisions"),
    "encryption": QT_TRANSLATE_NOOP("privacy", "Encryption"),
    "edit": QT_TRANSLATE_NOOP("privacy", "Edits"),
}

#: record kinds (tables) in the audit log and the erasure summary
ENTITIES = {
    "client": QT_TRANSLATE_NOOP("privacy", "Client"),
    "barrier": QT_TRANSLATE_NOOP("privacy", "Barrier"),
    "intervention": QT_TRANSLATE_NOOP("privacy", "Intervention"),
    "learning_goal": QT_TRANSLATE_NOOP("privacy", "Learning goal"),
    "reflection": QT_TRANSLATE_NOOP("privacy", "Reflection"),
    "phase_change": QT_TRANSLATE_NOOP("privacy", "Phase change"),
    "document": QT_TRANSLATE_NOOP("privacy", "Document"),
    "consent": QT_TRANSLATE_NOOP("privacy", "Consent"),
    "match": QT_TRANSLATE_NOOP("privacy", "Match"),
    "stage_change": QT_TRANSLATE_NOOP("privacy", "Match step"),
    "contact_moment": QT_TRANSLATE_NOOP("privacy", "Contact moment"),
    "appointment": QT_TRANSLATE_NOOP("privacy", "Appointment"),
    "problem": QT_TRANSLATE_NOOP("privacy", "Problem"),
    "placement_outcome": QT_TRANSLATE_NOOP("privacy", "Placement outcome"),
    "retention_decision": QT_TRANSLATE_NOOP("privacy", "Retention decision"),
    "employer": QT_TRANSLATE_NOOP("privacy", "Employer"),
    "contact_person": QT_TRANSLATE_NOOP("privacy", "Contact person"),
    "workplace": QT_TRANSLATE_NOOP("privacy", "Workplace"),
    "company_visit": QT_TRANSLATE_NOOP("privacy", "Company visit"),
    "arrangement": QT_TRANSLATE_NOOP("privacy", "Arrangement"),
    "setting": QT_TRANSLATE_NOOP("privacy", "Setting"),
    "export": QT_TRANSLATE_NOOP("privacy", "Export"),
    "store": QT_TRANSLATE_NOOP("privacy", "Store"),
}


def _tr(mapping: dict[str, str], key: str) -> str:
    source = mapping.get(key)
    if source is None:  # a kind another part of the program added: readable as it is
        return key.replace("_", " ")
    return QCoreApplication.translate(_CONTEXT, source)


def action_label(action: str) -> str:
    return _tr(ACTIONS, action)


def group_label(group: str) -> str:
    return _tr(GROUPS, group)


def entity_label(entity: str) -> str:
    return _tr(ENTITIES, entity)
