/**
 * The learner's session on the virtual lab, behind the {@link org.pilab.shell.ShellSession}
 * contract: ssh hops, command lines through each host's shell, nano and top as full-screen
 * requests, completion, the status line and the clock speed.
 */
package org.pilab.shell.session;
