namespace NodeMqtt.Meter.Dlms
{
    /// <summary>
    /// The DLMS object table: one row per OBIS object of the known push lists (Norwegian HAN lists of
    /// Aidon, Kaifa, Kamstrup, Landis+Gyr; the Swedish HAN list; Kamstrup Denmark; the Austrian M-Bus
    /// customer-interface list), mapped onto the DSMR path's canonical fields. Objects not in the table are
    /// published under <c>obis_a_b_c_d_e</c> keys (<see cref="DlmsUnknownFields"/>).
    /// </summary>
    public static class DlmsObisTable
    {
        /// <summary>All rows.</summary>
        public static readonly DlmsObisRow[] Rows = new DlmsObisRow[]
        {
            R(0, 1, 0, 0, DsmrFields.Timestamp, DlmsUnit.None, 0, 0),
            R(0, 96, 1, 0, DsmrFields.EquipmentId, DlmsUnit.None, 0, 0),
            R(1, 0, 0, 5, DsmrFields.EquipmentId, DlmsUnit.None, 0, 0),      // Kamstrup: meter id (GS1)
            R(0, 96, 1, 7, DlmsFields.MeterType, DlmsUnit.None, 0, 0),
            R(1, 96, 1, 1, DlmsFields.MeterType, DlmsUnit.None, 0, 0),      // Kamstrup: meter type
            R(1, 0, 2, 129, DlmsFields.ListVersion, DlmsUnit.None, 0, 0),
            R(0, 42, 0, 0, DlmsFields.DeviceName, DlmsUnit.None, 0, 0),

            R(1, 1, 7, 0, DsmrFields.PowerDelivered, DlmsUnit.Watt, 0, 0),
            R(1, 2, 7, 0, DsmrFields.PowerReturned, DlmsUnit.Watt, 0, 0),
            R(1, 3, 7, 0, DlmsFields.ReactivePowerDelivered, DlmsUnit.Var, 0, 0),
            R(1, 4, 7, 0, DlmsFields.ReactivePowerReturned, DlmsUnit.Var, 0, 0),
            R(1, 21, 7, 0, DsmrFields.PowerDeliveredL1, DlmsUnit.Watt, 0, 0),
            R(1, 41, 7, 0, DsmrFields.PowerDeliveredL2, DlmsUnit.Watt, 0, 0),
            R(1, 61, 7, 0, DsmrFields.PowerDeliveredL3, DlmsUnit.Watt, 0, 0),
            R(1, 22, 7, 0, DsmrFields.PowerReturnedL1, DlmsUnit.Watt, 0, 0),
            R(1, 42, 7, 0, DsmrFields.PowerReturnedL2, DlmsUnit.Watt, 0, 0),
            R(1, 62, 7, 0, DsmrFields.PowerReturnedL3, DlmsUnit.Watt, 0, 0),

            R(1, 31, 7, 0, DsmrFields.CurrentL1, DlmsUnit.Ampere, -2, -3),
            R(1, 51, 7, 0, DsmrFields.CurrentL2, DlmsUnit.Ampere, -2, -3),
            R(1, 71, 7, 0, DsmrFields.CurrentL3, DlmsUnit.Ampere, -2, -3),
            R(1, 32, 7, 0, DsmrFields.VoltageL1, DlmsUnit.Volt, 0, -1),
            R(1, 52, 7, 0, DsmrFields.VoltageL2, DlmsUnit.Volt, 0, -1),
            R(1, 72, 7, 0, DsmrFields.VoltageL3, DlmsUnit.Volt, 0, -1),
            R(1, 13, 7, 0, DlmsFields.PowerFactor, DlmsUnit.None, 0, 0),
            R(1, 14, 7, 0, DlmsFields.Frequency, DlmsUnit.Hertz, 0, 0),

            R(1, 1, 8, 0, DsmrFields.EnergyDelivered, DlmsUnit.WattHour, 1, 0),
            R(1, 2, 8, 0, DsmrFields.EnergyReturned, DlmsUnit.WattHour, 1, 0),
            R(1, 3, 8, 0, DlmsFields.ReactiveEnergyDelivered, DlmsUnit.VarHour, 1, 0),
            R(1, 4, 8, 0, DlmsFields.ReactiveEnergyReturned, DlmsUnit.VarHour, 1, 0),
            R(1, 1, 8, 1, DsmrFields.EnergyDeliveredTariff1, DlmsUnit.WattHour, 1, 0),
            R(1, 1, 8, 2, DsmrFields.EnergyDeliveredTariff2, DlmsUnit.WattHour, 1, 0),
            R(1, 2, 8, 1, DsmrFields.EnergyReturnedTariff1, DlmsUnit.WattHour, 1, 0),
            R(1, 2, 8, 2, DsmrFields.EnergyReturnedTariff2, DlmsUnit.WattHour, 1, 0),
        };

        /// <summary>The row for a packed code (any B, F ignored), or null.</summary>
        public static DlmsObisRow Find(long code)
        {
            long key = code & ~(0xFFL << 24);
            for (int i = 0; i < Rows.Length; i++)
            {
                if (Rows[i].Code == key) return Rows[i];
            }

            return null;
        }

        private static DlmsObisRow R(int a, int c, int d, int e, MeterField field, int unit, int kamstrup, int kaifa)
        {
            return new DlmsObisRow(DsmrObis.Pack(a, 0, c, d, e), field, unit, kamstrup, kaifa);
        }
    }
}
