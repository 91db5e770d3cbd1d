using System;
using System.Collections.Generic;
using System.Text;

namespace NodeMqtt.MeterSim.Model;

/// <summary>Writes A-XDR values (IEC 62056-6-2) for the simulated DLMS meters: one method per data type.</summary>
public sealed class AxdrWriter
{
    private readonly List<byte> _bytes = new List<byte>(512);

    /// <summary>The bytes so far.</summary>
    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>Raw bytes (APDU headers).</summary>
    public AxdrWriter Raw(params byte[] bytes) { _bytes.AddRange(bytes); return this; }

    /// <summary>array of <paramref name="n"/> elements.</summary>
    public AxdrWriter Array(int n) { _bytes.Add(0x01); Length(n); return this; }

    /// <summary>structure of <paramref name="n"/> elements.</summary>
    public AxdrWriter Structure(int n) { _bytes.Add(0x02); Length(n); return this; }

    /// <summary>An OBIS code as octet-string of 6 (F = 255).</summary>
    public AxdrWriter Obis(int a, int b, int c, int d, int e) => Octet(new[] { (byte)a, (byte)b, (byte)c, (byte)d, (byte)e, (byte)255 });

    /// <summary>octet-string.</summary>
    public AxdrWriter Octet(byte[] value) { _bytes.Add(0x09); Length(value.Length); _bytes.AddRange(value); return this; }

    /// <summary>visible-string.</summary>
    public AxdrWriter Visible(string value) { _bytes.Add(0x0A); Length(value.Length); _bytes.AddRange(Encoding.ASCII.GetBytes(value)); return this; }

    /// <summary>double-long-unsigned.</summary>
    public AxdrWriter U32(double value) { _bytes.Add(0x06); Big((long)Clamp(value, 0, uint.MaxValue), 4); return this; }

    /// <summary>long-unsigned.</summary>
    public AxdrWriter U16(double value) { _bytes.Add(0x12); Big((long)Clamp(value, 0, ushort.MaxValue), 2); return this; }

    /// <summary>long (int16).</summary>
    public AxdrWriter I16(double value) { _bytes.Add(0x10); Big((long)Clamp(value, short.MinValue, short.MaxValue), 2); return this; }

    /// <summary>{integer scaler, enum unit}.</summary>
    public AxdrWriter ScalerUnit(int scaler, int unit) { Structure(2); _bytes.Add(0x0F); _bytes.Add((byte)(sbyte)scaler); _bytes.Add(0x16); _bytes.Add((byte)unit); return this; }

    /// <summary>A COSEM date-time (12 bytes) of <paramref name="utcMs"/> as Central European local time with
    /// the deviation given (-60 or -120 minutes) and the summer-time bit in the clock status.</summary>
    public static byte[] DateTime(long utcMs)
    {
        bool summer = DutchTime.IsSummer(utcMs);
        DateTime local = DateTimeOffset.FromUnixTimeMilliseconds(utcMs + (summer ? 2 : 1) * 3_600_000L).UtcDateTime;
        short deviation = (short)(summer ? -120 : -60);
        int dow = local.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)local.DayOfWeek;
        return new[]
        {
            (byte)(local.Year >> 8), (byte)local.Year, (byte)local.Month, (byte)local.Day, (byte)dow,
            (byte)local.Hour, (byte)local.Minute, (byte)local.Second, (byte)0x00,
            (byte)(deviation >> 8), (byte)deviation, (byte)(summer ? 0x80 : 0x00)
        };
    }

    private void Length(int n)
    {
        if (n < 0x80) _bytes.Add((byte)n);
        else if (n < 0x100) { _bytes.Add(0x81); _bytes.Add((byte)n); }
        else { _bytes.Add(0x82); _bytes.Add((byte)(n >> 8)); _bytes.Add((byte)n); }
    }

    private void Big(long value, int bytes)
    {
        for (int i = bytes - 1; i >= 0; i--) _bytes.Add((byte)(value >> (8 * i)));
    }

    private static double Clamp(double v, double lo, double hi) => Math.Round(Math.Min(hi, Math.Max(lo, v)));
}
