#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System.Text;
using NodeMqtt.Setup;

namespace NodeMqtt.Tests.Setup.Fakes
{
    /// <summary>Collects a response: status, headers as "Name: value" lines, body bytes, and the largest chunk.</summary>
    public sealed class RecordingSink : IResponseSink
    {
        public int Status;
        public string ContentType;
        public readonly StringBuilder Headers = new StringBuilder();
        public byte[] Body = new byte[65536];
        public int BodyLength;
        public int LargestChunk;
        public int Writes;
        public bool Ended;

        public void Begin(int status, string contentType)
        {
            Status = status;
            ContentType = contentType;
            Headers.Length = 0;
            BodyLength = 0;
            LargestChunk = 0;
            Writes = 0;
            Ended = false;
        }

        public void Header(string name, string value)
        {
            Headers.Append(name).Append(": ").Append(value).Append('\n');
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++) Body[BodyLength + i] = buffer[offset + i];
            BodyLength += count;
            Writes++;
            if (count > LargestChunk) LargestChunk = count;
        }

        public void End()
        {
            Ended = true;
        }

        public string Text
        {
            get { return Encoding.UTF8.GetString(Body, 0, BodyLength); }
        }

        /// <summary>The value of a response header, or null.</summary>
        public string HeaderValue(string name)
        {
            string[] lines = Headers.ToString().Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].IndexOf(name + ": ") == 0) return lines[i].Substring(name.Length + 2);
            }

            return null;
        }
    }
}
