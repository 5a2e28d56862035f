package org.pilab.realcluster.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilab.hardware.PiModel;

/**
 * What the user asked {@code pilab cluster init} for. The head node names the series
 * ({@code pi01} gives pi01, pi02, ...); node k gets host number 10 + k of the subnet
 * (pi01 = 10.0.0.11) and the subnet's host 1 is taken to be the router and DNS server.
 *
 * @param name cluster name (SLURM's ClusterName)
 */
public record ClusterPlan(String name, int nodeCount, PiModel model, String head, Ipv4Subnet subnet,
        String user, SshPublicKey key, OsRelease os) {

    /** Where node k's address starts: pi01 = host 11, leaving 1..10 for the router and friends. */
    public static final int FIRST_NODE_HOST = 10;
    public static final int MAX_NODES = 200;

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final Pattern HEAD = Pattern.compile("([a-z][a-z-]*?)(\\d+)");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

    public ClusterPlan {
        if (!NAME.matcher(name).matches()) {
            throw new BundleException("cluster name '" + name + "': use lower-case letters, digits, '-' or '_',"
                    + " starting with a letter (SLURM's ClusterName), e.g. pilab");
        }
        if (nodeCount < 1 || nodeCount > MAX_NODES) {
            throw new BundleException("--nodes " + nodeCount + ": a cluster has 1 to " + MAX_NODES + " nodes");
        }
        Matcher m = HEAD.matcher(head);
        if (!m.matches()) {
            throw new BundleException("head node '" + head + "': give a name ending in its number, e.g. pi01");
        }
        int number = Integer.parseInt(m.group(2));
        if (m.group(2).length() < 2) {
            throw new BundleException("head node '" + head + "': number the nodes with two digits, e.g. "
                    + nodeName(m.group(1), 2, number));
        }
        if (number < 1 || number > nodeCount) {
            throw new BundleException("head node '" + head + "' is not one of the " + nodeCount + " nodes "
                    + nodeName(m.group(1), m.group(2).length(), 1) + ".."
                    + nodeName(m.group(1), m.group(2).length(), nodeCount));
        }
        if (!USER.matcher(user).matches() || user.equals("root")) {
            throw new BundleException("user '" + user + "': give a Linux user name (lower-case letters, digits, '-',"
                    + " '_'), not root, e.g. pi");
        }
        subnet.host(FIRST_NODE_HOST + nodeCount);
    }

    /** Checks the form of a head node name on its own (e.g. while asking for it). */
    public static String checkHeadName(String head) {
        Matcher m = HEAD.matcher(head);
        if (!m.matches()) {
            throw new BundleException("head node '" + head + "': give a name ending in its number, e.g. pi01");
        }
        if (m.group(2).length() < 2) {
            throw new BundleException("head node '" + head + "': number the nodes with two digits, e.g. "
                    + nodeName(m.group(1), 2, Integer.parseInt(m.group(2))));
        }
        return head;
    }

    /** Checks a login user name on its own. */
    public static String checkUser(String user) {
        if (!USER.matcher(user).matches() || user.equals("root")) {
            throw new BundleException("user '" + user + "': give a Linux user name (lower-case letters, digits, '-',"
                    + " '_'), not root, e.g. pi");
        }
        return user;
    }

    /** Checks a cluster name on its own. */
    public static String checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new BundleException("cluster name '" + name + "': use lower-case letters, digits, '-' or '_',"
                    + " starting with a letter (SLURM's ClusterName), e.g. pilab");
        }
        return name;
    }

    private static String nodeName(String prefix, int width, int k) {
        return prefix + String.format("%0" + width + "d", k);
    }

    /** Every node in order, pi01 first. */
    public List<ClusterNode> nodes() {
        Matcher m = HEAD.matcher(head);
        m.matches();
        String prefix = m.group(1);
        int width = Math.max(2, m.group(2).length());
        List<ClusterNode> nodes = new ArrayList<>();
        for (int k = 1; k <= nodeCount; k++) {
            String n = nodeName(prefix, width, k);
            nodes.add(new ClusterNode(n, subnet.host(FIRST_NODE_HOST + k), n.equals(head)));
        }
        return nodes;
    }

    public ClusterNode headNode() {
        return nodes().stream().filter(ClusterNode::head).findFirst()
                .orElseThrow(() -> new BundleException("head node '" + head + "' must be zero-padded like the others,"
                        + " e.g. pi01"));
    }

    /** The router and DNS server the nodes use: the subnet's first host. */
    public String gateway() {
        return subnet.host(1);
    }

    /** SLURM's host list of every node, e.g. pi[01-04]. */
    public String hostList() {
        List<ClusterNode> nodes = nodes();
        if (nodes.size() == 1) {
            return nodes.get(0).name();
        }
        String first = nodes.get(0).name();
        String last = nodes.get(nodes.size() - 1).name();
        int digits = 0;
        while (digits < first.length() && Character.isDigit(first.charAt(first.length() - 1 - digits))) {
            digits++;
        }
        String prefix = first.substring(0, first.length() - digits);
        return prefix + "[" + first.substring(prefix.length()) + "-" + last.substring(prefix.length()) + "]";
    }

    /** The mount point of the shared file system on every node. */
    public String sharedDir() {
        return "/clusterfs";
    }
}
