namespace Shortfall.Analysis.Commands;

/// <summary>The process exit codes of every command.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Something went wrong inside Shortfall (a bug, or a failed disk); the message says what.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input: arguments, a scenario file, an output directory. Nothing was run or written.</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted (Ctrl-C, or SIGTERM as from kill and scancel): 128 + SIGINT, as shells report Ctrl-C. Nothing was written.</summary>
    public const int Cancelled = 130;
}
