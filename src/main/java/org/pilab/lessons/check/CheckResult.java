package org.pilab.lessons.check;

import org.pilab.lessons.model.Check;

/**
 * One check's verdict.
 *
 * @param detail what was observed when it failed (e.g. "pi03 is down"), empty when it passed
 */
public record CheckResult(Check check, boolean passed, String detail) {

    public static CheckResult pass(Check c) {
        return new CheckResult(c, true, "");
    }

    public static CheckResult fail(Check c, String detail) {
        return new CheckResult(c, false, detail);
    }
}
