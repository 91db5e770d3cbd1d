// nanoFramework.System.IO.Ports 1.1.139 — assembly System.IO.Ports; checked against nanoframework/System.IO.Ports@v1.1.139
// Declarations only (tools/NanoSurface/README.md): System.IO.Ports/SerialPort.cs, Handshake.cs, Parity.cs,
// StopBits.cs. (No .cs file changed between v1.1.86 and v1.1.139: same public API, rebuilt on CoreLibrary 1.17.11.)
namespace System.IO.Ports
{
    public sealed class SerialPort : IDisposable
    {
        public SerialPort(string portName, int baudRate = 9600, Parity parity = Parity.None, int dataBits = 8, StopBits stopBits = StopBits.One) { throw null; }
        public Handshake Handshake { get { throw null; } set { throw null; } }
        public int ReadTimeout { get { throw null; } set { throw null; } }
        public int ReadBufferSize { get { throw null; } set { throw null; } }
        public bool InvertSignalLevels { get { throw null; } set { throw null; } }
        public int BytesToRead { get { throw null; } }
        public void Open() { throw null; }
        public int Read(byte[] buffer, int offset, int count) { throw null; }
        public void Dispose() { throw null; }
    }

    public enum Handshake
    {
        None = 0,
    }

    public enum Parity
    {
        None = 0,
        Even = 2,
    }

    public enum StopBits
    {
        One = 1,
    }
}
