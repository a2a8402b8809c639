-- Schema 6: the session record of DESIGN.md §3. Pulse oximetry with each reading (when the kit has an
-- oximeter), and the kinds of other medicine taken today with the checklist answer that records them.
-- Lot numbers and the sitter's check-in observations are fields of the session events (JSON), so they
-- need no column. Rows from before keep spo2 NULL and categories '' ("not recorded").

ALTER TABLE vital_signs ADD COLUMN spo2 INTEGER CHECK (spo2 IS NULL OR spo2 BETWEEN 1 AND 100);

-- Comma-separated checklist.MedicineCategory values, e.g. 'benzodiazepines,opioids'; '' for none.
ALTER TABLE checklist_answers ADD COLUMN categories TEXT NOT NULL DEFAULT '';
