<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sk" sourcelanguage="en">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Zrušiť</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Uložiť</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zavrieť</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavrieť</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodiť</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použiť</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Áno</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Späť</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Ďalej &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Dokončiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušiť</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomocník</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{problem} Log in with your password instead.</source>
        <comment>{problem}: a sentence on the credentials file</comment>
        <translation>{problem} Prihláste sa namiesto toho heslom.</translation>
    </message>
    <message>
        <source>Callnest — {name}</source>
        <comment>the window&apos;s title: the user&apos;s name</comment>
        <translation>Callnest — {name}</translation>
    </message>
    <message>
        <source>Headset: {problem}</source>
        <translation>Slúchadlá: {problem}</translation>
    </message>
</context>
<context>
    <name>audio.headset</name>
    <message>
        <source>The microphone “{name}” is not connected.</source>
        <translation>Mikrofón „{name}“ nie je pripojený.</translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Mikrofón „{name}“ sa nepodarilo otvoriť ({reason}).</translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped working. Is it unplugged?</source>
        <translation>Mikrofón „{name}“ prestal fungovať. Nie je odpojený?</translation>
    </message>
    <message>
        <source>The microphone “{name}” works again.</source>
        <translation>Mikrofón „{name}“ opäť funguje.</translation>
    </message>
    <message>
        <source>The default microphone is missing: no device is connected.</source>
        <translation>Predvolený mikrofón chýba: nie je pripojené žiadne zariadenie.</translation>
    </message>
    <message>
        <source>The default microphone could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Predvolený mikrofón sa nepodarilo otvoriť ({reason}).</translation>
    </message>
    <message>
        <source>The default microphone stopped working. Is it unplugged?</source>
        <translation>Predvolený mikrofón prestal fungovať. Nie je odpojený?</translation>
    </message>
    <message>
        <source>The default microphone works again.</source>
        <translation>Predvolený mikrofón opäť funguje.</translation>
    </message>
    <message>
        <source>The ring device “{name}” is not connected.</source>
        <translation>Zariadenie na zvonenie „{name}“ nie je pripojené.</translation>
    </message>
    <message>
        <source>The ring device “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Zariadenie na zvonenie „{name}“ sa nepodarilo otvoriť ({reason}).</translation>
    </message>
    <message>
        <source>The ring device “{name}” stopped working. Is it unplugged?</source>
        <translation>Zariadenie na zvonenie „{name}“ prestalo fungovať. Nie je odpojené?</translation>
    </message>
    <message>
        <source>The ring device “{name}” works again.</source>
        <translation>Zariadenie na zvonenie „{name}“ opäť funguje.</translation>
    </message>
    <message>
        <source>The speaker “{name}” is not connected.</source>
        <translation>Reproduktor „{name}“ nie je pripojený.</translation>
    </message>
    <message>
        <source>The speaker “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Reproduktor „{name}“ sa nepodarilo otvoriť ({reason}).</translation>
    </message>
    <message>
        <source>The speaker “{name}” stopped working. Is it unplugged?</source>
        <translation>Reproduktor „{name}“ prestal fungovať. Nie je odpojený?</translation>
    </message>
    <message>
        <source>The speaker “{name}” works again.</source>
        <translation>Reproduktor „{name}“ opäť funguje.</translation>
    </message>
    <message>
        <source>The default speaker is missing: no device is connected.</source>
        <translation>Predvolený reproduktor chýba: nie je pripojené žiadne zariadenie.</translation>
    </message>
    <message>
        <source>The default speaker could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Predvolený reproduktor sa nepodarilo otvoriť ({reason}).</translation>
    </message>
    <message>
        <source>The default speaker stopped working. Is it unplugged?</source>
        <translation>Predvolený reproduktor prestal fungovať. Nie je odpojený?</translation>
    </message>
    <message>
        <source>The default speaker works again.</source>
        <translation>Predvolený reproduktor opäť funguje.</translation>
    </message>
    <message>
        <source>{problem} Ringing on the speaker.</source>
        <comment>{problem}: a sentence on what is wrong with the ring device</comment>
        <translation>{problem} Zvonenie ide cez reproduktor.</translation>
    </message>
</context>
<context>
    <name>audio.playback</name>
    <message>
        <source>the recording holds no audio</source>
        <translation>nahrávka neobsahuje žiadny zvuk</translation>
    </message>
    <message>
        <source>the recording could not be decoded ({reason})</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>nahrávku sa nepodarilo dekódovať ({reason})</translation>
    </message>
    <message>
        <source>The speaker “{name}” is not connected.</source>
        <translation>Reproduktor „{name}“ nie je pripojený.</translation>
    </message>
    <message>
        <source>The speaker could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Reproduktor sa nepodarilo otvoriť ({reason}).</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>Remember me is unavailable: the keyring found ({keyring}) would keep the secret in a plain file.</source>
        <comment>{keyring}: the name of a program&apos;s part, e.g. PlaintextKeyring</comment>
        <translation>Voľba „Zapamätať si ma“ nie je k dispozícii: nájdená kľúčenka ({keyring}) by tajný údaj uložila do nešifrovaného súboru.</translation>
    </message>
    <message>
        <source>Remember me is unavailable: no system keyring is running on this computer.</source>
        <translation>Voľba „Zapamätať si ma“ nie je k dispozícii: na tomto počítači nebeží žiadna systémová kľúčenka.</translation>
    </message>
    <message>
        <source>Remember me is unavailable: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Voľba „Zapamätať si ma“ nie je k dispozícii: {reason}</translation>
    </message>
</context>
<context>
    <name>credentials_file</name>
    <message>
        <source>The credentials file {path} does not exist.</source>
        <translation>Súbor s prihlasovacími údajmi {path} neexistuje.</translation>
    </message>
    <message>
        <source>The credentials file {path} cannot be read: {reason}.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Súbor s prihlasovacími údajmi {path} sa nedá prečítať: {reason}.</translation>
    </message>
    <message>
        <source>The credentials file {path} should hold JSON like {example}.</source>
        <comment>{example}: a JSON object, never translated</comment>
        <translation>Súbor s prihlasovacími údajmi {path} by mal obsahovať JSON v tvare {example}.</translation>
    </message>
</context>
<context>
    <name>engine.session</name>
    <message>
        <source>The server refused: {reason}.</source>
        <comment>{reason}: the server&apos;s words</comment>
        <translation>Server odmietol: {reason}.</translation>
    </message>
    <message>
        <source>The server answered HTTP {status}; is this a Callnest server?</source>
        <comment>{status}: an HTTP status code such as 404</comment>
        <translation>Server odpovedal HTTP {status}; je to server Callnest?</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified ({reason}). Check the address, or ask the owner to install a valid certificate.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Certifikát servera sa nepodarilo overiť ({reason}). Skontrolujte adresu alebo požiadajte vlastníka, aby nainštaloval platný certifikát.</translation>
    </message>
    <message>
        <source>The server at {url} did not accept the session: {reason}.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Server na adrese {url} neprijal reláciu: {reason}.</translation>
    </message>
</context>
<context>
    <name>models.admin</name>
    <message>
        <source>Monday</source>
        <translation>Pondelok</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Utorok</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Streda</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Štvrtok</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Piatok</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Nedeľa</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Hlasová schránka</translation>
    </message>
    <message>
        <source>Callback request</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Žiadosť o spätné volanie</translation>
    </message>
    <message>
        <source>Reject (caller is told we are closed)</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Odmietnuť (volajúci sa dozvie, že máme zatvorené)</translation>
    </message>
    <message>
        <source>{day}: write the opening hours as 09:00-17:00 (or leave it empty)</source>
        <comment>{day}: a weekday&apos;s name</comment>
        <translation>{day}: zadajte prevádzkové hodiny v tvare 09:00-17:00 (alebo pole nechajte prázdne)</translation>
    </message>
</context>
<context>
    <name>models.agent</name>
    <message>
        <source>Nothing is ringing.</source>
        <translation>Nič nezvoní.</translation>
    </message>
    <message>
        <source>The call has ended: finish the wrap-up.</source>
        <translation>Hovor sa skončil: dokončite spracovanie.</translation>
    </message>
    <message>
        <source>There is no call to hang up.</source>
        <translation>Nie je žiadny hovor, ktorý by sa dal zavesiť.</translation>
    </message>
    <message>
        <source>There is no call in progress.</source>
        <translation>Neprebieha žiadny hovor.</translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation>Chýba pripojenie k serveru.</translation>
    </message>
    <message>
        <source>You are available already.</source>
        <translation>Už ste k dispozícii.</translation>
    </message>
    <message>
        <source>There are no breaks to choose from.</source>
        <translation>Na výber nie sú žiadne prestávky.</translation>
    </message>
    <message>
        <source>No chats are open.</source>
        <translation>Nie je otvorený žiadny chat.</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Neznáme číslo</translation>
    </message>
    <message>
        <source>Not connected to the server: calls out wait for the connection.</source>
        <translation>Chýba pripojenie k serveru: odchádzajúce hovory čakajú, kým sa obnoví.</translation>
    </message>
    <message>
        <source>You are offline: choose Available or a break to call out.</source>
        <translation>Ste offline: ak chcete volať, vyberte „K dispozícii“ alebo prestávku.</translation>
    </message>
    <message>
        <source>A call is ringing: answer or decline it first.</source>
        <translation>Zvoní hovor: najprv ho prijmite alebo odmietnite.</translation>
    </message>
    <message>
        <source>A call out is on its way already.</source>
        <translation>Odchádzajúci hovor sa už spája.</translation>
    </message>
    <message>
        <source>Finish the wrap-up first.</source>
        <translation>Najprv dokončite spracovanie.</translation>
    </message>
    <message>
        <source>You are on a call.</source>
        <translation>Práve telefonujete.</translation>
    </message>
    <message>
        <source>There is no queue to call for.</source>
        <translation>Nemáte žiadny rad, za ktorý by ste mohli volať.</translation>
    </message>
    <message>
        <source>the number</source>
        <comment>in &quot;The call to the number could not be placed&quot;</comment>
        <translation>číslo</translation>
    </message>
</context>
<context>
    <name>models.callbacks</name>
    <message>
        <source>Waiting caller (phone)</source>
        <comment>who asked for a callback</comment>
        <translation>Čakajúci volajúci (telefón)</translation>
    </message>
    <message>
        <source>Waiting caller (web)</source>
        <comment>who asked for a callback</comment>
        <translation>Čakajúci volajúci (web)</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>who asked for a callback</comment>
        <translation>Webový formulár</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>who asked for a callback</comment>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a callback&apos;s status</comment>
        <translation>Naplánované</translation>
    </message>
    <message>
        <source>Waiting in line</source>
        <comment>a callback&apos;s status</comment>
        <translation>Čaká v rade</translation>
    </message>
    <message>
        <source>Being dialled</source>
        <comment>a callback&apos;s status</comment>
        <translation>Vytáča sa</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a callback&apos;s status</comment>
        <translation>Vybavené</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a callback&apos;s status</comment>
        <translation>Zlyhalo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a callback&apos;s status</comment>
        <translation>Zrušené</translation>
    </message>
    <message>
        <source>Cut off by a restart</source>
        <comment>how a call ended</comment>
        <translation>Prerušené reštartom</translation>
    </message>
    <message>
        <source>That time has passed: it is already {now} in {zone}. Pick a later time.</source>
        <comment>{now}: a date and time; {zone}: a time zone&apos;s name (Europe/Ljubljana)</comment>
        <translation>Tento čas už uplynul: v časovom pásme {zone} je už {now}. Vyberte neskorší čas.</translation>
    </message>
    <message numerus="yes">
        <source>Pick a time within the next %n day(s).</source>
        <translation>
            <numerusform>Vyberte čas najviac %n deň dopredu.</numerusform>
            <numerusform>Vyberte čas najviac %n dni dopredu.</numerusform>
            <numerusform>Vyberte čas najviac %n dní dopredu.</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date this year, in Qt&apos;s date format (ddd: the weekday, d: the day, MMM: the month; all shortened): write the pattern, in your language&apos;s order</comment>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a date in another year, in Qt&apos;s date format (yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation>ddd d. MMM yyyy</translation>
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
        <translation>Obsadené: {who} má iný hovor. Skúste to neskôr.</translation>
    </message>
    <message>
        <source>No answer: {who} did not pick up.</source>
        <translation>Bez odpovede: hovor na {who} nikto neprijal.</translation>
    </message>
    <message>
        <source>Call cancelled: you hung up before {who} answered.</source>
        <translation>Hovor zrušený: zavesili ste, kým hovor na {who} ešte nebol prijatý.</translation>
    </message>
    <message>
        <source>The call could not be placed: the phone line did not put it through to {who}. Check the number, or try again later.</source>
        <translation>Hovor na {who} sa nepodarilo uskutočniť: telefónna linka ho nespojila. Skontrolujte číslo alebo to skúste neskôr.</translation>
    </message>
    <message>
        <source>Type the number to call first.</source>
        <translation>Najprv zadajte číslo, na ktoré chcete volať.</translation>
    </message>
    <message>
        <source>“{number}” cannot be called: {reason}</source>
        <comment>{number}: as the agent typed it; {reason}: what is wrong with it, a sentence&apos;s end</comment>
        <translation>Na „{number}“ sa nedá zavolať: {reason}</translation>
    </message>
    <message>
        <source>The call to {who} could not be placed: {reason}</source>
        <comment>{reason}: why, from the server, as the end of a sentence</comment>
        <translation>Hovor na {who} sa nepodarilo uskutočniť: {reason}</translation>
    </message>
    <message>
        <source>the server gave no reason.</source>
        <comment>the end of a sentence</comment>
        <translation>server neuviedol dôvod.</translation>
    </message>
</context>
<context>
    <name>models.campaign_figures</name>
    <message>
        <source>Count</source>
        <comment>a column: how many</comment>
        <translation>Počet</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>a column: the part of the whole</comment>
        <translation>Podiel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>a column: how a call ended</comment>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>of the calls placed</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation>z uskutočnených hovorov</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation>Klasifikácia</translation>
    </message>
    <message>
        <source>of the people reached</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation>zo zastihnutých ľudí</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>a column: counts as a success</comment>
        <translation>Úspech</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: where a person stands</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>of everyone on the list</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation>zo všetkých v zozname</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a column: how many</comment>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: time talking</comment>
        <translation>Rozhovor</translation>
    </message>
    <message>
        <source>all their talk on the campaign&apos;s calls</source>
        <translation>celý čas rozhovorov v hovoroch kampane</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a column: time on hold</comment>
        <translation>Podržanie</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: time in wrap-up</comment>
        <translation>Spracovanie</translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>a headline figure</comment>
        <translation>Konverzia</translation>
    </message>
    <message>
        <source>tick the dispositions that count as success</source>
        <translation>označte klasifikácie, ktoré sa počítajú ako úspech</translation>
    </message>
    <message>
        <source>{converted} of those reached ended in success</source>
        <translation>{converted} zo zastihnutých skončilo úspechom</translation>
    </message>
    <message>
        <source>Calls placed</source>
        <comment>a headline figure</comment>
        <translation>Uskutočnené hovory</translation>
    </message>
    <message>
        <source>attempts, retries included</source>
        <translation>pokusy vrátane opakovaných</translation>
    </message>
    <message>
        <source>People reached</source>
        <comment>a headline figure</comment>
        <translation>Zastihnutí ľudia</translation>
    </message>
    <message>
        <source>{share} of the calls</source>
        <comment>{share}: a percentage</comment>
        <translation>{share} hovorov</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a headline figure</comment>
        <translation>Miera opustenia</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a percentage, as your language writes it</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{abandoned} answered with no agent to take them</source>
        <translation>{abandoned} prijalo hovor bez voľného operátora</translation>
    </message>
    <message>
        <source>Disposition #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Klasifikácia č. {id}</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>counts as a success: a table&apos;s cell</comment>
        <translation>Áno</translation>
    </message>
    <message>
        <source>Agent #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Operátor č. {id}</translation>
    </message>
</context>
<context>
    <name>models.campaign_lists</name>
    <message>
        <source>Slovenia</source>
        <translation>Slovinsko</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovensko</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Španielsko</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusko</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Spojené kráľovstvo</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Nemecko</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Spojené štáty</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Rakúsko</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Chorvátsko</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Česko</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Maďarsko</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Taliansko</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francúzsko</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Poľsko</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Holandsko</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Írsko</translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a column: a line of a list or a file</comment>
        <translation>Riadok</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column: why a line was refused</comment>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>no number before the name</source>
        <translation>pred menom chýba číslo</translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation>príliš dlhé na telefónne číslo</translation>
    </message>
    <message numerus="yes">
        <source>the name is over %n letter(s)</source>
        <translation>
            <numerusform>meno má viac ako %n znak</numerusform>
            <numerusform>meno má viac ako %n znaky</numerusform>
            <numerusform>meno má viac ako %n znakov</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {added} · {listed} already listed · {refused} refused</source>
        <comment>numbers added to a campaign&apos;s list</comment>
        <translation>Pridané: {added} · už v zozname: {listed} · odmietnuté: {refused}</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Nevyhovuje žiadny zákazník.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n customer(s) match (only the first {counted} are counted); every match with a phone number will be added, with their first number.</source>
        <translation>
            <numerusform>Vyhovuje najmenej %n zákazník (započítaných je len prvých {counted}); pridá sa každý nájdený zákazník s telefónnym číslom, a to s jeho prvým číslom.</numerusform>
            <numerusform>Vyhovujú najmenej %n zákazníci (započítaných je len prvých {counted}); pridá sa každý nájdený zákazník s telefónnym číslom, a to s jeho prvým číslom.</numerusform>
            <numerusform>Vyhovuje najmenej %n zákazníkov (započítaných je len prvých {counted}); pridá sa každý nájdený zákazník s telefónnym číslom, a to s jeho prvým číslom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match, but none has a phone number: nobody to add.</source>
        <translation>
            <numerusform>Vyhovuje %n zákazník, ale nemá telefónne číslo: niet koho pridať.</numerusform>
            <numerusform>Vyhovujú %n zákazníci, ale žiadny nemá telefónne číslo: niet koho pridať.</numerusform>
            <numerusform>Vyhovuje %n zákazníkov, ale žiadny nemá telefónne číslo: niet koho pridať.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match; {with_phone} with a phone number will be added, with their first number.</source>
        <translation>
            <numerusform>Vyhovuje %n zákazník; s telefónnym číslom ich je {with_phone} a pridajú sa so svojím prvým číslom.</numerusform>
            <numerusform>Vyhovujú %n zákazníci; s telefónnym číslom ich je {with_phone} a pridajú sa so svojím prvým číslom.</numerusform>
            <numerusform>Vyhovuje %n zákazníkov; s telefónnym číslom ich je {with_phone} a pridajú sa so svojím prvým číslom.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models.campaigns</name>
    <message>
        <source>Preview</source>
        <comment>a campaign&apos;s mode: the card first</comment>
        <translation>S náhľadom</translation>
    </message>
    <message>
        <source>The agent reads the person&apos;s card first, then the call goes out.</source>
        <translation>Operátor si najprv prečíta kartu osoby, potom sa hovor uskutoční.</translation>
    </message>
    <message>
        <source>Progressive</source>
        <comment>a campaign&apos;s mode: calls at once</comment>
        <translation>Progresívne</translation>
    </message>
    <message>
        <source>The call goes out the moment an agent is free.</source>
        <translation>Hovor sa uskutoční hneď, ako sa uvoľní operátor.</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Nespustená</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Prebieha</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Pozastavená</translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>a campaign&apos;s status</comment>
        <translation>Ukončená</translation>
    </message>
    <message>
        <source>To call</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Treba zavolať</translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Čaká na operátora</translation>
    </message>
    <message>
        <source>Being dialled</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Vytáča sa</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Zastihnutý</translation>
    </message>
    <message>
        <source>Out of attempts</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation>Vyčerpané pokusy</translation>
    </message>
    <message>
        <source>Answering machine</source>
        <comment>how a call ended</comment>
        <translation>Odkazovač</translation>
    </message>
    <message>
        <source>Cut off by a restart</source>
        <comment>how a call ended</comment>
        <translation>Prerušené reštartom</translation>
    </message>
    <message>
        <source>Under way</source>
        <comment>how a call ended: not yet</comment>
        <translation>Prebieha</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>how a call ended</comment>
        <translation>Obsadené</translation>
    </message>
    <message>
        <source>No answer</source>
        <comment>how a call ended</comment>
        <translation>Bez odpovede</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>how a call ended</comment>
        <translation>Zlyhalo</translation>
    </message>
    <message>
        <source>{mode} ({seconds} s card)</source>
        <comment>a campaign&apos;s mode, then the card&apos;s time</comment>
        <translation>{mode} (karta {seconds} s)</translation>
    </message>
    <message>
        <source>Nobody listed yet</source>
        <comment>a campaign&apos;s progress</comment>
        <translation>Zoznam je zatiaľ prázdny</translation>
    </message>
    <message>
        <source>{reached} of {total} reached</source>
        <comment>a campaign&apos;s progress: people</comment>
        <translation>Zastihnutí: {reached} z {total}</translation>
    </message>
    <message>
        <source>Write the start of the calling hours as HH:MM.</source>
        <translation>Začiatok času volania zadajte v tvare HH:MM.</translation>
    </message>
    <message>
        <source>Write the end of the calling hours as HH:MM.</source>
        <translation>Koniec času volania zadajte v tvare HH:MM.</translation>
    </message>
    <message>
        <source>The calling hours end ({end}) before they start ({start}).</source>
        <translation>Čas volania končí ({end}) skôr, ako začína ({start}).</translation>
    </message>
    <message>
        <source>Tick at least one day to call on.</source>
        <translation>Označte aspoň jeden deň, kedy sa má volať.</translation>
    </message>
    <message>
        <source>{outcome}: wait from 1 to {most} minutes (a week), or leave it empty not to try again.</source>
        <comment>{outcome}: how a call ended (Busy, No answer...)</comment>
        <translation>{outcome}: zadajte čakanie od 1 do {most} minút (týždeň) alebo pole nechajte prázdne, ak sa už nemá volať znova.</translation>
    </message>
</context>
<context>
    <name>models.chat</name>
    <message>
        <source>Customer</source>
        <comment>who a chat is with, when their name is not known</comment>
        <translation>Zákazník</translation>
    </message>
</context>
<context>
    <name>models.format</name>
    <message>
        <source>Answered</source>
        <translation>Prijaté</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Opustené</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Hlasová schránka</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Spätné volanie</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odmietnuté</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Stratené</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Obsadené</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Bez odpovede</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Zlyhalo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Správa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Home connection</source>
        <translation>Domáce pripojenie</translation>
    </message>
    <message>
        <source>Missed offers</source>
        <translation>Zmeškané ponuky</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Strata spojenia</translation>
    </message>
</context>
<context>
    <name>models.health</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Upozornenie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problém</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nenastavené</translation>
    </message>
    <message>
        <source>{title} (since {time}): {summary}</source>
        <comment>an alarm: its title and summary are the server&apos;s words</comment>
        <translation>{title} (od {time}): {summary}</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <comment>{fix}: the server&apos;s words</comment>
        <translation>Čo robiť: {fix}</translation>
    </message>
    <message>
        <source>Checked at {time}: all is well.</source>
        <translation>Skontrolované {time}: všetko je v poriadku.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <comment>found by the checks</comment>
        <translation>
            <numerusform>%n problém</numerusform>
            <numerusform>%n problémy</numerusform>
            <numerusform>%n problémov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>found by the checks</comment>
        <translation>
            <numerusform>%n upozornenie</numerusform>
            <numerusform>%n upozornenia</numerusform>
            <numerusform>%n upozornení</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at {time}: {problems} and {warnings}.</source>
        <comment>{problems}: e.g. 2 problems; {warnings}: e.g. 1 warning</comment>
        <translation>Skontrolované {time}: {problems} a {warnings}.</translation>
    </message>
    <message>
        <source>Checked at {time}: {found}.</source>
        <comment>{found}: what the checks found, e.g. 2 problems or 1 warning</comment>
        <translation>Skontrolované {time}: {found}.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <comment>a file&apos;s size</comment>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajty</numerusform>
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
        <translation>Zatiaľ nebola vytvorená žiadna záloha.</translation>
    </message>
    <message>
        <source>Backing up since {time}…</source>
        <translation>Zálohovanie prebieha od {time}…</translation>
    </message>
    <message>
        <source>Last backup {time}: {summary}</source>
        <comment>{summary}: the server&apos;s words</comment>
        <translation>Posledná záloha {time}: {summary}</translation>
    </message>
    <message>
        <source>The last backup, {time}, failed: {error}</source>
        <comment>{error}: the server&apos;s words</comment>
        <translation>Posledná záloha ({time}) zlyhala: {error}</translation>
    </message>
    <message>
        <source>The address operators and callers use</source>
        <translation>Adresa pre operátorov a volajúcich</translation>
    </message>
    <message>
        <source>TURN relay</source>
        <translation>Prenosový server TURN</translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation>Telefónne linky</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Poštové schránky</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Miesto na disku</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Hodiny</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databáza</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>{url} answers, but not as this Callnest server: {problem}.</source>
        <comment>{url}: the server&apos;s public address; {problem}: e.g. /api/health is not Callnest&apos;s</comment>
        <translation>{url} odpovedá, ale nie ako tento server Callnest: {problem}.</translation>
    </message>
    <message>
        <source>The newest backup is {age} old ({how}).</source>
        <comment>{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation>Najnovšia záloha je stará {age} ({how}).</translation>
    </message>
    <message numerus="yes">
        <source>There is no backup, and the server has run for %n day(s) ({how}).</source>
        <comment>{how}: e.g. daily at 03:00, keeping 7, in /srv/backups; or: daily backups are off</comment>
        <translation>
            <numerusform>Žiadna záloha neexistuje a server beží už %n deň ({how}).</numerusform>
            <numerusform>Žiadna záloha neexistuje a server beží už %n dni ({how}).</numerusform>
            <numerusform>Žiadna záloha neexistuje a server beží už %n dní ({how}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{address}: this machine only, fine for trying Callnest out. Operators and callers elsewhere need an HTTPS address (--public-url).</source>
        <comment>{address}: e.g. http://127.0.0.1:8080; --public-url: keep</comment>
        <translation>{address}: len pre tento počítač, vhodné na vyskúšanie aplikácie Callnest. Operátori a volajúci na iných počítačoch potrebujú adresu HTTPS (--public-url).</translation>
    </message>
    <message>
        <source>No --public-url: operators reach {address} without HTTPS, and callers&apos; browsers give the caller page no microphone there.</source>
        <comment>{address}: e.g. http://192.168.1.5:8080; --public-url: keep</comment>
        <translation>Chýba --public-url: operátori sa pripájajú na {address} bez HTTPS a prehliadače volajúcich tam stránke pre volajúcich nesprístupnia mikrofón.</translation>
    </message>
    <message>
        <source>{url}: this machine only.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation>{url}: len pre tento počítač.</translation>
    </message>
    <message>
        <source>{url} is not HTTPS: callers&apos; browsers refuse the caller page the microphone.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation>{url} nie je HTTPS: prehliadače volajúcich nesprístupnia stránke pre volajúcich mikrofón.</translation>
    </message>
    <message>
        <source>{url}: browsers will not trust its certificate ({reason}).</source>
        <comment>{reason}: OpenSSL&apos;s words, e.g. certificate has expired</comment>
        <translation>{url}: prehliadače nebudú dôverovať certifikátu tejto adresy ({reason}).</translation>
    </message>
    <message>
        <source>{url} cannot be reached from this machine: {error}.</source>
        <comment>{error}: the system&apos;s words, e.g. Connection refused</comment>
        <translation>Z tohto počítača sa nedá pripojiť na {url}: {error}.</translation>
    </message>
    <message>
        <source>{url} cannot be reached from this machine: no answer.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation>Z tohto počítača sa nedá pripojiť na {url}: bez odpovede.</translation>
    </message>
    <message>
        <source>HTTP {http_status} for /api/health</source>
        <comment>{http_status}: e.g. 502; /api/health: keep</comment>
        <translation>HTTP {http_status} pre /api/health</translation>
    </message>
    <message>
        <source>/api/health does not answer</source>
        <comment>/api/health: keep</comment>
        <translation>/api/health neodpovedá</translation>
    </message>
    <message>
        <source>/api/health is not Callnest&apos;s</source>
        <comment>/api/health: keep</comment>
        <translation>/api/health nepatrí aplikácii Callnest</translation>
    </message>
    <message numerus="yes">
        <source>{url} answers; its certificate is valid until {valid_until} (%n day(s)).</source>
        <comment>{valid_until}: a date, e.g. 7 Dec 2026</comment>
        <translation>
            <numerusform>{url} odpovedá; certifikát je platný do {valid_until} (ešte %n deň).</numerusform>
            <numerusform>{url} odpovedá; certifikát je platný do {valid_until} (ešte %n dni).</numerusform>
            <numerusform>{url} odpovedá; certifikát je platný do {valid_until} (ešte %n dní).</numerusform>
        </translation>
    </message>
    <message>
        <source>No TURN server is set up: operators and callers on networks that allow only a relay cannot connect (most connect without one).</source>
        <translation>Nie je nastavený žiadny server TURN: operátori a volajúci v sieťach, ktoré povoľujú len spojenie cez prenosový server, sa nemôžu pripojiť (väčšina sa pripojí aj bez neho).</translation>
    </message>
    <message>
        <source>{url}: refuses this server&apos;s credentials (401 Unauthorized).</source>
        <comment>{url}: a TURN server&apos;s address</comment>
        <translation>{url}: odmieta prihlasovacie údaje tohto servera (401 Unauthorized).</translation>
    </message>
    <message>
        <source>{url}: refused a relay: {error_code} {reason}.</source>
        <comment>{error_code} {reason}: the TURN server&apos;s answer, e.g. 486 Allocation Quota Reached</comment>
        <translation>{url}: prenos bol odmietnutý: {error_code} {reason}.</translation>
    </message>
    <message>
        <source>{url}: does not answer ({error}).</source>
        <comment>{error}: the system&apos;s words, e.g. Connection refused</comment>
        <translation>{url}: neodpovedá ({error}).</translation>
    </message>
    <message>
        <source>{url}: does not answer (no reply in {timeout_s}).</source>
        <comment>{timeout_s}: e.g. 5 s</comment>
        <translation>{url}: neodpovedá (bez odpovede do {timeout_s}).</translation>
    </message>
    <message>
        <source>{urls}: relays with this server&apos;s credentials.</source>
        <comment>{urls}: TURN servers&apos; addresses</comment>
        <translation>{urls}: prenos s prihlasovacími údajmi tohto servera funguje.</translation>
    </message>
    <message>
        <source>No phone line (SIP trunk) is set up.</source>
        <translation>Nie je nastavená žiadna telefónna linka (SIP trunk).</translation>
    </message>
    <message>
        <source>The SIP edge does not run: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation>SIP brána servera nebeží: {problem}</translation>
    </message>
    <message>
        <source>Not registered, so no calls come in: {trunks}.</source>
        <comment>{trunks}: phone lines and the provider&apos;s answers, e.g. Provider: 403 Forbidden</comment>
        <translation>Bez registrácie, preto neprichádzajú žiadne hovory: {trunks}.</translation>
    </message>
    <message>
        <source>Not registered yet, still trying: {trunks}.</source>
        <comment>{trunks}: phone lines and the provider&apos;s answers, e.g. Provider: 403 Forbidden</comment>
        <translation>Zatiaľ bez registrácie, pokusy pokračujú: {trunks}.</translation>
    </message>
    <message>
        <source>Registered: {trunks}.</source>
        <comment>{trunks}: phone lines&apos; names</comment>
        <translation>Registrované: {trunks}.</translation>
    </message>
    <message numerus="yes">
        <source>Registered: {trunks}; %n line(s) known to the provider by this machine&apos;s address.</source>
        <comment>{trunks}: phone lines&apos; names</comment>
        <translation>
            <numerusform>Registrované: {trunks}; %n linka, ktorú poskytovateľ pozná podľa adresy tohto počítača.</numerusform>
            <numerusform>Registrované: {trunks}; %n linky, ktoré poskytovateľ pozná podľa adresy tohto počítača.</numerusform>
            <numerusform>Registrované: {trunks}; %n liniek, ktoré poskytovateľ pozná podľa adresy tohto počítača.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) known to the provider by this machine&apos;s address.</source>
        <comment>phone lines the provider reaches without registering</comment>
        <translation>
            <numerusform>%n linka, ktorú poskytovateľ pozná podľa adresy tohto počítača.</numerusform>
            <numerusform>%n linky, ktoré poskytovateľ pozná podľa adresy tohto počítača.</numerusform>
            <numerusform>%n liniek, ktoré poskytovateľ pozná podľa adresy tohto počítača.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox is set up.</source>
        <translation>Nie je nastavená žiadna poštová schránka.</translation>
    </message>
    <message>
        <source>New mail is not coming in: {mailboxes}.</source>
        <comment>{mailboxes}: mailboxes and the mail server&apos;s answers, e.g. support@example.com: authentication failed</comment>
        <translation>Nová pošta neprichádza: {mailboxes}.</translation>
    </message>
    <message>
        <source>Taking mail in: {mailboxes}.</source>
        <comment>{mailboxes}: e-mail addresses</comment>
        <translation>Pošta prichádza: {mailboxes}.</translation>
    </message>
    <message>
        <source>{free_bytes} free of {total_bytes} ({used_pct} % used).</source>
        <comment>sizes, e.g. 54.5 GB free of 100.0 GB (45 % used)</comment>
        <translation>Voľné: {free_bytes} z {total_bytes} (obsadené {used_pct} %).</translation>
    </message>
    <message numerus="yes">
        <source>{free_bytes} free of {total_bytes} ({used_pct} % used); recordings add about {growth_bytes} a day: full in about %n day(s).</source>
        <comment>sizes, e.g. 54.5 GB free of 100.0 GB (45 % used); about 1.2 GB a day</comment>
        <translation>
            <numerusform>Voľné: {free_bytes} z {total_bytes} (obsadené {used_pct} %); nahrávky pridajú denne asi {growth_bytes}: disk bude plný asi o %n deň.</numerusform>
            <numerusform>Voľné: {free_bytes} z {total_bytes} (obsadené {used_pct} %); nahrávky pridajú denne asi {growth_bytes}: disk bude plný asi o %n dni.</numerusform>
            <numerusform>Voľné: {free_bytes} z {total_bytes} (obsadené {used_pct} %); nahrávky pridajú denne asi {growth_bytes}: disk bude plný asi o %n dní.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup failed: {error} ({how}).</source>
        <comment>{error}: the server&apos;s words; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups; or: daily backups are off</comment>
        <translation>Posledná záloha zlyhala: {error} ({how}).</translation>
    </message>
    <message>
        <source>There is no backup, and daily backups are off.</source>
        <translation>Žiadna záloha neexistuje a denné zálohovanie je vypnuté.</translation>
    </message>
    <message>
        <source>No backup yet: the first is due {how}.</source>
        <comment>{how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation>Zatiaľ žiadna záloha; prvá sa vytvorí podľa plánu ({how}).</translation>
    </message>
    <message>
        <source>The newest backup is {age} old ({how}), on the same disk as the data: a disk that dies takes both.</source>
        <comment>{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation>Najnovšia záloha je stará {age} ({how}) a je na rovnakom disku ako údaje: ak disk zlyhá, prídete o oboje.</translation>
    </message>
    <message>
        <source>Not checked: no time server given (--ntp-server).</source>
        <comment>--ntp-server: keep</comment>
        <translation>Neskontrolované: nie je zadaný časový server (--ntp-server).</translation>
    </message>
    <message>
        <source>Could not ask {server} the time ({error}), so the clock is unchecked.</source>
        <comment>{server}: a time server, e.g. pool.ntp.org; {error}: the system&apos;s words</comment>
        <translation>Čas sa nepodarilo zistiť zo servera {server} ({error}), preto hodiny nie sú skontrolované.</translation>
    </message>
    <message>
        <source>Could not ask {server} the time (no answer), so the clock is unchecked.</source>
        <comment>{server}: a time server, e.g. pool.ntp.org</comment>
        <translation>Čas sa nepodarilo zistiť zo servera {server} (bez odpovede), preto hodiny nie sú skontrolované.</translation>
    </message>
    <message>
        <source>The clock is {offset_s} behind {server}.</source>
        <comment>{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org</comment>
        <translation>Hodiny meškajú o {offset_s} oproti serveru {server}.</translation>
    </message>
    <message>
        <source>The clock is {offset_s} ahead of {server}.</source>
        <comment>{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org</comment>
        <translation>Hodiny sa predbiehajú o {offset_s} oproti serveru {server}.</translation>
    </message>
    <message>
        <source>Right: {offset_s} behind {server}.</source>
        <comment>the clock: {offset_s}: e.g. 0.012 s; {server}: a time server</comment>
        <translation>Hodiny idú správne: meškanie {offset_s} oproti serveru {server}.</translation>
    </message>
    <message>
        <source>Right: {offset_s} ahead of {server}.</source>
        <comment>the clock: {offset_s}: e.g. 0.012 s; {server}: a time server</comment>
        <translation>Hodiny idú správne: predstih {offset_s} oproti serveru {server}.</translation>
    </message>
    <message>
        <source>The database is damaged: there is no database at {path}.</source>
        <comment>{path}: a file on the server</comment>
        <translation>Databáza je poškodená: v umiestnení {path} nie je žiadna databáza.</translation>
    </message>
    <message>
        <source>The database is damaged: {problem}.</source>
        <comment>{problem}: SQLite&apos;s words</comment>
        <translation>Databáza je poškodená: {problem}.</translation>
    </message>
    <message>
        <source>SQLite, {size_bytes}: sound (quick check).</source>
        <comment>{size_bytes}: the database&apos;s size, e.g. 12.3 MB</comment>
        <translation>SQLite, {size_bytes}: v poriadku (rýchla kontrola).</translation>
    </message>
    <message>
        <source>PostgreSQL does not answer: {error}.</source>
        <comment>{error}: PostgreSQL&apos;s words</comment>
        <translation>PostgreSQL neodpovedá: {error}.</translation>
    </message>
    <message>
        <source>PostgreSQL answers, at schema {revision}.</source>
        <comment>{revision}: the database&apos;s version, e.g. 0012</comment>
        <translation>PostgreSQL odpovedá, verzia schémy {revision}.</translation>
    </message>
    <message>
        <source>PostgreSQL: checked by the server only.</source>
        <translation>PostgreSQL: kontroluje ho len server.</translation>
    </message>
    <message>
        <source>No Callnest server answers on {data_dir}: the rest was checked without it.</source>
        <comment>{data_dir}: a folder on the server</comment>
        <translation>S priečinkom údajov {data_dir} neodpovedá žiadny server Callnest: ostatné sa skontrolovalo bez neho.</translation>
    </message>
    <message>
        <source>Put the server behind an HTTPS reverse proxy (README, &apos;Behind a reverse proxy&apos;) and start it with --public-url https://your-name</source>
        <comment>README&apos;s section&apos;s title and --public-url: keep</comment>
        <translation>Umiestnite server za reverzný proxy server s HTTPS (README, „Behind a reverse proxy“) a spustite ho s --public-url https://vasa-domena</translation>
    </message>
    <message>
        <source>Check that the reverse proxy runs and that the name points at this server.</source>
        <translation>Skontrolujte, či reverzný proxy server beží a či názov domény smeruje na tento server.</translation>
    </message>
    <message>
        <source>Check that the reverse proxy forwards to this server&apos;s address ({host}:{port}).</source>
        <comment>{host}:{port}: e.g. 127.0.0.1:8080</comment>
        <translation>Skontrolujte, či reverzný proxy server preposiela požiadavky na adresu tohto servera ({host}:{port}).</translation>
    </message>
    <message>
        <source>Check that the TURN server runs and that its port is open to this machine.</source>
        <translation>Skontrolujte, či server TURN beží a či je jeho port z tohto počítača dostupný.</translation>
    </message>
    <message>
        <source>Check the trunk&apos;s account and password with the provider (Phones tab), and that this machine reaches the provider.</source>
        <translation>Overte u poskytovateľa účet a heslo trunku (karta Telefónia) a skontrolujte, či sa tento počítač k poskytovateľovi pripojí.</translation>
    </message>
    <message>
        <source>Free space or give the data a bigger disk; shorten how long recordings are kept (PUT /api/settings/recordings).</source>
        <comment>PUT /api/settings/recordings: keep</comment>
        <translation>Uvoľnite miesto alebo presuňte údaje na väčší disk; skráťte dobu uchovávania nahrávok (PUT /api/settings/recordings).</translation>
    </message>
    <message>
        <source>Back up now (Admin window, Backups tab), and see the server&apos;s log for why the last one failed: a full disk or a folder the server cannot write, usually.</source>
        <translation>Zálohujte teraz (okno správy, karta Zálohy) a v protokole servera zistite, prečo posledná záloha zlyhala: zvyčajne je to plný disk alebo priečinok, do ktorého server nemôže zapisovať.</translation>
    </message>
    <message>
        <source>Turn daily backups on (Admin window, Backups tab).</source>
        <translation>Zapnite denné zálohovanie (okno správy, karta Zálohy).</translation>
    </message>
    <message>
        <source>Run a time service: Debian&apos;s systemd-timesyncd or chrony (apt install chrony).</source>
        <comment>systemd-timesyncd, chrony, apt install chrony: keep</comment>
        <translation>Spustite službu synchronizácie času: systemd-timesyncd z Debianu alebo chrony (apt install chrony).</translation>
    </message>
    <message>
        <source>Allow UDP port 123 out, or name a time server this machine reaches (--ntp-server).</source>
        <comment>--ntp-server: keep</comment>
        <translation>Povoľte odchádzajúce spojenia na port UDP 123 alebo zadajte časový server, ktorý je z tohto počítača dostupný (--ntp-server).</translation>
    </message>
    <message>
        <source>Stop the server, restore the newest backup into a new data dir (callnest-server restore --from FOLDER --data-dir NEW) and start it there; keep the damaged one for support.</source>
        <comment>the command in brackets: keep</comment>
        <translation>Zastavte server, obnovte najnovšiu zálohu do nového priečinka údajov (callnest-server restore --from FOLDER --data-dir NEW) a spustite ho s ním; poškodený priečinok si ponechajte pre podporu.</translation>
    </message>
    <message>
        <source>Renew or replace the certificate on the reverse proxy (Caddy and certbot renew theirs by themselves when they can reach Let&apos;s Encrypt).</source>
        <translation>Obnovte alebo vymeňte certifikát na reverznom proxy serveri (Caddy a certbot obnovujú svoje certifikáty samy, ak sa môžu pripojiť k Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>Renew the certificate now; if the proxy renews it by itself (Caddy, certbot), see its log for why it has not.</source>
        <translation>Obnovte certifikát hneď; ak ho proxy server obnovuje sám (Caddy, certbot), v jeho protokole zistite, prečo sa to nestalo.</translation>
    </message>
    <message>
        <source>If some cannot connect, set one up: README, &apos;TURN&apos;.</source>
        <comment>a TURN server; README, &apos;TURN&apos;: keep</comment>
        <translation>Ak sa niektorí nemôžu pripojiť, nastavte server TURN: README, „TURN“.</translation>
    </message>
    <message>
        <source>The secret given to callnest-server (--turn-secret-file) must be the TURN server&apos;s static-auth-secret; and the TURN server needs use-auth-secret.</source>
        <comment>--turn-secret-file, static-auth-secret, use-auth-secret: keep</comment>
        <translation>Tajný kľúč zadaný pre callnest-server (--turn-secret-file) musí byť static-auth-secret servera TURN; server TURN navyše potrebuje use-auth-secret.</translation>
    </message>
    <message>
        <source>See the TURN server&apos;s log.</source>
        <translation>Pozrite si protokol servera TURN.</translation>
    </message>
    <message>
        <source>See the server&apos;s log; the Phones tab shows each trunk&apos;s last failure.</source>
        <translation>Pozrite si protokol servera; karta Telefónia zobrazuje posledné zlyhanie každého trunku.</translation>
    </message>
    <message>
        <source>Check the mailbox&apos;s server, user name and (app) password in the Mailboxes tab, and that this machine reaches the mail server.</source>
        <translation>Skontrolujte server, používateľské meno a heslo (pre aplikácie) poštovej schránky na karte Poštové schránky a či sa tento počítač dostane k poštovému serveru.</translation>
    </message>
    <message>
        <source>Back up now (Admin window, Backups tab). If daily backups are on and none ran, the server was not running at the time, or its log says why.</source>
        <translation>Zálohujte teraz (okno správy, karta Zálohy). Ak je denné zálohovanie zapnuté a žiadna záloha sa nevytvorila, server v tom čase nebežal, alebo dôvod uvádza jeho protokol.</translation>
    </message>
    <message>
        <source>Choose a backup folder on another disk or a network share (Admin window, Backups tab).</source>
        <translation>Vyberte priečinok na zálohy na inom disku alebo sieťovom úložisku (okno správy, karta Zálohy).</translation>
    </message>
    <message>
        <source>Start it (systemctl start callnest-server), and see its log for why it stopped (journalctl -u callnest-server).</source>
        <comment>the commands in brackets: keep</comment>
        <translation>Spustite ho (systemctl start callnest-server) a v jeho protokole zistite, prečo sa zastavil (journalctl -u callnest-server).</translation>
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
        <translation>denné zálohovanie je vypnuté</translation>
    </message>
    <message numerus="yes">
        <source>daily at {time}, keeping the last %n backup(s), in {folder}</source>
        <comment>the backup schedule: {time}: e.g. 03:00; %n: how many backups are kept; {folder}: e.g. /srv/backups</comment>
        <translation>
            <numerusform>denne o {time}, uchováva sa posledná %n záloha, v priečinku {folder}</numerusform>
            <numerusform>denne o {time}, uchovávajú sa posledné %n zálohy, v priečinku {folder}</numerusform>
            <numerusform>denne o {time}, uchováva sa posledných %n záloh, v priečinku {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n minútu</numerusform>
            <numerusform>%n minúty</numerusform>
            <numerusform>%n minút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n hodinu</numerusform>
            <numerusform>%n hodiny</numerusform>
            <numerusform>%n hodín</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n deň</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dní</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models.home_link</name>
    <message>
        <source>Woke from sleep: checking your connection…</source>
        <translation>Počítač sa prebudil zo spánku: kontroluje sa pripojenie…</translation>
    </message>
    <message>
        <source>Network changed: checking your connection…</source>
        <translation>Sieť sa zmenila: kontroluje sa pripojenie…</translation>
    </message>
    <message>
        <source>No audio from your computer reaches the server — calls are held back</source>
        <translation>Zvuk z vášho počítača sa nedostáva na server — hovory sú pozastavené</translation>
    </message>
    <message>
        <source>Your microphone sends nothing — check your headset; calls are held back</source>
        <translation>Mikrofón nič neposiela — skontrolujte slúchadlá; hovory sú pozastavené</translation>
    </message>
    <message>
        <source>Checking connection</source>
        <translation>Kontrola pripojenia</translation>
    </message>
    <message>
        <source>No audio reaching the server</source>
        <translation>Zvuk sa nedostáva na server</translation>
    </message>
    <message>
        <source>Microphone silent</source>
        <translation>Mikrofón je tichý</translation>
    </message>
    <message>
        <source>{percent} % loss</source>
        <comment>packets lost on the way</comment>
        <translation>strata {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>{ms} ms round trip</source>
        <comment>the time a packet takes to the server and back, in milliseconds</comment>
        <translation>odozva {ms} ms</translation>
    </message>
    <message>
        <source>{ms} ms jitter</source>
        <comment>how much the packets&apos; delay varies, in milliseconds</comment>
        <translation>jitter {ms} ms</translation>
    </message>
    <message>
        <source>call quality {score} of 5</source>
        <comment>a score from 1 (bad) to 5 (excellent); follows other figures after a comma</comment>
        <translation>kvalita hovoru {score} z 5</translation>
    </message>
    <message>
        <source>poor</source>
        <comment>the home connection&apos;s quality, after &quot;Home connection:&quot;</comment>
        <translation>slabé</translation>
    </message>
    <message>
        <source>{figures} ({quality})</source>
        <comment>the connection&apos;s figures, then the call quality they make</comment>
        <translation>{figures} ({quality})</translation>
    </message>
    <message>
        <source>Checking your connection…</source>
        <translation>Kontroluje sa pripojenie…</translation>
    </message>
    <message>
        <source>Home connection: {problems} — calls are held back until it recovers</source>
        <comment>{problems}: the bad figures, e.g. &quot;8 % loss, 640 ms round trip&quot;</comment>
        <translation>Domáce pripojenie: {problems} — hovory sú pozastavené, kým sa pripojenie nezlepší</translation>
    </message>
    <message>
        <source>Your connection recovered: {figures} — calls are offered again</source>
        <comment>{figures}: the connection&apos;s figures, e.g. &quot;0 % loss, 30 ms round trip&quot;</comment>
        <translation>Pripojenie sa obnovilo: {figures} — hovory sa opäť ponúkajú</translation>
    </message>
    <message>
        <source>Your connection recovered — calls are offered again</source>
        <translation>Pripojenie sa obnovilo — hovory sa opäť ponúkajú</translation>
    </message>
    <message>
        <source>Connection check passed: {figures}</source>
        <comment>{figures}: the connection&apos;s figures, e.g. &quot;0 % loss, 30 ms round trip&quot;</comment>
        <translation>Kontrola pripojenia prebehla úspešne: {figures}</translation>
    </message>
    <message>
        <source>Connection check passed</source>
        <translation>Kontrola pripojenia prebehla úspešne</translation>
    </message>
    <message>
        <source>Home connection: {problems}</source>
        <comment>{problems}: the bad figures, e.g. &quot;8 % loss&quot;</comment>
        <translation>Domáce pripojenie: {problems}</translation>
    </message>
    <message>
        <source>{problem} — offered nothing since {time}</source>
        <comment>{problem}: what is wrong with the home connection; {time}: a time of day</comment>
        <translation>{problem} — od {time} sa nič neponúka</translation>
    </message>
    <message>
        <source>{problem} — offered nothing since {time}: {figures}</source>
        <comment>{problem}: what is wrong with the home connection; {time}: a time of day; {figures}: every figure measured</comment>
        <translation>{problem} — od {time} sa nič neponúka: {figures}</translation>
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
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>{transport} — not available</source>
        <comment>{transport}: UDP, TCP or TLS</comment>
        <translation>{transport} — nie je k dispozícii</translation>
    </message>
    <message>
        <source>Registration and IP addresses</source>
        <comment>how a provider knows a trunk</comment>
        <translation>Registrácia a IP adresy</translation>
    </message>
    <message>
        <source>Registration</source>
        <comment>how a provider knows a trunk</comment>
        <translation>Registrácia</translation>
    </message>
    <message numerus="yes">
        <source>IP address(es) (%n)</source>
        <comment>how a provider knows a trunk: by how many addresses</comment>
        <translation>
            <numerusform>IP adresa (%n)</numerusform>
            <numerusform>IP adresy (%n)</numerusform>
            <numerusform>IP adresy (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in use (disabled)</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Nepoužíva sa (vypnutý)</translation>
    </message>
    <message>
        <source>Not needed: the provider knows the addresses</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Netreba: poskytovateľ pozná adresy</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Zisťuje sa na serveri…</translation>
    </message>
    <message>
        <source>Not registered: phone calls are not running (see above)</source>
        <translation>Neregistrovaný: telefónne hovory nefungujú (pozrite vyššie)</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registruje sa…</translation>
    </message>
    <message>
        <source>Registered since {time}</source>
        <comment>{time}: a time of day, maybe a day</comment>
        <translation>Registrovaný od {time}</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Registrovaný</translation>
    </message>
    <message>
        <source>{state} (last refused: {failure})</source>
        <comment>{state}: how the registration is doing; {failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>{state} (naposledy odmietnuté: {failure})</translation>
    </message>
    <message>
        <source>{state} (last refused at {time}: {failure})</source>
        <comment>{state}: how the registration is doing; {time}: when; {failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>{state} (naposledy odmietnuté {time}: {failure})</translation>
    </message>
    <message>
        <source>Not registered: {failure} since {time}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden); {time}: when</comment>
        <translation>Neregistrovaný: {failure} od {time}</translation>
    </message>
    <message>
        <source>Not registered: {failure}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>Neregistrovaný: {failure}</translation>
    </message>
    <message>
        <source>Not registered since {time}</source>
        <comment>{time}: when</comment>
        <translation>Neregistrovaný od {time}</translation>
    </message>
    <message>
        <source>Not registered</source>
        <comment>a trunk&apos;s registration</comment>
        <translation>Neregistrovaný</translation>
    </message>
    <message>
        <source>Phone calls are not working: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation>Telefónne hovory nefungujú: {problem}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered: {failure} since {time}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden); {time}: when</comment>
        <translation>Trunk {name} nie je registrovaný: {failure} od {time}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered: {failure}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation>Trunk {name} nie je registrovaný: {failure}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered since {time}</source>
        <comment>{time}: when</comment>
        <translation>Trunk {name} nie je registrovaný od {time}</translation>
    </message>
    <message>
        <source>Trunk {name} is not registered</source>
        <translation>Trunk {name} nie je registrovaný</translation>
    </message>
</context>
<context>
    <name>models.report</name>
    <message>
        <source>All queues</source>
        <translation>Všetky rady</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Bez tímu</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a percentage, as your language writes it</comment>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{figure} in {seconds} s</source>
        <comment>a service level: the share answered within so many seconds (80.0% in 20 s)</comment>
        <translation>{figure} do {seconds} s</translation>
    </message>
    <message>
        <source>average speed of answer: queue time of answered contacts / answered</source>
        <translation>priemerná rýchlosť prijatia: čas v rade prijatých kontaktov / prijaté</translation>
    </message>
    <message>
        <source>average handle time: (talk + hold + wrap-up) / handled</source>
        <translation>priemerný čas vybavenia: (rozhovor + podržanie + spracovanie) / vybavené</translation>
    </message>
    <message>
        <source>answered within the queue&apos;s threshold / (answered + abandoned after the short-abandon threshold)</source>
        <translation>prijaté v limite radu / (prijaté + opustené po limite krátkeho opustenia)</translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>a column: average handle time</comment>
        <translation>AHT</translation>
    </message>
    <message>
        <source>Ring</source>
        <comment>a column: average ringing time</comment>
        <translation>Zvonenie</translation>
    </message>
    <message>
        <source>average ringing before the agent answered</source>
        <translation>priemerný čas zvonenia, kým operátor prijal</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: average talk time</comment>
        <translation>Rozhovor</translation>
    </message>
    <message>
        <source>average talk time per handled contact</source>
        <translation>priemerný čas rozhovoru na vybavený kontakt</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a column: average time on hold</comment>
        <translation>Podržanie</translation>
    </message>
    <message>
        <source>average hold time per handled contact</source>
        <translation>priemerný čas podržania na vybavený kontakt</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: average wrap-up time</comment>
        <translation>Spracovanie</translation>
    </message>
    <message>
        <source>average wrap-up time per handled contact</source>
        <translation>priemerný čas spracovania na vybavený kontakt</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>a column: contacts offered</comment>
        <translation>Ponúknuté</translation>
    </message>
    <message>
        <source>contacts that entered the queue</source>
        <translation>kontakty, ktoré vstúpili do radu</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>a column: contacts answered</comment>
        <translation>Prijaté</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>a column: contacts abandoned</comment>
        <translation>Opustené</translation>
    </message>
    <message>
        <source>including short abandons</source>
        <translation>vrátane krátkych opustení</translation>
    </message>
    <message>
        <source>Short abandons</source>
        <comment>a column: callers who hung up at once</comment>
        <translation>Krátke opustenia</translation>
    </message>
    <message>
        <source>hung up before the short-abandon threshold: not counted against the queue</source>
        <translation>zavesili pred limitom krátkeho opustenia: nezapočítavajú sa v neprospech radu</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a column</comment>
        <translation>Miera opustenia</translation>
    </message>
    <message>
        <source>abandoned / offered, short abandons excluded from both</source>
        <translation>opustené / ponúknuté, v oboch bez krátkych opustení</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation>ASA</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation>Úroveň služieb</translation>
    </message>
    <message>
        <source>Handled</source>
        <comment>a column: contacts handled</comment>
        <translation>Vybavené</translation>
    </message>
    <message>
        <source>CSAT</source>
        <comment>a column: customer satisfaction</comment>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>customers&apos; mean rating, 1 to 5, after the contact (how many rated)</source>
        <translation>priemerné hodnotenie zákazníkov po kontakte, 1 až 5 (koľkí hodnotili)</translation>
    </message>
    <message>
        <source>Calls out</source>
        <comment>a column: outbound calls</comment>
        <translation>Odchádzajúce</translation>
    </message>
    <message>
        <source>agents&apos; calls out with this queue&apos;s caller ID</source>
        <translation>odchádzajúce hovory operátorov so zobrazovaným číslom tohto radu</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>a column: calls out answered</comment>
        <translation>Spojené</translation>
    </message>
    <message>
        <source>calls out the called person answered (not busy, not unanswered, not failed)</source>
        <translation>odchádzajúce hovory, ktoré volaný prijal (nie obsadené, neprijaté ani zlyhané)</translation>
    </message>
    <message>
        <source>Talk out</source>
        <comment>a column: talk time on calls out</comment>
        <translation>Rozhovor odch.</translation>
    </message>
    <message>
        <source>average talk time per connected call out</source>
        <translation>priemerný čas rozhovoru na spojený odchádzajúci hovor</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a column: callbacks asked for</comment>
        <translation>Spätné volania</translation>
    </message>
    <message>
        <source>callbacks asked for: by waiting callers, or due at a time they chose</source>
        <translation>vyžiadané spätné volania: od čakajúcich volajúcich alebo na čas, ktorý si zvolili</translation>
    </message>
    <message>
        <source>Called back</source>
        <comment>a column: callbacks that connected</comment>
        <translation>Zavolané späť</translation>
    </message>
    <message>
        <source>callbacks that reached the customer</source>
        <translation>spätné volania, pri ktorých sa zastihol zákazník</translation>
    </message>
    <message>
        <source>Callback ASA</source>
        <comment>a column: callback speed of answer</comment>
        <translation>ASA spätných</translation>
    </message>
    <message>
        <source>callback speed of answer: from the request (or the time chosen) to the customer answering our call</source>
        <translation>rýchlosť spätného volania: od žiadosti (alebo zvoleného času) po prijatie nášho hovoru zákazníkom</translation>
    </message>
    <message>
        <source>contacts rung to the agent</source>
        <translation>kontakty, ktoré zvonili operátorovi</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>a column: contacts not answered in time</comment>
        <translation>Zmeškané</translation>
    </message>
    <message>
        <source>rung but not answered in time</source>
        <translation>zvonili, ale neboli včas prijaté</translation>
    </message>
    <message>
        <source>Logged in</source>
        <comment>a column: time logged in</comment>
        <translation>Prihlásený</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a column: time on a break</comment>
        <translation>Prestávka</translation>
    </message>
    <message>
        <source>Home connection</source>
        <comment>a column: time held back by the home network</comment>
        <translation>Domáce pripojenie</translation>
    </message>
    <message>
        <source>of the breaks, time held back because the home connection could not carry a call</source>
        <translation>časť prestávok, keď boli hovory pozastavené, lebo domáce pripojenie nezvládlo hovor</translation>
    </message>
    <message>
        <source>Spared</source>
        <comment>a column: contacts not offered to the agent</comment>
        <translation>Ušetrené</translation>
    </message>
    <message>
        <source>contacts offered in the agent&apos;s queues while held back for the home connection</source>
        <translation>kontakty ponúknuté v radoch operátora počas pozastavenia pre domáce pripojenie</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation>Vyťaženosť</translation>
    </message>
    <message>
        <source>handle time / (logged-in time - break time)</source>
        <translation>čas vybavenia / (čas prihlásenia - čas prestávok)</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column</comment>
        <translation>Tím</translation>
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
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <source>{loss}% loss · {jitter} ms jitter</source>
        <comment>an audio link&apos;s packet loss and jitter</comment>
        <translation>strata {loss}&#xa0;% · jitter {jitter} ms</translation>
    </message>
    <message>
        <source>{loss}% loss · {jitter} ms jitter · {rtt} ms rtt</source>
        <comment>an audio link&apos;s packet loss, jitter and round-trip time</comment>
        <translation>strata {loss}&#xa0;% · jitter {jitter} ms · odozva {rtt} ms</translation>
    </message>
    <message>
        <source>Hand raised — needs help</source>
        <translation>Zdvihnutá ruka — potrebuje pomoc</translation>
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
            <numerusform>{time} · %n ponuka</numerusform>
            <numerusform>{time} · %n ponuky</numerusform>
            <numerusform>{time} · %n ponúk</numerusform>
        </translation>
    </message>
    <message>
        <source>Break — {reason}</source>
        <translation>Prestávka — {reason}</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>an agent&apos;s state</comment>
        <translation>Prestávka</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>an agent&apos;s state</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>an agent&apos;s state</comment>
        <translation>K dispozícii</translation>
    </message>
    <message>
        <source>Ringing</source>
        <comment>an agent&apos;s state</comment>
        <translation>Zvoní</translation>
    </message>
    <message>
        <source>On a contact</source>
        <comment>an agent&apos;s state</comment>
        <translation>Vybavuje kontakt</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>an agent&apos;s state</comment>
        <translation>Spracovanie</translation>
    </message>
    <message>
        <source>{count} ({rate})</source>
        <comment>abandoned contacts (their share of those offered)</comment>
        <translation>{count} ({rate})</translation>
    </message>
    <message>
        <source>{share} in {seconds} s</source>
        <comment>service level: {share} of contacts answered within {seconds} seconds</comment>
        <translation>{share} do {seconds} s</translation>
    </message>
    <message>
        <source>No team</source>
        <comment>an agent in no team</comment>
        <translation>Bez tímu</translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation>Tím {number}</translation>
    </message>
    <message>
        <source>Ref. {number}</source>
        <comment>a short reference for a contact with no name</comment>
        <translation>Ref. č. {number}</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>a column: callers waiting</comment>
        <translation>Čakajú</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>a column</comment>
        <translation>Najdlhšie čakanie</translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>a column: contacts offered</comment>
        <translation>Ponúknuté</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation>ASA</translation>
    </message>
    <message>
        <source>queue time of answered / answered</source>
        <translation>čas v rade prijatých / prijaté</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>a column: contacts abandoned</comment>
        <translation>Opustené</translation>
    </message>
    <message>
        <source>abandoned / offered</source>
        <translation>opustené / ponúknuté</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation>Úroveň služieb</translation>
    </message>
    <message>
        <source>answered within the threshold / (answered + abandoned after the short-abandon time)</source>
        <translation>prijaté v limite / (prijaté + opustené po limite krátkeho opustenia)</translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>a column: average handling time</comment>
        <translation>AHT</translation>
    </message>
    <message>
        <source>(talk + hold + wrap-up) / handled</source>
        <translation>(rozhovor + podržanie + spracovanie) / vybavené</translation>
    </message>
    <message>
        <source>CSAT</source>
        <comment>a column: customer satisfaction</comment>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>customers&apos; mean rating today, 1 to 5</source>
        <translation>dnešné priemerné hodnotenie zákazníkov, 1 až 5</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>a column: agents available</comment>
        <translation>K dispozícii</translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a column: agents busy</comment>
        <translation>Obsadení</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: agents in wrap-up</comment>
        <translation>Spracovanie</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a column: agents on a break</comment>
        <translation>Prestávka</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column: the agent&apos;s team</comment>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: an agent&apos;s state</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>For</source>
        <comment>a column: how long in this state</comment>
        <translation>Trvanie</translation>
    </message>
    <message>
        <source>With</source>
        <comment>a column: the customer an agent is with</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>the customer&apos;s name where known, else a short reference to say aloud</source>
        <translation>meno zákazníka, ak je známe, inak krátke referenčné číslo, ktoré sa dá vysloviť</translation>
    </message>
    <message>
        <source>Handled</source>
        <comment>a column: contacts handled</comment>
        <translation>Vybavené</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation>Vyťaženosť</translation>
    </message>
    <message>
        <source>Break today</source>
        <comment>a column: time on a break today</comment>
        <translation>Prestávka dnes</translation>
    </message>
    <message>
        <source>Held back today</source>
        <comment>a column</comment>
        <translation>Pozastavené dnes</translation>
    </message>
    <message>
        <source>time offered nothing today because the home connection could not carry a call, and the contacts offered in the agent&apos;s queues meanwhile</source>
        <translation>dnešný čas bez ponúk, lebo domáce pripojenie nezvládlo hovor, a kontakty, ktoré boli medzitým ponúknuté v radoch operátora</translation>
    </message>
    <message>
        <source>Home link</source>
        <comment>a column: the home connection&apos;s audio</comment>
        <translation>Pripojenie</translation>
    </message>
    <message>
        <source>loss, jitter and round trip of the audio link</source>
        <translation>strata, jitter a odozva zvukového spojenia</translation>
    </message>
    <message>
        <source>MOS</source>
        <comment>a column: mean opinion score, call quality</comment>
        <translation>MOS</translation>
    </message>
    <message>
        <source>call quality the link allows, 1 to 4.5 (ITU-T G.107 E-model, simplified)</source>
        <translation>kvalita hovoru, ktorú spojenie umožňuje, 1 až 4,5 (ITU-T G.107 E-model, zjednodušený)</translation>
    </message>
    <message>
        <source>Mic silent</source>
        <comment>a column</comment>
        <translation>Tichý mikrofón</translation>
    </message>
    <message>
        <source>how long the microphone has been silent or muted in a call</source>
        <translation>ako dlho je mikrofón počas hovoru tichý alebo stlmený</translation>
    </message>
    <message>
        <source>Last heard</source>
        <comment>a column</comment>
        <translation>Posledný signál</translation>
    </message>
    <message>
        <source>time since the desktop&apos;s last message</source>
        <translation>čas od poslednej správy z aplikácie</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>agents to look at</comment>
        <translation>Vyžaduje pozornosť</translation>
    </message>
    <message>
        <source>{count} ({rate})</source>
        <comment>people reached (their share of the calls placed)</comment>
        <translation>{count} ({rate})</translation>
    </message>
    <message>
        <source>Campaign</source>
        <comment>a column</comment>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: a campaign&apos;s state</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>a campaign&apos;s state</comment>
        <translation>Prebieha</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>a campaign&apos;s state</comment>
        <translation>Pozastavená</translation>
    </message>
    <message>
        <source>Calls today</source>
        <comment>a column</comment>
        <translation>Hovory dnes</translation>
    </message>
    <message>
        <source>calls placed today</source>
        <translation>dnes uskutočnené hovory</translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>a column: people reached</comment>
        <translation>Zastihnutí</translation>
    </message>
    <message>
        <source>calls today the person called answered</source>
        <translation>dnešné hovory, ktoré volaný prijal</translation>
    </message>
    <message>
        <source>On calls now</source>
        <comment>a column</comment>
        <translation>Práve v hovore</translation>
    </message>
    <message>
        <source>ringing or talking</source>
        <translation>zvoní alebo prebieha rozhovor</translation>
    </message>
    <message>
        <source>People left</source>
        <comment>a column</comment>
        <translation>Zostáva ľudí</translation>
    </message>
    <message>
        <source>still to reach: waiting or being called</source>
        <translation>ešte nezastihnutí: čakajú alebo sa im volá</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Answer</source>
        <comment>a notification&apos;s button</comment>
        <translation>Prijať</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a notification&apos;s button</comment>
        <translation>Odmietnuť</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>You are not logged in: log in again.</source>
        <translation>Chýba prihlásenie: prihláste sa znova.</translation>
    </message>
    <message>
        <source>Check these fields: {fields}</source>
        <comment>dotted names of a form&apos;s fields</comment>
        <translation>Skontrolujte tieto polia: {fields}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has problems on %n line(s): {lines}.</source>
        <comment>{lines} lists the line numbers</comment>
        <translation>
            <numerusform>Nič sa neimportovalo: súbor má problémy na %n riadku: {lines}.</numerusform>
            <numerusform>Nič sa neimportovalo: súbor má problémy na %n riadkoch: {lines}.</numerusform>
            <numerusform>Nič sa neimportovalo: súbor má problémy na %n riadkoch: {lines}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request ({code}).</source>
        <comment>{code}: a technical code</comment>
        <translation>Server požiadavku odmietol ({code}).</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Nepodarilo sa spojiť so serverom.</translation>
    </message>
    <message>
        <source>Could not reach the server: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Nepodarilo sa spojiť so serverom: {reason}</translation>
    </message>
    <message>
        <source>The server could not read the request: update the app, or tell your administrator.</source>
        <translation>Server nedokázal prečítať požiadavku: aktualizujte aplikáciu alebo to oznámte správcovi.</translation>
    </message>
    <message>
        <source>That is too large for the server to take.</source>
        <translation>Server také veľké dáta neprijme.</translation>
    </message>
    <message>
        <source>This app is too old or too new for the server: update it.</source>
        <translation>Táto aplikácia je pre server príliš stará alebo príliš nová: aktualizujte ju.</translation>
    </message>
    <message>
        <source>The server does not know this request: update the app.</source>
        <translation>Server túto požiadavku nepozná: aktualizujte aplikáciu.</translation>
    </message>
    <message>
        <source>The customer&apos;s page sent something the server could not read.</source>
        <translation>Stránka zákazníka poslala niečo, čo server nedokázal prečítať.</translation>
    </message>
    <message>
        <source>Your session has ended: log in again.</source>
        <translation>Vaša relácia sa skončila: prihláste sa znova.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nesprávne používateľské meno alebo heslo.</translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute and try again.</source>
        <translation>Príliš veľa pokusov: počkajte minútu a skúste to znova.</translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation>Na túto akciu nemáte oprávnenie.</translation>
    </message>
    <message>
        <source>The server did not accept what was sent: check it and try again.</source>
        <translation>Server neprijal odoslané údaje: skontrolujte ich a skúste to znova.</translation>
    </message>
    <message>
        <source>It is no longer there: someone may have deleted it. Refresh and try again.</source>
        <translation>Položka už neexistuje: niekto ju mohol odstrániť. Obnovte zobrazenie a skúste to znova.</translation>
    </message>
    <message>
        <source>That clashes with what is there already (a name in use, or a change made meanwhile). Refresh and try again.</source>
        <translation>Je to v rozpore s existujúcimi údajmi (názov sa už používa alebo medzitým niekto urobil zmenu). Obnovte zobrazenie a skúste to znova.</translation>
    </message>
    <message>
        <source>The server does not allow this request: update the app.</source>
        <translation>Server túto požiadavku nepovoľuje: aktualizujte aplikáciu.</translation>
    </message>
    <message>
        <source>The server does not take this kind of file or data.</source>
        <translation>Server neprijíma tento druh súboru alebo údajov.</translation>
    </message>
    <message>
        <source>The file has problems: nothing was imported.</source>
        <translation>Súbor obsahuje chyby: nič sa neimportovalo.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Server požiadavku odmietol.</translation>
    </message>
    <message>
        <source>The queue still has calls or chats: try again once they are done.</source>
        <translation>V rade sú ešte hovory alebo chaty: skúste to znova, keď sa vybavia.</translation>
    </message>
    <message>
        <source>The agent is busy.</source>
        <translation>Operátor je obsadený.</translation>
    </message>
    <message>
        <source>The agent is not available.</source>
        <translation>Operátor nie je k dispozícii.</translation>
    </message>
    <message>
        <source>That call or chat exists already.</source>
        <translation>Tento hovor alebo chat už existuje.</translation>
    </message>
    <message>
        <source>The offer is gone: someone else took it, or the customer left.</source>
        <translation>Ponuka už neplatí: prevzal ju niekto iný alebo zákazník odišiel.</translation>
    </message>
    <message>
        <source>Not connected to the server: wait for the connection to come back and try again.</source>
        <translation>Chýba pripojenie k serveru: počkajte, kým sa obnoví, a skúste to znova.</translation>
    </message>
    <message>
        <source>That can only be done during wrap-up.</source>
        <translation>To sa dá urobiť len počas spracovania.</translation>
    </message>
    <message>
        <source>That can only be done during a call or chat.</source>
        <translation>To sa dá urobiť len počas hovoru alebo chatu.</translation>
    </message>
    <message>
        <source>This account cannot take calls or chats.</source>
        <translation>Tento účet nemôže prijímať hovory ani chaty.</translation>
    </message>
    <message>
        <source>That transfer is not possible.</source>
        <translation>Takéto prepojenie nie je možné.</translation>
    </message>
    <message>
        <source>That queue is no longer there. Refresh and try again.</source>
        <translation>Tento rad už neexistuje. Obnovte zobrazenie a skúste to znova.</translation>
    </message>
    <message>
        <source>That agent is no longer there. Refresh and try again.</source>
        <translation>Tento operátor už neexistuje. Obnovte zobrazenie a skúste to znova.</translation>
    </message>
    <message>
        <source>That call or chat is over.</source>
        <translation>Tento hovor alebo chat sa už skončil.</translation>
    </message>
    <message>
        <source>The server does not offer that.</source>
        <translation>Server túto funkciu neponúka.</translation>
    </message>
    <message>
        <source>That reason is no longer there. Refresh and try again.</source>
        <translation>Tento dôvod už neexistuje. Obnovte zobrazenie a skúste to znova.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: nothing was saved. Tell your administrator.</source>
        <translation>Disk servera je plný: nič sa neuložilo. Oznámte to správcovi.</translation>
    </message>
    <message>
        <source>That can only be done on a phone call.</source>
        <translation>To sa dá urobiť len počas telefónneho hovoru.</translation>
    </message>
    <message>
        <source>That can only be done in a chat.</source>
        <translation>To sa dá urobiť len v chate.</translation>
    </message>
    <message>
        <source>The audio could not be set up: try again, or check your headset.</source>
        <translation>Zvuk sa nepodarilo nastaviť: skúste to znova alebo skontrolujte slúchadlá.</translation>
    </message>
    <message>
        <source>There is no audio link to the server: connect your headset first.</source>
        <translation>Chýba zvukové spojenie so serverom: najprv pripojte slúchadlá.</translation>
    </message>
    <message>
        <source>Another supervisor is listening to this call.</source>
        <translation>Tento hovor už počúva iný supervízor.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again; if it keeps happening, tell your administrator.</source>
        <translation>Na serveri sa vyskytla chyba. Skúste to znova; ak sa to opakuje, oznámte to správcovi.</translation>
    </message>
    <message>
        <source>It is closed now: try again later.</source>
        <translation>Teraz je zatvorené: skúste to neskôr.</translation>
    </message>
    <message>
        <source>That choice is not on offer.</source>
        <translation>Táto možnosť nie je k dispozícii.</translation>
    </message>
    <message>
        <source>Too many calls at once: try again shortly.</source>
        <translation>Príliš veľa hovorov naraz: skúste to o chvíľu.</translation>
    </message>
    <message>
        <source>Too many calls or chats from one address: try again shortly.</source>
        <translation>Príliš veľa hovorov alebo chatov z jednej adresy: skúste to o chvíľu.</translation>
    </message>
    <message>
        <source>Too many chats at once: try again shortly.</source>
        <translation>Príliš veľa chatov naraz: skúste to o chvíľu.</translation>
    </message>
    <message>
        <source>Chat is not available right now.</source>
        <translation>Chat momentálne nie je k dispozícii.</translation>
    </message>
    <message>
        <source>The chat has ended.</source>
        <translation>Chat sa skončil.</translation>
    </message>
    <message>
        <source>Too fast: wait a moment and try again.</source>
        <translation>Príliš rýchlo: chvíľu počkajte a skúste to znova.</translation>
    </message>
    <message>
        <source>That can only be done once it is over.</source>
        <translation>To sa dá urobiť až po skončení.</translation>
    </message>
    <message>
        <source>It has been rated already.</source>
        <translation>Hodnotenie už bolo odoslané.</translation>
    </message>
    <message>
        <source>The server did not answer in time: check the connection and try again.</source>
        <translation>Server neodpovedal včas: skontrolujte pripojenie a skúste to znova.</translation>
    </message>
</context>
<context>
    <name>ui.admin.agents</name>
    <message>
        <source>Agent</source>
        <comment>a role</comment>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <comment>a role</comment>
        <translation>Supervízor</translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>a role</comment>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: takes calls, can log in</comment>
        <translation>Áno</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: takes calls, can log in</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Password for {name}</source>
        <comment>a window title</comment>
        <translation>Heslo pre používateľa {name}</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>a button: copy the password</comment>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Copies the password, without the spaces</source>
        <translation>Skopíruje heslo bez medzier</translation>
    </message>
    <message>
        <source>Give {name} the user name {username} and this password. It is shown only now: copy it before you close this.</source>
        <translation>Odovzdajte používateľovi {name} používateľské meno {username} a toto heslo. Zobrazuje sa len teraz: skopírujte si ho pred zatvorením okna.</translation>
    </message>
    <message>
        <source>The spaces only make it easier to read: type it without them.</source>
        <translation>Medzery slúžia len na ľahšie čítanie: heslo zadajte bez nich.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: a person&apos;s</comment>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>a column: the user name</comment>
        <translation>Používateľ</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>a column</comment>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column</comment>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>a column</comment>
        <translation>Zručnosti</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a column: takes calls</comment>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a column: chats at once</comment>
        <translation>Chaty</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a column: e-mail threads at once</comment>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a column: can log in</comment>
        <translation>Aktívny</translation>
    </message>
    <message>
        <source>New agent</source>
        <comment>a button</comment>
        <translation>Nový operátor</translation>
    </message>
    <message>
        <source>Double-click a team to rename it</source>
        <translation>Tím premenujete dvojitým kliknutím</translation>
    </message>
    <message>
        <source>New team name</source>
        <translation>Názov nového tímu</translation>
    </message>
    <message>
        <source>Add team</source>
        <comment>a button</comment>
        <translation>Pridať tím</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a group&apos;s title</comment>
        <translation>Tímy</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <comment>an example of a person&apos;s name</comment>
        <translation>napr. Ada Lovelace</translation>
    </message>
    <message>
        <source>ada.lovelace</source>
        <comment>an example of a login: letters, digits, . _ @ -</comment>
        <translation>ada.lovelace</translation>
    </message>
    <message>
        <source>leave empty: Callnest makes one up</source>
        <comment>a password</comment>
        <translation>nechajte prázdne: Callnest ho vytvorí</translation>
    </message>
    <message>
        <source>Takes calls (one at a time)</source>
        <translation>Prijíma hovory (po jednom)</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>a suffix after a number of chats</comment>
        <translation> naraz</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>a suffix after a number of e-mail threads</comment>
        <translation> naraz</translation>
    </message>
    <message>
        <source>How many customers&apos; e-mail threads they answer at once</source>
        <translation>Koľko e-mailových konverzácií so zákazníkmi vybavuje naraz</translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation>Môže sa prihlásiť</translation>
    </message>
    <message>
        <source>New skill, e.g. French</source>
        <translation>Nová zručnosť, napr. francúzština</translation>
    </message>
    <message>
        <source>Add skill</source>
        <comment>a button</comment>
        <translation>Pridať zručnosť</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: a person&apos;s</comment>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Login</source>
        <comment>a form&apos;s label: the user name</comment>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>a form&apos;s label</comment>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a form&apos;s label</comment>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a form&apos;s label: takes calls</comment>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a form&apos;s label: chats at once</comment>
        <translation>Chaty</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a form&apos;s label: e-mail threads at once</comment>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a form&apos;s label: can log in</comment>
        <translation>Aktívny</translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>a form&apos;s label</comment>
        <translation>Zručnosti</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <comment>a button</comment>
        <translation>Obnoviť heslo…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <comment>a button: stop someone logging in</comment>
        <translation>Deaktivovať…</translation>
    </message>
    <message>
        <source>Skills (tick, then set the level, 1 to 10)</source>
        <translation>Zručnosti (označte a nastavte úroveň 1 až 10)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(bez tímu)</translation>
    </message>
    <message>
        <source>New agent</source>
        <comment>the form&apos;s title</comment>
        <translation>Nový operátor</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a person&apos;s name</comment>
        <translation>Upraviť: {name}</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Zadajte meno osoby.</translation>
    </message>
    <message>
        <source>The login takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).</source>
        <translation>Používateľské meno môže mať 2 až 64 písmen, číslic a znakov . _ @ - (napr. ada.lovelace).</translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>Heslo musí mať aspoň %n znak.</numerusform>
            <numerusform>Heslo musí mať aspoň %n znaky.</numerusform>
            <numerusform>Heslo musí mať aspoň %n znakov.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created {name}.</source>
        <comment>a person&apos;s name</comment>
        <translation>Účet {name} bol vytvorený.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <comment>a person&apos;s name</comment>
        <translation>Účet {name} bol uložený.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <comment>a window title</comment>
        <translation>Obnoviť heslo</translation>
    </message>
    <message>
        <source>Make up a new password for {name}? The old one stops working at once.</source>
        <translation>Vytvoriť nové heslo pre používateľa {name}? Staré heslo okamžite prestane fungovať.</translation>
    </message>
    <message>
        <source>New password made for {name}.</source>
        <translation>Pre používateľa {name} bolo vytvorené nové heslo.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title: stop someone logging in</comment>
        <translation>Deaktivovať</translation>
    </message>
    <message>
        <source>Deactivate {name}? They are logged out now and cannot log in again; their history stays. Tick Active and save to undo.</source>
        <comment>Active: the form&apos;s label of that name</comment>
        <translation>Deaktivovať používateľa {name}? Hneď sa odhlási a už sa nebude môcť prihlásiť; história zostane zachovaná. Ak to chcete vrátiť, označte „Aktívny“ a uložte.</translation>
    </message>
    <message>
        <source>Deactivated {name}.</source>
        <translation>Účet {name} bol deaktivovaný.</translation>
    </message>
    <message>
        <source>Type the new team&apos;s name first.</source>
        <translation>Najprv zadajte názov nového tímu.</translation>
    </message>
    <message>
        <source>Created team {name}.</source>
        <translation>Tím {name} bol vytvorený.</translation>
    </message>
    <message>
        <source>Renamed team {before} to {after}.</source>
        <translation>Tím {before} bol premenovaný na {after}.</translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation>Tím musí mať názov.</translation>
    </message>
    <message>
        <source>Type the new skill&apos;s name first.</source>
        <translation>Najprv zadajte názov novej zručnosti.</translation>
    </message>
    <message>
        <source>Created skill {name}.</source>
        <translation>Zručnosť {name} bola vytvorená.</translation>
    </message>
</context>
<context>
    <name>ui.admin.backups</name>
    <message>
        <source>daily</source>
        <comment>why a backup was taken: the schedule</comment>
        <translation>denne</translation>
    </message>
    <message>
        <source>by hand</source>
        <comment>why a backup was taken: Back up now</comment>
        <translation>ručne</translation>
    </message>
    <message>
        <source>Back up every day</source>
        <translation>Zálohovať každý deň</translation>
    </message>
    <message>
        <source>At</source>
        <comment>a form&apos;s label: the time of day backups run</comment>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>a form&apos;s label</comment>
        <translation>Priečinok</translation>
    </message>
    <message>
        <source>The server&apos;s local time; pick a quiet hour</source>
        <translation>Miestny čas servera; vyberte pokojnú hodinu</translation>
    </message>
    <message>
        <source>A folder on the server&apos;s machine: best on another disk</source>
        <translation>Priečinok na počítači servera: najlepšie na inom disku</translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>a suffix after a number: how many kept</comment>
        <translation>
            <numerusform> zálohu</numerusform>
            <numerusform> zálohy</numerusform>
            <numerusform> záloh</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>a field: how many backups are kept</comment>
        <translation>Uchovať</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <comment>a form&apos;s label: how many backups</comment>
        <translation>Uchovať najnovšie</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Schedule</source>
        <comment>when backups are taken</comment>
        <translation>Plán</translation>
    </message>
    <message>
        <source>Back up now</source>
        <comment>a button</comment>
        <translation>Zálohovať teraz</translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>a column: when a backup was taken</comment>
        <translation>Vytvorená</translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column: why a backup was taken</comment>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>a column</comment>
        <translation>Veľkosť</translation>
    </message>
    <message>
        <source>Recordings</source>
        <comment>a column: how many recordings</comment>
        <translation>Nahrávky</translation>
    </message>
    <message>
        <source>A backup on another disk or a network share outlives this machine&apos;s disk. To bring one back on a new machine: callnest-server restore --from FOLDER --data-dir NEW</source>
        <comment>the command is typed as it is: leave callnest-server restore --from --data-dir in English (FOLDER and NEW may be translated)</comment>
        <translation>Záloha na inom disku alebo sieťovom úložisku prežije disk tohto počítača. Obnovenie na novom počítači: callnest-server restore --from PRIEČINOK --data-dir NOVÝ</translation>
    </message>
    <message>
        <source>Backup schedule saved: into {folder}.</source>
        <comment>{folder}: a path</comment>
        <translation>Plán zálohovania bol uložený: zálohuje sa do {folder}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.callbacks</name>
    <message>
        <source>A callback is a call the center owes a customer. A caller waiting in line may leave their number (key 1 on the phone, or the caller page&apos;s button) and keep their place; a customer may ask for a time on the web form, or an agent at wrap-up. When its turn comes an agent sees the customer&apos;s card, then the call is placed, and tried again if it does not reach them. A queue offers callbacks to waiting callers once ticked so in the Queues tab.</source>
        <translation>Spätné volanie je hovor, ktorý centrum dlhuje zákazníkovi. Volajúci čakajúci v rade môže zanechať svoje číslo (klávesom 1 na telefóne alebo tlačidlom na stránke pre volajúcich) a ponechať si miesto v rade; zákazník môže požiadať o konkrétny čas cez webový formulár, alebo spätné volanie naplánuje operátor pri spracovaní. Keď príde čas, operátor uvidí kartu zákazníka, potom sa hovor uskutoční, a ak sa zákazníka nepodarí zastihnúť, opakuje sa. Rad ponúka spätné volanie čakajúcim volajúcim, ak je to v ňom zapnuté na karte Rady.</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a filter: callbacks still owed</comment>
        <translation>Otvorené</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a filter: callbacks done</comment>
        <translation>Vybavené</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a filter: callbacks that failed</comment>
        <translation>Zlyhané</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a filter: called off</comment>
        <translation>Zrušené</translation>
    </message>
    <message>
        <source>All</source>
        <comment>a filter: every callback</comment>
        <translation>Všetky</translation>
    </message>
    <message>
        <source>No callbacks are owed right now.</source>
        <translation>Momentálne nie sú otvorené žiadne spätné volania.</translation>
    </message>
    <message>
        <source>No callback has reached its customer yet.</source>
        <translation>Zatiaľ žiadne spätné volanie nezastihlo zákazníka.</translation>
    </message>
    <message>
        <source>No callback has failed.</source>
        <translation>Žiadne spätné volanie nezlyhalo.</translation>
    </message>
    <message>
        <source>No callback has been called off.</source>
        <translation>Žiadne spätné volanie nebolo zrušené.</translation>
    </message>
    <message>
        <source>No callbacks yet.</source>
        <translation>Zatiaľ žiadne spätné volania.</translation>
    </message>
    <message>
        <source>It is done already</source>
        <comment>a callback</comment>
        <translation>Už je vybavené</translation>
    </message>
    <message>
        <source>It is failed already</source>
        <comment>a callback</comment>
        <translation>Už zlyhalo</translation>
    </message>
    <message>
        <source>It is cancelled already</source>
        <comment>a callback</comment>
        <translation>Už je zrušené</translation>
    </message>
    <message>
        <source>It is {status} already</source>
        <comment>{status}: a callback&apos;s status</comment>
        <translation>Už má stav {status}</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a column: when a callback is due</comment>
        <translation>Termín</translation>
    </message>
    <message>
        <source>on this computer&apos;s clock</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>podľa hodín tohto počítača</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a column</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>a column: who asked for it</comment>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Attempts</source>
        <comment>a column: calls made</comment>
        <translation>Pokusy</translation>
    </message>
    <message>
        <source>Last outcome</source>
        <comment>a column: how the last call ended</comment>
        <translation>Posledný výsledok</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>a column</comment>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Call off…</source>
        <comment>a button: cancel the callback</comment>
        <translation>Zrušiť…</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>then a filter</comment>
        <translation>Zobraziť</translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) (the first {limit} of a status).</source>
        <translation>
            <numerusform>%n spätné volanie (prvých {limit} v každom stave).</numerusform>
            <numerusform>%n spätné volania (prvých {limit} v každom stave).</numerusform>
            <numerusform>%n spätných volaní (prvých {limit} v každom stave).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s).</source>
        <translation>
            <numerusform>%n spätné volanie.</numerusform>
            <numerusform>%n spätné volania.</numerusform>
            <numerusform>%n spätných volaní.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an open callback to call it off</source>
        <translation>Vyberte otvorené spätné volanie, ktoré chcete zrušiť</translation>
    </message>
    <message>
        <source>It is being dialled: it cannot be called off now</source>
        <translation>Práve sa vytáča: teraz ho nemožno zrušiť</translation>
    </message>
    <message>
        <source>The customer is not called (nor told)</source>
        <translation>Zákazníkovi sa nezavolá (ani sa mu to neoznámi)</translation>
    </message>
    <message>
        <source>Call off callback</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Zrušiť spätné volanie</translation>
    </message>
    <message>
        <source>Call off the callback to {who}, due {due}? They will not be called, and nobody tells them.</source>
        <comment>{who}: a customer&apos;s name or number; {due}: a date and time</comment>
        <translation>Zrušiť spätné volanie pre {who} s termínom {due}? Zákazníkovi sa nezavolá a nikto mu to neoznámi.</translation>
    </message>
    <message>
        <source>The callback to {who} is called off.</source>
        <translation>Spätné volanie pre {who} bolo zrušené.</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_add_people</name>
    <message>
        <source>One person a line: their number, then a comma and their name if you have it.</source>
        <translation>Jedna osoba na riadok: číslo, potom čiarka a meno, ak ho poznáte.</translation>
    </message>
    <message>
        <source>Name, phone or e-mail, as in the Customers tab</source>
        <translation>Meno, telefón alebo e-mail, ako na karte Zákazníci</translation>
    </message>
    <message>
        <source>Find</source>
        <comment>a button: search</comment>
        <translation>Hľadať</translation>
    </message>
    <message>
        <source>Every customer the search finds is added, with their first number.</source>
        <translation>Pridá sa každý nájdený zákazník s prvým číslom.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <comment>a tab: numbers typed</comment>
        <translation>Čísla</translation>
    </message>
    <message>
        <source>Customers a search finds</source>
        <comment>a tab</comment>
        <translation>Zákazníci z vyhľadávania</translation>
    </message>
    <message>
        <source>None: every number has + and its country code</source>
        <comment>the country national numbers are read in: none</comment>
        <translation>Žiadna: každé číslo má + a predvoľbu krajiny</translation>
    </message>
    <message>
        <source>The country of the queue&apos;s caller ID, {number}.</source>
        <translation>Krajina zobrazovaného čísla radu {number}.</translation>
    </message>
    <message>
        <source>The queue&apos;s caller ID does not tell its country: choose one if you need to.</source>
        <translation>Zo zobrazovaného čísla radu nie je zrejmá krajina: v prípade potreby ju vyberte.</translation>
    </message>
    <message>
        <source>Numbers without + are from</source>
        <comment>then a list of countries</comment>
        <translation>Krajina čísel bez +</translation>
    </message>
    <message>
        <source>Add to the list</source>
        <comment>a button</comment>
        <translation>Pridať do zoznamu</translation>
    </message>
    <message>
        <source>%v of %m people sent</source>
        <comment>a progress bar: keep %v (sent so far) and %m (all)</comment>
        <translation>Odoslané osoby: %v z %m</translation>
    </message>
    <message>
        <source>Find first: the matches are counted before anyone is added</source>
        <translation>Najprv vyhľadajte: zhody sa spočítajú skôr, než sa niekto pridá</translation>
    </message>
    <message>
        <source>Type or paste the numbers to call, one a line.</source>
        <translation>Napíšte alebo vložte čísla na volanie, jedno na riadok.</translation>
    </message>
    <message>
        <source>Adding the customers who match “{search}”…</source>
        <translation>Pridávajú sa zákazníci vyhovujúci „{search}“…</translation>
    </message>
    <message>
        <source>{result} (the first {sent} of {total} were sent, the rest were not)</source>
        <comment>{result}: what came of the sends (Added 480 · 15 already listed · 5 refused)</comment>
        <translation>{result} (odoslaných bolo prvých {sent} z {total}, ostatné nie)</translation>
    </message>
    <message>
        <source>“{name}”: {result}.</source>
        <translation>„{name}“: {result}.</translation>
    </message>
    <message>
        <source>Add people to “{name}”</source>
        <comment>a window&apos;s title</comment>
        <translation>Pridať ľudí do „{name}“</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_editor</name>
    <message>
        <source>Mon</source>
        <comment>Monday, shortened: a checkbox</comment>
        <translation>Po</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Pondelok</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>Tuesday, shortened: a checkbox</comment>
        <translation>Ut</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Utorok</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>Wednesday, shortened: a checkbox</comment>
        <translation>St</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Streda</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>Thursday, shortened: a checkbox</comment>
        <translation>Št</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Štvrtok</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>Friday, shortened: a checkbox</comment>
        <translation>Pi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Piatok</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>Saturday, shortened: a checkbox</comment>
        <translation>So</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sobota</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>Sunday, shortened: a checkbox</comment>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Nedeľa</translation>
    </message>
    <message>
        <source>e.g. Spring renewals</source>
        <comment>a campaign&apos;s name</comment>
        <translation>napr. Jarné predĺženia</translation>
    </message>
    <message>
        <source>Its agents take the campaign&apos;s calls; people see its caller ID (Queues tab)</source>
        <translation>Hovory kampane vybavujú operátori radu; ľudia vidia jeho zobrazované číslo (karta Rady)</translation>
    </message>
    <message>
        <source>What the agents read on the campaign&apos;s card and calls</source>
        <translation>Čo operátori čítajú na karte kampane a počas hovorov</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the agent reads the card before the call goes out</source>
        <translation>Ako dlho operátor číta kartu, kým sa hovor uskutoční</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a campaign&apos;s</comment>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Scenár</translation>
    </message>
    <message>
        <source>Calls go out</source>
        <comment>preview or progressive</comment>
        <translation>Spôsob volania</translation>
    </message>
    <message>
        <source>Card shown for</source>
        <comment>then a number of seconds</comment>
        <translation>Karta sa zobrazí na</translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation>Čas volania</translation>
    </message>
    <message>
        <source>Trying again</source>
        <comment>calling a person again</comment>
        <translation>Opakovanie</translation>
    </message>
    <message>
        <source>Counts as a success</source>
        <translation>Počíta sa ako úspech</translation>
    </message>
    <message>
        <source>Means an answering machine</source>
        <translation>Znamená odkazovač</translation>
    </message>
    <message>
        <source>The report&apos;s conversion: the people reached who end with one of these.</source>
        <translation>Konverzia v zostave: zastihnutí ľudia, ktorých kontakt skončil jednou z týchto klasifikácií.</translation>
    </message>
    <message>
        <source>The agent says so with one of these: the person is called again after the answering machine&apos;s wait.</source>
        <translation>Operátor to označí jednou z týchto klasifikácií: osobe sa zavolá znova po čakaní nastavenom pre odkazovač.</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Each country&apos;s default hours</source>
        <translation>Predvolený čas každej krajiny</translation>
    </message>
    <message>
        <source>One window for everyone:</source>
        <comment>calling hours</comment>
        <translation>Jeden čas pre všetkých:</translation>
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
        <translation>Podľa miestneho času každej osoby. Predvolený čas krajiny dodržiava jej zákon, ak ho poznáme (Španielsko: pracovné dni 09:00-21:00; Rusko a USA: pondelok až sobota 09:00-20:00); inde pracovné dni 09:00-20:00.</translation>
    </message>
    <message>
        <source>Calls to one person at most, the first included</source>
        <translation>Najviac hovorov jednej osobe vrátane prvého</translation>
    </message>
    <message>
        <source>Calls to a person, at most</source>
        <translation>Najviac hovorov na osobu</translation>
    </message>
    <message>
        <source>Then wait, after a call that was…</source>
        <comment>followed by rows: Busy, No answer... and the minutes to wait</comment>
        <translation>Čakanie po hovore s výsledkom…</translation>
    </message>
    <message>
        <source>not again</source>
        <comment>an empty wait: no retry</comment>
        <translation>už nie</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>after a wait&apos;s field</comment>
        <translation>minút</translation>
    </message>
    <message>
        <source>Leave a wait empty not to call again after that outcome.</source>
        <translation>Ak sa po danom výsledku už nemá volať znova, nechajte čakanie prázdne.</translation>
    </message>
    <message>
        <source>The queue&apos;s script</source>
        <translation>Scenár radu</translation>
    </message>
    <message>
        <source>New campaign</source>
        <comment>a heading</comment>
        <translation>Nová kampaň</translation>
    </message>
    <message>
        <source>Campaign “{name}”</source>
        <comment>a heading</comment>
        <translation>Kampaň „{name}“</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Zadajte názov kampane.</translation>
    </message>
    <message>
        <source>Make a queue first (Queues tab): its agents take the campaign&apos;s calls.</source>
        <translation>Najprv vytvorte rad (karta Rady): jeho operátori budú vybavovať hovory kampane.</translation>
    </message>
    <message>
        <source>Campaign “{name}” created.</source>
        <translation>Kampaň „{name}“ bola vytvorená.</translation>
    </message>
    <message>
        <source>Campaign “{name}” saved.</source>
        <translation>Kampaň „{name}“ bola uložená.</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_people</name>
    <message>
        <source>As soon as the hours allow</source>
        <comment>when a person is called next</comment>
        <translation>Hneď, ako to čas volania dovolí</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: a person&apos;s</comment>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Calls made</source>
        <comment>a column: how many</comment>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Last call</source>
        <comment>a column: how it ended</comment>
        <translation>Posledný hovor</translation>
    </message>
    <message>
        <source>Next call</source>
        <comment>a column: when</comment>
        <translation>Ďalší hovor</translation>
    </message>
    <message>
        <source>on this computer&apos;s clock</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>podľa hodín tohto počítača</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation>Klasifikácia</translation>
    </message>
    <message>
        <source>Everyone</source>
        <comment>a filter: people of any status</comment>
        <translation>Všetci</translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>a button: the page before</comment>
        <translation>Predchádzajúce</translation>
    </message>
    <message>
        <source>Next</source>
        <comment>a button: the page after</comment>
        <translation>Ďalšie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>then a filter</comment>
        <translation>Zobraziť</translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation>Osoby v zozname</translation>
    </message>
    <message>
        <source>Nobody here.</source>
        <comment>an empty page of people</comment>
        <translation>Nikto tu nie je.</translation>
    </message>
    <message>
        <source>People {first} to {last} of {total}</source>
        <translation>Osoby {first} – {last} z {total}</translation>
    </message>
    <message>
        <source>People {first} to {last}</source>
        <translation>Osoby {first} – {last}</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_report</name>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>How the calls ended</source>
        <translation>Výsledky hovorov</translation>
    </message>
    <message>
        <source>Dispositions of the people reached</source>
        <translation>Klasifikácie zastihnutých ľudí</translation>
    </message>
    <message>
        <source>The list</source>
        <comment>where a campaign&apos;s list stands</comment>
        <translation>Zoznam</translation>
    </message>
    <message>
        <source>Agents&apos; time on the campaign</source>
        <translation>Čas operátorov na kampani</translation>
    </message>
    <message>
        <source>“{name}” as of {time}.</source>
        <translation>„{name}“ k {time}.</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>Načítava sa „{name}“…</translation>
    </message>
</context>
<context>
    <name>ui.admin.campaigns</name>
    <message>
        <source>Campaign “{name}” is running.</source>
        <translation>Kampaň „{name}“ prebieha.</translation>
    </message>
    <message>
        <source>Campaign “{name}” is paused.</source>
        <translation>Kampaň „{name}“ je pozastavená.</translation>
    </message>
    <message>
        <source>Campaign “{name}” is finished.</source>
        <translation>Kampaň „{name}“ je ukončená.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <comment>a column</comment>
        <translation>Kampaň</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Calls go out</source>
        <comment>a column: the mode</comment>
        <translation>Spôsob volania</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>a column</comment>
        <translation>Priebeh</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>a column: when</comment>
        <translation>Vytvorená</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nová kampaň</translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation>Pridať ľudí…</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>a button: start the campaign</comment>
        <translation>Spustiť</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>a button: pause the campaign</comment>
        <translation>Pozastaviť</translation>
    </message>
    <message>
        <source>Finish…</source>
        <comment>a button: finish the campaign</comment>
        <translation>Ukončiť…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Odstrániť…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>You may read campaigns; only the owner changes them.</source>
        <translation>Kampane si môžete prezerať; meniť ich môže len vlastník.</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>a tab</comment>
        <translation>Nastavenia</translation>
    </message>
    <message>
        <source>Report</source>
        <comment>a tab</comment>
        <translation>Zostava</translation>
    </message>
    <message>
        <source>People</source>
        <comment>a tab: a campaign&apos;s list</comment>
        <translation>Ľudia</translation>
    </message>
    <message>
        <source>Queue #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Rad č. {id}</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a button: resume the campaign</comment>
        <translation>Pokračovať</translation>
    </message>
    <message>
        <source>Pause it first: a running campaign cannot be deleted</source>
        <translation>Najprv ju pozastavte: spustenú kampaň nemožno odstrániť</translation>
    </message>
    <message>
        <source>Finish campaign</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Ukončiť kampaň</translation>
    </message>
    <message>
        <source>Finish “{name}”? Nobody more on its list is called, and it cannot be started again. Its report stays.</source>
        <translation>Ukončiť „{name}“? Nikomu ďalšiemu zo zoznamu sa už nezavolá a kampaň sa nebude dať znova spustiť. Jej zostava zostane.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its list of %n people? Its report goes with it; its calls stay in Interactions and Reports.</source>
        <translation>
            <numerusform>Odstrániť „{name}“ a jej zoznam s %n osobou? Zostava sa odstráni s ňou; jej hovory zostanú v Interakciách a Zostavách.</numerusform>
            <numerusform>Odstrániť „{name}“ a jej zoznam s %n osobami? Zostava sa odstráni s ňou; jej hovory zostanú v Interakciách a Zostavách.</numerusform>
            <numerusform>Odstrániť „{name}“ a jej zoznam s %n osobami? Zostava sa odstráni s ňou; jej hovory zostanú v Interakciách a Zostavách.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”? Its report goes with it; its calls stay in Interactions and Reports.</source>
        <translation>Odstrániť „{name}“? Zostava sa odstráni s ňou; jej hovory zostanú v Interakciách a Zostavách.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Odstrániť kampaň</translation>
    </message>
    <message>
        <source>Campaign “{name}” deleted.</source>
        <translation>Kampaň „{name}“ bola odstránená.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <comment>a tab</comment>
        <translation>Kampane</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <comment>a tab</comment>
        <translation>Zoznam „Nevolať“</translation>
    </message>
</context>
<context>
    <name>ui.admin.charts</name>
    <message>
        <source>Available</source>
        <translation>K dispozícii</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Zvoní</translation>
    </message>
    <message>
        <source>On a contact</source>
        <translation>Vybavuje kontakt</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Podržanie</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Spracovanie</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Prestávka</translation>
    </message>
    <message>
        <source>goal {goal}%</source>
        <comment>the service-level goal: goal 80%</comment>
        <translation>cieľ {goal}&#xa0;%</translation>
    </message>
    <message>
        <source>No figures for this period.</source>
        <translation>Za toto obdobie nie sú k dispozícii žiadne údaje.</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ponúknuté</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Prijaté</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Opustené</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <comment>a chart&apos;s title</comment>
        <translation>Kontakty za interval</translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>an axis&apos; title</comment>
        <translation>kontakty</translation>
    </message>
    <message>
        <source>interval starting</source>
        <comment>an axis&apos; title</comment>
        <translation>začiatok intervalu</translation>
    </message>
    <message>
        <source>Service level through the day</source>
        <comment>a chart&apos;s title</comment>
        <translation>Úroveň služieb počas dňa</translation>
    </message>
    <message>
        <source>service level %</source>
        <comment>an axis&apos; title</comment>
        <translation>úroveň služieb %</translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>the chart&apos;s line: answered in time</comment>
        <translation>Prijaté</translation>
    </message>
    <message>
        <source>Answered within {seconds} s</source>
        <translation>Prijaté do {seconds} s</translation>
    </message>
    <message>
        <source>goal {goal}% within {seconds} s</source>
        <comment>the service-level goal: goal 80% within 20 s</comment>
        <translation>cieľ {goal}&#xa0;% do {seconds} s</translation>
    </message>
    <message>
        <source>Agent states</source>
        <comment>a chart&apos;s title</comment>
        <translation>Stavy operátorov</translation>
    </message>
    <message>
        <source>blank: logged out</source>
        <comment>the chart&apos;s legend: no colour means</comment>
        <translation>prázdne: odhlásený</translation>
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
        <translation>Meno</translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a column: phone numbers</comment>
        <translation>Telefóny</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a column: e-mail addresses</comment>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a column</comment>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Name, phone (any format) or e-mail</source>
        <translation>Meno, telefón (v akomkoľvek tvare) alebo e-mail</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>a button</comment>
        <translation>Hľadať</translation>
    </message>
    <message>
        <source>New customer</source>
        <comment>a button</comment>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <comment>a button</comment>
        <translation>Importovať CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Exportovať CSV…</translation>
    </message>
    <message>
        <source>Field</source>
        <comment>a column: a custom field&apos;s name</comment>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a column: a custom field&apos;s value</comment>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Add field</source>
        <comment>a button: a custom field</comment>
        <translation>Pridať pole</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a field</comment>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a field</comment>
        <translation>Telefóny</translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a field</comment>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a field</comment>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <comment>a field</comment>
        <translation>Vlastné polia</translation>
    </message>
    <message>
        <source>Export their data…</source>
        <comment>a button</comment>
        <translation>Exportovať údaje…</translation>
    </message>
    <message>
        <source>Everything kept about this customer, as a zip: their card, interactions, chat transcripts and recordings (for an access request)</source>
        <translation>Všetko, čo sa o tomto zákazníkovi uchováva, ako súbor ZIP: karta, interakcie, prepisy chatov a nahrávky (na žiadosť o prístup k údajom)</translation>
    </message>
    <message>
        <source>Erase…</source>
        <comment>a button</comment>
        <translation>Vymazať…</translation>
    </message>
    <message>
        <source>Erase this customer for good: their card, the names, notes and recordings of their calls and chats, and their chat transcripts</source>
        <translation>Natrvalo vymazať tohto zákazníka: kartu, mená, poznámky a nahrávky jeho hovorov a chatov a prepisy chatov</translation>
    </message>
    <message>
        <source>History (latest interactions)</source>
        <translation>História (posledné interakcie)</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match “{text}”.</source>
        <translation>
            <numerusform>Vyhľadávaniu „{text}“ vyhovuje %n zákazník.</numerusform>
            <numerusform>Vyhľadávaniu „{text}“ vyhovujú %n zákazníci.</numerusform>
            <numerusform>Vyhľadávaniu „{text}“ vyhovuje %n zákazníkov.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s).</source>
        <translation>
            <numerusform>%n zákazník.</numerusform>
            <numerusform>%n zákazníci.</numerusform>
            <numerusform>%n zákazníkov.</numerusform>
        </translation>
    </message>
    <message>
        <source>give the customer a name</source>
        <translation>zadajte meno zákazníka</translation>
    </message>
    <message>
        <source>Customer “{name}” added.</source>
        <translation>Zákazník „{name}“ bol pridaný.</translation>
    </message>
    <message>
        <source>Customer “{name}” saved.</source>
        <translation>Zákazník „{name}“ bol uložený.</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Odstrániť zákazníka</translation>
    </message>
    <message>
        <source>Delete “{name}” and their details? Their past interactions stay, unnamed.</source>
        <translation>Odstrániť „{name}“ aj s údajmi? Minulé interakcie zostanú, ale bez mena.</translation>
    </message>
    <message>
        <source>Customer “{name}” deleted.</source>
        <translation>Zákazník „{name}“ bol odstránený.</translation>
    </message>
    <message>
        <source>Export the customer&apos;s data</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Export údajov zákazníka</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exporting everything kept about “{name}”…</source>
        <translation>Exportuje sa všetko, čo sa uchováva o „{name}“…</translation>
    </message>
    <message>
        <source>Everything kept about “{name}” is in {file} ({size}).</source>
        <translation>Všetko, čo sa uchováva o „{name}“, je v súbore {file} ({size}).</translation>
    </message>
    <message>
        <source>Erase “{name}” for good? Their card, the names, notes and recordings of their calls and chats, and their chat transcripts are deleted; the reports keep the calls, unnamed. This cannot be undone.</source>
        <translation>Natrvalo vymazať „{name}“? Odstráni sa karta, mená, poznámky a nahrávky hovorov a chatov a prepisy chatov; zostavy si hovory ponechajú, ale bez mena. Túto akciu nemožno vrátiť.</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Vymazať zákazníka</translation>
    </message>
    <message>
        <source>“{name}” erased: {interactions}, {chats}, {recordings}.</source>
        <comment>{interactions}: 3 interactions; {chats}: 2 chats; {recordings}: 1 recording</comment>
        <translation>Vymazané: „{name}“ – {interactions}, {chats}, {recordings}.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n interakcia</numerusform>
            <numerusform>%n interakcie</numerusform>
            <numerusform>%n interakcií</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n chat</numerusform>
            <numerusform>%n chaty</numerusform>
            <numerusform>%n chatov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n nahrávka</numerusform>
            <numerusform>%n nahrávky</numerusform>
            <numerusform>%n nahrávok</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these recording files by hand: {files}</source>
        <comment>{files}: the files&apos; names, comma-separated</comment>
        <translation>Tieto súbory nahrávok odstráňte ručne: {files}</translation>
    </message>
    <message>
        <source>Import customers</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Import zákazníkov</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filters</comment>
        <translation>Súbory CSV (*.csv);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Export customers</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Export zákazníkov</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Súbor {file} sa nepodarilo prečítať: {reason}</translation>
    </message>
    <message>
        <source>{file} is {size}; the limit is 10 MB: split it.</source>
        <translation>Súbor {file} má {size}; limit je 10 MB: rozdeľte ho.</translation>
    </message>
    <message>
        <source>Importing {file} ({size})… nothing changes unless every row is fine.</source>
        <translation>Importuje sa {file} ({size})… nič sa nezmení, ak nie sú všetky riadky v poriadku.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n customer(s) created, {updated} updated.</source>
        <comment>{updated}: how many other customers were updated</comment>
        <translation>
            <numerusform>{file}: %n nový zákazník, aktualizovaní: {updated}.</numerusform>
            <numerusform>{file}: %n noví zákazníci, aktualizovaní: {updated}.</numerusform>
            <numerusform>{file}: %n nových zákazníkov, aktualizovaní: {updated}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <comment>{problem}: what the server found wrong in the file&apos;s line</comment>
        <translation>Riadok {line}: {problem}</translation>
    </message>
    <message>
        <source>Exporting every customer…</source>
        <translation>Exportujú sa všetci zákazníci…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {file} ({size}).</source>
        <translation>
            <numerusform>Do súboru {file} bol exportovaný %n zákazník ({size}).</numerusform>
            <numerusform>Do súboru {file} boli exportovaní %n zákazníci ({size}).</numerusform>
            <numerusform>Do súboru {file} bolo exportovaných %n zákazníkov ({size}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Súbor {file} sa nepodarilo zapísať: {reason}</translation>
    </message>
    <message>
        <source>New customer</source>
        <comment>the form&apos;s title</comment>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <comment>the form&apos;s title: the customer&apos;s number</comment>
        <translation>Zákazník č. {id}</translation>
    </message>
</context>
<context>
    <name>ui.admin.do_not_call</name>
    <message>
        <source>Every campaign</source>
        <translation>Všetky kampane</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Applies to</source>
        <comment>a column: which campaigns</comment>
        <translation>Platí pre</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>a column: why it is listed</comment>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Added by</source>
        <comment>a column: who listed it</comment>
        <translation>Kto pridal</translation>
    </message>
    <message>
        <source>When</source>
        <comment>a column: when it was listed</comment>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Which campaigns may not call it (an import uses this too)</source>
        <translation>Ktoré kampane naň nesmú volať (platí aj pre import)</translation>
    </message>
    <message>
        <source>e.g. asked on the phone</source>
        <comment>an example of a reason</comment>
        <translation>napr. žiadosť po telefóne</translation>
    </message>
    <message>
        <source>Why (an import uses this where its file gives no reason)</source>
        <translation>Dôvod (použije sa aj pri importe, ak súbor dôvod neuvádza)</translation>
    </message>
    <message>
        <source>Add</source>
        <comment>a button: add the number to the list</comment>
        <translation>Pridať</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a field: a phone number</comment>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>For</source>
        <comment>a field: the campaigns it applies to</comment>
        <translation>Pre</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>a field: why it is listed</comment>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>a button: take the number off</comment>
        <translation>Odobrať…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <comment>a button</comment>
        <translation>Importovať CSV…</translation>
    </message>
    <message>
        <source>A file of numbers: one a line, or a CSV with a “number” column (and a “reason” column, if you like)</source>
        <comment>“number” and “reason” are a file&apos;s column names: keep them in English</comment>
        <translation>Súbor s číslami: jedno na riadok alebo CSV so stĺpcom „number“ (prípadne aj so stĺpcom „reason“)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Exportovať CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>%v of %m numbers sent</source>
        <comment>a progress bar: Qt puts the numbers sent for %v and all of them for %m</comment>
        <translation>Odoslané čísla: %v z %m</translation>
    </message>
    <message>
        <source>Numbers not to call</source>
        <translation>Čísla, na ktoré sa nemá volať</translation>
    </message>
    <message>
        <source>Only the owner adds numbers to the list or takes them off.</source>
        <translation>Čísla do zoznamu pridáva a odoberá len vlastník.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the list.</source>
        <comment>phone numbers on the do-not-call list</comment>
        <translation>
            <numerusform>V zozname je %n číslo.</numerusform>
            <numerusform>V zozname sú %n čísla.</numerusform>
            <numerusform>V zozname je %n čísel.</numerusform>
        </translation>
    </message>
    <message>
        <source>No numbers on the list.</source>
        <translation>V zozname nie sú žiadne čísla.</translation>
    </message>
    <message>
        <source>Only campaign #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Len kampaň č. {id}</translation>
    </message>
    <message>
        <source>User #{id}</source>
        <comment>one whose name is not known</comment>
        <translation>Používateľ č. {id}</translation>
    </message>
    <message>
        <source>Type the number never to call.</source>
        <translation>Zadajte číslo, na ktoré sa nemá nikdy volať.</translation>
    </message>
    <message>
        <source>{number} is on the do-not-call list ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>Číslo {number} je v zozname „Nevolať“ ({scope}).</translation>
    </message>
    <message>
        <source>{number} was on the do-not-call list already ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>Číslo {number} už bolo v zozname „Nevolať“ ({scope}).</translation>
    </message>
    <message>
        <source>Remove from the do-not-call list</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Odobrať zo zoznamu „Nevolať“</translation>
    </message>
    <message>
        <source>Take {number} off the do-not-call list ({scope})? It may be called again.</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>Odobrať číslo {number} zo zoznamu „Nevolať“ ({scope})? Bude sa naň znova dať volať.</translation>
    </message>
    <message>
        <source>{number} is off the do-not-call list ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation>Číslo {number} už nie je v zozname „Nevolať“ ({scope}).</translation>
    </message>
    <message>
        <source>Import numbers never to call</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Import čísel, na ktoré sa nemá volať</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <comment>a file dialog&apos;s filters</comment>
        <translation>Súbory CSV alebo textové súbory (*.csv *.txt);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>Export the do-not-call list</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Export zoznamu „Nevolať“</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Súbor {file} sa nepodarilo prečítať: {reason}</translation>
    </message>
    <message>
        <source>{file} is over 10 MB: is it a list of numbers?</source>
        <translation>Súbor {file} má viac ako 10 MB: je to naozaj zoznam čísel?</translation>
    </message>
    <message>
        <source>{file} has no numbers in it.</source>
        <translation>Súbor {file} neobsahuje žiadne čísla.</translation>
    </message>
    <message>
        <source>{file}: {tally}</source>
        <comment>{tally}: Added 2 · 1 already listed…</comment>
        <translation>{file}: {tally}</translation>
    </message>
    <message>
        <source>{file}: {tally} (stopped after {sent} of {total}: see above)</source>
        <comment>{tally}: Added 2 · 1 already listed…</comment>
        <translation>{file}: {tally} (zastavené po {sent} z {total}: pozrite vyššie)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Súbor {file} sa nepodarilo zapísať: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n number(s) to {file}.</source>
        <comment>phone numbers written to a file</comment>
        <translation>
            <numerusform>Do súboru {file} sa zapísalo %n číslo.</numerusform>
            <numerusform>Do súboru {file} sa zapísali %n čísla.</numerusform>
            <numerusform>Do súboru {file} sa zapísalo %n čísel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only “{campaign}”</source>
        <comment>applies to this campaign alone</comment>
        <translation>Len „{campaign}“</translation>
    </message>
</context>
<context>
    <name>ui.admin.form</name>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Odstrániť…</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>{field}: a form field&apos;s label; {problem}: what is wrong with it</comment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>a column: a skill&apos;s level</comment>
        <translation>Úroveň</translation>
    </message>
    <message>
        <source>Skill</source>
        <comment>a column</comment>
        <translation>Zručnosť</translation>
    </message>
</context>
<context>
    <name>ui.admin.health</name>
    <message>
        <source>the mail account&apos;s (app) password</source>
        <translation>heslo (aplikácie) k e-mailovému účtu</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>nezmení sa, kým nezadáte nové</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation>TLS od začiatku (port 465)</translation>
    </message>
    <message>
        <source>None: a relay on this network (port 25)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation>Žiadne: prenosový server v tejto sieti (port 25)</translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <comment>{fix}: the server&apos;s advice</comment>
        <translation>Čo robiť: {fix}</translation>
    </message>
    <message>
        <source>Check now</source>
        <comment>a button</comment>
        <translation>Skontrolovať</translation>
    </message>
    <message>
        <source>Runs every check on the server: a few seconds, as some ask the network</source>
        <translation>Spustí všetky kontroly na serveri: trvá to niekoľko sekúnd, pretože niektoré overujú sieť</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Zatiaľ neskontrolované.</translation>
    </message>
    <message>
        <source>Raised</source>
        <comment>a column: when an alarm was raised</comment>
        <translation>Vznikol</translation>
    </message>
    <message>
        <source>Alarm</source>
        <comment>a column</comment>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Cleared</source>
        <comment>a column: when an alarm was cleared</comment>
        <translation>Pominul</translation>
    </message>
    <message>
        <source>No alarm has been raised.</source>
        <translation>Zatiaľ nevznikol žiadny alarm.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <comment>a group&apos;s title</comment>
        <translation>Alarmy</translation>
    </message>
    <message>
        <source>owner@example.com, another@example.com</source>
        <comment>example e-mail addresses: keep example.com</comment>
        <translation>vlastnik@example.com, dalsi@example.com</translation>
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
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Send a test</source>
        <comment>a button: a test e-mail</comment>
        <translation>Odoslať test</translation>
    </message>
    <message>
        <source>Stop e-mailing</source>
        <comment>a button</comment>
        <translation>Prestať posielať e-maily</translation>
    </message>
    <message>
        <source>To</source>
        <comment>an e-mail&apos;s recipients</comment>
        <translation>Komu</translation>
    </message>
    <message>
        <source>From</source>
        <comment>an e-mail&apos;s sender</comment>
        <translation>Od</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Poštový server</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>the mail server&apos;s port</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>how the mail connection is secured</comment>
        <translation>Zabezpečenie</translation>
    </message>
    <message>
        <source>E-mail each alarm (raised, then cleared)</source>
        <translation>Posielať e-mail o každom alarme (pri vzniku aj pominutí)</translation>
    </message>
    <message>
        <source>Checking… (a few seconds: some checks ask the network)</source>
        <translation>Kontroluje sa… (niekoľko sekúnd: niektoré kontroly overujú sieť)</translation>
    </message>
    <message>
        <source>still raised</source>
        <comment>an alarm not cleared yet</comment>
        <translation>stále trvá</translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <comment>an alarm&apos;s title, then what it found (both the server&apos;s words)</comment>
        <translation>{title}: {summary}</translation>
    </message>
    <message>
        <source>Alarms are not e-mailed: they show in the app only.</source>
        <translation>Alarmy sa neposielajú e-mailom: zobrazujú sa len v aplikácii.</translation>
    </message>
    <message>
        <source>Alarms are e-mailed to {addresses}.</source>
        <comment>e-mail addresses</comment>
        <translation>Alarmy sa posielajú e-mailom na {addresses}.</translation>
    </message>
    <message>
        <source>Alarm e-mails saved.</source>
        <translation>Nastavenie e-mailov o alarmoch bolo uložené.</translation>
    </message>
    <message>
        <source>Sending a test…</source>
        <translation>Odosiela sa test…</translation>
    </message>
    <message>
        <source>The test was sent: see that it arrives.</source>
        <translation>Test bol odoslaný: skontrolujte, či dorazil.</translation>
    </message>
    <message>
        <source>Test e-mail sent.</source>
        <translation>Testovací e-mail bol odoslaný.</translation>
    </message>
    <message>
        <source>The mail server did not take the test: {problem}</source>
        <comment>{problem}: the mail server&apos;s answer</comment>
        <translation>Poštový server test neprijal: {problem}</translation>
    </message>
    <message>
        <source>The test was not sent.</source>
        <translation>Test nebol odoslaný.</translation>
    </message>
    <message>
        <source>Alarms are no longer e-mailed.</source>
        <translation>Alarmy sa už neposielajú e-mailom.</translation>
    </message>
</context>
<context>
    <name>ui.admin.interactions</name>
    <message>
        <source>System default</source>
        <translation>Predvolené systémom</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table&apos;s cell: it has a recording</comment>
        <translation>Áno</translation>
    </message>
    <message>
        <source>When</source>
        <comment>a column: when it came in</comment>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a column: call, chat...</comment>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation>Operátor</translation>
    </message>
    <message>
        <source>Caller</source>
        <comment>a column: the caller&apos;s name</comment>
        <translation>Volajúci</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>a column: how it ended</comment>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Wait</source>
        <comment>a column: time waiting</comment>
        <translation>Čakanie</translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: time talking</comment>
        <translation>Rozhovor</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation>Klasifikácia</translation>
    </message>
    <message>
        <source>Recording</source>
        <comment>a column: is there one</comment>
        <translation>Nahrávka</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <comment>a filter</comment>
        <translation>Akýkoľvek výsledok</translation>
    </message>
    <message>
        <source>Customer: name, phone or e-mail</source>
        <translation>Zákazník: meno, telefón alebo e-mail</translation>
    </message>
    <message>
        <source>Any customer</source>
        <comment>a filter</comment>
        <translation>Akýkoľvek zákazník</translation>
    </message>
    <message>
        <source>Find customer</source>
        <comment>a button</comment>
        <translation>Nájsť zákazníka</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>a button</comment>
        <translation>Hľadať</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Exportovať CSV…</translation>
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
        <translation>Čas vstupu:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <comment>a label</comment>
        <translation>Rad:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <comment>a label</comment>
        <translation>Operátor:</translation>
    </message>
    <message>
        <source>Caller:</source>
        <comment>a label</comment>
        <translation>Volajúci:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <comment>a label</comment>
        <translation>Zákazník:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <comment>a label</comment>
        <translation>Výsledok:</translation>
    </message>
    <message>
        <source>Wait / ring / talk:</source>
        <comment>a label: three durations</comment>
        <translation>Čakanie / zvonenie / rozhovor:</translation>
    </message>
    <message>
        <source>Hold / wrap-up:</source>
        <comment>a label: two durations</comment>
        <translation>Podržanie / spracovanie:</translation>
    </message>
    <message>
        <source>Disposition:</source>
        <comment>a label</comment>
        <translation>Klasifikácia:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <comment>a label</comment>
        <translation>Poznámky:</translation>
    </message>
    <message>
        <source>Agent&apos;s link:</source>
        <comment>a label: the home connection</comment>
        <translation>Pripojenie operátora:</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>a button: the recording</comment>
        <translation>Prehrať</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>a button: the recording</comment>
        <translation>Zastaviť</translation>
    </message>
    <message>
        <source>Recording</source>
        <comment>a box&apos;s title</comment>
        <translation>Nahrávka</translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>a field: where it plays</comment>
        <translation>Reproduktor</translation>
    </message>
    <message>
        <source>Interaction</source>
        <comment>a box&apos;s title</comment>
        <translation>Interakcia</translation>
    </message>
    <message>
        <source>Conversation</source>
        <comment>a box&apos;s title: a chat&apos;s messages</comment>
        <translation>Konverzácia</translation>
    </message>
    <message>
        <source>Any queue</source>
        <comment>a filter</comment>
        <translation>Akýkoľvek rad</translation>
    </message>
    <message>
        <source>Any agent</source>
        <comment>a filter</comment>
        <translation>Akýkoľvek operátor</translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <comment>a filter</comment>
        <translation>Vyberte zákazníka…</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Vyhľadávaniu „{text}“ nevyhovuje žiadny zákazník.</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Prvý deň je neskôr ako posledný.</translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) (the latest {limit}: narrow the search).</source>
        <translation>
            <numerusform>%n interakcia (posledných {limit}: zúžte vyhľadávanie).</numerusform>
            <numerusform>%n interakcie (posledných {limit}: zúžte vyhľadávanie).</numerusform>
            <numerusform>%n interakcií (posledných {limit}: zúžte vyhľadávanie).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s).</source>
        <translation>
            <numerusform>%n interakcia.</numerusform>
            <numerusform>%n interakcie.</numerusform>
            <numerusform>%n interakcií.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an interaction.</source>
        <translation>Vyberte interakciu.</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Bez nahrávky</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Načítava sa konverzácia…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <comment>an empty conversation</comment>
        <translation>Nič nebolo napísané.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <comment>the recording</comment>
        <translation>Sťahuje sa…</translation>
    </message>
    <message>
        <source>Decoding…</source>
        <comment>the recording</comment>
        <translation>Dekóduje sa…</translation>
    </message>
    <message>
        <source>Export interactions</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Export interakcií</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Súbor {file} sa nepodarilo zapísať: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interaction(s) to {file}.</source>
        <translation>
            <numerusform>Do súboru {file} bola exportovaná %n interakcia.</numerusform>
            <numerusform>Do súboru {file} boli exportované %n interakcie.</numerusform>
            <numerusform>Do súboru {file} bolo exportovaných %n interakcií.</numerusform>
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
        <translation>zákazník</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>who wrote a message</comment>
        <translation>operátor</translation>
    </message>
    <message>
        <source>Callnest</source>
        <comment>a message the system wrote</comment>
        <translation>Callnest</translation>
    </message>
    <message>
        <source>not measured</source>
        <comment>the agent&apos;s link</comment>
        <translation>nemerané</translation>
    </message>
    <message>
        <source>MOS {average} (worst {worst})</source>
        <comment>call quality, 1 to 5</comment>
        <translation>MOS {average} (najhoršie {worst})</translation>
    </message>
    <message>
        <source>loss {average}% (worst {worst}%)</source>
        <comment>packets lost</comment>
        <translation>strata {average}&#xa0;% (najhoršie {worst}&#xa0;%)</translation>
    </message>
    <message>
        <source>jitter {ms} ms</source>
        <comment>the network&apos;s jitter</comment>
        <translation>jitter {ms} ms</translation>
    </message>
    <message>
        <source>rtt {ms} ms</source>
        <comment>the network&apos;s round-trip time</comment>
        <translation>odozva {ms} ms</translation>
    </message>
    <message>
        <source>{channel} out</source>
        <comment>an outbound contact: Call out</comment>
        <translation>{channel} (odchádzajúci)</translation>
    </message>
</context>
<context>
    <name>ui.admin.lists</name>
    <message>
        <source>Yes</source>
        <comment>a table&apos;s cell</comment>
        <translation>Áno</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table&apos;s cell</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column and a field: the item&apos;s name</comment>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>a column and a field</comment>
        <translation>Popis</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a column and a field: offered to agents</comment>
        <translation>Aktívne</translation>
    </message>
    <message>
        <source>Offered to agents</source>
        <comment>a check box</comment>
        <translation>Ponúka sa operátorom</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Odstrániť…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button: offer it to agents again</comment>
        <translation>Znova aktivovať</translation>
    </message>
    <message>
        <source>give it a name</source>
        <translation>zadajte názov</translation>
    </message>
    <message>
        <source>Delete “{name}”? Past contacts keep their history but lose this name; to stop offering it and keep the name, untick Active instead.</source>
        <translation>Odstrániť „{name}“? Minulé kontakty si zachovajú históriu, ale stratia tento názov; ak ho chcete prestať ponúkať a názov zachovať, radšej zrušte označenie „Aktívne“.</translation>
    </message>
    <message>
        <source>New disposition</source>
        <comment>a button</comment>
        <translation>Nová klasifikácia</translation>
    </message>
    <message>
        <source>Disposition “{name}” added.</source>
        <translation>Klasifikácia „{name}“ bola pridaná.</translation>
    </message>
    <message>
        <source>Disposition “{name}” saved.</source>
        <translation>Klasifikácia „{name}“ bola uložená.</translation>
    </message>
    <message>
        <source>Disposition “{name}” deleted.</source>
        <translation>Klasifikácia „{name}“ bola odstránená.</translation>
    </message>
    <message>
        <source>this disposition</source>
        <comment>in “Delete “this disposition”?”</comment>
        <translation>túto klasifikáciu</translation>
    </message>
    <message>
        <source>Delete disposition</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Odstrániť klasifikáciu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Platená</translation>
    </message>
    <message>
        <source>New break reason</source>
        <comment>a button</comment>
        <translation>Nový dôvod prestávky</translation>
    </message>
    <message>
        <source>Break reason “{name}” added.</source>
        <translation>Dôvod prestávky „{name}“ bol pridaný.</translation>
    </message>
    <message>
        <source>Break reason “{name}” saved.</source>
        <translation>Dôvod prestávky „{name}“ bol uložený.</translation>
    </message>
    <message>
        <source>Break reason “{name}” deleted.</source>
        <translation>Dôvod prestávky „{name}“ bol odstránený.</translation>
    </message>
    <message>
        <source>this break reason</source>
        <comment>in “Delete “this break reason”?”</comment>
        <translation>tento dôvod prestávky</translation>
    </message>
    <message>
        <source>Delete break reason</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Odstrániť dôvod prestávky</translation>
    </message>
    <message>
        <source>Dispositions (what became of a contact, chosen at wrap-up)</source>
        <translation>Klasifikácie (ako kontakt dopadol, vyberá sa pri spracovaní)</translation>
    </message>
    <message>
        <source>Break reasons</source>
        <comment>a box&apos;s title</comment>
        <translation>Dôvody prestávok</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button: no longer offer it to agents</comment>
        <translation>Deaktivovať</translation>
    </message>
</context>
<context>
    <name>ui.admin.mailboxes</name>
    <message>
        <source>the account&apos;s (app) password</source>
        <translation>heslo (aplikácie) k účtu</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>nezmení sa, kým nezadáte nové</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <comment>an IMAP connection&apos;s security</comment>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <comment>an IMAP connection&apos;s security</comment>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <comment>an SMTP connection&apos;s security</comment>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <comment>an SMTP connection&apos;s security</comment>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>Taking mail in</source>
        <comment>a mailbox&apos;s state</comment>
        <translation>Prijíma poštu</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>a mailbox&apos;s state</comment>
        <translation>Pripája sa…</translation>
    </message>
    <message>
        <source>Failing</source>
        <comment>a mailbox&apos;s state</comment>
        <translation>Zlyháva</translation>
    </message>
    <message>
        <source>Failing: {error}</source>
        <comment>a mailbox&apos;s state; {error}: the mail server&apos;s words</comment>
        <translation>Zlyháva: {error}</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>a mailbox&apos;s state: not in use</comment>
        <translation>Vypnutá</translation>
    </message>
    <message>
        <source>the mail server gave no reason</source>
        <translation>poštový server neuviedol dôvod</translation>
    </message>
    <message>
        <source>Failing since {time}: {error}</source>
        <comment>{time}: a time of day, maybe a day; {error}: the mail server&apos;s words</comment>
        <translation>Zlyháva od {time}: {error}</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: the mailbox is in use</comment>
        <translation>Áno</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: the mailbox is in use</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a form&apos;s label</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>a form&apos;s label: an e-mail&apos;s</comment>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Name on replies</source>
        <comment>a form&apos;s label: the From name</comment>
        <translation>Meno odosielateľa</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>a form&apos;s label: the account&apos;s</comment>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <comment>a form&apos;s label</comment>
        <translation>Server IMAP</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <comment>a form&apos;s label</comment>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <comment>a form&apos;s label</comment>
        <translation>Zabezpečenie IMAP</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>a form&apos;s label: IMAP&apos;s</comment>
        <translation>Priečinok</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>a form&apos;s label</comment>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <comment>a form&apos;s label</comment>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <comment>a form&apos;s label</comment>
        <translation>Zabezpečenie SMTP</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>a form&apos;s label</comment>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a form&apos;s label</comment>
        <translation>Používa sa</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>choose a queue</source>
        <translation>vyberte rad</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <comment>an example of an address</comment>
        <translation>podpora@example.com</translation>
    </message>
    <message>
        <source>optional: e.g. Example Support</source>
        <comment>a From name</comment>
        <translation>nepovinné: napr. Podpora Example</translation>
    </message>
    <message>
        <source>In use (unticked: kept, not read)</source>
        <translation>Používa sa (neoznačené: ponechá sa, ale nečíta sa)</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <comment>a group&apos;s title</comment>
        <translation>Poštová schránka</translation>
    </message>
    <message>
        <source>often the address itself</source>
        <translation>často samotná adresa</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>a group&apos;s title: the mail account&apos;s login</comment>
        <translation>Účet</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <comment>an example of a server&apos;s name</comment>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Reading mail (IMAP)</source>
        <comment>a group&apos;s title</comment>
        <translation>Čítanie pošty (IMAP)</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>a form&apos;s label</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Security</source>
        <comment>a form&apos;s label</comment>
        <translation>Zabezpečenie</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>a form&apos;s label: a network port</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <comment>an example of a server&apos;s name</comment>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Sending replies (SMTP)</source>
        <comment>a group&apos;s title</comment>
        <translation>Odosielanie odpovedí (SMTP)</translation>
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
        <translation>Pridáva sa pod každú odpoveď odoslanú z tejto schránky.</translation>
    </message>
    <message>
        <source>{queue} (has {address})</source>
        <comment>{queue}: a queue&apos;s name; {address}: the mailbox it already has</comment>
        <translation>{queue} (už má {address})</translation>
    </message>
    <message>
        <source>add a queue first, in the Queues tab</source>
        <translation>najprv pridajte rad na karte Rady</translation>
    </message>
    <message>
        <source>every queue has a mailbox: add a queue in the Queues tab</source>
        <translation>každý rad už má poštovú schránku: pridajte rad na karte Rady</translation>
    </message>
    <message>
        <source>choose the queue whose customers write here</source>
        <translation>vyberte rad, ktorého zákazníci píšu na túto adresu</translation>
    </message>
    <message>
        <source>type the address customers write to (e.g. support@example.com)</source>
        <translation>zadajte adresu, na ktorú píšu zákazníci (napr. podpora@example.com)</translation>
    </message>
    <message>
        <source>type the server mail is read from (e.g. imap.example.com)</source>
        <translation>zadajte server, z ktorého sa číta pošta (napr. imap.example.com)</translation>
    </message>
    <message>
        <source>type the server replies are sent by (e.g. smtp.example.com)</source>
        <translation>zadajte server, cez ktorý sa odosielajú odpovede (napr. smtp.example.com)</translation>
    </message>
    <message>
        <source>type the account&apos;s username (often the address)</source>
        <translation>zadajte používateľské meno k účtu (často je to adresa)</translation>
    </message>
    <message>
        <source>type the account&apos;s password</source>
        <translation>zadajte heslo k účtu</translation>
    </message>
    <message>
        <source>Created mailbox {address}.</source>
        <translation>Poštová schránka {address} bola vytvorená.</translation>
    </message>
    <message>
        <source>Saved mailbox {address}.</source>
        <translation>Poštová schránka {address} bola uložená.</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <comment>a window title</comment>
        <translation>Nová poštová schránka</translation>
    </message>
    <message>
        <source>Mailbox {address}</source>
        <comment>a window title: an address</comment>
        <translation>Poštová schránka {address}</translation>
    </message>
    <message>
        <source>Address</source>
        <comment>a column: an e-mail address</comment>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <comment>a column: where mail is read</comment>
        <translation>Server IMAP</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>a column: where replies leave</comment>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>a column: the login</comment>
        <translation>Účet</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a column</comment>
        <translation>Používa sa</translation>
    </message>
    <message>
        <source>State</source>
        <comment>a column: how reading it is doing</comment>
        <translation>Stav</translation>
    </message>
    <message>
        <source>how the server&apos;s reading of the mailbox is doing, asked every few seconds</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>ako server zvláda čítanie schránky; zisťuje sa každých niekoľko sekúnd</translation>
    </message>
    <message>
        <source>One mailbox per queue: customers write to its address, Callnest reads the mail (IMAP) and sends the agents&apos; replies from it (SMTP).</source>
        <translation>Jedna poštová schránka pre každý rad: zákazníci píšu na jej adresu, Callnest z nej číta poštu (IMAP) a odosiela z nej odpovede operátorov (SMTP).</translation>
    </message>
    <message>
        <source>New mailbox</source>
        <comment>a button</comment>
        <translation>Nová poštová schránka</translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>a button</comment>
        <translation>Upraviť…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Odstrániť…</translation>
    </message>
    <message>
        <source>{username} · password set</source>
        <comment>{username}: the login</comment>
        <translation>{username} · heslo je nastavené</translation>
    </message>
    <message>
        <source>{username} · no password</source>
        <comment>{username}: the login</comment>
        <translation>{username} · bez hesla</translation>
    </message>
    <message>
        <source>Delete mailbox</source>
        <comment>a window title</comment>
        <translation>Odstrániť poštovú schránku</translation>
    </message>
    <message>
        <source>Delete the mailbox {address}? Its e-mail conversations are deleted with it (the mail stays on the mail server). To stop reading it and keep them, untick In use instead.</source>
        <comment>In use: the form&apos;s check box of that name</comment>
        <translation>Odstrániť poštovú schránku {address}? Spolu s ňou sa odstránia aj jej e-mailové konverzácie (pošta zostane na poštovom serveri). Ak ju chcete prestať čítať a konverzácie zachovať, radšej zrušte označenie „Používa sa“.</translation>
    </message>
    <message>
        <source>Deleted mailbox {address}.</source>
        <translation>Poštová schránka {address} bola odstránená.</translation>
    </message>
</context>
<context>
    <name>ui.admin.phone_numbers</name>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a column: a number&apos;s own name</comment>
        <translation>Označenie</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a column</comment>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>— (refused)</source>
        <comment>a number&apos;s queue: none, calls are refused</comment>
        <translation>— (odmieta sa)</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefónne čísla</translation>
    </message>
    <message>
        <source>New number</source>
        <comment>a button: a new phone number</comment>
        <translation>Nové číslo</translation>
    </message>
    <message>
        <source>+386 1 234 5678 or 00386 1 234 5678</source>
        <comment>two ways of writing a phone number: keep the numbers (or use your country&apos;s)</comment>
        <translation>+421 2 1234 5678 alebo 00421 2 1234 5678</translation>
    </message>
    <message>
        <source>add a trunk above first</source>
        <translation>najprv vyššie pridajte trunk</translation>
    </message>
    <message>
        <source>optional: e.g. Sales line</source>
        <comment>a number&apos;s label</comment>
        <translation>nepovinné: napr. Linka predaja</translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a form&apos;s label: a phone number</comment>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a form&apos;s label: a number&apos;s own name</comment>
        <translation>Označenie</translation>
    </message>
    <message>
        <source>Arrives on trunk</source>
        <translation>Prichádza cez trunk</translation>
    </message>
    <message>
        <source>Answered by queue</source>
        <translation>Odpovedá rad</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a field</comment>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a field</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>(none yet: calls are refused)</source>
        <comment>a number&apos;s queue</comment>
        <translation>(zatiaľ žiadny: hovory sa odmietajú)</translation>
    </message>
    <message>
        <source>#{id} (not available)</source>
        <comment>a trunk or queue since deleted</comment>
        <translation>č. {id} (nie je k dispozícii)</translation>
    </message>
    <message>
        <source>New phone number</source>
        <comment>the form&apos;s title</comment>
        <translation>Nové telefónne číslo</translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <comment>the form&apos;s title</comment>
        <translation>Upraviť: {number}</translation>
    </message>
    <message>
        <source>Trunk: add a trunk first: a number&apos;s calls arrive on one.</source>
        <translation>Trunk: najprv pridajte trunk: hovory na číslo prichádzajú cez trunk.</translation>
    </message>
    <message>
        <source>Added phone number {number}.</source>
        <translation>Telefónne číslo {number} bolo pridané.</translation>
    </message>
    <message>
        <source>Saved phone number {number}.</source>
        <translation>Telefónne číslo {number} bolo uložené.</translation>
    </message>
    <message>
        <source>Delete phone number</source>
        <comment>a window title</comment>
        <translation>Odstrániť telefónne číslo</translation>
    </message>
    <message>
        <source>Delete {number}? Calls to it are no longer answered here.</source>
        <translation>Odstrániť {number}? Hovory na toto číslo sa tu už nebudú prijímať.</translation>
    </message>
    <message>
        <source>Deleted phone number {number}.</source>
        <translation>Telefónne číslo {number} bolo odstránené.</translation>
    </message>
</context>
<context>
    <name>ui.admin.phones</name>
    <message>
        <source>SIP trunks (how phone calls reach Callnest)</source>
        <translation>SIP trunky (cez ktoré prichádzajú telefónne hovory do aplikácie Callnest)</translation>
    </message>
    <message>
        <source>Phone numbers (which queue answers each)</source>
        <translation>Telefónne čísla (ktorý rad na ktoré odpovedá)</translation>
    </message>
</context>
<context>
    <name>ui.admin.prompts</name>
    <message>
        <source>Welcome</source>
        <comment>an announcement: the first thing a waiting caller hears</comment>
        <translation>Uvítanie</translation>
    </message>
    <message>
        <source>Estimated wait: less than a minute</source>
        <comment>an announcement</comment>
        <translation>Predpokladaná doba čakania: menej ako minúta</translation>
    </message>
    <message>
        <source>Estimated wait: more than thirty minutes</source>
        <comment>an announcement</comment>
        <translation>Predpokladaná doba čakania: viac ako tridsať minút</translation>
    </message>
    <message>
        <source>Thanks for waiting</source>
        <comment>an announcement: an agent is about to answer</comment>
        <translation>Poďakovanie za čakanie</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <comment>an announcement: the call may be recorded; key 9 refuses</comment>
        <translation>Upozornenie na nahrávanie</translation>
    </message>
    <message>
        <source>The line to the agent was cut</source>
        <comment>an announcement: the caller is first in line for the next agent</comment>
        <translation>Spojenie s operátorom sa prerušilo</translation>
    </message>
    <message>
        <source>Callback offer</source>
        <comment>an announcement: press 1 to be called back, keeping your place</comment>
        <translation>Ponuka spätného volania</translation>
    </message>
    <message>
        <source>Callback goodbye</source>
        <comment>an announcement: to a caller who asked to be called back</comment>
        <translation>Rozlúčka pri spätnom volaní</translation>
    </message>
    <message>
        <source>Place in line: {number}</source>
        <comment>an announcement: &apos;You are number 5&apos;</comment>
        <translation>Miesto v rade: {number}</translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: %n minute(s)</source>
        <comment>an announcement</comment>
        <translation>
            <numerusform>Predpokladaná doba čakania: %n minúta</numerusform>
            <numerusform>Predpokladaná doba čakania: %n minúty</numerusform>
            <numerusform>Predpokladaná doba čakania: %n minút</numerusform>
        </translation>
    </message>
    <message>
        <source>This language offered on key {key}</source>
        <comment>an announcement a phone caller hears when the queue offers languages: &apos;For English, press 1.&apos;, said in the language itself</comment>
        <translation>Ponuka tohto jazyka na klávese {key}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>a length in seconds</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>The file is larger than {size}: save the recording as MP3 or Ogg, which takes far less room.</source>
        <translation>Súbor je väčší ako {size}: uložte nahrávku ako MP3 alebo Ogg, ktoré zaberajú oveľa menej miesta.</translation>
    </message>
    <message>
        <source>This is not a sound file the server can read, or it is damaged. Save the recording as WAV, MP3, Ogg or FLAC and try again.</source>
        <translation>Toto nie je zvukový súbor, ktorý server dokáže prečítať, alebo je poškodený. Uložte nahrávku ako WAV, MP3, Ogg alebo FLAC a skúste to znova.</translation>
    </message>
    <message>
        <source>The file has no sound in it.</source>
        <translation>Súbor neobsahuje žiadny zvuk.</translation>
    </message>
    <message>
        <source>The recording lasts {seconds} s without the silence around it; it must last at least {min} s.</source>
        <translation>Nahrávka bez okolitého ticha trvá {seconds} s; musí trvať aspoň {min} s.</translation>
    </message>
    <message>
        <source>The recording lasts {seconds} s without the silence around it; this announcement may last at most {max} s. Say it shorter.</source>
        <translation>Nahrávka bez okolitého ticha trvá {seconds} s; toto hlásenie môže trvať najviac {max} s. Povedzte ho stručnejšie.</translation>
    </message>
    <message>
        <source>The recording is too quiet ({level} dBFS; at least {min} dBFS). Record it closer to the microphone, or turn the microphone up.</source>
        <comment>dBFS: decibels below the loudest a recording can be; leave it as it is</comment>
        <translation>Nahrávka je príliš tichá ({level} dBFS; aspoň {min} dBFS). Nahrajte ju bližšie k mikrofónu alebo zvýšte citlivosť mikrofónu.</translation>
    </message>
    <message>
        <source>The recording is mostly silence: there is sound in only {percent} % of it. Cut the long pauses, or record it again.</source>
        <translation>Nahrávka je takmer celá ticho: zvuk je len v {percent}&#xa0;% z nej. Vystrihnite dlhé pauzy alebo ju nahrajte znova.</translation>
    </message>
    <message>
        <source>The recording is distorted: {percent} % of it is as loud as a recording can be (at most {max} % may be). Record it again less loud.</source>
        <translation>Nahrávka je skreslená: {percent}&#xa0;% z nej má najvyššiu možnú hlasitosť (povolených je najviac {max}&#xa0;%). Nahrajte ju znova tichšie.</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>a label: the language of the announcements shown</comment>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation>Obnoviť</translation>
    </message>
    <message>
        <source>Announcement</source>
        <comment>a column: what is said</comment>
        <translation>Hlásenie</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>a column: the server&apos;s voice, or the owner&apos;s recording</comment>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Length</source>
        <comment>a column: how long it lasts</comment>
        <translation>Dĺžka</translation>
    </message>
    <message>
        <source>Upload recording…</source>
        <comment>a button</comment>
        <translation>Odoslať nahrávku…</translation>
    </message>
    <message>
        <source>Save audio…</source>
        <comment>a button: the prompt to a file</comment>
        <translation>Uložiť zvuk…</translation>
    </message>
    <message>
        <source>Use the made one</source>
        <comment>a button: the server&apos;s voice again</comment>
        <translation>Použiť hlas servera</translation>
    </message>
    <message>
        <source>Your recording takes the server&apos;s voice&apos;s place for the callers who hear this language: a sound file (WAV, MP3, Ogg, FLAC…) up to {size}, at least {min} s long. The silence around it is cut, and it is made as loud as the other announcements.</source>
        <translation>Vaša nahrávka nahradí hlas servera pre volajúcich, ktorí počujú tento jazyk: zvukový súbor (WAV, MP3, Ogg, FLAC…) s veľkosťou do {size} a dĺžkou aspoň {min} s. Ticho okolo nej sa odstráni a hlasitosť sa prispôsobí ostatným hláseniam.</translation>
    </message>
    <message>
        <source>Your recording</source>
        <comment>who made an announcement</comment>
        <translation>Vaša nahrávka</translation>
    </message>
    <message>
        <source>Made by the server</source>
        <comment>who made an announcement</comment>
        <translation>Hlas servera</translation>
    </message>
    <message>
        <source>The server&apos;s own lasts {length}; a recording may last up to {max}.</source>
        <translation>Hlásenie servera trvá {length}; nahrávka môže trvať najviac {max}.</translation>
    </message>
    <message>
        <source>{announcement} ({language})</source>
        <comment>an announcement and, in brackets, the language it is said in</comment>
        <translation>{announcement} ({language})</translation>
    </message>
    <message>
        <source>Upload a recording</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Odoslanie nahrávky</translation>
    </message>
    <message>
        <source>Sound files (*.wav *.mp3 *.ogg *.opus *.flac *.m4a *.aac *.webm *.aif *.aiff);;All files (*)</source>
        <comment>a file dialog&apos;s filters: translate the words, keep the patterns</comment>
        <translation>Zvukové súbory (*.wav *.mp3 *.ogg *.opus *.flac *.m4a *.aac *.webm *.aif *.aiff);;Všetky súbory (*)</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Súbor {file} sa nepodarilo prečítať: {reason}</translation>
    </message>
    <message>
        <source>Sending {file}…</source>
        <translation>Odosiela sa {file}…</translation>
    </message>
    <message>
        <source>{announcement}: callers now hear your recording ({length}).</source>
        <translation>{announcement}: volajúci teraz počujú vašu nahrávku ({length}).</translation>
    </message>
    <message>
        <source>Use the made one</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Použiť hlas servera</translation>
    </message>
    <message>
        <source>Delete your recording of {announcement}? Callers will hear the server&apos;s voice again.</source>
        <translation>Odstrániť vašu nahrávku hlásenia „{announcement}“? Volajúci budú znova počuť hlas servera.</translation>
    </message>
    <message>
        <source>{announcement}: callers hear the server&apos;s voice again.</source>
        <translation>{announcement}: volajúci znova počujú hlas servera.</translation>
    </message>
    <message>
        <source>Save the announcement&apos;s audio</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Uloženie zvuku hlásenia</translation>
    </message>
    <message>
        <source>Ogg audio (*.ogg)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Zvuk Ogg (*.ogg)</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Súbor {file} sa nepodarilo zapísať: {reason}</translation>
    </message>
    <message>
        <source>{announcement} saved to {file}.</source>
        <translation>{announcement}: uložené do súboru {file}.</translation>
    </message>
</context>
<context>
    <name>ui.admin.queues</name>
    <message>
        <source>Longest idle agent first</source>
        <comment>a ringing strategy</comment>
        <translation>Najprv najdlhšie nečinný operátor</translation>
    </message>
    <message>
        <source>Round robin</source>
        <comment>a ringing strategy</comment>
        <translation>Postupne dookola</translation>
    </message>
    <message>
        <source>Fewest contacts today</source>
        <comment>a ringing strategy</comment>
        <translation>Najmenej kontaktov dnes</translation>
    </message>
    <message>
        <source>Ring everyone</source>
        <comment>a ringing strategy</comment>
        <translation>Zvoniť všetkým</translation>
    </message>
    <message>
        <source>Best skill level first</source>
        <comment>a ringing strategy</comment>
        <translation>Najprv najvyššia úroveň zručnosti</translation>
    </message>
    <message>
        <source>Scheduled callbacks&apos; priority over new calls</source>
        <translation>Priorita naplánovaných spätných volaní pred novými hovormi</translation>
    </message>
    <message>
        <source> s</source>
        <comment>a suffix after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Another queue</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Iný rad</translation>
    </message>
    <message>
        <source>queue #{id}</source>
        <comment>a queue whose name is not known</comment>
        <translation>rad č. {id}</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column: the name people see</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the name in web addresses</comment>
        <translation>Názov v adrese</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>a column</comment>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>New queue</source>
        <comment>a button</comment>
        <translation>Nový rad</translation>
    </message>
    <message>
        <source>Pause after</source>
        <comment>a field: pause an agent after misses</comment>
        <translation>Pozastaviť po</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>a field</comment>
        <translation>Najdlhšie čakanie</translation>
    </message>
    <message>
        <source>Announce every</source>
        <comment>a field: how often</comment>
        <translation>Hlásiť každých</translation>
    </message>
    <message>
        <source>Required skills</source>
        <comment>a field</comment>
        <translation>Požadované zručnosti</translation>
    </message>
    <message>
        <source>Widening</source>
        <comment>a field: who may answer, as callers wait</comment>
        <translation>Rozširovanie</translation>
    </message>
    <message>
        <source>IVR menu</source>
        <comment>a field</comment>
        <translation>IVR menu</translation>
    </message>
    <message>
        <source>Business hours</source>
        <comment>a field</comment>
        <translation>Prevádzkové hodiny</translation>
    </message>
    <message>
        <source>After hours</source>
        <comment>a field: where callers go when closed</comment>
        <translation>Mimo prevádzkových hodín</translation>
    </message>
    <message>
        <source>Recording notice</source>
        <comment>a field</comment>
        <translation>Upozornenie na nahrávanie</translation>
    </message>
    <message>
        <source>First response within</source>
        <comment>a field</comment>
        <translation>Prvá odpoveď do</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <comment>a field</comment>
        <translation>Vyriešenie do</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <comment>a field: the specialists&apos; queue</comment>
        <translation>Eskalovať do</translation>
    </message>
    <message>
        <source>Display name</source>
        <comment>a form&apos;s label</comment>
        <translation>Zobrazovaný názov</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the name in the caller&apos;s web address</comment>
        <translation>Názov v adrese</translation>
    </message>
    <message>
        <source>Strategy</source>
        <comment>a form&apos;s label: how it rings</comment>
        <translation>Stratégia</translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>a form&apos;s label</comment>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>Ring for</source>
        <comment>a form&apos;s label: how long an agent&apos;s phone rings</comment>
        <translation>Dĺžka zvonenia</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a form&apos;s label: time after a call to finish it</comment>
        <translation>Spracovanie</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a form&apos;s label</comment>
        <translation>Úroveň služieb</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a form&apos;s label: what agents read out</comment>
        <translation>Scenár</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>a form&apos;s label: the queue&apos;s callers&apos; language</comment>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Caller ID on outbound calls</source>
        <translation>Zobrazované číslo pri odchádzajúcich hovoroch</translation>
    </message>
    <message>
        <source>Then send to</source>
        <comment>a form&apos;s label: after the longest wait</comment>
        <translation>Potom presmerovať do</translation>
    </message>
    <message>
        <source>Hold music</source>
        <comment>a form&apos;s label</comment>
        <translation>Hudba pri čakaní</translation>
    </message>
    <message>
        <source>Offer callbacks to waiting callers</source>
        <translation>Ponúkať čakajúcim volajúcim spätné volanie</translation>
    </message>
    <message>
        <source>Callback card shown for</source>
        <comment>a form&apos;s label: how long</comment>
        <translation>Karta spätného volania sa zobrazí na</translation>
    </message>
    <message>
        <source>e.g. Sales &amp; Billing</source>
        <comment>an example of a queue&apos;s name</comment>
        <translation>napr. Predaj a fakturácia</translation>
    </message>
    <message>
        <source>sales-billing (in the caller&apos;s web address)</source>
        <comment>an example: lower-case letters, digits and dashes only</comment>
        <translation>predaj-fakturacia (vo webovej adrese pre volajúcich)</translation>
    </message>
    <message>
        <source>Agents in several queues take the higher priority first</source>
        <translation>Operátori vo viacerých radoch vybavujú najprv vyššiu prioritu</translation>
    </message>
    <message numerus="yes">
        <source> missed offer(s)</source>
        <comment>a suffix after a number: pause an agent after this many calls not taken</comment>
        <translation>
            <numerusform> zmeškanej ponuke</numerusform>
            <numerusform> zmeškaných ponukách</numerusform>
            <numerusform> zmeškaných ponukách</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <comment>pause an agent after: never</comment>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Answered within this many seconds counts as in service level</source>
        <translation>Prijatie do tohto počtu sekúnd sa počíta do úrovne služieb</translation>
    </message>
    <message>
        <source>What this queue&apos;s callers read on the call page and hear in announcements, unless they choose another language</source>
        <translation>V tomto jazyku volajúci tohto radu čítajú stránku hovoru a počujú hlásenia, ak si nevyberú iný jazyk</translation>
    </message>
    <message>
        <source>With two or more ticked, phone callers first hear each language offered in itself and choose one with a key; web callers read their browser&apos;s language</source>
        <translation>Ak označíte dva alebo viac jazykov, volajúci po telefóne najprv počujú ponuku každého jazyka v tomto jazyku a jeden vyberú klávesom; volajúci cez web čítajú v jazyku svojho prehliadača</translation>
    </message>
    <message>
        <source>e.g. +386 1 234 5678; empty: the trunk&apos;s own</source>
        <comment>an example of a phone number (keep it, or use your country&apos;s)</comment>
        <translation>napr. +421 2 1234 5678; prázdne: vlastné číslo trunku</translation>
    </message>
    <message>
        <source>The number the people this queue&apos;s agents call see (any international way)</source>
        <translation>Číslo, ktoré vidia ľudia, ktorým volajú operátori tohto radu (v akomkoľvek medzinárodnom tvare)</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a group&apos;s title</comment>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Pause agent after</source>
        <translation>Pozastaviť operátora po</translation>
    </message>
    <message>
        <source>Phone callers choose</source>
        <comment>a field: languages on offer</comment>
        <translation>Výber jazyka po telefóne</translation>
    </message>
    <message>
        <source>Limit the wait to</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Obmedziť čakanie na</translation>
    </message>
    <message>
        <source>Not set (the call is rejected)</source>
        <comment>where a waiting caller is sent</comment>
        <translation>Nenastavené (hovor sa odmietne)</translation>
    </message>
    <message>
        <source>Announce place in line every</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Hlásiť miesto v rade každých</translation>
    </message>
    <message>
        <source>Tell callers their call may be recorded, and let them refuse</source>
        <translation>Oznámiť volajúcim, že hovor môže byť nahrávaný, a umožniť im to odmietnuť</translation>
    </message>
    <message>
        <source>Before anyone answers, callers hear that the call may be recorded and that pressing 9 (or the caller page&apos;s button) stops it; their choice is kept with the call</source>
        <translation>Skôr, než niekto hovor prijme, volajúci počujú, že hovor môže byť nahrávaný a že stlačením 9 (alebo tlačidlom na stránke pre volajúcich) nahrávanie zastavia; ich voľba sa uloží k hovoru</translation>
    </message>
    <message>
        <source>Waiting callers</source>
        <comment>a group&apos;s title</comment>
        <translation>Čakajúci volajúci</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <comment>a column: a skill&apos;s</comment>
        <translation>Minimálna úroveň</translation>
    </message>
    <message>
        <source>After waiting</source>
        <comment>a column: a number of seconds</comment>
        <translation>Po čakaní</translation>
    </message>
    <message>
        <source>Accept level from</source>
        <comment>a column: a skill level</comment>
        <translation>Prijať úroveň od</translation>
    </message>
    <message>
        <source>Add step</source>
        <comment>a button: a row of the widening</comment>
        <translation>Pridať krok</translation>
    </message>
    <message>
        <source>Remove step</source>
        <comment>a button: a row of the widening</comment>
        <translation>Odobrať krok</translation>
    </message>
    <message>
        <source>Who may answer</source>
        <comment>a group&apos;s title</comment>
        <translation>Kto môže prijať</translation>
    </message>
    <message>
        <source>As a caller waits, widen who may answer:</source>
        <translation>Počas čakania volajúceho rozširovať, kto môže hovor prijať:</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>a column: a phone key, 1 to 9, * 0 #</comment>
        <translation>Kláves</translation>
    </message>
    <message>
        <source>Label the caller sees</source>
        <comment>a column</comment>
        <translation>Text pre volajúceho</translation>
    </message>
    <message>
        <source>Sends to queue</source>
        <comment>a column</comment>
        <translation>Presmeruje do radu</translation>
    </message>
    <message>
        <source>Add choice</source>
        <comment>a button: a choice of the IVR menu</comment>
        <translation>Pridať voľbu</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <comment>a button: a choice of the IVR menu</comment>
        <translation>Odobrať voľbu</translation>
    </message>
    <message>
        <source>IVR menu (none: callers queue here at once)</source>
        <translation>IVR menu (žiadne: volajúci sa hneď zaradia do tohto radu)</translation>
    </message>
    <message>
        <source>Business hours (unticked: always open)</source>
        <translation>Prevádzkové hodiny (neoznačené: vždy otvorené)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Časové pásmo</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>a day&apos;s opening hours: none</comment>
        <translation>zatvorené</translation>
    </message>
    <message>
        <source>e.g. 09:00-12:30, 13:30-17:00; empty: closed all day</source>
        <comment>keep the times&apos; format: 09:00-12:30, spans parted by commas</comment>
        <translation>napr. 09:00-12:30, 13:30-17:00; prázdne: celý deň zatvorené</translation>
    </message>
    <message>
        <source>e.g. 2026-12-25, 2027-01-01</source>
        <comment>examples of dates: keep the format (year-month-day)</comment>
        <translation>napr. 2026-12-25, 2027-01-01</translation>
    </message>
    <message>
        <source>Holidays (closed)</source>
        <translation>Sviatky (zatvorené)</translation>
    </message>
    <message>
        <source>When closed, send to</source>
        <translation>Keď je zatvorené, presmerovať do</translation>
    </message>
    <message>
        <source>Callers in line may leave their number and hang up (key 1 on the phone, the caller page&apos;s button): they keep their place and are called back</source>
        <translation>Volajúci v rade môžu zanechať číslo a zavesiť (kláves 1 na telefóne, tlačidlo na stránke pre volajúcich): ponechajú si miesto v rade a zavoláme im späť</translation>
    </message>
    <message>
        <source>placed at once</source>
        <comment>a callback card shown for: no time</comment>
        <translation>uskutoční sa hneď</translation>
    </message>
    <message>
        <source>How long the agent reads the customer&apos;s card before the callback is placed (they may place it sooner, or skip it)</source>
        <translation>Ako dlho operátor číta kartu zákazníka, kým sa spätné volanie uskutoční (môže ho uskutočniť skôr alebo preskočiť)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>a callbacks&apos; priority of 0</comment>
        <translation>žiadna</translation>
    </message>
    <message>
        <source>A callback scheduled for a time joins the line then. None: in line with new calls, by the time promised; above none: ahead of new calls waiting here. (A waiting caller&apos;s callback keeps the place they had.)</source>
        <comment>None: the value shown for a priority of 0</comment>
        <translation>Spätné volanie naplánované na konkrétny čas sa v tom čase zaradí do radu. Žiadna: zaradí sa medzi nové hovory podľa sľúbeného času; vyššia: predbehne nové hovory čakajúce v tomto rade. (Spätné volanie čakajúceho volajúceho si ponechá jeho miesto v rade.)</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a group&apos;s title</comment>
        <translation>Spätné volania</translation>
    </message>
    <message>
        <source>First response within</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Prvá odpoveď do</translation>
    </message>
    <message>
        <source>An e-mail&apos;s first reply, a task&apos;s or a callback&apos;s answer, counted from its arrival here (e.g. 3600 s: an hour)</source>
        <translation>Prvá odpoveď na e-mail alebo vybavenie úlohy či spätného volania, počítané od príchodu do tohto radu (napr. 3600 s: hodina)</translation>
    </message>
    <message>
        <source>Resolved within</source>
        <comment>a check box before a number of seconds</comment>
        <translation>Vyriešenie do</translation>
    </message>
    <message>
        <source>Until its agent has finished with it, counted from its arrival here (e.g. 86400 s: a day)</source>
        <translation>Kým ho operátor úplne nevybaví, počítané od príchodu do tohto radu (napr. 86400 s: deň)</translation>
    </message>
    <message>
        <source>Where an item still waiting past a target goes; past a target there too, or with an agent, or with no queue chosen, supervisors see it in their list of escalations</source>
        <translation>Kam ide položka, ktorá po prekročení cieľového času stále čaká; ak ho prekročí aj tam, je u operátora alebo nie je vybraný žiadny rad, supervízori ju uvidia vo svojom zozname eskalácií</translation>
    </message>
    <message>
        <source>Service targets (e-mails, tasks, callbacks)</source>
        <comment>a group&apos;s title</comment>
        <translation>Ciele služieb (e-maily, úlohy, spätné volania)</translation>
    </message>
    <message>
        <source>Past a target, send to</source>
        <comment>a form&apos;s label</comment>
        <translation>Po prekročení cieľového času poslať do</translation>
    </message>
    <message>
        <source>No specialists&apos; queue (the supervisors)</source>
        <comment>where an item past its target goes</comment>
        <translation>Bez radu špecialistov (supervízori)</translation>
    </message>
    <message>
        <source>(no script)</source>
        <translation>(bez scenára)</translation>
    </message>
    <message>
        <source>Default music</source>
        <comment>the hold music the server ships</comment>
        <translation>Predvolená hudba</translation>
    </message>
    <message>
        <source>{value} (not available)</source>
        <comment>a script since deleted, or hold music not installed</comment>
        <translation>{value} (nie je k dispozícii)</translation>
    </message>
    <message>
        <source>New queue</source>
        <comment>the form&apos;s title</comment>
        <translation>Nový rad</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a queue&apos;s name</comment>
        <translation>Upraviť: {name}</translation>
    </message>
    <message>
        <source>Enter the name callers and agents see.</source>
        <translation>Zadajte názov, ktorý uvidia volajúci a operátori.</translation>
    </message>
    <message>
        <source>The name takes lower-case letters, digits and dashes, starting with a letter or digit (e.g. sales-billing).</source>
        <translation>Názov v adrese môže obsahovať malé písmená, číslice a pomlčky a musí začínať písmenom alebo číslicou (napr. predaj-fakturacia).</translation>
    </message>
    <message>
        <source>Every IVR choice needs a label the caller can read.</source>
        <translation>Každá voľba IVR potrebuje text, ktorý si volajúci prečíta.</translation>
    </message>
    <message>
        <source>Every IVR choice needs a queue to send the caller to.</source>
        <translation>Každá voľba IVR potrebuje rad, do ktorého presmeruje volajúceho.</translation>
    </message>
    <message>
        <source>Key {key} is used for two choices: give each its own.</source>
        <comment>{key}: a phone key</comment>
        <translation>Kláves {key} je použitý pre dve voľby: každej priraďte vlastný.</translation>
    </message>
    <message>
        <source>Keep at least one step (after 0 s, from level 1).</source>
        <translation>Ponechajte aspoň jeden krok (po 0 s, od úrovne 1).</translation>
    </message>
    <message>
        <source>Created queue {name}.</source>
        <translation>Rad {name} bol vytvorený.</translation>
    </message>
    <message>
        <source>Saved queue {name}.</source>
        <translation>Rad {name} bol uložený.</translation>
    </message>
    <message>
        <source>Delete queue</source>
        <comment>a window title</comment>
        <translation>Odstrániť rad</translation>
    </message>
    <message>
        <source>Delete the queue {name}? Its caller page stops working; reports keep its past contacts.</source>
        <translation>Odstrániť rad {name}? Jeho stránka pre volajúcich prestane fungovať; zostavy si jeho minulé kontakty ponechajú.</translation>
    </message>
    <message>
        <source>Deleted queue {name}.</source>
        <translation>Rad {name} bol odstránený.</translation>
    </message>
</context>
<context>
    <name>ui.admin.reports</name>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Včera</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Posledných 7 dní</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tento mesiac</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Vlastné</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minút</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 minút</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hodina</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 deň</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Hovory</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chaty</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maily</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a tab: the report&apos;s table of queues</comment>
        <translation>Rady</translation>
    </message>
    <message>
        <source>Save the queues table as a CSV file, as it reads here</source>
        <translation>Uložiť tabuľku radov do súboru CSV tak, ako sa tu zobrazuje</translation>
    </message>
    <message>
        <source>Export queues</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Export radov</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a tab: the report&apos;s table of agents</comment>
        <translation>Operátori</translation>
    </message>
    <message>
        <source>Save the agents table as a CSV file, as it reads here</source>
        <translation>Uložiť tabuľku operátorov do súboru CSV tak, ako sa tu zobrazuje</translation>
    </message>
    <message>
        <source>Export agents</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Export operátorov</translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a tab: the report&apos;s table of teams</comment>
        <translation>Tímy</translation>
    </message>
    <message>
        <source>Save the teams table as a CSV file, as it reads here</source>
        <translation>Uložiť tabuľku tímov do súboru CSV tak, ako sa tu zobrazuje</translation>
    </message>
    <message>
        <source>Export teams</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Export tímov</translation>
    </message>
    <message>
        <source>Intervals</source>
        <comment>a tab: the report&apos;s table of intervals</comment>
        <translation>Intervaly</translation>
    </message>
    <message>
        <source>Save the intervals table as a CSV file, as it reads here</source>
        <translation>Uložiť tabuľku intervalov do súboru CSV tak, ako sa tu zobrazuje</translation>
    </message>
    <message>
        <source>Export intervals</source>
        <comment>a file dialog&apos;s title</comment>
        <translation>Export intervalov</translation>
    </message>
    <message>
        <source>1 · First line</source>
        <translation>1 · Prvá línia</translation>
    </message>
    <message>
        <source>2 · Specialists</source>
        <translation>2 · Špecialisti</translation>
    </message>
    <message>
        <source>3 · Supervisors</source>
        <translation>3 · Supervízori</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Úroveň</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>First response (mean / 90 %)</source>
        <translation>Prvá odpoveď (priemer / 90&#xa0;%)</translation>
    </message>
    <message>
        <source>Within target</source>
        <comment>first response</comment>
        <translation>V rámci cieľa</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Vyriešené</translation>
    </message>
    <message>
        <source>Resolution (mean / 90 %)</source>
        <translation>Vyriešenie (priemer / 90&#xa0;%)</translation>
    </message>
    <message>
        <source>Within target</source>
        <comment>resolution</comment>
        <translation>V rámci cieľa</translation>
    </message>
    <message>
        <source>All queues</source>
        <comment>a filter</comment>
        <translation>Všetky rady</translation>
    </message>
    <message>
        <source>All teams</source>
        <comment>a filter</comment>
        <translation>Všetky tímy</translation>
    </message>
    <message>
        <source>All channels</source>
        <comment>a filter: calls, chats, e-mails</comment>
        <translation>Všetky kanály</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds (mind the space)</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Callers who hang up sooner than this are short abandons: not counted in the abandon rate or against the service level</source>
        <translation>Volajúci, ktorí zavesia skôr, sú krátke opustenia: nezapočítavajú sa do miery opustenia ani v neprospech úrovne služieb</translation>
    </message>
    <message>
        <source>Make default</source>
        <comment>a button: save the threshold</comment>
        <translation>Nastaviť ako predvolené</translation>
    </message>
    <message>
        <source>Use this short-abandon threshold everywhere, wallboard too</source>
        <translation>Použiť tento limit krátkeho opustenia všade, aj na nástenke</translation>
    </message>
    <message>
        <source>Run report</source>
        <comment>a button</comment>
        <translation>Spustiť zostavu</translation>
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
        <translation>Rad</translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a field: the team to report on</comment>
        <translation>Tím</translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a field: calls, chats or e-mails to report on</comment>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>Short abandon</source>
        <comment>a field: the threshold</comment>
        <translation>Krátke opustenie</translation>
    </message>
    <message>
        <source>Pick a period and run the report.</source>
        <translation>Vyberte obdobie a spustite zostavu.</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <comment>a tab: a chart</comment>
        <translation>Kontakty za interval</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a tab: a chart</comment>
        <translation>Úroveň služieb</translation>
    </message>
    <message>
        <source>Agent states</source>
        <comment>a tab: a chart</comment>
        <translation>Stavy operátorov</translation>
    </message>
    <message>
        <source>Service targets</source>
        <comment>a tab: e-mails, tasks, callbacks</comment>
        <translation>Ciele služieb</translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a field: the days to report on</comment>
        <translation>Obdobie</translation>
    </message>
    <message>
        <source>Short abandon under</source>
        <comment>before a number of seconds</comment>
        <translation>Krátke opustenie pod</translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a To date on or after From.</source>
        <translation>Obdobie končí skôr, ako začína: vyberte dátum „Do“ rovnaký alebo neskorší ako „Od“.</translation>
    </message>
    <message>
        <source>The queues and teams to filter by could not be loaded: {problem}</source>
        <translation>Rady a tímy na filtrovanie sa nepodarilo načítať: {problem}</translation>
    </message>
    <message>
        <source>Short abandons are now calls that hang up under {seconds} s</source>
        <translation>Krátke opustenia sú teraz hovory zavesené do {seconds} s</translation>
    </message>
    <message>
        <source>Running…</source>
        <comment>the Run report button, while it runs</comment>
        <translation>Spúšťa sa…</translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation>Vytvára sa zostava…</translation>
    </message>
    <message>
        <source>No report: the server refused it (see above).</source>
        <translation>Zostava nie je k dispozícii: server ju odmietol (pozrite vyššie).</translation>
    </message>
    <message>
        <source>The report could not be run: {problem}</source>
        <translation>Zostavu sa nepodarilo spustiť: {problem}</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>Zostava je pripravená</translation>
    </message>
    <message>
        <source>{first} to {last} · {offered} offered · {answered} answered · {abandoned} abandoned</source>
        <comment>a report&apos;s period and its contacts</comment>
        <translation>{first} – {last} · ponúknuté: {offered} · prijaté: {answered} · opustené: {abandoned}</translation>
    </message>
    <message>
        <source>{first} to {last} · {offered} offered · {answered} answered · {abandoned} abandoned · computed in {seconds} s</source>
        <comment>a report&apos;s period, its contacts and how long the server took</comment>
        <translation>{first} – {last} · ponúknuté: {offered} · prijaté: {answered} · opustené: {abandoned} · vypočítané za {seconds} s</translation>
    </message>
    <message>
        <source>answered within the queue&apos;s threshold / (answered + abandoned after the short-abandon threshold)</source>
        <translation>prijaté v limite radu / (prijaté + opustené po limite krátkeho opustenia)</translation>
    </message>
    <message>
        <source>Service level = {method}. Short abandons: under {seconds} s.</source>
        <comment>{method}: how the server computes it (its own words)</comment>
        <translation>Úroveň služieb = {method}. Krátke opustenia: pod {seconds} s.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation>Exportovať CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation>Súbory CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation>Súbor {file} sa nepodarilo zapísať: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {file}</source>
        <translation>
            <numerusform>Do súboru {file} sa zapísal %n riadok</numerusform>
            <numerusform>Do súboru {file} sa zapísali %n riadky</numerusform>
            <numerusform>Do súboru {file} sa zapísalo %n riadkov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.admin.scripts</name>
    <message>
        <source>Sam Sample</source>
        <comment>a made-up customer&apos;s name, for a preview</comment>
        <translation>Ján Vzorový</translation>
    </message>
    <message>
        <source>Prefers e-mail.</source>
        <comment>a made-up customer&apos;s notes</comment>
        <translation>Uprednostňuje e-mail.</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a column</comment>
        <translation>Scenár</translation>
    </message>
    <message>
        <source>Used by</source>
        <comment>a column: the queues using a script</comment>
        <translation>Používa</translation>
    </message>
    <message>
        <source>New script</source>
        <comment>a button</comment>
        <translation>Nový scenár</translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation>Odstrániť…</translation>
    </message>
    <message>
        <source>Tick the queues whose agents read this script</source>
        <translation>Označte rady, ktorých operátori majú čítať tento scenár</translation>
    </message>
    <message>
        <source>Queues using this script</source>
        <translation>Rady s týmto scenárom</translation>
    </message>
    <message>
        <source>e.g. Support greeting</source>
        <comment>an example of a script&apos;s name</comment>
        <translation>napr. Pozdrav podpory</translation>
    </message>
    <message>
        <source>Hello {customer.name}, thank you for calling…</source>
        <comment>an example of a script: keep {customer.name} as it is</comment>
        <translation>Dobrý deň, {customer.name}, ďakujeme, že ste zavolali…</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Dvojitým kliknutím vložíte na miesto kurzora</translation>
    </message>
    <message>
        <source>Insert</source>
        <comment>a button: insert the placeholder</comment>
        <translation>Vložiť</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the script&apos;s</comment>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a field: the text</comment>
        <translation>Scenár</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <comment>a list&apos;s title: {customer.name} and such</comment>
        <translation>Zástupné symboly</translation>
    </message>
    <message>
        <source>New script</source>
        <comment>the form&apos;s title</comment>
        <translation>Nový scenár</translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <comment>what to search customers by</comment>
        <translation>Meno, telefón alebo e-mail</translation>
    </message>
    <message>
        <source>Find</source>
        <comment>a button: find customers</comment>
        <translation>Hľadať</translation>
    </message>
    <message>
        <source>Sample customer</source>
        <translation>Vzorový zákazník</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a form&apos;s label</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Caller gave name</source>
        <comment>a form&apos;s label</comment>
        <translation>Meno od volajúceho</translation>
    </message>
    <message>
        <source>Caller gave phone</source>
        <comment>a form&apos;s label</comment>
        <translation>Telefón od volajúceho</translation>
    </message>
    <message>
        <source>Preview — as the agent sees it</source>
        <translation>Náhľad — ako ho vidí operátor</translation>
    </message>
    <message>
        <source>Script “{name}”</source>
        <comment>the form&apos;s title</comment>
        <translation>Scenár „{name}“</translation>
    </message>
    <message>
        <source>give the script a name</source>
        <translation>zadajte názov scenára</translation>
    </message>
    <message>
        <source>Script “{name}” created.</source>
        <translation>Scenár „{name}“ bol vytvorený.</translation>
    </message>
    <message>
        <source>Script “{name}” saved.</source>
        <translation>Scenár „{name}“ bol uložený.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Odstrániť „{name}“?</translation>
    </message>
    <message>
        <source>Delete “{name}”? {queues} will have no script.</source>
        <comment>{queues}: the names of the queues using it</comment>
        <translation>Odstrániť „{name}“? Tieto rady zostanú bez scenára: {queues}.</translation>
    </message>
    <message>
        <source>Delete script</source>
        <comment>a window title</comment>
        <translation>Odstrániť scenár</translation>
    </message>
    <message>
        <source>Script deleted.</source>
        <translation>Scenár bol odstránený.</translation>
    </message>
    <message>
        <source>{queue}   (now: {script})</source>
        <comment>a queue, and the script it uses now</comment>
        <translation>{queue}   (teraz: {script})</translation>
    </message>
    <message>
        <source>another script</source>
        <comment>its name unknown</comment>
        <translation>iný scenár</translation>
    </message>
    <message>
        <source>Queue “{name}” uses this script.</source>
        <translation>Rad „{name}“ používa tento scenár.</translation>
    </message>
    <message>
        <source>Queue “{name}” has no script now.</source>
        <translation>Rad „{name}“ teraz nemá scenár.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>Našiel sa %n zákazník.</numerusform>
            <numerusform>Našli sa %n zákazníci.</numerusform>
            <numerusform>Našlo sa %n zákazníkov.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.admin.staffing</name>
    <message>
        <source>never: the queue only grows</source>
        <translation>nikdy: rad sa len predlžuje</translation>
    </message>
    <message>
        <source>the patience is too long next to the handle time: use Erlang C</source>
        <translation>trpezlivosť je v porovnaní s časom vybavenia príliš dlhá: použite Erlang C</translation>
    </message>
    <message>
        <source>calls must be a finite number, at least 0</source>
        <translation>počet hovorov musí byť konečné číslo, najmenej 0</translation>
    </message>
    <message>
        <source>the interval must be longer than 0 s</source>
        <translation>interval musí byť dlhší ako 0 s</translation>
    </message>
    <message>
        <source>the average handle time must be longer than 0 s</source>
        <translation>priemerný čas vybavenia musí byť dlhší ako 0 s</translation>
    </message>
    <message>
        <source>the service-level threshold must be 0 s or more</source>
        <translation>limit úrovne služieb musí byť 0 s alebo viac</translation>
    </message>
    <message>
        <source>the callers&apos; patience must be longer than 0 s</source>
        <translation>trpezlivosť volajúcich musí byť dlhšia ako 0 s</translation>
    </message>
    <message>
        <source>the target service level must be between 0 and 1 (exclusive)</source>
        <translation>cieľová úroveň služieb musí byť medzi 0 a 1 (bez krajných hodnôt)</translation>
    </message>
    <message>
        <source>the maximum occupancy must be above 0 and at most 1</source>
        <translation>maximálna vyťaženosť musí byť väčšia ako 0 a najviac 1</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a column: how many agents</comment>
        <translation>Operátori</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation>Úroveň služieb</translation>
    </message>
    <message>
        <source>share of calls answered within the target time</source>
        <translation>podiel hovorov prijatých v cieľovom čase</translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation>ASA</translation>
    </message>
    <message>
        <source>average speed of answer</source>
        <translation>priemerná rýchlosť prijatia</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation>Vyťaženosť</translation>
    </message>
    <message>
        <source>share of agents&apos; time on calls</source>
        <translation>podiel času operátorov v hovoroch</translation>
    </message>
    <message>
        <source>Calls that wait</source>
        <comment>a column</comment>
        <translation>Čakajúce hovory</translation>
    </message>
    <message>
        <source>share of callers who find no agent free</source>
        <translation>podiel volajúcich, ktorí nenájdu voľného operátora</translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a column</comment>
        <translation>Miera opustenia</translation>
    </message>
    <message>
        <source>callers who give up waiting (only with a patience, Erlang A)</source>
        <translation>volajúci, ktorí vzdajú čakanie (len so zadanou trpezlivosťou, Erlang A)</translation>
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
        <translation>Volajúci v priemere zavesia po</translation>
    </message>
    <message>
        <source>Keep occupancy at most</source>
        <comment>before a percentage</comment>
        <translation>Vyťaženosť najviac</translation>
    </message>
    <message>
        <source>From report</source>
        <comment>a button: fill in from the report</comment>
        <translation>Zo zostavy</translation>
    </message>
    <message>
        <source>Run a report first: its busiest interval and AHT fill in</source>
        <translation>Najprv spustite zostavu: doplní sa jej najvyťaženejší interval a AHT</translation>
    </message>
    <message>
        <source>Agents and the service they give</source>
        <translation>Operátori a úroveň služieb, ktorú dosiahnu</translation>
    </message>
    <message>
        <source>Calls per interval</source>
        <translation>Hovory za interval</translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation>Dĺžka intervalu</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Priemerný čas vybavenia</translation>
    </message>
    <message>
        <source>Service level goal</source>
        <translation>Cieľová úroveň služieb</translation>
    </message>
    <message>
        <source>Answered within</source>
        <comment>the service level goal&apos;s time: 80 % of calls answered within 20 s</comment>
        <translation>Prijaté do</translation>
    </message>
    <message>
        <source>With fewer or more agents</source>
        <translation>S menším alebo väčším počtom operátorov</translation>
    </message>
    <message>
        <source>Fill in the busiest interval and the AHT of the last report</source>
        <translation>Doplniť najvyťaženejší interval a AHT z poslednej zostavy</translation>
    </message>
    <message numerus="yes">
        <source>From the report: the busiest interval, {at}, had %n call(s); AHT {aht}.</source>
        <comment>{at}: a date and time; {aht}: average handle time, 4:20</comment>
        <translation>
            <numerusform>Zo zostavy: najvyťaženejší interval ({at}) mal %n hovor; AHT {aht}.</numerusform>
            <numerusform>Zo zostavy: najvyťaženejší interval ({at}) mal %n hovory; AHT {aht}.</numerusform>
            <numerusform>Zo zostavy: najvyťaženejší interval ({at}) mal %n hovorov; AHT {aht}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the report: the busiest interval, {at}, had %n call(s); AHT unknown.</source>
        <comment>{at}: a date and time</comment>
        <translation>
            <numerusform>Zo zostavy: najvyťaženejší interval ({at}) mal %n hovor; AHT nie je známy.</numerusform>
            <numerusform>Zo zostavy: najvyťaženejší interval ({at}) mal %n hovory; AHT nie je známy.</numerusform>
            <numerusform>Zo zostavy: najvyťaženejší interval ({at}) mal %n hovorov; AHT nie je známy.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is {traffic} agents&apos; worth of calls at once (calls times AHT, over the interval); this estimate goes up to {most}. Check the calls per interval and the interval length.</source>
        <translation>To zodpovedá hovorom pre {traffic} operátorov naraz (hovory krát AHT, delené intervalom); tento odhad siaha najviac po {most}. Skontrolujte počet hovorov za interval a dĺžku intervalu.</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) needed</source>
        <translation>
            <numerusform>Potrebný je %n operátor</numerusform>
            <numerusform>Potrební sú %n operátori</numerusform>
            <numerusform>Potrebných je %n operátorov</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted: service level {service_level} within {seconds} s · ASA {asa} · occupancy {occupancy}</source>
        <translation>Predpoveď: úroveň služieb {service_level} do {seconds} s · ASA {asa} · vyťaženosť {occupancy}</translation>
    </message>
    <message>
        <source>Predicted: service level {service_level} within {seconds} s · ASA {asa} · occupancy {occupancy} · abandon rate {abandon_rate}</source>
        <translation>Predpoveď: úroveň služieb {service_level} do {seconds} s · ASA {asa} · vyťaženosť {occupancy} · miera opustenia {abandon_rate}</translation>
    </message>
    <message>
        <source>Traffic: {erlangs} erlangs (calls times AHT, over the interval)</source>
        <translation>Prevádzka: {erlangs} Erl (hovory krát AHT, delené intervalom)</translation>
    </message>
    <message>
        <source>Erlang A: callers may hang up while they wait.</source>
        <translation>Erlang A: volajúci môžu počas čakania zavesiť.</translation>
    </message>
    <message>
        <source>Erlang C: callers wait as long as it takes (a little pessimistic).</source>
        <translation>Erlang C: volajúci čakajú, ako dlho treba (mierne pesimistické).</translation>
    </message>
</context>
<context>
    <name>ui.admin.trunks</name>
    <message>
        <source>the account&apos;s password</source>
        <translation>heslo k účtu</translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation>nezmení sa, kým nezadáte nové</translation>
    </message>
    <message>
        <source>none yet: type the account&apos;s password</source>
        <translation>zatiaľ žiadne: zadajte heslo k účtu</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: the trunk is in use</comment>
        <translation>Áno</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: the trunk is in use</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a column</comment>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>a column: a server&apos;s address</comment>
        <translation>Hostiteľ</translation>
    </message>
    <message>
        <source>Known by</source>
        <comment>a column: how the provider knows it</comment>
        <translation>Identifikácia</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a column</comment>
        <translation>Používa sa</translation>
    </message>
    <message>
        <source>Registration</source>
        <comment>a column</comment>
        <translation>Registrácia</translation>
    </message>
    <message>
        <source>how the provider&apos;s registrar last answered, in local time</source>
        <comment>a column&apos;s tooltip</comment>
        <translation>posledná odpoveď registrátora poskytovateľa, v miestnom čase</translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation>Trunky</translation>
    </message>
    <message>
        <source>New trunk</source>
        <comment>a button</comment>
        <translation>Nový trunk</translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a field</comment>
        <translation>Používa sa</translation>
    </message>
    <message>
        <source>Registers</source>
        <comment>a field: registers with an account</comment>
        <translation>Registruje sa</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <comment>a field</comment>
        <translation>IP adresy</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the trunk&apos;s</comment>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>a form&apos;s label: a server&apos;s address</comment>
        <translation>Hostiteľ</translation>
    </message>
    <message>
        <source>Port</source>
        <comment>a form&apos;s label: a network port</comment>
        <translation>Port</translation>
    </message>
    <message>
        <source>Transport</source>
        <comment>a form&apos;s label: UDP, TCP, TLS</comment>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <comment>a form&apos;s label</comment>
        <translation>Odchádzajúci proxy</translation>
    </message>
    <message>
        <source>Username</source>
        <comment>a form&apos;s label: the account&apos;s</comment>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>Auth username</source>
        <comment>a form&apos;s label: the user name to log in with</comment>
        <translation>Meno na overenie</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Realm</source>
        <comment>a form&apos;s label: SIP authentication</comment>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Register for</source>
        <comment>a form&apos;s label: how long a registration lasts</comment>
        <translation>Registrovať na</translation>
    </message>
    <message>
        <source>e.g. Provider</source>
        <comment>an example of a trunk&apos;s name</comment>
        <translation>napr. Poskytovateľ</translation>
    </message>
    <message>
        <source>sip.provider.com or 192.0.2.10</source>
        <comment>examples of a server&apos;s address</comment>
        <translation>sip.provider.com alebo 192.0.2.10</translation>
    </message>
    <message>
        <source>optional: proxy.example.com:5060</source>
        <translation>nepovinné: proxy.example.com:5060</translation>
    </message>
    <message>
        <source>In use (unticked: kept, not used)</source>
        <translation>Používa sa (neoznačené: ponechaný, nepoužíva sa)</translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a group&apos;s title</comment>
        <translation>Trunk</translation>
    </message>
    <message>
        <source>Registers with an account</source>
        <translation>Registruje sa pomocou účtu</translation>
    </message>
    <message>
        <source>optional: if not the username</source>
        <translation>nepovinné: ak sa líši od používateľského mena</translation>
    </message>
    <message>
        <source>optional: as the provider asks</source>
        <translation>nepovinné: podľa požiadaviek poskytovateľa</translation>
    </message>
    <message>
        <source> s</source>
        <comment>a suffix after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The addresses or networks the provider&apos;s calls come from, one per line.</source>
        <translation>Adresy alebo siete, z ktorých prichádzajú hovory poskytovateľa, jedna na riadok.</translation>
    </message>
    <message>
        <source>Known by its addresses</source>
        <comment>a group&apos;s title</comment>
        <translation>Identifikácia podľa adries</translation>
    </message>
    <message>
        <source>{reason}: the trunk is kept, but not used.</source>
        <comment>{reason}: why the server cannot serve the transport (the server&apos;s words)</comment>
        <translation>{reason}: trunk sa ponechá, ale nepoužíva sa.</translation>
    </message>
    <message>
        <source>The trunks&apos; state could not be read: {problem}</source>
        <comment>{problem}: why</comment>
        <translation>Stav trunkov sa nepodarilo načítať: {problem}</translation>
    </message>
    <message>
        <source>Phone calls are not working: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation>Telefónne hovory nefungujú: {problem}</translation>
    </message>
    <message>
        <source>New trunk</source>
        <comment>the form&apos;s title</comment>
        <translation>Nový trunk</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a trunk&apos;s name</comment>
        <translation>Upraviť: {name}</translation>
    </message>
    <message>
        <source>Name: give the trunk a name (e.g. the provider&apos;s).</source>
        <translation>Názov: zadajte názov trunku (napr. názov poskytovateľa).</translation>
    </message>
    <message>
        <source>Created trunk {name}.</source>
        <translation>Trunk {name} bol vytvorený.</translation>
    </message>
    <message>
        <source>Saved trunk {name}.</source>
        <translation>Trunk {name} bol uložený.</translation>
    </message>
    <message>
        <source>Delete trunk</source>
        <comment>a window title</comment>
        <translation>Odstrániť trunk</translation>
    </message>
    <message>
        <source>Delete the trunk {name}? Its calls stop; a trunk that phone numbers use cannot be deleted (untick In use to keep it but stop it).</source>
        <comment>In use: the form&apos;s check box of that name</comment>
        <translation>Odstrániť trunk {name}? Jeho hovory sa zastavia; trunk, ktorý používajú telefónne čísla, nemožno odstrániť (ak ho chcete ponechať, ale zastaviť, zrušte označenie „Používa sa“).</translation>
    </message>
    <message>
        <source>Deleted trunk {name}.</source>
        <translation>Trunk {name} bol odstránený.</translation>
    </message>
</context>
<context>
    <name>ui.admin.window</name>
    <message>
        <source>Callnest — admin</source>
        <comment>a window title</comment>
        <translation>Callnest — správa</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a tab</comment>
        <translation>Operátori</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a tab</comment>
        <translation>Rady</translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a tab</comment>
        <translation>Telefónia</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <comment>a tab: the queues&apos; e-mail accounts</comment>
        <translation>Poštové schránky</translation>
    </message>
    <message>
        <source>Announcements</source>
        <comment>a tab: what callers hear</comment>
        <translation>Hlásenia</translation>
    </message>
    <message>
        <source>Scripts</source>
        <comment>a tab: what agents read out</comment>
        <translation>Scenáre</translation>
    </message>
    <message>
        <source>Dispositions &amp;&amp; breaks</source>
        <comment>a tab: how calls ended, and agents&apos; break reasons; &amp;&amp; shows as one &amp;</comment>
        <translation>Klasifikácie &amp;&amp; prestávky</translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a tab</comment>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Interactions</source>
        <comment>a tab: past calls and chats</comment>
        <translation>Interakcie</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a tab</comment>
        <translation>Spätné volania</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <comment>a tab</comment>
        <translation>Kampane</translation>
    </message>
    <message>
        <source>Reports</source>
        <comment>a tab</comment>
        <translation>Zostavy</translation>
    </message>
    <message>
        <source>Staffing</source>
        <comment>a tab: how many agents are needed</comment>
        <translation>Plánovanie</translation>
    </message>
    <message>
        <source>Backups</source>
        <comment>a tab</comment>
        <translation>Zálohy</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>a tab: how the server is doing</comment>
        <translation>Stav servera</translation>
    </message>
</context>
<context>
    <name>ui.agent</name>
    <message>
        <source>No working microphone: open Headset set-up</source>
        <translation>Žiadny funkčný mikrofón: otvorte Nastavenie slúchadiel</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation>Spojenie sa prerušilo — znova sa pripája…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Pripája sa…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Znova sa pripája…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Prichádzajúci hovor</translation>
    </message>
    <message>
        <source>Incoming chat</source>
        <translation>Prichádzajúci chat</translation>
    </message>
    <message>
        <source>Offline message</source>
        <translation>Offline správa</translation>
    </message>
    <message>
        <source>Incoming e-mail</source>
        <translation>Prichádzajúci e-mail</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Spätné volanie</translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation>Hovor kampane</translation>
    </message>
    <message>
        <source>Time in this status</source>
        <translation>Čas v tomto stave</translation>
    </message>
    <message>
        <source>Time since you logged in</source>
        <translation>Čas od prihlásenia</translation>
    </message>
    <message>
        <source>Headset…</source>
        <comment>a button: opens the headset set-up</comment>
        <translation>Slúchadlá…</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a tab: the phone call in hand</comment>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a tab</comment>
        <translation>Chaty</translation>
    </message>
    <message>
        <source>&amp;Callnest</source>
        <comment>the menu named after the app</comment>
        <translation>&amp;Callnest</translation>
    </message>
    <message>
        <source>&amp;Headset…</source>
        <comment>a menu item</comment>
        <translation>&amp;Slúchadlá…</translation>
    </message>
    <message>
        <source>&amp;Wallboard…</source>
        <comment>a menu item</comment>
        <translation>&amp;Nástenka…</translation>
    </message>
    <message>
        <source>&amp;Admin…</source>
        <comment>a menu item</comment>
        <translation>S&amp;práva…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>a menu item</comment>
        <translation>&amp;Ukončiť</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <comment>the menu of what the keyboard shortcuts do</comment>
        <translation>&amp;Akcie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>a menu</comment>
        <translation>&amp;Pomocník</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <comment>a menu item</comment>
        <translation>&amp;Klávesové skratky…</translation>
    </message>
    <message>
        <source>&amp;Change keyboard shortcuts…</source>
        <comment>a menu item</comment>
        <translation>&amp;Zmeniť klávesové skratky…</translation>
    </message>
    <message>
        <source>Logged out: {reason}</source>
        <comment>{reason}: the server&apos;s words</comment>
        <translation>Odhlásenie: {reason}</translation>
    </message>
    <message>
        <source>Last customer</source>
        <comment>the customer card&apos;s title, between calls</comment>
        <translation>Posledný zákazník</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>the customer card&apos;s title</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation>Odchádzajúci hovor</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>V hovore</translation>
    </message>
    <message>
        <source>You are on a break</source>
        <comment>a notification&apos;s title</comment>
        <translation>Ste na prestávke</translation>
    </message>
    <message>
        <source>Chats ({count})</source>
        <comment>a tab; {count}: the chats open</comment>
        <translation>Chaty ({count})</translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation>Rad: {queue}</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Neznáme číslo</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Neznámy volajúci</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>the agent&apos;s status</comment>
        <translation>K dispozícii</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>the agent&apos;s status</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Callnest — {status}</source>
        <comment>the tray icon&apos;s tooltip</comment>
        <translation>Callnest — {status}</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>a break the server set, with no reason</comment>
        <translation>pozastavené</translation>
    </message>
    <message>
        <source>Waiting for the next contact</source>
        <translation>Čaká sa na ďalší kontakt</translation>
    </message>
    <message>
        <source>You are available: calls ring here.</source>
        <translation>Ste k dispozícii: hovory budú zvoniť tu.</translation>
    </message>
    <message>
        <source>Checking your connection</source>
        <translation>Kontroluje sa pripojenie</translation>
    </message>
    <message>
        <source>Calls are held back</source>
        <translation>Hovory sú pozastavené</translation>
    </message>
    <message>
        <source>No contacts are offered until your home connection can carry a call. You become available again by yourself once it can.</source>
        <translation>Kým vaše domáce pripojenie nezvládne hovor, nebudú sa vám ponúkať žiadne kontakty. Potom budete automaticky znova k dispozícii.</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Na prestávke</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a break with no reason, at the start of a sentence</comment>
        <translation>Prestávka</translation>
    </message>
    <message>
        <source>{reason}: no contacts are offered. Choose Available when you are back.</source>
        <comment>{reason}: the break&apos;s reason (Lunch)</comment>
        <translation>{reason}: kontakty sa neponúkajú. Po návrate vyberte „K dispozícii“.</translation>
    </message>
    <message>
        <source>Choose Available to start taking contacts.</source>
        <translation>Ak chcete prijímať kontakty, vyberte „K dispozícii“.</translation>
    </message>
    <message>
        <source>Calling {who}…</source>
        <translation>Volá sa na {who}…</translation>
    </message>
    <message>
        <source>Ringing   ·   {queue}</source>
        <comment>{queue}: the queue the call is for</comment>
        <translation>Zvoní   ·   {queue}</translation>
    </message>
    <message>
        <source>Stop calling</source>
        <translation>Prestať volať</translation>
    </message>
    <message>
        <source>Placing the call   ·   {queue}</source>
        <comment>{queue}: the queue the call is for</comment>
        <translation>Hovor sa spája   ·   {queue}</translation>
    </message>
    <message>
        <source>Hang up works once the call is on its way</source>
        <translation>Zavesiť sa dá, až keď sa hovor začne spájať</translation>
    </message>
    <message>
        <source>Queue: {queue}   ·   they see {caller_id}</source>
        <comment>{caller_id}: the number the called customer sees</comment>
        <translation>Rad: {queue}   ·   volaný vidí {caller_id}</translation>
    </message>
    <message>
        <source>Unmute</source>
        <comment>a button</comment>
        <translation>Zrušiť stlmenie</translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>a button</comment>
        <translation>Stlmiť</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a button: takes the call off hold</comment>
        <translation>Pokračovať</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a button: puts the call on hold</comment>
        <translation>Podržať</translation>
    </message>
    <message>
        <source>Resume recording</source>
        <comment>a button</comment>
        <translation>Obnoviť nahrávanie</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <comment>a button</comment>
        <translation>Pozastaviť nahrávanie</translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>a chip: the call is on hold</comment>
        <translation>Podržaný</translation>
    </message>
    <message>
        <source>Muted</source>
        <comment>a chip: the microphone is off</comment>
        <translation>Stlmený</translation>
    </message>
    <message>
        <source>Recording paused</source>
        <comment>a chip</comment>
        <translation>Nahrávanie pozastavené</translation>
    </message>
    <message>
        <source>In status {duration}</source>
        <comment>{duration}: e.g. 3:35</comment>
        <translation>V stave {duration}</translation>
    </message>
    <message>
        <source>Shift {duration}</source>
        <comment>time since the agent logged in; {duration}: 3:35</comment>
        <translation>Zmena {duration}</translation>
    </message>
    <message>
        <source>Answer within {seconds} s or you will be put on a break</source>
        <comment>{seconds}: the seconds left to answer the ringing offer</comment>
        <translation>Prijmite do {seconds} s, inak prejdete na prestávku</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>a tooltip</comment>
        <translation>Prijať</translation>
    </message>
    <message>
        <source>Leave it to a colleague</source>
        <translation>Prenechať kolegovi</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a tooltip</comment>
        <translation>Odmietnuť</translation>
    </message>
    <message>
        <source>Hang up</source>
        <comment>a tooltip</comment>
        <translation>Zavesiť</translation>
    </message>
    <message>
        <source>Mute or unmute your microphone</source>
        <translation>Stlmiť mikrofón alebo zrušiť stlmenie</translation>
    </message>
    <message>
        <source>Put the call on hold or resume it</source>
        <translation>Podržať hovor alebo v ňom pokračovať</translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation>Prepojiť hovor</translation>
    </message>
    <message>
        <source>Your status: only Available gets contacts
{available} · {on_break}</source>
        <comment>{available}, {on_break}: the shortcuts&apos; names and keys</comment>
        <translation>Váš stav: kontakty dostávate len v stave „K dispozícii“
{available} · {on_break}</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>a tooltip</comment>
        <translation>K dispozícii</translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a tooltip</comment>
        <translation>Prestávka</translation>
    </message>
    <message>
        <source>Next chat</source>
        <comment>a tooltip</comment>
        <translation>Ďalší chat</translation>
    </message>
    <message>
        <source>There is nothing to transfer.</source>
        <translation>Nie je čo prepojiť.</translation>
    </message>
    <message>
        <source>There is no queue to call for.</source>
        <translation>Nemáte žiadny rad, za ktorý by ste mohli volať.</translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a section of the transfer menu</comment>
        <translation>Rady</translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a section of the transfer menu</comment>
        <translation>Operátori</translation>
    </message>
    <message>
        <source>No other agents</source>
        <translation>Žiadni ďalší operátori</translation>
    </message>
    <message>
        <source>Outside</source>
        <comment>a section of the transfer menu: outside numbers</comment>
        <translation>Externé</translation>
    </message>
    <message>
        <source>To a phone number…</source>
        <comment>a menu item</comment>
        <translation>Na telefónne číslo…</translation>
    </message>
    <message>
        <source>That number cannot be called: {reason}</source>
        <comment>{reason}: what is wrong with the number</comment>
        <translation>Na toto číslo sa nedá zavolať: {reason}</translation>
    </message>
    <message>
        <source>Transfer to a phone number</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Prepojiť na telefónne číslo</translation>
    </message>
    <message>
        <source>The number, with its country code (e.g. +386 41 123 456):</source>
        <translation>Číslo s predvoľbou krajiny (napr. +421 905 123 456):</translation>
    </message>
    <message>
        <source>The identity could not be confirmed: {problem}</source>
        <comment>{problem}: why, from the server</comment>
        <translation>Totožnosť sa nepodarilo potvrdiť: {problem}</translation>
    </message>
    <message>
        <source>Callnest alarm: {title}</source>
        <comment>{title}: the alarm&apos;s, from the server</comment>
        <translation>Alarm Callnest: {title}</translation>
    </message>
    <message>
        <source>Offers to you rang out unanswered — choose Available when you are back.</source>
        <translation>Ponúknuté kontakty zostali neprijaté — po návrate vyberte „K dispozícii“.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in a row were not answered — choose Available when you are back.</source>
        <comment>the break the system set after missed calls</comment>
        <translation>
            <numerusform>%n hovor za sebou nebol prijatý — po návrate vyberte „K dispozícii“.</numerusform>
            <numerusform>%n hovory za sebou neboli prijaté — po návrate vyberte „K dispozícii“.</numerusform>
            <numerusform>%n hovorov za sebou nebolo prijatých — po návrate vyberte „K dispozícii“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in a row were not answered — choose Available when you are back.</source>
        <comment>the break the system set after missed calls and chats</comment>
        <translation>
            <numerusform>%n kontakt za sebou nebol prijatý — po návrate vyberte „K dispozícii“.</numerusform>
            <numerusform>%n kontakty za sebou neboli prijaté — po návrate vyberte „K dispozícii“.</numerusform>
            <numerusform>%n kontaktov za sebou nebolo prijatých — po návrate vyberte „K dispozícii“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Break — {reason}</source>
        <comment>the agent&apos;s status; {reason}: Lunch</comment>
        <translation>Prestávka — {reason}</translation>
    </message>
    <message>
        <source>Lower hand</source>
        <comment>a button: no longer asks a supervisor for help</comment>
        <translation>Spustiť ruku</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <comment>a button: asks a supervisor for help</comment>
        <translation>Zdvihnúť ruku</translation>
    </message>
</context>
<context>
    <name>ui.alarms</name>
    <message>
        <source>Server alarms</source>
        <comment>a screen reader&apos;s name for the banner</comment>
        <translation>Alarmy servera</translation>
    </message>
    <message>
        <source>Health…</source>
        <comment>a button: opens the admin window&apos;s Health tab</comment>
        <translation>Stav servera…</translation>
    </message>
    <message>
        <source>The doctor&apos;s report, alarms and backups (admin window)</source>
        <translation>Výsledky kontrol, alarmy a zálohy (okno správy)</translation>
    </message>
</context>
<context>
    <name>ui.chat</name>
    <message>
        <source>No chats right now. New chats open here, one tab each.</source>
        <translation>Momentálne nemáte žiadne chaty. Nové chaty sa otvoria tu, každý na vlastnej karte.</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: sends a message that failed again</comment>
        <translation>Skúsiť znova</translation>
    </message>
    <message>
        <source>{who} · {time} · sending…</source>
        <comment>above a message on its way: who wrote it, and when</comment>
        <translation>{who} · {time} · odosiela sa…</translation>
    </message>
    <message>
        <source>Not sent: {problem}</source>
        <translation>Neodoslané: {problem}</translation>
    </message>
    <message>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation>Napíšte správu — Enter odošle, Shift+Enter vloží nový riadok</translation>
    </message>
    <message>
        <source>Escalated: no first response in time (tier {tier})</source>
        <translation>Eskalované: prvá odpoveď neprišla včas (úroveň {tier})</translation>
    </message>
    <message>
        <source>Escalated: not resolved in time (tier {tier})</source>
        <translation>Eskalované: nevyriešené včas (úroveň {tier})</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <comment>a button: transfers the chat</comment>
        <translation>Prepojiť…</translation>
    </message>
    <message>
        <source>End chat</source>
        <comment>a button</comment>
        <translation>Ukončiť chat</translation>
    </message>
    <message>
        <source>Close the chat for the customer and go to wrap-up</source>
        <translation>Ukončiť chat so zákazníkom a prejsť na spracovanie</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>the box an answer is written in, read out</comment>
        <translation>Odpoveď</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>a button: sends the message</comment>
        <translation>Odoslať</translation>
    </message>
    <message>
        <source>Click an answer to put it in the send box</source>
        <translation>Kliknutím vložíte odpoveď do poľa na odoslanie</translation>
    </message>
    <message>
        <source>This queue has no canned responses.</source>
        <translation>Tento rad nemá pripravené odpovede.</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <comment>a group&apos;s title</comment>
        <translation>Pripravené odpovede</translation>
    </message>
    <message>
        <source>Offline message · Queue: {queue}</source>
        <translation>Offline správa · Rad: {queue}</translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation>Rad: {queue}</translation>
    </message>
    <message>
        <source>Customer left</source>
        <comment>a chip beside the chat&apos;s name</comment>
        <translation>Zákazník odišiel</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>a chip beside the chat&apos;s name: the chat is over</comment>
        <translation>Ukončený</translation>
    </message>
    <message>
        <source>{name} is typing…</source>
        <translation>{name} píše…</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a button: closes an offline message</comment>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>You</source>
        <comment>who wrote a message: the agent</comment>
        <translation>Vy</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>who wrote a message</comment>
        <translation>Operátor</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n neprečítaná</numerusform>
            <numerusform>%n neprečítané</numerusform>
            <numerusform>%n neprečítaných</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection</source>
        <comment>why not sent</comment>
        <translation>bez pripojenia</translation>
    </message>
    <message>
        <source>Offline message · {who} · {queue}</source>
        <translation>Offline správa · {who} · {queue}</translation>
    </message>
    <message>
        <source>New chat · {who} · {queue}</source>
        <translation>Nový chat · {who} · {queue}</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>who a chat is with, when not known</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>a button: takes the chat</comment>
        <translation>Prijať</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a button: refuses the chat</comment>
        <translation>Odmietnuť</translation>
    </message>
    <message>
        <source>Callnest — {agent} chatting with {customer}</source>
        <translation>Callnest — chat operátora {agent} so zákazníkom {customer}</translation>
    </message>
    <message>
        <source>Read only: {agent}&apos;s chat, as it happens.</source>
        <translation>Len na čítanie: chat operátora {agent} v reálnom čase.</translation>
    </message>
    <message>
        <source>This chat cannot be read: {problem}</source>
        <translation>Tento chat sa nedá čítať: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.customer</name>
    <message>
        <source>When</source>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanál</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Klasifikácia</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Unverified: the caller gave this customer&apos;s phone or e-mail, which anyone can type. Check who they are before you discuss the account.</source>
        <translation>Neoverené: volajúci uviedol telefón alebo e-mail tohto zákazníka, ktorý môže zadať ktokoľvek. Pred rozhovorom o účte overte, kto to je.</translation>
    </message>
    <message>
        <source>Matched by the caller&apos;s number (caller ID): likely them, though a number can be faked.</source>
        <translation>Priradené podľa čísla volajúceho: pravdepodobne ide o tohto zákazníka, hoci číslo sa dá sfalšovať.</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>the card&apos;s title</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a button: calls the customer</comment>
        <translation>Zavolať</translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation>Potvrdiť totožnosť</translation>
    </message>
    <message>
        <source>Once the caller has answered a question only the customer could: shows their details, notes and history</source>
        <translation>Keď volajúci odpovie na otázku, na ktorú vie odpovedať len zákazník: zobrazí jeho údaje, poznámky a históriu</translation>
    </message>
    <message>
        <source>No earlier interactions.</source>
        <translation>Žiadne predchádzajúce interakcie.</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Neznámy volajúci</translation>
    </message>
    <message>
        <source>Not a known customer yet: wrap-up can save their details.</source>
        <translation>Zatiaľ neznámy zákazník: údaje môžete uložiť pri spracovaní.</translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation>Zákazník bez mena</translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation>Bez telefónu a e-mailu</translation>
    </message>
    <message>
        <source>Call {name} on {number} for {queue}</source>
        <comment>a button&apos;s tooltip; {queue}: the queue the call goes out for</comment>
        <translation>Zavolať na {number} ({name}) za rad {queue}</translation>
    </message>
    <message>
        <source>Call {name} for {queue}: choose the number</source>
        <comment>a button&apos;s tooltip; {queue}: the queue the call goes out for</comment>
        <translation>Zavolať zákazníkovi {name} za rad {queue}: vyberte číslo</translation>
    </message>
    <message>
        <source>Script</source>
        <comment>the call script&apos;s title</comment>
        <translation>Scenár</translation>
    </message>
    <message>
        <source>This queue has no script.</source>
        <translation>Tento rad nemá scenár.</translation>
    </message>
</context>
<context>
    <name>ui.dialer</name>
    <message>
        <source>e.g. +386 40 111 222</source>
        <translation>napr. +421 905 111 222</translation>
    </message>
    <message>
        <source>A number in international form: + and the country code</source>
        <translation>Číslo v medzinárodnom tvare: + a predvoľba krajiny</translation>
    </message>
    <message>
        <source>The queue you call for: customers see its caller ID, and the call counts in its reports</source>
        <translation>Rad, za ktorý voláte: zákazníci vidia jeho zobrazované číslo a hovor sa započíta do jeho zostáv</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a button: calls the number</comment>
        <translation>Zavolať</translation>
    </message>
    <message>
        <source>Call a number</source>
        <comment>the dial bar&apos;s title</comment>
        <translation>Zavolať na číslo</translation>
    </message>
    <message>
        <source>for</source>
        <comment>between the number field and the queue: call … for Sales</comment>
        <translation>za</translation>
    </message>
    <message>
        <source>Call this number (or press Enter in it)</source>
        <translation>Zavolať na toto číslo (alebo v poli stlačte Enter)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>a button: hides the notice</comment>
        <translation>Zavrieť</translation>
    </message>
</context>
<context>
    <name>ui.email</name>
    <message>
        <source>Forward…</source>
        <comment>a button</comment>
        <translation>Preposlať…</translation>
    </message>
    <message>
        <source>Send the customer&apos;s last message, with its attachments, on</source>
        <translation>Preposlať poslednú správu zákazníka aj s prílohami</translation>
    </message>
    <message>
        <source>Send reply</source>
        <comment>a button: sends the e-mail reply</comment>
        <translation>Odoslať odpoveď</translation>
    </message>
    <message>
        <source>E-mail · Queue: {queue}</source>
        <translation>E-mail · Rad: {queue}</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Uložiť prílohu</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>a reply&apos;s state</comment>
        <translation>Odoslaná</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <comment>{reason}: the mail server&apos;s words</comment>
        <translation>Neodoslaná: {reason}</translation>
    </message>
    <message>
        <source>Waiting to be sent again: {reason}</source>
        <comment>{reason}: the mail server&apos;s words</comment>
        <translation>Čaká na opätovné odoslanie: {reason}</translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>a reply&apos;s state</comment>
        <translation>Odosiela sa…</translation>
    </message>
    <message>
        <source>[picture not shown]</source>
        <translation>[obrázok nie je zobrazený]</translation>
    </message>
    <message>
        <source>{name} ({size}): too large, not kept — ask for a link instead</source>
        <translation>{name} ({size}): príliš veľký, nebol uložený — požiadajte radšej o odkaz</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <comment>before a list of files</comment>
        <translation>Prílohy:</translation>
    </message>
    <message>
        <source>Reading the e-mail…</source>
        <translation>Načítava sa e-mail…</translation>
    </message>
    <message>
        <source>Write your reply — Ctrl+Enter sends; the queue&apos;s signature is added</source>
        <translation>Napíšte odpoveď — Ctrl+Enter ju odošle; podpis radu sa pridá automaticky</translation>
    </message>
    <message>
        <source>Forward the e-mail</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Preposlať e-mail</translation>
    </message>
    <message>
        <source>A note above the forwarded message (optional)</source>
        <translation>Poznámka nad preposlanou správou (nepovinné)</translation>
    </message>
    <message>
        <source>Forward</source>
        <comment>a button: sends the forward</comment>
        <translation>Preposlať</translation>
    </message>
    <message>
        <source>To:</source>
        <comment>the forward&apos;s address</comment>
        <translation>Komu:</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>the agent&apos;s words above it</comment>
        <translation>Poznámka:</translation>
    </message>
</context>
<context>
    <name>ui.headset</name>
    <message>
        <source>The sound devices could not be listed: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Zvukové zariadenia sa nepodarilo zistiť: {reason}</translation>
    </message>
    <message>
        <source>Same as the speaker</source>
        <comment>where the phone rings</comment>
        <translation>Rovnaké ako reproduktor</translation>
    </message>
    <message>
        <source>Speak: the bar should move</source>
        <translation>Hovorte: ukazovateľ by sa mal pohybovať</translation>
    </message>
    <message>
        <source>Speak into the microphone: the bar shows what it hears.</source>
        <translation>Hovorte do mikrofónu: ukazovateľ zobrazuje, čo počuje.</translation>
    </message>
    <message>
        <source>Play test tone</source>
        <translation>Prehrať testovací tón</translation>
    </message>
    <message>
        <source>Echo test</source>
        <translation>Test ozveny</translation>
    </message>
    <message>
        <source>Records {seconds} s, then plays it back to you</source>
        <comment>{seconds}: a number of seconds</comment>
        <translation>Nahrá {seconds} s a potom vám to prehrá</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofón</translation>
    </message>
    <message>
        <source>Level</source>
        <comment>the microphone&apos;s sound level</comment>
        <translation>Úroveň</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Reproduktor</translation>
    </message>
    <message>
        <source>Ring on</source>
        <comment>the device the phone rings on</comment>
        <translation>Zvoniť na</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>the system&apos;s default device</comment>
        <translation>Predvolené systémom</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <comment>{device}: a sound device&apos;s name</comment>
        <translation>{device} (nepripojené)</translation>
    </message>
    <message>
        <source>Playing a test tone…</source>
        <translation>Prehráva sa testovací tón…</translation>
    </message>
    <message>
        <source>Did you hear the tone?</source>
        <translation>Počuli ste tón?</translation>
    </message>
    <message>
        <source>Speak now: recording {seconds} s, then playing it back…</source>
        <comment>{seconds}: a number of seconds</comment>
        <translation>Hovorte: nahráva sa {seconds} s, potom sa to prehrá…</translation>
    </message>
    <message>
        <source>Echo test done: did you hear yourself clearly?</source>
        <translation>Test ozveny skončil: počuli ste sa zreteľne?</translation>
    </message>
    <message>
        <source>The test could not run.</source>
        <translation>Test sa nepodarilo spustiť.</translation>
    </message>
    <message>
        <source>Headset set-up</source>
        <translation>Nastavenie slúchadiel</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation>Uložiť</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>a button</comment>
        <translation>Zrušiť</translation>
    </message>
</context>
<context>
    <name>ui.login</name>
    <message>
        <source>Saved — leave empty to log in</source>
        <translation>Uložené — nechajte prázdne a prihláste sa</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nesprávne používateľské meno alebo heslo.</translation>
    </message>
    <message>
        <source>Cannot reach the server at {url} — check the address and your internet connection.</source>
        <translation>Server na adrese {url} je nedostupný — skontrolujte adresu a pripojenie na internet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation>Certifikát servera sa nepodarilo overiť: {reason}</translation>
    </message>
    <message>
        <source>“{url}” is not a server address: it should look like https://calls.example.com</source>
        <translation>„{url}“ nie je adresa servera: mala by vyzerať ako https://calls.example.com</translation>
    </message>
    <message>
        <source>Callnest — log in</source>
        <translation>Callnest — prihlásenie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>System language</source>
        <comment>the app speaks the computer&apos;s language</comment>
        <translation>Jazyk systému</translation>
    </message>
    <message>
        <source>Log in to your call center</source>
        <translation>Prihláste sa do svojho call centra</translation>
    </message>
    <message>
        <source>https://calls.example.com</source>
        <comment>an example server address: keep https:// and example.com</comment>
        <translation>https://calls.example.com</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>vaše používateľské meno</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Zapamätať si ma na tomto počítači</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>the server&apos;s address</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Prihlasuje sa…</translation>
    </message>
    <message>
        <source>Log in</source>
        <comment>a button</comment>
        <translation>Prihlásiť sa</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Zadajte používateľské meno.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Zadajte heslo.</translation>
    </message>
    <message>
        <source>Your saved session has ended: enter your password.</source>
        <translation>Vaša uložená relácia sa skončila: zadajte heslo.</translation>
    </message>
    <message>
        <source>Logging in failed: {problem}</source>
        <translation>Prihlásenie zlyhalo: {problem}</translation>
    </message>
</context>
<context>
    <name>ui.pages</name>
    <message>
        <source>Waiting for the next contact</source>
        <translation>Čaká sa na ďalší kontakt</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Prichádzajúci hovor</translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation>Zostávajúci čas na prijatie</translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>a button: answer the call</comment>
        <translation>Prijať</translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a button: decline the call</comment>
        <translation>Odmietnuť</translation>
    </message>
    <message>
        <source>Call now</source>
        <comment>a button: place the call at once</comment>
        <translation>Zavolať hneď</translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>a button: leave the call to place to a colleague</comment>
        <translation>Preskočiť</translation>
    </message>
    <message>
        <source>Leave it to a colleague</source>
        <translation>Prenechať kolegovi</translation>
    </message>
    <message>
        <source>The call is placed when this reaches zero</source>
        <translation>Hovor sa uskutoční, keď odpočet dosiahne nulu</translation>
    </message>
    <message>
        <source>Calling out</source>
        <translation>Odchádzajúci hovor</translation>
    </message>
    <message>
        <source>Time since you called</source>
        <translation>Čas od začiatku volania</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Zavesiť</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>V hovore</translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>a button: mute the microphone</comment>
        <translation>Stlmiť</translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a button: put the call on hold</comment>
        <translation>Podržať</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <comment>a button</comment>
        <translation>Prepojiť…</translation>
    </message>
    <message>
        <source>Raise hand</source>
        <comment>a button: ask for help</comment>
        <translation>Zdvihnúť ruku</translation>
    </message>
    <message>
        <source>Ask a supervisor for help: they see it on the wallboard</source>
        <translation>Požiadať supervízora o pomoc: uvidí to na nástenke</translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation>Pozastaviť nahrávanie</translation>
    </message>
    <message>
        <source>While the caller reads out a card number: the recording keeps silence until you resume it (each pause is logged)</source>
        <translation>Keď volajúci diktuje číslo karty: nahrávka zaznamenáva ticho, kým nahrávanie neobnovíte (každé pozastavenie sa zaznamená)</translation>
    </message>
    <message>
        <source>Schedule a callback…</source>
        <translation>Naplánovať spätné volanie…</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefón</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Spracovanie</translation>
    </message>
    <message>
        <source>Time left for wrap-up</source>
        <translation>Zostávajúci čas na spracovanie</translation>
    </message>
    <message>
        <source>What happened on this contact</source>
        <translation>Ako kontakt dopadol</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>a button: ready for the next</comment>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>Save the wrap-up and take the next contact</source>
        <translation>Uložiť spracovanie a prijať ďalší kontakt</translation>
    </message>
    <message>
        <source>Promise the customer a call at a time of their choosing</source>
        <translation>Sľúbiť zákazníkovi hovor v čase, ktorý si zvolí</translation>
    </message>
    <message>
        <source>Never call this number again</source>
        <translation>Na toto číslo už nikdy nevolať</translation>
    </message>
    <message>
        <source>The customer asked not to be called: no campaign will call this number again</source>
        <translation>Zákazník požiadal, aby mu nevolali: žiadna kampaň už na toto číslo nezavolá</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>of a call or chat</comment>
        <translation>Výsledok</translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>how a contact ended: sold, no interest...</comment>
        <translation>Klasifikácia</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>on this contact</comment>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Kept on the customer&apos;s card for next time</source>
        <translation>Uloží sa na kartu zákazníka na budúce</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Údaje zákazníka</translation>
    </message>
    <message>
        <source>(no disposition)</source>
        <translation>(bez klasifikácie)</translation>
    </message>
    <message>
        <source>Callback scheduled for {when}</source>
        <comment>{when}: a date and time</comment>
        <translation>Spätné volanie naplánované na {when}</translation>
    </message>
    <message>
        <source>Schedule another callback…</source>
        <translation>Naplánovať ďalšie spätné volanie…</translation>
    </message>
    <message>
        <source>{field}: that is not an e-mail address.</source>
        <translation>{field}: toto nie je e-mailová adresa.</translation>
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
        <translation>Naplánovať</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Číslo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Meno</translation>
    </message>
    <message>
        <source>Schedule a callback</source>
        <translation>Naplánovať spätné volanie</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation>Rad: {queue}</translation>
    </message>
    <message>
        <source>with its country code, e.g. +386 41 123 456</source>
        <translation>s predvoľbou krajiny, napr. +421 905 123 456</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>the callback&apos;s date in Qt&apos;s date format (ddd: the weekday, d: the day, MMM: the month, both shortened; yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>The time above is on this clock: where the customer is</source>
        <translation>Čas vyššie je podľa týchto hodín: tam, kde je zákazník</translation>
    </message>
    <message>
        <source>What the call is about, for whoever makes it</source>
        <translation>O čom má hovor byť, pre toho, kto bude volať</translation>
    </message>
    <message>
        <source>When</source>
        <comment>a field: the callback&apos;s time</comment>
        <translation>Kedy</translation>
    </message>
    <message>
        <source>Customer&apos;s time zone</source>
        <translation>Časové pásmo zákazníka</translation>
    </message>
    <message>
        <source>That is {when} here.</source>
        <comment>{when}: the same moment on this computer&apos;s clock</comment>
        <translation>Tu je to {when}.</translation>
    </message>
    <message>
        <source>Enter the number to call back.</source>
        <translation>Zadajte číslo na spätné volanie.</translation>
    </message>
    <message>
        <source>That number cannot be called: {reason}</source>
        <comment>{reason}: what is wrong with the number</comment>
        <translation>Na toto číslo sa nedá zavolať: {reason}</translation>
    </message>
    <message>
        <source>Pick the customer&apos;s time zone from the list.</source>
        <translation>Vyberte zo zoznamu časové pásmo zákazníka.</translation>
    </message>
    <message>
        <source>Callback</source>
        <comment>the callback as a whole</comment>
        <translation>Spätné volanie</translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <comment>{field}: a field&apos;s name; {problem}: what is wrong with it (English)</comment>
        <translation>{field}: {problem}.</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Plánuje sa…</translation>
    </message>
</context>
<context>
    <name>ui.setup</name>
    <message>
        <source>Copy</source>
        <comment>a button: copy to the clipboard</comment>
        <translation>Kopírovať</translation>
    </message>
    <message>
        <source>Your first queue</source>
        <translation>Váš prvý rad</translation>
    </message>
    <message>
        <source>Callers wait in a queue until an operator is free. Most businesses start with one.</source>
        <translation>Volajúci čakajú v rade, kým sa neuvoľní operátor. Väčšina firiem začína s jedným radom.</translation>
    </message>
    <message>
        <source>e.g. Customer support</source>
        <translation>napr. Zákaznícka podpora</translation>
    </message>
    <message>
        <source>customer-support</source>
        <comment>an example queue name in a web address: lower-case a-z, digits, dashes only</comment>
        <translation>zakaznicka-podpora</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes: it is part of a web address</source>
        <translation>Malé písmená, číslice a pomlčky: je súčasťou webovej adresy</translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Time after each call for notes before the next one rings</source>
        <translation>Čas po každom hovore na poznámky, kým zazvoní ďalší</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>the queue&apos;s name</comment>
        <translation>Názov</translation>
    </message>
    <message>
        <source>Address name</source>
        <comment>the queue&apos;s name in its web address</comment>
        <translation>Názov v adrese</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Čas na spracovanie</translation>
    </message>
    <message>
        <source>Callers reach it at {address}</source>
        <translation>Volajúci ho nájdu na adrese {address}</translation>
    </message>
    <message>
        <source>Give the queue a name, e.g. Customer support.</source>
        <translation>Zadajte názov radu, napr. Zákaznícka podpora.</translation>
    </message>
    <message>
        <source>The address name takes lower-case letters, digits and dashes, and starts with a letter or digit (e.g. customer-support).</source>
        <translation>Názov v adrese môže obsahovať malé písmená, číslice a pomlčky a musí začínať písmenom alebo číslicou (napr. zakaznicka-podpora).</translation>
    </message>
    <message>
        <source>Created the queue {name}.</source>
        <translation>Rad {name} bol vytvorený.</translation>
    </message>
    <message>
        <source>Your first operator</source>
        <translation>Váš prvý operátor</translation>
    </message>
    <message>
        <source>An account for someone who answers calls. Callnest makes up their password.</source>
        <translation>Účet pre niekoho, kto prijíma hovory. Heslo vytvorí Callnest.</translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <comment>an example of a person&apos;s full name</comment>
        <translation>napr. Ada Lovelace</translation>
    </message>
    <message>
        <source>ada.lovelace</source>
        <comment>an example user name made from the full name: letters, digits and . _ @ -</comment>
        <translation>ada.lovelace</translation>
    </message>
    <message>
        <source>made up when you press Next</source>
        <translation>vytvorí sa po stlačení tlačidla Ďalej</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>Meno</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Používateľské meno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>Zadajte meno operátora.</translation>
    </message>
    <message>
        <source>The user name takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).</source>
        <translation>Používateľské meno môže mať 2 až 64 písmen, číslic a znakov . _ @ - (napr. ada.lovelace).</translation>
    </message>
    <message>
        <source>Give {name} the user name {username} and this password. It is shown only now: copy it before you go on.</source>
        <translation>Odovzdajte používateľovi {name} používateľské meno {username} a toto heslo. Zobrazuje sa len teraz: skopírujte si ho skôr, ako budete pokračovať.</translation>
    </message>
    <message>
        <source>Your headset</source>
        <translation>Vaše slúchadlá</translation>
    </message>
    <message>
        <source>Pick the headset you take calls with; the bar should move when you speak.</source>
        <translation>Vyberte slúchadlá, s ktorými prijímate hovory; keď hovoríte, ukazovateľ by sa mal pohybovať.</translation>
    </message>
    <message>
        <source>Pick another device, or press Next to set the headset up later.</source>
        <translation>Vyberte iné zariadenie alebo stlačte Ďalej a slúchadlá nastavte neskôr.</translation>
    </message>
    <message>
        <source>Ready for calls</source>
        <translation>Pripravené na hovory</translation>
    </message>
    <message>
        <source>Put the queue where your callers are.</source>
        <translation>Umiestnite rad tam, kde sú vaši volajúci.</translation>
    </message>
    <message>
        <source>The caller page — link to it, or send it to a customer:</source>
        <translation>Stránka pre volajúcich — dajte na ňu odkaz alebo ju pošlite zákazníkovi:</translation>
    </message>
    <message>
        <source>A call button for your own web site — paste it into a page:</source>
        <translation>Tlačidlo na volanie pre váš web — vložte ho do stránky:</translation>
    </message>
    <message>
        <source>{name} installs Callnest, logs in to {server} as {username} and goes Available.</source>
        <comment>Available: the agent&apos;s state, as the agent window&apos;s button says it</comment>
        <translation>{name} si nainštaluje Callnest, prihlási sa na {server} ako {username} a zvolí „K dispozícii“.</translation>
    </message>
    <message>
        <source>Browsers give a page the microphone only over HTTPS (or on this computer): put the server behind your HTTPS proxy before real customers call.</source>
        <translation>Prehliadače sprístupnia stránke mikrofón len cez HTTPS (alebo na tomto počítači): skôr, ako začnú volať skutoční zákazníci, umiestnite server za svoj HTTPS proxy server.</translation>
    </message>
    <message>
        <source>Set up Callnest</source>
        <translation>Nastavenie Callnest</translation>
    </message>
    <message>
        <source>Later</source>
        <comment>a button: close the set-up, to finish it later</comment>
        <translation>Neskôr</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a button: finish the set-up</comment>
        <translation>Hotovo</translation>
    </message>
</context>
<context>
    <name>ui.shortcuts</name>
    <message>
        <source>Answer</source>
        <translation>Prijať</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Odmietnuť</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Zavesiť</translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation>Stlmiť alebo zrušiť stlmenie</translation>
    </message>
    <message>
        <source>Hold or resume</source>
        <translation>Podržať alebo pokračovať</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Prepojiť…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>K dispozícii</translation>
    </message>
    <message>
        <source>Break…</source>
        <translation>Prestávka…</translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation>Ďalší chat</translation>
    </message>
    <message>
        <source>the keyboard shortcuts</source>
        <translation>zoznam skratiek</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončiť</translation>
    </message>
    <message>
        <source>{text} ({keys})</source>
        <comment>a tooltip; {keys}: the keyboard shortcut</comment>
        <translation>{text} ({keys})</translation>
    </message>
    <message>
        <source>Use one key combination, not a sequence of them.</source>
        <translation>Použite jednu kombináciu klávesov, nie ich postupnosť.</translation>
    </message>
    <message>
        <source>{keys} alone is for typing: add Ctrl or Alt.</source>
        <comment>{keys}: what the operator pressed</comment>
        <translation>{keys} bez Ctrl alebo Alt slúži na písanie: pridajte jeden z týchto klávesov.</translation>
    </message>
    <message>
        <source>{keys} is used for writing (copy, paste, undo, send…): choose other keys.</source>
        <translation>{keys} sa používa pri písaní (kopírovanie, prilepenie, vrátenie späť, odoslanie…): vyberte iné klávesy.</translation>
    </message>
    <message>
        <source>{keys} already opens {action}.</source>
        <comment>{action}: Help, Quit</comment>
        <translation>Skratka {keys} je už vyhradená: {action}.</translation>
    </message>
    <message>
        <source>{keys} is already the shortcut for {action}.</source>
        <comment>{action}: another shortcut&apos;s name</comment>
        <translation>Skratka {keys} je už priradená príkazu {action}.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Klávesové skratky</translation>
    </message>
    <message>
        <source>These work anywhere in the Callnest window, also while you type in a chat.</source>
        <translation>Fungujú kdekoľvek v okne Callnest, aj počas písania v chate.</translation>
    </message>
    <message>
        <source>This list</source>
        <comment>the help sheet itself</comment>
        <translation>Tento zoznam</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no keyboard shortcut</comment>
        <translation>žiadna</translation>
    </message>
    <message>
        <source>Change shortcuts…</source>
        <comment>a button</comment>
        <translation>Zmeniť skratky…</translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Zmeniť klávesové skratky</translation>
    </message>
    <message>
        <source>Click a field and press the new keys. Ctrl+Shift with a letter is safe while you type in a chat.</source>
        <translation>Kliknite na pole a stlačte nové klávesy. Ctrl+Shift s písmenom je bezpečná voľba aj počas písania v chate.</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>a button: this one&apos;s default</comment>
        <translation>Predvolené</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <comment>a button</comment>
        <translation>Obnoviť predvolené</translation>
    </message>
</context>
<context>
    <name>ui.wall_view</name>
    <message>
        <source>Waiting now</source>
        <translation>Práve čakajú</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Najdlhšie čakanie</translation>
    </message>
    <message>
        <source>Agents free / busy</source>
        <translation>Operátori voľní / obsadení</translation>
    </message>
    <message>
        <source>{free} / {busy}</source>
        <comment>agents free / agents busy</comment>
        <translation>{free} / {busy}</translation>
    </message>
    <message>
        <source>Service level in {seconds} s</source>
        <translation>Úroveň služieb do {seconds} s</translation>
    </message>
    <message>
        <source>Answered / abandoned</source>
        <translation>Prijaté / opustené</translation>
    </message>
    <message>
        <source>{answered} / {abandoned}</source>
        <translation>{answered} / {abandoned}</translation>
    </message>
    <message>
        <source>Callnest — wall view</source>
        <translation>Callnest — nástenné zobrazenie</translation>
    </message>
    <message>
        <source>Esc leaves the wall view</source>
        <translation>Esc ukončí nástenné zobrazenie</translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Čaká sa na prvé údaje…</translation>
    </message>
</context>
<context>
    <name>ui.wallboard</name>
    <message>
        <source>No first response in time (raised {time} ago)</source>
        <translation>Prvá odpoveď neprišla včas (eskalované pred {time})</translation>
    </message>
    <message>
        <source>Not resolved in time (raised {time} ago)</source>
        <translation>Nevyriešené včas (eskalované pred {time})</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Počúvať</translation>
    </message>
    <message>
        <source>Whisper to the agent</source>
        <translation>Našepkávať operátorovi</translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation>Vstúpiť do hovoru</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>Prestať počúvať</translation>
    </message>
    <message>
        <source>Listening to {agent}</source>
        <translation>Počúvanie: {agent}</translation>
    </message>
    <message>
        <source>Whispering to {agent}</source>
        <translation>Našepkávanie: {agent}</translation>
    </message>
    <message>
        <source>In the call with {agent} and the customer</source>
        <translation>V hovore: {agent} a zákazník</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop listening to a call</comment>
        <translation>Zastaviť</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Všetky stavy</translation>
    </message>
    <message>
        <source>Group by team</source>
        <translation>Zoskupiť podľa tímov</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Tím:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stav:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Všetky tímy</translation>
    </message>
    <message>
        <source>Callnest — wallboard</source>
        <translation>Callnest — nástenka</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Nástenka</translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation>Čaká sa na prvé údaje…</translation>
    </message>
    <message>
        <source>Wall view</source>
        <translation>Nástenné zobrazenie</translation>
    </message>
    <message>
        <source>The queues&apos; figures in big type, full screen (F11)</source>
        <translation>Údaje radov veľkým písmom na celú obrazovku (F11)</translation>
    </message>
    <message>
        <source>Right-click an agent: break, offline, log out</source>
        <translation>Kliknite pravým tlačidlom na operátora: prestávka, offline, odhlásenie</translation>
    </message>
    <message>
        <source>Past their service targets</source>
        <translation>Nesplnené ciele služieb</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>call, chat, e-mail...</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation>Teraz rieši</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dôvod</translation>
    </message>
    <message>
        <source>Campaigns — today</source>
        <translation>Kampane — dnes</translation>
    </message>
    <message>
        <source>Queues — today</source>
        <translation>Rady — dnes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Operátori</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <comment>who owns an overdue item</comment>
        <translation>Supervízori</translation>
    </message>
    <message>
        <source>Specialists&apos; queue</source>
        <comment>who owns an overdue item</comment>
        <translation>Rad špecialistov</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a nameless one</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Read chat with {name}</source>
        <translation>Čítať chat so zákazníkom {name}</translation>
    </message>
    <message>
        <source>Read chat with customer</source>
        <comment>a nameless customer</comment>
        <translation>Čítať chat so zákazníkom</translation>
    </message>
    <message>
        <source>Put on break</source>
        <translation>Poslať na prestávku</translation>
    </message>
    <message>
        <source>Make available</source>
        <translation>Nastaviť „K dispozícii“</translation>
    </message>
    <message>
        <source>Set offline</source>
        <translation>Nastaviť offline</translation>
    </message>
    <message>
        <source>Log {name} out…</source>
        <translation>Odhlásiť operátora {name}…</translation>
    </message>
    <message>
        <source>the agent</source>
        <comment>whose call</comment>
        <translation>operátor</translation>
    </message>
    <message>
        <source>Queue {number}</source>
        <translation>Rad {number}</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a chat&apos;s customer, name unknown</comment>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Log out</source>
        <comment>a dialog&apos;s title</comment>
        <translation>Odhlásiť</translation>
    </message>
    <message>
        <source>Log {name} out? Their desktop closes; a call they hold goes back to its queue.</source>
        <translation>Odhlásiť operátora {name}? Aplikácia operátora sa zatvorí; prebiehajúci hovor sa vráti do svojho radu.</translation>
    </message>
    <message>
        <source>Live — updated {time}</source>
        <comment>{time}: a time of day</comment>
        <translation>Naživo — aktualizované {time}</translation>
    </message>
    <message>
        <source>The wallboard is not available: {problem}</source>
        <translation>Nástenka nie je k dispozícii: {problem}</translation>
    </message>
</context>
</TS>
