"""Our own tool environments: each a typed state and the tools that act on it."""
