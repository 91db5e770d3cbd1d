#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using NodeMqtt.Meter;

namespace NodeMqtt.Tests.Meter
{
    /// <summary>Field assertions on a reading, by key.</summary>
    public static class MeterAsserts
    {
        /// <summary>The entry <paramref name="key"/> exists, has the number and the table unit.</summary>
        public static void Number(Reading r, string key, double expected, string unit)
        {
            int i = r.IndexOf(key);
            Assert.IsTrue(i >= 0, "missing " + key);
            Assert.IsTrue(MeterTestBytes.Near(expected, r.NumberAt(i)), key + ": expected " + expected.ToString() + " got " + r.NumberAt(i).ToString());
            Assert.AreEqual(unit, r.FieldAt(i).Unit, key + " unit");
            Assert.IsNull(r.TextAt(i), key + " text");
        }

        /// <summary>The entry <paramref name="key"/> exists with the number and its own capture time.</summary>
        public static void NumberAt(Reading r, string key, double expected, string unit, long timeUtcMs)
        {
            Number(r, key, expected, unit);
            Assert.AreEqual(timeUtcMs, r.TimeAt(r.IndexOf(key)), key + " time");
        }

        /// <summary>The entry <paramref name="key"/> exists with the text.</summary>
        public static void Text(Reading r, string key, string expected)
        {
            int i = r.IndexOf(key);
            Assert.IsTrue(i >= 0, "missing " + key);
            Assert.AreEqual(expected, r.TextAt(i), key);
        }

        /// <summary>The list entry <paramref name="key"/> exists with <paramref name="count"/> items.</summary>
        public static void List(Reading r, string key, int count)
        {
            int i = r.IndexOf(key);
            Assert.IsTrue(i >= 0, "missing " + key);
            Assert.IsTrue(r.FieldAt(i).Kind == FieldKind.List, key + " is a list");
            Assert.AreEqual(count, r.ItemCount(i), key + " items");
        }

        /// <summary>Item <paramref name="item"/> of list <paramref name="key"/> has the time and number.</summary>
        public static void Item(Reading r, string key, int item, long timeUtcMs, double number)
        {
            int i = r.IndexOf(key);
            Assert.AreEqual(timeUtcMs, r.ItemTime(i, item), key + "[" + item.ToString() + "] time");
            Assert.IsTrue(MeterTestBytes.Near(number, r.ItemNumber(i, item)), key + "[" + item.ToString() + "]: expected " + number.ToString() + " got " + r.ItemNumber(i, item).ToString());
        }

        /// <summary>No entry <paramref name="key"/>.</summary>
        public static void Absent(Reading r, string key)
        {
            Assert.AreEqual(-1, r.IndexOf(key), key + " should be absent");
        }
    }
}
