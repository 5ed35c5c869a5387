<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ParticipantEntry</name>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="49"/>
        <source>Choose a question first</source>
        <translation>Välj en fråga först</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="50"/>
        <source>Choose a workshop and a question before starting the shared screen.</source>
        <translation>Välj en workshop och en fråga innan du startar den delade skärmen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="77"/>
        <source>No themes yet</source>
        <translation>Inga teman än</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="78"/>
        <source>Group the notes into themes before voting on them.</source>
        <translation>Gruppera lapparna i teman innan ni röstar på dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/__init__.py" line="89"/>
        <source>Start dot voting</source>
        <translation>Starta prickröstning</translation>
    </message>
</context>
<context>
    <name>ParticipantWindow</name>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="142"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="143"/>
        <source>Participant mode</source>
        <extracomment>Emitted with the note&apos;s text right after its confirmation is shown. Emitted when a turn ends (Next person, or nobody used the screen for a while).</extracomment>
        <translation>Deltagarläge</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="160"/>
        <source>Facilitator…</source>
        <extracomment>What the turn list shows: note id -&gt; text (to tell others&apos; edits from ours).</extracomment>
        <translation>Processledare…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="162"/>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="164"/>
        <source>Leave participant mode; needs the facilitator&apos;s PIN.</source>
        <translation>Lämna deltagarläget; kräver processledarens PIN-kod.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="172"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="224"/>
        <source>Who are you writing as?</source>
        <translation>Vem skriver du som?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="236"/>
        <source>Write your notes as %1.</source>
        <translation>Skriv dina lappar som %1.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="244"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="245"/>
        <source>Continue without choosing</source>
        <translation>Fortsätt utan att välja</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="246"/>
        <source>Write without saying who you are writing as.</source>
        <translation>Skriv utan att ange vem du skriver som.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="266"/>
        <source>Your note</source>
        <translation>Din lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="268"/>
        <source>Type one idea. Enter adds the note, Shift+Enter starts a new line.</source>
        <translation>Skriv en idé. Enter lägger till lappen, Skift+Enter ger en ny rad.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="270"/>
        <source>Type one idea per note…</source>
        <translation>Skriv en idé per lapp …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="551"/>
        <source>Enter adds your note · Shift+Enter starts a new line · Notes are anonymous.</source>
        <translation>Enter lägger till lappen · Skift+Enter ger ny rad · Lapparna är anonyma.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="278"/>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="210"/>
        <source>Are you still here?</source>
        <translation>Är du kvar?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="212"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="213"/>
        <source>I am still here</source>
        <translation>Jag är kvar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="214"/>
        <source>Keep this turn going.</source>
        <translation>Fortsätt den här turen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="281"/>
        <source>Characters used</source>
        <translation>Använda tecken</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="287"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="289"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="446"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="592"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="626"/>
        <source>Add note</source>
        <translation>Lägg till lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="290"/>
        <source>Save the note (same as Enter).</source>
        <translation>Spara lappen (samma som Enter).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="294"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="295"/>
        <source>Cancel editing</source>
        <translation>Avbryt ändringen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="296"/>
        <source>Keep the note as it was.</source>
        <translation>Behåll lappen som den var.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="303"/>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="312"/>
        <source>Notes in this turn</source>
        <translation>Lappar i din tur</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="314"/>
        <source>Only you see these, and only until the next person starts.</source>
        <translation>Bara du ser dem, och bara tills nästa person börjar.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="330"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="331"/>
        <source>Next person</source>
        <translation>Nästa person</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="333"/>
        <source>Finish your turn; your notes are saved and hidden from the next person.</source>
        <translation>Avsluta din tur; dina lappar är sparade och dolda för nästa person.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="346"/>
        <source>The note in the box is not saved yet.</source>
        <translation>Lappen i rutan är inte sparad än.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="351"/>
        <source>Save it</source>
        <translation>Spara den</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="351"/>
        <source>Save the note, then finish the turn.</source>
        <translation>Spara lappen och avsluta sedan turen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="354"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="355"/>
        <source>Throw it away</source>
        <translation>Släng den</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="356"/>
        <source>Finish the turn without saving the note in the box.</source>
        <translation>Avsluta turen utan att spara lappen i rutan.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="359"/>
        <source>Keep writing</source>
        <translation>Skriv vidare</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="359"/>
        <source>Go back to the note.</source>
        <translation>Gå tillbaka till lappen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="376"/>
        <source>Time is up — thank you! Writing is closed now; please wait for the facilitator.</source>
        <translation>Tiden är ute — tack! Skrivandet är stängt nu; vänta på processledaren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="381"/>
        <source>Writing is closed</source>
        <translation>Skrivandet är stängt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="398"/>
        <source>No question chosen</source>
        <translation>Ingen fråga vald</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="470"/>
        <source>Writing as: %1</source>
        <translation>Du skriver som: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="506"/>
        <source>Are you still here? This turn ends in %1 s.</source>
        <translation>Är du kvar? Turen avslutas om %1 s.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="540"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="564"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Lappen är för lång: högst %1 tecken.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="571"/>
        <source>The note is empty. Write something first.</source>
        <translation>Lappen är tom. Skriv något först.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="575"/>
        <source>No question is open. Please ask the facilitator.</source>
        <translation>Ingen fråga är öppen. Fråga processledaren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="581"/>
        <source>Thank you — your change is saved</source>
        <translation>Tack — din ändring är sparad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="584"/>
        <source>Thank you — your note is saved</source>
        <translation>Tack — din lapp är sparad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="587"/>
        <source>The note could not be saved: %1</source>
        <translation>Lappen kunde inte sparas: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="617"/>
        <source>Save change</source>
        <translation>Spara ändringen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="620"/>
        <source>You are changing one of your notes. Enter saves the change.</source>
        <translation>Du ändrar en av dina lappar. Enter sparar ändringen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="640"/>
        <source>Your note is erased</source>
        <translation>Din lapp är raderad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="694"/>
        <source>Your notes in this turn: %1</source>
        <translation>Dina lappar i den här turen: %1</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="61"/>
        <source>Only the facilitator can leave this screen.</source>
        <extracomment>How long a turn may stay untouched before it ends, unless the facilitator chooses. The right PIN was entered. The person chose to go back to the locked screen.</extracomment>
        <translation>Bara processledaren kan lämna den här skärmen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="68"/>
        <source>Facilitator PIN</source>
        <translation>Processledarens PIN-kod</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="69"/>
        <source>Type the PIN and press Enter to leave.</source>
        <translation>Skriv PIN-koden och tryck Enter för att lämna.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="73"/>
        <source>PIN message</source>
        <translation>Meddelande om PIN-koden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="80"/>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="83"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="84"/>
        <source>Check the PIN and leave this screen.</source>
        <translation>Kontrollera PIN-koden och lämna skärmen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="85"/>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="88"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="89"/>
        <source>Return to the screen without leaving.</source>
        <translation>Gå tillbaka till skärmen utan att lämna.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="111"/>
        <source>No facilitator PIN is set for this screen. End the app and run workshop-app reset-pin to choose a new one.</source>
        <translation>Ingen PIN-kod är vald för den här skärmen. Avsluta appen och kör workshop-app reset-pin för att välja en ny.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="133"/>
        <source>Type the PIN, then press Enter.</source>
        <translation>Skriv PIN-koden och tryck sedan Enter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="146"/>
        <source>That PIN is not right.</source>
        <translation>PIN-koden stämmer inte.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="161"/>
        <source>That PIN is not right. Try again in %1 s.</source>
        <translation>PIN-koden stämmer inte. Försök igen om %1 s.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="169"/>
        <source>You can try again now.</source>
        <translation>Du kan försöka igen nu.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="105"/>
        <location filename="../../workshop_app/gui/presentation/window.py" line="106"/>
        <source>Presentation</source>
        <extracomment>Smallest note text and question, in pixels (read from the back of a room). Seconds each page of notes shows when they need more than one. Locked screens leave this window visible when it is on another screen (the projector).</extracomment>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="125"/>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="130"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="240"/>
        <source>No question chosen yet.</source>
        <translation>Ingen fråga är vald än.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="249"/>
        <source>%1 notes so far. They are shown when the facilitator reveals them.</source>
        <translation>%1 lappar hittills. De visas när processledaren visar dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="253"/>
        <source>No notes yet.</source>
        <translation>Inga lappar än.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="260"/>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="324"/>
        <location filename="../../workshop_app/gui/presentation/window.py" line="436"/>
        <source>(theme without a name)</source>
        <translation>(tema utan namn)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="325"/>
        <source>Not in a theme yet</source>
        <translation>Inte i något tema än</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="333"/>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="423"/>
        <source>Dot voting has not started yet.</source>
        <translation>Prickröstningen har inte börjat än.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="429"/>
        <source>Voting in progress: %1 people have voted. The results are shown when the facilitator reveals them.</source>
        <translation>Röstning pågår: %1 personer har röstat. Resultatet visas när processledaren visar det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/presentation/window.py" line="456"/>
        <source>%1: %2 dots</source>
        <translation>%1: %2 prickar</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="44"/>
        <source>Start dot voting</source>
        <translation>Starta prickröstning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="48"/>
        <source>Each person votes in turn on the %1 themes of this question.</source>
        <translation>Var och en röstar i tur och ordning på frågans %1 teman.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="57"/>
        <source>Dots per person</source>
        <translation>Prickar per person</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="58"/>
        <source>How many dots each person places.</source>
        <translation>Hur många prickar varje person sätter ut.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="62"/>
        <source>Most dots on one theme</source>
        <translation>Flest prickar på ett tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="64"/>
        <source>The most dots one person can put on a single theme.</source>
        <translation>Det största antal prickar en person kan sätta på ett tema.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="66"/>
        <source>Dots per person:</source>
        <translation>Prickar per person:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="67"/>
        <source>Most dots on one theme:</source>
        <translation>Flest prickar på ett tema:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="70"/>
        <source>Start voting</source>
        <translation>Starta röstningen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="71"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="188"/>
        <source>Choose a facilitator PIN</source>
        <translation>Välj en PIN-kod för processledaren</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="193"/>
        <source>Participants cannot leave the shared screen without this PIN. Choose at least 4 characters and remember them.</source>
        <translation>Deltagarna kan inte lämna den delade skärmen utan den här PIN-koden. Välj minst 4 tecken och kom ihåg dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="201"/>
        <source>New PIN</source>
        <translation>Ny PIN-kod</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="202"/>
        <source>The same PIN again</source>
        <translation>Samma PIN-kod igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="210"/>
        <source>At least 4 characters.</source>
        <translation>Minst 4 tecken.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="211"/>
        <source>Type the PIN once more to check it.</source>
        <translation>Skriv PIN-koden en gång till som kontroll.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="213"/>
        <source>End a turn after this many minutes without typing:</source>
        <translation>Avsluta en tur efter så här många minuter utan att någon skriver:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="218"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="219"/>
        <source>Minutes before an untouched turn ends</source>
        <translation>Minuter innan en orörd tur avslutas</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="221"/>
        <source>When nobody types or clicks for this long, the next person starts.</source>
        <translation>När ingen skriver eller klickar på så här länge börjar nästa person.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="231"/>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="233"/>
        <source>Save PIN</source>
        <translation>Spara PIN-koden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="234"/>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="235"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="248"/>
        <source>The PIN needs at least 4 characters.</source>
        <translation>PIN-koden behöver minst 4 tecken.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="251"/>
        <source>The two PINs differ. Type them again.</source>
        <translation>PIN-koderna skiljer sig åt. Skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/pin_prompt.py" line="261"/>
        <source>The PIN could not be saved: %1</source>
        <translation>PIN-koden kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>ThemeRow</name>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="86"/>
        <source>(theme without a name)</source>
        <translation>(tema utan namn)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="100"/>
        <source>Remove a dot from %1</source>
        <translation>Ta bort en prick från %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="101"/>
        <source>Minus key does the same.</source>
        <translation>Minustangenten gör samma sak.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="102"/>
        <source>Add a dot to %1</source>
        <translation>Lägg en prick på %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="103"/>
        <source>Plus key does the same.</source>
        <translation>Plustangenten gör samma sak.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="128"/>
        <source>%1: %2 dots</source>
        <translation>%1: %2 prickar</translation>
    </message>
</context>
<context>
    <name>TurnNoteRow</name>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="66"/>
        <source>Your note %1</source>
        <extracomment>Seconds between &quot;Are you still here?&quot; and the end of an untouched turn.</extracomment>
        <translation>Din lapp %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="74"/>
        <source>Edit</source>
        <translation>Ändra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="79"/>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="80"/>
        <source>Erase note %1</source>
        <translation>Radera lapp %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="81"/>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="103"/>
        <source>Erase this note for good; nobody will see it.</source>
        <translation>Radera lappen för gott; ingen kommer att se den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="90"/>
        <source>Erase this note for good? Nobody will see it, and it cannot be brought back.</source>
        <translation>Radera lappen för gott? Ingen kommer att se den, och den går inte att få tillbaka.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="98"/>
        <source>Do not erase this note.</source>
        <translation>Radera inte den här lappen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="101"/>
        <source>Erase it</source>
        <translation>Radera den</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="102"/>
        <source>Erase note %1 now</source>
        <translation>Radera lapp %1 nu</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="75"/>
        <source>Edit note %1</source>
        <translation>Ändra lapp %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="76"/>
        <source>Put this note back in the box to change it.</source>
        <translation>Lägg tillbaka lappen i rutan för att ändra den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="96"/>
        <source>Keep it</source>
        <translation>Behåll den</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/participant_window.py" line="97"/>
        <source>Keep note %1</source>
        <translation>Behåll lapp %1</translation>
    </message>
</context>
<context>
    <name>VotingWindow</name>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="162"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="163"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="168"/>
        <source>Dot voting</source>
        <extracomment>Emitted with the ballot&apos;s changes after each confirmed ballot.</extracomment>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="171"/>
        <source>Facilitator…</source>
        <translation>Processledare…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="173"/>
        <source>Facilitator</source>
        <translation>Processledare</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="175"/>
        <source>Leave dot voting; needs the facilitator&apos;s PIN.</source>
        <translation>Lämna prickröstningen; kräver processledarens PIN-kod.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="184"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="217"/>
        <source>You have %1 dots. Put at most %2 on one theme.</source>
        <translation>Du har %1 prickar. Sätt högst %2 på ett tema.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="224"/>
        <source>Dots left</source>
        <translation>Prickar kvar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="251"/>
        <source>Tab moves between themes; + and − place and remove dots. Nobody sees the results until the facilitator shows them.</source>
        <translation>Tabb flyttar mellan teman; + och − sätter ut och tar bort prickar. Ingen ser resultatet förrän processledaren visar det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="257"/>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="259"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="260"/>
        <source>Confirm my votes</source>
        <translation>Bekräfta mina röster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="262"/>
        <source>Save your dots; they cannot be seen by the next person.</source>
        <translation>Spara dina prickar; nästa person kan inte se dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="273"/>
        <source>Thank you — your votes are saved.</source>
        <translation>Tack — dina röster är sparade.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="276"/>
        <source>Confirmation</source>
        <translation>Bekräftelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="284"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="285"/>
        <source>Next person</source>
        <translation>Nästa person</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="286"/>
        <source>Start a new, empty ballot.</source>
        <translation>Börja en ny, tom röstsedel.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="302"/>
        <source>Dots left: %1</source>
        <translation>Prickar kvar: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="327"/>
        <source>Ballots so far: %1</source>
        <translation>Röstsedlar hittills: %1</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="338"/>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="339"/>
        <source>Reveal the results to the room</source>
        <translation>Visa resultatet för rummet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="341"/>
        <source>Show the dot totals in presentation mode after leaving.</source>
        <translation>Visa prickarna i presentationsläget när du lämnar.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/participant/voting_window.py" line="348"/>
        <source>Reveal vote results</source>
        <translation>Visa röstresultatet</translation>
    </message>
</context>
</TS>
