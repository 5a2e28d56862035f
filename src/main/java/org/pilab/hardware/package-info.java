/**
 * Raspberry Pi models and links: the hardware catalogue (cores, RAM, RealMemory as slurmd -C
 * reports it, speed factor, power, thermal curve, prices) and the switch/Wi-Fi link models.
 *
 * <p>May use: sim (for time and random streams) and jackson to read the catalogue file.</p>
 */
package org.pilab.hardware;
