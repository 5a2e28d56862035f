package org.pilab.node.shell;

import java.util.List;

import org.pilab.node.shell.Syntax.Branch;
import org.pilab.node.shell.Syntax.Compound;
import org.pilab.node.shell.Syntax.ForLoop;
import org.pilab.node.shell.Syntax.IfClause;
import org.pilab.node.shell.Syntax.WhileLoop;

/**
 * Runs the compound commands: {@code for}, {@code while} / {@code until} and {@code if}, with
 * bash's exit statuses (the last command run in the body; 0 when the body never ran).
 */
final class CompoundRunner {

    /**
     * A while loop is stopped after this many rounds that read no input: the lab's terminal has
     * no Ctrl-C, and a {@code while true} must not hang the learner's shell (nor fill the screen
     * for ever). {@code while read line} over a long file is not limited.
     */
    static final int MAX_WHILE_ROUNDS = 1000;

    private CompoundRunner() {
    }

    /** Runs {@code compound}; {@code input} is what its first command reads on stdin. */
    static int run(Session session, Compound compound, String input, Output out, Output err) {
        if (compound instanceof ForLoop f) {
            return forLoop(session, f, input, out, err);
        }
        if (compound instanceof WhileLoop w) {
            return whileLoop(session, w, input, out, err);
        }
        return ifClause(session, (IfClause) compound, input, out, err);
    }

    private static int forLoop(Session session, ForLoop loop, String input, Output out, Output err) {
        List<String> values;
        try {
            values = loop.words() == null ? session.positionalArguments() : new WordExpander(session).expandList(loop.words());
        } catch (ShellSyntaxException e) {
            err.println(session.shellName() + ": " + e.getMessage());
            return 1;
        }
        LoopControl loops = session.loops();
        int status = 0;
        String stdin = input;
        loops.enter();
        try {
            for (String value : values) {
                if (session.exitRequested()) {
                    break;
                }
                session.setVariable(loop.variable(), value);
                status = Interpreter.runList(session, loop.body(), stdin, out, err);
                stdin = "";
                if (loops.leaveLoop()) {
                    break;
                }
            }
        } finally {
            loops.exit();
        }
        return status;
    }

    /** {@code for NAME; do}: the script's arguments, $1 to $N. */
    private static int whileLoop(Session session, WhileLoop loop, String input, Output out, Output err) {
        LoopControl loops = session.loops();
        int status = 0;
        String stdin = input;
        int idleRounds = 0;
        loops.enter();
        try {
            while (!session.exitRequested()) {
                if (idleRounds == MAX_WHILE_ROUNDS) {
                    String keyword = loop.until() ? "until" : "while";
                    err.println(session.shellName() + ": " + keyword + ": loop stopped after " + MAX_WHILE_ROUNDS
                            + " rounds (the lab shell has no Ctrl-C)");
                    return 130;
                }
                // the loop's stdin goes to its condition round after round, less what read took
                session.takeConsumedInput();
                int condition = Interpreter.runList(session, loop.condition(), stdin, out, err);
                int consumed = Math.min(stdin.length(), session.takeConsumedInput());
                stdin = stdin.substring(consumed);
                // a round that reads a line of input moves on by itself: only the others count
                idleRounds = consumed > 0 ? idleRounds : idleRounds + 1;
                if (loops.leaveLoop() || (condition == 0) == loop.until()) {
                    break;
                }
                status = Interpreter.runList(session, loop.body(), "", out, err);
                if (loops.leaveLoop()) {
                    break;
                }
            }
        } finally {
            loops.exit();
        }
        return status;
    }

    private static int ifClause(Session session, IfClause clause, String input, Output out, Output err) {
        String stdin = input;
        for (Branch b : clause.branches()) {
            int condition = Interpreter.runList(session, b.condition(), stdin, out, err);
            stdin = "";
            if (session.loops().interrupted() || session.exitRequested()) {
                return condition;
            }
            if (condition == 0) {
                return Interpreter.runList(session, b.body(), "", out, err);
            }
        }
        return clause.elseBody() == null ? 0 : Interpreter.runList(session, clause.elseBody(), "", out, err);
    }
}
