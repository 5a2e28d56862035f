package org.pilab.realcluster.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pilab.realcluster.exec.ShellQuote;

/**
 * The bootstrap scripts and what they read. The scripts are fixed text (shipped in the jar and
 * checked with shellcheck); everything cluster-specific is in {@code cluster.env}, where each
 * value is single-quoted so that no value can turn into shell code.
 */
public final class BootstrapFiles {

    private static final String RESOURCES = "/org/pilab/realcluster/bundle/";
    private static final List<String> SCRIPTS = List.of("lib.sh", "head.sh", "node.sh", "copy-munge-key.sh");

    private BootstrapFiles() {
    }

    public static List<BundleFile> files(ClusterPlan plan) {
        List<BundleFile> files = new ArrayList<>();
        files.add(BundleFile.text("cluster.env", clusterEnv(plan)));
        files.add(BundleFile.text("chrony-head.conf", "# Time server for the cluster (munge rejects skewed clocks).\n"
                + "allow " + plan.subnet() + "\n"
                + "# Serve time from the local clock too when the internet is unreachable.\n"
                + "local stratum 10\n"));
        files.add(BundleFile.text("chrony-node.conf", "# Every node takes its time from the head node.\n"
                + "server " + plan.headNode().address() + " iburst\n"));
        for (String name : SCRIPTS) {
            files.add(new BundleFile("bootstrap/" + name, resource(name), !name.equals("lib.sh")));
        }
        return files;
    }

    static String clusterEnv(ClusterPlan plan) {
        StringBuilder out = new StringBuilder();
        out.append("# shellcheck shell=bash\n")
                .append("# shellcheck disable=SC2034  # read by the bootstrap scripts\n")
                .append("# The cluster, as the bootstrap scripts read it. Made by pilab cluster init.\n");
        var(out, "CLUSTER_NAME", plan.name());
        var(out, "HEAD_NAME", plan.headNode().name());
        var(out, "HEAD_ADDR", plan.headNode().address());
        var(out, "SUBNET", plan.subnet().toString());
        var(out, "PREFIX_LENGTH", Integer.toString(plan.subnet().prefixLength()));
        var(out, "GATEWAY", plan.gateway());
        var(out, "CLUSTER_USER", plan.user());
        var(out, "SHARED_DIR", plan.sharedDir());
        var(out, "OS_RELEASE", plan.os().id());
        var(out, "JAVA_PACKAGE", plan.os().javaPackage());
        out.append("NODE_NAMES=(").append(ShellQuote.join(plan.nodes().stream().map(ClusterNode::name).toList()))
                .append(")\n");
        out.append("NODE_ADDRS=(").append(ShellQuote.join(plan.nodes().stream().map(ClusterNode::address).toList()))
                .append(")\n");
        return out.toString();
    }

    private static void var(StringBuilder out, String name, String value) {
        out.append(name).append('=').append(ShellQuote.quote(value)).append('\n');
    }

    private static String resource(String name) {
        try (InputStream in = BootstrapFiles.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCES + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
