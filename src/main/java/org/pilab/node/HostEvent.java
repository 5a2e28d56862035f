package org.pilab.node;

/**
 * Something that happened to a host that other layers react to (slurmctld marking a node
 * down when it loses power, the dashboard redrawing).
 */
public record HostEvent(Host host, Kind kind) {

    public enum Kind { BOOTED, POWERED_OFF, REBOOTING, CABLE_PLUGGED, CABLE_UNPLUGGED }
}
