#!/usr/bin/env python3
"""Runs the SQL examples of README.md and docs/*.md, each page top to bottom on a fresh database,
the way a new user follows them. Used by tests/sql/docs_run.sh (which documents the markers).

A page fails when a block raises an ERROR it is not marked to raise, when a block marked
`-- docs-run: error` raises none, or when a statement compared with its shown result (a block
marked `-- docs-run: compare`: a one-line result in a comment, or a psql result table under the
statement) prints something else. Prints one line per block and per
comparison; exit status 0 = pass.
"""
import os
import re
import subprocess
import sys

MARK = re.compile(r'^\s*--\s*docs-run:\s*(\w[\w-]*)')
# One statement on one line, its shown result in a trailing comment.
SHOWN = re.compile(r'^(SELECT .*?;)\s+--\s*(.*\S)\s*$')
# Or one statement on one line and its shown result as the comment line under it.
STATEMENT = re.compile(r'^SELECT .*;\s*$')
SHOWN_BELOW = re.compile(r'^--\s*(.*\S)\s*$')


def blocks(path):
    """(line number, text) of every ```sql block of a page."""
    out, current, start = [], None, 0
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if current is None and line.strip() == '```sql':
                current, start = [], n + 1
            elif current is not None and line.strip() == '```':
                out.append((start, ''.join(current)))
                current = None
            elif current is not None:
                current.append(line)
    return out


# A result shown the way psql prints it -- a header line, a rule of dashes, the rows and
# "(N rows)" -- is display, not SQL: it is left out of what runs (and, in a compare block,
# compared with what the statement before it prints).
RULE = re.compile(r'^\s*-+(\+-+)*\s*$')
ROW_COUNT = re.compile(r'^\s*\(\d+ rows?\)\s*$')


def without_shown_tables(lines):
    """The lines without the shown tables, and {i: table lines} for a table shown after the
    line that is now lines[i - 1]."""
    out, tables, i = [], {}, 0
    while i < len(lines):
        if i + 1 < len(lines) and RULE.match(lines[i + 1]) and lines[i].strip():
            j = i + 2
            while j < len(lines) and not ROW_COUNT.match(lines[j]):
                j += 1
            if j < len(lines):
                tables[len(out)] = lines[i:j + 1]
                i = j + 1
                continue
        out.append(lines[i])
        i += 1
    return out, tables


def ends_statement(line):
    """Whether a line ends an SQL statement (its code, before a -- comment, ends with ;)."""
    return line.split('--', 1)[0].rstrip().endswith(';')


def tabled_statements(lines, tables):
    """{first line index: (last line index, table)}: in a compare block, the statement right
    before a shown table is run in psql's aligned format and must print that table."""
    out = {}
    for at, table in tables.items():
        end = at - 1
        while end >= 0 and not lines[end].strip():
            end -= 1
        if end < 0 or not ends_statement(lines[end]):
            continue
        start = end
        while start > 0 and not ends_statement(lines[start - 1]):
            start -= 1
        out[start] = (end, table)
    return out


def same_table(actual, shown):
    """psql's aligned output against a table shown on a page; trailing blanks do not count."""
    def rows(text):
        return [r.rstrip() for r in text if r.strip()]
    return rows(actual) == rows(shown)


def psql(db, sql, *extra):
    return subprocess.run(['psql', '-X', '-q', '-d', db, *extra], input=sql, text=True,
                          capture_output=True)


def roles():
    return set(subprocess.run(['psql', '-X', '-At', '-d', 'postgres', '-c',
                               'SELECT rolname FROM pg_roles'], check=True, capture_output=True,
                              text=True).stdout.split())


def run_page(page):
    db = 'kornews_docs_' + re.sub(r'\W', '_', os.path.basename(page)).lower()
    roles_before = roles()
    subprocess.run(['psql', '-X', '-q', '-d', 'postgres', '-c', f'DROP DATABASE IF EXISTS {db}'],
                   check=True, capture_output=True)
    subprocess.run(['psql', '-X', '-q', '-d', 'postgres', '-c',
                    f"CREATE DATABASE {db} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' "
                    "TEMPLATE template0"], check=True, capture_output=True)
    # Fresh, with kornews installed: what every page assumes (the ones that say
    # CREATE EXTENSION IF NOT EXISTS run it again harmlessly).
    subprocess.run(['psql', '-X', '-q', '-d', db, '-c', 'CREATE EXTENSION kornews'],
                   check=True, capture_output=True)
    # One psql session for the whole page, as a reader pastes block after block into one psql.
    # After each block, \echo prints the last error message psql saw in it (reset before it).
    script, checks, comparisons = [], [], []
    for n, (line, text) in enumerate(blocks(page)):
        marks = {m.group(1) for m in map(MARK.match, text.splitlines()) if m}
        where = f'{page}:{line}'
        if 'skip' in marks or 'pg_cron' in marks:
            print(f'skip  {where} ({", ".join(sorted(marks))})')
            continue
        checks.append((n, where, 'error' in marks))
        script.append("\\set LAST_ERROR_MESSAGE ''")
        lines, tables = without_shown_tables(text.splitlines())
        tabled = tabled_statements(lines, tables) if 'compare' in marks else {}
        table_end = None
        skip_next = False
        for i, stmt_line in enumerate(lines):
            if i in tabled:
                table_end, table = tabled[i]
                k = len(comparisons)
                comparisons.append((where, '\n'.join(lines[i:table_end + 1]).strip(), table))
                script += ['\\pset format aligned', '\\pset tuples_only off',
                           f'\\echo @@@cmp-begin {k}']
            if table_end is not None:
                script.append(stmt_line)
                if i == table_end:
                    script.append(f'\\echo @@@cmp-end {k}')
                    table_end = None
                continue
            if skip_next:
                skip_next = False
                script.append(stmt_line)
                continue
            m = SHOWN.match(stmt_line) if 'compare' in marks else None
            stmt, shown = (m.group(1), m.group(2)) if m else (None, None)
            # Or the result on the line under the statement.
            # (A result of several comment lines, such as a table, is not compared.)
            nxt = SHOWN_BELOW.match(lines[i + 1]) if i + 1 < len(lines) else None
            if nxt and i + 2 < len(lines) and SHOWN_BELOW.match(lines[i + 2]):
                nxt = None
            if not m and 'compare' in marks and STATEMENT.match(stmt_line) and nxt:
                stmt, shown, skip_next = stmt_line.strip(), nxt.group(1), True
            if stmt is None:
                script.append(stmt_line)
                continue
            k = len(comparisons)
            comparisons.append((where, stmt, shown))
            script += ['\\pset format unaligned', '\\pset tuples_only on',
                       f'\\echo @@@cmp-begin {k}', stmt, f'\\echo @@@cmp-end {k}',
                       '\\pset format aligned', '\\pset tuples_only off']
        script += [';', f"\\echo @@@block {n} :'LAST_ERROR_MESSAGE'"]
    result = psql(db, '\n'.join(script) + '\n', '-v', 'ON_ERROR_STOP=0')
    # Roles belong to the server, not the database: the ones a page created (analytics.md's bi)
    # go with it, so that the next run starts as fresh.
    created = sorted(roles() - roles_before)
    for role in created:
        psql(db, f'DROP OWNED BY "{role}"')
    subprocess.run(['psql', '-X', '-q', '-d', 'postgres', '-c', f'DROP DATABASE IF EXISTS {db}'],
                   capture_output=True)
    for role in created:
        psql('postgres', f'DROP ROLE "{role}"')
    out = result.stdout
    failed = 0
    for n, where, want_error in checks:
        m = re.search(rf'^@@@block {n} (.*)$', out, re.M)
        if not m:
            print(f'FAIL  {where}: did not run ({result.stderr.strip()[-300:]})')
            failed += 1
            continue
        error = m.group(1).strip()
        error = '' if error == "''" else error.strip("'").replace("''", "'")
        ok = bool(error) if want_error else not error
        why = 'expected an ERROR, got none' if want_error else f'ERROR: {error}'
        print(f'{"ok   " if ok else "FAIL "} {where}' + ('' if ok else f': {why}'))
        failed += not ok
    for k, (where, stmt, shown) in enumerate(comparisons):
        m = re.search(rf'^@@@cmp-begin {k}\n(.*?)^@@@cmp-end {k}$', out, re.M | re.S)
        if isinstance(shown, list):  # a table shown under a statement
            actual = m.group(1).splitlines() if m else ['(no output)']
            same = same_table(actual, shown)
            first = next((r for r in stmt.splitlines() if not r.lstrip().startswith('--')), '')
            print(f'{"ok   " if same else "FAIL "}   {where}: {first} ... -- table of '
                  f'{len(shown)} lines' + ('' if same else '\n        prints:\n' + '\n'.join(
                      '          ' + r for r in actual) + '\n        shown:\n' + '\n'.join(
                      '          ' + r for r in shown)))
            failed += not same
            continue
        actual = m.group(1).strip().replace('\n', ' | ') if m else '(no output)'
        same = actual == shown
        print(f'{"ok   " if same else "FAIL "}   {where}: {stmt}  -- {shown}' +
              ('' if same else f'\n        prints: {actual}'))
        failed += not same
    return failed


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
    pages = sys.argv[1:] or [os.path.join(root, 'README.md')] + sorted(
        os.path.join(root, 'docs', p) for p in os.listdir(os.path.join(root, 'docs'))
        if p.endswith('.md'))
    failed = 0
    for page in pages:
        page = os.path.relpath(page)
        failed += run_page(page)
    print(f'{failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
