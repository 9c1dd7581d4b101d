using System.Text;

namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// The FHIRPath of the element being walked, kept as cheap parts (property names as byte ranges of the input) and
/// turned into text only when a coding is reported: <c>Bundle.entry[2].resource.ofType(CarePlan).category[0].coding[0]</c>.
/// </summary>
internal sealed class FhirPathStack
{
    private readonly StringBuilder _text = new(128);
    private Part[] _parts = new Part[32];
    private int _count;

    private enum PartKind : byte
    {
        Name,
        Index,
        OfType,
    }

    public int Count => _count;

    public void Reset() => _count = 0;

    /// <summary>Empties the stack and forgets the names it held (they come from the resource).</summary>
    public void Clear()
    {
        Array.Clear(_parts);
        _count = 0;
        _text.Clear();
    }

    public void PushName(int start, int length, string? unescaped) =>
        Push(new Part(PartKind.Name, start, length, unescaped));

    public void PushIndex(int index) => Push(new Part(PartKind.Index, index, 0, null));

    public void PushOfType(string resourceType) => Push(new Part(PartKind.OfType, 0, 0, resourceType));

    public void Pop() => _count--;

    public void PopTo(int count) => _count = count;

    /// <summary>The path text: the root type, the parts, and optionally a final <c>[index]</c>.</summary>
    public string Build(ReadOnlySpan<byte> input, string rootType, int finalIndex = -1)
    {
        _text.Clear().Append(rootType);
        for (var i = 0; i < _count; i++)
        {
            ref readonly var part = ref _parts[i];
            switch (part.Kind)
            {
                case PartKind.Name:
                    AppendName(part.Text ?? Encoding.UTF8.GetString(input.Slice(part.Start, part.Length)));
                    break;
                case PartKind.Index:
                    _text.Append('[').Append(part.Start).Append(']');
                    break;
                default:
                    _text.Append(".ofType(").Append(part.Text).Append(')');
                    break;
            }
        }

        if (finalIndex >= 0)
        {
            _text.Append('[').Append(finalIndex).Append(']');
        }

        return _text.ToString();
    }

    // FHIRPath addresses a choice element by its base name: valueCodeableConcept is value.ofType(CodeableConcept).
    // A primitive's extensions sit in JSON under "_status" (FHIR JSON §2.6.2) but belong to status in FHIRPath.
    private void AppendName(string name)
    {
        if (name.Length > 1 && name[0] == '_')
        {
            name = name[1..];
        }

        if (ChoiceElementName.TrySplit(name, out var baseName, out var typeName))
        {
            _text.Append('.').Append(baseName).Append(".ofType(").Append(typeName).Append(')');
        }
        else
        {
            _text.Append('.').Append(name);
        }
    }

    private void Push(Part part)
    {
        if (_count == _parts.Length)
        {
            Array.Resize(ref _parts, _parts.Length * 2);
        }

        _parts[_count++] = part;
    }

    private readonly record struct Part(PartKind Kind, int Start, int Length, string? Text);
}
