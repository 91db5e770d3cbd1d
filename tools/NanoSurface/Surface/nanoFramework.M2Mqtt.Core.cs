// nanoFramework.M2Mqtt 5.1.220 — assembly nanoFramework.M2Mqtt.Core; checked against nanoframework/nanoFramework.m2mqtt@v5.1.220
// Declarations only (tools/NanoSurface/README.md). The package ships two assemblies; this is the second one
// (folder nanoFramework.M2Mqtt.Core/: IMqttClient.cs, MqttSslProtocols.cs, Messages/*.cs). Enum members carry
// their real values because the device code compares them as numbers.
using System;

namespace nanoFramework.M2Mqtt
{
    public interface IMqttClient
    {
        // The event handler types of MqttClient's events are nested here in the real assembly.
        public delegate void MqttMsgPublishEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgPublishEventArgs e);

        public delegate void MqttMsgPublishedEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgPublishedEventArgs e);

        public delegate void MqttMsgSubscribedEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgSubscribedEventArgs e);

        public delegate void ConnectionClosedEventHandler(object sender, EventArgs e);
    }

    public enum MqttSslProtocols
    {
        None = 0,
        TLSv1_2 = 4,
    }
}

namespace nanoFramework.M2Mqtt.Messages
{
    public enum MqttQoSLevel
    {
        AtMostOnce = 0x00,
        AtLeastOnce = 0x01,
        ExactlyOnce = 0x02,
        GrantedFailure = 0x80,
    }

    public enum MqttReasonCode
    {
        Success = 0x00,
    }

    public class MqttMsgPublishEventArgs : EventArgs
    {
        public MqttMsgPublishEventArgs(string topic, byte[] message, bool dupFlag, MqttQoSLevel qosLevel, bool retain) { throw null; }
        public string Topic { get { throw null; } }
        public byte[] Message { get { throw null; } }
    }

    public class MqttMsgPublishedEventArgs : EventArgs
    {
        public MqttMsgPublishedEventArgs(ushort messageId) { throw null; }
        public MqttMsgPublishedEventArgs(ushort messageId, bool isPublished) { throw null; }
        public ushort MessageId { get { throw null; } set { throw null; } }
        public bool IsPublished { get { throw null; } set { throw null; } }
    }

    public class MqttMsgSubscribedEventArgs : EventArgs
    {
        public MqttMsgSubscribedEventArgs(ushort messageId, MqttQoSLevel[] grantedQosLevels) { throw null; }
        public ushort MessageId { get { throw null; } }
        public MqttQoSLevel[] GrantedQoSLevels { get { throw null; } }
    }
}
