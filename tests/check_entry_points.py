#!/usr/bin/env python3
"""Every fmgr entry point of src/pg is declared guarded or plain C, and keeps its word.

src/pg/entry_point.h: an entry point is declared with KN_GUARDED_FUNCTION(name) -- its C++ work
runs inside kn::Guarded() -- or KN_PLAIN_C_FUNCTION(name) -- it runs no C++ that can throw.
This reads the sources as text and fails (exit 1, one line a problem) when
  * a file writes PG_FUNCTION_INFO_V1 itself, so the reader is not told which one it is;
  * a declared function has no definition in its file;
  * a guarded function's body, with the functions of its own file it calls (transitively),
    never reaches Guarded( -- the guard left out, or hidden where the reader cannot see it;
  * a plain function's body (likewise) reaches Guarded( (declare it guarded), or uses what may
    throw: core's kornews:: API, new, throw, std::string, std::vector;
  * src/sql/*.sql names a C function (AS 'MODULE_PATHNAME', 'x') that is not declared so, or a
    declared function is named by no SQL (dead code), or MODULE_PATHNAME has no symbol name.
    tests/check_entry_points.py [REPO_DIR]
    tests/check_entry_points.py --self-test   (the checks catch what they claim to, on samples)
"""
import pathlib
import re
import sys
import tempfile

DECLARATION = re.compile(r"\b(PG_FUNCTION_INFO_V1|KN_GUARDED_FUNCTION|KN_PLAIN_C_FUNCTION)\s*\(\s*(\w+)\s*\)")
# A definition at the start of a line (Google style: namespace bodies are not indented), e.g.
# "Datum ko_morphs(PG_FUNCTION_ARGS) {" or "void kn::Foo(int a,\n    int b) {".
DEFINITION = re.compile(r"^[A-Za-z_][\w:<>,\*&\s]*?\b(\w+)\s*\(([^;{}()]|\([^()]*\))*\)\s*"
                        r"(?:const\s*)?(?:noexcept\s*)?\{", re.M)
NOT_FUNCTIONS = {"if", "for", "while", "switch", "catch", "namespace", "struct", "class", "return"}
GUARDED = re.compile(r"\bGuarded\s*\(")
THROWS = re.compile(r"\bkornews::|\bnew\b|\bthrow\b|\bstd::string\b|\bstd::vector\b")
SQL_SYMBOL = re.compile(r"'MODULE_PATHNAME'\s*(,\s*'(\w+)')?", re.I)
# Where the macros are defined, not used.
MACRO_HEADERS = {"entry_point.h", "postgres_headers.h"}


def strip_cpp(text):
    """Comments, string and character literals blanked (line breaks kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + " " * (min(j, n) - i - 1) + (c if j < n else ""))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def bodies(code):
    """name -> the bodies of the functions of that name defined in `code` (overloads joined)."""
    found = {}
    for m in DEFINITION.finditer(code):
        name = m.group(1)
        if name in NOT_FUNCTIONS:
            continue
        start = m.end() - 1
        depth, i = 0, start
        while i < len(code):
            if code[i] == "{":
                depth += 1
            elif code[i] == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        found.setdefault(name, []).append(code[start:i + 1])
    return {name: "\n".join(parts) for name, parts in found.items()}


def reachable(name, defined):
    """The body of `name` and of every function of the same file it calls, transitively."""
    seen, todo, text = {name}, [name], []
    while todo:
        body = defined[todo.pop()]
        text.append(body)
        for called in set(re.findall(r"\b(\w+)\s*(?:<[^;{}()]*>)?\s*\(", body)):
            if called in defined and called not in seen:
                seen.add(called)
                todo.append(called)
    return "\n".join(text)


def check(repo):
    repo = pathlib.Path(repo)
    problems, declared = [], {}
    for path in sorted((repo / "src" / "pg").glob("*.[ch]*")):
        if path.name in MACRO_HEADERS:
            continue
        code = strip_cpp(path.read_text(encoding="utf-8", errors="replace"))
        defined = bodies(code)
        for macro, name in DECLARATION.findall(code):
            where = f"{path.relative_to(repo)}: {name}"
            if macro == "PG_FUNCTION_INFO_V1":
                problems.append(f"{where}: declared with PG_FUNCTION_INFO_V1; use "
                                "KN_GUARDED_FUNCTION or KN_PLAIN_C_FUNCTION (src/pg/entry_point.h)")
                continue
            if name in declared:
                problems.append(f"{where}: declared twice (also in {declared[name]})")
            declared[name] = path.relative_to(repo)
            if name not in defined:
                problems.append(f"{where}: declared but not defined in this file")
                continue
            body = reachable(name, defined)
            if macro == "KN_GUARDED_FUNCTION" and not GUARDED.search(body):
                problems.append(f"{where}: declared KN_GUARDED_FUNCTION but its body never "
                                "calls kn::Guarded (or declare it KN_PLAIN_C_FUNCTION)")
            if macro == "KN_PLAIN_C_FUNCTION":
                if GUARDED.search(body):
                    problems.append(f"{where}: declared KN_PLAIN_C_FUNCTION but calls "
                                    "kn::Guarded: declare it KN_GUARDED_FUNCTION")
                thrower = THROWS.search(body)
                if thrower:
                    problems.append(f"{where}: declared KN_PLAIN_C_FUNCTION but uses "
                                    f"'{thrower.group(0)}', which may throw: put it inside "
                                    "kn::Guarded and declare KN_GUARDED_FUNCTION")
    named = {}
    for path in sorted((repo / "src" / "sql").glob("*.sql")):
        sql = re.sub(r"--[^\n]*", "", path.read_text(encoding="utf-8", errors="replace"))
        for m in SQL_SYMBOL.finditer(sql):
            line = sql.count("\n", 0, m.start()) + 1
            if not m.group(2):
                problems.append(f"{path.relative_to(repo)}:{line}: MODULE_PATHNAME without the C "
                                "symbol's name; write AS 'MODULE_PATHNAME', 'c_name'")
                continue
            named.setdefault(m.group(2), f"{path.relative_to(repo)}:{line}")
    for name, where in sorted(named.items()):
        if name not in declared:
            problems.append(f"{where}: names C function {name}, which no src/pg file declares "
                            "with KN_GUARDED_FUNCTION or KN_PLAIN_C_FUNCTION")
    for name, where in sorted(declared.items()):
        if name not in named:
            problems.append(f"{where}: {name} is declared but no src/sql/*.sql names it (dead "
                            "code?)")
    return problems, len(declared)


SAMPLES = {
    # (file text, sql text, the problems expected, by a word each must contain)
    "clean": ('KN_GUARDED_FUNCTION(f_g);\nKN_PLAIN_C_FUNCTION(f_p);\n'
              'namespace {\nint Helper() { return kn::Guarded([] { return 1; }); }\n}\n'
              'Datum f_g(PG_FUNCTION_ARGS) {\n  return Helper();\n}\n'
              'Datum f_p(PG_FUNCTION_ARGS) {\n  // kornews:: in a comment is fine\n'
              '  const char* s = "throw new";\n  PG_RETURN_INT32(1);\n}\n',
              "AS 'MODULE_PATHNAME', 'f_g'\nAS 'MODULE_PATHNAME', 'f_p'\n", []),
    "raw": ('PG_FUNCTION_INFO_V1(f);\nDatum f(PG_FUNCTION_ARGS) { return 0; }\n',
            "AS 'MODULE_PATHNAME', 'f'\n", ["PG_FUNCTION_INFO_V1", "no src/pg"]),
    "unguarded": ('KN_GUARDED_FUNCTION(f);\nDatum f(PG_FUNCTION_ARGS) {\n  return 0;\n}\n',
                  "AS 'MODULE_PATHNAME', 'f'\n", ["never calls"]),
    "plain_guarded": ('KN_PLAIN_C_FUNCTION(f);\nDatum f(PG_FUNCTION_ARGS) {\n'
                      '  return kn::Guarded([] { return 0; });\n}\n',
                      "AS 'MODULE_PATHNAME', 'f'\n", ["calls kn::Guarded"]),
    "plain_throws": ('KN_PLAIN_C_FUNCTION(f);\nvoid Deep() { kornews::Thing(); }\n'
                     'Datum f(PG_FUNCTION_ARGS) {\n  Deep();\n  return 0;\n}\n',
                     "AS 'MODULE_PATHNAME', 'f'\n", ["kornews::"]),
    "undefined": ('KN_PLAIN_C_FUNCTION(f);\n', "AS 'MODULE_PATHNAME', 'f'\n", ["not defined"]),
    "sql_only": ('', "AS 'MODULE_PATHNAME', 'g'\n", ["no src/pg file declares"]),
    "dead": ('KN_PLAIN_C_FUNCTION(f);\nDatum f(PG_FUNCTION_ARGS) { return 0; }\n', "",
             ["no src/sql"]),
    "no_symbol": ('', "AS 'MODULE_PATHNAME'\nLANGUAGE C;\n", ["without the C symbol"]),
}


def self_test():
    failures = 0
    for label, (cpp, sql, expected) in SAMPLES.items():
        with tempfile.TemporaryDirectory() as d:
            (pathlib.Path(d) / "src" / "pg").mkdir(parents=True)
            (pathlib.Path(d) / "src" / "sql").mkdir(parents=True)
            (pathlib.Path(d) / "src" / "pg" / "sample.cpp").write_text(cpp)
            (pathlib.Path(d) / "src" / "sql" / "10_sample.sql").write_text(sql)
            problems, _ = check(d)
        unmatched = [w for w in expected if not any(w in p for p in problems)]
        if unmatched or len(problems) != len(expected):
            failures += 1
            print(f"self-test {label}: expected {expected}, got {problems}")
    print(f"entry points self-test: {len(SAMPLES) - failures} of {len(SAMPLES)} samples right")
    return 1 if failures else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    problems, count = check(sys.argv[1] if len(sys.argv) > 1 else ".")
    for p in problems:
        print(p)
    print(f"entry points: {count} declared, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
