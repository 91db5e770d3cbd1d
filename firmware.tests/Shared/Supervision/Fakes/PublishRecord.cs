#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace NodeMqtt.Tests.Supervision.Fakes
{
    /// <summary>One Publish or Subscribe call seen by a <see cref="FakeSession"/>.</summary>
    public sealed class PublishRecord
    {
        public PublishRecord(string topic, string payload, int qos, bool retain, int id)
        {
            Topic = topic;
            Payload = payload;
            Qos = qos;
            Retain = retain;
            Id = id;
        }

        public readonly string Topic;
        public readonly string Payload;
        public readonly int Qos;
        public readonly bool Retain;
        public readonly int Id;
        public bool Acked;
    }
}
