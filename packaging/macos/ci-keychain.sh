#!/usr/bin/env bash
# For CI on a macOS runner: puts the Developer ID certificate and the notary credentials, given
# as secrets in the environment, into a keychain of their own, for make-app.sh to use.
#
#   ci-keychain.sh create   prints KEY=value lines for the environment of the later steps
#                           (SKRANKE_CODESIGN_IDENTITY, SKRANKE_NOTARY_PROFILE,
#                           SKRANKE_NOTARY_KEYCHAIN, SKRANKE_SIGNING_KEYCHAIN); prints nothing,
#                           and says so on stderr, when the certificate secret is not set.
#   ci-keychain.sh delete   removes the keychain named by SKRANKE_SIGNING_KEYCHAIN, if any.
#
# Read by `create`:
#   MACOS_CERTIFICATE_P12_BASE64  the "Developer ID Application" certificate with its private
#                                 key, exported as .p12 and base64-encoded
#   MACOS_CERTIFICATE_PASSWORD    the password of that .p12
#   MACOS_NOTARY_APPLE_ID, MACOS_NOTARY_TEAM_ID, MACOS_NOTARY_PASSWORD
#                                 the Apple Account, team and app-specific password that
#                                 notarytool signs in with; all three, or notarisation is skipped
#
# Written for the bash 3.2 that macOS ships.
set -euo pipefail

die() {
    echo "ci-keychain.sh: $*" >&2
    exit 1
}

create() {
    # Only the KEY=value lines go to standard output (fd 3); whatever the tools print, to stderr.
    exec 3>&1 1>&2
    if [[ -z ${MACOS_CERTIFICATE_P12_BASE64:-} ]]; then
        echo "No MACOS_CERTIFICATE_P12_BASE64: no signing keychain; make-app.sh signs ad hoc."
        return
    fi
    [[ -n ${MACOS_CERTIFICATE_PASSWORD:-} ]] || die "MACOS_CERTIFICATE_PASSWORD is not set."

    local dir keychain password identity
    dir=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
    keychain=$dir/skranke-signing.keychain-db
    # Nobody types this password: it only keeps the keychain locked to other processes.
    password=$(openssl rand -base64 32)

    security create-keychain -p "$password" "$keychain"
    echo "SKRANKE_SIGNING_KEYCHAIN=$keychain" >&3
    # Unlocked for six hours, long enough for two universal builds and two notarisations.
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$password" "$keychain"

    # The private key is on disk only while it is imported (p12 is global for the trap).
    p12=$dir/certificate.p12
    trap 'rm -f "$p12"' EXIT
    printf '%s' "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode >"$p12"
    security import "$p12" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" \
        -T /usr/bin/codesign
    rm -f "$p12"
    # Lets codesign use the key without the dialog that would wait forever on a runner.
    security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$password" \
        "$keychain" >/dev/null

    # codesign looks only in the keychains of the search list: add this one to it.
    local searched=("$keychain") line
    while IFS= read -r line; do
        line=${line#"${line%%[![:space:]]*}"}
        line=${line#\"}
        searched+=("${line%\"}")
    done < <(security list-keychains -d user)
    security list-keychains -d user -s "${searched[@]}"

    identity=$(security find-identity -v -p codesigning "$keychain" |
        awk '/"Developer ID Application: / { print $2; exit }')
    [[ -n $identity ]] || die "the certificate holds no valid Developer ID Application identity."
    echo "SKRANKE_CODESIGN_IDENTITY=$identity" >&3

    if [[ -n ${MACOS_NOTARY_APPLE_ID:-} && -n ${MACOS_NOTARY_TEAM_ID:-} &&
        -n ${MACOS_NOTARY_PASSWORD:-} ]]; then
        xcrun notarytool store-credentials skranke-notary --apple-id "$MACOS_NOTARY_APPLE_ID" \
            --team-id "$MACOS_NOTARY_TEAM_ID" --password "$MACOS_NOTARY_PASSWORD" \
            --keychain "$keychain"
        echo "SKRANKE_NOTARY_PROFILE=skranke-notary" >&3
        echo "SKRANKE_NOTARY_KEYCHAIN=$keychain" >&3
    else
        echo "The notary secrets are not all set: make-app.sh will not notarise."
    fi
}

delete() {
    if [[ -n ${SKRANKE_SIGNING_KEYCHAIN:-} && -f $SKRANKE_SIGNING_KEYCHAIN ]]; then
        security delete-keychain "$SKRANKE_SIGNING_KEYCHAIN"
    fi
}

case ${1:-} in
create) create ;;
delete) delete ;;
*) die "usage: ci-keychain.sh create|delete" ;;
esac
