<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BoardScene</name>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="140"/>
        <source>Unclustered notes</source>
        <extracomment>Where the automatic layout starts (kept off (0, 0), which means &quot;unset&quot;). Cards made before the board&apos;s first frame, and then in each idle moment. Stands for a theme an action is about to create, while its moves are planned. An item to edit inline: a ThemeItem (rename) or a NoteItem (edit text). The set of items changed after a reload or an action (the view may want to fit). The notes&apos; items (a big board&apos;s are made in batches: see `finish_loading`). Every live note of the board: where it is, its theme, workshop and perspective (`board.places`), and the whole rows read so far (a big board reads them in batches as it makes their cards). The note whose most similar notes are highlighted (&quot;Show similar&quot;), or None. Automatic places (of rows whose stored place is unset), kept across undo. Those whose row is still unset: saved with the next action.</extracomment>
        <translation>Osorterade lappar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="837"/>
        <source>Move theme</source>
        <translation>Flytta tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="867"/>
        <source>Move note</source>
        <translation>Flytta lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="867"/>
        <source>Move notes</source>
        <translation>Flytta lappar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="874"/>
        <location filename="../../workshop_app/gui/board/scene.py" line="1030"/>
        <source>Take notes out of their theme</source>
        <translation>Ta ut lappar ur temat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="876"/>
        <location filename="../../workshop_app/gui/board/scene.py" line="924"/>
        <source>File notes in theme</source>
        <translation>Lägg lappar i tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="943"/>
        <location filename="../../workshop_app/gui/board/scene.py" line="949"/>
        <location filename="../../workshop_app/gui/board/scene.py" line="1003"/>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="983"/>
        <source>Merge themes</source>
        <translation>Slå ihop teman</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="997"/>
        <source>%1 (split)</source>
        <translation>%1 (delat)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="997"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="1015"/>
        <source>Dissolve theme</source>
        <translation>Lös upp tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="1015"/>
        <source>Dissolve themes</source>
        <translation>Lös upp teman</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="1041"/>
        <source>Mark as quote</source>
        <translation>Markera som citat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="1041"/>
        <source>Unmark quote</source>
        <translation>Ta bort citatmarkering</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="1050"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="1057"/>
        <source>Rename theme</source>
        <translation>Byt namn på tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="1063"/>
        <source>Edit note</source>
        <translation>Redigera lapp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="1083"/>
        <source>Tidy board</source>
        <translation>Städa tavlan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/scene.py" line="1140"/>
        <source>The picture could not be written.</source>
        <translation>Bilden kunde inte sparas.</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="89"/>
        <source>Find</source>
        <extracomment>&quot;Show similar&quot; highlights the notes most like this note (its id).</extracomment>
        <translation>Sök</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="90"/>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="93"/>
        <source>Search notes</source>
        <translation>Sök bland lapparna</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="94"/>
        <source>Search notes (Ctrl+F)</source>
        <translation>Sök bland lappar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="104"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="108"/>
        <source>Perspective</source>
        <translation>Perspektiv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="120"/>
        <source>Suggest groups</source>
        <translation>Föreslå grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="121"/>
        <source>Propose groups of similar unclustered notes</source>
        <translation>Föreslå grupper av liknande osorterade lappar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="113"/>
        <source>Show similar</source>
        <translation>Visa liknande</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="114"/>
        <source>Highlight the notes most like the selected note</source>
        <translation>Markera de lappar som mest liknar den valda</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="124"/>
        <source>Finding groups…</source>
        <translation>Letar efter grupper…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="129"/>
        <source>Finding groups</source>
        <translation>Letar efter grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="137"/>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="138"/>
        <source>Make a theme of the selected notes</source>
        <translation>Gör ett tema av de markerade lapparna</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="143"/>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="143"/>
        <source>Merge the selected themes</source>
        <translation>Slå ihop de markerade temana</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="146"/>
        <source>Split</source>
        <translation>Dela</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="147"/>
        <source>Selected notes of a theme become a new theme</source>
        <translation>Markerade lappar i ett tema blir ett nytt tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="152"/>
        <source>Dissolve</source>
        <translation>Lös upp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="153"/>
        <source>Remove the selected themes; their notes stay on the board</source>
        <translation>Ta bort de markerade temana; lapparna blir kvar på tavlan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="158"/>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="159"/>
        <source>Mark or unmark the selected notes as quotes</source>
        <translation>Markera eller avmarkera de markerade lapparna som citat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="165"/>
        <source>Tidy</source>
        <translation>Städa</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="165"/>
        <source>Arrange notes in grids and themes in rows</source>
        <translation>Ordna lapparna i rutnät och temana i rader</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="168"/>
        <source>Fit all</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="168"/>
        <source>Show the whole board</source>
        <translation>Visa hela tavlan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="171"/>
        <source>Fit selection</source>
        <translation>Visa markering</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="172"/>
        <source>Show the selected notes and themes</source>
        <translation>Visa de markerade lapparna och temana</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="177"/>
        <source>Export picture…</source>
        <translation>Exportera bild…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="178"/>
        <source>Save the board as a PNG or SVG picture</source>
        <translation>Spara tavlan som PNG- eller SVG-bild</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="187"/>
        <source>All workshops</source>
        <translation>Alla workshoppar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="188"/>
        <source>All perspectives</source>
        <translation>Alla perspektiv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="276"/>
        <source>%1 similar notes</source>
        <translation>%1 liknande lappar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="280"/>
        <source>1 match</source>
        <translation>1 träff</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="282"/>
        <source>%1 matches</source>
        <translation>%1 träffar</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="335"/>
        <source>Select one note to see the notes most like it.</source>
        <translation>Välj en lapp för att se de lappar som liknar den mest.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="439"/>
        <source>Export board picture</source>
        <translation>Exportera bild av tavlan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="440"/>
        <source>board.png</source>
        <translation>tavla.png</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="441"/>
        <source>PNG picture (*.png);;SVG picture (*.svg)</source>
        <translation>PNG-bild (*.png);;SVG-bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/widget.py" line="448"/>
        <source>Export picture</source>
        <translation>Exportera bild</translation>
    </message>
</context>
<context>
    <name>SuggestionsDialog</name>
    <message>
        <location filename="../../workshop_app/gui/board/suggestions_dialog.py" line="88"/>
        <location filename="../../workshop_app/gui/board/suggestions_dialog.py" line="109"/>
        <source>Suggested groups</source>
        <translation>Föreslagna grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/suggestions_dialog.py" line="95"/>
        <source>Groups of similar unclustered notes, found on this computer. Accept a group to make it a theme, edit its name first if you like, or reject it.</source>
        <translation>Grupper av liknande osorterade lappar, framtagna på den här datorn. Godta en grupp för att göra den till ett tema (ändra gärna namnet först), eller avvisa den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/suggestions_dialog.py" line="100"/>
        <source>No groups of similar unclustered notes were found.</source>
        <translation>Inga grupper av liknande osorterade lappar hittades.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/suggestions_dialog.py" line="116"/>
        <source>Theme name</source>
        <translation>Temats namn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/suggestions_dialog.py" line="123"/>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/suggestions_dialog.py" line="124"/>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/suggestions_dialog.py" line="186"/>
        <source>Accepted: the theme is on the board.</source>
        <translation>Godtagen: temat finns på tavlan.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/board/suggestions_dialog.py" line="187"/>
        <source>Rejected.</source>
        <translation>Avvisad.</translation>
    </message>
</context>
</TS>
