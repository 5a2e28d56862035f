package org.pilab.node;

/** A machine's power and boot state. */
public enum PowerState {
    /** No power. */
    OFF,
    /** Powered but nothing to boot (no card, or an unreadable one): the red LED only. */
    NO_BOOT_MEDIA,
    /** Kernel and services coming up; not yet reachable over SSH. */
    BOOTING,
    /** Running. */
    UP
}
