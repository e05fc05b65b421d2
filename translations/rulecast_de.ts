<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPattern</name>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>recurring load peak: consider optimize-resource-schedule to spread work away from it</source>
        <translation>wiederkehrende Lastspitze: verteilen Sie die Arbeit mit optimize-resource-schedule von ihr weg</translation>
    </message>
    <message>
        <source>regular enough (confidence %1 &gt;= %2) to become a scheduling rule</source>
        <translation>regelmäßig genug (Konfidenz %1 ≥ %2), um eine Planungsregel zu werden</translation>
    </message>
    <message>
        <source>confidence %1 is below %2: watch it over a longer window before automating it</source>
        <translation>Konfidenz %1 liegt unter %2: beobachten Sie es über einen längeren Zeitraum, bevor Sie es automatisieren</translation>
    </message>
    <message>
        <source>%1 (±%2 min)</source>
        <translation>%1 (±%2 min)</translation>
    </message>
    <message>
        <source>every day at %1 UTC</source>
        <translation>täglich um %1 UTC</translation>
    </message>
    <message>
        <source>%1 at %2 UTC</source>
        <translation>%1 um %2 UTC</translation>
    </message>
    <message numerus="yes">
        <source>day %1 of the month at %2 UTC</source>
        <translation>
            <numerusform>am %1. des Monats um %2 UTC</numerusform>
            <numerusform>an den Tagen %1 des Monats um %2 UTC</numerusform>
        </translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>%1:00–%2:00 UTC</source>
        <translation>%1:00–%2:00 UTC</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>jede Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>every %1 minutes</source>
        <translation>alle %1 Minuten</translation>
    </message>
    <message>
        <source>%1 at +%2 min, %3</source>
        <translation>%1 bei +%2 min, %3</translation>
    </message>
    <message>
        <source>%1 starts about %2 min after %3 (within %4 min)</source>
        <translation>%1 startet etwa %2 min nach %3 (innerhalb von %4 min)</translation>
    </message>
    <message>
        <source>%1 demand peaks at %2 UTC (%3x the average)</source>
        <translation>%1: Bedarfsspitzen um %2 UTC (%3-mal der Durchschnitt)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern …</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print this chart</source>
        <translation>Dieses Diagramm drucken</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>Das Diagramm lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>Print Chart</source>
        <translation>Diagramm drucken</translation>
    </message>
    <message>
        <source>Cannot print the chart</source>
        <translation>Das Diagramm lässt sich nicht drucken</translation>
    </message>
</context>
<context>
    <name>CronDescription</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Um %1</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes, starting at minute %1</source>
        <translation>
            <numerusform>Jede Minute, ab Minute %1</numerusform>
            <numerusform>Alle %n Minuten, ab Minute %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>At minute %1 of every hour</source>
        <translation>In Minute %1 jeder Stunde</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Jede Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At minute %1, every %n hours</source>
        <translation>
            <numerusform>In Minute %1 jeder Stunde</numerusform>
            <numerusform>In Minute %1, alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, starting at %2</source>
        <translation>%1, ab %2</translation>
    </message>
    <message>
        <source>Every minute from minute %1 through %2</source>
        <translation>Jede Minute von Minute %1 bis %2</translation>
    </message>
    <message>
        <source>At minute %1</source>
        <translation>In Minute %1</translation>
    </message>
    <message>
        <source>At minutes %1</source>
        <translation>In den Minuten %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n hours</source>
        <translation>
            <numerusform>%1, jede Stunde</numerusform>
            <numerusform>%1, alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, during the hours %2</source>
        <translation>%1, in den Stunden %2</translation>
    </message>
    <message numerus="yes">
        <source>every %n days of the month</source>
        <translation>
            <numerusform>jeden Tag des Monats</numerusform>
            <numerusform>alle %n Tage des Monats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days of the month, from day %1</source>
        <translation>
            <numerusform>jeden Tag des Monats ab Tag %1</numerusform>
            <numerusform>alle %n Tage des Monats, ab Tag %1</numerusform>
        </translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>am %1. Tag des Monats</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>on days %1 of the month</source>
        <translation>an den Tagen %1 des Monats</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>@reboot runs when cron starts and has no fire times</source>
        <translation>@reboot läuft beim Start von cron und hat keine Auslösezeitpunkte</translation>
    </message>
    <message>
        <source>unknown macro &apos;%1&apos; (expected one of %2, written exactly so)</source>
        <translation>unbekanntes Makro „%1“ (erwartet wird eines von %2, genau so geschrieben)</translation>
    </message>
    <message>
        <source>expression is longer than %1 characters</source>
        <translation>der Ausdruck ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>expression is empty (expected 5 fields: minute hour day-of-month month day-of-week)</source>
        <translation>der Ausdruck ist leer (erwartet werden 5 Felder: Minute Stunde Tag-des-Monats Monat Wochentag)</translation>
    </message>
    <message>
        <source>expected 5 fields (minute hour day-of-month month day-of-week), got %1</source>
        <translation>erwartet werden 5 Felder (Minute Stunde Tag-des-Monats Monat Wochentag), erhalten: %1</translation>
    </message>
    <message>
        <source>day-of-month: the expression can never fire: there is no day %1 in %2</source>
        <translation>Tag des Monats: der Ausdruck wird nie ausgelöst: %2 hat keinen Tag %1</translation>
    </message>
    <message>
        <source>%1: unknown name &apos;%2&apos; (expected %3)</source>
        <translation>%1: unbekannter Name „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: &apos;L&apos; (last day) is not supported in &apos;%2&apos;</source>
        <translation>%1: „L“ (letzter Tag) wird in „%2“ nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: &apos;#&apos; (nth weekday of the month) is not supported in &apos;%2&apos;</source>
        <translation>%1: „#“ (n-ter Wochentag des Monats) wird in „%2“ nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: &apos;H&apos; (hashed value) is not supported in &apos;%2&apos;</source>
        <translation>%1: „H“ (Hash-Wert) wird in „%2“ nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number%3</source>
        <translation>%1: „%2“ ist keine Zahl%3</translation>
    </message>
    <message>
        <source> (names are allowed only for months and weekdays)</source>
        <translation> (Namen sind nur für Monate und Wochentage erlaubt)</translation>
    </message>
    <message>
        <source>%1: unexpected character &apos;%2&apos; in &apos;%3&apos;</source>
        <translation>%1: unerwartetes Zeichen „%2“ in „%3“</translation>
    </message>
    <message>
        <source>%1: %2 is out of range %3-%4</source>
        <translation>%1: %2 liegt außerhalb des Bereichs %3-%4</translation>
    </message>
    <message>
        <source>%1: empty item in the list &apos;%2&apos;</source>
        <translation>%1: leerer Eintrag in der Liste „%2“</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has more than one &apos;/&apos;</source>
        <translation>%1: „%2“ enthält mehr als ein „/“</translation>
    </message>
    <message>
        <source>%1: &apos;*&apos; may stand only alone or before a step (*/n), not in &apos;%2&apos;</source>
        <translation>%1: „*“ darf nur allein oder vor einer Schrittweite (*/n) stehen, nicht in „%2“</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a range a-b of two numbers</source>
        <translation>%1: „%2“ ist kein Bereich a-b aus zwei Zahlen</translation>
    </message>
    <message>
        <source>%1: range %2-%3 runs backwards (%2 is greater than %3)</source>
        <translation>%1: der Bereich %2-%3 läuft rückwärts (%2 ist größer als %3)</translation>
    </message>
    <message>
        <source>%1: the step in &apos;%2&apos; must be a whole number of at least 1</source>
        <translation>%1: die Schrittweite in „%2“ muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day-of-month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day-of-week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>%1: %2 is listed more than once in &apos;%3&apos;%4</source>
        <translation>%1: %2 steht mehrfach in „%3“%4</translation>
    </message>
    <message>
        <source> (0 and 7 are both Sunday)</source>
        <translation> (0 und 7 sind beide Sonntag)</translation>
    </message>
</context>
<context>
    <name>CrontabFile</name>
    <message>
        <source>&apos;estimation&apos;: expected seconds (600, 600s, 10m or 2h), got &apos;%1&apos;</source>
        <translation>„estimation“: erwartet werden Sekunden (600, 600s, 10m oder 2h), erhalten: „%1“</translation>
    </message>
    <message>
        <source>&apos;keepTime&apos;: expected true or false, got &apos;%1&apos;</source>
        <translation>„keepTime“: erwartet wird true oder false, erhalten: „%1“</translation>
    </message>
    <message>
        <source>&apos;priority&apos;: expected a whole number 0-11, got &apos;%1&apos;</source>
        <translation>„priority“: erwartet wird eine ganze Zahl von 0 bis 11, erhalten: „%1“</translation>
    </message>
    <message>
        <source>&apos;demand&apos;: expected a whole number &gt;= 1, got &apos;%1&apos;</source>
        <translation>„demand“: erwartet wird eine ganze Zahl &gt;= 1, erhalten: „%1“</translation>
    </message>
    <message>
        <source>&apos;name&apos;: expected a name</source>
        <translation>„name“: erwartet wird ein Name</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected estimation, keepTime, priority, demand, name)</source>
        <translation>unbekannter Schlüssel „%1“ (erwartet: estimation, keepTime, priority, demand, name)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>rulecast comment: %1</source>
        <translation>rulecast-Kommentar: %1</translation>
    </message>
    <message>
        <source>expected &apos;@macro command&apos;</source>
        <translation>erwartet wird „@makro befehl“</translation>
    </message>
    <message>
        <source>expected five schedule fields and a command (minute hour day-of-month month day-of-week command), or NAME=value</source>
        <translation>erwartet werden fünf Zeitplanfelder und ein Befehl (Minute Stunde Tag-des-Monats Monat Wochentag Befehl) oder NAME=Wert</translation>
    </message>
    <message>
        <source>expected a user and a command after the schedule</source>
        <translation>erwartet werden ein Benutzer und ein Befehl nach dem Zeitplan</translation>
    </message>
    <message>
        <source>bad schedule &apos;%1&apos;: %2</source>
        <translation>ungültiger Zeitplan „%1“: %2</translation>
    </message>
</context>
<context>
    <name>DashboardQueries</name>
    <message>
        <source>reading validated predictions: %1</source>
        <translation>Lesen der geprüften Vorhersagen: %1</translation>
    </message>
    <message>
        <source>counting patterns, rules and predictions: %1</source>
        <translation>Zählen von Mustern, Regeln und Vorhersagen: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1: not a database file (it is a directory)</source>
        <translation>%1: keine Datenbankdatei (es ist ein Ordner)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (permission denied)</source>
        <translation>%1: die Datei kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a readable SQLite database (%2)</source>
        <translation>%1: keine lesbare SQLite-Datenbank (%2)</translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation>keine Transaktion</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot copy to %2: %3</source>
        <translation>%1: kann nicht nach %2 kopiert werden: %3</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for a copy of %1: %2</source>
        <translation>für eine Kopie von %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>no snapshot was taken</source>
        <translation>es wurde keine Sicherungskopie angelegt</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>the demo backfills 0-30 days of predictions, not %1</source>
        <translation>die Demo füllt Vorhersagen für 0-30 Tage nach, nicht für %1</translation>
    </message>
    <message>
        <source>demo canceled</source>
        <translation>Demo abgebrochen</translation>
    </message>
    <message>
        <source>%1; putting the database back failed too: %2</source>
        <translation>%1; auch das Zurücksetzen der Datenbank ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1; the database is unchanged</source>
        <translation>%1; die Datenbank ist unverändert</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: eine Transaktion kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit: %2</source>
        <translation>%1: kann nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>a demo history needs at least one day, got %1</source>
        <translation>ein Demo-Verlauf braucht mindestens einen Tag, erhalten: %1</translation>
    </message>
</context>
<context>
    <name>GenerateRules</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>HistoryStats</name>
    <message>
        <source>%1: cannot summarize tasks: %2</source>
        <translation>%1: Aufgaben können nicht zusammengefasst werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot count tasks by type: %2</source>
        <translation>%1: Aufgaben können nicht nach Typ gezählt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot count task starts: %2</source>
        <translation>%1: Aufgabenstarts können nicht gezählt werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>task history as CSV with a header row</source>
        <translation>Aufgabenverlauf als CSV mit Kopfzeile</translation>
    </message>
    <message>
        <source>task history as a JSON array of objects</source>
        <translation>Aufgabenverlauf als JSON-Array von Objekten</translation>
    </message>
    <message>
        <source>the tasks table of another banana-bun database</source>
        <translation>die Tabelle tasks einer anderen banana-bun-Datenbank</translation>
    </message>
    <message>
        <source>a Parallel Workloads Archive trace (.swf, .swf.gz)</source>
        <translation>ein Trace des Parallel Workloads Archive (.swf, .swf.gz)</translation>
    </message>
    <message>
        <source>cron runs from syslog, journalctl -o short-iso or cronie</source>
        <translation>Cron-Ausführungen aus syslog, journalctl -o short-iso oder cronie</translation>
    </message>
    <message>
        <source>crontab lines as job definitions (scheduling rules)</source>
        <translation>crontab-Zeilen als Job-Definitionen (Planungsregeln)</translation>
    </message>
    <message>
        <source>a cron-ironer job list as job definitions</source>
        <translation>eine cron-ironer-Jobliste als Job-Definitionen</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot record the import: %1</source>
        <translation>der Import kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: eine Transaktion kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit the import: %2</source>
        <translation>%1: der Import kann nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (expected one of %2)</source>
        <translation>unbekanntes Importformat „%1“ (erwartet wird eines von %2)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a readable file</source>
        <translation>%1: keine lesbare Datei</translation>
    </message>
    <message>
        <source>%1: task id %2: field &apos;%3&apos;: expected %4, got &apos;%5&apos;</source>
        <translation>%1: Aufgaben-ID %2: Feld „%3“: erwartet wird %4, erhalten: „%5“</translation>
    </message>
    <message>
        <source>%1: not a database file</source>
        <translation>%1: keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a readable SQLite database (%2)</source>
        <translation>%1: keine lesbare SQLite-Datenbank (%2)</translation>
    </message>
    <message>
        <source>%1: not a banana-bun database: %2</source>
        <translation>%1: keine banana-bun-Datenbank: %2</translation>
    </message>
    <message>
        <source>it has no tasks table</source>
        <translation>sie hat keine Tabelle tasks</translation>
    </message>
    <message>
        <source>its tasks table lacks the column &apos;%1&apos;</source>
        <translation>ihrer Tabelle tasks fehlt die Spalte „%1“</translation>
    </message>
    <message>
        <source>%1: cannot read tasks: %2</source>
        <translation>%1: Aufgaben können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>an ISO-8601 time</source>
        <translation>eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>an ISO-8601 time or nothing</source>
        <translation>eine ISO-8601-Zeit oder nichts</translation>
    </message>
    <message>
        <source>a task type</source>
        <translation>ein Aufgabentyp</translation>
    </message>
    <message>
        <source>a time not before started_at (%1)</source>
        <translation>eine Zeit nicht vor started_at (%1)</translation>
    </message>
    <message>
        <source>%1: task id %2: %3</source>
        <translation>%1: Aufgaben-ID %2: %3</translation>
    </message>
    <message>
        <source>cannot prepare the bulk load: %1</source>
        <translation>das Massenladen kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>cannot rebuild after the bulk load: %1</source>
        <translation>der Neuaufbau nach dem Massenladen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a cron schedule: %1</source>
        <translation>ein Cron-Zeitplan: %1</translation>
    </message>
    <message>
        <source>%1: the file is empty; expected a header row naming %2</source>
        <translation>%1: die Datei ist leer; erwartet wird eine Kopfzeile mit %2</translation>
    </message>
    <message>
        <source>the header names column &apos;%1&apos; twice</source>
        <translation>die Kopfzeile nennt die Spalte „%1“ zweimal</translation>
    </message>
    <message>
        <source>the header lacks the required column &apos;%1&apos; (required: %2)</source>
        <translation>der Kopfzeile fehlt die Pflichtspalte „%1“ (Pflicht: %2)</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, got %2</source>
        <translation>erwartet werden %1 Felder wie in der Kopfzeile, erhalten: %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>a double quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>ein doppeltes Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen)</translation>
    </message>
    <message>
        <source>text after a closing quote (expected a comma)</source>
        <translation>Text nach einem schließenden Anführungszeichen (erwartet wird ein Komma)</translation>
    </message>
    <message>
        <source>%1:%2: field &apos;%3&apos;: expected %4, got &apos;%5&apos;</source>
        <translation>%1:%2: Feld „%3“: erwartet wird %4, erhalten: „%5“</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>import canceled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>a cron schedule string</source>
        <translation>eine Zeichenkette mit Cron-Zeitplan</translation>
    </message>
    <message>
        <source>a number of seconds, 0 or more</source>
        <translation>eine Anzahl Sekunden ab 0</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>the JSON ends early; expected %1</source>
        <translation>das JSON endet zu früh; erwartet wird %1</translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>erwartet wird %1, gefunden: „%2“</translation>
    </message>
    <message>
        <source>a string is not closed on its line</source>
        <translation>eine Zeichenkette wird in ihrer Zeile nicht geschlossen</translation>
    </message>
    <message>
        <source>\u needs four hex digits</source>
        <translation>\u braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>a \u surrogate pair is broken</source>
        <translation>ein \u-Surrogatpaar ist unvollständig</translation>
    </message>
    <message>
        <source>unknown escape &apos;\%1&apos; in a string</source>
        <translation>unbekannte Escape-Sequenz „\%1“ in einer Zeichenkette</translation>
    </message>
    <message>
        <source>the JSON ends early; expected a value</source>
        <translation>das JSON endet zu früh; erwartet wird ein Wert</translation>
    </message>
    <message>
        <source>expected a string, number, true, false or null, found a nested %1</source>
        <translation>erwartet wird eine Zeichenkette, Zahl, true, false oder null, gefunden: ein verschachteltes %1</translation>
    </message>
    <message>
        <source>expected a string, number, true, false or null, got &apos;%1&apos;</source>
        <translation>erwartet wird eine Zeichenkette, Zahl, true, false oder null, erhalten: „%1“</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;]&apos;</source>
        <translation>unerwarteter Text nach der schließenden „]“</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON array &apos;[...]&apos;</source>
        <translation>die Datei ist leer; erwartet wird ein JSON-Array „[...]“</translation>
    </message>
    <message>
        <source>the JSON ends early; expected &apos;]&apos;</source>
        <translation>das JSON endet zu früh; erwartet wird „]“</translation>
    </message>
    <message>
        <source>the JSON ends early; expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>das JSON endet zu früh; erwartet wird „,“ oder „]“</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; between objects, found &apos;%1&apos;</source>
        <translation>erwartet wird „,“ oder „]“ zwischen Objekten, gefunden: „%1“</translation>
    </message>
    <message>
        <source>the JSON ends early; expected an object</source>
        <translation>das JSON endet zu früh; erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>the JSON ends early inside an object</source>
        <translation>das JSON endet zu früh innerhalb eines Objekts</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, found &apos;%1&apos;</source>
        <translation>erwartet wird „,“ oder „}“ in einem Objekt, gefunden: „%1“</translation>
    </message>
    <message>
        <source>a string or a number</source>
        <translation>eine Zeichenkette oder eine Zahl</translation>
    </message>
    <message>
        <source>the object lacks the field &apos;%1&apos; (required: type, started_at, status; finished_at may be null)</source>
        <translation>dem Objekt fehlt das Feld „%1“ (Pflicht: type, started_at, status; finished_at darf null sein)</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1: gzip-Entpacken kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1: the gzip data ends early (truncated file)</source>
        <translation>%1: die gzip-Daten enden zu früh (abgeschnittene Datei)</translation>
    </message>
    <message>
        <source>%1: corrupt gzip data (%2)</source>
        <translation>%1: beschädigte gzip-Daten (%2)</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
    <message>
        <source>cannot store rule &apos;%1&apos;: %2</source>
        <translation>Regel „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>unknown SWF type field &apos;%1&apos; (expected user, app, queue or partition)</source>
        <translation>unbekanntes SWF-Typfeld „%1“ (erwartet: user, app, queue oder partition)</translation>
    </message>
    <message>
        <source>seconds since 1970</source>
        <translation>Sekunden seit 1970</translation>
    </message>
    <message>
        <source>a job before any &apos;; UnixStartTime:&apos; header line (SWF times count from it)</source>
        <translation>ein Job vor jeder Kopfzeile „; UnixStartTime:“ (SWF-Zeiten zählen ab dieser)</translation>
    </message>
    <message>
        <source>expected 18 whitespace-separated fields, got %1</source>
        <translation>erwartet werden 18 durch Leerraum getrennte Felder, erhalten: %1</translation>
    </message>
    <message>
        <source>a number, 0 or more, or -1 for unknown</source>
        <translation>eine Zahl ab 0 oder -1 für unbekannt</translation>
    </message>
    <message>
        <source>seconds since UnixStartTime (a job needs one)</source>
        <translation>Sekunden seit UnixStartTime (ein Job braucht einen Wert)</translation>
    </message>
    <message>
        <source>&apos;Mon DD HH:MM:SS&apos; or an ISO-8601 time</source>
        <translation>„Mon DD HH:MM:SS“ oder eine ISO-8601-Zeit</translation>
    </message>
    <message>
        <source>a command after CMD</source>
        <translation>ein Befehl nach CMD</translation>
    </message>
    <message>
        <source>a status (completed, failed, ...)</source>
        <translation>ein Status (completed, failed, …)</translation>
    </message>
    <message>
        <source>a number of at least 0 or nothing</source>
        <translation>eine Zahl ab 0 oder nichts</translation>
    </message>
    <message>
        <source>no SQLite connection for bulk writing</source>
        <translation>keine SQLite-Verbindung zum Massenschreiben</translation>
    </message>
    <message>
        <source>cannot prepare the task insert: %1</source>
        <translation>das Einfügen der Aufgaben kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>task rows are written only inside a transaction</source>
        <translation>Aufgabenzeilen werden nur innerhalb einer Transaktion geschrieben</translation>
    </message>
    <message>
        <source>cannot insert a task: %1</source>
        <translation>eine Aufgabe kann nicht eingefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>LanguageModel</name>
    <message>
        <source>OPENAI_API_KEY is not set and the keychain holds no key</source>
        <translation>OPENAI_API_KEY ist nicht gesetzt, und der Schlüsselbund enthält keinen Schlüssel</translation>
    </message>
    <message>
        <source>OPENAI_API_KEY is not set and no system keychain answered (%1)</source>
        <translation>OPENAI_API_KEY ist nicht gesetzt, und kein Schlüsselbund des Systems hat geantwortet (%1)</translation>
    </message>
    <message>
        <source>cannot store the key in the system keychain (%1)</source>
        <translation>der Schlüssel kann nicht im Schlüsselbund des Systems gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>cannot remove the key from the system keychain (%1)</source>
        <translation>der Schlüssel kann nicht aus dem Schlüsselbund des Systems entfernt werden (%1)</translation>
    </message>
    <message>
        <source>OPENAI_API_KEY is not set; the keychain is switched off (RULECAST_NO_KEYCHAIN)</source>
        <translation>OPENAI_API_KEY ist nicht gesetzt; der Schlüsselbund ist abgeschaltet (RULECAST_NO_KEYCHAIN)</translation>
    </message>
    <message>
        <source>OPENAI_API_KEY is not set (built without keychain support)</source>
        <translation>OPENAI_API_KEY ist nicht gesetzt (ohne Unterstützung für den Schlüsselbund gebaut)</translation>
    </message>
    <message>
        <source>this build has no keychain support; set OPENAI_API_KEY instead</source>
        <translation>dieser Build unterstützt keinen Schlüsselbund; setzen Sie stattdessen OPENAI_API_KEY</translation>
    </message>
    <message numerus="yes">
        <source>expected %n embedding(s), one per text, got %1</source>
        <translation>
            <numerusform>%n Embedding erwartet (eines pro Text), %1 erhalten</numerusform>
            <numerusform>%n Embeddings erwartet (eines pro Text), %1 erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>embeddings differ in dimension: %1 for the first text, %2 for text %3</source>
        <translation>Embeddings mit verschiedener Dimension: %1 für den ersten Text, %2 für Text %3</translation>
    </message>
    <message>
        <source>connection refused (is the server running?)</source>
        <translation>Verbindung abgelehnt (läuft der Server?)</translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation>der Server hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>the reply is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the reply is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source> (tried twice)</source>
        <translation> (zweimal versucht)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source> (the first attempt failed: %1)</source>
        <translation> (der erste Versuch scheiterte: %1)</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing (missing)</source>
        <translation>nichts (fehlt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2, got %3</source>
        <translation>„%1“ sollte %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation>eine endliche Zahl</translation>
    </message>
    <message>
        <source>the request to the language model was cancelled</source>
        <translation>die Anfrage an das Sprachmodell wurde abgebrochen</translation>
    </message>
    <message>
        <source>no language model answered: %1</source>
        <translation>kein Sprachmodell hat geantwortet: %1</translation>
    </message>
    <message>
        <source>no language model is configured</source>
        <translation>kein Sprachmodell ist eingerichtet</translation>
    </message>
    <message>
        <source>no language model in use (--use-model none)</source>
        <translation>kein Sprachmodell in Gebrauch (--use-model none)</translation>
    </message>
    <message>
        <source>no API key was given</source>
        <translation>kein API-Schlüssel angegeben</translation>
    </message>
    <message>
        <source>OPENAI_API_KEY is not set</source>
        <translation>OPENAI_API_KEY ist nicht gesetzt</translation>
    </message>
    <message>
        <source>llm.ollama_url is empty</source>
        <translation>llm.ollama_url ist leer</translation>
    </message>
    <message>
        <source>the model refused: %1</source>
        <translation>das Modell hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>no system keychain answered (%1)</source>
        <translation>kein Schlüsselbund des Systems hat geantwortet (%1)</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot record schema version %1: %2</source>
        <translation>Schemaversion %1 kann nicht vermerkt werden: %2</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this Rulecast understands (%2); upgrade Rulecast</source>
        <translation>die Datenbank hat die Schemaversion %1, neuer als diese Rulecast-Version versteht (%2); aktualisieren Sie Rulecast</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>migration %1 failed to commit: %2</source>
        <translation>Migration %1 konnte nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OptimizationStore</name>
    <message>
        <source>reading scheduling_rules</source>
        <translation>Lesen von scheduling_rules</translation>
    </message>
    <message>
        <source>reading predictive_schedules</source>
        <translation>Lesen von predictive_schedules</translation>
    </message>
    <message>
        <source>writing optimization_results</source>
        <translation>Schreiben von optimization_results</translation>
    </message>
    <message>
        <source>reading optimization_results</source>
        <translation>Lesen von optimization_results</translation>
    </message>
    <message>
        <source>no optimization run #%1</source>
        <translation>kein Optimierungslauf Nr. %1</translation>
    </message>
    <message>
        <source>optimization run #%1 was applied and undone (%2); run the optimizer again</source>
        <translation>Optimierungslauf Nr. %1 wurde angewendet und rückgängig gemacht (%2); starten Sie die Optimierung erneut</translation>
    </message>
    <message>
        <source>optimization run #%1 is already applied (%2)</source>
        <translation>Optimierungslauf Nr. %1 ist bereits angewendet (%2)</translation>
    </message>
    <message>
        <source>optimization run #%1 changes nothing; there is nothing to apply</source>
        <translation>Optimierungslauf Nr. %1 ändert nichts; es gibt nichts anzuwenden</translation>
    </message>
    <message>
        <source>rule #%1 &apos;%2&apos; no longer exists; run the optimizer again (nothing was changed)</source>
        <translation>Regel Nr. %1 „%2“ existiert nicht mehr; starten Sie die Optimierung erneut (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>rule #%1 &apos;%2&apos; changed since optimization run #%3 (its cron is now &apos;%4&apos;, the run saw &apos;%5&apos;); run the optimizer again (nothing was changed)</source>
        <translation>Regel Nr. %1 „%2“ wurde seit Optimierungslauf Nr. %3 geändert (ihr Cron-Ausdruck ist jetzt „%4“, der Lauf sah „%5“); starten Sie die Optimierung erneut (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>updating scheduling_rules</source>
        <translation>Ändern von scheduling_rules</translation>
    </message>
    <message>
        <source>reading task_schedules</source>
        <translation>Lesen von task_schedules</translation>
    </message>
    <message>
        <source>updating task_schedules</source>
        <translation>Ändern von task_schedules</translation>
    </message>
    <message>
        <source>updating predictive_schedules</source>
        <translation>Ändern von predictive_schedules</translation>
    </message>
    <message>
        <source>updating optimization_results</source>
        <translation>Ändern von optimization_results</translation>
    </message>
    <message>
        <source>optimization run #%1 was a dry run and was never applied; there is nothing to undo</source>
        <translation>Optimierungslauf Nr. %1 war ein Probelauf und wurde nie angewendet; es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>optimization run #%1 was never applied; there is nothing to undo</source>
        <translation>Optimierungslauf Nr. %1 wurde nie angewendet; es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>optimization run #%1 was already undone (%2)</source>
        <translation>Optimierungslauf Nr. %1 wurde bereits rückgängig gemacht (%2)</translation>
    </message>
    <message>
        <source>cannot undo optimization run #%1: rule #%2 &apos;%3&apos; was deleted since it was applied; nothing was changed</source>
        <translation>Optimierungslauf Nr. %1 kann nicht rückgängig gemacht werden: Regel Nr. %2 „%3“ wurde seit der Anwendung gelöscht; nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot undo optimization run #%1: rule #%2 &apos;%3&apos; was edited since it was applied (cron now &apos;%4&apos;, applied &apos;%5&apos;, updated_at %6); nothing was changed</source>
        <translation>Optimierungslauf Nr. %1 kann nicht rückgängig gemacht werden: Regel Nr. %2 „%3“ wurde seit der Anwendung bearbeitet (Cron-Ausdruck jetzt „%4“, angewendet „%5“, updated_at %6); nichts wurde geändert</translation>
    </message>
    <message>
        <source>restoring scheduling_rules</source>
        <translation>Wiederherstellen von scheduling_rules</translation>
    </message>
    <message>
        <source>restoring task_schedules</source>
        <translation>Wiederherstellen von task_schedules</translation>
    </message>
    <message>
        <source>restoring predictive_schedules</source>
        <translation>Wiederherstellen von predictive_schedules</translation>
    </message>
</context>
<context>
    <name>OptimizationText</name>
    <message>
        <source>flatten the load</source>
        <translation>die Last zu glätten</translation>
    </message>
    <message>
        <source>lower the peak</source>
        <translation>die Spitze zu senken</translation>
    </message>
    <message>
        <source>keep utilisation near the target</source>
        <translation>die Auslastung nahe am Ziel zu halten</translation>
    </message>
    <message>
        <source>stop its runs overlapping others</source>
        <translation>Überschneidungen ihrer Läufe mit anderen zu vermeiden</translation>
    </message>
    <message>
        <source>moved %1 min to %2: where its runs start the load averages %3 instead of %4 (its own run included)</source>
        <translation>Um %1 min verschoben, um %2: Wo ihre Läufe beginnen, liegt die Last im Mittel bei %3 statt %4 (ihr eigener Lauf eingerechnet)</translation>
    </message>
    <message>
        <source>nothing to optimize: no enabled scheduling rules and no predicted tasks in the window</source>
        <translation>nichts zu optimieren: keine aktivierten Planungsregeln und keine vorhergesagten Aufgaben im Zeitfenster</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>not asked to apply (--auto-apply, or Apply in the Optimization view)</source>
        <translation>Anwenden nicht verlangt (--auto-apply oder „Anwenden“ in der Ansicht „Optimierung“)</translation>
    </message>
    <message>
        <source>no rule moved</source>
        <translation>keine Regel verschoben</translation>
    </message>
    <message>
        <source>efficiency gain %1% is below the auto-apply level of %2%</source>
        <translation>Effizienzgewinn %1 % liegt unter der Schwelle für automatisches Anwenden von %2 %</translation>
    </message>
</context>
<context>
    <name>PatternEmbeddingStore</name>
    <message>
        <source>%1: reading pattern_embeddings: %2</source>
        <translation>%1: Lesen von pattern_embeddings: %2</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: eine Transaktion kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>embedding of pattern %1 (%2): %3 values for dimension %4</source>
        <translation>Embedding von Muster %1 (%2): %3 Werte für Dimension %4</translation>
    </message>
    <message>
        <source>%1: storing the embedding of pattern %2: %3</source>
        <translation>%1: Speichern des Embeddings von Muster %2: %3</translation>
    </message>
    <message>
        <source>%1: storing embeddings failed: %2</source>
        <translation>%1: das Speichern der Embeddings ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PatternEmbeddings</name>
    <message>
        <source>--use-embeddings: %1; using the structural similarity only</source>
        <translation>Embeddings nicht verfügbar: %1; es wird nur die strukturelle Ähnlichkeit verwendet</translation>
    </message>
    <message>
        <source>the model answered vectors of dimension %1 after %2</source>
        <translation>das Modell antwortete mit Vektoren der Dimension %1 nach %2</translation>
    </message>
    <message>
        <source>no consistent vectors from %1</source>
        <translation>keine einheitlichen Vektoren von %1</translation>
    </message>
    <message>
        <source>--use-embeddings: the vectors could not be stored (%1); they are used for this search only</source>
        <translation>die Embeddings konnten nicht gespeichert werden (%1); sie gelten nur für diese Suche</translation>
    </message>
</context>
<context>
    <name>PatternEvidence</name>
    <message>
        <source>%1: reading evidence tasks: %2</source>
        <translation>%1: Lesen der Beleg-Aufgaben: %2</translation>
    </message>
</context>
<context>
    <name>PatternFacts</name>
    <message>
        <source>%1: reading run times of evidence tasks: %2</source>
        <translation>%1: Lesen der Laufzeiten der Beleg-Aufgaben: %2</translation>
    </message>
</context>
<context>
    <name>PatternRepository</name>
    <message>
        <source>reading activity_patterns</source>
        <translation>Lesen von activity_patterns</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: eine Transaktion kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>storing a %1 pattern</source>
        <translation>Speichern eines Musters vom Typ %1</translation>
    </message>
    <message>
        <source>updating pattern %1</source>
        <translation>Ändern von Muster %1</translation>
    </message>
    <message>
        <source>deactivating pattern %1</source>
        <translation>Deaktivieren von Muster %1</translation>
    </message>
    <message>
        <source>storing the user behaviour profile</source>
        <translation>Speichern des Nutzungsprofils</translation>
    </message>
    <message>
        <source>%1: storing patterns failed: %2</source>
        <translation>%1: das Speichern der Muster ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PatternTypeLabel</name>
    <message>
        <source>daily recurring</source>
        <translation>täglich wiederkehrend</translation>
    </message>
    <message>
        <source>weekly recurring</source>
        <translation>wöchentlich wiederkehrend</translation>
    </message>
    <message>
        <source>monthly recurring</source>
        <translation>monatlich wiederkehrend</translation>
    </message>
    <message>
        <source>recurring at an interval</source>
        <translation>im Intervall wiederkehrend</translation>
    </message>
    <message>
        <source>task correlation</source>
        <translation>Aufgabenkorrelation</translation>
    </message>
    <message>
        <source>resource usage</source>
        <translation>Ressourcennutzung</translation>
    </message>
    <message>
        <source>Pattern type: %1</source>
        <translation>Mustertyp: %1</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <source>reading scheduling_rules: %1</source>
        <translation>Lesen von scheduling_rules: %1</translation>
    </message>
    <message>
        <source>writing predictive_schedules: %1</source>
        <translation>Schreiben von predictive_schedules: %1</translation>
    </message>
    <message>
        <source>canceled; nothing was stored</source>
        <translation>abgebrochen; nichts wurde gespeichert</translation>
    </message>
</context>
<context>
    <name>PredictionText</name>
    <message>
        <source>weekend history: %1 of last %2 weekends at %3</source>
        <translation>Wochenend-Verlauf: %1 der letzten %2 Wochenendtage um %3</translation>
    </message>
    <message>
        <source>weekday history: %1 of last %2 weekdays at %3</source>
        <translation>Werktags-Verlauf: %1 der letzten %2 Werktage um %3</translation>
    </message>
    <message>
        <source>last active day yes</source>
        <translation>letzter aktiver Tag: ja</translation>
    </message>
    <message>
        <source>last active day no</source>
        <translation>letzter aktiver Tag: nein</translation>
    </message>
    <message>
        <source>same weekday %1 of %2</source>
        <translation>gleicher Wochentag %1 von %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>rule #%1 fires %2 (hit %3/%4)</source>
        <translation>Regel #%1 löst um %2 aus (Treffer %3/%4)</translation>
    </message>
    <message>
        <source>pattern #%1 (%2:00–%3:00, hit %4%)</source>
        <translation>Muster #%1 (%2:00–%3:00, Treffer %4 %)</translation>
    </message>
    <message>
        <source>%1 pattern #%2 (%3:00–%4:00, hit %5%)</source>
        <translation>Muster %1 #%2 (%3:00–%4:00, Treffer %5 %)</translation>
    </message>
    <message>
        <source>after %1 (correlation #%2, %3 min later, strength %4%)</source>
        <translation>nach %1 (Korrelation #%2, %3 min später, Stärke %4 %)</translation>
    </message>
    <message>
        <source>base rate of %1 in similar slots</source>
        <translation>Grundrate von %1 in ähnlichen Zeitfenstern</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Reading tasks</source>
        <translation>Aufgaben werden gelesen</translation>
    </message>
    <message>
        <source>Storing patterns</source>
        <translation>Muster werden gespeichert</translation>
    </message>
    <message>
        <source>Replaying predictions</source>
        <translation>Vorhersagen werden nachgespielt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Analyzing patterns</source>
        <translation>Muster werden analysiert</translation>
    </message>
    <message>
        <source>Generating rules</source>
        <translation>Regeln werden erzeugt</translation>
    </message>
    <message>
        <source>Predicting as of %1</source>
        <translation>Vorhersage zum Stand %1</translation>
    </message>
    <message>
        <source>Validating past predictions</source>
        <translation>Vergangene Vorhersagen werden geprüft</translation>
    </message>
    <message>
        <source>Predicting the next 24 hours</source>
        <translation>Vorhersage für die nächsten 24 Stunden</translation>
    </message>
    <message>
        <source>Optimizing the next 24 hours (balance load)</source>
        <translation>Die nächsten 24 Stunden werden optimiert (Last ausgleichen)</translation>
    </message>
    <message>
        <source>Keeping a copy of the database for Cancel</source>
        <translation>Kopie der Datenbank für „Abbrechen“ wird angelegt</translation>
    </message>
    <message>
        <source>Creating the demo history</source>
        <translation>Demo-Verlauf wird erstellt</translation>
    </message>
    <message numerus="yes">
        <source>generating %n day(s) of demo history</source>
        <translation>
            <numerusform>Demo-Verlauf für %n Tag wird erzeugt</numerusform>
            <numerusform>Demo-Verlauf für %n Tage wird erzeugt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing %n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe wird geschrieben</numerusform>
            <numerusform>%n Aufgaben werden geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading patterns and rules</source>
        <translation>Muster und Regeln werden gelesen</translation>
    </message>
    <message>
        <source>Checking conflicts</source>
        <translation>Konflikte werden geprüft</translation>
    </message>
    <message>
        <source>Asking a language model for names and descriptions</source>
        <translation>Ein Sprachmodell wird nach Namen und Beschreibungen gefragt</translation>
    </message>
    <message>
        <source>Storing rules</source>
        <translation>Regeln werden gespeichert</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>Index wird aufgebaut</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>Asking for %n embedding(s)</source>
        <translation>
            <numerusform>%n Embedding wird angefragt</numerusform>
            <numerusform>%n Embeddings werden angefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Vorhersage läuft</translation>
    </message>
    <message>
        <source>Sampling every %1 s</source>
        <translation>Messung alle %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Generating predictions for the coming %n hour(s)</source>
        <translation>
            <numerusform>Vorhersagen für die kommende Stunde werden erzeugt</numerusform>
            <numerusform>Vorhersagen für die kommenden %n Stunden werden erzeugt</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading rules and predicted tasks</source>
        <translation>Regeln und vorhergesagte Aufgaben werden gelesen</translation>
    </message>
    <message>
        <source>Optimizing %1 and %2 (%3)</source>
        <translation>%1 und %2 werden optimiert (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed predicted task(s)</source>
        <translation>
            <numerusform>%n feste vorhergesagte Aufgabe</numerusform>
            <numerusform>%n feste vorhergesagte Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying run #%1</source>
        <translation>Lauf Nr. %1 wird angewendet</translation>
    </message>
    <message>
        <source>Reading patterns</source>
        <translation>Muster werden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n pattern(s)</source>
        <translation>
            <numerusform>%n Muster wird verglichen</numerusform>
            <numerusform>%n Muster werden verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading due predictions</source>
        <translation>Fällige Vorhersagen werden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>Matching %n prediction(s) with the runs</source>
        <translation>
            <numerusform>%n Vorhersage wird mit den Ausführungen abgeglichen</numerusform>
            <numerusform>%n Vorhersagen werden mit den Ausführungen abgeglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Placing jobs</source>
        <translation>Jobs werden platziert</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Verbesserung läuft</translation>
    </message>
    <message>
        <source>Selecting the tasks of the window</source>
        <translation>Aufgaben des Zeitfensters werden ausgewählt</translation>
    </message>
    <message>
        <source>Looking for recurring runs per task type, correlations and load peaks</source>
        <translation>Suche nach wiederkehrenden Ausführungen je Aufgabentyp, Korrelationen und Lastspitzen</translation>
    </message>
    <message>
        <source>indexing history</source>
        <translation>Verlauf wird indiziert</translation>
    </message>
    <message>
        <source>fitting history model</source>
        <translation>Verlaufsmodell wird angepasst</translation>
    </message>
    <message>
        <source>Reading the history summary</source>
        <translation>Übersicht des Verlaufs wird gelesen</translation>
    </message>
    <message>
        <source>Reading rules and checking them for conflicts</source>
        <translation>Regeln werden gelesen und auf Konflikte geprüft</translation>
    </message>
    <message>
        <source>Reading predictions</source>
        <translation>Vorhersagen werden gelesen</translation>
    </message>
    <message>
        <source>Reading the last optimization</source>
        <translation>Letzte Optimierung wird gelesen</translation>
    </message>
    <message>
        <source>Writing the %1 report</source>
        <translation>%1-Bericht wird geschrieben</translation>
    </message>
    <message>
        <source>rule #%1 skipped: &apos;%2&apos; is not a valid cron expression</source>
        <translation>Regel Nr. %1 übersprungen: „%2“ ist kein gültiger Cron-Ausdruck</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>das PDF kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>%1: cannot write the report (%2)</source>
        <translation>%1: der Bericht kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>canceled; no report was written</source>
        <translation>abgebrochen; es wurde kein Bericht geschrieben</translation>
    </message>
</context>
<context>
    <name>ReportMetric</name>
    <message>
        <source>Peak load (runs at once)</source>
        <translation>Spitzenlast (gleichzeitige Läufe)</translation>
    </message>
    <message>
        <source>Average load</source>
        <translation>Mittlere Last</translation>
    </message>
    <message>
        <source>Peak to average</source>
        <translation>Spitze zu Mittel</translation>
    </message>
    <message>
        <source>Mean utilisation</source>
        <translation>Mittlere Auslastung</translation>
    </message>
    <message>
        <source>Load standard deviation</source>
        <translation>Standardabweichung der Last</translation>
    </message>
    <message>
        <source>Overlapping run pairs</source>
        <translation>Überschneidende Laufpaare</translation>
    </message>
    <message>
        <source>Minutes with overlaps</source>
        <translation>Minuten mit Überschneidungen</translation>
    </message>
    <message>
        <source>Minutes above the peak threshold</source>
        <translation>Minuten über der Spitzenschwelle</translation>
    </message>
    <message>
        <source>Minutes over capacity</source>
        <translation>Minuten über der Kapazität</translation>
    </message>
    <message>
        <source>Unit-minutes above the efficiency target</source>
        <translation>Einheitsminuten über dem Effizienzziel</translation>
    </message>
    <message>
        <source>Idle minutes</source>
        <translation>Leerlaufminuten</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Busy unit-minutes</source>
        <translation>Belegte Einheitsminuten</translation>
    </message>
    <message>
        <source>Total waiting minutes</source>
        <translation>Wartezeit insgesamt (Minuten)</translation>
    </message>
    <message>
        <source>Runs that wait</source>
        <translation>Wartende Läufe</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Rulecast report: %1</source>
        <translation>Rulecast-Bericht: %1</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language of this translation as an HTML lang attribute (BCP 47): &quot;de&quot; for German</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Rulecast report</source>
        <translation>Rulecast-Bericht</translation>
    </message>
    <message>
        <source>%1, generated %2.</source>
        <translation>%1, erstellt am %2.</translation>
    </message>
    <message>
        <source>Not in the database yet</source>
        <translation>Noch nicht in der Datenbank</translation>
    </message>
    <message>
        <source>Load over the simulated days, before and after</source>
        <translation>Last über die simulierten Tage, vorher und nachher</translation>
    </message>
    <message>
        <source>Highest load by hour of day, before and after</source>
        <translation>Höchste Last nach Tagesstunde, vorher und nachher</translation>
    </message>
    <message>
        <source>Calibration: confidence against what came true</source>
        <translation>Kalibrierung: Konfidenz und was eingetroffen ist</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Rulecast report · %1 · %2</source>
        <translation>Rulecast-Bericht · %1 · %2</translation>
    </message>
    <message>
        <source>Load over the simulated days</source>
        <translation>Last über die simulierten Tage</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>look-ahead window</source>
        <translation>Vorausschau-Fenster</translation>
    </message>
    <message>
        <source>No optimization run to show.</source>
        <translation>Kein Optimierungslauf zum Anzeigen.</translation>
    </message>
    <message>
        <source>runs at once</source>
        <translation>gleichzeitige Läufe</translation>
    </message>
    <message>
        <source>UTC; each step is the highest load in %1 min</source>
        <translation>UTC; jede Stufe ist die höchste Last in %1 min</translation>
    </message>
    <message>
        <source>Highest load by hour of day (UTC)</source>
        <translation>Höchste Last nach Tagesstunde (UTC)</translation>
    </message>
    <message>
        <source>came true</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <source>mean confidence</source>
        <translation>mittlere Konfidenz</translation>
    </message>
    <message>
        <source>perfect calibration</source>
        <translation>perfekte Kalibrierung</translation>
    </message>
    <message>
        <source>No validated predictions to show.</source>
        <translation>Keine geprüften Vorhersagen zum Anzeigen.</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>share that came true</source>
        <translation>Anteil eingetroffen</translation>
    </message>
    <message>
        <source>%1 validated predictions; the number above a bar is its count</source>
        <translation>%1 geprüfte Vorhersagen; die Zahl über einem Balken ist seine Anzahl</translation>
    </message>
    <message>
        <source>No task history: import one (rulecast-cli import) or create a demo history (rulecast-cli demo).</source>
        <translation>Kein Aufgabenverlauf: Importieren Sie einen (rulecast-cli import) oder legen Sie einen Demo-Verlauf an (rulecast-cli demo).</translation>
    </message>
    <message>
        <source>No active patterns: run analyze-activity-patterns.</source>
        <translation>Keine aktiven Muster: Führen Sie analyze-activity-patterns aus.</translation>
    </message>
    <message>
        <source>No scheduling rules: run generate-scheduling-rules --from-patterns.</source>
        <translation>Keine Planungsregeln: Führen Sie generate-scheduling-rules --from-patterns aus.</translation>
    </message>
    <message>
        <source>No upcoming predictions: run predict.</source>
        <translation>Keine anstehenden Vorhersagen: Führen Sie predict aus.</translation>
    </message>
    <message>
        <source>No optimization run: run optimize-resource-schedule.</source>
        <translation>Kein Optimierungslauf: Führen Sie optimize-resource-schedule aus.</translation>
    </message>
    <message>
        <source>The load of optimization run #%1 could not be replayed: %2</source>
        <translation>Die Last des Optimierungslaufs #%1 ließ sich nicht nachspielen: %2</translation>
    </message>
    <message>
        <source>No validated predictions: run predict, wait for the predicted hours to pass (or predict with --as-of in the past), then validate-predictions.</source>
        <translation>Keine geprüften Vorhersagen: Führen Sie predict aus, warten Sie, bis die vorhergesagten Stunden vorbei sind (oder sagen Sie mit --as-of in der Vergangenheit voraus), dann validate-predictions.</translation>
    </message>
    <message>
        <source>%1 min after %2 (within %3 min)</source>
        <translation>%1 min nach %2 (innerhalb von %3 min)</translation>
    </message>
    <message>
        <source>not a valid cron expression</source>
        <translation>kein gültiger Cron-Ausdruck</translation>
    </message>
    <message>
        <source>time overlap</source>
        <translation>zeitliche Überschneidung</translation>
    </message>
    <message>
        <source>resource contention</source>
        <translation>Ressourcenkonkurrenz</translation>
    </message>
    <message>
        <source>dependency cycle</source>
        <translation>Abhängigkeitszyklus</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Verlauf ab</translation>
    </message>
    <message>
        <source>History to</source>
        <translation>Verlauf bis</translation>
    </message>
    <message>
        <source>Days of history</source>
        <translation>Tage Verlauf</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Task types</source>
        <translation>Aufgabentypen</translation>
    </message>
    <message>
        <source>Active patterns</source>
        <translation>Aktive Muster</translation>
    </message>
    <message>
        <source>Inactive patterns</source>
        <translation>Inaktive Muster</translation>
    </message>
    <message>
        <source>Scheduling rules</source>
        <translation>Planungsregeln</translation>
    </message>
    <message>
        <source>Enabled rules</source>
        <translation>Aktive Regeln</translation>
    </message>
    <message>
        <source>Rule conflicts (next %1 days)</source>
        <translation>Regelkonflikte (nächste %1 Tage)</translation>
    </message>
    <message>
        <source>Upcoming predictions</source>
        <translation>Anstehende Vorhersagen</translation>
    </message>
    <message>
        <source>Validated predictions</source>
        <translation>Geprüfte Vorhersagen</translation>
    </message>
    <message>
        <source>Accuracy rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Fehlalarmquote</translation>
    </message>
    <message>
        <source>Brier score</source>
        <translation>Brier-Score</translation>
    </message>
    <message>
        <source>Last optimization run</source>
        <translation>Letzter Optimierungslauf</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Efficiency gain</source>
        <translation>Effizienzgewinn</translation>
    </message>
    <message>
        <source>Peak reduction</source>
        <translation>Spitzenminderung</translation>
    </message>
    <message>
        <source>No tasks in the database.</source>
        <translation>Keine Aufgaben in der Datenbank.</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Detected patterns</source>
        <translation>Erkannte Muster</translation>
    </message>
    <message>
        <source>Active patterns, most confident first (%1 inactive not listed).</source>
        <translation>Aktive Muster, die sichersten zuerst (%1 inaktive nicht aufgeführt).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Erkennungen</translation>
    </message>
    <message>
        <source>Last detected</source>
        <translation>Zuletzt erkannt</translation>
    </message>
    <message>
        <source>%1 rules, %2 enabled.</source>
        <translation>Regeln: %1, davon aktiv: %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>(after rule)</source>
        <translation>(Folgeregel)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Rule conflicts</source>
        <translation>Regelkonflikte</translation>
    </message>
    <message>
        <source>The enabled rules&apos; runs over the %1 days from the report time, checked against a capacity of %2 concurrent runs.</source>
        <translation>Die Läufe der aktiven Regeln über %1 Tage ab dem Zeitpunkt des Berichts, geprüft gegen eine Kapazität von %2 gleichzeitigen Läufen.</translation>
    </message>
    <message>
        <source>No rules to check.</source>
        <translation>Keine Regeln zu prüfen.</translation>
    </message>
    <message>
        <source>No conflicts between the enabled rules.</source>
        <translation>Keine Konflikte zwischen den aktiven Regeln.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Next predictions</source>
        <translation>Nächste Vorhersagen</translation>
    </message>
    <message>
        <source>Stored predictions from %1 to %2 not yet validated, in time order (the first %3 of %4).</source>
        <translation>Gespeicherte, noch nicht geprüfte Vorhersagen von %1 bis %2 in zeitlicher Reihenfolge (die ersten %3 von %4).</translation>
    </message>
    <message>
        <source>Stored predictions from %1 to %2 not yet validated, in time order.</source>
        <translation>Gespeicherte, noch nicht geprüfte Vorhersagen von %1 bis %2 in zeitlicher Reihenfolge.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory MB</source>
        <translation>Speicher MB</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A day on a chart&apos;s time axis (QDateTime format: ddd = weekday, d = day, MMM = month, all abbreviated)</extracomment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>applied, then undone at %1</source>
        <translation>angewendet, am %1 rückgängig gemacht</translation>
    </message>
    <message>
        <source>applied at %1</source>
        <translation>angewendet am %1</translation>
    </message>
    <message>
        <source>dry run (not applied)</source>
        <translation>Probelauf (nicht angewendet)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>Last optimization</source>
        <translation>Letzte Optimierung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Window from</source>
        <translation>Zeitfenster ab</translation>
    </message>
    <message>
        <source>Window to</source>
        <translation>Zeitfenster bis</translation>
    </message>
    <message>
        <source>Days simulated</source>
        <translation>Simulierte Tage</translation>
    </message>
    <message>
        <source>Capacity (runs at once)</source>
        <translation>Kapazität (gleichzeitige Läufe)</translation>
    </message>
    <message>
        <source>Rules simulated</source>
        <translation>Simulierte Regeln</translation>
    </message>
    <message>
        <source>Predicted tasks in the window</source>
        <translation>Vorhergesagte Aufgaben im Zeitfenster</translation>
    </message>
    <message>
        <source>Rules moved</source>
        <translation>Verschobene Regeln</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Utilisation improvement (load spread)</source>
        <translation>Bessere Auslastung (Streuung der Last)</translation>
    </message>
    <message>
        <source>Conflict reduction</source>
        <translation>Weniger Konflikte</translation>
    </message>
    <message>
        <source>Waiting time saved (minutes)</source>
        <translation>Eingesparte Wartezeit (Minuten)</translation>
    </message>
    <message>
        <source>Best possible peak (lower bound)</source>
        <translation>Bestmögliche Spitze (untere Schranke)</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>No optimization run.</source>
        <translation>Kein Optimierungslauf.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The optimization moved no rule.</source>
        <translation>Die Optimierung hat keine Regel verschoben.</translation>
    </message>
    <message>
        <source>Moved (min)</source>
        <translation>Versatz (min)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The load of run #%1 could not be replayed: %2</source>
        <translation>Die Last von Lauf #%1 ließ sich nicht nachspielen: %2</translation>
    </message>
    <message>
        <source>Load by hour of day</source>
        <translation>Last nach Tagesstunde</translation>
    </message>
    <message>
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <source>Peak before</source>
        <translation>Spitze vorher</translation>
    </message>
    <message>
        <source>Peak after</source>
        <translation>Spitze nachher</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>Mittel vorher</translation>
    </message>
    <message>
        <source>Mean after</source>
        <translation>Mittel nachher</translation>
    </message>
    <message>
        <source>Runs going at once in each hour of the day over the %1 simulated days from %2, before and after the optimization (the highest minute and the mean).</source>
        <translation>Gleichzeitig laufende Läufe in jeder Stunde des Tages über die %1 simulierten Tage ab %2, vor und nach der Optimierung (die höchste Minute und das Mittel).</translation>
    </message>
    <message>
        <source>Load by minute</source>
        <translation>Last nach Minute</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>load balancing</source>
        <translation>Lastausgleich</translation>
    </message>
    <message>
        <source>peak mitigation</source>
        <translation>Spitzendämpfung</translation>
    </message>
    <message>
        <source>resource efficiency</source>
        <translation>Ressourceneffizienz</translation>
    </message>
    <message>
        <source>conflict resolution</source>
        <translation>Konfliktlösung</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No validated predictions: run validate-predictions once predicted hours have passed.</source>
        <translation>Keine geprüften Vorhersagen: Führen Sie validate-predictions aus, sobald vorhergesagte Stunden vorbei sind.</translation>
    </message>
    <message>
        <source>How well predictions came true</source>
        <translation>Wie gut Vorhersagen eingetroffen sind</translation>
    </message>
    <message>
        <source>Every validated prediction: a hit when a run of its type started in its slot (within the tolerance), a false positive when none did.</source>
        <translation>Alle geprüften Vorhersagen: ein Treffer, wenn ein Lauf ihres Typs in ihrem Zeitfenster (innerhalb der Toleranz) begann, ein Fehlalarm, wenn keiner begann.</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Did not</source>
        <translation>Nicht eingetroffen</translation>
    </message>
    <message>
        <source>Brier score (0 is perfect)</source>
        <translation>Brier-Score (0 ist perfekt)</translation>
    </message>
    <message>
        <source>Oldest validated slot</source>
        <translation>Ältestes geprüftes Zeitfenster</translation>
    </message>
    <message>
        <source>Newest validated slot</source>
        <translation>Neuestes geprüftes Zeitfenster</translation>
    </message>
    <message>
        <source>Accuracy by task type</source>
        <translation>Trefferquote nach Aufgabentyp</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Mean confidence</source>
        <translation>Mittlere Konfidenz</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Confidence from</source>
        <translation>Konfidenz von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Predictions grouped by their confidence: well calibrated, the share that came true matches the mean confidence.</source>
        <translation>Vorhersagen nach ihrer Konfidenz gruppiert: Bei guter Kalibrierung entspricht der eingetroffene Anteil der mittleren Konfidenz.</translation>
    </message>
</context>
<context>
    <name>ResourceSampleStore</name>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: eine Transaktion kann nicht begonnen werden: %2</translation>
    </message>
    <message>
        <source>%1: storing a resource sample: %2</source>
        <translation>%1: Speichern einer Ressourcenmessung: %2</translation>
    </message>
    <message>
        <source>%1: storing resource samples failed: %2</source>
        <translation>%1: das Speichern der Ressourcenmessungen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: reading resource_samples: %2</source>
        <translation>%1: Lesen von resource_samples: %2</translation>
    </message>
</context>
<context>
    <name>RuleConflicts</name>
    <message>
        <source>#%1 &apos;%2&apos;</source>
        <translation>#%1 „%2“</translation>
    </message>
    <message>
        <source>new &apos;%1&apos;</source>
        <translation>neue Regel „%1“</translation>
    </message>
    <message>
        <source>after rules wait on each other in a circle: %1</source>
        <translation>„Nach“-Regeln warten im Kreis aufeinander: %1</translation>
    </message>
    <message>
        <source>disable %1 (priority %2) to break the cycle</source>
        <translation>%1 (Priorität %2) deaktivieren, um den Kreis zu durchbrechen</translation>
    </message>
    <message>
        <source>%1 and %2 run at the same time %3 times in the next %4 days, with up to %5 runs going at once where capacity is %6 (first at %7)</source>
        <translation>%1 und %2 laufen in den nächsten %4 Tagen %3-mal gleichzeitig, mit bis zu %5 Läufen zugleich bei einer Kapazität von %6 (zuerst am %7)</translation>
    </message>
    <message>
        <source>start %1 %2 min later (%3 UTC), after %4 ends</source>
        <translation>%1 %2 min später starten (%3 UTC), nach dem Ende von %4</translation>
    </message>
    <message>
        <source>%1 and %2 are both heavy on %3 and overlap %4 times in the next %5 days (first at %6)</source>
        <translation>%1 und %2 belasten beide %3 stark und überschneiden sich in den nächsten %5 Tagen %4-mal (zuerst am %6)</translation>
    </message>
    <message>
        <source>stagger them: start %1 %2 min later, after %3 ends</source>
        <translation>zeitlich versetzen: %1 %2 min später starten, nach dem Ende von %3</translation>
    </message>
    <message>
        <source>already broken: a rule of the cycle is disabled</source>
        <translation>bereits durchbrochen: eine Regel des Kreises ist deaktiviert</translation>
    </message>
    <message>
        <source>disabled to break a dependency cycle</source>
        <translation>deaktiviert, um einen Abhängigkeitskreis zu durchbrechen</translation>
    </message>
    <message>
        <source>disabled %1</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>left for review: the lower-priority rule %1 already exists and generation never edits existing rules</source>
        <translation>zur Prüfung belassen: die Regel %1 mit niedrigerer Priorität besteht bereits, und die Generierung ändert bestehende Regeln nie</translation>
    </message>
    <message>
        <source>%1 was already changed: %2</source>
        <translation>%1 wurde bereits geändert: %2</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>moved %1 min later (&apos;%2&apos; -&gt; &apos;%3&apos;) to clear %4 (priority %5 over %6)</source>
        <translation>um %1 min verschoben („%2“ → „%3“), um %4 auszuweichen (Priorität %5 vor %6)</translation>
    </message>
    <message>
        <source>merged into a sequence: runs %1 min after each %2 (from %3)</source>
        <translation>zu einer Abfolge verbunden: läuft %1 min nach jedem Lauf von %2 (aus %3)</translation>
    </message>
    <message>
        <source>disabled: lower priority (%1) than %2 (%3)</source>
        <translation>deaktiviert: niedrigere Priorität (%1) als %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RuleGenerator</name>
    <message>
        <source>its period of %1 minutes does not divide a day, so no cron rule repeats it exactly</source>
        <translation>seine Periode von %1 Minuten teilt den Tag nicht, daher kann keine Cron-Regel es genau wiederholen</translation>
    </message>
    <message>
        <source>no run falls inside its time window</source>
        <translation>kein Lauf fällt in sein Zeitfenster</translation>
    </message>
    <message>
        <source>it needs %1 cron rules, more than max_rules_per_pattern (%2)</source>
        <translation>es bräuchte %1 Cron-Regeln, mehr als max_rules_per_pattern (%2)</translation>
    </message>
    <message>
        <source>%1 daily at %2</source>
        <translation>%1 täglich um %2</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 am %2 um %3</translation>
    </message>
    <message>
        <source>%1 monthly on day %2 at %3</source>
        <translation>%1 monatlich am Tag %2 um %3</translation>
    </message>
    <message>
        <source>%1 every %2 h</source>
        <translation>%1 alle %2 h</translation>
    </message>
    <message>
        <source>%1 every %2 min</source>
        <translation>%1 alle %2 min</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>seen on %1 of %2 days (confidence %3)</source>
        <translation>an %1 von %2 Tagen gesehen (Konfidenz %3)</translation>
    </message>
    <message>
        <source>seen on %1 of %2 of those weekdays (confidence %3)</source>
        <translation>an %1 von %2 dieser Wochentage gesehen (Konfidenz %3)</translation>
    </message>
    <message>
        <source>seen on %1 of %2 of those days of the month (confidence %3)</source>
        <translation>an %1 von %2 dieser Monatstage gesehen (Konfidenz %3)</translation>
    </message>
    <message>
        <source>seen on %1 of %2 expected runs (confidence %3)</source>
        <translation>bei %1 von %2 erwarteten Läufen gesehen (Konfidenz %3)</translation>
    </message>
    <message>
        <source>a correlation is started by its predecessor, not by the clock</source>
        <translation>eine Korrelation startet mit ihrem Vorgänger, nicht nach der Uhr</translation>
    </message>
    <message>
        <source>resource-usage patterns describe load, not work to start</source>
        <translation>Ressourcennutzungsmuster beschreiben Last, keine zu startende Arbeit</translation>
    </message>
    <message>
        <source>the pattern has no typical time</source>
        <translation>das Muster hat keine typische Uhrzeit</translation>
    </message>
    <message>
        <source>the pattern is inactive</source>
        <translation>das Muster ist inaktiv</translation>
    </message>
    <message>
        <source>confidence %1 is below %2</source>
        <translation>Konfidenz %1 liegt unter %2</translation>
    </message>
    <message>
        <source>rule #%1 &apos;%2&apos; already runs it</source>
        <translation>Regel #%1 „%2“ führt es bereits aus</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>run %1 %2 min after each %3 — %3 was followed by %1 within %4 min %5 of %6 times (confidence %7)</source>
        <translation>%1 %2 min nach jedem %3 ausführen — auf %3 folgte %1 in %5 von %6 Fällen innerhalb von %4 min (Konfidenz %7)</translation>
    </message>
    <message>
        <source>rule #%1 &apos;%2&apos; already runs %3 at &apos;%4&apos;</source>
        <translation>Regel #%1 „%2“ führt %3 bereits zu „%4“ aus</translation>
    </message>
    <message>
        <source>run %1: %2 UTC — %3</source>
        <translation>%1 ausführen: %2 UTC — %3</translation>
    </message>
</context>
<context>
    <name>RuleRepository</name>
    <message>
        <source>reading scheduling_rules</source>
        <translation>Lesen von scheduling_rules</translation>
    </message>
    <message>
        <source>cannot store rule &apos;%1&apos;</source>
        <translation>Regel „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot store the action of rule &apos;%1&apos;</source>
        <translation>die Aktion der Regel „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>reading run times of pattern %1</source>
        <translation>Lesen der Laufzeiten von Muster %1</translation>
    </message>
</context>
<context>
    <name>RuleStore</name>
    <message>
        <source>reading %1 of rule %2: %3</source>
        <translation>Lesen von %1 der Regel %2: %3</translation>
    </message>
    <message>
        <source>restoring a row of %1</source>
        <translation>Wiederherstellen einer Zeile von %1</translation>
    </message>
    <message>
        <source>enabled: expected true or false</source>
        <translation>Aktiviert: erwartet wird true oder false</translation>
    </message>
    <message>
        <source>priority: expected a whole number from 1 to 100, got &apos;%1&apos;</source>
        <translation>Priorität: erwartet wird eine ganze Zahl von 1 bis 100, erhalten: „%1“</translation>
    </message>
    <message>
        <source>name: a rule needs a name</source>
        <translation>Name: eine Regel braucht einen Namen</translation>
    </message>
    <message>
        <source>unknown rule field</source>
        <translation>unbekanntes Regelfeld</translation>
    </message>
    <message>
        <source>cannot update rule %1</source>
        <translation>Regel %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>there is no rule %1 (deleted elsewhere?)</source>
        <translation>es gibt keine Regel %1 (anderswo gelöscht?)</translation>
    </message>
    <message>
        <source>cannot add rule &apos;%1&apos;</source>
        <translation>Regel „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot delete rule %1</source>
        <translation>Regel %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>nothing to restore for rule %1</source>
        <translation>für Regel %1 gibt es nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>cannot restore rule %1: %2</source>
        <translation>Regel %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message numerus="yes">
        <source>%n min after each %1</source>
        <translation>
            <numerusform>%n min nach jedem Lauf von %1</numerusform>
            <numerusform>%n min nach jedem Lauf von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (expected: %2 UTC)</source>
        <translation>%1 (erwartet: %2 UTC)</translation>
    </message>
    <message>
        <source>invalid schedule: %1</source>
        <translation>ungültiger Zeitplan: %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>pattern #%1 (deleted)</source>
        <translation>Muster #%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>von Hand hinzugefügt</translation>
    </message>
    <message>
        <source>patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>time overlap</source>
        <translation>zeitliche Überschneidung</translation>
    </message>
    <message>
        <source>resource contention</source>
        <translation>Ressourcenkonkurrenz</translation>
    </message>
    <message>
        <source>dependency cycle</source>
        <translation>Abhängigkeitszyklus</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>unknown setting &apos;%1&apos; (see &apos;rulecast-cli config show&apos;)</source>
        <translation>unbekannte Einstellung „%1“ (siehe „rulecast-cli config show“)</translation>
    </message>
    <message>
        <source>%1: cannot write the settings file</source>
        <translation>%1: die Einstellungsdatei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;</source>
        <translation>unbekannte Einstellung „%1“</translation>
    </message>
</context>
<context>
    <name>StoredPredictions</name>
    <message>
        <source>reading predictive_schedules: %1</source>
        <translation>Lesen von predictive_schedules: %1</translation>
    </message>
    <message>
        <source>predictive_schedules row %1, field predicted_execution_time: &apos;%2&apos; is not a time (expected &apos;YYYY-MM-DD HH:MM:SS&apos; UTC)</source>
        <translation>predictive_schedules Zeile %1, Feld predicted_execution_time: „%2“ ist keine Zeit (erwartet: „YYYY-MM-DD HH:MM:SS“ UTC)</translation>
    </message>
    <message>
        <source>reading predictive_schedules</source>
        <translation>Lesen von predictive_schedules</translation>
    </message>
    <message>
        <source>predictive_schedules, field predicted_execution_time: &apos;%1&apos; is not a time (expected &apos;YYYY-MM-DD HH:MM:SS&apos; UTC)</source>
        <translation>predictive_schedules, Feld predicted_execution_time: „%1“ ist keine Zeit (erwartet: „YYYY-MM-DD HH:MM:SS“ UTC)</translation>
    </message>
    <message>
        <source>reading predictive_schedules row %1</source>
        <translation>Lesen der Zeile %1 von predictive_schedules</translation>
    </message>
    <message>
        <source>prediction #%1 has no readable time</source>
        <translation>Vorhersage Nr. %1 hat keine lesbare Zeit</translation>
    </message>
</context>
<context>
    <name>TaskQuery</name>
    <message>
        <source>distinct values exist only for type, status and host</source>
        <translation>eindeutige Werte gibt es nur für type, status und host</translation>
    </message>
</context>
<context>
    <name>TaskReader</name>
    <message>
        <source>cannot read tasks: %1</source>
        <translation>Aufgaben können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>reading tasks failed: %1</source>
        <translation>das Lesen der Aufgaben ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: no SQLite connection to read tasks from</source>
        <translation>%1: keine SQLite-Verbindung zum Lesen der Aufgaben</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>ValidatePredictions</name>
    <message>
        <source>the validation window and tolerance must not be negative</source>
        <translation>Prüfzeitraum und Toleranz dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>abgebrochen; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database:
%1</source>
        <translation>Die Datenbank lässt sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>Create a demo history?</source>
        <translation>Demo-Verlauf anlegen?</translation>
    </message>
    <message>
        <source>This database has no task history yet.

Create a demo history — 60 days of a home media pipeline with backups, transcodes, downloads and syncs, analysed into patterns, rules, checked predictions and an optimization run — to explore Rulecast? You can import your own history at any time with File → Import…</source>
        <translation>Diese Datenbank enthält noch keinen Aufgabenverlauf.

Einen Demo-Verlauf anlegen – 60 Tage einer heimischen Medien-Pipeline mit Sicherungen, Transkodierungen, Downloads und Synchronisationen, ausgewertet zu Mustern, Regeln, geprüften Vorhersagen und einem Optimierungslauf –, um Rulecast kennenzulernen? Den eigenen Verlauf können Sie jederzeit mit Datei → Importieren … einlesen.</translation>
    </message>
</context>
<context>
    <name>rulecast::ApiKeyPanel</name>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Looking for the key…</source>
        <translation>Schlüssel wird gesucht …</translation>
    </message>
    <message>
        <source>The key is never written to the settings file.</source>
        <translation>Der Schlüssel wird nie in die Einstellungsdatei geschrieben.</translation>
    </message>
    <message>
        <source>Paste a key to store it in the keychain</source>
        <translation>Schlüssel einfügen, um ihn im Schlüsselbund abzulegen</translation>
    </message>
    <message>
        <source>The key is sent to the system keychain only; OPENAI_API_KEY still takes precedence.</source>
        <translation>Der Schlüssel geht nur an den Schlüsselbund des Systems; OPENAI_API_KEY hat weiterhin Vorrang.</translation>
    </message>
    <message>
        <source>Store in Keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Store the key in the system keychain (service &quot;rulecast&quot;)</source>
        <translation>Den Schlüssel im Schlüsselbund des Systems speichern (Dienst „rulecast“)</translation>
    </message>
    <message>
        <source>Remove from Keychain</source>
        <translation>Aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Delete the key Rulecast stored in the system keychain</source>
        <translation>Den von Rulecast im Schlüsselbund gespeicherten Schlüssel löschen</translation>
    </message>
    <message>
        <source>The system keychain is switched off (RULECAST_NO_KEYCHAIN); set the environment variable OPENAI_API_KEY to use OpenAI.</source>
        <translation>Der Schlüsselbund des Systems ist abgeschaltet (RULECAST_NO_KEYCHAIN); setzen Sie die Umgebungsvariable OPENAI_API_KEY, um OpenAI zu nutzen.</translation>
    </message>
    <message>
        <source>This build has no keychain support; set the environment variable OPENAI_API_KEY to use OpenAI.</source>
        <translation>Diese Version unterstützt keinen Schlüsselbund; setzen Sie die Umgebungsvariable OPENAI_API_KEY, um OpenAI zu nutzen.</translation>
    </message>
    <message>
        <source>In use: the key from the environment variable OPENAI_API_KEY.</source>
        <translation>Verwendet wird der Schlüssel aus der Umgebungsvariablen OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>In use: the key stored in the system keychain.</source>
        <translation>Verwendet wird der im Schlüsselbund des Systems gespeicherte Schlüssel.</translation>
    </message>
    <message>
        <source>No key: OpenAI is not used. Set OPENAI_API_KEY or store a key in the keychain.</source>
        <translation>Kein Schlüssel: OpenAI wird nicht verwendet. Setzen Sie OPENAI_API_KEY oder speichern Sie einen Schlüssel im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Cannot store the key: %1</source>
        <translation>Der Schlüssel lässt sich nicht speichern: %1</translation>
    </message>
    <message>
        <source>The key was removed from the system keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Cannot remove the key: %1</source>
        <translation>Der Schlüssel lässt sich nicht entfernen: %1</translation>
    </message>
</context>
<context>
    <name>rulecast::CalibrationChart</name>
    <message>
        <source>Nothing validated yet. Validate compares predictions older than the validation window with what actually ran; then this chart shows how often each confidence came true.</source>
        <translation>Noch nichts geprüft. „Prüfen“ vergleicht Vorhersagen, die älter als der Prüfzeitraum sind, mit dem, was tatsächlich lief; dann zeigt dieses Diagramm, wie oft jede Konfidenz eingetroffen ist.</translation>
    </message>
    <message>
        <source>Confidence %1–%2%
predictions: %3, mean confidence %4%, came true %5%</source>
        <translation>Konfidenz %1–%2 %
Vorhersagen: %3, mittlere Konfidenz %4 %, eingetroffen %5 %</translation>
    </message>
    <message>
        <source>predicted confidence</source>
        <translation>vorhergesagte Konfidenz</translation>
    </message>
    <message>
        <source>came true</source>
        <translation>eingetroffen</translation>
    </message>
    <message>
        <source>validated: %1, Brier %2</source>
        <translation>geprüft: %1, Brier %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>rulecast::ConfigField</name>
    <message numerus="yes">
        <source>This machine (%n core(s))</source>
        <translation>
            <numerusform>Dieser Rechner (%n Kern)</numerusform>
            <numerusform>Dieser Rechner (%n Kerne)</numerusform>
        </translation>
    </message>
    <message>
        <source>This machine (%1 %)</source>
        <translation>Dieser Rechner (%1 %)</translation>
    </message>
    <message>
        <source>This machine (%1 MB)</source>
        <translation>Dieser Rechner (%1 MB)</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Zeitzone des Systems (%1)</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Generate predictions</source>
        <translation>Vorhersagen erzeugen</translation>
    </message>
    <message>
        <source>Minimum confidence</source>
        <translation>Mindestkonfidenz</translation>
    </message>
    <message>
        <source>Predictions per hour at most</source>
        <translation>Höchstens Vorhersagen pro Stunde</translation>
    </message>
    <message>
        <source>Reserve resources for confident predictions</source>
        <translation>Ressourcen für sichere Vorhersagen reservieren</translation>
    </message>
    <message>
        <source>Validation window (hours)</source>
        <translation>Prüfzeitraum (Stunden)</translation>
    </message>
    <message>
        <source>Optimize automatically</source>
        <translation>Automatisch optimieren</translation>
    </message>
    <message>
        <source>Optimization interval (hours)</source>
        <translation>Optimierungsintervall (Stunden)</translation>
    </message>
    <message>
        <source>Load balancing threshold</source>
        <translation>Schwelle für Lastausgleich</translation>
    </message>
    <message>
        <source>Peak mitigation threshold</source>
        <translation>Schwelle für Spitzendämpfung</translation>
    </message>
    <message>
        <source>Resource efficiency target</source>
        <translation>Ziel für Ressourceneffizienz</translation>
    </message>
    <message>
        <source>Minimum detections</source>
        <translation>Mindestanzahl Erkennungen</translation>
    </message>
    <message>
        <source>Analysis window (days)</source>
        <translation>Analysezeitraum (Tage)</translation>
    </message>
    <message>
        <source>Similarity threshold</source>
        <translation>Ähnlichkeitsschwelle</translation>
    </message>
    <message>
        <source>Minimum pattern confidence</source>
        <translation>Mindestkonfidenz des Musters</translation>
    </message>
    <message>
        <source>Rules per pattern at most</source>
        <translation>Höchstens Regeln pro Muster</translation>
    </message>
    <message>
        <source>Conflict resolution</source>
        <translation>Konfliktlösung</translation>
    </message>
    <message>
        <source>Ollama server URL</source>
        <translation>URL des Ollama-Servers</translation>
    </message>
    <message>
        <source>Ollama chat model</source>
        <translation>Ollama-Chatmodell</translation>
    </message>
    <message>
        <source>Ollama embedding model</source>
        <translation>Ollama-Embedding-Modell</translation>
    </message>
    <message>
        <source>OpenAI API URL</source>
        <translation>URL der OpenAI-API</translation>
    </message>
    <message>
        <source>OpenAI chat model</source>
        <translation>OpenAI-Chatmodell</translation>
    </message>
    <message>
        <source>OpenAI embedding model</source>
        <translation>OpenAI-Embedding-Modell</translation>
    </message>
    <message>
        <source>Order of the models</source>
        <translation>Reihenfolge der Modelle</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Zeitlimit (Sekunden)</translation>
    </message>
    <message>
        <source>Concurrent tasks</source>
        <translation>Gleichzeitige Aufgaben</translation>
    </message>
    <message>
        <source>CPU (percent of one core)</source>
        <translation>CPU (Prozent eines Kerns)</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Arbeitsspeicher (MB)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Pattern Detection</source>
        <translation>Mustererkennung</translation>
    </message>
    <message>
        <source>Rule Generation</source>
        <translation>Regelerzeugung</translation>
    </message>
    <message>
        <source>Language Models</source>
        <translation>Sprachmodelle</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Move the lower-priority rule later</source>
        <translation>Regel mit niedrigerer Priorität verschieben</translation>
    </message>
    <message>
        <source>Run the lower-priority rule after the other</source>
        <translation>Regel mit niedrigerer Priorität danach ausführen</translation>
    </message>
    <message>
        <source>Disable the lower-priority rule</source>
        <translation>Regel mit niedrigerer Priorität deaktivieren</translation>
    </message>
    <message>
        <source>Ollama first, then OpenAI</source>
        <translation>Erst Ollama, dann OpenAI</translation>
    </message>
    <message>
        <source>OpenAI first, then Ollama</source>
        <translation>Erst OpenAI, dann Ollama</translation>
    </message>
    <message>
        <source>Both at once, the first answer wins</source>
        <translation>Beide zugleich, die erste Antwort zählt</translation>
    </message>
    <message>
        <source>Model the app asks</source>
        <translation>Sprachmodell der App</translation>
    </message>
    <message>
        <source>Whichever is configured</source>
        <translation>Automatisch (das eingerichtete)</translation>
    </message>
    <message>
        <source>Ollama only</source>
        <translation>Nur Ollama</translation>
    </message>
    <message>
        <source>OpenAI only</source>
        <translation>Nur OpenAI</translation>
    </message>
    <message>
        <source>None (never ask a model)</source>
        <translation>Keines (nie ein Modell fragen)</translation>
    </message>
</context>
<context>
    <name>rulecast::ConfigKey</name>
    <message>
        <source>Generate predictions of the coming hours.</source>
        <translation>Vorhersagen für die kommenden Stunden erzeugen.</translation>
    </message>
    <message>
        <source>Predictions below this calibrated confidence are not kept.</source>
        <translation>Vorhersagen unter dieser kalibrierten Konfidenz werden verworfen.</translation>
    </message>
    <message>
        <source>At most this many predictions per hour (the most confident are kept).</source>
        <translation>Höchstens so viele Vorhersagen pro Stunde (die sichersten bleiben).</translation>
    </message>
    <message>
        <source>Turn predictions with confidence &gt;= 0.9 into pending tasks automatically.</source>
        <translation>Vorhersagen mit einer Konfidenz ≥ 0,9 automatisch zu anstehenden Aufgaben machen.</translation>
    </message>
    <message>
        <source>Predictions older than this are scored against what actually ran.</source>
        <translation>Ältere Vorhersagen werden mit dem verglichen, was tatsächlich lief.</translation>
    </message>
    <message>
        <source>Apply an optimization automatically when it gains &gt;= 5%.</source>
        <translation>Eine Optimierung automatisch anwenden, wenn sie &gt;= 5 % bringt.</translation>
    </message>
    <message>
        <source>How often automatic optimization runs.</source>
        <translation>Wie oft die automatische Optimierung läuft.</translation>
    </message>
    <message>
        <source>Load balancing acts on minutes whose load exceeds this share of capacity.</source>
        <translation>Der Lastausgleich greift in Minuten, deren Last diesen Anteil der Kapazität übersteigt.</translation>
    </message>
    <message>
        <source>Peak mitigation tries to keep load below this share of capacity.</source>
        <translation>Die Spitzendämpfung versucht, die Last unter diesem Anteil der Kapazität zu halten.</translation>
    </message>
    <message>
        <source>Resource efficiency keeps utilisation near this share of capacity.</source>
        <translation>Die Ressourceneffizienz hält die Auslastung nahe diesem Anteil der Kapazität.</translation>
    </message>
    <message>
        <source>Patterns below this confidence are not reported.</source>
        <translation>Muster unter dieser Konfidenz werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>A behaviour must be seen at least this many times to be a pattern.</source>
        <translation>Ein Verhalten muss mindestens so oft auftreten, um als Muster zu gelten.</translation>
    </message>
    <message>
        <source>How many days of history an analysis reads.</source>
        <translation>Wie viele Tage des Verlaufs eine Analyse liest.</translation>
    </message>
    <message>
        <source>Default similarity threshold of similar-pattern search.</source>
        <translation>Voreingestellte Ähnlichkeitsschwelle der Suche nach ähnlichen Mustern.</translation>
    </message>
    <message>
        <source>Only patterns at least this confident become rules.</source>
        <translation>Nur Muster mit mindestens dieser Konfidenz werden zu Regeln.</translation>
    </message>
    <message>
        <source>At most this many rules per pattern.</source>
        <translation>Höchstens so viele Regeln pro Muster.</translation>
    </message>
    <message>
        <source>How conflicts between rules are resolved.</source>
        <translation>Wie Konflikte zwischen Regeln gelöst werden.</translation>
    </message>
    <message>
        <source>Ollama server (the OLLAMA_URL environment variable overrides it).</source>
        <translation>Ollama-Server (die Umgebungsvariable OLLAMA_URL hat Vorrang).</translation>
    </message>
    <message>
        <source>Ollama chat model.</source>
        <translation>Chatmodell von Ollama.</translation>
    </message>
    <message>
        <source>Ollama embedding model.</source>
        <translation>Embedding-Modell von Ollama.</translation>
    </message>
    <message>
        <source>OpenAI-compatible API (OPENAI_BASE_URL overrides it; the key comes only from OPENAI_API_KEY or the keychain).</source>
        <translation>OpenAI-kompatible API (OPENAI_BASE_URL hat Vorrang; der Schlüssel kommt nur aus OPENAI_API_KEY oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>OpenAI chat model.</source>
        <translation>Chatmodell von OpenAI.</translation>
    </message>
    <message>
        <source>OpenAI embedding model.</source>
        <translation>Embedding-Modell von OpenAI.</translation>
    </message>
    <message>
        <source>Which model is asked first when both are configured.</source>
        <translation>Welches Modell zuerst gefragt wird, wenn beide eingerichtet sind.</translation>
    </message>
    <message>
        <source>How long to wait for a model&apos;s answer.</source>
        <translation>Wie lange auf die Antwort eines Modells gewartet wird.</translation>
    </message>
    <message>
        <source>Tasks that can run at once in the optimizer&apos;s simulation (0: this machine&apos;s cores).</source>
        <translation>Aufgaben, die in der Simulation des Optimierers gleichzeitig laufen können (0: die Kerne dieses Rechners).</translation>
    </message>
    <message>
        <source>CPU capacity in percent of one core (0: 100 x this machine&apos;s cores).</source>
        <translation>CPU-Kapazität in Prozent eines Kerns (0: 100 × die Kerne dieses Rechners).</translation>
    </message>
    <message>
        <source>Memory capacity in MB (0: this machine&apos;s physical memory).</source>
        <translation>Speicherkapazität in MB (0: der physische Arbeitsspeicher dieses Rechners).</translation>
    </message>
    <message>
        <source>Time zone for display and for analysis by hour and weekday (empty: the system&apos;s).</source>
        <translation>Zeitzone für die Anzeige und für die Auswertung nach Stunde und Wochentag (leer: die des Systems).</translation>
    </message>
    <message>
        <source>Language of the user interface (empty: the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche (leer: die des Systems).</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>&quot;&quot; (system default)</source>
        <translation>&quot;&quot; (Vorgabe des Systems)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einen der Werte %1</translation>
    </message>
    <message>
        <source>an http:// or https:// URL</source>
        <translation>eine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>an IANA time zone such as Europe/Berlin, or empty for the system&apos;s zone</source>
        <translation>eine IANA-Zeitzone wie Europe/Berlin oder leer für die Zeitzone des Systems</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>einen nicht leeren Text</translation>
    </message>
    <message>
        <source>%1: expected %2, got &apos;%3&apos;</source>
        <translation>%1: erwartet wird %2, erhalten: „%3“</translation>
    </message>
    <message>
        <source>Which language model the app asks for rule wording and explanations (none: never ask one). rulecast-cli commands use their --use-model option instead.</source>
        <translation>Welches Sprachmodell die App nach Regeltexten und Erklärungen fragt (none: nie eines). Befehle von rulecast-cli nutzen stattdessen ihre Option --use-model.</translation>
    </message>
</context>
<context>
    <name>rulecast::CronEditor</name>
    <message>
        <source>e.g. */15 9-17 * * mon-fri</source>
        <translation>z. B. */15 9-17 * * mon-fri</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, or a macro such as @daily</source>
        <translation>Minute Stunde Monatstag Monat Wochentag oder ein Makro wie @daily</translation>
    </message>
    <message>
        <source>The time zone whose wall clock the expression reads</source>
        <translation>Die Zeitzone, nach deren Uhrzeit der Ausdruck gelesen wird</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message numerus="yes">
        <source>Next %n fire times:</source>
        <translation>
            <numerusform>Nächster Auslösezeitpunkt:</numerusform>
            <numerusform>Nächste %n Auslösezeitpunkte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a cron expression: minute hour day-of-month month day-of-week.</source>
        <translation>Geben Sie einen Cron-Ausdruck ein: Minute Stunde Monatstag Monat Wochentag.</translation>
    </message>
    <message>
        <source>Valid expression.</source>
        <translation>Gültiger Ausdruck.</translation>
    </message>
    <message numerus="yes">
        <source>Next %n fire times (%1):</source>
        <translation>
            <numerusform>Nächster Auslösezeitpunkt (%1):</numerusform>
            <numerusform>Nächste %n Auslösezeitpunkte (%1):</numerusform>
        </translation>
    </message>
    <message>
        <source>The next times the expression fires, on the chosen zone&apos;s clock</source>
        <translation>Die nächsten Zeitpunkte, zu denen der Ausdruck auslöst, nach der Uhr der gewählten Zeitzone</translation>
    </message>
</context>
<context>
    <name>rulecast::CronTesterDialog</name>
    <message>
        <source>Cron Expression Tester</source>
        <translation>Cron-Ausdrücke testen</translation>
    </message>
    <message>
        <source>Type a five-field cron expression (minute hour day-of-month month day-of-week) or a macro such as @daily. Rulecast explains it and lists when it fires.</source>
        <translation>Geben Sie einen Cron-Ausdruck mit fünf Feldern (Minute Stunde Monatstag Monat Wochentag) oder ein Makro wie @daily ein. Rulecast erklärt ihn und listet auf, wann er auslöst.</translation>
    </message>
</context>
<context>
    <name>rulecast::DailyVolumeChart</name>
    <message>
        <source>Tasks per day</source>
        <translation>Aufgaben pro Tag</translation>
    </message>
    <message>
        <source>tasks / day</source>
        <translation>Aufgaben / Tag</translation>
    </message>
</context>
<context>
    <name>rulecast::DashboardView</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 runs/s</source>
        <translation>%1 Läufe/s</translation>
    </message>
    <message>
        <source>Per day, %1 – %2</source>
        <translation>Pro Tag, %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Last %n runs</source>
        <translation>
            <numerusform>Letzter Lauf</numerusform>
            <numerusform>Letzte %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3 (low %4, high %5)</source>
        <translation>%1: %2 → %3 (Tiefstwert %4, Höchstwert %5)</translation>
    </message>
    <message>
        <source>peak %1 → %2 runs at once</source>
        <translation>Spitze %1 → %2 gleichzeitige Läufe</translation>
    </message>
    <message>
        <source>load above the target %1 → %2 unit-minutes</source>
        <translation>Last über dem Ziel %1 → %2 Einheitsminuten</translation>
    </message>
    <message>
        <source>overlapping run pairs %1 → %2</source>
        <translation>sich überschneidende Laufpaare %1 → %2</translation>
    </message>
    <message>
        <source>peak-to-average ratio %1 → %2 (balance load)</source>
        <translation>Verhältnis Spitze zu Mittel %1 → %2 (Lastausgleich)</translation>
    </message>
    <message>
        <source>Prediction confidence</source>
        <translation>Vorhersagekonfidenz</translation>
    </message>
    <message>
        <source>Mean confidence score of the validated predictions. Compare it with the accuracy rate: a well-calibrated predictor&apos;s confidence matches how often it is right.</source>
        <translation>Mittlere Konfidenz der geprüften Vorhersagen. Vergleichen Sie sie mit der Trefferquote: Bei einem gut kalibrierten Vorhersager entspricht die Konfidenz der Häufigkeit, mit der er recht hat.</translation>
    </message>
    <message>
        <source>Accuracy rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Share of validated predictions whose task really ran in the predicted slot (±30 min).</source>
        <translation>Anteil der geprüften Vorhersagen, deren Aufgabe tatsächlich im vorhergesagten Zeitfenster (±30 min) lief.</translation>
    </message>
    <message>
        <source>False-positive rate</source>
        <translation>Fehlalarmquote</translation>
    </message>
    <message>
        <source>Share of validated predictions whose task did not run: work that was expected but never came.</source>
        <translation>Anteil der geprüften Vorhersagen, deren Aufgabe nicht lief: erwartete Arbeit, die nie kam.</translation>
    </message>
    <message>
        <source>Resource-estimation accuracy</source>
        <translation>Genauigkeit der Ressourcenschätzung</translation>
    </message>
    <message>
        <source>How close the estimated duration, CPU and memory came to what the matched runs used: 1 minus the mean relative error |estimate − actual| / max(estimate, actual).</source>
        <translation>Wie nahe geschätzte Dauer, CPU und Arbeitsspeicher dem kamen, was die zugeordneten Läufe brauchten: 1 minus der mittlere relative Fehler |Schätzung − Ist| / max(Schätzung, Ist).</translation>
    </message>
    <message>
        <source>Utilisation improvement</source>
        <translation>Bessere Auslastung</translation>
    </message>
    <message>
        <source>Reduction of the per-minute load&apos;s standard deviation: how much more evenly the machine is used.</source>
        <translation>Verringerung der Standardabweichung der minütlichen Last: wie viel gleichmäßiger der Rechner ausgelastet ist.</translation>
    </message>
    <message>
        <source>Peak-load reduction</source>
        <translation>Senkung der Lastspitze</translation>
    </message>
    <message>
        <source>Reduction of the highest load in any minute of the window.</source>
        <translation>Verringerung der höchsten Last in einer Minute des Zeitfensters.</translation>
    </message>
    <message>
        <source>Conflict reduction</source>
        <translation>Weniger Konflikte</translation>
    </message>
    <message>
        <source>Reduction of the pairs of runs that overlap in at least one minute.</source>
        <translation>Verringerung der Laufpaare, die sich in mindestens einer Minute überschneiden.</translation>
    </message>
    <message>
        <source>Overall efficiency gain</source>
        <translation>Effizienzgewinn insgesamt</translation>
    </message>
    <message>
        <source>The improvement the run&apos;s strategy is judged by (balance load: the peak-to-average ratio; peak mitigation: the peak; resource efficiency: load above the target; conflict resolution: overlaps).</source>
        <translation>Die Verbesserung, an der die Strategie des Laufs gemessen wird (Lastausgleich: Verhältnis Spitze zu Mittel; Spitzendämpfung: die Spitze; Ressourceneffizienz: Last über dem Ziel; Konfliktlösung: Überschneidungen).</translation>
    </message>
    <message>
        <source>Time saved</source>
        <translation>Gesparte Zeit</translation>
    </message>
    <message>
        <source>Minutes runs would wait in the queue before they can start, before minus after the optimization, over the window.</source>
        <translation>Minuten, die Läufe in der Warteschlange auf ihren Start warten würden, vor minus nach der Optimierung, über das Zeitfenster.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The optimizer itself&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Optimierer selbst&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Time from asking for an optimization to the stored run: predictions read, schedule simulated and searched, result written.</source>
        <translation>Zeit von der Anforderung einer Optimierung bis zum gespeicherten Lauf: Vorhersagen gelesen, Zeitplan simuliert und durchsucht, Ergebnis geschrieben.</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Runs simulated per second of that time.</source>
        <translation>Simulierte Läufe pro Sekunde dieser Zeit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What Rulecast has learned&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was Rulecast gelernt hat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Active patterns</source>
        <translation>Aktive Muster</translation>
    </message>
    <message>
        <source>Recurring behaviours the last analysis found (Patterns view).</source>
        <translation>Wiederkehrende Verhaltensweisen, die die letzte Analyse gefunden hat (Ansicht Muster).</translation>
    </message>
    <message>
        <source>Enabled rules</source>
        <translation>Aktive Regeln</translation>
    </message>
    <message>
        <source>Cron rules generated from patterns or imported, switched on (Rules view).</source>
        <translation>Aus Mustern erzeugte oder importierte Cron-Regeln, die eingeschaltet sind (Ansicht Regeln).</translation>
    </message>
    <message>
        <source>Upcoming predictions</source>
        <translation>Anstehende Vorhersagen</translation>
    </message>
    <message>
        <source>Predicted tasks from now on that have not happened yet (Predictions view).</source>
        <translation>Ab jetzt vorhergesagte Aufgaben, die noch nicht stattgefunden haben (Ansicht Vorhersagen).</translation>
    </message>
    <message>
        <source>Click to open the view behind this figure.</source>
        <translation>Klicken öffnet die Ansicht hinter dieser Kennzahl.</translation>
    </message>
    <message>
        <source>recurring behaviours found in the history</source>
        <translation>im Verlauf gefundene wiederkehrende Verhaltensweisen</translation>
    </message>
    <message>
        <source>none yet — run Analyze… in the Patterns view</source>
        <translation>noch keine – „Analysieren …“ in der Ansicht Muster ausführen</translation>
    </message>
    <message>
        <source>cron rules switched on</source>
        <translation>eingeschaltete Cron-Regeln</translation>
    </message>
    <message>
        <source>none yet — generate rules from the patterns</source>
        <translation>noch keine – Regeln aus den Mustern erzeugen</translation>
    </message>
    <message>
        <source>predicted tasks ahead; %1 awaiting validation in all</source>
        <translation>vorhergesagte Aufgaben voraus; insgesamt %1 warten auf Prüfung</translation>
    </message>
    <message>
        <source>none ahead — run Predict</source>
        <translation>keine voraus – „Vorhersagen“ ausführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database has no task history yet.&lt;/b&gt; Rulecast learns from past task runs: &lt;a href=&quot;history&quot;&gt;import a history or create a demo history&lt;/a&gt;, and the figures below fill in.</source>
        <translation>&lt;b&gt;Diese Datenbank enthält noch keinen Aufgabenverlauf.&lt;/b&gt; Rulecast lernt aus vergangenen Läufen: &lt;a href=&quot;history&quot;&gt;einen Verlauf importieren oder einen Demo-Verlauf anlegen&lt;/a&gt;, dann füllen sich die Kennzahlen unten.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;How well predictions came true&lt;/b&gt; — %n validated prediction(s) from %1 to %2 (UTC), trends per day</source>
        <translation>
            <numerusform>&lt;b&gt;Wie gut Vorhersagen eingetroffen sind&lt;/b&gt; – %n geprüfte Vorhersage vom %1 bis %2 (UTC), Verlauf pro Tag</numerusform>
            <numerusform>&lt;b&gt;Wie gut Vorhersagen eingetroffen sind&lt;/b&gt; – %n geprüfte Vorhersagen vom %1 bis %2 (UTC), Verlauf pro Tag</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;How well predictions came true&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie gut Vorhersagen eingetroffen sind&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No validated predictions yet — run Predict, then Validate.</source>
        <translation>Noch keine geprüften Vorhersagen – erst „Vorhersagen“, dann „Prüfen“ ausführen.</translation>
    </message>
    <message>
        <source>one day so far</source>
        <translation>bisher ein Tag</translation>
    </message>
    <message>
        <source>No prediction came true with a finished, measured run yet.</source>
        <translation>Noch keine Vorhersage ist mit einem beendeten, gemessenen Lauf eingetroffen.</translation>
    </message>
    <message numerus="yes">
        <source>mean over %n validated prediction(s)</source>
        <translation>
            <numerusform>Mittel über %n geprüfte Vorhersage</numerusform>
            <numerusform>Mittel über %n geprüfte Vorhersagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 predicted tasks ran in their slot</source>
        <translation>%1 von %2 vorhergesagten Aufgaben liefen in ihrem Zeitfenster</translation>
    </message>
    <message>
        <source>%1 of %2 predicted tasks never came</source>
        <translation>%1 von %2 vorhergesagten Aufgaben kamen nie</translation>
    </message>
    <message numerus="yes">
        <source>durations off by %1 min on average; %n estimate(s) compared</source>
        <translation>
            <numerusform>Dauer im Mittel um %1 min daneben; %n Schätzung verglichen</numerusform>
            <numerusform>Dauer im Mittel um %1 min daneben; %n Schätzungen verglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimate(s) compared with the runs</source>
        <translation>
            <numerusform>%n Schätzung mit den Läufen verglichen</numerusform>
            <numerusform>%n Schätzungen mit den Läufen verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message numerus="yes">
        <source>; trends over the last %n runs</source>
        <translation>
            <numerusform>; Verlauf über den letzten Lauf</numerusform>
            <numerusform>; Verlauf über die letzten %n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;What the last optimization achieved&lt;/b&gt; — run #%1, %2, %3, %4 UTC%5</source>
        <translation>&lt;b&gt;Was die letzte Optimierung erreicht hat&lt;/b&gt; – Lauf #%1, %2, %3, %4 UTC%5</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the last optimization achieved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was die letzte Optimierung erreicht hat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No optimization run yet — run the optimizer in the Optimization view.</source>
        <translation>Noch kein Optimierungslauf – den Optimierer in der Ansicht Optimierung ausführen.</translation>
    </message>
    <message>
        <source>one run so far</source>
        <translation>bisher ein Lauf</translation>
    </message>
    <message>
        <source>Run #%1 was stored before Rulecast timed its runs — run the optimizer again.</source>
        <translation>Lauf #%1 wurde gespeichert, bevor Rulecast Läufe zeitlich erfasste – den Optimierer erneut ausführen.</translation>
    </message>
    <message>
        <source>load spread (std. dev.) %1 → %2 per minute</source>
        <translation>Lastschwankung (Std.-Abw.) %1 → %2 pro Minute</translation>
    </message>
    <message>
        <source>highest load %1 → %2 runs at once</source>
        <translation>höchste Last %1 → %2 gleichzeitige Läufe</translation>
    </message>
    <message>
        <source>queue waiting %1 → %2 min in the window</source>
        <translation>Wartezeit in der Warteschlange %1 → %2 min im Zeitfenster</translation>
    </message>
    <message>
        <source>predictions read, schedule searched and stored</source>
        <translation>Vorhersagen gelesen, Zeitplan durchsucht und gespeichert</translation>
    </message>
    <message>
        <source>%1 simulated runs in %2 ms</source>
        <translation>%1 simulierte Läufe in %2 ms</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>rulecast::ExplainPredictionDialog</name>
    <message>
        <source>Explain this prediction</source>
        <translation>Diese Vorhersage erklären</translation>
    </message>
    <message>
        <source>What the predictor found</source>
        <translation>Was der Vorhersager gefunden hat</translation>
    </message>
    <message>
        <source>%1 is expected to start</source>
        <translation>%1 soll voraussichtlich starten</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>between %1 and %2 on %3 (%4)</source>
        <translation>zwischen %1 und %2 am %3 (%4)</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>very likely</source>
        <translation>sehr wahrscheinlich</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>about as likely as not</source>
        <translation>etwa so wahrscheinlich wie nicht</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Konfidenz:</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>keine Quelle vermerkt</translation>
    </message>
    <message>
        <source>• strongest rule: #%1</source>
        <translation>• stärkste Regel: #%1</translation>
    </message>
    <message>
        <source>• strongest pattern: #%1</source>
        <translation>• stärkstes Muster: #%1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>about %1 min, %2% CPU, %3 MB memory</source>
        <translation>etwa %1 min, %2 % CPU, %3 MB Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Some figures are defaults: the history of this task type does not tell them.</source>
        <translation>Einige Werte sind Vorgaben: Der Verlauf dieses Aufgabentyps gibt sie nicht her.</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressourcen:</translation>
    </message>
    <message>
        <source>In the words of a language model</source>
        <translation>In den Worten eines Sprachmodells</translation>
    </message>
    <message>
        <source>Ask the model</source>
        <translation>Modell fragen</translation>
    </message>
    <message>
        <source>Waiting for the language model</source>
        <translation>Warten auf das Sprachmodell</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the language model</source>
        <translation>Nicht länger auf das Sprachmodell warten</translation>
    </message>
    <message>
        <source>Ask the configured language model to put this prediction into plain words. The explanation above stays as it is.</source>
        <translation>Das eingerichtete Sprachmodell bitten, diese Vorhersage in einfache Worte zu fassen. Die Erklärung oben bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>No language model is configured (%1). Set one in the settings: llm.use_model, llm.ollama_url or an OpenAI key.</source>
        <translation>Kein Sprachmodell eingerichtet (%1). Richten Sie eines in den Einstellungen ein: llm.use_model, llm.ollama_url oder einen OpenAI-Schlüssel.</translation>
    </message>
    <message>
        <source>Close this explanation</source>
        <translation>Diese Erklärung schließen</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>%1 (%2) says — its own words, not checked:</source>
        <translation>%1 (%2) sagt – in eigenen, ungeprüften Worten:</translation>
    </message>
    <message>
        <source>Cancelled; the explanation above is complete without a model.</source>
        <translation>Abgebrochen; die Erklärung oben ist auch ohne Modell vollständig.</translation>
    </message>
    <message>
        <source>No answer from a language model: %1. The explanation above is complete without it.</source>
        <translation>Keine Antwort von einem Sprachmodell: %1. Die Erklärung oben ist auch ohne sie vollständig.</translation>
    </message>
</context>
<context>
    <name>rulecast::GenerateRulesDialog</name>
    <message>
        <source>Generate Rules from Patterns</source>
        <translation>Regeln aus Mustern erzeugen</translation>
    </message>
    <message>
        <source>Only active patterns at least this confident become rules.</source>
        <translation>Nur aktive Muster mit mindestens dieser Konfidenz werden zu Regeln.</translation>
    </message>
    <message>
        <source>Move the lower-priority rule later</source>
        <translation>Regel mit niedrigerer Priorität verschieben</translation>
    </message>
    <message>
        <source>Run the two in sequence (&quot;after&quot; rule)</source>
        <translation>Beide nacheinander ausführen („danach“-Regel)</translation>
    </message>
    <message>
        <source>Disable the lower-priority rule</source>
        <translation>Regel mit niedrigerer Priorität deaktivieren</translation>
    </message>
    <message>
        <source>What to do when a new rule conflicts with another rule. Existing rules are never changed; their conflicts are left for review.</source>
        <translation>Was geschieht, wenn eine neue Regel mit einer anderen kollidiert. Bestehende Regeln werden nie geändert; ihre Konflikte bleiben zur Prüfung stehen.</translation>
    </message>
    <message>
        <source>Enable every new rule</source>
        <translation>Jede neue Regel aktivieren</translation>
    </message>
    <message>
        <source>Otherwise only rules with confidence of at least 0.9 are enabled; the others are stored disabled for review.</source>
        <translation>Sonst werden nur Regeln mit einer Konfidenz von mindestens 0,9 aktiviert; die übrigen werden zur Prüfung deaktiviert gespeichert.</translation>
    </message>
    <message>
        <source>Preview only (dry run: store nothing)</source>
        <translation>Nur Vorschau (Probelauf: nichts speichern)</translation>
    </message>
    <message>
        <source>Show the rules and conflicts first; you can store them from the preview.</source>
        <translation>Erst Regeln und Konflikte zeigen; aus der Vorschau heraus lassen sie sich speichern.</translation>
    </message>
    <message>
        <source>Minimum pattern confidence:</source>
        <translation>Mindestkonfidenz des Musters:</translation>
    </message>
    <message>
        <source>On conflict:</source>
        <translation>Bei Konflikt:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Turns the active activity patterns into scheduling rules and checks them against every rule already stored.</source>
        <translation>Macht aus den aktiven Aktivitätsmustern Planungsregeln und prüft sie gegen alle bereits gespeicherten Regeln.</translation>
    </message>
    <message>
        <source>Word names and descriptions with the language model</source>
        <translation>Namen und Beschreibungen vom Sprachmodell formulieren lassen</translation>
    </message>
    <message>
        <source>No language model is in use (Settings → Language Models → llm.use_model).</source>
        <translation>Es wird kein Sprachmodell verwendet (Einstellungen → Sprachmodelle → llm.use_model).</translation>
    </message>
    <message>
        <source>Asks the configured model (%1) for a short name and a one-sentence description of each new rule; anything invalid keeps the generated wording, and a model that does not answer changes nothing.</source>
        <translation>Fragt das eingerichtete Modell (%1) nach einem kurzen Namen und einer Beschreibung in einem Satz für jede neue Regel; Ungültiges behält die erzeugte Formulierung, und ein Modell, das nicht antwortet, ändert nichts.</translation>
    </message>
</context>
<context>
    <name>rulecast::HeatmapWidget</name>
    <message>
        <source>No task starts to show.</source>
        <translation>Keine Aufgabenstarts anzuzeigen.</translation>
    </message>
    <message>
        <source>task starts per hour slot</source>
        <translation>Aufgabenstarts pro Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2:00–%3:00
%Ln task start(s) (%4% of all)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00
%Ln Aufgabenstart (%4 % aller)</numerusform>
            <numerusform>%1 %2:00–%3:00
%Ln Aufgabenstarts (%4 % aller)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::HistoryFilterBar</name>
    <message>
        <source>Search type, status, host, description…</source>
        <translation>Typ, Status, Host, Beschreibung durchsuchen …</translation>
    </message>
    <message>
        <source>Shows tasks whose type, status, host or description contains this text (Ctrl+F)</source>
        <translation>Zeigt Aufgaben, deren Typ, Status, Host oder Beschreibung diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Only tasks of this type</source>
        <translation>Nur Aufgaben dieses Typs</translation>
    </message>
    <message>
        <source>Only tasks with this status</source>
        <translation>Nur Aufgaben mit diesem Status</translation>
    </message>
    <message>
        <source>Only tasks that ran on this host</source>
        <translation>Nur Aufgaben, die auf diesem Host liefen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
    <message>
        <source>Time range of task starts, counted back from the newest task in the database</source>
        <translation>Zeitraum der Aufgabenstarts, zurückgerechnet von der neuesten Aufgabe in der Datenbank</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Erster Tag (einschließlich)</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Letzter Tag (einschließlich)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every task again</source>
        <translation>Wieder alle Aufgaben zeigen</translation>
    </message>
</context>
<context>
    <name>rulecast::HistoryView</name>
    <message>
        <source>Create a demo history</source>
        <translation>Demo-Verlauf anlegen</translation>
    </message>
    <message>
        <source>Fill this database with 60 days of a generated home media pipeline</source>
        <translation>Diese Datenbank mit 60 Tagen einer erzeugten heimischen Medien-Pipeline füllen</translation>
    </message>
    <message>
        <source>Import a history file…</source>
        <translation>Verlaufsdatei importieren …</translation>
    </message>
    <message>
        <source>CSV, JSON, banana-bun, SWF job traces or syslog cron lines</source>
        <translation>CSV, JSON, banana-bun, SWF-Job-Traces oder Cron-Zeilen aus dem Syslog</translation>
    </message>
    <message>
        <source>No tasks match these filters. &lt;a href=&quot;reset&quot;&gt;Show all tasks&lt;/a&gt;</source>
        <translation>Keine Aufgabe passt zu diesen Filtern. &lt;a href=&quot;reset&quot;&gt;Alle Aufgaben zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Task starts by weekday and hour</source>
        <translation>Aufgabenstarts nach Wochentag und Stunde</translation>
    </message>
    <message>
        <source>Tasks per day</source>
        <translation>Aufgaben pro Tag</translation>
    </message>
    <message>
        <source>Only type “%1”</source>
        <translation>Nur Typ „%1“</translation>
    </message>
    <message>
        <source>Only status “%1”</source>
        <translation>Nur Status „%1“</translation>
    </message>
    <message>
        <source>Only host “%1”</source>
        <translation>Nur Host „%1“</translation>
    </message>
    <message>
        <source>Copy Row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Use File → New database… or File → Open database… to choose where Rulecast keeps its task history.</source>
        <translation>Wählen Sie mit Datei → Neue Datenbank … oder Datei → Datenbank öffnen …, wo Rulecast seinen Aufgabenverlauf ablegt.</translation>
    </message>
    <message>
        <source>This database has no task history yet</source>
        <translation>Diese Datenbank enthält noch keinen Aufgabenverlauf</translation>
    </message>
    <message>
        <source>Rulecast learns when work happens from past task runs. Import a history (a CSV or JSON export, a banana-bun database, an SWF job trace or syslog cron lines) or create a demo history to explore the views.&lt;br&gt;&lt;br&gt;&lt;small&gt;Database: %1&lt;/small&gt;</source>
        <translation>Rulecast lernt aus vergangenen Aufgabenläufen, wann Arbeit anfällt. Importieren Sie einen Verlauf (einen CSV- oder JSON-Export, eine banana-bun-Datenbank, einen SWF-Job-Trace oder Cron-Zeilen aus dem Syslog) oder legen Sie einen Demo-Verlauf an, um die Ansichten zu erkunden.&lt;br&gt;&lt;br&gt;&lt;small&gt;Datenbank: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>No task starts match these filters.</source>
        <translation>Kein Aufgabenstart passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No task has a start time.</source>
        <translation>Keine Aufgabe hat eine Startzeit.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 tasks match(es)</source>
        <translation>
            <numerusform>%Ln von %1 Aufgaben passt</numerusform>
            <numerusform>%Ln von %1 Aufgaben passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Every task run; click a header to sort, right-click a row to filter by it</source>
        <translation>Jeder Aufgabenlauf; Klick auf eine Spaltenüberschrift sortiert, Rechtsklick auf eine Zeile filtert danach</translation>
    </message>
    <message>
        <source>Filter the history to the tasks that share this value</source>
        <translation>Den Verlauf auf die Aufgaben mit diesem Wert filtern</translation>
    </message>
    <message>
        <source>Copy the row&apos;s cells, tab-separated, to the clipboard</source>
        <translation>Die Zellen der Zeile, durch Tabulatoren getrennt, in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>rulecast::ImportDialog</name>
    <message>
        <source>Import History</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen …</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <source>Which SWF column becomes the task type</source>
        <translation>Welche SWF-Spalte zum Aufgabentyp wird</translation>
    </message>
    <message>
        <source>&amp;Task type from:</source>
        <translation>Aufgaben&amp;typ aus:</translation>
    </message>
    <message>
        <source>year the file was last modified</source>
        <translation>Jahr der letzten Änderung der Datei</translation>
    </message>
    <message>
        <source>Classic syslog lines (&apos;Nov 27 10:00:01&apos;) carry no year</source>
        <translation>Klassische Syslog-Zeilen (&apos;Nov 27 10:00:01&apos;) enthalten kein Jahr</translation>
    </message>
    <message>
        <source>&amp;Year of the lines:</source>
        <translation>&amp;Jahr der Zeilen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>SWF traces (*.swf *.swf.gz *.gz)</source>
        <translation>SWF-Traces (*.swf *.swf.gz *.gz)</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt syslog*)</source>
        <translation>Protokolldateien (*.log *.txt syslog*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>What kind of file this is; the line below says what it holds</source>
        <translation>Welche Art Datei das ist; die Zeile darunter sagt, was sie enthält</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Die Datei in einem Dateidialog auswählen</translation>
    </message>
</context>
<context>
    <name>rulecast::LoadComparisonChart</name>
    <message>
        <source>Load over time before and after, against the capacity, appears after a run.</source>
        <translation>Der Lastverlauf vorher und nachher im Vergleich zur Kapazität erscheint nach einem Lauf.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>Each point is the highest load in %1 minutes</source>
        <translation>Jeder Punkt ist die höchste Last in %1 Minuten</translation>
    </message>
</context>
<context>
    <name>rulecast::LoadForecastChart</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Predict to see the hourly load forecast.</source>
        <translation>Starten Sie „Vorhersagen“, um die stündliche Lastprognose zu sehen.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>task starts (median, ▴ 90th percentile)</source>
        <translation>Aufgabenstarts (Median, ▴ 90. Perzentil)</translation>
    </message>
    <message>
        <source>CPU of tasks starting</source>
        <translation>CPU der startenden Aufgaben</translation>
    </message>
    <message>
        <source>memory of tasks starting</source>
        <translation>Arbeitsspeicher der startenden Aufgaben</translation>
    </message>
    <message>
        <source>peak %1 of capacity %2 (%3%)</source>
        <translation>Spitze %1 von Kapazität %2 (%3 %)</translation>
    </message>
    <message>
        <source>capacity line off the scale</source>
        <translation>Kapazitätslinie außerhalb der Skala</translation>
    </message>
    <message>
        <source>Task starts: %1 (mean %2, 90th percentile %3)</source>
        <translation>Aufgabenstarts: %1 (Mittel %2, 90. Perzentil %3)</translation>
    </message>
    <message>
        <source>CPU: %1 of %2</source>
        <translation>CPU: %1 von %2</translation>
    </message>
    <message>
        <source>Memory: %1 of %2</source>
        <translation>Arbeitsspeicher: %1 von %2</translation>
    </message>
</context>
<context>
    <name>rulecast::MainWindow</name>
    <message>
        <source>Rulecast</source>
        <translation>Rulecast</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved (%n change(s)).</source>
        <translation>
            <numerusform>Einstellungen gespeichert (%n Änderung).</numerusform>
            <numerusform>Einstellungen gespeichert (%n Änderungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank …</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Create &amp;Demo History</source>
        <translation>De&amp;mo-Verlauf anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find Tasks…</source>
        <translation>Aufgaben &amp;suchen …</translation>
    </message>
    <message>
        <source>Show &amp;All Tasks</source>
        <translation>&amp;Alle Aufgaben zeigen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Cron Expression Tester…</source>
        <translation>&amp;Cron-Ausdrücke testen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Change thresholds, capacity, language models, time zone and language</source>
        <translation>Schwellenwerte, Kapazität, Sprachmodelle, Zeitzone und Sprache ändern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Rulecast</source>
        <translation>&amp;Über Rulecast</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Die Datenbank lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: cannot replace the existing file</source>
        <translation>%1: Die vorhandene Datei lässt sich nicht ersetzen</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>About Rulecast</source>
        <translation>Über Rulecast</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Import of %1 canceled; the database is unchanged.</source>
        <translation>Import von %1 abgebrochen; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is unchanged.

%1</source>
        <translation>Es wurde nichts importiert; die Datenbank ist unverändert.

%1</translation>
    </message>
    <message>
        <source> in %1 s.</source>
        <translation> in %1 s.</translation>
    </message>
    <message>
        <source>Demo history canceled; the database is unchanged.</source>
        <translation>Demo-Verlauf abgebrochen; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Cannot create the demo history</source>
        <translation>Der Demo-Verlauf lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>No tasks yet — import a history or create a demo history</source>
        <translation>Noch keine Aufgaben – importieren Sie einen Verlauf oder legen Sie einen Demo-Verlauf an</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln job definition(s) from %1</source>
        <translation>
            <numerusform>%Ln Jobdefinition aus %1 importiert</numerusform>
            <numerusform>%Ln Jobdefinitionen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln task(s) from %1</source>
        <translation>
            <numerusform>%Ln Aufgabe aus %1 importiert</numerusform>
            <numerusform>%Ln Aufgaben aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln line(s) skipped)</source>
        <translation>
            <numerusform> (%Ln Zeile übersprungen)</numerusform>
            <numerusform> (%Ln Zeilen übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating a demo history of %n day(s)…</source>
        <translation>
            <numerusform>Demo-Verlauf über %n Tag wird angelegt …</numerusform>
            <numerusform>Demo-Verlauf über %n Tage wird angelegt …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln type(s)</source>
        <translation>
            <numerusform>%Ln Typ</numerusform>
            <numerusform>%Ln Typen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 – %2 (%Ln day(s))</source>
        <translation>
            <numerusform> · %1 – %2 (%Ln Tag)</numerusform>
            <numerusform> · %1 – %2 (%Ln Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the main chart of the current view</source>
        <translation>Das Hauptdiagramm der aktuellen Ansicht drucken</translation>
    </message>
    <message>
        <source>Created a demo history of %1 with %2, %3, %4 and an optimization run.</source>
        <translation>Demo-Verlauf mit %1 angelegt, dazu %2, %3, %4 und ein Optimierungslauf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s)</source>
        <translation>
            <numerusform>%Ln Muster</numerusform>
            <numerusform>%Ln Muster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln Regel</numerusform>
            <numerusform>%Ln Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validated prediction(s)</source>
        <translation>
            <numerusform>%Ln geprüfte Vorhersage</numerusform>
            <numerusform>%Ln geprüfte Vorhersagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>Die geöffnete Datenbank</translation>
    </message>
    <message>
        <source>Tasks, task types and the days the history covers</source>
        <translation>Aufgaben, Aufgabentypen und die Tage, die der Verlauf umfasst</translation>
    </message>
    <message>
        <source>Show the %1 view</source>
        <translation>Die Ansicht %1 zeigen</translation>
    </message>
    <message>
        <source>Create an empty database file and open it</source>
        <translation>Eine leere Datenbankdatei anlegen und öffnen</translation>
    </message>
    <message>
        <source>Open an existing Rulecast or banana-bun database</source>
        <translation>Eine vorhandene Rulecast- oder banana-bun-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Open one of the databases used last</source>
        <translation>Eine der zuletzt verwendeten Datenbanken öffnen</translation>
    </message>
    <message>
        <source>Add a task history (CSV, JSON, banana-bun, SWF, syslog) or job definitions to this database</source>
        <translation>Einen Aufgabenverlauf (CSV, JSON, banana-bun, SWF, Syslog) oder Jobdefinitionen in diese Datenbank aufnehmen</translation>
    </message>
    <message>
        <source>Fill this database with a generated 60-day history to explore Rulecast</source>
        <translation>Diese Datenbank mit einem erzeugten Verlauf über 60 Tage füllen, um Rulecast kennenzulernen</translation>
    </message>
    <message>
        <source>Close Rulecast</source>
        <translation>Rulecast schließen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the current view again from the database</source>
        <translation>Die aktuelle Ansicht neu aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>Reload &amp;All Views</source>
        <translation>Alle Ansichten neu &amp;laden</translation>
    </message>
    <message>
        <source>Read every view again from the database</source>
        <translation>Alle Ansichten neu aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>Search the task history</source>
        <translation>Den Aufgabenverlauf durchsuchen</translation>
    </message>
    <message>
        <source>Clear every filter of the task history</source>
        <translation>Alle Filter des Aufgabenverlaufs löschen</translation>
    </message>
    <message>
        <source>Check a cron expression and see when it fires</source>
        <translation>Einen Cron-Ausdruck prüfen und sehen, wann er auslöst</translation>
    </message>
    <message>
        <source>Rulecast &amp;Help</source>
        <translation>Rulecast-&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open the Rulecast documentation in the web browser</source>
        <translation>Die Rulecast-Dokumentation im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Version, licence and links</source>
        <translation>Version, Lizenz und Links</translation>
    </message>
    <message>
        <source>The Qt version Rulecast runs on and its licence</source>
        <translation>Die Qt-Version, auf der Rulecast läuft, und ihre Lizenz</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Forget the recently used databases (the files stay)</source>
        <translation>Die zuletzt verwendeten Datenbanken vergessen (die Dateien bleiben)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rulecast %1&lt;/h3&gt;&lt;p&gt;Learns when work happens from task histories, turns it into cron rules, predicts the coming hours and flattens the load.&lt;/p&gt;&lt;p&gt;Stores its data in SQLite tables compatible with banana-bun&apos;s rule scheduler.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;br&gt;Built with Qt %2, running on Qt %3&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;Home page&lt;/a&gt; · &lt;a href=&quot;%5&quot;&gt;Documentation&lt;/a&gt; · &lt;a href=&quot;%6&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rulecast %1&lt;/h3&gt;&lt;p&gt;Lernt aus Aufgabenverläufen, wann Arbeit anfällt, macht daraus Cron-Regeln, sagt die kommenden Stunden voraus und glättet die Last.&lt;/p&gt;&lt;p&gt;Speichert seine Daten in SQLite-Tabellen, die mit dem Regelplaner von banana-bun kompatibel sind.&lt;/p&gt;&lt;p&gt;Lizenz: MIT&lt;br&gt;Erstellt mit Qt %2, läuft auf Qt %3&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%4&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%5&quot;&gt;Dokumentation&lt;/a&gt; · &lt;a href=&quot;%6&quot;&gt;Problem melden&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This version has no %1 view.</source>
        <translation>Diese Version hat keine Ansicht „%1“.</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write a PDF, HTML or CSV report of the open database</source>
        <translation>Einen Bericht der geöffneten Datenbank als PDF, HTML oder CSV schreiben</translation>
    </message>
    <message>
        <source>Writing the report %1…</source>
        <translation>Bericht %1 wird geschrieben …</translation>
    </message>
    <message>
        <source>Report canceled; no file was written.</source>
        <translation>Bericht abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Bericht kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Bericht %1 geschrieben (%Ln Seite).</numerusform>
            <numerusform>Bericht %1 geschrieben (%Ln Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the report %1.</source>
        <translation>Bericht %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>rulecast::OptimizationChangesModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Old cron</source>
        <translation>Cron (alt)</translation>
    </message>
    <message>
        <source>New cron</source>
        <translation>Cron (neu)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Moved (min)</source>
        <translation>Versatz (min)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>rulecast::OptimizationRunsModel</name>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>nicht angewendet</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Balance load</source>
        <translation>Last ausgleichen</translation>
    </message>
    <message>
        <source>Mitigate peaks</source>
        <translation>Spitzen dämpfen</translation>
    </message>
    <message>
        <source>Resource efficiency</source>
        <translation>Ressourceneffizienz</translation>
    </message>
    <message>
        <source>Resolve conflicts</source>
        <translation>Konflikte lösen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>minimal</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>rulecast::OptimizationView</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Dry run (apply later)</source>
        <translation>Probelauf (später anwenden)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Look ahead</source>
        <translation>Vorausschau</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Run the optimizer to see what it would move.</source>
        <translation>Starten Sie den Optimierer, um zu sehen, was er verschieben würde.</translation>
    </message>
    <message>
        <source>Before: highest load by hour (rows) and minute</source>
        <translation>Vorher: höchste Last nach Stunde (Zeilen) und Minute</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Click a cell to see the jobs running then.</source>
        <translation>Klicken Sie auf eine Zelle, um die Jobs zu sehen, die dann laufen.</translation>
    </message>
    <message>
        <source>Optimizing the schedule…</source>
        <translation>Zeitplan wird optimiert …</translation>
    </message>
    <message>
        <source>Canceled; nothing was stored.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to optimize: no enabled scheduling rules and no predicted tasks in the window. Import a crontab or job list, or generate rules from patterns.</source>
        <translation>Nichts zu optimieren: Im Zeitraum gibt es weder aktive Planungsregeln noch vorhergesagte Aufgaben. Importieren Sie eine Crontab oder Jobliste oder erzeugen Sie Regeln aus Mustern.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <source>Not applied (%1).</source>
        <translation>Nicht angewendet (%1).</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>vorhergesagt: %1</translation>
    </message>
    <message>
        <source>%1 %2:%3, highest load %4: %5</source>
        <translation>%1 %2:%3, höchste Last %4: %5</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>no jobs</source>
        <translation>keine Jobs</translation>
    </message>
    <message numerus="yes">
        <source>Run #%1 (%2, %3, created %4 UTC): %n change(s), efficiency gain %5%.</source>
        <translation>
            <numerusform>Lauf #%1 (%2, %3, erstellt %4 UTC): %n Änderung, Effizienzgewinn %5 %.</numerusform>
            <numerusform>Lauf #%1 (%2, %3, erstellt %4 UTC): %n Änderungen, Effizienzgewinn %5 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Run #%1 (%2): %3, %4. Peak %5 → %6 (capacity %7, lower bound %8), conflicts %9 → %10, waiting %11 → %12 min; efficiency gain %13% (%14). %15</source>
        <translation>Lauf #%1 (%2): %3, %4. Spitze %5 → %6 (Kapazität %7, Untergrenze %8), Konflikte %9 → %10, Wartezeit %11 → %12 min; Effizienzgewinn %13 % (%14). %15</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln Regel</numerusform>
            <numerusform>%Ln Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln predicted task(s)</source>
        <translation>
            <numerusform>%Ln vorhergesagte Aufgabe</numerusform>
            <numerusform>%Ln vorhergesagte Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied run #%1: rewrote %2, %3 and %4.</source>
        <translation>Lauf #%1 angewendet: %2, %3 und %4 neu geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task schedule(s)</source>
        <translation>
            <numerusform>%Ln Aufgabenzeitplan</numerusform>
            <numerusform>%Ln Aufgabenzeitpläne</numerusform>
        </translation>
    </message>
    <message>
        <source>Undid run #%1: restored %2, %3 and %4.</source>
        <translation>Lauf #%1 rückgängig gemacht: %2, %3 und %4 wiederhergestellt.</translation>
    </message>
    <message>
        <source>What the optimizer aims for when it moves rules</source>
        <translation>Worauf der Optimierer beim Verschieben von Regeln hinarbeitet</translation>
    </message>
    <message>
        <source>How many hours ahead the schedule is simulated</source>
        <translation>Wie viele Stunden im Voraus der Zeitplan simuliert wird</translation>
    </message>
    <message>
        <source>How many tasks can run at the same time</source>
        <translation>Wie viele Aufgaben gleichzeitig laufen können</translation>
    </message>
    <message>
        <source>Store the run without changing any rule; apply it later</source>
        <translation>Den Lauf speichern, ohne eine Regel zu ändern; später anwenden</translation>
    </message>
    <message>
        <source>Simulate the schedule and move rules to meet the strategy</source>
        <translation>Den Zeitplan simulieren und Regeln gemäß der Strategie verschieben</translation>
    </message>
    <message>
        <source>Rewrite the rules as the selected run proposes (can be undone)</source>
        <translation>Die Regeln so umschreiben, wie der ausgewählte Lauf vorschlägt (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Restore the rules as they were before the selected run was applied</source>
        <translation>Die Regeln so wiederherstellen, wie sie vor dem ausgewählten Lauf waren</translation>
    </message>
    <message>
        <source>The rules the selected run moves, and why</source>
        <translation>Die Regeln, die der ausgewählte Lauf verschiebt, und warum</translation>
    </message>
    <message>
        <source>Every stored optimization run; select one to see its changes</source>
        <translation>Alle gespeicherten Optimierungsläufe; wählen Sie einen, um seine Änderungen zu sehen</translation>
    </message>
    <message>
        <source>Open or create a database (File menu) to optimize its schedule.</source>
        <translation>Öffnen oder erstellen Sie eine Datenbank (Menü Datei), um ihren Zeitplan zu optimieren.</translation>
    </message>
    <message>
        <source>No optimization runs yet. Choose a strategy and press Run to see what the optimizer would move; a dry run changes no rule.</source>
        <translation>Noch keine Optimierungsläufe. Wählen Sie eine Strategie und klicken Sie auf „Ausführen“, um zu sehen, was der Optimierer verschieben würde; ein Probelauf ändert keine Regel.</translation>
    </message>
    <message>
        <source>Run the optimizer to see the load here (runs stored by older versions of Rulecast keep their changes, not their minute-by-minute load).</source>
        <translation>Führen Sie den Optimierer aus, um hier die Last zu sehen (von älteren Rulecast-Versionen gespeicherte Läufe behalten ihre Änderungen, nicht ihre minütliche Last).</translation>
    </message>
    <message>
        <source>%1 %2:%3, highest load %4 (the jobs are listed for runs made in this window)</source>
        <translation>%1 %2:%3, höchste Last %4 (die Jobs werden für Läufe aufgelistet, die in diesem Fenster gemacht wurden)</translation>
    </message>
</context>
<context>
    <name>rulecast::PatternTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Task types</source>
        <translation>Aufgabentypen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Erkennungen</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Zuletzt gesehen (UTC)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>rulecast::PatternsView</name>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Task type or time…</source>
        <translation>Aufgabentyp oder Zeit …</translation>
    </message>
    <message>
        <source>Include inactive</source>
        <translation>Inaktive einbeziehen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Analyze the tasks of this many days before now.</source>
        <translation>Die Aufgaben so vieler Tage bis heute analysieren.</translation>
    </message>
    <message>
        <source>Analyze…</source>
        <translation>Analysieren …</translation>
    </message>
    <message>
        <source>Find similar</source>
        <translation>Ähnliche finden</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Min. confidence</source>
        <translation>Min. Konfidenz</translation>
    </message>
    <message>
        <source>Select a pattern to see when its tasks ran.</source>
        <translation>Wählen Sie ein Muster, um zu sehen, wann seine Aufgaben liefen.</translation>
    </message>
    <message>
        <source>No evidence tasks to show.</source>
        <translation>Keine Beleg-Aufgaben anzuzeigen.</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>Aufgaben-ID</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <source>Evidence task starts by weekday and hour (UTC)</source>
        <translation>Starts der Beleg-Aufgaben nach Wochentag und Stunde (UTC)</translation>
    </message>
    <message>
        <source>Evidence tasks</source>
        <translation>Beleg-Aufgaben</translation>
    </message>
    <message>
        <source>Open or create a database (File menu) to see its activity patterns.</source>
        <translation>Öffnen oder erstellen Sie eine Datenbank (Menü Datei), um ihre Aktivitätsmuster zu sehen.</translation>
    </message>
    <message>
        <source>No patterns yet — run Analyze to learn when your tasks happen.</source>
        <translation>Noch keine Muster – starten Sie „Analysieren“, um zu lernen, wann Ihre Aufgaben anfallen.</translation>
    </message>
    <message numerus="yes">
        <source>No pattern matches the filter (%n stored).</source>
        <translation>
            <numerusform>Kein Muster passt zum Filter (%n gespeichert).</numerusform>
            <numerusform>Kein Muster passt zum Filter (%n gespeichert).</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2: %3&lt;br&gt;confidence %4, seen %5 of %6 times; %7</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2: %3&lt;br&gt;Konfidenz %4, %5 von %6 Mal gesehen; %7</translation>
    </message>
    <message>
        <source>Find similar…</source>
        <translation>Ähnliche finden …</translation>
    </message>
    <message>
        <source>Analyzing activity patterns…</source>
        <translation>Aktivitätsmuster werden analysiert …</translation>
    </message>
    <message>
        <source>Analysis canceled; nothing was stored.</source>
        <translation>Analyse abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Analyzed %1 of %2 (%3 – %4 UTC): %5 (%6 new), %7 no longer seen, %8 below the thresholds.</source>
        <translation>%1 von %2 analysiert (%3 – %4 UTC): %5 (%6 neu), %7 nicht mehr gesehen, %8 unter den Schwellenwerten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln type(s)</source>
        <translation>
            <numerusform>%Ln Typ</numerusform>
            <numerusform>%Ln Typen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s)</source>
        <translation>
            <numerusform>%Ln Muster</numerusform>
            <numerusform>%Ln Muster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln Kandidat</numerusform>
            <numerusform>%Ln Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only patterns of this kind</source>
        <translation>Nur Muster dieser Art zeigen</translation>
    </message>
    <message>
        <source>Show only patterns at least this confident (0–1)</source>
        <translation>Nur Muster mit mindestens dieser Konfidenz zeigen (0–1)</translation>
    </message>
    <message>
        <source>Show only patterns whose task types or times contain this text</source>
        <translation>Nur Muster zeigen, deren Aufgabentypen oder Zeiten diesen Text enthalten</translation>
    </message>
    <message>
        <source>Also list patterns that were not seen in the last analysis</source>
        <translation>Auch Muster auflisten, die in der letzten Analyse nicht gesehen wurden</translation>
    </message>
    <message>
        <source>Detect activity patterns in the task history and store them</source>
        <translation>Aktivitätsmuster im Aufgabenverlauf erkennen und speichern</translation>
    </message>
    <message>
        <source>Find the stored patterns most like the selected one</source>
        <translation>Die gespeicherten Muster finden, die dem ausgewählten am ähnlichsten sind</translation>
    </message>
    <message>
        <source>Detected patterns; select one to see its evidence, right-click for more</source>
        <translation>Erkannte Muster; wählen Sie eines, um seine Belege zu sehen, Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>The task runs that make up the selected pattern</source>
        <translation>Die Aufgabenläufe, aus denen das gewählte Muster besteht</translation>
    </message>
</context>
<context>
    <name>rulecast::PredictionTableModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>rule #%1</source>
        <translation>Regel #%1</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>pattern #%1</source>
        <translation>Muster #%1</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>Konfidenz %1 %</translation>
    </message>
    <message>
        <source>Duration: median %1 min, 90th percentile %2 min</source>
        <translation>Dauer: Median %1 min, 90. Perzentil %2 min</translation>
    </message>
    <message>
        <source>CPU %1%, memory %2, disk %3 MB, network %4 Mbit/s</source>
        <translation>CPU %1 %, Arbeitsspeicher %2, Datenträger %3 MB, Netzwerk %4 Mbit/s</translation>
    </message>
    <message>
        <source>Resources from the runs of the last four weeks: %1</source>
        <translation>Ressourcen aus den Läufen der letzten vier Wochen: %1</translation>
    </message>
    <message>
        <source>* No history for %1: documented defaults</source>
        <translation>* Kein Verlauf für %1: dokumentierte Vorgaben</translation>
    </message>
    <message>
        <source>Pre-scheduled as a pending task</source>
        <translation>Als anstehende Aufgabe vorgeplant</translation>
    </message>
    <message>
        <source>Came true</source>
        <translation>Eingetroffen</translation>
    </message>
    <message>
        <source>Did not come true</source>
        <translation>Nicht eingetroffen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Calibrated probability that the type starts in the slot</source>
        <translation>Kalibrierte Wahrscheinlichkeit, dass der Typ im Zeitfenster startet</translation>
    </message>
    <message>
        <source>What the prediction rests on, strongest first</source>
        <translation>Worauf die Vorhersage beruht, das Stärkste zuerst</translation>
    </message>
    <message>
        <source>Median duration of the type&apos;s recent runs (* = default, no history)</source>
        <translation>Median der Dauer der letzten Läufe des Typs (* = Vorgabe, kein Verlauf)</translation>
    </message>
    <message>
        <source>Median CPU of the type&apos;s recent runs, in % of one core</source>
        <translation>Median der CPU-Last der letzten Läufe des Typs, in % eines Kerns</translation>
    </message>
    <message>
        <source>Median memory of the type&apos;s recent runs</source>
        <translation>Median des Arbeitsspeichers der letzten Läufe des Typs</translation>
    </message>
    <message>
        <source>Pre-scheduled as a pending task for banana-bun&apos;s scheduler</source>
        <translation>Als anstehende Aufgabe für den Planer von banana-bun vorgeplant</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Eingeplant</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>rulecast::PredictionTimeline</name>
    <message>
        <source>No predictions to show.</source>
        <translation>Keine Vorhersagen anzuzeigen.</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>● pre-scheduled</source>
        <translation>● vorgeplant</translation>
    </message>
    <message>
        <source>%1 of %2 task types shown; scroll for more</source>
        <translation>%1 von %2 Aufgabentypen angezeigt; für mehr scrollen</translation>
    </message>
</context>
<context>
    <name>rulecast::PredictionToolbar</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How many hours ahead to predict (1–168)</source>
        <translation>Wie viele Stunden im Voraus vorhergesagt wird (1–168)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Length of a predicted slot</source>
        <translation>Länge eines vorhergesagten Zeitfensters</translation>
    </message>
    <message>
        <source>Predictions below this confidence are not listed or stored (default: prediction_confidence_threshold)</source>
        <translation>Vorhersagen unter dieser Konfidenz werden weder aufgelistet noch gespeichert (Standard: prediction_confidence_threshold)</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Vorhersagen</translation>
    </message>
    <message>
        <source>Predict the coming hours from the history, rules and patterns and store the predictions (Ctrl+Shift+P)</source>
        <translation>Die kommenden Stunden aus Verlauf, Regeln und Mustern vorhersagen und die Vorhersagen speichern (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>&amp;Erklären …</translation>
    </message>
    <message>
        <source>Explain the selected prediction: its sources and needs, and on request a language model&apos;s wording (Ctrl+E, or double-click a row)</source>
        <translation>Die ausgewählte Vorhersage erklären: ihre Quellen und ihren Bedarf, auf Wunsch in den Worten eines Sprachmodells (Strg+E oder Doppelklick auf eine Zeile)</translation>
    </message>
    <message>
        <source>&amp;Schedule Selected</source>
        <translation>Auswahl &amp;einplanen</translation>
    </message>
    <message>
        <source>Create pending tasks for the selected predictions, which banana-bun&apos;s scheduler runs; predictions already scheduled are skipped (Ctrl+Shift+S)</source>
        <translation>Für die ausgewählten Vorhersagen anstehende Aufgaben anlegen, die der Planer von banana-bun ausführt; bereits eingeplante Vorhersagen werden übersprungen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Compare stored predictions older than the validation window with what actually ran (Ctrl+Shift+V)</source>
        <translation>Gespeicherte Vorhersagen, die älter als der Prüfzeitraum sind, mit dem vergleichen, was tatsächlich lief (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Look ahead</source>
        <translation>Vorausschau</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Min. confidence</source>
        <translation>Min. Konfidenz</translation>
    </message>
</context>
<context>
    <name>rulecast::PredictionsView</name>
    <message>
        <source>No predictions yet. Predict computes, for every task type, how likely it is to start in each slot of the coming hours.</source>
        <translation>Noch keine Vorhersagen. „Vorhersagen“ berechnet für jeden Aufgabentyp, wie wahrscheinlich er in jedem Zeitfenster der kommenden Stunden startet.</translation>
    </message>
    <message>
        <source>Load forecast per hour</source>
        <translation>Lastprognose pro Stunde</translation>
    </message>
    <message>
        <source>Calibration: said vs came true</source>
        <translation>Kalibrierung: vorhergesagt und eingetroffen</translation>
    </message>
    <message>
        <source>Predicted task starts by type</source>
        <translation>Vorhergesagte Aufgabenstarts nach Typ</translation>
    </message>
    <message>
        <source>Show one task type only (table and timeline)</source>
        <translation>Nur einen Aufgabentyp zeigen (Tabelle und Zeitleiste)</translation>
    </message>
    <message>
        <source>Show predictions with at least this confidence (table and timeline)</source>
        <translation>Vorhersagen mit mindestens dieser Konfidenz zeigen (Tabelle und Zeitleiste)</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Confidence at least</source>
        <translation>Konfidenz mindestens</translation>
    </message>
    <message>
        <source>No stored predictions. Predict looks %1 hours ahead from now.</source>
        <translation>Keine gespeicherten Vorhersagen. „Vorhersagen“ schaut %1 Stunden voraus.</translation>
    </message>
    <message>
        <source>Stored predictions for the coming hours: %1</source>
        <translation>Gespeicherte Vorhersagen für die kommenden Stunden: %1</translation>
    </message>
    <message>
        <source>No stored prediction is ahead of now; the newest stored predictions: %1</source>
        <translation>Keine gespeicherte Vorhersage liegt in der Zukunft; die neuesten gespeicherten Vorhersagen: %1</translation>
    </message>
    <message>
        <source> (%1 – %2). Predict refreshes them.</source>
        <translation> (%1 – %2). „Vorhersagen“ aktualisiert sie.</translation>
    </message>
    <message>
        <source>Predicting the next %1 h…</source>
        <translation>Die nächsten %1 h werden vorhergesagt …</translation>
    </message>
    <message>
        <source>Prediction canceled; nothing was stored.</source>
        <translation>Vorhersage abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Predicted task starts in the next %1 h as of %2: %3 (from %4 tasks, %5 rules, %6 pattern sources); stored: %7</source>
        <translation>Vorhergesagte Aufgabenstarts in den nächsten %1 h ab %2: %3 (aus %4 Aufgaben, %5 Regeln, %6 Musterquellen); gespeichert: %7</translation>
    </message>
    <message>
        <source>; pre-scheduled as pending tasks (confidence ≥ 0.9): %1</source>
        <translation>; als anstehende Aufgaben vorgeplant (Konfidenz ≥ 0,9): %1</translation>
    </message>
    <message>
        <source>; dropped by the per-hour limit: %1</source>
        <translation>; durch das Stundenlimit verworfen: %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Pending tasks created for banana-bun&apos;s scheduler: %1</source>
        <translation>Für den Planer von banana-bun angelegte anstehende Aufgaben: %1</translation>
    </message>
    <message>
        <source>; skipped (already scheduled, validated or over): %1</source>
        <translation>; übersprungen (bereits eingeplant, geprüft oder vorbei): %1</translation>
    </message>
    <message>
        <source>Validating predictions…</source>
        <translation>Vorhersagen werden geprüft …</translation>
    </message>
    <message>
        <source>Validation canceled; nothing was written.</source>
        <translation>Prüfung abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to validate: every stored prediction older than %1 h is validated already.</source>
        <translation>Nichts zu prüfen: Jede gespeicherte Vorhersage, die älter als %1 h ist, ist bereits geprüft.</translation>
    </message>
    <message>
        <source>Validated predictions: %1, came true: %2 (%3%), Brier %4</source>
        <translation>Geprüfte Vorhersagen: %1, eingetroffen: %2 (%3 %), Brier %4</translation>
    </message>
    <message>
        <source>, duration estimates off by %1 min on average</source>
        <translation>, Dauerschätzungen im Mittel um %1 min daneben</translation>
    </message>
    <message>
        <source>Schedule Selected</source>
        <translation>Auswahl einplanen</translation>
    </message>
    <message>
        <source>Show Only Type “%1”</source>
        <translation>Nur Typ „%1“ zeigen</translation>
    </message>
    <message>
        <source>Copy Row</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Explain This Prediction…</source>
        <translation>Diese Vorhersage erklären …</translation>
    </message>
    <message>
        <source>The load forecast is not stored; Predict computes it for the coming hours.</source>
        <translation>Die Lastprognose wird nicht gespeichert; „Vorhersagen“ berechnet sie für die kommenden Stunden.</translation>
    </message>
    <message>
        <source>No task started before now: there is nothing to learn from. Import a history or create the demo history first.</source>
        <translation>Bis jetzt ist keine Aufgabe gestartet – es gibt nichts, woraus gelernt werden kann. Importieren Sie zuerst einen Verlauf oder legen Sie den Demo-Verlauf an.</translation>
    </message>
    <message>
        <source>No task type reaches a confidence of %1% in this window. Lower the minimum confidence to see less likely starts.</source>
        <translation>Kein Aufgabentyp erreicht in diesem Zeitraum eine Konfidenz von %1 %. Senken Sie die Mindestkonfidenz, um auch weniger wahrscheinliche Starts zu sehen.</translation>
    </message>
</context>
<context>
    <name>rulecast::ProgressDialogDriver</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>rulecast::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
</context>
<context>
    <name>rulecast::RuleDetailPane</name>
    <message>
        <source>Conflicts in the next 7 days</source>
        <translation>Konflikte in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <source>Apply Schedule</source>
        <translation>Zeitplan übernehmen</translation>
    </message>
    <message>
        <source>Store the schedule for the selected rule (Enter in the expression)</source>
        <translation>Den Zeitplan der ausgewählten Regel speichern (Eingabetaste im Ausdruck)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Show the stored schedule again</source>
        <translation>Wieder den gespeicherten Zeitplan zeigen</translation>
    </message>
    <message>
        <source>Schedule (cron on the UTC clock)</source>
        <translation>Zeitplan (Cron nach UTC-Uhr)</translation>
    </message>
    <message>
        <source>Select a rule to see its schedule and conflicts.</source>
        <translation>Wählen Sie eine Regel, um ihren Zeitplan und ihre Konflikte zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; priority %3 &amp;nbsp;·&amp;nbsp; %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %2 &amp;nbsp;·&amp;nbsp; Priorität %3 &amp;nbsp;·&amp;nbsp; %4</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>Runs &lt;b&gt;%1&lt;/b&gt; %n min after each run of &lt;b&gt;%2&lt;/b&gt; that finished within %3 min — started by its predecessor, not by the clock.</source>
        <translation>
            <numerusform>Führt &lt;b&gt;%1&lt;/b&gt; %n min nach jedem Lauf von &lt;b&gt;%2&lt;/b&gt; aus, der innerhalb von %3 min endete – gestartet vom Vorgänger, nicht von der Uhr.</numerusform>
            <numerusform>Führt &lt;b&gt;%1&lt;/b&gt; %n min nach jedem Lauf von &lt;b&gt;%2&lt;/b&gt; aus, der innerhalb von %3 min endete – gestartet vom Vorgänger, nicht von der Uhr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>Führt &lt;b&gt;%1&lt;/b&gt; aus: %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message numerus="yes">
        <source>a run takes about %n min</source>
        <translation>
            <numerusform>ein Lauf dauert etwa %n min</numerusform>
            <numerusform>ein Lauf dauert etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>Konfidenz %1</translation>
    </message>
    <message>
        <source>%1 · %2: %3.
Suggestion: %4.</source>
        <translation>%1 · %2: %3.
Vorschlag: %4.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
    </message>
    <message>
        <source>None: this rule does not collide with another enabled rule.</source>
        <translation>Keine: Diese Regel kollidiert mit keiner anderen aktiven Regel.</translation>
    </message>
    <message>
        <source>None: a disabled rule does not run, so it cannot collide.</source>
        <translation>Keine: Eine deaktivierte Regel läuft nicht und kann daher nicht kollidieren.</translation>
    </message>
</context>
<context>
    <name>rulecast::RulePreviewDialog</name>
    <message>
        <source>Rules Preview</source>
        <translation>Regelvorschau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Schedule (UTC)</source>
        <translation>Zeitplan (UTC)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Führt aus</translation>
    </message>
    <message>
        <source>Changed by conflict strategy</source>
        <translation>Durch Konfliktstrategie geändert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 after %2 (+%3 min)</source>
        <translation>%1 nach %2 (+%3 min)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Vorschlag: %1</translation>
    </message>
    <message>
        <source>pattern %1: %2</source>
        <translation>Muster %1: %2</translation>
    </message>
    <message>
        <source>Store These Rules</source>
        <translation>Diese Regeln speichern</translation>
    </message>
    <message>
        <source>Generate again with the same choices and store the rules.</source>
        <translation>Mit denselben Einstellungen erneut erzeugen und die Regeln speichern.</translation>
    </message>
    <message>
        <source>New rules</source>
        <translation>Neue Regeln</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>New rules: %1 from %2 patterns (skipped: %3), checked against %4 existing rules. Conflicts found: %5; remaining after the strategy: %6.</source>
        <translation>Neue Regeln: %1 aus %2 Mustern (übersprungen: %3), geprüft gegen %4 bestehende Regeln. Gefundene Konflikte: %5; nach der Strategie verbleibend: %6.</translation>
    </message>
</context>
<context>
    <name>rulecast::RuleTableModel</name>
    <message>
        <source>Enable or disable &apos;%1&apos;</source>
        <translation>„%1“ aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>Change priority of &apos;%1&apos;</source>
        <translation>Priorität von „%1“ ändern</translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos;</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>Edit description of &apos;%1&apos;</source>
        <translation>Beschreibung von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Change schedule of &apos;%1&apos;</source>
        <translation>Zeitplan von „%1“ ändern</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Add rule &apos;%1&apos;</source>
        <translation>Regel „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>There is no rule %1.</source>
        <translation>Es gibt keine Regel %1.</translation>
    </message>
    <message>
        <source>Delete rule &apos;%1&apos;</source>
        <translation>Regel „%1“ löschen</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Suggestion: %4.</source>
        <translation>%1 (%2): %3. Vorschlag: %4.</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>after %1 (≈ %2)</source>
        <translation>nach %1 (≈ %2)</translation>
    </message>
    <message>
        <source>after each %1</source>
        <translation>nach jedem Lauf von %1</translation>
    </message>
    <message>
        <source>Enabled: the rule runs and counts in conflict checks.</source>
        <translation>Aktiv: Die Regel läuft und zählt bei Konfliktprüfungen.</translation>
    </message>
    <message>
        <source>Disabled: the rule does not run.</source>
        <translation>Deaktiviert: Die Regel läuft nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n min after each run of %1 (within %2 min); the cron &apos;%3&apos; is when that is expected.</source>
        <translation>
            <numerusform>Startet %n min nach jedem Lauf von %1 (innerhalb von %2 min); der Cron-Ausdruck &apos;%3&apos; gibt an, wann das erwartet wird.</numerusform>
            <numerusform>Startet %n min nach jedem Lauf von %1 (innerhalb von %2 min); der Cron-Ausdruck &apos;%3&apos; gibt an, wann das erwartet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the schedule in the pane below (cron, UTC).</source>
        <translation>Den Zeitplan im Bereich darunter bearbeiten (Cron, UTC).</translation>
    </message>
    <message>
        <source>Whether the rule runs (click to toggle)</source>
        <translation>Ob die Regel läuft (Klick schaltet um)</translation>
    </message>
    <message>
        <source>1–100; the higher priority wins a conflict (double-click to edit)</source>
        <translation>1–100; bei einem Konflikt gewinnt die höhere Priorität (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Cron expression on the UTC clock, or the rule an &quot;after&quot; rule follows</source>
        <translation>Cron-Ausdruck nach UTC-Uhr oder die Regel, der eine „danach“-Regel folgt</translation>
    </message>
    <message>
        <source>The schedule in words and what the rule does and why</source>
        <translation>Der Zeitplan in Worten und was die Regel tut und warum</translation>
    </message>
    <message>
        <source>The next start in the display time zone (≈: expected start of an &quot;after&quot; rule)</source>
        <translation>Der nächste Start in der Anzeige-Zeitzone (≈: erwarteter Start einer „danach“-Regel)</translation>
    </message>
    <message>
        <source>Where the rule came from: a detected pattern, an import or added by hand</source>
        <translation>Woher die Regel stammt: aus einem erkannten Muster, einem Import oder von Hand</translation>
    </message>
    <message>
        <source>Conflicts with other enabled rules in the next 7 days; hover for details</source>
        <translation>Konflikte mit anderen aktiven Regeln in den nächsten 7 Tagen; Details beim Überfahren mit der Maus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Next run (%1)</source>
        <translation>Nächster Lauf (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Schedule (UTC)</source>
        <translation>Zeitplan (UTC)</translation>
    </message>
</context>
<context>
    <name>rulecast::RulesView</name>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add a rule (disabled until you set its schedule and enable it)</source>
        <translation>Eine Regel hinzufügen (deaktiviert, bis Sie ihren Zeitplan setzen und sie aktivieren)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected rule</source>
        <translation>Die ausgewählte Regel löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo the last change to the rules (Ctrl+Z)</source>
        <translation>Die letzte Änderung an den Regeln rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo the last undone change (Ctrl+Shift+Z)</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Generate from Patterns…</source>
        <translation>Aus Mustern erzeugen …</translation>
    </message>
    <message>
        <source>Turn the detected activity patterns into rules (with a preview)</source>
        <translation>Die erkannten Aktivitätsmuster zu Regeln machen (mit Vorschau)</translation>
    </message>
    <message>
        <source>Add a Rule by Hand</source>
        <translation>Regel von Hand hinzufügen</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Open or create a database (File menu) to see its scheduling rules.</source>
        <translation>Öffnen oder erstellen Sie eine Datenbank (Menü Datei), um ihre Planungsregeln zu sehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No scheduling rules yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Rules say when work should start. Rulecast makes them from the activity patterns it finds in your task history:&lt;/p&gt;&lt;p&gt;1. In the &lt;b&gt;Patterns&lt;/b&gt; tab, run &lt;b&gt;Analyze&lt;/b&gt;.&lt;br&gt;2. Here, choose &lt;b&gt;Generate from Patterns…&lt;/b&gt; (preview first, then store).&lt;/p&gt;&lt;p&gt;Or add a rule by hand (Ctrl+N) and give it a cron schedule.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Planungsregeln.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Regeln legen fest, wann Arbeit beginnen soll. Rulecast erzeugt sie aus den Aktivitätsmustern, die es in Ihrem Aufgabenverlauf findet:&lt;/p&gt;&lt;p&gt;1. Starten Sie im Reiter &lt;b&gt;Muster&lt;/b&gt; die &lt;b&gt;Analyse&lt;/b&gt;.&lt;br&gt;2. Wählen Sie hier &lt;b&gt;Aus Mustern erzeugen …&lt;/b&gt; (erst Vorschau, dann speichern).&lt;/p&gt;&lt;p&gt;Oder fügen Sie eine Regel von Hand hinzu (Strg+N) und geben Sie ihr einen Cron-Zeitplan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Added a disabled rule: name it, set its schedule below and tick On to enable it.</source>
        <translation>Deaktivierte Regel hinzugefügt: Benennen Sie sie, setzen Sie darunter ihren Zeitplan und haken Sie „Ein“ an, um sie zu aktivieren.</translation>
    </message>
    <message>
        <source>Schedule not changed: %1</source>
        <translation>Zeitplan nicht geändert: %1</translation>
    </message>
    <message>
        <source>Schedule of &apos;%1&apos; set to %2.</source>
        <translation>Zeitplan von „%1“ auf %2 gesetzt.</translation>
    </message>
    <message>
        <source>Previewing rules…</source>
        <translation>Regelvorschau wird erstellt …</translation>
    </message>
    <message>
        <source>Generating rules…</source>
        <translation>Regeln werden erzeugt …</translation>
    </message>
    <message>
        <source>Generation canceled; nothing was stored.</source>
        <translation>Erzeugung abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Generation failed: %1</source>
        <translation>Erzeugung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Rules: %1 · enabled: %2 · &quot;after&quot; rules: %3 · </source>
        <translation>Regeln: %1 · aktiv: %2 · „danach“-Regeln: %3 · </translation>
    </message>
    <message>
        <source>checking conflicts…</source>
        <translation>Konflikte werden geprüft …</translation>
    </message>
    <message>
        <source>conflicts: %1 (high: %2)</source>
        <translation>Konflikte: %1 (schwer: %2)</translation>
    </message>
    <message>
        <source>Generate rules from patterns (%1)</source>
        <translation>Regeln aus Mustern erzeugen (%1)</translation>
    </message>
    <message>
        <source>No new rules: there are no active patterns yet. Run Analyze in the Patterns tab first.</source>
        <translation>Keine neuen Regeln: Es gibt noch keine aktiven Muster. Starten Sie zuerst im Reiter „Muster“ die Analyse.</translation>
    </message>
    <message>
        <source>No new rules from %1 patterns: each already has its rule, is below the confidence threshold or cannot be said in cron (a preview lists the reasons).</source>
        <translation>Keine neuen Regeln aus %1 Mustern: Jedes hat schon seine Regel, liegt unter der Konfidenzschwelle oder lässt sich nicht in Cron ausdrücken (die Vorschau nennt die Gründe).</translation>
    </message>
    <message>
        <source>Generated rules: %1 (%2 enabled, %3 &quot;after&quot; rules); conflicts found: %4, rules changed by the strategy: %5, conflicts remaining: %6.</source>
        <translation>Erzeugte Regeln: %1 (%2 aktiv, %3 „danach“-Regeln); gefundene Konflikte: %4, durch die Strategie geänderte Regeln: %5, verbleibende Konflikte: %6.</translation>
    </message>
    <message>
        <source>The stored scheduling rules; click a header to sort by it, double-click a cell to edit it</source>
        <translation>Die gespeicherten Planungsregeln; klicken Sie auf eine Spaltenüberschrift, um danach zu sortieren, doppelklicken Sie auf eine Zelle, um sie zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>rulecast::Screenshotter</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>the %1 view did not finish loading within %2 seconds</source>
        <translation>Die Ansicht %1 war nach %2 Sekunden nicht fertig geladen</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1: Das Bildschirmfoto lässt sich nicht schreiben</translation>
    </message>
</context>
<context>
    <name>rulecast::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Stored in %1, the file that rulecast-cli config shows and changes.</source>
        <translation>Gespeichert in %1, der Datei, die rulecast-cli config anzeigt und ändert.</translation>
    </message>
    <message>
        <source>Save the changes and close</source>
        <translation>Änderungen speichern und schließen</translation>
    </message>
    <message>
        <source>Save the changes and keep the dialog open</source>
        <translation>Änderungen speichern, Dialog bleibt offen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Put every setting on this page back to its default (saved with OK or Apply)</source>
        <translation>Alle Einstellungen dieser Seite auf ihren Standardwert zurücksetzen (gespeichert mit OK oder Anwenden)</translation>
    </message>
    <message>
        <source>Language and time zone apply at once: the window is shown again in the new language when this dialog closes, and times, hours and weekdays in the views are shown in the new time zone.</source>
        <translation>Sprache und Zeitzone gelten sofort: Das Fenster erscheint in der neuen Sprache, sobald dieser Dialog geschlossen wird, und Zeiten, Stunden und Wochentage in den Ansichten werden in der neuen Zeitzone gezeigt.</translation>
    </message>
    <message>
        <source>Saved. The window is shown in the new language when this dialog closes.</source>
        <translation>Gespeichert. Das Fenster erscheint in der neuen Sprache, sobald dieser Dialog geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>rulecast::SimilarPatternsDialog</name>
    <message>
        <source>Structure: %1</source>
        <translation>Struktur: %1</translation>
    </message>
    <message>
        <source>Meaning (embeddings): %1</source>
        <translation>Bedeutung (Embeddings): %1</translation>
    </message>
    <message>
        <source>Patterns similar to pattern %1</source>
        <translation>Muster, die Muster %1 ähneln</translation>
    </message>
    <message>
        <source>Pattern %1</source>
        <translation>Muster %1</translation>
    </message>
    <message>
        <source>Only patterns at least this similar (0–1).</source>
        <translation>Nur Muster mit mindestens dieser Ähnlichkeit (0–1).</translation>
    </message>
    <message>
        <source>Include inactive patterns</source>
        <translation>Inaktive Muster einbeziehen</translation>
    </message>
    <message>
        <source>Blend in language-model embeddings</source>
        <translation>Embeddings eines Sprachmodells einbeziehen</translation>
    </message>
    <message>
        <source>Compares the patterns&apos; descriptions with the configured embedding model (Ollama or OpenAI); without a reachable model the structural score is shown.</source>
        <translation>Vergleicht die Beschreibungen der Muster mit dem eingerichteten Embedding-Modell (Ollama oder OpenAI); ohne erreichbares Modell wird die strukturelle Bewertung gezeigt.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Minimum similarity:</source>
        <translation>Mindestähnlichkeit:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Task types</source>
        <translation>Aufgabentypen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Pattern %1 — %2, %3: %4</source>
        <translation>Muster %1 – %2, %3: %4</translation>
    </message>
    <message>
        <source>No patterns at or above similarity %1 (%2 compared). Lower the minimum to see more.</source>
        <translation>Keine Muster mit Ähnlichkeit %1 oder mehr (%2 verglichen). Senken Sie das Minimum, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>Blended with embeddings of %1.</source>
        <translation>Mit Embeddings von %1 kombiniert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln matching pattern(s) shown (%2 compared).</source>
        <translation>
            <numerusform>%1 von %Ln passenden Muster angezeigt (%2 verglichen).</numerusform>
            <numerusform>%1 von %Ln passenden Mustern angezeigt (%2 verglichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>List at most this many patterns</source>
        <translation>Höchstens so viele Muster auflisten</translation>
    </message>
    <message>
        <source>Also compare with patterns that were not seen in the last analysis</source>
        <translation>Auch mit Mustern vergleichen, die bei der letzten Analyse nicht gesehen wurden</translation>
    </message>
    <message>
        <source>Search again with these settings</source>
        <translation>Mit diesen Einstellungen erneut suchen</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>rulecast::TaskTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory MB</source>
        <translation>Speicher MB</translation>
    </message>
    <message>
        <source>Disk MB</source>
        <translation>Datenträger MB</translation>
    </message>
    <message>
        <source>Network Mbit/s</source>
        <translation>Netzwerk Mbit/s</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Shown in %1</source>
        <translation>Angezeigt in %1</translation>
    </message>
</context>
</TS>
