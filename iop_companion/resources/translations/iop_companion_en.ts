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
    <name>checks</name>
    <message numerus="yes">
        <source>That&apos;s more than one entry can hold (%Ln character(s)). Try splitting it into a few entries.</source>
        <translation>
            <numerusform>That&apos;s more than one entry can hold (%Ln character). Try splitting it into a few entries.</numerusform>
            <numerusform>That&apos;s more than one entry can hold (%Ln characters). Try splitting it into a few entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the category under %Ln character(s).</source>
        <translation>
            <numerusform>Keep the category under %Ln character.</numerusform>
            <numerusform>Keep the category under %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the tag under %Ln character(s).</source>
        <translation>
            <numerusform>Keep the tag under %Ln character.</numerusform>
            <numerusform>Keep the tag under %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the word under %Ln character(s).</source>
        <translation>
            <numerusform>Keep the word under %Ln character.</numerusform>
            <numerusform>Keep the word under %Ln characters.</numerusform>
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
    <name>coping_model</name>
    <message numerus="yes">
        <source>{answered} of %n statement(s) answered. The total shows with all %n.</source>
        <translation>
            <numerusform>{answered} of %n statement answered. The total shows with all %n.</numerusform>
            <numerusform>{answered} of %n statements answered. The total shows with all %n.</numerusform>
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
    <name>importer</name>
    <message numerus="yes">
        <source>This file holds %Ln entr(y|ies).</source>
        <translation>
            <numerusform>This file holds %Ln entry.</numerusform>
            <numerusform>This file holds %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %Ln entr(y|ies) and {items}.</source>
        <translation>
            <numerusform>This file holds %Ln entry and {items}.</numerusform>
            <numerusform>This file holds %Ln entries and {items}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notebook item(s)</source>
        <translation>
            <numerusform>%Ln notebook item</numerusform>
            <numerusform>%Ln notebook items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new to add: (the entry was|all %Ln entries were) already in the journal.</source>
        <translation>
            <numerusform>Nothing new to add: the entry was already in the journal.</numerusform>
            <numerusform>Nothing new to add: all %Ln entries were already in the journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln entr(y|ies).</source>
        <translation>
            <numerusform>Imported %Ln entry.</numerusform>
            <numerusform>Imported %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln (was|were) already in the journal.</source>
        <translation>
            <numerusform>%Ln was already in the journal.</numerusform>
            <numerusform>%Ln were already in the journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the notebook: %Ln item(s).</source>
        <translation>
            <numerusform>From the notebook: %Ln item.</numerusform>
            <numerusform>From the notebook: %Ln items.</numerusform>
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
    <name>notebook_bring_up</name>
    <message numerus="yes">
        <source>That&apos;s more than one item holds (%Ln character(s)). You can split it into two.</source>
        <translation>
            <numerusform>That&apos;s more than one item holds (%Ln character). You can split it into two.</numerusform>
            <numerusform>That&apos;s more than one item holds (%Ln characters). You can split it into two.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_check_ins</name>
    <message numerus="yes">
        <source>A check-in&apos;s note holds up to %Ln character(s). The rest could go in your journal.</source>
        <translation>
            <numerusform>A check-in&apos;s note holds up to %Ln character. The rest could go in your journal.</numerusform>
            <numerusform>A check-in&apos;s note holds up to %Ln characters. The rest could go in your journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_hard_times</name>
    <message numerus="yes">
        <source>Each part of the plan holds up to %Ln character(s). A short plan is easier to reach for.</source>
        <translation>
            <numerusform>Each part of the plan holds up to %Ln character. A short plan is easier to reach for.</numerusform>
            <numerusform>Each part of the plan holds up to %Ln characters. A short plan is easier to reach for.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep each name under %Ln character(s).</source>
        <translation>
            <numerusform>Keep each name under %Ln character.</numerusform>
            <numerusform>Keep each name under %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a long number. Keep it under %Ln character(s).</source>
        <translation>
            <numerusform>That&apos;s a long number. Keep it under %Ln character.</numerusform>
            <numerusform>That&apos;s a long number. Keep it under %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan holds up to %Ln (person|people).</source>
        <translation>
            <numerusform>The plan holds up to %Ln person.</numerusform>
            <numerusform>The plan holds up to %Ln people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_how_i_am</name>
    <message numerus="yes">
        <source>Keep each word under %Ln character(s).</source>
        <translation>
            <numerusform>Keep each word under %Ln character.</numerusform>
            <numerusform>Keep each word under %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pick up to %Ln word(s). The line can say the rest.</source>
        <translation>
            <numerusform>Pick up to %Ln word. The line can say the rest.</numerusform>
            <numerusform>Pick up to %Ln words. The line can say the rest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the line under %Ln character(s). Your journal has room for more.</source>
        <translation>
            <numerusform>Keep the line under %Ln character. Your journal has room for more.</numerusform>
            <numerusform>Keep the line under %Ln characters. Your journal has room for more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_model</name>
    <message numerus="yes">
        <source>%Ln group session(s)</source>
        <translation>
            <numerusform>%Ln group session</numerusform>
            <numerusform>%Ln group sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln individual session(s)</source>
        <translation>
            <numerusform>%Ln individual session</numerusform>
            <numerusform>%Ln individual sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intake call(s)</source>
        <translation>
            <numerusform>%Ln intake call</numerusform>
            <numerusform>%Ln intake calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) to the program</source>
        <translation>
            <numerusform>%Ln call to the program</numerusform>
            <numerusform>%Ln calls to the program</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I showed up %Ln time(s): {list}.</source>
        <translation>
            <numerusform>I showed up %Ln time: {list}.</numerusform>
            <numerusform>I showed up %Ln times: {list}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_notes</name>
    <message numerus="yes">
        <source>That&apos;s more than one section holds (%Ln character(s)). Try keeping the main points.</source>
        <translation>
            <numerusform>That&apos;s more than one section holds (%Ln character). Try keeping the main points.</numerusform>
            <numerusform>That&apos;s more than one section holds (%Ln characters). Try keeping the main points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_phrases</name>
    <message numerus="yes">
        <source>A phrase holds up to %Ln character(s). A short one is easier to say.</source>
        <translation>
            <numerusform>A phrase holds up to %Ln character. A short one is easier to say.</numerusform>
            <numerusform>A phrase holds up to %Ln characters. A short one is easier to say.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_picking_up</name>
    <message numerus="yes">
        <source>Each answer holds up to %Ln character(s). The rest could go in your journal.</source>
        <translation>
            <numerusform>Each answer holds up to %Ln character. The rest could go in your journal.</numerusform>
            <numerusform>Each answer holds up to %Ln characters. The rest could go in your journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_plan</name>
    <message numerus="yes">
        <source>Keep the label under %Ln character(s).</source>
        <translation>
            <numerusform>Keep the label under %Ln character.</numerusform>
            <numerusform>Keep the label under %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_sessions</name>
    <message numerus="yes">
        <source>A session note holds up to %Ln character(s). The rest could go in your journal.</source>
        <translation>
            <numerusform>A session note holds up to %Ln character. The rest could go in your journal.</numerusform>
            <numerusform>A session note holds up to %Ln characters. The rest could go in your journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>other_apps</name>
    <message numerus="yes">
        <source>This folder holds %Ln entr(y|ies) from {app}.</source>
        <translation>
            <numerusform>This folder holds %Ln entry from {app}.</numerusform>
            <numerusform>This folder holds %Ln entries from {app}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %Ln entr(y|ies) from {app}.</source>
        <translation>
            <numerusform>This file holds %Ln entry from {app}.</numerusform>
            <numerusform>This file holds %Ln entries from {app}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln (has only a mood, so it comes|have only a mood, so they come) in as How I am alone.</source>
        <comment>a count of entries</comment>
        <translation>
            <numerusform>%Ln has only a mood, so it comes in as How I am alone.</numerusform>
            <numerusform>%Ln have only a mood, so they come in as How I am alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln (entry is|entries are) longer than one entry here holds, so each goes in as several, in order.</source>
        <translation>
            <numerusform>%Ln entry is longer than one entry here holds, so each goes in as several, in order.</numerusform>
            <numerusform>%Ln entries are longer than one entry here holds, so each goes in as several, in order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more (has no words in it, so it stays|have no words in them, so they stay) out.</source>
        <comment>a count of entries</comment>
        <translation>
            <numerusform>%Ln more has no words in it, so it stays out.</numerusform>
            <numerusform>%Ln more have no words in them, so they stay out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln (photo or attachment in it stays|photos and attachments in it stay) out: this app keeps words only.</source>
        <translation>
            <numerusform>%Ln photo or attachment in it stays out: this app keeps words only.</numerusform>
            <numerusform>%Ln photos and attachments in it stay out: this app keeps words only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other (file in the folder stays|files in the folder stay) out: only notes named like 2026-03-14.md come in.</source>
        <translation>
            <numerusform>%Ln other file in the folder stays out: only notes named like 2026-03-14.md come in.</numerusform>
            <numerusform>%Ln other files in the folder stay out: only notes named like 2026-03-14.md come in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>own_details</name>
    <message numerus="yes">
        <source>That&apos;s a long number. Keep it under %Ln character(s).</source>
        <translation>
            <numerusform>That&apos;s a long number. Keep it under %Ln character.</numerusform>
            <numerusform>That&apos;s a long number. Keep it under %Ln characters.</numerusform>
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
        <source>You showed up %Ln time(s) {since}.</source>
        <translation>
            <numerusform>You showed up %Ln time {since}.</numerusform>
            <numerusform>You showed up %Ln times {since}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>summary_counts</name>
    <message numerus="yes">
        <source>Keep the name under %Ln characters: initials are fine.</source>
        <translation>
            <numerusform>Keep the name under %Ln characters: initials are fine.</numerusform>
            <numerusform>Keep the name under %Ln characters: initials are fine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the note under %Ln characters, so it fits on page 1.</source>
        <translation>
            <numerusform>Keep the note under %Ln characters, so it fits on page 1.</numerusform>
            <numerusform>Keep the note under %Ln characters, so it fits on page 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s) logged on {day}.</source>
        <translation>
            <numerusform>%Ln win logged on {day}.</numerusform>
            <numerusform>%Ln wins logged on {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s) logged between {first} and {last}.</source>
        <translation>
            <numerusform>%Ln win logged between {first} and {last}.</numerusform>
            <numerusform>%Ln wins logged between {first} and {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln time</numerusform>
            <numerusform>%Ln times</numerusform>
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
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I logged %Ln hard moment(s) in this period, {noted} with notes on picking up from here.</source>
        <translation>
            <numerusform>I logged %Ln hard moment in this period, {noted} with notes on picking up from here.</numerusform>
            <numerusform>I logged %Ln hard moments in this period, {noted} with notes on picking up from here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I logged %Ln hard moment(s) in this period.</source>
        <translation>
            <numerusform>I logged %Ln hard moment in this period.</numerusform>
            <numerusform>I logged %Ln hard moments in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln:</source>
        <translation>
            <numerusform>The latest %Ln:</numerusform>
            <numerusform>The latest %Ln:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s) with the {instrument}. The total runs from {lowest} to {highest}; the latest {latest}:</source>
        <translation>
            <numerusform>%Ln check-in with the {instrument}. The total runs from {lowest} to {highest}; the latest {latest}:</numerusform>
            <numerusform>%Ln check-ins with the {instrument}. The total runs from {lowest} to {highest}; the latest {latest}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s) with the {instrument}. The total runs from {lowest} to {highest}:</source>
        <translation>
            <numerusform>%Ln check-in with the {instrument}. The total runs from {lowest} to {highest}:</numerusform>
            <numerusform>%Ln check-ins with the {instrument}. The total runs from {lowest} to {highest}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The words I chose: {words} and %Ln other(s).</source>
        <translation>
            <numerusform>The words I chose: {words} and %Ln other.</numerusform>
            <numerusform>The words I chose: {words} and %Ln others.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync_schedule</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In step with %Ln other computer(s), {when}</source>
        <translation>
            <numerusform>In step with %Ln other computer, {when}</numerusform>
            <numerusform>In step with %Ln other computers, {when}</numerusform>
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
