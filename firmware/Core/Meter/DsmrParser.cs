using NodeMqtt.Ports;

namespace NodeMqtt.Meter
{
    /// <summary>
    /// Turns one framed telegram into a <see cref="Reading"/>, driven by the <see cref="DsmrFields"/> tables.
    /// A bad line costs that line only: it is counted (<see cref="MalformedLines"/>) and logged once per
    /// distinct OBIS code (at most 16 codes, then silence). A line whose code no row names is published
    /// under a key made from its code (<see cref="ObisKey"/>) with its value and unit. Numbers and timestamps
    /// are parsed from bytes without allocation; text values are the only strings, and a text equal to the
    /// one the same field had in the previous telegram reuses that string, so a steady meter costs no
    /// allocation at all. Single-threaded; keeps scratch state between calls.
    /// </summary>
    public sealed partial class DsmrParser
    {
        // Groups remembered per line: a 13-month peak history has 2 + 3 * 13 = 41.
        private const int MaxGroups = 48;
        private const int MaxLoggedCodes = 16;  // bound on "logged once" memory and on log lines


        private readonly ILog _log;
        private readonly char[] _chars;
        private readonly int[] _groupStart = new int[MaxGroups];
        private readonly int[] _groupEnd = new int[MaxGroups];
        private readonly string[] _rowText = new string[MeterFieldTable.Rows.Length];
        private readonly string[] _headerText = new string[1];
        private readonly long[] _loggedCodes = new long[MaxLoggedCodes];
        private int _loggedCount;
        private int _groups;
        private int _rawStart;
        private int _added;
        private const int RowHints = 128;
        private readonly int[] _rowHint = new int[RowHints];
        private int _line;

        /// <summary>Creates a parser for telegrams of up to <paramref name="maxTelegramBytes"/> bytes.</summary>
        public DsmrParser(ILog log, int maxTelegramBytes)
        {
            _log = log;
            _chars = new char[maxTelegramBytes];
        }

        /// <summary>Telegrams parsed.</summary>
        public long Telegrams { get; private set; }
        /// <summary>Values put into readings (lines under OBIS keys included).</summary>
        public long Values { get; private set; }
        /// <summary>Lines that could not be parsed, unit mismatches included.</summary>
        public long MalformedLines { get; private set; }
        /// <summary>Lines whose unit is another quantity than the row's (also counted in <see cref="MalformedLines"/>).</summary>
        public long UnitMismatches { get; private set; }
        /// <summary>Lines no table row names, published under <see cref="ObisKey"/> keys.</summary>
        public long UnknownLines { get; private set; }
        /// <summary>
        /// True when the last telegram declared itself DSMR 4 or later, which always carries a CRC
        /// (DSMR 4.0.7 §6.6): <c>1-3:0.2.8</c> ≥ 40, an e-MUCS version line <c>0-0:96.1.4</c>, a timestamp
        /// with the S/W season flag (DSMR 2.2/3 timestamps have none) or an <c>ESMR</c> header. The reader
        /// refuses such a telegram when it came without a valid CRC (issue 9).
        /// </summary>
        public bool DeclaresCrc { get; private set; }
        /// <summary>True when the last telegram began with a meter identification, <c>/XXXZ</c>: three
        /// letters (the manufacturer's FLAG id) and the baud-rate character (IEC 62056-21 §6.3.14). A stray
        /// '/' inside a telegram starts a fragment that fails this.</summary>
        public bool HeaderValid { get; private set; }
        /// <summary>Lines of the last telegram that could not be parsed.</summary>
        public int MalformedInTelegram { get; private set; }

        /// <summary>
        /// Clears <paramref name="into"/> and fills it from <paramref name="length"/> bytes of
        /// <paramref name="telegram"/> (from '/' up to and past '!'). Returns the number of values added.
        /// </summary>
        public int Parse(byte[] telegram, int length, Reading into)
        {
            into.Clear();
            Telegrams++;
            _added = 0;
            DeclaresCrc = false;
            MalformedInTelegram = 0;
            _line = -1;
            HeaderValid = length > 4 && telegram[0] == (byte)'/' && Letter(telegram[1]) && Letter(telegram[2]) && Letter(telegram[3])
                && (Ascii.Digit(telegram[4]) >= 0 || (telegram[4] >= (byte)'A' && telegram[4] <= (byte)'Z'));
            ResetChannels();
            if (length > telegram.Length) length = telegram.Length;
            int i = 0;
            if (length > 0 && telegram[0] == (byte)'/')
            {
                int end = LineEnd(telegram, 1, length);
                into.Header = Text(telegram, 1, end, false, _headerText, 0);
                if (Contains(telegram, 1, end, "ESMR")) DeclaresCrc = true;
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

            EndChannels(into);
            return _added;
        }

        private static bool Letter(byte c)
        {
            return (c >= (byte)'A' && c <= (byte)'Z') || (c >= (byte)'a' && c <= (byte)'z');
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
            _line++;
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
                Unknown(code | ((long)f << 40), t, e, r); // another value group F is another quantity (a billing period)
                return;
            }

            if (!DeclaresCrc && Dsmr4Only(code)) DeclaresCrc = true;
            int a = (int)(code >> 32);
            int b = (int)((code >> 24) & 0xFF);
            if (a == 0 && b >= 1 && b <= 4)
            {
                if (!Mbus(b, code, t, e, r)) Unknown(code, t, e, r);
                return;
            }

            // A meter sends its lines in the same order every time: try the row this line had last time.
            int hint = _line < RowHints ? _rowHint[_line] : -1;
            int row = hint >= 0 && MeterFieldTable.CodeAt(hint) == code ? hint : MeterFieldTable.IndexOf(code, 0);
            // Sagemcom XT211 (Lithuania) numbers its electricity channel B = 1: 1-1:1.8.1 is 1-0:1.8.1.
            if (row < 0 && a == 1 && b != 0) row = MeterFieldTable.IndexOf(code & ~(0xFFL << 24), 0);
            if (_line < RowHints) _rowHint[_line] = row;
            if (row < 0) Unknown(code, t, e, r);
            else Row(row, code, t, e, r);
        }

        private void Row(int row, long code, byte[] t, int e, Reading r)
        {
            MeterField field = MeterFieldTable.Rows[row];
            if (field.Kind == FieldKind.List)
            {
                bool fits = field == DsmrFields.PowerFailureLog ? FailureLog(code, t, r) : PeakHistory(code, t, r);
                if (!fits) Unknown(code, t, e, r); // another layout under this code (E.ON Hungary billing values)
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
                return;
            }

            if (field.Kind == FieldKind.Timestamp)
            {
                long ms = Tst(t, gs, ge);
                if (ms == DsmrTimestamp.Invalid) Bad(code, false, "timestamp");
                else
                {
                    r.MeterTimeUtcMs = ms;
                    Add(r, field, ms, null, ms);
                }

                return;
            }

            // Rows sharing a code take the line in turn until one's unit is the line's quantity.
            int result = Number(r, field, t, gs, ge, 0);
            while (result == DsmrNumber.WrongUnit && (row = MeterFieldTable.IndexOf(MeterFieldTable.CodeAt(row), row + 1)) >= 0)
            {
                field = MeterFieldTable.Rows[row];
                result = Number(r, field, t, gs, ge, 0);
            }

            if (result != DsmrNumber.Ok) Bad(code, result == DsmrNumber.WrongUnit, result == DsmrNumber.WrongUnit ? "unit" : "number");
        }
    }
}
