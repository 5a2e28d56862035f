package org.pilab.node;

import org.junit.jupiter.api.Test;
import org.pilab.node.scenario.Lab;
import org.pilab.node.scenario.Scenarios;
import org.pilab.node.shell.Session;

class DemoPrintTest {
    @Test
    void show() throws Exception {
        Lab lab = Scenarios.networked(7L);
        Session s = lab.learnerSession();
        StringBuilder sb = new StringBuilder();
        for (String line : System.getProperty("demo.lines", "").split(";;")) {
            var r = s.run(line);
            sb.append(s.prompt()).append(line).append('\n').append(r.output());
            if (r.entered().isPresent()) { s = r.entered().get(); }
            if (r.exited() && s.origin().isPresent()) { s = s.origin().get(); }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/demo.out"), sb.toString());
    }
}
