# cmake -DINPUT=file -DOUTPUT=header -DNAME=identifier -P embed.cmake
# Writes a header holding INPUT's bytes as `constexpr unsigned char NAME[]`,
# so data files ship inside the library, which reads no files.
file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# Twenty bytes a line keeps the header readable and diffs small.
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){20})" "\\1\n" bytes "${bytes}")
file(WRITE ${OUTPUT}.tmp
     "// Generated from ${INPUT} by cmake/embed.cmake; do not edit.\n#pragma once\n"
     "inline constexpr unsigned char ${NAME}[] = {\n${bytes}\n};\n"
     "inline constexpr unsigned long ${NAME}_size = ${size};\n")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
