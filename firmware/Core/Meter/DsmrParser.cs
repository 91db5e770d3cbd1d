using NodeMqtt.Ports;

namespace NodeMqtt.Meter
{
    /// <summary>
    /// Turns one framed telegram into a <see cref="Reading"/>, driven by the <see cref="DsmrFields"/> table.
    /// A bad line costs that line only: it is counted (<see cref="MalformedLines"/>) and logged once per
    /// distinct OBIS code (at most 16 codes, then silence). Lines with codes not in the table are kept as
    /// <see cref="DsmrFields.Unknown"/> text entries and counted. Numbers and timestamps are parsed from
    /// bytes without allocation; text values (ids, messages, logs, unknown lines) are the only strings,
    /// and a text equal to the one the same field had in the previous telegram reuses that string, so a
    /// steady meter costs no allocation at all. Single-threaded; keeps scratch state between calls.
    /// </summary>
    public sealed partial class DsmrParser
    {
        private const int MaxGroups = 8;        // groups remembered per line; profile lines may have more
        private const int MaxLoggedCodes = 16;  // bound on "logged once" memory and on log lines
        private const int UnknownSlots = 8;     // unknown lines per telegram whose text is reused

        private static readonly long[] Codes = BuildCodes();

        private readonly ILog _log;
        private readonly char[] _chars;
        private readonly int[] _groupStart = new int[MaxGroups];
        private readonly int[] _groupEnd = new int[MaxGroups];
        private readonly string[] _rowText = new string[DsmrFields.All.Length];
        private readonly string[] _unknownText = new string[UnknownSlots];
        private readonly string[] _headerText = new string[1];
        private readonly long[] _loggedCodes = new long[MaxLoggedCodes];
        private int _loggedCount;
        private int _groups;
        private int _rawStart;
        private int _unknownInTelegram;
        private int _added;

        /// <summary>Creates a parser for telegrams of up to <paramref name="maxTelegramBytes"/> bytes.</summary>
        public DsmrParser(ILog log, int maxTelegramBytes)
        {
            _log = log;
            _chars = new char[maxTelegramBytes];
        }

        /// <summary>Telegrams parsed.</summary>
        public long Telegrams { get; private set; }
        /// <summary>Values put into readings (unknown lines not included).</summary>
        public long Values { get; private set; }
        /// <summary>Lines that could not be parsed, unit mismatches included.</summary>
        public long MalformedLines { get; private set; }
        /// <summary>Lines whose unit contradicted the table (also counted in <see cref="MalformedLines"/>).</summary>
        public long UnitMismatches { get; private set; }
        /// <summary>Lines whose OBIS code is not in the table, kept as <see cref="DsmrFields.Unknown"/> entries.</summary>
        public long UnknownLines { get; private set; }

        /// <summary>
        /// Clears <paramref name="into"/> and fills it from <paramref name="length"/> bytes of
        /// <paramref name="telegram"/> (from '/' up to and past '!'). Returns the number of values added.
        /// </summary>
        public int Parse(byte[] telegram, int length, Reading into)
        {
            into.Clear();
            Telegrams++;
            _added = 0;
            _unknownInTelegram = 0;
            ResetChannels();
            if (length > telegram.Length) length = telegram.Length;
            int i = 0;
            if (length > 0 && telegram[0] == (byte)'/')
            {
                int end = LineEnd(telegram, 1, length);
                into.Header = Text(telegram, 1, end, false, _headerText, 0);
                i = end;
            }

            while (i < length)
            {
                byte c = telegram[i];
                if (c == 13 || c == 10)
                {
                    i++;
                    continue;
                }

                if (c == (byte)'!') break;
                int end = LineEnd(telegram, i, length);
                Line(telegram, i, end, into);
                i = end;
            }

            EndChannels();
            return _added;
        }

        private static int LineEnd(byte[] t, int i, int length)
        {
            // '!' also ends a line: a meter that omits the CR LF before '!' still sends a valid last line.
            while (i < length && t[i] != 13 && t[i] != 10 && t[i] != (byte)'!') i++;
            return i;
        }

        private void Line(byte[] t, int s, int e, Reading r)
        {
            if (t[s] == (byte)'(')
            {
                Continuation(t, s, e, r);
                return;
            }

            PendingLost();
            int p;
            int f;
            long code = DsmrObis.Read(t, s, e, out p, out f);
            if (code == DsmrObis.Invalid || !Groups(t, p, e))
            {
                Bad(code, false, "syntax");
                return;
            }

            if (f >= 0 && f != 255)
            {
                Unknown(t, s, e, r); // another value group F is another quantity, not ours
                return;
            }

            int b = (int)((code >> 24) & 0xFF);
            if ((code >> 32) == 0 && b >= 1 && b <= 4)
            {
                if (!Mbus(b, code, t, r)) Unknown(t, s, e, r);
                return;
            }

            int row = Find(code);
            if (row < 0) Unknown(t, s, e, r);
            else Row(row, code, t, e, r);
        }

        private void Row(int row, long code, byte[] t, int e, Reading r)
        {
            MeterField field = DsmrFields.All[row];
            if (field == DsmrFields.PowerFailureLog || field == DsmrFields.MaximumDemandHistory)
            {
                Profile(field, row, code, t, e, r);
                return;
            }

            if (field == DsmrFields.MaximumDemandMonth)
            {
                ValueWithTime(field, code, t, r);
                return;
            }

            if (_groups != 1)
            {
                Bad(code, false, "groups");
                return;
            }

            int gs = _groupStart[0];
            int ge = _groupEnd[0];
            if (field.Kind == FieldKind.Text)
            {
                Add(r, field, 0, Text(t, gs, ge, true, _rowText, row), 0);
            }
            else if (field.Kind == FieldKind.Timestamp)
            {
                long ms = DsmrTimestamp.Parse(t, gs, ge - gs);
                if (ms == DsmrTimestamp.Invalid) Bad(code, false, "timestamp");
                else
                {
                    r.MeterTimeUtcMs = ms;
                    Add(r, field, ms, null, ms);
                }
            }
            else
            {
                Number(r, field, code, t, gs, ge, 0);
            }
        }

        // 1-0:99.97.0 (count)(0-0:96.7.19)(time)(duration*s)… and 0-0:98.1.0 (count)(obis)(obis)(t)(t)(v)…:
        // the count and the raw text. The empty "()" form is in the field (ndokter/dsmr_parser#67): count 0.
        private void Profile(MeterField field, int row, long code, byte[] t, int e, Reading r)
        {
            double count = 0;
            if (_groupEnd[0] > _groupStart[0] && DsmrNumber.Parse(t, _groupStart[0], _groupEnd[0], null, out count) != DsmrNumber.Ok)
            {
                Bad(code, false, "count");
                return;
            }

            if (field == DsmrFields.PowerFailureLog && count > 0 && _groups != 2 + 2 * (int)count)
            {
                Bad(code, false, "entries");
                return;
            }

            string raw = Text(t, _rawStart, e, false, _rowText, row);
            if (field == DsmrFields.PowerFailureLog) Add(r, DsmrFields.PowerFailureLogCount, count, null, 0);
            Add(r, field, 0, raw, 0);
        }

        // 1-0:1.6.0 (time)(value*kW) per e-MUCS; some Belgian meters send (value*kW)(time)
        // (mhendriks/P1-Dongel-ESP32#87), so the order is taken from which group is a timestamp.
        private void ValueWithTime(MeterField field, long code, byte[] t, Reading r)
        {
            if (_groups != 2)
            {
                Bad(code, false, "groups");
                return;
            }

            int first = 0;
            long ms = DsmrTimestamp.Parse(t, _groupStart[0], _groupEnd[0] - _groupStart[0]);
            if (ms == DsmrTimestamp.Invalid)
            {
                first = 1;
                ms = DsmrTimestamp.Parse(t, _groupStart[1], _groupEnd[1] - _groupStart[1]);
            }

            if (ms == DsmrTimestamp.Invalid) Bad(code, false, "timestamp");
            else Number(r, field, code, t, _groupStart[1 - first], _groupEnd[1 - first], ms);
        }

        private void Number(Reading r, MeterField field, long code, byte[] t, int gs, int ge, long timeMs)
        {
            double value;
            int result = DsmrNumber.Parse(t, gs, ge, field.Unit, out value);
            if (result == DsmrNumber.Ok) Add(r, field, value, null, timeMs);
            else Bad(code, result == DsmrNumber.WrongUnit, result == DsmrNumber.WrongUnit ? "unit" : "number");
        }

        private void Add(Reading r, MeterField field, double number, string text, long timeMs)
        {
            if (r.Add(field, number, text, timeMs))
            {
                Values++;
                _added++;
            }
        }
    }
}
