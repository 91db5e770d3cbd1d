#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System;
using System.Collections;
using NodeMqtt.Supervision;

namespace NodeMqtt.Tests.Supervision.Fakes
{
    public sealed class RecordingSupervisorListener : ISupervisorListener
    {
        public int Onlines;
        public int Offlines;
        public bool LastSessionPresent;
        public readonly ArrayList Delivered = new ArrayList();
        public readonly ArrayList Returned = new ArrayList();
        public readonly ArrayList Messages = new ArrayList();
        public bool Throw;

        public void OnOnline(long nowMs, bool sessionPresent)
        {
            Onlines++;
            LastSessionPresent = sessionPresent;
            if (Throw) throw new InvalidOperationException("OnOnline");
        }

        public void OnOffline(long nowMs)
        {
            Offlines++;
            if (Throw) throw new InvalidOperationException("OnOffline");
        }

        public void OnDelivered(OutboundMessage message, long nowMs)
        {
            Delivered.Add(message);
            if (Throw) throw new InvalidOperationException("OnDelivered");
        }

        public void OnReturned(OutboundMessage message, long nowMs)
        {
            Returned.Add(message);
            if (Throw) throw new InvalidOperationException("OnReturned");
        }

        public void OnMessage(string topic, byte[] payload, long nowMs)
        {
            Messages.Add(topic);
            if (Throw) throw new InvalidOperationException("OnMessage");
        }

        /// <summary>How many times the supervisor announced a reboot, and how many reboots the system had seen then.</summary>
        public int BeforeReboots;
        public FakeSystem System;
        public int RebootsSeenAtLastBeforeReboot = -1;

        public void OnBeforeReboot(long nowMs)
        {
            BeforeReboots++;
            if (System != null) RebootsSeenAtLastBeforeReboot = System.Reboots;
            if (Throw) throw new InvalidOperationException("OnBeforeReboot");
        }
    }
}
