using System;
using System.Net.Sockets;
using System.Text;
using nanoFramework.M2Mqtt.Messages;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>Pure translations between M2Mqtt's types and Core's port types, kept apart from the session's
    /// threading so each rule is easy to read and check.</summary>
    internal static class M2MqttMapping
    {
        // MQTT 3.1.1 CONNACK codes 4 (bad user name or password) and 5 (not authorized); MQTT 5 equivalents
        // 0x86 and 0x87. M2Mqtt stores the CONNACK byte as MqttReasonCode unchanged (MqttMsgConnack.Parse).
        private const int Rc311BadCredentials = 4;
        private const int Rc311NotAuthorized = 5;
        private const int Rc5BadCredentials = 0x86;
        private const int Rc5NotAuthorized = 0x87;

        /// <summary>Kind of a failed TCP/TLS connect, from the inner exception of M2Mqtt's MqttConnectionException.</summary>
        public static ConnectFailure ClassifyConnect(Exception inner, bool tls)
        {
            SocketException socket = inner as SocketException;
            if (socket == null)
            {
                // Not a socket error: with TLS the handshake (SslStream.AuthenticateAsClient) failed.
                return tls ? ConnectFailure.Tls : ConnectFailure.Other;
            }

            return ClassifySocket(socket.ErrorCode, ConnectFailure.TcpRefused);
        }

        /// <summary>Kind of a failure thrown by the MqttClient constructor, which only resolves the host name.</summary>
        public static ConnectFailure ClassifyResolve(Exception ex)
        {
            SocketException socket = ex as SocketException;
            return socket == null ? ConnectFailure.Dns : ClassifySocket(socket.ErrorCode, ConnectFailure.Dns);
        }

        /// <summary>Kind for a socket error code (System.Net.Sockets.SocketError), or <paramref name="otherwise"/>.</summary>
        public static ConnectFailure ClassifySocket(int errorCode, ConnectFailure otherwise)
        {
            switch (errorCode)
            {
                case (int)SocketError.HostNotFound:
                case (int)SocketError.TryAgain:
                case (int)SocketError.NoRecovery:
                case (int)SocketError.NoData:
                    return ConnectFailure.Dns;
                case (int)SocketError.ConnectionRefused:
                case (int)SocketError.ConnectionReset:
                    return ConnectFailure.TcpRefused;
                case (int)SocketError.TimedOut:
                case (int)SocketError.HostDown:
                case (int)SocketError.HostUnreachable:
                    return ConnectFailure.Timeout;
                case (int)SocketError.NetworkDown:
                case (int)SocketError.NetworkUnreachable:
                case (int)SocketError.SystemNotReady:
                    return ConnectFailure.NetworkDown;
                default:
                    return otherwise;
            }
        }

        /// <summary>True for CONNACK codes that mean wrong credentials or not authorized.</summary>
        public static bool IsAuthRefusal(int rc)
        {
            return rc == Rc311BadCredentials || rc == Rc311NotAuthorized || rc == Rc5BadCredentials || rc == Rc5NotAuthorized;
        }

        /// <summary>Core's QoS number as M2Mqtt's level.</summary>
        public static MqttQoSLevel ToQos(int qos)
        {
            return qos <= 0 ? MqttQoSLevel.AtMostOnce : (qos == 1 ? MqttQoSLevel.AtLeastOnce : MqttQoSLevel.ExactlyOnce);
        }

        /// <summary>Keepalive seconds clamped to the 16-bit field of CONNECT.</summary>
        public static ushort KeepAlive(int seconds)
        {
            return seconds <= 0 ? (ushort)0 : (seconds > 65535 ? (ushort)65535 : (ushort)seconds);
        }

        /// <summary>The will payload as text: M2Mqtt takes a string; Core's will ("offline") is UTF-8.</summary>
        public static string WillText(byte[] payload)
        {
            return payload == null ? "" : Encoding.UTF8.GetString(payload, 0, payload.Length);
        }
    }
}
