<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AccessExportDoneDialog</name>
    <message>
        <location filename="../../jobhunter/ui/privacy/access.py" line="+47"/>
        <source>Access export</source>
        <translation>Inzage-export</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Written to %1:
the readable PDF, the same data as JSON, and %n document(s).</source>
        <translation>
            <numerusform>Geschreven naar %1:
de leesbare PDF, dezelfde gegevens als JSON en %n document.</numerusform>
            <numerusform>Geschreven naar %1:
de leesbare PDF, dezelfde gegevens als JSON en %n documenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n document(s) are listed but their file is missing from the data folder.</source>
        <translation>
            <numerusform>%n document staat in het dossier, maar het bestand ontbreekt in de gegevensmap.</numerusform>
            <numerusform>%n documenten staan in het dossier, maar hun bestanden ontbreken in de gegevensmap.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export holds special categories of personal data: give it to the client in person or protected, and remove your copy once it is handed over.</source>
        <translation>De export bevat bijzondere persoonsgegevens: geef hem persoonlijk of beveiligd aan de cliënt en verwijder je kopie zodra hij is overhandigd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
</context>
<context>
    <name>AftercarePage</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/page.py" line="+451"/>
        <source>Month</source>
        <extracomment>what the calendar and its side lists show</extracomment>
        <translation>Maand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today (Ctrl+T)</source>
        <translation>Vandaag (Ctrl+T)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Previous (Page Up)</source>
        <translation>Vorige (Page Up)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next (Page Down)</source>
        <translation>Volgende (Page Down)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Templates…</source>
        <translation>Sjablonen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>Open problems</source>
        <translation>Open problemen</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>All appointments</source>
        <translation>Alle afspraken</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../jobhunter/ui/backup/session.py" line="+158"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back the backup of %1? The current database is set aside under a dated name in %2; what was changed after the backup will not be in the restored one.</source>
        <translation>De reservekopie van %1 terugzetten? De huidige database wordt met de datum in de naam apart gezet in %2; wat na de reservekopie is veranderd, staat niet in de teruggezette.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Backup made and verified: %1</source>
        <translation>Reservekopie gemaakt en gecontroleerd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup or check is running; try again in a moment.</source>
        <translation>Er loopt al een reservekopie of controle; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore failed</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored. The previous database is set aside as %1.</source>
        <translation>Reservekopie teruggezet. De vorige database staat apart als %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Erased again, as erased after this backup was made: %n client(s).</source>
        <translation>
            <numerusform>%n cliënt die na deze reservekopie was gewist, is opnieuw gewist.</numerusform>
            <numerusform>%n cliënten die na deze reservekopie waren gewist, zijn opnieuw gewist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Automatic backup failed: %1</source>
        <translation>Automatische reservekopie mislukt: %1</translation>
    </message>
</context>
<context>
    <name>AppointmentForm</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/page.py" line="-518"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was discussed</source>
        <translation>Wat er besproken is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it goes: employee (1-5)</source>
        <translation>Hoe gaat het: werknemer (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it goes: employer (1-5)</source>
        <translation>Hoe gaat het: werkgever (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>AppointmentPanel</name>
    <message>
        <location line="+23"/>
        <source>Choose an appointment in the calendar.</source>
        <translation>Kies een afspraak in de agenda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check-in done</source>
        <translation>Check-in afgerond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record what was discussed and close the check-in</source>
        <translation>Leg vast wat besproken is en rond de check-in af</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem raised…</source>
        <translation>Probleem melden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the match</source>
        <translation>Match openen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This appointment has not taken place yet.</source>
        <translation>Deze afspraak heeft nog niet plaatsgevonden.</translation>
    </message>
</context>
<context>
    <name>ArrangementDialog</name>
    <message>
        <location filename="../../jobhunter/ui/employers/dialogs.py" line="+313"/>
        <location line="+28"/>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>(no placement)</source>
        <translation>(geen plaatsing)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(whole employer)</source>
        <translation>(hele werkgever)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loonwaarde: the share of full productivity; under 100 % for dispensation</source>
        <translation>Loonwaarde: het deel van de volle productiviteit; onder 100 % voor loondispensatie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For placement</source>
        <translation>Voor plaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For workplace</source>
        <translation>Voor werkplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wage dispensation needs the wage value, under 100 %.</source>
        <translation>Loondispensatie vraagt de loonwaarde, onder 100 %.</translation>
    </message>
</context>
<context>
    <name>ArrangementsSection</name>
    <message>
        <location filename="../../jobhunter/ui/employers/sections.py" line="+394"/>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage value</source>
        <translation>Loonwaarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ends within a month: talk with the employer now</source>
        <translation>Loopt binnen een maand af: bespreek het nu met de werkgever</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../jobhunter/ui/privacy/audit_view.py" line="+61"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter the rows shown…</source>
        <translation>Getoonde regels filteren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All clients</source>
        <translation>Alle cliënten</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n gebeurtenis</numerusform>
            <numerusform>%n gebeurtenissen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the newest %1; narrow the filter to see older ones)</source>
        <translation>(de nieuwste %1; verfijn het filter om oudere te zien)</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../jobhunter/ui/backup/menu.py" line="+14"/>
        <source>Make a &amp;backup now</source>
        <translation>Nu een &amp;reservekopie maken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the database to the backups folder and verify the copy</source>
        <translation>Kopieer de database naar de map met reservekopieën en controleer de kopie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore backup…</source>
        <translation>Reservekopie terugzetten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back a backup; the current database is set aside</source>
        <translation>Zet een reservekopie terug; de huidige database wordt apart gezet</translation>
    </message>
</context>
<context>
    <name>BackupSession</name>
    <message>
        <location filename="../../jobhunter/ui/backup/session.py" line="-173"/>
        <source>Jobhunter</source>
        <translation>Jobhunter</translation>
    </message>
</context>
<context>
    <name>BarrierSection</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/sections.py" line="+81"/>
        <source>Barriers</source>
        <translation>Belemmeringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>light</source>
        <translation>licht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>matig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>severe</source>
        <translation>ernstig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Employee skills</source>
        <translation>Werknemersvaardigheden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 not yet</source>
        <translation>1 nog niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 weak</source>
        <translation>2 zwak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 sufficient</source>
        <translation>3 voldoende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 good</source>
        <translation>4 goed</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/board.py" line="+87"/>
        <source>Pipeline board</source>
        <extracomment>the stages a card walks through with Ctrl+Left and Ctrl+Right closed matches stay on the board this long, unless the user asks for all the narrowest a column may get before the board scrolls sideways (a card still shows the start of a name); columns share whatever width there is beyond this the keys the board handles in ``_on_key`` and ``eventFilter``, for the shortcuts page</extracomment>
        <translation>Pipelinebord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← / →</source>
        <translation>← / →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a card in the column beside</source>
        <translation>Een kaart in de kolom ernaast kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ / ↓</source>
        <translation>↑ / ↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a card in the column</source>
        <translation>Een kaart in de kolom kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+← / Ctrl+→</source>
        <translation>Ctrl+← / Ctrl+→</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the card a stage back or on</source>
        <translation>De kaart een fase terug of verder zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+F10 / Menu key</source>
        <translation>Shift+F10 / menutoets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card&apos;s menu: any stage, the client, the employer</source>
        <translation>Het menu van de kaart: elke fase, de cliënt, de werkgever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the match file beside the board</source>
        <translation>Het matchdossier naast het bord openen</translation>
    </message>
    <message>
        <location line="+269"/>
        <source>Filter cards by client, employer, workplace…</source>
        <translation>Kaarten filteren op cliënt, werkgever, werkplek…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show older closed matches</source>
        <translation>Oudere afgesloten matches tonen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag a card, or move it with Ctrl+← and Ctrl+→; ← and → change column; Shift+F10 opens its menu.</source>
        <translation>Sleep een kaart, of verplaats hem met Ctrl+← en Ctrl+→; ← en → wisselen van kolom; Shift+F10 opent het menu.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open client</source>
        <translation>Cliënt openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open employer</source>
        <translation>Werkgever openen</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/calendar.py" line="+79"/>
        <source>Aftercare calendar</source>
        <extracomment>the width of Saturday and Sunday against a working day: little happens then, and the working days get the room to show whom an appointment is with the keys the calendars handle in ``keyPressEvent``, for the shortcuts page</extracomment>
        <translation>Nazorgagenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← → ↑ ↓</source>
        <translation>← → ↑ ↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the previous or next appointment</source>
        <translation>De vorige of volgende afspraak kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the appointment</source>
        <translation>De afspraak openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up / Page Down</source>
        <translation>Page Up / Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous or next week or month</source>
        <translation>De vorige of volgende week of maand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+← / Ctrl+→</source>
        <translation>Ctrl+← / Ctrl+→</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the appointment a day back or on</source>
        <translation>De afspraak een dag eerder of later zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+↑ / Ctrl+↓</source>
        <translation>Ctrl+↑ / Ctrl+↓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the appointment a quarter of an hour</source>
        <translation>De afspraak een kwartier verschuiven</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/pipeline/board.py" line="-250"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prepared %1/%2</source>
        <translation>voorbereid %1/%2</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/page.py" line="+60"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by the filter &apos;No contact for more than N days&apos;</source>
        <translation>Gebruikt door het filter &apos;Langer dan N dagen geen contact&apos;</translation>
    </message>
</context>
<context>
    <name>ChecklistBox</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/match_file.py" line="+75"/>
        <source>Add your own item and press Enter</source>
        <translation>Eigen punt toevoegen en op Enter drukken</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove this item</source>
        <translation>Dit punt verwijderen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 done</source>
        <translation>%1 van %2 gedaan</translation>
    </message>
</context>
<context>
    <name>ClientFileWidget</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/client_file.py" line="+77"/>
        <source>Select a client in the list, or press Ctrl+N to add one.</source>
        <extracomment>what the file shows besides the client: a change to any of these may concern it</extracomment>
        <translation>Kies een cliënt in de lijst, of druk op Ctrl+N om een nieuwe cliënt toe te voegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change &amp;phase…</source>
        <translation>&amp;Fase wijzigen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barriers</source>
        <translation>Belemmeringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan van aanpak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning goals</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact log</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches and aftercare</source>
        <translation>Matches en nazorg</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hand &amp;over…</source>
        <translation>Over&amp;dragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand this client over to a colleague</source>
        <translation>Deze cliënt overdragen aan een collega</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Werkverkenner not filled in: encourage the client to fill it in.</source>
        <translation>Werkverkenner niet ingevuld: moedig de cliënt aan om deze in te vullen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Werkverkenner below 50 %: invite for a work orientation talk now.</source>
        <translation>Werkverkenner onder 50 %: nodig de cliënt nu uit voor een werkoriëntatiegesprek.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Werkverkenner above 50 % but unemployed for over six months: invite for a work orientation talk.</source>
        <translation>Werkverkenner boven 50 %, maar langer dan zes maanden werkloos: nodig de cliënt uit voor een werkoriëntatiegesprek.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n intervention(s) to adjust: past the end without evaluation, or a weak effect without a follow-up</source>
        <translation>
            <numerusform>%n interventie bijstellen? Voorbij de einddatum zonder evaluatie, of zwak effect zonder vervolg</numerusform>
            <numerusform>%n interventies bijstellen? Voorbij de einddatum zonder evaluatie, of zwak effect zonder vervolg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../jobhunter/ui/handover/keys.py" line="+79"/>
        <source>Colleagues for handover</source>
        <translation>Collega&apos;s voor overdracht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover key</source>
        <translation>Overdrachtssleutel</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/dialogs.py" line="+244"/>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. CV, work experience, skills and availability</source>
        <translation>bijv. cv, werkervaring, vaardigheden en beschikbaarheid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitive information the client named explicitly</source>
        <translation>Bijzondere gegevens die de cliënt uitdrukkelijk noemde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only what is ticked here may appear in a candidate profile, whatever the text above says. Leave all unticked when in doubt.</source>
        <translation>Alleen wat hier is aangevinkt kan in een kandidaatprofiel komen, wat de tekst hierboven ook zegt. Laat bij twijfel alles uit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The client agreed to this explicitly</source>
        <translation>De cliënt heeft hier uitdrukkelijk mee ingestemd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What may be shared</source>
        <translation>Wat gedeeld mag worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Describe what may be shared.</source>
        <translation>Beschrijf wat gedeeld mag worden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm that the client agreed.</source>
        <translation>Bevestig dat de cliënt heeft ingestemd.</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/sections.py" line="+411"/>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What may be shared</source>
        <translation>Wat gedeeld mag worden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record &amp;consent…</source>
        <translation>&amp;Toestemming vastleggen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>also: %1</source>
        <translation>ook: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason (optional)</source>
        <translation>Reden (optioneel)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../jobhunter/ui/employers/dialogs.py" line="-350"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred channel</source>
        <translation>Voorkeurskanaal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The name is required.</source>
        <translation>De naam is verplicht.</translation>
    </message>
</context>
<context>
    <name>ContactLogSection</name>
    <message>
        <location filename="../../jobhunter/ui/employers/contact_log.py" line="+47"/>
        <source>Who you spoke or wrote with</source>
        <translation>Met wie je sprak of mailde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was discussed? Enter saves (Ctrl+L)</source>
        <translation>Wat is er besproken? Enter slaat op (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next follow-up; left empty, a follow-up due today or earlier is done</source>
        <translation>Volgende opvolging; leeg gelaten is een opvolging van vandaag of eerder afgerond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Write a contact in the employer file</source>
        <translation>Een contact vastleggen in het werkgeversdossier</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow up on</source>
        <translation>Opvolgen op</translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/sections.py" line="-224"/>
        <source>What happened? Enter saves (Ctrl+L)</source>
        <translation>Wat is er gebeurd? Enter slaat op (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the log…</source>
        <translation>Zoeken in contactmomenten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+300"/>
        <source>Write a contact moment in the client file</source>
        <translation>Een contactmoment vastleggen in het cliëntdossier</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <location filename="../../jobhunter/ui/employers/sections.py" line="-330"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefers</source>
        <translation>Voorkeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>Vast aanspreekpunt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;primary contact</source>
        <translation>Maak &amp;vast aanspreekpunt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes of primary contact</source>
        <translation>Wisselingen van vast aanspreekpunt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <location filename="../../jobhunter/ui/backup/dialogs.py" line="+178"/>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no verified backup to bring back. Do not work on in this database; send the log file to support.</source>
        <translation>Er is geen gecontroleerde reservekopie om terug te zetten. Werk niet verder in deze database; stuur het logbestand naar de ondersteuning.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>(%n client(s))</source>
        <translation>
            <numerusform>(%n cliënt)</numerusform>
            <numerusform>(%n cliënten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newest verified backup is from %1%2. Restoring it sets the damaged database aside under a dated name (it is not deleted); what was changed after the backup is not in it.</source>
        <translation>De nieuwste gecontroleerde reservekopie is van %1%2. Terugzetten zet de beschadigde database apart met de datum in de naam (hij wordt niet verwijderd); wat na de reservekopie is veranderd, staat er niet in.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore this backup</source>
        <translation>Deze reservekopie terugzetten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose another backup…</source>
        <translation>Andere reservekopie kiezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../jobhunter/ui/documents/preview.py" line="+78"/>
        <source>Briefing</source>
        <extracomment>the resolution pages are rendered at for the printer (enough for 10 pt text) the document is on screen (or failed: ``None``); for tests and the status bar something was printed or saved: a Dutch line for the status bar</extracomment>
        <translation>Briefing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candidate profile</source>
        <translation>Kandidaatprofiel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your details…</source>
        <translation>Je gegevens…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name and phone for the footer (File › Settings)</source>
        <translation>Naam en telefoon voor de voettekst (Bestand › Instellingen)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Making the briefing…</source>
        <translation>De briefing wordt gemaakt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making the candidate profile…</source>
        <translation>Het kandidaatprofiel wordt gemaakt…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The document could not be made: %1</source>
        <translation>Het document kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not allowed</source>
        <translation>Niet toegestaan</translation>
    </message>
</context>
<context>
    <name>DocumentSection</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/sections.py" line="-228"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current CV</source>
        <translation>Actueel cv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attach file…</source>
        <translation>Bestand &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as current CV</source>
        <translation>Markeren als actueel cv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attach a document</source>
        <translation>Document toevoegen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is missing from the data folder: %1</source>
        <translation>Het bestand ontbreekt in de gegevensmap: %1</translation>
    </message>
</context>
<context>
    <name>EmployerFileWidget</name>
    <message>
        <location filename="../../jobhunter/ui/employers/page.py" line="+89"/>
        <source>Select an employer in the list, or press Ctrl+N to add one.</source>
        <extracomment>what the file shows besides the employer: a change to any of these may concern it</extracomment>
        <translation>Kies een werkgever in de lijst, of druk op Ctrl+N om een nieuwe werkgever toe te voegen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vCard…</source>
        <translation>vCard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the contact persons as vCard</source>
        <translation>De contactpersonen exporteren als vCard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End cooperation…</source>
        <translation>Samenwerking beëindigen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact log</source>
        <translation>Contactlog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Bedrijfsbezoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplaces</source>
        <translation>Werkplekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangements</source>
        <translation>Regelingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Plaatsingshistorie</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>⚠ Cooperation ended because of discrimination: %1</source>
        <translation>⚠ Samenwerking beëindigd wegens discriminatie: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cooperation ended: %1</source>
        <translation>Samenwerking beëindigd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still open here: %1</source>
        <translation>hier nog open: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up overdue since %1</source>
        <translation>Opvolging verlopen sinds %1</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n workplace(s) closed</source>
        <translation>
            <numerusform>%n werkplek gesloten</numerusform>
            <numerusform>%n werkplekken gesloten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close the open matches in the pipeline</source>
        <translation>sluit de open matches af in de pipeline</translation>
    </message>
</context>
<context>
    <name>EncryptionSettings</name>
    <message>
        <location filename="../../jobhunter/ui/encryption/settings.py" line="+20"/>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypted, the database and its backups cannot be read from the disk without the key (a lost or stolen laptop). The key is kept in your computer&apos;s keyring, which your login opens; a recovery passphrase you write down opens the database when the keyring is lost. While you are logged in, anyone using your account can open Jobhunter as you can; attached documents and exports are not encrypted by this setting (full-disk encryption covers those).</source>
        <translation>Versleuteld zijn de database en haar reservekopieën zonder de sleutel niet van de schijf te lezen (een verloren of gestolen laptop). De sleutel staat in de sleutelbos van je computer, die met je aanmelding opengaat; een herstelwachtwoord dat je opschrijft opent de database als de sleutelbos kwijt is. Zolang je bent aangemeld, kan wie jouw account gebruikt Jobhunter openen zoals jij; bijgevoegde documenten en exports versleutelt deze instelling niet (versleuteling van de hele schijf doet dat wel).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New recovery passphrase…</source>
        <translation>Nieuw herstelwachtwoord…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;The database is stored encrypted&lt;/b&gt; (SQLCipher, AES-256). Recovery passphrase made on %1.</source>
        <translation>&lt;b&gt;De database wordt versleuteld bewaard&lt;/b&gt; (SQLCipher, AES-256). Herstelwachtwoord gemaakt op %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Store unencrypted…</source>
        <translation>Onversleuteld bewaren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The database is not encrypted.&lt;/b&gt;</source>
        <translation>&lt;b&gt;De database is niet versleuteld.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database…</source>
        <translation>Database versleutelen…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n backup(s) are not encrypted.</source>
        <translation>
            <numerusform>%n reservekopie is niet versleuteld.</numerusform>
            <numerusform>%n reservekopieën zijn niet versleuteld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n backup(s) are still encrypted.</source>
        <translation>
            <numerusform>%n reservekopie is nog versleuteld.</numerusform>
            <numerusform>%n reservekopieën zijn nog versleuteld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An interrupted switch is being finished.</source>
        <translation>Een onderbroken omzetting wordt afgemaakt.</translation>
    </message>
</context>
<context>
    <name>EndCooperationDialog</name>
    <message>
        <location filename="../../jobhunter/ui/employers/dialogs.py" line="+350"/>
        <location line="+18"/>
        <source>End cooperation</source>
        <translation>Samenwerking beëindigen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Ending the cooperation with %1 closes its open workplaces; nobody is proposed there any more. Matches still open stay for you to close.</source>
        <translation>Het beëindigen van de samenwerking met %1 sluit de open werkplekken; daar wordt niemand meer voorgesteld. Matches die nog open staan sluit je zelf af.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened, in one sentence</source>
        <translation>Wat er gebeurde, in één zin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended because of discrimination</source>
        <translation>Beëindigd wegens discriminatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the reason.</source>
        <translation>Geef de reden op.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../jobhunter/ui/privacy/erase.py" line="+53"/>
        <source>Remove client (GDPR)</source>
        <extracomment>what erasing changes, for every view that shows it</extracomment>
        <translation>Cliënt verwijderen (AVG)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt; and everything stored about them will be removed for good:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en alles wat over deze persoon is vastgelegd, wordt definitief verwijderd:</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The audit log keeps %n event(s) of what was done, under a pseudonym and without personal details.</source>
        <translation>
            <numerusform>Het auditlog bewaart %n gebeurtenis van wat er is gedaan, onder een pseudoniem en zonder persoonsgegevens.</numerusform>
            <numerusform>Het auditlog bewaart %n gebeurtenissen van wat er is gedaan, onder een pseudoniem en zonder persoonsgegevens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&lt;li&gt;and %n more&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;en nog %n&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;en nog %n&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The name also appears in %n other record(s), which stay. Edit them first if they should not keep it:</source>
        <translation>
            <numerusform>De naam staat ook in %n ander record, dat blijft bestaan. Pas het eerst aan als de naam daar niet mag blijven:</numerusform>
            <numerusform>De naam staat ook in %n andere records, die blijven bestaan. Pas ze eerst aan als de naam daar niet mag blijven:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n backup(s) still hold this data; you can remove them afterwards.</source>
        <translation>
            <numerusform>%n reservekopie bevat deze gegevens nog; je kunt die daarna verwijderen.</numerusform>
            <numerusform>%n reservekopieën bevatten deze gegevens nog; je kunt ze daarna verwijderen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I understand that this cannot be undone</source>
        <translation>Ik begrijp dat dit niet ongedaan kan worden gemaakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>the client file itself: personal details, intake and notes (%n)</source>
        <translation>
            <numerusform>het dossier zelf: personalia, intake en notities (%n)</numerusform>
            <numerusform>de dossiers zelf: personalia, intake en notities (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>the files of %n document(s): %1</source>
        <translation>
            <numerusform>het bestand van %n document: %1</numerusform>
            <numerusform>de bestanden van %n documenten: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>their entries in the search index</source>
        <translation>de vermeldingen in de zoekindex</translation>
    </message>
</context>
<context>
    <name>ErasedDialog</name>
    <message>
        <location line="+18"/>
        <source>Client removed</source>
        <translation>Cliënt verwijderd</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n record verwijderd</numerusform>
            <numerusform>%n records verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s) removed from disk</source>
        <translation>
            <numerusform>%n document van de schijf verwijderd</numerusform>
            <numerusform>%n documenten van de schijf verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log now names them %1.</source>
        <translation>Het auditlog noemt deze persoon voortaan %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not everything could be cleaned up: some files could not be removed or the store was in use. Try again after restarting Jobhunter.</source>
        <translation>Niet alles kon worden opgeruimd: sommige bestanden konden niet worden verwijderd of de database was in gebruik. Probeer het opnieuw na een herstart van Jobhunter.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Remove these %n backup(s) now</source>
        <translation>
            <numerusform>%n reservekopie nu verwijderen</numerusform>
            <numerusform>%n reservekopieën nu verwijderen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../jobhunter/ui/handover/export_dialog.py" line="+61"/>
        <source>Hand over clients</source>
        <translation>Cliënten overdragen</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n client(s) go to a colleague in one encrypted packet, with everything attached to them and the employers they work with.</source>
        <translation>
            <numerusform>%n cliënt gaat in één versleuteld pakket naar een collega, met alles wat erbij hoort en de werkgevers waarmee hij of zij te maken heeft.</numerusform>
            <numerusform>%n cliënten gaan in één versleuteld pakket naar een collega, met alles wat erbij hoort en de werkgevers waarmee ze te maken hebben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What the new jobhunter should know: what works with this client, what they are afraid of, promises made, who to call first…</source>
        <translation>Wat de nieuwe jobhunter moet weten: wat werkt bij deze cliënt, waar hij of zij bang voor is, gemaakte afspraken, wie je het eerst belt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the new jobhunter should know</source>
        <translation>Wat de nieuwe jobhunter moet weten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also send my whole employer network</source>
        <translation>Ook mijn hele werkgeversnetwerk meesturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without this, only the employers these clients are connected to travel along.</source>
        <translation>Zonder dit gaan alleen de werkgevers mee waarmee deze cliënten te maken hebben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protection</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a colleague&apos;s key</source>
        <translation>Voor de sleutel van een collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a passphrase</source>
        <translation>Met een wachtwoord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another key (paste it)…</source>
        <translation>Andere sleutel (plakken)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colleague&apos;s name</source>
        <translation>Naam van de collega</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New suggestion</source>
        <translation>Nieuw voorstel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the passphrase out over the phone; never send it with the packet. An own choice needs at least 16 characters and must be hard to guess.</source>
        <translation>Lees het wachtwoord voor aan de telefoon; stuur het nooit mee met het pakket. Een eigen keuze heeft minstens 16 tekens nodig en moet moeilijk te raden zijn.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hand over…</source>
        <translation>Overdragen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>colleague (passphrase)</source>
        <translation>collega (wachtwoord)</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../jobhunter/ui/privacy/retention.py" line="+79"/>
        <source>Extend retention</source>
        <translation>Bewaartermijn verlengen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the file of &lt;b&gt;%1&lt;/b&gt; longer than %2.</source>
        <translation>Het dossier van &lt;b&gt;%1&lt;/b&gt; langer bewaren dan %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. a complaint or objection is still running</source>
        <translation>bijv. er loopt nog een klacht of bezwaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a day after today.</source>
        <translation>Kies een dag na vandaag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the reason for keeping the file longer.</source>
        <translation>Geef de reden om het dossier langer te bewaren.</translation>
    </message>
</context>
<context>
    <name>GoalSection</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/sections.py" line="-208"/>
        <source>Learning goal / reflection</source>
        <translation>Leerdoel / reflectie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Achieved</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New learning goal, in the client&apos;s words; Enter</source>
        <translation>Nieuw leerdoel, in de woorden van de cliënt; Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;reflection…</source>
        <translation>&amp;Reflectie toevoegen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select a learning goal first.</source>
        <translation>Kies eerst een leerdoel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What did the client learn?</source>
        <translation>Wat heeft de cliënt geleerd?</translation>
    </message>
</context>
<context>
    <name>HandoverActions</name>
    <message>
        <location filename="../../jobhunter/ui/handover/actions.py" line="+52"/>
        <source>Hand &amp;over selected clients…</source>
        <extracomment>table of a changed record -&gt; the hub&apos;s kind for it</extracomment>
        <translation>Gekozen cliënten &amp;overdragen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receive handover…</source>
        <translation>Overd&amp;racht ontvangen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My handover key…</source>
        <translation>Mijn overdrachtssleutel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colleagues for handover…</source>
        <translation>Collega&apos;s voor overdracht…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Hand over %n client(s)…</source>
        <translation>
            <numerusform>%n cliënt overdragen…</numerusform>
            <numerusform>%n cliënten overdragen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Hand over all %n client(s) in this filter…</source>
        <translation>
            <numerusform>De %n cliënt in dit filter overdragen…</numerusform>
            <numerusform>Alle %n cliënten in dit filter overdragen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select the clients to hand over.</source>
        <translation>Kies de cliënten die je wilt overdragen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Making the handover packet…</source>
        <translation>Overdrachtspakket maken en versleutelen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handover failed</source>
        <translation>Overdragen mislukt</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n client(s) handed over in %1</source>
        <translation>
            <numerusform>%n cliënt overgedragen in %1</numerusform>
            <numerusform>%n cliënten overgedragen in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Handover ready</source>
        <translation>Overdracht klaar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The packet is ready. Mark the %n client(s) as transferred (trajectory closed, reason &quot;handed over to %1&quot;)?</source>
        <translation>
            <numerusform>Het pakket is klaar. De %n cliënt als overgedragen markeren (traject afgesloten, reden &quot;overgedragen aan %1&quot;)?</numerusform>
            <numerusform>Het pakket is klaar. De %n cliënten als overgedragen markeren (traject afgesloten, reden &quot;overgedragen aan %1&quot;)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the handover packet</source>
        <translation>Overdrachtspakket opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handover packets (*.age)</source>
        <translation>Overdrachtspakketten (*.age)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+63"/>
        <location line="+15"/>
        <source>Receive handover</source>
        <translation>Overdracht ontvangen</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Handover packets (*.age);;All files (*)</source>
        <translation>Overdrachtspakketten (*.age);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This packet is for a handover key, and you have none yet. Give your colleague your key (File → My handover key) and ask for a new packet, or one with a passphrase.</source>
        <translation>Dit pakket is voor een overdrachtssleutel versleuteld en je hebt er nog geen. Geef je collega je sleutel (Bestand → Mijn overdrachtssleutel) en vraag een nieuw pakket, of een met een wachtwoord.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening and checking the packet…</source>
        <translation>Pakket openen en controleren…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Importing…</source>
        <translation>Inlezen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Handover received</source>
        <translation>Overdracht ontvangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 new, %2 updated, %3 merged, %4 unchanged; %5 document(s). %6 earlier version(s) kept in the records&apos; history.</source>
        <translation>%1 nieuw, %2 bijgewerkt, %3 samengevoegd, %4 ongewijzigd; %5 document(en). %6 eerdere versie(s) bewaard in de geschiedenis van de records.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../jobhunter/ui/employers/sections.py" line="+335"/>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proposals here (goodwill)</source>
        <translation>Voorstellen hier (gunfactor)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>working</source>
        <translation>werkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 placement(s); %2 of %3 still working after six months.</source>
        <translation>%1 plaatsing(en); %2 van de %3 na zes maanden nog aan het werk.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No placements at this employer yet.</source>
        <translation>Nog geen plaatsingen bij deze werkgever.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 proposed · %2 hired · %3 dropped out · %4 rejected · %5 open</source>
        <translation>%1 voorgesteld · %2 aangenomen · %3 uitgevallen · %4 afgewezen · %5 open</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../jobhunter/ui/handover/import_dialog.py" line="+29"/>
        <source>%n new</source>
        <translation>%n nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n newer in the packet</source>
        <translation>%n nieuwer in het pakket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n identical</source>
        <translation>%n gelijk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n newer here (kept)</source>
        <translation>%n hier nieuwer (blijft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>%n conflict(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n likely duplicate(s)</source>
        <translation>%n mogelijk dubbel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed on both sides</source>
        <translation>Aan beide kanten veranderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the packet&apos;s version</source>
        <translation>Versie uit het pakket nemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Mijn versie houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge (mine, gaps filled)</source>
        <translation>Samenvoegen (mijn versie, lege velden aangevuld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different person: keep both</source>
        <translation>Andere persoon: beide houden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same: take the packet&apos;s details</source>
        <translation>Dezelfde: gegevens uit het pakket nemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same: keep my details</source>
        <translation>Dezelfde: mijn gegevens houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same: merge the details</source>
        <translation>Dezelfde: gegevens samenvoegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name</source>
        <extracomment>the fields a conflict shows most often; any other shows its name</extracomment>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase since</source>
        <translation>Fase sinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action on</source>
        <translation>Volgende actie op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Werkverkenner chance</source>
        <translation>Werkverkenner-kans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Zwaarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact</source>
        <translation>Vast aanspreekpunt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current CV</source>
        <translation>Actueel cv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Receive handover</source>
        <translation>Overdracht ontvangen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the packet</source>
        <translation>In het pakket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decide per record</source>
        <translation>Kies per record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is overwritten without your choice; the version not kept stays in the record&apos;s history.</source>
        <translation>Niets wordt overschreven zonder jouw keuze; de versie die niet blijft, wordt bewaard in de geschiedenis van het record.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Everything in this packet is here already.</source>
        <translation>Alles uit dit pakket staat er al; er is niets te doen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>From %1, %2</source>
        <translation>Van %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n record(s) only here, kept as they are</source>
        <translation>
            <numerusform>%n record staat alleen hier en blijft zoals het is</numerusform>
            <numerusform>%n records staan alleen hier en blijven zoals ze zijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documenten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please read before importing:</source>
        <translation>Lees dit voordat je inleest:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Inlezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>IntakeSection</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/intake.py" line="+35"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>06-12345678</source>
        <translation>06-12345678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Arabic, Dutch</source>
        <translation>bijv. Arabisch, Nederlands</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dutch level</source>
        <translation>Niveau Nederlands</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startkwalificatie</source>
        <translation>Startkwalificatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own transport</source>
        <translation>Eigen vervoer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours available per week</source>
        <translation>Beschikbare uren per week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and talents</source>
        <translation>Vaardigheden en talenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unemployed since</source>
        <translation>Werkloos sinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action on</source>
        <translation>Volgende actie op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkverkenner</source>
        <translation>Werkverkenner</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chance of work within a year</source>
        <translation>Kans op werk binnen een jaar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not filled in</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filled in on</source>
        <translation>Ingevuld op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores on the 18 factors (1 = obstacle, 5 = strength)</source>
        <translation>Scores op de 18 factoren (1 = belemmering, 5 = kracht)</translation>
    </message>
</context>
<context>
    <name>InterventionDialog</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/dialogs.py" line="-173"/>
        <source>Intervention</source>
        <translation>Interventie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The client&apos;s own barriers come first</source>
        <translation>De belemmeringen van de cliënt staan bovenaan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How it is done: approach, tone, who does what (bejegening)</source>
        <translation>Hoe je het doet: aanpak, toon, wie doet wat (bejegening)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What effect do you see? Adjust if none.</source>
        <translation>Welk effect zie je? Stel bij als er geen effect is.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>– (not decided)</source>
        <translation>– (nog niet besloten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Pakt aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approach</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation of the effect</source>
        <translation>Evaluatie van het effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect seen</source>
        <translation>Gezien effect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Vervolg</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A weak effect keeps asking &apos;adjust?&apos; until you choose what follows</source>
        <translation>Een zwak effect blijft &apos;bijstellen?&apos; vragen tot je een vervolg kiest</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The goal is required.</source>
        <translation>Het doel is verplicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score the effect you see (1 none to 5 strong).</source>
        <translation>Geef het effect aan dat je ziet (1 geen tot 5 sterk).</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/match_file.py" line="+62"/>
        <source>Interview</source>
        <translation>Sollicitatiegesprek</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jobhunter/ui/main_window.py" line="+100"/>
        <source>Jobhunter</source>
        <extracomment>record kind -&gt; the tab that lists it every kind of record a view may show, for a refresh of everything before this hour the window opens on &quot;Vandaag&quot; (and at the first start of any day)</extracomment>
        <translation>Jobhunter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>demo data</source>
        <translation>demogegevens</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Search everything (Ctrl+F)…</source>
        <translation>Alles doorzoeken (Ctrl+F)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New client, employer or match, depending on the tab</source>
        <translation>Nieuwe cliënt, werkgever of match, afhankelijk van het tabblad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export all contact persons (vCard)…</source>
        <translation>Alle contactpersonen exporteren (vCard)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export aftercare calendar (iCalendar)…</source>
        <translation>Nazorgagenda exporteren (iCalendar)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aftercare templates…</source>
        <translation>Nazorgsjablonen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Today in the calendar</source>
        <translation>&amp;Vandaag in de agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Auditlog…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retention e&amp;xpired…</source>
        <translation>Bewaartermijn &amp;verlopen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Jobhunter</source>
        <translation>&amp;Over Jobhunter</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n aftercare appointment(s) planned</source>
        <translation>
            <numerusform>%n nazorgafspraak gepland</numerusform>
            <numerusform>%n nazorgafspraken gepland</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n aftercare appointment(s) still to come cancelled</source>
        <translation>
            <numerusform>%n komende nazorgafspraak geannuleerd</numerusform>
            <numerusform>%n komende nazorgafspraken geannuleerd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dropout</source>
        <translation>Uitval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The match is still in %1. Move it to %2 in the pipeline too?</source>
        <translation>De match staat nog op %1. Ook in de pipeline naar %2 verplaatsen?</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Export aftercare calendar</source>
        <translation>Nazorgagenda exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n appointment(s) exported to %1</source>
        <translation>
            <numerusform>%n afspraak geëxporteerd naar %1</numerusform>
            <numerusform>%n afspraken geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export contact persons</source>
        <translation>Contactpersonen exporteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-bestanden (*.vcf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet opslaan: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n contact person(s) exported to %1</source>
        <translation>
            <numerusform>%n contactpersoon geëxporteerd naar %1</numerusform>
            <numerusform>%n contactpersonen geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+327"/>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>no permission to write there</source>
        <translation>geen rechten om daar te schrijven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that is a folder</source>
        <translation>dat is een map</translation>
    </message>
    <message numerus="yes">
        <location line="+124"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n cliënt</numerusform>
            <numerusform>%n cliënten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n employer(s)</source>
        <translation>
            <numerusform>%n werkgever</numerusform>
            <numerusform>%n werkgevers</numerusform>
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
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Jobhunter</source>
        <translation>Over Jobhunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobhunter %1
Data folder: %2</source>
        <translation>Jobhunter %1
Gegevensmap: %2</translation>
    </message>
</context>
<context>
    <name>MatchChooserDialog</name>
    <message>
        <location filename="../../jobhunter/ui/documents/chooser.py" line="+43"/>
        <source>Briefing for which candidate?</source>
        <translation>Briefing voor welke kandidaat?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate profile for which candidate?</source>
        <translation>Kandidaatprofiel voor welke kandidaat?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No candidate has been put forward to this employer yet.</source>
        <translation>Bij deze werkgever is nog geen kandidaat voorgesteld.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no consent to share with employers</source>
        <translation>geen toestemming om met werkgevers te delen</translation>
    </message>
</context>
<context>
    <name>MatchFileWidget</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/match_file.py" line="+43"/>
        <source>Select a card, or press Ctrl+N to propose a match.</source>
        <extracomment>what the file shows besides the match: a change to any of these may concern it</extracomment>
        <translation>Kies een kaart, of druk op Ctrl+N om een match voor te stellen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the client file</source>
        <translation>Cliëntdossier openen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the employer</source>
        <translation>Werkgever openen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change stage…</source>
        <translation>Fase wijzigen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Candidate preparation</source>
        <translation>Voorbereiding kandidaat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Employer pre-briefing</source>
        <translation>Voorbespreking werkgever</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Requirements of the workplace&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eisen van de werkplek&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n dag in deze fase</numerusform>
            <numerusform>%n dagen in deze fase</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time for a push</source>
        <translation>tijd voor een duwtje</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No workplace chosen, or it lists no requirements.</source>
        <translation>Geen werkplek gekozen, of er staan geen eisen bij.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✔ The client agreed that information may go to employers.</source>
        <translation>✔ De cliënt gaf toestemming om informatie met werkgevers te delen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ No consent on file to share information with employers: the employer&apos;s pre-briefing, later stages and a candidate profile need it. Record it on the client&apos;s Consent tab.</source>
        <translation>⚠ Geen toestemming vastgelegd om informatie met werkgevers te delen: de voorbespreking met de werkgever, latere fasen en een kandidaatprofiel vragen die wel. Leg haar vast op het tabblad Toestemming van de cliënt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed although a hard requirement is not met: %1</source>
        <translation>Voorgesteld hoewel niet aan een harde eis is voldaan: %1</translation>
    </message>
</context>
<context>
    <name>MatchForm</name>
    <message>
        <location line="-294"/>
        <source>Debrief on</source>
        <translation>Nabespreking op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the employer said</source>
        <translation>Wat de werkgever zei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the candidate said</source>
        <translation>Wat de kandidaat zei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed next step</source>
        <translation>Afgesproken volgende stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/dialogs.py" line="+173"/>
        <source>Change stage</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason (required)</source>
        <translation>Reden (verplicht)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened (optional)</source>
        <translation>Wat er gebeurde (optioneel)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give a reason for a rejection, withdrawal or dropout.</source>
        <translation>Geef een reden op bij afwijzing, terugtrekking of uitval.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/page.py" line="-34"/>
        <source>New client</source>
        <extracomment>index of &quot;No contact for more than N days&quot; in the client list&apos;s choices (after &quot;Active clients&quot;, &quot;All clients&quot; and the phases)</extracomment>
        <translation>Nieuwe cliënt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in the first and last name.</source>
        <translation>Vul de voornaam en achternaam in.</translation>
    </message>
</context>
<context>
    <name>NewEmployerDialog</name>
    <message>
        <location filename="../../jobhunter/ui/employers/page.py" line="-235"/>
        <source>New employer</source>
        <translation>Nieuwe werkgever</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is required.</source>
        <translation>De naam is verplicht.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/dialogs.py" line="+201"/>
        <source>Record the outcome</source>
        <translation>Uitkomst vastleggen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>after %1 months</source>
        <translation>na %1 maanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>still working</source>
        <translation>werkt nog</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>stopped (dropout)</source>
        <translation>gestopt (uitval)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>e.g. temporary contract 12 months</source>
        <translation>bijv. tijdelijk contract 12 maanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why it stopped (required for a dropout)</source>
        <translation>waarom gestopt (verplicht bij uitval)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint</source>
        <translation>Meetmoment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract form</source>
        <translation>Contractvorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recorded on %1: %2. Saving replaces it.</source>
        <translation>Vastgelegd op %1: %2. Opslaan vervangt dit.</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/sections.py" line="+259"/>
        <source>Find &amp;workplaces…</source>
        <extracomment>the user wants ranked open workplaces for this client (its id)</extracomment>
        <translation>&amp;Werkplekken zoeken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open workplaces ranked for this client</source>
        <translation>Open werkplekken, gerangschikt voor deze cliënt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Matches&lt;/b&gt;</source>
        <translation>&lt;b&gt;Matches&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Aftercare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nazorg&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Trajectory timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tijdlijn van het traject&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1  Phase: %2 — %3 (%4)</source>
        <translation>%1  Fase: %2 — %3 (%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  Match at %4: %2 %3</source>
        <translation>%1  Match bij %4: %2 %3</translation>
    </message>
</context>
<context>
    <name>OwnKeyDialog</name>
    <message>
        <location filename="../../jobhunter/ui/handover/keys.py" line="-70"/>
        <source>My handover key</source>
        <translation>Mijn overdrachtssleutel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give this key to colleagues who hand cases over to you. It is not secret: only the matching private key in your computer&apos;s keyring opens what is encrypted for it.</source>
        <translation>Geef deze sleutel aan collega&apos;s die cliënten aan jou overdragen. Hij is niet geheim: alleen de bijbehorende privésleutel in de sleutelbos van je computer opent wat ervoor versleuteld is.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can still hand over and receive packets protected by a passphrase.</source>
        <translation>Je kunt nog steeds pakketten met een wachtwoord overdragen en ontvangen.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../jobhunter/ui/handover/import_dialog.py" line="+61"/>
        <source>Passphrase of the packet</source>
        <translation>Wachtwoord van het pakket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase your colleague gave you:</source>
        <translation>Het wachtwoord dat je collega je gaf:</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/encryption/dialogs.py" line="+172"/>
        <source>New recovery passphrase</source>
        <translation>Nieuw herstelwachtwoord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery passphrase</source>
        <translation>Herstelwachtwoord</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Write this recovery passphrase down&lt;/b&gt; and keep it apart from this computer (with your other important papers). It opens the database when the keyring is lost: a new laptop, a reinstalled computer. Jobhunter shows it only now; nobody can recover it for you.</source>
        <translation>&lt;b&gt;Schrijf dit herstelwachtwoord op&lt;/b&gt; en bewaar het apart van deze computer (bij je andere belangrijke papieren). Het opent de database als de sleutelbos kwijt is: een nieuwe laptop, een opnieuw geïnstalleerde computer. Jobhunter toont het alleen nu; niemand kan het voor je terughalen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The previous passphrase stops working.</source>
        <translation>Het vorige herstelwachtwoord werkt dan niet meer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capitals and the dashes between the words do not matter when you type it back. You may type a passphrase of your own instead (five or six random words).</source>
        <translation>Hoofdletters en de streepjes tussen de woorden maken bij het overtypen niet uit. Je mag ook een eigen wachtwoord typen (vijf of zes willekeurige woorden).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another suggestion</source>
        <translation>Ander voorstel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have written the recovery passphrase down and keep it safe</source>
        <translation>Ik heb het herstelwachtwoord opgeschreven en bewaar het veilig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Jobhunter: recovery passphrase of the database</source>
        <translation>Jobhunter: herstelwachtwoord van de database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opens the encrypted Jobhunter database when the computer&apos;s keyring no longer has its key. Keep this page apart from the computer, out of sight of others; do not store it as a file on the same computer.</source>
        <translation>Opent de versleutelde Jobhunter-database als de sleutelbos van de computer de sleutel niet meer heeft. Bewaar dit blad apart van de computer, uit het zicht van anderen; bewaar het niet als bestand op dezelfde computer.</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/dialogs.py" line="-180"/>
        <source>Change phase</source>
        <translation>Fase wijzigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why, in one sentence</source>
        <translation>Waarom, in één zin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a reason for the phase change.</source>
        <translation>Geef een reden voor de fasewijziging.</translation>
    </message>
</context>
<context>
    <name>PhaseOfferBar</name>
    <message>
        <location filename="../../jobhunter/ui/phase_offer.py" line="+49"/>
        <source>%1 is still working twelve months after the start.</source>
        <translation>%1 werkt twaalf maanden na de start nog steeds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the trajectory</source>
        <translation>Traject afsluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is placed but still in the phase %2.</source>
        <translation>%1 is geplaatst maar staat nog in de fase %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to %1</source>
        <translation>Naar %1</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/page.py" line="+63"/>
        <source>Board</source>
        <extracomment>the match file&apos;s width beside the board: room for a checklist item and its note, and seven lanes of the board beside it on a 1280-pixel-wide screen a match reached proefplaatsing or contract: aftercare can be planned (id, who) a match left the placement: its check-ins still to come were cancelled (id, how many)</extracomment>
        <translation>Bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Propose a match… (Ctrl+N)</source>
        <translation>Match voorstellen… (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match file</source>
        <translation>Matchdossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or fold away the match file (F6)</source>
        <translation>Het matchdossier tonen of inklappen (F6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or fold away the match file</source>
        <translation>Matchdossier tonen of inklappen</translation>
    </message>
</context>
<context>
    <name>PlacementPanel</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/placement.py" line="+33"/>
        <source>Save the terms</source>
        <translation>Voorwaarden opslaan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>How %1 works here; aftercare and durability count from the start.</source>
        <translation>Hoe %1 hier werkt; nazorg en duurzaamheid tellen vanaf de start.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The terms (proefplaatsing, stage, leerwerkplek, werkervaringsplek, detachering, tijdelijk or vast contract) are set when the match reaches %1 or %2.</source>
        <translation>De voorwaarden (proefplaatsing, stage, leerwerkplek, werkervaringsplek, detachering, tijdelijk of vast contract) leg je vast als de match %1 of %2 bereikt.</translation>
    </message>
</context>
<context>
    <name>PlacementTermsBox</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/dialogs.py" line="-125"/>
        <source>Placement</source>
        <extracomment>the placement&apos;s terms, for a move into proefplaatsing or contract</extracomment>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> h/week</source>
        <translation> u/week</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Einde</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/page.py" line="+152"/>
        <source>Placement</source>
        <extracomment>a dropout was recorded for this match (id, reason): the pipeline may follow</extracomment>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan aftercare…</source>
        <translation>Nazorg plannen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record outcome…</source>
        <translation>Uitkomst vastleggen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>none: plan!</source>
        <translation>geen: plannen!</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/sections.py" line="-449"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Addresses</source>
        <translation>Pakt aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approach</source>
        <translation>Aanpak</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add intervention…</source>
        <translation>Interventie &amp;toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>adjust?</source>
        <translation>bijstellen?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weak effect: choose a follow-up</source>
        <translation>Zwak effect: kies een vervolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past its end date without an evaluation</source>
        <translation>Einddatum verstreken zonder evaluatie</translation>
    </message>
</context>
<context>
    <name>PrivacyButton</name>
    <message>
        <location filename="../../jobhunter/ui/privacy/client_menu.py" line="+54"/>
        <source>Privacy</source>
        <extracomment>the client was erased (its id): the file shows nothing now the client&apos;s file changed (anonymised, retention extended)</extracomment>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access export, audit log, retention and erasure (GDPR)</source>
        <translation>Inzage-export, auditlog, bewaartermijn en verwijderen (AVG)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access export…</source>
        <translation>Inzage-export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log of this client…</source>
        <translation>Auditlog van deze cliënt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep longer…</source>
        <translation>Langer bewaren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise…</source>
        <translation>Anonimiseren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove client (GDPR)…</source>
        <translation>Cliënt verwijderen (AVG)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Keep longer</source>
        <translation>Langer bewaren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/dialogs.py" line="+25"/>
        <source>Problem raised</source>
        <translation>Probleem gemeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is the problem?</source>
        <translation>Wat is het probleem?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who picks it up</source>
        <translation>Wie pakt het op</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Describe the problem.</source>
        <translation>Beschrijf het probleem.</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/page.py" line="-141"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Show solved problems too</source>
        <translation>Ook opgeloste problemen tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How it was solved (needed to close it)</source>
        <translation>Hoe het is opgelost (nodig om af te sluiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Solution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Select a problem first.</source>
        <translation>Kies eerst een probleem.</translation>
    </message>
</context>
<context>
    <name>ProfileSection</name>
    <message>
        <location filename="../../jobhunter/ui/employers/sections.py" line="-499"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason cooperation ended</source>
        <translation>Reden einde samenwerking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended because of discrimination</source>
        <translation>Beëindigd wegens discriminatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HR policy formalised</source>
        <translation>HR-beleid vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motives</source>
        <translation>Motieven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes part in</source>
        <translation>Neemt deel aan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experience with the target group</source>
        <translation>Ervaring met de doelgroep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Culture and atmosphere</source>
        <translation>Cultuur en sfeer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working conditions</source>
        <translation>Arbeidsomstandigheden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff composition</source>
        <translation>Samenstelling personeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wants</source>
        <translation>Wil graag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wants to know</source>
        <translation>Wil weten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobhunter joins the interview</source>
        <translation>Jobhunter gaat mee naar het gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What works with this employer</source>
        <translation>Wat werkt bij deze werkgever</translation>
    </message>
</context>
<context>
    <name>ProfileSettings</name>
    <message>
        <location filename="../../jobhunter/ui/settings_dialog.py" line="+49"/>
        <source>Your details</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed at the foot of every briefing, and as the contact on a candidate profile: employers call you, not the candidate.</source>
        <translation>Staan onder elke briefing en als contactpersoon op een kandidaatprofiel: werkgevers bellen jou, niet de kandidaat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 06-12345678</source>
        <translation>bijv. 06-12345678</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Werkplein Rijnmond</source>
        <translation>bijv. Werkplein Rijnmond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/dialogs.py" line="+164"/>
        <source>Propose a match</source>
        <translation>Match voorstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Candidates for a workplace</source>
        <extracomment>the suggestion whose warnings the user has seen: the next Propose goes ahead</extracomment>
        <translation>Kandidaten voor een werkplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplaces for a client</source>
        <translation>Werkplekken voor een cliënt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type to search…</source>
        <translation>Typ om te zoeken…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show them anyway</source>
        <translation>Toch tonen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Requirements&lt;/b&gt; (✔ met, ✖ not met, ? ask)</source>
        <translation>&lt;b&gt;Eisen&lt;/b&gt; (✔ voldaan, ✖ niet voldaan, ? navragen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Why this suggestion&lt;/b&gt;</source>
        <translation>&lt;b&gt;Waarom deze suggestie&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How you introduce the candidate (optional)</source>
        <translation>Hoe je de kandidaat introduceert (optioneel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Required when a hard requirement is not met: why propose anyway?</source>
        <translation>Verplicht als een harde eis niet is voldaan: waarom toch voorstellen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose</source>
        <translation>Kies</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Introduction</source>
        <translation>Introductie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed despite</source>
        <translation>Toch voorgesteld omdat</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+180"/>
        <source>Propose</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard requirements</source>
        <translation>Harde eisen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>✔ all known met</source>
        <translation>✔ alle bekende voldaan</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>? %n to ask</source>
        <translation>
            <numerusform>? %n navragen</numerusform>
            <numerusform>? %n navragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No suggestions: nobody in the matching phase, or all are already in the pipeline here.</source>
        <translation>Geen suggesties: niemand in de matchingfase, of iedereen staat hier al in de pipeline.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a placement</source>
        <translation>in een plaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filled</source>
        <translation>vervuld</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n client(s) whose trajectory closed</source>
        <translation>
            <numerusform>%n cliënt met afgesloten traject</numerusform>
            <numerusform>%n cliënten met afgesloten traject</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in a running placement</source>
        <translation>
            <numerusform>%n in een lopende plaatsing</numerusform>
            <numerusform>%n in een lopende plaatsing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n filled workplace(s)</source>
        <translation>
            <numerusform>%n vervulde werkplek</numerusform>
            <numerusform>%n vervulde werkplekken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already in the pipeline</source>
        <translation>
            <numerusform>%n al in de pipeline</numerusform>
            <numerusform>%n al in de pipeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n at employers whose cooperation ended</source>
        <translation>
            <numerusform>%n bij een werkgever waarmee de samenwerking is beëindigd</numerusform>
            <numerusform>%n bij werkgevers waarmee de samenwerking is beëindigd</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out: %1</source>
        <translation>Weggelaten: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This workplace lists no requirements.</source>
        <translation>Bij deze werkplek staan geen eisen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No points in favour.</source>
        <translation>Geen pluspunten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a suggestion first.</source>
        <translation>Kies eerst een suggestie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not meet a hard requirement: %2 Say why you propose anyway.</source>
        <translation>%1 voldoet niet aan een harde eis: %2 Geef aan waarom je toch voorstelt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This workplace has no employer.</source>
        <translation>Deze werkplek hoort bij geen werkgever.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Propose anyway</source>
        <translation>Toch voorstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the warnings above first; press Propose anyway to go ahead.</source>
        <translation>Lees eerst de waarschuwingen hierboven; kies Toch voorstellen om door te gaan.</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../jobhunter/ui/record_page.py" line="+27"/>
        <source>Change not saved</source>
        <translation>Wijziging niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change could not be saved:
%1

Discard it?</source>
        <translation>Deze wijziging kon niet worden opgeslagen:
%1

Wijziging weggooien?</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../jobhunter/ui/record_tab.py" line="+105"/>
        <source>Right-click to choose the columns</source>
        <extracomment>rows were loaded, added, changed or removed (after the list took them in) the columns hidden until the user chooses otherwise (a laptop has no room for all) what the view shows: the model filters and sorts itself (the name stays for the callers that read the rows shown)</extracomment>
        <translation>Rechtsklik om de kolommen te kiezen</translation>
    </message>
    <message numerus="yes">
        <location line="+221"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n getoond</numerusform>
            <numerusform>%n getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../jobhunter/ui/encryption/dialogs.py" line="+51"/>
        <source>Open the encrypted database</source>
        <translation>Versleutelde database openen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery passphrase</source>
        <translation>Herstelwachtwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Capitals and the dashes between the words do not matter. Checking it takes a second or two, on purpose: it makes guessing slow.</source>
        <translation>Hoofdletters en de streepjes tussen de woorden maken niet uit. Controleren duurt een paar seconden, met opzet: zo gaat raden traag.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the recovery passphrase you wrote down.</source>
        <translation>Typ het herstelwachtwoord dat je hebt opgeschreven.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
<context>
    <name>RequirementsEditor</name>
    <message>
        <location filename="../../jobhunter/ui/employers/dialogs.py" line="-261"/>
        <source>Requirement</source>
        <translation>Eis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard minimum</source>
        <translation>Harde eis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add requirement</source>
        <translation>Eis toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../jobhunter/ui/backup/dialogs.py" line="-165"/>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the backup to bring back. The current database is not deleted: it is set aside under a dated name. Changes made after the backup are not in it.</source>
        <translation>Kies de reservekopie die terug moet komen. De huidige database wordt niet verwijderd: hij wordt apart gezet met de datum in de naam. Wijzigingen van na de reservekopie staan er niet in.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept until</source>
        <translation>Bewaard tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an update</source>
        <translation>vóór een update</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>as the newest</source>
        <translation>als nieuwste</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There are no backups yet.</source>
        <translation>Er zijn nog geen reservekopieën.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>verified %1</source>
        <translation>gecontroleerd %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../jobhunter/ui/privacy/retention.py" line="+38"/>
        <source>Retention expired</source>
        <extracomment>the user wants to see a record: kind and id</extracomment>
        <translation>Bewaartermijn verlopen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Also show closed files not yet due</source>
        <translation>Ook afgesloten dossiers tonen waarvan de termijn nog loopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Erase…</source>
        <translation>&amp;Wissen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open file</source>
        <translation>Dossier &amp;openen</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n closed file(s) past the retention date.</source>
        <translation>
            <numerusform>%n afgesloten dossier is over de bewaartermijn.</numerusform>
            <numerusform>%n afgesloten dossiers zijn over de bewaartermijn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Files are kept %n month(s) after the trajectory closed; then erase them, anonymise them, or keep them longer for a reason.</source>
        <translation>
            <numerusform>Dossiers worden %n maand na het afsluiten van het traject bewaard; daarna wis of anonimiseer je ze, of bewaar je ze met een reden langer.</numerusform>
            <numerusform>Dossiers worden %n maanden na het afsluiten van het traject bewaard; daarna wis of anonimiseer je ze, of bewaar je ze met een reden langer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 erased.</source>
        <translation>%1 is gewist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is now %2.</source>
        <translation>%1 heet nu %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is kept until %2.</source>
        <translation>%1 wordt bewaard tot %2.</translation>
    </message>
</context>
<context>
    <name>RetentionSettings</name>
    <message>
        <location line="+15"/>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long the file of a closed trajectory is kept. After that it appears under View → Retention expired and in the start of the day, to be erased, anonymised or kept longer for a reason.</source>
        <translation>Hoe lang het dossier van een afgesloten traject wordt bewaard. Daarna staat het onder Beeld → Bewaartermijn verlopen en in de start van de dag, om te wissen, te anonimiseren of met een reden langer te bewaren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep closed files for</source>
        <translation>Afgesloten dossiers bewaren gedurende</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/dialogs.py" line="-227"/>
        <source>Plan aftercare</source>
        <translation>Nazorg plannen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan</source>
        <translation>Inplannen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n check-in(s) already planned for this placement.</source>
        <translation>
            <numerusform>Voor deze plaatsing staat al %n check-in gepland.</numerusform>
            <numerusform>Voor deze plaatsing staan al %n check-ins gepland.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intensity</source>
        <translation>Intensiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted from</source>
        <translation>Gerekend vanaf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>week %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This moment has passed; tick it to plan it anyway.</source>
        <translation>Dit moment is voorbij; vink het aan om het toch in te plannen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tick at least one check-in.</source>
        <translation>Vink minstens één check-in aan.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../jobhunter/ui/search_panel.py" line="+56"/>
        <source>Search</source>
        <extracomment>hits shown per group: a screenful of each kind; every row is laid out as it is shown, so more would cost each keystroke time for rows below the fold (&quot;add a word&quot; finds them) the keys the panel handles in ``eventFilter``, for the shortcuts page</extracomment>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↑ / ↓, Page Up / Page Down</source>
        <translation>↑ / ↓, Page Up / Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a result</source>
        <translation>Een resultaat kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the file at the hit (that contact, that visit)</source>
        <translation>Het dossier openen bij de vondst (dat contact, dat bezoek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the results and go back to where you were</source>
        <translation>De resultaten sluiten en terug naar waar je was</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>↑ ↓ choose · Enter opens · Esc closes</source>
        <translation>↑ ↓ kiezen · Enter opent · Esc sluit</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the first %1 shown; type more to find the rest</source>
        <translation>de eerste %1 getoond; typ verder om de rest te vinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the best %1 shown; add a word to find the rest</source>
        <translation>de beste %1 getoond; voeg een woord toe om de rest te vinden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Names and titles starting so; type a third letter to search all text too.</source>
        <translation>Namen en titels die zo beginnen; typ een derde letter om ook alle tekst te doorzoeken.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found. Fewer or shorter words find more.</source>
        <translation>Niets gevonden. Minder of kortere woorden vinden meer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(only the first %1 words were searched for)</source>
        <translation>(alleen naar de eerste %1 woorden gezocht)</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../../jobhunter/ui/section_view.py" line="+49"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next section of the file</source>
        <translation>Volgend onderdeel van het dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous section of the file</source>
        <translation>Vorig onderdeel van het dossier</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../jobhunter/ui/settings_dialog.py" line="+43"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../jobhunter/ui/shortcuts.py" line="+55"/>
        <source>Everywhere</source>
        <extracomment>(keys as shown, what they do)</extracomment>
        <translation>Overal</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message numerus="yes">
        <location filename="../../jobhunter/ui/pipeline/board.py" line="+63"/>
        <source>%n long in this stage</source>
        <translation>
            <numerusform>%n lang in deze fase</numerusform>
            <numerusform>%n lang in deze fase</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n older closed match(es) hidden</source>
        <translation>
            <numerusform>%n oudere afgesloten match verborgen</numerusform>
            <numerusform>%n oudere afgesloten matches verborgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageColumnModel</name>
    <message numerus="yes">
        <location line="-192"/>
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n dag in deze fase</numerusform>
            <numerusform>%n dagen in deze fase</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SwitchDialog</name>
    <message>
        <location filename="../../jobhunter/ui/encryption/dialogs.py" line="-322"/>
        <source>Encrypt the database</source>
        <translation>Database versleutelen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The database and its backups will be stored encrypted.&lt;/b&gt; A copy is made in encrypted form and checked against the database; only then does it take the database&apos;s place, and the old file is overwritten before it is removed. A new backup is made at once.</source>
        <translation>&lt;b&gt;De database en haar reservekopieën worden versleuteld bewaard.&lt;/b&gt; Er wordt een versleutelde kopie gemaakt en met de database vergeleken; pas daarna neemt die de plaats van de database in, en het oude bestand wordt overschreven voordat het wordt verwijderd. Er wordt meteen een nieuwe reservekopie gemaakt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key is kept in your computer&apos;s keyring, which your login opens. Next you get a recovery passphrase to write down: without it, the database cannot be opened on another computer or after the keyring is lost.</source>
        <translation>De sleutel komt in de sleutelbos van je computer, die met je aanmelding opengaat. Daarna krijg je een herstelwachtwoord om op te schrijven: zonder dat is de database niet te openen op een andere computer of als de sleutelbos kwijt is.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Store the database unencrypted</source>
        <translation>Database onversleuteld bewaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The database and its backups will be stored unencrypted again.&lt;/b&gt; Anyone who gets hold of this computer&apos;s disk (a lost laptop) can then read them. The encrypted file is overwritten before it is removed; the key leaves the keyring once no encrypted backup is left.</source>
        <translation>&lt;b&gt;De database en haar reservekopieën worden weer onversleuteld bewaard.&lt;/b&gt; Wie de schijf van deze computer in handen krijgt (een verloren laptop), kan ze dan lezen. Het versleutelde bestand wordt overschreven voordat het wordt verwijderd; de sleutel verdwijnt uit de sleutelbos zodra er geen versleutelde reservekopie meer is.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Encrypt the %n existing backup(s) too</source>
        <translation>
            <numerusform>Ook de %n bestaande reservekopie versleutelen</numerusform>
            <numerusform>Ook de %n bestaande reservekopieën versleutelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+10"/>
        <source>Remove the %n existing backup(s) (after the new one)</source>
        <translation>
            <numerusform>De %n bestaande reservekopie verwijderen (na de nieuwe)</numerusform>
            <numerusform>De %n bestaande reservekopieën verwijderen (na de nieuwe)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Backups left unencrypted would keep readable data for up to a year.</source>
        <translation>Onversleutelde reservekopieën zouden nog tot een jaar leesbare gegevens bewaren.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Store the %n existing backup(s) unencrypted too</source>
        <translation>
            <numerusform>Ook de %n bestaande reservekopie onversleuteld bewaren</numerusform>
            <numerusform>Ook de %n bestaande reservekopieën onversleuteld bewaren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An earlier switch was interrupted; this one finishes it.</source>
        <translation>Een eerdere omzetting werd onderbroken; deze maakt haar af.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This takes a few seconds for a small database and up to a minute for a large one with many backups. Jobhunter cannot be used meanwhile.</source>
        <translation>Dit duurt een paar seconden voor een kleine database en tot een minuut voor een grote met veel reservekopieën. Jobhunter is intussen niet te gebruiken.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypt</source>
        <translation>Versleutelen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decrypt</source>
        <translation>Ontsleutelen</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/dialogs.py" line="+12"/>
        <source>Aftercare templates</source>
        <translation>Nazorgsjablonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weeks after the start of the placement, separated by commas.</source>
        <translation>Weken na de start van de plaatsing, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — employee</source>
        <translation>%1 — werknemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — employer</source>
        <translation>%1 — werkgever</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use whole numbers of weeks, for example: 1, 2, 4, 8.</source>
        <translation>Gebruik hele weken, bijvoorbeeld: 1, 2, 4, 8.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../jobhunter/ui/today.py" line="+59"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing planned for today, and nothing overdue.</source>
        <translation>Niets gepland voor vandaag, en niets achterstallig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Jobhunter on this page in the morning and at the first start of a day</source>
        <translation>Jobhunter &apos;s ochtends en bij de eerste start van de dag op deze pagina openen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Today, %1</source>
        <translation>Vandaag, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for today, %2 overdue</source>
        <translation>%1 voor vandaag, %2 achterstallig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coming up</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 ends</source>
        <translation>%1 loopt af</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (%n dag geleden)</numerusform>
            <numerusform>%1 (%n dagen geleden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow up employer</source>
        <translation>Werkgever opvolgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../jobhunter/ui/employers/dialogs.py" line="-80"/>
        <source>Company visit</source>
        <translation>Bedrijfsbezoek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What did you learn about the company?</source>
        <translation>Wat heb je over het bedrijf geleerd?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concrete workplace: name, tasks, hours, real requirements</source>
        <translation>Concrete werkplek: naam, taken, uren, echte eisen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What did the employer commit to?</source>
        <translation>Wat heeft de werkgever toegezegd?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke with</source>
        <translation>Gesproken met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Relationship</source>
        <translation>1. Relatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Workplace</source>
        <translation>2. Werkplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Commitment</source>
        <translation>3. Toezegging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other notes</source>
        <translation>Overige notities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write down what the visit brought.</source>
        <translation>Schrijf op wat het bezoek heeft opgeleverd.</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <location filename="../../jobhunter/ui/employers/sections.py" line="+123"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationship</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Toezegging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record &amp;visit…</source>
        <translation>&amp;Bezoek vastleggen…</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <location filename="../../jobhunter/ui/employers/dialogs.py" line="+73"/>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. trial placement 2 months, then 6 months</source>
        <translation>bijv. proefplaatsing van 2 maanden, daarna 6 maanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks that could be split off or reshaped</source>
        <translation>Taken die afgesplitst of anders ingericht kunnen worden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract form</source>
        <translation>Contractvorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job carving</source>
        <translation>Jobcarving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The function name is required.</source>
        <translation>De functienaam is verplicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Dutch level is one of A1, A2, B1, B2, C1 or C2.</source>
        <translation>Het niveau Nederlands is A1, A2, B1, B2, C1 of C2.</translation>
    </message>
</context>
<context>
    <name>WorkplacesSection</name>
    <message>
        <location filename="../../jobhunter/ui/employers/sections.py" line="+62"/>
        <source>Function</source>
        <extracomment>the user wants ranked candidates for this workplace (its id)</extracomment>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract form</source>
        <translation>Contractvorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard requirements</source>
        <translation>Harde eisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wishes</source>
        <translation>Wensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job carving</source>
        <translation>Jobcarving</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add workplace…</source>
        <translation>&amp;Werkplek toevoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;candidates…</source>
        <translation>&amp;Kandidaten zoeken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients in the matching phase, ranked for this workplace</source>
        <translation>Cliënten in de matchingfase, gerangschikt voor deze werkplek</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a workplace first.</source>
        <translation>Kies eerst een werkplek.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../jobhunter/ui/app.py" line="+69"/>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong: %1

Everything saved before this action is safe. Try the action again; if it keeps happening, restart Jobhunter. Where it went wrong is written, without client data, to the log file:
%2</source>
        <translation>Er is iets misgegaan: %1

Alles wat vóór deze actie is opgeslagen, is veilig. Probeer de actie opnieuw; blijft dit gebeuren, start Jobhunter dan opnieuw. Waar het misging staat, zonder cliëntgegevens, in het logbestand:
%2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../jobhunter/ui/aftercare/calendar.py" line="+26"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>+%1 more</source>
        <translation>+%1 meer</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Week %1: %2 – %3</source>
        <extracomment>the block being dragged, where the press was, and how far below its top the hours shown; painting and every hit test read them, so they are kept</extracomment>
        <translation>Week %1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../jobhunter/ui/tabs.py" line="+119"/>
        <location line="+98"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main barrier</source>
        <translation>Hoofdbelemmering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkverkenner</source>
        <translation>Werkverkenner</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+82"/>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Relationship</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open workplaces</source>
        <translation>Open werkplekken</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Follow up on</source>
        <translation>Opvolgen op</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/privacy/audit_view.py" line="-142"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../jobhunter/ui/privacy/retention.py" line="-189"/>
        <location filename="../../jobhunter/ui/tabs.py" line="+62"/>
        <location line="+50"/>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/tabs.py" line="-49"/>
        <location line="+50"/>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in stage</source>
        <translation>Dagen in stadium</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/privacy/audit_view.py" line="-6"/>
        <location filename="../../jobhunter/ui/tabs.py" line="+40"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/tabs.py" line="+2"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/privacy/retention.py" line="+1"/>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days past</source>
        <translation>Dagen over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extended because</source>
        <translation>Verlengd omdat</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../jobhunter/ui/documents/actions.py" line="+49"/>
        <source>Candidate profile for the employer</source>
        <translation>Kandidaatprofiel voor de werkgever</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make &amp;briefing…</source>
        <translation>&amp;Briefing maken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate &amp;profile for employer…</source>
        <translation>Kandidaat&amp;profiel voor werkgever…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Briefing or candidate profile, previewed first</source>
        <translation>Briefing of kandidaatprofiel, eerst als voorbeeld</translation>
    </message>
</context>
<context>
    <name>effect</name>
    <message>
        <location filename="../../jobhunter/ui/caseload/dialogs.py" line="+32"/>
        <source>1 none</source>
        <translation>1 geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 weak</source>
        <translation>2 zwak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 some</source>
        <translation>3 enig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 good</source>
        <translation>4 goed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 strong</source>
        <translation>5 sterk</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <location filename="../../jobhunter/ui/encryption/actions.py" line="+71"/>
        <source>Encryption is not possible</source>
        <extracomment>how long a switch may take before the window stops waiting for it (it goes on)</extracomment>
        <translation>Versleutelen is niet mogelijk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encrypting the database…</source>
        <translation>De database wordt versleuteld…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storing the database unencrypted…</source>
        <translation>De database wordt onversleuteld opgeslagen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+64"/>
        <location line="+2"/>
        <location line="+14"/>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Encryption not switched</source>
        <translation>Versleuteling niet omgezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The switch did not happen; the database is as it was. %1</source>
        <translation>De omzetting is niet gebeurd; de database is zoals ze was. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is now stored encrypted; the old file was overwritten.</source>
        <translation>De database wordt nu versleuteld bewaard; het oude bestand is overschreven.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is now stored unencrypted; the encrypted file was removed.</source>
        <translation>De database wordt nu onversleuteld bewaard; het versleutelde bestand is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n existing backup(s) converted.</source>
        <translation>
            <numerusform>%n bestaande reservekopie omgezet.</numerusform>
            <numerusform>%n bestaande reservekopieën omgezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n old backup(s) removed.</source>
        <translation>
            <numerusform>%n oude reservekopie verwijderd.</numerusform>
            <numerusform>%n oude reservekopieën verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new backup was made.</source>
        <translation>Er is een nieuwe reservekopie gemaakt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Key kept for this session</source>
        <translation>Sleutel alleen voor deze sessie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is open, but its key could not be put back in the keyring (%1). Jobhunter asks for the recovery passphrase again at the next start.</source>
        <translation>De database is open, maar haar sleutel kon niet terug in de sleutelbos (%1). Jobhunter vraagt bij de volgende start opnieuw om het herstelwachtwoord.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>An interrupted switch of encryption was finished.</source>
        <translation>Een onderbroken omzetting van de versleuteling is afgemaakt.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../jobhunter/ui/labels.py" line="+43"/>
        <source>Intake and orientation</source>
        <translation>Kennismaking en oriëntatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Cleaning</source>
        <translation>Schoonmaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catering</source>
        <translation>Horeca en catering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green maintenance</source>
        <translation>Groenvoorziening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>Productie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>Logistiek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retail</source>
        <translation>Detailhandel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+30"/>
        <location line="+10"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Middelgroot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large</source>
        <translation>Groot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active partner</source>
        <translation>Actieve partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dormant</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation ended</source>
        <translation>Samenwerking beëindigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer pre-briefing</source>
        <translation>Voorbespreking werkgever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview planned</source>
        <translation>Sollicitatiegesprek gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debrief</source>
        <translation>Nabespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>Trial placement</source>
        <translation>Proefplaatsing</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Teruggetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped out</source>
        <translation>Uitgevallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee check-in</source>
        <translation>Check-in werknemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer evaluation</source>
        <translation>Evaluatie werkgever</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+33"/>
        <location line="+41"/>
        <source>Jobcoach</source>
        <translation>Jobcoach</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Problem follow-up</source>
        <translation>Opvolging probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Afgezegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intensive</source>
        <translation>Intensief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobhunter</source>
        <translation>Jobhunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Werknemer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+60"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Limited Dutch</source>
        <translation>Beperkte beheersing van het Nederlands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No startkwalificatie</source>
        <translation>Geen startkwalificatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No network in the labour market</source>
        <translation>Geen netwerk op de arbeidsmarkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Little knowledge of search strategies</source>
        <translation>Weinig kennis van zoekstrategieën</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experienced prejudice or discrimination</source>
        <translation>Ervaren vooroordelen of discriminatie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+117"/>
        <source>Age</source>
        <extracomment>Werkverkenner factors (services.caseload.FACTORS) and their labels.</extracomment>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child care</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home situation</source>
        <translation>Thuissituatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+172"/>
        <source>Trauma</source>
        <translation>Trauma</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Loss of status or identity</source>
        <translation>Verlies van status of identiteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addiction</source>
        <translation>Verslaving</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Intake</source>
        <extracomment>Shorter names where a list or a board has little room (the full one goes in a tooltip).</extracomment>
        <translation>Kennismaking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-brief</source>
        <translation>Voorbespreking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial</source>
        <translation>Proefplaatsing</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Doing work you do not like</source>
        <translation>Werk doen dat je niet leuk vindt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Health (including addiction)</source>
        <extracomment>Sensitive categories a consent names (models.enums.ConsentCategory values); kept apart from the enum labels above because their values repeat barrier kinds (&quot;health&quot;, &quot;other&quot;).</extracomment>
        <translation>Gezondheid (ook verslaving)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debts and finances</source>
        <translation>Schulden en financiën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home situation and child care</source>
        <translation>Thuissituatie en kinderopvang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experienced discrimination, exclusion, loss of status, age</source>
        <translation>Ervaren discriminatie, uitsluiting, statusverlies en leeftijd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other barriers</source>
        <translation>Overige belemmeringen</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>(Re)schooling</source>
        <translation>(Om)scholing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language course</source>
        <translation>Taalcursus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training or workshop</source>
        <translation>Training of workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Learning workplace</source>
        <translation>Leerwerkplek</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Work experience placement</source>
        <translation>Werkervaringsplek</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Resilience training</source>
        <translation>Weerbaarheidstraining</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Voortzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust</source>
        <translation>Bijstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace by another</source>
        <translation>Andere interventie inzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV</source>
        <translation>Cv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleagues</source>
        <translation>Collega&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSR</source>
        <translation>MVO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social return</source>
        <translation>Social return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour shortage</source>
        <translation>Personeelstekort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial</source>
        <translation>Financieel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idealism</source>
        <translation>Idealisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employers&apos; agreement</source>
        <translation>Werkgeversakkoord of convenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSR platform</source>
        <translation>MVO-platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer service point</source>
        <translation>Werkgeversservicepunt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One candidate</source>
        <translation>Eén kandidaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several CVs</source>
        <translation>Meerdere cv&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything about the candidate</source>
        <translation>Alles over de kandidaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only what the candidate can do</source>
        <translation>Alleen wat de kandidaat kan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wage cost subsidy</source>
        <translation>Loonkostensubsidie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage dispensation</source>
        <translation>Loondispensatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-risk policy</source>
        <translation>No-riskpolis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training subsidy</source>
        <translation>Scholingssubsidie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical route</source>
        <translation>Praktijkroute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Unsafety or exclusion at work</source>
        <translation>Onveiligheid of uitsluiting op het werk</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Filled</source>
        <translation>Vervuld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Driving licence</source>
        <translation>Rijbewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch level</source>
        <translation>Niveau Nederlands</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trial placement (keeping benefit)</source>
        <extracomment>placement forms share values with other vocabularies (&quot;trial_placement&quot; is also a stage and an arrangement), and string enums with equal values are equal keys: kept apart</extracomment>
        <translation>Proefplaatsing (met behoud van uitkering)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internship</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secondment</source>
        <translation>Detachering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary contract</source>
        <translation>Tijdelijk contract</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanent contract</source>
        <translation>Vast contract</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Education level</source>
        <translation>Opleidingsniveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of unemployment</source>
        <translation>Duur van de werkloosheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perceived health</source>
        <translation>Ervaren gezondheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physical capacity</source>
        <translation>Lichamelijke belastbaarheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence in own abilities</source>
        <translation>Vertrouwen in eigen kunnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectation of finding work</source>
        <translation>Verwachting werk te vinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job search behaviour</source>
        <translation>Zoekgedrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge of search strategies</source>
        <translation>Kennis van zoekstrategieën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch language</source>
        <translation>Nederlandse taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobility</source>
        <translation>Mobiliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care duties</source>
        <translation>Zorgtaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial situation</source>
        <translation>Financiële situatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexibility</source>
        <translation>Flexibiliteit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perceived attitude of employers</source>
        <translation>Ervaren houding van werkgevers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Being on time</source>
        <extracomment>Werknemersvaardigheden (services.caseload.WORK_SKILLS) and their labels.</extracomment>
        <translation>Op tijd komen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping appointments</source>
        <translation>Afspraken nakomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dealing with colleagues</source>
        <translation>Omgaan met collega&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dealing with a manager</source>
        <translation>Omgaan met een leidinggevende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepting instructions</source>
        <translation>Instructies aannemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentability</source>
        <translation>Verzorgd voorkomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social skills</source>
        <translation>Sociale vaardigheden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions to expect</source>
        <extracomment>The preparation checklists (services.matches.CHECKLIST_ITEMS) and their labels.</extracomment>
        <translation>Vragen die je kunt verwachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers practised</source>
        <translation>Antwoorden geoefend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clothing</source>
        <translation>Kleding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behaviour during the interview</source>
        <translation>Gedrag tijdens het gesprek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The job and the company</source>
        <translation>De functie en het bedrijf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure: who is there, how long</source>
        <translation>Procedure: wie zijn erbij, hoe lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route, travel time and when to leave</source>
        <translation>Route, reistijd en vertrektijd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the candidate (as far as consent allows)</source>
        <translation>Over de kandidaat (voor zover toestemming dat toelaat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which contract can be offered</source>
        <translation>Welk contract kan worden geboden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial period or trial placement</source>
        <translation>Proeftijd of proefplaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangements (subsidy, no-risk policy, jobcoach)</source>
        <translation>Regelingen (subsidie, no-riskpolis, jobcoach)</translation>
    </message>
</context>
<context>
    <name>pipeline</name>
    <message>
        <location filename="../../jobhunter/ui/pipeline/dialogs.py" line="-504"/>
        <source>hard</source>
        <translation>harde eis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wish</source>
        <translation>wens</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../jobhunter/ui/privacy/access.py" line="-33"/>
        <source>Choose where to save the access export</source>
        <translation>Kies waar de inzage-export komt</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Writing the access export…</source>
        <translation>Inzage-export schrijven…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Access export failed</source>
        <translation>Inzage-export mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access export could not be written: %1</source>
        <translation>De inzage-export kon niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/privacy/client_menu.py" line="-94"/>
        <source>Retention expired on %1: erase, anonymise or keep longer (Privacy menu).</source>
        <translation>Bewaartermijn verlopen op %1: wissen, anonimiseren of langer bewaren (menu Privacy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed file, kept until %1.</source>
        <translation>Afgesloten dossier, bewaard tot %1.</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/privacy/erase.py" line="+44"/>
        <source>Removing and wiping the store…</source>
        <translation>Verwijderen en de database opschonen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Removing failed</source>
        <translation>Verwijderen mislukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client could not be removed: %1</source>
        <translation>De cliënt kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These clients were handed over to %1. Unless you still work with them, remove them from this computer as well: data you no longer need should not stay here.</source>
        <translation>Deze cliënten zijn overgedragen aan %1. Werk je niet meer met ze, verwijder ze dan ook van deze computer: gegevens die je niet meer nodig hebt, horen hier niet te blijven.</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/privacy/labels.py" line="+12"/>
        <source>Created</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase changed</source>
        <translation>Fase gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match moved</source>
        <translation>Match verplaatst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftercare planned</source>
        <translation>Nazorg gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome recorded</source>
        <translation>Resultaat vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary contact changed</source>
        <translation>Vast aanspreekpunt gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar exported</source>
        <translation>Agenda geëxporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact persons exported</source>
        <translation>Contactpersonen geëxporteerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over (packet)</source>
        <translation>Overgedragen (pakket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received (packet)</source>
        <translation>Ontvangen (pakket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as transferred</source>
        <translation>Als overgedragen gemarkeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Briefing printed</source>
        <translation>Briefing afgedrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate profile printed</source>
        <translation>Kandidaatprofiel afgedrukt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access export</source>
        <translation>Inzage-export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased</source>
        <translation>Gewist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored</source>
        <translation>Reservekopie teruggezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention extended</source>
        <translation>Bewaartermijn verlengd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>Geanonimiseerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased (retention)</source>
        <translation>Gewist (bewaartermijn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database encrypted</source>
        <translation>Database versleuteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database stored unencrypted</source>
        <translation>Database onversleuteld opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New recovery passphrase</source>
        <translation>Nieuw herstelwachtwoord</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exports and prints</source>
        <extracomment>the kinds the audit log filters on (services.privacy.audit.GROUPS)</extracomment>
        <translation>Exports en afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfers</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasures</source>
        <translation>Verwijderingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Backup restores</source>
        <translation>Teruggezette reservekopieën</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention decisions</source>
        <translation>Besluiten over de bewaartermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edits</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client</source>
        <extracomment>record kinds (tables) in the audit log and the erasure summary</extracomment>
        <translation>Cliënt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier</source>
        <translation>Belemmering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervention</source>
        <translation>Interventie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning goal</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase change</source>
        <translation>Fasewissel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match step</source>
        <translation>Stap in de match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement outcome</source>
        <translation>Resultaat van een plaatsing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention decision</source>
        <translation>Besluit over de bewaartermijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employer</source>
        <translation>Werkgever</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company visit</source>
        <translation>Bedrijfsbezoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement</source>
        <translation>Regeling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../jobhunter/ui/privacy/retention.py" line="-63"/>
        <source>Anonymise</source>
        <translation>Anonimiseren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise the file of %1? The name, contact details, notes, documents, contact log and consents are removed for good; phases, placements and their outcomes stay, without the person.</source>
        <translation>Het dossier van %1 anonimiseren? Naam, contactgegevens, notities, documenten, contactlog en toestemmingen worden definitief verwijderd; fasen, plaatsingen en hun resultaten blijven, zonder de persoon.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../jobhunter/ui/search_panel.py" line="-222"/>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employers</source>
        <translation>Werkgevers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplaces</source>
        <translation>Werkplekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan items</source>
        <translation>Onderdelen plan van aanpak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
</context>
<context>
    <name>tabs</name>
    <message>
        <location filename="../../jobhunter/ui/tabs.py" line="-277"/>
        <source>never</source>
        <extracomment>days without contact after which a client or employer needs attention</extracomment>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not filled in</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No recent contact</source>
        <translation>Geen recent contact</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encourage filling in the Werkverkenner</source>
        <translation>Moedig aan de Werkverkenner in te vullen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Below 50 %: invite for a talk now</source>
        <translation>Onder 50 %: nodig nu uit voor een gesprek</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next action overdue</source>
        <translation>Volgende actie verlopen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Active clients</source>
        <translation>Actieve cliënten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All clients</source>
        <translation>Alle cliënten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact for more than N days</source>
        <translation>Langer dan N dagen geen contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Werkverkenner not filled in</source>
        <translation>Werkverkenner niet ingevuld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Werkverkenner below 50 %</source>
        <translation>Werkverkenner onder 50 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter clients…</source>
        <translation>Cliënten filteren…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cooperation ended because of discrimination</source>
        <translation>Samenwerking beëindigd wegens discriminatie</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+38"/>
        <source>Follow-up overdue</source>
        <translation>Opvolging verlopen</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>discrimination</source>
        <translation>discriminatie</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All relationships</source>
        <translation>Alle relaties</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ended because of discrimination</source>
        <translation>Beëindigd wegens discriminatie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter employers…</source>
        <translation>Werkgevers filteren…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Long in this stage</source>
        <translation>Lang in dit stadium</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open matches</source>
        <translation>Open matches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All matches</source>
        <translation>Alle matches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter matches…</source>
        <translation>Matches filteren…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overdue: not yet recorded as done</source>
        <translation>Verlopen: nog niet als afgerond vastgelegd</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Upcoming and overdue</source>
        <translation>Komend en verlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All appointments</source>
        <translation>Alle afspraken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter appointments…</source>
        <translation>Afspraken filteren…</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../jobhunter/ui/widgets.py" line="+149"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
</TS>
