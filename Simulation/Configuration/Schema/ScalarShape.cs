using Shortfall.Configuration.Binding;

namespace Shortfall.Configuration.Schema;

/// <summary>A single value written as text (numbers, quantities, dates, names…).</summary>
internal abstract class ScalarShape : Shape
{
    /// <summary>What the value should look like, for "expected …" messages, e.g. "a duration like '6 h'".</summary>
    public abstract string Expected { get; }

    /// <summary>True when a reading depends on the names the file declares, not only on the text, the shape and the unit table:
    /// such a reading is never reused (see <see cref="Binding.BindContext.TryRead{T}"/>).</summary>
    public virtual bool ReadsDeclaredNames => false;
}

/// <summary>A scalar that reads into a <typeparamref name="T"/>.</summary>
internal abstract class ScalarShape<T> : ScalarShape
{
    /// <summary>Reads <paramref name="text"/> (never null or empty: absent values are handled by the reader).</summary>
    public abstract Parsed<T> Parse(string text, BindContext context);
}
