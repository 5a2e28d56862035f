package org.pilab.node.net;

/** Wired Ethernet through the switch, or Wi-Fi through the access point. */
public enum InterfaceKind { ETHERNET, WIFI }
