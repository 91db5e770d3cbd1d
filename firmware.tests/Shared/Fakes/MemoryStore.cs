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
    public sealed class MemoryStore : IAppendStore
    {
        /// <summary>The error reported while <see cref="FailWrites"/> is set.</summary>
        public int FailWith = StoreError.Full;
        /// <summary>Successful appends and the bytes they added.</summary>
        public int Appends;
        public long AppendedBytes;

        public int LastError { get; private set; }

        public bool Append(string name, byte[] data, int count)
        {
            if (Throw) throw new InvalidOperationException("Append");
            if (FailWrites)
            {
                LastError = FailWith;
                return false;
            }

            byte[] old = (byte[])Blobs[name];
            int had = old == null ? 0 : old.Length;
            byte[] joined = new byte[had + count];
            if (old != null) Array.Copy(old, joined, had);
            Array.Copy(data, 0, joined, had, count);
            Blobs[name] = joined;
            Appends++;
            AppendedBytes += count;
            LastError = StoreError.None;
            return true;
        }

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
            if (FailWrites)
            {
                LastError = FailWith;
                return false;
            }

            LastError = StoreError.None;
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
