package org.pilab.node;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.pilab.hardware.Catalogue;
import org.pilab.hardware.PiModel;
import org.pilab.node.net.AddressMethod;
import org.pilab.node.net.CatalogueLinkModel;
import org.pilab.node.net.DhcpServer;
import org.pilab.node.net.InterfaceKind;
import org.pilab.node.net.LinkModel;
import org.pilab.node.net.NetInterface;
import org.pilab.node.service.ServiceBehaviours;
import org.pilab.node.shell.CommandRegistry;
import org.pilab.sim.RandomStreams;
import org.pilab.sim.Simulator;

/**
 * The lab: a switch and a Wi-Fi access point behind a home router (10.0.0.1, DHCP), the hosts
 * on it, the virtual clock they share, seeded random streams, the command registry and the
 * daemon behaviours. Everything is deterministic given the seed.
 */
public final class Network {

    /** Virtual time 0 is this wall-clock instant (UTC). */
    public static final long DEFAULT_EPOCH_MILLIS = Instant.parse("2026-11-25T17:00:00Z").toEpochMilli();
    /** How long the learner "takes" per command line, so scheduled events (daemon exits) happen. */
    public static final long DEFAULT_SETTLE_MILLIS = 500;

    private final Simulator simulator;
    private final RandomStreams random;
    private final long epochMillis;
    private final CommandRegistry commands = new CommandRegistry();
    private final ServiceBehaviours behaviours = new ServiceBehaviours();
    private final List<Host> hosts = new ArrayList<>();
    private final List<Consumer<HostEvent>> listeners = new ArrayList<>();
    private final List<CommandRecord> commandLog = new ArrayList<>();
    private final DhcpServer dhcp;
    private final NetInterface router = routerInterface();
    private LinkModel links = new CatalogueLinkModel(Catalogue.load().model("pi4-4gb"));
    private String wifiSsid = "pilab";
    private String wifiPassword = "clusterlab";
    private long settleMillis = DEFAULT_SETTLE_MILLIS;

    public Network(Simulator simulator, RandomStreams random, long epochMillis) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.random = Objects.requireNonNull(random, "random");
        this.epochMillis = epochMillis;
        this.dhcp = new DhcpServer(random.stream("dhcp"));
        StandardCommands.registerAll(commands);
        StandardDaemons.registerAll(behaviours);
    }

    public Network(long seed) {
        this(new Simulator(), new RandomStreams(seed), DEFAULT_EPOCH_MILLIS);
    }

    public Simulator simulator() {
        return simulator;
    }

    public RandomStreams random() {
        return random;
    }

    public CommandRegistry commands() {
        return commands;
    }

    public ServiceBehaviours behaviours() {
        return behaviours;
    }

    public DhcpServer dhcp() {
        return dhcp;
    }

    /**
     * The router's LAN port (10.0.0.1): it answers pings from either link; the Wi-Fi access
     * point sits behind it, so a Wi-Fi sender's radio hop is added by the link model.
     */
    public NetInterface router() {
        return router;
    }

    private static NetInterface routerInterface() {
        NetInterface lan = new NetInterface("lan", InterfaceKind.ETHERNET, "02:00:0a:00:00:01");
        lan.carrier(true);
        lan.configure(DhcpServer.GATEWAY, 24, null, List.of(), AddressMethod.STATIC);
        return lan;
    }

    public LinkModel links() {
        return links;
    }

    public void links(LinkModel model) {
        this.links = Objects.requireNonNull(model, "model");
    }

    public String wifiSsid() {
        return wifiSsid;
    }

    public String wifiPassword() {
        return wifiPassword;
    }

    public void wifi(String ssid, String password) {
        this.wifiSsid = ssid;
        this.wifiPassword = password;
    }

    /** True wall time (UTC epoch ms) at the current virtual instant. */
    public long nowMillis() {
        return epochMillis + simulator.now();
    }

    public void advance(long millis) {
        simulator.runUntil(simulator.now() + millis);
    }

    public void settleMillis(long millis) {
        this.settleMillis = millis;
    }

    public void settle() {
        advance(settleMillis);
    }

    /** Registers a listener for power, boot and cable events of every host. */
    public void addListener(Consumer<HostEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void fire(HostEvent event) {
        for (var l : List.copyOf(listeners)) {
            l.accept(event);
        }
    }

    /** Every top-level command line run in any session, in order. */
    public List<CommandRecord> commandLog() {
        return List.copyOf(commandLog);
    }

    /** Called by sessions after each line. */
    public void record(CommandRecord entry) {
        commandLog.add(Objects.requireNonNull(entry, "entry"));
    }

    // ---------------------------------------------------------------- hosts

    /** A Raspberry Pi board, off, with no card. */
    public Host addBoard(String id, HardwareProfile profile) {
        requireNewId(id);
        Host h = new Host(this, id, profile);
        hosts.add(h);
        return h;
    }

    /** A board of a catalogue model ({@code Catalogue.load().model("pi5-8gb")}), off, with no card. */
    public Host addBoard(String id, PiModel model) {
        return addBoard(id, HardwareProfiles.of(model));
    }

    /** The learner's laptop: Ubuntu, up, cabled to the switch, with a sudo user. */
    public Host addLaptop(String hostname, String user, String passwordHash) {
        requireNewId(hostname);
        Host h = new Host(this, hostname, HardwareProfile.LAPTOP);
        hosts.add(h);
        h.installImage(OsRelease.UBUNTU);
        h.fs().install("/etc/hostname", hostname + "\n", 0, 0, 0644);
        h.hostname(hostname);
        h.accounts().addLoginUser(user, passwordHash);
        h.accounts().addToGroups(user, List.of("adm", "sudo"));
        h.synchronizeClock();
        h.cable(true);
        h.bootAndWait();
        return h;
    }

    private void requireNewId(String id) {
        if (host(id).isPresent()) {
            throw new IllegalArgumentException("a host with id " + id + " is already on the network");
        }
    }

    public List<Host> hosts() {
        return List.copyOf(hosts);
    }

    public Optional<Host> host(String id) {
        return hosts.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /** The up host answering on {@code address}, with the interface that has it. */
    public Optional<Endpoint> endpoint(String address) {
        for (Host h : hosts) {
            if (!h.isUp()) {
                continue;
            }
            for (NetInterface i : h.interfaces()) {
                if (i.hasAddress() && i.address().equals(address)) {
                    return Optional.of(new Endpoint(h, i));
                }
            }
        }
        return Optional.empty();
    }

    /** A host reachable at an address through a given interface. */
    public record Endpoint(Host host, NetInterface netInterface) {
    }
}
