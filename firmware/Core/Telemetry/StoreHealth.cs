using NodeMqtt.Ports;

namespace NodeMqtt.Telemetry
{
    /// <summary>
    /// The outbox's view of its storage: a state (<see cref="StoreError"/>), one log line whenever it
    /// changes (never one per failed write), and counters. The node keeps running from memory whatever
    /// the state; status and diag show it (issue 12: a full disk was invisible).
    /// </summary>
    public sealed class StoreHealth
    {
        private readonly ILog _log;

        internal StoreHealth(ILog log)
        {
            _log = log;
        }

        /// <summary>Current state (<see cref="StoreError"/>); <see cref="StoreError.None"/> = ok.</summary>
        public int State;
        /// <summary>Failed store operations since start.</summary>
        public long Failures;

        /// <summary>The state's word: ok, full, read-only, missing, corrupt, wrong-type, failing.</summary>
        public string StateName { get { return StoreError.Name(State); } }

        internal void Ok()
        {
            Set(StoreError.None, null);
        }

        internal void Failed(int error, string what)
        {
            Failures++;
            Set(error == StoreError.None ? StoreError.Other : error, what);
        }

        // A state the caller has already reported in its own words (one line, not two).
        internal void Note(int error)
        {
            Failures++;
            State = error;
        }

        private void Set(int state, string what)
        {
            if (state == State) return;
            int before = State;
            State = state;
            if (_log == null) return;
            if (state == StoreError.None) _log.Line("store", "storage works again (was " + StoreError.Name(before) + "); the outbox is on flash again");
            else _log.Line("store", what + " failed: storage " + StoreError.Name(state) + "; readings stay in memory and the node keeps running");
        }
    }
}
