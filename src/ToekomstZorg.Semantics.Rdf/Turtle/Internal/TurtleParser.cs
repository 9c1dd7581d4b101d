using ToekomstZorg.Semantics.Rdf.Syntax;
using ToekomstZorg.Semantics.Rdf.Syntax.Internal;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>
/// The Turtle 1.1 grammar (W3C Recommendation 2014-02-25, §6.5) as a loop over an explicit stack of
/// <see cref="ParseFrame"/>s, so a 100 000-deep collection or property list costs heap, not call stack.
/// Terms are decoded into a <see cref="TermArena"/> and emitted to the sink as <see cref="TermRef"/> spans.
/// </summary>
/// <remarks>
/// Blank nodes: a user label is passed through, except that a leading '_' is doubled; generated
/// nodes (for <c>[]</c>, property lists and collection cells) are labelled "_" + a number. The two
/// sets can never meet, and both are valid N-Triples labels.
/// </remarks>
internal sealed partial class TurtleParser
{
    private readonly InputBuffer _input;
    private readonly TermArena _arena = new();
    private readonly TermScanner _scanner;
    private readonly ITripleSink _sink;
    private readonly PrefixTable _prefixes = new();
    private byte[] _base = [];
    private byte[] _resolveScratch = new byte[256];
    private ParseFrame[] _frames = new ParseFrame[16];
    private int _depth;
    private long _lastGeneratedId;

    private readonly Action<RdfSyntaxException>? _errorHandler;

    public TurtleParser(InputBuffer input, ITripleSink sink, string? baseIri, Action<RdfSyntaxException>? errorHandler = null)
    {
        _input = input;
        _sink = sink;
        _errorHandler = errorHandler;
        _scanner = new TermScanner(input, _arena);
        if (!string.IsNullOrEmpty(baseIri))
        {
            _base = System.Text.Encoding.UTF8.GetBytes(baseIri);
        }
    }

    // [1] turtleDoc ::= statement*
    public void ReadTurtleDoc()
    {
        _input.SkipByteOrderMark();
        var recovering = false;
        while (true)
        {
            try
            {
                if (recovering)
                {
                    _depth = 0;
                    _scanner.SkipPastStatementEnd();
                    recovering = false;
                }

                ReadStatements();
                return;
            }
            catch (RdfSyntaxException error) when (_errorHandler is not null)
            {
                _errorHandler(error);
                if (_input.HasFailedOnInvalidUtf8)
                {
                    return;
                }

                recovering = true;
            }
        }
    }

    // [2] statement ::= directive | triples '.'
    private void ReadStatements()
    {
        while (true)
        {
            if (_depth == 0)
            {
                _arena.Truncate(0);
                _scanner.SkipWhitespace();
                if (_input.Peek() < 0)
                {
                    return;
                }

                ReadStatement();
                continue;
            }

            ref var frame = ref _frames[_depth - 1];
            switch (frame.State)
            {
                case FrameState.Verb:
                    ReadVerb(ref frame);
                    break;
                case FrameState.AfterSemicolon:
                    ReadPredicateObjectListAfterSemicolon(ref frame);
                    break;
                case FrameState.OptionalPredicateObjectList:
                    _scanner.SkipWhitespace();
                    if (_input.Peek() == '.')
                    {
                        EndPredicateObjectList(ref frame);
                    }
                    else
                    {
                        ReadVerb(ref frame);
                    }

                    break;
                case FrameState.Object:
                    ReadObject(ref frame);
                    break;
                case FrameState.AfterObject:
                    ReadObjectListAfterObject(ref frame);
                    break;
                case FrameState.Item:
                    ReadCollectionItemOrEnd(ref frame);
                    break;
                default:
                    throw new InvalidOperationException($"Turtle parser resumed a frame in state {frame.State}.");
            }
        }
    }

    // [6] triples ::= subject predicateObjectList | blankNodePropertyList predicateObjectList?
    private void ReadTriples()
    {
        var position = _input.Position;
        var b = _input.Peek();
        if (b == '[')
        {
            _input.Advance();
            _scanner.SkipWhitespace();
            if (_input.Peek() == ']')
            {
                // [162s] ANON ::= '[' WS* ']' as a subject needs a predicate-object list.
                _input.Advance();
                PushStatement(StoredTerm.Generated(++_lastGeneratedId, position), FrameState.Verb);
                return;
            }

            PushStatement(default, FrameState.AwaitingSubject);
            PushBlankNodePropertyList(position);
            return;
        }

        if (b == '(')
        {
            _input.Advance();
            PushStatement(default, FrameState.AwaitingSubject);
            PushCollection(position);
            return;
        }

        var subject = ReadSubject(position);
        PushStatement(subject, FrameState.Verb);
    }

    // [7] predicateObjectList ::= verb objectList (';' (verb objectList)?)*
    private void ReadPredicateObjectListAfterSemicolon(ref ParseFrame frame)
    {
        _scanner.SkipWhitespace();
        var b = _input.Peek();
        if (b == ';')
        {
            _input.Advance();
            return;
        }

        var end = frame.Kind == FrameKind.Statement ? '.' : ']';
        if (b == end)
        {
            EndPredicateObjectList(ref frame);
            return;
        }

        if (b != '<' && !IsNameStart(b))
        {
            throw _input.Error($"expected a predicate or '{end}' after ';', found {_input.DescribeNext()}");
        }

        ReadVerb(ref frame);
    }

    // [8] objectList ::= object (',' object)*
    private void ReadObjectListAfterObject(ref ParseFrame frame)
    {
        _scanner.SkipWhitespace();
        switch (_input.Peek())
        {
            case ',':
                _input.Advance();
                frame.State = FrameState.Object;
                return;
            case ';':
                _input.Advance();
                frame.State = FrameState.AfterSemicolon;
                return;
            default:
                EndPredicateObjectList(ref frame);
                return;
        }
    }

    private void EndPredicateObjectList(ref ParseFrame frame)
    {
        _scanner.SkipWhitespace();
        if (frame.Kind == FrameKind.Statement)
        {
            if (_input.Peek() != '.')
            {
                throw _input.Error($"expected ',' or ';' or '.' after the object, found {_input.DescribeNext()}");
            }

            _input.Advance();
            _depth--;
            return;
        }

        if (_input.Peek() != ']')
        {
            throw _input.Error($"expected ',' or ';' or ']' in the blank node property list opened at {frame.Opened}, found {_input.DescribeNext()}");
        }

        _input.Advance();
        var completed = frame.Subject;
        completed.Position = frame.Opened;
        Pop();
        Deliver(in completed, fromPropertyList: true);
    }

    // [15] collection ::= '(' object* ')'
    private void ReadCollectionItemOrEnd(ref ParseFrame frame)
    {
        _scanner.SkipWhitespace();
        if (_input.Peek() != ')')
        {
            ReadObject(ref frame);
            return;
        }

        var closed = _input.Position;
        _input.Advance();
        StoredTerm completed;
        if (frame.Head.IsNone)
        {
            completed = StoredTerm.Iri(WellKnownIris.RdfNil, frame.Opened);
        }
        else
        {
            Emit(in frame.Subject, WellKnownIris.RdfRest, StoredTerm.Iri(WellKnownIris.RdfNil, closed));
            completed = frame.Head;
            completed.Position = frame.Opened;
        }

        Pop();
        Deliver(in completed, fromPropertyList: false);
    }

    // Gives a finished term to the frame that asked for it: as subject, as object, or as collection item.
    private void Deliver(in StoredTerm term, bool fromPropertyList)
    {
        ref var frame = ref _frames[_depth - 1];
        switch (frame.State)
        {
            case FrameState.AwaitingSubject:
                frame.Subject = term;
                frame.SubjectEnd = _arena.Length;
                frame.State = fromPropertyList ? FrameState.OptionalPredicateObjectList : FrameState.Verb;
                break;
            case FrameState.AwaitingObject:
                Emit(in frame.Subject, in frame.Predicate, in term);
                frame.State = FrameState.AfterObject;
                break;
            case FrameState.AwaitingItem:
                AddCollectionItem(ref frame, in term);
                frame.State = FrameState.Item;
                break;
            default:
                throw new InvalidOperationException($"Turtle parser delivered a term to a frame in state {frame.State}.");
        }
    }

    // A collection (a b) is the list _:c1 rdf:first a; rdf:rest _:c2. _:c2 rdf:first b; rdf:rest rdf:nil.
    private void AddCollectionItem(ref ParseFrame frame, in StoredTerm item)
    {
        var cell = StoredTerm.Generated(++_lastGeneratedId, item.Position);
        if (frame.Head.IsNone)
        {
            frame.Head = cell;
        }
        else
        {
            Emit(in frame.Subject, WellKnownIris.RdfRest, in cell);
        }

        Emit(in cell, WellKnownIris.RdfFirst, in item);
        frame.Subject = cell;
    }

    private void PushStatement(StoredTerm subject, FrameState state)
    {
        ref var frame = ref Push(FrameKind.Statement, state, subject.Position);
        frame.ArenaMark = 0;
        frame.Subject = subject;
        frame.SubjectEnd = _arena.Length;
    }

    // [14] blankNodePropertyList ::= '[' predicateObjectList ']'
    private void PushBlankNodePropertyList(TextPosition opened)
    {
        ref var frame = ref Push(FrameKind.BlankNodePropertyList, FrameState.Verb, opened);
        frame.Subject = StoredTerm.Generated(++_lastGeneratedId, opened);
    }

    private void PushCollection(TextPosition opened) => Push(FrameKind.Collection, FrameState.Item, opened);

    private ref ParseFrame Push(FrameKind kind, FrameState state, TextPosition opened)
    {
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        ref var frame = ref _frames[_depth++];
        frame = default;
        frame.Kind = kind;
        frame.State = state;
        frame.Opened = opened;
        frame.ArenaMark = _arena.Length;
        frame.SubjectEnd = _arena.Length;
        return ref frame;
    }

    private void Pop()
    {
        _depth--;
        _arena.Truncate(_frames[_depth].ArenaMark);
    }

    private void Emit(in StoredTerm subject, byte[] predicate, in StoredTerm @object)
    {
        var p = StoredTerm.Iri(predicate, default);
        Emit(in subject, in p, in @object);
    }

    private void Emit(in StoredTerm subject, in StoredTerm predicate, in StoredTerm @object)
    {
        Span<byte> subjectLabel = stackalloc byte[24];
        Span<byte> objectLabel = stackalloc byte[24];
        var s = View(in subject, subjectLabel);
        var p = View(in predicate, default);
        var o = View(in @object, objectLabel);
        _sink.Triple(in s, in p, in o, new TriplePosition(subject.Position, @object.Position));
    }

    private TermRef View(in StoredTerm term, Span<byte> labelScratch)
    {
        ReadOnlySpan<byte> value;
        if (term.GeneratedId != 0)
        {
            labelScratch[0] = (byte)'_';
            term.GeneratedId.TryFormat(labelScratch[1..], out var written, default, System.Globalization.CultureInfo.InvariantCulture);
            value = labelScratch[..(written + 1)];
        }
        else
        {
            value = term.Constant ?? _arena.Slice(term.Start, term.Length);
        }

        if (term.Kind != RdfTermKind.Literal)
        {
            return new TermRef(term.Kind, value);
        }

        var datatype = term.DatatypeConstant ?? _arena.Slice(term.DatatypeStart, term.DatatypeLength);
        var language = _arena.Slice(term.LanguageStart, term.LanguageLength);
        return new TermRef(RdfTermKind.Literal, value, datatype, language);
    }
}
