/**
 * Raspberry Pi models and links: the hardware catalogue (cores, RAM, RealMemory as slurmd -C
 * reports it, speed factor, power, thermal curve, prices) read from catalogue.json, the thermal
 * model that throttles a loaded Pi, and the switch/Wi-Fi link models.
 *
 * <p>May use: sim (for time and random streams) and jackson to read the catalogue file. Time
 * is passed in as virtual milliseconds; nothing here reads the wall clock.</p>
 */
package org.pilab.hardware;
