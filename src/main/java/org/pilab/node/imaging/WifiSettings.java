package org.pilab.node.imaging;

/** Wireless LAN settings for first boot. */
public record WifiSettings(String ssid, String password, String country) {
}
