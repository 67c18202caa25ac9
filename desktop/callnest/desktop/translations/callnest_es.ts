<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{problem} Log in with your password instead.</source>
        <comment>{problem}: a sentence on the credentials file</comment>
        <translation>{problem} Inicie sesión con su contraseña.</translation>
    </message>
    <message>
        <source>Callnest — {name}</source>
        <comment>the window&apos;s title: the user&apos;s name</comment>
        <translation>Callnest — {name}</translation>
    </message>
    <message>
        <source>Headset: {problem}</source>
        <translation>Auriculares: {problem}</translation>
    </message>
</context>
<context>
    <name>audio.headset</name>
    <message>
        <source>The microphone “{name}” is not connected.</source>
        <translation>El micrófono «{name}» no está conectado.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se ha podido abrir el micrófono «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped working. Is it unplugged?</source>
        <translation>El micrófono «{name}» ha dejado de funcionar. ¿Está desconectado?</translation>
    </message>
    <message>
        <source>The microphone “{name}” works again.</source>
        <translation>El micrófono «{name}» vuelve a funcionar.</translation>
    </message>
    <message>
        <source>The default microphone is missing: no device is connected.</source>
        <translation>Falta el micrófono predeterminado: no hay ningún dispositivo conectado.</translation>
    </message>
    <message>
        <source>The default microphone could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se ha podido abrir el micrófono predeterminado ({reason}).</translation>
    </message>
    <message>
        <source>The default microphone stopped working. Is it unplugged?</source>
        <translation>El micrófono predeterminado ha dejado de funcionar. ¿Está desconectado?</translation>
    </message>
    <message>
        <source>The default microphone works again.</source>
        <translation>El micrófono predeterminado vuelve a funcionar.</translation>
    </message>
    <message>
        <source>The ring device “{name}” is not connected.</source>
        <translation>El dispositivo de timbre «{name}» no está conectado.</translation>
    </message>
    <message>
        <source>The ring device “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se ha podido abrir el dispositivo de timbre «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>The ring device “{name}” stopped working. Is it unplugged?</source>
        <translation>El dispositivo de timbre «{name}» ha dejado de funcionar. ¿Está desconectado?</translation>
    </message>
    <message>
        <source>The ring device “{name}” works again.</source>
        <translation>El dispositivo de timbre «{name}» vuelve a funcionar.</translation>
    </message>
    <message>
        <source>The speaker “{name}” is not connected.</source>
        <translation>El altavoz «{name}» no está conectado.</translation>
    </message>
    <message>
        <source>The speaker “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se ha podido abrir el altavoz «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>The speaker “{name}” stopped working. Is it unplugged?</source>
        <translation>El altavoz «{name}» ha dejado de funcionar. ¿Está desconectado?</translation>
    </message>
    <message>
        <source>The speaker “{name}” works again.</source>
        <translation>El altavoz «{name}» vuelve a funcionar.</translation>
    </message>
    <message>
        <source>The default speaker is missing: no device is connected.</source>
        <translation>Falta el altavoz predeterminado: no hay ningún dispositivo conectado.</translation>
    </message>
    <message>
        <source>The default speaker could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se ha podido abrir el altavoz predeterminado ({reason}).</translation>
    </message>
    <message>
        <source>The default speaker stopped working. Is it unplugged?</source>
        <translation>El altavoz predeterminado ha dejado de funcionar. ¿Está desconectado?</translation>
    </message>
    <message>
        <source>The default speaker works again.</source>
        <translation>El altavoz predeterminado vuelve a funcionar.</translation>
    </message>
    <message>
        <source>{problem} Ringing on the speaker.</source>
        <comment>{problem}: a sentence on what is wrong with the ring device</comment>
        <translation>{problem} El timbre suena en el altavoz.</translation>
    </message>
</context>
<context>
    <name>audio.playback</name>
    <message>
        <source>the recording holds no audio</source>
        <translation>la grabación no contiene audio</translation>
    </message>
    <message>
        <source>the recording could not be decoded ({reason})</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>no se ha podido descodificar la grabación ({reason})</translation>
    </message>
    <message>
        <source>The speaker “{name}” is not connected.</source>
        <translation>El altavoz «{name}» no está conectado.</translation>
    </message>
    <message>
        <source>The speaker could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se ha podido abrir el altavoz ({reason}).</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>Remember me is unavailable: the keyring found ({keyring}) would keep the secret in a plain file.</source>
        <comment>{keyring}: the name of a program&apos;s part, e.g. PlaintextKeyring</comment>
        <translation>«Recordarme» no está disponible: el llavero encontrado ({keyring}) guardaría el secreto en un archivo sin cifrar.</translation>
    </message>
    <message>
        <source>Remember me is unavailable: no system keyring is running on this computer.</source>
        <translation>«Recordarme» no está disponible: no hay ningún llavero del sistema en funcionamiento en este equipo.</translation>
    </message>
    <message>
        <source>Remember me is unavailable: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>«Recordarme» no está disponible: {reason}</translation>
    </message>
</context>
<context>
    <name>credentials_file</name>
    <message>
        <source>The credentials file {path} does not exist.</source>
        <translation>El archivo de credenciales {path} no existe.</translation>
    </message>
    <message>
        <source>The credentials file {path} cannot be read: {reason}.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se puede leer el archivo de credenciales {path}: {reason}.</translation>
    </message>
    <message>
        <source>The credentials file {path} should hold JSON like {example}.</source>
        <comment>{example}: a JSON object, never translated</comment>
        <translation>El archivo de credenciales {path} debe contener un JSON como {example}.</translation>
    </message>
</context>
<context>
    <name>engine.session</name>
    <message>
        <source>The server refused: {reason}.</source>
        <comment>{reason}: the server&apos;s words</comment>
        <translation>El servidor ha rechazado la solicitud: {reason}.</translation>
    </message>
    <message>
        <source>The server answered HTTP {status}; is this a Callnest server?</source>
        <comment>{status}: an HTTP status code such as 404</comment>
        <translation>El servidor ha respondido HTTP {status}; ¿es un servidor de Callnest?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified ({reason}). Check the address, or ask the owner to install a valid certificate.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se ha podido verificar el certificado del servidor ({reason}). Compruebe la dirección o pida al propietario que instale un certificado válido.</translation>
    </message>
    <message>
        <source>The server at {url} did not accept the session: {reason}.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>El servidor de {url} no ha aceptado la sesión: {reason}.</translation>
    </message>
</context>
<context>
    <name>models.admin</name>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Callback request</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Solicitud de devolución de llamada</translation>
    </message>
    <message>
        <source>Reject (caller is told we are closed)</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Rechazar (se informa de que estamos cerrados)</translation>
    </message>
    <message>
        <source>{day}: write the opening hours as 09:00-17:00 (or leave it empty)</source>
        <comment>{day}: a weekday&apos;s name</comment>
        <translation>{day}: escriba el horario de atención como 09:00-17:00 (o déjelo vacío)</translation>
    </message>
</context>
<context>
    <name>models.agent</name>
    <message>
        <source>Nothing is ringing.</source>
        <translation>No está sonando nada.</translation>
    </message>
    <message>
        <source>The call has ended: finish the wrap-up.</source>
        <translation>La llamada ha terminado: complete el cierre.</translation>
    </message>
    <message>
        <source>There is no call to hang up.</source>
        <translation>No hay ninguna llamada que colgar.</translation>
    </message>
    <message>
        <source>There is no call in progress.</source>
        <translation>No hay ninguna llamada en curso.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Sin conexión con el servidor.</translation>
    </message>
    <message>
        <source>You are available already.</source>
        <translation>Ya está disponible.</translation>
    </message>
    <message>
        <source>There are no breaks to choose from.</source>
        <translation>No hay pausas entre las que elegir.</translation>
    </message>
    <message>
        <source>No chats are open.</source>
        <translation>No hay chats abiertos.</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <source>Not connected to the server: calls out wait for the connection.</source>
        <translation>Sin conexión con el servidor: las llamadas salientes esperan a que vuelva la conexión.</translation>
    </message>
    <message>
        <source>You are offline: choose Available or a break to call out.</source>
        <translation>Está desconectado: elija Disponible o una pausa para llamar.</translation>
    </message>
    <message>
        <source>A call is ringing: answer or decline it first.</source>
        <translation>Está sonando una llamada: primero acéptela o recházela.</translation>
    </message>
    <message>
        <source>A call out is on its way already.</source>
        <translation>Ya hay una llamada saliente en curso.</translation>
    </message>
    <message>
        <source>Finish the wrap-up first.</source>
        <translation>Termine primero el cierre.</translation>
    </message>
    <message>
        <source>You are on a call.</source>
        <translation>Está en una llamada.</translation>
    </message>
    <message>
        <source>There is no queue to call for.</source>
        <translation>No hay ninguna cola para la que llamar.</translation>
    </message>
    <message>
        <source>the number</source>
        <comment>in &quot;The call to the number could not be placed&quot;</comment>
        <translation>el número</translation>
    </message>
</context>
<context>
    <name>models.callbacks</name>
    <message>
        <source>Waiting caller (phone)</source>
        <comment>who asked for a callback</comment>
        <translation>Cliente en espera (teléfono)</translation>
    </message>
    <message>
        <source>Waiting caller (web)</source>
        <comment>who asked for a callback</comment>
        <translation>Cliente en espera (web)</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>who asked for a callback</comment>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>who asked for a callback</comment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a callback&apos;s status</comment>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Waiting in line</source>
        <comment>a callback&apos;s status</comment>
        <translation>En la cola</translation>
    </message>
    <message>
        <source>Being dialled</source>
        <comment>a callback&apos;s status</comment>
        <translation>Marcando</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a callback&apos;s status</comment>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a callback&apos;s status</comment>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a callback&apos;s status</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Cut off by a restart</source>
        <comment>how a call ended</comment>
        <translation>Cortada por un reinicio</translation>
    </message>
    <message>
        <source>That time has passed: it is already {now} in {zone}. Pick a later time.</source>
        <comment>{now}: a date and time; {zone}: a time zone&apos;s name (Europe/Ljubljana)</comment>
        <translation>Esa hora ya ha pasado: en {zone} ya es {now}. Elija una hora posterior.</translation>
    </message>
    <message numerus="yes">
        <source>Pick a time within the next %n day(s).</source>
        <translation>
            <numerusform>Elija una hora dentro del próximo %n día.</numerusform>
            <numerusform>Elija una hora dentro de los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date this year, in Qt&apos;s date format (ddd: the weekday, d: the day, MMM: the month; all shortened): write the pattern, in your language&apos;s order</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a date in another year, in Qt&apos;s date format (yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>a date, then a time of day</comment>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>models.callout</name>
    <message>
        <source>Busy: {who} is on another call. Try again later.</source>
        <comment>{who}: the number called, with the customer&apos;s name if known</comment>
        <translation>Ocupado: {who} está en otra llamada. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>No answer: {who} did not pick up.</source>
        <translation>Sin respuesta: {who} no ha contestado.</translation>
    </message>
    <message>
        <source>Call cancelled: you hung up before {who} answered.</source>
        <translation>Llamada cancelada: ha colgado antes de que {who} contestara.</translation>
    </message>
    <message>
        <source>The call could not be placed: the phone line did not put it through to {who}. Check the number, or try again later.</source>
        <translation>No se ha podido realizar la llamada: la línea telefónica no la ha pasado a {who}. Compruebe el número o inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Type the number to call first.</source>
        <translation>Escriba primero el número al que llamar.</translation>
    </message>
    <message>
        <source>“{number}” cannot be called: {reason}</source>
        <comment>{number}: as the agent typed it; {reason}: what is wrong with it, a sentence&apos;s end</comment>
        <translation>No se puede llamar a «{number}»: {reason}</translation>
    </message>
    <message>
        <source>The call to {who} could not be placed: {reason}</source>
        <comment>{reason}: why, from the server, as the end of a sentence</comment>
        <translation>No se ha podido realizar la llamada a {who}: {reason}</translation>
    </message>
    <message>
        <source>the server gave no reason.</source>
        <comment>the end of a sentence</comment>
        <translation>el servidor no ha indicado el motivo.</translation>
    </message>
</context>
<context>
    <name>models.campaign_figures</name>
    <message>
        <source>Count</source>
        <comment>a column: how many</comment>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>a column: the part of the whole</comment>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>a column: how a call ended</comment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>of the calls placed</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation>de las llamadas realizadas</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>of the people reached</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation>de las personas contactadas</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>a column: counts as a success</comment>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: where a person stands</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>of everyone on the list</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation>de todas las personas de la lista</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a column: how many</comment>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: time talking</comment>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>all their talk on the campaign&apos;s calls</source>
        <translation>todo su tiempo de conversación en las llamadas de la campaña</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a column: time on hold</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: time in wrap-up</comment>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>a headline figure</comment>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>tick the dispositions that count as success</source>
        <translation>marque las tipificaciones que cuentan como éxito</translation>
    </message>
    <message>
        <source>{converted} of those reached ended in success</source>
        <translation>{converted} de las personas contactadas terminaron con éxito</translation>
    </message>
    <message>
        <source>Calls placed</source>
        <comment>a headline figure</comment>
        <translation>Llamadas realizadas</translation>
    </message>
    <message>
        <source>attempts, retries included</source>
        <translation>intentos, incluidos los reintentos</translation>
    </message>
    <message>
        <source>People reached</source>
        <comment>a headline figure</comment>
        <translation>Personas contactadas</translation>
    </message>
    <message>
        <source>{share} of the calls</source>
        <comment>{share}: a percentage</comment>
        <translation>{share} de las llamadas</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a headline figure</comment>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a percentage, as your language writes it</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{abandoned} answered with no agent to take them</source>
        <translation>{abandoned} contestadas sin ningún agente libre para atenderlas</translation>
    </message>
    <message>
        <source>Disposition #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Tipificación n.º {id}</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>counts as a success: a table&apos;s cell</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Agent #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Agente n.º {id}</translation>
    </message>
</context>
<context>
    <name>models.campaign_lists</name>
    <message>
        <source>Slovenia</source>
        <translation>Eslovenia</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Eslovaquia</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croacia</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Chequia</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hungría</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Países Bajos</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a column: a line of a list or a file</comment>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column: why a line was refused</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>no number before the name</source>
        <translation>no hay ningún número antes del nombre</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>demasiado largo para ser un número de teléfono</translation>
    </message>
    <message numerus="yes">
        <source>the name is over %n letter(s)</source>
        <translation>
            <numerusform>el nombre tiene más de %n letra</numerusform>
            <numerusform>el nombre tiene más de %n letras</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {added} · {listed} already listed · {refused} refused</source>
        <comment>numbers added to a campaign&apos;s list</comment>
        <translation>{added} añadidos · {listed} ya en la lista · {refused} rechazados</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Ningún cliente coincide.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n customer(s) match (only the first {counted} are counted); every match with a phone number will be added, with their first number.</source>
        <translation>
            <numerusform>Coincide al menos %n cliente (solo se cuentan los primeros {counted}); se añadirán todas las coincidencias con número de teléfono, con su primer número.</numerusform>
            <numerusform>Coinciden al menos %n clientes (solo se cuentan los primeros {counted}); se añadirán todas las coincidencias con número de teléfono, con su primer número.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match, but none has a phone number: nobody to add.</source>
        <translation>
            <numerusform>Coincide %n cliente, pero no tiene número de teléfono: no hay nadie que añadir.</numerusform>
            <numerusform>Coinciden %n clientes, pero ninguno tiene número de teléfono: no hay nadie que añadir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match; {with_phone} with a phone number will be added, with their first number.</source>
        <translation>
            <numerusform>Coincide %n cliente; se añadirán {with_phone} con número de teléfono, con su primer número.</numerusform>
            <numerusform>Coinciden %n clientes; se añadirán {with_phone} con número de teléfono, con su primer número.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models.campaigns</name>
    <message>
        <source>Preview</source>
        <comment>a campaign&apos;s mode: the card first</comment>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The agent reads the person&apos;s card first, then the call goes out.</source>
        <translation>El agente lee primero la ficha de la persona y después sale la llamada.</translation>
    </message>
    <message>
        <source>Progressive</source>
        <comment>a campaign&apos;s mode: calls at once</comment>
        <translation>Progresiva</translation>
    </message>
    <message>
        <source>The call goes out the moment an agent is free.</source>
        <translation>La llamada sale en cuanto hay un agente libre.</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>a campaign&apos;s status</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>a campaign&apos;s status</comment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>To call</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Por llamar</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Esperando a un agente</translation>
    </message>
    <message>
        <source>Being dialled</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Marcando</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Contactada</translation>
    </message>
    <message>
        <source>Out of attempts</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Sin intentos</translation>
    </message>
    <message>
        <source>Answering machine</source>
        <comment>how a call ended</comment>
        <translation>Contestador automático</translation>
    </message>
    <message>
        <source>Cut off by a restart</source>
        <comment>how a call ended</comment>
        <translation>Cortada por un reinicio</translation>
    </message>
    <message>
        <source>Under way</source>
        <comment>how a call ended: not yet</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>how a call ended</comment>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>No answer</source>
        <comment>how a call ended</comment>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>how a call ended</comment>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>{mode} ({seconds} s card)</source>
        <comment>a campaign&apos;s mode, then the card&apos;s time</comment>
        <translation>{mode} (ficha de {seconds} s)</translation>
    </message>
    <message>
        <source>Nobody listed yet</source>
        <comment>a campaign&apos;s progress</comment>
        <translation>Aún no hay nadie en la lista</translation>
    </message>
    <message>
        <source>{reached} of {total} reached</source>
        <comment>a campaign&apos;s progress: people</comment>
        <translation>{reached} de {total} contactadas</translation>
    </message>
    <message>
        <source>Write the start of the calling hours as HH:MM.</source>
        <translation>Escriba el inicio del horario de llamadas como HH:MM.</translation>
    </message>
    <message>
        <source>Write the end of the calling hours as HH:MM.</source>
        <translation>Escriba el final del horario de llamadas como HH:MM.</translation>
    </message>
    <message>
        <source>The calling hours end ({end}) before they start ({start}).</source>
        <translation>El horario de llamadas termina ({end}) antes de empezar ({start}).</translation>
    </message>
    <message>
        <source>Tick at least one day to call on.</source>
        <translation>Marque al menos un día para llamar.</translation>
    </message>
    <message>
        <source>{outcome}: wait from 1 to {most} minutes (a week), or leave it empty not to try again.</source>
        <comment>{outcome}: how a call ended (Busy, No answer...)</comment>
        <translation>{outcome}: espere de 1 a {most} minutos (una semana), o déjelo vacío para no volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>models.chat</name>
    <message>
        <source>Customer</source>
        <comment>who a chat is with, when their name is not known</comment>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>models.format</name>
    <message>
        <source>Answered</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolución de llamada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Home connection</source>
        <translation>Conexión doméstica</translation>
    </message>
    <message>
        <source>Missed offers</source>
        <translation>Ofertas no atendidas</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
</context>
<context>
    <name>models.health</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>{title} (since {time}): {summary}</source>
        <comment>an alarm: its title and summary are the server&apos;s words</comment>
        <translation>{title} (desde {time}): {summary}</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <comment>{fix}: the server&apos;s words</comment>
        <translation>Qué hacer: {fix}</translation>
    </message>
    <message>
        <source>Checked at {time}: all is well.</source>
        <translation>Comprobación ({time}): todo está bien.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <comment>found by the checks</comment>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>found by the checks</comment>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at {time}: {problems} and {warnings}.</source>
        <comment>{problems}: e.g. 2 problems; {warnings}: e.g. 1 warning</comment>
        <translation>Comprobación ({time}): {problems} y {warnings}.</translation>
    </message>
    <message>
        <source>Checked at {time}: {found}.</source>
        <comment>{found}: what the checks found, e.g. 2 problems or 1 warning</comment>
        <translation>Comprobación ({time}): {found}.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <comment>a file&apos;s size</comment>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} kB</source>
        <comment>a file&apos;s size</comment>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <comment>a file&apos;s size</comment>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <comment>a file&apos;s size</comment>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} TB</source>
        <comment>a file&apos;s size</comment>
        <translation>{size} TB</translation>
    </message>
    <message>
        <source>No backup taken yet.</source>
        <translation>Aún no se ha hecho ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Backing up since {time}…</source>
        <translation>Haciendo copia de seguridad desde {time}…</translation>
    </message>
    <message>
        <source>Last backup {time}: {summary}</source>
        <comment>{summary}: the server&apos;s words</comment>
        <translation>Última copia de seguridad ({time}): {summary}</translation>
    </message>
    <message>
        <source>The last backup, {time}, failed: {error}</source>
        <comment>{error}: the server&apos;s words</comment>
        <translation>La última copia de seguridad ({time}) ha fallado: {error}</translation>
    </message>
    <message>
        <source>The address operators and callers use</source>
        <translation>La dirección que usan los agentes y quienes llaman</translation>
    </message>
    <message>
        <source>TURN relay</source>
        <translation>Retransmisión TURN</translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation>Líneas telefónicas</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Buzones</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Espacio en disco</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>{url} answers, but not as this Callnest server: {problem}.</source>
        <comment>{url}: the server&apos;s public address; {problem}: e.g. /api/health is not Callnest&apos;s</comment>
        <translation>{url} responde, pero no como este servidor de Callnest: {problem}.</translation>
    </message>
    <message>
        <source>The newest backup is {age} old ({how}).</source>
        <comment>{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation>La copia de seguridad más reciente es de hace {age} ({how}).</translation>
    </message>
    <message numerus="yes">
        <source>There is no backup, and the server has run for %n day(s) ({how}).</source>
        <comment>{how}: e.g. daily at 03:00, keeping 7, in /srv/backups; or: daily backups are off</comment>
        <translation>
            <numerusform>No hay ninguna copia de seguridad y el servidor lleva funcionando %n día ({how}).</numerusform>
            <numerusform>No hay ninguna copia de seguridad y el servidor lleva funcionando %n días ({how}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{address}: this machine only, fine for trying Callnest out. Operators and callers elsewhere need an HTTPS address (--public-url).</source>
        <comment>{address}: e.g. http://127.0.0.1:8080; --public-url: keep</comment>
        <translation>{address}: solo este equipo, suficiente para probar Callnest. Los agentes y quienes llaman desde otros lugares necesitan una dirección HTTPS (--public-url).</translation>
    </message>
    <message>
        <source>No --public-url: operators reach {address} without HTTPS, and callers&apos; browsers give the caller page no microphone there.</source>
        <comment>{address}: e.g. http://192.168.1.5:8080; --public-url: keep</comment>
        <translation>Sin --public-url: los agentes acceden a {address} sin HTTPS, y ahí los navegadores de quienes llaman no permiten a la página de llamada usar el micrófono.</translation>
    </message>
    <message>
        <source>{url}: this machine only.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation>{url}: solo este equipo.</translation>
    </message>
    <message>
        <source>{url} is not HTTPS: callers&apos; browsers refuse the caller page the microphone.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation>{url} no es HTTPS: los navegadores de quienes llaman no permiten a la página de llamada usar el micrófono.</translation>
    </message>
    <message>
        <source>{url}: browsers will not trust its certificate ({reason}).</source>
        <comment>{reason}: OpenSSL&apos;s words, e.g. certificate has expired</comment>
        <translation>{url}: los navegadores no confiarán en su certificado ({reason}).</translation>
    </message>
    <message>
        <source>{url} cannot be reached from this machine: {error}.</source>
        <comment>{error}: the system&apos;s words, e.g. Connection refused</comment>
        <translation>No se puede acceder a {url} desde este equipo: {error}.</translation>
    </message>
    <message>
        <source>{url} cannot be reached from this machine: no answer.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation>No se puede acceder a {url} desde este equipo: no hay respuesta.</translation>
    </message>
    <message>
        <source>HTTP {http_status} for /api/health</source>
        <comment>{http_status}: e.g. 502; /api/health: keep</comment>
        <translation>HTTP {http_status} para /api/health</translation>
    </message>
    <message>
        <source>/api/health does not answer</source>
        <comment>/api/health: keep</comment>
        <translation>/api/health no responde</translation>
    </message>
    <message>
        <source>/api/health is not Callnest&apos;s</source>
        <comment>/api/health: keep</comment>
        <translation>/api/health no es de Callnest</translation>
    </message>
    <message numerus="yes">
        <source>{url} answers; its certificate is valid until {valid_until} (%n day(s)).</source>
        <comment>{valid_until}: a date, e.g. 7 Dec 2026</comment>
        <translation>
            <numerusform>{url} responde; su certificado es válido hasta el {valid_until} (%n día).</numerusform>
            <numerusform>{url} responde; su certificado es válido hasta el {valid_until} (%n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>No TURN server is set up: operators and callers on networks that allow only a relay cannot connect (most connect without one).</source>
        <translation>No hay ningún servidor TURN configurado: los agentes y quienes llaman desde redes que solo permiten una retransmisión no pueden conectarse (la mayoría se conecta sin ella).</translation>
    </message>
    <message>
        <source>{url}: refuses this server&apos;s credentials (401 Unauthorized).</source>
        <comment>{url}: a TURN server&apos;s address</comment>
        <translation>{url}: rechaza las credenciales de este servidor (401 Unauthorized).</translation>
    </message>
    <message>
        <source>{url}: refused a relay: {error_code} {reason}.</source>
        <comment>{error_code} {reason}: the TURN server&apos;s answer, e.g. 486 Allocation Quota Reached</comment>
        <translation>{url}: ha rechazado una retransmisión: {error_code} {reason}.</translation>
    </message>
    <message>
        <source>{url}: does not answer ({error}).</source>
        <comment>{error}: the system&apos;s words, e.g. Connection refused</comment>
        <translation>{url}: no responde ({error}).</translation>
    </message>
    <message>
        <source>{url}: does not answer (no reply in {timeout_s}).</source>
        <comment>{timeout_s}: e.g. 5 s</comment>
        <translation>{url}: no responde (sin respuesta en {timeout_s}).</translation>
    </message>
    <message>
        <source>{urls}: relays with this server&apos;s credentials.</source>
        <comment>{urls}: TURN servers&apos; addresses</comment>
        <translation>Retransmisión correcta con las credenciales de este servidor: {urls}.</translation>
    </message>
    <message>
        <source>No phone line (SIP trunk) is set up.</source>
        <translation>No hay ninguna línea telefónica (troncal SIP) configurada.</translation>
    </message>
    <message>
        <source>The SIP edge does not run: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation>La pasarela SIP del servidor no está en funcionamiento: {problem}</translation>
    </message>
    <message>
        <source>Not registered, so no calls come in: {trunks}.</source>
        <comment>{trunks}: phone lines and the provider&apos;s answers, e.g. Provider: 403 Forbidden</comment>
        <translation>Sin registrar, por lo que no entran llamadas: {trunks}.</translation>
    </message>
    <message>
        <source>Not registered yet, still trying: {trunks}.</source>
        <comment>{trunks}: phone lines and the provider&apos;s answers, e.g. Provider: 403 Forbidden</comment>
        <translation>Aún sin registrar, se sigue intentando: {trunks}.</translation>
    </message>
    <message>
        <source>Registered: {trunks}.</source>
        <comment>{trunks}: phone lines&apos; names</comment>
        <translation>Registradas: {trunks}.</translation>
    </message>
    <message numerus="yes">
        <source>Registered: {trunks}; %n line(s) known to the provider by this machine&apos;s address.</source>
        <comment>{trunks}: phone lines&apos; names</comment>
        <translation>
            <numerusform>Registradas: {trunks}; %n línea que el proveedor conoce por la dirección de este equipo.</numerusform>
            <numerusform>Registradas: {trunks}; %n líneas que el proveedor conoce por la dirección de este equipo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) known to the provider by this machine&apos;s address.</source>
        <comment>phone lines the provider reaches without registering</comment>
        <translation>
            <numerusform>%n línea que el proveedor conoce por la dirección de este equipo.</numerusform>
            <numerusform>%n líneas que el proveedor conoce por la dirección de este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox is set up.</source>
        <translation>No hay ningún buzón configurado.</translation>
    </message>
    <message>
        <source>New mail is not coming in: {mailboxes}.</source>
        <comment>{mailboxes}: mailboxes and the mail server&apos;s answers, e.g. support@example.com: authentication failed</comment>
        <translation>No está llegando correo nuevo: {mailboxes}.</translation>
    </message>
    <message>
        <source>Taking mail in: {mailboxes}.</source>
        <comment>{mailboxes}: e-mail addresses</comment>
        <translation>Recibiendo correo: {mailboxes}.</translation>
    </message>
    <message>
        <source>{free_bytes} free of {total_bytes} ({used_pct} % used).</source>
        <comment>sizes, e.g. 54.5 GB free of 100.0 GB (45 % used)</comment>
        <translation>{free_bytes} libres de {total_bytes} ({used_pct}&#xa0;% en uso).</translation>
    </message>
    <message numerus="yes">
        <source>{free_bytes} free of {total_bytes} ({used_pct} % used); recordings add about {growth_bytes} a day: full in about %n day(s).</source>
        <comment>sizes, e.g. 54.5 GB free of 100.0 GB (45 % used); about 1.2 GB a day</comment>
        <translation>
            <numerusform>{free_bytes} libres de {total_bytes} ({used_pct}&#xa0;% en uso); las grabaciones añaden unos {growth_bytes} al día: se llenará en unos %n día.</numerusform>
            <numerusform>{free_bytes} libres de {total_bytes} ({used_pct}&#xa0;% en uso); las grabaciones añaden unos {growth_bytes} al día: se llenará en unos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup failed: {error} ({how}).</source>
        <comment>{error}: the server&apos;s words; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups; or: daily backups are off</comment>
        <translation>La última copia de seguridad ha fallado: {error} ({how}).</translation>
    </message>
    <message>
        <source>There is no backup, and daily backups are off.</source>
        <translation>No hay ninguna copia de seguridad y las copias diarias están desactivadas.</translation>
    </message>
    <message>
        <source>No backup yet: the first is due {how}.</source>
        <comment>{how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation>Aún no hay ninguna copia de seguridad: se harán {how}.</translation>
    </message>
    <message>
        <source>The newest backup is {age} old ({how}), on the same disk as the data: a disk that dies takes both.</source>
        <comment>{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation>La copia de seguridad más reciente es de hace {age} ({how}) y está en el mismo disco que los datos: si el disco falla, se pierden ambos.</translation>
    </message>
    <message>
        <source>Not checked: no time server given (--ntp-server).</source>
        <comment>--ntp-server: keep</comment>
        <translation>Sin comprobar: no se ha indicado ningún servidor de hora (--ntp-server).</translation>
    </message>
    <message>
        <source>Could not ask {server} the time ({error}), so the clock is unchecked.</source>
        <comment>{server}: a time server, e.g. pool.ntp.org; {error}: the system&apos;s words</comment>
        <translation>No se ha podido consultar la hora a {server} ({error}), así que el reloj no se ha comprobado.</translation>
    </message>
    <message>
        <source>Could not ask {server} the time (no answer), so the clock is unchecked.</source>
        <comment>{server}: a time server, e.g. pool.ntp.org</comment>
        <translation>No se ha podido consultar la hora a {server} (no hay respuesta), así que el reloj no se ha comprobado.</translation>
    </message>
    <message>
        <source>The clock is {offset_s} behind {server}.</source>
        <comment>{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org</comment>
        <translation>El reloj va {offset_s} retrasado respecto a {server}.</translation>
    </message>
    <message>
        <source>The clock is {offset_s} ahead of {server}.</source>
        <comment>{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org</comment>
        <translation>El reloj va {offset_s} adelantado respecto a {server}.</translation>
    </message>
    <message>
        <source>Right: {offset_s} behind {server}.</source>
        <comment>the clock: {offset_s}: e.g. 0.012 s; {server}: a time server</comment>
        <translation>Correcto: {offset_s} de retraso respecto a {server}.</translation>
    </message>
    <message>
        <source>Right: {offset_s} ahead of {server}.</source>
        <comment>the clock: {offset_s}: e.g. 0.012 s; {server}: a time server</comment>
        <translation>Correcto: {offset_s} de adelanto respecto a {server}.</translation>
    </message>
    <message>
        <source>The database is damaged: there is no database at {path}.</source>
        <comment>{path}: a file on the server</comment>
        <translation>La base de datos está dañada: no hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <source>The database is damaged: {problem}.</source>
        <comment>{problem}: SQLite&apos;s words</comment>
        <translation>La base de datos está dañada: {problem}.</translation>
    </message>
    <message>
        <source>SQLite, {size_bytes}: sound (quick check).</source>
        <comment>{size_bytes}: the database&apos;s size, e.g. 12.3 MB</comment>
        <translation>SQLite, {size_bytes}: en buen estado (comprobación rápida).</translation>
    </message>
    <message>
        <source>PostgreSQL does not answer: {error}.</source>
        <comment>{error}: PostgreSQL&apos;s words</comment>
        <translation>PostgreSQL no responde: {error}.</translation>
    </message>
    <message>
        <source>PostgreSQL answers, at schema {revision}.</source>
        <comment>{revision}: the database&apos;s version, e.g. 0012</comment>
        <translation>PostgreSQL responde; versión del esquema: {revision}.</translation>
    </message>
    <message>
        <source>PostgreSQL: checked by the server only.</source>
        <translation>PostgreSQL: solo lo comprueba el servidor.</translation>
    </message>
    <message>
        <source>No Callnest server answers on {data_dir}: the rest was checked without it.</source>
        <comment>{data_dir}: a folder on the server</comment>
        <translation>Ningún servidor de Callnest responde en {data_dir}: el resto se ha comprobado sin él.</translation>
    </message>
    <message>
        <source>Put the server behind an HTTPS reverse proxy (README, &apos;Behind a reverse proxy&apos;) and start it with --public-url https://your-name</source>
        <comment>README&apos;s section&apos;s title and --public-url: keep</comment>
        <translation>Sitúe el servidor detrás de un proxy inverso HTTPS (README, «Behind a reverse proxy») e inícielo con --public-url https://su-nombre</translation>
    </message>
    <message>
        <source>Check that the reverse proxy runs and that the name points at this server.</source>
        <translation>Compruebe que el proxy inverso está en funcionamiento y que el nombre apunta a este servidor.</translation>
    </message>
    <message>
        <source>Check that the reverse proxy forwards to this server&apos;s address ({host}:{port}).</source>
        <comment>{host}:{port}: e.g. 127.0.0.1:8080</comment>
        <translation>Compruebe que el proxy inverso reenvía a la dirección de este servidor ({host}:{port}).</translation>
    </message>
    <message>
        <source>Check that the TURN server runs and that its port is open to this machine.</source>
        <translation>Compruebe que el servidor TURN está en funcionamiento y que su puerto está abierto para este equipo.</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s account and password with the provider (Phones tab), and that this machine reaches the provider.</source>
        <translation>Compruebe con el proveedor la cuenta y la contraseña de la troncal (pestaña Teléfonos), y que este equipo puede conectar con el proveedor.</translation>
    </message>
    <message>
        <source>Free space or give the data a bigger disk; shorten how long recordings are kept (PUT /api/settings/recordings).</source>
        <comment>PUT /api/settings/recordings: keep</comment>
        <translation>Libere espacio o ponga los datos en un disco más grande; acorte el tiempo que se conservan las grabaciones (PUT /api/settings/recordings).</translation>
    </message>
    <message>
        <source>Back up now (Admin window, Backups tab), and see the server&apos;s log for why the last one failed: a full disk or a folder the server cannot write, usually.</source>
        <translation>Haga una copia ahora (ventana de administración, pestaña Copias de seguridad) y consulte en el registro del servidor por qué ha fallado la última: normalmente, un disco lleno o una carpeta en la que el servidor no puede escribir.</translation>
    </message>
    <message>
        <source>Turn daily backups on (Admin window, Backups tab).</source>
        <translation>Active las copias de seguridad diarias (ventana de administración, pestaña Copias de seguridad).</translation>
    </message>
    <message>
        <source>Run a time service: Debian&apos;s systemd-timesyncd or chrony (apt install chrony).</source>
        <comment>systemd-timesyncd, chrony, apt install chrony: keep</comment>
        <translation>Ponga en marcha un servicio de hora: systemd-timesyncd de Debian o chrony (apt install chrony).</translation>
    </message>
    <message>
        <source>Allow UDP port 123 out, or name a time server this machine reaches (--ntp-server).</source>
        <comment>--ntp-server: keep</comment>
        <translation>Permita la salida por el puerto UDP 123 o indique un servidor de hora al que llegue este equipo (--ntp-server).</translation>
    </message>
    <message>
        <source>Stop the server, restore the newest backup into a new data dir (callnest-server restore --from FOLDER --data-dir NEW) and start it there; keep the damaged one for support.</source>
        <comment>the command in brackets: keep</comment>
        <translation>Detenga el servidor, restaure la copia de seguridad más reciente en una nueva carpeta de datos (callnest-server restore --from FOLDER --data-dir NEW) e inícielo con ella; conserve la dañada para el soporte técnico.</translation>
    </message>
    <message>
        <source>Renew or replace the certificate on the reverse proxy (Caddy and certbot renew theirs by themselves when they can reach Let&apos;s Encrypt).</source>
        <translation>Renueve o sustituya el certificado en el proxy inverso (Caddy y certbot renuevan los suyos automáticamente cuando pueden conectar con Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>Renew the certificate now; if the proxy renews it by itself (Caddy, certbot), see its log for why it has not.</source>
        <translation>Renueve el certificado ahora; si el proxy lo renueva automáticamente (Caddy, certbot), consulte en su registro por qué no lo ha hecho.</translation>
    </message>
    <message>
        <source>If some cannot connect, set one up: README, &apos;TURN&apos;.</source>
        <comment>a TURN server; README, &apos;TURN&apos;: keep</comment>
        <translation>Si alguien no puede conectarse, configure un servidor TURN: README, «TURN».</translation>
    </message>
    <message>
        <source>The secret given to callnest-server (--turn-secret-file) must be the TURN server&apos;s static-auth-secret; and the TURN server needs use-auth-secret.</source>
        <comment>--turn-secret-file, static-auth-secret, use-auth-secret: keep</comment>
        <translation>El secreto indicado a callnest-server (--turn-secret-file) debe ser el static-auth-secret del servidor TURN, y el servidor TURN necesita use-auth-secret.</translation>
    </message>
    <message>
        <source>See the TURN server&apos;s log.</source>
        <translation>Consulte el registro del servidor TURN.</translation>
    </message>
    <message>
        <source>See the server&apos;s log; the Phones tab shows each trunk&apos;s last failure.</source>
        <translation>Consulte el registro del servidor; la pestaña Teléfonos muestra el último fallo de cada troncal.</translation>
    </message>
    <message>
        <source>Check the mailbox&apos;s server, user name and (app) password in the Mailboxes tab, and that this machine reaches the mail server.</source>
        <translation>Compruebe el servidor, el usuario y la contraseña (de aplicación) del buzón en la pestaña Buzones, y que este equipo llega al servidor de correo.</translation>
    </message>
    <message>
        <source>Back up now (Admin window, Backups tab). If daily backups are on and none ran, the server was not running at the time, or its log says why.</source>
        <translation>Haga una copia ahora (ventana de administración, pestaña Copias de seguridad). Si las copias diarias están activadas y no se ha hecho ninguna, el servidor no estaba en funcionamiento a esa hora, o su registro indica el motivo.</translation>
    </message>
    <message>
        <source>Choose a backup folder on another disk or a network share (Admin window, Backups tab).</source>
        <translation>Elija una carpeta de copias de seguridad en otro disco o en una unidad de red (ventana de administración, pestaña Copias de seguridad).</translation>
    </message>
    <message>
        <source>Start it (systemctl start callnest-server), and see its log for why it stopped (journalctl -u callnest-server).</source>
        <comment>the commands in brackets: keep</comment>
        <translation>Inícielo (systemctl start callnest-server) y consulte en su registro por qué se ha detenido (journalctl -u callnest-server).</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in Qt&apos;s date format (d: the day, MMM: the month, shortened, yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, shortened</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>daily backups are off</source>
        <translation>las copias diarias están desactivadas</translation>
    </message>
    <message numerus="yes">
        <source>daily at {time}, keeping the last %n backup(s), in {folder}</source>
        <comment>the backup schedule: {time}: e.g. 03:00; %n: how many backups are kept; {folder}: e.g. /srv/backups</comment>
        <translation>
            <numerusform>a diario a las {time}, conservando %n copia, en {folder}</numerusform>
            <numerusform>a diario a las {time}, conservando las %n últimas, en {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models.home_link</name>
    <message>
        <source>Woke from sleep: checking your connection…</source>
        <translation>El equipo ha salido de la suspensión: comprobando su conexión…</translation>
    </message>
    <message>
        <source>Network changed: checking your connection…</source>
        <translation>La red ha cambiado: comprobando su conexión…</translation>
    </message>
    <message>
        <source>No audio from your computer reaches the server — calls are held back</source>
        <translation>No llega audio de su equipo al servidor: no recibirá llamadas</translation>
    </message>
    <message>
        <source>Your microphone sends nothing — check your headset; calls are held back</source>
        <translation>Su micrófono no envía nada: compruebe los auriculares; no recibirá llamadas</translation>
    </message>
    <message>
        <source>Checking connection</source>
        <translation>Comprobando la conexión</translation>
    </message>
    <message>
        <source>No audio reaching the server</source>
        <translation>No llega audio al servidor</translation>
    </message>
    <message>
        <source>Microphone silent</source>
        <translation>Micrófono en silencio</translation>
    </message>
    <message>
        <source>{percent} % loss</source>
        <comment>packets lost on the way</comment>
        <translation>{percent} % de pérdida</translation>
    </message>
    <message>
        <source>{ms} ms round trip</source>
        <comment>the time a packet takes to the server and back, in milliseconds</comment>
        <translation>{ms} ms de ida y vuelta</translation>
    </message>
    <message>
        <source>{ms} ms jitter</source>
        <comment>how much the packets&apos; delay varies, in milliseconds</comment>
        <translation>{ms} ms de jitter</translation>
    </message>
    <message>
        <source>call quality {score} of 5</source>
        <comment>a score from 1 (bad) to 5 (excellent); follows other figures after a comma</comment>
        <translation>calidad de llamada {score} de 5</translation>
    </message>
    <message>
        <source>poor</source>
        <comment>the home connection&apos;s quality, after &quot;Home connection:&quot;</comment>
        <translation>deficiente</translation>
    </message>
    <message>
        <source>{figures} ({quality})</source>
        <comment>the connection&apos;s figures, then the call quality they make</comment>
        <translation>{figures} ({quality})</translation>
    </message>
    <message>
        <source>Checking your connection…</source>
        <translation>Comprobando su conexión…</translation>
    </message>
    <message>
        <source>Home connection: {problems} — calls are held back until it recovers</source>
        <comment>{problems}: the bad figures, e.g. &quot;8 % loss, 640 ms round trip&quot;</comment>
        <translation>Conexión doméstica: {problems}; no recibirá llamadas hasta que se recupere</translation>
    </message>
    <message>
        <source>Your connection recovered: {figures} — calls are offered again</source>
        <comment>{figures}: the connection&apos;s figures, e.g. &quot;0 % loss, 30 ms round trip&quot;</comment>
        <translation>Su conexión se ha recuperado: {figures}; vuelve a recibir llamadas</translation>
    </message>
    <message>
        <source>Your connection recovered — calls are offered again</source>
        <translation>Su conexión se ha recuperado; vuelve a recibir llamadas</translation>
    </message>
    <message>
        <source>Connection check passed: {figures}</source>
        <comment>{figures}: the connection&apos;s figures, e.g. &quot;0 % loss, 30 ms round trip&quot;</comment>
        <translation>Comprobación de la conexión superada: {figures}</translation>
    </message>
    <message>
        <source>Connection check passed</source>
        <translation>Comprobación de la conexión superada</translation>
    </message>
    <message>
        <source>Home connection: {problems}</source>
        <comment>{problems}: the bad figures, e.g. &quot;8 % loss&quot;</comment>
        <translation>Conexión doméstica: {problems}</translation>
    </message>
    <message>
        <source>{problem} — offered nothing since {time}</source>
        <comment>{problem}: what is wrong with the home connection; {time}: a time of day</comment>
        <translation>{problem}: sin ofertas desde las {time}</translation>
    </message>
    <message>
        <source>{problem} — offered nothing since {time}: {figures}</source>
        <comment>{problem}: what is wrong with the home connection; {time}: a time of day; {figures}: every figure measured</comment>
        <translation>{problem}: sin ofertas desde las {time}: {figures}</translation>
    </message>
</context>
<context>
    <name>models.phones</name>
    <message>
        <source>d MMM</source>
        <comment>a day and month in Qt&apos;s date format (d: the day, MMM: the month, shortened): write the pattern, in your language&apos;s order</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <comment>a day, then a time of day</comment>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{transport} — not available</source>
        <comment>{transport}: UDP, TCP or TLS</comment>
        <translation>{transport}: no disponible</translation>
    </message>
    <message>
        <source>Registration and IP addresses</source>
        <comment>how a provider knows a trunk</comment>
        <translation>Registro y direcciones IP</translation>
    </message>
    <message>
        <source>Registration</source>
        <comment>how a provider knows a trunk</comment>
        <translation>Registro</translation>
    </message>
    <message numerus="yes">
        <source>IP address(es) (%n)</source>
        <comment>how a provider knows a trunk: by how many addresses</comment>
        <translation>
            <numerusform>Dirección IP (%n)</numerusform>
            <numerusform>Direcciones IP (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in use (disabled)</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Sin uso (desactivada)</translation>
    </message>
    <message>
        <source>Not needed: the provider knows the addresses</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>No es necesario: el proveedor conoce las direcciones</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>Not registered: phone calls are not running (see above)</source>
        <translation>Sin registrar: las llamadas telefónicas no funcionan (véase arriba)</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Registered since {time}</source>
        <comment>{time}: a time of day, maybe a day</comment>
        <translation>Registrada desde {time}</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>{state} (last refused: {failure})</source>
        <comment>{state}: how the registration is doing; {failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>{state} (último rechazo: {failure})</translation>
    </message>
    <message>
        <source>{state} (last refused at {time}: {failure})</source>
        <comment>{state}: how the registration is doing; {time}: when; {failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>{state} (último rechazo, {time}: {failure})</translation>
    </message>
    <message>
        <source>Not registered: {failure} since {time}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden); {time}: when</comment>
        <translation>Sin registrar: {failure} desde {time}</translation>
    </message>
    <message>
        <source>Not registered: {failure}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>Sin registrar: {failure}</translation>
    </message>
    <message>
        <source>Not registered since {time}</source>
        <comment>{time}: when</comment>
        <translation>Sin registrar desde {time}</translation>
    </message>
    <message>
        <source>Not registered</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Phone calls are not working: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation>Las llamadas telefónicas no funcionan: {problem}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered: {failure} since {time}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden); {time}: when</comment>
        <translation>La troncal {name} no está registrada: {failure} desde {time}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered: {failure}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>La troncal {name} no está registrada: {failure}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered since {time}</source>
        <comment>{time}: when</comment>
        <translation>La troncal {name} no está registrada desde {time}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered</source>
        <translation>La troncal {name} no está registrada</translation>
    </message>
</context>
<context>
    <name>models.report</name>
    <message>
        <source>All queues</source>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a percentage, as your language writes it</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{figure} in {seconds} s</source>
        <comment>a service level: the share answered within so many seconds (80.0% in 20 s)</comment>
        <translation>{figure} en {seconds} s</translation>
    </message>
    <message>
        <source>average speed of answer: queue time of answered contacts / answered</source>
        <translation>tiempo medio de espera: tiempo en cola de los contactos atendidos / atendidos</translation>
    </message>
    <message>
        <source>average handle time: (talk + hold + wrap-up) / handled</source>
        <translation>tiempo medio de operación: (conversación + espera + cierre) / gestionados</translation>
    </message>
    <message>
        <source>answered within the queue&apos;s threshold / (answered + abandoned after the short-abandon threshold)</source>
        <translation>atendidos dentro del umbral de la cola / (atendidos + abandonados tras el umbral de abandono corto)</translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>a column: average handle time</comment>
        <translation>TMO</translation>
    </message>
    <message>
        <source>Ring</source>
        <comment>a column: average ringing time</comment>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>average ringing before the agent answered</source>
        <translation>tiempo medio de timbre antes de que el agente atendiera</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: average talk time</comment>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>average talk time per handled contact</source>
        <translation>tiempo medio de conversación por contacto gestionado</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a column: average time on hold</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>average hold time per handled contact</source>
        <translation>tiempo medio en espera por contacto gestionado</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: average wrap-up time</comment>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>average wrap-up time per handled contact</source>
        <translation>tiempo medio de cierre por contacto gestionado</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>a column: contacts offered</comment>
        <translation>Ofrecidos</translation>
    </message>
    <message>
        <source>contacts that entered the queue</source>
        <translation>contactos que entraron en la cola</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>a column: contacts answered</comment>
        <translation>Atendidos</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>a column: contacts abandoned</comment>
        <translation>Abandonados</translation>
    </message>
    <message>
        <source>including short abandons</source>
        <translation>incluidos los abandonos cortos</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <comment>a column: callers who hung up at once</comment>
        <translation>Abandonos cortos</translation>
    </message>
    <message>
        <source>hung up before the short-abandon threshold: not counted against the queue</source>
        <translation>colgaron antes del umbral de abandono corto: no cuentan en contra de la cola</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a column</comment>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>abandoned / offered, short abandons excluded from both</source>
        <translation>abandonados / ofrecidos, sin contar los abandonos cortos en ninguno de los dos</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation>TME</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Handled</source>
        <comment>a column: contacts handled</comment>
        <translation>Gestionados</translation>
    </message>
    <message>
        <source>CSAT</source>
        <comment>a column: customer satisfaction</comment>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>customers&apos; mean rating, 1 to 5, after the contact (how many rated)</source>
        <translation>valoración media de los clientes, de 1 a 5, tras el contacto (cuántos valoraron)</translation>
    </message>
    <message>
        <source>Calls out</source>
        <comment>a column: outbound calls</comment>
        <translation>Salientes</translation>
    </message>
    <message>
        <source>agents&apos; calls out with this queue&apos;s caller ID</source>
        <translation>llamadas salientes de los agentes con el identificador de llamada de esta cola</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>a column: calls out answered</comment>
        <translation>Conectadas</translation>
    </message>
    <message>
        <source>calls out the called person answered (not busy, not unanswered, not failed)</source>
        <translation>llamadas salientes que contestó la persona llamada (ni ocupadas, ni sin respuesta, ni fallidas)</translation>
    </message>
    <message>
        <source>Talk out</source>
        <comment>a column: talk time on calls out</comment>
        <translation>Conv. saliente</translation>
    </message>
    <message>
        <source>average talk time per connected call out</source>
        <translation>tiempo medio de conversación por llamada saliente conectada</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a column: callbacks asked for</comment>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>callbacks asked for: by waiting callers, or due at a time they chose</source>
        <translation>devoluciones de llamada solicitadas: por clientes en espera o para la hora que eligieron</translation>
    </message>
    <message>
        <source>Called back</source>
        <comment>a column: callbacks that connected</comment>
        <translation>Devueltas</translation>
    </message>
    <message>
        <source>callbacks that reached the customer</source>
        <translation>devoluciones de llamada que contactaron con el cliente</translation>
    </message>
    <message>
        <source>Callback ASA</source>
        <comment>a column: callback speed of answer</comment>
        <translation>TME devol.</translation>
    </message>
    <message>
        <source>callback speed of answer: from the request (or the time chosen) to the customer answering our call</source>
        <translation>tiempo medio de espera de las devoluciones de llamada: desde la solicitud (o la hora elegida) hasta que el cliente contesta nuestra llamada</translation>
    </message>
    <message>
        <source>contacts rung to the agent</source>
        <translation>contactos que sonaron al agente</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>a column: contacts not answered in time</comment>
        <translation>No atendidos</translation>
    </message>
    <message>
        <source>rung but not answered in time</source>
        <translation>sonaron, pero no se atendieron a tiempo</translation>
    </message>
    <message>
        <source>Logged in</source>
        <comment>a column: time logged in</comment>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a column: time on a break</comment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Home connection</source>
        <comment>a column: time held back by the home network</comment>
        <translation>Conexión doméstica</translation>
    </message>
    <message>
        <source>of the breaks, time held back because the home connection could not carry a call</source>
        <translation>parte de las pausas: tiempo sin ofertas porque la conexión doméstica no permitía atender una llamada</translation>
    </message>
    <message>
        <source>Spared</source>
        <comment>a column: contacts not offered to the agent</comment>
        <translation>No ofrecidos</translation>
    </message>
    <message>
        <source>contacts offered in the agent&apos;s queues while held back for the home connection</source>
        <translation>contactos ofrecidos en las colas del agente mientras estaba sin ofertas por la conexión doméstica</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>handle time / (logged-in time - break time)</source>
        <translation>tiempo de operación / (tiempo conectado - tiempo en pausa)</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column</comment>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Interval</source>
        <comment>a column: the interval&apos;s times</comment>
        <translation>Intervalo</translation>
    </message>
</context>
<context>
    <name>models.wallboard</name>
    <message>
        <source>{value}%</source>
        <comment>a percentage</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{loss}% loss · {jitter} ms jitter</source>
        <comment>an audio link&apos;s packet loss and jitter</comment>
        <translation>{loss}&#xa0;% de pérdida · {jitter} ms de jitter</translation>
    </message>
    <message>
        <source>{loss}% loss · {jitter} ms jitter · {rtt} ms rtt</source>
        <comment>an audio link&apos;s packet loss, jitter and round-trip time</comment>
        <translation>{loss}&#xa0;% de pérdida · {jitter} ms de jitter · {rtt} ms de RTT</translation>
    </message>
    <message>
        <source>Hand raised — needs help</source>
        <translation>Mano levantada: necesita ayuda</translation>
    </message>
    <message>
        <source>{activity} · {held_back}</source>
        <comment>an agent&apos;s state · why routing holds back</comment>
        <translation>{activity} · {held_back}</translation>
    </message>
    <message numerus="yes">
        <source>{time} · %n offer(s)</source>
        <comment>{time}: time held back today; %n: contacts offered to others meanwhile</comment>
        <translation>
            <numerusform>{time} · %n oferta</numerusform>
            <numerusform>{time} · %n ofertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Break — {reason}</source>
        <translation>Pausa — {reason}</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>an agent&apos;s state</comment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>an agent&apos;s state</comment>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>an agent&apos;s state</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Ringing</source>
        <comment>an agent&apos;s state</comment>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>On a contact</source>
        <comment>an agent&apos;s state</comment>
        <translation>En contacto</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>an agent&apos;s state</comment>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>{count} ({rate})</source>
        <comment>abandoned contacts (their share of those offered)</comment>
        <translation>{count} ({rate})</translation>
    </message>
    <message>
        <source>{share} in {seconds} s</source>
        <comment>service level: {share} of contacts answered within {seconds} seconds</comment>
        <translation>{share} en {seconds} s</translation>
    </message>
    <message>
        <source>No team</source>
        <comment>an agent in no team</comment>
        <translation>Sin equipo</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Equipo {number}</translation>
    </message>
    <message>
        <source>Ref. {number}</source>
        <comment>a short reference for a contact with no name</comment>
        <translation>Ref. {number}</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>a column: callers waiting</comment>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>a column</comment>
        <translation>Mayor espera</translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>a column: contacts offered</comment>
        <translation>Ofrecidos</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation>TME</translation>
    </message>
    <message>
        <source>queue time of answered / answered</source>
        <translation>tiempo en cola de los atendidos / atendidos</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>a column: contacts abandoned</comment>
        <translation>Abandonados</translation>
    </message>
    <message>
        <source>abandoned / offered</source>
        <translation>abandonados / ofrecidos</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>answered within the threshold / (answered + abandoned after the short-abandon time)</source>
        <translation>atendidos dentro del umbral / (atendidos + abandonados tras el tiempo de abandono corto)</translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>a column: average handling time</comment>
        <translation>TMO</translation>
    </message>
    <message>
        <source>(talk + hold + wrap-up) / handled</source>
        <translation>(conversación + espera + cierre) / gestionados</translation>
    </message>
    <message>
        <source>CSAT</source>
        <comment>a column: customer satisfaction</comment>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>customers&apos; mean rating today, 1 to 5</source>
        <translation>valoración media de los clientes hoy, de 1 a 5</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>a column: agents available</comment>
        <translation>Disponibles</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a column: agents busy</comment>
        <translation>Ocupados</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: agents in wrap-up</comment>
        <translation>En cierre</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a column: agents on a break</comment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column: the agent&apos;s team</comment>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: an agent&apos;s state</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>For</source>
        <comment>a column: how long in this state</comment>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>With</source>
        <comment>a column: the customer an agent is with</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>the customer&apos;s name where known, else a short reference to say aloud</source>
        <translation>el nombre del cliente si se conoce; si no, una referencia corta para decirla en voz alta</translation>
    </message>
    <message>
        <source>Handled</source>
        <comment>a column: contacts handled</comment>
        <translation>Gestionados</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Break today</source>
        <comment>a column: time on a break today</comment>
        <translation>Pausa hoy</translation>
    </message>
    <message>
        <source>Held back today</source>
        <comment>a column</comment>
        <translation>Sin ofertas hoy</translation>
    </message>
    <message>
        <source>time offered nothing today because the home connection could not carry a call, and the contacts offered in the agent&apos;s queues meanwhile</source>
        <translation>tiempo sin ofertas hoy porque la conexión doméstica no permitía atender una llamada, y los contactos ofrecidos mientras tanto en las colas del agente</translation>
    </message>
    <message>
        <source>Home link</source>
        <comment>a column: the home connection&apos;s audio</comment>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>loss, jitter and round trip of the audio link</source>
        <translation>pérdida, jitter e ida y vuelta del enlace de audio</translation>
    </message>
    <message>
        <source>MOS</source>
        <comment>a column: mean opinion score, call quality</comment>
        <translation>MOS</translation>
    </message>
    <message>
        <source>call quality the link allows, 1 to 4.5 (ITU-T G.107 E-model, simplified)</source>
        <translation>calidad de llamada que permite el enlace, de 1 a 4,5 (modelo E de la UIT-T G.107, simplificado)</translation>
    </message>
    <message>
        <source>Mic silent</source>
        <comment>a column</comment>
        <translation>Micro sin audio</translation>
    </message>
    <message>
        <source>how long the microphone has been silent or muted in a call</source>
        <translation>cuánto tiempo lleva el micrófono sin sonido o silenciado durante una llamada</translation>
    </message>
    <message>
        <source>Last heard</source>
        <comment>a column</comment>
        <translation>Última señal</translation>
    </message>
    <message>
        <source>time since the desktop&apos;s last message</source>
        <translation>tiempo desde el último mensaje de la aplicación de escritorio</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>agents to look at</comment>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>{count} ({rate})</source>
        <comment>people reached (their share of the calls placed)</comment>
        <translation>{count} ({rate})</translation>
    </message>
    <message>
        <source>Campaign</source>
        <comment>a column</comment>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: a campaign&apos;s state</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>a campaign&apos;s state</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>a campaign&apos;s state</comment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Calls today</source>
        <comment>a column</comment>
        <translation>Llamadas hoy</translation>
    </message>
    <message>
        <source>calls placed today</source>
        <translation>llamadas realizadas hoy</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>a column: people reached</comment>
        <translation>Contactadas</translation>
    </message>
    <message>
        <source>calls today the person called answered</source>
        <translation>llamadas de hoy que contestó la persona llamada</translation>
    </message>
    <message>
        <source>On calls now</source>
        <comment>a column</comment>
        <translation>En llamada ahora</translation>
    </message>
    <message>
        <source>ringing or talking</source>
        <translation>sonando o hablando</translation>
    </message>
    <message>
        <source>People left</source>
        <comment>a column</comment>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>still to reach: waiting or being called</source>
        <translation>por contactar: esperando o en llamada</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Answer</source>
        <comment>a notification&apos;s button</comment>
        <translation>Atender</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a notification&apos;s button</comment>
        <translation>Rechazar</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>You are not logged in: log in again.</source>
        <translation>No ha iniciado sesión: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Check these fields: {fields}</source>
        <comment>dotted names of a form&apos;s fields</comment>
        <translation>Revise estos campos: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has problems on %n line(s): {lines}.</source>
        <comment>{lines} lists the line numbers</comment>
        <translation>
            <numerusform>No se ha importado nada: el archivo tiene problemas en %n línea: {lines}.</numerusform>
            <numerusform>No se ha importado nada: el archivo tiene problemas en %n líneas: {lines}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request ({code}).</source>
        <comment>{code}: a technical code</comment>
        <translation>El servidor ha rechazado la solicitud ({code}).</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>No se ha podido conectar con el servidor.</translation>
    </message>
    <message>
        <source>Could not reach the server: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se ha podido conectar con el servidor: {reason}</translation>
    </message>
    <message>
        <source>The server could not read the request: update the app, or tell your administrator.</source>
        <translation>El servidor no ha podido leer la solicitud: actualice la aplicación o avise a su administrador.</translation>
    </message>
    <message>
        <source>That is too large for the server to take.</source>
        <translation>Es demasiado grande para el servidor.</translation>
    </message>
    <message>
        <source>This app is too old or too new for the server: update it.</source>
        <translation>Esta aplicación es demasiado antigua o demasiado nueva para el servidor: actualícela.</translation>
    </message>
    <message>
        <source>The server does not know this request: update the app.</source>
        <translation>El servidor no reconoce esta solicitud: actualice la aplicación.</translation>
    </message>
    <message>
        <source>The customer&apos;s page sent something the server could not read.</source>
        <translation>La página del cliente ha enviado algo que el servidor no ha podido leer.</translation>
    </message>
    <message>
        <source>Your session has ended: log in again.</source>
        <translation>Su sesión ha finalizado: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute and try again.</source>
        <translation>Demasiados intentos: espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>No tiene permiso para hacer eso.</translation>
    </message>
    <message>
        <source>The server did not accept what was sent: check it and try again.</source>
        <translation>El servidor no ha aceptado los datos enviados: revíselos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>It is no longer there: someone may have deleted it. Refresh and try again.</source>
        <translation>Ya no existe: es posible que alguien lo haya eliminado. Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That clashes with what is there already (a name in use, or a change made meanwhile). Refresh and try again.</source>
        <translation>Entra en conflicto con lo que ya existe (un nombre en uso o un cambio hecho mientras tanto). Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server does not allow this request: update the app.</source>
        <translation>El servidor no permite esta solicitud: actualice la aplicación.</translation>
    </message>
    <message>
        <source>The server does not take this kind of file or data.</source>
        <translation>El servidor no acepta este tipo de archivo o de datos.</translation>
    </message>
    <message>
        <source>The file has problems: nothing was imported.</source>
        <translation>El archivo tiene problemas: no se ha importado nada.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor ha rechazado la solicitud.</translation>
    </message>
    <message>
        <source>The queue still has calls or chats: try again once they are done.</source>
        <translation>La cola aún tiene llamadas o chats: inténtelo de nuevo cuando terminen.</translation>
    </message>
    <message>
        <source>The agent is busy.</source>
        <translation>El agente está ocupado.</translation>
    </message>
    <message>
        <source>The agent is not available.</source>
        <translation>El agente no está disponible.</translation>
    </message>
    <message>
        <source>That call or chat exists already.</source>
        <translation>Esa llamada o chat ya existe.</translation>
    </message>
    <message>
        <source>The offer is gone: someone else took it, or the customer left.</source>
        <translation>La oferta ya no está disponible: otra persona la ha aceptado o el cliente se ha ido.</translation>
    </message>
    <message>
        <source>Not connected to the server: wait for the connection to come back and try again.</source>
        <translation>Sin conexión con el servidor: espere a que vuelva la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That can only be done during wrap-up.</source>
        <translation>Solo se puede hacer durante el cierre.</translation>
    </message>
    <message>
        <source>That can only be done during a call or chat.</source>
        <translation>Solo se puede hacer durante una llamada o un chat.</translation>
    </message>
    <message>
        <source>This account cannot take calls or chats.</source>
        <translation>Esta cuenta no puede recibir llamadas ni chats.</translation>
    </message>
    <message>
        <source>That transfer is not possible.</source>
        <translation>Esa transferencia no es posible.</translation>
    </message>
    <message>
        <source>That queue is no longer there. Refresh and try again.</source>
        <translation>Esa cola ya no existe. Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That agent is no longer there. Refresh and try again.</source>
        <translation>Ese agente ya no existe. Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That call or chat is over.</source>
        <translation>Esa llamada o chat ha finalizado.</translation>
    </message>
    <message>
        <source>The server does not offer that.</source>
        <translation>El servidor no ofrece esa función.</translation>
    </message>
    <message>
        <source>That reason is no longer there. Refresh and try again.</source>
        <translation>Ese motivo ya no existe. Actualice e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: nothing was saved. Tell your administrator.</source>
        <translation>El disco del servidor está lleno: no se ha guardado nada. Avise a su administrador.</translation>
    </message>
    <message>
        <source>That can only be done on a phone call.</source>
        <translation>Solo se puede hacer en una llamada telefónica.</translation>
    </message>
    <message>
        <source>That can only be done in a chat.</source>
        <translation>Solo se puede hacer en un chat.</translation>
    </message>
    <message>
        <source>The audio could not be set up: try again, or check your headset.</source>
        <translation>No se ha podido configurar el audio: inténtelo de nuevo o revise sus auriculares.</translation>
    </message>
    <message>
        <source>There is no audio link to the server: connect your headset first.</source>
        <translation>No hay enlace de audio con el servidor: conecte primero sus auriculares.</translation>
    </message>
    <message>
        <source>Another supervisor is listening to this call.</source>
        <translation>Otro supervisor ya está escuchando esta llamada.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again; if it keeps happening, tell your administrator.</source>
        <translation>Se ha producido un error en el servidor. Inténtelo de nuevo; si sigue ocurriendo, avise a su administrador.</translation>
    </message>
    <message>
        <source>It is closed now: try again later.</source>
        <translation>Ahora está cerrado: inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>That choice is not on offer.</source>
        <translation>Esa opción no está disponible.</translation>
    </message>
    <message>
        <source>Too many calls at once: try again shortly.</source>
        <translation>Demasiadas llamadas a la vez: inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>Too many calls or chats from one address: try again shortly.</source>
        <translation>Demasiadas llamadas o chats desde una misma dirección: inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>Too many chats at once: try again shortly.</source>
        <translation>Demasiados chats a la vez: inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <source>Chat is not available right now.</source>
        <translation>El chat no está disponible en este momento.</translation>
    </message>
    <message>
        <source>The chat has ended.</source>
        <translation>El chat ha finalizado.</translation>
    </message>
    <message>
        <source>Too fast: wait a moment and try again.</source>
        <translation>Demasiado rápido: espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That can only be done once it is over.</source>
        <translation>Solo se puede hacer cuando haya finalizado.</translation>
    </message>
    <message>
        <source>It has been rated already.</source>
        <translation>Ya se ha valorado.</translation>
    </message>
    <message>
        <source>The server did not answer in time: check the connection and try again.</source>
        <translation>El servidor no ha respondido a tiempo: compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ui.admin.agents</name>
    <message>
        <source>Agent</source>
        <comment>a role</comment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <comment>a role</comment>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>a role</comment>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: takes calls, can log in</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: takes calls, can log in</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Password for {name}</source>
        <comment>a window title</comment>
        <translation>Contraseña de {name}</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>a button: copy the password</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copies the password, without the spaces</source>
        <translation>Copiar la contraseña sin los espacios</translation>
    </message>
    <message>
        <source>Give {name} the user name {username} and this password. It is shown only now: copy it before you close this.</source>
        <translation>Dé a {name} el nombre de usuario {username} y esta contraseña. Solo se muestra ahora: cópiela antes de cerrar esta ventana.</translation>
    </message>
    <message>
        <source>The spaces only make it easier to read: type it without them.</source>
        <translation>Los espacios solo facilitan la lectura: escríbala sin ellos.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: a person&apos;s</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>a column: the user name</comment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>a column</comment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column</comment>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>a column</comment>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a column: takes calls</comment>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a column: chats at once</comment>
        <translation>Chats</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a column: e-mail threads at once</comment>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a column: can log in</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>New agent</source>
        <comment>a button</comment>
        <translation>Nuevo agente</translation>
    </message>
    <message>
        <source>Double-click a team to rename it</source>
        <translation>Haga doble clic en un equipo para cambiarle el nombre</translation>
    </message>
    <message>
        <source>New team name</source>
        <translation>Nombre del nuevo equipo</translation>
    </message>
    <message>
        <source>Add team</source>
        <comment>a button</comment>
        <translation>Añadir equipo</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a group&apos;s title</comment>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <comment>an example of a person&apos;s name</comment>
        <translation>p. ej. Ada Lovelace</translation>
    </message>
    <message>
        <source>ada.lovelace</source>
        <comment>an example of a login: letters, digits, . _ @ -</comment>
        <translation>ada.lovelace</translation>
    </message>
    <message>
        <source>leave empty: Callnest makes one up</source>
        <comment>a password</comment>
        <translation>déjela vacía: Callnest crea una</translation>
    </message>
    <message>
        <source>Takes calls (one at a time)</source>
        <translation>Recibe llamadas (de una en una)</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>a suffix after a number of chats</comment>
        <translation> a la vez</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>a suffix after a number of e-mail threads</comment>
        <translation> a la vez</translation>
    </message>
    <message>
        <source>How many customers&apos; e-mail threads they answer at once</source>
        <translation>Cuántas conversaciones de correo con clientes atiende a la vez</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Puede iniciar sesión</translation>
    </message>
    <message>
        <source>New skill, e.g. French</source>
        <translation>Nueva habilidad, p. ej. francés</translation>
    </message>
    <message>
        <source>Add skill</source>
        <comment>a button</comment>
        <translation>Añadir habilidad</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: a person&apos;s</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>a form&apos;s label: the user name</comment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>a form&apos;s label</comment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a form&apos;s label</comment>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a form&apos;s label: takes calls</comment>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a form&apos;s label: chats at once</comment>
        <translation>Chats</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a form&apos;s label: e-mail threads at once</comment>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a form&apos;s label: can log in</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>a form&apos;s label</comment>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <comment>a button</comment>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <comment>a button: stop someone logging in</comment>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Skills (tick, then set the level, 1 to 10)</source>
        <translation>Habilidades (márquelas y elija el nivel, de 1 a 10)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <source>New agent</source>
        <comment>the form&apos;s title</comment>
        <translation>Nuevo agente</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a person&apos;s name</comment>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Introduzca el nombre de la persona.</translation>
    </message>
    <message>
        <source>The login takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).</source>
        <translation>El usuario debe tener de 2 a 64 letras, cifras y . _ @ - (p. ej. ada.lovelace).</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>La contraseña debe tener al menos %n carácter.</numerusform>
            <numerusform>La contraseña debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created {name}.</source>
        <comment>a person&apos;s name</comment>
        <translation>Se ha creado {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <comment>a person&apos;s name</comment>
        <translation>Se ha guardado {name}.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <comment>a window title</comment>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Make up a new password for {name}? The old one stops working at once.</source>
        <translation>¿Crear una contraseña nueva para {name}? La anterior dejará de funcionar de inmediato.</translation>
    </message>
    <message>
        <source>New password made for {name}.</source>
        <translation>Se ha creado una contraseña nueva para {name}.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title: stop someone logging in</comment>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Deactivate {name}? They are logged out now and cannot log in again; their history stays. Tick Active and save to undo.</source>
        <comment>Active: the form&apos;s label of that name</comment>
        <translation>¿Desactivar a {name}? Su sesión se cerrará ahora y no podrá volver a iniciarla; su historial se conserva. Para deshacerlo, marque Activo y guarde.</translation>
    </message>
    <message>
        <source>Deactivated {name}.</source>
        <translation>Se ha desactivado a {name}.</translation>
    </message>
    <message>
        <source>Type the new team&apos;s name first.</source>
        <translation>Escriba primero el nombre del nuevo equipo.</translation>
    </message>
    <message>
        <source>Created team {name}.</source>
        <translation>Se ha creado el equipo {name}.</translation>
    </message>
    <message>
        <source>Renamed team {before} to {after}.</source>
        <translation>Se ha cambiado el nombre del equipo {before} a {after}.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Un equipo necesita un nombre.</translation>
    </message>
    <message>
        <source>Type the new skill&apos;s name first.</source>
        <translation>Escriba primero el nombre de la nueva habilidad.</translation>
    </message>
    <message>
        <source>Created skill {name}.</source>
        <translation>Se ha creado la habilidad {name}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.backups</name>
    <message>
        <source>daily</source>
        <comment>why a backup was taken: the schedule</comment>
        <translation>diaria</translation>
    </message>
    <message>
        <source>by hand</source>
        <comment>why a backup was taken: Back up now</comment>
        <translation>manual</translation>
    </message>
    <message>
        <source>Back up every day</source>
        <translation>Hacer copia de seguridad cada día</translation>
    </message>
    <message>
        <source>At</source>
        <comment>a form&apos;s label: the time of day backups run</comment>
        <translation>A las</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>a form&apos;s label</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>The server&apos;s local time; pick a quiet hour</source>
        <translation>Hora local del servidor; elija una hora tranquila</translation>
    </message>
    <message>
        <source>A folder on the server&apos;s machine: best on another disk</source>
        <translation>Una carpeta en el equipo del servidor: mejor en otro disco</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>a suffix after a number: how many kept</comment>
        <translation>
            <numerusform> copia</numerusform>
            <numerusform> copias</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>a field: how many backups are kept</comment>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <comment>a form&apos;s label: how many backups</comment>
        <translation>Conservar las más recientes</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Schedule</source>
        <comment>when backups are taken</comment>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Back up now</source>
        <comment>a button</comment>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>a column: when a backup was taken</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column: why a backup was taken</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>a column</comment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Recordings</source>
        <comment>a column: how many recordings</comment>
        <translation>Grabaciones</translation>
    </message>
    <message>
        <source>A backup on another disk or a network share outlives this machine&apos;s disk. To bring one back on a new machine: callnest-server restore --from FOLDER --data-dir NEW</source>
        <comment>the command is typed as it is: leave callnest-server restore --from --data-dir in English (FOLDER and NEW may be translated)</comment>
        <translation>Una copia de seguridad en otro disco o en una unidad de red sobrevive al disco de este equipo. Para restaurarla en un equipo nuevo: callnest-server restore --from CARPETA --data-dir NUEVA</translation>
    </message>
    <message>
        <source>Backup schedule saved: into {folder}.</source>
        <comment>{folder}: a path</comment>
        <translation>Programación de copias de seguridad guardada: en {folder}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.callbacks</name>
    <message>
        <source>A callback is a call the center owes a customer. A caller waiting in line may leave their number (key 1 on the phone, or the caller page&apos;s button) and keep their place; a customer may ask for a time on the web form, or an agent at wrap-up. When its turn comes an agent sees the customer&apos;s card, then the call is placed, and tried again if it does not reach them. A queue offers callbacks to waiting callers once ticked so in the Queues tab.</source>
        <translation>Una devolución de llamada es una llamada que el centro debe a un cliente. Quien espera en la cola puede dejar su número (tecla 1 en el teléfono o el botón de la página de llamada) y conservar su lugar; un cliente puede pedir una hora en el formulario web, o un agente durante el cierre. Cuando llega su turno, un agente ve la ficha del cliente, se realiza la llamada y se vuelve a intentar si no se localiza al cliente. Una cola ofrece devoluciones de llamada a quienes esperan si se marca así en la pestaña Colas.</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a filter: callbacks still owed</comment>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a filter: callbacks done</comment>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a filter: callbacks that failed</comment>
        <translation>Fallidas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a filter: called off</comment>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>All</source>
        <comment>a filter: every callback</comment>
        <translation>Todas</translation>
    </message>
    <message>
        <source>No callbacks are owed right now.</source>
        <translation>No hay devoluciones de llamada pendientes en este momento.</translation>
    </message>
    <message>
        <source>No callback has reached its customer yet.</source>
        <translation>Ninguna devolución de llamada ha contactado aún con su cliente.</translation>
    </message>
    <message>
        <source>No callback has failed.</source>
        <translation>Ninguna devolución de llamada ha fallado.</translation>
    </message>
    <message>
        <source>No callback has been called off.</source>
        <translation>No se ha cancelado ninguna devolución de llamada.</translation>
    </message>
    <message>
        <source>No callbacks yet.</source>
        <translation>Aún no hay devoluciones de llamada.</translation>
    </message>
    <message>
        <source>It is done already</source>
        <comment>a callback</comment>
        <translation>Ya está realizada</translation>
    </message>
    <message>
        <source>It is failed already</source>
        <comment>a callback</comment>
        <translation>Ya ha fallado</translation>
    </message>
    <message>
        <source>It is cancelled already</source>
        <comment>a callback</comment>
        <translation>Ya está cancelada</translation>
    </message>
    <message>
        <source>It is {status} already</source>
        <comment>{status}: a callback&apos;s status</comment>
        <translation>Ya está {status}</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a column: when a callback is due</comment>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>on this computer&apos;s clock</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>según el reloj de este equipo</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a column</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>a column: who asked for it</comment>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <comment>a column: calls made</comment>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <comment>a column: how the last call ended</comment>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>a column</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Call off…</source>
        <comment>a button: cancel the callback</comment>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>then a filter</comment>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) (the first {limit} of a status).</source>
        <translation>
            <numerusform>%n devolución de llamada (las primeras {limit} de cada estado).</numerusform>
            <numerusform>%n devoluciones de llamada (las primeras {limit} de cada estado).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s).</source>
        <translation>
            <numerusform>%n devolución de llamada.</numerusform>
            <numerusform>%n devoluciones de llamada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an open callback to call it off</source>
        <translation>Elija una devolución de llamada pendiente para cancelarla</translation>
    </message>
    <message>
        <source>It is being dialled: it cannot be called off now</source>
        <translation>Se está marcando: ahora no se puede cancelar</translation>
    </message>
    <message>
        <source>The customer is not called (nor told)</source>
        <translation>No se llamará al cliente (ni se le avisará)</translation>
    </message>
    <message>
        <source>Call off callback</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Cancelar devolución de llamada</translation>
    </message>
    <message>
        <source>Call off the callback to {who}, due {due}? They will not be called, and nobody tells them.</source>
        <comment>{who}: a customer&apos;s name or number; {due}: a date and time</comment>
        <translation>¿Cancelar la devolución de llamada a {who}, prevista para {due}? No se le llamará y nadie se lo comunicará.</translation>
    </message>
    <message>
        <source>The callback to {who} is called off.</source>
        <translation>Se ha cancelado la devolución de llamada a {who}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_add_people</name>
    <message>
        <source>One person a line: their number, then a comma and their name if you have it.</source>
        <translation>Una persona por línea: su número y, si lo tiene, una coma y su nombre.</translation>
    </message>
    <message>
        <source>Name, phone or e-mail, as in the Customers tab</source>
        <translation>Nombre, teléfono o correo electrónico, como en la pestaña Clientes</translation>
    </message>
    <message>
        <source>Find</source>
        <comment>a button: search</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Every customer the search finds is added, with their first number.</source>
        <translation>Se añaden todos los clientes que encuentre la búsqueda, con su primer número.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <comment>a tab: numbers typed</comment>
        <translation>Números</translation>
    </message>
    <message>
        <source>Customers a search finds</source>
        <comment>a tab</comment>
        <translation>Clientes de una búsqueda</translation>
    </message>
    <message>
        <source>None: every number has + and its country code</source>
        <comment>the country national numbers are read in: none</comment>
        <translation>Ninguno: todos los números llevan + y su prefijo de país</translation>
    </message>
    <message>
        <source>The country of the queue&apos;s caller ID, {number}.</source>
        <translation>El país del identificador de llamada de la cola, {number}.</translation>
    </message>
    <message>
        <source>The queue&apos;s caller ID does not tell its country: choose one if you need to.</source>
        <translation>El identificador de llamada de la cola no indica su país: elija uno si lo necesita.</translation>
    </message>
    <message>
        <source>Numbers without + are from</source>
        <comment>then a list of countries</comment>
        <translation>Los números sin + son de</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <comment>a button</comment>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <source>%v of %m people sent</source>
        <comment>a progress bar: keep %v (sent so far) and %m (all)</comment>
        <translation>%v de %m personas enviadas</translation>
    </message>
    <message>
        <source>Find first: the matches are counted before anyone is added</source>
        <translation>Busque primero: las coincidencias se cuentan antes de añadir a nadie</translation>
    </message>
    <message>
        <source>Type or paste the numbers to call, one a line.</source>
        <translation>Escriba o pegue los números a los que llamar, uno por línea.</translation>
    </message>
    <message>
        <source>Adding the customers who match “{search}”…</source>
        <translation>Añadiendo los clientes que coinciden con «{search}»…</translation>
    </message>
    <message>
        <source>{result} (the first {sent} of {total} were sent, the rest were not)</source>
        <comment>{result}: what came of the sends (Added 480 · 15 already listed · 5 refused)</comment>
        <translation>{result} (se enviaron los primeros {sent} de {total}; el resto no)</translation>
    </message>
    <message>
        <source>“{name}”: {result}.</source>
        <translation>«{name}»: {result}.</translation>
    </message>
    <message>
        <source>Add people to “{name}”</source>
        <comment>a window&apos;s title</comment>
        <translation>Añadir personas a «{name}»</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_editor</name>
    <message>
        <source>Mon</source>
        <comment>Monday, shortened: a checkbox</comment>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>Tuesday, shortened: a checkbox</comment>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>Wednesday, shortened: a checkbox</comment>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>Thursday, shortened: a checkbox</comment>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>Friday, shortened: a checkbox</comment>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>Saturday, shortened: a checkbox</comment>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>Sunday, shortened: a checkbox</comment>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>e.g. Spring renewals</source>
        <comment>a campaign&apos;s name</comment>
        <translation>p. ej. Renovaciones de primavera</translation>
    </message>
    <message>
        <source>Its agents take the campaign&apos;s calls; people see its caller ID (Queues tab)</source>
        <translation>Sus agentes atienden las llamadas de la campaña; las personas llamadas ven su identificador de llamada (pestaña Colas)</translation>
    </message>
    <message>
        <source>What the agents read on the campaign&apos;s card and calls</source>
        <translation>Lo que leen los agentes en la ficha y en las llamadas de la campaña</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the agent reads the card before the call goes out</source>
        <translation>Cuánto tiempo lee el agente la ficha antes de que salga la llamada</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a campaign&apos;s</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Calls go out</source>
        <comment>preview or progressive</comment>
        <translation>Marcación</translation>
    </message>
    <message>
        <source>Card shown for</source>
        <comment>then a number of seconds</comment>
        <translation>Ficha visible durante</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Horario de llamadas</translation>
    </message>
    <message>
        <source>Trying again</source>
        <comment>calling a person again</comment>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Counts as a success</source>
        <translation>Cuenta como éxito</translation>
    </message>
    <message>
        <source>Means an answering machine</source>
        <translation>Indica contestador automático</translation>
    </message>
    <message>
        <source>The report&apos;s conversion: the people reached who end with one of these.</source>
        <translation>La conversión del informe: las personas contactadas que terminan con una de estas.</translation>
    </message>
    <message>
        <source>The agent says so with one of these: the person is called again after the answering machine&apos;s wait.</source>
        <translation>El agente lo indica con una de estas: se vuelve a llamar a la persona tras la espera del contestador automático.</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Each country&apos;s default hours</source>
        <translation>Horario predeterminado de cada país</translation>
    </message>
    <message>
        <source>One window for everyone:</source>
        <comment>calling hours</comment>
        <translation>Un mismo horario para todos:</translation>
    </message>
    <message>
        <source>from</source>
        <comment>calling hours: from 09:00</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <comment>calling hours: to 20:00</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>On each person&apos;s own clock. A country&apos;s default keeps to its law where we know one (Spain: weekdays 09:00-21:00; Russia and the US: Monday to Saturday 09:00-20:00); elsewhere, weekdays 09:00-20:00.</source>
        <translation>Según la hora local de cada persona. El horario predeterminado de un país respeta su ley cuando la conocemos (España: días laborables 09:00-21:00; Rusia y EE. UU.: de lunes a sábado 09:00-20:00); en los demás, días laborables 09:00-20:00.</translation>
    </message>
    <message>
        <source>Calls to one person at most, the first included</source>
        <translation>Llamadas a una misma persona como máximo, incluida la primera</translation>
    </message>
    <message>
        <source>Calls to a person, at most</source>
        <translation>Máximo de llamadas por persona</translation>
    </message>
    <message>
        <source>Then wait, after a call that was…</source>
        <comment>followed by rows: Busy, No answer... and the minutes to wait</comment>
        <translation>Después, esperar tras una llamada con resultado…</translation>
    </message>
    <message>
        <source>not again</source>
        <comment>an empty wait: no retry</comment>
        <translation>no reintentar</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>after a wait&apos;s field</comment>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Leave a wait empty not to call again after that outcome.</source>
        <translation>Deje una espera vacía para no volver a llamar tras ese resultado.</translation>
    </message>
    <message>
        <source>The queue&apos;s script</source>
        <translation>El guion de la cola</translation>
    </message>
    <message>
        <source>New campaign</source>
        <comment>a heading</comment>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Campaign “{name}”</source>
        <comment>a heading</comment>
        <translation>Campaña «{name}»</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Dé un nombre a la campaña.</translation>
    </message>
    <message>
        <source>Make a queue first (Queues tab): its agents take the campaign&apos;s calls.</source>
        <translation>Cree primero una cola (pestaña Colas): sus agentes atienden las llamadas de la campaña.</translation>
    </message>
    <message>
        <source>Campaign “{name}” created.</source>
        <translation>Se ha creado la campaña «{name}».</translation>
    </message>
    <message>
        <source>Campaign “{name}” saved.</source>
        <translation>Se ha guardado la campaña «{name}».</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_people</name>
    <message>
        <source>As soon as the hours allow</source>
        <comment>when a person is called next</comment>
        <translation>En cuanto lo permita el horario</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: a person&apos;s</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Calls made</source>
        <comment>a column: how many</comment>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Last call</source>
        <comment>a column: how it ended</comment>
        <translation>Última llamada</translation>
    </message>
    <message>
        <source>Next call</source>
        <comment>a column: when</comment>
        <translation>Próxima llamada</translation>
    </message>
    <message>
        <source>on this computer&apos;s clock</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>según el reloj de este equipo</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>Everyone</source>
        <comment>a filter: people of any status</comment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>a button: the page before</comment>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>a button: the page after</comment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>then a filter</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Personas de la lista</translation>
    </message>
    <message>
        <source>Nobody here.</source>
        <comment>an empty page of people</comment>
        <translation>No hay nadie.</translation>
    </message>
    <message>
        <source>People {first} to {last} of {total}</source>
        <translation>Personas {first} a {last} de {total}</translation>
    </message>
    <message>
        <source>People {first} to {last}</source>
        <translation>Personas {first} a {last}</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_report</name>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>How the calls ended</source>
        <translation>Cómo terminaron las llamadas</translation>
    </message>
    <message>
        <source>Dispositions of the people reached</source>
        <translation>Tipificaciones de las personas contactadas</translation>
    </message>
    <message>
        <source>The list</source>
        <comment>where a campaign&apos;s list stands</comment>
        <translation>La lista</translation>
    </message>
    <message>
        <source>Agents&apos; time on the campaign</source>
        <translation>Tiempo de los agentes en la campaña</translation>
    </message>
    <message>
        <source>“{name}” as of {time}.</source>
        <translation>«{name}», a las {time}.</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>Leyendo «{name}»…</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaigns</name>
    <message>
        <source>Campaign “{name}” is running.</source>
        <translation>La campaña «{name}» está en curso.</translation>
    </message>
    <message>
        <source>Campaign “{name}” is paused.</source>
        <translation>La campaña «{name}» está en pausa.</translation>
    </message>
    <message>
        <source>Campaign “{name}” is finished.</source>
        <translation>La campaña «{name}» ha finalizado.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <comment>a column</comment>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Calls go out</source>
        <comment>a column: the mode</comment>
        <translation>Marcación</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>a column</comment>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>a column: when</comment>
        <translation>Creada</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Añadir personas…</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>a button: start the campaign</comment>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>a button: pause the campaign</comment>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Finish…</source>
        <comment>a button: finish the campaign</comment>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>You may read campaigns; only the owner changes them.</source>
        <translation>Puede consultar las campañas; solo el propietario puede modificarlas.</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>a tab</comment>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>a tab</comment>
        <translation>Informe</translation>
    </message>
    <message>
        <source>People</source>
        <comment>a tab: a campaign&apos;s list</comment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Queue #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Cola n.º {id}</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a button: resume the campaign</comment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause it first: a running campaign cannot be deleted</source>
        <translation>Páusela primero: una campaña en curso no se puede eliminar</translation>
    </message>
    <message>
        <source>Finish campaign</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Finalizar campaña</translation>
    </message>
    <message>
        <source>Finish “{name}”? Nobody more on its list is called, and it cannot be started again. Its report stays.</source>
        <translation>¿Finalizar «{name}»? No se llamará a nadie más de su lista y no se podrá volver a iniciar. Su informe se conserva.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its list of %n people? Its report goes with it; its calls stay in Interactions and Reports.</source>
        <translation>
            <numerusform>¿Eliminar «{name}» y su lista de %n persona? Su informe se elimina con ella; sus llamadas se conservan en Interacciones e Informes.</numerusform>
            <numerusform>¿Eliminar «{name}» y su lista de %n personas? Su informe se elimina con ella; sus llamadas se conservan en Interacciones e Informes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”? Its report goes with it; its calls stay in Interactions and Reports.</source>
        <translation>¿Eliminar «{name}»? Su informe se elimina con ella; sus llamadas se conservan en Interacciones e Informes.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Campaign “{name}” deleted.</source>
        <translation>Se ha eliminado la campaña «{name}».</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <comment>a tab</comment>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <comment>a tab</comment>
        <translation>Lista de no llamar</translation>
    </message>
</context>
<context>
    <name>ui.admin.charts</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>On a contact</source>
        <translation>En contacto</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>goal {goal}%</source>
        <comment>the service-level goal: goal 80%</comment>
        <translation>objetivo {goal}&#xa0;%</translation>
    </message>
    <message>
        <source>No figures for this period.</source>
        <translation>No hay datos para este periodo.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecidos</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonados</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <comment>a chart&apos;s title</comment>
        <translation>Contactos por intervalo</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>an axis&apos; title</comment>
        <translation>contactos</translation>
    </message>
    <message>
        <source>interval starting</source>
        <comment>an axis&apos; title</comment>
        <translation>inicio del intervalo</translation>
    </message>
    <message>
        <source>Service level through the day</source>
        <comment>a chart&apos;s title</comment>
        <translation>Nivel de servicio a lo largo del día</translation>
    </message>
    <message>
        <source>service level %</source>
        <comment>an axis&apos; title</comment>
        <translation>nivel de servicio (%)</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>the chart&apos;s line: answered in time</comment>
        <translation>Atendidos</translation>
    </message>
    <message>
        <source>Answered within {seconds} s</source>
        <translation>Atendidos en {seconds} s</translation>
    </message>
    <message>
        <source>goal {goal}% within {seconds} s</source>
        <comment>the service-level goal: goal 80% within 20 s</comment>
        <translation>objetivo {goal}&#xa0;% en {seconds} s</translation>
    </message>
    <message>
        <source>Agent states</source>
        <comment>a chart&apos;s title</comment>
        <translation>Estados de los agentes</translation>
    </message>
    <message>
        <source>blank: logged out</source>
        <comment>the chart&apos;s legend: no colour means</comment>
        <translation>en blanco: sesión cerrada</translation>
    </message>
</context>
<context>
    <name>ui.admin.customers</name>
    <message>
        <source>{size} MB</source>
        <comment>megabytes</comment>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <comment>kilobytes</comment>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the customer&apos;s</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a column: phone numbers</comment>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a column: e-mail addresses</comment>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a column</comment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Name, phone (any format) or e-mail</source>
        <translation>Nombre, teléfono (cualquier formato) o correo electrónico</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>a button</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>New customer</source>
        <comment>a button</comment>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <comment>a button</comment>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Field</source>
        <comment>a column: a custom field&apos;s name</comment>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a column: a custom field&apos;s value</comment>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add field</source>
        <comment>a button: a custom field</comment>
        <translation>Añadir campo</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a field</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a field</comment>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a field</comment>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a field</comment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <comment>a field</comment>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <comment>a button</comment>
        <translation>Exportar sus datos…</translation>
    </message>
    <message>
        <source>Everything kept about this customer, as a zip: their card, interactions, chat transcripts and recordings (for an access request)</source>
        <translation>Todo lo que se guarda sobre este cliente, en un zip: su ficha, interacciones, transcripciones de chat y grabaciones (para una solicitud de acceso)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <comment>a button</comment>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Erase this customer for good: their card, the names, notes and recordings of their calls and chats, and their chat transcripts</source>
        <translation>Borrar a este cliente definitivamente: su ficha, los nombres, notas y grabaciones de sus llamadas y chats, y sus transcripciones de chat</translation>
    </message>
    <message>
        <source>History (latest interactions)</source>
        <translation>Historial (últimas interacciones)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match “{text}”.</source>
        <translation>
            <numerusform>%n cliente coincide con «{text}».</numerusform>
            <numerusform>%n clientes coinciden con «{text}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s).</source>
        <translation>
            <numerusform>%n cliente.</numerusform>
            <numerusform>%n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>give the customer a name</source>
        <translation>dé un nombre al cliente</translation>
    </message>
    <message>
        <source>Customer “{name}” added.</source>
        <translation>Se ha añadido el cliente «{name}».</translation>
    </message>
    <message>
        <source>Customer “{name}” saved.</source>
        <translation>Se ha guardado el cliente «{name}».</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Delete “{name}” and their details? Their past interactions stay, unnamed.</source>
        <translation>¿Eliminar a «{name}» y sus datos? Sus interacciones anteriores se conservan, sin nombre.</translation>
    </message>
    <message>
        <source>Customer “{name}” deleted.</source>
        <translation>Se ha eliminado el cliente «{name}».</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Exportar los datos del cliente</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting everything kept about “{name}”…</source>
        <translation>Exportando todo lo que se guarda sobre «{name}»…</translation>
    </message>
    <message>
        <source>Everything kept about “{name}” is in {file} ({size}).</source>
        <translation>Todo lo que se guarda sobre «{name}» está en {file} ({size}).</translation>
    </message>
    <message>
        <source>Erase “{name}” for good? Their card, the names, notes and recordings of their calls and chats, and their chat transcripts are deleted; the reports keep the calls, unnamed. This cannot be undone.</source>
        <translation>¿Borrar a «{name}» definitivamente? Se eliminan su ficha, los nombres, notas y grabaciones de sus llamadas y chats, y sus transcripciones de chat; los informes conservan las llamadas, sin nombre. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <source>“{name}” erased: {interactions}, {chats}, {recordings}.</source>
        <comment>{interactions}: 3 interactions; {chats}: 2 chats; {recordings}: 1 recording</comment>
        <translation>Se ha borrado «{name}»: {interactions}, {chats}, {recordings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n interacción</numerusform>
            <numerusform>%n interacciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n chat</numerusform>
            <numerusform>%n chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n grabación</numerusform>
            <numerusform>%n grabaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these recording files by hand: {files}</source>
        <comment>{files}: the files&apos; names, comma-separated</comment>
        <translation>Elimine a mano estos archivos de grabación: {files}</translation>
    </message>
    <message>
        <source>Import customers</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filters</comment>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export customers</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>No se ha podido leer {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size}; the limit is 10 MB: split it.</source>
        <translation>{file} ocupa {size}; el límite es de 10 MB: divídalo.</translation>
    </message>
    <message>
        <source>Importing {file} ({size})… nothing changes unless every row is fine.</source>
        <translation>Importando {file} ({size})… no se cambia nada a menos que todas las filas sean correctas.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n customer(s) created, {updated} updated.</source>
        <comment>{updated}: how many other customers were updated</comment>
        <translation>
            <numerusform>{file}: %n cliente creado, {updated} actualizados.</numerusform>
            <numerusform>{file}: %n clientes creados, {updated} actualizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <comment>{problem}: what the server found wrong in the file&apos;s line</comment>
        <translation>Línea {line}: {problem}</translation>
    </message>
    <message>
        <source>Exporting every customer…</source>
        <translation>Exportando todos los clientes…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {file} ({size}).</source>
        <translation>
            <numerusform>Se ha exportado %n cliente a {file} ({size}).</numerusform>
            <numerusform>Se han exportado %n clientes a {file} ({size}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>No se ha podido escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>New customer</source>
        <comment>the form&apos;s title</comment>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <comment>the form&apos;s title: the customer&apos;s number</comment>
        <translation>Cliente {id}</translation>
    </message>
</context>
<context>
    <name>ui.admin.do_not_call</name>
    <message>
        <source>Every campaign</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Applies to</source>
        <comment>a column: which campaigns</comment>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>a column: why it is listed</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Added by</source>
        <comment>a column: who listed it</comment>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>When</source>
        <comment>a column: when it was listed</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Which campaigns may not call it (an import uses this too)</source>
        <translation>Qué campañas no pueden llamarlo (también se aplica a una importación)</translation>
    </message>
    <message>
        <source>e.g. asked on the phone</source>
        <comment>an example of a reason</comment>
        <translation>p. ej. lo pidió por teléfono</translation>
    </message>
    <message>
        <source>Why (an import uses this where its file gives no reason)</source>
        <translation>Motivo (una importación lo usa cuando su archivo no indica ninguno)</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>a button: add the number to the list</comment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a field: a phone number</comment>
        <translation>Número</translation>
    </message>
    <message>
        <source>For</source>
        <comment>a field: the campaigns it applies to</comment>
        <translation>Para</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>a field: why it is listed</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>a button: take the number off</comment>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <comment>a button</comment>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>A file of numbers: one a line, or a CSV with a “number” column (and a “reason” column, if you like)</source>
        <comment>“number” and “reason” are a file&apos;s column names: keep them in English</comment>
        <translation>Un archivo de números: uno por línea, o un CSV con una columna «number» (y una columna «reason», si lo desea)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>%v of %m numbers sent</source>
        <comment>a progress bar: Qt puts the numbers sent for %v and all of them for %m</comment>
        <translation>%v de %m números enviados</translation>
    </message>
    <message>
        <source>Numbers not to call</source>
        <translation>Números a los que no llamar</translation>
    </message>
    <message>
        <source>Only the owner adds numbers to the list or takes them off.</source>
        <translation>Solo el propietario puede añadir números a la lista o quitarlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the list.</source>
        <comment>phone numbers on the do-not-call list</comment>
        <translation>
            <numerusform>%n número en la lista.</numerusform>
            <numerusform>%n números en la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>No numbers on the list.</source>
        <translation>No hay números en la lista.</translation>
    </message>
    <message>
        <source>Only campaign #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Solo la campaña n.º {id}</translation>
    </message>
    <message>
        <source>User #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Usuario n.º {id}</translation>
    </message>
    <message>
        <source>Type the number never to call.</source>
        <translation>Escriba el número al que no se debe llamar nunca.</translation>
    </message>
    <message>
        <source>{number} is on the do-not-call list ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>{number} está en la lista de no llamar ({scope}).</translation>
    </message>
    <message>
        <source>{number} was on the do-not-call list already ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>{number} ya estaba en la lista de no llamar ({scope}).</translation>
    </message>
    <message>
        <source>Remove from the do-not-call list</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Quitar de la lista de no llamar</translation>
    </message>
    <message>
        <source>Take {number} off the do-not-call list ({scope})? It may be called again.</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>¿Quitar {number} de la lista de no llamar ({scope})? Se le podrá volver a llamar.</translation>
    </message>
    <message>
        <source>{number} is off the do-not-call list ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>{number} ya no está en la lista de no llamar ({scope}).</translation>
    </message>
    <message>
        <source>Import numbers never to call</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Importar números a los que no llamar nunca</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <comment>a file dialog&apos;s filters</comment>
        <translation>Archivos CSV o de texto (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the do-not-call list</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Exportar la lista de no llamar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>No se ha podido leer {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is over 10 MB: is it a list of numbers?</source>
        <translation>{file} ocupa más de 10 MB: ¿es una lista de números?</translation>
    </message>
    <message>
        <source>{file} has no numbers in it.</source>
        <translation>{file} no contiene números.</translation>
    </message>
    <message>
        <source>{file}: {tally}</source>
        <comment>{tally}: Added 2 · 1 already listed…</comment>
        <translation>{file}: {tally}</translation>
    </message>
    <message>
        <source>{file}: {tally} (stopped after {sent} of {total}: see above)</source>
        <comment>{tally}: Added 2 · 1 already listed…</comment>
        <translation>{file}: {tally} (se detuvo tras {sent} de {total}: véase arriba)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>No se ha podido escribir {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n number(s) to {file}.</source>
        <comment>phone numbers written to a file</comment>
        <translation>
            <numerusform>Se ha escrito %n número en {file}.</numerusform>
            <numerusform>Se han escrito %n números en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only “{campaign}”</source>
        <comment>applies to this campaign alone</comment>
        <translation>Solo «{campaign}»</translation>
    </message>
</context>
<context>
    <name>ui.admin.form</name>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>{field}: a form field&apos;s label; {problem}: what is wrong with it</comment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>a column: a skill&apos;s level</comment>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Skill</source>
        <comment>a column</comment>
        <translation>Habilidad</translation>
    </message>
</context>
<context>
    <name>ui.admin.health</name>
    <message>
        <source>the mail account&apos;s (app) password</source>
        <translation>la contraseña (de aplicación) de la cuenta de correo</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>sin cambios si no escribe una nueva</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation>TLS desde el inicio (puerto 465)</translation>
    </message>
    <message>
        <source>None: a relay on this network (port 25)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation>Ninguna: un relé de esta red (puerto 25)</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <comment>{fix}: the server&apos;s advice</comment>
        <translation>Qué hacer: {fix}</translation>
    </message>
    <message>
        <source>Check now</source>
        <comment>a button</comment>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Runs every check on the server: a few seconds, as some ask the network</source>
        <translation>Ejecuta todas las comprobaciones en el servidor: tarda unos segundos, ya que algunas consultan la red</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún no se ha comprobado.</translation>
    </message>
    <message>
        <source>Raised</source>
        <comment>a column: when an alarm was raised</comment>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Alarm</source>
        <comment>a column</comment>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Cleared</source>
        <comment>a column: when an alarm was cleared</comment>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>No alarm has been raised.</source>
        <translation>No se ha activado ninguna alarma.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <comment>a group&apos;s title</comment>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>owner@example.com, another@example.com</source>
        <comment>example e-mail addresses: keep example.com</comment>
        <translation>propietario@example.com, otra@example.com</translation>
    </message>
    <message>
        <source>callnest@example.com</source>
        <comment>an example sender&apos;s e-mail address: keep example.com</comment>
        <translation>callnest@example.com</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <comment>an example mail server: keep example.com</comment>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Send a test</source>
        <comment>a button: a test e-mail</comment>
        <translation>Enviar prueba</translation>
    </message>
    <message>
        <source>Stop e-mailing</source>
        <comment>a button</comment>
        <translation>Dejar de enviar correos</translation>
    </message>
    <message>
        <source>To</source>
        <comment>an e-mail&apos;s recipients</comment>
        <translation>Para</translation>
    </message>
    <message>
        <source>From</source>
        <comment>an e-mail&apos;s sender</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>the mail server&apos;s port</comment>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>how the mail connection is secured</comment>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>E-mail each alarm (raised, then cleared)</source>
        <translation>Enviar por correo cada alarma (al activarse y al resolverse)</translation>
    </message>
    <message>
        <source>Checking… (a few seconds: some checks ask the network)</source>
        <translation>Comprobando… (unos segundos: algunas comprobaciones consultan la red)</translation>
    </message>
    <message>
        <source>still raised</source>
        <comment>an alarm not cleared yet</comment>
        <translation>aún activa</translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <comment>an alarm&apos;s title, then what it found (both the server&apos;s words)</comment>
        <translation>{title}: {summary}</translation>
    </message>
    <message>
        <source>Alarms are not e-mailed: they show in the app only.</source>
        <translation>Las alarmas no se envían por correo: solo se muestran en la aplicación.</translation>
    </message>
    <message>
        <source>Alarms are e-mailed to {addresses}.</source>
        <comment>e-mail addresses</comment>
        <translation>Las alarmas se envían por correo a {addresses}.</translation>
    </message>
    <message>
        <source>Alarm e-mails saved.</source>
        <translation>Se ha guardado el envío de alarmas por correo.</translation>
    </message>
    <message>
        <source>Sending a test…</source>
        <translation>Enviando una prueba…</translation>
    </message>
    <message>
        <source>The test was sent: see that it arrives.</source>
        <translation>Se ha enviado la prueba: compruebe que llega.</translation>
    </message>
    <message>
        <source>Test e-mail sent.</source>
        <translation>Correo de prueba enviado.</translation>
    </message>
    <message>
        <source>The mail server did not take the test: {problem}</source>
        <comment>{problem}: the mail server&apos;s answer</comment>
        <translation>El servidor de correo no ha aceptado la prueba: {problem}</translation>
    </message>
    <message>
        <source>The test was not sent.</source>
        <translation>No se ha enviado la prueba.</translation>
    </message>
    <message>
        <source>Alarms are no longer e-mailed.</source>
        <translation>Las alarmas ya no se envían por correo.</translation>
    </message>
</context>
<context>
    <name>ui.admin.interactions</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table&apos;s cell: it has a recording</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>When</source>
        <comment>a column: when it came in</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a column: call, chat...</comment>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Caller</source>
        <comment>a column: the caller&apos;s name</comment>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>a column: how it ended</comment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Wait</source>
        <comment>a column: time waiting</comment>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: time talking</comment>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>Recording</source>
        <comment>a column: is there one</comment>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <comment>a filter</comment>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Customer: name, phone or e-mail</source>
        <translation>Cliente: nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Any customer</source>
        <comment>a filter</comment>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>Find customer</source>
        <comment>a button</comment>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>a button</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day</comment>
        <translation>Del</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and last day</comment>
        <translation>al</translation>
    </message>
    <message>
        <source>Entered:</source>
        <comment>a label: when the contact came in</comment>
        <translation>Entrada:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <comment>a label</comment>
        <translation>Cola:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <comment>a label</comment>
        <translation>Agente:</translation>
    </message>
    <message>
        <source>Caller:</source>
        <comment>a label</comment>
        <translation>Llamante:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <comment>a label</comment>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <comment>a label</comment>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Wait / ring / talk:</source>
        <comment>a label: three durations</comment>
        <translation>Espera / timbre / conversación:</translation>
    </message>
    <message>
        <source>Hold / wrap-up:</source>
        <comment>a label: two durations</comment>
        <translation>En espera / cierre:</translation>
    </message>
    <message>
        <source>Disposition:</source>
        <comment>a label</comment>
        <translation>Tipificación:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <comment>a label</comment>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Agent&apos;s link:</source>
        <comment>a label: the home connection</comment>
        <translation>Conexión del agente:</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>a button: the recording</comment>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>a button: the recording</comment>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Recording</source>
        <comment>a box&apos;s title</comment>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>a field: where it plays</comment>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Interaction</source>
        <comment>a box&apos;s title</comment>
        <translation>Interacción</translation>
    </message>
    <message>
        <source>Conversation</source>
        <comment>a box&apos;s title: a chat&apos;s messages</comment>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Any queue</source>
        <comment>a filter</comment>
        <translation>Cualquier cola</translation>
    </message>
    <message>
        <source>Any agent</source>
        <comment>a filter</comment>
        <translation>Cualquier agente</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <comment>a filter</comment>
        <translation>Elegir un cliente…</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Ningún cliente coincide con «{text}».</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>El primer día es posterior al último.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) (the latest {limit}: narrow the search).</source>
        <translation>
            <numerusform>%n interacción (las últimas {limit}: acote la búsqueda).</numerusform>
            <numerusform>%n interacciones (las últimas {limit}: acote la búsqueda).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s).</source>
        <translation>
            <numerusform>%n interacción.</numerusform>
            <numerusform>%n interacciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an interaction.</source>
        <translation>Elija una interacción.</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Sin grabación</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <comment>an empty conversation</comment>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <comment>the recording</comment>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <comment>the recording</comment>
        <translation>Descodificando…</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Exportar interacciones</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>No se ha podido escribir {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interaction(s) to {file}.</source>
        <translation>
            <numerusform>Se ha exportado %n interacción a {file}.</numerusform>
            <numerusform>Se han exportado %n interacciones a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <comment>a message&apos;s writer: Zoë (customer)</comment>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>{who} · {when}</source>
        <comment>who wrote a message, and when</comment>
        <translation>{who} · {when}</translation>
    </message>
    <message>
        <source>{head} · {subject}</source>
        <comment>an e-mail&apos;s header, then its subject</comment>
        <translation>{head} · {subject}</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>who wrote a message</comment>
        <translation>cliente</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>who wrote a message</comment>
        <translation>agente</translation>
    </message>
    <message>
        <source>Callnest</source>
        <comment>a message the system wrote</comment>
        <translation>Callnest</translation>
    </message>
    <message>
        <source>not measured</source>
        <comment>the agent&apos;s link</comment>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>MOS {average} (worst {worst})</source>
        <comment>call quality, 1 to 5</comment>
        <translation>MOS {average} (peor {worst})</translation>
    </message>
    <message>
        <source>loss {average}% (worst {worst}%)</source>
        <comment>packets lost</comment>
        <translation>pérdida {average}&#xa0;% (peor {worst}&#xa0;%)</translation>
    </message>
    <message>
        <source>jitter {ms} ms</source>
        <comment>the network&apos;s jitter</comment>
        <translation>jitter {ms} ms</translation>
    </message>
    <message>
        <source>rtt {ms} ms</source>
        <comment>the network&apos;s round-trip time</comment>
        <translation>RTT {ms} ms</translation>
    </message>
    <message>
        <source>{channel} out</source>
        <comment>an outbound contact: Call out</comment>
        <translation>{channel} saliente</translation>
    </message>
</context>
<context>
    <name>ui.admin.lists</name>
    <message>
        <source>Yes</source>
        <comment>a table&apos;s cell</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table&apos;s cell</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column and a field: the item&apos;s name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>a column and a field</comment>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a column and a field: offered to agents</comment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Offered to agents</source>
        <comment>a check box</comment>
        <translation>Se ofrece a los agentes</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button: offer it to agents again</comment>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>give it a name</source>
        <translation>dele un nombre</translation>
    </message>
    <message>
        <source>Delete “{name}”? Past contacts keep their history but lose this name; to stop offering it and keep the name, untick Active instead.</source>
        <translation>¿Eliminar «{name}»? Los contactos anteriores conservan su historial, pero pierden este nombre; para dejar de ofrecerlo y conservar el nombre, desmarque Activo.</translation>
    </message>
    <message>
        <source>New disposition</source>
        <comment>a button</comment>
        <translation>Nueva tipificación</translation>
    </message>
    <message>
        <source>Disposition “{name}” added.</source>
        <translation>Se ha añadido la tipificación «{name}».</translation>
    </message>
    <message>
        <source>Disposition “{name}” saved.</source>
        <translation>Se ha guardado la tipificación «{name}».</translation>
    </message>
    <message>
        <source>Disposition “{name}” deleted.</source>
        <translation>Se ha eliminado la tipificación «{name}».</translation>
    </message>
    <message>
        <source>this disposition</source>
        <comment>in “Delete “this disposition”?”</comment>
        <translation>esta tipificación</translation>
    </message>
    <message>
        <source>Delete disposition</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Eliminar tipificación</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Retribuida</translation>
    </message>
    <message>
        <source>New break reason</source>
        <comment>a button</comment>
        <translation>Nuevo motivo de pausa</translation>
    </message>
    <message>
        <source>Break reason “{name}” added.</source>
        <translation>Se ha añadido el motivo de pausa «{name}».</translation>
    </message>
    <message>
        <source>Break reason “{name}” saved.</source>
        <translation>Se ha guardado el motivo de pausa «{name}».</translation>
    </message>
    <message>
        <source>Break reason “{name}” deleted.</source>
        <translation>Se ha eliminado el motivo de pausa «{name}».</translation>
    </message>
    <message>
        <source>this break reason</source>
        <comment>in “Delete “this break reason”?”</comment>
        <translation>este motivo de pausa</translation>
    </message>
    <message>
        <source>Delete break reason</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Eliminar motivo de pausa</translation>
    </message>
    <message>
        <source>Dispositions (what became of a contact, chosen at wrap-up)</source>
        <translation>Tipificaciones (qué pasó con un contacto; se eligen en el cierre)</translation>
    </message>
    <message>
        <source>Break reasons</source>
        <comment>a box&apos;s title</comment>
        <translation>Motivos de pausa</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button: no longer offer it to agents</comment>
        <translation>Desactivar</translation>
    </message>
</context>
<context>
    <name>ui.admin.mailboxes</name>
    <message>
        <source>the account&apos;s (app) password</source>
        <translation>la contraseña (de aplicación) de la cuenta</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>sin cambios si no escribe una nueva</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <comment>an IMAP connection&apos;s security</comment>
        <translation>TLS (puerto 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <comment>an IMAP connection&apos;s security</comment>
        <translation>STARTTLS (puerto 143)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <comment>an SMTP connection&apos;s security</comment>
        <translation>TLS (puerto 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <comment>an SMTP connection&apos;s security</comment>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <source>Taking mail in</source>
        <comment>a mailbox&apos;s state</comment>
        <translation>Recibiendo correo</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>a mailbox&apos;s state</comment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Failing</source>
        <comment>a mailbox&apos;s state</comment>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Failing: {error}</source>
        <comment>a mailbox&apos;s state; {error}: the mail server&apos;s words</comment>
        <translation>Con errores: {error}</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>a mailbox&apos;s state: not in use</comment>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>the mail server gave no reason</source>
        <translation>el servidor de correo no ha indicado el motivo</translation>
    </message>
    <message>
        <source>Failing since {time}: {error}</source>
        <comment>{time}: a time of day, maybe a day; {error}: the mail server&apos;s words</comment>
        <translation>Con errores desde {time}: {error}</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: the mailbox is in use</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: the mailbox is in use</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a form&apos;s label</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>a form&apos;s label: an e-mail&apos;s</comment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Name on replies</source>
        <comment>a form&apos;s label: the From name</comment>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>a form&apos;s label: the account&apos;s</comment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <comment>a form&apos;s label</comment>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <comment>a form&apos;s label</comment>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <comment>a form&apos;s label</comment>
        <translation>Seguridad IMAP</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>a form&apos;s label: IMAP&apos;s</comment>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>a form&apos;s label</comment>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <comment>a form&apos;s label</comment>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <comment>a form&apos;s label</comment>
        <translation>Seguridad SMTP</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>a form&apos;s label</comment>
        <translation>Firma</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a form&apos;s label</comment>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>choose a queue</source>
        <translation>elija una cola</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <comment>an example of an address</comment>
        <translation>soporte@example.com</translation>
    </message>
    <message>
        <source>optional: e.g. Example Support</source>
        <comment>a From name</comment>
        <translation>opcional: p. ej. Soporte de Example</translation>
    </message>
    <message>
        <source>In use (unticked: kept, not read)</source>
        <translation>En uso (sin marcar: se conserva, pero no se lee)</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <comment>a group&apos;s title</comment>
        <translation>Buzón</translation>
    </message>
    <message>
        <source>often the address itself</source>
        <translation>a menudo, la propia dirección</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>a group&apos;s title: the mail account&apos;s login</comment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <comment>an example of a server&apos;s name</comment>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Reading mail (IMAP)</source>
        <comment>a group&apos;s title</comment>
        <translation>Lectura del correo (IMAP)</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>a form&apos;s label</comment>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>a form&apos;s label</comment>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>a form&apos;s label: a network port</comment>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <comment>an example of a server&apos;s name</comment>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Sending replies (SMTP)</source>
        <comment>a group&apos;s title</comment>
        <translation>Envío de respuestas (SMTP)</translation>
    </message>
    <message>
        <source>Example Support
https://example.com</source>
        <comment>an example of a signature: a name, then a web address</comment>
        <translation>Soporte de Example
https://example.com</translation>
    </message>
    <message>
        <source>Added below every reply sent from this mailbox.</source>
        <translation>Se añade debajo de cada respuesta enviada desde este buzón.</translation>
    </message>
    <message>
        <source>{queue} (has {address})</source>
        <comment>{queue}: a queue&apos;s name; {address}: the mailbox it already has</comment>
        <translation>{queue} (ya tiene {address})</translation>
    </message>
    <message>
        <source>add a queue first, in the Queues tab</source>
        <translation>añada primero una cola en la pestaña Colas</translation>
    </message>
    <message>
        <source>every queue has a mailbox: add a queue in the Queues tab</source>
        <translation>todas las colas ya tienen buzón: añada una cola en la pestaña Colas</translation>
    </message>
    <message>
        <source>choose the queue whose customers write here</source>
        <translation>elija la cola cuyos clientes escriben aquí</translation>
    </message>
    <message>
        <source>type the address customers write to (e.g. support@example.com)</source>
        <translation>escriba la dirección a la que escriben los clientes (p. ej. soporte@example.com)</translation>
    </message>
    <message>
        <source>type the server mail is read from (e.g. imap.example.com)</source>
        <translation>escriba el servidor del que se lee el correo (p. ej. imap.example.com)</translation>
    </message>
    <message>
        <source>type the server replies are sent by (e.g. smtp.example.com)</source>
        <translation>escriba el servidor por el que se envían las respuestas (p. ej. smtp.example.com)</translation>
    </message>
    <message>
        <source>type the account&apos;s username (often the address)</source>
        <translation>escriba el usuario de la cuenta (a menudo, la dirección)</translation>
    </message>
    <message>
        <source>type the account&apos;s password</source>
        <translation>escriba la contraseña de la cuenta</translation>
    </message>
    <message>
        <source>Created mailbox {address}.</source>
        <translation>Se ha creado el buzón {address}.</translation>
    </message>
    <message>
        <source>Saved mailbox {address}.</source>
        <translation>Se ha guardado el buzón {address}.</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <comment>a window title</comment>
        <translation>Nuevo buzón</translation>
    </message>
    <message>
        <source>Mailbox {address}</source>
        <comment>a window title: an address</comment>
        <translation>Buzón {address}</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>a column: an e-mail address</comment>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <comment>a column: where mail is read</comment>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>a column: where replies leave</comment>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>a column: the login</comment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a column</comment>
        <translation>En uso</translation>
    </message>
    <message>
        <source>State</source>
        <comment>a column: how reading it is doing</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>how the server&apos;s reading of the mailbox is doing, asked every few seconds</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>cómo va la lectura del buzón en el servidor; se consulta cada pocos segundos</translation>
    </message>
    <message>
        <source>One mailbox per queue: customers write to its address, Callnest reads the mail (IMAP) and sends the agents&apos; replies from it (SMTP).</source>
        <translation>Un buzón por cola: los clientes escriben a su dirección, Callnest lee el correo (IMAP) y envía desde él las respuestas de los agentes (SMTP).</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <comment>a button</comment>
        <translation>Nuevo buzón</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>a button</comment>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>{username} · password set</source>
        <comment>{username}: the login</comment>
        <translation>{username} · con contraseña</translation>
    </message>
    <message>
        <source>{username} · no password</source>
        <comment>{username}: the login</comment>
        <translation>{username} · sin contraseña</translation>
    </message>
    <message>
        <source>Delete mailbox</source>
        <comment>a window title</comment>
        <translation>Eliminar buzón</translation>
    </message>
    <message>
        <source>Delete the mailbox {address}? Its e-mail conversations are deleted with it (the mail stays on the mail server). To stop reading it and keep them, untick In use instead.</source>
        <comment>In use: the form&apos;s check box of that name</comment>
        <translation>¿Eliminar el buzón {address}? Sus conversaciones de correo se eliminan con él (el correo se conserva en el servidor de correo). Para dejar de leerlo y conservarlas, desmarque En uso.</translation>
    </message>
    <message>
        <source>Deleted mailbox {address}.</source>
        <translation>Se ha eliminado el buzón {address}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.phone_numbers</name>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a column: a number&apos;s own name</comment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a column</comment>
        <translation>Troncal</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>— (refused)</source>
        <comment>a number&apos;s queue: none, calls are refused</comment>
        <translation>— (se rechazan)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>New number</source>
        <comment>a button: a new phone number</comment>
        <translation>Nuevo número</translation>
    </message>
    <message>
        <source>+386 1 234 5678 or 00386 1 234 5678</source>
        <comment>two ways of writing a phone number: keep the numbers (or use your country&apos;s)</comment>
        <translation>+34 912 345 678 o 0034 912 345 678</translation>
    </message>
    <message>
        <source>add a trunk above first</source>
        <translation>añada primero una troncal arriba</translation>
    </message>
    <message>
        <source>optional: e.g. Sales line</source>
        <comment>a number&apos;s label</comment>
        <translation>opcional: p. ej. Línea de ventas</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a form&apos;s label: a phone number</comment>
        <translation>Número</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a form&apos;s label: a number&apos;s own name</comment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Arrives on trunk</source>
        <translation>Llega por la troncal</translation>
    </message>
    <message>
        <source>Answered by queue</source>
        <translation>Lo atiende la cola</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a field</comment>
        <translation>Troncal</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a field</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>(none yet: calls are refused)</source>
        <comment>a number&apos;s queue</comment>
        <translation>(ninguna todavía: se rechazan las llamadas)</translation>
    </message>
    <message>
        <source>#{id} (not available)</source>
        <comment>a trunk or queue since deleted</comment>
        <translation>n.º {id} (no disponible)</translation>
    </message>
    <message>
        <source>New phone number</source>
        <comment>the form&apos;s title</comment>
        <translation>Nuevo número de teléfono</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <comment>the form&apos;s title</comment>
        <translation>Editar {number}</translation>
    </message>
    <message>
        <source>Trunk: add a trunk first: a number&apos;s calls arrive on one.</source>
        <translation>Troncal: añada primero una troncal; las llamadas de un número llegan por una.</translation>
    </message>
    <message>
        <source>Added phone number {number}.</source>
        <translation>Se ha añadido el número de teléfono {number}.</translation>
    </message>
    <message>
        <source>Saved phone number {number}.</source>
        <translation>Se ha guardado el número de teléfono {number}.</translation>
    </message>
    <message>
        <source>Delete phone number</source>
        <comment>a window title</comment>
        <translation>Eliminar número de teléfono</translation>
    </message>
    <message>
        <source>Delete {number}? Calls to it are no longer answered here.</source>
        <translation>¿Eliminar {number}? Las llamadas a este número dejarán de atenderse aquí.</translation>
    </message>
    <message>
        <source>Deleted phone number {number}.</source>
        <translation>Se ha eliminado el número de teléfono {number}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.phones</name>
    <message>
        <source>SIP trunks (how phone calls reach Callnest)</source>
        <translation>Troncales SIP (cómo llegan las llamadas telefónicas a Callnest)</translation>
    </message>
    <message>
        <source>Phone numbers (which queue answers each)</source>
        <translation>Números de teléfono (qué cola atiende cada uno)</translation>
    </message>
</context>
<context>
    <name>ui.admin.prompts</name>
    <message>
        <source>Welcome</source>
        <comment>an announcement: the first thing a waiting caller hears</comment>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Estimated wait: less than a minute</source>
        <comment>an announcement</comment>
        <translation>Espera estimada: menos de un minuto</translation>
    </message>
    <message>
        <source>Estimated wait: more than thirty minutes</source>
        <comment>an announcement</comment>
        <translation>Espera estimada: más de treinta minutos</translation>
    </message>
    <message>
        <source>Thanks for waiting</source>
        <comment>an announcement: an agent is about to answer</comment>
        <translation>Gracias por esperar</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <comment>an announcement: the call may be recorded; key 9 refuses</comment>
        <translation>Aviso de grabación</translation>
    </message>
    <message>
        <source>The line to the agent was cut</source>
        <comment>an announcement: the caller is first in line for the next agent</comment>
        <translation>Se ha cortado la línea con el agente</translation>
    </message>
    <message>
        <source>Callback offer</source>
        <comment>an announcement: press 1 to be called back, keeping your place</comment>
        <translation>Oferta de devolución de llamada</translation>
    </message>
    <message>
        <source>Callback goodbye</source>
        <comment>an announcement: to a caller who asked to be called back</comment>
        <translation>Despedida tras la devolución de llamada</translation>
    </message>
    <message>
        <source>Place in line: {number}</source>
        <comment>an announcement: &apos;You are number 5&apos;</comment>
        <translation>Lugar en la cola: {number}</translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: %n minute(s)</source>
        <comment>an announcement</comment>
        <translation>
            <numerusform>Espera estimada: %n minuto</numerusform>
            <numerusform>Espera estimada: %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>This language offered on key {key}</source>
        <comment>an announcement a phone caller hears when the queue offers languages: &apos;For English, press 1.&apos;, said in the language itself</comment>
        <translation>Este idioma, ofrecido en la tecla {key}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>a length in seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>The file is larger than {size}: save the recording as MP3 or Ogg, which takes far less room.</source>
        <translation>El archivo ocupa más de {size}: guarde la grabación como MP3 u Ogg, que ocupan mucho menos.</translation>
    </message>
    <message>
        <source>This is not a sound file the server can read, or it is damaged. Save the recording as WAV, MP3, Ogg or FLAC and try again.</source>
        <translation>No es un archivo de sonido que el servidor pueda leer, o está dañado. Guarde la grabación como WAV, MP3, Ogg o FLAC e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file has no sound in it.</source>
        <translation>El archivo no contiene sonido.</translation>
    </message>
    <message>
        <source>The recording lasts {seconds} s without the silence around it; it must last at least {min} s.</source>
        <translation>La grabación dura {seconds} s sin el silencio del principio y del final; debe durar al menos {min} s.</translation>
    </message>
    <message>
        <source>The recording lasts {seconds} s without the silence around it; this announcement may last at most {max} s. Say it shorter.</source>
        <translation>La grabación dura {seconds} s sin el silencio del principio y del final; esta locución puede durar como máximo {max} s. Acórtela.</translation>
    </message>
    <message>
        <source>The recording is too quiet ({level} dBFS; at least {min} dBFS). Record it closer to the microphone, or turn the microphone up.</source>
        <comment>dBFS: decibels below the loudest a recording can be; leave it as it is</comment>
        <translation>La grabación tiene un volumen demasiado bajo ({level} dBFS; como mínimo {min} dBFS). Grábela más cerca del micrófono o suba el volumen del micrófono.</translation>
    </message>
    <message>
        <source>The recording is mostly silence: there is sound in only {percent} % of it. Cut the long pauses, or record it again.</source>
        <translation>La grabación es casi todo silencio: solo hay sonido en el {percent}&#xa0;% de ella. Elimine las pausas largas o vuelva a grabarla.</translation>
    </message>
    <message>
        <source>The recording is distorted: {percent} % of it is as loud as a recording can be (at most {max} % may be). Record it again less loud.</source>
        <translation>La grabación está distorsionada: el {percent}&#xa0;% de ella está al volumen máximo posible (se admite como mucho un {max}&#xa0;%). Vuelva a grabarla con menos volumen.</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>a label: the language of the announcements shown</comment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Announcement</source>
        <comment>a column: what is said</comment>
        <translation>Locución</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>a column: the server&apos;s voice, or the owner&apos;s recording</comment>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Length</source>
        <comment>a column: how long it lasts</comment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Upload recording…</source>
        <comment>a button</comment>
        <translation>Subir grabación…</translation>
    </message>
    <message>
        <source>Save audio…</source>
        <comment>a button: the prompt to a file</comment>
        <translation>Guardar audio…</translation>
    </message>
    <message>
        <source>Use the made one</source>
        <comment>a button: the server&apos;s voice again</comment>
        <translation>Usar la voz del servidor</translation>
    </message>
    <message>
        <source>Your recording takes the server&apos;s voice&apos;s place for the callers who hear this language: a sound file (WAV, MP3, Ogg, FLAC…) up to {size}, at least {min} s long. The silence around it is cut, and it is made as loud as the other announcements.</source>
        <translation>Su grabación sustituye a la voz del servidor para quienes llaman y oyen este idioma: un archivo de sonido (WAV, MP3, Ogg, FLAC…) de hasta {size} y de al menos {min} s. Se recorta el silencio del principio y del final, y se iguala su volumen al de las demás locuciones.</translation>
    </message>
    <message>
        <source>Your recording</source>
        <comment>who made an announcement</comment>
        <translation>Su grabación</translation>
    </message>
    <message>
        <source>Made by the server</source>
        <comment>who made an announcement</comment>
        <translation>Generada por el servidor</translation>
    </message>
    <message>
        <source>The server&apos;s own lasts {length}; a recording may last up to {max}.</source>
        <translation>La del servidor dura {length}; una grabación puede durar hasta {max}.</translation>
    </message>
    <message>
        <source>{announcement} ({language})</source>
        <comment>an announcement and, in brackets, the language it is said in</comment>
        <translation>{announcement} ({language})</translation>
    </message>
    <message>
        <source>Upload a recording</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Subir una grabación</translation>
    </message>
    <message>
        <source>Sound files (*.wav *.mp3 *.ogg *.opus *.flac *.m4a *.aac *.webm *.aif *.aiff);;All files (*)</source>
        <comment>a file dialog&apos;s filters: translate the words, keep the patterns</comment>
        <translation>Archivos de sonido (*.wav *.mp3 *.ogg *.opus *.flac *.m4a *.aac *.webm *.aif *.aiff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>No se ha podido leer {file}: {reason}</translation>
    </message>
    <message>
        <source>Sending {file}…</source>
        <translation>Enviando {file}…</translation>
    </message>
    <message>
        <source>{announcement}: callers now hear your recording ({length}).</source>
        <translation>{announcement}: quienes llaman oyen ahora su grabación ({length}).</translation>
    </message>
    <message>
        <source>Use the made one</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Usar la voz del servidor</translation>
    </message>
    <message>
        <source>Delete your recording of {announcement}? Callers will hear the server&apos;s voice again.</source>
        <translation>¿Eliminar su grabación de {announcement}? Quienes llamen volverán a oír la voz del servidor.</translation>
    </message>
    <message>
        <source>{announcement}: callers hear the server&apos;s voice again.</source>
        <translation>{announcement}: quienes llaman vuelven a oír la voz del servidor.</translation>
    </message>
    <message>
        <source>Save the announcement&apos;s audio</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Guardar el audio de la locución</translation>
    </message>
    <message>
        <source>Ogg audio (*.ogg)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Audio Ogg (*.ogg)</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>No se ha podido escribir {file}: {reason}</translation>
    </message>
    <message>
        <source>{announcement} saved to {file}.</source>
        <translation>Se ha guardado {announcement} en {file}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.queues</name>
    <message>
        <source>Longest idle agent first</source>
        <comment>a ringing strategy</comment>
        <translation>Primero el agente inactivo más tiempo</translation>
    </message>
    <message>
        <source>Round robin</source>
        <comment>a ringing strategy</comment>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Fewest contacts today</source>
        <comment>a ringing strategy</comment>
        <translation>Menos contactos hoy</translation>
    </message>
    <message>
        <source>Ring everyone</source>
        <comment>a ringing strategy</comment>
        <translation>Llamar a todos</translation>
    </message>
    <message>
        <source>Best skill level first</source>
        <comment>a ringing strategy</comment>
        <translation>Primero el mejor nivel de habilidad</translation>
    </message>
    <message>
        <source>Scheduled callbacks&apos; priority over new calls</source>
        <translation>Prioridad de las devoluciones de llamada programadas sobre las llamadas nuevas</translation>
    </message>
    <message>
        <source> s</source>
        <comment>a suffix after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Another queue</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Otra cola</translation>
    </message>
    <message>
        <source>queue #{id}</source>
        <comment>a queue whose name is not known</comment>
        <translation>cola n.º {id}</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column: the name people see</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the name in web addresses</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>a column</comment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>New queue</source>
        <comment>a button</comment>
        <translation>Nueva cola</translation>
    </message>
    <message>
        <source>Pause after</source>
        <comment>a field: pause an agent after misses</comment>
        <translation>Pausar tras</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>a field</comment>
        <translation>Espera máxima</translation>
    </message>
    <message>
        <source>Announce every</source>
        <comment>a field: how often</comment>
        <translation>Anunciar cada</translation>
    </message>
    <message>
        <source>Required skills</source>
        <comment>a field</comment>
        <translation>Habilidades requeridas</translation>
    </message>
    <message>
        <source>Widening</source>
        <comment>a field: who may answer, as callers wait</comment>
        <translation>Ampliación</translation>
    </message>
    <message>
        <source>IVR menu</source>
        <comment>a field</comment>
        <translation>Menú IVR</translation>
    </message>
    <message>
        <source>Business hours</source>
        <comment>a field</comment>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>After hours</source>
        <comment>a field: where callers go when closed</comment>
        <translation>Fuera de horario</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <comment>a field</comment>
        <translation>Aviso de grabación</translation>
    </message>
    <message>
        <source>First response within</source>
        <comment>a field</comment>
        <translation>Primera respuesta en</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <comment>a field</comment>
        <translation>Resolución en</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <comment>a field: the specialists&apos; queue</comment>
        <translation>Escalar a</translation>
    </message>
    <message>
        <source>Display name</source>
        <comment>a form&apos;s label</comment>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the name in the caller&apos;s web address</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Strategy</source>
        <comment>a form&apos;s label: how it rings</comment>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>a form&apos;s label</comment>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Ring for</source>
        <comment>a form&apos;s label: how long an agent&apos;s phone rings</comment>
        <translation>Sonar durante</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a form&apos;s label: time after a call to finish it</comment>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a form&apos;s label</comment>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a form&apos;s label: what agents read out</comment>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>a form&apos;s label: the queue&apos;s callers&apos; language</comment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Caller ID on outbound calls</source>
        <translation>Identificador de llamada en las llamadas salientes</translation>
    </message>
    <message>
        <source>Then send to</source>
        <comment>a form&apos;s label: after the longest wait</comment>
        <translation>Después, enviar a</translation>
    </message>
    <message>
        <source>Hold music</source>
        <comment>a form&apos;s label</comment>
        <translation>Música en espera</translation>
    </message>
    <message>
        <source>Offer callbacks to waiting callers</source>
        <translation>Ofrecer devolución de llamada a quienes esperan</translation>
    </message>
    <message>
        <source>Callback card shown for</source>
        <comment>a form&apos;s label: how long</comment>
        <translation>Ficha de devolución de llamada visible durante</translation>
    </message>
    <message>
        <source>e.g. Sales &amp; Billing</source>
        <comment>an example of a queue&apos;s name</comment>
        <translation>p. ej. Ventas &amp; facturación</translation>
    </message>
    <message>
        <source>sales-billing (in the caller&apos;s web address)</source>
        <comment>an example: lower-case letters, digits and dashes only</comment>
        <translation>ventas-facturacion (en la dirección de la página de llamada)</translation>
    </message>
    <message>
        <source>Agents in several queues take the higher priority first</source>
        <translation>Los agentes de varias colas atienden primero la de mayor prioridad</translation>
    </message>
    <message numerus="yes">
        <source> missed offer(s)</source>
        <comment>a suffix after a number: pause an agent after this many calls not taken</comment>
        <translation>
            <numerusform> oferta no atendida</numerusform>
            <numerusform> ofertas no atendidas</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <comment>pause an agent after: never</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Answered within this many seconds counts as in service level</source>
        <translation>Lo atendido en este número de segundos cuenta dentro del nivel de servicio</translation>
    </message>
    <message>
        <source>What this queue&apos;s callers read on the call page and hear in announcements, unless they choose another language</source>
        <translation>Lo que leen en la página de llamada y oyen en las locuciones quienes llaman a esta cola, salvo que elijan otro idioma</translation>
    </message>
    <message>
        <source>With two or more ticked, phone callers first hear each language offered in itself and choose one with a key; web callers read their browser&apos;s language</source>
        <translation>Con dos o más marcados, quienes llaman por teléfono oyen primero cada idioma ofrecido en ese mismo idioma y eligen uno con una tecla; quienes llaman desde la web leen el idioma de su navegador</translation>
    </message>
    <message>
        <source>e.g. +386 1 234 5678; empty: the trunk&apos;s own</source>
        <comment>an example of a phone number (keep it, or use your country&apos;s)</comment>
        <translation>p. ej. +34 912 345 678; vacío: el de la troncal</translation>
    </message>
    <message>
        <source>The number the people this queue&apos;s agents call see (any international way)</source>
        <translation>El número que ven las personas a las que llaman los agentes de esta cola (en cualquier formato internacional)</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a group&apos;s title</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Pause agent after</source>
        <translation>Pausar al agente tras</translation>
    </message>
    <message>
        <source>Phone callers choose</source>
        <comment>a field: languages on offer</comment>
        <translation>Idiomas a elegir por teléfono</translation>
    </message>
    <message>
        <source>Limit the wait to</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Limitar la espera a</translation>
    </message>
    <message>
        <source>Not set (the call is rejected)</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Sin definir (se rechaza la llamada)</translation>
    </message>
    <message>
        <source>Announce place in line every</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Anunciar el lugar en la cola cada</translation>
    </message>
    <message>
        <source>Tell callers their call may be recorded, and let them refuse</source>
        <translation>Avisar de que la llamada puede grabarse y permitir rechazarlo</translation>
    </message>
    <message>
        <source>Before anyone answers, callers hear that the call may be recorded and that pressing 9 (or the caller page&apos;s button) stops it; their choice is kept with the call</source>
        <translation>Antes de que nadie conteste, quien llama oye que la llamada puede grabarse y que, si pulsa 9 (o el botón de la página de llamada), no se grabará; su elección se guarda con la llamada</translation>
    </message>
    <message>
        <source>Waiting callers</source>
        <comment>a group&apos;s title</comment>
        <translation>Clientes en espera</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <comment>a column: a skill&apos;s</comment>
        <translation>Nivel mínimo</translation>
    </message>
    <message>
        <source>After waiting</source>
        <comment>a column: a number of seconds</comment>
        <translation>Tras esperar</translation>
    </message>
    <message>
        <source>Accept level from</source>
        <comment>a column: a skill level</comment>
        <translation>Aceptar nivel desde</translation>
    </message>
    <message>
        <source>Add step</source>
        <comment>a button: a row of the widening</comment>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <comment>a button: a row of the widening</comment>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Who may answer</source>
        <comment>a group&apos;s title</comment>
        <translation>Quién puede atender</translation>
    </message>
    <message>
        <source>As a caller waits, widen who may answer:</source>
        <translation>Mientras alguien espera, ampliar quién puede atender:</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>a column: a phone key, 1 to 9, * 0 #</comment>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Label the caller sees</source>
        <comment>a column</comment>
        <translation>Texto que ve el cliente</translation>
    </message>
    <message>
        <source>Sends to queue</source>
        <comment>a column</comment>
        <translation>Envía a la cola</translation>
    </message>
    <message>
        <source>Add choice</source>
        <comment>a button: a choice of the IVR menu</comment>
        <translation>Añadir opción</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <comment>a button: a choice of the IVR menu</comment>
        <translation>Quitar opción</translation>
    </message>
    <message>
        <source>IVR menu (none: callers queue here at once)</source>
        <translation>Menú IVR (ninguno: quien llama entra directamente en esta cola)</translation>
    </message>
    <message>
        <source>Business hours (unticked: always open)</source>
        <translation>Horario de atención (sin marcar: siempre abierto)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>a day&apos;s opening hours: none</comment>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>e.g. 09:00-12:30, 13:30-17:00; empty: closed all day</source>
        <comment>keep the times&apos; format: 09:00-12:30, spans parted by commas</comment>
        <translation>p. ej. 09:00-12:30, 13:30-17:00; vacío: cerrado todo el día</translation>
    </message>
    <message>
        <source>e.g. 2026-12-25, 2027-01-01</source>
        <comment>examples of dates: keep the format (year-month-day)</comment>
        <translation>p. ej. 2026-12-25, 2027-01-01</translation>
    </message>
    <message>
        <source>Holidays (closed)</source>
        <translation>Festivos (cerrado)</translation>
    </message>
    <message>
        <source>When closed, send to</source>
        <translation>Si está cerrado, enviar a</translation>
    </message>
    <message>
        <source>Callers in line may leave their number and hang up (key 1 on the phone, the caller page&apos;s button): they keep their place and are called back</source>
        <translation>Quienes esperan en la cola pueden dejar su número y colgar (tecla 1 en el teléfono o el botón de la página de llamada): conservan su lugar y se les devuelve la llamada</translation>
    </message>
    <message>
        <source>placed at once</source>
        <comment>a callback card shown for: no time</comment>
        <translation>se realiza al instante</translation>
    </message>
    <message>
        <source>How long the agent reads the customer&apos;s card before the callback is placed (they may place it sooner, or skip it)</source>
        <translation>Cuánto tiempo lee el agente la ficha del cliente antes de que se realice la devolución de llamada (puede realizarla antes u omitirla)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a callbacks&apos; priority of 0</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>A callback scheduled for a time joins the line then. None: in line with new calls, by the time promised; above none: ahead of new calls waiting here. (A waiting caller&apos;s callback keeps the place they had.)</source>
        <comment>None: the value shown for a priority of 0</comment>
        <translation>Una devolución de llamada programada para una hora entra en la cola a esa hora. Ninguna: en la cola con las llamadas nuevas, según la hora prometida; por encima de ninguna: por delante de las llamadas nuevas que esperan aquí. (La devolución de llamada de un cliente en espera conserva el lugar que tenía.)</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a group&apos;s title</comment>
        <translation>Devoluciones de llamada</translation>
    </message>
    <message>
        <source>First response within</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Primera respuesta en</translation>
    </message>
    <message>
        <source>An e-mail&apos;s first reply, a task&apos;s or a callback&apos;s answer, counted from its arrival here (e.g. 3600 s: an hour)</source>
        <translation>Primera respuesta a un correo, o atención de una tarea o de una devolución de llamada, contada desde su llegada a esta cola (p. ej. 3600 s: una hora)</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Resolución en</translation>
    </message>
    <message>
        <source>Until its agent has finished with it, counted from its arrival here (e.g. 86400 s: a day)</source>
        <translation>Hasta que el agente termina con él, contado desde su llegada a esta cola (p. ej. 86400 s: un día)</translation>
    </message>
    <message>
        <source>Where an item still waiting past a target goes; past a target there too, or with an agent, or with no queue chosen, supervisors see it in their list of escalations</source>
        <translation>Adónde va un elemento que sigue esperando tras incumplir un objetivo; si allí también lo incumple, si está con un agente o si no se elige ninguna cola, los supervisores lo ven en su lista de escalados</translation>
    </message>
    <message>
        <source>Service targets (e-mails, tasks, callbacks)</source>
        <comment>a group&apos;s title</comment>
        <translation>Objetivos de servicio (correos, tareas, devoluciones de llamada)</translation>
    </message>
    <message>
        <source>Past a target, send to</source>
        <comment>a form&apos;s label</comment>
        <translation>Si se incumple un objetivo, enviar a</translation>
    </message>
    <message>
        <source>No specialists&apos; queue (the supervisors)</source>
        <comment>where an item past its target goes</comment>
        <translation>Sin cola de especialistas (los supervisores)</translation>
    </message>
    <message>
        <source>(no script)</source>
        <translation>(sin guion)</translation>
    </message>
    <message>
        <source>Default music</source>
        <comment>the hold music the server ships</comment>
        <translation>Música predeterminada</translation>
    </message>
    <message>
        <source>{value} (not available)</source>
        <comment>a script since deleted, or hold music not installed</comment>
        <translation>{value} (no disponible)</translation>
    </message>
    <message>
        <source>New queue</source>
        <comment>the form&apos;s title</comment>
        <translation>Nueva cola</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a queue&apos;s name</comment>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Enter the name callers and agents see.</source>
        <translation>Introduzca el nombre que ven los clientes y los agentes.</translation>
    </message>
    <message>
        <source>The name takes lower-case letters, digits and dashes, starting with a letter or digit (e.g. sales-billing).</source>
        <translation>El nombre admite letras minúsculas, cifras y guiones, y empieza por una letra o una cifra (p. ej. ventas-facturacion).</translation>
    </message>
    <message>
        <source>Every IVR choice needs a label the caller can read.</source>
        <translation>Cada opción del IVR necesita un texto que el cliente pueda leer.</translation>
    </message>
    <message>
        <source>Every IVR choice needs a queue to send the caller to.</source>
        <translation>Cada opción del IVR necesita una cola a la que enviar al cliente.</translation>
    </message>
    <message>
        <source>Key {key} is used for two choices: give each its own.</source>
        <comment>{key}: a phone key</comment>
        <translation>La tecla {key} se usa en dos opciones: asigne a cada una su propia tecla.</translation>
    </message>
    <message>
        <source>Keep at least one step (after 0 s, from level 1).</source>
        <translation>Deje al menos un paso (tras 0 s, desde el nivel 1).</translation>
    </message>
    <message>
        <source>Created queue {name}.</source>
        <translation>Se ha creado la cola {name}.</translation>
    </message>
    <message>
        <source>Saved queue {name}.</source>
        <translation>Se ha guardado la cola {name}.</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <comment>a window title</comment>
        <translation>Eliminar cola</translation>
    </message>
    <message>
        <source>Delete the queue {name}? Its caller page stops working; reports keep its past contacts.</source>
        <translation>¿Eliminar la cola {name}? Su página de llamada dejará de funcionar; los informes conservan sus contactos anteriores.</translation>
    </message>
    <message>
        <source>Deleted queue {name}.</source>
        <translation>Se ha eliminado la cola {name}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.reports</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a tab: the report&apos;s table of queues</comment>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Save the queues table as a CSV file, as it reads here</source>
        <translation>Guardar la tabla de colas como archivo CSV, tal como se ve aquí</translation>
    </message>
    <message>
        <source>Export queues</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Exportar colas</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a tab: the report&apos;s table of agents</comment>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Save the agents table as a CSV file, as it reads here</source>
        <translation>Guardar la tabla de agentes como archivo CSV, tal como se ve aquí</translation>
    </message>
    <message>
        <source>Export agents</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Exportar agentes</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a tab: the report&apos;s table of teams</comment>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Save the teams table as a CSV file, as it reads here</source>
        <translation>Guardar la tabla de equipos como archivo CSV, tal como se ve aquí</translation>
    </message>
    <message>
        <source>Export teams</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Exportar equipos</translation>
    </message>
    <message>
        <source>Intervals</source>
        <comment>a tab: the report&apos;s table of intervals</comment>
        <translation>Intervalos</translation>
    </message>
    <message>
        <source>Save the intervals table as a CSV file, as it reads here</source>
        <translation>Guardar la tabla de intervalos como archivo CSV, tal como se ve aquí</translation>
    </message>
    <message>
        <source>Export intervals</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Exportar intervalos</translation>
    </message>
    <message>
        <source>1 · First line</source>
        <translation>1 · Primera línea</translation>
    </message>
    <message>
        <source>2 · Specialists</source>
        <translation>2 · Especialistas</translation>
    </message>
    <message>
        <source>3 · Supervisors</source>
        <translation>3 · Supervisores</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>First response (mean / 90 %)</source>
        <translation>Primera respuesta (media / 90&#xa0;%)</translation>
    </message>
    <message>
        <source>Within target</source>
        <comment>first response</comment>
        <translation>Dentro del objetivo</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>Resolution (mean / 90 %)</source>
        <translation>Resolución (media / 90&#xa0;%)</translation>
    </message>
    <message>
        <source>Within target</source>
        <comment>resolution</comment>
        <translation>Dentro del objetivo</translation>
    </message>
    <message>
        <source>All queues</source>
        <comment>a filter</comment>
        <translation>Todas las colas</translation>
    </message>
    <message>
        <source>All teams</source>
        <comment>a filter</comment>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>All channels</source>
        <comment>a filter: calls, chats, e-mails</comment>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds (mind the space)</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Callers who hang up sooner than this are short abandons: not counted in the abandon rate or against the service level</source>
        <translation>Las llamadas que cuelgan antes de este tiempo son abandonos cortos: no cuentan en la tasa de abandono ni en contra del nivel de servicio</translation>
    </message>
    <message>
        <source>Make default</source>
        <comment>a button: save the threshold</comment>
        <translation>Predeterminar</translation>
    </message>
    <message>
        <source>Use this short-abandon threshold everywhere, wallboard too</source>
        <translation>Usar este umbral de abandono corto en todas partes, también en el panel</translation>
    </message>
    <message>
        <source>Run report</source>
        <comment>a button</comment>
        <translation>Generar informe</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of the period</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of the period</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Interval</source>
        <comment>a field: the report&apos;s interval</comment>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a field: the queue to report on</comment>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a field: the team to report on</comment>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a field: calls, chats or e-mails to report on</comment>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Short abandon</source>
        <comment>a field: the threshold</comment>
        <translation>Abandono corto</translation>
    </message>
    <message>
        <source>Pick a period and run the report.</source>
        <translation>Elija un periodo y genere el informe.</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <comment>a tab: a chart</comment>
        <translation>Contactos por intervalo</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a tab: a chart</comment>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Agent states</source>
        <comment>a tab: a chart</comment>
        <translation>Estados de los agentes</translation>
    </message>
    <message>
        <source>Service targets</source>
        <comment>a tab: e-mails, tasks, callbacks</comment>
        <translation>Objetivos de servicio</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a field: the days to report on</comment>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Short abandon under</source>
        <comment>before a number of seconds</comment>
        <translation>Abandono corto por debajo de</translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a To date on or after From.</source>
        <translation>El periodo termina antes de empezar: elija una fecha Hasta igual o posterior a Desde.</translation>
    </message>
    <message>
        <source>The queues and teams to filter by could not be loaded: {problem}</source>
        <translation>No se han podido cargar las colas y los equipos para filtrar: {problem}</translation>
    </message>
    <message>
        <source>Short abandons are now calls that hang up under {seconds} s</source>
        <translation>Ahora son abandonos cortos las llamadas que cuelgan antes de {seconds} s</translation>
    </message>
    <message>
        <source>Running…</source>
        <comment>the Run report button, while it runs</comment>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>No report: the server refused it (see above).</source>
        <translation>No hay informe: el servidor lo ha rechazado (véase arriba).</translation>
    </message>
    <message>
        <source>The report could not be run: {problem}</source>
        <translation>No se ha podido generar el informe: {problem}</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Informe listo</translation>
    </message>
    <message>
        <source>{first} to {last} · {offered} offered · {answered} answered · {abandoned} abandoned</source>
        <comment>a report&apos;s period and its contacts</comment>
        <translation>Del {first} al {last} · {offered} ofrecidos · {answered} atendidos · {abandoned} abandonados</translation>
    </message>
    <message>
        <source>{first} to {last} · {offered} offered · {answered} answered · {abandoned} abandoned · computed in {seconds} s</source>
        <comment>a report&apos;s period, its contacts and how long the server took</comment>
        <translation>Del {first} al {last} · {offered} ofrecidos · {answered} atendidos · {abandoned} abandonados · calculado en {seconds} s</translation>
    </message>
    <message>
        <source>answered within the queue&apos;s threshold / (answered + abandoned after the short-abandon threshold)</source>
        <translation>atendidos dentro del umbral de la cola / (atendidos + abandonados tras el umbral de abandono corto)</translation>
    </message>
    <message>
        <source>Service level = {method}. Short abandons: under {seconds} s.</source>
        <comment>{method}: how the server computes it (its own words)</comment>
        <translation>Nivel de servicio = {method}. Abandonos cortos: por debajo de {seconds} s.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>No se ha podido escribir {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {file}</source>
        <translation>
            <numerusform>Se ha escrito %n fila en {file}</numerusform>
            <numerusform>Se han escrito %n filas en {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.admin.scripts</name>
    <message>
        <source>Sam Sample</source>
        <comment>a made-up customer&apos;s name, for a preview</comment>
        <translation>Juan Ejemplo</translation>
    </message>
    <message>
        <source>Prefers e-mail.</source>
        <comment>a made-up customer&apos;s notes</comment>
        <translation>Prefiere el correo electrónico.</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a column</comment>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Used by</source>
        <comment>a column: the queues using a script</comment>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>New script</source>
        <comment>a button</comment>
        <translation>Nuevo guion</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Tick the queues whose agents read this script</source>
        <translation>Marque las colas cuyos agentes leen este guion</translation>
    </message>
    <message>
        <source>Queues using this script</source>
        <translation>Colas que usan este guion</translation>
    </message>
    <message>
        <source>e.g. Support greeting</source>
        <comment>an example of a script&apos;s name</comment>
        <translation>p. ej. Saludo de soporte</translation>
    </message>
    <message>
        <source>Hello {customer.name}, thank you for calling…</source>
        <comment>an example of a script: keep {customer.name} as it is</comment>
        <translation>Hola, {customer.name}, gracias por llamar…</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Haga doble clic para insertar en el cursor</translation>
    </message>
    <message>
        <source>Insert</source>
        <comment>a button: insert the placeholder</comment>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the script&apos;s</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a field: the text</comment>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <comment>a list&apos;s title: {customer.name} and such</comment>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>New script</source>
        <comment>the form&apos;s title</comment>
        <translation>Nuevo guion</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <comment>what to search customers by</comment>
        <translation>Nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Find</source>
        <comment>a button: find customers</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Sample customer</source>
        <translation>Cliente de ejemplo</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a form&apos;s label</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Caller gave name</source>
        <comment>a form&apos;s label</comment>
        <translation>Nombre indicado por el llamante</translation>
    </message>
    <message>
        <source>Caller gave phone</source>
        <comment>a form&apos;s label</comment>
        <translation>Teléfono indicado por el llamante</translation>
    </message>
    <message>
        <source>Preview — as the agent sees it</source>
        <translation>Vista previa: tal como lo ve el agente</translation>
    </message>
    <message>
        <source>Script “{name}”</source>
        <comment>the form&apos;s title</comment>
        <translation>Guion «{name}»</translation>
    </message>
    <message>
        <source>give the script a name</source>
        <translation>dé un nombre al guion</translation>
    </message>
    <message>
        <source>Script “{name}” created.</source>
        <translation>Se ha creado el guion «{name}».</translation>
    </message>
    <message>
        <source>Script “{name}” saved.</source>
        <translation>Se ha guardado el guion «{name}».</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>¿Eliminar «{name}»?</translation>
    </message>
    <message>
        <source>Delete “{name}”? {queues} will have no script.</source>
        <comment>{queues}: the names of the queues using it</comment>
        <translation>¿Eliminar «{name}»? {queues} se quedarán sin guion.</translation>
    </message>
    <message>
        <source>Delete script</source>
        <comment>a window title</comment>
        <translation>Eliminar guion</translation>
    </message>
    <message>
        <source>Script deleted.</source>
        <translation>Guion eliminado.</translation>
    </message>
    <message>
        <source>{queue}   (now: {script})</source>
        <comment>a queue, and the script it uses now</comment>
        <translation>{queue}   (ahora: {script})</translation>
    </message>
    <message>
        <source>another script</source>
        <comment>its name unknown</comment>
        <translation>otro guion</translation>
    </message>
    <message>
        <source>Queue “{name}” uses this script.</source>
        <translation>La cola «{name}» usa este guion.</translation>
    </message>
    <message>
        <source>Queue “{name}” has no script now.</source>
        <translation>La cola «{name}» ya no tiene guion.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>Se ha encontrado %n cliente.</numerusform>
            <numerusform>Se han encontrado %n clientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.admin.staffing</name>
    <message>
        <source>never: the queue only grows</source>
        <translation>nunca: la cola no deja de crecer</translation>
    </message>
    <message>
        <source>the patience is too long next to the handle time: use Erlang C</source>
        <translation>la paciencia es demasiado larga en comparación con el tiempo de operación: use Erlang C</translation>
    </message>
    <message>
        <source>calls must be a finite number, at least 0</source>
        <translation>las llamadas deben ser un número finito, de 0 o más</translation>
    </message>
    <message>
        <source>the interval must be longer than 0 s</source>
        <translation>el intervalo debe durar más de 0 s</translation>
    </message>
    <message>
        <source>the average handle time must be longer than 0 s</source>
        <translation>el tiempo medio de operación debe ser mayor de 0 s</translation>
    </message>
    <message>
        <source>the service-level threshold must be 0 s or more</source>
        <translation>el umbral del nivel de servicio debe ser de 0 s o más</translation>
    </message>
    <message>
        <source>the callers&apos; patience must be longer than 0 s</source>
        <translation>la paciencia de los clientes debe ser mayor de 0 s</translation>
    </message>
    <message>
        <source>the target service level must be between 0 and 1 (exclusive)</source>
        <translation>el nivel de servicio objetivo debe estar entre 0 y 1 (sin incluirlos)</translation>
    </message>
    <message>
        <source>the maximum occupancy must be above 0 and at most 1</source>
        <translation>la ocupación máxima debe ser mayor que 0 y como mucho 1</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a column: how many agents</comment>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>share of calls answered within the target time</source>
        <translation>porcentaje de llamadas atendidas dentro del tiempo objetivo</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation>TME</translation>
    </message>
    <message>
        <source>average speed of answer</source>
        <translation>tiempo medio de espera</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>share of agents&apos; time on calls</source>
        <translation>porcentaje del tiempo de los agentes en llamadas</translation>
    </message>
    <message>
        <source>Calls that wait</source>
        <comment>a column</comment>
        <translation>Llamadas que esperan</translation>
    </message>
    <message>
        <source>share of callers who find no agent free</source>
        <translation>porcentaje de clientes que no encuentran ningún agente libre</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a column</comment>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <source>callers who give up waiting (only with a patience, Erlang A)</source>
        <translation>clientes que dejan de esperar (solo con paciencia, Erlang A)</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes (mind the space)</comment>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds (mind the space)</comment>
        <translation> s</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a percentage (mind the space)</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Callers hang up after, on average</source>
        <comment>before seconds</comment>
        <translation>Los clientes cuelgan, de media, tras</translation>
    </message>
    <message>
        <source>Keep occupancy at most</source>
        <comment>before a percentage</comment>
        <translation>Mantener la ocupación como máximo en</translation>
    </message>
    <message>
        <source>From report</source>
        <comment>a button: fill in from the report</comment>
        <translation>Del informe</translation>
    </message>
    <message>
        <source>Run a report first: its busiest interval and AHT fill in</source>
        <translation>Genere primero un informe: se rellenan su intervalo de más actividad y su TMO</translation>
    </message>
    <message>
        <source>Agents and the service they give</source>
        <translation>Agentes y nivel de servicio</translation>
    </message>
    <message>
        <source>Calls per interval</source>
        <translation>Llamadas por intervalo</translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation>Duración del intervalo</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Tiempo medio de operación</translation>
    </message>
    <message>
        <source>Service level goal</source>
        <translation>Objetivo de nivel de servicio</translation>
    </message>
    <message>
        <source>Answered within</source>
        <comment>the service level goal&apos;s time: 80 % of calls answered within 20 s</comment>
        <translation>Atendidas en</translation>
    </message>
    <message>
        <source>With fewer or more agents</source>
        <translation>Con menos o más agentes</translation>
    </message>
    <message>
        <source>Fill in the busiest interval and the AHT of the last report</source>
        <translation>Rellenar con el intervalo de más actividad y el TMO del último informe</translation>
    </message>
    <message numerus="yes">
        <source>From the report: the busiest interval, {at}, had %n call(s); AHT {aht}.</source>
        <comment>{at}: a date and time; {aht}: average handle time, 4:20</comment>
        <translation>
            <numerusform>Del informe: el intervalo de más actividad, {at}, tuvo %n llamada; TMO {aht}.</numerusform>
            <numerusform>Del informe: el intervalo de más actividad, {at}, tuvo %n llamadas; TMO {aht}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the report: the busiest interval, {at}, had %n call(s); AHT unknown.</source>
        <comment>{at}: a date and time</comment>
        <translation>
            <numerusform>Del informe: el intervalo de más actividad, {at}, tuvo %n llamada; TMO desconocido.</numerusform>
            <numerusform>Del informe: el intervalo de más actividad, {at}, tuvo %n llamadas; TMO desconocido.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is {traffic} agents&apos; worth of calls at once (calls times AHT, over the interval); this estimate goes up to {most}. Check the calls per interval and the interval length.</source>
        <translation>Equivale a {traffic} agentes ocupados a la vez (llamadas por TMO, entre la duración del intervalo); esta estimación llega hasta {most}. Revise las llamadas por intervalo y la duración del intervalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) needed</source>
        <translation>
            <numerusform>Se necesita %n agente</numerusform>
            <numerusform>Se necesitan %n agentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted: service level {service_level} within {seconds} s · ASA {asa} · occupancy {occupancy}</source>
        <translation>Previsión: nivel de servicio {service_level} en {seconds} s · TME {asa} · ocupación {occupancy}</translation>
    </message>
    <message>
        <source>Predicted: service level {service_level} within {seconds} s · ASA {asa} · occupancy {occupancy} · abandon rate {abandon_rate}</source>
        <translation>Previsión: nivel de servicio {service_level} en {seconds} s · TME {asa} · ocupación {occupancy} · tasa de abandono {abandon_rate}</translation>
    </message>
    <message>
        <source>Traffic: {erlangs} erlangs (calls times AHT, over the interval)</source>
        <translation>Tráfico: {erlangs} erlangs (llamadas por TMO, entre la duración del intervalo)</translation>
    </message>
    <message>
        <source>Erlang A: callers may hang up while they wait.</source>
        <translation>Erlang A: los clientes pueden colgar mientras esperan.</translation>
    </message>
    <message>
        <source>Erlang C: callers wait as long as it takes (a little pessimistic).</source>
        <translation>Erlang C: los clientes esperan lo que haga falta (algo pesimista).</translation>
    </message>
</context>
<context>
    <name>ui.admin.trunks</name>
    <message>
        <source>the account&apos;s password</source>
        <translation>la contraseña de la cuenta</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>sin cambios si no escribe una nueva</translation>
    </message>
    <message>
        <source>none yet: type the account&apos;s password</source>
        <translation>aún no hay ninguna: escriba la contraseña de la cuenta</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: the trunk is in use</comment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: the trunk is in use</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a column</comment>
        <translation>Troncal</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>a column: a server&apos;s address</comment>
        <translation>Host</translation>
    </message>
    <message>
        <source>Known by</source>
        <comment>a column: how the provider knows it</comment>
        <translation>Identificada por</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a column</comment>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Registration</source>
        <comment>a column</comment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>how the provider&apos;s registrar last answered, in local time</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>última respuesta del registrador del proveedor, en hora local</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Troncales</translation>
    </message>
    <message>
        <source>New trunk</source>
        <comment>a button</comment>
        <translation>Nueva troncal</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a field</comment>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Registers</source>
        <comment>a field: registers with an account</comment>
        <translation>Se registra</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <comment>a field</comment>
        <translation>Direcciones IP</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the trunk&apos;s</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>a form&apos;s label: a server&apos;s address</comment>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>a form&apos;s label: a network port</comment>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Transport</source>
        <comment>a form&apos;s label: UDP, TCP, TLS</comment>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <comment>a form&apos;s label</comment>
        <translation>Proxy de salida</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>a form&apos;s label: the account&apos;s</comment>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Auth username</source>
        <comment>a form&apos;s label: the user name to log in with</comment>
        <translation>Usuario de autenticación</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Realm</source>
        <comment>a form&apos;s label: SIP authentication</comment>
        <translation>Dominio (realm)</translation>
    </message>
    <message>
        <source>Register for</source>
        <comment>a form&apos;s label: how long a registration lasts</comment>
        <translation>Registrar durante</translation>
    </message>
    <message>
        <source>e.g. Provider</source>
        <comment>an example of a trunk&apos;s name</comment>
        <translation>p. ej. Proveedor</translation>
    </message>
    <message>
        <source>sip.provider.com or 192.0.2.10</source>
        <comment>examples of a server&apos;s address</comment>
        <translation>sip.proveedor.com o 192.0.2.10</translation>
    </message>
    <message>
        <source>optional: proxy.example.com:5060</source>
        <translation>opcional: proxy.example.com:5060</translation>
    </message>
    <message>
        <source>In use (unticked: kept, not used)</source>
        <translation>En uso (sin marcar: se conserva, pero no se usa)</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a group&apos;s title</comment>
        <translation>Troncal</translation>
    </message>
    <message>
        <source>Registers with an account</source>
        <translation>Se registra con una cuenta</translation>
    </message>
    <message>
        <source>optional: if not the username</source>
        <translation>opcional: si no es el usuario</translation>
    </message>
    <message>
        <source>optional: as the provider asks</source>
        <translation>opcional: según indique el proveedor</translation>
    </message>
    <message>
        <source> s</source>
        <comment>a suffix after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The addresses or networks the provider&apos;s calls come from, one per line.</source>
        <translation>Las direcciones o redes desde las que llegan las llamadas del proveedor, una por línea.</translation>
    </message>
    <message>
        <source>Known by its addresses</source>
        <comment>a group&apos;s title</comment>
        <translation>Identificada por sus direcciones</translation>
    </message>
    <message>
        <source>{reason}: the trunk is kept, but not used.</source>
        <comment>{reason}: why the server cannot serve the transport (the server&apos;s words)</comment>
        <translation>{reason}: la troncal se conserva, pero no se usa.</translation>
    </message>
    <message>
        <source>The trunks&apos; state could not be read: {problem}</source>
        <comment>{problem}: why</comment>
        <translation>No se ha podido leer el estado de las troncales: {problem}</translation>
    </message>
    <message>
        <source>Phone calls are not working: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation>Las llamadas telefónicas no funcionan: {problem}</translation>
    </message>
    <message>
        <source>New trunk</source>
        <comment>the form&apos;s title</comment>
        <translation>Nueva troncal</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a trunk&apos;s name</comment>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Name: give the trunk a name (e.g. the provider&apos;s).</source>
        <translation>Nombre: dé un nombre a la troncal (p. ej. el del proveedor).</translation>
    </message>
    <message>
        <source>Created trunk {name}.</source>
        <translation>Se ha creado la troncal {name}.</translation>
    </message>
    <message>
        <source>Saved trunk {name}.</source>
        <translation>Se ha guardado la troncal {name}.</translation>
    </message>
    <message>
        <source>Delete trunk</source>
        <comment>a window title</comment>
        <translation>Eliminar troncal</translation>
    </message>
    <message>
        <source>Delete the trunk {name}? Its calls stop; a trunk that phone numbers use cannot be deleted (untick In use to keep it but stop it).</source>
        <comment>In use: the form&apos;s check box of that name</comment>
        <translation>¿Eliminar la troncal {name}? Sus llamadas se detendrán; una troncal que usan números de teléfono no se puede eliminar (desmarque En uso para conservarla sin usarla).</translation>
    </message>
    <message>
        <source>Deleted trunk {name}.</source>
        <translation>Se ha eliminado la troncal {name}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.window</name>
    <message>
        <source>Callnest — admin</source>
        <comment>a window title</comment>
        <translation>Callnest — administración</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a tab</comment>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a tab</comment>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a tab</comment>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <comment>a tab: the queues&apos; e-mail accounts</comment>
        <translation>Buzones</translation>
    </message>
    <message>
        <source>Announcements</source>
        <comment>a tab: what callers hear</comment>
        <translation>Locuciones</translation>
    </message>
    <message>
        <source>Scripts</source>
        <comment>a tab: what agents read out</comment>
        <translation>Guiones</translation>
    </message>
    <message>
        <source>Dispositions &amp;&amp; breaks</source>
        <comment>a tab: how calls ended, and agents&apos; break reasons; &amp;&amp; shows as one &amp;</comment>
        <translation>Tipificaciones &amp;&amp; pausas</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a tab</comment>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Interactions</source>
        <comment>a tab: past calls and chats</comment>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a tab</comment>
        <translation>Devoluciones de llamada</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <comment>a tab</comment>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Reports</source>
        <comment>a tab</comment>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Staffing</source>
        <comment>a tab: how many agents are needed</comment>
        <translation>Dimensionamiento</translation>
    </message>
    <message>
        <source>Backups</source>
        <comment>a tab</comment>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>a tab: how the server is doing</comment>
        <translation>Estado del sistema</translation>
    </message>
</context>
<context>
    <name>ui.agent</name>
    <message>
        <source>No working microphone: open Headset set-up</source>
        <translation>Ningún micrófono funciona: abra la configuración de los auriculares</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Conexión perdida: reconectando…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Incoming chat</source>
        <translation>Chat entrante</translation>
    </message>
    <message>
        <source>Offline message</source>
        <translation>Mensaje fuera de línea</translation>
    </message>
    <message>
        <source>Incoming e-mail</source>
        <translation>Correo entrante</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Devolución de llamada</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>Llamada de campaña</translation>
    </message>
    <message>
        <source>Time in this status</source>
        <translation>Tiempo en este estado</translation>
    </message>
    <message>
        <source>Time since you logged in</source>
        <translation>Tiempo desde que inició sesión</translation>
    </message>
    <message>
        <source>Headset…</source>
        <comment>a button: opens the headset set-up</comment>
        <translation>Auriculares…</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a tab: the phone call in hand</comment>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a tab</comment>
        <translation>Chats</translation>
    </message>
    <message>
        <source>&amp;Callnest</source>
        <comment>the menu named after the app</comment>
        <translation>&amp;Callnest</translation>
    </message>
    <message>
        <source>&amp;Headset…</source>
        <comment>a menu item</comment>
        <translation>&amp;Auriculares…</translation>
    </message>
    <message>
        <source>&amp;Wallboard…</source>
        <comment>a menu item</comment>
        <translation>&amp;Panel…</translation>
    </message>
    <message>
        <source>&amp;Admin…</source>
        <comment>a menu item</comment>
        <translation>A&amp;dministración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>a menu item</comment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <comment>the menu of what the keyboard shortcuts do</comment>
        <translation>&amp;Acciones</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>a menu</comment>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <comment>a menu item</comment>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>&amp;Change keyboard shortcuts…</source>
        <comment>a menu item</comment>
        <translation>&amp;Cambiar atajos de teclado…</translation>
    </message>
    <message>
        <source>Logged out: {reason}</source>
        <comment>{reason}: the server&apos;s words</comment>
        <translation>Sesión cerrada: {reason}</translation>
    </message>
    <message>
        <source>Last customer</source>
        <comment>the customer card&apos;s title, between calls</comment>
        <translation>Último cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>the customer card&apos;s title</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Llamada saliente</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>You are on a break</source>
        <comment>a notification&apos;s title</comment>
        <translation>Está en pausa</translation>
    </message>
    <message>
        <source>Chats ({count})</source>
        <comment>a tab; {count}: the chats open</comment>
        <translation>Chats ({count})</translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation>Cola: {queue}</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>the agent&apos;s status</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>the agent&apos;s status</comment>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Callnest — {status}</source>
        <comment>the tray icon&apos;s tooltip</comment>
        <translation>Callnest — {status}</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>a break the server set, with no reason</comment>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Waiting for the next contact</source>
        <translation>Esperando el siguiente contacto</translation>
    </message>
    <message>
        <source>You are available: calls ring here.</source>
        <translation>Está disponible: las llamadas sonarán aquí.</translation>
    </message>
    <message>
        <source>Checking your connection</source>
        <translation>Comprobando su conexión</translation>
    </message>
    <message>
        <source>Calls are held back</source>
        <translation>No se le ofrecen llamadas</translation>
    </message>
    <message>
        <source>No contacts are offered until your home connection can carry a call. You become available again by yourself once it can.</source>
        <translation>No se le ofrecerán contactos hasta que su conexión doméstica permita atender una llamada. Volverá a estar disponible automáticamente en cuanto lo permita.</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a break with no reason, at the start of a sentence</comment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>{reason}: no contacts are offered. Choose Available when you are back.</source>
        <comment>{reason}: the break&apos;s reason (Lunch)</comment>
        <translation>{reason}: no se le ofrecen contactos. Elija Disponible cuando vuelva.</translation>
    </message>
    <message>
        <source>Choose Available to start taking contacts.</source>
        <translation>Elija Disponible para empezar a recibir contactos.</translation>
    </message>
    <message>
        <source>Calling {who}…</source>
        <translation>Llamando a {who}…</translation>
    </message>
    <message>
        <source>Ringing   ·   {queue}</source>
        <comment>{queue}: the queue the call is for</comment>
        <translation>Sonando   ·   {queue}</translation>
    </message>
    <message>
        <source>Stop calling</source>
        <translation>Dejar de llamar</translation>
    </message>
    <message>
        <source>Placing the call   ·   {queue}</source>
        <comment>{queue}: the queue the call is for</comment>
        <translation>Realizando la llamada   ·   {queue}</translation>
    </message>
    <message>
        <source>Hang up works once the call is on its way</source>
        <translation>Podrá colgar cuando la llamada esté en curso</translation>
    </message>
    <message>
        <source>Queue: {queue}   ·   they see {caller_id}</source>
        <comment>{caller_id}: the number the called customer sees</comment>
        <translation>Cola: {queue}   ·   el cliente ve {caller_id}</translation>
    </message>
    <message>
        <source>Unmute</source>
        <comment>a button</comment>
        <translation>Quitar silencio</translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>a button</comment>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a button: takes the call off hold</comment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a button: puts the call on hold</comment>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <comment>a button</comment>
        <translation>Reanudar grabación</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <comment>a button</comment>
        <translation>Pausar grabación</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>a chip: the call is on hold</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Muted</source>
        <comment>a chip: the microphone is off</comment>
        <translation>Silenciado</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <comment>a chip</comment>
        <translation>Grabación en pausa</translation>
    </message>
    <message>
        <source>In status {duration}</source>
        <comment>{duration}: e.g. 3:35</comment>
        <translation>En este estado: {duration}</translation>
    </message>
    <message>
        <source>Shift {duration}</source>
        <comment>time since the agent logged in; {duration}: 3:35</comment>
        <translation>Turno: {duration}</translation>
    </message>
    <message>
        <source>Answer within {seconds} s or you will be put on a break</source>
        <comment>{seconds}: the seconds left to answer the ringing offer</comment>
        <translation>Atienda en {seconds} s o se le pondrá en pausa</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>a tooltip</comment>
        <translation>Atender</translation>
    </message>
    <message>
        <source>Leave it to a colleague</source>
        <translation>Dejarla para otro agente</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a tooltip</comment>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Hang up</source>
        <comment>a tooltip</comment>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Mute or unmute your microphone</source>
        <translation>Silenciar el micrófono o quitar el silencio</translation>
    </message>
    <message>
        <source>Put the call on hold or resume it</source>
        <translation>Poner la llamada en espera o reanudarla</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Transferir la llamada</translation>
    </message>
    <message>
        <source>Your status: only Available gets contacts
{available} · {on_break}</source>
        <comment>{available}, {on_break}: the shortcuts&apos; names and keys</comment>
        <translation>Su estado: solo recibe contactos en Disponible
{available} · {on_break}</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>a tooltip</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a tooltip</comment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Next chat</source>
        <comment>a tooltip</comment>
        <translation>Siguiente chat</translation>
    </message>
    <message>
        <source>There is nothing to transfer.</source>
        <translation>No hay nada que transferir.</translation>
    </message>
    <message>
        <source>There is no queue to call for.</source>
        <translation>No hay ninguna cola para la que llamar.</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a section of the transfer menu</comment>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a section of the transfer menu</comment>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>No other agents</source>
        <translation>No hay otros agentes</translation>
    </message>
    <message>
        <source>Outside</source>
        <comment>a section of the transfer menu: outside numbers</comment>
        <translation>Exterior</translation>
    </message>
    <message>
        <source>To a phone number…</source>
        <comment>a menu item</comment>
        <translation>A un número de teléfono…</translation>
    </message>
    <message>
        <source>That number cannot be called: {reason}</source>
        <comment>{reason}: what is wrong with the number</comment>
        <translation>No se puede llamar a ese número: {reason}</translation>
    </message>
    <message>
        <source>Transfer to a phone number</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Transferir a un número de teléfono</translation>
    </message>
    <message>
        <source>The number, with its country code (e.g. +386 41 123 456):</source>
        <translation>El número, con su prefijo de país (p. ej. +34 612 345 678):</translation>
    </message>
    <message>
        <source>The identity could not be confirmed: {problem}</source>
        <comment>{problem}: why, from the server</comment>
        <translation>No se ha podido confirmar la identidad: {problem}</translation>
    </message>
    <message>
        <source>Callnest alarm: {title}</source>
        <comment>{title}: the alarm&apos;s, from the server</comment>
        <translation>Alarma de Callnest: {title}</translation>
    </message>
    <message>
        <source>Offers to you rang out unanswered — choose Available when you are back.</source>
        <translation>Se le han ofrecido contactos que no se han atendido. Elija Disponible cuando vuelva.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in a row were not answered — choose Available when you are back.</source>
        <comment>the break the system set after missed calls</comment>
        <translation>
            <numerusform>No se ha atendido %n llamada seguida. Elija Disponible cuando vuelva.</numerusform>
            <numerusform>No se han atendido %n llamadas seguidas. Elija Disponible cuando vuelva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in a row were not answered — choose Available when you are back.</source>
        <comment>the break the system set after missed calls and chats</comment>
        <translation>
            <numerusform>No se ha atendido %n contacto seguido. Elija Disponible cuando vuelva.</numerusform>
            <numerusform>No se han atendido %n contactos seguidos. Elija Disponible cuando vuelva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Break — {reason}</source>
        <comment>the agent&apos;s status; {reason}: Lunch</comment>
        <translation>Pausa — {reason}</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <comment>a button: no longer asks a supervisor for help</comment>
        <translation>Bajar la mano</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <comment>a button: asks a supervisor for help</comment>
        <translation>Levantar la mano</translation>
    </message>
</context>
<context>
    <name>ui.alarms</name>
    <message>
        <source>Server alarms</source>
        <comment>a screen reader&apos;s name for the banner</comment>
        <translation>Alarmas del servidor</translation>
    </message>
    <message>
        <source>Health…</source>
        <comment>a button: opens the admin window&apos;s Health tab</comment>
        <translation>Estado del sistema…</translation>
    </message>
    <message>
        <source>The doctor&apos;s report, alarms and backups (admin window)</source>
        <translation>El informe del diagnóstico, las alarmas y las copias de seguridad (ventana de administración)</translation>
    </message>
</context>
<context>
    <name>ui.chat</name>
    <message>
        <source>No chats right now. New chats open here, one tab each.</source>
        <translation>No hay chats en este momento. Los chats nuevos se abren aquí, uno por pestaña.</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: sends a message that failed again</comment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>{who} · {time} · sending…</source>
        <comment>above a message on its way: who wrote it, and when</comment>
        <translation>{who} · {time} · enviando…</translation>
    </message>
    <message>
        <source>Not sent: {problem}</source>
        <translation>No enviado: {problem}</translation>
    </message>
    <message>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Escriba un mensaje: Intro para enviar, Mayús+Intro para una línea nueva</translation>
    </message>
    <message>
        <source>Escalated: no first response in time (tier {tier})</source>
        <translation>Escalado: sin primera respuesta a tiempo (nivel {tier})</translation>
    </message>
    <message>
        <source>Escalated: not resolved in time (tier {tier})</source>
        <translation>Escalado: no resuelto a tiempo (nivel {tier})</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <comment>a button: transfers the chat</comment>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>End chat</source>
        <comment>a button</comment>
        <translation>Finalizar chat</translation>
    </message>
    <message>
        <source>Close the chat for the customer and go to wrap-up</source>
        <translation>Finalizar el chat para el cliente y pasar al cierre</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>the box an answer is written in, read out</comment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>a button: sends the message</comment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Click an answer to put it in the send box</source>
        <translation>Haga clic en una respuesta para ponerla en el cuadro de envío</translation>
    </message>
    <message>
        <source>This queue has no canned responses.</source>
        <translation>Esta cola no tiene respuestas predefinidas.</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <comment>a group&apos;s title</comment>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Offline message · Queue: {queue}</source>
        <translation>Mensaje fuera de línea · Cola: {queue}</translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation>Cola: {queue}</translation>
    </message>
    <message>
        <source>Customer left</source>
        <comment>a chip beside the chat&apos;s name</comment>
        <translation>El cliente se ha ido</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>a chip beside the chat&apos;s name: the chat is over</comment>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>{name} is typing…</source>
        <translation>{name} está escribiendo…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a button: closes an offline message</comment>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>You</source>
        <comment>who wrote a message: the agent</comment>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>who wrote a message</comment>
        <translation>Agente</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection</source>
        <comment>why not sent</comment>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>Offline message · {who} · {queue}</source>
        <translation>Mensaje fuera de línea · {who} · {queue}</translation>
    </message>
    <message>
        <source>New chat · {who} · {queue}</source>
        <translation>Nuevo chat · {who} · {queue}</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>who a chat is with, when not known</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>a button: takes the chat</comment>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a button: refuses the chat</comment>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Callnest — {agent} chatting with {customer}</source>
        <translation>Callnest — {agent} chateando con {customer}</translation>
    </message>
    <message>
        <source>Read only: {agent}&apos;s chat, as it happens.</source>
        <translation>Solo lectura: el chat de {agent}, en directo.</translation>
    </message>
    <message>
        <source>This chat cannot be read: {problem}</source>
        <translation>No se puede leer este chat: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.customer</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Unverified: the caller gave this customer&apos;s phone or e-mail, which anyone can type. Check who they are before you discuss the account.</source>
        <translation>Sin verificar: quien llama ha indicado el teléfono o el correo electrónico de este cliente, que cualquiera puede escribir. Compruebe su identidad antes de hablar de la cuenta.</translation>
    </message>
    <message>
        <source>Matched by the caller&apos;s number (caller ID): likely them, though a number can be faked.</source>
        <translation>Identificado por el número de quien llama (identificador de llamada): probablemente es el cliente, aunque un número se puede falsificar.</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>the card&apos;s title</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a button: calls the customer</comment>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation>Confirmar identidad</translation>
    </message>
    <message>
        <source>Once the caller has answered a question only the customer could: shows their details, notes and history</source>
        <translation>Cuando quien llama haya respondido a una pregunta que solo el cliente podría responder: muestra sus datos, notas e historial</translation>
    </message>
    <message>
        <source>No earlier interactions.</source>
        <translation>No hay interacciones anteriores.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>Not a known customer yet: wrap-up can save their details.</source>
        <translation>Aún no es un cliente conocido: en el cierre se pueden guardar sus datos.</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Cliente sin nombre</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>Sin teléfono ni correo electrónico</translation>
    </message>
    <message>
        <source>Call {name} on {number} for {queue}</source>
        <comment>a button&apos;s tooltip; {queue}: the queue the call goes out for</comment>
        <translation>Llamar a {name} al {number} para {queue}</translation>
    </message>
    <message>
        <source>Call {name} for {queue}: choose the number</source>
        <comment>a button&apos;s tooltip; {queue}: the queue the call goes out for</comment>
        <translation>Llamar a {name} para {queue}: elija el número</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>the call script&apos;s title</comment>
        <translation>Guion</translation>
    </message>
    <message>
        <source>This queue has no script.</source>
        <translation>Esta cola no tiene guion.</translation>
    </message>
</context>
<context>
    <name>ui.dialer</name>
    <message>
        <source>e.g. +386 40 111 222</source>
        <translation>p. ej. +34 612 345 678</translation>
    </message>
    <message>
        <source>A number in international form: + and the country code</source>
        <translation>Un número en formato internacional: + y el prefijo de país</translation>
    </message>
    <message>
        <source>The queue you call for: customers see its caller ID, and the call counts in its reports</source>
        <translation>La cola para la que llama: los clientes ven su identificador de llamada y la llamada cuenta en sus informes</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a button: calls the number</comment>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call a number</source>
        <comment>the dial bar&apos;s title</comment>
        <translation>Llamar a un número</translation>
    </message>
    <message>
        <source>for</source>
        <comment>between the number field and the queue: call … for Sales</comment>
        <translation>para</translation>
    </message>
    <message>
        <source>Call this number (or press Enter in it)</source>
        <translation>Llamar a este número (o pulse Intro en el campo)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>a button: hides the notice</comment>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>ui.email</name>
    <message>
        <source>Forward…</source>
        <comment>a button</comment>
        <translation>Reenviar…</translation>
    </message>
    <message>
        <source>Send the customer&apos;s last message, with its attachments, on</source>
        <translation>Reenviar el último mensaje del cliente, con sus adjuntos</translation>
    </message>
    <message>
        <source>Send reply</source>
        <comment>a button: sends the e-mail reply</comment>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>E-mail · Queue: {queue}</source>
        <translation>Correo electrónico · Cola: {queue}</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Guardar el adjunto</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>a reply&apos;s state</comment>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <comment>{reason}: the mail server&apos;s words</comment>
        <translation>No enviada: {reason}</translation>
    </message>
    <message>
        <source>Waiting to be sent again: {reason}</source>
        <comment>{reason}: the mail server&apos;s words</comment>
        <translation>Esperando un nuevo intento de envío: {reason}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>a reply&apos;s state</comment>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>[picture not shown]</source>
        <translation>[imagen no mostrada]</translation>
    </message>
    <message>
        <source>{name} ({size}): too large, not kept — ask for a link instead</source>
        <translation>{name} ({size}): demasiado grande, no se ha guardado — pida un enlace en su lugar</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <comment>before a list of files</comment>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Reading the e-mail…</source>
        <translation>Leyendo el correo…</translation>
    </message>
    <message>
        <source>Write your reply — Ctrl+Enter sends; the queue&apos;s signature is added</source>
        <translation>Escriba su respuesta — Ctrl+Enter la envía; se añade la firma de la cola</translation>
    </message>
    <message>
        <source>Forward the e-mail</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Reenviar el correo</translation>
    </message>
    <message>
        <source>A note above the forwarded message (optional)</source>
        <translation>Una nota encima del mensaje reenviado (opcional)</translation>
    </message>
    <message>
        <source>Forward</source>
        <comment>a button: sends the forward</comment>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>To:</source>
        <comment>the forward&apos;s address</comment>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>the agent&apos;s words above it</comment>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>ui.headset</name>
    <message>
        <source>The sound devices could not be listed: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se han podido enumerar los dispositivos de sonido: {reason}</translation>
    </message>
    <message>
        <source>Same as the speaker</source>
        <comment>where the phone rings</comment>
        <translation>Igual que el altavoz</translation>
    </message>
    <message>
        <source>Speak: the bar should move</source>
        <translation>Hable: la barra debería moverse</translation>
    </message>
    <message>
        <source>Speak into the microphone: the bar shows what it hears.</source>
        <translation>Hable al micrófono: la barra muestra lo que capta.</translation>
    </message>
    <message>
        <source>Play test tone</source>
        <translation>Reproducir tono de prueba</translation>
    </message>
    <message>
        <source>Echo test</source>
        <translation>Prueba de eco</translation>
    </message>
    <message>
        <source>Records {seconds} s, then plays it back to you</source>
        <comment>{seconds}: a number of seconds</comment>
        <translation>Graba {seconds} s y después se lo reproduce</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>the microphone&apos;s sound level</comment>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Ring on</source>
        <comment>the device the phone rings on</comment>
        <translation>Timbre en</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>the system&apos;s default device</comment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <comment>{device}: a sound device&apos;s name</comment>
        <translation>{device} (no conectado)</translation>
    </message>
    <message>
        <source>Playing a test tone…</source>
        <translation>Reproduciendo un tono de prueba…</translation>
    </message>
    <message>
        <source>Did you hear the tone?</source>
        <translation>¿Ha oído el tono?</translation>
    </message>
    <message>
        <source>Speak now: recording {seconds} s, then playing it back…</source>
        <comment>{seconds}: a number of seconds</comment>
        <translation>Hable ahora: grabando {seconds} s; después se reproducirá…</translation>
    </message>
    <message>
        <source>Echo test done: did you hear yourself clearly?</source>
        <translation>Prueba de eco terminada: ¿se ha oído con claridad?</translation>
    </message>
    <message>
        <source>The test could not run.</source>
        <translation>No se ha podido realizar la prueba.</translation>
    </message>
    <message>
        <source>Headset set-up</source>
        <translation>Configuración de los auriculares</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>a button</comment>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ui.login</name>
    <message>
        <source>Saved — leave empty to log in</source>
        <translation>Guardada: déjela vacía para iniciar sesión</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url} — check the address and your internet connection.</source>
        <translation>No se puede conectar con el servidor {url}: compruebe la dirección y su conexión a internet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>No se ha podido verificar el certificado del servidor: {reason}</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: it should look like https://calls.example.com</source>
        <translation>«{url}» no es una dirección de servidor: debería tener un formato como https://calls.example.com</translation>
    </message>
    <message>
        <source>Callnest — log in</source>
        <translation>Callnest — iniciar sesión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <comment>the app speaks the computer&apos;s language</comment>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Log in to your call center</source>
        <translation>Inicie sesión en su centro de llamadas</translation>
    </message>
    <message>
        <source>https://calls.example.com</source>
        <comment>an example server address: keep https:// and example.com</comment>
        <translation>https://calls.example.com</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>su nombre de usuario</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>the server&apos;s address</comment>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Log in</source>
        <comment>a button</comment>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Your saved session has ended: enter your password.</source>
        <translation>Su sesión guardada ha finalizado: introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Logging in failed: {problem}</source>
        <translation>No se ha podido iniciar sesión: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.pages</name>
    <message>
        <source>Waiting for the next contact</source>
        <translation>Esperando el siguiente contacto</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Tiempo restante para atender</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>a button: answer the call</comment>
        <translation>Atender</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a button: decline the call</comment>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Call now</source>
        <comment>a button: place the call at once</comment>
        <translation>Llamar ahora</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>a button: leave the call to place to a colleague</comment>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Leave it to a colleague</source>
        <translation>Dejarla para otro agente</translation>
    </message>
    <message>
        <source>The call is placed when this reaches zero</source>
        <translation>La llamada se realiza cuando esto llegue a cero</translation>
    </message>
    <message>
        <source>Calling out</source>
        <translation>Llamando</translation>
    </message>
    <message>
        <source>Time since you called</source>
        <translation>Tiempo desde que llamó</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>a button: mute the microphone</comment>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a button: put the call on hold</comment>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <comment>a button</comment>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <comment>a button: ask for help</comment>
        <translation>Levantar la mano</translation>
    </message>
    <message>
        <source>Ask a supervisor for help: they see it on the wallboard</source>
        <translation>Pedir ayuda a un supervisor: la verá en el panel</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Pausar grabación</translation>
    </message>
    <message>
        <source>While the caller reads out a card number: the recording keeps silence until you resume it (each pause is logged)</source>
        <translation>Mientras quien llama dicta un número de tarjeta: la grabación guarda silencio hasta que la reanude (cada pausa queda registrada)</translation>
    </message>
    <message>
        <source>Schedule a callback…</source>
        <translation>Programar una devolución de llamada…</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Time left for wrap-up</source>
        <translation>Tiempo restante de cierre</translation>
    </message>
    <message>
        <source>What happened on this contact</source>
        <translation>Qué ha pasado en este contacto</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>a button: ready for the next</comment>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Save the wrap-up and take the next contact</source>
        <translation>Guardar el cierre y pasar al siguiente contacto</translation>
    </message>
    <message>
        <source>Promise the customer a call at a time of their choosing</source>
        <translation>Prometer al cliente una llamada a la hora que elija</translation>
    </message>
    <message>
        <source>Never call this number again</source>
        <translation>No volver a llamar nunca a este número</translation>
    </message>
    <message>
        <source>The customer asked not to be called: no campaign will call this number again</source>
        <translation>El cliente ha pedido que no le llamen: ninguna campaña volverá a llamar a este número</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>of a call or chat</comment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>how a contact ended: sold, no interest...</comment>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>on this contact</comment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kept on the customer&apos;s card for next time</source>
        <translation>Se guardan en la ficha del cliente para la próxima vez</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <source>(no disposition)</source>
        <translation>(sin tipificación)</translation>
    </message>
    <message>
        <source>Callback scheduled for {when}</source>
        <comment>{when}: a date and time</comment>
        <translation>Devolución de llamada programada para {when}</translation>
    </message>
    <message>
        <source>Schedule another callback…</source>
        <translation>Programar otra devolución de llamada…</translation>
    </message>
    <message>
        <source>{field}: that is not an e-mail address.</source>
        <translation>{field}: no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <comment>{problem}: the system&apos;s technical words</comment>
        <translation>{field}: {problem}.</translation>
    </message>
</context>
<context>
    <name>ui.schedule_callback</name>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Schedule a callback</source>
        <translation>Programar una devolución de llamada</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation>Cola: {queue}</translation>
    </message>
    <message>
        <source>with its country code, e.g. +386 41 123 456</source>
        <translation>con el prefijo de país, p. ej. +34 612 345 678</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>the callback&apos;s date in Qt&apos;s date format (ddd: the weekday, d: the day, MMM: the month, both shortened; yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>The time above is on this clock: where the customer is</source>
        <translation>La hora indicada arriba es la de este reloj: donde está el cliente</translation>
    </message>
    <message>
        <source>What the call is about, for whoever makes it</source>
        <translation>De qué trata la llamada, para quien la haga</translation>
    </message>
    <message>
        <source>When</source>
        <comment>a field: the callback&apos;s time</comment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Customer&apos;s time zone</source>
        <translation>Zona horaria del cliente</translation>
    </message>
    <message>
        <source>That is {when} here.</source>
        <comment>{when}: the same moment on this computer&apos;s clock</comment>
        <translation>Aquí será: {when}.</translation>
    </message>
    <message>
        <source>Enter the number to call back.</source>
        <translation>Introduzca el número al que devolver la llamada.</translation>
    </message>
    <message>
        <source>That number cannot be called: {reason}</source>
        <comment>{reason}: what is wrong with the number</comment>
        <translation>No se puede llamar a ese número: {reason}</translation>
    </message>
    <message>
        <source>Pick the customer&apos;s time zone from the list.</source>
        <translation>Elija de la lista la zona horaria del cliente.</translation>
    </message>
    <message>
        <source>Callback</source>
        <comment>the callback as a whole</comment>
        <translation>Devolución de llamada</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <comment>{field}: a field&apos;s name; {problem}: what is wrong with it (English)</comment>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Programando…</translation>
    </message>
</context>
<context>
    <name>ui.setup</name>
    <message>
        <source>Copy</source>
        <comment>a button: copy to the clipboard</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Your first queue</source>
        <translation>Su primera cola</translation>
    </message>
    <message>
        <source>Callers wait in a queue until an operator is free. Most businesses start with one.</source>
        <translation>Quienes llaman esperan en una cola hasta que hay un agente libre. La mayoría de las empresas empiezan con una.</translation>
    </message>
    <message>
        <source>e.g. Customer support</source>
        <translation>p. ej. Atención al cliente</translation>
    </message>
    <message>
        <source>customer-support</source>
        <comment>an example queue name in a web address: lower-case a-z, digits, dashes only</comment>
        <translation>atencion-al-cliente</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes: it is part of a web address</source>
        <translation>Letras minúsculas, cifras y guiones: forma parte de una dirección web</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Time after each call for notes before the next one rings</source>
        <translation>Tiempo tras cada llamada para tomar notas antes de que suene la siguiente</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>the queue&apos;s name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address name</source>
        <comment>the queue&apos;s name in its web address</comment>
        <translation>Nombre en la dirección</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Tiempo de cierre</translation>
    </message>
    <message>
        <source>Callers reach it at {address}</source>
        <translation>Dirección para llamar: {address}</translation>
    </message>
    <message>
        <source>Give the queue a name, e.g. Customer support.</source>
        <translation>Dé un nombre a la cola, p. ej. Atención al cliente.</translation>
    </message>
    <message>
        <source>The address name takes lower-case letters, digits and dashes, and starts with a letter or digit (e.g. customer-support).</source>
        <translation>El nombre en la dirección admite letras minúsculas, cifras y guiones, y empieza por una letra o una cifra (p. ej. atencion-al-cliente).</translation>
    </message>
    <message>
        <source>Created the queue {name}.</source>
        <translation>Se ha creado la cola {name}.</translation>
    </message>
    <message>
        <source>Your first operator</source>
        <translation>Su primer agente</translation>
    </message>
    <message>
        <source>An account for someone who answers calls. Callnest makes up their password.</source>
        <translation>Una cuenta para alguien que atiende llamadas. Callnest crea su contraseña.</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <comment>an example of a person&apos;s full name</comment>
        <translation>p. ej. Ada Lovelace</translation>
    </message>
    <message>
        <source>ada.lovelace</source>
        <comment>an example user name made from the full name: letters, digits and . _ @ -</comment>
        <translation>ada.lovelace</translation>
    </message>
    <message>
        <source>made up when you press Next</source>
        <translation>se crea al pulsar Siguiente</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>Introduzca el nombre del agente.</translation>
    </message>
    <message>
        <source>The user name takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).</source>
        <translation>El nombre de usuario debe tener de 2 a 64 letras, cifras y . _ @ - (p. ej. ada.lovelace).</translation>
    </message>
    <message>
        <source>Give {name} the user name {username} and this password. It is shown only now: copy it before you go on.</source>
        <translation>Dé a {name} el nombre de usuario {username} y esta contraseña. Solo se muestra ahora: cópiela antes de continuar.</translation>
    </message>
    <message>
        <source>Your headset</source>
        <translation>Sus auriculares</translation>
    </message>
    <message>
        <source>Pick the headset you take calls with; the bar should move when you speak.</source>
        <translation>Elija los auriculares con los que atiende las llamadas; la barra debería moverse al hablar.</translation>
    </message>
    <message>
        <source>Pick another device, or press Next to set the headset up later.</source>
        <translation>Elija otro dispositivo o pulse Siguiente para configurar los auriculares más tarde.</translation>
    </message>
    <message>
        <source>Ready for calls</source>
        <translation>Listo para recibir llamadas</translation>
    </message>
    <message>
        <source>Put the queue where your callers are.</source>
        <translation>Ponga la cola donde están sus clientes.</translation>
    </message>
    <message>
        <source>The caller page — link to it, or send it to a customer:</source>
        <translation>La página de llamada: enlácela o envíela a un cliente:</translation>
    </message>
    <message>
        <source>A call button for your own web site — paste it into a page:</source>
        <translation>Un botón de llamada para su propio sitio web: péguelo en una página:</translation>
    </message>
    <message>
        <source>{name} installs Callnest, logs in to {server} as {username} and goes Available.</source>
        <comment>Available: the agent&apos;s state, as the agent window&apos;s button says it</comment>
        <translation>{name} instala Callnest, inicia sesión en {server} como {username} y se pone en Disponible.</translation>
    </message>
    <message>
        <source>Browsers give a page the microphone only over HTTPS (or on this computer): put the server behind your HTTPS proxy before real customers call.</source>
        <translation>Los navegadores solo dan acceso al micrófono a páginas servidas por HTTPS (o en este equipo): ponga el servidor detrás de su proxy HTTPS antes de que llamen clientes reales.</translation>
    </message>
    <message>
        <source>Set up Callnest</source>
        <translation>Configurar Callnest</translation>
    </message>
    <message>
        <source>Later</source>
        <comment>a button: close the set-up, to finish it later</comment>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a button: finish the set-up</comment>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>ui.shortcuts</name>
    <message>
        <source>Answer</source>
        <translation>Atender</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Silenciar o quitar silencio</translation>
    </message>
    <message>
        <source>Hold or resume</source>
        <translation>Poner en espera o reanudar</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Break…</source>
        <translation>Pausa…</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Siguiente chat</translation>
    </message>
    <message>
        <source>the keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>{text} ({keys})</source>
        <comment>a tooltip; {keys}: the keyboard shortcut</comment>
        <translation>{text} ({keys})</translation>
    </message>
    <message>
        <source>Use one key combination, not a sequence of them.</source>
        <translation>Use una sola combinación de teclas, no una secuencia.</translation>
    </message>
    <message>
        <source>{keys} alone is for typing: add Ctrl or Alt.</source>
        <comment>{keys}: what the operator pressed</comment>
        <translation>{keys} sin modificadores sirve para escribir: añada Ctrl o Alt.</translation>
    </message>
    <message>
        <source>{keys} is used for writing (copy, paste, undo, send…): choose other keys.</source>
        <translation>{keys} se usa al escribir (copiar, pegar, deshacer, enviar…): elija otras teclas.</translation>
    </message>
    <message>
        <source>{keys} already opens {action}.</source>
        <comment>{action}: Help, Quit</comment>
        <translation>{keys} ya está reservado para «{action}».</translation>
    </message>
    <message>
        <source>{keys} is already the shortcut for {action}.</source>
        <comment>{action}: another shortcut&apos;s name</comment>
        <translation>{keys} ya es el atajo de «{action}».</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>These work anywhere in the Callnest window, also while you type in a chat.</source>
        <translation>Funcionan en cualquier parte de la ventana de Callnest, también mientras escribe en un chat.</translation>
    </message>
    <message>
        <source>This list</source>
        <comment>the help sheet itself</comment>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no keyboard shortcut</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Change shortcuts…</source>
        <comment>a button</comment>
        <translation>Cambiar atajos…</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Cambiar atajos de teclado</translation>
    </message>
    <message>
        <source>Click a field and press the new keys. Ctrl+Shift with a letter is safe while you type in a chat.</source>
        <translation>Haga clic en un campo y pulse las teclas nuevas. Ctrl+Shift con una letra se puede usar sin problemas mientras escribe en un chat.</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>a button: this one&apos;s default</comment>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <comment>a button</comment>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>ui.wall_view</name>
    <message>
        <source>Waiting now</source>
        <translation>Esperando ahora</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Mayor espera</translation>
    </message>
    <message>
        <source>Agents free / busy</source>
        <translation>Agentes libres / ocupados</translation>
    </message>
    <message>
        <source>{free} / {busy}</source>
        <comment>agents free / agents busy</comment>
        <translation>{free} / {busy}</translation>
    </message>
    <message>
        <source>Service level in {seconds} s</source>
        <translation>Nivel de servicio en {seconds} s</translation>
    </message>
    <message>
        <source>Answered / abandoned</source>
        <translation>Atendidos / abandonados</translation>
    </message>
    <message>
        <source>{answered} / {abandoned}</source>
        <translation>{answered} / {abandoned}</translation>
    </message>
    <message>
        <source>Callnest — wall view</source>
        <translation>Callnest — vista mural</translation>
    </message>
    <message>
        <source>Esc leaves the wall view</source>
        <translation>Pulse Esc para salir de la vista mural</translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Esperando los primeros datos…</translation>
    </message>
</context>
<context>
    <name>ui.wallboard</name>
    <message>
        <source>No first response in time (raised {time} ago)</source>
        <translation>Sin primera respuesta a tiempo (escalado hace {time})</translation>
    </message>
    <message>
        <source>Not resolved in time (raised {time} ago)</source>
        <translation>No resuelto a tiempo (escalado hace {time})</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Whisper to the agent</source>
        <translation>Susurrar al agente</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Intervenir</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Dejar de escuchar</translation>
    </message>
    <message>
        <source>Listening to {agent}</source>
        <translation>Escuchando a {agent}</translation>
    </message>
    <message>
        <source>Whispering to {agent}</source>
        <translation>Susurrando a {agent}</translation>
    </message>
    <message>
        <source>In the call with {agent} and the customer</source>
        <translation>En la llamada con {agent} y el cliente</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop listening to a call</comment>
        <translation>Detener</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Group by team</source>
        <translation>Agrupar por equipo</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Callnest — wallboard</source>
        <translation>Callnest — panel</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Esperando los primeros datos…</translation>
    </message>
    <message>
        <source>Wall view</source>
        <translation>Vista mural</translation>
    </message>
    <message>
        <source>The queues&apos; figures in big type, full screen (F11)</source>
        <translation>Las cifras de las colas en letra grande, a pantalla completa (F11)</translation>
    </message>
    <message>
        <source>Right-click an agent: break, offline, log out</source>
        <translation>Clic derecho en un agente: poner en pausa, desconectar, cerrar sesión</translation>
    </message>
    <message>
        <source>Past their service targets</source>
        <translation>Objetivos de servicio incumplidos</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>call, chat, e-mail...</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>Responsable actual</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Campaigns — today</source>
        <translation>Campañas — hoy</translation>
    </message>
    <message>
        <source>Queues — today</source>
        <translation>Colas — hoy</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <comment>who owns an overdue item</comment>
        <translation>Supervisores</translation>
    </message>
    <message>
        <source>Specialists&apos; queue</source>
        <comment>who owns an overdue item</comment>
        <translation>Cola de especialistas</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a nameless one</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Read chat with {name}</source>
        <translation>Leer el chat con {name}</translation>
    </message>
    <message>
        <source>Read chat with customer</source>
        <comment>a nameless customer</comment>
        <translation>Leer el chat con el cliente</translation>
    </message>
    <message>
        <source>Put on break</source>
        <translation>Poner en pausa</translation>
    </message>
    <message>
        <source>Make available</source>
        <translation>Poner disponible</translation>
    </message>
    <message>
        <source>Set offline</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Log {name} out…</source>
        <translation>Cerrar la sesión de {name}…</translation>
    </message>
    <message>
        <source>the agent</source>
        <comment>whose call</comment>
        <translation>un agente</translation>
    </message>
    <message>
        <source>Queue {number}</source>
        <translation>Cola {number}</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a chat&apos;s customer, name unknown</comment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Log out</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Log {name} out? Their desktop closes; a call they hold goes back to its queue.</source>
        <translation>¿Cerrar la sesión de {name}? Su aplicación de escritorio se cerrará; la llamada que tenga en curso vuelve a su cola.</translation>
    </message>
    <message>
        <source>Live — updated {time}</source>
        <comment>{time}: a time of day</comment>
        <translation>En directo: actualizado a las {time}</translation>
    </message>
    <message>
        <source>The wallboard is not available: {problem}</source>
        <translation>El panel no está disponible: {problem}</translation>
    </message>
</context>
</TS>
