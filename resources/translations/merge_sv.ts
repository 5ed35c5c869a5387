<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="39"/>
        <source>Backups of {0}</source>
        <extracomment>Emitted with the restored `Backup` once `session.wf` is the restored file.</extracomment>
        <translation>Säkerhetskopior av {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="42"/>
        <source>Backups are kept in {0}</source>
        <translation>Säkerhetskopiorna sparas i {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="46"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="46"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="46"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="49"/>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="61"/>
        <source>when opened</source>
        <translation>vid öppning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="62"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="63"/>
        <source>when closed</source>
        <translation>vid stängning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="64"/>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="65"/>
        <source>damaged file, kept as it was</source>
        <translation>skadad fil, sparad som den var</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="66"/>
        <source>by hand</source>
        <translation>manuellt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="77"/>
        <source>{0} KB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="101"/>
        <source>Restore backup</source>
        <translation>Återställ säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/backups_dialog.py" line="103"/>
        <source>Replace {0} with the backup from {1}?

The file as it is now is kept as another backup, so this can be undone by restoring that one.</source>
        <translation>Ersätta {0} med säkerhetskopian från {1}?

Filen som den är nu sparas som en annan säkerhetskopia, så det här kan ångras genom att återställa den.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="90"/>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="222"/>
        <source>Merge a workshop file</source>
        <extracomment>Emitted with the `MergeReport` after the session has been told about the changes. Emitted with a message when the merge was refused or failed (nothing was written).</extracomment>
        <translation>Slå ihop med en workshopfil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="93"/>
        <source>Checking {0} …</source>
        <translation>Kontrollerar {0} …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="122"/>
        <source>{0} is open read-only.</source>
        <translation>{0} är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="131"/>
        <source>Checking the file</source>
        <translation>Kontrollerar filen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="132"/>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="145"/>
        <source>Comparing</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="133"/>
        <source>Writing</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="134"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="135"/>
        <source>Comparing perspectives</source>
        <translation>Jämför perspektiv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="136"/>
        <source>Comparing workshops</source>
        <translation>Jämför workshoppar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="137"/>
        <source>Comparing questions</source>
        <translation>Jämför frågor</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="138"/>
        <source>Comparing themes</source>
        <translation>Jämför teman</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="139"/>
        <source>Comparing notes</source>
        <translation>Jämför lappar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="140"/>
        <source>Comparing vote rounds</source>
        <translation>Jämför röstningsomgångar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="141"/>
        <source>Comparing votes</source>
        <translation>Jämför röster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="142"/>
        <source>Comparing good examples</source>
        <translation>Jämför goda exempel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="143"/>
        <source>Comparing expert lessons</source>
        <translation>Jämför expertlärdomar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="162"/>
        <source>Conflicts (the newer version was kept, the other set aside):</source>
        <translation>Konflikter (den nyare versionen behölls, den andra lades åt sidan):</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="171"/>
        <source>{0} holds nothing new: this file already has all of it.</source>
        <translation>{0} innehåller inget nytt: den här filen har redan allt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="174"/>
        <source>Merged {0}: {1} added, {2} updated, {3} unchanged, {4} conflicts.</source>
        <translation>Slog ihop {0}: {1} tillagda, {2} uppdaterade, {3} oförändrade, {4} konflikter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="185"/>
        <source>{0}: “{1}” from {2}</source>
        <translation>{0}: ”{1}” från {2}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="191"/>
        <source>Nothing was merged; this file is unchanged.</source>
        <translation>Inget slogs ihop; den här filen är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="198"/>
        <source>Cancelled; nothing was merged.</source>
        <translation>Avbrutet; inget slogs ihop.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="224"/>
        <source>Workshop files (*.samla *.workshop *.json);;All files (*)</source>
        <translation>Workshopfiler (*.samla *.workshop *.json);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>MergeWorker</name>
    <message>
        <location filename="../../workshop_app/gui/merge_dialog.py" line="72"/>
        <source>Unexpected error ({0}); details in {1}</source>
        <translation>Oväntat fel ({0}); detaljer finns i {1}</translation>
    </message>
</context>
</TS>
