using System.Collections;

namespace NodeMqtt.Ports
{
    /// <summary>
    /// Carries session events from a client's own network thread to Core's thread. Adapters raise events
    /// into this queue (it implements <see cref="IMqttSessionListener"/>); the platform's tick loop calls
    /// <see cref="Drain"/> before every <c>Tick</c>. The queue is bounded: when a flood of events arrives
    /// faster than Core drains it, the newest application messages are dropped and counted, while
    /// lifecycle events (connected, failed, closed, acks) are always kept because losing one would leave
    /// the supervisor waiting for an outcome that never comes.
    /// This is the only type in Core that takes a lock; it never starts a thread or waits.
    /// </summary>
    public sealed class SessionEventQueue : IMqttSessionListener
    {
        private const int KindConnected = 0;
        private const int KindConnectFailed = 1;
        private const int KindPublished = 2;
        private const int KindSubscribed = 3;
        private const int KindMessage = 4;
        private const int KindClosed = 5;

        private readonly object _gate = new object();
        private readonly Queue _events = new Queue();
        private readonly int _maxMessages;
        private int _queuedMessages;
        private int _droppedMessages;

        /// <summary>Creates a queue holding at most <paramref name="maxMessages"/> undelivered application messages.</summary>
        public SessionEventQueue(int maxMessages)
        {
            _maxMessages = maxMessages;
        }

        /// <summary>Application messages dropped because the queue was full.</summary>
        public int DroppedMessages
        {
            get { lock (_gate) { return _droppedMessages; } }
        }

        /// <inheritdoc />
        public void OnConnected(IMqttSession session, bool sessionPresent, ConnackInfo info)
        {
            Event e = new Event(KindConnected, session, sessionPresent ? 1 : 0, 0, null, null);
            e.Info = info;
            Enqueue(e, false);
        }

        /// <inheritdoc />
        public void OnConnectFailed(IMqttSession session, ConnectFailure kind, int reasonCode)
        {
            Enqueue(new Event(KindConnectFailed, session, (int)kind, reasonCode, null, null), false);
        }

        /// <inheritdoc />
        public void OnPublished(IMqttSession session, int messageId, bool acknowledged, int reasonCode)
        {
            Event e = new Event(KindPublished, session, messageId, acknowledged ? 1 : 0, null, null);
            e.C = reasonCode;
            Enqueue(e, false);
        }

        /// <inheritdoc />
        public void OnSubscribed(IMqttSession session, int messageId, bool granted, int reasonCode)
        {
            Event e = new Event(KindSubscribed, session, messageId, granted ? 1 : 0, null, null);
            e.C = reasonCode;
            Enqueue(e, false);
        }

        /// <inheritdoc />
        public void OnMessage(IMqttSession session, string topic, byte[] payload)
        {
            Enqueue(new Event(KindMessage, session, 0, 0, topic, payload), true);
        }

        /// <inheritdoc />
        public void OnClosed(IMqttSession session, CloseKind kind, int reasonCode)
        {
            Enqueue(new Event(KindClosed, session, (int)kind, reasonCode, null, null), false);
        }

        /// <summary>Delivers every queued event to <paramref name="target"/> in arrival order, on the caller's thread.
        /// Returns how many were delivered.</summary>
        public int Drain(IMqttSessionListener target)
        {
            int delivered = 0;
            while (true)
            {
                Event e;
                lock (_gate)
                {
                    if (_events.Count == 0)
                    {
                        return delivered;
                    }

                    e = (Event)_events.Dequeue();
                    if (e.Kind == KindMessage)
                    {
                        _queuedMessages--;
                    }
                }

                Deliver(e, target);
                delivered++;
            }
        }

        private void Enqueue(Event e, bool droppable)
        {
            lock (_gate)
            {
                if (droppable)
                {
                    if (_queuedMessages >= _maxMessages)
                    {
                        _droppedMessages++;
                        return;
                    }

                    _queuedMessages++;
                }

                _events.Enqueue(e);
            }
        }

        private static void Deliver(Event e, IMqttSessionListener target)
        {
            switch (e.Kind)
            {
                case KindConnected: target.OnConnected(e.Session, e.A == 1, e.Info != null ? e.Info : new ConnackInfo()); break;
                case KindConnectFailed: target.OnConnectFailed(e.Session, (ConnectFailure)e.A, e.B); break;
                case KindPublished: target.OnPublished(e.Session, e.A, e.B == 1, e.C); break;
                case KindSubscribed: target.OnSubscribed(e.Session, e.A, e.B == 1, e.C); break;
                case KindMessage: target.OnMessage(e.Session, e.Topic, e.Payload); break;
                default: target.OnClosed(e.Session, (CloseKind)e.A, e.B); break;
            }
        }

        private sealed class Event
        {
            public Event(int kind, IMqttSession session, int a, int b, string topic, byte[] payload)
            {
                Kind = kind;
                Session = session;
                A = a;
                B = b;
                Topic = topic;
                Payload = payload;
            }

            public readonly int Kind;
            public readonly IMqttSession Session;
            public readonly int A;
            public readonly int B;
            public readonly string Topic;
            public readonly byte[] Payload;
            public int C;
            public ConnackInfo Info;
        }
    }
}
