#!/usr/bin/python3
"""Differential check of `feedview parse` against Debian's python3-feedparser.

Usage: /usr/bin/python3 tests/differential/compare_feedparser.py FEEDVIEW_BINARY [FIXTURE...]
(default fixtures: tests/fixtures/{rss,atom,rdf,jsonfeed,googlenews,lenient}/*).

For each fixture both parsers run; the script compares what users see — format/version, bozo,
feed title and link, item count, and per item title, link, id and published date — after
normalising feedparser's HTML-ish titles to plain text. Differences are printed, one line each;
known, intended differences are listed in EXPECTED and reported separately. Exit status 1 when an
unexpected difference is found. Not run by ctest: it needs the native CLI and feedparser.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys

try:
    import feedparser  # Debian: python3-feedparser
except ImportError:
    print("feedparser not installed (apt-get install python3-feedparser)", file=sys.stderr)
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "fixtures")

VERSION = {"json1": "json10"}  # feedparser's names where they differ from ours

# (fixture basename, field) pairs where feedview deliberately differs, with the reason.
EXPECTED = {
    ("rss20-guid-permalink-without-link.xml", "id"): "feedview derives ids for guid-less items",
    ("rss20-duplicate-guids.xml", "count"): "feedview merges duplicate items",
    ("bare-ampersand-in-text-and-url.xml", "title"): "feedparser turns a bare '&D' into '&D;'",
    ("control-characters.xml", "feed.title"): "feedview strips C0 control characters",
    ("control-characters.xml", "title"): "feedview strips C0 control characters",
    ("truncated-document.xml", "link"): "feedview recovers the cut-off item's link",
    ("atom03-modes-and-old-names.xml", "date"): "feedview falls back to Atom 0.3 <created>",
    ("unterminated-cdata.xml", "count"): "feedview recovers the items after the broken CDATA",
    ("rss20-double-escaped-title.xml", "title"): "feedparser drops '< 6 and 7 >' as if it were a tag",
    ("atom10-prefixed-elements.xml", "feed.link"): "feedparser takes the feed id as link",
}


def plain(s):
    s = re.sub(r"<[^>]*>", "", s or "")
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s).strip()


def iso(t):
    if not t:
        return None
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(t)[:6]


def run_feedview(binary, path):
    p = subprocess.run([binary, "parse", path], capture_output=True, text=True)
    if p.returncode != 0:
        return None, p.stderr.strip()
    return json.loads(p.stdout), None


def compare(binary, path):
    name = os.path.basename(path)
    ours, error = run_feedview(binary, path)
    theirs = feedparser.parse(path)
    diffs = []
    if path.endswith(".json") and not theirs.get("version"):
        return [(name, "skipped", "", "feedparser read no JSON Feed")]

    def diff(field, a, b):
        if a != b:
            diffs.append((name, field, a, b))

    if ours is None:
        if theirs.entries or theirs.get("version"):
            diff("parsed", "error: " + error, theirs.get("version") or "entries")
        return diffs
    version = theirs.get("version")
    diff("format", ours.get("format"), VERSION.get(version, version) or None)
    diff("bozo", ours.get("bozo"), bool(theirs.bozo))
    diff("feed.title", ours.get("title"), plain(theirs.feed.get("title")) or None)
    diff("feed.link", ours.get("link"), theirs.feed.get("link"))
    items = ours.get("items", [])
    diff("count", len(items), len(theirs.entries))
    if len(items) != len(theirs.entries):
        return diffs  # items no longer line up one to one
    for i, (a, b) in enumerate(zip(items, theirs.entries)):
        their_title = plain(b.get("title")) or None
        source = (a.get("source") or {}).get("title")
        if source and their_title == "%s - %s" % (a.get("title"), source):
            diff("title-source-split", a.get("title"), their_title)
        else:
            diff("title", a.get("title"), their_title)
        their_link = b.get("link")
        if (their_link and a.get("link") and not re.match(r"[a-z]+:", their_link)
                and a["link"].endswith(their_link.lstrip("."))):
            diff("link-resolved", a.get("link"), their_link)
        else:
            diff("link", a.get("link"), their_link)
        if b.get("id"):  # feedview derives ids where feedparser has none
            diff("id", a.get("id"), b.get("id"))
        # feedparser files dc:date under "updated", feedview under "published": compare the
        # date a reader shows, whichever field holds it.
        diff("date", a.get("published") or a.get("updated"),
             iso(b.get("published_parsed") or b.get("updated_parsed")))
    return diffs


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = sys.argv[1]
    paths = sys.argv[2:] or sorted(
        p for d in ("rss", "atom", "rdf", "jsonfeed", "googlenews", "lenient")
        for p in glob.glob(os.path.join(FIXTURES, d, "*")))
    unexpected = expected = 0
    for path in paths:
        for name, field, a, b in compare(binary, path):
            if field == "skipped":
                print("skipped  %-45s %s" % (name, b))
                continue
            reason = EXPECTED.get((name, field))
            if field == "title-source-split":
                reason = "Google News ' - Source' suffix is split off"
            elif field == "link-resolved":
                reason = "feedview resolves the relative link (xml:base / feed link)"
            tag = "expected" if reason else "DIFF"
            if reason:
                expected += 1
            else:
                unexpected += 1
            print("%-8s %-45s %-10s feedview=%r feedparser=%r%s" %
                  (tag, name, field, a, b, ("  (" + reason + ")") if reason else ""))
    print("%d files, %d unexpected and %d expected differences" % (len(paths), unexpected, expected))
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
