using System;
using NodeMqtt.Ports;

namespace NodeMqtt.Supervision
{
    // Protected calls. Adapters already translate exceptions into outcomes (ARCHITECTURE.md, "Ports"); this is
    // the second line of defence: an exception counts as a failure of that call and never escapes into the tick.
    public sealed partial class LinkSupervisor
    {
        private IMqttSession SafeCreate()
        {
            try { return _factory.Create(this); }
            catch (Exception) { _stats.PortExceptions++; return null; }
        }

        private bool SafeOpen(IMqttSession s)
        {
            try { s.Open(_options); return true; }
            catch (Exception) { _stats.PortExceptions++; return false; }
        }

        // Returns the message id, 0 when refused, -1 when the call threw.
        private int SafePublish(IMqttSession s, string topic, byte[] payload, int qos, bool retain)
        {
            if (s == null) return 0;
            try { return s.Publish(topic, payload, qos, retain); }
            catch (Exception) { _stats.PortExceptions++; return -1; }
        }

        private int SafeSubscribe(IMqttSession s, string topic, int qos)
        {
            try { return s.Subscribe(topic, qos); }
            catch (Exception) { _stats.PortExceptions++; return -1; }
        }

        private bool SafeIsConnected(IMqttSession s)
        {
            if (s == null) return false;
            try { return s.IsConnected; }
            catch (Exception) { _stats.PortExceptions++; return false; }
        }

        private void SafeClose(IMqttSession s, bool graceful)
        {
            try { s.Close(graceful); }
            catch (Exception) { _stats.PortExceptions++; }
        }

        private bool SafeLinkUp()
        {
            try { return _link.IsUp; }
            catch (Exception) { _stats.PortExceptions++; return false; }
        }

        private void SafeLinkReconnect()
        {
            try { _link.RequestReconnect(); }
            catch (Exception) { _stats.PortExceptions++; }
        }

        private void SafeReboot()
        {
            try { _system.Reboot(); }
            catch (Exception) { _stats.PortExceptions++; }
        }

        private byte[] SafeStoreRead(string name)
        {
            try { return _store.Read(name); }
            catch (Exception) { _stats.PortExceptions++; return null; }
        }

        private bool SafeStoreWrite(string name, byte[] data)
        {
            try { return _store.Write(name, data, data.Length); }
            catch (Exception) { _stats.PortExceptions++; return false; }
        }

        private void SafeStoreSetAside(string name)
        {
            try { _store.SetAside(name); }
            catch (Exception) { _stats.PortExceptions++; }
        }

        private void Log(string message)
        {
            try { _log.Line(Component, message); }
            catch (Exception) { _stats.PortExceptions++; }
        }

        // An exception from the supervisor's own code: counted (tests assert zero) and logged, never rethrown.
        private void Internal(Exception e)
        {
            _stats.InternalErrors++;
            Log("internal error: " + e.Message);
        }

        private void NotifyOnline(long nowMs, bool sessionPresent)
        {
            try { _listener.OnOnline(nowMs, sessionPresent); }
            catch (Exception) { _stats.ListenerExceptions++; }
        }

        private void NotifyOffline(long nowMs)
        {
            try { _listener.OnOffline(nowMs); }
            catch (Exception) { _stats.ListenerExceptions++; }
        }

        private void NotifyDelivered(OutboundMessage m, long nowMs)
        {
            try { _listener.OnDelivered(m, nowMs); }
            catch (Exception) { _stats.ListenerExceptions++; }
        }

        private void NotifyReturned(OutboundMessage m, long nowMs)
        {
            try { _listener.OnReturned(m, nowMs); }
            catch (Exception) { _stats.ListenerExceptions++; }
        }

        private void NotifyMessage(string topic, byte[] payload, long nowMs)
        {
            try { _listener.OnMessage(topic, payload, nowMs); }
            catch (Exception) { _stats.ListenerExceptions++; }
        }

        private void NotifyBeforeReboot(long nowMs)
        {
            try { _listener.OnBeforeReboot(nowMs); }
            catch (Exception) { _stats.ListenerExceptions++; }
        }
    }
}
