#include "cli/proxy/address_policy.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstdint>
#include <cstring>

namespace fv::proxy {
namespace {

std::string v4_reason(std::uint32_t a) {  // host byte order
  auto in = [a](std::uint32_t net, int bits) {
    std::uint32_t mask = bits == 0 ? 0 : ~std::uint32_t(0) << (32 - bits);
    return (a & mask) == net;
  };
  if (a == 0xA9FEA9FEu) return "cloud metadata";  // 169.254.169.254
  if (in(0x7F000000u, 8)) return "loopback";
  if (in(0x00000000u, 8)) return "unspecified";
  if (in(0x0A000000u, 8) || in(0xAC100000u, 12) || in(0xC0A80000u, 16)) return "private";
  if (in(0xA9FE0000u, 16)) return "link-local";
  if (in(0x64400000u, 10)) return "carrier-grade NAT";
  if (in(0xC0000000u, 24) || in(0xC0000200u, 24) || in(0xC6336400u, 24) || in(0xCB007100u, 24))
    return "reserved";  // IETF protocol assignments and documentation ranges
  if (in(0xC6120000u, 15)) return "benchmarking";
  if (in(0xE0000000u, 4)) return "multicast";
  if (in(0xF0000000u, 4)) return "reserved";  // includes 255.255.255.255
  return {};
}

std::string v6_reason(const in6_addr& a) {
  const std::uint8_t* b = a.s6_addr;
  static const std::uint8_t zero[16] = {};
  if (std::memcmp(b, zero, 16) == 0) return "unspecified";
  if (std::memcmp(b, zero, 15) == 0 && b[15] == 1) return "loopback";
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible: judge the IPv4 address inside.
  bool mapped = std::memcmp(b, zero, 10) == 0 && b[10] == 0xff && b[11] == 0xff;
  bool nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b;  // 64:ff9b::/96
  if (mapped || nat64) {
    std::uint32_t v4 = (std::uint32_t(b[12]) << 24) | (b[13] << 16) | (b[14] << 8) | b[15];
    return v4_reason(v4);
  }
  if ((b[0] & 0xfe) == 0xfc) return "private";                   // fc00::/7 unique local
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return "link-local";  // fe80::/10
  if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return "private";     // fec0::/10 site-local
  if (b[0] == 0xff) return "multicast";
  if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return "reserved";  // 2001:db8::/32
  if (b[0] == 0xfd && b[1] == 0x00 && b[2] == 0x0e && b[3] == 0xc2) return "cloud metadata";
  return {};
}

}  // namespace

std::string forbidden_reason(const sockaddr* addr) {
  if (addr->sa_family == AF_INET) {
    const auto* in4 = reinterpret_cast<const sockaddr_in*>(addr);
    return v4_reason(ntohl(in4->sin_addr.s_addr));
  }
  if (addr->sa_family == AF_INET6) return v6_reason(reinterpret_cast<const sockaddr_in6*>(addr)->sin6_addr);
  return "not an IP address";
}

std::string address_text(const sockaddr* addr) {
  char buf[INET6_ADDRSTRLEN] = {};
  if (addr->sa_family == AF_INET)
    inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(addr)->sin_addr, buf, sizeof buf);
  else if (addr->sa_family == AF_INET6)
    inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(addr)->sin6_addr, buf, sizeof buf);
  return buf;
}

}  // namespace fv::proxy
