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
    /// <summary><see cref="ILog"/> that keeps lines as "component: message" so tests can assert what was said.</summary>
    public sealed class RecordingLog : ILog
    {
        public readonly ArrayList Lines = new ArrayList();
        public bool Throw;
        /// <summary>Stop recording after this many lines (long simulations).</summary>
        public int MaxLines = 20000;

        public int Count
        {
            get { return Lines.Count; }
        }

        public void Line(string component, string message)
        {
            if (Lines.Count < MaxLines) Lines.Add(component + ": " + message);
            if (Throw) throw new InvalidOperationException("Line");
        }

        public string At(int index)
        {
            return (string)Lines[index];
        }

        public int CountContaining(string text)
        {
            int n = 0;
            for (int i = 0; i < Lines.Count; i++)
            {
                if (At(i).IndexOf(text) >= 0) n++;
            }

            return n;
        }

        public bool Contains(string text)
        {
            return IndexOf(text) >= 0;
        }

        /// <summary>Index of the first line containing <paramref name="text"/>, or -1.</summary>
        public int IndexOf(string text)
        {
            for (int i = 0; i < Lines.Count; i++)
            {
                if (At(i).IndexOf(text) >= 0) return i;
            }

            return -1;
        }
    }
}
