using ToekomstZorg.Semantics.Rdf.Graph;
using ToekomstZorg.Semantics.Rdf.Terms;

namespace ToekomstZorg.Semantics.Rdf.Turtle.Internal;

/// <summary>
/// Decides, before writing, how each blank node is spelt: inline <c>[ ... ]</c> when used once as an
/// object, a collection <c>( ... )</c> for a well-formed list, its own <c>[ ... ] .</c> block when never
/// used as an object, and a label <c>_:bN</c> only when used more than once or in a cycle of single uses
/// (the one case where inlining would never end). Labels are numbered in the natural order of the graph's
/// own labels, so rewriting a graph read from our own output gives the same labels.
/// </summary>
internal sealed class BlankNodePlan
{
    private readonly RdfGraph _graph;
    private readonly int _first;
    private readonly int _rest;
    private readonly int _nil;
    private readonly Dictionary<int, BlankNodeRole> _roles = [];
    private readonly Dictionary<int, List<int>> _listItems = [];
    private readonly Dictionary<int, int> _listHeadOfCell = [];
    private readonly Dictionary<int, string> _labels = [];
    private readonly HashSet<int> _reached = [];

    public BlankNodePlan(RdfGraph graph)
    {
        _graph = graph;
        _first = graph.Terms.Find(Vocab.RdfFirst);
        _rest = graph.Terms.Find(Vocab.RdfRest);
        _nil = graph.Terms.Find(Vocab.RdfNil);
        Plan();
    }

    /// <summary>Blank subjects that get a labelled block, in label order.</summary>
    public List<int> LabelledSubjects { get; } = [];

    /// <summary>Blank subjects never used as an object, each written as its own <c>[ ... ] .</c> block.</summary>
    public List<int> AnonymousSubjects { get; } = [];

    public int NilId => _nil;

    public BlankNodeRole RoleOf(int blank) => _roles[blank];

    public string LabelOf(int blank) => _labels[blank];

    public IReadOnlyList<int> ListItems(int head) => _listItems[head];

    private void Plan()
    {
        var blankSubjects = new List<int>();
        foreach (var s in _graph.SubjectIds())
        {
            if (_graph.Terms.KindOf(s) == RdfTermKind.BlankNode)
            {
                blankSubjects.Add(s);
            }
        }

        var roots = new List<int>();
        foreach (var s in _graph.SubjectIds())
        {
            if (_graph.Terms.KindOf(s) != RdfTermKind.BlankNode)
            {
                roots.Add(s);
            }
        }

        var labelled = new List<int>();
        foreach (var o in _graph.ObjectIds())
        {
            if (_graph.Terms.KindOf(o) != RdfTermKind.BlankNode)
            {
                continue;
            }

            if (_graph.ObjectUseCount(o) == 1)
            {
                _roles[o] = BlankNodeRole.Inline;
            }
            else
            {
                _roles[o] = BlankNodeRole.Labelled;
                labelled.Add(o);
                roots.Add(o);
            }
        }

        foreach (var s in blankSubjects)
        {
            if (!_roles.ContainsKey(s))
            {
                _roles[s] = BlankNodeRole.Anonymous;
                AnonymousSubjects.Add(s);
                roots.Add(s);
            }
        }

        foreach (var (node, role) in _roles.ToList())
        {
            if (role == BlankNodeRole.Inline)
            {
                TryMakeList(node);
            }
        }

        Reach(roots);

        // What is left is a cycle of single uses: label the lowest-labelled node of each and go on from it.
        var unreached = blankSubjects.Where(s => !_reached.Contains(s)).ToList();
        unreached.Sort((a, b) => NaturalOrder.Instance.Compare(OriginalLabel(a), OriginalLabel(b)));
        foreach (var node in unreached)
        {
            if (_reached.Contains(node))
            {
                continue;
            }

            DissolveList(node);
            _roles[node] = BlankNodeRole.Labelled;
            labelled.Add(node);
            Reach([node]);
        }

        labelled.Sort((a, b) => NaturalOrder.Instance.Compare(OriginalLabel(a), OriginalLabel(b)));
        for (var i = 0; i < labelled.Count; i++)
        {
            _labels[labelled[i]] = "b" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var subjects = blankSubjects.ToHashSet();
        LabelledSubjects.AddRange(labelled.Where(subjects.Contains));
    }

    // Turtle [15] collection ::= '(' object* ')': a chain of cells, each with exactly one rdf:first and
    // one rdf:rest and nothing else, each used once, ending in rdf:nil. A list that is itself the rest of
    // another cell is left to that cell.
    private void TryMakeList(int head)
    {
        if (_first < 0 || _rest < 0 || _nil < 0 || IsRestOfAnotherCell(head))
        {
            return;
        }

        var items = new List<int>();
        var cells = new List<int>();
        var cell = head;
        while (cell != _nil)
        {
            if (_graph.Terms.KindOf(cell) != RdfTermKind.BlankNode
                || _graph.ObjectUseCount(cell) != 1
                || cells.Contains(cell)
                || !TryReadCell(cell, out var item, out var next))
            {
                return;
            }

            cells.Add(cell);
            items.Add(item);
            cell = next;
        }

        _roles[head] = BlankNodeRole.ListHead;
        _listItems[head] = items;
        foreach (var c in cells.Skip(1))
        {
            _roles[c] = BlankNodeRole.ListCell;
            _listHeadOfCell[c] = head;
        }
    }

    private bool IsRestOfAnotherCell(int node)
    {
        foreach (var _ in _graph.MatchIdTriples(-1, _rest, node))
        {
            return true;
        }

        return false;
    }

    private bool TryReadCell(int cell, out int item, out int next)
    {
        item = next = -1;
        var count = 0;
        foreach (var t in _graph.MatchIdTriples(cell, -1, -1))
        {
            if (++count > 2)
            {
                return false;
            }

            if (t.P == _first && item < 0)
            {
                item = t.O;
            }
            else if (t.P == _rest && next < 0)
            {
                next = t.O;
            }
            else
            {
                return false;
            }
        }

        return item >= 0 && next >= 0;
    }

    private void DissolveList(int node)
    {
        var head = _listHeadOfCell.TryGetValue(node, out var h) ? h : node;
        if (!_listItems.Remove(head))
        {
            return;
        }

        _roles[head] = BlankNodeRole.Inline;
        foreach (var (cell, cellHead) in _listHeadOfCell.ToList())
        {
            if (cellHead == head)
            {
                _roles[cell] = BlankNodeRole.Inline;
                _listHeadOfCell.Remove(cell);
            }
        }
    }

    private void Reach(List<int> roots)
    {
        var pending = new Stack<int>(roots);
        foreach (var root in roots)
        {
            _reached.Add(root);
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (_roles.TryGetValue(node, out var role) && role == BlankNodeRole.ListHead)
            {
                var cell = node;
                while (cell != _nil)
                {
                    _reached.Add(cell);
                    foreach (var t in _graph.MatchIdTriples(cell, _rest, -1))
                    {
                        cell = t.O;
                    }
                }

                foreach (var item in _listItems[node])
                {
                    Visit(item, pending);
                }

                continue;
            }

            foreach (var t in _graph.MatchIdTriples(node, -1, -1))
            {
                Visit(t.O, pending);
            }
        }
    }

    private void Visit(int node, Stack<int> pending)
    {
        if (_roles.TryGetValue(node, out var role) && role is BlankNodeRole.Inline or BlankNodeRole.ListHead && _reached.Add(node))
        {
            pending.Push(node);
        }
    }

    private string OriginalLabel(int blank) => ((BlankNode)_graph.Terms.Peek(blank)).Label;
}
