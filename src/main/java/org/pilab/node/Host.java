package org.pilab.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.pilab.node.account.Accounts;
import org.pilab.node.fs.VirtualFileSystem;
import org.pilab.node.imaging.BaseImage;
import org.pilab.node.imaging.FirstBoot;
import org.pilab.node.imaging.SdCard;
import org.pilab.node.net.InterfaceKind;
import org.pilab.node.net.NetInterface;
import org.pilab.node.net.NetworkSetup;
import org.pilab.node.nfs.NfsMounts;
import org.pilab.node.pkg.Packages;
import org.pilab.node.service.Journal;
import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceManager;
import org.pilab.node.shell.CommandRegistry;
import org.pilab.node.shell.Session;

/**
 * A virtual machine on the lab network: a Raspberry Pi board (with the card it boots from) or
 * the learner's laptop. It owns the installed system (files, users, packages, services,
 * journal), its interfaces, its clock offset and its power state.
 *
 * <p>The installed system is (re)created from the card's image on the first boot of a card,
 * which is how re-imaging a Pi starts it afresh.</p>
 */
public final class Host {

    private final Network network;
    private final String id;
    private final HardwareProfile hardware;
    private final List<NetInterface> interfaces = new ArrayList<>();
    private final Map<Class<?>, Object> attachments = new HashMap<>();
    private final Map<String, ServiceBehaviour> localBehaviours = new HashMap<>();

    private OsRelease os;
    private String hostname;
    private VirtualFileSystem fs;
    private Accounts accounts;
    private Packages packages;
    private ServiceManager services;
    private Journal journal;
    private PowerState power = PowerState.OFF;
    private SdCard card;
    private long clockOffsetMillis;
    private boolean clockSynchronized;
    private long bootedAtSimMillis;
    private int nextPid = 300;
    private ThermalProbe thermal;
    private boolean installed;

    Host(Network network, String id, HardwareProfile hardware) {
        this.network = Objects.requireNonNull(network, "network");
        this.id = Objects.requireNonNull(id, "id");
        this.hardware = Objects.requireNonNull(hardware, "hardware");
        this.thermal = ThermalProbe.constant(hardware.idleCelsius(), hardware.maxClockMhz());
        this.hostname = hardware.isRaspberryPi() ? "raspberrypi" : id;
        SplittableRandom macs = random("mac");
        if (hardware.hasEthernet()) {
            interfaces.add(new NetInterface("eth0", InterfaceKind.ETHERNET, mac(macs)));
        }
        interfaces.add(new NetInterface("wlan0", InterfaceKind.WIFI, mac(macs)));
        freshSystem(hardware.isRaspberryPi() ? OsRelease.BOOKWORM : OsRelease.UBUNTU);
    }

    private String mac(SplittableRandom r) {
        return hardware.macPrefix() + String.format(":%02x:%02x:%02x", r.nextInt(256), r.nextInt(256), r.nextInt(256));
    }

    /** Replaces the installed system by an empty one of {@code release} (a newly written card). */
    private void freshSystem(OsRelease release) {
        this.os = release;
        this.fs = new VirtualFileSystem(this::clockMillis);
        this.journal = new Journal(this::clockMillis, this::hostname);
        this.accounts = new Accounts(fs, release == OsRelease.UBUNTU ? 0750 : 0700);
        this.packages = new Packages(this);
        this.services = new ServiceManager(this);
        this.attachments.clear();
        this.installed = false;
    }

    /** Installs the release's base image now (the laptop, and first boot of a card). */
    public void installImage(OsRelease release) {
        freshSystem(release);
        BaseImage.install(this);
        installed = true;
    }

    // ---------------------------------------------------------------- identity

    public Network network() {
        return network;
    }

    /** Stable id on the network ("laptop", "board1"): random streams are keyed by it, not by hostname. */
    public String id() {
        return id;
    }

    public HardwareProfile hardware() {
        return hardware;
    }

    public OsRelease os() {
        return os;
    }

    /** The running (kernel) hostname. */
    public String hostname() {
        return hostname;
    }

    /** Sets the running hostname (hostnamectl also writes /etc/hostname). */
    public void hostname(String name) {
        this.hostname = name;
    }

    public String kernelRelease() {
        return switch (os) {
            case BULLSEYE -> hardware.isRaspberryPi() ? "6.1.21-v8+" : "5.10.0-33-amd64";
            case BOOKWORM -> hardware.isRaspberryPi() ? "6.6.51+rpt-rpi-" + hardware.kernelFlavour() : "6.1.0-28-amd64";
            case TRIXIE -> hardware.isRaspberryPi() ? "6.12.47+rpt-rpi-" + hardware.kernelFlavour() : "6.12.48+deb13-amd64";
            case UBUNTU -> hardware.isRaspberryPi() ? "6.8.0-1040-raspi" : "6.8.0-88-generic";
        };
    }

    // ---------------------------------------------------------------- installed system

    public VirtualFileSystem fs() {
        return fs;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Packages packages() {
        return packages;
    }

    public ServiceManager services() {
        return services;
    }

    public Journal journal() {
        return journal;
    }

    public CommandRegistry commands() {
        return network.commands();
    }

    /** The daemon model for a unit: a host-specific one if set, else the network's. */
    public ServiceBehaviour behaviour(String unit) {
        ServiceBehaviour local = localBehaviours.get(unit);
        return local != null ? local : network.behaviours().forUnit(unit);
    }

    /** Overrides a unit's behaviour on this host only (fault injection in lessons). */
    public void setBehaviour(String unit, ServiceBehaviour behaviour) {
        localBehaviours.put(unit, behaviour);
    }

    /**
     * Per-host state owned by a daemon model or a higher layer (munged's loaded key, sshd's
     * settings, slurmd's registration), created on first use and dropped on re-imaging.
     */
    @SuppressWarnings("unchecked")
    public <T> T attachment(Class<T> type, Supplier<T> create) {
        return (T) attachments.computeIfAbsent(type, t -> create.get());
    }

    public <T> Optional<T> attachment(Class<T> type) {
        return Optional.ofNullable(type.cast(attachments.get(type)));
    }

    public void removeAttachment(Class<?> type) {
        attachments.remove(type);
    }

    public int nextPid() {
        nextPid += 1 + random("pid").nextInt(40);
        return nextPid;
    }

    /** A seeded stream private to this host and purpose. */
    public SplittableRandom random(String purpose) {
        return network.random().stream(id + "/" + purpose);
    }

    // ---------------------------------------------------------------- network

    public List<NetInterface> interfaces() {
        return List.copyOf(interfaces);
    }

    public Optional<NetInterface> netInterface(String name) {
        return interfaces.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** Addresses in interface order (what {@code hostname -I} prints). */
    public List<String> addresses() {
        if (power != PowerState.UP) {
            return List.of();
        }
        return interfaces.stream().filter(NetInterface::hasAddress).map(NetInterface::address).toList();
    }

    /** Plugs or unplugs the Ethernet cable; the address follows, as NetworkManager does. */
    public void cable(boolean plugged) {
        netInterface("eth0").ifPresent(i -> {
            boolean changed = i.carrier() != plugged;
            i.carrier(plugged);
            if (plugged && power == PowerState.UP) {
                NetworkSetup.configure(this);
            }
            if (changed) {
                network.fire(new HostEvent(this, plugged ? HostEvent.Kind.CABLE_PLUGGED : HostEvent.Kind.CABLE_UNPLUGGED));
            }
        });
    }

    public boolean cablePlugged() {
        return netInterface("eth0").map(NetInterface::carrier).orElse(false);
    }

    // ---------------------------------------------------------------- clock

    /** This host's idea of the wall time: virtual time plus its clock offset. */
    public long clockMillis() {
        return network.nowMillis() + clockOffsetMillis;
    }

    public long clockOffsetMillis() {
        return clockOffsetMillis;
    }

    public void clockOffsetMillis(long offset) {
        this.clockOffsetMillis = offset;
    }

    public boolean clockSynchronized() {
        return clockSynchronized;
    }

    /** NTP/chrony result: offset gone, "System clock synchronized: yes". */
    public void synchronizeClock() {
        clockOffsetMillis = 0;
        clockSynchronized = true;
    }

    public void clockUnsynchronized() {
        clockSynchronized = false;
    }

    public long uptimeMillis() {
        return power == PowerState.UP ? network.simulator().now() - bootedAtSimMillis : 0;
    }

    public ThermalProbe thermal() {
        return thermal;
    }

    public void thermal(ThermalProbe probe) {
        this.thermal = Objects.requireNonNull(probe, "probe");
    }

    // ---------------------------------------------------------------- power and boot

    public PowerState power() {
        return power;
    }

    public boolean isUp() {
        return power == PowerState.UP;
    }

    public Optional<SdCard> card() {
        return Optional.ofNullable(card);
    }

    /** Puts a card in the slot (only while off, as with the real board). */
    public void insertCard(SdCard newCard) {
        if (power != PowerState.OFF && power != PowerState.NO_BOOT_MEDIA) {
            throw new IllegalStateException(id + " is powered on: power it off before changing the card");
        }
        this.card = newCard;
    }

    public Optional<SdCard> removeCard() {
        if (power == PowerState.UP || power == PowerState.BOOTING) {
            throw new IllegalStateException(id + " is running: power it off before removing the card");
        }
        SdCard old = card;
        card = null;
        return Optional.ofNullable(old);
    }

    /** Connects the power supply: boots from the card, reachable after the profile's boot time. */
    public void powerOn() {
        if (power == PowerState.UP || power == PowerState.BOOTING) {
            return;
        }
        if (hardware.isRaspberryPi() && card == null) {
            power = PowerState.NO_BOOT_MEDIA;
            return;
        }
        power = PowerState.BOOTING;
        network.simulator().scheduleIn(hardware.bootMillis(), this::finishBoot);
    }

    /** Pulls the power: daemons vanish, addresses go. */
    public void powerOff() {
        boolean wasRunning = power == PowerState.UP || power == PowerState.BOOTING;
        if (power == PowerState.UP) {
            services.powerLoss();
            NfsMounts.dropAll(this);
        }
        interfaces.forEach(NetInterface::clearAddress);
        power = PowerState.OFF;
        if (wasRunning) {
            network.fire(new HostEvent(this, HostEvent.Kind.POWERED_OFF));
        }
    }

    /** {@code sudo reboot}: down now, up again after the boot time. */
    public void reboot() {
        if (power != PowerState.UP) {
            return;
        }
        journal.systemd("", "Stopping session-1.scope - Session 1 of User " + firstLoginUser() + "...");
        services.powerLoss();
        NfsMounts.dropAll(this);
        interfaces.forEach(NetInterface::clearAddress);
        clockSynchronized = false; // until an NTP client steps it again after boot
        power = PowerState.BOOTING;
        network.simulator().scheduleIn(hardware.bootMillis(), this::finishBoot);
        network.fire(new HostEvent(this, HostEvent.Kind.REBOOTING));
    }

    private String firstLoginUser() {
        return accounts.users().stream().filter(a -> a.uid() >= 1000 && a.uid() < 60000).map(a -> a.name())
                .findFirst().orElse("root");
    }

    private void finishBoot() {
        if (power != PowerState.BOOTING) {
            return;
        }
        if (card != null && card.firstBootPending()) {
            installImage(card.os());
            // A Pi has no battery-backed clock: until NTP it runs on a saved, wrong time.
            clockOffsetMillis = (long) ((random("clock").nextDouble() * 2 - 1) * 900_000);
            clockSynchronized = false;
            FirstBoot.apply(this, card);
        } else if (!installed) {
            installImage(os);
        }
        hostname = fs.readOr("/etc/hostname", hostname + "\n").strip();
        applyKernelCommandLine();
        power = PowerState.UP;
        bootedAtSimMillis = network.simulator().now();
        journal.systemd("", "Startup finished.");
        NetworkSetup.configure(this);
        services.startEnabled();
        NfsMounts.mountFstab(this);
        network.fire(new HostEvent(this, HostEvent.Kind.BOOTED));
    }

    /**
     * The Pi kernel leaves the memory cgroup off unless cmdline.txt asks for it
     * ({@code cgroup_enable=memory cgroup_memory=1}); /proc/cgroups shows the result after boot.
     */
    private void applyKernelCommandLine() {
        if (!hardware.isRaspberryPi() || !fs.exists("/proc/cgroups")) {
            return;
        }
        String cmdline = fs.readOr("/boot/firmware/cmdline.txt", "");
        boolean memory = cmdline.contains("cgroup_enable=memory") && cmdline.contains("cgroup_memory=1");
        String cgroups = fs.read("/proc/cgroups").replaceAll("(?m)^memory\t0\t55\t[01]$", "memory\t0\t55\t" + (memory ? 1 : 0));
        fs.install("/proc/cgroups", cgroups, 0, 0, 0444);
    }

    /** Whether the running kernel has the memory cgroup (what SLURM's cgroup plugins need). */
    public boolean memoryCgroupEnabled() {
        return fs.readOr("/proc/cgroups", "").contains("memory\t0\t55\t1");
    }

    /** Powers on and runs the virtual clock until this host is up (scenario set-up, tests). */
    public void bootAndWait() {
        powerOn();
        if (power == PowerState.BOOTING) {
            network.advance(hardware.bootMillis());
        }
    }

    /** Called after every command: lets due events (daemons dying, syncs) happen. */
    public void settle() {
        network.settle();
    }

    // ---------------------------------------------------------------- sessions

    /** A login shell for {@code user} on this host (the laptop's terminal, or after ssh). */
    public Session login(String user) {
        return new Session(this, user);
    }

    @Override
    public String toString() {
        return "Host[" + id + " " + hostname + " " + power + "]";
    }
}
