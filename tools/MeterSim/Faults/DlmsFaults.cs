using System;
using NodeMqtt.MeterSim.Model;

namespace NodeMqtt.MeterSim.Faults;

/// <summary>
/// The DSMR faults carried over to binary DLMS frames, one mutation per method: a flipped bit inside a
/// frame (FCS, M-Bus checksum or GCM tag no longer match), dropped bytes, a truncated frame, line noise in
/// front of a frame. Noise never contains the bytes that start a frame (0x7E, 0x68, 0xDB) so the frame
/// after it stays countable. Own random stream, like <see cref="FaultInjector"/>.
/// </summary>
public sealed class DlmsFaults
{
    private readonly SimRandom _rng;

    /// <summary>Creates the mutator for <paramref name="seed"/>.</summary>
    public DlmsFaults(ulong seed)
    {
        _rng = new SimRandom(seed ^ 0xD1D5FA17C0FFEE01UL);
    }

    /// <summary>Flips one bit between the first 4 and last 3 bytes, never in an HDLC flag (a damaged flag
    /// between two intact segments loses nothing, so it would not be a fault the reader can count).</summary>
    public byte[] Corrupt(byte[] frame)
    {
        byte[] copy = (byte[])frame.Clone();
        int i = 4 + _rng.Next(Math.Max(1, copy.Length - 7));
        for (int tries = 0; tries < copy.Length && copy[i] == 0x7E; tries++) i = 4 + (i - 3) % Math.Max(1, copy.Length - 7);
        copy[i] ^= (byte)(1 << _rng.Next(8));
        return copy;
    }

    /// <summary>Deletes 1-3 bytes from the middle.</summary>
    public byte[] Drop(byte[] frame)
    {
        int n = 1 + _rng.Next(3);
        int at = 4 + _rng.Next(Math.Max(1, frame.Length - 8 - n));
        byte[] result = new byte[frame.Length - n];
        Buffer.BlockCopy(frame, 0, result, 0, at);
        Buffer.BlockCopy(frame, at + n, result, at, frame.Length - at - n);
        return result;
    }

    /// <summary>Keeps a random prefix of at least 4 bytes and loses the rest.</summary>
    public byte[] Truncate(byte[] frame)
    {
        int keep = 4 + _rng.Next(Math.Max(1, frame.Length - 6));
        byte[] result = new byte[keep];
        Buffer.BlockCopy(frame, 0, result, 0, keep);
        return result;
    }

    /// <summary>1-24 noise bytes, then the frame.</summary>
    public byte[] Garbage(byte[] frame)
    {
        int n = 1 + _rng.Next(24);
        byte[] result = new byte[n + frame.Length];
        for (int i = 0; i < n; i++)
        {
            byte b;
            do b = (byte)_rng.Next(256); while (b == 0x7E || b == 0x68 || b == 0xDB);
            result[i] = b;
        }

        Buffer.BlockCopy(frame, 0, result, n, frame.Length);
        return result;
    }
}
