using System;

namespace NodeMqtt.VirtualBoard.Meter;

/// <summary>
/// A bounded byte FIFO shared by one writer thread and one reader thread. When full, the incoming bytes that do
/// not fit are dropped and counted (the oldest stay, so what is kept is still in order, as a UART FIFO overrun).
/// </summary>
public sealed class ByteRing
{
    private readonly byte[] _buffer;
    private readonly object _gate = new object();
    private int _head;
    private int _count;

    /// <summary>Creates a ring holding at most <paramref name="capacity"/> bytes.</summary>
    public ByteRing(int capacity)
    {
        if (capacity <= 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        _buffer = new byte[capacity];
    }

    /// <summary>Maximum bytes held.</summary>
    public int Capacity => _buffer.Length;

    /// <summary>Bytes held now.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _count;
        }
    }

    /// <summary>Bytes dropped so far because the ring was full.</summary>
    public long Dropped { get; private set; }

    /// <summary>Appends what fits; returns the number of bytes dropped.</summary>
    public int Write(byte[] data, int offset, int count)
    {
        lock (_gate)
        {
            int fit = Math.Min(count, _buffer.Length - _count);
            int tail = (_head + _count) % _buffer.Length;
            int first = Math.Min(fit, _buffer.Length - tail);
            Buffer.BlockCopy(data, offset, _buffer, tail, first);
            Buffer.BlockCopy(data, offset + first, _buffer, 0, fit - first);
            _count += fit;
            Dropped += count - fit;
            return count - fit;
        }
    }

    /// <summary>Takes up to <paramref name="count"/> bytes; returns how many.</summary>
    public int Read(byte[] into, int offset, int count)
    {
        lock (_gate)
        {
            int n = Math.Min(count, _count);
            int first = Math.Min(n, _buffer.Length - _head);
            Buffer.BlockCopy(_buffer, _head, into, offset, first);
            Buffer.BlockCopy(_buffer, 0, into, offset + first, n - first);
            _head = (_head + n) % _buffer.Length;
            _count -= n;
            return n;
        }
    }

    /// <summary>Empties the ring.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _head = 0;
            _count = 0;
        }
    }
}
