using System.Text;

namespace Shortfall.Analysis.Commands;

/// <summary>
/// A Slurm batch script as shortfall writes them: a shebang, a comment saying what it runs, <c>#SBATCH</c> directives (the job's
/// directory first), <c>set -euo pipefail</c> and one command run with <c>exec</c>. A directive's value with spaces (a path) is put in double
/// quotes, which sbatch reads as one word; a value sbatch could not read back as it is (a double quote, a backslash, a line break) is refused.
/// </summary>
internal sealed class SlurmScript
{
    private readonly StringBuilder _text = new();
    private bool _closed;

    /// <summary>Starts a script that runs in <paramref name="directory"/>; <paramref name="what"/> and <paramref name="how"/> become its comment lines.
    /// </summary>
    public SlurmScript(string what, string how, string directory)
    {
        _text.Append("#!/bin/bash\n");
        _text.Append("# ").Append(what).Append('\n');
        _text.Append("# ").Append(how).Append('\n');
        Directive("chdir", directory);
    }

    /// <summary>Adds <c>#SBATCH --name=value</c>, the value in double quotes when it holds spaces.</summary>
    /// <exception cref="UsageException">When the value holds a double quote, a backslash or a control character.</exception>
    public SlurmScript Directive(string name, string value)
    {
        if (_closed)
        {
            throw new InvalidOperationException("Slurm reads #SBATCH lines only before the first command.");
        }

        if (value.Any(c => char.IsControl(c) || c is '"' or '\\'))
        {
            throw new UsageException($"Slurm cannot take '{value}' for --{name}: an #SBATCH value must not hold a double quote, a backslash or a " +
                "line break.");
        }

        _text.Append("#SBATCH --").Append(name).Append('=').Append(value.Any(char.IsWhiteSpace) ? $"\"{value}\"" : value).Append('\n');
        return this;
    }

    /// <summary>Adds the partition and the time limit, each when given (else the cluster's defaults hold).</summary>
    public SlurmScript Limits(string? partition, string? time)
    {
        if (partition is not null)
        {
            Directive("partition", partition);
        }

        return time is null ? this : Directive("time", time);
    }

    /// <summary>Ends the script with <c>exec</c> of <paramref name="arguments"/>, quoted for the shell, and <paramref name="tail"/> as it is (for
    /// shell variables).</summary>
    public string Exec(IEnumerable<string> arguments, string tail = "")
    {
        _closed = true;
        _text.Append("set -euo pipefail\n");
        _text.Append("exec ").Append(ShellQuoting.Join(arguments.ToArray())).Append(tail).Append('\n');
        return _text.ToString();
    }
}
