#!/usr/bin/env bash
# PromptFence agent hook, fast path: `bash hook.sh [promptfence hook options]`.
#
# Bash starts in milliseconds, Node in about a hundred. When a PromptFence server runs
# (the VS Code extension host starts one; see src/hooks/hookServer.ts), this script hands
# the hook call to it over 127.0.0.1 and prints its answer. Otherwise, or when anything
# in that exchange goes wrong, it runs `node hook.js` beside it, which gives the same
# answer. So the fast path can change how long an answer takes, never what it says.

# Byte semantics for ${#var} and ${var:offset:length}: the protocol counts bytes.
export LC_ALL=C

# Keeps trailing newlines, which $(...) would strip.
input="$(cat; printf .)"
input="${input%.}"

case "$OSTYPE" in
  darwin*) dir="$HOME/Library/Application Support/promptfence/hook-servers" ;;
  *) dir="${XDG_STATE_HOME:-$HOME/.local/state}/promptfence/hook-servers" ;;
esac

ask() {
  local endpoint=$1 port token reply header body magic code outlen errlen
  { IFS= read -r port && IFS= read -r token; } <"$endpoint" 2>/dev/null || return 1
  [[ $port =~ ^[0-9]+$ ]] || return 1
  # The group keeps a refused connection's message off stderr without silencing the rest.
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  shift
  {
    printf 'PFHOOK1\n%s\n%s\n%d\n' "$token" "$PWD" "$#"
    for arg in "$@"; do printf '%s\n' "$arg"; done
    printf '%d\n%s' "${#input}" "$input"
  } >&3 || { exec 3>&-; return 1; }
  # Reads to end of stream; status 1 there is normal, a timeout (> 128) is not.
  IFS= read -r -d '' -t 8 reply <&3
  (($? == 1)) || { exec 3>&-; return 1; }
  exec 3>&-
  header=${reply%%$'\n'*}
  body=${reply#*$'\n'}
  read -r magic code outlen errlen <<<"$header"
  [[ $magic == PFHOOK1 && $code =~ ^[0-9]+$ && $outlen =~ ^[0-9]+$ && $errlen =~ ^[0-9]+$ ]] || return 1
  ((${#body} == outlen + errlen)) || return 1
  printf '%s' "${body:0:outlen}"
  printf '%s' "${body:outlen:errlen}" >&2
  exit "$code"
}

if [[ -d $dir ]]; then
  for endpoint in "$dir"/*.endpoint; do
    [[ -f $endpoint ]] && ask "$endpoint" "$@"
  done
fi

node=${PROMPTFENCE_NODE:-node}
if ! command -v "$node" >/dev/null; then
  # Exit 2 blocks in VS Code and Claude Code: no answer must not mean "allow".
  printf 'promptfence hook: no PromptFence server answered and %s was not found; blocked to be safe\n' "$node" >&2
  exit 2
fi
printf '%s' "$input" | exec "$node" "$(dirname "${BASH_SOURCE[0]}")/hook.js" "$@"
