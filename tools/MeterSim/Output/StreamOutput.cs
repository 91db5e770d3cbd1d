using System.IO;
using NodeMqtt.MeterSim.Posix;

namespace NodeMqtt.MeterSim.Output;

/// <summary>stdout or a file: every byte goes out, in order, flushed per tick.</summary>
internal sealed class StreamOutput : ITelegramOutput
{
    private readonly Stream _stream;
    private readonly bool _owns;
    private readonly int _probeFd;

    /// <summary><paramref name="probeFd"/> (1 for the process's stdout, else -1) is polled before each write:
    /// .NET's console stream ignores EPIPE, so without it a tool piped into <c>head</c> would run on forever.</summary>
    public StreamOutput(Stream stream, bool owns, int probeFd = -1)
    {
        _stream = stream;
        _owns = owns;
        _probeFd = probeFd;
    }

    public bool ReaderAttached => true;

    public long DroppedBytes => 0;

    public void Poll()
    {
    }

    public void Write(byte[] chunk)
    {
        if (_probeFd >= 0 && Tty.Poll(_probeFd, 4 /* POLLOUT */, 0) is int events && events > 0 && (events & (8 | 16)) != 0)
        {
            throw new IOException("stdout closed by its reader"); // POLLERR/POLLHUP: the pipe's read end is gone
        }

        _stream.Write(chunk, 0, chunk.Length);
        _stream.Flush();
    }

    public void Drain(int timeoutMs)
    {
    }

    public void Dispose()
    {
        try
        {
            _stream.Flush();
        }
        catch (IOException)
        {
            // The reader went away (a closed pipe); nothing left to flush to.
        }

        if (_owns)
        {
            _stream.Dispose();
        }
    }
}
