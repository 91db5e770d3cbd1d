#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Supervision.Fakes
{
    public sealed class FakeSystem : ISystem
    {
        public bool Throw;
        public int Reboots;
        public long LastRebootAtMs = -1;
        public FakeSessionFactory Clock;

        public string ChipIdHex
        {
            get { return "a1b2c3"; }
        }

        public long FreeMemoryBytes
        {
            get { return -1; }
        }

        public void Reboot()
        {
            Reboots++;
            if (Clock != null) LastRebootAtMs = Clock.NowMs;
            if (Throw) throw new InvalidOperationException("Reboot");
        }
    }
}
