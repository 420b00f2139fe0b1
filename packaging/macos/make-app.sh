#!/usr/bin/env bash
# Builds Skranke.app for macOS and puts it in a disk image (.dmg). Run on a Mac with Xcode or
# its command-line tools and Rust (rustup adds the two targets). Steps:
#   1. build   the release binary for Apple silicon and for Intel, joined into one with lipo;
#   2. bundle  Skranke.app: the binary, Info.plist with the version, the icon, the licences;
#   3. sign    with a Developer ID, or ad hoc when none is given;
#   4. notarise the app with Apple and staple the ticket to it (Developer ID only);
#   5. dmg     the app in a disk image made by hdiutil, signed, notarised and stapled the same way.
#
# Usage: packaging/macos/make-app.sh [OUT_DIR]      (OUT_DIR defaults to target/macos)
# Prints the path of the .dmg as its only line on standard output; progress goes to stderr.
#
# Environment:
#   SKRANKE_CODESIGN_IDENTITY  the signing identity, a "Developer ID Application: …" certificate
#                              in the keychain (its name or SHA-1). Unset: an ad-hoc signature.
#   SKRANKE_NOTARY_PROFILE     a notarytool keychain profile, made once with
#                              `xcrun notarytool store-credentials`. Unset: no notarisation.
#   SKRANKE_NOTARY_KEYCHAIN    the keychain holding that profile, when it is not the default one.
#
# Written for the bash 3.2 that macOS ships: no mapfile, and empty arrays guarded under `set -u`.
set -euo pipefail

# Everything the tools print goes to stderr, so standard output carries only the .dmg's path.
exec 3>&1 1>&2

die() {
    echo "make-app.sh: $*"
    exit 1
}

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
out=${1:-target/macos}
mkdir -p "$out"
out=$(cd "$out" && pwd)

[[ $(uname -s) == Darwin ]] ||
    die "this builds a macOS app and needs a Mac (codesign, lipo, hdiutil)."
for tool in cargo lipo codesign hdiutil plutil ditto xattr xcrun spctl; do
    command -v "$tool" >/dev/null || die "$tool is missing."
done

icon=packaging/macos/Skranke.icns
licence=LICENSE
font_licence=assets/fonts/OFL.txt
for file in "$icon" "$licence" "$font_licence"; do
    [[ -f $file ]] || die "$file is missing; the app ships it."
done

# The version of the [package] section of Cargo.toml.
version=$(awk -F'"' '/^\[/ { section = $0 }
    section == "[package]" && /^version[[:space:]]*=/ { print $2; exit }' Cargo.toml)
# CFBundleVersion is one to three integers joined by dots: a pre-release such as 1.0.0-rc.1
# is not one, so it is refused here rather than by the App Store tools or Launch Services later.
[[ $version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] ||
    die "Cargo.toml's version '$version' is not a valid CFBundleVersion (integers and dots only)."

app=$out/Skranke.app
dmg=$out/Skranke-$version-macos-universal.dmg
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The Info.plist from its template: the one source of the minimum macOS as well.
sed "s/@VERSION@/$version/g" packaging/macos/Info.plist >"$work/Info.plist"
plutil -lint "$work/Info.plist"
minimum_macos=$(plutil -extract LSMinimumSystemVersion raw -o - "$work/Info.plist")

echo "== 1. build: Skranke $version for aarch64 and x86_64, macOS $minimum_macos and later"
if command -v rustup >/dev/null; then
    rustup target add aarch64-apple-darwin x86_64-apple-darwin
fi
# Apple silicon Macs start at macOS 11.0, which is also the Rust target's own floor.
MACOSX_DEPLOYMENT_TARGET=11.0 cargo build --release --locked --target aarch64-apple-darwin
MACOSX_DEPLOYMENT_TARGET=$minimum_macos cargo build --release --locked --target x86_64-apple-darwin
target_dir=${CARGO_TARGET_DIR:-target}
lipo -create -output "$work/skranke" \
    "$target_dir/aarch64-apple-darwin/release/skranke" \
    "$target_dir/x86_64-apple-darwin/release/skranke"
lipo "$work/skranke" -verify_arch arm64 x86_64

echo "== 2. bundle: $app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$work/skranke" "$app/Contents/MacOS/skranke"
cp "$work/Info.plist" "$app/Contents/Info.plist"
cp "$icon" "$app/Contents/Resources/Skranke.icns"
cp "$licence" "$app/Contents/Resources/LICENSE"
cp "$font_licence" "$app/Contents/Resources/OFL.txt"
# Finder information or other extended attributes make codesign refuse the bundle.
xattr -cr "$app"

identity=${SKRANKE_CODESIGN_IDENTITY:-}
profile=${SKRANKE_NOTARY_PROFILE:-}
notary_keychain=()
if [[ -n ${SKRANKE_NOTARY_KEYCHAIN:-} ]]; then
    notary_keychain=(--keychain "$SKRANKE_NOTARY_KEYCHAIN")
fi

# Signs the app with the Developer ID: the hardened runtime, which notarisation requires
# (Skranke asks for no exception from it, so there are no entitlements), and a secure timestamp.
sign_app() {
    codesign --force --options runtime --timestamp --sign "$identity" "$1"
}

# Sends a zip or a disk image to Apple's notary service and waits for the verdict; on anything
# but Accepted it prints the service's log, which names each problem.
notarise() {
    local file=$1 result=$work/notary.json status id
    xcrun notarytool submit "$file" --keychain-profile "$profile" \
        ${notary_keychain[@]+"${notary_keychain[@]}"} --wait --output-format json >"$result" ||
        { cat "$result"; die "notarytool could not submit $file."; }
    status=$(plutil -extract status raw -o - "$result")
    id=$(plutil -extract id raw -o - "$result")
    if [[ $status != Accepted ]]; then
        xcrun notarytool log "$id" --keychain-profile "$profile" \
            ${notary_keychain[@]+"${notary_keychain[@]}"} || true
        die "notarisation of $file ended as '$status' (submission $id)."
    fi
    echo "Notarised: $file (submission $id)"
}

echo "== 3. sign"
if [[ -n $identity ]]; then
    sign_app "$app"
    echo "Signed with the Developer ID '$identity'."
else
    codesign --force --options runtime --sign - "$app"
    echo "SKRANKE_CODESIGN_IDENTITY is unset: the app is signed AD HOC. It runs on this Mac;"
    echo "other Macs refuse to open it until a user allows it in Privacy & Security settings."
    echo "Not for distribution."
fi
codesign --verify --strict --verbose=2 "$app"

echo "== 4. notarise the app"
if [[ -z $identity ]]; then
    echo "Not notarised: Apple notarises only apps signed with a Developer ID."
elif [[ -z $profile ]]; then
    echo "SKRANKE_NOTARY_PROFILE is unset: the app is NOT notarised, so Gatekeeper warns on"
    echo "other Macs. Not for distribution."
else
    # The notary service takes a zip, not a bundle; ditto keeps the bundle's structure intact.
    ditto -c -k --keepParent "$app" "$work/Skranke.zip"
    notarise "$work/Skranke.zip"
    # Stapled, the ticket travels with the app: Gatekeeper need not ask Apple, and the desks'
    # Macs may well be offline.
    xcrun stapler staple "$app"
    xcrun stapler validate "$app"
    spctl --assess --type execute --verbose=2 "$app"
fi

echo "== 5. dmg: $dmg"
mkdir "$work/dmg"
ditto "$app" "$work/dmg/Skranke.app"
# Dragging the app onto this link installs it.
ln -s /Applications "$work/dmg/Applications"
hdiutil create -volname "Skranke $version" -srcfolder "$work/dmg" -fs HFS+ -format UDZO \
    -ov "$dmg"
if [[ -n $identity ]]; then
    codesign --force --timestamp --sign "$identity" "$dmg"
    codesign --verify --verbose=2 "$dmg"
    if [[ -n $profile ]]; then
        notarise "$dmg"
        xcrun stapler staple "$dmg"
        xcrun stapler validate "$dmg"
    fi
fi
hdiutil verify "$dmg"

echo "$dmg" >&3
