using System;
using System.IO;
using System.Threading;
using NodeMqtt.MeterSim.Posix;

namespace NodeMqtt.MeterSim.Output;

/// <summary>
/// Telegrams into a pseudo-terminal's master; readers open the slave (or the optional symlink to it) as a UART.
/// While nobody has the slave open, telegrams are dropped rather than queued, so a reader that opens the port
/// gets current telegrams, not the oldest 4 KB.
/// </summary>
internal sealed class PtyOutput : ITelegramOutput
{
    private readonly PseudoTerminal _pty;
    private readonly string _linkPath;
    private bool _wasAttached;

    public PtyOutput(string linkPath, bool sevenE1)
    {
        _pty = PseudoTerminal.Open(sevenE1 ? 9600 : 115200, sevenE1);
        if (linkPath != null)
        {
            try
            {
                var existing = new FileInfo(linkPath);
                if (existing.LinkTarget != null)
                {
                    existing.Delete();
                }
                else if (existing.Exists || Directory.Exists(linkPath))
                {
                    throw new IOException(linkPath + " exists and is not a symlink; not replacing it");
                }

                File.CreateSymbolicLink(linkPath, _pty.SlavePath);
                _linkPath = linkPath;
            }
            catch
            {
                _pty.Dispose();
                throw;
            }
        }
    }

    public string SlavePath => _pty.SlavePath;

    public bool ReaderAttached => _pty.ReaderAttached;

    public long DroppedBytes { get; private set; }

    public void Poll()
    {
    }

    public void Write(byte[] chunk)
    {
        bool attached = _pty.ReaderAttached;
        if (attached && !_wasAttached)
        {
            _pty.FlushUnread();
        }

        _wasAttached = attached;
        if (!attached)
        {
            DroppedBytes += chunk.Length;
            return;
        }

        int n = _pty.Write(chunk, 0, chunk.Length);
        if (n < 0)
        {
            throw new IOException("pty " + _pty.SlavePath + " is broken");
        }

        DroppedBytes += chunk.Length - n;
    }

    public void Drain(int timeoutMs)
    {
        // Closing the master discards what the reader has not read yet, so wait for the slave's input queue to
        // empty. Bytes written to the master reach that queue asynchronously (the tty flip buffer), so one zero
        // reading right after a write proves nothing: require three in a row, 20 ms apart.
        long deadline = Environment.TickCount64 + timeoutMs;
        int zeroes = 0;
        while (_pty.ReaderAttached && zeroes < 3 && Environment.TickCount64 < deadline)
        {
            Thread.Sleep(20);
            zeroes = _pty.UnreadBytes() == 0 ? zeroes + 1 : 0;
        }
    }

    public void Dispose()
    {
        if (_linkPath != null)
        {
            try
            {
                var link = new FileInfo(_linkPath);
                if (link.LinkTarget == _pty.SlavePath)
                {
                    link.Delete();
                }
            }
            catch (IOException)
            {
                // Someone replaced the link; it is theirs now.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        _pty.Dispose();
    }
}
