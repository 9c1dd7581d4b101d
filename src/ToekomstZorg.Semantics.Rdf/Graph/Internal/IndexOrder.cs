namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>The term order of a <see cref="TripleIndex"/>; the three together answer every triple pattern.</summary>
internal enum IndexOrder
{
    /// <summary>Subject, predicate, object: patterns S??, SP?.</summary>
    Spo,

    /// <summary>Predicate, object, subject: patterns ?P?, ?PO.</summary>
    Pos,

    /// <summary>Object, subject, predicate: patterns ??O, S?O.</summary>
    Osp,
}
