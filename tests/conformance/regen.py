#!/usr/bin/env python3
"""Regenerates the expected outputs of the conformance suite with GNU Octave.

    python3 tests/conformance/regen.py [--only NAME ...] [--check] [--octave PATH]

For each programs/NAME.m, runs the program under GNU Octave (7.x) in a scratch
directory and writes what it printed on stdout to expected/NAME.out. Octave's
stderr (warnings) is reported but never written. A program whose first lines
carry `% EXPECTED: hand-written` keeps its .out as written from MATLAB's
documentation (Octave disagrees with MATLAB there); it is still run, and the
script says whether Octave agrees with the hand-written text. An errors/NAME.m
with that line has an .expect written from MATLAB's documentation: what
Octave does differently is a note, not a failure.

It also runs every errors/NAME.m and checks, as far as Octave can tell, the
facts in errors/NAME.expect: that the program fails, prints the `stdout:`
lines first, and fails on the `line:` given. The `message:` lines are
MATLAB's text and are not compared with Octave's.

Octave 7 differs from MATLAB in ways that matter here, and the scratch copy
works around them:
  - Octave rejects local functions at the end of a script (it defines a
    function only when execution reaches it). Each top-level function of a
    script, from its `function` line to its matching `end` (or to the next
    top-level `function` when the file's functions have no `end`), moves to
    its own file named after the function. Lines are replaced by blank lines,
    never removed, so line numbers in Octave's messages stay the source's.
  - Function files (first code line `function`) run as they are.
  - Octave is started with no user or site configuration, no history, in the
    scratch directory (so nothing in the caller's working directory can
    shadow a function), with `format short`, LC_ALL=C and a timeout.

Exit status: 0 when everything ran; 1 when a program failed under Octave, an
error program did not fail as its .expect says, or (with --check) when an
expected file would change or be removed; 2 when Octave is missing or --only
names no program.
"""
import argparse
import concurrent.futures
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
EXPECTED = os.path.join(HERE, "expected")
ERRORS = os.path.join(HERE, "errors")

OCTAVE_FLAGS = ["--no-gui", "--norc", "--quiet", "--no-window-system", "--no-history"]
HAND_WRITTEN = re.compile(r"^\s*%\s*EXPECTED:\s*hand-written", re.IGNORECASE)

# Keywords that open a block closed by `end` (or by their own end* word).
OPENERS = {"if", "for", "parfor", "while", "switch", "try", "function",
           "unwind_protect", "spmd", "classdef", "methods", "properties",
           "events", "enumeration", "do"}
CLOSERS = {"end", "endif", "endfor", "endparfor", "endwhile", "endswitch",
           "end_try_catch", "end_unwind_protect", "endfunction", "endspmd",
           "endclassdef", "endmethods", "endproperties", "endevents",
           "endenumeration", "until"}


# --- splitting a script's local functions into files -------------------------

def keyword_events(lines):
    """Yields (line_index, word) for each block keyword outside brackets,
    strings and comments. Good enough for well-formed programs: it knows
    comments (% # and block comments), '...' continuations, both kinds of
    quotes, transpose vs. quote, and `end` inside indexing."""
    depth = 0            # () [] {} nesting
    block_comment = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped in ("%{", "#{"):
            block_comment += 1
            continue
        if block_comment:
            if stripped in ("%}", "#}"):
                block_comment -= 1
            continue
        j, n = 0, len(line)
        prev_value = False   # the previous token ends a value (so ' is transpose)
        while j < n:
            c = line[j]
            if c in " \t":
                j += 1
                if depth > 0 and j < n and line[j] == "'":
                    prev_value = False   # [a 'str']: a quote after a blank in brackets opens text
                continue
            if c in "%#":
                break
            if line.startswith("...", j):
                break
            if c == "'" and not prev_value:
                j += 1
                while j < n:
                    if line[j] == "'":
                        if j + 1 < n and line[j + 1] == "'":
                            j += 2
                            continue
                        break
                    j += 1
                j += 1
                prev_value = True
                continue
            if c == '"':
                j += 1
                while j < n:
                    if line[j] == "\\":
                        j += 2
                        continue
                    if line[j] == '"':
                        if j + 1 < n and line[j + 1] == '"':
                            j += 2
                            continue
                        break
                    j += 1
                j += 1
                prev_value = True
                continue
            if c.isalpha() or c == "_":
                k = j
                while k < n and (line[k].isalnum() or line[k] == "_"):
                    k += 1
                word = line[j:k]
                after_dot = j > 0 and line[j - 1] == "."
                if depth == 0 and not after_dot and (word in OPENERS or word in CLOSERS):
                    yield i, word
                j = k
                prev_value = word not in OPENERS and word not in CLOSERS or word == "end"
                continue
            if c.isdigit() or (c == "." and j + 1 < n and line[j + 1].isdigit()):
                while j < n and (line[j].isalnum() or line[j] in "._"):
                    j += 1
                prev_value = True
                continue
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth = max(0, depth - 1)
            if c == "'" or (c == "." and j + 1 < n and line[j + 1] == "'"):
                j += 2 if c == "." else 1
                prev_value = True
                continue
            prev_value = c in ")]}"
            j += 1


def function_spans(lines):
    """Top-level functions as (first_line, last_line) index pairs (inclusive)."""
    events = list(keyword_events(lines))
    # With `end`-terminated functions every opener, `function` included, has
    # its closer; without, the closers are short by one per function.
    opens = sum(1 for _, w in events if w in OPENERS)
    closes = sum(1 for _, w in events if w in CLOSERS)
    with_end = opens == closes
    spans = []
    depth = 0
    start = None
    for i, word in events:
        if word == "function" and depth == 0:
            if start is not None and not with_end:
                spans.append((start, i - 1))
            start = i
            if with_end:
                depth = 1
            continue
        if word in OPENERS:
            depth += 1
        elif word in CLOSERS:
            depth -= 1
            if with_end and depth == 0 and start is not None:
                spans.append((start, i))
                start = None
    if start is not None and not with_end:
        spans.append((start, len(lines) - 1))
    return spans


def function_name(line):
    text = re.sub(r"[%#].*$", "", line)
    text = re.sub(r"^\s*function\b", "", text)
    if "=" in text.split("(")[0]:
        text = text.split("=", 1)[1]
    m = re.match(r"\s*([A-Za-z]\w*)", text)
    if not m:
        raise ValueError("cannot read a function name from: " + line.strip())
    return m.group(1)


def is_function_file(lines):
    """True when the first code line starts with `function`."""
    block_comment = 0
    for line in lines:
        stripped = line.strip()
        if stripped in ("%{", "#{"):
            block_comment += 1
        elif block_comment:
            if stripped in ("%}", "#}"):
                block_comment -= 1
        elif stripped and stripped[0] not in "%#":
            return re.match(r"function\b", stripped) is not None
    return False


def scratch_copy(src, dest_dir):
    """Writes the Octave-runnable form of src into dest_dir; returns the name
    to run."""
    name = os.path.splitext(os.path.basename(src))[0]
    helpers = os.path.splitext(src)[0] + ".files"  # the .m files it calls (run.py passes it as -I)
    if os.path.isdir(helpers):
        for helper in glob.glob(os.path.join(helpers, "*.m")):
            shutil.copyfile(helper, os.path.join(dest_dir, os.path.basename(helper)))
    lines = open(src, encoding="utf-8").read().split("\n")
    if is_function_file(lines):
        shutil.copyfile(src, os.path.join(dest_dir, name + ".m"))
        return name
    body = list(lines)
    for first, last in function_spans(lines):
        fname = function_name(lines[first])
        if fname == name:
            raise ValueError("%s: local function has the script's own name" % src)
        text = [""] * first + lines[first:last + 1]
        with open(os.path.join(dest_dir, fname + ".m"), "w", encoding="utf-8") as f:
            f.write("\n".join(text) + "\n")
        for k in range(first, last + 1):
            body[k] = ""
    with open(os.path.join(dest_dir, name + ".m"), "w", encoding="utf-8") as f:
        f.write("\n".join(body))
    return name


# --- running Octave ------------------------------------------------------------

def run_octave(octave, src, scratch_root, timeout):
    """Runs src under Octave; returns (returncode, stdout, stderr)."""
    name = os.path.splitext(os.path.basename(src))[0]
    work = os.path.join(scratch_root, name)
    os.makedirs(work)
    run_name = scratch_copy(src, work)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": work,
        "LC_ALL": "C",
        "LANG": "C",
        "TZ": "UTC",
        "TERM": "dumb",
    }
    cmd = [octave] + OCTAVE_FLAGS + ["--eval", "format short; more off; " + run_name]
    try:
        stdin = os.path.splitext(src)[0] + ".stdin"
        with open(stdin if os.path.exists(stdin) else os.devnull, "rb") as f:
            r = subprocess.run(cmd, cwd=work, env=env, stdin=f, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", "timed out after %d s" % timeout
    out = r.stdout.decode("utf-8", errors="surrogateescape")
    err = r.stderr.decode("utf-8", errors="replace")
    return r.returncode, out, err


def read_expect(path):
    facts = {"message": [], "file": [], "line": [], "stdout": [], "stdout-not": []}
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip()
        if not sep or key not in facts:
            raise ValueError("%s: unknown line: %s" % (path, line))
        facts[key].append(value[1:] if value.startswith(" ") else value)
    return facts


def check_error_program(src, result):
    """Problems with an error program's Octave run, as a list of strings."""
    rc, out, err = result
    expect = os.path.splitext(src)[0] + ".expect"
    if not os.path.exists(expect):
        return ["missing " + os.path.relpath(expect)]
    facts = read_expect(expect)
    problems = []
    if not facts["message"] or not facts["file"] or not facts["line"]:
        problems.append("the .expect needs message:, file: and line: entries")
    if rc is None:
        return problems + [err]
    if rc == 0:
        return problems + ["Octave ran it without error"]
    want_out = "".join(s + "\n" for s in facts["stdout"])
    if out != want_out:
        problems.append("stdout before the error differs: Octave printed %r" % out)
    for text in facts["stdout-not"]:
        if text in out:
            problems.append("Octave printed %r, which the .expect says must not be printed" % text)
    # Octave: "error: called from\n    NAME at line N column C" (innermost first),
    # or "error: ... near line N, column C" for errors it reports at parse time.
    # Frames of Octave's own functions (containers.Map's subsref) come before
    # the program's: the first frame of a function the program defines counts.
    source = open(src, encoding="utf-8").read()
    own = {os.path.splitext(os.path.basename(src))[0]}
    own.update(re.findall(r"^\s*function\b[^\n]*?(\w+)\s*(?:\(|$)", source, re.M))
    lines = [n for f, n in re.findall(r"(\S+) at line (\d+)", err) if f.split(">")[-1] in own]
    lines = lines or re.findall(r"\bline (\d+)", err)
    if facts["line"] and lines and lines[0] != facts["line"][0].strip():
        problems.append("Octave fails at line %s, the .expect says %s"
                        % (lines[0], facts["line"][0].strip()))
    if facts["line"] and not lines:
        problems.append("Octave's message names no line: " + err.strip().splitlines()[0])
    return problems


# --- driver --------------------------------------------------------------------

def names_in(directory):
    if not os.path.isdir(directory):
        return []
    return sorted(f[:-2] for f in os.listdir(directory) if f.endswith(".m"))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="only this program (repeatable; with or without .m)")
    ap.add_argument("--check", action="store_true",
                    help="write nothing; exit 1 if any expected file would change")
    ap.add_argument("--octave", default=shutil.which("octave-cli") or "octave-cli")
    ap.add_argument("--timeout", type=int, default=120, help="seconds per program")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--no-errors", action="store_true", help="skip the errors/ programs")
    args = ap.parse_args()

    if not shutil.which(args.octave):
        print("regen.py: GNU Octave (octave-cli) not found", file=sys.stderr)
        return 2

    only = {o[:-2] if o.endswith(".m") else o for o in args.only or []}
    programs = [n for n in names_in(PROGRAMS) if not only or n in only]
    errors = [] if args.no_errors else [n for n in names_in(ERRORS) if not only or n in only]
    unknown = only - set(programs) - set(names_in(ERRORS))
    if unknown:
        print("regen.py: no such program: " + ", ".join(sorted(unknown)), file=sys.stderr)
        return 2

    jobs = [(os.path.join(PROGRAMS, n + ".m"), "programs") for n in programs]
    jobs += [(os.path.join(ERRORS, n + ".m"), "errors") for n in errors]
    scratch_root = tempfile.mkdtemp(prefix="mcc-conformance-")
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futures = {}
            for src, kind in jobs:
                sub = os.path.join(scratch_root, kind)
                os.makedirs(sub, exist_ok=True)
                futures[src] = pool.submit(run_octave, args.octave, src, sub, args.timeout)
            results = {src: f.result() for src, f in futures.items()}
    finally:
        shutil.rmtree(scratch_root, ignore_errors=True)

    failed, changed, notes = [], [], []
    os.makedirs(EXPECTED, exist_ok=True)
    for name in programs:
        src = os.path.join(PROGRAMS, name + ".m")
        rc, out, err = results[src]
        expected_path = os.path.join(EXPECTED, name + ".out")
        old = None
        if os.path.exists(expected_path):
            old = open(expected_path, encoding="utf-8", errors="surrogateescape",
                       newline="").read()
        head = open(src, encoding="utf-8").read().split("\n")[:5]
        if any(HAND_WRITTEN.match(l) for l in head):
            if old is None:
                failed.append("%s: hand-written, but expected/%s.out is missing" % (name, name))
            elif rc == 0 and out == old:
                notes.append("%s: hand-written; Octave now agrees with it" % name)
            else:
                notes.append("%s: hand-written; Octave differs (as documented)" % name)
            continue
        if rc != 0:
            why = err.strip().splitlines()[-3:] if err.strip() else ["exit status %s" % rc]
            failed.append("%s: Octave failed: %s" % (name, " | ".join(why)))
            continue
        if err.strip():
            notes.append("%s: Octave wrote to stderr: %s" % (name, err.strip().splitlines()[0]))
        if out == old:
            continue
        changed.append(name)
        if args.check:
            diff = difflib.unified_diff((old or "").splitlines(True), out.splitlines(True),
                                        "expected/%s.out" % name, "octave", n=1)
            sys.stdout.writelines(list(diff)[:40])
        else:
            with open(expected_path, "w", encoding="utf-8", errors="surrogateescape",
                      newline="") as f:
                f.write(out)
    stale = []
    if not only:
        stale = sorted(f for f in os.listdir(EXPECTED)
                       if f.endswith(".out") and f[:-4] not in programs)
        for f in stale:
            if not args.check:
                os.remove(os.path.join(EXPECTED, f))
    for name in errors:
        src = os.path.join(ERRORS, name + ".m")
        head = open(src, encoding="utf-8").read().split("\n")[:5]
        hand_written = any(HAND_WRITTEN.match(l) for l in head)
        for p in check_error_program(src, results[src]):
            if hand_written:  # MATLAB's documented error, which Octave does not raise
                notes.append("errors/%s: hand-written; Octave differs (as documented): %s" % (name, p))
            else:
                failed.append("errors/%s: %s" % (name, p))

    for n in notes:
        print("note: " + n)
    verb = "would change" if args.check else "changed"
    for name in changed:
        print("%s: expected/%s.out" % (verb, name))
    for f in stale:
        print("%s: expected/%s (no program of that name)"
              % ("would remove" if args.check else "removed", f))
    for f in failed:
        print("FAILED: " + f)
    print("%d programs, %d error programs: %d %s, %d failed"
          % (len(programs), len(errors), len(changed), verb, len(failed)))
    if failed or (args.check and (changed or stale)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
