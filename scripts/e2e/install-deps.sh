#!/usr/bin/env bash
# Installs what the e2e and in-host suites need, idempotently: Chromium and unzip from Debian, and code-server
# (pinned) into .e2e/code-server, outside the project's package.json.
#
# code-server's npm postinstall is skipped (it downloads prebuilt binaries, which this network cannot reach), so
# its steps are done here: install VS Code's runtime dependencies without scripts, then compile the few native
# modules the server needs at startup against the local Node headers.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
code_server_version="${CODE_SERVER_VERSION:-4.100.3}"
prefix="$repo_root/.e2e/code-server"
package_dir="$prefix/node_modules/code-server"
ready_marker="$prefix/.ready-$code_server_version"

log() { echo "[install-deps] $*"; }

missing_apt_packages=()
command -v chromium >/dev/null 2>&1 || missing_apt_packages+=(chromium)
command -v unzip >/dev/null 2>&1 || missing_apt_packages+=(unzip)
command -v make >/dev/null 2>&1 || missing_apt_packages+=(make)
command -v g++ >/dev/null 2>&1 || missing_apt_packages+=(g++)
command -v python3 >/dev/null 2>&1 || missing_apt_packages+=(python3)
if ((${#missing_apt_packages[@]})); then
  log "apt-get install ${missing_apt_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing_apt_packages[@]}" >/dev/null
fi

if [[ -f "$ready_marker" ]]; then
  log "code-server $code_server_version already installed in $prefix"
  exit 0
fi

node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
node_headers="$node_prefix/include/node"
if [[ ! -f "$node_headers/node_version.h" ]]; then
  echo "[install-deps] Node headers not found at $node_headers; native modules cannot be built offline" >&2
  exit 1
fi
node_gyp="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"
if [[ ! -f "$node_gyp" ]]; then
  echo "[install-deps] node-gyp not found next to npm ($node_gyp)" >&2
  exit 1
fi

log "npm install code-server@$code_server_version into $prefix"
mkdir -p "$prefix"
npm install --prefix "$prefix" --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$code_server_version"
(cd "$package_dir/lib/vscode" && npm install --ignore-scripts --omit=dev --no-audit --no-fund --loglevel=error)
(cd "$package_dir/lib/vscode/extensions" && npm install --ignore-scripts --omit=dev --no-audit --no-fund --loglevel=error)

build_native() {
  local module_dir="$1"; shift
  log "compiling $(basename "$module_dir")"
  (cd "$module_dir" && nice node "$node_gyp" rebuild --nodedir="$node_prefix" -j 2 --loglevel=error "$@" >/dev/null)
}
build_native "$prefix/node_modules/argon2" --module_name=argon2 --module_path=lib/binding/napi-v3 --napi_build_version=3
mkdir -p "$prefix/node_modules/argon2/lib/binding/napi-v3"
cp "$prefix/node_modules/argon2/build/Release/argon2.node" "$prefix/node_modules/argon2/lib/binding/napi-v3/"
for module in @vscode/spdlog node-pty native-watchdog @vscode/deviceid; do
  build_native "$package_dir/lib/vscode/node_modules/$module"
done

# The rest of what postinstall.sh does: VS Code expects node_modules.asar and the remote CLI helper scripts.
ln -sfn node_modules "$package_dir/lib/vscode/node_modules.asar"
ln -sfn code-linux.sh "$package_dir/lib/vscode/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$package_dir/lib/vscode/bin/helpers/browser.sh"

"$prefix/node_modules/.bin/code-server" --version >/dev/null
touch "$ready_marker"
log "code-server $code_server_version ready"
