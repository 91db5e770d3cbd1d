using NodeMqtt.Commands;
using NodeMqtt.Telemetry;

namespace NodeMqtt
{
    /// <summary>The node's side of commands: what the command channel may ask of it, and the reconnect and
    /// reboot it asked for, held until their answers are out (issue 12).</summary>
    public sealed partial class Node : ICommandTarget
    {
        private const int RebootReplyGraceMs = 5000;

        private bool _reconnectPending;
        private long _reconnectRequestedMs;
        private long _rateLoggedMs = -60000;
        private bool _rebootPending;
        private long _rebootRequestedMs;

        /// <inheritdoc />
        public void OnMessage(string topic, byte[] payload, long nowMs)
        {
            long limited = _commands.RateLimited;
            int action = _commands.OnMessage(topic, payload, nowMs);
            if (_commands.RateLimited != limited)
            {
                // At most one line a minute during a flood, not one per command: diag has the count.
                if (nowMs - _rateLoggedMs >= 60000)
                {
                    _rateLoggedMs = nowMs;
                    _log.Line("cmd", "commands arrive faster than telemetry.commands_per_minute: dropping the excess unanswered (" + _commands.RateLimited.ToString() + " so far)");
                }
                return;
            }

            if (action == CommandAction.None) action = _telemetry.OnMessage(topic, payload, nowMs);
            if (action != CommandAction.None)
            {
                _log.Line("cmd", CommandAction.Name(action) + " on " + topic);
            }
        }

        string ICommandTarget.Status()
        {
            return StatusLine(_nowMs);
        }

        string ICommandTarget.Diag()
        {
            return DiagJson(_nowMs);
        }

        void ICommandTarget.Reconnect()
        {
            _reconnectPending = true;
            _reconnectRequestedMs = _nowMs;
        }

        void ICommandTarget.Reboot()
        {
            _rebootPending = true;
            _rebootRequestedMs = _nowMs;
        }

        // A reconnect asked by command waits until its answer is acknowledged (at most the grace): by then
        // the broker has our PUBACK of the command too, so it is not delivered again after the reconnect and
        // run twice.
        private void RunPendingReconnect(long nowMs)
        {
            if (!_reconnectPending) return;
            if (_commands.RepliesHeld > 0 && nowMs - _reconnectRequestedMs < RebootReplyGraceMs) return;
            _reconnectPending = false;
            _supervisor.RequestReconnect(nowMs);
        }

        // A reboot asked by command waits, at most the grace, for the outbox and the answers to go out.
        private void RunPendingReboot(long nowMs)
        {
            if (!_rebootPending) return;
            if ((_outbox.Count > 0 || _commands.RepliesHeld > 0) && nowMs - _rebootRequestedMs < RebootReplyGraceMs) return;
            _rebootPending = false;
            _log.Line("node", "reboot requested by command");
            _outbox.PersistNow(nowMs);
            _system.Reboot();
        }
    }
}
