<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Agenda</name>
    <message>
        <location filename="../../workshop_app/gui/agenda.py" line="63"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/agenda.py" line="32"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/agenda.py" line="33"/>
        <source>Good examples</source>
        <translation>Goda exempel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/agenda.py" line="34"/>
        <source>Expert lessons</source>
        <translation>Expertlärdomar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/agenda.py" line="97"/>
        <location filename="../../workshop_app/gui/agenda.py" line="120"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
</context>
<context>
    <name>BrandingEditor</name>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="103"/>
        <source>The report (PDF, Word, web page) shows your organization&apos;s logo above the title and uses the accent colour for headings and charts.</source>
        <extracomment>SVG elements that may fetch or run something; they are dropped before drawing.</extracomment>
        <translation>Rapporten (PDF, Word, webbsida) visar organisationens logotyp ovanför rubriken och använder accentfärgen till rubriker och diagram.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="116"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="117"/>
        <source>Choose logo…</source>
        <translation>Välj logotyp…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="120"/>
        <source>Remove logo</source>
        <translation>Ta bort logotypen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="127"/>
        <source>Logo (PNG or SVG)</source>
        <translation>Logotyp (PNG eller SVG)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="131"/>
        <location filename="../../workshop_app/gui/branding_editor.py" line="134"/>
        <source>Logo text for screen readers</source>
        <translation>Logotypens text för skärmläsare</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="132"/>
        <source>What the logo says, e.g. the organization&apos;s name</source>
        <translation>Vad logotypen säger, t.ex. organisationens namn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="138"/>
        <location filename="../../workshop_app/gui/branding_editor.py" line="150"/>
        <location filename="../../workshop_app/gui/branding_editor.py" line="179"/>
        <source>Accent colour</source>
        <translation>Accentfärg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="141"/>
        <source>Choose colour…</source>
        <translation>Välj färg…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="157"/>
        <source>Edit report branding</source>
        <translation>Ändra rapportens utseende</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="172"/>
        <source>Choose logo</source>
        <translation>Välj logotyp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="172"/>
        <source>Images (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/branding_editor.py" line="199"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="40"/>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="41"/>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="42"/>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="43"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="44"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="45"/>
        <source>Lilac</source>
        <translation>Lila</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="21"/>
        <source>The disk is full.</source>
        <translation>Disken är full.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="22"/>
        <source>Your last change was not saved, and nothing else was changed. Free some space on the disk, then try again.</source>
        <translation>Din senaste ändring sparades inte, och inget annat ändrades. Frigör utrymme på disken och försök igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="30"/>
        <source>The file is in use by another program.</source>
        <translation>Filen används av ett annat program.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="31"/>
        <source>Close the file in the other program (or on the other computer), then try again. Nothing was changed.</source>
        <translation>Stäng filen i det andra programmet (eller på den andra datorn) och försök igen. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="39"/>
        <source>The file cannot be changed (it is read-only).</source>
        <translation>Filen kan inte ändras (den är skrivskyddad).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="40"/>
        <source>Nothing was changed. Use File → Save a copy as… to save a copy in a folder you can write to, and work on the copy.</source>
        <translation>Inget ändrades. Välj Arkiv → Spara en kopia som… för att spara en kopia i en mapp där du kan skriva, och arbeta vidare i kopian.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="48"/>
        <source>The file is damaged.</source>
        <translation>Filen är skadad.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="49"/>
        <source>Samla did not change it. Open a backup of the file, or ask the person who sent it for a new copy.</source>
        <translation>Samla ändrade den inte. Öppna en säkerhetskopia av filen, eller be den som skickade den om en ny kopia.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="57"/>
        <source>The file was made by a newer version of Samla.</source>
        <translation>Filen är gjord med en nyare version av Samla.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="58"/>
        <source>Update Samla to open it. The file was not changed.</source>
        <translation>Uppdatera Samla för att öppna den. Filen ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="64"/>
        <source>This is not a Samla workshop file.</source>
        <translation>Det här är ingen workshopfil från Samla.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="65"/>
        <source>Choose a file that was made with Samla.</source>
        <translation>Välj en fil som är gjord med Samla.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="69"/>
        <source>The file cannot be found.</source>
        <translation>Filen hittas inte.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="70"/>
        <source>It may have been moved, renamed or be on a disk that is not connected.</source>
        <translation>Den kan ha flyttats, bytt namn eller ligga på en disk som inte är ansluten.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="76"/>
        <source>A file with that name already exists.</source>
        <translation>Det finns redan en fil med det namnet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="77"/>
        <source>Choose another name.</source>
        <translation>Välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="81"/>
        <source>That value cannot be used.</source>
        <translation>Det värdet kan inte användas.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="82"/>
        <source>Check it and try again.</source>
        <translation>Kontrollera det och försök igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="85"/>
        <source>Something went wrong.</source>
        <translation>Något gick fel.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="86"/>
        <source>Please try again.</source>
        <translation>Försök igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="98"/>
        <source>“%1” was not done: the file and Edit → Undo are as they were.</source>
        <translation>”%1” gjordes inte: filen och Redigera → Ångra är som förut.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="107"/>
        <location filename="../../workshop_app/gui/errors.py" line="124"/>
        <source>Samla</source>
        <translation>Samla</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="125"/>
        <source>Something unexpected went wrong.</source>
        <translation>Något oväntat gick fel.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/errors.py" line="131"/>
        <source>Your work is saved up to the last change. The details were written to the log file:
%1</source>
        <translation>Ditt arbete är sparat fram till den senaste ändringen. Detaljerna skrevs till loggfilen:
%1</translation>
    </message>
</context>
<context>
    <name>ExamplesEditor</name>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="17"/>
        <source>Only web links (starting with https:// or http://) and e-mail links (mailto:) can be used in the report.</source>
        <translation>Bara webblänkar (som börjar med https:// eller http://) och e-postlänkar (mailto:) kan användas i rapporten.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="24"/>
        <source>The link has no web address after %1://.</source>
        <translation>Länken saknar webbadress efter %1://.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="28"/>
        <source>An e-mail link needs an address, like mailto:name@example.org.</source>
        <translation>En e-postlänk behöver en adress, till exempel mailto:namn@example.org.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="32"/>
        <source>A link cannot contain spaces.</source>
        <translation>En länk kan inte innehålla mellanslag.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="34"/>
        <source>A link cannot contain control characters or &lt; &gt; &quot;.</source>
        <translation>En länk kan inte innehålla styrtecken eller &lt; &gt; &quot;.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="54"/>
        <source>Good examples</source>
        <translation>Goda exempel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="57"/>
        <source>(untitled example)</source>
        <translation>(exempel utan rubrik)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="60"/>
        <source>example “%1”</source>
        <translation>exemplet ”%1”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="64"/>
        <source>No good examples yet. An example is a project or practice worth telling others about, with a link to read more.</source>
        <translation>Inga goda exempel ännu. Ett exempel är ett projekt eller ett arbetssätt som är värt att berätta om, med en länk för den som vill läsa mer.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="69"/>
        <source>Add example</source>
        <translation>Lägg till exempel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="72"/>
        <source>New example</source>
        <translation>Nytt exempel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="77"/>
        <source>Example title</source>
        <translation>Exemplets rubrik</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="80"/>
        <source>Example text</source>
        <translation>Exemplets text</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="83"/>
        <location filename="../../workshop_app/gui/examples_editor.py" line="95"/>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="87"/>
        <location filename="../../workshop_app/gui/examples_editor.py" line="97"/>
        <source>Link text</source>
        <translation>Länktext</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="88"/>
        <source>Read more about the example</source>
        <translation>Läs mer om exemplet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="93"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/examples_editor.py" line="94"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="110"/>
        <location filename="../../workshop_app/gui/export_dialog.py" line="326"/>
        <source>Export report</source>
        <extracomment>Emitted with the written files when the export finished. The facilitator wants to review the personal data the privacy review found.</extracomment>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="117"/>
        <source>Formats</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="120"/>
        <source>PDF (to print or publish)</source>
        <translation>PDF (för att skriva ut eller publicera)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="121"/>
        <source>Word (DOCX, to apply your own template)</source>
        <translation>Word (DOCX, för er egen mall)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="122"/>
        <source>Markdown (for a web page)</source>
        <translation>Markdown (för en webbsida)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="123"/>
        <source>HTML (web page)</source>
        <translation>HTML (webbsida)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="124"/>
        <source>CSV (every note, for a spreadsheet)</source>
        <translation>CSV (alla lappar, för kalkylark)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="125"/>
        <source>JSON (the whole series, for another program)</source>
        <translation>JSON (hela serien, för ett annat program)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="136"/>
        <location filename="../../workshop_app/gui/export_dialog.py" line="140"/>
        <source>Workshops in the report</source>
        <translation>Workshoppar i rapporten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="150"/>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="152"/>
        <source>Appendix with every note, grouped by theme</source>
        <translation>Bilaga med alla lappar, ordnade efter tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="154"/>
        <source>Vote counts</source>
        <translation>Antal röster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="157"/>
        <source>CSV that Excel opens with å, ä and ö right</source>
        <translation>CSV som Excel öppnar med rätt å, ä och ö</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="159"/>
        <source>Table of contents (PDF longer than six pages)</source>
        <translation>Innehållsförteckning (PDF längre än sex sidor)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="161"/>
        <source>Summary of the themes with most votes</source>
        <translation>Sammanfattning med de teman som fick flest röster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="164"/>
        <source>Divided opinions as a sentence after the synthesis, not a box</source>
        <translation>Delade meningar som en mening efter sammanfattningen, inte i en ruta</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="180"/>
        <location filename="../../workshop_app/gui/export_dialog.py" line="189"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="181"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="188"/>
        <location filename="../../workshop_app/gui/export_dialog.py" line="190"/>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="196"/>
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="205"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="210"/>
        <location filename="../../workshop_app/gui/export_dialog.py" line="330"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="260"/>
        <source>Export to folder</source>
        <translation>Exportera till mapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="276"/>
        <source>The folder does not exist or cannot be written to.</source>
        <translation>Mappen finns inte eller går inte att skriva i.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="290"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="312"/>
        <source>Done: %1</source>
        <translation>Klart: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="314"/>
        <source>Please check: %1</source>
        <translation>Kontrollera: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="327"/>
        <source>The report is written, but no program here opens it.</source>
        <translation>Rapporten är sparad, men det finns inget program på datorn som kan öppna den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="329"/>
        <source>Open folder</source>
        <translation>Öppna mapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="347"/>
        <source>The report could not be written.</source>
        <translation>Rapporten kunde inte skrivas.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/export_dialog.py" line="354"/>
        <source>The export failed because of an unexpected error. Details are in the log file: %1</source>
        <translation>Exporten misslyckades på grund av ett oväntat fel. Detaljerna finns i loggfilen: %1</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="49"/>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="52"/>
        <source>User guide</source>
        <translation>Användarhandledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="57"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>IntroEditor</name>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="27"/>
        <source>The introduction opens the report. Generate a first version from the facts (workshops, dates, perspectives, participants) and edit it.</source>
        <translation>Inledningen inleder rapporten. Skapa ett första utkast utifrån fakta (workshoppar, datum, perspektiv, deltagare) och redigera det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="35"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="36"/>
        <source>Generate from facts</source>
        <translation>Skapa utifrån fakta</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="40"/>
        <source>Writes the introduction from the facts; asks first before it replaces a text of yours. Undo brings yours back.</source>
        <translation>Skriver inledningen utifrån fakta; frågar först om den skulle ersätta en text du har skrivit. Ångra ger dig din text tillbaka.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="77"/>
        <source>Replace the introduction?</source>
        <translation>Ersätta inledningen?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="78"/>
        <source>Replace your introduction with one written from the facts?</source>
        <translation>Vill du ersätta din inledning med en som skrivs utifrån fakta?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="79"/>
        <source>Your text is replaced. Edit → Undo brings it back.</source>
        <translation>Din text ersätts. Redigera → Ångra ger dig den tillbaka.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="80"/>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="81"/>
        <source>Keep my text</source>
        <translation>Behåll min text</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="58"/>
        <source>Edit introduction</source>
        <translation>Redigera inledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/intro_editor.py" line="71"/>
        <source>Generate introduction</source>
        <translation>Skapa inledning</translation>
    </message>
</context>
<context>
    <name>IntroducePage</name>
    <message>
        <location filename="../../workshop_app/gui/introduce_page.py" line="24"/>
        <source>Say to the participants</source>
        <translation>Säg till deltagarna</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/introduce_page.py" line="53"/>
        <source>Perspective: %1</source>
        <translation>Perspektiv: %1</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../workshop_app/gui/language_dialog.py" line="23"/>
        <location filename="../../workshop_app/gui/language_dialog.py" line="27"/>
        <location filename="../../workshop_app/gui/language_dialog.py" line="46"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/language_dialog.py" line="36"/>
        <source>The new language is used the next time Samla starts.</source>
        <translation>Det nya språket används nästa gång Samla startar.</translation>
    </message>
</context>
<context>
    <name>LessonsEditor</name>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="37"/>
        <source>Experts</source>
        <translation>Experter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="40"/>
        <source>(unnamed expert)</source>
        <translation>(expert utan namn)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="43"/>
        <source>expert “%1”</source>
        <translation>experten ”%1”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="47"/>
        <source>No expert input yet. Add an expert who spoke at a workshop, with the lessons they shared.</source>
        <translation>Inga expertinspel ännu. Lägg till en expert som talade på en workshop, med de lärdomar hon eller han delade med sig av.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="52"/>
        <source>Add expert</source>
        <translation>Lägg till expert</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="55"/>
        <source>New expert</source>
        <translation>Ny expert</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="60"/>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="117"/>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="63"/>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="118"/>
        <source>Role or affiliation</source>
        <translation>Roll eller organisation</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="66"/>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="119"/>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="71"/>
        <source>Lessons, in order</source>
        <translation>Lärdomar, i ordning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="81"/>
        <source>New lesson</source>
        <translation>Ny lärdom</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="82"/>
        <source>Write a lesson and press Enter</source>
        <translation>Skriv en lärdom och tryck Enter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="84"/>
        <source>Add lesson</source>
        <translation>Lägg till lärdom</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="89"/>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="90"/>
        <source>Remove lesson</source>
        <translation>Ta bort lärdom</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="94"/>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="95"/>
        <source>Move lesson up</source>
        <translation>Flytta lärdomen upp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="99"/>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="100"/>
        <source>Move lesson down</source>
        <translation>Flytta lärdomen ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="120"/>
        <source>Lessons</source>
        <translation>Lärdomar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="146"/>
        <source>Add lesson %1 (%2)</source>
        <translation>Lägg till lärdom %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="147"/>
        <source>Edit lesson %1 (%2)</source>
        <translation>Redigera lärdom %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="148"/>
        <source>Remove lesson %1 (%2)</source>
        <translation>Ta bort lärdom %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/lessons_editor.py" line="149"/>
        <source>Move lesson %1 (%2)</source>
        <translation>Flytta lärdom %1 (%2)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="55"/>
        <source>Samla workshop files (*.samla *.workshop);;All files (*)</source>
        <translation>Samla-workshopfiler (*.samla *.workshop);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="53"/>
        <source>&amp;New series…</source>
        <extracomment>Keys for the standard shortcuts on a platform that has none of its own. Object name: tests, accessibility checks and saved toolbars find the action by it. English source text (translated in the &quot;MainWindow&quot; context). The MainWindow method it calls (with the checked state, if `checkable`). Only enabled while a file is open.</extracomment>
        <translation>&amp;Ny serie…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="61"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="69"/>
        <source>Open the &amp;demo workshop</source>
        <translation>Öppna &amp;demoworkshoppen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="77"/>
        <source>Save a &amp;copy as…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="84"/>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="91"/>
        <source>&amp;Merge a workshop file…</source>
        <translation>&amp;Slå ihop med en workshopfil…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="98"/>
        <source>&amp;Close file</source>
        <translation>S&amp;täng filen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="108"/>
        <source>Series &amp;set-up…</source>
        <translation>&amp;Inställning av serien…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="121"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="115"/>
        <source>&amp;Previous step</source>
        <translation>&amp;Föregående steg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="134"/>
        <source>Start or pause the &amp;timer</source>
        <translation>Starta eller pausa &amp;timern</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="141"/>
        <source>Add one &amp;minute</source>
        <translation>Lägg till en &amp;minut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="96"/>
        <source>&amp;Backups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="127"/>
        <source>&amp;Board only</source>
        <translation>&amp;Bara tavlan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="148"/>
        <source>&amp;Participant mode…</source>
        <translation>&amp;Deltagarläge…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="153"/>
        <source>&amp;Dot voting…</source>
        <translation>&amp;Prickröstning…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="157"/>
        <source>Pr&amp;esentation mode</source>
        <translation>Pr&amp;esentationsläge</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="163"/>
        <source>&amp;Show notes to the room</source>
        <translation>&amp;Visa lapparna för rummet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="170"/>
        <source>&amp;Language…</source>
        <translation>&amp;Språk…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="178"/>
        <source>User &amp;guide</source>
        <translation>Användar&amp;handledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="186"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="193"/>
        <source>&amp;About Samla</source>
        <translation>&amp;Om Samla</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="104"/>
        <location filename="../../workshop_app/gui/main_window.py" line="144"/>
        <source>&amp;Undo</source>
        <extracomment>The step timers&apos; clock (seconds; a test gives one it moves by hand).</extracomment>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="105"/>
        <location filename="../../workshop_app/gui/main_window.py" line="151"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="209"/>
        <source>&amp;File</source>
        <extracomment>The File menu&apos;s submenu of recently opened files (filled when it opens). (object name, title, contents): action names, SEPARATOR, or RECENT.</extracomment>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="305"/>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="225"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="228"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="244"/>
        <source>&amp;Settings</source>
        <translation>I&amp;nställningar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="247"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/actions.py" line="311"/>
        <source>Main</source>
        <translation>Huvudverktyg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="179"/>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="259"/>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="264"/>
        <source>New workshop series</source>
        <translation>Ny workshopserie</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="286"/>
        <source>Open a workshop file</source>
        <translation>Öppna en workshopfil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="297"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="311"/>
        <source>The demo could not be written: %1</source>
        <translation>Demon kunde inte skrivas: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="321"/>
        <source>copy</source>
        <translation>kopia</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="324"/>
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="334"/>
        <source>That is the open file itself; choose another name.</source>
        <translation>Det är den öppna filen själv; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="347"/>
        <source>Copy saved: %1</source>
        <translation>Kopian sparad: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="414"/>
        <source>About Samla</source>
        <translation>Om Samla</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="419"/>
        <source>Offline workshop facilitation: sticky notes, themes, synthesis and a publishable report.

If something goes wrong, details are written to the log file:
%1</source>
        <translation>Workshopledning utan nätverk: lappar, teman, sammanfattning och en rapport att publicera.

Om något går fel skrivs detaljerna till loggfilen:
%1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="424"/>
        <source>Show log folder</source>
        <translation>Visa loggmappen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/main_window.py" line="538"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
</context>
<context>
    <name>PerspectivesEditor</name>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="124"/>
        <source>Perspectives</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="130"/>
        <source>perspective “%1”</source>
        <translation>perspektivet ”%1”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="134"/>
        <source>No perspectives yet. A perspective is an actor the questions ask about, such as municipalities or regions.</source>
        <translation>Inga perspektiv ännu. Ett perspektiv är en aktör som frågorna handlar om, till exempel kommuner eller regioner.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="139"/>
        <source>Add perspective</source>
        <translation>Lägg till perspektiv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="144"/>
        <source>new perspective</source>
        <translation>nytt perspektiv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="149"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="160"/>
        <source>Name (singular)</source>
        <translation>Namn (singular)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="152"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="161"/>
        <source>Name (plural)</source>
        <translation>Namn (plural)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="155"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="163"/>
        <source>Note colour</source>
        <translation>Lappfärg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="158"/>
        <source>For example “municipality” and “municipalities”.</source>
        <translation>Till exempel ”kommun” och ”kommuner”.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../workshop_app/gui/translations.py" line="16"/>
        <source>OK</source>
        <extracomment>Qt&apos;s own words that its Swedish file gets wrong; ours are installed after it, so these win (Swedish writes &quot;OK&quot;, not &quot;Ok&quot;).</extracomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="232"/>
        <source>Add own question</source>
        <translation>Lägg till egen fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="236"/>
        <source>Perspective for template questions</source>
        <translation>Perspektiv för mallfrågor</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="237"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="321"/>
        <source>Add template questions</source>
        <translation>Lägg till mallfrågor</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="241"/>
        <source>Adds “How can … enable …?” and “What do … need to enable …?” for the chosen perspective, in the report&apos;s language.</source>
        <translation>Lägger till ”Hur kan … möjliggöra …?” och ”Vad behöver … för att möjliggöra …?” för det valda perspektivet, på rapportens språk.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="246"/>
        <source>From templates, for</source>
        <translation>Från mallar, för</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="266"/>
        <source>(none)</source>
        <translation>(inget)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="278"/>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="286"/>
        <source>question %1</source>
        <translation>fråga %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="290"/>
        <source>No questions yet. Add the template questions for a perspective, or your own.</source>
        <translation>Inga frågor ännu. Lägg till mallens frågor för ett perspektiv, eller egna frågor.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="294"/>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="297"/>
        <source>New question?</source>
        <translation>Ny fråga?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="305"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="310"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="309"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="311"/>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
</context>
<context>
    <name>RowListEditor</name>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="61"/>
        <location filename="../../workshop_app/gui/row_editor.py" line="143"/>
        <source>Add</source>
        <extracomment>Whether the form has a field that should grow with the window (else it sits at the top). Emitted when the selected row changes (its id, or None).
----------
A row above the list and the form, for subclasses&apos; extra controls.</extracomment>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="65"/>
        <location filename="../../workshop_app/gui/row_editor.py" line="165"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="70"/>
        <location filename="../../workshop_app/gui/row_editor.py" line="71"/>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="74"/>
        <location filename="../../workshop_app/gui/row_editor.py" line="75"/>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="151"/>
        <source>Nothing here yet.</source>
        <translation>Här finns inget ännu.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="161"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="162"/>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="166"/>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="169"/>
        <source>Reorder</source>
        <translation>Ändra ordning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/row_editor.py" line="170"/>
        <source>Move %1</source>
        <translation>Flytta %1</translation>
    </message>
</context>
<context>
    <name>SeriesForm</name>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="65"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="66"/>
        <source>Subtitle</source>
        <translation>Underrubrik</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="67"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="68"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="77"/>
        <source>The goal as it reads inside a question, e.g. “Smarta landsbygder” in “How can municipalities enable Smarta landsbygder?”</source>
        <translation>Målet så som det står i en fråga, t.ex. ”Smarta landsbygder” i ”Hur kan kommuner möjliggöra Smarta landsbygder?”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="86"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="90"/>
        <source>Report language</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="87"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="88"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="96"/>
        <source>Edit the title</source>
        <translation>Redigera rubriken</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="97"/>
        <source>Edit the subtitle</source>
        <translation>Redigera underrubriken</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="98"/>
        <source>Edit the organization</source>
        <translation>Redigera organisationen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="99"/>
        <source>Edit the goal</source>
        <translation>Redigera målet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="100"/>
        <source>Change the report language</source>
        <translation>Byt rapportens språk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="101"/>
        <source>Edit series</source>
        <translation>Redigera serien</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="382"/>
        <source>Series set-up</source>
        <translation>Inställning av serien</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="388"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="389"/>
        <source>Perspectives</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="390"/>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="391"/>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="392"/>
        <source>Report branding</source>
        <translation>Rapportens utseende</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="394"/>
        <source>Changes are saved as you type. Edit → Undo takes them back.</source>
        <translation>Ändringar sparas medan du skriver. Redigera → Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="398"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="27"/>
        <source>Add the dictated note (Write step)</source>
        <extracomment>Keys that are not menu actions: the board&apos;s and the fields&apos; (English sources).</extracomment>
        <translation>Lägg till den dikterade lappen (steget Skriva)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="78"/>
        <source>Board: a new theme of the selected notes</source>
        <translation>Tavlan: nytt tema av de markerade lapparna</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="79"/>
        <source>Board: merge the selected themes</source>
        <translation>Tavlan: slå ihop de markerade temana</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="80"/>
        <source>Board: split the selected notes off</source>
        <translation>Tavlan: dela av de markerade lapparna</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="81"/>
        <source>Board: dissolve the selected themes</source>
        <translation>Tavlan: lös upp de markerade temana</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="82"/>
        <source>Board: quote the selected notes</source>
        <translation>Tavlan: citera de markerade lapparna</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="83"/>
        <source>Board: show the whole board</source>
        <translation>Tavlan: visa hela tavlan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="84"/>
        <source>Board: show the selection</source>
        <translation>Tavlan: visa det markerade</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="85"/>
        <source>Board: search the notes</source>
        <translation>Tavlan: sök bland lapparna</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="86"/>
        <source>Next field (also in text boxes)</source>
        <translation>Nästa fält (även i textrutor)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="87"/>
        <source>Type a tab in a text box</source>
        <translation>Skriv ett tabbtecken i en textruta</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="88"/>
        <source>In presentation mode: back here</source>
        <translation>I presentationsläget: tillbaka hit</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="89"/>
        <source>In presentation mode: full screen</source>
        <translation>I presentationsläget: helskärm</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="99"/>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="103"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="104"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="104"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/help_dialogs.py" line="116"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="47"/>
        <source>Run workshops offline: sticky notes, themes, and a report you can publish.</source>
        <extracomment>Make a new series from the preset with this name. Ask for a file to open. Open this file (a recent one). Open the demo workshop.</extracomment>
        <translation>Håll workshoppar utan nätverk: lappar, teman och en rapport du kan publicera.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="53"/>
        <source>New workshop series</source>
        <translation>Ny workshopserie</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="56"/>
        <source>Template for the new series</source>
        <translation>Mall för den nya serien</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="61"/>
        <source>Create new series…</source>
        <translation>Skapa ny serie…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="65"/>
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="73"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="74"/>
        <source>Open a workshop file…</source>
        <translation>Öppna en workshopfil…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="78"/>
        <source>Open the demo workshop</source>
        <translation>Öppna demoworkshoppen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="83"/>
        <source>A complete example: three workshops, four questions, themes, votes and a synthesis, ready to explore and export.</source>
        <translation>Ett komplett exempel: tre workshoppar, fyra frågor, teman, röster och sammanfattningar, redo att utforska och exportera.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="95"/>
        <location filename="../../workshop_app/gui/start_screen.py" line="98"/>
        <source>Recent files</source>
        <translation>Senaste filer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/start_screen.py" line="100"/>
        <source>No recent files yet.</source>
        <translation>Inga senaste filer än.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../../workshop_app/gui/step_header.py" line="47"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/step_header.py" line="53"/>
        <source>Board only</source>
        <translation>Bara tavlan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/step_header.py" line="57"/>
        <source>Give the board the whole window (Ctrl+Shift+F); again to bring all back</source>
        <translation>Ge tavlan hela fönstret (Ctrl+Shift+F); en gång till tar tillbaka resten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/step_header.py" line="140"/>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/step_header.py" line="150"/>
        <source>No questions yet</source>
        <translation>Inga frågor än</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/step_header.py" line="152"/>
        <source>Add workshops and questions in Workshop → Series set-up.</source>
        <translation>Lägg till workshoppar och frågor under Workshop → Inställning av serien.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/step_header.py" line="157"/>
        <source>Add a workshop in Workshop → Series set-up to collect notes.</source>
        <translation>Lägg till en workshop under Workshop → Inställning av serien för att samla lappar.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="29"/>
        <source>Introduce</source>
        <extracomment>Default time box per step, in minutes.</extracomment>
        <translation>Introducera</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="30"/>
        <source>Write</source>
        <translation>Skriva</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="31"/>
        <source>Cluster</source>
        <translation>Gruppera</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="32"/>
        <source>Vote</source>
        <translation>Rösta</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="33"/>
        <source>Synthesize</source>
        <translation>Sammanfatta</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="40"/>
        <source>Read the question aloud and make sure everyone understands it. Explain the next step: everyone writes on their own, one idea per note.</source>
        <translation>Läs frågan högt och se till att alla förstår den. Förklara nästa steg: alla skriver var för sig, en idé per lapp.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="45"/>
        <source>Silent writing: each person writes their own ideas, one per note. Notes stay hidden from the room until you reveal them. If someone prefers to dictate, type their idea below.</source>
        <translation>Tyst skrivande: var och en skriver sina egna idéer, en per lapp. Lapparna visas inte för rummet förrän du visar dem. Vill någon hellre diktera, skriv in idén nedan.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="51"/>
        <source>Read the notes aloud and group those that belong together into themes. Name each theme once the groups have settled.</source>
        <translation>Läs lapparna högt och samla dem som hör ihop i teman. Namnge varje tema när grupperna har satt sig.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="56"/>
        <source>Dot voting: each person gets a few dots to place on the themes that matter most. Enter the count for each theme.</source>
        <translation>Prickröstning: var och en får några prickar att sätta på de teman som är viktigast. Skriv in antalet för varje tema.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="61"/>
        <source>For each theme, write a heading and a short synthesis, pick quotes from the notes, and note where opinions were divided.</source>
        <translation>Skriv för varje tema en rubrik och en kort sammanfattning, välj citat bland lapparna och notera var åsikterna gick isär.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="70"/>
        <source>Think on your own for a moment. Then write one idea per note: short, concrete, in your own words. There are no wrong answers.</source>
        <translation>Fundera själv en stund. Skriv sedan en idé per lapp: kort, konkret och med egna ord. Det finns inga fel svar.</translation>
    </message>
</context>
<context>
    <name>SynthesisEditor</name>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="33"/>
        <source>Go to the Cluster step</source>
        <translation>Gå till steget Gruppera</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="49"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="52"/>
        <source>(untitled theme)</source>
        <translation>(tema utan namn)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="55"/>
        <source>theme “%1”</source>
        <translation>temat ”%1”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="59"/>
        <source>No themes yet for this question. Group the notes into themes in the Cluster step; here you then write each theme up.</source>
        <translation>Inga teman ännu för den här frågan. Samla lapparna i teman i steget Gruppera; här skriver du sedan ihop varje tema.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="69"/>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="93"/>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="72"/>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="94"/>
        <source>Synthesis</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="74"/>
        <source>What did the participants say about this theme, in a few sentences?</source>
        <translation>Vad sa deltagarna om det här temat, med några meningar?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="78"/>
        <source>Notes of this theme; checked notes are quoted</source>
        <translation>Temats lappar; markerade lappar citeras</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="83"/>
        <source>Check the notes to quote in the report.</source>
        <translation>Markera de lappar som ska citeras i rapporten.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="85"/>
        <source>Opinions were divided</source>
        <translation>Åsikterna gick isär</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="89"/>
        <source>How opinions were divided</source>
        <translation>Hur åsikterna gick isär</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="90"/>
        <source>How were opinions divided?</source>
        <translation>Hur gick åsikterna isär?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="95"/>
        <source>Quotes</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="123"/>
        <source>Quote note</source>
        <translation>Citera lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/synthesis_editor.py" line="123"/>
        <source>Unquote note</source>
        <translation>Sluta citera lapp</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="42"/>
        <source>Step timer</source>
        <extracomment>The time of the shown timer is up (after the signal has been given).</extracomment>
        <translation>Stegets timer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="52"/>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="57"/>
        <location filename="../../workshop_app/gui/timer_widget.py" line="237"/>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="61"/>
        <location filename="../../workshop_app/gui/timer_widget.py" line="63"/>
        <location filename="../../workshop_app/gui/timer_widget.py" line="127"/>
        <location filename="../../workshop_app/gui/timer_widget.py" line="128"/>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="65"/>
        <location filename="../../workshop_app/gui/timer_widget.py" line="129"/>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="67"/>
        <location filename="../../workshop_app/gui/timer_widget.py" line="130"/>
        <source>Add one minute</source>
        <translation>Lägg till en minut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="69"/>
        <location filename="../../workshop_app/gui/timer_widget.py" line="190"/>
        <source>Stop input when time is up</source>
        <translation>Stäng inmatningen när tiden är ute</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="80"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="81"/>
        <source>Time box in minutes</source>
        <translation>Tidsram i minuter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="82"/>
        <source>The length of this step&apos;s time box</source>
        <translation>Hur lång tidsramen för det här steget är</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="84"/>
        <source>Time box:</source>
        <translation>Tidsram:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="192"/>
        <source>Keep input open when time is up</source>
        <translation>Låt inmatningen vara öppen när tiden är ute</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="233"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="235"/>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="240"/>
        <source>Time is up!</source>
        <translation>Tiden är ute!</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="242"/>
        <source>Continue</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="243"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/timer_widget.py" line="245"/>
        <source>Ready to start</source>
        <translation>Redo att starta</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../workshop_app/gui/undo.py" line="44"/>
        <source>Undo: %1</source>
        <extracomment>Writes through the session: returns the Changes, or None when the write failed (the session has then said so). The text names what was attempted, for the message; the place is where the action was done (the session shows it again).</extracomment>
        <translation>Ångra: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/undo.py" line="49"/>
        <source>Redo: %1</source>
        <translation>Gör om: %1</translation>
    </message>
</context>
<context>
    <name>VotePage</name>
    <message>
        <location filename="../../workshop_app/gui/vote_page.py" line="34"/>
        <source>Votes per theme</source>
        <translation>Röster per tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/vote_page.py" line="37"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/vote_page.py" line="38"/>
        <source>Counted by hand</source>
        <translation>Räknat för hand</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/vote_page.py" line="39"/>
        <source>This workshop</source>
        <translation>Denna workshop</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/vote_page.py" line="40"/>
        <source>All workshops</source>
        <translation>Alla workshoppar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/vote_page.py" line="48"/>
        <source>No themes yet: group the notes in the Cluster step first.</source>
        <translation>Inga teman än: gruppera lapparna i steget Gruppera först.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/vote_page.py" line="64"/>
        <source>Count votes for “%1”</source>
        <translation>Räkna röster för ”%1”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/vote_page.py" line="84"/>
        <source>(untitled theme)</source>
        <translation>(tema utan namn)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/vote_page.py" line="94"/>
        <source>Dots counted by hand for %1</source>
        <translation>Prickar räknade för hand för %1</translation>
    </message>
</context>
<context>
    <name>WordingBanner</name>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="338"/>
        <source>Edit it</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="341"/>
        <source>It still fits</source>
        <translation>Den stämmer fortfarande</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="360"/>
        <source>The title still reads as the template wrote it: “%1”.</source>
        <translation>Rubriken är fortfarande mallens: ”%1”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="362"/>
        <source>The subtitle still reads as the template wrote it: “%1”.</source>
        <translation>Underrubriken är fortfarande mallens: ”%1”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="364"/>
        <source>The title and subtitle still read as the template wrote them: “%1”.</source>
        <translation>Rubriken och underrubriken är fortfarande mallens: ”%1”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="369"/>
        <source>Does it still fit the goal and the perspectives?</source>
        <translation>Stämmer det fortfarande med målet och perspektiven?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="374"/>
        <source>Keep the template&apos;s wording</source>
        <translation>Behåll mallens formulering</translation>
    </message>
</context>
<context>
    <name>WorkshopsEditor</name>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="173"/>
        <source>Workshops</source>
        <translation>Workshoppar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="179"/>
        <source>workshop “%1”</source>
        <translation>workshopen ”%1”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="182"/>
        <source>No workshops yet. Add one for each meeting where the questions are asked.</source>
        <translation>Inga workshoppar ännu. Lägg till en för varje träff där frågorna ställs.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="185"/>
        <source>Add workshop</source>
        <translation>Lägg till workshop</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="192"/>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="199"/>
        <source>Workshop title</source>
        <translation>Workshoppens namn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="202"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="216"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="207"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="217"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="210"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="218"/>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="213"/>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="219"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/setup_dialog.py" line="215"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../workshop_app/gui/workspace.py" line="65"/>
        <source>← Previous step</source>
        <extracomment>Steps whose page needs the height: their header is compact (the timer in one row). The workspace shows this `Place` now: its page, header, timer and step buttons. The shown step&apos;s timer is another one now (each question&apos;s step has its own). The header&apos;s &quot;Board only&quot; button was pressed (the main window&apos;s action follows).</extracomment>
        <translation>← Föregående steg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/workspace.py" line="68"/>
        <location filename="../../workshop_app/gui/workspace.py" line="157"/>
        <source>Next step →</source>
        <translation>Nästa steg →</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/workspace.py" line="124"/>
        <source>Show the agenda again</source>
        <translation>Visa agendan igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/workspace.py" line="124"/>
        <source>Board only</source>
        <translation>Bara tavlan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/workspace.py" line="157"/>
        <source>Next question →</source>
        <translation>Nästa fråga →</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="40"/>
        <source>Time is up: input is closed.</source>
        <translation>Tiden är ute: inmatningen är stängd.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="41"/>
        <source>Reopen input</source>
        <translation>Öppna inmatningen igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="47"/>
        <location filename="../../workshop_app/gui/write_page.py" line="50"/>
        <source>Dictated note</source>
        <translation>Dikterad lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="51"/>
        <source>Type what the participant says…</source>
        <translation>Skriv det deltagaren säger…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="55"/>
        <source>Add note (Ctrl+Enter)</source>
        <translation>Lägg till lapp (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="70"/>
        <source>Notes for this question in this workshop</source>
        <translation>Lappar för den här frågan i den här workshoppen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="77"/>
        <source>Remove note</source>
        <translation>Ta bort lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="112"/>
        <source>The note is too long: %1 characters, at most %2.</source>
        <translation>Lappen är för lång: %1 tecken, högst %2.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="132"/>
        <source>Add note “%1”</source>
        <translation>Lägg till lappen ”%1”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="143"/>
        <source>Remove note “%1”</source>
        <translation>Ta bort lappen ”%1”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/write_page.py" line="173"/>
        <source>Notes in this workshop: %1</source>
        <translation>Lappar i denna workshop: %1</translation>
    </message>
</context>
</TS>
