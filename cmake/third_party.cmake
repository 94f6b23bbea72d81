# Third-party code, fetched by scripts/fetch-third-party.sh (never committed):
#   pugixml 1.13 and Dear ImGui 1.86 from Debian source packages, compiled here for both builds;
#   nlohmann/json and Catch2 2.13 headers from Debian packages, linked into their own folder so
#   the Wasm include path never contains the host's /usr/include.
set(_src "${FV_THIRD_PARTY}/src")
if(NOT EXISTS "${_src}/pugixml/src/pugixml.cpp")
  message(FATAL_ERROR "Third-party sources missing in ${FV_THIRD_PARTY}: run scripts/fetch-third-party.sh (./dev setup)")
endif()

add_library(pugixml STATIC "${_src}/pugixml/src/pugixml.cpp")
target_include_directories(pugixml SYSTEM PUBLIC "${_src}/pugixml/src")
# No XPath (unused, large); keep parsing compact.
target_compile_definitions(pugixml PUBLIC PUGIXML_NO_XPATH)

add_library(fv_json INTERFACE)
target_include_directories(fv_json SYSTEM INTERFACE "${FV_THIRD_PARTY}/include")

add_library(fv_catch2 INTERFACE)
target_include_directories(fv_catch2 SYSTEM INTERFACE "${FV_THIRD_PARTY}/include")

if(EMSCRIPTEN)
  set(_imgui "${_src}/imgui")
  add_library(imgui STATIC
    "${_imgui}/imgui.cpp" "${_imgui}/imgui_draw.cpp" "${_imgui}/imgui_tables.cpp"
    "${_imgui}/imgui_widgets.cpp" "${_imgui}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui SYSTEM PUBLIC "${_imgui}" "${_imgui}/backends")
  # WebGL 2 is OpenGL ES 3.0; the app never calls the legacy ImGui API.
  # IMGUI_USE_WCHAR32: ImWchar holds any codepoint, so emoji and CJK Extension B have glyphs.
  target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_USE_WCHAR32
                                           IMGUI_DISABLE_DEMO_WINDOWS)
  # The backend's per-frame GL state backup reads through a cache instead of WebGL's
  # synchronous queries (src/platform/web/gl_state_cache.h explains why).
  set_source_files_properties("${_imgui}/backends/imgui_impl_opengl3.cpp" PROPERTIES
    COMPILE_OPTIONS "-include;${CMAKE_SOURCE_DIR}/src/platform/web/gl_state_cache.h")
endif()

# utf8proc 2.8: Unicode normalisation and case folding (search, slugs, clustering).
add_library(fv_utf8proc STATIC "${_src}/utf8proc/utf8proc.c")
target_include_directories(fv_utf8proc SYSTEM PUBLIC "${_src}/utf8proc")
target_compile_definitions(fv_utf8proc PUBLIC UTF8PROC_STATIC)
