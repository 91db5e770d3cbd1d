using System.Globalization;
using System.Text;

namespace NodeMqtt.MeterSim.Model;

/// <summary>Value formats of the DSMR specifications (fixed digits, zero padded, truncated energy).</summary>
public static class ObisText
{
    /// <summary>Energy register as the meter shows it: Wh truncated (a register never rounds up), e.g. 001431.297 for 6.3.</summary>
    public static string Energy(double wh, int intDigits)
    {
        long w = (long)System.Math.Floor(wh) % Pow10(intDigits + 3);
        return Pad(w / 1000, intDigits) + "." + Pad(w % 1000, 3);
    }

    /// <summary>A non-negative number with fixed integer and decimal digits, rounded, e.g. (1.19, 2, 3) = "01.190".</summary>
    public static string Fixed(double value, int intDigits, int decimals)
    {
        long scale = Pow10(decimals);
        long v = (long)System.Math.Round(System.Math.Max(0, value) * scale) % Pow10(intDigits + decimals);
        string text = Pad(v / scale, intDigits);
        return decimals == 0 ? text : text + "." + Pad(v % scale, decimals);
    }

    /// <summary>Gas volume truncated to litres, e.g. 12785.123.</summary>
    public static string Volume(double m3)
    {
        long litres = (long)System.Math.Floor(m3 * 1000) % 100_000_000L;
        return Pad(litres / 1000, 5) + "." + Pad(litres % 1000, 3);
    }

    /// <summary>Text as DSMR carries it in 0-0:96.1.1 and 0-0:96.13.0: UTF-8 bytes as upper-case hex.</summary>
    public static string Hex(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text ?? "");
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (byte b in bytes)
        {
            sb.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>Zero-padded decimal.</summary>
    public static string Pad(long value, int digits)
    {
        return value.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    private static long Pow10(int n)
    {
        long r = 1;
        for (int i = 0; i < n; i++) r *= 10;
        return r;
    }
}
