using System.Collections;
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>Keeps a copy of every reading it gets (the reader reuses its Reading instance).</summary>
    public sealed class RecordingReadingSink : IReadingSink
    {
        private readonly ArrayList _readings = new ArrayList();

        /// <summary>Readings received.</summary>
        public int Count { get { return _readings.Count; } }

        /// <summary>The copy of reading <paramref name="index"/>.</summary>
        public Reading At(int index) { return (Reading)_readings[index]; }

        /// <summary>The last reading, or null.</summary>
        public Reading Last { get { return _readings.Count == 0 ? null : (Reading)_readings[_readings.Count - 1]; } }

        /// <summary>Copies the reading.</summary>
        public void OnReading(Reading reading, long nowMs)
        {
            Reading copy = new Reading();
            copy.CopyFrom(reading);
            _readings.Add(copy);
        }

        /// <summary>Entries of all readings, one line each ("key=number|text@time"), for comparing two runs.</summary>
        public string Dump()
        {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            for (int r = 0; r < _readings.Count; r++)
            {
                Reading reading = (Reading)_readings[r];
                sb.Append("#").Append(reading.Header).Append("@").Append(reading.MeterTimeUtcMs.ToString()).Append("\n");
                for (int i = 0; i < reading.Count; i++)
                {
                    sb.Append(reading.FieldAt(i).Key).Append("=").Append(reading.NumberAt(i).ToString())
                      .Append("|").Append(reading.TextAt(i)).Append("@").Append(reading.TimeAt(i).ToString()).Append("\n");
                }
            }

            return sb.ToString();
        }
    }
}
