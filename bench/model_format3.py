#!/usr/bin/env python3
"""Rewrites an entity model of format 4 as format 3, with the same weights.

Format 4 (issue 18) changed only the two checksums of the file (core/io's checksum64 instead
of the word-wise FNV-1a of format 3); so a build from before it, such as the benchmark anchor
bea4b1f, can tag with the weights of a later format-4 model once they are rewritten:

    python3 bench/model_format3.py <(git show 9bd0707:data/kornews_ner.model) /tmp/m3.model
    KORNEWS_NER_MODEL=/tmp/m3.model .cache/bench-anchor-bea4b1f/build/kornews_bench ...

Format 5 models (a name list after the weights, feature set 4) have no format-3 form.
"""
import struct
import sys

HEADER = 104  # ModelHeader: magic, version @8, ..., payload checksum @32, header checksum @40


def fnv_words(data: bytes) -> int:
    """Format 3's checksum: FNV-1a over little-endian 64-bit words, then the tail bytes."""
    h, mask = 0xcbf29ce484222325, (1 << 64) - 1
    n = len(data) // 8
    for w in struct.unpack_from('<%dQ' % n, data, 0):
        h = ((h ^ w) * 0x100000001b3) & mask
    for c in data[n * 8:]:
        h = ((h ^ c) * 0x100000001b3) & mask
    return h


def main() -> None:
    src, dst = sys.argv[1], sys.argv[2]
    b = bytearray(open(src, 'rb').read())
    if b[:8] != b'KORNNER\0' or struct.unpack_from('<I', b, 8)[0] != 4:
        sys.exit(f'{src}: not an entity model of format 4')
    struct.pack_into('<I', b, 8, 3)
    struct.pack_into('<Q', b, 32, fnv_words(bytes(b[HEADER:])))
    struct.pack_into('<Q', b, 40, 0)
    struct.pack_into('<Q', b, 40, fnv_words(bytes(b[:HEADER])))
    open(dst, 'wb').write(b)


if __name__ == '__main__':
    main()
