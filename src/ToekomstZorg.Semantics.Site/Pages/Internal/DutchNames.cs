using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>What the pages call the model's enums, in Dutch (the FHIR and SKOS names are shown next to them).</summary>
internal static class DutchNames
{
    /// <summary>"The target is … the source", in Dutch.</summary>
    public static string Of(Equivalence equivalence) => equivalence switch
    {
        Equivalence.Equal => "gelijk",
        Equivalence.Equivalent => "zelfde betekenis",
        Equivalence.Wider => "ruimer",
        Equivalence.Subsumes => "omvat",
        Equivalence.Narrower => "enger",
        Equivalence.Specializes => "specialiseert",
        Equivalence.Inexact => "bijna, niet gelijk",
        Equivalence.RelatedTo => "verwant",
        Equivalence.Unmatched => "geen overeenkomst",
        _ => "uitdrukkelijk verschillend",
    };

    /// <summary>
    /// The SKOS mapping relation that a one-hop equivalence reads as (the inverse of
    /// <see cref="EquivalenceAlgebra.OfHop"/>): exact, close, broad, narrow, related.
    /// </summary>
    public static string SkosRelation(Equivalence equivalence) => equivalence switch
    {
        Equivalence.Equivalent or Equivalence.Equal => "exact",
        Equivalence.Inexact => "close",
        Equivalence.Wider or Equivalence.Subsumes => "broad",
        Equivalence.Narrower or Equivalence.Specializes => "narrow",
        _ => "related",
    };

    public static string Of(LabelKind kind) => kind switch
    {
        LabelKind.Preferred => "voorkeursterm",
        LabelKind.Alternative => "alternatieve term",
        _ => "zoekvariant",
    };

    public static string Language(string language) => language switch
    {
        "nl" => "Nederlands",
        "en" => "Engels",
        "fr" => "Frans",
        "de" => "Duits",
        "" => "zonder taal",
        _ => language,
    };
}
