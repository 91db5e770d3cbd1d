// nanoFramework.M2Mqtt 5.1.220 — assembly nanoFramework.M2Mqtt; checked against nanoframework/nanoFramework.m2mqtt@v5.1.220
// Declarations only (tools/NanoSurface/README.md): M2Mqtt/MqttClient.cs, M2Mqtt/MqttSettings.cs,
// M2Mqtt/Exceptions/*.cs, M2Mqtt/Messages/ConnectionClosedRequestEventArgs.cs, M2Mqtt/Messages/MqttMsgDisconnect.cs. The real MqttClient also implements IMqttClient and IDisposable; the base list is left
// out because declaring it would force declaring every interface member, which the device code does not use.
using System;
using System.Collections;
using System.Security.Cryptography.X509Certificates;
using nanoFramework.M2Mqtt.Messages;

namespace nanoFramework.M2Mqtt
{
    public class MqttClient
    {
        public MqttClient(string brokerHostName, int brokerPort, bool secure, X509Certificate caCert, X509Certificate clientCert, MqttSslProtocols sslProtocol) { throw null; }

        public event IMqttClient.MqttMsgPublishEventHandler MqttMsgPublishReceived { add { } remove { } }
        public event IMqttClient.MqttMsgPublishedEventHandler MqttMsgPublished { add { } remove { } }
        public event IMqttClient.MqttMsgSubscribedEventHandler MqttMsgSubscribed { add { } remove { } }
        public event IMqttClient.ConnectionClosedEventHandler ConnectionClosed { add { } remove { } }
        public event ConnectionClosedRequestEventHandler ConnectionClosedRequest { add { } remove { } }

        public delegate void ConnectionClosedRequestEventHandler(object sender, ConnectionClosedRequestEventArgs e);

        public bool IsConnected { get { throw null; } }
        public MqttProtocolVersion ProtocolVersion { get { throw null; } set { throw null; } }

        public MqttReasonCode Connect(string clientId, string username, string password, bool willRetain, MqttQoSLevel willQosLevel, bool willFlag, string willTopic, string willMessage, bool cleanSession, ushort keepAlivePeriod) { throw null; }
        public void Disconnect() { throw null; }
        public void Close() { throw null; }
        public ushort Subscribe(string[] topics, MqttQoSLevel[] qosLevels) { throw null; }
        public ushort Publish(string topic, byte[] message, string contentType, ArrayList userProperties, MqttQoSLevel qosLevel, bool retain) { throw null; }
    }

    public enum MqttProtocolVersion
    {
        Version_3_1_1 = 0x04,
        Version_5 = 0x05,
    }

    public class MqttSettings
    {
        private MqttSettings() { throw null; }
        public static MqttSettings Instance { get { throw null; } }
        public int InflightQueueSize { get { throw null; } set { throw null; } }
    }
}

namespace nanoFramework.M2Mqtt.Messages
{
    // The real class derives from EventArgs; MqttMsgDisconnect from MqttMsgBase (left out like MqttClient's base list:
    // the device code reads ResonCode only, spelled so in M2Mqtt).
    public class ConnectionClosedRequestEventArgs : EventArgs
    {
        public ConnectionClosedRequestEventArgs(MqttMsgDisconnect disconnect) { throw null; }
        public MqttMsgDisconnect Message { get { throw null; } }
    }

    public class MqttMsgDisconnect
    {
        public MqttMsgDisconnect() { throw null; }
        public MqttReasonCode ResonCode { get { throw null; } set { throw null; } }
    }
}

namespace nanoFramework.M2Mqtt.Exceptions
{
    public class MqttConnectionException : Exception
    {
        public MqttConnectionException(string message, Exception innerException) { throw null; }
    }

    public class MqttCommunicationException : Exception
    {
        public MqttCommunicationException() { throw null; }
        public MqttCommunicationException(Exception e) { throw null; }
    }
}
