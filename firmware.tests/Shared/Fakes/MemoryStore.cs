#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using System;
using System.Collections;
using NodeMqtt.Ports;

namespace NodeMqtt.Tests.Fakes
{
    /// <summary>In-memory <see cref="IStore"/> for every Core test: keeps copies of blobs, counts what happens
    /// to them, and can be told to refuse writes or to throw from every call.</summary>
    public sealed class MemoryStore : IStore
    {
        public readonly Hashtable Blobs = new Hashtable();
        public readonly Hashtable Aside = new Hashtable();
        public bool Throw;
        public bool FailWrites;
        /// <summary>Successful writes.</summary>
        public int Writes;
        public int Deletes;
        public int SetAsides;

        public byte[] Read(string name)
        {
            if (Throw) throw new InvalidOperationException("Read");
            byte[] b = (byte[])Blobs[name];
            return b == null ? null : Copy(b, b.Length);
        }

        public bool Write(string name, byte[] data, int count)
        {
            if (Throw) throw new InvalidOperationException("Write");
            if (FailWrites) return false;
            Blobs[name] = Copy(data, count);
            Writes++;
            return true;
        }

        public void SetAside(string name)
        {
            if (Throw) throw new InvalidOperationException("SetAside");
            SetAsides++;
            if (Blobs.Contains(name))
            {
                Aside[name] = Blobs[name];
                Blobs.Remove(name);
            }
        }

        public void Delete(string name)
        {
            if (Throw) throw new InvalidOperationException("Delete");
            Deletes++;
            Blobs.Remove(name);
        }

        private static byte[] Copy(byte[] data, int count)
        {
            byte[] copy = new byte[count];
            Array.Copy(data, copy, count);
            return copy;
        }
    }
}
