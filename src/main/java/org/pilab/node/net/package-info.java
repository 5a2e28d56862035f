/** Interfaces, DHCP, NetworkManager/netplan configuration, name resolution, reachability and the ip/ping/nmcli/netplan/hostnamectl commands. */
package org.pilab.node.net;
