using System.Text.Json;

namespace ToekomstZorg.Semantics.Fhir.Translation.Internal;

/// <summary>
/// One forward pass of <see cref="Utf8JsonReader"/> over the whole resource. It does not build a tree: it finds every
/// object with a <c>coding</c> array (a CodeableConcept, wherever it is: extensions, contained resources, Bundle
/// entries), reads each Coding's <c>system</c>/<c>code</c>/<c>display</c> and byte range, and hands each array to
/// <see cref="CodingArrayRewriter"/>, which records byte edits. Every byte it does not edit is copied to the output
/// as it was, so element order, number spelling (<c>1.50</c>), string escapes and whitespace survive by construction.
/// </summary>
internal ref struct ResourceWalker
{
    private readonly ReadOnlySpan<byte> _input;
    private readonly TranslationRun _run;
    private Utf8JsonReader _reader;

    public ResourceWalker(ReadOnlySpan<byte> input, TranslationRun run, JsonReaderOptions options)
    {
        _input = input;
        _run = run;
        _reader = new Utf8JsonReader(input, isFinalBlock: true, new JsonReaderState(options));
    }

    private enum Role : byte
    {
        Other,
        Coding,
        Resource,
        Contained,
        System,
        Code,
        Display,
    }

    /// <summary>Reads the first token; true when the document is a JSON object.</summary>
    public bool ReadRootStart() => _reader.Read() && _reader.TokenType == JsonTokenType.StartObject;

    /// <summary>The root's <c>resourceType</c>, read without moving the walker (null when absent or not a name).</summary>
    public readonly string? PeekResourceType() => PeekResourceType(_reader);

    /// <summary>Walks the root object (the reader is on its StartObject) and checks nothing follows it.</summary>
    public void WalkRoot()
    {
        WalkObject(capture: false, out _);
        if (_reader.Read())
        {
            // Utf8JsonReader throws for a second value; this is a guard should it ever not.
            throw new JsonException("Only one JSON value is allowed in a document.");
        }
    }

    /// <summary>Reads every token to surface syntax and nesting errors, without translating anything.</summary>
    public void ValidateRemainder()
    {
        CheckDepth();
        while (_reader.Read())
        {
            if (_reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                CheckDepth();
            }
        }
    }

    private void WalkObject(bool capture, out CodingFields fields)
    {
        CheckDepth();
        fields = default;
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = (int)_reader.TokenStartIndex + 1;
            var nameLength = _reader.ValueSpan.Length;
            string? unescaped = null;
            Role role;
            if (_reader.ValueIsEscaped)
            {
                unescaped = ReadString();
                role = Classify(System.Text.Encoding.UTF8.GetBytes(unescaped!), capture);
            }
            else
            {
                role = Classify(_reader.ValueSpan, capture);
            }

            _reader.Read();
            switch (_reader.TokenType)
            {
                case JsonTokenType.String:
                    switch (role)
                    {
                        case Role.System:
                            fields.System = ReadSystem();
                            break;
                        case Role.Code:
                            fields.Code = ReadString();
                            break;
                        case Role.Display:
                            fields.Display = ReadString();
                            break;
                    }

                    break;
                case JsonTokenType.StartObject:
                {
                    var depth = _run.Path.Count;
                    _run.Path.PushName(nameStart, nameLength, unescaped);
                    if (role == Role.Resource)
                    {
                        PushResourceType();
                    }

                    WalkObject(capture: false, out _);
                    _run.Path.PopTo(depth);
                    break;
                }

                case JsonTokenType.StartArray:
                    _run.Path.PushName(nameStart, nameLength, unescaped);
                    if (role == Role.Coding)
                    {
                        WalkCodingArray();
                    }
                    else
                    {
                        WalkArray(elementsAreResources: role == Role.Contained);
                    }

                    _run.Path.Pop();
                    break;
            }
        }
    }

    private void WalkArray(bool elementsAreResources)
    {
        CheckDepth();
        var index = 0;
        while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
        {
            if (_reader.TokenType == JsonTokenType.StartObject)
            {
                var depth = _run.Path.Count;
                _run.Path.PushIndex(index);
                if (elementsAreResources)
                {
                    PushResourceType();
                }

                WalkObject(capture: false, out _);
                _run.Path.PopTo(depth);
            }
            else if (_reader.TokenType == JsonTokenType.StartArray)
            {
                _run.Path.PushIndex(index);
                WalkArray(elementsAreResources: false);
                _run.Path.Pop();
            }

            index++;
        }
    }

    // A CodeableConcept's coding array: 0..* Coding objects. Elements that are not objects are kept and ignored.
    private void WalkCodingArray()
    {
        CheckDepth();
        var contentStart = (int)_reader.BytesConsumed;
        var firstStart = -1;
        var lastEnd = -1;
        var slotBase = _run.Slots.Count;
        var index = 0;
        while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)_reader.TokenStartIndex;
            if (firstStart < 0)
            {
                firstStart = start;
            }

            if (_reader.TokenType == JsonTokenType.StartObject)
            {
                var reportsBefore = _run.Reports.Count;
                var editsBefore = _run.Edits.Count;
                _run.Path.PushIndex(index);
                WalkObject(capture: true, out var fields);
                _run.Path.Pop();
                _run.Slots.Add(new CodingSlot(
                    start, (int)_reader.BytesConsumed, index, fields.System, fields.Code, fields.Display,
                    reportsBefore, _run.Reports.Count, editsBefore, _run.Edits.Count));
            }
            else if (_reader.TokenType == JsonTokenType.StartArray)
            {
                _run.Path.PushIndex(index);
                WalkArray(elementsAreResources: false);
                _run.Path.Pop();
            }

            lastEnd = (int)_reader.BytesConsumed;
            index++;
        }

        if (_run.Slots.Count > slotBase)
        {
            var separator = _input[contentStart..firstStart];
            CodingArrayRewriter.Rewrite(_input, _run, slotBase, separator, lastEnd);
            _run.Slots.RemoveRange(slotBase, _run.Slots.Count - slotBase);
        }
    }

    // Resources nest in Bundle.entry.resource, Bundle.entry.response.outcome, Parameters.parameter.resource and
    // DomainResource.contained; the path names their type: entry[0].resource.ofType(CarePlan).
    private readonly void PushResourceType()
    {
        if (PeekResourceType(_reader) is { } type)
        {
            _run.Path.PushOfType(type);
        }
    }

    // Utf8JsonReader accepts "\ud800" (RFC 8259 §8.2 leaves unpaired surrogates undefined) and only GetString
    // rejects it, with InvalidOperationException; that is bad input with a position, not a crash.
    private readonly string ReadString()
    {
        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new UnpairedSurrogateException(_reader.TokenStartIndex);
        }
    }

    private readonly string ReadSystem()
    {
        if (!_reader.ValueIsEscaped && _run.LastSystem is { } last && _reader.ValueSpan.SequenceEqual(_run.LastSystemUtf8))
        {
            return last;
        }

        var system = ReadString();
        if (!_reader.ValueIsEscaped)
        {
            _run.LastSystem = system;
            _run.LastSystemUtf8 = _reader.ValueSpan.ToArray();
        }

        return system;
    }

    private readonly void CheckDepth()
    {
        if (_reader.CurrentDepth >= _run.MaxDepth)
        {
            throw new NestingTooDeepException(_reader.TokenStartIndex);
        }
    }

    private static Role Classify(ReadOnlySpan<byte> name, bool insideCoding)
    {
        if (insideCoding)
        {
            if (name.SequenceEqual("system"u8))
            {
                return Role.System;
            }

            if (name.SequenceEqual("code"u8))
            {
                return Role.Code;
            }

            if (name.SequenceEqual("display"u8))
            {
                return Role.Display;
            }
        }

        if (name.SequenceEqual("coding"u8))
        {
            return Role.Coding;
        }

        if (name.SequenceEqual("resource"u8) || name.SequenceEqual("outcome"u8))
        {
            return Role.Resource;
        }

        return name.SequenceEqual("contained"u8) ? Role.Contained : Role.Other;
    }

    /// <summary>
    /// The <c>resourceType</c> of the object the reader is on, read from a copy of the reader. FHIR JSON puts it
    /// first, so that is the fast path; otherwise the object's members are skipped until it is found.
    /// Malformed JSON yields null here: the walk itself reports the error with its position.
    /// </summary>
    private static string? PeekResourceType(Utf8JsonReader reader)
    {
        try
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("resourceType"u8))
                {
                    reader.Read();
                    return reader.TokenType == JsonTokenType.String && ResourceTypeName.IsValid(reader.ValueSpan)
                        ? reader.GetString()
                        : null;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
