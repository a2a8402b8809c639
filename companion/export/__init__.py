"""The clinician's export: PDF, CSV, FHIR bundle, signed manifest. No Qt (filled in by a later issue)."""
