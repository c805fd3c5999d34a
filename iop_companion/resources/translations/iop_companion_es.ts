<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419" sourcelanguage="en">
<context>
    <name>KnownError</name>
    <message>
        <source>This journal file is older than the last one this computer closed: some saves may be missing. If you have a newer copy or a backup, restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file was damaged, so the copy from before your last passphrase change opened the journal. Choose a new passphrase now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up stopped before your recovery code was kept, so the journal gets a new one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier code no longer works. Keep this one somewhere only you can reach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open the journal. Check Caps Lock, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open the journal. Check each group against the copy you kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code has a typo somewhere. Check each group against the copy you kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer doesn&apos;t remember the journal&apos;s key. Use your passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no safe keychain to remember the key in, so it isn&apos;t saved. You can keep using your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no journal in this folder yet. Create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s already a journal in this folder. Open it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is damaged and can&apos;t be read. Your passphrase is fine. Restore a backup to keep going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file beside your journal is damaged. Restore a backup of the journal folder, or use your recovery code if you have a copy of the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window changed the journal&apos;s passphrase or recovery code first, so nothing changed here. Try again if you still want this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new passphrase came in, so nothing changed. Run the command again where you can type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file asks for settings this app won&apos;t use, so it wasn&apos;t opened. It may have been changed. Restore a backup of the journal folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was made by a newer version of the app. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal folder can&apos;t be used: it&apos;s missing or can&apos;t be written to. Check that the drive is connected and the folder is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no room left on the disk to save this. Free some space and try again. Everything saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk didn&apos;t take the change. Check that there&apos;s free space and the drive is still connected, then try again. Everything saved before is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file couldn&apos;t be written. Check the folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s a folder, a device or a pipe, not a file, so nothing was done with it. Choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving there could overwrite the journal itself, so nothing was written. Choose a folder outside the journal&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the command had to show couldn&apos;t be written: the place it goes to is full or closed. Your journal is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code couldn&apos;t be shown, because the output is full or closed, so no journal was made. Run init again where you can see what it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file can&apos;t be imported. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file isn&apos;t from the app you chose. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry isn&apos;t in the journal anymore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to keep going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is open in another window. Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is busy for a moment. Try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file isn&apos;t a backup of the journal. Choose a file made with Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no backup with that name. The list of backups shows the names to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup file is damaged or incomplete, so it can&apos;t be restored. Your current journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup was made by a newer version of the app. Update the app to restore it. Your current journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That didn&apos;t open the backup. A backup opens with the passphrase or recovery code the journal had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s already a file with that name, and it isn&apos;t a backup. Choose another name so nothing gets overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the journal didn&apos;t pass its check, so it wasn&apos;t kept and nothing changed. Check the journal for damage, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup can&apos;t be written there. Check that the drive is connected and the folder can be written to, then try again. Your journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup can&apos;t be read. Check that the drive is connected, then try again. Your journal is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t in the notebook anymore. It may have been removed a moment ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal isn&apos;t kept in step with a folder yet. Choose one with Use this journal on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder has other files in it. Choose an empty folder, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder keeps a different journal in step. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no journal in that folder yet. On the computer that has it, choose Use this journal on another computer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s the recovery code, so choose a new passphrase too: it becomes your journal&apos;s passphrase on every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal&apos;s key was changed on another computer. Type the passphrase chosen there to keep this computer in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other computer here has an id that starts like that. &apos;sync status&apos; shows the ids to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary couldn&apos;t be made. Nothing was saved. Try again, or with fewer parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s nothing in your plan yet. Write a part of it first, then print the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card couldn&apos;t be made. Nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups_dialog</name>
    <message>
        <source>Made automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal as it was before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal as it was before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hard moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This backup holds {wins} and {hard_moments}, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds {wins} and {hard_moments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each day you use the journal, the app keeps an encrypted backup in its own folder. You can also save one anywhere, such as a USB stick. A backup opens with the passphrase or recovery code the journal had when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. Today&apos;s is made a moment after the journal opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think someone knows your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the journal new keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is encrypted again with a new key, a new passphrase and a new recovery code. Backups made before still open with the old passphrase; you may delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}  ·  {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion.backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and checked: {file}. It opens with your passphrase or recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase or recovery code the journal had when this backup was made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holds}

Restoring replaces the journal with it. The journal as it is now is kept as a backup first, so you can go back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving the journal new keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>barc10</name>
    <message>
        <source>Free to use without permission, as the PhenX Toolkit publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions are shown in English: they were tested in English, and no Spanish version has been tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bring_up_page</name>
    <message>
        <source>Things I want to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things worth saying to your therapist or your group. Honesty gets you help, not trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to say? A few words are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things others have said. Pick one to put it in the box, and change any word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. If something&apos;s on your mind, a few words are enough. You don&apos;t need to be sure it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you&apos;ve said one of these, choose Brought it up. It moves here, with the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or F2 changes the selected one, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to Brought up. Saying it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on your list, at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected one as brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves it to Brought up, with the day you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a day as Qt writes it: month, day, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day you brought it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <comment>Brought it up on a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to bring up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected one back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts it back on the list of things still to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected brought-up one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing brought up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought up on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>capital_check_in</name>
    <message>
        <source>A short check-in on what supports you right now, whenever you want one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet. When you want one, it takes about three minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the ten answers of the selected check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers of the selected check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the total over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total shows here for each check-in with all ten statements answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ever a quiet line here, while your journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. A quiet line here will offer a check-in when it&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. No reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It&apos;s kept beside your other check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected check-in (Delete). Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement {n} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a note, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab goes from statement to statement, the arrow keys across the answers. Skip takes an answer back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answers}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>That item isn&apos;t in the journal anymore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That category isn&apos;t in the journal anymore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That quick win isn&apos;t in the journal anymore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s already a category with that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no category called that. The categories are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chart_text</name>
    <message>
        <source>On {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first one will start this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These days were quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wins logged in {category} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wins logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, the line is at 0: my first win in {category} came later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, the line is at 0: your first win in {category} came later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, the line is at 0: my first win came later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, the line is at 0: your first win came later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, my wins to date in {category} stayed at {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, your wins to date in {category} stayed at {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, my wins to date stayed at {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, your wins to date stayed at {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{span}, I logged %Ln win(s) in {category}, so my wins to date rose from {start} to {end}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}, you logged %Ln win(s) in {category}, so your wins to date rose from {start} to {end}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}, I logged %Ln win(s), so my wins to date rose from {start} to {end}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}, you logged %Ln win(s), so your wins to date rose from {start} to {end}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the time I came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time you came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n time(s) I came back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n time(s) you came back</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>one day with a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a hard moment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It marks {came_back} and {hard_moments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It marks {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last year is quiet so far. Each day you log a win in {category} is shaded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last year is quiet so far. Each day you log a win is shaded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged a win in {category} on %Ln day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged a win on %Ln day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged wins in {category} on %Ln day(s); your fullest day, {day}, had {most}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged wins on %Ln day(s); your fullest day, {day}, had {most}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other win(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} in {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins you log in {category} show up here, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins you log show up here, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week was quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>These %n week(s) were quiet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{over} you logged {wins}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{over} you logged {wins}, all in {category}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{over} you logged {wins}: {shares} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fullest week, ending {day}, had {most}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check_in_nudge</name>
    <message>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you&apos;d like, take about three minutes for What I have going for me. It&apos;s there whenever it feels right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check_ins_page</name>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small check-ins, each one yours to use or leave. Each adds to your record and takes nothing away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Some characters in that text can&apos;t be saved. Try typing it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day hasn&apos;t come yet. Pick today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day is too far back. Pick a day from 1900 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s more than one entry can hold (%Ln character(s)). Try splitting it into a few entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write a few words about it. One is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the word a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep the category under %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the tag under %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the word under %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>No answer came in, so nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That text isn&apos;t readable as UTF-8, so nothing was saved. Type it again, or save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer, 1 to 6 (Enter to skip): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number from 1 to 6, or press Enter to skip this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals on the progress page didn&apos;t match your entries, so they were counted again from them, and your entries are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet. The check-in command asks its ten statements when you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quick check&apos;s words are hungry, angry, lonely and tired: give any of them, separated by commas, as in --halt hungry,tired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick check: hungry, angry, lonely, tired? Any that fit, with commas (Enter for none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any of hungry, angry, lonely and tired, separated by commas, or press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line, if you want to say more (Enter for nothing): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a word (--word), the quick check (--halt) or a line (--line). Any one is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written in What I know now yet. &apos;iop-companion notes save PART&apos; keeps what you know, in your words, whenever you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to bring up yet. If something&apos;s on your mind, a few words are enough: &apos;iop-companion bring-up add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. &apos;iop-companion session record group&apos; keeps one. One session counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your week&apos;s plan yet. &apos;iop-companion plan add tuesday group&apos; adds a session you usually have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. The how-i-am command notes how you are, in words, when you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal isn&apos;t kept in step with a folder yet. Choose one with &apos;iop-companion sync start FOLDER&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal&apos;s key was changed on another computer. Run &apos;iop-companion sync new-key&apos; and type the passphrase chosen there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note, if you like (Enter for nothing): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines come from standard input, so --note needs its words after it here, the same for every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one part of the entry can come from standard input. Give the other part&apos;s words on the command line, or type both at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it once more: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases weren&apos;t the same. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. The recovery code still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer opens the journal by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is encrypted on this computer with a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase and lose the recovery code, no one can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is set. The old recovery code no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code (it is shown only this once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or keep it somewhere safe. It opens the journal if you forget
the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your win, in a few words: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. That counts. (entry {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, if you want to say (Enter for nothing): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped (Enter for nothing): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted. Everything you&apos;ve done still counts. You&apos;re picking up from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one win a line. Press Ctrl+D when you&apos;re done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wins came in on standard input, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln win(s). Each one counts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type one hard moment a line (what happened). Press Ctrl+D when you&apos;re done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hard moments came in on standard input, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Noted %Ln hard moment(s). Everything you&apos;ve done still counts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line {number} has characters that can&apos;t be saved, so nothing was saved. Type that line again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the answers can come from standard input. Give the note&apos;s words after --note, or type both at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins match that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list shows what you noted, so it goes without --word, --halt, --line and --day. Leave it out to note how you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to choose the days --list shows. Add --list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it in words. Any one part is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, in your words: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} already says that, so nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. {title} has a new version; the one before stays in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written in {title} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (saved {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to bring up: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your list. (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on your list has the number {number}. &apos;iop-companion bring-up list&apos; shows the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to Brought up. Saying it counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. Showing up counts, and it&apos;s in your wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. It takes nothing away from anything you&apos;ve done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {attendance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your week: {title}. (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phrases yet. The app keeps your own, to have words at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no category called that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. You don&apos;t need to be sure. You just need to show up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your journal or notebook has those words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer now opens the journal without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone logged in as you can open it too. Turn it off with forget-device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file has damage. Restore a backup to keep going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal file is whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entr(y|ies) to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Private entries stayed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary is a PDF, so it needs a file name after --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of your last session needs to be before the summary&apos;s last day, so there is something to tell since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words for your therapist (Enter for nothing): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the summary as {file}. Private entries stayed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved: {file} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens with your passphrase or recovery code, and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. The backup command makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code of that backup: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens with the passphrase or recovery code it had when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal you had before is kept as backup {id}: restore that to undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal gets a new key, a new passphrase and a new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The old passphrase and recovery code no longer open the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer opens it by itself; remember-device turns that on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) made before now still open(s|) with the old passphrase or recovery code. You may delete (it|them) from {folder}, and any copies elsewhere.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This journal isn&apos;t kept in step with a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;iop-companion sync start FOLDER&apos; writes it into one and keeps it in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in step through: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not heard from yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heard from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in step: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here, waiting to be sent: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still being copied into the folder: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer keeps the journal in step through {folder} again, from where it was (%Ln change(s) made here since went out).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your journal is written into {folder}, encrypted (%Ln change(s)), and kept in step from now on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It took in %Ln change(s) from your other computers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On your other computer, run &apos;iop-companion open-from-folder FOLDER&apos; with the folder there (or choose Open a journal from a folder), and type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal isn&apos;t kept in step with a folder, so nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer doesn&apos;t keep the journal in step any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is left as it is, so your other computers keep what is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least the first {count} characters of the computer&apos;s id, as &apos;sync status&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one computer has an id that starts like that. Type more of it, as &apos;sync status&apos; shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That computer is forgotten here: its changes won&apos;t be read here any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stop it reading your journal too, give the journal new keys with rotate-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s key hasn&apos;t changed on another computer, so nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase chosen on the other computer (or the recovery code): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has the journal&apos;s new key now, and is in step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here too, the journal opens with the passphrase chosen on that computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase you chose opens it, here and on your other computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder isn&apos;t there. Check its name, or connect the drive it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your journal is on this computer now (%Ln entr(y|ies)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It is kept in step through {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens with the same passphrase as on your other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading changes: {read} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln change(s) and took in {received} from other computers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln change(s) to your other computers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %Ln change(s) from other computers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new here or there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes from %Ln other computer(s) are still being copied into the folder; the next sync takes them in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>changes from %Ln other computer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened goes after --text. A lone - reads many hard moments from standard input, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With -, each line is what happened, so --text goes without it. Leave --text out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} isn&apos;t readable as UTF-8, so nothing was saved. Save the file as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} is more than one entry can hold ({most} characters), so nothing was saved. Split it into a few lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answers needs ten answers separated by commas, one for each statement, as in {example} (an empty one skips a statement). {count} came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} needs to be a number from 1 ({lowest}) to 6 ({highest}), or empty to skip that statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {number} needs to be a number from 1 ({lowest}) to 6 ({highest}), or empty to skip that statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your check-in for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved your check-in for {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted how you are, for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted how you are, for {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that fit ({words}, or your own), with commas (Enter for none): </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hard moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins} and {hard_moments}, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins} and {hard_moments}, from {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins} and {hard_moments}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins}, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins}, from {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-entries is --detail none, so it can&apos;t go with --detail {detail}. Use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I know now has no part called {name}. The parts are {parts}, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I know now has no part called {name}. The parts are {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 18:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the day of the week as its name, for example tuesday or tue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month_year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary can be made in {languages}; {language} isn&apos;t one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_parser</name>
    <message>
        <source>Find entries by words, then what your notebook holds (What I know now, things to bring up, session notes, phrases, check-ins and the plan for hard times), as the app&apos;s search does. A word&apos;s start is enough: hon finds honest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words typed on the command line can be seen by other users of this computer while the command runs, in the list of running programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a win. {seen_by_others} To keep them out of it, leave the text out: it is asked for at a prompt, or read from standard input, as in &apos;iop-companion log &lt; win.txt&apos;. The same goes for --note given with no words after it. &apos;iop-companion log -&apos; reads many wins, one a line, from standard input (blank lines are skipped) and saves them all at once, each with the options given; if one line can&apos;t be saved, none is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a hard moment; it takes nothing away. {seen_by_others} To keep them out of it, give --text or --note with no words after it: they are asked for at a prompt, or read from standard input. &apos;iop-companion hard-moment -&apos; reads many, one a line (what happened), from standard input (blank lines are skipped) and notes them all at once, each with the options given; if one line can&apos;t be saved, none is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, the {instrument}. {intro} Each statement is answered from 1 ({lowest}) to 6 ({highest}). Each check-in is kept as it was, beside the others. With no --answers, the statements are asked one at a time at a terminal (Enter skips one), or read from standard input, one line each (an empty line skips one). Source: {source}. {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note how you are, in words: any words that fit (--word, again for each), the HALT quick check (--halt hungry,tired) and one line (--line). Any one is enough. At a terminal, with none of them given, each is asked for. {seen_by_others} To keep the line out of it, give --line with no words after it. --list shows each one noted, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I know now: what works, what doesn&apos;t work, my limits, my triggers and the support I need, in your words. Each save keeps a new version; the ones before stay in its history, as in the app. The parts are named {parts}. With no step, &apos;notes&apos; shows every part with words in it. {seen_by_others} To keep them out of it, leave TEXT out or give -: the words are asked for, or read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things you want to bring up to your therapist or your group. &apos;bring-up list&apos; numbers them; &apos;bring-up done ID&apos; marks one as brought up, today or on --day. With no step, it lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing up: record a session you were at, late or leaving early too (each logs a win in Showing up), or one you didn&apos;t make (it takes nothing away). &apos;session list&apos; shows them, newest first. With no step, it lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the journal in step with your other computers, through a folder you already keep in step between them (Syncthing, Dropbox, OneDrive, Nextcloud, or a USB stick you carry). With no step named, it sends what changed here and takes in what changed there, once. &apos;sync start FOLDER&apos; writes the journal into the folder, encrypted; on the other computer, &apos;open-from-folder FOLDER&apos; opens it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journal kept in step on another computer: it is built on this computer from the folder, with the passphrase or the recovery code. With the recovery code, you choose a new passphrase too: it becomes the journal&apos;s passphrase on every computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 something else went wrong (the message says what); 2 the input needs a change; 3 the journal didn&apos;t open (passphrase, recovery code or device key), or its key was changed on another computer; 4 no journal in the folder, or one already there; 5 the journal or its key file is damaged or from a newer version, or &apos;check&apos; found the progress totals wrong and counted them again; 6 the disk or folder can&apos;t be used; 130 stopped with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the journal file for damage, and the totals on the progress page against your entries, and say what was found in one sentence. Exit codes: 0 the file is whole; 5 it has damage (restore a backup to keep going), or the progress totals didn&apos;t match your entries and were counted again from them: your entries are as they were, and a second check says the file is whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the number the list shows, as in 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a number from 1 to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mistake}. Run &apos;iop-companion --help&apos; to see what it can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one JSON document, for scripts (docs/cli-json.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal of small wins. With no command, the desktop app opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and file formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check this installation in a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder that holds the journal (default: app data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the win in a few words (left out: asked for, or read from stdin; -: many wins, one a line, from stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD, today or yesterday (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note (with no words: asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never include it in any export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note a hard moment (it takes nothing away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>many hard moments from stdin, one a line (what happened), all noted at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your word for it, e.g. {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happened, if you want to say (no words: asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what helped (no words: asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what I have going for me: ten statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ten answers, 1 to 6, separated by commas; an empty one skips a statement, as in {example} (left out: asked, one statement at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note (with no words: asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check-in, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show each statement and its answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note how you are, in words (or --list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word that fits, e.g. {words}, or your own (again for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quick check: any of {names}, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line, to say more (with no words: asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show each one noted, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --list: the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --list: the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what I know now: show it, or save a new version of a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every part with words in it, or the one named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new version of a part (the one before is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its words (left out or -: asked for, or read from stdin whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>things I want to bring up to my therapist or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add one at the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its words (left out or -: asked for, or stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what&apos;s still to bring up, then what was brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark one as brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its number, as list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing up: record a session, or list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a session (being there logs a win)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it went: {names} (default: was-there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sessions recorded, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your week: the sessions you usually have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your week&apos;s plan, Monday first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a session you usually have each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monday to sunday (or mon to sun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time, if it has a set one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name for it, like &quot;Tuesday group&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phrases for coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find entries and notebook items by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first instead of best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what you&apos;ve done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open with the recovery code and choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let this computer&apos;s keychain open the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop this computer from opening the journal by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the journal file for damage, and the progress totals against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export entries (private ones never leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write (default or -: print; summary: a PDF file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: first day (default: 4 weeks ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: last day (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: your name or initials, on page 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: a few words for your therapist (with no words: asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: the day of your last session, to say what happened since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: after page 1, week by week (condensed, the default), every entry (full), or nothing (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: include hard moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: what I know now, every part with words in it, or only the parts named ({parts}), as in --notes {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: things I want to bring up (the open ones first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: sessions I showed up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary: its language, e.g. en or es (default: the terminal&apos;s); your own words stay as you wrote them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the entries of a JSON export (never twice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file made by export --format json (with --from: the other app&apos;s file, or the folder of Markdown daily notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal from another app: Daylio&apos;s CSV, Day One&apos;s JSON zip, jrnl&apos;s JSON, or a folder of Markdown daily notes named like 2026-03-14.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make an encrypted backup of the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file or folder to write it to (default: the backups folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the backups in the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the journal with a backup (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup file, or an ID from backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new key, passphrase and recovery code for the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the journal in step with your other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder, the other computers, and what waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the journal into a folder and keep it in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty folder, or one with this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop keeping in step here (the folder is left as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop reading the changes of a computer that&apos;s gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id as sync status shows it (the first {count} characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take up the key the journal was given on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a journal kept in step on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder the other computer keeps it in step through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coping_model</name>
    <message>
        <source>The total runs from 10 to 60. Each check-in is kept as it was, beside the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total} (of {lowest} to {highest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n statement(s) answered. The total shows with all %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick check: hungry, angry, lonely, tired? Tick any that fit, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick any words that fit, or add your own. There&apos;s no right answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line, if you want to say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check: {ticks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking up from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions about the hard moment, if you want them. Skip any, stop any time. Nothing counts down and no one is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped, or might help next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what you learned to What I know now, in your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan for hard times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tells me a hard time is coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can call or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places that help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My program&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show my plan on the unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy on the unlock screen is not encrypted. Anyone who uses this computer can read it, without your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_dialog</name>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio&apos;s CSV export (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One&apos;s JSON export (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jrnl&apos;s JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file isn&apos;t encrypted: anyone who opens it can read it. Keep it somewhere only you can reach, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry except the private ones, and your notebook, in one file: to keep, to move to another computer, or to open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, which this app can import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (entries only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the entries and notebook from a JSON file this app saved. The whole file is checked first, and you see what it holds before anything is added. What is already in your journal is never added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings in a journal you kept in Daylio (its CSV export), Day One (its JSON export, a zip file), jrnl (jrnl --export json) or as Markdown daily notes (a folder of files named like 2026-03-14.md). You see what it holds first, and nothing is added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entr(y|ies) in {file}. Private entries stayed out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import this file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holds}

What is already in your journal is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding what the file holds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>MMMM d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>day_field</name>
    <message>
        <source>Alt+Down or F4 opens a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <comment>a Qt date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>discreet</name>
    <message>
        <source>A moment for your notes, if you want one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you&apos;d like to log today? Small things count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>empty_state</name>
    <message>
        <source>No entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entries</name>
    <message>
        <source>A hard moment doesn&apos;t go in a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a win can be marked &quot;after a hard moment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Wins to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins you log show up here, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hard_times_plan</name>
    <message>
        <source>A plan for when things get hard, in your own words. Write as much or as little as you like: every part is optional. Each time you save, the plan before is kept too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you notice first: a feeling, a thought, a place, a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things that help you get through it, even a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere you feel steadier: a meeting, a library, a friend&apos;s kitchen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for yourself, for when it&apos;s hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w</source>
        <comment>Alt+letter of: What tells me a hard time…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <comment>Alt+letter of: What I can do on my own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <comment>Alt+letter of: People I can call or text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l</source>
        <comment>Alt+letter of: Places that help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <comment>Alt+letter of: What I want to remember</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g</source>
        <comment>Alt+letter of: My program&apos;s number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name and a number for each, or just one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same number Help now shows, and the one in Preferences: change it here and it changes there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this off and the copy is removed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is saved. The plan before it is kept too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is saved. It&apos;s at the top of Help now (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed, so nothing new was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a &amp;PDF wallet card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wallet card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name}. Only you can open the file on this computer. Print it at its actual size (100%), not fitted to the page, so each card is wallet-sized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The plan holds up to %n people.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of person {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of person {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves your plan, as it is here, as a PDF of small cards to cut out and fold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my program, 555-0142</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>u</source>
        <comment>Alt+letter of: Also show my plan on the unlock…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own program&apos;s number, if you added it, shows here once your journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can write a plan for hard times here: what you notice first, what helps, who to call, where to go. It shows at the top of this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to keep this copy of your plan on the unlock screen. It isn&apos;t encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to handle this alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These work without the internet and are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or text 988, any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMHSA National Helpline (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-800-662-4357: free, confidential, 24/7, in English and Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>how_i_am_section</name>
    <message>
        <source>Your own word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word and press Enter. It joins the others, ticked. Commas make two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save how I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you were before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. When you check in, it shows here, with its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter changes the selected one. Delete removes it, and Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing how you were on {day}. Escape leaves it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check: {ticks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own word, ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check: hungry, angry, lonely, tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a day as Qt writes it: month, day, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep how you are, for the day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the check-in as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected check-in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected check-in (Delete). Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word first, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idle</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_coping</name>
    <message>
        <source>Check-in {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I am check-in {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking-up note {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-times plan version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in {number} has the same uid as check-in {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I am check-in {number} has the same uid as how I am check-in {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking-up note {number} has the same uid as picking-up note {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking-up note {number} has the same hard moment as picking-up note {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook&apos;s &quot;{key}&quot; should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check-in (with a uid, day and answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;answers&quot; should be a list of {count} answers, each a whole number from {lowest_answer} to {highest_answer} or null for a statement skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no answers: at least one statement needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a how I am check-in (with a uid and day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has more than {max_how_i_am_words} words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no words, HALT ticks or line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picking-up note (with a uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has nothing in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version of the plan (with its saved_at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has more than {max_plan_people} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person (with a name, a number or both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;halt&quot; should list any of {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} isn&apos;t written as {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has {key} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s {what} should be written YYYY-MM-DD, like 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s {what} hasn&apos;t come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s {what} is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s {key} is longer than {max_name_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;tags&quot; should be a list of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be a date and time like 2026-03-14T18:00:00+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be a date and time with its offset, like 2026-03-14T18:00:00+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; hasn&apos;t come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s {key} should be 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be one of {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s {key} is longer than {limit:,} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s {key} has characters that can&apos;t be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;at&quot; should be a time like 18:30, or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <source>That file ends too early ({place}): it may have been cut off while it was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This file holds %Ln entry(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %Ln entry(ies) and {items}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notebook item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new to add: (the entry was|all %Ln entries were) already in the journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln entry(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln (was|were) already in the journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the notebook: %Ln item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That file couldn&apos;t be read. Check its name and folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is over {megabytes:g} MB, more than this app imports at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is over {limit:,} bytes, more than this app imports at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of that file isn&apos;t UTF-8 text, so it isn&apos;t an export from this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file can&apos;t be read as JSON: the problem is at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is nested too deeply to be an export from this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file isn&apos;t an export from this app: it doesn&apos;t start with &quot;format&quot;: &quot;{export_format}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file has {key} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file has no &quot;version&quot; number, so it can&apos;t be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file was made by a newer version of the app. Update the app, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file&apos;s version ({version}) isn&apos;t one this app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;categories&quot; in that file should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file has no &quot;entries&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category (with a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;position&quot; should be a whole number from 0 to {max_position:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has the same name as category {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} has the same uid as entry {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry (with a uid, kind and day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no uid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s uid should be 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;kind&quot; should be &quot;win&quot; or &quot;hard_moment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is marked private. Private entries stay out of exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is a win with a &quot;moment_word&quot;; only hard moments have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is a hard moment with a category; they don&apos;t go in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is a hard moment marked &quot;after_hard_moment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is a win with no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s {key} is longer than {max_text_chars:,} characters, more than one entry can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;notebook&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object (with notes, bring_up, plan, sessions, phrases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan item {number} has the same &quot;id&quot; as plan item {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {number} has the same plan item and day as session {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook note {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring-up item {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phrase (with its text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook&apos;s &quot;{key}&quot; should be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note (with a section, text and saved_at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item to bring up (with its text and added_on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan item (with an id, weekday and kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;id&quot; should be a whole number from 1 to {max_position:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;weekday&quot; should be a whole number from 0 (Monday) to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session (with a day, kind and attendance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;plan&quot; should be the &quot;id&quot; of a plan item in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;entry_uid&quot; should be 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal_page</name>
    <message>
        <source>Nothing here yet. You don&apos;t need to be sure. You just need to show up.
Log one small thing you did today, even just opening this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match. Try fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re not starting over. You&apos;re picking up from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About a month ago, you wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;win from a month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a win (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a day as Qt writes it: month, day, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>From a day to a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close welcome message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the win from a month ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{words}”</source>
        <comment>the person&apos;s words, quoted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {words}</source>
        <comment>a notebook part, then its words</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keep_in_step</name>
    <message>
        <source>Use this journal on another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal can be on two computers, through a folder you already keep in step between them: with Syncthing, Dropbox, OneDrive or Nextcloud, or on a USB stick you carry. Your journal is written there, encrypted, and kept in step from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the other computer, choose Open a journal from a folder, then type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to keep your journal in step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is kept in step through this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your other computer, choose Open a journal from a folder and type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other computer has opened it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is left as it is, so your other computers keep what is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing your journal into the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is in the folder now, and kept in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer doesn&apos;t keep the journal in step any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That computer is forgotten here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its changes won&apos;t be read here any more; to stop it reading your journal too, give the journal new keys in Journal, Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer {number}: not heard from yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer {number}: heard from {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop keeping in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>know_now_page</name>
    <message>
        <source>You&apos;re not starting over. You&apos;re picking up from here, with what you&apos;ve learned. Write as much or as little as you like, and change it whenever you learn more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I know now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you know now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new version (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time you save, the version before stays here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} (emptied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote on {when}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <extracomment>The name of the language you are translating into, written in that language: &quot;Español&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>live_journal</name>
    <message>
        <source>Done again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>log_dialog</name>
    <message>
        <source>Small things count. Pick one, or write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click one to save it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click, or press Ctrl+Enter, to save this win at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category, the day, a note, tags, and keeping it private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day, tags, and keeping it private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions about this hard moment, if you want them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes about this hard moment: what was going on, what helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what you were writing when the journal locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing it down takes nothing away from anything you&apos;ve done. You&apos;re picking up from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you do? One line is plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your word for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what helped, even a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: anything you want to remember about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, separated by commas: group, family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This came after a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: never goes into an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>J&amp;ournal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Showing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I &amp;know now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;rases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. That counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted. Everything you&apos;ve done still counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers for help, any time (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and hide the window at once ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is set, and the old recovery code no longer works. Here is your new recovery code. It is shown only now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. It opens with the passphrase it had when the backup was made. The journal as it was is kept among the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has new keys. Open it with your new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has new keys. Here is your new recovery code, shown only now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is the {instrument}: {source} {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal of small wins. Everything stays encrypted on this computer, and the app never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>manage</name>
    <message>
        <source>Untick a category to hide it. Entries keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a quick win to hide it. Entries keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories and quick wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;win…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a &amp;hard moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;plan for hard times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share a summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export and import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this journal on another computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories and quick wins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>new_key</name>
    <message>
        <source>New keys from your other computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal was given new keys on your other computer. Until this computer has them too, what you write here stays here, and nothing new comes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase you chose on the other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;passphrase you chose there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code the other computer showed when it gave the journal new keys. The code you had before no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase too. It becomes your journal&apos;s passphrase, here and on your other computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery &amp;code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pass&amp;phrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting your journal here with the new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal has the new key here, and is kept in step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer opens it by itself: you can choose that again in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notebook_bring_up</name>
    <message>
        <source>Only things you haven&apos;t brought up yet can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s more than one item holds (%Ln character(s)). You can split it into two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write a few words about what you want to bring up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notebook_check_ins</name>
    <message>
        <source>Choose every 1, 2 or 3 months, or no reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in has ten statements: give an answer, or none, for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is a step from 1 ({lowest}) to 6 ({highest}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least one statement. You can skip any of the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A check-in&apos;s note holds up to %Ln character(s). The rest could go in your journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_hard_times</name>
    <message numerus="yes">
        <source>Each part of the plan holds up to %Ln character(s). A short plan is easier to reach for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep each name under %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a long number. Keep it under %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan holds up to %Ln (person|people).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_how_i_am</name>
    <message>
        <source>Pick a word, tick one of HALT, or write a line first. Any one is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep each word under %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pick up to %Ln word(s). The line can say the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the line under %Ln character(s). Your journal has room for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_model</name>
    <message>
        <source>What works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What doesn&apos;t work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support I need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps you, even a little. Small things count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What hasn&apos;t helped you so far. Knowing it is useful too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can take on right now, and what is too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, places, times or feelings that make things harder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support you need, in your words, not what someone else thinks you should want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t feel safe in this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I hate being on Zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need more one-on-one time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want a new therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smaller group would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln group session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln individual session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intake call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) to the program</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was there, late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was there, left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didn&apos;t make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to my individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had the intake call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the call to the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went to a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{win}, later than planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{win}, got there late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{win}, kept it short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{win}, left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I showed up once: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I showed up twice: {list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>I showed up %Ln time(s): {list}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} on {weekday}s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notebook_notes</name>
    <message numerus="yes">
        <source>That&apos;s more than one section holds (%Ln character(s)). Try keeping the main points.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_phrases</name>
    <message numerus="yes">
        <source>A phrase holds up to %Ln character(s). A short one is easier to say.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That phrase is already in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the phrase first. A few words are enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notebook_picking_up</name>
    <message>
        <source>There&apos;s nothing in it yet. You can skip this, or add a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking up from here goes with a hard moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That hard moment has its notes already. You can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each answer holds up to %Ln character(s). The rest could go in your journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_plan</name>
    <message numerus="yes">
        <source>Keep the label under %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notebook_search</name>
    <message>
        <source>To bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases for coming back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notebook_sessions</name>
    <message>
        <source>That day already has this session from your plan. Change that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A session note holds up to %Ln character(s). The rest could go in your journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_widgets</name>
    <message>
        <source>Changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is what you were writing when the journal locked. It isn&apos;t saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>open_from_folder</name>
    <message>
        <source>Open a journal from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal can come to this computer through a folder you keep in step, with Syncthing, Dropbox or a USB stick. On the computer that has it, choose Use this journal on another computer in the Journal menu. Then choose that folder here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase you use on the other computer, or the recovery code you kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing your journal to this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder your journal is kept in step through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the journal is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase or recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>open_journal</name>
    <message>
        <source>logging a win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noting a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logging those wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noting those hard moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiding the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the category again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hiding the quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing the quick win again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving the quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving that version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding it to What I know now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking it as brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>putting it back on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding it to your week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to your week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking it out of your week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving the phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to your reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noting how you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing your plan on the unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking it off the unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to your program&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t the current passphrase, so nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>other_apps</name>
    <message>
        <source>Markdown daily notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s day hasn&apos;t come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s day is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (part {number} of {notes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder has no entries from {app} in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file has no entries from {app} in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This folder holds %Ln entry(ies) from {app}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %Ln entry(ies) from {app}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their moods come in as How I am, each in its own word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln (has only a mood, so it comes|have only a mood, so they come) in as How I am alone.</source>
        <comment>a count of entries</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln (entry is|entries are) longer than one entry here holds, so each goes in as several, in order.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more (has no words in it, so it stays|have no words in them, so they stay) out.</source>
        <comment>a count of entries</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{where}&apos;s {key} is longer than {limit:,} characters, more than this app imports as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s {key} has characters that can&apos;t be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of {name} isn&apos;t UTF-8 text, so it isn&apos;t {what} this app can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file isn&apos;t {app}: {how}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first line should name the columns {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Daylio export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file can&apos;t be read as CSV: the problem is on line {line_num}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry {number} has over {limit} characters in one cell, more than this app reads from a Daylio export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;full_date&quot; should be written YYYY-MM-DD, like 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it should be the zip file Day One exports as JSON, with Journal.json in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Day One export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in it has no &quot;entries&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} isn&apos;t written as an entry (with a uuid and creationDate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no &quot;uuid&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;text&quot; should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln (photo or attachment in it stays|photos and attachments in it stay) out: this app keeps words only.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That zip file is damaged, so it can&apos;t be read. Export it from Day One again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That zip file is packed in a way this app can&apos;t unpack. Export it from Day One again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in that zip file unpacks to over {megabytes:g} MB, more than this app imports at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be a date and time like 2026-03-14T18:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can&apos;t be read as JSON: the problem is at line {lineno}, column {colno}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it should be JSON with an &quot;entries&quot; list, as jrnl --export json writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a jrnl export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} isn&apos;t written as an entry (with a date and a title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;date&quot; should be written YYYY-MM-DD, like 2026-03-14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;title&quot; and &quot;body&quot; should be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of daily notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the folder that holds them, not one note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder couldn&apos;t be read. Check its name, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder has no daily notes in it: they are files named like 2026-03-14.md. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily notes in that folder come to over {megabytes:g} MB, more than this app imports at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln other (file in the folder stays|files in the folder stay) out: only notes named like 2026-03-14.md come in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>own_details</name>
    <message numerus="yes">
        <source>That&apos;s a long number. Keep it under %Ln character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phrases_page</name>
    <message>
        <source>Phrases for coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from the program, for when it&apos;s hard to start. Copy one, or make it your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phrases here right now. Add one in your own words. Something as short as “I&apos;m here now.” is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C or a double-click copies the selected phrase. Enter or F2 changes it, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phrase of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. It leaves the clipboard again in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to your phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phrases yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected phrase (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected phrase (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the phrase up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected phrase up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the phrase down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected phrase down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected phrase (Delete). Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the phrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>picking_up</name>
    <message>
        <source>A few notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here, or Escape, keeps what you&apos;ve written so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hard moment is private, so these notes are too: they stay out of exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this to What I know now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s saved as a new version of that part. What it said before stays in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are kept. Undo (Ctrl+Z) takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are changed. Undo (Ctrl+Z) puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to What I know now, as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those words are in What I know now already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are as they were. To remove them, use Delete in the list of notes (Check-ins, Picking up from here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written, so nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you want, a few short questions can help you pick up from here: what was going on, what you felt, what you did, what helped. Skip any, stop any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick up from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking up from &amp;here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a hard moment on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on {day}. Its hard moment isn&apos;t in the journal now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{about} Private, like its hard moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling {feelings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <comment>a label before its field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is plenty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you learned, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what you&apos;ve written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you noted after a hard moment, newest first. Change them any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. After you write down a hard moment, you can note what was going on and what helped, if you want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Change opens the notes again. Delete removes them, and Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes after a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected notes (Delete). Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>The journal opens without the passphrase on this computer. Anyone who can log in as you here could open it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase and recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the paper with your recovery code? Make a new one. The old code stops working, and the new one is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small is your computer&apos;s own text size; the others are larger. Changes show at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As this computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app speaks it the next time it opens. Your own words stay as you wrote them, and the help lines are always in English and Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: my program, 555-0142</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your program&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shows on the Help now page. It&apos;s kept inside the encrypted journal, so it shows there only while the journal is open, unless you keep your plan for hard times on the unlock screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. It shows on the Help now page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Help now shows the national lines only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you step away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after no use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover the journal when you switch to another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shortcut} locks and hides the window at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet: a neutral name and a plain icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off, the window shows the app&apos;s own name, {name}, and its icon. Window titles never show what you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shows at most once a day, while the app is open (locked is fine), and not on a day you&apos;ve already opened your journal. Clicking it opens Log a win.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is your new recovery code, shown only now. Write it down or keep it somewhere only you can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer now opens the journal by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer opens the journal by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your recovery code still works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress_page</name>
    <message>
        <source>Wins to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every win adds to this line. Nothing takes away from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with more wins stand out more. Quiet days are just quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins by kind, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a chart: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a table: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a Qt date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hard moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}. Only you can open the file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>This desktop has no tray area and no notifications the app can reach, so reminders can&apos;t show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a win…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Showing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honesty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for what I need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showed up to group after a slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said one honest sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called instead of ghosting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked to intake, without committing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat in group without saying a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came to one session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for a new therapist or a smaller group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told someone about a slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m just here to listen today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m not ready to talk yet, but I wanted to be in the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I ghosted before. I&apos;m here now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I got overwhelmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I fell off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m here now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screen_lock</name>
    <message>
        <source>The journal locks when this computer&apos;s screen locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal locks when this computer&apos;s screen locks or it goes to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal locks when this computer goes to sleep. This computer doesn&apos;t tell the app when the screen locks, so lock the journal yourself with {key}, or let it lock after a few minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer doesn&apos;t tell the app when the screen locks, so lock the journal yourself with {key}, or let it lock after a few minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the app can&apos;t tell when {system} locks the screen, so lock the journal yourself with {key}, or let it lock after a few minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Already keeping a journal on another computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, encrypted with a passphrase only you know. The app never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who learns your passphrase, or who uses this computer while the journal is open, can read it. You can lock it any time with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase and lose the recovery code you&apos;ll get next, no one can open the journal. Not you, and not us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up stopped last time before your recovery code was kept, so here is a new one. The earlier code no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to guess. A few unrelated words work better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. A little longer makes it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A private place for the small things that count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t need to be sure. You just need to show up. This helps you see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words are easy to remember and hard to guess, like “lamp orchard tuesday violin”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases aren&apos;t the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens the journal. It is shown only now. Write it on paper, or save it somewhere only you can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One group of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure it&apos;s kept, type group {number} of {count} from your copy (or save it to a file above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery-code.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code for your journal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file couldn&apos;t be saved. Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Keep that file somewhere only you can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open without the passphrase on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can remember the key, so the journal opens by itself. Anyone who can log in as you on this computer could then open it too. Most people leave this off. You can change it later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Select Open my journal to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>share_dialog</name>
    <message>
        <source>Entries you marked private never go in, whatever you choose here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard moments stay out unless you tick them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save a file for the clinic&apos;s records (FHIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for the clinic&apos;s records wasn&apos;t saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second file beside the PDF, in the form clinics&apos; record systems read: your check-ins&apos; answers and the name above, nothing else. It has no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for the clinic&apos;s records holds check-ins: tick What I have going for me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no check-ins in these days, so no file for the clinic&apos;s records was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you write in What I know now, its parts can go in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save PDF keeps the summary as a file you can print later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day is before these days, so page 1 leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day is the last of these days or after, so page 1 leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep the summary as a file, use Save PDF: only you can open what it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a summary to show your therapist. You choose what goes in, and you see the pages before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a password for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password helps if the summary travels by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and last day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of my last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a few words for your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On page 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins by kind and the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I want to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open ones first, then those you brought up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many sessions you showed up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I have going for me (check-in totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total of each check-in in these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I am, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which words you chose, and how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from picking up from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the hard moments that go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I know now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What follows page 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check-in&apos;s answers, after the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}  ·  {label}  ·  {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords aren&apos;t the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary-{day}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}. Only you can open the file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {file}, and the file for the clinic&apos;s records as {clinic_file}. Only you can open them on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words on the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words of every page as text, beside the pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>showing_up_page</name>
    <message>
        <source>Every session you get to counts, late or leaving early too. One you didn&apos;t make takes nothing away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from your week&apos;s plan today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded yet. Coming to one session counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sessions you usually have, and today&apos;s show up here for one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t need to be sure. You just need to show up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} on {weekday}s</source>
        <comment>e.g. Group on Tuesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session} · {time} · {how_it_went}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session} · {how_it_went}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You showed up once so far, on {day}. That counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You showed up twice since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You showed up %Ln time(s) since {since}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{weekday}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: anything you want to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter changes the selected session; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your week&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional name, like Tuesday group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{session} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was there: {session}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. Showing up counts, and it&apos;s in your wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. It takes nothing away from anything you&apos;ve done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. Its win stays in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month_day}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wins logged on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wins logged between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;ve been doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session on {day}, nothing is logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session on {day}: I logged {wins}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session on {day}: had {hard}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session on {day}: showed up {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session on {day}: I logged {wins} and had {hard}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session on {day}: I logged {wins} and showed up {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session on {day}: had {hard} and showed up {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since my last session on {day}: I logged {wins}, had {hard} and showed up {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wins}, {hard}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I logged, in my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything I logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hard moments logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped most often: {helped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought up on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I want to bring up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{instrument}, from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {statements} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I have going for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery capital check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I have going for me, each answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {instrument}: each statement as it is asked, and my answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I am, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I noted how I am {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words I chose: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALT: {ticks}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped or might help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picking up from here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I came back {times}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wins by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I know now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>summary_counts</name>
    <message numerus="yes">
        <source>Keep the name under %Ln characters: initials are fine.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the note under %Ln characters, so it fits on page 1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s) logged on {day}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s) logged between {first} and {last}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hard moment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I logged %Ln hard moment(s) in this period, {noted} with notes on picking up from here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I logged %Ln hard moment(s) in this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s) with the {instrument}. The total runs from {lowest} to {highest}; the latest {latest}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s) with the {instrument}. The total runs from {lowest} to {highest}:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The words I chose: {words} and %Ln other(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The folder that keeps this journal in step isn&apos;t there. Connect the drive it is on; if it moved, stop keeping in step and choose it where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync_folder</name>
    <message>
        <source>The folder that keeps this journal in step can&apos;t be written to. Check that the drive is connected and the folder is yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync_folders</name>
    <message>
        <source>Nextcloud or ownCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal folder is inside a folder that {client} syncs, so encrypted copies of it may end up on other computers or online, out of step with each other; it&apos;s safer to keep it in the app&apos;s own folder on this computer and, to have it on another computer too, choose Use this journal on another computer in the Journal menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sync_schedule</name>
    <message>
        <source>Keeping in step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in step for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for your other computer, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In step with %Ln other computer(s), {when}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>What helped: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday}, {month_day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Help now, with your plan at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code you kept when you set up the journal. Then choose a new passphrase. You&apos;ll get a new recovery code too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>That passphrase didn&apos;t open the journal. The key file was damaged, so an older copy is in use: try the passphrase you had before, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>What I have going for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten statements about what supports you right now. It takes about three minutes, and you can skip any statement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wallet_card</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut out each card along its outline, then fold it on the dashed line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases aren&apos;t the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It becomes your journal&apos;s passphrase, here and on your other computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Other win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your first small win will show up here. Every one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve logged %Ln win(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve logged %Ln win(s) since {month}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln this week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You came back %Ln time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) or more match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) match(es|).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln in your notebook too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in your notebook.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{month_day}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday}, {month_day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
