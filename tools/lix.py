#!/usr/bin/env python3
"""Reference LIX counter for writers of Skranke's Danish texts.

The authoritative implementation is `src/i18n/lix.rs` (run `skranke check-i18n`);
this script follows the same counting rules (docs/content-guide.md, "LIX") so that
texts can be measured before the app builds.

Usage: tools/lix.py FILE.ftl [GROUP_REGEX]
  Prints LIX per message. With GROUP_REGEX (a regex with one capture group over the
  message id), messages whose ids give the same capture are measured as one text.
"""
import re
import sys

ABBREVIATIONS = {
    "f.eks", "fx", "bl.a", "dvs", "ca", "kl", "nr", "osv", "mv", "m.v", "evt",
    "jf", "tlf", "pga", "inkl", "ekskl", "mht", "m.fl", "e.g", "i.e", "etc", "approx",
}
WORD = re.compile(r"[^\W_]+(?:[-.'’/][^\W_]+)*")
END = re.compile(r"[.!?:]+[\"”’»)]*")


def counts(text):
    text = re.sub(r"\{[^}]*\}", " ", text)
    words = long_words = sentences = 0
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith(("- ", "• ")):
            line = line[2:]
        tokens = list(WORD.finditer(line))
        if not tokens:
            continue
        ended = False
        previous_number_end = None
        for token in tokens:
            word = token.group(0)
            letters = sum(c.isalpha() for c in word)
            is_number = letters == 0
            joined = (
                is_number
                and previous_number_end is not None
                and line[previous_number_end:token.start()] == " "
            )
            if not joined:
                words += 1
                if letters >= 7:
                    long_words += 1
            previous_number_end = token.end() if is_number else None
            punct = END.match(line, token.end())
            ended = False
            if punct:
                rest = line[punct.end():]
                at_break = rest == "" or rest[0].isspace()
                is_abbreviation = punct.group(0).startswith(".") and len(punct.group(0).rstrip("\"”’»)")) == 1 and word.lower() in ABBREVIATIONS
                if at_break and not is_abbreviation:
                    sentences += 1
                    ended = True
        if not ended:
            sentences += 1
    return words, long_words, sentences


def lix(text):
    words, long_words, sentences = counts(text)
    if words == 0:
        return 0.0
    return words / max(sentences, 1) + 100.0 * long_words / words


def parse_ftl(path):
    messages = {}
    current = None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        m = re.match(r"^([a-zA-Z][\w-]*)\s*=\s?(.*)$", line)
        if m:
            current = m.group(1)
            messages[current] = [m.group(2)] if m.group(2).strip() else []
        elif current and (line.startswith(" ") or line == ""):
            if line.strip().startswith("."):
                continue
            messages[current].append(line.strip())
        else:
            current = None
    return {k: "\n".join(v).strip() for k, v in messages.items()}


if __name__ == "__main__":
    msgs = parse_ftl(sys.argv[1])
    if len(sys.argv) > 2:
        groups = {}
        pattern = re.compile(sys.argv[2])
        for key, value in msgs.items():
            m = pattern.match(key)
            if m:
                groups.setdefault(m.group(1), []).append(value)
        values = []
        for key, parts in groups.items():
            v = lix("\n".join(parts))
            values.append(v)
            print(f"{v:6.1f}  {key}")
        if values:
            print(f"mean {sum(values)/len(values):.1f}, max {max(values):.1f}, n={len(values)}")
    else:
        for key, value in msgs.items():
            print(f"{lix(value):6.1f}  {key}")
