"""Phone calls over SIP trunks.

A SIP trunk never talks to Callnest's own code: Kamailio sits at the edge
(registration with digest, retransmissions, NAT, flood limits) as a child
process the server supervises, with a configuration the server generates --
and only while a trunk is configured. Behind it, Callnest's own SIP side
listens on loopback only.

- :mod:`.kamailio_config` -- the trunks, as Kamailio's configuration files.
- :mod:`.kamailio_rpc` -- asks the running Kamailio over its JSON-RPC socket.
- :mod:`.registrations` -- what a trunk's registration is doing, from those answers.
- :mod:`.edge` -- :class:`~.edge.SipEdge`, the supervisor of the Kamailio process.
"""
