#!/usr/bin/env bash
# Builds Skranke's Windows installer on this Debian machine and tests it under Wine.
#
# Usage: packaging/windows/build-and-test.sh [--no-build] [--keep]
#   --no-build   package the skranke.exe an earlier run built (no cargo)
#   --keep       keep the Wine prefix and the logs, also when every step passed
#   CARGO_TARGET_DIR   the cross build's folder; default target/windows-cross
# Prints PASS or FAIL for each step and a summary; exits 0 only if every step passed.
# The installers are left in $CARGO_TARGET_DIR/windows-package/.
#
# Steps:
#  1. Debian's packages: rustc-web, cargo-web, rust-web-src (a Rust that can build the
#     standard library for a target rustup cannot download here), mingw-w64, msitools and
#     wixl, wine and wine64, Xvfb, icoutils. Installed with apt-get when missing (as root).
#  2. The release exe for x86_64-pc-windows-gnu, cross-built with mingw as the linker (and
#     windres for the icon and version resources, build.rs).
#  3. The exe: a GUI-subsystem PE32+ with an icon and version information.
#  4. The MSI from skranke.wxs with wixl, and a second one with a higher version, inspected
#     with msiinfo and msiextract.
#  5. Under Wine, in a prefix of its own under Xvfb: a silent install; `check-i18n` prints to
#     the console it was started from; a first frame is drawn (tiny-skia); a silent upgrade
#     leaves one product registered; a silent uninstall removes the program and keeps the
#     user's data.
#
# Run by hand before a release: the cross build alone took about 40 minutes on two cores,
# too slow for CI. What Wine cannot show (the GPU renderer, Windows' own console rules,
# SmartScreen, a real user's profile) needs a Windows machine; see README.md.
#
# It lives beside skranke.wxs because it is the Windows package's build, not a development
# tool of the crate's (those are in tools/).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 2
repo=$PWD

build=yes
keep=no
for arg in "$@"; do
    case "$arg" in
        --no-build) build=no ;;
        --keep) keep=yes ;;
        -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
done

triple=x86_64-pc-windows-gnu
target_dir=${CARGO_TARGET_DIR:-$repo/target/windows-cross}
exe=$target_dir/$triple/release/skranke.exe
out=$target_dir/windows-package
work=$(mktemp -d "${TMPDIR:-/tmp}/skranke-windows.XXXXXX")
logs=$work/logs
mkdir -p "$logs" "$out"

results=()
failed=0
# pass|fail|skip STEP DETAIL
record() {
    local verdict=$1 step=$2 detail=${3:-}
    results+=("$(printf '%-4s  %-26s %s' "$verdict" "$step" "$detail")")
    printf '%s  %s  %s\n' "$verdict" "$step" "$detail"
    [[ $verdict == FAIL ]] && failed=1
    return 0
}

xvfb_pid=
# shellcheck disable=SC2317,SC2329  # run by the EXIT trap
cleanup() {
    if [[ -n ${WINEPREFIX:-} && -d ${WINEPREFIX:-} ]]; then
        wineserver -k >/dev/null 2>&1
    fi
    [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
    if [[ $keep == no && $failed == 0 ]]; then
        rm -rf "$work"
    else
        echo "Logs and the Wine prefix are in $work"
    fi
}
trap cleanup EXIT

summary() {
    echo
    echo "== Summary"
    printf '%s\n' "${results[@]}"
    if [[ $failed == 0 ]]; then echo "ALL PASSED"; else echo "SOME STEPS FAILED"; fi
    exit "$failed"
}

# ---------------------------------------------------------------------------------------
# 1. Packages
echo "== 1. Debian packages"
packages=(rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64
    msitools wixl wine wine64 xvfb icoutils)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    if [[ $(id -u) -ne 0 ]]; then
        record FAIL packages "missing ${missing[*]}: apt-get install them as root"
        summary
    fi
    echo "installing ${missing[*]}"
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}"; } >"$logs/apt.log" 2>&1; then
        record FAIL packages "apt-get could not install ${missing[*]} (see $logs/apt.log)"
        summary
    fi
fi
# -Zbuild-std compiles the standard library from rust-web-src: it must be the compiler's own.
compiler=$(dpkg-query -W -f='${Version}' rustc-web)
std_source=$(dpkg-query -W -f='${Version}' rust-web-src)
if [[ $compiler != "$std_source" ]]; then
    record FAIL packages "rustc-web $compiler but rust-web-src $std_source"
    summary
fi
record PASS packages "$(/usr/bin/rustc --version), wixl $(wixl --version), $(wine --version 2>/dev/null)"

# ---------------------------------------------------------------------------------------
# 2. Cross build
echo "== 2. Cross build ($triple)"
if [[ $build == yes ]]; then
    started=$SECONDS
    # rustup's cargo and rustc come first in PATH: Debian's are called by their full path,
    # and RUSTC makes cargo and build scripts use Debian's compiler.
    if env RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_DIR="$target_dir" \
        CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc \
        /usr/bin/cargo build --release --locked -Zbuild-std=std,panic_abort \
        --target "$triple" --bin skranke >"$logs/build.log" 2>&1; then
        record PASS "cross build" "$((SECONDS - started)) s, $(du -h "$exe" | cut -f1) $exe"
    else
        tail -30 "$logs/build.log"
        record FAIL "cross build" "see $logs/build.log"
        summary
    fi
elif [[ -f $exe ]]; then
    record PASS "cross build" "skipped (--no-build); $exe of $(date -r "$exe" '+%F %T')"
else
    record FAIL "cross build" "--no-build, but there is no $exe"
    summary
fi

# ---------------------------------------------------------------------------------------
# 3. The exe's headers and resources
echo "== 3. The exe"
x86_64-w64-mingw32-objdump -p "$exe" >"$logs/objdump.txt"
subsystem=$(grep -m1 '^Subsystem' "$logs/objdump.txt" | tr -s '\t ' ' ')
echo "$subsystem"
echo "imports: $(sed -n 's/^\tDLL Name: //p' "$logs/objdump.txt" | sort -fu | tr '\n' ' ')"
if [[ $subsystem == *"(Windows GUI)"* ]]; then
    record PASS "GUI subsystem" "$subsystem"
else
    record FAIL "GUI subsystem" "$subsystem"
fi
wrestool -l "$exe" | tee "$logs/resources.txt"
# Type 14 is a group icon, 16 the version information.
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
wrestool -x --raw --type=16 "$exe" >"$logs/version.res" 2>/dev/null
strings -el "$logs/version.res" >"$logs/version-strings.txt"
# The text values: the lines between the language block and VarFileInfo, name then value.
sed -n '/^040904B0$/,/^VarFileInfo$/p' "$logs/version-strings.txt" | sed '1d;$d' |
    paste -d= - - | sed 's/^/  /'
# The numbers (VS_FIXEDFILEINFO): after its signature 0xFEEF04BD and the struct's version,
# FileVersionMS and FileVersionLS as little-endian 16-bit halves: minor major fourth third.
signature=$(LC_ALL=C grep -obUaP '\xbd\x04\xef\xfe' "$logs/version.res" | head -1 | cut -d: -f1)
file_version=
if [[ -n $signature ]]; then
    read -r minor_ major_ fourth_ third_ < <(od -An -tu2 -j $((signature + 8)) -N8 "$logs/version.res")
    file_version=$major_.$minor_.$third_.$fourth_
fi
echo "  FILEVERSION=$file_version"
if grep -q -- '--type=14' "$logs/resources.txt" && grep -q -- '--type=16' "$logs/resources.txt" &&
    grep -qx "$version" "$logs/version-strings.txt" && [[ $file_version == "${version%%[-+]*}.0" ]]; then
    record PASS "icon and version" "group icon ($(grep -c -- '--type=3 ' "$logs/resources.txt") sizes); version $file_version, \"$version\""
else
    record FAIL "icon and version" "resources: $(tr '\n' ' ' <"$logs/resources.txt")"
fi

# ---------------------------------------------------------------------------------------
# 4. The MSIs
echo "== 4. MSI"
# Windows Installer versions are numbers: a pre-release suffix is dropped.
msi_version=${version%%[-+]*}
IFS=. read -r major minor patch <<<"$msi_version"
next_version=$major.$minor.$((patch + 1))
stage=$work/stage
mkdir -p "$stage"
cp packaging/windows/skranke.wxs packaging/windows/skranke.ico "$exe" "$stage/"
if [[ -f LICENSE ]]; then cp LICENSE "$stage/LICENSE.txt"; fi
cp assets/fonts/OFL.txt "$stage/OFL.txt"
msi=$out/skranke-$msi_version-x86_64.msi
next_msi=$work/skranke-$next_version-x86_64.msi
if [[ ! -f LICENSE ]]; then
    record FAIL "MSI build" "no LICENSE (the EUPL-1.2 text) at the repository's root"
    summary
fi
if wixl -a x64 -D Version="$msi_version" -o "$msi" "$stage/skranke.wxs" >"$logs/wixl.log" 2>&1 &&
    wixl -a x64 -D Version="$next_version" -o "$next_msi" "$stage/skranke.wxs" \
        >>"$logs/wixl.log" 2>&1; then
    record PASS "MSI build" "$msi ($(du -h "$msi" | cut -f1)); test upgrade $next_version"
else
    cat "$logs/wixl.log"
    record FAIL "MSI build" "see $logs/wixl.log"
    summary
fi
msiinfo suminfo "$msi" | tee "$logs/suminfo.txt" | grep -E 'Subject|Template|Author'
msiextract -l "$msi" | tee "$logs/files.txt"
msiinfo export "$msi" Property >"$logs/property.txt"
msiinfo export "$msi" Upgrade >"$logs/upgrade.txt"
msiinfo export "$msi" Shortcut >"$logs/shortcut.txt"
expected_files=$'Skranke/skranke.exe\nSkranke/LICENSE.txt\nSkranke/OFL.txt'
if [[ $(sort "$logs/files.txt") == "$(sort <<<"$expected_files")" ]] &&
    grep -q 'Template: x64;1033' "$logs/suminfo.txt" &&
    grep -qP '^ALLUSERS\t1' "$logs/property.txt" &&
    grep -q 'WIX_UPGRADE_DETECTED' "$logs/upgrade.txt" &&
    grep -qP '^StartMenuShortcut\tProgramMenuFolder\tSkranke\t' "$logs/shortcut.txt"; then
    record PASS "MSI contents" "3 files, x64, per-machine, upgrade table, Start-menu shortcut"
else
    record FAIL "MSI contents" "see $logs/files.txt, suminfo.txt, property.txt, upgrade.txt"
fi

# ---------------------------------------------------------------------------------------
# 5. Under Wine
echo "== 5. Wine"
export WINEPREFIX=$work/wine WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download prompts, and no menu entries or file associations on this
# machine's desktop from what is installed in the prefix.
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"
# A display number well away from :0, which other tools on the machine may expect to take.
display=
for n in $(seq 90 140); do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || { display=$n; break; }
done
Xvfb ":$display" -screen 0 1280x1024x24 -nolisten tcp >"$logs/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$display ]] && break; sleep 0.2; done
export DISPLAY=:$display

# Test-harness programs, built here and put into the prefix only; nothing of this is shipped.
# bcryptprimitives.dll: Rust's standard library takes its random numbers from ProcessPrng
# there, which Wine 8 does not have; this one asks advapi32's RtlGenRandom instead.
cat >"$work/bcryptprimitives.c" <<'EOF'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
EOF
# launch.exe: a console program that starts a command as Windows starts a GUI program from
# a console, with no standard handles, and returns its exit code. The program must then find
# the console itself (src/console.rs) for its text to appear.
cat >"$work/launch.c" <<'EOF'
#include <windows.h>
int main(void)
{
    wchar_t *line = GetCommandLineW();
    if (*line == L'"') {
        for (line++; *line && *line != L'"'; line++) {}
        if (*line) line++;
    } else {
        while (*line && *line != L' ') line++;
    }
    while (*line == L' ') line++;
    STARTUPINFOW startup = { sizeof startup };
    startup.dwFlags = STARTF_USESTDHANDLES;
    PROCESS_INFORMATION process;
    if (!CreateProcessW(NULL, line, NULL, NULL, FALSE, 0, NULL, NULL, &startup, &process))
        return 125;
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 126;
    GetExitCodeProcess(process.hProcess, &code);
    return (int)code;
}
EOF
# A new prefix once came out without its system DLLs ("could not load kernel32.dll") and
# worked on the next try: it gets a second chance.
make_prefix() {
    local try
    for try in 1 2; do
        rm -rf "$WINEPREFIX"
        echo "wineboot, try $try" >>"$logs/wineboot.log"
        timeout 600 wineboot --init >>"$logs/wineboot.log" 2>&1 && wineserver -w &&
            [[ -f $WINEPREFIX/drive_c/windows/system32/kernel32.dll ]] && return 0
        wineserver -k >/dev/null 2>&1
    done
    return 1
}
if x86_64-w64-mingw32-gcc -shared -O2 -o "$work/bcryptprimitives.dll" \
    "$work/bcryptprimitives.c" -ladvapi32 >"$logs/harness.log" 2>&1 &&
    x86_64-w64-mingw32-gcc -O2 -o "$work/launch.exe" "$work/launch.c" >>"$logs/harness.log" 2>&1 &&
    x86_64-w64-mingw32-objdump -p "$work/bcryptprimitives.dll" | grep -q 'ProcessPrng' &&
    make_prefix; then
    cp "$work/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
    record PASS "Wine prefix" "$WINEPREFIX on $DISPLAY, ProcessPrng shim in system32"
else
    cat "$logs/harness.log" "$logs/wineboot.log"
    record FAIL "Wine prefix" "see $logs/harness.log, wineboot.log"
    summary
fi

program_dir=$WINEPREFIX/drive_c/Program\ Files/Skranke
# A per-machine install puts it in the Start menu of all users (C:\ProgramData\...) on
# Windows; Wine 8's msi resolves ProgramMenuFolder to the installing user's even with
# ALLUSERS=1, so either place counts here.
start_menu_shortcut() {
    find "$WINEPREFIX/drive_c/ProgramData" "$WINEPREFIX/drive_c/users" -path '*/Start Menu/Programs/Skranke.lnk' 2>/dev/null | grep -m1 .
}
shortcut=
installed='C:\Program Files\Skranke\skranke.exe'
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'

# The Uninstall entries named Skranke, one line each: KEY VERSION.
registered() {
    wine reg query "$uninstall_key" /s 2>/dev/null | tr -d '\r' | awk '
        /^HKEY_/ { key = $0; sub(/.*\\/, "", key) }
        $1 == "DisplayName" && $3 == "Skranke" { names[key] = 1 }
        $1 == "DisplayVersion" { versions[key] = $3 }
        END { for (k in names) print k, versions[k] }'
}

# Runs a Windows command line with the given log; msiexec's own verbose log beside it.
msiexec_run() {
    local log=$1
    shift
    timeout 600 wine msiexec "$@" /l*v "$(winepath -w "$logs/$log-msi.log")" >"$logs/$log.log" 2>&1
}

# Install
if msiexec_run install /qn /i "$(winepath -w "$msi")" && wineserver -w &&
    cmp -s "$exe" "$program_dir/skranke.exe" && [[ -f $program_dir/LICENSE.txt ]] &&
    [[ -f $program_dir/OFL.txt ]] && shortcut=$(start_menu_shortcut); then
    record PASS "silent install" "msiexec /qn /i: program, licences; shortcut ${shortcut#"$WINEPREFIX/"}"
else
    record FAIL "silent install" "see $logs/install.log, install-msi.log"
    summary
fi
mapfile -t products < <(registered)
echo "registered: ${products[*]}"

# Console: started with no standard handles from a console (as on Windows), the text must
# reach that console. `script` gives Wine a terminal, so it makes a console of it.
strip_terminal() { sed -e 's/\x1b\[[0-9;?]*[A-Za-z]//g' -e 's/\r//g'; }
timeout 300 script -qec \
    "stty cols 200; wine '$work/launch.exe' '$installed' check-i18n; echo \"exit=\$?\"" \
    /dev/null </dev/null | strip_terminal >"$logs/check-i18n.txt"
head -4 "$logs/check-i18n.txt"
echo "  ... ($(wc -l <"$logs/check-i18n.txt") lines in $logs/check-i18n.txt)"
grep -E '^(OK|FAILED):|^exit=' "$logs/check-i18n.txt"
if grep -q '^Skranke translation check (master: da)' "$logs/check-i18n.txt" &&
    grep -q '^OK: Danish and English are complete.' "$logs/check-i18n.txt" &&
    grep -q '^exit=0$' "$logs/check-i18n.txt"; then
    record PASS "check-i18n on console" "report printed on the caller's console, exit 0"
else
    record FAIL "check-i18n on console" "see $logs/check-i18n.txt"
fi
timeout 300 script -qec "wine '$work/launch.exe' '$installed' --version" /dev/null </dev/null |
    strip_terminal >"$logs/version.txt"
# Redirected output (to a file or a pipe) keeps its handles.
timeout 300 wine "$installed" check-i18n >"$logs/check-i18n-redirected.txt" 2>&1
if grep -qx "skranke $version" "$logs/version.txt" &&
    grep -q '^OK: Danish and English are complete.' "$logs/check-i18n-redirected.txt"; then
    record PASS "--version, redirection" "$(cat "$logs/version.txt"); redirected report complete"
else
    record FAIL "--version, redirection" "see $logs/version.txt, check-i18n-redirected.txt"
fi

# First frame, with the default folders (the user's %APPDATA%), so the app makes its own.
appdata=$(winepath -u "$(wine cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')")
data_dir="$appdata/Kobenhavns Kommune/Skranke/data"
ICED_BACKEND=tiny-skia timeout 600 script -qec \
    "wine '$work/launch.exe' '$installed' --exit-after-first-frame; echo \"exit=\$?\"" \
    /dev/null </dev/null | strip_terminal >"$logs/first-frame.txt"
cat "$logs/first-frame.txt"
if grep -q '^first-frame-ms [0-9.]*$' "$logs/first-frame.txt" &&
    grep -q '^exit=0$' "$logs/first-frame.txt"; then
    record PASS "first frame" "$(grep '^first-frame-ms' "$logs/first-frame.txt") (tiny-skia, default folders)"
else
    record FAIL "first frame" "see $logs/first-frame.txt"
fi

# The user's own data, which no install, upgrade or uninstall may touch.
mkdir -p "$data_dir"
marker=$data_dir/user-data-marker.txt
echo "made by build-and-test.sh before the upgrade" >"$marker"
find "$appdata/Kobenhavns Kommune" -type f | sed "s|^$appdata|  %APPDATA%|"

# Upgrade in place
if msiexec_run upgrade /qn /i "$(winepath -w "$next_msi")" && wineserver -w; then
    mapfile -t products < <(registered)
    echo "registered: ${products[*]}"
    if [[ ${#products[@]} -eq 1 && ${products[0]} == *" $next_version" ]] &&
        cmp -s "$exe" "$program_dir/skranke.exe"; then
        record PASS "silent upgrade" "$msi_version -> $next_version, one product registered"
    else
        record FAIL "silent upgrade" "registered: ${products[*]:-none}"
    fi
else
    record FAIL "silent upgrade" "see $logs/upgrade.log, upgrade-msi.log"
fi

# Uninstall, by product code as IT would
product_code=${products[0]:-}
product_code=${product_code%% *}
if [[ -n $product_code ]] && msiexec_run uninstall /qn /x "$product_code" && wineserver -w; then
    mapfile -t products < <(registered)
    if [[ ! -e $program_dir ]] && ! start_menu_shortcut >/dev/null && [[ ${#products[@]} -eq 0 ]]; then
        record PASS "silent uninstall" "msiexec /qn /x $product_code: program, shortcut, entry gone"
    else
        record FAIL "silent uninstall" "left: $(find "$program_dir" "$shortcut" 2>/dev/null | tr '\n' ' ')${products[*]:-}"
    fi
else
    record FAIL "silent uninstall" "see $logs/uninstall.log, uninstall-msi.log"
fi
if [[ -f $marker ]]; then
    record PASS "user data kept" "$(find "$appdata/Kobenhavns Kommune" -type f | wc -l) files under %APPDATA%\\Kobenhavns Kommune\\Skranke"
else
    record FAIL "user data kept" "$marker is gone"
fi

summary
