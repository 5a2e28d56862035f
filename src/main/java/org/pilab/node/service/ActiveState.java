package org.pilab.node.service;

import java.util.Locale;

/** systemd's ActiveState values as {@code systemctl is-active} prints them. */
public enum ActiveState {
    ACTIVE, INACTIVE, FAILED, ACTIVATING, DEACTIVATING;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
