<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>backups_dialog</name>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation>
            <numerusform>%Ln win</numerusform>
            <numerusform>%Ln wins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hard moment(s)</source>
        <translation>
            <numerusform>%Ln hard moment</numerusform>
            <numerusform>%Ln hard moments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>data_dialog</name>
    <message numerus="yes">
        <source>Saved %Ln entr(y|ies) in {file}. Private entries stayed out.</source>
        <translation>
            <numerusform>Saved %Ln entry in {file}. Private entries stayed out.</numerusform>
            <numerusform>Saved %Ln entries in {file}. Private entries stayed out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hard_times_plan</name>
    <message numerus="yes">
        <source>The plan holds up to %n people.</source>
        <translation>
            <numerusform>The plan holds up to %n people.</numerusform>
            <numerusform>The plan holds up to %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>journal_page</name>
    <message numerus="yes">
        <source>%n filter(s) on</source>
        <translation>
            <numerusform>%n filter on</numerusform>
            <numerusform>%n filters on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>showing_up_page</name>
    <message numerus="yes">
        <source>You showed up %Ln time(s) since {since}.</source>
        <translation>
            <numerusform>You showed up %Ln time since {since}.</numerusform>
            <numerusform>You showed up %Ln times since {since}.</numerusform>
        </translation>
    </message>
</context>
</TS>
