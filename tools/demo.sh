#!/usr/bin/env bash
# THE demo command: `bash tools/demo.sh`. Installs what is missing, builds the Wasm package, then serves the
# repository on http://127.0.0.1:8080/ (PORT to change it) until Ctrl-C; open the printed www/index.html URL.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

bash tools/setup.sh
bash tools/build-wasm.sh
exec node tools/serve.mjs
