#!/usr/bin/env python3
"""The include graph of src/ keeps its layers (ARCHITECTURE.md, "Layout").

Core folders, lowest first; a file may include its own folder's headers and those of lower
layers, never a higher or a sibling one:
    text < io < time < dict < morph < {search, ner, news, discover} < analytics
(src/core/*.h beside the folders -- errors, interrupts -- are for everyone.) No PostgreSQL header
below src/pg: core and the CLI include none; and in src/pg only postgres_headers.h includes them,
so that every file gets them with C linkage and the same warnings silenced. Exit 1, listing every arrow that runs back up.
    tests/check_layers.py [SRC_DIR]
"""
import pathlib
import re
import sys

LAYERS = [["text"], ["io"], ["time"], ["dict"], ["morph"],
          ["search", "ner", "news", "discover"], ["analytics"]]
RANK = {folder: rank for rank, folders in enumerate(LAYERS) for folder in folders}
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
# What only src/pg may include: PostgreSQL's own headers and our wrapper of them.
POSTGRES = re.compile(r'^(postgres\.h|postgres_ext\.h|fmgr\.h|funcapi\.h|miscadmin\.h|pg_config.*\.h|'
                      r'(access|catalog|commands|datatype|executor|lib|nodes|parser|port|storage|tsearch|'
                      r'utils|mb)/.*|pg/.*)$')


def main() -> int:
    src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src")
    problems = []
    for path in sorted(src.rglob("*")):
        if path.suffix not in (".h", ".cpp") or not path.is_file():
            continue
        parts = path.relative_to(src).parts
        text = path.read_text(encoding="utf-8", errors="replace")
        for included in INCLUDE.findall(text):
            if parts[0] in ("core", "cli") and POSTGRES.match(included):
                problems.append(f"{path}: includes PostgreSQL's {included} outside src/pg")
            if (parts[0] == "pg" and path.name != "postgres_headers.h"
                    and POSTGRES.match(included) and not included.startswith("pg/")):
                problems.append(f"{path}: includes PostgreSQL's {included} itself; add it to "
                                "src/pg/postgres_headers.h instead")
            if parts[0] != "core" or len(parts) < 3 or not included.startswith("core/"):
                continue
            here, there = parts[1], included.split("/")[1]
            if there == here or "." in there:  # own folder, or src/core/error.h and the like
                continue
            if here not in RANK or there not in RANK:
                problems.append(f"{path}: core/{here} or core/{there} is not in the layer list")
            elif RANK[there] >= RANK[here]:
                kind = "a sibling" if RANK[there] == RANK[here] else "a higher layer"
                problems.append(f"{path}: core/{here} includes {included}, {kind}")
    for p in problems:
        print(p)
    print(f"layers: {len(problems)} arrow(s) against the layering")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
