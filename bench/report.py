#!/usr/bin/python3
"""Turns the JSON lines of one bench/run.sh run into the Markdown table printed at its end
(and pasted into the README's Performance section).

    /usr/bin/python3 bench/report.py RESULTS.jsonl
"""
import json
import os
import statistics
import subprocess
import sys

ORDER = ['feedview-native', 'feedview-wasm', 'raw-native', 'raw-wasm']
LABELS = {
    'feedview-native': 'feedview, native (parse_feed into the model)',
    'feedview-wasm': 'feedview, Wasm under node',
    'raw-native': 'pugixml 1.13 load + walk, native (ceiling)',
    'raw-wasm': 'pugixml 1.13 load + walk, Wasm under node',
}


def machine(rows):
    cpu = '?'
    with open('/proc/cpuinfo') as f:
        for line in f:
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    nproc = os.cpu_count()
    node = subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip()
    # The load when the run ended (run.sh records it), else now.
    load = next((r['loadavg'] for r in rows if r['bench'] == 'machine'), None)
    load = (load or open('/proc/loadavg').read()).split()[:3]
    return '%d × %s, Linux, node %s (load average at the end of the run: %s)' % (nproc, cpu, node, ' '.join(load))


def stats(values):
    return statistics.median(values), min(values), max(values)


def fmt(v):
    if v >= 100:
        return '%.0f' % v
    if v >= 10:
        return '%.1f' % v
    return '%.2f' % v


def main():
    rows = [json.loads(l) for l in open(sys.argv[1]) if l.startswith('{')]
    out = []
    say = out.append
    say('Machine: ' + machine(rows))
    tp = {}
    for r in rows:
        if r['bench'] == 'throughput':
            tp.setdefault(r['runner'], []).append(r['mbps'])
    corpus = next((r for r in rows if r['bench'] == 'throughput'), None)
    if corpus:
        say('')
        say('Corpus: %d files, %.1f MB (bench/corpus/make_corpus.py); %d rounds, peers interleaved'
            % (corpus['files'], corpus['bytes'] / corpus['passes'] / 1e6,
               max(len(v) for v in tp.values())))
    say('')
    say('| Parse throughput | MB/s median | min–max | × feedview native |')
    say('| --- | ---: | ---: | ---: |')
    base = statistics.median(tp['feedview-native']) if 'feedview-native' in tp else None
    names = [n for n in ORDER if n in tp] + sorted((n for n in tp if n not in ORDER),
                                                   key=lambda n: -statistics.median(tp[n]))
    for n in names:
        med, lo, hi = stats(tp[n])
        ratio = '%.2f' % (med / base) if base else '—'
        say('| %s | %s | %s–%s | %s |' % (LABELS.get(n, n), fmt(med), fmt(lo), fmt(hi), ratio))

    def med(n):
        return statistics.median(tp[n]) if n in tp else None

    checks = []
    if base and med('raw-native'):
        checks.append(('feedview native ≥ 0.5 × pugixml native', base / med('raw-native'), 0.5))
    if base and med('feedview-wasm'):
        checks.append(('feedview Wasm ≥ 0.5 × feedview native', med('feedview-wasm') / base, 0.5))
    for n in tp:
        if n.startswith('rss-parser') and base:
            checks.append(('feedview native ≥ 10 × rss-parser', base / med(n), 10))
        if n.startswith('python3-feedparser') and base:
            checks.append(('feedview native ≥ 100 × python3-feedparser', base / med(n), 100))

    mem_big = [r for r in rows if r['bench'] == 'memory-big']
    mem_feeds = [r for r in rows if r['bench'] == 'memory-feeds']
    if mem_big or mem_feeds:
        say('')
        say('| Memory held by the model (counting allocator) | bytes per item | feed bytes per item | model / feed bytes |')
        say('| --- | ---: | ---: | ---: |')
        for r in mem_feeds:
            say('| %d feeds, %d items, %s | %.0f | %.0f | %.2f |' % (
                r['files'], r['items'], r['runner'].split('-')[1], r['held'] / r['items'],
                r['bytes'] / r['items'], r['held'] / r['bytes']))
        for r in mem_big:
            say('| %s (%.1f MB, %d items), %s | %.0f | %.0f | %.2f |' % (
                r['file'], r['bytes'] / 1e6, r['items'], r['runner'].split('-')[1],
                r['held'] / r['items'], r['bytes'] / r['items'], r['held'] / r['bytes']))
        say('')
        for r in mem_feeds + mem_big:
            f = r.get('fields')
            if f:
                top = sorted(f.items(), key=lambda kv: -kv[1])[:4]
                say('- Where the model bytes go (%s, %s): %s.' % (
                    r.get('file', '%d feeds' % r.get('files', 0)), r['runner'].split('-')[1],
                    ', '.join('%s %.0f%%' % (k, 100.0 * v / r['held']) for k, v in top)))
        for r in mem_big:
            rss = (', process maxrss grew %.1f MB' % (r['maxrss_delta_kb'] / 1024)) if r['maxrss_delta_kb'] >= 0 else ''
            say('- Peak while parsing the %.1f MB file, %s: %.1f MB of heap on top of the input bytes%s.'
                % (r['bytes'] / 1e6, r['runner'].split('-')[1], r['peak_heap'] / 1e6, rss))

    st = {}
    for r in rows:
        if r['bench'] == 'stories':
            st.setdefault(r['runner'], []).append(r)
    if st:
        say('')
        say('| Stories (StoryIndex) | headlines | time median | min–max | per headline | pairwise precision / recall |')
        say('| --- | ---: | ---: | ---: | ---: | ---: |')
        for n, rs in sorted(st.items()):
            times = [r['add_seconds'] + r['list_seconds'] for r in rs]
            m, lo, hi = stats(times)
            r0 = rs[0]
            say('| clustering, %s | %d | %.2f s | %.2f–%.2f s | %.0f µs | %.3f / %.3f |' % (
                n.split('-')[1], r0['headlines'], m, lo, hi, m / r0['headlines'] * 1e6,
                r0['precision'], r0['recall']))
        wd = {}
        for r in rows:
            if r['bench'] == 'words':
                wd.setdefault((r['runner'].split('-')[1], r['path']), []).append(r['seconds'])
        if wd:
            say('')
            say('| keywords::split_words over the same headlines | time median | min–max | × utf8proc-only |')
            say('| --- | ---: | ---: | ---: |')
            for build in sorted({b for b, _ in wd}):
                base = stats(wd.get((build, 'utf8proc-only'), [0]))[0]
                for path in ('utf8proc-only', 'ascii-fast-path'):
                    if (build, path) not in wd:
                        continue
                    m, lo, hi = stats(wd[(build, path)])
                    say('| %s, %s | %.3f s | %.3f–%.3f s | %.2f |' % (
                        build, 'before: utf8proc for every word' if path == 'utf8proc-only'
                        else 'after: ASCII fast path', m, lo, hi, m / base if base else 0))

    ar = {}
    for r in rows:
        if r['bench'] == 'arrivals':
            ar.setdefault((r['runner'].split('-')[1], r['path']), []).append(r)
    if ar:
        say('')
        say('| 50 feeds arrive one by one: headline rows + search keys, main thread | feeds / items | rows built | '
            'all arrivals, median | longest arrival | × rebuild |')
        say('| --- | ---: | ---: | ---: | ---: | ---: |')
        for build in sorted({b for b, _ in ar}):
            base = stats([r['seconds'] for r in ar.get((build, 'rebuild'), [{'seconds': 0}])])[0]
            labels = {'rebuild': 'before: every row rebuilt per arrival',
                      'per-feed': 'the arriving feed\'s rows merged in',
                      'per-feed-prefolded': 'after: same, text keys folded beforehand (hand-over parts)'}
            for path in ('rebuild', 'per-feed', 'per-feed-prefolded'):
                rs = ar.get((build, path))
                if not rs:
                    continue
                m = stats([r['seconds'] for r in rs])[0]
                longest = stats([r['longest'] for r in rs])[0]
                say('| %s, %s | %d / %d | %d | %.1f ms | %.1f ms | %.3f |' % (
                    build, labels[path], rs[0]['feeds'], rs[0]['items'],
                    rs[0]['keys'], m * 1e3, longest * 1e3, m / base if base else 0))

    br = [r for r in rows if r['bench'] == 'browser']
    if br:
        say('')
        info = next((r for r in rows if r['bench'] == 'browser-info'), {})
        say('| Browser (Chromium %s, SwiftShader WebGL, warm HTTP cache) | median | min–max | target |'
            % info.get('chromium', ''))
        say('| --- | ---: | ---: | --- |')
        by = {}
        for r in br:
            by.setdefault(r['metric'], []).append(r)
        for metric, rs in by.items():
            vals = [r['value'] for r in rs if r['value'] is not None]
            unit = rs[0]['unit']
            if not vals:
                say('| %s | n/a | | %s — %s |' % (metric, rs[0].get('target', ''), rs[0].get('note', 'not measured')))
                continue
            m, lo, hi = stats(vals)
            say('| %s | %s %s | %s–%s | %s |' % (metric, fmt(m), unit, fmt(lo), fmt(hi), rs[0].get('target', '')))
            t = rs[0].get('target_check')
            if t:
                op, limit = t
                checks.append(('%s %s %s %s' % (metric, op, limit, unit),
                               m, limit if op == '≥' else -limit))

    app_rows = [r for r in br if r['metric'] == 'first headlines, feedview app' and r.get('marks')]
    if app_rows:
        marks = app_rows[-1]['marks']
        say('')
        say('- App first-headlines timeline (last visit, ms after navigation start): downloads done at '
            + ', '.join('%s %s' % (k, v) for k, v in sorted(marks.items(), key=lambda kv: kv[1]))
            + '; headlines drawn at %.0f.' % app_rows[-1]['value'])

    if checks:
        say('')
        say('| Target (issue 8) | measured | status |')
        say('| --- | ---: | --- |')
        for text, value, limit in checks:
            ok = value >= limit if limit >= 0 else value <= -limit
            say('| %s | %s | %s |' % (text, fmt(value), 'met' if ok else '**not met**'))
    print('\n'.join(out))


if __name__ == '__main__':
    main()
