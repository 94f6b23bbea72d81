#!/usr/bin/python3
"""Writes the bench corpus: ~50 realistic feeds in every format feedview reads, plus one
~6.7 MB Google-News-style file, and 50,000 labelled headlines for the stories bench.

Deterministic (fixed seed): the same bytes on every machine, so runs compare. Nothing here is
committed as data; run.sh calls this and the output lands in build/bench-corpus/.

    /usr/bin/python3 bench/corpus/make_corpus.py OUT_DIR

What the feeds carry, because each costs a parser something different:
  - formats: RSS 0.91, 0.92, 1.0 (RDF), 2.0, Atom 1.0, JSON Feed 1.1;
  - namespaces: dc, content:encoded (CDATA, 2-9 KB of HTML per item), media, itunes, atom:link;
  - escaped HTML in <description>, named and numeric entities, xhtml Atom content;
  - encodings: UTF-8, ISO-8859-1, Windows-1252 (smart quotes), KOI8-R, Windows-1251, ISO-8859-7.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

SEED = 20260108
BASE_TIME = datetime(2026, 1, 8, 19, 5, tzinfo=timezone.utc)

WORDS = {
    'en': ('government minister said on Monday that talks with allies would continue despite '
           'growing pressure from opposition parties over the budget plan and rising energy prices '
           'across the region while officials warned of further delays to the new railway project '
           'as storms hit coastal towns and thousands of homes lost power overnight according to '
           'local authorities who urged residents to stay indoors until the weather improves').split(),
    'de': ('die Regierung hat am Montag angekündigt dass die Gespräche mit den Verbündeten trotz '
           'wachsender Kritik weitergehen sollen während Schnee und Glätte den Bahnverkehr im Norden '
           'lahmlegten und tausende Haushalte ohne Strom blieben laut Behörden müssen Pendler mit '
           'weiteren Verspätungen rechnen Größere Straßen wurden gesperrt').split(),
    'fr': ('le gouvernement a annoncé lundi que les négociations avec les partenaires européens '
           'se poursuivront malgré la grève des cheminots qui paralyse le réseau ferré et les '
           'élèves privés de cours après les intempéries à Marseille où la préfecture a déclenché '
           'une vigilance orange pour la journée de mercredi côté économie').split(),
    'es': ('el gobierno anunció el lunes que las negociaciones con los socios continuarán pese a '
           'la huelga general convocada por los sindicatos mientras las lluvias torrenciales '
           'provocan inundaciones en Valencia y obligan a suspender las clases según informó la '
           'Generalitat que pidió a los vecinos extremar la precaución años señalización').split(),
    'ru': ('правительство в понедельник заявило что переговоры с партнёрами продолжатся несмотря '
           'на растущее давление оппозиции из-за бюджета и цен на энергию тем временем снегопад '
           'парализовал движение в Москве а аэропорты ограничили работу из-за непогоды по данным '
           'властей жителей призвали оставаться дома до улучшения погоды').split(),
    'el': ('η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι οι συνομιλίες με τους συμμάχους θα συνεχιστούν '
           'παρά τις αντιδράσεις της αντιπολίτευσης για τον προϋπολογισμό ενώ η απεργία στα μέσα '
           'μεταφοράς παρέλυσε την Αθήνα και χιλιάδες επιβάτες έμειναν χωρίς λεωφορεία').split(),
}
# Typographic characters a Windows-1252 feed typically carries (all representable in cp1252).
SMART = ['“', '”', '‘', '’', '–', '—', '…', '€']
SOURCES = ['Reuters', 'BBC', 'The Guardian', 'AP News', 'Al Jazeera English', 'DER SPIEGEL',
           'Le Monde', 'El País', 'KSL.com', 'CNN', 'NPR', 'Bloomberg', 'France 24', 'DW',
           'ekathimerini.com', 'РБК', 'Коммерсантъ', 'UN News', 'Politico Europe', 'Axios']

rng = random.Random(SEED)


def words(lang, n, cap=True):
    w = [rng.choice(WORDS[lang]) for _ in range(n)]
    s = ' '.join(w)
    return s[:1].upper() + s[1:] if cap else s


def headline(lang):
    return words(lang, rng.randint(6, 13))


def sentence(lang, smart=False):
    s = words(lang, rng.randint(10, 26)) + '.'
    if smart and rng.random() < 0.5:
        s = SMART[0] + s + SMART[1] + ' ' + SMART[4] + ' ' + words(lang, 4) + SMART[6]
    return s


def body_html(lang, min_bytes, max_bytes, smart=False):
    """An article body as a CMS emits it: paragraphs, links, emphasis, a figure, entities."""
    target = rng.randint(min_bytes, max_bytes)
    parts = []
    size = 0
    while size < target:
        r = rng.random()
        if r < 0.08:
            p = ('<figure><img src="https://cdn.example.com/img/%d.jpg" alt="%s" width="800" '
                 'height="450" /><figcaption>%s</figcaption></figure>'
                 % (rng.randrange(10**6), escape(words(lang, 5), {'"': '&quot;'}), words(lang, 8)))
        elif r < 0.15:
            p = '<h2>%s</h2>' % words(lang, 5)
        elif r < 0.2:
            p = '<ul>' + ''.join('<li>%s</li>' % words(lang, 7) for _ in range(3)) + '</ul>'
        else:
            p = ' '.join(sentence(lang, smart) for _ in range(rng.randint(2, 5)))
            p = p.replace(' the ', ' <a href="https://www.example.com/topic/%d">the</a> '
                          % rng.randrange(1000), 1)
            p = p.replace(' and ', ' <strong>and</strong> ', 1)
            p = '<p>%s&nbsp;&mdash; %s</p>' % (p, words(lang, 3))
        parts.append(p)
        size += len(p.encode('utf-8'))
    return '\n'.join(parts)


def rfc822(t):
    return t.strftime('%a, %d %b %Y %H:%M:%S +0000')


def iso(t):
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def item_times(n):
    t = BASE_TIME
    out = []
    for _ in range(n):
        t -= timedelta(minutes=rng.randint(3, 240))
        out.append(t)
    return out


def x(s):
    return escape(s)


def cdata(s):
    return '<![CDATA[' + s.replace(']]>', ']]]]><![CDATA[>') + ']]>'


def decl(encoding):
    return '<?xml version="1.0" encoding="%s"?>\n' % encoding


# ---------------------------------------------------------------- RSS 2.0 (news, namespaces)
def rss20(i, lang, encoding, n_items, body=(2000, 9000), podcast=False):
    smart = encoding == 'windows-1252'
    site = 'https://news%d.example.com' % i
    out = [decl(encoding),
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" '
           'xmlns:atom="http://www.w3.org/2005/Atom"'
           + (' xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"' if podcast else '') + '>\n',
           '<channel>\n<title>%s</title>\n<link>%s/</link>\n' % (x(words(lang, 3)), site),
           '<atom:link href="%s/feed/" rel="self" type="application/rss+xml" />\n' % site,
           '<description>%s</description>\n<language>%s</language>\n' % (x(sentence(lang)), lang),
           '<lastBuildDate>%s</lastBuildDate>\n<generator>WordPress 6.4</generator>\n' % rfc822(BASE_TIME),
           '<image><url>%s/logo.png</url><title>Logo</title><link>%s/</link></image>\n' % (site, site)]
    if podcast:
        out.append('<itunes:author>%s</itunes:author><itunes:explicit>false</itunes:explicit>'
                   '<itunes:image href="%s/cover.jpg"/><itunes:category text="News">'
                   '<itunes:category text="Politics"/></itunes:category>\n' % (x(words(lang, 2)), site))
    for k, t in enumerate(item_times(n_items)):
        title = headline(lang)
        slug = '%d-%d' % (k, rng.randrange(10**6))
        link = '%s/%s/%s' % (site, t.strftime('%Y/%m/%d'), slug)
        out.append('<item>\n<title>%s</title>\n<link>%s</link>\n' % (x(title), link))
        out.append('<guid isPermaLink="false">%s/?p=%d</guid>\n' % (site, rng.randrange(10**7)))
        out.append('<pubDate>%s</pubDate>\n<dc:creator>%s</dc:creator>\n'
                   % (rfc822(t), cdata(words(lang, 2))))
        for _ in range(rng.randint(1, 4)):
            out.append('<category>%s</category>' % cdata(words(lang, 1)))
        summary = '<p>%s</p>' % sentence(lang, smart)
        out.append('\n<description>%s</description>\n' % x(summary))
        if podcast:
            out.append('<enclosure url="%s/audio/%s.mp3" length="%d" type="audio/mpeg"/>\n'
                       '<itunes:duration>%d:%02d</itunes:duration><itunes:episode>%d</itunes:episode>'
                       '<itunes:summary>%s</itunes:summary>\n'
                       % (site, slug, rng.randrange(10**7, 10**8), rng.randint(20, 90),
                          rng.randint(0, 59), n_items - k, x(sentence(lang))))
        else:
            out.append('<content:encoded>%s</content:encoded>\n' % cdata(body_html(lang, *body, smart)))
            out.append('<media:content url="%s/img/%s.jpg" medium="image" width="1200" height="675">'
                       '<media:credit>%s</media:credit></media:content>\n'
                       '<media:thumbnail url="%s/img/%s-thumb.jpg" width="150" height="84"/>\n'
                       % (site, slug, x(words(lang, 2)), site, slug))
        out.append('</item>\n')
    out.append('</channel>\n</rss>\n')
    return ''.join(out)


# ---------------------------------------------------------------- RSS 0.91 / 0.92
def rss09x(i, version, lang, encoding, n_items):
    site = 'http://old%d.example.org' % i
    out = [decl(encoding)]
    if version == '0.91':
        out.append('<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
                   '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n')
    out.append('<rss version="%s">\n<channel>\n<title>%s</title>\n<link>%s/</link>\n'
               '<description>%s</description>\n<language>%s</language>\n'
               % (version, x(words(lang, 3)), site, x(sentence(lang)), lang))
    for k, t in enumerate(item_times(n_items)):
        out.append('<item>\n<title>%s</title>\n<link>%s/story.php?id=%d&amp;ref=rss</link>\n'
                   % (x(headline(lang)), site, rng.randrange(10**6)))
        desc = ' '.join(sentence(lang, encoding == 'windows-1252') for _ in range(rng.randint(3, 9)))
        desc = '<p>%s</p><p><a href="%s/more">&raquo; more</a></p>' % (desc, site)
        out.append('<description>%s</description>\n' % x(desc))
        if version == '0.92':
            out.append('<category domain="%s/cat">%s</category>\n' % (site, x(words(lang, 1))))
            if rng.random() < 0.3:
                out.append('<enclosure url="%s/a%d.mp3" length="%d" type="audio/mpeg"/>\n'
                           % (site, k, rng.randrange(10**6, 10**8)))
        out.append('</item>\n')
    out.append('</channel>\n</rss>\n')
    return ''.join(out)


# ---------------------------------------------------------------- RSS 1.0 (RDF) with dc
def rdf(i, lang, encoding, n_items):
    site = 'https://rdf%d.example.net' % i
    entries = []
    for t in item_times(n_items):
        entries.append((t, '%s/articles/%d' % (site, rng.randrange(10**7)), headline(lang)))
    out = [decl(encoding),
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
           'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:syn="http://purl.org/rss/1.0/modules/syndication/">\n',
           '<channel rdf:about="%s/rss">\n<title>%s</title>\n<link>%s/</link>\n'
           '<description>%s</description>\n<dc:language>%s</dc:language>\n'
           '<dc:date>%s</dc:date>\n<syn:updatePeriod>hourly</syn:updatePeriod>\n<items><rdf:Seq>\n'
           % (site, x(words(lang, 3)), site, x(sentence(lang)), lang, iso(BASE_TIME))]
    for _, link, _ in entries:
        out.append('<rdf:li rdf:resource="%s"/>\n' % link)
    out.append('</rdf:Seq></items>\n</channel>\n')
    for t, link, title in entries:
        out.append('<item rdf:about="%s">\n<title>%s</title>\n<link>%s</link>\n'
                   '<description>%s</description>\n<dc:creator>%s</dc:creator>\n'
                   '<dc:date>%s</dc:date>\n<dc:subject>%s</dc:subject>\n'
                   % (link, x(title), link, x(sentence(lang)), x(words(lang, 2)),
                      t.strftime('%Y-%m-%dT%H:%M:%S+01:00'), x(words(lang, 1))))
        if rng.random() < 0.6:
            out.append('<content:encoded>%s</content:encoded>\n' % x(body_html(lang, 1000, 5000)))
        out.append('</item>\n')
    out.append('</rdf:RDF>\n')
    return ''.join(out)


# ---------------------------------------------------------------- Atom 1.0
def atom(i, lang, encoding, n_items, xhtml=False):
    site = 'https://blog%d.example.io' % i
    out = [decl(encoding),
           '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="%s" '
           'xmlns:media="http://search.yahoo.com/mrss/">\n' % lang,
           '<title type="text">%s</title>\n<subtitle>%s</subtitle>\n' % (x(words(lang, 3)), x(sentence(lang))),
           '<link rel="alternate" type="text/html" href="%s/"/>\n' % site,
           '<link rel="self" type="application/atom+xml" href="%s/feed.atom"/>\n' % site,
           '<id>tag:blog%d.example.io,2005:feed</id>\n<updated>%s</updated>\n' % (i, iso(BASE_TIME)),
           '<author><name>%s</name><uri>%s/about</uri></author>\n' % (x(words(lang, 2)), site),
           '<generator uri="https://jekyllrb.com/" version="4.3.2">Jekyll</generator>\n']
    for k, t in enumerate(item_times(n_items)):
        path = '/posts/%d-%s' % (rng.randrange(10**6), 'entry')
        out.append('<entry>\n<title type="html">%s</title>\n' % x(x(headline(lang))))
        out.append('<link href="%s" rel="alternate" type="text/html"/>\n' % path)
        out.append('<id>tag:blog%d.example.io,2005:entry-%d</id>\n' % (i, rng.randrange(10**9)))
        out.append('<published>%s</published>\n<updated>%s</updated>\n'
                   % (iso(t), iso(t + timedelta(minutes=rng.randint(0, 90)))))
        out.append('<author><name>%s</name><email>author%d@example.io</email></author>\n'
                   % (x(words(lang, 2)), k % 7))
        for _ in range(rng.randint(1, 3)):
            out.append('<category term="%s"/>' % x(rng.choice(WORDS[lang])))
        out.append('\n<summary type="text">%s</summary>\n' % x(sentence(lang)))
        body = body_html(lang, 1500, 8000)
        if xhtml:
            out.append('<content type="xhtml" xml:base="%s/posts/"><div xmlns="http://www.w3.org/1999/xhtml">%s</div></content>\n'
                       % (site, body.replace('&nbsp;', '&#160;').replace('&mdash;', '&#8212;')))
        else:
            out.append('<content type="html" xml:base="%s/posts/">%s</content>\n' % (site, x(body)))
        out.append('<media:thumbnail url="%s/thumbs/%d.jpg"/>\n</entry>\n' % (site, k))
    out.append('</feed>\n')
    return ''.join(out)


# ---------------------------------------------------------------- JSON Feed 1.1
def jsonfeed(i, lang, n_items):
    site = 'https://json%d.example.dev' % i
    items = []
    for k, t in enumerate(item_times(n_items)):
        it = {
            'id': '%s/p/%d' % (site, rng.randrange(10**8)),
            'url': '%s/p/%d' % (site, k),
            'title': headline(lang),
            'content_html': body_html(lang, 1500, 7000),
            'summary': sentence(lang),
            'date_published': t.strftime('%Y-%m-%dT%H:%M:%S+00:00'),
            'authors': [{'name': words(lang, 2), 'url': site + '/about'}],
            'tags': [rng.choice(WORDS[lang]) for _ in range(rng.randint(1, 4))],
        }
        if rng.random() < 0.5:
            it['image'] = '%s/img/%d.jpg' % (site, k)
        if rng.random() < 0.2:
            it['attachments'] = [{'url': '%s/a/%d.mp3' % (site, k), 'mime_type': 'audio/mpeg',
                                  'size_in_bytes': rng.randrange(10**6, 10**8)}]
        items.append(it)
    feed = {'version': 'https://jsonfeed.org/version/1.1', 'title': words(lang, 3),
            'home_page_url': site + '/', 'feed_url': site + '/feed.json',
            'description': sentence(lang), 'language': lang,
            'authors': [{'name': words(lang, 2)}], 'items': items}
    return json.dumps(feed, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))


# ---------------------------------------------------------------- Google News style, ~6.7 MB
def google_news(target_bytes):
    """Items shaped like assets/feeds/google-news-world.xml: title " - Source", opaque article
    link and guid, and a <description> holding an escaped <ol> of related coverage."""
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

    def token():
        return 'CBMi' + ''.join(rng.choice(alphabet) for _ in range(rng.randint(50, 170)))

    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0">\n<channel>\n'
            '<generator>NFE/5.0</generator>\n<title>World - Latest - Google News</title>\n'
            '<link>https://news.google.com/topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRGx1YlY4U0FtVnVHZ0pWVXlnQVAB?hl=en-US&amp;gl=US&amp;ceid=US:en</link>\n'
            '<language>en-US</language>\n<webMaster>news-webmaster@google.com</webMaster>\n'
            '<copyright>Copyright © 2026 Google. All rights reserved.</copyright>\n'
            '<lastBuildDate>%s</lastBuildDate>\n<description>Google News</description>\n'
            % rfc822(BASE_TIME).replace('+0000', 'GMT'))
    out = [head]
    size = len(head)
    t = BASE_TIME
    langs = ['en'] * 6 + ['de', 'fr', 'es', 'ru', 'el']
    while size < target_bytes - 30:
        t -= timedelta(seconds=rng.randint(5, 90))
        lang = rng.choice(langs)
        src = rng.choice(SOURCES)
        title = headline(lang)
        tok = token()
        related = [(title, tok, src)]
        for _ in range(rng.randint(0, 4)):
            related.append((headline(rng.choice(langs)), token(), rng.choice(SOURCES)))
        lis = ''.join('<li><a href="https://news.google.com/rss/articles/%s?oc=5" target="_blank">%s</a>'
                      '&nbsp;&nbsp;<font color="#6f6f6f">%s</font></li>' % (tk, x(h), x(s))
                      for h, tk, s in related)
        desc = '<ol>%s</ol>' % lis if len(related) > 1 else lis[4:-5]
        item = ('<item>\n<title>%s - %s</title>\n'
                '<link>https://news.google.com/rss/articles/%s?oc=5</link>\n'
                '<guid isPermaLink="false">%s</guid>\n<pubDate>%s</pubDate>\n'
                '<description>%s</description>\n<source url="https://www.%s.com">%s</source>\n</item>\n'
                % (x(title), x(src), tok, tok, rfc822(t).replace('+0000', 'GMT'), x(desc),
                   ''.join(c for c in src.lower() if c.isalnum()) or 'news', x(src)))
        out.append(item)
        size += len(item.encode('utf-8'))
    out.append('</channel>\n</rss>\n')
    return ''.join(out)


# ---------------------------------------------------------------- 50,000 labelled headlines
def headlines_50k(labelled_path, count):
    """The labelled set (tests/fixtures/stories/labelled_headlines.tsv) replayed as many news
    cycles: copy k is shifted by k*2 days (beyond the 24 h story window) and each group's
    capitalised names are replaced by invented names of that copy, so every copy is a new set of
    events with the same shape (sources per event, languages, hard negatives)."""
    rows = []
    with open(labelled_path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            rows.append(line.rstrip('\n').split('\t'))
    syll = ['ka', 'ro', 'mi', 'ten', 'vel', 'dor', 'sa', 'lin', 'ber', 'gu', 'zo', 'nak', 'ti', 'mar']
    out = ['# generated by bench/corpus/make_corpus.py from labelled_headlines.tsv\n']
    n = 0
    copy = 0
    while n < count:
        names = {}
        for group, lang, source, time, text in rows:
            if n >= count:
                break
            key = (group, copy)
            if key not in names:
                names[key] = {}
            toks = text.split(' ')
            for j, tok in enumerate(toks):
                core = tok.strip(',.:;!?\'"«»()')
                if copy and j > 0 and core[:1].isupper() and len(core) > 3:
                    if core not in names[key]:
                        names[key][core] = ''.join(rng.choice(syll) for _ in range(3)).capitalize()
                    toks[j] = tok.replace(core, names[key][core])
            when = datetime.strptime(time, '%Y-%m-%dT%H:%MZ') + timedelta(days=2 * copy)
            out.append('%s#%d\t%s\t%s\t%s\t%s\n' % (group, copy, lang, source,
                                                   when.strftime('%Y-%m-%dT%H:%MZ'), ' '.join(toks)))
            n += 1
        copy += 1
    return ''.join(out)


def main():
    out_dir = sys.argv[1]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    feeds_dir = os.path.join(out_dir, 'feeds')
    os.makedirs(feeds_dir, exist_ok=True)
    files = []

    def put(name, text, encoding='utf-8'):
        data = text.encode(encoding, errors='xmlcharrefreplace')
        with open(os.path.join(feeds_dir, name), 'wb') as f:
            f.write(data)
        files.append((name, len(data)))

    n = 0
    plan = [  # (format, language, encoding, items)
        ('rss20', 'en', 'utf-8', 20), ('rss20', 'en', 'utf-8', 25), ('rss20', 'de', 'utf-8', 15),
        ('rss20', 'fr', 'utf-8', 20), ('rss20', 'es', 'utf-8', 12), ('rss20', 'ru', 'utf-8', 18),
        ('rss20', 'el', 'utf-8', 10), ('rss20', 'en', 'windows-1252', 15),
        ('rss20', 'fr', 'iso-8859-1', 15), ('rss20', 'ru', 'koi8-r', 12),
        ('rss20', 'ru', 'windows-1251', 12), ('rss20', 'el', 'iso-8859-7', 10),
        ('rss20', 'en', 'utf-8', 30), ('rss20', 'de', 'iso-8859-1', 10),
        ('podcast', 'en', 'utf-8', 60), ('podcast', 'de', 'utf-8', 40), ('podcast', 'en', 'windows-1252', 30),
        ('rss091', 'en', 'utf-8', 15), ('rss091', 'fr', 'iso-8859-1', 15), ('rss091', 'en', 'windows-1252', 15),
        ('rss092', 'en', 'utf-8', 20), ('rss092', 'es', 'iso-8859-1', 20), ('rss092', 'ru', 'koi8-r', 20),
        ('rdf', 'en', 'utf-8', 15), ('rdf', 'de', 'utf-8', 15), ('rdf', 'ru', 'koi8-r', 15),
        ('rdf', 'fr', 'iso-8859-1', 15), ('rdf', 'en', 'utf-8', 25),
        ('atom', 'en', 'utf-8', 10), ('atom', 'en', 'utf-8', 12), ('atom', 'de', 'utf-8', 10),
        ('atom', 'fr', 'utf-8', 10), ('atom', 'es', 'utf-8', 10), ('atom', 'ru', 'utf-8', 10),
        ('atom', 'el', 'utf-8', 8), ('atom', 'en', 'windows-1252', 10), ('atom', 'fr', 'iso-8859-1', 10),
        ('atom-xhtml', 'en', 'utf-8', 10), ('atom-xhtml', 'de', 'utf-8', 10), ('atom-xhtml', 'ru', 'koi8-r', 8),
        ('json', 'en', None, 10), ('json', 'en', None, 15), ('json', 'de', None, 10),
        ('json', 'fr', None, 10), ('json', 'ru', None, 8), ('json', 'es', None, 10),
        ('rss20', 'en', 'utf-8', 8), ('rss20', 'es', 'windows-1252', 10), ('rss20', 'en', 'utf-8', 40),
        ('atom', 'en', 'utf-8', 20), ('rss20', 'de', 'utf-8', 20), ('json', 'el', None, 8),
        ('rdf', 'es', 'iso-8859-1', 20),
    ]
    for fmt, lang, enc, items in plan:
        n += 1
        if fmt in ('rss20', 'podcast'):
            text = rss20(n, lang, enc, items, podcast=fmt == 'podcast')
        elif fmt in ('rss091', 'rss092'):
            text = rss09x(n, '0.91' if fmt == 'rss091' else '0.92', lang, enc, items)
        elif fmt == 'rdf':
            text = rdf(n, lang, enc, items)
        elif fmt.startswith('atom'):
            text = atom(n, lang, enc, items, xhtml=fmt == 'atom-xhtml')
        else:
            put('%02d-json11-%s.json' % (n, lang), jsonfeed(n, lang, items))
            continue
        put('%02d-%s-%s-%s.xml' % (n, fmt, lang, enc), text, enc)
    put('google-news-6.7mb.xml', google_news(6_700_000))

    labelled = os.path.join(root, 'tests', 'fixtures', 'stories', 'labelled_headlines.tsv')
    with open(os.path.join(out_dir, 'headlines-50k.tsv'), 'w', encoding='utf-8') as f:
        f.write(headlines_50k(labelled, 50000))
    with open(os.path.join(out_dir, 'manifest.txt'), 'w') as f:
        for name, size in files:
            f.write('%s\t%d\n' % (name, size))
    total = sum(s for _, s in files)
    print('corpus: %d files, %.2f MB in %s' % (len(files), total / 1e6, feeds_dir))


if __name__ == '__main__':
    main()
