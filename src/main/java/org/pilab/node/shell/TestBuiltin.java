package org.pilab.node.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pilab.node.fs.FileStat;
import org.pilab.node.fs.FsException;
import org.pilab.node.fs.PathNames;

/**
 * The {@code test} and {@code [ ... ]} builtins: file tests (-e -f -d -s -r -w -x -L), string
 * tests (-z -n = == !=), integer comparisons (-eq -ne -lt -le -gt -ge), {@code !}, {@code -a},
 * {@code -o} and parentheses. Status 0 for true, 1 for false, 2 for a malformed expression.
 */
public final class TestBuiltin {

    private static final Set<String> UNARY = Set.of("-e", "-f", "-d", "-s", "-r", "-w", "-x", "-L", "-h", "-z", "-n");
    private static final Set<String> BINARY = Set.of("=", "==", "!=", "-eq", "-ne", "-lt", "-le", "-gt", "-ge");

    /** A malformed expression: bash prints {@code test: MESSAGE} and returns 2. */
    private static final class BadExpression extends RuntimeException {
        BadExpression(String message) {
            super(message);
        }
    }

    private final boolean bracket;
    private List<String> args;
    private int at;
    private Invocation inv;

    private TestBuiltin(boolean bracket) {
        this.bracket = bracket;
    }

    /** {@code test EXPR} (also /usr/bin/test, for sudo and env, which find programs on the PATH). */
    public static Command test() {
        return inv -> new TestBuiltin(false).evaluate(inv);
    }

    /** {@code [ EXPR ]} (also /usr/bin/[). */
    public static Command bracket() {
        return inv -> new TestBuiltin(true).evaluate(inv);
    }

    private int evaluate(Invocation invocation) {
        inv = invocation;
        args = invocation.args();
        String prefix = invocation.session().shellName() + ": " + invocation.name() + ": ";
        if (bracket) {
            if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                invocation.err().println(prefix + "missing `]'");
                return 2;
            }
            args = args.subList(0, args.size() - 1);
        }
        if (args.isEmpty()) {
            return 1;
        }
        try {
            boolean result = or();
            if (at < args.size()) {
                throw new BadExpression(args.get(at) + ": unexpected operator");
            }
            return result ? 0 : 1;
        } catch (BadExpression e) {
            invocation.err().println(prefix + e.getMessage());
            return 2;
        }
    }

    private boolean or() {
        boolean value = and();
        while (at < args.size() && args.get(at).equals("-o")) {
            at++;
            value = and() | value;
        }
        return value;
    }

    private boolean and() {
        boolean value = not();
        while (at < args.size() && args.get(at).equals("-a")) {
            at++;
            value = not() & value;
        }
        return value;
    }

    private boolean not() {
        // "[ ! = x ]" compares the string "!": a binary operator after it wins, as in bash
        if (at < args.size() && args.get(at).equals("!") && !(at + 2 < args.size() && BINARY.contains(args.get(at + 1)))) {
            at++;
            if (at >= args.size()) {
                return false; // "[ ! ]": the negation of an empty expression
            }
            return !not();
        }
        return primary();
    }

    private boolean primary() {
        if (at >= args.size()) {
            throw new BadExpression("argument expected");
        }
        String a = args.get(at);
        if (at + 2 < args.size() && BINARY.contains(args.get(at + 1))) {
            at += 3;
            return binary(a, args.get(at - 2), args.get(at - 1));
        }
        if (a.equals("(")) {
            at++;
            boolean value = or();
            if (at >= args.size() || !args.get(at).equals(")")) {
                throw new BadExpression("`)' expected");
            }
            at++;
            return value;
        }
        if (UNARY.contains(a) && at + 1 < args.size()) {
            at += 2;
            return unary(a, args.get(at - 1));
        }
        at++;
        return !a.isEmpty();
    }

    private boolean binary(String left, String op, String right) {
        return switch (op) {
            case "=", "==" -> left.equals(right);
            case "!=" -> !left.equals(right);
            default -> {
                long l = integer(left);
                long r = integer(right);
                yield switch (op) {
                    case "-eq" -> l == r;
                    case "-ne" -> l != r;
                    case "-lt" -> l < r;
                    case "-le" -> l <= r;
                    case "-gt" -> l > r;
                    default -> l >= r;
                };
            }
        };
    }

    private static long integer(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new BadExpression(s + ": integer expression expected");
        }
    }

    private boolean unary(String op, String operand) {
        if (op.equals("-z")) {
            return operand.isEmpty();
        }
        if (op.equals("-n")) {
            return !operand.isEmpty();
        }
        String path = PathNames.absolute(inv.session().cwd(), operand);
        if (operand.isEmpty()) {
            return false;
        }
        if (op.equals("-L") || op.equals("-h")) {
            try {
                return inv.fs().lstat(path, inv.creds()).type() == 'l';
            } catch (FsException e) {
                return false;
            }
        }
        Optional<FileStat> stat;
        try {
            stat = Optional.of(inv.fs().stat(path, inv.creds()));
        } catch (FsException e) {
            stat = Optional.empty(); // missing, or hidden behind a directory the user cannot search
        }
        if (stat.isEmpty()) {
            return false;
        }
        FileStat st = stat.get();
        return switch (op) {
            case "-e" -> true;
            case "-f" -> st.isFile();
            case "-d" -> st.isDirectory();
            case "-s" -> st.size() > 0 || st.isDirectory();
            case "-r" -> inv.fs().access(path, inv.creds(), 4);
            case "-w" -> inv.fs().access(path, inv.creds(), 2);
            default -> inv.fs().access(path, inv.creds(), 1);
        };
    }
}
