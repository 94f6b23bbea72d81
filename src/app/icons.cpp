#include "app/icons.h"

#include <algorithm>
#include <cmath>

namespace fv::app::icons {
namespace {
constexpr float kPi = 3.14159265358979f;
}  // namespace

void star(ImDrawList* dl, ImVec2 c, float r, ImU32 color, bool filled, float thickness) {
  // Five outer and five inner points, starting at the top.
  ImVec2 pts[10];
  const float inner = r * 0.45f;
  for (int i = 0; i < 10; ++i) {
    const float a = -kPi / 2 + i * kPi / 5;
    const float rad = i % 2 == 0 ? r : inner;
    pts[i] = ImVec2(c.x + std::cos(a) * rad, c.y + std::sin(a) * rad + r * 0.08f);
  }
  if (filled) {
    // The star is concave: fill it as five triangles around the centre plus the pentagon.
    for (int i = 0; i < 10; i += 2)
      dl->AddTriangleFilled(pts[(i + 9) % 10], pts[i], pts[i + 1], color);
    ImVec2 pent[5] = {pts[1], pts[3], pts[5], pts[7], pts[9]};
    dl->AddConvexPolyFilled(pent, 5, color);
  }
  dl->AddPolyline(pts, 10, color, ImDrawFlags_Closed, thickness);
}

void dot(ImDrawList* dl, ImVec2 c, float r, ImU32 color) { dl->AddCircleFilled(c, r, color, 16); }

void menu(ImDrawList* dl, ImVec2 c, float r, ImU32 color, float thickness) {
  for (int i = -1; i <= 1; ++i) {
    const float y = std::floor(c.y + i * r * 0.6f) + 0.5f;
    dl->AddLine(ImVec2(c.x - r, y), ImVec2(c.x + r, y), color, thickness);
  }
}

void chevron(ImDrawList* dl, ImVec2 c, float r, ImU32 color, bool open, float thickness) {
  const float h = r * 0.5f;
  ImVec2 pts[3];
  if (open) {
    pts[0] = ImVec2(c.x - r * 0.8f, c.y - h);
    pts[1] = ImVec2(c.x, c.y + h);
    pts[2] = ImVec2(c.x + r * 0.8f, c.y - h);
  } else {
    pts[0] = ImVec2(c.x - h, c.y - r * 0.8f);
    pts[1] = ImVec2(c.x + h, c.y);
    pts[2] = ImVec2(c.x - h, c.y + r * 0.8f);
  }
  dl->AddPolyline(pts, 3, color, 0, thickness);
}

void pending(ImDrawList* dl, ImVec2 c, float r, ImU32 color, float thickness) {
  dl->PathArcTo(c, r, -kPi / 2, kPi, 20);
  dl->PathStroke(color, 0, thickness);
}

void bars(ImDrawList* dl, ImVec2 c, float r, ImU32 color) {
  const float w = r * 0.42f, gap = r * 0.37f;
  const float heights[3] = {0.9f, 1.8f, 1.3f};
  for (int i = 0; i < 3; ++i) {
    const float x = c.x - r + float(i) * (w + gap);
    dl->AddRectFilled(ImVec2(x, c.y + r - heights[i] * r), ImVec2(x + w, c.y + r), color, w * 0.3f);
  }
}

void feed(ImDrawList* dl, ImVec2 c, float r, ImU32 color, float thickness) {
  // A dot in the lower left corner and two quarter arcs around it.
  const ImVec2 o(c.x - r * 0.75f, c.y + r * 0.75f);
  dl->AddCircleFilled(o, r * 0.22f, color, 12);
  for (float k : {0.85f, 1.45f}) {
    dl->PathArcTo(o, r * k, -kPi / 2, 0.0f, 12);
    dl->PathStroke(color, 0, thickness);
  }
}

void theme(ImDrawList* dl, ImVec2 c, float r, ImU32 color, ImU32 background, int mode,
           float thickness) {
  if (mode == 1) {  // light: a sun
    dl->AddCircleFilled(c, r * 0.42f, color, 20);
    for (int i = 0; i < 8; ++i) {
      const float a = float(i) * kPi / 4;
      const ImVec2 d(std::cos(a), std::sin(a));
      dl->AddLine(ImVec2(c.x + d.x * r * 0.65f, c.y + d.y * r * 0.65f),
                  ImVec2(c.x + d.x * r * 0.95f, c.y + d.y * r * 0.95f), color, thickness);
    }
  } else if (mode == 2) {  // dark: a crescent
    dl->AddCircleFilled(c, r * 0.8f, color, 24);
    dl->AddCircleFilled(ImVec2(c.x + r * 0.38f, c.y - r * 0.3f), r * 0.66f, background, 24);
  } else {  // follow the system: half light, half dark
    dl->AddCircle(c, r * 0.8f, color, 24, thickness);
    dl->PathArcTo(c, r * 0.8f, -kPi / 2, kPi / 2, 16);
    dl->PathFillConvex(color);
  }
}

void alert(ImDrawList* dl, ImVec2 c, float r, ImU32 color, ImU32 mark) {
  dl->AddCircleFilled(c, r, color, 20);
  const float w = std::max(1.0f, r * 0.22f);
  dl->AddRectFilled(ImVec2(c.x - w * 0.5f, c.y - r * 0.55f), ImVec2(c.x + w * 0.5f, c.y + r * 0.15f), mark);
  dl->AddRectFilled(ImVec2(c.x - w * 0.5f, c.y + r * 0.35f), ImVec2(c.x + w * 0.5f, c.y + r * 0.35f + w), mark);
}

}  // namespace fv::app::icons
