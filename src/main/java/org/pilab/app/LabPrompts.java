package org.pilab.app;

import java.util.List;
import java.util.Optional;

import org.pilab.node.fs.PathNames;
import org.pilab.node.shell.Command;
import org.pilab.node.shell.CommandRegistry;
import org.pilab.node.shell.Invocation;
import org.pilab.slurm.lab.Lab;

/**
 * {@code pilab} at the virtual laptop's prompt (installed as /usr/local/bin/pilab there) and
 * {@code java -jar FILE} at any host's prompt: a missing FILE fails as the JVM does, a pilab.jar
 * runs this program through {@link LabPilab}; other java uses keep the node's own behaviour.
 */
final class LabPrompts {

    /** Where the laptop has the launcher. */
    static final String LAUNCHER = "/usr/local/bin/pilab";

    private LabPrompts() {
    }

    static void install(Lab lab) {
        CommandRegistry registry = lab.network().commands();
        registry.register("pilab", LAUNCHER, LabPrompts::pilab);
        Optional<CommandRegistry.Entry> java = registry.entry("java");
        java.filter(e -> e.binaryPath() != null)
                .ifPresent(e -> registry.register("java", e.binaryPath(), inv -> java(inv, e.command())));
    }

    private static int pilab(Invocation inv) {
        return print(inv, LabPilab.run(inv, inv.args()));
    }

    private static int java(Invocation inv, Command original) {
        List<String> args = inv.args();
        int jar = args.indexOf("-jar");
        if (jar < 0) {
            return original.run(inv);
        }
        if (jar + 1 >= args.size()) {
            inv.err().println("Error: -jar requires jar file specification");
            return 1;
        }
        String file = args.get(jar + 1);
        String path = PathNames.absolute(inv.session().cwd(), file);
        if (!inv.fs().exists(path) || inv.fs().isDirectory(path)) {
            inv.err().println("Error: Unable to access jarfile " + file);
            return 1;
        }
        if (!PathNames.baseName(path).equals("pilab.jar")) {
            inv.err().println("Error: Invalid or corrupt jarfile " + file);
            return 1;
        }
        return print(inv, LabPilab.run(inv, args.subList(jar + 2, args.size())));
    }

    private static int print(Invocation inv, LabPilab.Outcome o) {
        inv.out().print(o.out());
        inv.err().print(o.err());
        return o.status();
    }
}
