using System;
using System.IO;
using System.Threading;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>
/// A private, real mosquitto on 127.0.0.1 for one test: its own port, config and -v log. It can be stopped
/// (SIGTERM), killed (SIGKILL) and started again on the same port, which is how broker restarts are tested.
/// </summary>
public sealed class Broker : IDisposable
{
    private readonly string _dir;
    private readonly string _extraConfig;
    private ManagedProcess _process;
    private volatile bool _disposed;

    public Broker(bool persistence = false, string extraConfig = "")
    {
        _dir = Directory.CreateTempSubdirectory("nodemqtt-broker-").FullName;
        _extraConfig = extraConfig;
        Persistence = persistence;
        Port = FreePort.Next();
        Start();
    }

    public int Port { get; }

    public bool Persistence { get; }

    public string Endpoint => "127.0.0.1:" + Port;

    /// <summary>Everything mosquitto -v printed, across restarts.</summary>
    public LineLog Log { get; } = new();

    public bool IsRunning => _process != null && !_process.HasExited;

    public void Start()
    {
        if (IsRunning) return;
        string conf = Path.Combine(_dir, "mosquitto.conf");
        File.WriteAllText(conf,
            $"listener {Port} 127.0.0.1\n" +
            "allow_anonymous true\n" +
            // Run as root, mosquitto switches to the 'mosquitto' user and then cannot write its database into
            // this private directory (sessions are then silently not persisted): stay who we are.
            $"user {Environment.UserName}\n" +
            (Persistence ? $"persistence true\npersistence_location {_dir}/\nautosave_interval 1\n" : "persistence false\n") +
            _extraConfig + "\n");
        _process = new ManagedProcess("mosquitto", new[] { "-v", "-c", conf });
        var captured = _process.Output;
        var forward = new Thread(() => Forward(captured)) { IsBackground = true };
        forward.Start();
        long deadline = LineLog.Clock.ElapsedMilliseconds + 10000;
        while (!FreePort.IsListening(Port))
        {
            if (LineLog.Clock.ElapsedMilliseconds > deadline || _process.HasExited)
            {
                throw new InvalidOperationException("mosquitto did not start on " + Endpoint + ":\n" + captured.Dump());
            }

            Thread.Sleep(10);
        }

        ListeningSinceMs = LineLog.Clock.ElapsedMilliseconds;
    }

    /// <summary>When the broker was first seen accepting connections after its last start (shared clock, ms).</summary>
    public long ListeningSinceMs { get; private set; }

    /// <summary>Copies a broker process's lines into <see cref="Log"/> until it exits.</summary>
    private void Forward(LineLog from)
    {
        int next = 0;
        var p = _process;
        while (!_disposed)
        {
            int i = from.WaitFor(_ => true, 500, next);
            if (i >= 0)
            {
                Log.Add(from.At(i).Text);
                next = i + 1;
            }
            else if (p.HasExited && from.Count <= next)
            {
                return;
            }
        }
    }

    /// <summary>SIGTERM and wait (bounded): a clean broker shutdown.</summary>
    public void Stop() => _process?.Stop(5000);

    /// <summary>SIGKILL: the broker dies without saving anything.</summary>
    public void Kill()
    {
        if (!IsRunning) return;
        _process.Signal(Posix.SigKill);
        _process.WaitForExit(5000);
    }

    public void Dispose()
    {
        _disposed = true;
        _process?.Dispose();
        try { Directory.Delete(_dir, true); } catch (Exception) { }
    }
}
