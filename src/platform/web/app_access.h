// The running dashboard, for exported fv_* functions that live outside main.cpp
// (subscription_exports.cpp). Both are defined in main.cpp.
#pragma once

namespace fv::app {
class App;
}

namespace fv::web {

app::App* current_app();  // null before main() has created it
void redraw();            // asks for a frame (and a couple more while ImGui settles)

}  // namespace fv::web
