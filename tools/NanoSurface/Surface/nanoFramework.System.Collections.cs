// nanoFramework.System.Collections 1.5.75 — assembly nanoFramework.System.Collections; checked against nanoframework/System.Collections@v1.5.75
// Declarations only (tools/NanoSurface/README.md): Queue (Collections/Queue.cs) for Core, Hashtable
// (Collections/Hashtable.cs) for the device tests' fakes.
namespace System.Collections
{
    public class Queue : ICollection, ICloneable
    {
        public Queue() { throw null; }
        public virtual int Count { get { throw null; } }
        public virtual bool IsSynchronized { get { throw null; } }
        public virtual object SyncRoot { get { throw null; } }
        public virtual object Clone() { throw null; }
        public virtual void CopyTo(Array array, int index) { throw null; }
        public virtual void Enqueue(object obj) { throw null; }
        public virtual object Dequeue() { throw null; }
        public virtual IEnumerator GetEnumerator() { throw null; }
    }

    public class Hashtable
    {
        public Hashtable() { throw null; }
        public object this[object key] { get { throw null; } set { throw null; } }
        public bool Contains(object key) { throw null; }
        public void Remove(object key) { throw null; }
    }
}
