package org.pilab.node.fs;

/** Conversions between numeric modes and chmod/ls notations. */
public final class FileModes {

    private FileModes() {
    }

    /** {@code 0644} -> {@code rw-r--r--} (with s/t for the special bits). */
    public static String toRwx(int mode) {
        char[] c = "rwxrwxrwx".toCharArray();
        for (int i = 0; i < 9; i++) {
            if ((mode & (1 << (8 - i))) == 0) {
                c[i] = '-';
            }
        }
        if ((mode & 04000) != 0) {
            c[2] = c[2] == 'x' ? 's' : 'S';
        }
        if ((mode & 02000) != 0) {
            c[5] = c[5] == 'x' ? 's' : 'S';
        }
        if ((mode & 01000) != 0) {
            c[8] = c[8] == 'x' ? 't' : 'T';
        }
        return new String(c);
    }

    /**
     * Applies a chmod mode argument (octal like {@code 400} or symbolic like {@code u+x,go-w})
     * to {@code current}.
     *
     * @throws IllegalArgumentException with chmod's own wording when the mode is invalid
     */
    public static int apply(String spec, int current, boolean isDirectory) {
        if (spec.matches("[0-7]{1,4}")) {
            return Integer.parseInt(spec, 8);
        }
        int mode = current;
        for (String clause : spec.split(",")) {
            mode = applyClause(spec, clause, mode, isDirectory);
        }
        return mode;
    }

    private static int applyClause(String spec, String clause, int mode, boolean isDirectory) {
        int i = 0;
        int who = 0;
        while (i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0) {
            who |= switch (clause.charAt(i)) {
                case 'u' -> 04700;
                case 'g' -> 02070;
                case 'o' -> 01007;
                default -> 07777;
            };
            i++;
        }
        if (who == 0) {
            who = 07777 & ~0022; // no "who": like umask 022
        }
        if (i >= clause.length() || "+-=".indexOf(clause.charAt(i)) < 0) {
            throw new IllegalArgumentException("invalid mode: '" + spec + "'");
        }
        char op = clause.charAt(i++);
        int bits = 0;
        for (; i < clause.length(); i++) {
            bits |= switch (clause.charAt(i)) {
                case 'r' -> 0444;
                case 'w' -> 0222;
                case 'x' -> 0111;
                case 'X' -> (isDirectory || (mode & 0111) != 0) ? 0111 : 0;
                case 's' -> 06000;
                case 't' -> 01000;
                default -> throw new IllegalArgumentException("invalid mode: '" + spec + "'");
            };
        }
        int masked = bits & who;
        return switch (op) {
            case '+' -> mode | masked;
            case '-' -> mode & ~masked;
            default -> (mode & ~(who & 0777)) | masked;
        };
    }
}
