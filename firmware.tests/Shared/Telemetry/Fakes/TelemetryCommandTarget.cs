#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Telemetry;

namespace NodeMqtt.Tests.Telemetry.Fakes
{
    /// <summary>ICommandTarget that records calls.</summary>
    public sealed class TelemetryCommandTarget : ICommandTarget
    {
        public int StatusCalls;
        public int DiagCalls;
        public int Reconnects;
        public int Reboots;

        public string Status() { StatusCalls++; return "{\"link\":\"online\"}"; }
        public string Diag() { DiagCalls++; return "{\"drops\":0}"; }
        public void Reconnect() { Reconnects++; }
        public void Reboot() { Reboots++; }
    }
}
