package org.pilab.node.pkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.pilab.node.Host;
import org.pilab.node.fs.FsCredentials;

/**
 * dpkg's database for one host: which packages are installed at which version, and the
 * install/remove operations apt drives.
 */
public final class Packages {

    private final Host host;
    private final Map<String, String> installed = new LinkedHashMap<>();
    private boolean listsFresh;

    public Packages(Host host) {
        this.host = host;
    }

    public PackageCatalog catalog() {
        return PackageCatalog.forRelease(host.os(), host.hardware().isRaspberryPi() ? "arm64" : "amd64");
    }

    public boolean isInstalled(String name) {
        return installed.containsKey(name);
    }

    public Optional<String> installedVersion(String name) {
        return Optional.ofNullable(installed.get(name));
    }

    public List<PackageSpec> installedSpecs() {
        List<PackageSpec> out = new ArrayList<>();
        for (String n : installed.keySet()) {
            catalog().find(n).ifPresent(out::add);
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    /** Whether {@code apt update} has run since the image was written (Pi images ship lists anyway). */
    public boolean listsFresh() {
        return listsFresh;
    }

    public void markListsFresh() {
        listsFresh = true;
    }

    /**
     * The packages {@code apt install names} would add, in install order (dependencies first),
     * excluding ones already present.
     *
     * @throws IllegalArgumentException naming the first package the catalogue does not know
     */
    public List<PackageSpec> plan(List<String> names) {
        Set<String> order = new LinkedHashSet<>();
        for (String n : names) {
            visit(n, order, new LinkedHashSet<>());
        }
        List<PackageSpec> out = new ArrayList<>();
        for (String n : order) {
            if (!installed.containsKey(n)) {
                out.add(catalog().find(n).orElseThrow());
            }
        }
        return out;
    }

    private void visit(String name, Set<String> order, Set<String> path) {
        PackageSpec spec = catalog().find(name)
                .orElseThrow(() -> new IllegalArgumentException(name));
        if (order.contains(name) || !path.add(name)) {
            return;
        }
        for (String dep : spec.depends()) {
            visit(dep, order, path);
        }
        order.add(name);
    }

    /** Unpacks and configures one package (files, then its postinst effects). */
    public void install(PackageSpec spec, StringBuilder log) {
        for (String conflict : spec.conflicts()) {
            if (installed.containsKey(conflict)) {
                remove(conflict);
            }
        }
        for (String bin : spec.binaries()) {
            host.fs().install(bin, "\u007fELF (" + spec.name() + " " + spec.version() + ")\n", 0, 0, 0755);
        }
        installed.put(spec.name(), spec.version());
        spec.install().apply(host, log);
    }

    /** Marks a package installed without running anything (base image contents). */
    public void markInstalled(PackageSpec spec) {
        for (String bin : spec.binaries()) {
            host.fs().install(bin, "\u007fELF (" + spec.name() + " " + spec.version() + ")\n", 0, 0, 0755);
        }
        installed.put(spec.name(), spec.version());
    }

    /** apt remove: binaries and units go; configuration files and data stay (as with dpkg -r). */
    public void remove(String name) {
        Optional<PackageSpec> spec = catalog().find(name);
        if (!installed.containsKey(name) || spec.isEmpty()) {
            return;
        }
        for (String unit : PackageCatalog.unitsOf(name)) {
            host.services().undefine(unit);
        }
        for (String bin : spec.get().binaries()) {
            if (host.fs().exists(bin)) {
                host.fs().remove(bin, FsCredentials.ROOT, false);
            }
        }
        installed.remove(name);
    }
}
