"""Check-ins: post-session log, next-day check-in and the questionnaires."""
