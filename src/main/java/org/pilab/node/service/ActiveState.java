package org.pilab.node.service;

/** systemd's ActiveState values as {@code systemctl is-active} prints them. */
public enum ActiveState {
    ACTIVE, INACTIVE, FAILED, ACTIVATING, DEACTIVATING;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
