using System;
using System.IO;
using NodeMqtt.Ports;

namespace NodeMqtt.Platform
{
    /// <summary>
    /// <see cref="IStore"/> on the ESP32 internal flash (drive <c>I:\</c>, package nanoFramework.System.IO.FileSystem).
    /// Each blob is one file <c>I:\&lt;name&gt;</c>. Never throws.
    /// </summary>
    /// <remarks>
    /// Replace is write-new-then-swap: the new content goes to <c>&lt;name&gt;.tmp</c>, then the old file is
    /// deleted and the temporary one renamed. File.Move refuses an existing destination, so the swap has a
    /// short window with only the .tmp file present; <see cref="Read"/> takes the .tmp file in that case,
    /// which is complete because the old file is deleted only after the new one was written and closed.
    /// </remarks>
    /// <para>Append (the outbox journal) opens <c>new FileStream(string path, FileMode mode, FileAccess access)</c>
    /// with <c>FileMode.Append</c> and <c>FileAccess.Write</c> (nanoframework/System.IO.FileSystem v1.1.87, commit
    /// 2f5d90d, FileStream.cs: Append opens at the end and needs Write access; the stream is buffered, so it is
    /// flushed before it is closed). Failures map <c>IOException.ErrorCode</c>
    /// (nanoframework/CoreLibrary IOException.cs) to <see cref="StoreError"/>; the file system reports no
    /// distinct "disk full" code, so a full partition shows as "failing".</para>
    internal sealed class FlashStore : IAppendStore
    {
        private const string TempSuffix = ".tmp";
        private const string BadSuffix = ".bad";
        private const long MaxBlobBytes = 256 * 1024;

        private readonly string _root;
        private readonly ILog _log;

        /// <summary>Creates a store under <paramref name="root"/> (for example <c>I:\</c>).</summary>
        public FlashStore(string root, ILog log)
        {
            _root = root;
            _log = log;
        }

        /// <inheritdoc />
        public int LastError { get; private set; }

        /// <inheritdoc />
        public bool Append(string name, byte[] data, int count)
        {
            string path = _root + name;
            try
            {
                using (FileStream stream = new FileStream(path, FileMode.Append, FileAccess.Write))
                {
                    stream.Write(data, 0, count);
                    stream.Flush();
                }

                LastError = StoreError.None;
                return true;
            }
            catch (Exception ex)
            {
                LastError = Classify(ex);
                return false;
            }
        }

        /// <inheritdoc />
        public byte[] Read(string name)
        {
            string path = _root + name;
            try
            {
                LastError = StoreError.None;
                if (!File.Exists(path))
                {
                    path = path + TempSuffix;
                    if (!File.Exists(path))
                    {
                        return null;
                    }
                }

                using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    long length = stream.Length;
                    if (length > MaxBlobBytes)
                    {
                        _log.Line("store", "read " + name + ": " + length.ToString() + " bytes is over the limit");
                        return null;
                    }

                    byte[] data = new byte[(int)length];
                    int done = 0;
                    while (done < data.Length)
                    {
                        int n = stream.Read(data, done, data.Length - done);
                        if (n <= 0)
                        {
                            return null;
                        }

                        done += n;
                    }

                    return data;
                }
            }
            catch (Exception ex)
            {
                LastError = Classify(ex);
                return null;
            }
        }

        /// <inheritdoc />
        public bool Write(string name, byte[] data, int count)
        {
            string path = _root + name;
            string temp = path + TempSuffix;
            try
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }

                using (FileStream stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
                {
                    stream.Write(data, 0, count);
                    stream.Flush();
                }

                if (File.Exists(path))
                {
                    File.Delete(path);
                }

                File.Move(temp, path);
                LastError = StoreError.None;
                return true;
            }
            catch (Exception ex)
            {
                // No log line per failure: the outbox reports the state once per change.
                LastError = Classify(ex);
                try
                {
                    File.Delete(temp);
                }
                catch (Exception)
                {
                }

                return false;
            }
        }

        /// <inheritdoc />
        public void SetAside(string name)
        {
            string path = _root + name;
            string bad = path + BadSuffix;
            try
            {
                if (!File.Exists(path))
                {
                    return;
                }

                if (File.Exists(bad))
                {
                    File.Delete(bad);
                }

                File.Move(path, bad);
                _log.Line("store", name + " set aside as " + name + BadSuffix);
            }
            catch (Exception ex)
            {
                _log.Line("store", "set aside " + name + " failed: " + ex.Message);
                Delete(name);
            }
        }

        private static int Classify(Exception ex)
        {
            IOException io = ex as IOException;
            if (io == null)
            {
                return StoreError.Other;
            }

            IOException.IOExceptionErrorCode code = io.ErrorCode;
            if (code == IOException.IOExceptionErrorCode.UnauthorizedAccess)
            {
                return StoreError.ReadOnly;
            }

            if (code == IOException.IOExceptionErrorCode.DirectoryNotFound || code == IOException.IOExceptionErrorCode.VolumeNotFound)
            {
                return StoreError.Missing;
            }

            return StoreError.Other;
        }

        /// <inheritdoc />
        public void Delete(string name)
        {
            string path = _root + name;
            try
            {
                // File.Delete is a no-op for a missing file (System.IO.FileSystem, File.cs).
                File.Delete(path);
                File.Delete(path + TempSuffix);
            }
            catch (Exception ex)
            {
                _log.Line("store", "delete " + name + " failed: " + ex.Message);
            }
        }
    }
}
