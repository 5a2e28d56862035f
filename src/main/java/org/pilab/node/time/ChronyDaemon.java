package org.pilab.node.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pilab.node.Host;
import org.pilab.node.service.ServiceBehaviour;
import org.pilab.node.service.ServiceContext;
import org.pilab.node.service.StartDecision;

/**
 * chronyd: reads its configuration at start; a few seconds later ({@code iburst}) it has
 * answers from its sources, selects one and steps the clock to it ({@code makestep 1 3}), and
 * the host reports "System clock synchronized: yes". A host with {@code allow} lines answers
 * others; when it starts, the other running chronyds poll again so they can pick it up.
 */
public final class ChronyDaemon implements ServiceBehaviour {

    /** Time from start to the first answers with {@code iburst}. */
    public static final long SYNC_AFTER_MILLIS = 4_000;
    /** Without {@code iburst} chronyd needs a few 64-second polls before it selects a source. */
    static final long SYNC_AFTER_WITHOUT_IBURST_MILLIS = 130_000;

    @Override
    public StartDecision start(ServiceContext ctx) {
        Host host = ctx.host();
        ctx.log("chronyd version " + host.packages().installedVersion("chrony").orElse("4.3").replaceAll("-.*", "")
                + " starting (+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP +SCFILTER +SIGND +ASYNCDNS +NTS +SECHASH +IPV6 -DEBUG)");
        ChronyConfig config = ChronyConfig.read(host.fs());
        boolean iburst = config.sources().stream().anyMatch(ChronyConfig.Source::iburst);
        long delay = iburst || config.sources().isEmpty() ? SYNC_AFTER_MILLIS : SYNC_AFTER_WITHOUT_IBURST_MILLIS;
        var sim = host.network().simulator();
        host.removeAttachment(ChronyRuntime.class);
        host.attachment(ChronyRuntime.class, () -> new ChronyRuntime(config, ctx.pid(), sim.now() + delay));
        sim.scheduleIn(delay, () -> poll(host));
        if (!config.access().isEmpty()) {
            // clients that already asked this host keep polling; they see it answer now
            sim.scheduleIn(delay + 1, () -> host.network().hosts().stream().filter(h -> h != host).forEach(ChronyDaemon::poll));
        }
        return StartDecision.running();
    }

    @Override
    public void stop(ServiceContext ctx) {
        ctx.host().removeAttachment(ChronyRuntime.class);
        ctx.host().clockUnsynchronized();
    }

    /**
     * One round of chronyd's polling: select the best usable source and follow its clock,
     * stepping when the error is over a second. Does nothing before the first answers.
     */
    static void poll(Host host) {
        Optional<ChronyRuntime> rt = ChronySources.runtime(host);
        if (rt.isEmpty() || host.network().simulator().now() < rt.get().firstPollAtMillis()) {
            return;
        }
        List<ChronySources.SourceState> states = ChronySources.evaluate(host, rt.get().config());
        Optional<ChronySources.SourceState> best = ChronySources.select(states);
        if (best.isEmpty()) {
            return;
        }
        ChronySources.SourceState sel = best.get();
        long target = sel.server() == null ? 0 : sel.server().clockOffsetMillis();
        long error = host.clockOffsetMillis() - target;
        boolean changed = !sel.source().name().equals(rt.get().selectedName()) || !host.clockSynchronized();
        if (changed) {
            String address = sel.address() != null ? sel.address() : "10.0.0.1";
            host.journal().log("chrony", "chronyd", rt.get().pid(), "Selected source " + address + " (" + sel.source().name() + ")");
        }
        if (Math.abs(error) > 1000) {
            host.journal().log("chrony", "chronyd", rt.get().pid(),
                    String.format(Locale.ROOT, "System clock wrong by %.6f seconds", -error / 1000.0));
            host.journal().log("chrony", "chronyd", rt.get().pid(),
                    String.format(Locale.ROOT, "System clock was stepped by %.6f seconds", -error / 1000.0));
        }
        host.synchronizeClock();
        host.clockOffsetMillis(target);
        rt.get().selected(sel.source().name(), sel.stratum() + 1);
    }
}
