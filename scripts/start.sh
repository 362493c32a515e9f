#!/usr/bin/env bash
# Runs the product: builds the .vsix, starts a real VS Code (code-server) on 127.0.0.1 with
# PromptFence installed and a sample workspace, and prints the URL to open in a browser.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/setup-vscode.sh
npm run --silent package >/dev/null
exec npx tsx scripts/start.ts
