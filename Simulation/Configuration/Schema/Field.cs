namespace Shortfall.Configuration.Schema;

/// <summary>One key of an object in a scenario file: its name, its value's shape, and its documentation.
/// <paramref name="Default"/> says in words what an absent optional key means.</summary>
internal sealed record Field(string Name, Shape Shape, string Description, string Example, bool Required = false, string? Default = null)
{
    /// <summary>"required", or the default in words.</summary>
    public string Presence => Required ? "required" : Default is null ? "optional" : $"default: {Default}";
}
