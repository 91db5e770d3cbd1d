#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Ports;
using NodeMqtt.Supervision;
using NodeMqtt.Tests.Supervision.Fakes;

namespace NodeMqtt.Tests.Supervision
{
    // Deterministic fault simulation (STYLE.md, the TigerBeetle lesson): random connects, failures, closes,
    // acks, stale events and link flaps in virtual time; every failure message carries the seed.
    [TestClass]
    public class LinkSupervisor_Faults_Tests
    {
        private const long Hour = 3600000;

        [TestMethod]
        public void RandomFaults_24Hours_NeverTwoSessionsAndNothingLost()
        {
            Simulate(20240601, 24 * Hour, false);
        }

        [TestMethod]
        public void RandomFaults_ManySeeds_NeverTwoSessions()
        {
            for (uint seed = 1; seed <= 6; seed++) Simulate(seed, 2 * Hour, false);
        }

        [TestMethod]
        public void EveryPortThrows_TwoHours_NoExceptionEscapes()
        {
            for (uint seed = 1; seed <= 3; seed++) Simulate(seed, 2 * Hour, true);
        }

        [TestMethod]
        public void EveryPortThrows_FromStart_StaysQuietAndCounts()
        {
            SupervisorRig rig = new SupervisorRig(1);
            rig.Factory.Throw = true;
            rig.Store.Throw = true;
            rig.Log.Throw = true;
            rig.Listener.Throw = true;
            rig.System.Throw = true;
            rig.Supervisor.Start(rig.Now);
            rig.Advance(3 * Hour);
            rig.Supervisor.OnLinkChanged(false, rig.Now);
            rig.Supervisor.Stop(rig.Now);
            Assert.AreEqual(0, rig.Supervisor.Stats.InternalErrors);
            Assert.IsTrue(rig.Supervisor.Stats.PortExceptions > 0);
            Assert.IsTrue(rig.Diagnostics.Counters.Attempts > 10, "keeps trying");
        }

        [TestMethod]
        public void SessionThrowsEverywhere_Online_TreatedAsDead()
        {
            SupervisorRig rig = new SupervisorRig(1);
            FakeSession s = rig.StartOnline();
            s.ThrowEverywhere = true;
            Assert.IsFalse(rig.Supervisor.TryPublish(SupervisorRig.Message("x", 1), rig.Now), "Publish threw");
            Assert.IsTrue(s.Closed);
            Assert.AreEqual(LinkState.BackingOff, rig.Supervisor.State);
            Assert.AreEqual(0, rig.Supervisor.Stats.InternalErrors);
        }

        private static void Simulate(uint seed, long durationMs, bool throwing)
        {
            SupervisorRig rig = new SupervisorRig(seed);
            Prng f = new Prng(seed ^ 0x5EED5EED);
            int accepted1 = 0;
            rig.Start();
            while (rig.Now < durationMs)
            {
                rig.Tick();
                if (throwing)
                {
                    bool t = f.NextInt(2) == 0;
                    rig.Factory.Throw = f.NextInt(4) == 0;
                    rig.Factory.SessionsThrow = t;
                    rig.Link.Throw = f.NextInt(3) == 0;
                    rig.Store.Throw = t;
                    rig.System.Throw = true;
                    rig.Log.Throw = f.NextInt(2) == 0;
                    rig.Listener.Throw = f.NextInt(2) == 0;
                    if (rig.Session != null) rig.Session.ThrowEverywhere = f.NextInt(3) == 0;
                }

                if (f.NextInt(20000) == 0)
                {
                    rig.Link.Up = !rig.Link.Up;
                    rig.Supervisor.OnLinkChanged(rig.Link.Up, rig.Now);
                }

                FakeSession s = rig.Session;
                if (s != null && s.Opened && !s.Closed)
                {
                    if (!s.Connected)
                    {
                        int r = f.NextInt(100);
                        if (r < 5) s.FireConnected(f.NextInt(2) == 0);
                        else if (r < 7) s.FireFailed((ConnectFailure)(1 + f.NextInt(8)), f.NextInt(6));
                        else if (r < 8) s.FireClosed((CloseKind)f.NextInt(5));
                    }
                    else
                    {
                        int r = f.NextInt(10000);
                        if (r < 3) s.FireClosed((CloseKind)f.NextInt(5));
                        else if (r < 2000) s.AckAll();
                        else if (r < 2003 && s.LastPublished != null) s.FireAck(s.LastPublished.Id, false);
                        else if (r < 2005) s.Connected = false;
                        else if (r < 2100) s.FireMessage("nodemqtt/n1/cmd/x", new byte[1]);
                        else if (r < 2110 && s.Subscribed.Count > 0) s.FireSubAck(s.SubscribedAt(0).Id, f.NextInt(2) == 0);
                    }
                }

                if (f.NextInt(1000) == 0 && rig.Factory.Count > 1)
                {
                    // A late event from an old session.
                    FakeSession old = rig.Factory.At(f.NextInt(rig.Factory.Count - 1));
                    if (f.NextInt(2) == 0) old.FireClosed(CloseKind.Error);
                    else old.FireConnected(false);
                }

                if (f.NextInt(10) == 0)
                {
                    int qos = f.NextInt(2);
                    if (rig.Supervisor.TryPublish(SupervisorRig.Message("v", qos), rig.Now) && qos == 1) accepted1++;
                }

                if (f.NextInt(100000) == 0) rig.Supervisor.RequestReconnect(rig.Now);
                if (f.NextInt(400000) == 0)
                {
                    rig.Supervisor.Stop(rig.Now);
                    rig.Supervisor.Start(rig.Now);
                }

                bool oneAtMost = rig.Factory.Alive <= 1 && rig.Supervisor.Stats.OpenSessions <= 1;
                if (!oneAtMost)
                {
                    Assert.IsTrue(oneAtMost, "two sessions alive" + rig.Why);
                }
            }

            string why = rig.Why + ", attempts " + rig.Diagnostics.Counters.Attempts;
            Assert.AreEqual(1, rig.Factory.MaxAlive, "max alive" + why);
            Assert.IsTrue(rig.Supervisor.Stats.MaxOpenSessions <= 1, why);
            Assert.AreEqual(0, rig.Supervisor.Stats.InvariantViolations, why);
            Assert.AreEqual(0, rig.Supervisor.Stats.InternalErrors, why);
            Assert.IsTrue(rig.Diagnostics.Counters.Connects > 0, why);
            if (!throwing)
            {
                // Every accepted QoS 1 message is delivered, handed back, or still in flight: none vanish.
                int delivered1 = 0;
                for (int i = 0; i < rig.Listener.Delivered.Count; i++)
                {
                    if (((OutboundMessage)rig.Listener.Delivered[i]).Qos == 1) delivered1++;
                }

                Assert.AreEqual(accepted1, delivered1 + rig.Listener.Returned.Count + rig.Supervisor.InFlight, "QoS 1 accounting" + why);
            }
        }
    }
}
