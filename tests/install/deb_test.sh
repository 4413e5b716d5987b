#!/usr/bin/env bash
# cpack -G DEB from the built tree: the packages' contents and fields; the mseg
# package unpacked (dpkg-deb -x) where its mseg runs and its man page renders;
# then run in a chroot holding nothing but it and what its Depends pull in.
# Nothing is installed on this machine.
# usage: deb_test.sh BUILD_DIR OUT_DIR   (from the project root)
set -uo pipefail
build=$1 out=$2
source tests/lib.sh  # check, py, $tmp (removed on exit)
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" > /dev/null || { echo "FAIL: $tool is missing (Debian: dpkg-dev)"; exit 1; }
done
version=$(sed -n 's/^project(mseg VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
arch=$(dpkg --print-architecture)

rm -rf "$out" && mkdir -p "$out"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1; then
  cat "$out/cpack.log"; echo "FAIL: cpack -G DEB"; exit 1
fi
deb=$out/mseg_${version}_$arch.deb
dev=$out/libmseg-dev_${version}_$arch.deb
check "mseg_${version}_$arch.deb built" test -f "$deb"
check "libmseg-dev_${version}_$arch.deb built" test -f "$dev"
[ -f "$deb" ] || { echo "$fails failure(s)"; exit 1; }

# Contents: the tool, its man page, completions and schemas, owned by root.
dpkg-deb -c "$deb" > "$out/contents"
echo "--- dpkg-deb -c $(basename "$deb")"; awk '{ print $1, $2, $6 }' "$out/contents"
has() { grep -qE " \./$1\$" "$out/contents"; }
check "bin/mseg, executable, owned by root" grep -qE '^-rwxr-xr-x root/root .* \./usr/bin/mseg$' "$out/contents"
check "man page" has usr/share/man/man1/mseg.1
for d in docs/*.md; do check "guide $d (which --help names)" has "usr/share/doc/mseg/$d"; done
check "bash completion" has usr/share/bash-completion/completions/mseg
check "zsh completion" has usr/share/zsh/vendor-completions/_mseg
for s in schema/*.schema.json; do check "schema $(basename "$s")" has "usr/share/mseg/schema/$(basename "$s")"; done
check "citation registry" has "usr/share/mseg/registry.json"
check "no headers or libraries in the tool package" bash -c "! grep -qE '/include/|\\.a\$|/cmake/|\\.pc\$' '$out/contents'"
dpkg-deb -c "$dev" > "$out/dev-contents"
check "libmseg-dev: umbrella header" grep -qE ' \./usr/include/mseg/mseg\.hpp$' "$out/dev-contents"
check "libmseg-dev: library" grep -qE ' \./usr/lib/(.*/)?libmseg\.a$' "$out/dev-contents"
check "libmseg-dev: CMake package" grep -qE ' \./usr/lib/(.*/)?cmake/mseg/msegConfig\.cmake$' "$out/dev-contents"
check "libmseg-dev: pkg-config file" grep -qE ' \./usr/lib/(.*/)?pkgconfig/mseg\.pc$' "$out/dev-contents"

# Fields.
field() { dpkg-deb -f "$1" "$2"; }
echo "--- control fields"; dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends
check "Package: mseg" test "$(field "$deb" Package)" = mseg
check "Version: $version" test "$(field "$deb" Version)" = "$version"
check "Section: utils" test "$(field "$deb" Section)" = utils
check "Maintainer set" grep -qE '^.+ <[^ ]+@[^ ]+>$' <<< "$(field "$deb" Maintainer)"
check "Description has a summary and a body" test "$(field "$deb" Description | wc -l)" -ge 2
depends=$(field "$deb" Depends)
depends_names=$(tr ',' '\n' <<< "$depends" | sed -E 's/^ *//; s/[ (].*//')
# Every shared library mseg loads directly comes from a package Depends names,
# and each named package exists (it is installed here: the build linked it).
root=$out/root
dpkg-deb -x "$deb" "$root"
needed=$(objdump -p "$root/usr/bin/mseg" | awk '$1 == "NEEDED" { print $2 }')
check "mseg needs libre2 and libfmt" bash -c "grep -q '^libre2\\.so' <<< '$needed' && grep -q '^libfmt\\.so' <<< '$needed'"
for soname in $needed; do
  path=$(ldd "$root/usr/bin/mseg" | awk -v s="$soname" '$1 == s { print $3 }')
  pkg=$(dpkg -S "$(realpath "$path")" 2> /dev/null | head -1 | cut -d: -f1)
  [ -n "$pkg" ] || pkg=$(dpkg -S "$path" 2> /dev/null | head -1 | cut -d: -f1)
  check "Depends names $pkg, which provides $soname" grep -qx -- "$pkg" <<< "$depends_names"
done
for pkg in $depends_names; do
  check "Depends: $pkg is a Debian package" dpkg-query -W "$pkg" > /dev/null
done
for pkg in libre2-dev libfmt-dev nlohmann-json3-dev libzip-dev libpugixml-dev libpoppler-cpp-dev; do
  check "libmseg-dev Depends on $pkg (a program linking the static libraries needs it)" \
    grep -q -- "$pkg" <<< "$(field "$dev" Depends)"
done

# Unpacked: a working mseg and its man page.
check "unpacked mseg --version" test "$("$root/usr/bin/mseg" --version)" = "mseg $version"
check "unpacked mseg parses a sample as its golden" \
  bash tests/golden_test.sh "$root/usr/bin/mseg" samples/mseg-workplan-2006-hanoi.txt samples/mseg-workplan-2006-hanoi.json
MANPATH=$root/usr/share/man man mseg > "$out/man.txt" 2> "$out/man.err"
check "unpacked man page: man mseg renders it" grep -q "EXIT STATUS" "$out/man.txt"
check "unpacked man page: no complaints" test ! -s "$out/man.err"
check "unpacked bash completion loads" \
  bash -c "source '$root/usr/share/bash-completion/completions/mseg' && complete -p mseg > /dev/null"

# A fresh machine, as far as mseg can tell: an empty root holding the unpacked
# package plus only the packages its Depends pull in (copied from this system's
# installed copies of them, by their dpkg file lists), entered with chroot.
chroot_cmd=()
if [ "$(id -u)" -eq 0 ]; then chroot_cmd=(chroot)
elif unshare -r true 2> /dev/null; then chroot_cmd=(unshare -r chroot)
fi
if [ ${#chroot_cmd[@]} -gt 0 ]; then
  fresh=$out/fresh
  # Merged /usr, as on every Debian 12 system: /lib is /usr/lib, and so on.
  mkdir -p "$fresh/usr/bin" "$fresh/usr/sbin" "$fresh/usr/lib" "$fresh/usr/lib64"
  for d in bin sbin lib lib64; do ln -s "usr/$d" "$fresh/$d"; done
  dpkg-deb -x "$deb" "$fresh"
  declare -A seen=()
  queue=($depends_names)
  while [ ${#queue[@]} -gt 0 ]; do
    pkg=${queue[0]}; queue=("${queue[@]:1}")
    [ -n "${seen[$pkg]:-}" ] && continue
    dpkg-query -W "$pkg" > /dev/null 2>&1 || continue  # a virtual or absent alternative
    seen[$pkg]=1
    queue+=($(dpkg-query -W -f='${Pre-Depends}, ${Depends}' "$pkg" | tr ',' '\n' | sed -E 's/^ *//; s/[ (|:].*//' | sed '/^$/d'))
  done
  echo "fresh root: mseg + ${!seen[*]}"
  for pkg in "${!seen[@]}"; do
    dpkg -L "$pkg" | while read -r f; do
      if [ -f "$f" ] || [ -L "$f" ]; then cp -a --parents "$f" "$fresh" 2> /dev/null; fi
    done
  done
  cp samples/mseg-workplan-2006-hanoi.txt "$fresh/plan.txt"
  check "fresh root: mseg --version runs with only its Depends" \
    test "$("${chroot_cmd[@]}" "$fresh" /usr/bin/mseg --version)" = "mseg $version"
  "${chroot_cmd[@]}" "$fresh" /usr/bin/mseg parse /plan.txt > "$out/fresh.json"
  check "fresh root: mseg parse reads a plan" \
    py -c "import json,sys; sys.exit(0 if len(json.load(open('$out/fresh.json'))['sections']) == 4 else 1)"
else
  echo "note: neither root nor user namespaces here; the fresh-root run is skipped"
fi

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
