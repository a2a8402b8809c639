-- Schema 8: signed care plans from the clinician (DESIGN.md §2, "A care plan from the clinician").
-- The clinicians' keys the patient confirmed (read the fingerprint to the clinician, who said "yes, that
-- is mine"), and on each stored care plan the key that signed it. Who signed it is the plan's issued_by:
-- the name inside the signed file, which the signature covers. Plans typed in by the patient, unsigned
-- imports and every plan from before keep signer_fingerprint NULL.

CREATE TABLE clinician_keys (
    -- As OpenSSH shows it: 'SHA256:' and 43 characters of unpadded base64.
    fingerprint  TEXT PRIMARY KEY CHECK (length(fingerprint) = 50 AND fingerprint GLOB 'SHA256:*'),
    public_key   TEXT NOT NULL UNIQUE CHECK (public_key GLOB 'ssh-ed25519 *'),  -- 'ssh-ed25519 AAAA…'
    signer_name  TEXT NOT NULL CHECK (length(signer_name) BETWEEN 1 AND 200),  -- issued_by when confirmed
    confirmed_at TEXT NOT NULL  -- ISO 8601 UTC with microseconds, like every time in the vault
) STRICT;

-- Only an imported plan that names its issuer can have been signed.
ALTER TABLE care_plans ADD COLUMN signer_fingerprint TEXT
    CHECK (signer_fingerprint IS NULL
           OR (length(signer_fingerprint) = 50 AND signer_fingerprint GLOB 'SHA256:*'
               AND source = 'imported' AND issued_by IS NOT NULL));
