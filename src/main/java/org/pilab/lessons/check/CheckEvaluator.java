package org.pilab.lessons.check;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pilab.lessons.lab.LessonLab;
import org.pilab.lessons.model.Check;
import org.pilab.lessons.model.OutputCondition;
import org.pilab.lessons.model.Step;
import org.pilab.node.CommandRecord;
import org.pilab.node.Host;
import org.pilab.node.account.Account;
import org.pilab.node.fs.FileStat;

/** Judges checks against a lab: outcomes where possible, typed commands only for {@code command_run}. */
public final class CheckEvaluator {

    private CheckEvaluator() {
    }

    public static StepResult evaluate(Step step, CheckContext ctx) {
        List<CheckResult> out = new ArrayList<>();
        for (Check c : step.checks()) {
            out.add(evaluate(c, ctx));
        }
        return new StepResult(out);
    }

    public static CheckResult evaluate(Check c, CheckContext ctx) {
        if (c instanceof Check.CommandOutput o) {
            return commandOutput(o, ctx.shell());
        } else if (c instanceof Check.ExitStatus e) {
            SilentShell.Outcome r = ctx.shell().run(e.host(), e.user(), e.run());
            if (!r.reachable()) {
                return CheckResult.fail(c, unreachable(e.host()));
            }
            return r.status() == e.status() ? CheckResult.pass(c) : CheckResult.fail(c, missingCommand(r).isEmpty() ? "exit status " + r.status() : missingCommand(r));
        } else if (c instanceof Check.FileContains f) {
            return fileContains(f, ctx.shell().lab());
        } else if (c instanceof Check.FileMode f) {
            return fileMode(f, ctx.shell().lab());
        } else if (c instanceof Check.ServiceActive s) {
            for (String h : s.hosts()) {
                SilentShell.Outcome r = ctx.shell().run(h, Optional.empty(), "systemctl is-active " + s.unit());
                if (!r.reachable()) {
                    return CheckResult.fail(c, unreachable(h));
                }
                if (!r.output().strip().equals("active")) {
                    return CheckResult.fail(c, s.unit() + " on " + h + " is " + r.output().strip());
                }
            }
            return CheckResult.pass(c);
        } else if (c instanceof Check.PackageInstalled p) {
            for (String h : p.hosts()) {
                Optional<Host> host = ctx.shell().lab().host(h);
                if (host.isEmpty() || host.get().card().isEmpty() && host.get() != ctx.shell().lab().laptop()) {
                    return CheckResult.fail(c, unreachable(h));
                }
                if (!host.get().packages().isInstalled(p.packageName())) {
                    return CheckResult.fail(c, "not installed on " + h);
                }
            }
            return CheckResult.pass(c);
        } else if (c instanceof Check.NodeState n) {
            return SlurmChecks.nodeState(n, ctx.shell());
        } else if (c instanceof Check.Job j) {
            return SlurmChecks.job(j, ctx.shell());
        } else if (c instanceof Check.AnyOf any) {
            // the any_of's own why says what is missing; the alternatives add only what they observed
            List<String> seen = new ArrayList<>();
            for (Check alternative : any.checks()) {
                CheckResult r = evaluate(alternative, ctx);
                if (r.passed()) {
                    return CheckResult.pass(c);
                }
                if (!r.detail().isEmpty()) {
                    seen.add(r.detail());
                }
            }
            return CheckResult.fail(c, String.join("; ", seen));
        } else if (c instanceof Check.SlurmConf s) {
            return SlurmConfChecks.evaluate(s, ctx.shell().lab());
        } else if (c instanceof Check.CommandRun r) {
            return commandRun(r, ctx);
        } else if (c instanceof Check.FileExistsLocal f) {
            if (ctx.localDir().isEmpty()) {
                return CheckResult.fail(c, "only checkable on your own machine");
            }
            return Files.exists(ctx.localDir().get().resolve(f.path())) ? CheckResult.pass(c)
                    : CheckResult.fail(c, "no " + f.path() + " in " + ctx.localDir().get());
        }
        throw new IllegalArgumentException("no evaluator for check type " + c.type());
    }

    private static String unreachable(String host) {
        return host + " is not up on the network";
    }

    private static CheckResult commandOutput(Check.CommandOutput o, SilentShell shell) {
        SilentShell.Outcome r = shell.run(o.host(), o.user(), o.run());
        if (!r.reachable()) {
            return CheckResult.fail(o, unreachable(o.host()));
        }
        String out = r.output();
        OutputCondition cond = o.condition();
        boolean ok;
        if (cond instanceof OutputCondition.Contains x) {
            ok = out.contains(x.text());
        } else if (cond instanceof OutputCondition.NotContains x) {
            ok = !out.contains(x.text());
        } else if (cond instanceof OutputCondition.Regex x) {
            ok = x.pattern().matcher(out).find();
        } else if (cond instanceof OutputCondition.Equals x) {
            ok = out.strip().equals(x.text().strip());
        } else {
            String other = ((OutputCondition.MatchesHost) cond).host();
            SilentShell.Outcome theirs = shell.run(other, o.user(), o.run());
            if (!theirs.reachable()) {
                return CheckResult.fail(o, unreachable(other));
            }
            // both must succeed: two identical "No such file" errors are not a match
            ok = r.status() == 0 && theirs.status() == 0 && out.strip().equals(theirs.output().strip());
        }
        return ok ? CheckResult.pass(o) : CheckResult.fail(o, missingCommand(r));
    }

    /** A check whose own command does not exist in the lab says so, instead of failing mutely. */
    private static String missingCommand(SilentShell.Outcome r) {
        // sudo reports a missing program with status 1, so look at the text too
        return r.terminal().lines().filter(l -> l.contains("command not found")).findFirst().map(String::strip)
                .orElse("");
    }

    static String resolve(String path, Host host, LessonLab lab) {
        if (path.startsWith("~")) {
            String home = host.accounts().user(lab.lessonUser(host)).map(Account::home).orElse("/root");
            return home + path.substring(1);
        }
        return path;
    }

    private static CheckResult fileContains(Check.FileContains f, LessonLab lab) {
        Optional<Host> host = lab.host(f.host());
        if (host.isEmpty()) {
            return CheckResult.fail(f, unreachable(f.host()));
        }
        String path = resolve(f.path(), host.get(), lab);
        if (!host.get().fs().exists(path) || host.get().fs().isDirectory(path)) {
            return CheckResult.fail(f, "no file " + path + " on " + f.host());
        }
        String text = host.get().fs().read(path);
        return f.regex().matcher(text).find() ? CheckResult.pass(f) : CheckResult.fail(f, "");
    }

    private static CheckResult fileMode(Check.FileMode f, LessonLab lab) {
        Optional<Host> host = lab.host(f.host());
        if (host.isEmpty()) {
            return CheckResult.fail(f, unreachable(f.host()));
        }
        String path = resolve(f.path(), host.get(), lab);
        Optional<FileStat> st = host.get().fs().statIfExists(path);
        if (st.isEmpty()) {
            return CheckResult.fail(f, "no " + path + " on " + f.host());
        }
        String owner = host.get().accounts().userName(st.get().uid());
        String group = host.get().accounts().groupName(st.get().gid());
        int mode = st.get().mode() & 07777;
        if (f.owner().isPresent() && !f.owner().get().equals(owner)) {
            return CheckResult.fail(f, "owner is " + owner);
        }
        if (f.group().isPresent() && !f.group().get().equals(group)) {
            return CheckResult.fail(f, "group is " + group);
        }
        if (f.mode().isPresent() && f.mode().get() != mode) {
            return CheckResult.fail(f, String.format("mode is %04o", mode));
        }
        return CheckResult.pass(f);
    }

    private static CheckResult commandRun(Check.CommandRun r, CheckContext ctx) {
        List<CommandRecord> log = ctx.shell().lab().network().commandLog();
        int failedStatus = 0;
        for (int i = Math.max(0, ctx.stepLogStart()); i < log.size(); i++) {
            CommandRecord rec = log.get(i);
            if (ctx.shell().isSilent(i)) {
                continue;
            }
            if (r.host().isPresent() && !r.host().get().equals(rec.hostname())) {
                continue;
            }
            if (r.regex().matcher(rec.line()).find()) {
                if (!r.succeeded() || rec.status() == 0) {
                    return CheckResult.pass(r);
                }
                failedStatus = rec.status();
            }
        }
        return CheckResult.fail(r, failedStatus == 0 ? "" : "it ran but failed (exit status " + failedStatus + ")");
    }
}
