#!/usr/bin/env bash
# The generated completions offer what --help lists: subcommands, every option,
# the values of options with a fixed set, and file names for file arguments.
# bash is driven for real (with and without the bash-completion package);
# zsh is syntax-checked and its _arguments specs inspected with stubs.
# usage: completion_test.sh MSEG BASH_COMPLETION ZSH_COMPLETION   (from the project root)
set -uo pipefail
mseg=$1 bash_script=$(realpath "$2") zsh_script=$(realpath "$3")
source tests/lib.sh  # check, py, $tmp (removed on exit)
bash_completion_pkg=/usr/share/bash-completion/bash_completion

check "mseg completion bash prints the installed script" cmp <("$mseg" completion bash) "$bash_script"
check "mseg completion zsh prints the installed script" cmp <("$mseg" completion zsh) "$zsh_script"

# What --help lists.
subcommands() { "$mseg" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }'; }
options_of() {  # every -x / --long name in the option column of `mseg [CMD] --help`
  "$mseg" "$@" --help | grep -E '^  -' | awk '{ print $1 }' | tr ',' '\n' | sort -u
}
choices_of() {  # OPTION CMD: the {a,b} set --help shows for OPTION, one per line
  "$mseg" "$2" --help | grep -E "^  ([^ ]*,)?$1 " | grep -o '{[^}]*}' | head -1 | tr -d '{}' | tr ',' '\n' | sort
}

# complete [--pkg] WORD... : what bash offers for the last word, one per line, sorted.
complete_with() {
  local pkg=$1; shift
  (cd "$tmp/files" && bash --norc --noprofile -c '
    pkg=$1 script=$2; shift 2
    if [ "$pkg" = yes ]; then source '"$bash_completion_pkg"'; fi
    source "$script"
    COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _mseg mseg "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2> /dev/null
    printf "%s\n" "${COMPREPLY[@]}"' _ "$pkg" "$bash_script" "$@" | sed '/^$/d' | sort)
}

mkdir -p "$tmp/files/plans"
touch "$tmp/files/plan-2006.txt" "$tmp/files/plan-2007.txt" "$tmp/files/plans/x.txt" "$tmp/files/other.json"

modes=(no)
[ -r "$bash_completion_pkg" ] && modes+=(yes) || echo "note: bash-completion not installed; testing plain bash only"
for pkg in "${modes[@]}"; do
  c() { complete_with "$pkg" "$@"; }
  tag="bash (bash-completion: $pkg)"
  check "$tag: subcommands are those of --help, hidden ones left out" diff <(c mseg '') <(subcommands | sort)
  check "$tag: prefix narrows subcommands" test "$(c mseg pa)" = parse
  check "$tag: top-level options" diff <(c mseg --) <(options_of | grep -- '^--')
  for cmd in $(subcommands); do
    check "$tag: $cmd: every option of --help" diff <(c mseg "$cmd" -) <(options_of "$cmd")
    for opt in $("$mseg" "$cmd" --help | grep -E '^  ' | grep -o -- '--[a-z-]* [A-Z]*:{[^}]*}' | awk '{ print $1 }'); do
      check "$tag: $cmd $opt VALUE offers its set" diff <(c mseg "$cmd" "$opt" '') <(choices_of "$opt" "$cmd")
      check "$tag: $cmd $opt=VALUE offers its set" diff <(c mseg "$cmd" "$opt" = '') <(choices_of "$opt" "$cmd")
    done
    check "$tag: $cmd FILE offers file names" diff <(c mseg "$cmd" plan-) <(printf '%s\n' plan-2006.txt plan-2007.txt)
  done
  check "$tag: --format=j narrows the set" diff <(c mseg parse --format = js) <(printf '%s\n' json jsonl)
  check "$tag: -o FILE offers file names" diff <(c mseg parse -o pl) <(printf '%s\n' plan-2006.txt plan-2007.txt plans)
  check "$tag: a number value offers nothing" test -z "$(c mseg parse --max-bytes '')"
  check "$tag: validate --disable offers the diagnostic codes" \
    diff <(c mseg validate --disable '') <("$mseg" validate --list-rules | awk '{ print $1 }' | sort)
  check "$tag: the subcommand is found after options" diff <(c mseg parse --compact --for) <(echo --format)
done

# zsh: the file is valid zsh, and _arguments receives one well-formed spec per option.
if command -v zsh > /dev/null; then
  check "zsh: syntax" zsh -n "$zsh_script"
  zsh_specs() {  # CMD: the specs _mseg passes to _arguments for `mseg CMD ...`
    # The top-level _arguments -C hands over to the subcommand with words shifted.
    zsh -f -c '
      _arguments() { if [[ $1 == -C ]]; then state=argument; return 0; fi; printf "%s\n" "$@"; }
      _describe() { :; }
      source "$1" > /dev/null
      words=("$2" x) _mseg' _ "$zsh_script" "$1" 2>&1
  }
  for cmd in $(subcommands); do
    zsh_specs "$cmd" > "$tmp/zsh.$cmd"
    for opt in $(options_of "$cmd"); do
      check "zsh: $cmd: spec for $opt" grep -qE -- "^(\([^)]*\))?\*?$opt[=+]?\[" "$tmp/zsh.$cmd"
    done
    check "zsh: $cmd: file arguments" grep -qx '\*:file:_files' "$tmp/zsh.$cmd"
  done
  check "zsh: parse --format values" grep -qx -- "--format=\[.*\]:format:(json jsonl)" "$tmp/zsh.parse"
  check "zsh: -o takes a file in the same or next word" grep -qx -- "(-o --output)-o+\[.*\]:file:_files" "$tmp/zsh.parse"
  check "zsh: the subcommand list is that of --help" \
    diff <(grep -oE "^        '[a-z]+:" "$zsh_script" | tr -d " ':" ) <(subcommands)
else
  echo "note: zsh not installed; zsh completion not checked"
fi

echo "$fails failure(s)"
[ "$fails" -eq 0 ]
