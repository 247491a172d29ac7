using Shortfall.Analysis.Output;
using Shortfall.Analysis.Running;

namespace Shortfall.Analysis.Sharding;

/// <summary>
/// The shards of one run, checked to be all there and intact, and replayed in replication-index
/// order through the same aggregation and writers as an unsharded run, which therefore gives the
/// same bytes.
/// </summary>
public sealed class ShardSet
{
    private readonly string[] _files;

    private ShardSet(ShardHeader header, string[] files)
    {
        Header = header;
        _files = files;
    }

    /// <summary>The header of shard 1; the others differ only in their shard number.</summary>
    public ShardHeader Header { get; }

    /// <summary>The shard files, in shard order.</summary>
    public IReadOnlyList<string> Files => _files;

    /// <summary>The run the shards make up, as summary.json describes it.</summary>
    public RunDescription Run => new(Header.Scenario, Header.ScenarioHash, Header.Seed, new FixedReplications(Header.Replications))
    {
        VariantDescriptions = Header.Variants.Where(v => v.Description.Length > 0).ToDictionary(v => v.Name, v => v.Description),
        Currency = Header.Currency,
        MaterialUnits = Header.MaterialUnits,
        ProductUnits = Header.ProductUnits,
    };

    /// <summary>The variants, as the writers see them.</summary>
    public IReadOnlyList<RunVariant> Variants => Header.Variants.Select(v => v.Replayed()).ToArray();

    /// <summary>
    /// Finds the shard files in <paramref name="locations"/> (directories, searched for
    /// <see cref="ShardFormat.SearchPattern"/>, or files) and checks them: the headers first
    /// (one run, no shard twice, none missing), then every file read through to its checksum.
    /// </summary>
    /// <exception cref="ShardException">When a location holds no shard, a file is not an intact shard, shards differ in what they belong to, a shard is given
    /// twice, or one is missing.</exception>
    public static ShardSet Check(IReadOnlyList<string> locations)
    {
        ArgumentNullException.ThrowIfNull(locations);
        var files = locations.SelectMany(Find).ToArray();
        var headers = new List<(string File, ShardHeader Header)>();
        foreach (var file in files)
        {
            using var reader = ShardReader.Open(file);
            headers.Add((file, reader.Header));
        }
        var (referenceFile, reference) = headers[0];
        foreach (var (file, header) in headers.Skip(1))
        {
            if (Difference(reference, header) is { } difference)
            {
                throw ShardException.InFile(file, $"does not belong to the run of {referenceFile}: {difference}. Shards of one run share the shortfall " +
                    $"build, scenario file, seed, replications, shard count, variants and sweep.");
            }
        }
        var byNumber = new string?[reference.Shard.Count];
        foreach (var (file, header) in headers)
        {
            if (byNumber[header.Shard.Number - 1] is { } other)
            {
                throw ShardException.InFile(file, $"is shard {header.Shard} again, already given by {other}; give each shard once.");
            }

            byNumber[header.Shard.Number - 1] = file;
        }
        var missing = Enumerable.Range(1, byNumber.Length).Where(k => byNumber[k - 1] is null).ToArray();
        if (missing.Length > 0)
        {
            var names = string.Join(", ", missing.Take(10).Select(k => $"{k}/{byNumber.Length}")) + (missing.Length > 10 ? $" and {missing.Length - 10} " +
                $"more" : "");
            throw new ShardException($"{missing.Length} of the {byNumber.Length} shards of {reference.Scenario} (seed {reference.Seed}, " +
                $"{reference.Replications} replications) missing from {string.Join(", ", locations)}: {names}. Run them again with --shard " +
                    $"K/{byNumber.Length} and merge again.");
        }
        foreach (var file in byNumber)
        {
            ShardReader.Verify(file!);
        }

        return new ShardSet(headers.First(h => h.Header.Shard.Number == 1).Header, byNumber!);
    }

    /// <summary>
    /// Replays every replication, shard after shard, in index order: aggregated exactly as the
    /// runner aggregates them, and rendered and written through <paramref name="sink"/>.
    /// </summary>
    /// <param name="sink">The writers of the run's files.</param>
    /// <param name="progress">Called after each replication with the number replayed so far.</param>
    /// <param name="cancellation">Stops the replay.</param>
    /// <returns>The run's outcome, as the unsharded run returns it.</returns>
    /// <exception cref="ShardException">When a file changed since <see cref="Check"/>.</exception>
    public RunOutcome Replay<TRendered>(IReplicationSink<TRendered> sink, Action<long>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var variants = Variants;
        var aggregation = new RunAggregation(variants);
        var stopping = Run.Stopping;
        for (var s = 0; s < _files.Length; s++)
        {
            var file = _files[s];
            using var reader = ShardReader.Open(file);
            if (Difference(Header, reader.Header) is not null || reader.Header.Shard.Number != s + 1)
            {
                throw ShardException.InFile(file, "changed while it was being merged; merge again.");
            }

            for (var i = 0; i < reader.Header.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                var results = reader.ReadReplication();
                var metrics = results.Select((r, v) => ReplicationMetrics.Of(r, variants[v].Plant)).ToArray();
                aggregation.Add(metrics);
                sink.Write(sink.Render(reader.Header.First + i, metrics));
                progress?.Invoke(aggregation.Count);
            }
            reader.ReadEnd();
        }
        return aggregation.Outcome(stopping.IsSatisfied(aggregation.Accumulators));
    }

    private static IEnumerable<string> Find(string location)
    {
        if (File.Exists(location))
        {
            return [location];
        }

        if (!Directory.Exists(location))
        {
            throw new ShardException($"{location}: no such file or directory.");
        }

        var files = Directory.GetFiles(location, ShardFormat.SearchPattern).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new ShardException($"{location}: no shard files ({ShardFormat.SearchPattern}) in this directory.");
        }

        return files;
    }

    // What makes two headers belong to different runs, or null when they belong to the same one.
    private static string? Difference(ShardHeader a, ShardHeader b)
    {
        if (a.ShortfallVersion != b.ShortfallVersion)
        {
            return $"shortfall build {b.ShortfallVersion}, not {a.ShortfallVersion}";
        }

        if (a.ScenarioHash != b.ScenarioHash || a.Scenario != b.Scenario)
        {
            return $"scenario '{b.Scenario}' with file hash {b.ScenarioHash}, not '{a.Scenario}' with {a.ScenarioHash}";
        }

        if (a.Seed != b.Seed)
        {
            return $"seed {b.Seed}, not {a.Seed}";
        }

        if (a.Replications != b.Replications)
        {
            return $"{b.Replications} replications, not {a.Replications}";
        }

        if (a.Shard.Count != b.Shard.Count)
        {
            return $"{b.Shard.Count} shards, not {a.Shard.Count}";
        }

        if (a.Variants.Count != b.Variants.Count || a.Variants.Zip(b.Variants).Any(p => !p.First.SameAs(p.Second)))
        {
            return $"its variants ({string.Join(", ", b.Variants.Select(v => v.Name))}) differ in names, costs, destinations, people, materials, carriers " +
                $"or months from ({string.Join(", ", a.Variants.Select(v => v.Name))})";
        }

        if (a.Sweep is null != b.Sweep is null || (a.Sweep is not null && !a.Sweep.SameAs(b.Sweep)))
        {
            return b.Sweep is null ? "it is a shard of a run, not of the sweep" : a.Sweep is null ? "it is a shard of a sweep, not of a run" : "it is a " +
                "shard of another sweep (mode, --param or --points differ)";
        }

        return null;
    }
}
