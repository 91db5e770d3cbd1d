namespace NodeMqtt.Supervision
{
    /// <summary>
    /// The takeover mode of the supervisor: on while the verdict of the current outage is "another client uses
    /// this client id or token" (issue 11: only with evidence, the broker's 0x8E or on 3.1.1 repeated closes that
    /// nothing the node did explains; the verdict is <c>Verdicts</c>' job). Once on it stays on until a session stays
    /// up <c>TakeoverClearAfterMs</c> (longer than the stable period on purpose: in a loop between two boards each
    /// may hold the session for a minute, which is "stable" but not "cured").
    /// </summary>
    public sealed class TakeoverDetector
    {
        /// <summary>True while a takeover is diagnosed and not yet cleared.</summary>
        public bool Active { get; private set; }

        /// <summary>True after a diagnosis until <see cref="MarkReported"/>: the supervisor reports it once the
        /// next session is stable, so the report itself reaches the broker.</summary>
        public bool Unreported { get; private set; }

        /// <summary>Turns the mode on; returns true when it was off.</summary>
        public bool Diagnose()
        {
            if (Active) return false;
            Active = true;
            Unreported = true;
            return true;
        }

        /// <summary>Ends the takeover mode (a session stayed up long enough).</summary>
        public void Clear()
        {
            Active = false;
        }

        /// <summary>Notes that the diagnosis was reported.</summary>
        public void MarkReported()
        {
            Unreported = false;
        }
    }
}
