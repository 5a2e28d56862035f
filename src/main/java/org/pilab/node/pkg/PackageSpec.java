package org.pilab.node.pkg;

import java.util.List;

import org.pilab.node.Host;

/**
 * A Debian package as the lab knows it: what apt and dpkg print about it, what it depends on,
 * and what installing it does to a host (files, users, units).
 *
 * @param binaries  programs it puts on the PATH (the command registry finds them by path)
 * @param install   its maintainer scripts' effects, run as root after unpacking
 * @param conflicts packages it replaces (chrony removes systemd-timesyncd)
 */
public record PackageSpec(String name, String version, String arch, String description, List<String> depends,
                          int downloadKb, int installedKb, List<String> binaries, PackageEffect install,
                          List<String> conflicts) {

    public PackageSpec {
        depends = List.copyOf(depends);
        binaries = List.copyOf(binaries);
        conflicts = List.copyOf(conflicts);
    }

    /** What a package's postinst (or postrm) does. */
    @FunctionalInterface
    public interface PackageEffect {
        /** @param log where to write the lines dpkg prints while configuring (Created symlink ...) */
        void apply(Host host, StringBuilder log);

        PackageEffect NONE = (h, l) -> { };
    }
}
