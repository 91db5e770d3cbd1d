using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NodeMqtt.Conformance
{
    /// <summary>The figures of one run (issue 9): agreement on accepted telegrams and what was rejected.</summary>
    public sealed class Summary
    {
        public int Telegrams, Accepted, Rejected, WrongCrc, WrongCrcRejected, RefInvalid, RefInvalidRejected;
        public int Agree, Disagree, Missing, Unmapped, NotEvaluated;

        public double AgreePercent { get { int n = Agree + Disagree + Missing; return n == 0 ? 100 : 100.0 * Agree / n; } }

        public static Summary Of(List<Result> results)
        {
            var s = new Summary { Telegrams = results.Count };
            foreach (var r in results)
            {
                if (r.Run.Accepted) s.Accepted++;
                else s.Rejected++;
                s.WrongCrc += r.WrongCrcTelegrams;
                s.WrongCrcRejected += System.Math.Min(r.WrongCrcTelegrams, r.Run.CrcRejections);

                if (r.RefCrcValid == false)
                {
                    s.RefInvalid++;
                    if (!r.Run.Accepted) s.RefInvalidRejected++;
                }

                if (!r.Run.Accepted)
                {
                    s.NotEvaluated += r.Checks.Count;
                    continue;
                }

                s.Agree += r.Count(Check.Agree);
                s.Disagree += r.Count(Check.Disagree);
                s.Missing += r.Count(Check.Missing);
                s.Unmapped += r.Count(Check.Unmapped);
            }

            return s;
        }

        public void Print(string protocol, bool fixCrc)
        {
            Console.WriteLine();
            Console.WriteLine($"protocol {protocol}{(fixCrc ? ", wrong CRCs recomputed (--fix-crc)" : "")}: {Telegrams} telegrams, {Accepted} accepted, {Rejected} rejected");
            if (fixCrc) Console.WriteLine($"wrong-CRC telegrams (CRC recomputed here): {WrongCrc}, their trailers replaced by the right CRC before the run");
            else Console.WriteLine($"wrong-CRC telegrams (CRC recomputed here): {WrongCrc}, rejected for their CRC {WrongCrcRejected}; suite says CRC invalid: {RefInvalid}, rejected {RefInvalidRejected}");
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "SUMMARY reference assertions on accepted telegrams: {0}/{1} agree ({2:F2} %), {3} disagree, {4} missing; {5} unmapped, {6} on rejected telegrams not evaluated",
                Agree, Agree + Disagree + Missing, AgreePercent, Disagree, Missing, Unmapped, NotEvaluated));
        }
    }
}
