<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl" sourcelanguage="en">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;V redu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Prekliči</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Shrani</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zapri</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zavrzi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uporabi</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Na&amp;zaj</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Naprej &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Končaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoč</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{problem} Log in with your password instead.</source>
        <comment>{problem}: a sentence on the credentials file</comment>
        <translation>{problem} Namesto tega se prijavite z geslom.</translation>
    </message>
    <message>
        <source>Callnest — {name}</source>
        <comment>the window&apos;s title: the user&apos;s name</comment>
        <translation>Callnest – {name}</translation>
    </message>
    <message>
        <source>Headset: {problem}</source>
        <translation>Slušalke: {problem}</translation>
    </message>
</context>
<context>
    <name>audio.headset</name>
    <message>
        <source>The microphone “{name}” is not connected.</source>
        <translation>Mikrofon „{name}“ ni priključen.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Mikrofona „{name}“ ni bilo mogoče odpreti ({reason}).</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped working. Is it unplugged?</source>
        <translation>Mikrofon „{name}“ je prenehal delovati. Je izključen?</translation>
    </message>
    <message>
        <source>The microphone “{name}” works again.</source>
        <translation>Mikrofon „{name}“ spet deluje.</translation>
    </message>
    <message>
        <source>The default microphone is missing: no device is connected.</source>
        <translation>Privzetega mikrofona ni: nobena naprava ni priključena.</translation>
    </message>
    <message>
        <source>The default microphone could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Privzetega mikrofona ni bilo mogoče odpreti ({reason}).</translation>
    </message>
    <message>
        <source>The default microphone stopped working. Is it unplugged?</source>
        <translation>Privzeti mikrofon je prenehal delovati. Je izključen?</translation>
    </message>
    <message>
        <source>The default microphone works again.</source>
        <translation>Privzeti mikrofon spet deluje.</translation>
    </message>
    <message>
        <source>The ring device “{name}” is not connected.</source>
        <translation>Naprava za zvonjenje „{name}“ ni priključena.</translation>
    </message>
    <message>
        <source>The ring device “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Naprave za zvonjenje „{name}“ ni bilo mogoče odpreti ({reason}).</translation>
    </message>
    <message>
        <source>The ring device “{name}” stopped working. Is it unplugged?</source>
        <translation>Naprava za zvonjenje „{name}“ je prenehala delovati. Je izključena?</translation>
    </message>
    <message>
        <source>The ring device “{name}” works again.</source>
        <translation>Naprava za zvonjenje „{name}“ spet deluje.</translation>
    </message>
    <message>
        <source>The speaker “{name}” is not connected.</source>
        <translation>Zvočnik „{name}“ ni priključen.</translation>
    </message>
    <message>
        <source>The speaker “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Zvočnika „{name}“ ni bilo mogoče odpreti ({reason}).</translation>
    </message>
    <message>
        <source>The speaker “{name}” stopped working. Is it unplugged?</source>
        <translation>Zvočnik „{name}“ je prenehal delovati. Je izključen?</translation>
    </message>
    <message>
        <source>The speaker “{name}” works again.</source>
        <translation>Zvočnik „{name}“ spet deluje.</translation>
    </message>
    <message>
        <source>The default speaker is missing: no device is connected.</source>
        <translation>Privzetega zvočnika ni: nobena naprava ni priključena.</translation>
    </message>
    <message>
        <source>The default speaker could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Privzetega zvočnika ni bilo mogoče odpreti ({reason}).</translation>
    </message>
    <message>
        <source>The default speaker stopped working. Is it unplugged?</source>
        <translation>Privzeti zvočnik je prenehal delovati. Je izključen?</translation>
    </message>
    <message>
        <source>The default speaker works again.</source>
        <translation>Privzeti zvočnik spet deluje.</translation>
    </message>
    <message>
        <source>{problem} Ringing on the speaker.</source>
        <comment>{problem}: a sentence on what is wrong with the ring device</comment>
        <translation>{problem} Zvonjenje prek zvočnika.</translation>
    </message>
</context>
<context>
    <name>audio.playback</name>
    <message>
        <source>the recording holds no audio</source>
        <translation>posnetek ne vsebuje zvoka</translation>
    </message>
    <message>
        <source>the recording could not be decoded ({reason})</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>posnetka ni bilo mogoče dekodirati ({reason})</translation>
    </message>
    <message>
        <source>The speaker “{name}” is not connected.</source>
        <translation>Zvočnik „{name}“ ni priključen.</translation>
    </message>
    <message>
        <source>The speaker could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Zvočnika ni bilo mogoče odpreti ({reason}).</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>Remember me is unavailable: the keyring found ({keyring}) would keep the secret in a plain file.</source>
        <comment>{keyring}: the name of a program&apos;s part, e.g. PlaintextKeyring</comment>
        <translation>Možnost Zapomni si me ni na voljo: najdena shramba gesel ({keyring}) bi skrivnost hranila v navadni datoteki.</translation>
    </message>
    <message>
        <source>Remember me is unavailable: no system keyring is running on this computer.</source>
        <translation>Možnost Zapomni si me ni na voljo: v tem računalniku ne teče nobena sistemska shramba gesel.</translation>
    </message>
    <message>
        <source>Remember me is unavailable: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Možnost Zapomni si me ni na voljo: {reason}</translation>
    </message>
</context>
<context>
    <name>credentials_file</name>
    <message>
        <source>The credentials file {path} does not exist.</source>
        <translation>Datoteka s poverilnicami {path} ne obstaja.</translation>
    </message>
    <message>
        <source>The credentials file {path} cannot be read: {reason}.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Datoteke s poverilnicami {path} ni mogoče prebrati: {reason}.</translation>
    </message>
    <message>
        <source>The credentials file {path} should hold JSON like {example}.</source>
        <comment>{example}: a JSON object, never translated</comment>
        <translation>Datoteka s poverilnicami {path} mora vsebovati JSON, kot je {example}.</translation>
    </message>
</context>
<context>
    <name>engine.session</name>
    <message>
        <source>The server refused: {reason}.</source>
        <comment>{reason}: the server&apos;s words</comment>
        <translation>Strežnik je zavrnil: {reason}.</translation>
    </message>
    <message>
        <source>The server answered HTTP {status}; is this a Callnest server?</source>
        <comment>{status}: an HTTP status code such as 404</comment>
        <translation>Strežnik je odgovoril s HTTP {status}; je to strežnik Callnest?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified ({reason}). Check the address, or ask the owner to install a valid certificate.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Potrdila strežnika ni bilo mogoče preveriti ({reason}). Preverite naslov ali prosite lastnika, naj namesti veljavno potrdilo.</translation>
    </message>
    <message>
        <source>The server at {url} did not accept the session: {reason}.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Strežnik na {url} ni sprejel seje: {reason}.</translation>
    </message>
</context>
<context>
    <name>models.admin</name>
    <message>
        <source>Monday</source>
        <translation>Ponedeljek</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Torek</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Sreda</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Četrtek</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Petek</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Nedelja</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Glasovna pošta</translation>
    </message>
    <message>
        <source>Callback request</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Zahteva za povratni klic</translation>
    </message>
    <message>
        <source>Reject (caller is told we are closed)</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Zavrni (klicatelj izve, da smo zaprti)</translation>
    </message>
    <message>
        <source>{day}: write the opening hours as 09:00-17:00 (or leave it empty)</source>
        <comment>{day}: a weekday&apos;s name</comment>
        <translation>{day}: delovni čas vpišite kot 09:00-17:00 (ali pustite prazno)</translation>
    </message>
</context>
<context>
    <name>models.agent</name>
    <message>
        <source>Nothing is ringing.</source>
        <translation>Nič ne zvoni.</translation>
    </message>
    <message>
        <source>The call has ended: finish the wrap-up.</source>
        <translation>Klic je končan: dokončajte zaključevanje.</translation>
    </message>
    <message>
        <source>There is no call to hang up.</source>
        <translation>Ni klica, ki bi ga bilo mogoče prekiniti.</translation>
    </message>
    <message>
        <source>There is no call in progress.</source>
        <translation>Noben klic ne poteka.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Ni povezave s strežnikom.</translation>
    </message>
    <message>
        <source>You are available already.</source>
        <translation>Že ste na voljo.</translation>
    </message>
    <message>
        <source>There are no breaks to choose from.</source>
        <translation>Na izbiro ni nobenega odmora.</translation>
    </message>
    <message>
        <source>No chats are open.</source>
        <translation>Noben klepet ni odprt.</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Neznana številka</translation>
    </message>
    <message>
        <source>Not connected to the server: calls out wait for the connection.</source>
        <translation>Ni povezave s strežnikom: odhodni klici čakajo na povezavo.</translation>
    </message>
    <message>
        <source>You are offline: choose Available or a break to call out.</source>
        <translation>Vaše stanje je Brez povezave: za odhodni klic izberite Na voljo ali odmor.</translation>
    </message>
    <message>
        <source>A call is ringing: answer or decline it first.</source>
        <translation>Klic zvoni: najprej ga sprejmite ali zavrnite.</translation>
    </message>
    <message>
        <source>A call out is on its way already.</source>
        <translation>Odhodni klic je že na poti.</translation>
    </message>
    <message>
        <source>Finish the wrap-up first.</source>
        <translation>Najprej dokončajte zaključevanje.</translation>
    </message>
    <message>
        <source>You are on a call.</source>
        <translation>Ste v klicu.</translation>
    </message>
    <message>
        <source>There is no queue to call for.</source>
        <translation>Ni vrste, za katero bi lahko klicali.</translation>
    </message>
    <message>
        <source>the number</source>
        <comment>in &quot;The call to the number could not be placed&quot;</comment>
        <translation>številko</translation>
    </message>
</context>
<context>
    <name>models.callbacks</name>
    <message>
        <source>Waiting caller (phone)</source>
        <comment>who asked for a callback</comment>
        <translation>Klicatelj v vrsti (telefon)</translation>
    </message>
    <message>
        <source>Waiting caller (web)</source>
        <comment>who asked for a callback</comment>
        <translation>Klicatelj v vrsti (splet)</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>who asked for a callback</comment>
        <translation>Spletni obrazec</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>who asked for a callback</comment>
        <translation>Operater</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a callback&apos;s status</comment>
        <translation>Načrtovan</translation>
    </message>
    <message>
        <source>Waiting in line</source>
        <comment>a callback&apos;s status</comment>
        <translation>V vrsti</translation>
    </message>
    <message>
        <source>Being dialled</source>
        <comment>a callback&apos;s status</comment>
        <translation>Klicanje</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a callback&apos;s status</comment>
        <translation>Opravljen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a callback&apos;s status</comment>
        <translation>Neuspešen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a callback&apos;s status</comment>
        <translation>Preklican</translation>
    </message>
    <message>
        <source>Cut off by a restart</source>
        <comment>how a call ended</comment>
        <translation>Prekinjen ob ponovnem zagonu</translation>
    </message>
    <message>
        <source>That time has passed: it is already {now} in {zone}. Pick a later time.</source>
        <comment>{now}: a date and time; {zone}: a time zone&apos;s name (Europe/Ljubljana)</comment>
        <translation>Ta čas je že minil: v časovnem pasu {zone} je že {now}. Izberite poznejši čas.</translation>
    </message>
    <message numerus="yes">
        <source>Pick a time within the next %n day(s).</source>
        <translation>
            <numerusform>Izberite čas v naslednjem %n dnevu.</numerusform>
            <numerusform>Izberite čas v naslednjih %n dneh.</numerusform>
            <numerusform>Izberite čas v naslednjih %n dneh.</numerusform>
            <numerusform>Izberite čas v naslednjih %n dneh.</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date this year, in Qt&apos;s date format (ddd: the weekday, d: the day, MMM: the month; all shortened): write the pattern, in your language&apos;s order</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a date in another year, in Qt&apos;s date format (yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation>ddd, d. MMM yyyy</translation>
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
        <translation>Zasedeno: {who} je v drugem klicu. Poskusite znova pozneje.</translation>
    </message>
    <message>
        <source>No answer: {who} did not pick up.</source>
        <translation>Ni odgovora: klica na {who} ni nihče sprejel.</translation>
    </message>
    <message>
        <source>Call cancelled: you hung up before {who} answered.</source>
        <translation>Klic preklican: prekinili ste, preden je bil klic na {who} sprejet.</translation>
    </message>
    <message>
        <source>The call could not be placed: the phone line did not put it through to {who}. Check the number, or try again later.</source>
        <translation>Klica ni bilo mogoče vzpostaviti: telefonsko omrežje ga ni posredovalo na {who}. Preverite številko ali poskusite znova pozneje.</translation>
    </message>
    <message>
        <source>Type the number to call first.</source>
        <translation>Najprej vpišite številko, ki jo želite poklicati.</translation>
    </message>
    <message>
        <source>“{number}” cannot be called: {reason}</source>
        <comment>{number}: as the agent typed it; {reason}: what is wrong with it, a sentence&apos;s end</comment>
        <translation>„{number}“ ni mogoče poklicati: {reason}</translation>
    </message>
    <message>
        <source>The call to {who} could not be placed: {reason}</source>
        <comment>{reason}: why, from the server, as the end of a sentence</comment>
        <translation>Klica na {who} ni bilo mogoče vzpostaviti: {reason}</translation>
    </message>
    <message>
        <source>the server gave no reason.</source>
        <comment>the end of a sentence</comment>
        <translation>strežnik ni navedel razloga.</translation>
    </message>
</context>
<context>
    <name>models.campaign_figures</name>
    <message>
        <source>Count</source>
        <comment>a column: how many</comment>
        <translation>Število</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>a column: the part of the whole</comment>
        <translation>Delež</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>a column: how a call ended</comment>
        <translation>Izid</translation>
    </message>
    <message>
        <source>of the calls placed</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation>od vzpostavljenih klicev</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>of the people reached</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation>od doseženih oseb</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>a column: counts as a success</comment>
        <translation>Uspeh</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: where a person stands</comment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>of everyone on the list</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation>od vseh na seznamu</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Operater</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a column: how many</comment>
        <translation>Klici</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: time talking</comment>
        <translation>Pogovor</translation>
    </message>
    <message>
        <source>all their talk on the campaign&apos;s calls</source>
        <translation>ves čas pogovorov v klicih kampanje</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a column: time on hold</comment>
        <translation>Na čakanju</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: time in wrap-up</comment>
        <translation>Zaključevanje</translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>a headline figure</comment>
        <translation>Konverzija</translation>
    </message>
    <message>
        <source>tick the dispositions that count as success</source>
        <translation>označite oznake, ki štejejo kot uspeh</translation>
    </message>
    <message>
        <source>{converted} of those reached ended in success</source>
        <translation>uspeh pri {converted} od doseženih</translation>
    </message>
    <message>
        <source>Calls placed</source>
        <comment>a headline figure</comment>
        <translation>Vzpostavljeni klici</translation>
    </message>
    <message>
        <source>attempts, retries included</source>
        <translation>poskusi, vključno s ponovitvami</translation>
    </message>
    <message>
        <source>People reached</source>
        <comment>a headline figure</comment>
        <translation>Dosežene osebe</translation>
    </message>
    <message>
        <source>{share} of the calls</source>
        <comment>{share}: a percentage</comment>
        <translation>{share} klicev</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a headline figure</comment>
        <translation>Delež opuščenih</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a percentage, as your language writes it</comment>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>{abandoned} answered with no agent to take them</source>
        <translation>sprejeti klici brez prostega operaterja: {abandoned}</translation>
    </message>
    <message>
        <source>Disposition #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Oznaka #{id}</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>counts as a success: a table&apos;s cell</comment>
        <translation>Da</translation>
    </message>
    <message>
        <source>Agent #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Operater #{id}</translation>
    </message>
</context>
<context>
    <name>models.campaign_lists</name>
    <message>
        <source>Slovenia</source>
        <translation>Slovenija</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaška</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Španija</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusija</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Združeno kraljestvo</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Nemčija</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Združene države Amerike</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Avstrija</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Hrvaška</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Češka</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Madžarska</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italija</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francija</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poljska</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nizozemska</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irska</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a column: a line of a list or a file</comment>
        <translation>Vrstica</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column: why a line was refused</comment>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>no number before the name</source>
        <translation>pred imenom ni številke</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>predolgo za telefonsko številko</translation>
    </message>
    <message numerus="yes">
        <source>the name is over %n letter(s)</source>
        <translation>
            <numerusform>ime ima več kot %n znak</numerusform>
            <numerusform>ime ima več kot %n znaka</numerusform>
            <numerusform>ime ima več kot %n znake</numerusform>
            <numerusform>ime ima več kot %n znakov</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {added} · {listed} already listed · {refused} refused</source>
        <comment>numbers added to a campaign&apos;s list</comment>
        <translation>Dodano: {added} · že na seznamu: {listed} · zavrnjeno: {refused}</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Nobena stranka se ne ujema.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n customer(s) match (only the first {counted} are counted); every match with a phone number will be added, with their first number.</source>
        <translation>
            <numerusform>Ujema se vsaj %n stranka (šteje se le prvih {counted}); dodan bo vsak zadetek s telefonsko številko, in sicer s prvo številko.</numerusform>
            <numerusform>Ujemata se vsaj %n stranki (šteje se le prvih {counted}); dodan bo vsak zadetek s telefonsko številko, in sicer s prvo številko.</numerusform>
            <numerusform>Ujemajo se vsaj %n stranke (šteje se le prvih {counted}); dodan bo vsak zadetek s telefonsko številko, in sicer s prvo številko.</numerusform>
            <numerusform>Ujema se vsaj %n strank (šteje se le prvih {counted}); dodan bo vsak zadetek s telefonsko številko, in sicer s prvo številko.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match, but none has a phone number: nobody to add.</source>
        <translation>
            <numerusform>Ujema se %n stranka, vendar nima telefonske številke: nikogar ni mogoče dodati.</numerusform>
            <numerusform>Ujemata se %n stranki, vendar nobena nima telefonske številke: nikogar ni mogoče dodati.</numerusform>
            <numerusform>Ujemajo se %n stranke, vendar nobena nima telefonske številke: nikogar ni mogoče dodati.</numerusform>
            <numerusform>Ujema se %n strank, vendar nobena nima telefonske številke: nikogar ni mogoče dodati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match; {with_phone} with a phone number will be added, with their first number.</source>
        <translation>
            <numerusform>Ujema se %n stranka; s telefonsko številko jih bo dodanih {with_phone}, in sicer s prvo številko.</numerusform>
            <numerusform>Ujemata se %n stranki; s telefonsko številko jih bo dodanih {with_phone}, in sicer s prvo številko.</numerusform>
            <numerusform>Ujemajo se %n stranke; s telefonsko številko jih bo dodanih {with_phone}, in sicer s prvo številko.</numerusform>
            <numerusform>Ujema se %n strank; s telefonsko številko jih bo dodanih {with_phone}, in sicer s prvo številko.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models.campaigns</name>
    <message>
        <source>Preview</source>
        <comment>a campaign&apos;s mode: the card first</comment>
        <translation>Predogled</translation>
    </message>
    <message>
        <source>The agent reads the person&apos;s card first, then the call goes out.</source>
        <translation>Operater najprej prebere kartico osebe, nato se klic vzpostavi.</translation>
    </message>
    <message>
        <source>Progressive</source>
        <comment>a campaign&apos;s mode: calls at once</comment>
        <translation>Progresivno</translation>
    </message>
    <message>
        <source>The call goes out the moment an agent is free.</source>
        <translation>Klic se vzpostavi takoj, ko je operater prost.</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Ni začeta</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Poteka</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Zaustavljena</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Končana</translation>
    </message>
    <message>
        <source>To call</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Za klicanje</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Čaka na operaterja</translation>
    </message>
    <message>
        <source>Being dialled</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Klicanje</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Dosežen</translation>
    </message>
    <message>
        <source>Out of attempts</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Poskusi porabljeni</translation>
    </message>
    <message>
        <source>Answering machine</source>
        <comment>how a call ended</comment>
        <translation>Telefonski odzivnik</translation>
    </message>
    <message>
        <source>Cut off by a restart</source>
        <comment>how a call ended</comment>
        <translation>Prekinjen ob ponovnem zagonu</translation>
    </message>
    <message>
        <source>Under way</source>
        <comment>how a call ended: not yet</comment>
        <translation>V teku</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>how a call ended</comment>
        <translation>Zasedeno</translation>
    </message>
    <message>
        <source>No answer</source>
        <comment>how a call ended</comment>
        <translation>Ni odgovora</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>how a call ended</comment>
        <translation>Neuspešen</translation>
    </message>
    <message>
        <source>{mode} ({seconds} s card)</source>
        <comment>a campaign&apos;s mode, then the card&apos;s time</comment>
        <translation>{mode} (kartica {seconds} s)</translation>
    </message>
    <message>
        <source>Nobody listed yet</source>
        <comment>a campaign&apos;s progress</comment>
        <translation>Na seznamu še ni nikogar</translation>
    </message>
    <message>
        <source>{reached} of {total} reached</source>
        <comment>a campaign&apos;s progress: people</comment>
        <translation>Doseženih: {reached} od {total}</translation>
    </message>
    <message>
        <source>Write the start of the calling hours as HH:MM.</source>
        <translation>Začetek časa klicanja vpišite kot HH:MM.</translation>
    </message>
    <message>
        <source>Write the end of the calling hours as HH:MM.</source>
        <translation>Konec časa klicanja vpišite kot HH:MM.</translation>
    </message>
    <message>
        <source>The calling hours end ({end}) before they start ({start}).</source>
        <translation>Čas klicanja se konča ({end}), preden se začne ({start}).</translation>
    </message>
    <message>
        <source>Tick at least one day to call on.</source>
        <translation>Označite vsaj en dan za klicanje.</translation>
    </message>
    <message>
        <source>{outcome}: wait from 1 to {most} minutes (a week), or leave it empty not to try again.</source>
        <comment>{outcome}: how a call ended (Busy, No answer...)</comment>
        <translation>{outcome}: počakajte od 1 do {most} minut (en teden) ali pustite prazno, da se klic ne ponovi.</translation>
    </message>
</context>
<context>
    <name>models.chat</name>
    <message>
        <source>Customer</source>
        <comment>who a chat is with, when their name is not known</comment>
        <translation>Stranka</translation>
    </message>
</context>
<context>
    <name>models.format</name>
    <message>
        <source>Answered</source>
        <translation>Sprejet</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Opuščen</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Glasovna pošta</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Povratni klic</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zavrnjen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Izgubljen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Zasedeno</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ni odgovora</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neuspešen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Klic</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Klepet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Sporočilo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Home connection</source>
        <translation>Domača povezava</translation>
    </message>
    <message>
        <source>Missed offers</source>
        <translation>Nesprejeti stiki</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Povezava prekinjena</translation>
    </message>
</context>
<context>
    <name>models.health</name>
    <message>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Opozorilo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Težava</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Ni nastavljeno</translation>
    </message>
    <message>
        <source>{title} (since {time}): {summary}</source>
        <comment>an alarm: its title and summary are the server&apos;s words</comment>
        <translation>{title} (od {time}): {summary}</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <comment>{fix}: the server&apos;s words</comment>
        <translation>Kaj storiti: {fix}</translation>
    </message>
    <message>
        <source>Checked at {time}: all is well.</source>
        <translation>Preverjeno ob {time}: vse je v redu.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <comment>found by the checks</comment>
        <translation>
            <numerusform>%n težava</numerusform>
            <numerusform>%n težavi</numerusform>
            <numerusform>%n težave</numerusform>
            <numerusform>%n težav</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>found by the checks</comment>
        <translation>
            <numerusform>%n opozorilo</numerusform>
            <numerusform>%n opozorili</numerusform>
            <numerusform>%n opozorila</numerusform>
            <numerusform>%n opozoril</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at {time}: {problems} and {warnings}.</source>
        <comment>{problems}: e.g. 2 problems; {warnings}: e.g. 1 warning</comment>
        <translation>Preverjeno ob {time}: {problems} in {warnings}.</translation>
    </message>
    <message>
        <source>Checked at {time}: {found}.</source>
        <comment>{found}: what the checks found, e.g. 2 problems or 1 warning</comment>
        <translation>Preverjeno ob {time}: {found}.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <comment>a file&apos;s size</comment>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajta</numerusform>
            <numerusform>%n bajti</numerusform>
            <numerusform>%n bajtov</numerusform>
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
        <translation>Varnostne kopije še ni.</translation>
    </message>
    <message>
        <source>Backing up since {time}…</source>
        <translation>Varnostno kopiranje od {time} …</translation>
    </message>
    <message>
        <source>Last backup {time}: {summary}</source>
        <comment>{summary}: the server&apos;s words</comment>
        <translation>Zadnja varnostna kopija {time}: {summary}</translation>
    </message>
    <message>
        <source>The last backup, {time}, failed: {error}</source>
        <comment>{error}: the server&apos;s words</comment>
        <translation>Zadnja varnostna kopija, {time}, ni uspela: {error}</translation>
    </message>
    <message>
        <source>The address operators and callers use</source>
        <translation>Naslov za operaterje in klicatelje</translation>
    </message>
    <message>
        <source>TURN relay</source>
        <translation>Posredovanje TURN</translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation>Telefonski vodi</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Poštni predali</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Prostor na disku</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varnostne kopije</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Ura</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Zbirka podatkov</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Strežnik</translation>
    </message>
    <message>
        <source>{url} answers, but not as this Callnest server: {problem}.</source>
        <comment>{url}: the server&apos;s public address; {problem}: e.g. /api/health is not Callnest&apos;s</comment>
        <translation>Naslov {url} se odziva, vendar ne kot ta strežnik Callnest: {problem}.</translation>
    </message>
    <message>
        <source>The newest backup is {age} old ({how}).</source>
        <comment>{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation>Najnovejša varnostna kopija je stara {age} ({how}).</translation>
    </message>
    <message numerus="yes">
        <source>There is no backup, and the server has run for %n day(s) ({how}).</source>
        <comment>{how}: e.g. daily at 03:00, keeping 7, in /srv/backups; or: daily backups are off</comment>
        <translation>
            <numerusform>Varnostne kopije ni, strežnik pa deluje že %n dan ({how}).</numerusform>
            <numerusform>Varnostne kopije ni, strežnik pa deluje že %n dneva ({how}).</numerusform>
            <numerusform>Varnostne kopije ni, strežnik pa deluje že %n dni ({how}).</numerusform>
            <numerusform>Varnostne kopije ni, strežnik pa deluje že %n dni ({how}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{address}: this machine only, fine for trying Callnest out. Operators and callers elsewhere need an HTTPS address (--public-url).</source>
        <comment>{address}: e.g. http://127.0.0.1:8080; --public-url: keep</comment>
        <translation>{address}: dostopen le s tega računalnika, kar zadošča za preizkušanje programa Callnest. Operaterji in klicatelji drugje potrebujejo naslov HTTPS (--public-url).</translation>
    </message>
    <message>
        <source>No --public-url: operators reach {address} without HTTPS, and callers&apos; browsers give the caller page no microphone there.</source>
        <comment>{address}: e.g. http://192.168.1.5:8080; --public-url: keep</comment>
        <translation>Možnost --public-url ni podana: operaterji dostopajo do naslova {address} brez HTTPS, brskalniki klicateljev pa strani za klicatelje tam ne dovolijo uporabe mikrofona.</translation>
    </message>
    <message>
        <source>{url}: this machine only.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation>{url}: dostopen le s tega računalnika.</translation>
    </message>
    <message>
        <source>{url} is not HTTPS: callers&apos; browsers refuse the caller page the microphone.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation>Naslov {url} ni HTTPS: brskalniki klicateljev strani za klicatelje ne dovolijo uporabe mikrofona.</translation>
    </message>
    <message>
        <source>{url}: browsers will not trust its certificate ({reason}).</source>
        <comment>{reason}: OpenSSL&apos;s words, e.g. certificate has expired</comment>
        <translation>{url}: brskalniki ne bodo zaupali njegovemu potrdilu ({reason}).</translation>
    </message>
    <message>
        <source>{url} cannot be reached from this machine: {error}.</source>
        <comment>{error}: the system&apos;s words, e.g. Connection refused</comment>
        <translation>Naslov {url} s tega računalnika ni dosegljiv: {error}.</translation>
    </message>
    <message>
        <source>{url} cannot be reached from this machine: no answer.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation>Naslov {url} s tega računalnika ni dosegljiv: ni odziva.</translation>
    </message>
    <message>
        <source>HTTP {http_status} for /api/health</source>
        <comment>{http_status}: e.g. 502; /api/health: keep</comment>
        <translation>HTTP {http_status} za /api/health</translation>
    </message>
    <message>
        <source>/api/health does not answer</source>
        <comment>/api/health: keep</comment>
        <translation>/api/health se ne odziva</translation>
    </message>
    <message>
        <source>/api/health is not Callnest&apos;s</source>
        <comment>/api/health: keep</comment>
        <translation>/api/health ne pripada programu Callnest</translation>
    </message>
    <message numerus="yes">
        <source>{url} answers; its certificate is valid until {valid_until} (%n day(s)).</source>
        <comment>{valid_until}: a date, e.g. 7 Dec 2026</comment>
        <translation>
            <numerusform>Naslov {url} se odziva; njegovo potrdilo velja do {valid_until} (še %n dan).</numerusform>
            <numerusform>Naslov {url} se odziva; njegovo potrdilo velja do {valid_until} (še %n dneva).</numerusform>
            <numerusform>Naslov {url} se odziva; njegovo potrdilo velja do {valid_until} (še %n dni).</numerusform>
            <numerusform>Naslov {url} se odziva; njegovo potrdilo velja do {valid_until} (še %n dni).</numerusform>
        </translation>
    </message>
    <message>
        <source>No TURN server is set up: operators and callers on networks that allow only a relay cannot connect (most connect without one).</source>
        <translation>Strežnik TURN ni nastavljen: operaterji in klicatelji v omrežjih, ki dovoljujejo le posredovane povezave, se ne morejo povezati (večina se poveže tudi brez njega).</translation>
    </message>
    <message>
        <source>{url}: refuses this server&apos;s credentials (401 Unauthorized).</source>
        <comment>{url}: a TURN server&apos;s address</comment>
        <translation>{url}: zavrača poverilnice tega strežnika (401 Unauthorized).</translation>
    </message>
    <message>
        <source>{url}: refused a relay: {error_code} {reason}.</source>
        <comment>{error_code} {reason}: the TURN server&apos;s answer, e.g. 486 Allocation Quota Reached</comment>
        <translation>{url}: posredovanje je zavrnjeno: {error_code} {reason}.</translation>
    </message>
    <message>
        <source>{url}: does not answer ({error}).</source>
        <comment>{error}: the system&apos;s words, e.g. Connection refused</comment>
        <translation>{url}: se ne odziva ({error}).</translation>
    </message>
    <message>
        <source>{url}: does not answer (no reply in {timeout_s}).</source>
        <comment>{timeout_s}: e.g. 5 s</comment>
        <translation>{url}: se ne odziva (brez odgovora v {timeout_s}).</translation>
    </message>
    <message>
        <source>{urls}: relays with this server&apos;s credentials.</source>
        <comment>{urls}: TURN servers&apos; addresses</comment>
        <translation>{urls}: posredovanje s poverilnicami tega strežnika deluje.</translation>
    </message>
    <message>
        <source>No phone line (SIP trunk) is set up.</source>
        <translation>Nastavljen ni noben telefonski vod (vod SIP).</translation>
    </message>
    <message>
        <source>The SIP edge does not run: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation>Robni strežnik SIP ne deluje: {problem}</translation>
    </message>
    <message>
        <source>Not registered, so no calls come in: {trunks}.</source>
        <comment>{trunks}: phone lines and the provider&apos;s answers, e.g. Provider: 403 Forbidden</comment>
        <translation>Registracija ni uspela, zato klici ne prihajajo: {trunks}.</translation>
    </message>
    <message>
        <source>Not registered yet, still trying: {trunks}.</source>
        <comment>{trunks}: phone lines and the provider&apos;s answers, e.g. Provider: 403 Forbidden</comment>
        <translation>Registracija še ni uspela, poskusi se nadaljujejo: {trunks}.</translation>
    </message>
    <message>
        <source>Registered: {trunks}.</source>
        <comment>{trunks}: phone lines&apos; names</comment>
        <translation>Registrirano: {trunks}.</translation>
    </message>
    <message numerus="yes">
        <source>Registered: {trunks}; %n line(s) known to the provider by this machine&apos;s address.</source>
        <comment>{trunks}: phone lines&apos; names</comment>
        <translation>
            <numerusform>Registrirano: {trunks}; ponudnik po naslovu tega računalnika pozna %n vod.</numerusform>
            <numerusform>Registrirano: {trunks}; ponudnik po naslovu tega računalnika pozna %n voda.</numerusform>
            <numerusform>Registrirano: {trunks}; ponudnik po naslovu tega računalnika pozna %n vode.</numerusform>
            <numerusform>Registrirano: {trunks}; ponudnik po naslovu tega računalnika pozna %n vodov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) known to the provider by this machine&apos;s address.</source>
        <comment>phone lines the provider reaches without registering</comment>
        <translation>
            <numerusform>Ponudnik po naslovu tega računalnika pozna %n vod.</numerusform>
            <numerusform>Ponudnik po naslovu tega računalnika pozna %n voda.</numerusform>
            <numerusform>Ponudnik po naslovu tega računalnika pozna %n vode.</numerusform>
            <numerusform>Ponudnik po naslovu tega računalnika pozna %n vodov.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox is set up.</source>
        <translation>Noben poštni predal ni nastavljen.</translation>
    </message>
    <message>
        <source>New mail is not coming in: {mailboxes}.</source>
        <comment>{mailboxes}: mailboxes and the mail server&apos;s answers, e.g. support@example.com: authentication failed</comment>
        <translation>Nova pošta ne prihaja: {mailboxes}.</translation>
    </message>
    <message>
        <source>Taking mail in: {mailboxes}.</source>
        <comment>{mailboxes}: e-mail addresses</comment>
        <translation>Pošta prihaja: {mailboxes}.</translation>
    </message>
    <message>
        <source>{free_bytes} free of {total_bytes} ({used_pct} % used).</source>
        <comment>sizes, e.g. 54.5 GB free of 100.0 GB (45 % used)</comment>
        <translation>Prosto je {free_bytes} od {total_bytes} (zasedeno {used_pct} %).</translation>
    </message>
    <message numerus="yes">
        <source>{free_bytes} free of {total_bytes} ({used_pct} % used); recordings add about {growth_bytes} a day: full in about %n day(s).</source>
        <comment>sizes, e.g. 54.5 GB free of 100.0 GB (45 % used); about 1.2 GB a day</comment>
        <translation>
            <numerusform>Prosto je {free_bytes} od {total_bytes} (zasedeno {used_pct} %); posnetki dodajo približno {growth_bytes} na dan: disk bo poln čez približno %n dan.</numerusform>
            <numerusform>Prosto je {free_bytes} od {total_bytes} (zasedeno {used_pct} %); posnetki dodajo približno {growth_bytes} na dan: disk bo poln čez približno %n dneva.</numerusform>
            <numerusform>Prosto je {free_bytes} od {total_bytes} (zasedeno {used_pct} %); posnetki dodajo približno {growth_bytes} na dan: disk bo poln čez približno %n dni.</numerusform>
            <numerusform>Prosto je {free_bytes} od {total_bytes} (zasedeno {used_pct} %); posnetki dodajo približno {growth_bytes} na dan: disk bo poln čez približno %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup failed: {error} ({how}).</source>
        <comment>{error}: the server&apos;s words; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups; or: daily backups are off</comment>
        <translation>Zadnja varnostna kopija ni uspela: {error} ({how}).</translation>
    </message>
    <message>
        <source>There is no backup, and daily backups are off.</source>
        <translation>Varnostne kopije ni, dnevno varnostno kopiranje pa je izklopljeno.</translation>
    </message>
    <message>
        <source>No backup yet: the first is due {how}.</source>
        <comment>{how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation>Varnostne kopije še ni: prva bo narejena po urniku ({how}).</translation>
    </message>
    <message>
        <source>The newest backup is {age} old ({how}), on the same disk as the data: a disk that dies takes both.</source>
        <comment>{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation>Najnovejša varnostna kopija je stara {age} ({how}) in je na istem disku kot podatki: če disk odpove, se izgubi oboje.</translation>
    </message>
    <message>
        <source>Not checked: no time server given (--ntp-server).</source>
        <comment>--ntp-server: keep</comment>
        <translation>Ni preverjeno: časovni strežnik ni podan (--ntp-server).</translation>
    </message>
    <message>
        <source>Could not ask {server} the time ({error}), so the clock is unchecked.</source>
        <comment>{server}: a time server, e.g. pool.ntp.org; {error}: the system&apos;s words</comment>
        <translation>Časa ni bilo mogoče pridobiti od strežnika {server} ({error}), zato ura ni preverjena.</translation>
    </message>
    <message>
        <source>Could not ask {server} the time (no answer), so the clock is unchecked.</source>
        <comment>{server}: a time server, e.g. pool.ntp.org</comment>
        <translation>Časa ni bilo mogoče pridobiti od strežnika {server} (ni odziva), zato ura ni preverjena.</translation>
    </message>
    <message>
        <source>The clock is {offset_s} behind {server}.</source>
        <comment>{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org</comment>
        <translation>Ura zaostaja {offset_s} za strežnikom {server}.</translation>
    </message>
    <message>
        <source>The clock is {offset_s} ahead of {server}.</source>
        <comment>{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org</comment>
        <translation>Ura prehiteva strežnik {server} za {offset_s}.</translation>
    </message>
    <message>
        <source>Right: {offset_s} behind {server}.</source>
        <comment>the clock: {offset_s}: e.g. 0.012 s; {server}: a time server</comment>
        <translation>Točna: zaostaja {offset_s} za strežnikom {server}.</translation>
    </message>
    <message>
        <source>Right: {offset_s} ahead of {server}.</source>
        <comment>the clock: {offset_s}: e.g. 0.012 s; {server}: a time server</comment>
        <translation>Točna: prehiteva strežnik {server} za {offset_s}.</translation>
    </message>
    <message>
        <source>The database is damaged: there is no database at {path}.</source>
        <comment>{path}: a file on the server</comment>
        <translation>Zbirka podatkov je poškodovana: na poti {path} je ni.</translation>
    </message>
    <message>
        <source>The database is damaged: {problem}.</source>
        <comment>{problem}: SQLite&apos;s words</comment>
        <translation>Zbirka podatkov je poškodovana: {problem}.</translation>
    </message>
    <message>
        <source>SQLite, {size_bytes}: sound (quick check).</source>
        <comment>{size_bytes}: the database&apos;s size, e.g. 12.3 MB</comment>
        <translation>SQLite, {size_bytes}: nepoškodovana (hitro preverjanje).</translation>
    </message>
    <message>
        <source>PostgreSQL does not answer: {error}.</source>
        <comment>{error}: PostgreSQL&apos;s words</comment>
        <translation>PostgreSQL se ne odziva: {error}.</translation>
    </message>
    <message>
        <source>PostgreSQL answers, at schema {revision}.</source>
        <comment>{revision}: the database&apos;s version, e.g. 0012</comment>
        <translation>PostgreSQL se odziva, različica sheme {revision}.</translation>
    </message>
    <message>
        <source>PostgreSQL: checked by the server only.</source>
        <translation>PostgreSQL: preverja ga le strežnik.</translation>
    </message>
    <message>
        <source>No Callnest server answers on {data_dir}: the rest was checked without it.</source>
        <comment>{data_dir}: a folder on the server</comment>
        <translation>Noben strežnik Callnest z mapo podatkov {data_dir} se ne odziva: ostalo je bilo preverjeno brez njega.</translation>
    </message>
    <message>
        <source>Put the server behind an HTTPS reverse proxy (README, &apos;Behind a reverse proxy&apos;) and start it with --public-url https://your-name</source>
        <comment>README&apos;s section&apos;s title and --public-url: keep</comment>
        <translation>Postavite strežnik za obratni posredniški strežnik HTTPS (README, „Behind a reverse proxy“) in ga zaženite z možnostjo --public-url https://vasa-domena</translation>
    </message>
    <message>
        <source>Check that the reverse proxy runs and that the name points at this server.</source>
        <translation>Preverite, ali obratni posredniški strežnik deluje in ali domensko ime kaže na ta strežnik.</translation>
    </message>
    <message>
        <source>Check that the reverse proxy forwards to this server&apos;s address ({host}:{port}).</source>
        <comment>{host}:{port}: e.g. 127.0.0.1:8080</comment>
        <translation>Preverite, ali obratni posredniški strežnik posreduje na naslov tega strežnika ({host}:{port}).</translation>
    </message>
    <message>
        <source>Check that the TURN server runs and that its port is open to this machine.</source>
        <translation>Preverite, ali strežnik TURN deluje in ali so njegova vrata odprta za ta računalnik.</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s account and password with the provider (Phones tab), and that this machine reaches the provider.</source>
        <translation>Pri ponudniku preverite račun in geslo voda (zavihek Telefonija) ter ali ta računalnik doseže ponudnika.</translation>
    </message>
    <message>
        <source>Free space or give the data a bigger disk; shorten how long recordings are kept (PUT /api/settings/recordings).</source>
        <comment>PUT /api/settings/recordings: keep</comment>
        <translation>Sprostite prostor ali podatkom dodelite večji disk; skrajšajte čas hranjenja posnetkov (PUT /api/settings/recordings).</translation>
    </message>
    <message>
        <source>Back up now (Admin window, Backups tab), and see the server&apos;s log for why the last one failed: a full disk or a folder the server cannot write, usually.</source>
        <translation>Varnostno kopirajte zdaj (okno Skrbništvo, zavihek Varnostne kopije) in v dnevniku strežnika preverite, zakaj zadnja ni uspela: običajno zaradi polnega diska ali mape, v katero strežnik ne more pisati.</translation>
    </message>
    <message>
        <source>Turn daily backups on (Admin window, Backups tab).</source>
        <translation>Vklopite dnevno varnostno kopiranje (okno Skrbništvo, zavihek Varnostne kopije).</translation>
    </message>
    <message>
        <source>Run a time service: Debian&apos;s systemd-timesyncd or chrony (apt install chrony).</source>
        <comment>systemd-timesyncd, chrony, apt install chrony: keep</comment>
        <translation>Zaženite storitev za usklajevanje časa: Debianov systemd-timesyncd ali chrony (apt install chrony).</translation>
    </message>
    <message>
        <source>Allow UDP port 123 out, or name a time server this machine reaches (--ntp-server).</source>
        <comment>--ntp-server: keep</comment>
        <translation>Dovolite odhodni promet na vrata UDP 123 ali navedite časovni strežnik, ki ga ta računalnik doseže (--ntp-server).</translation>
    </message>
    <message>
        <source>Stop the server, restore the newest backup into a new data dir (callnest-server restore --from FOLDER --data-dir NEW) and start it there; keep the damaged one for support.</source>
        <comment>the command in brackets: keep</comment>
        <translation>Ustavite strežnik, obnovite najnovejšo varnostno kopijo v novo mapo podatkov (callnest-server restore --from FOLDER --data-dir NEW) in ga zaženite tam; poškodovano mapo obdržite za podporo.</translation>
    </message>
    <message>
        <source>Renew or replace the certificate on the reverse proxy (Caddy and certbot renew theirs by themselves when they can reach Let&apos;s Encrypt).</source>
        <translation>Obnovite ali zamenjajte potrdilo na obratnem posredniškem strežniku (Caddy in certbot svoja potrdila obnovita sama, ko lahko dosežeta Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>Renew the certificate now; if the proxy renews it by itself (Caddy, certbot), see its log for why it has not.</source>
        <translation>Obnovite potrdilo zdaj; če ga posredniški strežnik obnavlja sam (Caddy, certbot), v njegovem dnevniku preverite, zakaj ga ni obnovil.</translation>
    </message>
    <message>
        <source>If some cannot connect, set one up: README, &apos;TURN&apos;.</source>
        <comment>a TURN server; README, &apos;TURN&apos;: keep</comment>
        <translation>Če se kdo ne more povezati, nastavite strežnik TURN: README, „TURN“.</translation>
    </message>
    <message>
        <source>The secret given to callnest-server (--turn-secret-file) must be the TURN server&apos;s static-auth-secret; and the TURN server needs use-auth-secret.</source>
        <comment>--turn-secret-file, static-auth-secret, use-auth-secret: keep</comment>
        <translation>Skrivnost, podana programu callnest-server (--turn-secret-file), mora biti enaka static-auth-secret strežnika TURN, strežnik TURN pa potrebuje use-auth-secret.</translation>
    </message>
    <message>
        <source>See the TURN server&apos;s log.</source>
        <translation>Preverite dnevnik strežnika TURN.</translation>
    </message>
    <message>
        <source>See the server&apos;s log; the Phones tab shows each trunk&apos;s last failure.</source>
        <translation>Preverite dnevnik strežnika; zavihek Telefonija prikazuje zadnjo napako vsakega voda.</translation>
    </message>
    <message>
        <source>Check the mailbox&apos;s server, user name and (app) password in the Mailboxes tab, and that this machine reaches the mail server.</source>
        <translation>Preverite strežnik, uporabniško ime in geslo (za aplikacije) poštnega predala v zavihku Poštni predali ter da ta računalnik doseže poštni strežnik.</translation>
    </message>
    <message>
        <source>Back up now (Admin window, Backups tab). If daily backups are on and none ran, the server was not running at the time, or its log says why.</source>
        <translation>Varnostno kopirajte zdaj (okno Skrbništvo, zavihek Varnostne kopije). Če je dnevno varnostno kopiranje vklopljeno, pa se ni izvedlo, strežnik takrat ni deloval ali pa je razlog zapisan v njegovem dnevniku.</translation>
    </message>
    <message>
        <source>Choose a backup folder on another disk or a network share (Admin window, Backups tab).</source>
        <translation>Izberite mapo za varnostne kopije na drugem disku ali v omrežni mapi (okno Skrbništvo, zavihek Varnostne kopije).</translation>
    </message>
    <message>
        <source>Start it (systemctl start callnest-server), and see its log for why it stopped (journalctl -u callnest-server).</source>
        <comment>the commands in brackets: keep</comment>
        <translation>Zaženite ga (systemctl start callnest-server) in v njegovem dnevniku preverite, zakaj se je ustavil (journalctl -u callnest-server).</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in Qt&apos;s date format (d: the day, MMM: the month, shortened, yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, shortened</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>daily backups are off</source>
        <translation>dnevno varnostno kopiranje je izklopljeno</translation>
    </message>
    <message numerus="yes">
        <source>daily at {time}, keeping the last %n backup(s), in {folder}</source>
        <comment>the backup schedule: {time}: e.g. 03:00; %n: how many backups are kept; {folder}: e.g. /srv/backups</comment>
        <translation>
            <numerusform>dnevno ob {time}, hrani se zadnja %n varnostna kopija, v mapi {folder}</numerusform>
            <numerusform>dnevno ob {time}, hranita se zadnji %n varnostni kopiji, v mapi {folder}</numerusform>
            <numerusform>dnevno ob {time}, hranijo se zadnje %n varnostne kopije, v mapi {folder}</numerusform>
            <numerusform>dnevno ob {time}, hrani se zadnjih %n varnostnih kopij, v mapi {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n uro</numerusform>
            <numerusform>%n uri</numerusform>
            <numerusform>%n ure</numerusform>
            <numerusform>%n ur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n dan</numerusform>
            <numerusform>%n dneva</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models.home_link</name>
    <message>
        <source>Woke from sleep: checking your connection…</source>
        <translation>Računalnik se je prebudil: preverjanje povezave …</translation>
    </message>
    <message>
        <source>Network changed: checking your connection…</source>
        <translation>Omrežje se je spremenilo: preverjanje povezave …</translation>
    </message>
    <message>
        <source>No audio from your computer reaches the server — calls are held back</source>
        <translation>Zvok iz vašega računalnika ne doseže strežnika – klici so zadržani</translation>
    </message>
    <message>
        <source>Your microphone sends nothing — check your headset; calls are held back</source>
        <translation>Vaš mikrofon ne pošilja ničesar – preverite slušalke; klici so zadržani</translation>
    </message>
    <message>
        <source>Checking connection</source>
        <translation>Preverjanje povezave</translation>
    </message>
    <message>
        <source>No audio reaching the server</source>
        <translation>Zvok ne doseže strežnika</translation>
    </message>
    <message>
        <source>Microphone silent</source>
        <translation>Mikrofon je tih</translation>
    </message>
    <message>
        <source>{percent} % loss</source>
        <comment>packets lost on the way</comment>
        <translation>izguba {percent} %</translation>
    </message>
    <message>
        <source>{ms} ms round trip</source>
        <comment>the time a packet takes to the server and back, in milliseconds</comment>
        <translation>povratni čas {ms} ms</translation>
    </message>
    <message>
        <source>{ms} ms jitter</source>
        <comment>how much the packets&apos; delay varies, in milliseconds</comment>
        <translation>trepetanje {ms} ms</translation>
    </message>
    <message>
        <source>call quality {score} of 5</source>
        <comment>a score from 1 (bad) to 5 (excellent); follows other figures after a comma</comment>
        <translation>kakovost klica {score} od 5</translation>
    </message>
    <message>
        <source>poor</source>
        <comment>the home connection&apos;s quality, after &quot;Home connection:&quot;</comment>
        <translation>slaba</translation>
    </message>
    <message>
        <source>{figures} ({quality})</source>
        <comment>the connection&apos;s figures, then the call quality they make</comment>
        <translation>{figures} ({quality})</translation>
    </message>
    <message>
        <source>Checking your connection…</source>
        <translation>Preverjanje povezave …</translation>
    </message>
    <message>
        <source>Home connection: {problems} — calls are held back until it recovers</source>
        <comment>{problems}: the bad figures, e.g. &quot;8 % loss, 640 ms round trip&quot;</comment>
        <translation>Domača povezava: {problems} – klici so zadržani, dokler se ne popravi</translation>
    </message>
    <message>
        <source>Your connection recovered: {figures} — calls are offered again</source>
        <comment>{figures}: the connection&apos;s figures, e.g. &quot;0 % loss, 30 ms round trip&quot;</comment>
        <translation>Povezava je spet dobra: {figures} – klici so spet ponujeni</translation>
    </message>
    <message>
        <source>Your connection recovered — calls are offered again</source>
        <translation>Povezava je spet dobra – klici so spet ponujeni</translation>
    </message>
    <message>
        <source>Connection check passed: {figures}</source>
        <comment>{figures}: the connection&apos;s figures, e.g. &quot;0 % loss, 30 ms round trip&quot;</comment>
        <translation>Preverjanje povezave uspešno: {figures}</translation>
    </message>
    <message>
        <source>Connection check passed</source>
        <translation>Preverjanje povezave uspešno</translation>
    </message>
    <message>
        <source>Home connection: {problems}</source>
        <comment>{problems}: the bad figures, e.g. &quot;8 % loss&quot;</comment>
        <translation>Domača povezava: {problems}</translation>
    </message>
    <message>
        <source>{problem} — offered nothing since {time}</source>
        <comment>{problem}: what is wrong with the home connection; {time}: a time of day</comment>
        <translation>{problem} – brez ponudb od {time}</translation>
    </message>
    <message>
        <source>{problem} — offered nothing since {time}: {figures}</source>
        <comment>{problem}: what is wrong with the home connection; {time}: a time of day; {figures}: every figure measured</comment>
        <translation>{problem} – brez ponudb od {time}: {figures}</translation>
    </message>
</context>
<context>
    <name>models.phones</name>
    <message>
        <source>d MMM</source>
        <comment>a day and month in Qt&apos;s date format (d: the day, MMM: the month, shortened): write the pattern, in your language&apos;s order</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <comment>a day, then a time of day</comment>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{transport} — not available</source>
        <comment>{transport}: UDP, TCP or TLS</comment>
        <translation>{transport} – ni na voljo</translation>
    </message>
    <message>
        <source>Registration and IP addresses</source>
        <comment>how a provider knows a trunk</comment>
        <translation>Registracija in naslovi IP</translation>
    </message>
    <message>
        <source>Registration</source>
        <comment>how a provider knows a trunk</comment>
        <translation>Registracija</translation>
    </message>
    <message numerus="yes">
        <source>IP address(es) (%n)</source>
        <comment>how a provider knows a trunk: by how many addresses</comment>
        <translation>
            <numerusform>Naslov IP (%n)</numerusform>
            <numerusform>Naslova IP (%n)</numerusform>
            <numerusform>Naslovi IP (%n)</numerusform>
            <numerusform>Naslovi IP (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in use (disabled)</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Ni v uporabi (onemogočen)</translation>
    </message>
    <message>
        <source>Not needed: the provider knows the addresses</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Ni potrebna: ponudnik pozna naslove</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Poizvedovanje pri strežniku …</translation>
    </message>
    <message>
        <source>Not registered: phone calls are not running (see above)</source>
        <translation>Ni registriran: telefonski klici ne delujejo (glejte zgoraj)</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registriranje …</translation>
    </message>
    <message>
        <source>Registered since {time}</source>
        <comment>{time}: a time of day, maybe a day</comment>
        <translation>Registriran od {time}</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Registriran</translation>
    </message>
    <message>
        <source>{state} (last refused: {failure})</source>
        <comment>{state}: how the registration is doing; {failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>{state} (nazadnje zavrnjeno: {failure})</translation>
    </message>
    <message>
        <source>{state} (last refused at {time}: {failure})</source>
        <comment>{state}: how the registration is doing; {time}: when; {failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>{state} (nazadnje zavrnjeno ob {time}: {failure})</translation>
    </message>
    <message>
        <source>Not registered: {failure} since {time}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden); {time}: when</comment>
        <translation>Ni registriran: {failure} od {time}</translation>
    </message>
    <message>
        <source>Not registered: {failure}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>Ni registriran: {failure}</translation>
    </message>
    <message>
        <source>Not registered since {time}</source>
        <comment>{time}: when</comment>
        <translation>Ni registriran od {time}</translation>
    </message>
    <message>
        <source>Not registered</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Ni registriran</translation>
    </message>
    <message>
        <source>Phone calls are not working: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation>Telefonski klici ne delujejo: {problem}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered: {failure} since {time}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden); {time}: when</comment>
        <translation>Vod {name} ni registriran: {failure} od {time}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered: {failure}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>Vod {name} ni registriran: {failure}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered since {time}</source>
        <comment>{time}: when</comment>
        <translation>Vod {name} ni registriran od {time}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered</source>
        <translation>Vod {name} ni registriran</translation>
    </message>
</context>
<context>
    <name>models.report</name>
    <message>
        <source>All queues</source>
        <translation>Vse vrste</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Brez ekipe</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a percentage, as your language writes it</comment>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>{figure} in {seconds} s</source>
        <comment>a service level: the share answered within so many seconds (80.0% in 20 s)</comment>
        <translation>{figure} v {seconds} s</translation>
    </message>
    <message>
        <source>average speed of answer: queue time of answered contacts / answered</source>
        <translation>povprečni čas do sprejema: čas sprejetih stikov v vrsti / sprejeti</translation>
    </message>
    <message>
        <source>average handle time: (talk + hold + wrap-up) / handled</source>
        <translation>povprečni čas obdelave: (pogovor + čas na čakanju + zaključevanje) / obdelani</translation>
    </message>
    <message>
        <source>answered within the queue&apos;s threshold / (answered + abandoned after the short-abandon threshold)</source>
        <translation>sprejeti znotraj praga vrste / (sprejeti + opuščeni po pragu kratkih opustitev)</translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>a column: average handle time</comment>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Ring</source>
        <comment>a column: average ringing time</comment>
        <translation>Zvonjenje</translation>
    </message>
    <message>
        <source>average ringing before the agent answered</source>
        <translation>povprečno zvonjenje, preden je operater sprejel</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: average talk time</comment>
        <translation>Pogovor</translation>
    </message>
    <message>
        <source>average talk time per handled contact</source>
        <translation>povprečni čas pogovora na obdelani stik</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a column: average time on hold</comment>
        <translation>Na čakanju</translation>
    </message>
    <message>
        <source>average hold time per handled contact</source>
        <translation>povprečni čas na čakanju na obdelani stik</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: average wrap-up time</comment>
        <translation>Zaključevanje</translation>
    </message>
    <message>
        <source>average wrap-up time per handled contact</source>
        <translation>povprečni čas zaključevanja na obdelani stik</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>a column: contacts offered</comment>
        <translation>Ponujeni</translation>
    </message>
    <message>
        <source>contacts that entered the queue</source>
        <translation>stiki, ki so vstopili v vrsto</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>a column: contacts answered</comment>
        <translation>Sprejeti</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>a column: contacts abandoned</comment>
        <translation>Opuščeni</translation>
    </message>
    <message>
        <source>including short abandons</source>
        <translation>vključno s kratkimi opustitvami</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <comment>a column: callers who hung up at once</comment>
        <translation>Kratke opustitve</translation>
    </message>
    <message>
        <source>hung up before the short-abandon threshold: not counted against the queue</source>
        <translation>prekinili pred pragom kratkih opustitev: ne štejejo v breme vrste</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a column</comment>
        <translation>Delež opuščenih</translation>
    </message>
    <message>
        <source>abandoned / offered, short abandons excluded from both</source>
        <translation>opuščeni / ponujeni, brez kratkih opustitev v obeh</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation>Raven storitve</translation>
    </message>
    <message>
        <source>Handled</source>
        <comment>a column: contacts handled</comment>
        <translation>Obdelani</translation>
    </message>
    <message>
        <source>CSAT</source>
        <comment>a column: customer satisfaction</comment>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>customers&apos; mean rating, 1 to 5, after the contact (how many rated)</source>
        <translation>povprečna ocena strank po stiku, od 1 do 5 (koliko jih je ocenilo)</translation>
    </message>
    <message>
        <source>Calls out</source>
        <comment>a column: outbound calls</comment>
        <translation>Odhodni</translation>
    </message>
    <message>
        <source>agents&apos; calls out with this queue&apos;s caller ID</source>
        <translation>odhodni klici operaterjev s prikazano številko te vrste</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>a column: calls out answered</comment>
        <translation>Vzpostavljeni</translation>
    </message>
    <message>
        <source>calls out the called person answered (not busy, not unanswered, not failed)</source>
        <translation>odhodni klici, ki jih je klicana oseba sprejela (ne zasedeno, ne brez odgovora, ne neuspešno)</translation>
    </message>
    <message>
        <source>Talk out</source>
        <comment>a column: talk time on calls out</comment>
        <translation>Odh. pogovor</translation>
    </message>
    <message>
        <source>average talk time per connected call out</source>
        <translation>povprečni čas pogovora na vzpostavljeni odhodni klic</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a column: callbacks asked for</comment>
        <translation>Povratni klici</translation>
    </message>
    <message>
        <source>callbacks asked for: by waiting callers, or due at a time they chose</source>
        <translation>zahtevani povratni klici: od klicateljev v vrsti ali zapadli ob času, ki so ga izbrali</translation>
    </message>
    <message>
        <source>Called back</source>
        <comment>a column: callbacks that connected</comment>
        <translation>Poklicani nazaj</translation>
    </message>
    <message>
        <source>callbacks that reached the customer</source>
        <translation>povratni klici, ki so dosegli stranko</translation>
    </message>
    <message>
        <source>Callback ASA</source>
        <comment>a column: callback speed of answer</comment>
        <translation>ASA povr. klicev</translation>
    </message>
    <message>
        <source>callback speed of answer: from the request (or the time chosen) to the customer answering our call</source>
        <translation>čas do sprejema povratnega klica: od zahteve (ali izbranega časa) do trenutka, ko stranka sprejme naš klic</translation>
    </message>
    <message>
        <source>contacts rung to the agent</source>
        <translation>stiki, ki so zvonili operaterju</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>a column: contacts not answered in time</comment>
        <translation>Nesprejeti</translation>
    </message>
    <message>
        <source>rung but not answered in time</source>
        <translation>zvonili, a niso bili pravočasno sprejeti</translation>
    </message>
    <message>
        <source>Logged in</source>
        <comment>a column: time logged in</comment>
        <translation>Prijavljen</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a column: time on a break</comment>
        <translation>Odmor</translation>
    </message>
    <message>
        <source>Home connection</source>
        <comment>a column: time held back by the home network</comment>
        <translation>Domača povezava</translation>
    </message>
    <message>
        <source>of the breaks, time held back because the home connection could not carry a call</source>
        <translation>del odmorov, ko je bil operater zadržan, ker domača povezava ni zmogla klica</translation>
    </message>
    <message>
        <source>Spared</source>
        <comment>a column: contacts not offered to the agent</comment>
        <translation>Izpuščeni</translation>
    </message>
    <message>
        <source>contacts offered in the agent&apos;s queues while held back for the home connection</source>
        <translation>stiki, ponujeni v operaterjevih vrstah, medtem ko je bil zadržan zaradi domače povezave</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation>Zasedenost</translation>
    </message>
    <message>
        <source>handle time / (logged-in time - break time)</source>
        <translation>čas obdelave / (čas prijave – čas odmorov)</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Operater</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column</comment>
        <translation>Ekipa</translation>
    </message>
    <message>
        <source>Interval</source>
        <comment>a column: the interval&apos;s times</comment>
        <translation>Interval</translation>
    </message>
</context>
<context>
    <name>models.wallboard</name>
    <message>
        <source>{value}%</source>
        <comment>a percentage</comment>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>{loss}% loss · {jitter} ms jitter</source>
        <comment>an audio link&apos;s packet loss and jitter</comment>
        <translation>izguba {loss} % · trepetanje {jitter} ms</translation>
    </message>
    <message>
        <source>{loss}% loss · {jitter} ms jitter · {rtt} ms rtt</source>
        <comment>an audio link&apos;s packet loss, jitter and round-trip time</comment>
        <translation>izguba {loss} % · trepetanje {jitter} ms · RTT {rtt} ms</translation>
    </message>
    <message>
        <source>Hand raised — needs help</source>
        <translation>Dvignjena roka – potrebuje pomoč</translation>
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
            <numerusform>{time} · %n ponujen stik</numerusform>
            <numerusform>{time} · %n ponujena stika</numerusform>
            <numerusform>{time} · %n ponujeni stiki</numerusform>
            <numerusform>{time} · %n ponujenih stikov</numerusform>
        </translation>
    </message>
    <message>
        <source>Break — {reason}</source>
        <translation>Odmor – {reason}</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>an agent&apos;s state</comment>
        <translation>Odmor</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>an agent&apos;s state</comment>
        <translation>Brez povezave</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>an agent&apos;s state</comment>
        <translation>Na voljo</translation>
    </message>
    <message>
        <source>Ringing</source>
        <comment>an agent&apos;s state</comment>
        <translation>Zvoni</translation>
    </message>
    <message>
        <source>On a contact</source>
        <comment>an agent&apos;s state</comment>
        <translation>V stiku</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>an agent&apos;s state</comment>
        <translation>Zaključevanje</translation>
    </message>
    <message>
        <source>{count} ({rate})</source>
        <comment>abandoned contacts (their share of those offered)</comment>
        <translation>{count} ({rate})</translation>
    </message>
    <message>
        <source>{share} in {seconds} s</source>
        <comment>service level: {share} of contacts answered within {seconds} seconds</comment>
        <translation>{share} v {seconds} s</translation>
    </message>
    <message>
        <source>No team</source>
        <comment>an agent in no team</comment>
        <translation>Brez ekipe</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Ekipa {number}</translation>
    </message>
    <message>
        <source>Ref. {number}</source>
        <comment>a short reference for a contact with no name</comment>
        <translation>Ref. {number}</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>a column: callers waiting</comment>
        <translation>Čakajo</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>a column</comment>
        <translation>Najdaljše čakanje</translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>a column: contacts offered</comment>
        <translation>Ponujeni</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation>ASA</translation>
    </message>
    <message>
        <source>queue time of answered / answered</source>
        <translation>čas sprejetih v vrsti / sprejeti</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>a column: contacts abandoned</comment>
        <translation>Opuščeni</translation>
    </message>
    <message>
        <source>abandoned / offered</source>
        <translation>opuščeni / ponujeni</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation>Raven storitve</translation>
    </message>
    <message>
        <source>answered within the threshold / (answered + abandoned after the short-abandon time)</source>
        <translation>sprejeti znotraj praga / (sprejeti + opuščeni po času kratkih opustitev)</translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>a column: average handling time</comment>
        <translation>AHT</translation>
    </message>
    <message>
        <source>(talk + hold + wrap-up) / handled</source>
        <translation>(pogovor + čas na čakanju + zaključevanje) / obdelani</translation>
    </message>
    <message>
        <source>CSAT</source>
        <comment>a column: customer satisfaction</comment>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>customers&apos; mean rating today, 1 to 5</source>
        <translation>današnja povprečna ocena strank, od 1 do 5</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>a column: agents available</comment>
        <translation>Na voljo</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a column: agents busy</comment>
        <translation>Zasedeni</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: agents in wrap-up</comment>
        <translation>Zaključevanje</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a column: agents on a break</comment>
        <translation>Odmor</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Operater</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column: the agent&apos;s team</comment>
        <translation>Ekipa</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: an agent&apos;s state</comment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>For</source>
        <comment>a column: how long in this state</comment>
        <translation>Trajanje</translation>
    </message>
    <message>
        <source>With</source>
        <comment>a column: the customer an agent is with</comment>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>the customer&apos;s name where known, else a short reference to say aloud</source>
        <translation>ime stranke, če je znano, sicer kratka referenca, ki jo je mogoče izgovoriti</translation>
    </message>
    <message>
        <source>Handled</source>
        <comment>a column: contacts handled</comment>
        <translation>Obdelani</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation>Zasedenost</translation>
    </message>
    <message>
        <source>Break today</source>
        <comment>a column: time on a break today</comment>
        <translation>Odmor danes</translation>
    </message>
    <message>
        <source>Held back today</source>
        <comment>a column</comment>
        <translation>Zadržan danes</translation>
    </message>
    <message>
        <source>time offered nothing today because the home connection could not carry a call, and the contacts offered in the agent&apos;s queues meanwhile</source>
        <translation>današnji čas brez ponudb, ker domača povezava ni zmogla klica, in stiki, ponujeni medtem v operaterjevih vrstah</translation>
    </message>
    <message>
        <source>Home link</source>
        <comment>a column: the home connection&apos;s audio</comment>
        <translation>Dom. povezava</translation>
    </message>
    <message>
        <source>loss, jitter and round trip of the audio link</source>
        <translation>izguba, trepetanje in povratni čas zvočne povezave</translation>
    </message>
    <message>
        <source>MOS</source>
        <comment>a column: mean opinion score, call quality</comment>
        <translation>MOS</translation>
    </message>
    <message>
        <source>call quality the link allows, 1 to 4.5 (ITU-T G.107 E-model, simplified)</source>
        <translation>kakovost klica, ki jo povezava omogoča, od 1 do 4,5 (model E po ITU-T G.107, poenostavljen)</translation>
    </message>
    <message>
        <source>Mic silent</source>
        <comment>a column</comment>
        <translation>Tih mikrofon</translation>
    </message>
    <message>
        <source>how long the microphone has been silent or muted in a call</source>
        <translation>kako dolgo je mikrofon v klicu tih ali izklopljen</translation>
    </message>
    <message>
        <source>Last heard</source>
        <comment>a column</comment>
        <translation>Zadnji signal</translation>
    </message>
    <message>
        <source>time since the desktop&apos;s last message</source>
        <translation>čas od zadnjega sporočila namizne aplikacije</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>agents to look at</comment>
        <translation>Potrebuje pozornost</translation>
    </message>
    <message>
        <source>{count} ({rate})</source>
        <comment>people reached (their share of the calls placed)</comment>
        <translation>{count} ({rate})</translation>
    </message>
    <message>
        <source>Campaign</source>
        <comment>a column</comment>
        <translation>Kampanja</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: a campaign&apos;s state</comment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>a campaign&apos;s state</comment>
        <translation>Poteka</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>a campaign&apos;s state</comment>
        <translation>Zaustavljena</translation>
    </message>
    <message>
        <source>Calls today</source>
        <comment>a column</comment>
        <translation>Klici danes</translation>
    </message>
    <message>
        <source>calls placed today</source>
        <translation>danes vzpostavljeni klici</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>a column: people reached</comment>
        <translation>Dosežene</translation>
    </message>
    <message>
        <source>calls today the person called answered</source>
        <translation>današnji klici, ki jih je klicana oseba sprejela</translation>
    </message>
    <message>
        <source>On calls now</source>
        <comment>a column</comment>
        <translation>V klicih zdaj</translation>
    </message>
    <message>
        <source>ringing or talking</source>
        <translation>zvonjenje ali pogovor</translation>
    </message>
    <message>
        <source>People left</source>
        <comment>a column</comment>
        <translation>Preostale osebe</translation>
    </message>
    <message>
        <source>still to reach: waiting or being called</source>
        <translation>še jih je treba doseči: čakajo ali se kličejo</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Answer</source>
        <comment>a notification&apos;s button</comment>
        <translation>Sprejmi</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a notification&apos;s button</comment>
        <translation>Zavrni</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>You are not logged in: log in again.</source>
        <translation>Niste prijavljeni: prijavite se znova.</translation>
    </message>
    <message>
        <source>Check these fields: {fields}</source>
        <comment>dotted names of a form&apos;s fields</comment>
        <translation>Preverite ta polja: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has problems on %n line(s): {lines}.</source>
        <comment>{lines} lists the line numbers</comment>
        <translation>
            <numerusform>Uvoženo ni bilo nič: datoteka ima težave v %n vrstici: {lines}.</numerusform>
            <numerusform>Uvoženo ni bilo nič: datoteka ima težave v %n vrsticah: {lines}.</numerusform>
            <numerusform>Uvoženo ni bilo nič: datoteka ima težave v %n vrsticah: {lines}.</numerusform>
            <numerusform>Uvoženo ni bilo nič: datoteka ima težave v %n vrsticah: {lines}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request ({code}).</source>
        <comment>{code}: a technical code</comment>
        <translation>Strežnik je zavrnil zahtevo ({code}).</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Strežnika ni bilo mogoče doseči.</translation>
    </message>
    <message>
        <source>Could not reach the server: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Strežnika ni bilo mogoče doseči: {reason}</translation>
    </message>
    <message>
        <source>The server could not read the request: update the app, or tell your administrator.</source>
        <translation>Strežnik ni mogel prebrati zahteve: posodobite aplikacijo ali obvestite skrbnika.</translation>
    </message>
    <message>
        <source>That is too large for the server to take.</source>
        <translation>To je preveliko, da bi strežnik sprejel.</translation>
    </message>
    <message>
        <source>This app is too old or too new for the server: update it.</source>
        <translation>Ta aplikacija je prestara ali prenova za strežnik: posodobite jo.</translation>
    </message>
    <message>
        <source>The server does not know this request: update the app.</source>
        <translation>Strežnik ne pozna te zahteve: posodobite aplikacijo.</translation>
    </message>
    <message>
        <source>The customer&apos;s page sent something the server could not read.</source>
        <translation>Stran za stranke je poslala nekaj, česar strežnik ni mogel prebrati.</translation>
    </message>
    <message>
        <source>Your session has ended: log in again.</source>
        <translation>Vaša seja je potekla: prijavite se znova.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Napačno uporabniško ime ali geslo.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute and try again.</source>
        <translation>Preveč poskusov: počakajte minuto in poskusite znova.</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>Tega ne smete storiti.</translation>
    </message>
    <message>
        <source>The server did not accept what was sent: check it and try again.</source>
        <translation>Strežnik ni sprejel poslanega: preverite in poskusite znova.</translation>
    </message>
    <message>
        <source>It is no longer there: someone may have deleted it. Refresh and try again.</source>
        <translation>Tega ni več: morda ga je kdo izbrisal. Osvežite in poskusite znova.</translation>
    </message>
    <message>
        <source>That clashes with what is there already (a name in use, or a change made meanwhile). Refresh and try again.</source>
        <translation>To je v sporu z obstoječim (ime je že v uporabi ali pa se je medtem kaj spremenilo). Osvežite in poskusite znova.</translation>
    </message>
    <message>
        <source>The server does not allow this request: update the app.</source>
        <translation>Strežnik ne dovoli te zahteve: posodobite aplikacijo.</translation>
    </message>
    <message>
        <source>The server does not take this kind of file or data.</source>
        <translation>Strežnik ne sprejema takšnih datotek ali podatkov.</translation>
    </message>
    <message>
        <source>The file has problems: nothing was imported.</source>
        <translation>Datoteka ima težave: uvoženo ni bilo nič.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Strežnik je zavrnil zahtevo.</translation>
    </message>
    <message>
        <source>The queue still has calls or chats: try again once they are done.</source>
        <translation>V vrsti so še klici ali klepeti: poskusite znova, ko se končajo.</translation>
    </message>
    <message>
        <source>The agent is busy.</source>
        <translation>Operater je zaseden.</translation>
    </message>
    <message>
        <source>The agent is not available.</source>
        <translation>Operater ni na voljo.</translation>
    </message>
    <message>
        <source>That call or chat exists already.</source>
        <translation>Ta klic ali klepet že obstaja.</translation>
    </message>
    <message>
        <source>The offer is gone: someone else took it, or the customer left.</source>
        <translation>Ponudbe ni več: sprejel jo je nekdo drug ali pa je stranka odšla.</translation>
    </message>
    <message>
        <source>Not connected to the server: wait for the connection to come back and try again.</source>
        <translation>Ni povezave s strežnikom: počakajte, da se povezava vzpostavi, in poskusite znova.</translation>
    </message>
    <message>
        <source>That can only be done during wrap-up.</source>
        <translation>To je mogoče le med zaključevanjem.</translation>
    </message>
    <message>
        <source>That can only be done during a call or chat.</source>
        <translation>To je mogoče le med klicem ali klepetom.</translation>
    </message>
    <message>
        <source>This account cannot take calls or chats.</source>
        <translation>Ta račun ne more sprejemati klicev ali klepetov.</translation>
    </message>
    <message>
        <source>That transfer is not possible.</source>
        <translation>Ta prevezava ni mogoča.</translation>
    </message>
    <message>
        <source>That queue is no longer there. Refresh and try again.</source>
        <translation>Te vrste ni več. Osvežite in poskusite znova.</translation>
    </message>
    <message>
        <source>That agent is no longer there. Refresh and try again.</source>
        <translation>Tega operaterja ni več. Osvežite in poskusite znova.</translation>
    </message>
    <message>
        <source>That call or chat is over.</source>
        <translation>Ta klic ali klepet je končan.</translation>
    </message>
    <message>
        <source>The server does not offer that.</source>
        <translation>Strežnik tega ne ponuja.</translation>
    </message>
    <message>
        <source>That reason is no longer there. Refresh and try again.</source>
        <translation>Tega razloga ni več. Osvežite in poskusite znova.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: nothing was saved. Tell your administrator.</source>
        <translation>Disk strežnika je poln: nič ni bilo shranjeno. Obvestite skrbnika.</translation>
    </message>
    <message>
        <source>That can only be done on a phone call.</source>
        <translation>To je mogoče le pri telefonskem klicu.</translation>
    </message>
    <message>
        <source>That can only be done in a chat.</source>
        <translation>To je mogoče le v klepetu.</translation>
    </message>
    <message>
        <source>The audio could not be set up: try again, or check your headset.</source>
        <translation>Zvoka ni bilo mogoče vzpostaviti: poskusite znova ali preverite slušalke.</translation>
    </message>
    <message>
        <source>There is no audio link to the server: connect your headset first.</source>
        <translation>Ni zvočne povezave s strežnikom: najprej priključite slušalke.</translation>
    </message>
    <message>
        <source>Another supervisor is listening to this call.</source>
        <translation>Ta klic že posluša drug nadzornik.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again; if it keeps happening, tell your administrator.</source>
        <translation>Na strežniku je prišlo do napake. Poskusite znova; če se ponavlja, obvestite skrbnika.</translation>
    </message>
    <message>
        <source>It is closed now: try again later.</source>
        <translation>Trenutno je zaprto: poskusite znova pozneje.</translation>
    </message>
    <message>
        <source>That choice is not on offer.</source>
        <translation>Te izbire ni na voljo.</translation>
    </message>
    <message>
        <source>Too many calls at once: try again shortly.</source>
        <translation>Preveč klicev hkrati: poskusite znova čez nekaj trenutkov.</translation>
    </message>
    <message>
        <source>Too many calls or chats from one address: try again shortly.</source>
        <translation>Preveč klicev ali klepetov z enega naslova: poskusite znova čez nekaj trenutkov.</translation>
    </message>
    <message>
        <source>Too many chats at once: try again shortly.</source>
        <translation>Preveč klepetov hkrati: poskusite znova čez nekaj trenutkov.</translation>
    </message>
    <message>
        <source>Chat is not available right now.</source>
        <translation>Klepet trenutno ni na voljo.</translation>
    </message>
    <message>
        <source>The chat has ended.</source>
        <translation>Klepet je končan.</translation>
    </message>
    <message>
        <source>Too fast: wait a moment and try again.</source>
        <translation>Prehitro: počakajte trenutek in poskusite znova.</translation>
    </message>
    <message>
        <source>That can only be done once it is over.</source>
        <translation>To je mogoče šele, ko je končano.</translation>
    </message>
    <message>
        <source>It has been rated already.</source>
        <translation>Ocena je že bila oddana.</translation>
    </message>
    <message>
        <source>The server did not answer in time: check the connection and try again.</source>
        <translation>Strežnik ni odgovoril pravočasno: preverite povezavo in poskusite znova.</translation>
    </message>
</context>
<context>
    <name>ui.admin.agents</name>
    <message>
        <source>Agent</source>
        <comment>a role</comment>
        <translation>Operater</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <comment>a role</comment>
        <translation>Nadzornik</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>a role</comment>
        <translation>Lastnik</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: takes calls, can log in</comment>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: takes calls, can log in</comment>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Password for {name}</source>
        <comment>a window title</comment>
        <translation>Geslo za {name}</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>a button: copy the password</comment>
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>Copies the password, without the spaces</source>
        <translation>Kopira geslo brez presledkov</translation>
    </message>
    <message>
        <source>Give {name} the user name {username} and this password. It is shown only now: copy it before you close this.</source>
        <translation>Posredujte osebi {name} uporabniško ime {username} in to geslo. Geslo je prikazano samo zdaj: kopirajte ga, preden zaprete to okno.</translation>
    </message>
    <message>
        <source>The spaces only make it easier to read: type it without them.</source>
        <translation>Presledki so le za lažje branje: geslo vpišite brez njih.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: a person&apos;s</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>a column: the user name</comment>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>a column</comment>
        <translation>Vloga</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column</comment>
        <translation>Ekipa</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>a column</comment>
        <translation>Veščine</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a column: takes calls</comment>
        <translation>Klici</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a column: chats at once</comment>
        <translation>Klepeti</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a column: e-mail threads at once</comment>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a column: can log in</comment>
        <translation>Aktiven</translation>
    </message>
    <message>
        <source>New agent</source>
        <comment>a button</comment>
        <translation>Nov operater</translation>
    </message>
    <message>
        <source>Double-click a team to rename it</source>
        <translation>Dvokliknite ekipo, da jo preimenujete</translation>
    </message>
    <message>
        <source>New team name</source>
        <translation>Ime nove ekipe</translation>
    </message>
    <message>
        <source>Add team</source>
        <comment>a button</comment>
        <translation>Dodaj ekipo</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a group&apos;s title</comment>
        <translation>Ekipe</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <comment>an example of a person&apos;s name</comment>
        <translation>npr. Ana Novak</translation>
    </message>
    <message>
        <source>ada.lovelace</source>
        <comment>an example of a login: letters, digits, . _ @ -</comment>
        <translation>ana.novak</translation>
    </message>
    <message>
        <source>leave empty: Callnest makes one up</source>
        <comment>a password</comment>
        <translation>pustite prazno: Callnest ga ustvari sam</translation>
    </message>
    <message>
        <source>Takes calls (one at a time)</source>
        <translation>Sprejema klice (enega naenkrat)</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>a suffix after a number of chats</comment>
        <translation> hkrati</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>a suffix after a number of e-mail threads</comment>
        <translation> hkrati</translation>
    </message>
    <message>
        <source>How many customers&apos; e-mail threads they answer at once</source>
        <translation>Na koliko e-poštnih pogovorov strank operater odgovarja hkrati</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Lahko se prijavi</translation>
    </message>
    <message>
        <source>New skill, e.g. French</source>
        <translation>Nova veščina, npr. francoščina</translation>
    </message>
    <message>
        <source>Add skill</source>
        <comment>a button</comment>
        <translation>Dodaj veščino</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: a person&apos;s</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>a form&apos;s label: the user name</comment>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>a form&apos;s label</comment>
        <translation>Vloga</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a form&apos;s label</comment>
        <translation>Ekipa</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a form&apos;s label: takes calls</comment>
        <translation>Klici</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a form&apos;s label: chats at once</comment>
        <translation>Klepeti</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a form&apos;s label: e-mail threads at once</comment>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a form&apos;s label: can log in</comment>
        <translation>Aktiven</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>a form&apos;s label</comment>
        <translation>Veščine</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <comment>a button</comment>
        <translation>Ponastavi geslo …</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <comment>a button: stop someone logging in</comment>
        <translation>Deaktiviraj …</translation>
    </message>
    <message>
        <source>Skills (tick, then set the level, 1 to 10)</source>
        <translation>Veščine (označite, nato nastavite raven od 1 do 10)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(brez ekipe)</translation>
    </message>
    <message>
        <source>New agent</source>
        <comment>the form&apos;s title</comment>
        <translation>Nov operater</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a person&apos;s name</comment>
        <translation>Urejanje: {name}</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Vpišite ime osebe.</translation>
    </message>
    <message>
        <source>The login takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).</source>
        <translation>Uporabniško ime ima od 2 do 64 črk, števk in znakov . _ @ - (npr. ana.novak).</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Geslo mora imeti vsaj %n znak.</numerusform>
            <numerusform>Geslo mora imeti vsaj %n znaka.</numerusform>
            <numerusform>Geslo mora imeti vsaj %n znake.</numerusform>
            <numerusform>Geslo mora imeti vsaj %n znakov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created {name}.</source>
        <comment>a person&apos;s name</comment>
        <translation>Račun {name} je ustvarjen.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <comment>a person&apos;s name</comment>
        <translation>Račun {name} je shranjen.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <comment>a window title</comment>
        <translation>Ponastavitev gesla</translation>
    </message>
    <message>
        <source>Make up a new password for {name}? The old one stops working at once.</source>
        <translation>Ali želite ustvariti novo geslo za {name}? Staro bo takoj prenehalo delovati.</translation>
    </message>
    <message>
        <source>New password made for {name}.</source>
        <translation>Novo geslo za {name} je ustvarjeno.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title: stop someone logging in</comment>
        <translation>Deaktivacija</translation>
    </message>
    <message>
        <source>Deactivate {name}? They are logged out now and cannot log in again; their history stays. Tick Active and save to undo.</source>
        <comment>Active: the form&apos;s label of that name</comment>
        <translation>Ali želite deaktivirati račun {name}? Oseba bo takoj odjavljena in se ne bo mogla več prijaviti; njena zgodovina ostane. Za razveljavitev označite Aktiven in shranite.</translation>
    </message>
    <message>
        <source>Deactivated {name}.</source>
        <translation>Račun {name} je deaktiviran.</translation>
    </message>
    <message>
        <source>Type the new team&apos;s name first.</source>
        <translation>Najprej vpišite ime nove ekipe.</translation>
    </message>
    <message>
        <source>Created team {name}.</source>
        <translation>Ekipa {name} je ustvarjena.</translation>
    </message>
    <message>
        <source>Renamed team {before} to {after}.</source>
        <translation>Ekipa {before} je preimenovana v {after}.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Ekipa mora imeti ime.</translation>
    </message>
    <message>
        <source>Type the new skill&apos;s name first.</source>
        <translation>Najprej vpišite ime nove veščine.</translation>
    </message>
    <message>
        <source>Created skill {name}.</source>
        <translation>Veščina {name} je ustvarjena.</translation>
    </message>
</context>
<context>
    <name>ui.admin.backups</name>
    <message>
        <source>daily</source>
        <comment>why a backup was taken: the schedule</comment>
        <translation>dnevno</translation>
    </message>
    <message>
        <source>by hand</source>
        <comment>why a backup was taken: Back up now</comment>
        <translation>ročno</translation>
    </message>
    <message>
        <source>Back up every day</source>
        <translation>Varnostno kopiraj vsak dan</translation>
    </message>
    <message>
        <source>At</source>
        <comment>a form&apos;s label: the time of day backups run</comment>
        <translation>Ob</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>a form&apos;s label</comment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>The server&apos;s local time; pick a quiet hour</source>
        <translation>Lokalni čas strežnika; izberite mirno uro</translation>
    </message>
    <message>
        <source>A folder on the server&apos;s machine: best on another disk</source>
        <translation>Mapa na računalniku strežnika: najbolje na drugem disku</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>a suffix after a number: how many kept</comment>
        <translation>
            <numerusform> varnostno kopijo</numerusform>
            <numerusform> varnostni kopiji</numerusform>
            <numerusform> varnostne kopije</numerusform>
            <numerusform> varnostnih kopij</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>a field: how many backups are kept</comment>
        <translation>Hrani</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <comment>a form&apos;s label: how many backups</comment>
        <translation>Hrani najnovejše</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Schedule</source>
        <comment>when backups are taken</comment>
        <translation>Urnik</translation>
    </message>
    <message>
        <source>Back up now</source>
        <comment>a button</comment>
        <translation>Varnostno kopiraj zdaj</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>a column: when a backup was taken</comment>
        <translation>Narejena</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column: why a backup was taken</comment>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>a column</comment>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Recordings</source>
        <comment>a column: how many recordings</comment>
        <translation>Posnetki</translation>
    </message>
    <message>
        <source>A backup on another disk or a network share outlives this machine&apos;s disk. To bring one back on a new machine: callnest-server restore --from FOLDER --data-dir NEW</source>
        <comment>the command is typed as it is: leave callnest-server restore --from --data-dir in English (FOLDER and NEW may be translated)</comment>
        <translation>Varnostna kopija na drugem disku ali v omrežni mapi preživi disk tega računalnika. Za obnovitev na novem računalniku: callnest-server restore --from MAPA --data-dir NOVA</translation>
    </message>
    <message>
        <source>Backup schedule saved: into {folder}.</source>
        <comment>{folder}: a path</comment>
        <translation>Urnik varnostnega kopiranja je shranjen: v {folder}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.callbacks</name>
    <message>
        <source>A callback is a call the center owes a customer. A caller waiting in line may leave their number (key 1 on the phone, or the caller page&apos;s button) and keep their place; a customer may ask for a time on the web form, or an agent at wrap-up. When its turn comes an agent sees the customer&apos;s card, then the call is placed, and tried again if it does not reach them. A queue offers callbacks to waiting callers once ticked so in the Queues tab.</source>
        <translation>Povratni klic je klic, ki ga center dolguje stranki. Klicatelj, ki čaka v vrsti, lahko pusti svojo številko (tipka 1 na telefonu ali gumb na strani za klicatelje) in obdrži svoje mesto; stranka lahko čas izbere v spletnem obrazcu, operater pa ob zaključevanju. Ko pride povratni klic na vrsto, operater vidi kartico stranke, nato se klic vzpostavi; če stranke ne doseže, se ponovi. Vrsta ponuja povratne klice čakajočim klicateljem, ko je to označeno na zavihku Vrste.</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a filter: callbacks still owed</comment>
        <translation>Odprti</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a filter: callbacks done</comment>
        <translation>Opravljeni</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a filter: callbacks that failed</comment>
        <translation>Neuspešni</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a filter: called off</comment>
        <translation>Preklicani</translation>
    </message>
    <message>
        <source>All</source>
        <comment>a filter: every callback</comment>
        <translation>Vsi</translation>
    </message>
    <message>
        <source>No callbacks are owed right now.</source>
        <translation>Trenutno ni odprtih povratnih klicev.</translation>
    </message>
    <message>
        <source>No callback has reached its customer yet.</source>
        <translation>Noben povratni klic še ni dosegel stranke.</translation>
    </message>
    <message>
        <source>No callback has failed.</source>
        <translation>Noben povratni klic ni bil neuspešen.</translation>
    </message>
    <message>
        <source>No callback has been called off.</source>
        <translation>Noben povratni klic ni bil preklican.</translation>
    </message>
    <message>
        <source>No callbacks yet.</source>
        <translation>Povratnih klicev še ni.</translation>
    </message>
    <message>
        <source>It is done already</source>
        <comment>a callback</comment>
        <translation>Je že opravljen</translation>
    </message>
    <message>
        <source>It is failed already</source>
        <comment>a callback</comment>
        <translation>Je že neuspešen</translation>
    </message>
    <message>
        <source>It is cancelled already</source>
        <comment>a callback</comment>
        <translation>Je že preklican</translation>
    </message>
    <message>
        <source>It is {status} already</source>
        <comment>{status}: a callback&apos;s status</comment>
        <translation>Stanje je že: {status}</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a column: when a callback is due</comment>
        <translation>Rok</translation>
    </message>
    <message>
        <source>on this computer&apos;s clock</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>po uri tega računalnika</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a column</comment>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>a column: who asked for it</comment>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Attempts</source>
        <comment>a column: calls made</comment>
        <translation>Poskusi</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <comment>a column: how the last call ended</comment>
        <translation>Zadnji izid</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>a column</comment>
        <translation>Opomba</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Call off…</source>
        <comment>a button: cancel the callback</comment>
        <translation>Prekliči …</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>then a filter</comment>
        <translation>Prikaži</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) (the first {limit} of a status).</source>
        <translation>
            <numerusform>%n povratni klic (prvih {limit} na stanje).</numerusform>
            <numerusform>%n povratna klica (prvih {limit} na stanje).</numerusform>
            <numerusform>%n povratni klici (prvih {limit} na stanje).</numerusform>
            <numerusform>%n povratnih klicev (prvih {limit} na stanje).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s).</source>
        <translation>
            <numerusform>%n povratni klic.</numerusform>
            <numerusform>%n povratna klica.</numerusform>
            <numerusform>%n povratni klici.</numerusform>
            <numerusform>%n povratnih klicev.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an open callback to call it off</source>
        <translation>Izberite odprt povratni klic, ki ga želite preklicati</translation>
    </message>
    <message>
        <source>It is being dialled: it cannot be called off now</source>
        <translation>Klicanje že poteka: zdaj ga ni mogoče preklicati</translation>
    </message>
    <message>
        <source>The customer is not called (nor told)</source>
        <translation>Stranka ne bo poklicana (niti obveščena)</translation>
    </message>
    <message>
        <source>Call off callback</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Preklic povratnega klica</translation>
    </message>
    <message>
        <source>Call off the callback to {who}, due {due}? They will not be called, and nobody tells them.</source>
        <comment>{who}: a customer&apos;s name or number; {due}: a date and time</comment>
        <translation>Ali želite preklicati povratni klic za {who} z rokom {due}? Stranka ne bo poklicana in nihče je ne bo obvestil.</translation>
    </message>
    <message>
        <source>The callback to {who} is called off.</source>
        <translation>Povratni klic za {who} je preklican.</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_add_people</name>
    <message>
        <source>One person a line: their number, then a comma and their name if you have it.</source>
        <translation>Ena oseba na vrstico: njena številka, nato vejica in ime, če ga imate.</translation>
    </message>
    <message>
        <source>Name, phone or e-mail, as in the Customers tab</source>
        <translation>Ime, telefon ali e-pošta, kot na zavihku Stranke</translation>
    </message>
    <message>
        <source>Find</source>
        <comment>a button: search</comment>
        <translation>Najdi</translation>
    </message>
    <message>
        <source>Every customer the search finds is added, with their first number.</source>
        <translation>Dodana bo vsaka stranka, ki jo najde iskanje, s svojo prvo številko.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <comment>a tab: numbers typed</comment>
        <translation>Številke</translation>
    </message>
    <message>
        <source>Customers a search finds</source>
        <comment>a tab</comment>
        <translation>Stranke iz iskanja</translation>
    </message>
    <message>
        <source>None: every number has + and its country code</source>
        <comment>the country national numbers are read in: none</comment>
        <translation>Nobena: vsaka številka ima + in kodo države</translation>
    </message>
    <message>
        <source>The country of the queue&apos;s caller ID, {number}.</source>
        <translation>Država prikazane številke vrste, {number}.</translation>
    </message>
    <message>
        <source>The queue&apos;s caller ID does not tell its country: choose one if you need to.</source>
        <translation>Iz prikazane številke vrste ni razvidna država: po potrebi jo izberite.</translation>
    </message>
    <message>
        <source>Numbers without + are from</source>
        <comment>then a list of countries</comment>
        <translation>Država številk brez +</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <comment>a button</comment>
        <translation>Dodaj na seznam</translation>
    </message>
    <message>
        <source>%v of %m people sent</source>
        <comment>a progress bar: keep %v (sent so far) and %m (all)</comment>
        <translation>Poslane osebe: %v od %m</translation>
    </message>
    <message>
        <source>Find first: the matches are counted before anyone is added</source>
        <translation>Najprej poiščite: zadetki se preštejejo, preden je kdo dodan</translation>
    </message>
    <message>
        <source>Type or paste the numbers to call, one a line.</source>
        <translation>Vpišite ali prilepite številke za klicanje, eno na vrstico.</translation>
    </message>
    <message>
        <source>Adding the customers who match “{search}”…</source>
        <translation>Dodajanje strank, ki ustrezajo iskanju „{search}“ …</translation>
    </message>
    <message>
        <source>{result} (the first {sent} of {total} were sent, the rest were not)</source>
        <comment>{result}: what came of the sends (Added 480 · 15 already listed · 5 refused)</comment>
        <translation>{result} (poslanih je bilo prvih {sent} od {total}, preostali ne)</translation>
    </message>
    <message>
        <source>“{name}”: {result}.</source>
        <translation>„{name}“: {result}.</translation>
    </message>
    <message>
        <source>Add people to “{name}”</source>
        <comment>a window&apos;s title</comment>
        <translation>Dodajanje oseb v „{name}“</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_editor</name>
    <message>
        <source>Mon</source>
        <comment>Monday, shortened: a checkbox</comment>
        <translation>pon</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Ponedeljek</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>Tuesday, shortened: a checkbox</comment>
        <translation>tor</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Torek</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>Wednesday, shortened: a checkbox</comment>
        <translation>sre</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Sreda</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>Thursday, shortened: a checkbox</comment>
        <translation>čet</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Četrtek</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>Friday, shortened: a checkbox</comment>
        <translation>pet</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Petek</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>Saturday, shortened: a checkbox</comment>
        <translation>sob</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>Sunday, shortened: a checkbox</comment>
        <translation>ned</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Nedelja</translation>
    </message>
    <message>
        <source>e.g. Spring renewals</source>
        <comment>a campaign&apos;s name</comment>
        <translation>npr. Pomladna podaljšanja</translation>
    </message>
    <message>
        <source>Its agents take the campaign&apos;s calls; people see its caller ID (Queues tab)</source>
        <translation>Operaterji te vrste opravljajo klice kampanje; osebe vidijo prikazano številko vrste (zavihek Vrste)</translation>
    </message>
    <message>
        <source>What the agents read on the campaign&apos;s card and calls</source>
        <translation>Kaj operaterji berejo na kartici in v klicih kampanje</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the agent reads the card before the call goes out</source>
        <translation>Kako dolgo operater bere kartico, preden se klic vzpostavi</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a campaign&apos;s</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Scenarij</translation>
    </message>
    <message>
        <source>Calls go out</source>
        <comment>preview or progressive</comment>
        <translation>Način klicanja</translation>
    </message>
    <message>
        <source>Card shown for</source>
        <comment>then a number of seconds</comment>
        <translation>Prikaz kartice</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Čas klicanja</translation>
    </message>
    <message>
        <source>Trying again</source>
        <comment>calling a person again</comment>
        <translation>Ponovni poskusi</translation>
    </message>
    <message>
        <source>Counts as a success</source>
        <translation>Šteje kot uspeh</translation>
    </message>
    <message>
        <source>Means an answering machine</source>
        <translation>Pomeni telefonski odzivnik</translation>
    </message>
    <message>
        <source>The report&apos;s conversion: the people reached who end with one of these.</source>
        <translation>Konverzija v poročilu: dosežene osebe, ki se končajo z eno od teh oznak.</translation>
    </message>
    <message>
        <source>The agent says so with one of these: the person is called again after the answering machine&apos;s wait.</source>
        <translation>Operater to označi z eno od teh oznak: oseba bo znova poklicana po čakanju, nastavljenem za odzivnik.</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Each country&apos;s default hours</source>
        <translation>Privzeti čas posamezne države</translation>
    </message>
    <message>
        <source>One window for everyone:</source>
        <comment>calling hours</comment>
        <translation>En čas za vse:</translation>
    </message>
    <message>
        <source>from</source>
        <comment>calling hours: from 09:00</comment>
        <translation>od</translation>
    </message>
    <message>
        <source>to</source>
        <comment>calling hours: to 20:00</comment>
        <translation>do</translation>
    </message>
    <message>
        <source>On each person&apos;s own clock. A country&apos;s default keeps to its law where we know one (Spain: weekdays 09:00-21:00; Russia and the US: Monday to Saturday 09:00-20:00); elsewhere, weekdays 09:00-20:00.</source>
        <translation>Po lokalni uri vsake osebe. Privzeti čas države upošteva njen zakon, kjer ga poznamo (Španija: delavniki 09:00-21:00; Rusija in ZDA: od ponedeljka do sobote 09:00-20:00); drugod delavniki 09:00-20:00.</translation>
    </message>
    <message>
        <source>Calls to one person at most, the first included</source>
        <translation>Največ klicev eni osebi, vključno s prvim</translation>
    </message>
    <message>
        <source>Calls to a person, at most</source>
        <translation>Največ klicev na osebo</translation>
    </message>
    <message>
        <source>Then wait, after a call that was…</source>
        <comment>followed by rows: Busy, No answer... and the minutes to wait</comment>
        <translation>Nato počakaj po klicu z izidom …</translation>
    </message>
    <message>
        <source>not again</source>
        <comment>an empty wait: no retry</comment>
        <translation>brez ponovitve</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>after a wait&apos;s field</comment>
        <translation>minut</translation>
    </message>
    <message>
        <source>Leave a wait empty not to call again after that outcome.</source>
        <translation>Pustite čakanje prazno, da po tem izidu ne kličete znova.</translation>
    </message>
    <message>
        <source>The queue&apos;s script</source>
        <translation>Scenarij vrste</translation>
    </message>
    <message>
        <source>New campaign</source>
        <comment>a heading</comment>
        <translation>Nova kampanja</translation>
    </message>
    <message>
        <source>Campaign “{name}”</source>
        <comment>a heading</comment>
        <translation>Kampanja „{name}“</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Poimenujte kampanjo.</translation>
    </message>
    <message>
        <source>Make a queue first (Queues tab): its agents take the campaign&apos;s calls.</source>
        <translation>Najprej ustvarite vrsto (zavihek Vrste): njeni operaterji opravljajo klice kampanje.</translation>
    </message>
    <message>
        <source>Campaign “{name}” created.</source>
        <translation>Kampanja „{name}“ je ustvarjena.</translation>
    </message>
    <message>
        <source>Campaign “{name}” saved.</source>
        <translation>Kampanja „{name}“ je shranjena.</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_people</name>
    <message>
        <source>As soon as the hours allow</source>
        <comment>when a person is called next</comment>
        <translation>Takoj, ko čas klicanja dopušča</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: a person&apos;s</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Calls made</source>
        <comment>a column: how many</comment>
        <translation>Opravljeni klici</translation>
    </message>
    <message>
        <source>Last call</source>
        <comment>a column: how it ended</comment>
        <translation>Zadnji klic</translation>
    </message>
    <message>
        <source>Next call</source>
        <comment>a column: when</comment>
        <translation>Naslednji klic</translation>
    </message>
    <message>
        <source>on this computer&apos;s clock</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>po uri tega računalnika</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Everyone</source>
        <comment>a filter: people of any status</comment>
        <translation>Vsi</translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>a button: the page before</comment>
        <translation>Prejšnja</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>a button: the page after</comment>
        <translation>Naslednja</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>then a filter</comment>
        <translation>Prikaži</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Osebe na seznamu</translation>
    </message>
    <message>
        <source>Nobody here.</source>
        <comment>an empty page of people</comment>
        <translation>Tu ni nikogar.</translation>
    </message>
    <message>
        <source>People {first} to {last} of {total}</source>
        <translation>Osebe {first}–{last} od {total}</translation>
    </message>
    <message>
        <source>People {first} to {last}</source>
        <translation>Osebe {first}–{last}</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_report</name>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>How the calls ended</source>
        <translation>Kako so se klici končali</translation>
    </message>
    <message>
        <source>Dispositions of the people reached</source>
        <translation>Oznake doseženih oseb</translation>
    </message>
    <message>
        <source>The list</source>
        <comment>where a campaign&apos;s list stands</comment>
        <translation>Seznam</translation>
    </message>
    <message>
        <source>Agents&apos; time on the campaign</source>
        <translation>Čas operaterjev v kampanji</translation>
    </message>
    <message>
        <source>“{name}” as of {time}.</source>
        <translation>„{name}“, stanje ob {time}.</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>Branje „{name}“ …</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaigns</name>
    <message>
        <source>Campaign “{name}” is running.</source>
        <translation>Kampanja „{name}“ poteka.</translation>
    </message>
    <message>
        <source>Campaign “{name}” is paused.</source>
        <translation>Kampanja „{name}“ je zaustavljena.</translation>
    </message>
    <message>
        <source>Campaign “{name}” is finished.</source>
        <translation>Kampanja „{name}“ je končana.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <comment>a column</comment>
        <translation>Kampanja</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Calls go out</source>
        <comment>a column: the mode</comment>
        <translation>Način klicanja</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>a column</comment>
        <translation>Napredek</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>a column: when</comment>
        <translation>Ustvarjena</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nova kampanja</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Dodaj osebe …</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>a button: start the campaign</comment>
        <translation>Začni</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>a button: pause the campaign</comment>
        <translation>Zaustavi</translation>
    </message>
    <message>
        <source>Finish…</source>
        <comment>a button: finish the campaign</comment>
        <translation>Končaj …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Izbriši …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>You may read campaigns; only the owner changes them.</source>
        <translation>Kampanje lahko pregledujete; spreminja jih le lastnik.</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>a tab</comment>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>a tab</comment>
        <translation>Poročilo</translation>
    </message>
    <message>
        <source>People</source>
        <comment>a tab: a campaign&apos;s list</comment>
        <translation>Osebe</translation>
    </message>
    <message>
        <source>Queue #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Vrsta #{id}</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a button: resume the campaign</comment>
        <translation>Nadaljuj</translation>
    </message>
    <message>
        <source>Pause it first: a running campaign cannot be deleted</source>
        <translation>Najprej jo zaustavite: kampanje, ki poteka, ni mogoče izbrisati</translation>
    </message>
    <message>
        <source>Finish campaign</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Končanje kampanje</translation>
    </message>
    <message>
        <source>Finish “{name}”? Nobody more on its list is called, and it cannot be started again. Its report stays.</source>
        <translation>Ali želite končati „{name}“? Nikogar več s seznama ne bo klicala in je ni mogoče znova začeti. Njeno poročilo ostane.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its list of %n people? Its report goes with it; its calls stay in Interactions and Reports.</source>
        <translation>
            <numerusform>Ali želite izbrisati „{name}“ in njen seznam, na katerem je %n oseba? Z njo se izbriše tudi poročilo; njeni klici ostanejo v Interakcijah in Poročilih.</numerusform>
            <numerusform>Ali želite izbrisati „{name}“ in njen seznam, na katerem sta %n osebi? Z njo se izbriše tudi poročilo; njeni klici ostanejo v Interakcijah in Poročilih.</numerusform>
            <numerusform>Ali želite izbrisati „{name}“ in njen seznam, na katerem so %n osebe? Z njo se izbriše tudi poročilo; njeni klici ostanejo v Interakcijah in Poročilih.</numerusform>
            <numerusform>Ali želite izbrisati „{name}“ in njen seznam, na katerem je %n oseb? Z njo se izbriše tudi poročilo; njeni klici ostanejo v Interakcijah in Poročilih.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”? Its report goes with it; its calls stay in Interactions and Reports.</source>
        <translation>Ali želite izbrisati „{name}“? Z njo se izbriše tudi poročilo; njeni klici ostanejo v Interakcijah in Poročilih.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Brisanje kampanje</translation>
    </message>
    <message>
        <source>Campaign “{name}” deleted.</source>
        <translation>Kampanja „{name}“ je izbrisana.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <comment>a tab</comment>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <comment>a tab</comment>
        <translation>Seznam Ne kliči</translation>
    </message>
</context>
<context>
    <name>ui.admin.charts</name>
    <message>
        <source>Available</source>
        <translation>Na voljo</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Zvoni</translation>
    </message>
    <message>
        <source>On a contact</source>
        <translation>V stiku</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Na čakanju</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Zaključevanje</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Odmor</translation>
    </message>
    <message>
        <source>goal {goal}%</source>
        <comment>the service-level goal: goal 80%</comment>
        <translation>cilj {goal} %</translation>
    </message>
    <message>
        <source>No figures for this period.</source>
        <translation>Za to obdobje ni podatkov.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ponujeni</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Sprejeti</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Opuščeni</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <comment>a chart&apos;s title</comment>
        <translation>Stiki na interval</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>an axis&apos; title</comment>
        <translation>stiki</translation>
    </message>
    <message>
        <source>interval starting</source>
        <comment>an axis&apos; title</comment>
        <translation>začetek intervala</translation>
    </message>
    <message>
        <source>Service level through the day</source>
        <comment>a chart&apos;s title</comment>
        <translation>Raven storitve čez dan</translation>
    </message>
    <message>
        <source>service level %</source>
        <comment>an axis&apos; title</comment>
        <translation>raven storitve %</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>the chart&apos;s line: answered in time</comment>
        <translation>Sprejeti</translation>
    </message>
    <message>
        <source>Answered within {seconds} s</source>
        <translation>Sprejeti v {seconds} s</translation>
    </message>
    <message>
        <source>goal {goal}% within {seconds} s</source>
        <comment>the service-level goal: goal 80% within 20 s</comment>
        <translation>cilj {goal} % v {seconds} s</translation>
    </message>
    <message>
        <source>Agent states</source>
        <comment>a chart&apos;s title</comment>
        <translation>Stanja operaterjev</translation>
    </message>
    <message>
        <source>blank: logged out</source>
        <comment>the chart&apos;s legend: no colour means</comment>
        <translation>prazno: odjavljen</translation>
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
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the customer&apos;s</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a column: phone numbers</comment>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a column: e-mail addresses</comment>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a column</comment>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Name, phone (any format) or e-mail</source>
        <translation>Ime, telefon (v kateri koli obliki) ali e-pošta</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>a button</comment>
        <translation>Išči</translation>
    </message>
    <message>
        <source>New customer</source>
        <comment>a button</comment>
        <translation>Nova stranka</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <comment>a button</comment>
        <translation>Uvozi CSV …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Izvozi CSV …</translation>
    </message>
    <message>
        <source>Field</source>
        <comment>a column: a custom field&apos;s name</comment>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a column: a custom field&apos;s value</comment>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Add field</source>
        <comment>a button: a custom field</comment>
        <translation>Dodaj polje</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a field</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a field</comment>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a field</comment>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a field</comment>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <comment>a field</comment>
        <translation>Polja po meri</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <comment>a button</comment>
        <translation>Izvozi podatke …</translation>
    </message>
    <message>
        <source>Everything kept about this customer, as a zip: their card, interactions, chat transcripts and recordings (for an access request)</source>
        <translation>Vse, kar hranimo o tej stranki, v datoteki zip: kartica, interakcije, prepisi klepetov in posnetki (za zahtevo za dostop)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <comment>a button</comment>
        <translation>Trajno izbriši …</translation>
    </message>
    <message>
        <source>Erase this customer for good: their card, the names, notes and recordings of their calls and chats, and their chat transcripts</source>
        <translation>Trajno izbriši to stranko: njeno kartico, imena, opombe in posnetke njenih klicev in klepetov ter prepise njenih klepetov</translation>
    </message>
    <message>
        <source>History (latest interactions)</source>
        <translation>Zgodovina (zadnje interakcije)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match “{text}”.</source>
        <translation>
            <numerusform>Iskanju „{text}“ ustreza %n stranka.</numerusform>
            <numerusform>Iskanju „{text}“ ustrezata %n stranki.</numerusform>
            <numerusform>Iskanju „{text}“ ustrezajo %n stranke.</numerusform>
            <numerusform>Iskanju „{text}“ ustreza %n strank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s).</source>
        <translation>
            <numerusform>%n stranka.</numerusform>
            <numerusform>%n stranki.</numerusform>
            <numerusform>%n stranke.</numerusform>
            <numerusform>%n strank.</numerusform>
        </translation>
    </message>
    <message>
        <source>give the customer a name</source>
        <translation>vpišite ime stranke</translation>
    </message>
    <message>
        <source>Customer “{name}” added.</source>
        <translation>Stranka „{name}“ je dodana.</translation>
    </message>
    <message>
        <source>Customer “{name}” saved.</source>
        <translation>Stranka „{name}“ je shranjena.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Brisanje stranke</translation>
    </message>
    <message>
        <source>Delete “{name}” and their details? Their past interactions stay, unnamed.</source>
        <translation>Ali želite izbrisati „{name}“ in njene podatke? Pretekle interakcije ostanejo, vendar brez imena.</translation>
    </message>
    <message>
        <source>Customer “{name}” deleted.</source>
        <translation>Stranka „{name}“ je izbrisana.</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Izvoz podatkov stranke</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>Exporting everything kept about “{name}”…</source>
        <translation>Izvažanje vsega, kar hranimo o stranki „{name}“ …</translation>
    </message>
    <message>
        <source>Everything kept about “{name}” is in {file} ({size}).</source>
        <translation>Vse, kar hranimo o stranki „{name}“, je v {file} ({size}).</translation>
    </message>
    <message>
        <source>Erase “{name}” for good? Their card, the names, notes and recordings of their calls and chats, and their chat transcripts are deleted; the reports keep the calls, unnamed. This cannot be undone.</source>
        <translation>Ali želite stranko „{name}“ trajno izbrisati? Izbrisani bodo njena kartica, imena, opombe in posnetki njenih klicev in klepetov ter prepisi njenih klepetov; poročila klice obdržijo, vendar brez imena. Tega ni mogoče razveljaviti.</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Trajni izbris stranke</translation>
    </message>
    <message>
        <source>“{name}” erased: {interactions}, {chats}, {recordings}.</source>
        <comment>{interactions}: 3 interactions; {chats}: 2 chats; {recordings}: 1 recording</comment>
        <translation>Stranka „{name}“ je trajno izbrisana: {interactions}, {chats}, {recordings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n interakcija</numerusform>
            <numerusform>%n interakciji</numerusform>
            <numerusform>%n interakcije</numerusform>
            <numerusform>%n interakcij</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n klepet</numerusform>
            <numerusform>%n klepeta</numerusform>
            <numerusform>%n klepeti</numerusform>
            <numerusform>%n klepetov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n posnetek</numerusform>
            <numerusform>%n posnetka</numerusform>
            <numerusform>%n posnetki</numerusform>
            <numerusform>%n posnetkov</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these recording files by hand: {files}</source>
        <comment>{files}: the files&apos; names, comma-separated</comment>
        <translation>Te datoteke posnetkov izbrišite ročno: {files}</translation>
    </message>
    <message>
        <source>Import customers</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Uvoz strank</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filters</comment>
        <translation>Datoteke CSV (*.csv);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Export customers</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Izvoz strank</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Datoteke {file} ni bilo mogoče prebrati: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size}; the limit is 10 MB: split it.</source>
        <translation>Datoteka {file} ima {size}; omejitev je 10 MB: razdelite jo.</translation>
    </message>
    <message>
        <source>Importing {file} ({size})… nothing changes unless every row is fine.</source>
        <translation>Uvažanje {file} ({size}) … nič se ne spremeni, če ni vsaka vrstica v redu.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n customer(s) created, {updated} updated.</source>
        <comment>{updated}: how many other customers were updated</comment>
        <translation>
            <numerusform>{file}: ustvarjena %n stranka; posodobljene: {updated}.</numerusform>
            <numerusform>{file}: ustvarjeni %n stranki; posodobljene: {updated}.</numerusform>
            <numerusform>{file}: ustvarjene %n stranke; posodobljene: {updated}.</numerusform>
            <numerusform>{file}: ustvarjenih %n strank; posodobljene: {updated}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <comment>{problem}: what the server found wrong in the file&apos;s line</comment>
        <translation>Vrstica {line}: {problem}</translation>
    </message>
    <message>
        <source>Exporting every customer…</source>
        <translation>Izvažanje vseh strank …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {file} ({size}).</source>
        <translation>
            <numerusform>V {file} je izvožena %n stranka ({size}).</numerusform>
            <numerusform>V {file} sta izvoženi %n stranki ({size}).</numerusform>
            <numerusform>V {file} so izvožene %n stranke ({size}).</numerusform>
            <numerusform>V {file} je izvoženih %n strank ({size}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Datoteke {file} ni bilo mogoče zapisati: {reason}</translation>
    </message>
    <message>
        <source>New customer</source>
        <comment>the form&apos;s title</comment>
        <translation>Nova stranka</translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <comment>the form&apos;s title: the customer&apos;s number</comment>
        <translation>Stranka {id}</translation>
    </message>
</context>
<context>
    <name>ui.admin.do_not_call</name>
    <message>
        <source>Every campaign</source>
        <translation>Vse kampanje</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Applies to</source>
        <comment>a column: which campaigns</comment>
        <translation>Velja za</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>a column: why it is listed</comment>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Added by</source>
        <comment>a column: who listed it</comment>
        <translation>Dodal</translation>
    </message>
    <message>
        <source>When</source>
        <comment>a column: when it was listed</comment>
        <translation>Kdaj</translation>
    </message>
    <message>
        <source>Which campaigns may not call it (an import uses this too)</source>
        <translation>Katere kampanje je ne smejo klicati (velja tudi za uvoz)</translation>
    </message>
    <message>
        <source>e.g. asked on the phone</source>
        <comment>an example of a reason</comment>
        <translation>npr. zahteva po telefonu</translation>
    </message>
    <message>
        <source>Why (an import uses this where its file gives no reason)</source>
        <translation>Razlog (velja za uvoz, kjer datoteka ne navaja razloga)</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>a button: add the number to the list</comment>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a field: a phone number</comment>
        <translation>Številka</translation>
    </message>
    <message>
        <source>For</source>
        <comment>a field: the campaigns it applies to</comment>
        <translation>Velja za</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>a field: why it is listed</comment>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>a button: take the number off</comment>
        <translation>Odstrani …</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <comment>a button</comment>
        <translation>Uvozi CSV …</translation>
    </message>
    <message>
        <source>A file of numbers: one a line, or a CSV with a “number” column (and a “reason” column, if you like)</source>
        <comment>“number” and “reason” are a file&apos;s column names: keep them in English</comment>
        <translation>Datoteka s številkami: ena na vrstico ali CSV s stolpcem „number“ (in po želji s stolpcem „reason“)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Izvozi CSV …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>%v of %m numbers sent</source>
        <comment>a progress bar: Qt puts the numbers sent for %v and all of them for %m</comment>
        <translation>Poslane številke: %v od %m</translation>
    </message>
    <message>
        <source>Numbers not to call</source>
        <translation>Številke, ki jih ne smemo klicati</translation>
    </message>
    <message>
        <source>Only the owner adds numbers to the list or takes them off.</source>
        <translation>Številke na seznam dodaja in z njega odstranjuje le lastnik.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the list.</source>
        <comment>phone numbers on the do-not-call list</comment>
        <translation>
            <numerusform>Na seznamu je %n številka.</numerusform>
            <numerusform>Na seznamu sta %n številki.</numerusform>
            <numerusform>Na seznamu so %n številke.</numerusform>
            <numerusform>Na seznamu je %n številk.</numerusform>
        </translation>
    </message>
    <message>
        <source>No numbers on the list.</source>
        <translation>Na seznamu ni številk.</translation>
    </message>
    <message>
        <source>Only campaign #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Samo kampanja #{id}</translation>
    </message>
    <message>
        <source>User #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Uporabnik #{id}</translation>
    </message>
    <message>
        <source>Type the number never to call.</source>
        <translation>Vpišite številko, ki je ne smemo nikoli klicati.</translation>
    </message>
    <message>
        <source>{number} is on the do-not-call list ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>{number} je na seznamu Ne kliči ({scope}).</translation>
    </message>
    <message>
        <source>{number} was on the do-not-call list already ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>{number} je že bila na seznamu Ne kliči ({scope}).</translation>
    </message>
    <message>
        <source>Remove from the do-not-call list</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Odstranitev s seznama Ne kliči</translation>
    </message>
    <message>
        <source>Take {number} off the do-not-call list ({scope})? It may be called again.</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>Ali želite odstraniti {number} s seznama Ne kliči ({scope})? Številko bo spet mogoče klicati.</translation>
    </message>
    <message>
        <source>{number} is off the do-not-call list ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>{number} ni več na seznamu Ne kliči ({scope}).</translation>
    </message>
    <message>
        <source>Import numbers never to call</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Uvoz številk, ki jih ne smemo klicati</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <comment>a file dialog&apos;s filters</comment>
        <translation>Datoteke CSV ali besedilne datoteke (*.csv *.txt);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Export the do-not-call list</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Izvoz seznama Ne kliči</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Datoteke {file} ni bilo mogoče prebrati: {reason}</translation>
    </message>
    <message>
        <source>{file} is over 10 MB: is it a list of numbers?</source>
        <translation>Datoteka {file} ima več kot 10 MB: je to res seznam številk?</translation>
    </message>
    <message>
        <source>{file} has no numbers in it.</source>
        <translation>V datoteki {file} ni številk.</translation>
    </message>
    <message>
        <source>{file}: {tally}</source>
        <comment>{tally}: Added 2 · 1 already listed…</comment>
        <translation>{file}: {tally}</translation>
    </message>
    <message>
        <source>{file}: {tally} (stopped after {sent} of {total}: see above)</source>
        <comment>{tally}: Added 2 · 1 already listed…</comment>
        <translation>{file}: {tally} (ustavljeno po {sent} od {total}: glejte zgoraj)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Datoteke {file} ni bilo mogoče zapisati: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n number(s) to {file}.</source>
        <comment>phone numbers written to a file</comment>
        <translation>
            <numerusform>V {file} je zapisana %n številka.</numerusform>
            <numerusform>V {file} sta zapisani %n številki.</numerusform>
            <numerusform>V {file} so zapisane %n številke.</numerusform>
            <numerusform>V {file} je zapisanih %n številk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only “{campaign}”</source>
        <comment>applies to this campaign alone</comment>
        <translation>Samo „{campaign}“</translation>
    </message>
</context>
<context>
    <name>ui.admin.form</name>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Izbriši …</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>{field}: a form field&apos;s label; {problem}: what is wrong with it</comment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>a column: a skill&apos;s level</comment>
        <translation>Raven</translation>
    </message>
    <message>
        <source>Skill</source>
        <comment>a column</comment>
        <translation>Veščina</translation>
    </message>
</context>
<context>
    <name>ui.admin.health</name>
    <message>
        <source>the mail account&apos;s (app) password</source>
        <translation>geslo (za aplikacije) e-poštnega računa</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>ostane nespremenjeno, če ne vpišete novega</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation>STARTTLS (vrata 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation>TLS od začetka (vrata 465)</translation>
    </message>
    <message>
        <source>None: a relay on this network (port 25)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation>Brez: posredovalni strežnik v tem omrežju (vrata 25)</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <comment>{fix}: the server&apos;s advice</comment>
        <translation>Kaj storiti: {fix}</translation>
    </message>
    <message>
        <source>Check now</source>
        <comment>a button</comment>
        <translation>Preveri zdaj</translation>
    </message>
    <message>
        <source>Runs every check on the server: a few seconds, as some ask the network</source>
        <translation>Na strežniku zažene vsa preverjanja: traja nekaj sekund, ker nekatera poizvedujejo po omrežju</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Še ni preverjeno.</translation>
    </message>
    <message>
        <source>Raised</source>
        <comment>a column: when an alarm was raised</comment>
        <translation>Sprožen</translation>
    </message>
    <message>
        <source>Alarm</source>
        <comment>a column</comment>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Cleared</source>
        <comment>a column: when an alarm was cleared</comment>
        <translation>Odpravljen</translation>
    </message>
    <message>
        <source>No alarm has been raised.</source>
        <translation>Sprožen ni bil noben alarm.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <comment>a group&apos;s title</comment>
        <translation>Alarmi</translation>
    </message>
    <message>
        <source>owner@example.com, another@example.com</source>
        <comment>example e-mail addresses: keep example.com</comment>
        <translation>lastnik@example.com, drugi@example.com</translation>
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
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Send a test</source>
        <comment>a button: a test e-mail</comment>
        <translation>Pošlji preizkus</translation>
    </message>
    <message>
        <source>Stop e-mailing</source>
        <comment>a button</comment>
        <translation>Ustavi pošiljanje</translation>
    </message>
    <message>
        <source>To</source>
        <comment>an e-mail&apos;s recipients</comment>
        <translation>Za</translation>
    </message>
    <message>
        <source>From</source>
        <comment>an e-mail&apos;s sender</comment>
        <translation>Od</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Poštni strežnik</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>the mail server&apos;s port</comment>
        <translation>Vrata</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>how the mail connection is secured</comment>
        <translation>Varnost</translation>
    </message>
    <message>
        <source>E-mail each alarm (raised, then cleared)</source>
        <translation>Vsak alarm pošlji po e-pošti (ob sprožitvi in ob odpravi)</translation>
    </message>
    <message>
        <source>Checking… (a few seconds: some checks ask the network)</source>
        <translation>Preverjanje … (nekaj sekund: nekatera preverjanja poizvedujejo po omrežju)</translation>
    </message>
    <message>
        <source>still raised</source>
        <comment>an alarm not cleared yet</comment>
        <translation>še sprožen</translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <comment>an alarm&apos;s title, then what it found (both the server&apos;s words)</comment>
        <translation>{title}: {summary}</translation>
    </message>
    <message>
        <source>Alarms are not e-mailed: they show in the app only.</source>
        <translation>Alarmi se ne pošiljajo po e-pošti: prikazani so le v aplikaciji.</translation>
    </message>
    <message>
        <source>Alarms are e-mailed to {addresses}.</source>
        <comment>e-mail addresses</comment>
        <translation>Alarmi se pošiljajo na {addresses}.</translation>
    </message>
    <message>
        <source>Alarm e-mails saved.</source>
        <translation>Nastavitve e-pošte za alarme so shranjene.</translation>
    </message>
    <message>
        <source>Sending a test…</source>
        <translation>Pošiljanje preizkusa …</translation>
    </message>
    <message>
        <source>The test was sent: see that it arrives.</source>
        <translation>Preizkus je poslan: preverite, ali prispe.</translation>
    </message>
    <message>
        <source>Test e-mail sent.</source>
        <translation>Preizkusno e-sporočilo je poslano.</translation>
    </message>
    <message>
        <source>The mail server did not take the test: {problem}</source>
        <comment>{problem}: the mail server&apos;s answer</comment>
        <translation>Poštni strežnik ni sprejel preizkusa: {problem}</translation>
    </message>
    <message>
        <source>The test was not sent.</source>
        <translation>Preizkus ni bil poslan.</translation>
    </message>
    <message>
        <source>Alarms are no longer e-mailed.</source>
        <translation>Alarmi se ne pošiljajo več po e-pošti.</translation>
    </message>
</context>
<context>
    <name>ui.admin.interactions</name>
    <message>
        <source>System default</source>
        <translation>Privzeto v sistemu</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table&apos;s cell: it has a recording</comment>
        <translation>Da</translation>
    </message>
    <message>
        <source>When</source>
        <comment>a column: when it came in</comment>
        <translation>Kdaj</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a column: call, chat...</comment>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Operater</translation>
    </message>
    <message>
        <source>Caller</source>
        <comment>a column: the caller&apos;s name</comment>
        <translation>Klicatelj</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>a column: how it ended</comment>
        <translation>Izid</translation>
    </message>
    <message>
        <source>Wait</source>
        <comment>a column: time waiting</comment>
        <translation>V vrsti</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: time talking</comment>
        <translation>Pogovor</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Recording</source>
        <comment>a column: is there one</comment>
        <translation>Posnetek</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <comment>a filter</comment>
        <translation>Vsi izidi</translation>
    </message>
    <message>
        <source>Customer: name, phone or e-mail</source>
        <translation>Stranka: ime, telefon ali e-pošta</translation>
    </message>
    <message>
        <source>Any customer</source>
        <comment>a filter</comment>
        <translation>Vse stranke</translation>
    </message>
    <message>
        <source>Find customer</source>
        <comment>a button</comment>
        <translation>Najdi stranko</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>a button</comment>
        <translation>Išči</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Izvozi CSV …</translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day</comment>
        <translation>Od</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and last day</comment>
        <translation>do</translation>
    </message>
    <message>
        <source>Entered:</source>
        <comment>a label: when the contact came in</comment>
        <translation>Začetek:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <comment>a label</comment>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <comment>a label</comment>
        <translation>Operater:</translation>
    </message>
    <message>
        <source>Caller:</source>
        <comment>a label</comment>
        <translation>Klicatelj:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <comment>a label</comment>
        <translation>Stranka:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <comment>a label</comment>
        <translation>Izid:</translation>
    </message>
    <message>
        <source>Wait / ring / talk:</source>
        <comment>a label: three durations</comment>
        <translation>V vrsti / zvonjenje / pogovor:</translation>
    </message>
    <message>
        <source>Hold / wrap-up:</source>
        <comment>a label: two durations</comment>
        <translation>Na čakanju / zaključevanje:</translation>
    </message>
    <message>
        <source>Disposition:</source>
        <comment>a label</comment>
        <translation>Oznaka:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <comment>a label</comment>
        <translation>Opombe:</translation>
    </message>
    <message>
        <source>Agent&apos;s link:</source>
        <comment>a label: the home connection</comment>
        <translation>Povezava operaterja:</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>a button: the recording</comment>
        <translation>Predvajaj</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>a button: the recording</comment>
        <translation>Ustavi</translation>
    </message>
    <message>
        <source>Recording</source>
        <comment>a box&apos;s title</comment>
        <translation>Posnetek</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>a field: where it plays</comment>
        <translation>Zvočnik</translation>
    </message>
    <message>
        <source>Interaction</source>
        <comment>a box&apos;s title</comment>
        <translation>Interakcija</translation>
    </message>
    <message>
        <source>Conversation</source>
        <comment>a box&apos;s title: a chat&apos;s messages</comment>
        <translation>Pogovor</translation>
    </message>
    <message>
        <source>Any queue</source>
        <comment>a filter</comment>
        <translation>Vse vrste</translation>
    </message>
    <message>
        <source>Any agent</source>
        <comment>a filter</comment>
        <translation>Vsi operaterji</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <comment>a filter</comment>
        <translation>Izberite stranko …</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Nobena stranka ne ustreza iskanju „{text}“.</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Prvi dan je po zadnjem.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) (the latest {limit}: narrow the search).</source>
        <translation>
            <numerusform>%n interakcija (prikazanih je zadnjih {limit}: zožite iskanje).</numerusform>
            <numerusform>%n interakciji (prikazanih je zadnjih {limit}: zožite iskanje).</numerusform>
            <numerusform>%n interakcije (prikazanih je zadnjih {limit}: zožite iskanje).</numerusform>
            <numerusform>%n interakcij (prikazanih je zadnjih {limit}: zožite iskanje).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s).</source>
        <translation>
            <numerusform>%n interakcija.</numerusform>
            <numerusform>%n interakciji.</numerusform>
            <numerusform>%n interakcije.</numerusform>
            <numerusform>%n interakcij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an interaction.</source>
        <translation>Izberite interakcijo.</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Ni posnetka</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Nalaganje pogovora …</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <comment>an empty conversation</comment>
        <translation>Nič ni bilo napisano.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <comment>the recording</comment>
        <translation>Prenašanje …</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <comment>the recording</comment>
        <translation>Dekodiranje …</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Izvoz interakcij</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Datoteke {file} ni bilo mogoče zapisati: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interaction(s) to {file}.</source>
        <translation>
            <numerusform>V {file} je izvožena %n interakcija.</numerusform>
            <numerusform>V {file} sta izvoženi %n interakciji.</numerusform>
            <numerusform>V {file} so izvožene %n interakcije.</numerusform>
            <numerusform>V {file} je izvoženih %n interakcij.</numerusform>
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
        <translation>stranka</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>who wrote a message</comment>
        <translation>operater</translation>
    </message>
    <message>
        <source>Callnest</source>
        <comment>a message the system wrote</comment>
        <translation>Callnest</translation>
    </message>
    <message>
        <source>not measured</source>
        <comment>the agent&apos;s link</comment>
        <translation>ni izmerjeno</translation>
    </message>
    <message>
        <source>MOS {average} (worst {worst})</source>
        <comment>call quality, 1 to 5</comment>
        <translation>MOS {average} (najslabše {worst})</translation>
    </message>
    <message>
        <source>loss {average}% (worst {worst}%)</source>
        <comment>packets lost</comment>
        <translation>izguba {average} % (najslabše {worst} %)</translation>
    </message>
    <message>
        <source>jitter {ms} ms</source>
        <comment>the network&apos;s jitter</comment>
        <translation>trepetanje {ms} ms</translation>
    </message>
    <message>
        <source>rtt {ms} ms</source>
        <comment>the network&apos;s round-trip time</comment>
        <translation>RTT {ms} ms</translation>
    </message>
    <message>
        <source>{channel} out</source>
        <comment>an outbound contact: Call out</comment>
        <translation>{channel} (odhodni)</translation>
    </message>
</context>
<context>
    <name>ui.admin.lists</name>
    <message>
        <source>Yes</source>
        <comment>a table&apos;s cell</comment>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table&apos;s cell</comment>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column and a field: the item&apos;s name</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>a column and a field</comment>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a column and a field: offered to agents</comment>
        <translation>Aktivno</translation>
    </message>
    <message>
        <source>Offered to agents</source>
        <comment>a check box</comment>
        <translation>Ponujeno operaterjem</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Izbriši …</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button: offer it to agents again</comment>
        <translation>Znova aktiviraj</translation>
    </message>
    <message>
        <source>give it a name</source>
        <translation>vpišite ime</translation>
    </message>
    <message>
        <source>Delete “{name}”? Past contacts keep their history but lose this name; to stop offering it and keep the name, untick Active instead.</source>
        <translation>Ali želite izbrisati „{name}“? Pretekli stiki obdržijo zgodovino, vendar izgubijo to ime; če želite, da se ne ponuja več, ime pa ostane, raje odznačite Aktivno.</translation>
    </message>
    <message>
        <source>New disposition</source>
        <comment>a button</comment>
        <translation>Nova oznaka</translation>
    </message>
    <message>
        <source>Disposition “{name}” added.</source>
        <translation>Oznaka „{name}“ je dodana.</translation>
    </message>
    <message>
        <source>Disposition “{name}” saved.</source>
        <translation>Oznaka „{name}“ je shranjena.</translation>
    </message>
    <message>
        <source>Disposition “{name}” deleted.</source>
        <translation>Oznaka „{name}“ je izbrisana.</translation>
    </message>
    <message>
        <source>this disposition</source>
        <comment>in “Delete “this disposition”?”</comment>
        <translation>to oznako</translation>
    </message>
    <message>
        <source>Delete disposition</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Brisanje oznake</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plačan</translation>
    </message>
    <message>
        <source>New break reason</source>
        <comment>a button</comment>
        <translation>Nov razlog za odmor</translation>
    </message>
    <message>
        <source>Break reason “{name}” added.</source>
        <translation>Razlog za odmor „{name}“ je dodan.</translation>
    </message>
    <message>
        <source>Break reason “{name}” saved.</source>
        <translation>Razlog za odmor „{name}“ je shranjen.</translation>
    </message>
    <message>
        <source>Break reason “{name}” deleted.</source>
        <translation>Razlog za odmor „{name}“ je izbrisan.</translation>
    </message>
    <message>
        <source>this break reason</source>
        <comment>in “Delete “this break reason”?”</comment>
        <translation>ta razlog za odmor</translation>
    </message>
    <message>
        <source>Delete break reason</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Brisanje razloga za odmor</translation>
    </message>
    <message>
        <source>Dispositions (what became of a contact, chosen at wrap-up)</source>
        <translation>Oznake (kako se je stik končal, izbrane ob zaključevanju)</translation>
    </message>
    <message>
        <source>Break reasons</source>
        <comment>a box&apos;s title</comment>
        <translation>Razlogi za odmor</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button: no longer offer it to agents</comment>
        <translation>Deaktiviraj</translation>
    </message>
</context>
<context>
    <name>ui.admin.mailboxes</name>
    <message>
        <source>the account&apos;s (app) password</source>
        <translation>geslo (za aplikacije) e-poštnega računa</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>ostane nespremenjeno, če ne vpišete novega</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <comment>an IMAP connection&apos;s security</comment>
        <translation>TLS (vrata 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <comment>an IMAP connection&apos;s security</comment>
        <translation>STARTTLS (vrata 143)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <comment>an SMTP connection&apos;s security</comment>
        <translation>TLS (vrata 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <comment>an SMTP connection&apos;s security</comment>
        <translation>STARTTLS (vrata 587)</translation>
    </message>
    <message>
        <source>Taking mail in</source>
        <comment>a mailbox&apos;s state</comment>
        <translation>Pošta prihaja</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>a mailbox&apos;s state</comment>
        <translation>Povezovanje …</translation>
    </message>
    <message>
        <source>Failing</source>
        <comment>a mailbox&apos;s state</comment>
        <translation>Ne deluje</translation>
    </message>
    <message>
        <source>Failing: {error}</source>
        <comment>a mailbox&apos;s state; {error}: the mail server&apos;s words</comment>
        <translation>Ne deluje: {error}</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>a mailbox&apos;s state: not in use</comment>
        <translation>Izklopljen</translation>
    </message>
    <message>
        <source>the mail server gave no reason</source>
        <translation>poštni strežnik ni navedel razloga</translation>
    </message>
    <message>
        <source>Failing since {time}: {error}</source>
        <comment>{time}: a time of day, maybe a day; {error}: the mail server&apos;s words</comment>
        <translation>Ne deluje od {time}: {error}</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: the mailbox is in use</comment>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: the mailbox is in use</comment>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a form&apos;s label</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>a form&apos;s label: an e-mail&apos;s</comment>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Name on replies</source>
        <comment>a form&apos;s label: the From name</comment>
        <translation>Ime pošiljatelja</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>a form&apos;s label: the account&apos;s</comment>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <comment>a form&apos;s label</comment>
        <translation>Strežnik IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <comment>a form&apos;s label</comment>
        <translation>Vrata IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <comment>a form&apos;s label</comment>
        <translation>Varnost IMAP</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>a form&apos;s label: IMAP&apos;s</comment>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>a form&apos;s label</comment>
        <translation>Strežnik SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <comment>a form&apos;s label</comment>
        <translation>Vrata SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <comment>a form&apos;s label</comment>
        <translation>Varnost SMTP</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>a form&apos;s label</comment>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a form&apos;s label</comment>
        <translation>V uporabi</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>choose a queue</source>
        <translation>izberite vrsto</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <comment>an example of an address</comment>
        <translation>podpora@example.com</translation>
    </message>
    <message>
        <source>optional: e.g. Example Support</source>
        <comment>a From name</comment>
        <translation>neobvezno: npr. Podpora Example</translation>
    </message>
    <message>
        <source>In use (unticked: kept, not read)</source>
        <translation>V uporabi (neoznačeno: ohranjen, a se ne bere)</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <comment>a group&apos;s title</comment>
        <translation>Poštni predal</translation>
    </message>
    <message>
        <source>often the address itself</source>
        <translation>pogosto kar naslov</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>a group&apos;s title: the mail account&apos;s login</comment>
        <translation>Račun</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <comment>an example of a server&apos;s name</comment>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Reading mail (IMAP)</source>
        <comment>a group&apos;s title</comment>
        <translation>Branje pošte (IMAP)</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>a form&apos;s label</comment>
        <translation>Strežnik</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>a form&apos;s label</comment>
        <translation>Varnost</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>a form&apos;s label: a network port</comment>
        <translation>Vrata</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <comment>an example of a server&apos;s name</comment>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Sending replies (SMTP)</source>
        <comment>a group&apos;s title</comment>
        <translation>Pošiljanje odgovorov (SMTP)</translation>
    </message>
    <message>
        <source>Example Support
https://example.com</source>
        <comment>an example of a signature: a name, then a web address</comment>
        <translation>Podpora Example
https://example.com</translation>
    </message>
    <message>
        <source>Added below every reply sent from this mailbox.</source>
        <translation>Doda se pod vsak odgovor, poslan iz tega poštnega predala.</translation>
    </message>
    <message>
        <source>{queue} (has {address})</source>
        <comment>{queue}: a queue&apos;s name; {address}: the mailbox it already has</comment>
        <translation>{queue} (že ima {address})</translation>
    </message>
    <message>
        <source>add a queue first, in the Queues tab</source>
        <translation>najprej dodajte vrsto v zavihku Vrste</translation>
    </message>
    <message>
        <source>every queue has a mailbox: add a queue in the Queues tab</source>
        <translation>vsaka vrsta že ima poštni predal: dodajte vrsto v zavihku Vrste</translation>
    </message>
    <message>
        <source>choose the queue whose customers write here</source>
        <translation>izberite vrsto, katere stranke pišejo na ta naslov</translation>
    </message>
    <message>
        <source>type the address customers write to (e.g. support@example.com)</source>
        <translation>vpišite naslov, na katerega pišejo stranke (npr. podpora@example.com)</translation>
    </message>
    <message>
        <source>type the server mail is read from (e.g. imap.example.com)</source>
        <translation>vpišite strežnik, s katerega se bere pošta (npr. imap.example.com)</translation>
    </message>
    <message>
        <source>type the server replies are sent by (e.g. smtp.example.com)</source>
        <translation>vpišite strežnik, prek katerega se pošiljajo odgovori (npr. smtp.example.com)</translation>
    </message>
    <message>
        <source>type the account&apos;s username (often the address)</source>
        <translation>vpišite uporabniško ime računa (pogosto kar naslov)</translation>
    </message>
    <message>
        <source>type the account&apos;s password</source>
        <translation>vpišite geslo računa</translation>
    </message>
    <message>
        <source>Created mailbox {address}.</source>
        <translation>Poštni predal {address} je ustvarjen.</translation>
    </message>
    <message>
        <source>Saved mailbox {address}.</source>
        <translation>Poštni predal {address} je shranjen.</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <comment>a window title</comment>
        <translation>Nov poštni predal</translation>
    </message>
    <message>
        <source>Mailbox {address}</source>
        <comment>a window title: an address</comment>
        <translation>Poštni predal {address}</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>a column: an e-mail address</comment>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <comment>a column: where mail is read</comment>
        <translation>Strežnik IMAP</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>a column: where replies leave</comment>
        <translation>Strežnik SMTP</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>a column: the login</comment>
        <translation>Račun</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a column</comment>
        <translation>V uporabi</translation>
    </message>
    <message>
        <source>State</source>
        <comment>a column: how reading it is doing</comment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>how the server&apos;s reading of the mailbox is doing, asked every few seconds</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>kako strežniku uspeva branje poštnega predala; preverja se vsakih nekaj sekund</translation>
    </message>
    <message>
        <source>One mailbox per queue: customers write to its address, Callnest reads the mail (IMAP) and sends the agents&apos; replies from it (SMTP).</source>
        <translation>En poštni predal na vrsto: stranke pišejo na njegov naslov, Callnest bere pošto (IMAP) in z njega pošilja odgovore operaterjev (SMTP).</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <comment>a button</comment>
        <translation>Nov poštni predal</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>a button</comment>
        <translation>Uredi …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Izbriši …</translation>
    </message>
    <message>
        <source>{username} · password set</source>
        <comment>{username}: the login</comment>
        <translation>{username} · geslo nastavljeno</translation>
    </message>
    <message>
        <source>{username} · no password</source>
        <comment>{username}: the login</comment>
        <translation>{username} · brez gesla</translation>
    </message>
    <message>
        <source>Delete mailbox</source>
        <comment>a window title</comment>
        <translation>Brisanje poštnega predala</translation>
    </message>
    <message>
        <source>Delete the mailbox {address}? Its e-mail conversations are deleted with it (the mail stays on the mail server). To stop reading it and keep them, untick In use instead.</source>
        <comment>In use: the form&apos;s check box of that name</comment>
        <translation>Ali želite izbrisati poštni predal {address}? Z njim se izbrišejo tudi njegovi e-poštni pogovori (pošta ostane na poštnem strežniku). Če ga želite le prenehati brati in pogovore obdržati, raje odznačite V uporabi.</translation>
    </message>
    <message>
        <source>Deleted mailbox {address}.</source>
        <translation>Poštni predal {address} je izbrisan.</translation>
    </message>
</context>
<context>
    <name>ui.admin.phone_numbers</name>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a column: a number&apos;s own name</comment>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a column</comment>
        <translation>Vod</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>— (refused)</source>
        <comment>a number&apos;s queue: none, calls are refused</comment>
        <translation>— (zavrnjeno)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonske številke</translation>
    </message>
    <message>
        <source>New number</source>
        <comment>a button: a new phone number</comment>
        <translation>Nova številka</translation>
    </message>
    <message>
        <source>+386 1 234 5678 or 00386 1 234 5678</source>
        <comment>two ways of writing a phone number: keep the numbers (or use your country&apos;s)</comment>
        <translation>+386 1 234 5678 ali 00386 1 234 5678</translation>
    </message>
    <message>
        <source>add a trunk above first</source>
        <translation>najprej zgoraj dodajte vod</translation>
    </message>
    <message>
        <source>optional: e.g. Sales line</source>
        <comment>a number&apos;s label</comment>
        <translation>neobvezno: npr. Prodaja</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a form&apos;s label: a phone number</comment>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a form&apos;s label: a number&apos;s own name</comment>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Arrives on trunk</source>
        <translation>Prispe po vodu</translation>
    </message>
    <message>
        <source>Answered by queue</source>
        <translation>Sprejema vrsta</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a field</comment>
        <translation>Vod</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a field</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>(none yet: calls are refused)</source>
        <comment>a number&apos;s queue</comment>
        <translation>(še nobena: klici so zavrnjeni)</translation>
    </message>
    <message>
        <source>#{id} (not available)</source>
        <comment>a trunk or queue since deleted</comment>
        <translation>#{id} (ni na voljo)</translation>
    </message>
    <message>
        <source>New phone number</source>
        <comment>the form&apos;s title</comment>
        <translation>Nova telefonska številka</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <comment>the form&apos;s title</comment>
        <translation>Urejanje: {number}</translation>
    </message>
    <message>
        <source>Trunk: add a trunk first: a number&apos;s calls arrive on one.</source>
        <translation>Vod: najprej dodajte vod: klici na številko prispejo po vodu.</translation>
    </message>
    <message>
        <source>Added phone number {number}.</source>
        <translation>Telefonska številka {number} je dodana.</translation>
    </message>
    <message>
        <source>Saved phone number {number}.</source>
        <translation>Telefonska številka {number} je shranjena.</translation>
    </message>
    <message>
        <source>Delete phone number</source>
        <comment>a window title</comment>
        <translation>Brisanje telefonske številke</translation>
    </message>
    <message>
        <source>Delete {number}? Calls to it are no longer answered here.</source>
        <translation>Ali želite izbrisati {number}? Klici nanjo tukaj ne bodo več sprejeti.</translation>
    </message>
    <message>
        <source>Deleted phone number {number}.</source>
        <translation>Telefonska številka {number} je izbrisana.</translation>
    </message>
</context>
<context>
    <name>ui.admin.phones</name>
    <message>
        <source>SIP trunks (how phone calls reach Callnest)</source>
        <translation>Vodi SIP (trunki: kako telefonski klici pridejo v Callnest)</translation>
    </message>
    <message>
        <source>Phone numbers (which queue answers each)</source>
        <translation>Telefonske številke (in vrste, ki sprejemajo njihove klice)</translation>
    </message>
</context>
<context>
    <name>ui.admin.prompts</name>
    <message>
        <source>Welcome</source>
        <comment>an announcement: the first thing a waiting caller hears</comment>
        <translation>Pozdrav</translation>
    </message>
    <message>
        <source>Estimated wait: less than a minute</source>
        <comment>an announcement</comment>
        <translation>Predvideno čakanje: manj kot minuta</translation>
    </message>
    <message>
        <source>Estimated wait: more than thirty minutes</source>
        <comment>an announcement</comment>
        <translation>Predvideno čakanje: več kot trideset minut</translation>
    </message>
    <message>
        <source>Thanks for waiting</source>
        <comment>an announcement: an agent is about to answer</comment>
        <translation>Zahvala za čakanje</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <comment>an announcement: the call may be recorded; key 9 refuses</comment>
        <translation>Obvestilo o snemanju</translation>
    </message>
    <message>
        <source>The line to the agent was cut</source>
        <comment>an announcement: the caller is first in line for the next agent</comment>
        <translation>Povezava z operaterjem je prekinjena</translation>
    </message>
    <message>
        <source>Callback offer</source>
        <comment>an announcement: press 1 to be called back, keeping your place</comment>
        <translation>Ponudba povratnega klica</translation>
    </message>
    <message>
        <source>Callback goodbye</source>
        <comment>an announcement: to a caller who asked to be called back</comment>
        <translation>Slovo ob povratnem klicu</translation>
    </message>
    <message>
        <source>Place in line: {number}</source>
        <comment>an announcement: &apos;You are number 5&apos;</comment>
        <translation>Mesto v vrsti: {number}</translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: %n minute(s)</source>
        <comment>an announcement</comment>
        <translation>
            <numerusform>Predvideno čakanje: %n minuta</numerusform>
            <numerusform>Predvideno čakanje: %n minuti</numerusform>
            <numerusform>Predvideno čakanje: %n minute</numerusform>
            <numerusform>Predvideno čakanje: %n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>This language offered on key {key}</source>
        <comment>an announcement a phone caller hears when the queue offers languages: &apos;For English, press 1.&apos;, said in the language itself</comment>
        <translation>Ponudba tega jezika na tipki {key}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>a length in seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>The file is larger than {size}: save the recording as MP3 or Ogg, which takes far less room.</source>
        <translation>Datoteka je večja od {size}: posnetek shranite kot MP3 ali Ogg, ki zavzame veliko manj prostora.</translation>
    </message>
    <message>
        <source>This is not a sound file the server can read, or it is damaged. Save the recording as WAV, MP3, Ogg or FLAC and try again.</source>
        <translation>To ni zvočna datoteka, ki jo strežnik zna prebrati, ali pa je poškodovana. Posnetek shranite kot WAV, MP3, Ogg ali FLAC in poskusite znova.</translation>
    </message>
    <message>
        <source>The file has no sound in it.</source>
        <translation>V datoteki ni zvoka.</translation>
    </message>
    <message>
        <source>The recording lasts {seconds} s without the silence around it; it must last at least {min} s.</source>
        <translation>Posnetek brez tišine na začetku in koncu traja {seconds} s; trajati mora vsaj {min} s.</translation>
    </message>
    <message>
        <source>The recording lasts {seconds} s without the silence around it; this announcement may last at most {max} s. Say it shorter.</source>
        <translation>Posnetek brez tišine na začetku in koncu traja {seconds} s; to obvestilo lahko traja največ {max} s. Povejte ga krajše.</translation>
    </message>
    <message>
        <source>The recording is too quiet ({level} dBFS; at least {min} dBFS). Record it closer to the microphone, or turn the microphone up.</source>
        <comment>dBFS: decibels below the loudest a recording can be; leave it as it is</comment>
        <translation>Posnetek je pretih ({level} dBFS; potrebno je vsaj {min} dBFS). Snemajte bližje mikrofonu ali povečajte glasnost mikrofona.</translation>
    </message>
    <message>
        <source>The recording is mostly silence: there is sound in only {percent} % of it. Cut the long pauses, or record it again.</source>
        <translation>Posnetek je večinoma tišina: zvok je le v {percent} % posnetka. Izrežite dolge premore ali ga posnemite znova.</translation>
    </message>
    <message>
        <source>The recording is distorted: {percent} % of it is as loud as a recording can be (at most {max} % may be). Record it again less loud.</source>
        <translation>Posnetek je popačen: {percent} % posnetka doseže največjo možno glasnost (dovoljeno je največ {max} %). Posnemite ga znova tišje.</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>a label: the language of the announcements shown</comment>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Osveži</translation>
    </message>
    <message>
        <source>Announcement</source>
        <comment>a column: what is said</comment>
        <translation>Obvestilo</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>a column: the server&apos;s voice, or the owner&apos;s recording</comment>
        <translation>Vir</translation>
    </message>
    <message>
        <source>Length</source>
        <comment>a column: how long it lasts</comment>
        <translation>Dolžina</translation>
    </message>
    <message>
        <source>Upload recording…</source>
        <comment>a button</comment>
        <translation>Naloži posnetek …</translation>
    </message>
    <message>
        <source>Save audio…</source>
        <comment>a button: the prompt to a file</comment>
        <translation>Shrani zvok …</translation>
    </message>
    <message>
        <source>Use the made one</source>
        <comment>a button: the server&apos;s voice again</comment>
        <translation>Uporabi strežnikov glas</translation>
    </message>
    <message>
        <source>Your recording takes the server&apos;s voice&apos;s place for the callers who hear this language: a sound file (WAV, MP3, Ogg, FLAC…) up to {size}, at least {min} s long. The silence around it is cut, and it is made as loud as the other announcements.</source>
        <translation>Vaš posnetek nadomesti strežnikov glas za klicatelje, ki slišijo ta jezik: zvočna datoteka (WAV, MP3, Ogg, FLAC …) do {size}, dolga vsaj {min} s. Tišina na začetku in koncu se odreže, glasnost pa se izenači z drugimi obvestili.</translation>
    </message>
    <message>
        <source>Your recording</source>
        <comment>who made an announcement</comment>
        <translation>Vaš posnetek</translation>
    </message>
    <message>
        <source>Made by the server</source>
        <comment>who made an announcement</comment>
        <translation>Strežnikov glas</translation>
    </message>
    <message>
        <source>The server&apos;s own lasts {length}; a recording may last up to {max}.</source>
        <translation>Strežnikovo obvestilo traja {length}; posnetek lahko traja največ {max}.</translation>
    </message>
    <message>
        <source>{announcement} ({language})</source>
        <comment>an announcement and, in brackets, the language it is said in</comment>
        <translation>{announcement} ({language})</translation>
    </message>
    <message>
        <source>Upload a recording</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Nalaganje posnetka</translation>
    </message>
    <message>
        <source>Sound files (*.wav *.mp3 *.ogg *.opus *.flac *.m4a *.aac *.webm *.aif *.aiff);;All files (*)</source>
        <comment>a file dialog&apos;s filters: translate the words, keep the patterns</comment>
        <translation>Zvočne datoteke (*.wav *.mp3 *.ogg *.opus *.flac *.m4a *.aac *.webm *.aif *.aiff);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Datoteke {file} ni bilo mogoče prebrati: {reason}</translation>
    </message>
    <message>
        <source>Sending {file}…</source>
        <translation>Pošiljanje datoteke {file} …</translation>
    </message>
    <message>
        <source>{announcement}: callers now hear your recording ({length}).</source>
        <translation>{announcement}: klicatelji zdaj slišijo vaš posnetek ({length}).</translation>
    </message>
    <message>
        <source>Use the made one</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Strežnikov glas</translation>
    </message>
    <message>
        <source>Delete your recording of {announcement}? Callers will hear the server&apos;s voice again.</source>
        <translation>Ali želite izbrisati svoj posnetek „{announcement}“? Klicatelji bodo znova slišali strežnikov glas.</translation>
    </message>
    <message>
        <source>{announcement}: callers hear the server&apos;s voice again.</source>
        <translation>{announcement}: klicatelji znova slišijo strežnikov glas.</translation>
    </message>
    <message>
        <source>Save the announcement&apos;s audio</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Shranjevanje zvoka obvestila</translation>
    </message>
    <message>
        <source>Ogg audio (*.ogg)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Zvok Ogg (*.ogg)</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Datoteke {file} ni bilo mogoče zapisati: {reason}</translation>
    </message>
    <message>
        <source>{announcement} saved to {file}.</source>
        <translation>{announcement}: shranjeno v datoteko {file}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.queues</name>
    <message>
        <source>Longest idle agent first</source>
        <comment>a ringing strategy</comment>
        <translation>Najprej najdlje prosti operater</translation>
    </message>
    <message>
        <source>Round robin</source>
        <comment>a ringing strategy</comment>
        <translation>Krožno</translation>
    </message>
    <message>
        <source>Fewest contacts today</source>
        <comment>a ringing strategy</comment>
        <translation>Najmanj stikov danes</translation>
    </message>
    <message>
        <source>Ring everyone</source>
        <comment>a ringing strategy</comment>
        <translation>Zvoni vsem</translation>
    </message>
    <message>
        <source>Best skill level first</source>
        <comment>a ringing strategy</comment>
        <translation>Najprej najvišja raven veščine</translation>
    </message>
    <message>
        <source>Scheduled callbacks&apos; priority over new calls</source>
        <translation>Prednost načrtovanih povratnih klicev pred novimi klici</translation>
    </message>
    <message>
        <source> s</source>
        <comment>a suffix after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Another queue</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Druga vrsta</translation>
    </message>
    <message>
        <source>queue #{id}</source>
        <comment>a queue whose name is not known</comment>
        <translation>vrsta #{id}</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column: the name people see</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the name in web addresses</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>a column</comment>
        <translation>Prednost</translation>
    </message>
    <message>
        <source>New queue</source>
        <comment>a button</comment>
        <translation>Nova vrsta</translation>
    </message>
    <message>
        <source>Pause after</source>
        <comment>a field: pause an agent after misses</comment>
        <translation>Odmor po</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>a field</comment>
        <translation>Najdaljše čakanje</translation>
    </message>
    <message>
        <source>Announce every</source>
        <comment>a field: how often</comment>
        <translation>Obvestilo vsakih</translation>
    </message>
    <message>
        <source>Required skills</source>
        <comment>a field</comment>
        <translation>Zahtevane veščine</translation>
    </message>
    <message>
        <source>Widening</source>
        <comment>a field: who may answer, as callers wait</comment>
        <translation>Širjenje</translation>
    </message>
    <message>
        <source>IVR menu</source>
        <comment>a field</comment>
        <translation>Meni IVR</translation>
    </message>
    <message>
        <source>Business hours</source>
        <comment>a field</comment>
        <translation>Delovni čas</translation>
    </message>
    <message>
        <source>After hours</source>
        <comment>a field: where callers go when closed</comment>
        <translation>Izven delovnega časa</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <comment>a field</comment>
        <translation>Obvestilo o snemanju</translation>
    </message>
    <message>
        <source>First response within</source>
        <comment>a field</comment>
        <translation>Prvi odziv v</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <comment>a field</comment>
        <translation>Rešeno v</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <comment>a field: the specialists&apos; queue</comment>
        <translation>Eskalacija v</translation>
    </message>
    <message>
        <source>Display name</source>
        <comment>a form&apos;s label</comment>
        <translation>Prikazno ime</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the name in the caller&apos;s web address</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Strategy</source>
        <comment>a form&apos;s label: how it rings</comment>
        <translation>Strategija</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>a form&apos;s label</comment>
        <translation>Prednost</translation>
    </message>
    <message>
        <source>Ring for</source>
        <comment>a form&apos;s label: how long an agent&apos;s phone rings</comment>
        <translation>Trajanje zvonjenja</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a form&apos;s label: time after a call to finish it</comment>
        <translation>Zaključevanje</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a form&apos;s label</comment>
        <translation>Raven storitve</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a form&apos;s label: what agents read out</comment>
        <translation>Scenarij</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>a form&apos;s label: the queue&apos;s callers&apos; language</comment>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Caller ID on outbound calls</source>
        <translation>Prikazana številka pri odhodnih klicih</translation>
    </message>
    <message>
        <source>Then send to</source>
        <comment>a form&apos;s label: after the longest wait</comment>
        <translation>Nato preusmeri v</translation>
    </message>
    <message>
        <source>Hold music</source>
        <comment>a form&apos;s label</comment>
        <translation>Glasba na čakanju</translation>
    </message>
    <message>
        <source>Offer callbacks to waiting callers</source>
        <translation>Ponudi povratne klice čakajočim klicateljem</translation>
    </message>
    <message>
        <source>Callback card shown for</source>
        <comment>a form&apos;s label: how long</comment>
        <translation>Prikaz kartice povratnega klica</translation>
    </message>
    <message>
        <source>e.g. Sales &amp; Billing</source>
        <comment>an example of a queue&apos;s name</comment>
        <translation>npr. Prodaja &amp; obračun</translation>
    </message>
    <message>
        <source>sales-billing (in the caller&apos;s web address)</source>
        <comment>an example: lower-case letters, digits and dashes only</comment>
        <translation>prodaja-obracun (v spletnem naslovu za klicatelje)</translation>
    </message>
    <message>
        <source>Agents in several queues take the higher priority first</source>
        <translation>Operaterji v več vrstah najprej sprejemajo stike iz vrste z višjo prednostjo</translation>
    </message>
    <message numerus="yes">
        <source> missed offer(s)</source>
        <comment>a suffix after a number: pause an agent after this many calls not taken</comment>
        <translation>
            <numerusform> nesprejetem stiku</numerusform>
            <numerusform> nesprejetih stikih</numerusform>
            <numerusform> nesprejetih stikih</numerusform>
            <numerusform> nesprejetih stikih</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <comment>pause an agent after: never</comment>
        <translation>nikoli</translation>
    </message>
    <message>
        <source>Answered within this many seconds counts as in service level</source>
        <translation>Klici, sprejeti v tem številu sekund, štejejo v raven storitve</translation>
    </message>
    <message>
        <source>What this queue&apos;s callers read on the call page and hear in announcements, unless they choose another language</source>
        <translation>Kaj klicatelji te vrste berejo na strani za klic in slišijo v obvestilih, razen če izberejo drug jezik</translation>
    </message>
    <message>
        <source>With two or more ticked, phone callers first hear each language offered in itself and choose one with a key; web callers read their browser&apos;s language</source>
        <translation>Če sta označena vsaj dva jezika, klicatelji po telefonu najprej slišijo ponudbo vsakega jezika v tem jeziku in enega izberejo s tipko; spletni klicatelji berejo v jeziku svojega brskalnika</translation>
    </message>
    <message>
        <source>e.g. +386 1 234 5678; empty: the trunk&apos;s own</source>
        <comment>an example of a phone number (keep it, or use your country&apos;s)</comment>
        <translation>npr. +386 1 234 5678; prazno: številka voda</translation>
    </message>
    <message>
        <source>The number the people this queue&apos;s agents call see (any international way)</source>
        <translation>Številka, ki jo vidijo osebe, ki jih kličejo operaterji te vrste (v kateri koli mednarodni obliki)</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a group&apos;s title</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Pause agent after</source>
        <translation>Operater gre v odmor po</translation>
    </message>
    <message>
        <source>Phone callers choose</source>
        <comment>a field: languages on offer</comment>
        <translation>Izbira jezika po telefonu</translation>
    </message>
    <message>
        <source>Limit the wait to</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Omeji čakanje na</translation>
    </message>
    <message>
        <source>Not set (the call is rejected)</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Ni nastavljeno (klic je zavrnjen)</translation>
    </message>
    <message>
        <source>Announce place in line every</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Mesto v vrsti sporoči vsakih</translation>
    </message>
    <message>
        <source>Tell callers their call may be recorded, and let them refuse</source>
        <translation>Obvesti klicatelje, da se klic lahko snema, in jim dovoli zavrnitev</translation>
    </message>
    <message>
        <source>Before anyone answers, callers hear that the call may be recorded and that pressing 9 (or the caller page&apos;s button) stops it; their choice is kept with the call</source>
        <translation>Preden se kdo oglasi, klicatelji slišijo, da se klic lahko snema in da lahko snemanje ustavijo s tipko 9 (ali z gumbom na strani za klicatelje); njihova izbira se shrani skupaj s klicem</translation>
    </message>
    <message>
        <source>Waiting callers</source>
        <comment>a group&apos;s title</comment>
        <translation>Čakajoči klicatelji</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <comment>a column: a skill&apos;s</comment>
        <translation>Najnižja raven</translation>
    </message>
    <message>
        <source>After waiting</source>
        <comment>a column: a number of seconds</comment>
        <translation>Po čakanju</translation>
    </message>
    <message>
        <source>Accept level from</source>
        <comment>a column: a skill level</comment>
        <translation>Sprejmi raven od</translation>
    </message>
    <message>
        <source>Add step</source>
        <comment>a button: a row of the widening</comment>
        <translation>Dodaj korak</translation>
    </message>
    <message>
        <source>Remove step</source>
        <comment>a button: a row of the widening</comment>
        <translation>Odstrani korak</translation>
    </message>
    <message>
        <source>Who may answer</source>
        <comment>a group&apos;s title</comment>
        <translation>Kdo lahko sprejme</translation>
    </message>
    <message>
        <source>As a caller waits, widen who may answer:</source>
        <translation>Med čakanjem klicatelja razširi, kdo lahko sprejme:</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>a column: a phone key, 1 to 9, * 0 #</comment>
        <translation>Tipka</translation>
    </message>
    <message>
        <source>Label the caller sees</source>
        <comment>a column</comment>
        <translation>Besedilo za klicatelja</translation>
    </message>
    <message>
        <source>Sends to queue</source>
        <comment>a column</comment>
        <translation>Preusmeri v vrsto</translation>
    </message>
    <message>
        <source>Add choice</source>
        <comment>a button: a choice of the IVR menu</comment>
        <translation>Dodaj izbiro</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <comment>a button: a choice of the IVR menu</comment>
        <translation>Odstrani izbiro</translation>
    </message>
    <message>
        <source>IVR menu (none: callers queue here at once)</source>
        <translation>Meni IVR (brez: klicatelji takoj vstopijo v to vrsto)</translation>
    </message>
    <message>
        <source>Business hours (unticked: always open)</source>
        <translation>Delovni čas (neoznačeno: vedno odprto)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Časovni pas</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>a day&apos;s opening hours: none</comment>
        <translation>zaprto</translation>
    </message>
    <message>
        <source>e.g. 09:00-12:30, 13:30-17:00; empty: closed all day</source>
        <comment>keep the times&apos; format: 09:00-12:30, spans parted by commas</comment>
        <translation>npr. 09:00-12:30, 13:30-17:00; prazno: zaprto ves dan</translation>
    </message>
    <message>
        <source>e.g. 2026-12-25, 2027-01-01</source>
        <comment>examples of dates: keep the format (year-month-day)</comment>
        <translation>npr. 2026-12-25, 2027-01-01</translation>
    </message>
    <message>
        <source>Holidays (closed)</source>
        <translation>Prazniki (zaprto)</translation>
    </message>
    <message>
        <source>When closed, send to</source>
        <translation>Ko je zaprto, preusmeri v</translation>
    </message>
    <message>
        <source>Callers in line may leave their number and hang up (key 1 on the phone, the caller page&apos;s button): they keep their place and are called back</source>
        <translation>Klicatelji v vrsti lahko pustijo številko in prekinejo (tipka 1 na telefonu, gumb na strani za klicatelje): obdržijo svoje mesto in so poklicani nazaj</translation>
    </message>
    <message>
        <source>placed at once</source>
        <comment>a callback card shown for: no time</comment>
        <translation>vzpostavi se takoj</translation>
    </message>
    <message>
        <source>How long the agent reads the customer&apos;s card before the callback is placed (they may place it sooner, or skip it)</source>
        <translation>Kako dolgo operater bere kartico stranke, preden se povratni klic vzpostavi (lahko ga vzpostavi prej ali ga preskoči)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a callbacks&apos; priority of 0</comment>
        <translation>brez</translation>
    </message>
    <message>
        <source>A callback scheduled for a time joins the line then. None: in line with new calls, by the time promised; above none: ahead of new calls waiting here. (A waiting caller&apos;s callback keeps the place they had.)</source>
        <comment>None: the value shown for a priority of 0</comment>
        <translation>Povratni klic, načrtovan za določen čas, se takrat uvrsti v vrsto. Brez: med nove klice, po obljubljenem času; nad brez: pred nove klice, ki tu čakajo. (Povratni klic čakajočega klicatelja obdrži mesto, ki ga je klicatelj imel.)</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a group&apos;s title</comment>
        <translation>Povratni klici</translation>
    </message>
    <message>
        <source>First response within</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Prvi odziv v</translation>
    </message>
    <message>
        <source>An e-mail&apos;s first reply, a task&apos;s or a callback&apos;s answer, counted from its arrival here (e.g. 3600 s: an hour)</source>
        <translation>Prvi odgovor na e-sporočilo, odziv na nalogo ali povratni klic, šteto od prihoda v to vrsto (npr. 3600 s: ena ura)</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Rešeno v</translation>
    </message>
    <message>
        <source>Until its agent has finished with it, counted from its arrival here (e.g. 86400 s: a day)</source>
        <translation>Dokler ga operater ne zaključi, šteto od prihoda v to vrsto (npr. 86400 s: en dan)</translation>
    </message>
    <message>
        <source>Where an item still waiting past a target goes; past a target there too, or with an agent, or with no queue chosen, supervisors see it in their list of escalations</source>
        <translation>Kam gre stik, ki po preteku roka še čaka; če tudi tam preteče rok, če je že pri operaterju ali če vrsta ni izbrana, ga nadzorniki vidijo na svojem seznamu eskalacij</translation>
    </message>
    <message>
        <source>Service targets (e-mails, tasks, callbacks)</source>
        <comment>a group&apos;s title</comment>
        <translation>Ciljni roki (e-pošta, naloge, povratni klici)</translation>
    </message>
    <message>
        <source>Past a target, send to</source>
        <comment>a form&apos;s label</comment>
        <translation>Po preteku roka preusmeri v</translation>
    </message>
    <message>
        <source>No specialists&apos; queue (the supervisors)</source>
        <comment>where an item past its target goes</comment>
        <translation>Brez vrste specialistov (nadzorniki)</translation>
    </message>
    <message>
        <source>(no script)</source>
        <translation>(brez scenarija)</translation>
    </message>
    <message>
        <source>Default music</source>
        <comment>the hold music the server ships</comment>
        <translation>Privzeta glasba</translation>
    </message>
    <message>
        <source>{value} (not available)</source>
        <comment>a script since deleted, or hold music not installed</comment>
        <translation>{value} (ni na voljo)</translation>
    </message>
    <message>
        <source>New queue</source>
        <comment>the form&apos;s title</comment>
        <translation>Nova vrsta</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a queue&apos;s name</comment>
        <translation>Urejanje: {name}</translation>
    </message>
    <message>
        <source>Enter the name callers and agents see.</source>
        <translation>Vpišite ime, ki ga vidijo klicatelji in operaterji.</translation>
    </message>
    <message>
        <source>The name takes lower-case letters, digits and dashes, starting with a letter or digit (e.g. sales-billing).</source>
        <translation>Ime sme vsebovati male črke, števke in vezaje ter se mora začeti s črko ali števko (npr. prodaja-obracun).</translation>
    </message>
    <message>
        <source>Every IVR choice needs a label the caller can read.</source>
        <translation>Vsaka izbira IVR potrebuje besedilo, ki ga klicatelj lahko prebere.</translation>
    </message>
    <message>
        <source>Every IVR choice needs a queue to send the caller to.</source>
        <translation>Vsaka izbira IVR potrebuje vrsto, v katero preusmeri klicatelja.</translation>
    </message>
    <message>
        <source>Key {key} is used for two choices: give each its own.</source>
        <comment>{key}: a phone key</comment>
        <translation>Tipka {key} je uporabljena za dve izbiri: vsaki dodelite svojo.</translation>
    </message>
    <message>
        <source>Keep at least one step (after 0 s, from level 1).</source>
        <translation>Obdržite vsaj en korak (po 0 s, od ravni 1).</translation>
    </message>
    <message>
        <source>Created queue {name}.</source>
        <translation>Vrsta {name} je ustvarjena.</translation>
    </message>
    <message>
        <source>Saved queue {name}.</source>
        <translation>Vrsta {name} je shranjena.</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <comment>a window title</comment>
        <translation>Brisanje vrste</translation>
    </message>
    <message>
        <source>Delete the queue {name}? Its caller page stops working; reports keep its past contacts.</source>
        <translation>Ali želite izbrisati vrsto {name}? Njena stran za klicatelje preneha delovati; poročila obdržijo njene pretekle stike.</translation>
    </message>
    <message>
        <source>Deleted queue {name}.</source>
        <translation>Vrsta {name} je izbrisana.</translation>
    </message>
</context>
<context>
    <name>ui.admin.reports</name>
    <message>
        <source>Today</source>
        <translation>Danes</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Včeraj</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Zadnjih 7 dni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ta mesec</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Po meri</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minut</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minut</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ura</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dan</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Klici</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Klepeti</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a tab: the report&apos;s table of queues</comment>
        <translation>Vrste</translation>
    </message>
    <message>
        <source>Save the queues table as a CSV file, as it reads here</source>
        <translation>Shrani tabelo vrst kot datoteko CSV, kot je prikazana tukaj</translation>
    </message>
    <message>
        <source>Export queues</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Izvoz vrst</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a tab: the report&apos;s table of agents</comment>
        <translation>Operaterji</translation>
    </message>
    <message>
        <source>Save the agents table as a CSV file, as it reads here</source>
        <translation>Shrani tabelo operaterjev kot datoteko CSV, kot je prikazana tukaj</translation>
    </message>
    <message>
        <source>Export agents</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Izvoz operaterjev</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a tab: the report&apos;s table of teams</comment>
        <translation>Ekipe</translation>
    </message>
    <message>
        <source>Save the teams table as a CSV file, as it reads here</source>
        <translation>Shrani tabelo ekip kot datoteko CSV, kot je prikazana tukaj</translation>
    </message>
    <message>
        <source>Export teams</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Izvoz ekip</translation>
    </message>
    <message>
        <source>Intervals</source>
        <comment>a tab: the report&apos;s table of intervals</comment>
        <translation>Intervali</translation>
    </message>
    <message>
        <source>Save the intervals table as a CSV file, as it reads here</source>
        <translation>Shrani tabelo intervalov kot datoteko CSV, kot je prikazana tukaj</translation>
    </message>
    <message>
        <source>Export intervals</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Izvoz intervalov</translation>
    </message>
    <message>
        <source>1 · First line</source>
        <translation>1 · Prva linija</translation>
    </message>
    <message>
        <source>2 · Specialists</source>
        <translation>2 · Specialisti</translation>
    </message>
    <message>
        <source>3 · Supervisors</source>
        <translation>3 · Nadzorniki</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stopnja</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Stiki</translation>
    </message>
    <message>
        <source>First response (mean / 90 %)</source>
        <translation>Prvi odziv (povprečje / 90 %)</translation>
    </message>
    <message>
        <source>Within target</source>
        <comment>first response</comment>
        <translation>V roku</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rešeno</translation>
    </message>
    <message>
        <source>Resolution (mean / 90 %)</source>
        <translation>Rešitev (povprečje / 90 %)</translation>
    </message>
    <message>
        <source>Within target</source>
        <comment>resolution</comment>
        <translation>V roku</translation>
    </message>
    <message>
        <source>All queues</source>
        <comment>a filter</comment>
        <translation>Vse vrste</translation>
    </message>
    <message>
        <source>All teams</source>
        <comment>a filter</comment>
        <translation>Vse ekipe</translation>
    </message>
    <message>
        <source>All channels</source>
        <comment>a filter: calls, chats, e-mails</comment>
        <translation>Vsi kanali</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds (mind the space)</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Callers who hang up sooner than this are short abandons: not counted in the abandon rate or against the service level</source>
        <translation>Klicatelji, ki prekinejo prej, so kratke opustitve: ne štejejo v delež opuščenih ali v breme ravni storitve</translation>
    </message>
    <message>
        <source>Make default</source>
        <comment>a button: save the threshold</comment>
        <translation>Nastavi kot privzeto</translation>
    </message>
    <message>
        <source>Use this short-abandon threshold everywhere, wallboard too</source>
        <translation>Ta prag kratkih opustitev uporabi povsod, tudi na nadzorni plošči</translation>
    </message>
    <message>
        <source>Run report</source>
        <comment>a button</comment>
        <translation>Zaženi poročilo</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of the period</comment>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of the period</comment>
        <translation>Do</translation>
    </message>
    <message>
        <source>Interval</source>
        <comment>a field: the report&apos;s interval</comment>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a field: the queue to report on</comment>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a field: the team to report on</comment>
        <translation>Ekipa</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a field: calls, chats or e-mails to report on</comment>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Short abandon</source>
        <comment>a field: the threshold</comment>
        <translation>Kratka opustitev</translation>
    </message>
    <message>
        <source>Pick a period and run the report.</source>
        <translation>Izberite obdobje in zaženite poročilo.</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <comment>a tab: a chart</comment>
        <translation>Stiki na interval</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a tab: a chart</comment>
        <translation>Raven storitve</translation>
    </message>
    <message>
        <source>Agent states</source>
        <comment>a tab: a chart</comment>
        <translation>Stanja operaterjev</translation>
    </message>
    <message>
        <source>Service targets</source>
        <comment>a tab: e-mails, tasks, callbacks</comment>
        <translation>Ciljni roki</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a field: the days to report on</comment>
        <translation>Obdobje</translation>
    </message>
    <message>
        <source>Short abandon under</source>
        <comment>before a number of seconds</comment>
        <translation>Kratka opustitev pod</translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a To date on or after From.</source>
        <translation>Obdobje se konča, preden se začne: izberite datum Do, ki je enak datumu Od ali poznejši.</translation>
    </message>
    <message>
        <source>The queues and teams to filter by could not be loaded: {problem}</source>
        <translation>Vrst in ekip za filtriranje ni bilo mogoče naložiti: {problem}</translation>
    </message>
    <message>
        <source>Short abandons are now calls that hang up under {seconds} s</source>
        <translation>Kratke opustitve so zdaj klici, ki se prekinejo v manj kot {seconds} s</translation>
    </message>
    <message>
        <source>Running…</source>
        <comment>the Run report button, while it runs</comment>
        <translation>Poteka …</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Izvajanje poročila …</translation>
    </message>
    <message>
        <source>No report: the server refused it (see above).</source>
        <translation>Ni poročila: strežnik ga je zavrnil (glejte zgoraj).</translation>
    </message>
    <message>
        <source>The report could not be run: {problem}</source>
        <translation>Poročila ni bilo mogoče zagnati: {problem}</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Poročilo je pripravljeno</translation>
    </message>
    <message>
        <source>{first} to {last} · {offered} offered · {answered} answered · {abandoned} abandoned</source>
        <comment>a report&apos;s period and its contacts</comment>
        <translation>Od {first} do {last} · ponujeni: {offered} · sprejeti: {answered} · opuščeni: {abandoned}</translation>
    </message>
    <message>
        <source>{first} to {last} · {offered} offered · {answered} answered · {abandoned} abandoned · computed in {seconds} s</source>
        <comment>a report&apos;s period, its contacts and how long the server took</comment>
        <translation>Od {first} do {last} · ponujeni: {offered} · sprejeti: {answered} · opuščeni: {abandoned} · izračunano v {seconds} s</translation>
    </message>
    <message>
        <source>answered within the queue&apos;s threshold / (answered + abandoned after the short-abandon threshold)</source>
        <translation>sprejeti znotraj praga vrste / (sprejeti + opuščeni po pragu kratkih opustitev)</translation>
    </message>
    <message>
        <source>Service level = {method}. Short abandons: under {seconds} s.</source>
        <comment>{method}: how the server computes it (its own words)</comment>
        <translation>Raven storitve = {method}. Kratke opustitve: pod {seconds} s.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Izvozi CSV …</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Datoteke {file} ni bilo mogoče zapisati: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {file}</source>
        <translation>
            <numerusform>V {file} je zapisana %n vrstica</numerusform>
            <numerusform>V {file} sta zapisani %n vrstici</numerusform>
            <numerusform>V {file} so zapisane %n vrstice</numerusform>
            <numerusform>V {file} je zapisanih %n vrstic</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.admin.scripts</name>
    <message>
        <source>Sam Sample</source>
        <comment>a made-up customer&apos;s name, for a preview</comment>
        <translation>Janez Novak</translation>
    </message>
    <message>
        <source>Prefers e-mail.</source>
        <comment>a made-up customer&apos;s notes</comment>
        <translation>Raje ima e-pošto.</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a column</comment>
        <translation>Scenarij</translation>
    </message>
    <message>
        <source>Used by</source>
        <comment>a column: the queues using a script</comment>
        <translation>Uporabljajo ga</translation>
    </message>
    <message>
        <source>New script</source>
        <comment>a button</comment>
        <translation>Nov scenarij</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Izbriši …</translation>
    </message>
    <message>
        <source>Tick the queues whose agents read this script</source>
        <translation>Označite vrste, katerih operaterji berejo ta scenarij</translation>
    </message>
    <message>
        <source>Queues using this script</source>
        <translation>Vrste s tem scenarijem</translation>
    </message>
    <message>
        <source>e.g. Support greeting</source>
        <comment>an example of a script&apos;s name</comment>
        <translation>npr. Pozdrav podpore</translation>
    </message>
    <message>
        <source>Hello {customer.name}, thank you for calling…</source>
        <comment>an example of a script: keep {customer.name} as it is</comment>
        <translation>Pozdravljeni, {customer.name}, hvala za vaš klic …</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Dvokliknite, da vstavite na mesto kazalca</translation>
    </message>
    <message>
        <source>Insert</source>
        <comment>a button: insert the placeholder</comment>
        <translation>Vstavi</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the script&apos;s</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a field: the text</comment>
        <translation>Scenarij</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <comment>a list&apos;s title: {customer.name} and such</comment>
        <translation>Spremenljivke</translation>
    </message>
    <message>
        <source>New script</source>
        <comment>the form&apos;s title</comment>
        <translation>Nov scenarij</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <comment>what to search customers by</comment>
        <translation>Ime, telefon ali e-pošta</translation>
    </message>
    <message>
        <source>Find</source>
        <comment>a button: find customers</comment>
        <translation>Najdi</translation>
    </message>
    <message>
        <source>Sample customer</source>
        <translation>Vzorčna stranka</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a form&apos;s label</comment>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Caller gave name</source>
        <comment>a form&apos;s label</comment>
        <translation>Ime, ki ga je navedel klicatelj</translation>
    </message>
    <message>
        <source>Caller gave phone</source>
        <comment>a form&apos;s label</comment>
        <translation>Telefon, ki ga je navedel klicatelj</translation>
    </message>
    <message>
        <source>Preview — as the agent sees it</source>
        <translation>Predogled – kot ga vidi operater</translation>
    </message>
    <message>
        <source>Script “{name}”</source>
        <comment>the form&apos;s title</comment>
        <translation>Scenarij „{name}“</translation>
    </message>
    <message>
        <source>give the script a name</source>
        <translation>poimenujte scenarij</translation>
    </message>
    <message>
        <source>Script “{name}” created.</source>
        <translation>Scenarij „{name}“ je ustvarjen.</translation>
    </message>
    <message>
        <source>Script “{name}” saved.</source>
        <translation>Scenarij „{name}“ je shranjen.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Ali želite izbrisati „{name}“?</translation>
    </message>
    <message>
        <source>Delete “{name}”? {queues} will have no script.</source>
        <comment>{queues}: the names of the queues using it</comment>
        <translation>Ali želite izbrisati „{name}“? Brez scenarija bodo ostale: {queues}.</translation>
    </message>
    <message>
        <source>Delete script</source>
        <comment>a window title</comment>
        <translation>Brisanje scenarija</translation>
    </message>
    <message>
        <source>Script deleted.</source>
        <translation>Scenarij je izbrisan.</translation>
    </message>
    <message>
        <source>{queue}   (now: {script})</source>
        <comment>a queue, and the script it uses now</comment>
        <translation>{queue}   (zdaj: {script})</translation>
    </message>
    <message>
        <source>another script</source>
        <comment>its name unknown</comment>
        <translation>drug scenarij</translation>
    </message>
    <message>
        <source>Queue “{name}” uses this script.</source>
        <translation>Vrsta „{name}“ uporablja ta scenarij.</translation>
    </message>
    <message>
        <source>Queue “{name}” has no script now.</source>
        <translation>Vrsta „{name}“ zdaj nima scenarija.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>Najdena %n stranka.</numerusform>
            <numerusform>Najdeni %n stranki.</numerusform>
            <numerusform>Najdene %n stranke.</numerusform>
            <numerusform>Najdenih %n strank.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.admin.staffing</name>
    <message>
        <source>never: the queue only grows</source>
        <translation>nikoli: vrsta samo raste</translation>
    </message>
    <message>
        <source>the patience is too long next to the handle time: use Erlang C</source>
        <translation>potrpežljivost je predolga v primerjavi s časom obdelave: uporabite Erlang C</translation>
    </message>
    <message>
        <source>calls must be a finite number, at least 0</source>
        <translation>število klicev mora biti končno, vsaj 0</translation>
    </message>
    <message>
        <source>the interval must be longer than 0 s</source>
        <translation>interval mora biti daljši od 0 s</translation>
    </message>
    <message>
        <source>the average handle time must be longer than 0 s</source>
        <translation>povprečni čas obdelave mora biti daljši od 0 s</translation>
    </message>
    <message>
        <source>the service-level threshold must be 0 s or more</source>
        <translation>prag ravni storitve mora biti 0 s ali več</translation>
    </message>
    <message>
        <source>the callers&apos; patience must be longer than 0 s</source>
        <translation>potrpežljivost klicateljev mora biti daljša od 0 s</translation>
    </message>
    <message>
        <source>the target service level must be between 0 and 1 (exclusive)</source>
        <translation>ciljna raven storitve mora biti med 0 in 1 (brez obeh mej)</translation>
    </message>
    <message>
        <source>the maximum occupancy must be above 0 and at most 1</source>
        <translation>največja zasedenost mora biti večja od 0 in največ 1</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a column: how many agents</comment>
        <translation>Operaterji</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation>Raven storitve</translation>
    </message>
    <message>
        <source>share of calls answered within the target time</source>
        <translation>delež klicev, sprejetih v ciljnem času</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation>ASA</translation>
    </message>
    <message>
        <source>average speed of answer</source>
        <translation>povprečni čas do sprejema</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation>Zasedenost</translation>
    </message>
    <message>
        <source>share of agents&apos; time on calls</source>
        <translation>delež časa operaterjev v klicih</translation>
    </message>
    <message>
        <source>Calls that wait</source>
        <comment>a column</comment>
        <translation>Klici, ki čakajo</translation>
    </message>
    <message>
        <source>share of callers who find no agent free</source>
        <translation>delež klicateljev, ki ne najdejo prostega operaterja</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a column</comment>
        <translation>Delež opuščenih</translation>
    </message>
    <message>
        <source>callers who give up waiting (only with a patience, Erlang A)</source>
        <translation>klicatelji, ki med čakanjem obupajo (le ob nastavljeni potrpežljivosti, Erlang A)</translation>
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
        <translation>Klicatelji v povprečju prekinejo po</translation>
    </message>
    <message>
        <source>Keep occupancy at most</source>
        <comment>before a percentage</comment>
        <translation>Zasedenost največ</translation>
    </message>
    <message>
        <source>From report</source>
        <comment>a button: fill in from the report</comment>
        <translation>Iz poročila</translation>
    </message>
    <message>
        <source>Run a report first: its busiest interval and AHT fill in</source>
        <translation>Najprej zaženite poročilo: izpolnita se njegov najbolj obremenjen interval in AHT</translation>
    </message>
    <message>
        <source>Agents and the service they give</source>
        <translation>Operaterji in raven storitve, ki jo dosežejo</translation>
    </message>
    <message>
        <source>Calls per interval</source>
        <translation>Klici na interval</translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation>Dolžina intervala</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Povprečni čas obdelave</translation>
    </message>
    <message>
        <source>Service level goal</source>
        <translation>Ciljna raven storitve</translation>
    </message>
    <message>
        <source>Answered within</source>
        <comment>the service level goal&apos;s time: 80 % of calls answered within 20 s</comment>
        <translation>Sprejeti v</translation>
    </message>
    <message>
        <source>With fewer or more agents</source>
        <translation>Z manj ali več operaterji</translation>
    </message>
    <message>
        <source>Fill in the busiest interval and the AHT of the last report</source>
        <translation>Izpolni najbolj obremenjen interval in AHT zadnjega poročila</translation>
    </message>
    <message numerus="yes">
        <source>From the report: the busiest interval, {at}, had %n call(s); AHT {aht}.</source>
        <comment>{at}: a date and time; {aht}: average handle time, 4:20</comment>
        <translation>
            <numerusform>Iz poročila: najbolj obremenjen interval, {at}, je imel %n klic; AHT {aht}.</numerusform>
            <numerusform>Iz poročila: najbolj obremenjen interval, {at}, je imel %n klica; AHT {aht}.</numerusform>
            <numerusform>Iz poročila: najbolj obremenjen interval, {at}, je imel %n klice; AHT {aht}.</numerusform>
            <numerusform>Iz poročila: najbolj obremenjen interval, {at}, je imel %n klicev; AHT {aht}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the report: the busiest interval, {at}, had %n call(s); AHT unknown.</source>
        <comment>{at}: a date and time</comment>
        <translation>
            <numerusform>Iz poročila: najbolj obremenjen interval, {at}, je imel %n klic; AHT ni znan.</numerusform>
            <numerusform>Iz poročila: najbolj obremenjen interval, {at}, je imel %n klica; AHT ni znan.</numerusform>
            <numerusform>Iz poročila: najbolj obremenjen interval, {at}, je imel %n klice; AHT ni znan.</numerusform>
            <numerusform>Iz poročila: najbolj obremenjen interval, {at}, je imel %n klicev; AHT ni znan.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is {traffic} agents&apos; worth of calls at once (calls times AHT, over the interval); this estimate goes up to {most}. Check the calls per interval and the interval length.</source>
        <translation>To je toliko klicev hkrati, kot jih zmore {traffic} operaterjev (klici krat AHT, deljeno z intervalom); ta ocena sega do {most}. Preverite klice na interval in dolžino intervala.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) needed</source>
        <translation>
            <numerusform>Potreben je %n operater</numerusform>
            <numerusform>Potrebna sta %n operaterja</numerusform>
            <numerusform>Potrebni so %n operaterji</numerusform>
            <numerusform>Potrebnih je %n operaterjev</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted: service level {service_level} within {seconds} s · ASA {asa} · occupancy {occupancy}</source>
        <translation>Napoved: raven storitve {service_level} v {seconds} s · ASA {asa} · zasedenost {occupancy}</translation>
    </message>
    <message>
        <source>Predicted: service level {service_level} within {seconds} s · ASA {asa} · occupancy {occupancy} · abandon rate {abandon_rate}</source>
        <translation>Napoved: raven storitve {service_level} v {seconds} s · ASA {asa} · zasedenost {occupancy} · delež opuščenih {abandon_rate}</translation>
    </message>
    <message>
        <source>Traffic: {erlangs} erlangs (calls times AHT, over the interval)</source>
        <translation>Promet: {erlangs} Erl (klici krat AHT, deljeno z intervalom)</translation>
    </message>
    <message>
        <source>Erlang A: callers may hang up while they wait.</source>
        <translation>Erlang A: klicatelji lahko med čakanjem prekinejo.</translation>
    </message>
    <message>
        <source>Erlang C: callers wait as long as it takes (a little pessimistic).</source>
        <translation>Erlang C: klicatelji čakajo, dokler je treba (nekoliko pesimistično).</translation>
    </message>
</context>
<context>
    <name>ui.admin.trunks</name>
    <message>
        <source>the account&apos;s password</source>
        <translation>geslo računa</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>ostane nespremenjeno, če ne vpišete novega</translation>
    </message>
    <message>
        <source>none yet: type the account&apos;s password</source>
        <translation>še ni nastavljeno: vpišite geslo računa</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: the trunk is in use</comment>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: the trunk is in use</comment>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a column</comment>
        <translation>Vod</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>a column: a server&apos;s address</comment>
        <translation>Gostitelj</translation>
    </message>
    <message>
        <source>Known by</source>
        <comment>a column: how the provider knows it</comment>
        <translation>Prepoznan po</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a column</comment>
        <translation>V uporabi</translation>
    </message>
    <message>
        <source>Registration</source>
        <comment>a column</comment>
        <translation>Registracija</translation>
    </message>
    <message>
        <source>how the provider&apos;s registrar last answered, in local time</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>kako je registrar ponudnika nazadnje odgovoril, po lokalnem času</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Vodi</translation>
    </message>
    <message>
        <source>New trunk</source>
        <comment>a button</comment>
        <translation>Nov vod</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a field</comment>
        <translation>V uporabi</translation>
    </message>
    <message>
        <source>Registers</source>
        <comment>a field: registers with an account</comment>
        <translation>Registracija</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <comment>a field</comment>
        <translation>Naslovi IP</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the trunk&apos;s</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>a form&apos;s label: a server&apos;s address</comment>
        <translation>Gostitelj</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>a form&apos;s label: a network port</comment>
        <translation>Vrata</translation>
    </message>
    <message>
        <source>Transport</source>
        <comment>a form&apos;s label: UDP, TCP, TLS</comment>
        <translation>Prenos</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <comment>a form&apos;s label</comment>
        <translation>Odhodni posrednik</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>a form&apos;s label: the account&apos;s</comment>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Auth username</source>
        <comment>a form&apos;s label: the user name to log in with</comment>
        <translation>Uporabniško ime za overitev</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>Realm</source>
        <comment>a form&apos;s label: SIP authentication</comment>
        <translation>Področje (realm)</translation>
    </message>
    <message>
        <source>Register for</source>
        <comment>a form&apos;s label: how long a registration lasts</comment>
        <translation>Trajanje registracije</translation>
    </message>
    <message>
        <source>e.g. Provider</source>
        <comment>an example of a trunk&apos;s name</comment>
        <translation>npr. Ponudnik</translation>
    </message>
    <message>
        <source>sip.provider.com or 192.0.2.10</source>
        <comment>examples of a server&apos;s address</comment>
        <translation>sip.ponudnik.si ali 192.0.2.10</translation>
    </message>
    <message>
        <source>optional: proxy.example.com:5060</source>
        <translation>neobvezno: proxy.example.com:5060</translation>
    </message>
    <message>
        <source>In use (unticked: kept, not used)</source>
        <translation>V uporabi (neoznačeno: ohranjen, a se ne uporablja)</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a group&apos;s title</comment>
        <translation>Vod</translation>
    </message>
    <message>
        <source>Registers with an account</source>
        <translation>Registracija z računom</translation>
    </message>
    <message>
        <source>optional: if not the username</source>
        <translation>neobvezno: če ni enako uporabniškemu imenu</translation>
    </message>
    <message>
        <source>optional: as the provider asks</source>
        <translation>neobvezno: kot zahteva ponudnik</translation>
    </message>
    <message>
        <source> s</source>
        <comment>a suffix after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The addresses or networks the provider&apos;s calls come from, one per line.</source>
        <translation>Naslovi ali omrežja, s katerih prihajajo klici ponudnika, eden na vrstico.</translation>
    </message>
    <message>
        <source>Known by its addresses</source>
        <comment>a group&apos;s title</comment>
        <translation>Prepoznan po naslovih</translation>
    </message>
    <message>
        <source>{reason}: the trunk is kept, but not used.</source>
        <comment>{reason}: why the server cannot serve the transport (the server&apos;s words)</comment>
        <translation>{reason}: vod je ohranjen, vendar se ne uporablja.</translation>
    </message>
    <message>
        <source>The trunks&apos; state could not be read: {problem}</source>
        <comment>{problem}: why</comment>
        <translation>Stanja vodov ni bilo mogoče prebrati: {problem}</translation>
    </message>
    <message>
        <source>Phone calls are not working: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation>Telefonski klici ne delujejo: {problem}</translation>
    </message>
    <message>
        <source>New trunk</source>
        <comment>the form&apos;s title</comment>
        <translation>Nov vod</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a trunk&apos;s name</comment>
        <translation>Urejanje: {name}</translation>
    </message>
    <message>
        <source>Name: give the trunk a name (e.g. the provider&apos;s).</source>
        <translation>Ime: poimenujte vod (npr. po ponudniku).</translation>
    </message>
    <message>
        <source>Created trunk {name}.</source>
        <translation>Vod {name} je ustvarjen.</translation>
    </message>
    <message>
        <source>Saved trunk {name}.</source>
        <translation>Vod {name} je shranjen.</translation>
    </message>
    <message>
        <source>Delete trunk</source>
        <comment>a window title</comment>
        <translation>Brisanje voda</translation>
    </message>
    <message>
        <source>Delete the trunk {name}? Its calls stop; a trunk that phone numbers use cannot be deleted (untick In use to keep it but stop it).</source>
        <comment>In use: the form&apos;s check box of that name</comment>
        <translation>Ali želite izbrisati vod {name}? Njegovi klici se ustavijo; voda, ki ga uporabljajo telefonske številke, ni mogoče izbrisati (če ga želite ohraniti, a ustaviti, odznačite V uporabi).</translation>
    </message>
    <message>
        <source>Deleted trunk {name}.</source>
        <translation>Vod {name} je izbrisan.</translation>
    </message>
</context>
<context>
    <name>ui.admin.window</name>
    <message>
        <source>Callnest — admin</source>
        <comment>a window title</comment>
        <translation>Callnest – skrbništvo</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a tab</comment>
        <translation>Operaterji</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a tab</comment>
        <translation>Vrste</translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a tab</comment>
        <translation>Telefonija</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <comment>a tab: the queues&apos; e-mail accounts</comment>
        <translation>Poštni predali</translation>
    </message>
    <message>
        <source>Announcements</source>
        <comment>a tab: what callers hear</comment>
        <translation>Obvestila</translation>
    </message>
    <message>
        <source>Scripts</source>
        <comment>a tab: what agents read out</comment>
        <translation>Scenariji</translation>
    </message>
    <message>
        <source>Dispositions &amp;&amp; breaks</source>
        <comment>a tab: how calls ended, and agents&apos; break reasons; &amp;&amp; shows as one &amp;</comment>
        <translation>Oznake &amp;&amp; odmori</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a tab</comment>
        <translation>Stranke</translation>
    </message>
    <message>
        <source>Interactions</source>
        <comment>a tab: past calls and chats</comment>
        <translation>Interakcije</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a tab</comment>
        <translation>Povratni klici</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <comment>a tab</comment>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Reports</source>
        <comment>a tab</comment>
        <translation>Poročila</translation>
    </message>
    <message>
        <source>Staffing</source>
        <comment>a tab: how many agents are needed</comment>
        <translation>Kadrovanje</translation>
    </message>
    <message>
        <source>Backups</source>
        <comment>a tab</comment>
        <translation>Varnostne kopije</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>a tab: how the server is doing</comment>
        <translation>Stanje</translation>
    </message>
</context>
<context>
    <name>ui.agent</name>
    <message>
        <source>No working microphone: open Headset set-up</source>
        <translation>Ni delujočega mikrofona: odprite nastavitev slušalk</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Povezava prekinjena – ponovno povezovanje …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Povezovanje …</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Povezano</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Ponovno povezovanje …</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Brez povezave</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Dohodni klic</translation>
    </message>
    <message>
        <source>Incoming chat</source>
        <translation>Dohodni klepet</translation>
    </message>
    <message>
        <source>Offline message</source>
        <translation>Puščeno sporočilo</translation>
    </message>
    <message>
        <source>Incoming e-mail</source>
        <translation>Dohodno e-sporočilo</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Povratni klic</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>Klic kampanje</translation>
    </message>
    <message>
        <source>Time in this status</source>
        <translation>Čas v tem stanju</translation>
    </message>
    <message>
        <source>Time since you logged in</source>
        <translation>Čas od prijave</translation>
    </message>
    <message>
        <source>Headset…</source>
        <comment>a button: opens the headset set-up</comment>
        <translation>Slušalke …</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a tab: the phone call in hand</comment>
        <translation>Klic</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a tab</comment>
        <translation>Klepeti</translation>
    </message>
    <message>
        <source>&amp;Callnest</source>
        <comment>the menu named after the app</comment>
        <translation>&amp;Callnest</translation>
    </message>
    <message>
        <source>&amp;Headset…</source>
        <comment>a menu item</comment>
        <translation>&amp;Slušalke …</translation>
    </message>
    <message>
        <source>&amp;Wallboard…</source>
        <comment>a menu item</comment>
        <translation>&amp;Nadzorna plošča …</translation>
    </message>
    <message>
        <source>&amp;Admin…</source>
        <comment>a menu item</comment>
        <translation>Sk&amp;rbništvo …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>a menu item</comment>
        <translation>&amp;Končaj</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <comment>the menu of what the keyboard shortcuts do</comment>
        <translation>&amp;Dejanja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>a menu</comment>
        <translation>&amp;Pomoč</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <comment>a menu item</comment>
        <translation>&amp;Bližnjice na tipkovnici …</translation>
    </message>
    <message>
        <source>&amp;Change keyboard shortcuts…</source>
        <comment>a menu item</comment>
        <translation>&amp;Spremeni bližnjice na tipkovnici …</translation>
    </message>
    <message>
        <source>Logged out: {reason}</source>
        <comment>{reason}: the server&apos;s words</comment>
        <translation>Odjavljeni ste: {reason}</translation>
    </message>
    <message>
        <source>Last customer</source>
        <comment>the customer card&apos;s title, between calls</comment>
        <translation>Zadnja stranka</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>the customer card&apos;s title</comment>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Odhodni klic</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>V klicu</translation>
    </message>
    <message>
        <source>You are on a break</source>
        <comment>a notification&apos;s title</comment>
        <translation>Ste na odmoru</translation>
    </message>
    <message>
        <source>Chats ({count})</source>
        <comment>a tab; {count}: the chats open</comment>
        <translation>Klepeti ({count})</translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation>Vrsta: {queue}</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Neznana številka</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Neznan klicatelj</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>the agent&apos;s status</comment>
        <translation>Na voljo</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>the agent&apos;s status</comment>
        <translation>Brez povezave</translation>
    </message>
    <message>
        <source>Callnest — {status}</source>
        <comment>the tray icon&apos;s tooltip</comment>
        <translation>Callnest – {status}</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>a break the server set, with no reason</comment>
        <translation>premor</translation>
    </message>
    <message>
        <source>Waiting for the next contact</source>
        <translation>Čakanje na naslednji stik</translation>
    </message>
    <message>
        <source>You are available: calls ring here.</source>
        <translation>Ste na voljo: klici zvonijo tukaj.</translation>
    </message>
    <message>
        <source>Checking your connection</source>
        <translation>Preverjanje povezave</translation>
    </message>
    <message>
        <source>Calls are held back</source>
        <translation>Klici so zadržani</translation>
    </message>
    <message>
        <source>No contacts are offered until your home connection can carry a call. You become available again by yourself once it can.</source>
        <translation>Dokler vaša domača povezava ne zmore klica, vam stiki niso ponujeni. Ko ga bo zmogla, boste samodejno spet na voljo.</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Na odmoru</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a break with no reason, at the start of a sentence</comment>
        <translation>Odmor</translation>
    </message>
    <message>
        <source>{reason}: no contacts are offered. Choose Available when you are back.</source>
        <comment>{reason}: the break&apos;s reason (Lunch)</comment>
        <translation>{reason}: stiki vam niso ponujeni. Ko se vrnete, izberite Na voljo.</translation>
    </message>
    <message>
        <source>Choose Available to start taking contacts.</source>
        <translation>Izberite Na voljo, da začnete prejemati stike.</translation>
    </message>
    <message>
        <source>Calling {who}…</source>
        <translation>Klicanje: {who} …</translation>
    </message>
    <message>
        <source>Ringing   ·   {queue}</source>
        <comment>{queue}: the queue the call is for</comment>
        <translation>Zvoni   ·   {queue}</translation>
    </message>
    <message>
        <source>Stop calling</source>
        <translation>Prekini klicanje</translation>
    </message>
    <message>
        <source>Placing the call   ·   {queue}</source>
        <comment>{queue}: the queue the call is for</comment>
        <translation>Vzpostavljanje klica   ·   {queue}</translation>
    </message>
    <message>
        <source>Hang up works once the call is on its way</source>
        <translation>Prekinitev deluje, ko je klic na poti</translation>
    </message>
    <message>
        <source>Queue: {queue}   ·   they see {caller_id}</source>
        <comment>{caller_id}: the number the called customer sees</comment>
        <translation>Vrsta: {queue}   ·   vidijo {caller_id}</translation>
    </message>
    <message>
        <source>Unmute</source>
        <comment>a button</comment>
        <translation>Vklopi zvok</translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>a button</comment>
        <translation>Izklopi zvok</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a button: takes the call off hold</comment>
        <translation>Nadaljuj</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a button: puts the call on hold</comment>
        <translation>Na čakanje</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <comment>a button</comment>
        <translation>Nadaljuj snemanje</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <comment>a button</comment>
        <translation>Zaustavi snemanje</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>a chip: the call is on hold</comment>
        <translation>Na čakanju</translation>
    </message>
    <message>
        <source>Muted</source>
        <comment>a chip: the microphone is off</comment>
        <translation>Zvok izklopljen</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <comment>a chip</comment>
        <translation>Snemanje zaustavljeno</translation>
    </message>
    <message>
        <source>In status {duration}</source>
        <comment>{duration}: e.g. 3:35</comment>
        <translation>V stanju {duration}</translation>
    </message>
    <message>
        <source>Shift {duration}</source>
        <comment>time since the agent logged in; {duration}: 3:35</comment>
        <translation>Izmena {duration}</translation>
    </message>
    <message>
        <source>Answer within {seconds} s or you will be put on a break</source>
        <comment>{seconds}: the seconds left to answer the ringing offer</comment>
        <translation>Sprejmite v {seconds} s, sicer preidete na odmor</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>a tooltip</comment>
        <translation>Sprejmi</translation>
    </message>
    <message>
        <source>Leave it to a colleague</source>
        <translation>Prepusti sodelavcu</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a tooltip</comment>
        <translation>Zavrni</translation>
    </message>
    <message>
        <source>Hang up</source>
        <comment>a tooltip</comment>
        <translation>Prekini klic</translation>
    </message>
    <message>
        <source>Mute or unmute your microphone</source>
        <translation>Izklopi ali vklopi zvok mikrofona</translation>
    </message>
    <message>
        <source>Put the call on hold or resume it</source>
        <translation>Daj klic na čakanje ali ga nadaljuj</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Preveži klic</translation>
    </message>
    <message>
        <source>Your status: only Available gets contacts
{available} · {on_break}</source>
        <comment>{available}, {on_break}: the shortcuts&apos; names and keys</comment>
        <translation>Vaše stanje: stike prejemate le v stanju Na voljo
{available} · {on_break}</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>a tooltip</comment>
        <translation>Na voljo</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a tooltip</comment>
        <translation>Odmor</translation>
    </message>
    <message>
        <source>Next chat</source>
        <comment>a tooltip</comment>
        <translation>Naslednji klepet</translation>
    </message>
    <message>
        <source>There is nothing to transfer.</source>
        <translation>Ni ničesar za prevezavo.</translation>
    </message>
    <message>
        <source>There is no queue to call for.</source>
        <translation>Ni vrste, za katero bi lahko klicali.</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a section of the transfer menu</comment>
        <translation>Vrste</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a section of the transfer menu</comment>
        <translation>Operaterji</translation>
    </message>
    <message>
        <source>No other agents</source>
        <translation>Ni drugih operaterjev</translation>
    </message>
    <message>
        <source>Outside</source>
        <comment>a section of the transfer menu: outside numbers</comment>
        <translation>Zunanje</translation>
    </message>
    <message>
        <source>To a phone number…</source>
        <comment>a menu item</comment>
        <translation>Na telefonsko številko …</translation>
    </message>
    <message>
        <source>That number cannot be called: {reason}</source>
        <comment>{reason}: what is wrong with the number</comment>
        <translation>Te številke ni mogoče poklicati: {reason}</translation>
    </message>
    <message>
        <source>Transfer to a phone number</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Prevezava na telefonsko številko</translation>
    </message>
    <message>
        <source>The number, with its country code (e.g. +386 41 123 456):</source>
        <translation>Številka s kodo države (npr. +386 41 123 456):</translation>
    </message>
    <message>
        <source>The identity could not be confirmed: {problem}</source>
        <comment>{problem}: why, from the server</comment>
        <translation>Identitete ni bilo mogoče potrditi: {problem}</translation>
    </message>
    <message>
        <source>Callnest alarm: {title}</source>
        <comment>{title}: the alarm&apos;s, from the server</comment>
        <translation>Alarm Callnest: {title}</translation>
    </message>
    <message>
        <source>Offers to you rang out unanswered — choose Available when you are back.</source>
        <translation>Ponujeni stiki niso bili sprejeti – ko se vrnete, izberite Na voljo.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in a row were not answered — choose Available when you are back.</source>
        <comment>the break the system set after missed calls</comment>
        <translation>
            <numerusform>%n klic zapored ni bil sprejet – ko se vrnete, izberite Na voljo.</numerusform>
            <numerusform>%n klica zapored nista bila sprejeta – ko se vrnete, izberite Na voljo.</numerusform>
            <numerusform>%n klici zapored niso bili sprejeti – ko se vrnete, izberite Na voljo.</numerusform>
            <numerusform>%n klicev zapored ni bilo sprejetih – ko se vrnete, izberite Na voljo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in a row were not answered — choose Available when you are back.</source>
        <comment>the break the system set after missed calls and chats</comment>
        <translation>
            <numerusform>%n stik zapored ni bil sprejet – ko se vrnete, izberite Na voljo.</numerusform>
            <numerusform>%n stika zapored nista bila sprejeta – ko se vrnete, izberite Na voljo.</numerusform>
            <numerusform>%n stiki zapored niso bili sprejeti – ko se vrnete, izberite Na voljo.</numerusform>
            <numerusform>%n stikov zapored ni bilo sprejetih – ko se vrnete, izberite Na voljo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Break — {reason}</source>
        <comment>the agent&apos;s status; {reason}: Lunch</comment>
        <translation>Odmor – {reason}</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <comment>a button: no longer asks a supervisor for help</comment>
        <translation>Spusti roko</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <comment>a button: asks a supervisor for help</comment>
        <translation>Dvigni roko</translation>
    </message>
</context>
<context>
    <name>ui.alarms</name>
    <message>
        <source>Server alarms</source>
        <comment>a screen reader&apos;s name for the banner</comment>
        <translation>Alarmi strežnika</translation>
    </message>
    <message>
        <source>Health…</source>
        <comment>a button: opens the admin window&apos;s Health tab</comment>
        <translation>Stanje …</translation>
    </message>
    <message>
        <source>The doctor&apos;s report, alarms and backups (admin window)</source>
        <translation>Poročilo diagnostike, alarmi in varnostne kopije (okno Skrbništvo)</translation>
    </message>
</context>
<context>
    <name>ui.chat</name>
    <message>
        <source>No chats right now. New chats open here, one tab each.</source>
        <translation>Trenutno ni klepetov. Novi klepeti se odprejo tukaj, vsak v svojem zavihku.</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: sends a message that failed again</comment>
        <translation>Poskusi znova</translation>
    </message>
    <message>
        <source>{who} · {time} · sending…</source>
        <comment>above a message on its way: who wrote it, and when</comment>
        <translation>{who} · {time} · pošiljanje …</translation>
    </message>
    <message>
        <source>Not sent: {problem}</source>
        <translation>Ni poslano: {problem}</translation>
    </message>
    <message>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Napišite sporočilo – Enter pošlje, Shift+Enter doda novo vrstico</translation>
    </message>
    <message>
        <source>Escalated: no first response in time (tier {tier})</source>
        <translation>Eskalirano: ni prvega odziva v roku (stopnja {tier})</translation>
    </message>
    <message>
        <source>Escalated: not resolved in time (tier {tier})</source>
        <translation>Eskalirano: ni rešeno v roku (stopnja {tier})</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <comment>a button: transfers the chat</comment>
        <translation>Preveži …</translation>
    </message>
    <message>
        <source>End chat</source>
        <comment>a button</comment>
        <translation>Končaj klepet</translation>
    </message>
    <message>
        <source>Close the chat for the customer and go to wrap-up</source>
        <translation>Zapri klepet za stranko in začni zaključevanje</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>the box an answer is written in, read out</comment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>a button: sends the message</comment>
        <translation>Pošlji</translation>
    </message>
    <message>
        <source>Click an answer to put it in the send box</source>
        <translation>Kliknite odgovor, da ga vstavite v polje za pošiljanje</translation>
    </message>
    <message>
        <source>This queue has no canned responses.</source>
        <translation>Ta vrsta nima pripravljenih odgovorov.</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <comment>a group&apos;s title</comment>
        <translation>Pripravljeni odgovori</translation>
    </message>
    <message>
        <source>Offline message · Queue: {queue}</source>
        <translation>Puščeno sporočilo · Vrsta: {queue}</translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation>Vrsta: {queue}</translation>
    </message>
    <message>
        <source>Customer left</source>
        <comment>a chip beside the chat&apos;s name</comment>
        <translation>Stranka je odšla</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>a chip beside the chat&apos;s name: the chat is over</comment>
        <translation>Končan</translation>
    </message>
    <message>
        <source>{name} is typing…</source>
        <translation>{name} piše …</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a button: closes an offline message</comment>
        <translation>Končano</translation>
    </message>
    <message>
        <source>You</source>
        <comment>who wrote a message: the agent</comment>
        <translation>Vi</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>who wrote a message</comment>
        <translation>Operater</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n neprebrano</numerusform>
            <numerusform>%n neprebrani</numerusform>
            <numerusform>%n neprebrana</numerusform>
            <numerusform>%n neprebranih</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection</source>
        <comment>why not sent</comment>
        <translation>ni povezave</translation>
    </message>
    <message>
        <source>Offline message · {who} · {queue}</source>
        <translation>Puščeno sporočilo · {who} · {queue}</translation>
    </message>
    <message>
        <source>New chat · {who} · {queue}</source>
        <translation>Nov klepet · {who} · {queue}</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>who a chat is with, when not known</comment>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>a button: takes the chat</comment>
        <translation>Sprejmi</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a button: refuses the chat</comment>
        <translation>Zavrni</translation>
    </message>
    <message>
        <source>Callnest — {agent} chatting with {customer}</source>
        <translation>Callnest – klepet: {agent} in {customer}</translation>
    </message>
    <message>
        <source>Read only: {agent}&apos;s chat, as it happens.</source>
        <translation>Samo branje: klepet operaterja {agent} v živo.</translation>
    </message>
    <message>
        <source>This chat cannot be read: {problem}</source>
        <translation>Tega klepeta ni mogoče prebrati: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.customer</name>
    <message>
        <source>When</source>
        <translation>Kdaj</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Izid</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Unverified: the caller gave this customer&apos;s phone or e-mail, which anyone can type. Check who they are before you discuss the account.</source>
        <translation>Nepreverjeno: klicatelj je navedel telefon ali e-pošto te stranke, kar lahko vpiše kdor koli. Preden se pogovarjate o računu, preverite, kdo je.</translation>
    </message>
    <message>
        <source>Matched by the caller&apos;s number (caller ID): likely them, though a number can be faked.</source>
        <translation>Ujemanje po številki klicatelja (prikazana številka): verjetno je to stranka, čeprav je številko mogoče ponarediti.</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>the card&apos;s title</comment>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a button: calls the customer</comment>
        <translation>Pokliči</translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation>Potrdi identiteto</translation>
    </message>
    <message>
        <source>Once the caller has answered a question only the customer could: shows their details, notes and history</source>
        <translation>Ko klicatelj odgovori na vprašanje, na katero lahko odgovori le stranka: prikaže njene podatke, opombe in zgodovino</translation>
    </message>
    <message>
        <source>No earlier interactions.</source>
        <translation>Ni prejšnjih interakcij.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Neznan klicatelj</translation>
    </message>
    <message>
        <source>Not a known customer yet: wrap-up can save their details.</source>
        <translation>Še ni znana stranka: podatke lahko shranite ob zaključevanju.</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Stranka brez imena</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>Ni telefona ali e-pošte</translation>
    </message>
    <message>
        <source>Call {name} on {number} for {queue}</source>
        <comment>a button&apos;s tooltip; {queue}: the queue the call goes out for</comment>
        <translation>Pokliči {name} na {number} za vrsto {queue}</translation>
    </message>
    <message>
        <source>Call {name} for {queue}: choose the number</source>
        <comment>a button&apos;s tooltip; {queue}: the queue the call goes out for</comment>
        <translation>Pokliči {name} za vrsto {queue}: izberite številko</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>the call script&apos;s title</comment>
        <translation>Scenarij</translation>
    </message>
    <message>
        <source>This queue has no script.</source>
        <translation>Ta vrsta nima scenarija.</translation>
    </message>
</context>
<context>
    <name>ui.dialer</name>
    <message>
        <source>e.g. +386 40 111 222</source>
        <translation>npr. +386 40 111 222</translation>
    </message>
    <message>
        <source>A number in international form: + and the country code</source>
        <translation>Številka v mednarodni obliki: + in koda države</translation>
    </message>
    <message>
        <source>The queue you call for: customers see its caller ID, and the call counts in its reports</source>
        <translation>Vrsta, za katero kličete: stranke vidijo njeno prikazano številko, klic pa šteje v njena poročila</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a button: calls the number</comment>
        <translation>Pokliči</translation>
    </message>
    <message>
        <source>Call a number</source>
        <comment>the dial bar&apos;s title</comment>
        <translation>Klic na številko</translation>
    </message>
    <message>
        <source>for</source>
        <comment>between the number field and the queue: call … for Sales</comment>
        <translation>za</translation>
    </message>
    <message>
        <source>Call this number (or press Enter in it)</source>
        <translation>Pokliči to številko (ali v polju pritisnite Enter)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>a button: hides the notice</comment>
        <translation>Zapri</translation>
    </message>
</context>
<context>
    <name>ui.email</name>
    <message>
        <source>Forward…</source>
        <comment>a button</comment>
        <translation>Posreduj …</translation>
    </message>
    <message>
        <source>Send the customer&apos;s last message, with its attachments, on</source>
        <translation>Posreduj zadnje sporočilo stranke skupaj s prilogami</translation>
    </message>
    <message>
        <source>Send reply</source>
        <comment>a button: sends the e-mail reply</comment>
        <translation>Pošlji odgovor</translation>
    </message>
    <message>
        <source>E-mail · Queue: {queue}</source>
        <translation>E-pošta · Vrsta: {queue}</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Shranjevanje priloge</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>a reply&apos;s state</comment>
        <translation>Poslano</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <comment>{reason}: the mail server&apos;s words</comment>
        <translation>Ni poslano: {reason}</translation>
    </message>
    <message>
        <source>Waiting to be sent again: {reason}</source>
        <comment>{reason}: the mail server&apos;s words</comment>
        <translation>Čaka na ponovno pošiljanje: {reason}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>a reply&apos;s state</comment>
        <translation>Pošiljanje …</translation>
    </message>
    <message>
        <source>[picture not shown]</source>
        <translation>[slika ni prikazana]</translation>
    </message>
    <message>
        <source>{name} ({size}): too large, not kept — ask for a link instead</source>
        <translation>{name} ({size}): prevelika datoteka, ni shranjena – raje prosite za povezavo</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <comment>before a list of files</comment>
        <translation>Priloge:</translation>
    </message>
    <message>
        <source>Reading the e-mail…</source>
        <translation>Nalaganje e-sporočila …</translation>
    </message>
    <message>
        <source>Write your reply — Ctrl+Enter sends; the queue&apos;s signature is added</source>
        <translation>Napišite odgovor – Ctrl+Enter pošlje; podpis vrste se doda samodejno</translation>
    </message>
    <message>
        <source>Forward the e-mail</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Posredovanje e-sporočila</translation>
    </message>
    <message>
        <source>A note above the forwarded message (optional)</source>
        <translation>Opomba nad posredovanim sporočilom (neobvezno)</translation>
    </message>
    <message>
        <source>Forward</source>
        <comment>a button: sends the forward</comment>
        <translation>Posreduj</translation>
    </message>
    <message>
        <source>To:</source>
        <comment>the forward&apos;s address</comment>
        <translation>Za:</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>the agent&apos;s words above it</comment>
        <translation>Opomba:</translation>
    </message>
</context>
<context>
    <name>ui.headset</name>
    <message>
        <source>The sound devices could not be listed: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Zvočnih naprav ni bilo mogoče našteti: {reason}</translation>
    </message>
    <message>
        <source>Same as the speaker</source>
        <comment>where the phone rings</comment>
        <translation>Enako kot zvočnik</translation>
    </message>
    <message>
        <source>Speak: the bar should move</source>
        <translation>Govorite: merilnik se mora premikati</translation>
    </message>
    <message>
        <source>Speak into the microphone: the bar shows what it hears.</source>
        <translation>Govorite v mikrofon: merilnik kaže, kar sliši.</translation>
    </message>
    <message>
        <source>Play test tone</source>
        <translation>Predvajaj preizkusni ton</translation>
    </message>
    <message>
        <source>Echo test</source>
        <translation>Preizkus odmeva</translation>
    </message>
    <message>
        <source>Records {seconds} s, then plays it back to you</source>
        <comment>{seconds}: a number of seconds</comment>
        <translation>Posname {seconds} s in vam posnetek predvaja</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>the microphone&apos;s sound level</comment>
        <translation>Raven</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Zvočnik</translation>
    </message>
    <message>
        <source>Ring on</source>
        <comment>the device the phone rings on</comment>
        <translation>Zvonjenje na</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>the system&apos;s default device</comment>
        <translation>Privzeto v sistemu</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <comment>{device}: a sound device&apos;s name</comment>
        <translation>{device} (ni priključeno)</translation>
    </message>
    <message>
        <source>Playing a test tone…</source>
        <translation>Predvajanje preizkusnega tona …</translation>
    </message>
    <message>
        <source>Did you hear the tone?</source>
        <translation>Ste slišali ton?</translation>
    </message>
    <message>
        <source>Speak now: recording {seconds} s, then playing it back…</source>
        <comment>{seconds}: a number of seconds</comment>
        <translation>Govorite zdaj: snemanje {seconds} s, nato predvajanje …</translation>
    </message>
    <message>
        <source>Echo test done: did you hear yourself clearly?</source>
        <translation>Preizkus odmeva je končan: ste se jasno slišali?</translation>
    </message>
    <message>
        <source>The test could not run.</source>
        <translation>Preizkusa ni bilo mogoče izvesti.</translation>
    </message>
    <message>
        <source>Headset set-up</source>
        <translation>Nastavitev slušalk</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Shrani</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>a button</comment>
        <translation>Prekliči</translation>
    </message>
</context>
<context>
    <name>ui.login</name>
    <message>
        <source>Saved — leave empty to log in</source>
        <translation>Shranjeno – pustite prazno za prijavo</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Napačno uporabniško ime ali geslo.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url} — check the address and your internet connection.</source>
        <translation>Strežnika na {url} ni mogoče doseči – preverite naslov in internetno povezavo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Potrdila strežnika ni bilo mogoče preveriti: {reason}</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: it should look like https://calls.example.com</source>
        <translation>„{url}“ ni naslov strežnika: biti mora v obliki https://klici.example.com</translation>
    </message>
    <message>
        <source>Callnest — log in</source>
        <translation>Callnest – prijava</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>System language</source>
        <comment>the app speaks the computer&apos;s language</comment>
        <translation>Jezik sistema</translation>
    </message>
    <message>
        <source>Log in to your call center</source>
        <translation>Prijavite se v svoj klicni center</translation>
    </message>
    <message>
        <source>https://calls.example.com</source>
        <comment>an example server address: keep https:// and example.com</comment>
        <translation>https://klici.example.com</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>vaše uporabniško ime</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Zapomni si me v tem računalniku</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>the server&apos;s address</comment>
        <translation>Strežnik</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Prijavljanje …</translation>
    </message>
    <message>
        <source>Log in</source>
        <comment>a button</comment>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Vpišite uporabniško ime.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Vpišite geslo.</translation>
    </message>
    <message>
        <source>Your saved session has ended: enter your password.</source>
        <translation>Vaša shranjena seja je potekla: vpišite geslo.</translation>
    </message>
    <message>
        <source>Logging in failed: {problem}</source>
        <translation>Prijava ni uspela: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.pages</name>
    <message>
        <source>Waiting for the next contact</source>
        <translation>Čakanje na naslednji stik</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Dohodni klic</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Preostali čas za sprejem</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>a button: answer the call</comment>
        <translation>Sprejmi</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a button: decline the call</comment>
        <translation>Zavrni</translation>
    </message>
    <message>
        <source>Call now</source>
        <comment>a button: place the call at once</comment>
        <translation>Pokliči zdaj</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>a button: leave the call to place to a colleague</comment>
        <translation>Preskoči</translation>
    </message>
    <message>
        <source>Leave it to a colleague</source>
        <translation>Prepusti sodelavcu</translation>
    </message>
    <message>
        <source>The call is placed when this reaches zero</source>
        <translation>Klic se vzpostavi, ko odštevanje doseže nič</translation>
    </message>
    <message>
        <source>Calling out</source>
        <translation>Klicanje</translation>
    </message>
    <message>
        <source>Time since you called</source>
        <translation>Čas od začetka klicanja</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Prekini klic</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>V klicu</translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>a button: mute the microphone</comment>
        <translation>Izklopi zvok</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a button: put the call on hold</comment>
        <translation>Na čakanje</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <comment>a button</comment>
        <translation>Preveži …</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <comment>a button: ask for help</comment>
        <translation>Dvigni roko</translation>
    </message>
    <message>
        <source>Ask a supervisor for help: they see it on the wallboard</source>
        <translation>Prosite nadzornika za pomoč: dvignjeno roko vidi na nadzorni plošči</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Zaustavi snemanje</translation>
    </message>
    <message>
        <source>While the caller reads out a card number: the recording keeps silence until you resume it (each pause is logged)</source>
        <translation>Ko klicatelj narekuje številko kartice: posnetek beleži tišino, dokler snemanja ne nadaljujete (vsaka zaustavitev se zabeleži)</translation>
    </message>
    <message>
        <source>Schedule a callback…</source>
        <translation>Načrtuj povratni klic …</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Zaključevanje</translation>
    </message>
    <message>
        <source>Time left for wrap-up</source>
        <translation>Preostali čas za zaključevanje</translation>
    </message>
    <message>
        <source>What happened on this contact</source>
        <translation>Kaj se je zgodilo pri tem stiku</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>a button: ready for the next</comment>
        <translation>Naprej</translation>
    </message>
    <message>
        <source>Save the wrap-up and take the next contact</source>
        <translation>Shrani zaključevanje in sprejmi naslednji stik</translation>
    </message>
    <message>
        <source>Promise the customer a call at a time of their choosing</source>
        <translation>Obljubite stranki klic ob času, ki ga izbere sama</translation>
    </message>
    <message>
        <source>Never call this number again</source>
        <translation>Te številke ne kliči nikoli več</translation>
    </message>
    <message>
        <source>The customer asked not to be called: no campaign will call this number again</source>
        <translation>Stranka je prosila, naj je ne kličemo: nobena kampanja te številke ne bo več klicala</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>of a call or chat</comment>
        <translation>Izid</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>how a contact ended: sold, no interest...</comment>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>on this contact</comment>
        <translation>Opombe</translation>
    </message>
    <message>
        <source>Kept on the customer&apos;s card for next time</source>
        <translation>Shranjeno na kartici stranke za prihodnjič</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Podatki stranke</translation>
    </message>
    <message>
        <source>(no disposition)</source>
        <translation>(brez oznake)</translation>
    </message>
    <message>
        <source>Callback scheduled for {when}</source>
        <comment>{when}: a date and time</comment>
        <translation>Povratni klic je načrtovan za {when}</translation>
    </message>
    <message>
        <source>Schedule another callback…</source>
        <translation>Načrtuj še en povratni klic …</translation>
    </message>
    <message>
        <source>{field}: that is not an e-mail address.</source>
        <translation>{field}: to ni e-poštni naslov.</translation>
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
        <translation>Načrtuj</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Številka</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opomba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Schedule a callback</source>
        <translation>Načrtovanje povratnega klica</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation>Vrsta: {queue}</translation>
    </message>
    <message>
        <source>with its country code, e.g. +386 41 123 456</source>
        <translation>s kodo države, npr. +386 41 123 456</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>the callback&apos;s date in Qt&apos;s date format (ddd: the weekday, d: the day, MMM: the month, both shortened; yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>The time above is on this clock: where the customer is</source>
        <translation>Zgornji čas velja v tem časovnem pasu: tam, kjer je stranka</translation>
    </message>
    <message>
        <source>What the call is about, for whoever makes it</source>
        <translation>O čem je klic – za tistega, ki ga bo opravil</translation>
    </message>
    <message>
        <source>When</source>
        <comment>a field: the callback&apos;s time</comment>
        <translation>Kdaj</translation>
    </message>
    <message>
        <source>Customer&apos;s time zone</source>
        <translation>Časovni pas stranke</translation>
    </message>
    <message>
        <source>That is {when} here.</source>
        <comment>{when}: the same moment on this computer&apos;s clock</comment>
        <translation>Tukaj je to {when}.</translation>
    </message>
    <message>
        <source>Enter the number to call back.</source>
        <translation>Vpišite številko za povratni klic.</translation>
    </message>
    <message>
        <source>That number cannot be called: {reason}</source>
        <comment>{reason}: what is wrong with the number</comment>
        <translation>Te številke ni mogoče poklicati: {reason}</translation>
    </message>
    <message>
        <source>Pick the customer&apos;s time zone from the list.</source>
        <translation>Izberite časovni pas stranke s seznama.</translation>
    </message>
    <message>
        <source>Callback</source>
        <comment>the callback as a whole</comment>
        <translation>Povratni klic</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <comment>{field}: a field&apos;s name; {problem}: what is wrong with it (English)</comment>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Načrtovanje …</translation>
    </message>
</context>
<context>
    <name>ui.setup</name>
    <message>
        <source>Copy</source>
        <comment>a button: copy to the clipboard</comment>
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>Your first queue</source>
        <translation>Vaša prva čakalna vrsta</translation>
    </message>
    <message>
        <source>Callers wait in a queue until an operator is free. Most businesses start with one.</source>
        <translation>Klicatelji čakajo v vrsti, dokler operater ni prost. Večina podjetij začne z eno.</translation>
    </message>
    <message>
        <source>e.g. Customer support</source>
        <translation>npr. Podpora strankam</translation>
    </message>
    <message>
        <source>customer-support</source>
        <comment>an example queue name in a web address: lower-case a-z, digits, dashes only</comment>
        <translation>podpora-strankam</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes: it is part of a web address</source>
        <translation>Male črke, števke in vezaji: ime je del spletnega naslova</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Time after each call for notes before the next one rings</source>
        <translation>Čas po vsakem klicu za opombe, preden zazvoni naslednji</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>the queue&apos;s name</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Address name</source>
        <comment>the queue&apos;s name in its web address</comment>
        <translation>Ime v naslovu</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Čas zaključevanja</translation>
    </message>
    <message>
        <source>Callers reach it at {address}</source>
        <translation>Klicatelji jo dosežejo na {address}</translation>
    </message>
    <message>
        <source>Give the queue a name, e.g. Customer support.</source>
        <translation>Poimenujte vrsto, npr. Podpora strankam.</translation>
    </message>
    <message>
        <source>The address name takes lower-case letters, digits and dashes, and starts with a letter or digit (e.g. customer-support).</source>
        <translation>Ime v naslovu sme vsebovati male črke, števke in vezaje ter se mora začeti s črko ali števko (npr. podpora-strankam).</translation>
    </message>
    <message>
        <source>Created the queue {name}.</source>
        <translation>Vrsta {name} je ustvarjena.</translation>
    </message>
    <message>
        <source>Your first operator</source>
        <translation>Vaš prvi operater</translation>
    </message>
    <message>
        <source>An account for someone who answers calls. Callnest makes up their password.</source>
        <translation>Račun za osebo, ki sprejema klice. Callnest ji ustvari geslo.</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <comment>an example of a person&apos;s full name</comment>
        <translation>npr. Ana Novak</translation>
    </message>
    <message>
        <source>ada.lovelace</source>
        <comment>an example user name made from the full name: letters, digits and . _ @ -</comment>
        <translation>ana.novak</translation>
    </message>
    <message>
        <source>made up when you press Next</source>
        <translation>ustvari se, ko pritisnete Naprej</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>Ime</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uporabniško ime</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>Vpišite ime operaterja.</translation>
    </message>
    <message>
        <source>The user name takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).</source>
        <translation>Uporabniško ime ima od 2 do 64 črk, števk in znakov . _ @ - (npr. ana.novak).</translation>
    </message>
    <message>
        <source>Give {name} the user name {username} and this password. It is shown only now: copy it before you go on.</source>
        <translation>Posredujte osebi {name} uporabniško ime {username} in to geslo. Geslo je prikazano samo zdaj: kopirajte ga, preden nadaljujete.</translation>
    </message>
    <message>
        <source>Your headset</source>
        <translation>Vaše slušalke</translation>
    </message>
    <message>
        <source>Pick the headset you take calls with; the bar should move when you speak.</source>
        <translation>Izberite slušalke, s katerimi sprejemate klice; ko govorite, se mora merilnik premikati.</translation>
    </message>
    <message>
        <source>Pick another device, or press Next to set the headset up later.</source>
        <translation>Izberite drugo napravo ali pritisnite Naprej in slušalke nastavite pozneje.</translation>
    </message>
    <message>
        <source>Ready for calls</source>
        <translation>Pripravljeno za klice</translation>
    </message>
    <message>
        <source>Put the queue where your callers are.</source>
        <translation>Postavite vrsto tja, kjer so vaši klicatelji.</translation>
    </message>
    <message>
        <source>The caller page — link to it, or send it to a customer:</source>
        <translation>Stran za klicatelje – dodajte povezavo nanjo ali jo pošljite stranki:</translation>
    </message>
    <message>
        <source>A call button for your own web site — paste it into a page:</source>
        <translation>Gumb za klic za vaše spletno mesto – prilepite ga na stran:</translation>
    </message>
    <message>
        <source>{name} installs Callnest, logs in to {server} as {username} and goes Available.</source>
        <comment>Available: the agent&apos;s state, as the agent window&apos;s button says it</comment>
        <translation>{name} namesti Callnest, se prijavi na {server} kot {username} in izbere Na voljo.</translation>
    </message>
    <message>
        <source>Browsers give a page the microphone only over HTTPS (or on this computer): put the server behind your HTTPS proxy before real customers call.</source>
        <translation>Brskalniki stranem dovolijo dostop do mikrofona le prek HTTPS (ali v tem računalniku): preden začnejo klicati prave stranke, postavite strežnik za svoj posredniški strežnik HTTPS.</translation>
    </message>
    <message>
        <source>Set up Callnest</source>
        <translation>Nastavitev programa Callnest</translation>
    </message>
    <message>
        <source>Later</source>
        <comment>a button: close the set-up, to finish it later</comment>
        <translation>Pozneje</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a button: finish the set-up</comment>
        <translation>Končano</translation>
    </message>
</context>
<context>
    <name>ui.shortcuts</name>
    <message>
        <source>Answer</source>
        <translation>Sprejmi</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Zavrni</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Prekini klic</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Izklopi ali vklopi zvok</translation>
    </message>
    <message>
        <source>Hold or resume</source>
        <translation>Na čakanje ali nadaljuj</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Preveži …</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Na voljo</translation>
    </message>
    <message>
        <source>Break…</source>
        <translation>Odmor …</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Naslednji klepet</translation>
    </message>
    <message>
        <source>the keyboard shortcuts</source>
        <translation>seznam bližnjic</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Končaj</translation>
    </message>
    <message>
        <source>{text} ({keys})</source>
        <comment>a tooltip; {keys}: the keyboard shortcut</comment>
        <translation>{text} ({keys})</translation>
    </message>
    <message>
        <source>Use one key combination, not a sequence of them.</source>
        <translation>Uporabite eno kombinacijo tipk, ne zaporedja kombinacij.</translation>
    </message>
    <message>
        <source>{keys} alone is for typing: add Ctrl or Alt.</source>
        <comment>{keys}: what the operator pressed</comment>
        <translation>{keys} brez Ctrl ali Alt služi pisanju: dodajte eno od teh tipk.</translation>
    </message>
    <message>
        <source>{keys} is used for writing (copy, paste, undo, send…): choose other keys.</source>
        <translation>{keys} se uporablja pri pisanju (kopiranje, lepljenje, razveljavitev, pošiljanje …): izberite druge tipke.</translation>
    </message>
    <message>
        <source>{keys} already opens {action}.</source>
        <comment>{action}: Help, Quit</comment>
        <translation>Bližnjica {keys} je že rezervirana: {action}.</translation>
    </message>
    <message>
        <source>{keys} is already the shortcut for {action}.</source>
        <comment>{action}: another shortcut&apos;s name</comment>
        <translation>Bližnjica {keys} je že dodeljena ukazu {action}.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Bližnjice na tipkovnici</translation>
    </message>
    <message>
        <source>These work anywhere in the Callnest window, also while you type in a chat.</source>
        <translation>Delujejo povsod v oknu Callnest, tudi med pisanjem v klepetu.</translation>
    </message>
    <message>
        <source>This list</source>
        <comment>the help sheet itself</comment>
        <translation>Ta seznam</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no keyboard shortcut</comment>
        <translation>brez</translation>
    </message>
    <message>
        <source>Change shortcuts…</source>
        <comment>a button</comment>
        <translation>Spremeni bližnjice …</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Spreminjanje bližnjic na tipkovnici</translation>
    </message>
    <message>
        <source>Click a field and press the new keys. Ctrl+Shift with a letter is safe while you type in a chat.</source>
        <translation>Kliknite polje in pritisnite nove tipke. Ctrl+Shift in črka sta varna tudi med pisanjem v klepetu.</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>a button: this one&apos;s default</comment>
        <translation>Privzeto</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <comment>a button</comment>
        <translation>Obnovi privzete</translation>
    </message>
</context>
<context>
    <name>ui.wall_view</name>
    <message>
        <source>Waiting now</source>
        <translation>Čakajo zdaj</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Najdaljše čakanje</translation>
    </message>
    <message>
        <source>Agents free / busy</source>
        <translation>Operaterji prosti / zasedeni</translation>
    </message>
    <message>
        <source>{free} / {busy}</source>
        <comment>agents free / agents busy</comment>
        <translation>{free} / {busy}</translation>
    </message>
    <message>
        <source>Service level in {seconds} s</source>
        <translation>Raven storitve v {seconds} s</translation>
    </message>
    <message>
        <source>Answered / abandoned</source>
        <translation>Sprejeti / opuščeni</translation>
    </message>
    <message>
        <source>{answered} / {abandoned}</source>
        <translation>{answered} / {abandoned}</translation>
    </message>
    <message>
        <source>Callnest — wall view</source>
        <translation>Callnest – stenski prikaz</translation>
    </message>
    <message>
        <source>Esc leaves the wall view</source>
        <translation>Esc zapre stenski prikaz</translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Čakanje na prve podatke …</translation>
    </message>
</context>
<context>
    <name>ui.wallboard</name>
    <message>
        <source>No first response in time (raised {time} ago)</source>
        <translation>Ni prvega odziva v roku (eskalirano pred {time})</translation>
    </message>
    <message>
        <source>Not resolved in time (raised {time} ago)</source>
        <translation>Ni rešeno v roku (eskalirano pred {time})</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Poslušaj</translation>
    </message>
    <message>
        <source>Whisper to the agent</source>
        <translation>Šepetaj operaterju</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Vključi se</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Nehaj poslušati</translation>
    </message>
    <message>
        <source>Listening to {agent}</source>
        <translation>Poslušanje: {agent}</translation>
    </message>
    <message>
        <source>Whispering to {agent}</source>
        <translation>Šepetanje: {agent}</translation>
    </message>
    <message>
        <source>In the call with {agent} and the customer</source>
        <translation>V klicu: {agent} in stranka</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop listening to a call</comment>
        <translation>Ustavi</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Vsa stanja</translation>
    </message>
    <message>
        <source>Group by team</source>
        <translation>Združi po ekipah</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Ekipa:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stanje:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Vse ekipe</translation>
    </message>
    <message>
        <source>Callnest — wallboard</source>
        <translation>Callnest – nadzorna plošča</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Nadzorna plošča</translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Čakanje na prve podatke …</translation>
    </message>
    <message>
        <source>Wall view</source>
        <translation>Stenski prikaz</translation>
    </message>
    <message>
        <source>The queues&apos; figures in big type, full screen (F11)</source>
        <translation>Podatki vrst v veliki pisavi, čez cel zaslon (F11)</translation>
    </message>
    <message>
        <source>Right-click an agent: break, offline, log out</source>
        <translation>Desni klik na operaterja: odmor, brez povezave, odjava</translation>
    </message>
    <message>
        <source>Past their service targets</source>
        <translation>Prekoračeni ciljni roki</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>call, chat, e-mail...</comment>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>Trenutno pri</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Campaigns — today</source>
        <translation>Kampanje – danes</translation>
    </message>
    <message>
        <source>Queues — today</source>
        <translation>Vrste – danes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Operaterji</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <comment>who owns an overdue item</comment>
        <translation>Nadzorniki</translation>
    </message>
    <message>
        <source>Specialists&apos; queue</source>
        <comment>who owns an overdue item</comment>
        <translation>Vrsta specialistov</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a nameless one</comment>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Read chat with {name}</source>
        <translation>Beri klepet: {name}</translation>
    </message>
    <message>
        <source>Read chat with customer</source>
        <comment>a nameless customer</comment>
        <translation>Beri klepet s stranko</translation>
    </message>
    <message>
        <source>Put on break</source>
        <translation>Daj na odmor</translation>
    </message>
    <message>
        <source>Make available</source>
        <translation>Nastavi na voljo</translation>
    </message>
    <message>
        <source>Set offline</source>
        <translation>Nastavi brez povezave</translation>
    </message>
    <message>
        <source>Log {name} out…</source>
        <translation>Odjavi {name} …</translation>
    </message>
    <message>
        <source>the agent</source>
        <comment>whose call</comment>
        <translation>operater</translation>
    </message>
    <message>
        <source>Queue {number}</source>
        <translation>Vrsta {number}</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a chat&apos;s customer, name unknown</comment>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Log out</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Odjava</translation>
    </message>
    <message>
        <source>Log {name} out? Their desktop closes; a call they hold goes back to its queue.</source>
        <translation>Ali želite odjaviti {name}? Namizna aplikacija se zapre; klic, ki ga ima, se vrne v svojo vrsto.</translation>
    </message>
    <message>
        <source>Live — updated {time}</source>
        <comment>{time}: a time of day</comment>
        <translation>V živo – posodobljeno ob {time}</translation>
    </message>
    <message>
        <source>The wallboard is not available: {problem}</source>
        <translation>Nadzorna plošča ni na voljo: {problem}</translation>
    </message>
</context>
</TS>
