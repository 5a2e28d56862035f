package org.pilab.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.pilab.hardware.Catalogue;
import org.pilab.hardware.CatalogueException;
import org.pilab.hardware.PiModel;
import org.pilab.realcluster.bundle.BundleException;
import org.pilab.realcluster.bundle.BundleFile;
import org.pilab.realcluster.bundle.BundleWriter;
import org.pilab.realcluster.bundle.ClusterPlan;
import org.pilab.realcluster.bundle.Ipv4Subnet;
import org.pilab.realcluster.bundle.OsRelease;
import org.pilab.realcluster.bundle.SshPublicKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pilab cluster init}: asks about the real hardware (or takes flags) and writes the
 * bundle for physical Pis.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a config bundle for physical Pis.",
            "The bundle holds first-boot files, /etc/hosts, the SLURM files (slurm.conf and cgroup.conf),"
                + " NFS lines, bootstrap scripts, sbatch templates and a README with the steps.",
            "Asks for each value not given as a flag, unless --non-interactive."},
        footer = {"", "Example: pilab cluster init --non-interactive --nodes 4 --model pi4-4gb"
                + " --ssh-key ~/.ssh/id_ed25519.pub --out my-cluster"})
final class ClusterInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Where answers come from; tests replace it. */
    BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    @Option(names = "--non-interactive", description = "Ask nothing: use the flags and the defaults.")
    boolean nonInteractive;

    @Option(names = "--name", paramLabel = "NAME", description = "Cluster name (SLURM's ClusterName; default pilab).")
    String name;

    @Option(names = "--nodes", paramLabel = "N", description = "How many Pis, the head node included (default 4).")
    Integer nodes;

    @Option(names = "--model", paramLabel = "MODEL", description = "Pi model id, e.g. pi4-4gb or pi5-8gb (default pi4-4gb).")
    String model;

    @Option(names = "--head", paramLabel = "NODE", description = "The head node, which names the series (default pi01).")
    String head;

    @Option(names = "--subnet", paramLabel = "CIDR", description = "The cluster's network (default 10.0.0.0/24; pi01 gets host .11).")
    String subnet;

    @Option(names = "--user", paramLabel = "USER", description = "The login user on every Pi (default pi).")
    String user;

    @Option(names = "--ssh-key", paramLabel = "FILE.pub", description = "Your SSH PUBLIC key (key-only logins; default ~/.ssh/id_ed25519.pub when asking).")
    Path sshKey;

    @Option(names = "--os", paramLabel = "OS", description = "bookworm, trixie or ubuntu (default bookworm).")
    String os;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the bundle (default cluster-bundle).")
    Path out;

    @Option(names = "--force", description = "Replace a non-empty --out folder.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Catalogue catalogue = Catalogue.load();
        if (!nonInteractive) {
            o.println("Plan the cluster (Enter keeps the value in brackets).");
        }
        String n = ask("Cluster name", name, "pilab", ClusterPlan::checkName);
        int count = ask("Number of Pis (the head node included)", nodes == null ? null : nodes.toString(), "4",
                ClusterInitCommand::positive);
        String modelIds = String.join(", ", catalogue.models().stream().map(PiModel::id).toList());
        PiModel m = ask("Pi model (" + modelIds + ")", model, "pi4-4gb", catalogue::model);
        String h = ask("Head node", head, "pi01", ClusterPlan::checkHeadName);
        Ipv4Subnet net = ask("Subnet", subnet, "10.0.0.0/24", Ipv4Subnet::parse);
        String u = ask("Login user", user, "pi", ClusterPlan::checkUser);
        String defaultKey = System.getProperty("user.home") + "/.ssh/id_ed25519.pub";
        SshPublicKey key = ask("SSH public key file", sshKey == null ? null : sshKey.toString(),
                nonInteractive ? null : defaultKey, ClusterInitCommand::readKey);
        OsRelease release = ask("OS (bookworm, trixie, ubuntu)", os, "bookworm", OsRelease::parse);
        Path dir = ask("Bundle folder", out == null ? null : out.toString(), "cluster-bundle", Path::of);
        ClusterPlan plan;
        try {
            plan = new ClusterPlan(n, count, m, h, net, u, key, release);
            plan.headNode();
        } catch (BundleException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        List<BundleFile> files;
        try {
            files = BundleWriter.write(plan, dir, force);
        } catch (BundleException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        o.println("Bundle for " + plan.nodeCount() + " x " + m.displayName() + " written to " + dir + " ("
                + files.size() + " files).");
        o.println("Next: read " + dir.resolve("README.md") + " and follow its steps in order.");
        o.println("No Pis yet? sudo pilab cluster testbed up --conf " + dir.resolve("slurm.conf") + " --lab /tmp/pilab-lab");
        o.flush();
        return 0;
    }

    private static int positive(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new BundleException("'" + s + "' is not a whole number");
        }
    }

    static SshPublicKey readKey(String file) {
        Path p = Path.of(file.startsWith("~/") ? System.getProperty("user.home") + file.substring(1) : file);
        try {
            if (Files.size(p) > 64 * 1024) {
                throw new BundleException(p + " is too large to be an SSH public key");
            }
            return SshPublicKey.parse(Files.readString(p, StandardCharsets.UTF_8), p.toString());
        } catch (NoSuchFileException e) {
            throw new BundleException(p + " does not exist; make a key with: ssh-keygen -t ed25519", e);
        } catch (IOException e) {
            throw new BundleException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    /**
     * The flag's value if given; else, when asking, the answer (re-asked until it parses);
     * else the default. A flag that does not parse is a usage error either way.
     */
    private <T> T ask(String question, String flag, String fallback, Function<String, T> parse) throws IOException {
        if (flag != null) {
            return parseOrFail(flag, question, parse);
        }
        if (nonInteractive) {
            if (fallback == null) {
                throw new UserInputException("--non-interactive needs --ssh-key FILE.pub (your public key)");
            }
            return parseOrFail(fallback, question, parse);
        }
        PrintWriter o = spec.commandLine().getOut();
        while (true) {
            o.print(question + (fallback == null ? "" : " [" + fallback + "]") + ": ");
            o.flush();
            String line = input.readLine();
            if (line == null) {
                throw new UserInputException("no answer for \"" + question + "\" (input ended); run with"
                        + " --non-interactive and flags instead");
            }
            String answer = line.isBlank() ? fallback : line.strip();
            if (answer == null) {
                continue;
            }
            try {
                return parse.apply(answer);
            } catch (BundleException | CatalogueException e) {
                o.println("  " + e.getMessage());
            }
        }
    }

    private static <T> T parseOrFail(String value, String question, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (BundleException | CatalogueException e) {
            throw new UserInputException(e.getMessage(), e);
        }
    }
}
