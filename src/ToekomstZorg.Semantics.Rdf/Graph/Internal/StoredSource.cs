using ToekomstZorg.Semantics.Rdf.Syntax;

namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// Where a triple was read, as the graph stores it: the source name as an index into the graph's list of names, so
/// the array of a million of these holds no references (the GC neither scans it nor pays a write barrier per triple).
/// </summary>
internal readonly record struct StoredSource(int Name, TriplePosition Position);
