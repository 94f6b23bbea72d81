// Which network addresses the CORS proxy may connect to. A proxy that fetches any URL for any
// web page could be turned against the network it runs in (routers, metadata services, admin
// consoles on loopback), so by default only public unicast addresses are allowed.
#pragma once

#include <sys/socket.h>

#include <string>

namespace fv::proxy {

// Empty when `addr` is a public unicast address; otherwise why it is refused
// ("loopback", "private", "link-local", "cloud metadata", …).
std::string forbidden_reason(const sockaddr* addr);

// The numeric form of an address ("192.0.2.1", "2001:db8::1").
std::string address_text(const sockaddr* addr);

}  // namespace fv::proxy
