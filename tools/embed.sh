#!/bin/sh
# Turn a data file into a C source defining a byte array (no xxd needed).
# usage: embed.sh FILE SYMBOL > out.c
set -eu
file=$1 sym=$2
printf '#include <stddef.h>\nconst char %s[] = {\n' "$sym"
od -An -v -tx1 "$file" | sed -e 's/ *$//' -e 's/^ *//' -e 's/ \{1,\}/, 0x/g' -e 's/^\(..\)/0x\1/' -e 's/$/,/' | grep -v '^,$' || true
printf '0x00};\nconst size_t %s_len = sizeof %s - 1;\n' "$sym" "$sym"
