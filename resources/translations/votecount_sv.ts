<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>VotePage</name>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="320"/>
        <source>Counted by hand</source>
        <translation>Räknat för hand</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="321"/>
        <source>This workshop</source>
        <translation>Denna workshop</translation>
    </message>
    <message>
        <location filename="../../workshop_app/gui/steps.py" line="372"/>
        <source>Dots counted by hand for %1</source>
        <translation>Prickar räknade för hand för %1</translation>
    </message>
</context>
</TS>
