#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

using NodeMqtt.Setup;

namespace NodeMqtt.Tests.Setup.Fakes
{
    /// <summary>A setup platform with a fixed scan, counting randomness (never zero), and a counter of saves.</summary>
    public sealed class FakeSetupPlatform : ISetupPlatform
    {
        public Node RunningNode;
        public bool ApMode;
        public int Saves;
        public string[] Networks = new string[] { "home", "lab" };
        private int _counter;

        public Node Node
        {
            get { return RunningNode; }
        }

        public bool AccessPointMode
        {
            get { return ApMode; }
        }

        public long FreeMemoryBytes
        {
            get { return 12345; }
        }

        public string[] NetworkNames()
        {
            return Networks;
        }

        public void FillRandom(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(++_counter * 37 + i);
        }

        public NodeConfig NewBaseConfig()
        {
            return new NodeConfig();
        }

        public void OnSettingsSaved()
        {
            Saves++;
        }
    }
}
