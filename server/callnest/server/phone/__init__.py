"""Phone calls over SIP trunks.

A SIP trunk never talks to Callnest's own code: Kamailio sits at the edge
(registration with digest, retransmissions, NAT, flood limits) and rtpengine
carries the audio (plain RTP on the trunk's side, WebRTC's DTLS-SRTP on
ours; the caller leg turns the G.711 into Opus itself), both child processes
the server supervises with configurations it generates -- and only while a
trunk is configured. Behind them, Callnest's own SIP side listens on
loopback only, and a phone call becomes an ordinary caller leg.

- :mod:`.kamailio_config` -- the trunks, as Kamailio's configuration files.
- :mod:`.kamailio_rpc` -- asks the running Kamailio over its JSON-RPC socket.
- :mod:`.registrations` -- what a trunk's registration is doing, from those answers.
- :mod:`.child_process` -- supervision of a child process: start, restart, log, stop.
- :mod:`.edge` -- :class:`~.edge.SipEdge`, the Kamailio process.
- :mod:`.ng` -- rtpengine's control protocol.
- :mod:`.rtpengine` -- :class:`~.rtpengine.RtpEngine`, the media relay process and its calls.
- :mod:`.sip_message` -- SIP messages: parsing, framing on TCP, writing.
- :mod:`.sip_server` -- Callnest's SIP side: the calls Kamailio hands over.
- :mod:`.calls` -- a call in on a trunk becomes a caller in a queue.
- :mod:`.keeper` -- keeps all of it in step with the trunks the owner configured.
"""
