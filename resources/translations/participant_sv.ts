<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ParticipantEntry</name>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="54"/>
        <source>Choose a question first</source>
        <translation>Välj en fråga först</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="55"/>
        <source>Choose a workshop and a question before starting the shared screen.</source>
        <translation>Välj en workshop och en fråga innan du startar den delade skärmen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="80"/>
        <source>No themes yet</source>
        <translation>Inga teman än</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="81"/>
        <source>Group the notes into themes before voting on them.</source>
        <translation>Gruppera lapparna i teman innan ni röstar på dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="90"/>
        <source>Start dot voting</source>
        <translation>Starta prickröstning</translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="126"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="127"/>
        <source>Participant mode</source>
        <extracomment>Emitted with the note&apos;s text right after its confirmation is shown.</extracomment>
        <translation>Deltagarläge</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="140"/>
        <source>Facilitator…</source>
        <translation>Samtalsledare…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="142"/>
        <source>Facilitator</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="144"/>
        <source>Leave participant mode; needs the facilitator&apos;s PIN.</source>
        <translation>Lämna deltagarläget; kräver samtalsledarens PIN-kod.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="152"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="176"/>
        <source>Who are you writing as?</source>
        <translation>Vem skriver du som?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="188"/>
        <source>Write your notes as %1.</source>
        <translation>Skriv dina lappar som %1.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="196"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="199"/>
        <source>Continue without choosing</source>
        <translation>Fortsätt utan att välja</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="201"/>
        <source>Write without saying who you are writing as.</source>
        <translation>Skriv utan att ange vem du skriver som.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="221"/>
        <source>Your note</source>
        <translation>Din lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="223"/>
        <source>Type one idea. Enter adds the note, Shift+Enter starts a new line.</source>
        <translation>Skriv en idé. Enter lägger till lappen, Skift+Enter ger en ny rad.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="225"/>
        <source>Type one idea per note…</source>
        <translation>Skriv en idé per lapp …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="232"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="384"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="409"/>
        <source>Enter adds your note · Shift+Enter starts a new line · Notes are anonymous.</source>
        <translation>Enter lägger till lappen · Skift+Enter ger ny rad · Lapparna är anonyma.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="236"/>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="239"/>
        <source>Characters used</source>
        <translation>Använda tecken</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="245"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="247"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="345"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="448"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="488"/>
        <source>Add note</source>
        <translation>Lägg till lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="248"/>
        <source>Save the note (same as Enter).</source>
        <translation>Spara lappen (samma som Enter).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="251"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="254"/>
        <source>Cancel editing</source>
        <translation>Avbryt ändringen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="255"/>
        <source>Keep the note as it was.</source>
        <translation>Behåll lappen som den var.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="261"/>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="270"/>
        <source>Notes in this turn</source>
        <translation>Lappar i din tur</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="272"/>
        <source>Only you see these, and only until the next person starts.</source>
        <translation>Bara du ser dem, och bara tills nästa person börjar.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="286"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="287"/>
        <source>Next person</source>
        <translation>Nästa person</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="289"/>
        <source>Finish your turn; your notes are saved and hidden from the next person.</source>
        <translation>Avsluta din tur; dina lappar är sparade och dolda för nästa person.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="303"/>
        <source>Time is up — thank you! Writing is closed now; please wait for the facilitator.</source>
        <translation>Tiden är ute — tack! Skrivandet är stängt nu; vänta på samtalsledaren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="308"/>
        <source>Writing is closed</source>
        <translation>Skrivandet är stängt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="327"/>
        <source>No question chosen</source>
        <translation>Ingen fråga vald</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="375"/>
        <source>Writing as: %1</source>
        <translation>Du skriver som: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="398"/>
        <location filename="../../workshop_app/gui/participant/capture.py" line="425"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Lappen är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="422"/>
        <source>The note is empty. Write something first.</source>
        <translation>Lappen är tom. Skriv något först.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="432"/>
        <source>No question is open. Please ask the facilitator.</source>
        <translation>Ingen fråga är öppen. Fråga samtalsledaren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="438"/>
        <source>Thank you — your change is saved</source>
        <translation>Tack — din ändring är sparad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="441"/>
        <source>Thank you — your note is saved</source>
        <translation>Tack — din lapp är sparad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="443"/>
        <source>The note could not be saved: %1</source>
        <translation>Lappen kunde inte sparas: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="479"/>
        <source>Save change</source>
        <translation>Spara ändringen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="482"/>
        <source>You are changing one of your notes. Enter saves the change.</source>
        <translation>Du ändrar en av dina lappar. Enter sparar ändringen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="502"/>
        <source>Your note is withdrawn</source>
        <translation>Din lapp är borttagen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="545"/>
        <source>Your notes in this turn: %1</source>
        <translation>Dina lappar i den här turen: %1</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="69"/>
        <location filename="../../workshop_app/gui/participant/common.py" line="78"/>
        <source>Facilitator PIN</source>
        <extracomment>Colours of the participant screens: calm, high contrast (WCAG AA or better).</extracomment>
        <translation>Samtalsledarens PIN-kod</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="72"/>
        <source>Only the facilitator can leave this screen.</source>
        <translation>Bara samtalsledaren kan lämna den här skärmen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="79"/>
        <source>Type the PIN and press Enter to leave.</source>
        <translation>Skriv PIN-koden och tryck Enter för att lämna.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="83"/>
        <source>PIN message</source>
        <translation>Meddelande om PIN-koden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="88"/>
        <location filename="../../workshop_app/gui/participant/common.py" line="90"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="91"/>
        <source>Check the PIN and leave this screen.</source>
        <translation>Kontrollera PIN-koden och lämna skärmen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="92"/>
        <location filename="../../workshop_app/gui/participant/common.py" line="93"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="95"/>
        <source>Return to the screen without leaving.</source>
        <translation>Gå tillbaka till skärmen utan att lämna.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="108"/>
        <source>No facilitator PIN is set for this file.</source>
        <translation>Ingen PIN-kod är vald för den här filen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="122"/>
        <source>That PIN is not right.</source>
        <translation>PIN-koden stämmer inte.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="133"/>
        <source>That PIN is not right. Try again in %1 s.</source>
        <translation>PIN-koden stämmer inte. Försök igen om %1 s.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="67"/>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="68"/>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="87"/>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="91"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="176"/>
        <source>No question chosen yet.</source>
        <translation>Ingen fråga är vald än.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="185"/>
        <source>%1 notes so far. They are shown when the facilitator reveals them.</source>
        <translation>%1 lappar hittills. De visas när samtalsledaren visar dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="232"/>
        <source>No notes yet.</source>
        <translation>Inga lappar än.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="255"/>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="300"/>
        <source>(theme without a name)</source>
        <translation>(tema utan namn)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="256"/>
        <source>Not in a theme yet</source>
        <translation>Inte i något tema än</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="270"/>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="287"/>
        <source>Dot voting has not started yet.</source>
        <translation>Prickröstningen har inte börjat än.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="293"/>
        <source>Voting in progress: %1 people have voted. The results are shown when the facilitator reveals them.</source>
        <translation>Röstning pågår: %1 personer har röstat. Resultatet visas när samtalsledaren visar det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/presentation.py" line="312"/>
        <source>%1: %2 dots</source>
        <translation>%1: %2 prickar</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="50"/>
        <source>Start dot voting</source>
        <translation>Starta prickröstning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="54"/>
        <source>Each person votes in turn on the %1 themes of this question.</source>
        <translation>Var och en röstar i tur och ordning på frågans %1 teman.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="63"/>
        <source>Dots per person</source>
        <translation>Prickar per person</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="64"/>
        <source>How many dots each person places.</source>
        <translation>Hur många prickar varje person sätter ut.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="68"/>
        <source>Most dots on one theme</source>
        <translation>Flest prickar på ett tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="70"/>
        <source>The most dots one person can put on a single theme.</source>
        <translation>Det största antal prickar en person kan sätta på ett tema.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="72"/>
        <source>Dots per person:</source>
        <translation>Prickar per person:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="73"/>
        <source>Most dots on one theme:</source>
        <translation>Flest prickar på ett tema:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="76"/>
        <source>Start voting</source>
        <translation>Starta röstningen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="77"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="150"/>
        <source>Choose a facilitator PIN</source>
        <translation>Välj en PIN-kod för samtalsledaren</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="155"/>
        <source>Participants cannot leave the shared screen without this PIN. Choose at least 4 characters and remember them.</source>
        <translation>Deltagarna kan inte lämna den delade skärmen utan den här PIN-koden. Välj minst 4 tecken och kom ihåg dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="163"/>
        <source>New PIN</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="164"/>
        <source>The same PIN again</source>
        <translation>Samma PIN-kod igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="172"/>
        <source>At least 4 characters.</source>
        <translation>Minst 4 tecken.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="173"/>
        <source>Type the PIN once more to check it.</source>
        <translation>Skriv PIN-koden en gång till som kontroll.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="178"/>
        <location filename="../../workshop_app/gui/participant/common.py" line="180"/>
        <source>Save PIN</source>
        <translation>Spara PIN-koden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="181"/>
        <location filename="../../workshop_app/gui/participant/common.py" line="182"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="195"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN-koden behöver minst 4 tecken.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="198"/>
        <source>The two PINs differ. Type them again.</source>
        <translation>PIN-koderna skiljer sig åt. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/common.py" line="206"/>
        <source>The PIN could not be saved: %1</source>
        <translation>PIN-koden kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>ThemeRow</name>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="91"/>
        <source>(theme without a name)</source>
        <translation>(tema utan namn)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="105"/>
        <source>Remove a dot from %1</source>
        <translation>Ta bort en prick från %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="106"/>
        <source>Minus key does the same.</source>
        <translation>Minustangenten gör samma sak.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="107"/>
        <source>Add a dot to %1</source>
        <translation>Lägg en prick på %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="108"/>
        <source>Plus key does the same.</source>
        <translation>Plustangenten gör samma sak.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="133"/>
        <source>%1: %2 dots</source>
        <translation>%1: %2 prickar</translation>
    </message>
</context>
<context>
    <name>TurnNoteRow</name>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="92"/>
        <source>Your note %1</source>
        <translation>Din lapp %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="96"/>
        <source>Edit</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="97"/>
        <source>Withdraw</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="101"/>
        <source>Edit note %1</source>
        <translation>Ändra lapp %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="102"/>
        <source>Put this note back in the box to change it.</source>
        <translation>Lägg tillbaka lappen i rutan för att ändra den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="106"/>
        <source>Withdraw note %1</source>
        <translation>Ta bort lapp %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/capture.py" line="107"/>
        <source>Take this note back; it will not be used.</source>
        <translation>Ta tillbaka lappen; den kommer inte att användas.</translation>
    </message>
</context>
<context>
    <name>VotingWindow</name>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="159"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="160"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="167"/>
        <source>Dot voting</source>
        <extracomment>Emitted with the ballot&apos;s changes after each confirmed ballot.</extracomment>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="170"/>
        <source>Facilitator…</source>
        <translation>Samtalsledare…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="172"/>
        <source>Facilitator</source>
        <translation>Samtalsledare</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="174"/>
        <source>Leave dot voting; needs the facilitator&apos;s PIN.</source>
        <translation>Lämna prickröstningen; kräver samtalsledarens PIN-kod.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="183"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="198"/>
        <source>You have %1 dots. Put at most %2 on one theme.</source>
        <translation>Du har %1 prickar. Sätt högst %2 på ett tema.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="205"/>
        <source>Dots left</source>
        <translation>Prickar kvar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="232"/>
        <source>Tab moves between themes; + and − place and remove dots. Nobody sees the results until the facilitator shows them.</source>
        <translation>Tabb flyttar mellan teman; + och − sätter ut och tar bort prickar. Ingen ser resultatet förrän samtalsledaren visar det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="238"/>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="240"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="241"/>
        <source>Confirm my votes</source>
        <translation>Bekräfta mina röster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="243"/>
        <source>Save your dots; they cannot be seen by the next person.</source>
        <translation>Spara dina prickar; nästa person kan inte se dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="254"/>
        <source>Thank you — your votes are saved.</source>
        <translation>Tack — dina röster är sparade.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="257"/>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="265"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="266"/>
        <source>Next person</source>
        <translation>Nästa person</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="267"/>
        <source>Start a new, empty ballot.</source>
        <translation>Börja en ny, tom röstsedel.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="283"/>
        <source>Dots left: %1</source>
        <translation>Prickar kvar: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="308"/>
        <source>Ballots so far: %1</source>
        <translation>Röstsedlar hittills: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="318"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="319"/>
        <source>Reveal the results to the room</source>
        <translation>Visa resultatet för rummet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="321"/>
        <source>Show the dot totals in presentation mode after leaving.</source>
        <translation>Visa prickarna i presentationsläget när du lämnar.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="328"/>
        <source>Reveal vote results</source>
        <translation>Visa röstresultatet</translation>
    </message>
</context>
</TS>
