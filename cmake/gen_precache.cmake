# cmake -DDIR=<web folder> -P gen_precache.cmake → DIR/precache-manifest.js:
#   self.FV_PRECACHE = { version: "<16 hex>", files: ["index.html", …] };
# The version hashes every listed file's SHA-256, so any change makes a new version. Listed:
# everything served except the worker itself, this list, and the embed's host test pages, and
# the fallback fonts (fonts/fallback/: fetched only when text needs them, cached by the worker
# then).
file(GLOB_RECURSE _all RELATIVE "${DIR}" "${DIR}/*")
list(SORT _all)
set(_files "")
set(_sums "")
foreach(_f IN LISTS _all)
  if(_f MATCHES "^(sw\\.js|precache-manifest\\.js)$" OR _f MATCHES "(^|/)\\." OR _f MATCHES "\\.map$" OR _f MATCHES "^fonts/fallback/")
    continue()
  endif()
  file(SHA256 "${DIR}/${_f}" _sum)
  string(APPEND _sums "${_f} ${_sum}\n")
  string(APPEND _files "  \"${_f}\",\n")
endforeach()
string(SHA256 _version "${_sums}")
string(SUBSTRING "${_version}" 0 16 _version)
file(WRITE "${DIR}/precache-manifest.js.tmp"
  "// Generated at build time by cmake/gen_precache.cmake: the app shell web/sw.js precaches.\n"
  "self.FV_PRECACHE = {\n version: \"${_version}\",\n files: [\n${_files} ],\n};\n")
file(COPY_FILE "${DIR}/precache-manifest.js.tmp" "${DIR}/precache-manifest.js" ONLY_IF_DIFFERENT)
file(REMOVE "${DIR}/precache-manifest.js.tmp")
