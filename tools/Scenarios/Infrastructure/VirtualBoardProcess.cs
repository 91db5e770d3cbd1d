using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Text;

namespace NodeMqtt.Scenarios.Infrastructure;

/// <summary>The virtual board as a real process (so SIGKILL is real), with its log and a control connection.</summary>
public sealed class VirtualBoardProcess : IDisposable
{
    private readonly ManagedProcess _p;
    private readonly int _controlPort;

    public VirtualBoardProcess(Broker broker, string stateDir, params string[] extra)
        : this("127.0.0.1:" + broker.Port, stateDir, extra)
    {
    }

    public VirtualBoardProcess(string brokerEndpoint, string stateDir, params string[] extra)
    {
        _controlPort = FreePort.Next();
        StateDir = stateDir;
        // Standard input is a pipe from this process: if it dies, the board sees EOF and stops (no orphans).
        var args = new List<string> { BoardDll, "--broker", brokerEndpoint, "--state-dir", stateDir, "--control-port", _controlPort.ToString(), "--stop-on-stdin-eof" };
        args.AddRange(extra);
        _p = new ManagedProcess("dotnet", args.ToArray());
    }

    /// <summary>The board's assembly, copied next to the tests by the project reference.</summary>
    public static string BoardDll => Path.Combine(AppContext.BaseDirectory, "nodemqtt-vboard.dll");

    public string StateDir { get; }

    /// <summary>The board's process id (RSS sampling).</summary>
    public int Pid => _p.Pid;

    public LineLog Log => _p.Output;

    public bool HasExited => _p.HasExited;

    public int ExitCode => _p.ExitCode;

    public int WaitForLine(string contains, int timeoutMs, int from = 0) => Log.WaitFor(l => l.Contains(contains), timeoutMs, from);

    /// <summary>Sends one control command and returns the reply line (bounded).</summary>
    public string Control(string command, int timeoutMs = 5000)
    {
        using var c = new TcpClient();
        c.ReceiveTimeout = timeoutMs;
        c.SendTimeout = timeoutMs;
        long deadline = LineLog.Clock.ElapsedMilliseconds + timeoutMs;
        while (true)
        {
            try
            {
                c.Connect("127.0.0.1", _controlPort);
                break;
            }
            catch (SocketException) when (LineLog.Clock.ElapsedMilliseconds < deadline)
            {
                System.Threading.Thread.Sleep(100);
            }
        }

        var s = c.GetStream();
        var w = new StreamWriter(s, new UTF8Encoding(false)) { AutoFlush = true };
        var r = new StreamReader(s, Encoding.UTF8);
        w.WriteLine(command);
        return r.ReadLine();
    }

    public void Terminate(int graceMs = 8000) => _p.Stop(graceMs);

    /// <summary>Closes the board's standard input (the pipe from this process).</summary>
    public void CloseInput() => _p.CloseInput();

    public void Kill()
    {
        _p.Signal(Posix.SigKill);
        _p.WaitForExit(5000);
    }

    public bool WaitForExit(int timeoutMs) => _p.WaitForExit(timeoutMs);

    public void Dispose() => _p.Dispose();
}
