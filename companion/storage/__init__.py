"""The encrypted vault: keys, SQLCipher database, migrations and backups. No Qt."""
