using System.Text;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>Byte helpers for the meter tests (no test framework needed).</summary>
    public static class MeterTestBytes
    {
        /// <summary>The ASCII bytes of a telegram literal.</summary>
        public static byte[] Of(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++) bytes[i] = (byte)text[i];
            return bytes;
        }

        /// <summary>Concatenates two byte arrays.</summary>
        public static byte[] Join(byte[] a, byte[] b)
        {
            byte[] all = new byte[a.Length + b.Length];
            for (int i = 0; i < a.Length; i++) all[i] = a[i];
            for (int i = 0; i < b.Length; i++) all[a.Length + i] = b[i];
            return all;
        }

        /// <summary>True when two doubles differ by less than 1e-9 (a portable stand-in for the
        /// three-argument AreEqual, and nanoFramework's Math is a separate package).</summary>
        public static bool Near(double expected, double actual)
        {
            double d = expected - actual;
            return d < 1e-9 && d > -1e-9;
        }

        /// <summary>A telegram body (from '/' through '!') with its CRC and CR LF appended.</summary>
        public static string WithCrc(string body)
        {
            ushort crc = NodeMqtt.Meter.Crc16Arc.Compute(Of(body), 0, body.Length);
            StringBuilder sb = new StringBuilder(body);
            sb.Append(crc.ToString("X4"));
            sb.Append("\r\n");
            return sb.ToString();
        }
    }
}
