namespace ToekomstZorg.Semantics.Vocabulary.Model;

/// <summary>Names of <see cref="MappingRelation"/> as curators write them.</summary>
public static class MappingRelationNames
{
    /// <summary>The SKOS property's local name, e.g. <c>exactMatch</c>.</summary>
    public static string LocalName(this MappingRelation relation) => relation switch
    {
        MappingRelation.Exact => "exactMatch",
        MappingRelation.Close => "closeMatch",
        MappingRelation.Broad => "broadMatch",
        MappingRelation.Narrow => "narrowMatch",
        _ => "relatedMatch",
    };
}
