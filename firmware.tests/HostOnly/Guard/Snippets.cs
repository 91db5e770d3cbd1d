namespace NodeMqtt.Tests.HostOnly.Guard
{
    /// <summary>Wraps a member-level snippet in a compilable file with the usings Core files typically have.</summary>
    internal static class Snippets
    {
        public static string InClass(string members)
        {
            return @"using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Snippet
{
    public enum State { Idle, Busy }

    public delegate void TickHandler(int nowMs);

    public class Subject
    {
" + members + @"
    }
}
";
        }
    }
}
