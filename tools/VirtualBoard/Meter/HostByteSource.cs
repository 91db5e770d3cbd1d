using System;
using System.Threading;
using NodeMqtt.Ports;

namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>
/// Base of the virtual board's meter sources. <see cref="Read"/> is the port's contract made safe: arguments
/// checked, exceptions turned into <see cref="LastError"/> and a 0 return, -1 only once the source is
/// <see cref="SourceState.Ended"/> or <see cref="SourceState.Failed"/> and nothing is left to read.
/// </summary>
public abstract class HostByteSource : IByteSource, IDisposable
{
    private long _bytesRead;
    private long _bytesDropped;
    private volatile SourceState _state = SourceState.Starting;
    private volatile string _lastError;

    /// <summary>Where the source stands.</summary>
    public SourceState State
    {
        get => _state;
        protected set => _state = value;
    }

    /// <summary>The latest problem in one line (null when none yet); kept after recovery for diagnostics.</summary>
    public string LastError
    {
        get => _lastError;
        protected set => _lastError = value;
    }

    /// <summary>Bytes handed to callers.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Bytes lost because a bounded buffer was full (the caller did not read fast enough).</summary>
    public long BytesDropped => Interlocked.Read(ref _bytesDropped);

    /// <inheritdoc />
    public int Read(byte[] buffer, int offset, int count)
    {
        if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count)
        {
            return 0;
        }

        if (_state == SourceState.Disposed)
        {
            return -1;
        }

        try
        {
            int n = count == 0 ? 0 : ReadCore(buffer, offset, count);
            if (n > 0)
            {
                Interlocked.Add(ref _bytesRead, n);
            }

            return n;
        }
        catch (Exception e)
        {
            // The port promises never to throw into Core; an adapter bug shows up here, once per call, as data.
            _lastError = "read: " + e.GetType().Name + ": " + e.Message;
            return 0;
        }
    }

    /// <summary>One line for logs and the board's status: kind, target, settings, state.</summary>
    public abstract string Describe();

    /// <summary>Stops background work and releases the device, socket or file. Idempotent.</summary>
    public void Dispose()
    {
        if (_state == SourceState.Disposed)
        {
            return;
        }

        _state = SourceState.Disposed;
        try
        {
            Release();
        }
        catch (Exception e)
        {
            _lastError = "dispose: " + e.Message;
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>The source's own read: up to <paramref name="count"/> bytes, 0 = nothing now, -1 = ended. May throw (caught by <see cref="Read"/>).</summary>
    protected abstract int ReadCore(byte[] buffer, int offset, int count);

    /// <summary>Releases resources; called once.</summary>
    protected abstract void Release();

    /// <summary>Counts bytes lost to a full buffer.</summary>
    protected void CountDropped(long bytes)
    {
        Interlocked.Add(ref _bytesDropped, bytes);
    }

    /// <summary>" (state: last error)" for <see cref="Describe"/>.</summary>
    protected string StateText()
    {
        string state = _state switch
        {
            SourceState.Starting => "starting",
            SourceState.Open => "open",
            SourceState.Retrying => "retrying",
            SourceState.Ended => "ended",
            SourceState.Failed => "failed",
            _ => "disposed",
        };
        string error = _lastError;
        return error == null || _state == SourceState.Open ? " (" + state + ")" : " (" + state + ": " + error + ")";
    }
}
