package org.pilab.node.shell;

import java.util.List;

/** The parsed form of a command line: the common subset of bash grammar the lab supports. */
public final class Syntax {

    private Syntax() {
    }

    /** How a piece of a word is expanded. */
    public enum PartKind { LITERAL, VARIABLE, SUBSTITUTION, TILDE }

    /** One piece of a word; {@code quoted} pieces are neither split nor globbed. */
    public record Part(PartKind kind, String text, boolean quoted) {
    }

    public record Word(List<Part> parts) {
        public Word {
            parts = List.copyOf(parts);
        }
    }

    /**
     * Redirection operators: {@code >} (also {@code 1>}), {@code >>} ({@code 1>>}), {@code <},
     * {@code 2>}, {@code 2>>}, {@code 2>&1}, {@code >&2} ({@code 1>&2}), {@code &>}, {@code &>>},
     * and here-documents {@code <<EOF} (whose target word holds the body).
     */
    public enum RedirectKind { OUT, APPEND, IN, ERR, ERR_APPEND, ERR_TO_OUT, OUT_TO_ERR, BOTH, BOTH_APPEND, HEREDOC }

    public record Redirect(RedirectKind kind, Word target) {
    }

    public record SimpleCommand(List<Word> words, List<Redirect> redirects) {
        public SimpleCommand {
            words = List.copyOf(words);
            redirects = List.copyOf(redirects);
        }
    }

    public record Pipeline(List<SimpleCommand> commands) {
        public Pipeline {
            commands = List.copyOf(commands);
        }
    }

    /** How a pipeline is joined to the one before it. */
    public enum Connector { FIRST, SEQUENCE, AND, OR }

    public record Step(Connector connector, Pipeline pipeline) {
    }

    public record CommandLine(List<Step> steps) {
        public CommandLine {
            steps = List.copyOf(steps);
        }
    }
}
