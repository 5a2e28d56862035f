package org.pilab.node.net;

import java.util.List;

/**
 * A network interface of a host: eth0 (cable in or out) or wlan0 (associated or not), and the
 * IPv4 configuration it currently has.
 */
public final class NetInterface {

    private final String name;
    private final InterfaceKind kind;
    private final String mac;
    private boolean carrier;
    private String address;
    private int prefix = 24;
    private String gateway;
    private List<String> dns = List.of();
    private AddressMethod method = AddressMethod.DHCP;
    private String ssid;
    private boolean powerSave;

    public NetInterface(String name, InterfaceKind kind, String mac) {
        this.name = name;
        this.kind = kind;
        this.mac = mac;
        // Raspberry Pi OS leaves Wi-Fi power saving on: pings then take 100-1000 ms now and then
        this.powerSave = kind == InterfaceKind.WIFI;
    }

    /** Wi-Fi power saving ({@code iw wlan0 set power_save off} turns it off). */
    public boolean powerSave() {
        return powerSave;
    }

    public void powerSave(boolean on) {
        this.powerSave = on && kind == InterfaceKind.WIFI;
    }

    public String name() {
        return name;
    }

    public InterfaceKind kind() {
        return kind;
    }

    public String mac() {
        return mac;
    }

    /** Link present: the cable is plugged in, or Wi-Fi is associated. */
    public boolean carrier() {
        return carrier;
    }

    public void carrier(boolean on) {
        this.carrier = on;
        if (!on) {
            address = null;
        }
    }

    /** The IPv4 address, or null when the interface has none. */
    public String address() {
        return address;
    }

    public int prefix() {
        return prefix;
    }

    public String gateway() {
        return gateway;
    }

    public List<String> dns() {
        return dns;
    }

    public AddressMethod method() {
        return method;
    }

    public String ssid() {
        return ssid;
    }

    public void ssid(String newSsid) {
        this.ssid = newSsid;
    }

    public void configure(String newAddress, int newPrefix, String newGateway, List<String> newDns, AddressMethod how) {
        this.address = newAddress;
        this.prefix = newPrefix;
        this.gateway = newGateway;
        this.dns = List.copyOf(newDns);
        this.method = how;
    }

    public void clearAddress() {
        this.address = null;
    }

    public boolean hasAddress() {
        return carrier && address != null;
    }
}
