/** Users and groups of a host (mirrored into /etc/passwd, /etc/group, /etc/shadow) and SHA-512 crypt. */
package org.pilab.node.account;
