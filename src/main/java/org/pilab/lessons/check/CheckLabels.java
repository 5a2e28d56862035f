package org.pilab.lessons.check;

import org.pilab.lessons.model.Check;
import org.pilab.lessons.model.ConfRequirement;
import org.pilab.lessons.model.OutputCondition;

/** Short descriptions of what a check tests, for the "ok" lines of {@code check}. */
final class CheckLabels {

    private CheckLabels() {
    }

    static String label(Check c) {
        if (c instanceof Check.CommandOutput o) {
            return o.host() + ": " + o.run() + conditionLabel(o.condition());
        } else if (c instanceof Check.ExitStatus e) {
            return e.host() + ": " + e.run() + " exits " + e.status();
        } else if (c instanceof Check.FileContains f) {
            return f.host() + ": " + f.path() + " has the expected line";
        } else if (c instanceof Check.FileMode f) {
            return f.host() + ": " + f.path() + f.owner().map(o -> " owner " + o).orElse("")
                    + f.group().map(g -> " group " + g).orElse("")
                    + f.mode().map(m -> " mode " + String.format("%04o", m)).orElse("");
        } else if (c instanceof Check.ServiceActive s) {
            return s.unit() + " active on " + String.join(",", s.hosts());
        } else if (c instanceof Check.PackageInstalled p) {
            return p.packageName() + " installed on " + String.join(",", p.hosts());
        } else if (c instanceof Check.NodeState n) {
            return String.join(",", n.nodes()) + " " + String.join("|", n.states());
        } else if (c instanceof Check.Job j) {
            return (j.array() ? "array job " : "job ") + j.name() + " " + j.state() + (j.minCount() > 1 ? " x" + j.minCount() : "");
        } else if (c instanceof Check.AnyOf any) {
            return "one of: " + String.join(" | ", any.checks().stream().map(CheckLabels::label).toList());
        } else if (c instanceof Check.SlurmConf s) {
            return s.host() + ": " + s.path() + " " + confLabel(s.requirement());
        } else if (c instanceof Check.CommandRun r) {
            return "you ran a command matching " + r.regex().pattern() + (r.succeeded() ? " and it succeeded" : "");
        } else if (c instanceof Check.FileExistsLocal f) {
            return f.path() + " exists";
        }
        return c.type();
    }

    private static String confLabel(ConfRequirement r) {
        if (r instanceof ConfRequirement.Setting s) {
            return "sets " + s.key();
        } else if (r instanceof ConfRequirement.Controller ctl) {
            return "names " + ctl.host() + " as controller";
        } else if (r instanceof ConfRequirement.Nodes n) {
            return "defines " + String.join(",", n.nodes()) + n.cpus().map(x -> " with " + x + " CPUs").orElse("")
                    + " and their RealMemory";
        }
        return "has a default partition";
    }

    private static String conditionLabel(OutputCondition c) {
        if (c instanceof OutputCondition.Contains x) {
            return " shows \"" + x.text() + "\"";
        } else if (c instanceof OutputCondition.NotContains x) {
            return " does not show \"" + x.text() + "\"";
        } else if (c instanceof OutputCondition.Regex x) {
            return " matches " + x.pattern().pattern();
        } else if (c instanceof OutputCondition.Equals x) {
            return " says \"" + x.text() + "\"";
        } else if (c instanceof OutputCondition.MatchesHost x) {
            return " same as on " + x.host();
        }
        return "";
    }
}
