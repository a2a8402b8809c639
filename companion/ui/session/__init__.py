"""The day of a dose: checklist, vitals, sitter hand-over, dose, monitoring, help, recovery."""
