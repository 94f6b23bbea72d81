#include "core/handover/feed_wire.h"

#include <cstdint>
#include <cstring>

namespace fv::handover {
namespace {

constexpr char kMagic[4] = {'F', 'V', 'W', '2'};  // 2: a text search key after each item
constexpr std::size_t kMaxItems = std::size_t(1) << 24;  // far past parse's own item limit

// ---- Writing ---------------------------------------------------------------------------------

struct Writer {
  std::string& out;
  void u8(std::uint8_t v) { out.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  }
  void i64(std::int64_t v) {
    const auto u = static_cast<std::uint64_t>(v);
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((u >> (8 * i)) & 0xFF));
  }
  void opt(const std::optional<std::int64_t>& v) {
    u8(v ? 1 : 0);
    if (v) i64(*v);
  }
  void str(const std::string& s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out += s;
  }
  void strs(const std::vector<std::string>& v) {
    u32(static_cast<std::uint32_t>(v.size()));
    for (const auto& s : v) str(s);
  }
  void person(const Person& p) {
    str(p.name);
    str(p.email);
    str(p.uri);
  }
};

void write_item(Writer& w, const Item& it) {
  w.str(it.id);
  w.str(it.title);
  w.str(it.link);
  w.opt(it.published);
  w.opt(it.updated);
  w.person(it.author);
  w.u32(static_cast<std::uint32_t>(it.authors.size()));
  for (const auto& p : it.authors) w.person(p);
  w.str(it.summary);
  w.str(it.content);
  w.str(it.text);
  w.strs(it.categories);
  w.u32(static_cast<std::uint32_t>(it.enclosures.size()));
  for (const auto& e : it.enclosures) {
    w.str(e.url);
    w.str(e.type);
    w.opt(e.length);
  }
  w.str(it.image);
  w.str(it.comments);
  w.str(it.language);
  w.str(it.source.title);
  w.str(it.source.url);
  w.u32(static_cast<std::uint32_t>(it.related.size()));
  for (const auto& r : it.related) {
    w.str(r.title);
    w.str(r.link);
    w.str(r.source);
  }
}

void write_header(Writer& w, const Feed& f) {
  w.out.append(kMagic, sizeof kMagic);
  w.u32(static_cast<std::uint32_t>(f.items.size()));
  w.u32(static_cast<std::uint32_t>(f.format));
  w.str(f.encoding);
  w.u8((f.bozo ? 1 : 0) | (f.truncated ? 2 : 0));  // flag bits
  w.strs(f.warnings);
  for (const std::string* s : {&f.title, &f.subtitle, &f.link, &f.id, &f.language, &f.rights, &f.generator})
    w.str(*s);
  w.opt(f.updated);
  w.opt(f.published);
  w.person(f.author);
  w.str(f.image.url);
  w.str(f.image.title);
  w.str(f.image.link);
  w.str(f.icon);
  w.opt(f.schedule.ttl_minutes);
  w.u32(f.schedule.skip_hours);
  w.u8(f.schedule.skip_days);
}

// Appends a framed part whose body `fill` writes.
template <typename Fill>
void frame(std::string& out, Fill fill) {
  const std::size_t at = out.size();
  out.append(4, '\0');
  Writer w{out};
  fill(w);
  const auto len = static_cast<std::uint32_t>(out.size() - at - 4);
  for (int i = 0; i < 4; ++i) out[at + i] = static_cast<char>((len >> (8 * i)) & 0xFF);
}

// ---- Reading: every read checks the remaining length -----------------------------------------

struct Reader {
  std::string_view in;
  bool ok = true;

  bool need(std::size_t n) {
    if (!ok || in.size() < n) ok = false;
    return ok;
  }
  std::uint8_t u8() {
    if (!need(1)) return 0;
    const auto v = static_cast<std::uint8_t>(in[0]);
    in.remove_prefix(1);
    return v;
  }
  std::uint32_t u32() {
    if (!need(4)) return 0;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= std::uint32_t(static_cast<std::uint8_t>(in[i])) << (8 * i);
    in.remove_prefix(4);
    return v;
  }
  std::int64_t i64() {
    if (!need(8)) return 0;
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= std::uint64_t(static_cast<std::uint8_t>(in[i])) << (8 * i);
    in.remove_prefix(8);
    return static_cast<std::int64_t>(v);
  }
  std::optional<std::int64_t> opt() {
    const std::uint8_t has = u8();
    if (has > 1) ok = false;
    if (has != 1) return std::nullopt;
    return i64();
  }
  void str(std::string& s) {
    const std::uint32_t n = u32();
    if (!need(n)) return;
    s.assign(in.data(), n);
    in.remove_prefix(n);
  }
  // A count of elements each at least `min_bytes` long: refuses counts the input cannot hold,
  // so a corrupt count never makes us reserve gigabytes.
  std::uint32_t count(std::size_t min_bytes) {
    const std::uint32_t n = u32();
    if (ok && static_cast<std::uint64_t>(n) * min_bytes > in.size()) ok = false;
    return ok ? n : 0;
  }
  void strs(std::vector<std::string>& v) {
    const std::uint32_t n = count(4);
    v.resize(n);
    for (auto& s : v) str(s);
  }
  void person(Person& p) {
    str(p.name);
    str(p.email);
    str(p.uri);
  }
};

void read_item(Reader& r, Item& it) {
  r.str(it.id);
  r.str(it.title);
  r.str(it.link);
  it.published = r.opt();
  it.updated = r.opt();
  r.person(it.author);
  it.authors.resize(r.count(12));
  for (auto& p : it.authors) r.person(p);
  r.str(it.summary);
  r.str(it.content);
  r.str(it.text);
  r.strs(it.categories);
  it.enclosures.resize(r.count(9));
  for (auto& e : it.enclosures) {
    r.str(e.url);
    r.str(e.type);
    e.length = r.opt();
  }
  r.str(it.image);
  r.str(it.comments);
  r.str(it.language);
  r.str(it.source.title);
  r.str(it.source.url);
  it.related.resize(r.count(12));
  for (auto& x : it.related) {
    r.str(x.title);
    r.str(x.link);
    r.str(x.source);
  }
}

bool read_header(Reader& r, Feed& f, std::size_t& items) {
  if (!r.need(sizeof kMagic) || std::memcmp(r.in.data(), kMagic, sizeof kMagic) != 0) return false;
  r.in.remove_prefix(sizeof kMagic);
  items = r.u32();
  const std::uint32_t format = r.u32();
  if (format > static_cast<std::uint32_t>(Format::Json11) || items > kMaxItems) return false;
  f.format = static_cast<Format>(format);
  r.str(f.encoding);
  const std::uint8_t flags = r.u8();
  f.bozo = (flags & 1) != 0;
  f.truncated = (flags & 2) != 0;
  if (flags > 3) r.ok = false;
  r.strs(f.warnings);
  for (std::string* s : {&f.title, &f.subtitle, &f.link, &f.id, &f.language, &f.rights, &f.generator})
    r.str(*s);
  f.updated = r.opt();
  f.published = r.opt();
  r.person(f.author);
  r.str(f.image.url);
  r.str(f.image.title);
  r.str(f.image.link);
  r.str(f.icon);
  f.schedule.ttl_minutes = r.opt();
  f.schedule.skip_hours = r.u32() & 0xFFFFFFu;  // hours 0–23
  f.schedule.skip_days = static_cast<std::uint8_t>(r.u8() & 0x7F);
  return r.ok && r.in.empty();
}

}  // namespace

std::string encode_feed(const Feed& feed, std::size_t part_bytes,
                        const std::vector<std::string>* text_keys) {
  if (text_keys && text_keys->size() != feed.items.size()) text_keys = nullptr;
  static const std::string kNoKey;
  std::string out;
  frame(out, [&](Writer& w) { write_header(w, feed); });
  std::size_t i = 0;
  while (i < feed.items.size()) {
    frame(out, [&](Writer& w) {
      const std::size_t count_at = w.out.size();
      w.u32(0);
      std::uint32_t n = 0;
      const std::size_t start = w.out.size();
      // At least one item per part, then more while the part stays under part_bytes.
      while (i < feed.items.size() && (n == 0 || w.out.size() - start < part_bytes)) {
        w.str(text_keys ? (*text_keys)[i] : kNoKey);
        write_item(w, feed.items[i++]);
        ++n;
      }
      for (int b = 0; b < 4; ++b) w.out[count_at + b] = static_cast<char>((n >> (8 * b)) & 0xFF);
    });
  }
  return out;
}

bool FeedDecoder::add(std::string_view part) {
  if (failed_) return false;
  Reader r{part};
  if (!have_header_) {
    Feed f;
    std::size_t items = 0;
    if (!read_header(r, f, items)) {
      failed_ = true;
      return false;
    }
    feed_ = std::move(f);
    // No reserve(items): the count is only a claim until the parts holding the items arrive
    // (each part's own count is checked against its length).
    expected_items_ = items;
    have_header_ = true;
    return true;
  }
  const std::uint32_t n = r.count(1);
  if (!r.ok || n == 0 || n > expected_items_ - feed_.items.size()) {
    failed_ = true;
    return false;
  }
  const std::size_t before = feed_.items.size();
  feed_.items.resize(before + n);
  text_keys_.resize(before + n);
  for (std::size_t k = before; k < feed_.items.size() && r.ok; ++k) {
    r.str(text_keys_[k]);
    read_item(r, feed_.items[k]);
  }
  if (!r.ok || !r.in.empty()) {
    feed_.items.resize(before);
    text_keys_.resize(before);
    failed_ = true;
    return false;
  }
  return true;
}

bool split_parts(std::string_view framed, std::vector<std::string_view>& parts) {
  Reader r{framed};
  while (!r.in.empty()) {
    const std::uint32_t n = r.u32();
    if (!r.need(n)) return false;
    parts.push_back(r.in.substr(0, n));
    r.in.remove_prefix(n);
  }
  return r.ok;
}

bool decode_feed(std::string_view framed, Feed& out) {
  std::vector<std::string_view> parts;
  if (!split_parts(framed, parts)) return false;
  FeedDecoder d;
  for (std::string_view p : parts)
    if (!d.add(p)) return false;
  if (!d.complete()) return false;
  out = d.take();
  return true;
}

}  // namespace fv::handover
