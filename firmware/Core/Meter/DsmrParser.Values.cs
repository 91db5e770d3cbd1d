namespace NodeMqtt.Meter
{
    /// <summary>Value helpers of <see cref="DsmrParser"/>: numbers with units, values with their own time, timestamps.</summary>
    public sealed partial class DsmrParser
    {
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
            long ms = Tst(t, _groupStart[0], _groupEnd[0]);
            if (ms == DsmrTimestamp.Invalid)
            {
                first = 1;
                ms = Tst(t, _groupStart[1], _groupEnd[1]);
            }

            if (ms == DsmrTimestamp.Invalid) Bad(code, false, "timestamp");
            else Checked(Number(r, field, t, _groupStart[1 - first], _groupEnd[1 - first], ms), code);
        }

        private void Checked(int result, long code)
        {
            if (result != DsmrNumber.Ok) Bad(code, result == DsmrNumber.WrongUnit, result == DsmrNumber.WrongUnit ? "unit" : "number");
        }

        // Adds the number unless it fails; the caller decides what a failure means.
        private int Number(Reading r, MeterField field, byte[] t, int gs, int ge, long timeMs)
        {
            double value;
            int result = DsmrNumber.Parse(t, gs, ge, field.UnitId, out value);
            if (result == DsmrNumber.Ok) Add(r, field, value, null, timeMs);
            return result;
        }

        private void Add(Reading r, MeterField field, double number, string text, long timeMs)
        {
            if ((field == DsmrFields.Version && number >= 40) || field == DsmrFields.VersionBelgium) DeclaresCrc = true;
            if (r.Add(field, number, text, timeMs))
            {
                Values++;
                _added++;
            }
        }

        // A DSMR timestamp; one with the S/W flag marks the telegram as DSMR 4 or later.
        private long Tst(byte[] t, int s, int e)
        {
            long ms = DsmrTimestamp.Parse(t, s, e - s);
            if (ms != DsmrTimestamp.Invalid && e - s == 13) DeclaresCrc = true;
            return ms;
        }
    }
}
