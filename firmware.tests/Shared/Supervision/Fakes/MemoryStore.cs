#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System;
using System.Collections;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Supervision.Fakes
{
    public sealed class MemoryStore : IStore
    {
        public readonly Hashtable Blobs = new Hashtable();
        public bool Throw;
        public bool FailWrites;
        public int Writes;
        public int SetAsides;

        public byte[] Read(string name)
        {
            if (Throw) throw new InvalidOperationException("Read");
            return (byte[])Blobs[name];
        }

        public bool Write(string name, byte[] data, int count)
        {
            if (Throw) throw new InvalidOperationException("Write");
            if (FailWrites) return false;
            byte[] copy = new byte[count];
            Array.Copy(data, copy, count);
            Blobs[name] = copy;
            Writes++;
            return true;
        }

        public void SetAside(string name)
        {
            if (Throw) throw new InvalidOperationException("SetAside");
            SetAsides++;
            Blobs.Remove(name);
        }

        public void Delete(string name)
        {
            if (Throw) throw new InvalidOperationException("Delete");
            Blobs.Remove(name);
        }
    }
}
