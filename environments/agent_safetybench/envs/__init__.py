"""One file per benchmark environment, named after it in snake_case: a TOML table of tool kinds when the environment
is data, else a module defining the class named after it."""
