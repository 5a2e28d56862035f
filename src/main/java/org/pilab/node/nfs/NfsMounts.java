package org.pilab.node.nfs;

import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.fs.DirInode;
import org.pilab.node.fs.Mount;
import org.pilab.node.net.Reachability;
import org.pilab.node.net.Resolver;

/**
 * NFS client mounts. Mounting {@code head:/clusterfs} attaches the server's own directory object,
 * so every client sees the same files; without the mount the local directory (usually empty)
 * shows, which is how "job output missing" failures arise.
 */
public final class NfsMounts {

    private NfsMounts() {
    }

    /**
     * Mounts {@code source} ({@code server:/path}) on {@code mountPoint}; returns empty on
     * success or mount's error line.
     */
    public static Optional<String> mount(Host client, String source, String mountPoint) {
        int colon = source.indexOf(':');
        if (colon <= 0) {
            return Optional.of("mount.nfs: remote share not in 'host:dir' format");
        }
        if (!client.packages().isInstalled("nfs-common")) {
            return Optional.of("mount: " + mountPoint + ": bad option; for several filesystems (e.g. nfs, cifs) you might need a "
                    + "/sbin/mount.<type> helper program.");
        }
        if (!client.fs().isDirectory(mountPoint)) {
            return Optional.of("mount.nfs: mount point " + mountPoint + " does not exist");
        }
        String server = source.substring(0, colon);
        String path = source.substring(colon + 1);
        Optional<String> address = Resolver.resolve(client, server);
        if (address.isEmpty()) {
            return Optional.of("mount.nfs: Failed to resolve server " + server + ": Name or service not known");
        }
        Reachability.Result r = Reachability.check(client, address.get());
        Host serverHost;
        if (r.kind() == Reachability.Kind.LOCAL) {
            serverHost = client;
        } else if (r.kind() == Reachability.Kind.REACHABLE) {
            serverHost = r.target().host();
        } else {
            return Optional.of("mount.nfs: No route to host");
        }
        Optional<ExportTable> table = serverHost.services().isActive("nfs-server")
                ? serverHost.attachment(ExportTable.class) : Optional.empty();
        if (table.isEmpty()) {
            return Optional.of("mount.nfs: Connection refused");
        }
        String clientAddress = client.addresses().isEmpty() ? "127.0.0.1" : client.addresses().get(0);
        Optional<Export> export = table.get().find(path);
        Optional<Export.Client> rule = export.flatMap(e -> e.clients().stream()
                .filter(c -> c.allows(clientAddress, client.hostname())).findFirst());
        if (rule.isEmpty()) {
            return Optional.of("mount.nfs: access denied by server while mounting " + source);
        }
        DirInode shared = serverHost.fs().directory(path);
        client.fs().mount(new Mount(mountPoint, shared, source, "nfs4",
                (rule.get().readOnly() ? "ro" : "rw") + ",relatime,vers=4.2,rsize=1048576,wsize=1048576,namlen=255,hard,"
                        + "proto=tcp,timeo=600,retrans=2,sec=sys,clientaddr=" + clientAddress + ",local_lock=none,addr="
                        + address.get(), rule.get().rootSquash()));
        return Optional.empty();
    }

    /** Mounts the nfs lines of /etc/fstab (boot, {@code mount -a}); failures go to the journal. */
    public static void mountFstab(Host host) {
        for (String line : host.fs().readOr("/etc/fstab", "").split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f.length < 3 || f[0].startsWith("#") || !(f[2].equals("nfs") || f[2].equals("nfs4"))) {
                continue;
            }
            if (host.fs().mountAt(f[1]).isPresent()) {
                continue;
            }
            mount(host, f[0], f[1]).ifPresent(err ->
                    host.journal().log("", "mount", 600, err));
        }
    }

    /** Power loss: the host's own NFS mounts vanish. */
    public static void dropAll(Host host) {
        for (Mount m : host.fs().mounts()) {
            if (m.fsType().startsWith("nfs")) {
                host.fs().unmount(m.mountPoint());
            }
        }
    }
}
