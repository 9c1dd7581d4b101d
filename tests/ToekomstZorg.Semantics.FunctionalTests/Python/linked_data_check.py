#!/usr/bin/env python3
"""Reads the server's linked-data answers with rdflib (not our code) and compares them with the source graph.

Usage: linked_data_check.py BASE_URL VOCAB_DIR IRI_BASE PATH...
For each PATH, GETs BASE_URL+PATH with Accept text/turtle and with Accept application/ld+json (the JSON-LD context is
fetched by rdflib from the server, as any client would), parses each answer with rdflib and checks it is isomorphic to
what the source files say about that resource, computed here independently:
  "/"             the whole vocabulary (every triple of every .ttl under VOCAB_DIR);
  "/{scheme}"     the scheme's triples plus the description of each concept in it;
  "/{s}/{code}"   the concept's own triples (and blank nodes they reach), the mapping and false-friend triples that
                  point at it, and the owl:Axiom annotations whose source or target it is.
Prints one JSON line per PATH and representation: {"path", "accept", "status", "vary", "triples", "isomorphic"}.
"""
import json, pathlib, sys, urllib.request
from rdflib import Graph, URIRef, BNode, Namespace
from rdflib.compare import isomorphic

SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
TZ = Namespace("https://w3id.org/toekomstzorg/def#")
INCOMING = [SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch, TZ.falseFriendOf]


def closure(source, target, subject):
    pending, seen = [subject], set()
    while pending:
        node = pending.pop()
        if node in seen:
            continue
        seen.add(node)
        for s, p, o in source.triples((node, None, None)):
            target.add((s, p, o))
            if isinstance(o, BNode):
                pending.append(o)


def concept(source, target, iri):
    closure(source, target, iri)
    for p in INCOMING:
        for s, _, o in source.triples((None, p, iri)):
            target.add((s, p, o))
    for end in (OWL.annotatedSource, OWL.annotatedTarget):
        for axiom in source.subjects(end, iri):
            if isinstance(axiom, BNode):
                closure(source, target, axiom)


def expected(source, iri_base, path):
    if path == "/":
        return source
    graph = Graph()
    iri = URIRef(iri_base.rstrip("/") + path)
    if path.count("/") == 1:
        closure(source, graph, iri)
        for c in source.subjects(SKOS.inScheme, iri):
            concept(source, graph, c)
    else:
        concept(source, graph, iri)
    return graph


def fetch(url, accept):
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers.get("Content-Type", ""), response.headers.get("Vary", ""), response.read()


def main():
    base, vocab, iri_base, paths = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4:]
    source = Graph()
    for file in sorted(pathlib.Path(vocab).rglob("*.ttl")):
        source.parse(file, format="turtle")
    for path in paths:
        want = expected(source, iri_base, path)
        for accept, fmt in (("text/turtle", "turtle"), ("application/ld+json", "json-ld")):
            url = base + path
            status, content_type, vary, body = fetch(url, accept)
            got = Graph()
            got.parse(data=body.decode("utf-8"), format=fmt, publicID=url)
            print(json.dumps({"path": path, "accept": accept, "status": status, "content_type": content_type, "vary": vary,
                              "triples": len(got), "expected": len(want), "isomorphic": isomorphic(got, want)}), flush=True)


if __name__ == "__main__":
    main()
