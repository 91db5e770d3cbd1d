using System;
using System.Runtime.InteropServices;
using System.Threading;
using NodeMqtt.MeterSim.Cli;

namespace NodeMqtt.MeterSim;

internal static class Program
{
    private static int Main(string[] args)
    {
        using var cts = new CancellationTokenSource();
        // SIGINT/SIGTERM end the run cleanly: summary line, pty link removed, sockets closed.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            return CommandLine.Run(args, Console.OpenStandardOutput(), Console.Error, cts.Token, true);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine("metersim: " + e.GetType().Name + ": " + e.Message);
            return 1;
        }

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            cts.Cancel();
        }
    }
}
