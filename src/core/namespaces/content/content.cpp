#include "core/namespaces/content/content.h"

namespace fv::ns::content {

bool read(const xml::Name& name, pugi::xml_node n, Fields& f) {
  if (name.ns != xml::Ns::Content) return false;
  if (name.local == "encoded" && !f.encoded) f.encoded = n;
  return true;
}

}  // namespace fv::ns::content
