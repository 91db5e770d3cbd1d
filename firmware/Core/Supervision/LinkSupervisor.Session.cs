using NodeMqtt.Diagnostics;
using NodeMqtt.Ports;

namespace NodeMqtt.Supervision
{
    // Session lifecycle: attempt, CONNACK, the one abort path, retry scheduling.
    public sealed partial class LinkSupervisor
    {
        // safety: an attempt while the link reports down, in case the report is wrong (issue 12's slow safety retry).
        private void BeginAttempt(long nowMs, bool safety)
        {
            if (_session != null)
            {
                // Never two sessions alive: a leftover is a bug, torn down before anything new is built.
                _stats.InvariantViolations++;
                Abort(DropReason.PortFailure, 0, 0, "internal: session still open at attempt", nowMs);
                return;
            }

            if (!safety && !SafeLinkUp())
            {
                WaitForNetwork(nowMs, "link down");
                return;
            }

            _sessionNumber++;
            _attemptsOffline++;
            _diag.Record(nowMs, EventKind.Attempt, _sessionNumber, 0, null);
            _diag.Episodes.AttemptStarted(nowMs);
            _options.ProtocolVersion = _protocol;
            IMqttSession s = SafeCreate();
            _connectStartMs = nowMs;
            if (s == null)
            {
                SetState(LinkState.Connecting, nowMs, "session " + _sessionNumber + ": factory failed");
                Abort(DropReason.ConnectFailed, (int)ConnectFailure.Other, 0, "factory failed", nowMs);
                return;
            }

            // A new client object for every attempt (ARCHITECTURE.md, "Explicit teardown").
            _session = s;
            _stats.SessionsCreated++;
            _stats.OpenSessions++;
            if (_stats.OpenSessions > _stats.MaxOpenSessions) _stats.MaxOpenSessions = _stats.OpenSessions;
            if (_stats.OpenSessions > 1) _stats.InvariantViolations++;
            SetState(LinkState.Connecting, nowMs, "session " + _sessionNumber + " to " + _options.Host + ":" + _options.Port +
                (_protocol == 5 ? ", MQTT 5" : ", MQTT 3.1.1") + (safety ? ", safety retry after the stack found no route" : ""));
            if (!SafeOpen(s) && _session == s)
            {
                Abort(DropReason.ConnectFailed, (int)ConnectFailure.Other, 0, "open threw", nowMs);
            }
        }

        private void Connected(bool sessionPresent, long nowMs)
        {
            IMqttSession s = _session;
            _connectedAtMs = nowMs;
            _notConnectedSinceMs = -1;
            _stableDone = false;
            _probeId = 0;
            _lastAckMs = long.MinValue / 4;
            _lastProbeMs = nowMs;
            _lastSkipMs = nowMs;
            long offlineMs = nowMs - _stats.OfflineSinceMs;
            int connectMs = (int)(nowMs - _connectStartMs);
            SetState(LinkState.Online, nowMs, "session " + _sessionNumber + ", connack in " + connectMs + " ms");
            _diag.Record(nowMs, EventKind.Connected, connectMs, _sessionNumber, null);
            _diag.Episodes.Connected(nowMs);
            if (_attemptsOffline > 1 || _wifiOffline > 0)
            {
                // Escalations are reported after recovery (ARCHITECTURE.md, "Escalation").
                Log("back online after " + offlineMs + " ms offline (" + _attemptsOffline + " attempts, " +
                    _wifiOffline + " Wi-Fi reconnects)");
            }

            _attemptsOffline = 0;
            _wifiOffline = 0;
            _stats.ConsecutiveFailures = 0;

            // Birth = retained "online", QoS 1; it is also the first health probe of the session.
            if (!SendProbe(nowMs) || _session != s)
            {
                return;
            }

            for (int i = 0; i < _subscriptions.Length; i++)
            {
                _subIds[i] = SafeSubscribe(s, _subscriptions[i], 1);
                _stats.SubscribeRequests++;
                if (_session != s)
                {
                    return;
                }

                if (_subIds[i] <= 0)
                {
                    if (!SafeIsConnected(s))
                    {
                        // The connection died under the SUBSCRIBE (a takeover kick, a reset): its close event,
                        // usually already queued, names the cause; StepOnline ends it after the grace otherwise.
                        if (_notConnectedSinceMs < 0) _notConnectedSinceMs = nowMs;
                        return;
                    }

                    Abort(DropReason.PortFailure, 0, 0, "subscribe to '" + _subscriptions[i] + "' refused by the client", nowMs);
                    return;
                }
            }

            NotifyOnline(nowMs, sessionPresent);
        }

        // The one abort path (STYLE.md habit 4): detach, close, drop the reference, record, schedule, hand back
        // in-flight QoS 1 messages in publish order, tell the listener. State is settled before any callback,
        // so a listener that publishes, stops or reconnects from inside a callback sees a consistent supervisor.
        private void Abort(DropReason reason, int detail, int code, string why, long nowMs)
        {
            IMqttSession s = _session;
            bool wasOnline = _state == LinkState.Online;
            long upMs = wasOnline ? nowMs - _connectedAtMs : -1;
            _session = null; // detach: every later event of s is stale
            _unansweredSinceMs = _probeId != 0 ? _probeSentMs : long.MaxValue;
            if (_inflight.Count > 0 && _inflight.OldestSentMs < _unansweredSinceMs) _unansweredSinceMs = _inflight.OldestSentMs;
            _probeId = 0;
            if (s != null)
            {
                SafeClose(s, reason == DropReason.Stopped);
                _stats.OpenSessions--;
            }

            if (reason == DropReason.ConnectFailed)
            {
                _diag.Record(nowMs, EventKind.ConnectFailed, detail, code, why);
                if (CountsForWifi((ConnectFailure)detail)) _stats.ConsecutiveFailures++;
                _diag.Episodes.AttemptFailed(nowMs, (ConnectFailure)detail, code);
                FallBackIfVersionRefused((ConnectFailure)detail, code);
            }
            else
            {
                _diag.Record(nowMs, EventKind.Dropped, (int)reason, _publishes.CountWithin(nowMs, _config.BurstWindowMs), why);
            }

            if (wasOnline)
            {
                _diag.SessionEnded(upMs);
                _stats.OfflineSinceMs = nowMs;
                if ((reason == DropReason.PeerClosed || reason == DropReason.Reset) && upMs <= _config.TakeoverKickWindowMs)
                {
                    QuickKick(upMs, nowMs);
                }

                if (reason != DropReason.Stopped && reason != DropReason.Command)
                {
                    FillLoss(reason, detail, code, upMs, nowMs);
                    _diag.Episodes.SessionLost(nowMs, _loss, reason != DropReason.NetworkDown && SafeLinkUp());
                }
            }

            ReportVerdict();

            string what = reason == DropReason.ConnectFailed
                ? "connect failed: " + ConnectFailureNames.Of((ConnectFailure)detail) + (code != 0 ? " (rc " + code + ")" : "")
                : DropReasonNames.Of(reason);
            if (why != null) what += ", " + why;
            if (wasOnline) what += ", session " + _sessionNumber + " up " + upMs + " ms";

            if (reason == DropReason.Stopped)
            {
                SetState(LinkState.Stopped, nowMs, what);
            }
            else if (reason == DropReason.NetworkDown || !SafeLinkUp() ||
                     (reason == DropReason.ConnectFailed && detail == (int)ConnectFailure.NetworkDown))
            {
                // Known down (the link says so, or the stack found no route): no attempts until the link event,
                // only the slow safety retry (issue 12: 97 attempts in 55 s on a real link loss before).
                WaitForNetwork(nowMs, what);
            }
            else
            {
                int delay = reason == DropReason.Command ? 0 : ChooseDelay(reason, detail, nowMs);
                _nextAttemptMs = nowMs + delay;
                _stats.NextAttemptAtMs = _nextAttemptMs;
                _stats.LastDelayMs = delay;
                SetState(LinkState.BackingOff, nowMs, what + ", retry in " + delay + " ms");
            }

            OutboundMessage[] back = _inflight.TakeAll();
            _diag.AddReturned(back.Length);
            for (int i = 0; i < back.Length; i++)
            {
                NotifyReturned(back[i], nowMs);
            }

            if (wasOnline)
            {
                NotifyOffline(nowMs);
            }
        }

        private int ChooseDelay(DropReason reason, int detail, long nowMs)
        {
            Episode open = _diag.Episodes.Open;
            if (open != null && open.Verdict == DropCause.Takeover && _takeover.Diagnose())
            {
                _diag.Record(nowMs, EventKind.Takeover, open.Losses, 0, null);
                Log("another client uses this client id or token: " + open.Evidence + "; backing off " +
                    _config.TakeoverBackoffMs + " ms between attempts instead of fighting");
            }

            if (_takeover.Active)
            {
                return _backoff.Takeover();
            }

            if (reason == DropReason.ConnectFailed)
            {
                switch ((ConnectFailure)detail)
                {
                    // The broker is not there (refused TCP, or the path dropped at connect): come back within
                    // about a second of it listening again (S04), for the first RefusedShortWindowMs only.
                    case ConnectFailure.TcpRefused:
                    case ConnectFailure.NetworkDown:
                        return _backoff.BrokerAbsent(nowMs);
                    // Wrong credentials do not fix themselves: long backoff, no storm (S22).
                    case ConnectFailure.NotAuthorized:
                        return _backoff.NotAuthorized();
                }
            }

            // Broker says no (refused, TLS, kicked), timeouts (S07), DNS, lost sessions: exponential with full
            // jitter. After a stable session the streak is 0 again, so an ordinary drop retries within
            // BackoffBaseMs (S11). A transient failure (a lost session, a timeout, a close before CONNACK) is capped
            // low so a path that works again never sits idle long (issue 12).
            bool transient = IsTransient(reason, detail);
            int delay = _backoff.Exponential(transient);
            if (reason != DropReason.ConnectFailed || !transient) return delay;
            // The backoff spaces the starts of attempts: a connect that failed after waiting (no CONNACK within
            // the deadline, a close before it) has spent its wait already. Without this a black hole that ended
            // during an attempt cost the rest of that attempt plus a whole new delay (soak: 13 s idle, 10 s of it
            // the dead attempt, 7.7 s the delay after it); now it costs the attempt plus the floor.
            long spent = nowMs - _connectStartMs;
            if (spent <= 0) return delay;
            return delay - spent > _config.BackoffFloorMs ? (int)(delay - spent) : _config.BackoffFloorMs;
        }

        // Failures a Wi-Fi reconnect might cure. TCP refused is left out: a reset came back, so the path works
        // and the broker is restarting (S04 must not be slowed down by a needless Wi-Fi reconnect); refusals
        // by the broker (auth, other codes, TLS) are not the radio's fault either.
        private static bool CountsForWifi(ConnectFailure kind)
        {
            return kind == ConnectFailure.Dns || kind == ConnectFailure.Timeout ||
                   kind == ConnectFailure.NetworkDown || kind == ConnectFailure.Other;
        }

        private static bool IsTransient(DropReason reason, int detail)
        {
            if (reason != DropReason.ConnectFailed) return true;
            ConnectFailure f = (ConnectFailure)detail;
            return f == ConnectFailure.TcpRefused || f == ConnectFailure.Timeout || f == ConnectFailure.NetworkDown ||
                   f == ConnectFailure.Other || f == ConnectFailure.ClosedBeforeConnack || f == ConnectFailure.Dns;
        }

        private void LinkCameUp(long nowMs)
        {
            int delay = _backoff.LinkUp();
            _nextAttemptMs = nowMs + delay;
            _stats.NextAttemptAtMs = _nextAttemptMs;
            _stats.LastDelayMs = delay;
            SetState(LinkState.BackingOff, nowMs, "link up, attempt in " + delay + " ms");
        }

        private void SetState(LinkState next, long nowMs, string why)
        {
            LinkState from = _state;
            _state = next;
            _stateSinceMs = nowMs;
            Log("state " + LinkStateNames.Of(from) + " -> " + LinkStateNames.Of(next) + (why != null ? " (" + why + ")" : ""));
        }
    }
}
