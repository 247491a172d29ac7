namespace Shortfall.Configuration.Yaml;

/// <summary>Stops reading a file that passes one of <see cref="YamlLimits"/>: nothing after that point is worth reading.</summary>
internal sealed class LimitExceeded(Position position, string path, string message) : Exception(message)
{
    public Position Position { get; } = position;

    public string Path { get; } = path;
}
