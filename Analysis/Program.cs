using Shortfall.Analysis.Commands;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return ShortfallCli.Run(args, new CommandIO(Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected, cancel.Token));
