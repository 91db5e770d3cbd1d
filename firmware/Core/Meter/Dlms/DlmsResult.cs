namespace NodeMqtt.Meter.Dlms
{
    /// <summary>What became of one APDU (<see cref="DlmsDecoder.Decode"/>), with a name table for logs.</summary>
    public static class DlmsResult
    {
        /// <summary>A data-notification whose values are in the reading.</summary>
        public const int Values = 0;
        /// <summary>Decrypted DSMR text (Luxembourg Smarty) for the DSMR framer.</summary>
        public const int Text = 1;
        /// <summary>Malformed APDU or A-XDR body: the frame is dropped.</summary>
        public const int Malformed = 2;
        /// <summary>GCM tag failed, or the plaintext is not an APDU (wrong key on a frame without tag).</summary>
        public const int DecryptFailed = 3;
        /// <summary>An encrypted frame arrived and no <c>meter.key</c> is configured.</summary>
        public const int NoKey = 4;
        /// <summary>An APDU this reader does not handle (not a push).</summary>
        public const int Unsupported = 5;
        /// <summary>One block of a general-block-transfer: no values until the last block.</summary>
        public const int Block = 6;

        private static readonly string[] Names = { "values", "text", "malformed", "decryption failed", "no key", "unsupported", "block" };

        /// <summary>Log name of a result.</summary>
        public static string Name(int result)
        {
            return result >= 0 && result < Names.Length ? Names[result] : "?";
        }
    }
}
