using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;
using NodeMqtt.FaultProxy.Control;

namespace NodeMqtt.FaultProxy;

/// <summary>
/// <c>nodemqtt-faultproxy</c>: prints <c>faultproxy: listening on 127.0.0.1:PORT</c> on stdout, then
/// executes control lines from stdin (and from the control port if given) until <c>quit</c>, SIGINT,
/// SIGTERM, or end of stdin when there is no control port. Replies go to stdout, events to stderr.
/// </summary>
internal static class Program
{
    private const string Prefix = "faultproxy: ";

    private static int Main(string[] args)
    {
        CommandLineOptions options;
        try
        {
            options = CommandLineOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(Prefix + e.Message);
            Console.Error.WriteLine(CommandLineOptions.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(CommandLineOptions.Usage);
            return 0;
        }

        // Not disposed: the stdin thread and the signal handlers may still set it while the process exits.
        var quit = new ManualResetEventSlim(false);
        using var proxy = new FaultProxy(options.Listen, options.Upstream);
        proxy.Log = line => Console.Error.WriteLine(Prefix + line);
        try
        {
            proxy.SetMode(options.Mode);
            proxy.Start();
        }
        catch (Exception e) when (e is ArgumentException || e is System.Net.Sockets.SocketException)
        {
            Console.Error.WriteLine(Prefix + e.Message);
            return 2;
        }

        var processor = new ControlCommandProcessor(proxy);
        ControlServer control = null;
        try
        {
            if (options.Control != null)
            {
                control = new ControlServer(options.Control, processor, quit.Set);
                control.Start();
            }

            Console.WriteLine($"{Prefix}listening on {proxy.ListenEndPoint}");
            if (control != null)
            {
                Console.WriteLine($"{Prefix}control on {control.ListenEndPoint}");
            }

            using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(quit));
            using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(quit));

            // A blocking ReadLine cannot be cancelled, so stdin is read on a background thread that
            // the process exit ends; everything else is stopped by the Dispose calls below.
            var stdinReader = new Thread(() => ReadStdin(processor, quit, endOnEof: control == null))
            {
                IsBackground = true,
                Name = "faultproxy-stdin",
            };
            stdinReader.Start();
            quit.Wait();
        }
        catch (System.Net.Sockets.SocketException e)
        {
            Console.Error.WriteLine(Prefix + "control: " + e.Message);
            return 2;
        }
        finally
        {
            control?.Dispose();
        }

        proxy.Dispose();
        Console.WriteLine(Prefix + "stopped");
        return 0;
    }

    private static Action<PosixSignalContext> Stop(ManualResetEventSlim quit) => context =>
    {
        context.Cancel = true;
        quit.Set();
    };

    private static void ReadStdin(ControlCommandProcessor processor, ManualResetEventSlim quit, bool endOnEof)
    {
        try
        {
            string line;
            while (!quit.IsSet && (line = Console.In.ReadLine()) != null)
            {
                ControlReply reply = processor.Execute(line);
                if (reply.Text != null)
                {
                    Console.WriteLine(Prefix + reply.Text);
                }

                if (reply.Quit)
                {
                    quit.Set();
                    return;
                }
            }
        }
        catch (IOException)
        {
            // stdin went away: treated like end of input.
        }

        // Without a control port, stdin is the only controller; when it is gone, so is the proxy.
        if (endOnEof)
        {
            quit.Set();
        }
    }
}
