namespace ToekomstZorg.Semantics.Fhir.Rest.Internal;

/// <summary>
/// The input parameters an operation understands (<see cref="Parameters"/>, R4 names) and the other names a client may
/// send for them (<see cref="Aliases"/>: alias → R4 name, e.g. Firely's <c>targetSystem</c> for R4's <c>targetsystem</c>).
/// </summary>
internal sealed record OperationSignature(string Operation, IReadOnlyList<string> Parameters, IReadOnlyDictionary<string, string> Aliases)
{
    private static readonly Dictionary<string, string> NoAliases = [];

    /// <summary>A signature without aliases.</summary>
    public OperationSignature(string operation, IReadOnlyList<string> parameters)
        : this(operation, parameters, NoAliases)
    {
    }
}
