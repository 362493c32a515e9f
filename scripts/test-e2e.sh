#!/usr/bin/env bash
# End-to-end suite: a real VS Code (code-server) in headless chromium, plus mocha inside
# the real extension host. Installs what it needs on first use (cached outside the repo).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-vscode.sh
npm run --silent package >/dev/null
node esbuild.mjs --tests
rm -rf test-results
npx mocha --config test/e2e/.mocharc.json
