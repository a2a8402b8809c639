"""Settings: language, look, passphrase, backups, signing key and the care-plan dialog."""
