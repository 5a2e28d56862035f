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

    /**
     * One stage of a pipeline: a simple command ({@code words}), or a compound command
     * ({@code compound} set, {@code words} empty) whose {@code redirects} apply to all of it, as
     * in {@code for h in pi02 pi03; do ...; done > out.txt}. One record for both keeps every
     * caller that looks at a stage's redirections working for loops too.
     */
    public record SimpleCommand(List<Word> words, List<Redirect> redirects, Compound compound) {
        public SimpleCommand {
            words = List.copyOf(words);
            redirects = List.copyOf(redirects);
        }

        public SimpleCommand(List<Word> words, List<Redirect> redirects) {
            this(words, redirects, null);
        }

        public boolean isCompound() {
            return compound != null;
        }
    }

    /** The compound commands the lab shell runs: {@code for}, {@code while} / {@code until} and {@code if}. */
    public sealed interface Compound permits ForLoop, WhileLoop, IfClause {
    }

    /** {@code for NAME in WORDS; do BODY; done}; {@code words} is null for {@code for NAME; do} (the script's "$@"). */
    public record ForLoop(String variable, List<Word> words, CommandLine body) implements Compound {
        public ForLoop {
            words = words == null ? null : List.copyOf(words);
        }
    }

    /** {@code while CONDITION; do BODY; done}, or {@code until} when {@code until} is set. */
    public record WhileLoop(CommandLine condition, CommandLine body, boolean until) implements Compound {
    }

    /** One {@code if} / {@code elif} test and the list it guards. */
    public record Branch(CommandLine condition, CommandLine body) {
    }

    /** {@code if ...; then ...; elif ...; then ...; else ...; fi}; {@code elseBody} is null without else. */
    public record IfClause(List<Branch> branches, CommandLine elseBody) implements Compound {
        public IfClause {
            branches = List.copyOf(branches);
        }
    }

    /** Commands joined by {@code |}; {@code negated} for {@code ! pipeline}, which inverts the status. */
    public record Pipeline(List<SimpleCommand> commands, boolean negated) {
        public Pipeline {
            commands = List.copyOf(commands);
        }

        public Pipeline(List<SimpleCommand> commands) {
            this(commands, false);
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
