namespace Shortfall.Configuration;

/// <summary>A value read from a scenario's text, or why it could not be read (a message for the analyst).</summary>
internal readonly struct Parsed<T>
{
    private readonly T _value;

    private Parsed(bool ok, T value, string error)
    {
        Ok = ok;
        _value = value;
        Error = error;
    }

    public bool Ok { get; }

    /// <summary>The message when not <see cref="Ok"/>, e.g. "expected a duration like '6 h', got '6'".</summary>
    public string Error { get; }

    /// <exception cref="InvalidOperationException">When the text could not be read.</exception>
    public T Value => Ok ? _value : throw new InvalidOperationException("no value: " + Error);

    public static implicit operator Parsed<T>(T value) => new(true, value, "");

    public static implicit operator Parsed<T>(Failure failure) => new(false, default!, failure.Message);

    /// <summary>This result's failure, to pass on as another type's.</summary>
    public Failure AsFailure() => Ok ? throw new InvalidOperationException("not a failure") : new Failure(Error);
}

/// <summary>Why a value could not be read; converts to any <see cref="Parsed{T}"/>.</summary>
internal readonly record struct Failure(string Message);
