#include "core/namespaces/dublincore/dublincore.h"

#include "core/formats/xml/text.h"

namespace fv::ns::dublincore {
namespace {

std::string plain_of(pugi::xml_node n) {
  std::string scratch;
  return adapt::plain(xml::text(n, scratch));
}

UnixTime date_of(pugi::xml_node n, adapt::Context& ctx, const char* field) {
  if (!n) return std::nullopt;
  std::string scratch;
  return adapt::date(xml::text(n, scratch), ctx, field);
}

}  // namespace

bool read(const xml::Name& name, pugi::xml_node n, Fields& f) {
  if (name.ns != xml::Ns::DublinCore && name.ns != xml::Ns::DcTerms) return false;
  std::string_view l = name.local;
  auto first = [&](pugi::xml_node& slot) {
    if (!slot) slot = n;
  };
  if (l == "creator" || l == "contributor") f.creators.push_back(n);
  else if (l == "subject") f.subjects.push_back(n);
  else if (l == "date" || l == "created") first(f.date);
  else if (l == "modified") first(f.modified);
  else if (l == "issued") first(f.issued);
  else if (l == "title") first(f.title);
  else if (l == "description" || l == "abstract") first(f.description);
  else if (l == "rights" || l == "license") first(f.rights);
  else if (l == "language") first(f.language);
  else if (l == "identifier") first(f.identifier);
  else if (l == "publisher") first(f.publisher);
  else if (l == "source") first(f.source);
  return true;
}

void apply_to_item(const Fields& f, Item& item, adapt::Context& ctx) {
  if (item.title.empty() && f.title) item.title = plain_of(f.title);
  for (pugi::xml_node c : f.creators) adapt::add_author(item, adapt::person_from_text(xml::text_string(c)));
  for (pugi::xml_node s : f.subjects) adapt::add_category(item.categories, xml::text_string(s));
  if (!item.published) item.published = date_of(f.issued ? f.issued : f.date, ctx, "dc:date");
  if (!item.updated && f.modified) item.updated = date_of(f.modified, ctx, "dcterms:modified");
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
    feed.updated = date_of(f.modified ? f.modified : f.date, ctx, "dc:date");
  if (!feed.published && f.issued) feed.published = date_of(f.issued, ctx, "dcterms:issued");
}

}  // namespace fv::ns::dublincore
