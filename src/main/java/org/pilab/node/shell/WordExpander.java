package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pilab.node.fs.PathNames;
import org.pilab.node.shell.Syntax.Part;
import org.pilab.node.shell.Syntax.Word;

/**
 * Expands words as bash does, in the common cases and bash's order: braces
 * ({@link BraceExpansion}), then ~, $VAR, $(cmd), field splitting of unquoted expansions, and
 * pathname globbing (* ? [..]) of unquoted text. A glob that matches nothing stays as typed
 * (bash's default).
 */
final class WordExpander {

    private final Session session;

    WordExpander(Session session) {
        this.session = session;
    }

    /**
     * A command's words. Leading assignments ({@code DIRS={a,b}}) are not brace-expanded, as in
     * bash; every other word is.
     */
    List<String> expandAll(List<Word> words) {
        List<String> out = new ArrayList<>();
        boolean assignments = true;
        for (Word w : words) {
            assignments = assignments && isAssignment(w);
            out.addAll(assignments ? expandFields(w) : expand(w));
        }
        return out;
    }

    /** The word list of {@code for NAME in WORDS}: every word is brace-expanded. */
    List<String> expandList(List<Word> words) {
        List<String> out = new ArrayList<>();
        for (Word w : words) {
            out.addAll(expand(w));
        }
        return out;
    }

    private static boolean isAssignment(Word w) {
        return !w.parts().isEmpty() && w.parts().get(0).kind() == Syntax.PartKind.LITERAL && !w.parts().get(0).quoted()
                && w.parts().get(0).text().matches("[A-Za-z_][A-Za-z0-9_]*=.*");
    }

    /** A redirection target: one word, no splitting. */
    String expandOne(Word word) {
        List<String> fields = expand(word);
        return fields.isEmpty() ? "" : String.join(" ", fields);
    }

    /** Brace expansion first, then each resulting word on its own, as bash orders them. */
    private List<String> expand(Word word) {
        List<String> fields = new ArrayList<>();
        for (Word w : BraceExpansion.expand(word)) {
            fields.addAll(expandFields(w));
        }
        return fields;
    }

    /** ~, $VAR and $(cmd), field splitting and globbing of one word. */
    private List<String> expandFields(Word word) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        StringBuilder globPattern = new StringBuilder();
        boolean hasContent = false;
        boolean globbable = false;
        for (Part p : word.parts()) {
            String value = switch (p.kind()) {
                case LITERAL -> p.text();
                case TILDE -> tilde(p.text());
                case VARIABLE -> variable(p.text());
                case SUBSTITUTION -> stripTrailingNewlines(Interpreter.capture(session, p.text()));
            };
            if (p.quoted() && p.kind() == Syntax.PartKind.VARIABLE && p.text().equals("@")) {
                // "$@": one word per argument, each kept whole (blanks included); none gives none
                List<String> args = session.positionalArguments();
                for (int i = 0; i < args.size(); i++) {
                    if (i > 0) {
                        fields.add(current.toString());
                        current.setLength(0);
                        globPattern.setLength(0);
                    }
                    current.append(args.get(i));
                    globPattern.append(Pattern.quote(args.get(i)));
                    hasContent = true;
                }
                continue;
            }
            boolean splits = !p.quoted()
                    && (p.kind() == Syntax.PartKind.VARIABLE || p.kind() == Syntax.PartKind.SUBSTITUTION);
            if (splits) {
                String[] pieces = value.split("[ \t\n]+", -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0 && (hasContent || current.length() > 0)) {
                        fields.add(current.toString());
                        current.setLength(0);
                        globPattern.setLength(0);
                        hasContent = false;
                    }
                    current.append(pieces[i]);
                    globPattern.append(Pattern.quote(pieces[i]));
                    if (!pieces[i].isEmpty()) {
                        hasContent = true;
                    }
                }
                continue;
            }
            if (p.quoted()) {
                hasContent = true;
            }
            current.append(value);
            if (!value.isEmpty()) {
                hasContent = true;
            }
            if (!p.quoted() && p.kind() == Syntax.PartKind.LITERAL && value.matches(".*[*?\\[].*")) {
                globbable = true;
                globPattern.append(value);
            } else {
                globPattern.append(value.isEmpty() ? "" : Pattern.quote(value));
            }
        }
        if (hasContent || current.length() > 0) {
            String text = current.toString();
            if (globbable) {
                List<String> matches = glob(text);
                if (!matches.isEmpty()) {
                    fields.addAll(matches);
                    return fields;
                }
            }
            fields.add(text);
        }
        return fields;
    }

    /** $VAR, ${VAR} and $(cmd) inside here-document text. */
    String expandText(String text) {
        StringBuilder sb = new StringBuilder();
        Matcher m = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}|\\$([A-Za-z_][A-Za-z0-9_]*|\\?)|\\$\\(([^)]*)\\)")
                .matcher(text);
        while (m.find()) {
            String value;
            if (m.group(3) != null) {
                value = stripTrailingNewlines(Interpreter.capture(session, m.group(3)));
            } else {
                value = variable(m.group(1) != null ? m.group(1) : m.group(2));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String tilde(String userName) {
        if (userName.isEmpty()) {
            return session.variable("HOME").orElse("/");
        }
        return session.host().accounts().user(userName).map(a -> a.home()).orElse("~" + userName);
    }

    private String variable(String name) {
        return switch (name) {
            case "?" -> Integer.toString(session.lastStatus());
            case "$" -> "4242";
            case "0" -> session.variable("0").orElse(session.shellName());
            case "#" -> session.variable("#").orElse("0");
            case "@", "*" -> session.variable("@").orElse("");
            case "HOSTNAME" -> session.variable(name).orElse(session.host().hostname());
            default -> session.variable(name).orElse("");
        };
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Pathname expansion, component by component; hidden files need an explicit dot. */
    private List<String> glob(String pattern) {
        boolean absolute = pattern.startsWith("/");
        List<String> parts = PathNames.components(pattern);
        List<String> current = new ArrayList<>();
        current.add(absolute ? "/" : "");
        for (String part : parts) {
            List<String> next = new ArrayList<>();
            boolean wild = part.matches(".*[*?\\[].*");
            for (String base : current) {
                String dir = base.isEmpty() ? session.cwd() : PathNames.absolute(session.cwd(), base);
                if (!wild) {
                    next.add(joinShown(base, part));
                    continue;
                }
                Pattern re;
                try {
                    re = Pattern.compile(toRegex(part));
                } catch (java.util.regex.PatternSyntaxException e) {
                    return List.of(); // an invalid range ([03-04]) matches nothing, so the word stays as typed
                }
                for (String name : session.host().fs().listOrEmpty(dir)) {
                    if (name.startsWith(".") && !part.startsWith(".")) {
                        continue;
                    }
                    if (re.matcher(name).matches()) {
                        next.add(joinShown(base, name));
                    }
                }
            }
            current = next;
        }
        List<String> existing = new ArrayList<>();
        for (String c : current) {
            if (session.host().fs().exists(PathNames.absolute(session.cwd(), c))) {
                existing.add(c);
            }
        }
        existing.sort(null);
        return existing;
    }

    private static String joinShown(String base, String name) {
        if (base.isEmpty()) {
            return name;
        }
        return base.endsWith("/") ? base + name : base + "/" + name;
    }

    private static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                case '[' -> {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) {
                        re.append("\\[");
                    } else {
                        String set = glob.substring(i + 1, end);
                        if (set.startsWith("!")) {
                            set = "^" + set.substring(1);
                        }
                        re.append('[').append(set.replace("\\", "\\\\")).append(']');
                        i = end;
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }
}
