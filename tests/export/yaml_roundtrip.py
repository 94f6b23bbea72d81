#!/usr/bin/python3
"""Every file `feedview export --markdown` writes is valid YAML front matter that a real YAML
parser (Debian's python3-yaml, as static site generators would) reads back to the exact strings
of the feed model (`feedview export --json`).

usage: yaml_roundtrip.py FEEDVIEW_BINARY REPO_ROOT
Exit 0 when every check passes; prints each failure otherwise.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

FIELDS = ["title", "date", "description", "summary", "slug", "image", "link", "source",
          "categories", "tags", "draft"]
# A feed URL with a quote, '#', ': ' and a line break: `source` must survive all of them.
HOSTILE_FEED_URL = "https://example.org/feed?q='x'#top: \"y\"\nsecond line"

failures = []
created = []


def check(cond, message):
    if not cond:
        failures.append(message)


def front_matter(text):
    check(text.startswith("---\n"), "file does not start with ---")
    end = text.index("\n---\n", 4)
    return text[4:end + 1], text[end + 5:]


def export(binary, feed, feed_url, extra=()):
    model = json.loads(subprocess.run([binary, "export", feed, "--json", "--feed-url", feed_url], check=True,
                                      capture_output=True, text=True).stdout)
    out = tempfile.mkdtemp(prefix="fv-export-")
    created.append(out)
    listed = subprocess.run([binary, "export", feed, "--markdown", out, "--feed-url", feed_url, *extra],
                            check=True, capture_output=True, text=True).stdout.split("\n")
    files = [p for p in listed if p]
    check(sorted(files) == sorted(os.path.join(out, f) for f in os.listdir(out)),
          f"{feed}: printed paths differ from the files written")
    return model, files


def check_items(binary, feed, feed_url):
    model, files = export(binary, feed, feed_url)
    items = model["items"]
    check(len(files) == len(items), f"{feed}: {len(files)} files for {len(items)} items")
    for path, item in zip(files, items):
        with open(path, encoding="utf-8") as f:
            head, body = front_matter(f.read())
        try:
            data = yaml.safe_load(head)
        except yaml.YAMLError as e:
            failures.append(f"{path}: not valid YAML: {e}")
            continue
        check(list(data.keys()) == FIELDS, f"{path}: fields {list(data.keys())}")
        source = item.get("source", {}).get("title", "")
        title = item.get("title", "")
        expected_title = title if not source or title.endswith(" - " + source) else f"{title} - {source}"
        check(data["title"] == expected_title, f"{path}: title {data['title']!r} != {expected_title!r}")
        check(data["link"] == item.get("link", ""), f"{path}: link {data['link']!r}")
        check(data["source"] == feed_url, f"{path}: source {data['source']!r}")
        check(isinstance(data["description"], str) and data["description"] == data["summary"],
              f"{path}: description/summary")
        check(isinstance(data["slug"], str) and data["slug"] and "\n" not in data["slug"], f"{path}: slug")
        check(all(isinstance(t, str) for t in data["tags"]), f"{path}: tags not strings")
        check(data["draft"] is False, f"{path}: draft")
        if item.get("published"):
            check(str(data["date"]) == item["published"][:10], f"{path}: date {data['date']!r}")


def main():
    binary, root = sys.argv[1], sys.argv[2]
    check_items(binary, os.path.join(root, "tests/fixtures/export/yaml-hostile-titles.xml"), HOSTILE_FEED_URL)
    google = ("https://news.google.com/rss/topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRGx1YlY4U0FtVnVHZ0pWVXlnQVAB"
              "?hl=en-US&gl=US&ceid=US:en")
    check_items(binary, os.path.join(root, "assets/feeds/google-news-world.xml"), google)
    # Story exports are read by the same parsers.
    _, files = export(binary, os.path.join(root, "assets/feeds/google-news-world.xml"), google, ["--stories"])
    check(len(files) > 0, "no story files")
    for path in files:
        with open(path, encoding="utf-8") as f:
            head, _ = front_matter(f.read())
        data = yaml.safe_load(head)
        check(list(data.keys()) == FIELDS, f"{path}: fields {list(data.keys())}")
    for d in created:
        shutil.rmtree(d, ignore_errors=True)
    for message in failures:
        print("FAIL:", message)
    print(f"yaml_roundtrip: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
