using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace NodeMqtt.VirtualBoard.Host;

/// <summary>
/// Commands for the running board, one per line, from standard input (typed or piped) and optionally from a TCP
/// port on 127.0.0.1: <c>link down</c>, <c>link up</c>, <c>reconnect</c>, <c>status</c>, <c>diag</c>, <c>health</c>,
/// <c>reboot</c>, <c>help</c>, <c>quit</c>. Lines are queued and executed on the tick thread; the reply goes back
/// where the line came from. Case and surrounding spaces do not matter.
/// </summary>
public sealed class ControlChannel : IDisposable
{
    /// <summary>The command words, for error replies.</summary>
    public const string Commands = "status | diag | health | memory | link down | link up | reconnect | reboot | help | quit";

    /// <summary>The answer to <c>help</c>.</summary>
    public const string Help =
        "commands: status (one line: link, meter, outbox, diagnosis) | diag (diagnostics JSON) | health (health JSON) | " +
        "memory (managed heap after a full collection, GC committed, RSS) | " +
        "link down / link up (simulated Wi-Fi loss) | reconnect (new MQTT session) | reboot (simulated reset) | quit (clean stop)";

    private readonly ConcurrentQueue<Command> _queue = new();
    private readonly CancellationTokenSource _stop = new();
    private TcpListener _listener;

    public sealed record Command(string Line, Action<string> Reply);

    /// <summary>The bound TCP port, or 0.</summary>
    public int Port { get; private set; }

    /// <summary>Reads commands from standard input. With <paramref name="quitOnEof"/>, the end of standard input
    /// is a <c>quit</c>: a harness that starts the board with a pipe can die without leaving the board behind.</summary>
    public void StartStdin(bool quitOnEof)
    {
        var t = new Thread(() =>
        {
            try
            {
                string line;
                while (!_stop.IsCancellationRequested && (line = Console.In.ReadLine()) != null)
                {
                    string command = Normalize(line);
                    if (command.Length > 0) _queue.Enqueue(new Command(command, Console.Out.WriteLine));
                }
            }
            catch (IOException)
            {
                // Standard input closed: no more commands from there.
            }

            if (quitOnEof && !_stop.IsCancellationRequested)
            {
                _queue.Enqueue(new Command("quit", _ => { }));
            }
        }) { IsBackground = true, Name = "control-stdin" };
        t.Start();
    }

    public void StartTcp(int port)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        var t = new Thread(AcceptLoop) { IsBackground = true, Name = "control-tcp" };
        t.Start();
    }

    public bool TryTake(out Command command) => _queue.TryDequeue(out command);

    /// <summary>"  Link   Down " → "link down": typed commands forgive case and extra spaces.</summary>
    public static string Normalize(string line) =>
        string.Join(' ', line.Split((char[])null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private void AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = _listener.AcceptTcpClient();
            }
            catch (Exception)
            {
                return;
            }

            var t = new Thread(() => Serve(client)) { IsBackground = true, Name = "control-client" };
            t.Start();
        }
    }

    private void Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.UTF8);
                var writer = new StreamWriter(stream, new UTF8Encoding(false)) { AutoFlush = true };
                object writeGate = new();
                string line;
                while (!_stop.IsCancellationRequested && (line = reader.ReadLine()) != null)
                {
                    string command = Normalize(line);
                    if (command.Length == 0) continue;
                    _queue.Enqueue(new Command(command, reply =>
                    {
                        lock (writeGate)
                        {
                            try { writer.WriteLine(reply); } catch (Exception) { /* client went away */ }
                        }
                    }));
                }
            }
            catch (Exception)
            {
                // A control client that misbehaves only loses its own connection.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        try { _listener?.Stop(); } catch (Exception) { }
    }
}
