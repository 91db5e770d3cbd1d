using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using NodeMqtt.Ports;
using NodeMqtt.VirtualBoard.Host;

namespace NodeMqtt.Tests.HostOnly.Storage;

/// <summary>The board's file store reports failures as a kind and leaves nothing behind (issue 12).</summary>
[TestClass]
public class FileStore_Failures_Tests
{
    private sealed class Log : ILog
    {
        public readonly System.Collections.Generic.List<string> Lines = new();
        public void Line(string component, string message) => Lines.Add(component + ": " + message);
    }

    [TestMethod]
    public void Read_DirectoryWhereTheBlobBelongs_IsWrongTypeNotSilence()
    {
        var dir = Directory.CreateTempSubdirectory("nodemqtt-store-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "outbox.bin"));
            var store = new FileStore(dir, new Log());
            Assert.IsNull(store.Read("outbox"));
            Assert.AreEqual(StoreError.WrongType, store.LastError);
            Assert.IsFalse(store.Write("outbox", new byte[] { 1, 2 }, 2));
            Assert.AreEqual(StoreError.WrongType, store.LastError);
            Assert.IsFalse(File.Exists(Path.Combine(dir, "outbox.bin.tmp")));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void Create_LeftoverTemporaryFiles_AreRemovedWithOneLine()
    {
        var dir = Directory.CreateTempSubdirectory("nodemqtt-store-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "outbox.bin.tmp"), new byte[32768]);
            var log = new Log();
            var store = new FileStore(dir, log);
            Assert.IsFalse(File.Exists(Path.Combine(dir, "outbox.bin.tmp")));
            Assert.AreEqual(1, log.Lines.Count);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void Create_StateDirBelowAFile_OneLineAndEveryCallFailsQuietly()
    {
        var dir = Directory.CreateTempSubdirectory("nodemqtt-store-").FullName;
        try
        {
            string file = Path.Combine(dir, "plain");
            File.WriteAllText(file, "x");
            var log = new Log();
            var store = new FileStore(Path.Combine(file, "state"), log);
            Assert.AreEqual(1, log.Lines.Count);
            StringAssert.Contains(log.Lines[0], "cannot be created (missing)");
            Assert.IsFalse(store.Append("outbox.journal", new byte[] { 1 }, 1));
            Assert.AreEqual(StoreError.Missing, store.LastError);
            Assert.IsNull(store.Read("outbox"));
            Assert.AreEqual(1, log.Lines.Count);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [TestMethod]
    public void Append_ThenRead_ReturnsBothParts()
    {
        var dir = Directory.CreateTempSubdirectory("nodemqtt-store-").FullName;
        try
        {
            var store = new FileStore(dir, new Log());
            Assert.IsTrue(store.Append("j", new byte[] { 1, 2, 9 }, 2));
            Assert.IsTrue(store.Append("j", new byte[] { 3 }, 1));
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, store.Read("j"));
            Assert.AreEqual(StoreError.None, store.LastError);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
