/** sshd settings and behaviour, the OpenSSH client's connection steps, keys, and ssh/scp/ssh-keygen/ssh-copy-id. */
package org.pilab.node.ssh;
