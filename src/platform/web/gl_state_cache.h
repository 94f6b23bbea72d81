// Force-included (-include) into ImGui's OpenGL 3 backend only (cmake/third_party.cmake).
// Every frame the backend backs up the GL state it touches (~20 glGetIntegerv / glIsEnabled)
// and restores it afterwards. In WebGL each of those queries is a synchronous round trip to
// the GPU process, which waits there until the previous frame has been drawn: with a software
// rasteriser (SwiftShader) that stalled the main thread for most of every frame.
//
// feedview owns its WebGL context and nothing else changes the state the backend restores
// (the page clear only sets the viewport and clear colour, which the backend sets itself each
// frame), so the values the backend reads are the ones it restored last time: answered once
// from WebGL, then from this cache.
#pragma once

#include <GLES3/gl3.h>

#ifdef __cplusplus
extern "C" {
#endif
void fv_gl_get_integerv_cached(GLenum pname, GLint* data);
GLboolean fv_gl_is_enabled_cached(GLenum cap);
#ifdef __cplusplus
}
#endif

#define glGetIntegerv fv_gl_get_integerv_cached
#define glIsEnabled fv_gl_is_enabled_cached
