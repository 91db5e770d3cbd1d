using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodeMqtt.Meter;

namespace NodeMqtt.Conformance
{
    /// <summary>One reference assertion mapped onto one of our fields, and its verdict against a reading.</summary>
    public sealed class Check
    {
        public const string Agree = "agree";
        public const string Disagree = "disagree";
        public const string Missing = "missing";
        public const string Unmapped = "unmapped";

        /// <summary>How the reference value is compared: a number (ours × Scale), text (or its hex
        /// spelling), a time (ISO string vs our UTC ms), a unit, the header, or an integer the suite
        /// truncates (dsmr-reader stores phase currents as whole amperes).</summary>
        public enum How { Number, Text, Time, EntryTime, Unit, Header, Truncated }

        /// <summary>A key to use when <see cref="Key"/> is absent (dsmr-reader files a single-register
        /// meter's total 1-0:1.8.0 as tariff 1 and 0 as tariff 2).</summary>
        public string Fallback;
        /// <summary>With <see cref="Fallback"/>: the reference is 0 whenever the fallback is present.</summary>
        public bool ZeroOnFallback;
        /// <summary>The suite writes Dutch/Belgian wall-clock time with a "Z" (athom): compare our UTC
        /// time shifted by the EU offset of that moment.</summary>
        public bool WallClock;

        public string Name;       // path in the suite's own shape, e.g. electricity.tariffs.1.received
        public string Key;        // our field key, or null when nothing of ours corresponds
        public How Kind;
        public double Scale = 1;  // ours × Scale is in the suite's unit (kWh → Wh: 1000)
        public JsonElement Expected;
        public string Verdict;
        public string Ours;

        public static Check Of(string name, string key, How kind, double scale, JsonElement expected)
        {
            return new Check { Name = name, Key = key, Kind = kind, Scale = scale, Expected = expected };
        }

        public void Evaluate(Reading r)
        {
            if (Key == null && Kind != How.Header)
            {
                Verdict = Unmapped;
                return;
            }

            bool refNull = Expected.ValueKind == JsonValueKind.Null;
            if (Kind == How.Header)
            {
                Ours = r.Header;
                Verdict = r.Header == Expected.GetString() ? Agree : Disagree;
                return;
            }

            int i = r.IndexOf(Key);
            if (i < 0 && Fallback != null && r.IndexOf(Fallback) >= 0)
            {
                i = r.IndexOf(Fallback);
                if (ZeroOnFallback)
                {
                    double zero;
                    Ours = Fallback + " present";
                    Verdict = RefNumber(out zero) && zero == 0 ? Agree : Disagree;
                    return;
                }
            }

            if (i < 0)
            {
                Ours = "(absent)";
                Verdict = refNull ? Agree : Missing;
                return;
            }

            if (refNull)
            {
                Ours = Describe(r, i);
                Verdict = Disagree;
                return;
            }

            Ours = Describe(r, i);
            Verdict = Compare(r, i) ? Agree : Disagree;
        }

        private bool Compare(Reading r, int i)
        {
            switch (Kind)
            {
                case How.Number:
                case How.Truncated:
                    double expected;
                    if (!RefNumber(out expected)) return false;
                    double ours = r.NumberAt(i) * Scale;
                    if (Kind == How.Truncated && Expected.ValueKind == JsonValueKind.Number && Math.Floor(expected) == expected) ours = Math.Truncate(ours);
                    return Math.Abs(ours - expected) <= 1e-6 * Math.Max(1.0, Math.Abs(expected));
                case How.Text:
                    string text = r.TextAt(i) ?? "";
                    string exp = Expected.ValueKind == JsonValueKind.String ? Expected.GetString() : Expected.GetRawText();
                    if (text == exp) return true;
                    if (string.Equals(HexOf(text), exp, StringComparison.OrdinalIgnoreCase)) return true;
                    // athom reads a message code's hex digits as a JSON number (rounded past 2^53): compare as numbers.
                    if (Expected.ValueKind != JsonValueKind.Number) return false;
                    double code = 0;
                    if (text.Length > 0 && !double.TryParse(HexOf(text), NumberStyles.Float, CultureInfo.InvariantCulture, out code)) return false;
                    return Math.Abs(code - Expected.GetDouble()) <= 1e-12 * Math.Max(1.0, Math.Abs(code));
                case How.Time:
                case How.EntryTime:
                    long ms = Kind == How.Time ? (r.TimeAt(i) != 0 ? r.TimeAt(i) : (long)r.NumberAt(i)) : r.TimeAt(i);
                    if (WallClock) ms += EuOffsetMs(ms);
                    return DateTimeOffset.TryParse(Expected.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) && t.ToUnixTimeMilliseconds() == ms;
                case How.Unit:
                    return string.Equals(r.FieldAt(i).Unit, Expected.GetString(), StringComparison.OrdinalIgnoreCase);
            }

            return false;
        }

        private bool RefNumber(out double value)
        {
            value = 0;
            if (Expected.ValueKind == JsonValueKind.Number) return Expected.TryGetDouble(out value);
            return Expected.ValueKind == JsonValueKind.String && double.TryParse(Expected.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        private string Describe(Reading r, int i)
        {
            MeterField f = r.FieldAt(i);
            string v;
            if (Kind == How.EntryTime || f.Kind == FieldKind.Timestamp) v = DateTimeOffset.FromUnixTimeMilliseconds(Kind == How.EntryTime || r.TimeAt(i) != 0 ? r.TimeAt(i) : (long)r.NumberAt(i)).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            else if (f.Kind == FieldKind.Text) v = "\"" + r.TextAt(i) + "\"";
            else v = r.NumberAt(i).ToString("R", CultureInfo.InvariantCulture) + (f.Unit != null ? " " + f.Unit : "");
            return Key + "=" + v;
        }

        // CET/CEST: +2 h from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC.
        private static long EuOffsetMs(long utcMs)
        {
            var t = DateTimeOffset.FromUnixTimeMilliseconds(utcMs).UtcDateTime;
            DateTime start = LastSunday(t.Year, 3).AddHours(1);
            DateTime end = LastSunday(t.Year, 10).AddHours(1);
            return (t >= start && t < end ? 2 : 1) * 3600000L;
        }

        private static DateTime LastSunday(int year, int month)
        {
            var d = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
            while (d.DayOfWeek != DayOfWeek.Sunday) d = d.AddDays(-1);
            return d;
        }

        private static string HexOf(string text)
        {
            var sb = new StringBuilder(text.Length * 2);
            foreach (char c in text) sb.Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            return sb.ToString();
        }
    }
}
