namespace NodeMqtt.Meter
{
    /// <summary>
    /// Profile lines of <see cref="DsmrParser"/> as lists of (time, number) items (issue 9: the raw text
    /// ran past the 255 characters Home Assistant accepts as a state). Each line is checked whole before
    /// any item is added, so a bad line adds nothing.
    /// </summary>
    public sealed partial class DsmrParser
    {
        // 1-0:99.97.0(count)(0-0:96.7.19)(end time)(duration*s)…, DSMR 5.0.2 §6.12 "Power Failure Event
        // Log"; the empty "()" form is in the field (ndokter/dsmr_parser#67): count 0. False for another layout.
        private bool FailureLog(long code, byte[] t, Reading r)
        {
            int count;
            if (!Count(t, out count)) return false;
            if ((count > 0 && _groups != 2 + 2 * count) || _groups > MaxGroups)
            {
                Bad(code, false, "entries");
                return true;
            }

            double seconds;
            for (int k = 0; k < count; k++)
            {
                int g = 3 + 2 * k;
                if (DsmrNumber.Parse(t, _groupStart[g], _groupEnd[g], DsmrFields.PowerFailureLog.UnitId, out seconds) != DsmrNumber.Ok)
                {
                    Bad(code, false, "entries");
                    return true;
                }
            }

            int mark = r.ItemsUsed;
            for (int k = 0; k < count; k++)
            {
                int g = 2 + 2 * k;
                DsmrNumber.Parse(t, _groupStart[g + 1], _groupEnd[g + 1], DsmrFields.PowerFailureLog.UnitId, out seconds);
                r.AddItem(ItemTime(t, g), seconds);
            }

            Add(r, DsmrFields.PowerFailureLogCount, count, null, 0);
            AddList(r, DsmrFields.PowerFailureLog, mark);
            return true;
        }

        // 0-0:98.1.0(count)(1-0:1.6.0)(1-0:1.6.0)(month)(time of peak)(kW)…, Fluvius e-MUCS P1 1.7.1 §3:
        // one item per month, at the time the peak occurred. False for another layout (E.ON Hungary sends
        // billing values under this code; Sagemcom XT211 a bare count) so the line keeps its OBIS key.
        private bool PeakHistory(long code, byte[] t, Reading r)
        {
            int count;
            if (!Count(t, out count)) return false;
            if (count > 0 && _groups != 3 + 3 * count) return false;
            if (count == 0 && _groups != 1 && _groups != 3) return false;
            if (_groups > MaxGroups) return false;
            double kw;
            for (int k = 0; k < count; k++)
            {
                int g = 5 + 3 * k;
                if (DsmrNumber.Parse(t, _groupStart[g], _groupEnd[g], DsmrFields.MaximumDemandHistory.UnitId, out kw) != DsmrNumber.Ok)
                {
                    Bad(code, true, "entries");
                    return true;
                }
            }

            int mark = r.ItemsUsed;
            for (int k = 0; k < count; k++)
            {
                int g = 4 + 3 * k;
                DsmrNumber.Parse(t, _groupStart[g + 1], _groupEnd[g + 1], DsmrFields.MaximumDemandHistory.UnitId, out kw);
                r.AddItem(ItemTime(t, g), kw);
            }

            AddList(r, DsmrFields.MaximumDemandHistory, mark);
            return true;
        }

        // The first group as an item count; "()" counts 0.
        private bool Count(byte[] t, out int count)
        {
            count = 0;
            if (_groupEnd[0] == _groupStart[0]) return _groups == 1;
            double value;
            if (DsmrNumber.Parse(t, _groupStart[0], _groupEnd[0], MeterUnit.None, out value) != DsmrNumber.Ok || value > 64) return false;
            count = (int)value;
            return true;
        }

        // A log time that does not parse (a meter's "632525252525W") keeps the item with time 0.
        private long ItemTime(byte[] t, int g)
        {
            long ms = Tst(t, _groupStart[g], _groupEnd[g]);
            return ms == DsmrTimestamp.Invalid ? 0 : ms;
        }

        private void AddList(Reading r, MeterField field, int mark)
        {
            if (r.AddList(field, mark))
            {
                Values++;
                _added++;
            }
        }
    }
}
