/**
 * A virtual Linux host: files with owner and mode, users, packages, services, SSH keys,
 * hostname, addresses, clock offset and logs; the effects of apt, systemctl, nmcli and editors.
 *
 * <p>May use: sim and hardware. Prints nothing: commands return text.</p>
 */
package org.pilab.node;
