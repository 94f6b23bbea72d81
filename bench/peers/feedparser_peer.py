#!/usr/bin/python3
"""Peer: python3-feedparser (Debian), the reference for lenient feed parsing. It reads every
format in the corpus itself, JSON Feed included, and does its own encoding detection.

    /usr/bin/python3 bench/peers/feedparser_peer.py CORPUS_DIR MIN_SECONDS
"""
import json
import os
import sys
import time

import feedparser


def main():
    corpus, min_seconds = sys.argv[1], float(sys.argv[2])
    files = []
    with open(os.path.join(corpus, 'manifest.txt')) as m:
        for line in m:
            name = line.split('\t')[0]
            if name:
                with open(os.path.join(corpus, 'feeds', name), 'rb') as f:
                    files.append(f.read())

    def one_pass():
        return sum(len(feedparser.parse(b).entries) for b in files)

    check = one_pass()  # warm-up, as the other runners do
    passes = 0
    t0 = time.perf_counter()
    while True:
        check += one_pass()
        passes += 1
        elapsed = time.perf_counter() - t0
        if elapsed >= min_seconds:
            break
    total = sum(len(b) for b in files) * passes
    print(json.dumps({'bench': 'throughput', 'runner': 'python3-feedparser ' + feedparser.__version__,
                      'files': len(files), 'bytes': total, 'passes': passes, 'seconds': elapsed,
                      'mbps': total / elapsed / 1e6, 'check': check}))


if __name__ == '__main__':
    main()
