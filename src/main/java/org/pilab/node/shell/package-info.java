/** The bash-like interpreter: parsing, expansion, pipes and redirections, builtins, sessions and the command registry. */
package org.pilab.node.shell;
