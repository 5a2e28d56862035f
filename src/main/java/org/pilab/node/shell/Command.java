package org.pilab.node.shell;

/**
 * A program the interpreter can run. It reads {@link Invocation#stdin()}, writes to
 * {@link Invocation#out()} and {@link Invocation#err()} and returns its exit status;
 * it never prints anywhere else. Higher layers (SLURM tools, editors, lesson commands)
 * implement this and register it in the {@link CommandRegistry}.
 */
@FunctionalInterface
public interface Command {

    int run(Invocation invocation);
}
