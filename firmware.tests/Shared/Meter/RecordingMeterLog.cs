using System.Collections;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>An ILog that keeps its lines.</summary>
    public sealed class RecordingMeterLog : ILog
    {
        private readonly ArrayList _lines = new ArrayList();

        /// <summary>Lines written.</summary>
        public int Count { get { return _lines.Count; } }

        /// <summary>Line <paramref name="index"/> as "component: message".</summary>
        public string At(int index) { return (string)_lines[index]; }

        /// <summary>Number of lines containing <paramref name="text"/>.</summary>
        public int CountContaining(string text)
        {
            int n = 0;
            for (int i = 0; i < _lines.Count; i++)
            {
                if (((string)_lines[i]).IndexOf(text) >= 0) n++;
            }

            return n;
        }

        /// <summary>Records the line.</summary>
        public void Line(string component, string message)
        {
            _lines.Add(component + ": " + message);
        }
    }
}
