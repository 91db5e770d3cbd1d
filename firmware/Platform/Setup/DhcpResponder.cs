using System;
using System.Net;
using NodeMqtt.Ports;
using NodeMqtt.Setup;

namespace NodeMqtt.Platform
{
    /// <summary>DHCP on the setup access point (<see cref="SetupDhcp"/>); replies are broadcast, because the
    /// client has no address yet.</summary>
    internal sealed class DhcpResponder : UdpResponder
    {
        private readonly SetupDhcp _dhcp = new SetupDhcp(SetupAddress.Bytes());
        private readonly EndPoint _broadcast = new IPEndPoint(IPAddress.Broadcast, SetupDhcp.ClientPort);

        public DhcpResponder(ILog log)
            : base(SetupDhcp.ServerPort, 576, log)
        {
        }

        protected override bool Broadcasts
        {
            get { return true; }
        }

        protected override int Answer(byte[] request, int length, byte[] reply)
        {
            return _dhcp.Handle(request, length, reply, Environment.TickCount64);
        }

        protected override EndPoint ReplyTo(EndPoint sender)
        {
            return _broadcast;
        }
    }
}
