namespace Shortfall.Analysis.Commands;

/// <summary>Bad input that the user can fix; reported as one line, without a stack trace, with exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
