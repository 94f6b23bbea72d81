#include "core/dates/parse_date.h"

#include <cstdio>
#include <vector>

#include "core/dates/civil_time.h"
#include "core/dates/zone_names.h"

namespace fv::dates {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

struct Fields {
  int year = 0, month = 1, day = 1;
  int hour = 0, minute = 0, second = 0;
  int offset_minutes = 0;  // east of UTC
};

// Checks every field against the calendar and the clock, then converts. "24:00:00" is the end
// of the day (ISO 8601); second 60 is a leap second and lands on the next minute.
std::optional<std::int64_t> to_unix(const Fields& f) {
  if (f.year < 1 || f.year > 9999) return std::nullopt;
  if (f.month < 1 || f.month > 12) return std::nullopt;
  if (f.day < 1 || f.day > days_in_month(f.year, f.month)) return std::nullopt;
  const bool end_of_day = f.hour == 24 && f.minute == 0 && f.second == 0;
  if ((f.hour > 23 && !end_of_day) || f.minute > 59 || f.second > 60) return std::nullopt;
  if (f.hour < 0 || f.minute < 0 || f.second < 0) return std::nullopt;
  if (f.offset_minutes < -24 * 60 || f.offset_minutes > 24 * 60) return std::nullopt;
  const std::int64_t t = days_from_civil(f.year, f.month, f.day) * 86400 + f.hour * 3600 +
                        f.minute * 60 + f.second - static_cast<std::int64_t>(f.offset_minutes) * 60;
  // The instant itself must also lie in years 1–9999 (an offset can push 0001-01-01 or
  // 9999-12-31 out), so that every date we return can be written and read back.
  constexpr std::int64_t kFirst = -62135596800;  // 0001-01-01T00:00:00Z
  constexpr std::int64_t kLast = 253402300799;   // 9999-12-31T23:59:59Z
  if (t < kFirst || t > kLast) return std::nullopt;
  return t;
}

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool at_end() const { return i_ >= s_.size(); }
  char peek(std::size_t ahead = 0) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void skip_spaces() {
    while (!at_end() && is_space(s_[i_])) ++i_;
  }
  // Exactly n digits.
  bool digits(int n, int& out) {
    int v = 0;
    for (int k = 0; k < n; ++k) {
      if (!is_digit(peek(static_cast<std::size_t>(k)))) return false;
      v = v * 10 + (peek(static_cast<std::size_t>(k)) - '0');
    }
    i_ += static_cast<std::size_t>(n);
    out = v;
    return true;
  }
  // Between min and max digits; returns the count read (0 = none).
  int digit_run(int min, int max, int& out) {
    int n = 0, v = 0;
    while (n < max && is_digit(peek(static_cast<std::size_t>(n)))) v = v * 10 + (peek(static_cast<std::size_t>(n++)) - '0');
    if (n < min || is_digit(peek(static_cast<std::size_t>(n)))) return 0;
    i_ += static_cast<std::size_t>(n);
    out = v;
    return n;
  }
  void skip_digits() {
    while (is_digit(peek())) ++i_;
  }
  std::string word() {
    std::string w;
    while (is_alpha(peek())) w += lower(s_[i_++]);
    return w;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

// "+01:00", "+0100", "+01", "-05:30" at the cursor (the sign included).
bool parse_offset(Cursor& c, int& minutes) {
  const char sign = c.peek();
  if (sign != '+' && sign != '-') return false;
  c.eat(sign);
  int h = 0, m = 0;
  // "+01", "+0100", "+01:00", and the short "+1" / "+5:30" that some generators write.
  const bool two_digit_hour = is_digit(c.peek(1));
  if (!c.digits(two_digit_hour ? 2 : 1, h)) return false;
  if (!two_digit_hour && is_digit(c.peek())) return false;
  if (c.eat(':')) {
    if (!c.digits(2, m)) return false;
  } else if (is_digit(c.peek())) {
    if (!c.digits(2, m)) return false;
  }
  if (h > 23 || m > 59) return false;
  minutes = (sign == '-' ? -1 : 1) * (h * 60 + m);
  return true;
}

// A zone after the time: "Z", an offset, or a name (optionally followed by an offset,
// "GMT+01:00"). Everything up to the end of input must be consumed.
bool parse_zone_to_end(Cursor& c, int& minutes) {
  c.skip_spaces();
  minutes = 0;
  if (c.at_end()) return true;
  if (c.peek() == '+' || c.peek() == '-') {
    if (!parse_offset(c, minutes)) return false;
  } else if (is_alpha(c.peek())) {
    const std::string w = c.word();
    const auto z = zone_offset_minutes(w);
    if (!z) return false;
    minutes = *z;
    if ((c.peek() == '+' || c.peek() == '-') && (w == "gmt" || w == "utc" || w == "ut")) {
      if (!parse_offset(c, minutes)) return false;
    }
  } else {
    return false;
  }
  c.skip_spaces();
  return c.at_end();
}

// RFC 3339, W3CDTF and ISO 8601 calendar dates: YYYY, YYYY-MM, YYYY-MM-DD, YYYYMMDD, then an
// optional time after 'T' or spaces (hh:mm, hh:mm:ss, fractions, basic hhmmss after 'T'), then
// an optional zone; no zone means UTC.
std::optional<std::int64_t> parse_iso(std::string_view s) {
  Cursor c(s);
  Fields f;
  if (!c.digits(4, f.year)) return std::nullopt;
  bool basic = false;
  if (c.eat('-')) {
    if (!c.digit_run(1, 2, f.month)) return std::nullopt;
    if (c.eat('-') && !c.digit_run(1, 2, f.day)) return std::nullopt;
  } else if (is_digit(c.peek())) {
    if (!c.digits(2, f.month) || !c.digits(2, f.day)) return std::nullopt;
    basic = true;
  }
  bool t_separator = false;
  if (c.eat('T') || c.eat('t')) {
    t_separator = true;
  } else {
    c.skip_spaces();
  }
  if (is_digit(c.peek())) {
    if (!c.digits(is_digit(c.peek(1)) ? 2 : 1, f.hour)) return std::nullopt;
    if (c.eat(':')) {
      if (!c.digits(2, f.minute)) return std::nullopt;
      if (c.eat(':') && !c.digits(2, f.second)) return std::nullopt;
    } else if (t_separator || basic) {
      if (!c.digits(2, f.minute)) return std::nullopt;
      if (is_digit(c.peek()) && !c.digits(2, f.second)) return std::nullopt;
    } else {
      return std::nullopt;
    }
    if ((c.peek() == '.' || c.peek() == ',') && is_digit(c.peek(1))) {
      c.eat(c.peek());
      c.skip_digits();  // fractions of a second: the model keeps whole seconds
    }
  } else if (t_separator) {
    return std::nullopt;
  }
  if (!parse_zone_to_end(c, f.offset_minutes)) return std::nullopt;
  return to_unix(f);
}

int month_from_name(const std::string& w) {
  static const char* const kMonths[12][3] = {
      {"jan", "january", nullptr}, {"feb", "february", nullptr}, {"mar", "march", nullptr},
      {"apr", "april", nullptr},   {"may", nullptr, nullptr},    {"jun", "june", nullptr},
      {"jul", "july", nullptr},    {"aug", "august", nullptr},   {"sep", "sept", "september"},
      {"oct", "october", nullptr}, {"nov", "november", nullptr}, {"dec", "december", nullptr},
  };
  for (int m = 0; m < 12; ++m)
    for (const char* n : kMonths[m])
      if (n != nullptr && w == n) return m + 1;
  return 0;
}

bool is_weekday_name(const std::string& w) {
  static const char* const kDays[] = {"mon", "monday", "tue", "tues", "tuesday", "wed", "weds",
                                      "wednesday", "thu", "thur", "thurs", "thursday", "fri",
                                      "friday", "sat", "saturday", "sun", "sunday"};
  for (const char* d : kDays)
    if (w == d) return true;
  return false;
}

// RFC 822/1123/2822, RFC 850 ("Thursday, 08-Jan-26 17:41:12 GMT"), asctime ("Thu Jan  8
// 17:41:12 2026") and the loose forms feeds write ("January 8, 2026 5:41 PM EST"). Tokens can
// come in any order; each must be understood, otherwise the date is refused.
std::optional<std::int64_t> parse_loose(std::string_view s) {
  struct Number {
    int value, digits;
  };
  std::vector<Number> numbers;
  Fields f;
  int month = 0;
  bool have_time = false, have_zone = false, have_offset = false;
  int zone_minutes = 0, offset_minutes = 0;
  int meridiem = 0;  // 0 none, 1 am, 2 pm

  Cursor c(s);
  while (!c.at_end()) {
    const char ch = c.peek();
    if (is_space(ch) || ch == ',' || ch == '.' || ch == '/') {
      c.eat(ch);
    } else if (ch == '(') {  // RFC 2822 comment, e.g. "+0000 (UTC)"
      while (!c.at_end() && c.peek() != ')') c.eat(c.peek());
      c.eat(')');
    } else if ((ch == '+' || ch == '-') && is_digit(c.peek(1)) && (have_time || ch == '+')) {
      if (have_offset || !parse_offset(c, offset_minutes)) return std::nullopt;
      have_offset = true;
    } else if (ch == '-') {
      c.eat(ch);  // date separator: "08-Jan-26"
    } else if (is_alpha(ch)) {
      const std::string w = c.word();
      if (const int m = month_from_name(w)) {
        if (month != 0) return std::nullopt;
        month = m;
      } else if (is_weekday_name(w) || w == "at" || w == "of") {
        // The weekday is not checked: feeds often get it wrong, the date itself is what counts.
      } else if (w == "am" || w == "pm") {
        if (meridiem != 0) return std::nullopt;
        meridiem = w[0] == 'a' ? 1 : 2;
      } else if (w == "st" || w == "nd" || w == "rd" || w == "th") {
        if (numbers.empty()) return std::nullopt;  // ordinal suffix: "8th"
      } else if (const auto z = zone_offset_minutes(w); z && have_time) {
        if (have_zone) return std::nullopt;
        have_zone = true;
        zone_minutes = *z;
      } else {
        return std::nullopt;
      }
    } else if (is_digit(ch)) {
      int v = 0, n = 0;
      while (is_digit(c.peek()) && n < 9) {
        v = v * 10 + (c.peek() - '0');
        c.eat(c.peek());
        ++n;
      }
      if (is_digit(c.peek())) return std::nullopt;
      if (c.peek() == ':') {
        if (have_time || n > 2) return std::nullopt;
        c.eat(':');
        f.hour = v;
        if (!c.digits(2, f.minute)) return std::nullopt;
        if (c.eat(':') && !c.digits(2, f.second)) return std::nullopt;
        if ((c.peek() == '.' || c.peek() == ',') && is_digit(c.peek(1))) {
          c.eat(c.peek());
          c.skip_digits();
        }
        have_time = true;
      } else {
        numbers.push_back({v, n});
      }
    } else {
      return std::nullopt;
    }
  }

  if (month != 0) {
    f.month = month;
    if (numbers.size() == 2) {
      const Number& a = numbers[0];
      const Number& b = numbers[1];
      if (a.digits <= 2 && b.digits >= 2) {
        f.day = a.value;  // "8 Jan 2026", "Jan 8 2026", "08-Jan-26"
        f.year = b.value;
        if (b.digits == 2) f.year += f.year < 50 ? 2000 : 1900;  // RFC 2822 §4.3
        else if (b.digits == 3) f.year += 1900;
        else if (b.digits != 4) return std::nullopt;
      } else if (a.digits == 4 && b.digits <= 2) {
        f.year = a.value;  // "2026 Jan 8"
        f.day = b.value;
      } else {
        return std::nullopt;
      }
    } else {
      return std::nullopt;
    }
  } else {
    // Numbers only: accept the unambiguous year-first order, never guess day/month order.
    if (numbers.size() != 3 || numbers[0].digits != 4 || numbers[1].digits > 2 || numbers[2].digits > 2)
      return std::nullopt;
    f.year = numbers[0].value;
    f.month = numbers[1].value;
    f.day = numbers[2].value;
  }
  if (meridiem != 0) {
    if (!have_time || f.hour < 1 || f.hour > 12) return std::nullopt;
    f.hour = f.hour % 12 + (meridiem == 2 ? 12 : 0);
  }
  // A number wins over a name: "GMT+0100" is an offset from GMT, and "-0500 EST" says the
  // same thing twice.
  if (have_offset) {
    f.offset_minutes = offset_minutes;
  } else if (have_zone) {
    f.offset_minutes = zone_minutes;
  }
  return to_unix(f);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<std::int64_t> parse_date(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.size() > 200) return std::nullopt;
  if (s.size() >= 4 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && is_digit(s[3]) &&
      (s.size() == 4 || !is_digit(s[4]) || s.size() >= 8)) {
    if (auto t = parse_iso(s)) return t;
  }
  return parse_loose(s);
}

std::string format_iso8601(std::int64_t unix_seconds) {
  std::int64_t days = unix_seconds / 86400;
  std::int64_t rem = unix_seconds % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  const CivilDate d = civil_from_days(days);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year, d.month, d.day,
                static_cast<int>(rem / 3600), static_cast<int>(rem / 60 % 60), static_cast<int>(rem % 60));
  return buf;
}

}  // namespace fv::dates
