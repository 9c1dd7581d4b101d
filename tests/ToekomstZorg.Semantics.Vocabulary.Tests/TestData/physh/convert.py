#!/usr/bin/env python3
"""Convert PhySH (physh.ttl, CC0) into one ToekomstZorg reference scheme.

Usage: serdi -i turtle -o ntriples physh.ttl | python3 convert.py > physh.ttl

PhySH's concepts carry no skos:inScheme (their disciplines are linked with physh_rdf:inDiscipline), so this adds one
scheme, <https://physh.org/> with skos:notation "physh" and tz:codeNamespace "https://doi.org/10.29172/" (a code is the
concept's UUID), puts every skos:Concept in it, and keeps the SKOS properties (labels, notes, broader, narrower,
related) between those concepts. The PhySH-specific properties (disciplines, facets) and the discipline schemes are
left out; physh_rdf:deprecated becomes owl:deprecated. Everything else is PhySH's text as published.
"""
import re
import sys

SKOS = "http://www.w3.org/2004/02/skos/core#"
PHYSH = "https://physh.org/rdf/2018/01/01/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NS = "https://doi.org/10.29172/"
KEEP = {SKOS + p: "skos:" + p for p in ["prefLabel", "altLabel", "hiddenLabel", "scopeNote", "example", "broader", "narrower", "related"]}
LINE = re.compile(r'^<([^>]*)> <([^>]*)> (<[^>]*>|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?) \.$')

concepts, deprecated, triples = set(), set(), []
for line in sys.stdin:
    m = LINE.match(line.strip())
    if not m:
        continue
    s, p, o = m.groups()
    if p == RDF_TYPE and o == f"<{SKOS}Concept>":
        concepts.add(s)
    elif p == PHYSH + "deprecated" and o.startswith('"true"'):
        deprecated.add(s)
    elif p in KEEP:
        triples.append((s, p, o))


def term(iri):
    return "physh:" + iri[len(NS):] if iri.startswith(NS) and re.fullmatch(r"[0-9a-f-]+", iri[len(NS):]) else f"<{iri}>"


out = sys.stdout.write
out("@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .\n")
out("@prefix owl:   <http://www.w3.org/2002/07/owl#> .\n")
out("@prefix dct:   <http://purl.org/dc/terms/> .\n")
out("@prefix tz:    <https://w3id.org/toekomstzorg/def#> .\n")
out("@prefix physh: <https://doi.org/10.29172/> .\n\n")
out("# PhySH - Physics Subject Headings (American Physical Society), CC0 1.0; see README.md for the source and the conversion.\n\n")
out("<https://physh.org/> a skos:ConceptScheme ;\n")
out('    skos:notation "physh" ;\n')
out('    skos:prefLabel "PhySH - Physics Subject Headings"@en ;\n')
out(f'    tz:codeNamespace "{NS}" ;\n')
out("    dct:source <https://github.com/physh-org/PhySH> ;\n")
out("    dct:license <https://creativecommons.org/publicdomain/zero/1.0/> .\n")
by_subject = {}
for s, p, o in triples:
    if s in concepts and (not o.startswith("<") or o[1:-1] in concepts):
        by_subject.setdefault(s, []).append((KEEP[p], o))
for s in sorted(concepts):
    out(f"\n{term(s)} a skos:Concept ;\n    skos:inScheme <https://physh.org/>")
    if s in deprecated:
        out(" ;\n    owl:deprecated true")
    for p, o in by_subject.get(s, []):
        out(f" ;\n    {p} {term(o[1:-1]) if o.startswith('<') else o}")
    out(" .\n")
