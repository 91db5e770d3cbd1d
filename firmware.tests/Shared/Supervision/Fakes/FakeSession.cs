#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System;
using System.Collections;
using System.Text;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Supervision.Fakes
{
    /// <summary>A scripted session: records every call; the test fires its events.</summary>
    public sealed class FakeSession : IMqttSession
    {
        private readonly IMqttSessionListener _listener;
        private int _nextId = 1;

        public FakeSession(FakeSessionFactory factory, IMqttSessionListener listener, int number)
        {
            Factory = factory;
            _listener = listener;
            Number = number;
        }

        public readonly FakeSessionFactory Factory;
        public readonly int Number;
        public readonly ArrayList Published = new ArrayList();
        public readonly ArrayList Subscribed = new ArrayList();
        public bool Opened;
        public SessionOptions OpenedWith;
        public long OpenedAtMs;
        public bool Closed;
        public bool ClosedGracefully;
        public int CloseCalls;
        public bool Connected;
        /// <summary>When true every member throws.</summary>
        public bool ThrowEverywhere;
        /// <summary>When true Publish and Subscribe return 0 (refused).</summary>
        public bool Refuse;
        /// <summary>When true the connection dies just before SUBSCRIBE: the client refuses it and from then on
        /// says it is not connected (its close event is still to come).</summary>
        public bool LostAtSubscribe;

        public bool IsConnected
        {
            get
            {
                if (ThrowEverywhere) throw new InvalidOperationException("IsConnected");
                return Connected && !Closed;
            }
        }

        public void Open(SessionOptions options)
        {
            Opened = true;
            OpenedWith = options;
            OpenedAtMs = Factory.NowMs;
            if (ThrowEverywhere) throw new InvalidOperationException("Open");
        }

        public int Publish(string topic, byte[] payload, int qos, bool retain)
        {
            if (ThrowEverywhere) throw new InvalidOperationException("Publish");
            if (Refuse) return 0;
            int id = _nextId++;
            Published.Add(new PublishRecord(topic, payload == null ? null : new string(Encoding.UTF8.GetChars(payload)), qos, retain, id));
            return id;
        }

        public int Subscribe(string topic, int qos)
        {
            if (ThrowEverywhere) throw new InvalidOperationException("Subscribe");
            if (Refuse) return 0;
            if (LostAtSubscribe)
            {
                Connected = false;
                return 0;
            }

            int id = _nextId++;
            Subscribed.Add(new PublishRecord(topic, null, qos, false, id));
            return id;
        }

        public void Close(bool graceful)
        {
            CloseCalls++;
            if (!Closed)
            {
                Closed = true;
                ClosedGracefully = graceful;
                Factory.SessionClosed();
            }

            if (ThrowEverywhere) throw new InvalidOperationException("Close");
        }

        public PublishRecord LastPublished
        {
            get { return Published.Count == 0 ? null : (PublishRecord)Published[Published.Count - 1]; }
        }

        public PublishRecord PublishedAt(int i)
        {
            return (PublishRecord)Published[i];
        }

        public PublishRecord SubscribedAt(int i)
        {
            return (PublishRecord)Subscribed[i];
        }

        /// <summary>Number of publishes to <paramref name="topic"/>.</summary>
        public int CountPublished(string topic)
        {
            int n = 0;
            for (int i = 0; i < Published.Count; i++)
            {
                if (((PublishRecord)Published[i]).Topic == topic) n++;
            }

            return n;
        }

        public void FireConnected(bool sessionPresent)
        {
            Connected = true;
            _listener.OnConnected(this, sessionPresent, new ConnackInfo());
        }

        public void FireConnected(ConnackInfo info)
        {
            Connected = true;
            _listener.OnConnected(this, false, info);
        }

        public void FireFailed(ConnectFailure kind, int rc)
        {
            _listener.OnConnectFailed(this, kind, rc);
        }

        public void FireClosed(CloseKind kind)
        {
            Connected = false;
            _listener.OnClosed(this, kind, 0);
        }

        public void FireClosed(CloseKind kind, int reasonCode)
        {
            Connected = false;
            _listener.OnClosed(this, kind, reasonCode);
        }

        public void FireAck(int id, bool acknowledged)
        {
            _listener.OnPublished(this, id, acknowledged, 0);
        }

        public void FireAck(int id, int reasonCode)
        {
            _listener.OnPublished(this, id, true, reasonCode);
        }

        /// <summary>Acknowledges every publish so far that was QoS 1.</summary>
        public void AckAll()
        {
            for (int i = 0; i < Published.Count; i++)
            {
                PublishRecord r = (PublishRecord)Published[i];
                if (r.Qos == 1 && !r.Acked)
                {
                    r.Acked = true;
                    _listener.OnPublished(this, r.Id, true, 0);
                }
            }
        }

        public void FireSubAck(int id, bool granted)
        {
            _listener.OnSubscribed(this, id, granted, granted ? 1 : 0x80);
        }

        public void FireMessage(string topic, byte[] payload)
        {
            _listener.OnMessage(this, topic, payload);
        }
    }
}
