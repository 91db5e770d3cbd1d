namespace NodeMqtt.Meter.Dlms
{
    /// <summary>A-XDR data type tags of the DLMS <c>Data</c> CHOICE (IEC 62056-6-2 §4.1.5, Green Book "Data").</summary>
    public static class AxdrTag
    {
        /// <summary>null-data.</summary>
        public const byte Null = 0x00;
        /// <summary>array: length, then elements.</summary>
        public const byte Array = 0x01;
        /// <summary>structure: length, then elements.</summary>
        public const byte Structure = 0x02;
        /// <summary>boolean (one byte).</summary>
        public const byte Boolean = 0x03;
        /// <summary>bit-string: length in bits, then bytes.</summary>
        public const byte BitString = 0x04;
        /// <summary>double-long (int32).</summary>
        public const byte Int32 = 0x05;
        /// <summary>double-long-unsigned (uint32).</summary>
        public const byte UInt32 = 0x06;
        /// <summary>octet-string: length, then bytes (OBIS codes, date-time, ids).</summary>
        public const byte OctetString = 0x09;
        /// <summary>visible-string: length, then ASCII.</summary>
        public const byte VisibleString = 0x0A;
        /// <summary>utf8-string.</summary>
        public const byte Utf8String = 0x0C;
        /// <summary>bcd (one byte).</summary>
        public const byte Bcd = 0x0D;
        /// <summary>integer (int8).</summary>
        public const byte Int8 = 0x0F;
        /// <summary>long (int16).</summary>
        public const byte Int16 = 0x10;
        /// <summary>unsigned (uint8).</summary>
        public const byte UInt8 = 0x11;
        /// <summary>long-unsigned (uint16).</summary>
        public const byte UInt16 = 0x12;
        /// <summary>long64 (int64).</summary>
        public const byte Int64 = 0x14;
        /// <summary>long64-unsigned (uint64).</summary>
        public const byte UInt64 = 0x15;
        /// <summary>enum (one byte; the unit of a scaler-unit pair).</summary>
        public const byte Enum = 0x16;
        /// <summary>float32.</summary>
        public const byte Float32 = 0x17;
        /// <summary>float64.</summary>
        public const byte Float64 = 0x18;
        /// <summary>date-time (12 bytes, no length).</summary>
        public const byte DateTime = 0x19;
        /// <summary>date (5 bytes).</summary>
        public const byte Date = 0x1A;
        /// <summary>time (4 bytes).</summary>
        public const byte Time = 0x1B;

        /// <summary>True for tags whose value is a number.</summary>
        public static bool IsNumber(byte tag)
        {
            return tag == Boolean || tag == Int32 || tag == UInt32 || tag == Bcd || tag == Int8 || tag == Int16 || tag == UInt8
                || tag == UInt16 || tag == Int64 || tag == UInt64 || tag == Enum || tag == Float32 || tag == Float64;
        }

        /// <summary>True for tags whose value is a byte string (octet, visible, utf8, date-time).</summary>
        public static bool IsBytes(byte tag)
        {
            return tag == OctetString || tag == VisibleString || tag == Utf8String || tag == DateTime || tag == Date || tag == Time || tag == BitString;
        }
    }
}
