#!/usr/bin/env bash
# `cmake --install` into a fresh prefix, then every installed file checked:
# exactly the expected set, each one right (runs, renders, compiles, matches its source).
# usage: install_test.sh BUILD_DIR PREFIX ENGINE_LIBS(comma-separated) LIBDIR   (from the project root)
set -uo pipefail
build=$1 prefix=$2 engines=$3 libdir=$4
source tests/lib.sh  # check, py, $tmp (removed on exit)
version=$(sed -n 's/^project(mseg VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

rm -rf "$prefix"
if ! cmake --install "$build" --prefix "$prefix" > "$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"; echo "FAIL: cmake --install"; exit 1
fi

# The exact set of files: the tool, the schemas, public headers only, the libraries, the packages.
{
  echo bin/mseg
  echo share/man/man1/mseg.1
  echo share/bash-completion/completions/mseg
  echo share/zsh/vendor-completions/_mseg
  for s in schema/*.schema.json; do echo "share/mseg/schema/$(basename "$s")"; done
  for d in README.md CHANGELOG.md docs/*.md; do echo "share/doc/mseg/$d"; done
  echo share/mseg/registry.json
  echo share/mseg/aliases.json
  for h in parser/include/mseg/*.hpp schema/mseg/*.hpp owners/mseg/*.hpp load/mseg/*.hpp; do echo "include/mseg/$(basename "$h")"; done
  echo include/mseg/diagnostics.def  # <mseg/diagnostics.hpp> includes the table
  echo include/mseg/version.hpp
  echo include/mseg/mseg.hpp
  echo "$libdir/libmseg.a"
  for lib in ${engines//,/ }; do
    echo "$libdir/lib$lib.a"
    for h in "${lib#mseg_}"/mseg/*.hpp; do echo "include/mseg/$(basename "$h")"; done
  done
  echo "$libdir/cmake/mseg/msegConfig.cmake"
  echo "$libdir/cmake/mseg/msegConfigVersion.cmake"
  echo "$libdir/cmake/mseg/msegTargets.cmake"
  echo "$libdir/pkgconfig/mseg.pc"
} | sort > "$tmp/expected"
(cd "$prefix" && find . -type f | sed 's|^\./||' | grep -v '^'"$libdir"'/cmake/mseg/msegTargets-[a-z]*\.cmake$' | sort) > "$tmp/actual"
check "installed files are exactly the expected ones" diff -u "$tmp/expected" "$tmp/actual"
check "per-configuration targets file installed" bash -c "compgen -G '$prefix/$libdir/cmake/mseg/msegTargets-*.cmake' > /dev/null"
check "no internal parser header leaks (tag.hpp)" test ! -e "$prefix/include/mseg/tag.hpp"
# The JSON writer is mseg's own (base/json_writer.hpp): the API gives JSON as text, so no installed header
# declares, takes or names it.
check "no installed header mentions JsonWriter" test -z "$(grep -rl JsonWriter "$prefix/include")"
check "the JSON writer's header is not installed" test ! -e "$prefix/include/mseg/json_writer.hpp"

# The tool.
check "bin/mseg is executable" test -x "$prefix/bin/mseg"
check "installed mseg --version is the CMake project version" test "$("$prefix/bin/mseg" --version)" = "mseg $version"
for sample in mseg-workplan-2006-hanoi meg-sec-workplan-2007; do
  check "installed mseg parses $sample as its golden" \
    bash tests/golden_test.sh "$prefix/bin/mseg" "samples/$sample.txt" "samples/$sample.json"
done
check "man finds the page in the prefix" test "$(MANPATH="$prefix/share/man" man -w mseg)" = "$prefix/share/man/man1/mseg.1"
MANWIDTH=100 MANPATH="$prefix/share/man" man mseg > "$tmp/man.txt" 2> "$tmp/man.err"
check "man mseg renders" grep -q "EXIT STATUS" "$tmp/man.txt"
check "man mseg renders without complaints" test ! -s "$tmp/man.err"
check "bash completion loads and completes mseg" \
  bash -c "source '$prefix/share/bash-completion/completions/mseg' && complete -p mseg | grep -q -- '-F _mseg'"
check "zsh completion is a #compdef file for mseg" test "$(head -1 "$prefix/share/zsh/vendor-completions/_mseg")" = "#compdef mseg"
for s in schema/*.schema.json; do
  check "schema $(basename "$s") installed as in the source" cmp "$s" "$prefix/share/mseg/schema/$(basename "$s")"
done

# The library: headers as in the source, each compiling on its own from the prefix,
# all reachable from the umbrella header.
for h in parser/include/mseg/*.hpp schema/mseg/*.hpp load/mseg/*.hpp $(for lib in ${engines//,/ }; do echo "${lib#mseg_}"/mseg/*.hpp; done); do
  check "header $(basename "$h") installed as in the source" cmp "$h" "$prefix/include/mseg/$(basename "$h")"
done
for h in "$prefix"/include/mseg/*.hpp; do
  name=$(basename "$h")
  check "<mseg/$name> compiles alone from the prefix" \
    bash -c "echo '#include <mseg/$name>' | c++ -std=c++20 -fsyntax-only -Wall -Wextra -Werror -I'$prefix/include' -x c++ -"
  [ "$name" = mseg.hpp ] || check "<mseg/mseg.hpp> includes <mseg/$name>" grep -q "^#include <mseg/$name>" "$prefix/include/mseg/mseg.hpp"
done

# The packages' metadata.
pc="$prefix/$libdir/pkgconfig"
check "pkg-config: version" test "$(PKG_CONFIG_PATH="$pc" pkg-config --modversion mseg)" = "$version"
check "pkg-config: prefix follows the .pc file" \
  test "$(cd "$(PKG_CONFIG_PATH="$pc" pkg-config --variable=prefix mseg)" && pwd -P)" = "$(cd "$prefix" && pwd -P)"
libs=" $(PKG_CONFIG_PATH="$pc" pkg-config --libs mseg) "
for lib in mseg ${engines//,/ } re2 fmt; do
  check "pkg-config --libs links $lib" grep -q -- " -l$lib " <<< "$libs"
done

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
