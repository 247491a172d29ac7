using System.Runtime.InteropServices;
using Shortfall.Analysis.Commands;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
// scancel and kill send SIGTERM: stop as at Ctrl-C (a calibration's job then cancels the job array it waits for, rather than leave it
// running), and end at once at a second one.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
});
return ShortfallCli.Run(args, new CommandIO(Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected, cancel.Token));
