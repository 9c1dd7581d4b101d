namespace ToekomstZorg.Semantics.Rdf.Graph;

/// <summary>
/// The indexes of an <see cref="RdfGraph"/>, to name those <see cref="RdfGraph.BuildIndexes(GraphIndexes)"/> builds
/// ahead of use. An index not built ahead is built on its first use (once, also when readers on several threads need
/// it at the same moment).
/// </summary>
[Flags]
public enum GraphIndexes
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Subject, predicate, object: <see cref="RdfGraph.Match"/> with a subject and no object.</summary>
    SubjectPredicateObject = 1,

    /// <summary>Predicate, object, subject: <see cref="RdfGraph.Match"/> with a predicate and no subject,
    /// <see cref="RdfGraph.SubjectsAndObjects"/>, <see cref="RdfGraph.CountOf"/>.</summary>
    PredicateObjectSubject = 2,

    /// <summary>Object, subject, predicate: <see cref="RdfGraph.Match"/> with an object and no predicate, or with
    /// nothing.</summary>
    ObjectSubjectPredicate = 4,

    /// <summary>Each subject's triples in the order they were added: <see cref="RdfGraph.PropertiesOf"/>.</summary>
    SubjectProperties = 8,

    /// <summary>All of them.</summary>
    All = SubjectPredicateObject | PredicateObjectSubject | ObjectSubjectPredicate | SubjectProperties,
}
