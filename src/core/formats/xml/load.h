// Loads feed XML the way real feeds need: strictly when the document is well-formed (the fast
// path, parsed in place), otherwise by repairing what the universal feed parser also tolerates
// and retrying, finally settling for pugixml's partial tree. Every repair is reported as a
// warning and marks the result bozo. DTDs are skipped and entities never expanded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pugixml.hpp"

namespace fv::xml {

struct LoadedXml {
  pugi::xml_document doc;
  std::string buffer;  // the bytes the document points into (parsed in place)
  bool bozo = false;
  bool truncated = false;  // ended with elements open, or read only up to an error
  std::vector<std::string> warnings;
  bool ok() const { return doc.document_element(); }
};

// `utf8` must already be valid UTF-8 (see core/encoding).
void load_lenient(std::string_view utf8, LoadedXml& out);

// The last line of defence for "every string the model gets is UTF-8", run by load_lenient:
// pugixml writes a character reference as whatever number it names, so a reference pre-clean
// did not see (the two disagreeing about where a section ends) would come out as bytes that
// are not UTF-8. pugixml decodes in place, so a buffer that is still valid UTF-8 proves there
// is no such string; otherwise every value is checked (iteratively: documents nest 100,000
// deep) and repaired, with one warning.
void replace_invalid_decoded_text(LoadedXml& out);

// Pre-cleaning of the bytes before pugixml sees them: strips characters XML forbids, escapes
// bare '&' and replaces named entities XML does not define (&nbsp;, &eacute;…) by their HTML5
// value. Returns false (and leaves `out` untouched) when nothing needed fixing.
bool preclean(std::string_view in, std::string& out, std::vector<std::string>& warnings);

}  // namespace fv::xml
