"""The care-plan form and its review, shared by setup, Settings and the clinician's desk."""
