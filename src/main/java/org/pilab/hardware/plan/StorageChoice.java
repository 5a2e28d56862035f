package org.pilab.hardware.plan;

import java.util.Locale;

/** What each node boots from: a microSD card, or an SSD (USB 3 on a Pi 4, NVMe on a Pi 5). */
public enum StorageChoice {
    SD, SSD;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
