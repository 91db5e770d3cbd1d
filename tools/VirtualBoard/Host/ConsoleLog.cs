using System;
using System.IO;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Host;

/// <summary>Log lines "HH:mm:ss.fff component: event" (UTC) on standard output, optionally also to a file.</summary>
public sealed class ConsoleLog : ILog, IDisposable
{
    private readonly object _gate = new();
    private readonly StreamWriter _file;

    public ConsoleLog(string filePath)
    {
        if (filePath != null)
        {
            _file = new StreamWriter(new FileStream(filePath, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        }
    }

    public void Line(string component, string message)
    {
        string line = DateTime.UtcNow.ToString("HH:mm:ss.fff") + " " + component + ": " + message;
        lock (_gate)
        {
            Console.Out.WriteLine(line);
            Console.Out.Flush();
            _file?.WriteLine(line);
        }
    }

    public void Dispose() => _file?.Dispose();
}
