package org.pilab.node.net;

/** How an interface got its address. */
public enum AddressMethod { DHCP, STATIC }
