#!/usr/bin/env python3
"""Compare two analyses line by line: 'form/TAG form/TAG ...' per input line.

usage: compare_lines.py INPUT OURS THEIRS [--show N] [--names ours,mecab]

Both sides go through the same normalization (split on whitespace, rejoin with one space), so only
real differences in segmentation or tags count. Prints the number of differing lines and the
first N of them (input sentence, then the morphemes only one side has, in order).
Exit 0 when no line differs, 1 otherwise, 2 on a line-count mismatch.
"""
import argparse
import difflib
import sys


def read(path):
    with open(path, encoding='utf-8', errors='replace', newline='') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return [l.rstrip('\r') for l in lines]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('input')
    ap.add_argument('ours')
    ap.add_argument('theirs')
    ap.add_argument('--show', type=int, default=10)
    ap.add_argument('--names', default='ours,mecab')
    a = ap.parse_args()
    n1, n2 = a.names.split(',')
    src, ours, theirs = read(a.input), read(a.ours), read(a.theirs)
    if not (len(src) == len(ours) == len(theirs)):
        print('line counts differ: input %d, %s %d, %s %d' % (len(src), n1, len(ours), n2, len(theirs)))
        return 2
    diffs = [i for i, (x, y) in enumerate(zip(ours, theirs)) if x.split() != y.split()]
    print('%d of %d lines differ between %s and %s' % (len(diffs), len(src), n1, n2))
    for i in diffs[:a.show]:
        x, y = ours[i].split(), theirs[i].split()
        print('\nline %d: %s' % (i + 1, src[i]))
        sm = difflib.SequenceMatcher(a=x, b=y, autojunk=False)
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op != 'equal':
                print('  %-6s %s\n  %-6s %s' % (n1 + ':', ' '.join(x[i1:i2]) or '-', n2 + ':', ' '.join(y[j1:j2]) or '-'))
    return 1 if diffs else 0


if __name__ == '__main__':
    sys.exit(main())
