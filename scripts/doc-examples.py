#!/usr/bin/env python3
"""Runs the examples of the documentation and compares their output with what the pages
show: every ```console block of README.md and docs/*.md, each `$ COMMAND` line run with
bash from the repository's root (standard error merged into standard output, `parkplan`
being PARKPLAN), against the lines under it up to the next `$` line.

Times differ from run to run, so `0.02 s`, a sweep's `seconds` column and JSON's
`"seconds"` are compared as placeholders. With --update the blocks are rewritten with the
output as it prints now, times included.

    python3 scripts/doc-examples.py .build/release/parkplan [--update] [FILE.md ...]

Exits 0 when every example prints what its page shows (or after --update), 1 otherwise.
"""
import difflib
import glob
import os
import re
import subprocess
import sys
import tempfile

TIMES = [
    (re.compile(r"\b\d+\.\d+ s\b"), "T s"),
    (re.compile(r'("seconds": )[0-9.]+'), r"\1T"),
    (re.compile(r"(?m)^(\S.*  )\d+\.\d\d$"), r"\1T"),
]


def normalized(lines):
    text = "\n".join(line.rstrip() for line in lines)
    for pattern, placeholder in TIMES:
        text = pattern.sub(placeholder, text)
    return text


def blocks(text):
    """(start, end) line ranges of the console blocks' bodies."""
    lines, found, start = text.split("\n"), [], None
    for i, line in enumerate(lines):
        if start is None and line.strip() == "```console":
            start = i + 1
        elif start is not None and line.strip() == "```":
            found.append((start, i))
            start = None
    return found


def examples(body):
    """The (command, expected lines) pairs of a block's lines."""
    pairs = []
    for line in body:
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        elif pairs:
            pairs[-1][1].append(line)
    return pairs


def run(command, path):
    done = subprocess.run(["bash", "-c", "exec 2>&1\n" + command], capture_output=True, text=True,
                          env=dict(os.environ, PATH=path), timeout=900)
    return done.stdout.rstrip("\n").split("\n") if done.stdout.strip() else []


def main():
    args = [a for a in sys.argv[1:] if a != "--update"]
    update = "--update" in sys.argv
    if not args:
        raise SystemExit(__doc__)
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    binary = os.path.abspath(args[0])
    files = args[1:] or ["README.md"] + sorted(glob.glob("docs/*.md"))
    failed = 0
    with tempfile.TemporaryDirectory() as bin_dir:
        os.symlink(binary, os.path.join(bin_dir, "parkplan"))
        path = bin_dir + os.pathsep + os.environ.get("PATH", "")
        for name in files:
            text = open(name, encoding="utf-8").read()
            lines = text.split("\n")
            rewritten = list(lines)
            for start, end in reversed(blocks(text)):
                new_body = []
                for command, expected in examples(lines[start:end]):
                    actual = run(command, path)
                    new_body += ["$ " + command] + actual
                    if normalized(actual) != normalized(expected):
                        failed += 1
                        print(f"{name}: $ {command}")
                        diff = difflib.unified_diff(expected, actual, "shown", "printed", lineterm="")
                        print("\n".join("  " + d for d in diff))
                rewritten[start:end] = new_body
            if update and rewritten != lines:
                with open(name, "w", encoding="utf-8") as out:
                    out.write("\n".join(rewritten))
                print(f"{name}: updated")
    if update:
        return 0
    print(f"{'every example prints as shown' if not failed else f'{failed} examples differ'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
