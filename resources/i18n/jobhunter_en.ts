<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccessExportDoneDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/privacy/access.py" line="+51"/>
        <source>Written to %1:
the readable PDF, the same data as JSON, and %n document(s).</source>
        <translation>
            <numerusform>Written to %1:
the readable PDF, the same data as JSON, and %n document.</numerusform>
            <numerusform>Written to %1:
the readable PDF, the same data as JSON, and %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n document(s) are listed but their file is missing from the data folder.</source>
        <translation>
            <numerusform>%n document are listed but their file is missing from the data folder.</numerusform>
            <numerusform>%n documents are listed but their file is missing from the data folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/backup/session.py" line="+229"/>
        <source>Erased again, as erased after this backup was made: %n client(s).</source>
        <translation>
            <numerusform>Erased again, as erased after this backup was made: %n client.</numerusform>
            <numerusform>Erased again, as erased after this backup was made: %n clients.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/privacy/audit_view.py" line="+188"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/pipeline/board.py" line="+275"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientFileWidget</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/caseload/client_file.py" line="+261"/>
        <source>%n intervention(s) to adjust: past the end without evaluation, or a weak effect without a follow-up</source>
        <translation>
            <numerusform>%n intervention to adjust: past the end without evaluation, or a weak effect without a follow-up</numerusform>
            <numerusform>%n interventions to adjust: past the end without evaluation, or a weak effect without a follow-up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/backup/dialogs.py" line="+194"/>
        <source>(%n client(s))</source>
        <translation>
            <numerusform>(%n client)</numerusform>
            <numerusform>(%n clients)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployerFileWidget</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/employers/page.py" line="+288"/>
        <source>%n workplace(s) closed</source>
        <translation>
            <numerusform>%n workplace closed</numerusform>
            <numerusform>%n workplaces closed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionSettings</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/encryption/settings.py" line="+87"/>
        <source>%n backup(s) are not encrypted.</source>
        <translation>
            <numerusform>%n backup are not encrypted.</numerusform>
            <numerusform>%n backups are not encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n backup(s) are still encrypted.</source>
        <translation>
            <numerusform>%n backup are still encrypted.</numerusform>
            <numerusform>%n backups are still encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/privacy/erase.py" line="+72"/>
        <source>The audit log keeps %n event(s) of what was done, under a pseudonym and without personal details.</source>
        <translation>
            <numerusform>The audit log keeps %n event of what was done, under a pseudonym and without personal details.</numerusform>
            <numerusform>The audit log keeps %n events of what was done, under a pseudonym and without personal details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&lt;li&gt;and %n more&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;and %n more&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;and %n more&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The name also appears in %n other record(s), which stay. Edit them first if they should not keep it:</source>
        <translation>
            <numerusform>The name also appears in %n other record, which stay. Edit them first if they should not keep it:</numerusform>
            <numerusform>The name also appears in %n other records, which stay. Edit them first if they should not keep it:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n backup(s) still hold this data; you can remove them afterwards.</source>
        <translation>
            <numerusform>%n backup still hold this data; you can remove them afterwards.</numerusform>
            <numerusform>%n backups still hold this data; you can remove them afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>the client file itself: personal details, intake and notes (%n)</source>
        <translation>
            <numerusform>the client file itself: personal details, intake and notes (%n)</numerusform>
            <numerusform>the client file itself: personal details, intake and notes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>the files of %n document(s): %1</source>
        <translation>
            <numerusform>the files of %n document: %1</numerusform>
            <numerusform>the files of %n documents: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasedDialog</name>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n record removed</numerusform>
            <numerusform>%n records removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s) removed from disk</source>
        <translation>
            <numerusform>%n document removed from disk</numerusform>
            <numerusform>%n documents removed from disk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Remove these %n backup(s) now</source>
        <translation>
            <numerusform>Remove these %n backup now</numerusform>
            <numerusform>Remove these %n backups now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/handover/export_dialog.py" line="+69"/>
        <source>%n client(s) go to a colleague in one encrypted packet, with everything attached to them and the employers they work with.</source>
        <translation>
            <numerusform>%n client go to a colleague in one encrypted packet, with everything attached to them and the employers they work with.</numerusform>
            <numerusform>%n clients go to a colleague in one encrypted packet, with everything attached to them and the employers they work with.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/handover/actions.py" line="+131"/>
        <source>Hand over %n client(s)…</source>
        <translation>
            <numerusform>Hand over %n client…</numerusform>
            <numerusform>Hand over %n clients…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Hand over all %n client(s) in this filter…</source>
        <translation>
            <numerusform>Hand over all %n client in this filter…</numerusform>
            <numerusform>Hand over all %n clients in this filter…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n client(s) handed over in %1</source>
        <translation>
            <numerusform>%n client handed over in %1</numerusform>
            <numerusform>%n clients handed over in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The packet is ready. Mark the %n client(s) as transferred (trajectory closed, reason &quot;handed over to %1&quot;)?</source>
        <translation>
            <numerusform>The packet is ready. Mark the %n client as transferred (trajectory closed, reason &quot;handed over to %1&quot;)?</numerusform>
            <numerusform>The packet is ready. Mark the %n clients as transferred (trajectory closed, reason &quot;handed over to %1&quot;)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/handover/import_dialog.py" line="+209"/>
        <source>%n record(s) only here, kept as they are</source>
        <translation>
            <numerusform>%n record only here, kept as they are</numerusform>
            <numerusform>%n records only here, kept as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/main_window.py" line="+335"/>
        <source>%n aftercare appointment(s) planned</source>
        <translation>
            <numerusform>%n aftercare appointment planned</numerusform>
            <numerusform>%n aftercare appointments planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n aftercare appointment(s) still to come cancelled</source>
        <translation>
            <numerusform>%n aftercare appointment still to come cancelled</numerusform>
            <numerusform>%n aftercare appointments still to come cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n appointment(s) exported to %1</source>
        <translation>
            <numerusform>%n appointment exported to %1</numerusform>
            <numerusform>%n appointments exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n contact person(s) exported to %1</source>
        <translation>
            <numerusform>%n contact person exported to %1</numerusform>
            <numerusform>%n contact persons exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+163"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n employer</numerusform>
            <numerusform>%n employers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchFileWidget</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/pipeline/match_file.py" line="+393"/>
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n day in this stage</numerusform>
            <numerusform>%n days in this stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/pipeline/dialogs.py" line="+479"/>
        <source>? %n to ask</source>
        <translation>
            <numerusform>? %n to ask</numerusform>
            <numerusform>? %n to ask</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n client(s) whose trajectory closed</source>
        <translation>
            <numerusform>%n client whose trajectory closed</numerusform>
            <numerusform>%n clients whose trajectory closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in a running placement</source>
        <translation>
            <numerusform>%n in a running placement</numerusform>
            <numerusform>%n in a running placement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n filled workplace(s)</source>
        <translation>
            <numerusform>%n filled workplace</numerusform>
            <numerusform>%n filled workplaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the pipeline</source>
        <translation>
            <numerusform>%n already in the pipeline</numerusform>
            <numerusform>%n already in the pipeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n at employers whose cooperation ended</source>
        <translation>
            <numerusform>%n at employers whose cooperation ended</numerusform>
            <numerusform>%n at employers whose cooperation ended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/record_tab.py" line="+326"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/privacy/retention.py" line="+201"/>
        <source>%n closed file(s) past the retention date.</source>
        <translation>
            <numerusform>%n closed file past the retention date.</numerusform>
            <numerusform>%n closed files past the retention date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Files are kept %n month(s) after the trajectory closed; then erase them, anonymise them, or keep them longer for a reason.</source>
        <translation>
            <numerusform>Files are kept %n month after the trajectory closed; then erase them, anonymise them, or keep them longer for a reason.</numerusform>
            <numerusform>Files are kept %n months after the trajectory closed; then erase them, anonymise them, or keep them longer for a reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/aftercare/dialogs.py" line="+86"/>
        <source>%n check-in(s) already planned for this placement.</source>
        <translation>
            <numerusform>%n check-in already planned for this placement.</numerusform>
            <numerusform>%n check-ins already planned for this placement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/search_panel.py" line="+286"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/pipeline/board.py" line="+70"/>
        <source>%n long in this stage</source>
        <translation>
            <numerusform>%n long in this stage</numerusform>
            <numerusform>%n long in this stage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n older closed match(es) hidden</source>
        <translation>
            <numerusform>%n older closed match hidden</numerusform>
            <numerusform>%n older closed matches hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message numerus="yes">
        <location line="-192"/>
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n day in this stage</numerusform>
            <numerusform>%n days in this stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/encryption/dialogs.py" line="+102"/>
        <source>Encrypt the %n existing backup(s) too</source>
        <translation>
            <numerusform>Encrypt the %n existing backup too</numerusform>
            <numerusform>Encrypt the %n existing backups too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+10"/>
        <source>Remove the %n existing backup(s) (after the new one)</source>
        <translation>
            <numerusform>Remove the %n existing backup (after the new one)</numerusform>
            <numerusform>Remove the %n existing backups (after the new one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Store the %n existing backup(s) unencrypted too</source>
        <translation>
            <numerusform>Store the %n existing backup unencrypted too</numerusform>
            <numerusform>Store the %n existing backups unencrypted too</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/today.py" line="+189"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/encryption/actions.py" line="+159"/>
        <source>%n existing backup(s) converted.</source>
        <translation>
            <numerusform>%n existing backup converted.</numerusform>
            <numerusform>%n existing backups converted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n old backup(s) removed.</source>
        <translation>
            <numerusform>%n old backup removed.</numerusform>
            <numerusform>%n old backups removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/tabs.py" line="+60"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
