namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>Replace input bytes <c>[Start, End)</c> by <see cref="Replacement"/>; an insertion when Start == End.</summary>
internal readonly record struct ByteEdit(int Start, int End, byte[] Replacement);
