namespace NodeMqtt.MeterSim.Model;

/// <summary>The telegram dialect the simulated meter speaks.</summary>
public enum DsmrVersion
{
    /// <summary>DSMR 2.2 (and 3.0 era): 9600 7E1, bare '!' without CRC, gas value on the line after 0-1:24.3.0.</summary>
    Dsmr22,

    /// <summary>DSMR 4.2: 115200 8N1, CRC, hourly gas, a telegram every 10 s.</summary>
    Dsmr42,

    /// <summary>DSMR 5.0: 115200 8N1, CRC, 5-minute gas, voltages, a telegram every second.</summary>
    Dsmr50,

    /// <summary>Belgian e-MUCS (Fluvius, DSMR 5 based): average and maximum demand, 0-1:24.2.3 gas, every second.</summary>
    EMucs,
}
