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
        <source>Your own words stay as you wrote them. The help lines are always in English and Spanish.</source>
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
</TS>
