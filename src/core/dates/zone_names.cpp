#include "core/dates/zone_names.h"

#include <string>

namespace fv::dates {
namespace {

struct Zone {
  const char* name;
  int minutes;
};

// RFC 822/2822 names first, then abbreviations commonly seen in feeds. Ambiguous ones take the
// meaning most feeds using them intend:
//   BST  British Summer Time (+01:00), not Bangladesh;
//   IST  India Standard Time (+05:30): Indian news sites are by far the main users;
//   CST  US Central (-06:00), as RFC 822 defines it — never China;
//   AST  Atlantic Standard (-04:00).
// Military single letters other than Z: RFC 822 got their signs backwards, so RFC 2822 §4.3
// says to treat them as -0000 (UTC, offset unknown); so do we.
constexpr Zone kZones[] = {
    {"ut", 0},       {"utc", 0},      {"gmt", 0},      {"z", 0},        {"est", -300},
    {"edt", -240},   {"cst", -360},   {"cdt", -300},   {"mst", -420},   {"mdt", -360},
    {"pst", -480},   {"pdt", -420},   {"akst", -540},  {"akdt", -480},  {"hst", -600},
    {"ast", -240},   {"adt", -180},   {"nst", -210},   {"ndt", -150},   {"wet", 0},
    {"west", 60},    {"bst", 60},     {"ist", 330},    {"cet", 60},     {"cest", 120},
    {"met", 60},     {"mest", 120},   {"mez", 60},     {"mesz", 120},   {"eet", 120},
    {"eest", 180},   {"msk", 180},    {"wat", 60},     {"cat", 120},    {"eat", 180},
    {"sast", 120},   {"pkt", 300},    {"ict", 420},    {"wib", 420},    {"hkt", 480},
    {"sgt", 480},    {"pht", 480},    {"awst", 480},   {"jst", 540},    {"kst", 540},
    {"acst", 570},   {"acdt", 630},   {"aest", 600},   {"aedt", 660},   {"nzst", 720},
    {"nzdt", 780},   {"brt", -180},   {"art", -180},
};

}  // namespace

std::optional<int> zone_offset_minutes(std::string_view name) {
  std::string n(name);
  for (char& c : n)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (const auto& z : kZones)
    if (n == z.name) return z.minutes;
  if (n.size() == 1 && n[0] >= 'a' && n[0] <= 'z' && n[0] != 'j') return 0;  // military letters
  return std::nullopt;
}

}  // namespace fv::dates
