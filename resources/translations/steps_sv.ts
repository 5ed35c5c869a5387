<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>VotePage</name>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="347"/>
        <source>Counted by hand</source>
        <translation>Räknat för hand</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="348"/>
        <source>This workshop</source>
        <translation>Denna workshop</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="398"/>
        <source>Dots counted by hand for %1</source>
        <translation>Prickar räknade för hand för %1</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="252"/>
        <source>The note is too long: %1 characters, at most %2.</source>
        <translation>Lappen är för lång: %1 tecken, högst %2.</translation>
    </message>
</context>
</TS>
