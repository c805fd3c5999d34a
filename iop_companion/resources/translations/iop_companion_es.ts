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
</TS>
