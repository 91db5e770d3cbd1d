// nanoFramework.System.Text 1.3.42 — assembly nanoFramework.System.Text; checked against nanoframework/System.Text@v1.3.42
// Declarations only (tools/NanoSurface/README.md): the members NodeMqtt's device code uses, with the real signatures
// (Text/StringBuilder.cs, Text/Encoding.cs). Every one-argument Append overload is declared so that overload
// resolution picks what the device picks.
namespace System.Text
{
    public sealed class StringBuilder
    {
        public StringBuilder() { throw null; }
        public StringBuilder(int capacity) { throw null; }
        public StringBuilder(string value) { throw null; }
        public int Length { get { throw null; } set { throw null; } }
        public char this[int index] { get { throw null; } set { throw null; } }
        public StringBuilder Append(bool value) { throw null; }
        public StringBuilder Append(byte value) { throw null; }
        public StringBuilder Append(char value) { throw null; }
        public StringBuilder Append(double value) { throw null; }
        public StringBuilder Append(short value) { throw null; }
        public StringBuilder Append(char[] value) { throw null; }
        public StringBuilder Append(int value) { throw null; }
        public StringBuilder Append(long value) { throw null; }
        public StringBuilder Append(object value) { throw null; }
        public StringBuilder Append(string value) { throw null; }
        public StringBuilder Append(sbyte value) { throw null; }
        public StringBuilder Append(float value) { throw null; }
        public StringBuilder Append(ushort value) { throw null; }
        public StringBuilder Append(uint value) { throw null; }
        public StringBuilder Append(ulong value) { throw null; }
        public override string ToString() { throw null; }
    }

    public abstract class Encoding
    {
        public static Encoding UTF8 { get { throw null; } }
        public virtual byte[] GetBytes(string s) { throw null; }
        public virtual char[] GetChars(byte[] bytes) { throw null; }
        public virtual string GetString(byte[] bytes, int index, int count) { throw null; }
    }
}
