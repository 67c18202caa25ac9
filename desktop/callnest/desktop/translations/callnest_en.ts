<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>{problem} Log in with your password instead.</source>
        <comment>{problem}: a sentence on the credentials file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callnest — {name}</source>
        <comment>the window&apos;s title: the user&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headset: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audio.headset</name>
    <message>
        <source>The microphone “{name}” is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone “{name}” stopped working. Is it unplugged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone “{name}” works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default microphone is missing: no device is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default microphone could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default microphone stopped working. Is it unplugged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default microphone works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring device “{name}” is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring device “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring device “{name}” stopped working. Is it unplugged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ring device “{name}” works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker “{name}” is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker “{name}” could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker “{name}” stopped working. Is it unplugged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker “{name}” works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default speaker is missing: no device is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default speaker could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default speaker stopped working. Is it unplugged?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default speaker works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Ringing on the speaker.</source>
        <comment>{problem}: a sentence on what is wrong with the ring device</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audio.playback</name>
    <message>
        <source>the recording holds no audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recording could not be decoded ({reason})</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker “{name}” is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker could not be opened ({reason}).</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>Remember me is unavailable: the keyring found ({keyring}) would keep the secret in a plain file.</source>
        <comment>{keyring}: the name of a program&apos;s part, e.g. PlaintextKeyring</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me is unavailable: no system keyring is running on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me is unavailable: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>credentials_file</name>
    <message>
        <source>The credentials file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file {path} cannot be read: {reason}.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials file {path} should hold JSON like {example}.</source>
        <comment>{example}: a JSON object, never translated</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine.session</name>
    <message>
        <source>The server refused: {reason}.</source>
        <comment>{reason}: the server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP {status}; is this a Callnest server?</source>
        <comment>{status}: an HTTP status code such as 404</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified ({reason}). Check the address, or ask the owner to install a valid certificate.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at {url} did not accept the session: {reason}.</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.admin</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <comment>where a waiting caller is sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback request</source>
        <comment>where a waiting caller is sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (caller is told we are closed)</source>
        <comment>where a waiting caller is sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: write the opening hours as 09:00-17:00 (or leave it empty)</source>
        <comment>{day}: a weekday&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.agent</name>
    <message>
        <source>Nothing is ringing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has ended: finish the wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call to hang up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are available already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no breaks to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server: calls out wait for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline: choose Available or a break to call out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call is ringing: answer or decline it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call out is on its way already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the wrap-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no queue to call for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number</source>
        <comment>in &quot;The call to the number could not be placed&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.callbacks</name>
    <message>
        <source>Waiting caller (phone)</source>
        <comment>who asked for a callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting caller (web)</source>
        <comment>who asked for a callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>who asked for a callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>who asked for a callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>a callback&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in line</source>
        <comment>a callback&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being dialled</source>
        <comment>a callback&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a callback&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a callback&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a callback&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off by a restart</source>
        <comment>how a call ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed: it is already {now} in {zone}. Pick a later time.</source>
        <comment>{now}: a date and time; {zone}: a time zone&apos;s name (Europe/Ljubljana)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pick a time within the next %n day(s).</source>
        <translation>
            <numerusform>Pick a time within the next %n day.</numerusform>
            <numerusform>Pick a time within the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a date this year, in Qt&apos;s date format (ddd: the weekday, d: the day, MMM: the month; all shortened): write the pattern, in your language&apos;s order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a date in another year, in Qt&apos;s date format (yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <comment>a date, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.callout</name>
    <message>
        <source>Busy: {who} is on another call. Try again later.</source>
        <comment>{who}: the number called, with the customer&apos;s name if known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: {who} did not pick up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call cancelled: you hung up before {who} answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call could not be placed: the phone line did not put it through to {who}. Check the number, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number to call first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{number}” cannot be called: {reason}</source>
        <comment>{number}: as the agent typed it; {reason}: what is wrong with it, a sentence&apos;s end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to {who} could not be placed: {reason}</source>
        <comment>{reason}: why, from the server, as the end of a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no reason.</source>
        <comment>the end of a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.campaign_figures</name>
    <message>
        <source>Count</source>
        <comment>a column: how many</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <comment>a column: the part of the whole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>a column: how a call ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the calls placed</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the people reached</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <comment>a column: counts as a success</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: where a person stands</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of everyone on the list</source>
        <comment>a column&apos;s tooltip: a share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a column: how many</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: time talking</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all their talk on the campaign&apos;s calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a column: time on hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: time in wrap-up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>a headline figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick the dispositions that count as success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{converted} of those reached ended in success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls placed</source>
        <comment>a headline figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts, retries included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached</source>
        <comment>a headline figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of the calls</source>
        <comment>{share}: a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a headline figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a percentage, as your language writes it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{abandoned} answered with no agent to take them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition #{id}</source>
        <comment>one whose name is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>counts as a success: a table&apos;s cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent #{id}</source>
        <comment>one whose name is not known</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.campaign_lists</name>
    <message>
        <source>Slovenia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <comment>a column: a line of a list or a file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column: why a line was refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number before the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long to be a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the name is over %n letter(s)</source>
        <translation>
            <numerusform>the name is over %n letter</numerusform>
            <numerusform>the name is over %n letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Added {added} · {listed} already listed · {refused} refused</source>
        <comment>numbers added to a campaign&apos;s list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n customer(s) match (only the first {counted} are counted); every match with a phone number will be added, with their first number.</source>
        <translation>
            <numerusform>At least %n customer matches (only the first {counted} are counted); every match with a phone number will be added, with their first number.</numerusform>
            <numerusform>At least %n customers match (only the first {counted} are counted); every match with a phone number will be added, with their first number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match, but none has a phone number: nobody to add.</source>
        <translation>
            <numerusform>%n customer matches, but none has a phone number: nobody to add.</numerusform>
            <numerusform>%n customers match, but none has a phone number: nobody to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match; {with_phone} with a phone number will be added, with their first number.</source>
        <translation>
            <numerusform>%n customer matches; {with_phone} with a phone number will be added, with their first number.</numerusform>
            <numerusform>%n customers match; {with_phone} with a phone number will be added, with their first number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models.campaigns</name>
    <message>
        <source>Preview</source>
        <comment>a campaign&apos;s mode: the card first</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent reads the person&apos;s card first, then the call goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive</source>
        <comment>a campaign&apos;s mode: calls at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call goes out the moment an agent is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>a campaign&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>a campaign&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>a campaign&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>a campaign&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To call</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for an agent</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being dialled</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of attempts</source>
        <comment>a person on a campaign&apos;s list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering machine</source>
        <comment>how a call ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off by a restart</source>
        <comment>how a call ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <comment>how a call ended: not yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>how a call ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <comment>how a call ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>how a call ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} ({seconds} s card)</source>
        <comment>a campaign&apos;s mode, then the card&apos;s time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody listed yet</source>
        <comment>a campaign&apos;s progress</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reached} of {total} reached</source>
        <comment>a campaign&apos;s progress: people</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the start of the calling hours as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the end of the calling hours as HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calling hours end ({end}) before they start ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one day to call on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome}: wait from 1 to {most} minutes (a week), or leave it empty not to try again.</source>
        <comment>{outcome}: how a call ended (Busy, No answer...)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.chat</name>
    <message>
        <source>Customer</source>
        <comment>who a chat is with, when their name is not known</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.format</name>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.health</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (since {time}): {summary}</source>
        <comment>an alarm: its title and summary are the server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <comment>{fix}: the server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at {time}: all is well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <comment>found by the checks</comment>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <comment>found by the checks</comment>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at {time}: {problems} and {warnings}.</source>
        <comment>{problems}: e.g. 2 problems; {warnings}: e.g. 1 warning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at {time}: {found}.</source>
        <comment>{found}: what the checks found, e.g. 2 problems or 1 warning</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <comment>a file&apos;s size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} GB</source>
        <comment>a file&apos;s size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} TB</source>
        <comment>a file&apos;s size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up since {time}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup {time}: {summary}</source>
        <comment>{summary}: the server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last backup, {time}, failed: {error}</source>
        <comment>{error}: the server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address operators and callers use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TURN relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} answers, but not as this Callnest server: {problem}.</source>
        <comment>{url}: the server&apos;s public address; {problem}: e.g. /api/health is not Callnest&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is {age} old ({how}).</source>
        <comment>{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no backup, and the server has run for %n day(s) ({how}).</source>
        <comment>{how}: e.g. daily at 03:00, keeping 7, in /srv/backups; or: daily backups are off</comment>
        <translation>
            <numerusform>There is no backup, and the server has run for %n day ({how}).</numerusform>
            <numerusform>There is no backup, and the server has run for %n days ({how}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{address}: this machine only, fine for trying Callnest out. Operators and callers elsewhere need an HTTPS address (--public-url).</source>
        <comment>{address}: e.g. http://127.0.0.1:8080; --public-url: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No --public-url: operators reach {address} without HTTPS, and callers&apos; browsers give the caller page no microphone there.</source>
        <comment>{address}: e.g. http://192.168.1.5:8080; --public-url: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: this machine only.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not HTTPS: callers&apos; browsers refuse the caller page the microphone.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: browsers will not trust its certificate ({reason}).</source>
        <comment>{reason}: OpenSSL&apos;s words, e.g. certificate has expired</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} cannot be reached from this machine: {error}.</source>
        <comment>{error}: the system&apos;s words, e.g. Connection refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} cannot be reached from this machine: no answer.</source>
        <comment>{url}: the server&apos;s public address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP {http_status} for /api/health</source>
        <comment>{http_status}: e.g. 502; /api/health: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api/health does not answer</source>
        <comment>/api/health: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/api/health is not Callnest&apos;s</source>
        <comment>/api/health: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{url} answers; its certificate is valid until {valid_until} (%n day(s)).</source>
        <comment>{valid_until}: a date, e.g. 7 Dec 2026</comment>
        <translation>
            <numerusform>{url} answers; its certificate is valid until {valid_until} (%n day).</numerusform>
            <numerusform>{url} answers; its certificate is valid until {valid_until} (%n days).</numerusform>
        </translation>
    </message>
    <message>
        <source>No TURN server is set up: operators and callers on networks that allow only a relay cannot connect (most connect without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: refuses this server&apos;s credentials (401 Unauthorized).</source>
        <comment>{url}: a TURN server&apos;s address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: refused a relay: {error_code} {reason}.</source>
        <comment>{error_code} {reason}: the TURN server&apos;s answer, e.g. 486 Allocation Quota Reached</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: does not answer ({error}).</source>
        <comment>{error}: the system&apos;s words, e.g. Connection refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: does not answer (no reply in {timeout_s}).</source>
        <comment>{timeout_s}: e.g. 5 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{urls}: relays with this server&apos;s credentials.</source>
        <comment>{urls}: TURN servers&apos; addresses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone line (SIP trunk) is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SIP edge does not run: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered, so no calls come in: {trunks}.</source>
        <comment>{trunks}: phone lines and the provider&apos;s answers, e.g. Provider: 403 Forbidden</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered yet, still trying: {trunks}.</source>
        <comment>{trunks}: phone lines and the provider&apos;s answers, e.g. Provider: 403 Forbidden</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered: {trunks}.</source>
        <comment>{trunks}: phone lines&apos; names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registered: {trunks}; %n line(s) known to the provider by this machine&apos;s address.</source>
        <comment>{trunks}: phone lines&apos; names</comment>
        <translation>
            <numerusform>Registered: {trunks}; %n line known to the provider by this machine&apos;s address.</numerusform>
            <numerusform>Registered: {trunks}; %n lines known to the provider by this machine&apos;s address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) known to the provider by this machine&apos;s address.</source>
        <comment>phone lines the provider reaches without registering</comment>
        <translation>
            <numerusform>%n line known to the provider by this machine&apos;s address.</numerusform>
            <numerusform>%n lines known to the provider by this machine&apos;s address.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mailbox is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mail is not coming in: {mailboxes}.</source>
        <comment>{mailboxes}: mailboxes and the mail server&apos;s answers, e.g. support@example.com: authentication failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking mail in: {mailboxes}.</source>
        <comment>{mailboxes}: e-mail addresses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{free_bytes} free of {total_bytes} ({used_pct} % used).</source>
        <comment>sizes, e.g. 54.5 GB free of 100.0 GB (45 % used)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{free_bytes} free of {total_bytes} ({used_pct} % used); recordings add about {growth_bytes} a day: full in about %n day(s).</source>
        <comment>sizes, e.g. 54.5 GB free of 100.0 GB (45 % used); about 1.2 GB a day</comment>
        <translation>
            <numerusform>{free_bytes} free of {total_bytes} ({used_pct} % used); recordings add about {growth_bytes} a day: full in about %n day.</numerusform>
            <numerusform>{free_bytes} free of {total_bytes} ({used_pct} % used); recordings add about {growth_bytes} a day: full in about %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last backup failed: {error} ({how}).</source>
        <comment>{error}: the server&apos;s words; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups; or: daily backups are off</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup, and daily backups are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet: the first is due {how}.</source>
        <comment>{how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is {age} old ({how}), on the same disk as the data: a disk that dies takes both.</source>
        <comment>{age}: e.g. 3 days; {how}: e.g. daily at 03:00, keeping 7, in /srv/backups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: no time server given (--ntp-server).</source>
        <comment>--ntp-server: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask {server} the time ({error}), so the clock is unchecked.</source>
        <comment>{server}: a time server, e.g. pool.ntp.org; {error}: the system&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask {server} the time (no answer), so the clock is unchecked.</source>
        <comment>{server}: a time server, e.g. pool.ntp.org</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is {offset_s} behind {server}.</source>
        <comment>{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock is {offset_s} ahead of {server}.</source>
        <comment>{offset_s}: e.g. 300 s; {server}: a time server, e.g. pool.ntp.org</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: {offset_s} behind {server}.</source>
        <comment>the clock: {offset_s}: e.g. 0.012 s; {server}: a time server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: {offset_s} ahead of {server}.</source>
        <comment>the clock: {offset_s}: e.g. 0.012 s; {server}: a time server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: there is no database at {path}.</source>
        <comment>{path}: a file on the server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: {problem}.</source>
        <comment>{problem}: SQLite&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite, {size_bytes}: sound (quick check).</source>
        <comment>{size_bytes}: the database&apos;s size, e.g. 12.3 MB</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL does not answer: {error}.</source>
        <comment>{error}: PostgreSQL&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL answers, at schema {revision}.</source>
        <comment>{revision}: the database&apos;s version, e.g. 0012</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: checked by the server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Callnest server answers on {data_dir}: the rest was checked without it.</source>
        <comment>{data_dir}: a folder on the server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the server behind an HTTPS reverse proxy (README, &apos;Behind a reverse proxy&apos;) and start it with --public-url https://your-name</source>
        <comment>README&apos;s section&apos;s title and --public-url: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the reverse proxy runs and that the name points at this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the reverse proxy forwards to this server&apos;s address ({host}:{port}).</source>
        <comment>{host}:{port}: e.g. 127.0.0.1:8080</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the TURN server runs and that its port is open to this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the trunk&apos;s account and password with the provider (Phones tab), and that this machine reaches the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space or give the data a bigger disk; shorten how long recordings are kept (PUT /api/settings/recordings).</source>
        <comment>PUT /api/settings/recordings: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now (Admin window, Backups tab), and see the server&apos;s log for why the last one failed: a full disk or a folder the server cannot write, usually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn daily backups on (Admin window, Backups tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a time service: Debian&apos;s systemd-timesyncd or chrony (apt install chrony).</source>
        <comment>systemd-timesyncd, chrony, apt install chrony: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow UDP port 123 out, or name a time server this machine reaches (--ntp-server).</source>
        <comment>--ntp-server: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the server, restore the newest backup into a new data dir (callnest-server restore --from FOLDER --data-dir NEW) and start it there; keep the damaged one for support.</source>
        <comment>the command in brackets: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew or replace the certificate on the reverse proxy (Caddy and certbot renew theirs by themselves when they can reach Let&apos;s Encrypt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate now; if the proxy renews it by itself (Caddy, certbot), see its log for why it has not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If some cannot connect, set one up: README, &apos;TURN&apos;.</source>
        <comment>a TURN server; README, &apos;TURN&apos;: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret given to callnest-server (--turn-secret-file) must be the TURN server&apos;s static-auth-secret; and the TURN server needs use-auth-secret.</source>
        <comment>--turn-secret-file, static-auth-secret, use-auth-secret: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the TURN server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the server&apos;s log; the Phones tab shows each trunk&apos;s last failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the mailbox&apos;s server, user name and (app) password in the Mailboxes tab, and that this machine reaches the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now (Admin window, Backups tab). If daily backups are on and none ran, the server was not running at the time, or its log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup folder on another disk or a network share (Admin window, Backups tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it (systemctl start callnest-server), and see its log for why it stopped (journalctl -u callnest-server).</source>
        <comment>the commands in brackets: keep</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date in Qt&apos;s date format (d: the day, MMM: the month, shortened, yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, shortened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily backups are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>daily at {time}, keeping the last %n backup(s), in {folder}</source>
        <comment>the backup schedule: {time}: e.g. 03:00; %n: how many backups are kept; {folder}: e.g. /srv/backups</comment>
        <translation>
            <numerusform>daily at {time}, keeping the last %n backup, in {folder}</numerusform>
            <numerusform>daily at {time}, keeping the last %n backups, in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a backup&apos;s age</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models.home_link</name>
    <message>
        <source>Woke from sleep: checking your connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network changed: checking your connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio from your computer reaches the server — calls are held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your microphone sends nothing — check your headset; calls are held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio reaching the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} % loss</source>
        <comment>packets lost on the way</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ms} ms round trip</source>
        <comment>the time a packet takes to the server and back, in milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ms} ms jitter</source>
        <comment>how much the packets&apos; delay varies, in milliseconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call quality {score} of 5</source>
        <comment>a score from 1 (bad) to 5 (excellent); follows other figures after a comma</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <comment>the home connection&apos;s quality, after &quot;Home connection:&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figures} ({quality})</source>
        <comment>the connection&apos;s figures, then the call quality they make</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home connection: {problems} — calls are held back until it recovers</source>
        <comment>{problems}: the bad figures, e.g. &quot;8 % loss, 640 ms round trip&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connection recovered: {figures} — calls are offered again</source>
        <comment>{figures}: the connection&apos;s figures, e.g. &quot;0 % loss, 30 ms round trip&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your connection recovered — calls are offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection check passed: {figures}</source>
        <comment>{figures}: the connection&apos;s figures, e.g. &quot;0 % loss, 30 ms round trip&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home connection: {problems}</source>
        <comment>{problems}: the bad figures, e.g. &quot;8 % loss&quot;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} — offered nothing since {time}</source>
        <comment>{problem}: what is wrong with the home connection; {time}: a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} — offered nothing since {time}: {figures}</source>
        <comment>{problem}: what is wrong with the home connection; {time}: a time of day; {figures}: every figure measured</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.phones</name>
    <message>
        <source>d MMM</source>
        <comment>a day and month in Qt&apos;s date format (d: the day, MMM: the month, shortened): write the pattern, in your language&apos;s order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <comment>a day, then a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{transport} — not available</source>
        <comment>{transport}: UDP, TCP or TLS</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration and IP addresses</source>
        <comment>how a provider knows a trunk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <comment>how a provider knows a trunk</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>IP address(es) (%n)</source>
        <comment>how a provider knows a trunk: by how many addresses</comment>
        <translation>
            <numerusform>IP address (%n)</numerusform>
            <numerusform>IP addresses (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in use (disabled)</source>
        <comment>a trunk&apos;s registration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the provider knows the addresses</source>
        <comment>a trunk&apos;s registration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered: phone calls are not running (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered since {time}</source>
        <comment>{time}: a time of day, maybe a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>a trunk&apos;s registration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} (last refused: {failure})</source>
        <comment>{state}: how the registration is doing; {failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} (last refused at {time}: {failure})</source>
        <comment>{state}: how the registration is doing; {time}: when; {failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered: {failure} since {time}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden); {time}: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered: {failure}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered since {time}</source>
        <comment>{time}: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <comment>a trunk&apos;s registration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone calls are not working: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk {name} is not registered: {failure} since {time}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden); {time}: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk {name} is not registered: {failure}</source>
        <comment>{failure}: the registrar&apos;s answer (403 Forbidden)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk {name} is not registered since {time}</source>
        <comment>{time}: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk {name} is not registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.report</name>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a percentage, as your language writes it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figure} in {seconds} s</source>
        <comment>a service level: the share answered within so many seconds (80.0% in 20 s)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average speed of answer: queue time of answered contacts / answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average handle time: (talk + hold + wrap-up) / handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within the queue&apos;s threshold / (answered + abandoned after the short-abandon threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>a column: average handle time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring</source>
        <comment>a column: average ringing time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average ringing before the agent answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: average talk time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average talk time per handled contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a column: average time on hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average hold time per handled contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: average wrap-up time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average wrap-up time per handled contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>a column: contacts offered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts that entered the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>a column: contacts answered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>a column: contacts abandoned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>including short abandons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short abandons</source>
        <comment>a column: callers who hung up at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hung up before the short-abandon threshold: not counted against the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned / offered, short abandons excluded from both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <comment>a column: contacts handled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <comment>a column: customer satisfaction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers&apos; mean rating, 1 to 5, after the contact (how many rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls out</source>
        <comment>a column: outbound calls</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents&apos; calls out with this queue&apos;s caller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>a column: calls out answered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls out the called person answered (not busy, not unanswered, not failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk out</source>
        <comment>a column: talk time on calls out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average talk time per connected call out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a column: callbacks asked for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks asked for: by waiting callers, or due at a time they chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back</source>
        <comment>a column: callbacks that connected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks that reached the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback ASA</source>
        <comment>a column: callback speed of answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback speed of answer: from the request (or the time chosen) to the customer answering our call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts rung to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>a column: contacts not answered in time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rung but not answered in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <comment>a column: time logged in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a column: time on a break</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home connection</source>
        <comment>a column: time held back by the home network</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the breaks, time held back because the home connection could not carry a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spared</source>
        <comment>a column: contacts not offered to the agent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts offered in the agent&apos;s queues while held back for the home connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handle time / (logged-in time - break time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <comment>a column: the interval&apos;s times</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>models.wallboard</name>
    <message>
        <source>{value}%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss}% loss · {jitter} ms jitter</source>
        <comment>an audio link&apos;s packet loss and jitter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss}% loss · {jitter} ms jitter · {rtt} ms rtt</source>
        <comment>an audio link&apos;s packet loss, jitter and round-trip time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand raised — needs help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{activity} · {held_back}</source>
        <comment>an agent&apos;s state · why routing holds back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{time} · %n offer(s)</source>
        <comment>{time}: time held back today; %n: contacts offered to others meanwhile</comment>
        <translation>
            <numerusform>{time} · %n offer</numerusform>
            <numerusform>{time} · %n offers</numerusform>
        </translation>
    </message>
    <message>
        <source>Break — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <comment>an agent&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>an agent&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <comment>an agent&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <comment>an agent&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a contact</source>
        <comment>an agent&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>an agent&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({rate})</source>
        <comment>abandoned contacts (their share of those offered)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} in {seconds} s</source>
        <comment>service level: {share} of contacts answered within {seconds} seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <comment>an agent in no team</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref. {number}</source>
        <comment>a short reference for a contact with no name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>a column: callers waiting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>a column: contacts offered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue time of answered / answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <comment>a column: contacts abandoned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned / offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within the threshold / (answered + abandoned after the short-abandon time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AHT</source>
        <comment>a column: average handling time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(talk + hold + wrap-up) / handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <comment>a column: customer satisfaction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers&apos; mean rating today, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <comment>a column: agents available</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <comment>a column: agents busy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a column: agents in wrap-up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a column: agents on a break</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column: the agent&apos;s team</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: an agent&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <comment>a column: how long in this state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <comment>a column: the customer an agent is with</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s name where known, else a short reference to say aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <comment>a column: contacts handled</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break today</source>
        <comment>a column: time on a break today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back today</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time offered nothing today because the home connection could not carry a call, and the contacts offered in the agent&apos;s queues meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home link</source>
        <comment>a column: the home connection&apos;s audio</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss, jitter and round trip of the audio link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS</source>
        <comment>a column: mean opinion score, call quality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call quality the link allows, 1 to 4.5 (ITU-T G.107 E-model, simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mic silent</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long the microphone has been silent or muted in a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heard</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time since the desktop&apos;s last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>agents to look at</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} ({rate})</source>
        <comment>people reached (their share of the calls placed)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column: a campaign&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <comment>a campaign&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>a campaign&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls today</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls placed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <comment>a column: people reached</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls today the person called answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On calls now</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing or talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People left</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to reach: waiting or being called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <source>Answer</source>
        <comment>a notification&apos;s button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a notification&apos;s button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>You are not logged in: log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these fields: {fields}</source>
        <comment>dotted names of a form&apos;s fields</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has problems on %n line(s): {lines}.</source>
        <comment>{lines} lists the line numbers</comment>
        <translation>
            <numerusform>Nothing was imported: the file has problems on %n line: {lines}.</numerusform>
            <numerusform>Nothing was imported: the file has problems on %n lines: {lines}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request ({code}).</source>
        <comment>{code}: a technical code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not read the request: update the app, or tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too large for the server to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is too old or too new for the server: update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this request: update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s page sent something the server could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended: log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts: wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept what was sent: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer there: someone may have deleted it. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That clashes with what is there already (a name in use, or a change made meanwhile). Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this request: update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not take this kind of file or data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has problems: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue still has calls or chats: try again once they are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That call or chat exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer is gone: someone else took it, or the customer left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the server: wait for the connection to come back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That can only be done during wrap-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That can only be done during a call or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot take calls or chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That transfer is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That queue is no longer there. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agent is no longer there. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That call or chat is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reason is no longer there. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s disk is full: nothing was saved. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That can only be done on a phone call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That can only be done in a chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio could not be set up: try again, or check your headset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audio link to the server: connect your headset first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another supervisor is listening to this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again; if it keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is closed now: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That choice is not on offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many calls at once: try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many calls or chats from one address: try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many chats at once: try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too fast: wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That can only be done once it is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been rated already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time: check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.agents</name>
    <message>
        <source>Agent</source>
        <comment>a role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <comment>a role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <comment>a role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: takes calls, can log in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: takes calls, can log in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {name}</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>a button: copy the password</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the password, without the spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} the user name {username} and this password. It is shown only now: copy it before you close this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spaces only make it easier to read: type it without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: a person&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <comment>a column: the user name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a column: takes calls</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a column: chats at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a column: e-mail threads at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a column: can log in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a team to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <comment>an example of a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ada.lovelace</source>
        <comment>an example of a login: letters, digits, . _ @ -</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty: Callnest makes one up</source>
        <comment>a password</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes calls (one at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at once</source>
        <comment>a suffix after a number of chats</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at once</source>
        <comment>a suffix after a number of e-mail threads</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many customers&apos; e-mail threads they answer at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New skill, e.g. French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add skill</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: a person&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <comment>a form&apos;s label: the user name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <comment>a form&apos;s label: takes calls</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a form&apos;s label: chats at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a form&apos;s label: e-mail threads at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a form&apos;s label: can log in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <comment>a button: stop someone logging in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills (tick, then set the level, 1 to 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agent</source>
        <comment>the form&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A password needs at least %n character(s).</source>
        <translation>
            <numerusform>A password needs at least %n character.</numerusform>
            <numerusform>A password needs at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created {name}.</source>
        <comment>a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <comment>a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make up a new password for {name}? The old one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password made for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a window title: stop someone logging in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {name}? They are logged out now and cannot log in again; their history stays. Tick Active and save to undo.</source>
        <comment>Active: the form&apos;s label of that name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new team&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created team {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed team {before} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new skill&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created skill {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.backups</name>
    <message>
        <source>daily</source>
        <comment>why a backup was taken: the schedule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <comment>why a backup was taken: Back up now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <comment>a form&apos;s label: the time of day backups run</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s local time; pick a quiet hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on the server&apos;s machine: best on another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> backup(s)</source>
        <comment>a suffix after a number: how many kept</comment>
        <translation>
            <numerusform> backup</numerusform>
            <numerusform> backups</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep</source>
        <comment>a field: how many backups are kept</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <comment>a form&apos;s label: how many backups</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <comment>when backups are taken</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <comment>a column: when a backup was taken</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <comment>a column: why a backup was taken</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <comment>a column: how many recordings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup on another disk or a network share outlives this machine&apos;s disk. To bring one back on a new machine: callnest-server restore --from FOLDER --data-dir NEW</source>
        <comment>the command is typed as it is: leave callnest-server restore --from --data-dir in English (FOLDER and NEW may be translated)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup schedule saved: into {folder}.</source>
        <comment>{folder}: a path</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.callbacks</name>
    <message>
        <source>A callback is a call the center owes a customer. A caller waiting in line may leave their number (key 1 on the phone, or the caller page&apos;s button) and keep their place; a customer may ask for a time on the web form, or an agent at wrap-up. When its turn comes an agent sees the customer&apos;s card, then the call is placed, and tried again if it does not reach them. A queue offers callbacks to waiting callers once ticked so in the Queues tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a filter: callbacks still owed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a filter: callbacks done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>a filter: callbacks that failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>a filter: called off</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>a filter: every callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callbacks are owed right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback has reached its customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback has been called off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callbacks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is done already</source>
        <comment>a callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is failed already</source>
        <comment>a callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is cancelled already</source>
        <comment>a callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is {status} already</source>
        <comment>{status}: a callback&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a column: when a callback is due</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer&apos;s clock</source>
        <comment>a column&apos;s tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>a column: who asked for it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <comment>a column: calls made</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last outcome</source>
        <comment>a column: how the last call ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call off…</source>
        <comment>a button: cancel the callback</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>then a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s) (the first {limit} of a status).</source>
        <translation>
            <numerusform>%n callback (the first {limit} of a status).</numerusform>
            <numerusform>%n callbacks (the first {limit} of a status).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n callback(s).</source>
        <translation>
            <numerusform>%n callback.</numerusform>
            <numerusform>%n callbacks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an open callback to call it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is being dialled: it cannot be called off now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not called (nor told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call off callback</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call off the callback to {who}, due {due}? They will not be called, and nobody tells them.</source>
        <comment>{who}: a customer&apos;s name or number; {due}: a date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback to {who} is called off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_add_people</name>
    <message>
        <source>One person a line: their number, then a comma and their name if you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or e-mail, as in the Customers tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <comment>a button: search</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer the search finds is added, with their first number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <comment>a tab: numbers typed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers a search finds</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every number has + and its country code</source>
        <comment>the country national numbers are read in: none</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of the queue&apos;s caller ID, {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue&apos;s caller ID does not tell its country: choose one if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers without + are from</source>
        <comment>then a list of countries</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m people sent</source>
        <comment>a progress bar: keep %v (sent so far) and %m (all)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find first: the matches are counted before anyone is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the numbers to call, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the customers who match “{search}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result} (the first {sent} of {total} were sent, the rest were not)</source>
        <comment>{result}: what came of the sends (Added 480 · 15 already listed · 5 refused)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”: {result}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people to “{name}”</source>
        <comment>a window&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_editor</name>
    <message>
        <source>Mon</source>
        <comment>Monday, shortened: a checkbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>Tuesday, shortened: a checkbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>Wednesday, shortened: a checkbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>Thursday, shortened: a checkbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>Friday, shortened: a checkbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>Saturday, shortened: a checkbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>Sunday, shortened: a checkbox</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring renewals</source>
        <comment>a campaign&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its agents take the campaign&apos;s calls; people see its caller ID (Queues tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agents read on the campaign&apos;s card and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number: seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the agent reads the card before the call goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a campaign&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls go out</source>
        <comment>preview or progressive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card shown for</source>
        <comment>then a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again</source>
        <comment>calling a person again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as a success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means an answering machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s conversion: the people reached who end with one of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent says so with one of these: the person is called again after the answering machine&apos;s wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each country&apos;s default hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One window for everyone:</source>
        <comment>calling hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <comment>calling hours: from 09:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>calling hours: to 20:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each person&apos;s own clock. A country&apos;s default keeps to its law where we know one (Spain: weekdays 09:00-21:00; Russia and the US: Monday to Saturday 09:00-20:00); elsewhere, weekdays 09:00-20:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to one person at most, the first included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to a person, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then wait, after a call that was…</source>
        <comment>followed by rows: Busy, No answer... and the minutes to wait</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not again</source>
        <comment>an empty wait: no retry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>after a wait&apos;s field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a wait empty not to call again after that outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue&apos;s script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <comment>a heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “{name}”</source>
        <comment>a heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a queue first (Queues tab): its agents take the campaign&apos;s calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “{name}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_people</name>
    <message>
        <source>As soon as the hours allow</source>
        <comment>when a person is called next</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: a person&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls made</source>
        <comment>a column: how many</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call</source>
        <comment>a column: how it ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call</source>
        <comment>a column: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer&apos;s clock</source>
        <comment>a column&apos;s tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <comment>a filter: people of any status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <comment>a button: the page before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <comment>a button: the page after</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <comment>then a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here.</source>
        <comment>an empty page of people</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People {first} to {last} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.campaign_report</name>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the calls ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositions of the people reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list</source>
        <comment>where a campaign&apos;s list stands</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents&apos; time on the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” as of {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.campaigns</name>
    <message>
        <source>Campaign “{name}” is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “{name}” is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “{name}” is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls go out</source>
        <comment>a column: the mode</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>a column: when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <comment>a button: start the campaign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>a button: pause the campaign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish…</source>
        <comment>a button: finish the campaign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may read campaigns; only the owner changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <comment>a tab: a campaign&apos;s list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue #{id}</source>
        <comment>one whose name is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a button: resume the campaign</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause it first: a running campaign cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish campaign</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish “{name}”? Nobody more on its list is called, and it cannot be started again. Its report stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “{name}” and its list of %n people? Its report goes with it; its calls stay in Interactions and Reports.</source>
        <translation>
            <numerusform>Delete “{name}” and its list of %n person? Its report goes with it; its calls stay in Interactions and Reports.</numerusform>
            <numerusform>Delete “{name}” and its list of %n people? Its report goes with it; its calls stay in Interactions and Reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”? Its report goes with it; its calls stay in Interactions and Reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.charts</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal {goal}%</source>
        <comment>the service-level goal: goal 80%</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <comment>a chart&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <comment>an axis&apos; title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval starting</source>
        <comment>an axis&apos; title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level through the day</source>
        <comment>a chart&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service level %</source>
        <comment>an axis&apos; title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <comment>the chart&apos;s line: answered in time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal {goal}% within {seconds} s</source>
        <comment>the service-level goal: goal 80% within 20 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent states</source>
        <comment>a chart&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: logged out</source>
        <comment>the chart&apos;s legend: no colour means</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.customers</name>
    <message>
        <source>{size} MB</source>
        <comment>megabytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <comment>kilobytes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the customer&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a column: phone numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a column: e-mail addresses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone (any format) or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <comment>a column: a custom field&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <comment>a column: a custom field&apos;s value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <comment>a button: a custom field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export their data…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything kept about this customer, as a zip: their card, interactions, chat transcripts and recordings (for an access request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this customer for good: their card, the names, notes and recordings of their calls and chats, and their chat transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (latest interactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match “{text}”.</source>
        <translation>
            <numerusform>%n customer matches “{text}”.</numerusform>
            <numerusform>%n customers match “{text}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s).</source>
        <translation>
            <numerusform>%n customer.</numerusform>
            <numerusform>%n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>give the customer a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer “{name}” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}” and their details? Their past interactions stay, unnamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the customer&apos;s data</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting everything kept about “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything kept about “{name}” is in {file} ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase “{name}” for good? Their card, the names, notes and recordings of their calls and chats, and their chat transcripts are deleted; the reports keep the calls, unnamed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase customer</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” erased: {interactions}, {chats}, {recordings}.</source>
        <comment>{interactions}: 3 interactions; {chats}: 2 chats; {recordings}: 1 recording</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <comment>erased</comment>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
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
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete these recording files by hand: {files}</source>
        <comment>{files}: the files&apos; names, comma-separated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <comment>a file dialog&apos;s filters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size}; the limit is 10 MB: split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file} ({size})… nothing changes unless every row is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n customer(s) created, {updated} updated.</source>
        <comment>{updated}: how many other customers were updated</comment>
        <translation>
            <numerusform>{file}: %n customer created, {updated} updated.</numerusform>
            <numerusform>{file}: %n customers created, {updated} updated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <comment>{problem}: what the server found wrong in the file&apos;s line</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting every customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {file} ({size}).</source>
        <translation>
            <numerusform>Exported %n customer to {file} ({size}).</numerusform>
            <numerusform>Exported %n customers to {file} ({size}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <comment>the form&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id}</source>
        <comment>the form&apos;s title: the customer&apos;s number</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.do_not_call</name>
    <message>
        <source>Every campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <comment>a column: which campaigns</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>a column: why it is listed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <comment>a column: who listed it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <comment>a column: when it was listed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which campaigns may not call it (an import uses this too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. asked on the phone</source>
        <comment>an example of a reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (an import uses this where its file gives no reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <comment>a button: add the number to the list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a field: a phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <comment>a field: the campaigns it applies to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>a field: why it is listed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>a button: take the number off</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of numbers: one a line, or a CSV with a “number” column (and a “reason” column, if you like)</source>
        <comment>“number” and “reason” are a file&apos;s column names: keep them in English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m numbers sent</source>
        <comment>a progress bar: Qt puts the numbers sent for %v and all of them for %m</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers not to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner adds numbers to the list or takes them off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) on the list.</source>
        <comment>phone numbers on the do-not-call list</comment>
        <translation>
            <numerusform>%n number on the list.</numerusform>
            <numerusform>%n numbers on the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>No numbers on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only campaign #{id}</source>
        <comment>one whose name is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User #{id}</source>
        <comment>one whose name is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number never to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is on the do-not-call list ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} was on the do-not-call list already ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the do-not-call list</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take {number} off the do-not-call list ({scope})? It may be called again.</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is off the do-not-call list ({scope}).</source>
        <comment>{scope}: the campaigns it applies to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import numbers never to call</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <comment>a file dialog&apos;s filters</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the do-not-call list</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is over 10 MB: is it a list of numbers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no numbers in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {tally}</source>
        <comment>{tally}: Added 2 · 1 already listed…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {tally} (stopped after {sent} of {total}: see above)</source>
        <comment>{tally}: Added 2 · 1 already listed…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n number(s) to {file}.</source>
        <comment>phone numbers written to a file</comment>
        <translation>
            <numerusform>Wrote %n number to {file}.</numerusform>
            <numerusform>Wrote %n numbers to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only “{campaign}”</source>
        <comment>applies to this campaign alone</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.form</name>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <comment>{field}: a form field&apos;s label; {problem}: what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <comment>a column: a skill&apos;s level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.health</name>
    <message>
        <source>the mail account&apos;s (app) password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a relay on this network (port 25)</source>
        <comment>a mail connection&apos;s security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: {fix}</source>
        <comment>{fix}: the server&apos;s advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs every check on the server: a few seconds, as some ask the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <comment>a column: when an alarm was raised</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared</source>
        <comment>a column: when an alarm was cleared</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alarm has been raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner@example.com, another@example.com</source>
        <comment>example e-mail addresses: keep example.com</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callnest@example.com</source>
        <comment>an example sender&apos;s e-mail address: keep example.com</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <comment>an example mail server: keep example.com</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test</source>
        <comment>a button: a test e-mail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop e-mailing</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>an e-mail&apos;s recipients</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>an e-mail&apos;s sender</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <comment>the mail server&apos;s port</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <comment>how the mail connection is secured</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail each alarm (raised, then cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… (a few seconds: some checks ask the network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still raised</source>
        <comment>an alarm not cleared yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {summary}</source>
        <comment>an alarm&apos;s title, then what it found (both the server&apos;s words)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms are not e-mailed: they show in the app only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms are e-mailed to {addresses}.</source>
        <comment>e-mail addresses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm e-mails saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was sent: see that it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test e-mail sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not take the test: {problem}</source>
        <comment>{problem}: the mail server&apos;s answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms are no longer e-mailed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.interactions</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table&apos;s cell: it has a recording</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <comment>a column: when it came in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a column: call, chat...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <comment>a column: the caller&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>a column: how it ended</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait</source>
        <comment>a column: time waiting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <comment>a column: time talking</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <comment>a column: is there one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <comment>a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: name, phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any customer</source>
        <comment>a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customer</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and last day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered:</source>
        <comment>a label: when the contact came in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue:</source>
        <comment>a label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <comment>a label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller:</source>
        <comment>a label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <comment>a label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <comment>a label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait / ring / talk:</source>
        <comment>a label: three durations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold / wrap-up:</source>
        <comment>a label: two durations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition:</source>
        <comment>a label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <comment>a label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s link:</source>
        <comment>a label: the home connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <comment>a button: the recording</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>a button: the recording</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <comment>a box&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <comment>a field: where it plays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <comment>a box&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <comment>a box&apos;s title: a chat&apos;s messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any queue</source>
        <comment>a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agent</source>
        <comment>a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer…</source>
        <comment>a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) (the latest {limit}: narrow the search).</source>
        <translation>
            <numerusform>%n interaction (the latest {limit}: narrow the search).</numerusform>
            <numerusform>%n interactions (the latest {limit}: narrow the search).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s).</source>
        <translation>
            <numerusform>%n interaction.</numerusform>
            <numerusform>%n interactions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an interaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <comment>an empty conversation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <comment>the recording</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding…</source>
        <comment>the recording</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export interactions</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n interaction(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n interaction to {file}.</numerusform>
            <numerusform>Exported %n interactions to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <comment>a message&apos;s writer: Zoë (customer)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · {when}</source>
        <comment>who wrote a message, and when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head} · {subject}</source>
        <comment>an e-mail&apos;s header, then its subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <comment>who wrote a message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <comment>who wrote a message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callnest</source>
        <comment>a message the system wrote</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <comment>the agent&apos;s link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOS {average} (worst {worst})</source>
        <comment>call quality, 1 to 5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {average}% (worst {worst}%)</source>
        <comment>packets lost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jitter {ms} ms</source>
        <comment>the network&apos;s jitter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rtt {ms} ms</source>
        <comment>the network&apos;s round-trip time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} out</source>
        <comment>an outbound contact: Call out</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.lists</name>
    <message>
        <source>Yes</source>
        <comment>a table&apos;s cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table&apos;s cell</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column and a field: the item&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <comment>a column and a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>a column and a field: offered to agents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to agents</source>
        <comment>a check box</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <comment>a button: offer it to agents again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give it a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”? Past contacts keep their history but lose this name; to stop offering it and keep the name, untick Active instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New disposition</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition “{name}” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this disposition</source>
        <comment>in “Delete “this disposition”?”</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete disposition</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New break reason</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break reason “{name}” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break reason “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break reason “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this break reason</source>
        <comment>in “Delete “this break reason”?”</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete break reason</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositions (what became of a contact, chosen at wrap-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break reasons</source>
        <comment>a box&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <comment>a button: no longer offer it to agents</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.mailboxes</name>
    <message>
        <source>the account&apos;s (app) password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <comment>an IMAP connection&apos;s security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <comment>an IMAP connection&apos;s security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <comment>an SMTP connection&apos;s security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <comment>an SMTP connection&apos;s security</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking mail in</source>
        <comment>a mailbox&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>a mailbox&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <comment>a mailbox&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing: {error}</source>
        <comment>a mailbox&apos;s state; {error}: the mail server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <comment>a mailbox&apos;s state: not in use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing since {time}: {error}</source>
        <comment>{time}: a time of day, maybe a day; {error}: the mail server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: the mailbox is in use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: the mailbox is in use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <comment>a form&apos;s label: an e-mail&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on replies</source>
        <comment>a form&apos;s label: the From name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <comment>a form&apos;s label: the account&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP port</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP security</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>a form&apos;s label: IMAP&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP security</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support@example.com</source>
        <comment>an example of an address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: e.g. Example Support</source>
        <comment>a From name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use (unticked: kept, not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>often the address itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <comment>a group&apos;s title: the mail account&apos;s login</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <comment>an example of a server&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading mail (IMAP)</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <comment>a form&apos;s label: a network port</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <comment>an example of a server&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending replies (SMTP)</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example Support
https://example.com</source>
        <comment>an example of a signature: a name, then a web address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added below every reply sent from this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{queue} (has {address})</source>
        <comment>{queue}: a queue&apos;s name; {address}: the mailbox it already has</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a queue first, in the Queues tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every queue has a mailbox: add a queue in the Queues tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the queue whose customers write here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the address customers write to (e.g. support@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the server mail is read from (e.g. imap.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the server replies are sent by (e.g. smtp.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the account&apos;s username (often the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the account&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created mailbox {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mailbox {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mailbox</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox {address}</source>
        <comment>a window title: an address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <comment>a column: an e-mail address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server</source>
        <comment>a column: where mail is read</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <comment>a column: where replies leave</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <comment>a column: the login</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>a column: how reading it is doing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the server&apos;s reading of the mailbox is doing, asked every few seconds</source>
        <comment>a column&apos;s tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One mailbox per queue: customers write to its address, Callnest reads the mail (IMAP) and sends the agents&apos; replies from it (SMTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mailbox</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} · password set</source>
        <comment>{username}: the login</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} · no password</source>
        <comment>{username}: the login</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mailbox</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mailbox {address}? Its e-mail conversations are deleted with it (the mail stays on the mail server). To stop reading it and keep them, untick In use instead.</source>
        <comment>In use: the form&apos;s check box of that name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted mailbox {address}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.phone_numbers</name>
    <message>
        <source>Number</source>
        <comment>a column: a phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a column: a number&apos;s own name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (refused)</source>
        <comment>a number&apos;s queue: none, calls are refused</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New number</source>
        <comment>a button: a new phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+386 1 234 5678 or 00386 1 234 5678</source>
        <comment>two ways of writing a phone number: keep the numbers (or use your country&apos;s)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a trunk above first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: e.g. Sales line</source>
        <comment>a number&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <comment>a form&apos;s label: a phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <comment>a form&apos;s label: a number&apos;s own name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives on trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet: calls are refused)</source>
        <comment>a number&apos;s queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id} (not available)</source>
        <comment>a trunk or queue since deleted</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phone number</source>
        <comment>the form&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {number}</source>
        <comment>the form&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk: add a trunk first: a number&apos;s calls arrive on one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added phone number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved phone number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete phone number</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {number}? Calls to it are no longer answered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted phone number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.phones</name>
    <message>
        <source>SIP trunks (how phone calls reach Callnest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers (which queue answers each)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.prompts</name>
    <message>
        <source>Welcome</source>
        <comment>an announcement: the first thing a waiting caller hears</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated wait: less than a minute</source>
        <comment>an announcement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated wait: more than thirty minutes</source>
        <comment>an announcement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for waiting</source>
        <comment>an announcement: an agent is about to answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording notice</source>
        <comment>an announcement: the call may be recorded; key 9 refuses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line to the agent was cut</source>
        <comment>an announcement: the caller is first in line for the next agent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback offer</source>
        <comment>an announcement: press 1 to be called back, keeping your place</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback goodbye</source>
        <comment>an announcement: to a caller who asked to be called back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in line: {number}</source>
        <comment>an announcement: &apos;You are number 5&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Estimated wait: %n minute(s)</source>
        <comment>an announcement</comment>
        <translation>
            <numerusform>Estimated wait: %n minute</numerusform>
            <numerusform>Estimated wait: %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>This language offered on key {key}</source>
        <comment>an announcement a phone caller hears when the queue offers languages: &apos;For English, press 1.&apos;, said in the language itself</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>a length in seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {size}: save the recording as MP3 or Ogg, which takes far less room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a sound file the server can read, or it is damaged. Save the recording as WAV, MP3, Ogg or FLAC and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no sound in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording lasts {seconds} s without the silence around it; it must last at least {min} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording lasts {seconds} s without the silence around it; this announcement may last at most {max} s. Say it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is too quiet ({level} dBFS; at least {min} dBFS). Record it closer to the microphone, or turn the microphone up.</source>
        <comment>dBFS: decibels below the loudest a recording can be; leave it as it is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is mostly silence: there is sound in only {percent} % of it. Cut the long pauses, or record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is distorted: {percent} % of it is as loud as a recording can be (at most {max} % may be). Record it again less loud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <comment>a label: the language of the announcements shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement</source>
        <comment>a column: what is said</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>a column: the server&apos;s voice, or the owner&apos;s recording</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <comment>a column: how long it lasts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload recording…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save audio…</source>
        <comment>a button: the prompt to a file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the made one</source>
        <comment>a button: the server&apos;s voice again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recording takes the server&apos;s voice&apos;s place for the callers who hear this language: a sound file (WAV, MP3, Ogg, FLAC…) up to {size}, at least {min} s long. The silence around it is cut, and it is made as loud as the other announcements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recording</source>
        <comment>who made an announcement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by the server</source>
        <comment>who made an announcement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own lasts {length}; a recording may last up to {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{announcement} ({language})</source>
        <comment>an announcement and, in brackets, the language it is said in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a recording</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound files (*.wav *.mp3 *.ogg *.opus *.flac *.m4a *.aac *.webm *.aif *.aiff);;All files (*)</source>
        <comment>a file dialog&apos;s filters: translate the words, keep the patterns</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{announcement}: callers now hear your recording ({length}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the made one</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your recording of {announcement}? Callers will hear the server&apos;s voice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{announcement}: callers hear the server&apos;s voice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the announcement&apos;s audio</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ogg audio (*.ogg)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{announcement} saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.queues</name>
    <message>
        <source>Longest idle agent first</source>
        <comment>a ringing strategy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin</source>
        <comment>a ringing strategy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewest contacts today</source>
        <comment>a ringing strategy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring everyone</source>
        <comment>a ringing strategy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best skill level first</source>
        <comment>a ringing strategy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled callbacks&apos; priority over new calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>a suffix after a number: seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another queue</source>
        <comment>where a waiting caller is sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue #{id}</source>
        <comment>a queue whose name is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a column: the name people see</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a column: the name in web addresses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New queue</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after</source>
        <comment>a field: pause an agent after misses</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce every</source>
        <comment>a field: how often</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required skills</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Widening</source>
        <comment>a field: who may answer, as callers wait</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR menu</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hours</source>
        <comment>a field: where callers go when closed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording notice</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response within</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved within</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to</source>
        <comment>a field: the specialists&apos; queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the name in the caller&apos;s web address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <comment>a form&apos;s label: how it rings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring for</source>
        <comment>a form&apos;s label: how long an agent&apos;s phone rings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <comment>a form&apos;s label: time after a call to finish it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a form&apos;s label: what agents read out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <comment>a form&apos;s label: the queue&apos;s callers&apos; language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID on outbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then send to</source>
        <comment>a form&apos;s label: after the longest wait</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold music</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer callbacks to waiting callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback card shown for</source>
        <comment>a form&apos;s label: how long</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sales &amp; Billing</source>
        <comment>an example of a queue&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales-billing (in the caller&apos;s web address)</source>
        <comment>an example: lower-case letters, digits and dashes only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents in several queues take the higher priority first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> missed offer(s)</source>
        <comment>a suffix after a number: pause an agent after this many calls not taken</comment>
        <translation>
            <numerusform> missed offer</numerusform>
            <numerusform> missed offers</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <comment>pause an agent after: never</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within this many seconds counts as in service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this queue&apos;s callers read on the call page and hear in announcements, unless they choose another language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two or more ticked, phone callers first hear each language offered in itself and choose one with a key; web callers read their browser&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +386 1 234 5678; empty: the trunk&apos;s own</source>
        <comment>an example of a phone number (keep it, or use your country&apos;s)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number the people this queue&apos;s agents call see (any international way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause agent after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone callers choose</source>
        <comment>a field: languages on offer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the wait to</source>
        <comment>a check box before a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (the call is rejected)</source>
        <comment>where a waiting caller is sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce place in line every</source>
        <comment>a check box before a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell callers their call may be recorded, and let them refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before anyone answers, callers hear that the call may be recorded and that pressing 9 (or the caller page&apos;s button) stops it; their choice is kept with the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting callers</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum level</source>
        <comment>a column: a skill&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After waiting</source>
        <comment>a column: a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept level from</source>
        <comment>a column: a skill level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <comment>a button: a row of the widening</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <comment>a button: a row of the widening</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may answer</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a caller waits, widen who may answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <comment>a column: a phone key, 1 to 9, * 0 #</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the caller sees</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to queue</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add choice</source>
        <comment>a button: a choice of the IVR menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove choice</source>
        <comment>a button: a choice of the IVR menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR menu (none: callers queue here at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours (unticked: always open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>a day&apos;s opening hours: none</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 09:00-12:30, 13:30-17:00; empty: closed all day</source>
        <comment>keep the times&apos; format: 09:00-12:30, spans parted by commas</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-12-25, 2027-01-01</source>
        <comment>examples of dates: keep the format (year-month-day)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When closed, send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers in line may leave their number and hang up (key 1 on the phone, the caller page&apos;s button): they keep their place and are called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed at once</source>
        <comment>a callback card shown for: no time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the agent reads the customer&apos;s card before the callback is placed (they may place it sooner, or skip it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>a callbacks&apos; priority of 0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback scheduled for a time joins the line then. None: in line with new calls, by the time promised; above none: ahead of new calls waiting here. (A waiting caller&apos;s callback keeps the place they had.)</source>
        <comment>None: the value shown for a priority of 0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response within</source>
        <comment>a check box before a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail&apos;s first reply, a task&apos;s or a callback&apos;s answer, counted from its arrival here (e.g. 3600 s: an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved within</source>
        <comment>a check box before a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until its agent has finished with it, counted from its arrival here (e.g. 86400 s: a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where an item still waiting past a target goes; past a target there too, or with an agent, or with no queue chosen, supervisors see it in their list of escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service targets (e-mails, tasks, callbacks)</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past a target, send to</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specialists&apos; queue (the supervisors)</source>
        <comment>where an item past its target goes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default music</source>
        <comment>the hold music the server ships</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (not available)</source>
        <comment>a script since deleted, or hold music not installed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New queue</source>
        <comment>the form&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a queue&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name callers and agents see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name takes lower-case letters, digits and dashes, starting with a letter or digit (e.g. sales-billing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every IVR choice needs a label the caller can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every IVR choice needs a queue to send the caller to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key} is used for two choices: give each its own.</source>
        <comment>{key}: a phone key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one step (after 0 s, from level 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created queue {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved queue {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete queue</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the queue {name}? Its caller page stops working; reports keep its past contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted queue {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.reports</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a tab: the report&apos;s table of queues</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the queues table as a CSV file, as it reads here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export queues</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a tab: the report&apos;s table of agents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agents table as a CSV file, as it reads here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export agents</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <comment>a tab: the report&apos;s table of teams</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the teams table as a CSV file, as it reads here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export teams</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals</source>
        <comment>a tab: the report&apos;s table of intervals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the intervals table as a CSV file, as it reads here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export intervals</source>
        <comment>a file dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · First line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Supervisors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (mean / 90 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <comment>first response</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (mean / 90 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <comment>resolution</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <comment>a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <comment>a filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <comment>a filter: calls, chats, e-mails</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds (mind the space)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers who hang up sooner than this are short abandons: not counted in the abandon rate or against the service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make default</source>
        <comment>a button: save the threshold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this short-abandon threshold everywhere, wallboard too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run report</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>the first day of the period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>the last day of the period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <comment>a field: the report&apos;s interval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>a field: the queue to report on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <comment>a field: the team to report on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <comment>a field: calls, chats or e-mails to report on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short abandon</source>
        <comment>a field: the threshold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a period and run the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <comment>a tab: a chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a tab: a chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent states</source>
        <comment>a tab: a chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service targets</source>
        <comment>a tab: e-mails, tasks, callbacks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <comment>a field: the days to report on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short abandon under</source>
        <comment>before a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: pick a To date on or after From.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues and teams to filter by could not be loaded: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short abandons are now calls that hang up under {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <comment>the Run report button, while it runs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report: the server refused it (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be run: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last} · {offered} offered · {answered} answered · {abandoned} abandoned</source>
        <comment>a report&apos;s period and its contacts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last} · {offered} offered · {answered} answered · {abandoned} abandoned · computed in {seconds} s</source>
        <comment>a report&apos;s period, its contacts and how long the server took</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within the queue&apos;s threshold / (answered + abandoned after the short-abandon threshold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level = {method}. Short abandons: under {seconds} s.</source>
        <comment>{method}: how the server computes it (its own words)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <comment>a file dialog&apos;s filter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <comment>{reason}: the system&apos;s own words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {file}</source>
        <translation>
            <numerusform>Wrote %n row to {file}</numerusform>
            <numerusform>Wrote %n rows to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.admin.scripts</name>
    <message>
        <source>Sam Sample</source>
        <comment>a made-up customer&apos;s name, for a preview</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers e-mail.</source>
        <comment>a made-up customer&apos;s notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <comment>a column: the queues using a script</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New script</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the queues whose agents read this script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues using this script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Support greeting</source>
        <comment>an example of a script&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {customer.name}, thank you for calling…</source>
        <comment>an example of a script: keep {customer.name} as it is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <comment>a button: insert the placeholder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the script&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <comment>a field: the text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <comment>a list&apos;s title: {customer.name} and such</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New script</source>
        <comment>the form&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, phone or e-mail</source>
        <comment>what to search customers by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <comment>a button: find customers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller gave name</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller gave phone</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — as the agent sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script “{name}”</source>
        <comment>the form&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the script a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script “{name}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”? {queues} will have no script.</source>
        <comment>{queues}: the names of the queues using it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete script</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{queue}   (now: {script})</source>
        <comment>a queue, and the script it uses now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another script</source>
        <comment>its name unknown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue “{name}” uses this script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue “{name}” has no script now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.admin.staffing</name>
    <message>
        <source>never: the queue only grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the patience is too long next to the handle time: use Erlang C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls must be a finite number, at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval must be longer than 0 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average handle time must be longer than 0 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service-level threshold must be 0 s or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callers&apos; patience must be longer than 0 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target service level must be between 0 and 1 (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum occupancy must be above 0 and at most 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a column: how many agents</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of calls answered within the target time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASA</source>
        <comment>a column: average speed of answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average speed of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of agents&apos; time on calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls that wait</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of callers who find no agent free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon rate</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callers who give up waiting (only with a patience, Erlang A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>after a number of minutes (mind the space)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number of seconds (mind the space)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a percentage (mind the space)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers hang up after, on average</source>
        <comment>before seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep occupancy at most</source>
        <comment>before a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From report</source>
        <comment>a button: fill in from the report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a report first: its busiest interval and AHT fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents and the service they give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within</source>
        <comment>the service level goal&apos;s time: 80 % of calls answered within 20 s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With fewer or more agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the busiest interval and the AHT of the last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From the report: the busiest interval, {at}, had %n call(s); AHT {aht}.</source>
        <comment>{at}: a date and time; {aht}: average handle time, 4:20</comment>
        <translation>
            <numerusform>From the report: the busiest interval, {at}, had %n call; AHT {aht}.</numerusform>
            <numerusform>From the report: the busiest interval, {at}, had %n calls; AHT {aht}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the report: the busiest interval, {at}, had %n call(s); AHT unknown.</source>
        <comment>{at}: a date and time</comment>
        <translation>
            <numerusform>From the report: the busiest interval, {at}, had %n call; AHT unknown.</numerusform>
            <numerusform>From the report: the busiest interval, {at}, had %n calls; AHT unknown.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is {traffic} agents&apos; worth of calls at once (calls times AHT, over the interval); this estimate goes up to {most}. Check the calls per interval and the interval length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) needed</source>
        <translation>
            <numerusform>%n agent needed</numerusform>
            <numerusform>%n agents needed</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted: service level {service_level} within {seconds} s · ASA {asa} · occupancy {occupancy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted: service level {service_level} within {seconds} s · ASA {asa} · occupancy {occupancy} · abandon rate {abandon_rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic: {erlangs} erlangs (calls times AHT, over the interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang A: callers may hang up while they wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erlang C: callers wait as long as it takes (a little pessimistic).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.trunks</name>
    <message>
        <source>the account&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged unless you type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: type the account&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a table cell: the trunk is in use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>a table cell: the trunk is in use</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <comment>a column: a server&apos;s address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known by</source>
        <comment>a column: how the provider knows it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <comment>a column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the provider&apos;s registrar last answered, in local time</source>
        <comment>a column&apos;s tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trunk</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <comment>a field: registers with an account</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <comment>a field</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a form&apos;s label: the trunk&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <comment>a form&apos;s label: a server&apos;s address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <comment>a form&apos;s label: a network port</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <comment>a form&apos;s label: UDP, TCP, TLS</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound proxy</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <comment>a form&apos;s label: the account&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth username</source>
        <comment>a form&apos;s label: the user name to log in with</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realm</source>
        <comment>a form&apos;s label: SIP authentication</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register for</source>
        <comment>a form&apos;s label: how long a registration lasts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Provider</source>
        <comment>an example of a trunk&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.provider.com or 192.0.2.10</source>
        <comment>examples of a server&apos;s address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: proxy.example.com:5060</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use (unticked: kept, not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers with an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: if not the username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: as the provider asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>a suffix after a number: seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses or networks the provider&apos;s calls come from, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known by its addresses</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: the trunk is kept, but not used.</source>
        <comment>{reason}: why the server cannot serve the transport (the server&apos;s words)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunks&apos; state could not be read: {problem}</source>
        <comment>{problem}: why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone calls are not working: {problem}</source>
        <comment>{problem}: the server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trunk</source>
        <comment>the form&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <comment>the form&apos;s title: a trunk&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the trunk a name (e.g. the provider&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created trunk {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved trunk {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete trunk</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trunk {name}? Its calls stop; a trunk that phone numbers use cannot be deleted (untick In use to keep it but stop it).</source>
        <comment>In use: the form&apos;s check box of that name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted trunk {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.admin.window</name>
    <message>
        <source>Callnest — admin</source>
        <comment>a window title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <comment>a tab: the queues&apos; e-mail accounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcements</source>
        <comment>a tab: what callers hear</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <comment>a tab: what agents read out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispositions &amp;&amp; breaks</source>
        <comment>a tab: how calls ended, and agents&apos; break reasons; &amp;&amp; shows as one &amp;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <comment>a tab: past calls and chats</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing</source>
        <comment>a tab: how many agents are needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <comment>a tab: how the server is doing</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.agent</name>
    <message>
        <source>No working microphone: open Headset set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since you logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headset…</source>
        <comment>a button: opens the headset set-up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a tab: the phone call in hand</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <comment>a tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callnest</source>
        <comment>the menu named after the app</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headset…</source>
        <comment>a menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallboard…</source>
        <comment>a menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin…</source>
        <comment>a menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>a menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <comment>the menu of what the keyboard shortcuts do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>a menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <comment>a menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change keyboard shortcuts…</source>
        <comment>a menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out: {reason}</source>
        <comment>{reason}: the server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last customer</source>
        <comment>the customer card&apos;s title, between calls</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>the customer card&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are on a break</source>
        <comment>a notification&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats ({count})</source>
        <comment>a tab; {count}: the chats open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <comment>the agent&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>the agent&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callnest — {status}</source>
        <comment>the tray icon&apos;s tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <comment>a break the server set, with no reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are available: calls ring here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts are offered until your home connection can carry a call. You become available again by yourself once it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a break with no reason, at the start of a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}: no contacts are offered. Choose Available when you are back.</source>
        <comment>{reason}: the break&apos;s reason (Lunch)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Available to start taking contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling {who}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing   ·   {queue}</source>
        <comment>{queue}: the queue the call is for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing the call   ·   {queue}</source>
        <comment>{queue}: the queue the call is for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up works once the call is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: {queue}   ·   they see {caller_id}</source>
        <comment>{caller_id}: the number the called customer sees</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a button: takes the call off hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a button: puts the call on hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume recording</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause recording</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <comment>a chip: the call is on hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <comment>a chip: the microphone is off</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording paused</source>
        <comment>a chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In status {duration}</source>
        <comment>{duration}: e.g. 3:35</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift {duration}</source>
        <comment>time since the agent logged in; {duration}: 3:35</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer within {seconds} s or you will be put on a break</source>
        <comment>{seconds}: the seconds left to answer the ringing offer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>a tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <comment>a tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute your microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the call on hold or resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your status: only Available gets contacts
{available} · {on_break}</source>
        <comment>{available}, {on_break}: the shortcuts&apos; names and keys</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <comment>a tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <comment>a tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next chat</source>
        <comment>a tooltip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no queue to call for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <comment>a section of the transfer menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <comment>a section of the transfer menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside</source>
        <comment>a section of the transfer menu: outside numbers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a phone number…</source>
        <comment>a menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number cannot be called: {reason}</source>
        <comment>{reason}: what is wrong with the number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to a phone number</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number, with its country code (e.g. +386 41 123 456):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity could not be confirmed: {problem}</source>
        <comment>{problem}: why, from the server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callnest alarm: {title}</source>
        <comment>{title}: the alarm&apos;s, from the server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers to you rang out unanswered — choose Available when you are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in a row were not answered — choose Available when you are back.</source>
        <comment>the break the system set after missed calls</comment>
        <translation>
            <numerusform>%n call in a row were not answered — choose Available when you are back.</numerusform>
            <numerusform>%n calls in a row were not answered — choose Available when you are back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in a row were not answered — choose Available when you are back.</source>
        <comment>the break the system set after missed calls and chats</comment>
        <translation>
            <numerusform>%n contact in a row were not answered — choose Available when you are back.</numerusform>
            <numerusform>%n contacts in a row were not answered — choose Available when you are back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Break — {reason}</source>
        <comment>the agent&apos;s status; {reason}: Lunch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower hand</source>
        <comment>a button: no longer asks a supervisor for help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise hand</source>
        <comment>a button: asks a supervisor for help</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.alarms</name>
    <message>
        <source>Server alarms</source>
        <comment>a screen reader&apos;s name for the banner</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health…</source>
        <comment>a button: opens the admin window&apos;s Health tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor&apos;s report, alarms and backups (admin window)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.chat</name>
    <message>
        <source>No chats right now. New chats open here, one tab each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: sends a message that failed again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · {time} · sending…</source>
        <comment>above a message on its way: who wrote it, and when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message — Enter sends, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: no first response in time (tier {tier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated: not resolved in time (tier {tier})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <comment>a button: transfers the chat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End chat</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the chat for the customer and go to wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>the box an answer is written in, read out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <comment>a button: sends the message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an answer to put it in the send box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This queue has no canned responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canned responses</source>
        <comment>a group&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline message · Queue: {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer left</source>
        <comment>a chip beside the chat&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>a chip beside the chat&apos;s name: the chat is over</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a button: closes an offline message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <comment>who wrote a message: the agent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>who wrote a message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection</source>
        <comment>why not sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline message · {who} · {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat · {who} · {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>who a chat is with, when not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <comment>a button: takes the chat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a button: refuses the chat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callnest — {agent} chatting with {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: {agent}&apos;s chat, as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.customer</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified: the caller gave this customer&apos;s phone or e-mail, which anyone can type. Check who they are before you discuss the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by the caller&apos;s number (caller ID): likely them, though a number can be faked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>the card&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a button: calls the customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the caller has answered a question only the customer could: shows their details, notes and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a known customer yet: wrap-up can save their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name} on {number} for {queue}</source>
        <comment>a button&apos;s tooltip; {queue}: the queue the call goes out for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {name} for {queue}: choose the number</source>
        <comment>a button&apos;s tooltip; {queue}: the queue the call goes out for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <comment>the call script&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This queue has no script.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.dialer</name>
    <message>
        <source>e.g. +386 40 111 222</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number in international form: + and the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue you call for: customers see its caller ID, and the call counts in its reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <comment>a button: calls the number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a number</source>
        <comment>the dial bar&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <comment>between the number field and the queue: call … for Sales</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this number (or press Enter in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>a button: hides the notice</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.email</name>
    <message>
        <source>Forward…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the customer&apos;s last message, with its attachments, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <comment>a button: sends the e-mail reply</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail · Queue: {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>a reply&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <comment>{reason}: the mail server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent again: {reason}</source>
        <comment>{reason}: the mail server&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <comment>a reply&apos;s state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[picture not shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({size}): too large, not kept — ask for a link instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <comment>before a list of files</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your reply — Ctrl+Enter sends; the queue&apos;s signature is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the e-mail</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note above the forwarded message (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <comment>a button: sends the forward</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <comment>the forward&apos;s address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>the agent&apos;s words above it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.headset</name>
    <message>
        <source>The sound devices could not be listed: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the speaker</source>
        <comment>where the phone rings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak: the bar should move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak into the microphone: the bar shows what it hears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play test tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records {seconds} s, then plays it back to you</source>
        <comment>{seconds}: a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <comment>the microphone&apos;s sound level</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring on</source>
        <comment>the device the phone rings on</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <comment>the system&apos;s default device</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <comment>{device}: a sound device&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing a test tone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you hear the tone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak now: recording {seconds} s, then playing it back…</source>
        <comment>{seconds}: a number of seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo test done: did you hear yourself clearly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headset set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.login</name>
    <message>
        <source>Saved — leave empty to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server at {url} — check the address and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: {reason}</source>
        <comment>{reason}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{url}” is not a server address: it should look like https://calls.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callnest — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <comment>the app speaks the computer&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to your call center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://calls.example.com</source>
        <comment>an example server address: keep https:// and example.com</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <comment>the server&apos;s address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved session has ended: enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.pages</name>
    <message>
        <source>Waiting for the next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <comment>a button: answer the call</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <comment>a button: decline the call</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call now</source>
        <comment>a button: place the call at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <comment>a button: leave the call to place to a colleague</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is placed when this reaches zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since you called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <comment>a button: mute the microphone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <comment>a button: put the call on hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise hand</source>
        <comment>a button: ask for help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor for help: they see it on the wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the caller reads out a card number: the recording keeps silence until you resume it (each pause is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left for wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>a button: ready for the next</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wrap-up and take the next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise the customer a call at a time of their choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never call this number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asked not to be called: no campaign will call this number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>of a call or chat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <comment>how a contact ended: sold, no interest...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>on this contact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on the customer&apos;s card for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no disposition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback scheduled for {when}</source>
        <comment>{when}: a date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule another callback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: that is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <comment>{problem}: the system&apos;s technical words</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.schedule_callback</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its country code, e.g. +386 41 123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>the callback&apos;s date in Qt&apos;s date format (ddd: the weekday, d: the day, MMM: the month, both shortened; yyyy: the year): write the pattern, in your language&apos;s order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time above is on this clock: where the customer is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the call is about, for whoever makes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <comment>a field: the callback&apos;s time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is {when} here.</source>
        <comment>{when}: the same moment on this computer&apos;s clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number cannot be called: {reason}</source>
        <comment>{reason}: what is wrong with the number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the customer&apos;s time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <comment>the callback as a whole</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <comment>{field}: a field&apos;s name; {problem}: what is wrong with it (English)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.setup</name>
    <message>
        <source>Copy</source>
        <comment>a button: copy to the clipboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers wait in a queue until an operator is free. Most businesses start with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Customer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-support</source>
        <comment>an example queue name in a web address: lower-case a-z, digits, dashes only</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes: it is part of a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>after a number: seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time after each call for notes before the next one rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>the queue&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address name</source>
        <comment>the queue&apos;s name in its web address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers reach it at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the queue a name, e.g. Customer support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address name takes lower-case letters, digits and dashes, and starts with a letter or digit (e.g. customer-support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the queue {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account for someone who answers calls. Callnest makes up their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ada Lovelace</source>
        <comment>an example of a person&apos;s full name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ada.lovelace</source>
        <comment>an example user name made from the full name: letters, digits and . _ @ -</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made up when you press Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name takes 2 to 64 letters, digits and . _ @ - (e.g. ada.lovelace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {name} the user name {username} and this password. It is shown only now: copy it before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your headset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the headset you take calls with; the bar should move when you speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another device, or press Next to set the headset up later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the queue where your callers are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller page — link to it, or send it to a customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call button for your own web site — paste it into a page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} installs Callnest, logs in to {server} as {username} and goes Available.</source>
        <comment>Available: the agent&apos;s state, as the agent window&apos;s button says it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers give a page the microphone only over HTTPS (or on this computer): put the server behind your HTTPS proxy before real customers call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Callnest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <comment>a button: close the set-up, to finish it later</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a button: finish the set-up</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.shortcuts</name>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute or unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ({keys})</source>
        <comment>a tooltip; {keys}: the keyboard shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one key combination, not a sequence of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} alone is for typing: add Ctrl or Alt.</source>
        <comment>{keys}: what the operator pressed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} is used for writing (copy, paste, undo, send…): choose other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} already opens {action}.</source>
        <comment>{action}: Help, Quit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} is already the shortcut for {action}.</source>
        <comment>{action}: another shortcut&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These work anywhere in the Callnest window, also while you type in a chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <comment>the help sheet itself</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no keyboard shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change shortcuts…</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change keyboard shortcuts</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a field and press the new keys. Ctrl+Shift with a letter is safe while you type in a chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <comment>a button: this one&apos;s default</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <comment>a button</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.wall_view</name>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents free / busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{free} / {busy}</source>
        <comment>agents free / agents busy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered / abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} / {abandoned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callnest — wall view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc leaves the wall view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.wallboard</name>
    <message>
        <source>No first response in time (raised {time} ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved in time (raised {time} ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper to the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barge in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whispering to {agent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the call with {agent} and the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop listening to a call</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callnest — wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queues&apos; figures in big type, full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click an agent: break, offline, log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past their service targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>call, chat, e-mail...</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns — today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues — today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisors</source>
        <comment>who owns an overdue item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialists&apos; queue</source>
        <comment>who owns an overdue item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a nameless one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read chat with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read chat with customer</source>
        <comment>a nameless customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {name} out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agent</source>
        <comment>whose call</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>a chat&apos;s customer, name unknown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <comment>a dialog&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {name} out? Their desktop closes; a call they hold goes back to its queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live — updated {time}</source>
        <comment>{time}: a time of day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallboard is not available: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
