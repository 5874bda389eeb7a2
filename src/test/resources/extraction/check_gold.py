#!/usr/bin/env python3
"""Check the extraction gold sets (stdlib only).

Usage: python3 check_gold.py [-v] [FOLDER ...]   (default: corpus heldout blind, next to this script)

The blind folder is a blind test set: use it only to measure the statement-extraction engine, never to
develop, tune or debug it.

For every gold/*.json file in each folder:
  * the file is valid JSON with an "article" path and a "statements" list;
  * the article exists (path relative to this directory) and is UTF-8;
  * every statement has a valid kind, a non-empty speaker list of non-empty
    strings, a string cue, a non-empty string content, and (if present) a
    boolean "optional";
  * every content occurs in the article text exactly; the number of
    occurrences is reported when it is not exactly one (the matcher works on
    character ranges, so an ambiguous content is worth knowing about);
  * no statement is listed twice.
Also reports articles without a gold file and gold files without an article,
and checks each article's layout: first line a non-empty headline, then a
blank line, paragraphs separated by single blank lines, no trailing spaces,
text ending in one newline (warnings only).

Usage: python3 check_gold.py [-v]      (-v lists every statement with its count)
Exit status 0 when there are no problems, 1 otherwise.
"""
import json
import os
import sys

KINDS = {"direct", "indirect", "mixed", "denial", "assertion"}
KEYS = {"kind", "speaker", "cue", "content", "optional"}


def main(argv):
    verbose = "-v" in argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    folders = [a for a in argv[1:] if a != "-v"] or ["corpus", "heldout", "blind"]
    status = 0
    for folder in folders:
        print(f"== {folder}")
        status |= check(os.path.join(here, folder), verbose)
    return status


def check(base, verbose):
    gold_dir = os.path.join(base, "gold")
    art_dir = os.path.join(base, "articles")
    problems = []
    warnings = []
    n_files = n_req = n_opt = 0
    seen_articles = set()

    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        n_files += 1
        path = os.path.join(gold_dir, name)
        where = "gold/" + name
        try:
            with open(path, encoding="utf-8") as fh:
                gold = json.load(fh)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            problems.append(f"{where}: not valid UTF-8 JSON: {exc}")
            continue
        if not isinstance(gold, dict) or set(gold) != {"article", "statements"}:
            problems.append(f"{where}: top level must be an object with exactly 'article' and 'statements'")
            continue
        art_rel = gold["article"]
        if not isinstance(art_rel, str) or not art_rel.startswith("articles/"):
            problems.append(f"{where}: 'article' must be a path 'articles/NAME.txt'")
            continue
        expected = "articles/" + name[:-5] + ".txt"
        if art_rel != expected:
            warnings.append(f"{where}: article is {art_rel!r}, expected {expected!r}")
        art_path = os.path.join(base, art_rel)
        seen_articles.add(os.path.normpath(art_path))
        try:
            with open(art_path, encoding="utf-8") as fh:
                text = fh.read()
        except FileNotFoundError:
            problems.append(f"{where}: article {art_rel} does not exist")
            continue
        except UnicodeDecodeError as exc:
            problems.append(f"{where}: article {art_rel} is not UTF-8: {exc}")
            continue
        lines = text.split("\n")
        if not lines[0].strip() or len(lines) < 3 or lines[1] != "":
            warnings.append(f"{where}: {art_rel} should start with a headline line and a blank line")
        if not text.endswith("\n") or text.endswith("\n\n"):
            warnings.append(f"{where}: {art_rel} should end with exactly one newline")
        if "\n\n\n" in text or any(l != l.rstrip() for l in lines):
            warnings.append(f"{where}: {art_rel} has trailing spaces or more than one blank line between paragraphs")
        stmts = gold["statements"]
        if not isinstance(stmts, list):
            problems.append(f"{where}: 'statements' must be a list")
            continue
        seen = set()
        for i, st in enumerate(stmts):
            tag = f"{where} #{i}"
            if not isinstance(st, dict):
                problems.append(f"{tag}: statement is not an object")
                continue
            extra = set(st) - KEYS
            if extra:
                problems.append(f"{tag}: unknown keys {sorted(extra)}")
            kind = st.get("kind")
            if kind not in KINDS:
                problems.append(f"{tag}: kind {kind!r} not in {sorted(KINDS)}")
            sp = st.get("speaker")
            if not isinstance(sp, list) or not sp or not all(isinstance(s, str) and s.strip() for s in sp):
                problems.append(f"{tag}: speaker must be a non-empty list of non-empty strings")
            if not isinstance(st.get("cue"), str):
                problems.append(f"{tag}: cue must be a string (may be empty)")
            if "optional" in st and not isinstance(st["optional"], bool):
                problems.append(f"{tag}: optional must be true/false")
            content = st.get("content")
            if not isinstance(content, str) or not content.strip():
                problems.append(f"{tag}: content must be a non-empty string")
                continue
            if content != content.strip():
                warnings.append(f"{tag}: content has leading/trailing whitespace")
            count = text.count(content)
            short = content if len(content) <= 70 else content[:67] + "..."
            if count == 0:
                problems.append(f"{tag}: content not found in {art_rel}: {short!r}")
            elif count > 1:
                warnings.append(f"{tag}: content occurs {count} times in {art_rel}: {short!r}")
            if verbose:
                print(f"{tag}: {count}x {'opt' if st.get('optional') else 'req'} {kind} {short!r}")
            key = (content, kind)
            if key in seen:
                problems.append(f"{tag}: duplicate statement {short!r}")
            seen.add(key)
            if st.get("optional"):
                n_opt += 1
            else:
                n_req += 1

    for name in sorted(os.listdir(art_dir)):
        p = os.path.normpath(os.path.join(art_dir, name))
        if name.endswith(".txt") and p not in seen_articles:
            problems.append(f"articles/{name}: no gold file refers to it")

    for w in warnings:
        print("WARNING:", w)
    for p in problems:
        print("PROBLEM:", p)
    print(f"{n_files} gold files, {n_req + n_opt} statements "
          f"({n_req} required, {n_opt} optional); "
          f"{len(problems)} problems, {len(warnings)} warnings")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
