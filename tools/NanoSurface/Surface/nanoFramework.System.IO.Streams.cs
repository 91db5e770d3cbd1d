// nanoFramework.System.IO.Streams 1.1.96 — assembly System.IO.Streams; checked against nanoframework/System.IO.Streams@v1.1.96
// Declarations only (tools/NanoSurface/README.md): System.IO.Streams/Stream.cs, the base of FileStream
// (real base list: MarshalByRefObject, IDisposable).
namespace System.IO
{
    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        public abstract long Length { get; }
        public abstract void Flush();
        public abstract int Read(byte[] buffer, int offset, int count);
        public abstract void Write(byte[] buffer, int offset, int count);
        public void Dispose() { throw null; }
    }
}
