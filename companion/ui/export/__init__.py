"""The Export page and the PDF painter of the clinician's report (Qt side of companion.export)."""
