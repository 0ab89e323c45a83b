"""The world server that runs inside a sandbox container, and the wire protocol it speaks with the host."""
