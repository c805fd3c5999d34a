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
    <name>chart_text</name>
    <message numerus="yes">
        <source>{span}, I logged %Ln win(s) in {category}, so my wins to date rose from {start} to {end}.</source>
        <translation>
            <numerusform>{span}, I logged %Ln win in {category}, so my wins to date rose from {start} to {end}.</numerusform>
            <numerusform>{span}, I logged %Ln wins in {category}, so my wins to date rose from {start} to {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}, you logged %Ln win(s) in {category}, so your wins to date rose from {start} to {end}.</source>
        <translation>
            <numerusform>{span}, you logged %Ln win in {category}, so your wins to date rose from {start} to {end}.</numerusform>
            <numerusform>{span}, you logged %Ln wins in {category}, so your wins to date rose from {start} to {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}, I logged %Ln win(s), so my wins to date rose from {start} to {end}.</source>
        <translation>
            <numerusform>{span}, I logged %Ln win, so my wins to date rose from {start} to {end}.</numerusform>
            <numerusform>{span}, I logged %Ln wins, so my wins to date rose from {start} to {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}, you logged %Ln win(s), so your wins to date rose from {start} to {end}.</source>
        <translation>
            <numerusform>{span}, you logged %Ln win, so your wins to date rose from {start} to {end}.</numerusform>
            <numerusform>{span}, you logged %Ln wins, so your wins to date rose from {start} to {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n time(s) I came back</source>
        <translation>
            <numerusform>the %n time I came back</numerusform>
            <numerusform>the %n times I came back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n time(s) you came back</source>
        <translation>
            <numerusform>the %n time you came back</numerusform>
            <numerusform>the %n times you came back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a hard moment</source>
        <translation>
            <numerusform>%n day with a hard moment</numerusform>
            <numerusform>%n days with a hard moment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged a win in {category} on %Ln day(s).</source>
        <translation>
            <numerusform>In the last year you logged a win in {category} on %Ln day.</numerusform>
            <numerusform>In the last year you logged a win in {category} on %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged a win on %Ln day(s).</source>
        <translation>
            <numerusform>In the last year you logged a win on %Ln day.</numerusform>
            <numerusform>In the last year you logged a win on %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged wins in {category} on %Ln day(s); your fullest day, {day}, had {most}.</source>
        <translation>
            <numerusform>In the last year you logged wins in {category} on %Ln day; your fullest day, {day}, had {most}.</numerusform>
            <numerusform>In the last year you logged wins in {category} on %Ln days; your fullest day, {day}, had {most}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged wins on %Ln day(s); your fullest day, {day}, had {most}.</source>
        <translation>
            <numerusform>In the last year you logged wins on %Ln day; your fullest day, {day}, had {most}.</numerusform>
            <numerusform>In the last year you logged wins on %Ln days; your fullest day, {day}, had {most}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other win(s)</source>
        <translation>
            <numerusform>%Ln other win</numerusform>
            <numerusform>%Ln other wins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n week(s) were quiet.</source>
        <translation>
            <numerusform>These %n week were quiet.</numerusform>
            <numerusform>These %n weeks were quiet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln week(s)</source>
        <translation>
            <numerusform>Over %Ln week</numerusform>
            <numerusform>Over %Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation>
            <numerusform>%Ln win</numerusform>
            <numerusform>%Ln wins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>Saved %Ln win(s). Each one counts.</source>
        <translation>
            <numerusform>Saved %Ln win. Each one counts.</numerusform>
            <numerusform>Saved %Ln wins. Each one counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noted %Ln hard moment(s). Everything you&apos;ve done still counts.</source>
        <translation>
            <numerusform>Noted %Ln hard moment. Everything you&apos;ve done still counts.</numerusform>
            <numerusform>Noted %Ln hard moments. Everything you&apos;ve done still counts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entr(y|ies) to {file}.</source>
        <translation>
            <numerusform>Exported %Ln entry to {file}.</numerusform>
            <numerusform>Exported %Ln entries to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) made before now still open(s|) with the old passphrase or recovery code. You may delete (it|them) from {folder}, and any copies elsewhere.</source>
        <translation>
            <numerusform>%Ln backup made before now still opens with the old passphrase or recovery code. You may delete it from {folder}, and any copies elsewhere.</numerusform>
            <numerusform>%Ln backups made before now still open with the old passphrase or recovery code. You may delete them from {folder}, and any copies elsewhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer keeps the journal in step through {folder} again, from where it was (%Ln change(s) made here since went out).</source>
        <translation>
            <numerusform>This computer keeps the journal in step through {folder} again, from where it was (%Ln change made here since went out).</numerusform>
            <numerusform>This computer keeps the journal in step through {folder} again, from where it was (%Ln changes made here since went out).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your journal is written into {folder}, encrypted (%Ln change(s)), and kept in step from now on.</source>
        <translation>
            <numerusform>Your journal is written into {folder}, encrypted (%Ln change), and kept in step from now on.</numerusform>
            <numerusform>Your journal is written into {folder}, encrypted (%Ln changes), and kept in step from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It took in %Ln change(s) from your other computers.</source>
        <translation>
            <numerusform>It took in %Ln change from your other computers.</numerusform>
            <numerusform>It took in %Ln changes from your other computers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your journal is on this computer now (%Ln entr(y|ies)).</source>
        <translation>
            <numerusform>Your journal is on this computer now (%Ln entry).</numerusform>
            <numerusform>Your journal is on this computer now (%Ln entries).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln change(s) and took in {received} from other computers.</source>
        <translation>
            <numerusform>Sent %Ln change and took in {received} from other computers.</numerusform>
            <numerusform>Sent %Ln changes and took in {received} from other computers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln change(s) to your other computers.</source>
        <translation>
            <numerusform>Sent %Ln change to your other computers.</numerusform>
            <numerusform>Sent %Ln changes to your other computers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %Ln change(s) from other computers.</source>
        <translation>
            <numerusform>Took in %Ln change from other computers.</numerusform>
            <numerusform>Took in %Ln changes from other computers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changes from %Ln other computer(s) are still being copied into the folder; the next sync takes them in.</source>
        <translation>
            <numerusform>Changes from %Ln other computer are still being copied into the folder; the next sync takes them in.</numerusform>
            <numerusform>Changes from %Ln other computers are still being copied into the folder; the next sync takes them in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changes from %Ln other computer(s)</source>
        <translation>
            <numerusform>changes from %Ln other computer</numerusform>
            <numerusform>changes from %Ln other computers</numerusform>
        </translation>
    </message>
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
<context>
    <name>words</name>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln time</numerusform>
            <numerusform>%Ln times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve logged %Ln win(s).</source>
        <translation>
            <numerusform>You&apos;ve logged %Ln win.</numerusform>
            <numerusform>You&apos;ve logged %Ln wins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve logged %Ln win(s) since {month}.</source>
        <translation>
            <numerusform>You&apos;ve logged %Ln win since {month}.</numerusform>
            <numerusform>You&apos;ve logged %Ln wins since {month}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln this week.</source>
        <translation>
            <numerusform>%Ln this week.</numerusform>
            <numerusform>%Ln this week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You came back %Ln time(s).</source>
        <translation>
            <numerusform>You came back %Ln time.</numerusform>
            <numerusform>You came back %Ln times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) or more match.</source>
        <translation>
            <numerusform>%Ln entry or more match.</numerusform>
            <numerusform>%Ln entries or more match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) match(es|).</source>
        <translation>
            <numerusform>%Ln entry matches.</numerusform>
            <numerusform>%Ln entries match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in your notebook too.</source>
        <translation>
            <numerusform>%Ln in your notebook too.</numerusform>
            <numerusform>%Ln in your notebook too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in your notebook.</source>
        <translation>
            <numerusform>%Ln in your notebook.</numerusform>
            <numerusform>%Ln in your notebook.</numerusform>
        </translation>
    </message>
</context>
</TS>
