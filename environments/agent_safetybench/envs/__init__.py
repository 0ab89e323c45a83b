"""One module per benchmark environment, named after it in snake_case, each defining the class named after it."""
