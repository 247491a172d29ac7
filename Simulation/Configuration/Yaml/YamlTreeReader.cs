using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Shortfall.Configuration.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="Node"/> tree with positions, keeping every scalar's text as
/// written. Syntax errors, duplicate keys, non-scalar keys and unknown aliases become diagnostics, and so does a file past
/// <see cref="YamlLimits"/> (too deep, too many nodes once aliases are expanded, a value too long), which stops the reading there.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly IParser _parser;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (Node Node, int Size)> _anchors = [];
    private Position _last = Position.FileStart;
    private int _nodes;

    private YamlTreeReader(string text, DiagnosticBag diagnostics)
    {
        _parser = new Parser(new StringReader(text));
        _diagnostics = diagnostics;
    }

    /// <summary>The root node of the single document in <paramref name="text"/>, or null when there is none
    /// or the text is not valid YAML (the problem is then in <paramref name="diagnostics"/>).</summary>
    public static Node? Read(string text, DiagnosticBag diagnostics)
    {
        var reader = new YamlTreeReader(text, diagnostics);
        try
        {
            return reader.ReadStream();
        }
        catch (YamlException e) when (e.Message.Contains("tab", StringComparison.Ordinal) && IndentingTab(text, (int)e.Start.Line) is { } tab)
        {
            diagnostics.Report(tab, "", "syntax error: a tab in the indentation; YAML indents with spaces only");
            return null;
        }
        catch (YamlException e)
        {
            var position = new Position((int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Report(position, "", "syntax error: " + Sentence(e.Message) + Hint(text, position, e.Message));
            return null;
        }
        catch (LimitExceeded e)
        {
            diagnostics.Report(e.Position, e.Path, e.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some unterminated flow collections; the last node read
            // is the best position we have.
            diagnostics.Report(reader._last, "", "syntax error: the YAML cannot be read after this point (an unclosed '[' or '{'?)");
            return null;
        }
    }

    private Node? ReadStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out _))
        {
            _diagnostics.Report(Position.FileStart, "", "the file is empty; a scenario needs at least the sections scenario, horizon and power");
            return null;
        }
        _parser.Consume<DocumentStart>();
        var root = ReadNode("", depth: 1);
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            _diagnostics.Report(At(second.Start), "", "a scenario file holds one YAML document; remove the second '---'");
        }
        return root;
    }

    /// <summary>Reads the node at <paramref name="path"/> (e.g. <c>carriers.truck</c>), the path its problems are reported under,
    /// <paramref name="depth"/> levels down from the document (the root is at 1).</summary>
    private Node ReadNode(string path, int depth)
    {
        var current = _parser.Current ?? throw new InvalidOperationException("the YAML stream ended inside a document");
        var start = At(current.Start);
        _last = start;
        if (depth > YamlLimits.Depth)
        {
            throw new LimitExceeded(start, path, $"nested more than {YamlLimits.Depth} levels deep; a scenario needs fewer than 10");
        }
        _parser.MoveNext();
        var before = _nodes;
        Count(start, path, 1);
        var node = current switch
        {
            AnchorAlias alias => Resolve(alias, start, path),
            Scalar scalar => Scalar(scalar, start, path),
            SequenceStart => ReadSequence(start, path, depth),
            MappingStart => ReadMapping(start, path, depth),
            _ => throw new InvalidOperationException($"unexpected YAML event {current.GetType().Name}"),
        };
        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            _anchors[anchored.Anchor.Value] = (node, _nodes - before);
        }
        return node;
    }

    // Counts nodes as the binder will visit them: an alias costs as much as the subtree it names, so that a few lines of
    // aliases of aliases cannot stand for billions of nodes.
    private void Count(Position start, string path, int size)
    {
        _nodes += size;
        if (_nodes > YamlLimits.Nodes)
        {
            throw new LimitExceeded(start, path, $"the file holds more than {YamlLimits.Nodes} values (counting each use of an alias); " +
                "a scenario needs a few thousand at most");
        }
    }

    private static ScalarNode Scalar(Scalar scalar, Position start, string path)
    {
        if (scalar.Value.Length > YamlLimits.ScalarLength)
        {
            throw new LimitExceeded(start, path, $"a value of {scalar.Value.Length} characters; values are limited to {YamlLimits.ScalarLength}");
        }
        return new ScalarNode(start, scalar.Value, scalar.Style != ScalarStyle.Plain);
    }

    private Node Resolve(AnchorAlias alias, Position start, string path)
    {
        if (_anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            Count(start, path, anchored.Size - 1);
            return anchored.Node;
        }
        _diagnostics.Report(start, path, $"unknown alias '*{alias.Value.Value}'; define it with '&{alias.Value.Value}' before using it");
        return new ScalarNode(start, "", quoted: false);
    }

    private SequenceNode ReadSequence(Position start, string path, int depth)
    {
        var items = new List<Node>();
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode($"{path}[{items.Count}]", depth + 1));
        }
        return new SequenceNode(start, items);
    }

    private MappingNode ReadMapping(Position start, string path, int depth)
    {
        var entries = new List<MappingEntry>();
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(path, depth + 1);
            var keyPath = key is ScalarNode k ? (path.Length == 0 ? k.Value : $"{path}.{k.Value}") : path;
            var value = ReadNode(keyPath, depth + 1);
            if (key is not ScalarNode scalarKey)
            {
                _diagnostics.Report(key.Start, path, $"a key must be a plain name, got {key.Describe()}");
                continue;
            }
            var first = entries.Find(e => e.Key.Value == scalarKey.Value);
            if (first is not null)
            {
                _diagnostics.Report(key.Start, keyPath, $"duplicate key '{scalarKey.Value}'; it is already defined at line {first.Key.Start.Line}");
                continue;
            }
            entries.Add(new MappingEntry(scalarKey, value));
        }
        return new MappingNode(start, entries);
    }

    // YamlDotNet reports a tab in the indentation at the start of the enclosing mapping (often 1:1); the first line at or after
    // it that indents with a tab is where it is.
    private static Position? IndentingTab(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return new Position(i + 1, tab + 1);
            }
        }
        return null;
    }

    private static Position At(Mark mark) => new((int)mark.Line, (int)mark.Column);

    /// <summary>YamlDotNet's message as a clause: first letter lower-cased, no final period.</summary>
    private static string Sentence(string message)
    {
        var trimmed = message.TrimEnd('.');
        return trimmed.Length == 0 ? "invalid YAML" : char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
    }

    /// <summary>Help with the commonest slips behind "invalid mapping": <c>exponential(mean: 3 h)</c> unquoted, whose inner
    /// ': ' YAML reads as a key, and a line indented deeper than its neighbours.</summary>
    private static string Hint(string text, Position position, string message)
    {
        if (!message.Contains("mapping", StringComparison.Ordinal) || message.Contains("did not find", StringComparison.Ordinal))
        {
            return "";
        }
        var lines = text.Split('\n');
        if (position.Line < 1 || position.Line > lines.Length)
        {
            return "";
        }
        var line = lines[position.Line - 1];
        var before = line[..Math.Min(line.Length, Math.Max(0, position.Column - 1))];
        return before.LastIndexOf('(') > before.LastIndexOf(')')
            ? " (inside parentheses write 'mean = 3 h' rather than 'mean: 3 h', or quote the whole value)"
            : " (is this line indented more than the key above it, or does a value contain ': ' and need quotes?)";
    }
}
