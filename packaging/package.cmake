# What `cmake --install` puts where, and the Debian package CPack makes of it
# (carekiosk_<version>_amd64.deb). Its dependencies come from the one package
# list, packaging/debian-packages.txt (role "runtime"), plus what
# dpkg-shlibdeps finds the binary linked against.
include(GNUInstallDirs)

set(CAREKIOSK_DEB_DIR "${PROJECT_SOURCE_DIR}/packaging/deb")

install(TARGETS carekiosk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/content/" DESTINATION ${CMAKE_INSTALL_DATADIR}/carekiosk/content
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
# Everything under /etc is a conffile (packaging/deb/conffiles) and in the
# component "configuration", which the test appliance_files installs alone.
# The .deb holds every component.
install(FILES "${PROJECT_SOURCE_DIR}/packaging/carekiosk.conf" DESTINATION /etc/carekiosk
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ COMPONENT configuration)
install(FILES "${PROJECT_SOURCE_DIR}/packaging/systemd/carekiosk.service" DESTINATION /lib/systemd/system
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
# The appliance: no SysRq keys and no login prompt on another VT, in files
# clinic IT can change.
set(CAREKIOSK_APPLIANCE_DIR "${PROJECT_SOURCE_DIR}/packaging/appliance")
install(FILES "${CAREKIOSK_APPLIANCE_DIR}/60-carekiosk-sysctl.conf" DESTINATION /etc/sysctl.d
        RENAME 60-carekiosk.conf PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ COMPONENT configuration)
install(FILES "${CAREKIOSK_APPLIANCE_DIR}/logind-carekiosk.conf" DESTINATION /etc/systemd/logind.conf.d
        RENAME carekiosk.conf PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ COMPONENT configuration)
install(FILES "${CAREKIOSK_APPLIANCE_DIR}/getty-tty1-carekiosk.conf" DESTINATION /etc/systemd/system/getty@tty1.service.d
        RENAME carekiosk.conf PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ COMPONENT configuration)
install(FILES "${CAREKIOSK_DEB_DIR}/carekiosk.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${CAREKIOSK_DEB_DIR}/carekiosk.svg" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES "${CAREKIOSK_DEB_DIR}/copyright" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/carekiosk)

# Debian wants the man page and the changelog compressed, reproducibly.
find_program(GZIP_EXECUTABLE gzip REQUIRED)
foreach(source carekiosk.1 changelog)
    set(compressed "${CMAKE_CURRENT_BINARY_DIR}/${source}.gz")
    add_custom_command(OUTPUT "${compressed}"
                       COMMAND ${GZIP_EXECUTABLE} -9nc "${CAREKIOSK_DEB_DIR}/${source}" > "${compressed}"
                       DEPENDS "${CAREKIOSK_DEB_DIR}/${source}" VERBATIM)
    list(APPEND CAREKIOSK_COMPRESSED "${compressed}")
endforeach()
add_custom_target(carekiosk_package_docs ALL DEPENDS ${CAREKIOSK_COMPRESSED})
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/carekiosk.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/changelog.gz" DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/carekiosk RENAME changelog.gz)

# Runtime dependencies from the package list.
file(STRINGS "${PROJECT_SOURCE_DIR}/packaging/debian-packages.txt" package_lines REGEX "^[a-z0-9]")
set(runtime_packages "")
foreach(line IN LISTS package_lines)
    string(REGEX MATCH "^([^ \t]+)[ \t]+(.*)$" matched "${line}")
    set(package "${CMAKE_MATCH_1}")
    set(roles " ${CMAKE_MATCH_2} ")
    if(roles MATCHES " runtime ")
        list(APPEND runtime_packages "${package}")
    endif()
endforeach()
list(JOIN runtime_packages ", " CAREKIOSK_RUNTIME_DEPENDS)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME carekiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "CareKiosk team")
set(CPACK_PACKAGE_CONTACT "CareKiosk team <carekiosk@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "full-screen touch kiosk for clinic waiting rooms")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "CareKiosk shows short treatment articles to visitors of a clinic's waiting\n"
    "room, lets them search and browse related topics, and takes requests to be\n"
    "called back, which front-desk staff list, print and export behind a PIN.\n"
    "It runs unattended under systemd in a cage kiosk session, locked down, with\n"
    "a watchdog that restarts a frozen screen.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://example.org/carekiosk")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${CAREKIOSK_RUNTIME_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CAREKIOSK_DEB_DIR}/conffiles;${CAREKIOSK_DEB_DIR}/postinst;${CAREKIOSK_DEB_DIR}/postrm")
include(CPack)
