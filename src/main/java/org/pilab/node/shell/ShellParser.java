package org.pilab.node.shell;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.pilab.node.shell.Syntax.Branch;
import org.pilab.node.shell.Syntax.CommandLine;
import org.pilab.node.shell.Syntax.Compound;
import org.pilab.node.shell.Syntax.Connector;
import org.pilab.node.shell.Syntax.ForLoop;
import org.pilab.node.shell.Syntax.IfClause;
import org.pilab.node.shell.Syntax.Part;
import org.pilab.node.shell.Syntax.PartKind;
import org.pilab.node.shell.Syntax.Pipeline;
import org.pilab.node.shell.Syntax.Redirect;
import org.pilab.node.shell.Syntax.RedirectKind;
import org.pilab.node.shell.Syntax.SimpleCommand;
import org.pilab.node.shell.Syntax.Step;
import org.pilab.node.shell.Syntax.WhileLoop;
import org.pilab.node.shell.Syntax.Word;

/**
 * Turns a command line into {@link CommandLine}: quoting ('' and ""), backslash escapes,
 * $VAR / ${VAR} / $? / $(cmd) / `cmd`, ~, comments, ; && || | and {@code !}, redirections,
 * here-documents, and the compound commands {@code for ... do ... done},
 * {@code while} / {@code until ... do ... done} and {@code if ... then ... elif ... else ... fi}
 * (with redirections of the whole compound). Not supported: {@code case}, functions,
 * {@code select}, {@code { ...; }} groups, ( ) subshells, {@code [[ ]]}, $(( )) arithmetic and
 * background jobs; a line using them is refused as a whole ("case: not supported in this lab
 * shell"), so none of its pieces runs.
 */
public final class ShellParser {

    private final String src;
    private final Deque<HereDocuments.Body> hereDocs;
    private int pos;

    private ShellParser(String src, Deque<HereDocuments.Body> hereDocs) {
        this.src = src;
        this.hereDocs = hereDocs;
    }

    /**
     * Parses one or more lines (newlines separate commands like {@code ;}, here-document bodies
     * follow the line that opens them).
     */
    public static CommandLine parse(String line) {
        HereDocuments.Split split = HereDocuments.split(line)
                .orElseThrow(() -> new ShellSyntaxException("warning: here-document at line 1 delimited by end-of-file"
                        + " (the shell should have asked for more lines: see needsMoreInput)"));
        return new ShellParser(split.commands(), split.bodies()).commandLine();
    }

    /**
     * Whether {@code text} is an unfinished command that bash would continue on the next line
     * (open quote or here-document, trailing {@code |}, {@code &&}, {@code ||} or backslash, a
     * {@code for} / {@code while} / {@code if} without its {@code done} or {@code fi}): the shell
     * layer then shows its "> " continuation prompt.
     */
    public static boolean needsMoreInput(String text) {
        if (HereDocuments.split(text).isEmpty()) {
            return true;
        }
        String t = text.stripTrailing();
        boolean commentLine = t.substring(t.lastIndexOf('\n') + 1).stripLeading().startsWith("#");
        if (!commentLine && t.endsWith("\\") && !t.endsWith("\\\\")) {
            return true;
        }
        try {
            parse(text);
            return false;
        } catch (ShellSyntaxException e) {
            // an open quote, an open loop, or a pipe or && / || with nothing after it yet (the
            // parser has already skipped comments, so a "|" inside one does not count)
            return e.getMessage().startsWith("unexpected EOF")
                    || e.getMessage().equals("syntax error: unexpected end of file");
        }
    }

    // ---------------------------------------------------------------- grammar

    /** Words that end a list inside a compound command; elsewhere bash calls them unexpected. */
    private static final Set<String> CLOSERS = Set.of("do", "done", "then", "elif", "else", "fi", "esac", "}");
    private static final String EOF_MESSAGE = "syntax error: unexpected end of file";

    private CommandLine commandLine() {
        return list(Set.of());
    }

    /**
     * Pipelines joined by ; && || and newlines, up to the end of the text or, inside a compound
     * command, up to one of {@code terminators} in command position (left for the caller).
     */
    private CommandLine list(Set<String> terminators) {
        List<Step> steps = new ArrayList<>();
        Connector next = Connector.FIRST;
        while (true) {
            skipBlanks();
            while (!atEnd() && (src.charAt(pos) == '\n' || src.charAt(pos) == '#')) {
                skipComment();
                if (!atEnd()) {
                    pos++;
                }
                skipBlanks();
            }
            boolean joined = next == Connector.AND || next == Connector.OR;
            if (atEnd()) {
                if (joined || !terminators.isEmpty()) {
                    // the shell asks for more lines: an open loop or a dangling && / ||
                    throw new ShellSyntaxException(EOF_MESSAGE);
                }
                break;
            }
            String reserved = peekToken();
            if (CLOSERS.contains(reserved)) {
                if (terminators.contains(reserved) && !joined && !steps.isEmpty()) {
                    break;
                }
                throw unexpected(reserved);
            }
            String op = peekOperator();
            if (op != null && !isRedirect(op)) {
                throw unexpected(op);
            }
            steps.add(new Step(next, pipeline()));
            skipBlanks();
            if (atEnd()) {
                next = Connector.SEQUENCE;
                continue;
            }
            if (src.charAt(pos) == '\n') {
                pos++;
                next = Connector.SEQUENCE;
                continue;
            }
            String sep = peekOperator();
            if (sep == null) {
                String token = peekToken();
                throw unexpected(token.isEmpty() ? String.valueOf(src.charAt(pos)) : token);
            }
            pos += sep.length();
            if (!sep.equals(";")) {
                skipBlanksAndNewlines();
            }
            next = switch (sep) {
                case ";" -> Connector.SEQUENCE;
                case "&&" -> Connector.AND;
                case "||" -> Connector.OR;
                default -> throw unexpected(sep);
            };
        }
        return new CommandLine(steps);
    }

    private Pipeline pipeline() {
        boolean negated = false;
        if (peekToken().equals("!")) {
            pos++;
            negated = true;
            skipBlanks();
            if (atEnd()) {
                throw unexpected("newline");
            }
        }
        List<SimpleCommand> commands = new ArrayList<>();
        commands.add(command());
        while (true) {
            skipBlanks();
            if (!atEnd() && src.charAt(pos) == '|' && !src.startsWith("||", pos)) {
                pos++;
                skipBlanksAndNewlines();
                if (atEnd()) {
                    throw new ShellSyntaxException(EOF_MESSAGE);
                }
                String op = peekOperator();
                if (op != null && (op.equals("|") || op.equals("||") || op.equals("&&") || op.equals(";"))) {
                    throw unexpected(op);
                }
                commands.add(command());
            } else {
                return new Pipeline(commands, negated);
            }
        }
    }

    /** A simple command, or a compound one followed by the redirections that apply to all of it. */
    private SimpleCommand command() {
        String token = peekToken();
        Compound compound = switch (token) {
            case "for" -> forLoop();
            case "while", "until" -> whileLoop(token.equals("until"));
            case "if" -> ifClause();
            default -> {
                UnsupportedSyntax.refuse(src, pos, token);
                yield null;
            }
        };
        if (compound == null) {
            return simpleCommand();
        }
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (atEnd()) {
                break;
            }
            String op = peekOperator();
            Redirect r = op == null ? null : redirect(op);
            if (r == null) {
                break;
            }
            redirects.add(r);
        }
        return new SimpleCommand(List.of(), redirects, compound);
    }

    /** {@code for NAME [in WORDS]; do LIST; done}, newlines allowed where bash allows them. */
    private ForLoop forLoop() {
        pos += "for".length();
        skipBlanks();
        if (atEnd()) {
            throw new ShellSyntaxException(EOF_MESSAGE);
        }
        String name = peekToken();
        if (name.isEmpty()) {
            throw unexpected(src.charAt(pos) == '\n' ? "newline" : String.valueOf(src.charAt(pos)));
        }
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new ShellSyntaxException("`" + name + "': not a valid identifier");
        }
        pos += name.length();
        skipBlanksNewlinesAndComments();
        List<Word> words = null;
        if (peekToken().equals("in")) {
            pos += "in".length();
            words = new ArrayList<>();
            while (true) {
                skipBlanks();
                if (atEnd()) {
                    throw new ShellSyntaxException(EOF_MESSAGE);
                }
                char c = src.charAt(pos);
                if (c == '\n' || c == ';') {
                    pos++;
                    break;
                }
                if (c == '#') {
                    skipComment();
                    continue;
                }
                String op = peekOperator();
                if (op != null) {
                    throw unexpected(op);
                }
                words.add(word());
            }
        } else if (!atEnd() && src.charAt(pos) == ';') {
            pos++;
        }
        skipBlanksNewlinesAndComments();
        expect("do");
        CommandLine body = list(Set.of("done"));
        expect("done");
        return new ForLoop(name, words, body);
    }

    private WhileLoop whileLoop(boolean until) {
        pos += until ? "until".length() : "while".length();
        CommandLine condition = list(Set.of("do"));
        expect("do");
        CommandLine body = list(Set.of("done"));
        expect("done");
        return new WhileLoop(condition, body, until);
    }

    private IfClause ifClause() {
        pos += "if".length();
        List<Branch> branches = new ArrayList<>();
        CommandLine elseBody = null;
        String keyword = "if";
        while (keyword.equals("if") || keyword.equals("elif")) {
            CommandLine condition = list(Set.of("then"));
            expect("then");
            branches.add(new Branch(condition, list(Set.of("elif", "else", "fi"))));
            keyword = peekToken();
            pos += keyword.length();
        }
        if (keyword.equals("else")) {
            elseBody = list(Set.of("fi"));
            expect("fi");
        }
        return new IfClause(branches, elseBody);
    }

    /** Consumes the reserved word {@code word}, which must come next (after blanks). */
    private void expect(String word) {
        skipBlanks();
        if (atEnd()) {
            throw new ShellSyntaxException(EOF_MESSAGE);
        }
        String token = peekToken();
        if (!token.equals(word)) {
            throw unexpected(token.isEmpty() ? (src.charAt(pos) == '\n' ? "newline" : String.valueOf(src.charAt(pos))) : token);
        }
        pos += word.length();
    }

    private SimpleCommand simpleCommand() {
        List<Word> words = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        while (true) {
            skipBlanks();
            if (atEnd() || src.charAt(pos) == '\n') {
                break;
            }
            if (src.charAt(pos) == '#') {
                while (!atEnd() && src.charAt(pos) != '\n') {
                    pos++;
                }
                break;
            }
            String op = peekOperator();
            if (op != null) {
                Redirect r = redirect(op);
                if (r == null) {
                    break;
                }
                redirects.add(r);
                continue;
            }
            words.add(word());
        }
        if (words.isEmpty() && redirects.isEmpty()) {
            throw unexpected(atEnd() || src.charAt(pos) == '\n' ? "newline" : String.valueOf(src.charAt(pos)));
        }
        return new SimpleCommand(words, redirects);
    }

    /** The redirection {@code op} starts (consuming it and its target), or null if op is not one. */
    private Redirect redirect(String op) {
        RedirectKind kind = switch (op) {
            case ">", "1>" -> RedirectKind.OUT;
            case ">>", "1>>" -> RedirectKind.APPEND;
            case "<" -> RedirectKind.IN;
            case "2>" -> RedirectKind.ERR;
            case "2>>" -> RedirectKind.ERR_APPEND;
            case "2>&1" -> RedirectKind.ERR_TO_OUT;
            case ">&2", "1>&2" -> RedirectKind.OUT_TO_ERR;
            case "&>" -> RedirectKind.BOTH;
            case "&>>" -> RedirectKind.BOTH_APPEND;
            case "<<", "<<-" -> RedirectKind.HEREDOC;
            default -> null;
        };
        if (kind == null) {
            return null;
        }
        pos += op.length();
        if (kind == RedirectKind.HEREDOC) {
            skipBlanks();
            word(); // the delimiter; its body was set aside by HereDocuments
            HereDocuments.Body body = hereDocs.poll();
            if (body == null) {
                throw new ShellSyntaxException("syntax error near unexpected token `newline'");
            }
            return new Redirect(kind, new Word(List.of(new Part(PartKind.LITERAL, body.text(), body.quoted()))));
        }
        if (kind == RedirectKind.ERR_TO_OUT || kind == RedirectKind.OUT_TO_ERR) {
            return new Redirect(kind, null);
        }
        skipBlanks();
        String after = atEnd() ? null : peekOperator();
        if (atEnd() || after != null) {
            throw unexpected(atEnd() ? "newline" : after);
        }
        return new Redirect(kind, word());
    }

    private Word word() {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        boolean first = true;
        while (!atEnd()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '|' || c == '&' || c == '<' || c == '>') {
                break;
            }
            if (c == '~' && first) {
                int end = pos + 1;
                while (end < src.length() && isNameChar(src.charAt(end))) {
                    end++;
                }
                if (end >= src.length() || src.charAt(end) == '/' || " \t;|&<>".indexOf(src.charAt(end)) >= 0) {
                    parts.add(new Part(PartKind.TILDE, src.substring(pos + 1, end), false));
                    pos = end;
                    first = false;
                    continue;
                }
            }
            first = false;
            if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2; // line continuation
            } else if (c == '\\') {
                pos++;
                if (!atEnd()) {
                    flush(parts, lit, true);
                    lit.append(src.charAt(pos++));
                    flush(parts, lit, true);
                }
            } else if (c == '\'') {
                flush(parts, lit, false);
                int end = src.indexOf('\'', pos + 1);
                if (end < 0) {
                    throw new ShellSyntaxException("unexpected EOF while looking for matching `''");
                }
                parts.add(new Part(PartKind.LITERAL, src.substring(pos + 1, end), true));
                pos = end + 1;
            } else if (c == '"') {
                flush(parts, lit, false);
                pos++;
                doubleQuoted(parts);
            } else if (c == '$' || c == '`') {
                flush(parts, lit, false);
                dollar(parts, false);
            } else {
                lit.append(c);
                pos++;
            }
        }
        flush(parts, lit, false);
        return new Word(parts);
    }

    private void doubleQuoted(List<Part> parts) {
        StringBuilder lit = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw new ShellSyntaxException("unexpected EOF while looking for matching `\"'");
            }
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                break;
            }
            if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                pos += 2; // a backslash-newline is removed inside double quotes too
            } else if (c == '\\' && pos + 1 < src.length() && "\"\\$`".indexOf(src.charAt(pos + 1)) >= 0) {
                lit.append(src.charAt(pos + 1));
                pos += 2;
            } else if ((c == '$' && pos + 1 < src.length() && isDollarStart(src.charAt(pos + 1))) || c == '`') {
                flush(parts, lit, true);
                dollar(parts, true);
            } else {
                lit.append(c);
                pos++;
            }
        }
        // "" must still produce an (empty) argument
        if (lit.length() > 0 || parts.isEmpty() || !parts.get(parts.size() - 1).quoted()) {
            parts.add(new Part(PartKind.LITERAL, lit.toString(), true));
        }
    }

    private void dollar(List<Part> parts, boolean quoted) {
        if (src.charAt(pos) == '`') {
            int end = src.indexOf('`', pos + 1);
            if (end < 0) {
                throw new ShellSyntaxException("unexpected EOF while looking for matching ``'");
            }
            parts.add(new Part(PartKind.SUBSTITUTION, src.substring(pos + 1, end), quoted));
            pos = end + 1;
            return;
        }
        pos++; // the $
        if (atEnd()) {
            parts.add(new Part(PartKind.LITERAL, "$", quoted));
            return;
        }
        char c = src.charAt(pos);
        if (c == '(' && src.startsWith("((", pos)) {
            // refused at parse time, so the line runs no command with a half-expanded word
            throw new ShellSyntaxException("$(( )) arithmetic: not supported in this lab shell");
        }
        if (c == '(') {
            int depth = 1;
            int start = ++pos;
            while (!atEnd() && depth > 0) {
                char d = src.charAt(pos);
                if (d == '(') {
                    depth++;
                } else if (d == ')') {
                    depth--;
                } else if (d == '\'') {
                    int q = src.indexOf('\'', pos + 1);
                    pos = q < 0 ? src.length() - 1 : q;
                }
                pos++;
            }
            if (depth > 0) {
                throw new ShellSyntaxException("unexpected EOF while looking for matching `)'");
            }
            parts.add(new Part(PartKind.SUBSTITUTION, src.substring(start, pos - 1), quoted));
        } else if (c == '{') {
            int end = src.indexOf('}', pos);
            if (end < 0) {
                throw new ShellSyntaxException("unexpected EOF while looking for matching `}'");
            }
            parts.add(new Part(PartKind.VARIABLE, src.substring(pos + 1, end), quoted));
            pos = end + 1;
        } else if (c == '?' || c == '$' || c == '#' || c == '@' || c == '*' || Character.isDigit(c)) {
            parts.add(new Part(PartKind.VARIABLE, String.valueOf(c), quoted));
            pos++;
        } else if (isNameChar(c)) {
            int start = pos;
            while (!atEnd() && isNameChar(src.charAt(pos))) {
                pos++;
            }
            parts.add(new Part(PartKind.VARIABLE, src.substring(start, pos), quoted));
        } else {
            parts.add(new Part(PartKind.LITERAL, "$", quoted));
        }
    }

    // ---------------------------------------------------------------- lexing helpers

    private static boolean isDollarStart(char c) {
        return c == '(' || c == '{' || c == '?' || c == '$' || c == '#' || c == '@' || c == '*' || isNameChar(c);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static void flush(List<Part> parts, StringBuilder lit, boolean quoted) {
        if (lit.length() > 0) {
            parts.add(new Part(PartKind.LITERAL, lit.toString(), quoted));
            lit.setLength(0);
        }
    }

    /** Every operator, each before any other that is a prefix of it, so the longest wins. */
    private static final String[] OPERATORS = {"2>&1", "1>&2", "1>>", "2>>", "&>>", "<<-", ">&2", "&&", "||", ">>", "&>",
        "1>", "2>", "<<", ";", "|", ">", "<"};

    private static boolean isRedirect(String op) {
        return op.contains(">") || op.contains("<");
    }

    /** The operator starting at pos, longest first, or null. */
    private String peekOperator() {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                if (Character.isDigit(op.charAt(0)) && pos > 0 && !Character.isWhitespace(src.charAt(pos - 1))) {
                    continue; // "file2>x" is a word followed by >
                }
                return op;
            }
        }
        if (src.charAt(pos) == '&') {
            throw new ShellSyntaxException("background jobs (&) are not supported in the lab shell");
        }
        return null;
    }

    /** A comment runs to the end of its line; the newline stays. */
    private void skipComment() {
        if (!atEnd() && src.charAt(pos) == '#') {
            while (!atEnd() && src.charAt(pos) != '\n') {
                pos++;
            }
        }
    }

    private void skipBlanks() {
        while (!atEnd() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t'
                || (src.charAt(pos) == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n'))) {
            pos += src.charAt(pos) == '\\' ? 2 : 1;
        }
    }

    /**
     * The plain word at pos, up to the next blank or operator character (empty if none): what
     * a reserved word ({@code for}, {@code do}, {@code done}...) is compared with. A quoted
     * {@code "done"} keeps its quotes here, so it is never taken for the reserved word.
     */
    private String peekToken() {
        int end = pos;
        while (end < src.length() && " \t\n;|&<>()".indexOf(src.charAt(end)) < 0) {
            end++;
        }
        return src.substring(pos, end);
    }

    private void skipBlanksNewlinesAndComments() {
        while (true) {
            skipBlanksAndNewlines();
            if (atEnd() || src.charAt(pos) != '#') {
                return;
            }
            skipComment();
        }
    }

    private void skipBlanksAndNewlines() {
        while (!atEnd() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\n')) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= src.length();
    }

    private static ShellSyntaxException unexpected(String token) {
        return new ShellSyntaxException("syntax error near unexpected token `" + token + "'");
    }
}
