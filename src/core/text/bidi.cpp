#include "core/text/bidi.h"

#include <algorithm>
#include <cstddef>
#include <vector>

#include "core/text/utf8.h"

namespace fv::text {
namespace {

struct ArabicForms {
  char32_t letter, isolated, final_, initial, medial;
};
struct LamAlef {
  char32_t alef, isolated, final_;
};
#include "arabic_forms.inc"

const ArabicForms* forms_of(char32_t c) {
  auto it = std::lower_bound(std::begin(kArabicForms), std::end(kArabicForms), c,
                             [](const ArabicForms& f, char32_t v) { return f.letter < v; });
  return it != std::end(kArabicForms) && it->letter == c ? it : nullptr;
}

constexpr char32_t kTatweel = 0x0640, kLam = 0x0644;

// Arabic combining marks (harakat etc.): transparent for joining.
bool is_arabic_mark(char32_t c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
         (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) ||
         (c >= 0x06E7 && c <= 0x06E8) || (c >= 0x06EA && c <= 0x06ED) ||
         (c >= 0x08D3 && c <= 0x08FF);
}

bool is_mark(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0591 && c <= 0x05BD) || c == 0x05BF ||
         c == 0x05C1 || c == 0x05C2 || c == 0x05C4 || c == 0x05C5 || c == 0x05C7 ||
         is_arabic_mark(c) || (c >= 0x0711 && c <= 0x0711) || (c >= 0x0730 && c <= 0x074A) ||
         (c >= 0x07A6 && c <= 0x07B0) || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0x1F3FB && c <= 0x1F3FF);
}

bool joins_both(char32_t c) {
  if (c == kTatweel) return true;
  const ArabicForms* f = forms_of(c);
  return f && f->initial && f->medial;
}

bool joins_right(char32_t c) { return c == kTatweel || forms_of(c) != nullptr; }

bool is_bidi_control(char32_t c) {
  return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

bool is_rtl_letter(char32_t c) {
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9)) return false;  // digits
  return (c >= 0x0590 && c <= 0x08FF && !is_mark(c)) || (c >= 0xFB1D && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFE) || (c >= 0x10800 && c <= 0x10FFF) ||
         (c >= 0x1E800 && c <= 0x1EFFF);
}

bool is_digit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9);
}

// Neutral: spaces, punctuation, symbols (they take the direction of their surroundings).
bool is_neutral(char32_t c) {
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c));
  return (c >= 0x80 && c <= 0xBF && c != 0xAA && c != 0xB5 && c != 0xBA) || c == 0xD7 ||
         c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x3003) ||
         c == 0x060C || c == 0x061B || c == 0x061F || c == 0x066A || c == 0x06D4 ||
         (c >= 0x1F000 && c <= 0x1FAFF);
}

char32_t mirror(char32_t c) {
  switch (c) {
    case '(': return ')';
    case ')': return '(';
    case '[': return ']';
    case ']': return '[';
    case '{': return '}';
    case '}': return '{';
    case '<': return '>';
    case '>': return '<';
    case 0xAB: return 0xBB;
    case 0xBB: return 0xAB;
    case 0x2039: return 0x203A;
    case 0x203A: return 0x2039;
    default: return c;
  }
}

enum class Kind { L, R, EN, N };

// A letter with the marks that follow it: moved as one when a run is reversed.
struct Unit {
  std::vector<char32_t> cps;
  Kind kind = Kind::N;
  int level = 0;
};

}  // namespace

bool has_rtl(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    // Every right-to-left letter is encoded with a lead byte of 0xD6 or above.
    if (static_cast<unsigned char>(utf8[i]) < 0xD6) {
      ++i;
      continue;
    }
    if (is_rtl_letter(next_code_point(utf8, i))) return true;
  }
  return false;
}

std::string shape_arabic(std::string_view utf8) {
  std::vector<char32_t> in;
  for (std::size_t i = 0; i < utf8.size();) in.push_back(next_code_point(utf8, i));
  auto prev_letter = [&](std::size_t i) -> char32_t {
    while (i > 0) {
      --i;
      if (!is_arabic_mark(in[i])) return in[i];
    }
    return 0;
  };
  auto next_letter = [&](std::size_t i) -> std::size_t {
    for (++i; i < in.size(); ++i)
      if (!is_arabic_mark(in[i])) return i;
    return in.size();
  };
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char32_t c = in[i];
    const ArabicForms* f = forms_of(c);
    if (!f) {
      append_utf8(out, c);
      continue;
    }
    const bool joined_before = joins_both(prev_letter(i));
    const std::size_t n = next_letter(i);
    const char32_t next = n < in.size() ? in[n] : 0;
    if (c == kLam) {  // lam + alef: one ligature glyph
      const auto la = std::find_if(std::begin(kLamAlef), std::end(kLamAlef),
                                   [&](const LamAlef& x) { return x.alef == next; });
      if (next && la != std::end(kLamAlef)) {
        const char32_t lig = joined_before && la->final_ ? la->final_ : la->isolated;
        append_utf8(out, lig);
        for (std::size_t k = i + 1; k < n; ++k) append_utf8(out, in[k]);  // marks on the lam
        i = n;  // the alef is part of the ligature
        continue;
      }
    }
    const bool joins_after = f->initial && next && joins_right(next);
    char32_t form = joined_before && joins_after ? f->medial
                    : joined_before             ? f->final_
                    : joins_after               ? f->initial
                                                : f->isolated;
    if (!form) form = joined_before && f->final_ ? f->final_ : f->isolated ? f->isolated : c;
    append_utf8(out, form);
  }
  return out;
}

std::string visual_line(std::string_view utf8) {
  if (!has_rtl(utf8)) return std::string(utf8);
  const std::string shaped = shape_arabic(utf8);

  std::vector<Unit> units;
  for (std::size_t i = 0; i < shaped.size();) {
    const char32_t c = next_code_point(shaped, i);
    if (is_bidi_control(c)) continue;
    if (is_mark(c) && !units.empty()) {
      units.back().cps.push_back(c);
      continue;
    }
    Unit u;
    u.cps.push_back(c);
    u.kind = is_rtl_letter(c) ? Kind::R : is_digit(c) ? Kind::EN : is_neutral(c) ? Kind::N : Kind::L;
    units.push_back(std::move(u));
  }
  if (units.empty()) return {};

  // Paragraph direction: the first strong letter's.
  Kind para = Kind::L;
  for (const Unit& u : units) {
    if (u.kind == Kind::L || u.kind == Kind::R) {
      para = u.kind;
      break;
    }
  }
  const std::size_t n = units.size();
  auto is_char = [&](std::size_t i, const char* set) {
    const char32_t c = units[i].cps[0];
    for (const char* s = set; *s; ++s)
      if (c == static_cast<char32_t>(*s)) return true;
    return false;
  };
  // W4: one separator between digits joins the number (1,000 3.5 12:30 1/2).
  for (std::size_t i = 1; i + 1 < n; ++i) {
    if (units[i].kind == Kind::N && is_char(i, ",.:/") && units[i - 1].kind == Kind::EN &&
        units[i + 1].kind == Kind::EN)
      units[i].kind = Kind::EN;
  }
  // W5: currency, percent and signs next to a number belong to it.
  for (std::size_t i = 0; i < n; ++i) {
    if (units[i].kind != Kind::EN) continue;
    for (std::size_t k = i; k > 0 && units[k - 1].kind == Kind::N && is_char(k - 1, "$#%+-"); --k)
      units[k - 1].kind = Kind::EN;
    for (std::size_t k = i + 1; k < n && units[k].kind == Kind::N && is_char(k, "$#%+-"); ++k)
      units[k].kind = Kind::EN;
  }
  // W7: numbers after a left-to-right letter (or at the start of an LTR paragraph) are L.
  Kind last_strong = para;
  for (Unit& u : units) {
    if (u.kind == Kind::L || u.kind == Kind::R) last_strong = u.kind;
    else if (u.kind == Kind::EN && last_strong == Kind::L) u.kind = Kind::L;
  }
  // N1/N2: neutrals between two letters of one direction take it (numbers count as R),
  // others the paragraph's.
  auto strong = [](Kind k) { return k == Kind::EN ? Kind::R : k; };
  for (std::size_t i = 0; i < n;) {
    if (units[i].kind != Kind::N) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && units[j].kind == Kind::N) ++j;
    const Kind before = i == 0 ? para : strong(units[i - 1].kind);
    const Kind after = j == n ? para : strong(units[j].kind);
    const Kind k = before == after ? before : para;
    for (std::size_t x = i; x < j; ++x) units[x].kind = k == Kind::R ? Kind::R : Kind::L;
    i = j;
  }
  // Levels (I1, I2).
  const int base = para == Kind::R ? 1 : 0;
  int max_level = 0;
  for (Unit& u : units) {
    if (base == 0) u.level = u.kind == Kind::R ? 1 : u.kind == Kind::EN ? 2 : 0;
    else u.level = u.kind == Kind::R ? 1 : 2;
    max_level = std::max(max_level, u.level);
  }
  // L2: from the highest level down to the lowest odd one, reverse every run at that level or
  // above.
  for (int level = max_level; level >= 1; --level) {
    for (std::size_t i = 0; i < n;) {
      if (units[i].level < level) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < n && units[j].level >= level) ++j;
      std::reverse(units.begin() + static_cast<std::ptrdiff_t>(i),
                   units.begin() + static_cast<std::ptrdiff_t>(j));
      i = j;
    }
  }
  std::string out;
  out.reserve(shaped.size());
  for (const Unit& u : units) {
    for (std::size_t k = 0; k < u.cps.size(); ++k) {
      // L4: brackets in right-to-left text are drawn mirrored.
      append_utf8(out, k == 0 && (u.level & 1) ? mirror(u.cps[k]) : u.cps[k]);
    }
  }
  return out;
}

}  // namespace fv::text
