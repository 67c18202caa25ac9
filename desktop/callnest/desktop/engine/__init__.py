"""The desktop's engine: asyncio (the session socket, REST, the WebRTC audio
link) in its own thread, away from Qt's GUI thread."""
