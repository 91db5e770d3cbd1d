using NodeMqtt.Crypto;

namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// Builds what a push meter sends, for the simulator, the benchmark and tests: HDLC frames (with LLC
    /// header, HCS, FCS and segmentation), M-Bus long frames (DLMS transport CI 0x00-0x1F), and
    /// general-glo-ciphering around an APDU. Allocates its results: not for the device's hot path.
    /// </summary>
    public static class DlmsFrameWriter
    {
        /// <summary>HDLC frames carrying <paramref name="apdu"/> (LLC E6 E7 00 prepended), each information
        /// field at most <paramref name="maxInfo"/> bytes, concatenated, each with its own opening and closing flag.</summary>
        public static byte[] Hdlc(byte[] apdu, int maxInfo)
        {
            int total = apdu.Length + 3;
            int frames = (total + maxInfo - 1) / maxInfo;
            byte[] info = new byte[total];
            info[0] = 0xE6; info[1] = 0xE7; info[2] = 0x00;
            for (int i = 0; i < apdu.Length; i++) info[3 + i] = apdu[i];
            byte[] output = new byte[total + frames * 12];
            int o = 0;
            for (int f = 0, at = 0; f < frames; f++)
            {
                int n = total - at < maxInfo ? total - at : maxInfo;
                bool more = at + n < total;
                int length = 2 + 1 + 1 + 1 + 2 + n + 2; // format, dest, src, control, HCS, info, FCS
                output[o++] = 0x7E;
                int start = o;
                output[o++] = (byte)(0xA0 | (more ? 0x08 : 0) | ((length >> 8) & 0x07));
                output[o++] = (byte)length;
                output[o++] = 0x41; // destination: client address 0x20, 1 byte
                output[o++] = 0x03; // source: server address 1, 1 byte
                output[o++] = 0x13; // control: UI frame, final bit
                ushort hcs = Crc16X25.Compute(output, start, o - start);
                output[o++] = (byte)hcs; output[o++] = (byte)(hcs >> 8);
                for (int i = 0; i < n; i++) output[o++] = info[at + i];
                ushort fcs = Crc16X25.Compute(output, start, o - start);
                output[o++] = (byte)fcs; output[o++] = (byte)(fcs >> 8);
                output[o++] = 0x7E;
                at += n;
            }

            return Trim(output, o);
        }

        /// <summary>M-Bus long frames carrying <paramref name="apdu"/> in segments of at most
        /// <paramref name="maxPayload"/> bytes (≤ 250), CI = segment number | 0x10 on the last.</summary>
        public static byte[] Mbus(byte[] apdu, int maxPayload)
        {
            int frames = (apdu.Length + maxPayload - 1) / maxPayload;
            byte[] output = new byte[apdu.Length + frames * 11];
            int o = 0;
            for (int f = 0, at = 0; f < frames; f++)
            {
                int n = apdu.Length - at < maxPayload ? apdu.Length - at : maxPayload;
                bool last = at + n >= apdu.Length;
                int length = 5 + n;
                output[o++] = 0x68; output[o++] = (byte)length; output[o++] = (byte)length; output[o++] = 0x68;
                int start = o;
                output[o++] = 0x53; // C: SND_UD
                output[o++] = 0xFF; // A: broadcast
                output[o++] = (byte)((f & 0x0F) | (last ? 0x10 : 0));
                output[o++] = 0x01; output[o++] = 0x67; // STSAP, DTSAP as the Austrian meters send them
                for (int i = 0; i < n; i++) output[o++] = apdu[at + i];
                int sum = 0;
                for (int i = start; i < o; i++) sum += output[i];
                output[o++] = (byte)sum;
                output[o++] = 0x16;
                at += n;
            }

            return Trim(output, o);
        }

        /// <summary>general-glo-ciphering of <paramref name="plain"/>: security control 0x30 (with a 12-byte
        /// tag over 0x30 ‖ <paramref name="authKey"/>) or 0x20 (encryption only, no tag).</summary>
        public static byte[] Cipher(byte[] key, byte[] authKey, byte[] systemTitle, uint frameCounter, byte security, byte[] plain)
        {
            bool tag = (security & 0x10) != 0;
            int n = 5 + plain.Length + (tag ? DlmsDecoder.TagBytes : 0);
            int lengthBytes = n < 0x80 ? 1 : n < 0x100 ? 2 : 3;
            byte[] output = new byte[1 + 1 + 8 + lengthBytes + n];
            int o = 0;
            output[o++] = 0xDB;
            output[o++] = 8;
            for (int i = 0; i < 8; i++) output[o++] = systemTitle[i];
            if (lengthBytes == 2) output[o++] = 0x81;
            if (lengthBytes == 3) { output[o++] = 0x82; output[o++] = (byte)(n >> 8); }
            output[o++] = (byte)n;
            output[o++] = security;
            byte[] iv = new byte[12];
            for (int i = 0; i < 8; i++) iv[i] = systemTitle[i];
            iv[8] = (byte)(frameCounter >> 24); iv[9] = (byte)(frameCounter >> 16); iv[10] = (byte)(frameCounter >> 8); iv[11] = (byte)frameCounter;
            for (int i = 0; i < 4; i++) output[o++] = iv[8 + i];
            byte[] aad = new byte[17];
            aad[0] = security;
            if (tag) for (int i = 0; i < 16; i++) aad[1 + i] = authKey[i];
            var gcm = new AesGcm128();
            gcm.SetKey(key, 0);
            gcm.Encrypt(iv, 0, aad, 0, tag ? 17 : 0, plain, 0, plain.Length, output, o, output, o + plain.Length, tag ? DlmsDecoder.TagBytes : 0);
            return output;
        }

        private static byte[] Trim(byte[] data, int length)
        {
            byte[] result = new byte[length];
            for (int i = 0; i < length; i++) result[i] = data[i];
            return result;
        }
    }
}
