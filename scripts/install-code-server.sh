#!/usr/bin/env bash
# Installs code-server 4.100.3 (the real VS Code: server, web workbench, Node extension
# host) into .vscode-test/code-server, idempotently, outside `npm ci`. Every workaround
# here was needed on machines that reach only the npm registry and Debian's packages:
# see docs/testing.md.
set -euo pipefail
VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/.vscode-test/code-server"
ENTRY="$DEST/node_modules/code-server/out/node/entry.js"
# Written only after a complete install, so an interrupted one is redone.
MARKER="$DEST/.installed-$VERSION"
installed() { [ -f "$MARKER" ] && [ -f "$ENTRY" ]; }
installed && exit 0

# One installer at a time (the tests, npm start and CI may all call this).
mkdir -p "$ROOT/.vscode-test"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$ROOT/.vscode-test/.install-lock"
  flock 9
  installed && exit 0
fi

# Debian packages the tests need: Chromium to drive the workbench, ripgrep for code-server's
# search, Kerberos headers for one of its native modules. Only as root, only when missing.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -f /usr/include/krb5.h ] || [ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
# The native modules (argon2, kerberos, node-pty, spdlog) compile from source.
{ command -v make && command -v g++; } >/dev/null 2>&1 || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && [ -z "${EXCHANGE_RUNBOOK_NO_APT:-}" ]; then
    # Said before anything changes: apt-get may also upgrade packages these depend on.
    echo "install-code-server: running as root, so installing the missing Debian packages now:" >&2
    echo "  apt-get update && apt-get install ${missing[*]}" >&2
    echo "  (they may pull in or upgrade dependencies; set EXCHANGE_RUNBOOK_NO_APT=1 to install them yourself instead)" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    echo "install-code-server: installed ${missing[*]}" >&2
  else
    echo "install-code-server: missing Debian packages: ${missing[*]} (see \"Prerequisites\" in README.md). Install them with" >&2
    echo "  sudo apt-get update && sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

echo "installing code-server $VERSION into .vscode-test/code-server (about a minute)…" >&2
mkdir -p "$DEST"
# @vscode/ripgrep downloads rg from GitHub unless it finds this tarball in its cache.
CACHE_ROOT="$(mktemp -d)"
trap 'rm -rf "$CACHE_ROOT"' EXIT
RG_CACHE="$CACHE_ROOT/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE/pack"
cp "$(command -v rg)" "$RG_CACHE/pack/rg"
tar -czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$RG_CACHE/pack" rg
[ -f "$DEST/package.json" ] || echo '{ "name": "code-server-host", "private": true }' > "$DEST/package.json"
export npm_config_unsafe_perm=true   # code-server's postinstall refuses root otherwise
export npm_config_yes=true           # node-pty's postinstall runs `npx node-gyp`
if [ -f /usr/include/node/node_api.h ]; then export npm_config_nodedir=/usr; fi
(cd "$DEST" && TMPDIR="$CACHE_ROOT" npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2)
test -f "$ENTRY"
touch "$MARKER"
echo "code-server $VERSION installed" >&2
