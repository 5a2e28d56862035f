package org.pilab.realcluster.exec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A CommandRunner for tests: records each argument array and answers from a function. */
public final class RecordingRunner implements CommandRunner {

    public record Call(List<String> argv, String stdin) {
    }

    private final Function<Call, CommandResult> answer;
    public final List<Call> calls = new ArrayList<>();

    public RecordingRunner(Function<Call, CommandResult> answer) {
        this.answer = answer;
    }

    public static CommandResult ok(List<String> argv, String stdout) {
        return new CommandResult(argv, 0, stdout, "");
    }

    @Override
    public CommandResult run(List<String> argv, String stdin, Duration timeout) {
        Call c = new Call(List.copyOf(argv), stdin);
        calls.add(c);
        return answer.apply(c);
    }
}
