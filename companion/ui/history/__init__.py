"""History: charts and the session table."""
