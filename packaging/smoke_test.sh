#!/usr/bin/env bash
# Build the PyInstaller bundle, run it as a user would, and print its size (budget <= 130 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath packaging/dist --workpath packaging/build \
    packaging/companion.spec
BUNDLE=packaging/dist/companion/companion
# Each committed translation is in the bundle (the spec builds it), with Qt's own for the standard buttons.
for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    code=$(basename "$ts" .ts); code=${code#companion_}
    for qm in "companion_$code.qm" "qtbase_$code.qm"; do
        [ -n "$(find packaging/dist/companion -name "$qm")" ] || { echo "$qm is not in the bundle"; exit 1; }
    done
done
export QT_QPA_PLATFORM=offscreen
"$BUNDLE" --version
"$BUNDLE" self-test
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
echo "smoke test passphrase, long enough" | "$BUNDLE" init --data-dir "$DATA/v" --passphrase-stdin >/dev/null
echo "smoke test passphrase, long enough" | "$BUNDLE" check --data-dir "$DATA/v" --passphrase-stdin
set +e; echo "wrong passphrase for the smoke test" | "$BUNDLE" check --data-dir "$DATA/v" --passphrase-stdin
code=$?; set -e
[ "$code" -eq 3 ] || { echo "expected exit 3 for a wrong passphrase, got $code"; exit 1; }
# The window starts (offscreen) on a demo vault and quits on SIGTERM like a closed window: a module or data
# file missing from the bundle fails here, not on a patient's computer.
"$BUNDLE" demo --data-dir "$DATA/demo" >"$DATA/demo.out" 2>"$DATA/demo.err" &
app=$!
for _ in $(seq 60); do
    sleep 1
    kill -0 "$app" 2>/dev/null || break
    grep -q "Demo passphrase" "$DATA/demo.out" && sleep 5 && break
done
kill -0 "$app" 2>/dev/null || { echo "the window did not start:"; cat "$DATA/demo.err"; exit 1; }
kill -TERM "$app"; set +e; wait "$app"; code=$?; set -e
[ "$code" -eq 0 ] || { echo "expected exit 0 after SIGTERM, got $code:"; cat "$DATA/demo.err"; exit 1; }
! grep -q "Traceback" "$DATA/demo.err" || { cat "$DATA/demo.err"; exit 1; }
echo "bundle size: $(du -sm packaging/dist/companion | cut -f1) MB (budget <= 130 MB)"
