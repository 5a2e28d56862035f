/** The everyday tools (ls, cat, cp, grep, sed, sudo, ...) with GNU's messages. */
package org.pilab.node.coreutils;
