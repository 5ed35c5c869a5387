<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="41"/>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="133"/>
        <source>Erase notes for good</source>
        <translation>Radera lappar för gott</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="47"/>
        <source>For an erasure request: the text of the ticked notes goes from the file, its search index and its free space, and a merge from another laptop cannot bring it back. This cannot be undone, and the undo history is cleared. A backup is made first; afterwards you can delete the backups that still hold the text.</source>
        <translation>För en begäran om radering: texten i de markerade lapparna försvinner ur filen, dess sökindex och dess lediga utrymme, och en sammanslagning från en annan dator kan inte föra tillbaka den. Det går inte att ångra, och ångrahistoriken töms. Först görs en säkerhetskopia; efteråt kan du radera de säkerhetskopior som fortfarande innehåller texten.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="57"/>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="58"/>
        <source>Words from the note</source>
        <translation>Ord ur lappen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="67"/>
        <source>Notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="69"/>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="69"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="69"/>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="79"/>
        <source>Erase ticked for good…</source>
        <translation>Radera markerade för gott…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="82"/>
        <source>Delete those backups…</source>
        <translation>Radera de säkerhetskopiorna…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="112"/>
        <source>Removed</source>
        <extracomment>Asks before erasing / deleting backups; tests replace them.</extracomment>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="135"/>
        <source>Erase the text of the ticked notes (%1) for good? This cannot be undone.</source>
        <translation>Radera texten i de markerade lapparna (%1) för gott? Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="146"/>
        <source>Delete the backups that still hold the erased text (%1)?</source>
        <translation>Radera de säkerhetskopior som fortfarande innehåller den raderade texten (%1)?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="145"/>
        <source>Delete backups</source>
        <translation>Radera säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="167"/>
        <source>Notes erased: %1. Backups that still hold the text: %2.</source>
        <translation>Raderade lappar: %1. Säkerhetskopior som fortfarande innehåller texten: %2.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/erase_dialog.py" line="183"/>
        <source>Backups deleted: %1.</source>
        <translation>Raderade säkerhetskopior: %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="419"/>
        <source>Review…</source>
        <extracomment>The review is done (shown or not).</extracomment>
        <translation>Granska…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="440"/>
        <source>The series holds personal data (%1). Review it before you publish.</source>
        <translation>Serien innehåller personuppgifter (%1). Granska den innan du publicerar.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="36"/>
        <source>Privacy review</source>
        <extracomment>The tables the review reads: a change to one of them makes the list stale.</extracomment>
        <translation>Integritetsgranskning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="41"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="42"/>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="43"/>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="44"/>
        <source>Personal identity number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="55"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="57"/>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="60"/>
        <source>Lesson, point %1</source>
        <translation>Lärdom, punkt %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="64"/>
        <source>Series title</source>
        <translation>Seriens titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="65"/>
        <source>Subtitle</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="66"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="67"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="68"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="69"/>
        <source>Publication line</source>
        <translation>Publiceringsrad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="70"/>
        <location filename="../../workshop_app/gui/privacy_page.py" line="71"/>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="72"/>
        <source>Workshop title</source>
        <translation>Workshoppens titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="73"/>
        <source>Workshop place</source>
        <translation>Workshoppens plats</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="74"/>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="75"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="76"/>
        <source>Theme title</source>
        <translation>Temats rubrik</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="77"/>
        <source>Synthesis</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="78"/>
        <source>Divided opinions</source>
        <translation>Delade meningar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="79"/>
        <source>Example title</source>
        <translation>Exemplets rubrik</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="80"/>
        <source>Example text</source>
        <translation>Exemplets text</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="81"/>
        <source>Example link text</source>
        <translation>Exemplets länktext</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="82"/>
        <source>Example link</source>
        <translation>Exemplets länk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="83"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="84"/>
        <source>Expert&apos;s organization</source>
        <translation>Expertens organisation</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="87"/>
        <source>Lesson introduction</source>
        <translation>Lärdomarnas inledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="95"/>
        <source>Names: %1</source>
        <translation>Namn: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="96"/>
        <source>E-mail addresses: %1</source>
        <translation>E-postadresser: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="97"/>
        <source>Phone numbers: %1</source>
        <translation>Telefonnummer: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="98"/>
        <source>Personal identity numbers: %1</source>
        <translation>Personnummer: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="198"/>
        <source>Before anything leaves this computer, check what in the series identifies a person: names, e-mail addresses, phone numbers and personal identity numbers in notes, quotes, themes, the introduction, examples and lessons. Untick what may stay; Redact replaces the rest with a marker such as [namn]. Undo takes it back. The review runs on this computer only.</source>
        <extracomment>The list was filled from a fresh review (tests and the export dialog wait for it). What the facilitator chose to keep: (table, row id, field, item, text).</extracomment>
        <translation>Innan något lämnar datorn: se efter vad i serien som pekar ut en person – namn, e-postadresser, telefonnummer och personnummer i lappar, citat, teman, inledningen, exempel och lärdomar. Avmarkera det som får stå kvar; Maskera ersätter resten med en markering som [namn]. Ångra tar tillbaka det. Granskningen görs bara på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="214"/>
        <source>Personal data found</source>
        <translation>Funna personuppgifter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="217"/>
        <source>Redact</source>
        <translation>Maskera</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="217"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="217"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="218"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="225"/>
        <source>Redact ticked</source>
        <translation>Maskera markerade</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="229"/>
        <source>Tick all</source>
        <translation>Markera alla</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="231"/>
        <source>Untick all</source>
        <translation>Avmarkera alla</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="233"/>
        <source>Review again</source>
        <translation>Granska igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="236"/>
        <source>Erase notes for good…</source>
        <translation>Radera lappar för gott…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="239"/>
        <source>For an erasure request: remove notes&apos; text from the file for good</source>
        <translation>För en begäran om radering: ta bort lapparnas text ur filen för gott</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="282"/>
        <source>Reviewing…</source>
        <translation>Granskar…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="306"/>
        <source>The review failed because of an unexpected error. Details: %1</source>
        <translation>Granskningen misslyckades på grund av ett oväntat fel. Detaljer: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="333"/>
        <source>Found: %1</source>
        <translation>Hittat: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="335"/>
        <source>No personal data found.</source>
        <translation>Inga personuppgifter hittades.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="369"/>
        <source>Redact ticked (%1)</source>
        <translation>Maskera markerade (%1)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/privacy_page.py" line="389"/>
        <source>Redact personal data</source>
        <translation>Maskera personuppgifter</translation>
    </message>
</context>
</TS>
