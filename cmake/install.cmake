# Installing mseg both ways users get it (docs/install.md):
#  - the tool: bin/mseg, its man page, bash and zsh completions, the JSON Schemas;
#  - the library: headers under include/mseg/, static libraries, a CMake package
#    (find_package(mseg), mseg::mseg) and a pkg-config file (mseg.pc);
#  - cpack -G DEB: the same rules as two Debian packages, mseg and libmseg-dev.
# Included from the top-level CMakeLists.txt after every library target exists.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

get_property(MSEG_ENGINE_LIBS GLOBAL PROPERTY MSEG_ENGINES)  # mseg_lint, mseg_query, ...
set(MSEG_GENERATED ${CMAKE_CURRENT_BINARY_DIR}/generated)

# ---------------------------------------------------------------------------
# The man page and completions come from the built binary itself (hidden
# `mseg man` and `mseg completion` walk the same CLI11 definitions as --help),
# so they are rebuilt whenever any subcommand's options change.
set(MSEG_MAN_PAGE ${MSEG_GENERATED}/share/mseg.1)
set(MSEG_BASH_COMPLETION ${MSEG_GENERATED}/share/mseg.bash)
set(MSEG_ZSH_COMPLETION ${MSEG_GENERATED}/share/_mseg)
add_custom_command(
  OUTPUT ${MSEG_MAN_PAGE} ${MSEG_BASH_COMPLETION} ${MSEG_ZSH_COMPLETION}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${MSEG_GENERATED}/share
  COMMAND mseg_cli man -o ${MSEG_MAN_PAGE}
  COMMAND mseg_cli completion bash -o ${MSEG_BASH_COMPLETION}
  COMMAND mseg_cli completion zsh -o ${MSEG_ZSH_COMPLETION}
  DEPENDS mseg_cli
  COMMENT "Generating the mseg man page and shell completions from mseg itself"
  VERBATIM)
add_custom_target(mseg_generated_docs ALL DEPENDS ${MSEG_MAN_PAGE} ${MSEG_BASH_COMPLETION} ${MSEG_ZSH_COMPLETION})

# ---------------------------------------------------------------------------
# The tool.
install(TARGETS mseg_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)
install(FILES ${MSEG_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT Runtime)
install(FILES ${MSEG_BASH_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME mseg COMPONENT Runtime)
# Debian's zsh searches vendor-completions; other systems can point fpath at it.
install(FILES ${MSEG_ZSH_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT Runtime)
file(GLOB MSEG_SCHEMAS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/schema/*.schema.json)
install(FILES ${MSEG_SCHEMAS} DESTINATION ${CMAKE_INSTALL_DATADIR}/mseg/schema COMPONENT Runtime)
# The guides --help and the man page point to, where Debian keeps a package's documentation.
file(GLOB MSEG_GUIDES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/*.md)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR}
        COMPONENT Runtime)
install(FILES ${MSEG_GUIDES} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs COMPONENT Runtime)
# The citation registry built into mseg, for reading (docs/citations.md); mseg itself never reads this copy.
install(FILES ${PROJECT_SOURCE_DIR}/cite/registry.json DESTINATION ${CMAKE_INSTALL_DATADIR}/mseg COMPONENT Runtime)
# The owner aliases built into mseg (docs/aliases.md), for reading; mseg itself never reads this copy.
install(FILES ${PROJECT_SOURCE_DIR}/owners/aliases.json DESTINATION ${CMAKE_INSTALL_DATADIR}/mseg COMPONENT Runtime)

# ---------------------------------------------------------------------------
# The library. Public headers are the <dir>/mseg/*.hpp of the parser, the
# schema and each engine, plus the generated version.hpp and mseg.hpp.
set(MSEG_HEADER_DIRS ${PROJECT_SOURCE_DIR}/parser/include/mseg ${PROJECT_SOURCE_DIR}/schema/mseg ${PROJECT_SOURCE_DIR}/owners/mseg ${PROJECT_SOURCE_DIR}/load/mseg)
set(MSEG_ENGINE_TARGETS "")
set(MSEG_PC_LIBS "")
foreach(lib IN LISTS MSEG_ENGINE_LIBS)
  string(REGEX REPLACE "^mseg_" "" engine ${lib})
  get_target_property(engine_dir ${lib} SOURCE_DIR)
  list(APPEND MSEG_HEADER_DIRS ${engine_dir}/mseg)
  set_target_properties(${lib} PROPERTIES EXPORT_NAME ${engine})  # mseg::lint, mseg::query, ...
  list(APPEND MSEG_ENGINE_TARGETS mseg::${engine})
  string(APPEND MSEG_PC_LIBS "-l${lib} ")  # engines first: they use the core
endforeach()
string(APPEND MSEG_PC_LIBS "-lmseg")
# In the installed package mseg::mseg is the whole API (see msegConfig.cmake.in);
# the parser, model and JSON library alone is mseg::core.
set_target_properties(mseg_lib PROPERTIES EXPORT_NAME core)

# The umbrella header includes every public header, so it never misses a new one.
set(MSEG_PUBLIC_HEADERS "")
foreach(dir IN LISTS MSEG_HEADER_DIRS)
  file(GLOB headers CONFIGURE_DEPENDS ${dir}/*.hpp)
  list(APPEND MSEG_PUBLIC_HEADERS ${headers})
endforeach()
list(APPEND MSEG_PUBLIC_HEADERS ${MSEG_GENERATED}/mseg/version.hpp)
set(umbrella_lines "")
foreach(header IN LISTS MSEG_PUBLIC_HEADERS)
  get_filename_component(name ${header} NAME)
  list(APPEND umbrella_lines "#include <mseg/${name}>")
endforeach()
list(SORT umbrella_lines)
list(JOIN umbrella_lines "\n" MSEG_UMBRELLA_INCLUDES)
configure_file(${CMAKE_CURRENT_LIST_DIR}/mseg.hpp.in ${MSEG_GENERATED}/mseg/mseg.hpp @ONLY)

install(TARGETS mseg_lib ${MSEG_ENGINE_LIBS} EXPORT msegTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${MSEG_PUBLIC_HEADERS} ${MSEG_GENERATED}/mseg/mseg.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/mseg COMPONENT Development)
# The diagnostics table mseg/diagnostics.hpp includes (not a header of its own: no umbrella line).
install(FILES ${PROJECT_SOURCE_DIR}/schema/mseg/diagnostics.def
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/mseg COMPONENT Development)

set(MSEG_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/mseg)
install(EXPORT msegTargets NAMESPACE mseg:: DESTINATION ${MSEG_CMAKE_DIR} COMPONENT Development)
list(JOIN MSEG_ENGINE_TARGETS ", " MSEG_ENGINE_TARGETS_TEXT)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/msegConfig.cmake.in ${MSEG_GENERATED}/msegConfig.cmake
                              INSTALL_DESTINATION ${MSEG_CMAKE_DIR})
# 0.x: a new minor version may break the API.
write_basic_package_version_file(${MSEG_GENERATED}/msegConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${MSEG_GENERATED}/msegConfig.cmake ${MSEG_GENERATED}/msegConfigVersion.cmake
        DESTINATION ${MSEG_CMAKE_DIR} COMPONENT Development)

# pkg-config: prefix is relative to the .pc file so the prefix may move.
set(MSEG_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
file(RELATIVE_PATH MSEG_PC_TO_PREFIX /prefix/${MSEG_PC_DIR} /prefix)
string(REGEX REPLACE "/$" "" MSEG_PC_TO_PREFIX "${MSEG_PC_TO_PREFIX}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/mseg.pc.in ${MSEG_GENERATED}/mseg.pc @ONLY)
install(FILES ${MSEG_GENERATED}/mseg.pc DESTINATION ${MSEG_PC_DIR} COMPONENT Development)

# ---------------------------------------------------------------------------
# Debian packages: mseg (the tool) and libmseg-dev (headers, static libraries).
set(MSEG_DEB_MAINTAINER "mseg maintainers <maintainers@users.noreply.b-seed-a72c2da9.example>"
    CACHE STRING "Maintainer field of the Debian packages")
set(CPACK_PACKAGE_NAME mseg)
set(CPACK_PACKAGE_VENDOR "mseg")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${MSEG_DEB_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL Runtime Development)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # mseg_0.2.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${MSEG_DEB_MAINTAINER})

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME mseg)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION utils)
# dpkg-shlibdeps reads the binary's NEEDED libraries and names the Debian
# packages providing them (libre2-9, libfmt9, libstdc++6, libc6), with versions.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION
    "Turns APEC maritime security work plans into data
 mseg reads plain-text APEC maritime-security work plans (tables of
 directives, priorities and action items with owner/deadline tags) and
 turns them into JSON, checks them, queries them and compares versions.")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "${CPACK_DEBIAN_RUNTIME_DESCRIPTION}")

set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME libmseg-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
# Static libraries: users compile against nlohmann/json headers and link RE2 and fmt.
# The .docx and .pdf readers are in the static library: a program linking it links libzip, pugixml, poppler-cpp.
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
    "libre2-dev, libfmt-dev, nlohmann-json3-dev (>= 3.10), libzip-dev, libpugixml-dev, libpoppler-cpp-dev")
set(CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION
    "Turns APEC maritime security work plans into data - C++ library
 Headers, static libraries, CMake package (find_package(mseg), mseg::mseg)
 and pkg-config file for embedding the mseg work-plan parser in C++ programs.")
set(CPACK_COMPONENT_DEVELOPMENT_DESCRIPTION "${CPACK_DEBIAN_DEVELOPMENT_DESCRIPTION}")
include(CPack)

if(MSEG_BUILD_TESTS)
  add_subdirectory(${PROJECT_SOURCE_DIR}/tests/install ${CMAKE_CURRENT_BINARY_DIR}/tests/install)
endif()
