#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System.Collections;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Telemetry.Fakes
{
    /// <summary>In-memory IStore that counts what happens to each blob.</summary>
    public sealed class TelemetryMemoryStore : IStore
    {
        public readonly Hashtable Blobs = new Hashtable();
        public readonly Hashtable Aside = new Hashtable();
        public int Writes;
        public int Deletes;
        public int SetAsides;
        public bool FailWrites;

        public byte[] Read(string name)
        {
            byte[] b = (byte[])Blobs[name];
            if (b == null) return null;
            byte[] copy = new byte[b.Length];
            for (int i = 0; i < b.Length; i++) copy[i] = b[i];
            return copy;
        }

        public bool Write(string name, byte[] data, int count)
        {
            Writes++;
            if (FailWrites) return false;
            byte[] copy = new byte[count];
            for (int i = 0; i < count; i++) copy[i] = data[i];
            Blobs[name] = copy;
            return true;
        }

        public void SetAside(string name)
        {
            SetAsides++;
            if (Blobs.Contains(name))
            {
                Aside[name] = Blobs[name];
                Blobs.Remove(name);
            }
        }

        public void Delete(string name)
        {
            Deletes++;
            if (Blobs.Contains(name)) Blobs.Remove(name);
        }
    }
}
