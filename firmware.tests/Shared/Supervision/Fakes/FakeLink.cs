#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Supervision.Fakes
{
    public sealed class FakeLink : INetworkLink
    {
        public bool Up = true;
        public bool Throw;
        public int ReconnectRequests;
        public long LastReconnectAtMs = -1;
        public FakeSessionFactory Clock;

        public bool IsUp
        {
            get
            {
                if (Throw) throw new InvalidOperationException("IsUp");
                return Up;
            }
        }

        public void RequestReconnect()
        {
            ReconnectRequests++;
            if (Clock != null) LastReconnectAtMs = Clock.NowMs;
            if (Throw) throw new InvalidOperationException("RequestReconnect");
        }
    }
}
