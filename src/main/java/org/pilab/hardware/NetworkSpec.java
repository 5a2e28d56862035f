package org.pilab.hardware;

/**
 * Measured throughputs in Mb/s.
 *
 * @param ethernetMbps null for boards without an Ethernet port (Zero 2 W)
 * @param wifi the radio, e.g. "dual-band 802.11ac"
 */
public record NetworkSpec(Double ethernetMbps, double wifiMbps, String wifi) {

    public boolean hasEthernet() {
        return ethernetMbps != null;
    }
}
