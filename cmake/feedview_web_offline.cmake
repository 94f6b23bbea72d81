# The network/offline part of the servable web folder. Wire-in, at the end of
# src/platform/web/CMakeLists.txt (it reads FV_WEB_OUT and _copied from there):
#   add_subdirectory(embed)
#   include("${CMAKE_SOURCE_DIR}/cmake/feedview_web_offline.cmake")
# It adds:
#   - web/{net,storage,embed}/*.mjs → ${FV_WEB_OUT}/… (the page's glob copies
#     only the top level of web/);
#   - the app icons, rendered from assets/icons/feedview.svg with rsvg-convert (Debian
#     librsvg2-bin) in the sizes browsers ask for;
#   - precache-manifest.js: the service worker's file list and a version made of the files'
#     SHA-256 — any change to any shipped file is a new version (see web/sw.js).
foreach(_sub net storage embed)
  file(GLOB _mods CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/web/${_sub}/*.mjs")
  foreach(_f IN LISTS _mods)
    get_filename_component(_name "${_f}" NAME)
    # The page's own rule may already copy web/ recursively: one rule per output only.
    if("${FV_WEB_OUT}/${_sub}/${_name}" IN_LIST _copied)
      continue()
    endif()
    add_custom_command(OUTPUT "${FV_WEB_OUT}/${_sub}/${_name}"
      COMMAND ${CMAKE_COMMAND} -E copy_if_different "${_f}" "${FV_WEB_OUT}/${_sub}/${_name}"
      DEPENDS "${_f}" VERBATIM)
    list(APPEND _copied "${FV_WEB_OUT}/${_sub}/${_name}")
  endforeach()
endforeach()

set(_icon_svg "${CMAKE_SOURCE_DIR}/assets/icons/feedview.svg")
find_program(FV_RSVG_CONVERT rsvg-convert)
if(NOT FV_RSVG_CONVERT)
  message(FATAL_ERROR "rsvg-convert missing: install librsvg2-bin (./dev setup)")
endif()
# name|size: launchers (192, 512; maskable variants from the same full-bleed drawing), the
# iOS home screen (180) and the tab (32).
foreach(_spec "icon-192.png|192" "icon-512.png|512" "icon-maskable-192.png|192"
              "icon-maskable-512.png|512" "apple-touch-icon.png|180" "favicon-32.png|32")
  string(REPLACE "|" ";" _spec "${_spec}")
  list(GET _spec 0 _name)
  list(GET _spec 1 _px)
  add_custom_command(OUTPUT "${FV_WEB_OUT}/icons/${_name}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${FV_WEB_OUT}/icons"
    COMMAND "${FV_RSVG_CONVERT}" -w ${_px} -h ${_px} -o "${FV_WEB_OUT}/icons/${_name}" "${_icon_svg}"
    DEPENDS "${_icon_svg}" COMMENT "Rendering icon ${_name}" VERBATIM)
  list(APPEND _copied "${FV_WEB_OUT}/icons/${_name}")
endforeach()
add_custom_command(OUTPUT "${FV_WEB_OUT}/icons/feedview.svg"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different "${_icon_svg}" "${FV_WEB_OUT}/icons/feedview.svg"
  DEPENDS "${_icon_svg}" VERBATIM)
list(APPEND _copied "${FV_WEB_OUT}/icons/feedview.svg")

# After everything else is in place: the app's Wasm module, and the widget's parser when
# src/platform/web/embed was added before this file.
set(_shell_targets feedview_web $<TARGET_FILE:feedview_web>)
if(TARGET feedview_parse)
  list(APPEND _shell_targets feedview_parse $<TARGET_FILE:feedview_parse>)
endif()
add_custom_command(OUTPUT "${FV_WEB_OUT}/precache-manifest.js"
  COMMAND ${CMAKE_COMMAND} -DDIR=${FV_WEB_OUT} -P "${CMAKE_SOURCE_DIR}/cmake/gen_precache.cmake"
  DEPENDS ${_copied} ${_shell_targets} "${CMAKE_SOURCE_DIR}/cmake/gen_precache.cmake"
  COMMENT "Listing the app shell for the service worker" VERBATIM)
add_custom_target(feedview_web_offline ALL DEPENDS "${FV_WEB_OUT}/precache-manifest.js")
# The page files are produced by feedview_web_assets; building it first keeps two targets from
# running the same copy rules at once in a parallel build.
if(TARGET feedview_web_assets)
  add_dependencies(feedview_web_offline feedview_web_assets)
endif()
