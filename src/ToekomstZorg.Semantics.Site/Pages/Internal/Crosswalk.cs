using ToekomstZorg.Semantics.Vocabulary;
using ToekomstZorg.Semantics.Vocabulary.Model;
using ToekomstZorg.Semantics.Vocabulary.Translation;

namespace ToekomstZorg.Semantics.Site.Pages.Internal;

/// <summary>
/// One core concept across the sectors: per sector scheme the sector concepts mapped to it (each mapping read from the
/// sector concept's side, so the equivalence says what the core concept is to the sector concept), and the declared
/// false friends among those sector concepts.
/// </summary>
internal sealed class Crosswalk
{
    private Crosswalk(Concept core, IReadOnlyList<(ConceptScheme Sector, IReadOnlyList<TranslationHop> Rows)> sectors, IReadOnlyList<FalseFriendPair> falseFriends)
    {
        Core = core;
        Sectors = sectors;
        FalseFriends = falseFriends;
    }

    public Concept Core { get; }

    /// <summary>Every sector scheme (in key order), with its mappings to the core concept; empty rows = not mapped.</summary>
    public IReadOnlyList<(ConceptScheme Sector, IReadOnlyList<TranslationHop> Rows)> Sectors { get; }

    /// <summary>The declared false-friend pairs between the sector concepts of this crosswalk (or with the core concept).</summary>
    public IReadOnlyList<FalseFriendPair> FalseFriends { get; }

    /// <summary>How many sectors map at least one concept to the core concept.</summary>
    public int MappedSectorCount => Sectors.Count(s => s.Rows.Count > 0);

    public static Crosswalk Of(VocabularySnapshot snapshot, Concept core)
    {
        var bySector = new Dictionary<ConceptScheme, List<TranslationHop>>();
        var members = new HashSet<Concept> { core };
        foreach (var mapping in core.Mappings)
        {
            var sector = mapping.To.Scheme;
            if (sector == core.Scheme)
            {
                continue;
            }

            // Read from the sector concept: From = sector concept, To = the core concept.
            var fromSector = mapping.Reverse();
            if (!bySector.TryGetValue(sector, out var rows))
            {
                bySector[sector] = rows = [];
            }

            rows.Add(new TranslationHop(fromSector.From, fromSector.Relation, fromSector.Reversed, fromSector.To, fromSector.Rationale));
            members.Add(mapping.To);
        }

        var sectors = snapshot.Schemes
            .Where(s => s != core.Scheme && !s.IsReference)
            .Select(s => (s, (IReadOnlyList<TranslationHop>)(bySector.TryGetValue(s, out var rows)
                ? rows.OrderBy(r => r.From.Code, StringComparer.Ordinal).ToArray()
                : [])))
            .ToArray();
        var falseFriends = snapshot.FalseFriends.Where(p => members.Contains(p.First) && members.Contains(p.Second)).ToArray();
        return new Crosswalk(core, sectors, falseFriends);
    }
}
