#!/usr/bin/env bash
# Fetches the third-party *sources* both builds compile (Dear ImGui, pugixml, utf8proc) from Debian
# source packages, and links the header-only libraries (nlohmann/json, Catch2) into one folder
# that both builds may put on their include path.
#
# apt is pointed at a private state folder under build/third_party/.apt whose deb-src list is derived
# from the machine's own deb list, so the machine's apt configuration is never touched. The
# signed Release files and the hashes they carry are checked by apt as usual.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest=${FV_THIRD_PARTY:-$root/build/third_party}
state=$dest/.apt
stamp=$dest/.fetched-v2

IMGUI_VERSION=1.86
PUGIXML_VERSION=1.13
UTF8PROC_VERSION=2.8

if [[ -f $stamp ]]; then
  exit 0
fi

mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/sources.list.d" "$dest/src" "$dest/include"

# deb → deb-src, everything else (URIs, suites, Signed-By) kept as the machine has it.
found=0
for f in /etc/apt/sources.list.d/*.sources; do
  [[ -f $f ]] || continue
  sed -E 's/^Types:.*$/Types: deb-src/' "$f" > "$state/sources.list.d/$(basename "$f")"
  found=1
done
if [[ -f /etc/apt/sources.list ]] && grep -qE '^deb ' /etc/apt/sources.list; then
  grep -E '^deb ' /etc/apt/sources.list | sed -E 's/^deb /deb-src /' > "$state/sources.list.d/from-sources-list.list"
  found=1
fi
[[ $found == 1 ]] || { echo "fetch-third-party: no apt sources found under /etc/apt" >&2; exit 1; }

apt_opts=(
  -o "Dir::Etc::SourceList=/dev/null"
  -o "Dir::Etc::SourceParts=$state/sources.list.d"
  -o "Dir::State::Lists=$state/lists"
  -o "Dir::Cache=$state/cache"
  -o "Dir::State::Status=/var/lib/dpkg/status"
  -o "Debug::NoLocking=1"
  -o "APT::Sandbox::User=root"
)

echo "fetch-third-party: updating the private deb-src lists"
apt-get "${apt_opts[@]}" -qq update

fetch() { # package upstream-version folder-name
  local pkg=$1 ver=$2 name=$3 work
  work=$(mktemp -d "$dest/src/.work-XXXXXX"); chmod 755 "$work"
  # apt picks the candidate; refuse anything but the upstream version we build against.
  local full
  full=$(apt-cache "${apt_opts[@]}" showsrc "$pkg" | awk '/^Version:/{print $2; exit}')
  case $full in
    "$ver"*) ;;
    *) echo "fetch-third-party: $pkg source is $full, expected $ver" >&2; exit 1 ;;
  esac
  (cd "$work" && apt-get "${apt_opts[@]}" -qq source "$pkg=$full" >/dev/null)
  local dir
  dir=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  rm -rf "${dest:?}/src/$name"
  mv "$dir" "$dest/src/$name"
  echo "$pkg $full" > "$dest/src/$name/.debian-version"
  rm -rf "$work"
  echo "fetch-third-party: $pkg $full -> build/third_party/src/$name"
}

fetch imgui "$IMGUI_VERSION" imgui
fetch pugixml "$PUGIXML_VERSION" pugixml
fetch utf8proc "$UTF8PROC_VERSION" utf8proc

# Header-only libraries from their Debian binary packages, each behind its own folder so a
# Wasm include path never sees the host's /usr/include.
ln -sfn /usr/include/nlohmann "$dest/include/nlohmann"
ln -sfn /usr/include/catch2 "$dest/include/catch2"
touch "$stamp"
