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
echo "bundle size: $(du -sm packaging/dist/companion | cut -f1) MB (budget <= 130 MB)"
