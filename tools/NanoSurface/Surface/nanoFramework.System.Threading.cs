// nanoFramework.System.Threading 1.1.52 — assembly System.Threading; checked against nanoframework/System.Threading@v1.1.52
// Declarations only (tools/NanoSurface/README.md): nanoFramework.System.Threading/Threading/CancellationToken.cs,
// CancellationTokenSource.cs. (Thread, Timer, Interlocked, Timeout are in mscorlib.)
namespace System.Threading
{
    public struct CancellationToken
    {
    }

    public class CancellationTokenSource : IDisposable
    {
        public CancellationTokenSource(int millisecondsDelay) { throw null; }
        public CancellationTokenSource(TimeSpan delay) { throw null; }
        public CancellationToken Token { get { throw null; } }
        public void Dispose() { throw null; }
    }
}
