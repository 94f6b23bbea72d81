#!/usr/bin/python3
"""Cuts the fallback fonts (assets/fallback-fonts.txt) into small files by Unicode range and
writes the manifest the app reads to know which file draws which codepoint.

    gen_fallback_fonts.py CONFIG BASE_UNICODES OUT_DIR

Like Google Fonts' unicode-range slices: a page fetches only the files whose codepoints appear
in the text it shows. Each fallback font contributes the codepoints it has that the base UI font
(BASE_UNICODES, the `unicodes` line of assets/fonts.txt) and the fonts listed before it lack.
CJK is cut into many chunks of a few hundred codepoints: first the commonly used ideographs
(GB 2312 level 1, JIS X 0208 level 1, Big5 frequent: what most headlines use), kana and
punctuation, and the 2,350 common Hangul syllables; the rare rest in larger chunks.

Writes OUT_DIR/<name>-<nn>-<hash>.<ttf|otf> (the hash of the content: browsers and the service
worker may cache a chunk forever) and OUT_DIR/manifest.txt, one chunk per line:
    <regular file> <bold file or -> <ranges: hex "a-b" or "a", comma separated>
Every file not in the new manifest is removed from OUT_DIR.
"""
import hashlib
import io
import multiprocessing
import os
import shutil
import sys
import tempfile

from fontTools import subset
from fontTools.ttLib import TTFont


def parse_unicodes(spec):
    out = set()
    for part in spec.split(','):
        part = part.strip().upper().replace('U+', '')
        if not part:
            continue
        lo, _, hi = part.partition('-')
        out.update(range(int(lo, 16), int(hi or lo, 16) + 1))
    return out


def legacy_set(codec, lo, hi, trail_lo):
    """Codepoints of a double-byte legacy charset's range (its "common" level)."""
    out = set()
    for lead in range(lo >> 8, (hi >> 8) + 1):
        for trail in range(trail_lo, 0xFF):
            code = (lead << 8) | trail
            if lo <= code <= hi:
                try:
                    out.add(ord(bytes([lead, trail]).decode(codec)))
                except (UnicodeDecodeError, TypeError):
                    pass
    return out


def cjk_common():
    return (legacy_set('gb2312', 0xB0A1, 0xD7FE, 0xA1) | legacy_set('euc_jp', 0xB0A1, 0xCFD3, 0xA1) |
            legacy_set('big5', 0xA440, 0xC67E, 0x40))


HANGUL_COMMON = lambda: legacy_set('euc_kr', 0xB0A1, 0xC8FE, 0xA1)  # noqa: E731


def chunks_of(cps, size):
    cps = sorted(cps)
    return [cps[i:i + size] for i in range(0, len(cps), size)]


def plan(cps, opts):
    """Splits one font's codepoints into chunks (lists of codepoints)."""
    size = int(opts.get('chunk', '100000'))
    if opts.get('split') != 'cjk':
        return chunks_of(cps, size)
    rare_size = int(opts.get('rare-chunk', str(size)))
    hangul = {c for c in cps if 0xAC00 <= c <= 0xD7AF}
    han = {c for c in cps if 0x3400 <= c <= 0x9FFF or 0x20000 <= c <= 0x3FFFF or 0xF900 <= c <= 0xFAFF}
    kana_punct = {c for c in cps if 0x3000 <= c <= 0x30FF or 0xFF00 <= c <= 0xFFEF or 0x31F0 <= c <= 0x31FF}
    common_han = han & cjk_common()
    common_hangul = hangul & HANGUL_COMMON()
    rest = cps - common_han - common_hangul - kana_punct
    kana = {c for c in kana_punct if c <= 0x30FF}
    out = []
    out += chunks_of(kana, 1000)               # kana and CJK punctuation: any Japanese text
    out += chunks_of(kana_punct - kana, 1000)  # full-width forms
    out += chunks_of(common_han, size)
    out += chunks_of(common_hangul, size)
    out += chunks_of(rest, rare_size)
    return out


def open_font(source):
    path, _, number = source.partition('#')
    return TTFont(path, fontNumber=int(number) if number else -1)


def subset_bytes(source, cps):
    font = open_font(source)
    o = subset.Options()
    # ImGui (stb_truetype) draws cmap glyphs only: no layout tables, no hinting, no vertical
    # metrics. CFF keeps its subroutines (stb_truetype reads them; smaller files).
    o.layout_features = []
    o.hinting = False
    o.drop_tables += ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'VORG', 'vhea', 'vmtx', 'DSIG']
    o.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    o.notdef_outline = True
    o.recalc_bounds = True
    s = subset.Subsetter(o)
    s.populate(unicodes=cps)
    s.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue(), 'otf' if 'CFF ' in font else 'ttf'


def ranges_text(cps):
    cps = sorted(cps)
    parts = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append('%x' % cps[i] if i == j else '%x-%x' % (cps[i], cps[j]))
        i = j + 1
    return ','.join(parts)


def inputs_digest(config, base_spec):
    """What the output depends on: this script, the list, the base coverage, the font files."""
    h = hashlib.sha256()
    for path in (__file__, config):
        with open(path, 'rb') as f:
            h.update(f.read())
    h.update(base_spec.encode())
    for line in open(config, encoding='utf-8'):
        fields = line.split()
        if fields and fields[0] == 'fallback':
            for source in fields[2:4]:
                path = source.partition('#')[0]
                if source != '-' and os.path.exists(path):
                    st = os.stat(path)
                    h.update(('%s %d %d' % (path, st.st_size, st.st_mtime)).encode())
    return h.hexdigest()


def main():
    config, base_spec, out_dir = sys.argv[1:4]
    os.makedirs(out_dir, exist_ok=True)
    # Cutting takes minutes: when nothing it depends on changed (a checkout or rebase only
    # touched the files' times), keep the chunks and only refresh the manifest's time.
    digest = inputs_digest(config, base_spec)
    stamp = os.path.join(out_dir, '.inputs')
    manifest = os.path.join(out_dir, 'manifest.txt')
    if os.path.exists(manifest) and os.path.exists(stamp) and open(stamp).read() == digest:
        os.utime(manifest)
        print('fallback fonts: up to date')
        return
    covered = parse_unicodes(base_spec)
    lines = ['# feedview fallback fonts: <regular file> <bold file or -> <hex codepoint ranges>',
             '# generated by src/platform/web/gen_fallback_fonts.py from assets/fallback-fonts.txt']
    written = {'manifest.txt', '.inputs'}
    total = 0
    pool = multiprocessing.Pool(min(2, os.cpu_count() or 1))
    tmp_dir = tempfile.mkdtemp(prefix='fv-fallback-')
    for raw in open(config, encoding='utf-8'):
        fields = raw.split()  # '#' starts a comment line ('file.ttc#2' names a face)
        if not fields or fields[0] != 'fallback':
            continue
        name, regular, bold, unicodes = fields[1:5]
        opts = dict(f.split('=', 1) for f in fields[5:])
        wanted = parse_unicodes(unicodes)
        cmap = set(open_font(regular).getBestCmap())
        # Control and format characters draw nothing; the app strips them before drawing.
        cps = {c for c in (cmap & wanted) - covered if c >= 0x20}
        covered |= cps
        chunks = plan(cps, opts)
        # A big font (CJK: 65,000 glyphs) is slow to load once per chunk: cut it first into a
        # few intermediate fonts of 20 chunks each, and the chunks from those.
        sources = {}
        if len(chunks) > 20:
            groups = [chunks[i:i + 20] for i in range(0, len(chunks), 20)]
            jobs = [(src, sorted(set().union(*g))) for g in groups for src in (regular, bold) if src != '-']
            for k, (data, _) in enumerate(pool.starmap(subset_bytes, jobs)):
                g, src = divmod(k, len([x for x in (regular, bold) if x != '-']))
                tmp = os.path.join(tmp_dir, '%s-group%d-%d' % (name, g, src))
                with open(tmp, 'wb') as f:
                    f.write(data)
                for c in range(g * 20, min(len(chunks), g * 20 + 20)):
                    sources[(c, src)] = tmp
        weights = [x for x in (regular, bold) if x != '-']
        jobs = [(sources.get((n, w), source), chunk) for n, chunk in enumerate(chunks)
                for w, source in enumerate(weights)]
        results = iter(pool.starmap(subset_bytes, jobs))
        for n, chunk in enumerate(chunks):
            files = []
            for source in (regular, bold):
                if source == '-':
                    files.append('-')
                    continue
                data, ext = next(results)
                digest = hashlib.sha256(data).hexdigest()[:8]
                file = '%s-%02d%s-%s.%s' % (name, n, '-bold' if source == bold else '', digest, ext)
                with open(os.path.join(out_dir, file), 'wb') as f:
                    f.write(data)
                written.add(file)
                total += len(data)
                files.append(file)
            lines.append('%s %s %s' % (files[0], files[1], ranges_text(chunk)))
    shutil.rmtree(tmp_dir, ignore_errors=True)
    with open(os.path.join(out_dir, 'manifest.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    for stale in set(os.listdir(out_dir)) - written:
        os.remove(os.path.join(out_dir, stale))
    with open(stamp, 'w') as f:
        f.write(digest)
    print('fallback fonts: %d chunk files, %d KB' % (len(written) - 1, total // 1024))


if __name__ == '__main__':
    main()
