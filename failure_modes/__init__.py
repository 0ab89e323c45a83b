"""What counts as unsafe: the taxonomy of risks and failure modes, and the judges that assign them."""
