namespace NodeMqtt.Tests.Meter.Dlms
{
    /// <summary>
    /// Push APDUs built by hand from the published list layouts of each family (values invented, shapes
    /// as the operators' HAN descriptions give them), shared by the tests, MeterSim's self-check and the
    /// benchmark. Hex with spaces between the A-XDR elements.
    /// </summary>
    public static class DlmsGolden
    {
        /// <summary>Norway/Sweden, Aidon: array of {OBIS, value, {scaler, unit}} structures, no header time,
        /// clock 2026-11-30 14:30:00 with deviation -60 (13:30:00 UTC).</summary>
        public const string Aidon =
            "0F 40000000 00 " +
            "01 08 " +
            "02 02 09 06 0101000281FF 0A 0B 4149444F4E5F5630303031 " +
            "02 02 09 06 0000600100FF 0A 10 37333539393932383930393431373432 " +
            "02 02 09 06 0000600107FF 0A 04 36353334 " +
            "02 03 09 06 0100010700FF 06 000007D0 02 02 0F 00 16 1B " +
            "02 03 09 06 01001F0700FF 10 005A 02 02 0F FF 16 21 " +
            "02 03 09 06 0100200700FF 12 091A 02 02 0F FF 16 23 " +
            "02 03 09 06 0100010800FF 06 00BC614E 02 02 0F 01 16 1E " +
            "02 02 09 06 0000010000FF 09 0C 07EA0B1E010E1E0000FFC400";

        /// <summary>Norway/Denmark, Kamstrup: header date-time (14:30:10 local, deviation unspecified, winter),
        /// list version, then OBIS/value pairs with the implicit scalers (0.01 A, 1 V, 10 Wh).</summary>
        public const string Kamstrup =
            "0F 00000000 0C 07EA0B1E010E1E0AFF800000 " +
            "02 0F " +
            "0A 0E 4B616D73747275705F5630303031 " +
            "09 06 0101000005FF 0A 10 35373036353637323734333839373032 " +
            "09 06 0101600101FF 0A 12 363834313132314241323433313031303430 " +
            "09 06 0101010700FF 06 000006A7 " +
            "09 06 0101020700FF 06 00000000 " +
            "09 06 01011F0700FF 06 0000026C " +
            "09 06 0101200700FF 12 00E6 " +
            "09 06 0101010800FF 06 0012D687";

        /// <summary>Norway, Kaifa KFM_001 list 2, three phases: positional, no OBIS codes (mA, 0.1 V, W, var).</summary>
        public const string KaifaList2 =
            "0F 40000000 09 0C 07EA0B1E010E1E14FF800000 " +
            "02 0D " +
            "09 07 4B464D5F303031 " +
            "09 10 36393730363331343031323334353637 " +
            "09 08 4D41333034483345 " +
            "06 00000528 06 00000000 06 00000000 06 000001A4 " +
            "06 00001B58 06 00000BB8 06 000003E8 " +
            "06 0000091A 06 00000910 06 00000924";

        /// <summary>Sweden/Norway, Kaifa's newer KFM_001 lists: OBIS/value pairs (list version first, under
        /// 1-0:0.2.129) but still without scaler-unit, so Kaifa's implicit scalers apply (mA, 0.1 V, Wh).</summary>
        public const string KaifaObisPairs =
            "0F 40000000 00 " +
            "02 0C " +
            "09 06 0100000281FF 09 07 4B464D5F303031 " +
            "09 06 0100010700FF 06 00000400 " +
            "09 06 01001F0700FF 06 00000BB8 " +
            "09 06 0100200700FF 06 0000091F " +
            "09 06 0000010000FF 09 0C 07EA071E040E1E00FF800000 " +
            "09 06 0100010800FF 06 00BC614E";

        /// <summary>Norway, Kaifa list 1: active power import only.</summary>
        public const string KaifaList1 = "0F 40000000 09 0C 07EA0B1E010E1E14FF800000 02 01 06 00000528";

        /// <summary>Austria (Kaifa MA309 / Sagemcom on M-Bus), the plaintext inside the ciphering: one flat
        /// structure opening with the clock, then OBIS, value, {scaler, unit} runs; ends with an object
        /// the table does not know (1-0:99.99.99, Wh).</summary>
        public const string Austria =
            "0F 00000001 00 " +
            "02 15 " +
            "09 0C 07EA0B1E010E1E00FF800000 " +
            "09 06 00002A0000FF 09 10 4B464D31323030323030313233343536 " +
            "09 06 0100200700FF 12 091A 02 02 0F FF 16 23 " +
            "09 06 01001F0700FF 12 01F4 02 02 0F FE 16 21 " +
            "09 06 0100010700FF 06 000004B0 02 02 0F 00 16 1B " +
            "09 06 0100010800FF 06 0001E240 02 02 0F 00 16 1E " +
            "09 06 01000D0700FF 12 0384 02 02 0F FD 16 FF " +
            "09 06 0100636363FF 06 0000002A 02 02 0F 00 16 1E";

        /// <summary>Luxembourg Smarty: the DSMR 5 text inside the ciphering (short, with its CRC).</summary>
        public const string SmartyText =
            "/Lux5\\253833635_D\r\n\r\n" +
            "0-0:1.0.0(261130143000W)\r\n" +
            "1-0:1.8.0(001234.567*kWh)\r\n" +
            "1-0:1.7.0(01.193*kW)\r\n" +
            "!";

        /// <summary>The key the encrypted goldens use (invented).</summary>
        public const string Key = "36C66639E48A8CA4D6BC8B282A793BBB";
        /// <summary>The authentication key of the 0x30 goldens (invented).</summary>
        public const string AuthKey = "D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF";
        /// <summary>Smarty's published default authentication key (Creos P1 specification).</summary>
        public const string SmartyAuthKey = "00112233445566778899AABBCCDDEEFF";
        /// <summary>A system title (manufacturer "KFM" + serial).</summary>
        public const string SystemTitle = "4B464D1020000001";
    }
}
