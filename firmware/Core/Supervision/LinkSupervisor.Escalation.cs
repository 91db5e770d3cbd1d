using NodeMqtt.Diagnostics;

namespace NodeMqtt.Supervision
{
    // The escalation ladder (ARCHITECTURE.md, "Escalation"): session retries -> Wi-Fi reconnect -> reboot, each
    // after its own budget, each counted and reported after recovery.
    //
    // Reboot cap. There is no wall clock and node time does not survive a reboot, so "at most MaxRebootsPerHour"
    // cannot be checked against times. The rule instead: the persisted record counts consecutive link reboots
    // without a stable session in between; a reboot is refused once that count reaches MaxRebootsPerHour, until a
    // session stays up StableAfterMs. A reboot needs RebootAfterMs offline first, so with the default 30 min at
    // most 2 happen in any hour anyway; the count makes the cap hold for any RebootAfterMs and stops a reboot
    // loop for good when rebooting does not help (ESPHome reboots every 15 min forever, FIELD-FACTS.md).
    // If the record cannot be written the reboot is skipped: an unpersisted count could not keep the cap.
    public sealed partial class LinkSupervisor
    {
        private int _attemptsOffline;
        private int _wifiOffline;
        private long _wifiNotBeforeMs;
        private long _rebootNotBeforeMs;
        private bool _rebootRefusedLogged;
        private long _stateSinceMs;

        private void StartEscalationClock(long nowMs)
        {
            _stats.OfflineSinceMs = nowMs;
            _wifiNotBeforeMs = nowMs;
            _rebootNotBeforeMs = nowMs;
            _attemptsOffline = 0;
            _wifiOffline = 0;
        }

        private void Escalate(long nowMs)
        {
            long offlineMs = nowMs - _stats.OfflineSinceMs;
            // Reboot first: when both are due in the same step, a Wi-Fi reconnect right before a reboot is noise.
            if (_config.RebootAfterMs > 0 && offlineMs >= _config.RebootAfterMs && nowMs >= _rebootNotBeforeMs)
            {
                _rebootNotBeforeMs = nowMs + _config.RebootAfterMs;
                if (TryReboot(offlineMs, nowMs)) return;
            }

            bool linkUp = _state != LinkState.WaitingForNetwork;
            bool failuresSpent = linkUp && _stats.ConsecutiveFailures >= _config.WifiReconnectAfterFailures;
            if (nowMs >= _wifiNotBeforeMs && (failuresSpent || offlineMs >= _config.WifiReconnectAfterMs))
            {
                int failures = _stats.ConsecutiveFailures;
                _stats.ConsecutiveFailures = 0;
                _wifiNotBeforeMs = nowMs + _config.WifiReconnectAfterMs;
                _wifiOffline++;
                _diag.Record(nowMs, EventKind.WifiReconnect, failures, 0, null);
                Log("escalation: Wi-Fi reconnect after " + failures + " failed attempts, " + offlineMs + " ms offline");
                SafeLinkReconnect();
            }
        }

        private bool TryReboot(long offlineMs, long nowMs)
        {
            if (_record.Consecutive >= _config.MaxRebootsPerHour)
            {
                if (!_rebootRefusedLogged)
                {
                    _rebootRefusedLogged = true;
                    _diag.Record(nowMs, EventKind.RebootRefused, _record.Consecutive, 0, null);
                    Log("escalation: reboot due after " + offlineMs + " ms offline, refused: " + _record.Consecutive +
                        " link reboots without a stable session already (max_reboots_per_hour " + _config.MaxRebootsPerHour + ")");
                }

                return false;
            }

            _record.Consecutive++;
            _record.Total++;
            _record.Reason = RebootRecord.ReasonLinkOffline;
            _record.OfflineSeconds = (int)(offlineMs / 1000);
            _record.Pending = true;
            byte[] data = _record.ToBytes();
            if (!SafeStoreWrite(RebootRecord.BlobName, data))
            {
                _record.Consecutive--;
                _record.Total--;
                _record.Pending = false;
                Log("escalation: reboot skipped: the reboot record could not be written, so the reboot cap could not hold");
                return false;
            }

            _diag.Record(nowMs, EventKind.Reboot, _record.Consecutive, _record.OfflineSeconds, null);
            Log("escalation: reboot after " + offlineMs + " ms offline (link reboot " + _record.Consecutive + " of at most " +
                _config.MaxRebootsPerHour + " without a stable session)");
            NotifyBeforeReboot(nowMs);
            SafeReboot();
            return true;
        }

        private void ResetRebootBudget()
        {
            _rebootRefusedLogged = false;
            if (_record.Consecutive == 0)
            {
                return; // nothing to write: spare the flash
            }

            _record.Consecutive = 0;
            _record.Pending = false;
            SafeStoreWrite(RebootRecord.BlobName, _record.ToBytes());
        }

        private void LoadRebootRecord(long nowMs)
        {
            byte[] data = SafeStoreRead(RebootRecord.BlobName);
            RebootRecord r = RebootRecord.Parse(data);
            if (data != null && r == null)
            {
                SafeStoreSetAside(RebootRecord.BlobName);
                Log("reboot record unreadable: set aside");
            }

            _record = r != null ? r : new RebootRecord();
            if (!_record.Pending)
            {
                return;
            }

            Log("previous reboot: reason=" + RebootRecord.ReasonName(_record.Reason) + ", count=" + _record.Consecutive +
                ", offline=" + _record.OfflineSeconds + " s, total=" + _record.Total);
            _diag.Record(nowMs, EventKind.PreviousReboot, _record.Consecutive, _record.OfflineSeconds,
                RebootRecord.ReasonName(_record.Reason));
            _record.Pending = false;
            SafeStoreWrite(RebootRecord.BlobName, _record.ToBytes());
        }
    }
}
