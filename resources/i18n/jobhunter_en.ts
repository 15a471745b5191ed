<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/pipeline/board.py" line="+274"/>
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
        <location filename="../../jobhunter/ui/caseload/client_file.py" line="+242"/>
        <source>%n intervention(s) past the end date without evaluation: adjust?</source>
        <translation>
            <numerusform>%n intervention past the end date without evaluation: adjust?</numerusform>
            <numerusform>%n interventions past the end date without evaluation: adjust?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/main_window.py" line="+305"/>
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
        <location line="+53"/>
        <source>%n appointment(s) exported to %1</source>
        <translation>
            <numerusform>%n appointment exported to %1</numerusform>
            <numerusform>%n appointments exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n contact person(s) exported to %1</source>
        <translation>
            <numerusform>%n contact person exported to %1</numerusform>
            <numerusform>%n contact persons exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+155"/>
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
        <location filename="../../jobhunter/ui/pipeline/match_file.py" line="+373"/>
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
        <location filename="../../jobhunter/ui/pipeline/dialogs.py" line="+355"/>
        <source>? %n to ask</source>
        <translation>
            <numerusform>? %n to ask</numerusform>
            <numerusform>? %n to ask</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/record_tab.py" line="+324"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/aftercare/dialogs.py" line="+85"/>
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
        <location filename="../../jobhunter/ui/search_panel.py" line="+258"/>
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
        <location filename="../../jobhunter/ui/pipeline/board.py" line="+61"/>
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
        <location line="-183"/>
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n day in this stage</numerusform>
            <numerusform>%n days in this stage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/today.py" line="+181"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n day ago)</numerusform>
            <numerusform>%1 (%n days ago)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/tabs.py" line="+59"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
