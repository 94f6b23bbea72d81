#include "core/subscriptions/subscriptions_opml.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

namespace fv::subscriptions {
namespace {

struct Importer {
  SubscriptionList& list;
  ImportSummary& summary;
  std::set<std::string> folders;

  void walk(const std::vector<opml::Outline>& outlines, const std::string& path) {
    for (const opml::Outline& o : outlines) {
      const std::string name = clean_name(o.text.empty() ? o.title : o.text);
      if (o.is_feed()) {
        const EditResult r = list.add(o.xml_url, name, path);
        if (r.ok) {
          ++summary.added;
          summary.added_indices.push_back(r.index);
          if (!list.at(r.index).folder.empty()) folders.insert(list.at(r.index).folder);
        } else {
          ++summary.already;
        }
      } else if (o.type == "rss" || o.type == "atom") {
        ++summary.skipped;  // meant as a feed, but without an http(s) address
      }
      if (!o.children.empty()) {
        // A feed outline with children is rare; its children go where a folder's would.
        const std::string folder_name = name.empty() ? std::string("Untitled") : name;
        walk(o.children, clean_folder(path.empty() ? folder_name : path + " / " + folder_name));
      }
    }
  }
};

std::string count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

ImportSummary import_opml(SubscriptionList& list, const opml::Document& doc) {
  ImportSummary summary;
  Importer importer{list, summary, {}};
  importer.walk(doc.outlines, "");
  summary.folders.assign(importer.folders.begin(), importer.folders.end());
  return summary;
}

std::string summary_text(const ImportSummary& s) {
  std::string out;
  if (s.added == 0) {
    if (s.already == 1) out = "No new feeds: the feed in the file is subscribed already";
    else if (s.already > 1) out = "No new feeds: all " + std::to_string(s.already) + " feeds in the file are subscribed already";
    else out = "No feeds found in the file";
  } else {
    out = "Imported " + count(s.added, "feed", "feeds");
    if (!s.folders.empty()) out += " in " + count(s.folders.size(), "folder", "folders");
    if (s.already > 0) out += " (" + std::to_string(s.already) + " already subscribed)";
  }
  if (s.skipped > 0) out += "; " + count(s.skipped, "entry", "entries") + " without a web address skipped";
  return out + ".";
}

opml::Document to_opml(const SubscriptionList& list, std::string_view title,
                       const std::vector<std::string>* feed_titles) {
  opml::Document doc;
  doc.version = "2.0";
  doc.title = std::string(title);
  const auto& entries = list.entries();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const Subscription& s = entries[i];
    if (s.removed || s.for_visit) continue;
    std::vector<opml::Outline>* level = &doc.outlines;
    std::size_t start = 0;
    while (!s.folder.empty() && start <= s.folder.size()) {
      std::size_t sep = s.folder.find(" / ", start);
      if (sep == std::string::npos) sep = s.folder.size();
      const std::string part = s.folder.substr(start, sep - start);
      auto it = std::find_if(level->begin(), level->end(),
                             [&](const opml::Outline& o) { return !o.is_feed() && o.text == part; });
      if (it == level->end()) {
        opml::Outline folder;
        folder.text = folder.title = part;
        level->push_back(std::move(folder));
        it = level->end() - 1;
      }
      level = &it->children;
      start = sep + 3;
    }
    opml::Outline feed;
    std::string name = s.title;
    if (name.empty() && feed_titles && i < feed_titles->size()) name = (*feed_titles)[i];
    feed.text = name.empty() ? s.url : name;
    feed.title = name;
    feed.type = "rss";
    feed.xml_url = s.url;
    level->push_back(std::move(feed));
  }
  return doc;
}

bool add_feed_list(SubscriptionList& list, std::string_view json, std::size_t* added) {
  if (added) *added = 0;
  const auto doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return false;
  const auto feeds = doc.find("feeds");
  if (feeds == doc.end() || !feeds->is_array()) return false;
  auto text = [](const nlohmann::json& o, const char* key) {
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  for (const auto& f : *feeds) {
    if (!f.is_object()) continue;
    const std::string u = text(f, "url");
    if (u.empty()) continue;
    const auto visit = f.find("visit");
    const bool for_visit = visit != f.end() && visit->is_boolean() && visit->get<bool>();
    if (list.add(u, text(f, "title"), text(f, "folder"), for_visit).ok && added) ++*added;
  }
  return true;
}

std::string feed_list_json(const SubscriptionList& list, bool include_visit) {
  nlohmann::ordered_json feeds = nlohmann::ordered_json::array();
  for (const Subscription& s : list.entries()) {
    if (s.removed || (s.for_visit && !include_visit)) continue;
    nlohmann::ordered_json f = {{"url", s.url}, {"title", s.title}, {"folder", s.folder}};
    if (s.for_visit) f["visit"] = true;
    feeds.push_back(std::move(f));
  }
  nlohmann::ordered_json doc = {{"feeds", std::move(feeds)}};
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::size_t add_url_lines(SubscriptionList& list, std::string_view text, std::size_t* skipped) {
  std::size_t added = 0, bad = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::string address = clean_feed_address(line);
    if (address.empty()) {
      ++bad;
      continue;
    }
    if (list.add(address).ok) ++added;
  }
  if (skipped) *skipped = bad;
  return added;
}

}  // namespace fv::subscriptions
