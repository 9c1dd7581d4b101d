namespace ToekomstZorg.Semantics.Fhir.Tests.Support;

/// <summary>A generated FHIR resource as JSON text; <see cref="SchemaValid"/> when it uses only FHIR elements.</summary>
public sealed record GeneratedResource(string Json, bool SchemaValid)
{
    // FsCheck prints the counterexample; the whole document is what one needs to reproduce it.
    public override string ToString() => Json;
}
