namespace ToekomstZorg.Semantics.Rdf.Graph.Internal;

/// <summary>
/// An ordered partition of the blank nodes of a <see cref="UnionGraph"/> into colour classes, refined
/// to the coarsest equitable partition (every node of a class has, per edge label, as many neighbours
/// in each class) by splitting against one class at a time, Hopcroft style: when a class splits, only
/// the smaller parts need to be processed as splitters again, which bounds the work by O(m log n)
/// sorts of touched nodes instead of one pass over all triples per round.
/// </summary>
internal sealed class ColourPartition
{
    private readonly UnionGraph _graph;
    private readonly RefinementScratch _scratch;
    private readonly int[] _elements;
    private readonly int[] _position;
    private readonly int[] _classOf;
    private readonly int[] _start;
    private readonly int[] _end;
    private readonly bool[] _pending;
    private readonly Stack<int> _worklist = new();
    private int _classCount;

    private ColourPartition(UnionGraph graph, RefinementScratch scratch, ColourPartition? copyOf)
    {
        _graph = graph;
        _scratch = scratch;
        var n = graph.NodeCount;
        if (copyOf is null)
        {
            _elements = new int[n];
            _position = new int[n];
            _classOf = new int[n];
            _start = new int[n + 1];
            _end = new int[n + 1];
            _pending = new bool[n + 1];
        }
        else
        {
            _elements = (int[])copyOf._elements.Clone();
            _position = (int[])copyOf._position.Clone();
            _classOf = (int[])copyOf._classOf.Clone();
            _start = (int[])copyOf._start.Clone();
            _end = (int[])copyOf._end.Clone();
            _pending = (bool[])copyOf._pending.Clone();
            _classCount = copyOf._classCount;
        }
    }

    public int ClassCount => _classCount;

    /// <summary>The partition by initial signature (ground neighbourhood), refined.</summary>
    public static ColourPartition Create(UnionGraph graph)
    {
        var partition = new ColourPartition(graph, new RefinementScratch(graph.NodeCount), null);
        var n = graph.NodeCount;
        var keys = (ulong[])graph.InitialSignature.Clone();
        for (var v = 0; v < n; v++)
        {
            partition._elements[v] = v;
        }

        Array.Sort(keys, partition._elements);
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                partition.OpenClass(i);
            }

            partition.Place(partition._elements[i], i, partition._classCount - 1);
        }

        for (var c = 0; c < partition._classCount; c++)
        {
            partition.Push(c);
        }

        partition.Refine();
        return partition;
    }

    public int Start(int colourClass) => _start[colourClass];

    public int End(int colourClass) => _end[colourClass];

    public int NodeAt(int index) => _elements[index];

    /// <summary>A copy with nodes a (of A) and b (of B) in a class of their own, refined.</summary>
    public ColourPartition Individualise(int a, int b)
    {
        var copy = new ColourPartition(_graph, _scratch, this);
        var c = copy._classOf[a];
        var back = copy._end[c];
        copy.Swap(copy._position[a], --back);
        copy.Swap(copy._position[b], --back);
        copy._end[c] = back;
        var single = copy.OpenClass(back);
        copy._end[single] = back + 2;
        copy._classOf[a] = copy._classOf[b] = single;
        copy.Push(single);
        copy.Refine();
        return copy;
    }

    private void Refine()
    {
        while (_worklist.Count > 0)
        {
            var splitter = _worklist.Pop();
            _pending[splitter] = false;
            SplitAgainst(splitter);
        }
    }

    // Every node gets the multiset of labels of its edges into the splitter (as a sum of hashes);
    // each class is split by that value.
    private void SplitAgainst(int splitter)
    {
        var touched = _scratch.Touched;
        var acc = _scratch.Accumulated;
        for (var i = _start[splitter]; i < _end[splitter]; i++)
        {
            var v = _elements[i];
            for (var e = _graph.EdgeStart[v]; e < _graph.EdgeStart[v + 1]; e++)
            {
                var u = _graph.EdgeNeighbour[e];
                if (!_scratch.Marked[u])
                {
                    _scratch.Marked[u] = true;
                    touched.Add(u);
                }

                acc[u] += ColourHash.Mix((ulong)_graph.EdgeLabel[e] + 0x9E3779B97F4A7C15UL);
            }
        }

        if (touched.Count == 0)
        {
            return;
        }

        // Group the touched nodes by class, then split each touched class.
        var byClass = _scratch.ClassKeys;
        for (var i = 0; i < touched.Count; i++)
        {
            byClass[i] = _classOf[touched[i]];
        }

        var nodes = _scratch.TouchedArray(touched);
        Array.Sort(byClass, nodes, 0, touched.Count);
        var run = 0;
        for (var i = 1; i <= touched.Count; i++)
        {
            if (i == touched.Count || byClass[i] != byClass[run])
            {
                SplitClass(byClass[run], nodes.AsSpan(run, i - run));
                run = i;
            }
        }

        foreach (var u in touched)
        {
            acc[u] = 0;
            _scratch.Marked[u] = false;
        }

        touched.Clear();
    }

    private void SplitClass(int c, ReadOnlySpan<int> touchedMembers)
    {
        var back = _end[c];
        foreach (var u in touchedMembers)
        {
            Swap(_position[u], --back);
        }

        var keys = _scratch.SortKeys;
        for (var i = back; i < _end[c]; i++)
        {
            keys[i] = _scratch.Accumulated[_elements[i]];
        }

        Array.Sort(keys, _elements, back, _end[c] - back);
        for (var i = back; i < _end[c]; i++)
        {
            _position[_elements[i]] = i;
        }

        var untouched = back - _start[c];
        if (untouched == 0 && keys[back] == keys[_end[c] - 1])
        {
            return;
        }

        // Parts: the untouched nodes keep class c; each run of equal keys becomes a class (when all
        // nodes were touched, the first run keeps c).
        var wasPending = _pending[c];
        var end = _end[c];
        var largest = c;
        var largestSize = untouched;
        var firstNew = _classCount;
        var runStart = back;
        for (var i = back + 1; i <= end; i++)
        {
            if (i < end && keys[i] == keys[runStart])
            {
                continue;
            }

            if (runStart == _start[c])
            {
                _end[c] = i;
                largestSize = i - runStart;
            }
            else
            {
                if (runStart == back && untouched > 0)
                {
                    _end[c] = back;
                }

                var part = OpenClass(runStart);
                _end[part] = i;
                for (var j = runStart; j < i; j++)
                {
                    _classOf[_elements[j]] = part;
                }

                if (i - runStart > largestSize)
                {
                    largest = part;
                    largestSize = i - runStart;
                }
            }

            runStart = i;
        }

        for (var part = firstNew; part < _classCount; part++)
        {
            if (wasPending || part != largest)
            {
                Push(part);
            }
        }

        if (!wasPending && largest != c)
        {
            Push(c);
        }
    }

    private int OpenClass(int start)
    {
        var c = _classCount++;
        _start[c] = start;
        _end[c] = start;
        return c;
    }

    private void Place(int node, int index, int colourClass)
    {
        _position[node] = index;
        _classOf[node] = colourClass;
        _end[colourClass] = index + 1;
    }

    private void Push(int colourClass)
    {
        if (!_pending[colourClass])
        {
            _pending[colourClass] = true;
            _worklist.Push(colourClass);
        }
    }

    private void Swap(int i, int j)
    {
        var x = _elements[i];
        var y = _elements[j];
        _elements[i] = y;
        _elements[j] = x;
        _position[y] = i;
        _position[x] = j;
    }
}
