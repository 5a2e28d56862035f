package org.pilab.node.coreutils;

/** POSIX basic regular expressions (grep and sed without -E) as Java patterns. */
final class BasicRegex {

    private BasicRegex() {
    }

    /** In a BRE, + ? | ( ) { } are literal unless escaped; in Java it is the other way round. */
    static String toJava(String bre) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bre.length(); i++) {
            char c = bre.charAt(i);
            if (c == '\\' && i + 1 < bre.length()) {
                char n = bre.charAt(++i);
                sb.append("+?|(){}".indexOf(n) >= 0 ? String.valueOf(n) : "\\" + n);
            } else if ("+?|(){}".indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
