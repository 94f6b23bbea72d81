// See gl_state_cache.h: the first query of each GL state value goes to WebGL, later ones are
// answered from here. Not for general use: only ImGui's backend is compiled against it.
#include <GLES3/gl3.h>

#include <array>
#include <map>

namespace {

struct Cache {
  std::map<GLenum, std::array<GLint, 4>> ints;
  std::map<GLenum, GLboolean> enabled;
};

Cache& cache() {
  static Cache c;
  return c;
}

}  // namespace

extern "C" void fv_gl_get_integerv_cached(GLenum pname, GLint* data) {
  auto& ints = cache().ints;
  auto it = ints.find(pname);
  if (it == ints.end()) {
    std::array<GLint, 4> v{};  // the largest value the backend reads: GL_VIEWPORT, GL_SCISSOR_BOX
    glGetIntegerv(pname, v.data());
    it = ints.emplace(pname, v).first;
  }
  // The backend reads one int, or four for the viewport and scissor box.
  const int n = pname == GL_VIEWPORT || pname == GL_SCISSOR_BOX ? 4 : 1;
  for (int i = 0; i < n; ++i) data[i] = it->second[i];
}

extern "C" GLboolean fv_gl_is_enabled_cached(GLenum cap) {
  auto& enabled = cache().enabled;
  auto it = enabled.find(cap);
  if (it == enabled.end()) it = enabled.emplace(cap, glIsEnabled(cap)).first;
  return it->second;
}
