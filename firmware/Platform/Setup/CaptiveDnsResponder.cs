using System.Net;
using NodeMqtt.Ports;
using NodeMqtt.Setup;

namespace NodeMqtt.Platform
{
    /// <summary>DNS on the setup access point: every name is the node (<see cref="CaptiveDns"/>).</summary>
    internal sealed class CaptiveDnsResponder : UdpResponder
    {
        private readonly byte[] _address = SetupAddress.Bytes();

        public CaptiveDnsResponder(ILog log)
            : base(CaptiveDns.Port, CaptiveDns.MaxMessageBytes, log)
        {
        }

        protected override int Answer(byte[] request, int length, byte[] reply)
        {
            return CaptiveDns.Answer(request, length, _address, reply);
        }

        protected override EndPoint ReplyTo(EndPoint sender)
        {
            return sender;
        }
    }
}
