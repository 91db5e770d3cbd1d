// nanoFramework.TestFramework 3.0.80 — assembly nanoFramework.TestFramework; checked against nanoframework/nanoFramework.TestFramework@d4fa55eb (v3.0.77 + 1 dependency update; newest stored, the v3.0.80 tag is not in the snapshot)
// Declarations only (tools/NanoSurface/README.md): the attributes and asserts firmware.tests/Shared uses
// (source/TestFrameworkShared/*Attribute.cs, source/TestFramework/Assert*.cs). Every AreEqual overload is
// declared so overload resolution picks what the device picks (the shared-test rule "same-typed arguments").
using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }

    public sealed partial class Assert
    {
        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(char expected, char actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(DateTime expected, DateTime actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(double expected, double actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(float expected, float actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(int expected, int actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(long expected, long actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(sbyte expected, sbyte actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(short expected, short actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(string expected, string actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(ulong expected, ulong actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreSame(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void IsFalse(bool condition, [CallerArgumentExpression("condition")] string message = "") { throw null; }
        public static void IsNotNull([NotNull] object value, [CallerArgumentExpression("value")] string message = "") { throw null; }
        public static void IsNull(object value, [CallerArgumentExpression("value")] string message = "") { throw null; }
        public static void IsTrue(bool condition, [CallerArgumentExpression("condition")] string message = "") { throw null; }
    }
}
