<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419" sourcelanguage="en">
<context>
    <name>KnownError</name>
    <message>
        <source>This journal file is older than the last one this computer closed: some saves may be missing. If you have a newer copy or a backup, restore it.</source>
        <translation>Este archivo del diario es más antiguo que el último que cerró esta computadora: puede que falten algunos cambios guardados. Si tienes una copia más reciente o una copia de seguridad, restáurala.</translation>
    </message>
    <message>
        <source>The key file was damaged, so the copy from before your last passphrase change opened the journal. Choose a new passphrase now.</source>
        <translation>El archivo de la clave estaba dañado, así que el diario se abrió con la copia de antes de tu último cambio de frase de contraseña. Elige una frase de contraseña nueva ahora.</translation>
    </message>
    <message>
        <source>Setting up stopped before your recovery code was kept, so the journal gets a new one now.</source>
        <translation>La configuración se detuvo antes de guardar tu código de recuperación, así que el diario recibe uno nuevo ahora.</translation>
    </message>
    <message>
        <source>The earlier code no longer works. Keep this one somewhere only you can reach:</source>
        <translation>El código anterior ya no funciona. Guarda este en un lugar al que solo tú puedas llegar:</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you saved is lost.</source>
        <translation>Algo salió mal. No se perdió nada de lo que guardaste.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open the journal. Check Caps Lock, or use your recovery code.</source>
        <translation>Esa frase de contraseña no abrió el diario. Revisa Bloq Mayús o usa tu código de recuperación.</translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open the journal. Check each group against the copy you kept.</source>
        <translation>Ese código de recuperación no abrió el diario. Compara cada grupo con la copia que guardaste.</translation>
    </message>
    <message>
        <source>That recovery code has a typo somewhere. Check each group against the copy you kept.</source>
        <translation>Ese código de recuperación tiene un error de escritura en alguna parte. Compara cada grupo con la copia que guardaste.</translation>
    </message>
    <message>
        <source>This computer doesn&apos;t remember the journal&apos;s key. Use your passphrase instead.</source>
        <translation>Esta computadora no recuerda la clave del diario. Usa tu frase de contraseña.</translation>
    </message>
    <message>
        <source>This computer has no safe keychain to remember the key in, so it isn&apos;t saved. You can keep using your passphrase.</source>
        <translation>Esta computadora no tiene un llavero del sistema seguro donde recordar la clave, así que no se guardó. Puedes seguir usando tu frase de contraseña.</translation>
    </message>
    <message>
        <source>There&apos;s no journal in this folder yet. Create one first.</source>
        <translation>Todavía no hay un diario en esta carpeta. Primero crea uno.</translation>
    </message>
    <message>
        <source>There&apos;s already a journal in this folder. Open it, or choose another folder.</source>
        <translation>Ya hay un diario en esta carpeta. Ábrelo o elige otra carpeta.</translation>
    </message>
    <message>
        <source>The journal file is damaged and can&apos;t be read. Your passphrase is fine. Restore a backup to keep going.</source>
        <translation>El archivo del diario está dañado y no se puede leer. Tu frase de contraseña está bien. Restaura una copia de seguridad para continuar.</translation>
    </message>
    <message>
        <source>The key file beside your journal is damaged. Restore a backup of the journal folder, or use your recovery code if you have a copy of the key file.</source>
        <translation>El archivo de la clave que está junto a tu diario está dañado. Restaura una copia de seguridad de la carpeta del diario, o usa tu código de recuperación si tienes una copia del archivo de la clave.</translation>
    </message>
    <message>
        <source>Another window changed the journal&apos;s passphrase or recovery code first, so nothing changed here. Try again if you still want this change.</source>
        <translation>Otra ventana cambió primero la frase de contraseña o el código de recuperación del diario, así que aquí no cambió nada. Vuelve a intentarlo si todavía quieres hacer este cambio.</translation>
    </message>
    <message>
        <source>No new passphrase came in, so nothing changed. Run the command again where you can type one.</source>
        <translation>No llegó ninguna frase de contraseña nueva, así que nada cambió. Vuelve a ejecutar el comando donde puedas escribir una.</translation>
    </message>
    <message>
        <source>The key file asks for settings this app won&apos;t use, so it wasn&apos;t opened. It may have been changed. Restore a backup of the journal folder.</source>
        <translation>El archivo de la clave pide una configuración que esta app no usa, así que no se abrió. Puede que alguien lo haya cambiado. Restaura una copia de seguridad de la carpeta del diario.</translation>
    </message>
    <message>
        <source>This journal was made by a newer version of the app. Update the app to open it.</source>
        <translation>Este diario se creó con una versión más nueva de la app. Actualiza la app para abrirlo.</translation>
    </message>
    <message>
        <source>The journal folder can&apos;t be used: it&apos;s missing or can&apos;t be written to. Check that the drive is connected and the folder is yours.</source>
        <translation>No se puede usar la carpeta del diario: no existe o no se puede escribir en ella. Revisa que la unidad esté conectada y que la carpeta sea tuya.</translation>
    </message>
    <message>
        <source>There&apos;s no room left on the disk to save this. Free some space and try again. Everything saved before is safe.</source>
        <translation>No queda espacio en el disco para guardar esto. Libera un poco de espacio y vuelve a intentarlo. Todo lo que guardaste antes está a salvo.</translation>
    </message>
    <message>
        <source>The disk didn&apos;t take the change. Check that there&apos;s free space and the drive is still connected, then try again. Everything saved before is safe.</source>
        <translation>El disco no aceptó el cambio. Revisa que haya espacio libre y que la unidad siga conectada, y vuelve a intentarlo. Todo lo que guardaste antes está a salvo.</translation>
    </message>
    <message>
        <source>This computer doesn&apos;t have enough free memory to use your passphrase right now. Close a few programs and try again. Nothing changed.</source>
        <translation>Ahora mismo esta computadora no tiene suficiente memoria libre para usar tu frase de contraseña. Cierra algunos programas y vuelve a intentarlo. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters. A few unrelated words work well.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be written. Check the folder and try again.</source>
        <translation>No se pudo escribir ese archivo. Revisa la carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That&apos;s a folder, a device or a pipe, not a file, so nothing was done with it. Choose a file.</source>
        <translation>Eso es una carpeta, un dispositivo o una canalización (pipe), no un archivo, así que no se hizo nada con eso. Elige un archivo.</translation>
    </message>
    <message>
        <source>Saving there could overwrite the journal itself, so nothing was written. Choose a folder outside the journal&apos;s folder.</source>
        <translation>Guardar ahí podría sobrescribir el propio diario, así que no se escribió nada. Elige una carpeta fuera de la carpeta del diario.</translation>
    </message>
    <message>
        <source>What the command had to show couldn&apos;t be written: the place it goes to is full or closed. Your journal is safe.</source>
        <translation>No se pudo escribir lo que el comando tenía que mostrar: el lugar adonde va está lleno o cerrado. Tu diario está a salvo.</translation>
    </message>
    <message>
        <source>The recovery code couldn&apos;t be shown, because the output is full or closed, so no journal was made. Run init again where you can see what it prints.</source>
        <translation>No se pudo mostrar el código de recuperación porque la salida está llena o cerrada, así que no se creó ningún diario. Vuelve a ejecutar init donde puedas ver lo que muestra.</translation>
    </message>
    <message>
        <source>That file can&apos;t be imported. Nothing was imported.</source>
        <translation>Ese archivo no se puede importar. No se importó nada.</translation>
    </message>
    <message>
        <source>That file isn&apos;t from the app you chose. Nothing was imported.</source>
        <translation>Ese archivo no es de la app que elegiste. No se importó nada.</translation>
    </message>
    <message>
        <source>That entry isn&apos;t in the journal anymore.</source>
        <translation>Esa entrada ya no está en el diario.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to keep going.</source>
        <translation>El diario está bloqueado. Desbloquéalo para continuar.</translation>
    </message>
    <message>
        <source>The journal is open in another window. Close it there, then try again.</source>
        <translation>El diario está abierto en otra ventana. Ciérralo ahí y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The journal is busy for a moment. Try again in a few seconds.</source>
        <translation>El diario está ocupado por un momento. Vuelve a intentarlo en unos segundos.</translation>
    </message>
    <message>
        <source>That file isn&apos;t a backup of the journal. Choose a file made with Backup.</source>
        <translation>Ese archivo no es una copia de seguridad del diario. Elige un archivo que se haya creado como copia de seguridad.</translation>
    </message>
    <message>
        <source>There&apos;s no backup with that name. The list of backups shows the names to use.</source>
        <translation>No hay ninguna copia de seguridad con ese nombre. La lista de copias de seguridad muestra los nombres que puedes usar.</translation>
    </message>
    <message>
        <source>That backup file is damaged or incomplete, so it can&apos;t be restored. Your current journal is unchanged.</source>
        <translation>Esa copia de seguridad está dañada o incompleta, así que no se puede restaurar. Tu diario actual no cambió.</translation>
    </message>
    <message>
        <source>That backup was made by a newer version of the app. Update the app to restore it. Your current journal is unchanged.</source>
        <translation>Esa copia de seguridad se creó con una versión más nueva de la app. Actualiza la app para restaurarla. Tu diario actual no cambió.</translation>
    </message>
    <message>
        <source>That didn&apos;t open the backup. A backup opens with the passphrase or recovery code the journal had when the backup was made.</source>
        <translation>Eso no abrió la copia de seguridad. Una copia de seguridad se abre con la frase de contraseña o el código de recuperación que tenía el diario cuando se creó la copia.</translation>
    </message>
    <message>
        <source>There&apos;s already a file with that name, and it isn&apos;t a backup. Choose another name so nothing gets overwritten.</source>
        <translation>Ya hay un archivo con ese nombre, y no es una copia de seguridad. Elige otro nombre para que no se sobrescriba nada.</translation>
    </message>
    <message>
        <source>The copy of the journal didn&apos;t pass its check, so it wasn&apos;t kept and nothing changed. Check the journal for damage, then try again.</source>
        <translation>La copia del diario no pasó su revisión, así que no se guardó y nada cambió. Revisa si el diario tiene daños y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The backup can&apos;t be written there. Check that the drive is connected and the folder can be written to, then try again. Your journal is unchanged.</source>
        <translation>No se puede escribir la copia de seguridad ahí. Revisa que la unidad esté conectada y que se pueda escribir en la carpeta, y vuelve a intentarlo. Tu diario no cambió.</translation>
    </message>
    <message>
        <source>That backup can&apos;t be read. Check that the drive is connected, then try again. Your journal is unchanged.</source>
        <translation>No se puede leer esa copia de seguridad. Revisa que la unidad esté conectada y vuelve a intentarlo. Tu diario no cambió.</translation>
    </message>
    <message>
        <source>That isn&apos;t in the notebook anymore. It may have been removed a moment ago.</source>
        <translation>Eso ya no está en el cuaderno. Puede que se haya quitado hace un momento.</translation>
    </message>
    <message>
        <source>This journal isn&apos;t kept in step with a folder yet. Choose one with Use this journal on another computer.</source>
        <translation>Este diario todavía no se mantiene al día con una carpeta. Elige una con Usar este diario en otra computadora.</translation>
    </message>
    <message>
        <source>That folder has other files in it. Choose an empty folder, or make a new one.</source>
        <translation>Esa carpeta tiene otros archivos. Elige una carpeta vacía o crea una nueva.</translation>
    </message>
    <message>
        <source>That folder keeps a different journal in step. Choose another folder.</source>
        <translation>Esa carpeta mantiene al día otro diario. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>There&apos;s no journal in that folder yet. On the computer that has it, choose Use this journal on another computer first.</source>
        <translation>Todavía no hay un diario en esa carpeta. En la computadora que lo tiene, primero elige Usar este diario en otra computadora.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed on this computer.</source>
        <translation>Se detuvo. No se cambió nada en esta computadora.</translation>
    </message>
    <message>
        <source>That&apos;s the recovery code, so choose a new passphrase too: it becomes your journal&apos;s passphrase on every computer.</source>
        <translation>Ese es el código de recuperación, así que elige también una frase de contraseña nueva: será la frase de contraseña de tu diario en todas las computadoras.</translation>
    </message>
    <message>
        <source>This journal&apos;s key was changed on another computer. Type the passphrase chosen there to keep this computer in step.</source>
        <translation>La clave de este diario se cambió en otra computadora. Escribe la frase de contraseña que se eligió allá para que esta computadora siga al día.</translation>
    </message>
    <message>
        <source>No other computer here has an id that starts like that. &apos;sync status&apos; shows the ids to use.</source>
        <translation>Ninguna otra computadora aquí tiene un id que empiece así. &apos;sync status&apos; muestra los ids que puedes usar.</translation>
    </message>
    <message>
        <source>The summary couldn&apos;t be made. Nothing was saved. Try again, or with fewer parts.</source>
        <translation>No se pudo crear el resumen. No se guardó nada. Vuelve a intentarlo, o inténtalo con menos partes.</translation>
    </message>
    <message>
        <source>There&apos;s nothing in your plan yet. Write a part of it first, then print the card.</source>
        <translation>Tu plan todavía no tiene nada. Primero escribe una parte y luego imprime la tarjeta.</translation>
    </message>
    <message>
        <source>The card couldn&apos;t be made. Nothing was saved. Try again.</source>
        <translation>No se pudo crear la tarjeta. No se guardó nada. Vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>backups_dialog</name>
    <message>
        <source>Made automatically</source>
        <translation>Hecha automáticamente</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por ti</translation>
    </message>
    <message>
        <source>Your journal as it was before a restore</source>
        <translation>Tu diario como estaba antes de una restauración</translation>
    </message>
    <message>
        <source>Your journal as it was before an update</source>
        <translation>Tu diario como estaba antes de una actualización</translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation>
            <numerusform>%Ln logro</numerusform>
            <numerusform>%Ln logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hard moment(s)</source>
        <translation>
            <numerusform>%Ln momento difícil</numerusform>
            <numerusform>%Ln momentos difíciles</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup holds {wins} and {hard_moments}, from {first} to {last}.</source>
        <translation>Esta copia de seguridad tiene {wins} y {hard_moments}, del {first} al {last}.</translation>
    </message>
    <message>
        <source>This backup holds {wins} and {hard_moments}.</source>
        <translation>Esta copia de seguridad tiene {wins} y {hard_moments}.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Each day you use the journal, the app keeps an encrypted backup in its own folder. You can also save one anywhere, such as a USB stick. A backup opens with the passphrase or recovery code the journal had when it was made.</source>
        <translation>Cada día que usas el diario, la app guarda una copia de seguridad cifrada en su propia carpeta. También puedes guardar una en cualquier lugar, como una memoria USB. Una copia de seguridad se abre con la frase de contraseña o el código de recuperación que tenía el diario cuando se creó.</translation>
    </message>
    <message>
        <source>No backups yet. Today&apos;s is made a moment after the journal opens.</source>
        <translation>Todavía no hay copias de seguridad. La de hoy se crea un momento después de que se abre el diario.</translation>
    </message>
    <message>
        <source>Save a backup…</source>
        <translation>Guardar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore the selected one…</source>
        <translation>Restaurar la seleccionada…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restaurar desde un archivo…</translation>
    </message>
    <message>
        <source>If you think someone knows your passphrase:</source>
        <translation>Si crees que alguien conoce tu frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Frase de contraseña nueva otra vez</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Una vez más</translation>
    </message>
    <message>
        <source>Give the journal new keys</source>
        <translation>Darle claves nuevas al diario</translation>
    </message>
    <message>
        <source>The journal is encrypted again with a new key, a new passphrase and a new recovery code. Backups made before still open with the old passphrase; you may delete them.</source>
        <translation>El diario se vuelve a cifrar con una clave nueva, una frase de contraseña nueva y un código de recuperación nuevo. Las copias de seguridad hechas antes se siguen abriendo con la frase de contraseña anterior; puedes eliminarlas.</translation>
    </message>
    <message>
        <source>{day}, {time}  ·  {kind}</source>
        <translation>{day} a las {time}  ·  {kind}</translation>
    </message>
    <message>
        <source>Save a backup</source>
        <translation>Guardar una copia de seguridad</translation>
    </message>
    <message>
        <source>companion.backup</source>
        <translation>companion.backup</translation>
    </message>
    <message>
        <source>Backups (*.backup)</source>
        <translation>Copias de seguridad (*.backup)</translation>
    </message>
    <message>
        <source>Saving the backup…</source>
        <translation>Guardando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Saved and checked: {file}. It opens with your passphrase or recovery code.</source>
        <translation>Se guardó y se revisó: {file}. Se abre con tu frase de contraseña o tu código de recuperación.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Abrir la copia de seguridad</translation>
    </message>
    <message>
        <source>The passphrase or recovery code the journal had when this backup was made:</source>
        <translation>La frase de contraseña o el código de recuperación que tenía el diario cuando se creó esta copia de seguridad:</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>{holds}

Restoring replaces the journal with it. The journal as it is now is kept as a backup first, so you can go back to it.</source>
        <translation>{holds}

Restaurarla reemplaza el diario con ella. Antes, el diario tal como está ahora se guarda como copia de seguridad, para que puedas volver a él.</translation>
    </message>
    <message>
        <source>Giving the journal new keys…</source>
        <translation>Dándole claves nuevas al diario…</translation>
    </message>
</context>
<context>
    <name>barc10</name>
    <message>
        <source>Free to use without permission, as the PhenX Toolkit publishes it.</source>
        <translation>Se puede usar libremente sin permiso, tal como lo publica el PhenX Toolkit.</translation>
    </message>
    <message>
        <source>These questions are shown in English: they were tested in English, and no Spanish version has been tested yet.</source>
        <translation>Estas preguntas se muestran en inglés: se probaron en inglés y todavía no se ha probado una versión en español.</translation>
    </message>
</context>
<context>
    <name>bring_up_page</name>
    <message>
        <source>Things I want to bring up</source>
        <translation>Temas de los que quiero hablar</translation>
    </message>
    <message>
        <source>Things worth saying to your therapist or your group. Honesty gets you help, not trouble.</source>
        <translation>Cosas que vale la pena decirle a tu terapeuta o a tu grupo. La honestidad te trae ayuda, no problemas.</translation>
    </message>
    <message>
        <source>What do you want to say? A few words are enough.</source>
        <translation>¿Qué quieres decir? Unas pocas palabras bastan.</translation>
    </message>
    <message>
        <source>Things others have said. Pick one to put it in the box, and change any word.</source>
        <translation>Cosas que otras personas han dicho. Elige una para ponerla en el cuadro, y cambia cualquier palabra.</translation>
    </message>
    <message>
        <source>Nothing here yet. If something&apos;s on your mind, a few words are enough. You don&apos;t need to be sure it matters.</source>
        <translation>Todavía no hay nada aquí. Si algo te da vueltas en la cabeza, unas pocas palabras bastan. No hace falta tener certeza de que importe.</translation>
    </message>
    <message>
        <source>When you&apos;ve said one of these, choose Brought it up. It moves here, with the day.</source>
        <translation>Cuando hayas dicho uno de estos, elige Lo hablé. Pasa aquí, con el día.</translation>
    </message>
    <message>
        <source>Enter or F2 changes the selected one, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Enter o F2 cambia el tema seleccionado, Supr lo elimina, Alt+Arriba y Alt+Abajo lo mueven.</translation>
    </message>
    <message>
        <source>Added to your list.</source>
        <translation>Se agregó a tu lista.</translation>
    </message>
    <message>
        <source>Moved to Brought up. Saying it counts.</source>
        <translation>Pasó a Ya lo hablé. Decirlo cuenta.</translation>
    </message>
    <message>
        <source>Back on your list, at the end.</source>
        <translation>De vuelta en tu lista, al final.</translation>
    </message>
    <message>
        <source>Something to bring up</source>
        <translation>Algo de lo que quieres hablar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add it to the list</source>
        <translation>Agregarlo a la lista</translation>
    </message>
    <message>
        <source>Suggestion: {text}</source>
        <translation>Sugerencia: {text}</translation>
    </message>
    <message>
        <source>Still to bring up</source>
        <translation>Por hablar</translation>
    </message>
    <message>
        <source>Things to bring up</source>
        <translation>Temas para hablar</translation>
    </message>
    <message>
        <source>Brought it up</source>
        <translation>Lo hablé</translation>
    </message>
    <message>
        <source>Mark the selected one as brought up</source>
        <translation>Marcar el seleccionado como hablado</translation>
    </message>
    <message>
        <source>Moves it to Brought up, with the day you choose</source>
        <translation>Lo pasa a Ya lo hablé, con el día que elijas</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a day as Qt writes it: month, day, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Day you brought it up</source>
        <translation>Día en que lo hablaste</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change the selected one</source>
        <translation>Cambiar el seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected one</source>
        <translation>Eliminar el seleccionado</translation>
    </message>
    <message>
        <source>on</source>
        <comment>Brought it up on a day</comment>
        <translation>el</translation>
    </message>
    <message>
        <source>Nothing to bring up yet</source>
        <translation>Todavía no hay temas para hablar</translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation>Ya lo hablé</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Put the selected one back on the list</source>
        <translation>Regresar el seleccionado a la lista</translation>
    </message>
    <message>
        <source>Puts it back on the list of things still to bring up</source>
        <translation>Lo regresa a la lista de temas por hablar</translation>
    </message>
    <message>
        <source>Delete the selected brought-up one</source>
        <translation>Eliminar el seleccionado de Ya lo hablé</translation>
    </message>
    <message>
        <source>Nothing brought up yet</source>
        <translation>Todavía no has hablado de ninguno</translation>
    </message>
    <message>
        <source>Brought up on {day}</source>
        <translation>Lo hablé el {day}</translation>
    </message>
</context>
<context>
    <name>capital_check_in</name>
    <message>
        <source>A short check-in on what supports you right now, whenever you want one.</source>
        <translation>Un registro breve de lo que te apoya ahora mismo, cuando quieras hacerlo.</translation>
    </message>
    <message>
        <source>Start a check-in</source>
        <translation>Hacer un registro</translation>
    </message>
    <message>
        <source>No check-ins yet. When you want one, it takes about three minutes.</source>
        <translation>Todavía no hay registros. Cuando quieras hacer uno, toma unos tres minutos.</translation>
    </message>
    <message>
        <source>Your check-ins, newest first</source>
        <translation>Tus registros, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Show or hide the ten answers of the selected check-in</source>
        <translation>Mostrar u ocultar las diez respuestas del registro seleccionado</translation>
    </message>
    <message>
        <source>The answers of the selected check-in</source>
        <translation>Las respuestas del registro seleccionado</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Show the total over time</source>
        <translation>Mostrar el total a lo largo del tiempo</translation>
    </message>
    <message>
        <source>The total over time</source>
        <translation>El total a lo largo del tiempo</translation>
    </message>
    <message>
        <source>The total shows here for each check-in with all ten statements answered.</source>
        <translation>Aquí se muestra el total de cada registro que tenga las diez afirmaciones respondidas.</translation>
    </message>
    <message>
        <source>A gentle reminder</source>
        <translation>Un recordatorio suave</translation>
    </message>
    <message>
        <source>Only ever a quiet line here, while your journal is open.</source>
        <translation>Aquí solo aparece una línea discreta, mientras tu diario está abierto.</translation>
    </message>
    <message>
        <source>Saved. A quiet line here will offer a check-in when it&apos;s time.</source>
        <translation>Guardado. Una línea discreta aquí te ofrecerá un registro cuando sea el momento.</translation>
    </message>
    <message>
        <source>Saved. No reminder.</source>
        <translation>Guardado. Sin recordatorio.</translation>
    </message>
    <message>
        <source>Saved. It&apos;s kept beside your other check-ins.</source>
        <translation>Guardado. Se queda junto a tus otros registros.</translation>
    </message>
    <message>
        <source>Delete the selected check-in (Delete). Undo brings it back.</source>
        <translation>Eliminar el registro seleccionado (Supr). Deshacer lo regresa.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Statement {n} of {count}</source>
        <translation>Afirmación {n} de {count}</translation>
    </message>
    <message>
        <source>Optional: a note, in your words</source>
        <translation>Opcional: una nota, con tus palabras</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Day of this check-in</source>
        <translation>Día de este registro</translation>
    </message>
    <message>
        <source>Tab goes from statement to statement, the arrow keys across the answers. Skip takes an answer back.</source>
        <translation>Tab pasa de una afirmación a otra, y las flechas recorren las respuestas. Omitir quita una respuesta.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Todavía no hay registros</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{answers}, {day}</source>
        <translation>{answers}, {day}</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>That item isn&apos;t in the journal anymore.</source>
        <translation>Ese elemento ya no está en el diario.</translation>
    </message>
    <message>
        <source>That category isn&apos;t in the journal anymore.</source>
        <translation>Esa categoría ya no está en el diario.</translation>
    </message>
    <message>
        <source>That quick win isn&apos;t in the journal anymore.</source>
        <translation>Ese logro rápido ya no está en el diario.</translation>
    </message>
    <message>
        <source>There&apos;s already a category with that name.</source>
        <translation>Ya hay una categoría con ese nombre.</translation>
    </message>
    <message>
        <source>There&apos;s no category called that. The categories are: {names}.</source>
        <translation>No hay ninguna categoría con ese nombre. Las categorías son: {names}.</translation>
    </message>
</context>
<context>
    <name>chart_text</name>
    <message>
        <source>On {day}</source>
        <translation>El {day}</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>Week ending</source>
        <translation>Semana que termina</translation>
    </message>
    <message>
        <source>Wins that week</source>
        <translation>Logros de esa semana</translation>
    </message>
    <message>
        <source>Wins to date</source>
        <translation>Logros hasta la fecha</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Regresos</translation>
    </message>
    <message>
        <source>Days with a hard moment</source>
        <translation>Días con un momento difícil</translation>
    </message>
    <message>
        <source>Your first one will start this line.</source>
        <translation>Tu primer logro va a empezar esta línea.</translation>
    </message>
    <message>
        <source>These days were quiet.</source>
        <translation>Fueron días tranquilos.</translation>
    </message>
    <message>
        <source>No wins logged in {category} yet.</source>
        <translation>Todavía no hay logros anotados en {category}.</translation>
    </message>
    <message>
        <source>No wins logged yet.</source>
        <translation>Todavía no hay logros anotados.</translation>
    </message>
    <message>
        <source>{span}, the line is at 0: my first win in {category} came later.</source>
        <translation>{span}, la línea está en 0: mi primer logro en {category} llegó después.</translation>
    </message>
    <message>
        <source>{span}, the line is at 0: your first win in {category} came later.</source>
        <translation>{span}, la línea está en 0: tu primer logro en {category} llegó después.</translation>
    </message>
    <message>
        <source>{span}, the line is at 0: my first win came later.</source>
        <translation>{span}, la línea está en 0: mi primer logro llegó después.</translation>
    </message>
    <message>
        <source>{span}, the line is at 0: your first win came later.</source>
        <translation>{span}, la línea está en 0: tu primer logro llegó después.</translation>
    </message>
    <message>
        <source>{span}, my wins to date in {category} stayed at {start}.</source>
        <translation>{span}, mis logros hasta la fecha en {category} se mantuvieron en {start}.</translation>
    </message>
    <message>
        <source>{span}, your wins to date in {category} stayed at {start}.</source>
        <translation>{span}, tus logros hasta la fecha en {category} se mantuvieron en {start}.</translation>
    </message>
    <message>
        <source>{span}, my wins to date stayed at {start}.</source>
        <translation>{span}, mis logros hasta la fecha se mantuvieron en {start}.</translation>
    </message>
    <message>
        <source>{span}, your wins to date stayed at {start}.</source>
        <translation>{span}, tus logros hasta la fecha se mantuvieron en {start}.</translation>
    </message>
    <message numerus="yes">
        <source>{span}, I logged %Ln win(s) in {category}, so my wins to date rose from {start} to {end}.</source>
        <translation>
            <numerusform>{span}, anoté %Ln logro en {category}, así que mis logros hasta la fecha subieron de {start} a {end}.</numerusform>
            <numerusform>{span}, anoté %Ln logros en {category}, así que mis logros hasta la fecha subieron de {start} a {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}, you logged %Ln win(s) in {category}, so your wins to date rose from {start} to {end}.</source>
        <translation>
            <numerusform>{span}, anotaste %Ln logro en {category}, así que tus logros hasta la fecha subieron de {start} a {end}.</numerusform>
            <numerusform>{span}, anotaste %Ln logros en {category}, así que tus logros hasta la fecha subieron de {start} a {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}, I logged %Ln win(s), so my wins to date rose from {start} to {end}.</source>
        <translation>
            <numerusform>{span}, anoté %Ln logro, así que mis logros hasta la fecha subieron de {start} a {end}.</numerusform>
            <numerusform>{span}, anoté %Ln logros, así que mis logros hasta la fecha subieron de {start} a {end}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{span}, you logged %Ln win(s), so your wins to date rose from {start} to {end}.</source>
        <translation>
            <numerusform>{span}, anotaste %Ln logro, así que tus logros hasta la fecha subieron de {start} a {end}.</numerusform>
            <numerusform>{span}, anotaste %Ln logros, así que tus logros hasta la fecha subieron de {start} a {end}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the time I came back</source>
        <translation>la vez que regresé</translation>
    </message>
    <message>
        <source>the time you came back</source>
        <translation>la vez que regresaste</translation>
    </message>
    <message numerus="yes">
        <source>the %n time(s) I came back</source>
        <translation>
            <numerusform>la %n vez que regresé</numerusform>
            <numerusform>las %n veces que regresé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n time(s) you came back</source>
        <translation>
            <numerusform>la %n vez que regresaste</numerusform>
            <numerusform>las %n veces que regresaste</numerusform>
        </translation>
    </message>
    <message>
        <source>one day with a hard moment</source>
        <translation>un día con un momento difícil</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a hard moment</source>
        <translation>
            <numerusform>%n día con un momento difícil</numerusform>
            <numerusform>%n días con un momento difícil</numerusform>
        </translation>
    </message>
    <message>
        <source>It marks {came_back} and {hard_moments}.</source>
        <translation>Marca {came_back} y {hard_moments}.</translation>
    </message>
    <message>
        <source>It marks {what}.</source>
        <translation>Marca {what}.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Days with wins</source>
        <translation>Días con logros</translation>
    </message>
    <message>
        <source>The last year is quiet so far. Each day you log a win in {category} is shaded here.</source>
        <translation>El último año está tranquilo por ahora. Cada día que anotes un logro en {category} aparece sombreado aquí.</translation>
    </message>
    <message>
        <source>The last year is quiet so far. Each day you log a win is shaded here.</source>
        <translation>El último año está tranquilo por ahora. Cada día que anotes un logro aparece sombreado aquí.</translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged a win in {category} on %Ln day(s).</source>
        <translation>
            <numerusform>En el último año anotaste un logro en {category} en %Ln día.</numerusform>
            <numerusform>En el último año anotaste un logro en {category} en %Ln días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged a win on %Ln day(s).</source>
        <translation>
            <numerusform>En el último año anotaste un logro en %Ln día.</numerusform>
            <numerusform>En el último año anotaste un logro en %Ln días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged wins in {category} on %Ln day(s); your fullest day, {day}, had {most}.</source>
        <translation>
            <numerusform>En el último año anotaste logros en {category} en %Ln día; tu día más lleno, el {day}, tuvo {most}.</numerusform>
            <numerusform>En el último año anotaste logros en {category} en %Ln días; tu día más lleno, el {day}, tuvo {most}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the last year you logged wins on %Ln day(s); your fullest day, {day}, had {most}.</source>
        <translation>
            <numerusform>En el último año anotaste logros en %Ln día; tu día más lleno, el {day}, tuvo {most}.</numerusform>
            <numerusform>En el último año anotaste logros en %Ln días; tu día más lleno, el {day}, tuvo {most}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other win(s)</source>
        <translation>
            <numerusform>%Ln otro logro</numerusform>
            <numerusform>%Ln otros logros</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} in {category}</source>
        <translation>{count} en {category}</translation>
    </message>
    <message>
        <source>Wins you log in {category} show up here, week by week.</source>
        <translation>Los logros que anotes en {category} aparecen aquí, semana por semana.</translation>
    </message>
    <message>
        <source>Wins you log show up here, week by week.</source>
        <translation>Los logros que anotes aparecen aquí, semana por semana.</translation>
    </message>
    <message>
        <source>This week was quiet.</source>
        <translation>Esta semana estuvo tranquila.</translation>
    </message>
    <message numerus="yes">
        <source>These %n week(s) were quiet.</source>
        <translation>
            <numerusform>Fue %n semana tranquila.</numerusform>
            <numerusform>Fueron %n semanas tranquilas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %Ln week(s)</source>
        <translation>
            <numerusform>En %Ln semana</numerusform>
            <numerusform>En %Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation>
            <numerusform>%Ln logro</numerusform>
            <numerusform>%Ln logros</numerusform>
        </translation>
    </message>
    <message>
        <source>{over} you logged {wins}.</source>
        <translation>{over} anotaste {wins}.</translation>
    </message>
    <message>
        <source>{over} you logged {wins}, all in {category}.</source>
        <translation>{over} anotaste {wins}, todos en {category}.</translation>
    </message>
    <message>
        <source>{over} you logged {wins}: {shares} and {last}.</source>
        <translation>{over} anotaste {wins}: {shares} y {last}.</translation>
    </message>
    <message>
        <source>Your fullest week, ending {day}, had {most}.</source>
        <translation>Tu semana más llena, que terminó el {day}, tuvo {most}.</translation>
    </message>
</context>
<context>
    <name>check_in_nudge</name>
    <message>
        <source>No reminder</source>
        <translation>Sin recordatorio</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Every 2 months</source>
        <translation>Cada 2 meses</translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation>Cada 3 meses</translation>
    </message>
    <message>
        <source>If you&apos;d like, take about three minutes for What I have going for me. It&apos;s there whenever it feels right.</source>
        <translation>Si quieres, tómate unos tres minutos para Lo que tengo a mi favor. Está ahí cuando te parezca el momento.</translation>
    </message>
</context>
<context>
    <name>check_ins_page</name>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Small check-ins, each one yours to use or leave. Each adds to your record and takes nothing away.</source>
        <translation>Registros breves: cada uno es tuyo para usarlo o dejarlo. Cada uno suma a tu historial y no le quita nada.</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Some characters in that text can&apos;t be saved. Try typing it again.</source>
        <translation>Algunos caracteres de ese texto no se pueden guardar. Intenta escribirlo otra vez.</translation>
    </message>
    <message>
        <source>That day hasn&apos;t come yet. Pick today or an earlier day.</source>
        <translation>Ese día todavía no llega. Elige hoy o un día anterior.</translation>
    </message>
    <message>
        <source>That day is too far back. Pick a day from 1900 on.</source>
        <translation>Ese día es demasiado antiguo. Elige un día a partir de 1900.</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s more than one entry can hold (%Ln character(s)). Try splitting it into a few entries.</source>
        <translation>
            <numerusform>Es más de lo que cabe en una entrada (%Ln carácter). Intenta dividirlo en varias entradas.</numerusform>
            <numerusform>Es más de lo que cabe en una entrada (%Ln caracteres). Intenta dividirlo en varias entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a few words about it. One is enough.</source>
        <translation>Escribe algunas palabras sobre eso. Una es suficiente.</translation>
    </message>
    <message>
        <source>Give the category a name.</source>
        <translation>Ponle un nombre a la categoría.</translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation>Ponle un nombre a la etiqueta.</translation>
    </message>
    <message>
        <source>Give the word a name.</source>
        <translation>Ponle un nombre a la palabra.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the category under %Ln character(s).</source>
        <translation>
            <numerusform>Usa menos de %Ln carácter para la categoría.</numerusform>
            <numerusform>Usa menos de %Ln caracteres para la categoría.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the tag under %Ln character(s).</source>
        <translation>
            <numerusform>Usa menos de %Ln carácter para la etiqueta.</numerusform>
            <numerusform>Usa menos de %Ln caracteres para la etiqueta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the word under %Ln character(s).</source>
        <translation>
            <numerusform>Usa menos de %Ln carácter para la palabra.</numerusform>
            <numerusform>Usa menos de %Ln caracteres para la palabra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>No answer came in, so nothing changed.</source>
        <translation>No llegó ninguna respuesta, así que nada cambió.</translation>
    </message>
    <message>
        <source>That text isn&apos;t readable as UTF-8, so nothing was saved. Type it again, or save the file as UTF-8.</source>
        <translation>Ese texto no se puede leer como UTF-8, así que no se guardó nada. Escríbelo otra vez, o guarda el archivo como UTF-8.</translation>
    </message>
    <message>
        <source>Your answer, 1 to 6 (Enter to skip): </source>
        <translation>Tu respuesta, del 1 al 6 (Enter para omitir): </translation>
    </message>
    <message>
        <source>Type a number from 1 to 6, or press Enter to skip this statement.</source>
        <translation>Escribe un número del 1 al 6, u oprime Enter para omitir esta afirmación.</translation>
    </message>
    <message>
        <source>The totals on the progress page didn&apos;t match your entries, so they were counted again from them, and your entries are as they were.</source>
        <translation>Los totales de la página de progreso no coincidían con tus entradas, así que se volvieron a contar a partir de ellas. Tus entradas están como estaban.</translation>
    </message>
    <message>
        <source>No check-ins yet. The check-in command asks its ten statements when you want.</source>
        <translation>Todavía no hay registros. El comando check-in te hace sus diez afirmaciones cuando quieras.</translation>
    </message>
    <message>
        <source>The quick check&apos;s words are hungry, angry, lonely and tired: give any of them, separated by commas, as in --halt hungry,tired.</source>
        <translation>Las palabras del chequeo rápido son hungry (hambre), angry (enojo), lonely (soledad) y tired (cansancio): escribe las que quieras, separadas por comas, como en --halt hungry,tired.</translation>
    </message>
    <message>
        <source>A quick check: hungry, angry, lonely, tired? Any that fit, with commas (Enter for none): </source>
        <translation>Un chequeo rápido: ¿hambre (hungry), enojo (angry), soledad (lonely), cansancio (tired)? Escribe en inglés las que apliquen, separadas por comas (Enter si ninguna): </translation>
    </message>
    <message>
        <source>Type any of hungry, angry, lonely and tired, separated by commas, or press Enter.</source>
        <translation>Escribe cualquiera de hungry, angry, lonely y tired, separadas por comas, u oprime Enter.</translation>
    </message>
    <message>
        <source>One line, if you want to say more (Enter for nothing): </source>
        <translation>Una línea, si quieres decir algo más (Enter para nada): </translation>
    </message>
    <message>
        <source>Give a word (--word), the quick check (--halt) or a line (--line). Any one is enough.</source>
        <translation>Escribe una palabra (--word), el chequeo rápido (--halt) o una línea (--line). Con una basta.</translation>
    </message>
    <message>
        <source>Nothing written in What I know now yet. &apos;iop-companion notes save PART&apos; keeps what you know, in your words, whenever you want.</source>
        <translation>Todavía no hay nada escrito en Lo que sé ahora. &apos;iop-companion notes save PART&apos; guarda lo que sabes, con tus palabras, cuando quieras.</translation>
    </message>
    <message>
        <source>Nothing to bring up yet. If something&apos;s on your mind, a few words are enough: &apos;iop-companion bring-up add&apos;.</source>
        <translation>Todavía no hay temas para hablar. Si tienes algo en mente, unas pocas palabras bastan: &apos;iop-companion bring-up add&apos;.</translation>
    </message>
    <message>
        <source>No sessions yet. &apos;iop-companion session record group&apos; keeps one. One session counts.</source>
        <translation>Todavía no hay sesiones. &apos;iop-companion session record group&apos; guarda una. Una sesión cuenta.</translation>
    </message>
    <message>
        <source>Nothing in your week&apos;s plan yet. &apos;iop-companion plan add tuesday group&apos; adds a session you usually have.</source>
        <translation>Tu plan de la semana todavía está vacío. &apos;iop-companion plan add tuesday group&apos; agrega una sesión que sueles tener.</translation>
    </message>
    <message>
        <source>Nothing here yet. The how-i-am command notes how you are, in words, when you want.</source>
        <translation>Todavía no hay nada aquí. El comando how-i-am anota cómo estás, con palabras, cuando quieras.</translation>
    </message>
    <message>
        <source>This journal isn&apos;t kept in step with a folder yet. Choose one with &apos;iop-companion sync start FOLDER&apos;.</source>
        <translation>Este diario todavía no se mantiene al día con una carpeta. Elige una con &apos;iop-companion sync start FOLDER&apos;.</translation>
    </message>
    <message>
        <source>This journal&apos;s key was changed on another computer. Run &apos;iop-companion sync new-key&apos; and type the passphrase chosen there.</source>
        <translation>La clave de este diario se cambió en otra computadora. Ejecuta &apos;iop-companion sync new-key&apos; y escribe la frase de contraseña que se eligió allá.</translation>
    </message>
    <message>
        <source>A note, if you like (Enter for nothing): </source>
        <translation>Una nota, si quieres (Enter para nada): </translation>
    </message>
    <message>
        <source>The lines come from standard input, so --note needs its words after it here, the same for every line.</source>
        <translation>Las líneas vienen de la entrada estándar, así que aquí --note necesita sus palabras después, las mismas para cada línea.</translation>
    </message>
    <message>
        <source>Only one part of the entry can come from standard input. Give the other part&apos;s words on the command line, or type both at a terminal.</source>
        <translation>Solo una parte de la entrada puede venir de la entrada estándar. Escribe las palabras de la otra parte en la línea de comandos, o escribe ambas en una terminal.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Type it once more: </source>
        <translation>Escríbela una vez más: </translation>
    </message>
    <message>
        <source>The two passphrases weren&apos;t the same. Nothing changed.</source>
        <translation>Las dos frases de contraseña no eran iguales. Nada cambió.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>Your passphrase is changed. The recovery code still works.</source>
        <translation>Tu frase de contraseña cambió. El código de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>This computer no longer opens the journal by itself.</source>
        <translation>Esta computadora ya no abre el diario por sí sola.</translation>
    </message>
    <message>
        <source>Your journal is encrypted on this computer with a passphrase only you know.</source>
        <translation>Tu diario está cifrado en esta computadora con una frase de contraseña que solo tú conoces.</translation>
    </message>
    <message>
        <source>If you forget the passphrase and lose the recovery code, no one can open it.</source>
        <translation>Si olvidas la frase de contraseña y pierdes el código de recuperación, nadie puede abrirlo.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Código de recuperación: </translation>
    </message>
    <message>
        <source>Your new passphrase is set. The old recovery code no longer works.</source>
        <translation>Tu nueva frase de contraseña quedó lista. El código de recuperación anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Your recovery code (it is shown only this once):</source>
        <translation>Tu código de recuperación (se muestra solo esta vez):</translation>
    </message>
    <message>
        <source>Write it down or keep it somewhere safe. It opens the journal if you forget
the passphrase.</source>
        <translation>Anótalo o guárdalo en un lugar protegido. Abre el diario si olvidas
la frase de contraseña.</translation>
    </message>
    <message>
        <source>Your win, in a few words: </source>
        <translation>Tu logro, en pocas palabras: </translation>
    </message>
    <message>
        <source>Saved. That counts. (entry {id})</source>
        <translation>Guardado. Eso cuenta. (entrada {id})</translation>
    </message>
    <message>
        <source>What happened, if you want to say (Enter for nothing): </source>
        <translation>Lo que pasó, si quieres contarlo (Enter para nada): </translation>
    </message>
    <message>
        <source>What helped (Enter for nothing): </source>
        <translation>Lo que te ayudó (Enter para nada): </translation>
    </message>
    <message>
        <source>Noted. Everything you&apos;ve done still counts. You&apos;re picking up from here.</source>
        <translation>Anotado. Todo lo que has hecho sigue contando. Estás retomando desde aquí.</translation>
    </message>
    <message>
        <source>Type one win a line. Press Ctrl+D when you&apos;re done.</source>
        <translation>Escribe un logro por línea. Oprime Ctrl+D cuando termines.</translation>
    </message>
    <message>
        <source>No wins came in on standard input, so nothing was saved.</source>
        <translation>No llegó ningún logro por la entrada estándar, así que no se guardó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln win(s). Each one counts.</source>
        <translation>
            <numerusform>Se guardó %Ln logro. Cuenta.</numerusform>
            <numerusform>Se guardaron %Ln logros. Cada uno cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type one hard moment a line (what happened). Press Ctrl+D when you&apos;re done.</source>
        <translation>Escribe un momento difícil por línea (lo que pasó). Oprime Ctrl+D cuando termines.</translation>
    </message>
    <message>
        <source>No hard moments came in on standard input, so nothing was saved.</source>
        <translation>No llegó ningún momento difícil por la entrada estándar, así que no se guardó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Noted %Ln hard moment(s). Everything you&apos;ve done still counts.</source>
        <translation>
            <numerusform>Se anotó %Ln momento difícil. Todo lo que has hecho sigue contando.</numerusform>
            <numerusform>Se anotaron %Ln momentos difíciles. Todo lo que has hecho sigue contando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {number} has characters that can&apos;t be saved, so nothing was saved. Type that line again.</source>
        <translation>La línea {number} tiene caracteres que no se pueden guardar, así que no se guardó nada. Escribe esa línea otra vez.</translation>
    </message>
    <message>
        <source>Only the answers can come from standard input. Give the note&apos;s words after --note, or type both at a terminal.</source>
        <translation>Solo las respuestas pueden venir de la entrada estándar. Escribe las palabras de la nota después de --note, o escribe ambas en una terminal.</translation>
    </message>
    <message>
        <source>Statement {number} of {count}</source>
        <translation>Afirmación {number} de {count}</translation>
    </message>
    <message>
        <source>No check-ins match that.</source>
        <translation>Ningún registro coincide con eso.</translation>
    </message>
    <message>
        <source>--list shows what you noted, so it goes without --word, --halt, --line and --day. Leave it out to note how you are.</source>
        <translation>--list muestra lo que anotaste, así que no va con --word, --halt, --line ni --day. Quítalo para anotar cómo estás.</translation>
    </message>
    <message>
        <source>--from and --to choose the days --list shows. Add --list.</source>
        <translation>--from y --to eligen los días que muestra --list. Agrega --list.</translation>
    </message>
    <message>
        <source>Say it in words. Any one part is enough.</source>
        <translation>Dilo con palabras. Con una parte basta.</translation>
    </message>
    <message>
        <source>Nothing matches that.</source>
        <translation>Nada coincide con eso.</translation>
    </message>
    <message>
        <source>{title}, in your words: </source>
        <translation>{title}, con tus palabras: </translation>
    </message>
    <message>
        <source>{title} already says that, so nothing changed.</source>
        <translation>{title} ya dice eso, así que nada cambió.</translation>
    </message>
    <message>
        <source>Saved. {title} has a new version; the one before stays in its history.</source>
        <translation>Guardado. {title} tiene una versión nueva; la anterior se queda en su historial.</translation>
    </message>
    <message>
        <source>Nothing written in {title} yet.</source>
        <translation>Todavía no hay nada escrito en {title}.</translation>
    </message>
    <message>
        <source>{title} (saved {day})</source>
        <translation>{title} (se guardó el {day})</translation>
    </message>
    <message>
        <source>Something to bring up: </source>
        <translation>Algo de lo que quieres hablar: </translation>
    </message>
    <message>
        <source>Added to your list. (#{id})</source>
        <translation>Se agregó a tu lista. (#{id})</translation>
    </message>
    <message>
        <source>Nothing on your list has the number {number}. &apos;iop-companion bring-up list&apos; shows the numbers.</source>
        <translation>Nada en tu lista tiene el número {number}. &apos;iop-companion bring-up list&apos; muestra los números.</translation>
    </message>
    <message>
        <source>Moved to Brought up. Saying it counts.</source>
        <translation>Pasó a Ya lo hablé. Decirlo cuenta.</translation>
    </message>
    <message>
        <source>Still to bring up</source>
        <translation>Por hablar</translation>
    </message>
    <message>
        <source>Nothing right now.</source>
        <translation>Nada por ahora.</translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation>Ya lo hablé</translation>
    </message>
    <message>
        <source>Recorded. Showing up counts, and it&apos;s in your wins.</source>
        <translation>Registrado. Presentarte cuenta, y ya está en tus logros.</translation>
    </message>
    <message>
        <source>Recorded. It takes nothing away from anything you&apos;ve done.</source>
        <translation>Registrado. No le quita nada a lo que has hecho.</translation>
    </message>
    <message>
        <source>No sessions match that.</source>
        <translation>Ninguna sesión coincide con eso.</translation>
    </message>
    <message>
        <source>{kind}: {attendance}</source>
        <translation>{kind}: {attendance}</translation>
    </message>
    <message>
        <source>Added to your week: {title}. (#{id})</source>
        <translation>Se agregó a tu semana: {title}. (#{id})</translation>
    </message>
    <message>
        <source>No phrases yet. The app keeps your own, to have words at hand.</source>
        <translation>Todavía no hay frases. La app guarda las tuyas, para que tengas palabras a la mano.</translation>
    </message>
    <message>
        <source>There&apos;s no category called that.</source>
        <translation>No hay ninguna categoría con ese nombre.</translation>
    </message>
    <message>
        <source>No entries match that.</source>
        <translation>Ninguna entrada coincide con eso.</translation>
    </message>
    <message>
        <source>Nothing here yet. You don&apos;t need to be sure. You just need to show up.</source>
        <translation>Todavía no hay nada aquí. No hace falta tener certeza. Solo hace falta presentarte.</translation>
    </message>
    <message>
        <source>Nothing in your journal or notebook has those words.</source>
        <translation>Nada en tu diario ni en tu cuaderno tiene esas palabras.</translation>
    </message>
    <message>
        <source>In your notebook</source>
        <translation>En tu cuaderno</translation>
    </message>
    <message>
        <source>This computer now opens the journal without the passphrase.</source>
        <translation>Esta computadora ahora abre el diario sin la frase de contraseña.</translation>
    </message>
    <message>
        <source>Anyone logged in as you can open it too. Turn it off with forget-device.</source>
        <translation>Cualquier persona que inicie sesión con tu cuenta también puede abrirlo. Desactívalo con forget-device.</translation>
    </message>
    <message>
        <source>The journal file has damage. Restore a backup to keep going.</source>
        <translation>El archivo del diario tiene daños. Restaura una copia de seguridad para continuar.</translation>
    </message>
    <message>
        <source>The journal file is whole.</source>
        <translation>El archivo del diario está completo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entr(y|ies) to {file}.</source>
        <translation>
            <numerusform>Se exportó %Ln entrada a {file}.</numerusform>
            <numerusform>Se exportaron %Ln entradas a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Private entries stayed out.</source>
        <translation>Las entradas privadas quedaron fuera.</translation>
    </message>
    <message>
        <source>A summary is a PDF, so it needs a file name after --out.</source>
        <translation>Un resumen es un PDF, así que necesita un nombre de archivo después de --out.</translation>
    </message>
    <message>
        <source>The day of your last session needs to be before the summary&apos;s last day, so there is something to tell since then.</source>
        <translation>El día de tu última sesión tiene que ser antes del último día del resumen, para que haya algo que contar desde entonces.</translation>
    </message>
    <message>
        <source>A few words for your therapist (Enter for nothing): </source>
        <translation>Unas palabras para tu terapeuta (Enter para nada): </translation>
    </message>
    <message>
        <source>Saved the summary as {file}. Private entries stayed out.</source>
        <translation>El resumen se guardó como {file}. Las entradas privadas quedaron fuera.</translation>
    </message>
    <message>
        <source>Backup saved: {file} ({size}).</source>
        <translation>Copia de seguridad guardada: {file} ({size}).</translation>
    </message>
    <message>
        <source>It opens with your passphrase or recovery code, and nothing else.</source>
        <translation>Se abre con tu frase de contraseña o tu código de recuperación, y con nada más.</translation>
    </message>
    <message>
        <source>No backups yet. The backup command makes one.</source>
        <translation>Todavía no hay copias de seguridad. El comando backup crea una.</translation>
    </message>
    <message>
        <source>{kind}, incomplete</source>
        <translation>{kind}, incompleta</translation>
    </message>
    <message>
        <source>They are in {folder}.</source>
        <translation>Están en {folder}.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code of that backup: </source>
        <translation>Frase de contraseña o código de recuperación de esa copia de seguridad: </translation>
    </message>
    <message>
        <source>It opens with the passphrase or recovery code it had when the backup was made.</source>
        <translation>Se abre con la frase de contraseña o el código de recuperación que tenía cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>The journal you had before is kept as backup {id}: restore that to undo this.</source>
        <translation>El diario que tenías antes se guarda como la copia de seguridad {id}: restáurala para deshacer esto.</translation>
    </message>
    <message>
        <source>The journal gets a new key, a new passphrase and a new recovery code.</source>
        <translation>El diario recibe una clave nueva, una frase de contraseña nueva y un código de recuperación nuevo.</translation>
    </message>
    <message>
        <source>Done. The old passphrase and recovery code no longer open the journal.</source>
        <translation>Hecho. La frase de contraseña y el código de recuperación anteriores ya no abren el diario.</translation>
    </message>
    <message>
        <source>This computer no longer opens it by itself; remember-device turns that on.</source>
        <translation>Esta computadora ya no lo abre por sí sola; remember-device lo vuelve a activar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) made before now still open(s|) with the old passphrase or recovery code. You may delete (it|them) from {folder}, and any copies elsewhere.</source>
        <translation>
            <numerusform>%Ln copia de seguridad hecha antes de ahora todavía se abre con la frase de contraseña o el código de recuperación anteriores. Puedes eliminarla de {folder}, y cualquier otra copia que tengas en otro lugar.</numerusform>
            <numerusform>%Ln copias de seguridad hechas antes de ahora todavía se abren con la frase de contraseña o el código de recuperación anteriores. Puedes eliminarlas de {folder}, y cualquier otra copia que tengas en otro lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>This journal isn&apos;t kept in step with a folder.</source>
        <translation>Este diario no se mantiene al día con una carpeta.</translation>
    </message>
    <message>
        <source>&apos;iop-companion sync start FOLDER&apos; writes it into one and keeps it in step.</source>
        <translation>&apos;iop-companion sync start FOLDER&apos; lo escribe en una y lo mantiene al día.</translation>
    </message>
    <message>
        <source>Kept in step through: {folder}</source>
        <translation>Se mantiene al día a través de: {folder}</translation>
    </message>
    <message>
        <source>This computer: {id}</source>
        <translation>Esta computadora: {id}</translation>
    </message>
    <message>
        <source>Other computers: {count}</source>
        <translation>Otras computadoras: {count}</translation>
    </message>
    <message>
        <source>not heard from yet</source>
        <translation>todavía sin contacto</translation>
    </message>
    <message>
        <source>heard from {when}</source>
        <translation>último contacto {when}</translation>
    </message>
    <message>
        <source>Last in step: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>Changes made here, waiting to be sent: {count}</source>
        <translation>Cambios hechos aquí, por enviar: {count}</translation>
    </message>
    <message>
        <source>Still being copied into the folder: {what}</source>
        <translation>Todavía se está copiando a la carpeta: {what}</translation>
    </message>
    <message numerus="yes">
        <source>This computer keeps the journal in step through {folder} again, from where it was (%Ln change(s) made here since went out).</source>
        <translation>
            <numerusform>Esta computadora vuelve a mantener el diario al día a través de {folder}, desde donde estaba (desde entonces salió %Ln cambio hecho aquí).</numerusform>
            <numerusform>Esta computadora vuelve a mantener el diario al día a través de {folder}, desde donde estaba (desde entonces salieron %Ln cambios hechos aquí).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your journal is written into {folder}, encrypted (%Ln change(s)), and kept in step from now on.</source>
        <translation>
            <numerusform>Tu diario se escribió en {folder}, cifrado (%Ln cambio), y desde ahora se mantiene al día.</numerusform>
            <numerusform>Tu diario se escribió en {folder}, cifrado (%Ln cambios), y desde ahora se mantiene al día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It took in %Ln change(s) from your other computers.</source>
        <translation>
            <numerusform>Recibió %Ln cambio de tus otras computadoras.</numerusform>
            <numerusform>Recibió %Ln cambios de tus otras computadoras.</numerusform>
        </translation>
    </message>
    <message>
        <source>On your other computer, run &apos;iop-companion open-from-folder FOLDER&apos; with the folder there (or choose Open a journal from a folder), and type your passphrase.</source>
        <translation>En tu otra computadora, ejecuta &apos;iop-companion open-from-folder FOLDER&apos; con la carpeta de allá (o elige Abrir un diario desde una carpeta) y escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>This journal isn&apos;t kept in step with a folder, so nothing changed.</source>
        <translation>Este diario no se mantiene al día con una carpeta, así que nada cambió.</translation>
    </message>
    <message>
        <source>This computer doesn&apos;t keep the journal in step any more.</source>
        <translation>Esta computadora ya no mantiene el diario al día.</translation>
    </message>
    <message>
        <source>The folder is left as it is, so your other computers keep what is in it.</source>
        <translation>La carpeta se queda como está, así que tus otras computadoras conservan lo que tiene.</translation>
    </message>
    <message>
        <source>Type at least the first {count} characters of the computer&apos;s id, as &apos;sync status&apos; shows it.</source>
        <translation>Escribe al menos los primeros {count} caracteres del id de la computadora, como lo muestra &apos;sync status&apos;.</translation>
    </message>
    <message>
        <source>More than one computer has an id that starts like that. Type more of it, as &apos;sync status&apos; shows it.</source>
        <translation>Más de una computadora tiene un id que empieza así. Escribe más caracteres, como lo muestra &apos;sync status&apos;.</translation>
    </message>
    <message>
        <source>That computer is forgotten here: its changes won&apos;t be read here any more.</source>
        <translation>Aquí se olvidó esa computadora: sus cambios ya no se van a leer aquí.</translation>
    </message>
    <message>
        <source>To stop it reading your journal too, give the journal new keys with rotate-key.</source>
        <translation>Para que tampoco pueda leer tu diario, dale claves nuevas al diario con rotate-key.</translation>
    </message>
    <message>
        <source>The journal&apos;s key hasn&apos;t changed on another computer, so nothing changed.</source>
        <translation>La clave del diario no ha cambiado en otra computadora, así que nada cambió.</translation>
    </message>
    <message>
        <source>Passphrase chosen on the other computer (or the recovery code): </source>
        <translation>Frase de contraseña elegida en la otra computadora (o el código de recuperación): </translation>
    </message>
    <message>
        <source>This computer has the journal&apos;s new key now, and is in step again.</source>
        <translation>Esta computadora ya tiene la clave nueva del diario, y vuelve a estar al día.</translation>
    </message>
    <message>
        <source>Here too, the journal opens with the passphrase chosen on that computer.</source>
        <translation>Aquí también, el diario se abre con la frase de contraseña elegida en esa computadora.</translation>
    </message>
    <message>
        <source>The passphrase you chose opens it, here and on your other computers.</source>
        <translation>La frase de contraseña que elegiste lo abre, aquí y en tus otras computadoras.</translation>
    </message>
    <message>
        <source>That folder isn&apos;t there. Check its name, or connect the drive it is on.</source>
        <translation>Esa carpeta no está. Revisa su nombre, o conecta la unidad donde está.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code: </source>
        <translation>Frase de contraseña o código de recuperación: </translation>
    </message>
    <message numerus="yes">
        <source>Your journal is on this computer now (%Ln entr(y|ies)).</source>
        <translation>
            <numerusform>Tu diario ya está en esta computadora (%Ln entrada).</numerusform>
            <numerusform>Tu diario ya está en esta computadora (%Ln entradas).</numerusform>
        </translation>
    </message>
    <message>
        <source>It is kept in step through {folder}.</source>
        <translation>Se mantiene al día a través de {folder}.</translation>
    </message>
    <message>
        <source>It opens with the same passphrase as on your other computer.</source>
        <translation>Se abre con la misma frase de contraseña que en tu otra computadora.</translation>
    </message>
    <message>
        <source>Write the day as YYYY-MM-DD, for example 2026-03-14.</source>
        <translation>Escribe el día como AAAA-MM-DD, por ejemplo 2026-03-14.</translation>
    </message>
    <message>
        <source>(private)</source>
        <translation>(privada)</translation>
    </message>
    <message>
        <source>Reading changes: {read} of {total}</source>
        <translation>Leyendo cambios: {read} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln change(s) and took in {received} from other computers.</source>
        <translation>
            <numerusform>Se envió %Ln cambio y se recibieron {received} de otras computadoras.</numerusform>
            <numerusform>Se enviaron %Ln cambios y se recibieron {received} de otras computadoras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln change(s) to your other computers.</source>
        <translation>
            <numerusform>Se envió %Ln cambio a tus otras computadoras.</numerusform>
            <numerusform>Se enviaron %Ln cambios a tus otras computadoras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took in %Ln change(s) from other computers.</source>
        <translation>
            <numerusform>Se recibió %Ln cambio de otras computadoras.</numerusform>
            <numerusform>Se recibieron %Ln cambios de otras computadoras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new here or there.</source>
        <translation>No hay nada nuevo ni aquí ni allá.</translation>
    </message>
    <message numerus="yes">
        <source>Changes from %Ln other computer(s) are still being copied into the folder; the next sync takes them in.</source>
        <translation>
            <numerusform>Todavía se están copiando a la carpeta los cambios de %Ln otra computadora; la próxima sincronización los recibe.</numerusform>
            <numerusform>Todavía se están copiando a la carpeta los cambios de %Ln otras computadoras; la próxima sincronización los recibe.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>changes from %Ln other computer(s)</source>
        <translation>
            <numerusform>cambios de %Ln otra computadora</numerusform>
            <numerusform>cambios de %Ln otras computadoras</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>el {day} a las {time}</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>What happened goes after --text. A lone - reads many hard moments from standard input, one a line.</source>
        <translation>Lo que pasó va después de --text. Un - solo lee varios momentos difíciles de la entrada estándar, uno por línea.</translation>
    </message>
    <message>
        <source>With -, each line is what happened, so --text goes without it. Leave --text out.</source>
        <translation>Con -, cada línea es lo que pasó, así que --text no va con él. Quita --text.</translation>
    </message>
    <message>
        <source>Line {number} isn&apos;t readable as UTF-8, so nothing was saved. Save the file as UTF-8 and try again.</source>
        <translation>La línea {number} no se puede leer como UTF-8, así que no se guardó nada. Guarda el archivo como UTF-8 e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>Line {number} is more than one entry can hold ({most} characters), so nothing was saved. Split it into a few lines.</source>
        <translation>La línea {number} es más larga de lo que cabe en una entrada ({most} caracteres), así que no se guardó nada. Divídela en varias líneas.</translation>
    </message>
    <message>
        <source>--answers needs ten answers separated by commas, one for each statement, as in {example} (an empty one skips a statement). {count} came in.</source>
        <translation>--answers necesita diez respuestas separadas por comas, una para cada afirmación, como en {example} (una vacía omite una afirmación). Llegaron {count}.</translation>
    </message>
    <message>
        <source>Line {number} needs to be a number from 1 ({lowest}) to 6 ({highest}), or empty to skip that statement.</source>
        <translation>La línea {number} tiene que ser un número del 1 ({lowest}) al 6 ({highest}), o estar vacía para omitir esa afirmación.</translation>
    </message>
    <message>
        <source>Answer {number} needs to be a number from 1 ({lowest}) to 6 ({highest}), or empty to skip that statement.</source>
        <translation>La respuesta {number} tiene que ser un número del 1 ({lowest}) al 6 ({highest}), o estar vacía para omitir esa afirmación.</translation>
    </message>
    <message>
        <source>Saved your check-in for today.</source>
        <translation>Se guardó tu registro de hoy.</translation>
    </message>
    <message>
        <source>Saved your check-in for {day}.</source>
        <translation>Se guardó tu registro del {day}.</translation>
    </message>
    <message>
        <source>Noted how you are, for today.</source>
        <translation>Se anotó cómo estás hoy.</translation>
    </message>
    <message>
        <source>Noted how you are, for {day}.</source>
        <translation>Se anotó cómo estabas el {day}.</translation>
    </message>
    <message>
        <source>Words that fit ({words}, or your own), with commas (Enter for none): </source>
        <translation>Palabras que encajen ({words}, o las tuyas), separadas por comas (Enter si ninguna): </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation>
            <numerusform>%Ln logro</numerusform>
            <numerusform>%Ln logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hard moment(s)</source>
        <translation>
            <numerusform>%Ln momento difícil</numerusform>
            <numerusform>%Ln momentos difíciles</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins} and {hard_moments}, from {first} to {last}.</source>
        <translation>Restaurado. El diario tiene {wins} y {hard_moments}, del {first} al {last}.</translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins} and {hard_moments}, from {first}.</source>
        <translation>Restaurado. El diario tiene {wins} y {hard_moments}, desde el {first}.</translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins} and {hard_moments}.</source>
        <translation>Restaurado. El diario tiene {wins} y {hard_moments}.</translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins}, from {first} to {last}.</source>
        <translation>Restaurado. El diario tiene {wins}, del {first} al {last}.</translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins}, from {first}.</source>
        <translation>Restaurado. El diario tiene {wins}, desde el {first}.</translation>
    </message>
    <message>
        <source>Restored. The journal holds {wins}.</source>
        <translation>Restaurado. El diario tiene {wins}.</translation>
    </message>
    <message>
        <source>--no-entries is --detail none, so it can&apos;t go with --detail {detail}. Use one.</source>
        <translation>--no-entries es --detail none, así que no puede ir con --detail {detail}. Usa solo uno.</translation>
    </message>
    <message>
        <source>What I know now has no part called {name}. The parts are {parts}, separated by commas.</source>
        <translation>Lo que sé ahora no tiene ninguna parte llamada {name}. Las partes son {parts}, separadas por comas.</translation>
    </message>
    <message>
        <source>What I know now has no part called {name}. The parts are {parts}.</source>
        <translation>Lo que sé ahora no tiene ninguna parte llamada {name}. Las partes son {parts}.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 18:30.</source>
        <translation>Escribe la hora como HH:MM, por ejemplo 18:30.</translation>
    </message>
    <message>
        <source>Write the day of the week as its name, for example tuesday or tue.</source>
        <translation>Escribe el día de la semana con su nombre en inglés, por ejemplo tuesday o tue.</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{day} {month_year}</source>
        <translation>{day} de {month_year}</translation>
    </message>
    <message>
        <source>The summary can be made in {languages}; {language} isn&apos;t one of them.</source>
        <translation>El resumen se puede hacer en {languages}; {language} no es uno de ellos.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was half-saved.</source>
        <translation>Se detuvo. No quedó nada guardado a medias.</translation>
    </message>
</context>
<context>
    <name>cli_parser</name>
    <message>
        <source>Find entries by words, then what your notebook holds (What I know now, things to bring up, session notes, phrases, check-ins and the plan for hard times), as the app&apos;s search does. A word&apos;s start is enough: hon finds honest.</source>
        <translation>Busca entradas por palabras y luego lo que guarda tu cuaderno (Lo que sé ahora, temas para hablar, notas de sesiones, frases, registros y el plan para momentos difíciles), como la búsqueda de la app. Basta con el comienzo de una palabra: hon encuentra honesto.</translation>
    </message>
    <message>
        <source>Words typed on the command line can be seen by other users of this computer while the command runs, in the list of running programs.</source>
        <translation>Otras personas que usan esta computadora pueden ver las palabras escritas en la línea de comandos mientras el comando se ejecuta, en la lista de programas en ejecución.</translation>
    </message>
    <message>
        <source>Log a win. {seen_by_others} To keep them out of it, leave the text out: it is asked for at a prompt, or read from standard input, as in &apos;iop-companion log &lt; win.txt&apos;. The same goes for --note given with no words after it. &apos;iop-companion log -&apos; reads many wins, one a line, from standard input (blank lines are skipped) and saves them all at once, each with the options given; if one line can&apos;t be saved, none is.</source>
        <translation>Anota un logro. {seen_by_others} Para que no las vean, no escribas el texto en el comando: se te pide en pantalla, o se lee de la entrada estándar, como en &apos;iop-companion log &lt; win.txt&apos;. Lo mismo pasa con --note sin palabras después. &apos;iop-companion log -&apos; lee varios logros, uno por línea, de la entrada estándar (se omiten las líneas en blanco) y los guarda todos a la vez, cada uno con las opciones indicadas; si una línea no se puede guardar, no se guarda ninguna.</translation>
    </message>
    <message>
        <source>Note a hard moment; it takes nothing away. {seen_by_others} To keep them out of it, give --text or --note with no words after it: they are asked for at a prompt, or read from standard input. &apos;iop-companion hard-moment -&apos; reads many, one a line (what happened), from standard input (blank lines are skipped) and notes them all at once, each with the options given; if one line can&apos;t be saved, none is.</source>
        <translation>Anota un momento difícil; no le quita nada a lo que has hecho. {seen_by_others} Para que no las vean, usa --text o --note sin palabras después: se te piden en pantalla, o se leen de la entrada estándar. &apos;iop-companion hard-moment -&apos; lee varios, uno por línea (lo que pasó), de la entrada estándar (se omiten las líneas en blanco) y los anota todos a la vez, cada uno con las opciones indicadas; si una línea no se puede guardar, no se guarda ninguna.</translation>
    </message>
    <message>
        <source>{title}, the {instrument}. {intro} Each statement is answered from 1 ({lowest}) to 6 ({highest}). Each check-in is kept as it was, beside the others. With no --answers, the statements are asked one at a time at a terminal (Enter skips one), or read from standard input, one line each (an empty line skips one). Source: {source}. {licence}</source>
        <translation>{title}, el {instrument}. {intro} Cada afirmación se responde del 1 ({lowest}) al 6 ({highest}). Cada registro se guarda tal como fue, junto a los demás. Sin --answers, las afirmaciones se preguntan una por una en la terminal (Enter omite una), o se leen de la entrada estándar, una línea cada una (una línea vacía omite una). Fuente: {source}. {licence}</translation>
    </message>
    <message>
        <source>Note how you are, in words: any words that fit (--word, again for each), the HALT quick check (--halt hungry,tired) and one line (--line). Any one is enough. At a terminal, with none of them given, each is asked for. {seen_by_others} To keep the line out of it, give --line with no words after it. --list shows each one noted, newest first.</source>
        <translation>Anota cómo estás, con palabras: las palabras que encajen (--word, una vez por cada una), el chequeo rápido HALT (--halt hungry,tired) y una línea (--line). Con una sola basta. En la terminal, si no das ninguna, se te pide cada una. {seen_by_others} Para que no vean la línea, usa --line sin palabras después. --list muestra cada una que anotaste, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>one of {parts}</source>
        <translation>una de estas: {parts}</translation>
    </message>
    <message>
        <source>What I know now: what works, what doesn&apos;t work, my limits, my triggers and the support I need, in your words. Each save keeps a new version; the ones before stay in its history, as in the app. The parts are named {parts}. With no step, &apos;notes&apos; shows every part with words in it. {seen_by_others} To keep them out of it, leave TEXT out or give -: the words are asked for, or read from standard input.</source>
        <translation>Lo que sé ahora: lo que me funciona, lo que no me funciona, mis límites, mis detonantes y el apoyo que necesito, con tus palabras. Cada vez que guardas se crea una versión nueva; las anteriores quedan en su historial, como en la app. Las partes se llaman {parts}. Si no indicas ninguna acción, &apos;notes&apos; muestra cada parte que tiene palabras. {seen_by_others} Para que no las vean, no escribas TEXT o usa -: se te piden las palabras, o se leen de la entrada estándar.</translation>
    </message>
    <message>
        <source>Things you want to bring up to your therapist or your group. &apos;bring-up list&apos; numbers them; &apos;bring-up done ID&apos; marks one as brought up, today or on --day. With no step, it lists them.</source>
        <translation>Temas de los que quieres hablar con tu terapeuta o tu grupo. &apos;bring-up list&apos; los numera; &apos;bring-up done ID&apos; marca uno como ya hablado, hoy o el día de --day. Si no indicas ninguna acción, los muestra.</translation>
    </message>
    <message>
        <source>one of {kinds}</source>
        <translation>uno de estos: {kinds}</translation>
    </message>
    <message>
        <source>Showing up: record a session you were at, late or leaving early too (each logs a win in Showing up), or one you didn&apos;t make (it takes nothing away). &apos;session list&apos; shows them, newest first. With no step, it lists them.</source>
        <translation>Presentarme: registra una sesión a la que fuiste, aunque hayas llegado tarde o salido antes (cada una anota un logro en Presentarme), o una a la que no pudiste ir (no le quita nada a lo que has hecho). &apos;session list&apos; las muestra, de la más reciente a la más antigua. Si no indicas ninguna acción, las muestra.</translation>
    </message>
    <message>
        <source>Keep the journal in step with your other computers, through a folder you already keep in step between them (Syncthing, Dropbox, OneDrive, Nextcloud, or a USB stick you carry). With no step named, it sends what changed here and takes in what changed there, once. &apos;sync start FOLDER&apos; writes the journal into the folder, encrypted; on the other computer, &apos;open-from-folder FOLDER&apos; opens it from there.</source>
        <translation>Mantén el diario al día en tus otras computadoras, a través de una carpeta que ya sincronizas entre ellas (Syncthing, Dropbox, OneDrive, Nextcloud o una memoria USB que llevas contigo). Si no indicas ninguna acción, envía lo que cambió aquí y recibe lo que cambió allá, una vez. &apos;sync start FOLDER&apos; escribe el diario en la carpeta, cifrado; en la otra computadora, &apos;open-from-folder FOLDER&apos; lo abre desde ahí.</translation>
    </message>
    <message>
        <source>Open a journal kept in step on another computer: it is built on this computer from the folder, with the passphrase or the recovery code. With the recovery code, you choose a new passphrase too: it becomes the journal&apos;s passphrase on every computer.</source>
        <translation>Abre un diario que se mantiene al día en otra computadora: se crea en esta computadora a partir de la carpeta, con la frase de contraseña o el código de recuperación. Con el código de recuperación, también eliges una frase de contraseña nueva: pasa a ser la frase de contraseña del diario en todas las computadoras.</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 something else went wrong (the message says what); 2 the input needs a change; 3 the journal didn&apos;t open (passphrase, recovery code or device key), or its key was changed on another computer; 4 no journal in the folder, or one already there; 5 the journal or its key file is damaged or from a newer version, or &apos;check&apos; found the progress totals wrong and counted them again; 6 the disk or folder can&apos;t be used; 130 stopped with Ctrl+C.</source>
        <translation>Códigos de salida: 0 todo salió bien; 1 algo más salió mal (el mensaje dice qué); 2 hay que cambiar algo en lo que se escribió; 3 el diario no se abrió (frase de contraseña, código de recuperación o clave del dispositivo), o su clave se cambió en otra computadora; 4 no hay diario en la carpeta, o ya hay uno; 5 el diario o su archivo de clave está dañado o es de una versión más nueva, o &apos;check&apos; encontró mal los totales de progreso y los volvió a contar; 6 no se puede usar el disco o la carpeta; 130 se detuvo con Ctrl+C.</translation>
    </message>
    <message>
        <source>Check the journal file for damage, and the totals on the progress page against your entries, and say what was found in one sentence. Exit codes: 0 the file is whole; 5 it has damage (restore a backup to keep going), or the progress totals didn&apos;t match your entries and were counted again from them: your entries are as they were, and a second check says the file is whole.</source>
        <translation>Revisa si el archivo del diario tiene daños, compara los totales de la página de progreso con tus entradas y dice en una oración lo que encontró. Códigos de salida: 0 el archivo está completo; 5 tiene daños (restaura una copia de seguridad para continuar), o los totales de progreso no coincidían con tus entradas y se volvieron a contar a partir de ellas: tus entradas están como estaban, y una segunda revisión dice que el archivo está completo.</translation>
    </message>
    <message>
        <source>write the number the list shows, as in 3</source>
        <translation>escribe el número que muestra la lista, como 3</translation>
    </message>
    <message>
        <source>write a number from 1 to {most}</source>
        <translation>escribe un número del 1 al {most}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra este mensaje de ayuda y termina</translation>
    </message>
    <message>
        <source>{mistake}. Run &apos;iop-companion --help&apos; to see what it can do.</source>
        <translation>{mistake}. Ejecuta &apos;iop-companion --help&apos; para ver lo que puede hacer.</translation>
    </message>
    <message>
        <source>one JSON document, for scripts (docs/cli-json.md)</source>
        <translation>un solo documento JSON, para scripts (docs/cli-json.md)</translation>
    </message>
    <message>
        <source>A private journal of small wins. With no command, the desktop app opens.</source>
        <translation>Un diario privado de logros pequeños. Sin ningún comando, se abre la app de escritorio.</translation>
    </message>
    <message>
        <source>show the version and file formats</source>
        <translation>muestra la versión y los formatos de archivo</translation>
    </message>
    <message>
        <source>check this installation in a temporary folder</source>
        <translation>revisa esta instalación en una carpeta temporal</translation>
    </message>
    <message>
        <source>folder that holds the journal (default: app data)</source>
        <translation>carpeta que contiene el diario (predeterminada: datos de la app)</translation>
    </message>
    <message>
        <source>make a new journal</source>
        <translation>crea un diario nuevo</translation>
    </message>
    <message>
        <source>log a win</source>
        <translation>anota un logro</translation>
    </message>
    <message>
        <source>the win in a few words (left out: asked for, or read from stdin; -: many wins, one a line, from stdin)</source>
        <translation>el logro en pocas palabras (si no lo escribes: se te pide, o se lee de stdin; -: varios logros, uno por línea, de stdin)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, today or yesterday (default: today)</source>
        <translation>AAAA-MM-DD, hoy o ayer (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>a note (with no words: asked for)</source>
        <translation>una nota (sin palabras: se te pide)</translation>
    </message>
    <message>
        <source>never include it in any export</source>
        <translation>nunca lo incluyas en ninguna exportación</translation>
    </message>
    <message>
        <source>note a hard moment (it takes nothing away)</source>
        <translation>anota un momento difícil (no le quita nada a lo que has hecho)</translation>
    </message>
    <message>
        <source>many hard moments from stdin, one a line (what happened), all noted at once</source>
        <translation>varios momentos difíciles de stdin, uno por línea (lo que pasó), anotados todos a la vez</translation>
    </message>
    <message>
        <source>your word for it, e.g. {words}</source>
        <translation>tu palabra para nombrarlo, por ejemplo {words}</translation>
    </message>
    <message>
        <source>what happened, if you want to say (no words: asked)</source>
        <translation>lo que pasó, si quieres decirlo (sin palabras: se te pide)</translation>
    </message>
    <message>
        <source>what helped (no words: asked for)</source>
        <translation>lo que ayudó (sin palabras: se te pide)</translation>
    </message>
    <message>
        <source>what I have going for me: ten statements</source>
        <translation>lo que tengo a mi favor: diez afirmaciones</translation>
    </message>
    <message>
        <source>the ten answers, 1 to 6, separated by commas; an empty one skips a statement, as in {example} (left out: asked, one statement at a time)</source>
        <translation>las diez respuestas, del 1 al 6, separadas por comas; una vacía omite una afirmación, como en {example} (si no las escribes: se te piden, una afirmación a la vez)</translation>
    </message>
    <message>
        <source>a note (with no words: asked)</source>
        <translation>una nota (sin palabras: se te pide)</translation>
    </message>
    <message>
        <source>every check-in, newest first</source>
        <translation>todos los registros, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>show each statement and its answer</source>
        <translation>muestra cada afirmación y su respuesta</translation>
    </message>
    <message>
        <source>note how you are, in words (or --list them)</source>
        <translation>anota cómo estás, con palabras (o muéstralo con --list)</translation>
    </message>
    <message>
        <source>a word that fits, e.g. {words}, or your own (again for more)</source>
        <translation>una palabra que encaje, por ejemplo {words}, o la tuya (repítelo para más)</translation>
    </message>
    <message>
        <source>the quick check: any of {names}, separated by commas</source>
        <translation>el chequeo rápido: cualquiera de {names}, separados por comas</translation>
    </message>
    <message>
        <source>one line, to say more (with no words: asked)</source>
        <translation>una línea, para decir más (sin palabras: se te pide)</translation>
    </message>
    <message>
        <source>show each one noted, newest first</source>
        <translation>muestra cada una que anotaste, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>with --list: the first day</source>
        <translation>con --list: el primer día</translation>
    </message>
    <message>
        <source>with --list: the last day</source>
        <translation>con --list: el último día</translation>
    </message>
    <message>
        <source>what I know now: show it, or save a new version of a part</source>
        <translation>lo que sé ahora: verlo, o guardar una versión nueva de una parte</translation>
    </message>
    <message>
        <source>every part with words in it, or the one named</source>
        <translation>cada parte que tiene palabras, o la que nombres</translation>
    </message>
    <message>
        <source>a new version of a part (the one before is kept)</source>
        <translation>una versión nueva de una parte (la anterior se conserva)</translation>
    </message>
    <message>
        <source>its words (left out or -: asked for, or read from stdin whole)</source>
        <translation>sus palabras (si no las escribes o con -: se te piden, o se lee todo de stdin)</translation>
    </message>
    <message>
        <source>things I want to bring up to my therapist or group</source>
        <translation>temas de los que quiero hablar con mi terapeuta o mi grupo</translation>
    </message>
    <message>
        <source>add one at the end of the list</source>
        <translation>agrega uno al final de la lista</translation>
    </message>
    <message>
        <source>its words (left out or -: asked for, or stdin)</source>
        <translation>sus palabras (si no las escribes o con -: se te piden, o de stdin)</translation>
    </message>
    <message>
        <source>what&apos;s still to bring up, then what was brought up</source>
        <translation>lo que falta por hablar y luego lo que ya se habló</translation>
    </message>
    <message>
        <source>mark one as brought up</source>
        <translation>marca uno como ya hablado</translation>
    </message>
    <message>
        <source>its number, as list shows</source>
        <translation>su número, como lo muestra list</translation>
    </message>
    <message>
        <source>showing up: record a session, or list them</source>
        <translation>presentarme: registra una sesión, o muéstralas</translation>
    </message>
    <message>
        <source>record a session (being there logs a win)</source>
        <translation>registra una sesión (haber ido anota un logro)</translation>
    </message>
    <message>
        <source>how it went: {names} (default: was-there)</source>
        <translation>cómo te fue: {names} (predeterminado: was-there)</translation>
    </message>
    <message>
        <source>the time, if you like</source>
        <translation>la hora, si quieres</translation>
    </message>
    <message>
        <source>the sessions recorded, newest first</source>
        <translation>las sesiones registradas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>your week: the sessions you usually have</source>
        <translation>tu semana: las sesiones que sueles tener</translation>
    </message>
    <message>
        <source>your week&apos;s plan, Monday first</source>
        <translation>el plan de la semana, empezando por el lunes</translation>
    </message>
    <message>
        <source>add a session you usually have each week</source>
        <translation>agrega una sesión que sueles tener cada semana</translation>
    </message>
    <message>
        <source>monday to sunday (or mon to sun)</source>
        <translation>monday a sunday (o mon a sun)</translation>
    </message>
    <message>
        <source>the time, if it has a set one</source>
        <translation>la hora, si tiene una fija</translation>
    </message>
    <message>
        <source>a name for it, like &quot;Tuesday group&quot;</source>
        <translation>un nombre para ella, como &quot;Grupo del martes&quot;</translation>
    </message>
    <message>
        <source>phrases for coming back</source>
        <translation>frases para regresar</translation>
    </message>
    <message>
        <source>show entries, newest first</source>
        <translation>muestra las entradas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>find entries and notebook items by words</source>
        <translation>busca entradas y elementos del cuaderno por palabras</translation>
    </message>
    <message>
        <source>newest first instead of best match</source>
        <translation>de la más reciente a la más antigua en lugar de por relevancia</translation>
    </message>
    <message>
        <source>what you&apos;ve done so far</source>
        <translation>lo que has hecho hasta ahora</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>cambia la frase de contraseña</translation>
    </message>
    <message>
        <source>open with the recovery code and choose a new passphrase</source>
        <translation>abre con el código de recuperación y elige una frase de contraseña nueva</translation>
    </message>
    <message>
        <source>let this computer&apos;s keychain open the journal</source>
        <translation>deja que el llavero del sistema de esta computadora abra el diario</translation>
    </message>
    <message>
        <source>stop this computer from opening the journal by itself</source>
        <translation>haz que esta computadora deje de abrir el diario por su cuenta</translation>
    </message>
    <message>
        <source>check the journal file for damage, and the progress totals against it</source>
        <translation>revisa si el archivo del diario tiene daños y compara con él los totales de progreso</translation>
    </message>
    <message>
        <source>export entries (private ones never leave)</source>
        <translation>exporta entradas (las privadas nunca salen)</translation>
    </message>
    <message>
        <source>file to write (default or -: print; summary: a PDF file)</source>
        <translation>archivo donde escribir (predeterminado o -: mostrarlo en pantalla; summary: un archivo PDF)</translation>
    </message>
    <message>
        <source>summary: first day (default: 4 weeks ago)</source>
        <translation>summary: primer día (predeterminado: hace 4 semanas)</translation>
    </message>
    <message>
        <source>summary: last day (default: today)</source>
        <translation>summary: último día (predeterminado: hoy)</translation>
    </message>
    <message>
        <source>summary: your name or initials, on page 1</source>
        <translation>summary: tu nombre o tus iniciales, en la página 1</translation>
    </message>
    <message>
        <source>summary: a few words for your therapist (with no words: asked for)</source>
        <translation>summary: unas palabras para tu terapeuta (sin palabras: se te piden)</translation>
    </message>
    <message>
        <source>summary: the day of your last session, to say what happened since</source>
        <translation>summary: el día de tu última sesión, para decir lo que pasó desde entonces</translation>
    </message>
    <message>
        <source>summary: after page 1, week by week (condensed, the default), every entry (full), or nothing (none)</source>
        <translation>summary: después de la página 1, semana por semana (condensed, el predeterminado), cada entrada (full) o nada (none)</translation>
    </message>
    <message>
        <source>summary: include hard moments</source>
        <translation>summary: incluye los momentos difíciles</translation>
    </message>
    <message>
        <source>summary: what I know now, every part with words in it, or only the parts named ({parts}), as in --notes {example}</source>
        <translation>summary: lo que sé ahora, cada parte que tiene palabras, o solo las partes nombradas ({parts}), como en --notes {example}</translation>
    </message>
    <message>
        <source>summary: things I want to bring up (the open ones first)</source>
        <translation>summary: temas de los que quiero hablar (primero los pendientes)</translation>
    </message>
    <message>
        <source>summary: sessions I showed up to</source>
        <translation>summary: sesiones a las que me presenté</translation>
    </message>
    <message>
        <source>summary: its language, e.g. en or es (default: the terminal&apos;s); your own words stay as you wrote them</source>
        <translation>summary: su idioma, p. ej. en o es (predeterminado: el de la terminal); tus propias palabras se quedan como las escribiste</translation>
    </message>
    <message>
        <source>add the entries of a JSON export (never twice)</source>
        <translation>agrega las entradas de una exportación JSON (nunca dos veces)</translation>
    </message>
    <message>
        <source>a file made by export --format json (with --from: the other app&apos;s file, or the folder of Markdown daily notes)</source>
        <translation>un archivo creado con export --format json (con --from: el archivo de la otra app, o la carpeta de notas diarias en Markdown)</translation>
    </message>
    <message>
        <source>a journal from another app: Daylio&apos;s CSV, Day One&apos;s JSON zip, jrnl&apos;s JSON, or a folder of Markdown daily notes named like 2026-03-14.md</source>
        <translation>un diario de otra app: el CSV de Daylio, el zip JSON de Day One, el JSON de jrnl, o una carpeta de notas diarias en Markdown con nombres como 2026-03-14.md</translation>
    </message>
    <message>
        <source>make an encrypted backup of the journal</source>
        <translation>crea una copia de seguridad cifrada del diario</translation>
    </message>
    <message>
        <source>file or folder to write it to (default: the backups folder)</source>
        <translation>archivo o carpeta donde escribirla (predeterminada: la carpeta de copias de seguridad)</translation>
    </message>
    <message>
        <source>list the backups in the backups folder</source>
        <translation>muestra las copias de seguridad de la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>replace the journal with a backup (can be undone)</source>
        <translation>reemplaza el diario con una copia de seguridad (se puede deshacer)</translation>
    </message>
    <message>
        <source>a backup file, or an ID from backups</source>
        <translation>un archivo de copia de seguridad, o un ID de backups</translation>
    </message>
    <message>
        <source>a new key, passphrase and recovery code for the journal</source>
        <translation>una clave, frase de contraseña y código de recuperación nuevos para el diario</translation>
    </message>
    <message>
        <source>keep the journal in step with your other computers</source>
        <translation>mantén el diario al día en tus otras computadoras</translation>
    </message>
    <message>
        <source>the folder, the other computers, and what waits</source>
        <translation>la carpeta, las otras computadoras y lo que está pendiente</translation>
    </message>
    <message>
        <source>write the journal into a folder and keep it in step</source>
        <translation>escribe el diario en una carpeta y mantenlo al día</translation>
    </message>
    <message>
        <source>an empty folder, or one with this journal</source>
        <translation>una carpeta vacía, o una con este diario</translation>
    </message>
    <message>
        <source>stop keeping in step here (the folder is left as it is)</source>
        <translation>deja de sincronizar aquí (la carpeta se queda como está)</translation>
    </message>
    <message>
        <source>stop reading the changes of a computer that&apos;s gone</source>
        <translation>deja de leer los cambios de una computadora que ya no está</translation>
    </message>
    <message>
        <source>its id as sync status shows it (the first {count} characters or more)</source>
        <translation>su id como lo muestra sync status (los primeros {count} caracteres o más)</translation>
    </message>
    <message>
        <source>take up the key the journal was given on another computer</source>
        <translation>adopta la clave que el diario recibió en otra computadora</translation>
    </message>
    <message>
        <source>open a journal kept in step on another computer</source>
        <translation>abre un diario que se mantiene al día en otra computadora</translation>
    </message>
    <message>
        <source>the folder the other computer keeps it in step through</source>
        <translation>la carpeta a través de la cual la otra computadora lo mantiene al día</translation>
    </message>
</context>
<context>
    <name>coping_model</name>
    <message>
        <source>The total runs from 10 to 60. Each check-in is kept as it was, beside the others.</source>
        <translation>El total va de 10 a 60. Cada registro se guarda como fue, junto a los demás.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Total: {total} (of {lowest} to {highest})</source>
        <translation>Total: {total} (de {lowest} a {highest})</translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n statement(s) answered. The total shows with all %n.</source>
        <translation>
            <numerusform>{answered} de %n afirmación respondida. El total aparece con las %n.</numerusform>
            <numerusform>{answered} de %n afirmaciones respondidas. El total aparece con las %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enojo</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>A quick check: hungry, angry, lonely, tired? Tick any that fit, or none.</source>
        <translation>Un chequeo rápido: ¿hambre, enojo, soledad, cansancio? Marca las que encajen, o ninguna.</translation>
    </message>
    <message>
        <source>How I am</source>
        <translation>Cómo estoy</translation>
    </message>
    <message>
        <source>Pick any words that fit, or add your own. There&apos;s no right answer.</source>
        <translation>Elige las palabras que encajen, o agrega las tuyas. No hay respuesta correcta.</translation>
    </message>
    <message>
        <source>One line, if you want to say more.</source>
        <translation>Una línea, si quieres decir algo más.</translation>
    </message>
    <message>
        <source>Quick check: {ticks}</source>
        <translation>Chequeo rápido: {ticks}</translation>
    </message>
    <message>
        <source>Picking up from here</source>
        <translation>Retomar desde aquí</translation>
    </message>
    <message>
        <source>A few questions about the hard moment, if you want them. Skip any, stop any time. Nothing counts down and no one is told.</source>
        <translation>Unas preguntas sobre el momento difícil, si las quieres. Omite cualquiera, detente cuando quieras. No hay cuenta regresiva y nadie se entera.</translation>
    </message>
    <message>
        <source>What was going on?</source>
        <translation>¿Qué estaba pasando?</translation>
    </message>
    <message>
        <source>What did you feel?</source>
        <translation>¿Qué sentiste?</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>¿Qué hiciste?</translation>
    </message>
    <message>
        <source>What helped, or might help next time?</source>
        <translation>¿Qué ayudó, o podría ayudar la próxima vez?</translation>
    </message>
    <message>
        <source>Add what you learned to What I know now, in your words.</source>
        <translation>Agrega lo que aprendiste a Lo que sé ahora, con tus palabras.</translation>
    </message>
    <message>
        <source>My plan for hard times</source>
        <translation>Mi plan para momentos difíciles</translation>
    </message>
    <message>
        <source>What tells me a hard time is coming</source>
        <translation>Lo que me avisa que viene un momento difícil</translation>
    </message>
    <message>
        <source>What I can do on my own</source>
        <translation>Lo que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <source>People I can call or text</source>
        <translation>Personas a quienes puedo llamar o escribir</translation>
    </message>
    <message>
        <source>Places that help</source>
        <translation>Lugares que me ayudan</translation>
    </message>
    <message>
        <source>What I want to remember</source>
        <translation>Lo que quiero recordar</translation>
    </message>
    <message>
        <source>My program&apos;s number</source>
        <translation>El número de mi programa</translation>
    </message>
    <message>
        <source>Also show my plan on the unlock screen</source>
        <translation>Mostrar también mi plan en la pantalla de desbloqueo</translation>
    </message>
    <message>
        <source>A copy on the unlock screen is not encrypted. Anyone who uses this computer can read it, without your passphrase.</source>
        <translation>Una copia en la pantalla de desbloqueo no está cifrada. Cualquier persona que use esta computadora puede leerla, sin tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>data_dialog</name>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Daylio&apos;s CSV export (*.csv)</source>
        <translation>Exportación CSV de Daylio (*.csv)</translation>
    </message>
    <message>
        <source>Day One&apos;s JSON export (*.zip *.json)</source>
        <translation>Exportación JSON de Day One (*.zip *.json)</translation>
    </message>
    <message>
        <source>jrnl&apos;s JSON export (*.json)</source>
        <translation>Exportación JSON de jrnl (*.json)</translation>
    </message>
    <message>
        <source>The file isn&apos;t encrypted: anyone who opens it can read it. Keep it somewhere only you can reach, and delete it when you no longer need it.</source>
        <translation>El archivo no está cifrado: cualquier persona que lo abra puede leerlo. Guárdalo en un lugar al que solo tú puedas llegar, y elimínalo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exportar e importar</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Every entry except the private ones, and your notebook, in one file: to keep, to move to another computer, or to open in another program.</source>
        <translation>Todas las entradas menos las privadas, y tu cuaderno, en un solo archivo: para conservarlo, pasarlo a otra computadora o abrirlo en otro programa.</translation>
    </message>
    <message>
        <source>JSON, which this app can import again</source>
        <translation>JSON, que esta app puede volver a importar</translation>
    </message>
    <message>
        <source>CSV, for a spreadsheet (entries only)</source>
        <translation>CSV, para una hoja de cálculo (solo entradas)</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Import a copy</source>
        <translation>Importar una copia</translation>
    </message>
    <message>
        <source>Adds the entries and notebook from a JSON file this app saved. The whole file is checked first, and you see what it holds before anything is added. What is already in your journal is never added twice.</source>
        <translation>Agrega las entradas y el cuaderno de un archivo JSON que guardó esta app. Primero se revisa todo el archivo, y ves lo que contiene antes de que se agregue nada. Lo que ya está en tu diario nunca se agrega dos veces.</translation>
    </message>
    <message>
        <source>Choose a file to import…</source>
        <translation>Elegir un archivo para importar…</translation>
    </message>
    <message>
        <source>From another app</source>
        <translation>Desde otra app</translation>
    </message>
    <message>
        <source>Brings in a journal you kept in Daylio (its CSV export), Day One (its JSON export, a zip file), jrnl (jrnl --export json) or as Markdown daily notes (a folder of files named like 2026-03-14.md). You see what it holds first, and nothing is added twice.</source>
        <translation>Trae un diario que llevabas en Daylio (su exportación CSV), Day One (su exportación JSON, un archivo zip), jrnl (jrnl --export json) o como notas diarias en Markdown (una carpeta de archivos con nombres como 2026-03-14.md). Primero ves lo que contiene, y nada se agrega dos veces.</translation>
    </message>
    <message>
        <source>The app it comes from</source>
        <translation>La app de donde viene</translation>
    </message>
    <message>
        <source>export-{day}</source>
        <translation>copia-{day}</translation>
    </message>
    <message>
        <source>Saving the copy…</source>
        <translation>Guardando la copia…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entr(y|ies) in {file}. Private entries stayed out.</source>
        <translation>
            <numerusform>Se guardó %Ln entrada en {file}. Las entradas privadas quedaron fuera.</numerusform>
            <numerusform>Se guardaron %Ln entradas en {file}. Las entradas privadas quedaron fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Elegir la carpeta…</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Elegir el archivo…</translation>
    </message>
    <message>
        <source>Import from {app}</source>
        <translation>Importar desde {app}</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Revisando la carpeta…</translation>
    </message>
    <message>
        <source>Import this file?</source>
        <translation>¿Importar este archivo?</translation>
    </message>
    <message>
        <source>{holds}

What is already in your journal is skipped.</source>
        <translation>{holds}

Lo que ya está en tu diario se omite.</translation>
    </message>
    <message>
        <source>Adding what the file holds…</source>
        <translation>Agregando lo que contiene el archivo…</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>MMMM d</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>ddd, MMM d</source>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <translation>ddd, d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>day_field</name>
    <message>
        <source>Alt+Down or F4 opens a calendar.</source>
        <translation>Alt+Flecha abajo o F4 abre un calendario.</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <comment>a Qt date pattern</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Yesterday</source>
        <translation>&amp;Ayer</translation>
    </message>
</context>
<context>
    <name>discreet</name>
    <message>
        <source>A moment for your notes, if you want one.</source>
        <translation>Un momento para tus notas, si quieres.</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to log today? Small things count.</source>
        <translation>¿Algo que quieras anotar hoy? Las cosas pequeñas cuentan.</translation>
    </message>
</context>
<context>
    <name>empty_state</name>
    <message>
        <source>No entries</source>
        <translation>No hay entradas</translation>
    </message>
</context>
<context>
    <name>entries</name>
    <message>
        <source>A hard moment doesn&apos;t go in a category.</source>
        <translation>Un momento difícil no va en una categoría.</translation>
    </message>
    <message>
        <source>Only a win can be marked &quot;after a hard moment&quot;.</source>
        <translation>Solo un logro se puede marcar &quot;después de un momento difícil&quot;.</translation>
    </message>
</context>
<context>
    <name>figures</name>
    <message>
        <source>Wins to date</source>
        <translation>Logros hasta la fecha</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Regresos</translation>
    </message>
    <message>
        <source>came back</source>
        <translation>regresé</translation>
    </message>
    <message>
        <source>Wins each week</source>
        <translation>Logros por semana</translation>
    </message>
    <message>
        <source>Wins you log show up here, week by week.</source>
        <translation>Los logros que anotas aparecen aquí, semana a semana.</translation>
    </message>
</context>
<context>
    <name>hard_times_plan</name>
    <message>
        <source>A plan for when things get hard, in your own words. Write as much or as little as you like: every part is optional. Each time you save, the plan before is kept too.</source>
        <translation>Un plan para cuando las cosas se ponen difíciles, en tus propias palabras. Escribe tanto o tan poco como quieras: cada parte es opcional. Cada vez que guardas, también se conserva el plan anterior.</translation>
    </message>
    <message>
        <source>What you notice first: a feeling, a thought, a place, a time of day.</source>
        <translation>Lo primero que notas: un sentimiento, un pensamiento, un lugar, una hora del día.</translation>
    </message>
    <message>
        <source>Things that help you get through it, even a little.</source>
        <translation>Cosas que te ayudan a salir adelante, aunque sea un poco.</translation>
    </message>
    <message>
        <source>Somewhere you feel steadier: a meeting, a library, a friend&apos;s kitchen.</source>
        <translation>Un lugar donde te sientes más firme: una reunión, una biblioteca, la cocina de una amistad.</translation>
    </message>
    <message>
        <source>Words for yourself, for when it&apos;s hard.</source>
        <translation>Palabras para ti, para cuando sea difícil.</translation>
    </message>
    <message>
        <source>w</source>
        <comment>Alt+letter of: What tells me a hard time…</comment>
        <translation>f</translation>
    </message>
    <message>
        <source>d</source>
        <comment>Alt+letter of: What I can do on my own</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>t</source>
        <comment>Alt+letter of: People I can call or text</comment>
        <translation>p</translation>
    </message>
    <message>
        <source>l</source>
        <comment>Alt+letter of: Places that help</comment>
        <translation>l</translation>
    </message>
    <message>
        <source>m</source>
        <comment>Alt+letter of: What I want to remember</comment>
        <translation>c</translation>
    </message>
    <message>
        <source>g</source>
        <comment>Alt+letter of: My program&apos;s number</comment>
        <translation>n</translation>
    </message>
    <message>
        <source>A name and a number for each, or just one of them.</source>
        <translation>Un nombre y un número para cada una, o solo uno de los dos.</translation>
    </message>
    <message>
        <source>The same number Help now shows, and the one in Preferences: change it here and it changes there too.</source>
        <translation>El mismo número que muestra Ayuda ahora, y el de Preferencias: si lo cambias aquí, también cambia allá.</translation>
    </message>
    <message>
        <source>Turn this off and the copy is removed at once.</source>
        <translation>Si desactivas esto, la copia se quita de inmediato.</translation>
    </message>
    <message>
        <source>Your plan is saved. The plan before it is kept too.</source>
        <translation>Tu plan se guardó. También se conserva el plan anterior.</translation>
    </message>
    <message>
        <source>Your plan is saved. It&apos;s at the top of Help now (F1).</source>
        <translation>Tu plan se guardó. Está al principio de Ayuda ahora (F1).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Nothing changed, so nothing new was saved.</source>
        <translation>Nada cambió, así que no se guardó nada nuevo.</translation>
    </message>
    <message>
        <source>Save as a &amp;PDF wallet card…</source>
        <translation>Guardar como &amp;tarjeta de bolsillo en PDF…</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mi plan</translation>
    </message>
    <message>
        <source>Save the wallet card</source>
        <translation>Guardar la tarjeta de bolsillo</translation>
    </message>
    <message>
        <source>Saved as {name}. Only you can open the file on this computer. Print it at its actual size (100%), not fitted to the page, so each card is wallet-sized.</source>
        <translation>Se guardó como {name}. Solo tú puedes abrir el archivo en esta computadora. Imprímelo a su tamaño real (100%), sin ajustarlo a la página, para que cada tarjeta tenga el tamaño de una cartera.</translation>
    </message>
    <message numerus="yes">
        <source>The plan holds up to %n people.</source>
        <translation>
            <numerusform>El plan admite hasta %n persona.</numerusform>
            <numerusform>El plan admite hasta %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name of person {place}</source>
        <translation>Nombre de la persona {place}</translation>
    </message>
    <message>
        <source>Number of person {place}</source>
        <translation>Número de la persona {place}</translation>
    </message>
    <message>
        <source>Remove person {place}</source>
        <translation>Quitar a la persona {place}</translation>
    </message>
    <message>
        <source>Saves your plan, as it is here, as a PDF of small cards to cut out and fold.</source>
        <translation>Guarda tu plan, tal como está aquí, como un PDF de tarjetas pequeñas para recortar y doblar.</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Agregar una persona</translation>
    </message>
    <message>
        <source>For example: my program, 555-0142</source>
        <translation>Por ejemplo: mi programa, 555-0142</translation>
    </message>
    <message>
        <source>u</source>
        <comment>Alt+letter of: Also show my plan on the unlock…</comment>
        <translation>m</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Your own program&apos;s number, if you added it, shows here once your journal is open.</source>
        <translation>El número de tu propio programa, si lo agregaste, aparece aquí cuando tu diario está abierto.</translation>
    </message>
    <message>
        <source>You can write a plan for hard times here: what you notice first, what helps, who to call, where to go. It shows at the top of this page.</source>
        <translation>Aquí puedes escribir un plan para momentos difíciles: lo primero que notas, lo que te ayuda, a quién llamar, a dónde ir. Aparece arriba en esta página.</translation>
    </message>
    <message>
        <source>You chose to keep this copy of your plan on the unlock screen. It isn&apos;t encrypted.</source>
        <translation>Elegiste guardar esta copia de tu plan en la pantalla de desbloqueo. No está cifrada.</translation>
    </message>
    <message>
        <source>&amp;Write my plan</source>
        <translation>&amp;Escribir mi plan</translation>
    </message>
    <message>
        <source>C&amp;hange my plan</source>
        <translation>&amp;Cambiar mi plan</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Tu programa</translation>
    </message>
    <message>
        <source>You don&apos;t have to handle this alone</source>
        <translation>No tienes que enfrentar esto a solas</translation>
    </message>
    <message>
        <source>These work without the internet and are free.</source>
        <translation>Estas líneas son gratuitas y no necesitas internet para usarlas.</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline (US)</source>
        <translation>988 Suicide &amp; Crisis Lifeline (EE. UU.)</translation>
    </message>
    <message>
        <source>Call or text 988, any time.</source>
        <translation>Llama o manda un mensaje de texto al 988, a cualquier hora. En español, marca 2, o escribe AYUDA al 988.</translation>
    </message>
    <message>
        <source>SAMHSA National Helpline (US)</source>
        <translation>SAMHSA National Helpline (EE. UU.)</translation>
    </message>
    <message>
        <source>1-800-662-4357: free, confidential, 24/7, in English and Spanish.</source>
        <translation>1-800-662-4357: gratuita, confidencial, las 24 horas, los 7 días, en inglés y en español.</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Si estás en peligro ahora mismo, llama a tu número local de emergencias.</translation>
    </message>
</context>
<context>
    <name>how_i_am_section</name>
    <message>
        <source>Your own word</source>
        <translation>Tu propia palabra</translation>
    </message>
    <message>
        <source>Type a word and press Enter. It joins the others, ticked. Commas make two.</source>
        <translation>Escribe una palabra y oprime Enter. Se suma a las demás, ya marcada. Con una coma, son dos.</translation>
    </message>
    <message>
        <source>Save how I am</source>
        <translation>Guardar cómo estoy</translation>
    </message>
    <message>
        <source>Save the change</source>
        <translation>Guardar el cambio</translation>
    </message>
    <message>
        <source>How you were before</source>
        <translation>Cómo estabas antes</translation>
    </message>
    <message>
        <source>Nothing here yet. When you check in, it shows here, with its day.</source>
        <translation>Todavía no hay nada aquí. Cuando hagas un registro, aparece aquí, con su día.</translation>
    </message>
    <message>
        <source>Enter changes the selected one. Delete removes it, and Undo brings it back.</source>
        <translation>Enter cambia el registro seleccionado. Supr lo elimina, y Deshacer lo regresa.</translation>
    </message>
    <message>
        <source>Thank you for checking in.</source>
        <translation>Gracias por registrar cómo estás.</translation>
    </message>
    <message>
        <source>Changing how you were on {day}. Escape leaves it as it was.</source>
        <translation>Estás cambiando cómo estabas el {day}. Esc lo deja como estaba.</translation>
    </message>
    <message>
        <source>Kept for today.</source>
        <translation>Se guardó para hoy.</translation>
    </message>
    <message>
        <source>Kept for {day}.</source>
        <translation>Se guardó para el {day}.</translation>
    </message>
    <message>
        <source>Quick check: {ticks}</source>
        <translation>Chequeo rápido: {ticks}</translation>
    </message>
    <message>
        <source>Words that fit</source>
        <translation>Palabras que encajan</translation>
    </message>
    <message>
        <source>Add word</source>
        <translation>Agregar palabra</translation>
    </message>
    <message>
        <source>Add your own word, ticked</source>
        <translation>Agregar tu propia palabra, ya marcada</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Chequeo rápido</translation>
    </message>
    <message>
        <source>Quick check: hungry, angry, lonely, tired</source>
        <translation>Chequeo rápido: hambre, enojo, soledad, cansancio</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a day as Qt writes it: month, day, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Keep how you are, for the day shown</source>
        <translation>Guardar cómo estás, para el día que se muestra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Leave the check-in as it was</source>
        <translation>Dejar el registro como estaba</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change the selected check-in</source>
        <translation>Cambiar el registro seleccionado</translation>
    </message>
    <message>
        <source>Change the selected check-in (Enter)</source>
        <translation>Cambiar el registro seleccionado (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected check-in</source>
        <translation>Eliminar el registro seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected check-in (Delete). Undo brings it back.</source>
        <translation>Eliminar el registro seleccionado (Supr). Deshacer lo regresa.</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Todavía no hay registros</translation>
    </message>
    <message>
        <source>Type a word first, then press Enter.</source>
        <translation>Primero escribe una palabra, luego oprime Enter.</translation>
    </message>
</context>
<context>
    <name>idle</name>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation>Después de 1 minuto</translation>
    </message>
    <message>
        <source>After 5 minutes</source>
        <translation>Después de 5 minutos</translation>
    </message>
    <message>
        <source>After 15 minutes</source>
        <translation>Después de 15 minutos</translation>
    </message>
    <message>
        <source>After 1 hour</source>
        <translation>Después de 1 hora</translation>
    </message>
</context>
<context>
    <name>import_coping</name>
    <message>
        <source>Check-in {number}</source>
        <translation>Registro {number}</translation>
    </message>
    <message>
        <source>How I am check-in {number}</source>
        <translation>Registro de Cómo estoy {number}</translation>
    </message>
    <message>
        <source>Picking-up note {number}</source>
        <translation>Nota de Retomar desde aquí {number}</translation>
    </message>
    <message>
        <source>Hard-times plan version {number}</source>
        <translation>Versión {number} del plan para momentos difíciles</translation>
    </message>
    <message>
        <source>Check-in {number} has the same uid as check-in {earlier}.</source>
        <translation>El registro {number} tiene el mismo uid que el registro {earlier}.</translation>
    </message>
    <message>
        <source>How I am check-in {number} has the same uid as how I am check-in {earlier}.</source>
        <translation>El registro de Cómo estoy {number} tiene el mismo uid que el registro de Cómo estoy {earlier}.</translation>
    </message>
    <message>
        <source>Picking-up note {number} has the same uid as picking-up note {earlier}.</source>
        <translation>La nota de Retomar desde aquí {number} tiene el mismo uid que la nota de Retomar desde aquí {earlier}.</translation>
    </message>
    <message>
        <source>Picking-up note {number} has the same hard moment as picking-up note {earlier}.</source>
        <translation>La nota de Retomar desde aquí {number} tiene el mismo momento difícil que la nota de Retomar desde aquí {earlier}.</translation>
    </message>
    <message>
        <source>The notebook&apos;s &quot;{key}&quot; should be a list.</source>
        <translation>En el cuaderno, &quot;{key}&quot; debería ser una lista.</translation>
    </message>
    <message>
        <source>a check-in (with a uid, day and answers)</source>
        <translation>un registro (con uid, día y respuestas)</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;answers&quot; should be a list of {count} answers, each a whole number from {lowest_answer} to {highest_answer} or null for a statement skipped.</source>
        <translation>En {where}, &quot;answers&quot; debería ser una lista de {count} respuestas, cada una un número entero del {lowest_answer} al {highest_answer}, o null si se saltó la afirmación.</translation>
    </message>
    <message>
        <source>{where} has no answers: at least one statement needs one.</source>
        <translation>{where} no tiene respuestas: al menos una afirmación necesita una.</translation>
    </message>
    <message>
        <source>a how I am check-in (with a uid and day)</source>
        <translation>un registro de Cómo estoy (con uid y día)</translation>
    </message>
    <message>
        <source>a list of words</source>
        <translation>una lista de palabras</translation>
    </message>
    <message>
        <source>{where} has more than {max_how_i_am_words} words.</source>
        <translation>{where} tiene más de {max_how_i_am_words} palabras.</translation>
    </message>
    <message>
        <source>{where} has no words, HALT ticks or line.</source>
        <translation>{where} no tiene palabras, marcas de HALT ni línea.</translation>
    </message>
    <message>
        <source>a picking-up note (with a uid)</source>
        <translation>una nota de Retomar desde aquí (con uid)</translation>
    </message>
    <message>
        <source>{where} has nothing in it.</source>
        <translation>{where} no tiene nada.</translation>
    </message>
    <message>
        <source>a version of the plan (with its saved_at)</source>
        <translation>una versión del plan (con su saved_at)</translation>
    </message>
    <message>
        <source>a list of people</source>
        <translation>una lista de personas</translation>
    </message>
    <message>
        <source>{where}&apos;s person {n}</source>
        <translation>{where}, persona {n}</translation>
    </message>
    <message>
        <source>{where} has more than {max_plan_people} people.</source>
        <translation>{where} tiene más de {max_plan_people} personas.</translation>
    </message>
    <message>
        <source>a person (with a name, a number or both)</source>
        <translation>una persona (con nombre, número o ambos)</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;halt&quot; should list any of {names}.</source>
        <translation>En {where}, &quot;halt&quot; solo puede incluir algunos de estos: {names}.</translation>
    </message>
</context>
<context>
    <name>import_fields</name>
    <message>
        <source>{problem} Nothing was imported.</source>
        <translation>{problem} No se importó nada.</translation>
    </message>
    <message>
        <source>{where} isn&apos;t written as {what}.</source>
        <translation>{where} no tiene la forma de {what}.</translation>
    </message>
    <message>
        <source>{where} has {key} twice.</source>
        <translation>{where} tiene {key} dos veces.</translation>
    </message>
    <message>
        <source>{where} has no {what}.</source>
        <translation>{where} no tiene {what}.</translation>
    </message>
    <message>
        <source>{where}&apos;s {what} should be written YYYY-MM-DD, like 2026-03-14.</source>
        <translation>{where}: {what} debería escribirse AAAA-MM-DD, como 2026-03-14.</translation>
    </message>
    <message>
        <source>{where}&apos;s {what} hasn&apos;t come yet.</source>
        <translation>{where}: {what} es una fecha que todavía no llega.</translation>
    </message>
    <message>
        <source>{where}&apos;s {what} is before 1900.</source>
        <translation>{where}: {what} es anterior a 1900.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be true or false.</source>
        <translation>{where}: &quot;{key}&quot; debería ser true o false.</translation>
    </message>
    <message>
        <source>{where} has no {key}.</source>
        <translation>{where} no tiene {key}.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be text.</source>
        <translation>{where}: &quot;{key}&quot; debería ser texto.</translation>
    </message>
    <message>
        <source>{where}&apos;s {key} is longer than {max_name_chars} characters.</source>
        <translation>{where}: {key} tiene más de {max_name_chars} caracteres.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;tags&quot; should be a list of words.</source>
        <translation>{where}: &quot;tags&quot; debería ser una lista de palabras.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be a date and time like 2026-03-14T18:00:00+00:00.</source>
        <translation>{where}: &quot;{key}&quot; debería ser una fecha y hora como 2026-03-14T18:00:00+00:00.</translation>
    </message>
    <message>
        <source>{where} has no &quot;{key}&quot;.</source>
        <translation>{where} no tiene &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be a date and time with its offset, like 2026-03-14T18:00:00+00:00.</source>
        <translation>{where}: &quot;{key}&quot; debería ser una fecha y hora con su diferencia horaria, como 2026-03-14T18:00:00+00:00.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; hasn&apos;t come yet.</source>
        <translation>{where}: &quot;{key}&quot; es una fecha que todavía no llega.</translation>
    </message>
    <message>
        <source>{where}&apos;s {key} should be 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>{where}: {key} debería tener de 1 a 64 letras, dígitos, &quot;-&quot; o &quot;_&quot;.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be one of {names}.</source>
        <translation>{where}: &quot;{key}&quot; debería ser uno de estos: {names}.</translation>
    </message>
    <message>
        <source>{where}&apos;s {key} is longer than {limit:,} characters.</source>
        <translation>{where}: {key} tiene más de {limit:,} caracteres.</translation>
    </message>
    <message>
        <source>{where}&apos;s {key} has characters that can&apos;t be saved.</source>
        <translation>{where}: {key} tiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;at&quot; should be a time like 18:30, or null.</source>
        <translation>{where}: &quot;at&quot; debería ser una hora como 18:30, o null.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be {what}.</source>
        <translation>{where}: &quot;{key}&quot; debería ser {what}.</translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <source>That file ends too early ({place}): it may have been cut off while it was copied.</source>
        <translation>Ese archivo termina antes de tiempo ({place}): puede que se haya cortado al copiarlo.</translation>
    </message>
    <message numerus="yes">
        <source>This file holds %Ln entr(y|ies).</source>
        <translation>
            <numerusform>Este archivo contiene %Ln entrada.</numerusform>
            <numerusform>Este archivo contiene %Ln entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %Ln entr(y|ies) and {items}.</source>
        <translation>
            <numerusform>Este archivo contiene %Ln entrada y {items}.</numerusform>
            <numerusform>Este archivo contiene %Ln entradas y {items}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notebook item(s)</source>
        <translation>
            <numerusform>%Ln elemento del cuaderno</numerusform>
            <numerusform>%Ln elementos del cuaderno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new to add: (the entry was|all %Ln entries were) already in the journal.</source>
        <translation>
            <numerusform>No hay nada nuevo que agregar: la entrada ya estaba en el diario.</numerusform>
            <numerusform>No hay nada nuevo que agregar: las %Ln entradas ya estaban en el diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln entr(y|ies).</source>
        <translation>
            <numerusform>Se importó %Ln entrada.</numerusform>
            <numerusform>Se importaron %Ln entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln (was|were) already in the journal.</source>
        <translation>
            <numerusform>%Ln ya estaba en el diario.</numerusform>
            <numerusform>%Ln ya estaban en el diario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the notebook: %Ln item(s).</source>
        <translation>
            <numerusform>Del cuaderno: %Ln elemento.</numerusform>
            <numerusform>Del cuaderno: %Ln elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That file couldn&apos;t be read. Check its name and folder, and try again.</source>
        <translation>No se pudo leer ese archivo. Revisa su nombre y su carpeta, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That file is over {megabytes:g} MB, more than this app imports at once.</source>
        <translation>Ese archivo pesa más de {megabytes:g} MB, más de lo que esta app importa de una vez.</translation>
    </message>
    <message>
        <source>That file is over {limit:,} bytes, more than this app imports at once.</source>
        <translation>Ese archivo pesa más de {limit:,} bytes, más de lo que esta app importa de una vez.</translation>
    </message>
    <message>
        <source>That file is empty.</source>
        <translation>Ese archivo está vacío.</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>Line {line} of that file isn&apos;t UTF-8 text, so it isn&apos;t an export from this app.</source>
        <translation>La línea {line} de ese archivo no es texto UTF-8, así que no es una exportación de esta app.</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>That file can&apos;t be read as JSON: the problem is at {place}.</source>
        <translation>Ese archivo no se puede leer como JSON: el problema está en {place}.</translation>
    </message>
    <message>
        <source>That file is nested too deeply to be an export from this app.</source>
        <translation>Ese archivo tiene demasiados niveles anidados para ser una exportación de esta app.</translation>
    </message>
    <message>
        <source>That file isn&apos;t an export from this app: it doesn&apos;t start with &quot;format&quot;: &quot;{export_format}&quot;.</source>
        <translation>Ese archivo no es una exportación de esta app: no empieza con &quot;format&quot;: &quot;{export_format}&quot;.</translation>
    </message>
    <message>
        <source>That file has {key} twice.</source>
        <translation>Ese archivo tiene {key} dos veces.</translation>
    </message>
    <message>
        <source>That file has no &quot;version&quot; number, so it can&apos;t be read safely.</source>
        <translation>Ese archivo no tiene número de &quot;version&quot;, así que no se puede leer de forma segura.</translation>
    </message>
    <message>
        <source>That file was made by a newer version of the app. Update the app, then import it again.</source>
        <translation>Ese archivo lo hizo una versión más nueva de la app. Actualiza la app y luego vuelve a importarlo.</translation>
    </message>
    <message>
        <source>That file&apos;s version ({version}) isn&apos;t one this app knows.</source>
        <translation>Esta app no conoce la versión de ese archivo ({version}).</translation>
    </message>
    <message>
        <source>The &quot;categories&quot; in that file should be a list.</source>
        <translation>En ese archivo, &quot;categories&quot; debería ser una lista.</translation>
    </message>
    <message>
        <source>That file has no &quot;entries&quot; list.</source>
        <translation>Ese archivo no tiene una lista &quot;entries&quot;.</translation>
    </message>
    <message>
        <source>Category {number}</source>
        <translation>Categoría {number}</translation>
    </message>
    <message>
        <source>a category (with a name)</source>
        <translation>una categoría (con un nombre)</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;position&quot; should be a whole number from 0 to {max_position:,}.</source>
        <translation>{where}: &quot;position&quot; debería ser un número entero del 0 al {max_position:,}.</translation>
    </message>
    <message>
        <source>{where} has the same name as category {earlier}.</source>
        <translation>{where} tiene el mismo nombre que la categoría {earlier}.</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translation>Entrada {number}</translation>
    </message>
    <message>
        <source>Entry {number} has the same uid as entry {earlier}.</source>
        <translation>La entrada {number} tiene el mismo uid que la entrada {earlier}.</translation>
    </message>
    <message>
        <source>an entry (with a uid, kind and day)</source>
        <translation>una entrada (con uid, kind y day)</translation>
    </message>
    <message>
        <source>{where} has no uid.</source>
        <translation>{where} no tiene uid.</translation>
    </message>
    <message>
        <source>{where}&apos;s uid should be 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>{where}: el uid debería tener de 1 a 64 letras, dígitos, &quot;-&quot; o &quot;_&quot;.</translation>
    </message>
    <message>
        <source>{where} has no kind.</source>
        <translation>{where} no tiene kind (el tipo).</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;kind&quot; should be &quot;win&quot; or &quot;hard_moment&quot;.</source>
        <translation>{where}: &quot;kind&quot; debería ser &quot;win&quot; o &quot;hard_moment&quot;.</translation>
    </message>
    <message>
        <source>{where} is marked private. Private entries stay out of exports.</source>
        <translation>{where} está marcada como privada. Las entradas privadas no van en las exportaciones.</translation>
    </message>
    <message>
        <source>{where} is a win with a &quot;moment_word&quot;; only hard moments have one.</source>
        <translation>{where} es un logro con &quot;moment_word&quot;; solo los momentos difíciles lo tienen.</translation>
    </message>
    <message>
        <source>{where} is a hard moment with a category; they don&apos;t go in one.</source>
        <translation>{where} es un momento difícil con categoría; los momentos difíciles no llevan categoría.</translation>
    </message>
    <message>
        <source>{where} is a hard moment marked &quot;after_hard_moment&quot;.</source>
        <translation>{where} es un momento difícil marcado como &quot;after_hard_moment&quot;.</translation>
    </message>
    <message>
        <source>{where} is a win with no text.</source>
        <translation>{where} es un logro sin texto.</translation>
    </message>
    <message>
        <source>{where}&apos;s {key} is longer than {max_text_chars:,} characters, more than one entry can hold.</source>
        <translation>{where}: {key} tiene más de {max_text_chars:,} caracteres, más de lo que cabe en una entrada.</translation>
    </message>
    <message>
        <source>The &quot;notebook&quot;</source>
        <translation>El &quot;notebook&quot;</translation>
    </message>
    <message>
        <source>an object (with notes, bring_up, plan, sessions, phrases)</source>
        <translation>un objeto (con notes, bring_up, plan, sessions, phrases)</translation>
    </message>
    <message>
        <source>Plan item {n}</source>
        <translation>Elemento {n} del plan</translation>
    </message>
    <message>
        <source>Plan item {number} has the same &quot;id&quot; as plan item {earlier}.</source>
        <translation>El elemento {number} del plan tiene el mismo &quot;id&quot; que el elemento {earlier} del plan.</translation>
    </message>
    <message>
        <source>Session {n}</source>
        <translation>Sesión {n}</translation>
    </message>
    <message>
        <source>Session {number} has the same plan item and day as session {earlier}.</source>
        <translation>La sesión {number} tiene el mismo elemento del plan y el mismo día que la sesión {earlier}.</translation>
    </message>
    <message>
        <source>Notebook note {n}</source>
        <translation>Nota {n} del cuaderno</translation>
    </message>
    <message>
        <source>Bring-up item {n}</source>
        <translation>Tema para hablar {n}</translation>
    </message>
    <message>
        <source>a phrase (with its text)</source>
        <translation>una frase (con su texto)</translation>
    </message>
    <message>
        <source>Phrase {n}</source>
        <translation>Frase {n}</translation>
    </message>
    <message>
        <source>The notebook&apos;s &quot;{key}&quot; should be a list.</source>
        <translation>En el cuaderno, &quot;{key}&quot; debería ser una lista.</translation>
    </message>
    <message>
        <source>a note (with a section, text and saved_at)</source>
        <translation>una nota (con section, text y saved_at)</translation>
    </message>
    <message>
        <source>an item to bring up (with its text and added_on)</source>
        <translation>un tema para hablar (con text y added_on)</translation>
    </message>
    <message>
        <source>a plan item (with an id, weekday and kind)</source>
        <translation>un elemento del plan (con id, weekday y kind)</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;id&quot; should be a whole number from 1 to {max_position:,}.</source>
        <translation>{where}: &quot;id&quot; debería ser un número entero del 1 al {max_position:,}.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;weekday&quot; should be a whole number from 0 (Monday) to 6.</source>
        <translation>{where}: &quot;weekday&quot; debería ser un número entero del 0 (lunes) al 6.</translation>
    </message>
    <message>
        <source>a session (with a day, kind and attendance)</source>
        <translation>una sesión (con day, kind y attendance)</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;plan&quot; should be the &quot;id&quot; of a plan item in the file.</source>
        <translation>{where}: &quot;plan&quot; debería ser el &quot;id&quot; de un elemento del plan que esté en el archivo.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;entry_uid&quot; should be 1 to 64 letters, digits, &quot;-&quot; or &quot;_&quot;.</source>
        <translation>{where}: &quot;entry_uid&quot; debería tener de 1 a 64 letras, dígitos, &quot;-&quot; o &quot;_&quot;.</translation>
    </message>
</context>
<context>
    <name>journal_page</name>
    <message>
        <source>Nothing here yet. You don&apos;t need to be sure. You just need to show up.
Log one small thing you did today, even just opening this.</source>
        <translation>Todavía no hay nada aquí. No hace falta tener certeza. Solo hace falta presentarte.
Anota una cosa pequeña que hiciste hoy, aunque sea abrir esto.</translation>
    </message>
    <message>
        <source>No entries match. Try fewer words, or clear the filters.</source>
        <translation>Ninguna entrada coincide. Prueba con menos palabras, o quita los filtros.</translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation>Qué bueno verte de nuevo.</translation>
    </message>
    <message>
        <source>You&apos;re not starting over. You&apos;re picking up from here.</source>
        <translation>No estás empezando de cero. Estás retomando desde aquí.</translation>
    </message>
    <message>
        <source>About a month ago, you wrote:</source>
        <translation>Hace más o menos un mes, escribiste:</translation>
    </message>
    <message>
        <source>A &amp;win from a month ago</source>
        <translation>Un &amp;logro de hace un mes</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter ({count})</source>
        <translation>Filtrar ({count})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Show only some entries</source>
        <translation>Mostrar solo algunas entradas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>Log a win</source>
        <translation>Anotar un logro</translation>
    </message>
    <message>
        <source>Log a win (Ctrl+N)</source>
        <translation>Anotar un logro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a day as Qt writes it: month, day, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>to</source>
        <comment>From a day to a day</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Close welcome message</source>
        <translation>Cerrar el mensaje de bienvenida</translation>
    </message>
    <message>
        <source>Close the win from a month ago</source>
        <translation>Cerrar el logro de hace un mes</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>In your notebook</source>
        <translation>En tu cuaderno</translation>
    </message>
    <message>
        <source>“{words}”</source>
        <comment>the person&apos;s words, quoted</comment>
        <translation>“{words}”</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) on</source>
        <translation>
            <numerusform>%n filtro activo</numerusform>
            <numerusform>%n filtros activos</numerusform>
        </translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>{title}: {words}</source>
        <comment>a notebook part, then its words</comment>
        <translation>{title}: {words}</translation>
    </message>
</context>
<context>
    <name>keep_in_step</name>
    <message>
        <source>Use this journal on another computer</source>
        <translation>Usar este diario en otra computadora</translation>
    </message>
    <message>
        <source>Your journal can be on two computers, through a folder you already keep in step between them: with Syncthing, Dropbox, OneDrive or Nextcloud, or on a USB stick you carry. Your journal is written there, encrypted, and kept in step from then on.</source>
        <translation>Tu diario puede estar en dos computadoras, a través de una carpeta que ya sincronizas entre ellas: con Syncthing, Dropbox, OneDrive o Nextcloud, o en una memoria USB que llevas contigo. Tu diario se escribe ahí, cifrado, y desde entonces se mantiene al día.</translation>
    </message>
    <message>
        <source>On the other computer, choose Open a journal from a folder, then type your passphrase.</source>
        <translation>En la otra computadora, elige Abrir un diario desde una carpeta y luego escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Choose a folder to keep your journal in step through</source>
        <translation>Elige una carpeta a través de la cual sincronizar tu diario</translation>
    </message>
    <message>
        <source>Your journal is kept in step through this folder:</source>
        <translation>Tu diario se mantiene al día a través de esta carpeta:</translation>
    </message>
    <message>
        <source>On your other computer, choose Open a journal from a folder and type your passphrase.</source>
        <translation>En tu otra computadora, elige Abrir un diario desde una carpeta y escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>No other computer has opened it yet.</source>
        <translation>Todavía no lo ha abierto ninguna otra computadora.</translation>
    </message>
    <message>
        <source>The folder is left as it is, so your other computers keep what is in it.</source>
        <translation>La carpeta se queda como está, así que tus otras computadoras conservan lo que tiene.</translation>
    </message>
    <message>
        <source>Writing your journal into the folder…</source>
        <translation>Escribiendo tu diario en la carpeta…</translation>
    </message>
    <message>
        <source>Your journal is in the folder now, and kept in step.</source>
        <translation>Tu diario ya está en la carpeta y se mantiene al día.</translation>
    </message>
    <message>
        <source>This computer doesn&apos;t keep the journal in step any more.</source>
        <translation>Esta computadora ya no mantiene el diario al día.</translation>
    </message>
    <message>
        <source>That computer is forgotten here.</source>
        <translation>Aquí se olvidó esa computadora.</translation>
    </message>
    <message>
        <source>Its changes won&apos;t be read here any more; to stop it reading your journal too, give the journal new keys in Journal, Backups…</source>
        <translation>Sus cambios ya no se van a leer aquí; para que tampoco pueda leer tu diario, dale claves nuevas al diario en Diario, Copias de seguridad…</translation>
    </message>
    <message>
        <source>Computer {number}: not heard from yet</source>
        <translation>Computadora {number}: todavía sin contacto</translation>
    </message>
    <message>
        <source>Computer {number}: heard from {when}</source>
        <translation>Computadora {number}: último contacto {when}</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Todavía no elegiste una carpeta</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Keep in step</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Your other computers</source>
        <translation>Tus otras computadoras</translation>
    </message>
    <message>
        <source>Stop keeping in step</source>
        <translation>Dejar de sincronizar</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>Primero elige una carpeta.</translation>
    </message>
    <message>
        <source>Forget this computer</source>
        <translation>Olvidar esta computadora</translation>
    </message>
</context>
<context>
    <name>know_now_page</name>
    <message>
        <source>You&apos;re not starting over. You&apos;re picking up from here, with what you&apos;ve learned. Write as much or as little as you like, and change it whenever you learn more.</source>
        <translation>No estás empezando de cero. Estás retomando desde aquí, con lo que has aprendido. Escribe tanto o tan poco como quieras, y cámbialo cuando aprendas más.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Ya tiene texto</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} a las {time}</translation>
    </message>
    <message>
        <source>What I know now</source>
        <translation>Lo que sé ahora</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>What you know now</source>
        <translation>Lo que sabes ahora</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save a new version (Ctrl+S)</source>
        <translation>Guardar una versión nueva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>An earlier version</source>
        <translation>Una versión anterior</translation>
    </message>
    <message>
        <source>Each time you save, the version before stays here.</source>
        <translation>Cada vez que guardas, la versión anterior se queda aquí.</translation>
    </message>
    <message>
        <source>{title}, written</source>
        <translation>{title}, ya tiene texto</translation>
    </message>
    <message>
        <source>{title}, not written yet</source>
        <translation>{title}, todavía sin texto</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Todavía sin texto</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Se guardó el {when}</translation>
    </message>
    <message>
        <source>{when} (emptied)</source>
        <translation>{when} (se vació)</translation>
    </message>
    <message>
        <source>What you wrote on {when}:</source>
        <translation>Lo que escribiste el {when}:</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <extracomment>The name of the language you are translating into, written in that language: &quot;Español&quot;.</extracomment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>live_journal</name>
    <message>
        <source>Done again.</source>
        <translation>Rehecho.</translation>
    </message>
</context>
<context>
    <name>log_dialog</name>
    <message>
        <source>Small things count. Pick one, or write your own.</source>
        <translation>Las cosas pequeñas cuentan. Elige una, o escribe la tuya.</translation>
    </message>
    <message>
        <source>Double-click one to save it at once.</source>
        <translation>Haz doble clic en uno para guardarlo de inmediato.</translation>
    </message>
    <message>
        <source>Double-click, or press Ctrl+Enter, to save this win at once.</source>
        <translation>Haz doble clic, u oprime Ctrl+Enter, para guardar este logro de inmediato.</translation>
    </message>
    <message>
        <source>The category, the day, a note, tags, and keeping it private</source>
        <translation>La categoría, el día, una nota, etiquetas y mantenerlo privado</translation>
    </message>
    <message>
        <source>The day, tags, and keeping it private</source>
        <translation>El día, etiquetas y mantenerlo privado</translation>
    </message>
    <message>
        <source>It&apos;s written down.</source>
        <translation>Quedó anotado.</translation>
    </message>
    <message>
        <source>A few questions about this hard moment, if you want them</source>
        <translation>Algunas preguntas sobre este momento difícil, si las quieres</translation>
    </message>
    <message>
        <source>Your notes about this hard moment: what was going on, what helped</source>
        <translation>Tus notas sobre este momento difícil: qué estaba pasando, qué ayudó</translation>
    </message>
    <message>
        <source>Here is what you were writing when the journal locked.</source>
        <translation>Aquí está lo que estabas escribiendo cuando el diario se bloqueó.</translation>
    </message>
    <message>
        <source>Writing it down takes nothing away from anything you&apos;ve done. You&apos;re picking up from here.</source>
        <translation>Anotarlo no le quita nada a lo que has hecho. Estás retomando desde aquí.</translation>
    </message>
    <message>
        <source>Quick win: {text}</source>
        <translation>Logro rápido: {text}</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Log a win</source>
        <translation>Anotar un logro</translation>
    </message>
    <message>
        <source>A win</source>
        <translation>Un logro</translation>
    </message>
    <message>
        <source>A hard moment</source>
        <translation>Un momento difícil</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Más detalles</translation>
    </message>
    <message>
        <source>What did you do? One line is plenty.</source>
        <translation>¿Qué hiciste? Con una línea basta.</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Lo que hiciste</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Logros rápidos</translation>
    </message>
    <message>
        <source>Your word for it</source>
        <translation>Tu palabra para nombrarlo</translation>
    </message>
    <message>
        <source>Optional: what happened</source>
        <translation>Opcional: qué pasó</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Optional: what helped, even a little</source>
        <translation>Opcional: qué ayudó, aunque sea un poco</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Qué ayudó</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Day it happened</source>
        <translation>Día en que pasó</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Optional: anything you want to remember about it</source>
        <translation>Opcional: lo que quieras recordar de esto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional, separated by commas: group, family</source>
        <translation>Opcional, separadas por comas: grupo, familia</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>This came after a hard moment</source>
        <translation>Esto pasó después de un momento difícil</translation>
    </message>
    <message>
        <source>Private: never goes into an export</source>
        <translation>Privado: nunca se incluye en una exportación</translation>
    </message>
    <message>
        <source>Write it down</source>
        <translation>Anotarlo</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>J&amp;ournal</source>
        <translation>Diari&amp;o</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>&amp;Showing up</source>
        <translation>Pre&amp;sentarme</translation>
    </message>
    <message>
        <source>What I &amp;know now</source>
        <translation>&amp;Lo que sé ahora</translation>
    </message>
    <message>
        <source>To &amp;bring up</source>
        <translation>Temas para &amp;hablar</translation>
    </message>
    <message>
        <source>Ph&amp;rases</source>
        <translation>&amp;Frases</translation>
    </message>
    <message>
        <source>Check-&amp;ins</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>Saved. That counts.</source>
        <translation>Guardado. Eso cuenta.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Se eliminó.</translation>
    </message>
    <message>
        <source>Noted. Everything you&apos;ve done still counts.</source>
        <translation>Anotado. Todo lo que has hecho sigue contando.</translation>
    </message>
    <message>
        <source>Your journal is locked.</source>
        <translation>Tu diario está bloqueado.</translation>
    </message>
    <message>
        <source>Your journal is open.</source>
        <translation>Tu diario está abierto.</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Phone numbers for help, any time (F1)</source>
        <translation>Números de teléfono para pedir ayuda, a cualquier hora (F1)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Ocultar ya</translation>
    </message>
    <message>
        <source>Lock and hide the window at once ({keys})</source>
        <translation>Bloquear y ocultar la ventana de inmediato ({keys})</translation>
    </message>
    <message>
        <source>Your new passphrase is set, and the old recovery code no longer works. Here is your new recovery code. It is shown only now:</source>
        <translation>Tu nueva frase de contraseña quedó lista, y el código de recuperación anterior ya no funciona. Aquí está tu nuevo código de recuperación. Solo se muestra ahora:</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <source>An older journal file</source>
        <translation>Un archivo de diario anterior</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Se deshizo.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restored. It opens with the passphrase it had when the backup was made. The journal as it was is kept among the backups.</source>
        <translation>Restaurado. Se abre con la frase de contraseña que tenía cuando se hizo la copia de seguridad. El diario como estaba se guarda entre las copias de seguridad.</translation>
    </message>
    <message>
        <source>The journal has new keys. Open it with your new passphrase.</source>
        <translation>El diario tiene claves nuevas. Ábrelo con tu nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>The journal has new keys. Here is your new recovery code, shown only now:</source>
        <translation>El diario tiene claves nuevas. Aquí está tu nuevo código de recuperación, que solo se muestra ahora:</translation>
    </message>
    <message>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>Deshacer {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>{title} is the {instrument}: {source} {licence}</source>
        <translation>{title} es el {instrument}: {source} {licence}</translation>
    </message>
    <message>
        <source>A private journal of small wins. Everything stays encrypted on this computer, and the app never goes online.</source>
        <translation>Un diario privado de logros pequeños. Todo se queda cifrado en esta computadora, y la app nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU (GNU General Public License), versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>manage</name>
    <message>
        <source>Untick a category to hide it. Entries keep it.</source>
        <translation>Desmarca una categoría para ocultarla. Las entradas la conservan.</translation>
    </message>
    <message>
        <source>Category list</source>
        <translation>Lista de categorías</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Agregar categoría</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Cambiar el nombre de la categoría</translation>
    </message>
    <message>
        <source>Move up category</source>
        <translation>Subir categoría</translation>
    </message>
    <message>
        <source>Move down category</source>
        <translation>Bajar categoría</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Agregar una categoría</translation>
    </message>
    <message>
        <source>Untick a quick win to hide it. Entries keep it.</source>
        <translation>Desmarca un logro rápido para ocultarlo. Las entradas lo conservan.</translation>
    </message>
    <message>
        <source>Quick win list</source>
        <translation>Lista de logros rápidos</translation>
    </message>
    <message>
        <source>Add quick win</source>
        <translation>Agregar logro rápido</translation>
    </message>
    <message>
        <source>Rename quick win</source>
        <translation>Cambiar el nombre del logro rápido</translation>
    </message>
    <message>
        <source>Move up quick win</source>
        <translation>Subir logro rápido</translation>
    </message>
    <message>
        <source>Move down quick win</source>
        <translation>Bajar logro rápido</translation>
    </message>
    <message>
        <source>Add a quick win</source>
        <translation>Agregar un logro rápido</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Categories and quick wins</source>
        <translation>Categorías y logros rápidos</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Logros rápidos</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>Log a &amp;win…</source>
        <translation>Anotar un &amp;logro…</translation>
    </message>
    <message>
        <source>Note a &amp;hard moment…</source>
        <translation>Anotar un &amp;momento difícil…</translation>
    </message>
    <message>
        <source>My &amp;plan for hard times…</source>
        <translation>Mi &amp;plan para momentos difíciles…</translation>
    </message>
    <message>
        <source>&amp;Share a summary…</source>
        <translation>&amp;Compartir un resumen…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copias de se&amp;guridad…</translation>
    </message>
    <message>
        <source>&amp;Export and import…</source>
        <translation>&amp;Exportar e importar…</translation>
    </message>
    <message>
        <source>&amp;Use this journal on another computer…</source>
        <translation>&amp;Usar este diario en otra computadora…</translation>
    </message>
    <message>
        <source>Hide &amp;now</source>
        <translation>Ocultar &amp;ya</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Editar entrada…</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>E&amp;liminar entrada</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Categories and quick wins…</source>
        <translation>&amp;Categorías y logros rápidos…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Help now</source>
        <translation>&amp;Ayuda ahora</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Acerca &amp;de</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer {what}</translation>
    </message>
</context>
<context>
    <name>new_key</name>
    <message>
        <source>New keys from your other computer</source>
        <translation>Claves nuevas desde tu otra computadora</translation>
    </message>
    <message>
        <source>Your journal was given new keys on your other computer. Until this computer has them too, what you write here stays here, and nothing new comes in.</source>
        <translation>En tu otra computadora, el diario recibió claves nuevas. Hasta que esta computadora también las tenga, lo que escribas aquí se queda aquí y no llega nada nuevo.</translation>
    </message>
    <message>
        <source>Type the passphrase you chose on the other computer.</source>
        <translation>Escribe la frase de contraseña que elegiste en la otra computadora.</translation>
    </message>
    <message>
        <source>The &amp;passphrase you chose there</source>
        <translation>La &amp;frase de contraseña que elegiste allá</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>Código de &amp;recuperación</translation>
    </message>
    <message>
        <source>The recovery code the other computer showed when it gave the journal new keys. The code you had before no longer works.</source>
        <translation>El código de recuperación que mostró la otra computadora cuando le dio claves nuevas al diario. El código que tenías antes ya no funciona.</translation>
    </message>
    <message>
        <source>Choose a new passphrase too. It becomes your journal&apos;s passphrase, here and on your other computers.</source>
        <translation>Elige también una frase de contraseña nueva. Será la frase de contraseña de tu diario, aquí y en tus otras computadoras.</translation>
    </message>
    <message>
        <source>A &amp;new passphrase</source>
        <translation>Una frase de contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>The &amp;same passphrase again</source>
        <translation>La misma frase de contraseña &amp;otra vez</translation>
    </message>
    <message>
        <source>Use the recovery &amp;code instead</source>
        <translation>Usar el &amp;código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Use the pass&amp;phrase instead</source>
        <translation>Usar la &amp;frase de contraseña en su lugar</translation>
    </message>
    <message>
        <source>&amp;Keep in step</source>
        <translation>&amp;Mantener al día</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Encrypting your journal here with the new key…</source>
        <translation>Cifrando tu diario aquí con la clave nueva…</translation>
    </message>
    <message>
        <source>Your journal has the new key here, and is kept in step again.</source>
        <translation>Tu diario tiene la clave nueva aquí y vuelve a mantenerse al día.</translation>
    </message>
    <message>
        <source>Type the new passphrase…</source>
        <translation>Escribir la frase de contraseña nueva…</translation>
    </message>
    <message>
        <source>This computer no longer opens it by itself: you can choose that again in Preferences.</source>
        <translation>Esta computadora ya no lo abre por sí sola: puedes volver a elegir eso en Preferencias.</translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation>Primero escribe el código de recuperación.</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Primero escribe la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>notebook_bring_up</name>
    <message>
        <source>Only things you haven&apos;t brought up yet can be moved.</source>
        <translation>Solo se pueden mover los temas de los que todavía no hablaste.</translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s more than one item holds (%Ln character(s)). You can split it into two.</source>
        <translation>
            <numerusform>Eso es más de lo que cabe en un tema (%Ln carácter). Puedes dividirlo en dos.</numerusform>
            <numerusform>Eso es más de lo que cabe en un tema (%Ln caracteres). Puedes dividirlo en dos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a few words about what you want to bring up.</source>
        <translation>Escribe unas palabras sobre lo que quieres hablar.</translation>
    </message>
</context>
<context>
    <name>notebook_check_ins</name>
    <message>
        <source>Choose every 1, 2 or 3 months, or no reminder.</source>
        <translation>Elige cada 1, 2 o 3 meses, o sin recordatorio.</translation>
    </message>
    <message>
        <source>A check-in has ten statements: give an answer, or none, for each.</source>
        <translation>Un registro tiene diez afirmaciones: da una respuesta, o ninguna, para cada una.</translation>
    </message>
    <message>
        <source>Each answer is a step from 1 ({lowest}) to 6 ({highest}).</source>
        <translation>Cada respuesta es un paso del 1 ({lowest}) al 6 ({highest}).</translation>
    </message>
    <message>
        <source>Answer at least one statement. You can skip any of the others.</source>
        <translation>Responde al menos una afirmación. Puedes saltarte cualquiera de las demás.</translation>
    </message>
    <message numerus="yes">
        <source>A check-in&apos;s note holds up to %Ln character(s). The rest could go in your journal.</source>
        <translation>
            <numerusform>La nota de un registro admite hasta %Ln carácter. El resto puede ir en tu diario.</numerusform>
            <numerusform>La nota de un registro admite hasta %Ln caracteres. El resto puede ir en tu diario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_hard_times</name>
    <message numerus="yes">
        <source>Each part of the plan holds up to %Ln character(s). A short plan is easier to reach for.</source>
        <translation>
            <numerusform>Cada parte del plan admite hasta %Ln carácter. Un plan corto es más fácil de usar cuando lo necesitas.</numerusform>
            <numerusform>Cada parte del plan admite hasta %Ln caracteres. Un plan corto es más fácil de usar cuando lo necesitas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep each name under %Ln character(s).</source>
        <translation>
            <numerusform>Usa menos de %Ln carácter para cada nombre.</numerusform>
            <numerusform>Usa menos de %Ln caracteres para cada nombre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That&apos;s a long number. Keep it under %Ln character(s).</source>
        <translation>
            <numerusform>Es un número largo. Usa menos de %Ln carácter.</numerusform>
            <numerusform>Es un número largo. Usa menos de %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan holds up to %Ln (person|people).</source>
        <translation>
            <numerusform>El plan admite hasta %Ln persona.</numerusform>
            <numerusform>El plan admite hasta %Ln personas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_how_i_am</name>
    <message>
        <source>Pick a word, tick one of HALT, or write a line first. Any one is enough.</source>
        <translation>Elige una palabra, marca una de HALT o escribe primero una línea. Con una sola basta.</translation>
    </message>
    <message numerus="yes">
        <source>Keep each word under %Ln character(s).</source>
        <translation>
            <numerusform>Que cada palabra tenga menos de %Ln carácter.</numerusform>
            <numerusform>Que cada palabra tenga menos de %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pick up to %Ln word(s). The line can say the rest.</source>
        <translation>
            <numerusform>Elige hasta %Ln palabra. La línea puede decir lo demás.</numerusform>
            <numerusform>Elige hasta %Ln palabras. La línea puede decir lo demás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the line under %Ln character(s). Your journal has room for more.</source>
        <translation>
            <numerusform>Que la línea tenga menos de %Ln carácter. Tu diario tiene espacio para más.</numerusform>
            <numerusform>Que la línea tenga menos de %Ln caracteres. Tu diario tiene espacio para más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_model</name>
    <message>
        <source>What works</source>
        <translation>Lo que me funciona</translation>
    </message>
    <message>
        <source>What doesn&apos;t work</source>
        <translation>Lo que no me funciona</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>Mis límites</translation>
    </message>
    <message>
        <source>My triggers</source>
        <translation>Mis detonantes</translation>
    </message>
    <message>
        <source>The support I need</source>
        <translation>El apoyo que necesito</translation>
    </message>
    <message>
        <source>What helps you, even a little. Small things count.</source>
        <translation>Lo que te ayuda, aunque sea un poco. Las cosas pequeñas cuentan.</translation>
    </message>
    <message>
        <source>What hasn&apos;t helped you so far. Knowing it is useful too.</source>
        <translation>Lo que no te ha ayudado hasta ahora. Saberlo también sirve.</translation>
    </message>
    <message>
        <source>What you can take on right now, and what is too much.</source>
        <translation>Lo que puedes manejar ahora mismo, y lo que es demasiado.</translation>
    </message>
    <message>
        <source>People, places, times or feelings that make things harder.</source>
        <translation>Personas, lugares, momentos o sentimientos que hacen las cosas más difíciles.</translation>
    </message>
    <message>
        <source>The support you need, in your words, not what someone else thinks you should want.</source>
        <translation>El apoyo que necesitas, en tus palabras, no lo que otra persona cree que deberías querer.</translation>
    </message>
    <message>
        <source>I don&apos;t feel safe in this group.</source>
        <translation>No me siento a salvo en este grupo.</translation>
    </message>
    <message>
        <source>I hate being on Zoom.</source>
        <translation>Odio estar en Zoom.</translation>
    </message>
    <message>
        <source>I need more one-on-one time.</source>
        <translation>Necesito más tiempo a solas con mi terapeuta.</translation>
    </message>
    <message>
        <source>I want a new therapist.</source>
        <translation>Quiero cambiar de terapeuta.</translation>
    </message>
    <message>
        <source>A smaller group would help.</source>
        <translation>Un grupo más pequeño me ayudaría.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Individual session</source>
        <translation>Sesión individual</translation>
    </message>
    <message>
        <source>Intake call</source>
        <translation>Llamada de admisión</translation>
    </message>
    <message>
        <source>Call to the program</source>
        <translation>Llamada al programa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group session(s)</source>
        <translation>
            <numerusform>%Ln sesión de grupo</numerusform>
            <numerusform>%Ln sesiones de grupo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln individual session(s)</source>
        <translation>
            <numerusform>%Ln sesión individual</numerusform>
            <numerusform>%Ln sesiones individuales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intake call(s)</source>
        <translation>
            <numerusform>%Ln llamada de admisión</numerusform>
            <numerusform>%Ln llamadas de admisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) to the program</source>
        <translation>
            <numerusform>%Ln llamada al programa</numerusform>
            <numerusform>%Ln llamadas al programa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln reunión</numerusform>
            <numerusform>%Ln reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>Was there</source>
        <translation>Estuve ahí</translation>
    </message>
    <message>
        <source>Was there, late</source>
        <translation>Estuve ahí, tarde</translation>
    </message>
    <message>
        <source>Was there, left early</source>
        <translation>Estuve ahí, me fui antes</translation>
    </message>
    <message>
        <source>Didn&apos;t make it</source>
        <translation>No pude ir</translation>
    </message>
    <message>
        <source>Went to group</source>
        <translation>Fui al grupo</translation>
    </message>
    <message>
        <source>Went to my individual session</source>
        <translation>Fui a mi sesión individual</translation>
    </message>
    <message>
        <source>Had the intake call</source>
        <translation>Tuve la llamada de admisión</translation>
    </message>
    <message>
        <source>Made the call to the program</source>
        <translation>Hice la llamada al programa</translation>
    </message>
    <message>
        <source>Went to a meeting</source>
        <translation>Fui a una reunión</translation>
    </message>
    <message>
        <source>{win}, later than planned</source>
        <translation>{win}, más tarde de lo planeado</translation>
    </message>
    <message>
        <source>{win}, got there late</source>
        <translation>{win}, llegué tarde</translation>
    </message>
    <message>
        <source>{win}, kept it short</source>
        <translation>{win}, fue algo breve</translation>
    </message>
    <message>
        <source>{win}, left early</source>
        <translation>{win}, me fui antes</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>I showed up once: {list}.</source>
        <translation>Me presenté una vez: {list}.</translation>
    </message>
    <message>
        <source>I showed up twice: {list}.</source>
        <translation>Me presenté dos veces: {list}.</translation>
    </message>
    <message numerus="yes">
        <source>I showed up %Ln time(s): {list}.</source>
        <translation>
            <numerusform>Me presenté %Ln vez: {list}.</numerusform>
            <numerusform>Me presenté %Ln veces: {list}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}, {day}</source>
        <translation>{kind}, {day}</translation>
    </message>
    <message>
        <source>{kind} on {weekday}s</source>
        <translation>{kind}, cada {weekday}</translation>
    </message>
</context>
<context>
    <name>notebook_notes</name>
    <message numerus="yes">
        <source>That&apos;s more than one section holds (%Ln character(s)). Try keeping the main points.</source>
        <translation>
            <numerusform>Es más de lo que cabe en una sección (%Ln carácter). Intenta quedarte con los puntos principales.</numerusform>
            <numerusform>Es más de lo que cabe en una sección (%Ln caracteres). Intenta quedarte con los puntos principales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_phrases</name>
    <message numerus="yes">
        <source>A phrase holds up to %Ln character(s). A short one is easier to say.</source>
        <translation>
            <numerusform>Una frase admite hasta %Ln carácter. Una frase corta es más fácil de decir.</numerusform>
            <numerusform>Una frase admite hasta %Ln caracteres. Una frase corta es más fácil de decir.</numerusform>
        </translation>
    </message>
    <message>
        <source>That phrase is already in your list.</source>
        <translation>Esa frase ya está en tu lista.</translation>
    </message>
    <message>
        <source>Write the phrase first. A few words are enough.</source>
        <translation>Primero escribe la frase. Unas pocas palabras son suficientes.</translation>
    </message>
</context>
<context>
    <name>notebook_picking_up</name>
    <message>
        <source>There&apos;s nothing in it yet. You can skip this, or add a few words.</source>
        <translation>Todavía no tiene nada. Puedes omitir esto, o agregar unas palabras.</translation>
    </message>
    <message>
        <source>Picking up from here goes with a hard moment.</source>
        <translation>Retomar desde aquí va con un momento difícil.</translation>
    </message>
    <message>
        <source>That hard moment has its notes already. You can change them.</source>
        <translation>Ese momento difícil ya tiene sus notas. Puedes cambiarlas.</translation>
    </message>
    <message numerus="yes">
        <source>Each answer holds up to %Ln character(s). The rest could go in your journal.</source>
        <translation>
            <numerusform>Cada respuesta admite hasta %Ln carácter. Lo demás puede ir en tu diario.</numerusform>
            <numerusform>Cada respuesta admite hasta %Ln caracteres. Lo demás puede ir en tu diario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_plan</name>
    <message numerus="yes">
        <source>Keep the label under %Ln character(s).</source>
        <translation>
            <numerusform>Usa menos de %Ln carácter para la etiqueta.</numerusform>
            <numerusform>Usa menos de %Ln caracteres para la etiqueta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a day of the week.</source>
        <translation>Elige un día de la semana.</translation>
    </message>
</context>
<context>
    <name>notebook_search</name>
    <message>
        <source>To bring up</source>
        <translation>Para hablar</translation>
    </message>
    <message>
        <source>Brought up</source>
        <translation>Ya lo hablé</translation>
    </message>
    <message>
        <source>Phrases for coming back</source>
        <translation>Frases para regresar</translation>
    </message>
</context>
<context>
    <name>notebook_sessions</name>
    <message>
        <source>That day already has this session from your plan. Change that one instead.</source>
        <translation>Ese día ya tiene esta sesión de tu plan. Mejor cambia esa.</translation>
    </message>
    <message numerus="yes">
        <source>A session note holds up to %Ln character(s). The rest could go in your journal.</source>
        <translation>
            <numerusform>Una nota de sesión admite hasta %Ln carácter. Lo demás puede ir en tu diario.</numerusform>
            <numerusform>Una nota de sesión admite hasta %Ln caracteres. Lo demás puede ir en tu diario.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>notebook_widgets</name>
    <message>
        <source>Changed.</source>
        <translation>Se cambió.</translation>
    </message>
    <message>
        <source>Deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se eliminó. Deshacer (Ctrl+Z) lo regresa.</translation>
    </message>
    <message>
        <source>Here is what you were writing when the journal locked. It isn&apos;t saved yet.</source>
        <translation>Aquí está lo que estabas escribiendo cuando el diario se bloqueó. Todavía no está guardado.</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>open_from_folder</name>
    <message>
        <source>Open a journal from a folder</source>
        <translation>Abrir un diario desde una carpeta</translation>
    </message>
    <message>
        <source>Your journal can come to this computer through a folder you keep in step, with Syncthing, Dropbox or a USB stick. On the computer that has it, choose Use this journal on another computer in the Journal menu. Then choose that folder here.</source>
        <translation>Tu diario puede llegar a esta computadora a través de una carpeta que mantienes sincronizada, con Syncthing, Dropbox o una memoria USB. En la computadora que lo tiene, elige Usar este diario en otra computadora en el menú Diario. Luego elige esa carpeta aquí.</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Frase de contraseña o código de recuperación</translation>
    </message>
    <message>
        <source>The passphrase you use on the other computer, or the recovery code you kept.</source>
        <translation>La frase de contraseña que usas en la otra computadora, o el código de recuperación que guardaste.</translation>
    </message>
    <message>
        <source>A new passphrase</source>
        <translation>Una frase de contraseña nueva</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Bringing your journal to this computer…</source>
        <translation>Trayendo tu diario a esta computadora…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Choose the folder your journal is kept in step through</source>
        <translation>Elige la carpeta a través de la cual se sincroniza tu diario</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Todavía no elegiste una carpeta</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>How far the journal is</source>
        <translation>Avance del diario</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation>Abrir mi diario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Choose the folder first.</source>
        <translation>Primero elige la carpeta.</translation>
    </message>
    <message>
        <source>Type your passphrase or recovery code first.</source>
        <translation>Primero escribe tu frase de contraseña o tu código de recuperación.</translation>
    </message>
</context>
<context>
    <name>open_journal</name>
    <message>
        <source>logging a win</source>
        <translation>el logro anotado</translation>
    </message>
    <message>
        <source>noting a hard moment</source>
        <translation>el momento difícil anotado</translation>
    </message>
    <message>
        <source>logging those wins</source>
        <translation>los logros anotados</translation>
    </message>
    <message>
        <source>noting those hard moments</source>
        <translation>los momentos difíciles anotados</translation>
    </message>
    <message>
        <source>the edit</source>
        <translation>la edición</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>la eliminación</translation>
    </message>
    <message>
        <source>adding the category</source>
        <translation>la categoría agregada</translation>
    </message>
    <message>
        <source>renaming the category</source>
        <translation>el cambio de nombre de la categoría</translation>
    </message>
    <message>
        <source>hiding the category</source>
        <translation>la categoría ocultada</translation>
    </message>
    <message>
        <source>showing the category again</source>
        <translation>la categoría mostrada de nuevo</translation>
    </message>
    <message>
        <source>moving the category</source>
        <translation>el cambio de lugar de la categoría</translation>
    </message>
    <message>
        <source>adding the quick win</source>
        <translation>el logro rápido agregado</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>el cambio</translation>
    </message>
    <message>
        <source>hiding the quick win</source>
        <translation>el logro rápido ocultado</translation>
    </message>
    <message>
        <source>showing the quick win again</source>
        <translation>el logro rápido mostrado de nuevo</translation>
    </message>
    <message>
        <source>moving the quick win</source>
        <translation>el cambio de lugar del logro rápido</translation>
    </message>
    <message>
        <source>saving that version</source>
        <translation>la versión guardada</translation>
    </message>
    <message>
        <source>adding it to What I know now</source>
        <translation>lo agregado a Lo que sé ahora</translation>
    </message>
    <message>
        <source>adding that</source>
        <translation>lo agregado</translation>
    </message>
    <message>
        <source>marking it as brought up</source>
        <translation>la marca de tema ya hablado</translation>
    </message>
    <message>
        <source>putting it back on the list</source>
        <translation>el regreso a la lista</translation>
    </message>
    <message>
        <source>deleting that</source>
        <translation>la eliminación</translation>
    </message>
    <message>
        <source>moving it</source>
        <translation>el cambio de lugar</translation>
    </message>
    <message>
        <source>recording the session</source>
        <translation>la sesión anotada</translation>
    </message>
    <message>
        <source>the change to the session</source>
        <translation>el cambio a la sesión</translation>
    </message>
    <message>
        <source>deleting the session</source>
        <translation>la eliminación de la sesión</translation>
    </message>
    <message>
        <source>adding it to your week</source>
        <translation>lo agregado a tu semana</translation>
    </message>
    <message>
        <source>the change to your week</source>
        <translation>el cambio a tu semana</translation>
    </message>
    <message>
        <source>taking it out of your week</source>
        <translation>lo que quitaste de tu semana</translation>
    </message>
    <message>
        <source>adding the phrase</source>
        <translation>la frase agregada</translation>
    </message>
    <message>
        <source>deleting the phrase</source>
        <translation>la eliminación de la frase</translation>
    </message>
    <message>
        <source>moving the phrase</source>
        <translation>el cambio de lugar de la frase</translation>
    </message>
    <message>
        <source>the change to your reminder</source>
        <translation>el cambio a tu recordatorio</translation>
    </message>
    <message>
        <source>noting how you are</source>
        <translation>lo que anotaste sobre cómo estás</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>the change to your notes</source>
        <translation>el cambio a tus notas</translation>
    </message>
    <message>
        <source>deleting the notes</source>
        <translation>la eliminación de las notas</translation>
    </message>
    <message>
        <source>saving your plan</source>
        <translation>el plan guardado</translation>
    </message>
    <message>
        <source>showing your plan on the unlock screen</source>
        <translation>tu plan en la pantalla de desbloqueo</translation>
    </message>
    <message>
        <source>taking it off the unlock screen</source>
        <translation>el retiro de tu plan de la pantalla de desbloqueo</translation>
    </message>
    <message>
        <source>the change to your program&apos;s number</source>
        <translation>el cambio al número de tu programa</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>la importación</translation>
    </message>
    <message>
        <source>That isn&apos;t the current passphrase, so nothing changed.</source>
        <translation>Esa no es la frase de contraseña actual, así que no cambió nada.</translation>
    </message>
</context>
<context>
    <name>other_apps</name>
    <message>
        <source>Markdown daily notes</source>
        <translation>Markdown (notas diarias)</translation>
    </message>
    <message>
        <source>That file is empty.</source>
        <translation>Ese archivo está vacío.</translation>
    </message>
    <message>
        <source>{where}&apos;s day hasn&apos;t come yet.</source>
        <translation>{where} tiene un día que todavía no llega.</translation>
    </message>
    <message>
        <source>{where}&apos;s day is before 1900.</source>
        <translation>{where} tiene un día anterior a 1900.</translation>
    </message>
    <message>
        <source>{text} (part {number} of {notes})</source>
        <translation>{text} (parte {number} de {notes})</translation>
    </message>
    <message>
        <source>That folder has no entries from {app} in it.</source>
        <translation>Esa carpeta no tiene entradas de {app}.</translation>
    </message>
    <message>
        <source>That file has no entries from {app} in it.</source>
        <translation>Ese archivo no tiene entradas de {app}.</translation>
    </message>
    <message numerus="yes">
        <source>This folder holds %Ln entr(y|ies) from {app}.</source>
        <translation>
            <numerusform>Esta carpeta tiene %Ln entrada de {app}.</numerusform>
            <numerusform>Esta carpeta tiene %Ln entradas de {app}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This file holds %Ln entr(y|ies) from {app}.</source>
        <translation>
            <numerusform>Este archivo tiene %Ln entrada de {app}.</numerusform>
            <numerusform>Este archivo tiene %Ln entradas de {app}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their moods come in as How I am, each in its own word.</source>
        <translation>Sus estados de ánimo entran como Cómo estoy, cada uno con su propia palabra.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln (has only a mood, so it comes|have only a mood, so they come) in as How I am alone.</source>
        <comment>a count of entries</comment>
        <translation>
            <numerusform>%Ln solo tiene un estado de ánimo, así que entra solo como Cómo estoy.</numerusform>
            <numerusform>%Ln solo tienen un estado de ánimo, así que entran solo como Cómo estoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln (entry is|entries are) longer than one entry here holds, so each goes in as several, in order.</source>
        <translation>
            <numerusform>%Ln entrada es más larga de lo que cabe aquí en una entrada, así que entra como varias, en orden.</numerusform>
            <numerusform>%Ln entradas son más largas de lo que cabe aquí en una entrada, así que cada una entra como varias, en orden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more (has no words in it, so it stays|have no words in them, so they stay) out.</source>
        <comment>a count of entries</comment>
        <translation>
            <numerusform>%Ln más no tiene palabras, así que se queda fuera.</numerusform>
            <numerusform>%Ln más no tienen palabras, así que se quedan fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}&apos;s {key} is longer than {limit:,} characters, more than this app imports as one.</source>
        <translation>{where}: {key} tiene más de {limit:,} caracteres, más de lo que esta app importa como una sola entrada.</translation>
    </message>
    <message>
        <source>{where}&apos;s {key} has characters that can&apos;t be saved.</source>
        <translation>{where}: {key} tiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <source>Line {line} of {name} isn&apos;t UTF-8 text, so it isn&apos;t {what} this app can read.</source>
        <translation>La línea {line} de {name} no es texto UTF-8, así que no es {what} que esta app pueda leer.</translation>
    </message>
    <message>
        <source>That file isn&apos;t {app}: {how}. Nothing was imported.</source>
        <translation>Ese archivo no es {app}: {how}. No se importó nada.</translation>
    </message>
    <message>
        <source>its first line should name the columns {columns}</source>
        <translation>su primera línea debería nombrar las columnas {columns}</translation>
    </message>
    <message>
        <source>that file</source>
        <translation>ese archivo</translation>
    </message>
    <message>
        <source>a Daylio export</source>
        <translation>una exportación de Daylio</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translation>Entrada {number}</translation>
    </message>
    <message>
        <source>That file can&apos;t be read as CSV: the problem is on line {line_num}.</source>
        <translation>Ese archivo no se puede leer como CSV: el problema está en la línea {line_num}.</translation>
    </message>
    <message>
        <source>Entry {number} has over {limit} characters in one cell, more than this app reads from a Daylio export.</source>
        <translation>La entrada {number} tiene más de {limit} caracteres en una celda, más de lo que esta app lee de una exportación de Daylio.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;full_date&quot; should be written YYYY-MM-DD, like 2026-03-14.</source>
        <translation>{where}: &quot;full_date&quot; debe escribirse AAAA-MM-DD, como 2026-03-14.</translation>
    </message>
    <message>
        <source>it should be the zip file Day One exports as JSON, with Journal.json in it</source>
        <translation>debería ser el archivo zip que Day One exporta como JSON, con Journal.json adentro</translation>
    </message>
    <message>
        <source>a Day One export</source>
        <translation>una exportación de Day One</translation>
    </message>
    <message>
        <source>{name} in it has no &quot;entries&quot; list</source>
        <translation>su archivo {name} no tiene una lista &quot;entries&quot;</translation>
    </message>
    <message>
        <source>{where} isn&apos;t written as an entry (with a uuid and creationDate).</source>
        <translation>{where} no tiene la forma de una entrada (con uuid y creationDate).</translation>
    </message>
    <message>
        <source>{where} has no &quot;uuid&quot;.</source>
        <translation>{where} no tiene &quot;uuid&quot;.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;text&quot; should be text.</source>
        <translation>{where}: &quot;text&quot; debería ser texto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln (photo or attachment in it stays|photos and attachments in it stay) out: this app keeps words only.</source>
        <translation>
            <numerusform>%Ln foto o archivo adjunto que contiene se queda fuera: esta app solo guarda palabras.</numerusform>
            <numerusform>%Ln fotos y archivos adjuntos que contiene se quedan fuera: esta app solo guarda palabras.</numerusform>
        </translation>
    </message>
    <message>
        <source>That zip file is damaged, so it can&apos;t be read. Export it from Day One again.</source>
        <translation>Ese archivo zip está dañado, así que no se puede leer. Vuelve a exportarlo desde Day One.</translation>
    </message>
    <message>
        <source>That zip file is packed in a way this app can&apos;t unpack. Export it from Day One again.</source>
        <translation>Ese archivo zip está comprimido de una forma que esta app no puede descomprimir. Vuelve a exportarlo desde Day One.</translation>
    </message>
    <message>
        <source>{name} in that zip file unpacks to over {megabytes:g} MB, more than this app imports at once.</source>
        <translation>{name}, dentro de ese archivo zip, ocupa más de {megabytes:g} MB al descomprimirse, más de lo que esta app importa de una vez.</translation>
    </message>
    <message>
        <source>{where} has no &quot;{key}&quot;.</source>
        <translation>{where} no tiene &quot;{key}&quot;.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;{key}&quot; should be a date and time like 2026-03-14T18:00:00Z.</source>
        <translation>{where}: &quot;{key}&quot; debería ser una fecha y hora como 2026-03-14T18:00:00Z.</translation>
    </message>
    <message>
        <source>That file</source>
        <translation>Ese archivo</translation>
    </message>
    <message>
        <source>{name} can&apos;t be read as JSON: the problem is at line {lineno}, column {colno}.</source>
        <translation>{name} no se puede leer como JSON: el problema está en la línea {lineno}, columna {colno}.</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be {what}.</source>
        <translation>{name} tiene demasiados niveles anidados para ser {what}.</translation>
    </message>
    <message>
        <source>it should be JSON with an &quot;entries&quot; list, as jrnl --export json writes</source>
        <translation>debería ser JSON con una lista &quot;entries&quot;, como la que escribe jrnl --export json</translation>
    </message>
    <message>
        <source>a jrnl export</source>
        <translation>una exportación de jrnl</translation>
    </message>
    <message>
        <source>{where} isn&apos;t written as an entry (with a date and a title).</source>
        <translation>{where} no tiene la forma de una entrada (con fecha y título).</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;date&quot; should be written YYYY-MM-DD, like 2026-03-14.</source>
        <translation>{where}: &quot;date&quot; debe escribirse AAAA-MM-DD, como 2026-03-14.</translation>
    </message>
    <message>
        <source>{where}&apos;s &quot;title&quot; and &quot;body&quot; should be text.</source>
        <translation>{where}: &quot;title&quot; y &quot;body&quot; deberían ser texto.</translation>
    </message>
    <message>
        <source>a folder of daily notes</source>
        <translation>una carpeta de notas diarias</translation>
    </message>
    <message>
        <source>choose the folder that holds them, not one note</source>
        <translation>elige la carpeta que las contiene, no una sola nota</translation>
    </message>
    <message>
        <source>That folder couldn&apos;t be read. Check its name, and try again.</source>
        <translation>No se pudo leer esa carpeta. Revisa su nombre e inténtalo otra vez.</translation>
    </message>
    <message>
        <source>That folder has no daily notes in it: they are files named like 2026-03-14.md. Nothing was imported.</source>
        <translation>Esa carpeta no tiene notas diarias: son archivos con nombres como 2026-03-14.md. No se importó nada.</translation>
    </message>
    <message>
        <source>The note {name}</source>
        <translation>La nota {name}</translation>
    </message>
    <message>
        <source>The daily notes in that folder come to over {megabytes:g} MB, more than this app imports at once.</source>
        <translation>Las notas diarias de esa carpeta suman más de {megabytes:g} MB, más de lo que esta app importa de una vez.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other (file in the folder stays|files in the folder stay) out: only notes named like 2026-03-14.md come in.</source>
        <translation>
            <numerusform>%Ln archivo más de la carpeta se queda fuera: solo entran las notas con nombres como 2026-03-14.md.</numerusform>
            <numerusform>%Ln archivos más de la carpeta se quedan fuera: solo entran las notas con nombres como 2026-03-14.md.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>own_details</name>
    <message numerus="yes">
        <source>That&apos;s a long number. Keep it under %Ln character(s).</source>
        <translation>
            <numerusform>Es un número largo. Que tenga menos de %Ln carácter.</numerusform>
            <numerusform>Es un número largo. Que tenga menos de %Ln caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>summary-{day}.pdf</source>
        <translation>resumen-{day}.pdf</translation>
    </message>
</context>
<context>
    <name>phrases_page</name>
    <message>
        <source>Phrases for coming back</source>
        <translation>Frases para regresar</translation>
    </message>
    <message>
        <source>Words from the program, for when it&apos;s hard to start. Copy one, or make it your own.</source>
        <translation>Palabras del programa, para cuando cuesta empezar. Copia una, o hazla tuya.</translation>
    </message>
    <message>
        <source>No phrases here right now. Add one in your own words. Something as short as “I&apos;m here now.” is enough.</source>
        <translation>Por ahora no hay frases aquí. Agrega una con tus propias palabras. Algo tan corto como “Ya estoy aquí.” es suficiente.</translation>
    </message>
    <message>
        <source>Ctrl+C or a double-click copies the selected phrase. Enter or F2 changes it, Delete removes it, Alt+Up and Alt+Down move it.</source>
        <translation>Ctrl+C o un doble clic copia la frase seleccionada. Enter o F2 la cambia, Supr la elimina, Alt+Arriba y Alt+Abajo la mueven.</translation>
    </message>
    <message>
        <source>A phrase of your own</source>
        <translation>Una frase tuya</translation>
    </message>
    <message>
        <source>Copied. It leaves the clipboard again in 30 seconds.</source>
        <translation>Se copió. Sale del portapapeles en 30 segundos.</translation>
    </message>
    <message>
        <source>Added to your phrases.</source>
        <translation>Se agregó a tus frases.</translation>
    </message>
    <message>
        <source>No phrases yet</source>
        <translation>Todavía no hay frases</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the selected phrase</source>
        <translation>Copiar la frase seleccionada</translation>
    </message>
    <message>
        <source>Copy the selected phrase (Ctrl+C)</source>
        <translation>Copiar la frase seleccionada (Ctrl+C)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change the selected phrase</source>
        <translation>Cambiar la frase seleccionada</translation>
    </message>
    <message>
        <source>Change the selected phrase (F2)</source>
        <translation>Cambiar la frase seleccionada (F2)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the phrase up</source>
        <translation>Subir la frase</translation>
    </message>
    <message>
        <source>Move the selected phrase up (Alt+Up)</source>
        <translation>Subir la frase seleccionada (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the phrase down</source>
        <translation>Bajar la frase</translation>
    </message>
    <message>
        <source>Move the selected phrase down (Alt+Down)</source>
        <translation>Bajar la frase seleccionada (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected phrase</source>
        <translation>Eliminar la frase seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected phrase (Delete). Undo brings it back.</source>
        <translation>Eliminar la frase seleccionada (Supr). Deshacer la regresa.</translation>
    </message>
    <message>
        <source>Add your own</source>
        <translation>Agrega la tuya</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add the phrase</source>
        <translation>Agregar la frase</translation>
    </message>
</context>
<context>
    <name>picking_up</name>
    <message>
        <source>A few notes</source>
        <translation>Unas notas</translation>
    </message>
    <message>
        <source>Stop here, or Escape, keeps what you&apos;ve written so far.</source>
        <translation>Si eliges Parar aquí (u oprimes Esc), se guarda lo que llevas escrito.</translation>
    </message>
    <message>
        <source>Leave it empty to skip it.</source>
        <translation>Déjalo vacío para saltarlo.</translation>
    </message>
    <message>
        <source>This hard moment is private, so these notes are too: they stay out of exports.</source>
        <translation>Este momento difícil es privado, así que estas notas también: no se incluyen en las exportaciones.</translation>
    </message>
    <message>
        <source>Add this to What I know now</source>
        <translation>Agregar esto a Lo que sé ahora</translation>
    </message>
    <message>
        <source>Add it to</source>
        <translation>Agregarlo a</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>En tus palabras</translation>
    </message>
    <message>
        <source>It&apos;s saved as a new version of that part. What it said before stays in its history.</source>
        <translation>Se guarda como una versión nueva de esa parte. Lo que decía antes se queda en su historial.</translation>
    </message>
    <message>
        <source>Your notes are kept. Undo (Ctrl+Z) takes them back.</source>
        <translation>Tus notas se guardaron. Deshacer (Ctrl+Z) las quita.</translation>
    </message>
    <message>
        <source>Your notes are changed. Undo (Ctrl+Z) puts them back.</source>
        <translation>Tus notas cambiaron. Deshacer (Ctrl+Z) las deja como estaban.</translation>
    </message>
    <message>
        <source>Added to What I know now, as a new version.</source>
        <translation>Se agregó a Lo que sé ahora, como una versión nueva.</translation>
    </message>
    <message>
        <source>Those words are in What I know now already.</source>
        <translation>Esas palabras ya están en Lo que sé ahora.</translation>
    </message>
    <message>
        <source>Your notes are as they were.</source>
        <translation>Tus notas siguen como estaban.</translation>
    </message>
    <message>
        <source>Your notes are as they were. To remove them, use Delete in the list of notes (Check-ins, Picking up from here).</source>
        <translation>Tus notas siguen como estaban. Para quitarlas, usa Eliminar en la lista de notas (Registros, Retomar desde aquí).</translation>
    </message>
    <message>
        <source>Nothing was written, so nothing was kept.</source>
        <translation>No se escribió nada, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>If you want, a few short questions can help you pick up from here: what was going on, what you felt, what you did, what helped. Skip any, stop any time.</source>
        <translation>Si quieres, unas preguntas breves pueden ayudarte a retomar desde aquí: qué estaba pasando, qué sentiste, qué hiciste, qué ayudó. Salta las que quieras y para cuando quieras.</translation>
    </message>
    <message>
        <source>&amp;Pick up from here</source>
        <translation>&amp;Retomar desde aquí</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Ahora &amp;no</translation>
    </message>
    <message>
        <source>Picking up from &amp;here…</source>
        <translation>Retomar desde &amp;aquí…</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>Paso {step} de {count}</translation>
    </message>
    <message>
        <source>After a hard moment on {day}.</source>
        <translation>Después de un momento difícil el {day}.</translation>
    </message>
    <message>
        <source>Written on {day}. Its hard moment isn&apos;t in the journal now.</source>
        <translation>Se escribió el {day}. Su momento difícil ya no está en el diario.</translation>
    </message>
    <message>
        <source>{about} Private, like its hard moment.</source>
        <translation>{about} Son privadas, como su momento difícil.</translation>
    </message>
    <message>
        <source>Feeling {feelings}</source>
        <translation>Lo que sentía: {feelings}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <comment>a label before its field</comment>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>&amp;Stop here</source>
        <translation>&amp;Parar aquí</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>The step before</source>
        <translation>El paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>El paso siguiente</translation>
    </message>
    <message>
        <source>A line is plenty</source>
        <translation>Basta con una línea</translation>
    </message>
    <message>
        <source>What you learned, in a line</source>
        <translation>Lo que aprendiste, en una línea</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Keep what you&apos;ve written</source>
        <translation>Guardar lo que escribiste</translation>
    </message>
    <message>
        <source>What you noted after a hard moment, newest first. Change them any time.</source>
        <translation>Lo que anotaste después de un momento difícil, de lo más reciente a lo más antiguo. Cámbialo cuando quieras.</translation>
    </message>
    <message>
        <source>Nothing here yet. After you write down a hard moment, you can note what was going on and what helped, if you want to.</source>
        <translation>Todavía no hay nada aquí. Después de anotar un momento difícil, puedes escribir qué estaba pasando y qué ayudó, si quieres.</translation>
    </message>
    <message>
        <source>Enter or Change opens the notes again. Delete removes them, and Undo brings them back.</source>
        <translation>Enter o Cambiar vuelve a abrir las notas. Eliminar (Supr) las quita, y Deshacer las regresa.</translation>
    </message>
    <message>
        <source>Notes after a hard moment</source>
        <translation>Notas después de un momento difícil</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Todavía no hay notas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change the selected notes</source>
        <translation>Cambiar las notas seleccionadas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Eliminar las notas seleccionadas</translation>
    </message>
    <message>
        <source>Delete the selected notes (Delete). Undo brings them back.</source>
        <translation>Eliminar las notas seleccionadas (Supr). Deshacer las regresa.</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>The journal opens without the passphrase on this computer. Anyone who can log in as you here could open it too.</source>
        <translation>En esta computadora, el diario se abre sin la frase de contraseña. Cualquier persona que pueda iniciar sesión como tú aquí también podría abrirlo.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Passphrase and recovery</source>
        <translation>Frase de contraseña y recuperación</translation>
    </message>
    <message>
        <source>Reminder and help</source>
        <translation>Recordatorio y ayuda</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>Remember the key on this computer</source>
        <translation>Recordar la clave en esta computadora</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Frase de contraseña nueva otra vez</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Lost the paper with your recovery code? Make a new one. The old code stops working, and the new one is shown once.</source>
        <translation>¿No encuentras el papel con tu código de recuperación? Crea uno nuevo. El código anterior deja de funcionar, y el nuevo se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Crear un código de recuperación nuevo</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Tu nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Colours and text</source>
        <translation>Colores y texto</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Small is your computer&apos;s own text size; the others are larger. Changes show at once.</source>
        <translation>Pequeño es el tamaño de texto de tu computadora; los demás son más grandes. Los cambios se ven de inmediato.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As this computer ({language})</source>
        <translation>El de esta computadora ({language})</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Your program&apos;s phone number</source>
        <translation>El teléfono de tu programa</translation>
    </message>
    <message>
        <source>For example: my program, 555-0142</source>
        <translation>Por ejemplo: mi programa, 555-0142</translation>
    </message>
    <message>
        <source>Your program&apos;s number</source>
        <translation>El número de tu programa</translation>
    </message>
    <message>
        <source>It shows on the Help now page. It&apos;s kept inside the encrypted journal, so it shows there only while the journal is open, unless you keep your plan for hard times on the unlock screen.</source>
        <translation>Se muestra en la página Ayuda ahora. Se guarda dentro del diario cifrado, así que solo aparece ahí mientras el diario está abierto, a menos que tengas tu plan para momentos difíciles en la pantalla de desbloqueo.</translation>
    </message>
    <message>
        <source>Saved. It shows on the Help now page.</source>
        <translation>Guardado. Se muestra en la página Ayuda ahora.</translation>
    </message>
    <message>
        <source>Removed. Help now shows the national lines only.</source>
        <translation>Se quitó. Ayuda ahora solo muestra las líneas nacionales.</translation>
    </message>
    <message>
        <source>When you step away</source>
        <translation>Cuando dejas la computadora</translation>
    </message>
    <message>
        <source>Lock after no use</source>
        <translation>Bloquear tras un rato sin uso</translation>
    </message>
    <message>
        <source>Cover the journal when you switch to another window</source>
        <translation>Cubrir el diario cuando cambias a otra ventana</translation>
    </message>
    <message>
        <source>{shortcut} locks and hides the window at once.</source>
        <translation>{shortcut} bloquea y oculta la ventana de inmediato.</translation>
    </message>
    <message>
        <source>Name and icon</source>
        <translation>Nombre e ícono</translation>
    </message>
    <message>
        <source>Discreet: a neutral name and a plain icon</source>
        <translation>Discreto: nombre neutral e ícono sencillo</translation>
    </message>
    <message>
        <source>Name to show</source>
        <translation>Nombre que se muestra</translation>
    </message>
    <message>
        <source>Turned off, the window shows the app&apos;s own name, {name}, and its icon. Window titles never show what you write.</source>
        <translation>Si está desactivado, la ventana muestra el nombre propio de la app, {name}, y su ícono. Los títulos de las ventanas nunca muestran lo que escribes.</translation>
    </message>
    <message>
        <source>A daily reminder</source>
        <translation>Un recordatorio diario</translation>
    </message>
    <message>
        <source>Remind me once a day</source>
        <translation>Recordarme una vez al día</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>It shows at most once a day, while the app is open (locked is fine), and not on a day you&apos;ve already opened your journal. Clicking it opens Log a win.</source>
        <translation>Aparece como máximo una vez al día, mientras la app está abierta (aunque esté bloqueada), y no aparece un día en que ya abriste tu diario. Al hacer clic en él se abre Anotar un logro.</translation>
    </message>
    <message>
        <source>Here is your new recovery code, shown only now. Write it down or keep it somewhere only you can reach.</source>
        <translation>Aquí está tu nuevo código de recuperación. Solo se muestra ahora. Anótalo o guárdalo en un lugar al que solo tú puedas llegar.</translation>
    </message>
    <message>
        <source>The app speaks it at once. Your own words stay as you wrote them, and the help lines are always in English and Spanish.</source>
        <translation>El cambio se aplica al instante. Tus propias palabras se quedan como las escribiste, y las líneas de ayuda siempre están en inglés y español.</translation>
    </message>
    <message>
        <source>This computer now opens the journal by itself.</source>
        <translation>Ahora esta computadora abre el diario por sí sola.</translation>
    </message>
    <message>
        <source>This computer no longer opens the journal by itself.</source>
        <translation>Esta computadora ya no abre el diario por sí sola.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your recovery code still works.</source>
        <translation>Tu frase de contraseña cambió. Tu código de recuperación sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>progress_page</name>
    <message>
        <source>Wins to date</source>
        <translation>Logros hasta hoy</translation>
    </message>
    <message>
        <source>Every win adds to this line. Nothing takes away from it.</source>
        <translation>Cada logro suma a esta línea. Nada le resta.</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>El último año</translation>
    </message>
    <message>
        <source>Days with more wins stand out more. Quiet days are just quiet.</source>
        <translation>Los días con más logros resaltan más. Los días tranquilos solo son tranquilos.</translation>
    </message>
    <message>
        <source>Wins by kind, week by week</source>
        <translation>Logros por tipo, semana a semana</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Un año</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfica…</translation>
    </message>
    <message>
        <source>Save chart: {title}</source>
        <translation>Guardar gráfica: {title}</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Dibujando…</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Mostrar como gráfica</translation>
    </message>
    <message>
        <source>Show as a chart: {title}</source>
        <translation>Mostrar como gráfica: {title}</translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show as a table: {title}</source>
        <translation>Mostrar como tabla: {title}</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a Qt date pattern</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Show hard moments</source>
        <translation>Mostrar momentos difíciles</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfica</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>grafica.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved as {file}. Only you can open the file on this computer.</source>
        <translation>Se guardó como {file}. En esta computadora, solo tú puedes abrir el archivo.</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>This desktop has no tray area and no notifications the app can reach, so reminders can&apos;t show here.</source>
        <translation>Este escritorio no tiene área de notificaciones ni avisos a los que la app pueda llegar, así que los recordatorios no se pueden mostrar aquí.</translation>
    </message>
    <message>
        <source>Log a win…</source>
        <translation>Anotar un logro…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Showing up</source>
        <translation>Presentarme</translation>
    </message>
    <message>
        <source>Honesty</source>
        <translation>Honestidad</translation>
    </message>
    <message>
        <source>Reaching out</source>
        <translation>Pedir apoyo</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Regresar</translation>
    </message>
    <message>
        <source>Asking for what I need</source>
        <translation>Pedir lo que necesito</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Cuidarme</translation>
    </message>
    <message>
        <source>Showed up to group after a slip</source>
        <translation>Fui al grupo después de un desliz</translation>
    </message>
    <message>
        <source>Said one honest sentence</source>
        <translation>Dije una frase honesta</translation>
    </message>
    <message>
        <source>Called instead of ghosting</source>
        <translation>Llamé en lugar de desaparecer</translation>
    </message>
    <message>
        <source>Talked to intake, without committing yet</source>
        <translation>Hablé con admisión, sin comprometerme todavía</translation>
    </message>
    <message>
        <source>Sat in group without saying a word</source>
        <translation>Estuve en el grupo sin decir nada</translation>
    </message>
    <message>
        <source>Came to one session</source>
        <translation>Fui a una sesión</translation>
    </message>
    <message>
        <source>Asked for a new therapist or a smaller group</source>
        <translation>Pedí cambiar de terapeuta o un grupo más pequeño</translation>
    </message>
    <message>
        <source>Told someone about a slip</source>
        <translation>Le conté a alguien sobre un desliz</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>Regresé</translation>
    </message>
    <message>
        <source>I&apos;m just here to listen today.</source>
        <translation>Solo vine a escuchar hoy.</translation>
    </message>
    <message>
        <source>I&apos;m not ready to talk yet, but I wanted to be in the room.</source>
        <translation>Todavía no quiero hablar, pero quería estar aquí.</translation>
    </message>
    <message>
        <source>I ghosted before. I&apos;m here now.</source>
        <translation>Me desaparecí antes. Ya estoy aquí.</translation>
    </message>
    <message>
        <source>I got overwhelmed.</source>
        <translation>Todo me rebasó.</translation>
    </message>
    <message>
        <source>I fell off.</source>
        <translation>Me alejé.</translation>
    </message>
    <message>
        <source>I&apos;m here now.</source>
        <translation>Ya estoy aquí.</translation>
    </message>
</context>
<context>
    <name>screen_lock</name>
    <message>
        <source>The journal locks when this computer&apos;s screen locks.</source>
        <translation>El diario se bloquea cuando se bloquea la pantalla de esta computadora.</translation>
    </message>
    <message>
        <source>The journal locks when this computer&apos;s screen locks or it goes to sleep.</source>
        <translation>El diario se bloquea cuando se bloquea la pantalla de esta computadora o cuando entra en suspensión.</translation>
    </message>
    <message>
        <source>The journal locks when this computer goes to sleep. This computer doesn&apos;t tell the app when the screen locks, so lock the journal yourself with {key}, or let it lock after a few minutes without use.</source>
        <translation>El diario se bloquea cuando esta computadora entra en suspensión. Esta computadora no le avisa a la app cuando se bloquea la pantalla, así que bloquea el diario con {key}, o deja que se bloquee después de unos minutos sin uso.</translation>
    </message>
    <message>
        <source>This computer doesn&apos;t tell the app when the screen locks, so lock the journal yourself with {key}, or let it lock after a few minutes without use.</source>
        <translation>Esta computadora no le avisa a la app cuando se bloquea la pantalla, así que bloquea el diario con {key}, o deja que se bloquee después de unos minutos sin uso.</translation>
    </message>
    <message>
        <source>This version of the app can&apos;t tell when {system} locks the screen, so lock the journal yourself with {key}, or let it lock after a few minutes without use.</source>
        <translation>Esta versión de la app no puede saber cuándo {system} bloquea la pantalla, así que bloquea el diario con {key}, o deja que se bloquee después de unos minutos sin uso.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Already keeping a journal on another computer?</source>
        <translation>¿Ya llevas un diario en otra computadora?</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, encrypted with a passphrase only you know. The app never goes online.</source>
        <translation>Todo lo que escribes se queda en esta computadora, cifrado con una frase de contraseña que solo tú conoces. La app nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Someone who learns your passphrase, or who uses this computer while the journal is open, can read it. You can lock it any time with Ctrl+L.</source>
        <translation>Alguien que conozca tu frase de contraseña, o que use esta computadora mientras el diario está abierto, puede leerlo. Puedes bloquearlo en cualquier momento con Ctrl+L.</translation>
    </message>
    <message>
        <source>If you forget the passphrase and lose the recovery code you&apos;ll get next, no one can open the journal. Not you, and not us.</source>
        <translation>Si olvidas la frase de contraseña y pierdes el código de recuperación que vas a recibir ahora, nadie puede abrir el diario. Ni tú ni nosotros.</translation>
    </message>
    <message>
        <source>Setting up stopped last time before your recovery code was kept, so here is a new one. The earlier code no longer works.</source>
        <translation>La última vez, la configuración se detuvo antes de que se guardara tu código de recuperación, así que aquí tienes uno nuevo. El código anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Easy to guess. A few unrelated words work better.</source>
        <translation>Fácil de adivinar. Unas cuantas palabras sin relación entre sí funcionan mejor.</translation>
    </message>
    <message>
        <source>Fair. A little longer makes it much harder to guess.</source>
        <translation>Aceptable. Si es un poco más larga, es mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Usa al menos %n carácter.</numerusform>
            <numerusform>Usa al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>A private place for the small things that count</source>
        <translation>Un lugar privado para las cosas pequeñas que cuentan</translation>
    </message>
    <message>
        <source>You don&apos;t need to be sure. You just need to show up. This helps you see it.</source>
        <translation>No hace falta tener certeza. Solo hace falta presentarte. Esto te ayuda a verlo.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>A few unrelated words are easy to remember and hard to guess, like “lamp orchard tuesday violin”.</source>
        <translation>Unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar, como “lámpara huerto martes violín”.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Type it once more</source>
        <translation>Escríbela una vez más</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar frase de contraseña</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The two passphrases aren&apos;t the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
    <message>
        <source>Setting up your journal…</source>
        <translation>Preparando tu diario…</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens the journal. It is shown only now. Write it on paper, or save it somewhere only you can reach.</source>
        <translation>Si algún día olvidas tu frase de contraseña, este código abre el diario. Solo se muestra ahora. Escríbelo en papel, o guárdalo en un lugar al que solo tú tengas acceso.</translation>
    </message>
    <message>
        <source>Save it to a file…</source>
        <translation>Guardarlo en un archivo…</translation>
    </message>
    <message>
        <source>One group of the recovery code</source>
        <translation>Un grupo del código de recuperación</translation>
    </message>
    <message>
        <source>To be sure it&apos;s kept, type group {number} of {count} from your copy (or save it to a file above).</source>
        <translation>Para comprobar que lo guardaste, escribe el grupo {number} de {count} de tu copia (o guárdalo en un archivo, arriba).</translation>
    </message>
    <message>
        <source>That matches.</source>
        <translation>Coincide.</translation>
    </message>
    <message>
        <source>Save recovery code</source>
        <translation>Guardar código de recuperación</translation>
    </message>
    <message>
        <source>recovery-code.txt</source>
        <translation>codigo-de-recuperacion.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Recovery code for your journal:</source>
        <translation>Código de recuperación de tu diario:</translation>
    </message>
    <message>
        <source>That file couldn&apos;t be saved. Try another folder.</source>
        <translation>No se pudo guardar ese archivo. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved. Keep that file somewhere only you can reach.</source>
        <translation>Se guardó. Deja ese archivo en un lugar al que solo tú tengas acceso.</translation>
    </message>
    <message>
        <source>Open without the passphrase on this computer?</source>
        <translation>¿Abrir sin la frase de contraseña en esta computadora?</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can remember the key, so the journal opens by itself. Anyone who can log in as you on this computer could then open it too. Most people leave this off. You can change it later in Preferences.</source>
        <translation>El llavero del sistema de esta computadora puede recordar la clave, y así el diario se abre solo. Entonces cualquier persona que pueda iniciar sesión como tú en esta computadora también podría abrirlo. La mayoría de las personas deja esto desactivado. Puedes cambiarlo después en Preferencias.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en esta computadora</translation>
    </message>
    <message>
        <source>Open my journal</source>
        <translation>Abrir mi diario</translation>
    </message>
    <message>
        <source>{problem} Select Open my journal to go on.</source>
        <translation>{problem} Elige Abrir mi diario para continuar.</translation>
    </message>
</context>
<context>
    <name>share_dialog</name>
    <message>
        <source>Entries you marked private never go in, whatever you choose here.</source>
        <translation>Las entradas que marcaste como privadas nunca se incluyen, elijas lo que elijas aquí.</translation>
    </message>
    <message>
        <source>Hard moments stay out unless you tick them in.</source>
        <translation>Los momentos difíciles quedan fuera, a menos que los marques.</translation>
    </message>
    <message>
        <source>Also save a file for the clinic&apos;s records (FHIR)</source>
        <translation>Guardar también un archivo para el expediente de la clínica (FHIR)</translation>
    </message>
    <message>
        <source>The file for the clinic&apos;s records wasn&apos;t saved.</source>
        <translation>El archivo para el expediente de la clínica no se guardó.</translation>
    </message>
    <message>
        <source>A second file beside the PDF, in the form clinics&apos; record systems read: your check-ins&apos; answers and the name above, nothing else. It has no password.</source>
        <translation>Un segundo archivo junto al PDF, en el formato que leen los sistemas de expedientes de las clínicas: las respuestas de tus registros y el nombre de arriba, nada más. No tiene contraseña.</translation>
    </message>
    <message>
        <source>The file for the clinic&apos;s records holds check-ins: tick What I have going for me.</source>
        <translation>El archivo para el expediente de la clínica contiene registros: marca Lo que tengo a mi favor.</translation>
    </message>
    <message>
        <source>There are no check-ins in these days, so no file for the clinic&apos;s records was saved.</source>
        <translation>No hay registros en estos días, así que no se guardó ningún archivo para el expediente de la clínica.</translation>
    </message>
    <message>
        <source>When you write in What I know now, its parts can go in here.</source>
        <translation>Cuando escribas en Lo que sé ahora, sus partes pueden incluirse aquí.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save PDF keeps the summary as a file you can print later.</source>
        <translation>No hay ninguna impresora configurada en esta computadora. Guardar PDF guarda el resumen como un archivo que puedes imprimir después.</translation>
    </message>
    <message>
        <source>That day is before these days, so page 1 leaves it out.</source>
        <translation>Ese día es anterior a estos días, así que la página 1 lo deja fuera.</translation>
    </message>
    <message>
        <source>That day is the last of these days or after, so page 1 leaves it out.</source>
        <translation>Ese día es el último de estos días o posterior, así que la página 1 lo deja fuera.</translation>
    </message>
    <message>
        <source>To keep the summary as a file, use Save PDF: only you can open what it saves.</source>
        <translation>Para conservar el resumen como archivo, usa Guardar PDF: solo tú puedes abrir lo que guarda.</translation>
    </message>
    <message>
        <source>Week by week (short)</source>
        <translation>Semana por semana (breve)</translation>
    </message>
    <message>
        <source>Every entry</source>
        <translation>Cada entrada</translation>
    </message>
    <message>
        <source>Page 1 only</source>
        <translation>Solo la página 1</translation>
    </message>
    <message>
        <source>Share a summary</source>
        <translation>Compartir un resumen</translation>
    </message>
    <message>
        <source>Make a summary to show your therapist. You choose what goes in, and you see the pages before anything is saved.</source>
        <translation>Haz un resumen para mostrárselo a tu terapeuta. Tú eliges qué se incluye, y ves las páginas antes de que se guarde nada.</translation>
    </message>
    <message>
        <source>PDF password</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <source>Optional: a password for the PDF</source>
        <translation>Opcional: una contraseña para el PDF</translation>
    </message>
    <message>
        <source>PDF password again</source>
        <translation>Contraseña del PDF otra vez</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Otra vez</translation>
    </message>
    <message>
        <source>A password helps if the summary travels by e-mail.</source>
        <translation>Una contraseña ayuda si el resumen se envía por correo electrónico.</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and last day</comment>
        <translation>al</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation>Desde mi última sesión</translation>
    </message>
    <message>
        <source>Day of my last session</source>
        <translation>Día de mi última sesión</translation>
    </message>
    <message>
        <source>Optional: your name or initials</source>
        <translation>Opcional: tu nombre o tus iniciales</translation>
    </message>
    <message>
        <source>Your name or initials</source>
        <translation>Tu nombre o tus iniciales</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Optional: a few words for your therapist</source>
        <translation>Opcional: unas palabras para tu terapeuta</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Tu mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Idioma del resumen</translation>
    </message>
    <message>
        <source>On page 1</source>
        <translation>En la página 1</translation>
    </message>
    <message>
        <source>Wins by kind and the chart</source>
        <translation>Logros por tipo y la gráfica</translation>
    </message>
    <message>
        <source>Things I want to bring up</source>
        <translation>Temas de los que quiero hablar</translation>
    </message>
    <message>
        <source>The open ones first, then those you brought up.</source>
        <translation>Primero los pendientes, luego los que ya hablaste.</translation>
    </message>
    <message>
        <source>How many sessions you showed up to</source>
        <translation>A cuántas sesiones me presenté</translation>
    </message>
    <message>
        <source>What I have going for me (check-in totals)</source>
        <translation>Lo que tengo a mi favor (totales de los registros)</translation>
    </message>
    <message>
        <source>The total of each check-in in these days.</source>
        <translation>El total de cada registro en estos días.</translation>
    </message>
    <message>
        <source>How I am, in words</source>
        <translation>Cómo estoy, en palabras</translation>
    </message>
    <message>
        <source>Which words you chose, and how often.</source>
        <translation>Qué palabras elegiste, y con qué frecuencia.</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <source>Notes from picking up from here</source>
        <translation>Notas de “Retomar desde aquí”</translation>
    </message>
    <message>
        <source>Only for the hard moments that go in.</source>
        <translation>Solo de los momentos difíciles que se incluyen.</translation>
    </message>
    <message>
        <source>What I know now</source>
        <translation>Lo que sé ahora</translation>
    </message>
    <message>
        <source>What follows page 1</source>
        <translation>Después de la página 1</translation>
    </message>
    <message>
        <source>Each check-in&apos;s answers, after the rest</source>
        <translation>Las respuestas de cada registro, después de todo lo demás</translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation>Entradas que se incluyen</translation>
    </message>
    <message>
        <source>{day}  ·  {label}  ·  {text}</source>
        <translation>{day}  ·  {label}  ·  {text}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The two passwords aren&apos;t the same yet.</source>
        <translation>Las dos contraseñas todavía no son iguales.</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Guardar resumen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Se guardó como {file}.</translation>
    </message>
    <message>
        <source>Saved as {file}. Only you can open the file on this computer.</source>
        <translation>Se guardó como {file}. Solo tú puedes abrir el archivo en esta computadora.</translation>
    </message>
    <message>
        <source>Saved as {file}, and the file for the clinic&apos;s records as {clinic_file}. Only you can open them on this computer.</source>
        <translation>Se guardó como {file}, y el archivo para el expediente de la clínica como {clinic_file}. Solo tú puedes abrirlos en esta computadora.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The words on the pages</source>
        <translation>Las palabras de las páginas</translation>
    </message>
    <message>
        <source>Show the words</source>
        <translation>Mostrar las palabras</translation>
    </message>
    <message>
        <source>The words of every page as text, beside the pages.</source>
        <translation>Las palabras de cada página como texto, junto a las páginas.</translation>
    </message>
</context>
<context>
    <name>showing_up_page</name>
    <message>
        <source>Every session you get to counts, late or leaving early too. One you didn&apos;t make takes nothing away.</source>
        <translation>Cada sesión a la que llegas cuenta, aunque llegues tarde o te vayas antes. Faltar a una no le quita nada a lo que has hecho.</translation>
    </message>
    <message>
        <source>Nothing from your week&apos;s plan today.</source>
        <translation>Hoy no hay nada de tu plan de la semana.</translation>
    </message>
    <message>
        <source>No sessions recorded yet. Coming to one session counts.</source>
        <translation>Todavía no hay sesiones registradas. Ir a una sesión cuenta.</translation>
    </message>
    <message>
        <source>Add the sessions you usually have, and today&apos;s show up here for one click.</source>
        <translation>Agrega las sesiones que sueles tener, y las de hoy aparecen aquí para registrarlas con un clic.</translation>
    </message>
    <message>
        <source>You don&apos;t need to be sure. You just need to show up.</source>
        <translation>No hace falta tener certeza. Solo hace falta presentarte.</translation>
    </message>
    <message>
        <source>{kind}, {day}</source>
        <translation>{kind}, {day}</translation>
    </message>
    <message>
        <source>{kind} on {weekday}s</source>
        <comment>e.g. Group on Tuesdays</comment>
        <translation>{kind}, cada {weekday}</translation>
    </message>
    <message>
        <source>{session} · {time} · {how_it_went}</source>
        <translation>{session} · {time} · {how_it_went}</translation>
    </message>
    <message>
        <source>{session} · {how_it_went}</source>
        <translation>{session} · {how_it_went}</translation>
    </message>
    <message>
        <source>since {month_year}</source>
        <translation>desde {month_year}</translation>
    </message>
    <message>
        <source>since {month}</source>
        <translation>desde {month}</translation>
    </message>
    <message>
        <source>since {month_day}</source>
        <translation>desde el {month_day}</translation>
    </message>
    <message>
        <source>You showed up once so far, on {day}. That counts.</source>
        <translation>Hasta ahora te presentaste una vez, el {day}. Eso cuenta.</translation>
    </message>
    <message>
        <source>You showed up twice {since}.</source>
        <translation>Te presentaste dos veces {since}.</translation>
    </message>
    <message numerus="yes">
        <source>You showed up %Ln time(s) {since}.</source>
        <translation>
            <numerusform>Te presentaste %Ln vez {since}.</numerusform>
            <numerusform>Te presentaste %Ln veces {since}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{weekday}, {time}</source>
        <translation>{weekday} a las {time}</translation>
    </message>
    <message>
        <source>{when} · {name} ({kind})</source>
        <translation>{when} · {name} ({kind})</translation>
    </message>
    <message>
        <source>{when} · {kind}</source>
        <translation>{when} · {kind}</translation>
    </message>
    <message>
        <source>Showing up</source>
        <translation>Presentarme</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Record a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>Día de la sesión</translation>
    </message>
    <message>
        <source>Note about the session</source>
        <translation>Nota sobre la sesión</translation>
    </message>
    <message>
        <source>Optional: anything you want to remember</source>
        <translation>Opcional: lo que quieras recordar</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <source>Enter changes the selected session; Delete removes it.</source>
        <translation>Enter cambia la sesión seleccionada; Supr la elimina.</translation>
    </message>
    <message>
        <source>Your week</source>
        <translation>Tu semana</translation>
    </message>
    <message>
        <source>Your week&apos;s plan</source>
        <translation>El plan de tu semana</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>At a set time</source>
        <translation>A una hora fija</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Name for it</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Optional name, like Tuesday group</source>
        <translation>Nombre opcional, como Grupo del martes</translation>
    </message>
    <message>
        <source>Add to my week</source>
        <translation>Agregar a mi semana</translation>
    </message>
    <message>
        <source>{session} at {time}</source>
        <translation>{session} a las {time}</translation>
    </message>
    <message>
        <source>I was there</source>
        <translation>Estuve ahí</translation>
    </message>
    <message>
        <source>I was there: {session}</source>
        <translation>Estuve ahí: {session}</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Se guardaron los cambios.</translation>
    </message>
    <message>
        <source>Recorded. Showing up counts, and it&apos;s in your wins.</source>
        <translation>Registrado. Presentarte cuenta, y ya está en tus logros.</translation>
    </message>
    <message>
        <source>Recorded. It takes nothing away from anything you&apos;ve done.</source>
        <translation>Registrado. No le quita nada a lo que has hecho.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Deleted. Its win stays in your journal.</source>
        <translation>Se eliminó. Su logro se queda en tu diario.</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>hard moment</source>
        <translation>momento difícil</translation>
    </message>
    <message>
        <source>{month_day}, {year}</source>
        <translation>{month_day} de {year}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>No wins logged on {day}.</source>
        <translation>No hay logros anotados el {day}.</translation>
    </message>
    <message>
        <source>No wins logged between {first} and {last}.</source>
        <translation>No hay logros anotados entre el {first} y el {last}.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What I&apos;ve been doing</source>
        <translation>Lo que he estado haciendo</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message>
        <source>Since my last session on {day}, nothing is logged yet.</source>
        <translation>Desde mi última sesión, el {day}, todavía no hay nada anotado.</translation>
    </message>
    <message>
        <source>Since my last session on {day}: I logged {wins}.</source>
        <translation>Desde mi última sesión, el {day}: anoté {wins}.</translation>
    </message>
    <message>
        <source>Since my last session on {day}: had {hard}.</source>
        <translation>Desde mi última sesión, el {day}: tuve {hard}.</translation>
    </message>
    <message>
        <source>Since my last session on {day}: showed up {times}.</source>
        <translation>Desde mi última sesión, el {day}: me presenté {times}.</translation>
    </message>
    <message>
        <source>Since my last session on {day}: I logged {wins} and had {hard}.</source>
        <translation>Desde mi última sesión, el {day}: anoté {wins} y tuve {hard}.</translation>
    </message>
    <message>
        <source>Since my last session on {day}: I logged {wins} and showed up {times}.</source>
        <translation>Desde mi última sesión, el {day}: anoté {wins} y me presenté {times}.</translation>
    </message>
    <message>
        <source>Since my last session on {day}: had {hard} and showed up {times}.</source>
        <translation>Desde mi última sesión, el {day}: tuve {hard} y me presenté {times}.</translation>
    </message>
    <message>
        <source>Since my last session on {day}: I logged {wins}, had {hard} and showed up {times}.</source>
        <translation>Desde mi última sesión, el {day}: anoté {wins}, tuve {hard} y me presenté {times}.</translation>
    </message>
    <message>
        <source>{days}, {year}</source>
        <translation>{days} de {year}</translation>
    </message>
    <message>
        <source>{month} {first} to {last}</source>
        <translation>Del {first} al {last} de {month}</translation>
    </message>
    <message>
        <source>{wins}, {hard}</source>
        <translation>{wins}, {hard}</translation>
    </message>
    <message>
        <source>What helped: {note}</source>
        <translation>Lo que ayudó: {note}</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana por semana</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>What I logged, in my words</source>
        <translation>Lo que anoté, con mis palabras</translation>
    </message>
    <message>
        <source>Everything I logged</source>
        <translation>Todo lo que anoté</translation>
    </message>
    <message>
        <source>Hard moments</source>
        <translation>Momentos difíciles</translation>
    </message>
    <message>
        <source>No hard moments logged in this period.</source>
        <translation>No hay momentos difíciles anotados en este periodo.</translation>
    </message>
    <message>
        <source>What helped most often: {helped}.</source>
        <translation>Lo que más ayudó: {helped}.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>My word</source>
        <translation>Mi palabra</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>Brought up on {day}</source>
        <translation>Lo hablé el {day}</translation>
    </message>
    <message>
        <source>Things I want to bring up</source>
        <translation>Temas de los que quiero hablar</translation>
    </message>
    <message>
        <source>{instrument}, from {source}</source>
        <translation>{instrument}, de {source}</translation>
    </message>
    <message>
        <source>{answered} of {statements} answered</source>
        <translation>{answered} de {statements} respondidas</translation>
    </message>
    <message>
        <source>What I have going for me</source>
        <translation>Lo que tengo a mi favor</translation>
    </message>
    <message>
        <source>No recovery capital check-ins in this period.</source>
        <translation>No hay registros de capital de recuperación en este periodo.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>What I have going for me, each answer</source>
        <translation>Lo que tengo a mi favor, cada respuesta</translation>
    </message>
    <message>
        <source>The {instrument}: each statement as it is asked, and my answer.</source>
        <translation>El {instrument}: cada afirmación tal como se plantea, y mi respuesta.</translation>
    </message>
    <message>
        <source>How I am, in words</source>
        <translation>Cómo estoy, en palabras</translation>
    </message>
    <message>
        <source>Nothing noted in this period.</source>
        <translation>No hay nada anotado en este periodo.</translation>
    </message>
    <message>
        <source>I noted how I am {times}.</source>
        <translation>Anoté cómo estoy {times}.</translation>
    </message>
    <message>
        <source>The words I chose: {words}.</source>
        <translation>Las palabras que elegí: {words}.</translation>
    </message>
    <message>
        <source>HALT: {ticks}.</source>
        <translation>HALT: {ticks}.</translation>
    </message>
    <message>
        <source>Going on</source>
        <translation>Lo que pasaba</translation>
    </message>
    <message>
        <source>I felt</source>
        <translation>Sentí</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Hice</translation>
    </message>
    <message>
        <source>Helped or might help</source>
        <translation>Lo que ayudó o podría ayudar</translation>
    </message>
    <message>
        <source>Picking up from here:</source>
        <translation>Retomar desde aquí:</translation>
    </message>
    <message>
        <source>{label}: {words}</source>
        <translation>{label}: {words}</translation>
    </message>
    <message>
        <source>I came back {times}.</source>
        <translation>Regresé {times}.</translation>
    </message>
    <message>
        <source>A note from me</source>
        <translation>Una nota mía</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Wins</source>
        <translation>Logros</translation>
    </message>
    <message>
        <source>Wins by kind</source>
        <translation>Logros por tipo</translation>
    </message>
    <message>
        <source>Showing up</source>
        <translation>Presentarme</translation>
    </message>
    <message>
        <source>What I know now</source>
        <translation>Lo que sé ahora</translation>
    </message>
</context>
<context>
    <name>summary_counts</name>
    <message numerus="yes">
        <source>Keep the name under %Ln characters: initials are fine.</source>
        <translation>
            <numerusform>Usa un nombre de menos de %Ln carácter: con las iniciales basta.</numerusform>
            <numerusform>Usa un nombre de menos de %Ln caracteres: con las iniciales basta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep the note under %Ln characters, so it fits on page 1.</source>
        <translation>
            <numerusform>Usa una nota de menos de %Ln carácter, para que quepa en la página 1.</numerusform>
            <numerusform>Usa una nota de menos de %Ln caracteres, para que quepa en la página 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s) logged on {day}.</source>
        <translation>
            <numerusform>%Ln logro anotado el {day}.</numerusform>
            <numerusform>%Ln logros anotados el {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s) logged between {first} and {last}.</source>
        <translation>
            <numerusform>%Ln logro anotado entre el {first} y el {last}.</numerusform>
            <numerusform>%Ln logros anotados entre el {first} y el {last}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln vez</numerusform>
            <numerusform>%Ln veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln win(s)</source>
        <translation>
            <numerusform>%Ln logro</numerusform>
            <numerusform>%Ln logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hard moment(s)</source>
        <translation>
            <numerusform>%Ln momento difícil</numerusform>
            <numerusform>%Ln momentos difíciles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I logged %Ln hard moment(s) in this period, {noted} with notes on picking up from here.</source>
        <translation>
            <numerusform>Anoté %Ln momento difícil en este periodo, {noted} con notas para retomar desde aquí.</numerusform>
            <numerusform>Anoté %Ln momentos difíciles en este periodo, {noted} con notas para retomar desde aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I logged %Ln hard moment(s) in this period.</source>
        <translation>
            <numerusform>Anoté %Ln momento difícil en este periodo.</numerusform>
            <numerusform>Anoté %Ln momentos difíciles en este periodo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln:</source>
        <translation>
            <numerusform>El más reciente (%Ln):</numerusform>
            <numerusform>Los %Ln más recientes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s) with the {instrument}. The total runs from {lowest} to {highest}; the latest {latest}:</source>
        <translation>
            <numerusform>%Ln registro con el {instrument}. El total va de {lowest} a {highest}; los {latest} más recientes:</numerusform>
            <numerusform>%Ln registros con el {instrument}. El total va de {lowest} a {highest}; los {latest} más recientes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check-in(s) with the {instrument}. The total runs from {lowest} to {highest}:</source>
        <translation>
            <numerusform>%Ln registro con el {instrument}. El total va de {lowest} a {highest}:</numerusform>
            <numerusform>%Ln registros con el {instrument}. El total va de {lowest} a {highest}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The words I chose: {words} and %Ln other(s).</source>
        <translation>
            <numerusform>Las palabras que elegí: {words} y %Ln más.</numerusform>
            <numerusform>Las palabras que elegí: {words} y %Ln más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>The folder that keeps this journal in step isn&apos;t there. Connect the drive it is on; if it moved, stop keeping in step and choose it where it is now.</source>
        <translation>La carpeta que mantiene al día este diario no está. Conecta la unidad donde está; si se movió, deja de mantenerlo al día y elígela donde está ahora.</translation>
    </message>
</context>
<context>
    <name>sync_folder</name>
    <message>
        <source>The folder that keeps this journal in step can&apos;t be written to. Check that the drive is connected and the folder is yours.</source>
        <translation>No se puede escribir en la carpeta que mantiene al día este diario. Revisa que la unidad esté conectada y que la carpeta sea tuya.</translation>
    </message>
</context>
<context>
    <name>sync_folders</name>
    <message>
        <source>Nextcloud or ownCloud</source>
        <translation>Nextcloud u ownCloud</translation>
    </message>
    <message>
        <source>Your journal folder is inside a folder that {client} syncs, so encrypted copies of it may end up on other computers or online, out of step with each other; it&apos;s safer to keep it in the app&apos;s own folder on this computer and, to have it on another computer too, choose Use this journal on another computer in the Journal menu.</source>
        <translation>La carpeta de tu diario está dentro de una carpeta que {client} sincroniza, así que pueden terminar copias cifradas en otras computadoras o en línea, sin estar al día entre sí. Es más seguro guardarla en la carpeta propia de la app en esta computadora y, para tenerlo también en otra computadora, elegir Usar este diario en otra computadora en el menú Diario.</translation>
    </message>
</context>
<context>
    <name>sync_schedule</name>
    <message>
        <source>Keeping in step…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Not in step for now</source>
        <translation>Sin sincronizar por ahora</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour ago</source>
        <translation>hace una hora</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message>
        <source>Ready for your other computer, {when}</source>
        <translation>Todo listo para tu otra computadora, {when}</translation>
    </message>
    <message numerus="yes">
        <source>In step with %Ln other computer(s), {when}</source>
        <translation>
            <numerusform>Sincronizado con %Ln computadora más, {when}</numerusform>
            <numerusform>Sincronizado con %Ln computadoras más, {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>What helped: {note}</source>
        <translation>Lo que ayudó: {note}</translation>
    </message>
    <message>
        <source>{title}: {words}</source>
        <translation>{title}: {words}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>{weekday}, {month_day}</source>
        <translation>{weekday} {month_day}</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privada</translation>
    </message>
    <message>
        <source>after a hard moment</source>
        <translation>después de un momento difícil</translation>
    </message>
</context>
<context>
    <name>unlock</name>
    <message>
        <source>Type your passphrase to open it.</source>
        <translation>Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Use recovery code</source>
        <translation>Usar código de recuperación</translation>
    </message>
    <message>
        <source>Help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Opens Help now, with your plan at the top.</source>
        <translation>Abre Ayuda ahora, con tu plan arriba.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Open with your recovery code</source>
        <translation>Abrir con tu código de recuperación</translation>
    </message>
    <message>
        <source>Type the code you kept when you set up the journal. Then choose a new passphrase. You&apos;ll get a new recovery code too.</source>
        <translation>Escribe el código que guardaste cuando configuraste el diario. Luego elige una frase de contraseña nueva. También vas a recibir un código de recuperación nuevo.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Frase de contraseña nueva otra vez</translation>
    </message>
    <message>
        <source>Type it once more</source>
        <translation>Escríbela una vez más</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Abrir el diario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>That passphrase didn&apos;t open the journal. The key file was damaged, so an older copy is in use: try the passphrase you had before, or use your recovery code.</source>
        <translation>Esa frase de contraseña no abrió el diario. El archivo de la clave estaba dañado, así que se usa una copia anterior: prueba la frase de contraseña que tenías antes, o usa tu código de recuperación.</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>hard moment</source>
        <translation>momento difícil</translation>
    </message>
    <message>
        <source>slip</source>
        <translation>desliz</translation>
    </message>
    <message>
        <source>return to use</source>
        <translation>volver a consumir</translation>
    </message>
    <message>
        <source>What I have going for me</source>
        <translation>Lo que tengo a mi favor</translation>
    </message>
    <message>
        <source>Ten statements about what supports you right now. It takes about three minutes, and you can skip any statement.</source>
        <translation>Diez afirmaciones sobre lo que te apoya ahora mismo. Toma unos tres minutos, y puedes saltarte cualquier afirmación.</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>enojo</translation>
    </message>
    <message>
        <source>hopeful</source>
        <translation>esperanza</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <source>proud</source>
        <translation>orgullo</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <source>restless</source>
        <translation>inquietud</translation>
    </message>
</context>
<context>
    <name>wallet_card</name>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cut out each card along its outline, then fold it on the dashed line.</source>
        <translation>Recorta cada tarjeta por su contorno y luego dóblala por la línea punteada.</translation>
    </message>
    <message>
        <source>card-{day}.pdf</source>
        <translation>tarjeta-{day}.pdf</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>The two passphrases aren&apos;t the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
    <message>
        <source>It becomes your journal&apos;s passphrase, here and on your other computers.</source>
        <translation>Pasa a ser la frase de contraseña de tu diario, aquí y en tus otras computadoras.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>Other win</source>
        <translation>Otro logro</translation>
    </message>
    <message>
        <source>hard moment</source>
        <translation>momento difícil</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s)</source>
        <translation>
            <numerusform>%Ln vez</numerusform>
            <numerusform>%Ln veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Your first small win will show up here. Every one counts.</source>
        <translation>Tu primer logro pequeño va a aparecer aquí. Cada uno cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve logged %Ln win(s).</source>
        <translation>
            <numerusform>Llevas %Ln logro anotado.</numerusform>
            <numerusform>Llevas %Ln logros anotados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You&apos;ve logged %Ln win(s) since {month}.</source>
        <translation>
            <numerusform>Llevas %Ln logro anotado desde {month}.</numerusform>
            <numerusform>Llevas %Ln logros anotados desde {month}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln this week.</source>
        <translation>
            <numerusform>%Ln esta semana.</numerusform>
            <numerusform>%Ln esta semana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You came back %Ln time(s).</source>
        <translation>
            <numerusform>Regresaste %Ln vez.</numerusform>
            <numerusform>Regresaste %Ln veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) or more match.</source>
        <translation>
            <numerusform>Coincide %Ln entrada o más.</numerusform>
            <numerusform>Coinciden %Ln entradas o más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y|ies) match(es|).</source>
        <translation>
            <numerusform>Coincide %Ln entrada.</numerusform>
            <numerusform>Coinciden %Ln entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>Ninguna entrada coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in your notebook too.</source>
        <translation>
            <numerusform>%Ln también en tu cuaderno.</numerusform>
            <numerusform>%Ln también en tu cuaderno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in your notebook.</source>
        <translation>
            <numerusform>%Ln en tu cuaderno.</numerusform>
            <numerusform>%Ln en tu cuaderno.</numerusform>
        </translation>
    </message>
    <message>
        <source>{month_day}, {year}</source>
        <translation>{month_day} de {year}</translation>
    </message>
    <message>
        <source>{weekday}, {month_day}</source>
        <translation>{weekday}, {month_day}</translation>
    </message>
</context>
</TS>
