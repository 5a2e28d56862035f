package org.pilab.lessons.check;

import org.pilab.lessons.model.Check;
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
        } else if (c instanceof Check.CommandRun r) {
            return "you ran a command matching " + r.regex().pattern();
        } else if (c instanceof Check.FileExistsLocal f) {
            return f.path() + " exists";
        }
        return c.type();
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
