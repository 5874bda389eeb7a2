#!/usr/bin/env python3
"""Bring gold sets to the convention that a speaker's run of quoted sentences is one statement (stdlib only).

Usage: python3 merge_runs.py [--write] [--list] [FOLDER ...]   (default: corpus heldout blind, next to this script)

Without --write it only counts. --list prints each merge; it is refused for the blind folder, which no person
may read (run the script on it and read only its counts).

Two gold statements are merged when, taken in the order of the text:
  * both are direct quotations, both required or both optional, with a speaker name in common;
  * they lie in one paragraph (no blank line between them; in text with one paragraph per line, no line break);
  * between the first one's closing quotation mark and the second one's opening mark there is nothing, or only
    the attribution: at most 15 words, no quotation mark, and the first one's cue word among them (as in
    `"A," Harman said. "B."` or `"A," she said, clapping. "B. C."`);
  * the second one brings no cue of its own: its cue is empty or the same word as the first one's.
Runs of three or more merge in a chain. The merged content runs from the first one's start to the last one's end,
so it is a substring of the article like every other content. Statements are edited in place in the file's own
text (the first one's content replaced, the others removed), so the rest of the file keeps its layout.
"""
import json
import os
import re
import sys

QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb"
CLOSING = re.compile(r"^[,.;:!?\u2014\u2013-]?\s*[\"\u201d\u00bb]")
OPENING = re.compile(r"[\"\u201c\u201e\u00ab]$")


def main(argv):
    write = "--write" in argv[1:]
    listing = "--list" in argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    folders = [a for a in argv[1:] if not a.startswith("--")] or ["corpus", "heldout", "blind"]
    for folder in folders:
        blind = os.path.basename(os.path.normpath(folder)) == "blind"
        if blind and listing:
            print("the blind set is counted only: --list refused for", folder)
            return 2
        files, merges, before, after = run(os.path.join(here, folder), write, listing)
        print(f"== {folder}: {merges} merges in {files} gold files, {before} statements -> {after}"
              + ("" if write else " (not written: add --write)"))
    return 0


def run(base, write, listing):
    gold_dir = os.path.join(base, "gold")
    files = merges = before = after = 0
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        path = os.path.join(gold_dir, name)
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        gold = json.loads(raw)
        with open(os.path.join(base, gold["article"]), encoding="utf-8") as fh:
            text = fh.read()
        objects = statement_objects(raw)
        stmts = gold["statements"]
        before += len(stmts)
        placed = locate(text, stmts)
        order = sorted((i for i in range(len(stmts)) if placed[i] >= 0), key=lambda i: placed[i])
        wrapped = looks_hard_wrapped(text)
        new_content = {}
        removed = set()
        head = None
        for i in order:
            if head is not None and joins(text, wrapped, stmts[head], placed[head], stmts[i], placed[i],
                                          new_content.get(head)):
                first = new_content.get(head, stmts[head]["content"])
                merged = text[placed[head]:placed[i] + len(stmts[i]["content"])]
                if listing:
                    print(f"{name}: {short(first)!r} + {short(stmts[i]['content'])!r}")
                new_content[head] = merged
                removed.add(i)
                merges += 1
                continue
            head = i
        after += len(stmts) - len(removed)
        if removed:
            files += 1
            if write:
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(rewrite(raw, objects, new_content, removed))
    return files, merges, before, after


def joins(text, wrapped, a, a_start, b, b_start, a_content):
    """Whether b continues a's run of quoted sentences (a may already hold earlier parts)."""
    a_end = a_start + len(a_content or a["content"])
    if a["kind"] != "direct" or b["kind"] != "direct" or b_start < a_end:
        return False
    if bool(a.get("optional")) != bool(b.get("optional")):
        return False
    if not {s.lower() for s in a["speaker"]} & {s.lower() for s in b["speaker"]}:
        return False
    between = text[a_end:b_start]
    if "\n\n" in between or ("\n" in between and not wrapped):
        return False
    closing = CLOSING.match(between)
    opening = OPENING.search(between)
    if not closing or not opening or opening.start() < closing.end():
        return False
    middle = between[closing.end():opening.start()]
    if any(q in middle for q in QUOTES):
        return False
    words = re.findall(r"[\w'\u2019-]+", middle)
    b_cue = b["cue"].strip().lower()
    if b_cue and b_cue != a["cue"].strip().lower():
        return False
    if not words:
        return True
    cue = a["cue"].strip().lower()
    return len(words) <= 15 and bool(cue) and cue in {w.lower() for w in words}


def locate(text, stmts):
    """Each content's offset, found in order as the evaluation does (GoldStatement.locate)."""
    placed = []
    start = 0
    for s in stmts:
        at = text.find(s["content"], start)
        if at < 0:
            at = text.find(s["content"])
        if at >= 0:
            start = at
        placed.append(at)
    return placed


def statement_objects(raw):
    """(start, end) of each statement object in the file's text, in list order."""
    decoder = json.JSONDecoder()
    at = raw.index("[", raw.index('"statements"')) + 1
    spans = []
    while True:
        while raw[at] in " \t\r\n,":
            at += 1
        if raw[at] == "]":
            return spans
        _, end = decoder.raw_decode(raw, at)
        spans.append((at, end))
        at = end


def rewrite(raw, objects, new_content, removed):
    """The file's text with merged contents replaced and the absorbed statements (and their commas) removed."""
    decoder = json.JSONDecoder()
    edits = []
    for i, content in new_content.items():
        start, end = objects[i]
        key = re.compile(r'"content"\s*:\s*').search(raw, start, end)
        _, value_end = decoder.raw_decode(raw, key.end())
        edits.append((key.end(), value_end, json.dumps(content, ensure_ascii=False)))
    for i in removed:
        start, end = objects[i]
        # Take the comma before it, or after it when it is the first in the list.
        cut_from = objects[i - 1][1] if i > 0 else start
        cut_to = end if i > 0 else objects[i + 1][0]
        edits.append((cut_from, cut_to, ""))
    for start, end, replacement in sorted(edits, reverse=True):
        raw = raw[:start] + replacement + raw[end:]
    return raw


def looks_hard_wrapped(text):
    """As the tokenizer decides (Tokenizer.looksHardWrapped): most joined lines end without closing punctuation."""
    joined = open_ended = 0
    lines = text.split("\n")
    for k in range(len(lines) - 1):
        line = lines[k].rstrip()
        if line and lines[k + 1].strip():
            joined += 1
            if line[-1] not in ".!?:\"\u201d\u2019)]*":
                open_ended += 1
    return joined >= 3 and open_ended * 2 > joined


def short(s):
    s = s.replace("\n", " ")
    return s if len(s) <= 60 else s[:57] + "..."


if __name__ == "__main__":
    sys.exit(main(sys.argv))
