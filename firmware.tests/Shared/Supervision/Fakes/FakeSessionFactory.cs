#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System;
using System.Collections;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Supervision.Fakes
{
    /// <summary>Builds <see cref="FakeSession"/>s and checks, independently of the supervisor, how many are alive.</summary>
    public sealed class FakeSessionFactory : IMqttSessionFactory
    {
        public readonly ArrayList Sessions = new ArrayList();
        /// <summary>Create throws.</summary>
        public bool Throw;
        /// <summary>New sessions throw from every member.</summary>
        public bool SessionsThrow;
        /// <summary>Sessions created and not closed.</summary>
        public int Alive;
        /// <summary>Highest <see cref="Alive"/> seen.</summary>
        public int MaxAlive;
        /// <summary>Virtual time, set by the rig, stamped on sessions.</summary>
        public long NowMs;

        public IMqttSession Create(IMqttSessionListener listener)
        {
            if (Throw) throw new InvalidOperationException("Create");
            FakeSession s = new FakeSession(this, listener, Sessions.Count + 1);
            s.ThrowEverywhere = SessionsThrow;
            Sessions.Add(s);
            Alive++;
            if (Alive > MaxAlive) MaxAlive = Alive;
            return s;
        }

        internal void SessionClosed()
        {
            Alive--;
        }

        public FakeSession Last
        {
            get { return Sessions.Count == 0 ? null : (FakeSession)Sessions[Sessions.Count - 1]; }
        }

        public FakeSession At(int i)
        {
            return (FakeSession)Sessions[i];
        }

        public int Count
        {
            get { return Sessions.Count; }
        }
    }
}
