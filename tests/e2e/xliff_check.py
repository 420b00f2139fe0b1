"""Checks a PO file that translate-toolkit's xliff2po made from Skranke's XLIFF export.

Reads the PO file with translate-toolkit's storage API (translate.storage.factory) and the
XLIFF file with Python's own XML parser, then checks that every translation unit of the XLIFF
file is a unit of the PO file, found by its location (the unit's id), with the same source and
target text (a <ph> code as its Fluent source), and a few known units by id and text.
Prints each check and `N passed, M failed`; exits 1 if any failed.

Usage: xliff_check.py FILE.xlf FILE.po LANGUAGE
"""

import sys
import xml.etree.ElementTree as ET

from translate.storage import factory

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}

passed = 0
failed = 0


def check(what, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok    {what}")
    else:
        failed += 1
        print(f"FAIL  {what}" + (f": {detail}" if detail else ""))


def text_of(element):
    """The text of a <source> or <target>, each <ph> as its content (the Fluent code)."""
    if element is None:
        return None
    return "".join(element.itertext())


def main():
    xlf_path, po_path, language = sys.argv[1:4]
    tree = ET.parse(xlf_path)
    files = tree.getroot().findall("x:file", NS)
    expected = {}
    for file in files:
        check(
            f"{file.get('original')}: target-language is {language}",
            file.get("target-language") == language,
            file.get("target-language"),
        )
        for unit in file.iter(f"{{{NS['x']}}}trans-unit"):
            expected[unit.get("id")] = (
                text_of(unit.find("x:source", NS)),
                text_of(unit.find("x:target", NS)),
            )

    store = factory.getobject(po_path)
    units = [unit for unit in store.units if not unit.isheader()]
    by_id = {}
    for unit in units:
        for location in unit.getlocations():
            by_id.setdefault(location, []).append(unit)

    check(
        f"the PO file has as many units as the XLIFF file ({len(expected)})",
        len(units) == len(expected),
        f"{len(units)} units",
    )
    missing = [uid for uid in expected if uid not in by_id]
    check("every XLIFF unit is in the PO file, by its id", not missing, f"missing {missing[:10]}")
    twice = [uid for uid, found in by_id.items() if len(found) != 1]
    check("no id is on two PO units", not twice, f"{twice[:10]}")
    wrong = []
    for uid, (source, target) in expected.items():
        for unit in by_id.get(uid, []):
            if unit.source != source or unit.target != (target or ""):
                wrong.append((uid, unit.source, unit.target, source, target))
    check(
        "every unit has the XLIFF file's source and target",
        not wrong,
        f"{len(wrong)} differ, first: {wrong[:1]}",
    )
    empty = [uid for uid, (source, target) in expected.items() if not source or not target]
    check("every unit has a source and a target", not empty, f"{empty[:10]}")

    def unit(uid):
        found = by_id.get(uid, [])
        return found[0] if found else None

    footer = unit("handout-footer")
    check(
        "handout-footer: the Danish source with its { $date } code",
        footer is not None
        and footer.source == "Udleveret i Borgerservice, Københavns Kommune, { $date }.",
        footer and footer.source,
    )
    check(
        "handout-footer: the target keeps the code",
        footer is not None and "{ $date }" in footer.target,
        footer and footer.target,
    )
    welcome = unit("topic-welcome-1-body")
    check(
        "topic-welcome-1-body: lines and list items kept",
        welcome is not None and "\n- " in welcome.source and "\n- " in welcome.target,
        welcome and welcome.source,
    )
    check(
        "topic-welcome-title: the Danish title",
        unit("topic-welcome-title") is not None and unit("topic-welcome-title").source == "Velkommen",
    )
    plural = [uid for uid in by_id if uid.startswith("log-count[")]
    check(
        "log-count: one unit per plural form of the language",
        len(plural) >= 2 and "log-count[other]" in plural,
        f"{sorted(plural)}",
    )
    machine = unit("topic-welcome-title")
    check(
        "a machine translation arrives as fuzzy (not yet checked)",
        machine is not None and machine.isfuzzy(),
    )

    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
