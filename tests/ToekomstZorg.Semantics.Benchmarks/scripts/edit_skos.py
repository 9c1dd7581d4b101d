#!/usr/bin/env python3
"""Make a second version of a gen_skos.py vocabulary with deterministic curator-like edits, for the diff benchmark.

Usage: edit_skos.py < old.ttl > new.ttl

Edits (by position of the concept block, so the same input always gives the same output):
  every 97th concept:          the Dutch prefLabel changes
  every 193rd concept:         an English definition is added
  every 211th sector concept:  the mapping relation changes (exact -> close -> broad -> narrow -> related -> exact)
  every 499th sector concept:  the mapping is removed
  every 1009th sector concept: the concept is removed (block and all)
  every 1499th sector concept: owl:deprecated true, dct:isReplacedBy the next sector concept
  500 new sector concepts, each mapped to a core concept.
Counts are printed to stderr.
"""
import sys

RELATIONS = ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch"]


def main():
    text = sys.stdin.read()
    blocks = text.split("\n\n")
    out = []
    counts = dict(labels=0, definitions=0, relations=0, unmapped=0, removed=0, deprecated=0, added=0)
    concept = 0
    sector = 0
    sector_codes = []
    for block in blocks:
        lines = block.split("\n")
        if " a skos:Concept ;" not in lines[0]:
            if lines[0].startswith("@prefix skos:"):
                block = "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n" + block
            out.append(block)
            continue
        concept += 1
        is_sector = not lines[0].startswith("kern:")
        if is_sector:
            sector += 1
            sector_codes.append(lines[0].split(" ")[0])
            if sector % 1009 == 0:
                counts["removed"] += 1
                continue
        new_lines = []
        for line in lines:
            if concept % 97 == 0 and line.strip().startswith("skos:prefLabel"):
                line = line.replace('"@nl', ' (herzien)"@nl', 1)
                counts["labels"] += 1
            if is_sector and any(f"skos:{r} kern:" in line for r in RELATIONS):
                if sector % 499 == 0:
                    counts["unmapped"] += 1
                    continue
                if sector % 211 == 0:
                    for i, r in enumerate(RELATIONS):
                        if f"skos:{r} " in line:
                            line = line.replace(f"skos:{r} ", f"skos:{RELATIONS[(i + 1) % len(RELATIONS)]} ")
                            counts["relations"] += 1
                            break
            new_lines.append(line)
        if concept % 193 == 0:
            new_lines.insert(1, '    skos:definition "revised definition"@en ;')
            counts["definitions"] += 1
        if is_sector and sector % 1499 == 0:
            new_lines.insert(1, f"    owl:deprecated true ; dct:isReplacedBy {lines[0].split(' ')[0].split(':')[0]}:new{sector} ;")
            counts["deprecated"] += 1
            out.append("\n".join(new_lines))
            # the replacement, in the same scheme
            pfx = lines[0].split(":")[0]
            out.append(concept_block(pfx, f"new{sector}", 0))
            counts["added"] += 1
            continue
        out.append("\n".join(new_lines))
    # 500 new sector concepts, round-robin over the sectors of the input, mapped to core concepts k0..k499
    prefixes = sorted({c.split(":")[0] for c in sector_codes})
    for i in range(500):
        out.append(concept_block(prefixes[i % len(prefixes)], f"added{i}", i))
        counts["added"] += 1
    sys.stdout.write("\n\n".join(out).rstrip("\n") + "\n")
    sys.stderr.write(" ".join(f"{k}={v}" for k, v in counts.items()) + "\n")


def concept_block(pfx, code, core):
    return (f"{pfx}:{code} a skos:Concept ;\n"
            f"    skos:inScheme {pfx}:scheme ;\n"
            f"    skos:notation \"{code}\" ;\n"
            f"    skos:prefLabel \"nieuw {code}\"@nl , \"new {code}\"@en ;\n"
            f"    skos:definition \"Toegevoegd in de tweede versie.\"@nl ;\n"
            f"    skos:{RELATIONS[core % len(RELATIONS)]} kern:k{core} ;\n"
            f"    dct:modified \"2026-10-01\"^^xsd:date .")


if __name__ == "__main__":
    main()
