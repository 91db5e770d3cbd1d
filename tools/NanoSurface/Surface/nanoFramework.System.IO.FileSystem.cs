// nanoFramework.System.IO.FileSystem 1.1.87 — assembly System.IO.FileSystem; checked against nanoframework/System.IO.FileSystem@v1.1.87
// Declarations only (tools/NanoSurface/README.md): System.IO.FileSystem/File.cs, FileStream.cs, FileMode.cs,
// FileAccess.cs. FileStream overrides the abstract Stream members declared in nanoFramework.System.IO.Streams.cs.
namespace System.IO
{
    public static class File
    {
        public static void Delete(string path) { throw null; }
        public static bool Exists(string path) { throw null; }
        public static void Move(string sourceFileName, string destFileName) { throw null; }
    }

    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode, FileAccess access) { throw null; }
        public override long Length { get { throw null; } }
        public override void Flush() { throw null; }
        public override int Read(byte[] buffer, int offset, int count) { throw null; }
        public override void Write(byte[] buffer, int offset, int count) { throw null; }
    }

    public enum FileMode
    {
        Create = 2,
        Open = 3,
        Append = 6,
    }

    public enum FileAccess
    {
        Read = 1,
        Write = 2,
    }
}
