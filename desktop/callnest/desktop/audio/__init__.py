"""The headset: PortAudio devices chosen by name, and the bounded buffers that
carry audio between their callbacks and the WebRTC link."""
