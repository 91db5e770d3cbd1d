#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Collections;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Telemetry.Fakes
{
    /// <summary>ILog that keeps every line as "component: message".</summary>
    public sealed class TelemetryRecordingLog : ILog
    {
        public readonly ArrayList Lines = new ArrayList();

        public void Line(string component, string message)
        {
            Lines.Add(component + ": " + message);
        }

        public string At(int index) { return (string)Lines[index]; }
    }
}
