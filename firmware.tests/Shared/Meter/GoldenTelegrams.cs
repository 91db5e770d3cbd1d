namespace NodeMqtt.Tests.Meter
{
    /// <summary>
    /// Golden P1 telegrams shared by the tests, the benchmark (tools/MeterBench) and the meter simulator:
    /// exact literals, CRLF line ends, CRCs computed with CRC-16/ARC over '/' through '!'. Dependency-free
    /// on purpose (strings only) so any project can link this file. Do not edit a literal without
    /// recomputing its CRC and the tests that assert its fields.
    /// </summary>
    public static class GoldenTelegrams
    {
        /// <summary>DSMR 5.0 three-phase meter (Iskra AM550 style header), gas on channel 1 and water on channel 2,
        /// a text message and a power failure log: the ~1.1 KB telegram of the benchmark. Based on the example of
        /// DSMR 5.0.2 P1 Companion Standard §6.12, with its CRC recomputed (the spec example's CRC is a placeholder). (1155 bytes)</summary>
        public const string Dsmr50ThreePhase =
            "/ISk5\\2MT382-1000\r\n" +
            "\r\n" +
            "1-3:0.2.8(50)\r\n" +
            "0-0:1.0.0(101209113020W)\r\n" +
            "0-0:96.1.1(4B384547303034303436333935353037)\r\n" +
            "1-0:1.8.1(123456.789*kWh)\r\n" +
            "1-0:1.8.2(123456.789*kWh)\r\n" +
            "1-0:2.8.1(123456.789*kWh)\r\n" +
            "1-0:2.8.2(123456.789*kWh)\r\n" +
            "0-0:96.14.0(0002)\r\n" +
            "1-0:1.7.0(01.193*kW)\r\n" +
            "1-0:2.7.0(00.000*kW)\r\n" +
            "0-0:96.7.21(00004)\r\n" +
            "0-0:96.7.9(00002)\r\n" +
            "1-0:99.97.0(2)(0-0:96.7.19)(101208152415W)(0000000240*s)(101208151004W)(0000000301*s)\r\n" +
            "1-0:32.32.0(00002)\r\n" +
            "1-0:52.32.0(00001)\r\n" +
            "1-0:72.32.0(00000)\r\n" +
            "1-0:32.36.0(00000)\r\n" +
            "1-0:52.36.0(00003)\r\n" +
            "1-0:72.36.0(00000)\r\n" +
            "0-0:96.13.0(53746F72696E67206F702031322D31322074757373656E2030393A303020656E2031323A3030207575722E204578637573657320766F6F7220686574206F6E67656D616B2E)\r\n" +
            "1-0:32.7.0(220.1*V)\r\n" +
            "1-0:52.7.0(220.2*V)\r\n" +
            "1-0:72.7.0(220.3*V)\r\n" +
            "1-0:31.7.0(001*A)\r\n" +
            "1-0:51.7.0(002*A)\r\n" +
            "1-0:71.7.0(003*A)\r\n" +
            "1-0:21.7.0(01.111*kW)\r\n" +
            "1-0:41.7.0(02.222*kW)\r\n" +
            "1-0:61.7.0(03.333*kW)\r\n" +
            "1-0:22.7.0(04.444*kW)\r\n" +
            "1-0:42.7.0(05.555*kW)\r\n" +
            "1-0:62.7.0(06.666*kW)\r\n" +
            "0-1:24.1.0(003)\r\n" +
            "0-1:96.1.0(3232323241424344313233343536373839)\r\n" +
            "0-1:24.2.1(101209112500W)(12785.123*m3)\r\n" +
            "0-2:24.1.0(007)\r\n" +
            "0-2:96.1.0(3838383841424344313233343536373839)\r\n" +
            "0-2:24.2.1(101209112500W)(00421.007*m3)\r\n" +
            "!0534\r\n";

        /// <summary>DSMR 5.0 single-phase meter (Sagemcom T210-D header), summer time, with the empty power failure
        /// log <c>1-0:99.97.0()</c> and empty text message seen in the field (ndokter/dsmr_parser#67). (592 bytes)</summary>
        public const string Dsmr50SinglePhase =
            "/Ene5\\T210-D ESMR5.0\r\n" +
            "\r\n" +
            "1-3:0.2.8(50)\r\n" +
            "0-0:1.0.0(200830142211S)\r\n" +
            "0-0:96.1.1(4530303439303037303034373537353139)\r\n" +
            "1-0:1.8.1(003456.127*kWh)\r\n" +
            "1-0:1.8.2(002987.004*kWh)\r\n" +
            "1-0:2.8.1(000000.000*kWh)\r\n" +
            "1-0:2.8.2(000000.000*kWh)\r\n" +
            "0-0:96.14.0(0001)\r\n" +
            "1-0:1.7.0(00.342*kW)\r\n" +
            "1-0:2.7.0(00.000*kW)\r\n" +
            "0-0:96.7.21(00011)\r\n" +
            "0-0:96.7.9(00000)\r\n" +
            "1-0:99.97.0()\r\n" +
            "1-0:32.32.0(00003)\r\n" +
            "1-0:32.36.0(00000)\r\n" +
            "0-0:96.13.0()\r\n" +
            "1-0:32.7.0(231.0*V)\r\n" +
            "1-0:31.7.0(001*A)\r\n" +
            "1-0:21.7.0(00.342*kW)\r\n" +
            "1-0:22.7.0(00.000*kW)\r\n" +
            "0-1:24.1.0(003)\r\n" +
            "0-1:96.1.0(4730303539303033383832343431303137)\r\n" +
            "0-1:24.2.1(200830142005S)(01234.567*m3)\r\n" +
            "!F147\r\n";

        /// <summary>DSMR 4.2 three-phase Kaifa meter (<c>/KFM5KAIFA-METER</c>), no voltages, text message code and text
        /// both empty, one power failure log entry (after DSMR 4.2.2 §6.12 and the Kaifa telegrams in ndokter/dsmr_parser). (835 bytes)</summary>
        public const string Dsmr42 =
            "/KFM5KAIFA-METER\r\n" +
            "\r\n" +
            "1-3:0.2.8(42)\r\n" +
            "0-0:1.0.0(161113205757W)\r\n" +
            "0-0:96.1.1(4530303237303030303130303333313136)\r\n" +
            "1-0:1.8.1(001581.123*kWh)\r\n" +
            "1-0:1.8.2(001435.706*kWh)\r\n" +
            "1-0:2.8.1(000000.000*kWh)\r\n" +
            "1-0:2.8.2(000000.000*kWh)\r\n" +
            "0-0:96.14.0(0002)\r\n" +
            "1-0:1.7.0(02.027*kW)\r\n" +
            "1-0:2.7.0(00.000*kW)\r\n" +
            "0-0:96.7.21(00015)\r\n" +
            "0-0:96.7.9(00007)\r\n" +
            "1-0:99.97.0(1)(0-0:96.7.19)(160315184219W)(0000000310*s)\r\n" +
            "1-0:32.32.0(00000)\r\n" +
            "1-0:52.32.0(00000)\r\n" +
            "1-0:72.32.0(00000)\r\n" +
            "1-0:32.36.0(00000)\r\n" +
            "1-0:52.36.0(00000)\r\n" +
            "1-0:72.36.0(00000)\r\n" +
            "0-0:96.13.1()\r\n" +
            "0-0:96.13.0()\r\n" +
            "1-0:31.7.0(000*A)\r\n" +
            "1-0:51.7.0(006*A)\r\n" +
            "1-0:71.7.0(002*A)\r\n" +
            "1-0:21.7.0(00.170*kW)\r\n" +
            "1-0:22.7.0(00.000*kW)\r\n" +
            "1-0:41.7.0(01.247*kW)\r\n" +
            "1-0:42.7.0(00.000*kW)\r\n" +
            "1-0:61.7.0(00.209*kW)\r\n" +
            "1-0:62.7.0(00.000*kW)\r\n" +
            "0-1:24.1.0(003)\r\n" +
            "0-1:96.1.0(4730303332353631323831353436323135)\r\n" +
            "0-1:24.2.1(161113200000W)(00981.443*m3)\r\n" +
            "!9C0A\r\n";

        /// <summary>DSMR 2.2 Iskra meter: no version line, no meter clock, bare <c>!</c> without CRC, gas as
        /// <c>0-1:24.3.0(…)(m3)</c> with the value on the next line, device type written as <c>3</c>, valve position. (453 bytes)</summary>
        public const string Dsmr22 =
            "/ISk5\\2MT382-1004\r\n" +
            "\r\n" +
            "0-0:96.1.1(4B384547303034303436333935353037)\r\n" +
            "1-0:1.8.1(00001.001*kWh)\r\n" +
            "1-0:1.8.2(00001.002*kWh)\r\n" +
            "1-0:2.8.1(00000.003*kWh)\r\n" +
            "1-0:2.8.2(00000.004*kWh)\r\n" +
            "0-0:96.14.0(0001)\r\n" +
            "1-0:1.7.0(0001.01*kW)\r\n" +
            "1-0:2.7.0(0000.00*kW)\r\n" +
            "0-0:17.0.0(0999.00*kW)\r\n" +
            "0-0:96.3.10(1)\r\n" +
            "0-0:96.13.1()\r\n" +
            "0-0:96.13.0()\r\n" +
            "0-1:24.1.0(3)\r\n" +
            "0-1:96.1.0(3232323241424344313233343536373839)\r\n" +
            "0-1:24.3.0(161107190000)(00)(60)(1)(0-1:24.2.1)(m3)\r\n" +
            "(07890.693)\r\n" +
            "0-1:24.4.0(1)\r\n" +
            "!\r\n";

        /// <summary>Belgian e-MUCS 1.7.1 (Fluvius) three-phase meter: version 0-0:96.1.4, average demand 1-0:1.4.0,
        /// maximum demand of the month 1-0:1.6.0, 13-month history 0-0:98.1.0, breaker, limiter, fuse threshold,
        /// gas on 0-1:24.2.3 with the equipment id on 0-1:96.1.1. (959 bytes)</summary>
        public const string FluviusEmucs =
            "/FLU5\\253769484_A\r\n" +
            "\r\n" +
            "0-0:96.1.4(50217)\r\n" +
            "0-0:96.1.1(3153414733313031303231363035)\r\n" +
            "0-0:1.0.0(200512135409S)\r\n" +
            "1-0:1.8.1(000000.034*kWh)\r\n" +
            "1-0:1.8.2(000015.758*kWh)\r\n" +
            "1-0:2.8.1(000000.000*kWh)\r\n" +
            "1-0:2.8.2(000000.011*kWh)\r\n" +
            "1-0:1.4.0(02.351*kW)\r\n" +
            "1-0:1.6.0(200509134558S)(02.589*kW)\r\n" +
            "0-0:98.1.0(3)(1-0:1.6.0)(1-0:1.6.0)(200501000000S)(200423192538S)(03.695*kW)(200401000000S)(200305122139S)(05.980*kW)(200301000000W)(200210035421W)(04.318*kW)\r\n" +
            "0-0:96.14.0(0001)\r\n" +
            "1-0:1.7.0(00.000*kW)\r\n" +
            "1-0:2.7.0(00.000*kW)\r\n" +
            "1-0:21.7.0(00.000*kW)\r\n" +
            "1-0:41.7.0(00.000*kW)\r\n" +
            "1-0:61.7.0(00.000*kW)\r\n" +
            "1-0:22.7.0(00.000*kW)\r\n" +
            "1-0:42.7.0(00.000*kW)\r\n" +
            "1-0:62.7.0(00.000*kW)\r\n" +
            "1-0:32.7.0(234.7*V)\r\n" +
            "1-0:52.7.0(234.7*V)\r\n" +
            "1-0:72.7.0(234.7*V)\r\n" +
            "1-0:31.7.0(000.00*A)\r\n" +
            "1-0:51.7.0(000.00*A)\r\n" +
            "1-0:71.7.0(000.00*A)\r\n" +
            "0-0:96.3.10(1)\r\n" +
            "0-0:17.0.0(999.9*kW)\r\n" +
            "1-0:31.4.0(999*A)\r\n" +
            "0-0:96.13.0()\r\n" +
            "0-1:24.1.0(003)\r\n" +
            "0-1:96.1.1(37464C4F32313139303137303532)\r\n" +
            "0-1:24.4.0(1)\r\n" +
            "0-1:24.2.3(200512134558S)(00112.384*m3)\r\n" +
            "!B02A\r\n";

        /// <summary>Every golden telegram, in the order of <see cref="Names"/>.</summary>
        public static readonly string[] All = { Dsmr50ThreePhase, Dsmr50SinglePhase, Dsmr42, Dsmr22, FluviusEmucs };

        /// <summary>Names of <see cref="All"/>, for messages.</summary>
        public static readonly string[] Names = { "Dsmr50ThreePhase", "Dsmr50SinglePhase", "Dsmr42", "Dsmr22", "FluviusEmucs" };

        /// <summary>True for the telegrams that end with a CRC (all but DSMR 2.2).</summary>
        public static readonly bool[] HasCrc = { true, true, true, false, true };
    }
}
