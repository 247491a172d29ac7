using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Shortfall.Configuration.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="Node"/> tree with positions, keeping every scalar's text as
/// written. Syntax errors, duplicate keys, non-scalar keys and unknown aliases become diagnostics.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly IParser _parser;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Node> _anchors = [];
    private Position _last = Position.FileStart;

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
        catch (YamlException e)
        {
            var position = new Position((int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Report(position, "", "syntax error: " + Sentence(e.Message) + Hint(text, position, e.Message));
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
        var root = ReadNode("");
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            _diagnostics.Report(At(second.Start), "", "a scenario file holds one YAML document; remove the second '---'");
        }
        return root;
    }

    /// <summary>Reads the node at <paramref name="path"/> (e.g. <c>carriers.truck</c>), the path its problems are reported under.</summary>
    private Node ReadNode(string path)
    {
        var current = _parser.Current ?? throw new InvalidOperationException("the YAML stream ended inside a document");
        var start = At(current.Start);
        _last = start;
        _parser.MoveNext();
        var node = current switch
        {
            AnchorAlias alias => Resolve(alias, start, path),
            Scalar scalar => new ScalarNode(start, scalar.Value, scalar.Style != ScalarStyle.Plain),
            SequenceStart => ReadSequence(start, path),
            MappingStart => ReadMapping(start, path),
            _ => throw new InvalidOperationException($"unexpected YAML event {current.GetType().Name}"),
        };
        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            _anchors[anchored.Anchor.Value] = node;
        }
        return node;
    }

    private Node Resolve(AnchorAlias alias, Position start, string path)
    {
        if (_anchors.TryGetValue(alias.Value.Value, out var node))
        {
            return node;
        }
        _diagnostics.Report(start, path, $"unknown alias '*{alias.Value.Value}'; define it with '&{alias.Value.Value}' before using it");
        return new ScalarNode(start, "", quoted: false);
    }

    private SequenceNode ReadSequence(Position start, string path)
    {
        var items = new List<Node>();
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode($"{path}[{items.Count}]"));
        }
        return new SequenceNode(start, items);
    }

    private MappingNode ReadMapping(Position start, string path)
    {
        var entries = new List<MappingEntry>();
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var key = ReadNode(path);
            var keyPath = key is ScalarNode k ? (path.Length == 0 ? k.Value : $"{path}.{k.Value}") : path;
            var value = ReadNode(keyPath);
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
