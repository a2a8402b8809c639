"""First start and unlocking: the unlock screen, the setup wizard, recovery, a damaged vault."""
