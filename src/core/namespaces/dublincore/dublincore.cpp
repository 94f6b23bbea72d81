#include "core/namespaces/dublincore/dublincore.h"

#include "core/formats/common/wire_nodes.h"
#include "core/formats/xml/text.h"

namespace fv::ns::dublincore {
namespace {

std::string plain_of(pugi::xml_node n) {
  std::string scratch;
  return adapt::plain(xml::text(n, scratch));
}

}  // namespace

bool read(const xml::Name& name, pugi::xml_node n, Fields& f) {
  if (name.ns != xml::Ns::DublinCore && name.ns != xml::Ns::DcTerms) return false;
  std::string_view l = name.local;
  if (l == "creator" || l == "contributor") f.creators.push_back(n);
  else if (l == "subject") f.subjects.push_back(n);
  else if (l == "date" || l == "created") adapt::keep_first(f.date, n);
  else if (l == "modified") adapt::keep_first(f.modified, n);
  else if (l == "issued") adapt::keep_first(f.issued, n);
  else if (l == "title") adapt::keep_first(f.title, n);
  else if (l == "description" || l == "abstract") adapt::keep_first(f.description, n);
  else if (l == "rights" || l == "license") adapt::keep_first(f.rights, n);
  else if (l == "language") adapt::keep_first(f.language, n);
  else if (l == "identifier") adapt::keep_first(f.identifier, n);
  else if (l == "publisher") adapt::keep_first(f.publisher, n);
  else if (l == "source") adapt::keep_first(f.source, n);
  return true;
}

void apply_to_item(const Fields& f, Item& item, adapt::Context& ctx) {
  if (item.title.empty() && f.title) item.title = plain_of(f.title);
  for (pugi::xml_node c : f.creators) adapt::add_author(item, adapt::person_from_text(xml::text_string(c)));
  for (pugi::xml_node s : f.subjects) adapt::add_category(item.categories, xml::text_string(s));
  if (!item.published) item.published = adapt::date_of(f.issued ? f.issued : f.date, ctx, "dc:date");
  if (!item.updated && f.modified) item.updated = adapt::date_of(f.modified, ctx, "dcterms:modified");
  if (item.language.empty() && f.language) item.language = plain_of(f.language);
  if (item.id.empty() && f.identifier) item.id = plain_of(f.identifier);
}

void apply_to_feed(const Fields& f, Feed& feed, adapt::Context& ctx) {
  if (feed.title.empty() && f.title) feed.title = plain_of(f.title);
  if (feed.subtitle.empty() && f.description) feed.subtitle = plain_of(f.description);
  if (feed.author.empty() && !f.creators.empty())
    feed.author = adapt::person_from_text(xml::text_string(f.creators.front()));
  if (feed.author.empty() && f.publisher) feed.author = adapt::person_from_text(xml::text_string(f.publisher));
  if (feed.rights.empty() && f.rights) feed.rights = plain_of(f.rights);
  if (feed.language.empty() && f.language) feed.language = plain_of(f.language);
  if (!feed.updated && (f.modified || f.date))
    feed.updated = adapt::date_of(f.modified ? f.modified : f.date, ctx, "dc:date");
  if (!feed.published && f.issued) feed.published = adapt::date_of(f.issued, ctx, "dcterms:issued");
}

}  // namespace fv::ns::dublincore
